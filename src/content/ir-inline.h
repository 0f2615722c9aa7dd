/* ir-inline.h: the inline link tokens of paragraphs
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _IrCatalog IrCatalog;

typedef enum
{
  IR_INLINE_TEXT,
  IR_INLINE_TERM,
  IR_INLINE_TOPIC,
} IrInlineKind;

/* One piece of a paragraph. Pointers point into the paragraph and are not
 * NUL-terminated: use the lengths. */
typedef struct
{
  IrInlineKind  kind;
  const char   *text;       /* the text, or the token's id */
  gsize         text_len;
  const char   *label;      /* the token's label after '|', or NULL */
  gsize         label_len;
  gsize         offset;     /* byte offset of the piece in the paragraph */
} IrInlinePiece;

/* Calls @func for every piece of @text in order, and stops early when it
 * returns FALSE. Returns FALSE and fills @error_offset and @error_message
 * (both optional) when @text has a malformed token. */
typedef gboolean (*IrInlineFunc) (const IrInlinePiece *piece,
                                  gpointer             user_data);

gboolean  ir_inline_parse      (const char    *text,
                                IrInlineFunc   func,
                                gpointer       user_data,
                                gsize         *error_offset,
                                char         **error_message);

/* Whether @translation parses, and links only ids that @original links,
 * each with the same kind of token: a translation that does not is
 * replaced by its original, so that a slip can neither break a page nor
 * make a link that leads nowhere. */
gboolean  ir_inline_links_kept (const char    *translation,
                                const char    *original);

/* Pango markup: every piece of content text is escaped, tokens become
 * <a href="term:ID"> and <a href="topic:ID"> links. @catalog gives the
 * labels of tokens that have none; it may be NULL. */
char     *ir_inline_to_markup  (const char    *text,
                                IrCatalog     *catalog);
/* The text as a reader sees it, tokens replaced by their labels. */
char     *ir_inline_to_plain   (const char    *text,
                                IrCatalog     *catalog);

G_END_DECLS
