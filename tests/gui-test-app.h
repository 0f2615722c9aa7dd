/* gui-test-app.h: the application the GUI tests drive
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ir-application.h"

/* Registered but not run: each test makes and destroys its own windows. */
static IrApplication *app;

static inline void
gui_test_init (int    *argc,
               char ***argv)
{
  gtk_test_init (argc, argv, NULL);

  app = ir_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
}

static inline int
gui_test_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);

  return status;
}
