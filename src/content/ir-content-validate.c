/* ir-content-validate.c: every rule of data/content/README.md
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-content-validator.h"

const char * const ir_validator_table_members[3] = { "sections", "topics", "glossary" };
const char * const ir_validator_table_nouns[3] = { "section", "topic", "glossary term" };

void
ir_validator_id_entry_free (gpointer data)
{
  IdEntry *entry = data;

  g_free (entry->file);
  g_free (entry->path);
  g_free (entry);
}

void
ir_validator_problem (Validator      *v,
                      IrContentError  code,
                      const char     *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (v->problems, ir_content_problem_new (code, v->file, v->path->str, message));
}

gsize
ir_validator_push_member (Validator  *v,
                          const char *name)
{
  gsize mark = v->path->len;

  ir_content_path_append_member (v->path, name, -1);
  return mark;
}

gsize
ir_validator_push_index (Validator *v,
                         guint      index)
{
  gsize mark = v->path->len;

  ir_content_path_append_index (v->path, index);
  return mark;
}

void
ir_validator_pop (Validator *v,
                  gsize      mark)
{
  g_string_truncate (v->path, mark);
}

const char *
ir_validator_type_name (const IrJsonNode *node)
{
  switch ((IrJsonType) node->type)
    {
    case IR_JSON_OBJECT:
      return "an object";
    case IR_JSON_ARRAY:
      return "an array";
    case IR_JSON_NULL:
      return "null";
    case IR_JSON_STRING:
      return "a string";
    case IR_JSON_BOOLEAN:
      return "true or false";
    case IR_JSON_NUMBER:
    default:
      return "a number";
    }
}

/* Suggestions ------------------------------------------------------------- */

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }

  return row[lb];
}

typedef struct
{
  const char *id;
  guint       distance;
} Suggestion;

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const Suggestion *x = a, *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* The candidates within a few edits of @unknown, or that contain it or are
 * contained in it ("picc" for "picc-line"), closest first. */
char **
ir_content_suggest (const char * const *candidates,
                    guint               n_candidates,
                    const char         *unknown,
                    guint               max_results)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Suggestion));
  guint limit = MAX (2, strlen (unknown) / 3);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n_candidates; i++)
    {
      Suggestion s = { candidates[i], edit_distance (unknown, candidates[i]) };

      if (strlen (unknown) >= 3 && (strstr (candidates[i], unknown) || strstr (unknown, candidates[i])))
        s.distance = MIN (s.distance, 1);
      if (s.distance <= limit)
        g_array_append_val (found, s);
    }
  g_array_sort (found, compare_suggestions);

  for (guint i = 0; i < found->len && i < max_results; i++)
    g_ptr_array_add (result, g_strdup (g_array_index (found, Suggestion, i).id));
  g_ptr_array_add (result, NULL);

  return (char **) g_ptr_array_free (result, FALSE);
}

void
ir_validator_unknown_reference (Validator  *v,
                                guint       table,
                                const char *id)
{
  g_auto(GStrv) close = NULL;

  /* The id may be in the file that did not parse: that file's own problem
   * comes first, and alone, rather than behind a list of false ones. */
  if (v->ids_incomplete)
    return;

  if (v->candidates[table] == NULL)
    {
      v->candidates[table] = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, v->ids[table]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (v->candidates[table], key);
    }

  close = ir_content_suggest ((const char * const *) v->candidates[table]->pdata,
                              v->candidates[table]->len, id, 1);
  if (close[0] != NULL)
    ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_REFERENCE, "no %s has the id \"%s\"; did you mean \"%s\"?",
                          ir_validator_table_nouns[table], id, close[0]);
  else
    ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_REFERENCE, "no %s has the id \"%s\"",
                          ir_validator_table_nouns[table], id);
}

/* Values ------------------------------------------------------------------ */

const IrJsonNode *
ir_validator_expect_object (Validator        *v,
                            const IrJsonNode *node)
{
  if (node->type == IR_JSON_OBJECT)
    return node;

  ir_validator_problem (v, IR_CONTENT_ERROR_WRONG_TYPE, "expected an object, found %s", ir_validator_type_name (node));
  return NULL;
}

const IrJsonNode *
ir_validator_expect_array (Validator        *v,
                           const IrJsonNode *node,
                           gboolean          non_empty)
{
  if (node->type != IR_JSON_ARRAY)
    {
      ir_validator_problem (v, IR_CONTENT_ERROR_WRONG_TYPE, "expected an array, found %s", ir_validator_type_name (node));
      return NULL;
    }

  if (non_empty && node->length == 0)
    ir_validator_problem (v, IR_CONTENT_ERROR_MISSING_FIELD, "needs at least one entry");

  return node;
}

/* Control characters (C0, DEL, C1) have no place in a paragraph: a
 * paragraph is one line of text. */
gboolean
ir_content_check_text (const char  *text,
                       char       **message)
{
  const guchar *p = (const guchar *) text;

  if (!g_utf8_validate (text, -1, NULL))
    {
      *message = g_strdup ("invalid UTF-8");
      return FALSE;
    }

  for (; *p != '\0'; p++)
    {
      /* Printable ASCII, nearly every byte, in one comparison. */
      if ((guchar) (*p - 0x20) < 0x5f)
        continue;
      if (*p < 0x20 || *p == 0x7f || (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f))
        {
          *message = g_strdup_printf ("a control character (U+%04X) at byte %u: a string is one line of text",
                                      *p == 0xc2 ? p[1] : *p, (guint) (p - (const guchar *) text));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_link (const IrInlinePiece *piece,
            gpointer             user_data)
{
  Validator *v = user_data;
  guint table = piece->kind == IR_INLINE_TERM ? TERMS : TOPICS;
  char id[128];

  /* Ids are short; one that is not cannot be in the table anyway. */
  if (piece->kind == IR_INLINE_TEXT)
    return TRUE;

  g_strlcpy (id, piece->text, MIN (sizeof id, piece->text_len + 1));
  if (piece->text_len >= sizeof id || !g_hash_table_contains (v->ids[table], id))
    {
      g_autofree char *full = g_strndup (piece->text, piece->text_len);

      ir_validator_unknown_reference (v, table, full);
    }

  return TRUE;
}

static gboolean
is_date (const char *text)
{
  guint64 y, m, d;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = g_ascii_strtoull (text, NULL, 10);
  m = g_ascii_strtoull (text + 5, NULL, 10);
  d = g_ascii_strtoull (text + 8, NULL, 10);

  return y >= 1 && g_date_valid_dmy (d, m, y);
}

const char *
ir_validator_expect_string (Validator        *v,
                            const IrJsonNode *node,
                            TextFlags         flags)
{
  g_autofree char *message = NULL;
  const char *text;
  gsize offset;

  if (node->type != IR_JSON_STRING)
    {
      ir_validator_problem (v, IR_CONTENT_ERROR_WRONG_TYPE, "expected a string, found %s", ir_validator_type_name (node));
      return NULL;
    }

  text = node->string;
  /* The parser has checked the UTF-8, and marked what needs a closer look. */
  if (node->has_control && !ir_content_check_text (text, &message))
    {
      ir_validator_problem (v, IR_CONTENT_ERROR_INVALID_TEXT, "%s", message);
      return NULL;
    }
  if (ir_content_is_blank (text, node->length))
    {
      ir_validator_problem (v, IR_CONTENT_ERROR_EMPTY_STRING, "the string is empty");
      return NULL;
    }

  if ((flags & TEXT_ID) && !ir_content_is_valid_id (text))
    ir_validator_problem (v, IR_CONTENT_ERROR_BAD_ID, "\"%s\" is not an id: use lowercase letters, digits and single dashes", text);
  else if ((flags & TEXT_DATE) && !is_date (text))
    ir_validator_problem (v, IR_CONTENT_ERROR_BAD_DATE, "\"%s\" is not a date written YYYY-MM-DD", text);
  else if ((flags & TEXT_PLAIN) && strpbrk (text, "{}") != NULL)
    ir_validator_problem (v, IR_CONTENT_ERROR_BAD_TOKEN, "links and braces are only allowed in paragraphs and definitions");
  else if ((flags & TEXT_INLINE) && !ir_inline_parse (text, check_link, v, &offset, &message))
    ir_validator_problem (v, IR_CONTENT_ERROR_BAD_TOKEN, "at byte %" G_GSIZE_FORMAT ": %s", offset, message);
  else
    return text;

  return NULL;
}

/* Reports members that are not in @allowed, and the first @n_required of
 * @allowed that are missing. */
void
ir_validator_check_members (Validator          *v,
                            const IrJsonNode   *object,
                            const char * const *allowed,
                            guint               n_required)
{
  for (guint32 m = 0; m < object->length; m++)
    {
      const char *name = object->members[m].name;

      if (!g_strv_contains (allowed, name) && !ir_json_object_is_repeat (object, m))
        {
          gsize mark = ir_validator_push_member (v, name);

          ir_validator_problem (v, IR_CONTENT_ERROR_UNKNOWN_FIELD, "unknown member \"%s\"", name);
          ir_validator_pop (v, mark);
        }
    }

  for (guint i = 0; i < n_required; i++)
    if (ir_json_object_get (object, allowed[i]) == NULL)
      ir_validator_problem (v, IR_CONTENT_ERROR_MISSING_FIELD, "missing the required member \"%s\"", allowed[i]);
}

const char *
ir_validator_string_member (Validator        *v,
                            const IrJsonNode *object,
                            const char       *name,
                            TextFlags         flags)
{
  const IrJsonNode *node = ir_json_object_get (object, name);
  const char *text;
  gsize mark;

  if (node == NULL)
    return NULL;

  mark = ir_validator_push_member (v, name);
  text = ir_validator_expect_string (v, node, flags);
  ir_validator_pop (v, mark);

  return text;
}

void
ir_validator_string_array_member (Validator        *v,
                                  const IrJsonNode *object,
                                  const char       *name,
                                  TextFlags         flags)
{
  const IrJsonNode *node = ir_json_object_get (object, name);
  const IrJsonNode *array;
  gsize mark;

  if (node == NULL)
    return;

  mark = ir_validator_push_member (v, name);
  if ((array = ir_validator_expect_array (v, node, TRUE)) != NULL)
    {
      for (guint i = 0; i < array->length; i++)
        {
          gsize item = ir_validator_push_index (v, i);

          ir_validator_expect_string (v, &array->elements[i], flags);
          ir_validator_pop (v, item);
        }
    }
  ir_validator_pop (v, mark);
}
