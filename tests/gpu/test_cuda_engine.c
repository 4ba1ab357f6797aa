/* test_cuda_engine.c - the CUDA backend (host/cuda_backend.h) against the CPU
 * forward pass, on the device.  One line per check, "PASS ..." or "FAIL ...":
 *
 *   a  small random models (2 layers, 256 wide, head_dim 64, GQA 2, llama3
 *      RoPE) in every weight type the kernels take, plus the HF rotate-half
 *      layout, the decode-kernel-only chunk path, the cuBLASLt path, the fp8
 *      projections (proj_fp8, opt-in, bound 0.2) and the
 *      tensor-core decode attention (decode_tc, opt-in): the
 *      same steps (prefill chunks, decode tokens, a forked shared prefix whose
 *      partial block is copied on write, all mixed) on both backends, logits
 *      compared as max|gpu - cpu| / max|cpu| per step against a bound per
 *      weight type (f16/bf16: only summation order differs; quantized: the
 *      CPU rounds activations to int8, the GPU keeps them in fp32).  Also:
 *      a head_dim-16 model (as in tests/fixtures/tiny-llama, which the
 *      attention kernels do not take) is refused with a clear error.
 *   b  Llama-3.2-1B-size random models (q8_0, q4_K) through the real
 *      scheduler with a shared prefix and 64-token steps: 32 greedy tokens
 *      per row on both backends must agree, or differ first where the GPU's
 *      token is within the bound of the CPU's top logit (a near-tie; the
 *      CPU's top-two margin is printed).
 *   c  batch invariance on the device: a row alone and inside a batch of 16
 *      (others prefilling and decoding around it) gives bitwise-identical
 *      logits at every step; the device-side greedy step
 *      (cc_cuda_backend_step_greedy) returns the argmax of those logits.
 *      On gemm_bi, the matvec and pinned cuBLASLt (ltpin: every projection
 *      must have passed its start-up self-test; the report says which
 *      algorithm each took), and ltpin with a fault injected into its
 *      self-test: every projection falls back to gemm_bi and the logits are
 *      bitwise the gemm_bi engine's; ltpin with the tensor-core decode
 *      attention (decode_tc) is invariant too.
 *   d  sampling on the device (step_sample, cc_cuda_sample after the output
 *      layer; 1B widths, 4 layers, q8_0, 8 rows): for several temperatures,
 *      top-p values and seeds, the ids sampled on the device equal the host
 *      sampler (host/sampler.c) applied to the same step's logits copied to
 *      the host (the same batch run on a twin set of sequences), each row
 *      drawing index k of its own stream (seed, row id) at its k-th token;
 *      a row sampled alone gets the same ids as inside the batch; with top-p
 *      off, draws must leave the argmax when the tempered distribution says
 *      at least 10 of them should.
 *   e  CUDA graphs (cuda_graphs): two engines on the same model, graphs off
 *      and on, run the same steps (prompts, decode steps of 1..8 rows padded
 *      to the buckets 1/2/4/8, a step mixing a chunk into decode rows, which
 *      runs without a graph); every step's logits, greedy ids and sampled ids
 *      must be bitwise equal, row 0 decoded alone (bucket 1) must equal row 0
 *      in the batch, and the graphs engine must have replayed graphs.  On
 *      gemm_bi, the matvec and pinned cuBLASLt (captured cuBLASLt calls).
 *   f  profile (params.profile): an engine timing its kernel families with
 *      events gives bitwise the results of one that does not, times every
 *      step, and gives time to every family (prompt chunks, decode, sampling).
 *   Parts a and b also run the ltpin path (a: f16, q8_0, chunks through the
 *   decode kernel; b: q8_0 and q4_K greedy against the CPU) and the fp8 e4m3
 *   K/V cache (kv_fp8; a: logits against the CPU's f16 K/V, b: greedy tokens
 *   against the GPU's f16 K/V run, a difference allowed only at a near-tie).
 *
 * usage: gpu_test_cuda_engine [a] [b] [c] [d] [e] [f]   (default: all).  Exits 77 without a GPU. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cuda_backend.h"
#include "cuda_probe.h"
#include "forward.h"
#include "model_random.h"
#include "sampler.h"
#include "scheduler.h"
#include "testutil.h"

static cc_error err;
static int n_threads = 4;

#define MUST(call)                                                          \
    do {                                                                    \
        if ((call) != CC_OK) {                                              \
            fprintf(stderr, "FATAL %s:%d: %s: %s\n", __FILE__, __LINE__, #call, err.msg); \
            exit(1);                                                        \
        }                                                                   \
    } while (0)

static uint64_t rs = 0x243F6A8885A308D3ULL;
static int32_t rnd(int32_t n) {
    rs = rs * 6364136223846793005ULL + 1442695040888963407ULL;
    return (int32_t)((rs >> 33) % (uint64_t)n);
}

static const char *tname(cc_ttype t) {
    const cc_ttype_info *i = cc_ttype_get((uint32_t)t);
    return i ? i->name : "?";
}

/* worst max|a-b| / max|b| over rows of n */
static double rows_err(const float *gpu, const float *cpu, int32_t rows, int32_t n) {
    double worst = 0;
    for (int32_t r = 0; r < rows; r++) {
        double e = cc_rel_err(gpu + (size_t)r * n, cpu + (size_t)r * n, (size_t)n);
        if (!(e <= worst)) worst = e; /* NaN propagates */
    }
    return worst;
}

/* max that keeps a NaN (fmax drops it) */
static double maxn(double a, double b) { return isnan(a) || isnan(b) ? NAN : a > b ? a : b; }

static int32_t argmax(const float *x, int32_t n) {
    int32_t b = 0;
    for (int32_t i = 1; i < n; i++)
        if (x[i] > x[b]) b = i;
    return b;
}

/* ------------------------------------------------------------------ a */

typedef struct {
    cc_kv_pool pool;     /* bookkeeping (GPU) or host (CPU) */
    cc_kv_seq seq[5];    /* the sequences */
    cc_forward fwd;      /* CPU only */
    cc_backend be;       /* either */
    bool gpu;            /* which */
} side;

static void side_open(side *s, const cc_model *m, bool gpu, const cc_cuda_backend_params *p) {
    memset(s, 0, sizeof *s);
    s->gpu = gpu;
    const int32_t KD = m->hp.n_head_kv * m->hp.head_dim;
    MUST(cc_kv_pool_init_blocks(&s->pool, m->hp.n_layer, KD, 16, CC_KVD_F16, 96, !gpu, &err));
    for (int i = 0; i < 5; i++) cc_kv_seq_init(&s->seq[i]);
    if (gpu) {
        MUST(cc_cuda_backend_create(m, &s->pool, p, &s->be, &err));
    } else {
        MUST(cc_forward_init(&s->fwd, m, &s->pool, NULL, cc_cpu_isa_detect(), &err));
        s->be = cc_backend_cpu(&s->fwd);
    }
}

static void side_close(side *s) {
    for (int i = 0; i < 5; i++) cc_kv_seq_release(&s->pool, &s->seq[i]);
    if (s->gpu) cc_cuda_backend_destroy(&s->be);
    else cc_forward_free(&s->fwd);
    cc_kv_pool_free(&s->pool);
}

/* One scripted step on both sides: n entries of (sequence, tokens, mode); returns the worst error. */
typedef struct {
    int seq;
    int32_t n;
    cc_logits_mode mode;
} part;

static double both_step(side *c, side *g, const part *parts, int n, const int32_t *toks, int32_t V, float *lc,
                        float *lg) {
    cc_fwd_seq sc[5], sg[5];
    int32_t off = 0;
    for (int i = 0; i < n; i++) {
        sc[i] = (cc_fwd_seq){&c->seq[parts[i].seq], toks + off, parts[i].n, parts[i].mode};
        sg[i] = (cc_fwd_seq){&g->seq[parts[i].seq], toks + off, parts[i].n, parts[i].mode};
        off += parts[i].n;
    }
    int32_t rows = cc_forward_n_logits(sc, n);
    MUST(c->be.step(c->be.ctx, sc, n, lc, &err));
    MUST(g->be.step(g->be.ctx, sg, n, lg, &err));
    return rows ? rows_err(lg, lc, rows, V) : 0.0;
}

static cc_llama_hparams small_hp(int32_t head_dim) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 2;
    hp.n_embd = 256;
    hp.n_ff = 512;
    hp.head_dim = head_dim;
    hp.n_head = 256 / head_dim;
    hp.n_head_kv = hp.n_head / 2;
    hp.n_vocab = 1000;
    hp.rope_orig_ctx = 64; /* so the llama3 bands fall inside the tested positions */
    return hp;
}

/* The projection paths of cuda_backend.h. */
enum { PATH_BI = 0, PATH_MATVEC = 1, PATH_LTPIN = 2, PATH_CUBLAS = 3, PATH_FP8 = 4 };
static const char *path_name[] = {"invariant tensor-core GEMM", "invariant matvec", "pinned cuBLASLt (ltpin)",
                                  "cuBLASLt bf16 GEMM", "cuBLASLt fp8 GEMM (proj_fp8)"};

static void set_path(cc_cuda_backend_params *p, int path) {
    p->batch_invariant = path != PATH_CUBLAS && path != PATH_FP8;
    p->invariant_matvec = path == PATH_MATVEC;
    p->inv_gemm = path == PATH_LTPIN ? CC_INV_GEMM_LTPIN : CC_INV_GEMM_BI;
    p->proj_fp8 = path == PATH_FP8;
    if (path == PATH_CUBLAS || path == PATH_FP8) p->gemm_min_tokens = 32;
}

/* With the pinned path: print which GEMM each projection took, and require that every
 * projection's self-test passed (else the run proved nothing about pinned cuBLASLt). */
static void check_pinned(const cc_backend *be, const char *where) {
    cc_cuda_backend_stats s = cc_cuda_backend_get_stats(be);
    cc_cuda_backend_report(be, stdout);
    bool ok = s.ltpin_shapes == 6 && s.bi_shapes == 0;
    printf("%s %s: %d of 6 projections on pinned cuBLASLt, %d on gemm_bi (reasons above)\n", ok ? "PASS" : "FAIL",
           where, s.ltpin_shapes, s.bi_shapes);
    CHECKF(ok, "%s: %d projections fell back to gemm_bi", where, s.bi_shapes);
}

/* decode attention on tensor cores (cuda_backend.h decode_tc) for the engines parts a and c open */
static bool g_decode_tc;

static void part_a_one(cc_ttype t, bool halves, bool no_prefill_kernel, int path, bool kv_fp8, double bound) {
    cc_llama_hparams hp = small_hp(64);
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, t, 1000 + (uint64_t)t, n_threads, &err));
    if (halves) m.rope_layout = CC_ROPE_PAIRS_HALVES;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(160, 8, 1024);
    p.no_prefill_kernel = no_prefill_kernel;
    p.kv_fp8 = kv_fp8;
    p.decode_tc = g_decode_tc;
    set_path(&p, path);
    side c, g;
    side_open(&c, &m, false, NULL);
    side_open(&g, &m, true, &p);
    if (path == PATH_LTPIN) check_pinned(&g.be, "a: small model, pinned cuBLASLt");
    const int32_t V = hp.n_vocab;
    float *lc = malloc((size_t)160 * V * sizeof(float)), *lg = malloc((size_t)160 * V * sizeof(float));
    int32_t toks[160];
    double worst = 0;
    int steps = 0;
    /* 1: two prompts, one asking for every position's logits */
    for (int i = 0; i < 160; i++) toks[i] = rnd(V);
    part s1[] = {{0, 37, CC_LOGITS_ALL}, {1, 20, CC_LOGITS_LAST}};
    worst = maxn(worst, both_step(&c, &g, s1, 2, toks, V, lc, lg)), steps++;
    /* 2: a decode token, a second chunk, a 70-token prompt (over one 64-row matvec) */
    for (int i = 0; i < 160; i++) toks[i] = rnd(V);
    part s2[] = {{0, 1, CC_LOGITS_LAST}, {1, 15, CC_LOGITS_ALL}, {2, 70, CC_LOGITS_ALL}};
    worst = maxn(worst, both_step(&c, &g, s2, 3, toks, V, lc, lg)), steps++;
    /* 3: sequence 3 shares sequence 0's first 20 positions (a partial block: copied on write) */
    MUST(cc_kv_seq_fork(&c.pool, &c.seq[3], &c.seq[0], 20, &err));
    MUST(cc_kv_seq_fork(&g.pool, &g.seq[3], &g.seq[0], 20, &err));
    for (int i = 0; i < 160; i++) toks[i] = rnd(V);
    part s3[] = {{3, 9, CC_LOGITS_ALL}, {0, 1, CC_LOGITS_LAST}, {2, 1, CC_LOGITS_LAST}};
    worst = maxn(worst, both_step(&c, &g, s3, 3, toks, V, lc, lg)), steps++;
    /* 4..9: everyone decodes the CPU's greedy token; sequence 4 joins with a prompt at step 5 */
    int32_t next[5] = {rnd(V), rnd(V), rnd(V), rnd(V), rnd(V)};
    for (int st = 0; st < 6; st++) {
        part sp[5];
        int n = 0, off = 0;
        for (int q = 0; q < 4; q++) {
            if (q == 1 && st % 2 == 1) continue; /* sequence 1 sits out every other step */
            sp[n++] = (part){q, 1, CC_LOGITS_LAST};
            toks[off++] = next[q];
        }
        if (st == 1) {
            sp[n++] = (part){4, 23, CC_LOGITS_LAST};
            for (int i = 0; i < 23; i++) toks[off++] = rnd(V);
        } else if (st > 1) {
            sp[n++] = (part){4, 1, CC_LOGITS_LAST};
            toks[off++] = next[4];
        }
        worst = maxn(worst, both_step(&c, &g, sp, n, toks, V, lc, lg)), steps++;
        for (int i = 0; i < n; i++) next[sp[i].seq] = argmax(lc + (size_t)i * V, V);
    }
    char what[160];
    snprintf(what, sizeof what, "%s, %s%s%s%s%s", tname(t), path_name[path], halves ? ", rotate-half weights" : "",
             no_prefill_kernel ? ", chunks through the decode kernel" : "", kv_fp8 ? ", fp8 K/V" : "",
             g_decode_tc ? ", tc decode attention" : "");
    bool ok = worst <= bound;
    printf("%s a: small model %-62s max rel err over %d steps %.2e (bound %.0e)\n", ok ? "PASS" : "FAIL", what,
           steps, worst, bound);
    CHECKF(ok, "%s: %.3e > %.0e", what, worst, bound);
    if (path == PATH_FP8) { /* the bound proves nothing unless the GEMMs ran on fp8 */
        cc_cuda_backend_stats bs = cc_cuda_backend_get_stats(&g.be);
        cc_cuda_backend_report(&g.be, stdout);
        bool ran = bs.fp8_gemms > 0;
        printf("%s a: small model, fp8 projections: %lld GEMM launches on fp8, %lld refused by cuBLASLt (ran in bf16)\n",
               ran ? "PASS" : "FAIL", (long long)bs.fp8_gemms, (long long)bs.fp8_refused);
        CHECKF(ran, "fp8 projections: no GEMM ran on fp8 (%lld refused)", (long long)bs.fp8_refused);
    }
    side_close(&c);
    side_close(&g);
    free(lc);
    free(lg);
    cc_model_free(&m);
}

static void part_a(void) {
    /* bounds: f16/bf16 differ only in summation order (and the f16 K/V both sides store);
     * quantized: the CPU's int8 activations are ~1% per matmul */
    static const struct {
        cc_ttype t;
        double bound;
    } types[] = {{CC_T_F16, 2e-3}, {CC_T_BF16, 2e-3}, {CC_T_Q8_0, 5e-2}, {CC_T_Q4_0, 8e-2},
                 {CC_T_Q4_1, 8e-2}, {CC_T_Q4_K, 8e-2}, {CC_T_Q6_K, 8e-2}};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        part_a_one(types[i].t, false, false, PATH_MATVEC, false, types[i].bound);
        /* the GEMMs round weights and activations to bf16 (~0.4% each) */
        part_a_one(types[i].t, false, false, PATH_BI, false, types[i].bound > 1e-2 ? types[i].bound : 1e-2);
    }
    part_a_one(CC_T_F16, true, false, PATH_MATVEC, false, 2e-3);
    part_a_one(CC_T_F16, true, false, PATH_BI, false, 1e-2);
    part_a_one(CC_T_F16, false, true, PATH_MATVEC, false, 2e-3);
    part_a_one(CC_T_F16, false, true, PATH_BI, false, 1e-2);
    part_a_one(CC_T_F16, false, false, PATH_CUBLAS, false, 3e-2);
    /* fp8 projections (gemm_fp8.cu, measured, opt-in): e4m3 weights and activations, ~3 significant
     * bits each, so a loose bound that still catches a wrong scale or layout (those land near 1) */
    part_a_one(CC_T_F16, false, false, PATH_FP8, false, 2e-1);
    /* pinned cuBLASLt: bf16 rounding as for the invariant GEMM */
    part_a_one(CC_T_F16, false, false, PATH_LTPIN, false, 1e-2);
    part_a_one(CC_T_Q8_0, false, false, PATH_LTPIN, false, 5e-2);
    part_a_one(CC_T_F16, false, true, PATH_LTPIN, false, 1e-2);
    /* fp8 e4m3 K/V (scale 1) against the CPU's f16 K/V: ~3 significant bits per cached value */
    part_a_one(CC_T_F16, false, false, PATH_BI, true, 1.5e-1);
    part_a_one(CC_T_F16, false, true, PATH_BI, true, 1.5e-1); /* chunks through the decode kernel */
    /* decode attention on tensor cores (opt-in): the same bounds as the fp32 kernel */
    g_decode_tc = true;
    part_a_one(CC_T_F16, false, false, PATH_LTPIN, false, 1e-2);
    part_a_one(CC_T_F16, false, true, PATH_LTPIN, false, 1e-2);
    part_a_one(CC_T_F16, false, true, PATH_BI, true, 1.5e-1);
    g_decode_tc = false;
    /* the tiny reference checkpoints' shape: head_dim 16 is refused, not miscomputed */
    cc_llama_hparams hp = small_hp(16);
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, CC_T_F16, 7, n_threads, &err));
    cc_kv_pool pool;
    MUST(cc_kv_pool_init_blocks(&pool, hp.n_layer, hp.n_head_kv * 16, 16, CC_KVD_F16, 8, false, &err));
    cc_backend be;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(64, 4, 256);
    cc_status st = cc_cuda_backend_create(&m, &pool, &p, &be, &err);
    bool ok = st == CC_ERR_UNSUPPORTED && strstr(err.msg, "head_dim 16");
    printf("%s a: head_dim 16 (tiny-llama fixtures' shape) refused: %s\n", ok ? "PASS" : "FAIL", err.msg);
    CHECK(ok);
    if (st == CC_OK) cc_cuda_backend_destroy(&be);
    cc_kv_pool_free(&pool);
    cc_model_free(&m);
}

/* ------------------------------------------------------------------ b */

#define B_ROWS 4
#define B_PREFIX 27
#define B_NEW 32

typedef struct {
    int32_t toks[B_ROWS][B_NEW]; /* outputs by tag */
    int32_t n[B_ROWS];           /* lengths */
} b_out;

static void run_sched(cc_backend *be, int32_t (*prompts)[200], const int32_t *plen, b_out *o) {
    cc_sched_params sp;
    memset(&sp, 0, sizeof sp);
    sp.max_seqs = 8;
    sp.max_step_tokens = 64;
    sp.max_new_tokens = B_NEW;
    sp.n_ctx = 512;
    sp.sampling = cc_sampler_defaults();
    sp.sampling.temperature = 0;
    cc_sched *s;
    MUST(cc_sched_init(&s, be, &sp, &err));
    MUST(cc_sched_set_prefix(s, prompts[0], B_PREFIX, &err));
    for (int r = 0; r < B_ROWS; r++) MUST(cc_sched_submit(s, (uint64_t)r, prompts[r], plen[r], &err));
    memset(o, 0, sizeof *o);
    while (cc_sched_pending(s) > 0) {
        bool did = false;
        MUST(cc_sched_step(s, &did, &err));
        cc_sched_result res[B_ROWS];
        size_t n = cc_sched_poll(s, res, B_ROWS);
        for (size_t i = 0; i < n; i++) {
            CHECKF(res[i].status == CC_OK, "row %llu: %s", (unsigned long long)res[i].tag, res[i].err);
            int r = (int)res[i].tag;
            o->n[r] = res[i].n_tokens;
            memcpy(o->toks[r], res[i].tokens, (size_t)res[i].n_tokens * sizeof(int32_t));
            cc_sched_result_free(&res[i]);
        }
        if (!did) break;
    }
    cc_sched_free(s);
}

/* The CPU's logits after prompt + out[0..k): top-two margin, how far token alt is below the
 * top, and the max |logit|. */
static void cpu_margin(const cc_model *m, const int32_t *prompt, int32_t plen, const int32_t *out, int32_t k,
                       int32_t alt, double *margin, double *alt_gap, double *scale, int32_t *top2) {
    cc_kv_pool pool;
    cc_kv_seq seq;
    cc_forward f;
    cc_threadpool *tp = NULL;
    MUST(cc_threadpool_init(&tp, n_threads, &err));
    MUST(cc_kv_pool_init_blocks(&pool, m->hp.n_layer, m->hp.n_head_kv * m->hp.head_dim, 16, CC_KVD_F16, 64, true,
                                &err));
    cc_kv_seq_init(&seq);
    MUST(cc_forward_init(&f, m, &pool, tp, cc_cpu_isa_detect(), &err));
    int32_t *all = malloc((size_t)(plen + k) * sizeof(int32_t));
    memcpy(all, prompt, (size_t)plen * sizeof(int32_t));
    memcpy(all + plen, out, (size_t)k * sizeof(int32_t));
    float *lg = malloc((size_t)m->hp.n_vocab * sizeof(float));
    cc_fwd_seq fs = {&seq, all, plen + k, CC_LOGITS_LAST};
    MUST(cc_forward_step(&f, &fs, 1, lg, &err));
    int32_t a = argmax(lg, m->hp.n_vocab), b2 = a == 0 ? 1 : 0;
    double mx = 0;
    for (int32_t i = 0; i < m->hp.n_vocab; i++) {
        if (i != a && lg[i] > lg[b2]) b2 = i;
        if (fabs(lg[i]) > mx) mx = fabs(lg[i]);
    }
    *margin = (double)lg[a] - lg[b2];
    *alt_gap = alt >= 0 && alt < m->hp.n_vocab ? (double)lg[a] - lg[alt] : INFINITY;
    *scale = mx;
    top2[0] = a;
    top2[1] = b2;
    free(all);
    free(lg);
    cc_forward_free(&f);
    cc_kv_seq_release(&pool, &seq);
    cc_kv_pool_free(&pool);
    cc_threadpool_free(tp);
}

/* The 1B model's rows through the scheduler on the GPU backend with this path (and K/V type). */
static void run_gpu_b(const cc_model *m, int path, bool kv_fp8, int32_t (*prompts)[200], const int32_t *plen,
                      b_out *o) {
    const cc_llama_hparams *hp = &m->hp;
    cc_kv_pool pool;
    cc_backend be;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(64, 8, 512);
    set_path(&p, path);
    p.kv_fp8 = kv_fp8;
    int32_t nb = 0;
    MUST(cc_cuda_backend_plan_blocks(m, &p, 16, &nb, &err));
    if (nb > 4096) nb = 4096;
    MUST(cc_kv_pool_init_blocks(&pool, hp->n_layer, hp->n_head_kv * hp->head_dim, 16, CC_KVD_F16, nb, false, &err));
    MUST(cc_cuda_backend_create(m, &pool, &p, &be, &err));
    if (path == PATH_LTPIN) check_pinned(&be, "b: 1B, pinned cuBLASLt");
    if (kv_fp8) printf("     b: %s\n", cc_cuda_backend_describe(&be));
    run_sched(&be, prompts, plen, o);
    cc_cuda_backend_destroy(&be);
    cc_kv_pool_free(&pool);
}

static void part_b_one(cc_ttype t, const double rel_bound[3], double fp8_bound) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, t, 42, n_threads, &err));
    static int32_t prompts[B_ROWS][200];
    int32_t plen[B_ROWS] = {40, 73, 130, 28};
    for (int r = 0; r < B_ROWS; r++)
        for (int i = 0; i < plen[r]; i++) prompts[r][i] = i < B_PREFIX ? prompts[0][i] : rnd(hp.n_vocab);
    for (int i = 0; i < B_PREFIX; i++) prompts[0][i] = rnd(hp.n_vocab);
    for (int r = 1; r < B_ROWS; r++) memcpy(prompts[r], prompts[0], B_PREFIX * sizeof(int32_t));
    /* CPU */
    b_out co, go;
    {
        cc_threadpool *tp = NULL;
        cc_kv_pool pool;
        cc_forward f;
        MUST(cc_threadpool_init(&tp, n_threads, &err));
        MUST(cc_kv_pool_init_blocks(&pool, hp.n_layer, hp.n_head_kv * hp.head_dim, 16, CC_KVD_F16, 256, true, &err));
        MUST(cc_forward_init(&f, &m, &pool, tp, cc_cpu_isa_detect(), &err));
        cc_backend be = cc_backend_cpu(&f);
        run_sched(&be, prompts, plen, &co);
        cc_forward_free(&f);
        cc_kv_pool_free(&pool);
        cc_threadpool_free(tp);
    }
    b_out gbi;
    memset(&gbi, 0, sizeof gbi);
    for (int path = PATH_BI; path <= PATH_LTPIN; path++) {
        run_gpu_b(&m, path, false, prompts, plen, &go);
        if (path == PATH_BI) gbi = go;
        for (int r = 0; r < B_ROWS; r++) {
            int32_t k = 0;
            while (k < co.n[r] && k < go.n[r] && co.toks[r][k] == go.toks[r][k])
                k++;
            if (k == co.n[r] && k == go.n[r]) {
                printf("PASS b: 1B %s, %s, row %d: %d greedy tokens identical on GPU and CPU\n", tname(t),
                       path_name[path], r, k);
                CHECK(k == B_NEW);
                continue;
            }
            double margin = 0, gap = 0, scale = 0;
            int32_t top2[2] = {0, 0}, gtok = k < go.n[r] ? go.toks[r][k] : -1;
            cpu_margin(&m, prompts[r], plen[r], co.toks[r], k, gtok, &margin, &gap, &scale, top2);
            bool ok = k < co.n[r] && gtok >= 0 && gap <= rel_bound[path] * scale;
            printf(
                "%s b: 1B %s, %s, row %d: first difference at token %d of %d (cpu %d, gpu %d); cpu top-2 %d/%d margin "
                "%.4f, gpu's token %.4f below the top = %.2e of max|logit| %.2f (bound %.0e)\n",
                ok ? "PASS" : "FAIL", tname(t), path_name[path], r, k, B_NEW, k < co.n[r] ? co.toks[r][k] : -1, gtok,
                top2[0], top2[1], margin, gap, scale > 0 ? gap / scale : 0, scale, rel_bound[path]);
            CHECK(ok);
        }
    }
    /* fp8 e4m3 K/V (gemm_bi) against the f16 K/V run above: the same greedy tokens, or a first
     * difference at a near-tie of the CPU's logits after the f16 run's tokens (fp8_bound 0: skipped) */
    if (fp8_bound > 0) run_gpu_b(&m, PATH_BI, true, prompts, plen, &go);
    for (int r = 0; r < B_ROWS && fp8_bound > 0; r++) {
        int32_t k = 0;
        while (k < gbi.n[r] && k < go.n[r] && gbi.toks[r][k] == go.toks[r][k]) k++;
        if (k == gbi.n[r] && k == go.n[r]) {
            printf("PASS b: 1B %s, fp8 K/V vs f16 K/V (%s), row %d: %d greedy tokens identical\n", tname(t),
                   path_name[PATH_BI], r, k);
            CHECK(k == B_NEW);
            continue;
        }
        double margin = 0, gap = 0, scale = 0;
        int32_t top2[2] = {0, 0}, ftok = k < go.n[r] ? go.toks[r][k] : -1;
        cpu_margin(&m, prompts[r], plen[r], gbi.toks[r], k, ftok, &margin, &gap, &scale, top2);
        bool ok = k < gbi.n[r] && ftok >= 0 && gap <= fp8_bound * scale;
        printf("%s b: 1B %s, fp8 K/V vs f16 K/V (%s), row %d: first difference at token %d of %d (f16 %d, fp8 %d); "
               "cpu top-2 %d/%d margin %.4f, fp8's token %.4f below the top = %.2e of max|logit| %.2f (bound %.0e)\n",
               ok ? "PASS" : "FAIL", tname(t), path_name[PATH_BI], r, k, B_NEW, k < gbi.n[r] ? gbi.toks[r][k] : -1,
               ftok, top2[0], top2[1], margin, gap, scale > 0 ? gap / scale : 0, scale, fp8_bound);
        CHECK(ok);
    }
    cc_model_free(&m);
}

static void part_b(void) {
    /* near-tie bounds per path (bi, matvec, ltpin): the GEMMs' bf16 activations (bi, ltpin) add
     * ~0.4% per matmul to the CPU's int8 activations' ~1% */
    static const double q8[3] = {3e-2, 2e-2, 3e-2}, q4k[3] = {5e-2, 4e-2, 5e-2};
    /* fp8 K/V: ~3 significant bits per cached value (the CPU keeps f16) */
    part_b_one(CC_T_Q8_0, q8, 1e-1);
    part_b_one(CC_T_Q4_K, q4k, 0);
}

/* ------------------------------------------------------------------ c */

/* keep (if not NULL) receives row 0's logits alone; must_equal (if not NULL) must match them bitwise
 * (equal_what says whose they are).  Every call draws the same prompts and tokens. */
static void part_c_one(int path, int fault, int step_tokens, float **keep, const float *must_equal,
                       const char *equal_what) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 4; /* real widths; fewer layers keep it quick */
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, CC_T_Q8_0, 7, n_threads, &err));
    enum { STEPS = 8, N = 16 };
    const int32_t V = hp.n_vocab;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(step_tokens, N, 512);
    set_path(&p, path);
    p.ltpin_fault = fault;
    p.decode_tc = g_decode_tc;
    rs = 0x452821E638D01377ULL; /* the same prompts on every engine, so their logits compare */
    cc_kv_pool pool;
    cc_backend be;
    MUST(cc_kv_pool_init_blocks(&pool, hp.n_layer, hp.n_head_kv * hp.head_dim, 16, CC_KVD_F16, 1024, false, &err));
    MUST(cc_cuda_backend_create(&m, &pool, &p, &be, &err));
    if (path == PATH_LTPIN && !fault) check_pinned(&be, "c: 1B widths, pinned cuBLASLt");
    if (fault) { /* every self-test fails: every projection on gemm_bi, saying why */
        cc_cuda_backend_stats s = cc_cuda_backend_get_stats(&be);
        cc_cuda_backend_report(&be, stdout);
        bool ok = s.ltpin_shapes == 0 && s.bi_shapes == 6 && strstr(cc_cuda_backend_describe(&be), "self-test failed");
        printf("%s c: pinned cuBLASLt with a fault injected into its self-test: %d of 6 projections fell back to "
               "gemm_bi\n", ok ? "PASS" : "FAIL", s.bi_shapes);
        CHECK(ok);
    }
    int32_t prompt[N][100], plen[N], dec[STEPS];
    for (int r = 0; r < N; r++) {
        plen[r] = 20 + 5 * r;
        for (int i = 0; i < plen[r]; i++) prompt[r][i] = rnd(V);
    }
    for (int s = 0; s < STEPS; s++) dec[s] = rnd(V);
    float *alone = malloc((size_t)(STEPS + 1) * V * sizeof(float));
    float *lg = malloc((size_t)N * V * sizeof(float));
    /* row 0 alone: its prompt, then STEPS decode tokens */
    cc_kv_seq seq[N];
    for (int r = 0; r < N; r++) cc_kv_seq_init(&seq[r]);
    cc_fwd_seq fs = {&seq[0], prompt[0], plen[0], CC_LOGITS_LAST};
    MUST(be.step(be.ctx, &fs, 1, alone, &err));
    for (int s = 0; s < STEPS; s++) {
        fs = (cc_fwd_seq){&seq[0], &dec[s], 1, CC_LOGITS_LAST};
        MUST(be.step(be.ctx, &fs, 1, alone + (size_t)(s + 1) * V, &err));
    }
    cc_kv_seq_release(&pool, &seq[0]);
    if (must_equal) {
        bool same = memcmp(alone, must_equal, (size_t)(STEPS + 1) * V * sizeof(float)) == 0;
        printf("%s c: %s (%s, %d-token steps%s): logits bitwise those of %s (%d steps)\n", same ? "PASS" : "FAIL",
               path_name[path], fault ? "fallen back everywhere" : "pinned", step_tokens,
               fault ? ", self-test fault injected" : "", equal_what, STEPS + 1);
        CHECK(same);
    }
    /* inside a batch of 16: row 0 sits at index 5; others prefill in two chunks and decode around it */
    int bad_step = -1;
    for (int s = -1; s < STEPS; s++) {
        cc_fwd_seq b[N];
        int n = 0, at = -1;
        for (int r = 1; r < N; r++) {
            if (n == 5) {
                at = n;
                b[n++] = s < 0 ? (cc_fwd_seq){&seq[0], prompt[0], plen[0], CC_LOGITS_LAST}
                               : (cc_fwd_seq){&seq[0], &dec[s], 1, CC_LOGITS_LAST};
            }
            int32_t done = seq[r].n_tokens;
            if (done < plen[r]) {
                int32_t half = plen[r] / 2, take = done == 0 ? half : plen[r] - done;
                b[n++] = (cc_fwd_seq){&seq[r], prompt[r] + done, take, CC_LOGITS_LAST};
            } else {
                b[n++] = (cc_fwd_seq){&seq[r], &dec[(s + r) % STEPS], 1, CC_LOGITS_LAST};
            }
        }
        MUST(be.step(be.ctx, b, n, lg, &err));
        if (memcmp(lg + (size_t)at * V, alone + (size_t)(s + 1) * V, (size_t)V * sizeof(float)) != 0 && bad_step < 0)
            bad_step = s + 1;
    }
    bool ok = bad_step < 0;
    if (ok)
        printf("PASS c: batch invariance (1B widths, 4 layers, q8_0, %s%s): row alone vs in a batch of %d, %d steps "
               "(prefill + decode, mixed with others' chunks): bitwise identical logits\n", path_name[path],
               g_decode_tc ? ", tc decode attention" : "", N, STEPS + 1);
    else
        printf("FAIL c: batch invariance (%s%s): row alone vs in a batch of %d differs first at step %d\n",
               path_name[path], g_decode_tc ? ", tc decode attention" : "", N, bad_step);
    CHECK(ok);
    for (int r = 0; r < N; r++) cc_kv_seq_release(&pool, &seq[r]);
    /* the device-side greedy step returns the argmax of the same logits */
    int mism = -1;
    for (int s = -1; s < STEPS; s++) {
        int32_t id = -1;
        fs = s < 0 ? (cc_fwd_seq){&seq[0], prompt[0], plen[0], CC_LOGITS_LAST}
                   : (cc_fwd_seq){&seq[0], &dec[s], 1, CC_LOGITS_LAST};
        MUST(cc_cuda_backend_step_greedy(&be, &fs, 1, &id, &err));
        if (id != argmax(alone + (size_t)(s + 1) * V, V) && mism < 0) mism = s + 1;
    }
    cc_kv_seq_release(&pool, &seq[0]);
    printf("%s c: greedy on the device (ids only cross, %s) equals the host argmax of the logits at %s\n",
           mism < 0 ? "PASS" : "FAIL", path_name[path], mism < 0 ? "every step" : "not every step");
    CHECKF(mism < 0, "first mismatch at step %d", mism);
    {
        cc_cuda_backend_stats s = cc_cuda_backend_get_stats(&be);
        printf("     c: %s: %lld GEMM launches on pinned cuBLASLt, %lld on gemm_bi\n", path_name[path],
               (long long)s.ltpin_gemms, (long long)s.bi_gemms);
    }
    cc_cuda_backend_destroy(&be);
    cc_kv_pool_free(&pool);
    if (keep) *keep = alone;
    else free(alone);
    free(lg);
    cc_model_free(&m);
}

static void part_c(void) {
    float *bi_alone = NULL, *lt_alone = NULL;
    part_c_one(PATH_BI, 0, 512, &bi_alone, NULL, NULL);
    part_c_one(PATH_MATVEC, 0, 512, NULL, NULL, NULL);
    part_c_one(PATH_LTPIN, 0, 512, &lt_alone, NULL, NULL);
    /* the pick depends on the card, not on the step size or the run: another engine with other
     * steps pins the same algorithms, bit for bit */
    part_c_one(PATH_LTPIN, 0, 1024, NULL, lt_alone, "the engine with 512-token steps");
    part_c_one(PATH_LTPIN, 1, 512, NULL, bi_alone, "the gemm_bi engine"); /* all fallen back */
    g_decode_tc = true; /* decode attention on tensor cores: invariant too */
    part_c_one(PATH_LTPIN, 0, 512, NULL, NULL, NULL);
    g_decode_tc = false;
    free(bi_alone);
    free(lt_alone);
}

/* ------------------------------------------------------------------ d */

static void part_d_one(const cc_model *mp, int path, float temp, float top_p, uint64_t seed) {
    const cc_model m = *mp;
    const cc_llama_hparams hp = m.hp;
    enum { N = 8, STEPS = 6 };
    const int32_t V = hp.n_vocab;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(256, 2 * N, 512);
    set_path(&p, path);
    cc_kv_pool pool;
    cc_backend be;
    MUST(cc_kv_pool_init_blocks(&pool, hp.n_layer, hp.n_head_kv * hp.head_dim, 16, CC_KVD_F16, 512, false, &err));
    MUST(cc_cuda_backend_create(&m, &pool, &p, &be, &err));
    cc_sampler_params sp = cc_sampler_defaults();
    sp.temperature = temp;
    sp.top_p = top_p;
    sp.seed = seed;
    cc_sampler smp;
    MUST(cc_sampler_init(&smp, &sp, V, &err));
    int32_t prompt[N][64], plen[N], tok[N];
    for (int r = 0; r < N; r++) {
        plen[r] = 12 + 5 * r;
        for (int i = 0; i < plen[r]; i++) prompt[r][i] = rnd(V);
    }
    cc_kv_seq sa[N], sb[N], alone;
    for (int r = 0; r < N; r++) cc_kv_seq_init(&sa[r]), cc_kv_seq_init(&sb[r]);
    cc_kv_seq_init(&alone);
    float *lg = malloc((size_t)N * V * sizeof(float)), *work = malloc((size_t)V * sizeof(float));
    int mism = 0, alone_mism = 0, not_argmax = 0, total = 0;
    double expect_not_argmax = 0; /* sum over draws of 1 - p(argmax) at this temperature (top-p ignored) */
    for (int s = -1; s < STEPS; s++) {
        cc_fwd_seq fa[N], fb[N];
        cc_row_sampling rows[N];
        for (int r = 0; r < N; r++) {
            fa[r] = s < 0 ? (cc_fwd_seq){&sa[r], prompt[r], plen[r], CC_LOGITS_LAST}
                          : (cc_fwd_seq){&sa[r], &tok[r], 1, CC_LOGITS_LAST};
            fb[r] = fa[r];
            fb[r].kv = &sb[r];
            rows[r] = (cc_row_sampling){.temperature = temp, .top_p = top_p, .row_id = 1000 + (uint64_t)r,
                                        .draw = s + 1};
        }
        int32_t host[N], dev[N], dev1 = -1;
        MUST(be.step(be.ctx, fa, N, lg, &err)); /* logits to the host, the host sampler */
        for (int r = 0; r < N; r++) {
            cc_rng rng;
            cc_rng_init(&rng, seed, 1000 + (uint64_t)r);
            rng.counter = (uint64_t)(s + 1);
            memcpy(work, lg + (size_t)r * V, (size_t)V * sizeof(float));
            host[r] = cc_sampler_sample(&smp, work, NULL, 0, &rng);
            const float *x = lg + (size_t)r * V;
            const int32_t am = argmax(x, V);
            not_argmax += host[r] != am;
            double z = 0;
            for (int32_t i = 0; i < V; i++) z += exp(((double)x[i] - x[am]) / temp);
            expect_not_argmax += 1.0 - 1.0 / z;
        }
        MUST(cc_cuda_backend_step_sample(&be, fb, N, rows, seed, dev, &err)); /* the same batch, sampled on the device */
        cc_fwd_seq f1 = fa[0];
        f1.kv = &alone;
        MUST(cc_cuda_backend_step_sample(&be, &f1, 1, rows, seed, &dev1, &err)); /* row 0 alone */
        for (int r = 0; r < N; r++) {
            mism += host[r] != dev[r];
            tok[r] = host[r];
            total++;
        }
        alone_mism += dev1 != dev[0];
    }
    cc_cuda_backend_stats st = cc_cuda_backend_get_stats(&be);
    /* sampling must have left the argmax when the distribution says it should have (a peaked random
     * model may make every draw the argmax: then only the equality is shown) */
    bool ok = mism == 0 && alone_mism == 0 && st.sampled_steps == 2 * (STEPS + 1) &&
              (top_p < 1.0f || expect_not_argmax < 10.0 || not_argmax > 0);
    printf("%s d: sampling on the device (%s, T %.2f, top-p %.2f, seed %llu): %d of %d ids equal the host sampler's "
           "on the same logits (%d not the argmax, %.1f expected without top-p), row 0 alone vs in the batch: %d of %d "
           "differ, %lld sampled steps\n",
           ok ? "PASS" : "FAIL", path_name[path], (double)temp, (double)top_p, (unsigned long long)seed, total - mism,
           total, not_argmax, expect_not_argmax, alone_mism, STEPS + 1, (long long)st.sampled_steps);
    CHECK(ok);
    for (int r = 0; r < N; r++) cc_kv_seq_release(&pool, &sa[r]), cc_kv_seq_release(&pool, &sb[r]);
    cc_kv_seq_release(&pool, &alone);
    free(lg);
    free(work);
    cc_sampler_free(&smp);
    cc_cuda_backend_destroy(&be);
    cc_kv_pool_free(&pool);
}

static void part_d(void) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 4; /* real widths; fewer layers keep it quick */
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, CC_T_Q8_0, 7, n_threads, &err));
    part_d_one(&m, PATH_BI, 0.5f, 0.9f, 1);
    part_d_one(&m, PATH_BI, 1.0f, 1.0f, 2);
    part_d_one(&m, PATH_BI, 0.8f, 0.3f, 3);
    part_d_one(&m, PATH_BI, 1.3f, 0.95f, 0xDEADBEEFCAFEull);
    part_d_one(&m, PATH_BI, 3.0f, 1.0f, 6); /* flat enough that draws leave the argmax even on a peaked model */
    part_d_one(&m, PATH_MATVEC, 1.0f, 0.9f, 5);
    cc_model_free(&m);
}

/* ------------------------------------------------------------------ e */

/* Two engines on model m with 256-token steps over n sequences (contexts of 512, 256 blocks of
 * 16 each) on one path, the second with graphs (what 'e') or profiling (what 'f') on. */
static void open_pair(const cc_model *m, int path, int n, char what, cc_kv_pool pool[2], cc_backend be[2]) {
    for (int k = 0; k < 2; k++) {
        cc_cuda_backend_params p = cc_cuda_backend_defaults(256, n, 512);
        set_path(&p, path);
        p.cuda_graphs = what == 'e' && k == 1;
        p.profile = what == 'f' && k == 1;
        MUST(cc_kv_pool_init_blocks(&pool[k], m->hp.n_layer, m->hp.n_head_kv * m->hp.head_dim, 16, CC_KVD_F16, 256, false,
                                    &err));
        MUST(cc_cuda_backend_create(m, &pool[k], &p, &be[k], &err));
    }
}

static void part_e_one(const cc_model *mp, int path) {
    enum { N = 8, STEPS = 10 };
    static const int rows_at[STEPS] = {8, 1, 3, 5, 2, 8, 7, 4, 6, 8}; /* rows 0..n-1 decode at each step */
    const cc_llama_hparams hp = mp->hp;
    const int32_t V = hp.n_vocab;
    cc_kv_pool pool[2];
    cc_backend be[2]; /* graphs off, on */
    open_pair(mp, path, N, 'e', pool, be);
    if (path == PATH_LTPIN) check_pinned(&be[1], "e (graphs engine): 1B widths, pinned cuBLASLt");
    printf("     e: %s\n", cc_cuda_backend_describe(&be[1]));
    int32_t prompt[N][40], plen[N], tok[N], chunk[5];
    for (int r = 0; r < N; r++) {
        plen[r] = 10 + 3 * r;
        for (int i = 0; i < plen[r]; i++) prompt[r][i] = rnd(V);
    }
    for (int i = 0; i < 5; i++) chunk[i] = rnd(V);
    cc_kv_seq seq[2][N], solo;
    for (int k = 0; k < 2; k++)
        for (int r = 0; r < N; r++) cc_kv_seq_init(&seq[k][r]);
    cc_kv_seq_init(&solo);
    float *lg[2] = {malloc((size_t)N * V * sizeof(float)), malloc((size_t)N * V * sizeof(float))};
    float *lsolo = malloc((size_t)V * sizeof(float));
    int bad_logits = -100, bad_ids = -100, bad_solo = -100, n_logits = 0, n_ids = 0;
    /* prompts (a chunk step: no graph on either engine), row 0 also alone on the graphs engine */
    for (int k = 0; k < 2; k++) {
        cc_fwd_seq fs[N];
        for (int r = 0; r < N; r++) fs[r] = (cc_fwd_seq){&seq[k][r], prompt[r], plen[r], CC_LOGITS_LAST};
        MUST(be[k].step(be[k].ctx, fs, N, lg[k], &err));
    }
    {
        cc_fwd_seq f1 = {&solo, prompt[0], plen[0], CC_LOGITS_LAST};
        MUST(be[1].step(be[1].ctx, &f1, 1, lsolo, &err));
    }
    if (memcmp(lg[0], lg[1], (size_t)N * V * sizeof(float)) != 0) bad_logits = -1;
    for (int r = 0; r < N; r++) tok[r] = argmax(lg[0] + (size_t)r * V, V);
    for (int s = 0; s < STEPS; s++) {
        const int n = rows_at[s], kind = s % 3; /* 0: logits, 1: greedy ids, 2: sampled ids */
        const bool mixed = s == 6;              /* row 7 brings a 5-token chunk: a step without a graph */
        int32_t ids[2][N], solo_id = -1;
        cc_row_sampling rsm[N];
        for (int k = 0; k < 2; k++) {
            cc_fwd_seq fs[N];
            int m = 0;
            for (int r = 0; r < n; r++) {
                fs[m] = (cc_fwd_seq){&seq[k][r], &tok[r], 1, CC_LOGITS_LAST};
                rsm[m] = (cc_row_sampling){.temperature = 0.9f, .top_p = 0.95f, .row_id = (uint64_t)r, .draw = s};
                m++;
            }
            if (mixed) {
                fs[m] = (cc_fwd_seq){&seq[k][7], chunk, 5, CC_LOGITS_LAST};
                rsm[m] = (cc_row_sampling){.temperature = 0.9f, .top_p = 0.95f, .row_id = 7, .draw = s};
                m++;
            }
            if (kind == 0) MUST(be[k].step(be[k].ctx, fs, m, lg[k], &err));
            else if (kind == 1) MUST(cc_cuda_backend_step_greedy(&be[k], fs, m, ids[k], &err));
            else MUST(cc_cuda_backend_step_sample(&be[k], fs, m, rsm, 11, ids[k], &err));
            if (k == 1) { /* row 0 alone on the graphs engine: bucket 1 */
                cc_fwd_seq f1 = {&solo, &tok[0], 1, CC_LOGITS_LAST};
                if (kind == 0) MUST(be[1].step(be[1].ctx, &f1, 1, lsolo, &err));
                else if (kind == 1) MUST(cc_cuda_backend_step_greedy(&be[1], &f1, 1, &solo_id, &err));
                else MUST(cc_cuda_backend_step_sample(&be[1], &f1, 1, rsm, 11, &solo_id, &err));
            }
        }
        const int m = n + (mixed ? 1 : 0);
        if (kind == 0) {
            n_logits++;
            if (memcmp(lg[0], lg[1], (size_t)m * V * sizeof(float)) != 0 && bad_logits == -100) bad_logits = s;
            if (memcmp(lsolo, lg[1], (size_t)V * sizeof(float)) != 0 && bad_solo == -100) bad_solo = s;
            for (int r = 0; r < n; r++) tok[r] = argmax(lg[0] + (size_t)r * V, V);
        } else {
            n_ids++;
            if (memcmp(ids[0], ids[1], (size_t)m * sizeof(int32_t)) != 0 && bad_ids == -100) bad_ids = s;
            if (solo_id != ids[1][0] && bad_solo == -100) bad_solo = s;
            for (int r = 0; r < n; r++) tok[r] = ids[0][r];
        }
        if (mixed) tok[7] = kind == 0 ? argmax(lg[0] + (size_t)n * V, V) : ids[0][n];
    }
    cc_cuda_backend_stats s0 = cc_cuda_backend_get_stats(&be[0]), s1 = cc_cuda_backend_get_stats(&be[1]);
    bool ok = bad_logits == -100 && bad_ids == -100 && bad_solo == -100 && s0.graph_steps == 0 &&
              s1.graph_steps > 0 && s1.graph_captures > 0;
    printf("%s e: CUDA graphs (1B widths, 4 layers, q8_0, %s): %d decode steps of 1..8 rows (buckets 1/2/4/8) and a "
           "mixed step: logits %s at %d steps, greedy/sampled ids %s at %d, row 0 alone (bucket 1) %s row 0 in the "
           "batch; %lld graph replays, %lld captures (engine without graphs: %lld replays)\n",
           ok ? "PASS" : "FAIL", path_name[path], STEPS,
           bad_logits == -100 ? "bitwise equal to the engine without graphs" : "DIFFER", n_logits,
           bad_ids == -100 ? "equal" : "DIFFER", n_ids, bad_solo == -100 ? "equals" : "DIFFERS from",
           (long long)s1.graph_steps, (long long)s1.graph_captures, (long long)s0.graph_steps);
    if (!ok)
        printf("     e: first difference: logits at step %d, ids at step %d, alone vs batch at step %d (-100: none, "
               "-1: the prompt step)\n", bad_logits, bad_ids, bad_solo);
    CHECK(ok);
    for (int k = 0; k < 2; k++) {
        for (int r = 0; r < N; r++) cc_kv_seq_release(&pool[k], &seq[k][r]);
        if (k == 1) cc_kv_seq_release(&pool[1], &solo);
        cc_cuda_backend_destroy(&be[k]);
        cc_kv_pool_free(&pool[k]);
        free(lg[k]);
    }
    free(lsolo);
}

static void part_e(void) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 4; /* real widths; fewer layers keep it quick */
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, CC_T_Q8_0, 9, n_threads, &err));
    part_e_one(&m, PATH_BI);
    part_e_one(&m, PATH_MATVEC);
    part_e_one(&m, PATH_LTPIN);
    /* graphs need batch invariance: refused on the free cuBLASLt path, saying why */
    cc_kv_pool pool;
    cc_backend be;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(64, 4, 256);
    set_path(&p, PATH_CUBLAS);
    p.cuda_graphs = true;
    MUST(cc_kv_pool_init_blocks(&pool, hp.n_layer, hp.n_head_kv * hp.head_dim, 16, CC_KVD_F16, 32, false, &err));
    cc_status st = cc_cuda_backend_create(&m, &pool, &p, &be, &err);
    bool ok = st == CC_ERR_INVALID && strstr(err.msg, "batch_invariant");
    printf("%s e: CUDA graphs without batch invariance refused: %s\n", ok ? "PASS" : "FAIL", err.msg);
    CHECK(ok);
    if (st == CC_OK) cc_cuda_backend_destroy(&be);
    cc_kv_pool_free(&pool);
    cc_model_free(&m);
}

/* ------------------------------------------------------------------ f */

/* The profile (params.profile) times each kernel family with events: it must not change a bit
 * of the results, must time every step, and must give time to every family the steps ran. */
static void part_f(void) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 4;
    cc_model m;
    MUST(cc_model_random_mt(&m, &hp, CC_T_Q8_0, 11, n_threads, &err));
    enum { N = 4, STEPS = 4 };
    const int32_t V = hp.n_vocab;
    cc_kv_pool pool[2];
    cc_backend be[2]; /* profile off, on */
    open_pair(&m, PATH_LTPIN, N, 'f', pool, be);
    rs = 0x13198A2E03707344ULL;
    int32_t prompt[N][40], tok[N];
    for (int r = 0; r < N; r++)
        for (int i = 0; i < 12 + 5 * r; i++) prompt[r][i] = rnd(V);
    cc_kv_seq seq[2][N];
    float *lg[2] = {malloc((size_t)N * V * sizeof(float)), malloc((size_t)N * V * sizeof(float))};
    int32_t ids[2][N];
    bool same = true;
    for (int s = -1; s < STEPS; s++) {
        for (int k = 0; k < 2; k++) {
            cc_fwd_seq fs[N];
            for (int r = 0; r < N; r++) {
                if (s < 0) cc_kv_seq_init(&seq[k][r]);
                fs[r] = s < 0 ? (cc_fwd_seq){&seq[k][r], prompt[r], 12 + 5 * r, CC_LOGITS_LAST}
                              : (cc_fwd_seq){&seq[k][r], &tok[r], 1, CC_LOGITS_LAST};
            }
            if (s < 0 || s == STEPS - 1) MUST(be[k].step(be[k].ctx, fs, N, lg[k], &err));
            else MUST(cc_cuda_backend_step_greedy(&be[k], fs, N, ids[k], &err));
        }
        if (s < 0 || s == STEPS - 1) {
            same = same && memcmp(lg[0], lg[1], (size_t)N * V * sizeof(float)) == 0;
            for (int r = 0; r < N; r++) tok[r] = argmax(lg[0] + (size_t)r * V, V);
        } else {
            same = same && memcmp(ids[0], ids[1], sizeof ids[0]) == 0;
            for (int r = 0; r < N; r++) tok[r] = ids[0][r];
        }
    }
    cc_cuda_backend_stats st = cc_cuda_backend_get_stats(&be[1]), s0 = cc_cuda_backend_get_stats(&be[0]);
    int missing = -1;
    for (int f = 0; f < CC_PROF_N && missing < 0; f++)
        if (!(st.prof_ms[f] > 0.0)) missing = f;
    bool timed = st.prof_steps == STEPS + 1 && st.prof_decode_steps == STEPS && s0.prof_steps == 0;
    bool ok = same && timed && missing < 0;
    printf("%s f: profile (1B widths, 4 layers, q8_0, %s): results bitwise %s the unprofiled engine's over %d steps, "
           "%lld steps timed (%lld pure decode), every kernel family given time: %s\n",
           ok ? "PASS" : "FAIL", path_name[PATH_LTPIN], same ? "equal to" : "DIFFERENT from", STEPS + 1,
           (long long)st.prof_steps, (long long)st.prof_decode_steps, missing < 0 ? "yes" : cc_cuda_prof_name(missing));
    CHECK(ok);
    cc_cuda_backend_report(&be[1], stdout);
    for (int k = 0; k < 2; k++) {
        for (int r = 0; r < N; r++) cc_kv_seq_release(&pool[k], &seq[k][r]);
        cc_cuda_backend_destroy(&be[k]);
        cc_kv_pool_free(&pool[k]);
        free(lg[k]);
    }
    cc_model_free(&m);
}

int main(int argc, char **argv) {
    cc_cuda_probe_info info;
    if (cc_cuda_probe(&info) != 0) return cc_test_skip("no CUDA device: %s", info.why);
    long nc = sysconf(_SC_NPROCESSORS_ONLN);
    n_threads = nc > 1 ? (int)(nc > 16 ? 16 : nc) : 1;
    bool all = argc < 2, want[6] = {all, all, all, all, all, all};
    for (int i = 1; i < argc; i++)
        if (argv[i][0] >= 'a' && argv[i][0] <= 'f' && argv[i][1] == '\0') want[argv[i][0] - 'a'] = true;
    printf("device: %s (sm_%d%d)\n", info.name, info.cc_major, info.cc_minor);
    fflush(stdout);
    if (want[0]) part_a();
    fflush(stdout);
    if (want[2]) part_c();
    fflush(stdout);
    if (want[3]) part_d();
    fflush(stdout);
    if (want[1]) part_b();
    fflush(stdout);
    if (want[5]) part_f();
    fflush(stdout);
    if (want[4]) part_e(); /* last: a capture that fails stops the test (FATAL line) after all the rest ran */
    return cc_test_finish("test_cuda_engine");
}
