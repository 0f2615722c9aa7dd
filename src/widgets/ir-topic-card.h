/* ir-topic-card.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "content/ir-catalog.h"

G_BEGIN_DECLS

#define IR_TYPE_TOPIC_CARD (ir_topic_card_get_type ())

G_DECLARE_FINAL_TYPE (IrTopicCard, ir_topic_card, IR, TOPIC_CARD, GtkButton)

IrTopicCard *ir_topic_card_new                (IrTopic     *topic);
IrTopic     *ir_topic_card_get_topic          (IrTopicCard *self);
const char  *ir_topic_kind_get_icon_name      (IrTopicKind  kind);

G_END_DECLS
