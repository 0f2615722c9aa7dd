/* ir-content-loader.c: reading a bundle's files, parsed on threads when big
 *
 * Copyright 2026 The IR Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "ir-content-private.h"

/* Parsing ---------------------------------------------------------------- */

typedef struct
{
  char          *name;
  GBytes        *bytes;
  GPtrArray     *problems;  /* this file's, merged in file order */
  IrContentFile *file;
} ParseJob;

typedef struct
{
  GPtrArray *jobs;
  gint       next;          /* atomic: the next job to take */
} ParseQueue;

static void
parse_job_free (ParseJob *job)
{
  g_free (job->name);
  g_bytes_unref (job->bytes);
  g_ptr_array_unref (job->problems);
  ir_content_file_free (job->file);
  g_free (job);
}

static void
add_job (GPtrArray  *jobs,
         const char *name,
         GBytes     *bytes)
{
  ParseJob *job = g_new0 (ParseJob, 1);

  job->name = g_strdup (name);
  job->bytes = g_bytes_ref (bytes);
  job->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_problem_free);
  g_ptr_array_add (jobs, job);
}

static gpointer
parse_jobs (gpointer data)
{
  ParseQueue *queue = data;
  guint i;

  while ((i = (guint) g_atomic_int_add (&queue->next, 1)) < queue->jobs->len)
    {
      ParseJob *job = g_ptr_array_index (queue->jobs, i);

      job->file = ir_content_parse (job->name, job->bytes, job->problems);
    }

  return NULL;
}

/* Parses every job, on as many threads as there are processors when the
 * files are big enough to be worth it (parsers share nothing),
 * and returns the files and problems in job order, as one thread would. */
static void
parse_all (GPtrArray *jobs,
           gboolean   threaded,
           GPtrArray *files,
           GPtrArray *problems)
{
  ParseQueue queue = { jobs, 0 };
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  gsize total = 0;
  guint n_threads;

  for (guint i = 0; i < jobs->len; i++)
    total += g_bytes_get_size (((ParseJob *) g_ptr_array_index (jobs, i))->bytes);
  n_threads = !threaded || total < IR_CONTENT_THREAD_MIN_BYTES ? 1 : MIN (jobs->len, g_get_num_processors ());

  /* A thread that cannot be made leaves more jobs to the others. */
  for (guint i = 1; i < n_threads; i++)
    {
      GThread *thread = g_thread_try_new ("ir-content-parse", parse_jobs, &queue, NULL);

      if (thread != NULL)
        g_ptr_array_add (threads, thread);
    }
  parse_jobs (&queue);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  for (guint i = 0; i < jobs->len; i++)
    {
      ParseJob *job = g_ptr_array_index (jobs, i);

      g_ptr_array_add (files, g_steal_pointer (&job->file));
      g_ptr_array_extend_and_steal (problems, g_steal_pointer (&job->problems));
      job->problems = g_ptr_array_new ();
    }
}

/* Reading ----------------------------------------------------------------- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static GPtrArray *
json_names (char **names)
{
  GPtrArray *found = g_ptr_array_new ();

  /* Hidden files are an editor's or another system's: macOS leaves a
   * "._10-topics.json" of binary metadata beside each file it copies. */
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".json") && names[i][0] != '.')
      g_ptr_array_add (found, names[i]);
  g_ptr_array_sort (found, compare_names);

  return found;
}

static void
read_resource (const char *dir,
               GPtrArray  *jobs,
               GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, &error);
  g_autoptr(GPtrArray) names = NULL;

  if (children == NULL)
    {
      ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, dir, "$",
                              "cannot list the content resources: %s", error->message);
      return;
    }

  names = json_names (children);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_path ("/", dir, names->pdata[i], NULL);
      g_autofree char *uri = g_strconcat ("resource://", path, NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);

      if (bytes == NULL)
        {
          ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, uri, "$",
                                  "cannot read: %s", error->message);
          g_clear_error (&error);
          continue;
        }
      add_job (jobs, uri, bytes);
    }
}

static void
read_file (const char *name,
           GPtrArray  *jobs,
           GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf info;
  char *data;
  gsize len;

  /* A pipe or device named *.json would never end, or never start. (A
   * failed stat is left to the read, which says why.) */
  if (g_stat (name, &info) == 0)
    {
      if (!S_ISREG (info.st_mode))
        {
          ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, name, "$", "not a regular file");
          return;
        }
      if (info.st_size > IR_CONTENT_MAX_FILE_BYTES)
        {
          ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, name, "$",
                                  "%" G_GINT64_FORMAT " bytes, more than the %d MiB any bundle file needs",
                                  (gint64) info.st_size, IR_CONTENT_MAX_FILE_BYTES >> 20);
          return;
        }
    }

  if (!g_file_get_contents (name, &data, &len, &error))
    {
      ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, name, "$",
                              "cannot read: %s", error->message);
      return;
    }
  /* It may have grown since. */
  if (len > IR_CONTENT_MAX_FILE_BYTES)
    {
      g_free (data);
      ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, name, "$",
                              "%" G_GSIZE_FORMAT " bytes, more than the %d MiB any bundle file needs",
                              len, IR_CONTENT_MAX_FILE_BYTES >> 20);
      return;
    }

  bytes = g_bytes_new_take (data, len);
  add_job (jobs, name, bytes);
}

static void
read_directory (const char *dir_name,
                GPtrArray  *jobs,
                GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, &error);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (dir == NULL)
    {
      ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, dir_name, "$",
                              "cannot read: %s", error->message);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (all, g_strdup (name));
  g_ptr_array_add (all, NULL);

  names = json_names ((char **) all->pdata);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_name, names->pdata[i], NULL);

      read_file (path, jobs, problems);
    }
}

/* Every file of a bundle, parsed, in the order the app reads them. A file
 * that fails to parse is still returned (without a parser) so that the
 * other files are still checked. */
GPtrArray *
ir_content_read (const char *location,
                 gboolean    is_resource,
                 gboolean    threaded,
                 GPtrArray  *problems)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) ir_content_file_free);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) parse_job_free);
  guint n_problems = problems->len;

  /* Reading problems come first, as they did when each file was parsed as
   * soon as it was read; the sort by file makes the order moot anyway. */
  if (is_resource)
    read_resource (location, jobs, problems);
  else if (g_file_test (location, G_FILE_TEST_IS_DIR))
    read_directory (location, jobs, problems);
  else
    read_file (location, jobs, problems);
  parse_all (jobs, threaded, files, problems);

  if (files->len == 0 && problems->len == n_problems)
    ir_content_add_problem (problems, IR_CONTENT_ERROR_FAILED, location, "$",
                            "the bundle has no *.json files");

  return files;
}
