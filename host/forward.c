/* forward.c - one batched step of the Llama forward pass on the CPU:
 * embedding, per layer RMSNorm -> Q/K/V -> RoPE -> KV append -> attention over
 * the paged cache -> output projection -> RMSNorm -> SwiGLU MLP, then the final
 * norm and the output layer for the rows whose logits were asked for. */
#include "forward.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_kernels.h"

cc_status cc_forward_init(cc_forward *f, const cc_model *m, cc_kv_pool *kv, cc_threadpool *pool, cc_cpu_isa isa,
                          cc_error *err) {
    memset(f, 0, sizeof *f);
    const cc_llama_hparams *hp = &m->hp;
    if (kv->n_layer != hp->n_layer || kv->kv_dim != hp->n_head_kv * hp->head_dim)
        return cc_fail(err, CC_ERR_INVALID, "forward: KV pool shape (%d layers, kv_dim %d) does not fit the model (%d, %d)",
                       kv->n_layer, kv->kv_dim, hp->n_layer, hp->n_head_kv * hp->head_dim);
    f->m = m;
    f->kv = kv;
    cc_cpu_ctx_init(&f->cpu, isa, pool);
    return CC_OK;
}

static void free_bufs(cc_forward *f) {
    free(f->x);
    free(f->xb);
    free(f->q);
    free(f->k);
    free(f->v);
    free(f->hb);
    free(f->hb2);
    free(f->tmp);
    free(f->tok_seq);
    free(f->tok_pos);
    free(f->out_rows);
    f->x = f->xb = f->q = f->k = f->v = f->hb = f->hb2 = f->tmp = NULL;
    f->tok_seq = f->tok_pos = f->out_rows = NULL;
    f->cap = 0;
}

void cc_forward_free(cc_forward *f) {
    if (!f) return;
    free_bufs(f);
    free(f->att);
    f->att = NULL;
    cc_cpu_ctx_free(&f->cpu);
}

static cc_status ensure_tokens(cc_forward *f, int32_t n, cc_error *err) {
    if (n <= f->cap) return CC_OK;
    const cc_llama_hparams *hp = &f->m->hp;
    size_t E = (size_t)hp->n_embd, QD = (size_t)hp->n_head * hp->head_dim, KD = (size_t)hp->n_head_kv * hp->head_dim,
           F = (size_t)hp->n_ff, c = (size_t)n;
    free_bufs(f);
    f->x = malloc(c * E * sizeof(float));
    f->xb = malloc(c * (E > QD ? E : QD) * sizeof(float));
    f->q = malloc(c * QD * sizeof(float));
    f->k = malloc(c * KD * sizeof(float));
    f->v = malloc(c * KD * sizeof(float));
    f->hb = malloc(c * F * sizeof(float));
    f->hb2 = malloc(c * F * sizeof(float));
    f->tmp = malloc(c * E * sizeof(float));
    f->tok_seq = malloc(c * sizeof(int32_t));
    f->tok_pos = malloc(c * sizeof(int32_t));
    f->out_rows = malloc(c * sizeof(int32_t));
    if (!f->x || !f->xb || !f->q || !f->k || !f->v || !f->hb || !f->hb2 || !f->tmp || !f->tok_seq || !f->tok_pos ||
        !f->out_rows) {
        free_bufs(f);
        return cc_fail(err, CC_ERR_NOMEM, "forward: cannot allocate buffers for %d tokens", n);
    }
    f->cap = n;
    return CC_OK;
}

int32_t cc_forward_n_logits(const cc_fwd_seq *seqs, int32_t n_seqs) {
    int32_t n = 0;
    for (int32_t i = 0; i < n_seqs; i++)
        n += seqs[i].logits == CC_LOGITS_ALL ? seqs[i].n_tokens : seqs[i].logits == CC_LOGITS_LAST ? 1 : 0;
    return n;
}

/* ------------------------------------------------------------------ attention */

typedef struct {
    cc_forward *f;          /* engine */
    const cc_fwd_seq *seqs; /* step sequences */
    int32_t layer;          /* current layer */
    int32_t n_tok;          /* token rows */
    const cc_cpu_kernels *k;
    atomic_int_fast64_t next; /* next (token, head) item to take */
} att_job;

static void attention_task(void *p, int32_t ith, int32_t nth) {
    att_job *J = p;
    cc_forward *f = J->f;
    const cc_llama_hparams *hp = &f->m->hp;
    const int32_t hd = hp->head_dim, nh = hp->n_head, group = hp->n_head / hp->n_head_kv;
    const int64_t QD = (int64_t)nh * hd;
    const float scale = 1.0f / sqrtf((float)hd);
    const bool f16 = f->kv->dtype == CC_KVD_F16;
    float *scores = f->att + (int64_t)ith * f->att_stride;
    float *row = scores + (f->att_stride - hd); /* one converted K/V head row (f16 pools) */
    (void)nth;
    const int64_t n_items = (int64_t)J->n_tok * nh;
    for (;;) {
        int64_t it = atomic_fetch_add(&J->next, 1);
        if (it >= n_items) break;
        int32_t t = (int32_t)(it / nh), h = (int32_t)(it % nh), kvh = h / group;
        const cc_kv_seq *seq = J->seqs[f->tok_seq[t]].kv;
        int32_t pos = f->tok_pos[t];
        const float *q = f->q + (int64_t)t * QD + (int64_t)h * hd;
        float *out = f->xb + (int64_t)t * QD + (int64_t)h * hd;
        if (!f16) {
            /* f32 pool: positions of one KV block are consecutive rows, kv_dim floats apart;
             * dot_rows / axpy_rows give bitwise the per-position dot_f32 / axpy results. */
            const int32_t bt = f->kv->block_tokens, ld = f->kv->kv_dim;
            for (int32_t j = 0; j <= pos;) {
                int32_t n = bt - j % bt < pos + 1 - j ? bt - j % bt : pos + 1 - j;
                const float *kr = (const float *)cc_kv_at(f->kv, seq, J->layer, j, false) + (int64_t)kvh * hd;
                J->k->dot_rows(q, kr, ld, n, hd, scale, scores + j);
                j += n;
            }
            cc_cpu_softmax(scores, pos + 1);
            memset(out, 0, (size_t)hd * sizeof(float));
            for (int32_t j = 0; j <= pos;) {
                int32_t n = bt - j % bt < pos + 1 - j ? bt - j % bt : pos + 1 - j;
                const float *vr = (const float *)cc_kv_at(f->kv, seq, J->layer, j, true) + (int64_t)kvh * hd;
                J->k->axpy_rows(out, scores + j, vr, ld, n, hd);
                j += n;
            }
            continue;
        }
        for (int32_t j = 0; j <= pos; j++) {
            const void *kp = cc_kv_at(f->kv, seq, J->layer, j, false);
            const float *kr;
            if (f16) {
                const uint16_t *hk = (const uint16_t *)kp + (int64_t)kvh * hd;
                J->k->f16_to_f32(hk, row, hd);
                kr = row;
            } else {
                kr = (const float *)kp + (int64_t)kvh * hd;
            }
            scores[j] = J->k->dot_f32(q, kr, hd) * scale;
        }
        cc_cpu_softmax(scores, pos + 1);
        memset(out, 0, (size_t)hd * sizeof(float));
        for (int32_t j = 0; j <= pos; j++) {
            const void *vp = cc_kv_at(f->kv, seq, J->layer, j, true);
            const float *vr;
            if (f16) {
                J->k->f16_to_f32((const uint16_t *)vp + (int64_t)kvh * hd, row, hd);
                vr = row;
            } else {
                vr = (const float *)vp + (int64_t)kvh * hd;
            }
            J->k->axpy(out, scores[j], vr, hd);
        }
    }
}

/* ------------------------------------------------------------------ row-parallel elementwise work */

typedef struct {
    cc_cpu_isa isa;       /* kernels */
    float *y;             /* [n_rows, ld] output */
    const float *x;       /* [n_rows, ld] input (rmsnorm) or gate (swiglu) */
    const float *x2;      /* up (swiglu) */
    const float *w;       /* norm weights (rmsnorm), NULL for swiglu */
    int64_t ld;           /* row length */
    int64_t n_rows;       /* rows */
    float eps;            /* rmsnorm epsilon */
    atomic_int_fast64_t next; /* next row to take */
} rows_job;

static void rows_task(void *p, int32_t ith, int32_t nth) {
    (void)ith;
    (void)nth;
    rows_job *J = p;
    for (;;) {
        int64_t r = atomic_fetch_add(&J->next, 1);
        if (r >= J->n_rows) break;
        if (J->w) cc_cpu_rmsnorm(J->isa, J->y + r * J->ld, J->x + r * J->ld, J->w, J->ld, J->eps);
        else cc_cpu_swiglu(J->y + r * J->ld, J->x + r * J->ld, J->x2 + r * J->ld, J->ld);
    }
}

/* Rows are independent: splitting them over threads changes no result. */
static void rms_rows(cc_forward *f, float *y, const float *x, const float *w, int64_t n, int64_t E, float eps) {
    rows_job J = {.isa = f->cpu.isa, .y = y, .x = x, .w = w, .ld = E, .n_rows = n, .eps = eps};
    atomic_init(&J.next, 0);
    if (n < 8) rows_task(&J, 0, 1);
    else cc_threadpool_run(f->cpu.pool, rows_task, &J);
}

static void swiglu_rows(cc_forward *f, float *y, const float *g, const float *u, int64_t n, int64_t F) {
    rows_job J = {.isa = f->cpu.isa, .y = y, .x = g, .x2 = u, .ld = F, .n_rows = n};
    atomic_init(&J.next, 0);
    if (n < 8) rows_task(&J, 0, 1);
    else cc_threadpool_run(f->cpu.pool, rows_task, &J);
}

/* ------------------------------------------------------------------ the step */

static void add_rows(float *x, const float *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) x[i] += y[i];
}

cc_status cc_forward_step(cc_forward *f, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err) {
    cc_status st = CC_OK;
    const cc_model *m = f->m;
    const cc_llama_hparams *hp = &m->hp;
    const int64_t E = hp->n_embd, QD = (int64_t)hp->n_head * hp->head_dim, KD = (int64_t)hp->n_head_kv * hp->head_dim,
                  F = hp->n_ff, V = hp->n_vocab;
    const cc_cpu_isa isa = f->cpu.isa;
    cc_rope rope;
    /* validate and count */
    int64_t T = 0, need_blocks = 0;
    int32_t max_ctx = 0;
    for (int32_t s = 0; s < n_seqs; s++) {
        const cc_fwd_seq *sq = &seqs[s];
        if (sq->n_tokens < 1 || !sq->kv || !sq->tokens)
            return cc_fail(err, CC_ERR_INVALID, "forward: sequence %d has no tokens", s);
        for (int32_t s2 = 0; s2 < s; s2++)
            if (seqs[s2].kv == sq->kv) return cc_fail(err, CC_ERR_INVALID, "forward: sequence %d appears twice", s);
        for (int32_t i = 0; i < sq->n_tokens; i++)
            if (sq->tokens[i] < 0 || sq->tokens[i] >= V)
                return cc_fail(err, CC_ERR_INVALID, "forward: sequence %d token %d: id %d outside vocabulary [0, %lld)",
                               s, i, sq->tokens[i], (long long)V);
        if ((int64_t)sq->kv->n_tokens + sq->n_tokens > INT32_MAX / 2)
            return cc_fail(err, CC_ERR_RANGE, "forward: sequence %d too long", s);
        T += sq->n_tokens;
        if (T > INT32_MAX / 4) return cc_fail(err, CC_ERR_RANGE, "forward: too many tokens in one step");
        need_blocks += cc_kv_seq_blocks_needed(f->kv, sq->kv, sq->n_tokens);
        if (sq->kv->n_tokens + sq->n_tokens > max_ctx) max_ctx = sq->kv->n_tokens + sq->n_tokens;
    }
    if (T == 0) return CC_OK;
    if (need_blocks > cc_kv_pool_free_blocks(f->kv))
        return cc_fail(err, CC_ERR_NOMEM, "kv cache exhausted: step needs %lld blocks, %d free", (long long)need_blocks,
                       cc_kv_pool_free_blocks(f->kv));
    st = cc_rope_init(&rope, hp, m->rope_layout, m->rope_factors, err);
    if (st != CC_OK) return st;
    st = ensure_tokens(f, (int32_t)T, err);
    if (st != CC_OK) return st;
    {
        int32_t nth = cc_threadpool_size(f->cpu.pool);
        int64_t stride = ((int64_t)max_ctx + hp->head_dim + 15) / 16 * 16;
        if (stride > f->att_stride) {
            float *a = malloc((size_t)stride * (size_t)nth * sizeof(float));
            if (!a) return cc_fail(err, CC_ERR_NOMEM, "forward: attention scratch for %d positions", max_ctx);
            free(f->att);
            f->att = a;
            f->att_stride = stride;
        }
    }
    for (int32_t s = 0; s < n_seqs; s++) {
        st = cc_kv_seq_reserve(f->kv, seqs[s].kv, seqs[s].n_tokens, err);
        if (st != CC_OK) return st; /* cannot happen after the check above */
    }
    /* token rows, positions, embeddings */
    int32_t n_out = 0;
    {
        int32_t t = 0;
        for (int32_t s = 0; s < n_seqs; s++)
            for (int32_t i = 0; i < seqs[s].n_tokens; i++, t++) {
                f->tok_seq[t] = s;
                f->tok_pos[t] = seqs[s].kv->n_tokens + i;
                if (seqs[s].logits == CC_LOGITS_ALL || (seqs[s].logits == CC_LOGITS_LAST && i == seqs[s].n_tokens - 1))
                    f->out_rows[n_out++] = t;
                st = cc_cpu_get_row(&m->tok_embd, seqs[s].tokens[i], f->x + (int64_t)t * E, err);
                if (st != CC_OK) return st;
            }
    }
    const cc_cpu_kernels *kern = cc_cpu_kernels_for(isa);
    for (int32_t l = 0; l < hp->n_layer; l++) {
        const cc_layer_weights *L = &m->layers[l];
        rms_rows(f, f->xb, f->x, L->attn_norm, T, E, hp->rms_eps);
        {
            const cc_matrix *ws[3] = {&L->wq, &L->wk, &L->wv};
            float *ys[3] = {f->q, f->k, f->v};
            const int64_t ld[3] = {QD, KD, KD};
            if ((st = cc_cpu_matmul_n(&f->cpu, ws, 3, f->xb, E, T, ys, ld, err)) != CC_OK) return st;
        }
        for (int64_t t = 0; t < T; t++) {
            const cc_kv_seq *seq = seqs[f->tok_seq[t]].kv;
            cc_rope_apply(&rope, f->q + t * QD, hp->n_head, f->tok_pos[t]);
            cc_rope_apply(&rope, f->k + t * KD, hp->n_head_kv, f->tok_pos[t]);
            cc_kv_store(f->kv, seq, l, f->tok_pos[t], false, f->k + t * KD);
            cc_kv_store(f->kv, seq, l, f->tok_pos[t], true, f->v + t * KD);
        }
        att_job aj = {.f = f, .seqs = seqs, .layer = l, .n_tok = (int32_t)T, .k = kern};
        atomic_init(&aj.next, 0);
        cc_threadpool_run(f->cpu.pool, attention_task, &aj);
        if ((st = cc_cpu_matmul(&f->cpu, &L->wo, f->xb, QD, T, f->tmp, E, err)) != CC_OK) return st;
        add_rows(f->x, f->tmp, T * E);
        rms_rows(f, f->xb, f->x, L->ffn_norm, T, E, hp->rms_eps);
        {
            const cc_matrix *ws[2] = {&L->w_gate, &L->w_up};
            float *ys[2] = {f->hb, f->hb2};
            const int64_t ld[2] = {F, F};
            if ((st = cc_cpu_matmul_n(&f->cpu, ws, 2, f->xb, E, T, ys, ld, err)) != CC_OK) return st;
        }
        swiglu_rows(f, f->hb, f->hb, f->hb2, T, F);
        if ((st = cc_cpu_matmul(&f->cpu, &L->w_down, f->hb, F, T, f->tmp, E, err)) != CC_OK) return st;
        add_rows(f->x, f->tmp, T * E);
    }
    for (int32_t s = 0; s < n_seqs; s++) cc_kv_seq_commit(seqs[s].kv, seqs[s].n_tokens);
    if (n_out > 0) {
        for (int32_t i = 0; i < n_out; i++)
            cc_cpu_rmsnorm(isa, f->xb + (int64_t)i * E, f->x + (int64_t)f->out_rows[i] * E, m->output_norm, E,
                           hp->rms_eps);
        st = cc_cpu_matmul(&f->cpu, &m->output, f->xb, E, n_out, logits, V, err);
    }
    return st;
}
