/* ir-search-result.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-topic.h"

G_BEGIN_DECLS

#define IR_TYPE_SEARCH_RESULT (ir_search_result_get_type ())

G_DECLARE_FINAL_TYPE (IrSearchResult, ir_search_result, IR, SEARCH_RESULT, GObject)

IrTopic    *ir_search_result_get_topic   (IrSearchResult *self);
/* Plain text around the first match; never markup. */
const char *ir_search_result_get_snippet (IrSearchResult *self);
/* The snippet as Pango markup, escaped, with the words that matched in
 * bold. */
const char *ir_search_result_get_snippet_markup (IrSearchResult *self);
guint       ir_search_result_get_score   (IrSearchResult *self);

G_END_DECLS
