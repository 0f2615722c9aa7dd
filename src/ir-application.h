/* ir-application.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "content/ir-catalog.h"

G_BEGIN_DECLS

#define IR_TYPE_APPLICATION (ir_application_get_type ())

G_DECLARE_FINAL_TYPE (IrApplication, ir_application, IR, APPLICATION, AdwApplication)

IrApplication *ir_application_new               (const char        *application_id,
                                                 GApplicationFlags  flags);
GSettings     *ir_application_get_settings      (IrApplication     *self);
IrCatalog     *ir_application_get_catalog       (IrApplication     *self);
const char    *ir_application_get_initial_topic (IrApplication     *self);

G_END_DECLS
