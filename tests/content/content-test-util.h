/* content-test-util.h: what the content tests share
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-catalog.h"

/* Markup a label will be given parses: nothing in the content escaped it. */
static inline void
check_markup_parses (const char *markup)
{
  static const GMarkupParser parser = { 0, };
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static inline void
collect_markup_text (GMarkupParseContext  *context,
                     const char           *text,
                     gsize                 text_len,
                     gpointer              user_data,
                     GError              **error)
{
  g_string_append_len (user_data, text, text_len);
}

/* The text a label shows for @markup: its tags dropped, entities read. */
static inline char *
markup_shown_text (const char *markup)
{
  static const GMarkupParser parser = { .text = collect_markup_text };
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);
  GString *shown = g_string_new (NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, shown, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  return g_string_free (shown, FALSE);
}

/* The results of @query, one per line: each topic id, and with @details
 * its score and snippet too. */
static inline char *
describe_search (IrCatalog  *catalog,
                 const char *query,
                 gboolean    details)
{
  g_autoptr(GListModel) results = ir_catalog_search (catalog, query);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(IrSearchResult) result = g_list_model_get_item (results, i);

      g_string_append (text, ir_topic_get_id (ir_search_result_get_topic (result)));
      if (details)
        g_string_append_printf (text, " %u %s", ir_search_result_get_score (result),
                                ir_search_result_get_snippet (result));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
