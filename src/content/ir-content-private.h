/* ir-content-private.h: what the content model's files share
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ir-catalog.h"
#include "ir-json.h"

G_BEGIN_DECLS

/* Deeper than the format needs (root, topics, topic, body, sections,
 * section, paragraphs is 7): anything below is an error, and the limit
 * bounds the parser's recursion. */
#define IR_CONTENT_MAX_DEPTH 8

/* The body parts, in the order the app shows them. */
typedef enum
{
  IR_PART_WHAT,
  IR_PART_WHY,
  IR_PART_PREPARE,
  IR_PART_DURING,
  IR_PART_AFTER,
  IR_PART_RISKS,
  IR_PART_QUESTIONS,
  IR_PART_SIGNS,
  IR_PART_TREATMENT,
  IR_PART_SENSES,
  IR_PART_PEOPLE,
  IR_PART_HELPS,
  IR_N_PARTS
} IrPartIndex;

#define IR_N_FACTS 3

/* Ten times the largest generated bundle the benchmarks load in one file
 * (10,000 topics): a file past this is a mistake, not content. */
#define IR_CONTENT_MAX_FILE_BYTES (128 * 1024 * 1024)

/* Below this many bytes of JSON, a second thread for parsing, validating
 * or indexing costs more than it saves. */
#define IR_CONTENT_THREAD_MIN_BYTES (64 * 1024)

int         ir_part_index_from_name  (const char  *name);
const char *ir_part_index_to_name    (int          index);
const char *ir_part_index_heading    (int          index,
                                      IrAudience   audience);
/* The parts a topic of @kind must have for @audience, as a bit mask. */
guint       ir_part_required_mask    (IrTopicKind  kind,
                                      IrAudience   audience);
int         ir_fact_index_from_name  (const char  *name);
const char *ir_fact_index_to_name    (int          index);
gboolean    ir_content_is_valid_id   (const char  *id);
gboolean    ir_content_is_blank      (const char  *text,
                                      gsize        len);

/* Strings live in one refcounted chunk per catalog: tens of thousands of
 * small allocations are the largest cost of loading otherwise. */
typedef struct _IrStrings IrStrings;

IrStrings  *ir_strings_new           (void);
IrStrings  *ir_strings_ref           (IrStrings   *strings);
void        ir_strings_unref         (IrStrings   *strings);
void        ir_strings_adopt         (IrStrings   *strings,
                                      char        *text,
                                      gsize        length);
const char *ir_strings_add           (IrStrings   *strings,
                                      const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrStrings, ir_strings_unref)

IrPart     *ir_part_new              (const char  *id,
                                      const char  *heading,
                                      const char **paragraphs);
IrBody     *ir_body_new              (IrStrings   *strings);
void        ir_body_take_part        (IrBody      *body,
                                      IrPart      *part);

typedef struct
{
  const char  *id;
  IrTopicKind  kind;
  const char  *section_id;
  const char  *title;
  const char  *summary;
  IrBody      *bodies[IR_N_AUDIENCES];  /* taken */
  const char  *facts[IR_N_FACTS];
  const char **sources;                 /* taken; strings from @strings */
  const char  *reviewed;
} IrTopicData;

IrTopic        *ir_topic_new_internal         (IrStrings   *strings,
                                               IrTopicData *data);
guint           ir_topic_get_index            (IrTopic     *self);
void            ir_topic_set_index            (IrTopic     *self,
                                               guint        index);
IrSection      *ir_section_new_internal       (IrStrings   *strings,
                                               const char  *id,
                                               const char  *title);
void            ir_section_append_topics      (IrSection   *self,
                                               gpointer    *topics,
                                               guint        n_topics);
IrGlossaryTerm *ir_glossary_term_new_internal (IrStrings   *strings,
                                               const char  *id,
                                               const char  *term,
                                               const char  *definition);
IrSearchResult *ir_search_result_new_internal (IrTopic     *topic,
                                               guint        score,
                                               IrCatalog   *catalog,
                                               GStrv        words,
                                               gboolean     last_is_prefix);

/* A file of a bundle, between reading and building. */
typedef struct
{
  char           *name;     /* as shown in problems */
  GBytes         *bytes;
  IrJsonDocument *json;     /* NULL when the file did not parse */
} IrContentFile;

void        ir_content_file_free     (IrContentFile *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrContentFile, ir_content_file_free)

/* With @threaded, a big bundle's files are parsed on several threads. */
GPtrArray  *ir_content_read          (const char    *location,
                                      gboolean       is_resource,
                                      gboolean       threaded,
                                      GPtrArray     *problems);
IrContentFile *ir_content_parse      (const char    *name,
                                      GBytes        *bytes,
                                      GPtrArray     *problems);
void        ir_content_validate      (GPtrArray     *files,
                                      gboolean       threaded,
                                      GPtrArray     *problems);
void        ir_content_locate        (GPtrArray     *files,
                                      GPtrArray     *problems);
void        ir_content_add_problem   (GPtrArray     *problems,
                                      IrContentError code,
                                      const char    *file,
                                      const char    *path,
                                      const char    *format,
                                      ...) G_GNUC_PRINTF (5, 6);
gboolean    ir_content_check_text    (const char    *text,
                                      char         **message);
char      **ir_content_suggest       (const char * const *candidates,
                                      guint          n_candidates,
                                      const char    *unknown,
                                      guint          max_results);

/* Catalog building (ir-catalog-build.c) and its private accessors.
 * ir_catalog_build() takes @files; with @threaded, a big bundle is indexed
 * on two threads. */
IrCatalog  *ir_catalog_build         (GPtrArray     *files,
                                      const char    *search_language,
                                      gboolean       threaded);
char       *ir_catalog_make_snippet  (IrCatalog     *self,
                                      IrTopic       *topic,
                                      const char * const *words,
                                      gboolean       last_is_prefix);
char       *ir_catalog_mark_snippet  (IrCatalog     *self,
                                      const char    *snippet,
                                      const char * const *words,
                                      gboolean       last_is_prefix);

/* Translates a content string, or returns it as it is when the app has no
 * translation for the current language. */
const char *ir_content_translate     (gboolean       enabled,
                                      GString       *context,
                                      const char    *msgid);
gboolean    ir_content_translations_available (void);

G_END_DECLS

G_BEGIN_DECLS

/* JSON paths: $.topics[3].parents.what[0] */
void        ir_content_path_append_member (GString     *path,
                                           const char  *name,
                                           gssize       len);
void        ir_content_path_append_index  (GString     *path,
                                           guint        index);
GArray     *ir_content_lines_new          (const char  *data,
                                           gsize        length);
void        ir_content_lines_find         (GArray      *lines,
                                           gsize        offset,
                                           guint       *line,
                                           guint       *column);

G_END_DECLS
