/* test_kernel_refs.c - the CPU references of the GPU kernels (kernels/ *_ref.c files)
 * checked against values built by hand or by naive double-precision math,
 * so that the GPU tests compare against something trustworthy.
 *
 * Quantized blocks are built here by bit-level encoders written from the
 * GGUF layout description (independently of the decoders under test) from
 * chosen integer quants and scales; the reference must decode them exactly. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "detmath.h"
#include "kernel_refs.h"
#include "qrepack.h"
#include "ref_util.h"
#include "rng.h"
#include "testutil.h"

static uint64_t rng = 0x1234567887654321ULL;

static int rnd_int(int lo, int hi) { return lo + (int)(cc_ref_rand_u64(&rng) % (uint64_t)(hi - lo + 1)); }

/* A random fp16 scale and its exact value. */
static uint16_t rnd_half(float lo, float hi, double *val) {
    uint16_t h = cc_ref_f32_to_half(cc_ref_rand_f32(&rng, lo, hi));
    *val = cc_ref_half_to_f32(h);
    return h;
}

static void test_half_bf16(void) {
    int bad = 0;
    for (uint32_t h = 0; h < 0x10000u; h++) {
        if (((h >> 10) & 0x1f) == 0x1f) continue; /* inf / NaN */
        float f = cc_ref_half_to_f32((uint16_t)h);
        if (cc_ref_f32_to_half(f) != (uint16_t)h && !(f == 0.0f && (h & 0x7fffu) == 0)) bad++;
    }
    CHECKF(bad == 0, "%d half values do not round-trip", bad);
    CHECK(cc_ref_half_to_f32(0x3c00) == 1.0f);
    CHECK(cc_ref_half_to_f32(0x7bff) == 65504.0f);
    CHECK(cc_ref_half_to_f32(0x0001) == ldexpf(1.0f, -24));
    CHECK(cc_ref_half_to_f32(0xc000) == -2.0f);
    CHECK(cc_ref_f32_to_half(1.0f + ldexpf(1.0f, -11)) == 0x3c00);              /* tie -> even */
    CHECK(cc_ref_f32_to_half(1.0f + 3 * ldexpf(1.0f, -11)) == 0x3c02);          /* tie -> even (up) */
    CHECK(cc_ref_f32_to_half(1.0f + ldexpf(1.0f, -11) + ldexpf(1.0f, -20)) == 0x3c01);
    CHECK(cc_ref_bf16_to_f32(0x3f80) == 1.0f);
    CHECK(cc_ref_f32_to_bf16(1.0f) == 0x3f80);
    CHECK(cc_ref_f32_to_bf16(1.0f + ldexpf(1.0f, -8)) == 0x3f80);               /* tie -> even */
    CHECK(cc_ref_f32_to_bf16(1.0f + 3 * ldexpf(1.0f, -8)) == 0x3f82);
    CHECK(isnan(cc_ref_bf16_to_f32(cc_ref_f32_to_bf16(NAN))));
}

/* Encode one block of each type from integer quants; fill expected values. */
static void enc_q8_0(uint8_t *blk, double *want) {
    double d;
    uint16_t dh = rnd_half(0.001f, 0.02f, &d);
    memcpy(blk, &dh, 2);
    for (int i = 0; i < 32; i++) {
        int q = rnd_int(-128, 127);
        blk[2 + i] = (uint8_t)(int8_t)q;
        want[i] = d * q;
    }
}

static void enc_q4_0(uint8_t *blk, double *want) {
    double d;
    uint16_t dh = rnd_half(0.001f, 0.02f, &d);
    int q[32];
    memcpy(blk, &dh, 2);
    for (int i = 0; i < 32; i++) q[i] = rnd_int(0, 15);
    for (int i = 0; i < 16; i++) blk[2 + i] = (uint8_t)(q[i] | (q[i + 16] << 4));
    for (int i = 0; i < 32; i++) want[i] = d * (q[i] - 8);
}

static void enc_q4_1(uint8_t *blk, double *want) {
    double d, m;
    uint16_t dh = rnd_half(0.001f, 0.02f, &d), mh = rnd_half(-0.1f, 0.1f, &m);
    int q[32];
    memcpy(blk, &dh, 2);
    memcpy(blk + 2, &mh, 2);
    for (int i = 0; i < 32; i++) q[i] = rnd_int(0, 15);
    for (int i = 0; i < 16; i++) blk[4 + i] = (uint8_t)(q[i] | (q[i + 16] << 4));
    for (int i = 0; i < 32; i++) want[i] = d * q[i] + m;
}

static void enc_q4_K(uint8_t *blk, double *want) {
    double d, dmin;
    uint16_t dh = rnd_half(0.0005f, 0.002f, &d), mh = rnd_half(0.0005f, 0.002f, &dmin);
    int sc[8], mn[8], q[256];
    uint8_t *s = blk + 4, *qs = blk + 16;
    memcpy(blk, &dh, 2);
    memcpy(blk + 2, &mh, 2);
    for (int j = 0; j < 8; j++) {
        sc[j] = rnd_int(0, 63);
        mn[j] = rnd_int(0, 63);
    }
    /* bytes 0-3: scale j (6 bits) + top 2 bits of scale j+4; bytes 4-7: the same for mins;
     * bytes 8-11: low 4 bits of scale j+4 | low 4 bits of min j+4 << 4 */
    for (int j = 0; j < 4; j++) {
        s[j] = (uint8_t)(sc[j] | ((sc[j + 4] >> 4) << 6));
        s[j + 4] = (uint8_t)(mn[j] | ((mn[j + 4] >> 4) << 6));
        s[j + 8] = (uint8_t)((sc[j + 4] & 15) | ((mn[j + 4] & 15) << 4));
    }
    for (int e = 0; e < 256; e++) q[e] = rnd_int(0, 15);
    /* 64-element group g: byte 32g+i holds element 64g+i (low) and 64g+32+i (high) */
    for (int g = 0; g < 4; g++)
        for (int i = 0; i < 32; i++) qs[32 * g + i] = (uint8_t)(q[64 * g + i] | (q[64 * g + 32 + i] << 4));
    for (int e = 0; e < 256; e++) want[e] = d * sc[e / 32] * q[e] - dmin * mn[e / 32];
}

static void enc_q6_K(uint8_t *blk, double *want) {
    double d;
    uint16_t dh = rnd_half(0.0005f, 0.002f, &d);
    int q[256];
    int8_t sc[16];
    uint8_t *ql = blk, *qh = blk + 128;
    for (int e = 0; e < 256; e++) q[e] = rnd_int(0, 63);
    for (int j = 0; j < 16; j++) sc[j] = (int8_t)rnd_int(-128, 127);
    /* per 128-element half: ql[l] = low4(q[l]) | low4(q[l+64]) << 4, ql[l+32] = low4(q[l+32]) | low4(q[l+96]) << 4,
     * qh[l] = high2 of q[l], q[l+32], q[l+64], q[l+96] at bits 0, 2, 4, 6 */
    for (int h = 0; h < 2; h++) {
        const int *qq = q + 128 * h;
        for (int l = 0; l < 32; l++) {
            ql[64 * h + l] = (uint8_t)((qq[l] & 15) | ((qq[l + 64] & 15) << 4));
            ql[64 * h + l + 32] = (uint8_t)((qq[l + 32] & 15) | ((qq[l + 96] & 15) << 4));
            qh[32 * h + l] = (uint8_t)((qq[l] >> 4) | ((qq[l + 32] >> 4) << 2) | ((qq[l + 64] >> 4) << 4) |
                                       ((qq[l + 96] >> 4) << 6));
        }
    }
    memcpy(blk + 192, sc, 16);
    memcpy(blk + 208, &dh, 2);
    for (int e = 0; e < 256; e++) want[e] = d * sc[e / 16] * (q[e] - 32);
}

static void test_dequant(void) {
    struct {
        cc_ttype t;
        int elems, bytes;
        void (*enc)(uint8_t *, double *);
    } types[] = {{CC_T_Q8_0, 32, 34, enc_q8_0}, {CC_T_Q4_0, 32, 18, enc_q4_0}, {CC_T_Q4_1, 32, 20, enc_q4_1},
                 {CC_T_Q4_K, 256, 144, enc_q4_K}, {CC_T_Q6_K, 256, 210, enc_q6_K}};
    for (size_t ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        enum { NB = 3 };
        uint8_t blocks[NB * 210];
        double want[NB * 256];
        float got[NB * 256];
        int n = NB * types[ti].elems;
        for (int b = 0; b < NB; b++) types[ti].enc(blocks + b * types[ti].bytes, want + b * types[ti].elems);
        cc_error err = {0};
        CHECK(cc_ref_dequant_row(types[ti].t, blocks, n, got, &err) == CC_OK);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double e = fabs(got[i] - want[i]) / (fabs(want[i]) + 1e-6);
            if (!(e <= worst)) worst = e;
        }
        CHECKF(worst < 1e-6, "type %d: worst relative error %g", (int)types[ti].t, worst);
        size_t rb = 0;
        CHECK(cc_ref_row_bytes(types[ti].t, n, &rb, &err) == CC_OK && rb == (size_t)(NB * types[ti].bytes));
    }
    /* f16 / bf16 rows */
    uint16_t h[4] = {0x3c00, 0xc000, 0x3800, 0x0000}, b[2] = {0x3f80, 0xc040};
    float out[4];
    cc_error err = {0};
    CHECK(cc_ref_dequant_row(CC_T_F16, h, 4, out, &err) == CC_OK && out[0] == 1.0f && out[1] == -2.0f &&
          out[2] == 0.5f && out[3] == 0.0f);
    CHECK(cc_ref_dequant_row(CC_T_BF16, b, 2, out, &err) == CC_OK && out[0] == 1.0f && out[1] == -3.0f);
    CHECK(cc_ref_dequant_row(CC_T_Q4_K, h, 32, out, &err) == CC_ERR_INVALID); /* not a multiple of 256 */
}

/* The references decode independently of io/tensor_types.c (the GGUF loader's
 * dequantizer); both must agree bit for bit on random blocks of every type. */
static void test_cross_check(void) {
    int bad = 0;
    for (uint32_t h = 0; h < 0x10000u; h++) {
        float a = cc_fp16_to_f32((uint16_t)h), b = cc_ref_half_to_f32((uint16_t)h);
        if (memcmp(&a, &b, 4) != 0 && !(isnan(a) && isnan(b))) bad++;
        a = cc_bf16_to_f32((uint16_t)h);
        b = cc_ref_bf16_to_f32((uint16_t)h);
        if (memcmp(&a, &b, 4) != 0 && !(isnan(a) && isnan(b))) bad++;
    }
    for (int i = 0; i < 100000; i++) {
        float f = cc_ref_rand_f32(&rng, -70000.0f, 70000.0f) * (i % 3 == 0 ? ldexpf(1.0f, -20) : 1.0f);
        bad += cc_f32_to_fp16(f) != cc_ref_f32_to_half(f);
        bad += cc_f32_to_bf16(f) != cc_ref_f32_to_bf16(f);
    }
    CHECKF(bad == 0, "%d conversions differ from io/tensor_types.c", bad);
    const cc_ttype types[] = {CC_T_F16, CC_T_BF16, CC_T_Q8_0, CC_T_Q4_0, CC_T_Q4_1, CC_T_Q4_K, CC_T_Q6_K};
    for (size_t ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        enum { K = 512 };
        uint8_t buf[K * 2];
        float a[K], b[K];
        size_t rb = 0;
        cc_error err = {0};
        CHECK(cc_ref_row_bytes(types[ti], K, &rb, &err) == CC_OK && rb <= sizeof buf);
        for (size_t i = 0; i < rb; i++) buf[i] = (uint8_t)cc_ref_rand_u64(&rng);
        for (size_t i = 1; i < rb; i += 2) buf[i] &= 0xbf; /* finite fp16 scales */
        CHECK(cc_dequantize_row(types[ti], buf, a, K, &err) == CC_OK);
        CHECK(cc_ref_dequant_row(types[ti], buf, K, b, &err) == CC_OK);
        int diff = 0;
        for (int i = 0; i < K; i++) diff += fabsf(a[i] - b[i]) > 1e-6f * fabsf(b[i]);
        CHECKF(diff == 0, "type %d: %d elements differ from cc_dequantize_row", (int)types[ti], diff);
    }
}

static void test_repack(void) {
    cc_error err = {0};
    cc_qlayout l;
    const cc_ttype types[] = {CC_T_F16, CC_T_BF16, CC_T_Q8_0, CC_T_Q4_0, CC_T_Q4_1, CC_T_Q4_K, CC_T_Q6_K};
    for (size_t ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        int64_t rows = 5, cols = 512;
        CHECK(cc_qlayout_init(&l, types[ti], rows, cols, &err) == CC_OK);
        uint8_t *src = malloc(l.src_bytes), *dst = malloc(l.total_bytes);
        for (size_t i = 0; i < l.src_bytes; i++) src[i] = (uint8_t)cc_ref_rand_u64(&rng);
        cc_qrepack(&l, src, dst);
        size_t nb = (size_t)(cols / l.block_elems), mism = 0, fields = 0;
        for (int p = 0; p < l.n_planes; p++) {
            CHECK(l.plane_off[p] % 256 == 0);
            if (p == 0 || l.field_bytes[p] % 16 == 0) CHECK(l.plane_row_bytes[p] % 16 == 0); /* 16-byte loads */
            for (size_t blk = 0; blk < nb * (size_t)rows; blk++) {
                fields += l.field_bytes[p];
                mism += memcmp(dst + l.plane_off[p] + blk * l.field_bytes[p], src + blk * l.block_bytes + l.field_off[p],
                               l.field_bytes[p]) != 0;
            }
        }
        size_t sum = 0;
        for (int p = 0; p < l.n_planes; p++) sum += l.field_bytes[p];
        CHECKF(mism == 0 && sum == l.block_bytes && fields == l.src_bytes, "type %d: %zu fields misplaced",
               (int)types[ti], mism);
        CHECK(l.total_bytes >= l.src_bytes && l.total_bytes < l.src_bytes + 256 * (size_t)l.n_planes);
        CHECK(cc_qunit_elems(types[ti]) * 16 % (types[ti] == CC_T_F16 || types[ti] == CC_T_BF16 ? 8 * 16 : 16) == 0);
        free(src);
        free(dst);
    }
    CHECK(cc_qlayout_init(&l, CC_T_Q4_K, 4, 576, &err) == CC_ERR_UNSUPPORTED); /* 576 % 256 != 0 */
    CHECK(cc_qlayout_init(&l, CC_T_F16, 4, 12, &err) == CC_ERR_UNSUPPORTED);   /* 12 % 8 != 0 */
    CHECK(cc_qlayout_init(&l, CC_T_F32, 4, 64, &err) == CC_ERR_UNSUPPORTED);
    CHECK(cc_qlayout_init(&l, CC_T_Q8_0, 4, 576, &err) == CC_OK && l.plane_row_bytes[0] == 576 &&
          l.plane_row_bytes[1] == 36);
}

static void test_mmv(void) {
    enum { N = 7, K = 64, M = 3 };
    uint8_t w[N * (K / 32) * 34];
    double deq[N][K];
    float x[M][K + 4], y[M][N + 2], y0[M][N + 2];
    for (int n = 0; n < N; n++)
        for (int b = 0; b < K / 32; b++) enc_q8_0(w + (n * (K / 32) + b) * 34, &deq[n][32 * b]);
    for (int r = 0; r < M; r++)
        for (int k = 0; k < K + 4; k++) x[r][k] = cc_ref_rand_f32(&rng, -1, 1);
    for (int r = 0; r < M; r++)
        for (int n = 0; n < N + 2; n++) y[r][n] = y0[r][n] = cc_ref_rand_f32(&rng, -1, 1);
    cc_error err = {0};
    CHECK(cc_ref_mmv(CC_T_Q8_0, w, N, K, &x[0][0], K + 4, &y[0][0], N + 2, M, true, &err) == CC_OK);
    double worst = 0;
    for (int r = 0; r < M; r++) {
        for (int n = 0; n < N; n++) {
            double s = y0[r][n];
            for (int k = 0; k < K; k++) s += deq[n][k] * x[r][k];
            worst = fmax(worst, fabs(s - y[r][n]));
        }
        CHECK(y[r][N] == y0[r][N] && y[r][N + 1] == y0[r][N + 1]); /* padding untouched */
    }
    CHECKF(worst < 1e-5, "mmv reference off by %g", worst);
}

static void test_norm_rope(void) {
    float x[2][4] = {{1, 2, 3, 4}, {-2, 0, 0, 2}}, w[4] = {1, 1, 2, 0.5f}, y[2][4];
    cc_ref_rmsnorm(&x[0][0], w, &y[0][0], 2, 4, 1e-5f);
    double r0 = 1 / sqrt(7.5 + 1e-5), r1 = 1 / sqrt(2.0 + 1e-5);
    CHECK(fabs(y[0][2] - 3 * r0 * 2) < 1e-6 && fabs(y[0][3] - 4 * r0 * 0.5) < 1e-6 && fabs(y[1][0] + 2 * r1) < 1e-6);

    cc_llama_hparams hp = {0};
    hp.head_dim = 64;
    hp.rope_theta = 500000.0f;
    float f[32], g[32];
    cc_ref_rope_freqs(&hp, f);
    CHECK(f[0] == 1.0f && fabs(f[1] / pow(500000.0, -2.0 / 64) - 1) < 1e-7 && fabs(f[31] / pow(500000.0, -62.0 / 64) - 1) < 1e-6);
    hp.rope_scaling = CC_ROPE_SCALING_LLAMA3;
    hp.rope_factor = 32;
    hp.rope_low_freq_factor = 1;
    hp.rope_high_freq_factor = 4;
    hp.rope_orig_ctx = 8192;
    cc_ref_rope_freqs(&hp, g);
    int kept = 0, scaled = 0, mixed = 0;
    for (int i = 0; i < 32; i++) {
        double wl = 2 * M_PI / f[i];
        if (wl < 8192.0 / 4) kept += fabs(g[i] - f[i]) <= 1e-7 * f[i];
        else if (wl > 8192.0) scaled += fabs(g[i] - f[i] / 32) <= 1e-6 * f[i];
        else {
            double sm = (8192.0 / wl - 1) / 3;
            mixed += fabs(g[i] - ((1 - sm) * f[i] / 32 + sm * f[i])) <= 1e-6 * f[i];
            CHECK(g[i] < f[i] && g[i] > f[i] / 32);
        }
    }
    CHECKF(kept + scaled + mixed == 32 && kept > 0 && scaled > 0 && mixed > 0, "llama3 bands %d/%d/%d", kept, scaled,
           mixed);

    /* RoPE + cache write: 2 heads q, 1 kv head, head_dim 4, block size 2; token at position 3 of
     * sequence 1 lands in physical block table[1][1] = 0, slot 1. */
    float q[8] = {1, 0, 0, 1, 2, 0, 0, 0}, k[4] = {0, 1, 1, 0}, v[4] = {0.5f, -1, 2, 3}, fr[2] = {0.5f, 0.25f};
    int32_t seq = 1, pos = 3, table[4] = {3, 2, 1, 0};
    for (int kt = 0; kt < 3; kt++) {
        const cc_kv_type type = kt == 0 ? CC_KV_F16 : kt == 1 ? CC_KV_BF16 : CC_KV_FP8;
        uint16_t kc[4 * 2 * 4], vc[4 * 2 * 4];
        memset(kc, 0xff, sizeof kc);
        memset(vc, 0xff, sizeof vc);
        cc_rope_kv_args a = {q, k, v, 8, 4, 4, 1, 2, &seq, &pos, fr, {kc, vc, type, 4, 2, 1, 4, table, 2, 0.05f}};
        float qq[8];
        memcpy(qq, q, sizeof qq);
        a.q = qq;
        cc_ref_rope_kv(&a);
        double a0 = 3 * 0.5, a1 = 3 * 0.25;
        CHECK(fabs(qq[0] - cos(a0)) < 1e-6 && fabs(qq[1] - sin(a0)) < 1e-6);
        CHECK(fabs(qq[2] + sin(a1)) < 1e-6 && fabs(qq[3] - cos(a1)) < 1e-6);
        CHECK(fabs(qq[4] - 2 * cos(a0)) < 1e-6);
        double tol = kt == 0 ? 1e-3 : kt == 1 ? 8e-3 : 0.06;
        CHECK(fabs(cc_ref_kv_get(&a.cache, kc, 0, 0, 1, 0) + sin(a0)) < tol);
        CHECK(fabs(cc_ref_kv_get(&a.cache, kc, 0, 0, 1, 1) - cos(a0)) < tol);
        CHECK(fabs(cc_ref_kv_get(&a.cache, kc, 0, 0, 1, 2) - cos(a1)) < tol);
        /* 3 and 0.5 are exact in every type (fp8: 60 and 10 times the 0.05 scale) */
        CHECK(cc_ref_kv_get(&a.cache, vc, 0, 0, 1, 3) == 3.0f && cc_ref_kv_get(&a.cache, vc, 0, 0, 1, 0) == 0.5f);
        int untouched = 0, esz = cc_kv_elem_bytes(type);
        for (int i = 0; i < 32; i++) untouched += esz == 2 ? kc[i] == 0xffff : ((uint8_t *)kc)[i] == 0xff;
        CHECK(untouched == 28); /* only slot 1 of block 0 written */
    }
}

/* fp8 e4m3: every code decodes and re-encodes to itself; rounding and saturation. */
static void test_e4m3(void) {
    int bad = 0;
    for (int b = 0; b < 256; b++) {
        if ((b & 0x7f) == 0x7f) continue; /* NaN */
        float f = cc_ref_e4m3_to_f32((uint8_t)b);
        if (cc_ref_f32_to_e4m3(f) != (uint8_t)b && !(f == 0.0f)) bad++;
    }
    CHECKF(bad == 0, "%d e4m3 codes do not round-trip", bad);
    CHECK(cc_ref_e4m3_to_f32(0x38) == 1.0f && cc_ref_e4m3_to_f32(0x7e) == 448.0f && cc_ref_e4m3_to_f32(0x01) == ldexpf(1, -9));
    CHECK(cc_ref_e4m3_to_f32(0xc0) == -2.0f && isnan(cc_ref_e4m3_to_f32(0x7f)));
    CHECK(cc_ref_f32_to_e4m3(1e6f) == 0x7e && cc_ref_f32_to_e4m3(-500.0f) == 0xfe); /* saturated */
    CHECK(cc_ref_f32_to_e4m3(1.0625f) == 0x38);  /* halfway between 1 and 1.125: to even */
    CHECK(cc_ref_f32_to_e4m3(1.1875f) == 0x3a);  /* halfway between 1.125 and 1.25: to even */
    CHECK(cc_ref_f32_to_e4m3(1.07f) == 0x39);
    CHECK(cc_ref_f32_to_e4m3(ldexpf(1.5f, -9)) == 0x02); /* subnormal tie to even */
}

/* Per-row fp8 quantization: the largest magnitude lands on 448 (code 0x7e), the rest within
 * e4m3's half-step (1/16 relative), an all-zero row gets scale 1; bf16 input reads the same; the
 * fp8 product scales by both rows' scales. */
static void test_fp8_rows(void) {
    const float x[2][5] = {{0.5f, -4.0f, 1.0f, 0.0f, 3.0f}, {0, 0, 0, 0, 0}};
    uint8_t q[2][5], qb[2][5];
    float sc[2], scb[2];
    cc_ref_quant_fp8_rows(x, false, 5, 2, 5, &q[0][0], sc);
    CHECK(sc[0] == 4.0f / 448.0f && q[0][1] == 0xfe && sc[1] == 1.0f);
    int bad = 0;
    for (int c = 0; c < 5; c++) {
        float back = cc_ref_e4m3_to_f32(q[0][c]) * sc[0];
        if (fabsf(back - x[0][c]) > fabsf(x[0][c]) / 16.0f) bad++;
        if (q[1][c] != 0) bad++;
    }
    CHECKF(bad == 0, "%d fp8 row codes off", bad);
    uint16_t xb[2][5];
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 5; c++) xb[r][c] = cc_ref_f32_to_bf16(x[r][c]); /* every value exact in bf16 */
    cc_ref_quant_fp8_rows(xb, true, 5, 2, 5, &qb[0][0], scb);
    CHECK(memcmp(q, qb, sizeof q) == 0 && sc[0] == scb[0] && sc[1] == scb[1]);
    /* w = two rows of 1.0 (0x38) and 2.0 (0x40) over k = 16, x = one row of 0.5 (0x30) */
    uint8_t wq[2 * 16], xq[16];
    memset(wq, 0x38, 16);
    memset(wq + 16, 0x40, 16);
    memset(xq, 0x30, 16);
    const float ws[2] = {0.25f, 3.0f}, xs[1] = {2.0f};
    float y[2] = {1.0f, 1.0f};
    cc_ref_gemm_fp8(wq, ws, xq, xs, y, 1, 2, 16, false);
    CHECK(y[0] == 16 * 0.5f * 1.0f * 2.0f * 0.25f && y[1] == 16 * 0.5f * 2.0f * 2.0f * 3.0f);
    cc_ref_gemm_fp8(wq, ws, xq, xs, y, 1, 2, 16, true);
    CHECK(y[0] == 8.0f && y[1] == 192.0f);
}

static void test_elementwise(void) {
    float g[2] = {1.0f, -3.0f}, u[2] = {2.0f, 0.5f}, o[2], x[2] = {1, 2};
    cc_ref_swiglu(g, 2, u, 2, o, 2, 1, 2);
    CHECK(fabs(o[0] - 2.0 / (1 + exp(-1.0))) < 1e-6 && fabs(o[1] - 0.5 * -3.0 / (1 + exp(3.0))) < 1e-6);
    cc_ref_add(x, u, 2);
    CHECK(x[0] == 3.0f && x[1] == 2.5f);
    uint16_t tab[3 * 8];
    for (int i = 0; i < 24; i++) tab[i] = cc_ref_f32_to_half((float)i);
    int32_t ids[3] = {2, 0, 3};
    float out[3][8];
    cc_error err = {0};
    CHECK(cc_ref_embed(CC_T_F16, tab, 3, 8, ids, 3, &out[0][0], 8, &err) == CC_OK);
    CHECK(out[0][0] == 16.0f && out[0][7] == 23.0f && out[1][3] == 3.0f && isnan(out[2][0]));
}

static void test_attention(void) {
    /* 1 kv head, 2 q heads, head_dim 4, block size 2, two sequences sharing physical block 0. */
    enum { HD = 4, B = 2, NB = 4 };
    uint16_t kc[NB * B * HD], vc[NB * B * HD];
    float kf[NB * B * HD], vf[NB * B * HD];
    for (int i = 0; i < NB * B * HD; i++) {
        kc[i] = cc_ref_f32_to_half(cc_ref_rand_f32(&rng, -1, 1));
        vc[i] = cc_ref_f32_to_half(cc_ref_rand_f32(&rng, -1, 1));
        kf[i] = cc_ref_half_to_f32(kc[i]);
        vf[i] = cc_ref_half_to_f32(vc[i]);
    }
    int32_t table[2 * 3] = {0, 2, 1, 0, 3, 1};
    int32_t ctx[2] = {5, 3}, qlen[2] = {5, 2}, qstart[2] = {0, 5};
    float q[7 * 2 * HD], out_p[7 * 2 * HD], out_d[2 * 2 * HD], qd[2 * 2 * HD];
    for (int i = 0; i < 7 * 2 * HD; i++) q[i] = cc_ref_rand_f32(&rng, -2, 2);
    cc_kv_cache c = {kc, vc, CC_KV_F16, NB, B, 1, HD, table, 3, 0.0f};
    cc_attn_prefill_args pa = {q, out_p, 2, 2, qstart, qlen, ctx, 5, 0.5f, c, 0};
    cc_ref_attn_prefill(&pa);
    /* naive: sequence 1 token 1 (position 2), head 1 */
    const float *qq = q + (6 * 2 + 1) * HD;
    double s[3], mx = -1e30, sum = 0, want[HD] = {0};
    for (int p = 0; p < 3; p++) {
        int blk = table[3 + p / B], slot = p % B;
        s[p] = 0;
        for (int d = 0; d < HD; d++) s[p] += qq[d] * kf[(blk * B + slot) * HD + d];
        s[p] *= 0.5;
        mx = fmax(mx, s[p]);
    }
    for (int p = 0; p < 3; p++) sum += exp(s[p] - mx);
    for (int p = 0; p < 3; p++) {
        int blk = table[3 + p / B], slot = p % B;
        for (int d = 0; d < HD; d++) want[d] += exp(s[p] - mx) / sum * vf[(blk * B + slot) * HD + d];
    }
    double worst = 0;
    for (int d = 0; d < HD; d++) worst = fmax(worst, fabs(out_p[(6 * 2 + 1) * HD + d] - want[d]));
    CHECKF(worst < 1e-6, "prefill reference off by %g", worst);
    /* position 0 attends to itself only: output = V of position 0 */
    CHECK(fabs(out_p[0] - vf[0]) < 1e-6 && fabs(out_p[HD + 3] - vf[3]) < 1e-6);
    /* decode of each sequence's last token equals prefill's last row */
    memcpy(qd, q + 4 * 2 * HD, sizeof(float) * 2 * HD);
    memcpy(qd + 2 * HD, q + 6 * 2 * HD, sizeof(float) * 2 * HD);
    cc_attn_decode_args da = {qd, out_d, 2, 2, ctx, 5, 0.5f, c, NULL, 0};
    cc_ref_attn_decode(&da);
    CHECK(memcmp(out_d, out_p + 4 * 2 * HD, sizeof(float) * 2 * HD) == 0);
    CHECK(memcmp(out_d + 2 * HD, out_p + 6 * 2 * HD, sizeof(float) * 2 * HD) == 0);
}

/* cc_exp_det against double-precision exp wherever its result is a normal float. */
static void test_exp_det(void) {
    double worst = 0;
    for (int i = 0; i <= 200000; i++) {
        float x = -87.0f * (float)i / 200000.0f; /* normal results; below, subnormals lose bits */
        double want = exp((double)x), got = cc_exp_det(x);
        double rel = fabs(got - want) / want;
        if (!(rel <= worst)) worst = rel;
    }
    CHECKF(worst < 2.5e-7, "cc_exp_det worst relative error %g", worst); /* ~2 ulp */
    CHECK(cc_exp_det(0.0f) == 1.0f && cc_exp_det(-200.0f) == 0.0f && cc_exp_det(-INFINITY) == 0.0f);
    CHECK(isnan(cc_exp_det(NAN)));
}

static void test_sample(void) {
    float x[6] = {0.5f, 2.0f, -1.0f, 2.0f, NAN, 1.0f};
    CHECK(cc_ref_sample_row(x, 6, 0.0f, 1.0f, 1, 2, 3) == 1); /* greedy: lowest id of the tied max, NaN ignored */
    CHECK(cc_ref_sample_row(x, 6, 1.0f, 1e-6f, 1, 2, 3) == 1 || cc_ref_sample_row(x, 6, 1.0f, 1e-6f, 1, 2, 3) == 3);
    /* p = 0.1, 0.2, 0.3, 0.4 */
    float lg[4] = {logf(0.1f), logf(0.2f), logf(0.3f), logf(0.4f)};
    enum { DRAWS = 20000 };
    int cnt[4] = {0}, cnt_p[4] = {0};
    for (int i = 0; i < DRAWS; i++) {
        cnt[cc_ref_sample_row(lg, 4, 1.0f, 1.0f, 42, 7, i)]++;
        cnt_p[cc_ref_sample_row(lg, 4, 1.0f, 0.5f, 42, 7, i)]++;
    }
    for (int t = 0; t < 4; t++) CHECKF(fabs(cnt[t] / (double)DRAWS - 0.1 * (t + 1)) < 0.015, "token %d: %d", t, cnt[t]);
    /* top_p 0.5: nucleus {3 (0.4), 2 (0.3)}, renormalized 4/7 and 3/7 */
    CHECK(cnt_p[0] == 0 && cnt_p[1] == 0);
    CHECKF(fabs(cnt_p[3] / (double)DRAWS - 4.0 / 7) < 0.015, "top-p token 3: %d", cnt_p[3]);
    /* the stream is a pure function of (seed, row, step) */
    CHECK(cc_rng_bits(1, 2, 3) == cc_rng_bits(1, 2, 3) && cc_rng_bits(1, 2, 3) != cc_rng_bits(1, 2, 4) &&
          cc_rng_bits(1, 2, 3) != cc_rng_bits(1, 3, 3) && cc_rng_bits(1, 2, 3) != cc_rng_bits(2, 2, 3));
    double mean = 0;
    for (int i = 0; i < 10000; i++) mean += cc_rng_uniform_at(9, 9, (uint64_t)i);
    CHECKF(fabs(mean / 10000 - 0.5) < 0.01, "uniform mean %g", mean / 10000);
}

int main(void) {
    test_half_bf16();
    test_dequant();
    test_cross_check();
    test_repack();
    test_mmv();
    test_norm_rope();
    test_e4m3();
    test_fp8_rows();
    test_elementwise();
    test_attention();
    test_exp_det();
    test_sample();
    return cc_test_finish("test_kernel_refs");
}
