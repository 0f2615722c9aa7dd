/* ir-catalog-private.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-content-private.h"
#include "ir-search-index.h"

G_BEGIN_DECLS

typedef enum
{
  IR_RELATION_TREATS,
  IR_RELATION_TREATED_BY,
  IR_RELATION_IMAGING,
  IR_RELATION_USED_BY,
  IR_RELATION_RELATED,
  IR_N_RELATIONS
} IrRelation;

struct _IrCatalog
{
  GObject parent_instance;

  IrStrings     *strings;
  GListStore    *sections;
  GListStore    *topics;
  GListStore    *glossary;
  GPtrArray     *topic_array;   /* IrTopic, by index */
  GHashTable    *topic_by_id;
  GHashTable    *term_by_id;
  GHashTable    *section_by_id;
  /* Per relation, per topic index: a GPtrArray of IrTopic, or NULL. */
  GPtrArray    **relations[IR_N_RELATIONS];
  IrSearchIndex *index;
};

void ir_catalog_add_relation (IrCatalog  *self,
                              IrRelation  relation,
                              IrTopic    *from,
                              IrTopic    *to);

G_END_DECLS
