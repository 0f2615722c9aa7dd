/* ir-content-locate.c: the line and column of a JSON path
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The validator names problems by JSON path, which it has at hand; the
 * parse tree keeps the offset of every value and member, so the rare
 * problem is given its line and column here, after validation.
 */

#include "config.h"

#include <string.h>

#include "ir-content-private.h"

/* Splits a path written by ir_content_path_append_*() back into steps:
 * "kNAME" for a member, "iN" for an element. */
static GPtrArray *
split_path (const char *path)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func (g_free);
  const char *p = path;

  if (*p == '$')
    p++;

  while (*p != '\0')
    {
      if (*p == '.')
        {
          gsize n = strcspn (p + 1, ".[");

          g_ptr_array_add (steps, g_strdup_printf ("k%.*s", (int) n, p + 1));
          p += 1 + n;
        }
      else if (p[0] == '[' && p[1] == '"')
        {
          GString *key = g_string_new ("k");

          for (p += 2; *p != '\0' && *p != '"'; p++)
            {
              if (*p == '\\' && p[1] == 'u' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
                  g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]))
                {
                  /* ir_content_path_append_member() writes \u00XX: one byte. */
                  g_string_append_c (key, (char) (g_ascii_xdigit_value (p[4]) * 16 + g_ascii_xdigit_value (p[5])));
                  p += 5;
                }
              else
                {
                  if (*p == '\\' && p[1] != '\0')
                    p++;
                  g_string_append_c (key, *p);
                }
            }
          g_ptr_array_add (steps, g_string_free (key, FALSE));
          p += *p == '"' ? 1 : 0;
          p += *p == ']' ? 1 : 0;
        }
      else if (*p == '[')
        {
          char *end;
          guint64 index = g_ascii_strtoull (p + 1, &end, 10);

          if (end == p + 1)
            break;
          g_ptr_array_add (steps, g_strdup_printf ("i%" G_GUINT64_FORMAT, index));
          p = *end == ']' ? end + 1 : end;
        }
      else
        break;
    }

  return steps;
}

/* Objects with more members than this get a table of them, made for the
 * first problem in them: a file with thousands of problems in one big
 * object would otherwise be scanned from the start for each. */
#define INDEXED_MEMBERS 32

/* The first member named @name: the one the validator reads. */
static const IrJsonMember *
find_member (GHashTable       *indexes,
             const IrJsonNode *object,
             const char       *name)
{
  gsize length = strlen (name);

  if (object->length > INDEXED_MEMBERS)
    {
      GHashTable *index = g_hash_table_lookup (indexes, object);

      if (index == NULL)
        {
          index = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint32 m = 0; m < object->length; m++)
            if (!object->members[m].value.repeats_name)
              g_hash_table_insert (index, (gpointer) object->members[m].name, &object->members[m]);
          g_hash_table_insert (indexes, (gpointer) object, index);
        }

      return g_hash_table_lookup (index, name);
    }

  for (guint32 m = 0; m < object->length; m++)
    if (object->members[m].name_length == length && memcmp (object->members[m].name, name, length) == 0)
      return &object->members[m];

  return NULL;
}

/* Where the path's last step starts: a member's name, or an element. */
static gsize
find_offset (GHashTable       *indexes,
             const IrJsonNode *root,
             GPtrArray        *steps)
{
  const IrJsonNode *node = root;
  gsize offset = root->offset;

  for (guint i = 0; i < steps->len; i++)
    {
      const char *step = g_ptr_array_index (steps, i);
      const IrJsonNode *child = NULL;

      if (step[0] == 'i' && node->type == IR_JSON_ARRAY)
        {
          guint64 index = g_ascii_strtoull (step + 1, NULL, 10);

          if (index < node->length)
            {
              child = &node->elements[index];
              offset = child->offset;
            }
        }
      else if (step[0] == 'k' && node->type == IR_JSON_OBJECT)
        {
          const IrJsonMember *member = find_member (indexes, node, step + 1);

          if (member != NULL)
            {
              child = &member->value;
              offset = member->offset;
            }
        }

      if (child == NULL)
        break;
      node = child;
    }

  return offset;
}

static void
locate_file (IrContentFile *file,
             GPtrArray     *problems)
{
  gsize length;
  const char *data = g_bytes_get_data (file->bytes, &length);
  g_autoptr(GArray) lines = ir_content_lines_new (data, length);
  g_autoptr(GHashTable) indexes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; i < problems->len; i++)
    {
      IrContentProblem *problem = g_ptr_array_index (problems, i);
      g_autoptr(GPtrArray) steps = NULL;

      if (problem->line != 0 || g_strcmp0 (problem->file, file->name) != 0)
        continue;

      steps = split_path (problem->path);
      ir_content_lines_find (lines, find_offset (indexes, ir_json_document_get_root (file->json), steps),
                             &problem->line, &problem->column);
    }
}

/* Gives a line and column to every problem that lacks one. */
void
ir_content_locate (GPtrArray *files,
                   GPtrArray *problems)
{
  for (guint i = 0; i < files->len; i++)
    {
      IrContentFile *file = g_ptr_array_index (files, i);
      gboolean needed = FALSE;

      if (file->json == NULL)
        continue;

      for (guint j = 0; j < problems->len && !needed; j++)
        {
          IrContentProblem *problem = g_ptr_array_index (problems, j);

          needed = problem->line == 0 && g_strcmp0 (problem->file, file->name) == 0;
        }
      if (needed)
        locate_file (file, problems);
    }
}
