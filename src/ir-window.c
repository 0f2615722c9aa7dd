/* ir-window.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-window-private.h"
#include "ir-language.h"

G_DEFINE_FINAL_TYPE (IrWindow, ir_window, ADW_TYPE_APPLICATION_WINDOW)

/* Selection and navigation -------------------------------------------------- */

static gboolean
scroll_to_selected (GtkWidget     *list,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  IrWindow *self = IR_WINDOW (user_data);
  guint position = gtk_single_selection_get_selected (self->topic_selection);

  if (gtk_widget_get_height (list) == 0)
    return G_SOURCE_CONTINUE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_view_scroll_to (self->topic_list, position, GTK_LIST_SCROLL_NONE, NULL);

  return G_SOURCE_REMOVE;
}

/* A scroll asked for before the list's first layout is lost: it waits for
 * a frame after it. */
static void
on_topic_list_map (IrWindow *self)
{
  gtk_widget_add_tick_callback (GTK_WIDGET (self->topic_list), scroll_to_selected, self, NULL);
}

static void
select_topic_in_sidebar (IrWindow   *self,
                         const char *topic_id)
{
  GListModel *model = gtk_single_selection_get_model (self->topic_selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (model, i);

      if (g_strcmp0 (ir_topic_get_id (topic), topic_id) == 0)
        {
          gtk_single_selection_set_selected (self->topic_selection, i);
          /* A link or card may lead far down the list: bring its row into
           * view, leaving the keyboard where it is. Until the list is
           * shown, on_topic_list_map() waits. */
          if (gtk_widget_get_mapped (GTK_WIDGET (self->topic_list)))
            gtk_list_view_scroll_to (self->topic_list, i, GTK_LIST_SCROLL_NONE, NULL);
          return;
        }
    }

  gtk_single_selection_set_selected (self->topic_selection, GTK_INVALID_LIST_POSITION);
}

void
ir_window_navigate (IrWindow      *self,
                    const char    *topic_id,
                    IrHistoryMode  history)
{
  IrTopic *topic = ir_catalog_lookup_topic (self->catalog, topic_id);
  IrTopic *current = ir_topic_page_get_topic (self->topic_page);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (topic == NULL)
    return;

  if (current != topic)
    {
      /* A link, card or row followed on the page goes with the old page. */
      gboolean focus_on_page = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->topic_page));

      if (current != NULL && (history == IR_HISTORY_RECORD || (history == IR_HISTORY_BROWSE && !self->browsing)))
        {
          /* Stepped back past where the list last opened a topic, the
           * history from there on is this visit's. */
          self->list_depth = MIN (self->list_depth, self->back_stack->len);
          g_ptr_array_add (self->back_stack, g_strdup (ir_topic_get_id (current)));
          g_ptr_array_set_size (self->forward_stack, 0);
        }
      self->browsing = history == IR_HISTORY_BROWSE;
      ir_topic_page_set_topic (self->topic_page, topic);
      adw_navigation_page_set_title (self->content_page, ir_topic_get_title (topic));
      g_settings_set_string (self->settings, "last-topic", topic_id);
      ir_window_update_actions (self);
      /* Keep the keyboard on the page, at its start. (Not also
       * gtk_accessible_announce(): GTK 4.18 crashes on it under the test
       * accessibility context the GUI tests use.) */
      if (focus_on_page)
        ir_topic_page_focus_start (self->topic_page);
    }

  select_topic_in_sidebar (self, topic_id);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* A topic opened from the list or the search results: on a phone, the
 * header's back arrow returns to the list from it (win.go-back). */
static void
open_from_list (IrWindow      *self,
                const char    *topic_id,
                IrHistoryMode  history)
{
  ir_window_navigate (self, topic_id, history);
  self->list_depth = self->back_stack->len;
}

static void
on_topic_selected (GtkSingleSelection *selection,
                   guint               position,
                   guint               n_items,
                   IrWindow           *self)
{
  IrTopic *topic = gtk_single_selection_get_selected_item (selection);

  /* Collapsed, the page would cover the list at each arrow key: there a
   * topic opens on activation only (a tap, a click or Enter). */
  if (adw_navigation_split_view_get_collapsed (self->split_view))
    return;

  if (topic != NULL && topic != ir_topic_page_get_topic (self->topic_page))
    open_from_list (self, ir_topic_get_id (topic), self->list_keyed ? IR_HISTORY_BROWSE : IR_HISTORY_RECORD);
}

/* Arrow keys browse the list, a click picks from it: the history keeps
 * each pick, and a whole browse as one step. The list handles its input
 * after these, in the bubble phase. */
static gboolean
on_topic_list_key (IrWindow *self)
{
  self->list_keyed = TRUE;

  return GDK_EVENT_PROPAGATE;
}

static void
on_topic_list_click (IrWindow *self)
{
  self->list_keyed = FALSE;
}

static void
on_result_activated (GtkListView *list,
                     guint        position,
                     IrWindow    *self)
{
  g_autoptr(IrSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->results_selection), position);

  if (result != NULL)
    open_from_list (self, ir_topic_get_id (ir_search_result_get_topic (result)), IR_HISTORY_RECORD);
}

static void
on_topic_activated (GtkListView *list,
                    guint        position,
                    IrWindow    *self)
{
  g_autoptr(IrTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topic_selection), position);

  if (topic != NULL)
    open_from_list (self, ir_topic_get_id (topic), IR_HISTORY_RECORD);
}

/* Search ------------------------------------------------------------------- */

static void
on_search_changed (IrWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GListModel) results = NULL;

  /* Emptied, the entry searches for nothing: Enter must not open a topic
   * that an earlier text found. */
  if (text[0] == '\0')
    {
      gtk_single_selection_set_model (self->results_selection, NULL);
      gtk_stack_set_visible_child_name (self->sidebar_stack, "topics");
      return;
    }

  results = ir_catalog_search (self->catalog, text);
  gtk_single_selection_set_model (self->results_selection, results);
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    g_list_model_get_n_items (results) > 0 ? "results" : "no-results");
}

static void
on_search_activate (IrWindow *self)
{
  g_autoptr(IrSearchResult) first = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->results_selection)) == 0)
    return;

  first = g_list_model_get_item (G_LIST_MODEL (self->results_selection), 0);
  open_from_list (self, ir_topic_get_id (ir_search_result_get_topic (first)), IR_HISTORY_RECORD);
}

/* Typing anywhere searches. What is typed goes to the entry, and so does
 * the keyboard, or the next Space or Enter would press whatever had the
 * focus; on a phone-sized window the entry's sidebar comes into view. Not
 * ::search-started, which only comes when the entry was empty. */
static void
on_search_text_changed (IrWindow *self)
{
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] == '\0' ||
      (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry))))
    return;

  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_widget_grab_focus (entry);
}

/* Hovering and arrow keys move the list's selection where it opens
 * nothing (see on_topic_selected); coming back to the list, or widening
 * the window, it shows the page shown again. */
static void
on_split_view_changed (IrWindow *self)
{
  const char *shown = ir_window_get_topic_id (self);

  if (shown != NULL)
    select_topic_in_sidebar (self, shown);
}

static void
on_stop_search (IrWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Set-up ------------------------------------------------------------------- */

static void
ir_window_set_up_sidebar (IrWindow *self)
{
  GtkEventController *keys;
  GtkGesture *clicks;

  ir_window_set_up_lists (self);
  g_signal_connect_object (self->topic_selection, "selection-changed",
                           G_CALLBACK (on_topic_selected), self, 0);
  g_signal_connect_object (self->topic_list, "activate", G_CALLBACK (on_topic_activated), self, 0);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_topic_list_key), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->topic_list), keys);
  clicks = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (clicks), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (clicks), GTK_PHASE_CAPTURE);
  g_signal_connect_object (clicks, "pressed", G_CALLBACK (on_topic_list_click), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->topic_list), GTK_EVENT_CONTROLLER (clicks));
  /* Shown again (at start, or back from a page on a phone), the list
   * brings the current topic into view. */
  g_signal_connect_object (self->topic_list, "map", G_CALLBACK (on_topic_list_map), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->split_view, "collapsed", self->topic_list, "single-click-activate",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->split_view, "notify::collapsed", G_CALLBACK (on_split_view_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->split_view, "notify::show-content", G_CALLBACK (on_split_view_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->results_list, "activate", G_CALLBACK (on_result_activated), self, 0);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->topic_selection)) == 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "empty");
}

static void
ir_window_dispose (GObject *object)
{
  IrWindow *self = IR_WINDOW (object);

  /* Removed by hand: with GTK 4.18 the settings action outlived the
   * window's action group and, on the next change of the setting, told
   * the freed group (tests/test-window.c). Once only: a second dispose
   * finds the group gone. */
  if (self->settings != NULL)
    g_action_map_remove_action (G_ACTION_MAP (self), "audience");
  gtk_widget_dispose_template (GTK_WIDGET (self), IR_TYPE_WINDOW);
  g_clear_object (&self->topic_selection);
  g_clear_object (&self->results_selection);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->print_job);
  g_clear_pointer (&self->back_stack, g_ptr_array_unref);
  g_clear_pointer (&self->forward_stack, g_ptr_array_unref);

  if (self->text_scale_css != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->text_scale_css));
      g_clear_object (&self->text_scale_css);
    }

  G_OBJECT_CLASS (ir_window_parent_class)->dispose (object);
}

static void
ir_window_class_init (IrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ir_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ir-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IrWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, language_menu);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, page_bin);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, IrWindow, results_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_text_changed);

  ir_window_class_add_actions (widget_class);
}

/* Each language is named in its own words, so that a family that reads
 * no English still finds theirs. */
static void
fill_language_menu (GMenu *menu)
{
  const char * const *codes = ir_language_get_codes ();
  g_autoptr(GMenuItem) system = NULL;

  /* Translators: Follow the language the desktop is set to. */
  system = g_menu_item_new (_("_System Language"), NULL);
  g_menu_item_set_action_and_target (system, "app.language", "s", IR_LANGUAGE_SYSTEM);
  g_menu_append_item (menu, system);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (ir_language_get_native_name (codes[i]), NULL);

      g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
      g_menu_append_item (menu, item);
    }
}

/* Called each time the menu is about to open; only the first builds it. */
static void
attach_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  IrWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
ir_window_init (IrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->back_stack = g_ptr_array_new_with_free_func (g_free);
  self->forward_stack = g_ptr_array_new_with_free_func (g_free);
  fill_language_menu (self->language_menu);
  gtk_menu_button_set_create_popup_func (self->menu_button, attach_primary_menu, self, NULL);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static const char *
first_topic_id (IrWindow *self)
{
  g_autoptr(IrTopic) first = g_list_model_get_item (ir_catalog_get_topics (self->catalog), 0);

  return first != NULL ? ir_topic_get_id (first) : NULL;
}

IrWindow *
ir_window_new (IrApplication *application)
{
  IrWindow *self;
  g_autofree char *last_topic = NULL;
  const char *initial;

  g_return_val_if_fail (IR_IS_APPLICATION (application), NULL);

  self = g_object_new (IR_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->settings = g_object_ref (ir_application_get_settings (application));
  self->catalog = g_object_ref (ir_application_get_catalog (application));

  /* "application" is not a construct property, so this cannot live in
   * constructed(). */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  self->topic_page = ir_topic_page_new (self->catalog, self->settings);
  adw_bin_set_child (self->page_bin, GTK_WIDGET (self->topic_page));
  ir_window_set_up_sidebar (self);
  ir_window_init_actions (self);
  ir_window_apply_text_scale (self);

  /* A command-line topic wins over the restored one; an id that has gone
   * from the content since the last run falls back to the first topic. */
  last_topic = g_settings_get_string (self->settings, "last-topic");
  initial = ir_application_get_initial_topic (application);
  if (initial == NULL || ir_catalog_lookup_topic (self->catalog, initial) == NULL)
    initial = ir_catalog_lookup_topic (self->catalog, last_topic) != NULL ? last_topic : first_topic_id (self);
  if (initial != NULL)
    {
      ir_window_navigate (self, initial, IR_HISTORY_KEEP);
      /* On a phone, start on the list unless a topic was asked for. */
      if (ir_application_get_initial_topic (application) == NULL)
        adw_navigation_split_view_set_show_content (self->split_view, FALSE);
    }

  /* Lets build-aux/screenshots.py show search results. */
  if (g_getenv ("IR_GUIDE_SEARCH_TEXT") != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), g_getenv ("IR_GUIDE_SEARCH_TEXT"));
      on_search_changed (self);
      adw_navigation_split_view_set_show_content (self->split_view, FALSE);
    }

  return self;
}

gboolean
ir_window_show_topic (IrWindow   *self,
                      const char *topic_id)
{
  g_return_val_if_fail (IR_IS_WINDOW (self), FALSE);

  if (ir_catalog_lookup_topic (self->catalog, topic_id) == NULL)
    return FALSE;

  ir_window_navigate (self, topic_id, IR_HISTORY_RECORD);
  return TRUE;
}

/* Shows @topic_id as if picked from the list, for a topic asked for from
 * outside the window: on a phone, its back arrow returns to the list. */
gboolean
ir_window_open_topic (IrWindow   *self,
                      const char *topic_id)
{
  g_return_val_if_fail (IR_IS_WINDOW (self), FALSE);

  if (ir_catalog_lookup_topic (self->catalog, topic_id) == NULL)
    return FALSE;

  open_from_list (self, topic_id, IR_HISTORY_RECORD);
  return TRUE;
}

const char *
ir_window_get_topic_id (IrWindow *self)
{
  IrTopic *topic;

  g_return_val_if_fail (IR_IS_WINDOW (self), NULL);

  topic = ir_topic_page_get_topic (self->topic_page);
  return topic != NULL ? ir_topic_get_id (topic) : NULL;
}

/* A plain-text account of what the window shows, for tests that drive the
 * real program (IR_GUIDE_REPORT_STATE): the topic, the page title, the text
 * direction and the sidebar's section headings. */
char *
ir_window_describe (IrWindow *self)
{
  GListModel *sections;
  GString *text;
  const char *topic_id;

  g_return_val_if_fail (IR_IS_WINDOW (self), NULL);

  topic_id = ir_window_get_topic_id (self);
  text = g_string_new (NULL);
  g_string_append_printf (text, "topic=%s\n", topic_id != NULL ? topic_id : "");
  g_string_append_printf (text, "title=%s\n", adw_navigation_page_get_title (self->content_page));
  g_string_append_printf (text, "direction=%s\n",
                          gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? "rtl" : "ltr");

  sections = ir_catalog_get_sections (self->catalog);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(IrSection) section = g_list_model_get_item (sections, i);

      g_string_append_printf (text, "section=%s\n", ir_section_get_title (section));
    }

  return g_string_free (text, FALSE);
}

void
ir_window_scroll_to_cards (IrWindow *self)
{
  g_return_if_fail (IR_IS_WINDOW (self));

  ir_topic_page_scroll_to_cards (self->topic_page);
}
