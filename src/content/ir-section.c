/* ir-section.c: a heading of the sidebar and its topics
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-content-private.h"

struct _IrSection
{
  GObject parent_instance;

  IrStrings  *strings;
  const char *id;
  const char *title;
  GListStore *topics;
};

G_DEFINE_FINAL_TYPE (IrSection, ir_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_TOPICS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ir_section_finalize (GObject *object)
{
  IrSection *self = IR_SECTION (object);

  g_clear_object (&self->topics);
  g_clear_pointer (&self->strings, ir_strings_unref);

  G_OBJECT_CLASS (ir_section_parent_class)->finalize (object);
}

static void
ir_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  IrSection *self = IR_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_TOPICS:
      g_value_set_object (value, self->topics);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_section_class_init (IrSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ir_section_finalize;
  object_class->get_property = ir_section_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_TOPICS] = g_param_spec_object ("topics", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ir_section_init (IrSection *self)
{
  self->topics = g_list_store_new (IR_TYPE_TOPIC);
}

IrSection *
ir_section_new_internal (IrStrings  *strings,
                         const char *id,
                         const char *title)
{
  IrSection *self = g_object_new (IR_TYPE_SECTION, NULL);

  self->strings = ir_strings_ref (strings);
  self->id = id;
  self->title = title;

  return self;
}

void
ir_section_append_topics (IrSection *self,
                          gpointer  *topics,
                          guint      n_topics)
{
  g_list_store_splice (self->topics, g_list_model_get_n_items (G_LIST_MODEL (self->topics)),
                       0, topics, n_topics);
}

const char *
ir_section_get_id (IrSection *self)
{
  g_return_val_if_fail (IR_IS_SECTION (self), NULL);

  return self->id;
}

const char *
ir_section_get_title (IrSection *self)
{
  g_return_val_if_fail (IR_IS_SECTION (self), NULL);

  return self->title;
}

/* The section's topics in the order they are written in the bundle. */
GListModel *
ir_section_get_topics (IrSection *self)
{
  g_return_val_if_fail (IR_IS_SECTION (self), NULL);

  return G_LIST_MODEL (self->topics);
}
