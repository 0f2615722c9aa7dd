/* ir-content-parse.c: one file's JSON, parsed, with every problem located
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-content-private.h"

void
ir_content_file_free (IrContentFile *file)
{
  if (file == NULL)
    return;

  g_free (file->name);
  g_clear_pointer (&file->bytes, g_bytes_unref);
  g_clear_object (&file->parser);
  g_free (file);
}

/* Paths ------------------------------------------------------------------- */

static gboolean
is_plain_member (const char *name,
                 gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '_' && name[i] != '-')
      return FALSE;

  return TRUE;
}

void
ir_content_path_append_member (GString    *path,
                               const char *name,
                               gssize      len)
{
  if (len < 0)
    len = strlen (name);

  if (is_plain_member (name, len))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, len);
      return;
    }

  /* Anything else is quoted, so that a path can always be read back. */
  g_string_append (path, "[\"");
  for (gssize i = 0; i < len; i++)
    {
      guchar c = name[i];

      if (c == '"' || c == '\\')
        g_string_append_printf (path, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (path, "\\u%04x", c);
      else
        g_string_append_c (path, c);
    }
  g_string_append (path, "\"]");
}

void
ir_content_path_append_index (GString *path,
                              guint    index)
{
  char digits[16];
  gsize n = sizeof digits;

  /* Not printf: the validator calls this for every array element, and
   * formatting was a seventh of validating. */
  do
    digits[--n] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_string_append_c (path, '[');
  g_string_append_len (path, digits + n, sizeof digits - n);
  g_string_append_c (path, ']');
}

void
ir_content_offset_to_position (const char *data,
                               gsize       offset,
                               guint      *line,
                               guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < data + offset; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          line_start = p + 1;
        }
    }
  *column = (data + offset - line_start) + 1;
}

/* Pre-scan ---------------------------------------------------------------- */

/* More members than any object of the format has; past this many, a
 * repeated one goes unnoticed. */
#define SCAN_MAX_KEYS 32

typedef struct
{
  gboolean    is_array;
  gboolean    expect_key;
  guint       index;
  const char *key;       /* raw, still escaped */
  gsize       key_len;
  guint       n_keys;    /* the members seen so far, for repeats */
  const char *keys[SCAN_MAX_KEYS];
  gsize       key_lens[SCAN_MAX_KEYS];
} ScanFrame;

static void
scan_path (GString   *path,
           ScanFrame *frames,
           guint      depth)
{
  g_string_assign (path, "$");
  for (guint i = 0; i < depth; i++)
    {
      if (frames[i].is_array)
        ir_content_path_append_index (path, frames[i].index);
      else if (frames[i].key != NULL && !frames[i].expect_key)
        ir_content_path_append_member (path, frames[i].key, frames[i].key_len);
    }
}

/* A problem the scan finds in text json-glib would take. */
typedef struct
{
  gsize           offset;
  char           *path;
  IrContentError  code;
  const char     *message;
} ScanNote;

static void
scan_note_free (ScanNote *note)
{
  g_free (note->path);
  g_free (note);
}

typedef enum
{
  SCAN_DONE,
  SCAN_TOO_DEEP,
  SCAN_NOT_JSON,   /* json-glib's leniency: see scan_json() */
  SCAN_STOPPED,
} ScanStatus;

/* The bytes JSON allows outside strings: white space, punctuation, and
 * those of numbers, true, false and null. A table: the scan asks of every
 * byte. */
static const gboolean json_outside_strings[256] = {
  [' '] = TRUE, ['\t'] = TRUE, ['\n'] = TRUE, ['\r'] = TRUE,
  ['{'] = TRUE, ['}'] = TRUE, ['['] = TRUE, [']'] = TRUE, [':'] = TRUE, [','] = TRUE,
  ['-'] = TRUE, ['+'] = TRUE, ['.'] = TRUE, ['e'] = TRUE, ['E'] = TRUE,
  ['0'] = TRUE, ['1'] = TRUE, ['2'] = TRUE, ['3'] = TRUE, ['4'] = TRUE,
  ['5'] = TRUE, ['6'] = TRUE, ['7'] = TRUE, ['8'] = TRUE, ['9'] = TRUE,
  ['t'] = TRUE, ['r'] = TRUE, ['u'] = TRUE, ['f'] = TRUE, ['a'] = TRUE,
  ['l'] = TRUE, ['s'] = TRUE, ['n'] = TRUE,
};

static void
add_note (GPtrArray      *notes,
          gsize           offset,
          ScanFrame      *frames,
          guint           depth,
          IrContentError  code,
          const char     *message)
{
  ScanNote *note = g_new (ScanNote, 1);
  g_autoptr(GString) path = g_string_new (NULL);

  scan_path (path, frames, depth);
  note->offset = offset;
  note->path = g_string_free_and_steal (g_steal_pointer (&path));
  note->code = code;
  note->message = message;
  g_ptr_array_add (notes, note);
}

/* Whether the member just read is one its object already has. Keys are
 * compared as written: "\u0074itle" and "title" count as two. */
static gboolean
scan_key_repeats (ScanFrame *frame)
{
  for (guint k = 0; k < frame->n_keys; k++)
    if (frame->key_lens[k] == frame->key_len && memcmp (frame->keys[k], frame->key, frame->key_len) == 0)
      return TRUE;

  if (frame->n_keys < SCAN_MAX_KEYS)
    {
      frame->keys[frame->n_keys] = frame->key;
      frame->key_lens[frame->n_keys] = frame->key_len;
      frame->n_keys++;
    }

  return FALSE;
}

/* A byte scan of the JSON text before json-glib sees it: it bounds the
 * nesting, it names the JSON path of an offset (json-glib reports only
 * line and column for the errors it finds), and it holds the text to JSON
 * where json-glib is lenient. With @notes, a full scan also:
 * - stops at comments, single quotes and other bytes JSON has no place for
 *   outside strings, and at anything after the document, which json-glib
 *   would take, or skip, without a word (SCAN_NOT_JSON, @notes' last);
 * - notes members given twice in one object (JSON allows it, and json-glib
 *   keeps the last, so a typo would silently lose text), and \u0000 in a
 *   string, where json-glib's string would end without a word.
 * It trusts nothing: on malformed input it stops or gives a rough path,
 * never reads past @len. */
static ScanStatus
scan_json (const char *data,
           gsize       len,
           gsize       stop,
           gsize      *where,
           GString    *path,
           GPtrArray  *notes)
{
  ScanFrame frames[IR_CONTENT_MAX_DEPTH];
  guint depth = 0;
  gsize i = 0;
  gboolean root_seen = FALSE;  /* the document's value has started */
  gboolean in_scalar = FALSE;  /* inside a top-level number, true, false or null */
  gsize end = MIN (len, stop);

  while (i < end)
    {
      char c = data[i];

      if (notes != NULL)
        {
          gboolean allowed = c == '"' || json_outside_strings[(guchar) c];
          gboolean after_end = FALSE;

          /* At the top level, any value after the first is more text. */
          if (depth == 0 && g_ascii_isspace (c))
            in_scalar = FALSE;
          else if (depth == 0 && allowed && !in_scalar)
            {
              after_end = root_seen;
              root_seen = TRUE;
              in_scalar = strchr ("{}[]:,\"", c) == NULL;
            }

          if (!allowed || after_end)
            {
              *where = i;
              scan_path (path, frames, depth);
              add_note (notes, i, frames, depth, IR_CONTENT_ERROR_MALFORMED_JSON,
                        after_end ? "more text after the end of the JSON document"
                        : i == 0 && len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0
                        ? "a byte order mark: save the file as UTF-8 without one"
                        : c == '/' ? "a comment, which JSON does not allow"
                        : c == '\'' ? "a single quote: JSON strings take double quotes"
                        : "a character JSON does not allow outside strings");
              return SCAN_NOT_JSON;
            }
        }

      if (c == '{' || c == '[')
        {
          if (depth == IR_CONTENT_MAX_DEPTH)
            {
              *where = i;
              scan_path (path, frames, depth);
              return SCAN_TOO_DEEP;
            }
          /* Not a compound literal: zeroing the key arrays of every
           * object and array would cost more than the whole scan. */
          frames[depth].is_array = c == '[';
          frames[depth].expect_key = c == '{';
          frames[depth].index = 0;
          frames[depth].key = NULL;
          frames[depth].key_len = 0;
          frames[depth].n_keys = 0;
          depth++;
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
      else if (c == ',' && depth > 0)
        {
          frames[depth - 1].index++;
          frames[depth - 1].expect_key = !frames[depth - 1].is_array;
        }
      else if (c == ':' && depth > 0)
        frames[depth - 1].expect_key = FALSE;
      else if (c == '"')
        {
          gsize start = ++i;

          /* Most of a file is inside strings: one test a byte here. */
          while (i < end && data[i] != '"')
            {
              if (G_LIKELY (data[i] != '\\'))
                {
                  i++;
                  continue;
                }
              /* json-glib takes \x41 as "x41", silently. */
              if (notes != NULL &&
                  (i + 1 >= len || data[i + 1] == '\0' || strchr ("\"\\/bfnrtu", data[i + 1]) == NULL))
                {
                  *where = i;
                  scan_path (path, frames, depth);
                  add_note (notes, i, frames, depth, IR_CONTENT_ERROR_MALFORMED_JSON,
                            "an escape JSON does not have: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
                  return SCAN_NOT_JSON;
                }
              if (notes != NULL && len - i >= 6 && memcmp (data + i + 1, "u0000", 5) == 0)
                add_note (notes, i, frames, depth, IR_CONTENT_ERROR_INVALID_TEXT,
                          "a NUL character (\\u0000), which would cut the text short");
              i += 2;
            }
          if (depth > 0 && frames[depth - 1].expect_key)
            {
              /* Between members the path names the object; from its name
               * on, the member. */
              frames[depth - 1].expect_key = FALSE;
              frames[depth - 1].key = data + start;
              frames[depth - 1].key_len = MIN (i, len) - start;
              if (notes != NULL && i < len && scan_key_repeats (&frames[depth - 1]))
                add_note (notes, start - 1, frames, depth, IR_CONTENT_ERROR_DUPLICATE_MEMBER,
                          "given twice in one object: only the last would be kept");
            }
          if (i >= end)
            break;
        }
      i++;
    }

  *where = MIN (i, len);
  scan_path (path, frames, depth);

  return i >= stop ? SCAN_STOPPED : SCAN_DONE;
}

static void
add_located (GPtrArray      *problems,
             IrContentError  code,
             const char     *name,
             const char     *data,
             gsize           offset,
             const char     *path,
             const char     *message)
{
  IrContentProblem *problem = ir_content_problem_new (code, name, path, message);

  ir_content_offset_to_position (data, offset, &problem->line, &problem->column);
  g_ptr_array_add (problems, problem);
}

/* json-glib puts the position in the message: "<data>:LINE:COL: Parse
 * error: …". */
static gboolean
split_parse_error (const char  *message,
                   guint       *line,
                   guint       *column,
                   const char **rest)
{
  for (const char *p = strchr (message, ':'); p != NULL; p = strchr (p + 1, ':'))
    {
      char *end;
      guint64 l, c;

      l = g_ascii_strtoull (p + 1, &end, 10);
      if (end == p + 1 || *end != ':')
        continue;
      c = g_ascii_strtoull (end + 1, &end, 10);
      if (*end != ':')
        continue;
      *line = (guint) MIN (l, G_MAXUINT);
      *column = (guint) MIN (c, G_MAXUINT);
      *rest = end + 1;
      while (**rest == ' ')
        (*rest)++;
      if (g_str_has_prefix (*rest, "Parse error: "))
        *rest += strlen ("Parse error: ");
      return TRUE;
    }

  return FALSE;
}

IrContentFile *
ir_content_parse (const char *name,
                  GBytes     *bytes,
                  GPtrArray  *problems)
{
  g_autoptr(IrContentFile) file = g_new0 (IrContentFile, 1);
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  ScanStatus status;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *invalid = NULL;
  gsize where;

  file->name = g_strdup (name);
  file->bytes = g_bytes_ref (bytes);
  if (data == NULL)
    data = "";

  if (!g_utf8_validate_len (data, len, &invalid))
    {
      scan_json (data, len, invalid - data, &where, path, NULL);
      add_located (problems, IR_CONTENT_ERROR_INVALID_TEXT, name, data, invalid - data, path->str,
                   *invalid == '\0' ? "a NUL byte" : "invalid UTF-8");
      return g_steal_pointer (&file);
    }

  notes = g_ptr_array_new_with_free_func ((GDestroyNotify) scan_note_free);
  status = scan_json (data, len, G_MAXSIZE, &where, path, notes);
  if (status == SCAN_TOO_DEEP)
    {
      add_located (problems, IR_CONTENT_ERROR_TOO_DEEP, name, data, where, path->str,
                   "nested deeper than " G_STRINGIFY (IR_CONTENT_MAX_DEPTH)
                   " levels, more than the format ever needs");
      return g_steal_pointer (&file);
    }
  if (status == SCAN_NOT_JSON)
    {
      ScanNote *note = g_ptr_array_index (notes, notes->len - 1);

      add_located (problems, note->code, name, data, note->offset, note->path, note->message);
      return g_steal_pointer (&file);
    }

  /* Not json_parser_new_immutable(): json-glib 1.10 asserts when an
   * immutable parser's root is a bare value (the fuzzer found it). */
  file->parser = json_parser_new ();
  if (!json_parser_load_from_data (file->parser, data, len, &error) ||
      json_parser_get_root (file->parser) == NULL)
    {
      IrContentProblem *problem;
      const char *rest = error != NULL ? error->message : "the file is empty";
      guint line = 1, column = 1;

      if (error != NULL && split_parse_error (error->message, &line, &column, &rest))
        {
          const char *p = data;

          /* Name the path of the place json-glib stopped at. The data
           * need not end in a NUL. */
          for (guint l = 1; l < line && p != NULL; l++)
            if ((p = memchr (p, '\n', data + len - p)) != NULL)
              p++;
          if (p != NULL)
            scan_json (data, len, MIN ((gsize) (p - data) + column, len), &where, path, NULL);
        }
      problem = ir_content_problem_new (IR_CONTENT_ERROR_MALFORMED_JSON, name, path->str, rest);
      problem->line = line;
      problem->column = column;
      g_ptr_array_add (problems, problem);
      g_clear_object (&file->parser);
      /* On malformed JSON the scan's idea of the nesting, and so its
       * notes, may be wrong. */
      return g_steal_pointer (&file);
    }

  for (guint i = 0; i < notes->len; i++)
    {
      ScanNote *note = g_ptr_array_index (notes, i);

      add_located (problems, note->code, name, data, note->offset, note->path, note->message);
    }

  return g_steal_pointer (&file);
}
