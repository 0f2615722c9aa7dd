/* ir-topic-print.c: a topic on paper
 *
 * Families take the questions to the appointment, and clinics hand pages
 * out; a printout says what the page says, in the same language and for
 * the same audience, with boxes to tick by hand.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-topic-print.h"
#include "ir-topic-text.h"

/* The text keeps clear of the edge of the printable area, and a footer
 * below it names the topic and the page. In points. */
#define INSET        (12.0 * 72 / 25.4)
#define FOOTER_SPACE (8.0 * 72 / 25.4)
#define BODY_POINTS  11.0
/* Kids read their pages in larger type on screen too. */
#define KIDS_FACTOR  1.2

typedef struct
{
  int    first_line;
  double top;         /* of that line, in the layout */
} PageStart;

struct _IrTopicPrint
{
  GtkPrintOperation  parent_instance;

  /* owned */
  char              *markup;
  char              *title;
  IrAudience         audience;
  PangoLayout       *layout;       /* while printing */
  GArray            *page_starts;  /* PageStart */
};

G_DEFINE_FINAL_TYPE (IrTopicPrint, ir_topic_print, GTK_TYPE_PRINT_OPERATION)

static void
append_heading (GString    *markup,
                const char *size,
                const char *text)
{
  g_autofree char *line = g_markup_printf_escaped ("<span size=\"%s\" weight=\"bold\">%s</span>\n", size, text);

  g_string_append (markup, line);
}

static void
append_paragraph (GString    *markup,
                  IrCatalog  *catalog,
                  const char *prefix,
                  const char *text)
{
  g_autofree char *plain = ir_inline_to_plain (text, catalog);
  g_autofree char *line = g_markup_printf_escaped ("%s%s\n", prefix, plain);

  g_string_append (markup, line);
}

static void
append_fact (GString    *markup,
             const char *title,
             const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL || *value == '\0')
    return;

  /* The title on a line of its own needs no colon, which languages write
   * differently. */
  line = g_markup_printf_escaped ("<b>%s</b>\n%s\n", title, value);
  g_string_append (markup, line);
}

static char *
make_markup (IrCatalog  *catalog,
             IrTopic    *topic,
             IrAudience  audience)
{
  GString *markup = g_string_new (NULL);
  IrBody *body = ir_topic_get_body (topic, audience);
  g_autofree char *sources = ir_topic_text_sources (topic);
  g_autofree char *end = NULL;

  append_heading (markup, "xx-large", ir_topic_get_title (topic));
  append_paragraph (markup, catalog, "", ir_topic_get_summary (topic));

  if (ir_topic_get_kind (topic) == IR_TOPIC_KIND_PROCEDURE)
    {
      g_autofree char *imaging = ir_topic_text_imaging (catalog, topic);

      g_string_append_c (markup, '\n');
      append_fact (markup, C_("fact", "Imaging"), imaging);
      append_fact (markup, C_("fact", "Sedation"), ir_topic_get_fact (topic, "sedation"));
      append_fact (markup, C_("fact", "Duration"), ir_topic_get_fact (topic, "duration"));
      append_fact (markup, C_("fact", "Recovery"), ir_topic_get_fact (topic, "recovery"));
    }

  for (guint i = 0; i < ir_body_get_n_parts (body); i++)
    {
      IrPart *part = ir_body_get_part (body, i);
      const char * const *paragraphs = ir_part_get_paragraphs (part);
      gboolean is_questions = g_str_equal (ir_part_get_id (part), "questions");

      g_string_append_c (markup, '\n');
      append_heading (markup, "x-large", is_questions ? _("Questions to Ask the Care Team")
                                                      : ir_part_get_heading (part));
      for (guint j = 0; paragraphs[j] != NULL; j++)
        {
          /* A box to tick by hand: ticks on screen are the screen's. */
          append_paragraph (markup, catalog, is_questions ? "☐ " : "", paragraphs[j]);
          if (!is_questions && paragraphs[j + 1] != NULL)
            g_string_append_c (markup, '\n');
        }
    }

  end = g_markup_printf_escaped ("\n<small>%s</small>\n\n<i>%s</i>", sources,
                                 _("IR Guide is for education only. It does not give advice about your child. "
                                   "Please talk with your child’s care team about your child’s health and care."));
  g_string_append (markup, end);

  return g_string_free (markup, FALSE);
}

static PangoLayout *
new_layout (GtkPrintContext *context,
            double           width,
            double           points)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, "Sans");
  pango_font_description_set_size (font, (int) (points * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  /* Right to left as the app is, not line by line as Pango would guess:
   * an Arabic paragraph that starts with "IR Guide" is still Arabic. */
  if (gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL)
    {
      pango_context_set_base_dir (pango_layout_get_context (layout), PANGO_DIRECTION_RTL);
      pango_layout_context_changed (layout);
      pango_layout_set_auto_dir (layout, FALSE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }

  return layout;
}

typedef struct
{
  double top, bottom;  /* in the layout */
  gboolean is_blank;
  gboolean is_heading;
} LineBox;

static void
ir_topic_print_begin_print (GtkPrintOperation *operation,
                            GtkPrintContext   *context)
{
  IrTopicPrint *self = IR_TOPIC_PRINT (operation);
  double width = gtk_print_context_get_width (context) - 2 * INSET;
  double height = gtk_print_context_get_height (context) - 2 * INSET - FOOTER_SPACE;
  double points = self->audience == IR_AUDIENCE_KIDS ? BODY_POINTS * KIDS_FACTOR : BODY_POINTS;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
  PangoLayoutIter *iter;
  PageStart page = { 0, 0 };
  double body_height;

  g_clear_object (&self->layout);
  self->layout = new_layout (context, width, points);
  pango_layout_set_markup (self->layout, self->markup, -1);

  iter = pango_layout_get_iter (self->layout);
  do
    {
      PangoRectangle logical;
      LineBox box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.top = (double) logical.y / PANGO_SCALE;
      box.bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      box.is_blank = pango_layout_iter_get_line_readonly (iter)->length == 0;
      box.is_heading = FALSE;
      g_array_append_val (lines, box);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* Headings are the lines taller than a line of body text can be. */
  body_height = points * 1.5;
  for (guint i = 0; i < lines->len; i++)
    {
      LineBox *box = &g_array_index (lines, LineBox, i);

      box->is_heading = !box->is_blank && box->bottom - box->top > body_height;
    }

  /* A page takes whole lines while they fit; it does not start with a
   * blank line, nor end with a heading whose text is on the next. */
  g_array_set_size (self->page_starts, 0);
  g_array_append_val (self->page_starts, page);
  for (guint i = 0; i < lines->len; i++)
    {
      LineBox *box = &g_array_index (lines, LineBox, i);
      guint first = i;

      if (box->bottom - page.top <= height || (int) i == page.first_line)
        continue;

      while (first > (guint) page.first_line + 1 && g_array_index (lines, LineBox, first - 1).is_heading)
        first--;
      while (first + 1 < lines->len && g_array_index (lines, LineBox, first).is_blank)
        first++;
      page.first_line = first;
      page.top = g_array_index (lines, LineBox, first).top;
      g_array_append_val (self->page_starts, page);
      i = first;
    }

  gtk_print_operation_set_n_pages (operation, self->page_starts->len);
}

static void
draw_footer (IrTopicPrint    *self,
             GtkPrintContext *context,
             int              page_nr)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context) - 2 * INSET;
  g_autoptr(PangoLayout) footer = new_layout (context, width, BODY_POINTS * 0.8);
  /* Translators: At the foot of a printed page: the topic's title, then
   * the page number and the number of pages. */
  g_autofree char *text = g_strdup_printf (_("%s — page %d of %d"), self->title, page_nr + 1,
                                           (int) self->page_starts->len);
  int text_height;

  pango_layout_set_text (footer, text, -1);
  pango_layout_get_size (footer, NULL, &text_height);
  cairo_move_to (cr, INSET, gtk_print_context_get_height (context) - INSET - (double) text_height / PANGO_SCALE);
  pango_cairo_show_layout (cr, footer);
}

static void
ir_topic_print_draw_page (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page_nr)
{
  IrTopicPrint *self = IR_TOPIC_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  PageStart *page = &g_array_index (self->page_starts, PageStart, page_nr);
  int end = ir_topic_print_get_page_end (self, page_nr);
  PangoLayoutIter *iter = pango_layout_get_iter (self->layout);
  int line = 0;

  do
    {
      if (line >= page->first_line)
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, INSET + (double) logical.x / PANGO_SCALE,
                         INSET + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - page->top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  draw_footer (self, context, page_nr);
}

static void
ir_topic_print_end_print (GtkPrintOperation *operation,
                          GtkPrintContext   *context)
{
  g_clear_object (&IR_TOPIC_PRINT (operation)->layout);
}

static void
ir_topic_print_finalize (GObject *object)
{
  IrTopicPrint *self = IR_TOPIC_PRINT (object);

  g_free (self->markup);
  g_free (self->title);
  g_clear_object (&self->layout);
  g_array_unref (self->page_starts);

  G_OBJECT_CLASS (ir_topic_print_parent_class)->finalize (object);
}

static void
ir_topic_print_class_init (IrTopicPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = ir_topic_print_finalize;
  print_class->begin_print = ir_topic_print_begin_print;
  print_class->draw_page = ir_topic_print_draw_page;
  print_class->end_print = ir_topic_print_end_print;
}

static void
ir_topic_print_init (IrTopicPrint *self)
{
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (PageStart));
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

IrTopicPrint *
ir_topic_print_new (IrCatalog  *catalog,
                    IrTopic    *topic,
                    IrAudience  audience)
{
  IrTopicPrint *self;

  g_return_val_if_fail (IR_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (IR_IS_TOPIC (topic), NULL);

  self = g_object_new (IR_TYPE_TOPIC_PRINT,
                       "job-name", ir_topic_get_title (topic),
                       NULL);
  self->markup = make_markup (catalog, topic, audience);
  self->title = g_strdup (ir_topic_get_title (topic));
  self->audience = audience;

  return self;
}

const char *
ir_topic_print_get_markup (IrTopicPrint *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_PRINT (self), NULL);

  return self->markup;
}

/* While printing, for tests: the layout of the whole text, and the lines
 * of each page, from @first to before its end. */
PangoLayout *
ir_topic_print_get_layout (IrTopicPrint *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_PRINT (self), NULL);

  return self->layout;
}

int
ir_topic_print_get_page_start (IrTopicPrint *self,
                               int           page_nr)
{
  g_return_val_if_fail (IR_IS_TOPIC_PRINT (self), 0);
  g_return_val_if_fail (page_nr >= 0 && (guint) page_nr < self->page_starts->len, 0);

  return g_array_index (self->page_starts, PageStart, page_nr).first_line;
}

int
ir_topic_print_get_page_end (IrTopicPrint *self,
                             int           page_nr)
{
  g_return_val_if_fail (IR_IS_TOPIC_PRINT (self), 0);
  g_return_val_if_fail (page_nr >= 0 && (guint) page_nr < self->page_starts->len, 0);

  if ((guint) page_nr + 1 < self->page_starts->len)
    return g_array_index (self->page_starts, PageStart, page_nr + 1).first_line;

  return self->layout != NULL ? pango_layout_get_line_count (self->layout) : 0;
}
