/* ir-content-error.h
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define IR_CONTENT_ERROR (ir_content_error_quark ())

/* One code per class of problem, so that tests and tools can tell them
 * apart without reading messages. */
typedef enum
{
  IR_CONTENT_ERROR_FAILED,             /* a file could not be read */
  IR_CONTENT_ERROR_MALFORMED_JSON,
  IR_CONTENT_ERROR_WRONG_TYPE,
  IR_CONTENT_ERROR_MISSING_FIELD,
  IR_CONTENT_ERROR_UNKNOWN_KIND,
  IR_CONTENT_ERROR_UNKNOWN_FIELD,
  IR_CONTENT_ERROR_DUPLICATE_ID,
  IR_CONTENT_ERROR_UNKNOWN_REFERENCE,
  IR_CONTENT_ERROR_EMPTY_STRING,
  IR_CONTENT_ERROR_INVALID_TEXT,       /* invalid UTF-8 or a control character */
  IR_CONTENT_ERROR_MISSING_PART,
  IR_CONTENT_ERROR_TOO_DEEP,
  IR_CONTENT_ERROR_BAD_TOKEN,
  IR_CONTENT_ERROR_BAD_DATE,
  IR_CONTENT_ERROR_DUPLICATE_RELATION,
  IR_CONTENT_ERROR_BAD_SCHEMA,
  IR_CONTENT_ERROR_BAD_ID,             /* not lowercase-with-dashes */
  IR_CONTENT_ERROR_BAD_RELATION,       /* a relation to a topic of the wrong kind, or to itself */
  IR_CONTENT_ERROR_DUPLICATE_MEMBER,   /* a member given twice in one object */
} IrContentError;

GQuark ir_content_error_quark (void);

typedef struct
{
  IrContentError  code;
  char           *file;
  guint           line;    /* 1-based; 0 when unknown */
  guint           column;  /* 1-based, in bytes; 0 when unknown */
  char           *path;    /* a JSON path such as $.topics[3].parents.what[0] */
  char           *message;
} IrContentProblem;

#define IR_TYPE_CONTENT_PROBLEM (ir_content_problem_get_type ())

GType             ir_content_problem_get_type  (void) G_GNUC_CONST;
IrContentProblem *ir_content_problem_new       (IrContentError          code,
                                                const char             *file,
                                                const char             *path,
                                                const char             *message);
IrContentProblem *ir_content_problem_copy      (const IrContentProblem *problem);
void              ir_content_problem_free      (IrContentProblem       *problem);
char             *ir_content_problem_to_string (const IrContentProblem *problem);
const char       *ir_content_error_to_string   (IrContentError          code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IrContentProblem, ir_content_problem_free)

G_END_DECLS
