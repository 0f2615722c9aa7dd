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

  /* Translators: The first %s is a list of sources, the second a date (YYYY-MM-DD). */
  return g_strdup_printf (_("Sources: %s. Last reviewed %s."), joined, ir_topic_get_reviewed (topic));
}
