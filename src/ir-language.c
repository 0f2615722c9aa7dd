/* ir-language.c: the language IR Guide is shown in, chosen by the family
 * rather than by the desktop.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why re-execute instead of re-translating in place: gettext reads LANGUAGE
 * and the locale from the environment, and setenv() is unsafe once GLib,
 * GTK or D-Bus have started threads. Strings from GtkBuilder templates,
 * menus and the content bundle are translated once, when they are built.
 * So the language is set in main(), before any thread exists, and a switch
 * from the menu starts IR Guide again on the same topic with --language.
 * Every string then comes from one consistent catalog, with no code path
 * that has to remember to re-translate itself.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ir-language.h"

typedef struct
{
  const char *code;
  const char *native_name;   /* never translated: a family finds its own */
  const char *locale;        /* for gettext when the desktop runs in C */
  gboolean    rtl;
} LanguageInfo;

/* English is the source language; the others must be in po/LINGUAS too. */
static const LanguageInfo known_languages[] = {
  { "en", "English", "en_US.UTF-8", FALSE },
  { "es", "Español", "es_ES.UTF-8", FALSE },
  { "fr", "Français", "fr_FR.UTF-8", FALSE },
  { "ar", "العربية", "ar_EG.UTF-8", TRUE },
};

/* Environment variables that hold the desktop's own settings while a chosen
 * language overrides them, so that "System Language" can bring them back. */
#define SAVED_MARK "IR_GUIDE_SYSTEM_LOCALE_SAVED"
static const char * const locale_variables[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

static char **saved_argv;
static const char *applied_code;

static const LanguageInfo *
lookup (const char *code)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (known_languages); i++)
    if (g_str_equal (known_languages[i].code, code))
      return &known_languages[i];

  return NULL;
}

/* Remembers the command line, for a relaunch. */
void
ir_language_init (int    argc,
                  char **argv)
{
  g_strfreev (saved_argv);
  saved_argv = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    saved_argv[i] = g_strdup (argv[i]);
}

/* English first, then every language in po/LINGUAS, in that order. */
const char * const *
ir_language_get_codes (void)
{
  static GStrv codes;

  if (g_once_init_enter_pointer (&codes))
    {
      g_auto(GStrv) shipped = g_strsplit (SHIPPED_LANGUAGES, " ", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      g_strv_builder_add (builder, "en");
      for (guint i = 0; shipped[i] != NULL; i++)
        if (*shipped[i] != '\0' && !g_str_equal (shipped[i], "en"))
          g_strv_builder_add (builder, shipped[i]);

      g_once_init_leave_pointer (&codes, g_strv_builder_end (builder));
    }

  return (const char * const *) codes;
}

gboolean
ir_language_is_known (const char *code)
{
  return code != NULL && g_strv_contains (ir_language_get_codes (), code);
}

/* A language without an entry above is named by its code, which the tests
 * catch before it ships. */
const char *
ir_language_get_native_name (const char *code)
{
  const LanguageInfo *info = lookup (code);

  return info != NULL ? info->native_name : code;
}

gboolean
ir_language_is_rtl (const char *code)
{
  const LanguageInfo *info = lookup (code);

  return info != NULL && info->rtl;
}

/* The value of --language=CODE or --language CODE, or NULL. */
char *
ir_language_find_option (int    argc,
                         char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_has_prefix (argv[i], "--language="))
        return g_strdup (argv[i] + strlen ("--language="));
      if (g_str_equal (argv[i], "--language") && i + 1 < argc)
        return g_strdup (argv[i + 1]);
    }

  return NULL;
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX") || g_str_has_prefix (name, "C.");
}

static void
save_or_restore_system_locale (void)
{
  if (g_getenv (SAVED_MARK) == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (locale_variables); i++)
        {
          g_autofree char *key = g_strconcat ("IR_GUIDE_SYSTEM_", locale_variables[i], NULL);
          const char *value = g_getenv (locale_variables[i]);

          g_setenv (key, value != NULL ? value : "", TRUE);
        }
      g_setenv (SAVED_MARK, "1", TRUE);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (locale_variables); i++)
    {
      g_autofree char *key = g_strconcat ("IR_GUIDE_SYSTEM_", locale_variables[i], NULL);
      const char *value = g_getenv (key);

      if (value != NULL && *value != '\0')
        g_setenv (locale_variables[i], value, TRUE);
      else
        g_unsetenv (locale_variables[i]);
    }
}

/* gettext ignores LANGUAGE when the messages locale is C or C.UTF-8, as on
 * many servers, containers and kiosk sessions. Give it a real one, changing
 * nothing but the messages category. */
static void
ensure_messages_locale (const char *code)
{
  const LanguageInfo *info = lookup (code);
  const char *candidates[] = { info != NULL ? info->locale : NULL, "en_US.UTF-8", "C.UTF-8" };
  const char *lc_all = g_getenv ("LC_ALL");

  if (!is_c_locale (setlocale (LC_MESSAGES, "")))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      if (candidates[i] == NULL || is_c_locale (candidates[i]) || setlocale (LC_MESSAGES, candidates[i]) == NULL)
        continue;

      /* LC_ALL would win over LC_MESSAGES; LANG keeps its other categories. */
      if (lc_all != NULL && *lc_all != '\0')
        {
          g_setenv ("LANG", lc_all, TRUE);
          g_unsetenv ("LC_ALL");
        }
      g_setenv ("LC_MESSAGES", candidates[i], TRUE);
      return;
    }

  /* English (or C) needs no locale of its own. Not translated, and plain
   * quotes: with no locale for the language, neither could be shown. */
  if (!g_str_has_prefix (code, "en") && !is_c_locale (code))
    g_printerr ("No locale is installed that lets IR Guide show \"%s\"; it stays in English.\n", code);
}

/* Switches gettext to CODE (or back to the desktop's language for
 * IR_LANGUAGE_SYSTEM). It changes the environment, so it must run before
 * any thread starts: call it first thing in main(). */
gboolean
ir_language_apply (const char  *code,
                   GError     **error)
{
  g_return_val_if_fail (code != NULL, FALSE);

  if (!g_str_equal (code, IR_LANGUAGE_SYSTEM) && !ir_language_is_known (code))
    {
      g_autofree char *choices = g_strjoinv (", ", (GStrv) ir_language_get_codes ());

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: the first %s is what was given, the second a list of language codes. */
                   _("There is no language “%s”. Choose system or one of: %s"), code, choices);
      return FALSE;
    }

  save_or_restore_system_locale ();

  if (g_str_equal (code, IR_LANGUAGE_SYSTEM))
    {
      const char *language = g_getenv ("LANGUAGE");
      g_auto(GStrv) wanted = g_strsplit (language != NULL ? language : "", ":", 2);

      applied_code = NULL;
      /* The desktop may set LANGUAGE under a C locale too. */
      if (wanted[0] != NULL && *wanted[0] != '\0')
        ensure_messages_locale (wanted[0]);
      return TRUE;
    }

  g_setenv ("LANGUAGE", code, TRUE);
  ensure_messages_locale (code);
  applied_code = lookup (code) != NULL ? lookup (code)->code : g_intern_string (code);
  return TRUE;
}

/* The language chosen with --language, or NULL for the desktop's. */
const char *
ir_language_get_applied (void)
{
  return applied_code;
}

/* The shipped language the text is shown in, from gettext's own order. */
const char *
ir_language_get_effective (void)
{
  const char * const *names;

  if (applied_code != NULL)
    return applied_code;

  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *base = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (ir_language_is_known (base))
        return g_intern_string (base);
      if (g_str_equal (names[i], "C"))
        break;
    }

  return "en";
}

/* The command line of the same run, with CODE and TOPIC_ID in place of any
 * --language and --topic it had. */
char **
ir_language_relaunch_argv (const char *code,
                           const char *topic_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean skip_next = FALSE;

  g_return_val_if_fail (saved_argv != NULL && saved_argv[0] != NULL, NULL);

  g_strv_builder_add (builder, saved_argv[0]);
  for (guint i = 1; saved_argv[i] != NULL; i++)
    {
      const char *arg = saved_argv[i];

      if (skip_next)
        {
          skip_next = FALSE;
          continue;
        }
      if (g_str_equal (arg, "--language") || g_str_equal (arg, "--topic"))
        {
          skip_next = TRUE;
          continue;
        }
      if (g_str_has_prefix (arg, "--language=") || g_str_has_prefix (arg, "--topic="))
        continue;
      g_strv_builder_add (builder, arg);
    }

  g_strv_builder_take (builder, g_strconcat ("--language=", code, NULL));
  if (topic_id != NULL)
    g_strv_builder_take (builder, g_strconcat ("--topic=", topic_id, NULL));

  return g_strv_builder_end (builder);
}

/* Replaces this process with IR Guide in CODE, showing TOPIC_ID. Returns
 * only on failure. execve() leaves the threads behind safely, and its new
 * environment is built without setenv(). */
gboolean
ir_language_relaunch (const char  *code,
                      const char  *topic_id,
                      GError     **error)
{
  g_auto(GStrv) argv = ir_language_relaunch_argv (code, topic_id);
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  int saved_errno;

  if (program == NULL)
    program = g_find_program_in_path (argv[0]);
  if (program == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Could not find the IR Guide program to start it again"));
      return FALSE;
    }

  /* A test hook must act once, not again in the new process. */
  envp = g_environ_unsetenv (envp, "IR_GUIDE_ACTIVATE_AFTER_FIRST_FRAME");

  execve (program, argv, envp);
  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %s is the reason, from the system. */
               _("Could not start IR Guide again: %s"), g_strerror (saved_errno));
  return FALSE;
}
