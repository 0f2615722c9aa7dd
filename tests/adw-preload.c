/* adw-preload.c: loaded into gtk4-builder-tool with LD_PRELOAD so that it
 * knows the types our templates name: libadwaita's, which the tool cannot
 * load by itself, and our own. The tool fakes a template's class when the
 * type is unknown, and a fake class has none of the properties that the
 * template's <lookup> expressions read.
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "content/ir-catalog.h"
#include "widgets/ir-topic-card.h"

void ir_adw_preload_init (void) __attribute__ ((constructor));

void
ir_adw_preload_init (void)
{
  /* GtkBuilder finds a type by name only once it is registered. */
  adw_init ();
  g_type_ensure (IR_TYPE_CATALOG);
  g_type_ensure (IR_TYPE_SECTION);
  g_type_ensure (IR_TYPE_TOPIC);
  g_type_ensure (IR_TYPE_GLOSSARY_TERM);
  g_type_ensure (IR_TYPE_SEARCH_RESULT);
  g_type_ensure (IR_TYPE_TOPIC_CARD);
}
