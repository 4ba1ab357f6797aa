/* kv_load.cuh - reading fp16 / bf16 K/V cache elements in the attention
 * kernels (8 at a time from one aligned 16-byte load, or 2/4 at a time). */
#ifndef CLINCLEAN_KV_LOAD_CUH
#define CLINCLEAN_KV_LOAD_CUH

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <stdint.h>

#include "cuda_ops.h"

template <int KVT>
__device__ __forceinline__ float cc_kv_f(uint16_t h) {
    return KVT == CC_KV_F16 ? __half2float(__ushort_as_half(h)) : __uint_as_float((uint32_t)h << 16);
}

/* out[0..8) = the 8 elements at p (16-byte aligned). */
template <int KVT>
__device__ __forceinline__ void cc_kv_load8(const uint16_t *p, float *out) {
    union {
        uint4 v;
        uint16_t h[8];
    } u;
    u.v = *(const uint4 *)p;
#pragma unroll
    for (int i = 0; i < 8; i++) out[i] = cc_kv_f<KVT>(u.h[i]);
}

/* Element offset of (physical block, head, slot, dim 0) in a pool. */
__device__ __forceinline__ size_t cc_kv_off(const cc_kv_cache &c, int32_t block, int head, int slot) {
    return (((size_t)block * c.n_kv_head + head) * c.block_size + slot) * c.head_dim;
}

#endif
