/* ir-section.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define IR_TYPE_SECTION (ir_section_get_type ())

G_DECLARE_FINAL_TYPE (IrSection, ir_section, IR, SECTION, GObject)

const char *ir_section_get_id     (IrSection *self);
const char *ir_section_get_title  (IrSection *self);
GListModel *ir_section_get_topics (IrSection *self);

G_END_DECLS
