/* ir-frame-probe.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "ir-frame-probe.h"

/* Animations and late style changes settle within a few frames; a
 * screenshot taken on the first one can miss them. */
#define SCREENSHOT_AFTER_FRAMES 6
#define SETTLED_AFTER_FRAMES 3

typedef struct
{
  GtkWindow *window;  /* borrowed: the probe dies with it */
  char      *screenshot_path;
  gboolean   exit_after_first_frame;
  guint      frames;
  IrFrameProbeFunc settled_func;
  gpointer         user_data;
} FrameProbe;

static void
frame_probe_free (gpointer data)
{
  FrameProbe *probe = data;

  g_free (probe->screenshot_path);
  g_free (probe);
}

gboolean
ir_frame_probe_save_png (GtkWidget   *widget,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  if (node == NULL || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The window has nothing to render yet");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static void
quit_application (GtkWindow *window)
{
  GtkApplication *app = gtk_window_get_application (window);

  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
  else
    gtk_window_destroy (window);
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameProbe    *probe)
{
  probe->frames++;

  if (probe->exit_after_first_frame && probe->frames == 1)
    {
      printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      fflush (stdout);
    }

  if (probe->frames == SETTLED_AFTER_FRAMES && probe->settled_func != NULL)
    {
      probe->settled_func (probe->window, probe->user_data);
      /* Watched only to be told: no more frames needed. */
      if (!probe->exit_after_first_frame && probe->screenshot_path == NULL)
        {
          g_signal_handlers_disconnect_by_data (clock, probe);
          return;
        }
    }

  if (probe->exit_after_first_frame && (probe->settled_func == NULL || probe->frames >= SETTLED_AFTER_FRAMES))
    {
      g_signal_handlers_disconnect_by_data (clock, probe);
      quit_application (probe->window);
      return;
    }

  if (probe->screenshot_path != NULL && probe->frames >= SCREENSHOT_AFTER_FRAMES)
    {
      g_autoptr(GError) error = NULL;

      g_signal_handlers_disconnect_by_data (clock, probe);
      if (!ir_frame_probe_save_png (GTK_WIDGET (probe->window), probe->screenshot_path, &error))
        g_printerr ("Screenshot failed: %s\n", error->message);
      quit_application (probe->window);
      return;
    }

  /* Keep frames coming while waiting for the window to settle. */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
on_realize (GtkWidget  *widget,
            FrameProbe *probe)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), probe);
}

void
ir_frame_probe_watch (GtkWindow *window)
{
  ir_frame_probe_watch_full (window, NULL, NULL);
}

void
ir_frame_probe_watch_full (GtkWindow        *window,
                           IrFrameProbeFunc  settled_func,
                           gpointer          user_data)
{
  const char *screenshot = g_getenv ("IR_GUIDE_SCREENSHOT");
  gboolean exit_after_first_frame = g_strcmp0 (g_getenv ("IR_GUIDE_EXIT_AFTER_FIRST_FRAME"), "1") == 0;
  FrameProbe *probe;

  if (!exit_after_first_frame && (screenshot == NULL || *screenshot == '\0') && settled_func == NULL)
    return;

  probe = g_new0 (FrameProbe, 1);
  probe->window = window;
  probe->exit_after_first_frame = exit_after_first_frame;
  probe->screenshot_path = screenshot != NULL && *screenshot != '\0' ? g_strdup (screenshot) : NULL;
  probe->settled_func = settled_func;
  probe->user_data = user_data;
  g_object_set_data_full (G_OBJECT (window), "ir-frame-probe", probe, frame_probe_free);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize), probe);
}
