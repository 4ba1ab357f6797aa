/* mmv_quant.cu - fused dequantize + matrix-vector / skinny matrix-matrix
 * product for decode-sized batches: y[m][N] = x[m][K] @ W^T, m = 1..64, over
 * f16, bf16, q8_0, q4_0, q4_1, q4_K and q6_K weights in the plane layout.
 * CPU reference: cc_ref_mmv (mmv_quant_ref.c).
 *
 * Launch: one warp per output row n (4 warps per block), or per pair of rows
 * for 8..16 activation rows (halving activation loads).  Lane l takes units
 * l, l+32, l+64, ... of the row (dequant.cuh) and fetches 4 of them (2 for
 * larger batches) before decoding any, so a warp streams 4 x 512 bytes of
 * plane 0 in coalesced 16-byte loads per round with no shared memory and no
 * block-wide barrier; each weight is dequantized once into registers and
 * multiplied against all m activation rows (read through L1/L2),
 * accumulating acc[r] with explicit fmaf in element order.  Reduction: a
 * warp butterfly.  The sequence of floating-point operations for (r, n)
 * depends only on K, so a row's result is bitwise the same whatever m and
 * the other rows are (batch invariance).  (Until session 8 a block of 128
 * threads served one row, one 16-byte load per thread in flight: 22% of
 * peak bandwidth for q8_0 at batch 1 on an H200.)
 * Bytes moved: the weight matrix once (+ m*K*4 activation bytes, cached).
 * Register budget: R x M accumulators + R x 32 dequantized weights + 32 activations. */
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "dequant.cuh"

#define CC_MMV_THREADS 128 /* threads per block: 4 warps, a row (or two) each */

/* xs[0..E) = the activations a unit's weights meet: x[s0..s0+16) then x[s1..s1+16)
 * (E == 32), or x[s0..s0+E) (E = 8, 16); 16-byte loads. */
template <int E>
__device__ __forceinline__ void cc_load_x(const float *__restrict__ xr, int64_t s0, int64_t s1, float *xs) {
    const float4 *a = (const float4 *)(xr + s0);
#pragma unroll
    for (int i = 0; i < (E == 8 ? 2 : 4); i++) {
        const float4 t = a[i];
        xs[4 * i + 0] = t.x;
        xs[4 * i + 1] = t.y;
        xs[4 * i + 2] = t.z;
        xs[4 * i + 3] = t.w;
    }
    if (E == 32) {
        const float4 *b = (const float4 *)(xr + s1);
#pragma unroll
        for (int i = 0; i < 4; i++) {
            const float4 t = b[i];
            xs[16 + 4 * i + 0] = t.x;
            xs[16 + 4 * i + 1] = t.y;
            xs[16 + 4 * i + 2] = t.z;
            xs[16 + 4 * i + 3] = t.w;
        }
    }
}

/* Warp: R consecutive output rows (R = 1, or 2 for mid-size batches, which halves the
 * activation loads per weight); lane l takes units l, l+32, l+64, ... of the rows, fetching UN
 * units (cc_load_unit) before decoding any, so each lane keeps UN 16-byte weight loads in
 * flight.  acc[i][r] gets v[i][0] * xs[0], v[i][1] * xs[1], ... in element order, unit after
 * unit, then a butterfly over the warp: a row's arithmetic depends only on K, the same for every
 * M, R and UN. */
template <cc_ttype T, int M, int R>
__global__ void __launch_bounds__(CC_MMV_THREADS)
    cc_mmv_kernel(cc_wdev w, const float *__restrict__ x, int64_t ldx, float *__restrict__ y, int64_t ldy, int m,
                  int accumulate) {
    constexpr int E = cc_unit_elems<T>::value;
    constexpr int VE = E == 32 ? 32 : 16; /* room for one unit's values */
    /* units in flight per lane: more for the 8-element units of f16/bf16, fewer where registers are short */
    constexpr int UN = (M >= 16 || R > 1) ? 2 : (E == 8 && M <= 4) ? 8 : 4;
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int64_t row0 = ((int64_t)blockIdx.x * (CC_MMV_THREADS / 32) + warp) * R;
    if (row0 >= w.n_rows) return; /* the launcher gives R = 2 only when R divides N */
    const int64_t n_units = w.n_cols / E;
    float acc[R][M];
#pragma unroll
    for (int i = 0; i < R; i++)
#pragma unroll
        for (int r = 0; r < M; r++) acc[i][r] = 0.0f;

    for (int64_t ub = lane; ub < n_units; ub += 32 * UN) {
        cc_unit_raw raw[UN][R];
#pragma unroll
        for (int k = 0; k < UN; k++)
            if (ub + 32 * k < n_units)
#pragma unroll
                for (int i = 0; i < R; i++) raw[k][i] = cc_load_unit<T>(w, row0 + i, ub + 32 * k);
#pragma unroll
        for (int k = 0; k < UN; k++) {
            const int64_t u = ub + 32 * k;
            if (u >= n_units) break;
            float v[R][VE];
            int64_t s0 = 0, s1 = 0;
#pragma unroll
            for (int i = 0; i < R; i++) cc_decode_unit<T>(raw[k][i], u, v[i], s0, s1); /* same spans for every row */
#pragma unroll
            for (int r = 0; r < M; r++) {
                if (r < m) {
                    float xs[VE];
                    cc_load_x<E>(x + r * ldx, s0, s1, xs);
#pragma unroll
                    for (int i = 0; i < R; i++)
#pragma unroll
                        for (int j = 0; j < E; j++) acc[i][r] = fmaf(v[i][j], xs[j], acc[i][r]);
                }
            }
        }
    }
#pragma unroll
    for (int i = 0; i < R; i++)
#pragma unroll
        for (int r = 0; r < M; r++) {
            float s = acc[i][r];
#pragma unroll
            for (int o = 16; o > 0; o >>= 1) s += __shfl_xor_sync(0xffffffffu, s, o);
            if (r < m && lane == (r & 31)) { /* every lane holds the sum: the stores spread over lanes */
                float *out = y + r * ldy + row0 + i;
                *out = accumulate ? *out + s : s;
            }
        }
}

template <cc_ttype T, int M>
static void cc_mmv_go(const cc_wdev &w, const float *x, int64_t ldx, float *y, int64_t ldy, int m, int acc,
                      cudaStream_t st) {
    constexpr int WPB = CC_MMV_THREADS / 32; /* warps (rows, or row pairs) per block */
    /* two rows per warp for 8..16 activation rows when N is even (beyond, registers run out) */
    if (M >= 8 && M <= 16 && w.n_rows % 2 == 0)
        cc_mmv_kernel<T, M, (M >= 8 && M <= 16) ? 2 : 1>
            <<<(unsigned)((w.n_rows / 2 + WPB - 1) / WPB), CC_MMV_THREADS, 0, st>>>(w, x, ldx, y, ldy, m, acc);
    else
        cc_mmv_kernel<T, M, 1><<<(unsigned)((w.n_rows + WPB - 1) / WPB), CC_MMV_THREADS, 0, st>>>(w, x, ldx, y, ldy,
                                                                                                  m, acc);
}

template <cc_ttype T>
static cc_status cc_mmv_launch(const cc_wdev &w, const float *x, int64_t ldx, float *y, int64_t ldy, int m,
                               bool accumulate, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    const int acc = accumulate ? 1 : 0;
    if (m <= 1)
        cc_mmv_go<T, 1>(w, x, ldx, y, ldy, m, acc, st);
    else if (m <= 2)
        cc_mmv_go<T, 2>(w, x, ldx, y, ldy, m, acc, st);
    else if (m <= 4)
        cc_mmv_go<T, 4>(w, x, ldx, y, ldy, m, acc, st);
    else if (m <= 8)
        cc_mmv_go<T, 8>(w, x, ldx, y, ldy, m, acc, st);
    else if (m <= 16)
        cc_mmv_go<T, 16>(w, x, ldx, y, ldy, m, acc, st);
    else if (m <= 32)
        cc_mmv_go<T, 32>(w, x, ldx, y, ldy, m, acc, st);
    else
        cc_mmv_go<T, 64>(w, x, ldx, y, ldy, m, acc, st);
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
