/* test-window.c: the app shell under a real display server (Xvfb).
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-window.h"
#include "ir-application.h"
#include "ir-window.h"

static gboolean
width_is_settled (gpointer widget)
{
  int default_width;

  gtk_window_get_default_size (widget, &default_width, NULL);
  return is_mapped (widget) && ABS (gtk_widget_get_width (widget) - default_width) < 40;
}

/* The window as asked for, its width settled, for the size tests. */
static IrWindow *
open_sized_window (int width,
                   int height)
{
  return open_window_until (width, height, width_is_settled);
}

static void
close_window (IrWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (window);
}

static AdwNavigationSplitView *
get_split_view (IrWindow *window)
{
  return ADW_NAVIGATION_SPLIT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                   IR_TYPE_WINDOW,
                                                                   "split_view"));
}

static void
test_window_opens (void)
{
  IrWindow *window = open_sized_window (1000, 700);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "IR Guide");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (window), GTK_ACCESSIBLE_ROLE_WINDOW);

  close_window (window);
}

typedef struct
{
  AdwNavigationSplitView *split_view;
  gboolean                collapsed;
} CollapseWait;

static gboolean
collapse_is (gpointer data)
{
  CollapseWait *wait = data;

  return adw_navigation_split_view_get_collapsed (wait->split_view) == wait->collapsed;
}

static void
check_collapsed (int      width,
                 int      height,
                 gboolean collapsed)
{
  IrWindow *window = open_sized_window (width, height);
  CollapseWait wait = { get_split_view (window), collapsed };

  g_assert_true (wait_for (collapse_is, &wait));
  /* The state holds after more frames, not just on the first one. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (adw_navigation_split_view_get_collapsed (wait.split_view), ==, collapsed);
  /* Collapsed, the header has one back arrow, ours (win.go-back), in
   * place of the history arrows and the split view's own. */
  g_assert_true (gtk_widget_is_visible (find_action_button (window, "win.back")) == !collapsed);
  g_assert_true (gtk_widget_is_visible (find_action_button (window, "win.go-back")) == collapsed);
  if (collapsed)
    {
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
      guint arrows = 0;

      adw_navigation_split_view_set_show_content (wait.split_view, TRUE);
      for (guint i = 0; i < 50; i++)
        g_main_context_iteration (NULL, FALSE);
      collect_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
      for (guint i = 0; i < buttons->len; i++)
        if (gtk_widget_get_mapped (buttons->pdata[i]) &&
            g_strcmp0 (gtk_button_get_icon_name (buttons->pdata[i]), "go-previous-symbolic") == 0)
          arrows++;
      g_assert_cmpuint (arrows, ==, 1);
    }

  close_window (window);
}

static void
test_window_adaptive (void)
{
  check_collapsed (360, 720, TRUE);
  check_collapsed (1000, 700, FALSE);
}

static void
test_window_size_settings (void)
{
  GSettings *settings = ir_application_get_settings (app);
  IrWindow *window = open_sized_window (777, 555);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  close_window (window);
}

static gboolean
has_visible_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) != NULL;
}

static GtkWindow *
find_shortcuts_window (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
shortcuts_window_is_visible (gpointer unused)
{
  return find_shortcuts_window () != NULL;
}

static void
test_about_and_shortcuts (void)
{
  IrWindow *window = open_sized_window (1000, 700);
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (wait_for (has_visible_dialog, window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==, "IR Guide");
  g_assert_nonnull (strstr (adw_about_dialog_get_comments (ADW_ABOUT_DIALOG (dialog)), "education"));
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
  adw_dialog_force_close (dialog);

  /* Built only when asked for. */
  g_assert_null (find_shortcuts_window ());
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_true (wait_for (shortcuts_window_is_visible, NULL));
  g_assert_true (gtk_window_get_transient_for (find_shortcuts_window ()) == GTK_WINDOW (window));
  /* It is not an application window, so it never stands in for the main one. */
  g_assert_null (gtk_window_get_application (find_shortcuts_window ()));

  gtk_window_destroy (find_shortcuts_window ());
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
popover_is_visible (gpointer button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  return popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover));
}

/* The main menu is built the first time it opens, from F10 as from a
 * click, with every section, the languages included. */
static void
test_main_menu (void)
{
  IrWindow *window = open_sized_window (1000, 700);
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), IR_TYPE_WINDOW,
                                                                          "menu_button"));
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), IR_TYPE_WINDOW,
                                                                  "primary_menu"));
  GMenuModel *languages = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), IR_TYPE_WINDOW,
                                                                       "language_menu"));
  GtkWidget *toggle = gtk_widget_get_first_child (GTK_WIDGET (button));
  g_autoptr(GtkShortcut) shortcut = NULL;
  g_autoptr(GtkPopover) popover = NULL;

  g_assert_null (gtk_menu_button_get_popover (button));
  /* A menu button with nothing to show makes its toggle insensitive. */
  g_assert_true (gtk_widget_get_sensitive (toggle));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  /* A screen reader hears it is a menu before it is built. GTK 4.17.3 moved
   * the property from the menu button to its toggle. */
  gtk_test_accessible_assert_property (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                                         GTK_ACCESSIBLE_PROPERTY_HAS_POPUP)
                                       ? GTK_ACCESSIBLE (button) : GTK_ACCESSIBLE (toggle),
                                       GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE);

  shortcut = find_shortcut (GTK_WIDGET (window), GDK_KEY_F10, 0, NULL);
  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               GTK_WIDGET (window), NULL));
  g_assert_true (wait_for (popover_is_visible, button));
  g_assert_true (gtk_menu_button_get_menu_model (button) == menu);
  /* Held, so that a new popover cannot take its address. */
  popover = g_object_ref (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) == menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 5);
  /* The system's choice, then each shipped language. */
  g_assert_cmpint (g_menu_model_get_n_items (languages), >=, 2);

  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  g_assert_true (wait_for (popover_is_visible, button));
  /* Built once: opened again, it is the same popover. */
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);

  g_clear_object (&popover);
  close_window (window);
}

/* A closed window hears no more of its settings: a change made by another
 * window, or another instance, reached the freed window's actions. */
static void
test_closed_window_ignores_settings (void)
{
  GSettings *settings = ir_application_get_settings (app);
  g_autofree char *audience = g_settings_get_string (settings, "audience");
  IrWindow *window = open_sized_window (1000, 700);

  close_window (window);
  g_settings_set_string (settings, "audience", g_str_equal (audience, "kids") ? "parents" : "kids");
  g_settings_set_string (settings, "audience", audience);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/adaptive", test_window_adaptive);
  g_test_add_func ("/window/size-settings", test_window_size_settings);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts);
  g_test_add_func ("/window/main-menu", test_main_menu);
  g_test_add_func ("/window/closed-window-ignores-settings", test_closed_window_ignores_settings);

  return gui_test_run ();
}
