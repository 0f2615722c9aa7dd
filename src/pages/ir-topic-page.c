/* ir-topic-page.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-topic-page-private.h"
#include "ir-topic-text.h"

G_DEFINE_FINAL_TYPE (IrTopicPage, ir_topic_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SETTINGS,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
ir_topic_page_remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static IrAudience
current_audience (IrTopicPage *self)
{
  return g_settings_get_enum (self->settings, "audience") == 1 ? IR_AUDIENCE_KIDS
                                                                 : IR_AUDIENCE_PARENTS;
}

static gboolean
on_link_activated (GtkLabel    *label,
                   const char  *uri,
                   IrTopicPage *self)
{
  IrGlossaryTerm *term;

  if (g_str_has_prefix (uri, "topic:"))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-topic", "s", uri + strlen ("topic:"));
      return TRUE;
    }

  if (g_str_has_prefix (uri, "term:") &&
      (term = ir_catalog_lookup_term (self->catalog, uri + strlen ("term:"))) != NULL)
    {
      g_autofree char *definition = ir_inline_to_plain (ir_glossary_term_get_definition (term),
                                                        self->catalog);

      graphene_rect_t bounds;

      gtk_label_set_label (self->term_title, ir_glossary_term_get_term (term));
      gtk_label_set_label (self->term_definition, definition);
      /* The popover belongs to the page, which outlives its paragraphs
       * (AdwBin's layout manager presents it), and points at the
       * paragraph. */
      if (gtk_widget_compute_bounds (GTK_WIDGET (label), GTK_WIDGET (self), &bounds))
        gtk_popover_set_pointing_to (self->term_popover,
                                     &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                       bounds.size.width, bounds.size.height });
      else
        gtk_popover_set_pointing_to (self->term_popover, NULL);
      g_set_weak_pointer (&self->term_label, GTK_WIDGET (label));
      gtk_popover_popup (self->term_popover);
      /* The popover gives the keyboard to the definition, so Tab and a
       * screen reader reach it. Focus selects a label's text, which would
       * look as if the family had done it. */
      gtk_label_select_region (self->term_definition, 0, 0);
      return TRUE;
    }

  /* Content never holds other links; refuse anything else rather than
   * handing it to a browser. */
  return TRUE;
}

static GtkWidget *
make_paragraph (IrTopicPage *self,
                const char  *text)
{
  g_autofree char *markup = ir_inline_to_markup (text, self->catalog);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "ir-reading");
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_link_activated), self, 0);

  return label;
}

GtkWidget *
ir_topic_page_make_heading (const char *text,
                            int         level)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_widget_add_css_class (label, level <= 2 ? "title-3" : "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);

  return label;
}

/* Builds the body's parts from next_part on, stopping after LIMIT parts of
 * text (the questions are a list, not text). */
static void
build_parts (IrTopicPage *self,
             IrBody      *body,
             guint        limit)
{
  guint built = 0;

  for (; self->next_part < ir_body_get_n_parts (body) && built < limit; self->next_part++)
    {
      IrPart *part = ir_body_get_part (body, self->next_part);
      const char * const *paragraphs = ir_part_get_paragraphs (part);

      if (g_str_equal (ir_part_get_id (part), "questions"))
        {
          ir_topic_page_add_questions (self, paragraphs);
          gtk_widget_set_visible (GTK_WIDGET (self->questions_group), TRUE);
          continue;
        }

      gtk_box_append (self->parts_box, ir_topic_page_make_heading (ir_part_get_heading (part), 2));
      for (guint j = 0; paragraphs[j] != NULL; j++)
        gtk_box_append (self->parts_box, make_paragraph (self, paragraphs[j]));
      built++;
    }
}

static void
show_facts (IrTopicPage *self)
{
  g_autofree char *imaging = NULL;
  gboolean is_procedure = ir_topic_get_kind (self->topic) == IR_TOPIC_KIND_PROCEDURE;

  gtk_widget_set_visible (GTK_WIDGET (self->facts_group), is_procedure);
  if (!is_procedure)
    return;

  imaging = ir_topic_text_imaging (self->catalog, self->topic);
  adw_action_row_set_subtitle (self->imaging_row, imaging);
  adw_action_row_set_subtitle (self->sedation_row, ir_topic_get_fact (self->topic, "sedation"));
  adw_action_row_set_subtitle (self->duration_row, ir_topic_get_fact (self->topic, "duration"));
  adw_action_row_set_subtitle (self->recovery_row, ir_topic_get_fact (self->topic, "recovery"));
}

static void
show_sources (IrTopicPage *self)
{
  g_autofree char *text = ir_topic_text_sources (self->topic);

  gtk_label_set_label (self->sources_label, text);
}

static void
cancel_finish (IrTopicPage *self)
{
  /* An unrealized window's clock may have dropped its handlers already. */
  if (self->finish_handler != 0 && g_signal_handler_is_connected (self->finish_clock, self->finish_handler))
    g_signal_handler_disconnect (self->finish_clock, self->finish_handler);
  self->finish_handler = 0;
  g_clear_object (&self->finish_clock);
  g_clear_signal_handler (&self->map_handler, self);
}

/* The first frame of a page shows its top: the title, the facts and the
 * first part, which fill the screen (at start-up, the title and facts).
 * The rest, below the fold, is built once that frame is on screen, so that
 * a switch never waits for text nobody can see yet. A page that is not
 * shown yet waits for its map. The sources and the note end the page, so
 * they come with the rest rather than sit where the body will push them
 * down a frame later. */
static void
finish_page (IrTopicPage *self)
{
  cancel_finish (self);
  build_parts (self, ir_topic_get_body (self->topic, current_audience (self)), G_MAXUINT);
  ir_topic_page_show_relations (self);
  show_sources (self);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
}

static void
on_after_first_paint (GdkFrameClock *clock,
                      IrTopicPage   *self)
{
  finish_page (self);
}

static void
finish_after_next_paint (IrTopicPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  cancel_finish (self);
  if (clock == NULL)
    {
      finish_page (self);
      return;
    }

  self->finish_clock = g_object_ref (clock);
  self->finish_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_first_paint), self);
}

/* Esc or a click elsewhere: the keyboard, if it was in the popover, goes
 * back to the paragraph. */
static void
on_term_popover_closed (IrTopicPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (self->term_label != NULL && gtk_widget_get_mapped (self->term_label) &&
      (focus == NULL || focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->term_popover))))
    gtk_widget_grab_focus (self->term_label);
  g_clear_weak_pointer (&self->term_label);
}

/* The keyboard goes to the page's start before the body it is on goes.
 * Left there, GTK would move it after the next frame to wherever Tab
 * first lands, and GTK 4.18 reads the old widget after freeing it when
 * the new one is a label with links (gtk_label_grab_focus). */
static void
keep_focus_off_body (IrTopicPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *body[] = {
    GTK_WIDGET (self->parts_box), GTK_WIDGET (self->questions_list),
    GTK_WIDGET (self->cards_box), GTK_WIDGET (self->imaging_list), GTK_WIDGET (self->links_list),
  };

  if (focus == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (body); i++)
    if (gtk_widget_is_ancestor (focus, body[i]))
      {
        ir_topic_page_focus_start (self);
        /* Not on show yet, the switch may refuse the keyboard. */
        if (gtk_root_get_focus (root) == focus)
          gtk_root_set_focus (root, NULL);
        return;
      }
}

static void
ir_topic_page_update (IrTopicPage *self)
{
  gboolean kids = current_audience (self) == IR_AUDIENCE_KIDS;

  cancel_finish (self);
  /* Its paragraph is about to go: nothing to give the keyboard back to. */
  g_clear_weak_pointer (&self->term_label);
  gtk_popover_popdown (self->term_popover);
  if (self->topic == NULL)
    return;

  if (kids)
    gtk_widget_add_css_class (GTK_WIDGET (self), "kids");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "kids");

  gtk_label_set_label (self->title_label, ir_topic_get_title (self->topic));
  gtk_label_set_label (self->summary_label, ir_topic_get_summary (self->topic));
  show_facts (self);

  keep_focus_off_body (self);
  ir_topic_page_remove_all_children (GTK_WIDGET (self->parts_box));
  ir_topic_page_remove_all_children (GTK_WIDGET (self->questions_list));
  /* Undo belongs to the checklist it would refill, now gone from view. */
  if (self->cleared_toast != NULL)
    adw_toast_dismiss (self->cleared_toast);
  ir_topic_page_remove_all_children (GTK_WIDGET (self->cards_box));
  ir_topic_page_remove_all_children (GTK_WIDGET (self->imaging_list));
  ir_topic_page_remove_all_children (GTK_WIDGET (self->links_list));
  gtk_widget_set_visible (GTK_WIDGET (self->questions_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->cards_box), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->imaging_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->links_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), FALSE);
  self->next_part = 0;
  /* A page shown at start-up competes with the whole window's first frame,
   * so its body waits for the second. */
  build_parts (self, ir_topic_get_body (self->topic, current_audience (self)),
               gtk_widget_get_mapped (GTK_WIDGET (self)) ? 1 : 0);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    finish_after_next_paint (self);
  else
    self->map_handler = g_signal_connect (self, "map", G_CALLBACK (finish_after_next_paint), NULL);
}

/* Whether every part of the page is built (see ir_topic_page_update). */
gboolean
ir_topic_page_is_complete (IrTopicPage *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_PAGE (self), FALSE);

  return self->topic == NULL || (self->finish_clock == NULL && self->map_handler == 0);
}

static void
on_audience_changed (GSettings   *settings,
                     const char  *key,
                     IrTopicPage *self)
{
  ir_topic_page_update (self);
}

static void
clear_questions_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  if (g_str_equal (action_name, "page.clear-questions"))
    ir_topic_page_clear_questions (IR_TOPIC_PAGE (widget));
  else
    ir_topic_page_undo_clear_questions (IR_TOPIC_PAGE (widget));
}

static void
ir_topic_page_constructed (GObject *object)
{
  IrTopicPage *self = IR_TOPIC_PAGE (object);

  G_OBJECT_CLASS (ir_topic_page_parent_class)->constructed (object);

  /* Tools such as gtk4-builder-tool build a page with no settings. */
  if (self->settings == NULL)
    return;

  g_signal_connect_object (self->settings, "changed::audience",
                           G_CALLBACK (on_audience_changed), self, 0);
}

static void
ir_topic_page_dispose (GObject *object)
{
  IrTopicPage *self = IR_TOPIC_PAGE (object);

  g_clear_weak_pointer (&self->term_label);
  if (self->term_popover != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->term_popover));
      self->term_popover = NULL;
    }
  /* AdwBin would otherwise unparent the child a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  cancel_finish (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), IR_TYPE_TOPIC_PAGE);
  g_clear_object (&self->topic);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_object (&self->cleared_toast);
  g_clear_pointer (&self->cleared_key, g_free);
  g_clear_pointer (&self->cleared_ticks, g_strfreev);

  G_OBJECT_CLASS (ir_topic_page_parent_class)->dispose (object);
}

static void
ir_topic_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  IrTopicPage *self = IR_TOPIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_topic_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  IrTopicPage *self = IR_TOPIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_TOPIC:
      ir_topic_page_set_topic (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ir_topic_page_class_init (IrTopicPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ir_topic_page_constructed;
  object_class->dispose = ir_topic_page_dispose;
  object_class->get_property = ir_topic_page_get_property;
  object_class->set_property = ir_topic_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, IR_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL, IR_TYPE_TOPIC,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/pages/ir-topic-page.ui");
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, audience_box);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, imaging_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, sedation_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, duration_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, recovery_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, parts_box);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, questions_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, questions_list);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, imaging_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, imaging_list);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, links_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, links_list);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, sources_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, term_popover);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, term_title);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, term_definition);

  gtk_widget_class_bind_template_callback (widget_class, on_term_popover_closed);

  gtk_widget_class_install_action (widget_class, "page.clear-questions", NULL, clear_questions_action);
  gtk_widget_class_install_action (widget_class, "page.undo-clear-questions", NULL, clear_questions_action);
}

static void
ir_topic_page_init (IrTopicPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->term_popover), GTK_WIDGET (self));
}

IrTopicPage *
ir_topic_page_new (IrCatalog *catalog,
                   GSettings *settings)
{
  g_return_val_if_fail (IR_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (IR_TYPE_TOPIC_PAGE,
                       "catalog", catalog,
                       "settings", settings,
                       NULL);
}

void
ir_topic_page_set_topic (IrTopicPage *self,
                         IrTopic     *topic)
{
  g_return_if_fail (IR_IS_TOPIC_PAGE (self));
  g_return_if_fail (topic == NULL || IR_IS_TOPIC (topic));

  if (!g_set_object (&self->topic, topic))
    return;

  ir_topic_page_update (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

IrTopic *
ir_topic_page_get_topic (IrTopicPage *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_PAGE (self), NULL);

  return self->topic;
}

/* Puts the keyboard at the start of the page: its first control, the
 * audience switch (on the audience shown), whose next Tab is the text's
 * first link. */
void
ir_topic_page_focus_start (IrTopicPage *self)
{
  g_return_if_fail (IR_IS_TOPIC_PAGE (self));

  for (GtkWidget *toggle = gtk_widget_get_first_child (self->audience_box);
       toggle != NULL;
       toggle = gtk_widget_get_next_sibling (toggle))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)) && gtk_widget_grab_focus (toggle))
      return;

  gtk_widget_child_focus (self->audience_box, GTK_DIR_TAB_FORWARD);
}

/* The audience the page is written for now. */
IrAudience
ir_topic_page_get_audience (IrTopicPage *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_PAGE (self), IR_AUDIENCE_PARENTS);

  return current_audience (self);
}

/* Brings the cards into view, for build-aux/screenshots.py. Needs a page
 * that has been laid out. */
void
ir_topic_page_scroll_to_cards (IrTopicPage *self)
{
  GtkWidget *viewport;
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_return_if_fail (IR_IS_TOPIC_PAGE (self));

  viewport = gtk_scrolled_window_get_child (self->scroller);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->cards_box))
      || !gtk_widget_compute_point (GTK_WIDGET (self->cards_box), viewport, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
}
