/* scheduler.h - continuous batching, independent of the compute backend.
 *
 * Rows (prompts as token ids, each tagged by the caller) stream in through
 * cc_sched_submit; finished rows stream out of cc_sched_poll in any order.
 * Each cc_sched_step builds one batch: every active row that is decoding
 * contributes its next token, and rows still prefilling contribute prompt
 * chunks from the remaining token budget, so the batch stays full while rows
 * come and go.  A row is admitted while the KV pool has blocks for its prompt;
 * when a step needs more blocks than are free, the most recently admitted row
 * is preempted (its blocks freed, its tokens kept) and requeued at the front:
 * it is recomputed later, never dropped.  Because the forward pass is
 * batch- and chunk-invariant and each row samples from its own random stream,
 * a row's output is the same whatever the batch, the arrival order or the
 * preemptions.
 *
 * A shared prefix (system prompt + template head) is computed once
 * (cc_sched_set_prefix); every row whose prompt starts with it references the
 * prefix's KV blocks instead of recomputing them.
 *
 * A row finishes on an end token (not part of its output), a stop string in
 * its text (the text is cut before it), max_new_tokens, or the context limit;
 * its KV blocks return to the pool at once. */
#ifndef CLINCLEAN_SCHEDULER_H
#define CLINCLEAN_SCHEDULER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "forward.h"
#include "kv_cache.h"
#include "rewriter.h"
#include "sampler.h"
#include "status.h"

/* How the backend samples one row (step_sample): what the host sampler would do with these
 * parameters and this row's stream (sampler.h), done where the logits are. */
typedef struct {
    float temperature;   /* > 0 */
    float top_p;         /* in (0, 1] (1: off) */
    uint64_t row_id;     /* the row's stable id (its tag): keys its random stream with the run's seed */
    int32_t draw;        /* index of this draw in the row's stream (the row's sampled tokens so far) */
} cc_row_sampling;

/* The compute side: runs one batched step over sequences whose KV bookkeeping lives in kv. */
typedef struct {
    void *ctx;              /* backend state */
    cc_kv_pool *kv;         /* block bookkeeping shared with the scheduler */
    int32_t n_vocab;        /* logits per row */
    cc_status (*step)(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err);
    /* Optional (NULL: none): the same step, but each logits row asked for comes back as its
     * argmax id (lowest id on ties), chosen where the logits are; the scheduler uses it when
     * sampling is greedy without a repetition penalty, so no logits cross to the host. */
    cc_status (*step_greedy)(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids, cc_error *err);
    /* Optional (NULL: none): the same step, but each logits row asked for (rows[i] for the i-th,
     * in logits order) comes back as the token the host sampler would draw for it
     * (cc_ref_sample_row: temperature + top-p, draw rows[i].draw of the stream (seed,
     * rows[i].row_id)), chosen where the logits are.  The scheduler uses it when its rows
     * sample without repetition penalty, top-k or min-p, so no logits cross to the host. */
    cc_status (*step_sample)(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, const cc_row_sampling *rows,
                             uint64_t seed, int32_t *ids, cc_error *err);
} cc_backend;

/* A backend over the CPU forward pass (f must outlive the backend). */
cc_backend cc_backend_cpu(cc_forward *f);

/* Text of one token, for stop strings: append its bytes to buf (cap bytes), return how many. */
typedef size_t (*cc_token_text_fn)(void *ctx, int32_t token, char *buf, size_t cap);

#define CC_SCHED_MAX_STOP 8
#define CC_SCHED_MAX_EOS 8

typedef struct {
    int32_t max_seqs;          /* rows active at once (e.g. 64) */
    int32_t max_step_tokens;   /* tokens per step, decode + prefill chunks (e.g. 256) */
    int32_t max_new_tokens;    /* output limit per row */
    int32_t n_ctx;             /* positions per row (prompt + output) */
    int32_t eos[CC_SCHED_MAX_EOS]; /* end tokens */
    int32_t n_eos;             /* entries in eos */
    const char *stop[CC_SCHED_MAX_STOP]; /* stop strings (borrowed), need token_text */
    int32_t n_stop;            /* entries in stop */
    cc_token_text_fn token_text;   /* NULL: no text is built, stop strings are ignored */
    void *token_text_ctx;      /* its context */
    cc_sampler_params sampling;    /* per-row sampling; seed keyed with each row's tag */
} cc_sched_params;

/* One finished row. */
typedef struct {
    uint64_t tag;              /* as submitted */
    cc_status status;          /* CC_OK, or why the row failed */
    char err[256];             /* message when status != CC_OK */
    int32_t *tokens;           /* [n_tokens] generated ids (end token excluded), malloc'd; free with cc_sched_result_free */
    int32_t n_tokens;          /* output tokens */
    char *text;                /* NUL-terminated output text when token_text is set (cut at a stop string), else NULL */
    size_t text_len;           /* bytes in text */
    int32_t prompt_tokens;     /* prompt length */
    cc_finish_reason finish;   /* why it ended */
    int32_t preemptions;       /* times it was preempted and recomputed */
} cc_sched_result;

void cc_sched_result_free(cc_sched_result *r);

typedef struct cc_sched cc_sched;

/* Statistics since creation. */
typedef struct {
    int64_t steps;             /* backend steps run */
    int64_t prefill_tokens;    /* prompt (and recomputed) tokens fed */
    int64_t decode_tokens;     /* single-token decode inputs fed */
    int64_t preemptions;       /* rows preempted */
    int64_t prefix_hits;       /* rows that reused the shared prefix */
    int32_t max_active;        /* most rows active in one step */
} cc_sched_stats;

cc_status cc_sched_init(cc_sched **out, const cc_backend *backend, const cc_sched_params *p, cc_error *err);
void cc_sched_free(cc_sched *s); /* releases every row's blocks (and the prefix's) */

/* Compute the shared prefix now (one step) and keep its blocks for later rows. */
cc_status cc_sched_set_prefix(cc_sched *s, const int32_t *tokens, int32_t n, cc_error *err);
/* Queue a row (tokens copied).  Rows that can never fit fail later through poll, not here. */
cc_status cc_sched_submit(cc_sched *s, uint64_t tag, const int32_t *tokens, int32_t n, cc_error *err);
/* Run one batched step (admission, preemption, sampling, finishing).  *did_work
 * false when nothing was queued or active. */
cc_status cc_sched_step(cc_sched *s, bool *did_work, cc_error *err);
/* Move up to cap finished rows into out (ownership passes to the caller). */
size_t cc_sched_poll(cc_sched *s, cc_sched_result *out, size_t cap);
size_t cc_sched_pending(const cc_sched *s);   /* submitted and not yet returned by poll */
size_t cc_sched_waiting(const cc_sched *s);   /* queued, not active */
cc_sched_stats cc_sched_get_stats(const cc_sched *s);

#endif
