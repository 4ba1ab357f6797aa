/* cpu_ops_avx2.c - AVX2/FMA/F16C (and AVX-512 VNNI) variants of the CPU
 * engine's hot loops.
 *
 * Each function carries target("avx2,fma,f16c"), so this file builds with the
 * project's default flags and runs only where cc_cpu_isa_detect found the
 * features.  Results equal the portable kernels in cpu_ops.c bit for bit:
 * the same 32-lane order for float sums (cc_lanes32_reduce written as vector
 * adds), exact integer dot products, and the shared cc_qcombine. */
#if defined(__x86_64__)

#include <immintrin.h>
#include <math.h>

#include "cpu_kernels.h"

#define AVX2 __attribute__((target("avx2,fma,f16c")))

AVX2 static inline float reduce_lanes(__m256 a0, __m256 a1, __m256 a2, __m256 a3) {
    __m256 r = _mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3));
    __m128 h = _mm_add_ps(_mm256_castps256_ps128(r), _mm256_extractf128_ps(r, 1)); /* r[j] + r[j+4] */
    h = _mm_add_ps(h, _mm_movehl_ps(h, h));                                        /* r[j] + r[j+2] */
    h = _mm_add_ss(h, _mm_movehdup_ps(h));                                         /* r[0] + r[1] */
    return _mm_cvtss_f32(h);
}

AVX2 static float dot_f32_avx2(const float *a, const float *b, int64_t n) {
    __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
    int64_t nb = n - n % 32, i = 0;
    for (; i < nb; i += 32) {
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), a0);
        a1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), a1);
        a2 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 16), _mm256_loadu_ps(b + i + 16), a2);
        a3 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 24), _mm256_loadu_ps(b + i + 24), a3);
    }
    float s = reduce_lanes(a0, a1, a2, a3);
    for (; i < n; i++) s = fmaf(a[i], b[i], s);
    return s;
}

AVX2 static void axpy_avx2(float *y, float a, const float *x, int64_t n) {
    __m256 va = _mm256_set1_ps(a);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(y + i, _mm256_fmadd_ps(va, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
    for (; i < n; i++) y[i] = fmaf(a, x[i], y[i]);
}

/* dot_f32 of q with nr rows; for n == 64 (the head size of the supported models) q stays in
 * registers and each row is the same 8 FMAs into 4 lane accumulators as dot_f32_avx2. */
AVX2 static void dot_rows_avx2(const float *q, const float *k, int64_t ld, int64_t nr, int64_t n, float scale,
                               float *out) {
    if (n != 64) {
        for (int64_t r = 0; r < nr; r++) out[r] = dot_f32_avx2(q, k + r * ld, n) * scale;
        return;
    }
    const __m256 q0 = _mm256_loadu_ps(q), q1 = _mm256_loadu_ps(q + 8), q2 = _mm256_loadu_ps(q + 16),
                 q3 = _mm256_loadu_ps(q + 24), q4 = _mm256_loadu_ps(q + 32), q5 = _mm256_loadu_ps(q + 40),
                 q6 = _mm256_loadu_ps(q + 48), q7 = _mm256_loadu_ps(q + 56);
    for (int64_t r = 0; r < nr; r++) {
        const float *kr = k + r * ld;
        const __m256 z = _mm256_setzero_ps();
        __m256 a0 = _mm256_fmadd_ps(q0, _mm256_loadu_ps(kr), z), a1 = _mm256_fmadd_ps(q1, _mm256_loadu_ps(kr + 8), z);
        __m256 a2 = _mm256_fmadd_ps(q2, _mm256_loadu_ps(kr + 16), z), a3 = _mm256_fmadd_ps(q3, _mm256_loadu_ps(kr + 24), z);
        a0 = _mm256_fmadd_ps(q4, _mm256_loadu_ps(kr + 32), a0);
        a1 = _mm256_fmadd_ps(q5, _mm256_loadu_ps(kr + 40), a1);
        a2 = _mm256_fmadd_ps(q6, _mm256_loadu_ps(kr + 48), a2);
        a3 = _mm256_fmadd_ps(q7, _mm256_loadu_ps(kr + 56), a3);
        out[r] = reduce_lanes(a0, a1, a2, a3) * scale;
    }
}

/* nr axpy calls in row order; for n == 64 y stays in registers between rows. */
AVX2 static void axpy_rows_avx2(float *y, const float *a, const float *v, int64_t ld, int64_t nr, int64_t n) {
    if (n != 64) {
        for (int64_t r = 0; r < nr; r++) axpy_avx2(y, a[r], v + r * ld, n);
        return;
    }
    __m256 y0 = _mm256_loadu_ps(y), y1 = _mm256_loadu_ps(y + 8), y2 = _mm256_loadu_ps(y + 16), y3 = _mm256_loadu_ps(y + 24),
           y4 = _mm256_loadu_ps(y + 32), y5 = _mm256_loadu_ps(y + 40), y6 = _mm256_loadu_ps(y + 48),
           y7 = _mm256_loadu_ps(y + 56);
    for (int64_t r = 0; r < nr; r++) {
        const float *vr = v + r * ld;
        const __m256 va = _mm256_set1_ps(a[r]);
        y0 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr), y0);
        y1 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 8), y1);
        y2 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 16), y2);
        y3 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 24), y3);
        y4 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 32), y4);
        y5 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 40), y5);
        y6 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 48), y6);
        y7 = _mm256_fmadd_ps(va, _mm256_loadu_ps(vr + 56), y7);
    }
    _mm256_storeu_ps(y, y0);
    _mm256_storeu_ps(y + 8, y1);
    _mm256_storeu_ps(y + 16, y2);
    _mm256_storeu_ps(y + 24, y3);
    _mm256_storeu_ps(y + 32, y4);
    _mm256_storeu_ps(y + 40, y5);
    _mm256_storeu_ps(y + 48, y6);
    _mm256_storeu_ps(y + 56, y7);
}

AVX2 static inline float reduce8(__m256 m) { /* cc_lanes8_reduce */
    __m128 h = _mm_add_ps(_mm256_castps256_ps128(m), _mm256_extractf128_ps(m, 1));
    h = _mm_add_ps(h, _mm_movehl_ps(h, h));
    h = _mm_add_ss(h, _mm_movehdup_ps(h));
    return _mm_cvtss_f32(h);
}

AVX2 static inline int32_t hsum_epi32_128(__m128i v) {
    v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2)));
    v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(2, 3, 0, 1)));
    return _mm_cvtsi128_si32(v);
}

AVX2 static void quantize_act_avx2(const float *x, cc_act_block *out, int64_t n) {
    const __m256 sign = _mm256_set1_ps(-0.0f);
    const __m256 lo = _mm256_set1_ps(-127.0f), hi = _mm256_set1_ps(127.0f);
    for (int64_t b = 0; b < n / 32; b++) {
        const float *xb = x + b * 32;
        __m256 v[4];
        __m256 m = _mm256_setzero_ps();
        for (int j = 0; j < 4; j++) {
            v[j] = _mm256_loadu_ps(xb + 8 * j);
            m = _mm256_max_ps(m, _mm256_andnot_ps(sign, v[j]));
        }
        __m128 m4 = _mm_max_ps(_mm256_castps256_ps128(m), _mm256_extractf128_ps(m, 1));
        m4 = _mm_max_ps(m4, _mm_movehl_ps(m4, m4));
        m4 = _mm_max_ss(m4, _mm_movehdup_ps(m4));
        float amax = _mm_cvtss_f32(m4);
        float d = amax / 127.0f;
        float id = d != 0.0f ? 1.0f / d : 0.0f;
        __m256 vid = _mm256_set1_ps(id);
        __m256i qi[4];
        for (int j = 0; j < 4; j++) {
            __m256 r = _mm256_round_ps(_mm256_mul_ps(v[j], vid), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
            r = _mm256_min_ps(_mm256_max_ps(r, lo), hi);
            qi[j] = _mm256_cvtps_epi32(r);
        }
        /* sums of the two halves (elements 0..15 = qi[0..1], 16..31 = qi[2..3]) */
        __m256i h0 = _mm256_add_epi32(qi[0], qi[1]), h1 = _mm256_add_epi32(qi[2], qi[3]);
        int32_t s0 = hsum_epi32_128(_mm_add_epi32(_mm256_castsi256_si128(h0), _mm256_extracti128_si256(h0, 1)));
        int32_t s1 = hsum_epi32_128(_mm_add_epi32(_mm256_castsi256_si128(h1), _mm256_extracti128_si256(h1, 1)));
        /* pack 32 x int32 -> 32 x int8 in order */
        __m256i p01 = _mm256_packs_epi32(qi[0], qi[1]); /* lanes interleaved per 128 */
        __m256i p23 = _mm256_packs_epi32(qi[2], qi[3]);
        __m256i p = _mm256_packs_epi16(p01, p23);
        p = _mm256_permutevar8x32_epi32(p, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
        _mm256_storeu_si256((__m256i *)out[b].q, p);
        out[b].d = d;
        out[b].s[0] = (int16_t)s0;
        out[b].s[1] = (int16_t)s1;
        __m256i ls = _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_set1_epi8(1), p), _mm256_set1_epi16(1));
        _mm256_storeu_ps(out[b].xs, _mm256_mul_ps(_mm256_cvtepi32_ps(ls), _mm256_set1_ps(d)));
    }
}

AVX2 static void f16_to_f32_avx2(const uint16_t *src, float *dst, int64_t n) {
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(dst + i, _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(src + i))));
    for (; i < n; i++) dst[i] = cc_fp16_to_f32(src[i]);
}

AVX2 static float qdot_avx2(const cc_qrow *w, const cc_act_block *x, int64_t nblk) {
    const __m256i ones = _mm256_set1_epi16(1);
    float acc = 0.0f;
    for (int64_t j = 0; j < nblk; j++) {
        __m256i q = _mm256_loadu_si256((const __m256i *)(w->q + j * 32));
        __m256i xv = _mm256_loadu_si256((const __m256i *)x[j].q);
        __m256i p16;
        if (w->is_signed) p16 = _mm256_maddubs_epi16(_mm256_sign_epi8(q, q), _mm256_sign_epi8(xv, q));
        else p16 = _mm256_maddubs_epi16(q, xv);
        __m256i p32 = _mm256_madd_epi16(p16, ones);
        __m128i lo = _mm256_castsi256_si128(p32), hi = _mm256_extracti128_si256(p32, 1);
        __m128i s = _mm_hadd_epi32(lo, hi);  /* l0+l1, l2+l3, h0+h1, h2+h3 */
        s = _mm_hadd_epi32(s, s);            /* L, H, L, H */
        int32_t i0 = _mm_cvtsi128_si32(s), i1 = _mm_extract_epi32(s, 1);
        acc = cc_qcombine(acc, w, &x[j], j, i0, i1);
    }
    return acc;
}

/* Unpack weight block j of a 32-block row: the code vector (signed for Q8_0/Q4_0, unsigned
 * nibbles for Q4_1), its scale and min.  Returns the bytes consumed. */
AVX2 static inline __attribute__((always_inline)) size_t load_blk32(cc_ttype t, const uint8_t *p, __m256i *q, float *d, float *m) {
    const __m256i low4 = _mm256_set1_epi8(0x0F);
    if (t == CC_T_Q8_0) {
        const cc_block_q8_0 *b = (const cc_block_q8_0 *)p;
        *d = _cvtsh_ss(b->d);
        *q = _mm256_loadu_si256((const __m256i *)b->qs);
        return sizeof *b;
    }
    const uint8_t *qs;
    size_t n;
    if (t == CC_T_Q4_0) {
        const cc_block_q4_0 *b = (const cc_block_q4_0 *)p;
        *d = _cvtsh_ss(b->d);
        qs = b->qs;
        n = sizeof *b;
    } else {
        const cc_block_q4_1 *b = (const cc_block_q4_1 *)p;
        *d = _cvtsh_ss(b->d);
        *m = _cvtsh_ss(b->m);
        qs = b->qs;
        n = sizeof *b;
    }
    __m128i raw = _mm_loadu_si128((const __m128i *)qs);
    *q = _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(raw, 4), raw), low4);
    if (t == CC_T_Q4_0) *q = _mm256_sub_epi8(*q, _mm256_set1_epi8(8));
    return n;
}

AVX2 static inline __attribute__((always_inline)) float reduce16(__m256 a0, __m256 a1) { /* cc_lanes16_reduce */
    return reduce8(_mm256_add_ps(a0, a1));
}

AVX2 static inline __attribute__((always_inline)) __m256 lanes_avx2(__m256i aq, __m256i xs) {
    return _mm256_cvtepi32_ps(_mm256_madd_epi16(_mm256_maddubs_epi16(aq, xs), _mm256_set1_epi16(1)));
}

#define BDOT_ATTR AVX2
#define BDOT_LANES lanes_avx2
#define BDOT_FN(name) name##_avx2
#include "cpu_bdot_tmpl.h"
#undef BDOT_ATTR
#undef BDOT_LANES
#undef BDOT_FN

/* Q4_K / Q6_K row unpacking with vector nibble/bit extraction; scales as the scalar code. */
AVX2 static void unpack_k_avx2(cc_ttype t, const void *src, int64_t K, uint8_t *q, float *a, float *b, cc_qrow *out) {
    const __m256i m4 = _mm256_set1_epi8(0x0F), m3 = _mm256_set1_epi8(0x03);
    out->q = q;
    out->a = a;
    out->b = NULL;
    out->c = 0;
    out->is_signed = false;
    if (t == CC_T_Q4_K) {
        const cc_block_q4_K *blk = src;
        out->b = b;
        for (int64_t i = 0; i < K / 256; i++) {
            float d = _cvtsh_ss(blk[i].d), dmin = _cvtsh_ss(blk[i].dmin);
            for (int s = 0; s < 8; s++) {
                int scv, mv;
                cc_q4k_scale_min(blk[i].scales, s, &scv, &mv);
                int64_t g = i * 16 + s * 2;
                a[g] = a[g + 1] = d * (float)scv;
                b[g] = b[g + 1] = -(dmin * (float)mv);
            }
            for (int c = 0; c < 4; c++) {
                __m256i raw = _mm256_loadu_si256((const __m256i *)(blk[i].qs + 32 * c));
                _mm256_storeu_si256((__m256i *)(q + i * 256 + 64 * c), _mm256_and_si256(raw, m4));
                _mm256_storeu_si256((__m256i *)(q + i * 256 + 64 * c + 32), _mm256_and_si256(_mm256_srli_epi16(raw, 4), m4));
            }
        }
    } else {
        const cc_block_q6_K *blk = src;
        out->c = 32;
        for (int64_t i = 0; i < K / 256; i++) {
            float d = _cvtsh_ss(blk[i].d);
            for (int g = 0; g < 16; g++) a[i * 16 + g] = d * (float)blk[i].scales[g];
            for (int n = 0; n < 2; n++) {
                const uint8_t *ql = blk[i].ql + 64 * n, *qh = blk[i].qh + 32 * n;
                uint8_t *qd = q + i * 256 + 128 * n;
                __m256i A = _mm256_loadu_si256((const __m256i *)ql), B = _mm256_loadu_si256((const __m256i *)(ql + 32));
                __m256i H = _mm256_loadu_si256((const __m256i *)qh);
                __m256i h0 = _mm256_slli_epi16(_mm256_and_si256(H, m3), 4);
                __m256i h1 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(H, 2), m3), 4);
                __m256i h2 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(H, 4), m3), 4);
                __m256i h3 = _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(H, 6), m3), 4);
                _mm256_storeu_si256((__m256i *)qd, _mm256_or_si256(_mm256_and_si256(A, m4), h0));
                _mm256_storeu_si256((__m256i *)(qd + 32), _mm256_or_si256(_mm256_and_si256(B, m4), h1));
                _mm256_storeu_si256((__m256i *)(qd + 64), _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(A, 4), m4), h2));
                _mm256_storeu_si256((__m256i *)(qd + 96), _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(B, 4), m4), h3));
            }
        }
    }
}

const cc_cpu_kernels cc_cpu_kernels_avx2 = {
    .dot_f32 = dot_f32_avx2,
    .axpy = axpy_avx2,
    .dot_rows = dot_rows_avx2,
    .axpy_rows = axpy_rows_avx2,
    .quantize_act = quantize_act_avx2,
    .f16_to_f32 = f16_to_f32_avx2,
    .qdot = qdot_avx2,
    .bdot = bdot1_avx2,
    .bdot4 = bdot4_avx2,
    .bdot8 = bdot8_avx2,
    .unpack_k = unpack_k_avx2,
};

/* ---- AVX-512 VNNI (256-bit): vpdpbusd sums each lane's 4 products in one
 * instruction; the integer lane sums, hence all results, equal the AVX2 ones. */
#define VNNI __attribute__((target("avx2,fma,f16c,avx512f,avx512vl,avx512vnni")))

VNNI static inline __m256 lanes_vnni(__m256i aq, __m256i xs) {
    return _mm256_cvtepi32_ps(_mm256_dpbusd_epi32(_mm256_setzero_si256(), aq, xs));
}

#define BDOT_ATTR VNNI
#define BDOT_LANES lanes_vnni
#define BDOT_FN(name) name##_vnni
#include "cpu_bdot_tmpl.h"
#undef BDOT_ATTR
#undef BDOT_LANES
#undef BDOT_FN

VNNI static float qdot_vnni(const cc_qrow *w, const cc_act_block *x, int64_t nblk) {
    float acc = 0.0f;
    for (int64_t j = 0; j < nblk; j++) {
        __m256i q = _mm256_loadu_si256((const __m256i *)(w->q + j * 32));
        __m256i xv = _mm256_loadu_si256((const __m256i *)x[j].q);
        __m256i p32 = w->is_signed ? _mm256_dpbusd_epi32(_mm256_setzero_si256(), _mm256_sign_epi8(q, q), _mm256_sign_epi8(xv, q))
                                   : _mm256_dpbusd_epi32(_mm256_setzero_si256(), q, xv);
        __m128i s = _mm_hadd_epi32(_mm256_castsi256_si128(p32), _mm256_extracti128_si256(p32, 1));
        s = _mm_hadd_epi32(s, s);
        acc = cc_qcombine(acc, w, &x[j], j, _mm_cvtsi128_si32(s), _mm_extract_epi32(s, 1));
    }
    return acc;
}

const cc_cpu_kernels cc_cpu_kernels_vnni = {
    .dot_f32 = dot_f32_avx2,
    .axpy = axpy_avx2,
    .dot_rows = dot_rows_avx2,
    .axpy_rows = axpy_rows_avx2,
    .quantize_act = quantize_act_avx2,
    .f16_to_f32 = f16_to_f32_avx2,
    .qdot = qdot_vnni,
    .bdot = bdot1_vnni,
    .bdot4 = bdot4_vnni,
    .bdot8 = bdot8_vnni,
    .unpack_k = unpack_k_avx2,
};


#endif
