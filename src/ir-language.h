/* ir-language.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The value of the "language" setting and of --language that means the
 * desktop's own language. */
#define IR_LANGUAGE_SYSTEM "system"

void                ir_language_init             (int           argc,
                                                  char        **argv);
const char * const *ir_language_get_codes        (void);
const char         *ir_language_get_native_name  (const char   *code);
gboolean            ir_language_is_known         (const char   *code);
gboolean            ir_language_is_rtl           (const char   *code);
char               *ir_language_find_option      (int           argc,
                                                  char        **argv);
gboolean            ir_language_apply            (const char   *code,
                                                  GError      **error);
const char         *ir_language_get_applied      (void);
const char         *ir_language_get_effective    (void);
char              **ir_language_relaunch_argv    (const char   *code,
                                                  const char   *topic_id);
gboolean            ir_language_relaunch         (const char   *code,
                                                  const char   *topic_id,
                                                  GError      **error);

G_END_DECLS
