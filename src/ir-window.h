/* ir-window.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ir-application.h"

G_BEGIN_DECLS

#define IR_TYPE_WINDOW (ir_window_get_type ())

G_DECLARE_FINAL_TYPE (IrWindow, ir_window, IR, WINDOW, AdwApplicationWindow)

IrWindow   *ir_window_new            (IrApplication *application);
gboolean    ir_window_show_topic     (IrWindow      *self,
                                      const char    *topic_id);
gboolean    ir_window_open_topic     (IrWindow      *self,
                                      const char    *topic_id);
const char *ir_window_get_topic_id   (IrWindow      *self);
char       *ir_window_describe       (IrWindow      *self);
void        ir_window_scroll_to_cards (IrWindow     *self);

G_END_DECLS
