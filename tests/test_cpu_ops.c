/* test_cpu_ops.c - the CPU kernels against plain double-precision references:
 * RMSNorm, softmax, SwiGLU, RoPE (plain and llama3-scaled, both pair layouts),
 * and matmul for every weight type; the AVX2 variants must equal the portable
 * ones bit for bit, and a token's result must not depend on the batch around it
 * or on the thread count. */
#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_kernels.h"
#include "cpu_ops.h"
#include "gguf_llama.h"
#include "testutil.h"
#include "threadpool.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static float frand(void) { /* uniform in [-1, 1) */
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (float)((double)(rng >> 11) / 9007199254740992.0 * 2.0 - 1.0);
}
static void fill(float *x, int64_t n, float scale) {
    for (int64_t i = 0; i < n; i++) x[i] = frand() * scale;
}

static double rel_err_d(const float *a, const double *b, int64_t n) {
    double md = 0, mr = 1e-30;
    for (int64_t i = 0; i < n; i++) {
        double d = fabs((double)a[i] - b[i]);
        if (!(d <= md)) md = d;
        if (fabs(b[i]) > mr) mr = fabs(b[i]);
    }
    return md / mr;
}

typedef struct {
    atomic_int next;    /* next item */
    atomic_int done[3]; /* items done by each thread */
    int hits[5000];     /* times each item ran */
} count_job;

static void count_task(void *p, int32_t ith, int32_t nth) {
    count_job *J = p;
    (void)nth;
    for (;;) {
        int i = atomic_fetch_add(&J->next, 1);
        if (i >= 5000) break;
        J->hits[i]++;
        atomic_fetch_add(&J->done[ith], 1);
    }
}

/* Every item of every job runs exactly once, however many workers join. */
static void test_threadpool(void) {
    cc_threadpool *pool = NULL;
    cc_error err = {0};
    CHECK(cc_threadpool_init(&pool, 3, &err) == CC_OK);
    CHECK(cc_threadpool_size(pool) == 3);
    static count_job J;
    int bad = 0, helped = 0;
    for (int rep = 0; rep < 300; rep++) {
        memset(&J, 0, sizeof J);
        cc_threadpool_run(pool, count_task, &J);
        for (int i = 0; i < 5000; i++) bad += J.hits[i] != 1;
        helped += atomic_load(&J.done[1]) + atomic_load(&J.done[2]) > 0;
    }
    CHECKF(bad == 0, "%d items not run exactly once", bad);
    fprintf(stderr, "test_cpu_ops: workers joined %d of 300 jobs\n", helped);
    cc_threadpool_free(pool);
    cc_threadpool_free(NULL);
}

static void test_vector_ops(cc_cpu_isa best) {
    enum { N = 1000 };
    float *a = malloc(N * sizeof(float)), *b = malloc(N * sizeof(float)), *w = malloc(N * sizeof(float));
    float *y0 = malloc(N * sizeof(float)), *y1 = malloc(N * sizeof(float));
    double *ref = malloc(N * sizeof(double));
    fill(a, N, 3.0f);
    fill(b, N, 2.0f);
    fill(w, N, 1.5f);
    for (int64_t n = 1; n <= N; n = n * 3 + 1) {
        double s = 0;
        for (int64_t i = 0; i < n; i++) s += (double)a[i] * b[i];
        float d0 = cc_cpu_dot_f32(CC_ISA_SCALAR, a, b, n), d1 = cc_cpu_dot_f32(best, a, b, n);
        CHECKF(memcmp(&d0, &d1, sizeof d0) == 0, "dot n=%lld: scalar %.9g vs %s %.9g", (long long)n, d0,
               cc_cpu_isa_name(best), d1);
        CHECKF(fabs(d0 - s) <= 1e-5 * (fabs(s) + n), "dot n=%lld: %.9g vs %.9g", (long long)n, d0, s);
    }
    /* axpy */
    memcpy(y0, b, N * sizeof(float));
    memcpy(y1, b, N * sizeof(float));
    cc_cpu_axpy(CC_ISA_SCALAR, y0, 0.37f, a, N - 3);
    cc_cpu_axpy(best, y1, 0.37f, a, N - 3);
    CHECK(memcmp(y0, y1, N * sizeof(float)) == 0);
    /* attention over cached rows (head size 64, the specialised case, and 96): each score is the
     * scalar dot times the scale, and the weighted sum equals axpy row by row, bit for bit */
    {
        const cc_cpu_kernels *k = cc_cpu_kernels_for(best);
        for (int64_t n = 64; n <= 96; n += 32) {
            const int64_t ld = 192, nr = 5; /* rows n floats long, ld apart: within a, b (N floats) */
            float sc[5], sr[5], wt[5] = {0.3f, -1.25f, 0.0f, 2.5f, -0.01f};
            k->dot_rows(b, a + 3, ld, nr, n, 0.125f, sc);
            for (int64_t r = 0; r < nr; r++) sr[r] = cc_cpu_dot_f32(CC_ISA_SCALAR, b, a + 3 + r * ld, n) * 0.125f;
            CHECKF(memcmp(sc, sr, sizeof sc) == 0, "dot_rows n=%lld differs from dot_f32 (%s)", (long long)n,
                   cc_cpu_isa_name(best));
            memcpy(y0, w, (size_t)n * sizeof(float));
            memcpy(y1, w, (size_t)n * sizeof(float));
            k->axpy_rows(y1, wt, a + 1, ld, nr, n);
            for (int64_t r = 0; r < nr; r++) cc_cpu_axpy(CC_ISA_SCALAR, y0, wt[r], a + 1 + r * ld, n);
            CHECKF(memcmp(y0, y1, (size_t)n * sizeof(float)) == 0, "axpy_rows n=%lld differs from axpy (%s)",
                   (long long)n, cc_cpu_isa_name(best));
        }
    }
    /* rmsnorm */
    {
        double ss = 0;
        for (int i = 0; i < 576; i++) ss += (double)a[i] * a[i];
        double sc = 1.0 / sqrt(ss / 576 + 1e-5);
        for (int i = 0; i < 576; i++) ref[i] = a[i] * sc * w[i];
        cc_cpu_rmsnorm(CC_ISA_SCALAR, y0, a, w, 576, 1e-5f);
        cc_cpu_rmsnorm(best, y1, a, w, 576, 1e-5f);
        CHECK(memcmp(y0, y1, 576 * sizeof(float)) == 0);
        CHECKF(rel_err_d(y0, ref, 576) < 1e-6, "rmsnorm rel err %g", rel_err_d(y0, ref, 576));
    }
    /* softmax */
    {
        double mx = -1e30, sum = 0;
        for (int i = 0; i < 300; i++) mx = fmax(mx, a[i] * 10);
        for (int i = 0; i < 300; i++) sum += exp(a[i] * 10 - mx);
        for (int i = 0; i < 300; i++) {
            ref[i] = exp(a[i] * 10 - mx) / sum;
            y0[i] = a[i] * 10;
        }
        cc_cpu_softmax(y0, 300);
        CHECKF(rel_err_d(y0, ref, 300) < 1e-6, "softmax rel err %g", rel_err_d(y0, ref, 300));
    }
    /* swiglu */
    {
        for (int i = 0; i < N; i++) ref[i] = a[i] / (1.0 + exp(-(double)a[i])) * b[i];
        cc_cpu_swiglu(y0, a, b, N);
        CHECKF(rel_err_d(y0, ref, N) < 1e-6, "swiglu rel err %g", rel_err_d(y0, ref, N));
    }
    /* activation quantization: identical across ISAs, within half a step of x */
    {
        cc_act_block q0[31], q1[31];
        memset(q0, 0, sizeof q0);
        memset(q1, 0, sizeof q1);
        for (int i = 32; i < 64; i++) a[i] = 0.0f; /* an all-zero block */
        cc_cpu_quantize_act(CC_ISA_SCALAR, a, q0, 31 * 32);
        cc_cpu_quantize_act(best, a, q1, 31 * 32);
        CHECK(memcmp(q0, q1, sizeof q0) == 0);
        CHECK(q0[1].d == 0.0f && q0[1].s[0] == 0 && q0[1].q[7] == 0);
        int bad = 0;
        for (int b2 = 0; b2 < 31; b2++) {
            int s0 = 0, s1 = 0;
            for (int j = 0; j < 32; j++) {
                if (fabsf(q0[b2].d * q0[b2].q[j] - a[b2 * 32 + j]) > 0.5001f * q0[b2].d) bad++;
                if (j < 16) s0 += q0[b2].q[j];
                else s1 += q0[b2].q[j];
            }
            if (s0 != q0[b2].s[0] || s1 != q0[b2].s[1]) bad++;
        }
        CHECKF(bad == 0, "%d quantization errors", bad);
    }
    free(a);
    free(b);
    free(w);
    free(y0);
    free(y1);
    free(ref);
}

/* RoPE against a from-scratch double computation, for both scalings and layouts. */
static void test_rope(void) {
    cc_llama_hparams hp = {0};
    hp.head_dim = 64;
    hp.rope_theta = 500000.0f;
    for (int scaled = 0; scaled < 2; scaled++) {
        hp.rope_scaling = scaled ? CC_ROPE_SCALING_LLAMA3 : CC_ROPE_SCALING_NONE;
        hp.rope_factor = 32.0f;
        hp.rope_low_freq_factor = 1.0f;
        hp.rope_high_freq_factor = 4.0f;
        hp.rope_orig_ctx = 8192;
        cc_rope ra, rh;
        cc_error err = {0};
        CHECK(cc_rope_init(&ra, &hp, CC_ROPE_PAIRS_ADJACENT, NULL, &err) == CC_OK);
        CHECK(cc_rope_init(&rh, &hp, CC_ROPE_PAIRS_HALVES, NULL, &err) == CC_OK);
        if (scaled) { /* GGUF's rope_freqs factors give the same frequencies */
            float fac[32];
            cc_rope rf;
            CHECK(cc_llama_rope_freqs(&hp, fac, &err) == CC_OK);
            CHECK(cc_rope_init(&rf, &hp, CC_ROPE_PAIRS_ADJACENT, fac, &err) == CC_OK);
            double worst = 0;
            for (int i = 0; i < 32; i++) worst = fmax(worst, fabs(rf.inv_freq[i] / ra.inv_freq[i] - 1.0));
            CHECKF(worst < 1e-6, "rope factors vs parameters: %g", worst);
            fac[3] = 0.0f;
            CHECK(cc_rope_init(&rf, &hp, CC_ROPE_PAIRS_ADJACENT, fac, &err) == CC_ERR_FORMAT);
        }
        double inv[32];
        int n_scaled = 0;
        for (int i = 0; i < 32; i++) {
            double f = pow(500000.0, -(2.0 * i) / 64.0);
            if (scaled) {
                double wl = 2 * M_PI / f;
                if (wl > 8192.0 / 1.0) f = f / 32.0, n_scaled++;
                else if (wl >= 8192.0 / 4.0) {
                    double sm = (8192.0 / wl - 1.0) / (4.0 - 1.0);
                    f = (1 - sm) * f / 32.0 + sm * f;
                    n_scaled++;
                }
            }
            inv[i] = f;
        }
        if (scaled) CHECK(n_scaled > 5 && n_scaled < 32); /* the test exercises all three bands */
        float x[2 * 64], xh[2 * 64];
        double ref[2 * 64];
        fill(x, 128, 1.0f);
        int32_t pos = 4711;
        for (int h = 0; h < 2; h++)
            for (int i = 0; i < 32; i++) {
                double c = cos(pos * inv[i]), s = sin(pos * inv[i]);
                double a = x[h * 64 + 2 * i], b = x[h * 64 + 2 * i + 1];
                ref[h * 64 + 2 * i] = a * c - b * s;
                ref[h * 64 + 2 * i + 1] = a * s + b * c;
                xh[h * 64 + i] = x[h * 64 + 2 * i]; /* the same head in rotate_half layout */
                xh[h * 64 + 32 + i] = x[h * 64 + 2 * i + 1];
            }
        cc_rope_apply(&ra, x, 2, pos);
        cc_rope_apply(&rh, xh, 2, pos);
        CHECKF(rel_err_d(x, ref, 128) < 2e-6, "rope scaled=%d rel err %g", scaled, rel_err_d(x, ref, 128));
        int same = 1;
        for (int h = 0; h < 2; h++)
            for (int i = 0; i < 32; i++)
                same &= x[h * 64 + 2 * i] == xh[h * 64 + i] && x[h * 64 + 2 * i + 1] == xh[h * 64 + 32 + i];
        CHECK(same);
    }
    hp.head_dim = 63;
    cc_rope r;
    cc_error err = {0};
    CHECK(cc_rope_init(&r, &hp, CC_ROPE_PAIRS_ADJACENT, NULL, &err) == CC_ERR_UNSUPPORTED);
}

/* Build an N x K matrix of `type` from random floats. */
static void *make_weights(cc_ttype t, int64_t N, int64_t K, const float *src, cc_matrix *m) {
    cc_error err = {0};
    size_t rb;
    CHECK(cc_ttype_row_bytes(t, K, &rb, &err) == CC_OK);
    uint8_t *data = malloc(rb * (size_t)N);
    for (int64_t r = 0; r < N; r++) CHECK(cc_quantize_row(t, src + r * K, data + r * rb, K, &err) == CC_OK);
    CHECKF(cc_matrix_view(m, t, N, K, data, "w", &err) == CC_OK, "%s", err.msg);
    return data;
}

/* K = 512 (16 blocks) and K = 544 (17: the multi-token kernels' odd last block; K-quants skipped). */
static void test_matmul(cc_cpu_isa best, int64_t K) {
    static const struct {
        cc_ttype t;
        double tol_q;    /* vs reference with the same quantized activations */
        double tol_f;    /* vs reference with f32 activations */
    } types[] = {
        {CC_T_F32, 2e-6, 2e-6}, {CC_T_F16, 2e-6, 2e-6}, {CC_T_BF16, 2e-6, 2e-6}, {CC_T_Q8_0, 1e-5, 2e-2},
        {CC_T_Q4_0, 1e-5, 2e-2}, {CC_T_Q4_1, 1e-5, 2e-2}, {CC_T_Q4_K, 1e-5, 2e-2}, {CC_T_Q6_K, 1e-5, 2e-2},
    };
    const int64_t N = 67, T = 37;
    cc_threadpool *pool3 = NULL;
    cc_error err = {0};
    CHECK(cc_threadpool_init(&pool3, 3, &err) == CC_OK);
    float *wsrc = malloc(N * K * sizeof(float)), *x = malloc(T * K * sizeof(float));
    float *y0 = malloc(T * N * sizeof(float)), *y1 = malloc(T * N * sizeof(float)), *y2 = malloc(T * N * sizeof(float));
    float *y3 = malloc(N * sizeof(float));
    double *ref = malloc(T * N * sizeof(double));
    fill(wsrc, N * K, 0.5f);
    fill(x, T * K, 2.0f);
    for (size_t ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        cc_ttype t = types[ti].t;
        if ((t == CC_T_Q4_K || t == CC_T_Q6_K) && K % 256 != 0) continue;
        const char *tn = cc_ttype_get(t)->name;
        cc_matrix m;
        void *data = make_weights(t, N, K, wsrc, &m);
        cc_cpu_ctx cs, cb, cp;
        cc_cpu_ctx_init(&cs, CC_ISA_SCALAR, NULL);
        cc_cpu_ctx_init(&cb, best, NULL);
        cc_cpu_ctx_init(&cp, best, pool3);
        CHECK(cc_cpu_matmul(&cs, &m, x, K, T, y0, N, &err) == CC_OK);
        CHECK(cc_cpu_matmul(&cb, &m, x, K, T, y1, N, &err) == CC_OK);
        CHECK(cc_cpu_matmul(&cp, &m, x, K, T, y2, N, &err) == CC_OK);
        CHECKF(memcmp(y0, y1, T * N * sizeof(float)) == 0, "%s: scalar and %s differ", tn, cc_cpu_isa_name(best));
        CHECKF(memcmp(y1, y2, T * N * sizeof(float)) == 0, "%s: 1 and 3 threads differ", tn);
        /* batch invariance: token 29 alone equals token 29 in the batch of 37 */
        CHECK(cc_cpu_matmul(&cb, &m, x + 29 * K, K, 1, y3, N, &err) == CC_OK);
        CHECKF(memcmp(y3, y1 + 29 * N, N * sizeof(float)) == 0, "%s: token alone differs from batch", tn);
        CHECK(cc_cpu_matmul_ref(&m, x, T, true, ref, &err) == CC_OK);
        double e = rel_err_d(y1, ref, T * N);
        CHECKF(e <= types[ti].tol_q, "%s: rel err %g vs quantized-activation reference", tn, e);
        CHECK(cc_cpu_matmul_ref(&m, x, T, false, ref, &err) == CC_OK);
        e = rel_err_d(y1, ref, T * N);
        CHECKF(e <= types[ti].tol_f, "%s: rel err %g vs f32 reference", tn, e);
        cc_cpu_ctx_free(&cs);
        cc_cpu_ctx_free(&cb);
        cc_cpu_ctx_free(&cp);
        free(data);
    }
    /* several matrices in one call (mixed types, as Q/K/V may be): each output equals its own call */
    {
        cc_matrix ma, mb, mc;
        void *da = make_weights(CC_T_Q4_1, N, K, wsrc, &ma), *db = make_weights(CC_T_Q8_0, 19, K, wsrc, &mb),
             *dc = make_weights(CC_T_F16, 33, K, wsrc + 7, &mc);
        const cc_matrix *ws[3] = {&ma, &mb, &mc};
        float *ya = malloc(T * N * sizeof(float)), *yb = malloc(T * 19 * sizeof(float)), *yc = malloc(T * 33 * sizeof(float));
        float *ys[3] = {ya, yb, yc};
        const int64_t ld[3] = {N, 19, 33};
        cc_cpu_ctx cp;
        cc_cpu_ctx_init(&cp, best, pool3);
        CHECK(cc_cpu_matmul_n(&cp, ws, 3, x, K, T, ys, ld, &err) == CC_OK);
        for (int i = 0; i < 3; i++) {
            CHECK(cc_cpu_matmul(&cp, ws[i], x, K, T, y0, ld[i], &err) == CC_OK);
            CHECKF(memcmp(y0, ys[i], (size_t)(T * ld[i]) * sizeof(float)) == 0, "matmul_n output %d differs", i);
        }
        cc_matrix odd;
        void *dd = make_weights(CC_T_Q8_0, 4, 256, wsrc, &odd);
        const cc_matrix *bad[2] = {&ma, &odd};
        CHECK(cc_cpu_matmul_n(&cp, bad, 2, x, K, T, ys, ld, &err) == CC_ERR_INVALID);
        cc_cpu_ctx_free(&cp);
        free(da);
        free(db);
        free(dc);
        free(dd);
        free(ya);
        free(yb);
        free(yc);
    }
    /* a bad shape is an error, not a crash */
    cc_matrix m;
    CHECK(cc_matrix_view(&m, CC_T_Q4_0, 4, 48, wsrc, "bad", &err) != CC_OK);
    CHECK(cc_matrix_view(&m, (cc_ttype)7, 4, 64, wsrc, "bad", &err) == CC_ERR_UNSUPPORTED);
    free(wsrc);
    free(x);
    free(y0);
    free(y1);
    free(y2);
    free(y3);
    free(ref);
    cc_threadpool_free(pool3);
}

int main(void) {
    cc_cpu_isa best = cc_cpu_isa_detect();
    fprintf(stderr, "test_cpu_ops: best ISA here: %s\n", cc_cpu_isa_name(best));
    test_threadpool();
    test_rope();
    /* every variant this CPU runs must equal the portable kernels */
    for (int isa = CC_ISA_SCALAR; isa <= (int)best; isa++) {
        fprintf(stderr, "test_cpu_ops: %s vs scalar\n", cc_cpu_isa_name((cc_cpu_isa)isa));
        test_vector_ops((cc_cpu_isa)isa);
        test_matmul((cc_cpu_isa)isa, 512);
        test_matmul((cc_cpu_isa)isa, 544);
    }
    return cc_test_finish("test_cpu_ops");
}
