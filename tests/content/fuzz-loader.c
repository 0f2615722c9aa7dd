/* fuzz-loader.c: libFuzzer target for the content loader
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input goes through what loading a bundle file does: parsing,
 * validation, locating problems and, for a clean file, building the
 * catalog and its search index. Inline text is rendered both ways. And
 * JSON that the parser takes must read the same to json-glib.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "ir-catalog.h"
#include "json-oracle.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems = ir_catalog_validate_data ("fuzz.json", (const char *) data, size);
  g_autofree char *text = g_strndup ((const char *) data, size);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = ir_content_problem_to_string (g_ptr_array_index (problems, i));
    }

  {
    g_autofree char *why = json_oracle_check ((const char *) data, size);

    if (why != NULL)
      {
        g_printerr ("the parser and json-glib disagree: %s\n", why);
        abort ();
      }
  }

  if (g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *markup = ir_inline_to_markup (text, NULL);
      g_autofree char *plain = ir_inline_to_plain (text, NULL);
    }

  return 0;
}
