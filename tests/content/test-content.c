/* test-content.c: loading, validation, relations and inline text
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ir-catalog.h"
#include "content-test-util.h"

#define CONTENT_RESOURCE RESOURCE_PATH "/content"

static IrCatalog *
load_starter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  IrCatalog *catalog = ir_catalog_new_from_path (FIXTURES "/starter", &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (problems->len, ==, 0);

  return catalog;
}

static void
test_starter_loads (void)
{
  g_autoptr(IrCatalog) catalog = load_starter ();
  g_autoptr(IrSection) first = g_list_model_get_item (ir_catalog_get_sections (catalog), 0);
  g_autoptr(IrGlossaryTerm) term = g_list_model_get_item (ir_catalog_get_glossary (catalog), 0);
  IrSection *procedures = ir_catalog_lookup_section (catalog, "procedures");
  IrTopic *topic = ir_catalog_lookup_topic (catalog, "sclerotherapy");
  IrBody *body;
  IrPart *part;
  static const char * const parents_order[] = {
    "what", "why", "prepare", "during", "after", "risks", "questions", "section",
  };

  g_assert_cmpuint (g_list_model_get_n_items (ir_catalog_get_sections (catalog)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (ir_catalog_get_topics (catalog)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (ir_catalog_get_glossary (catalog)), ==, 2);
  g_assert_cmpstr (ir_section_get_id (first), ==, "about");
  g_assert_cmpstr (ir_section_get_title (first), ==, "About IR");
  g_assert_cmpstr (ir_glossary_term_get_term (term), ==, "catheter");

  /* A section's topics keep the order they are written in. */
  g_assert_cmpuint (g_list_model_get_n_items (ir_section_get_topics (procedures)), ==, 2);
  {
    g_autoptr(IrTopic) a = g_list_model_get_item (ir_section_get_topics (procedures), 0);
    g_autoptr(IrTopic) b = g_list_model_get_item (ir_section_get_topics (procedures), 1);

    g_assert_cmpstr (ir_topic_get_id (a), ==, "sclerotherapy");
    g_assert_cmpstr (ir_topic_get_id (b), ==, "picc-line");
  }

  g_assert_nonnull (topic);
  g_assert_cmpint (ir_topic_get_kind (topic), ==, IR_TOPIC_KIND_PROCEDURE);
  g_assert_cmpstr (ir_topic_get_section_id (topic), ==, "procedures");
  g_assert_cmpstr (ir_topic_get_title (topic), ==, "Sclerotherapy");
  g_assert_cmpstr (ir_topic_get_summary (topic), ==, "Medicine put into a malformation makes it shrink.");
  g_assert_cmpstr (ir_topic_get_fact (topic, "duration"), ==, "About one to two hours");
  g_assert_cmpstr (ir_topic_get_reviewed (topic), ==, "2026-11-28");
  g_assert_cmpuint (g_strv_length ((char **) ir_topic_get_sources (topic)), ==, 2);
  g_assert_null (ir_topic_get_fact (ir_catalog_lookup_topic (catalog, "picc-line"), "duration"));

  body = ir_topic_get_body (topic, IR_AUDIENCE_PARENTS);
  g_assert_cmpuint (ir_body_get_n_parts (body), ==, G_N_ELEMENTS (parents_order));
  for (guint i = 0; i < G_N_ELEMENTS (parents_order); i++)
    g_assert_cmpstr (ir_part_get_id (ir_body_get_part (body, i)), ==, parents_order[i]);
  part = ir_body_get_part (body, 0);
  g_assert_cmpstr (ir_part_get_heading (part), ==, "What it is");
  g_assert_cmpstr (ir_part_get_heading (ir_body_get_part (body, 7)), ==, "For teenagers");
  g_assert_cmpuint (g_strv_length ((char **) ir_part_get_paragraphs (ir_body_get_part (body, 3))), ==, 2);

  body = ir_topic_get_body (topic, IR_AUDIENCE_KIDS);
  g_assert_cmpstr (ir_part_get_heading (ir_body_get_part (body, 0)), ==, "What is it?");
  /* A part without a kids' heading borrows the parents' one. */
  g_assert_cmpstr (ir_part_get_id (ir_body_get_part (body, 1)), ==, "questions");
  g_assert_cmpstr (ir_part_get_heading (ir_body_get_part (body, 1)), ==, "Questions to ask the care team");
  g_assert_cmpstr (ir_part_get_id (ir_body_get_part (body, 2)), ==, "senses");
  g_assert_cmpstr (ir_part_get_heading (ir_body_get_part (body, 2)), ==, "What you will see, hear and feel");

  /* Properties mirror the getters. */
  {
    g_autofree char *title = NULL;
    IrTopicKind kind;

    g_object_get (topic, "title", &title, "kind", &kind, NULL);
    g_assert_cmpstr (title, ==, "Sclerotherapy");
    g_assert_cmpint (kind, ==, IR_TOPIC_KIND_PROCEDURE);
  }
}

static const char * const expected_content[] = {
  "00-sections.json", "10-about.json", "20-imaging.json", "30-procedures-vessels.json",
  "31-procedures-tumors.json", "32-procedures-drainage.json", "33-procedures-lines.json",
  "40-benefits.json", "50-conditions.json", "90-glossary.json",
};

static void
test_real_bundle_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IrCatalog) catalog = NULL;

  /* Each file of the real content is in the resource: a file left out of
   * the resource XML would drop its topics without a word. */
  for (guint i = 0; i < G_N_ELEMENTS (expected_content); i++)
    {
      g_autofree char *path = g_strconcat (CONTENT_RESOURCE "/", expected_content[i], NULL);

      g_assert_true (g_resources_get_info (path, 0, NULL, NULL, NULL));
    }

  catalog = ir_catalog_new_from_resource (CONTENT_RESOURCE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ir_catalog_get_topics (catalog)), >=, 40);
}

/* The real bundle is big enough to be parsed and indexed on several
 * threads; on one, as the app loads it, it must come out the same. */
static void
test_real_bundle_one_thread (void)
{
  static const char * const queries[] = {
    "catheter", "cath", "sleep medicine", "vein", "x-ray dye", "needle biopsy", "a", "zzz",
  };
  g_autoptr(IrCatalog) threaded = ir_catalog_new_full (CONTENT_RESOURCE, IR_CATALOG_LOAD_FROM_RESOURCE, "en", NULL, NULL);
  g_autoptr(IrCatalog) single = ir_catalog_new_full (CONTENT_RESOURCE,
                                                     IR_CATALOG_LOAD_FROM_RESOURCE | IR_CATALOG_LOAD_ONE_THREAD,
                                                     "en", NULL, NULL);
  GListModel *a, *b;

  g_assert_nonnull (threaded);
  g_assert_nonnull (single);
  a = ir_catalog_get_topics (threaded);
  b = ir_catalog_get_topics (single);
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(IrTopic) x = g_list_model_get_item (a, i);
      g_autoptr(IrTopic) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (ir_topic_get_id (x), ==, ir_topic_get_id (y));
    }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *want = describe_search (single, queries[q], TRUE);
      g_autofree char *have = describe_search (threaded, queries[q], TRUE);

      g_assert_cmpstr (have, ==, want);
      if (q == 0)
        g_assert_cmpstr (want, !=, "");
    }
}

/* Bad input: one fixture per class of problem ------------------------------ */

typedef struct
{
  const char     *file;
  IrContentError  code;
  guint           line;
  guint           column;
  const char     *path;
} BadCase;

static const BadCase bad_cases[] = {
  /* Where the missing comma belongs: just after the first section. */
  { "malformed-json", IR_CONTENT_ERROR_MALFORMED_JSON, 4, 50, "$.sections[0]" },
  { "wrong-type", IR_CONTENT_ERROR_WRONG_TYPE, 18, 7, "$.topics[0].title" },
  { "missing-field", IR_CONTENT_ERROR_MISSING_FIELD, 14, 5, "$.topics[0]" },
  { "unknown-kind", IR_CONTENT_ERROR_UNKNOWN_KIND, 16, 7, "$.topics[0].kind" },
  { "unknown-field", IR_CONTENT_ERROR_UNKNOWN_FIELD, 34, 7, "$.topics[0].colour" },
  { "duplicate-id", IR_CONTENT_ERROR_DUPLICATE_ID, 36, 7, "$.topics[1].id" },
  { "unknown-reference", IR_CONTENT_ERROR_UNKNOWN_REFERENCE, 35, 9, "$.topics[0].related[0]" },
  { "unknown-token", IR_CONTENT_ERROR_UNKNOWN_REFERENCE, 22, 11, "$.topics[0].parents.what[0]" },
  { "empty-string", IR_CONTENT_ERROR_EMPTY_STRING, 19, 7, "$.topics[0].summary" },
  { "control-character", IR_CONTENT_ERROR_INVALID_TEXT, 27, 11, "$.topics[0].kids.what[0]" },
  { "invalid-utf8", IR_CONTENT_ERROR_INVALID_TEXT, 4, 41, "$.sections[0].title" },
  { "missing-part", IR_CONTENT_ERROR_MISSING_PART, 41, 7, "$.topics[1].parents" },
  { "too-deep", IR_CONTENT_ERROR_TOO_DEEP, 4, 64, "$.sections[0].extra[0][0][0][0][0]" },
  { "bad-token", IR_CONTENT_ERROR_BAD_TOKEN, 22, 11, "$.topics[0].parents.what[0]" },
  { "bad-date", IR_CONTENT_ERROR_BAD_DATE, 33, 7, "$.topics[0].reviewed" },
  { "duplicate-relation", IR_CONTENT_ERROR_DUPLICATE_RELATION, 59, 9, "$.topics[1].related[0]" },
  { "bad-schema", IR_CONTENT_ERROR_BAD_SCHEMA, 2, 3, "$.schema" },
  { "bad-id", IR_CONTENT_ERROR_BAD_ID, 15, 7, "$.topics[0].id" },
  { "bad-relation", IR_CONTENT_ERROR_BAD_RELATION, 89, 9, "$.topics[1].treats[0]" },
  { "duplicate-member", IR_CONTENT_ERROR_DUPLICATE_MEMBER, 30, 7, "$.topics[0].title" },
  { "empty-relation", IR_CONTENT_ERROR_MISSING_FIELD, 30, 7, "$.topics[0].related" },
  /* A no-break space alone, or a label of a space, would show nothing. */
  { "blank-title", IR_CONTENT_ERROR_EMPTY_STRING, 18, 7, "$.topics[0].title" },
  { "blank-label", IR_CONTENT_ERROR_BAD_TOKEN, 22, 11, "$.topics[0].parents.what[0]" },
  /* Lenient parsers, json-glib among them, take these; JSON does not. */
  { "not-json-comment", IR_CONTENT_ERROR_MALFORMED_JSON, 19, 7, "$.topics[0]" },
  { "not-json-single-quote", IR_CONTENT_ERROR_MALFORMED_JSON, 19, 7, "$.topics[0]" },
  { "not-json-after-end", IR_CONTENT_ERROR_MALFORMED_JSON, 37, 1, "$" },
  { "not-json-bom", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 1, "$" },
  { "not-json-after-end-string", IR_CONTENT_ERROR_MALFORMED_JSON, 37, 1, "$" },
  { "not-json-before-document", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 3, "$" },
  /* json-glib would read \x41 as "x41", silently. */
  { "not-json-escape", IR_CONTENT_ERROR_MALFORMED_JSON, 19, 26, "$.topics[0].summary" },
  /* The string would end at the NUL, without a word. */
  { "nul-escape", IR_CONTENT_ERROR_INVALID_TEXT, 18, 21, "$.topics[0].title" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *file = g_strdup_printf (FIXTURES "/bad/%s.json", c->file);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (file, &problems, &error);
  IrContentProblem *problem;

  g_assert_null (catalog);
  g_assert_error (error, IR_CONTENT_ERROR, (int) c->code);
  g_assert_cmpuint (problems->len, ==, 1);

  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, c->code);
  g_assert_cmpstr (problem->file, ==, file);
  g_assert_cmpuint (problem->line, ==, c->line);
  g_assert_cmpuint (problem->column, ==, c->column);
  g_assert_cmpstr (problem->path, ==, c->path);

  text = ir_content_problem_to_string (problem);
  expected = g_strdup_printf ("%s:%u:%u: %s: ", file, c->line, c->column, c->path);
  g_assert_true (g_str_has_prefix (text, expected));
  g_assert_cmpuint (strlen (text), >, strlen (expected));
}

static void
test_every_problem_reported (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (FIXTURES "/bad/many-problems.json", &problems, NULL);
  static const IrContentError codes[] = {
    IR_CONTENT_ERROR_UNKNOWN_KIND, IR_CONTENT_ERROR_EMPTY_STRING, IR_CONTENT_ERROR_BAD_DATE,
    IR_CONTENT_ERROR_UNKNOWN_FIELD, IR_CONTENT_ERROR_DUPLICATE_ID,
  };

  g_assert_null (catalog);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      IrContentProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpint (problem->code, ==, codes[i]);
      g_assert_cmpuint (problem->line, >, 0);
      if (i > 0)
        g_assert_cmpuint (problem->line, >=, ((IrContentProblem *) g_ptr_array_index (problems, i - 1))->line);
    }
}

static const char * const starter_files[] = { "00-sections.json", "10-topics.json", "90-glossary.json" };

/* A copy of the starter bundle in a new folder, the glossary passed through
 * @edit_glossary when it is not NULL. */
static char *
copy_starter (void (*edit_glossary) (char *text))
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ir-guide-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (starter_files); i++)
    {
      g_autofree char *from = g_build_filename (FIXTURES, "starter", starter_files[i], NULL);
      g_autofree char *to = g_build_filename (dir, starter_files[i], NULL);
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (from, &text, NULL, NULL));
      if (edit_glossary != NULL && g_str_equal (starter_files[i], "90-glossary.json"))
        edit_glossary (text);
      g_assert_true (g_file_set_contents (to, text, -1, NULL));
    }

  return dir;
}

static void
remove_starter_copy (const char *dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (starter_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, starter_files[i], NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The glossary loses the comma after its first term. */
static void
drop_first_comma (char *text)
{
  char *comma = strstr (text, "},");

  g_assert_nonnull (comma);
  comma[1] = ' ';
}

/* A file that does not parse hides its ids: the references to them from
 * the other files are not reported as unknown, so the one real problem
 * comes alone. */
static void
test_unparsed_file_alone (void)
{
  g_autofree char *dir = copy_starter (drop_first_comma);
  g_autofree char *broken = g_build_filename (dir, "90-glossary.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (dir, &problems, &error);

  g_assert_null (catalog);
  g_assert_error (error, IR_CONTENT_ERROR, IR_CONTENT_ERROR_MALFORMED_JSON);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((IrContentProblem *) g_ptr_array_index (problems, 0))->file, ==, broken);

  remove_starter_copy (dir);
}

/* A folder holds what editors and other systems leave: a hidden file is
 * none of the bundle's, and a pipe named *.json, or a huge file, is
 * reported rather than read. */
static void
test_folder_strays (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = copy_starter (NULL);
  g_autofree char *hidden = g_build_filename (dir, "._10-topics.json", NULL);
  g_autofree char *pipe = g_build_filename (dir, "50-pipe.json", NULL);
  g_autofree char *huge = g_build_filename (dir, "60-huge.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrCatalog) catalog = NULL;
  IrContentProblem *problem;

  g_assert_true (g_file_set_contents (hidden, "\0\5\26\7binary", 10, NULL));

  catalog = ir_catalog_new_from_path (dir, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_clear_object (&catalog);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  catalog = ir_catalog_new_from_path (dir, &problems, &error);
  g_assert_null (catalog);
  g_assert_error (error, IR_CONTENT_ERROR, IR_CONTENT_ERROR_FAILED);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->file, ==, pipe);

  g_assert_cmpint (g_remove (pipe), ==, 0);
  g_clear_object (&catalog);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* A file far bigger than content is refused unread (sparse: it costs
   * no disk). */
  {
    int fd = g_open (huge, O_WRONLY | O_CREAT, 0600);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (ftruncate (fd, 129 * 1024 * 1024), ==, 0);
    g_assert_cmpint (close (fd), ==, 0);
  }
  catalog = ir_catalog_new_from_path (dir, &problems, &error);
  g_assert_null (catalog);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->file, ==, huge);
  g_assert_cmpint (g_remove (huge), ==, 0);

  g_assert_cmpint (g_remove (hidden), ==, 0);
  remove_starter_copy (dir);
}

/* A file that forgot its schema is read as schema 1: its other problems
 * are reported too. */
static void
test_missing_schema_hides_nothing (void)
{
  static const char json[] = "{\"sections\":[{\"id\":\"Bad\",\"title\":\"\"}]}";
  g_autoptr(GPtrArray) problems = ir_catalog_validate_data ("no-schema.json", json, strlen (json));
  static const IrContentError codes[] = {
    IR_CONTENT_ERROR_MISSING_FIELD, IR_CONTENT_ERROR_BAD_ID, IR_CONTENT_ERROR_EMPTY_STRING,
  };

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_assert_cmpint (((IrContentProblem *) g_ptr_array_index (problems, i))->code, ==, codes[i]);
}

/* Paths name array elements past the ninth with every digit. */
static void
test_path_of_late_element (void)
{
  g_autoptr(GString) json = g_string_new ("{\"schema\":1,\"sections\":[");
  g_autoptr(GPtrArray) problems = NULL;
  IrContentProblem *problem;

  for (guint i = 0; i < 1234; i++)
    g_string_append_printf (json, "{\"id\":\"s%u\",\"title\":\"S\"},", i);
  g_string_append (json, "{\"id\":\"late\",\"title\":\"\"}]}");

  problems = ir_catalog_validate_data ("late.json", json->str, json->len);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, IR_CONTENT_ERROR_EMPTY_STRING);
  g_assert_cmpstr (problem->path, ==, "$.sections[1234].title");
}

/* A folder is read whole: problems in two files are both reported. */
static void
test_folder_reports_every_file (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (FIXTURES "/bad", &problems, NULL);
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_null (catalog);
  for (guint i = 0; i < problems->len; i++)
    g_hash_table_add (files, ((IrContentProblem *) g_ptr_array_index (problems, i))->file);
  g_assert_cmpuint (g_hash_table_size (files), ==, G_N_ELEMENTS (bad_cases) + 1);
}

static void
test_missing_path (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IrCatalog) catalog = ir_catalog_new_from_path (FIXTURES "/no-such-bundle", &problems, &error);

  g_assert_null (catalog);
  g_assert_error (error, IR_CONTENT_ERROR, IR_CONTENT_ERROR_FAILED);
}

/* Relations --------------------------------------------------------------- */

static void
assert_ids (GListModel *model,
            const char *expected)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (model, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", ir_topic_get_id (topic));
    }
  g_assert_cmpstr (ids->str, ==, expected);
  g_object_unref (model);
}

static void
test_relations (void)
{
  g_autoptr(IrCatalog) catalog = load_starter ();
  IrTopic *sclerotherapy = ir_catalog_lookup_topic (catalog, "sclerotherapy");
  IrTopic *picc = ir_catalog_lookup_topic (catalog, "picc-line");
  IrTopic *venous = ir_catalog_lookup_topic (catalog, "venous-malformation");
  IrTopic *ultrasound = ir_catalog_lookup_topic (catalog, "ultrasound");
  IrTopic *overview = ir_catalog_lookup_topic (catalog, "what-is-ir");

  assert_ids (ir_catalog_get_treats (catalog, sclerotherapy), "venous-malformation");
  assert_ids (ir_catalog_get_treated_by (catalog, venous), "sclerotherapy");
  assert_ids (ir_catalog_get_imaging (catalog, sclerotherapy), "ultrasound fluoroscopy");
  assert_ids (ir_catalog_get_imaging (catalog, picc), "ultrasound");
  assert_ids (ir_catalog_get_used_by (catalog, ultrasound), "sclerotherapy picc-line");
  assert_ids (ir_catalog_get_treats (catalog, picc), "");
  /* related is symmetric: its own first, then those that name it. */
  assert_ids (ir_catalog_get_related (catalog, overview), "less-pain sclerotherapy");
  assert_ids (ir_catalog_get_related (catalog, ir_catalog_lookup_topic (catalog, "less-pain")), "what-is-ir");
  assert_ids (ir_catalog_get_related (catalog, ultrasound), "venous-malformation");
  assert_ids (ir_catalog_get_related (catalog, venous), "ultrasound");
}

static void
test_suggest_ids (void)
{
  g_autoptr(IrCatalog) catalog = load_starter ();
  g_auto(GStrv) close = ir_catalog_suggest_ids (catalog, "pic-line");
  g_auto(GStrv) none = ir_catalog_suggest_ids (catalog, "zzzzzzzzzzzz");

  g_assert_cmpstr (close[0], ==, "picc-line");
  g_assert_null (none[0]);
}

/* Inline text ------------------------------------------------------------- */

static void
test_markup_escaped (void)
{
  g_autoptr(IrCatalog) catalog = load_starter ();
  IrTopic *sclerotherapy = ir_catalog_lookup_topic (catalog, "sclerotherapy");
  IrTopic *ultrasound = ir_catalog_lookup_topic (catalog, "ultrasound");
  IrPart *risks = ir_body_find_part (ir_topic_get_body (sclerotherapy, IR_AUDIENCE_PARENTS), "risks");
  IrPart *what = ir_body_find_part (ir_topic_get_body (ultrasound, IR_AUDIENCE_PARENTS), "what");
  g_autofree char *markup = ir_inline_to_markup (ir_part_get_paragraphs (risks)[0], catalog);
  g_autofree char *amp = ir_inline_to_markup (ir_part_get_paragraphs (what)[0], catalog);
  g_autofree char *hostile = ir_inline_to_markup ("<i>x</i> & {term:catheter|<b>bold</b> & co} {topic:picc-line}", catalog);
  g_autofree char *plain = ir_inline_to_plain ("<i>x</i> & {term:catheter|<b>bold</b>} {topic:picc-line}", catalog);
  g_autofree char *broken = ir_inline_to_markup ("a <b> {term:oops", catalog);

  g_assert_nonnull (strstr (markup, "&lt;b&gt;Rarely&lt;/b&gt;"));
  g_assert_null (strstr (markup, "<b>"));
  g_assert_nonnull (strstr (amp, "body &amp; it is safe: 1 &lt; 2."));
  g_assert_cmpstr (hostile, ==,
                   "&lt;i&gt;x&lt;/i&gt; &amp; <a href=\"term:catheter\">&lt;b&gt;bold&lt;/b&gt; &amp; co</a> "
                   "<a href=\"topic:picc-line\">PICC line</a>");
  g_assert_cmpstr (plain, ==, "<i>x</i> & <b>bold</b> PICC line");
  g_assert_cmpstr (broken, ==, "a &lt;b&gt; {term:oops");
  check_markup_parses (markup);
  check_markup_parses (amp);
  check_markup_parses (hostile);
  check_markup_parses (broken);
}

static void
test_inline_labels (void)
{
  g_autoptr(IrCatalog) catalog = load_starter ();
  g_autofree char *plain = ir_inline_to_plain ("A {term:catheter}, {term:catheter|tubes}, {topic:ultrasound} "
                                               "and {topic:ultrasound|a scan}.", catalog);
  g_autofree char *markup = ir_inline_to_markup ("{term:catheter|tubes}", NULL);
  g_autofree char *cased = ir_inline_to_plain ("{topic:ultrasound} helps. (“{topic:ultrasound}” too.) "
                                               "Then {topic:picc-line}.", catalog);

  /* A title inside a sentence reads as a common noun; acronyms stay. */
  g_assert_cmpstr (plain, ==, "A catheter, tubes, ultrasound and a scan.");
  g_assert_cmpstr (cased, ==, "Ultrasound helps. (“Ultrasound” too.) Then PICC line.");
  g_assert_cmpstr (markup, ==, "<a href=\"term:catheter\">tubes</a>");

  /* Markup escapes straight quotes; a title after one still starts a
   * sentence there, as in plain text. */
  {
    static const char quoted[] = "He said. \"{topic:ultrasound}\" So: '{topic:ultrasound}', not '{topic:ultrasound}'. "
                                 "A {term:catheter|tube.} {topic:ultrasound} too.";
    g_autofree char *quoted_plain = ir_inline_to_plain (quoted, catalog);
    g_autofree char *quoted_markup = ir_inline_to_markup (quoted, catalog);
    g_autofree char *shown = markup_shown_text (quoted_markup);

    g_assert_cmpstr (quoted_plain, ==, "He said. \"Ultrasound\" So: 'Ultrasound', not 'ultrasound'. "
                                       "A tube. Ultrasound too.");
    g_assert_cmpstr (shown, ==, quoted_plain);
  }
}

/* A translation keeps its original's links, or the original is shown. */
static void
test_inline_links_kept (void)
{
  static const char original[] = "A {term:catheter} goes in with {topic:ultrasound|sound waves}.";

  g_assert_true (ir_inline_links_kept ("Un {term:catheter|catéter} entra con {topic:ultrasound|ecografía}.", original));
  g_assert_true (ir_inline_links_kept ("Sin enlaces.", original));
  /* A mistyped id, a term made a topic, a broken token. */
  g_assert_false (ir_inline_links_kept ("Un {term:cateter} entra.", original));
  g_assert_false (ir_inline_links_kept ("Un {topic:catheter} entra.", original));
  g_assert_false (ir_inline_links_kept ("Un {term:catheter entra.", original));
  /* An id that only starts like one of the original's. */
  g_assert_false (ir_inline_links_kept ("Un {term:cath}.", original));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/starter/loads", test_starter_loads);
  g_test_add_func ("/content/real-bundle/loads", test_real_bundle_loads);
  g_test_add_func ("/content/real-bundle/one-thread", test_real_bundle_one_thread);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/content/bad/%s", bad_cases[i].file);

      g_test_add_data_func (name, &bad_cases[i], test_bad_input);
    }
  g_test_add_func ("/content/bad/every-problem-reported", test_every_problem_reported);
  g_test_add_func ("/content/bad/unparsed-file-alone", test_unparsed_file_alone);
  g_test_add_func ("/content/bad/missing-schema-hides-nothing", test_missing_schema_hides_nothing);
  g_test_add_func ("/content/bad/folder-strays", test_folder_strays);
  g_test_add_func ("/content/bad/folder-reports-every-file", test_folder_reports_every_file);
  g_test_add_func ("/content/bad/missing-path", test_missing_path);
  g_test_add_func ("/content/bad/path-of-late-element", test_path_of_late_element);
  g_test_add_func ("/content/relations", test_relations);
  g_test_add_func ("/content/suggest-ids", test_suggest_ids);
  g_test_add_func ("/content/inline/markup-escaped", test_markup_escaped);
  g_test_add_func ("/content/inline/labels", test_inline_labels);
  g_test_add_func ("/content/inline/links-kept", test_inline_links_kept);

  return g_test_run ();
}
