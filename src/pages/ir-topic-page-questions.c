/* ir-topic-page-questions.c: the "Questions to ask" checklist, whose ticks
 * are kept per topic and audience in GSettings.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-page-private.h"

/* The parents' list under the topic id, the kids' one (a bundle may give
 * them questions too) under "ID:kids": ids never hold a colon. */
static char *
checklist_key (IrTopicPage *self)
{
  const char *topic_id = ir_topic_get_id (self->topic);

  if (ir_topic_page_get_audience (self) == IR_AUDIENCE_KIDS)
    return g_strconcat (topic_id, ":kids", NULL);

  return g_strdup (topic_id);
}

static gboolean
question_is_checked (IrTopicPage *self,
                     guint        index)
{
  g_autoptr(GVariant) all = g_settings_get_value (self->settings, "checked-questions");
  g_autofree const char **checked = NULL;
  g_autofree char *key = g_strdup_printf ("%u", index);
  g_autofree char *list_key = checklist_key (self);

  if (!g_variant_lookup (all, list_key, "^a&s", &checked))
    return FALSE;

  return g_strv_contains (checked, key);
}

/* Replaces one list's ticks in the a{sas} map; NULL or empty drops it. */
static void
set_checked (IrTopicPage        *self,
             const char         *list_key,
             const char * const *indices)
{
  g_autoptr(GVariant) all = g_settings_get_value (self->settings, "checked-questions");
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));
  g_variant_iter_init (&iter, all);
  while (g_variant_iter_loop (&iter, "{&s@as}", &key, &value))
    if (!g_str_equal (key, list_key))
      g_variant_builder_add (&builder, "{s@as}", key, value);
  if (indices != NULL && indices[0] != NULL)
    g_variant_builder_add (&builder, "{s^as}", list_key, indices);

  g_settings_set_value (self->settings, "checked-questions", g_variant_builder_end (&builder));
}

/* Ticks are stored by the question's position, so they survive a change of
 * language; a rewritten question list is a new list anyway. */
static void
store_question (IrTopicPage *self,
                guint        index,
                gboolean     checked)
{
  g_autoptr(GVariant) all = g_settings_get_value (self->settings, "checked-questions");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree const char **old = NULL;
  g_autofree char *key = g_strdup_printf ("%u", index);
  g_auto(GStrv) updated = NULL;
  g_autofree char *list_key = checklist_key (self);

  if (g_variant_lookup (all, list_key, "^a&s", &old))
    {
      for (guint i = 0; old[i] != NULL; i++)
        if (!g_str_equal (old[i], key))
          g_strv_builder_add (builder, old[i]);
    }
  if (checked)
    g_strv_builder_add (builder, key);

  updated = g_strv_builder_end (builder);
  set_checked (self, list_key, (const char * const *) updated);
}

/* Clear has something to do only while the list holds a tick. */
static void
update_clear_action (IrTopicPage *self)
{
  g_autoptr(GVariant) all = g_settings_get_value (self->settings, "checked-questions");
  g_autofree char *list_key = checklist_key (self);
  g_autoptr(GVariant) ticks = g_variant_lookup_value (all, list_key, G_VARIANT_TYPE_STRING_ARRAY);
  gboolean any = ticks != NULL && g_variant_n_children (ticks) > 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Pressed from the keyboard, Clear turns insensitive under it: the
   * keyboard goes on to the questions. */
  if (!any && focus != NULL && GTK_IS_ACTIONABLE (focus) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), "page.clear-questions") == 0)
    gtk_widget_child_focus (GTK_WIDGET (self->questions_list), GTK_DIR_TAB_FORWARD);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.clear-questions", any);
}

static void
on_question_toggled (GtkCheckButton *check,
                     IrTopicPage    *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "question-index"));

  store_question (self, index, gtk_check_button_get_active (check));
  update_clear_action (self);
}

void
ir_topic_page_add_questions (IrTopicPage        *self,
                             const char * const *questions)
{
  for (guint i = 0; questions[i] != NULL; i++)
    {
      /* Plain: a link inside a row that ticks when clicked would be hard
       * to hit, and out of the keyboard's reach. */
      g_autofree char *text = ir_inline_to_plain (questions[i], self->catalog);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), question_is_checked (self, i));
      g_object_set_data (G_OBJECT (check), "question-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_question_toggled), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->questions_list, row);
    }
  update_clear_action (self);
}

static void
show_ticks (IrTopicPage *self)
{
  guint index = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->questions_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row), index++)
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      g_signal_handlers_block_by_func (check, on_question_toggled, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), question_is_checked (self, index));
      g_signal_handlers_unblock_by_func (check, on_question_toggled, self);
    }
}

/* Gone from view, or timed out: there is nothing left to undo with. */
static void
on_cleared_toast_dismissed (IrTopicPage *self)
{
  g_clear_object (&self->cleared_toast);
  g_clear_pointer (&self->cleared_key, g_free);
  g_clear_pointer (&self->cleared_ticks, g_strfreev);
}

/* A family's ticks are a plan for the next visit: Clear offers Undo. */
void
ir_topic_page_clear_questions (IrTopicPage *self)
{
  g_autoptr(GVariant) all = NULL;
  g_autofree char *list_key = NULL;
  GStrv ticks = NULL;

  if (self->topic == NULL)
    return;

  list_key = checklist_key (self);
  all = g_settings_get_value (self->settings, "checked-questions");
  if (!g_variant_lookup (all, list_key, "^as", &ticks))
    return;
  g_strfreev (self->cleared_ticks);
  self->cleared_ticks = ticks;
  g_set_str (&self->cleared_key, list_key);

  set_checked (self, list_key, NULL);
  show_ticks (self);
  update_clear_action (self);

  if (self->cleared_toast == NULL)
    {
      /* Translators: Shown after the Clear button of a topic's questions
       * checklist took every tick away. */
      self->cleared_toast = adw_toast_new (_("Checklist cleared"));
      adw_toast_set_button_label (self->cleared_toast, _("_Undo"));
      adw_toast_set_action_name (self->cleared_toast, "page.undo-clear-questions");
      g_object_ref (self->cleared_toast);
      g_signal_connect_object (self->cleared_toast, "dismissed",
                               G_CALLBACK (on_cleared_toast_dismissed), self, G_CONNECT_SWAPPED);
      adw_toast_overlay_add_toast (self->toast_overlay, self->cleared_toast);
    }
}

/* Only while the toast shows: it goes when the page shows another
 * checklist, and takes with it what Undo would put back. */
void
ir_topic_page_undo_clear_questions (IrTopicPage *self)
{
  if (self->cleared_toast == NULL)
    return;

  set_checked (self, self->cleared_key, (const char * const *) self->cleared_ticks);
  show_ticks (self);
  update_clear_action (self);
  adw_toast_dismiss (self->cleared_toast);
}
