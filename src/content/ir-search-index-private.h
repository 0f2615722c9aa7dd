/* ir-search-index-private.h: what the index's two halves share
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "ir-search-index.h"

G_BEGIN_DECLS

#define FIELD_BITS 4

typedef struct
{
  const char *word;          /* in @words of the index */
  guint       len;
  guint32     hash;
  /* Not a GArray: appending is most of what indexing does, and GArray's
   * append is a call and a memcpy() for four bytes. */
  guint32    *postings;      /* owned */
  guint       n_postings;
  guint       postings_size;
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

static inline guint32
hash_byte (guint32 hash,
           guchar  byte)
{
  return hash * 33 + byte;
}

#define HASH_START 5381

static inline guint32
ir_search_index_hash_word (const char *word,
                           gsize       len)
{
  guint32 hash = HASH_START;

  for (gsize i = 0; i < len; i++)
    hash = hash_byte (hash, word[i]);

  return hash;
}

static inline Term *
ir_search_index_lookup_term (IrSearchIndex *index,
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

G_END_DECLS
