/* ir-json-private.h: what the parser's three files share
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-content-private.h"

G_BEGIN_DECLS

typedef struct _IrJsonBlock IrJsonBlock;  /* ir-json.c's */

struct _IrJsonDocument
{
  char        *text;     /* the file, with strings decoded in place */
  gsize        length;
  IrJsonBlock *blocks;
  IrJsonNode   root;
};

typedef struct
{
  gboolean    is_array;
  guint32     index;       /* arrays: the element being read */
  const char *key;         /* objects: the member being read, or NULL between members */
  gsize       key_length;
} IrJsonFrame;

typedef struct
{
  const char     *file_name;
  const char     *data;        /* as read, for positions */
  gsize           length;
  char           *text;        /* the copy strings are decoded into */
  gsize           pos;
  gsize           value_end;   /* just after the last value read */
  IrJsonDocument *document;
  GPtrArray      *problems;
  GArray         *lines;       /* where each line starts; made for the first problem */
  guint           max_depth;
  guint           depth;
  IrJsonFrame    *frames;
  /* Children of the containers being read; copied into a block when their
   * container ends. */
  IrJsonNode     *nodes;
  gsize           n_nodes;
  gsize           nodes_size;
  IrJsonMember   *members;
  gsize           n_members;
  gsize           members_size;
} IrJsonParser;

gpointer ir_json_document_alloc (IrJsonDocument  *document,
                                 gsize            size);
gboolean ir_json_fail           (IrJsonParser    *p,
                                 gsize            offset,
                                 IrContentError   code,
                                 const char      *message);
void     ir_json_report         (IrJsonParser    *p,
                                 gsize            offset,
                                 const char      *member,
                                 gsize            member_length,
                                 guint            depth,
                                 IrContentError   code,
                                 const char      *message);
gboolean ir_json_parse_string   (IrJsonParser    *p,
                                 const char     **string,
                                 guint32         *string_length,
                                 guint8          *has_control);
gboolean ir_json_parse_number   (IrJsonParser    *p,
                                 IrJsonNode      *node);

G_END_DECLS
