/* job.h - the run loop of `clinclean run`: stream rows out of the database,
 * prepare them (decode, repair, split), submit them to a cc_rewriter, collect
 * the rewrites in any order, join chunks, let a guard judge them (on a worker
 * thread, overlapping the engine), and write
 * results back in batched transactions; with signal handling, progress and a
 * summary.  Knows nothing about which engine is behind the cc_rewriter. */
#ifndef CLINCLEAN_JOB_H
#define CLINCLEAN_JOB_H

#include <signal.h>
#include <stdio.h>

#include "notes_write.h"
#include "progress.h"
#include "rewriter.h"
#include "text_chunk.h"
#include "text_prep.h"

/* Exit codes of `clinclean run` (commands return them, main.c exits with them). */
#define CC_EXIT_OK 0          /* every row ok, skipped or unchanged */
#define CC_EXIT_FAILURE 1     /* the run could not complete (database, engine, ...) */
#define CC_EXIT_USAGE 2       /* bad command line */
#define CC_EXIT_ATTENTION 3   /* completed, but some rows need review or are in error */
#define CC_EXIT_INTERRUPTED 4 /* stopped by SIGINT/SIGTERM after committing what was done; rerun to finish */

/* What a guard concluded about one cleaned note.  (Named "outcome" so it does
 * not clash with the guard module's own cc_guard_verdict enum.) */
typedef struct {
    bool needs_review; /* true: status needs_review instead of ok */
    bool drop_output;  /* true: leave the output column NULL (--on-flag null); the text still goes to
                          clinclean_results.output_text for the reviewer */
    char *reasons;     /* malloc'd JSON array of findings to record (may be NULL); the job frees it.
                          Source spans refer to src as passed to the guard (the prepared text). */
} cc_guard_outcome;

/* Judge a cleaned note (all chunks joined) against the text the model saw.
 * finish is "eos" | "stop" | "length" ("length" when any chunk was cut off).
 * Returning an error marks that row 'error' (with the message); the run goes on.
 * It is called on the job's worker thread (one row at a time, while the job's own thread drives
 * the engine; on the job's thread only if no thread could be started), so it must touch only
 * its arguments and read-only state.  The faithfulness guard (host/guard.h) fits through a five-line adapter:
 * cc_guard_check(src, src_len, out, out_len, finish, &res, err), then
 * needs_review = res.verdict == CC_GUARD_REVIEW, reasons = cc_guard_reasons_json(&res). */
typedef cc_status (*cc_guard_fn)(void *ctx, const char *src, size_t src_len, const char *out, size_t out_len,
                                 const char *finish, cc_guard_outcome *outcome, cc_error *err);

typedef struct {
    cc_db *db;                  /* open database (cc_db_open) */
    const char *table;          /* source table (unquoted, validated by the job) */
    const char *id_col;         /* id column */
    const char *text_col;       /* source column (never written) */
    const char *out_col;        /* output column (added when missing) */
    const char *where;          /* --where or NULL */
    uint32_t shard_k, shard_n;  /* --shard K/N (n = 0: none) */
    int64_t limit;              /* --limit (< 0: none) */
    bool full;                  /* --full: redo every row */
    cc_text_codec codec;        /* --text-codec for BLOB values */
    size_t blob_max;            /* cap on a decoded BLOB (0: CC_BLOB_MAX_DECODED) */
    bool utf8_reject;           /* --invalid-utf8 reject: error rows instead of U+FFFD repair */
    bool keep_source;           /* copy the source into clinclean_results.source_text */
    const cc_run_desc *run;     /* bookkeeping: model path/hash, config/prompt hash, device */
    cc_rewriter *rw;            /* the engine (borrowed) */
    cc_guard_fn guard;          /* NULL: every cleaned note is ok */
    void *guard_ctx;            /* passed to guard */
    bool guard_inline;          /* judge on the job's own thread instead of its worker (benchmarks: bench_job) */
    int max_inflight;           /* rows in flight at once (default 64) */
    int batch_rows;             /* commit every N results (default 64) */
    int batch_ms;               /* ... or T ms (default 2000) */
    cc_progress_mode progress;  /* progress display */
    FILE *progress_out;         /* where progress goes (NULL: stderr) */
    double progress_every_s;    /* plain-line interval (default 5 s) */
} cc_job_spec;

typedef struct {
    int64_t run_id;             /* clinclean_runs row (0 for a dry run) */
    int64_t total_rows;         /* rows matching --where (before sharding) */
    int64_t rows_ok, rows_review, rows_skipped, rows_error; /* results committed by this run */
    int64_t rows_unchanged;     /* passed over by the incremental rule */
    int64_t rows_other_shard;   /* belonging to other shards */
    int64_t rows_vanished;      /* deleted while being cleaned (not written) */
    int64_t chunks;             /* model requests (a split note counts each chunk) */
    int64_t split_rows;         /* notes split into more than one chunk */
    int64_t prompt_tokens;      /* summed over committed results */
    int64_t output_tokens;      /* summed over committed results */
    double elapsed_s;           /* wall time of the run */
    bool interrupted;           /* stopped by a signal (or cc_job_request_stop) */
    char status[16];            /* "done" | "interrupted" | "failed" */
    char unfinished_before[256];/* JSON array of earlier runs left 'running' */
    /* dry run only */
    bool dry_run;               /* this summary is an estimate */
    bool tokens_estimated;      /* no tokenizer: counts are a byte/word estimate */
    int64_t input_tokens;       /* tokens of the notes that would be sent */
    double est_tok_per_s;       /* throughput used for the estimate (0: no history) */
    double est_seconds;         /* estimated run time (0: unknown) */
} cc_job_summary;

/* Run the job.  Returns CC_OK when it completed or was interrupted (see
 * sum->interrupted); any failure still commits what was finished and marks
 * the run 'failed'. */
cc_status cc_job_run(const cc_job_spec *spec, cc_job_summary *sum, cc_error *err);
/* Count what a run would process, without writing to the user's table and
 * without the model: rows, chunks and tokens (spec->rw may be NULL: then a
 * labelled byte/word estimate is used), and a time estimate from the output
 * throughput of earlier runs recorded in clinclean_runs. */
cc_status cc_job_dry_run(const cc_job_spec *spec, cc_job_summary *sum, cc_error *err);

/* SIGINT/SIGTERM set a flag the loop checks (a second signal kills the process
 * the default way); install before cc_job_run. */
void cc_job_install_signals(void);
void cc_job_request_stop(void);
void cc_job_clear_stop(void);

int cc_job_exit_code(cc_status st, const cc_job_summary *sum);
/* One line: "clinclean: run 12 done in 3.2 s: 50 rows: 45 ok, ...". */
void cc_job_print_summary(FILE *f, const cc_job_summary *sum);
/* The summary as one JSON object (malloc'd; caller frees). */
char *cc_job_summary_json(const cc_job_summary *sum);

#endif
