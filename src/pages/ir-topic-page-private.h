/* ir-topic-page-private.h: what ir-topic-page.c shares with the files that
 * build parts of the page.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-topic-page.h"

G_BEGIN_DECLS

struct _IrTopicPage
{
  AdwBin parent_instance;

  /* template */
  AdwToastOverlay     *toast_overlay;
  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;
  GtkLabel            *summary_label;
  GtkWidget           *audience_box;
  AdwPreferencesGroup *facts_group;
  AdwActionRow        *imaging_row;
  AdwActionRow        *sedation_row;
  AdwActionRow        *duration_row;
  AdwActionRow        *recovery_row;
  GtkBox              *parts_box;
  AdwPreferencesGroup *questions_group;
  GtkListBox          *questions_list;
  GtkBox              *cards_box;
  AdwPreferencesGroup *imaging_group;
  GtkListBox          *imaging_list;
  AdwPreferencesGroup *links_group;
  GtkListBox          *links_list;
  GtkLabel            *sources_label;
  GtkLabel            *note_label;
  GtkPopover          *term_popover;
  GtkLabel            *term_title;
  GtkLabel            *term_definition;

  /* owned */
  IrCatalog           *catalog;
  GSettings           *settings;
  IrTopic             *topic;
  GdkFrameClock       *finish_clock;    /* set while the page is half built */
  gulong               finish_handler;
  gulong               map_handler;
  guint                next_part;       /* the first part not built yet */
  char                *cleared_key;     /* the checklist the last Clear emptied, */
  GStrv                cleared_ticks;   /* and its ticks, for Undo */
  AdwToast            *cleared_toast;   /* while it shows */

  /* borrowed, weak: the paragraph whose term the popover shows */
  GtkWidget           *term_label;
};

void       ir_topic_page_remove_all_children (GtkWidget          *parent);
GtkWidget *ir_topic_page_make_heading        (const char         *text,
                                              int                 level);
void       ir_topic_page_add_questions       (IrTopicPage        *self,
                                              const char * const *questions);
void       ir_topic_page_clear_questions     (IrTopicPage        *self);
void       ir_topic_page_undo_clear_questions (IrTopicPage       *self);
void       ir_topic_page_show_relations      (IrTopicPage        *self);

G_END_DECLS
