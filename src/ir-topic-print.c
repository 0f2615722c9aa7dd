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

static void
ir_topic_print_begin_print (GtkPrintOperation *operation,
                            GtkPrintContext   *context)
{
  IrTopicPrint *self = IR_TOPIC_PRINT (operation);
  double height = gtk_print_context_get_height (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 11");
  PangoLayoutIter *iter;
  PageStart page = { 0, 0 };
  int line = 0;

  g_clear_object (&self->layout);
  self->layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (self->layout, font);
  pango_layout_set_width (self->layout, (int) (gtk_print_context_get_width (context) * PANGO_SCALE));
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (self->layout, self->markup, -1);

  /* A page takes whole lines while they fit. */
  g_array_set_size (self->page_starts, 0);
  g_array_append_val (self->page_starts, page);
  iter = pango_layout_get_iter (self->layout);
  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      if (bottom - page.top > height && line > page.first_line)
        {
          page.first_line = line;
          page.top = top;
          g_array_append_val (self->page_starts, page);
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  gtk_print_operation_set_n_pages (operation, self->page_starts->len);
}

static void
ir_topic_print_draw_page (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page_nr)
{
  IrTopicPrint *self = IR_TOPIC_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  PageStart *page = &g_array_index (self->page_starts, PageStart, page_nr);
  int end = (guint) page_nr + 1 < self->page_starts->len
            ? g_array_index (self->page_starts, PageStart, page_nr + 1).first_line
            : G_MAXINT;
  PangoLayoutIter *iter = pango_layout_get_iter (self->layout);
  int line = 0;

  do
    {
      if (line >= page->first_line)
        {
          PangoRectangle logical;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, (double) logical.x / PANGO_SCALE,
                         (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - page->top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
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

  return self;
}

const char *
ir_topic_print_get_markup (IrTopicPrint *self)
{
  g_return_val_if_fail (IR_IS_TOPIC_PRINT (self), NULL);

  return self->markup;
}
