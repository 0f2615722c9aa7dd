/* ir-window-actions.c: the window's actions: history, text size, printing.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-print.h"
#include "ir-window-private.h"

/* The schema's range. Sizes go in tenths. */
#define TEXT_SCALE_MIN 0.8
#define TEXT_SCALE_MAX 2.0
/* Kids' pages read in a larger type than their parents' pages. */
#define KIDS_TEXT_FACTOR 1.2

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ir_window_navigate (IR_WINDOW (widget), g_variant_get_string (parameter, NULL), IR_HISTORY_RECORD);
}

static gboolean
dialog_is_open (IrWindow *self)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self)) != NULL;
}

static void
step_history (IrWindow  *self,
              GPtrArray *from,
              GPtrArray *to)
{
  g_autofree char *target = NULL;
  const char *current = ir_window_get_topic_id (self);

  if (from->len == 0)
    return;

  target = g_ptr_array_steal_index (from, from->len - 1);
  if (current != NULL)
    g_ptr_array_add (to, g_strdup (current));
  ir_window_navigate (self, target, IR_HISTORY_KEEP);
  ir_window_update_actions (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IrWindow *self = IR_WINDOW (widget);

  step_history (self, self->back_stack, self->forward_stack);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IrWindow *self = IR_WINDOW (widget);

  step_history (self, self->forward_stack, self->back_stack);
}

/* The phone's back arrow, as a phone app's: back through the topics
 * opened since the list opened this one, then to the list. */
static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  IrWindow *self = IR_WINDOW (widget);

  if (self->back_stack->len > self->list_depth)
    gtk_widget_activate_action (widget, "win.back", NULL);
  else
    adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

/* @steps tenths from @scale, on a whole tenth: adding 0.1 again and again
 * would drift (1.9 + 0.1 is 2.0000000000000004, outside the range), and a
 * stored value between tenths would be stuck. */
static double
step_text_scale (double scale,
                 int    steps)
{
  int tenths = (int) (scale * 10 + 0.5) + steps;

  return CLAMP (tenths / 10.0, TEXT_SCALE_MIN, TEXT_SCALE_MAX);
}

/* A dialog over the window (About, an alert) has the keys to itself: the
 * window's shortcuts reach its actions through it, and would act unseen
 * behind it or send the keyboard there. So while one shows, they are off. */
void
ir_window_update_actions (IrWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean usable = !dialog_is_open (self);
  double scale = g_settings_get_double (self->settings, "text-scale");

  gtk_widget_action_set_enabled (widget, "win.back", usable && self->back_stack->len > 0);
  gtk_widget_action_set_enabled (widget, "win.forward", usable && self->forward_stack->len > 0);
  gtk_widget_action_set_enabled (widget, "win.print",
                                 usable && self->print_job == NULL && ir_topic_page_get_topic (self->topic_page) != NULL);
  gtk_widget_action_set_enabled (widget, "win.search", usable);
  gtk_widget_action_set_enabled (widget, "win.zoom-in", usable && step_text_scale (scale, 1) > scale);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", usable && step_text_scale (scale, -1) < scale);
  gtk_widget_action_set_enabled (widget, "win.zoom-reset", usable);

  /* A history button pressed to the end of the history turns insensitive
   * under the keyboard: the keyboard moves to its other button, or to the
   * page. (Not when a dialog turned it off: the dialog has the keyboard.) */
  if (usable && focus != NULL && GTK_IS_BUTTON (focus) && !gtk_widget_is_sensitive (focus))
    {
      GtkWidget *other = gtk_widget_get_prev_sibling (focus) != NULL ? gtk_widget_get_prev_sibling (focus)
                                                                      : gtk_widget_get_next_sibling (focus);

      if (other == NULL || !gtk_widget_is_sensitive (other) || !gtk_widget_grab_focus (other))
        ir_topic_page_focus_start (self->topic_page);
    }
}

static void
on_print_done (GtkPrintOperation       *print,
               GtkPrintOperationResult  result,
               IrWindow                *self)
{
  g_autoptr(GError) error = NULL;
  /* Kept until now: the dialog and the job outlive the action. */
  g_autoptr(GtkPrintOperation) job = g_steal_pointer (&self->print_job);

  ir_window_update_actions (self);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (print));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (print));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      AdwDialog *dialog;

      gtk_print_operation_get_error (print, &error);
      /* Translators: The heading of the message shown when printing fails. */
      dialog = adw_alert_dialog_new (_("Could Not Print"), error != NULL ? error->message : NULL);
      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
      adw_dialog_present (dialog, GTK_WIDGET (self));
    }
}

/* The page shown, for the audience shown, on paper. The dialog does not
 * hold up the window; the printer, paper and margins chosen are kept for
 * the window's next printout, and a saved file is named after the topic. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  IrWindow *self = IR_WINDOW (widget);
  IrTopic *topic = ir_topic_page_get_topic (self->topic_page);
  g_autoptr(IrTopicPrint) print = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  GtkPrintOperationResult result;

  if (topic == NULL || self->print_job != NULL)
    return;

  print = ir_topic_print_new (self->catalog, topic, ir_topic_page_get_audience (self->topic_page));
  settings = self->print_settings != NULL ? gtk_print_settings_copy (self->print_settings) : gtk_print_settings_new ();
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, NULL);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, ir_topic_get_title (topic));
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (print), settings);
  if (self->page_setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (print), self->page_setup);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), TRUE);
  g_signal_connect_object (print, "done", G_CALLBACK (on_print_done), self, 0);

  self->print_job = g_object_ref (GTK_PRINT_OPERATION (print));
  ir_window_update_actions (self);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), NULL);
  /* ::done may not come when nothing ran at all. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && self->print_job != NULL)
    on_print_done (GTK_PRINT_OPERATION (print), result, self);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  IrWindow *self = IR_WINDOW (widget);
  double scale = g_settings_get_double (self->settings, "text-scale");

  if (g_str_equal (action_name, "win.zoom-in"))
    g_settings_set_double (self->settings, "text-scale", step_text_scale (scale, 1));
  else if (g_str_equal (action_name, "win.zoom-out"))
    g_settings_set_double (self->settings, "text-scale", step_text_scale (scale, -1));
  else
    g_settings_reset (self->settings, "text-scale");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  IrWindow *self = IR_WINDOW (widget);

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
ir_window_apply_text_scale (IrWindow *self)
{
  double scale = g_settings_get_double (self->settings, "text-scale");
  char parents[G_ASCII_DTOSTR_BUF_SIZE];
  char kids[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *css = NULL;

  /* Percentages scale from the system font, so the setting composes with
   * the desktop's own text scaling. */
  g_ascii_formatd (parents, sizeof parents, "%.0f", scale * 100);
  g_ascii_formatd (kids, sizeof kids, "%.0f", scale * KIDS_TEXT_FACTOR * 100);
  css = g_strdup_printf (".ir-page-content, .ir-term-content { font-size: %s%%; }\n"
                         ".kids .ir-page-content, .kids .ir-term-content { font-size: %s%%; }\n",
                         parents, kids);

  if (self->text_scale_css == NULL)
    {
      self->text_scale_css = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  GTK_STYLE_PROVIDER (self->text_scale_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  gtk_css_provider_load_from_string (self->text_scale_css, css);
  ir_window_update_actions (self);
}

static void
on_text_scale_changed (GSettings  *settings,
                       const char *key,
                       IrWindow   *self)
{
  ir_window_apply_text_scale (self);
}

/* A step through the topics visited, when there is one to take and no
 * dialog is over the page. Without one, the key or mouse button is left to
 * the navigation view, which returns to the list on a phone-sized window. */
static gboolean
take_history_step (IrWindow *self,
                   gboolean  back)
{
  if (dialog_is_open (self) || (back ? self->back_stack : self->forward_stack)->len == 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), back ? "win.back" : "win.forward", NULL);
}

static void
on_mouse_button (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 IrWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if ((button == 8 || button == 9) && take_history_step (self, button == 8))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
ir_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}

/* Alt+arrow, and the keyboard's Back and Forward keys, step through the
 * topics visited. They are caught before the navigation view's own, which
 * would only return to the list. The arrow pointing back is the left one
 * left to right, the right one right to left. */
static gboolean
history_shortcut (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  guint keyval = GPOINTER_TO_UINT (user_data);
  gboolean back = keyval == GDK_KEY_Left || keyval == GDK_KEY_Back;

  if ((keyval == GDK_KEY_Left || keyval == GDK_KEY_Right) && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    back = !back;

  return take_history_step (IR_WINDOW (widget), back);
}

static GtkEventController *
new_history_shortcuts (void)
{
  static const struct { guint keyval; GdkModifierType modifiers; } keys[] = {
    { GDK_KEY_Left, GDK_ALT_MASK }, { GDK_KEY_Right, GDK_ALT_MASK }, { GDK_KEY_Back, 0 }, { GDK_KEY_Forward, 0 },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, keys[i].modifiers),
                                                            gtk_callback_action_new (history_shortcut,
                                                                                     GUINT_TO_POINTER (keys[i].keyval),
                                                                                     NULL)));

  return controller;
}

void
ir_window_init_actions (IrWindow *self)
{
  g_autoptr(GAction) audience = g_settings_create_action (self->settings, "audience");
  GtkGesture *buttons = gtk_gesture_click_new ();

  g_action_map_add_action (G_ACTION_MAP (self), audience);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (buttons), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (buttons), GTK_PHASE_CAPTURE);
  g_signal_connect_object (buttons, "pressed", G_CALLBACK (on_mouse_button), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (buttons));
  gtk_widget_add_controller (GTK_WIDGET (self), new_history_shortcuts ());

  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (on_text_scale_changed), self, 0);
  g_signal_connect (self, "notify::visible-dialog", G_CALLBACK (ir_window_update_actions), NULL);
  ir_window_update_actions (self);
}
