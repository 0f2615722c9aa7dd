/* ir-content-validate-file.c: files, their ids, and the validator's entry point
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-content-validator.h"

/* Fewer topics than this are checked faster than a thread starts. */
#define SPLIT_MIN_TOPICS 16

static void
validate_objects (Validator        *v,
                  const IrJsonNode *array,
                  guint             table,
                  guint             start,
                  guint             end)
{
  for (guint i = start; i < end; i++)
    {
      gsize item = ir_validator_push_index (v, i);
      const IrJsonNode *object = ir_validator_expect_object (v, &array->elements[i]);

      if (object != NULL && table == SECTIONS)
        ir_validator_section (v, object);
      else if (object != NULL && table == TOPICS)
        ir_validator_topic (v, object);
      else if (object != NULL)
        ir_validator_term (v, object);
      ir_validator_pop (v, item);
    }
}

typedef struct
{
  Validator         v;       /* the helper's own, sharing the id tables */
  const IrJsonNode *array;
} Share;

static void
related_sighting_free (gpointer data)
{
  RelatedSighting *sighting = data;

  g_free (sighting->pair);
  g_free (sighting->path);
  g_free (sighting->id);
  g_free (sighting);
}

static gpointer
validate_second_half (gpointer data)
{
  Share *share = data;

  validate_objects (&share->v, share->array, TOPICS, share->array->length / 2, share->array->length);

  return NULL;
}

/* Checking topics is most of validating: a big file's second half is
 * checked on a helper thread, with problems of its own, merged after. The
 * id tables are only read by then. A related pair is the one thing one
 * topic's check needs of another's: the helper logs the pairs it saw
 * first, and those are checked against the first half's here, so that
 * the later of two is reported, as on one thread. Problems come out of
 * order, and finish_problems() sorts them by place, as it does anyway. */
static void
validate_topics_shared (Validator        *v,
                        const IrJsonNode *array)
{
  Share share = { *v, array };
  GThread *helper;

  /* A copy, so that a field added to Validator is the helper's too; then
   * its own of what both would write. */
  share.v.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);
  share.v.path = g_string_new (v->path->str);
  memset (share.v.candidates, 0, sizeof share.v.candidates);
  share.v.related = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  share.v.related_log = g_ptr_array_new_with_free_func (related_sighting_free);

  helper = g_thread_try_new ("ir-content-validate", validate_second_half, &share, NULL);
  validate_objects (v, array, TOPICS, 0, helper != NULL ? array->length / 2 : array->length);

  if (helper != NULL)
    {
      g_thread_join (helper);
      g_ptr_array_extend_and_steal (v->problems, g_steal_pointer (&share.v.problems));
      for (guint i = 0; i < share.v.related_log->len; i++)
        {
          RelatedSighting *sighting = g_ptr_array_index (share.v.related_log, i);

          if (!g_hash_table_add (v->related, g_strdup (sighting->pair)))
            {
              g_autofree char *path = g_strdup (v->path->str);

              g_string_assign (v->path, sighting->path);
              ir_validator_related_duplicate (v, sighting->id);
              g_string_assign (v->path, path);
            }
        }
    }

  g_clear_pointer (&share.v.problems, g_ptr_array_unref);
  g_string_free (share.v.path, TRUE);
  for (guint table = 0; table < G_N_ELEMENTS (share.v.candidates); table++)
    g_clear_pointer (&share.v.candidates[table], g_ptr_array_unref);
  g_hash_table_unref (share.v.related);
  g_ptr_array_unref (share.v.related_log);
}

static void
validate_table (Validator        *v,
                const IrJsonNode *root,
                guint             table)
{
  const IrJsonNode *node = ir_json_object_get (root, ir_validator_table_members[table]);
  const IrJsonNode *array;
  gsize mark;

  if (node == NULL)
    return;

  mark = ir_validator_push_member (v, ir_validator_table_members[table]);
  array = ir_validator_expect_array (v, node, FALSE);
  if (array != NULL && table == TOPICS && v->threaded && array->length >= SPLIT_MIN_TOPICS)
    validate_topics_shared (v, array);
  else if (array != NULL)
    validate_objects (v, array, table, 0, array->length);
  ir_validator_pop (v, mark);
}

static gboolean
validate_schema (Validator        *v,
                 const IrJsonNode *root)
{
  const IrJsonNode *node = ir_json_object_get (root, "schema");
  gboolean ok = FALSE;
  gsize mark;

  /* Missing, or not a number (check_members() or the check below reports
   * it), the file is most likely schema 1 with a slip: its other problems
   * are worth reporting too. */
  if (node == NULL)
    return TRUE;

  mark = ir_validator_push_member (v, "schema");
  if (node->type != IR_JSON_NUMBER || !node->is_integer)
    {
      ir_validator_problem (v, IR_CONTENT_ERROR_WRONG_TYPE, "expected the number 1, found %s",
                            ir_validator_type_name (node));
      ok = TRUE;
    }
  else if (node->integer != 1)
    ir_validator_problem (v, IR_CONTENT_ERROR_BAD_SCHEMA,
                          "schema %" G_GINT64_FORMAT " is not one this version of IR Guide reads (it reads schema 1)",
                          node->integer);
  else
    ok = TRUE;
  ir_validator_pop (v, mark);

  return ok;
}

static void
validate_file (Validator        *v,
               const IrJsonNode *root_node)
{
  static const char * const allowed[] = { "schema", "sections", "topics", "glossary", NULL };
  const IrJsonNode *root = ir_validator_expect_object (v, root_node);

  if (root == NULL)
    return;

  ir_validator_check_members (v, root, allowed, 1);
  /* Another schema number means other rules: checking it against these
   * would only bury the one problem that matters. */
  if (!validate_schema (v, root))
    return;

  for (guint table = 0; table < G_N_ELEMENTS (ir_validator_table_members); table++)
    validate_table (v, root, table);
}

/* The first pass: every id of every file, so that references can be
 * checked in any order, and duplicates reported where they are. */
static void
collect_ids (Validator        *v,
             const IrJsonNode *root_node)
{
  const IrJsonNode *root = root_node;

  if (root->type != IR_JSON_OBJECT)
    return;

  for (guint table = 0; table < G_N_ELEMENTS (ir_validator_table_members); table++)
    {
      const IrJsonNode *node = ir_json_object_get (root, ir_validator_table_members[table]);
      const IrJsonNode *array = node != NULL && node->type == IR_JSON_ARRAY ? node : NULL;

      for (guint i = 0; array != NULL && i < array->length; i++)
        {
          const IrJsonNode *element = &array->elements[i];
          const IrJsonNode *object = element->type == IR_JSON_OBJECT ? element : NULL;
          const char *id = object != NULL ? ir_json_object_get_string (object, "id") : NULL;
          IdEntry *entry;
          gsize mark;

          if (id == NULL || !ir_content_is_valid_id (id))
            continue;

          mark = ir_validator_push_member (v, ir_validator_table_members[table]);
          ir_validator_push_index (v, i);
          ir_validator_push_member (v, "id");
          if ((entry = g_hash_table_lookup (v->ids[table], id)) != NULL)
            ir_validator_problem (v, IR_CONTENT_ERROR_DUPLICATE_ID, "another %s has the id \"%s\" (%s: %s)",
                                  ir_validator_table_nouns[table], id, entry->file, entry->path);
          else
            {
              IrTopicKind kind;

              entry = g_new0 (IdEntry, 1);
              entry->file = g_strdup (v->file);
              entry->path = g_strdup (v->path->str);
              entry->kind = -1;
              if (ir_topic_kind_from_string (ir_json_object_get_string (object, "kind"), &kind))
                entry->kind = kind;
              g_hash_table_insert (v->ids[table], (gpointer) id, entry);
            }
          ir_validator_pop (v, mark);
        }
    }
}

/* With @threaded, a big file's topics are checked on two threads. */
void
ir_content_validate (GPtrArray *files,
                     gboolean   threaded,
                     GPtrArray *problems)
{
  Validator v = { problems, NULL, g_string_new ("$"), };

  for (guint table = 0; table < G_N_ELEMENTS (v.ids); table++)
    v.ids[table] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, ir_validator_id_entry_free);
  v.related = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < files->len; i++)
    v.ids_incomplete |= ((IrContentFile *) g_ptr_array_index (files, i))->json == NULL;

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < files->len; i++)
        {
          IrContentFile *file = g_ptr_array_index (files, i);

          if (file->json == NULL)
            continue;

          v.file = file->name;
          v.threaded = threaded && g_bytes_get_size (file->bytes) >= IR_CONTENT_THREAD_MIN_BYTES &&
                       g_get_num_processors () >= 2;
          g_string_assign (v.path, "$");
          if (pass == 0)
            collect_ids (&v, ir_json_document_get_root (file->json));
          else
            validate_file (&v, ir_json_document_get_root (file->json));
        }
    }

  for (guint table = 0; table < G_N_ELEMENTS (v.ids); table++)
    {
      g_hash_table_unref (v.ids[table]);
      g_clear_pointer (&v.candidates[table], g_ptr_array_unref);
    }
  g_hash_table_unref (v.related);
  g_string_free (v.path, TRUE);
}
