/* ir-search-index.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filling the index; querying it is in ir-search-index-query.c.
 *
 * Words are folded with g_str_tokenize_and_fold(): split where a character
 * is neither alphanumeric nor a mark, case folded, and for each word that
 * is not ASCII its ASCII transliteration is indexed too, so that "cateter"
 * finds "catéter". A posting is (document << 4 | fields): the fields in
 * which the document holds the word.
 */

#include "config.h"

#include <string.h>

#include "ir-search-index-private.h"

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
  g_free (term->postings);
  g_free (term);
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

/* Room for @n more postings. */
static void
reserve_postings (Term  *term,
                  guint  n)
{
  if (term->n_postings + n <= term->postings_size)
    return;

  term->postings_size = MAX (MAX (4, term->postings_size * 2), term->n_postings + n);
  term->postings = g_renew (guint32, term->postings, term->postings_size);
}

static void
add_posting (Term  *term,
             guint  doc,
             guint  field)
{
  if (term->n_postings > 0 && term->postings[term->n_postings - 1] >> FIELD_BITS == doc)
    {
      term->postings[term->n_postings - 1] |= field;
      return;
    }

  reserve_postings (term, 1);
  term->postings[term->n_postings++] = (guint32) doc << FIELD_BITS | field;
}

static Term *
add_word (IrSearchIndex *index,
          guint          doc,
          guint          field,
          const char    *word,
          gsize          len,
          guint32        hash)
{
  Term *term = ir_search_index_lookup_term (index, word, len, hash);

  if (term == NULL)
    {
      term = g_new (Term, 1);
      term->word = word;
      term->len = len;
      term->hash = hash;
      term->postings = NULL;
      term->n_postings = 0;
      term->postings_size = 0;
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

/* For each byte: 0 when it ends an ASCII word, 1 when it starts a
 * character that is not ASCII, else the byte lowercased. */
static const guchar ascii_fold[256] = {
  ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
  ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
  ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
  ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
  ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
  ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
  ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
  ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
  ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
  ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
  [0x80 ... 0xff] = 1,
};

static void
tokenize (IrSearchIndex *index,
          const char    *text,
          TokenFunc      func,
          gpointer       data)
{
  GString *word = index->scratch;
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      const guchar *start = p;
      gboolean is_ascii = TRUE;
      guint32 hash = HASH_START;
      gsize n;

      /* Lowercased and hashed as it is read, one table lookup a byte:
       * this loop reads every byte the index holds. The buffer and its
       * size are locals, which the stores cannot alias. */
      char *out = word->str;
      gsize room = word->allocated_len;

      for (n = 0; ascii_fold[*p] > 1; n++, p++)
        {
          guchar c = ascii_fold[*p];

          if (G_UNLIKELY (n + 1 >= room))
            {
              g_string_set_size (word, 2 * n + 2);
              out = word->str;
              room = word->allocated_len;
            }
          out[n] = c;
          hash = hash_byte (hash, c);
        }
      if (ascii_fold[*p] == 1)
        {
          gsize len;

          while ((len = word_char_len ((const char *) p, &is_ascii)) > 0)
            p += len;
        }

      if (p == start)
        p = (const guchar *) g_utf8_next_char (p);
      else if (is_ascii)
        {
          word->str[n] = '\0';
          word->len = n;
          func (word->str, n, hash, data);
        }
      else
        {
          g_auto(GStrv) uncached = NULL;
          const char * const *forms = fold_word (index, (const char *) start, p - start, &uncached);

          for (guint i = 0; forms[i] != NULL; i++)
            {
              gsize form_len = strlen (forms[i]);

              func (forms[i], form_len, ir_search_index_hash_word (forms[i], form_len), data);
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

      to = ir_search_index_lookup_term (index, from->word, from->len, from->hash);
      if (to != NULL)
        {
          /* Every term has a posting from the moment it is added. */
          reserve_postings (to, from->n_postings);
          memcpy (to->postings + to->n_postings, from->postings, from->n_postings * sizeof (guint32));
          to->n_postings += from->n_postings;
        }
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
