/* test-search.c: folding, ranking and snippets
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ir-catalog.h"
#include "ir-search-index.h"
#include "content-test-util.h"

static IrCatalog *
load (const char *path,
      const char *language)
{
  g_autoptr(GError) error = NULL;
  IrCatalog *catalog = ir_catalog_new_full (path, IR_CATALOG_LOAD_DEFAULT, language, NULL, &error);

  g_assert_no_error (error);
  return catalog;
}

/* The ids of the results of @query, separated by spaces. */
static char *
result_ids (IrCatalog  *catalog,
            const char *query)
{
  g_autofree char *lines = describe_search (catalog, query, FALSE);

  g_strchomp (lines);
  return g_strdelimit (g_steal_pointer (&lines), "\n", ' ');
}

static void
test_case_ignored (void)
{
  g_autoptr(IrCatalog) catalog = load (FIXTURES "/starter", "en");
  g_autofree char *upper = result_ids (catalog, "Catheter");
  g_autofree char *lower = result_ids (catalog, "catheter");
  g_autofree char *shout = result_ids (catalog, "CATHETER ");

  g_assert_cmpstr (upper, !=, "");
  g_assert_cmpstr (upper, ==, lower);
  g_assert_cmpstr (shout, ==, lower);
}

/* The language is given, so that the test does not depend on the locale. */
static void
test_accents_ignored (void)
{
  g_autoptr(IrCatalog) catalog = load (FIXTURES "/es", "es");
  g_autofree char *plain = result_ids (catalog, "cateter");
  g_autofree char *accented = result_ids (catalog, "catéter");
  g_autofree char *upper = result_ids (catalog, "CATÉTER");
  g_autofree char *title = result_ids (catalog, "ecografia");
  g_autoptr(GListModel) results = ir_catalog_search (catalog, "cateter");
  g_autoptr(IrSearchResult) first = g_list_model_get_item (results, 0);

  g_assert_cmpstr (plain, ==, "via-central");
  g_assert_cmpstr (accented, ==, "via-central");
  g_assert_cmpstr (upper, ==, "via-central");
  g_assert_cmpstr (title, ==, "ecografia");
  g_assert_nonnull (strstr (ir_search_result_get_snippet (first), "catéter"));
}

static void
test_title_first (void)
{
  g_autoptr(IrCatalog) catalog = load (FIXTURES "/starter", "en");
  g_autofree char *ultrasound = result_ids (catalog, "ultrasound");
  g_autofree char *tube = result_ids (catalog, "tube ");
  g_autoptr(GListModel) results = ir_catalog_search (catalog, "ultrasound");
  g_autoptr(IrSearchResult) first = g_list_model_get_item (results, 0);
  g_autoptr(IrSearchResult) second = g_list_model_get_item (results, 1);

  /* Four topics mention it in their bodies, and come before it in the
   * bundle; the one with it in its title is still first. */
  g_assert_true (g_str_has_prefix (ultrasound, "ultrasound "));
  g_assert_cmpuint (ir_search_result_get_score (first), >, ir_search_result_get_score (second));
  /* A summary match before body matches, before a glossary match. */
  g_assert_cmpstr (tube, ==, "picc-line fluoroscopy what-is-ir");
}

static void
test_words_and_prefix (void)
{
  g_autoptr(IrCatalog) catalog = load (FIXTURES "/starter", "en");
  g_autofree char *prefix = result_ids (catalog, "scler");
  g_autofree char *whole = result_ids (catalog, "scler ");
  g_autofree char *both = result_ids (catalog, "thin needle ");
  g_autofree char *both_prefix = result_ids (catalog, "thin needle");
  g_autofree char *missing = result_ids (catalog, "thin zebra");
  g_autofree char *empty = result_ids (catalog, "  ,. ");
  g_autofree char *markup = result_ids (catalog, "<b>");

  g_assert_cmpstr (prefix, ==, "sclerotherapy venous-malformation");
  g_assert_cmpstr (whole, ==, "");
  g_assert_cmpstr (both, ==, "sclerotherapy");
  /* "needles" too, and "thin" in a summary ranks above it in a body. */
  g_assert_cmpstr (both_prefix, ==, "picc-line sclerotherapy");
  g_assert_cmpstr (missing, ==, "");
  g_assert_cmpstr (empty, ==, "");
  /* Words, not markup: "b" finds words starting with b. */
  g_assert_cmpstr (markup, !=, "");
}

static void
test_snippets (void)
{
  g_autoptr(IrCatalog) catalog = load (FIXTURES "/starter", "en");
  g_autoptr(GListModel) results = ir_catalog_search (catalog, "flush");
  g_autoptr(GListModel) glossary = ir_catalog_search (catalog, "shrink");
  g_autoptr(IrSearchResult) result = g_list_model_get_item (results, 0);
  g_autoptr(GListModel) linked = ir_catalog_search (catalog, "fluoro");
  g_autoptr(IrSearchResult) via_link = NULL;
  const char *snippet;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  snippet = ir_search_result_get_snippet (result);
  g_assert_cmpstr (snippet, ==, "How do we flush the line at home?");

  /* Link tokens never show in a snippet: their labels do. */
  for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
    {
      g_autoptr(IrSearchResult) r = g_list_model_get_item (linked, i);

      g_assert_null (strchr (ir_search_result_get_snippet (r), '{'));
    }
  via_link = g_list_model_get_item (linked, 0);
  /* The words that matched are marked, and only those; text stays text. */
  g_assert_cmpstr (ir_search_result_get_snippet_markup (result), ==, "How do we <b>flush</b> the line at home?");
  {
    g_autoptr(GListModel) hostile = ir_catalog_search (catalog, "safe");
    g_autoptr(IrSearchResult) first = g_list_model_get_item (hostile, 0);

    g_assert_nonnull (strstr (ir_search_result_get_snippet (first), "1 < 2"));
    g_assert_nonnull (strstr (ir_search_result_get_snippet_markup (first), "it is <b>safe</b>: 1 &lt; 2."));
    check_markup_parses (ir_search_result_get_snippet_markup (first));
  }
  for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
    {
      g_autoptr(IrSearchResult) r = g_list_model_get_item (linked, i);
      const char *markup = ir_search_result_get_snippet_markup (r);

      if (strstr (ir_search_result_get_snippet (r), "luoro") != NULL)
        g_assert_nonnull (strstr (markup, "<b>"));
      check_markup_parses (markup);
    }
  g_assert_cmpstr (ir_topic_get_id (ir_search_result_get_topic (via_link)), ==, "fluoroscopy");
  g_assert_cmpuint (g_list_model_get_n_items (glossary), >, 0);
}

static GPtrArray *
sorted_words (char **words,
              char **more)
{
  GPtrArray *all = g_ptr_array_new ();

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    g_ptr_array_add (all, words[i]);
  for (guint i = 0; more != NULL && more[i] != NULL; i++)
    g_ptr_array_add (all, more[i]);
  g_ptr_array_sort_values (all, (GCompareFunc) strcmp);

  return all;
}

/* The index lowercases ASCII words itself and hands only the rest to GLib,
 * keeping GLib's forms while it is being filled; the words and alternates
 * must be GLib's own, whatever the mix, from the cache or not. */
static void
test_tokenize_matches_glib (void)
{
  static const char * const samples[] = {
    "The doctor's CATHETER-based plan (2 hours), 50% done!",
    "   ", "a", "X-ray", "one_two three4five", "tab\tand\nnewline",
    "Your child’s catheter", "El catéter se queda en la vena; ¿Cuándo? Mañana.",
    "L’équipe « médicale » règle l’échographie", "يضع الطبيب القسطرة في الوريد (PICC) عبر الجلد",
    "naïve café résumé", "x\u0301y", "é", "’", "ab’cd’ef gh", "Café CAFÉ café cafe",
    "İstanbul ıspanak", "ǅemal ﬁle",
  };
  g_autoptr(IrSearchIndex) index = ir_search_index_new ("en");

  /* Fresh, then from the cache, then after finishing, without it. */
  for (guint pass = 0; pass < 3; pass++)
    {
      if (pass == 2)
        ir_search_index_finish (index, 0);

      for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
        {
          g_auto(GStrv) ours = ir_search_index_tokenize (index, samples[i]);
          g_auto(GStrv) alternates = NULL;
          g_auto(GStrv) glib = g_str_tokenize_and_fold (samples[i], "en", &alternates);
          g_autoptr(GPtrArray) want = sorted_words (glib, alternates);
          g_autoptr(GPtrArray) have = sorted_words (ours, NULL);

          g_assert_cmpuint (have->len, ==, want->len);
          for (guint k = 0; k < want->len; k++)
            g_assert_cmpstr (have->pdata[k], ==, want->pdata[k]);
        }
    }
}

static int
compare_hit_docs (gconstpointer a,
                  gconstpointer b)
{
  guint x = ((const IrSearchHit *) a)->doc, y = ((const IrSearchHit *) b)->doc;

  return x < y ? -1 : x > y;
}

static char *
hit_docs (IrSearchIndex *index,
          const char    *query)
{
  g_autoptr(GArray) hits = ir_search_index_query (index, query, NULL, NULL);
  g_autoptr(GString) docs = g_string_new (NULL);

  g_array_sort (hits, compare_hit_docs);
  for (guint i = 0; i < hits->len; i++)
    g_string_append_printf (docs, "%s%u", i > 0 ? " " : "", g_array_index (hits, IrSearchHit, i).doc);

  return g_string_free_and_steal (g_steal_pointer (&docs));
}

/* Prefix lookups sort only the terms that share the prefix's first byte;
 * they must still find every term the prefix begins, accented or not. */
static void
test_prefix_buckets (void)
{
  static const char * const docs[] = {
    "apple banana", "apricot", "Banana split", "ébano negro", "ebony", "zebra",
    /* Most Arabic letters share their first byte with many others. */
    "الوريد", "وريد", "القسطرة",
  };
  static const struct { const char *query; const char *docs; } cases[] = {
    { "ap", "0 1" }, { "ban", "0 2" }, { "éb", "3 4" }, { "eb", "3 4" }, { "EBO", "4" },
    { "z", "5" }, { "q", "" }, { "apple b", "0" }, { "banana", "0 2" },
    { "الو", "6" }, { "و", "7" }, { "ال", "6 8" }, { "ق", "" },
  };
  g_autoptr(IrSearchIndex) index = ir_search_index_new ("es");

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    ir_search_index_add (index, d, IR_SEARCH_FIELD_BODY, docs[d]);
  ir_search_index_finish (index, G_N_ELEMENTS (docs));

  /* Twice: the second time every bucket is already sorted. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *have = hit_docs (index, cases[i].query);

        g_assert_cmpstr (have, ==, cases[i].docs);
      }
}

static char *
hit_list (IrSearchIndex *index,
          const char    *query)
{
  g_autoptr(GArray) hits = ir_search_index_query (index, query, NULL, NULL);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i++)
    {
      IrSearchHit *hit = &g_array_index (hits, IrSearchHit, i);

      g_string_append_printf (list, "%u:%u ", hit->doc, hit->score);
    }

  return g_string_free_and_steal (g_steal_pointer (&list));
}

/* @have ranks every query exactly as @want does. */
static void
assert_same_ranking (IrSearchIndex      *want,
                     IrSearchIndex      *have,
                     const char * const *queries,
                     guint               n_queries)
{
  for (guint q = 0; q < n_queries; q++)
    {
      g_autofree char *wanted = hit_list (want, queries[q]);
      g_autofree char *had = hit_list (have, queries[q]);

      g_assert_cmpstr (had, ==, wanted);
    }
}

/* Loading indexes a big bundle on two threads, one index each, and merges
 * them: the result must rank exactly as one index of everything would. */
static void
test_merge_equals_single (void)
{
  static const char * const docs[] = {
    "Catheter care at home", "A thin tube called a catheter", "Ultrasound uses sound",
    "El catéter fino", "Care team and nurses", "Sound waves make pictures", "catheter catheter",
  };
  static const char * const queries[] = { "catheter", "cat", "care", "sound", "cateter", "team nur", "zzz" };
  g_autoptr(IrSearchIndex) single = ir_search_index_new ("es");
  g_autoptr(IrSearchIndex) merged = ir_search_index_new ("es");
  g_autoptr(IrSearchIndex) other = ir_search_index_new ("es");

  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    {
      IrSearchField field = d % 2 == 0 ? IR_SEARCH_FIELD_TITLE : IR_SEARCH_FIELD_BODY;

      ir_search_index_add (single, d, field, docs[d]);
      /* Interleaved, as the threads take topics in turn. */
      ir_search_index_add (d % 3 == 0 ? other : merged, d, field, docs[d]);
    }
  ir_search_index_merge (merged, other);
  ir_search_index_finish (single, G_N_ELEMENTS (docs));
  ir_search_index_finish (merged, G_N_ELEMENTS (docs));

  assert_same_ranking (single, merged, queries, G_N_ELEMENTS (queries));
}

/* A glossary definition read once and added again for other topics
 * ranks exactly as if each topic's copy had been read. */
static void
test_remembered_equals_read (void)
{
  static const char *definition = "Catheter: a thin, soft tube (café) put into a vein";
  static const char * const queries[] = { "catheter", "cafe", "thin tube", "vei", "zzz" };
  static int key;
  g_autoptr(IrSearchIndex) read = ir_search_index_new ("es");
  g_autoptr(IrSearchIndex) remembered = ir_search_index_new ("es");

  g_assert_false (ir_search_index_add_again (remembered, 0, IR_SEARCH_FIELD_GLOSSARY, &key));
  for (guint d = 0; d < 4; d++)
    {
      ir_search_index_add (read, d, IR_SEARCH_FIELD_TITLE, d == 2 ? "Vein care" : "Other");
      ir_search_index_add (remembered, d, IR_SEARCH_FIELD_TITLE, d == 2 ? "Vein care" : "Other");
      if (d == 3)
        continue;
      ir_search_index_add (read, d, IR_SEARCH_FIELD_GLOSSARY, definition);
      if (!ir_search_index_add_again (remembered, d, IR_SEARCH_FIELD_GLOSSARY, &key))
        ir_search_index_add_remembered (remembered, d, IR_SEARCH_FIELD_GLOSSARY, &key, definition);
    }
  ir_search_index_finish (read, 4);
  ir_search_index_finish (remembered, 4);

  assert_same_ranking (read, remembered, queries, G_N_ELEMENTS (queries));
}

/* Thousands of terms make the term table grow, in one index and while
 * merging two; words whose hashes collide exactly ("ar" and "c0" under
 * the index's hash) stay apart; every word still finds its own document. */
static void
test_many_terms (void)
{
  static const char * const colliding[] = { "ar", "c0", "xary", "xc0y" };
  g_autoptr(IrSearchIndex) single = ir_search_index_new ("en");
  g_autoptr(IrSearchIndex) merged = ir_search_index_new ("en");
  g_autoptr(IrSearchIndex) other = ir_search_index_new ("en");
  guint n_docs = 3000 + G_N_ELEMENTS (colliding);

  for (guint d = 0; d < n_docs; d++)
    {
      g_autofree char *text = d < 3000 ? g_strdup_printf ("w%u v%u", d, d * 7)
                                       : g_strdup (colliding[d - 3000]);

      ir_search_index_add (single, d, IR_SEARCH_FIELD_BODY, text);
      ir_search_index_add (d % 2 == 0 ? merged : other, d, IR_SEARCH_FIELD_BODY, text);
    }
  ir_search_index_merge (merged, other);
  ir_search_index_finish (single, n_docs);
  ir_search_index_finish (merged, n_docs);

  for (guint k = 0; k < 2; k++)
    {
      IrSearchIndex *index = k == 0 ? single : merged;

      /* Every 37th made-up word, then every colliding one. */
      for (guint d = 0; d < n_docs; d = d + 37 < 3000 ? d + 37 : MAX (d + 1, 3000))
        {
          g_autofree char *query = d < 3000 ? g_strdup_printf ("w%u ", d) : g_strdup_printf ("%s ", colliding[d - 3000]);
          g_autofree char *want = g_strdup_printf ("%u", d);
          g_autofree char *have = hit_docs (index, query);

          g_assert_cmpstr (have, ==, want);
        }
      /* A prefix: "v0" begins only document 0's "v0". */
      {
        g_autofree char *prefixed = hit_docs (index, "v0");

        g_assert_cmpstr (prefixed, ==, "0");
      }
    }
}

/* The catalog adds a linked term's name and definition as one text, a
 * line apart; the words are the same as adding them one by one. */
static void
test_name_and_definition (void)
{
  g_autoptr(IrSearchIndex) apart = ir_search_index_new ("en");
  g_autoptr(IrSearchIndex) joined = ir_search_index_new ("en");
  static const char * const queries[] = { "catheter", "catheterthin", "thin", "tube", "cath" };

  ir_search_index_add (apart, 0, IR_SEARCH_FIELD_GLOSSARY, "Catheter");
  ir_search_index_add (apart, 0, IR_SEARCH_FIELD_GLOSSARY, "thin tube");
  ir_search_index_add (joined, 0, IR_SEARCH_FIELD_GLOSSARY, "Catheter\nthin tube");
  ir_search_index_finish (apart, 1);
  ir_search_index_finish (joined, 1);

  assert_same_ranking (apart, joined, queries, G_N_ELEMENTS (queries));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/case-ignored", test_case_ignored);
  g_test_add_func ("/search/accents-ignored", test_accents_ignored);
  g_test_add_func ("/search/title-first", test_title_first);
  g_test_add_func ("/search/words-and-prefix", test_words_and_prefix);
  g_test_add_func ("/search/prefix-buckets", test_prefix_buckets);
  g_test_add_func ("/search/merge-equals-single", test_merge_equals_single);
  g_test_add_func ("/search/remembered-equals-read", test_remembered_equals_read);
  g_test_add_func ("/search/many-terms", test_many_terms);
  g_test_add_func ("/search/name-and-definition", test_name_and_definition);
  g_test_add_func ("/search/snippets", test_snippets);
  g_test_add_func ("/search/tokenize-matches-glib", test_tokenize_matches_glib);

  return g_test_run ();
}
