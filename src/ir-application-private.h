/* ir-application-private.h: what ir-application.c and its command line share
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "content/ir-catalog.h"

G_BEGIN_DECLS

/* Each writes to standard output or standard error, in the user's
 * language, and never needs a display. */
void     ir_application_print_problems   (GPtrArray  *problems);
int      ir_application_validate_content (const char *path);
void     ir_application_list_topics      (IrCatalog  *catalog);
void     ir_application_print_search     (IrCatalog  *catalog,
                                          const char *text);
void     ir_application_list_languages   (void);
/* Prints the closest ids when there is no topic @id. */
gboolean ir_application_check_topic      (IrCatalog  *catalog,
                                          const char *id);

G_END_DECLS
