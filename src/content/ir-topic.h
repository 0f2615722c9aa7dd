/* ir-topic.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ir-content-types.h"

G_BEGIN_DECLS

/* A part of a body: a named part ("what", "why", …) or, with the id
 * "section", one of the author's own headed sections. Owned by its body. */
typedef struct _IrPart IrPart;

#define IR_TYPE_PART (ir_part_get_type ())

GType               ir_part_get_type       (void) G_GNUC_CONST;
IrPart             *ir_part_ref            (IrPart *part);
void                ir_part_unref          (IrPart *part);
const char         *ir_part_get_id         (IrPart *part);
const char         *ir_part_get_heading    (IrPart *part);
const char * const *ir_part_get_paragraphs (IrPart *part);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrPart, ir_part_unref)

/* A topic's text for one audience: its parts in display order. */
typedef struct _IrBody IrBody;

#define IR_TYPE_BODY (ir_body_get_type ())

GType               ir_body_get_type       (void) G_GNUC_CONST;
IrBody             *ir_body_ref            (IrBody *body);
void                ir_body_unref          (IrBody *body);
guint               ir_body_get_n_parts    (IrBody *body);
IrPart             *ir_body_get_part       (IrBody *body,
                                            guint   index);
IrPart             *ir_body_find_part      (IrBody     *body,
                                            const char *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrBody, ir_body_unref)

#define IR_TYPE_TOPIC (ir_topic_get_type ())

G_DECLARE_FINAL_TYPE (IrTopic, ir_topic, IR, TOPIC, GObject)

const char         *ir_topic_get_id         (IrTopic    *self);
IrTopicKind         ir_topic_get_kind       (IrTopic    *self);
const char         *ir_topic_get_section_id (IrTopic    *self);
const char         *ir_topic_get_title      (IrTopic    *self);
const char         *ir_topic_get_summary    (IrTopic    *self);
IrBody             *ir_topic_get_body       (IrTopic    *self,
                                             IrAudience  audience);
const char         *ir_topic_get_fact       (IrTopic    *self,
                                             const char *fact);
const char * const *ir_topic_get_sources    (IrTopic    *self);
const char         *ir_topic_get_reviewed   (IrTopic    *self);

G_END_DECLS
