/* ir-application.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-application.h"
#include "ir-frame-probe.h"
#include "ir-window.h"

struct _IrApplication
{
  AdwApplication parent_instance;

  /* owned */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (IrApplication, ir_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

static int
ir_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "ir-guide", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

static void
ir_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (ir_window_new (IR_APPLICATION (app)));
      ir_frame_probe_watch (window);
    }

  gtk_window_present (window);
}

static void
ir_application_startup (GApplication *app)
{
  IrApplication *self = IR_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *no_accels[] = { NULL };

  G_APPLICATION_CLASS (ir_application_parent_class)->startup (app);

  self->settings = g_settings_new (APPLICATION_ID);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
  /* GtkApplication gives its help overlay action the same accelerator;
   * app.shortcuts is the one that also works with no window focused. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", no_accels);
}

static void
ir_application_dispose (GObject *object)
{
  IrApplication *self = IR_APPLICATION (object);

  g_clear_object (&self->settings);

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

static void
ir_application_shortcuts_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", ir_application_quit_action },
  { "about", ir_application_about_action },
  { "shortcuts", ir_application_shortcuts_action },
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
