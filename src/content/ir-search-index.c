/* ir-search-index.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Words are folded with g_str_tokenize_and_fold(): split where a character
 * is neither alphanumeric nor a mark, case folded, and for each word that
 * is not ASCII its ASCII transliteration is indexed too, so that "cateter"
 * finds "catéter". A posting is (document << 4 | fields): the fields in
 * which the document holds the word.
 */

#include "config.h"

#include <string.h>

#include "ir-search-index.h"

#define FIELD_BITS 4

typedef struct
{
  const char *word;      /* in @words of the index */
  guint       len;
  guint32     hash;
  GArray     *postings;  /* guint32 */
} Term;

struct _IrSearchIndex
{
  char         *language;
  GStringChunk *words;
  /* The terms by word, open addressing: the tokenizer hashes a word
   * while it lowercases it, and a lookup compares only its bytes. A
   * GHashTable hashed and compared every word again, and that was a third
   * of indexing. */
  Term        **slots;
  guint         n_slots; /* a power of two, at least twice n_terms */
  guint         n_terms;
  /* The terms by first character, for prefix lookups: a prefix's terms
   * are all in the bucket of its first character. Each bucket is sorted by
   * the first prefix lookup that needs it. */
  GHashTable   *buckets; /* gunichar → Bucket */
  gboolean      frozen;  /* a bucket is sorted: no more adding */
  guint         n_docs;
  GString      *scratch;
  GHashTable   *folds;   /* word as written → its GStrv of forms, while adding */
  GHashTable   *remembered; /* key → GPtrArray of Term, see add_remembered() */
};

typedef struct
{
  GPtrArray *terms;      /* Term, not owned */
  gboolean   sorted;
} Bucket;

static void
bucket_free (gpointer data)
{
  Bucket *bucket = data;

  g_ptr_array_unref (bucket->terms);
  g_free (bucket);
}

static void
term_free (Term *term)
{
  g_array_unref (term->postings);
  g_free (term);
}

static inline guint32
hash_byte (guint32 hash,
           guchar  byte)
{
  return hash * 33 + byte;
}

#define HASH_START 5381

static guint32
hash_word (const char *word,
           gsize       len)
{
  guint32 hash = HASH_START;

  for (gsize i = 0; i < len; i++)
    hash = hash_byte (hash, word[i]);

  return hash;
}

static Term *
lookup_term (IrSearchIndex *index,
             const char    *word,
             gsize          len,
             guint32        hash)
{
  guint mask = index->n_slots - 1;

  for (guint i = hash & mask; index->slots[i] != NULL; i = (i + 1) & mask)
    {
      Term *term = index->slots[i];

      if (term->hash == hash && term->len == len && memcmp (term->word, word, len) == 0)
        return term;
    }

  return NULL;
}

static void
place_term (Term  **slots,
            guint   n_slots,
            Term   *term)
{
  guint i;

  for (i = term->hash & (n_slots - 1); slots[i] != NULL; i = (i + 1) & (n_slots - 1))
    ;
  slots[i] = term;
}

static void
insert_term (IrSearchIndex *index,
             Term          *term)
{
  if ((index->n_terms + 1) * 2 > index->n_slots)
    {
      guint n_slots = index->n_slots * 2;
      Term **slots = g_new0 (Term *, n_slots);

      for (guint i = 0; i < index->n_slots; i++)
        if (index->slots[i] != NULL)
          place_term (slots, n_slots, index->slots[i]);
      g_free (index->slots);
      index->slots = slots;
      index->n_slots = n_slots;
    }

  place_term (index->slots, index->n_slots, term);
  index->n_terms++;
}

IrSearchIndex *
ir_search_index_new (const char *language)
{
  IrSearchIndex *index = g_new0 (IrSearchIndex, 1);

  index->language = g_strdup (language);
  index->words = g_string_chunk_new (16 * 1024);
  index->n_slots = 1024;
  index->slots = g_new0 (Term *, index->n_slots);
  index->buckets = g_hash_table_new_full (NULL, NULL, NULL, bucket_free);
  index->scratch = g_string_new (NULL);
  index->folds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  index->remembered = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  return index;
}

void
ir_search_index_free (IrSearchIndex *index)
{
  if (index == NULL)
    return;

  g_free (index->language);
  for (guint i = 0; i < index->n_slots; i++)
    if (index->slots[i] != NULL)
      term_free (index->slots[i]);
  g_free (index->slots);
  g_string_chunk_free (index->words);
  g_hash_table_unref (index->buckets);
  g_string_free (index->scratch, TRUE);
  g_clear_pointer (&index->folds, g_hash_table_unref);
  g_clear_pointer (&index->remembered, g_hash_table_unref);
  g_free (index);
}

/* Takes @term, whose word may live elsewhere until then. */
static Term *
add_term (IrSearchIndex *index,
          Term          *term)
{
  gpointer first = GUINT_TO_POINTER (g_utf8_get_char (term->word));
  Bucket *bucket = g_hash_table_lookup (index->buckets, first);

  term->word = g_string_chunk_insert_len (index->words, term->word, term->len);
  insert_term (index, term);
  if (bucket == NULL)
    {
      bucket = g_new0 (Bucket, 1);
      bucket->terms = g_ptr_array_new ();
      g_hash_table_insert (index->buckets, first, bucket);
    }
  g_ptr_array_add (bucket->terms, term);

  return term;
}

static void
add_posting (Term  *term,
             guint  doc,
             guint  field)
{
  guint32 posting = (guint32) doc << FIELD_BITS | field;

  if (term->postings->len > 0)
    {
      guint32 *last = &g_array_index (term->postings, guint32, term->postings->len - 1);

      if (*last >> FIELD_BITS == doc)
        {
          *last |= field;
          return;
        }
    }

  g_array_append_val (term->postings, posting);
}

static Term *
add_word (IrSearchIndex *index,
          guint          doc,
          guint          field,
          const char    *word,
          gsize          len,
          guint32        hash)
{
  Term *term = lookup_term (index, word, len, hash);

  if (term == NULL)
    {
      term = g_new (Term, 1);
      term->word = word;
      term->len = len;
      term->hash = hash;
      term->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
      add_term (index, term);
    }
  add_posting (term, doc, field);

  return term;
}

/* The length in bytes of the character at @p when it belongs in a word
 * (alphanumeric or a mark, as g_str_tokenize_and_fold() decides), else 0.
 * Clears *@is_ascii for a character that is not ASCII. */
static inline gsize
word_char_len (const char *p,
               gboolean   *is_ascii)
{
  gunichar c;

  if (!((guchar) *p & 0x80))
    return g_ascii_isalnum (*p) ? 1 : 0;

  c = g_utf8_get_char (p);
  if (!g_unichar_isalnum (c) && !g_unichar_ismark (c))
    return 0;
  *is_ascii = FALSE;

  return g_utf8_next_char (p) - p;
}

/* A word's folded forms and ASCII alternates, from GLib. While the index
 * is being filled they are kept by the word as written: text repeats its
 * words, and in Arabic, where no word is ASCII, folding every one afresh
 * was ten times the cost of indexing English. Otherwise the forms go to
 * *@uncached for the caller to free. */
static const char * const *
fold_word (IrSearchIndex  *index,
           const char     *start,
           gsize           len,
           char         ***uncached)
{
  GString *raw = index->scratch;
  g_auto(GStrv) words = NULL;
  g_auto(GStrv) alternates = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  char **forms;

  g_string_truncate (raw, 0);
  g_string_append_len (raw, start, len);
  if (index->folds != NULL && (forms = g_hash_table_lookup (index->folds, raw->str)) != NULL)
    return (const char * const *) forms;

  words = g_str_tokenize_and_fold (raw->str, index->language, &alternates);
  builder = g_strv_builder_new ();
  for (guint i = 0; words[i] != NULL; i++)
    g_strv_builder_take (builder, g_steal_pointer (&words[i]));
  for (guint i = 0; alternates[i] != NULL; i++)
    g_strv_builder_take (builder, g_steal_pointer (&alternates[i]));
  forms = g_strv_builder_end (builder);

  if (index->folds == NULL)
    return (const char * const *) (*uncached = forms);

  g_hash_table_insert (index->folds, g_strndup (raw->str, raw->len), forms);

  return (const char * const *) forms;
}

/* Calls @func for every folded word and alternate of @text, the same ones
 * g_str_tokenize_and_fold() makes. GLib splits where a character is
 * neither alphanumeric nor a mark and folds each word on its own, so the
 * words can be taken one at a time: an ASCII word only needs lowercasing,
 * and only the others go to GLib. Most words are ASCII in every language
 * the app ships, even in text with a curly apostrophe or a dash, and
 * GLib's allocations per word were most of the time indexing took. A test
 * checks that the two agree. */
typedef void (*TokenFunc) (const char *word,
                           gsize       len,
                           guint32     hash,
                           gpointer    data);

static void
tokenize (IrSearchIndex *index,
          const char    *text,
          TokenFunc      func,
          gpointer       data)
{
  GString *word = index->scratch;
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;
      gboolean is_ascii = TRUE;
      gsize len;

      while ((len = word_char_len (p, &is_ascii)) > 0)
        p += len;

      if (p == start)
        p = g_utf8_next_char (p);
      else if (is_ascii)
        {
          gsize n = p - start;
          guint32 hash = HASH_START;
          char *out;

          if (n >= word->allocated_len)
            g_string_set_size (word, n);
          /* Lowercased and hashed in one pass; not g_ascii_tolower(), a
           * call per character. */
          out = word->str;
          for (gsize i = 0; i < n; i++)
            {
              char c = start[i] >= 'A' && start[i] <= 'Z' ? start[i] - 'A' + 'a' : start[i];

              out[i] = c;
              hash = hash_byte (hash, c);
            }
          out[n] = '\0';
          word->len = n;
          func (out, n, hash, data);
        }
      else
        {
          g_auto(GStrv) uncached = NULL;
          const char * const *forms = fold_word (index, start, p - start, &uncached);

          for (guint i = 0; forms[i] != NULL; i++)
            {
              gsize form_len = strlen (forms[i]);

              func (forms[i], form_len, hash_word (forms[i], form_len), data);
            }
        }
    }
}

typedef struct
{
  IrSearchIndex *index;
  guint          doc;
  guint          field;
} AddData;

static void
add_token (const char *word,
           gsize       len,
           guint32     hash,
           gpointer    user_data)
{
  AddData *add = user_data;

  add_word (add->index, add->doc, add->field, word, len, hash);
}

void
ir_search_index_add (IrSearchIndex *index,
                     guint          doc,
                     IrSearchField  field,
                     const char    *text)
{
  AddData add = { index, doc, field };

  g_return_if_fail (doc < (1u << (32 - FIELD_BITS)));
  /* Adding would undo the order of a sorted bucket. */
  g_return_if_fail (!index->frozen);

  tokenize (index, text, add_token, &add);
}

typedef struct
{
  AddData    add;
  GPtrArray *terms;
} RememberData;


static void
remember_token (const char *word,
                gsize       len,
                guint32     hash,
                gpointer    user_data)
{
  RememberData *remember = user_data;
  Term *term = add_word (remember->add.index, remember->add.doc, remember->add.field, word, len, hash);

  g_ptr_array_add (remember->terms, term);
}

void
ir_search_index_add_remembered (IrSearchIndex *index,
                                guint          doc,
                                IrSearchField  field,
                                gconstpointer  key,
                                const char    *text)
{
  RememberData remember = { { index, doc, field }, NULL };

  g_return_if_fail (doc < (1u << (32 - FIELD_BITS)));
  g_return_if_fail (!index->frozen);

  if (index->remembered == NULL)
    {
      ir_search_index_add (index, doc, field, text);
      return;
    }

  remember.terms = g_ptr_array_new ();
  tokenize (index, text, remember_token, &remember);
  /* A word used twice is kept twice: sorting the terms out would cost
   * more than replaying the few repeats. */
  g_hash_table_replace (index->remembered, (gpointer) key, remember.terms);
}

gboolean
ir_search_index_add_again (IrSearchIndex *index,
                           guint          doc,
                           IrSearchField  field,
                           gconstpointer  key)
{
  GPtrArray *terms;

  g_return_val_if_fail (doc < (1u << (32 - FIELD_BITS)), FALSE);
  g_return_val_if_fail (!index->frozen, FALSE);

  if (index->remembered == NULL || (terms = g_hash_table_lookup (index->remembered, key)) == NULL)
    return FALSE;

  for (guint i = 0; i < terms->len; i++)
    add_posting (terms->pdata[i], doc, field);

  return TRUE;
}

static void
collect_token (const char *word,
               gsize       len,
               guint32     hash,
               gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strndup (word, len));
}

char **
ir_search_index_tokenize (IrSearchIndex *index,
                          const char    *text)
{
  GPtrArray *words = g_ptr_array_new ();

  tokenize (index, text, collect_token, words);
  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (words, FALSE);
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  return strcmp ((*(Term **) a)->word, (*(Term **) b)->word);
}

/* Moves the terms of @other, which must hold other documents, into
 * @index. Postings need no order: a query only marks their documents. */
void
ir_search_index_merge (IrSearchIndex *index,
                       IrSearchIndex *other)
{
  g_return_if_fail (index != other);
  g_return_if_fail (!index->frozen && !other->frozen);

  for (guint i = 0; i < other->n_slots; i++)
    {
      Term *from = other->slots[i];
      Term *to;

      if (from == NULL)
        continue;

      to = lookup_term (index, from->word, from->len, from->hash);
      if (to != NULL)
        g_array_append_vals (to->postings, from->postings->data, from->postings->len);
      else
        {
          other->slots[i] = NULL;
          other->n_terms--;
          add_term (index, from);
        }
    }
  /* What is left of @other is only fit to be freed. */
  g_hash_table_remove_all (other->buckets);
  g_clear_pointer (&other->remembered, g_hash_table_unref);
  other->frozen = TRUE;
}

void
ir_search_index_finish (IrSearchIndex *index,
                        guint          n_docs)
{
  index->n_docs = n_docs;
  /* Queries fold few words; the caches would only hold memory. */
  g_clear_pointer (&index->folds, g_hash_table_unref);
  g_clear_pointer (&index->remembered, g_hash_table_unref);
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
  for (guint i = 0; i < term->postings->len; i++)
    {
      guint32 posting = g_array_index (term->postings, guint32, i);

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
      if ((term = lookup_term (index, word, len, hash_word (word, len))) != NULL)
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
