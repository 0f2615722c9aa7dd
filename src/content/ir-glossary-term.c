/* ir-glossary-term.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-content-private.h"

struct _IrGlossaryTerm
{
  GObject parent_instance;

  IrStrings  *strings;
  const char *id;
  const char *term;
  const char *definition;
};

G_DEFINE_FINAL_TYPE (IrGlossaryTerm, ir_glossary_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TERM,
  PROP_DEFINITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ir_glossary_term_finalize (GObject *object)
{
  IrGlossaryTerm *self = IR_GLOSSARY_TERM (object);

  g_clear_pointer (&self->strings, ir_strings_unref);

  G_OBJECT_CLASS (ir_glossary_term_parent_class)->finalize (object);
}

static void
ir_glossary_term_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  IrGlossaryTerm *self = IR_GLOSSARY_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TERM:
      g_value_set_string (value, self->term);
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_glossary_term_class_init (IrGlossaryTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ir_glossary_term_finalize;
  object_class->get_property = ir_glossary_term_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TERM] = g_param_spec_string ("term", NULL, NULL, NULL, flags);
  properties[PROP_DEFINITION] = g_param_spec_string ("definition", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ir_glossary_term_init (IrGlossaryTerm *self)
{
}

IrGlossaryTerm *
ir_glossary_term_new_internal (IrStrings  *strings,
                               const char *id,
                               const char *term,
                               const char *definition)
{
  IrGlossaryTerm *self = g_object_new (IR_TYPE_GLOSSARY_TERM, NULL);

  self->strings = ir_strings_ref (strings);
  self->id = id;
  self->term = term;
  self->definition = definition;

  return self;
}

const char *
ir_glossary_term_get_id (IrGlossaryTerm *self)
{
  g_return_val_if_fail (IR_IS_GLOSSARY_TERM (self), NULL);

  return self->id;
}

const char *
ir_glossary_term_get_term (IrGlossaryTerm *self)
{
  g_return_val_if_fail (IR_IS_GLOSSARY_TERM (self), NULL);

  return self->term;
}

const char *
ir_glossary_term_get_definition (IrGlossaryTerm *self)
{
  g_return_val_if_fail (IR_IS_GLOSSARY_TERM (self), NULL);

  return self->definition;
}
