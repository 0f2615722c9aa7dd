/* adw-preload.c: loaded into gtk4-builder-tool with LD_PRELOAD so that it
 * knows libadwaita's types, which it cannot load by itself.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

void ir_adw_preload_init (void) __attribute__ ((constructor));

void
ir_adw_preload_init (void)
{
  /* Registers every public Adw type, which GtkBuilder then finds by name. */
  adw_init ();
}
