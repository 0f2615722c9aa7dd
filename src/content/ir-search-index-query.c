/* ir-search-index-query.c: searching the index
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-search-index-private.h"

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(Term **) a)->word, (*(Term **) b)->word);
}

/* The terms that begin with @word's first character, by word. Sorting
 * every term took a tenth of loading a bundle, and many sessions never
 * search: a prefix lookup sorts only its own bucket, when it first needs
 * it. By character, not byte: in Arabic nearly every word's first byte is
 * one of two. */
static GPtrArray *
sorted_bucket (IrSearchIndex *index,
               const char    *word)
{
  Bucket *bucket = g_hash_table_lookup (index->buckets, GUINT_TO_POINTER (g_utf8_get_char (word)));

  if (bucket == NULL)
    return NULL;

  if (!bucket->sorted)
    {
      g_ptr_array_sort (bucket->terms, compare_terms);
      bucket->sorted = TRUE;
      index->frozen = TRUE;
    }

  return bucket->terms;
}

/* Querying ---------------------------------------------------------------- */

static void
mark_term (Term   *term,
           guint8 *fields)
{
  for (guint i = 0; i < term->n_postings; i++)
    {
      guint32 posting = term->postings[i];

      fields[posting >> FIELD_BITS] |= posting & ((1 << FIELD_BITS) - 1);
    }
}

static void
mark_word (IrSearchIndex *index,
           const char    *word,
           gboolean       is_prefix,
           guint8        *fields)
{
  gsize len = strlen (word);
  guint lo = 0, hi;
  GPtrArray *bucket;
  Term *term;

  if (!is_prefix)
    {
      if ((term = ir_search_index_lookup_term (index, word, len, ir_search_index_hash_word (word, len))) != NULL)
        mark_term (term, fields);
      return;
    }

  /* The first term not less than @word, then every one it prefixes. */
  if (*word == '\0' || (bucket = sorted_bucket (index, word)) == NULL)
    return;
  hi = bucket->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (((Term *) bucket->pdata[mid])->word, word) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < bucket->len && strncmp (((Term *) bucket->pdata[i])->word, word, len) == 0; i++)
    mark_term (bucket->pdata[i], fields);
}

/* A word's ASCII alternate ("cateter" for "catéter"), or NULL. */
static char *
alternate (IrSearchIndex *index,
           const char    *word)
{
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) alternates = NULL;

  if (g_str_is_ascii (word))
    return NULL;

  words = g_str_tokenize_and_fold (word, index->language, &alternates);
  return alternates[0] != NULL ? g_strdup (alternates[0]) : NULL;
}

static guint
field_weight (guint fields)
{
  if (fields & IR_SEARCH_FIELD_TITLE)
    return 1000;
  if (fields & IR_SEARCH_FIELD_SUMMARY)
    return 100;
  if (fields & IR_SEARCH_FIELD_BODY)
    return 10;
  return 1;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const IrSearchHit *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->doc < y->doc ? -1 : x->doc > y->doc;
}

static gboolean
ends_in_word (const char *query)
{
  const char *last;
  gunichar c;

  if (*query == '\0')
    return FALSE;

  last = g_utf8_find_prev_char (query, query + strlen (query));
  c = last != NULL ? g_utf8_get_char (last) : 0;

  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

GArray *
ir_search_index_query (IrSearchIndex *index,
                       const char    *query,
                       GStrv         *words_out,
                       gboolean      *last_is_prefix)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (IrSearchHit));
  g_auto(GStrv) words = NULL;
  g_autofree guint8 *fields = NULL;
  g_autofree guint8 *matched = NULL;
  g_autofree guint *scores = NULL;
  gboolean prefix;
  guint n_words;

  if (!g_utf8_validate (query, -1, NULL))
    return hits;

  words = g_str_tokenize_and_fold (query, index->language, NULL);
  /* More words than this is not a search but a paste; the rest are only
   * used for snippets. */
  n_words = MIN (g_strv_length (words), 64);
  prefix = ends_in_word (query);
  if (n_words == 0 || index->n_docs == 0)
    goto out;

  fields = g_new (guint8, index->n_docs);
  matched = g_new0 (guint8, index->n_docs);
  scores = g_new0 (guint, index->n_docs);

  /* A document stays a candidate while it has matched every word so far. */
  for (guint w = 0; w < n_words; w++)
    {
      g_autofree char *alt = alternate (index, words[w]);
      gboolean is_prefix = prefix && w == n_words - 1;

      memset (fields, 0, index->n_docs);
      mark_word (index, words[w], is_prefix, fields);
      if (alt != NULL)
        mark_word (index, alt, is_prefix, fields);

      for (guint d = 0; d < index->n_docs; d++)
        {
          if (fields[d] != 0 && matched[d] == w)
            {
              matched[d] = w + 1;
              scores[d] += field_weight (fields[d]);
            }
        }
    }

  for (guint d = 0; d < index->n_docs; d++)
    if (matched[d] == n_words)
      g_array_append_val (hits, ((IrSearchHit) { d, scores[d] }));
  g_array_sort (hits, compare_hits);

out:
  if (words_out != NULL)
    *words_out = g_steal_pointer (&words);
  if (last_is_prefix != NULL)
    *last_is_prefix = prefix;

  return hits;
}

gboolean
ir_search_index_word_matches (IrSearchIndex *index,
                              const char    *text_word,
                              gsize          text_word_len,
                              const char    *word,
                              gboolean       is_prefix)
{
  g_autofree char *copy = g_strndup (text_word, text_word_len);
  g_auto(GStrv) forms = ir_search_index_tokenize (index, copy);
  g_autofree char *alt = alternate (index, word);

  for (guint i = 0; forms[i] != NULL; i++)
    {
      for (guint k = 0; k < 2; k++)
        {
          const char *w = k == 0 ? word : alt;

          if (w == NULL)
            continue;
          if (is_prefix ? g_str_has_prefix (forms[i], w) : strcmp (forms[i], w) == 0)
            return TRUE;
        }
    }

  return FALSE;
}
