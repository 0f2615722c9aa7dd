/* ir-topic-print.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ir-catalog.h"

G_BEGIN_DECLS

#define IR_TYPE_TOPIC_PRINT (ir_topic_print_get_type ())

G_DECLARE_FINAL_TYPE (IrTopicPrint, ir_topic_print, IR, TOPIC_PRINT, GtkPrintOperation)

IrTopicPrint *ir_topic_print_new        (IrCatalog    *catalog,
                                         IrTopic      *topic,
                                         IrAudience    audience);
/* What is printed, as Pango markup: everything the page says, with the
 * questions as boxes to tick by hand. */
const char   *ir_topic_print_get_markup (IrTopicPrint *self);
PangoLayout  *ir_topic_print_get_layout (IrTopicPrint *self);
int           ir_topic_print_get_page_start (IrTopicPrint *self,
                                             int           page_nr);
int           ir_topic_print_get_page_end   (IrTopicPrint *self,
                                             int           page_nr);

G_END_DECLS
