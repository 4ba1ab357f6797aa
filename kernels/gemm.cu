/* gemm.cu - the large-batch / prefill path: cuBLASLt bf16 GEMM with fp32
 * accumulation and output, the algorithm chosen once per shape by timing the
 * heuristic's candidates (and recorded), plus the load-time expansion of any
 * weight type to bf16 and the fp32 -> bf16 activation conversion.
 * CPU reference: cc_ref_mmv (mmv_quant_ref.c) on the same weights.
 *
 * Layout: W[N][K] bf16 row-major is a K x N column-major matrix; cuBLASLt
 * computes D (N x m, column-major = y[m][N]) = op(W)=W^T-view . X, with
 * X[m][K] bf16 as a K x m column-major matrix.
 * Not batch invariant (cuBLAS picks kernels by shape): used for prefill. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "dequant.cuh"

#define CC_GEMM_WORKSPACE (32u << 20)
#define CC_GEMM_SHAPES 256
#define CC_GEMM_CANDIDATES 8

/* One planned shape: its descriptors and the algorithm picked for it. */
typedef struct {
    int m, n, k;                       /* y[m][n] = x[m][k] W[n][k]^T */
    cublasLtMatmulDesc_t op;           /* bf16 x bf16 -> fp32, W transposed */
    cublasLtMatrixLayout_t a, b, c;    /* W, X, Y layouts */
    cublasLtMatmulAlgo_t algo;         /* the chosen algorithm */
    int chosen, candidates;            /* its index among the heuristic's candidates */
    float us;                          /* its measured time (0 when chosen untimed) */
} cc_gemm_plan;

struct cc_gemm_ctx {
    cublasLtHandle_t lt;                 /* cuBLASLt handle */
    void *workspace;                     /* device workspace, CC_GEMM_WORKSPACE bytes */
    cc_gemm_plan plans[CC_GEMM_SHAPES];  /* shapes seen so far */
    int n_plans;                         /* entries used */
};

extern "C" cc_status cc_gemm_ctx_create(cc_gemm_ctx **out, cc_error *err) {
    cc_status rc = CC_OK;
    cc_gemm_ctx *ctx = (cc_gemm_ctx *)calloc(1, sizeof *ctx);
    *out = NULL;
    if (!ctx) {
        rc = cc_fail(err, CC_ERR_NOMEM, "gemm: context");
        goto done;
    }
    CC_CUBLAS_TRY(err, cublasLtCreate(&ctx->lt));
    CC_CUDA_TRY(err, cudaMalloc(&ctx->workspace, CC_GEMM_WORKSPACE));
    *out = ctx;
    ctx = NULL;
done:
    cc_gemm_ctx_free(ctx);
    return rc;
}

extern "C" void cc_gemm_ctx_free(cc_gemm_ctx *ctx) {
    if (!ctx) return;
    for (int i = 0; i < ctx->n_plans; i++) {
        cc_gemm_plan *p = &ctx->plans[i];
        if (p->a) cublasLtMatrixLayoutDestroy(p->a);
        if (p->b) cublasLtMatrixLayoutDestroy(p->b);
        if (p->c) cublasLtMatrixLayoutDestroy(p->c);
        if (p->op) cublasLtMatmulDescDestroy(p->op);
    }
    if (ctx->workspace) cudaFree(ctx->workspace);
    if (ctx->lt) cublasLtDestroy(ctx->lt);
    free(ctx);
}

/* Describe the shape and pick its algorithm: time each candidate (3 runs
 * after a warm-up) when allowed to overwrite y, else take the heuristic's first. */
static cc_status cc_gemm_plan_shape(cc_gemm_ctx *ctx, cc_gemm_plan *p, const uint16_t *w, const uint16_t *x, float *y,
                                    bool may_time, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    cublasLtMatmulPreference_t pref = NULL;
    cublasLtMatmulHeuristicResult_t res[CC_GEMM_CANDIDATES];
    cudaEvent_t e0 = NULL, e1 = NULL;
    const cublasOperation_t ta = CUBLAS_OP_T, tb = CUBLAS_OP_N;
    const uint64_t ws = CC_GEMM_WORKSPACE;
    const float one = 1.0f, zero = 0.0f;
    int found = 0;
    float best = -1.0f;
    memset(res, 0, sizeof res);
    CC_CUBLAS_TRY(err, cublasLtMatmulDescCreate(&p->op, CUBLAS_COMPUTE_32F, CUDA_R_32F));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_TRANSA, &ta, sizeof ta));
    CC_CUBLAS_TRY(err, cublasLtMatmulDescSetAttribute(p->op, CUBLASLT_MATMUL_DESC_TRANSB, &tb, sizeof tb));
    CC_CUBLAS_TRY(err, cublasLtMatrixLayoutCreate(&p->a, CUDA_R_16BF, (uint64_t)p->k, (uint64_t)p->n, p->k));
    CC_CUBLAS_TRY(err, cublasLtMatrixLayoutCreate(&p->b, CUDA_R_16BF, (uint64_t)p->k, (uint64_t)p->m, p->k));
    CC_CUBLAS_TRY(err, cublasLtMatrixLayoutCreate(&p->c, CUDA_R_32F, (uint64_t)p->n, (uint64_t)p->m, p->n));
    CC_CUBLAS_TRY(err, cublasLtMatmulPreferenceCreate(&pref));
    CC_CUBLAS_TRY(err, cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &ws,
                                                            sizeof ws));
    CC_CUBLAS_TRY(err, cublasLtMatmulAlgoGetHeuristic(ctx->lt, p->op, p->a, p->b, p->c, p->c, pref,
                                                      CC_GEMM_CANDIDATES, res, &found));
    if (found < 1) {
        rc = cc_fail(err, CC_ERR_UNSUPPORTED, "gemm: cuBLASLt has no algorithm for m=%d n=%d k=%d", p->m, p->n, p->k);
        goto done;
    }
    p->candidates = found;
    p->algo = res[0].algo;
    p->chosen = 0;
    p->us = 0.0f;
    if (!may_time) goto done;
    CC_CUDA_TRY(err, cudaEventCreate(&e0));
    CC_CUDA_TRY(err, cudaEventCreate(&e1));
    for (int i = 0; i < found; i++) {
        float ms = 0.0f;
        if (res[i].state != CUBLAS_STATUS_SUCCESS) continue;
        if (cublasLtMatmul(ctx->lt, p->op, &one, w, p->a, x, p->b, &zero, y, p->c, y, p->c, &res[i].algo,
                           ctx->workspace, CC_GEMM_WORKSPACE, st) != CUBLAS_STATUS_SUCCESS)
            continue; /* a candidate that refuses to run is skipped */
        CC_CUDA_TRY(err, cudaEventRecord(e0, st));
        for (int r = 0; r < 3; r++)
            CC_CUBLAS_TRY(err, cublasLtMatmul(ctx->lt, p->op, &one, w, p->a, x, p->b, &zero, y, p->c, y, p->c,
                                              &res[i].algo, ctx->workspace, CC_GEMM_WORKSPACE, st));
        CC_CUDA_TRY(err, cudaEventRecord(e1, st));
        CC_CUDA_TRY(err, cudaEventSynchronize(e1));
        CC_CUDA_TRY(err, cudaEventElapsedTime(&ms, e0, e1));
        if (best < 0.0f || ms < best) {
            best = ms;
            p->algo = res[i].algo;
            p->chosen = i;
        }
    }
    p->us = best > 0.0f ? best * 1000.0f / 3.0f : 0.0f;
done:
    if (pref) cublasLtMatmulPreferenceDestroy(pref);
    if (e0) cudaEventDestroy(e0);
    if (e1) cudaEventDestroy(e1);
    return rc;
}

extern "C" cc_status cc_gemm_bf16(cc_gemm_ctx *ctx, const uint16_t *w, const uint16_t *x, float *y, int m, int n,
                                  int k, bool accumulate, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const float one = 1.0f, beta = accumulate ? 1.0f : 0.0f;
    cc_gemm_plan *p = NULL;
    CC_ARG_CHECK(err, ctx && m >= 1 && n >= 1 && k >= 1 && k % 8 == 0, "gemm: m=%d n=%d k=%d (k a multiple of 8)",
                 m, n, k);
    for (int i = 0; i < ctx->n_plans; i++)
        if (ctx->plans[i].m == m && ctx->plans[i].n == n && ctx->plans[i].k == k) p = &ctx->plans[i];
    if (!p) {
        CC_ARG_CHECK(err, ctx->n_plans < CC_GEMM_SHAPES, "gemm: more than %d shapes", CC_GEMM_SHAPES);
        p = &ctx->plans[ctx->n_plans++];
        memset(p, 0, sizeof *p);
        p->m = m;
        p->n = n;
        p->k = k;
        rc = cc_gemm_plan_shape(ctx, p, w, x, y, !accumulate, st, err);
        if (rc != CC_OK) goto done;
    }
    CC_CUBLAS_TRY(err, cublasLtMatmul(ctx->lt, p->op, &one, w, p->a, x, p->b, &beta, y, p->c, y, p->c, &p->algo,
                                      ctx->workspace, CC_GEMM_WORKSPACE, st));
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

extern "C" void cc_gemm_ctx_report(const cc_gemm_ctx *ctx, void *file) {
    FILE *f = (FILE *)file;
    for (int i = 0; ctx && i < ctx->n_plans; i++) {
        const cc_gemm_plan *p = &ctx->plans[i];
        fprintf(f, "gemm m=%d n=%d k=%d: cuBLASLt algorithm #%d of %d, %s %.2f us\n", p->m, p->n, p->k, p->chosen,
                p->candidates, p->us > 0.0f ? "timed" : "untimed", (double)p->us);
    }
}

/* ------------------------------------------------------------ conversions */

template <cc_ttype T>
__global__ void __launch_bounds__(128) cc_dequant_bf16_kernel(cc_wdev w, __nv_bfloat16 *out) {
    constexpr int E = cc_unit_elems<T>::value;
    const int64_t row = blockIdx.x;
    __nv_bfloat16 *o = out + row * w.n_cols;
    for (int64_t u = threadIdx.x; u < w.n_cols / E; u += 128) {
        float v[E == 32 ? 32 : 16];
        int64_t s0, s1;
        cc_dequant_unit<T>(w, row, u, v, s0, s1);
#pragma unroll
        for (int i = 0; i < (E == 8 ? 8 : 16); i++) o[s0 + i] = __float2bfloat16_rn(v[i]);
        if (E == 32) {
#pragma unroll
            for (int i = 0; i < 16; i++) o[s1 + i] = __float2bfloat16_rn(v[16 + i]);
        }
    }
}

extern "C" cc_status cc_cuda_dequant_bf16(const cc_dev_weight *w, uint16_t *out, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const cc_wdev d = cc_wdev_from(w);
    const int ue = cc_qunit_elems(w->type);
    __nv_bfloat16 *o = (__nv_bfloat16 *)out;
    const unsigned grid = (unsigned)w->n_rows;
    CC_ARG_CHECK(err, ue > 0 && w->n_cols % ue == 0 && w->n_rows >= 1 && w->n_rows <= INT32_MAX,
                 "dequant_bf16: %lld x %lld weight of type %d", (long long)w->n_rows, (long long)w->n_cols,
                 (int)w->type);
    switch (w->type) {
    case CC_T_F16: cc_dequant_bf16_kernel<CC_T_F16><<<grid, 128, 0, st>>>(d, o); break;
    case CC_T_BF16: cc_dequant_bf16_kernel<CC_T_BF16><<<grid, 128, 0, st>>>(d, o); break;
    case CC_T_Q8_0: cc_dequant_bf16_kernel<CC_T_Q8_0><<<grid, 128, 0, st>>>(d, o); break;
    case CC_T_Q4_0: cc_dequant_bf16_kernel<CC_T_Q4_0><<<grid, 128, 0, st>>>(d, o); break;
    case CC_T_Q4_1: cc_dequant_bf16_kernel<CC_T_Q4_1><<<grid, 128, 0, st>>>(d, o); break;
    case CC_T_Q4_K: cc_dequant_bf16_kernel<CC_T_Q4_K><<<grid, 128, 0, st>>>(d, o); break;
    case CC_T_Q6_K: cc_dequant_bf16_kernel<CC_T_Q6_K><<<grid, 128, 0, st>>>(d, o); break;
    default: rc = cc_fail(err, CC_ERR_UNSUPPORTED, "dequant_bf16: tensor type %d", (int)w->type); goto done;
    }
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

__global__ void cc_f32_to_bf16_kernel(const float *in, __nv_bfloat16 *out, int64_t n) {
    for (int64_t j = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; j < n; j += (int64_t)gridDim.x * blockDim.x)
        out[j] = __float2bfloat16_rn(in[j]);
}

extern "C" cc_status cc_cuda_f32_to_bf16(const float *in, uint16_t *out, int64_t n, cc_cuda_stream s,
                                         cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const int64_t blocks = (n + 255) / 256;
    CC_ARG_CHECK(err, n >= 1, "f32_to_bf16: %lld elements", (long long)n);
    cc_f32_to_bf16_kernel<<<(unsigned)(blocks > 65535 ? 65535 : blocks), 256, 0, st>>>(in, (__nv_bfloat16 *)out, n);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
