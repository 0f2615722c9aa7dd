/* ir-content-validate-topic.c: the shape of sections, topics, bodies, relations and terms
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
validate_paragraphs (Validator        *v,
                     const IrJsonNode *node)
{
  const IrJsonNode *array = ir_validator_expect_array (v, node, TRUE);

  for (guint i = 0; array != NULL && i < array->length; i++)
    {
      gsize mark = ir_validator_push_index (v, i);

      ir_validator_expect_string (v, &array->elements[i], TEXT_INLINE);
      ir_validator_pop (v, mark);
    }
}

static void
validate_sections (Validator        *v,
                   const IrJsonNode *node)
{
  static const char * const allowed[] = { "heading", "paragraphs", NULL };
  const IrJsonNode *array = ir_validator_expect_array (v, node, TRUE);

  for (guint i = 0; array != NULL && i < array->length; i++)
    {
      gsize mark = ir_validator_push_index (v, i);
      const IrJsonNode *section = ir_validator_expect_object (v, &array->elements[i]);

      if (section != NULL)
        {
          ir_validator_check_members (v, section, allowed, 2);
          ir_validator_string_member (v, section, "heading", TEXT_PLAIN);
          if (ir_json_object_get (section, "paragraphs") != NULL)
            {
              gsize inner = ir_validator_push_member (v, "paragraphs");

              validate_paragraphs (v, ir_json_object_get (section, "paragraphs"));
              ir_validator_pop (v, inner);
            }
        }
      ir_validator_pop (v, mark);
    }
}

static void
validate_body (Validator        *v,
               const IrJsonNode *node,
               int               kind,
               IrAudience        audience)
{
  const IrJsonNode *body = ir_validator_expect_object (v, node);
  guint required, present = 0;

  if (body == NULL)
    return;

  for (guint32 m = 0; m < body->length; m++)
    {
      const char *name = body->members[m].name;
      const IrJsonNode *member = &body->members[m].value;
      gsize mark;
      int part;

      /* Reported by the parser; the first of the name is the one read. */
      if (ir_json_object_is_repeat (body, m))
        continue;

      mark = ir_validator_push_member (v, name);
      part = ir_part_index_from_name (name);

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
validate_relation (Validator        *v,
                   const IrJsonNode *topic,
                   const char       *name,
                   int               want_kind,
                   gboolean          required)
{
  const IrJsonNode *node = ir_json_object_get (topic, name);
  g_autoptr(GHashTable) seen = NULL;
  const IrJsonNode *array;
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
  for (guint i = 0; array != NULL && i < array->length; i++)
    {
      gsize item = ir_validator_push_index (v, i);
      const char *id = ir_validator_expect_string (v, &array->elements[i], TEXT_ID);
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
            ir_validator_related_duplicate (v, id);
          else if (v->related_log != NULL)
            {
              RelatedSighting *sighting = g_new (RelatedSighting, 1);

              sighting->pair = g_strdup (pair);
              sighting->path = g_strdup (v->path->str);
              sighting->id = g_strdup (id);
              g_ptr_array_add (v->related_log, sighting);
            }
        }
      ir_validator_pop (v, item);
    }
  ir_validator_pop (v, mark);
}

static void
validate_facts (Validator        *v,
                const IrJsonNode *topic)
{
  const IrJsonNode *node = ir_json_object_get (topic, "facts");
  const IrJsonNode *facts;
  gsize mark = ir_validator_push_member (v, "facts");

  if ((facts = ir_validator_expect_object (v, node)) != NULL)
    {
      for (guint32 m = 0; m < facts->length; m++)
        {
          const char *name = facts->members[m].name;
          const IrJsonNode *member = &facts->members[m].value;
          gsize inner;

          if (ir_json_object_is_repeat (facts, m))
            continue;

          inner = ir_validator_push_member (v, name);

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
only_for_procedures (Validator        *v,
                     const IrJsonNode *topic,
                     const char       *name)
{
  gsize mark;

  if (ir_json_object_get (topic, name) == NULL)
    return;

  mark = ir_validator_push_member (v, name);
  ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_FIELD, "only procedures have \"%s\"", name);
  ir_validator_pop (v, mark);
}

void
ir_validator_related_duplicate (Validator  *v,
                                const char *id)
{
  ir_validator_problem (v, IR_CONTENT_ERROR_DUPLICATE_RELATION,
                        "\"%s\" already names this topic as related: declare a relation at one end only", id);
}

/* Sections, topics, glossary ---------------------------------------------- */

void
ir_validator_section (Validator        *v,
                      const IrJsonNode *section)
{
  static const char * const allowed[] = { "id", "title", NULL };

  ir_validator_check_members (v, section, allowed, 2);
  ir_validator_string_member (v, section, "id", TEXT_ID);
  ir_validator_string_member (v, section, "title", TEXT_PLAIN);
}

void
ir_validator_term (Validator        *v,
                   const IrJsonNode *term)
{
  static const char * const allowed[] = { "id", "term", "definition", NULL };

  ir_validator_check_members (v, term, allowed, 3);
  ir_validator_string_member (v, term, "id", TEXT_ID);
  ir_validator_string_member (v, term, "term", TEXT_PLAIN);
  ir_validator_string_member (v, term, "definition", TEXT_INLINE);
}

void
ir_validator_topic (Validator        *v,
                    const IrJsonNode *topic)
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

      if (ir_json_object_get (topic, name) != NULL)
        {
          gsize mark = ir_validator_push_member (v, name);

          validate_body (v, ir_json_object_get (topic, name), known_kind, audience);
          ir_validator_pop (v, mark);
        }
    }

  if (known_kind == IR_TOPIC_KIND_PROCEDURE)
    {
      if (ir_json_object_get (topic, "facts") != NULL)
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
