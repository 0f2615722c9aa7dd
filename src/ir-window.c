/* ir-window.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ir-window.h"

struct _IrWindow
{
  AdwApplicationWindow parent_instance;

  /* template */
  AdwNavigationSplitView *split_view;
};

G_DEFINE_FINAL_TYPE (IrWindow, ir_window, ADW_TYPE_APPLICATION_WINDOW)

static void
ir_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IR_TYPE_WINDOW);

  G_OBJECT_CLASS (ir_window_parent_class)->dispose (object);
}

static void
ir_window_class_init (IrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ir_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ir-window.ui");
  gtk_widget_class_bind_template_child (widget_class, IrWindow, split_view);
}

static void
ir_window_init (IrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

IrWindow *
ir_window_new (IrApplication *application)
{
  GSettings *settings = ir_application_get_settings (application);
  IrWindow *self;

  g_return_val_if_fail (IR_IS_APPLICATION (application), NULL);

  self = g_object_new (IR_TYPE_WINDOW,
                       "application", application,
                       NULL);

  /* "application" is not a construct property, so this cannot live in
   * constructed(). */
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  return self;
}
