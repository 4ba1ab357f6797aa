/* notes_write.h - write results back: the output column and the
 * clinclean_results row of a note in the same transaction, batched.
 *
 * Records are buffered in memory and written in one short BEGIN IMMEDIATE
 * ... COMMIT every batch_rows records or batch_ms milliseconds (whichever
 * comes first), so the write lock is held for milliseconds, not while the
 * model works, and other writers of the database keep going.  A kill at any
 * moment loses at most the buffered records, never half a row: the output
 * column, the result row and the run counters commit together.  The source
 * column is never written. */
#ifndef CLINCLEAN_NOTES_WRITE_H
#define CLINCLEAN_NOTES_WRITE_H

#include <stdbool.h>

#include "notes_scan.h"

typedef enum {
    CC_RESULT_OK = 0,     /* cleaned text written */
    CC_RESULT_REVIEW,     /* cleaned text written, a check wants a human to look */
    CC_RESULT_SKIPPED,    /* nothing to clean (NULL, empty, white space); output NULL */
    CC_RESULT_ERROR,      /* could not be cleaned; output NULL; reasons say why */
} cc_result_status;

const char *cc_result_status_name(cc_result_status s);

typedef struct {
    cc_result_status status; /* see above */
    const char *reasons;     /* JSON array text (NULL = "[]") */
    const char *output;      /* cleaned text, for OK / REVIEW (else ignored) */
    size_t output_len;       /* bytes in output */
    bool column_null;        /* leave the output column NULL (--on-flag null); output_text still keeps it */
    const char *source_copy; /* source text to keep in clinclean_results, or NULL */
    size_t source_copy_len;  /* bytes in source_copy */
    int32_t prompt_tokens;   /* summed over chunks */
    int32_t output_tokens;   /* summed over chunks */
    const char *finish;      /* "eos" | "stop" | "length" | "error" | "skipped" */
    int32_t chunks;          /* chunks the note was cleaned in (0 when not sent to the model) */
    double elapsed_ms;       /* model time summed over chunks */
} cc_result_fields;

typedef struct {
    const char *table;        /* unquoted source table */
    const char *out_col;      /* unquoted output column */
    const cc_table_ref *ref;  /* quoted names */
    int64_t run_id;           /* clinclean_runs row */
    const char *model_hash;   /* hex */
    const char *config_hash;  /* hex */
    int batch_rows;           /* commit after this many records (default 64) */
    int batch_ms;             /* ... or this long after the first buffered one (default 2000) */
} cc_writer_spec;

typedef struct {
    cc_run_counts committed;  /* counters of what is committed */
    int64_t commits;          /* transactions committed */
    int64_t vanished;         /* rows deleted (or re-keyed) between read and write: not written */
} cc_writer_stats;

typedef struct cc_writer cc_writer;

cc_status cc_writer_open(cc_db *d, const cc_writer_spec *spec, cc_writer **out, cc_error *err);
/* Buffer one record; row is moved into the writer (cleared on return), the
 * strings in f are copied.  May commit (see above). */
cc_status cc_writer_add(cc_writer *w, cc_note_row *row, const cc_result_fields *f, cc_error *err);
/* Count rows passed over as unchanged (committed with the next batch). */
void cc_writer_add_unchanged(cc_writer *w, int64_t n);
/* Commit if batch_ms has passed since the first buffered record. */
cc_status cc_writer_tick(cc_writer *w, cc_error *err);
/* Commit everything buffered now. */
cc_status cc_writer_flush(cc_writer *w, cc_error *err);
size_t cc_writer_pending(const cc_writer *w);
const cc_writer_stats *cc_writer_stats_get(const cc_writer *w);
/* Free; buffered records that were not flushed are dropped. */
void cc_writer_close(cc_writer *w);

#endif
