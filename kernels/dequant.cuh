/* dequant.cuh - device-side decoding of one 16-byte "unit" of a weight row
 * in the plane layout of qrepack.h, shared by the matvec (mmv_quant.cu), the
 * load-time bf16 expansion (gemm.cu) and the embedding gather
 * (elementwise.cu).
 *
 * cc_dequant_unit<T>(w, row, u, v, s0, s1) reads unit u of the row with one
 * aligned 16-byte load of plane 0 (plus small scale loads; cc_load_unit, which
 * a kernel may call for several units before decoding any with
 * cc_decode_unit) and writes
 * CC_UNIT<T> floats to v: v[0..15] (or fewer) are row elements s0, s0+1, ...
 * and, for 32-element units, v[16..31] are elements s1, s1+1, ...
 * Lane l of a warp taking unit base+l makes the plane-0 loads of a warp one
 * contiguous 512-byte request. */
#ifndef CLINCLEAN_DEQUANT_CUH
#define CLINCLEAN_DEQUANT_CUH

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <stdint.h>

#include "cuda_ops.h"

/* The kernel-side copy of a cc_dev_weight (passed by value). */
struct cc_wdev {
    const uint8_t *p0, *p1, *p2, *p3; /* plane base pointers */
    int64_t rb0, rb1, rb2, rb3;       /* bytes of one row in each plane */
    int64_t n_rows, n_cols;           /* N, K */
};

static inline cc_wdev cc_wdev_from(const cc_dev_weight *w) {
    cc_wdev d;
    d.p0 = (const uint8_t *)w->plane[0];
    d.p1 = (const uint8_t *)w->plane[1];
    d.p2 = (const uint8_t *)w->plane[2];
    d.p3 = (const uint8_t *)w->plane[3];
    d.rb0 = (int64_t)w->plane_row_bytes[0];
    d.rb1 = (int64_t)w->plane_row_bytes[1];
    d.rb2 = (int64_t)w->plane_row_bytes[2];
    d.rb3 = (int64_t)w->plane_row_bytes[3];
    d.n_rows = w->n_rows;
    d.n_cols = w->n_cols;
    return d;
}

/* Elements per unit, by type (matches cc_qunit_elems). */
template <cc_ttype T> struct cc_unit_elems { static const int value = 32; };
template <> struct cc_unit_elems<CC_T_F16> { static const int value = 8; };
template <> struct cc_unit_elems<CC_T_BF16> { static const int value = 8; };
template <> struct cc_unit_elems<CC_T_Q8_0> { static const int value = 16; };

union cc_u16b {
    uint4 v;
    uint8_t b[16];
    int8_t s[16];
    uint16_t h[8];
};

/* Host and device: tests/gpu/test_dequant_host.cu runs the unit decoders on the CPU. */
#define CC_DQ __host__ __device__ __forceinline__
#ifdef __CUDA_ARCH__
#define CC_DQ_UNROLL _Pragma("unroll")
#else
#define CC_DQ_UNROLL
#endif

CC_DQ float cc_h2f(uint16_t h) { return __half2float(__ushort_as_half(h)); }
CC_DQ float cc_b2f(uint16_t h) {
    union {
        uint32_t u;
        float f;
    } c;
    c.u = (uint32_t)h << 16;
    return c.f;
}

CC_DQ cc_u16b cc_load16(const uint8_t *p) {
    cc_u16b r;
#ifdef __CUDA_ARCH__
    r.v = __ldg((const uint4 *)p);
#else
    r.v = *(const uint4 *)p;
#endif
    return r;
}

/* Byte i (0..15) of a unit, by shifts of its four words: no indexing into the union, which
 * would put the unit in local memory when i is not a compile-time constant. */
CC_DQ uint32_t cc_u16b_byte(const cc_u16b &u, int i) {
    const uint32_t w = i < 4 ? u.v.x : i < 8 ? u.v.y : i < 12 ? u.v.z : u.v.w;
    return (w >> (8 * (i & 3))) & 0xffu;
}

/* The 6-bit scale and min of sub-block j (0..7) from a Q4_K super-block's metadata (d, dmin,
 * then scales[12] at bytes 4..15). */
CC_DQ void cc_q4k_scale_min(const cc_u16b &meta, int j, float *sc, float *mn) {
    if (j < 4) {
        *sc = (float)(cc_u16b_byte(meta, 4 + j) & 63);
        *mn = (float)(cc_u16b_byte(meta, 8 + j) & 63);
    } else {
        *sc = (float)((cc_u16b_byte(meta, 8 + j) & 0x0f) | ((cc_u16b_byte(meta, j) >> 6) << 4));
        *mn = (float)((cc_u16b_byte(meta, 8 + j) >> 4) | ((cc_u16b_byte(meta, 4 + j) >> 6) << 4));
    }
}

/* What one unit's decoding reads, fetched before any of it is decoded (cc_load_unit), so a kernel
 * can keep several units' loads in flight: q = the unit's 16 bytes of plane 0; aux = the scale
 * fields it needs (q8_0/q4_0: d in aux.x's low half; q4_1: d,m in aux.x; q4_K: the super-block's
 * 16 bytes d,dmin,scales[12]; q6_K: the unit's 16 bytes of qh, with scales[base/16] and
 * scales[base/16+4] in sc and d's bits in dh). */
struct cc_unit_raw {
    cc_u16b q;
    cc_u16b aux;
    int8_t sc[2];
    uint16_t dh;
};

template <cc_ttype T>
CC_DQ cc_unit_raw cc_load_unit(const cc_wdev &w, int64_t row, int64_t u) {
    cc_unit_raw r;
    r.q = cc_load16(w.p0 + row * w.rb0 + u * 16);
    r.aux.v = make_uint4(0u, 0u, 0u, 0u);
    r.sc[0] = r.sc[1] = 0;
    r.dh = 0;
    if (T == CC_T_Q8_0) {
        r.aux.h[0] = *(const uint16_t *)(w.p1 + row * w.rb1 + 2 * (u / 2));
    } else if (T == CC_T_Q4_0) {
        r.aux.h[0] = *(const uint16_t *)(w.p1 + row * w.rb1 + 2 * u);
    } else if (T == CC_T_Q4_1) {
        r.aux.v.x = *(const uint32_t *)(w.p1 + row * w.rb1 + 4 * u);
    } else if (T == CC_T_Q4_K) {
        r.aux = cc_load16(w.p1 + row * w.rb1 + 16 * (u / 8));
    } else if (T == CC_T_Q6_K) {
        const int64_t sb = u / 8;
        const int c = (int)(u % 8), h = c / 4, sq = c % 4, sl = sq >> 1;
        r.aux = cc_load16(w.p1 + row * w.rb1 + 64 * sb + 32 * h + 16 * (sq & 1));
        const int8_t *scales = (const int8_t *)(w.p2 + row * w.rb2 + 16 * sb);
        const int base = 128 * h + 32 * sl + 16 * (sq & 1);
        r.sc[0] = scales[base / 16];
        r.sc[1] = scales[base / 16 + 4];
        r.dh = *(const uint16_t *)(w.p3 + row * w.rb3 + 2 * sb);
    }
    return r;
}

/* Unit u's elements from what cc_load_unit fetched: v[0..) are row elements s0, s0+1, ... and,
 * for 32-element units, v[16..31] are elements s1, s1+1, ... */
template <cc_ttype T>
CC_DQ void cc_decode_unit(const cc_unit_raw &r, int64_t u, float *v, int64_t &s0, int64_t &s1) {
    const cc_u16b &q = r.q;
    if (T == CC_T_F16 || T == CC_T_BF16) {
CC_DQ_UNROLL
        for (int i = 0; i < 8; i++) v[i] = T == CC_T_F16 ? cc_h2f(q.h[i]) : cc_b2f(q.h[i]);
        s0 = 8 * u;
        s1 = s0;
    } else if (T == CC_T_Q8_0) {
        const float d = cc_h2f(r.aux.h[0]);
CC_DQ_UNROLL
        for (int i = 0; i < 16; i++) v[i] = d * (float)q.s[i];
        s0 = 16 * u;
        s1 = s0;
    } else if (T == CC_T_Q4_0) {
        const float d = cc_h2f(r.aux.h[0]);
CC_DQ_UNROLL
        for (int i = 0; i < 16; i++) {
            v[i] = d * (float)((int)(q.b[i] & 0x0f) - 8);
            v[16 + i] = d * (float)((int)(q.b[i] >> 4) - 8);
        }
        s0 = 32 * u;
        s1 = s0 + 16;
    } else if (T == CC_T_Q4_1) {
        const float d = cc_h2f(r.aux.h[0]), m = cc_h2f(r.aux.h[1]);
CC_DQ_UNROLL
        for (int i = 0; i < 16; i++) {
            v[i] = d * (float)(q.b[i] & 0x0f) + m;
            v[16 + i] = d * (float)(q.b[i] >> 4) + m;
        }
        s0 = 32 * u;
        s1 = s0 + 16;
    } else if (T == CC_T_Q4_K) {
        /* unit c = u % 8 of super-block sb: qs bytes 16c..16c+15 = group g = c/2, half hf = c%2;
         * low nibbles are elements 64g + 16hf + i (sub-block 2g), high nibbles 32 later (2g+1). */
        const int64_t sb = u / 8;
        const int c = (int)(u % 8), g = c / 2, hf = c % 2;
        const cc_u16b &meta = r.aux;
        const float d = cc_h2f(meta.h[0]), dmin = cc_h2f(meta.h[1]);
        float sc0, m0, sc1, m1;
        cc_q4k_scale_min(meta, 2 * g, &sc0, &m0);
        cc_q4k_scale_min(meta, 2 * g + 1, &sc1, &m1);
        const float d0 = d * sc0, d1 = d * sc1, o0 = dmin * m0, o1 = dmin * m1;
CC_DQ_UNROLL
        for (int i = 0; i < 16; i++) {
            v[i] = d0 * (float)(q.b[i] & 0x0f) - o0;
            v[16 + i] = d1 * (float)(q.b[i] >> 4) - o1;
        }
        s0 = 256 * sb + 64 * g + 16 * hf;
        s1 = s0 + 32;
    } else if (T == CC_T_Q6_K) {
        /* unit c = u % 8 of super-block sb: ql bytes 16c..16c+15 = half h = c/4, quarter sq = c%4.
         * l = 16*(sq&1) + i; low nibbles are elements 128h + 32*(sq>>1) + l with qh bits 2*(sq>>1),
         * high nibbles 64 later with qh bits 2*(sq>>1) + 4; qh byte qh[32h + l]. */
        const int64_t sb = u / 8;
        const int c = (int)(u % 8), h = c / 4, sq = c % 4, sl = sq >> 1;
        const cc_u16b &qh = r.aux;
        const float d = cc_h2f(r.dh);
        const int base = 128 * h + 32 * sl + 16 * (sq & 1);
        const float dlo = d * (float)r.sc[0], dhi = d * (float)r.sc[1];
CC_DQ_UNROLL
        for (int i = 0; i < 16; i++) {
            const int lo = (q.b[i] & 0x0f) | (((qh.b[i] >> (2 * sl)) & 3) << 4);
            const int hi = (q.b[i] >> 4) | (((qh.b[i] >> (2 * sl + 4)) & 3) << 4);
            v[i] = dlo * (float)(lo - 32);
            v[16 + i] = dhi * (float)(hi - 32);
        }
        s0 = 256 * sb + base;
        s1 = s0 + 64;
    }
}

template <cc_ttype T>
CC_DQ void cc_dequant_unit(const cc_wdev &w, int64_t row, int64_t u, float *v, int64_t &s0, int64_t &s1) {
    cc_decode_unit<T>(cc_load_unit<T>(w, row, u), u, v, s0, s1);
}

#endif
