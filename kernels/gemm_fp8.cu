/* gemm_fp8.cu - projections on fp8 tensor cores, for measurement: e4m3
 * weights and activations, each row with its own fp32 scale, through
 * cuBLASLt's outer-vector scaling (y[t][n] = sum_k xq[t][k] wq[n][k] *
 * xs[t] * ws[n]), fp32 accumulation, fp32 or bf16 output.
 * CPU reference: cc_ref_quant_fp8_rows / cc_ref_gemm_fp8 (gemm_fp8_ref.c).
 *
 * Quantization (cc_cuda_quant_fp8_rows): one block per row; the row's
 * largest magnitude a (fp32 or bf16 input) gives scale = a / 448 and codes
 * e4m3(x * (448 / a)), round to nearest even, saturated (an all-zero row:
 * scale 1, codes 0).  A row's codes and scale depend on that row alone.
 * Weights are quantized once per output channel, activations per token.
 *
 * The GEMM (cc_gemm_fp8) is cuBLASLt's first heuristic algorithm per shape
 * (free, like cc_gemm_bf16: not batch invariant, and not used by the engine
 * yet).  It exists so that bench_kernels can put fp8 beside bf16 on the
 * model's shapes (TFLOP/s) and the kernel test can bound its error against
 * the reference and against the bf16 product: the numbers that decide
 * whether the engine gets an fp8 projection path (issue 6: "int8/fp8
 * tensor-core paths with per-row and per-block scales, whichever measures
 * faster").  A shape cuBLASLt refuses (no algorithm for this type, scaling
 * mode or alignment on this device) fails with CC_ERR_UNSUPPORTED naming it.
 * Layout as gemm.cu: W[N][K] row-major is a K x N column-major matrix taken
 * transposed, X[m][K] a K x m column-major matrix, D = y[m][N]. */
#include <cuda_fp8.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"

#define CC_G8_WORKSPACE (32u << 20)
#define CC_G8_SHAPES 256
#define CC_G8_THREADS 256

/* One planned shape: descriptors and the heuristic's first algorithm. */
typedef struct {
    int m, n, k;                    /* y[m][n] = x[m][k] W[n][k]^T */
    bool out_bf16;                  /* D (and C) bf16 instead of fp32 */
    bool refused;                   /* cuBLASLt had no algorithm: every call fails the same way */
    cublasLtMatmulDesc_t op;        /* e4m3 x e4m3 -> fp32 accumulation, W transposed, outer-vector scales */
    cublasLtMatrixLayout_t a, b, c; /* W, X, Y layouts */
    cublasLtMatmulAlgo_t algo;      /* the heuristic's first */
} cc_g8_plan;

struct cc_gemm8_ctx {
    cublasLtHandle_t lt;             /* cuBLASLt handle */
    void *workspace;                 /* device workspace, CC_G8_WORKSPACE bytes */
    cc_g8_plan plans[CC_G8_SHAPES];  /* shapes seen so far */
    int n_plans;                     /* entries used */
};

extern "C" cc_status cc_gemm8_ctx_create(cc_gemm8_ctx **out, cc_error *err) {
    cc_status rc = CC_OK;
    cc_gemm8_ctx *c = (cc_gemm8_ctx *)calloc(1, sizeof *c);
    *out = NULL;
    if (!c) {
        rc = cc_fail(err, CC_ERR_NOMEM, "gemm_fp8: context of %zu bytes", sizeof *c);
        goto done;
    }
    CC_CUBLAS_TRY(err, cublasLtCreate(&c->lt));
    CC_CUDA_TRY(err, cudaMalloc(&c->workspace, CC_G8_WORKSPACE));
    *out = c;
    c = NULL;
done:
    cc_gemm8_ctx_free(c);
    return rc;
}

extern "C" void cc_gemm8_ctx_free(cc_gemm8_ctx *ctx) {
    if (!ctx) return;
    for (int i = 0; i < ctx->n_plans; i++) {
        cc_g8_plan *p = &ctx->plans[i];
        if (p->op) cublasLtMatmulDescDestroy(p->op);
        if (p->a) cublasLtMatrixLayoutDestroy(p->a);
        if (p->b) cublasLtMatrixLayoutDestroy(p->b);
        if (p->c) cublasLtMatrixLayoutDestroy(p->c);
    }
    if (ctx->workspace) cudaFree(ctx->workspace);
    if (ctx->lt) cublasLtDestroy(ctx->lt);
    free(ctx);
}

/* ------------------------------------------------------------ quantization */

template <bool BF16>
__device__ __forceinline__ float cc_g8_in(const void *x, int64_t i) {
    if (BF16) return __uint_as_float((uint32_t)((const uint16_t *)x)[i] << 16);
    return ((const float *)x)[i];
}

/* Block r: row r's largest magnitude (a block-wide max: order-free, so exact), then its codes. */
template <bool BF16>
__global__ void __launch_bounds__(CC_G8_THREADS)
    cc_quant_fp8_rows_kernel(const void *x, int64_t ldx, int64_t cols, uint8_t *q, float *scale) {
    __shared__ float wmax[CC_G8_THREADS / 32];
    const int64_t r = blockIdx.x;
    float a = 0.0f;
    for (int64_t c = threadIdx.x; c < cols; c += CC_G8_THREADS) a = fmaxf(a, fabsf(cc_g8_in<BF16>(x, r * ldx + c)));
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) a = fmaxf(a, __shfl_xor_sync(0xffffffffu, a, o));
    if ((threadIdx.x & 31) == 0) wmax[threadIdx.x >> 5] = a;
    __syncthreads();
    a = wmax[0];
#pragma unroll
    for (int w = 1; w < CC_G8_THREADS / 32; w++) a = fmaxf(a, wmax[w]);
    const float inv = a > 0.0f ? 448.0f / a : 1.0f;
    if (threadIdx.x == 0) scale[r] = a > 0.0f ? a / 448.0f : 1.0f;
    for (int64_t c = threadIdx.x; c < cols; c += CC_G8_THREADS)
        q[r * cols + c] = (uint8_t)__nv_cvt_float_to_fp8(cc_g8_in<BF16>(x, r * ldx + c) * inv, __NV_SATFINITE, __NV_E4M3);
}

extern "C" cc_status cc_cuda_quant_fp8_rows(const void *x, bool x_bf16, int64_t ldx, int64_t rows, int64_t cols,
                                            uint8_t *q, float *scale, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    CC_ARG_CHECK(err, x && q && scale && rows >= 1 && rows <= INT32_MAX && cols >= 1 && ldx >= cols,
                 "quant_fp8_rows: %lld rows x %lld columns, stride %lld", (long long)rows, (long long)cols,
                 (long long)ldx);
    if (x_bf16)
        cc_quant_fp8_rows_kernel<true><<<(unsigned)rows, CC_G8_THREADS, 0, st>>>(x, ldx, cols, q, scale);
    else
        cc_quant_fp8_rows_kernel<false><<<(unsigned)rows, CC_G8_THREADS, 0, st>>>(x, ldx, cols, q, scale);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

/* ------------------------------------------------------------ the GEMM */

static cc_status cc_g8_plan_shape(cc_gemm8_ctx *ctx, cc_g8_plan *p, cc_error *err) {
    cc_status rc = CC_OK;
    cublasLtMatmulPreference_t pref = NULL;
    cublasLtMatmulHeuristicResult_t res;
    const cublasOperation_t ta = CUBLAS_OP_T, tb = CUBLAS_OP_N;
    const int32_t outer = CUBLASLT_MATMUL_MATRIX_SCALE_OUTER_VEC_32F;
    const cudaDataType_t out = p->out_bf16 ? CUDA_R_16BF : CUDA_R_32F;
    const uint64_t ws = CC_G8_WORKSPACE;
    int found = 0;
    memset(&res, 0, sizeof res);
    CC_CUBLAS_TRY(err, cublasLtMatmulDescCreate(&p->op, CUBLAS_COMPUTE_32F, CUDA_R_32F));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_TRANSA, &ta, sizeof ta));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_TRANSB, &tb, sizeof tb));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_A_SCALE_MODE, &outer, sizeof outer));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_B_SCALE_MODE, &outer, sizeof outer));
    CC_CUBLAS_TRY(err, cublasLtMatrixLayoutCreate(&p->a, CUDA_R_8F_E4M3, (uint64_t)p->k, (uint64_t)p->n, p->k));
    CC_CUBLAS_TRY(err, cublasLtMatrixLayoutCreate(&p->b, CUDA_R_8F_E4M3, (uint64_t)p->k, (uint64_t)p->m, p->k));
    CC_CUBLAS_TRY(err, cublasLtMatrixLayoutCreate(&p->c, out, (uint64_t)p->n, (uint64_t)p->m, p->n));
    CC_CUBLAS_TRY(err, cublasLtMatmulPreferenceCreate(&pref));
    CC_CUBLAS_TRY(err, cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &ws,
                                                            sizeof ws));
    /* an unsupported combination shows as an error status or as no result: both are "unsupported" */
    if (cublasLtMatmulAlgoGetHeuristic(ctx->lt, p->op, p->a, p->b, p->c, p->c, pref, 1, &res, &found) !=
            CUBLAS_STATUS_SUCCESS ||
        found < 1) {
        rc = cc_fail(err, CC_ERR_UNSUPPORTED,
                     "gemm_fp8: cuBLASLt has no e4m3 algorithm with per-row scales and %s output for m=%d n=%d k=%d",
                     p->out_bf16 ? "bf16" : "fp32", p->m, p->n, p->k);
        goto done;
    }
    p->algo = res.algo;
done:
    if (pref) cublasLtMatmulPreferenceDestroy(pref);
    return rc;
}

extern "C" cc_status cc_gemm_fp8(cc_gemm8_ctx *ctx, const uint8_t *wq, const float *ws, const uint8_t *xq,
                                 const float *xs, void *y, bool out_bf16, int m, int n, int k, bool accumulate,
                                 cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const float one = 1.0f, beta = accumulate ? 1.0f : 0.0f;
    cc_g8_plan *p = NULL;
    CC_ARG_CHECK(err, ctx && wq && ws && xq && xs && y && m >= 1 && n >= 1 && k >= 16 && k % 16 == 0,
                 "gemm_fp8: m=%d n=%d k=%d (k a multiple of 16)", m, n, k);
    for (int i = 0; i < ctx->n_plans; i++) {
        cc_g8_plan *c = &ctx->plans[i];
        if (c->m == m && c->n == n && c->k == k && c->out_bf16 == out_bf16) p = c;
    }
    if (p && p->refused) {
        rc = cc_fail(err, CC_ERR_UNSUPPORTED, "gemm_fp8: cuBLASLt has no e4m3 algorithm with per-row scales and %s "
                     "output for m=%d n=%d k=%d", out_bf16 ? "bf16" : "fp32", m, n, k);
        goto done;
    }
    if (!p) {
        CC_ARG_CHECK(err, ctx->n_plans < CC_G8_SHAPES, "gemm_fp8: more than %d shapes", CC_G8_SHAPES);
        p = &ctx->plans[ctx->n_plans];
        memset(p, 0, sizeof *p);
        p->m = m;
        p->n = n;
        p->k = k;
        p->out_bf16 = out_bf16;
        ctx->n_plans++; /* kept even when planning fails: its descriptors are freed with the context */
        rc = cc_g8_plan_shape(ctx, p, err);
        if (rc != CC_OK) {
            p->refused = rc == CC_ERR_UNSUPPORTED;
            if (!p->refused) p->m = -1; /* a failure of cuBLASLt itself: never matched, planned afresh */
            goto done;
        }
    }
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_A_SCALE_POINTER, &ws, sizeof ws));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_B_SCALE_POINTER, &xs, sizeof xs));
    CC_CUBLAS_TRY(err, cublasLtMatmul(ctx->lt, p->op, &one, wq, p->a, xq, p->b, &beta, y, p->c, y, p->c, &p->algo,
                                      ctx->workspace, CC_G8_WORKSPACE, st));
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
