/* ir-content-validate-topic.c: the shape of files, topics, bodies and relations
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-content-validator.h"

static const char *
article (int kind)
{
  return kind == IR_TOPIC_KIND_OVERVIEW || kind == IR_TOPIC_KIND_IMAGING ? "an" : "a";
}

/* Bodies ------------------------------------------------------------------ */

static void
validate_paragraphs (Validator *v,
                     JsonNode  *node)
{
  JsonArray *array = ir_validator_expect_array (v, node, TRUE);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize mark = ir_validator_push_index (v, i);

      ir_validator_expect_string (v, json_array_get_element (array, i), TEXT_INLINE);
      ir_validator_pop (v, mark);
    }
}

static void
validate_sections (Validator *v,
                   JsonNode  *node)
{
  static const char * const allowed[] = { "heading", "paragraphs", NULL };
  JsonArray *array = ir_validator_expect_array (v, node, TRUE);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize mark = ir_validator_push_index (v, i);
      JsonObject *section = ir_validator_expect_object (v, json_array_get_element (array, i));

      if (section != NULL)
        {
          ir_validator_check_members (v, section, allowed, 2);
          ir_validator_string_member (v, section, "heading", TEXT_PLAIN);
          if (json_object_has_member (section, "paragraphs"))
            {
              gsize inner = ir_validator_push_member (v, "paragraphs");

              validate_paragraphs (v, json_object_get_member (section, "paragraphs"));
              ir_validator_pop (v, inner);
            }
        }
      ir_validator_pop (v, mark);
    }
}

static void
validate_body (Validator  *v,
               JsonNode   *node,
               int         kind,
               IrAudience  audience)
{
  JsonObject *body = ir_validator_expect_object (v, node);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  guint required, present = 0;

  if (body == NULL)
    return;

  json_object_iter_init (&iter, body);
  while (json_object_iter_next (&iter, &name, &member))
    {
      gsize mark = ir_validator_push_member (v, name);
      int part = ir_part_index_from_name (name);

      if (part >= 0)
        {
          present |= 1u << part;
          validate_paragraphs (v, member);
        }
      else if (strcmp (name, "sections") == 0)
        validate_sections (v, member);
      else
        ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_FIELD,
                              "unknown part \"%s\" (parts are what, why, prepare, during, after, risks, "
                              "questions, signs, treatment, senses, people, helps and sections)", name);
      ir_validator_pop (v, mark);
    }

  if (kind < 0)
    return;

  required = ir_part_required_mask (kind, audience) & ~present;
  for (int part = 0; part < IR_N_PARTS; part++)
    if (required & (1u << part))
      ir_validator_problem (v, IR_CONTENT_ERROR_MISSING_PART, "%s %s topic's %s body needs the part \"%s\"",
                            article (kind), ir_topic_kind_to_string (kind), ir_audience_to_string (audience),
                            ir_part_index_to_name (part));
}

/* Relations --------------------------------------------------------------- */

static void
validate_relation (Validator  *v,
                   JsonObject *topic,
                   const char *name,
                   int         want_kind,
                   gboolean    required)
{
  JsonNode *node = json_object_get_member (topic, name);
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;
  gsize mark;

  if (node == NULL)
    {
      if (required)
        ir_validator_problem (v, IR_CONTENT_ERROR_MISSING_FIELD, "missing the required member \"%s\"", name);
      return;
    }

  mark = ir_validator_push_member (v, name);
  array = ir_validator_expect_array (v, node, TRUE);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize item = ir_validator_push_index (v, i);
      const char *id = ir_validator_expect_string (v, json_array_get_element (array, i), TEXT_ID);
      IdEntry *target;

      if (id == NULL)
        ;
      else if ((target = g_hash_table_lookup (v->ids[TOPICS], id)) == NULL)
        ir_validator_unknown_reference (v, TOPICS, id);
      else if (v->topic_id != NULL && strcmp (id, v->topic_id) == 0)
        ir_validator_problem (v, IR_CONTENT_ERROR_BAD_RELATION, "a topic cannot be related to itself");
      else if (want_kind >= 0 && target->kind >= 0 && target->kind != want_kind)
        ir_validator_problem (v, IR_CONTENT_ERROR_BAD_RELATION, "\"%s\" is %s %s topic, not %s %s topic",
                              id, article (target->kind), ir_topic_kind_to_string (target->kind),
                              article (want_kind), ir_topic_kind_to_string (want_kind));
      else if (!g_hash_table_add (seen, (gpointer) id))
        ir_validator_problem (v, IR_CONTENT_ERROR_DUPLICATE_RELATION, "\"%s\" is named twice", id);
      else if (want_kind < 0 && v->topic_id != NULL)
        {
          gboolean ordered = strcmp (v->topic_id, id) < 0;
          char *pair = g_strjoin (" ", ordered ? v->topic_id : id, ordered ? id : v->topic_id, NULL);

          if (!g_hash_table_add (v->related, pair))
            ir_validator_problem (v, IR_CONTENT_ERROR_DUPLICATE_RELATION,
                                  "\"%s\" already names this topic as related: declare a relation at one end only", id);
        }
      ir_validator_pop (v, item);
    }
  ir_validator_pop (v, mark);
}

static void
validate_facts (Validator  *v,
                JsonObject *topic)
{
  JsonNode *node = json_object_get_member (topic, "facts");
  JsonObject *facts;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gsize mark = ir_validator_push_member (v, "facts");

  if ((facts = ir_validator_expect_object (v, node)) != NULL)
    {
      json_object_iter_init (&iter, facts);
      while (json_object_iter_next (&iter, &name, &member))
        {
          gsize inner = ir_validator_push_member (v, name);

          if (ir_fact_index_from_name (name) < 0)
            ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_FIELD,
                                  "unknown fact \"%s\" (facts are sedation, duration and recovery)", name);
          else
            ir_validator_expect_string (v, member, TEXT_PLAIN);
          ir_validator_pop (v, inner);
        }
    }
  ir_validator_pop (v, mark);
}

static void
only_for_procedures (Validator  *v,
                     JsonObject *topic,
                     const char *name)
{
  gsize mark;

  if (!json_object_has_member (topic, name))
    return;

  mark = ir_validator_push_member (v, name);
  ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_FIELD, "only procedures have \"%s\"", name);
  ir_validator_pop (v, mark);
}

/* Sections, topics, glossary ---------------------------------------------- */

static void
validate_section (Validator  *v,
                  JsonObject *section)
{
  static const char * const allowed[] = { "id", "title", NULL };

  ir_validator_check_members (v, section, allowed, 2);
  ir_validator_string_member (v, section, "id", TEXT_ID);
  ir_validator_string_member (v, section, "title", TEXT_PLAIN);
}

static void
validate_term (Validator  *v,
               JsonObject *term)
{
  static const char * const allowed[] = { "id", "term", "definition", NULL };

  ir_validator_check_members (v, term, allowed, 3);
  ir_validator_string_member (v, term, "id", TEXT_ID);
  ir_validator_string_member (v, term, "term", TEXT_PLAIN);
  ir_validator_string_member (v, term, "definition", TEXT_INLINE);
}

static void
validate_topic (Validator  *v,
                JsonObject *topic)
{
  static const char * const allowed[] = {
    "id", "kind", "section", "title", "summary", "parents", "kids", "sources", "reviewed",
    "facts", "imaging", "treats", "related", NULL
  };
  const char *kind_name, *section;
  IrTopicKind kind;
  int known_kind = -1;

  ir_validator_check_members (v, topic, allowed, 9);
  v->topic_id = ir_validator_string_member (v, topic, "id", TEXT_ID);

  kind_name = ir_validator_string_member (v, topic, "kind", 0);
  if (kind_name != NULL && ir_topic_kind_from_string (kind_name, &kind))
    known_kind = kind;
  else if (kind_name != NULL)
    {
      gsize mark = ir_validator_push_member (v, "kind");

      ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_KIND,
                            "\"%s\" is not a kind: use overview, imaging, procedure, benefit or condition", kind_name);
      ir_validator_pop (v, mark);
    }

  section = ir_validator_string_member (v, topic, "section", TEXT_ID);
  if (section != NULL && !g_hash_table_contains (v->ids[SECTIONS], section))
    {
      gsize mark = ir_validator_push_member (v, "section");

      ir_validator_unknown_reference (v, SECTIONS, section);
      ir_validator_pop (v, mark);
    }

  ir_validator_string_member (v, topic, "title", TEXT_PLAIN);
  ir_validator_string_member (v, topic, "summary", TEXT_PLAIN);
  for (IrAudience audience = 0; audience < IR_N_AUDIENCES; audience++)
    {
      const char *name = ir_audience_to_string (audience);

      if (json_object_has_member (topic, name))
        {
          gsize mark = ir_validator_push_member (v, name);

          validate_body (v, json_object_get_member (topic, name), known_kind, audience);
          ir_validator_pop (v, mark);
        }
    }

  if (known_kind == IR_TOPIC_KIND_PROCEDURE)
    {
      if (json_object_has_member (topic, "facts"))
        validate_facts (v, topic);
      else
        ir_validator_problem (v, IR_CONTENT_ERROR_MISSING_FIELD, "missing the required member \"facts\"");
      validate_relation (v, topic, "imaging", IR_TOPIC_KIND_IMAGING, TRUE);
      validate_relation (v, topic, "treats", IR_TOPIC_KIND_CONDITION, FALSE);
    }
  else if (known_kind >= 0)
    {
      only_for_procedures (v, topic, "facts");
      only_for_procedures (v, topic, "imaging");
      only_for_procedures (v, topic, "treats");
    }
  validate_relation (v, topic, "related", -1, FALSE);

  ir_validator_string_array_member (v, topic, "sources", TEXT_PLAIN);
  ir_validator_string_member (v, topic, "reviewed", TEXT_DATE);
  v->topic_id = NULL;
}

/* Files ------------------------------------------------------------------- */

static void
validate_table (Validator  *v,
                JsonObject *root,
                guint       table)
{
  JsonNode *node = json_object_get_member (root, ir_validator_table_members[table]);
  gsize mark;
  JsonArray *array;

  if (node == NULL)
    return;

  mark = ir_validator_push_member (v, ir_validator_table_members[table]);
  array = ir_validator_expect_array (v, node, FALSE);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize item = ir_validator_push_index (v, i);
      JsonObject *object = ir_validator_expect_object (v, json_array_get_element (array, i));

      if (object != NULL && table == SECTIONS)
        validate_section (v, object);
      else if (object != NULL && table == TOPICS)
        validate_topic (v, object);
      else if (object != NULL)
        validate_term (v, object);
      ir_validator_pop (v, item);
    }
  ir_validator_pop (v, mark);
}

static gboolean
validate_schema (Validator  *v,
                 JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "schema");
  gboolean ok = FALSE;
  gsize mark;

  /* Missing, or not a number (check_members() or the check below reports
   * it), the file is most likely schema 1 with a slip: its other problems
   * are worth reporting too. */
  if (node == NULL)
    return TRUE;

  mark = ir_validator_push_member (v, "schema");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      ir_validator_problem (v, IR_CONTENT_ERROR_WRONG_TYPE, "expected the number 1, found %s", ir_validator_type_name (node));
      ok = TRUE;
    }
  else if (json_node_get_int (node) != 1)
    ir_validator_problem (v, IR_CONTENT_ERROR_BAD_SCHEMA,
                          "schema %" G_GINT64_FORMAT " is not one this version of IR Guide reads (it reads schema 1)",
                          json_node_get_int (node));
  else
    ok = TRUE;
  ir_validator_pop (v, mark);

  return ok;
}

static void
validate_file (Validator *v,
               JsonNode  *root_node)
{
  static const char * const allowed[] = { "schema", "sections", "topics", "glossary", NULL };
  JsonObject *root = ir_validator_expect_object (v, root_node);

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
collect_ids (Validator *v,
             JsonNode  *root_node)
{
  JsonObject *root;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return;

  root = json_node_get_object (root_node);
  for (guint table = 0; table < G_N_ELEMENTS (ir_validator_table_members); table++)
    {
      JsonNode *node = json_object_get_member (root, ir_validator_table_members[table]);
      JsonArray *array = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
          const char *id = object != NULL ? json_object_get_string_member_with_default (object, "id", NULL) : NULL;
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
              if (ir_topic_kind_from_string (json_object_get_string_member_with_default (object, "kind", NULL), &kind))
                entry->kind = kind;
              g_hash_table_insert (v->ids[table], (gpointer) id, entry);
            }
          ir_validator_pop (v, mark);
        }
    }
}

void
ir_content_validate (GPtrArray *files,
                     GPtrArray *problems)
{
  Validator v = { problems, NULL, g_string_new ("$"), };

  for (guint table = 0; table < G_N_ELEMENTS (v.ids); table++)
    v.ids[table] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, ir_validator_id_entry_free);
  v.related = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < files->len; i++)
    v.ids_incomplete |= ((IrContentFile *) g_ptr_array_index (files, i))->parser == NULL;

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < files->len; i++)
        {
          IrContentFile *file = g_ptr_array_index (files, i);

          if (file->parser == NULL)
            continue;

          v.file = file->name;
          g_string_assign (v.path, "$");
          if (pass == 0)
            collect_ids (&v, json_parser_get_root (file->parser));
          else
            validate_file (&v, json_parser_get_root (file->parser));
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
