/* attn_tc.cuh - what the tensor-core attention kernels (attn_prefill.cu,
 * attn_decode.cu) share: the mma.sync m16n8k16 wrapper, the split of fp32
 * values into two fp16 terms, fp8 -> fp16 conversion of cache elements, and
 * the loader that stages a 64-position K/V tile of one kv head in shared
 * memory as fp16 (K as [key][dim], V transposed as [dim][key]). */
#ifndef CLINCLEAN_ATTN_TC_CUH
#define CLINCLEAN_ATTN_TC_CUH

#include <cuda_fp16.h>
#include <cuda_fp8.h>
#include <stdint.h>

#include "cuda_ops.h"
#include "kv_load.cuh"

#define CC_TC_BK 64 /* positions per K/V tile */
#define CC_TC_LD 72 /* shared row stride in halves: 144 B keeps 16-byte rows and spreads banks */

/* d += a * b: mma.sync m16n8k16, fp16 inputs, fp32 accumulators (PTX fragment layouts:
 * g = lane / 4, t = lane % 4; a0 (g, 2t..2t+1), a1 (g+8, 2t..), a2 (g, 2t+8..), a3 (g+8, 2t+8..);
 * b0 (k 2t..2t+1, n g), b1 (k 2t+8.., n g); d0,d1 (g, 2t..2t+1), d2,d3 (g+8, 2t..2t+1)). */
__device__ __forceinline__ void cc_mma16816(float d[4], const uint32_t a[4], uint32_t b0, uint32_t b1) {
    asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, "
                 "{%0,%1,%2,%3};\n"
                 : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3])
                 : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0), "r"(b1));
}

/* 16 bytes global -> shared without registers (cp.async.cg: bypasses L1); valid false fills
 * zeros and reads nothing (gmem must still be a mapped address) */
__device__ __forceinline__ void cc_tc_cp16(void *smem, const void *gmem, bool valid) {
    const unsigned s = (unsigned)__cvta_generic_to_shared(smem);
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(s), "l"(gmem), "r"(valid ? 16 : 0)
                 : "memory");
}
__device__ __forceinline__ void cc_tc_cp_commit() { asm volatile("cp.async.commit_group;\n" ::: "memory"); }
/* wait until at most N of this thread's committed groups are still in flight */
template <int N> __device__ __forceinline__ void cc_tc_cp_wait() {
    asm volatile("cp.async.wait_group %0;\n" ::"n"(N) : "memory");
}

/* four 8x8 fp16 matrices from shared memory, transposed: lanes 8j..8j+7 give the row addresses
 * of matrix j (16 bytes each); r[j] of lane t holds rows 2(t%4), 2(t%4)+1 of column t/4 of matrix
 * j (the lower row in the low half), i.e. an mma B fragment when the rows are the k index */
__device__ __forceinline__ void cc_ldsm_x4_trans(uint32_t r[4], const void *row_addr) {
    const unsigned a = (unsigned)__cvta_generic_to_shared(row_addr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(a));
}

/* (lo, hi) as an fp16 pair (lo in the low half), and the pair of what rounding left over */
__device__ __forceinline__ void cc_split_h2(float x0, float x1, uint32_t &hi, uint32_t &lo) {
    const __half h0 = __float2half_rn(x0), h1 = __float2half_rn(x1);
    const __half l0 = __float2half_rn(x0 - __half2float(h0)), l1 = __float2half_rn(x1 - __half2float(h1));
    hi = (uint32_t)__half_as_ushort(h0) | ((uint32_t)__half_as_ushort(h1) << 16);
    lo = (uint32_t)__half_as_ushort(l0) | ((uint32_t)__half_as_ushort(l1) << 16);
}

/* 8 fp8 e4m3 cache elements (cc_kv_raw8's .x/.y) as fp16 bits, converted exactly (scale not applied) */
__device__ __forceinline__ uint4 cc_fp8x8_to_h8(uint4 r) {
    uint32_t w[4];
#pragma unroll
    for (int i = 0; i < 4; i++) {
        const uint32_t src = i < 2 ? r.x : r.y;
        const uint32_t b0 = (src >> (16 * (i % 2))) & 0xffu, b1 = (src >> (16 * (i % 2) + 8)) & 0xffu;
        const __half_raw h0 = __nv_cvt_fp8_to_halfraw((__nv_fp8_storage_t)b0, __NV_E4M3);
        const __half_raw h1 = __nv_cvt_fp8_to_halfraw((__nv_fp8_storage_t)b1, __NV_E4M3);
        w[i] = (uint32_t)h0.x | ((uint32_t)h1.x << 16);
    }
    return make_uint4(w[0], w[1], w[2], w[3]);
}

/* 8 cache elements as fp16 bits: fp16 as stored, fp8 converted */
template <int KVT>
__device__ __forceinline__ uint4 cc_kv_h8(uint4 r) {
    return KVT == CC_KV_F16 ? r : cc_fp8x8_to_h8(r);
}

/* Stage positions p0 .. p0+63 of kv head g (through block table bt; positions >= ctx as zeros)
 * into Ks[key][dim] and Vt[dim][key] as fp16 bits, head_dim 64, with NT threads (a multiple of
 * 64 dividing 512).  K: 8 lanes per key (one 128-byte row, coalesced); V: consecutive keys per
 * warp so a warp's transposed stores land in one shared row.  The caller synchronizes. */
template <int KVT, int NT>
__device__ __forceinline__ void cc_tc_load_tile(const cc_kv_cache &c, const int32_t *bt, int g, int p0, int ctx,
                                                uint16_t (*Ks)[CC_TC_LD], uint16_t (*Vt)[CC_TC_LD]) {
#pragma unroll
    for (int it = 0; it < CC_TC_BK * 8 / NT; it++) {
        const int idx = it * NT + threadIdx.x;
        const int kkey = idx >> 3, kch = idx & 7, vkey = idx & (CC_TC_BK - 1), vch = idx >> 6;
        const int kp = p0 + kkey, vp = p0 + vkey;
        uint4 kr = make_uint4(0u, 0u, 0u, 0u), vr = make_uint4(0u, 0u, 0u, 0u);
        if (kp < ctx)
            kr = cc_kv_h8<KVT>(cc_kv_raw8<KVT>(c.k, cc_kv_off(c, bt[kp / c.block_size], g, kp % c.block_size) + 8 * kch));
        if (vp < ctx)
            vr = cc_kv_h8<KVT>(cc_kv_raw8<KVT>(c.v, cc_kv_off(c, bt[vp / c.block_size], g, vp % c.block_size) + 8 * vch));
        *(uint4 *)&Ks[kkey][8 * kch] = kr;
        const uint32_t w[4] = {vr.x, vr.y, vr.z, vr.w};
#pragma unroll
        for (int i = 0; i < 8; i++) Vt[8 * vch + i][vkey] = (uint16_t)(w[i / 2] >> (16 * (i % 2)));
    }
}

#endif
