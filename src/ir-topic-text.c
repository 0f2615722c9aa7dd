/* ir-topic-text.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-text.h"

/* The titles of the imaging a procedure uses, as one line. */
char *
ir_topic_text_imaging (IrCatalog *catalog,
                       IrTopic   *topic)
{
  g_autoptr(GListModel) imaging = ir_catalog_get_imaging (catalog, topic);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (imaging); i++)
    {
      g_autoptr(IrTopic) used = g_list_model_get_item (imaging, i);

      if (names->len > 0)
        /* Translators: Separates the names of imaging methods in a list. */
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, ir_topic_get_title (used));
    }

  return g_string_free (names, FALSE);
}

char *
ir_topic_text_sources (IrTopic *topic)
{
  g_autofree char *joined = g_strjoinv ("; ", (char **) ir_topic_get_sources (topic));
  /* Isolated, so that in a right-to-left sentence the English titles keep
   * their order and the date its digits' (2026-11-29 would otherwise read
   * 29-11-2026): first-strong isolate (U+2068) for the sources,
   * left-to-right isolate (U+2066) for the date. */
  g_autofree char *sources = g_strconcat ("\u2068", joined, "\u2069", NULL);
  g_autofree char *date = g_strconcat ("\u2066", ir_topic_get_reviewed (topic), "\u2069", NULL);

  /* Translators: The first %s is a list of sources, the second a date (YYYY-MM-DD). */
  return g_strdup_printf (_("Sources: %s. Last reviewed %s."), sources, date);
}
