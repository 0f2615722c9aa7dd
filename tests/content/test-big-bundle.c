/* test-big-bundle.c: a bundle big enough to be shared out over threads
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validation checks a big file's topics on two threads, and building
 * indexes them on two. Either way, what comes out must be what one thread
 * makes: the same problems in the same order, the same catalog.
 */

#include "config.h"

#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>

#include "ir-catalog.h"

#define N_TOPICS 400

/* The related topics of topic @i, as JSON, with the slips the test plants
 * in both halves of the file. */
static const char *
related (guint i)
{
  switch (i)
    {
    case 21:  return "[\"t22\", \"t20\"]";        /* t20 named t21 already */
    case 50:  return "[\"t51\", \"t350\"]";
    case 350: return "[\"t351\", \"t50\"]";       /* t50 named t350, in the other half */
    case 360: return "[\"t361\", \"t9999\"]";     /* no such topic */
    case 371: return "[\"t372\", \"t370\"]";      /* t370 named t371 already */
    case N_TOPICS - 1: return "[\"t0\"]";
    default:  return NULL;
    }
}

static char *
generate (gboolean with_slips)
{
  GString *out = g_string_new ("{\n\"schema\": 1,\n"
                               "\"sections\": [{\"id\": \"all\", \"title\": \"All\"}],\n"
                               "\"topics\": [\n");

  for (guint i = 0; i < N_TOPICS; i++)
    {
      g_autofree char *next = g_strdup_printf ("[\"t%u\"]", i + 1);
      const char *named = with_slips ? related (i) : NULL;

      if (named == NULL)
        named = i == N_TOPICS - 1 ? "[\"t0\"]" : next;
      g_string_append_printf (out,
                              "%s{\"id\": \"t%u\", \"kind\": \"%s\", \"section\": \"all\",\n"
                              " \"title\": \"%s\", \"summary\": \"A topic, number %u.\",\n"
                              " \"parents\": {\"what\": [\"Read on in {topic:t%u|the next topic} "
                              "about {term:word}.\"]},\n"
                              " \"kids\": {\"what\": [\"A short one for kids, number %u.\"]},\n"
                              " \"sources\": [\"A test\"], \"reviewed\": \"2026-11-29\", \"related\": %s}\n",
                              i > 0 ? "," : "", i,
                              with_slips && i == 10 ? "overveiw" : "overview",
                              with_slips && i == 300 ? "" : "A topic",
                              i, (i + 1) % N_TOPICS, i, named);
    }
  g_string_append (out, "],\n\"glossary\": [{\"id\": \"word\", \"term\": \"word\", \"definition\": \"A word.\"}]\n}\n");

  return g_string_free (out, FALSE);
}

static char *
write_bundle (gboolean with_slips)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = generate (with_slips);
  char *path = NULL;
  int fd = g_file_open_tmp ("ir-guide-big-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  /* Past the size that shares the work out (IR_CONTENT_THREAD_MIN_BYTES). */
  g_assert_cmpuint (strlen (text), >, 64 * 1024);

  return path;
}

static char *
describe_problem (IrContentProblem *problem)
{
  g_autofree char *text = ir_content_problem_to_string (problem);

  return g_strdup_printf ("%d %s", problem->code, text);
}

static void
test_problems_as_one_thread (void)
{
  g_autofree char *path = write_bundle (TRUE);
  g_autoptr(GPtrArray) shared = NULL;
  g_autoptr(GPtrArray) alone = NULL;
  g_autoptr(IrCatalog) a = ir_catalog_new_full (path, IR_CATALOG_LOAD_DEFAULT, NULL, &shared, NULL);
  g_autoptr(IrCatalog) b = ir_catalog_new_full (path, IR_CATALOG_LOAD_ONE_THREAD, NULL, &alone, NULL);
  static const struct { IrContentError code; const char *path; } expected[] = {
    { IR_CONTENT_ERROR_UNKNOWN_KIND, "$.topics[10].kind" },
    { IR_CONTENT_ERROR_DUPLICATE_RELATION, "$.topics[21].related[1]" },
    { IR_CONTENT_ERROR_EMPTY_STRING, "$.topics[300].title" },
    { IR_CONTENT_ERROR_DUPLICATE_RELATION, "$.topics[350].related[1]" },
    { IR_CONTENT_ERROR_UNKNOWN_REFERENCE, "$.topics[360].related[1]" },
    { IR_CONTENT_ERROR_DUPLICATE_RELATION, "$.topics[371].related[1]" },
  };

  if (g_get_num_processors () < 2)
    g_test_message ("one processor: the shared-out check runs on one thread too");

  g_assert_null (a);
  g_assert_null (b);
  g_assert_cmpuint (alone->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (shared->len, ==, alone->len);
  for (guint i = 0; i < alone->len; i++)
    {
      IrContentProblem *problem = g_ptr_array_index (alone, i);
      g_autofree char *want = describe_problem (problem);
      g_autofree char *have = describe_problem (g_ptr_array_index (shared, i));

      g_assert_cmpstr (have, ==, want);
      g_assert_cmpint (problem->code, ==, expected[i].code);
      g_assert_cmpstr (problem->path, ==, expected[i].path);
      g_assert_cmpuint (problem->line, >, 0);
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static char *
describe_catalog (IrCatalog *catalog)
{
  GListModel *topics = ir_catalog_get_topics (catalog);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(IrTopic) topic = g_list_model_get_item (topics, i);
      g_autoptr(GListModel) linked = ir_catalog_get_related (catalog, topic);

      g_string_append_printf (out, "%s %s:", ir_topic_get_id (topic), ir_topic_get_title (topic));
      for (guint j = 0; j < g_list_model_get_n_items (linked); j++)
        {
          g_autoptr(IrTopic) other = g_list_model_get_item (linked, j);

          g_string_append_printf (out, " %s", ir_topic_get_id (other));
        }
      g_string_append_c (out, '\n');
    }
  for (guint q = 0; q < 3; q++)
    {
      static const char * const queries[] = { "kids", "number 123", "word" };
      g_autoptr(GListModel) results = ir_catalog_search (catalog, queries[q]);

      g_string_append_printf (out, "%s: %u\n", queries[q], g_list_model_get_n_items (results));
    }

  return g_string_free (out, FALSE);
}

static void
test_catalog_as_one_thread (void)
{
  g_autofree char *path = write_bundle (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(IrCatalog) shared = ir_catalog_new_full (path, IR_CATALOG_LOAD_DEFAULT, "en", NULL, &error);
  g_autoptr(IrCatalog) alone = NULL;
  g_autofree char *want = NULL;
  g_autofree char *have = NULL;

  g_assert_no_error (error);
  alone = ir_catalog_new_full (path, IR_CATALOG_LOAD_ONE_THREAD, "en", NULL, &error);
  g_assert_no_error (error);

  want = describe_catalog (alone);
  have = describe_catalog (shared);
  g_assert_cmpstr (have, ==, want);
  g_assert_nonnull (strstr (want, "t5 A topic: t6 t4\n"));
  g_assert_nonnull (strstr (want, "kids: 400\n"));

  g_assert_cmpint (g_unlink (path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/big-bundle/problems-as-one-thread", test_problems_as_one_thread);
  g_test_add_func ("/big-bundle/catalog-as-one-thread", test_catalog_as_one_thread);

  return g_test_run ();
}
