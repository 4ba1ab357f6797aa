/* kv_load.cuh - reading K/V cache elements in the attention kernels, for
 * every cc_kv_type: 8 consecutive elements from one aligned load (16 bytes
 * of fp16/bf16, 8 bytes of fp8), or 2 / 4 for a lane's share of a V row. */
#ifndef CLINCLEAN_KV_LOAD_CUH
#define CLINCLEAN_KV_LOAD_CUH

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_fp8.h>
#include <stdint.h>

#include "cuda_ops.h"

/* One element from its bits (16-bit types) or byte (fp8; the scale is applied by the caller). */
template <int KVT>
__device__ __forceinline__ float cc_kv_f(uint32_t bits) {
    if (KVT == CC_KV_F16) return __half2float(__ushort_as_half((unsigned short)bits));
    if (KVT == CC_KV_BF16) return __uint_as_float(bits << 16);
    return __half2float(__half(__nv_cvt_fp8_to_halfraw((__nv_fp8_storage_t)bits, __NV_E4M3)));
}

/* 8 consecutive elements as raw bits (16 bytes of fp16/bf16, or 8 bytes of fp8 in .x/.y), so
 * a kernel can issue many loads before it decodes any. */
template <int KVT>
__device__ __forceinline__ uint4 cc_kv_raw8(const void *pool, size_t elem_off) {
    if (KVT == CC_KV_FP8) {
        const uint2 v = *(const uint2 *)((const uint8_t *)pool + elem_off);
        return make_uint4(v.x, v.y, 0u, 0u);
    }
    return *(const uint4 *)((const uint8_t *)pool + 2 * elem_off);
}

/* out[0..8) = the elements of cc_kv_raw8's bits (times scale for fp8), as cc_kv_load gives them. */
template <int KVT>
__device__ __forceinline__ void cc_kv_unpack8(uint4 r, float scale, float *out) {
    const uint32_t w[4] = {r.x, r.y, r.z, r.w};
#pragma unroll
    for (int i = 0; i < 8; i++) {
        if (KVT == CC_KV_FP8)
            out[i] = cc_kv_f<KVT>((w[i / 4] >> (8 * (i % 4))) & 0xffu) * scale;
        else
            out[i] = cc_kv_f<KVT>((w[i / 2] >> (16 * (i % 2))) & 0xffffu);
    }
}

/* out[0..N) = elements elem_off .. elem_off+N-1 of the pool (times scale for fp8);
 * N = 2, 4 or 8, elem_off a multiple of N. */
template <int KVT, int N>
__device__ __forceinline__ void cc_kv_load(const void *pool, size_t elem_off, float scale, float *out) {
    if (N == 8) {
        cc_kv_unpack8<KVT>(cc_kv_raw8<KVT>(pool, elem_off), scale, out);
    } else if (KVT == CC_KV_FP8) {
        const uint8_t *p = (const uint8_t *)pool + elem_off;
        uint32_t w[2];
        if (N == 4) {
            w[0] = *(const uint32_t *)p;
            w[1] = 0;
        } else {
            w[0] = *(const uint16_t *)p;
            w[1] = 0;
        }
#pragma unroll
        for (int i = 0; i < N; i++) out[i] = cc_kv_f<KVT>((w[i / 4] >> (8 * (i % 4))) & 0xffu) * scale;
    } else {
        const uint8_t *p = (const uint8_t *)pool + 2 * elem_off;
        uint32_t w[4];
        if (N == 4) {
            const uint2 v = *(const uint2 *)p;
            w[0] = v.x;
            w[1] = v.y;
            w[2] = w[3] = 0;
        } else {
            w[0] = *(const uint32_t *)p;
            w[1] = w[2] = w[3] = 0;
        }
#pragma unroll
        for (int i = 0; i < N; i++) out[i] = cc_kv_f<KVT>((w[i / 2] >> (16 * (i % 2))) & 0xffffu);
    }
}

/* Element offset of (physical block, head, slot, dim 0) in a pool. */
__device__ __forceinline__ size_t cc_kv_off(const cc_kv_cache &c, int32_t block, int head, int slot) {
    return (((size_t)block * c.n_kv_head + head) * c.block_size + slot) * c.head_dim;
}

#endif
