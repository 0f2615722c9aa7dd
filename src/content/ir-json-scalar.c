/* ir-json-scalar.c: strings and numbers, the parser's innermost loops
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include "ir-json-private.h"

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits after "\u" at @at, or -1. */
static int
read_hex4 (IrJsonParser *p,
           gsize         at)
{
  int value = 0;

  if (p->length - at < 6)
    return -1;
  for (gsize i = at + 2; i < at + 6; i++)
    {
      int digit = hex_value (p->data[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Bytes that end the plain run of a string: a quote, a backslash, a
 * control character or a byte of a multibyte character (checked once per
 * string). */
static const gboolean string_special[256] = {
  [0x00 ... 0x1f] = TRUE, ['"'] = TRUE, ['\\'] = TRUE, [0x7f ... 0xff] = TRUE,
};

/* Reads the string whose opening quote is at the current position, and
 * decodes it in place. */
gboolean
ir_json_parse_string (IrJsonParser  *p,
                      const char   **string,
                      guint32       *string_length,
                      guint8        *has_control)
{
  gsize start = ++p->pos;
  gsize out = start;
  gboolean multibyte = FALSE;
  gboolean control = FALSE;
  const char *data = p->data;
  char *text = p->text;

  for (;;)
    {
      guchar c;

      /* Most of a file is plain text inside strings: it is copied only
       * once an escape has made the decoded text shorter. The loops read
       * the copy, which ends in a NUL (special, so no bounds test a byte)
       * and is still as read from where they are on. In locals: the
       * stores to text could otherwise alias p->pos. */
      gsize pos = p->pos;

      if (out == pos)
        {
          while (!string_special[(guchar) text[pos]])
            pos++;
          out = pos;
        }
      else
        {
          while (!string_special[(guchar) text[pos]])
            text[out++] = text[pos++];
        }
      p->pos = pos;

      if (p->pos >= p->length)
        return ir_json_fail (p, start - 1, IR_CONTENT_ERROR_MALFORMED_JSON,
                             "the string does not end: its closing quote is missing");

      c = data[p->pos];
      if (c == '"')
        break;
      if (c == '\0')
        return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_INVALID_TEXT, "a NUL byte");
      if (c != '\\')
        {
          /* Kept, for the validator to report with the rest of the
           * string's problems: JSON forbids only C0 unescaped, and
           * allows all of them escaped. */
          multibyte |= c >= 0x80;
          control |= c < 0x20 || c == 0x7f ||
                     (c == 0xc2 && p->pos + 1 < p->length && (guchar) data[p->pos + 1] >= 0x80 &&
                      (guchar) data[p->pos + 1] <= 0x9f);
          text[out++] = c;
          p->pos++;
          continue;
        }

      /* What is left is an escape. (strchr() finds the NUL too.) */
      if (p->pos + 1 >= p->length || data[p->pos + 1] == '\0' || strchr ("\"\\/bfnrtu", data[p->pos + 1]) == NULL)
        return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON,
                             "an escape JSON does not have: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");

      switch (data[p->pos + 1])
        {
        case 'b': text[out++] = '\b'; control = TRUE; break;
        case 'f': text[out++] = '\f'; control = TRUE; break;
        case 'n': text[out++] = '\n'; control = TRUE; break;
        case 'r': text[out++] = '\r'; control = TRUE; break;
        case 't': text[out++] = '\t'; control = TRUE; break;
        case 'u':
          {
            int unit = read_hex4 (p, p->pos);
            gunichar ch = unit;
            gsize escape = p->pos;

            if (unit < 0)
              return ir_json_fail (p, p->pos, IR_CONTENT_ERROR_MALFORMED_JSON, "\\u needs four hex digits");
            p->pos += 6;
            if (unit >= 0xd800 && unit <= 0xdbff && p->length - p->pos >= 6 &&
                data[p->pos] == '\\' && data[p->pos + 1] == 'u')
              {
                int low = read_hex4 (p, p->pos);

                if (low >= 0xdc00 && low <= 0xdfff)
                  {
                    ch = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    p->pos += 6;
                  }
              }
            if (ch == 0 || (ch >= 0xd800 && ch <= 0xdfff))
              {
                /* Reported, and kept out of the text: a NUL would end the
                 * string early, and half a pair is not a character. */
                ir_json_report (p, escape, NULL, 0, p->depth, IR_CONTENT_ERROR_INVALID_TEXT,
                                ch == 0 ? "a NUL character (\\u0000), which would cut the text short"
                                        : "half of a UTF-16 surrogate pair, which is not a character");
                ch = 0xfffd;
              }
            control |= ch < 0x20 || (ch >= 0x7f && ch <= 0x9f);
            /* Six bytes of escape make at most three of UTF-8, twelve
             * at most four: the text never outgrows its escapes. */
            out += g_unichar_to_utf8 (ch, text + out);
            continue;
          }
        default:
          text[out++] = data[p->pos + 1];
          break;
        }
      p->pos += 2;
    }

  if (multibyte)
    {
      const char *end;

      if (!g_utf8_validate_len (data + start, p->pos - start, &end))
        return ir_json_fail (p, end - data, IR_CONTENT_ERROR_INVALID_TEXT, "invalid UTF-8");
    }

  text[out] = '\0';
  p->pos++;
  *string = text + start;
  *string_length = out - start;
  if (has_control != NULL)
    *has_control = control;

  return TRUE;
}

static gsize
skip_digits (IrJsonParser *p)
{
  gsize start = p->pos;

  while (p->pos < p->length && g_ascii_isdigit (p->data[p->pos]))
    p->pos++;

  return p->pos - start;
}

gboolean
ir_json_parse_number (IrJsonParser *p,
                      IrJsonNode   *node)
{
  gsize start = p->pos;
  gboolean integer = TRUE;
  char buffer[64];
  g_autofree char *copy = NULL;
  const char *digits;
  char *end;

  if (p->data[p->pos] == '-')
    p->pos++;
  if (p->pos < p->length && p->data[p->pos] == '0')
    p->pos++;
  else if (skip_digits (p) == 0)
    goto bad;
  if (p->pos < p->length && p->data[p->pos] == '.')
    {
      p->pos++;
      integer = FALSE;
      if (skip_digits (p) == 0)
        goto bad;
    }
  if (p->pos < p->length && (p->data[p->pos] == 'e' || p->data[p->pos] == 'E'))
    {
      p->pos++;
      integer = FALSE;
      if (p->pos < p->length && (p->data[p->pos] == '+' || p->data[p->pos] == '-'))
        p->pos++;
      if (skip_digits (p) == 0)
        goto bad;
    }
  /* Nor are 012, 12px or 1.5.2. */
  if (p->pos < p->length && (g_ascii_isalnum (p->data[p->pos]) || p->data[p->pos] == '.'))
    goto bad;

  /* A copy that ends where the number does: strtod() would read "0x1"
   * as hex. */
  if (p->pos - start < sizeof buffer)
    {
      memcpy (buffer, p->data + start, p->pos - start);
      buffer[p->pos - start] = '\0';
      digits = buffer;
    }
  else
    digits = copy = g_strndup (p->data + start, p->pos - start);

  node->type = IR_JSON_NUMBER;
  if (integer)
    {
      errno = 0;
      node->integer = g_ascii_strtoll (digits, &end, 10);
      /* Past a gint64, it is read as a double, as json-glib did not. */
      node->is_integer = errno != ERANGE;
    }
  if (!node->is_integer)
    node->number = g_ascii_strtod (digits, &end);

  return TRUE;

bad:
  p->pos = start;
  return ir_json_fail (p, start, IR_CONTENT_ERROR_MALFORMED_JSON,
                       "not a number JSON allows: write it as 12, -3, 0.5 or 1e6, without leading zeros");
}
