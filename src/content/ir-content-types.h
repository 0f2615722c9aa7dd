/* ir-content-types.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The values double as indexes into tables; keep them dense. */
typedef enum
{
  IR_TOPIC_KIND_OVERVIEW,
  IR_TOPIC_KIND_IMAGING,
  IR_TOPIC_KIND_PROCEDURE,
  IR_TOPIC_KIND_BENEFIT,
  IR_TOPIC_KIND_CONDITION,
} IrTopicKind;

typedef enum
{
  IR_AUDIENCE_PARENTS,
  IR_AUDIENCE_KIDS,
} IrAudience;

#define IR_N_TOPIC_KINDS 5
#define IR_N_AUDIENCES   2

#define IR_TYPE_TOPIC_KIND (ir_topic_kind_get_type ())
#define IR_TYPE_AUDIENCE   (ir_audience_get_type ())

GType        ir_topic_kind_get_type    (void) G_GNUC_CONST;
GType        ir_audience_get_type      (void) G_GNUC_CONST;

/* The names used in the content files and on the command line. */
const char  *ir_topic_kind_to_string   (IrTopicKind  kind);
gboolean     ir_topic_kind_from_string (const char  *name,
                                        IrTopicKind *kind);
const char  *ir_audience_to_string    (IrAudience   audience);

G_END_DECLS
