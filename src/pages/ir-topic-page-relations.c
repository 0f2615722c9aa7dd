/* ir-topic-page-relations.c: a page's cards and link rows, from the
 * catalog's relations: what a procedure treats and the procedures that may
 * help a condition as cards, imaging and related topics as link rows.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-page-private.h"
#include "widgets/ir-topic-card.h"

/* Each topic shows once on a page, where it is first reached: a condition
 * a procedure treats and also names as related is a card, not a row too.
 * @shown holds the topics placed so far. */
static void
add_card_group (IrTopicPage *self,
                const char  *heading,
                GListModel  *topics,
                GHashTable  *shown)
{
  GtkWidget *flow_box = NULL;
  GtkWidget *label = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *card;

      if (!g_hash_table_add (shown, topic))
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

      card = GTK_WIDGET (ir_topic_card_new (topic));
      gtk_flow_box_append (GTK_FLOW_BOX (flow_box), card);
      /* The card is the button; its cell would be a second, nameless
       * stop for Tab and for screen readers. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
}

static void
add_link_rows (GtkListBox *list,
               GListModel *topics,
               GHashTable *shown)
{
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *row;

      if (!g_hash_table_add (shown, topic))
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
      gtk_list_box_append (list, row);
    }
}

void
ir_topic_page_show_relations (IrTopicPage *self)
{
  g_autoptr(GListModel) related = ir_catalog_get_related (self->catalog, self->topic);
  /* Borrowed: the catalog owns its topics. */
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);

  ir_topic_page_remove_all_children (GTK_WIDGET (self->cards_box));
  ir_topic_page_remove_all_children (GTK_WIDGET (self->imaging_list));
  ir_topic_page_remove_all_children (GTK_WIDGET (self->links_list));
  g_hash_table_add (shown, self->topic);

  switch (ir_topic_get_kind (self->topic))
    {
    case IR_TOPIC_KIND_PROCEDURE:
      {
        g_autoptr(GListModel) treats = ir_catalog_get_treats (self->catalog, self->topic);
        g_autoptr(GListModel) imaging = ir_catalog_get_imaging (self->catalog, self->topic);

        add_card_group (self, _("Conditions It Treats"), treats, shown);
        add_link_rows (self->imaging_list, imaging, shown);
      }
      break;

    case IR_TOPIC_KIND_CONDITION:
      {
        g_autoptr(GListModel) helped_by = ir_catalog_get_treated_by (self->catalog, self->topic);

        add_card_group (self, _("Procedures That May Help"), helped_by, shown);
        /* A condition has no imaging of its own: it shows the imaging
         * that guides the procedures for it. */
        for (guint i = 0; i < g_list_model_get_n_items (helped_by); i++)
          {
            g_autoptr(IrTopic) procedure = g_list_model_get_item (helped_by, i);
            g_autoptr(GListModel) imaging = ir_catalog_get_imaging (self->catalog, procedure);

            add_link_rows (self->imaging_list, imaging, shown);
          }
      }
      break;

    case IR_TOPIC_KIND_IMAGING:
      {
        g_autoptr(GListModel) used_by = ir_catalog_get_used_by (self->catalog, self->topic);

        add_card_group (self, _("Procedures That Use It"), used_by, shown);
      }
      break;

    case IR_TOPIC_KIND_OVERVIEW:
    case IR_TOPIC_KIND_BENEFIT:
    default:
      break;
    }

  add_link_rows (self->links_list, related, shown);

  gtk_widget_set_visible (GTK_WIDGET (self->cards_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->cards_box)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->imaging_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->imaging_list)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->links_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->links_list)) != NULL);
}
