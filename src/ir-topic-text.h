/* ir-topic-text.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-catalog.h"

G_BEGIN_DECLS

/* Lines a topic page and its printout share, in the user's language. */
char *ir_topic_text_imaging (IrCatalog *catalog,
                             IrTopic   *topic);
char *ir_topic_text_sources (IrTopic   *topic);

G_END_DECLS
