/* ir-json.c: strict JSON, parsed into one block of memory per file; the
 * document's memory and lookups (the parser is ir-json-parse.c and
 * ir-json-scalar.c)
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib gives each value, object and member its own allocation and
 * hash table: for a big bundle, parsing and freeing them took longer than
 * loading may take in all. Here strings are decoded in place, in one copy
 * of the text, and values sit in arrays carved from a few large blocks,
 * freed at once. Each value keeps its offset, so that a problem anywhere
 * can be given its line and column without parsing again.
 *
 * It holds files to RFC 8259: no comments, single quotes, byte order
 * mark, trailing commas or text after the document, each of which
 * json-glib let through. It also reports what JSON allows and the
 * format does not: a member given twice in one object (only the first is
 * read) and the escapes of a NUL or of half a UTF-16 surrogate pair. Raw
 * control characters in strings, which JSON forbids, are kept for the
 * validator to report with the string's other problems.
 */

#include "config.h"

#include <string.h>

#include "ir-json-private.h"

#define BLOCK_BYTES (256 * 1024)

struct _IrJsonBlock
{
  IrJsonBlock *next;
  gsize        used;
  gsize        size;
  /* Aligned for the nodes and members carved from it. */
  union { gint64 i; double d; gpointer p; } data[];
};

/* Blocks ------------------------------------------------------------------ */

gpointer
ir_json_document_alloc (IrJsonDocument *document,
                        gsize           size)
{
  IrJsonBlock *block = document->blocks;
  gsize units = (size + sizeof block->data[0] - 1) / sizeof block->data[0];
  gpointer result;

  if (block == NULL || block->size - block->used < units)
    {
      gsize block_units = MAX (units, BLOCK_BYTES / sizeof block->data[0]);

      block = g_malloc (sizeof (IrJsonBlock) + block_units * sizeof block->data[0]);
      block->size = block_units;
      block->used = 0;
      block->next = document->blocks;
      document->blocks = block;
    }

  result = &block->data[block->used];
  block->used += units;

  return result;
}

void
ir_json_document_free (IrJsonDocument *document)
{
  if (document == NULL)
    return;

  while (document->blocks != NULL)
    {
      IrJsonBlock *next = document->blocks->next;

      g_free (document->blocks);
      document->blocks = next;
    }
  g_free (document->text);
  g_free (document);
}

const IrJsonNode *
ir_json_document_get_root (IrJsonDocument *document)
{
  return &document->root;
}

/* The decoded text, which the strings of the tree point into, for the
 * caller to free once it is done with them and the tree. */
char *
ir_json_document_steal_text (IrJsonDocument *document,
                             gsize          *length)
{
  *length = document->length;
  document->length = 0;

  return g_steal_pointer (&document->text);
}

/* Lookups ----------------------------------------------------------------- */

/* The first member named @name. Objects are small: a scan beats hashing. */
const IrJsonNode *
ir_json_object_get (const IrJsonNode *object,
                    const char       *name)
{
  gsize length;

  if (object == NULL || object->type != IR_JSON_OBJECT)
    return NULL;

  length = strlen (name);
  for (guint32 i = 0; i < object->length; i++)
    {
      const IrJsonMember *member = &object->members[i];

      if (member->name_length == length && member->name[0] == name[0] &&
          memcmp (member->name, name, length) == 0)
        return &member->value;
    }

  return NULL;
}

const char *
ir_json_object_get_string (const IrJsonNode *object,
                           const char       *name)
{
  const IrJsonNode *node = ir_json_object_get (object, name);

  return node != NULL && node->type == IR_JSON_STRING ? node->string : NULL;
}

const IrJsonNode *
ir_json_object_get_array (const IrJsonNode *object,
                          const char       *name)
{
  const IrJsonNode *node = ir_json_object_get (object, name);

  return node != NULL && node->type == IR_JSON_ARRAY ? node : NULL;
}

/* Whether member @index repeats the name of one before it: the parser
 * has reported it, and what reads the object reads only the first. */
gboolean
ir_json_object_is_repeat (const IrJsonNode *object,
                          guint32           index)
{
  return object->members[index].value.repeats_name;
}
