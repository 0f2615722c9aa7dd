/* ir-content-bench.c: load, validate and index times, and search latency
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   ir-content-bench [--runs N] [--json]
 *
 * Times the real bundle (from the GResource linked in), generated bundles
 * of 1,000 and 10,000 topics, and search per query at 10,000 topics, and
 * prints each figure next to its goal. Exits 1 when a goal is missed.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "ir-catalog.h"
#include "ir-content-private.h"

#define GOAL_REAL_MS    5.0
#define GOAL_10K_MS     150.0
#define GOAL_SEARCH_MS  4.0
/* Growing linearly: ten times the topics takes at most this many times as long. */
#define GOAL_GROWTH     13.0

static const char * const words[] = {
  "doctor", "tube", "vein", "needle", "picture", "child", "medicine", "team", "skin", "sleep",
  "blood", "vessel", "heal", "small", "gentle", "nurse", "care", "swelling", "bandage", "home",
  "camera", "screen", "lump", "drain", "fluid", "kidney", "liver", "arm", "leg", "chest",
};

static void
sentence (GString *out,
          guint    seed,
          guint    n_topics)
{
  g_string_append_c (out, '"');
  for (guint i = 0; i < 14; i++)
    {
      guint pick = (seed * 31 + i * 17) % 97;

      if (i == 5)
        g_string_append_printf (out, "{term:term-%u} ", seed % 200);
      else if (i == 9)
        g_string_append_printf (out, "{topic:topic-%u|this one} ", (seed * 7) % n_topics);
      else if (pick < G_N_ELEMENTS (words))
        g_string_append_printf (out, "%s ", words[pick]);
      else
        g_string_append_printf (out, "w%u ", (seed * 13 + i * 101) % 5000);
    }
  g_string_append (out, "end.\"");
}

static void
part (GString    *out,
      const char *name,
      guint       seed,
      guint       n_topics,
      gboolean    last)
{
  g_string_append_printf (out, "\"%s\":[", name);
  sentence (out, seed, n_topics);
  g_string_append_printf (out, "]%s", last ? "" : ",");
}

/* A bundle shaped like the real one: a third procedures with every part,
 * facts and imaging, the rest conditions and imaging topics, and a
 * 200-term glossary. */
static char *
generate (guint n_topics)
{
  static const char * const parents[] = { "what", "why", "prepare", "during", "after", "risks", "questions" };
  static const char * const kids[] = { "what", "senses", "people", "helps" };
  static const char * const condition[] = { "what", "signs", "treatment" };
  GString *out = g_string_new ("{\"schema\":1,\"sections\":[{\"id\":\"all\",\"title\":\"All\"}],\"topics\":[");

  for (guint t = 0; t < n_topics; t++)
    {
      const char *kind = t % 3 == 0 ? "procedure" : t % 3 == 1 ? "condition" : "imaging";

      g_string_append_printf (out, "%s{\"id\":\"topic-%u\",\"kind\":\"%s\",\"section\":\"all\","
                              "\"title\":\"%s %s number %u\",\"summary\":\"A %s for the %s and %s.\",",
                              t > 0 ? "," : "", t, kind, words[t % 30], kind, t,
                              words[(t + 3) % 30], words[(t + 7) % 30], words[(t + 11) % 30]);
      g_string_append (out, "\"parents\":{");
      if (t % 3 == 0)
        for (guint i = 0; i < G_N_ELEMENTS (parents); i++)
          part (out, parents[i], t + i, n_topics, i == G_N_ELEMENTS (parents) - 1);
      else if (t % 3 == 1)
        for (guint i = 0; i < G_N_ELEMENTS (condition); i++)
          part (out, condition[i], t + i, n_topics, i == G_N_ELEMENTS (condition) - 1);
      else
        part (out, "what", t, n_topics, TRUE);
      g_string_append (out, "},\"kids\":{");
      if (t % 3 == 0)
        for (guint i = 0; i < G_N_ELEMENTS (kids); i++)
          part (out, kids[i], t + 50 + i, n_topics, i == G_N_ELEMENTS (kids) - 1);
      else if (t % 3 == 1)
        for (guint i = 0; i < G_N_ELEMENTS (condition); i++)
          part (out, condition[i], t + 50 + i, n_topics, i == G_N_ELEMENTS (condition) - 1);
      else
        part (out, "what", t + 50, n_topics, TRUE);
      g_string_append (out, "},");
      if (t % 3 == 0)
        g_string_append_printf (out, "\"facts\":{\"sedation\":\"Usually general anesthesia\","
                                "\"duration\":\"About an hour\",\"recovery\":\"Home the same day\"},"
                                "\"imaging\":[\"topic-%u\"],\"treats\":[\"topic-%u\"],",
                                t + 2 < n_topics ? t + 2 : 2, t + 1 < n_topics ? t + 1 : 1);
      g_string_append (out, "\"sources\":[\"SIR: Patient information\"],\"reviewed\":\"2026-11-28\"}");
    }

  g_string_append (out, "],\"glossary\":[");
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (out, "%s{\"id\":\"term-%u\",\"term\":\"%s%u\",\"definition\":\"A %s word about the %s.\"}",
                            i > 0 ? "," : "", i, words[i % 30], i, words[(i + 5) % 30], words[(i + 9) % 30]);
  g_string_append (out, "]}");

  return g_string_free (out, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* Median milliseconds to load, validate and index. */
static double
time_load (const char         *location,
           IrCatalogLoadFlags  flags,
           guint               runs,
           guint              *n_topics)
{
  g_autofree double *times = g_new (double, runs);

  for (guint r = 0; r < runs; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(IrCatalog) catalog = ir_catalog_new_full (location, flags, "en", NULL, NULL);

      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      *n_topics = catalog != NULL ? g_list_model_get_n_items (ir_catalog_get_topics (catalog)) : 0;
    }

  return median (times, runs);
}

static gboolean
report (gboolean    json,
        gboolean   *first,
        const char *name,
        double      value,
        const char *unit,
        double      goal,
        const char *note)
{
  gboolean ok = value < goal;

  if (json)
    {
      g_print ("%s\n  \"%s\": {\"value\": %.3f, \"unit\": \"%s\", \"goal\": %.3f, \"ok\": %s}",
               *first ? "{" : ",", name, value, unit, goal, ok ? "true" : "false");
      *first = FALSE;
    }
  else
    g_print ("%-34s %9.3f %-6s goal < %-7.1f %s%s%s\n", name, value, unit, goal,
             ok ? "ok" : "MISSED", note != NULL ? "  " : "", note != NULL ? note : "");

  return ok;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "catheter", "Catheter", "vein", "doctor tube", "w1234", "blood vessel", "needle", "a", "d",
    "heal gen", "drain fluid kidney", "zebra", "procedure number 5000", "care team home", "sw",
  };
  const char *runs_env = g_getenv ("IR_GUIDE_BENCH_RUNS");
  guint runs = runs_env != NULL ? MAX (1, atoi (runs_env)) : 9;
  gboolean json = FALSE, first = TRUE, ok = TRUE;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IrCatalog) big = NULL;
  double ms[2], per_query = 0, worst = 0;
  guint sizes[2] = { 1000, 10000 };
  guint n_topics = 0;
  g_autofree char *note = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--json"))
        json = TRUE;
      else if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          /* Not inside MAX (), which would evaluate ++i twice. */
          runs = atoi (argv[++i]);
          runs = MAX (runs, 1);
        }
      else
        {
          g_printerr ("usage: %s [--runs N] [--json]\n", argv[0]);
          return 2;
        }
    }

  ms[0] = time_load (RESOURCE_PATH "/content", IR_CATALOG_LOAD_FROM_RESOURCE, runs, &n_topics);
  note = n_topics > 0 ? g_strdup_printf ("%u topics", n_topics)
                      : g_strdup ("the bundle has problems: this timed finding them");
  ok &= report (json, &first, "real bundle: load+validate+index", ms[0], "ms", GOAL_REAL_MS, note);
  /* The app loads it so at start-up, beside GTK's own start-up. */
  ms[0] = time_load (RESOURCE_PATH "/content", IR_CATALOG_LOAD_FROM_RESOURCE | IR_CATALOG_LOAD_ONE_THREAD, runs,
                     &n_topics);
  ok &= report (json, &first, "real bundle, one thread", ms[0], "ms", GOAL_REAL_MS,
                "as the app loads it at start-up");

  dir = g_dir_make_tmp ("ir-content-bench-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *path = g_strdup_printf ("%s/bundle-%u.json", dir, sizes[s]);
      g_autofree char *data = generate (sizes[s]);
      g_autofree char *name = g_strdup_printf ("%u topics: load+validate+index", sizes[s]);
      g_autofree char *size_note = NULL;

      g_file_set_contents (path, data, -1, &error);
      g_assert_no_error (error);
      if (g_getenv ("IR_CONTENT_BENCH_KEEP") != NULL)
        g_file_set_contents (g_getenv ("IR_CONTENT_BENCH_KEEP"), data, -1, NULL);
      ms[s] = time_load (path, IR_CATALOG_LOAD_DEFAULT, runs, &n_topics);
      g_assert_cmpuint (n_topics, ==, sizes[s]);
      size_note = g_strdup_printf ("%.0f bytes/topic, %.1f us/topic",
                                   (double) strlen (data) / sizes[s], ms[s] * 1000 / sizes[s]);
      ok &= report (json, &first, name, ms[s], "ms", s == 0 ? GOAL_10K_MS / 10 : GOAL_10K_MS, size_note);
      if (s == 1)
        {
          /* Parsing alone, the floor under the figure above; and
           * json-glib's, which the loader used until it was most of it. */
          g_autofree double *parse_ms = g_new (double, runs);
          g_autofree double *json_glib_ms = g_new (double, runs);

          for (guint r = 0; r < runs; r++)
            {
              g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);
              gint64 start = g_get_monotonic_time ();
              IrJsonDocument *document = ir_json_document_parse (path, data, strlen (data), IR_CONTENT_MAX_DEPTH,
                                                                 problems);

              g_assert_nonnull (document);
              ir_json_document_free (document);
              parse_ms[r] = (g_get_monotonic_time () - start) / 1000.0;

              start = g_get_monotonic_time ();
              {
                g_autoptr(JsonParser) parser = json_parser_new ();

                json_parser_load_from_data (parser, data, -1, NULL);
              }
              json_glib_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
            }
          if (!json)
            g_print ("  of which parsing and freeing: %.3f ms (json-glib takes %.3f ms)\n",
                     median (parse_ms, runs), median (json_glib_ms, runs));
        }
      if (s == 1)
        big = ir_catalog_new_full (path, IR_CATALOG_LOAD_DEFAULT, "en", NULL, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
  ok &= report (json, &first, "growth 1,000 -> 10,000 topics", ms[1] / ms[0], "x", GOAL_GROWTH,
                "linear is 10x");

  /* The first prefix search of a letter also sorts the terms that begin
   * with it. "w" has the most here: the bundle's 5,000 made-up words. */
  {
    gint64 start = g_get_monotonic_time ();
    g_autoptr(GListModel) results = ir_catalog_search (big, "w12");

    ok &= report (json, &first, "search at 10,000 topics: first", (g_get_monotonic_time () - start) / 1000.0,
                  "ms", GOAL_SEARCH_MS, "sorts the largest letter's terms for prefix search");
  }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      gint64 start = g_get_monotonic_time ();
      double each;

      for (guint r = 0; r < runs; r++)
        {
          g_autoptr(GListModel) results = ir_catalog_search (big, queries[q]);

          /* What a list shows first: a screenful of results and snippets. */
          for (guint i = 0; i < MIN (20, g_list_model_get_n_items (results)); i++)
            {
              g_autoptr(IrSearchResult) result = g_list_model_get_item (results, i);

              ir_search_result_get_snippet (result);
            }
        }
      each = (g_get_monotonic_time () - start) / 1000.0 / runs;
      per_query += each / G_N_ELEMENTS (queries);
      worst = MAX (worst, each);
    }
  ok &= report (json, &first, "search at 10,000 topics: mean", per_query, "ms", GOAL_SEARCH_MS,
                "per query, with 20 snippets");
  ok &= report (json, &first, "search at 10,000 topics: worst", worst, "ms", GOAL_SEARCH_MS, NULL);
  if (json)
    g_print ("\n}\n");

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
