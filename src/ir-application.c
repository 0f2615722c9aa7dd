/* ir-application.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "ir-application.h"
#include "ir-application-private.h"
#include "ir-frame-probe.h"
#include "ir-language.h"
#include "ir-window.h"

struct _IrApplication
{
  AdwApplication parent_instance;

  /* owned */
  GSettings *settings;
  IrCatalog *catalog;        /* loaded the first time it is needed */
  GThread   *catalog_loader;  /* loading the bundled catalog during start-up */
  char      *initial_topic;
  char      *language_option;  /* --language, kept as the new choice */
};

#define CONTENT_RESOURCE RESOURCE_PATH "/content"

G_DEFINE_FINAL_TYPE (IrApplication, ir_application, ADW_TYPE_APPLICATION)

/* The words in capitals stand, in --help, for what follows the "=". */
static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "topic", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Open the topic with this id"),
    /* Translators: In --help, stands for a topic id: --topic=ID. */
    N_("ID") },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Print the topics that match, best first, and exit"),
    /* Translators: In --help, stands for the words searched for: --search=TEXT. */
    N_("TEXT") },
  { "list-topics", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print every topic’s id, kind and title, and exit"), NULL },
  { "validate-content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a content file or folder, print its problems, and exit"),
    /* Translators: In --help, stands for a file or folder: --content=PATH. */
    N_("PATH") },
  { "content", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Read the content from this file or folder"), N_("PATH") },
  /* main() applies it, before any thread starts; it is listed here for
   * --help and so that GOption accepts it. */
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show IR Guide in this language: “system” or a code from --list-languages"),
    /* Translators: In --help, stands for a language code such as "es": --language=CODE. */
    N_("CODE") },
  { "list-languages", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the languages IR Guide can be shown in, and exit"), NULL },
  { NULL }
};

/* Runs on the start-up thread too: GLib, GIO and gettext only. */
static gpointer
load_bundled_catalog (gpointer data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  /* At start-up this runs beside GTK's own, which needs the other
   * processors more than loading does. */
  IrCatalog *catalog = ir_catalog_new_full (CONTENT_RESOURCE, IR_CATALOG_LOAD_FROM_RESOURCE | IR_CATALOG_LOAD_ONE_THREAD,
                                            NULL, &problems, &error);

  if (catalog == NULL)
    {
      /* Only a broken build gets here; the tests check the bundle. */
      ir_application_print_problems (problems);
      catalog = ir_catalog_new ();
    }

  return catalog;
}

/* A bundle given with --content replaces the bundled one; a broken one is
 * reported and the app goes on with the bundled content, so that a clinic's
 * typo never leaves a family with nothing to read. */
static void
load_content (IrApplication *self,
              const char    *path)
{
  g_autoptr(GPtrArray) problems = NULL;

  self->catalog = ir_catalog_new_from_path (path, &problems, NULL);
  if (self->catalog == NULL)
    {
      ir_application_print_problems (problems);
      /* Translators: %s is a file or folder name. */
      g_printerr (_("%s has problems; showing the built-in content instead\n"), path);
    }
}

static GSettings *
ensure_settings (IrApplication *self)
{
  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  return self->settings;
}

/* A language chosen in an earlier run takes effect by starting again with
 * --language, before this instance registers or opens a window. */
static void
relaunch_in_chosen_language (IrApplication *self)
{
  g_autofree char *chosen = g_settings_get_string (ensure_settings (self), "language");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (chosen, IR_LANGUAGE_SYSTEM) || !ir_language_is_known (chosen))
    return;

  if (!ir_language_relaunch (chosen, self->initial_topic, &error))
    g_printerr ("%s\n", error->message);
}

static void
on_language_changed (IrApplication *self)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "language");
  const char *applied = ir_language_get_applied ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *topic_id = IR_IS_WINDOW (window) ? ir_window_get_topic_id (IR_WINDOW (window)) : NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (chosen, applied != NULL ? applied : IR_LANGUAGE_SYSTEM) == 0)
    return;

  /* The new process reads the settings at once. */
  g_settings_sync ();
  if (!ir_language_relaunch (chosen, topic_id, &error))
    g_printerr ("%s\n", error->message);
}

/* GApplication only presents a running instance's window when IR Guide is
 * started again. With --topic or --language, as a clinic's launcher may
 * give, this process asks the running one to show the topic and to switch
 * language (it starts again in it, on the topic shown), and exits.
 * Registering happens here rather than in g_application_run() so that it
 * comes after any relaunch in the chosen language: a name owned by a
 * process that then calls execve() would outlive it for a moment. */
static int
forward_to_running_instance (IrApplication *self)
{
  GApplication *app = G_APPLICATION (self);
  g_autoptr(GError) error = NULL;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (!g_application_get_is_remote (app))
    return -1;

  /* In this order: the relaunch keeps the topic the window shows. */
  if (self->initial_topic != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-topic", g_variant_new_string (self->initial_topic));
  else
    g_application_activate (app);
  if (self->language_option != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (self->language_option));
  if (g_application_get_dbus_connection (app) != NULL)
    g_dbus_connection_flush_sync (g_application_get_dbus_connection (app), NULL, NULL);

  return EXIT_SUCCESS;
}

static int
ir_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  IrApplication *self = IR_APPLICATION (app);
  const char *path = NULL;
  const char *text = NULL;
  const char *topic = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "ir-guide", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* GTK sets the locale only at start-up, after this; the content and the
   * messages printed here are in the user's language too. */
  setlocale (LC_ALL, "");

  if (g_variant_dict_contains (options, "list-languages"))
    {
      ir_application_list_languages ();
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "validate-content", "^&ay", &path))
    return ir_application_validate_content (path);

  /* Another bundle gets a window of its own: a running IR Guide shows the
   * built-in content, and would take --topic against the wrong one. */
  if (g_variant_dict_lookup (options, "content", "^&ay", &path))
    {
      load_content (self, path);
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  if (g_variant_dict_contains (options, "list-topics"))
    {
      ir_application_list_topics (ir_application_get_catalog (self));
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "search", "&s", &text))
    {
      ir_application_print_search (ir_application_get_catalog (self), text);
      return EXIT_SUCCESS;
    }

  /* An unknown id is reported with the closest ones, and IR Guide starts
   * as it would without it: a typo in a clinic's launcher must not leave a
   * family with nothing to read. */
  if (g_variant_dict_lookup (options, "topic", "&s", &topic) &&
      ir_application_check_topic (ir_application_get_catalog (self), topic))
    g_set_str (&self->initial_topic, topic);

  if (!g_variant_dict_lookup (options, "language", "s", &self->language_option))
    relaunch_in_chosen_language (self);

  if (self->initial_topic != NULL || self->language_option != NULL)
    return forward_to_running_instance (self);

  return -1;
}

/* The reading window, whichever window has the focus (the shortcuts
 * window or a dialog may). */
static IrWindow *
find_main_window (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (IR_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* Test hooks for driving the real program:
 *   IR_GUIDE_REPORT_STATE=1  print what the window shows (ir_window_describe),
 *     at start and each time another ir-guide --topic has it show a topic
 *   IR_GUIDE_SCROLL_TO_CARDS=1  scroll the page to its cards (screenshots)
 *   IR_GUIDE_ACTIVATE_AFTER_FIRST_FRAME=app.ACTION[::TARGET]  then do this
 *   (all once the window has settled, see ir-frame-probe.h) */
static gboolean
hook_is_on (const char *name)
{
  return g_strcmp0 (g_getenv (name), "1") == 0;
}

static const char *
hook_action (void)
{
  const char *detailed = g_getenv ("IR_GUIDE_ACTIVATE_AFTER_FIRST_FRAME");

  return detailed != NULL && g_str_has_prefix (detailed, "app.") ? detailed + strlen ("app.") : NULL;
}

/* Whether the window is to be watched until it settles: for these hooks,
 * and for the frame probe's, so that a program that quits after its first
 * frame still builds the rest of its page first, as it would for a user. */
static gboolean
hooks_want_settling (void)
{
  const char *screenshot = g_getenv ("IR_GUIDE_SCREENSHOT");

  return hook_is_on ("IR_GUIDE_REPORT_STATE") || hook_is_on ("IR_GUIDE_SCROLL_TO_CARDS") || hook_action () != NULL ||
         hook_is_on ("IR_GUIDE_EXIT_AFTER_FIRST_FRAME") || (screenshot != NULL && *screenshot != '\0');
}

static void
report_state (IrWindow *window)
{
  g_autofree char *state = NULL;

  if (!hook_is_on ("IR_GUIDE_REPORT_STATE"))
    return;

  state = ir_window_describe (window);
  g_print ("%s", state);
  /* A relaunch would drop what stdio still buffers. */
  fflush (stdout);
}

static void
on_window_settled (GtkWindow *window,
                   gpointer   user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  const char *detailed = hook_action ();
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;

  if (IR_IS_WINDOW (window))
    report_state (IR_WINDOW (window));

  if (hook_is_on ("IR_GUIDE_SCROLL_TO_CARDS") && IR_IS_WINDOW (window))
    ir_window_scroll_to_cards (IR_WINDOW (window));

  if (detailed != NULL && g_action_parse_detailed_name (detailed, &name, &target, NULL))
    g_action_group_activate_action (G_ACTION_GROUP (app), name, target);
}

static void
ir_application_activate (GApplication *app)
{
  GtkWindow *window = GTK_WINDOW (find_main_window (GTK_APPLICATION (app)));

  if (window == NULL)
    {
      window = GTK_WINDOW (ir_window_new (IR_APPLICATION (app)));
      ir_frame_probe_watch_full (window, hooks_want_settling () ? on_window_settled : NULL, app);
    }

  gtk_window_present (window);
}

static void
ir_application_startup (GApplication *app)
{
  IrApplication *self = IR_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr(GAction) language_action = NULL;

  /* Loading the bundled content overlaps GTK's and libadwaita's start-up,
   * which keep the main thread busy several times as long. gtk_init()
   * would call setlocale(), which is not thread-safe, again; the locale was
   * set in handle_local_options(), so GTK is told not to. */
  if (!gtk_is_initialized ())
    gtk_disable_setlocale ();
  if (self->catalog == NULL)
    self->catalog_loader = g_thread_new ("ir-catalog", load_bundled_catalog, NULL);

  G_APPLICATION_CLASS (ir_application_parent_class)->startup (app);

  ensure_settings (self);

  /* --language is a choice like one made in the menu, and is kept. */
  if (self->language_option != NULL)
    g_settings_set_string (self->settings, "language", self->language_option);
  if (ir_language_get_applied () != NULL)
    gtk_widget_set_default_direction (ir_language_is_rtl (ir_language_get_applied ())
                                      ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  language_action = g_settings_create_action (self->settings, "language");
  g_action_map_add_action (G_ACTION_MAP (self), language_action);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (on_language_changed), self, G_CONNECT_SWAPPED);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
}

static void
ir_application_dispose (GObject *object)
{
  IrApplication *self = IR_APPLICATION (object);

  /* An app that quits before its window asks still waits for the loader. */
  if (self->catalog_loader != NULL)
    ir_application_get_catalog (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->initial_topic, g_free);
  g_clear_pointer (&self->language_option, g_free);

  G_OBJECT_CLASS (ir_application_parent_class)->dispose (object);
}

static void
ir_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
ir_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  AdwDialog *about;

  about = adw_about_dialog_new_from_appdata (RESOURCE_PATH "/appdata.xml", PACKAGE_VERSION);
  adw_about_dialog_set_comments (ADW_ABOUT_DIALOG (about),
                                 _("IR Guide is for education only. It is no substitute for the "
                                   "advice of your child’s care team."));
  /* Translators: Replace "translator-credits" with your name and email, one per line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (about), _("translator-credits"));
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (about), "© 2026 The IR Guide developers");
  adw_dialog_present (about, GTK_WIDGET (window));
}

/* Built when asked for, rather than with every window as GTK's automatic
 * help overlay is: most visits never open it, and start-up is shorter. */
static void
ir_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ir-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  /* Not an application window: it must never become the one that
   * activation or show-topic finds. */
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (find_main_window (app)));
  gtk_window_present (shortcuts);
}

/* What a second ir-guide --topic=ID asks of the running one. */
static void
ir_application_show_topic_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  const char *topic_id = g_variant_get_string (parameter, NULL);
  GtkWindow *window;

  g_application_activate (app);
  window = GTK_WINDOW (find_main_window (GTK_APPLICATION (app)));
  if (window == NULL || !ir_window_open_topic (IR_WINDOW (window), topic_id))
    return;

  report_state (IR_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "quit", ir_application_quit_action },
  { "about", ir_application_about_action },
  { "shortcuts", ir_application_shortcuts_action },
  { "show-topic", ir_application_show_topic_action, "s" },
};

static void
ir_application_class_init (IrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ir_application_dispose;

  app_class->activate = ir_application_activate;
  app_class->startup = ir_application_startup;
  app_class->handle_local_options = ir_application_handle_local_options;
}

static void
ir_application_init (IrApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("— learn about pediatric interventional radiology"));
}

IrApplication *
ir_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (IR_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

GSettings *
ir_application_get_settings (IrApplication *self)
{
  g_return_val_if_fail (IR_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* The content the app shows: the bundle given with --content, or else the
 * one built into the app, which is loaded here the first time it is asked
 * for so that options like --version never pay for it. */
IrCatalog *
ir_application_get_catalog (IrApplication *self)
{
  g_return_val_if_fail (IR_IS_APPLICATION (self), NULL);

  if (self->catalog != NULL)
    return self->catalog;

  if (self->catalog_loader != NULL)
    self->catalog = g_thread_join (g_steal_pointer (&self->catalog_loader));
  else
    self->catalog = load_bundled_catalog (NULL);

  return self->catalog;
}

/* The topic given with --topic, if it exists, or NULL. */
const char *
ir_application_get_initial_topic (IrApplication *self)
{
  g_return_val_if_fail (IR_IS_APPLICATION (self), NULL);

  return self->initial_topic;
}
