/* ir-content-types.c: kinds, audiences, body parts and facts
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ir-content-private.h"

G_DEFINE_ENUM_TYPE (IrTopicKind, ir_topic_kind,
  G_DEFINE_ENUM_VALUE (IR_TOPIC_KIND_OVERVIEW, "overview"),
  G_DEFINE_ENUM_VALUE (IR_TOPIC_KIND_IMAGING, "imaging"),
  G_DEFINE_ENUM_VALUE (IR_TOPIC_KIND_PROCEDURE, "procedure"),
  G_DEFINE_ENUM_VALUE (IR_TOPIC_KIND_BENEFIT, "benefit"),
  G_DEFINE_ENUM_VALUE (IR_TOPIC_KIND_CONDITION, "condition"))

G_DEFINE_ENUM_TYPE (IrAudience, ir_audience,
  G_DEFINE_ENUM_VALUE (IR_AUDIENCE_PARENTS, "parents"),
  G_DEFINE_ENUM_VALUE (IR_AUDIENCE_KIDS, "kids"))

static const char * const kind_names[IR_N_TOPIC_KINDS] = {
  "overview", "imaging", "procedure", "benefit", "condition",
};

const char *
ir_topic_kind_to_string (IrTopicKind kind)
{
  g_return_val_if_fail ((guint) kind < IR_N_TOPIC_KINDS, NULL);

  return kind_names[kind];
}

gboolean
ir_topic_kind_from_string (const char  *name,
                           IrTopicKind *kind)
{
  for (guint i = 0; i < IR_N_TOPIC_KINDS; i++)
    {
      if (g_strcmp0 (name, kind_names[i]) == 0)
        {
          if (kind != NULL)
            *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ir_audience_to_string (IrAudience audience)
{
  return audience == IR_AUDIENCE_KIDS ? "kids" : "parents";
}

/* The README's table of parts. A part without a heading of its own for an
 * audience borrows the other audience's. */
static const struct
{
  const char *name;
  const char *headings[IR_N_AUDIENCES];
} parts[IR_N_PARTS] = {
  { "what",      { NC_("part heading for parents", "What it is"),
                   NC_("part heading for kids", "What is it?") } },
  { "why",       { NC_("part heading for parents", "Why it’s done"), NULL } },
  { "prepare",   { NC_("part heading for parents", "Getting ready"), NULL } },
  { "during",    { NC_("part heading for parents", "What happens"), NULL } },
  { "after",     { NC_("part heading for parents", "Afterwards"), NULL } },
  { "risks",     { NC_("part heading for parents", "Risks in plain words"), NULL } },
  { "questions", { NC_("part heading for parents", "Questions to ask the care team"), NULL } },
  { "signs",     { NC_("part heading for parents", "How it shows"),
                   NC_("part heading for kids", "What you might notice") } },
  { "treatment", { NC_("part heading for parents", "How IR can help"),
                   NC_("part heading for kids", "How doctors can help") } },
  { "senses",    { NULL, NC_("part heading for kids", "What you will see, hear and feel") } },
  { "people",    { NULL, NC_("part heading for kids", "Who will be with you") } },
  { "helps",     { NULL, NC_("part heading for kids", "What helps") } },
};

int
ir_part_index_from_name (const char *name)
{
  /* The first letter rules out most: this runs for every member of every
   * body, when validating and again when building. */
  for (int i = 0; i < IR_N_PARTS; i++)
    if (name[0] == parts[i].name[0] && strcmp (name, parts[i].name) == 0)
      return i;

  return -1;
}

const char *
ir_part_index_to_name (int index)
{
  g_return_val_if_fail (index >= 0 && index < IR_N_PARTS, NULL);

  return parts[index].name;
}

const char *
ir_part_index_heading (int        index,
                       IrAudience audience)
{
  const char *heading;

  g_return_val_if_fail (index >= 0 && index < IR_N_PARTS, NULL);

  heading = parts[index].headings[audience];
  if (heading != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE,
                         audience == IR_AUDIENCE_KIDS ? "part heading for kids" : "part heading for parents",
                         heading);

  audience = audience == IR_AUDIENCE_KIDS ? IR_AUDIENCE_PARENTS : IR_AUDIENCE_KIDS;
  return ir_part_index_heading (index, audience);
}

#define PART(p) (1u << IR_PART_##p)

guint
ir_part_required_mask (IrTopicKind kind,
                       IrAudience  audience)
{
  switch (kind)
    {
    case IR_TOPIC_KIND_PROCEDURE:
      if (audience == IR_AUDIENCE_PARENTS)
        return PART (WHAT) | PART (WHY) | PART (PREPARE) | PART (DURING) |
               PART (AFTER) | PART (RISKS) | PART (QUESTIONS);
      return PART (WHAT) | PART (SENSES) | PART (PEOPLE) | PART (HELPS);

    case IR_TOPIC_KIND_CONDITION:
      return PART (WHAT) | PART (SIGNS) | PART (TREATMENT);

    case IR_TOPIC_KIND_OVERVIEW:
    case IR_TOPIC_KIND_IMAGING:
    case IR_TOPIC_KIND_BENEFIT:
    default:
      return PART (WHAT);
    }
}

static const char * const fact_names[IR_N_FACTS] = { "sedation", "duration", "recovery" };

int
ir_fact_index_from_name (const char *name)
{
  for (int i = 0; i < IR_N_FACTS; i++)
    if (g_strcmp0 (name, fact_names[i]) == 0)
      return i;

  return -1;
}

const char *
ir_fact_index_to_name (int index)
{
  g_return_val_if_fail (index >= 0 && index < IR_N_FACTS, NULL);

  return fact_names[index];
}

/* Nothing but white space, by Unicode's measure: a no-break space alone
 * would make an invisible heading or link. @text is valid UTF-8. */
gboolean
ir_content_is_blank (const char *text,
                     gsize       len)
{
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Lowercase ASCII letters and digits in dash-separated runs: ids appear in
 * URIs, file names and GSettings, so they stay boring. */
gboolean
ir_content_is_valid_id (const char *id)
{
  gboolean after_dash = TRUE;

  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

/* gettext's header entry is the translation of "": when it is empty, the
 * app has no catalog for this language and every lookup would return its
 * msgid, so loading skips tens of thousands of them. */
gboolean
ir_content_translations_available (void)
{
  const char *header = g_dgettext (GETTEXT_PACKAGE, "");

  return header != NULL && *header != '\0';
}

const char *
ir_content_translate (gboolean    enabled,
                      GString    *context,
                      const char *msgid)
{
  if (!enabled)
    return msgid;

  return g_dpgettext2 (GETTEXT_PACKAGE, context->str, msgid);
}
