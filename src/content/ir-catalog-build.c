/* ir-catalog-build.c: objects, translations, relations and the search
 * index, from files that have passed validation
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here checks anything: ir_content_validate() has.
 */

#include "config.h"

#include <string.h>

#include "ir-catalog-private.h"

typedef struct
{
  IrCatalog  *catalog;
  gboolean    translate;
  GString    *context;
  GPtrArray  *relation_nodes;  /* per topic: the topic's object */
  /* Looked up once per load rather than once per part. */
  const char *headings[IR_N_AUDIENCES][IR_N_PARTS];
  char       *suffixes[IR_N_AUDIENCES][IR_N_PARTS + 1];  /* "kids:what", …, "kids:section" */
} Builder;

/* Looks @msgid up with the context PREFIX:ID:SUFFIX and keeps the result. */
static const char *
text (Builder    *b,
      const char *prefix,
      const char *id,
      const char *suffix,
      const char *msgid)
{
  if (b->translate)
    {
      g_string_assign (b->context, prefix);
      g_string_append_c (b->context, ':');
      g_string_append (b->context, id);
      if (suffix != NULL)
        {
          g_string_append_c (b->context, ':');
          g_string_append (b->context, suffix);
        }
    }

  return ir_strings_add (b->catalog->strings, ir_content_translate (b->translate, b->context, msgid));
}

/* Like text(), for text with links: see ir_inline_links_kept(). */
static const char *
inline_text (Builder    *b,
             const char *prefix,
             const char *id,
             const char *suffix,
             const char *msgid)
{
  const char *translated = text (b, prefix, id, suffix, msgid);

  if (b->translate && strcmp (translated, msgid) != 0 && !ir_inline_links_kept (translated, msgid))
    return ir_strings_add (b->catalog->strings, msgid);

  return translated;
}

static const char **
paragraphs (Builder          *b,
            const IrJsonNode *array,
            const char       *id,
            const char       *suffix)
{
  guint n = array->length;
  const char **result = g_new (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    result[i] = inline_text (b, "topic", id, suffix, array->elements[i].string);
  result[n] = NULL;

  return result;
}

static IrBody *
build_body (Builder          *b,
            const IrJsonNode *object,
            const char       *id,
            IrAudience        audience)
{
  IrBody *body = ir_body_new (b->catalog->strings);
  const char *section_suffix = b->suffixes[audience][IR_N_PARTS];
  const IrJsonNode *sections;
  const IrJsonNode *by_part[IR_N_PARTS] = { NULL, };

  /* One pass over the few members a body has, rather than a lookup for
   * each part it might have; then the parts in the app's order. */
  for (guint32 m = 0; m < object->length; m++)
    {
      int part = ir_part_index_from_name (object->members[m].name);

      if (part >= 0 && by_part[part] == NULL)
        by_part[part] = &object->members[m].value;
    }

  for (int part = 0; part < IR_N_PARTS; part++)
    {
      if (by_part[part] == NULL)
        continue;

      ir_body_take_part (body, ir_part_new (ir_part_index_to_name (part), b->headings[audience][part],
                                            paragraphs (b, by_part[part], id, b->suffixes[audience][part])));
    }

  if ((sections = ir_json_object_get (object, "sections")) != NULL)
    {
      for (guint i = 0; i < sections->length; i++)
        {
          const IrJsonNode *section = &sections->elements[i];
          const char *heading = text (b, "topic", id, section_suffix,
                                      ir_json_object_get_string (section, "heading"));

          ir_body_take_part (body, ir_part_new ("section", heading,
                                                paragraphs (b, ir_json_object_get (section, "paragraphs"),
                                                            id, section_suffix)));
        }
    }

  return body;
}

static void
build_topic (Builder          *b,
             const IrJsonNode *object)
{
  IrCatalog *self = b->catalog;
  IrTopicData data = { 0, };
  const IrJsonNode *facts, *sources;
  IrTopic *topic;
  guint n;

  data.id = ir_strings_add (self->strings, ir_json_object_get_string (object, "id"));
  ir_topic_kind_from_string (ir_json_object_get_string (object, "kind"), &data.kind);
  data.section_id = ir_strings_add (self->strings, ir_json_object_get_string (object, "section"));
  data.title = text (b, "topic", data.id, "title", ir_json_object_get_string (object, "title"));
  data.summary = text (b, "topic", data.id, "summary", ir_json_object_get_string (object, "summary"));
  for (IrAudience audience = 0; audience < IR_N_AUDIENCES; audience++)
    data.bodies[audience] = build_body (b, ir_json_object_get (object, ir_audience_to_string (audience)),
                                        data.id, audience);

  if ((facts = ir_json_object_get (object, "facts")) != NULL)
    {
      for (int i = 0; i < IR_N_FACTS; i++)
        {
          const char *name = ir_fact_index_to_name (i);
          const char *fact = ir_json_object_get_string (facts, name);
          g_autofree char *suffix = NULL;

          if (fact == NULL)
            continue;
          suffix = g_strconcat ("fact:", name, NULL);
          data.facts[i] = text (b, "topic", data.id, suffix, fact);
        }
    }

  /* Sources name documents: they stay as written in every language. */
  sources = ir_json_object_get (object, "sources");
  n = sources->length;
  data.sources = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    data.sources[i] = ir_strings_add (self->strings, sources->elements[i].string);
  data.sources[n] = NULL;
  data.reviewed = ir_strings_add (self->strings, ir_json_object_get_string (object, "reviewed"));

  topic = ir_topic_new_internal (self->strings, &data);
  ir_topic_set_index (topic, self->topic_array->len);
  g_ptr_array_add (self->topic_array, topic);
  g_hash_table_insert (self->topic_by_id, (gpointer) data.id, topic);
  g_ptr_array_add (b->relation_nodes, (gpointer) object);
}

static void
build_file (Builder          *b,
            const IrJsonNode *root_node)
{
  IrCatalog *self = b->catalog;
  const IrJsonNode *root = root_node;
  const IrJsonNode *array;

  if ((array = ir_json_object_get_array (root, "sections")) != NULL)
    {
      for (guint i = 0; i < array->length; i++)
        {
          const IrJsonNode *object = &array->elements[i];
          const char *id = ir_strings_add (self->strings, ir_json_object_get_string (object, "id"));
          g_autoptr(IrSection) section = ir_section_new_internal (self->strings, id,
                                                                  text (b, "section", id, NULL,
                                                                        ir_json_object_get_string (object, "title")));

          g_list_store_append (self->sections, section);
          g_hash_table_insert (self->section_by_id, (gpointer) id, section);
        }
    }

  if ((array = ir_json_object_get_array (root, "topics")) != NULL)
    for (guint i = 0; i < array->length; i++)
      build_topic (b, &array->elements[i]);

  if ((array = ir_json_object_get_array (root, "glossary")) != NULL)
    {
      for (guint i = 0; i < array->length; i++)
        {
          const IrJsonNode *object = &array->elements[i];
          const char *id = ir_strings_add (self->strings, ir_json_object_get_string (object, "id"));
          g_autoptr(IrGlossaryTerm) term = NULL;

          term = ir_glossary_term_new_internal (self->strings, id,
                                                text (b, "glossary", id, "term",
                                                      ir_json_object_get_string (object, "term")),
                                                inline_text (b, "glossary", id, "definition",
                                                      ir_json_object_get_string (object, "definition")));
          g_list_store_append (self->glossary, term);
          g_hash_table_insert (self->term_by_id, (gpointer) id, term);
        }
    }
}

static void
add_relations (IrCatalog        *self,
               IrTopic          *topic,
               const IrJsonNode *object,
               const char       *member,
               IrRelation        forward,
               IrRelation        backward,
               gboolean          declared)
{
  const IrJsonNode *array = ir_json_object_get_array (object, member);

  for (guint i = 0; array != NULL && i < array->length; i++)
    {
      IrTopic *other = g_hash_table_lookup (self->topic_by_id, array->elements[i].string);

      if (declared)
        ir_catalog_add_relation (self, forward, topic, other);
      else
        ir_catalog_add_relation (self, backward, other, topic);
    }
}

/* Indexing ---------------------------------------------------------------- */

typedef struct
{
  IrCatalog     *catalog;
  IrSearchIndex *index;
  GString       *plain;
  GHashTable    *terms;   /* the glossary terms a topic links */
} Plain;

static gboolean
append_piece (const IrInlinePiece *piece,
              gpointer             user_data)
{
  Plain *plain = user_data;
  char id[128];

  if (piece->kind == IR_INLINE_TEXT || piece->label != NULL)
    {
      g_string_append_len (plain->plain, piece->kind == IR_INLINE_TEXT ? piece->text : piece->label,
                           piece->kind == IR_INLINE_TEXT ? piece->text_len : piece->label_len);
      if (piece->kind == IR_INLINE_TEXT)
        return TRUE;
    }

  /* The validator turned away links with longer ids. */
  if (piece->text_len >= sizeof id)
    return TRUE;
  memcpy (id, piece->text, piece->text_len);
  id[piece->text_len] = '\0';
  if (piece->kind == IR_INLINE_TERM)
    {
      IrGlossaryTerm *term = ir_catalog_lookup_term (plain->catalog, id);

      /* A translation may name an id the bundle lacks; it is only text. */
      if (term != NULL && plain->terms != NULL)
        g_hash_table_add (plain->terms, term);
      if (term != NULL && piece->label == NULL)
        g_string_append (plain->plain, ir_glossary_term_get_term (term));
    }
  else if (piece->label == NULL)
    {
      IrTopic *topic = ir_catalog_lookup_topic (plain->catalog, id);

      if (topic != NULL)
        g_string_append (plain->plain, ir_topic_get_title (topic));
    }

  return TRUE;
}

static void
index_text (Plain         *plain,
            guint          doc,
            IrSearchField  field,
            const char    *text)
{
  g_string_truncate (plain->plain, 0);
  ir_inline_parse (text, append_piece, plain, NULL, NULL);
  ir_search_index_add (plain->index, doc, field, plain->plain->str);
}

static void
index_topic (Plain   *plain,
             IrTopic *topic)
{
  IrCatalog *self = plain->catalog;
  guint doc = ir_topic_get_index (topic);
  Plain definition = { self, plain->index, NULL, NULL };
  GHashTableIter iter;
  gpointer term;

  g_hash_table_remove_all (plain->terms);
  ir_search_index_add (plain->index, doc, IR_SEARCH_FIELD_TITLE, ir_topic_get_title (topic));
  ir_search_index_add (plain->index, doc, IR_SEARCH_FIELD_SUMMARY, ir_topic_get_summary (topic));

  for (IrAudience audience = 0; audience < IR_N_AUDIENCES; audience++)
    {
      IrBody *body = ir_topic_get_body (topic, audience);

      for (guint i = 0; i < ir_body_get_n_parts (body); i++)
        {
          IrPart *part = ir_body_get_part (body, i);
          const char * const *texts = ir_part_get_paragraphs (part);

          if (g_str_equal (ir_part_get_id (part), "section"))
            ir_search_index_add (plain->index, doc, IR_SEARCH_FIELD_BODY, ir_part_get_heading (part));
          for (guint j = 0; texts[j] != NULL; j++)
            index_text (plain, doc, IR_SEARCH_FIELD_BODY, texts[j]);
        }
    }
  for (int i = 0; i < IR_N_FACTS; i++)
    {
      const char *fact = ir_topic_get_fact (topic, ir_fact_index_to_name (i));

      if (fact != NULL)
        ir_search_index_add (plain->index, doc, IR_SEARCH_FIELD_BODY, fact);
    }

  /* A topic that links a term is found by the words of its definition.
   * Many topics link the same terms: each is read once. */
  definition.plain = plain->plain;
  g_hash_table_iter_init (&iter, plain->terms);
  while (g_hash_table_iter_next (&iter, &term, NULL))
    {
      if (!ir_search_index_add_again (plain->index, doc, IR_SEARCH_FIELD_GLOSSARY, term))
        {
          g_string_assign (definition.plain, ir_glossary_term_get_term (term));
          g_string_append_c (definition.plain, '\n');
          ir_inline_parse (ir_glossary_term_get_definition (term), append_piece, &definition, NULL, NULL);
          ir_search_index_add_remembered (plain->index, doc, IR_SEARCH_FIELD_GLOSSARY, term, definition.plain->str);
        }
    }
}

typedef struct
{
  IrCatalog  *catalog;
  const char *language;
  gint        next;      /* atomic: the next topic to index */
} IndexShare;

/* Indexes topics until none is left, into an index of its own. */
static IrSearchIndex *
index_topics (IndexShare *share)
{
  GPtrArray *topics = share->catalog->topic_array;
  Plain plain = { share->catalog, ir_search_index_new (share->language), g_string_new (NULL),
                  g_hash_table_new (NULL, NULL) };
  guint i;

  while ((i = (guint) g_atomic_int_add (&share->next, 1)) < topics->len)
    index_topic (&plain, g_ptr_array_index (topics, i));

  g_string_free (plain.plain, TRUE);
  g_hash_table_unref (plain.terms);

  return plain.index;
}

static gpointer
index_helper_thread (gpointer data)
{
  return index_topics (data);
}

/* Indexing is the largest part of loading: a big bundle gets a helper
 * thread that takes topics to index while this thread indexes too. The two
 * indexes are merged. */
static IrSearchIndex *
build_index (IrCatalog  *self,
             gsize       total_bytes,
             const char *language,
             gboolean    threaded)
{
  IndexShare share = { self, language, 0 };
  GThread *helper = NULL;
  IrSearchIndex *index;

  if (threaded && total_bytes >= IR_CONTENT_THREAD_MIN_BYTES && g_get_num_processors () >= 2)
    helper = g_thread_try_new ("ir-content-index", index_helper_thread, &share, NULL);

  index = index_topics (&share);
  if (helper != NULL)
    {
      g_autoptr(IrSearchIndex) other = g_thread_join (helper);

      ir_search_index_merge (index, other);
    }
  ir_search_index_finish (index, self->topic_array->len);

  return index;
}

/* Takes @files. */
IrCatalog *
ir_catalog_build (GPtrArray  *files,
                  const char *search_language,
                  gboolean    threaded)
{
  IrCatalog *self = g_object_new (IR_TYPE_CATALOG, NULL);
  Builder b = { self, ir_content_translations_available (), g_string_new (NULL), g_ptr_array_new () };
  gsize total_bytes = 0;
  guint n;

  for (IrAudience audience = 0; audience < IR_N_AUDIENCES; audience++)
    {
      for (int part = 0; part <= IR_N_PARTS; part++)
        {
          b.suffixes[audience][part] = g_strconcat (ir_audience_to_string (audience), ":",
                                                    part < IR_N_PARTS ? ir_part_index_to_name (part) : "section",
                                                    NULL);
          if (part < IR_N_PARTS)
            b.headings[audience][part] = ir_part_index_heading (part, audience);
        }
    }

  for (guint i = 0; i < files->len; i++)
    {
      IrContentFile *file = g_ptr_array_index (files, i);
      gsize length;
      char *text = ir_json_document_steal_text (file->json, &length);

      /* The catalog keeps the text its strings are in. */
      ir_strings_adopt (self->strings, text, length);
      build_file (&b, ir_json_document_get_root (file->json));
    }

  n = self->topic_array->len;
  g_list_store_splice (self->topics, 0, 0, self->topic_array->pdata, n);

  /* Declared relations first, then the ones seen from the other end, so
   * that a topic lists its own before the ones that name it. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n; i++)
        {
          IrTopic *topic = g_ptr_array_index (self->topic_array, i);
          const IrJsonNode *object = g_ptr_array_index (b.relation_nodes, i);

          add_relations (self, topic, object, "treats", IR_RELATION_TREATS, IR_RELATION_TREATED_BY, pass == 0);
          add_relations (self, topic, object, "imaging", IR_RELATION_IMAGING, IR_RELATION_USED_BY, pass == 0);
          add_relations (self, topic, object, "related", IR_RELATION_RELATED, IR_RELATION_RELATED, pass == 0);
        }
    }

  /* Each section's topics, in bundle order. */
  {
    g_autoptr(GHashTable) by_section = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                              (GDestroyNotify) g_ptr_array_unref);
    GHashTableIter iter;
    gpointer key, value;

    for (guint i = 0; i < n; i++)
      {
        IrTopic *topic = g_ptr_array_index (self->topic_array, i);
        GPtrArray *list = g_hash_table_lookup (by_section, ir_topic_get_section_id (topic));

        if (list == NULL)
          g_hash_table_insert (by_section, (gpointer) ir_topic_get_section_id (topic), list = g_ptr_array_new ());
        g_ptr_array_add (list, topic);
      }
    g_hash_table_iter_init (&iter, by_section);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        GPtrArray *list = value;

        ir_section_append_topics (g_hash_table_lookup (self->section_by_id, key), list->pdata, list->len);
      }
  }

  /* Nothing below reads the parse trees, which free in a few calls each. */
  for (guint i = 0; i < files->len; i++)
    {
      IrContentFile *file = g_ptr_array_index (files, i);

      total_bytes += file->bytes != NULL ? g_bytes_get_size (file->bytes) : 0;
    }
  g_ptr_array_set_size (b.relation_nodes, 0);
  g_clear_pointer (&files, g_ptr_array_unref);
  self->index = build_index (self, total_bytes, search_language, threaded);

  for (IrAudience audience = 0; audience < IR_N_AUDIENCES; audience++)
    for (int part = 0; part <= IR_N_PARTS; part++)
      g_free (b.suffixes[audience][part]);
  g_string_free (b.context, TRUE);
  g_ptr_array_unref (b.relation_nodes);

  return self;
}
