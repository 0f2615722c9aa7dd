/* ir-topic-page.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-page.h"
#include "widgets/ir-topic-card.h"

struct _IrTopicPage
{
  AdwBin parent_instance;

  /* template */
  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *facts_group;
  AdwActionRow        *imaging_row;
  AdwActionRow        *sedation_row;
  AdwActionRow        *duration_row;
  AdwActionRow        *recovery_row;
  GtkBox              *parts_box;
  AdwPreferencesGroup *questions_group;
  GtkListBox          *questions_list;
  GtkBox              *cards_box;
  AdwPreferencesGroup *links_group;
  GtkListBox          *links_list;
  GtkLabel            *sources_label;
  GtkPopover          *term_popover;
  GtkLabel            *term_title;
  GtkLabel            *term_definition;

  /* owned */
  IrCatalog           *catalog;
  GSettings           *settings;
  IrTopic             *topic;
};

G_DEFINE_FINAL_TYPE (IrTopicPage, ir_topic_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SETTINGS,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
remove_all_children (GtkWidget *parent)
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

      gtk_label_set_label (self->term_title, ir_glossary_term_get_term (term));
      gtk_label_set_label (self->term_definition, definition);
      if (gtk_widget_get_parent (GTK_WIDGET (self->term_popover)) != GTK_WIDGET (label))
        {
          if (gtk_widget_get_parent (GTK_WIDGET (self->term_popover)) != NULL)
            gtk_widget_unparent (GTK_WIDGET (self->term_popover));
          gtk_widget_set_parent (GTK_WIDGET (self->term_popover), GTK_WIDGET (label));
        }
      gtk_popover_popup (self->term_popover);
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

static GtkWidget *
make_heading (const char *text,
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

static gboolean
question_is_checked (IrTopicPage *self,
                     guint        index)
{
  g_autoptr(GVariant) all = g_settings_get_value (self->settings, "checked-questions");
  g_autofree const char **checked = NULL;
  g_autofree char *key = g_strdup_printf ("%u", index);

  if (!g_variant_lookup (all, ir_topic_get_id (self->topic), "^a&s", &checked))
    return FALSE;

  return g_strv_contains (checked, key);
}

/* Replaces one topic's ticks in the a{sas} map; NULL or empty drops it. */
static void
set_checked (IrTopicPage        *self,
             const char         *topic_id,
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
    if (!g_str_equal (key, topic_id))
      g_variant_builder_add (&builder, "{s@as}", key, value);
  if (indices != NULL && indices[0] != NULL)
    g_variant_builder_add (&builder, "{s^as}", topic_id, indices);

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
  const char *topic_id = ir_topic_get_id (self->topic);

  if (g_variant_lookup (all, topic_id, "^a&s", &old))
    {
      for (guint i = 0; old[i] != NULL; i++)
        if (!g_str_equal (old[i], key))
          g_strv_builder_add (builder, old[i]);
    }
  if (checked)
    g_strv_builder_add (builder, key);

  updated = g_strv_builder_end (builder);
  set_checked (self, topic_id, (const char * const *) updated);
}

static void
on_question_toggled (GtkCheckButton *check,
                     IrTopicPage    *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "question-index"));

  store_question (self, index, gtk_check_button_get_active (check));
}

static void
add_questions (IrTopicPage        *self,
               const char * const *questions)
{
  for (guint i = 0; questions[i] != NULL; i++)
    {
      g_autofree char *markup = ir_inline_to_markup (questions[i], self->catalog);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), question_is_checked (self, i));
      g_object_set_data (G_OBJECT (check), "question-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_question_toggled), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->questions_list, row);
    }
}

static void
show_body (IrTopicPage *self,
           IrBody      *body)
{
  gboolean has_questions = FALSE;

  remove_all_children (GTK_WIDGET (self->parts_box));
  remove_all_children (GTK_WIDGET (self->questions_list));

  for (guint i = 0; i < ir_body_get_n_parts (body); i++)
    {
      IrPart *part = ir_body_get_part (body, i);
      const char * const *paragraphs = ir_part_get_paragraphs (part);

      if (g_str_equal (ir_part_get_id (part), "questions"))
        {
          add_questions (self, paragraphs);
          has_questions = TRUE;
          continue;
        }

      gtk_box_append (self->parts_box, make_heading (ir_part_get_heading (part), 2));
      for (guint j = 0; paragraphs[j] != NULL; j++)
        gtk_box_append (self->parts_box, make_paragraph (self, paragraphs[j]));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->questions_group), has_questions);
}

static void
show_facts (IrTopicPage *self)
{
  g_autoptr(GListModel) imaging = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  gboolean is_procedure = ir_topic_get_kind (self->topic) == IR_TOPIC_KIND_PROCEDURE;

  gtk_widget_set_visible (GTK_WIDGET (self->facts_group), is_procedure);
  if (!is_procedure)
    return;

  imaging = ir_catalog_get_imaging (self->catalog, self->topic);
  for (guint i = 0; i < g_list_model_get_n_items (imaging); i++)
    {
      g_autoptr(IrTopic) used = g_list_model_get_item (imaging, i);

      if (names->len > 0)
        /* Translators: Separates the names of imaging methods in a list. */
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, ir_topic_get_title (used));
    }

  adw_action_row_set_subtitle (self->imaging_row, names->str);
  adw_action_row_set_subtitle (self->sedation_row, ir_topic_get_fact (self->topic, "sedation"));
  adw_action_row_set_subtitle (self->duration_row, ir_topic_get_fact (self->topic, "duration"));
  adw_action_row_set_subtitle (self->recovery_row, ir_topic_get_fact (self->topic, "recovery"));
}

static gboolean
is_card_kind (IrTopic *topic)
{
  IrTopicKind kind = ir_topic_get_kind (topic);

  return kind == IR_TOPIC_KIND_PROCEDURE || kind == IR_TOPIC_KIND_CONDITION ||
         kind == IR_TOPIC_KIND_BENEFIT;
}

static void
add_card_group (IrTopicPage *self,
                const char  *heading,
                GListModel  *topics,
                gboolean     only_card_kinds)
{
  GtkWidget *flow_box = NULL;
  GtkWidget *label = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);

      if (only_card_kinds && !is_card_kind (topic))
        continue;

      if (flow_box == NULL)
        {
          label = make_heading (heading, 2);
          flow_box = gtk_flow_box_new ();
          gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow_box), GTK_SELECTION_NONE);
          gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow_box), TRUE);
          gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow_box), 1);
          gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow_box), 4);
          gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow_box), 12);
          gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow_box), 12);
          gtk_accessible_update_relation (GTK_ACCESSIBLE (flow_box),
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                          -1);
          gtk_box_append (self->cards_box, label);
          gtk_box_append (self->cards_box, flow_box);
        }

      gtk_flow_box_append (GTK_FLOW_BOX (flow_box), GTK_WIDGET (ir_topic_card_new (topic)));
    }
}

static void
add_link_rows (IrTopicPage *self,
               GListModel  *topics,
               gboolean     skip_card_kinds)
{
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *row;

      if (skip_card_kinds && is_card_kind (topic))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ir_topic_get_title (topic));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ir_topic_get_summary (topic));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-topic");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                              g_variant_new_string (ir_topic_get_id (topic)));
      gtk_list_box_append (self->links_list, row);
    }
}

static void
show_relations (IrTopicPage *self)
{
  g_autoptr(GListModel) related = ir_catalog_get_related (self->catalog, self->topic);

  remove_all_children (GTK_WIDGET (self->cards_box));
  remove_all_children (GTK_WIDGET (self->links_list));

  switch (ir_topic_get_kind (self->topic))
    {
    case IR_TOPIC_KIND_PROCEDURE:
      {
        g_autoptr(GListModel) treats = ir_catalog_get_treats (self->catalog, self->topic);
        g_autoptr(GListModel) imaging = ir_catalog_get_imaging (self->catalog, self->topic);

        add_card_group (self, _("Conditions It Treats"), treats, FALSE);
        add_link_rows (self, imaging, FALSE);
      }
      break;

    case IR_TOPIC_KIND_CONDITION:
      {
        g_autoptr(GListModel) helped_by = ir_catalog_get_treated_by (self->catalog, self->topic);

        add_card_group (self, _("Procedures That May Help"), helped_by, FALSE);
      }
      break;

    case IR_TOPIC_KIND_IMAGING:
      {
        g_autoptr(GListModel) used_by = ir_catalog_get_used_by (self->catalog, self->topic);

        add_card_group (self, _("Procedures That Use It"), used_by, FALSE);
      }
      break;

    case IR_TOPIC_KIND_OVERVIEW:
    case IR_TOPIC_KIND_BENEFIT:
    default:
      break;
    }

  add_card_group (self, _("Related Topics"), related, TRUE);
  add_link_rows (self, related, TRUE);

  gtk_widget_set_visible (GTK_WIDGET (self->cards_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->cards_box)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->links_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->links_list)) != NULL);
}

static void
show_sources (IrTopicPage *self)
{
  const char * const *sources = ir_topic_get_sources (self->topic);
  g_autofree char *joined = g_strjoinv ("; ", (char **) sources);
  g_autofree char *text = NULL;

  /* Translators: The first %s is a list of sources, the second a date (YYYY-MM-DD). */
  text = g_strdup_printf (_("Sources: %s. Last reviewed %s."), joined, ir_topic_get_reviewed (self->topic));
  gtk_label_set_label (self->sources_label, text);
}

static void
ir_topic_page_update (IrTopicPage *self)
{
  gboolean kids = current_audience (self) == IR_AUDIENCE_KIDS;

  if (self->topic == NULL)
    return;

  if (kids)
    gtk_widget_add_css_class (GTK_WIDGET (self), "kids");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "kids");

  gtk_label_set_label (self->title_label, ir_topic_get_title (self->topic));
  gtk_label_set_label (self->summary_label, ir_topic_get_summary (self->topic));
  show_facts (self);
  show_body (self, ir_topic_get_body (self->topic, current_audience (self)));
  show_relations (self);
  show_sources (self);
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
  IrTopicPage *self = IR_TOPIC_PAGE (widget);

  if (self->topic == NULL)
    return;

  set_checked (self, ir_topic_get_id (self->topic), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->questions_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      g_signal_handlers_block_by_func (check, on_question_toggled, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
      g_signal_handlers_unblock_by_func (check, on_question_toggled, self);
    }
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

  if (gtk_widget_get_parent (GTK_WIDGET (self->term_popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->term_popover));
  /* AdwBin would otherwise unparent the child a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), IR_TYPE_TOPIC_PAGE);
  g_clear_object (&self->topic);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

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
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, imaging_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, sedation_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, duration_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, recovery_row);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, parts_box);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, questions_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, questions_list);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, links_group);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, links_list);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, sources_label);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, term_popover);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, term_title);
  gtk_widget_class_bind_template_child (widget_class, IrTopicPage, term_definition);

  gtk_widget_class_install_action (widget_class, "page.clear-questions", NULL, clear_questions_action);
}

static void
ir_topic_page_init (IrTopicPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
