/* tensor_types.c - the tensor element types of io/tensor_types.h: the type
 * table, row sizes, fp16/bf16 conversion and the CPU (de)quantizers.
 *
 * Block bytes are read and written byte by byte (scales through memcpy), so a
 * row may start at any address inside a mapped file.  The host is assumed to
 * be little-endian, as GGUF is.
 *
 * Quantizers:
 *   Q8_0, Q4_0, Q4_1   bit-exact with GGML's *_ref functions (same float
 *                      arithmetic and the same rounding / truncation).
 *   Q4_K, Q6_K         simpler than GGML's search-based make_qkx/make_qx_quants:
 *                      each sub-block's scale (and min for Q4_K) comes straight
 *                      from its range, the scales are then quantized to 6/8 bits
 *                      against a super-block scale, and the elements are rounded
 *                      against the quantized scales.  The layout is GGML's
 *                      exactly.  Measured rms error relative to the rms of
 *                      Gaussian data (tests/test_tensor_types.c): q4_K 7.8%
 *                      (q4_1 7.7%, q4_0 8.5% for comparison), q6_K 1.9%; GGML's
 *                      searched scales do somewhat better.  Good enough for
 *                      synthetic weights and tests; real models come quantized.
 * Inputs should be finite: inf/NaN give defined but meaningless blocks. */
#include "tensor_types.h"

#include <math.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------------ type table */

static const cc_ttype_info type_table[] = {
    {CC_T_F32, "f32", 1, 4},
    {CC_T_F16, "f16", 1, 2},
    {CC_T_Q4_0, "q4_0", CC_QK, sizeof(cc_block_q4_0)},
    {CC_T_Q4_1, "q4_1", CC_QK, sizeof(cc_block_q4_1)},
    {CC_T_Q8_0, "q8_0", CC_QK, sizeof(cc_block_q8_0)},
    {CC_T_Q4_K, "q4_K", CC_QK_K, sizeof(cc_block_q4_K)},
    {CC_T_Q6_K, "q6_K", CC_QK_K, sizeof(cc_block_q6_K)},
    {CC_T_BF16, "bf16", 1, 2},
};

_Static_assert(sizeof(cc_block_q8_0) == 34, "q8_0 block");
_Static_assert(sizeof(cc_block_q4_0) == 18, "q4_0 block");
_Static_assert(sizeof(cc_block_q4_1) == 20, "q4_1 block");
_Static_assert(sizeof(cc_block_q4_K) == 144, "q4_K block");
_Static_assert(sizeof(cc_block_q6_K) == 210, "q6_K block");

const cc_ttype_info *cc_ttype_get(uint32_t type_id) {
    for (size_t i = 0; i < sizeof type_table / sizeof type_table[0]; i++)
        if ((uint32_t)type_table[i].type == type_id) return &type_table[i];
    return NULL;
}

const cc_ttype_info *cc_ttype_by_name(const char *name) {
    if (!name) return NULL;
    for (size_t i = 0; i < sizeof type_table / sizeof type_table[0]; i++)
        if (strcasecmp(type_table[i].name, name) == 0) return &type_table[i];
    return NULL;
}

cc_status cc_ttype_row_bytes(cc_ttype t, int64_t n, size_t *out, cc_error *err) {
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)t);
    if (!ti) return cc_fail(err, CC_ERR_UNSUPPORTED, "tensor type %u is not supported", (unsigned)t);
    if (n < 0) return cc_fail(err, CC_ERR_RANGE, "negative element count %lld", (long long)n);
    if (n % ti->block_elems != 0)
        return cc_fail(err, CC_ERR_FORMAT, "%lld elements is not a multiple of the %s block size %lld",
                       (long long)n, ti->name, (long long)ti->block_elems);
    size_t blocks = (size_t)(n / ti->block_elems), bytes;
    if ((uint64_t)(n / ti->block_elems) > SIZE_MAX || !cc_mul_size(blocks, ti->block_bytes, &bytes))
        return cc_fail(err, CC_ERR_RANGE, "%lld %s elements overflow the size type", (long long)n, ti->name);
    *out = bytes;
    return CC_OK;
}

/* ------------------------------------------------------------------ fp16 / bf16 */

static inline uint32_t f32_bits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}
static inline float bits_f32(uint32_t u) {
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static inline float h2f(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16;
    uint32_t em = h & 0x7fffu;
    /* The exponent and mantissa bits shifted into f32 position read as 2^-112
     * times the value, for normals and subnormals alike (a subnormal half lands
     * on an f32 denormal); one exact multiply rescales.  Inf/NaN keep their payload. */
    float f = bits_f32(em << 13) * 0x1p112f;
    if (em >= 0x7c00u) f = bits_f32((em << 13) | 0x7f800000u);
    return bits_f32(f32_bits(f) | sign);
}

float cc_fp16_to_f32(uint16_t h) { return h2f(h); }

uint16_t cc_f32_to_fp16(float f) {
    uint32_t x = f32_bits(f);
    uint16_t sign = (uint16_t)((x >> 16) & 0x8000);
    x &= 0x7fffffffu;
    if (x > 0x7f800000u) /* NaN: quiet, keep the top payload bits */
        return (uint16_t)(sign | 0x7e00 | ((x >> 13) & 0x3ff));
    if (x >= 0x477ff000u) /* >= 65520 rounds to inf (65504 is odd, the tie goes up) */
        return (uint16_t)(sign | 0x7c00);
    if (x < 0x38800000u) {
        /* below the smallest normal 2^-14: adding 0.5 puts the half-subnormal ulp
         * (2^-24) at the f32 ulp of 0.5, so the FPU rounds to nearest even. */
        float v = bits_f32(x) + 0.5f;
        return (uint16_t)(sign | (uint16_t)(f32_bits(v) - 0x3f000000u));
    }
    uint32_t odd = (x >> 13) & 1;
    x += 0xc8000000u /* exponent rebias (15 - 127) << 23 */ + 0xfffu + odd;
    return (uint16_t)(sign | (uint16_t)(x >> 13));
}

float cc_bf16_to_f32(uint16_t h) { return bits_f32((uint32_t)h << 16); }

uint16_t cc_f32_to_bf16(float f) {
    uint32_t x = f32_bits(f);
    if ((x & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((x >> 16) | 0x40);
    return (uint16_t)((x + 0x7fffu + ((x >> 16) & 1)) >> 16);
}

/* ------------------------------------------------------------------ byte helpers */

static inline float rd_h(const uint8_t *p) {
    uint16_t h;
    memcpy(&h, p, 2);
    return h2f(h);
}
static inline void wr_h(uint8_t *p, float v) {
    uint16_t h = cc_f32_to_fp16(v);
    memcpy(p, &h, 2);
}

/* ------------------------------------------------------------------ dequantization */

static void deq_q8_0(const uint8_t *b, float *y, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, b += 34, y += CC_QK) {
        float d = rd_h(b);
        for (int j = 0; j < CC_QK; j++) y[j] = (float)(int8_t)b[2 + j] * d;
    }
}

static void deq_q4_0(const uint8_t *b, float *y, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, b += 18, y += CC_QK) {
        float d = rd_h(b);
        const uint8_t *qs = b + 2;
        for (int j = 0; j < CC_QK / 2; j++) {
            y[j] = d * (float)((int)(qs[j] & 0xf) - 8);
            y[j + CC_QK / 2] = d * (float)((int)(qs[j] >> 4) - 8);
        }
    }
}

static void deq_q4_1(const uint8_t *b, float *y, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, b += 20, y += CC_QK) {
        float d = rd_h(b), m = rd_h(b + 2);
        const uint8_t *qs = b + 4;
        for (int j = 0; j < CC_QK / 2; j++) {
            y[j] = d * (float)(qs[j] & 0xf) + m;
            y[j + CC_QK / 2] = d * (float)(qs[j] >> 4) + m;
        }
    }
}

/* Scale and min of sub-block j (0..7) from the 12 packed bytes of a Q4_K block. */
static inline void q4k_scale_min(int j, const uint8_t *q, uint8_t *sc, uint8_t *m) {
    if (j < 4) {
        *sc = q[j] & 63;
        *m = q[j + 4] & 63;
    } else {
        *sc = (uint8_t)((q[j + 4] & 0xf) | ((q[j - 4] >> 6) << 4));
        *m = (uint8_t)((q[j + 4] >> 4) | ((q[j] >> 6) << 4));
    }
}

static void deq_q4_K(const uint8_t *b, float *y, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, b += 144) {
        float d = rd_h(b), dmin = rd_h(b + 2);
        const uint8_t *scales = b + 4, *q = b + 16;
        for (int j = 0; j < CC_QK_K; j += 64, q += 32) {
            uint8_t sc, m;
            int is = j / 32;
            q4k_scale_min(is, scales, &sc, &m);
            float d1 = d * sc, m1 = dmin * m;
            q4k_scale_min(is + 1, scales, &sc, &m);
            float d2 = d * sc, m2 = dmin * m;
            for (int l = 0; l < 32; l++) *y++ = d1 * (float)(q[l] & 0xf) - m1;
            for (int l = 0; l < 32; l++) *y++ = d2 * (float)(q[l] >> 4) - m2;
        }
    }
}

static void deq_q6_K(const uint8_t *b, float *y, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, b += 210) {
        const uint8_t *ql = b, *qh = b + 128;
        const int8_t *sc = (const int8_t *)(b + 192);
        float d = rd_h(b + 208);
        for (int n = 0; n < CC_QK_K; n += 128, y += 128, ql += 64, qh += 32, sc += 8) {
            for (int l = 0; l < 32; l++) {
                int is = l / 16;
                int q1 = (int)((ql[l] & 0xf) | (((qh[l] >> 0) & 3) << 4)) - 32;
                int q2 = (int)((ql[l + 32] & 0xf) | (((qh[l] >> 2) & 3) << 4)) - 32;
                int q3 = (int)((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                int q4 = (int)((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                y[l + 0] = d * sc[is + 0] * (float)q1;
                y[l + 32] = d * sc[is + 2] * (float)q2;
                y[l + 64] = d * sc[is + 4] * (float)q3;
                y[l + 96] = d * sc[is + 6] * (float)q4;
            }
        }
    }
}

cc_status cc_dequantize_row(cc_ttype t, const void *src, float *dst, int64_t n, cc_error *err) {
    size_t bytes;
    cc_status st = cc_ttype_row_bytes(t, n, &bytes, err);
    if (st != CC_OK) return st;
    const uint8_t *s = src;
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)t);
    int64_t nb = n / ti->block_elems;
    switch (t) {
    case CC_T_F32: memcpy(dst, src, bytes); break;
    case CC_T_F16:
        for (int64_t i = 0; i < n; i++) dst[i] = rd_h(s + 2 * i);
        break;
    case CC_T_BF16:
        for (int64_t i = 0; i < n; i++) {
            uint16_t h;
            memcpy(&h, s + 2 * i, 2);
            dst[i] = cc_bf16_to_f32(h);
        }
        break;
    case CC_T_Q8_0: deq_q8_0(s, dst, nb); break;
    case CC_T_Q4_0: deq_q4_0(s, dst, nb); break;
    case CC_T_Q4_1: deq_q4_1(s, dst, nb); break;
    case CC_T_Q4_K: deq_q4_K(s, dst, nb); break;
    case CC_T_Q6_K: deq_q6_K(s, dst, nb); break;
    }
    return CC_OK;
}

/* ------------------------------------------------------------------ quantization */

static void q_q8_0(const float *x, uint8_t *b, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, x += CC_QK, b += 34) {
        float amax = 0.0f;
        for (int j = 0; j < CC_QK; j++) amax = fmaxf(amax, fabsf(x[j]));
        float d = amax / 127.0f;
        float id = d != 0.0f ? 1.0f / d : 0.0f;
        wr_h(b, d);
        for (int j = 0; j < CC_QK; j++) {
            float v = roundf(x[j] * id);
            if (!(fabsf(v) <= 127.0f)) v = v > 0 ? 127.0f : v < 0 ? -127.0f : 0.0f; /* only for inf/NaN input */
            b[2 + j] = (uint8_t)(int8_t)v;
        }
    }
}

/* GGML's MIN(15, (int8_t)v): truncation toward zero, capped at 15; v is in
 * [0, 16.5] for finite input, and inf/NaN (undefined to cast) map into range. */
static inline int trunc_nibble(float v) {
    if (!(v >= 0.0f)) return 0;
    if (v >= 15.0f) return 15;
    return (int)v;
}

static void q_q4_0(const float *x, uint8_t *b, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, x += CC_QK, b += 18) {
        float amax = 0.0f, max = 0.0f; /* max: the element of largest magnitude, signed */
        for (int j = 0; j < CC_QK; j++)
            if (amax < fabsf(x[j])) {
                amax = fabsf(x[j]);
                max = x[j];
            }
        float d = max / -8.0f;
        float id = d != 0.0f ? 1.0f / d : 0.0f;
        wr_h(b, d);
        for (int j = 0; j < CC_QK / 2; j++) {
            int q0 = trunc_nibble(x[j] * id + 8.5f), q1 = trunc_nibble(x[j + CC_QK / 2] * id + 8.5f);
            b[2 + j] = (uint8_t)(q0 | (q1 << 4));
        }
    }
}

static void q_q4_1(const float *x, uint8_t *b, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, x += CC_QK, b += 20) {
        float min = INFINITY, max = -INFINITY;
        for (int j = 0; j < CC_QK; j++) {
            if (x[j] < min) min = x[j];
            if (x[j] > max) max = x[j];
        }
        float d = (max - min) / 15.0f;
        float id = d != 0.0f ? 1.0f / d : 0.0f;
        wr_h(b, d);
        wr_h(b + 2, min);
        for (int j = 0; j < CC_QK / 2; j++) {
            int q0 = trunc_nibble((x[j] - min) * id + 0.5f), q1 = trunc_nibble((x[j + CC_QK / 2] - min) * id + 0.5f);
            b[4 + j] = (uint8_t)(q0 | (q1 << 4));
        }
    }
}

static inline int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

static void q_q4_K(const float *x, uint8_t *b, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, x += CC_QK_K, b += 144) {
        float scale[8], mn[8]; /* per 32-element sub-block: step and -(minimum) >= 0 */
        float max_scale = 0.0f, max_min = 0.0f;
        for (int s = 0; s < 8; s++) {
            float lo = x[32 * s], hi = x[32 * s];
            for (int l = 1; l < 32; l++) {
                lo = fminf(lo, x[32 * s + l]);
                hi = fmaxf(hi, x[32 * s + l]);
            }
            if (lo > 0.0f) lo = 0.0f; /* the format subtracts a non-negative min */
            scale[s] = (hi - lo) / 15.0f;
            mn[s] = -lo;
            max_scale = fmaxf(max_scale, scale[s]);
            max_min = fmaxf(max_min, mn[s]);
        }
        /* Super-block scales; rounded through fp16 first so the 6-bit scales are
         * chosen against the values the dequantizer will use. */
        float d = cc_fp16_to_f32(cc_f32_to_fp16(max_scale / 63.0f));
        float dmin = cc_fp16_to_f32(cc_f32_to_fp16(max_min / 63.0f));
        uint8_t *sc12 = b + 4, *qs = b + 16;
        memcpy(b, &(uint16_t){cc_f32_to_fp16(d)}, 2);
        memcpy(b + 2, &(uint16_t){cc_f32_to_fp16(dmin)}, 2);
        memset(sc12, 0, 12);
        uint8_t L[CC_QK_K];
        for (int s = 0; s < 8; s++) {
            int ls = d > 0.0f ? clampi((int)lrintf(scale[s] / d), 0, 63) : 0;
            int lm = dmin > 0.0f ? clampi((int)lrintf(mn[s] / dmin), 0, 63) : 0;
            /* a sub-block whose step rounded to 0 still needs a step if it has range */
            if (ls == 0 && scale[s] > 0.0f && d > 0.0f) ls = 1;
            if (s < 4) {
                sc12[s] = (uint8_t)ls;
                sc12[s + 4] = (uint8_t)lm;
            } else {
                sc12[s + 4] = (uint8_t)((ls & 0xf) | ((lm & 0xf) << 4));
                sc12[s - 4] |= (uint8_t)((ls >> 4) << 6);
                sc12[s] |= (uint8_t)((lm >> 4) << 6);
            }
            float step = d * (float)ls, off = dmin * (float)lm;
            for (int l = 0; l < 32; l++) {
                int q = step > 0.0f ? (int)lrintf((x[32 * s + l] + off) / step) : 0;
                L[32 * s + l] = (uint8_t)clampi(q, 0, 15);
            }
        }
        for (int j = 0; j < CC_QK_K; j += 64, qs += 32)
            for (int l = 0; l < 32; l++) qs[l] = (uint8_t)(L[j + l] | (L[j + l + 32] << 4));
    }
}

static void q_q6_K(const float *x, uint8_t *b, int64_t nb) {
    for (int64_t i = 0; i < nb; i++, x += CC_QK_K, b += 210) {
        float scale[16]; /* per 16 elements: signed step, so the largest magnitude maps to -32 */
        float max_scale = 0.0f, amax_scale = 0.0f;
        for (int s = 0; s < 16; s++) {
            float amax = 0.0f, max = 0.0f;
            for (int l = 0; l < 16; l++)
                if (amax < fabsf(x[16 * s + l])) {
                    amax = fabsf(x[16 * s + l]);
                    max = x[16 * s + l];
                }
            scale[s] = max / -32.0f;
            if (fabsf(scale[s]) > amax_scale) {
                amax_scale = fabsf(scale[s]);
                max_scale = scale[s];
            }
        }
        float d = cc_fp16_to_f32(cc_f32_to_fp16(max_scale / -128.0f));
        uint8_t *ql = b, *qh = b + 128;
        int8_t *sc = (int8_t *)(b + 192);
        memcpy(b + 208, &(uint16_t){cc_f32_to_fp16(d)}, 2);
        uint8_t L[CC_QK_K];
        for (int s = 0; s < 16; s++) {
            int ls = d != 0.0f ? clampi((int)lrintf(scale[s] / d), -128, 127) : 0;
            sc[s] = (int8_t)ls;
            float step = d * (float)ls;
            for (int l = 0; l < 16; l++) {
                int q = step != 0.0f ? (int)lrintf(x[16 * s + l] / step) : 0;
                L[16 * s + l] = (uint8_t)(clampi(q, -32, 31) + 32);
            }
        }
        for (int j = 0; j < CC_QK_K; j += 128, ql += 64, qh += 32)
            for (int l = 0; l < 32; l++) {
                ql[l] = (uint8_t)((L[j + l] & 0xf) | ((L[j + l + 64] & 0xf) << 4));
                ql[l + 32] = (uint8_t)((L[j + l + 32] & 0xf) | ((L[j + l + 96] & 0xf) << 4));
                qh[l] = (uint8_t)((L[j + l] >> 4) | ((L[j + l + 32] >> 4) << 2) | ((L[j + l + 64] >> 4) << 4) |
                                  ((L[j + l + 96] >> 4) << 6));
            }
    }
}

cc_status cc_quantize_row(cc_ttype t, const float *src, void *dst, int64_t n, cc_error *err) {
    size_t bytes;
    cc_status st = cc_ttype_row_bytes(t, n, &bytes, err);
    if (st != CC_OK) return st;
    uint8_t *d = dst;
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)t);
    int64_t nb = n / ti->block_elems;
    switch (t) {
    case CC_T_F32: memcpy(dst, src, bytes); break;
    case CC_T_F16:
        for (int64_t i = 0; i < n; i++) wr_h(d + 2 * i, src[i]);
        break;
    case CC_T_BF16:
        for (int64_t i = 0; i < n; i++) {
            uint16_t h = cc_f32_to_bf16(src[i]);
            memcpy(d + 2 * i, &h, 2);
        }
        break;
    case CC_T_Q8_0: q_q8_0(src, d, nb); break;
    case CC_T_Q4_0: q_q4_0(src, d, nb); break;
    case CC_T_Q4_1: q_q4_1(src, d, nb); break;
    case CC_T_Q4_K: q_q4_K(src, d, nb); break;
    case CC_T_Q6_K: q_q6_K(src, d, nb); break;
    }
    return CC_OK;
}
