/* ir-topic-page-relations.c: a page's cards and link rows, from the
 * catalog's relations: what a procedure treats and the procedures that may
 * help a condition as cards, imaging and related topics as rows.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-page-private.h"
#include "widgets/ir-topic-card.h"

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
          label = ir_topic_page_make_heading (heading, 2);
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

      {
        GtkWidget *card = GTK_WIDGET (ir_topic_card_new (topic));

        gtk_flow_box_append (GTK_FLOW_BOX (flow_box), card);
        /* The card is the button; its cell would be a second, nameless
         * stop for Tab and for screen readers. */
        gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
      }
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

void
ir_topic_page_show_relations (IrTopicPage *self)
{
  g_autoptr(GListModel) related = ir_catalog_get_related (self->catalog, self->topic);

  ir_topic_page_remove_all_children (GTK_WIDGET (self->cards_box));
  ir_topic_page_remove_all_children (GTK_WIDGET (self->links_list));

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
