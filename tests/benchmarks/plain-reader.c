/* plain-reader.c: a second start-up reference for `build-aux/dev bench`.
 *
 * The bare window paints no text, so it says what libadwaita costs, not
 * what a window of IR Guide's shape costs. This is that shape written the
 * plainest way, with none of IR Guide's widgets: a split view, the
 * bundle's sections and topics as a list of icon-and-title rows, and the
 * first topic's title, summary and first paragraph in a clamp. It shares
 * the content model, to show the same text, and the frame probe.
 * ir-guide over this is what our own widgets and start-up add.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ir-catalog.h"
#include "ir-frame-probe.h"
#include "widgets/ir-topic-card.h"

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_sidebar (IrCatalog *catalog)
{
  GListModel *topics = ir_catalog_get_topics (catalog);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  const char *section_id = NULL;

  gtk_widget_add_css_class (list, "navigation-sidebar");
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *title = gtk_label_new (ir_topic_get_title (topic));

      if (g_strcmp0 (section_id, ir_topic_get_section_id (topic)) != 0)
        {
          IrSection *section = ir_catalog_lookup_section (catalog, ir_topic_get_section_id (topic));
          GtkWidget *heading = make_label (ir_section_get_title (section), "heading");

          section_id = ir_topic_get_section_id (topic);
          gtk_list_box_append (GTK_LIST_BOX (list), heading);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (heading)), FALSE);
          gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (heading)), FALSE);
        }
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (row), gtk_image_new_from_icon_name (ir_topic_kind_get_icon_name (ir_topic_get_kind (topic))));
      gtk_box_append (GTK_BOX (row), title);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), scroller);
  return GTK_WIDGET (adw_navigation_page_new (toolbar_view, "IR Guide"));
}

static GtkWidget *
make_page (IrCatalog *catalog,
           IrTopic   *topic)
{
  IrPart *first_part = ir_body_get_part (ir_topic_get_body (topic, IR_AUDIENCE_PARENTS), 0);
  g_autofree char *paragraph = ir_inline_to_plain (ir_part_get_paragraphs (first_part)[0], catalog);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *toolbar_view = adw_toolbar_view_new ();

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), make_label (ir_topic_get_title (topic), "title-1"));
  gtk_box_append (GTK_BOX (box), make_label (ir_topic_get_summary (topic), "title-4"));
  gtk_box_append (GTK_BOX (box), make_label (paragraph, NULL));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), scroller);
  return GTK_WIDGET (adw_navigation_page_new (toolbar_view, ir_topic_get_title (topic)));
}

static void
on_activate (GApplication *app,
             IrCatalog    *catalog)
{
  g_autoptr(IrTopic) first = g_list_model_get_item (ir_catalog_get_topics (catalog), 0);
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *split_view = adw_navigation_split_view_new ();

  /* The kind icons; IR Guide's own style sheet is its code, so it stays out. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PATH "/icons");

  adw_navigation_split_view_set_sidebar (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         ADW_NAVIGATION_PAGE (make_sidebar (catalog)));
  adw_navigation_split_view_set_content (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         ADW_NAVIGATION_PAGE (make_page (catalog, first)));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), split_view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);

  ir_frame_probe_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  /* Loaded as ir-guide loads it, but on this thread before GTK starts (2 to
   * 3 ms) where ir-guide overlaps the load with GTK's start-up. */
  g_autoptr(IrCatalog) catalog = ir_catalog_new_full (RESOURCE_PATH "/content",
                                                      IR_CATALOG_LOAD_FROM_RESOURCE | IR_CATALOG_LOAD_ONE_THREAD,
                                                      NULL, NULL, &error);
  g_autoptr(AdwApplication) app = NULL;

  if (catalog == NULL)
    g_error ("%s", error->message);

  app = adw_application_new ("io.github.irguide.PlainReader", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), catalog);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
