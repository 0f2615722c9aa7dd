/* ir-topic-page.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "content/ir-catalog.h"

G_BEGIN_DECLS

#define IR_TYPE_TOPIC_PAGE (ir_topic_page_get_type ())

G_DECLARE_FINAL_TYPE (IrTopicPage, ir_topic_page, IR, TOPIC_PAGE, AdwBin)

IrTopicPage *ir_topic_page_new          (IrCatalog   *catalog,
                                         GSettings   *settings);
void         ir_topic_page_set_topic    (IrTopicPage *self,
                                         IrTopic     *topic);
IrTopic     *ir_topic_page_get_topic    (IrTopicPage *self);
IrAudience   ir_topic_page_get_audience (IrTopicPage *self);
void         ir_topic_page_focus_start  (IrTopicPage *self);
gboolean     ir_topic_page_is_complete  (IrTopicPage *self);
void         ir_topic_page_scroll_to_cards (IrTopicPage *self);

G_END_DECLS
