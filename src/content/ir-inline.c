/* ir-inline.c: {term:ID|label} and {topic:ID|label} tokens in paragraphs
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-content-private.h"

static gboolean
fail (gsize        offset,
      gsize       *error_offset,
      char       **error_message,
      const char  *message)
{
  if (error_offset != NULL)
    *error_offset = offset;
  if (error_message != NULL)
    *error_message = g_strdup (message);

  return FALSE;
}

static gboolean
emit_text (const char   *text,
           const char   *start,
           const char   *end,
           IrInlineFunc  func,
           gpointer      user_data)
{
  IrInlinePiece piece = { IR_INLINE_TEXT, start, end - start, NULL, 0, start - text };

  if (end == start)
    return TRUE;

  return func (&piece, user_data);
}

gboolean
ir_inline_parse (const char    *text,
                 IrInlineFunc   func,
                 gpointer       user_data,
                 gsize         *error_offset,
                 char         **error_message)
{
  const char *run = text;
  const char *p = text;

  g_return_val_if_fail (text != NULL, FALSE);

  /* strpbrk() rather than a loop: it reads many bytes at a time, and
   * most of a paragraph is plain text. */
  while ((p = strpbrk (p, "{}")) != NULL)
    {
      IrInlinePiece piece = { 0, };
      const char *close, *bar, *id;

      if (*p == '}')
        return fail (p - text, error_offset, error_message,
                     "a '}' without its '{': braces are only for {term:…} and {topic:…} links");

      if (strncmp (p + 1, "term:", 5) == 0)
        {
          piece.kind = IR_INLINE_TERM;
          id = p + 6;
        }
      else if (strncmp (p + 1, "topic:", 6) == 0)
        {
          piece.kind = IR_INLINE_TOPIC;
          id = p + 7;
        }
      else
        return fail (p - text, error_offset, error_message,
                     "a link must start with {term: or {topic:");

      close = strpbrk (id, "{}");
      if (close == NULL || *close != '}')
        return fail (p - text, error_offset, error_message, "a link without its closing '}'");

      bar = memchr (id, '|', close - id);
      piece.text = id;
      piece.text_len = (bar != NULL ? bar : close) - id;
      piece.offset = p - text;
      for (gsize i = 0; i < piece.text_len; i++)
        {
          char c = id[i];

          if (!(g_ascii_islower (c) || g_ascii_isdigit (c) || c == '-'))
            return fail (p - text, error_offset, error_message,
                         "a link's id is lowercase letters, digits and dashes");
        }
      if (piece.text_len == 0)
        return fail (p - text, error_offset, error_message, "a link without an id");
      if (bar != NULL)
        {
          piece.label = bar + 1;
          piece.label_len = close - piece.label;
          if (memchr (piece.label, '|', piece.label_len) != NULL)
            return fail (p - text, error_offset, error_message, "a link's label may not contain '|'");
          if (ir_content_is_blank (piece.label, piece.label_len))
            return fail (p - text, error_offset, error_message, "a link with an empty label");
        }

      if (!emit_text (text, run, p, func, user_data) || !func (&piece, user_data))
        return TRUE;
      p = run = close + 1;
    }

  emit_text (text, run, run + strlen (run), func, user_data);

  return TRUE;
}

typedef struct
{
  const char *original;
  gboolean    kept;      /* so far, each link is one the original has */
} LinkCheck;

static gboolean
link_is_original (const IrInlinePiece *piece,
                  gpointer             user_data)
{
  LinkCheck *check = user_data;
  const char *opener = piece->kind == IR_INLINE_TERM ? "{term:" : "{topic:";
  gsize opener_len = strlen (opener);

  if (piece->kind == IR_INLINE_TEXT)
    return TRUE;

  for (const char *p = strstr (check->original, opener); p != NULL; p = strstr (p + 1, opener))
    {
      const char *id = p + opener_len;

      if (strncmp (id, piece->text, piece->text_len) == 0 &&
          (id[piece->text_len] == '|' || id[piece->text_len] == '}'))
        return TRUE;
    }

  check->kept = FALSE;
  return FALSE;
}

gboolean
ir_inline_links_kept (const char *translation,
                      const char *original)
{
  LinkCheck check = { original, TRUE };

  g_return_val_if_fail (translation != NULL && original != NULL, FALSE);

  return ir_inline_parse (translation, link_is_original, &check, NULL, NULL) && check.kept;
}

/* The text a link shows when it has no label of its own. */
static char *
default_label (const IrInlinePiece *piece,
               IrCatalog           *catalog)
{
  g_autofree char *id = g_strndup (piece->text, piece->text_len);

  if (catalog != NULL && piece->kind == IR_INLINE_TERM)
    {
      IrGlossaryTerm *term = ir_catalog_lookup_term (catalog, id);

      if (term != NULL)
        return g_strdup (ir_glossary_term_get_term (term));
    }
  else if (catalog != NULL && piece->kind == IR_INLINE_TOPIC)
    {
      IrTopic *topic = ir_catalog_lookup_topic (catalog, id);

      if (topic != NULL)
        return g_strdup (ir_topic_get_title (topic));
    }

  return g_strdelimit (g_steal_pointer (&id), "-", ' ');
}

typedef struct
{
  GString   *out;
  IrCatalog *catalog;
  gboolean   markup;
} Render;

/* Whether the text rendered so far ends where a sentence starts: nothing
 * yet, or a stop, with only spaces, opening quotes or brackets after it.
 * In markup, tags are passed over, and a quote reads as the entity
 * g_markup_escape_text() made of it. */
static gboolean
at_sentence_start (Render *render)
{
  GString *out = render->out;
  const char *p = out->str + out->len;

  while (p > out->str)
    {
      gunichar c;

      p = g_utf8_find_prev_char (out->str, p);
      c = g_utf8_get_char (p);
      /* Content text is escaped, so a '>' ends a link's own tag: the
       * sentence is decided by the text before it. */
      if (render->markup && c == '>')
        {
          while (p > out->str && *p != '<')
            p--;
          continue;
        }
      if (render->markup && c == ';')
        {
          gsize before = p - out->str;

          if (before >= 5 && (strncmp (p - 5, "&quot", 5) == 0 || strncmp (p - 5, "&apos", 5) == 0))
            p -= 5;
          else if (before >= 4 && strncmp (p - 4, "&#39", 4) == 0)
            p -= 4;
          else
            return FALSE;
          continue;
        }
      if (g_unichar_isspace (c) || strchr ("(\"'", (int) c) != NULL || c == 0x00BF || c == 0x00A1
          || c == 0x201C || c == 0x00AB)
        continue;
      return c == '.' || c == '!' || c == '?' || c == ':';
    }

  return TRUE;
}

/* Topic titles are in sentence case ("Venous malformation"); inside a
 * sentence their first word reads as a common noun. Acronyms ("CT scan",
 * "MRI") keep their capitals. */
static char *
title_in_sentence (const char *title)
{
  gunichar first = g_utf8_get_char (title);
  const char *rest = g_utf8_next_char (title);
  char buffer[6];
  int len;

  if (!g_unichar_isupper (first) || *rest == '\0' || !g_unichar_islower (g_utf8_get_char (rest)))
    return g_strdup (title);

  len = g_unichar_to_utf8 (g_unichar_tolower (first), buffer);
  return g_strdup_printf ("%.*s%s", len, buffer, rest);
}

static void
append_text (Render     *render,
             const char *text,
             gssize      len)
{
  if (render->markup)
    {
      g_autofree char *escaped = g_markup_escape_text (text, len);

      g_string_append (render->out, escaped);
    }
  else
    g_string_append_len (render->out, text, len);
}

static gboolean
render_piece (const IrInlinePiece *piece,
              gpointer             user_data)
{
  Render *render = user_data;
  g_autofree char *label = NULL;

  if (piece->kind == IR_INLINE_TEXT)
    {
      append_text (render, piece->text, piece->text_len);
      return TRUE;
    }

  if (piece->label != NULL)
    label = g_strndup (piece->label, piece->label_len);
  else
    label = default_label (piece, render->catalog);

  if (piece->label == NULL && piece->kind == IR_INLINE_TOPIC && !at_sentence_start (render))
    {
      char *lowered = title_in_sentence (label);

      g_free (label);
      label = lowered;
    }

  if (!render->markup)
    {
      g_string_append (render->out, label);
      return TRUE;
    }

  /* The id is only [a-z0-9-] (the parser checks), so it needs no escaping. */
  g_string_append_printf (render->out, "<a href=\"%s:%.*s\">",
                          piece->kind == IR_INLINE_TERM ? "term" : "topic",
                          (int) piece->text_len, piece->text);
  append_text (render, label, -1);
  g_string_append (render->out, "</a>");

  return TRUE;
}

static char *
render (const char *text,
        IrCatalog  *catalog,
        gboolean    markup)
{
  Render r = { g_string_new (NULL), catalog, markup };

  g_return_val_if_fail (text != NULL, NULL);

  /* A validated bundle has no malformed tokens; text from elsewhere that
   * does is shown as written rather than dropped. */
  if (!ir_inline_parse (text, render_piece, &r, NULL, NULL))
    {
      g_string_truncate (r.out, 0);
      append_text (&r, text, -1);
    }

  return g_string_free (r.out, FALSE);
}

char *
ir_inline_to_markup (const char *text,
                     IrCatalog  *catalog)
{
  return render (text, catalog, TRUE);
}

char *
ir_inline_to_plain (const char *text,
                    IrCatalog  *catalog)
{
  return render (text, catalog, FALSE);
}
