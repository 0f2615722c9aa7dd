/* ir-catalog-search.c: search results and their snippets
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-catalog-private.h"

/* The results of one search. Items are made when they are asked for: a
 * one-letter search can match every topic, and a list shows a screenful. */
#define IR_TYPE_SEARCH_RESULTS (ir_search_results_get_type ())

G_DECLARE_FINAL_TYPE (IrSearchResults, ir_search_results, IR, SEARCH_RESULTS, GObject)

struct _IrSearchResults
{
  GObject parent_instance;

  IrCatalog *catalog;
  GArray    *hits;     /* IrSearchHit */
  GPtrArray *items;    /* IrSearchResult or NULL, parallel to @hits */
  GStrv      words;
  gboolean   last_is_prefix;
};

static GType
ir_search_results_get_item_type (GListModel *model)
{
  return IR_TYPE_SEARCH_RESULT;
}

static guint
ir_search_results_get_n_items (GListModel *model)
{
  return IR_SEARCH_RESULTS (model)->hits->len;
}

static gpointer
ir_search_results_get_item (GListModel *model,
                            guint       position)
{
  IrSearchResults *self = IR_SEARCH_RESULTS (model);
  IrSearchHit *hit;

  if (position >= self->hits->len)
    return NULL;

  if (g_ptr_array_index (self->items, position) == NULL)
    {
      hit = &g_array_index (self->hits, IrSearchHit, position);
      g_ptr_array_index (self->items, position) =
        ir_search_result_new_internal (g_ptr_array_index (self->catalog->topic_array, hit->doc),
                                       hit->score, self->catalog, self->words, self->last_is_prefix);
    }

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
ir_search_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ir_search_results_get_item_type;
  iface->get_n_items = ir_search_results_get_n_items;
  iface->get_item = ir_search_results_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (IrSearchResults, ir_search_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ir_search_results_list_model_init))

static void
ir_search_results_finalize (GObject *object)
{
  IrSearchResults *self = IR_SEARCH_RESULTS (object);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_strfreev);

  G_OBJECT_CLASS (ir_search_results_parent_class)->finalize (object);
}

static void
ir_search_results_class_init (IrSearchResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ir_search_results_finalize;
}

static void
ir_search_results_init (IrSearchResults *self)
{
}

/* Items not made yet are NULL. */
static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

/* Ranked: a match in the title before one in the summary, before one in
 * the body, before one only in the definition of a term the topic links;
 * ties in bundle order. */
GListModel *
ir_catalog_search (IrCatalog  *self,
                   const char *query)
{
  IrSearchResults *results;

  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  results = g_object_new (IR_TYPE_SEARCH_RESULTS, NULL);
  results->catalog = g_object_ref (self);
  results->hits = ir_search_index_query (self->index, query, &results->words, &results->last_is_prefix);
  results->items = g_ptr_array_new_full (results->hits->len, unref_item);
  g_ptr_array_set_size (results->items, results->hits->len);

  return G_LIST_MODEL (results);
}

/* Snippets ---------------------------------------------------------------- */

#define SNIPPET_BEFORE 30   /* characters of context before the match */
#define SNIPPET_LENGTH 110

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether the word of @text at @start, @len bytes long, is one the query
 * asked for (its last word as a prefix when @last_is_prefix). */
static gboolean
word_matches (IrSearchIndex      *index,
              const char         *start,
              gsize               len,
              const char * const *words,
              gboolean            last_is_prefix)
{
  guint n_words = g_strv_length ((char **) words);

  for (guint i = 0; i < n_words; i++)
    if (ir_search_index_word_matches (index, start, len, words[i], last_is_prefix && i == n_words - 1))
      return TRUE;

  return FALSE;
}

/* The next word of @text from *@p on, split the way
 * g_str_tokenize_and_fold() splits: its start, or NULL at the end, with
 * *@p moved past it. */
static const char *
next_word (const char **p)
{
  const char *start;

  while (**p != '\0' && !is_word_char (g_utf8_get_char (*p)))
    *p = g_utf8_next_char (*p);
  if (**p == '\0')
    return NULL;

  for (start = *p; **p != '\0' && is_word_char (g_utf8_get_char (*p)); *p = g_utf8_next_char (*p))
    ;

  return start;
}

/* The byte offset of the first word of @text that matches a query word, or
 * -1. */
static gssize
find_match (IrSearchIndex      *index,
            const char         *text,
            const char * const *words,
            gboolean            last_is_prefix)
{
  const char *p = text;
  const char *start;

  while ((start = next_word (&p)) != NULL)
    if (word_matches (index, start, p - start, words, last_is_prefix))
      return start - text;

  return -1;
}

static char *
cut_snippet (const char *text,
             gsize       match)
{
  glong before = g_utf8_pointer_to_offset (text, text + match);
  glong total = g_utf8_strlen (text, -1);
  glong from = 0, to;
  g_autofree char *piece = NULL;

  if (before > SNIPPET_BEFORE)
    {
      const char *p = g_utf8_offset_to_pointer (text, before - SNIPPET_BEFORE);
      const char *space = strchr (p, ' ');

      /* Start at a word. */
      from = space != NULL && space < text + match ? g_utf8_pointer_to_offset (text, space + 1)
                                                   : before - SNIPPET_BEFORE;
    }
  to = MIN (total, from + SNIPPET_LENGTH);
  if (to < total)
    {
      const char *end = g_utf8_offset_to_pointer (text, to);
      const char *start = g_utf8_offset_to_pointer (text, from);

      while (end > start + match - (start - text) && *end != ' ')
        end = g_utf8_prev_char (end);
      if (*end == ' ')
        to = g_utf8_pointer_to_offset (text, end);
    }

  piece = g_utf8_substring (text, from, to);
  return g_strconcat (from > 0 ? "…" : "", piece, to < total ? "…" : "", NULL);
}

char *
ir_catalog_make_snippet (IrCatalog          *self,
                         IrTopic            *topic,
                         const char * const *words,
                         gboolean            last_is_prefix)
{
  const char *summary = ir_topic_get_summary (topic);
  gssize match;

  if (words == NULL || words[0] == NULL)
    return g_strdup (summary);

  if ((match = find_match (self->index, summary, words, last_is_prefix)) >= 0)
    return cut_snippet (summary, match);

  for (IrAudience audience = 0; audience < IR_N_AUDIENCES; audience++)
    {
      IrBody *body = ir_topic_get_body (topic, audience);

      for (guint i = 0; i < ir_body_get_n_parts (body); i++)
        {
          const char * const *texts = ir_part_get_paragraphs (ir_body_get_part (body, i));

          for (guint j = 0; texts[j] != NULL; j++)
            {
              g_autofree char *plain = ir_inline_to_plain (texts[j], self);

              if ((match = find_match (self->index, plain, words, last_is_prefix)) >= 0)
                return cut_snippet (plain, match);
            }
        }
    }

  /* A match in the title or the glossary: the summary says the rest. */
  return g_strdup (summary);
}

/* @snippet as Pango markup, the words the query matched in bold: a reader
 * sees at once why a topic was found. The rest is escaped. */
char *
ir_catalog_mark_snippet (IrCatalog          *self,
                         const char         *snippet,
                         const char * const *words,
                         gboolean            last_is_prefix)
{
  GString *markup = g_string_new (NULL);
  g_autofree char *rest = NULL;
  const char *p = snippet;
  const char *done = snippet;
  const char *start;

  while (words != NULL && (start = next_word (&p)) != NULL)
    {
      g_autofree char *between = NULL;
      g_autofree char *word = NULL;

      if (!word_matches (self->index, start, p - start, words, last_is_prefix))
        continue;

      between = g_markup_escape_text (done, start - done);
      word = g_markup_escape_text (start, p - start);
      g_string_append_printf (markup, "%s<b>%s</b>", between, word);
      done = p;
    }
  rest = g_markup_escape_text (done, -1);
  g_string_append (markup, rest);

  return g_string_free (markup, FALSE);
}
