/* ir-json-parse.c: the parser's containers, values and problems
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-json-private.h"

/* Problems ---------------------------------------------------------------- */

/* The path of what is being read, down to @depth containers. */
static void
append_path (IrJsonParser *p,
             GString      *path,
             guint         depth)
{
  for (guint i = 0; i < depth; i++)
    {
      if (p->frames[i].is_array)
        ir_content_path_append_index (path, p->frames[i].index);
      else if (p->frames[i].key != NULL)
        ir_content_path_append_member (path, p->frames[i].key, p->frames[i].key_length);
    }
}

void
ir_json_report (IrJsonParser   *p,
                gsize           offset,
                const char     *member,
                gsize           member_length,
                guint           depth,
                IrContentError  code,
                const char     *message)
{
  g_autoptr(GString) path = g_string_new ("$");
  IrContentProblem *problem;

  append_path (p, path, depth);
  if (member != NULL)
    ir_content_path_append_member (path, member, member_length);
  problem = ir_content_problem_new (code, p->file_name, path->str, message);
  if (p->lines == NULL)
    p->lines = ir_content_lines_new (p->data, p->length);
  ir_content_lines_find (p->lines, MIN (offset, p->length), &problem->line, &problem->column);
  g_ptr_array_add (p->problems, problem);
}

gboolean
ir_json_fail (IrJsonParser   *p,
              gsize           offset,
              IrContentError  code,
              const char     *message)
{
  ir_json_report (p, offset, NULL, 0, p->depth, code, message);
  return FALSE;
}

/* The bytes JSON allows outside strings. */
static const gboolean outside_strings[256] = {
  [' '] = TRUE, ['\t'] = TRUE, ['\n'] = TRUE, ['\r'] = TRUE,
  ['{'] = TRUE, ['}'] = TRUE, ['['] = TRUE, [']'] = TRUE, [':'] = TRUE, [','] = TRUE, ['"'] = TRUE,
  ['-'] = TRUE, ['+'] = TRUE, ['.'] = TRUE, ['e'] = TRUE, ['E'] = TRUE,
  ['0'] = TRUE, ['1'] = TRUE, ['2'] = TRUE, ['3'] = TRUE, ['4'] = TRUE,
  ['5'] = TRUE, ['6'] = TRUE, ['7'] = TRUE, ['8'] = TRUE, ['9'] = TRUE,
  ['t'] = TRUE, ['r'] = TRUE, ['u'] = TRUE, ['f'] = TRUE, ['a'] = TRUE,
  ['l'] = TRUE, ['s'] = TRUE, ['n'] = TRUE,
};

/* Something other than @expected is at the current position: says what,
 * as precisely as the byte allows. */
static gboolean
unexpected (IrJsonParser *p,
            const char   *expected)
{
  guchar c;
  g_autofree char *message = NULL;

  if (p->pos >= p->length)
    {
      gboolean empty = TRUE;

      for (gsize i = 0; i < p->length && empty; i++)
        empty = g_ascii_isspace (p->data[i]);
      if (empty)
        return ir_json_fail (p, 0, IR_CONTENT_ERROR_MALFORMED_JSON, "the file is empty");
      message = g_strdup_printf ("the file ends where %s should be", expected);
      return ir_json_fail (p, p->length, IR_CONTENT_ERROR_MALFORMED_JSON, message);
    }

  c = p->data[p->pos];
  if (c == '\0')
    return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_INVALID_TEXT, "a NUL byte");
  if (p->pos == 0 && p->length >= 3 && memcmp (p->data, "\xEF\xBB\xBF", 3) == 0)
    return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON,
                         "a byte order mark: save the file as UTF-8 without one");
  if (c == '/')
    return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON, "a comment, which JSON does not allow");
  if (c == '\'')
    return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON,
                         "a single quote: JSON strings take double quotes");
  if (c >= 0x80)
    {
      gunichar ch = g_utf8_get_char_validated (p->data + p->pos, p->length - p->pos);

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_INVALID_TEXT, "invalid UTF-8");
    }
  if (!outside_strings[c] && !g_ascii_isalpha (c))
    return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON,
                         "a character JSON does not allow outside strings");

  if (g_ascii_isalpha (c))
    message = g_strdup_printf ("expected %s, found a word JSON does not have "
                               "(text goes in double quotes; the words are true, false and null)", expected);
  else
    message = g_strdup_printf ("expected %s, found \"%c\"", expected, c);

  return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON, message);
}

/* Values ------------------------------------------------------------------ */

static inline void
skip_space (IrJsonParser *p)
{
  while (p->pos < p->length)
    {
      char c = p->data[p->pos];

      if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
        break;
      p->pos++;
    }
}

static gboolean
parse_word (IrJsonParser *p,
            IrJsonNode   *node,
            const char   *word,
            IrJsonType    type,
            gboolean      value)
{
  gsize n = strlen (word);

  /* "nullify" is no null. */
  if (p->length - p->pos < n || memcmp (p->data + p->pos, word, n) != 0 ||
      (p->length - p->pos > n && g_ascii_isalnum (p->data[p->pos + n])))
    return unexpected (p, "a value");

  node->type = type;
  node->boolean = value;
  p->pos += n;

  return TRUE;
}

static gboolean parse_value (IrJsonParser *p,
                             IrJsonNode   *node);

/* Enters the container whose bracket is at the current position. *@more
 * says whether anything comes before @close. */
static gboolean
open_container (IrJsonParser *p,
                gboolean      is_array,
                char          close,
                gboolean     *more)
{
  if (p->depth == p->max_depth)
    {
      g_autofree char *message = g_strdup_printf ("nested deeper than %u levels, more than the format ever needs",
                                                  p->max_depth);

      return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_TOO_DEEP, message);
    }

  p->frames[p->depth].is_array = is_array;
  p->frames[p->depth].index = 0;
  p->frames[p->depth].key = NULL;
  p->frames[p->depth].key_length = 0;
  p->depth++;
  p->pos++;

  skip_space (p);
  *more = p->pos >= p->length || p->data[p->pos] != close;
  if (!*more)
    p->pos++;

  return TRUE;
}

/* Room for one more child on a scratch stack of @size_of-byte items. */
static gpointer
grow (gpointer  items,
      gsize     n_items,
      gsize    *size,
      gsize     size_of)
{
  if (n_items < *size)
    return items;

  *size = MAX (64, *size * 2);
  return g_realloc_n (items, *size, size_of);
}

/* Moves the @n children of a container that has ended, from @mark of a
 * scratch stack, into the document. */
static gpointer
keep_children (IrJsonParser  *p,
               gconstpointer  stack,
               gsize          mark,
               guint32        n,
               gsize          size_of)
{
  gpointer kept = ir_json_document_alloc (p->document, n * size_of);

  /* Not for [] or {}: before the first child there may be no stack. */
  if (n > 0)
    memcpy (kept, (const char *) stack + mark * size_of, n * size_of);

  return kept;
}

/* The separator after a member or element: a missing one is reported just
 * after the value before it, where the comma belongs. */
static gboolean
parse_separator (IrJsonParser *p,
                 char          close,
                 gboolean     *more)
{
  char c;

  skip_space (p);
  c = p->pos < p->length ? p->data[p->pos] : '\0';
  if (c == close)
    {
      *more = FALSE;
      p->pos++;
      return TRUE;
    }
  if (c == ',')
    {
      gsize comma = p->pos++;

      skip_space (p);
      if (p->pos < p->length && p->data[p->pos] == close)
        return ir_json_fail (p, comma, IR_CONTENT_ERROR_MALFORMED_JSON,
                             "a comma before the end of the list: JSON does not allow a trailing comma");
      *more = TRUE;
      return TRUE;
    }

  if (p->pos < p->length && (outside_strings[(guchar) c] || g_ascii_isalpha (c)) && c != '\0')
    {
      g_autofree char *message = g_strdup_printf ("a comma or \"%c\" is missing after this", close);

      return ir_json_fail (p, p->value_end, IR_CONTENT_ERROR_MALFORMED_JSON, message);
    }

  return unexpected (p, close == ']' ? "a comma or \"]\"" : "a comma or \"}\"");
}

static gboolean
parse_array (IrJsonParser *p,
             IrJsonNode   *node)
{
  gsize mark = p->n_nodes;
  gboolean more;

  if (!open_container (p, TRUE, ']', &more))
    return FALSE;

  while (more)
    {
      IrJsonNode element;

      if (!parse_value (p, &element))
        return FALSE;
      p->nodes = grow (p->nodes, p->n_nodes, &p->nodes_size, sizeof (IrJsonNode));
      p->nodes[p->n_nodes++] = element;
      if (!parse_separator (p, ']', &more))
        return FALSE;
      if (more)
        p->frames[p->depth - 1].index++;
    }

  node->type = IR_JSON_ARRAY;
  node->length = p->n_nodes - mark;
  node->elements = keep_children (p, p->nodes, mark, node->length, sizeof (IrJsonNode));
  p->n_nodes = mark;
  p->depth--;

  return TRUE;
}

/* Members given twice: JSON allows it, but only the first is read, and a
 * slip like that silently loses text. */
static void
report_repeats (IrJsonParser *p,
                IrJsonMember *members,
                guint32       n)
{
  g_autoptr(GHashTable) seen = NULL;

  if (n > 16)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 i = 0; i < n; i++)
    {
      gboolean repeat = FALSE;

      if (seen != NULL)
        repeat = !g_hash_table_add (seen, (gpointer) members[i].name);
      else
        for (guint32 j = 0; j < i && !repeat; j++)
          repeat = members[j].name_length == members[i].name_length &&
                   memcmp (members[j].name, members[i].name, members[i].name_length) == 0;

      members[i].value.repeats_name = repeat;
      if (repeat)
        ir_json_report (p, members[i].offset, members[i].name, members[i].name_length, p->depth,
                        IR_CONTENT_ERROR_DUPLICATE_MEMBER, "given twice in one object: only the first is read");
    }
}

static gboolean
parse_object (IrJsonParser *p,
              IrJsonNode   *node)
{
  gsize mark = p->n_members;
  gboolean more;
  IrJsonFrame *frame;

  if (!open_container (p, FALSE, '}', &more))
    return FALSE;
  frame = &p->frames[p->depth - 1];

  while (more)
    {
      IrJsonMember member;

      frame->key = NULL;
      if (p->pos >= p->length || p->data[p->pos] != '"')
        return unexpected (p, "a member name in double quotes");
      member.offset = p->pos;
      if (!ir_json_parse_string (p, &member.name, &member.name_length, NULL))
        return FALSE;
      frame->key = member.name;
      frame->key_length = member.name_length;

      skip_space (p);
      if (p->pos >= p->length || p->data[p->pos] != ':')
        return unexpected (p, "a colon after the member name");
      p->pos++;
      if (!parse_value (p, &member.value))
        return FALSE;

      p->members = grow (p->members, p->n_members, &p->members_size, sizeof (IrJsonMember));
      p->members[p->n_members++] = member;
      if (!parse_separator (p, '}', &more))
        return FALSE;
    }

  frame->key = NULL;
  node->type = IR_JSON_OBJECT;
  node->length = p->n_members - mark;
  node->members = keep_children (p, p->members, mark, node->length, sizeof (IrJsonMember));
  p->n_members = mark;
  p->depth--;
  report_repeats (p, node->members, node->length);

  return TRUE;
}

static gboolean
parse_value (IrJsonParser *p,
             IrJsonNode   *node)
{
  gboolean ok;

  skip_space (p);
  if (p->pos >= p->length)
    return unexpected (p, "a value");

  memset (node, 0, sizeof *node);
  node->offset = p->pos;

  switch (p->data[p->pos])
    {
    case '{':
      ok = parse_object (p, node);
      break;
    case '[':
      ok = parse_array (p, node);
      break;
    case '"':
      node->type = IR_JSON_STRING;
      ok = ir_json_parse_string (p, &node->string, &node->length, &node->has_control);
      break;
    case '-':
    case '0' ... '9':
      ok = ir_json_parse_number (p, node);
      break;
    case 't':
      ok = parse_word (p, node, "true", IR_JSON_BOOLEAN, TRUE);
      break;
    case 'f':
      ok = parse_word (p, node, "false", IR_JSON_BOOLEAN, FALSE);
      break;
    case 'n':
      ok = parse_word (p, node, "null", IR_JSON_NULL, FALSE);
      break;
    default:
      return unexpected (p, "a value");
    }

  p->value_end = p->pos;

  return ok;
}

/* Parses @data. A file that is not JSON gets one problem, where reading
 * stopped, and no document; problems JSON itself allows (see the top of
 * ir-json.c) are added for a document that is returned. */
IrJsonDocument *
ir_json_document_parse (const char *file_name,
                        const char *data,
                        gsize       length,
                        guint       max_depth,
                        GPtrArray  *problems)
{
  g_autoptr(IrJsonDocument) document = NULL;
  g_autofree IrJsonFrame *frames = NULL;
  IrJsonParser p = {
    .file_name = file_name,
    .data = data,
    .length = length,
    .problems = problems,
    .max_depth = max_depth,
  };
  guint n_problems = problems->len;
  gboolean ok;

  if (length > IR_JSON_MAX_BYTES)
    {
      ir_json_fail (&p, 0, IR_CONTENT_ERROR_FAILED, "too big to read: 4 GiB or more");
      return NULL;
    }

  document = g_new0 (IrJsonDocument, 1);
  document->text = g_malloc (length + 1);
  document->length = length + 1;
  memcpy (document->text, data, length);
  document->text[length] = '\0';
  p.text = document->text;
  p.document = document;
  p.frames = frames = g_new (IrJsonFrame, MAX (max_depth, 1));

  ok = parse_value (&p, &document->root);
  if (ok)
    {
      skip_space (&p);
      if (p.pos < length && data[p.pos] == '\0')
        ok = ir_json_fail (&p, p.pos, IR_CONTENT_ERROR_INVALID_TEXT, "a NUL byte");
      else if (p.pos < length)
        ok = ir_json_fail (&p, p.pos, IR_CONTENT_ERROR_MALFORMED_JSON,
                           "more text after the end of the JSON document");
    }

  /* A file that is not JSON gets its one problem, not the ones the text
   * before it may have had: those may be misreadings. */
  if (!ok && problems->len > n_problems + 1)
    {
      IrContentProblem *fatal = g_ptr_array_steal_index (problems, problems->len - 1);

      g_ptr_array_set_size (problems, n_problems);
      g_ptr_array_add (problems, fatal);
    }

  g_free (p.nodes);
  g_free (p.members);
  g_clear_pointer (&p.lines, g_array_unref);

  return ok ? g_steal_pointer (&document) : NULL;
}
