/* norm_rope.cu - RMSNorm (fp32 and/or bf16 output for the GEMM path) and
 * RoPE on q/k in GGUF's interleaved-pair layout fused with the write of K
 * and V into the paged cache.  CPU references: cc_ref_rmsnorm,
 * cc_ref_rope_kv (norm_rope_ref.c).
 *
 * rmsnorm: one block of 256 threads per row; thread t sums x[t], x[t+256], ...
 *   in order, then a warp butterfly and the 8 warp sums in warp order (a
 *   row's result depends on n only).  Bytes: read x twice (second from L1/L2),
 *   write y.
 * rope_kv: one block of 128 threads per token; items are the q pairs, the k
 *   pairs and the v elements of the token.  angle = fp32(pos * freq[i]),
 *   then sincosf.  K/V land in cache slot (block_table[seq][pos / B], pos % B)
 *   as fp16 or bf16 (round to nearest even) or fp8 e4m3 of value / kv_scale
 *   (nearest even, saturated); a block id outside the pool is
 *   skipped (the host validates block tables). */
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_fp8.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"

#define CC_NORM_THREADS 256

__global__ void __launch_bounds__(CC_NORM_THREADS)
    cc_rmsnorm_kernel(const float *x, const float *__restrict__ w, float *y, __nv_bfloat16 *yb, int n, float eps) {
    __shared__ float warp_sum[CC_NORM_THREADS / 32];
    __shared__ float inv_rms;
    const int64_t row = blockIdx.x;
    const float *xr = x + row * n;
    float ss = 0.0f;
    for (int i = threadIdx.x; i < n; i += CC_NORM_THREADS) ss = fmaf(xr[i], xr[i], ss);
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) ss += __shfl_xor_sync(0xffffffffu, ss, o);
    if ((threadIdx.x & 31) == 0) warp_sum[threadIdx.x >> 5] = ss;
    __syncthreads();
    if (threadIdx.x == 0) {
        float t = 0.0f;
        for (int k = 0; k < CC_NORM_THREADS / 32; k++) t += warp_sum[k];
        inv_rms = rsqrtf(t / (float)n + eps);
    }
    __syncthreads();
    const float s = inv_rms;
    for (int i = threadIdx.x; i < n; i += CC_NORM_THREADS) {
        const float v = xr[i] * s * w[i];
        if (y) y[row * n + i] = v;
        if (yb) yb[row * n + i] = __float2bfloat16_rn(v);
    }
}

extern "C" cc_status cc_cuda_rmsnorm(const float *x, const float *w, float *y_f32, uint16_t *y_bf16, int rows, int n,
                                     float eps, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    CC_ARG_CHECK(err, rows >= 1 && n >= 1 && (y_f32 || y_bf16), "rmsnorm: %d rows of %d, outputs %p/%p", rows, n,
                 (void *)y_f32, (void *)y_bf16);
    cc_rmsnorm_kernel<<<rows, CC_NORM_THREADS, 0, st>>>(x, w, y_f32, (__nv_bfloat16 *)y_bf16, n, eps);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

#define CC_ROPE_THREADS 128

/* Store v as element o of a pool: fp16 / bf16 round to nearest even; fp8 e4m3 of v / scale,
 * rounded to nearest even and saturated to +-448. */
__device__ __forceinline__ void cc_kv_store(void *pool, size_t o, float v, int kv_type, float scale) {
    if (kv_type == CC_KV_F16)
        ((uint16_t *)pool)[o] = __half_as_ushort(__float2half_rn(v));
    else if (kv_type == CC_KV_BF16)
        ((uint16_t *)pool)[o] = __bfloat16_as_ushort(__float2bfloat16_rn(v));
    else
        ((uint8_t *)pool)[o] = (uint8_t)__nv_cvt_float_to_fp8(v / scale, __NV_SATFINITE, __NV_E4M3);
}

__global__ void __launch_bounds__(CC_ROPE_THREADS) cc_rope_kv_kernel(cc_rope_kv_args a) {
    const int t = blockIdx.x;
    const cc_kv_cache c = a.cache;
    const int hd = c.head_dim, half = hd / 2;
    const int32_t seq = a.tok_seq[t], pos = a.tok_pos[t];
    const int32_t block = c.block_table[(int64_t)seq * c.max_blocks + pos / c.block_size];
    const bool store = block >= 0 && block < c.n_blocks;
    const int slot = pos % c.block_size;
    const int nq = a.n_head * half, nk = c.n_kv_head * half, nv = c.n_kv_head * hd;
    for (int j = threadIdx.x; j < nq + nk + nv; j += CC_ROPE_THREADS) {
        if (j < nq + nk) {
            const bool is_q = j < nq;
            const int jj = is_q ? j : j - nq, head = jj / half, i = jj % half;
            float sn, cs;
            sincosf((float)pos * a.freqs[i], &sn, &cs);
            if (is_q) {
                float *p = a.q + (int64_t)t * a.ldq + head * hd + 2 * i;
                const float x0 = p[0], x1 = p[1];
                p[0] = x0 * cs - x1 * sn;
                p[1] = x0 * sn + x1 * cs;
            } else if (store) {
                const float *p = a.k + (int64_t)t * a.ldk + head * hd + 2 * i;
                const float x0 = p[0], x1 = p[1];
                const size_t o = (((size_t)block * c.n_kv_head + head) * c.block_size + slot) * hd + 2 * i;
                cc_kv_store(c.k, o, x0 * cs - x1 * sn, c.kv_type, c.kv_scale);
                cc_kv_store(c.k, o + 1, x0 * sn + x1 * cs, c.kv_type, c.kv_scale);
            }
        } else if (store) {
            const int jj = j - nq - nk, head = jj / hd, d = jj % hd;
            const size_t o = (((size_t)block * c.n_kv_head + head) * c.block_size + slot) * hd + d;
            cc_kv_store(c.v, o, a.v[(int64_t)t * a.ldv + head * hd + d], c.kv_type, c.kv_scale);
        }
    }
}

extern "C" cc_status cc_cuda_rope_kv(const cc_rope_kv_args *a, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const cc_kv_cache *c = &a->cache;
    CC_ARG_CHECK(err, a->n_tok >= 1 && a->n_head >= 1 && c->n_kv_head >= 1 && c->head_dim >= 2 &&
                          c->head_dim % 2 == 0 && c->block_size >= 1 && c->max_blocks >= 1 &&
                          c->kv_type >= CC_KV_F16 && c->kv_type <= CC_KV_FP8 &&
                          (c->kv_type != CC_KV_FP8 || c->kv_scale > 0.0f),
                 "rope_kv: bad shape (tokens %d, heads %d/%d, head_dim %d, block %d)", a->n_tok, a->n_head,
                 c->n_kv_head, c->head_dim, c->block_size);
    cc_rope_kv_kernel<<<a->n_tok, CC_ROPE_THREADS, 0, st>>>(*a);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
