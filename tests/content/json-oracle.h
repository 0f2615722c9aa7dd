/* json-oracle.h: the content parser checked against json-glib
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib is the reference: on a document both take, the trees must be
 * the same. It is more lenient (comments, single quotes, trailing text),
 * so only one direction holds: what IR Guide's parser takes cleanly,
 * json-glib takes too, except raw control characters inside strings, some
 * of which json-glib refuses and IR Guide leaves for the validator to
 * report.
 */

#pragma once

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "ir-content-private.h"

/* Why @ours and @theirs differ, or NULL when they do not. */
static inline char *
json_oracle_compare (const IrJsonNode *ours,
                     JsonNode         *theirs,
                     const char       *path)
{
  switch ((IrJsonType) ours->type)
    {
    case IR_JSON_NULL:
      return JSON_NODE_HOLDS_NULL (theirs) ? NULL : g_strdup_printf ("%s: null differs", path);

    case IR_JSON_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (theirs) || json_node_get_value_type (theirs) != G_TYPE_BOOLEAN ||
          json_node_get_boolean (theirs) != ours->boolean)
        return g_strdup_printf ("%s: boolean differs", path);
      return NULL;

    case IR_JSON_NUMBER:
      {
        double mine = ours->is_integer ? (double) ours->integer : ours->number;
        double other;

        if (!JSON_NODE_HOLDS_VALUE (theirs) ||
            (json_node_get_value_type (theirs) != G_TYPE_INT64 && json_node_get_value_type (theirs) != G_TYPE_DOUBLE))
          return g_strdup_printf ("%s: number differs in type", path);
        /* Past 2^53 each rounds, or saturates, in its own way. */
        other = json_node_get_value_type (theirs) == G_TYPE_INT64 ? (double) json_node_get_int (theirs)
                                                                   : json_node_get_double (theirs);
        /* json-glib reads numbers with its own scanner: a last-digit
         * rounding difference is no disagreement. */
        if (fabs (mine) < 9007199254740992.0 && mine != other && fabs (mine - other) > 1e-9 * fabs (mine))
          return g_strdup_printf ("%s: %g, json-glib %g", path, mine, other);
        if ((json_node_get_value_type (theirs) == G_TYPE_INT64) != ours->is_integer && fabs (mine) < 9e18)
          return g_strdup_printf ("%s: integer or not differs", path);
        return NULL;
      }

    case IR_JSON_STRING:
      if (!JSON_NODE_HOLDS_VALUE (theirs) || json_node_get_value_type (theirs) != G_TYPE_STRING)
        return g_strdup_printf ("%s: string differs in type", path);
      if (strlen (ours->string) != ours->length || strcmp (ours->string, json_node_get_string (theirs)) != 0)
        return g_strdup_printf ("%s: \"%s\", json-glib \"%s\"", path, ours->string, json_node_get_string (theirs));
      return NULL;

    case IR_JSON_ARRAY:
      {
        JsonArray *array = JSON_NODE_HOLDS_ARRAY (theirs) ? json_node_get_array (theirs) : NULL;

        if (array == NULL || json_array_get_length (array) != ours->length)
          return g_strdup_printf ("%s: array differs", path);
        for (guint32 i = 0; i < ours->length; i++)
          {
            g_autofree char *inner = g_strdup_printf ("%s[%u]", path, i);
            char *why = json_oracle_compare (&ours->elements[i], json_array_get_element (array, i), inner);

            if (why != NULL)
              return why;
          }
        return NULL;
      }

    case IR_JSON_OBJECT:
      {
        JsonObject *object = JSON_NODE_HOLDS_OBJECT (theirs) ? json_node_get_object (theirs) : NULL;

        /* Repeated members are reported, not compared: json-glib keeps
         * the last. */
        if (object == NULL || json_object_get_size (object) != ours->length)
          return g_strdup_printf ("%s: object differs in size", path);
        for (guint32 i = 0; i < ours->length; i++)
          {
            const IrJsonMember *member = &ours->members[i];
            g_autofree char *inner = g_strdup_printf ("%s.%s", path, member->name);
            JsonNode *other = json_object_get_member (object, member->name);
            char *why;

            if (other == NULL)
              return g_strdup_printf ("%s: json-glib lacks the member", inner);
            if ((why = json_oracle_compare (&member->value, other, inner)) != NULL)
              return why;
          }
        return NULL;
      }

    default:
      return g_strdup_printf ("%s: unknown type %d", path, ours->type);
    }
}

/* Whether a string of @data, JSON that IR Guide's parser took, holds a
 * raw control character. */
static inline gboolean
json_oracle_raw_control_in_string (const char *data,
                                   gsize       length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (in_string && data[i] == '\\')
        i++;
      else if (data[i] == '"')
        in_string = !in_string;
      else if (in_string && (guchar) data[i] < 0x20)
        return TRUE;
    }

  return FALSE;
}

/* Parses @data with both; NULL when they agree. A document IR Guide's
 * parser refuses, or takes with problems, is not compared. */
static inline char *
json_oracle_check (const char *data,
                   gsize       length)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);
  g_autoptr(IrJsonDocument) document = ir_json_document_parse ("oracle.json", data, length, IR_CONTENT_MAX_DEPTH,
                                                               problems);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;

  if (document == NULL || problems->len > 0)
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      if (json_oracle_raw_control_in_string (data, length))
        return NULL;
      return g_strdup_printf ("json-glib refuses what IR Guide takes: %s", error->message);
    }

  return json_oracle_compare (ir_json_document_get_root (document), json_parser_get_root (parser), "$");
}
