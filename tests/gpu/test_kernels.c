/* test_kernels.c - every GPU kernel of kernels/cuda_ops.h against its CPU
 * reference (kernels/kernel_refs.h) on fresh random inputs (never zeros),
 * outputs poisoned with NaN (0xFF bytes) before each launch.  One line per
 * kernel / type / shape: the relative error max|gpu - ref| / max|ref| and
 * its bound; batch-invariance checks compare a row computed alone with the
 * same row inside a batch, bit for bit.  Exits 77 (ctest "skipped") when no
 * CUDA device is present. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_check.h"
#include "cuda_ops.h"
#include "cuda_probe.h"
#include "kernel_refs.h"
#include "qrepack.h"
#include "ref_util.h"
#include "testutil.h"

static cc_error err;
static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static void *dev_bufs[4096];
static int n_dev_bufs;

/* A device call that must succeed: print the status message and stop the test. */
static void must(cc_status s, const char *what) {
    if (s == CC_OK) return;
    fprintf(stderr, "FATAL: %s: %s\n", what, err.msg);
    exit(1);
}

static void *dev_alloc(size_t n) {
    void *d = NULL;
    must(cc_cuda_alloc(&d, n, &err), "cudaMalloc");
    if (n_dev_bufs < (int)(sizeof dev_bufs / sizeof dev_bufs[0])) dev_bufs[n_dev_bufs++] = d;
    return d;
}
static void *dev_dup(const void *h, size_t n) {
    void *d = dev_alloc(n);
    must(cc_cuda_h2d(d, h, n, &err), "copy to device");
    return d;
}
static void *dev_poison(size_t n) {
    void *d = dev_alloc(n);
    must(cc_cuda_memset(d, 0xff, n, &err), "poison");
    return d;
}
static void get(void *h, const void *d, size_t n) {
    must(cc_cuda_device_sync(&err), "synchronize after the kernel");
    must(cc_cuda_d2h(h, d, n, &err), "copy to host");
}
static void free_all(void) {
    for (int i = 0; i < n_dev_bufs; i++) cc_cuda_free(dev_bufs[i]);
    n_dev_bufs = 0;
}

static float *rand_f32(size_t n, float lo, float hi) {
    float *p = malloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++) {
        p[i] = cc_ref_rand_f32(&rng, lo, hi);
        if (p[i] == 0.0f) p[i] = 0.5f * hi; /* never zeros */
    }
    return p;
}

/* Compare n floats; NaN expected where want is NaN.  Prints one line. */
static void report(const char *what, const float *got, const float *want, size_t n, double bound) {
    size_t bad = 0;
    double maxd = 0, maxr = 0;
    for (size_t i = 0; i < n; i++) {
        if (isnan(want[i])) {
            bad += !isnan(got[i]);
            continue;
        }
        if (!isfinite(got[i])) {
            bad++;
            continue;
        }
        maxd = fmax(maxd, fabs((double)got[i] - want[i]));
        maxr = fmax(maxr, fabs((double)want[i]));
    }
    double rel = maxd / (maxr > 1e-30 ? maxr : 1e-30);
    int ok = bad == 0 && rel <= bound;
    printf("%-58s rel_err %.2e  bound %.0e  %s", what, rel, bound, ok ? "ok" : "FAIL");
    if (bad) printf("  (%zu non-finite / unexpected values)", bad);
    printf("\n");
    CHECKF(ok, "%s: rel_err %.3g bound %.3g, %zu bad values", what, rel, bound, bad);
}

static void report_same(const char *what, const void *a, const void *b, size_t bytes) {
    int ok = memcmp(a, b, bytes) == 0;
    printf("%-58s %s\n", what, ok ? "bitwise equal  ok" : "DIFFERS  FAIL");
    CHECKF(ok, "%s: results differ", what);
}

/* Element i of a K/V pool of the given type, as float (fp8 times its scale). */
static float kv_elem(cc_kv_type t, const void *pool, size_t i, float scale) {
    const uint8_t *p = pool;
    uint16_t h;
    if (t == CC_KV_FP8) return cc_ref_e4m3_to_f32(p[i]) * scale;
    memcpy(&h, p + 2 * i, 2);
    return t == CC_KV_F16 ? cc_ref_half_to_f32(h) : cc_ref_bf16_to_f32(h);
}

static uint16_t kv_bits(cc_kv_type t, float v, float scale) {
    return t == CC_KV_FP8 ? cc_ref_f32_to_e4m3(v / scale) : t == CC_KV_F16 ? cc_ref_f32_to_half(v) : cc_ref_f32_to_bf16(v);
}

static const char *kv_name(cc_kv_type t) { return t == CC_KV_FP8 ? "fp8 " : t == CC_KV_F16 ? "f16 " : "bf16"; }

/* ------------------------------------------------------------ weights */

static const cc_ttype all_types[] = {CC_T_F16, CC_T_BF16, CC_T_Q8_0, CC_T_Q4_0, CC_T_Q4_1, CC_T_Q4_K, CC_T_Q6_K};

static const char *tname(cc_ttype t) {
    switch (t) {
    case CC_T_F16: return "f16";
    case CC_T_BF16: return "bf16";
    case CC_T_Q8_0: return "q8_0";
    case CC_T_Q4_0: return "q4_0";
    case CC_T_Q4_1: return "q4_1";
    case CC_T_Q4_K: return "q4_K";
    case CC_T_Q6_K: return "q6_K";
    default: return "?";
    }
}

static void put_half(uint8_t *p, float lo, float hi) {
    uint16_t h = cc_ref_f32_to_half(cc_ref_rand_f32(&rng, lo, hi));
    memcpy(p, &h, 2);
}

/* Random GGUF bytes of an n x k matrix: random quants, finite random scales. */
static uint8_t *rand_weights(cc_ttype t, int64_t n, int64_t k, size_t *bytes) {
    size_t rb = 0;
    must(cc_ref_row_bytes(t, k, &rb, &err), "row bytes");
    *bytes = rb * (size_t)n;
    uint8_t *w = malloc(*bytes);
    for (size_t i = 0; i < *bytes; i++) w[i] = (uint8_t)cc_ref_rand_u64(&rng);
    if (t == CC_T_F16 || t == CC_T_BF16) {
        for (size_t i = 0; i < *bytes / 2; i++) {
            float f = cc_ref_rand_f32(&rng, -1, 1);
            uint16_t h = t == CC_T_F16 ? cc_ref_f32_to_half(f) : cc_ref_f32_to_bf16(f);
            memcpy(w + 2 * i, &h, 2);
        }
        return w;
    }
    size_t bb = t == CC_T_Q8_0 ? 34 : t == CC_T_Q4_0 ? 18 : t == CC_T_Q4_1 ? 20 : t == CC_T_Q4_K ? 144 : 210;
    for (size_t b = 0; b < *bytes / bb; b++) {
        uint8_t *blk = w + b * bb;
        switch (t) {
        case CC_T_Q8_0:
        case CC_T_Q4_0: put_half(blk, 0.002f, 0.02f); break;
        case CC_T_Q4_1: put_half(blk, 0.002f, 0.02f); put_half(blk + 2, -0.1f, 0.1f); break;
        case CC_T_Q4_K: put_half(blk, 0.0005f, 0.002f); put_half(blk + 2, 0.0005f, 0.002f); break;
        case CC_T_Q6_K: put_half(blk + 208, 0.0005f, 0.002f); break;
        default: break;
        }
    }
    return w;
}

/* Repack on the host, upload, describe. */
static void upload_weight(cc_ttype t, const uint8_t *w, int64_t n, int64_t k, cc_dev_weight *dw) {
    cc_qlayout l;
    must(cc_qlayout_init(&l, t, n, k, &err), "layout");
    uint8_t *packed = malloc(l.total_bytes);
    cc_qrepack(&l, w, packed);
    void *d = dev_dup(packed, l.total_bytes);
    cc_dev_weight_init(dw, &l, d);
    free(packed);
}

/* ------------------------------------------------------------ mmv, dequant, gemm */

static void test_mmv(void) {
    /* Llama-3.2-1B width; K = 4096; a K-quant-compatible odd size; SmolLM2-135M's width (not for
     * K-quants: 72 or 36 units, so lanes end their last round of loads part-way) with an odd row
     * count (the last block's warps run out of rows; the one-row-per-warp path at every batch) */
    const int64_t shapes[][2] = {{192, 2048}, {32, 4096}, {64, 768}, {45, 576}};
    const int ms[] = {1, 5, 16, 64};
    char what[160];
    for (size_t ti = 0; ti < sizeof all_types / sizeof all_types[0]; ti++) {
        cc_ttype t = all_types[ti];
        for (size_t si = 0; si < sizeof shapes / sizeof shapes[0]; si++) {
            int64_t N = shapes[si][0], K = shapes[si][1], ldx = K + 4, ldy = N + 3;
            if (K % 256 != 0 && (t == CC_T_Q4_K || t == CC_T_Q6_K)) continue;
            size_t wb;
            uint8_t *w = rand_weights(t, N, K, &wb);
            cc_dev_weight dw;
            upload_weight(t, w, N, K, &dw);
            float *x = rand_f32((size_t)64 * ldx, -1, 1);
            float *dx = dev_dup(x, sizeof(float) * 64 * ldx);
            float *y_ref = malloc(sizeof(float) * 64 * ldy), *y = malloc(sizeof(float) * 64 * ldy);
            float *y64 = malloc(sizeof(float) * 64 * ldy);
            for (size_t mi = 0; mi < sizeof ms / sizeof ms[0]; mi++) {
                int m = ms[mi];
                float *dy = dev_poison(sizeof(float) * 64 * ldy);
                must(cc_cuda_mmv(&dw, dx, ldx, dy, ldy, m, false, NULL, &err), "mmv");
                get(y, dy, sizeof(float) * m * ldy);
                must(cc_ref_mmv(t, w, N, K, x, ldx, y_ref, ldy, m, false, &err), "mmv ref");
                for (int r = 0; r < m; r++) /* compare only the N columns */
                    for (int64_t c = N; c < ldy; c++) y[r * ldy + c] = y_ref[r * ldy + c] = 0.5f;
                snprintf(what, sizeof what, "mmv %-4s N=%lld K=%lld m=%d", tname(t), (long long)N, (long long)K, m);
                report(what, y, y_ref, (size_t)m * ldy, 2e-4);
                if (m == 64) memcpy(y64, y, sizeof(float) * 64 * ldy);
            }
            /* batch invariance: row 37 alone (m=1) and rows 3..7 (m=5) against the m=64 batch */
            float *dy1 = dev_poison(sizeof(float) * 5 * ldy);
            must(cc_cuda_mmv(&dw, dx + 37 * ldx, ldx, dy1, ldy, 1, false, NULL, &err), "mmv alone");
            get(y, dy1, sizeof(float) * ldy);
            snprintf(what, sizeof what, "mmv %-4s N=%lld K=%lld row 37 alone vs in batch 64", tname(t), (long long)N,
                     (long long)K);
            report_same(what, y, y64 + 37 * ldy, sizeof(float) * N);
            must(cc_cuda_mmv(&dw, dx + 3 * ldx, ldx, dy1, ldy, 5, false, NULL, &err), "mmv 5");
            get(y, dy1, sizeof(float) * 5 * ldy);
            int same = 1;
            for (int r = 0; r < 5; r++) same &= memcmp(y + r * ldy, y64 + (3 + r) * ldy, sizeof(float) * N) == 0;
            snprintf(what, sizeof what, "mmv %-4s N=%lld K=%lld rows 3..7 in batch 5 vs 64", tname(t), (long long)N,
                     (long long)K);
            report_same(what, &same, &(int){1}, sizeof same);
            /* accumulate: y += W x */
            if (si == 0) {
                float *y0 = rand_f32((size_t)3 * ldy, -1, 1);
                float *dy = dev_dup(y0, sizeof(float) * 3 * ldy);
                must(cc_cuda_mmv(&dw, dx, ldx, dy, ldy, 3, true, NULL, &err), "mmv accumulate");
                get(y, dy, sizeof(float) * 3 * ldy);
                memcpy(y_ref, y0, sizeof(float) * 3 * ldy);
                must(cc_ref_mmv(t, w, N, K, x, ldx, y_ref, ldy, 3, true, &err), "mmv ref");
                snprintf(what, sizeof what, "mmv %-4s N=%lld K=%lld m=3 accumulate", tname(t), (long long)N,
                         (long long)K);
                report(what, y, y_ref, (size_t)3 * ldy, 2e-4);
                free(y0);
            }
            /* dequantize to bf16 (the cuBLAS path's load step) */
            if (si == 0) {
                uint16_t *dq = dev_poison(sizeof(uint16_t) * N * K), *hq = malloc(sizeof(uint16_t) * N * K);
                float *got = malloc(sizeof(float) * N * K), *want = malloc(sizeof(float) * N * K);
                must(cc_cuda_dequant_bf16(&dw, dq, NULL, &err), "dequant bf16");
                get(hq, dq, sizeof(uint16_t) * N * K);
                size_t rb = 0;
                must(cc_ref_row_bytes(t, K, &rb, &err), "row bytes");
                for (int64_t r = 0; r < N; r++) must(cc_ref_dequant_row(t, w + r * rb, K, want + r * K, &err), "deq");
                for (int64_t i = 0; i < N * K; i++) got[i] = cc_ref_bf16_to_f32(hq[i]);
                snprintf(what, sizeof what, "dequant->bf16 %-4s N=%lld K=%lld", tname(t), (long long)N, (long long)K);
                report(what, got, want, (size_t)(N * K), 4e-3);
                free(hq);
                free(got);
                free(want);
            }
            free(w);
            free(x);
            free(y);
            free(y_ref);
            free(y64);
            free_all();
        }
    }
}

static void test_gemm(void) {
    const int N = 512, K = 2048, ms[] = {64, 200};
    char what[160];
    cc_gemm_ctx *ctx = NULL;
    must(cc_gemm_ctx_create(&ctx, &err), "gemm context");
    size_t wb;
    uint8_t *w = rand_weights(CC_T_Q8_0, N, K, &wb);
    cc_dev_weight dw;
    upload_weight(CC_T_Q8_0, w, N, K, &dw);
    uint16_t *dwb = dev_alloc(sizeof(uint16_t) * N * K), *hwb = malloc(sizeof(uint16_t) * N * K);
    must(cc_cuda_dequant_bf16(&dw, dwb, NULL, &err), "dequant bf16");
    get(hwb, dwb, sizeof(uint16_t) * N * K);
    for (size_t mi = 0; mi < 2; mi++) {
        int m = ms[mi];
        float *x = rand_f32((size_t)m * K, -1, 1), *xr = malloc(sizeof(float) * m * K);
        float *y = malloc(sizeof(float) * m * N), *y_ref = malloc(sizeof(float) * m * N);
        for (int64_t i = 0; i < (int64_t)m * K; i++) xr[i] = cc_ref_bf16_to_f32(cc_ref_f32_to_bf16(x[i]));
        float *dx = dev_dup(x, sizeof(float) * m * K), *dy = dev_poison(sizeof(float) * m * N);
        uint16_t *dxb = dev_poison(sizeof(uint16_t) * m * K);
        must(cc_cuda_f32_to_bf16(dx, dxb, (int64_t)m * K, NULL, &err), "f32 to bf16");
        must(cc_gemm_bf16(ctx, dwb, dxb, dy, m, N, K, false, NULL, &err), "gemm");
        get(y, dy, sizeof(float) * m * N);
        must(cc_ref_mmv(CC_T_BF16, hwb, N, K, xr, K, y_ref, N, m, false, &err), "gemm ref");
        snprintf(what, sizeof what, "gemm bf16 (cuBLASLt) m=%d N=%d K=%d", m, N, K);
        report(what, y, y_ref, (size_t)m * N, 1e-3);
        must(cc_gemm_bf16(ctx, dwb, dxb, dy, m, N, K, true, NULL, &err), "gemm accumulate");
        get(y, dy, sizeof(float) * m * N);
        for (int64_t i = 0; i < (int64_t)m * N; i++) y_ref[i] *= 2.0f;
        snprintf(what, sizeof what, "gemm bf16 (cuBLASLt) m=%d N=%d K=%d accumulate", m, N, K);
        report(what, y, y_ref, (size_t)m * N, 1e-3);
        free(x);
        free(xr);
        free(y);
        free(y_ref);
    }
    cc_gemm_ctx_report(ctx, stdout);
    cc_gemm_ctx_free(ctx);
    free(w);
    free(hwb);
    free_all();
}

/* The batch-invariant GEMM: each launch size against the reference (bf16-rounded x, bf16 W,
 * sums in double), and every row bitwise equal to the same row of the largest launch, whatever
 * the tile shape or the K split the launch got (printed). */
static void test_gemm_bi(void) {
    static const struct {
        int n, k, n_m, ms[8];
    } shapes[] = {{1000, 1312, 7, {1, 7, 16, 33, 64, 200, 300}}, {8192, 544, 2, {150, 300}}};
    char what[200];
    for (size_t si = 0; si < sizeof shapes / sizeof shapes[0]; si++) {
        const int N = shapes[si].n, K = shapes[si].k, MM = shapes[si].ms[shapes[si].n_m - 1];
        uint16_t *hw = malloc(sizeof(uint16_t) * (size_t)N * K), *hx = malloc(sizeof(uint16_t) * (size_t)MM * K);
        float *xr = malloc(sizeof(float) * (size_t)MM * K), *y0 = rand_f32((size_t)MM * N, -2, 2);
        for (int64_t i = 0; i < (int64_t)N * K; i++) hw[i] = cc_ref_f32_to_bf16(cc_ref_rand_f32(&rng, -0.1f, 0.1f) + 1e-3f);
        for (int64_t i = 0; i < (int64_t)MM * K; i++) {
            hx[i] = cc_ref_f32_to_bf16(cc_ref_rand_f32(&rng, -1, 1) + 1e-3f);
            xr[i] = cc_ref_bf16_to_f32(hx[i]);
        }
        float *big = malloc(sizeof(float) * (size_t)MM * N), *y = malloc(sizeof(float) * (size_t)MM * N);
        float *y_ref = malloc(sizeof(float) * (size_t)MM * N);
        uint16_t *dw = dev_dup(hw, sizeof(uint16_t) * (size_t)N * K), *dx = dev_dup(hx, sizeof(uint16_t) * (size_t)MM * K);
        size_t wbytes = cc_gemm_bi_work_bytes(64, N, K);
        void *work = dev_alloc(wbytes);
        cc_gemm_bi_args a = {.w = dw, .x = dx, .ldx = K, .ldy = N, .n = N, .k = K, .work = work, .work_bytes = wbytes};
        /* the largest launch first: the rows every other launch must reproduce */
        for (int mi = shapes[si].n_m - 1; mi >= 0; mi--) {
            const int m = shapes[si].ms[mi];
            int split = 0, cfg = cc_gemm_bi_plan(m, N, K, wbytes, &split);
            a.m = m;
            a.accumulate = false;
            a.y = dev_poison(sizeof(float) * (size_t)m * N);
            must(cc_cuda_gemm_bi(&a, NULL, &err), "gemm_bi");
            get(y, a.y, sizeof(float) * (size_t)m * N);
            must(cc_ref_mmv(CC_T_BF16, hw, N, K, xr, K, y_ref, N, m, false, &err), "gemm_bi ref");
            snprintf(what, sizeof what, "gemm_bi m=%d N=%d K=%d (%s%s)", m, N, K, cc_gemm_bi_tile_name(cfg),
                     split ? ", split" : "");
            report(what, y, y_ref, (size_t)m * N, 1e-4);
            if (m == MM) {
                memcpy(big, y, sizeof(float) * (size_t)m * N);
            } else {
                snprintf(what, sizeof what, "gemm_bi m=%d rows vs the same rows at m=%d", m, MM);
                report_same(what, y, big, sizeof(float) * (size_t)m * N);
            }
            /* the same launch without a workspace (never split): same bits */
            a.work = NULL;
            a.y = dev_poison(sizeof(float) * (size_t)m * N);
            must(cc_cuda_gemm_bi(&a, NULL, &err), "gemm_bi unsplit");
            get(y_ref, a.y, sizeof(float) * (size_t)m * N);
            a.work = work;
            snprintf(what, sizeof what, "gemm_bi m=%d without workspace vs with", m);
            report_same(what, y_ref, y, sizeof(float) * (size_t)m * N);
            /* accumulate onto random values: y0 + the product, bit for bit the product's rounding added once */
            a.accumulate = true;
            a.y = dev_dup(y0, sizeof(float) * (size_t)m * N);
            must(cc_cuda_gemm_bi(&a, NULL, &err), "gemm_bi accumulate");
            get(y_ref, a.y, sizeof(float) * (size_t)m * N);
            int same = 1;
            for (int64_t i = 0; i < (int64_t)m * N && same; i++) same = y_ref[i] == y0[i] + y[i];
            snprintf(what, sizeof what, "gemm_bi m=%d accumulate = y + product", m);
            printf("%-58s %s\n", what, same ? "bitwise equal  ok" : "DIFFERS  FAIL");
            CHECKF(same, "%s", what);
        }
        /* every tile shape, split or not, forced on a mid-size launch: the same bits */
        {
            const int m = 33; /* <= 64 rows: the workspace holds every split */
            float *first = malloc(sizeof(float) * (size_t)m * N);
            int n_forced = 0, n_same = 0;
            for (int f = 1; f <= 2 * CC_GEMM_BI_TILES; f++) {
                a.m = m;
                a.accumulate = false;
                a.force = f;
                a.y = dev_poison(sizeof(float) * (size_t)m * N);
                must(cc_cuda_gemm_bi(&a, NULL, &err), "gemm_bi forced shape");
                get(y, a.y, sizeof(float) * (size_t)m * N);
                if (n_forced++ == 0) memcpy(first, y, sizeof(float) * (size_t)m * N);
                n_same += memcmp(first, y, sizeof(float) * (size_t)m * N) == 0 &&
                          memcmp(big, y, sizeof(float) * (size_t)m * N) == 0;
            }
            a.force = 0;
            snprintf(what, sizeof what, "gemm_bi m=%d N=%d: %d forced tile/split shapes vs m=%d", m, N, n_forced, MM);
            printf("%-58s %d of %d bitwise equal  %s\n", what, n_same, n_forced, n_same == n_forced ? "ok" : "FAIL");
            CHECKF(n_same == n_forced, "%s: %d of %d", what, n_same, n_forced);
            free(first);
        }
        /* a row from the middle of the batch, alone */
        {
            const int r = MM / 2;
            a.m = 1;
            a.accumulate = false;
            a.x = dx + (size_t)r * K;
            a.y = dev_poison(sizeof(float) * (size_t)N);
            must(cc_cuda_gemm_bi(&a, NULL, &err), "gemm_bi one row");
            get(y, a.y, sizeof(float) * (size_t)N);
            a.x = dx;
            snprintf(what, sizeof what, "gemm_bi row %d alone vs inside m=%d", r, MM);
            report_same(what, y, big + (size_t)r * N, sizeof(float) * (size_t)N);
        }
        free(hw);
        free(hx);
        free(xr);
        free(y0);
        free(big);
        free(y);
        free(y_ref);
        free_all();
    }
}

/* The pinned cuBLASLt GEMM (cc_gemm_pin): the shape is pinned (its own device self-test
 * inside, printed), then held here, independently, to the CPU reference (bf16 W, bf16-rounded
 * x, sums in double) and to bitwise invariance: every launch size, on the first and on the
 * last rows of the inputs, gives each row the bits of the same row of the largest launch,
 * plain and accumulating.  A fault injected into the self-test makes the shape fall back
 * (not pinned, its pinned launches refused), as the engine relies on. */
static void test_gemm_pin(void) {
    static const struct {
        int n, k, max_m, n_m, ms[8];
    } shapes[] = {{1000, 1312, 300, 7, {1, 2, 7, 16, 33, 64, 299}},
                  {2048, 2048, 512, 7, {1, 5, 64, 255, 256, 384, 511}},
                  {8192, 544, 200, 5, {1, 3, 17, 100, 199}}};
    char what[200], line[640];
    for (size_t si = 0; si < sizeof shapes / sizeof shapes[0]; si++) {
        const int N = shapes[si].n, K = shapes[si].k, MM = shapes[si].max_m;
        const int REF_ROWS = 32; /* reference rows: the first 32 and the last 16 (the CPU sum is slow) */
        uint16_t *hw = malloc(sizeof(uint16_t) * (size_t)N * K), *hx = malloc(sizeof(uint16_t) * (size_t)MM * K);
        float *xr = malloc(sizeof(float) * (size_t)MM * K), *y0 = rand_f32((size_t)MM * N, -2, 2);
        float *big = malloc(sizeof(float) * (size_t)MM * N), *bigacc = malloc(sizeof(float) * (size_t)MM * N);
        float *y = malloc(sizeof(float) * (size_t)MM * N), *y_ref = malloc(sizeof(float) * (size_t)MM * N);
        for (int64_t i = 0; i < (int64_t)N * K; i++) hw[i] = cc_ref_f32_to_bf16(cc_ref_rand_f32(&rng, -0.1f, 0.1f) + 1e-3f);
        for (int64_t i = 0; i < (int64_t)MM * K; i++) {
            hx[i] = cc_ref_f32_to_bf16(cc_ref_rand_f32(&rng, -1, 1) + 1e-3f);
            xr[i] = cc_ref_bf16_to_f32(hx[i]);
        }
        uint16_t *dw = dev_dup(hw, sizeof(uint16_t) * (size_t)N * K), *dx = dev_dup(hx, sizeof(uint16_t) * (size_t)MM * K);
        cc_gemm_ctx *ctx = NULL;
        cc_gemm_pin_info info;
        must(cc_gemm_ctx_create(&ctx, &err), "gemm context");
        must(cc_gemm_pin(ctx, dw, N, K, MM, 0, NULL, &info, &err), "gemm pin");
        cc_gemm_pin_format(&info, line, sizeof line);
        printf("gemm_pin %s\n", line);
        snprintf(what, sizeof what, "gemm_pin N=%d K=%d: pinned (device self-test passed)", N, K);
        printf("%-58s %s\n", what, info.ok ? "ok" : "FAIL");
        CHECKF(info.ok, "%s: %s", what, info.reason);
        if (!info.ok) goto next;
        /* the largest launch against the CPU reference */
        float *dy = dev_poison(sizeof(float) * (size_t)MM * N);
        must(cc_gemm_bf16_pinned(ctx, dw, dx, dy, MM, N, K, false, NULL, &err), "gemm pinned");
        get(big, dy, sizeof(float) * (size_t)MM * N);
        must(cc_ref_mmv(CC_T_BF16, hw, N, K, xr, K, y_ref, N, REF_ROWS, false, &err), "gemm pinned ref");
        must(cc_ref_mmv(CC_T_BF16, hw, N, K, xr + (size_t)(MM - 16) * K, K, y_ref + (size_t)REF_ROWS * N, N, 16, false,
                        &err),
             "gemm pinned ref");
        memcpy(y, big, sizeof(float) * (size_t)REF_ROWS * N);
        memcpy(y + (size_t)REF_ROWS * N, big + (size_t)(MM - 16) * N, sizeof(float) * 16 * (size_t)N);
        snprintf(what, sizeof what, "gemm_pin m=%d N=%d K=%d vs CPU (48 rows)", MM, N, K);
        report(what, y, y_ref, (size_t)(REF_ROWS + 16) * N, 1e-3);
        /* accumulate at the largest launch: y0 + product, within the bound of the reference */
        float *dacc = dev_dup(y0, sizeof(float) * (size_t)MM * N);
        must(cc_gemm_bf16_pinned(ctx, dw, dx, dacc, MM, N, K, true, NULL, &err), "gemm pinned accumulate");
        get(bigacc, dacc, sizeof(float) * (size_t)MM * N);
        {
            int exact = 1;
            for (int64_t i = 0; i < (int64_t)MM * N && exact; i++) exact = bigacc[i] == y0[i] + big[i];
            for (int64_t i = 0; i < (int64_t)REF_ROWS * N; i++) y_ref[i] += y0[i];
            snprintf(what, sizeof what, "gemm_pin m=%d accumulate vs y + CPU (32 rows)", MM);
            report(what, bigacc, y_ref, (size_t)REF_ROWS * N, 1e-3);
            printf("%-58s %s (informational)\n", "gemm_pin accumulate = y + product bit for bit",
                   exact ? "yes" : "no");
        }
        /* every launch size, first rows and last rows, plain and accumulating: the same bits */
        for (int mi = 0; mi < shapes[si].n_m; mi++) {
            const int m = shapes[si].ms[mi];
            for (int o = 0; o < 2; o++) {
                const int off = o == 0 ? 0 : MM - m;
                if (o == 1 && off == 0) continue;
                dy = dev_poison(sizeof(float) * (size_t)m * N);
                must(cc_gemm_bf16_pinned(ctx, dw, dx + (size_t)off * K, dy, m, N, K, false, NULL, &err), "gemm pinned");
                get(y, dy, sizeof(float) * (size_t)m * N);
                snprintf(what, sizeof what, "gemm_pin m=%d rows %d..%d vs the same rows at m=%d", m, off, off + m - 1, MM);
                report_same(what, y, big + (size_t)off * N, sizeof(float) * (size_t)m * N);
                dacc = dev_dup(y0 + (size_t)off * N, sizeof(float) * (size_t)m * N);
                must(cc_gemm_bf16_pinned(ctx, dw, dx + (size_t)off * K, dacc, m, N, K, true, NULL, &err),
                     "gemm pinned accumulate");
                get(y, dacc, sizeof(float) * (size_t)m * N);
                snprintf(what, sizeof what, "gemm_pin m=%d accumulate rows %d..%d vs m=%d", m, off, off + m - 1, MM);
                report_same(what, y, bigacc + (size_t)off * N, sizeof(float) * (size_t)m * N);
            }
        }
        /* more rows than pinned: refused */
        {
            cc_status s2 = cc_gemm_bf16_pinned(ctx, dw, dx, dy, MM + 1, N, K, false, NULL, &err);
            snprintf(what, sizeof what, "gemm_pin m=%d (over the pinned %d) refused", MM + 1, MM);
            printf("%-58s %s\n", what, s2 == CC_ERR_INVALID ? "ok" : "FAIL");
            CHECKF(s2 == CC_ERR_INVALID, "%s: status %d", what, (int)s2);
        }
    next:
        cc_gemm_ctx_free(ctx);
        /* a fault injected into the self-test: the shape is not pinned and its launches are refused */
        if (si == 0) {
            cc_gemm_pin_info bad;
            must(cc_gemm_ctx_create(&ctx, &err), "gemm context");
            must(cc_gemm_pin(ctx, dw, N, K, 64, 1, NULL, &bad, &err), "gemm pin (fault)");
            cc_gemm_pin_format(&bad, line, sizeof line);
            printf("gemm_pin (injected fault) %s\n", line);
            float *dy2 = dev_poison(sizeof(float) * (size_t)N);
            cc_status s2 = cc_gemm_bf16_pinned(ctx, dw, dx, dy2, 1, N, K, false, NULL, &err);
            cc_status s3 = cc_gemm_bf16_pinned(ctx, dw, dx, dy2, 1, N + 8, K, false, NULL, &err);
            bool ok = !bad.ok && strstr(bad.reason, "injected fault") && bad.tested >= 1 && s2 == CC_ERR_UNSUPPORTED &&
                      s3 == CC_ERR_UNSUPPORTED;
            snprintf(what, sizeof what, "gemm_pin N=%d K=%d with a fault: falls back, launches refused", N, K);
            printf("%-58s %s\n", what, ok ? "ok" : "FAIL");
            CHECKF(ok, "%s: ok %d, reason '%s', tested %d, status %d / %d", what, (int)bad.ok, bad.reason, bad.tested,
                   (int)s2, (int)s3);
            cc_gemm_ctx_free(ctx);
        }
        free(hw);
        free(hx);
        free(xr);
        free(y0);
        free(big);
        free(bigacc);
        free(y);
        free(y_ref);
        free_all();
    }
}

/* ------------------------------------------------------------ norm, rope, elementwise */

/* fp8 projections (gemm_fp8.cu; measured, not in the engine yet): per-row quantization of
 * fp32 and bf16 rows bitwise equal to the reference; the product against the reference on the
 * same codes (fp32 and bf16 output, plain and accumulating); and, printed, how far the fp8
 * product lands from the exact product of the unquantized values (what fp8 costs).  A shape
 * cuBLASLt has no algorithm for prints UNSUPPORTED (the benchmark shows the same). */
static void test_gemm_fp8(void) {
    const int shapes[][3] = {{1, 512, 2048}, {64, 2048, 2048}, {200, 1024, 544}}; /* m, n, k */
    char what[200];
    cc_gemm8_ctx *ctx = NULL;
    must(cc_gemm8_ctx_create(&ctx, &err), "gemm_fp8 context");
    for (size_t si = 0; si < sizeof shapes / sizeof shapes[0]; si++) {
        const int m = shapes[si][0], n = shapes[si][1], k = shapes[si][2];
        float *w = rand_f32((size_t)n * k, -1, 1), *x = rand_f32((size_t)m * k, -3, 3);
        uint16_t *xb = malloc(sizeof(uint16_t) * m * k);
        for (int64_t i = 0; i < (int64_t)m * k; i++) xb[i] = cc_ref_f32_to_bf16(x[i]);
        uint8_t *wq = malloc((size_t)n * k), *xq = malloc((size_t)m * k), *got8 = malloc((size_t)n * k);
        float *ws = malloc(sizeof(float) * n), *xs = malloc(sizeof(float) * m), *gots = malloc(sizeof(float) * n);
        cc_ref_quant_fp8_rows(w, false, k, n, k, wq, ws);
        uint8_t *dwq = dev_poison((size_t)n * k), *dxq = dev_poison((size_t)m * k);
        float *dws = dev_poison(sizeof(float) * n), *dxs = dev_poison(sizeof(float) * m);
        must(cc_cuda_quant_fp8_rows(dev_dup(w, sizeof(float) * n * k), false, k, n, k, dwq, dws, NULL, &err),
             "quant fp8 W");
        get(got8, dwq, (size_t)n * k);
        get(gots, dws, sizeof(float) * n);
        snprintf(what, sizeof what, "quant_fp8_rows fp32 %d x %d: codes", n, k);
        report_same(what, got8, wq, (size_t)n * k);
        snprintf(what, sizeof what, "quant_fp8_rows fp32 %d x %d: scales", n, k);
        report_same(what, gots, ws, sizeof(float) * n);
        /* activations from bf16 rows (with a stride), the engine's input type */
        uint16_t *xbs = malloc(sizeof(uint16_t) * m * (k + 8));
        for (int t = 0; t < m; t++) memcpy(xbs + (size_t)t * (k + 8), xb + (size_t)t * k, sizeof(uint16_t) * k);
        cc_ref_quant_fp8_rows(xb, true, k, m, k, xq, xs);
        must(cc_cuda_quant_fp8_rows(dev_dup(xbs, sizeof(uint16_t) * m * (k + 8)), true, k + 8, m, k, dxq, dxs, NULL,
                                    &err),
             "quant fp8 X");
        get(got8, dxq, (size_t)m * k);
        get(gots, dxs, sizeof(float) * m);
        snprintf(what, sizeof what, "quant_fp8_rows bf16 %d x %d (stride %d): codes, scales", m, k, k + 8);
        report_same(what, got8, xq, (size_t)m * k);
        report_same(what, gots, xs, sizeof(float) * m);
        float *y = malloc(sizeof(float) * m * n), *y_ref = malloc(sizeof(float) * m * n);
        float *exact = malloc(sizeof(float) * m * n);
        uint16_t *yb = malloc(sizeof(uint16_t) * m * n);
        cc_ref_gemm_fp8(wq, ws, xq, xs, y_ref, m, n, k, false);
        for (int t = 0; t < m; t++)
            for (int j = 0; j < n; j++) {
                double e = 0.0;
                for (int i = 0; i < k; i++) e += (double)cc_ref_bf16_to_f32(xb[(size_t)t * k + i]) * w[(size_t)j * k + i];
                exact[(size_t)t * n + j] = (float)e;
            }
        float *dy = dev_poison(sizeof(float) * m * n);
        cc_status st = cc_gemm_fp8(ctx, dwq, dws, dxq, dxs, dy, false, m, n, k, false, NULL, &err);
        if (st == CC_ERR_UNSUPPORTED) {
            printf("gemm_fp8 m=%d n=%d k=%d fp32 out: UNSUPPORTED (%s)\n", m, n, k, err.msg);
        } else {
            must(st, "gemm_fp8");
            get(y, dy, sizeof(float) * m * n);
            snprintf(what, sizeof what, "gemm_fp8 m=%d N=%d K=%d fp32 out", m, n, k);
            report(what, y, y_ref, (size_t)m * n, 2e-3);
            must(cc_gemm_fp8(ctx, dwq, dws, dxq, dxs, dy, false, m, n, k, true, NULL, &err), "gemm_fp8 accumulate");
            float *y2 = malloc(sizeof(float) * m * n);
            get(y2, dy, sizeof(float) * m * n);
            for (int64_t i = 0; i < (int64_t)m * n; i++) y_ref[i] *= 2.0f;
            snprintf(what, sizeof what, "gemm_fp8 m=%d N=%d K=%d fp32 out, accumulate", m, n, k);
            report(what, y2, y_ref, (size_t)m * n, 2e-3);
            for (int64_t i = 0; i < (int64_t)m * n; i++) y_ref[i] *= 0.5f;
            free(y2);
            double maxd = 0, maxr = 0;
            for (int64_t i = 0; i < (int64_t)m * n; i++) {
                maxd = fmax(maxd, fabs((double)y[i] - exact[i]));
                maxr = fmax(maxr, fabs((double)exact[i]));
            }
            printf("gemm_fp8 m=%d N=%d K=%d: fp8 product vs the exact product of the bf16 values: rel_err %.2e "
                   "(what per-row e4m3 costs; not a check)\n",
                   m, n, k, maxd / maxr);
        }
        uint16_t *dyb = dev_poison(sizeof(uint16_t) * m * n);
        st = cc_gemm_fp8(ctx, dwq, dws, dxq, dxs, dyb, true, m, n, k, false, NULL, &err);
        if (st == CC_ERR_UNSUPPORTED) {
            printf("gemm_fp8 m=%d n=%d k=%d bf16 out: UNSUPPORTED (%s)\n", m, n, k, err.msg);
        } else {
            must(st, "gemm_fp8 bf16 out");
            get(yb, dyb, sizeof(uint16_t) * m * n);
            for (int64_t i = 0; i < (int64_t)m * n; i++) y[i] = cc_ref_bf16_to_f32(yb[i]);
            snprintf(what, sizeof what, "gemm_fp8 m=%d N=%d K=%d bf16 out", m, n, k);
            report(what, y, y_ref, (size_t)m * n, 8e-3);
        }
        free(w);
        free(x);
        free(xb);
        free(xbs);
        free(wq);
        free(xq);
        free(got8);
        free(ws);
        free(xs);
        free(gots);
        free(y);
        free(y_ref);
        free(exact);
        free(yb);
        free_all();
    }
    cc_gemm8_ctx_free(ctx);
}

static void test_norm(void) {
    const int rows = 5, n = 2048;
    float *x = rand_f32((size_t)rows * n, -2, 2), *w = rand_f32(n, 0.5f, 1.5f);
    float *y = malloc(sizeof(float) * rows * n), *yr = malloc(sizeof(float) * rows * n);
    uint16_t *yb = malloc(sizeof(uint16_t) * rows * n);
    float *dx = dev_dup(x, sizeof(float) * rows * n), *dw = dev_dup(w, sizeof(float) * n);
    float *dy = dev_poison(sizeof(float) * rows * n);
    uint16_t *dyb = dev_poison(sizeof(uint16_t) * rows * n);
    must(cc_cuda_rmsnorm(dx, dw, dy, dyb, rows, n, 1e-5f, NULL, &err), "rmsnorm");
    get(y, dy, sizeof(float) * rows * n);
    get(yb, dyb, sizeof(uint16_t) * rows * n);
    cc_ref_rmsnorm(x, w, yr, rows, n, 1e-5f);
    report("rmsnorm rows=5 n=2048 fp32 out", y, yr, (size_t)rows * n, 1e-5);
    for (int i = 0; i < rows * n; i++) y[i] = cc_ref_bf16_to_f32(yb[i]);
    report("rmsnorm rows=5 n=2048 bf16 out", y, yr, (size_t)rows * n, 4e-3);
    must(cc_cuda_rmsnorm(dx, dw, dx, NULL, rows, n, 1e-5f, NULL, &err), "rmsnorm in place");
    get(y, dx, sizeof(float) * rows * n);
    report("rmsnorm rows=5 n=2048 in place", y, yr, (size_t)rows * n, 1e-5);
    free(x);
    free(w);
    free(y);
    free(yr);
    free(yb);
    free_all();
}

static void test_rope_kv(void) {
    const int n_head = 32, n_kv = 8, hd = 64, B = 16, n_blocks = 128, max_blocks = 64, n_tok = 7;
    const int32_t seqs[7] = {0, 0, 0, 0, 0, 1, 1}, poss[7] = {0, 1, 17, 255, 1023, 5, 700};
    cc_llama_hparams hp = {0};
    hp.head_dim = hd;
    hp.rope_theta = 500000.0f;
    hp.rope_scaling = CC_ROPE_SCALING_LLAMA3;
    hp.rope_factor = 32;
    hp.rope_low_freq_factor = 1;
    hp.rope_high_freq_factor = 4;
    hp.rope_orig_ctx = 8192;
    float freqs[32];
    cc_ref_rope_freqs(&hp, freqs);
    int32_t table[2 * 64];
    for (int i = 0; i < 128; i++) table[i] = (i * 37 + 11) % 128; /* a permutation of the blocks */
    const int ldq = n_head * hd + 8, ldk = n_kv * hd, ldv = n_kv * hd + 4;
    size_t pool = (size_t)n_blocks * n_kv * B * hd;
    for (int kt = 0; kt < 3; kt++) {
        const cc_kv_type type = kt == 0 ? CC_KV_F16 : kt == 1 ? CC_KV_BF16 : CC_KV_FP8;
        const float scale = 0.01f;
        float *q = rand_f32((size_t)n_tok * ldq, -1, 1), *k = rand_f32((size_t)n_tok * ldk, -1, 1);
        float *v = rand_f32((size_t)n_tok * ldv, -1, 1);
        uint8_t *kc = malloc(pool * 2), *vc = malloc(pool * 2), *gk = malloc(pool * 2), *gv = malloc(pool * 2);
        float *gq = malloc(sizeof(float) * n_tok * ldq);
        memset(kc, 0xff, pool * 2);
        memset(vc, 0xff, pool * 2);
        cc_rope_kv_args a = {dev_dup(q, sizeof(float) * n_tok * ldq), dev_dup(k, sizeof(float) * n_tok * ldk),
                             dev_dup(v, sizeof(float) * n_tok * ldv), ldq, ldk, ldv, n_tok, n_head,
                             dev_dup(seqs, sizeof seqs), dev_dup(poss, sizeof poss), dev_dup(freqs, sizeof freqs),
                             {dev_poison(pool * 2), dev_poison(pool * 2), type, n_blocks, B, n_kv, hd,
                              dev_dup(table, sizeof table), max_blocks, scale}};
        must(cc_cuda_rope_kv(&a, NULL, &err), "rope_kv");
        get(gq, a.q, sizeof(float) * n_tok * ldq);
        get(gk, a.cache.k, pool * 2);
        get(gv, a.cache.v, pool * 2);
        cc_rope_kv_args r = a;
        r.q = q;
        r.k = k;
        r.v = v;
        r.tok_seq = seqs;
        r.tok_pos = poss;
        r.freqs = freqs;
        r.cache.k = kc;
        r.cache.v = vc;
        r.cache.block_table = table;
        cc_ref_rope_kv(&r);
        char what[120];
        snprintf(what, sizeof what, "rope q (llama3) 7 tokens pos<=1023 (%s cache run)", kv_name(type));
        report(what, gq, q, (size_t)n_tok * ldq, 1e-5);
        float *fg = malloc(sizeof(float) * pool), *fr = malloc(sizeof(float) * pool);
        for (int which = 0; which < 2; which++) {
            const uint8_t *g = which ? gv : gk, *rr = which ? vc : kc;
            for (size_t i = 0; i < pool; i++) {
                fg[i] = kv_elem(type, g, i, scale);
                fr[i] = kv_elem(type, rr, i, scale);
            }
            snprintf(what, sizeof what, "rope+cache write %s %s (untouched slots stay NaN)", which ? "V" : "K",
                     kv_name(type));
            /* A rotated K element may differ from the reference by one float ulp, and so by one
             * rounding step of the cache type where that ulp straddles a rounding boundary:
             * 1/16 relative for fp8 (so up to 0.12 of the largest value), rare. */
            report(what, fg, fr, pool, kt == 0 ? 1e-3 : kt == 1 ? 8e-3 : 0.125);
            if (type == CC_KV_FP8) {
                size_t codes = 0;
                for (size_t i = 0; i < pool; i++) codes += g[i] != rr[i];
                printf("%-58s %zu of %zu codes differ  %s\n", which ? "  fp8 V codes vs reference" : "  fp8 K codes vs reference",
                       codes, pool, codes <= (size_t)(which ? 0 : 8) ? "ok" : "FAIL");
                CHECKF(codes <= (size_t)(which ? 0 : 8), "fp8 %s cache: %zu codes differ", which ? "V" : "K", codes);
            }
        }
        free(fg);
        free(fr);
        free(q);
        free(k);
        free(v);
        free(kc);
        free(vc);
        free(gk);
        free(gv);
        free(gq);
        free_all();
    }
}

static void test_elementwise(void) {
    const int rows = 3, n = 8192;
    float *gu = rand_f32((size_t)rows * 2 * n, -6, 6), *o = malloc(sizeof(float) * rows * n);
    float *orf = malloc(sizeof(float) * rows * n);
    float *dgu = dev_dup(gu, sizeof(float) * rows * 2 * n), *dout = dev_poison(sizeof(float) * rows * n);
    must(cc_cuda_swiglu(dgu, 2 * n, dgu + n, 2 * n, dout, n, rows, n, NULL, &err), "swiglu");
    get(o, dout, sizeof(float) * rows * n);
    cc_ref_swiglu(gu, 2 * n, gu + n, 2 * n, orf, n, rows, n);
    report("swiglu rows=3 n=8192 (gate|up fused rows)", o, orf, (size_t)rows * n, 1e-5);
    /* the bf16 variant (the down GEMM's input) is bitwise swiglu + f32_to_bf16 */
    {
        const size_t cnt = (size_t)rows * n;
        uint16_t *hb_two = malloc(2 * cnt), *hb_one = malloc(2 * cnt);
        uint16_t *dtwo = dev_poison(2 * cnt), *done = dev_poison(2 * cnt);
        must(cc_cuda_f32_to_bf16(dout, dtwo, (int64_t)cnt, NULL, &err), "f32_to_bf16");
        must(cc_cuda_swiglu_bf16(dgu, 2 * n, dgu + n, 2 * n, done, n, rows, n, NULL, &err), "swiglu_bf16");
        get(hb_two, dtwo, 2 * cnt);
        get(hb_one, done, 2 * cnt);
        report_same("swiglu_bf16 rows=3 n=8192 vs swiglu + f32_to_bf16", hb_one, hb_two, 2 * cnt);
        int near = 1; /* and it is the reference rounded: within one bf16 step of it */
        for (size_t i = 0; i < cnt && near; i++) {
            const uint32_t bits = (uint32_t)hb_one[i] << 16;
            float v;
            memcpy(&v, &bits, sizeof v);
            near = fabsf(v - orf[i]) <= fabsf(orf[i]) * (1.0f / 128.0f) + 1e-30f;
        }
        printf("%-58s %s\n", "swiglu_bf16 within a bf16 step of the CPU reference", near ? "ok" : "FAIL");
        CHECKF(near, "swiglu_bf16: a value beyond one bf16 step of the reference");
        free(hb_two);
        free(hb_one);
    }

    const int64_t na = 10007;
    float *x = rand_f32((size_t)na, -1, 1), *y = rand_f32((size_t)na, -1, 1), *got = malloc(sizeof(float) * na);
    float *dxa = dev_dup(x, sizeof(float) * na), *dya = dev_dup(y, sizeof(float) * na);
    must(cc_cuda_add(dxa, dya, na, NULL, &err), "add");
    get(got, dxa, sizeof(float) * na);
    cc_ref_add(x, y, na);
    report("residual add n=10007", got, x, (size_t)na, 1e-7);

    const int64_t V = 300, K = 512;
    const int32_t ids[5] = {0, 299, 17, 300, -1};
    for (size_t ti = 0; ti < sizeof all_types / sizeof all_types[0]; ti++) {
        cc_ttype t = all_types[ti];
        size_t wb;
        uint8_t *w = rand_weights(t, V, K, &wb);
        cc_dev_weight dw;
        upload_weight(t, w, V, K, &dw);
        float *e = malloc(sizeof(float) * 5 * K), *er = malloc(sizeof(float) * 5 * K);
        float *de = dev_poison(sizeof(float) * 5 * K);
        must(cc_cuda_embed(&dw, dev_dup(ids, sizeof ids), 5, de, K, NULL, &err), "embed");
        get(e, de, sizeof(float) * 5 * K);
        must(cc_ref_embed(t, w, V, K, ids, 5, er, K, &err), "embed ref");
        char what[120];
        snprintf(what, sizeof what, "embed %-4s 300x512, ids 0 299 17 300(bad) -1(bad)", tname(t));
        report(what, e, er, (size_t)5 * K, 1e-6);
        free(w);
        free(e);
        free(er);
    }
    free(gu);
    free(o);
    free(orf);
    free(x);
    free(y);
    free(got);
    free_all();
}

/* ------------------------------------------------------------ attention */

typedef struct {
    int n_head, n_kv, hd, B; /* heads, kv heads, head_dim, block size */
    cc_kv_type kvt;          /* cache element type */
    float scale;             /* fp8 scale */
} attn_cfg;

/* Random K/V pools and a device copy; block tables where sequences 1.. share
 * sequence 0's first share_blocks physical blocks (a shared prefix). */
static cc_kv_cache make_cache(const attn_cfg *c, int n_seq, int max_blocks, int share_blocks, cc_kv_cache *host) {
    int n_blocks = n_seq * max_blocks;
    size_t pool = (size_t)n_blocks * c->n_kv * c->B * c->hd, esz = (size_t)cc_kv_elem_bytes(c->kvt);
    uint8_t *k = malloc(pool * esz), *v = malloc(pool * esz);
    for (size_t i = 0; i < pool; i++) {
        uint16_t a = kv_bits(c->kvt, cc_ref_rand_f32(&rng, -1, 1), c->scale);
        uint16_t b = kv_bits(c->kvt, cc_ref_rand_f32(&rng, -1, 1), c->scale);
        memcpy(k + i * esz, &a, esz); /* little-endian: the low byte is the fp8 code */
        memcpy(v + i * esz, &b, esz);
    }
    int32_t *table = malloc(sizeof(int32_t) * n_blocks);
    for (int s = 0; s < n_seq; s++)
        for (int j = 0; j < max_blocks; j++) {
            int id = s * max_blocks + j;
            table[id] = (j < share_blocks ? j : id) * 7919 % n_blocks; /* scattered physical ids */
        }
    cc_kv_cache h = {k, v, c->kvt, n_blocks, c->B, c->n_kv, c->hd, table, max_blocks, c->scale};
    cc_kv_cache d = h;
    d.k = dev_dup(k, pool * esz);
    d.v = dev_dup(v, pool * esz);
    d.block_table = dev_dup(table, sizeof(int32_t) * n_blocks);
    *host = h;
    return d;
}

static void free_cache(cc_kv_cache *h) {
    free(h->k);
    free(h->v);
    free((void *)h->block_table);
}

static void test_attn_decode(void) {
    const attn_cfg cfgs[] = {{32, 8, 64, 16, CC_KV_F16, 0}, {32, 8, 64, 16, CC_KV_BF16, 0},
                             {32, 8, 64, 16, CC_KV_FP8, 0.01f}, {8, 2, 128, 16, CC_KV_BF16, 0},
                             {8, 2, 128, 16, CC_KV_FP8, 0.01f}, {9, 3, 64, 32, CC_KV_F16, 0}};
    /* spans of 256 positions cut into 64-position tiles: 1, 2, 3 and 4 tiles in a span, spans
     * after the first, a last span of 9 positions */
    const int32_t ctx[6] = {1, 17, 300, 777, 390, 100};
    for (size_t vi = 0; vi < 2 * sizeof cfgs / sizeof cfgs[0]; vi++) {
        const attn_cfg *c = &cfgs[vi / 2];
        const int tc = (int)(vi % 2); /* 1: pass 1 on tensor cores (fp16 / fp8 K/V, head_dim 64 only) */
        if (tc && (c->kvt == CC_KV_BF16 || c->hd != 64)) continue;
        const int n_seq = 6, max_ctx = 800, max_blocks = (max_ctx + c->B - 1) / c->B;
        cc_kv_cache h;
        cc_kv_cache d = make_cache(c, n_seq, max_blocks, 10, &h);
        size_t qn = (size_t)n_seq * c->n_head * c->hd;
        float *q = rand_f32(qn, -3, 3), *out = malloc(sizeof(float) * qn), *ref = malloc(sizeof(float) * qn);
        float *alone = malloc(sizeof(float) * c->n_head * c->hd);
        float *dq = dev_dup(q, sizeof(float) * qn), *dout = dev_poison(sizeof(float) * qn);
        cc_attn_decode_args a = {dq, dout, n_seq, c->n_head, dev_dup(ctx, sizeof ctx), max_ctx,
                                 1.0f / sqrtf((float)c->hd), d,
                                 dev_alloc(cc_attn_decode_work_bytes(n_seq, c->n_head, c->hd, max_ctx)), tc};
        must(cc_cuda_attn_decode(&a, NULL, &err), "attn_decode");
        get(out, dout, sizeof(float) * qn);
        cc_attn_decode_args r = a;
        r.q = q;
        r.out = ref;
        r.ctx_len = ctx;
        r.cache = h;
        cc_ref_attn_decode(&r);
        char what[160];
        snprintf(what, sizeof what, "attn_decode %s%s heads %d/%d hd %d block %d ctx 1,17,300,777,390,100",
                 tc ? "tc " : "", kv_name(c->kvt), c->n_head, c->n_kv, c->hd, c->B);
        report(what, out, ref, qn, 5e-4);
        if (tc) {
            /* tc 1 is the cp.async ring; the register loader (tc 2) must give the same bits */
            float *reg = malloc(sizeof(float) * qn);
            cc_attn_decode_args b = a;
            b.tc = 2;
            b.out = dev_poison(sizeof(float) * qn);
            must(cc_cuda_attn_decode(&b, NULL, &err), "attn_decode register loader");
            get(reg, b.out, sizeof(float) * qn);
            snprintf(what, sizeof what, "attn_decode tc %s heads %d/%d: cp.async ring vs register loader",
                     kv_name(c->kvt), c->n_head, c->n_kv);
            report_same(what, out, reg, sizeof(float) * qn);
            free(reg);
        }
        /* sequence 3 alone, with its own max_ctx: same bits as inside the batch */
        cc_attn_decode_args one = a;
        one.q = dq + 3 * c->n_head * c->hd;
        one.out = dev_poison(sizeof(float) * c->n_head * c->hd);
        one.n_seq = 1;
        one.ctx_len = dev_dup(&ctx[3], sizeof ctx[3]);
        one.max_ctx = ctx[3];
        one.cache.block_table = dev_dup(h.block_table + 3 * max_blocks, sizeof(int32_t) * max_blocks);
        must(cc_cuda_attn_decode(&one, NULL, &err), "attn_decode alone");
        get(alone, one.out, sizeof(float) * c->n_head * c->hd);
        snprintf(what, sizeof what, "attn_decode %s%s heads %d/%d hd %d: sequence alone vs in batch", tc ? "tc " : "",
                 kv_name(c->kvt), c->n_head, c->n_kv, c->hd);
        report_same(what, alone, out + 3 * c->n_head * c->hd, sizeof(float) * c->n_head * c->hd);
        free(q);
        free(out);
        free(ref);
        free(alone);
        free_cache(&h);
        free_all();
    }
}

static void test_attn_prefill(void) {
    const attn_cfg cfgs[] = {{32, 8, 64, 16, CC_KV_F16, 0}, {32, 8, 64, 16, CC_KV_BF16, 0},
                             {32, 8, 64, 16, CC_KV_FP8, 0.01f}, {9, 3, 64, 16, CC_KV_F16, 0}};
    /* sequence 0: fresh 40-token prompt; 1: 25 new tokens after a 130-token prefix (first 4
     * blocks shared with 0); 2: a single new token at position 0; 3: 50 new after 20 cached. */
    const int32_t q_len[4] = {40, 25, 1, 50}, ctx[4] = {40, 155, 1, 70}, q_start[4] = {0, 40, 65, 66};
    const int n_seq = 4, n_tok = 116, max_blocks = 10;
    for (size_t vi = 0; vi < 2 * sizeof cfgs / sizeof cfgs[0]; vi++) {
        const attn_cfg *c = &cfgs[vi / 2];
        const int simt = (int)(vi % 2); /* 0: tensor cores (fp16 / fp8 K/V), 1: the fp32 kernel */
        if (!simt && c->kvt == CC_KV_BF16) continue; /* bf16 K/V always take the fp32 kernel */
        const char *kn = simt ? "simt" : "tc";
        cc_kv_cache h;
        cc_kv_cache d = make_cache(c, n_seq, max_blocks, 4, &h);
        size_t qn = (size_t)n_tok * c->n_head * c->hd, row = (size_t)c->n_head * c->hd;
        float *q = rand_f32(qn, -3, 3), *out = malloc(sizeof(float) * qn), *ref = malloc(sizeof(float) * qn);
        float *alone = malloc(sizeof(float) * 25 * row);
        float *dq = dev_dup(q, sizeof(float) * qn), *dout = dev_poison(sizeof(float) * qn);
        cc_attn_prefill_args a = {dq, dout, n_seq, c->n_head, dev_dup(q_start, sizeof q_start),
                                  dev_dup(q_len, sizeof q_len), dev_dup(ctx, sizeof ctx), 50,
                                  1.0f / sqrtf((float)c->hd), d, simt};
        must(cc_cuda_attn_prefill(&a, NULL, &err), "attn_prefill");
        get(out, dout, sizeof(float) * qn);
        cc_attn_prefill_args r = a;
        r.q = q;
        r.out = ref;
        r.q_start = q_start;
        r.q_len = q_len;
        r.ctx_len = ctx;
        r.cache = h;
        cc_ref_attn_prefill(&r);
        char what[160];
        snprintf(what, sizeof what, "attn_prefill %s %s heads %d/%d q_len 40,25,1,50 ctx 40,155,1,70", kn,
                 kv_name(c->kvt), c->n_head, c->n_kv);
        report(what, out, ref, qn, 5e-4);
        /* sequence 1 alone */
        const int32_t zero = 0;
        cc_attn_prefill_args one = a;
        one.q = dq + 40 * row;
        one.out = dev_poison(sizeof(float) * 25 * row);
        one.n_seq = 1;
        one.q_start = dev_dup(&zero, sizeof zero);
        one.q_len = dev_dup(&q_len[1], sizeof q_len[1]);
        one.ctx_len = dev_dup(&ctx[1], sizeof ctx[1]);
        one.max_q_len = 25;
        one.cache.block_table = dev_dup(h.block_table + max_blocks, sizeof(int32_t) * max_blocks);
        must(cc_cuda_attn_prefill(&one, NULL, &err), "attn_prefill alone");
        get(alone, one.out, sizeof(float) * 25 * row);
        snprintf(what, sizeof what, "attn_prefill %s %s heads %d/%d: sequence alone vs in batch", kn,
                 kv_name(c->kvt), c->n_head, c->n_kv);
        report_same(what, alone, out + 40 * row, sizeof(float) * 25 * row);
        free(q);
        free(out);
        free(ref);
        free(alone);
        free_cache(&h);
        free_all();
    }
}

/* ------------------------------------------------------------ sampling */

static void test_sample(void) {
    const int vocabs[2] = {128256, 1000};
    for (int vi = 0; vi < 2; vi++) {
        const int rows = 16, V = vocabs[vi];
        float *lg = malloc(sizeof(float) * rows * V);
        for (int i = 0; i < rows * V; i++) /* roughly normal, sd ~2.5 */
            lg[i] = 2.5f * (cc_ref_rand_f32(&rng, -1, 1) + cc_ref_rand_f32(&rng, -1, 1) + cc_ref_rand_f32(&rng, -1, 1));
        lg[1 * V + 777 % V] = lg[1 * V + 999 % V] = 20.0f; /* a tie on row 1: lowest id wins */
        float temp[16], top_p[16];
        uint64_t row_id[16];
        int32_t step[16], got[16], got2[16], want[16], one = -1;
        const float temps[4] = {0.5f, 0.8f, 1.0f, 1.5f}, tops[4] = {0.9f, 0.95f, 1.0f, 0.3f};
        for (int r = 0; r < rows; r++) {
            temp[r] = r < 4 ? 0.0f : temps[r % 4];
            top_p[r] = tops[(r / 4) % 4];
            row_id[r] = 1000 + (uint64_t)r;
            step[r] = 17 * r;
        }
        cc_sample_args a = {dev_dup(lg, sizeof(float) * rows * V), rows, V, dev_dup(temp, sizeof temp),
                            dev_dup(top_p, sizeof top_p), dev_dup(row_id, sizeof row_id), dev_dup(step, sizeof step),
                            12345, dev_poison(sizeof got)};
        must(cc_cuda_sample(&a, NULL, &err), "sample");
        get(got, a.out, sizeof got);
        must(cc_cuda_sample(&a, NULL, &err), "sample again");
        get(got2, a.out, sizeof got2);
        cc_sample_args r = a;
        r.logits = lg;
        r.temperature = temp;
        r.top_p = top_p;
        r.row_id = row_id;
        r.step = step;
        r.out = want;
        cc_ref_sample(&r);
        int mism = 0;
        for (int i = 0; i < rows; i++) {
            if (got[i] != want[i]) {
                mism++;
                fprintf(stderr, "  sample row %d (T=%.2f top_p=%.2f): gpu %d, reference %d\n", i, (double)temp[i],
                        (double)top_p[i], got[i], want[i]);
            }
        }
        printf("%-58s %d of %d rows differ  %s\n", vi ? "sample vocab 1000, 4 greedy + 12 top-p rows"
                                                      : "sample vocab 128256, 4 greedy + 12 top-p rows",
               mism, rows, mism ? "FAIL" : "ok");
        CHECKF(mism == 0, "sampling: %d rows differ from the reference", mism);
        CHECK(got[1] == (777 % V < 999 % V ? 777 % V : 999 % V));
        report_same("sample: second launch gives the same tokens", got, got2, sizeof got);
        cc_sample_args a1 = a;
        a1.logits = (const float *)a.logits + 7 * V;
        a1.temperature = (const float *)a.temperature + 7;
        a1.top_p = (const float *)a.top_p + 7;
        a1.row_id = (const uint64_t *)a.row_id + 7;
        a1.step = (const int32_t *)a.step + 7;
        a1.n_rows = 1;
        a1.out = dev_poison(sizeof one);
        must(cc_cuda_sample(&a1, NULL, &err), "sample alone");
        get(&one, a1.out, sizeof one);
        report_same("sample: row 7 alone vs in batch", &one, &got[7], sizeof one);
        free(lg);
        free_all();
    }
}

/* usage: gpu_test_kernels [GROUP...]   groups: mmv gemm gemm_bi gemm_pin gemm_fp8 norm rope elementwise decode prefill sample
 * (all when none is named; one group per process isolates a kernel that faults). */
int main(int argc, char **argv) {
    static const struct {
        const char *name;
        void (*fn)(void);
    } groups[] = {{"mmv", test_mmv},         {"gemm", test_gemm},       {"gemm_bi", test_gemm_bi},  {"gemm_pin", test_gemm_pin},
                  {"gemm_fp8", test_gemm_fp8},
                  {"norm", test_norm},
                  {"rope", test_rope_kv},    {"elementwise", test_elementwise}, {"decode", test_attn_decode},
                  {"prefill", test_attn_prefill}, {"sample", test_sample}};
    const int n_groups = (int)(sizeof groups / sizeof groups[0]);
    for (int a = 1; a < argc; a++) {
        int known = 0;
        for (int g = 0; g < n_groups; g++) known |= strcmp(argv[a], groups[g].name) == 0;
        if (!known) {
            fprintf(stderr, "gpu_test_kernels: unknown group '%s'\n", argv[a]);
            return 2;
        }
    }
    cc_cuda_probe_info info;
    if (cc_cuda_probe(&info) != 0) return cc_test_skip("no usable CUDA device: %s", info.why);
    printf("device: %s (sm_%d%d)\n", info.name, info.cc_major, info.cc_minor);
    for (int g = 0; g < n_groups; g++) {
        int run = argc == 1;
        for (int a = 1; a < argc; a++) run |= strcmp(argv[a], groups[g].name) == 0;
        if (run) groups[g].fn();
    }
    return cc_test_finish("gpu_test_kernels");
}
