/* gemm_bi.cu - the batch-invariant tensor-core GEMM: y[m][N] fp32 =
 * x[m][K] bf16 @ W[N][K]^T bf16 (+ y), for every step size of a
 * batch-invariant run (decode batches, prefill chunks, the output layer).
 * CPU reference: cc_ref_mmv on the bf16 weights with x rounded to bf16
 * (mmv_quant_ref.c).
 *
 * Why invariant: every output element is computed the same way whatever m,
 * the tile shape or the K split chosen for the launch.  K is cut into fixed
 * chunks of CC_GEMM_BI_CHUNK columns (the last may be shorter); a chunk's
 * partial sum is a chain of 16-deep bf16 tensor-core steps (wmma 16x16x16,
 * fp32 accumulation) in k order starting from zero; the element is
 * ((0 + p0) + p1) + ... in chunk order, then added to y when accumulating.
 * Rows never interact inside a tensor-core step, so neither the batch nor
 * the rows around a row change its bits.  Tile shapes (BM x BN) are chosen by
 * the launch's size only to fill the GPU; a launch too small to fill it runs
 * one thread block per chunk ("split") and sums the chunk partials in a
 * second kernel, in the same order.
 *
 * Pipeline: 4-stage cp.async ring of 32-wide K tiles in shared memory (rows
 * padded to 40 bf16 against bank conflicts), warps of 16x16 fragments; the
 * epilogue goes through a per-warp 16x16 scratch so edges need no padding. */
#include <cuda_bf16.h>
#include <mma.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"

using namespace nvcuda;

#define BI_BK 32                 /* K tile */
#define BI_LDS (BI_BK + 8)       /* shared row stride in bf16 (80 bytes) */
#define BI_STAGES 4              /* cp.async ring depth */

static_assert(CC_GEMM_BI_CHUNK % BI_BK == 0, "chunks are whole K tiles");

__device__ __forceinline__ void bi_cp_async16(void *smem, const void *gmem, int src_bytes) {
    const unsigned s = (unsigned)__cvta_generic_to_shared(smem);
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(s), "l"(gmem), "r"(src_bytes));
}
__device__ __forceinline__ void bi_cp_commit() { asm volatile("cp.async.commit_group;\n" ::); }
template <int N>
__device__ __forceinline__ void bi_cp_wait() {
    asm volatile("cp.async.wait_group %0;\n" ::"n"(N));
}

typedef wmma::fragment<wmma::accumulator, 16, 16, 16, float> bi_acc;

/* One launch: WM x WN warps, each FM x FN fragments; the tile is BM x BN.
 * SPLIT: block z computes chunk z only and writes its partial to part[z][m][n]. */
template <int WM, int WN, int FM, int FN, bool SPLIT>
__global__ void __launch_bounds__(WM *WN * 32)
    cc_gemm_bi_kernel(const __nv_bfloat16 *__restrict__ w, const __nv_bfloat16 *__restrict__ x, int64_t ldx,
                      float *__restrict__ y, int64_t ldy, int m, int n, int k, int accumulate, float *__restrict__ part) {
    constexpr int BM = WM * FM * 16, BN = WN * FN * 16, NT = WM * WN * 32;
    extern __shared__ __align__(128) unsigned char bi_smem[];
    __nv_bfloat16 *As = (__nv_bfloat16 *)bi_smem;                  /* [STAGES][BM][LDS] */
    __nv_bfloat16 *Bs = As + BI_STAGES * BM * BI_LDS;              /* [STAGES][BN][LDS] */
    float *scratch = (float *)(Bs + BI_STAGES * BN * BI_LDS);      /* [warps][16][16] */

    const int tid = threadIdx.x, lane = tid & 31, warp = tid >> 5;
    const int wm = warp / WN, wn = warp % WN;
    const int n0 = blockIdx.x * BN, m0 = blockIdx.y * BM;
    int kbeg = 0, kend = k;
    if (SPLIT) {
        kbeg = blockIdx.z * CC_GEMM_BI_CHUNK;
        kend = min(k, kbeg + CC_GEMM_BI_CHUNK);
    }
    const int KT = (kend - kbeg) / BI_BK;

    auto load_tile = [&](int stage, int kt) {
        const int k0 = kbeg + kt * BI_BK;
        __nv_bfloat16 *as = As + stage * BM * BI_LDS, *bs = Bs + stage * BN * BI_LDS;
        for (int c = tid; c < BM * (BI_BK / 8); c += NT) {
            const int r = c / (BI_BK / 8), kc = (c % (BI_BK / 8)) * 8, gr = m0 + r;
            const __nv_bfloat16 *src = gr < m ? x + (int64_t)gr * ldx + k0 + kc : x;
            bi_cp_async16(as + r * BI_LDS + kc, src, gr < m ? 16 : 0);
        }
        for (int c = tid; c < BN * (BI_BK / 8); c += NT) {
            const int r = c / (BI_BK / 8), kc = (c % (BI_BK / 8)) * 8, gr = n0 + r;
            const __nv_bfloat16 *src = gr < n ? w + (int64_t)gr * k + k0 + kc : w;
            bi_cp_async16(bs + r * BI_LDS + kc, src, gr < n ? 16 : 0);
        }
    };

    bi_acc acc[FM][FN], total[FM][FN];
#pragma unroll
    for (int i = 0; i < FM; i++)
#pragma unroll
        for (int j = 0; j < FN; j++) {
            wmma::fill_fragment(acc[i][j], 0.0f);
            wmma::fill_fragment(total[i][j], 0.0f);
        }

#pragma unroll
    for (int s = 0; s < BI_STAGES - 1; s++) {
        if (s < KT) load_tile(s, s);
        bi_cp_commit();
    }
    for (int kt = 0; kt < KT; kt++) {
        bi_cp_wait<BI_STAGES - 2>();
        __syncthreads(); /* tile kt landed for everyone; stage (kt-1) % STAGES is free */
        if (kt + BI_STAGES - 1 < KT) load_tile((kt + BI_STAGES - 1) % BI_STAGES, kt + BI_STAGES - 1);
        bi_cp_commit();
        if (!SPLIT && kt > 0 && (kt * BI_BK) % CC_GEMM_BI_CHUNK == 0) { /* a chunk ended: fold it in */
#pragma unroll
            for (int i = 0; i < FM; i++)
#pragma unroll
                for (int j = 0; j < FN; j++) {
#pragma unroll
                    for (int t = 0; t < acc[i][j].num_elements; t++) total[i][j].x[t] += acc[i][j].x[t];
                    wmma::fill_fragment(acc[i][j], 0.0f);
                }
        }
        const int stage = kt % BI_STAGES;
        const __nv_bfloat16 *as = As + stage * BM * BI_LDS + (wm * FM * 16) * BI_LDS;
        const __nv_bfloat16 *bs = Bs + stage * BN * BI_LDS + (wn * FN * 16) * BI_LDS;
#pragma unroll
        for (int kk = 0; kk < BI_BK; kk += 16) {
            wmma::fragment<wmma::matrix_a, 16, 16, 16, __nv_bfloat16, wmma::row_major> fa[FM];
            wmma::fragment<wmma::matrix_b, 16, 16, 16, __nv_bfloat16, wmma::col_major> fb[FN];
#pragma unroll
            for (int i = 0; i < FM; i++) wmma::load_matrix_sync(fa[i], as + i * 16 * BI_LDS + kk, BI_LDS);
#pragma unroll
            for (int j = 0; j < FN; j++) wmma::load_matrix_sync(fb[j], bs + j * 16 * BI_LDS + kk, BI_LDS);
#pragma unroll
            for (int i = 0; i < FM; i++)
#pragma unroll
                for (int j = 0; j < FN; j++) wmma::mma_sync(acc[i][j], fa[i], fb[j], acc[i][j]);
        }
    }
    bi_cp_wait<0>();

    /* epilogue: fold the last chunk, then each fragment through the warp's scratch */
    float *sc = scratch + warp * 256;
#pragma unroll
    for (int i = 0; i < FM; i++)
#pragma unroll
        for (int j = 0; j < FN; j++) {
            if (!SPLIT) {
#pragma unroll
                for (int t = 0; t < acc[i][j].num_elements; t++) total[i][j].x[t] += acc[i][j].x[t];
                wmma::store_matrix_sync(sc, total[i][j], 16, wmma::mem_row_major);
            } else {
                wmma::store_matrix_sync(sc, acc[i][j], 16, wmma::mem_row_major);
            }
            __syncwarp();
            const int rb = m0 + (wm * FM + i) * 16, cb = n0 + (wn * FN + j) * 16;
#pragma unroll
            for (int e = 0; e < 8; e++) {
                const int idx = lane * 8 + e, r = rb + idx / 16, c = cb + idx % 16;
                if (r < m && c < n) {
                    const float v = sc[idx];
                    if (SPLIT) {
                        part[((int64_t)blockIdx.z * m + r) * n + c] = v;
                    } else {
                        float *o = y + (int64_t)r * ldy + c;
                        *o = accumulate ? *o + v : v;
                    }
                }
            }
            __syncwarp();
        }
}

/* y = (0 + part[0]) + part[1] + ... (+ y first when accumulating, as the one-pass kernel does). */
__global__ void cc_gemm_bi_reduce(const float *__restrict__ part, int chunks, float *__restrict__ y, int64_t ldy, int m,
                                  int n, int accumulate) {
    const int64_t total = (int64_t)m * n;
    for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < total; i += (int64_t)gridDim.x * blockDim.x) {
        float s = 0.0f;
        for (int z = 0; z < chunks; z++) s += part[(int64_t)z * total + i];
        const int r = (int)(i / n), c = (int)(i % n);
        float *o = y + (int64_t)r * ldy + c;
        *o = accumulate ? *o + s : s;
    }
}

template <int WM, int WN, int FM, int FN, bool SPLIT>
static cc_status bi_launch(const cc_gemm_bi_args *a, int chunks, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    constexpr int BM = WM * FM * 16, BN = WN * FN * 16, NT = WM * WN * 32;
    const size_t smem = (size_t)BI_STAGES * (BM + BN) * BI_LDS * 2 + (size_t)WM * WN * 256 * sizeof(float);
    static bool configured = false; /* one per instantiation */
    if (!configured) {
        CC_CUDA_TRY(err, cudaFuncSetAttribute(cc_gemm_bi_kernel<WM, WN, FM, FN, SPLIT>,
                                              cudaFuncAttributeMaxDynamicSharedMemorySize, (int)smem));
        configured = true;
    }
    {
        const dim3 grid((unsigned)((a->n + BN - 1) / BN), (unsigned)((a->m + BM - 1) / BM), SPLIT ? (unsigned)chunks : 1u);
        cc_gemm_bi_kernel<WM, WN, FM, FN, SPLIT><<<grid, NT, smem, st>>>(
            (const __nv_bfloat16 *)a->w, (const __nv_bfloat16 *)a->x, a->ldx, a->y, a->ldy, a->m, a->n, a->k,
            a->accumulate ? 1 : 0, (float *)a->work);
        CC_LAUNCH_CHECK(err, st);
    }
    if (SPLIT) {
        const int64_t total = (int64_t)a->m * a->n;
        int64_t blocks = (total + 255) / 256;
        if (blocks > 4096) blocks = 4096;
        cc_gemm_bi_reduce<<<(unsigned)blocks, 256, 0, st>>>((const float *)a->work, chunks, a->y, a->ldy, a->m, a->n,
                                                            a->accumulate ? 1 : 0);
        CC_LAUNCH_CHECK(err, st);
    }
done:
    return rc;
}

/* The tile shapes, largest first. */
#define BI_NCFG 4
static const int bi_cfg_bm[BI_NCFG] = {128, 64, 32, 16};
static const int bi_cfg_bn[BI_NCFG] = {128, 128, 64, 64};

static int bi_sm_count(void) {
    static int sms = 0;
    if (sms == 0) {
        int dev = 0, v = 0;
        if (cudaGetDevice(&dev) == cudaSuccess &&
            cudaDeviceGetAttribute(&v, cudaDevAttrMultiProcessorCount, dev) == cudaSuccess && v > 0)
            sms = v;
        else
            sms = 132;
    }
    return sms;
}

extern "C" size_t cc_gemm_bi_work_bytes(int max_split_m, int n, int k) {
    const size_t chunks = (size_t)((k + CC_GEMM_BI_CHUNK - 1) / CC_GEMM_BI_CHUNK);
    return chunks * (size_t)(max_split_m < 1 ? 1 : max_split_m) * (size_t)(n < 1 ? 1 : n) * sizeof(float);
}

extern "C" int cc_gemm_bi_plan(int m, int n, int k, size_t work_bytes, int *split) {
    const int target = bi_sm_count();
    const int chunks = (k + CC_GEMM_BI_CHUNK - 1) / CC_GEMM_BI_CHUNK;
    *split = 0;
    for (int c = 0; c < BI_NCFG; c++) {
        const int64_t ctas = (int64_t)((m + bi_cfg_bm[c] - 1) / bi_cfg_bm[c]) * ((n + bi_cfg_bn[c] - 1) / bi_cfg_bn[c]);
        if (ctas >= target) return c;
    }
    /* too small to fill the GPU even with the smallest tiles: one block per chunk */
    const int c = m <= 16 ? 3 : 2;
    const int64_t ctas = (int64_t)((m + bi_cfg_bm[c] - 1) / bi_cfg_bm[c]) * ((n + bi_cfg_bn[c] - 1) / bi_cfg_bn[c]);
    if (chunks > 1 && ctas < target && m <= 64 && (size_t)chunks * (size_t)m * (size_t)n * sizeof(float) <= work_bytes)
        *split = 1;
    return c;
}

extern "C" cc_status cc_cuda_gemm_bi(const cc_gemm_bi_args *a, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    int split = 0, cfg = 0;
    CC_ARG_CHECK(err, a && a->w && a->x && a->y && a->m >= 1 && a->n >= 1 && a->k >= BI_BK && a->k % BI_BK == 0,
                 "gemm_bi: m=%d n=%d k=%d (k a positive multiple of %d)", a ? a->m : 0, a ? a->n : 0, a ? a->k : 0,
                 BI_BK);
    CC_ARG_CHECK(err, a->ldx >= a->k && a->ldx % 8 == 0 && ((uintptr_t)a->x & 15) == 0 && ((uintptr_t)a->w & 15) == 0 &&
                          a->ldy >= a->n,
                 "gemm_bi: ldx %lld (>= k, a multiple of 8), 16-byte aligned x and w, ldy %lld (>= n)",
                 (long long)a->ldx, (long long)a->ldy);
    cfg = cc_gemm_bi_plan(a->m, a->n, a->k, a->work ? a->work_bytes : 0, &split);
    if (split) {
        const int chunks = (a->k + CC_GEMM_BI_CHUNK - 1) / CC_GEMM_BI_CHUNK;
        rc = cfg == 3 ? bi_launch<1, 4, 1, 1, true>(a, chunks, st, err) : bi_launch<2, 2, 1, 2, true>(a, chunks, st, err);
    } else {
        switch (cfg) {
        case 0: rc = bi_launch<2, 4, 4, 2, false>(a, 1, st, err); break;
        case 1: rc = bi_launch<2, 4, 2, 2, false>(a, 1, st, err); break;
        case 2: rc = bi_launch<2, 2, 1, 2, false>(a, 1, st, err); break;
        default: rc = bi_launch<1, 4, 1, 1, false>(a, 1, st, err); break;
        }
    }
done:
    return rc;
}
