/* ir-topic-card.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-topic-card.h"

struct _IrTopicCard
{
  GtkButton parent_instance;

  /* owned */
  IrTopic *topic;
};

G_DEFINE_FINAL_TYPE (IrTopicCard, ir_topic_card, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
ir_topic_kind_get_icon_name (IrTopicKind kind)
{
  switch (kind)
    {
    case IR_TOPIC_KIND_OVERVIEW:
      return "help-about-symbolic";
    case IR_TOPIC_KIND_IMAGING:
      return "ir-imaging-symbolic";
    case IR_TOPIC_KIND_PROCEDURE:
      return "ir-procedure-symbolic";
    case IR_TOPIC_KIND_BENEFIT:
      return "ir-benefit-symbolic";
    case IR_TOPIC_KIND_CONDITION:
      return "ir-condition-symbolic";
    default:
      return "help-about-symbolic";
    }
}

static char *
kind_icon_name (gpointer    unused,
                IrTopicKind kind)
{
  return g_strdup (ir_topic_kind_get_icon_name (kind));
}

static void
ir_topic_card_constructed (GObject *object)
{
  IrTopicCard *self = IR_TOPIC_CARD (object);

  G_OBJECT_CLASS (ir_topic_card_parent_class)->constructed (object);

  /* Tools such as gtk4-builder-tool build a card with no topic. */
  if (self->topic == NULL)
    return;

  /* A card reads as its topic's title; the summary is its description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ir_topic_get_title (self->topic),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ir_topic_get_summary (self->topic),
                                  -1);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self),
                                          g_variant_new_string (ir_topic_get_id (self->topic)));
}

static void
ir_topic_card_dispose (GObject *object)
{
  IrTopicCard *self = IR_TOPIC_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), IR_TYPE_TOPIC_CARD);
  g_clear_object (&self->topic);

  G_OBJECT_CLASS (ir_topic_card_parent_class)->dispose (object);
}

static void
ir_topic_card_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  IrTopicCard *self = IR_TOPIC_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_topic_card_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  IrTopicCard *self = IR_TOPIC_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      self->topic = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_topic_card_class_init (IrTopicCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ir_topic_card_constructed;
  object_class->dispose = ir_topic_card_dispose;
  object_class->get_property = ir_topic_card_get_property;
  object_class->set_property = ir_topic_card_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, IR_TYPE_TOPIC,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/widgets/ir-topic-card.ui");
  gtk_widget_class_bind_template_callback (widget_class, kind_icon_name);
}

static void
ir_topic_card_init (IrTopicCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

IrTopicCard *
ir_topic_card_new (IrTopic *topic)
{
  g_return_val_if_fail (IR_IS_TOPIC (topic), NULL);

  return g_object_new (IR_TYPE_TOPIC_CARD,
                       "topic", topic,
                       NULL);
}

IrTopic *
ir_topic_card_get_topic (IrTopicCard *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_CARD (self), NULL);

  return self->topic;
}
