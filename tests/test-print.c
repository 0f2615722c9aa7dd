/* test-print.c: a topic on paper, under Xvfb.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test-window.h"
#include "ir-application.h"
#include "ir-topic-print.h"
#include "ir-window.h"

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
assert_markup_parses (const char *markup)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Everything the page says, in order, with a box per question. */
static void
test_markup (void)
{
  IrCatalog *catalog = ir_application_get_catalog (app);
  IrTopic *topic = ir_catalog_lookup_topic (catalog, "sclerotherapy");
  g_autoptr(IrTopicPrint) parents = ir_topic_print_new (catalog, topic, IR_AUDIENCE_PARENTS);
  g_autoptr(IrTopicPrint) kids = ir_topic_print_new (catalog, topic, IR_AUDIENCE_KIDS);
  IrPart *questions = ir_body_find_part (ir_topic_get_body (topic, IR_AUDIENCE_PARENTS), "questions");
  const char *markup = ir_topic_print_get_markup (parents);
  const char *title, *sedation, *asked, *note;

  assert_markup_parses (markup);
  assert_markup_parses (ir_topic_print_get_markup (kids));
  g_assert_cmpstr (markup, !=, ir_topic_print_get_markup (kids));

  title = strstr (markup, "Sclerotherapy</span>");
  sedation = strstr (markup, "<b>Sedation</b>");
  asked = strstr (markup, "Questions to Ask the Care Team");
  note = strstr (markup, "IR Guide is for education only.");
  g_assert_nonnull (title);
  g_assert_true (sedation > title);
  g_assert_true (asked > sedation);
  g_assert_true (note > asked);
  g_assert_nonnull (strstr (markup, "Last reviewed"));
  /* The date keeps its order in a right-to-left sentence too. */
  {
    g_autofree char *date = g_strconcat ("\u2066", ir_topic_get_reviewed (topic), "\u2069", NULL);

    g_assert_nonnull (strstr (markup, date));
  }
  g_assert_cmpuint (count (markup, "☐ "), ==, g_strv_length ((char **) ir_part_get_paragraphs (questions)));
  /* Link tokens print as their words. */
  g_assert_null (strchr (markup, '{'));
}

/* Text in the content stays text on paper too. */
static void
test_markup_escaped (void)
{
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (FIXTURES "/starter", NULL, NULL);
  IrTopic *topic = ir_catalog_lookup_topic (catalog, "sclerotherapy");
  g_autoptr(IrTopicPrint) print = ir_topic_print_new (catalog, topic, IR_AUDIENCE_PARENTS);
  const char *markup = ir_topic_print_get_markup (print);

  g_assert_nonnull (strstr (markup, "&lt;b&gt;Rarely&lt;/b&gt;"));
  assert_markup_parses (markup);
}

typedef struct
{
  int      drawn;      /* pages */
  int      next_line;  /* the first line the next page must start with */
  gboolean rtl;
} Drawn;

/* Pages come in order, each takes up where the last left off, and the last
 * ends with the text: no line is lost or printed twice. */
static void
check_page (GtkPrintOperation *operation,
            GtkPrintContext   *context,
            int                page_nr,
            Drawn             *drawn)
{
  IrTopicPrint *print = IR_TOPIC_PRINT (operation);
  PangoLayout *layout = ir_topic_print_get_layout (print);
  int first = ir_topic_print_get_page_start (print, page_nr);
  int end = ir_topic_print_get_page_end (print, page_nr);
  int n_pages;

  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (page_nr, ==, drawn->drawn);
  g_assert_cmpint (first, ==, drawn->next_line);
  g_assert_cmpint (end, >, first);
  if (page_nr == n_pages - 1)
    g_assert_cmpint (end, ==, pango_layout_get_line_count (layout));

  /* Right to left, a short line such as the title keeps to the right. */
  if (drawn->rtl && page_nr == 0)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (layout);
      int width = pango_layout_get_width (layout);
      PangoRectangle logical;

      do
        pango_layout_iter_get_line_extents (iter, NULL, &logical);
      while ((logical.width == 0 || logical.width > width * 9 / 10) && pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      g_assert_cmpint (logical.width, >, 0);
      g_assert_cmpint (logical.x + logical.width, >=, width - PANGO_SCALE);
    }

  drawn->drawn++;
  drawn->next_line = end;
}

/* Prints @topic to a PDF, as a print dialog's "Print to File" would,
 * checking each page as it is drawn; returns the PDF's bytes. */
static GBytes *
export_pdf (const char *topic_id,
            IrAudience  audience,
            Drawn      *drawn)
{
  IrCatalog *catalog = ir_application_get_catalog (app);
  g_autoptr(IrTopicPrint) print = ir_topic_print_new (catalog, ir_catalog_lookup_topic (catalog, topic_id), audience);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ir-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "topic.pdf", NULL);
  g_autoptr(GMappedFile) file = NULL;
  GBytes *bytes;
  int n_pages = 0;

  g_assert_no_error (error);
  g_signal_connect_after (print, "draw-page", G_CALLBACK (check_page), drawn);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_object_get (print, "n-pages", &n_pages, NULL);
  g_assert_cmpint (drawn->drawn, ==, n_pages);

  file = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  g_unlink (path);
  g_rmdir (dir);

  return bytes;
}

/* A long page runs onto more sheets, each drawn once, and the PDF a print
 * dialog would save is made. */
static void
test_export (void)
{
  Drawn drawn = { 0, 0, FALSE };
  g_autoptr(GBytes) pdf = export_pdf ("angiography", IR_AUDIENCE_PARENTS, &drawn);
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);

  g_assert_cmpint (drawn.drawn, >=, 2);
  g_assert_cmpuint (length, >, 4096);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);
}

/* Right to left as the app is: the title keeps to the right. The bundle
 * is English here; the direction alone decides. */
static void
test_right_to_left (void)
{
  Drawn drawn = { 0, 0, TRUE };
  g_autoptr(GBytes) pdf = NULL;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  pdf = export_pdf ("port", IR_AUDIENCE_KIDS, &drawn);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);

  g_assert_cmpint (drawn.drawn, >=, 1);
}

/* Ctrl+P is bound to the action the menu uses. */
static void
test_action (void)
{
  IrWindow *window = open_window (1000, 700);
  g_autoptr(GtkShortcut) shortcut = find_shortcut (GTK_WIDGET (window), GDK_KEY_p, GDK_CONTROL_MASK, NULL);
  GtkShortcutAction *action;

  g_assert_nonnull (shortcut);
  action = gtk_shortcut_get_action (shortcut);
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, "win.print");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* GtkPrintUnixDialog's header is outside gtk.h. */
static gboolean
is_print_dialog (gpointer window)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (window, g_type_from_name ("GtkPrintUnixDialog"));
}

static guint
count_print_dialogs (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = windows; l != NULL; l = l->next)
    n += is_print_dialog (l->data) && gtk_widget_get_visible (l->data);

  return n;
}

static gboolean
print_dialog_is_shown (gpointer found)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (is_print_dialog (l->data) && gtk_widget_get_mapped (l->data))
      {
        *(GtkWindow **) found = l->data;
        return TRUE;
      }

  return FALSE;
}

static gboolean
no_print_dialog (gpointer unused)
{
  return count_print_dialogs () == 0;
}

/* Ctrl+P opens the dialog without holding up the window, and a second
 * Ctrl+P meanwhile opens no other. Closing the dialog (Esc) cancels: the
 * job ends quietly, and the next Ctrl+P prints again. */
static void
test_dialog_cancelled (void)
{
  IrWindow *window = open_window (1000, 700);
  GtkWindow *dialog = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  g_assert_true (wait_for (print_dialog_is_shown, &dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  drain ();
  g_assert_cmpuint (count_print_dialogs (), ==, 1);

  gtk_window_close (dialog);
  g_assert_true (wait_for (no_print_dialog, NULL));
  drain ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  dialog = NULL;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  g_assert_true (wait_for (print_dialog_is_shown, &dialog));
  gtk_window_close (dialog);
  g_assert_true (wait_for (no_print_dialog, NULL));
  drain ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/print/markup", test_markup);
  g_test_add_func ("/print/markup-escaped", test_markup_escaped);
  g_test_add_func ("/print/export", test_export);
  g_test_add_func ("/print/right-to-left", test_right_to_left);
  g_test_add_func ("/print/action", test_action);
  g_test_add_func ("/print/dialog-cancelled", test_dialog_cancelled);

  return gui_test_run ();
}
