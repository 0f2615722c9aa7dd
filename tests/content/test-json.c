/* test-json.c: the content parser, on its own and against json-glib
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "json-oracle.h"

static IrJsonDocument *
parse (const char *text,
       GPtrArray **problems)
{
  *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);

  return ir_json_document_parse ("test.json", text, strlen (text), IR_CONTENT_MAX_DEPTH, *problems);
}

/* Valid JSON ---------------------------------------------------------------- */

static const char * const valid[] = {
  "{}",
  "[]",
  " \t\r\n[ ] ",
  "0",
  "-0",
  "\"\"",
  "true",
  "[true, false, null]",
  "[0, -1, 12, 1.5, -0.25, 1e3, 1E+3, 2e-2, 9223372036854775807, -9223372036854775808]",
  "{\"a\": {\"b\": [1, [2, [3]]]}, \"c\": \"d\"}",
  "{\"\": 1, \" \": 2}",
  "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]",
  "[\"\\u0041\\u00e9\\u20AC\\ud83d\\ude00\"]",
  "[\"caf\xc3\xa9 \xe2\x80\x94 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\"]",
  "{\"schema\": 1, \"topics\": [{\"id\": \"a\", \"title\": \"A {term:b|c}\"}]}",
};

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(IrJsonDocument) document = parse (valid[i], &problems);
      g_autofree char *why = NULL;

      g_test_message ("%s", valid[i]);
      g_assert_nonnull (document);
      g_assert_cmpuint (problems->len, ==, 0);
      why = json_oracle_check (valid[i], strlen (valid[i]));
      g_assert_cmpstr (why, ==, NULL);
    }
}

static void
test_values (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrJsonDocument) document =
    parse ("{\"n\": [7, -2.5, 1e2, 99999999999999999999, 9223372036854775807],\n"
           " \"s\": \"a\\u00e9\\ud83d\\ude00\\tz\", \"t\": \"plain\"}",
           &problems);
  const IrJsonNode *root = ir_json_document_get_root (document);
  const IrJsonNode *numbers = ir_json_object_get_array (root, "n");
  const IrJsonNode *s = ir_json_object_get (root, "s");

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (root->type, ==, IR_JSON_OBJECT);
  g_assert_cmpuint (numbers->length, ==, 5);
  g_assert_true (numbers->elements[0].is_integer);
  g_assert_cmpint (numbers->elements[0].integer, ==, 7);
  g_assert_false (numbers->elements[1].is_integer);
  g_assert_cmpfloat (numbers->elements[1].number, ==, -2.5);
  g_assert_false (numbers->elements[2].is_integer);
  g_assert_cmpfloat (numbers->elements[2].number, ==, 100.0);
  /* Too big for a gint64: a double, not a silently clamped integer. */
  g_assert_false (numbers->elements[3].is_integer);
  g_assert_cmpfloat (numbers->elements[3].number, ==, 1e20);
  g_assert_true (numbers->elements[4].is_integer);
  g_assert_cmpint (numbers->elements[4].integer, ==, G_MAXINT64);

  g_assert_cmpstr (s->string, ==, "a\xc3\xa9\xf0\x9f\x98\x80\tz");
  g_assert_cmpuint (s->length, ==, strlen (s->string));
  /* The tab asks the validator for a closer look; plain text does not. */
  g_assert_true (s->has_control);
  g_assert_false (ir_json_object_get (root, "t")->has_control);
  g_assert_cmpstr (ir_json_object_get_string (root, "t"), ==, "plain");
  g_assert_null (ir_json_object_get_string (root, "n"));
  g_assert_null (ir_json_object_get_array (root, "t"));
  g_assert_null (ir_json_object_get (root, "missing"));
  g_assert_null (ir_json_object_get (numbers, "n"));
}

/* Each value and member knows where it starts, for problems found later. */
static void
test_offsets (void)
{
  const char *text = "{\n  \"a\": [10, \"x\"],\n  \"b\": {\"c\": null}\n}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrJsonDocument) document = parse (text, &problems);
  const IrJsonNode *root = ir_json_document_get_root (document);
  const IrJsonNode *a = ir_json_object_get (root, "a");

  g_assert_cmpuint (root->offset, ==, 0);
  g_assert_cmpuint (root->members[0].offset, ==, strstr (text, "\"a\"") - text);
  g_assert_cmpuint (a->offset, ==, strchr (text, '[') - text);
  g_assert_cmpuint (a->elements[1].offset, ==, strstr (text, "\"x\"") - text);
  g_assert_cmpuint (root->members[1].value.members[0].offset, ==, strstr (text, "\"c\"") - text);
  g_assert_cmpuint (root->members[1].value.members[0].value.offset, ==, strstr (text, "null") - text);
}

/* Invalid JSON -------------------------------------------------------------- */

typedef struct
{
  const char     *text;
  IrContentError  code;
  guint           line;
  guint           column;
  const char     *path;
} BadCase;

static const BadCase bad[] = {
  { "", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 1, "$" },
  { "  \n ", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 1, "$" },
  { "[1, 2", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 6, "$[1]" },
  { "[1 2]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 3, "$[0]" },
  { "[1, 2,]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 6, "$[1]" },
  { "{\"a\": 1,}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 8, "$.a" },
  { "{\"a\" 1}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 6, "$.a" },
  { "{\"a\": 1 \"b\": 2}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 8, "$.a" },
  { "{a: 1}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$" },
  { "[\"abc", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[01]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "{\"schema\": 01}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 12, "$.schema" },
  { "[12px]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[1.5.2]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[1.]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[.5]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[+1]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[-]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[1e]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[0x10]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[tru]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[truex]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[True]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[NaN]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "{\"a\": [1, /* no */ 2]}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 11, "$.a[1]" },
  { "['a']", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[\"\\x41\"]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 3, "$[0]" },
  { "[\"\\u12\"]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 3, "$[0]" },
  { "[\"\\u12g4\"]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 3, "$[0]" },
  { "[1] [2]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 5, "$" },
  { "\xef\xbb\xbf[]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 1, "$" },
  { "[\"\xc3\x28\"]", IR_CONTENT_ERROR_INVALID_TEXT, 1, 3, "$[0]" },
  { "[\xc3\xa9]", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 2, "$[0]" },
  { "[\xff]", IR_CONTENT_ERROR_INVALID_TEXT, 1, 2, "$[0]" },
  /* Not JSON: the problems before the place it stopped are dropped. */
  { "{\"a\": \"\\u0000\", \"b\": 1 2}", IR_CONTENT_ERROR_MALFORMED_JSON, 1, 23, "$.b" },
  { "{\"a\": [[[[[[[[1]]]]]]]]}", IR_CONTENT_ERROR_TOO_DEEP, 1, 14, "$.a[0][0][0][0][0][0][0]" },
  { "{\"k\": {\"a\": 1, \"b\": 2, \"a\": 3}}", IR_CONTENT_ERROR_DUPLICATE_MEMBER, 1, 24, "$.k.a" },
  { "[\"a\\u0000b\"]", IR_CONTENT_ERROR_INVALID_TEXT, 1, 4, "$[0]" },
  { "[\"\\ud800\"]", IR_CONTENT_ERROR_INVALID_TEXT, 1, 3, "$[0]" },
  { "[\"\\udc00\\ud800\"]", IR_CONTENT_ERROR_INVALID_TEXT, 1, 3, "$[0]" },
};

static void
test_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(IrJsonDocument) document = parse (bad[i].text, &problems);
      g_autofree char *shown = g_strescape (bad[i].text, NULL);
      IrContentProblem *problem;

      g_test_message ("%s", shown);
      g_assert_cmpuint (problems->len, >=, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpint (problem->code, ==, bad[i].code);
      g_assert_cmpuint (problem->line, ==, bad[i].line);
      g_assert_cmpuint (problem->column, ==, bad[i].column);
      g_assert_cmpstr (problem->path, ==, bad[i].path);
      g_assert_cmpstr (problem->file, ==, "test.json");
      g_assert_cmpstr (problem->message, !=, "");
      /* JSON's own rules stop the parse, with one problem; the format's
       * keep the document. */
      if (problem->code == IR_CONTENT_ERROR_DUPLICATE_MEMBER ||
          (problem->code == IR_CONTENT_ERROR_INVALID_TEXT && strstr (bad[i].text, "\\u") != NULL))
        g_assert_nonnull (document);
      else
        {
          g_assert_null (document);
          g_assert_cmpuint (problems->len, ==, 1);
        }
    }
}

/* A NUL byte in a string, read where the text is copied as it is and
 * where an escape before it has it moved, and a string the file ends in:
 * the parser stops at the NUL its copy ends with, so these are the cases
 * where that could go wrong. */
static void
test_nul_bytes (void)
{
  static const struct { const char *text; gsize length; IrContentError code; guint column; } cases[] = {
    { "[\"ab\0c\"]", 8, IR_CONTENT_ERROR_INVALID_TEXT, 5 },
    { "[\"a\\nb\0c\"]", 10, IR_CONTENT_ERROR_INVALID_TEXT, 7 },
    { "[\"a\\nb", 6, IR_CONTENT_ERROR_MALFORMED_JSON, 2 },
    { "[\"ab", 4, IR_CONTENT_ERROR_MALFORMED_JSON, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);
      g_autoptr(IrJsonDocument) document = ir_json_document_parse ("test.json", cases[i].text, cases[i].length,
                                                                   IR_CONTENT_MAX_DEPTH, problems);
      IrContentProblem *problem;

      g_assert_null (document);
      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpint (problem->code, ==, cases[i].code);
      g_assert_cmpuint (problem->column, ==, cases[i].column);
      g_assert_cmpstr (problem->path, ==, "$[0]");
    }
}

/* Objects with many members find repeats by hashing; the few by scanning. */
static void
test_many_members (void)
{
  g_autoptr(GString) text = g_string_new ("{");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(IrJsonDocument) document = NULL;
  IrContentProblem *problem;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (text, "%s\"m%u\": %u", i > 0 ? ", " : "", i % 39, i);
  g_string_append (text, "}");

  document = parse (text->str, &problems);
  g_assert_nonnull (document);
  g_assert_cmpuint (ir_json_document_get_root (document)->length, ==, 40);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, IR_CONTENT_ERROR_DUPLICATE_MEMBER);
  g_assert_cmpstr (problem->path, ==, "$.m0");
  g_assert_cmpuint (problem->column, ==, strstr (text->str, "\"m0\": 39") - text->str + 1);
}

/* Through the validator --------------------------------------------------- */

#define TOPIC_START "{\"schema\": 1, \"sections\": [{\"id\": \"s\", \"title\": \"S\"}],\n" \
                    "\"topics\": [{\"id\": \"t\", \"kind\": \"overview\", \"section\": \"s\",\n" \
                    "\"title\": \"T\", \"summary\": \"S.\", \"sources\": [\"X\"], \"reviewed\": \"2026-01-01\",\n"
#define TOPIC_END "}]}\n"

static IrContentProblem *
only_problem (const char *text)
{
  g_autoptr(GPtrArray) problems = ir_catalog_validate_data ("test.json", text, strlen (text));

  g_assert_cmpuint (problems->len, ==, 1);

  return ir_content_problem_copy (g_ptr_array_index (problems, 0));
}

/* A member given twice is reported once, at the second, which nothing
 * reads: an empty string there is no second problem, placed at the first. */
static void
test_repeat_read_once (void)
{
  g_autoptr(IrContentProblem) problem =
    only_problem (TOPIC_START "\"parents\": {\"what\": [\"P.\"]},\n"
                  "\"kids\": {\"what\": [\"K.\"],\n \"what\": [\"\"]}" TOPIC_END);

  g_assert_cmpint (problem->code, ==, IR_CONTENT_ERROR_DUPLICATE_MEMBER);
  g_assert_cmpstr (problem->path, ==, "$.topics[0].kids.what");
  g_assert_cmpuint (problem->line, ==, 6);
  g_assert_cmpuint (problem->column, ==, 2);
}

/* The same for a fact, and for a member the format does not have: the
 * second is not read, so it is not reported as unknown again. */
static void
test_repeat_fact_and_unknown (void)
{
  g_autoptr(IrContentProblem) fact =
    only_problem ("{\"schema\": 1, \"sections\": [{\"id\": \"s\", \"title\": \"S\"}],\n"
                  "\"topics\": [{\"id\": \"p\", \"kind\": \"procedure\", \"section\": \"s\",\n"
                  "\"title\": \"P\", \"summary\": \"S.\", \"sources\": [\"X\"], \"reviewed\": \"2026-01-01\",\n"
                  "\"parents\": {\"what\": [\"A.\"], \"why\": [\"A.\"], \"prepare\": [\"A.\"], \"during\": [\"A.\"],\n"
                  " \"after\": [\"A.\"], \"risks\": [\"A.\"], \"questions\": [\"A?\"]},\n"
                  "\"kids\": {\"what\": [\"A.\"], \"senses\": [\"A.\"], \"people\": [\"A.\"], \"helps\": [\"A.\"]},\n"
                  "\"imaging\": [\"u\"], \"facts\": {\"sedation\": \"None\",\n \"sedation\": \"\"}},\n"
                  "{\"id\": \"u\", \"kind\": \"imaging\", \"section\": \"s\", \"title\": \"U\", \"summary\": \"S.\",\n"
                  "\"sources\": [\"X\"], \"reviewed\": \"2026-01-01\", \"parents\": {\"what\": [\"A.\"]},\n"
                  "\"kids\": {\"what\": [\"A.\"]}}]}\n");
  const char *twice = TOPIC_START "\"parents\": {\"what\": [\"P.\"]}, \"kids\": {\"what\": [\"K.\"]},\n"
                      "  \"zzz\": 1,\n  \"zzz\": 2" TOPIC_END;
  g_autoptr(GPtrArray) problems = ir_catalog_validate_data ("test.json", twice, strlen (twice));
  IrContentProblem *unknown, *repeat;

  g_assert_cmpint (fact->code, ==, IR_CONTENT_ERROR_DUPLICATE_MEMBER);
  g_assert_cmpstr (fact->path, ==, "$.topics[0].facts.sedation");
  g_assert_cmpuint (fact->line, ==, 8);

  /* Unknown once, at the first; given twice, at the second. */
  g_assert_cmpuint (problems->len, ==, 2);
  unknown = g_ptr_array_index (problems, 0);
  repeat = g_ptr_array_index (problems, 1);
  g_assert_cmpint (unknown->code, ==, IR_CONTENT_ERROR_UNKNOWN_FIELD);
  g_assert_cmpuint (unknown->line, ==, 5);
  g_assert_cmpint (repeat->code, ==, IR_CONTENT_ERROR_DUPLICATE_MEMBER);
  g_assert_cmpstr (repeat->path, ==, "$.topics[0].zzz");
  g_assert_cmpuint (repeat->line, ==, 6);
}

/* A member's name with a control character in it is found again from the
 * path that escapes it. */
static void
test_escaped_name_located (void)
{
  g_autoptr(IrContentProblem) problem =
    only_problem (TOPIC_START "\"parents\": {\"what\": [\"P.\"]}, \"kids\": {\"what\": [\"K.\"]},\n"
                  "  \"x\\u0001b\": 1" TOPIC_END);

  g_assert_cmpint (problem->code, ==, IR_CONTENT_ERROR_UNKNOWN_FIELD);
  g_assert_cmpstr (problem->path, ==, "$.topics[0][\"x\\u0001b\"]");
  g_assert_cmpuint (problem->line, ==, 5);
  g_assert_cmpuint (problem->column, ==, 3);
}

/* The oracle on real files ---------------------------------------------------- */

static void
check_file (const char *name,
            GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *why = json_oracle_check (data, length);

  g_test_message ("%s", name);
  if (why != NULL)
    g_error ("%s: %s", name, why);
}

static void
check_directory (const char *path,
                 guint      *n_checked)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        check_directory (child, n_checked);
      else if (g_str_has_suffix (name, ".json") && g_file_get_contents (child, &data, &length, NULL))
        {
          g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&data), length);

          check_file (child, bytes);
          (*n_checked)++;
        }
    }
}

static void
test_oracle_fixtures (void)
{
  guint n_checked = 0;

  check_directory (FIXTURES, &n_checked);
  g_assert_cmpuint (n_checked, >, 30);
}

static void
test_oracle_real_bundle (void)
{
  const char *dir = RESOURCE_PATH "/content";
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, NULL);
  guint n_checked = 0;

  g_assert_nonnull (children);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", dir, children[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (children[i], ".json"))
        continue;
      bytes = g_resources_lookup_data (path, 0, NULL);
      g_assert_nonnull (bytes);
      check_file (path, bytes);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/valid", test_valid);
  g_test_add_func ("/json/values", test_values);
  g_test_add_func ("/json/offsets", test_offsets);
  g_test_add_func ("/json/bad", test_bad);
  g_test_add_func ("/json/nul-bytes", test_nul_bytes);
  g_test_add_func ("/json/many-members", test_many_members);
  g_test_add_func ("/json/validated/repeat-read-once", test_repeat_read_once);
  g_test_add_func ("/json/validated/repeat-fact-and-unknown", test_repeat_fact_and_unknown);
  g_test_add_func ("/json/validated/escaped-name-located", test_escaped_name_located);
  g_test_add_func ("/json/oracle/fixtures", test_oracle_fixtures);
  g_test_add_func ("/json/oracle/real-bundle", test_oracle_real_bundle);

  return g_test_run ();
}
