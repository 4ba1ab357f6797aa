/* cpu_kernels.h - internal to the CPU engine: the table of ISA-specific
 * kernels behind cpu_ops.h, the unpacked weight-row format, and the float
 * combination step shared verbatim by every variant (so they agree bitwise). */
#ifndef CLINCLEAN_CPU_KERNELS_H
#define CLINCLEAN_CPU_KERNELS_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "cpu_ops.h"

/* A quantized weight row unpacked for integer dot products:
 * w[k] = a[k/16] * (q[k] - c) + b[k/16]   (b == NULL means 0). */
typedef struct {
    const uint8_t *q;   /* [K] codes: unsigned 0..63, or int8 when is_signed */
    const float *a;     /* [K/16] scale per 16 elements */
    const float *b;     /* [K/16] additive min per 16 elements, or NULL */
    int32_t c;          /* integer zero point subtracted from the codes (Q4_0: 8, Q6_K: 32) */
    bool is_signed;     /* q holds int8 (Q8_0) rather than small unsigned codes */
} cc_qrow;

typedef struct {
    float (*dot_f32)(const float *a, const float *b, int64_t n);
    void (*axpy)(float *y, float a, const float *x, int64_t n);
    /* out[r] = dot_f32(q, k + r * ld, n) * scale for r < nr: each bitwise one dot_f32 call's
     * result times scale (attention scores over consecutive cached K rows). */
    void (*dot_rows)(const float *q, const float *k, int64_t ld, int64_t nr, int64_t n, float scale, float *out);
    /* axpy(y, a[r], v + r * ld, n) for r = 0 .. nr-1 in that order, bitwise (attention's weighted V sum). */
    void (*axpy_rows)(float *y, const float *a, const float *v, int64_t ld, int64_t nr, int64_t n);
    void (*quantize_act)(const float *x, cc_act_block *out, int64_t n);
    void (*f16_to_f32)(const uint16_t *src, float *dst, int64_t n);
    /* sum_k w[k] * x[k] over nblk activation blocks; see cc_qcombine. */
    float (*qdot)(const cc_qrow *w, const cc_act_block *x, int64_t nblk);
    /* The same straight from a Q8_0 / Q4_0 / Q4_1 row (no unpacking); see cc_blk32 below. */
    float (*bdot)(cc_ttype t, const void *row, const cc_act_block *x, int64_t nblk);
    /* bdot for 4 (8) tokens at once, token i's blocks at x + i * ldx: each out[i] bitwise equal
     * to bdot's, the weight blocks are unpacked once for the 4 (8). */
    void (*bdot4)(cc_ttype t, const void *row, const cc_act_block *x, int64_t ldx, int64_t nblk, float out[4]);
    void (*bdot8)(cc_ttype t, const void *row, const cc_act_block *x, int64_t ldx, int64_t nblk, float out[8]);
    /* Unpack one Q4_K / Q6_K row into q[K], a[K/16], b[K/16] (exact: every variant writes the same). */
    void (*unpack_k)(cc_ttype t, const void *src, int64_t K, uint8_t *q, float *a, float *b, cc_qrow *out);
} cc_cpu_kernels;

/* The 6-bit scale and min of sub-block s (0..7) of a Q4_K super-block (GGML's get_scale_min_k4). */
static inline void cc_q4k_scale_min(const uint8_t *sc, int s, int *scv, int *mv) {
    if (s < 4) {
        *scv = sc[s] & 63;
        *mv = sc[s + 4] & 63;
    } else {
        *scv = (sc[s + 4] & 0x0F) | ((sc[s - 4] >> 6) << 4);
        *mv = (sc[s + 4] >> 4) | ((sc[s] >> 6) << 4);
    }
}

/* Order of cc_cpu_kernels.bdot (32-element-block types), shared by every variant:
 * block j's products q[k]*xq[k] (q signed: Q8_0 codes, Q4_0 codes - 8; unsigned
 * for Q4_1) are summed exactly in 8 lanes of 4 consecutive elements; lane l of
 * block j accumulates into L[8*(j%2) + l] = fmaf((float)lane, d_w*d_x, L[..]);
 * Q4_1's min m adds M[l] = fmaf(x.xs[l], m, M[l]) for the 8 lanes, in block order.
 * Result: cc_lanes16_reduce(L) + cc_lanes8_reduce(M). */
static inline float cc_lanes16_reduce(const float l[16]) {
    float r[8];
    for (int j = 0; j < 8; j++) r[j] = l[j] + l[j + 8];
    for (int j = 0; j < 4; j++) r[j] = r[j] + r[j + 4];
    for (int j = 0; j < 2; j++) r[j] = r[j] + r[j + 2];
    return r[0] + r[1];
}

static inline float cc_lanes8_reduce(const float l[8]) {
    float r[4];
    for (int j = 0; j < 4; j++) r[j] = l[j] + l[j + 4];
    for (int j = 0; j < 2; j++) r[j] = r[j] + r[j + 2];
    return r[0] + r[1];
}

static inline bool cc_is_blk32(cc_ttype t) { return t == CC_T_Q8_0 || t == CC_T_Q4_0 || t == CC_T_Q4_1; }

extern const cc_cpu_kernels cc_cpu_kernels_scalar;
/* The portable unpacker of the K-quants (and of every quantized type), cpu_matmul.c. */
void cc_unpack_qrow_scalar(cc_ttype t, const void *src, int64_t K, uint8_t *q, float *a, float *b, cc_qrow *out);
#if defined(__x86_64__)
extern const cc_cpu_kernels cc_cpu_kernels_avx2;
extern const cc_cpu_kernels cc_cpu_kernels_vnni;
#endif

static inline const cc_cpu_kernels *cc_cpu_kernels_for(cc_cpu_isa isa) {
#if defined(__x86_64__)
    if (isa == CC_ISA_AVX2) return &cc_cpu_kernels_avx2;
    if (isa == CC_ISA_AVX512VNNI) return &cc_cpu_kernels_vnni;
#endif
    (void)isa;
    return &cc_cpu_kernels_scalar;
}

/* Accumulate block j of a quantized dot: i0/i1 are the exact integer sums
 * sum q*xq over the two 16-element halves.  Every variant calls this, in block
 * order, so the float rounding is the same everywhere. */
static inline float cc_qcombine(float acc, const cc_qrow *w, const cc_act_block *x, int64_t j, int32_t i0,
                                int32_t i1) {
    int32_t s0 = x->s[0], s1 = x->s[1];
    float t = w->a[2 * j] * (float)(i0 - w->c * s0);
    t = fmaf(w->a[2 * j + 1], (float)(i1 - w->c * s1), t);
    if (w->b) {
        t = fmaf(w->b[2 * j], (float)s0, t);
        t = fmaf(w->b[2 * j + 1], (float)s1, t);
    }
    return fmaf(x->d, t, acc);
}

/* The fixed lane-combination of cc_cpu_dot_f32 from 32 lane accumulators. */
static inline float cc_lanes32_reduce(const float l[32]) {
    float r[8];
    for (int j = 0; j < 8; j++) r[j] = (l[j] + l[j + 8]) + (l[j + 16] + l[j + 24]);
    for (int j = 0; j < 4; j++) r[j] = r[j] + r[j + 4];
    for (int j = 0; j < 2; j++) r[j] = r[j] + r[j + 2];
    return r[0] + r[1];
}

#endif
