/* ir-frame-probe.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Hooks for the benchmark and the screenshot tools, driven by environment
 * variables so that they never show up in --help:
 *
 *   IR_GUIDE_EXIT_AFTER_FIRST_FRAME=1  print "first-frame USEC" (monotonic
 *                                      clock) after the first paint, then quit
 *   IR_GUIDE_SCREENSHOT=FILE.png       save the window as PNG once it has
 *                                      settled, then quit
 *
 * SETTLED_FUNC, when given, runs once the window has settled (a page
 * finishes building in the frame after its first), with or without those
 * two; only then does IR_GUIDE_EXIT_AFTER_FIRST_FRAME quit.
 */
typedef void (*IrFrameProbeFunc) (GtkWindow *window,
                                  gpointer   user_data);

void     ir_frame_probe_watch        (GtkWindow  *window);
void     ir_frame_probe_watch_full   (GtkWindow        *window,
                                      IrFrameProbeFunc  settled_func,
                                      gpointer          user_data);
gboolean ir_frame_probe_save_png     (GtkWidget  *widget,
                                      const char *path,
                                      GError    **error);

G_END_DECLS
