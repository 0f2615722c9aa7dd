/* gui-test-window.h: opening IR Guide's window in a test and waiting for it
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "gui-test-app.h"
#include "ir-window.h"
#include "pages/ir-topic-page.h"

typedef gboolean (*Condition) (gpointer data);

static inline gboolean     wait_for (Condition condition,
                                     gpointer  data);
static inline IrTopicPage *get_page (IrWindow *window);

/* A page builds its top at once and the rest after its first frame. */
static inline gboolean
pages_are_complete (gpointer unused)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (IR_IS_WINDOW (l->data) && gtk_widget_get_mapped (l->data) && !ir_topic_page_is_complete (get_page (l->data)))
      return FALSE;

  return TRUE;
}

static inline void
drain (void)
{
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (wait_for (pages_are_complete, NULL));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Frames and breakpoints arrive asynchronously; waiting for the state itself
 * keeps the tests independent of the machine's speed. */
static inline gboolean
wait_for (Condition condition,
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static inline gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* A window of that size, once @ready says so and its page is built. */
static inline IrWindow *
open_window_until (int       width,
                   int       height,
                   Condition ready)
{
  GSettings *settings = ir_application_get_settings (app);
  IrWindow *window;

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  window = ir_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (ready, window));
  drain ();

  return window;
}

static inline IrWindow *
open_window (int width,
             int height)
{
  return open_window_until (width, height, is_mapped);
}

static inline gpointer
template_child (IrWindow   *window,
                const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), IR_TYPE_WINDOW, name);
}

static inline IrTopicPage *
get_page (IrWindow *window)
{
  return IR_TOPIC_PAGE (adw_bin_get_child (template_child (window, "page_bin")));
}

/* The visible widgets of @type in @widget's tree, in order. */
static inline void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static inline gboolean
is_collapsed (gpointer split_view)
{
  return adw_navigation_split_view_get_collapsed (split_view);
}

/* The button for @action_name in @window, shown or hidden. */
static inline GtkWidget *
find_action_button (IrWindow   *window,
                    const char *action_name)
{
  for (GtkWidget *widget = GTK_WIDGET (window); widget != NULL;)
    {
      GtkWidget *next;

      if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
        return widget;
      /* Depth first. */
      next = gtk_widget_get_first_child (widget);
      while (next == NULL && widget != NULL)
        {
          next = gtk_widget_get_next_sibling (widget);
          if (next == NULL)
            widget = gtk_widget_get_parent (widget);
        }
      widget = next;
    }

  return NULL;
}

/* The shortcut among @widget's own controllers that @keyval with exactly
 * @modifiers triggers, or NULL; @controller, if not NULL, gets the
 * controller that holds it. */
static inline GtkShortcut *
find_shortcut (GtkWidget           *widget,
               guint                keyval,
               GdkModifierType      modifiers,
               GtkEventController **controller)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) candidate = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (candidate))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (candidate)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (candidate), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              if (controller != NULL)
                *controller = g_steal_pointer (&candidate);
              return g_steal_pointer (&shortcut);
            }
        }
    }

  return NULL;
}

/* The first label of the page that links a glossary term. */
static inline GtkLabel *
find_term_label (IrWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (get_page (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (labels->pdata[i]), "href=\"term:") != NULL)
      return labels->pdata[i];

  return NULL;
}

/* Opens the catheter's definition from the page's first term link. */
static inline GtkPopover *
open_term (IrWindow *window)
{
  GtkLabel *label = find_term_label (window);
  GtkPopover *popover = GTK_POPOVER (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)),
                                                                    IR_TYPE_TOPIC_PAGE, "term_popover"));
  gboolean handled = FALSE;

  g_assert_nonnull (label);
  /* As a keyboard user does: Tab to the paragraph's link, then Enter. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (label)));
  g_signal_emit_by_name (label, "activate-link", "term:catheter", &handled);
  g_assert_true (handled);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  return popover;
}
