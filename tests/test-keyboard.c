/* test-keyboard.c: keyboard-only and screen-reader use, under Xvfb.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-window.h"
#include "widgets/ir-topic-card.h"

/* Escape as the popover's own key handler gets it: whether it was taken. */
static gboolean
press_escape (GtkWidget *popover)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (popover);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
      if (handled)
        return TRUE;
    }

  return FALSE;
}

/* A term's popover points at its paragraph; the paragraph goes when the
 * page changes, and must not take the popover with it (GTK warned, then
 * the next term reached freed memory). Open, it has the keyboard; closed
 * with Esc, it gives the keyboard back to the paragraph. The popover is named by its term. */
static void
test_term_popover_outlives_its_paragraph (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkPopover *popover;
  GtkWidget *definition;

  ir_window_show_topic (window, "angiography");
  drain ();
  popover = open_term (window);
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (popover),
                                                   GTK_ACCESSIBLE_RELATION_DESCRIBED_BY));
  /* The keyboard is on the definition, and nothing is selected. */
  definition = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_PAGE,
                                                          "term_definition"));
  g_assert_true (gtk_widget_is_focus (definition));
  g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (definition), NULL, NULL));

  g_assert_true (press_escape (GTK_WIDGET (popover)));
  drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (find_term_label (window))));

  open_term (window);
  drain ();
  ir_window_show_topic (window, "embolization");
  drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  open_term (window);
  drain ();
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* On a phone-sized window the arrow keys move through the list without
 * opening each topic over it; a tap, a click or Enter opens one. */
static void
test_narrow_list_browses (void)
{
  IrWindow *window = open_window (360, 720);
  AdwNavigationSplitView *split_view = template_child (window, "split_view");
  GtkListView *list = template_child (window, "topic_list");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  const char *shown;

  g_assert_true (wait_for (is_collapsed, split_view));
  g_assert_true (gtk_list_view_get_single_click_activate (list));
  adw_navigation_split_view_set_show_content (split_view, FALSE);
  drain ();
  shown = ir_window_get_topic_id (window);

  gtk_single_selection_set_selected (selection, 3);
  drain ();
  g_assert_false (adw_navigation_split_view_get_show_content (split_view));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, shown);

  gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 3);
  drain ();
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_cmpstr (ir_window_get_topic_id (window), !=, shown);

  /* Back at the list, the highlight is on the page shown, wherever
   * hovering or the arrow keys left it. */
  gtk_single_selection_set_selected (selection, 7);
  adw_navigation_split_view_set_show_content (split_view, FALSE);
  drain ();
  g_assert_cmpstr (ir_topic_get_id (gtk_single_selection_get_selected_item (selection)), ==,
                   ir_window_get_topic_id (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The wide window keeps its list a list, with no activation on hover. */
static void
test_wide_list_selects (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkListView *list = template_child (window, "topic_list");

  g_assert_false (gtk_list_view_get_single_click_activate (list));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
left_sclerotherapy (gpointer window)
{
  return g_strcmp0 (ir_window_get_topic_id (window), "sclerotherapy") != 0;
}

static gboolean
left_picc_line (gpointer window)
{
  return g_strcmp0 (ir_window_get_topic_id (window), "picc-line") != 0;
}

/* A card followed from the keyboard leaves the keyboard on the new page,
 * not at the top of the window; each card is one stop for Tab. */
static void
test_focus_stays_on_page (void)
{
  IrWindow *window = open_window (1000, 700);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GtkWidget *focus;

  ir_window_show_topic (window, "sclerotherapy");
  drain ();
  collect_widgets (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_CARD, cards);
  g_assert_cmpuint (cards->len, >, 0);
  for (guint i = 0; i < cards->len; i++)
    g_assert_false (gtk_widget_get_focusable (gtk_widget_get_parent (cards->pdata[i])));

  g_assert_true (gtk_widget_grab_focus (cards->pdata[0]));
  /* A button shows itself pressed for a moment before it fires. */
  gtk_widget_activate (cards->pdata[0]);
  g_assert_true (wait_for (left_sclerotherapy, window));
  drain ();

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (get_page (window))));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first paragraph of the page that links a topic, and that link's
 * topic id. */
static GtkLabel *
find_topic_link (IrWindow  *window,
                 char     **topic_id)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (get_page (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *link = strstr (gtk_label_get_label (labels->pdata[i]), "href=\"topic:");

      if (link != NULL)
        {
          link += strlen ("href=\"topic:");
          *topic_id = g_strndup (link, strcspn (link, "\""));
          return labels->pdata[i];
        }
    }

  return NULL;
}

/* Whether the keyboard is on the page's audience switch. */
static gboolean
focus_is_on_audience (IrWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return GTK_IS_TOGGLE_BUTTON (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (get_page (window)));
}

/* A topic link followed from the keyboard opens its topic and leaves the
 * keyboard at the new page's start. When the body under the keyboard is
 * rebuilt for the other audience, the keyboard goes to the page's start
 * too: GTK's own fallback read freed memory. */
static void
test_links_keep_focus_on_page (void)
{
  IrWindow *window = open_window (1000, 700);
  GSettings *settings = ir_application_get_settings (app);
  g_autofree char *target = NULL;
  g_autofree char *uri = NULL;
  GtkLabel *label;
  gboolean handled = FALSE;

  g_settings_set_string (settings, "audience", "parents");
  ir_window_show_topic (window, "what-is-ir");
  drain ();
  label = find_topic_link (window, &target);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (label)));
  uri = g_strconcat ("topic:", target, NULL);
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  drain ();
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, target);
  g_assert_true (focus_is_on_audience (window));

  label = find_term_label (window);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (label)));
  g_settings_set_string (settings, "audience", "kids");
  drain ();
  g_assert_true (focus_is_on_audience (window));

  g_settings_set_string (settings, "audience", "parents");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Typing while a page covers the list brings the list and its search
 * entry into view, and the keyboard with it, whether or not the entry
 * already held a search. */
static void
test_typing_shows_search (void)
{
  IrWindow *window = open_window (360, 720);
  AdwNavigationSplitView *split_view = template_child (window, "split_view");
  GtkWidget *entry = template_child (window, "search_entry");

  g_assert_true (wait_for (is_collapsed, split_view));
  for (guint round = 0; round < 2; round++)
    {
      ir_window_show_topic (window, "port");
      drain ();
      g_assert_true (adw_navigation_split_view_get_show_content (split_view));
      g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

      /* What the window's key capture does with a typed letter. */
      gtk_editable_insert_text (GTK_EDITABLE (entry), "c", 1, &(int) { gtk_editable_get_position (GTK_EDITABLE (entry)) });
      drain ();
      g_assert_false (adw_navigation_split_view_get_show_content (split_view));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Presses @keyval with @modifiers as far as the window's history
 * shortcuts go: whether they took it. */
static gboolean
press_history_key (IrWindow        *window,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GtkEventController) controller = NULL;
  g_autoptr(GtkShortcut) shortcut = find_shortcut (GTK_WIDGET (window), keyval, modifiers, &controller);

  g_assert_nonnull (shortcut);
  /* Before the navigation view, which would take Alt+Left first. */
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                       GTK_WIDGET (window), NULL);
}

/* Alt+Left goes back through the topics, Alt+Right forward, the other way
 * round right to left; with nowhere to go the key is left to the
 * navigation view, which returns to the list on a phone. */
static void
test_history_keys (void)
{
  IrWindow *window = open_window (1000, 700);

  ir_window_show_topic (window, "port");
  ir_window_show_topic (window, "picc-line");
  drain ();

  g_assert_true (press_history_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "port");
  g_assert_true (press_history_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");
  g_assert_false (press_history_key (window, GDK_KEY_Right, GDK_ALT_MASK));

  gtk_widget_set_direction (GTK_WIDGET (window), GTK_TEXT_DIR_RTL);
  g_assert_true (press_history_key (window, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "port");
  g_assert_true (press_history_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");
  g_assert_true (press_history_key (window, GDK_KEY_Back, 0));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "port");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dialog_has_focus (gpointer window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (window);
  GtkWidget *focus = gtk_root_get_focus (window);

  return dialog != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (dialog));
}

/* With a dialog over the window (About, an alert), the window's shortcuts
 * leave the keyboard in the dialog: Ctrl+F or Ctrl+P behind it would send
 * the keyboard where nobody can see it. */
static void
test_dialog_keeps_keyboard (void)
{
  static const char * const actions[] = {
    "win.search", "win.print", "win.zoom-in", "win.zoom-out", "win.zoom-reset", "win.back", "win.forward",
  };
  GSettings *settings = ir_application_get_settings (app);
  /* Phone-sized, where Ctrl+F would also turn the view to the list. */
  IrWindow *window = open_window (360, 720);
  AdwNavigationSplitView *split_view = template_child (window, "split_view");
  g_autoptr(GList) toplevels = NULL;
  double scale;

  ir_window_show_topic (window, "port");
  ir_window_show_topic (window, "picc-line");
  ir_window_show_topic (window, "port");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  scale = g_settings_get_double (settings, "text-scale");
  drain ();
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (wait_for (dialog_has_focus, window));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL);
      drain ();
      g_assert_true (dialog_has_focus (window));
    }
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, scale);
  toplevels = gtk_window_list_toplevels ();
  g_assert_cmpuint (g_list_length (toplevels), ==, 1);

  adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pressing Previous Topic to the start of the history leaves the keyboard
 * on a control that still works, not on a dead button. */
static void
test_history_button_keeps_focus (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkWidget *back = NULL;
  GtkWidget *focus;

  ir_window_show_topic (window, "port");
  ir_window_show_topic (window, "picc-line");
  drain ();
  back = find_action_button (window, "win.back");
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_grab_focus (back));

  gtk_widget_activate (back);
  g_assert_true (wait_for (left_picc_line, window));
  drain ();

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_sensitive (focus));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The page's title is its top heading for screen readers. */
static void
test_title_is_heading (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkWidget *title = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)),
                                                                IR_TYPE_TOPIC_PAGE, "title_label"));

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (title)), ==, GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/keyboard/term-popover-outlives-its-paragraph", test_term_popover_outlives_its_paragraph);
  g_test_add_func ("/keyboard/narrow-list-browses", test_narrow_list_browses);
  g_test_add_func ("/keyboard/wide-list-selects", test_wide_list_selects);
  g_test_add_func ("/keyboard/focus-stays-on-page", test_focus_stays_on_page);
  g_test_add_func ("/keyboard/links-keep-focus-on-page", test_links_keep_focus_on_page);
  g_test_add_func ("/keyboard/typing-shows-search", test_typing_shows_search);
  g_test_add_func ("/keyboard/history-keys", test_history_keys);
  g_test_add_func ("/keyboard/history-button-keeps-focus", test_history_button_keeps_focus);
  g_test_add_func ("/keyboard/title-is-heading", test_title_is_heading);
  g_test_add_func ("/keyboard/dialog-keeps-keyboard", test_dialog_keeps_keyboard);

  return gui_test_run ();
}
