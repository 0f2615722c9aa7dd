/* ir-window-private.h: what ir-window.c shares with ir-window-actions.c
 * and ir-window-sidebar.c.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-window.h"
#include "pages/ir-topic-page.h"

G_BEGIN_DECLS

/* How a topic shown goes into the Back history. */
typedef enum
{
  IR_HISTORY_KEEP,    /* stepping through it, or restoring the last page */
  IR_HISTORY_RECORD,  /* a link, card, result or activated row */
  /* The sidebar's selection moved by the keyboard: one browse through the
   * list is one step back, however many topics the arrow keys passed. */
  IR_HISTORY_BROWSE,
} IrHistoryMode;

struct _IrWindow
{
  AdwApplicationWindow    parent_instance;

  /* template */
  AdwNavigationSplitView *split_view;
  AdwNavigationPage      *content_page;
  AdwBin                 *page_bin;
  GtkSearchEntry         *search_entry;
  GtkStack               *sidebar_stack;
  GtkListView            *topic_list;
  GtkListView            *results_list;
  GtkMenuButton          *menu_button;
  GMenuModel             *primary_menu;
  GMenu                  *language_menu;

  /* owned */
  IrCatalog              *catalog;
  GSettings              *settings;
  GtkSingleSelection     *topic_selection;
  GtkSingleSelection     *results_selection;
  GtkCssProvider         *text_scale_css;
  GPtrArray              *back_stack;     /* topic ids, oldest first */
  GPtrArray              *forward_stack;  /* topic ids, nearest last */
  GtkPrintSettings       *print_settings; /* the last printout's, or NULL */
  GtkPageSetup           *page_setup;     /* the last printout's, or NULL */
  GtkPrintOperation      *print_job;      /* while its dialog or job runs */
  gboolean                browsing;       /* the last topic came from IR_HISTORY_BROWSE */
  gboolean                list_keyed;     /* the topic list's last input was a key */
  guint                   list_depth;     /* back_stack's length when the list last opened a topic */

  /* borrowed: lives in page_bin */
  IrTopicPage            *topic_page;
};

void ir_window_class_add_actions    (GtkWidgetClass *widget_class);
void ir_window_init_actions         (IrWindow       *self);
void ir_window_update_actions       (IrWindow       *self);
void ir_window_apply_text_scale     (IrWindow       *self);
void ir_window_set_up_lists         (IrWindow       *self);
void ir_window_navigate             (IrWindow       *self,
                                     const char     *topic_id,
                                     IrHistoryMode   history);

G_END_DECLS
