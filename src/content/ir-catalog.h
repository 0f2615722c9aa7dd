/* ir-catalog.h: IR Guide's content, loaded, validated and indexed
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ir-content-error.h"
#include "ir-content-types.h"
#include "ir-glossary-term.h"
#include "ir-inline.h"
#include "ir-search-result.h"
#include "ir-section.h"
#include "ir-topic.h"

G_BEGIN_DECLS

#define IR_TYPE_CATALOG (ir_catalog_get_type ())

G_DECLARE_FINAL_TYPE (IrCatalog, ir_catalog, IR, CATALOG, GObject)

typedef enum
{
  IR_CATALOG_LOAD_DEFAULT       = 0,
  /* @location is a folder in the GResource. */
  IR_CATALOG_LOAD_FROM_RESOURCE = 1 << 0,
  /* No threads besides the caller's. A big bundle is otherwise parsed and
   * indexed on as many threads as there are processors; a caller that is
   * itself a background thread, beside busier work, gains nothing. */
  IR_CATALOG_LOAD_ONE_THREAD    = 1 << 1,
} IrCatalogLoadFlags;

/* A bundle is a JSON file or a folder of them (read sorted by name); a
 * resource bundle is every *.json under @resource_dir.
 *
 * On failure, *@problems (when given) receives every IrContentProblem found
 * and @error the first one. @search_language is the language whose
 * transliteration the search index uses; NULL means the current locale. */
/* A catalog with no content. */
IrCatalog      *ir_catalog_new                 (void);
IrCatalog      *ir_catalog_new_from_resource   (const char  *resource_dir,
                                                GError     **error);
IrCatalog      *ir_catalog_new_from_path       (const char  *path,
                                                GPtrArray  **problems,
                                                GError     **error);
IrCatalog      *ir_catalog_new_full            (const char          *location,
                                                IrCatalogLoadFlags   flags,
                                                const char          *search_language,
                                                GPtrArray          **problems,
                                                GError             **error);
/* Validates the bytes of one file the way the loader would, for the fuzzer
 * and for tools; returns the problems (never NULL). */
GPtrArray      *ir_catalog_validate_data       (const char  *file_name,
                                                const char  *data,
                                                gsize        length);

/* These are owned by the catalog. */
GListModel     *ir_catalog_get_sections        (IrCatalog   *self);
GListModel     *ir_catalog_get_topics          (IrCatalog   *self);
GListModel     *ir_catalog_get_glossary        (IrCatalog   *self);
IrTopic        *ir_catalog_lookup_topic        (IrCatalog   *self,
                                                const char  *id);
IrGlossaryTerm *ir_catalog_lookup_term         (IrCatalog   *self,
                                                const char  *id);
IrSection      *ir_catalog_lookup_section      (IrCatalog   *self,
                                                const char  *id);

/* Relations from both ends; each returns a new GListModel of IrTopic. */
GListModel     *ir_catalog_get_treats          (IrCatalog   *self,
                                                IrTopic     *procedure);
GListModel     *ir_catalog_get_treated_by      (IrCatalog   *self,
                                                IrTopic     *condition);
GListModel     *ir_catalog_get_imaging         (IrCatalog   *self,
                                                IrTopic     *procedure);
GListModel     *ir_catalog_get_used_by         (IrCatalog   *self,
                                                IrTopic     *imaging);
GListModel     *ir_catalog_get_related         (IrCatalog   *self,
                                                IrTopic     *topic);

/* A new GListModel of IrSearchResult, best first. */
GListModel     *ir_catalog_search              (IrCatalog   *self,
                                                const char  *query);
/* The ids closest to @unknown_id, closest first (NULL-terminated). */
char          **ir_catalog_suggest_ids         (IrCatalog   *self,
                                                const char  *unknown_id);

G_END_DECLS
