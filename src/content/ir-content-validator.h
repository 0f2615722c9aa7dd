/* ir-content-validator.h: the validator's state, shared by its three files
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
  GPtrArray  *related_log;    /* a helper thread's: RelatedSighting, the first of each pair */
  const char *topic_id;       /* the topic being checked */
  gboolean    ids_incomplete; /* a file did not parse, so its ids are unknown */
  gboolean    threaded;       /* the file is big enough to share out */
} Validator;

/* Where a related pair was first seen, for a helper's topics to be checked
 * against those before them. */
typedef struct
{
  char *pair;
  char *path;
  char *id;
} RelatedSighting;

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

void              ir_validator_id_entry_free       (gpointer            data);
void              ir_validator_problem             (Validator          *v,
                                                    IrContentError      code,
                                                    const char         *format,
                                                    ...) G_GNUC_PRINTF (3, 4);
gsize             ir_validator_push_member         (Validator          *v,
                                                    const char         *name);
gsize             ir_validator_push_index          (Validator          *v,
                                                    guint               index);
void              ir_validator_pop                 (Validator          *v,
                                                    gsize               mark);
const char       *ir_validator_type_name           (const IrJsonNode   *node);
void              ir_validator_unknown_reference   (Validator          *v,
                                                    guint               table,
                                                    const char         *id);
const IrJsonNode *ir_validator_expect_object       (Validator          *v,
                                                    const IrJsonNode   *node);
const IrJsonNode *ir_validator_expect_array        (Validator          *v,
                                                    const IrJsonNode   *node,
                                                    gboolean            non_empty);
const char       *ir_validator_expect_string       (Validator          *v,
                                                    const IrJsonNode   *node,
                                                    TextFlags           flags);
void              ir_validator_check_members       (Validator          *v,
                                                    const IrJsonNode   *object,
                                                    const char * const *allowed,
                                                    guint               n_required);
const char       *ir_validator_string_member       (Validator          *v,
                                                    const IrJsonNode   *object,
                                                    const char         *name,
                                                    TextFlags           flags);
void              ir_validator_string_array_member (Validator          *v,
                                                    const IrJsonNode   *object,
                                                    const char         *name,
                                                    TextFlags           flags);
void              ir_validator_section             (Validator          *v,
                                                    const IrJsonNode   *section);
void              ir_validator_topic               (Validator          *v,
                                                    const IrJsonNode   *topic);
void              ir_validator_term                (Validator          *v,
                                                    const IrJsonNode   *term);
void              ir_validator_related_duplicate   (Validator          *v,
                                                    const char         *id);

G_END_DECLS
