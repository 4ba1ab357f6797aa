/* elementwise.cu - SwiGLU, residual add and the embedding gather (from any
 * weight type in the plane layout).  CPU references: cc_ref_swiglu,
 * cc_ref_add, cc_ref_embed (elementwise_ref.c).
 *
 * swiglu: one element per thread, rows along the grid's y; the bf16 variant
 * rounds the same fp32 value the way cc_cuda_f32_to_bf16 does (bitwise the
 * unfused pair), for the down projection's GEMM input.  add: a grid-stride
 * loop.  Purely elementwise, so trivially batch invariant.  Bytes: 3 x 4
 * per element (2 x 4 + 2 for bf16).
 * embed: one block of 128 threads per token; thread t decodes units t,
 * t+128, ... of the token's row (dequant.cuh) and writes them as fp32. */
#include <cuda_bf16.h>
#include <math.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "dequant.cuh"

#define CC_EW_THREADS 256

static unsigned cc_ew_blocks(int64_t n) {
    int64_t b = (n + CC_EW_THREADS - 1) / CC_EW_THREADS;
    return (unsigned)(b < 1 ? 1 : b > 65535 ? 65535 : b);
}

/* One row per blockIdx.y step, columns over blockIdx.x: no 64-bit division per element. */
template <bool BF16>
__global__ void cc_swiglu_kernel(const float *g, int64_t ldg, const float *u, int64_t ldu, void *o, int64_t ldo,
                                 int rows, int n) {
    const int i = blockIdx.x * CC_EW_THREADS + threadIdx.x;
    if (i >= n) return;
    for (int r = blockIdx.y; r < rows; r += gridDim.y) {
        const float gv = g[(int64_t)r * ldg + i];
        const float v = gv / (1.0f + expf(-gv)) * u[(int64_t)r * ldu + i];
        if (BF16)
            ((__nv_bfloat16 *)o)[(int64_t)r * ldo + i] = __float2bfloat16_rn(v);
        else
            ((float *)o)[(int64_t)r * ldo + i] = v;
    }
}

template <bool BF16>
static cc_status cc_swiglu_launch(const float *gate, int64_t ldg, const float *up, int64_t ldu, void *out,
                                  int64_t ldo, int rows, int n, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    CC_ARG_CHECK(err, rows >= 1 && n >= 1 && ldg >= n && ldu >= n && ldo >= n, "swiglu: %d rows of %d", rows, n);
    {
        const dim3 grid((unsigned)((n + CC_EW_THREADS - 1) / CC_EW_THREADS), (unsigned)(rows < 65535 ? rows : 65535));
        cc_swiglu_kernel<BF16><<<grid, CC_EW_THREADS, 0, st>>>(gate, ldg, up, ldu, out, ldo, rows, n);
    }
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

extern "C" cc_status cc_cuda_swiglu(const float *gate, int64_t ldg, const float *up, int64_t ldu, float *out,
                                    int64_t ldo, int rows, int n, cc_cuda_stream s, cc_error *err) {
    return cc_swiglu_launch<false>(gate, ldg, up, ldu, out, ldo, rows, n, s, err);
}

extern "C" cc_status cc_cuda_swiglu_bf16(const float *gate, int64_t ldg, const float *up, int64_t ldu,
                                         uint16_t *out, int64_t ldo, int rows, int n, cc_cuda_stream s,
                                         cc_error *err) {
    return cc_swiglu_launch<true>(gate, ldg, up, ldu, out, ldo, rows, n, s, err);
}

__global__ void cc_add_kernel(float *x, const float *y, int64_t n) {
    for (int64_t j = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; j < n; j += (int64_t)gridDim.x * blockDim.x)
        x[j] += y[j];
}

extern "C" cc_status cc_cuda_add(float *x, const float *y, int64_t n, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    CC_ARG_CHECK(err, n >= 1, "add: %lld elements", (long long)n);
    cc_add_kernel<<<cc_ew_blocks(n), CC_EW_THREADS, 0, st>>>(x, y, n);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

#define CC_EMBED_THREADS 128

template <cc_ttype T>
__global__ void __launch_bounds__(CC_EMBED_THREADS)
    cc_embed_kernel(cc_wdev w, const int32_t *ids, float *out, int64_t ldo) {
    constexpr int E = cc_unit_elems<T>::value;
    const int32_t id = ids[blockIdx.x];
    float *o = out + (int64_t)blockIdx.x * ldo;
    if (id < 0 || id >= w.n_rows) {
        for (int64_t k = threadIdx.x; k < w.n_cols; k += CC_EMBED_THREADS) o[k] = __int_as_float(0x7fc00000);
        return;
    }
    for (int64_t u = threadIdx.x; u < w.n_cols / E; u += CC_EMBED_THREADS) {
        float v[E == 32 ? 32 : 16];
        int64_t s0, s1;
        cc_dequant_unit<T>(w, id, u, v, s0, s1);
#pragma unroll
        for (int i = 0; i < (E == 8 ? 8 : 16); i++) o[s0 + i] = v[i];
        if (E == 32) {
#pragma unroll
            for (int i = 0; i < 16; i++) o[s1 + i] = v[16 + i];
        }
    }
}

extern "C" cc_status cc_cuda_embed(const cc_dev_weight *table, const int32_t *ids, int n_tok, float *out,
                                   int64_t ldo, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const cc_wdev d = cc_wdev_from(table);
    const int ue = cc_qunit_elems(table->type);
    CC_ARG_CHECK(err, n_tok >= 1 && ue > 0 && table->n_cols % ue == 0 && ldo >= table->n_cols,
                 "embed: %d tokens from a %lld-wide table of type %d", n_tok, (long long)table->n_cols,
                 (int)table->type);
    switch (table->type) {
    case CC_T_F16: cc_embed_kernel<CC_T_F16><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    case CC_T_BF16: cc_embed_kernel<CC_T_BF16><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    case CC_T_Q8_0: cc_embed_kernel<CC_T_Q8_0><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    case CC_T_Q4_0: cc_embed_kernel<CC_T_Q4_0><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    case CC_T_Q4_1: cc_embed_kernel<CC_T_Q4_1><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    case CC_T_Q4_K: cc_embed_kernel<CC_T_Q4_K><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    case CC_T_Q6_K: cc_embed_kernel<CC_T_Q6_K><<<n_tok, CC_EMBED_THREADS, 0, st>>>(d, ids, out, ldo); break;
    default: rc = cc_fail(err, CC_ERR_UNSUPPORTED, "embed: tensor type %d", (int)table->type); goto done;
    }
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
