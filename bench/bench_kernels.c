/* bench_kernels.c - throughput of every GPU kernel at Llama-3.2-1B shapes.
 *
 * Matvec / GEMM: weights 2048x2048 (q, o), 512x2048 (k, v), 8192x2048 (gate,
 * up), 2048x8192 (down) and 128256x2048 (lm_head), batches 1, 16 and 64, for
 * every weight type (fused dequant mmv) and for cuBLASLt bf16.  Reported: us
 * per call, GB/s of weight bytes streamed, % of the card's peak (2 x memory
 * clock x bus width) and of a measured device-to-device copy.  Small weights
 * are rotated through enough copies (>= 3 x L2) that every call reads them
 * from DRAM.  Attention: decode at contexts 256/512/2048 (GB/s of K/V
 * read), prefill (TFLOP/s).  Then the small fused kernels and sampling.
 * Last, a summary table: the matvec time of one decode step of the whole
 * model (16 layers + lm_head) per weight type and batch, the tok/s that
 * implies for the matmuls alone, and the faster of mmv and cuBLAS per shape.
 * The invariant GEMMs: pinned cuBLASLt (ltpin, one self-tested algorithm per
 * shape), gemm_bi and free cuBLASLt at m = 1, 16, 64, 256, 512, with
 * TFLOP/s, GB/s and a whole step's matmuls per m (also in the summary).
 *
 * Values in the buffers are fixed byte patterns (timing only; correctness
 * is tests/gpu/test_kernels.c).  usage: bench_kernels [--quick] */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_check.h"
#include "cuda_ops.h"
#include "cuda_probe.h"
#include "qrepack.h"

static cc_error err;
static cc_cuda_stream st;
static cc_cuda_event ev0, ev1;
static cc_cuda_device_facts facts;
static double copy_bw; /* measured device-to-device bytes/s (read + write) */
static int quick;

static void must(cc_status s, const char *what) {
    if (s == CC_OK) return;
    fprintf(stderr, "bench_kernels: %s: %s\n", what, err.msg);
    exit(1);
}

static void *dalloc(size_t n, int byte) {
    void *p = NULL;
    must(cc_cuda_alloc(&p, n, &err), "cudaMalloc");
    must(cc_cuda_memset(p, byte, n, &err), "memset");
    return p;
}

/* Mean microseconds of fn(arg, i) for i = 0..reps-1 after 3 warm-up calls. */
static double time_us(void (*fn)(void *, int), void *arg, int reps) {
    float ms = 0;
    for (int i = 0; i < 3; i++) fn(arg, i);
    must(cc_cuda_event_record(ev0, st, &err), "event");
    for (int i = 0; i < reps; i++) fn(arg, i);
    must(cc_cuda_event_record(ev1, st, &err), "event");
    must(cc_cuda_event_ms(ev0, ev1, &ms, &err), "event time");
    return ms * 1000.0 / reps;
}

/* ------------------------------------------------------------ copy bandwidth */

typedef struct {
    void *a, *b;
    size_t n;
} copy_arg;
static void run_copy(void *p, int i) {
    copy_arg *c = p;
    must(cc_cuda_d2d(i & 1 ? c->a : c->b, i & 1 ? c->b : c->a, c->n, st, &err), "copy");
}

/* ------------------------------------------------------------ matvec */

static const struct {
    const char *name;
    int64_t n, k;
    int per_layer; /* how many such matrices a layer has (0: lm_head, once per step) */
} shapes[] = {{"q/o 2048x2048", 2048, 2048, 2},
              {"k/v 512x2048", 512, 2048, 2},
              {"gate/up 8192x2048", 8192, 2048, 2},
              {"down 2048x8192", 2048, 8192, 1},
              {"lm_head 128256x2048", 128256, 2048, 0}};
#define N_SHAPES 5
static const cc_ttype types[] = {CC_T_F16, CC_T_BF16, CC_T_Q8_0, CC_T_Q6_K, CC_T_Q4_K, CC_T_Q4_1, CC_T_Q4_0};
#define N_TYPES 7
static const char *type_names[] = {"f16", "bf16", "q8_0", "q6_K", "q4_K", "q4_1", "q4_0"};
static const int batches[] = {1, 16, 64};
#define N_BATCH 3
#define N_LAYERS 16

static double mmv_us[N_TYPES][N_SHAPES][N_BATCH];
static double blas_us[N_SHAPES][N_BATCH];
static double bi_us[N_SHAPES][N_BATCH];     /* the batch-invariant GEMM (gemm_bi.cu) */
static double big_us[2][N_SHAPES];          /* batch 256: [cuBLAS, invariant GEMM] */
#define BIG_BATCH 256
#define SWEEP_MAX 512 /* rows of the tile-shape sweep's largest launch (a prefill step) */

typedef struct {
    cc_dev_weight w[512]; /* copies of the weight */
    int n_copies;
    float *x, *y;
    int m;
} mmv_arg;
static void run_mmv(void *p, int i) {
    mmv_arg *a = p;
    must(cc_cuda_mmv(&a->w[i % a->n_copies], a->x, a->w[0].n_cols, a->y, a->w[0].n_rows, a->m, false, st, &err),
         "mmv");
}

typedef struct {
    cc_gemm_ctx *ctx;
    uint16_t *w[512];
    int n_copies;
    uint16_t *x;
    float *y;
    int m, n, k;
} gemm_arg;
static void run_gemm(void *p, int i) {
    gemm_arg *a = p;
    must(cc_gemm_bf16(a->ctx, a->w[i % a->n_copies], a->x, a->y, a->m, a->n, a->k, false, st, &err), "gemm");
}

typedef struct {
    cc_gemm_bi_args a;
    const uint16_t *w[512];
    int n_copies;
} bi_arg;
static void run_bi(void *p, int i) {
    bi_arg *b = p;
    b->a.w = b->w[i % b->n_copies];
    must(cc_cuda_gemm_bi(&b->a, st, &err), "gemm_bi");
}

static int copies_for(size_t bytes, size_t arena) {
    size_t want = (3 * facts.l2_bytes + bytes - 1) / bytes;
    size_t fit = arena / bytes;
    if (want < 1) want = 1;
    if (want > fit) want = fit;
    if (want > 512) want = 512;
    return want < 1 ? 1 : (int)want;
}

static void bench_matvec(void) {
    const size_t arena_bytes = (size_t)1200 << 20;
    uint8_t *arena = dalloc(arena_bytes, 0x11); /* 0x1111: a small positive fp16 / bf16 */
    float *x = dalloc(sizeof(float) * 64 * 8192, 0x3c), *y = dalloc(sizeof(float) * SWEEP_MAX * 128256, 0);
    uint16_t *xb = dalloc(sizeof(uint16_t) * SWEEP_MAX * 8192, 0x3c);
    const size_t bi_work_bytes = cc_gemm_bi_work_bytes(64, 8192, 8192);
    void *bi_work = dalloc(bi_work_bytes, 0);
    cc_gemm_ctx *ctx = NULL;
    must(cc_gemm_ctx_create(&ctx, &err), "gemm context");
    printf("\n== matvec / GEMM (weights from DRAM; GB/s = weight bytes / time) ==\n");
    printf("%-8s %-22s %5s %10s %9s %7s %7s\n", "kernel", "shape", "batch", "us", "GB/s", "%peak", "%copy");
    for (int s = 0; s < N_SHAPES; s++) {
        for (int t = 0; t < N_TYPES; t++) {
            cc_qlayout l;
            must(cc_qlayout_init(&l, types[t], shapes[s].n, shapes[s].k, &err), "layout");
            size_t stride = (l.total_bytes + 255) & ~(size_t)255;
            static mmv_arg a;
            a.n_copies = copies_for(stride, arena_bytes);
            for (int c = 0; c < a.n_copies; c++) cc_dev_weight_init(&a.w[c], &l, arena + (size_t)c * stride);
            a.x = x;
            a.y = y;
            for (int b = 0; b < N_BATCH; b++) {
                a.m = batches[b];
                double us = time_us(run_mmv, &a, quick ? 10 : 40);
                double gbs = (double)l.total_bytes / (us * 1e-6) / 1e9;
                mmv_us[t][s][b] = us;
                printf("mmv %-4s %-22s %5d %10.2f %9.1f %6.1f%% %6.1f%%\n", type_names[t], shapes[s].name, a.m, us,
                       gbs, 100.0 * gbs * 1e9 / facts.peak_bw, 100.0 * gbs * 1e9 / copy_bw);
            }
        }
        /* cuBLASLt bf16 on the same shape */
        static gemm_arg g;
        size_t wb = (size_t)shapes[s].n * shapes[s].k * 2, stride = (wb + 255) & ~(size_t)255;
        g.ctx = ctx;
        g.n_copies = copies_for(stride, arena_bytes);
        for (int c = 0; c < g.n_copies; c++) g.w[c] = (uint16_t *)(arena + (size_t)c * stride);
        g.x = xb;
        g.y = y;
        g.n = (int)shapes[s].n;
        g.k = (int)shapes[s].k;
        for (int b = 0; b < N_BATCH; b++) {
            g.m = batches[b];
            double us = time_us(run_gemm, &g, quick ? 10 : 40);
            double gbs = (double)wb / (us * 1e-6) / 1e9;
            blas_us[s][b] = us;
            printf("cuBLAS bf16 %-18s %5d %10.2f %9.1f %6.1f%% %6.1f%%\n", shapes[s].name, g.m, us, gbs,
                   100.0 * gbs * 1e9 / facts.peak_bw, 100.0 * gbs * 1e9 / copy_bw);
        }
        g.m = BIG_BATCH;
        big_us[0][s] = time_us(run_gemm, &g, quick ? 5 : 20);
        printf("cuBLAS bf16 %-18s %5d %10.2f %9.1f TFLOP/s\n", shapes[s].name, g.m, big_us[0][s],
               2.0 * BIG_BATCH * (double)shapes[s].n * shapes[s].k / (big_us[0][s] * 1e-6) / 1e12);
        /* the batch-invariant GEMM on the same bf16 weights */
        static bi_arg bi;
        memset(&bi.a, 0, sizeof bi.a);
        bi.n_copies = g.n_copies;
        for (int c = 0; c < bi.n_copies; c++) bi.w[c] = g.w[c];
        bi.a.x = xb;
        bi.a.ldx = shapes[s].k;
        bi.a.y = y;
        bi.a.ldy = shapes[s].n;
        bi.a.n = (int)shapes[s].n;
        bi.a.k = (int)shapes[s].k;
        bi.a.work = bi_work;
        bi.a.work_bytes = bi_work_bytes;
        for (int b = 0; b <= N_BATCH; b++) {
            bi.a.m = b < N_BATCH ? batches[b] : BIG_BATCH;
            int split = 0, c = cc_gemm_bi_plan(bi.a.m, bi.a.n, bi.a.k, bi_work_bytes, &split);
            double us = time_us(run_bi, &bi, quick ? 10 : 40);
            double gbs = (double)wb / (us * 1e-6) / 1e9;
            if (b < N_BATCH) bi_us[s][b] = us;
            else big_us[1][s] = us;
            printf("gemm_bi     %-18s %5d %10.2f %9.1f %6.1f%% %6.1f%%  %.1f TFLOP/s (%s%s)\n", shapes[s].name, bi.a.m,
                   us, gbs, 100.0 * gbs * 1e9 / facts.peak_bw, 100.0 * gbs * 1e9 / copy_bw,
                   2.0 * bi.a.m * (double)shapes[s].n * shapes[s].k / (us * 1e-6) / 1e12, cc_gemm_bi_tile_name(c),
                   split ? ", split" : "");
        }
        /* every tile shape and split forced, to check the cost estimate that picks them (* = its pick) */
        static const int sweep_m[] = {16, 64, 256, SWEEP_MAX};
        for (int mi = 0; mi < 4; mi++) {
            bi.a.m = sweep_m[mi];
            int psplit = 0, pc = cc_gemm_bi_plan(bi.a.m, bi.a.n, bi.a.k, bi_work_bytes, &psplit);
            const int chunks = (bi.a.k + CC_GEMM_BI_CHUNK - 1) / CC_GEMM_BI_CHUNK;
            printf("gemm_bi sweep %-18s m=%-4d", shapes[s].name, bi.a.m);
            for (int f = 1; f <= 2 * CC_GEMM_BI_TILES; f++) {
                const int tile = (f - 1) / 2, split = (f - 1) % 2;
                if (split && (chunks < 2 || (size_t)chunks * bi.a.m * bi.a.n * 4 > bi_work_bytes)) continue;
                bi.a.force = f;
                double us = time_us(run_bi, &bi, quick ? 5 : 20);
                printf(" %s%s %.1f%s", cc_gemm_bi_tile_name(tile), split ? "/split" : "", us,
                       tile == pc && split == psplit ? "*" : "");
            }
            bi.a.force = 0;
            printf(" us\n");
        }
    }
    cc_cuda_free(bi_work);
    printf("\nalgorithms chosen by the GEMM context (once per shape):\n");
    cc_gemm_ctx_report(ctx, stdout);
    cc_gemm_ctx_free(ctx);
    cc_cuda_free(arena);
    cc_cuda_free(x);
    cc_cuda_free(y);
    cc_cuda_free(xb);
}

/* ------------------------------------------------------------ invariant GEMMs */

/* Pinned cuBLASLt (one self-tested algorithm per shape, kernels/gemm.cu cc_gemm_pin) against
 * gemm_bi and free cuBLASLt (its algorithm timed per m, not invariant) at the engine's row
 * counts; GB/s counts the weight, input and output bytes. */
static const int pin_ms[] = {1, 16, 64, 256, 512};
#define N_PIN_M 5
#define PIN_MAX 512
static double pin_us[3][N_SHAPES][N_PIN_M]; /* [pinned cuBLASLt, gemm_bi, free cuBLASLt][shape][m]; 0: not run */
static cc_gemm_pin_info pin_info[N_SHAPES];

/* the same arguments as a free cuBLASLt launch, for the pinned one */
static void run_pin(void *p, int i) {
    gemm_arg *a = p;
    must(cc_gemm_bf16_pinned(a->ctx, a->w[i % a->n_copies], a->x, a->y, a->m, a->n, a->k, false, st, &err),
         "gemm pinned");
}

static void bench_invariant_gemms(void) {
    const size_t arena_bytes = (size_t)1200 << 20;
    uint8_t *arena = dalloc(arena_bytes, 0x3c); /* 0x3c3c: bf16 0.0115 */
    float *y = dalloc(sizeof(float) * PIN_MAX * 128256, 0);
    uint16_t *xb = dalloc(sizeof(uint16_t) * PIN_MAX * 8192, 0x3c);
    const size_t bi_work_bytes = cc_gemm_bi_work_bytes(64, 8192, 8192);
    void *bi_work = dalloc(bi_work_bytes, 0);
    cc_gemm_ctx *pin = NULL, *free_ctx = NULL;
    char line[640];
    must(cc_gemm_ctx_create(&pin, &err), "gemm context");
    must(cc_gemm_ctx_create(&free_ctx, &err), "gemm context");
    printf("\n== invariant GEMMs: pinned cuBLASLt (ltpin) vs gemm_bi vs free cuBLASLt (weights from DRAM) ==\n");
    printf("%-8s %-20s %5s %10s %9s %9s\n", "kernel", "shape", "m", "us", "TFLOP/s", "GB/s");
    for (int s = 0; s < N_SHAPES; s++) {
        const int n = (int)shapes[s].n, k = (int)shapes[s].k;
        const size_t wb = (size_t)n * k * 2, stride = (wb + 255) & ~(size_t)255;
        static gemm_arg pa;
        static gemm_arg g;
        static bi_arg bi;
        pa.ctx = pin;
        pa.n_copies = copies_for(stride, arena_bytes);
        for (int c = 0; c < pa.n_copies; c++) pa.w[c] = (uint16_t *)(arena + (size_t)c * stride);
        pa.x = xb;
        pa.y = y;
        pa.n = n;
        pa.k = k;
        must(cc_gemm_pin(pin, pa.w[0], n, k, PIN_MAX, 0, st, &pin_info[s], &err), "gemm pin");
        cc_gemm_pin_format(&pin_info[s], line, sizeof line);
        printf("ltpin    %-20s %s\n", shapes[s].name, line);
        g = (gemm_arg){.ctx = free_ctx, .n_copies = pa.n_copies, .x = xb, .y = y, .n = n, .k = k};
        memcpy(g.w, pa.w, sizeof(pa.w[0]) * (size_t)pa.n_copies);
        memset(&bi.a, 0, sizeof bi.a);
        bi.n_copies = pa.n_copies;
        for (int c = 0; c < bi.n_copies; c++) bi.w[c] = pa.w[c];
        bi.a.x = xb;
        bi.a.ldx = k;
        bi.a.y = y;
        bi.a.ldy = n;
        bi.a.n = n;
        bi.a.k = k;
        bi.a.work = bi_work;
        bi.a.work_bytes = bi_work_bytes;
        for (int mi = 0; mi < N_PIN_M; mi++) {
            const int m = pin_ms[mi];
            const int reps = quick ? (m >= 256 ? 5 : 10) : (m >= 256 ? 20 : 40);
            const double flop = 2.0 * m * (double)n * k, bytes = (double)wb + (double)m * k * 2 + (double)m * n * 4;
            pa.m = g.m = bi.a.m = m;
            for (int v = 0; v < 3; v++) {
                static const char *const vname[3] = {"ltpin", "gemm_bi", "free-lt"};
                double us;
                if (v == 0 && !pin_info[s].ok) continue; /* not pinned: nothing to time */
                us = time_us(v == 0 ? run_pin : v == 1 ? run_bi : run_gemm, v == 0 ? (void *)&pa : v == 1 ? (void *)&bi : (void *)&g,
                             reps);
                pin_us[v][s][mi] = us;
                printf("%-8s %-20s %5d %10.2f %9.1f %9.1f\n", vname[v], shapes[s].name, m, us, flop / (us * 1e-6) / 1e12,
                       bytes / (us * 1e-6) / 1e9);
            }
        }
    }
    printf("\nfree cuBLASLt's algorithms (timed per m; not batch invariant):\n");
    cc_gemm_ctx_report(free_ctx, stdout);
    cc_gemm_ctx_free(pin);
    cc_gemm_ctx_free(free_ctx);
    cc_cuda_free(bi_work);
    cc_cuda_free(arena);
    cc_cuda_free(y);
    cc_cuda_free(xb);
}

/* ------------------------------------------------------------ fp8 projections (gemm_fp8.cu) */

static const int f8_ms[] = {1, 64, 256, 1024};
#define N_F8_M 4
#define F8_MAX 1024
static double f8_us[2][N_SHAPES][N_F8_M]; /* [free cuBLASLt bf16, fp8 per-row scales][shape][m]; 0: not run */
static double f8_quant_us[2];             /* quantizing F8_MAX bf16 activation rows of 2048 / 8192 */

typedef struct {
    cc_gemm8_ctx *ctx;
    uint8_t *w[512];
    int n_copies;
    const float *ws, *xs;
    const uint8_t *xq;
    float *y;
    int m, n, k;
} f8_arg;
static void run_f8(void *p, int i) {
    f8_arg *a = p;
    must(cc_gemm_fp8(a->ctx, a->w[i % a->n_copies], a->ws, a->xq, a->xs, a->y, false, a->m, a->n, a->k, false, st,
                     &err),
         "gemm_fp8");
}
typedef struct {
    const uint16_t *x;
    uint8_t *q;
    float *s;
    int rows, cols;
} q8_arg;
static void run_quant8(void *p, int i) {
    q8_arg *a = p;
    (void)i;
    must(cc_cuda_quant_fp8_rows(a->x, true, a->cols, a->rows, a->cols, a->q, a->s, st, &err), "quant fp8");
}

/* fp8 e4m3 with per-row scales against free cuBLASLt bf16 on the model's shapes: what an fp8
 * projection path would buy (issue 6's int8/fp8 item).  Activation quantization is timed on
 * its own (the engine would fuse it into RMSNorm / SwiGLU). */
static void bench_fp8_gemms(void) {
    const size_t arena_bytes = (size_t)1200 << 20;
    uint8_t *arena = dalloc(arena_bytes, 0x38); /* fp8 1.0; as bf16 pairs 0x3838, a small positive value */
    float *y = dalloc(sizeof(float) * F8_MAX * 128256, 0);
    uint16_t *xb = dalloc(sizeof(uint16_t) * F8_MAX * 8192, 0x3c);
    uint8_t *xq = dalloc((size_t)F8_MAX * 8192, 0x38);
    float *ws = dalloc(sizeof(float) * 128256, 0x3c), *xs = dalloc(sizeof(float) * F8_MAX, 0x3c);
    cc_gemm8_ctx *ctx8 = NULL;
    cc_gemm_ctx *ctx16 = NULL;
    must(cc_gemm8_ctx_create(&ctx8, &err), "gemm_fp8 context");
    must(cc_gemm_ctx_create(&ctx16, &err), "gemm context");
    printf("\n== fp8 (e4m3, per-row scales) vs bf16 projections, free cuBLASLt (weights from DRAM) ==\n");
    printf("%-20s %5s %10s %9s %10s %9s %8s\n", "shape", "m", "bf16 us", "TFLOP/s", "fp8 us", "TFLOP/s", "speedup");
    for (int s = 0; s < N_SHAPES; s++) {
        const int n = (int)shapes[s].n, k = (int)shapes[s].k;
        const size_t wb16 = (size_t)n * k * 2, stride16 = (wb16 + 255) & ~(size_t)255;
        const size_t wb8 = (size_t)n * k, stride8 = (wb8 + 255) & ~(size_t)255;
        static gemm_arg g;
        static f8_arg f;
        g = (gemm_arg){.ctx = ctx16, .n_copies = copies_for(stride16, arena_bytes), .x = xb, .y = y, .n = n, .k = k};
        for (int c = 0; c < g.n_copies; c++) g.w[c] = (uint16_t *)(arena + (size_t)c * stride16);
        f = (f8_arg){.ctx = ctx8, .n_copies = copies_for(stride8, arena_bytes), .ws = ws, .xs = xs, .xq = xq, .y = y,
                     .n = n, .k = k};
        for (int c = 0; c < f.n_copies; c++) f.w[c] = arena + (size_t)c * stride8;
        for (int mi = 0; mi < N_F8_M; mi++) {
            const int m = f8_ms[mi];
            const int reps = quick ? (m >= 256 ? 5 : 10) : (m >= 256 ? 20 : 40);
            const double flop = 2.0 * m * (double)n * k;
            g.m = f.m = m;
            f8_us[0][s][mi] = time_us(run_gemm, &g, reps);
            cc_status rc = cc_gemm_fp8(ctx8, f.w[0], ws, xq, xs, y, false, m, n, k, false, st, &err);
            if (rc == CC_ERR_UNSUPPORTED) {
                printf("%-20s %5d %10.2f %9.1f  fp8 UNSUPPORTED: %s\n", shapes[s].name, m, f8_us[0][s][mi],
                       flop / (f8_us[0][s][mi] * 1e-6) / 1e12, err.msg);
                continue;
            }
            must(rc, "gemm_fp8");
            f8_us[1][s][mi] = time_us(run_f8, &f, reps);
            printf("%-20s %5d %10.2f %9.1f %10.2f %9.1f %7.2fx\n", shapes[s].name, m, f8_us[0][s][mi],
                   flop / (f8_us[0][s][mi] * 1e-6) / 1e12, f8_us[1][s][mi], flop / (f8_us[1][s][mi] * 1e-6) / 1e12,
                   f8_us[0][s][mi] / f8_us[1][s][mi]);
        }
    }
    for (int i = 0; i < 2; i++) {
        static q8_arg q;
        q = (q8_arg){.x = xb, .q = xq, .s = xs, .rows = F8_MAX, .cols = i ? 8192 : 2048};
        f8_quant_us[i] = time_us(run_quant8, &q, quick ? 10 : 40);
        printf("quantize %d bf16 activation rows of %d to e4m3: %.2f us (%.0f GB/s)\n", F8_MAX, q.cols, f8_quant_us[i],
               (double)F8_MAX * q.cols * 3 / (f8_quant_us[i] * 1e-6) / 1e9);
    }
    cc_gemm8_ctx_free(ctx8);
    cc_gemm_ctx_free(ctx16);
    cc_cuda_free(arena);
    cc_cuda_free(y);
    cc_cuda_free(xb);
    cc_cuda_free(xq);
    cc_cuda_free(ws);
    cc_cuda_free(xs);
}

/* ------------------------------------------------------------ attention */

typedef struct {
    cc_attn_decode_args d;
    cc_attn_prefill_args p;
} attn_arg;
static void run_decode(void *p, int i) {
    (void)i;
    must(cc_cuda_attn_decode(&((attn_arg *)p)->d, st, &err), "attn decode");
}
static void run_prefill(void *p, int i) {
    (void)i;
    must(cc_cuda_attn_prefill(&((attn_arg *)p)->p, st, &err), "attn prefill");
}

static double attn_decode_gbs[6][3][4]; /* [kernel / KV type (kt below)][context][sequences] */

static void bench_attention(void) {
    const int n_head = 32, n_kv = 8, hd = 64, B = 16, ctxs[3] = {256, 512, 2048}, seqs[4] = {1, 16, 64, 256};
    const int max_ctx = 2048, max_blocks = max_ctx / B, max_seq = 256;
    size_t pool = (size_t)max_seq * max_blocks * n_kv * B * hd * 2;
    void *k = dalloc(pool, 0x11), *v = dalloc(pool, 0x11);
    int32_t *table = malloc(sizeof(int32_t) * max_seq * max_blocks), *lens = malloc(sizeof(int32_t) * max_seq);
    for (int i = 0; i < max_seq * max_blocks; i++) table[i] = i;
    int32_t *dtable = dalloc(sizeof(int32_t) * max_seq * max_blocks, 0), *dlen = dalloc(sizeof(int32_t) * max_seq, 0);
    must(cc_cuda_h2d(dtable, table, sizeof(int32_t) * max_seq * max_blocks, &err), "upload");
    float *q = dalloc(sizeof(float) * 8192 * n_head * hd, 0x3c), *out = dalloc(sizeof(float) * 8192 * n_head * hd, 0);
    void *work = dalloc(cc_attn_decode_work_bytes(max_seq, n_head, hd, max_ctx), 0);
    cc_kv_cache c = {k, v, CC_KV_BF16, max_seq * max_blocks, B, n_kv, hd, dtable, max_blocks, 1.0f};
    static attn_arg a;
    printf("\n== attention, 32 q / 8 kv heads, head_dim 64, one layer ==\n");
    printf("%-34s %10s %9s %7s\n", "decode (KV type, seqs x context)", "us", "KV GB/s", "%peak");
    /* kt: 0 bf16, 1 fp8 (the fp32 kernel); 2 f16, 3 fp8 on tensor cores through the cp.async ring
     * (a.tc 1); 4 f16, 5 fp8 on tensor cores through the register loader (a.tc 2, the kernel
     * before the ring) */
    for (int kt = 0; kt < 6; kt++)
        for (int ci = 0; ci < 3; ci++)
            for (int si = 0; si < 4; si++) {
                for (int s = 0; s < seqs[si]; s++) lens[s] = ctxs[ci];
                must(cc_cuda_h2d(dlen, lens, sizeof(int32_t) * seqs[si], &err), "upload");
                cc_attn_decode_args d = {q, out, seqs[si], n_head, dlen, ctxs[ci], 0.125f, c, work,
                                         kt >= 4 ? 2 : kt >= 2};
                d.cache.kv_type = kt == 0 ? CC_KV_BF16 : kt == 2 || kt == 4 ? CC_KV_F16 : CC_KV_FP8;
                d.cache.kv_scale = 0.01f;
                a.d = d;
                double us = time_us(run_decode, &a, quick ? 10 : 50);
                double bytes = (double)seqs[si] * ctxs[ci] * n_kv * hd * 2 * cc_kv_elem_bytes(d.cache.kv_type);
                double gbs = bytes / (us * 1e-6) / 1e9;
                attn_decode_gbs[kt][ci][si] = gbs;
                char name[64];
                snprintf(name, sizeof name, "%s %d x %d",
                         kt == 0   ? "bf16"
                         : kt == 1 ? "fp8 "
                         : kt == 2 ? "tc f16"
                         : kt == 3 ? "tc fp8"
                         : kt == 4 ? "tc f16 reg"
                                   : "tc fp8 reg",
                         seqs[si], ctxs[ci]);
                printf("decode %-27s %10.2f %9.1f %6.1f%%\n", name, us, gbs, 100.0 * gbs * 1e9 / facts.peak_bw);
            }
    printf("%-34s %10s %9s\n", "prefill, f16 KV (seqs x new tokens)", "us", "TFLOP/s");
    const int pseq[3] = {1, 1, 16}, plen[3] = {512, 2048, 350};
    for (int pi = 0; pi < 3; pi++) {
        int32_t qs[64], ql[64];
        for (int s = 0; s < pseq[pi]; s++) {
            qs[s] = s * plen[pi];
            ql[s] = plen[pi];
            lens[s] = plen[pi];
        }
        int32_t *dqs = dalloc(sizeof qs, 0), *dql = dalloc(sizeof ql, 0);
        must(cc_cuda_h2d(dqs, qs, sizeof qs, &err), "upload");
        must(cc_cuda_h2d(dql, ql, sizeof ql, &err), "upload");
        must(cc_cuda_h2d(dlen, lens, sizeof(int32_t) * pseq[pi], &err), "upload");
        for (int simt = 0; simt < 2; simt++) { /* tensor cores (the default), then the fp32 kernel */
            cc_attn_prefill_args p = {q, out, pseq[pi], n_head, dqs, dql, dlen, plen[pi], 0.125f, c, simt};
            p.cache.kv_type = CC_KV_F16; /* the engine's K/V type (bf16 K/V always take the fp32 kernel) */
            a.p = p;
            double us = time_us(run_prefill, &a, quick ? 3 : 10);
            double flop = 4.0 * hd * n_head * pseq[pi] * ((double)plen[pi] * (plen[pi] + 1) / 2);
            char name[64];
            snprintf(name, sizeof name, "%s %d x %d", simt ? "simt" : "tc", pseq[pi], plen[pi]);
            printf("prefill %-26s %10.2f %9.2f\n", name, us, flop / (us * 1e-6) / 1e12);
        }
        cc_cuda_free(dqs);
        cc_cuda_free(dql);
    }
    free(table);
    free(lens);
    cc_cuda_free(k);
    cc_cuda_free(v);
    cc_cuda_free(dtable);
    cc_cuda_free(dlen);
    cc_cuda_free(q);
    cc_cuda_free(out);
    cc_cuda_free(work);
}

/* ------------------------------------------------------------ small kernels and sampling */

typedef struct {
    float *a, *b, *c, *w;
    uint16_t *bf;
    cc_rope_kv_args rope;
    cc_sample_args smp;
    cc_dev_weight emb;
    int32_t *ids;
} small_arg;
static void run_norm(void *p, int i) {
    small_arg *s = p;
    (void)i;
    must(cc_cuda_rmsnorm(s->a, s->w, s->b, s->bf, 64, 2048, 1e-5f, st, &err), "rmsnorm");
}
static void run_swiglu(void *p, int i) {
    small_arg *s = p;
    (void)i;
    must(cc_cuda_swiglu(s->a, 8192, s->b, 8192, s->c, 8192, 64, 8192, st, &err), "swiglu");
}
static void run_rope(void *p, int i) {
    (void)i;
    must(cc_cuda_rope_kv(&((small_arg *)p)->rope, st, &err), "rope");
}
static void run_sample(void *p, int i) {
    (void)i;
    must(cc_cuda_sample(&((small_arg *)p)->smp, st, &err), "sample");
}
static void run_embed(void *p, int i) {
    small_arg *s = p;
    (void)i;
    must(cc_cuda_embed(&s->emb, s->ids, 64, s->a, 2048, st, &err), "embed");
}

static void bench_small(void) {
    static small_arg s;
    const int vocab = 128256;
    s.a = dalloc(sizeof(float) * 64 * vocab, 0x3c); /* logits-sized */
    s.b = dalloc(sizeof(float) * 64 * 8192, 0x3c);
    s.c = dalloc(sizeof(float) * 64 * 8192, 0);
    s.w = dalloc(sizeof(float) * 8192, 0x3c);
    s.bf = dalloc(sizeof(uint16_t) * 64 * 2048, 0);
    printf("\n== fused small kernels (batch 64) and sampling ==\n");
    printf("%-40s %10s\n", "kernel", "us");
    printf("%-40s %10.2f\n", "rmsnorm 64 x 2048 (fp32 + bf16 out)", time_us(run_norm, &s, 50));
    printf("%-40s %10.2f\n", "swiglu 64 x 8192", time_us(run_swiglu, &s, 50));

    int32_t seq[64], pos[64], table[64 * 8];
    for (int i = 0; i < 64; i++) {
        seq[i] = i;
        pos[i] = 50 + i; /* < 8 blocks x 16 */
    }
    for (int i = 0; i < 64 * 8; i++) table[i] = i;
    float freqs[32];
    for (int i = 0; i < 32; i++) freqs[i] = powf(500000.0f, -2.0f * i / 64);
    int32_t *dseq = dalloc(sizeof seq, 0), *dpos = dalloc(sizeof pos, 0), *dtab = dalloc(sizeof table, 0);
    float *dfr = dalloc(sizeof freqs, 0);
    must(cc_cuda_h2d(dseq, seq, sizeof seq, &err), "upload");
    must(cc_cuda_h2d(dpos, pos, sizeof pos, &err), "upload");
    must(cc_cuda_h2d(dtab, table, sizeof table, &err), "upload");
    must(cc_cuda_h2d(dfr, freqs, sizeof freqs, &err), "upload");
    void *kc = dalloc((size_t)64 * 8 * 8 * 16 * 64 * 2, 0), *vc = dalloc((size_t)64 * 8 * 8 * 16 * 64 * 2, 0);
    cc_rope_kv_args r = {s.b, s.c, s.c, 2048, 512, 512, 64, 32, dseq, dpos, dfr,
                         {kc, vc, CC_KV_BF16, 64 * 8, 16, 8, 64, dtab, 8, 1.0f}};
    s.rope = r;
    printf("%-40s %10.2f\n", "rope + KV write, 64 tokens", time_us(run_rope, &s, 50));

    cc_qlayout l;
    must(cc_qlayout_init(&l, CC_T_Q8_0, vocab, 2048, &err), "layout");
    void *emb = dalloc(l.total_bytes, 0x11);
    cc_dev_weight_init(&s.emb, &l, emb);
    s.ids = dalloc(sizeof(int32_t) * 64, 0);
    printf("%-40s %10.2f\n", "embedding gather q8_0, 64 tokens", time_us(run_embed, &s, 50));

    float temp[64], topp[64];
    uint64_t rid[64];
    int32_t step[64];
    for (int i = 0; i < 64; i++) {
        temp[i] = 0.0f;
        topp[i] = 0.9f;
        rid[i] = (uint64_t)i;
        step[i] = 3;
    }
    float *dt = dalloc(sizeof temp, 0), *dp = dalloc(sizeof topp, 0);
    uint64_t *drid = dalloc(sizeof rid, 0);
    int32_t *dstep = dalloc(sizeof step, 0), *dout = dalloc(sizeof step, 0);
    must(cc_cuda_h2d(dp, topp, sizeof topp, &err), "upload");
    must(cc_cuda_h2d(drid, rid, sizeof rid, &err), "upload");
    must(cc_cuda_h2d(dstep, step, sizeof step, &err), "upload");
    /* logits: a ramp-free pattern is fine for timing; use the memset floats (all equal) */
    cc_sample_args sa = {s.a, 64, vocab, dt, dp, drid, dstep, 7, dout};
    s.smp = sa;
    must(cc_cuda_h2d(dt, temp, sizeof temp, &err), "upload");
    printf("%-40s %10.2f\n", "sample greedy 64 x 128256", time_us(run_sample, &s, 20));
    for (int i = 0; i < 64; i++) temp[i] = 0.7f;
    must(cc_cuda_h2d(dt, temp, sizeof temp, &err), "upload");
    printf("%-40s %10.2f\n", "sample T=0.7 top-p 0.9, 64 x 128256", time_us(run_sample, &s, 20));
}

/* ------------------------------------------------------------ one whole decode step */

/* Llama-3.2-1B, q8_0 weights, bf16 KV, every row at context 512: per layer
 * rmsnorm, q and fused k|v matvecs, rope + KV write, decode attention, o
 * matvec into the residual, rmsnorm, fused gate|up matvec, swiglu, down
 * matvec into the residual; then the final norm, lm_head and greedy sampling.
 * Timed launched one by one and replayed as one CUDA graph. */
#define ST_LAYERS 16
#define ST_CTX 512
#define ST_MAXB 64
typedef struct {
    int b;                                                                    /* rows in the batch */
    cc_dev_weight wq[ST_LAYERS], wkv[ST_LAYERS], wo[ST_LAYERS], wgu[ST_LAYERS], wd[ST_LAYERS], lm; /* q8_0 */
    float *norm_w;                                                            /* [8192] */
    float *x, *h, *q, *kv, *att, *gu, *act, *logits;                          /* activations */
    cc_kv_cache cache[ST_LAYERS];                                             /* per layer */
    int32_t *seq, *pos, *ctx;                                                 /* [ST_MAXB] */
    float *freqs;                                                             /* [32] */
    void *work;                                                               /* attention workspace */
    cc_sample_args smp;                                                       /* greedy */
} step_arg;

static void run_step(void *p, int it) {
    step_arg *s = p;
    const int b = s->b;
    (void)it;
    for (int l = 0; l < ST_LAYERS; l++) {
        must(cc_cuda_rmsnorm(s->x, s->norm_w, s->h, NULL, b, 2048, 1e-5f, st, &err), "step rmsnorm");
        must(cc_cuda_mmv(&s->wq[l], s->h, 2048, s->q, 2048, b, false, st, &err), "step q");
        must(cc_cuda_mmv(&s->wkv[l], s->h, 2048, s->kv, 1024, b, false, st, &err), "step kv");
        cc_rope_kv_args r = {s->q, s->kv, s->kv + 512, 2048, 1024, 1024, b, 32, s->seq, s->pos, s->freqs, s->cache[l]};
        must(cc_cuda_rope_kv(&r, st, &err), "step rope");
        cc_attn_decode_args d = {s->q, s->att, b, 32, s->ctx, ST_CTX, 0.125f, s->cache[l], s->work, 0};
        must(cc_cuda_attn_decode(&d, st, &err), "step attention");
        must(cc_cuda_mmv(&s->wo[l], s->att, 2048, s->x, 2048, b, true, st, &err), "step o");
        must(cc_cuda_rmsnorm(s->x, s->norm_w, s->h, NULL, b, 2048, 1e-5f, st, &err), "step rmsnorm");
        must(cc_cuda_mmv(&s->wgu[l], s->h, 2048, s->gu, 16384, b, false, st, &err), "step gate|up");
        must(cc_cuda_swiglu(s->gu, 16384, s->gu + 8192, 16384, s->act, 8192, b, 8192, st, &err), "step swiglu");
        must(cc_cuda_mmv(&s->wd[l], s->act, 8192, s->x, 2048, b, true, st, &err), "step down");
    }
    must(cc_cuda_rmsnorm(s->x, s->norm_w, s->h, NULL, b, 2048, 1e-5f, st, &err), "step final norm");
    must(cc_cuda_mmv(&s->lm, s->h, 2048, s->logits, 128256, b, false, st, &err), "step lm_head");
    s->smp.n_rows = b;
    must(cc_cuda_sample(&s->smp, st, &err), "step sample");
}

static void run_graph(void *p, int it) {
    (void)it;
    must(cc_cuda_graph_launch(*(cc_cuda_graph *)p, st, &err), "graph launch");
}

static double step_us[2][N_BATCH]; /* [eager, graph][batch] */

static double step_weight_bytes; /* the q8_0 bytes one decode step streams (every weight once) */

static void weight(cc_dev_weight *w, int64_t n, int64_t k) {
    cc_qlayout l;
    must(cc_qlayout_init(&l, CC_T_Q8_0, n, k, &err), "layout");
    cc_dev_weight_init(w, &l, dalloc(l.total_bytes, 0x11));
    step_weight_bytes += (double)l.total_bytes;
}

static void bench_decode_step(void) {
    static step_arg s;
    const int max_blocks = ST_CTX / 16;
    for (int l = 0; l < ST_LAYERS; l++) {
        weight(&s.wq[l], 2048, 2048);
        weight(&s.wkv[l], 1024, 2048);
        weight(&s.wo[l], 2048, 2048);
        weight(&s.wgu[l], 16384, 2048);
        weight(&s.wd[l], 2048, 8192);
    }
    weight(&s.lm, 128256, 2048);
    s.norm_w = dalloc(sizeof(float) * 8192, 0x3c);
    s.x = dalloc(sizeof(float) * ST_MAXB * 2048, 0x3c);
    s.h = dalloc(sizeof(float) * ST_MAXB * 2048, 0);
    s.q = dalloc(sizeof(float) * ST_MAXB * 2048, 0);
    s.kv = dalloc(sizeof(float) * ST_MAXB * 1024, 0);
    s.att = dalloc(sizeof(float) * ST_MAXB * 2048, 0);
    s.gu = dalloc(sizeof(float) * ST_MAXB * 16384, 0);
    s.act = dalloc(sizeof(float) * ST_MAXB * 8192, 0);
    s.logits = dalloc(sizeof(float) * ST_MAXB * 128256, 0);
    int32_t seq[ST_MAXB], pos[ST_MAXB], ctx[ST_MAXB], table[ST_MAXB * ST_CTX / 16];
    for (int i = 0; i < ST_MAXB; i++) {
        seq[i] = i;
        pos[i] = ST_CTX - 1;
        ctx[i] = ST_CTX;
    }
    for (int i = 0; i < ST_MAXB * max_blocks; i++) table[i] = i;
    s.seq = dalloc(sizeof seq, 0);
    s.pos = dalloc(sizeof pos, 0);
    s.ctx = dalloc(sizeof ctx, 0);
    int32_t *dtable = dalloc(sizeof table, 0);
    must(cc_cuda_h2d(s.seq, seq, sizeof seq, &err), "upload");
    must(cc_cuda_h2d(s.pos, pos, sizeof pos, &err), "upload");
    must(cc_cuda_h2d(s.ctx, ctx, sizeof ctx, &err), "upload");
    must(cc_cuda_h2d(dtable, table, sizeof table, &err), "upload");
    float freqs[32];
    for (int i = 0; i < 32; i++) freqs[i] = powf(500000.0f, -2.0f * i / 64);
    s.freqs = dalloc(sizeof freqs, 0);
    must(cc_cuda_h2d(s.freqs, freqs, sizeof freqs, &err), "upload");
    size_t pool = (size_t)ST_MAXB * max_blocks * 8 * 16 * 64 * 2;
    for (int l = 0; l < ST_LAYERS; l++) {
        cc_kv_cache c = {dalloc(pool, 0x11), dalloc(pool, 0x11), CC_KV_BF16, ST_MAXB * max_blocks, 16, 8, 64,
                         dtable, max_blocks, 1.0f};
        s.cache[l] = c;
    }
    s.work = dalloc(cc_attn_decode_work_bytes(ST_MAXB, 32, 64, ST_CTX), 0);
    float zeros[ST_MAXB] = {0}, ones[ST_MAXB];
    uint64_t rid[ST_MAXB];
    for (int i = 0; i < ST_MAXB; i++) {
        ones[i] = 1.0f;
        rid[i] = (uint64_t)i;
    }
    cc_sample_args smp = {s.logits, ST_MAXB, 128256, dalloc(sizeof zeros, 0), dalloc(sizeof ones, 0),
                          dalloc(sizeof rid, 0), s.pos, 1, dalloc(sizeof(int32_t) * ST_MAXB, 0)};
    must(cc_cuda_h2d((void *)smp.temperature, zeros, sizeof zeros, &err), "upload");
    must(cc_cuda_h2d((void *)smp.top_p, ones, sizeof ones, &err), "upload");
    must(cc_cuda_h2d((void *)smp.row_id, rid, sizeof rid, &err), "upload");
    s.smp = smp;

    printf("\n== one decode step: Llama-3.2-1B, q8_0 weights, bf16 KV, context 512, greedy ==\n");
    printf("%5s %12s %12s %10s %9s\n", "batch", "eager us", "graph us", "tok/s", "launches");
    for (int bi = 0; bi < N_BATCH; bi++) {
        s.b = batches[bi];
        step_us[0][bi] = time_us(run_step, &s, quick ? 2 : 5);
        cc_cuda_graph g = NULL;
        must(cc_cuda_capture_begin(st, &err), "capture begin");
        run_step(&s, 0);
        must(cc_cuda_capture_end(st, &g, &err), "capture end");
        step_us[1][bi] = time_us(run_graph, &g, quick ? 3 : 10);
        cc_cuda_graph_destroy(g);
        printf("%5d %12.1f %12.1f %10.0f %9d\n", s.b, step_us[0][bi], step_us[1][bi], s.b / (step_us[1][bi] * 1e-6),
               ST_LAYERS * 11 + 3);
    }
}

/* ------------------------------------------------------------ summary */

static void summary(void) {
    printf("\n== summary: %s, peak %.2f TB/s, measured copy %.2f TB/s ==\n", facts.name, facts.peak_bw / 1e12,
           copy_bw / 1e12);
    printf("decode step matmuls = 16 layers x (q,k,v,o,gate,up,down) + lm_head; tok/s = batch / step time\n");
    printf("| weights     |   b=1 us |  tok/s | b=1 GB/s %%peak |  b=16 us |  tok/s |  b=64 us |  tok/s |\n");
    for (int t = 0; t <= N_TYPES + 1; t++) { /* N_TYPES: cuBLAS bf16, N_TYPES + 1: invariant GEMM */
        double us[N_BATCH] = {0}, bytes = 0;
        for (int s = 0; s < N_SHAPES; s++) {
            int times = shapes[s].per_layer ? shapes[s].per_layer * N_LAYERS : 1;
            if (t < N_TYPES) {
                cc_qlayout l;
                must(cc_qlayout_init(&l, types[t], shapes[s].n, shapes[s].k, &err), "layout");
                bytes += times * (double)l.total_bytes;
            } else {
                bytes += times * (double)shapes[s].n * shapes[s].k * 2;
            }
            for (int b = 0; b < N_BATCH; b++)
                us[b] += times * (t < N_TYPES ? mmv_us[t][s][b] : t == N_TYPES ? blas_us[s][b] : bi_us[s][b]);
        }
        double gbs = bytes / (us[0] * 1e-6) / 1e9;
        char name[32];
        snprintf(name, sizeof name, t < N_TYPES ? "mmv %s" : t == N_TYPES ? "cuBLAS bf16" : "gemm_bi bf16",
                 t < N_TYPES ? type_names[t] : "");
        printf("| %-11s | %8.0f | %6.0f | %6.0f %4.0f%% | %8.0f | %6.0f | %8.0f | %6.0f |\n", name, us[0], 1 / (us[0] * 1e-6),
               gbs, 100 * gbs * 1e9 / facts.peak_bw, us[1], 16 / (us[1] * 1e-6), us[2], 64 / (us[2] * 1e-6));
    }
    {
        double us[2] = {0, 0};
        for (int s = 0; s < N_SHAPES; s++)
            for (int v = 0; v < 2; v++) us[v] += (shapes[s].per_layer ? shapes[s].per_layer * N_LAYERS : 1) * big_us[v][s];
        printf("batch %d decode-step matmuls: cuBLAS bf16 %.0f us (%.0f tok/s), gemm_bi %.0f us (%.0f tok/s, %.0f%% of "
               "cuBLAS's speed)\n",
               BIG_BATCH, us[0], BIG_BATCH / (us[0] * 1e-6), us[1], BIG_BATCH / (us[1] * 1e-6), 100 * us[0] / us[1]);
    }
    printf("invariant GEMMs, us (TFLOP/s): ltpin = pinned cuBLASLt (batch-invariant, self-tested), gemm_bi, free-lt = "
           "cuBLASLt timed per m (not invariant); '-' = shape not pinned (self-test failed: reason in the log)\n");
    printf("| shape               |   m | ltpin us (TFLOP/s) | gemm_bi us (TFLOP/s) | free-lt us (TFLOP/s) | ltpin vs gemm_bi |\n");
    for (int s = 0; s < N_SHAPES; s++)
        for (int mi = 0; mi < N_PIN_M; mi++) {
            const double flop = 2.0 * pin_ms[mi] * (double)shapes[s].n * shapes[s].k;
            char cell[3][32];
            for (int v = 0; v < 3; v++) {
                if (pin_us[v][s][mi] > 0)
                    snprintf(cell[v], sizeof cell[v], "%8.1f (%6.1f)", pin_us[v][s][mi], flop / (pin_us[v][s][mi] * 1e-6) / 1e12);
                else
                    snprintf(cell[v], sizeof cell[v], "%17s", "-");
            }
            printf("| %-19s | %3d | %18s | %20s | %20s | %15.2fx |\n", shapes[s].name, pin_ms[mi], cell[0], cell[1], cell[2],
                   pin_us[0][s][mi] > 0 ? pin_us[1][s][mi] / pin_us[0][s][mi] : 0.0);
        }
    for (int mi = 0; mi < N_PIN_M; mi++) { /* a whole step's matmuls at m rows */
        double us[3] = {0, 0, 0};
        bool all = true;
        for (int s = 0; s < N_SHAPES; s++) {
            const int times = shapes[s].per_layer ? shapes[s].per_layer * N_LAYERS : 1;
            all = all && pin_us[0][s][mi] > 0;
            for (int v = 0; v < 3; v++) us[v] += times * pin_us[v][s][mi];
        }
        char lt[48];
        if (all) snprintf(lt, sizeof lt, "%.0f us (%.0f tok/s)", us[0], pin_ms[mi] / (us[0] * 1e-6));
        else snprintf(lt, sizeof lt, "- (not every shape pinned)");
        printf("step matmuls (16 layers + lm_head) at m=%d: ltpin %s, gemm_bi %.0f us (%.0f tok/s), free cuBLASLt %.0f "
               "us (%.0f tok/s)\n",
               pin_ms[mi], lt, us[1], pin_ms[mi] / (us[1] * 1e-6), us[2], pin_ms[mi] / (us[2] * 1e-6));
    }
    for (int mi = 0; mi < N_F8_M; mi++) { /* fp8 projections: a step's matmuls, with the activation quantization */
        double us[2] = {0, 0}, q = 0;
        int missing = 0;
        for (int s = 0; s < N_SHAPES; s++) {
            const int times = shapes[s].per_layer ? shapes[s].per_layer * N_LAYERS : 1;
            for (int v = 0; v < 2; v++) us[v] += times * f8_us[v][s][mi];
            missing += f8_us[1][s][mi] <= 0.0;
        }
        /* inputs quantized per layer: the attention input, its output, the FFN input (2048 wide), the SwiGLU
         * output (8192), and the output layer's input once; scaled from the F8_MAX-row timings */
        q = (N_LAYERS * (3 * f8_quant_us[0] + f8_quant_us[1]) + f8_quant_us[0]) * f8_ms[mi] / F8_MAX;
        if (missing)
            printf("step matmuls at m=%d: bf16 %.0f us; fp8 not run on %d shape(s) (UNSUPPORTED above)\n", f8_ms[mi],
                   us[0], missing);
        else
            printf("step matmuls at m=%d: bf16 (free cuBLASLt) %.0f us, fp8 per-row scales %.0f us + %.0f us quantizing "
                   "activations: %.2fx\n",
                   f8_ms[mi], us[0], us[1], q, us[0] / (us[1] + q));
    }
    printf("faster path per shape (q8_0 mmv vs cuBLAS bf16), batch 1/16/64:");
    for (int s = 0; s < N_SHAPES; s++) {
        printf("\n  %-20s", shapes[s].name);
        for (int b = 0; b < N_BATCH; b++)
            printf(" %s", mmv_us[2][s][b] <= blas_us[s][b] ? "mmv   " : "cuBLAS");
    }
    printf("\none decode step, q8_0, ctx 512, CUDA graph: b=1 %.0f us (%.0f tok/s), b=16 %.0f us (%.0f tok/s), b=64 %.0f us (%.0f tok/s)\n",
           step_us[1][0], 1 / (step_us[1][0] * 1e-6), step_us[1][1], 16 / (step_us[1][1] * 1e-6), step_us[1][2],
           64 / (step_us[1][2] * 1e-6));
    /* issue 6's batch-1 figure: the weight bytes a whole step streams over the whole step's time
       (its norms, attention, sampling and launch gaps included), against the card's peak */
    {
        const double gbs = step_weight_bytes / (step_us[1][0] * 1e-6) / 1e9;
        printf("batch-1 decode step: %.2f GB of q8_0 weights in %.0f us: %.0f GB/s, %.0f%% of peak (%.0f%% of the "
               "measured copy)\n",
               step_weight_bytes / 1e9, step_us[1][0], gbs, 100.0 * gbs * 1e9 / facts.peak_bw, 100.0 * gbs * 1e9 / copy_bw);
    }
    static const char *const akn[6] = {"fp32 kernel, bf16 KV", "fp32 kernel, fp8 KV", "tc ring, f16 KV",
                                       "tc ring, fp8 KV", "tc registers, f16 KV", "tc registers, fp8 KV"};
    printf("\nattention decode, KV GB/s at 1/16/64/256 seqs (tc ring: the cp.async loader; tc registers: the kernel before it):\n");
    for (int kt = 0; kt < 6; kt++) {
        printf("  %-21s", akn[kt]);
        for (int ci = 0; ci < 3; ci++)
            printf(" ctx %d %.0f/%.0f/%.0f/%.0f%s", ci == 0 ? 256 : ci == 1 ? 512 : 2048, attn_decode_gbs[kt][ci][0],
                   attn_decode_gbs[kt][ci][1], attn_decode_gbs[kt][ci][2], attn_decode_gbs[kt][ci][3],
                   ci < 2 ? "," : "\n");
    }
}

int main(int argc, char **argv) {
    cc_cuda_probe_info info;
    quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
    if (cc_cuda_probe(&info) != 0) {
        fprintf(stderr, "bench_kernels: no usable CUDA device: %s\n", info.why);
        return 77;
    }
    must(cc_cuda_facts(&facts, &err), "device facts");
    must(cc_cuda_stream_create(&st, &err), "stream");
    must(cc_cuda_event_create(&ev0, &err), "event");
    must(cc_cuda_event_create(&ev1, &err), "event");
    printf("device: %s, sm_%d%d, %d SMs, L2 %.0f MiB, peak DRAM %.2f TB/s\n", facts.name, facts.cc_major,
           facts.cc_minor, facts.sm_count, facts.l2_bytes / 1048576.0, facts.peak_bw / 1e12);
    static copy_arg c;
    c.n = (size_t)1 << 30;
    c.a = dalloc(c.n, 1);
    c.b = dalloc(c.n, 2);
    double us = time_us(run_copy, &c, 10);
    copy_bw = 2.0 * (double)c.n / (us * 1e-6);
    printf("device-to-device copy of 1 GiB: %.1f us, %.2f TB/s (read + write)\n", us, copy_bw / 1e12);
    cc_cuda_free(c.a);
    cc_cuda_free(c.b);
    bench_matvec();
    bench_invariant_gemms();
    bench_fp8_gemms();
    bench_attention();
    bench_small();
    bench_decode_step();
    summary();
    cc_cuda_stream_destroy(st);
    return 0;
}
