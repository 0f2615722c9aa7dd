/* ir-search-index.h: an inverted index of folded words
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a word was found; the higher bit ranks higher. */
typedef enum
{
  IR_SEARCH_FIELD_GLOSSARY = 1 << 0,  /* a glossary term the topic links */
  IR_SEARCH_FIELD_BODY     = 1 << 1,
  IR_SEARCH_FIELD_SUMMARY  = 1 << 2,
  IR_SEARCH_FIELD_TITLE    = 1 << 3,
} IrSearchField;

typedef struct
{
  guint doc;
  guint score;
} IrSearchHit;

typedef struct _IrSearchIndex IrSearchIndex;

IrSearchIndex *ir_search_index_new       (const char    *language);
void           ir_search_index_free      (IrSearchIndex *index);
/* Documents are numbered from 0. Each is added whole, to one index;
 * indexes of different documents can be merged. */
void           ir_search_index_add       (IrSearchIndex *index,
                                          guint          doc,
                                          IrSearchField  field,
                                          const char    *text);
/* Adds @text like ir_search_index_add(), and remembers its words under
 * @key; then ir_search_index_add_again() adds the same words for another
 * document without reading the text again, or returns FALSE when nothing
 * is remembered under @key. */
void           ir_search_index_add_remembered (IrSearchIndex *index,
                                               guint          doc,
                                               IrSearchField  field,
                                               gconstpointer  key,
                                               const char    *text);
gboolean       ir_search_index_add_again (IrSearchIndex *index,
                                          guint          doc,
                                          IrSearchField  field,
                                          gconstpointer  key);
/* Moves everything @other holds into @index; @other is then only fit to
 * be freed. */
void           ir_search_index_merge     (IrSearchIndex *index,
                                          IrSearchIndex *other);
void           ir_search_index_finish    (IrSearchIndex *index,
                                          guint          n_docs);
/* Every document that matches all words of @query (the last one as a
 * prefix when @query does not end in a space), best first. */
GArray        *ir_search_index_query     (IrSearchIndex *index,
                                          const char    *query,
                                          GStrv         *words,
                                          gboolean      *last_is_prefix);
/* The words of @text as the index stores them: folded words and, for
 * words that are not ASCII, their ASCII alternates. */
char         **ir_search_index_tokenize  (IrSearchIndex *index,
                                          const char    *text);
/* Whether a word of a text matches query word @word (which may be a
 * prefix), accents and case ignored. */
gboolean       ir_search_index_word_matches (IrSearchIndex *index,
                                             const char    *text_word,
                                             gsize          text_word_len,
                                             const char    *word,
                                             gboolean       is_prefix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrSearchIndex, ir_search_index_free)

G_END_DECLS
