/* ir-content-parse.c: one file's JSON, parsed, and the JSON paths of problems
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-content-private.h"

void
ir_content_file_free (IrContentFile *file)
{
  if (file == NULL)
    return;

  g_free (file->name);
  g_clear_pointer (&file->bytes, g_bytes_unref);
  g_clear_pointer (&file->json, ir_json_document_free);
  g_free (file);
}

/* Paths ------------------------------------------------------------------- */

static gboolean
is_plain_member (const char *name,
                 gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '_' && name[i] != '-')
      return FALSE;

  return TRUE;
}

void
ir_content_path_append_member (GString    *path,
                               const char *name,
                               gssize      len)
{
  if (len < 0)
    len = strlen (name);

  if (is_plain_member (name, len))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, len);
      return;
    }

  /* Anything else is quoted, so that a path can always be read back. */
  g_string_append (path, "[\"");
  for (gssize i = 0; i < len; i++)
    {
      guchar c = name[i];

      if (c == '"' || c == '\\')
        g_string_append_printf (path, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (path, "\\u%04x", c);
      else
        g_string_append_c (path, c);
    }
  g_string_append (path, "\"]");
}

void
ir_content_path_append_index (GString *path,
                              guint    index)
{
  char digits[16];
  gsize n = sizeof digits;

  /* Not printf: the validator calls this for every array element, and
   * formatting was a seventh of validating. */
  do
    digits[--n] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_string_append_c (path, '[');
  g_string_append_len (path, digits + n, sizeof digits - n);
  g_string_append_c (path, ']');
}

/* The offset each line of @data starts at, for ir_content_lines_find(). */
GArray *
ir_content_lines_new (const char *data,
                      gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (gsize));

  g_array_append_val (lines, (gsize) { 0 });
  for (const char *p = data; length > 0 && (p = memchr (p, '\n', data + length - p)) != NULL; p++)
    g_array_append_val (lines, (gsize) { p + 1 - data });

  return lines;
}

/* The 1-based line and column (in bytes) of @offset: a binary search, so
 * that a file with thousands of problems is still located in a blink. */
void
ir_content_lines_find (GArray *lines,
                       gsize   offset,
                       guint  *line,
                       guint  *column)
{
  guint low = 0, high = lines->len;

  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (lines, gsize, middle) <= offset)
        low = middle;
      else
        high = middle;
    }
  *line = low + 1;
  *column = offset - g_array_index (lines, gsize, low) + 1;
}

IrContentFile *
ir_content_parse (const char *name,
                  GBytes     *bytes,
                  GPtrArray  *problems)
{
  IrContentFile *file = g_new0 (IrContentFile, 1);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  file->name = g_strdup (name);
  file->bytes = g_bytes_ref (bytes);
  file->json = ir_json_document_parse (name, data != NULL ? data : "", len, IR_CONTENT_MAX_DEPTH, problems);

  return file;
}
