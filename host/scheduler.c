/* scheduler.c - continuous batching: admission by free KV blocks, decode
 * tokens first then prompt chunks up to the step budget, LIFO preemption with
 * requeue, sampling (on the host, or on the backend through step_greedy /
 * step_sample), finishing and streaming results out. */
#include "scheduler.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t tag;           /* caller's id */
    int32_t *toks;          /* [n_toks] prompt then generated tokens */
    int32_t n_toks;         /* tokens so far */
    int32_t cap;            /* allocated entries of toks */
    int32_t n_prompt;       /* prompt tokens */
    cc_kv_seq kv;           /* cache; positions [0, kv.n_tokens) computed */
    cc_rng rng;             /* its random stream */
    char *text;             /* output text so far (token_text set) */
    size_t text_len;        /* bytes in text */
    size_t text_cap;        /* allocated bytes */
    int32_t preemptions;    /* times preempted */
    int64_t admit_order;    /* admission counter value when last admitted */
    bool used_prefix;       /* admitted onto the shared prefix at least once */
} row;

struct cc_sched {
    cc_backend be;              /* compute side */
    cc_sched_params p;          /* parameters */
    cc_sampler sampler;         /* scratch for sampling */
    row **waiting;              /* queue, front at index 0 */
    size_t n_waiting, cap_waiting;
    row **active;               /* [max_seqs] in admission order */
    int32_t n_active;
    cc_sched_result *done;      /* finished, not yet polled */
    size_t n_done, cap_done;
    int32_t *prefix;            /* shared prefix tokens */
    int32_t n_prefix;           /* its length (0: none) */
    cc_kv_seq prefix_kv;        /* its blocks */
    int64_t admit_counter;      /* increments per admission */
    cc_fwd_seq *step_seqs;      /* [max_seqs] step under construction */
    row **step_rows;            /* [max_seqs] the row of each */
    float *logits;              /* [max_seqs, n_vocab] */
    int32_t *ids;               /* [max_seqs] token ids of a greedy or sampled step on the backend */
    cc_row_sampling *smp;       /* [max_seqs] per logits row of a sampled step on the backend, or NULL */
    bool backend_greedy;        /* sampling is greedy without penalty and the backend has step_greedy */
    bool backend_sample;        /* sampling is temperature / top-p only and the backend has step_sample */
    cc_sched_stats stats;       /* counters */
};

static cc_status cpu_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err) {
    return cc_forward_step(ctx, seqs, n_seqs, logits, err);
}

cc_backend cc_backend_cpu(cc_forward *f) {
    cc_backend b = {.ctx = f, .kv = f->kv, .n_vocab = f->m->hp.n_vocab, .step = cpu_step};
    return b;
}

void cc_sched_result_free(cc_sched_result *r) {
    if (!r) return;
    free(r->tokens);
    free(r->text);
    r->tokens = NULL;
    r->text = NULL;
}

static void row_free(cc_sched *s, row *r) {
    if (!r) return;
    cc_kv_seq_release(s->be.kv, &r->kv);
    free(r->toks);
    free(r->text);
    free(r);
}

cc_status cc_sched_init(cc_sched **out, const cc_backend *backend, const cc_sched_params *p, cc_error *err) {
    cc_status st = CC_OK;
    *out = NULL;
    if (p->max_seqs < 1 || p->max_step_tokens < 1 || p->max_new_tokens < 1 || p->n_ctx < 2 || p->n_eos < 0 ||
        p->n_eos > CC_SCHED_MAX_EOS || p->n_stop < 0 || p->n_stop > CC_SCHED_MAX_STOP)
        return cc_fail(err, CC_ERR_INVALID,
                       "scheduler: bad limits (max_seqs %d, step tokens %d, max_new %d, n_ctx %d, eos %d, stop %d)",
                       p->max_seqs, p->max_step_tokens, p->max_new_tokens, p->n_ctx, p->n_eos, p->n_stop);
    for (int32_t i = 0; i < p->n_stop; i++)
        if (!p->stop[i] || !p->stop[i][0]) return cc_fail(err, CC_ERR_INVALID, "scheduler: stop string %d is empty", i);
    cc_sched *s = calloc(1, sizeof *s);
    if (!s) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory");
    s->be = *backend;
    s->p = *p;
    cc_kv_seq_init(&s->prefix_kv);
    st = cc_sampler_init(&s->sampler, &p->sampling, backend->n_vocab, err);
    if (st != CC_OK) goto done;
    s->active = calloc((size_t)p->max_seqs, sizeof *s->active);
    s->step_seqs = calloc((size_t)p->max_seqs, sizeof *s->step_seqs);
    s->step_rows = calloc((size_t)p->max_seqs, sizeof *s->step_rows);
    s->backend_greedy = backend->step_greedy != NULL && p->sampling.temperature == 0.0f &&
                        p->sampling.repeat_penalty == 1.0f;
    /* the backend draws exactly what the host sampler would (sampler.h), with no penalty to apply first */
    s->backend_sample = backend->step_sample != NULL && cc_sampler_device_algorithm(&p->sampling) &&
                        p->sampling.repeat_penalty == 1.0f;
    /* logits cross only when the host samples */
    const bool on_backend = s->backend_greedy || s->backend_sample;
    s->logits = on_backend ? NULL : malloc((size_t)p->max_seqs * (size_t)backend->n_vocab * sizeof(float));
    s->ids = malloc((size_t)p->max_seqs * sizeof(int32_t));
    s->smp = s->backend_sample ? malloc((size_t)p->max_seqs * sizeof *s->smp) : NULL;
    if (!s->active || !s->step_seqs || !s->step_rows || (!s->logits && !on_backend) || !s->ids ||
        (!s->smp && s->backend_sample)) {
        st = cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory for %d rows", p->max_seqs);
        goto done;
    }
done:
    if (st != CC_OK) {
        cc_sched_free(s);
        s = NULL;
    }
    *out = s;
    return st;
}

void cc_sched_free(cc_sched *s) {
    if (!s) return;
    for (size_t i = 0; i < s->n_waiting; i++) row_free(s, s->waiting[i]);
    for (int32_t i = 0; i < s->n_active; i++) row_free(s, s->active[i]);
    for (size_t i = 0; i < s->n_done; i++) cc_sched_result_free(&s->done[i]);
    if (s->be.kv) cc_kv_seq_release(s->be.kv, &s->prefix_kv);
    cc_sampler_free(&s->sampler);
    free(s->waiting);
    free(s->active);
    free(s->done);
    free(s->prefix);
    free(s->step_seqs);
    free(s->step_rows);
    free(s->logits);
    free(s->ids);
    free(s->smp);
    free(s);
}

cc_status cc_sched_set_prefix(cc_sched *s, const int32_t *tokens, int32_t n, cc_error *err) {
    cc_status st = CC_OK;
    if (n < 1 || n >= s->p.n_ctx)
        return cc_fail(err, CC_ERR_INVALID, "scheduler: prefix of %d tokens (context %d)", n, s->p.n_ctx);
    cc_kv_seq_release(s->be.kv, &s->prefix_kv);
    free(s->prefix);
    s->n_prefix = 0;
    s->prefix = malloc((size_t)n * sizeof(int32_t));
    if (!s->prefix) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory");
    memcpy(s->prefix, tokens, (size_t)n * sizeof(int32_t));
    /* computed in chunks of the step budget */
    for (int32_t done = 0; done < n;) {
        int32_t c = n - done < s->p.max_step_tokens ? n - done : s->p.max_step_tokens;
        cc_fwd_seq fs = {.kv = &s->prefix_kv, .tokens = s->prefix + done, .n_tokens = c, .logits = CC_LOGITS_NONE};
        st = s->be.step(s->be.ctx, &fs, 1, NULL, err);
        if (st != CC_OK) {
            cc_kv_seq_release(s->be.kv, &s->prefix_kv);
            return cc_wrap(err, "computing the shared prefix");
        }
        done += c;
    }
    s->n_prefix = n;
    return CC_OK;
}

static cc_status push_waiting(cc_sched *s, row *r, bool front, cc_error *err) {
    if (s->n_waiting == s->cap_waiting) {
        size_t nc = s->cap_waiting ? s->cap_waiting * 2 : 64;
        row **nw = realloc(s->waiting, nc * sizeof *nw);
        if (!nw) return cc_fail(err, CC_ERR_NOMEM, "scheduler: queue of %zu rows", nc);
        s->waiting = nw;
        s->cap_waiting = nc;
    }
    if (front) {
        memmove(s->waiting + 1, s->waiting, s->n_waiting * sizeof *s->waiting);
        s->waiting[0] = r;
    } else {
        s->waiting[s->n_waiting] = r;
    }
    s->n_waiting++;
    return CC_OK;
}

cc_status cc_sched_submit(cc_sched *s, uint64_t tag, const int32_t *tokens, int32_t n, cc_error *err) {
    if (n < 1) return cc_fail(err, CC_ERR_INVALID, "scheduler: row %llu has an empty prompt", (unsigned long long)tag);
    for (int32_t i = 0; i < n; i++)
        if (tokens[i] < 0 || tokens[i] >= s->be.n_vocab)
            return cc_fail(err, CC_ERR_INVALID, "scheduler: row %llu token %d: id %d outside the vocabulary",
                           (unsigned long long)tag, i, tokens[i]);
    row *r = calloc(1, sizeof *r);
    if (!r) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory");
    r->tag = tag;
    r->cap = n + 16;
    r->toks = malloc((size_t)r->cap * sizeof(int32_t));
    if (!r->toks) {
        free(r);
        return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory for a %d-token prompt", n);
    }
    memcpy(r->toks, tokens, (size_t)n * sizeof(int32_t));
    r->n_toks = r->n_prompt = n;
    cc_kv_seq_init(&r->kv);
    cc_rng_init(&r->rng, s->p.sampling.seed, tag);
    cc_status st = push_waiting(s, r, false, err);
    if (st != CC_OK) row_free(s, r);
    return st;
}

/* Move a row out as a result (status CC_OK unless err_msg). */
static cc_status finish(cc_sched *s, row *r, cc_finish_reason why, cc_status status, const char *err_msg,
                        cc_error *err) {
    if (s->n_done == s->cap_done) {
        size_t nc = s->cap_done ? s->cap_done * 2 : 64;
        cc_sched_result *nd = realloc(s->done, nc * sizeof *nd);
        if (!nd) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory for results");
        s->done = nd;
        s->cap_done = nc;
    }
    cc_sched_result *res = &s->done[s->n_done];
    memset(res, 0, sizeof *res);
    res->tag = r->tag;
    res->status = status;
    if (err_msg) snprintf(res->err, sizeof res->err, "%s", err_msg);
    res->n_tokens = r->n_toks - r->n_prompt;
    res->tokens = malloc(((size_t)res->n_tokens + 1) * sizeof(int32_t));
    if (!res->tokens) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory for results");
    memcpy(res->tokens, r->toks + r->n_prompt, (size_t)res->n_tokens * sizeof(int32_t));
    if (s->p.token_text) {
        res->text = r->text ? r->text : calloc(1, 1);
        r->text = NULL;
        if (!res->text) {
            free(res->tokens);
            return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory for results");
        }
        res->text[r->text_len] = '\0';
        res->text_len = r->text_len;
    }
    res->prompt_tokens = r->n_prompt;
    res->finish = why;
    res->preemptions = r->preemptions;
    s->n_done++;
    row_free(s, r);
    return CC_OK;
}

static void remove_active(cc_sched *s, int32_t i) {
    memmove(s->active + i, s->active + i + 1, (size_t)(s->n_active - i - 1) * sizeof *s->active);
    s->n_active--;
}

/* Blocks still to be taken by active rows to finish their pending input. */
static int64_t promised_blocks(const cc_sched *s) {
    int64_t n = 0;
    for (int32_t i = 0; i < s->n_active; i++) {
        const row *r = s->active[i];
        n += cc_kv_seq_blocks_needed(s->be.kv, &r->kv, r->n_toks - r->kv.n_tokens);
    }
    return n;
}

static cc_status admit(cc_sched *s, cc_error *err) {
    cc_status st = CC_OK;
    cc_kv_pool *kv = s->be.kv;
    int32_t prefix_blocks = s->prefix_kv.n_blocks;
    while (s->n_active < s->p.max_seqs && s->n_waiting > 0) {
        row *r = s->waiting[0];
        char msg[200];
        int64_t full = ((int64_t)r->n_toks + kv->block_tokens) / kv->block_tokens;
        if (r->n_toks >= s->p.n_ctx || full > kv->n_blocks - prefix_blocks) {
            snprintf(msg, sizeof msg, "prompt of %d tokens does not fit (context %d, KV pool %d blocks of %d)",
                     r->n_toks, s->p.n_ctx, kv->n_blocks, kv->block_tokens);
            memmove(s->waiting, s->waiting + 1, (s->n_waiting - 1) * sizeof *s->waiting);
            s->n_waiting--;
            st = finish(s, r, CC_FINISH_ERROR, CC_ERR_RANGE, msg, err);
            if (st != CC_OK) return st;
            continue;
        }
        bool on_prefix = s->n_prefix > 0 && r->n_toks > s->n_prefix &&
                         memcmp(r->toks, s->prefix, (size_t)s->n_prefix * sizeof(int32_t)) == 0;
        if (on_prefix) {
            st = cc_kv_seq_fork(kv, &r->kv, &s->prefix_kv, s->n_prefix, err);
            if (st != CC_OK) return st;
        }
        int64_t need = cc_kv_seq_blocks_needed(kv, &r->kv, r->n_toks - r->kv.n_tokens);
        if (need + promised_blocks(s) > cc_kv_pool_free_blocks(kv) && s->n_active > 0) {
            cc_kv_seq_release(kv, &r->kv);
            break;
        }
        if (on_prefix) {
            s->stats.prefix_hits++;
            r->used_prefix = true;
        }
        memmove(s->waiting, s->waiting + 1, (s->n_waiting - 1) * sizeof *s->waiting);
        s->n_waiting--;
        r->admit_order = s->admit_counter++;
        s->active[s->n_active++] = r;
    }
    return CC_OK;
}

static cc_status preempt(cc_sched *s, int32_t i, cc_error *err) {
    row *r = s->active[i];
    remove_active(s, i);
    cc_kv_seq_release(s->be.kv, &r->kv);
    r->preemptions++;
    s->stats.preemptions++;
    return push_waiting(s, r, true, err);
}

/* Fill step_seqs; returns how many. */
static int32_t build_step(cc_sched *s) {
    int32_t n = 0, budget = s->p.max_step_tokens;
    for (int pass = 0; pass < 2; pass++)
        for (int32_t i = 0; i < s->n_active && budget > 0; i++) {
            row *r = s->active[i];
            int32_t pending = r->n_toks - r->kv.n_tokens;
            if ((pass == 0) != (pending == 1)) continue; /* decodes first, then prompt chunks */
            int32_t c = pending < budget ? pending : budget;
            s->step_seqs[n] = (cc_fwd_seq){.kv = &r->kv, .tokens = r->toks + r->kv.n_tokens, .n_tokens = c,
                                           .logits = c == pending ? CC_LOGITS_LAST : CC_LOGITS_NONE};
            s->step_rows[n++] = r;
            budget -= c;
        }
    return n;
}

static bool is_eos(const cc_sched *s, int32_t t) {
    for (int32_t i = 0; i < s->p.n_eos; i++)
        if (s->p.eos[i] == t) return true;
    return false;
}

/* Append token t to row r; *why set when the row finishes. */
static cc_status accept_token(cc_sched *s, row *r, int32_t t, bool *fin, cc_finish_reason *why, cc_error *err) {
    *fin = false;
    if (is_eos(s, t)) {
        *fin = true;
        *why = CC_FINISH_EOS;
        return CC_OK;
    }
    if (r->n_toks == r->cap) {
        int32_t nc = r->cap * 2;
        int32_t *nt = realloc(r->toks, (size_t)nc * sizeof(int32_t));
        if (!nt) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory");
        r->toks = nt;
        r->cap = nc;
    }
    r->toks[r->n_toks++] = t;
    if (s->p.token_text) {
        char piece[256];
        size_t len = s->p.token_text(s->p.token_text_ctx, t, piece, sizeof piece);
        if (len > sizeof piece) len = sizeof piece;
        if (r->text_len + len + 1 > r->text_cap) {
            size_t nc = (r->text_len + len + 1) * 2;
            char *nt = realloc(r->text, nc);
            if (!nt) return cc_fail(err, CC_ERR_NOMEM, "scheduler: out of memory");
            r->text = nt;
            r->text_cap = nc;
        }
        size_t old = r->text_len;
        memcpy(r->text + r->text_len, piece, len);
        r->text_len += len;
        r->text[r->text_len] = '\0';
        for (int32_t i = 0; i < s->p.n_stop; i++) {
            size_t sl = strlen(s->p.stop[i]);
            size_t from = old + 1 > sl ? old + 1 - sl : 0; /* only matches that end in the new bytes */
            char *hit = r->text_len >= sl ? strstr(r->text + from, s->p.stop[i]) : NULL;
            if (hit) {
                r->text_len = (size_t)(hit - r->text);
                r->text[r->text_len] = '\0';
                *fin = true;
                *why = CC_FINISH_STOP;
                return CC_OK;
            }
        }
    }
    if (r->n_toks - r->n_prompt >= s->p.max_new_tokens || r->n_toks >= s->p.n_ctx) {
        *fin = true;
        *why = CC_FINISH_LENGTH;
    }
    return CC_OK;
}

cc_status cc_sched_step(cc_sched *s, bool *did_work, cc_error *err) {
    cc_status st = CC_OK;
    cc_kv_pool *kv = s->be.kv;
    *did_work = false;
    st = admit(s, err);
    if (st != CC_OK) return st;
    if (s->n_active == 0) return CC_OK;
    int32_t n;
    for (;;) {
        n = build_step(s);
        int64_t need = 0;
        for (int32_t i = 0; i < n; i++) need += cc_kv_seq_blocks_needed(kv, s->step_seqs[i].kv, s->step_seqs[i].n_tokens);
        if (need <= cc_kv_pool_free_blocks(kv)) break;
        if (s->n_active > 1) {
            int32_t victim = 0; /* the most recently admitted */
            for (int32_t i = 1; i < s->n_active; i++)
                if (s->active[i]->admit_order > s->active[victim]->admit_order) victim = i;
            st = preempt(s, victim, err);
            if (st != CC_OK) return st;
            continue;
        }
        /* one row alone: shrink its chunk to what fits, else it cannot continue */
        row *r = s->active[0];
        int32_t pending = r->n_toks - r->kv.n_tokens, c = pending;
        while (c > 1 && cc_kv_seq_blocks_needed(kv, &r->kv, c) > cc_kv_pool_free_blocks(kv)) c /= 2;
        if (cc_kv_seq_blocks_needed(kv, &r->kv, c) <= cc_kv_pool_free_blocks(kv)) {
            s->step_seqs[0].n_tokens = c;
            s->step_seqs[0].logits = c == pending ? CC_LOGITS_LAST : CC_LOGITS_NONE;
            n = 1;
            break;
        }
        char msg[160];
        snprintf(msg, sizeof msg, "KV cache too small: row needs more than the %d blocks of the pool at %d tokens",
                 kv->n_blocks, r->n_toks);
        remove_active(s, 0);
        *did_work = true;
        return finish(s, r, CC_FINISH_ERROR, CC_ERR_NOMEM, msg, err);
    }
    if (s->backend_sample) { /* each logits row's draw: the row's next index in its own stream */
        int32_t o = 0;
        for (int32_t i = 0; i < n; i++)
            if (s->step_seqs[i].logits == CC_LOGITS_LAST) {
                const row *r = s->step_rows[i];
                s->smp[o++] = (cc_row_sampling){.temperature = s->p.sampling.temperature,
                                                .top_p = s->p.sampling.top_p,
                                                .row_id = r->rng.row,
                                                .draw = (int32_t)r->rng.counter};
            }
        st = s->be.step_sample(s->be.ctx, s->step_seqs, n, s->smp, s->p.sampling.seed, s->ids, err);
    } else if (s->backend_greedy) {
        st = s->be.step_greedy(s->be.ctx, s->step_seqs, n, s->ids, err);
    } else {
        st = s->be.step(s->be.ctx, s->step_seqs, n, s->logits, err);
    }
    if (st != CC_OK) return st;
    *did_work = true;
    s->stats.steps++;
    if (s->n_active > s->stats.max_active) s->stats.max_active = s->n_active;
    int32_t o = 0;
    for (int32_t i = 0; i < n; i++) {
        row *r = s->step_rows[i];
        if (s->step_seqs[i].n_tokens == 1 && r->n_toks - r->n_prompt > 0 && r->kv.n_tokens == r->n_toks)
            s->stats.decode_tokens++;
        else
            s->stats.prefill_tokens += s->step_seqs[i].n_tokens;
        if (s->step_seqs[i].logits != CC_LOGITS_LAST) continue;
        int32_t t;
        if (s->backend_greedy) {
            t = s->ids[o++];
        } else if (s->backend_sample) {
            t = s->ids[o++];
            r->rng.counter++; /* the draw the backend made from the row's stream */
        } else {
            float *lg = s->logits + (size_t)o++ * (size_t)s->be.n_vocab;
            t = cc_sampler_sample(&s->sampler, lg, r->toks, r->n_toks, &r->rng);
        }
        bool fin;
        cc_finish_reason why = CC_FINISH_LENGTH;
        st = accept_token(s, r, t, &fin, &why, err);
        if (st != CC_OK) return st;
        if (fin) {
            for (int32_t a = 0; a < s->n_active; a++)
                if (s->active[a] == r) {
                    remove_active(s, a);
                    break;
                }
            st = finish(s, r, why, CC_OK, NULL, err);
            if (st != CC_OK) return st;
        }
    }
    return CC_OK;
}

size_t cc_sched_poll(cc_sched *s, cc_sched_result *out, size_t cap) {
    size_t n = s->n_done < cap ? s->n_done : cap;
    if (n == 0) return 0;
    memcpy(out, s->done, n * sizeof *out);
    memmove(s->done, s->done + n, (s->n_done - n) * sizeof *s->done);
    s->n_done -= n;
    return n;
}

size_t cc_sched_pending(const cc_sched *s) { return s->n_waiting + (size_t)s->n_active + s->n_done; }
size_t cc_sched_waiting(const cc_sched *s) { return s->n_waiting; }
cc_sched_stats cc_sched_get_stats(const cc_sched *s) { return s->stats; }
