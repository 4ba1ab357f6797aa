/* ref_util.h - small helpers shared by the CPU references of the kernels and
 * by the kernel tests: fp16 / bf16 conversion written independently of the
 * CUDA intrinsics (so a test compares two implementations), and the fixed
 * test-data generator.  Plain C, header-only. */
#ifndef CLINCLEAN_REF_UTIL_H
#define CLINCLEAN_REF_UTIL_H

#include <math.h>
#include <stdint.h>
#include <string.h>

/* IEEE half bits -> float (exact, handles subnormals, inf and NaN). */
static inline float cc_ref_half_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h >> 15) << 31;
    int exp = (h >> 10) & 0x1f;
    uint32_t man = h & 0x3ffu;
    float mag;
    if (exp == 0) {
        mag = ldexpf((float)man, -24); /* subnormal or zero */
    } else if (exp == 31) {
        mag = man ? NAN : INFINITY;
    } else {
        mag = ldexpf((float)(man | 0x400u), exp - 25);
    }
    uint32_t bits;
    memcpy(&bits, &mag, 4);
    bits |= sign;
    memcpy(&mag, &bits, 4);
    return mag;
}

/* float -> IEEE half bits, round to nearest even (finite inputs in half range). */
static inline uint16_t cc_ref_f32_to_half(float f) {
    uint16_t sign = signbit(f) ? 0x8000u : 0;
    float a = fabsf(f);
    if (isnan(f)) return (uint16_t)(sign | 0x7e00u);
    if (a >= 65520.0f) return (uint16_t)(sign | 0x7c00u);
    if (a < ldexpf(1.0f, -14)) { /* subnormal: units of 2^-24 */
        float q = nearbyintf(ldexpf(a, 24));
        return (uint16_t)(sign | (uint16_t)q);
    }
    int e;
    float m = frexpf(a, &e);                  /* a = m * 2^e, m in [0.5, 1) */
    float q = nearbyintf(ldexpf(m, 11));      /* 11 significant bits, in [1024, 2048] */
    if (q >= 2048.0f) { q = 1024.0f; e++; }
    if (e + 14 >= 31) return (uint16_t)(sign | 0x7c00u);
    return (uint16_t)(sign | (uint16_t)((e + 14) << 10) | ((uint16_t)q & 0x3ffu));
}

static inline float cc_ref_bf16_to_f32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

/* float -> bf16 bits, round to nearest even (NaN stays a quiet NaN). */
static inline uint16_t cc_ref_f32_to_bf16(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    if (isnan(f)) return (uint16_t)((bits >> 16) | 0x40u);
    bits += 0x7fffu + ((bits >> 16) & 1u);
    return (uint16_t)(bits >> 16);
}

/* fp8 e4m3 (1 sign, 4 exponent bits with bias 7, 3 mantissa bits, no infinities,
 * 0x7f/0xff NaN, largest finite 448) -> float, exact. */
static inline float cc_ref_e4m3_to_f32(uint8_t b) {
    int e = (b >> 3) & 15, m = b & 7;
    float v;
    if (e == 15 && m == 7) v = NAN;
    else if (e == 0) v = ldexpf((float)m, -9);            /* subnormal: m/8 * 2^-6 */
    else v = ldexpf((float)(8 + m), e - 10);              /* (1 + m/8) * 2^(e-7) */
    return (b & 0x80) ? -v : v;
}

/* float -> e4m3, round to nearest even, saturated to +-448 (CUDA's __NV_SATFINITE). */
static inline uint8_t cc_ref_f32_to_e4m3(float f) {
    uint8_t sign = signbit(f) ? 0x80u : 0;
    float a = fabsf(f);
    if (isnan(f)) return 0x7fu;
    if (a >= 448.0f) return (uint8_t)(sign | 0x7eu);
    if (a < ldexpf(1.0f, -6)) return (uint8_t)(sign | (uint8_t)nearbyintf(ldexpf(a, 9))); /* 2^-9 units; 8 = min normal */
    int e;
    float m = frexpf(a, &e);                 /* a = m * 2^e, m in [0.5, 1) */
    float q = nearbyintf(ldexpf(m, 4));      /* 4 significant bits, in [8, 16] */
    if (q >= 16.0f) { q = 8.0f; e++; }
    return (uint8_t)(sign | (uint8_t)((e + 6) << 3) | (uint8_t)((int)q - 8));
}

/* A tiny deterministic generator for test data (xorshift64*). */
static inline uint64_t cc_ref_rand_u64(uint64_t *state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform float in [lo, hi). */
static inline float cc_ref_rand_f32(uint64_t *state, float lo, float hi) {
    double u = (double)(cc_ref_rand_u64(state) >> 11) * (1.0 / 9007199254740992.0);
    return (float)(lo + (hi - lo) * u);
}

#endif
