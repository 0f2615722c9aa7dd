/* ir-json.h: strict JSON, parsed into one block of memory per file
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  IR_JSON_NULL,
  IR_JSON_BOOLEAN,
  IR_JSON_NUMBER,
  IR_JSON_STRING,
  IR_JSON_ARRAY,
  IR_JSON_OBJECT,
} IrJsonType;

typedef struct _IrJsonNode     IrJsonNode;
typedef struct _IrJsonMember   IrJsonMember;
typedef struct _IrJsonDocument IrJsonDocument;

struct _IrJsonNode
{
  guint8   type;          /* IrJsonType */
  guint8   is_integer;    /* a number written without fraction or exponent that fits a gint64 */
  guint8   has_control;   /* a string holding a control character (C0, DEL or C1) */
  guint8   repeats_name;  /* a member's value: an earlier member of its object has the name */
  guint32  offset;        /* of the value's first byte in the file */
  guint32  length;        /* strings: bytes; arrays: elements; objects: members */
  union
  {
    gboolean      boolean;
    double        number;
    gint64        integer;
    const char   *string;    /* NUL-terminated, and holds no NUL */
    IrJsonNode   *elements;
    IrJsonMember *members;   /* in the order written, repeats and all */
  };
};

struct _IrJsonMember
{
  const char *name;
  guint32     name_length;
  guint32     offset;        /* of the name's opening quote */
  IrJsonNode  value;
};

/* Files past this would not fit the offsets. */
#define IR_JSON_MAX_BYTES G_MAXUINT32

IrJsonDocument   *ir_json_document_parse       (const char        *file_name,
                                                const char        *data,
                                                gsize              length,
                                                guint              max_depth,
                                                GPtrArray         *problems);
void              ir_json_document_free        (IrJsonDocument    *document);
const IrJsonNode *ir_json_document_get_root    (IrJsonDocument    *document);
char             *ir_json_document_steal_text  (IrJsonDocument    *document,
                                                gsize             *length);

const IrJsonNode *ir_json_object_get           (const IrJsonNode  *object,
                                                const char        *name);
const char       *ir_json_object_get_string    (const IrJsonNode  *object,
                                                const char        *name);
const IrJsonNode *ir_json_object_get_array     (const IrJsonNode  *object,
                                                const char        *name);
gboolean          ir_json_object_is_repeat     (const IrJsonNode  *object,
                                                guint32            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrJsonDocument, ir_json_document_free)

G_END_DECLS
