/* ir-content-error.c
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ir-content-private.h"

G_DEFINE_QUARK (ir-content-error-quark, ir_content_error)

G_DEFINE_BOXED_TYPE (IrContentProblem, ir_content_problem,
                     ir_content_problem_copy, ir_content_problem_free)

static const char * const error_names[] = {
  [IR_CONTENT_ERROR_FAILED] = "failed",
  [IR_CONTENT_ERROR_MALFORMED_JSON] = "malformed-json",
  [IR_CONTENT_ERROR_WRONG_TYPE] = "wrong-type",
  [IR_CONTENT_ERROR_MISSING_FIELD] = "missing-field",
  [IR_CONTENT_ERROR_UNKNOWN_KIND] = "unknown-kind",
  [IR_CONTENT_ERROR_UNKNOWN_FIELD] = "unknown-field",
  [IR_CONTENT_ERROR_DUPLICATE_ID] = "duplicate-id",
  [IR_CONTENT_ERROR_UNKNOWN_REFERENCE] = "unknown-reference",
  [IR_CONTENT_ERROR_EMPTY_STRING] = "empty-string",
  [IR_CONTENT_ERROR_INVALID_TEXT] = "invalid-text",
  [IR_CONTENT_ERROR_MISSING_PART] = "missing-part",
  [IR_CONTENT_ERROR_TOO_DEEP] = "too-deep",
  [IR_CONTENT_ERROR_BAD_TOKEN] = "bad-token",
  [IR_CONTENT_ERROR_BAD_DATE] = "bad-date",
  [IR_CONTENT_ERROR_DUPLICATE_RELATION] = "duplicate-relation",
  [IR_CONTENT_ERROR_BAD_SCHEMA] = "bad-schema",
  [IR_CONTENT_ERROR_BAD_ID] = "bad-id",
  [IR_CONTENT_ERROR_BAD_RELATION] = "bad-relation",
  [IR_CONTENT_ERROR_DUPLICATE_MEMBER] = "duplicate-member",
};

/* A short stable name per code, for tests and tools that match on it. */
const char *
ir_content_error_to_string (IrContentError code)
{
  if ((guint) code >= G_N_ELEMENTS (error_names))
    return "unknown";

  return error_names[code];
}

IrContentProblem *
ir_content_problem_new (IrContentError  code,
                        const char     *file,
                        const char     *path,
                        const char     *message)
{
  IrContentProblem *problem = g_new0 (IrContentProblem, 1);

  problem->code = code;
  problem->file = g_strdup (file);
  problem->path = g_strdup (path != NULL ? path : "$");
  problem->message = g_strdup (message);

  return problem;
}

IrContentProblem *
ir_content_problem_copy (const IrContentProblem *problem)
{
  IrContentProblem *copy = ir_content_problem_new (problem->code, problem->file,
                                                   problem->path, problem->message);

  copy->line = problem->line;
  copy->column = problem->column;

  return copy;
}

void
ir_content_problem_free (IrContentProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/* FILE:LINE:COL: PATH: message, the form compilers use, so that editors
 * jump to it. An unknown position is given as line 1, column 1 rather
 * than left out, so that the fields stay in place for tools. */
char *
ir_content_problem_to_string (const IrContentProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return g_strdup_printf ("%s:%u:%u: %s: %s",
                          problem->file != NULL ? problem->file : "<content>",
                          MAX (problem->line, 1), MAX (problem->column, 1),
                          problem->path, problem->message);
}

void
ir_content_add_problem (GPtrArray      *problems,
                        IrContentError  code,
                        const char     *file,
                        const char     *path,
                        const char     *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (problems, ir_content_problem_new (code, file, path, message));
}
