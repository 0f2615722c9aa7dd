/* test-reading.c: the reading experience with the real bundle, under Xvfb.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test-window.h"
#include "ir-application.h"
#include "ir-inline.h"
#include "ir-window.h"
#include "pages/ir-topic-page.h"
#include "widgets/ir-topic-card.h"

static IrCatalog *
get_catalog (void)
{
  return ir_application_get_catalog (app);
}

static char *
visible_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect_widgets (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (text, gtk_label_get_text (labels->pdata[i]));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* Every topic opens, for parents and for kids, with its whole body and
 * no warning (warnings are fatal here). */
static void
test_every_topic_opens (void)
{
  IrWindow *window = open_window (1000, 700);
  GSettings *settings = ir_application_get_settings (app);
  GListModel *topics = ir_catalog_get_topics (get_catalog ());
  guint n = g_list_model_get_n_items (topics);
  const char *audiences[] = { "parents", "kids" };

  g_assert_cmpuint (n, >=, 40);
  for (guint a = 0; a < G_N_ELEMENTS (audiences); a++)
    {
      g_settings_set_string (settings, "audience", audiences[a]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
          g_autofree char *text = NULL;
          IrBody *body;

          g_assert_true (ir_window_show_topic (window, ir_topic_get_id (topic)));
          drain ();
          g_assert_cmpstr (ir_window_get_topic_id (window), ==, ir_topic_get_id (topic));
          g_assert_cmpint (ir_topic_page_get_audience (get_page (window)), ==,
                           a == 0 ? IR_AUDIENCE_PARENTS : IR_AUDIENCE_KIDS);
          text = visible_text (GTK_WIDGET (get_page (window)));
          g_assert_nonnull (strstr (text, ir_topic_get_title (topic)));
          g_assert_nonnull (strstr (text, ir_topic_get_summary (topic)));
          /* The body was built, to its last part: each heading and the
           * first paragraph of each part, as the reader sees it. */
          body = ir_topic_get_body (topic, ir_topic_page_get_audience (get_page (window)));
          for (guint j = 0; j < ir_body_get_n_parts (body); j++)
            {
              IrPart *part = ir_body_get_part (body, j);
              g_autofree char *first = ir_inline_to_plain (ir_part_get_paragraphs (part)[0], get_catalog ());

              /* The checklist has a heading of its own. */
              if (!g_str_equal (ir_part_get_id (part), "questions"))
                g_assert_nonnull (strstr (text, ir_part_get_heading (part)));
              g_assert_nonnull (strstr (text, first));
            }
          /* The educational-use note is on every page. */
          g_assert_nonnull (strstr (text, "education only"));
        }
    }

  g_settings_set_string (settings, "audience", "parents");
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  IrWindow   *window;
  const char *topic_id;
} TopicWait;

static gboolean
topic_is (gpointer data)
{
  TopicWait *wait = data;

  return g_strcmp0 (ir_window_get_topic_id (wait->window), wait->topic_id) == 0;
}

/* Every card on every page opens the topic it shows: one per page is
 * pressed as the keyboard does, the rest are clicked. Procedures and
 * conditions show each other as cards, and related topics as rows. */
static void
test_cards_open_their_target (void)
{
  IrWindow *window = open_window (1000, 700);
  GListModel *topics = ir_catalog_get_topics (get_catalog ());
  guint cards_seen = 0;

  for (guint p = 0; p < g_list_model_get_n_items (topics); p++)
    {
      g_autoptr(IrTopic) page = g_list_model_get_item (topics, p);
      const char *page_id = ir_topic_get_id (page);
      IrTopicKind kind = ir_topic_get_kind (page);
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();

      g_assert_true (ir_window_show_topic (window, page_id));
      drain ();
      collect_widgets (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_CARD, cards);
      if (kind == IR_TOPIC_KIND_PROCEDURE || kind == IR_TOPIC_KIND_CONDITION)
        {
          g_autoptr(GListModel) expected = kind == IR_TOPIC_KIND_PROCEDURE
                                             ? ir_catalog_get_treats (get_catalog (), page)
                                             : ir_catalog_get_treated_by (get_catalog (), page);

          g_assert_cmpuint (cards->len, ==, g_list_model_get_n_items (expected));
        }

      for (guint i = 0; i < cards->len; i++)
        {
          g_autofree char *target = NULL;
          g_autoptr(GPtrArray) again = g_ptr_array_new ();

          ir_window_show_topic (window, page_id);
          drain ();
          collect_widgets (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_CARD, again);
          g_assert_cmpuint (again->len, ==, cards->len);
          target = g_strdup (ir_topic_get_id (ir_topic_card_get_topic (again->pdata[i])));
          g_assert_cmpstr (target, !=, page_id);
          /* A button shows itself pressed for a moment before it fires. */
          if (i == 0)
            gtk_widget_activate (again->pdata[i]);
          else
            g_signal_emit_by_name (again->pdata[i], "clicked");
          g_assert_true (wait_for (topic_is, &(TopicWait) { window, target }));
          cards_seen++;
        }
    }
  g_test_message ("activated %u cards", cards_seen);
  g_assert_cmpuint (cards_seen, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void wait_for_frames (GtkWidget *widget);

/* How many of the page's cards share the first card's line. */
static guint
cards_on_first_line (IrWindow *window)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  graphene_rect_t first, other;
  guint n = 1;

  collect_widgets (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_CARD, cards);
  g_assert_cmpuint (cards->len, >=, 3);
  g_assert_true (gtk_widget_compute_bounds (cards->pdata[0], GTK_WIDGET (window), &first));
  for (guint i = 1; i < cards->len; i++)
    {
      g_assert_true (gtk_widget_compute_bounds (cards->pdata[i], GTK_WIDGET (window), &other));
      if (G_APPROX_VALUE (other.origin.y, first.origin.y, 1.0f))
        n++;
    }

  return n;
}

/* The cards flow: one column on a phone, three side by side on a wide
 * window (sclerotherapy treats three conditions). */
static void
test_cards_flow (void)
{
  const struct { int width; guint columns; } cases[] = { { 360, 1 }, { 1000, 3 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      IrWindow *window = open_window (cases[c].width, 720);

      ir_window_show_topic (window, "sclerotherapy");
      drain ();
      wait_for_frames (GTK_WIDGET (window));
      g_assert_cmpuint (cards_on_first_line (window), ==, cases[c].columns);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Imaging and related topics are link rows: a procedure's rows name its
 * imaging, a condition's the imaging of the procedures that may help. */
static void
test_link_rows (void)
{
  IrWindow *window = open_window (1000, 700);
  const char *pages[] = { "sclerotherapy", "venous-malformation" };

  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      GtkListBox *imaging_list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)),
                                                                             IR_TYPE_TOPIC_PAGE, "imaging_list"));
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      gboolean has_ultrasound = FALSE;

      ir_window_show_topic (window, pages[p]);
      drain ();
      collect_widgets (GTK_WIDGET (imaging_list), ADW_TYPE_ACTION_ROW, rows);
      g_assert_cmpuint (rows->len, >, 0);
      for (guint i = 0; i < rows->len; i++)
        {
          GVariant *target = gtk_actionable_get_action_target_value (rows->pdata[i]);

          g_assert_cmpstr (gtk_actionable_get_action_name (rows->pdata[i]), ==, "win.show-topic");
          if (g_str_equal (g_variant_get_string (target, NULL), "ultrasound"))
            has_ultrasound = TRUE;
        }
      g_assert_true (has_ultrasound);
    }

  /* Followed, a row opens its topic. */
  {
    GtkListBox *links = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)),
                                                                     IR_TYPE_TOPIC_PAGE, "links_list"));
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (links, 0);
    g_autofree char *target = NULL;

    g_assert_nonnull (row);
    target = g_variant_dup_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)), NULL);
    gtk_widget_activate (GTK_WIDGET (row));
    g_assert_true (wait_for (topic_is, &(TopicWait) { window, target }));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
forward_button_is_sensitive (IrWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "win.forward") == 0)
      return gtk_widget_get_sensitive (buttons->pdata[i]);

  g_assert_not_reached ();
}

static void
test_back_and_forward (void)
{
  IrWindow *window = open_window (1000, 700);

  ir_window_show_topic (window, "what-is-ir");
  ir_window_show_topic (window, "ultrasound");
  ir_window_show_topic (window, "picc-line");
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "ultrasound");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "what-is-ir");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "ultrasound");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");

  /* A new page after going back drops the forward history. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  ir_window_show_topic (window, "port");
  g_assert_false (forward_button_is_sensitive (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "port");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the topic list's own input controllers hear first: an arrow key,
 * or a click. (Xvfb gives the tests no real input.) */
static void
tell_list (IrWindow *window,
           gboolean  key)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (template_child (window, "topic_list"));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      if (key && GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
          g_assert_false (handled);
          return;
        }
      if (!key && GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "pressed", 1, 10.0, 10.0);
          return;
        }
    }

  g_assert_not_reached ();
}

/* Selects, by @key or by click, the first topics of the list that are
 * not @skip's, and returns the last. */
static char *
pick_from_list (IrWindow   *window,
                gboolean    key,
                guint       count,
                const char *skip[])
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (template_child (window, "topic_list")));
  char *last = NULL;

  for (guint i = 0; count > 0 && i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_strv_contains (skip, ir_topic_get_id (topic)) || g_strcmp0 (ir_topic_get_id (topic), last) == 0)
        continue;
      tell_list (window, key);
      gtk_single_selection_set_selected (selection, i);
      g_assert_cmpstr (ir_window_get_topic_id (window), ==, ir_topic_get_id (topic));
      g_set_str (&last, ir_topic_get_id (topic));
      count--;
    }
  g_assert_cmpuint (count, ==, 0);

  return last;
}

/* Arrow keys through a wide window's list open each topic they pass; that
 * is one step of the history, not five. A click picks a topic, and each
 * click is a step. */
static void
test_browsing_the_list_is_one_step (void)
{
  IrWindow *window = open_window (1000, 700);
  const char *skip[] = { "picc-line", "what-is-ir", NULL };
  g_autofree char *last = NULL;
  g_autofree char *clicked = NULL;

  ir_window_show_topic (window, "what-is-ir");
  ir_window_show_topic (window, "picc-line");
  last = pick_from_list (window, TRUE, 5, skip);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "what-is-ir");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, last);

  /* A link followed after browsing is a step of its own. */
  ir_window_show_topic (window, "port");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, last);

  /* Two clicks are two steps. */
  ir_window_show_topic (window, "picc-line");
  clicked = pick_from_list (window, FALSE, 2, skip);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), !=, "picc-line");
  g_assert_cmpstr (ir_window_get_topic_id (window), !=, clicked);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "picc-line");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the sidebar shows the row of @topic whole, within its scrolled
 * window. */
static gboolean
sidebar_shows (IrWindow *window,
               IrTopic  *topic)
{
  GtkWidget *list = template_child (window, "topic_list");
  GtkWidget *viewport = gtk_widget_get_parent (list);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (list, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      graphene_rect_t bounds;

      /* The list keeps rows out of view too, unmapped. */
      if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), ir_topic_get_title (topic)) != 0 ||
          !gtk_widget_get_mapped (labels->pdata[i]) ||
          !gtk_widget_compute_bounds (labels->pdata[i], viewport, &bounds))
        continue;
      return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport);
    }

  return FALSE;
}

static gboolean
sidebar_shows_current (gpointer window)
{
  IrTopic *topic = ir_catalog_lookup_topic (get_catalog (), ir_window_get_topic_id (window));

  return sidebar_shows (window, topic);
}

/* The sidebar's selection follows the page, and its row comes into view:
 * a card can lead to the bottom of the list. */
static void
test_sidebar_follows_page (void)
{
  IrWindow *window = open_window (1000, 700);
  GListModel *topics = ir_catalog_get_topics (get_catalog ());
  g_autoptr(IrTopic) first = g_list_model_get_item (topics, 0);
  g_autoptr(IrTopic) last = g_list_model_get_item (topics, g_list_model_get_n_items (topics) - 1);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (template_child (window, "topic_list")));

  ir_window_show_topic (window, ir_topic_get_id (first));
  drain ();
  g_assert_true (wait_for (sidebar_shows_current, window));
  g_assert_false (sidebar_shows (window, last));

  ir_window_show_topic (window, ir_topic_get_id (last));
  drain ();
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) last);
  g_assert_true (wait_for (sidebar_shows_current, window));

  ir_window_show_topic (window, ir_topic_get_id (first));
  drain ();
  g_assert_true (wait_for (sidebar_shows_current, window));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Restored at start, too. */
  g_settings_set_string (ir_application_get_settings (app), "last-topic", ir_topic_get_id (last));
  window = open_window (1000, 700);
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, ir_topic_get_id (last));
  /* The list scrolls on a frame after its first layout. */
  g_assert_true (wait_for (sidebar_shows_current, window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Types @query as a family would; the first result, if any. */
static IrSearchResult *
search_first (IrWindow   *window,
              const char *query)
{
  GtkListView *results = template_child (window, "results_list");
  GListModel *model;

  gtk_editable_set_text (GTK_EDITABLE (template_child (window, "search_entry")), query);
  /* The entry waits a moment before it reports a change. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_signal_emit_by_name (template_child (window, "search_entry"), "search-changed");
  model = G_LIST_MODEL (gtk_list_view_get_model (results));
  if (g_list_model_get_n_items (model) == 0)
    return NULL;

  return g_list_model_get_item (model, 0);
}

static const char *
first_result (IrWindow   *window,
              const char *query)
{
  g_autoptr(IrSearchResult) first = search_first (window, query);

  return first != NULL ? ir_topic_get_id (ir_search_result_get_topic (first)) : NULL;
}

static void press_control_key (IrWindow *window,
                               guint     keyval);

/* The result rows on show: each has the title of its topic, and its
 * snippet with the matched words in bold. */
static guint
check_result_rows (IrWindow *window)
{
  GtkListView *results = template_child (window, "results_list");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (results));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint rows = 0;

  collect_widgets (GTK_WIDGET (results), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i + 1 < labels->len; i += 2)
    {
      GtkLabel *title = labels->pdata[i];
      GtkLabel *snippet = labels->pdata[i + 1];
      gboolean known = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          g_autoptr(IrSearchResult) result = g_list_model_get_item (model, j);

          if (g_str_equal (gtk_label_get_label (title), ir_topic_get_title (ir_search_result_get_topic (result))))
            {
              g_assert_cmpstr (gtk_label_get_label (snippet), ==, ir_search_result_get_snippet_markup (result));
              known = TRUE;
            }
        }
      g_assert_true (known);
      g_assert_nonnull (strstr (gtk_label_get_label (snippet), "<b>"));
      rows++;
    }

  return rows;
}

static void
test_search (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkStack *stack = template_child (window, "sidebar_stack");
  GtkWidget *entry = template_child (window, "search_entry");
  g_autoptr(IrSearchResult) body_hit = NULL;
  g_autoptr(IrSearchResult) glossary_hit = NULL;
  IrTopic *topic;

  /* Ctrl+F puts the keyboard in the entry. */
  press_control_key (window, GDK_KEY_f);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

  g_assert_cmpstr (first_result (window, "Sclerotherapy"), ==, "sclerotherapy");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "results");
  /* Each result row shows its title and the snippet that matched. */
  drain ();
  g_assert_cmpuint (check_result_rows (window), >, 0);

  /* "Doppler" is in no title or summary: the snippet must come from the
   * ultrasound page's body. */
  body_hit = search_first (window, "doppler");
  topic = ir_search_result_get_topic (body_hit);
  g_assert_cmpstr (ir_topic_get_id (topic), ==, "ultrasound");
  g_assert_cmpstr (ir_search_result_get_snippet (body_hit), !=, ir_topic_get_summary (topic));
  g_assert_nonnull (strstr (ir_search_result_get_snippet (body_hit), "Doppler"));

  /* A glossary term, and "warmth", which only the definition of
   * "inflammation" has: sclerotherapy is the one page that links it. */
  g_assert_cmpstr (first_result (window, "jejunum"), ==, "nj-tube");
  glossary_hit = search_first (window, "warmth");
  topic = ir_search_result_get_topic (glossary_hit);
  g_assert_cmpstr (ir_topic_get_id (topic), ==, "sclerotherapy");
  g_assert_cmpstr (ir_search_result_get_snippet (glossary_hit), ==, ir_topic_get_summary (topic));

  g_assert_null (first_result (window, "xyzzyplugh"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  /* Emptied, the entry finds nothing, and Enter opens nothing. */
  g_assert_cmpstr (first_result (window, "Embolization"), ==, "embolization");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "topics");
  ir_window_show_topic (window, "mri");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "mri");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_audience_switch (void)
{
  IrWindow *window = open_window (1000, 700);
  GSettings *settings = ir_application_get_settings (app);
  g_autofree char *parents = NULL;
  g_autofree char *kids = NULL;

  ir_window_show_topic (window, "sclerotherapy");
  g_action_group_activate_action (G_ACTION_GROUP (window), "audience", g_variant_new_string ("parents"));
  drain ();
  parents = visible_text (GTK_WIDGET (get_page (window)));

  g_action_group_activate_action (G_ACTION_GROUP (window), "audience", g_variant_new_string ("kids"));
  drain ();
  kids = visible_text (GTK_WIDGET (get_page (window)));

  g_assert_cmpstr (g_settings_get_string (settings, "audience"), ==, "kids");
  g_assert_cmpstr (parents, !=, kids);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (get_page (window)), "kids"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "audience", g_variant_new_string ("parents"));
  drain ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (get_page (window)), "kids"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_clear_button (IrWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (get_page (window)), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "page.clear-questions") == 0)
      return buttons->pdata[i];

  g_assert_not_reached ();
}

/* Clear is offered only while the list holds a tick. */
static gboolean
clear_is_offered (IrWindow *window)
{
  return gtk_widget_get_sensitive (find_clear_button (window));
}

static void
test_checklist_persists (void)
{
  IrWindow *window = open_window (1000, 700);
  GSettings *settings = ir_application_get_settings (app);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) again = g_ptr_array_new ();
  g_autoptr(GVariant) stored = NULL;
  GtkWidget *questions;

  g_settings_reset (settings, "checked-questions");
  g_settings_set_string (settings, "audience", "parents");
  ir_window_show_topic (window, "picc-line");
  drain ();
  collect_widgets (GTK_WIDGET (get_page (window)), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >=, 3);
  g_assert_false (clear_is_offered (window));

  gtk_check_button_set_active (checks->pdata[1], TRUE);
  g_assert_true (clear_is_offered (window));
  stored = g_settings_get_value (settings, "checked-questions");
  g_assert_true (g_variant_lookup (stored, "picc-line", "^a&s", NULL));

  ir_window_show_topic (window, "port");
  ir_window_show_topic (window, "picc-line");
  drain ();
  collect_widgets (GTK_WIDGET (get_page (window)), GTK_TYPE_CHECK_BUTTON, again);
  g_assert_false (gtk_check_button_get_active (again->pdata[0]));
  g_assert_true (gtk_check_button_get_active (again->pdata[1]));

  g_assert_true (clear_is_offered (window));
  /* Pressed from the keyboard, it leaves the keyboard on the questions. */
  g_assert_true (gtk_widget_grab_focus (find_clear_button (window)));
  gtk_widget_activate_action (GTK_WIDGET (get_page (window)), "page.clear-questions", NULL);
  g_assert_false (gtk_check_button_get_active (again->pdata[1]));
  g_assert_false (clear_is_offered (window));
  questions = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_PAGE,
                                                         "questions_list"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), questions));
  g_clear_pointer (&stored, g_variant_unref);
  stored = g_settings_get_value (settings, "checked-questions");
  g_assert_false (g_variant_lookup (stored, "picc-line", "^a&s", NULL));

  /* Clear offers Undo, which brings the ticks back. */
  gtk_widget_activate_action (GTK_WIDGET (get_page (window)), "page.undo-clear-questions", NULL);
  g_assert_true (gtk_check_button_get_active (again->pdata[1]));
  g_assert_true (clear_is_offered (window));
  g_assert_false (gtk_check_button_get_active (again->pdata[0]));
  g_clear_pointer (&stored, g_variant_unref);
  stored = g_settings_get_value (settings, "checked-questions");
  g_assert_true (g_variant_lookup (stored, "picc-line", "^a&s", NULL));

  /* Once the page shows another checklist, there is nothing to undo. */
  gtk_widget_activate_action (GTK_WIDGET (get_page (window)), "page.clear-questions", NULL);
  ir_window_show_topic (window, "port");
  drain ();
  gtk_widget_activate_action (GTK_WIDGET (get_page (window)), "page.undo-clear-questions", NULL);
  g_clear_pointer (&stored, g_variant_unref);
  stored = g_settings_get_value (settings, "checked-questions");
  g_assert_false (g_variant_lookup (stored, "picc-line", "^a&s", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
page_is_complete (gpointer page)
{
  return ir_topic_page_is_complete (page);
}

static void
collect_checks (IrTopicPage *page,
                GPtrArray   *checks)
{
  g_ptr_array_set_size (checks, 0);
  g_assert_true (wait_for (page_is_complete, page));
  collect_widgets (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, checks);
}

/* The note and the sources end the page: they show with the body, not
 * above it for a frame before the body pushes them down. */
static void
test_note_comes_with_body (void)
{
  IrWindow *window = open_window (1000, 700);
  IrTopicPage *page = get_page (window);
  GtkWidget *note = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), IR_TYPE_TOPIC_PAGE, "note_label"));
  GtkWidget *sources = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), IR_TYPE_TOPIC_PAGE,
                                                                  "sources_label"));

  ir_window_show_topic (window, "embolization");
  g_assert_false (ir_topic_page_is_complete (page));
  g_assert_false (gtk_widget_get_visible (note));
  g_assert_false (gtk_widget_get_visible (sources));

  g_assert_true (wait_for (page_is_complete, page));
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_true (gtk_widget_get_visible (sources));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bundle may give kids questions of their own: their ticks are theirs,
 * and a question's glossary word shows as plain text in its row. */
static void
test_checklist_per_audience (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (FIXTURES "/starter", &problems, NULL);
  GSettings *settings = ir_application_get_settings (app);
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GVariant) stored = NULL;
  IrTopicPage *page;
  GtkWidget *row;

  g_assert_nonnull (catalog);
  g_settings_reset (settings, "checked-questions");
  g_settings_set_string (settings, "audience", "parents");
  page = ir_topic_page_new (catalog, settings);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  ir_topic_page_set_topic (page, ir_catalog_lookup_topic (catalog, "sclerotherapy"));
  drain ();

  collect_checks (page, checks);
  g_assert_cmpuint (checks->len, ==, 3);
  row = gtk_widget_get_ancestor (checks->pdata[2], ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Is a sclerosant safe for my child?");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  gtk_check_button_set_active (checks->pdata[0], TRUE);

  g_settings_set_string (settings, "audience", "kids");
  drain ();
  collect_checks (page, checks);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_false (gtk_check_button_get_active (checks->pdata[0]));
  gtk_check_button_set_active (checks->pdata[1], TRUE);

  g_settings_set_string (settings, "audience", "parents");
  drain ();
  collect_checks (page, checks);
  g_assert_true (gtk_check_button_get_active (checks->pdata[0]));
  g_assert_false (gtk_check_button_get_active (checks->pdata[1]));

  stored = g_settings_get_value (settings, "checked-questions");
  g_assert_true (g_variant_lookup (stored, "sclerotherapy", "^a&s", NULL));
  g_assert_true (g_variant_lookup (stored, "sclerotherapy:kids", "^a&s", NULL));

  g_settings_reset (settings, "checked-questions");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_paint (GdkFrameClock *clock,
             guint         *painted)
{
  (*painted)++;
}

/* Style changes land in the next frame's layout; wait for two to be sure. */
static void
wait_for_frames (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint painted = 0;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint), &painted);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (painted < 2 && g_get_monotonic_time () < deadline)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (painted, >=, 2);
}

static double
paragraph_font_size (IrWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  PangoContext *context;

  wait_for_frames (GTK_WIDGET (window));

  collect_widgets (GTK_WIDGET (get_page (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "ir-reading"))
      {
        context = gtk_widget_get_pango_context (labels->pdata[i]);
        return pango_font_description_get_size (pango_context_get_font_description (context)) / (double) PANGO_SCALE;
      }

  g_assert_not_reached ();
}

static double
definition_font_size (IrWindow *window)
{
  GtkPopover *popover = open_term (window);
  GtkWidget *definition = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_PAGE,
                                                                     "term_definition"));
  PangoContext *context;
  double size;

  /* Its style follows a change of text size on its own next frame. */
  wait_for_frames (GTK_WIDGET (popover));
  context = gtk_widget_get_pango_context (definition);
  size = pango_font_description_get_size (pango_context_get_font_description (context)) / (double) PANGO_SCALE;
  gtk_popover_popdown (popover);
  drain ();

  return size;
}

/* Ctrl with @keyval, as far as the window's key bindings go. */
static void
press_control_key (IrWindow *window,
                   guint     keyval)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (GTK_WIDGET (window), keyval, GDK_CONTROL_MASK, NULL);

  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (window),
                                               gtk_shortcut_get_arguments (shortcut)));
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 scale the reading text, glossary
 * definitions too; the kids' view reads larger at every size. */
static void
test_text_scaling (void)
{
  IrWindow *window = open_window (1000, 700);
  GSettings *settings = ir_application_get_settings (app);
  double normal, larger, smaller, kids, definition, larger_definition;

  g_settings_set_string (settings, "audience", "parents");
  ir_window_show_topic (window, "ultrasound");
  press_control_key (window, GDK_KEY_0);
  drain ();
  normal = paragraph_font_size (window);
  definition = definition_font_size (window);

  press_control_key (window, GDK_KEY_plus);
  press_control_key (window, GDK_KEY_plus);
  drain ();
  larger = paragraph_font_size (window);
  larger_definition = definition_font_size (window);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.2, 0.001);

  press_control_key (window, GDK_KEY_0);
  press_control_key (window, GDK_KEY_minus);
  drain ();
  smaller = paragraph_font_size (window);

  press_control_key (window, GDK_KEY_0);
  g_settings_set_string (settings, "audience", "kids");
  drain ();
  kids = paragraph_font_size (window);
  g_settings_set_string (settings, "audience", "parents");

  g_test_message ("paragraph font: %.2f normal, %.2f larger, %.2f smaller, %.2f for kids; definition %.2f, larger %.2f",
                  normal, larger, smaller, kids, definition, larger_definition);
  g_assert_cmpfloat (larger, >, normal * 1.15);
  g_assert_cmpfloat (smaller, <, normal * 0.95);
  g_assert_cmpfloat (kids, >, normal * 1.15);
  g_assert_cmpfloat (larger_definition, >, definition * 1.15);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A button the way the menu shows the action: greyed out when disabled. */
static GtkWidget *
add_action_button (IrWindow   *window,
                   const char *action_name)
{
  g_autoptr(GPtrArray) header_bars = g_ptr_array_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("zoom-in-symbolic");

  collect_widgets (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR, header_bars);
  g_assert_cmpuint (header_bars->len, >, 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  adw_header_bar_pack_end (header_bars->pdata[0], button);

  return button;
}

/* Larger Text reaches the top of the range in tenths and then turns off,
 * Smaller Text likewise at the bottom, also from a value between tenths. */
static void
test_text_scale_limits (void)
{
  IrWindow *window = open_window (1000, 700);
  GSettings *settings = ir_application_get_settings (app);
  GtkWidget *larger = add_action_button (window, "win.zoom-in");
  GtkWidget *smaller = add_action_button (window, "win.zoom-out");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  for (guint i = 0; i < 10; i++)
    {
      g_assert_true (gtk_widget_get_sensitive (larger));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
    }
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 2.0);
  g_assert_false (gtk_widget_get_sensitive (larger));
  g_assert_true (gtk_widget_get_sensitive (smaller));

  for (guint i = 0; i < 12; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 0.8);
  g_assert_false (gtk_widget_get_sensitive (smaller));
  g_assert_true (gtk_widget_get_sensitive (larger));

  g_settings_set_double (settings, "text-scale", 1.95);
  g_assert_true (gtk_widget_get_sensitive (larger));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 2.0);
  g_assert_false (gtk_widget_get_sensitive (larger));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow_reaches_every_topic (void)
{
  IrWindow *window = open_window (360, 720);
  AdwNavigationSplitView *split_view = template_child (window, "split_view");
  GtkListView *list = template_child (window, "topic_list");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));

  g_assert_true (wait_for (is_collapsed, split_view));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (model, i);

      adw_navigation_split_view_set_show_content (split_view, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", i);
      drain ();
      g_assert_true (adw_navigation_split_view_get_show_content (split_view));
      g_assert_cmpstr (ir_window_get_topic_id (window), ==, ir_topic_get_id (topic));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* On a phone the header has one back arrow: back through the topics
 * opened from the one the list opened, then to the list; a topic opened
 * from the list again goes straight back to it. */
static void
test_phone_back_arrow (void)
{
  IrWindow *window = open_window (360, 720);
  AdwNavigationSplitView *split_view = template_child (window, "split_view");
  GtkListView *list = template_child (window, "topic_list");
  GtkWidget *back = find_action_button (window, "win.go-back");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  guint sclerotherapy = GTK_INVALID_LIST_POSITION;
  guint mri = GTK_INVALID_LIST_POSITION;

  g_assert_true (wait_for (is_collapsed, split_view));
  g_assert_true (gtk_widget_is_visible (back));
  g_assert_false (gtk_widget_is_visible (find_action_button (window, "win.back")));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (model, i);

      if (g_str_equal (ir_topic_get_id (topic), "sclerotherapy"))
        sclerotherapy = i;
      else if (g_str_equal (ir_topic_get_id (topic), "mri"))
        mri = i;
    }

  g_assert_cmpuint (sclerotherapy, !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (mri, !=, GTK_INVALID_LIST_POSITION);
  adw_navigation_split_view_set_show_content (split_view, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", sclerotherapy);
  drain ();
  /* A card on the page, then back to the page, then to the list. */
  ir_window_show_topic (window, "venous-malformation");
  drain ();
  g_signal_emit_by_name (back, "clicked");
  drain ();
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "sclerotherapy");
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_signal_emit_by_name (back, "clicked");
  drain ();
  g_assert_false (adw_navigation_split_view_get_show_content (split_view));

  /* Opened from the list, another topic goes back to the list, though the
   * history holds sclerotherapy before it. */
  gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", mri);
  drain ();
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "mri");
  g_signal_emit_by_name (back, "clicked");
  drain ();
  g_assert_false (adw_navigation_split_view_get_show_content (split_view));
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "mri");

  /* Stepped back with the history keys to before the list's pick, a card
   * followed from there comes back to where it was followed from. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  drain ();
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "sclerotherapy");
  ir_window_show_topic (window, "venous-malformation");
  drain ();
  g_signal_emit_by_name (back, "clicked");
  drain ();
  g_assert_cmpstr (ir_window_get_topic_id (window), ==, "sclerotherapy");
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label, or a labelled-by relation: a checklist tick is labelled by its
 * row's title, which AdwActionRow sets up for its activatable widget. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget))[0] != '\0';
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))[0] != '\0';
  return FALSE;
}

static guint
check_names (GtkWidget *root)
{
  GType types[] = { GTK_TYPE_BUTTON, GTK_TYPE_CHECK_BUTTON, GTK_TYPE_MENU_BUTTON,
                    ADW_TYPE_ACTION_ROW, GTK_TYPE_SEARCH_ENTRY, GTK_TYPE_LIST_VIEW };
  guint checked = 0;

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      collect_widgets (root, types[t], found);
      for (guint i = 0; i < found->len; i++)
        {
          GtkWidget *widget = found->pdata[i];

          /* Buttons inside other named controls (the menu button's
           * toggle, the entry's clear icon) belong to their parent. */
          if (types[t] == GTK_TYPE_BUTTON &&
              gtk_widget_get_ancestor (gtk_widget_get_parent (widget), GTK_TYPE_MENU_BUTTON) != NULL)
            continue;
          if (!has_accessible_name (widget))
            g_error ("%s %p (%s) has no accessible name",
                     G_OBJECT_TYPE_NAME (widget), widget, gtk_widget_get_name (widget));
          checked++;
        }
    }

  return checked;
}

static GtkWidget *
find_topic_row (IrWindow   *window,
                const char *title)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (template_child (window, "topic_list"), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_label (labels->pdata[i]), title))
      return gtk_widget_get_parent (labels->pdata[i]);

  return NULL;
}

static gboolean
row_query_tooltip (GtkWidget *row)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_assert_true (gtk_widget_get_has_tooltip (row));
  g_signal_emit_by_name (row, "query-tooltip", 10, 10, FALSE, tooltip, &shown);
  return shown;
}

/* A title cut short in the sidebar shows whole in its row's tooltip; one
 * that fits needs none. */
static void
test_long_titles_have_tooltips (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkWidget *long_row = find_topic_row (window, "What is interventional radiology?");
  GtkWidget *short_row = find_topic_row (window, "MRI");

  g_assert_nonnull (long_row);
  g_assert_nonnull (short_row);
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (gtk_widget_get_last_child (long_row)))));
  g_assert_true (row_query_tooltip (long_row));
  g_assert_false (row_query_tooltip (short_row));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each row of the topic list is named by its topic's title. */
static guint
check_list_rows (IrWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (template_child (window, "topic_list"), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (labels->pdata[i]));

      /* Section headings are labels of their own, not rows. */
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (labels->pdata[i])) == GTK_ACCESSIBLE_ROLE_HEADING)
        continue;
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           gtk_label_get_label (labels->pdata[i]));
    }

  return labels->len;
}

/* Every button, card, row, link list and toggle on every page, for
 * parents and for kids, wide and phone-sized, has a name. */
static void
test_accessible_names (void)
{
  GSettings *settings = ir_application_get_settings (app);
  GListModel *topics = ir_catalog_get_topics (get_catalog ());
  const char *audiences[] = { "parents", "kids" };
  const int widths[] = { 1000, 360 };
  guint checked = 0;

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      IrWindow *window = open_window (widths[w], 720);

      checked += check_list_rows (window);
      for (guint a = 0; a < G_N_ELEMENTS (audiences); a++)
        {
          g_settings_set_string (settings, "audience", audiences[a]);
          for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
            {
              g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);

              ir_window_show_topic (window, ir_topic_get_id (topic));
              drain ();
              checked += check_names (GTK_WIDGET (window));
            }
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_settings_set_string (settings, "audience", "parents");
  g_test_message ("checked %u controls", checked);
  g_assert_cmpuint (checked, >, 1000);
}

/* Where the title's text starts and ends, from the label's left edge. */
static void
title_text_span (IrWindow *window,
                 int      *start,
                 int      *end,
                 int      *width)
{
  GtkLabel *title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (get_page (window)), IR_TYPE_TOPIC_PAGE,
                                                              "title_label"));
  PangoRectangle logical;
  int x;

  gtk_label_get_layout_offsets (title, &x, NULL);
  pango_layout_get_pixel_extents (gtk_label_get_layout (title), NULL, &logical);
  *start = x + logical.x;
  *end = *start + logical.width;
  *width = gtk_widget_get_width (GTK_WIDGET (title));
}

/* Right to left, the page reads from the right: the title starts at the
 * label's right edge, where it starts at the left one left to right. */
static void
test_right_to_left (void)
{
  IrWindow *window;
  int start, end, width;

  window = open_window (1000, 700);
  ir_window_show_topic (window, "sclerotherapy");
  drain ();
  title_text_span (window, &start, &end, &width);
  g_assert_cmpint (width - end, >, 100);
  g_assert_cmpint (start, <=, 1);
  gtk_window_destroy (GTK_WINDOW (window));

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = open_window (1000, 700);
  ir_window_show_topic (window, "sclerotherapy");
  drain ();
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (get_page (window))), ==, GTK_TEXT_DIR_RTL);
  title_text_span (window, &start, &end, &width);
  g_assert_cmpint (start, >, 100);
  g_assert_cmpint (width - end, <=, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/reading/every-topic-opens", test_every_topic_opens);
  g_test_add_func ("/reading/cards-open-their-target", test_cards_open_their_target);
  g_test_add_func ("/reading/cards-flow", test_cards_flow);
  g_test_add_func ("/reading/link-rows", test_link_rows);
  g_test_add_func ("/reading/back-and-forward", test_back_and_forward);
  g_test_add_func ("/reading/browsing-the-list-is-one-step", test_browsing_the_list_is_one_step);
  g_test_add_func ("/reading/sidebar-follows-page", test_sidebar_follows_page);
  g_test_add_func ("/reading/search", test_search);
  g_test_add_func ("/reading/audience-switch", test_audience_switch);
  g_test_add_func ("/reading/checklist-persists", test_checklist_persists);
  g_test_add_func ("/reading/note-comes-with-body", test_note_comes_with_body);
  g_test_add_func ("/reading/checklist-per-audience", test_checklist_per_audience);
  g_test_add_func ("/reading/text-scaling", test_text_scaling);
  g_test_add_func ("/reading/text-scale-limits", test_text_scale_limits);
  g_test_add_func ("/reading/narrow-reaches-every-topic", test_narrow_reaches_every_topic);
  g_test_add_func ("/reading/phone-back-arrow", test_phone_back_arrow);
  g_test_add_func ("/reading/accessible-names", test_accessible_names);
  g_test_add_func ("/reading/long-titles-have-tooltips", test_long_titles_have_tooltips);
  g_test_add_func ("/reading/right-to-left", test_right_to_left);

  return gui_test_run ();
}
