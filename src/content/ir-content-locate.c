/* ir-content-locate.c: the line and column of a JSON path
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading keeps no positions: that would slow every start-up for the sake
 * of the rare broken bundle. When a file has problems, it is parsed again
 * here with JsonParser's signals, which say where the parser is after each
 * member and element; the start of the next one is found by skipping the
 * separators after that point.
 */

#include "config.h"

#include <string.h>

#include "ir-content-private.h"

typedef struct _Node Node;

struct _Node
{
  char      *key;          /* NULL for array elements */
  guint      index;
  gsize      start;        /* byte offset of the key or the element */
  gsize      cursor;       /* containers: just after the last event */
  GPtrArray *children;     /* containers only */
};

typedef struct
{
  const char *data;
  gsize       len;
  GArray     *lines;       /* byte offset of the start of each line */
  GPtrArray  *stack;
  GPtrArray  *all;         /* owns every node */
  Node       *root;
  Node       *closed;      /* the container that ended last, if no event came since */
} Locator;

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->key);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_free (node);
}

static gsize
current_offset (Locator    *l,
                JsonParser *parser)
{
  guint line = json_parser_get_current_line (parser);
  guint pos = json_parser_get_current_pos (parser);
  gsize offset;

  if (line == 0 || line > l->lines->len)
    return l->len;

  offset = g_array_index (l->lines, gsize, line - 1) + pos;
  return MIN (offset, l->len);
}

static gsize
skip_separators (Locator *l,
                 gsize    offset)
{
  while (offset < l->len && strchr (" \t\r\n,:", l->data[offset]) != NULL)
    offset++;

  return offset;
}

static void
on_container_start (JsonParser *parser,
                    Locator    *l)
{
  Node *node = g_new0 (Node, 1);
  gsize after = current_offset (l, parser);

  node->children = g_ptr_array_new ();
  node->cursor = after;
  node->start = after > 0 ? after - 1 : 0;
  g_ptr_array_add (l->all, node);
  if (l->root == NULL)
    l->root = node;
  g_ptr_array_add (l->stack, node);
  l->closed = NULL;
}

static void
on_container_end (JsonParser *parser,
                  gpointer    container,
                  Locator    *l)
{
  if (l->stack->len == 0)
    return;

  l->closed = g_ptr_array_steal_index (l->stack, l->stack->len - 1);
}

static void
add_child (Locator    *l,
           JsonParser *parser,
           const char *key,
           guint       index)
{
  Node *parent, *child;

  if (l->stack->len == 0)
    return;

  parent = g_ptr_array_index (l->stack, l->stack->len - 1);
  child = l->closed;
  if (child == NULL)
    {
      child = g_new0 (Node, 1);
      g_ptr_array_add (l->all, child);
    }
  child->key = g_strdup (key);
  child->index = index;
  child->start = skip_separators (l, parent->cursor);
  g_ptr_array_add (parent->children, child);
  parent->cursor = current_offset (l, parser);
  l->closed = NULL;
}

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *name,
                  Locator    *l)
{
  add_child (l, parser, name, 0);
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  guint       index,
                  Locator    *l)
{
  add_child (l, parser, NULL, index);
}

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
              if (*p == '\\' && p[1] == 'u')
                {
                  g_string_append_c (key, (char) g_ascii_strtoull (p + 2, NULL, 16));
                  p += MIN (strlen (p) - 1, 5);
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

static Node *
find_child (Node       *node,
            const char *step)
{
  Node *found = NULL;

  if (node->children == NULL)
    return NULL;

  for (guint i = 0; i < node->children->len; i++)
    {
      Node *child = g_ptr_array_index (node->children, i);

      if (step[0] == 'i' ? (child->key == NULL &&
                            child->index == g_ascii_strtoull (step + 1, NULL, 10))
                         : g_strcmp0 (child->key, step + 1) == 0)
        found = child;  /* json-glib keeps the last of duplicate members */
    }

  return found;
}

static void
locate_problem (Locator          *l,
                IrContentProblem *problem)
{
  g_autoptr(GPtrArray) steps = split_path (problem->path);
  Node *node = l->root;
  guint line;

  for (guint i = 0; node != NULL && i < steps->len; i++)
    {
      Node *child = find_child (node, g_ptr_array_index (steps, i));

      if (child == NULL)
        break;
      node = child;
    }

  if (node == NULL)
    return;

  /* The last line whose start is at or before the offset. */
  for (line = l->lines->len; line > 1; line--)
    if (g_array_index (l->lines, gsize, line - 1) <= node->start)
      break;
  problem->line = line;
  problem->column = node->start - g_array_index (l->lines, gsize, line - 1) + 1;
}

static void
locate_file (IrContentFile *file,
             GPtrArray     *problems)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  Locator l = { 0, };

  l.data = g_bytes_get_data (file->bytes, &l.len);
  l.lines = g_array_new (FALSE, FALSE, sizeof (gsize));
  l.stack = g_ptr_array_new ();
  l.all = g_ptr_array_new_with_free_func (node_free);

  g_array_append_val (l.lines, (gsize) { 0 });
  for (gsize i = 0; i < l.len; i++)
    if (l.data[i] == '\n')
      g_array_append_val (l.lines, (gsize) { i + 1 });

  g_signal_connect (parser, "object-start", G_CALLBACK (on_container_start), &l);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_container_start), &l);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_container_end), &l);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_container_end), &l);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &l);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &l);

  /* It parsed once already, so it parses again. */
  if (json_parser_load_from_data (parser, l.data, l.len, NULL))
    {
      for (guint i = 0; i < problems->len; i++)
        {
          IrContentProblem *problem = g_ptr_array_index (problems, i);

          if (problem->line == 0 && g_strcmp0 (problem->file, file->name) == 0)
            locate_problem (&l, problem);
        }
    }

  g_array_unref (l.lines);
  g_ptr_array_unref (l.stack);
  g_ptr_array_unref (l.all);
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

      if (file->parser == NULL)
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
