/* mmv_quant.cu - fused dequantize + matrix-vector / skinny matrix-matrix
 * product for decode-sized batches: y[m][N] = x[m][K] @ W^T, m = 1..64, over
 * f16, bf16, q8_0, q4_0, q4_1, q4_K and q6_K weights in the plane layout.
 * CPU reference: cc_ref_mmv (mmv_quant_ref.c).
 *
 * Launch: one block of 128 threads (4 warps) per output row n.  Thread t
 * takes units t, t+128, t+256, ... of the row (dequant.cuh), so each
 * iteration of the block streams 2 KiB of plane 0 in 16-byte coalesced
 * loads; each weight is dequantized once into registers and multiplied
 * against all m activation rows (read through L1/L2), accumulating
 * acc[r] with explicit fmaf.  Reduction: warp butterfly, then the four warp
 * partials summed in warp order.  The sequence of floating-point operations
 * for (r, n) depends only on K, so a row's result is bitwise the same
 * whatever m and the other rows are (batch invariance).
 * Bytes moved: the weight matrix once (+ m*K*4 activation bytes, cached).
 * Register budget: M accumulators + 32 dequantized weights per thread. */
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "dequant.cuh"

#define CC_MMV_THREADS 128
#define CC_MMV_WARPS (CC_MMV_THREADS / 32)

/* acc += v[0..E) . x[s0..s0+E) (and v[16..32) . x[s1..s1+16) when E == 32). */
template <int E>
__device__ __forceinline__ float cc_dot_unit(const float *__restrict__ xr, const float *v, int64_t s0, int64_t s1,
                                             float acc) {
    const float4 *a = (const float4 *)(xr + s0);
#pragma unroll
    for (int i = 0; i < (E == 8 ? 2 : 4); i++) {
        const float4 t = a[i];
        acc = fmaf(v[4 * i + 0], t.x, acc);
        acc = fmaf(v[4 * i + 1], t.y, acc);
        acc = fmaf(v[4 * i + 2], t.z, acc);
        acc = fmaf(v[4 * i + 3], t.w, acc);
    }
    if (E == 32) {
        const float4 *b = (const float4 *)(xr + s1);
#pragma unroll
        for (int i = 0; i < 4; i++) {
            const float4 t = b[i];
            acc = fmaf(v[16 + 4 * i + 0], t.x, acc);
            acc = fmaf(v[16 + 4 * i + 1], t.y, acc);
            acc = fmaf(v[16 + 4 * i + 2], t.z, acc);
            acc = fmaf(v[16 + 4 * i + 3], t.w, acc);
        }
    }
    return acc;
}

template <cc_ttype T, int M>
__global__ void __launch_bounds__(CC_MMV_THREADS)
    cc_mmv_kernel(cc_wdev w, const float *__restrict__ x, int64_t ldx, float *__restrict__ y, int64_t ldy, int m,
                  int accumulate) {
    constexpr int E = cc_unit_elems<T>::value;
    __shared__ float part[CC_MMV_WARPS][M];
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int64_t row = blockIdx.x;
    const int64_t n_units = w.n_cols / E;
    float acc[M];
#pragma unroll
    for (int r = 0; r < M; r++) acc[r] = 0.0f;

    for (int64_t u = threadIdx.x; u < n_units; u += CC_MMV_THREADS) {
        float v[E == 32 ? 32 : 16];
        int64_t s0, s1;
        cc_dequant_unit<T>(w, row, u, v, s0, s1);
#pragma unroll
        for (int r = 0; r < M; r++)
            if (r < m) acc[r] = cc_dot_unit<E>(x + r * ldx, v, s0, s1, acc[r]);
    }
#pragma unroll
    for (int r = 0; r < M; r++) {
        float s = acc[r];
#pragma unroll
        for (int o = 16; o > 0; o >>= 1) s += __shfl_xor_sync(0xffffffffu, s, o);
        if (lane == 0) part[warp][r] = s;
    }
    __syncthreads();
    for (int r = threadIdx.x; r < m; r += CC_MMV_THREADS) {
        float s = part[0][r];
#pragma unroll
        for (int k = 1; k < CC_MMV_WARPS; k++) s += part[k][r];
        float *out = y + r * ldy + row;
        *out = accumulate ? *out + s : s;
    }
}

template <cc_ttype T>
static cc_status cc_mmv_launch(const cc_wdev &w, const float *x, int64_t ldx, float *y, int64_t ldy, int m,
                               bool accumulate, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    const dim3 grid((unsigned)w.n_rows), block(CC_MMV_THREADS);
    const int acc = accumulate ? 1 : 0;
    if (m <= 1)
        cc_mmv_kernel<T, 1><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else if (m <= 2)
        cc_mmv_kernel<T, 2><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else if (m <= 4)
        cc_mmv_kernel<T, 4><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else if (m <= 8)
        cc_mmv_kernel<T, 8><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else if (m <= 16)
        cc_mmv_kernel<T, 16><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else if (m <= 32)
        cc_mmv_kernel<T, 32><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else
        cc_mmv_kernel<T, 64><<<grid, block, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

extern "C" cc_status cc_cuda_mmv(const cc_dev_weight *w, const float *x, int64_t ldx, float *y, int64_t ldy, int m,
                                 bool accumulate, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const int ue = cc_qunit_elems(w->type);
    const cc_wdev d = cc_wdev_from(w);
    CC_ARG_CHECK(err, m >= 1 && m <= 64, "mmv: batch of %d rows is outside 1..64", m);
    CC_ARG_CHECK(err, ue > 0 && w->n_cols % ue == 0 && w->n_rows > 0 && w->n_rows <= INT32_MAX,
                 "mmv: %lld x %lld weight of type %d is not supported", (long long)w->n_rows,
                 (long long)w->n_cols, (int)w->type);
    CC_ARG_CHECK(err, ldx >= w->n_cols && ldx % 4 == 0 && ((uintptr_t)x & 15) == 0,
                 "mmv: activations must be 16-byte aligned with a row stride (%lld) that is a multiple of 4 and >= %lld",
                 (long long)ldx, (long long)w->n_cols);
    CC_ARG_CHECK(err, ldy >= w->n_rows, "mmv: output stride %lld < %lld", (long long)ldy, (long long)w->n_rows);
    switch (w->type) {
    case CC_T_F16: rc = cc_mmv_launch<CC_T_F16>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    case CC_T_BF16: rc = cc_mmv_launch<CC_T_BF16>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    case CC_T_Q8_0: rc = cc_mmv_launch<CC_T_Q8_0>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    case CC_T_Q4_0: rc = cc_mmv_launch<CC_T_Q4_0>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    case CC_T_Q4_1: rc = cc_mmv_launch<CC_T_Q4_1>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    case CC_T_Q4_K: rc = cc_mmv_launch<CC_T_Q4_K>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    case CC_T_Q6_K: rc = cc_mmv_launch<CC_T_Q6_K>(d, x, ldx, y, ldy, m, accumulate, st, err); break;
    default: rc = cc_fail(err, CC_ERR_UNSUPPORTED, "mmv: tensor type %d", (int)w->type); break;
    }
done:
    return rc;
}
