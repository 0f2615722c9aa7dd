/* ir-catalog.c: loading a bundle, lookups and relations
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-catalog-private.h"

G_DEFINE_FINAL_TYPE (IrCatalog, ir_catalog, G_TYPE_OBJECT)

static void
ir_catalog_finalize (GObject *object)
{
  IrCatalog *self = IR_CATALOG (object);

  for (guint r = 0; r < IR_N_RELATIONS; r++)
    {
      for (guint i = 0; self->relations[r] != NULL && i < self->topic_array->len; i++)
        g_clear_pointer (&self->relations[r][i], g_ptr_array_unref);
      g_clear_pointer (&self->relations[r], g_free);
    }
  g_clear_pointer (&self->index, ir_search_index_free);
  g_clear_pointer (&self->topic_by_id, g_hash_table_unref);
  g_clear_pointer (&self->term_by_id, g_hash_table_unref);
  g_clear_pointer (&self->section_by_id, g_hash_table_unref);
  g_clear_pointer (&self->topic_array, g_ptr_array_unref);
  g_clear_object (&self->sections);
  g_clear_object (&self->topics);
  g_clear_object (&self->glossary);
  g_clear_pointer (&self->strings, ir_strings_unref);

  G_OBJECT_CLASS (ir_catalog_parent_class)->finalize (object);
}

static void
ir_catalog_class_init (IrCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ir_catalog_finalize;
}

static void
ir_catalog_init (IrCatalog *self)
{
  self->strings = ir_strings_new ();
  self->sections = g_list_store_new (IR_TYPE_SECTION);
  self->topics = g_list_store_new (IR_TYPE_TOPIC);
  self->glossary = g_list_store_new (IR_TYPE_GLOSSARY_TERM);
  self->topic_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->topic_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->term_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->section_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Loading ----------------------------------------------------------------- */

static GPtrArray *
new_problem_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);
}

/* File order (the order the files are read), then position. */
static int
compare_problems (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const IrContentProblem *x = *(IrContentProblem **) a;
  const IrContentProblem *y = *(IrContentProblem **) b;
  GPtrArray *files = user_data;
  guint fx = G_MAXUINT, fy = G_MAXUINT;

  for (guint i = 0; i < files->len; i++)
    {
      const char *name = ((IrContentFile *) g_ptr_array_index (files, i))->name;

      if (fx == G_MAXUINT && g_strcmp0 (name, x->file) == 0)
        fx = i;
      if (fy == G_MAXUINT && g_strcmp0 (name, y->file) == 0)
        fy = i;
    }

  if (fx != fy)
    return fx < fy ? -1 : 1;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return 0;
}

static void
finish_problems (GPtrArray *files,
                 GPtrArray *problems)
{
  ir_content_locate (files, problems);
  /* Stable, so that problems at one place keep the order they were found. */
  g_ptr_array_sort_with_data (problems, compare_problems, files);
}

static void
set_error (GError    **error,
           GPtrArray  *problems)
{
  IrContentProblem *first = g_ptr_array_index (problems, 0);
  g_autofree char *text = ir_content_problem_to_string (first);

  if (problems->len == 1)
    g_set_error_literal (error, IR_CONTENT_ERROR, first->code, text);
  else
    g_set_error (error, IR_CONTENT_ERROR, first->code, "%s (and %u more problems)",
                 text, problems->len - 1);
}

IrCatalog *
ir_catalog_new_full (const char          *location,
                     IrCatalogLoadFlags   flags,
                     const char          *search_language,
                     GPtrArray          **problems_out,
                     GError             **error)
{
  g_autoptr(GPtrArray) problems = new_problem_array ();
  g_autoptr(GPtrArray) files = NULL;

  g_return_val_if_fail (location != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  files = ir_content_read (location, (flags & IR_CATALOG_LOAD_FROM_RESOURCE) != 0,
                           (flags & IR_CATALOG_LOAD_ONE_THREAD) == 0, problems);
  ir_content_validate (files, (flags & IR_CATALOG_LOAD_ONE_THREAD) == 0, problems);

  if (problems->len > 0)
    {
      finish_problems (files, problems);
      set_error (error, problems);
      if (problems_out != NULL)
        *problems_out = g_steal_pointer (&problems);
      return NULL;
    }

  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);

  return ir_catalog_build (g_steal_pointer (&files), search_language, (flags & IR_CATALOG_LOAD_ONE_THREAD) == 0);
}

IrCatalog *
ir_catalog_new (void)
{
  return ir_catalog_build (g_ptr_array_new (), NULL, FALSE);
}

IrCatalog *
ir_catalog_new_from_path (const char  *path,
                          GPtrArray  **problems,
                          GError     **error)
{
  return ir_catalog_new_full (path, IR_CATALOG_LOAD_DEFAULT, NULL, problems, error);
}

IrCatalog *
ir_catalog_new_from_resource (const char  *resource_dir,
                              GError     **error)
{
  return ir_catalog_new_full (resource_dir, IR_CATALOG_LOAD_FROM_RESOURCE, NULL, NULL, error);
}

GPtrArray *
ir_catalog_validate_data (const char *file_name,
                          const char *data,
                          gsize       length)
{
  GPtrArray *problems = new_problem_array ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_file_free);
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  g_ptr_array_add (files, ir_content_parse (file_name, bytes, problems));
  ir_content_validate (files, TRUE, problems);
  if (problems->len > 0)
    finish_problems (files, problems);
  else
    {
      /* A clean file is built too, so that whoever calls this for
       * testing exercises everything loading does. */
      g_autoptr(IrCatalog) catalog = ir_catalog_build (g_steal_pointer (&files), NULL, TRUE);
    }

  return problems;
}

/* Lookups ----------------------------------------------------------------- */

GListModel *
ir_catalog_get_sections (IrCatalog *self)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->sections);
}

/* Every topic, in the order the bundle writes them. */
GListModel *
ir_catalog_get_topics (IrCatalog *self)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->topics);
}

GListModel *
ir_catalog_get_glossary (IrCatalog *self)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->glossary);
}

IrTopic *
ir_catalog_lookup_topic (IrCatalog  *self,
                         const char *id)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->topic_by_id, id) : NULL;
}

IrGlossaryTerm *
ir_catalog_lookup_term (IrCatalog  *self,
                        const char *id)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->term_by_id, id) : NULL;
}

IrSection *
ir_catalog_lookup_section (IrCatalog  *self,
                           const char *id)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->section_by_id, id) : NULL;
}

/* Relations --------------------------------------------------------------- */

void
ir_catalog_add_relation (IrCatalog  *self,
                         IrRelation  relation,
                         IrTopic    *from,
                         IrTopic    *to)
{
  guint index = ir_topic_get_index (from);

  if (self->relations[relation] == NULL)
    self->relations[relation] = g_new0 (GPtrArray *, self->topic_array->len);
  if (self->relations[relation][index] == NULL)
    self->relations[relation][index] = g_ptr_array_new ();
  g_ptr_array_add (self->relations[relation][index], to);
}

static GListModel *
get_relation (IrCatalog  *self,
              IrRelation  relation,
              IrTopic    *topic)
{
  GListStore *store = g_list_store_new (IR_TYPE_TOPIC);
  GPtrArray *related;
  guint index;

  g_return_val_if_fail (IR_IS_TOPIC (topic), G_LIST_MODEL (store));

  index = ir_topic_get_index (topic);
  if (index >= self->topic_array->len || g_ptr_array_index (self->topic_array, index) != topic)
    {
      g_critical ("topic %s is not in this catalog", ir_topic_get_id (topic));
      return G_LIST_MODEL (store);
    }

  if (self->relations[relation] != NULL && (related = self->relations[relation][index]) != NULL)
    g_list_store_splice (store, 0, 0, related->pdata, related->len);

  return G_LIST_MODEL (store);
}

/* The conditions a procedure treats, as it names them. */
GListModel *
ir_catalog_get_treats (IrCatalog *self,
                       IrTopic   *procedure)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return get_relation (self, IR_RELATION_TREATS, procedure);
}

/* The procedures that name a condition in "treats", in bundle order. */
GListModel *
ir_catalog_get_treated_by (IrCatalog *self,
                           IrTopic   *condition)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return get_relation (self, IR_RELATION_TREATED_BY, condition);
}

GListModel *
ir_catalog_get_imaging (IrCatalog *self,
                        IrTopic   *procedure)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return get_relation (self, IR_RELATION_IMAGING, procedure);
}

GListModel *
ir_catalog_get_used_by (IrCatalog *self,
                        IrTopic   *imaging)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return get_relation (self, IR_RELATION_USED_BY, imaging);
}

/* The topics a topic names as related, then those that name it. */
GListModel *
ir_catalog_get_related (IrCatalog *self,
                        IrTopic   *topic)
{
  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);

  return get_relation (self, IR_RELATION_RELATED, topic);
}

char **
ir_catalog_suggest_ids (IrCatalog  *self,
                        const char *unknown_id)
{
  g_autofree const char **ids = NULL;

  g_return_val_if_fail (IR_IS_CATALOG (self), NULL);
  g_return_val_if_fail (unknown_id != NULL, NULL);

  ids = g_new (const char *, self->topic_array->len);
  for (guint i = 0; i < self->topic_array->len; i++)
    ids[i] = ir_topic_get_id (g_ptr_array_index (self->topic_array, i));

  return ir_content_suggest (ids, self->topic_array->len, unknown_id, 3);
}
