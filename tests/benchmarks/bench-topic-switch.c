/* bench-topic-switch.c: how long a family waits for a topic to appear.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the real window at 1000x700 and shows every topic of the bundle in
 * turn. A switch's work is building the page plus the first frame that
 * shows it, from the frame clock's before-paint to its after-paint (layout,
 * snapshot, render). The time spent waiting for the frame clock's next slot
 * is not work, and is reported apart, as the wall time to the frame. The
 * first pass is cold (every page type and style built for the first time);
 * the second is warm. Goal: the median cold switch's work fits in one 60 Hz
 * frame period, 16.7 ms, so that no frame is dropped. Exits 1 when not.
 */

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>

#include "ir-application.h"
#include "ir-window.h"

#define FRAME_PERIOD_MS (1000.0 / 60.0)
#define PASSES 2

typedef struct
{
  char   *topic_id;
  double  ms[PASSES];        /* work: building plus the frame */
  double  build_ms[PASSES];  /* of which building the page */
  double  wall_ms[PASSES];   /* from the switch to the painted frame */
} Switch;

static gboolean painted;
static gint64 frame_start;
static gint64 frame_end;

static void
on_before_paint (GdkFrameClock *clock,
                 gpointer       user_data)
{
  frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  frame_end = g_get_monotonic_time ();
  painted = TRUE;
}

static void
wait_for_paint (GtkWidget *widget)
{
  painted = FALSE;
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(IrApplication) app = NULL;
  g_autoptr(GArray) switches = g_array_new (FALSE, TRUE, sizeof (Switch));
  GListModel *topics;
  IrWindow *window;
  GdkFrameClock *clock;
  gboolean ok = TRUE;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();

  app = ir_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_settings_set_int (ir_application_get_settings (app), "window-width", 1000);
  g_settings_set_int (ir_application_get_settings (app), "window-height", 700);

  window = ir_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  wait_for_paint (GTK_WIDGET (window));

  topics = ir_catalog_get_topics (ir_application_get_catalog (app));
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
      Switch s = { g_strdup (ir_topic_get_id (topic)), { 0 } };

      g_array_append_val (switches, s);
    }

  /* What the frame clock alone costs: repainting a window that did not change. */
  {
    double repaint[9];

    for (guint i = 0; i < G_N_ELEMENTS (repaint); i++)
      {
        gint64 start;

        while (g_main_context_iteration (NULL, FALSE))
          ;
        start = g_get_monotonic_time ();
        wait_for_paint (GTK_WIDGET (window));
        repaint[i] = (frame_end - MAX (frame_start, start)) / 1000.0;
      }
    g_print ("Repainting an unchanged window: median %.2f ms of work\n", median (repaint, G_N_ELEMENTS (repaint)));
  }

  if (switches->len < 2)
    {
      g_printerr ("bench-topic-switch: the bundle has fewer than two topics\n");
      return EXIT_FAILURE;
    }

  for (guint pass = 0; pass < PASSES; pass++)
    for (guint i = 0; i < switches->len; i++)
      {
        Switch *s = &g_array_index (switches, Switch, i);
        gint64 start;

        /* Start from a settled window, not from the previous switch's frame. */
        while (g_main_context_iteration (NULL, FALSE))
          ;
        start = g_get_monotonic_time ();
        ir_window_show_topic (window, s->topic_id);
        s->build_ms[pass] = (g_get_monotonic_time () - start) / 1000.0;
        wait_for_paint (GTK_WIDGET (window));
        s->wall_ms[pass] = (frame_end - start) / 1000.0;
        s->ms[pass] = s->build_ms[pass] + (frame_end - MAX (frame_start, start)) / 1000.0;
      }

  g_print ("Topic switch: building the page and painting its first frame, %u topics, 1000x700 (renderer: %s)\n",
           switches->len, g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");
  for (guint pass = 0; pass < PASSES; pass++)
    {
      g_autofree double *values = g_new (double, switches->len);
      g_autofree double *build = g_new (double, switches->len);
      g_autofree double *wall = g_new (double, switches->len);
      const Switch *worst = NULL;

      for (guint i = 0; i < switches->len; i++)
        {
          const Switch *s = &g_array_index (switches, Switch, i);

          values[i] = s->ms[pass];
          build[i] = s->build_ms[pass];
          wall[i] = s->wall_ms[pass];
          if (worst == NULL || s->ms[pass] > worst->ms[pass])
            worst = s;
        }

      g_print ("  %-5s work median %6.2f ms, worst %6.2f ms (%s); of which building %5.2f ms; "
               "wall time to the frame %5.2f ms\n",
               pass == 0 ? "cold" : "warm", median (values, switches->len), worst->ms[pass], worst->topic_id,
               median (build, switches->len), median (wall, switches->len));
      if (pass == 0 && median (values, switches->len) > FRAME_PERIOD_MS)
        ok = FALSE;
    }
  g_print ("  goal: cold median work within one 60 Hz frame (%.1f ms): %s\n", FRAME_PERIOD_MS, ok ? "met" : "MISSED");

  for (guint i = 0; i < switches->len; i++)
    g_free (g_array_index (switches, Switch, i).topic_id);
  gtk_window_destroy (GTK_WINDOW (window));

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
