/* ir-content-validator.h: the validator's state, shared by its two files
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-content-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *file;
  char *path;
  int   kind;   /* IrTopicKind, or -1 when it is not known */
} IdEntry;

typedef struct
{
  GPtrArray  *problems;
  const char *file;
  GString    *path;
  GHashTable *ids[3];         /* id → IdEntry, per table below */
  GPtrArray  *candidates[3];  /* the ids, for suggestions; made on demand */
  GHashTable *related;        /* "a b", a < b: related pairs seen */
  const char *topic_id;       /* the topic being checked */
  gboolean    ids_incomplete; /* a file did not parse, so its ids are unknown */
} Validator;

enum { SECTIONS, TOPICS, TERMS };

extern const char * const ir_validator_table_members[3];
extern const char * const ir_validator_table_nouns[3];

typedef enum
{
  TEXT_PLAIN  = 1 << 0,   /* no braces */
  TEXT_INLINE = 1 << 1,   /* may hold link tokens */
  TEXT_ID     = 1 << 2,
  TEXT_DATE   = 1 << 3,
} TextFlags;

void        ir_validator_id_entry_free          (gpointer            data);
void        ir_validator_problem                (Validator          *v,
                                                 IrContentError      code,
                                                 const char         *format,
                                                 ...) G_GNUC_PRINTF (3, 4);
gsize       ir_validator_push_member            (Validator          *v,
                                                 const char         *name);
gsize       ir_validator_push_index             (Validator          *v,
                                                 guint               index);
void        ir_validator_pop                    (Validator          *v,
                                                 gsize               mark);
const char *ir_validator_type_name              (JsonNode           *node);
void        ir_validator_unknown_reference      (Validator          *v,
                                                 guint               table,
                                                 const char         *id);
JsonObject *ir_validator_expect_object          (Validator          *v,
                                                 JsonNode           *node);
JsonArray  *ir_validator_expect_array           (Validator          *v,
                                                 JsonNode           *node,
                                                 gboolean            non_empty);
const char *ir_validator_expect_string          (Validator          *v,
                                                 JsonNode           *node,
                                                 TextFlags           flags);
void        ir_validator_check_members          (Validator          *v,
                                                 JsonObject         *object,
                                                 const char * const *allowed,
                                                 guint               n_required);
const char *ir_validator_string_member          (Validator          *v,
                                                 JsonObject         *object,
                                                 const char         *name,
                                                 TextFlags           flags);
void        ir_validator_string_array_member    (Validator          *v,
                                                 JsonObject         *object,
                                                 const char         *name,
                                                 TextFlags           flags);

G_END_DECLS
