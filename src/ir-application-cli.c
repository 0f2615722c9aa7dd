/* ir-application-cli.c: the options that print and exit, without a window
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-application-private.h"
#include "ir-language.h"

void
ir_application_print_problems (GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = ir_content_problem_to_string (g_ptr_array_index (problems, i));

      g_printerr ("%s\n", line);
    }
}

int
ir_application_validate_content (const char *path)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (path, &problems, NULL);

  if (catalog == NULL)
    {
      ir_application_print_problems (problems);
      /* Translators: %s is a file or folder name. */
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem\n", "%s: %u problems\n", problems->len),
                  path, problems->len);
      return EXIT_FAILURE;
    }

  /* Translators: %s is a file or folder name, %u a number of topics. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u topic, no problems\n", "%s: %u topics, no problems\n",
                        g_list_model_get_n_items (ir_catalog_get_topics (catalog))),
           path, g_list_model_get_n_items (ir_catalog_get_topics (catalog)));
  return EXIT_SUCCESS;
}

void
ir_application_list_topics (IrCatalog *catalog)
{
  GListModel *topics = ir_catalog_get_topics (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);

      g_print ("%s\t%s\t%s\n", ir_topic_get_id (topic),
               ir_topic_kind_to_string (ir_topic_get_kind (topic)), ir_topic_get_title (topic));
    }
}

void
ir_application_print_search (IrCatalog  *catalog,
                             const char *text)
{
  g_autoptr(GListModel) results = ir_catalog_search (catalog, text);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(IrSearchResult) result = g_list_model_get_item (results, i);
      IrTopic *topic = ir_search_result_get_topic (result);

      g_print ("%s\t%s\t%s\n", ir_topic_get_id (topic), ir_topic_get_title (topic),
               ir_search_result_get_snippet (result));
    }
}

void
ir_application_list_languages (void)
{
  const char * const *codes = ir_language_get_codes ();

  for (guint i = 0; codes[i] != NULL; i++)
    g_print ("%s\t%s\n", codes[i], ir_language_get_native_name (codes[i]));
}

gboolean
ir_application_check_topic (IrCatalog  *catalog,
                            const char *id)
{
  g_auto(GStrv) close = NULL;
  g_autofree char *list = NULL;

  if (ir_catalog_lookup_topic (catalog, id) != NULL)
    return TRUE;

  close = ir_catalog_suggest_ids (catalog, id);
  if (close[0] == NULL)
    {
      /* Translators: %s is a topic id given on the command line. */
      g_printerr (_("There is no topic “%s”. ir-guide --list-topics lists them all.\n"), id);
      return FALSE;
    }

  list = g_strjoinv (", ", close);
  /* Translators: the first %s is a topic id given on the command line, the
   * second a list of the ids closest to it. */
  g_printerr (_("There is no topic “%s”. Did you mean: %s?\n"), id, list);
  return FALSE;
}
