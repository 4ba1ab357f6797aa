/* job.c - the run loop of `clinclean run` (see job.h). */
#include "job.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "note_prep.h"
#include "text_chunk.h"

/* ================================================================ signals */

/* The one piece of global state: a signal handler can only reach a global. */
static volatile sig_atomic_t g_stop = 0;

/* First SIGINT/SIGTERM: finish gracefully (commit, mark interrupted).  A second
 * one: the user insists, so die the default way; committed rows are safe anyway. */
static void on_signal(int sig) {
    if (g_stop) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    g_stop = sig;
}

void cc_job_install_signals(void) {
    g_stop = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocking poll should return early */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

void cc_job_request_stop(void) { g_stop = SIGTERM; }
void cc_job_clear_stop(void) { g_stop = 0; }

/* ================================================================ rows in flight */

typedef struct {
    bool used;                /* slot holds a row */
    cc_note_row row;          /* the row (owned) */
    char *text;               /* prepared text the model sees (owned) */
    size_t len;               /* bytes */
    cc_chunk *chunks;         /* chunks of text (owned) */
    size_t n_chunks;          /* count */
    size_t n_submitted;       /* chunks handed to the rewriter */
    size_t n_done;            /* chunks whose result came back (or that failed to submit) */
    char **outs;              /* per-chunk outputs (owned) */
    size_t *out_lens;         /* per-chunk output bytes */
    bool *got;                /* per-chunk: result arrived */
    json_t *reasons;          /* JSON array (owned) */
    int32_t prompt_tokens;    /* summed */
    int32_t output_tokens;    /* summed */
    double elapsed_ms;        /* summed */
    bool failed;              /* a chunk failed */
    bool truncated;           /* a chunk hit max_new_tokens */
    cc_finish_reason finish;  /* last finish reason */
    cc_split_level level;     /* finest boundary the split needed */
} slot;

static void slot_clear(slot *s) {
    cc_note_row_clear(&s->row);
    free(s->text);
    for (size_t i = 0; s->outs && i < s->n_chunks; i++) free(s->outs[i]);
    free(s->outs);
    free(s->out_lens);
    free(s->got);
    free(s->chunks);
    json_decref(s->reasons);
    memset(s, 0, sizeof *s);
}

/* A finished row on its way to the writer: what the slot held, the joined rewrite, and (once
 * judged) the guard's outcome.  Moved out of its slot, so the slot takes a new row at once. */
typedef struct judged {
    struct judged *next;      /* queue link */
    cc_note_row row;          /* the row (owned) */
    char *text;               /* prepared text (owned) */
    size_t len;               /* bytes */
    char *joined;             /* the joined rewrite (owned), NULL for error rows */
    size_t jn;                /* bytes */
    json_t *reasons;          /* JSON array (owned; touched by the main thread only) */
    cc_result_status status;  /* before the guard */
    bool failed;              /* a chunk failed: an error row, never judged */
    const char *finish;       /* finish reason name */
    int32_t prompt_tokens, output_tokens, chunks; /* summed over chunks */
    double elapsed_ms;        /* summed */
    bool judge;               /* the guard must run */
    cc_status gs;             /* the guard's status */
    cc_guard_outcome v;       /* its outcome (v.reasons owned) */
    cc_error ge;              /* its error */
} judged;

/* The guard's worker thread: rows are judged while the main thread drives the engine, so the
 * guard adds no wall time unless it is slower than the engine (bench/bench_guard: ~90 us a
 * row, 2% of a row at the H200's 235 rows/s, docs/PERF.md).  todo -> worker -> done -> main. */
typedef struct {
    pthread_t th;             /* the worker */
    bool started;             /* th is running */
    pthread_mutex_t mu;       /* guards everything below */
    pthread_cond_t cv_work;   /* todo gained a row, or quit */
    pthread_cond_t cv_done;   /* done gained a row */
    judged *todo, *todo_tail; /* waiting rows, FIFO */
    judged *done, *done_tail; /* judged rows, FIFO */
    int n_out;                /* rows in todo, being judged, or in done */
    bool quit;                /* the worker stops when todo is empty */
    cc_guard_fn guard;        /* the spec's guard */
    void *guard_ctx;          /* ... and its context */
} judge_pool;

typedef struct {
    const cc_job_spec *sp;    /* the spec */
    cc_prep_opts prep;        /* preparation options taken from the spec */
    cc_writer *w;             /* result writer */
    slot *slots;              /* max_inflight slots */
    int n_slots;              /* count */
    int used;                 /* slots in use */
    int64_t finished;         /* rows handed to the writer */
    int64_t chunks, split_rows; /* counters */
    judge_pool *jp;           /* the guard's worker, or NULL (no guard, or no thread) */
} loop_state;

static const char *finish_name(cc_finish_reason f) {
    switch (f) {
    case CC_FINISH_EOS: return "eos";
    case CC_FINISH_STOP: return "stop";
    case CC_FINISH_LENGTH: return "length";
    default: return "error";
    }
}

/* Hand a row that never reaches the model (skipped / error) to the writer. */
static cc_status write_direct(loop_state *ls, cc_note_row *row, cc_result_status status, json_t *reasons,
                              cc_error *err) {
    char *rj = json_dumps(reasons, JSON_COMPACT);
    cc_result_fields f = {.status = status, .reasons = rj, .finish = status == CC_RESULT_SKIPPED ? "skipped" : "error",
                          .chunks = 0};
    if (ls->sp->keep_source && row->type != SQLITE_NULL && row->type != SQLITE_BLOB)
        f.source_copy = row->data, f.source_copy_len = row->len;
    cc_status st = rj ? cc_writer_add(ls->w, row, &f, err) : cc_fail(err, CC_ERR_NOMEM, "out of memory");
    free(rj);
    ls->finished++;
    return st;
}

static void judged_free(judged *j) {
    if (!j) return;
    cc_note_row_clear(&j->row);
    free(j->text);
    free(j->joined);
    json_decref(j->reasons);
    free(j->v.reasons);
    free(j);
}

/* Run the guard on one row (any thread: it touches only the row's own texts and outcome). */
static void judge_one(cc_guard_fn guard, void *ctx, judged *j) {
    j->gs = guard(ctx, j->text, j->len, j->joined, j->jn, j->finish, &j->v, &j->ge);
}

static void *judge_worker(void *arg) {
    judge_pool *jp = arg;
    pthread_mutex_lock(&jp->mu);
    for (;;) {
        while (!jp->todo && !jp->quit) pthread_cond_wait(&jp->cv_work, &jp->mu);
        if (!jp->todo) break; /* quit, nothing left */
        judged *j = jp->todo;
        jp->todo = j->next;
        if (!jp->todo) jp->todo_tail = NULL;
        j->next = NULL;
        pthread_mutex_unlock(&jp->mu);
        judge_one(jp->guard, jp->guard_ctx, j);
        pthread_mutex_lock(&jp->mu);
        if (jp->done_tail) jp->done_tail->next = j;
        else jp->done = j;
        jp->done_tail = j;
        pthread_cond_signal(&jp->cv_done);
    }
    pthread_mutex_unlock(&jp->mu);
    return NULL;
}

/* Start the worker; false (and nothing to free) when a thread cannot be had: rows are then
 * judged on the main thread, as before. */
static bool judge_start(judge_pool *jp, cc_guard_fn guard, void *ctx) {
    memset(jp, 0, sizeof *jp);
    jp->guard = guard;
    jp->guard_ctx = ctx;
    if (pthread_mutex_init(&jp->mu, NULL) != 0) return false;
    if (pthread_cond_init(&jp->cv_work, NULL) != 0) {
        pthread_mutex_destroy(&jp->mu);
        return false;
    }
    if (pthread_cond_init(&jp->cv_done, NULL) != 0) {
        pthread_cond_destroy(&jp->cv_work);
        pthread_mutex_destroy(&jp->mu);
        return false;
    }
    /* the worker inherits a mask without SIGINT / SIGTERM, so they reach the job's thread, which
     * stops the run gracefully (on_signal) */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    const int rc = pthread_create(&jp->th, NULL, judge_worker, jp);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        pthread_cond_destroy(&jp->cv_done);
        pthread_cond_destroy(&jp->cv_work);
        pthread_mutex_destroy(&jp->mu);
        return false;
    }
    jp->started = true;
    return true;
}

/* Stop the worker after what it holds is judged, and free every row not yet taken. */
static void judge_stop(judge_pool *jp) {
    if (!jp->started) return;
    pthread_mutex_lock(&jp->mu);
    jp->quit = true;
    pthread_cond_signal(&jp->cv_work);
    pthread_mutex_unlock(&jp->mu);
    pthread_join(jp->th, NULL);
    for (judged *j = jp->done; j;) {
        judged *n = j->next;
        judged_free(j);
        j = n;
    }
    pthread_cond_destroy(&jp->cv_done);
    pthread_cond_destroy(&jp->cv_work);
    pthread_mutex_destroy(&jp->mu);
    jp->started = false;
}

/* The guard's outcome into the row's status and reasons, then the row to the writer; frees j. */
static cc_status write_judged(loop_state *ls, judged *j, cc_error *err) {
    cc_status st = CC_OK;
    char *rj = NULL;
    cc_result_status status = j->status;
    bool column_null = false;
    if (j->judge) {
        if (j->gs != CC_OK) {
            status = CC_RESULT_ERROR;
            cc_reason_add(j->reasons, "guard", j->ge.msg[0] ? j->ge.msg : cc_status_name(j->gs));
        } else {
            if (j->v.needs_review && status == CC_RESULT_OK) status = CC_RESULT_REVIEW;
            column_null = j->v.drop_output;
            if (j->v.reasons) {
                json_t *more = json_loads(j->v.reasons, 0, NULL);
                if (json_is_array(more)) json_array_extend(j->reasons, more);
                else cc_reason_add(j->reasons, "guard", "unparseable_reasons");
                json_decref(more);
            }
        }
    }
    rj = json_dumps(j->reasons, JSON_COMPACT);
    if (!rj) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    cc_result_fields f = {.status = status,
                          .reasons = rj,
                          .output = status == CC_RESULT_ERROR ? NULL : j->joined,
                          .output_len = j->jn,
                          .column_null = column_null,
                          .prompt_tokens = j->prompt_tokens,
                          .output_tokens = j->output_tokens,
                          .finish = j->finish,
                          .chunks = j->chunks,
                          .elapsed_ms = j->elapsed_ms};
    if (ls->sp->keep_source) {
        bool raw = j->row.type != SQLITE_BLOB;
        f.source_copy = raw ? j->row.data : j->text;
        f.source_copy_len = raw ? j->row.len : j->len;
    }
    st = cc_writer_add(ls->w, &j->row, &f, err);
    ls->finished++;
done:
    free(rj);
    judged_free(j);
    return st;
}

/* Write the rows the worker has judged; with wait_all, first wait until it holds none.
 * Stops at the first write error (the rest stay queued and are freed by judge_stop). */
static cc_status judge_drain(loop_state *ls, bool wait_all, cc_error *err) {
    judge_pool *jp = ls->jp;
    if (!jp) return CC_OK;
    for (;;) {
        pthread_mutex_lock(&jp->mu);
        if (wait_all)
            while (!jp->done && jp->n_out > 0) pthread_cond_wait(&jp->cv_done, &jp->mu);
        judged *list = jp->done;
        jp->done = jp->done_tail = NULL;
        int left = jp->n_out;
        for (judged *j = list; j; j = j->next) left--;
        jp->n_out = left;
        pthread_mutex_unlock(&jp->mu);
        cc_status st = CC_OK;
        while (list) {
            judged *j = list;
            list = j->next;
            if (st == CC_OK) st = write_judged(ls, j, err);
            else judged_free(j);
        }
        if (st != CC_OK) return st;
        if (!wait_all || left == 0) return CC_OK;
    }
}

/* Hand a row to the worker; when it already holds a slot's worth of rows, write what it has
 * judged first (waiting for one when none is ready), so memory stays bounded. */
static cc_status judge_submit(loop_state *ls, judged *j, cc_error *err) {
    judge_pool *jp = ls->jp;
    pthread_mutex_lock(&jp->mu);
    bool full = jp->n_out >= ls->n_slots;
    pthread_mutex_unlock(&jp->mu);
    if (full) {
        pthread_mutex_lock(&jp->mu);
        while (!jp->done) pthread_cond_wait(&jp->cv_done, &jp->mu);
        pthread_mutex_unlock(&jp->mu);
        cc_status st = judge_drain(ls, false, err);
        if (st != CC_OK) {
            judged_free(j);
            return st;
        }
    }
    pthread_mutex_lock(&jp->mu);
    if (jp->todo_tail) jp->todo_tail->next = j;
    else jp->todo = j;
    jp->todo_tail = j;
    jp->n_out++;
    pthread_cond_signal(&jp->cv_work);
    pthread_mutex_unlock(&jp->mu);
    return CC_OK;
}

/* All chunks of a slot are back: join, free the slot, judge (on the worker when there is one)
 * and write. */
static cc_status finish_slot(loop_state *ls, slot *s, cc_error *err) {
    cc_status st = CC_OK;
    judged *j = calloc(1, sizeof *j);
    if (!j) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (s->n_chunks > 1) {
        cc_reason_add(s->reasons, "length", "split");
        json_object_set_new(cc_reason_last(s->reasons), "chunks", json_integer((json_int_t)s->n_chunks));
        json_object_set_new(cc_reason_last(s->reasons), "boundary", json_string(cc_split_level_name(s->level)));
    }
    j->status = CC_RESULT_OK;
    j->failed = s->failed;
    j->finish = s->failed ? "error" : finish_name(s->truncated ? CC_FINISH_LENGTH : s->finish);
    if (s->failed) {
        j->status = CC_RESULT_ERROR;
    } else {
        if ((st = cc_text_join(s->text, s->chunks, s->n_chunks, s->outs, s->out_lens, &j->joined, &j->jn, err)) !=
            CC_OK)
            goto done;
        if (s->truncated) {
            j->status = CC_RESULT_REVIEW;
            cc_reason_add(s->reasons, "model", "output_truncated");
        }
        if (cc_text_is_blank(j->joined, j->jn)) {
            j->status = CC_RESULT_REVIEW;
            cc_reason_add(s->reasons, "model", "empty_output");
        }
        j->judge = ls->sp->guard != NULL;
    }
    /* move what the writer needs out of the slot */
    j->row = s->row;
    memset(&s->row, 0, sizeof s->row);
    j->text = s->text;
    j->len = s->len;
    s->text = NULL;
    j->reasons = s->reasons;
    s->reasons = NULL;
    j->prompt_tokens = s->prompt_tokens;
    j->output_tokens = s->output_tokens;
    j->chunks = (int32_t)s->n_chunks;
    j->elapsed_ms = s->elapsed_ms;
    slot_clear(s);
    ls->used--;
    if (j->judge && ls->jp) return judge_submit(ls, j, err);
    if (j->judge) judge_one(ls->sp->guard, ls->sp->guard_ctx, j);
    return write_judged(ls, j, err);
done:
    judged_free(j);
    slot_clear(s);
    ls->used--;
    return st;
}

/* Mark chunk ci of slot si failed with msg (result or submit failure). */
static void chunk_failed(slot *s, size_t ci, const char *msg) {
    if (!s->failed) {
        cc_reason_add(s->reasons, "model", msg);
        json_object_set_new(cc_reason_last(s->reasons), "chunk", json_integer((json_int_t)ci));
    }
    s->failed = true;
}

/* Submit the slot's remaining chunks; *queue_full when the rewriter is full. */
static cc_status submit_slot(loop_state *ls, int si, bool *queue_full, cc_error *err) {
    slot *s = &ls->slots[si];
    cc_rewriter *rw = ls->sp->rw;
    while (s->n_submitted < s->n_chunks && !s->failed) {
        size_t ci = s->n_submitted;
        uint64_t tag = (uint64_t)si << 32 | (uint64_t)ci;
        cc_error e = {0};
        cc_status st = rw->submit(rw->ctx, tag, s->text + s->chunks[ci].off, s->chunks[ci].len, &e);
        if (st == CC_ERR_RANGE) {
            *queue_full = true;
            return CC_OK;
        }
        s->n_submitted++;
        ls->chunks++;
        if (st != CC_OK) { /* this note cannot be submitted: an error row, the run goes on */
            chunk_failed(s, ci, e.msg[0] ? e.msg : cc_status_name(st));
            s->n_done++;
        }
    }
    if (s->failed && s->n_done == s->n_submitted) { /* nothing of it left in the engine */
        s->n_chunks = s->n_submitted;
        return finish_slot(ls, s, err);
    }
    return CC_OK;
}

static cc_status count_cb(void *ctx, const char *t, size_t n, int32_t *out, cc_error *err) {
    cc_rewriter *rw = ctx;
    return rw->count_tokens(rw->ctx, t, n, out, err);
}

/* Take a row: prepare it and either write it directly or put it in a slot. */
static cc_status admit_row(loop_state *ls, cc_note_row *row, bool *queue_full, cc_error *err) {
    cc_status st = CC_OK;
    json_t *reasons = json_array();
    char *text = NULL;
    size_t len = 0;
    cc_prep_kind kind;
    if (!reasons) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    if ((st = cc_note_prepare(&ls->prep, row, reasons, &kind, &text, &len, err)) != CC_OK) goto done;
    if (kind != CC_PREP_SEND) {
        st = write_direct(ls, row, kind == CC_PREP_SKIP ? CC_RESULT_SKIPPED : CC_RESULT_ERROR, reasons, err);
        goto done;
    }
    cc_rewriter *rw = ls->sp->rw;
    cc_chunk *chunks = NULL;
    size_t nch = 0;
    cc_split_level lvl;
    cc_error e = {0};
    cc_status ss = cc_text_split(text, len, rw->max_note_tokens(rw->ctx), count_cb, rw, &chunks, &nch, &lvl, &e);
    if (ss == CC_ERR_NOMEM) {
        st = cc_fail(err, ss, "%s", e.msg);
        goto done;
    }
    if (ss != CC_OK) {
        cc_reason_add(reasons, "length", "cannot_split");
        json_object_set_new(cc_reason_last(reasons), "message", cc_json_text(e.msg, strlen(e.msg)));
        st = write_direct(ls, row, CC_RESULT_ERROR, reasons, err);
        goto done;
    }
    int si = 0;
    while (ls->slots[si].used) si++; /* caller guarantees a free slot */
    slot *s = &ls->slots[si];
    memset(s, 0, sizeof *s);
    s->used = true;
    ls->used++;
    s->row = *row;
    memset(row, 0, sizeof *row);
    s->text = text;
    s->len = len;
    text = NULL;
    s->chunks = chunks;
    s->n_chunks = nch;
    s->reasons = reasons;
    reasons = NULL;
    s->outs = calloc(nch, sizeof *s->outs);
    s->out_lens = calloc(nch, sizeof *s->out_lens);
    s->got = calloc(nch, sizeof *s->got);
    if (!s->outs || !s->out_lens || !s->got) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    s->level = lvl;
    if (nch > 1) ls->split_rows++;
    st = submit_slot(ls, si, queue_full, err);
done:
    json_decref(reasons);
    free(text);
    return st;
}

/* Store one rewrite result into its slot; finish the slot when complete. */
static cc_status take_result(loop_state *ls, cc_rewrite_result *r, cc_error *err) {
    uint64_t si = r->tag >> 32, ci = r->tag & 0xFFFFFFFFu;
    if (si >= (uint64_t)ls->n_slots || !ls->slots[si].used || ci >= ls->slots[si].n_submitted ||
        ls->slots[si].got[ci]) {
        free(r->text);
        r->text = NULL;
        return cc_fail(err, CC_ERR_FORMAT, "rewriter returned an unknown or repeated tag %llu",
                       (unsigned long long)r->tag);
    }
    slot *s = &ls->slots[si];
    s->got[ci] = true;
    s->n_done++;
    s->prompt_tokens += r->prompt_tokens;
    s->output_tokens += r->output_tokens;
    s->elapsed_ms += r->elapsed_ms;
    if (r->status != CC_OK || r->finish == CC_FINISH_ERROR || !r->text) {
        chunk_failed(s, (size_t)ci, r->err[0] ? r->err : cc_status_name(r->status));
        free(r->text);
    } else {
        s->outs[ci] = r->text;
        s->out_lens[ci] = r->text_len;
        s->finish = r->finish;
        if (r->finish == CC_FINISH_LENGTH) s->truncated = true;
    }
    r->text = NULL;
    if (s->n_done == s->n_chunks || (s->failed && s->n_done == s->n_submitted)) {
        s->n_chunks = s->failed ? s->n_submitted : s->n_chunks;
        return finish_slot(ls, s, err);
    }
    return CC_OK;
}

/* ================================================================ the run */

static void fill_summary(cc_job_summary *sum, const cc_writer *w, const cc_scan *sc, const loop_state *ls) {
    if (w) {
        const cc_writer_stats *ws = cc_writer_stats_get(w);
        sum->rows_ok = ws->committed.ok;
        sum->rows_review = ws->committed.review;
        sum->rows_skipped = ws->committed.skipped;
        sum->rows_error = ws->committed.error;
        sum->prompt_tokens = ws->committed.prompt_tokens;
        sum->output_tokens = ws->committed.output_tokens;
        sum->rows_vanished = ws->vanished;
    }
    if (sc) {
        sum->rows_unchanged = cc_scan_stats_get(sc)->unchanged;
        sum->rows_other_shard = cc_scan_stats_get(sc)->other_shard;
    }
    if (ls) sum->chunks = ls->chunks, sum->split_rows = ls->split_rows;
}

static cc_status setup_table(const cc_job_spec *sp, bool add_col, cc_table_ref *ref, cc_error *err) {
    cc_status st = cc_table_resolve(sp->db, sp->table, sp->id_col, sp->text_col, sp->out_col, ref, err);
    if (st == CC_OK) st = cc_table_check_key(sp->db, ref, err);
    if (st == CC_OK && add_col) st = cc_table_add_out_col(sp->db, ref, err);
    return st;
}

cc_status cc_job_run(const cc_job_spec *sp, cc_job_summary *sum, cc_error *err) {
    cc_status st = CC_OK;
    cc_table_ref ref = {0};
    cc_scan *sc = NULL;
    cc_writer *w = NULL;
    loop_state ls = {.sp = sp, .prep = {.codec = sp->codec, .blob_max = sp->blob_max, .utf8_reject = sp->utf8_reject}};
    cc_rewrite_result *res = NULL;
    char *unfinished = NULL;
    cc_progress prog;
    judge_pool jp = {0};
    bool run_started = false;
    double t0 = cc_now_ms();
    memset(sum, 0, sizeof *sum);
    snprintf(sum->status, sizeof sum->status, "failed");
    snprintf(sum->unfinished_before, sizeof sum->unfinished_before, "[]");
    if (!sp->rw || !sp->run) return cc_fail(err, CC_ERR_INVALID, "job: no rewriter or run description");
    int32_t max_tok = sp->rw->max_note_tokens(sp->rw->ctx);
    if (max_tok < 8)
        return cc_fail(err, CC_ERR_INVALID, "engine: a note may take at most %d tokens: the context is too small",
                       max_tok);

    if ((st = setup_table(sp, true, &ref, err)) != CC_OK) goto done;
    if ((st = cc_scan_count(sp->db, &ref, sp->where, &sum->total_rows, err)) != CC_OK) goto done;
    cc_run_desc desc = *sp->run; /* bookkeeping uses the declared spelling of the names */
    desc.table = ref.table, desc.id_col = ref.id_col, desc.text_col = ref.text_col, desc.out_col = ref.out_col;
    if ((st = cc_runs_begin(sp->db, &desc, &sum->run_id, &unfinished, err)) != CC_OK) goto done;
    run_started = true;
    snprintf(sum->unfinished_before, sizeof sum->unfinished_before, "%s", unfinished);
    if (strcmp(unfinished, "[]") != 0)
        fprintf(sp->progress_out ? sp->progress_out : stderr,
                "clinclean: earlier runs %s over this table never finished (killed, or still running elsewhere); "
                "their committed rows are kept and the rest is done now\n",
                unfinished);
    cc_scan_spec ss = {.table = ref.table, .out_col = ref.out_col, .ref = &ref, .where = sp->where,
                       .shard_k = sp->shard_k, .shard_n = sp->shard_n, .limit = sp->limit, .full = sp->full,
                       .model_hash = sp->run->model_sha256, .config_hash = sp->run->config_hash};
    if ((st = cc_scan_open(sp->db, &ss, &sc, err)) != CC_OK) goto done;
    cc_writer_spec ws = {.table = ref.table, .out_col = ref.out_col, .ref = &ref, .run_id = sum->run_id,
                         .model_hash = sp->run->model_sha256, .config_hash = sp->run->config_hash,
                         .batch_rows = sp->batch_rows, .batch_ms = sp->batch_ms};
    if ((st = cc_writer_open(sp->db, &ws, &w, err)) != CC_OK) goto done;
    ls.w = w;
    ls.n_slots = sp->max_inflight > 0 ? sp->max_inflight : 64;
    ls.slots = calloc((size_t)ls.n_slots, sizeof *ls.slots);
    size_t res_cap = (size_t)ls.n_slots;
    res = calloc(res_cap, sizeof *res);
    if (!ls.slots || !res) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (sp->guard && !sp->guard_inline && judge_start(&jp, sp->guard, sp->guard_ctx)) ls.jp = &jp;
    int64_t expect = sum->total_rows;
    if (sp->shard_n > 1) expect = (expect + sp->shard_n - 1) / sp->shard_n;
    if (sp->limit >= 0 && sp->limit < expect) expect = sp->limit; /* --limit: the bar ends there */
    cc_progress_init(&prog, sp->progress, sp->progress_out, sp->progress_every_s, expect);

    bool scan_done = false;
    int64_t unchanged_reported = 0;
    cc_rewriter *rw = sp->rw;
    while (!g_stop) {
        bool queue_full = false;
        /* 1. chunks of rows admitted earlier that did not fit the queue */
        for (int i = 0; i < ls.n_slots && !queue_full; i++)
            if (ls.slots[i].used && ls.slots[i].n_submitted < ls.slots[i].n_chunks && !ls.slots[i].failed)
                if ((st = submit_slot(&ls, i, &queue_full, err)) != CC_OK) goto done;
        /* 2. new rows while there is room */
        while (!queue_full && !scan_done && ls.used < ls.n_slots && !g_stop) {
            cc_note_row row = {0};
            if ((st = cc_scan_next(sc, &row, &scan_done, err)) != CC_OK) goto done;
            if (scan_done) break;
            st = admit_row(&ls, &row, &queue_full, err);
            cc_note_row_clear(&row);
            if (st != CC_OK) goto done;
        }
        int64_t unch = cc_scan_stats_get(sc)->unchanged;
        cc_writer_add_unchanged(w, unch - unchanged_reported);
        unchanged_reported = unch;
        if (ls.used == 0 && scan_done) break;
        /* 3. collect finished rewrites; block only when nothing else can be done */
        if (ls.used > 0) {
            bool wait = queue_full || scan_done || ls.used == ls.n_slots;
            size_t n = 0;
            cc_status ps = rw->poll(rw->ctx, res, res_cap, &n, wait, err);
            if (ps != CC_OK) {
                st = cc_wrap(err, "engine");
                goto done;
            }
            if (n > res_cap) {
                st = cc_fail(err, CC_ERR_RANGE, "engine: poll returned %zu results for room for %zu", n, res_cap);
                goto done;
            }
            for (size_t i = 0; i < n; i++)
                if ((st = take_result(&ls, &res[i], err)) != CC_OK) {
                    for (size_t j = i + 1; j < n; j++) free(res[j].text);
                    goto done;
                }
            if (n == 0 && wait && rw->pending(rw->ctx) == 0 && ls.used > 0) {
                bool outstanding = false;
                for (int i = 0; i < ls.n_slots; i++)
                    if (ls.slots[i].used && ls.slots[i].n_done < ls.slots[i].n_submitted) outstanding = true;
                if (outstanding || queue_full) {
                    st = cc_fail(err, CC_ERR_DEVICE, "engine: has nothing pending but %s",
                                 outstanding ? "notes were never returned" : "refuses new notes");
                    goto done;
                }
            }
        }
        if ((st = judge_drain(&ls, false, err)) != CC_OK) goto done; /* rows the worker judged meanwhile */
        if ((st = cc_writer_tick(w, err)) != CC_OK) goto done;
        const cc_writer_stats *wst = cc_writer_stats_get(w);
        cc_progress_update(&prog, ls.finished + cc_scan_stats_get(sc)->unchanged, wst->committed.output_tokens, false);
    }
    if (g_stop) {
        /* Keep what is already finished; drop what is still in the engine. */
        size_t n = 0;
        if (ls.used > 0 && rw->poll(rw->ctx, res, res_cap, &n, false, err) == CC_OK)
            for (size_t i = 0; i < n; i++)
                if ((st = take_result(&ls, &res[i], err)) != CC_OK) {
                    for (size_t j = i + 1; j < n; j++) free(res[j].text);
                    goto done;
                }
        sum->interrupted = true;
    }
    if ((st = judge_drain(&ls, true, err)) != CC_OK) goto done; /* every row handed to the worker */
    if ((st = cc_writer_flush(w, err)) != CC_OK) goto done;
    cc_progress_update(&prog, ls.finished + cc_scan_stats_get(sc)->unchanged,
                       cc_writer_stats_get(w)->committed.output_tokens, true);
    cc_progress_end(&prog);
done:
    if (st != CC_OK && w) { /* keep whatever finished before the failure, judged rows included */
        cc_error fe = {0};
        if (ls.jp) judge_drain(&ls, true, &fe);
        cc_writer_flush(w, &fe);
    }
    judge_stop(&jp); /* frees what a failed write left with the worker: the next run redoes those rows */
    ls.jp = NULL;
    sum->elapsed_s = (cc_now_ms() - t0) / 1e3;
    fill_summary(sum, w, sc, &ls);
    if (run_started) {
        const char *fs = st != CC_OK ? "failed" : sum->interrupted ? "interrupted" : "done";
        snprintf(sum->status, sizeof sum->status, "%s", fs);
        cc_error e2 = {0};
        cc_status es = cc_runs_end(sp->db, sum->run_id, fs, sum->elapsed_s * 1e3, &e2);
        if (st == CC_OK && es != CC_OK) {
            st = es;
            *err = e2;
        }
    }
    for (int i = 0; ls.slots && i < ls.n_slots; i++)
        if (ls.slots[i].used) slot_clear(&ls.slots[i]);
    free(ls.slots);
    free(res);
    free(unfinished);
    cc_writer_close(w);
    cc_scan_close(sc);
    cc_table_ref_free(&ref);
    return st;
}

/* ================================================================ dry run */

cc_status cc_job_dry_run(const cc_job_spec *sp, cc_job_summary *sum, cc_error *err) {
    cc_status st = CC_OK;
    cc_table_ref ref = {0};
    cc_scan *sc = NULL;
    double t0 = cc_now_ms();
    memset(sum, 0, sizeof *sum);
    sum->dry_run = true;
    snprintf(sum->status, sizeof sum->status, "dry-run");
    snprintf(sum->unfinished_before, sizeof sum->unfinished_before, "[]");
    cc_token_count_fn count = cc_token_estimate;
    void *cctx = NULL;
    int32_t max_tok = 1 << 30;
    if (sp->rw) {
        count = count_cb;
        cctx = sp->rw;
        max_tok = sp->rw->max_note_tokens(sp->rw->ctx);
    } else {
        sum->tokens_estimated = true;
    }
    if ((st = setup_table(sp, false, &ref, err)) != CC_OK) goto done;
    if ((st = cc_scan_count(sp->db, &ref, sp->where, &sum->total_rows, err)) != CC_OK) goto done;
    cc_prep_opts prep = {.codec = sp->codec, .blob_max = sp->blob_max, .utf8_reject = sp->utf8_reject};
    cc_scan_spec ss = {.table = ref.table, .out_col = ref.out_col, .ref = &ref, .where = sp->where,
                       .shard_k = sp->shard_k, .shard_n = sp->shard_n, .limit = sp->limit, .full = sp->full,
                       .model_hash = sp->run ? sp->run->model_sha256 : "", .config_hash = sp->run ? sp->run->config_hash : ""};
    if ((st = cc_scan_open(sp->db, &ss, &sc, err)) != CC_OK) goto done;
    for (;;) {
        cc_note_row row = {0};
        bool end;
        if ((st = cc_scan_next(sc, &row, &end, err)) != CC_OK) goto done;
        if (end) break;
        json_t *reasons = json_array();
        char *text = NULL;
        size_t len;
        cc_prep_kind kind;
        st = reasons ? cc_note_prepare(&prep, &row, reasons, &kind, &text, &len, err) : cc_fail(err, CC_ERR_NOMEM, "out of memory");
        json_decref(reasons);
        if (st == CC_OK) {
            if (kind == CC_PREP_SKIP) sum->rows_skipped++;
            else if (kind == CC_PREP_ERROR) sum->rows_error++;
            else {
                cc_chunk *ch = NULL;
                size_t nch = 0;
                cc_error e = {0};
                cc_status s2 = cc_text_split(text, len, max_tok, count, cctx, &ch, &nch, NULL, &e);
                if (s2 == CC_OK) {
                    sum->rows_ok++;
                    sum->chunks += (int64_t)nch;
                    if (nch > 1) sum->split_rows++;
                    for (size_t i = 0; i < nch; i++) sum->input_tokens += ch[i].tokens;
                } else if (s2 == CC_ERR_NOMEM) {
                    st = cc_fail(err, s2, "%s", e.msg);
                } else {
                    sum->rows_error++;
                }
                free(ch);
            }
        }
        free(text);
        cc_note_row_clear(&row);
        if (st != CC_OK) goto done;
    }
    sum->rows_unchanged = cc_scan_stats_get(sc)->unchanged;
    sum->rows_other_shard = cc_scan_stats_get(sc)->other_shard;
    /* The model writes roughly as many tokens as it reads (a rewrite); time is
     * output tokens over the output throughput earlier runs achieved. */
    if ((st = cc_runs_throughput(sp->db, ref.table, &sum->est_tok_per_s, err)) != CC_OK) goto done;
    if (sum->est_tok_per_s > 0) sum->est_seconds = (double)sum->input_tokens / sum->est_tok_per_s;
done:
    sum->elapsed_s = (cc_now_ms() - t0) / 1e3;
    cc_scan_close(sc);
    cc_table_ref_free(&ref);
    return st;
}
