/* rewriter_double.h - a deterministic cc_rewriter for tests of the batch job.
 *
 * "Cleans" a note by lower-casing its ASCII letters.  Tokens are white-space
 * separated words (plus one per 8 bytes of a long word).  Configurable:
 * queue capacity, results returned out of order (seeded), a simulated latency
 * per poll, a failing note (any note containing fail_marker), a note whose
 * output is cut off (truncate_marker -> CC_FINISH_LENGTH), and max_note_tokens.
 * Header-only (static functions) so each test includes it directly. */
#ifndef CLINCLEAN_REWRITER_DOUBLE_H
#define CLINCLEAN_REWRITER_DOUBLE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rewriter.h"

typedef struct {
    uint64_t tag;   /* as submitted */
    char *text;     /* copy of the submitted text */
    size_t len;     /* bytes */
} dbl_item;

typedef struct {
    dbl_item *q;              /* submitted, not yet returned */
    size_t n, cap;            /* used / queue capacity (submit returns CC_ERR_RANGE when full) */
    uint64_t rng;             /* xorshift state for out-of-order completion */
    bool shuffle;             /* return in random order */
    int per_poll;             /* at most this many results per poll (>= 1) */
    int latency_us;           /* sleep this long in every poll that returns something */
    int32_t max_tokens;       /* max_note_tokens */
    const char *fail_marker;  /* notes containing it fail */
    const char *truncate_marker; /* notes containing it finish with CC_FINISH_LENGTH */
    int64_t poll_fail_after;  /* > 0: poll fails (engine crash) once this many results were returned */
    int64_t submitted;        /* total submissions */
    int64_t returned;         /* total results */
} dbl_ctx;

static inline cc_status dbl_count(void *ctx, const char *t, size_t n, int32_t *out, cc_error *err) {
    (void)ctx;
    (void)err;
    int32_t w = 0;
    size_t run = 0;
    for (size_t i = 0; i <= n; i++) {
        bool sp = i == n || t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r';
        if (!sp) {
            run++;
            continue;
        }
        if (run) w += 1 + (int32_t)(run / 8);
        run = 0;
    }
    *out = w;
    return CC_OK;
}

static inline int32_t dbl_max(void *ctx) { return ((dbl_ctx *)ctx)->max_tokens; }

static inline bool dbl_has(const char *t, size_t n, const char *marker) {
    if (!marker) return false;
    size_t m = strlen(marker);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(t + i, marker, m) == 0) return true;
    return false;
}

static inline cc_status dbl_submit(void *ctx, uint64_t tag, const char *text, size_t len, cc_error *err) {
    dbl_ctx *c = ctx;
    if (c->n == c->cap) return cc_fail(err, CC_ERR_RANGE, "double: queue full");
    char *copy = malloc(len + 1);
    if (!copy) return cc_fail(err, CC_ERR_NOMEM, "double: out of memory");
    memcpy(copy, text, len);
    copy[len] = '\0';
    c->q[c->n++] = (dbl_item){tag, copy, len};
    c->submitted++;
    return CC_OK;
}

static inline cc_status dbl_poll(void *ctx, cc_rewrite_result *out, size_t cap, size_t *n_out, bool wait, cc_error *err) {
    (void)wait;
    dbl_ctx *c = ctx;
    if (c->poll_fail_after > 0 && c->returned >= c->poll_fail_after)
        return cc_fail(err, CC_ERR_DEVICE, "double: simulated device failure");
    size_t k = 0, lim = (size_t)(c->per_poll > 0 ? c->per_poll : 1);
    if (lim > cap) lim = cap;
    if (c->n && c->latency_us > 0) {
        struct timespec ts = {0, (long)c->latency_us * 1000L};
        nanosleep(&ts, NULL);
    }
    while (k < lim && c->n) {
        size_t pick = 0;
        if (c->shuffle) {
            c->rng ^= c->rng << 13, c->rng ^= c->rng >> 7, c->rng ^= c->rng << 17;
            pick = (size_t)(c->rng % c->n);
        }
        dbl_item it = c->q[pick];
        if (c->shuffle) c->q[pick] = c->q[c->n - 1];
        else memmove(c->q, c->q + 1, (c->n - 1) * sizeof *c->q); /* FIFO */
        c->n--;
        cc_rewrite_result *r = &out[k++];
        memset(r, 0, sizeof *r);
        r->tag = it.tag;
        dbl_count(NULL, it.text, it.len, &r->prompt_tokens, NULL);
        r->prompt_tokens += 20;
        if (dbl_has(it.text, it.len, c->fail_marker)) {
            r->status = CC_ERR_DEVICE;
            r->finish = CC_FINISH_ERROR;
            snprintf(r->err, sizeof r->err, "double: simulated failure");
            free(it.text);
        } else {
            bool cut = dbl_has(it.text, it.len, c->truncate_marker);
            for (size_t i = 0; i < it.len; i++)
                if (it.text[i] >= 'A' && it.text[i] <= 'Z') it.text[i] = (char)(it.text[i] + 32);
            r->text = it.text;
            r->text_len = it.len;
            dbl_count(NULL, it.text, it.len, &r->output_tokens, NULL);
            r->finish = cut ? CC_FINISH_LENGTH : CC_FINISH_EOS;
            r->elapsed_ms = 1.0;
        }
        c->returned++;
    }
    *n_out = k;
    return CC_OK;
}

static inline size_t dbl_pending(void *ctx) { return ((dbl_ctx *)ctx)->n; }

static inline void dbl_destroy(void *ctx) {
    dbl_ctx *c = ctx;
    for (size_t i = 0; i < c->n; i++) free(c->q[i].text);
    free(c->q);
    free(c);
}

/* A double with queue capacity cap, max_note_tokens max_tokens; shuffled when seed != 0. */
static inline cc_rewriter dbl_make(size_t cap, int32_t max_tokens, uint64_t seed) {
    dbl_ctx *c = calloc(1, sizeof *c);
    c->q = calloc(cap, sizeof *c->q);
    c->cap = cap;
    c->max_tokens = max_tokens;
    c->rng = seed ? seed : 1;
    c->shuffle = seed != 0;
    c->per_poll = 3;
    cc_rewriter rw = {c, dbl_count, dbl_max, dbl_submit, dbl_poll, dbl_pending, dbl_destroy};
    return rw;
}

#endif
