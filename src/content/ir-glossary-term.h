/* ir-glossary-term.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define IR_TYPE_GLOSSARY_TERM (ir_glossary_term_get_type ())

G_DECLARE_FINAL_TYPE (IrGlossaryTerm, ir_glossary_term, IR, GLOSSARY_TERM, GObject)

const char *ir_glossary_term_get_id         (IrGlossaryTerm *self);
const char *ir_glossary_term_get_term       (IrGlossaryTerm *self);
/* Still holds inline tokens: show it through ir_inline_to_markup(). */
const char *ir_glossary_term_get_definition (IrGlossaryTerm *self);

G_END_DECLS
