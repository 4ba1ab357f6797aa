/* cuda_backend.c - the scheduler's CUDA backend: weights uploaded once in the
 * kernels' plane layout, K/V in device pools indexed by the bookkeeping pool's
 * block ids, and one batched forward step per call built from the launchable
 * ops of kernels/cuda_ops.h (see cuda_backend.h). */
#include "cuda_backend.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_ops.h"
#include "cuda_check.h"
#include "cuda_ops.h"
#include "rope_layout.h"

cc_cuda_backend_params cc_cuda_backend_defaults(int32_t max_step_tokens, int32_t max_seqs, int32_t n_ctx) {
    cc_cuda_backend_params p;
    memset(&p, 0, sizeof p);
    p.max_step_tokens = max_step_tokens;
    p.max_seqs = max_seqs;
    p.n_ctx = n_ctx;
    p.kv_mem_fraction = 0.9;
    p.batch_invariant = true;
    p.inv_gemm = CC_INV_GEMM_LTPIN;
    p.gemm_min_tokens = 128;
    return p;
}

const char *cc_cuda_prof_name(int f) {
    static const char *const n[CC_PROF_N] = {"embed",  "norm",   "q,k|v",      "rope+kv write", "attn decode",
                                             "attn prefill", "o", "gate|up", "swiglu",        "down",
                                             "final norm+gather", "output layer", "sample"};
    return f >= 0 && f < CC_PROF_N ? n[f] : "?";
}

#ifndef CLINCLEAN_HAVE_CUDA

cc_status cc_cuda_backend_plan_blocks(const cc_model *m, const cc_cuda_backend_params *p, int32_t block_tokens,
                                      int32_t *n_blocks, cc_error *err) {
    *n_blocks = 0;
    return cc_fail(err, CC_ERR_DEVICE, "cuda backend: this clinclean was built without CUDA");
}
cc_status cc_cuda_backend_create(const cc_model *m, cc_kv_pool *bookkeeping_pool, const cc_cuda_backend_params *p,
                                 cc_backend *out, cc_error *err) {
    memset(out, 0, sizeof *out);
    return cc_fail(err, CC_ERR_DEVICE, "cuda backend: this clinclean was built without CUDA");
}
void cc_cuda_backend_destroy(cc_backend *b) {
    if (b) memset(b, 0, sizeof *b);
}
const char *cc_cuda_backend_describe(const cc_backend *b) { return "cuda: not compiled in"; }
void cc_cuda_backend_numerics(const cc_backend *b, char *buf, size_t size) {
    if (size) buf[0] = '\0';
}
void cc_cuda_backend_report(const cc_backend *b, FILE *f) { fprintf(f, "cuda: not compiled in\n"); }
cc_status cc_cuda_backend_step_greedy(const cc_backend *b, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids,
                                      cc_error *err) {
    return cc_fail(err, CC_ERR_DEVICE, "cuda backend: this clinclean was built without CUDA");
}
cc_status cc_cuda_backend_step_sample(const cc_backend *b, const cc_fwd_seq *seqs, int32_t n_seqs,
                                      const cc_row_sampling *rows, uint64_t seed, int32_t *ids, cc_error *err) {
    return cc_fail(err, CC_ERR_DEVICE, "cuda backend: this clinclean was built without CUDA");
}
cc_cuda_backend_stats cc_cuda_backend_get_stats(const cc_backend *b) {
    cc_cuda_backend_stats s;
    memset(&s, 0, sizeof s);
    return s;
}

#else

#define MMV_ROWS 64     /* rows one fused matvec launch takes */
#define GEMM_PAD 64     /* GEMM row counts are rounded up to this (bounds the shapes cuBLASLt tunes) */
#define SMP_ROW_BYTES 20 /* per row of a sampled step: u64 row id, f32 temperature, f32 top_p, i32 draw index */

/* The K/V element type these parameters ask for. */
static cc_kv_type kv_type_of(const cc_cuda_backend_params *p) { return p->kv_fp8 ? CC_KV_FP8 : CC_KV_F16; }

typedef struct {
    cc_dev_weight w;     /* packed matrix for the fused matvec (shape kept when the packed bytes are freed) */
    void *mem;           /* its device allocation (NULL when borrowed or freed) */
    uint16_t *bf16;      /* device [rows][cols] bf16 copy for the GEMMs (the output layer's), or NULL */
} dweight;

/* A bf16 projection weight's fp8 copy (proj_fp8): e4m3 rows with one scale per output channel;
 * q NULL without proj_fp8. */
typedef struct {
    uint8_t *q;                 /* device [N][K] e4m3 */
    float *s;                   /* device [N] scales */
} f8weight;

enum { F8_Q, F8_KV, F8_O, F8_GU, F8_DOWN, F8_N }; /* a layer's fp8 copies, in the order of its bf16 ones */

typedef struct {
    dweight wq, wk, wv, wo, gate, up, down; /* projections (packed, for the matvec) */
    uint16_t *bq;                           /* device [q_dim][n_embd] bf16, or NULL (matvec path) */
    uint16_t *bkv;                          /* device [2 kv_dim][n_embd] bf16: k rows then v rows */
    uint16_t *bo;                           /* device [n_embd][q_dim] bf16 */
    uint16_t *bgu;                          /* device [2 n_ff][n_embd] bf16: gate rows then up rows */
    uint16_t *bdown;                        /* device [n_embd][n_ff] bf16 */
    f8weight f8[F8_N];                      /* proj_fp8: e4m3 copies of bq, bkv, bo, bgu, bdown */
    float *attn_norm;                       /* device [n_embd] */
    float *ffn_norm;                        /* device [n_embd] */
} dlayer;

/* One captured decode step (cuda_graphs): a bucket's row count and one kind of output. */
typedef struct {
    cc_cuda_graph exec;         /* the instantiated graph, or NULL until first needed */
    uint64_t seed;              /* sampled kind: the seed it was captured with */
    int64_t ltpin_gemms;        /* GEMM launches it holds on pinned cuBLASLt (counted per replay) */
    int64_t bi_gemms;           /* ... on gemm_bi */
} step_graph;

#define MAX_BUCKETS 40          /* powers of two below the largest bucket, and the largest */

typedef struct {
    const cc_model *m;          /* borrowed */
    cc_kv_pool *pool;           /* borrowed bookkeeping (block ids index the device pools) */
    cc_cuda_backend_params p;   /* as given, defaults filled */
    cc_cuda_stream stream;      /* every launch goes here */
    cc_gemm_ctx *gemm;          /* cuBLASLt, NULL when batch_invariant */
    cc_gemm8_ctx *g8;           /* fp8 projections (proj_fp8), or NULL */
    f8weight out_f8;            /* proj_fp8: the output layer's e4m3 copy */
    bool xq_reuse;              /* proj_fp8: the next GEMM reads the activations the last one quantized */
    uint8_t *xq;                /* device [cap][max(n_embd, q_dim, n_ff)] e4m3 activations (proj_fp8), or NULL */
    float *xs;                  /* device [cap] their per-row scales */
    bool bi;                    /* every projection through an invariant GEMM (gemm_bi.cu, or pinned cuBLASLt) */
    cc_gemm_ctx *lt;            /* pinned cuBLASLt (inv_gemm CC_INV_GEMM_LTPIN), or NULL */
    int32_t proj_nk[6][2];      /* (n, k) of q, k|v, o, gate|up, down, output (for the report) */
    cc_kv_type kv_type;         /* element type of the device K/V pools (f16, or fp8 e4m3 with kv_fp8) */
    float kv_scale;             /* fp8 only: stored e4m3 = value / kv_scale */
    void *bi_work;              /* device workspace of the invariant GEMM's split launches */
    size_t bi_work_bytes;       /* its size */
    dweight embd;               /* token embedding */
    dweight out;                /* lm_head (borrows embd's memory when tied) */
    float *out_norm;            /* device [n_embd] */
    float *freqs;               /* device [head_dim/2] RoPE angular frequencies */
    dlayer *layers;             /* [n_layer] */
    void *kv;                   /* device K/V: layer l's K pool at l * 2 * kv_layer_bytes, its V pool right after */
    size_t kv_layer_bytes;      /* bytes of one layer's K pool (n_blocks blocks) */
    size_t kv_blk_bytes;        /* bytes of one block of one layer's K (n_kv_head * block * head_dim elements) */
    int32_t cap;                /* token rows the buffers hold (max_step_tokens rounded up to GEMM_PAD) */
    int32_t max_blocks;         /* block-table columns the header can hold */
    int32_t max_rows;           /* block-table rows the header can hold */
    bool prefill_kernel;        /* head_dim 64 and not disabled: chunks use the prefill attention kernel */
    bool prefill_tc;            /* ... on tensor cores (f16 / fp8 K/V and not prefill_simt) */
    bool decode_tc;             /* decode attention's pass 1 on tensor cores (decode_tc asked, f16 / fp8 K/V, head_dim 64) */
    float *x;                   /* device [cap][n_embd] residual stream */
    float *xb;                  /* device [cap][n_embd] normed input */
    float *q;                   /* device [cap][q_dim] */
    float *kvb;                 /* device [cap][2 kv_dim]: each row's new k then v */
    float *att;                 /* device [cap][q_dim] attention output */
    float *hb;                  /* device [cap][2 n_ff]: each row's gate then up */
    float *hb2;                 /* device [cap][n_ff] SwiGLU output */
    float *xo;                  /* device [cap][n_embd] normed rows whose logits are asked for, in output order */
    float *logits;              /* device [cap][n_vocab] */
    uint16_t *xbf;              /* device [cap][max(n_embd, q_dim, n_ff)] bf16 activations (GEMM steps), or NULL */
    void *attn_work;            /* device decode-attention workspace */
    int32_t *hdr_h;             /* pinned host: ids, positions, block tables of one step */
    int32_t *hdr_d;             /* device mirror of hdr_h */
    size_t hdr_ints;            /* int32 entries of both */
    int32_t *seq_order;         /* host [max(max_seqs, cap)]: step sequences, single-token ones first */
    int32_t *out_grow;          /* host [cap]: for each logits row (output order), its row in step order */
    int32_t *cow_old;           /* host [max]: tail block before reserve (-1: none) */
    float *smp_f;               /* device [2 * cap]: temperatures (0: greedy), then top_p (1) */
    uint64_t *smp_row;          /* device [cap] row ids for the sampler (unused by greedy, zero) */
    int32_t *smp_step;          /* device [cap] draw indices (unused by greedy, zero) */
    int32_t *ids_d;             /* device [cap] ids chosen on the device (greedy or sampled step) */
    void *smp_h;                /* pinned host [cap] sampled-step parameters: u64 row ids, f32 temperatures,
                                 * f32 top_p, i32 draw indices (each array cap long, in that order) */
    void *smp_d;                /* device mirror of smp_h (one copy per sampled step) */
    int32_t buckets[MAX_BUCKETS]; /* cuda_graphs: row counts of the graph buckets, ascending */
    int32_t n_buckets;          /* entries of buckets (0: graphs off) */
    step_graph *graphs;         /* [n_buckets][3 kinds: logits, greedy, sampled], or NULL (graphs off) */
    cc_cuda_backend_stats stats;/* counters */
    cc_cuda_event *ev;          /* profile: [ev_cap] events recorded between a step's kernel families, or NULL */
    int8_t *ev_family;          /* profile: [ev_cap] the family that ends at each event (-1: the step's start) */
    int32_t ev_cap;             /* profile: events per step at most */
    int32_t n_ev;               /* profile: events recorded in the current step */
    char desc[1400];            /* cc_cuda_backend_describe */
} cuda_be;

/* profile: record an event ending kernel family f (-1: the step's start); nothing when not profiling */
static cc_status mark(cuda_be *b, int f, cc_error *err) {
    if (!b->ev || b->n_ev >= b->ev_cap) return CC_OK;
    b->ev_family[b->n_ev] = (int8_t)f;
    return cc_cuda_event_record(b->ev[b->n_ev++], b->stream, err);
}

/* The projections, in the order of proj_nk. */
static const char *const proj_name[6] = {"q", "k|v", "o", "gate|up", "down", "output"};

static const char *tname(cc_ttype t) {
    const cc_ttype_info *i = cc_ttype_get((uint32_t)t);
    return i ? i->name : "?";
}

static size_t round_up(size_t v, size_t a) { return (v + a - 1) / a * a; }

static int32_t max_i(int32_t a, int32_t b) { return a > b ? a : b; }

/* bf16 weight copies exist: the invariant GEMM, or cuBLASLt for large steps. */
static bool has_bf16(const cuda_be *b) { return b->bi || b->gemm; }

/* Whether these parameters make bf16 weight copies (the invariant GEMM or cuBLASLt). */
static bool uses_bf16(const cc_cuda_backend_params *p) { return !p->batch_invariant || !p->invariant_matvec; }

/* Bytes of the step buffers for these limits (for planning; create allocates the same). */
static size_t step_buffer_bytes(const cc_llama_hparams *hp, const cc_cuda_backend_params *p, int32_t block_tokens) {
    size_t cap = round_up((size_t)p->max_step_tokens, GEMM_PAD);
    size_t E = (size_t)hp->n_embd, QD = (size_t)hp->n_head * hp->head_dim, KD = (size_t)hp->n_head_kv * hp->head_dim;
    size_t F = (size_t)hp->n_ff, V = (size_t)hp->n_vocab;
    size_t floats = cap * (E * 3 + QD * 2 + KD * 2 + F * 3 + V);
    size_t wide = E > QD ? E : QD;
    if (F > wide) wide = F;
    size_t bytes = floats * 4 + (uses_bf16(p) ? cap * wide * 2 : 0) + (p->proj_fp8 ? cap * (wide + 4) : 0);
    size_t rows = (size_t)max_i(p->max_seqs, p->max_step_tokens);
    bytes += cc_attn_decode_work_bytes((int)rows, hp->n_head, hp->head_dim, p->n_ctx + block_tokens);
    return bytes;
}

static cc_status check_params(const cc_model *m, const cc_cuda_backend_params *p, cc_error *err) {
    const cc_llama_hparams *hp = &m->hp;
    if (p->max_step_tokens < 1 || p->max_seqs < 1 || p->n_ctx < 2)
        return cc_fail(err, CC_ERR_INVALID, "cuda backend: max_step_tokens %d, max_seqs %d, n_ctx %d must be positive",
                       p->max_step_tokens, p->max_seqs, p->n_ctx);
    if (hp->head_dim != 64 && hp->head_dim != 128)
        return cc_fail(err, CC_ERR_UNSUPPORTED,
                       "cuda backend: head_dim %d is not supported by the attention kernels (64 or 128)", hp->head_dim);
    if (hp->n_head % hp->n_head_kv != 0 || hp->n_head / hp->n_head_kv > 8)
        return cc_fail(err, CC_ERR_UNSUPPORTED,
                       "cuda backend: %d query heads over %d key/value heads (the kernels take groups of at most 8)",
                       hp->n_head, hp->n_head_kv);
    if (hp->n_embd % 8 != 0 || hp->n_ff % 8 != 0)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "cuda backend: n_embd %d and n_ff %d must be multiples of 8", hp->n_embd,
                       hp->n_ff);
    if (p->cuda_graphs && !p->batch_invariant)
        return cc_fail(err, CC_ERR_INVALID,
                       "cuda backend: cuda_graphs needs batch_invariant (a graph step pads its rows to a bucket, which "
                       "changes free cuBLASLt's algorithm and so the real rows' bits)");
    if (p->profile && p->cuda_graphs)
        return cc_fail(err, CC_ERR_INVALID, "cuda backend: profile times each launch with events, so not with cuda_graphs");
    if (p->kv_fp8 && !(p->kv_scale >= 0.0f && isfinite(p->kv_scale)))
        return cc_fail(err, CC_ERR_INVALID, "cuda backend: kv_scale %g (fp8 K/V) must be finite and >= 0 (0: 1.0)",
                       (double)p->kv_scale);
    return CC_OK;
}

static cc_status weight_bytes(const cc_matrix *mt, const char *name, size_t *packed, cc_error *err) {
    cc_qlayout l;
    cc_status st = cc_qlayout_init(&l, mt->type, mt->rows, mt->cols, err);
    if (st != CC_OK)
        return cc_wrap(err, "cuda backend: weight %s (%s, %lld x %lld)", name, tname(mt->type), (long long)mt->rows,
                       (long long)mt->cols);
    *packed = l.total_bytes;
    return CC_OK;
}

/* Packed bytes of every weight, and the bf16 copies' bytes. */
static cc_status model_bytes(const cc_model *m, size_t *packed, size_t *bf16, cc_error *err) {
    size_t total = 0, b16 = (size_t)m->output.rows * (size_t)m->output.cols * 2, sz = 0;
    cc_status st = weight_bytes(&m->tok_embd, "token_embd", &sz, err);
    if (st != CC_OK) return st;
    total += sz;
    if (m->output.data != m->tok_embd.data) {
        if ((st = weight_bytes(&m->output, "output", &sz, err)) != CC_OK) return st;
        total += sz;
    }
    for (int32_t l = 0; l < m->hp.n_layer; l++) {
        const cc_layer_weights *L = &m->layers[l];
        const cc_matrix *mats[7] = {&L->wq, &L->wk, &L->wv, &L->wo, &L->w_gate, &L->w_up, &L->w_down};
        for (int i = 0; i < 7; i++) {
            char name[64];
            snprintf(name, sizeof name, "layer %d matrix %d", l, i);
            if ((st = weight_bytes(mats[i], name, &sz, err)) != CC_OK) return st;
            total += sz;
            b16 += (size_t)mats[i]->rows * (size_t)mats[i]->cols * 2;
        }
    }
    *packed = total;
    *bf16 = b16;
    return CC_OK;
}

static size_t kv_block_all_layers(const cc_llama_hparams *hp, const cc_cuda_backend_params *p, int32_t block_tokens) {
    return (size_t)hp->n_layer * 2 * (size_t)hp->n_head_kv * (size_t)block_tokens * (size_t)hp->head_dim *
           (size_t)cc_kv_elem_bytes(kv_type_of(p));
}

cc_status cc_cuda_backend_plan_blocks(const cc_model *m, const cc_cuda_backend_params *p, int32_t block_tokens,
                                      int32_t *n_blocks, cc_error *err) {
    *n_blocks = 0;
    cc_status st = check_params(m, p, err);
    if (st != CC_OK) return st;
    if (block_tokens < 1) return cc_fail(err, CC_ERR_INVALID, "cuda backend: block of %d tokens", block_tokens);
    size_t packed = 0, b16 = 0, free_b = 0, total_b = 0;
    if ((st = model_bytes(m, &packed, &b16, err)) != CC_OK) return st;
    if ((st = cc_cuda_mem_info(&free_b, &total_b, err)) != CC_OK) return st;
    /* proj_fp8: an e4m3 copy of every bf16 projection weight (half its bytes) and its row scales */
    size_t f8 = p->proj_fp8 ? b16 / 2 + (b16 / 2 / (size_t)m->hp.n_embd) * 4 : 0;
    size_t need = packed + (uses_bf16(p) ? b16 : 0) + f8 + step_buffer_bytes(&m->hp, p, block_tokens) +
                  ((size_t)512 << 20); /* cuBLAS workspace, context, allocation slack */
    size_t per_block = kv_block_all_layers(&m->hp, p, block_tokens);
    int32_t min_blocks = (p->n_ctx + block_tokens - 1) / block_tokens + 1;
    double frac = p->kv_mem_fraction > 0 && p->kv_mem_fraction <= 1 ? p->kv_mem_fraction : 0.9;
    double budget = free_b > need ? (double)(free_b - need) * frac : 0.0;
    if (p->kv_bytes_cap > 0 && budget > (double)p->kv_bytes_cap) budget = (double)p->kv_bytes_cap;
    double blocks = floor(budget / (double)per_block);
    if (blocks > (double)(INT32_MAX / 2)) blocks = (double)(INT32_MAX / 2);
    if (blocks < min_blocks)
        return cc_fail(err, CC_ERR_NOMEM,
                       "cuda backend: %.2f GiB free on the device, the model needs %.2f GiB and one %d-token context "
                       "%.1f MiB of K/V",
                       (double)free_b / 1073741824.0, (double)need / 1073741824.0, p->n_ctx,
                       (double)min_blocks * (double)per_block / 1048576.0);
    *n_blocks = (int32_t)blocks;
    return CC_OK;
}

/* Repack and upload one matrix (rows permuted to interleaved RoPE pairs when permute_heads > 0).
 * bf16_dst (device, rows x cols, or NULL): also expand it there in bf16; keep_packed false then
 * frees the packed bytes again (the GEMMs read only the copy). */
static cc_status upload(cuda_be *b, const cc_matrix *mt, const char *name, int permute_heads, uint16_t *bf16_dst,
                        bool keep_packed, dweight *out, cc_error *err) {
    cc_status st = CC_OK;
    cc_qlayout l;
    void *perm = NULL, *host = NULL;
    const void *src = mt->data;
    if ((st = cc_qlayout_init(&l, mt->type, mt->rows, mt->cols, err)) != CC_OK) {
        st = cc_wrap(err, "cuda backend: weight %s (%s, %lld x %lld)", name, tname(mt->type), (long long)mt->rows,
                     (long long)mt->cols);
        goto done;
    }
    if (l.src_bytes != (size_t)mt->rows * mt->row_bytes) {
        st = cc_fail(err, CC_ERR_FORMAT, "cuda backend: weight %s: %zu bytes, its layout expects %zu", name,
                     (size_t)mt->rows * mt->row_bytes, l.src_bytes);
        goto done;
    }
    if (permute_heads > 0) { /* Hugging Face rotate-half rows -> the kernels' interleaved pairs */
        perm = malloc(l.src_bytes);
        if (!perm) {
            st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: %zu bytes to permute %s", l.src_bytes, name);
            goto done;
        }
        if ((st = cc_rope_permute_rows(perm, src, permute_heads, b->m->hp.head_dim, mt->row_bytes, true, err)) != CC_OK)
            goto done;
        src = perm;
    }
    host = malloc(l.total_bytes);
    if (!host) {
        st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: %zu bytes to repack %s", l.total_bytes, name);
        goto done;
    }
    cc_qrepack(&l, src, host);
    if ((st = cc_cuda_alloc(&out->mem, l.total_bytes, err)) != CC_OK) goto done;
    if ((st = cc_cuda_h2d(out->mem, host, l.total_bytes, err)) != CC_OK) goto done;
    cc_dev_weight_init(&out->w, &l, out->mem);
    b->stats.weight_bytes += l.total_bytes;
    if (bf16_dst) {
        if ((st = cc_cuda_dequant_bf16(&out->w, bf16_dst, b->stream, err)) != CC_OK) goto done;
        b->stats.bf16_bytes += (size_t)mt->rows * (size_t)mt->cols * 2;
        if (!keep_packed) { /* the expansion must finish before the packed bytes go */
            if ((st = cc_cuda_stream_sync(b->stream, err)) != CC_OK) goto done;
            cc_cuda_free(out->mem);
            out->mem = NULL;
            memset((void *)out->w.plane, 0, sizeof out->w.plane);
        }
    }
done:
    free(perm);
    free(host);
    return st;
}

static void dweight_free(dweight *w) {
    cc_cuda_free(w->mem);
    cc_cuda_free(w->bf16);
    memset(w, 0, sizeof *w);
}

static cc_status upload_f32(const float *src, size_t n, float **out, cc_error *err) {
    cc_status st = cc_cuda_alloc((void **)out, n * sizeof(float), err);
    if (st == CC_OK) st = cc_cuda_h2d(*out, src, n * sizeof(float), err);
    return st;
}

static void be_free(cuda_be *b) {
    if (!b) return;
    if (b->stream) cc_cuda_stream_sync(b->stream, NULL);
    if (b->ev) {
        for (int32_t k = 0; k < b->ev_cap; k++) cc_cuda_event_destroy(b->ev[k]);
        free(b->ev);
        free(b->ev_family);
    }
    if (b->layers) {
        for (int32_t l = 0; l < b->m->hp.n_layer; l++) {
            dlayer *L = &b->layers[l];
            dweight *ws[7] = {&L->wq, &L->wk, &L->wv, &L->wo, &L->gate, &L->up, &L->down};
            for (int i = 0; i < 7; i++) dweight_free(ws[i]);
            void *bw[] = {L->bq, L->bkv, L->bo, L->bgu, L->bdown};
            for (int i = 0; i < 5; i++) cc_cuda_free(bw[i]);
            for (int i = 0; i < F8_N; i++) cc_cuda_free(L->f8[i].q), cc_cuda_free(L->f8[i].s);
            cc_cuda_free(L->attn_norm);
            cc_cuda_free(L->ffn_norm);
        }
        free(b->layers);
    }
    if (b->graphs)
        for (int32_t i = 0; i < b->n_buckets * 3; i++) cc_cuda_graph_destroy(b->graphs[i].exec);
    free(b->graphs);
    if (b->out.mem == b->embd.mem) b->out.mem = NULL;
    dweight_free(&b->out);
    dweight_free(&b->embd);
    void *bufs[] = {b->out_norm, b->freqs, b->kv, b->x, b->xb, b->q, b->kvb, b->att, b->hb, b->hb2,
                    b->xo, b->logits, b->xbf, b->attn_work, b->hdr_d, b->smp_f, b->smp_row, b->smp_step,
                    b->ids_d, b->bi_work, b->smp_d};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) cc_cuda_free(bufs[i]);
    cc_cuda_host_free(b->hdr_h);
    cc_cuda_host_free(b->smp_h);
    if (b->gemm) cc_gemm_ctx_free(b->gemm);
    if (b->lt) cc_gemm_ctx_free(b->lt);
    cc_cuda_free(b->out_f8.q);
    cc_cuda_free(b->out_f8.s);
    cc_cuda_free(b->xq);
    cc_cuda_free(b->xs);
    if (b->g8) cc_gemm8_ctx_free(b->g8);
    if (b->stream) cc_cuda_stream_destroy(b->stream);
    free(b->seq_order);
    free(b->out_grow);
    free(b->cow_old);
    free(b);
}

/* One line per projection: its shape and the GEMM that runs it (cuda_backend.h). */
static void report_be(const cuda_be *b, FILE *f) {
    for (int i = 0; i < 6; i++) {
        char line[640];
        const cc_gemm_pin_info *pi = b->lt ? cc_gemm_pin_get(b->lt, b->proj_nk[i][0], b->proj_nk[i][1]) : NULL;
        if (pi) cc_gemm_pin_format(pi, line, sizeof line);
        else
            snprintf(line, sizeof line, "n=%d k=%d: %s", b->proj_nk[i][0], b->proj_nk[i][1],
                     b->bi ? "gemm_bi (pinned cuBLASLt not asked for)" : b->gemm ? "matvec / free cuBLASLt" : "matvec");
        fprintf(f, "cuda projection %-7s %s\n", proj_name[i], line);
    }
    if (b->g8)
        fprintf(f, "cuda fp8 projections: %lld GEMM launches on fp8, %lld that cuBLASLt refused ran in bf16; %.1f MiB of "
                   "e4m3 weights and scales\n",
                (long long)b->stats.fp8_gemms, (long long)b->stats.fp8_refused, (double)b->stats.fp8_bytes / 1048576.0);
    if (b->ev && b->stats.prof_steps > 0) { /* profile: GPU time per kernel family */
        const cc_cuda_backend_stats *t = &b->stats;
        double all = 0, dec = 0;
        for (int k = 0; k < CC_PROF_N; k++) all += t->prof_ms[k], dec += t->prof_decode_ms[k];
        const int64_t mixed = t->prof_steps - t->prof_decode_steps;
        fprintf(f, "cuda profile: %lld steps timed (%lld with prompt chunks, %lld pure decode), %.1f ms of GPU time "
                   "between the first and last launch of each step\n",
                (long long)t->prof_steps, (long long)mixed, (long long)t->prof_decode_steps, all);
        fprintf(f, "| kernel family        | all steps ms | share  | ms per step with chunks | ms per decode step |\n");
        for (int k = 0; k < CC_PROF_N; k++)
            fprintf(f, "| %-20s | %12.1f | %5.1f%% | %23.3f | %18.3f |\n", cc_cuda_prof_name(k), t->prof_ms[k],
                    all > 0 ? 100.0 * t->prof_ms[k] / all : 0.0,
                    mixed > 0 ? (t->prof_ms[k] - t->prof_decode_ms[k]) / (double)mixed : 0.0,
                    t->prof_decode_steps > 0 ? t->prof_decode_ms[k] / (double)t->prof_decode_steps : 0.0);
        fprintf(f, "| %-20s | %12.1f | 100.0%% | %23.3f | %18.3f |\n", "total", all,
                mixed > 0 ? (all - dec) / (double)mixed : 0.0, t->prof_decode_steps > 0 ? dec / (double)t->prof_decode_steps : 0.0);
    }
}

static cc_status cuda_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err);
static cc_status cuda_step_greedy(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids, cc_error *err);
static cc_status cuda_step_sample(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, const cc_row_sampling *rows,
                                  uint64_t seed, int32_t *ids, cc_error *err);

cc_status cc_cuda_backend_create(const cc_model *m, cc_kv_pool *pool, const cc_cuda_backend_params *p,
                                 cc_backend *out, cc_error *err) {
    cc_status st = CC_OK;
    memset(out, 0, sizeof *out);
    const cc_llama_hparams *hp = &m->hp;
    if ((st = check_params(m, p, err)) != CC_OK) return st;
    const int32_t KD = hp->n_head_kv * hp->head_dim;
    if (pool->mem != NULL || pool->n_layer != hp->n_layer || pool->kv_dim != KD || pool->n_blocks < 1)
        return cc_fail(err, CC_ERR_INVALID,
                       "cuda backend: the KV pool must be bookkeeping-only with %d layers of %d values (got %s, %d "
                       "layers of %d, %d blocks)",
                       hp->n_layer, KD, pool->mem ? "host memory" : "bookkeeping", pool->n_layer, pool->kv_dim,
                       pool->n_blocks);
    cuda_be *b = calloc(1, sizeof *b);
    if (!b) return cc_fail(err, CC_ERR_NOMEM, "cuda backend: out of memory");
    b->m = m;
    b->pool = pool;
    b->p = *p;
    if (b->p.gemm_min_tokens <= 0) b->p.gemm_min_tokens = 128;
    b->prefill_kernel = hp->head_dim == 64 && !p->no_prefill_kernel;
    b->prefill_tc = b->prefill_kernel && !p->prefill_simt && kv_type_of(p) != CC_KV_BF16;
    b->decode_tc = p->decode_tc && hp->head_dim == 64 && kv_type_of(p) != CC_KV_BF16;
    const int64_t E = hp->n_embd, QD = (int64_t)hp->n_head * hp->head_dim, F = hp->n_ff, V = hp->n_vocab;
    const int32_t bt = pool->block_tokens;

    if ((st = cc_cuda_stream_create(&b->stream, err)) != CC_OK) goto done;
    if (p->profile) { /* a start mark, embed, 10 per layer, final norm, output layer, sample */
        const int32_t cap = 4 + 10 * m->hp.n_layer;
        b->ev = calloc((size_t)cap, sizeof *b->ev);
        b->ev_family = calloc((size_t)cap, 1);
        if (!b->ev || !b->ev_family) {
            st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: %d profile events", cap);
            goto done;
        }
        for (; b->ev_cap < cap; b->ev_cap++)
            if ((st = cc_cuda_event_create(&b->ev[b->ev_cap], err)) != CC_OK) goto done;
    }
    if (!p->batch_invariant && (st = cc_gemm_ctx_create(&b->gemm, err)) != CC_OK) goto done;

    b->bi = p->batch_invariant && !p->invariant_matvec && E % 8 == 0 && QD % 8 == 0 && F % 8 == 0;

    /* weights: the embedding stays packed (the gather reads it); the output layer and the
     * projections also get bf16 copies for the GEMMs, fused where they share an input */
    {
        const bool tied = m->output.data == m->tok_embd.data && m->output.type == m->tok_embd.type;
        uint16_t *outb = NULL;
        if (has_bf16(b) && (st = cc_cuda_alloc((void **)&outb, (size_t)m->output.rows * (size_t)m->output.cols * 2,
                                            err)) != CC_OK)
            goto done;
        st = upload(b, &m->tok_embd, "token_embd", 0, tied ? outb : NULL, true, &b->embd, err);
        if (st == CC_OK && !tied) st = upload(b, &m->output, "output", 0, outb, !b->bi, &b->out, err);
        if (st != CC_OK) {
            cc_cuda_free(outb);
            goto done;
        }
        if (tied) b->out = b->embd; /* packed bytes borrowed, freed once */
        b->out.bf16 = outb;
    }
    if ((st = upload_f32(m->output_norm, (size_t)E, &b->out_norm, err)) != CC_OK) goto done;
    b->layers = calloc((size_t)hp->n_layer, sizeof *b->layers);
    if (!b->layers) {
        st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: out of memory");
        goto done;
    }
    const bool halves = m->rope_layout == CC_ROPE_PAIRS_HALVES;
    for (int32_t l = 0; l < hp->n_layer; l++) {
        const cc_layer_weights *L = &m->layers[l];
        dlayer *D = &b->layers[l];
        char name[64];
        if (has_bf16(b)) {
            struct { uint16_t **p; size_t n; } bw[] = {{&D->bq, (size_t)(QD * E)}, {&D->bkv, (size_t)(2 * KD * E)},
                                                       {&D->bo, (size_t)(E * QD)}, {&D->bgu, (size_t)(2 * F * E)},
                                                       {&D->bdown, (size_t)(E * F)}};
            for (int i = 0; i < 5; i++)
                if ((st = cc_cuda_alloc((void **)bw[i].p, bw[i].n * 2, err)) != CC_OK) goto done;
        }
#define UP(field, dst, heads, bdst)                                                              \
    snprintf(name, sizeof name, "blk.%d.%s", l, #field);                                         \
    if ((st = upload(b, &L->field, name, (heads), has_bf16(b) ? (bdst) : NULL, !b->bi, &D->dst, err)) != CC_OK) goto done;
        UP(wq, wq, halves ? hp->n_head : 0, D->bq)
        UP(wk, wk, halves ? hp->n_head_kv : 0, D->bkv)
        UP(wv, wv, 0, D->bkv + KD * E)
        UP(wo, wo, 0, D->bo)
        UP(w_gate, gate, 0, D->bgu)
        UP(w_up, up, 0, D->bgu + F * E)
        UP(w_down, down, 0, D->bdown)
#undef UP
        if ((st = upload_f32(L->attn_norm, (size_t)E, &D->attn_norm, err)) != CC_OK) goto done;
        if ((st = upload_f32(L->ffn_norm, (size_t)E, &D->ffn_norm, err)) != CC_OK) goto done;
    }
    {
        cc_rope r;
        float fr[CC_ROPE_MAX_DIM / 2];
        if ((st = cc_rope_init(&r, hp, CC_ROPE_PAIRS_ADJACENT, m->rope_factors, err)) != CC_OK) goto done;
        for (int32_t i = 0; i < hp->head_dim / 2; i++) fr[i] = (float)r.inv_freq[i];
        if ((st = upload_f32(fr, (size_t)hp->head_dim / 2, &b->freqs, err)) != CC_OK) goto done;
    }

    /* the invariant GEMM per projection: pinned cuBLASLt where its self-test passes on this device
     * (layer 0's weights stand for every layer: the algorithm, not the values, decides invariance) */
    {
        const dlayer *D0 = &b->layers[0];
        const int64_t nk[6][2] = {{QD, E}, {2 * KD, E}, {E, QD}, {2 * F, E}, {E, F}, {V, E}};
        const uint16_t *wb[6] = {D0->bq, D0->bkv, D0->bo, D0->bgu, D0->bdown, b->out.bf16};
        for (int i = 0; i < 6; i++) b->proj_nk[i][0] = (int32_t)nk[i][0], b->proj_nk[i][1] = (int32_t)nk[i][1];
        if (b->bi && p->inv_gemm == CC_INV_GEMM_LTPIN) {
            if ((st = cc_gemm_ctx_create(&b->lt, err)) != CC_OK) goto done;
            for (int i = 0; i < 6; i++) {
                cc_gemm_pin_info info;
                if ((st = cc_gemm_pin(b->lt, wb[i], (int)nk[i][0], (int)nk[i][1], p->max_step_tokens, p->ltpin_fault,
                                      b->stream, &info, err)) != CC_OK) {
                    st = cc_wrap(err, "cuda backend: pinning cuBLASLt for %s (%lld x %lld)", proj_name[i],
                                 (long long)nk[i][0], (long long)nk[i][1]);
                    goto done;
                }
                if (info.ok) b->stats.ltpin_shapes++;
                else b->stats.bi_shapes++;
            }
        } else if (b->bi) {
            b->stats.bi_shapes = 6;
        }
    }

    /* fp8 projections (proj_fp8): every bf16 projection weight quantized once per output channel */
    if (p->proj_fp8) {
        if (!b->gemm || E % 16 != 0 || QD % 16 != 0 || F % 16 != 0) { /* (the k of every projection) */
            st = cc_fail(err, CC_ERR_UNSUPPORTED,
                         "cuda backend: proj_fp8 needs batch_invariant false and widths that are multiples of 16 "
                         "(n_embd %lld, q_dim %lld, n_ff %lld)",
                         (long long)E, (long long)QD, (long long)F);
            goto done;
        }
        if ((st = cc_gemm8_ctx_create(&b->g8, err)) != CC_OK) goto done;
        for (int32_t l = 0; l <= hp->n_layer; l++) { /* the layers, then the output layer */
            dlayer *D = l < hp->n_layer ? &b->layers[l] : NULL;
            const uint16_t *wb[F8_N] = {D ? D->bq : b->out.bf16, D ? D->bkv : NULL, D ? D->bo : NULL,
                                        D ? D->bgu : NULL, D ? D->bdown : NULL};
            const int64_t nk[F8_N][2] = {{D ? QD : V, E}, {2 * KD, E}, {E, QD}, {2 * F, E}, {E, F}};
            for (int i = 0; i < F8_N && wb[i]; i++) {
                f8weight *w8 = D ? &D->f8[i] : &b->out_f8;
                if ((st = cc_cuda_alloc((void **)&w8->q, (size_t)nk[i][0] * (size_t)nk[i][1], err)) != CC_OK ||
                    (st = cc_cuda_alloc((void **)&w8->s, (size_t)nk[i][0] * sizeof(float), err)) != CC_OK ||
                    (st = cc_cuda_quant_fp8_rows(wb[i], true, nk[i][1], nk[i][0], nk[i][1], w8->q, w8->s, b->stream,
                                                 err)) != CC_OK)
                    goto done;
                b->stats.fp8_bytes += (size_t)nk[i][0] * ((size_t)nk[i][1] + sizeof(float));
            }
        }
    }

    /* K/V pools, one K and one V per layer, block ids shared with the bookkeeping pool */
    b->kv_type = kv_type_of(p);
    b->kv_scale = p->kv_fp8 && p->kv_scale > 0.0f ? p->kv_scale : 1.0f;
    b->kv_blk_bytes = (size_t)hp->n_head_kv * (size_t)bt * (size_t)hp->head_dim * (size_t)cc_kv_elem_bytes(b->kv_type);
    b->kv_layer_bytes = b->kv_blk_bytes * (size_t)pool->n_blocks;
    if ((st = cc_cuda_alloc(&b->kv, b->kv_layer_bytes * 2 * (size_t)hp->n_layer, err)) != CC_OK) {
        st = cc_wrap(err, "cuda backend: K/V cache of %d blocks (%.2f GiB)", pool->n_blocks,
                     (double)b->kv_layer_bytes * 2 * hp->n_layer / 1073741824.0);
        goto done;
    }

    /* step buffers */
    b->cap = (int32_t)round_up((size_t)p->max_step_tokens, GEMM_PAD);
    {
        const size_t cap = (size_t)b->cap;
        size_t wide = (size_t)(E > QD ? E : QD);
        if ((size_t)F > wide) wide = (size_t)F;
        struct { void **ptr; size_t bytes; } bufs[] = {
            {(void **)&b->x, cap * E * 4},   {(void **)&b->xb, cap * E * 4},      {(void **)&b->q, cap * QD * 4},
            {(void **)&b->kvb, cap * KD * 8},                                     {(void **)&b->att, cap * QD * 4},
            {(void **)&b->hb, cap * F * 8},  {(void **)&b->hb2, cap * F * 4},     {(void **)&b->xo, cap * E * 4},
            {(void **)&b->logits, cap * V * 4},
        };
        for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) {
            if ((st = cc_cuda_alloc(bufs[i].ptr, bufs[i].bytes, err)) != CC_OK) goto done;
            if ((st = cc_cuda_memset(*bufs[i].ptr, 0, bufs[i].bytes, err)) != CC_OK) goto done;
        }
        {
            float *hf = malloc(cap * 2 * sizeof(float));
            if (!hf) {
                st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: out of memory");
                goto done;
            }
            for (size_t i = 0; i < cap; i++) hf[i] = 0.0f, hf[cap + i] = 1.0f;
            st = cc_cuda_alloc((void **)&b->smp_f, cap * 2 * sizeof(float), err);
            if (st == CC_OK) st = cc_cuda_h2d(b->smp_f, hf, cap * 2 * sizeof(float), err);
            free(hf);
            if (st != CC_OK) goto done;
            if ((st = cc_cuda_alloc((void **)&b->smp_row, cap * sizeof(uint64_t), err)) != CC_OK) goto done;
            if ((st = cc_cuda_memset(b->smp_row, 0, cap * sizeof(uint64_t), err)) != CC_OK) goto done;
            if ((st = cc_cuda_alloc((void **)&b->smp_step, cap * sizeof(int32_t), err)) != CC_OK) goto done;
            if ((st = cc_cuda_memset(b->smp_step, 0, cap * sizeof(int32_t), err)) != CC_OK) goto done;
            if ((st = cc_cuda_alloc((void **)&b->ids_d, cap * sizeof(int32_t), err)) != CC_OK) goto done;
            /* sampled steps (step_sample): per-row parameters, one pinned staging buffer, one copy */
            if ((st = cc_cuda_host_alloc(&b->smp_h, cap * SMP_ROW_BYTES, err)) != CC_OK) goto done;
            if ((st = cc_cuda_alloc(&b->smp_d, cap * SMP_ROW_BYTES, err)) != CC_OK) goto done;
            if ((st = cc_cuda_memset(b->smp_d, 0, cap * SMP_ROW_BYTES, err)) != CC_OK) goto done;
            memset(b->smp_h, 0, cap * SMP_ROW_BYTES);
        }
        if (has_bf16(b)) {
            if ((st = cc_cuda_alloc((void **)&b->xbf, cap * wide * 2, err)) != CC_OK) goto done;
            if ((st = cc_cuda_memset(b->xbf, 0, cap * wide * 2, err)) != CC_OK) goto done;
        }
        if (b->g8) {
            if ((st = cc_cuda_alloc((void **)&b->xq, cap * wide, err)) != CC_OK) goto done;
            if ((st = cc_cuda_alloc((void **)&b->xs, cap * sizeof(float), err)) != CC_OK) goto done;
        }
        if (b->bi) { /* partials of launches too small to fill the GPU (the output layer never needs them) */
            const int64_t shapes[5][2] = {{QD, E}, {2 * KD, E}, {E, QD}, {2 * F, E}, {E, F}};
            for (int i = 0; i < 5; i++) {
                size_t w = cc_gemm_bi_work_bytes(64, (int)shapes[i][0], (int)shapes[i][1]);
                if (w > b->bi_work_bytes) b->bi_work_bytes = w;
            }
            if ((st = cc_cuda_alloc(&b->bi_work, b->bi_work_bytes, err)) != CC_OK) goto done;
        }
        b->max_rows = max_i(p->max_seqs, b->cap);
        b->max_blocks = (p->n_ctx + bt - 1) / bt + 1;
        size_t wb = cc_attn_decode_work_bytes(b->max_rows, hp->n_head, hp->head_dim, p->n_ctx + bt);
        if ((st = cc_cuda_alloc(&b->attn_work, wb, err)) != CC_OK) goto done;
        /* ids, tok_seq, tok_pos [cap]; ctx_len [rows]; q_start, q_len, ctx [max_seqs]; table [rows][max_blocks] */
        b->hdr_ints = 3 * cap + (size_t)b->max_rows + 3 * (size_t)p->max_seqs + (size_t)b->max_rows * b->max_blocks;
        if ((st = cc_cuda_host_alloc((void **)&b->hdr_h, b->hdr_ints * 4, err)) != CC_OK) goto done;
        if ((st = cc_cuda_alloc((void **)&b->hdr_d, b->hdr_ints * 4, err)) != CC_OK) goto done;
        if (p->cuda_graphs) { /* buckets 1, 2, 4, ... below the most decode rows a step can hold, and that */
            const int32_t lim = p->max_seqs < p->max_step_tokens ? p->max_seqs : p->max_step_tokens;
            for (int32_t v = 1; v < lim && b->n_buckets < MAX_BUCKETS - 1; v *= 2) b->buckets[b->n_buckets++] = v;
            b->buckets[b->n_buckets++] = lim;
            b->graphs = calloc((size_t)b->n_buckets * 3, sizeof *b->graphs);
            if (!b->graphs) {
                st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: out of memory");
                goto done;
            }
        }
        b->seq_order = malloc((size_t)b->max_rows * sizeof(int32_t));
        b->out_grow = malloc(cap * sizeof(int32_t));
        b->cow_old = malloc((size_t)b->max_rows * sizeof(int32_t));
        if (!b->seq_order || !b->out_grow || !b->cow_old) {
            st = cc_fail(err, CC_ERR_NOMEM, "cuda backend: out of memory");
            goto done;
        }
    }
    if ((st = cc_cuda_stream_sync(b->stream, err)) != CC_OK) goto done;
    if ((st = cc_cuda_device_sync(err)) != CC_OK) goto done;
    char graphs_desc[96];
    if (b->graphs)
        snprintf(graphs_desc, sizeof graphs_desc, "decode steps as CUDA graphs (%d buckets, 1..%d rows)",
                 b->n_buckets, b->buckets[b->n_buckets - 1]);
    else
        snprintf(graphs_desc, sizeof graphs_desc, "no CUDA graphs");
    snprintf(b->desc, sizeof b->desc,
             "cuda: %.2f GiB weights (%s)%s, %d KV blocks of %d (%s, %.2f GiB), %d-row steps, %s attention for "
             "chunks%s, %s, %s",
             (double)b->stats.weight_bytes / 1073741824.0, tname(m->layers[0].wq.type),
             b->bi ? " expanded to bf16 (packed layers freed)" : has_bf16(b) ? " + bf16 copies" : "", pool->n_blocks, bt,
             b->kv_type == CC_KV_FP8 ? (b->kv_scale == 1.0f ? "fp8 e4m3" : "fp8 e4m3, scaled") : "f16",
             (double)b->kv_layer_bytes * 2 * hp->n_layer / 1073741824.0, p->max_step_tokens,
             !b->prefill_kernel ? "decode-kernel" : b->prefill_tc ? "tensor-core prefill-kernel" : "fp32 prefill-kernel",
             b->decode_tc ? ", tensor-core decode attention" : "",
             graphs_desc,
             b->lt     ? "batch-invariant GEMMs (pinned cuBLASLt where self-tested, else gemm_bi)"
             : b->bi   ? "batch-invariant tensor-core GEMM"
             : b->g8   ? "matvec below / fp8 cuBLASLt (e4m3, per-row scales) from gemm_min_tokens rows (not "
                         "batch-invariant)"
             : b->gemm ? "matvec below / cuBLASLt from gemm_min_tokens rows (not batch-invariant)"
                       : p->batch_invariant && !p->invariant_matvec
                             ? "batch-invariant matvec (widths not multiples of 8: no invariant GEMM)"
                             : "batch-invariant matvec");
    if (b->lt) { /* which GEMM each projection took */
        size_t len = strlen(b->desc);
        for (int i = 0; i < 6 && len + 1 < sizeof b->desc; i++) {
            const cc_gemm_pin_info *pi = cc_gemm_pin_get(b->lt, b->proj_nk[i][0], b->proj_nk[i][1]);
            int w = snprintf(b->desc + len, sizeof b->desc - len, "%s %s %dx%d %s", i ? "," : ":", proj_name[i],
                             b->proj_nk[i][0], b->proj_nk[i][1],
                             pi && pi->ok ? "ltpin" : "gemm_bi (ltpin self-test failed)");
            if (w < 0) break;
            len += (size_t)w < sizeof b->desc - len ? (size_t)w : sizeof b->desc - len - 1;
            if (pi && pi->ok && len + 1 < sizeof b->desc) {
                w = snprintf(b->desc + len, sizeof b->desc - len, " algo %d tile %s", pi->algo_id,
                             cc_gemm_tile_name(pi->tile_id));
                if (w < 0) break;
                len += (size_t)w < sizeof b->desc - len ? (size_t)w : sizeof b->desc - len - 1;
            }
        }
    }
    if (p->verbose) {
        fprintf(stderr, "%s\n", b->desc);
        report_be(b, stderr);
    }
    out->ctx = b;
    out->kv = pool;
    out->n_vocab = hp->n_vocab;
    out->step = cuda_step;
    out->step_greedy = cuda_step_greedy;
    out->step_sample = cuda_step_sample;
done:
    if (st != CC_OK) be_free(b);
    return st;
}

void cc_cuda_backend_destroy(cc_backend *bk) {
    if (!bk) return;
    be_free(bk->ctx);
    memset(bk, 0, sizeof *bk);
}

const char *cc_cuda_backend_describe(const cc_backend *bk) {
    const cuda_be *b = bk ? bk->ctx : NULL;
    return b ? b->desc : "cuda: none";
}

cc_cuda_backend_stats cc_cuda_backend_get_stats(const cc_backend *bk) {
    cc_cuda_backend_stats s;
    memset(&s, 0, sizeof s);
    if (bk && bk->ctx) s = ((const cuda_be *)bk->ctx)->stats;
    return s;
}

void cc_cuda_backend_numerics(const cc_backend *bk, char *buf, size_t size) {
    const cuda_be *b = bk ? bk->ctx : NULL;
    size_t at = 0;
    if (!size) return;
    buf[0] = '\0';
    if (!b) return;
    { /* which attention kernels: their last bits differ */
        const char *pre = !b->prefill_kernel ? "" : b->prefill_tc ? "ptc," : "psimt,";
        const int w = snprintf(buf, size, "%s%s%s", pre, b->decode_tc ? "dtc" : "dsimt", b->lt ? "," : "");
        if (w < 0 || (size_t)w >= size) return;
        at = (size_t)w;
    }
    if (!b->lt) return;
    for (int i = 0; i < 6 && at < size; i++) {
        const cc_gemm_pin_info *pi = cc_gemm_pin_get(b->lt, b->proj_nk[i][0], b->proj_nk[i][1]);
        int w = pi && pi->ok ? snprintf(buf + at, size - at, "%sa%d.t%d.s%d.w%d.c%d.k%d", i ? "," : "", pi->algo_id,
                                        pi->tile_id, pi->stages_id, pi->swizzle, pi->custom, pi->cluster_id)
                             : snprintf(buf + at, size - at, "%sbi", i ? "," : "");
        if (w < 0) break;
        at += (size_t)w;
    }
}

void cc_cuda_backend_report(const cc_backend *bk, FILE *f) {
    if (bk && bk->ctx) report_be(bk->ctx, f);
    else fprintf(f, "cuda: none\n");
}

/* y[T][ldy] (+)= x[T][K] (ld ldx) @ W^T: the fused matvec over the packed weight, 64 rows at a time. */
static cc_status mmv(cuda_be *b, const dweight *w, const float *x, int64_t ldx, float *y, int64_t ldy, int32_t T,
                     bool acc, cc_error *err) {
    for (int32_t r0 = 0; r0 < T; r0 += MMV_ROWS) {
        int rows = T - r0 < MMV_ROWS ? T - r0 : MMV_ROWS;
        cc_status st = cc_cuda_mmv(&w->w, x + (int64_t)r0 * ldx, ldx, y + (int64_t)r0 * ldy, ldy, rows, acc, b->stream,
                                   err);
        if (st != CC_OK) return st;
    }
    return CC_OK;
}

/* y[T][N] (+)= xbf[T][K] bf16 @ W^T with W[N][K] bf16: an invariant GEMM (pinned cuBLASLt when
 * the shape passed its self-test, else gemm_bi; both at exactly T rows), or free cuBLASLt (rows
 * rounded up to GEMM_PAD so it tunes few shapes; the buffers hold cap rows). */
static cc_status gemm(cuda_be *b, const uint16_t *w, const f8weight *f8, int64_t N, int64_t K, float *y, int32_t T,
                      bool acc, cc_error *err) {
    if (b->lt) {
        const cc_gemm_pin_info *pi = cc_gemm_pin_get(b->lt, (int)N, (int)K);
        if (pi && pi->ok) {
            b->stats.ltpin_gemms++;
            return cc_gemm_bf16_pinned(b->lt, w, b->xbf, y, T, (int)N, (int)K, acc, b->stream, err);
        }
    }
    if (b->bi) {
        b->stats.bi_gemms++;
        cc_gemm_bi_args a = {.w = w, .x = b->xbf, .ldx = K, .y = y, .ldy = N, .m = T, .n = (int)N, .k = (int)K,
                             .accumulate = acc, .work = b->bi_work, .work_bytes = b->bi_work_bytes};
        return cc_cuda_gemm_bi(&a, b->stream, err);
    }
    int mpad = (int)round_up((size_t)T, GEMM_PAD);
    if (b->g8 && f8->q) { /* proj_fp8: the activations per token (unless already), then e4m3 x e4m3 */
        cc_status st = CC_OK;
        if (!b->xq_reuse) st = cc_cuda_quant_fp8_rows(b->xbf, true, K, mpad, K, b->xq, b->xs, b->stream, err);
        if (st != CC_OK) return st;
        st = cc_gemm_fp8(b->g8, f8->q, f8->s, b->xq, b->xs, y, false, mpad, (int)N, (int)K, acc, b->stream, err);
        if (st != CC_ERR_UNSUPPORTED) {
            b->stats.fp8_gemms += st == CC_OK;
            return st;
        }
        b->stats.fp8_refused++; /* a shape cuBLASLt has no fp8 algorithm for runs in bf16 (counted) */
        cc_error_clear(err);
    }
    return cc_gemm_bf16(b->gemm, w, b->xbf, y, mpad, (int)N, (int)K, acc, b->stream, err);
}

/* The residual stream += in[T][K] @ W^T (N = n_embd wide): the o projection (the down
 * projection's bf16 input comes straight from SwiGLU).  On a GEMM step (g) the activations are
 * rounded to bf16 first and the bf16 copy wb is used, else the fused matvec reads the packed
 * weight w. */
static cc_status residual_proj(cuda_be *b, bool g, const uint16_t *wb, const f8weight *f8, const dweight *w,
                               const float *in, int64_t N, int64_t K, int32_t T, cc_error *err) {
    cc_status st;
    if (!g) return mmv(b, w, in, K, b->x, N, T, true, err);
    if ((st = cc_cuda_f32_to_bf16(in, b->xbf, (int64_t)T * K, b->stream, err)) != CC_OK) return st;
    return gemm(b, wb, f8, N, K, b->x, T, true, err);
}

enum { STEP_LOGITS = 0, STEP_GREEDY = 1, STEP_SAMPLED = 2 }; /* what a step returns: logits, argmax ids, sampled ids */

/* What one step launches after its header is on the device: sizes, header offsets and what
 * comes out.  On a graph step the rows are padded up to the bucket and every bound is the
 * bucket's fixed one, so the same launches (a graph) serve every step of that bucket. */
typedef struct {
    int32_t T;          /* token rows launched (the bucket on a graph step) */
    int32_t n_dec;      /* single-token sequences: the first rows of the step */
    int32_t n_pre;      /* chunk sequences, after them */
    int32_t max_ctx;    /* bound of every context length (sizes the decode attention grid) */
    int32_t max_q;      /* longest chunk */
    int32_t MB;         /* block-table columns */
    int32_t n_out;      /* logits rows computed (padded rows included on a graph step) */
    bool per_token;     /* one table row per token, all attention through the decode kernel */
    size_t o_ids, o_seq, o_pos, o_ctx, o_qs, o_ql, o_pc, o_tab; /* header offsets (int32 entries) */
    int kind;           /* STEP_LOGITS, STEP_GREEDY or STEP_SAMPLED */
    uint64_t seed;      /* STEP_SAMPLED: the run's seed (a kernel argument: part of a graph) */
} fwd_plan;

/* Every launch of one step after its header copy: embedding, the layers, the output layer and,
 * for greedy / sampled steps, cc_cuda_sample into ids_d.  Nothing here copies to or from the
 * host, allocates or synchronizes, so it can be captured into a CUDA graph as it is. */
static cc_status launch_forward(cuda_be *b, const fwd_plan *pl, cc_error *err) {
    cc_status st = CC_OK;
    const cc_llama_hparams *hp = &b->m->hp;
    const int64_t E = hp->n_embd, QD = (int64_t)hp->n_head * hp->head_dim, KD = (int64_t)hp->n_head_kv * hp->head_dim,
                  F = hp->n_ff, V = hp->n_vocab;
    const int32_t Ti = pl->T;
    const int32_t *d_ids = b->hdr_d + pl->o_ids, *d_seq = b->hdr_d + pl->o_seq, *d_pos = b->hdr_d + pl->o_pos;
    const int32_t *d_ctx = b->hdr_d + pl->o_ctx, *d_qs = b->hdr_d + pl->o_qs, *d_ql = b->hdr_d + pl->o_ql;
    const int32_t *d_pc = b->hdr_d + pl->o_pc, *d_tab = b->hdr_d + pl->o_tab;
    /* projections as GEMMs over bf16 activations (xbf), or as matvecs over fp32 ones (xb) */
    const bool g = b->bi || (b->gemm && Ti >= b->p.gemm_min_tokens);
    const float scale = 1.0f / sqrtf((float)hp->head_dim);
    float *kb = b->kvb, *vb = b->kvb + KD; /* [T][2 KD]: k then v per row */
    b->n_ev = 0;
    if ((st = mark(b, -1, err)) != CC_OK) return st;
    if ((st = cc_cuda_embed(&b->embd.w, d_ids, Ti, b->x, E, b->stream, err)) != CC_OK) return st;
    if ((st = mark(b, CC_PROF_EMBED, err)) != CC_OK) return st;
    for (int32_t l = 0; l < hp->n_layer; l++) {
        const dlayer *L = &b->layers[l];
        cc_kv_cache cache = {0};
        cache.k = (uint8_t *)b->kv + (size_t)l * 2 * b->kv_layer_bytes;
        cache.v = (uint8_t *)cache.k + b->kv_layer_bytes;
        cache.kv_type = b->kv_type;
        cache.n_blocks = b->pool->n_blocks;
        cache.block_size = b->pool->block_tokens;
        cache.n_kv_head = hp->n_head_kv;
        cache.head_dim = hp->head_dim;
        cache.block_table = d_tab;
        cache.max_blocks = pl->MB;
        cache.kv_scale = b->kv_scale;

        if ((st = cc_cuda_rmsnorm(b->x, L->attn_norm, g ? NULL : b->xb, g ? b->xbf : NULL, Ti, (int)E, hp->rms_eps,
                                  b->stream, err)) != CC_OK)
            return st;
        if ((st = mark(b, CC_PROF_NORM, err)) != CC_OK) return st;
        if (g) {
            if ((st = gemm(b, L->bq, &L->f8[F8_Q], QD, E, b->q, Ti, false, err)) != CC_OK) return st;
            b->xq_reuse = true; /* k|v reads q's input: with proj_fp8, its quantization too */
            st = gemm(b, L->bkv, &L->f8[F8_KV], 2 * KD, E, b->kvb, Ti, false, err);
            b->xq_reuse = false;
            if (st != CC_OK) return st;
        } else {
            if ((st = mmv(b, &L->wq, b->xb, E, b->q, QD, Ti, false, err)) != CC_OK) return st;
            if ((st = mmv(b, &L->wk, b->xb, E, kb, 2 * KD, Ti, false, err)) != CC_OK) return st;
            if ((st = mmv(b, &L->wv, b->xb, E, vb, 2 * KD, Ti, false, err)) != CC_OK) return st;
        }
        if ((st = mark(b, CC_PROF_QKV, err)) != CC_OK) return st;
        cc_rope_kv_args ra = {.q = b->q, .k = kb, .v = vb, .ldq = QD, .ldk = 2 * KD, .ldv = 2 * KD, .n_tok = Ti,
                              .n_head = hp->n_head, .tok_seq = d_seq, .tok_pos = d_pos, .freqs = b->freqs,
                              .cache = cache};
        if ((st = cc_cuda_rope_kv(&ra, b->stream, err)) != CC_OK) return st;
        if ((st = mark(b, CC_PROF_ROPE_KV, err)) != CC_OK) return st;
        if (pl->per_token || pl->n_dec > 0) {
            cc_attn_decode_args da = {.q = b->q, .out = b->att, .n_seq = pl->per_token ? Ti : pl->n_dec,
                                      .n_head = hp->n_head, .ctx_len = d_ctx, .max_ctx = pl->max_ctx, .scale = scale,
                                      .cache = cache, .work = b->attn_work, .tc = b->decode_tc};
            if ((st = cc_cuda_attn_decode(&da, b->stream, err)) != CC_OK) return st;
            if ((st = mark(b, CC_PROF_ATTN_DECODE, err)) != CC_OK) return st;
        }
        if (!pl->per_token && pl->n_pre > 0) {
            cc_attn_prefill_args pa = {.q = b->q, .out = b->att, .n_seq = pl->n_pre, .n_head = hp->n_head,
                                       .q_start = d_qs, .q_len = d_ql, .ctx_len = d_pc, .max_q_len = pl->max_q,
                                       .scale = scale, .cache = cache, .simt = !b->prefill_tc};
            pa.cache.block_table = d_tab + (size_t)pl->n_dec * pl->MB;
            if ((st = cc_cuda_attn_prefill(&pa, b->stream, err)) != CC_OK) return st;
            if ((st = mark(b, CC_PROF_ATTN_PREFILL, err)) != CC_OK) return st;
        }
        if ((st = residual_proj(b, g, L->bo, &L->f8[F8_O], &L->wo, b->att, E, QD, Ti, err)) != CC_OK) return st;
        if ((st = mark(b, CC_PROF_O, err)) != CC_OK) return st;

        if ((st = cc_cuda_rmsnorm(b->x, L->ffn_norm, g ? NULL : b->xb, g ? b->xbf : NULL, Ti, (int)E, hp->rms_eps,
                                  b->stream, err)) != CC_OK)
            return st;
        if ((st = mark(b, CC_PROF_NORM, err)) != CC_OK) return st;
        if (g) {
            if ((st = gemm(b, L->bgu, &L->f8[F8_GU], 2 * F, E, b->hb, Ti, false, err)) != CC_OK) return st;
        } else {
            if ((st = mmv(b, &L->gate, b->xb, E, b->hb, 2 * F, Ti, false, err)) != CC_OK) return st;
            if ((st = mmv(b, &L->up, b->xb, E, b->hb + F, 2 * F, Ti, false, err)) != CC_OK) return st;
        }
        if ((st = mark(b, CC_PROF_GATE_UP, err)) != CC_OK) return st;
        if (g) { /* SwiGLU straight to the bf16 GEMM input: bitwise swiglu + f32_to_bf16, one pass */
            if ((st = cc_cuda_swiglu_bf16(b->hb, 2 * F, b->hb + F, 2 * F, b->xbf, F, Ti, (int)F, b->stream, err)) !=
                CC_OK)
                return st;
            if ((st = mark(b, CC_PROF_SWIGLU, err)) != CC_OK) return st;
            if ((st = gemm(b, L->bdown, &L->f8[F8_DOWN], E, F, b->x, Ti, true, err)) != CC_OK) return st;
        } else {
            if ((st = cc_cuda_swiglu(b->hb, 2 * F, b->hb + F, 2 * F, b->hb2, F, Ti, (int)F, b->stream, err)) != CC_OK)
                return st;
            if ((st = mark(b, CC_PROF_SWIGLU, err)) != CC_OK) return st;
            if ((st = mmv(b, &L->down, b->hb2, F, b->x, E, Ti, true, err)) != CC_OK) return st;
        }
        if ((st = mark(b, CC_PROF_DOWN, err)) != CC_OK) return st;
    }
    const int32_t n_out = pl->n_out;
    if (n_out == 0) return CC_OK;
    if ((st = cc_cuda_rmsnorm(b->x, b->out_norm, b->xb, NULL, Ti, (int)E, hp->rms_eps, b->stream, err)) != CC_OK)
        return st;
    /* gather the rows asked for into xo in output order, one copy per run of adjacent rows */
    for (int32_t j = 0; j < n_out;) {
        int32_t run = 1;
        while (j + run < n_out && b->out_grow[j + run] == b->out_grow[j] + run) run++;
        if ((st = cc_cuda_d2d(b->xo + (int64_t)j * E, b->xb + (int64_t)b->out_grow[j] * E, (size_t)run * (size_t)E * 4,
                              b->stream, err)) != CC_OK)
            return st;
        j += run;
    }
    if ((st = mark(b, CC_PROF_OUT_GATHER, err)) != CC_OK) return st;
    /* the output layer: a GEMM when the step's projections were (always when invariant) */
    const bool g_out = b->bi || (b->gemm && n_out >= b->p.gemm_min_tokens);
    if (g_out) {
        if ((st = cc_cuda_f32_to_bf16(b->xo, b->xbf, (int64_t)n_out * E, b->stream, err)) != CC_OK) return st;
        if ((st = gemm(b, b->out.bf16, &b->out_f8, V, E, b->logits, n_out, false, err)) != CC_OK) return st;
    } else if ((st = mmv(b, &b->out, b->xo, E, b->logits, V, n_out, false, err)) != CC_OK) {
        return st;
    }
    if ((st = mark(b, CC_PROF_LM_HEAD, err)) != CC_OK) return st;
    if (pl->kind == STEP_SAMPLED) { /* each row's parameters, copied before the launch */
        const size_t cap = (size_t)b->cap;
        const uint64_t *drow = b->smp_d;
        const float *dtemp = (const float *)(drow + cap), *dtop = dtemp + cap;
        cc_sample_args sa = {.logits = b->logits, .n_rows = n_out, .vocab = (int32_t)V, .temperature = dtemp,
                             .top_p = dtop, .row_id = drow, .step = (const int32_t *)(dtop + cap), .seed = pl->seed,
                             .out = b->ids_d};
        if ((st = cc_cuda_sample(&sa, b->stream, err)) != CC_OK) return st;
    } else if (pl->kind == STEP_GREEDY) {
        cc_sample_args sa = {.logits = b->logits, .n_rows = n_out, .vocab = (int32_t)V, .temperature = b->smp_f,
                             .top_p = b->smp_f + b->cap, .row_id = b->smp_row, .step = b->smp_step, .seed = 0,
                             .out = b->ids_d};
        if ((st = cc_cuda_sample(&sa, b->stream, err)) != CC_OK) return st;
    }
    if (pl->kind != STEP_LOGITS && (st = mark(b, CC_PROF_SAMPLE, err)) != CC_OK) return st;
    return CC_OK;
}

/* Replay the graph of this bucket and kind, capturing it first when it does not exist yet (or,
 * sampled, was captured with another seed).  GEMM launch counters advance per replay. */
static cc_status graph_step(cuda_be *b, int32_t bucket, const fwd_plan *pl, cc_error *err) {
    cc_status st = CC_OK;
    step_graph *gr = &b->graphs[(size_t)bucket * 3 + (size_t)pl->kind];
    static const char *const kind_name[3] = {"logits", "greedy", "sampled"};
    if (gr->exec && pl->kind == STEP_SAMPLED && gr->seed != pl->seed) {
        cc_cuda_graph_destroy(gr->exec);
        gr->exec = NULL;
    }
    if (!gr->exec) {
        /* first the same launches uncaptured: kernels load and configure themselves (lazy module
         * loading, gemm_bi's shared-memory attribute) outside the capture.  A step is a pure
         * function of its header and the cache, so the replay below recomputes the same values. */
        if ((st = launch_forward(b, pl, err)) != CC_OK)
            return cc_wrap(err, "cuda backend: the %d-row %s decode step before its capture", pl->T,
                           kind_name[pl->kind]);
        const int64_t lt0 = b->stats.ltpin_gemms, bi0 = b->stats.bi_gemms;
        if ((st = cc_cuda_capture_begin(b->stream, err)) != CC_OK)
            return cc_wrap(err, "cuda backend: starting the capture of the %d-row %s decode-step graph", pl->T,
                           kind_name[pl->kind]);
        if ((st = launch_forward(b, pl, err)) != CC_OK) {
            cc_cuda_capture_abort(b->stream);
            return cc_wrap(err, "cuda backend: capturing the %d-row %s decode-step graph", pl->T, kind_name[pl->kind]);
        }
        if ((st = cc_cuda_capture_end(b->stream, &gr->exec, err)) != CC_OK) {
            cc_cuda_capture_abort(b->stream);
            return cc_wrap(err, "cuda backend: instantiating the %d-row %s decode-step graph", pl->T,
                           kind_name[pl->kind]);
        }
        gr->ltpin_gemms = b->stats.ltpin_gemms - lt0;
        gr->bi_gemms = b->stats.bi_gemms - bi0;
        gr->seed = pl->seed;
        b->stats.ltpin_gemms = lt0; /* counted when replayed */
        b->stats.bi_gemms = bi0;
        b->stats.graph_captures++;
    }
    if ((st = cc_cuda_graph_launch(gr->exec, b->stream, err)) != CC_OK)
        return cc_wrap(err, "cuda backend: replaying the %d-row %s decode-step graph", pl->T, kind_name[pl->kind]);
    b->stats.ltpin_gemms += gr->ltpin_gemms;
    b->stats.bi_gemms += gr->bi_gemms;
    b->stats.graph_steps++;
    return CC_OK;
}

/* One step; the rows asked for come back as logits (logits != NULL), as argmax ids (ids, smp
 * NULL) or as ids sampled on the device with smp[i] for the i-th row (ids and smp). */
static cc_status run_step(cuda_be *b, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, int32_t *ids,
                          const cc_row_sampling *smp, uint64_t seed, cc_error *err) {
    cc_status st = CC_OK;
    const cc_llama_hparams *hp = &b->m->hp;
    const int64_t V = hp->n_vocab;
    const int32_t bt = b->pool->block_tokens;
    cc_kv_pool *pool = b->pool;

    /* validate and count, as the CPU forward does */
    int64_t T = 0, need_blocks = 0;
    int32_t max_ctx = 0, n_dec = 0, max_q = 0;
    bool all_out = true; /* every sequence asks for logits */
    if (n_seqs < 0 || n_seqs > b->p.max_seqs)
        return cc_fail(err, CC_ERR_RANGE, "cuda backend: %d sequences in one step (at most %d)", n_seqs, b->p.max_seqs);
    for (int32_t s = 0; s < n_seqs; s++) {
        const cc_fwd_seq *sq = &seqs[s];
        if (sq->n_tokens < 1 || !sq->kv || !sq->tokens)
            return cc_fail(err, CC_ERR_INVALID, "cuda backend: sequence %d has no tokens", s);
        for (int32_t s2 = 0; s2 < s; s2++)
            if (seqs[s2].kv == sq->kv) return cc_fail(err, CC_ERR_INVALID, "cuda backend: sequence %d appears twice", s);
        for (int32_t i = 0; i < sq->n_tokens; i++)
            if (sq->tokens[i] < 0 || sq->tokens[i] >= V)
                return cc_fail(err, CC_ERR_INVALID,
                               "cuda backend: sequence %d token %d: id %d outside vocabulary [0, %lld)", s, i,
                               sq->tokens[i], (long long)V);
        int64_t end = (int64_t)sq->kv->n_tokens + sq->n_tokens;
        if (end > b->p.n_ctx)
            return cc_fail(err, CC_ERR_RANGE, "cuda backend: sequence %d reaches position %lld, the context is %d", s,
                           (long long)end, b->p.n_ctx);
        T += sq->n_tokens;
        need_blocks += cc_kv_seq_blocks_needed(pool, sq->kv, sq->n_tokens);
        if (end > max_ctx) max_ctx = (int32_t)end;
        if (sq->n_tokens == 1) n_dec++;
        if (sq->n_tokens > max_q) max_q = sq->n_tokens;
        if (sq->logits == CC_LOGITS_NONE) all_out = false;
    }
    if (T == 0) return CC_OK;
    if (T > b->p.max_step_tokens)
        return cc_fail(err, CC_ERR_RANGE, "cuda backend: %lld tokens in one step (at most %d)", (long long)T,
                       b->p.max_step_tokens);
    if (need_blocks > cc_kv_pool_free_blocks(pool))
        return cc_fail(err, CC_ERR_NOMEM, "kv cache exhausted: step needs %lld blocks, %d free", (long long)need_blocks,
                       cc_kv_pool_free_blocks(pool));

    /* a graph step (cuda_graphs): single-token rows only, each asking for its logits; padded up
     * to the smallest bucket that holds them */
    int32_t bucket = -1;
    if (b->graphs && n_dec == n_seqs && all_out)
        for (int32_t i = 0; i < b->n_buckets && bucket < 0; i++)
            if (b->buckets[i] >= n_seqs) bucket = i;
    const int32_t Bk = bucket >= 0 ? b->buckets[bucket] : 0;

    /* sequence order: single-token (decode) sequences first, then chunks, each in call order */
    {
        int32_t a = 0, c = n_dec;
        for (int32_t s = 0; s < n_seqs; s++) b->seq_order[seqs[s].n_tokens == 1 ? a++ : c++] = s;
    }
    /* reserve, remembering shared tail blocks that copy-on-write replaces */
    for (int32_t s = 0; s < n_seqs; s++) {
        const cc_kv_seq *kv = seqs[s].kv;
        int32_t bi = kv->n_tokens / bt;
        b->cow_old[s] = (kv->n_tokens % bt != 0 && bi < kv->n_blocks) ? kv->blocks[bi] : -1;
    }
    for (int32_t s = 0; s < n_seqs; s++)
        if ((st = cc_kv_seq_reserve(pool, seqs[s].kv, seqs[s].n_tokens, err)) != CC_OK) return st;
    for (int32_t s = 0; s < n_seqs; s++) {
        const cc_kv_seq *kv = seqs[s].kv;
        int32_t nb = kv->blocks[kv->n_tokens / bt];
        if (b->cow_old[s] < 0 || nb == b->cow_old[s]) continue;
        for (int32_t l = 0; l < hp->n_layer; l++)
            for (int kvi = 0; kvi < 2; kvi++) {
                uint8_t *base = (uint8_t *)b->kv + ((size_t)l * 2 + (size_t)kvi) * b->kv_layer_bytes;
                if ((st = cc_cuda_d2d(base + (size_t)nb * b->kv_blk_bytes, base + (size_t)b->cow_old[s] * b->kv_blk_bytes,
                                      b->kv_blk_bytes, b->stream, err)) != CC_OK)
                    return st;
            }
    }

    /* the step header: one pinned buffer, one copy.  A graph step lays it out for the bucket:
     * Bk token rows, Bk table rows of max_blocks columns (fixed offsets and strides) */
    const bool per_token = !b->prefill_kernel; /* one table row per token, all attention through the decode kernel */
    const int64_t Th = bucket >= 0 ? Bk : T; /* token rows of the header */
    const int32_t R = bucket >= 0 ? Bk : per_token ? (int32_t)T : n_seqs;
    const int32_t MB = bucket >= 0 ? b->max_blocks : (max_ctx + bt - 1) / bt;
    const int32_t n_pre = n_seqs - n_dec;
    if (R > b->max_rows || MB > b->max_blocks)
        return cc_fail(err, CC_ERR_RANGE, "cuda backend: block table of %d x %d exceeds %d x %d", R, MB, b->max_rows,
                       b->max_blocks);
    int32_t *H = b->hdr_h;
    const size_t o_ids = 0, o_seq = (size_t)Th, o_pos = 2 * (size_t)Th, o_ctx = 3 * (size_t)Th, o_qs = o_ctx + (size_t)R,
                 o_ql = o_qs + (size_t)n_pre, o_pc = o_ql + (size_t)n_pre, o_tab = o_pc + (size_t)n_pre;
    const size_t n_hdr = o_tab + (size_t)R * (size_t)MB;
    int32_t n_out = 0;
    {
        int32_t t = 0;
        for (int32_t g = 0; g < n_seqs; g++) {
            const cc_fwd_seq *sq = &seqs[b->seq_order[g]];
            const cc_kv_seq *kv = sq->kv;
            int32_t nblk = (kv->n_tokens + sq->n_tokens + bt - 1) / bt;
            if (!per_token) {
                int32_t *row = H + o_tab + (size_t)g * MB;
                for (int32_t j = 0; j < MB; j++) row[j] = j < nblk ? kv->blocks[j] : 0;
                H[o_ctx + g] = kv->n_tokens + sq->n_tokens;
                if (g >= n_dec) {
                    int32_t i = g - n_dec;
                    H[o_qs + i] = t;
                    H[o_ql + i] = sq->n_tokens;
                    H[o_pc + i] = kv->n_tokens + sq->n_tokens;
                }
            }
            for (int32_t i = 0; i < sq->n_tokens; i++, t++) {
                H[o_ids + t] = sq->tokens[i];
                H[o_pos + t] = kv->n_tokens + i;
                H[o_seq + t] = per_token ? t : g;
                if (per_token) {
                    int32_t *row = H + o_tab + (size_t)t * MB;
                    for (int32_t j = 0; j < MB; j++) row[j] = j < nblk ? kv->blocks[j] : 0;
                    H[o_ctx + t] = kv->n_tokens + i + 1;
                }
            }
        }
        /* padded rows of a graph step: token 0 at position 0 of a table row of -1 (RoPE stores
         * nothing: block -1 is outside the pool) with context 0 (attention reads nothing; the row's
         * output is 0/0, NaN, in its own rows only: every other op works row by row, and the
         * invariant GEMMs and the matvec compute each row alone) */
        for (; t < Th; t++) {
            H[o_ids + t] = 0;
            H[o_pos + t] = 0;
            H[o_seq + t] = t;
            H[o_ctx + t] = 0;
            int32_t *row = H + o_tab + (size_t)t * MB;
            for (int32_t j = 0; j < MB; j++) row[j] = -1;
        }
        /* logits rows in call order (sequences in order, tokens in order), as step-order rows */
        int32_t *start = b->cow_old; /* reuse: first step-order row of each call-order sequence */
        for (int32_t g = 0, r = 0; g < n_seqs; g++) {
            start[b->seq_order[g]] = r;
            r += seqs[b->seq_order[g]].n_tokens;
        }
        for (int32_t s = 0; s < n_seqs; s++)
            for (int32_t i = 0; i < seqs[s].n_tokens; i++)
                if (seqs[s].logits == CC_LOGITS_ALL || (seqs[s].logits == CC_LOGITS_LAST && i == seqs[s].n_tokens - 1))
                    b->out_grow[n_out++] = start[s] + i;
        for (int32_t j = n_out; j < Bk; j++) b->out_grow[j] = j; /* a graph step computes the padded rows too */
    }
    if ((st = cc_cuda_h2d_async(b->hdr_d, H, n_hdr * 4, b->stream, err)) != CC_OK) return st;
    if (ids && smp && n_out > 0) { /* each row's sampling parameters and draw index: one copy */
        const size_t cap = (size_t)b->cap;
        uint64_t *hrow = b->smp_h;
        float *htemp = (float *)(hrow + cap), *htop = htemp + cap;
        int32_t *hdraw = (int32_t *)(htop + cap);
        for (int32_t r = 0; r < n_out; r++) {
            hrow[r] = smp[r].row_id;
            htemp[r] = smp[r].temperature;
            htop[r] = smp[r].top_p;
            hdraw[r] = smp[r].draw;
        }
        for (int32_t r = n_out; r < Bk; r++) { /* padded rows: the argmax of their (ignored) logits */
            hrow[r] = 0;
            htemp[r] = 0.0f;
            htop[r] = 1.0f;
            hdraw[r] = 0;
        }
        if ((st = cc_cuda_h2d_async(b->smp_d, b->smp_h, cap * SMP_ROW_BYTES, b->stream, err)) != CC_OK) return st;
    }

    fwd_plan pl = {.T = (int32_t)Th, .n_dec = bucket >= 0 ? Bk : n_dec, .n_pre = n_pre,
                   .max_ctx = bucket >= 0 ? b->p.n_ctx : max_ctx, .max_q = max_q, .MB = MB,
                   .n_out = bucket >= 0 ? Bk : n_out, .per_token = per_token, .o_ids = o_ids, .o_seq = o_seq,
                   .o_pos = o_pos, .o_ctx = o_ctx, .o_qs = o_qs, .o_ql = o_ql, .o_pc = o_pc, .o_tab = o_tab,
                   .kind = !ids ? STEP_LOGITS : smp ? STEP_SAMPLED : STEP_GREEDY, .seed = smp ? seed : 0};
    st = bucket >= 0 ? graph_step(b, bucket, &pl, err) : launch_forward(b, &pl, err);
    if (st != CC_OK) return st;
    /* the real rows' results to the host */
    if (n_out > 0) {
        if (ids) {
            if ((st = cc_cuda_d2h_async(ids, b->ids_d, (size_t)n_out * 4, b->stream, err)) != CC_OK) return st;
        } else if ((st = cc_cuda_d2h_async(logits, b->logits, (size_t)n_out * (size_t)V * 4, b->stream, err)) !=
                   CC_OK) {
            return st;
        }
    }
    if ((st = cc_cuda_stream_sync(b->stream, err)) != CC_OK) return st;
    if (b->ev && b->n_ev > 1) { /* profile: the time between consecutive marks goes to the family that ended */
        const bool dec = n_pre == 0;
        for (int32_t k = 1; k < b->n_ev; k++) {
            float ms = 0.0f;
            if ((st = cc_cuda_event_ms(b->ev[k - 1], b->ev[k], &ms, err)) != CC_OK) return st;
            const int f = b->ev_family[k];
            if (f < 0 || f >= CC_PROF_N) continue;
            b->stats.prof_ms[f] += ms;
            if (dec) b->stats.prof_decode_ms[f] += ms;
        }
        b->stats.prof_steps++;
        b->stats.prof_decode_steps += dec ? 1 : 0;
    }
    for (int32_t s = 0; s < n_seqs; s++) cc_kv_seq_commit(seqs[s].kv, seqs[s].n_tokens);
    b->stats.steps++;
    b->stats.tokens += T;
    b->stats.gemm_steps += b->bi || (b->gemm && T >= b->p.gemm_min_tokens) ? 1 : 0;
    b->stats.greedy_steps += ids && !smp ? 1 : 0;
    b->stats.sampled_steps += ids && smp ? 1 : 0;
    b->stats.logit_rows += ids ? 0 : n_out;
    return CC_OK;
}

static cc_status cuda_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err) {
    return run_step(ctx, seqs, n_seqs, logits, NULL, NULL, 0, err);
}

static cc_status cuda_step_greedy(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids, cc_error *err) {
    if (!ids) return cc_fail(err, CC_ERR_INVALID, "cuda backend: step_greedy without an ids buffer");
    return run_step(ctx, seqs, n_seqs, NULL, ids, NULL, 0, err);
}

static cc_status cuda_step_sample(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, const cc_row_sampling *rows,
                                  uint64_t seed, int32_t *ids, cc_error *err) {
    if (!ids || !rows) return cc_fail(err, CC_ERR_INVALID, "cuda backend: step_sample without ids or row parameters");
    /* the rows' parameters, checked before anything is reserved or launched */
    int32_t n_out = 0;
    for (int32_t s = 0; s < n_seqs; s++)
        n_out += seqs[s].logits == CC_LOGITS_ALL ? seqs[s].n_tokens : seqs[s].logits == CC_LOGITS_LAST ? 1 : 0;
    for (int32_t r = 0; r < n_out; r++)
        if (!(rows[r].temperature >= 0.0f) || !isfinite(rows[r].temperature) ||
            !(rows[r].top_p > 0.0f && rows[r].top_p <= 1.0f) || rows[r].draw < 0)
            return cc_fail(err, CC_ERR_INVALID,
                           "cuda backend: step_sample row %d (id %llu): temperature %g (>= 0), top_p %g (in (0, 1]), "
                           "draw %d (>= 0)",
                           r, (unsigned long long)rows[r].row_id, (double)rows[r].temperature,
                           (double)rows[r].top_p, rows[r].draw);
    return run_step(ctx, seqs, n_seqs, NULL, ids, rows, seed, err);
}

cc_status cc_cuda_backend_step_greedy(const cc_backend *bk, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids,
                                      cc_error *err) {
    if (!bk || !bk->ctx || bk->step != cuda_step)
        return cc_fail(err, CC_ERR_INVALID, "cuda backend: step_greedy on a backend that is not the CUDA one");
    if (!ids) return cc_fail(err, CC_ERR_INVALID, "cuda backend: step_greedy without an ids buffer");
    return run_step(bk->ctx, seqs, n_seqs, NULL, ids, NULL, 0, err);
}

cc_status cc_cuda_backend_step_sample(const cc_backend *bk, const cc_fwd_seq *seqs, int32_t n_seqs,
                                      const cc_row_sampling *rows, uint64_t seed, int32_t *ids, cc_error *err) {
    if (!bk || !bk->ctx || bk->step != cuda_step)
        return cc_fail(err, CC_ERR_INVALID, "cuda backend: step_sample on a backend that is not the CUDA one");
    return cuda_step_sample(bk->ctx, seqs, n_seqs, rows, seed, ids, err);
}

#endif
