/* ir-topic.c: a topic, its bodies and their parts
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-content-private.h"

/* IrStrings --------------------------------------------------------------- */

typedef struct
{
  char  *text;
  gsize  length;
} Adopted;

struct _IrStrings
{
  GStringChunk *chunk;
  GArray       *adopted;  /* of Adopted, owned */
};

static void
ir_strings_clear (gpointer data)
{
  IrStrings *strings = data;

  g_string_chunk_free (strings->chunk);
  for (guint i = 0; i < strings->adopted->len; i++)
    g_free (g_array_index (strings->adopted, Adopted, i).text);
  g_array_unref (strings->adopted);
}

IrStrings *
ir_strings_new (void)
{
  IrStrings *strings = g_rc_box_new0 (IrStrings);

  strings->chunk = g_string_chunk_new (64 * 1024);
  strings->adopted = g_array_new (FALSE, FALSE, sizeof (Adopted));

  return strings;
}

IrStrings *
ir_strings_ref (IrStrings *strings)
{
  return g_rc_box_acquire (strings);
}

void
ir_strings_unref (IrStrings *strings)
{
  g_rc_box_release_full (strings, ir_strings_clear);
}

/* Takes @text, a parsed file's decoded strings: ir_strings_add() keeps
 * those as they are rather than copy them one by one. */
void
ir_strings_adopt (IrStrings *strings,
                  char      *text,
                  gsize      length)
{
  Adopted adopted = { text, length };

  g_array_append_val (strings->adopted, adopted);
}

const char *
ir_strings_add (IrStrings  *strings,
                const char *text)
{
  if (text == NULL)
    return NULL;

  for (guint i = 0; i < strings->adopted->len; i++)
    {
      Adopted *adopted = &g_array_index (strings->adopted, Adopted, i);

      /* As integers: pointers into different blocks do not compare. */
      if ((guintptr) text - (guintptr) adopted->text < adopted->length)
        return text;
    }

  return g_string_chunk_insert (strings->chunk, text);
}

/* IrPart ------------------------------------------------------------------ */

struct _IrPart
{
  const char  *id;
  const char  *heading;
  const char **paragraphs;  /* owned array, strings in @strings */
  IrStrings   *strings;
};

static void
ir_part_clear (gpointer data)
{
  IrPart *part = data;

  g_free (part->paragraphs);
  g_clear_pointer (&part->strings, ir_strings_unref);
}

G_DEFINE_BOXED_TYPE (IrPart, ir_part, ir_part_ref, ir_part_unref)

/* @id and @heading must outlive the part: static strings or ones from the
 * strings of the body that takes it. @paragraphs is taken. */
IrPart *
ir_part_new (const char  *id,
             const char  *heading,
             const char **paragraphs)
{
  IrPart *part = g_atomic_rc_box_new0 (IrPart);

  part->id = id;
  part->heading = heading;
  part->paragraphs = paragraphs;

  return part;
}

IrPart *
ir_part_ref (IrPart *part)
{
  return g_atomic_rc_box_acquire (part);
}

void
ir_part_unref (IrPart *part)
{
  g_atomic_rc_box_release_full (part, ir_part_clear);
}

const char *
ir_part_get_id (IrPart *part)
{
  g_return_val_if_fail (part != NULL, NULL);

  return part->id;
}

const char *
ir_part_get_heading (IrPart *part)
{
  g_return_val_if_fail (part != NULL, NULL);

  return part->heading;
}

const char * const *
ir_part_get_paragraphs (IrPart *part)
{
  g_return_val_if_fail (part != NULL, NULL);

  return (const char * const *) part->paragraphs;
}

/* IrBody ------------------------------------------------------------------ */

struct _IrBody
{
  GPtrArray *parts;
  IrStrings *strings;
};

static void
ir_body_clear (gpointer data)
{
  IrBody *body = data;

  g_ptr_array_unref (body->parts);
  ir_strings_unref (body->strings);
}

G_DEFINE_BOXED_TYPE (IrBody, ir_body, ir_body_ref, ir_body_unref)

IrBody *
ir_body_new (IrStrings *strings)
{
  IrBody *body = g_atomic_rc_box_new0 (IrBody);

  body->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_part_unref);
  body->strings = ir_strings_ref (strings);

  return body;
}

void
ir_body_take_part (IrBody *body,
                   IrPart *part)
{
  if (part->strings == NULL)
    part->strings = ir_strings_ref (body->strings);
  g_ptr_array_add (body->parts, part);
}

IrBody *
ir_body_ref (IrBody *body)
{
  return g_atomic_rc_box_acquire (body);
}

void
ir_body_unref (IrBody *body)
{
  g_atomic_rc_box_release_full (body, ir_body_clear);
}

guint
ir_body_get_n_parts (IrBody *body)
{
  g_return_val_if_fail (body != NULL, 0);

  return body->parts->len;
}

IrPart *
ir_body_get_part (IrBody *body,
                  guint   index)
{
  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (index < body->parts->len, NULL);

  return g_ptr_array_index (body->parts, index);
}

IrPart *
ir_body_find_part (IrBody     *body,
                   const char *id)
{
  g_return_val_if_fail (body != NULL, NULL);

  for (guint i = 0; i < body->parts->len; i++)
    {
      IrPart *part = g_ptr_array_index (body->parts, i);

      if (g_strcmp0 (part->id, id) == 0)
        return part;
    }

  return NULL;
}

/* IrTopic ----------------------------------------------------------------- */

struct _IrTopic
{
  GObject parent_instance;

  IrStrings   *strings;
  guint        index;       /* in the catalog */
  IrTopicKind  kind;
  const char  *id;
  const char  *section_id;
  const char  *title;
  const char  *summary;
  IrBody      *bodies[IR_N_AUDIENCES];
  const char  *facts[IR_N_FACTS];
  const char **sources;
  const char  *reviewed;
};

G_DEFINE_FINAL_TYPE (IrTopic, ir_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_SECTION_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_REVIEWED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ir_topic_finalize (GObject *object)
{
  IrTopic *self = IR_TOPIC (object);

  for (guint i = 0; i < IR_N_AUDIENCES; i++)
    g_clear_pointer (&self->bodies[i], ir_body_unref);
  g_free (self->sources);
  g_clear_pointer (&self->strings, ir_strings_unref);

  G_OBJECT_CLASS (ir_topic_parent_class)->finalize (object);
}

static void
ir_topic_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  IrTopic *self = IR_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SECTION_ID:
      g_value_set_string (value, self->section_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_REVIEWED:
      g_value_set_string (value, self->reviewed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_topic_class_init (IrTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ir_topic_finalize;
  object_class->get_property = ir_topic_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, IR_TYPE_TOPIC_KIND,
                                             IR_TOPIC_KIND_OVERVIEW, flags);
  properties[PROP_SECTION_ID] = g_param_spec_string ("section-id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_REVIEWED] = g_param_spec_string ("reviewed", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ir_topic_init (IrTopic *self)
{
}

IrTopic *
ir_topic_new_internal (IrStrings   *strings,
                       IrTopicData *data)
{
  IrTopic *self = g_object_new (IR_TYPE_TOPIC, NULL);

  self->strings = ir_strings_ref (strings);
  self->id = data->id;
  self->kind = data->kind;
  self->section_id = data->section_id;
  self->title = data->title;
  self->summary = data->summary;
  for (guint i = 0; i < IR_N_AUDIENCES; i++)
    self->bodies[i] = g_steal_pointer (&data->bodies[i]);
  for (guint i = 0; i < IR_N_FACTS; i++)
    self->facts[i] = data->facts[i];
  self->sources = g_steal_pointer (&data->sources);
  self->reviewed = data->reviewed;

  return self;
}

guint
ir_topic_get_index (IrTopic *self)
{
  return self->index;
}

void
ir_topic_set_index (IrTopic *self,
                    guint    index)
{
  self->index = index;
}

const char *
ir_topic_get_id (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  return self->id;
}

IrTopicKind
ir_topic_get_kind (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), IR_TOPIC_KIND_OVERVIEW);

  return self->kind;
}

const char *
ir_topic_get_section_id (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  return self->section_id;
}

const char *
ir_topic_get_title (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  return self->title;
}

const char *
ir_topic_get_summary (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  return self->summary;
}

IrBody *
ir_topic_get_body (IrTopic    *self,
                   IrAudience  audience)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);
  g_return_val_if_fail ((guint) audience < IR_N_AUDIENCES, NULL);

  return self->bodies[audience];
}

const char *
ir_topic_get_fact (IrTopic    *self,
                   const char *fact)
{
  int index;

  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  index = ir_fact_index_from_name (fact);
  g_return_val_if_fail (index >= 0, NULL);

  return self->facts[index];
}

const char * const *
ir_topic_get_sources (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  return (const char * const *) self->sources;
}

const char *
ir_topic_get_reviewed (IrTopic *self)
{
  g_return_val_if_fail (IR_IS_TOPIC (self), NULL);

  return self->reviewed;
}
