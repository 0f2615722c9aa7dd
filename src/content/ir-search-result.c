/* ir-search-result.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-content-private.h"

struct _IrSearchResult
{
  GObject parent_instance;

  IrTopic   *topic;
  guint      score;
  /* The snippet is made the first time it is asked for: a list shows a
   * screenful of results, a search can find thousands. */
  char      *snippet;
  char      *snippet_markup;
  IrCatalog *catalog;
  GStrv      words;
  gboolean   last_is_prefix;
};

G_DEFINE_FINAL_TYPE (IrSearchResult, ir_search_result, G_TYPE_OBJECT)

static void
ir_search_result_finalize (GObject *object)
{
  IrSearchResult *self = IR_SEARCH_RESULT (object);

  g_clear_object (&self->topic);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->words, g_strfreev);
  g_free (self->snippet);
  g_free (self->snippet_markup);

  G_OBJECT_CLASS (ir_search_result_parent_class)->finalize (object);
}

static void
ir_search_result_class_init (IrSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ir_search_result_finalize;
}

static void
ir_search_result_init (IrSearchResult *self)
{
}

IrSearchResult *
ir_search_result_new_internal (IrTopic   *topic,
                               guint      score,
                               IrCatalog *catalog,
                               GStrv      words,
                               gboolean   last_is_prefix)
{
  IrSearchResult *self = g_object_new (IR_TYPE_SEARCH_RESULT, NULL);

  self->topic = g_object_ref (topic);
  self->score = score;
  self->catalog = g_object_ref (catalog);
  self->words = g_strdupv (words);
  self->last_is_prefix = last_is_prefix;

  return self;
}

IrTopic *
ir_search_result_get_topic (IrSearchResult *self)
{
  g_return_val_if_fail (IR_IS_SEARCH_RESULT (self), NULL);

  return self->topic;
}

static void
ensure_snippet (IrSearchResult *self)
{
  if (self->snippet != NULL)
    return;

  self->snippet = ir_catalog_make_snippet (self->catalog, self->topic, (const char * const *) self->words,
                                           self->last_is_prefix);
  self->snippet_markup = ir_catalog_mark_snippet (self->catalog, self->snippet,
                                                  (const char * const *) self->words, self->last_is_prefix);
  g_clear_object (&self->catalog);
}

const char *
ir_search_result_get_snippet (IrSearchResult *self)
{
  g_return_val_if_fail (IR_IS_SEARCH_RESULT (self), NULL);

  ensure_snippet (self);

  return self->snippet;
}

const char *
ir_search_result_get_snippet_markup (IrSearchResult *self)
{
  g_return_val_if_fail (IR_IS_SEARCH_RESULT (self), NULL);

  ensure_snippet (self);

  return self->snippet_markup;
}

guint
ir_search_result_get_score (IrSearchResult *self)
{
  g_return_val_if_fail (IR_IS_SEARCH_RESULT (self), 0);

  return self->score;
}
