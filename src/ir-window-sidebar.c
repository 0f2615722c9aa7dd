/* ir-window-sidebar.c: the sidebar's lists of topics and of search results
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-window-private.h"
#include "widgets/ir-topic-card.h"

static IrSection *
find_section (IrWindow   *self,
              const char *section_id)
{
  GListModel *sections = ir_catalog_get_sections (self->catalog);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(IrSection) section = g_list_model_get_item (sections, i);

      if (g_strcmp0 (ir_section_get_id (section), section_id) == 0)
        return section;
    }

  return NULL;
}

static gpointer
section_to_topics (gpointer item,
                   gpointer user_data)
{
  g_autoptr(IrSection) section = item;

  return g_object_ref (ir_section_get_topics (section));
}

/* A title cut short in a narrow sidebar shows whole in its tooltip. Asked
 * for when the pointer rests on the row: setting a tooltip's text makes
 * GTK ask the display where the pointer is, a round trip per row that made
 * up most of building the list. */
static gboolean
on_topic_row_query_tooltip (GtkWidget  *row,
                            int         x,
                            int         y,
                            gboolean    keyboard_mode,
                            GtkTooltip *tooltip,
                            GtkLabel   *title)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (title)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_label (title));
  return TRUE;
}

static void
setup_topic_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The row's name is its title; the kind icon is decoration. */
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect_object (box, "query-tooltip", G_CALLBACK (on_topic_row_query_tooltip), label, 0);
  gtk_list_item_set_child (item, box);
}

static void
bind_topic_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  IrTopic *topic = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);

  gtk_image_set_from_icon_name (GTK_IMAGE (image), ir_topic_kind_get_icon_name (ir_topic_get_kind (topic)));
  gtk_label_set_label (GTK_LABEL (label), ir_topic_get_title (topic));
  gtk_list_item_set_accessible_label (item, ir_topic_get_title (topic));
}

static void
setup_section_header (GtkSignalListItemFactory *factory,
                      GtkListHeader            *header,
                      gpointer                  user_data)
{
  /* In line with the rows' content, below the search entry's edge. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   "margin-top", 12,
                                   "margin-bottom", 3,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_header_set_child (header, label);
}

static void
bind_section_header (GtkSignalListItemFactory *factory,
                     GtkListHeader            *header,
                     IrWindow                 *self)
{
  IrTopic *topic = gtk_list_header_get_item (header);
  IrSection *section = find_section (self, ir_topic_get_section_id (topic));

  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)),
                       section != NULL ? ir_section_get_title (section) : "");
}

static void
setup_result_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  /* Full size: read from a waiting-room chair too. */
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (item, box);
}

static void
bind_result_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  IrSearchResult *result = gtk_list_item_get_item (item);
  IrTopic *topic = ir_search_result_get_topic (result);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *snippet = gtk_widget_get_next_sibling (title);

  gtk_label_set_label (GTK_LABEL (title), ir_topic_get_title (topic));
  gtk_label_set_markup (GTK_LABEL (snippet), ir_search_result_get_snippet_markup (result));
  gtk_list_item_set_accessible_label (item, ir_topic_get_title (topic));
  gtk_list_item_set_accessible_description (item, ir_search_result_get_snippet (result));
}

static GtkListItemFactory *
new_factory (GCallback setup,
             GCallback bind,
             gpointer  data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, data);
  g_signal_connect (factory, "bind", bind, data);

  return factory;
}

/* The topics, by section, and the search results: their models and the
 * rows that show them. The window connects what they do. */
void
ir_window_set_up_lists (IrWindow *self)
{
  GListModel *sections = ir_catalog_get_sections (self->catalog);
  GtkMapListModel *topics_by_section;
  GtkFlattenListModel *flat;
  g_autoptr(GtkListItemFactory) rows = NULL;
  g_autoptr(GtkListItemFactory) headers = NULL;
  g_autoptr(GtkListItemFactory) results = NULL;

  topics_by_section = gtk_map_list_model_new (g_object_ref (sections), section_to_topics, NULL, NULL);
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (topics_by_section));
  self->topic_selection = gtk_single_selection_new (G_LIST_MODEL (flat));
  gtk_single_selection_set_autoselect (self->topic_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->topic_selection, TRUE);
  gtk_single_selection_set_selected (self->topic_selection, GTK_INVALID_LIST_POSITION);

  rows = new_factory (G_CALLBACK (setup_topic_row), G_CALLBACK (bind_topic_row), self);
  headers = gtk_signal_list_item_factory_new ();
  g_signal_connect (headers, "setup", G_CALLBACK (setup_section_header), self);
  g_signal_connect (headers, "bind", G_CALLBACK (bind_section_header), self);
  gtk_list_view_set_factory (self->topic_list, rows);
  gtk_list_view_set_header_factory (self->topic_list, headers);
  gtk_list_view_set_model (self->topic_list, GTK_SELECTION_MODEL (self->topic_selection));

  self->results_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->results_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->results_selection, TRUE);
  results = new_factory (G_CALLBACK (setup_result_row), G_CALLBACK (bind_result_row), self);
  gtk_list_view_set_factory (self->results_list, results);
  gtk_list_view_set_single_click_activate (self->results_list, TRUE);
  gtk_list_view_set_model (self->results_list, GTK_SELECTION_MODEL (self->results_selection));
}
