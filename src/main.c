/* main.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "ir-application.h"
#include "ir-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(IrApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *language = NULL;
  const char *localedir;

  /* Lets an uninstalled build (meson devenv, the tests) find its catalogs. */
  localedir = g_getenv ("IR_GUIDE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Before anything can start a thread: it changes the environment. */
  ir_language_init (argc, argv);
  language = ir_language_find_option (argc, argv);
  if (!ir_language_apply (language != NULL ? language : IR_LANGUAGE_SYSTEM, &error))
    {
      setlocale (LC_ALL, "");
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  app = ir_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
