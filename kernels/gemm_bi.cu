/* gemm_bi.cu - the batch-invariant tensor-core GEMM: y[m][N] fp32 =
 * x[m][K] bf16 @ W[N][K]^T bf16 (+ y), for every step size of a
 * batch-invariant run (decode batches, prefill chunks, the output layer).
 * CPU reference: cc_ref_mmv on the bf16 weights with x rounded to bf16
 * (mmv_quant_ref.c).
 *
 * Why invariant: every output element is computed the same way whatever m,
 * the tile shape or the K split chosen for the launch.  K is cut into fixed
 * chunks of CC_GEMM_BI_CHUNK columns (the last may be shorter); a chunk's
 * partial sum is a chain of mma.sync m16n8k16 steps (bf16 in, fp32
 * accumulation) in k order starting from zero, the columns past K of the
 * last 64-wide tile read as zeros; the element is ((0 + p0) + p1) + ... in
 * chunk order, then added to y when accumulating.  Rows never interact
 * inside a tensor-core step, so neither the batch nor the rows around a row
 * change its bits.  The tile shape (BM x BN) is chosen per launch from a
 * cost estimate only to run fast; a launch too small to fill the GPU may run
 * one thread block per chunk ("split") and sum the chunk partials in a
 * second kernel, in the same order.
 *
 * Pipeline: 4-stage cp.async ring of 64-wide K tiles in shared memory (rows
 * padded to 72 bf16: ldmatrix rows land on distinct banks), ldmatrix.x4
 * operand loads, warp tiles of (MT x 16) x (NT x 8) accumulated in
 * registers, the running chunk total beside them. */
#include <cuda_bf16.h>
#include <math.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"

#define BI_BK 64                 /* K tile */
#define BI_LDS (BI_BK + 8)       /* shared row stride in bf16 (144 bytes) */
#define BI_STAGES 4              /* cp.async ring depth */

static_assert(CC_GEMM_BI_CHUNK % BI_BK == 0, "chunks are whole K tiles");

__device__ __forceinline__ void bi_cp_async16(void *smem, const void *gmem, int src_bytes) {
    const unsigned s = (unsigned)__cvta_generic_to_shared(smem);
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;\n" ::"r"(s), "l"(gmem), "r"(src_bytes) : "memory");
}
__device__ __forceinline__ void bi_cp_commit() { asm volatile("cp.async.commit_group;\n" ::: "memory"); }
template <int N>
__device__ __forceinline__ void bi_cp_wait() {
    asm volatile("cp.async.wait_group %0;\n" ::"n"(N) : "memory");
}
__device__ __forceinline__ void bi_ldsm_x4(uint32_t r[4], const __nv_bfloat16 *p) {
    const unsigned s = (unsigned)__cvta_generic_to_shared(p);
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(s)
                 : "memory");
}
/* d += a (16x16, row) . b (16x8, col), fp32 accumulators */
__device__ __forceinline__ void bi_mma(float d[4], const uint32_t a[4], uint32_t b0, uint32_t b1) {
    asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, "
                 "{%0, %1, %2, %3};\n"
                 : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3])
                 : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b0), "r"(b1));
}

/* One launch: WM x WN warps, each MT x NT mma tiles (16 x 8); the block tile is BM x BN.
 * SPLIT: block z computes chunk z only and writes its partial to part[z][m][n]. */
template <int WM, int WN, int MT, int NT, bool SPLIT>
__global__ void __launch_bounds__(WM *WN * 32)
    cc_gemm_bi_kernel(const __nv_bfloat16 *__restrict__ w, const __nv_bfloat16 *__restrict__ x, int64_t ldx,
                      float *__restrict__ y, int64_t ldy, int m, int n, int k, int accumulate, float *__restrict__ part) {
    constexpr int BM = WM * MT * 16, BN = WN * NT * 8, NTH = WM * WN * 32;
    static_assert(NT % 2 == 0, "B operands load two 8-column tiles at a time");
    extern __shared__ __align__(128) unsigned char bi_smem[];
    __nv_bfloat16 *As = (__nv_bfloat16 *)bi_smem;     /* [STAGES][BM][LDS] */
    __nv_bfloat16 *Bs = As + BI_STAGES * BM * BI_LDS; /* [STAGES][BN][LDS] */

    const int tid = threadIdx.x, lane = tid & 31, warp = tid >> 5;
    const int wm = warp / WN, wn = warp % WN;
    const int n0 = blockIdx.x * BN, m0 = blockIdx.y * BM;
    int kbeg = 0, kend = k;
    if (SPLIT) {
        kbeg = blockIdx.z * CC_GEMM_BI_CHUNK;
        kend = min(k, kbeg + CC_GEMM_BI_CHUNK);
    }
    const int KT = (kend - kbeg + BI_BK - 1) / BI_BK;

    auto load_tile = [&](int stage, int kt) {
        const int k0 = kbeg + kt * BI_BK;
        __nv_bfloat16 *as = As + stage * BM * BI_LDS, *bs = Bs + stage * BN * BI_LDS;
#pragma unroll
        for (int c = tid; c < BM * (BI_BK / 8); c += NTH) {
            const int r = c / (BI_BK / 8), kc = (c % (BI_BK / 8)) * 8, gr = m0 + r, gk = k0 + kc;
            const bool ok = gr < m && gk < kend;
            bi_cp_async16(as + r * BI_LDS + kc, ok ? (const void *)(x + (int64_t)gr * ldx + gk) : (const void *)x,
                          ok ? 16 : 0);
        }
#pragma unroll
        for (int c = tid; c < BN * (BI_BK / 8); c += NTH) {
            const int r = c / (BI_BK / 8), kc = (c % (BI_BK / 8)) * 8, gr = n0 + r, gk = k0 + kc;
            const bool ok = gr < n && gk < kend;
            bi_cp_async16(bs + r * BI_LDS + kc, ok ? (const void *)(w + (int64_t)gr * k + gk) : (const void *)w,
                          ok ? 16 : 0);
        }
    };

    float acc[MT][NT][4], tot[MT][NT][4];
#pragma unroll
    for (int i = 0; i < MT; i++)
#pragma unroll
        for (int j = 0; j < NT; j++)
#pragma unroll
            for (int e = 0; e < 4; e++) acc[i][j][e] = tot[i][j][e] = 0.0f;

#pragma unroll
    for (int s = 0; s < BI_STAGES - 1; s++) {
        if (s < KT) load_tile(s, s);
        bi_cp_commit();
    }
    /* per-lane ldmatrix row/column offsets (see the PTX fragment layouts of m16n8k16) */
    const int a_row = (lane & 7) + ((lane >> 3) & 1) * 8, a_col = (lane >> 4) * 8;
    const int b_row = (lane & 7) + (lane >> 4) * 8, b_col = ((lane >> 3) & 1) * 8;
    for (int kt = 0; kt < KT; kt++) {
        bi_cp_wait<BI_STAGES - 2>();
        __syncthreads(); /* tile kt landed for everyone; stage (kt-1) % STAGES is free */
        if (kt + BI_STAGES - 1 < KT) load_tile((kt + BI_STAGES - 1) % BI_STAGES, kt + BI_STAGES - 1);
        bi_cp_commit();
        if (!SPLIT && kt > 0 && (kt * BI_BK) % CC_GEMM_BI_CHUNK == 0) { /* a chunk ended: fold it in */
#pragma unroll
            for (int i = 0; i < MT; i++)
#pragma unroll
                for (int j = 0; j < NT; j++)
#pragma unroll
                    for (int e = 0; e < 4; e++) {
                        tot[i][j][e] += acc[i][j][e];
                        acc[i][j][e] = 0.0f;
                    }
        }
        const int stage = kt % BI_STAGES;
        const __nv_bfloat16 *as = As + stage * BM * BI_LDS + (wm * MT * 16) * BI_LDS;
        const __nv_bfloat16 *bs = Bs + stage * BN * BI_LDS + (wn * NT * 8) * BI_LDS;
#pragma unroll
        for (int kk = 0; kk < BI_BK; kk += 16) {
            uint32_t a[MT][4], b[NT][2];
#pragma unroll
            for (int i = 0; i < MT; i++) bi_ldsm_x4(a[i], as + (i * 16 + a_row) * BI_LDS + kk + a_col);
#pragma unroll
            for (int j = 0; j < NT / 2; j++) {
                uint32_t r[4];
                bi_ldsm_x4(r, bs + (j * 16 + b_row) * BI_LDS + kk + b_col);
                b[2 * j][0] = r[0];
                b[2 * j][1] = r[1];
                b[2 * j + 1][0] = r[2];
                b[2 * j + 1][1] = r[3];
            }
#pragma unroll
            for (int i = 0; i < MT; i++)
#pragma unroll
                for (int j = 0; j < NT; j++) bi_mma(acc[i][j], a[i], b[j][0], b[j][1]);
        }
    }
    bi_cp_wait<0>();

    /* epilogue: accumulator e of tile (i, j) is row g (+8 for e >= 2), column 2 (lane % 4) + (e & 1) */
    const int g = lane >> 2, cq = (lane & 3) * 2;
#pragma unroll
    for (int i = 0; i < MT; i++)
#pragma unroll
        for (int j = 0; j < NT; j++)
#pragma unroll
            for (int e = 0; e < 4; e++) {
                const int r = m0 + (wm * MT + i) * 16 + g + (e >= 2 ? 8 : 0);
                const int c = n0 + (wn * NT + j) * 8 + cq + (e & 1);
                if (r < m && c < n) {
                    if (SPLIT) {
                        part[((int64_t)blockIdx.z * m + r) * n + c] = acc[i][j][e];
                    } else {
                        const float v = tot[i][j][e] + acc[i][j][e];
                        float *o = y + (int64_t)r * ldy + c;
                        *o = accumulate ? *o + v : v;
                    }
                }
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

/* The tile shapes: {WM, WN, MT, NT}, BM = WM MT 16, BN = WN NT 8; blocks per SM they allow. */
#define BI_NCFG 4
static const int bi_cfg[BI_NCFG][4] = {{2, 4, 4, 4}, {2, 4, 2, 4}, {2, 2, 1, 4}, {1, 4, 1, 2}};
static const int bi_cfg_occ[BI_NCFG] = {1, 2, 4, 4};
static const double bi_cfg_eff[BI_NCFG] = {1.0, 0.9, 0.55, 0.35}; /* tensor-core efficiency, guessed */
static const char *bi_cfg_name[BI_NCFG] = {"128x128", "64x128", "32x64", "16x64"};

static size_t bi_smem_bytes(int c) {
    const int bm = bi_cfg[c][0] * bi_cfg[c][2] * 16, bn = bi_cfg[c][1] * bi_cfg[c][3] * 8;
    return (size_t)BI_STAGES * (size_t)(bm + bn) * BI_LDS * 2;
}

template <int WM, int WN, int MT, int NT, bool SPLIT>
static cc_status bi_launch(const cc_gemm_bi_args *a, int cfg, int chunks, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    constexpr int BM = WM * MT * 16, BN = WN * NT * 8, NTH = WM * WN * 32;
    const size_t smem = bi_smem_bytes(cfg);
    static bool configured = false; /* one per instantiation */
    if (!configured) {
        CC_CUDA_TRY(err, cudaFuncSetAttribute(cc_gemm_bi_kernel<WM, WN, MT, NT, SPLIT>,
                                              cudaFuncAttributeMaxDynamicSharedMemorySize, (int)smem));
        configured = true;
    }
    {
        const dim3 grid((unsigned)((a->n + BN - 1) / BN), (unsigned)((a->m + BM - 1) / BM), SPLIT ? (unsigned)chunks : 1u);
        cc_gemm_bi_kernel<WM, WN, MT, NT, SPLIT><<<grid, NTH, smem, st>>>(
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

extern "C" const char *cc_gemm_bi_tile_name(int tile) { return tile >= 0 && tile < BI_NCFG ? bi_cfg_name[tile] : "?"; }

/* Estimated time of a launch shape (arbitrary units): the slower of tensor-core work in whole
 * waves and operand traffic through L2, plus the partials' round trip when split. */
static double bi_cost(int c, int split, int m, int n, int k, int chunks) {
    const double sms = (double)bi_sm_count(), per_sm_flops = 3.8e12, l2_bw = 8e12, dram_bw = 3.5e12;
    const int bm = bi_cfg[c][0] * bi_cfg[c][2] * 16, bn = bi_cfg[c][1] * bi_cfg[c][3] * 8;
    const double tiles = (double)((m + bm - 1) / bm) * (double)((n + bn - 1) / bn);
    const double ctas = split ? tiles * chunks : tiles;
    const double kc = split ? (double)(k < CC_GEMM_BI_CHUNK ? k : CC_GEMM_BI_CHUNK) : (double)k;
    const double waves = ceil(ctas / (sms * bi_cfg_occ[c]));
    const double compute = waves * bi_cfg_occ[c] * (2.0 * bm * bn * kc) / (bi_cfg_eff[c] * per_sm_flops);
    const double traffic = ctas * (double)(bm + bn) * kc * 2.0 / l2_bw;
    const double partials = split ? 2.0 * chunks * (double)m * n * 4.0 / dram_bw : 0.0;
    return (compute > traffic ? compute : traffic) + partials;
}

extern "C" int cc_gemm_bi_plan(int m, int n, int k, size_t work_bytes, int *split) {
    const int chunks = (k + CC_GEMM_BI_CHUNK - 1) / CC_GEMM_BI_CHUNK;
    const bool can_split =
        chunks > 1 && m <= 64 && (size_t)chunks * (size_t)m * (size_t)n * sizeof(float) <= work_bytes;
    int best = 0, best_split = 0;
    double best_cost = -1.0;
    for (int c = 0; c < BI_NCFG; c++)
        for (int s = 0; s <= (can_split ? 1 : 0); s++) {
            const double t = bi_cost(c, s, m, n, k, chunks);
            if (best_cost < 0 || t < best_cost) {
                best_cost = t;
                best = c;
                best_split = s;
            }
        }
    *split = best_split;
    return best;
}

extern "C" cc_status cc_cuda_gemm_bi(const cc_gemm_bi_args *a, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    int split = 0, cfg = 0, chunks = 0;
    CC_ARG_CHECK(err, a && a->w && a->x && a->y && a->m >= 1 && a->n >= 1 && a->k >= 8 && a->k % 8 == 0,
                 "gemm_bi: m=%d n=%d k=%d (k a positive multiple of 8)", a ? a->m : 0, a ? a->n : 0, a ? a->k : 0);
    CC_ARG_CHECK(err, a->ldx >= a->k && a->ldx % 8 == 0 && ((uintptr_t)a->x & 15) == 0 && ((uintptr_t)a->w & 15) == 0 &&
                          a->ldy >= a->n,
                 "gemm_bi: ldx %lld (>= k, a multiple of 8), 16-byte aligned x and w, ldy %lld (>= n)",
                 (long long)a->ldx, (long long)a->ldy);
    chunks = (a->k + CC_GEMM_BI_CHUNK - 1) / CC_GEMM_BI_CHUNK;
    if (a->force > 0) { /* tests and benchmarks: a given tile shape and split */
        cfg = (a->force - 1) / 2;
        split = (a->force - 1) % 2;
        CC_ARG_CHECK(err, cfg < BI_NCFG && (!split || (chunks > 1 && a->work &&
                                                       (size_t)chunks * (size_t)a->m * (size_t)a->n * sizeof(float) <=
                                                           a->work_bytes)),
                     "gemm_bi: forced shape %d (tile %d, split %d) not possible here", a->force, cfg, split);
    } else {
        cfg = cc_gemm_bi_plan(a->m, a->n, a->k, a->work ? a->work_bytes : 0, &split);
    }
    if (split) {
        switch (cfg) {
        case 0: rc = bi_launch<2, 4, 4, 4, true>(a, cfg, chunks, st, err); break;
        case 1: rc = bi_launch<2, 4, 2, 4, true>(a, cfg, chunks, st, err); break;
        case 2: rc = bi_launch<2, 2, 1, 4, true>(a, cfg, chunks, st, err); break;
        default: rc = bi_launch<1, 4, 1, 2, true>(a, cfg, chunks, st, err); break;
        }
    } else {
        switch (cfg) {
        case 0: rc = bi_launch<2, 4, 4, 4, false>(a, cfg, 1, st, err); break;
        case 1: rc = bi_launch<2, 4, 2, 4, false>(a, cfg, 1, st, err); break;
        case 2: rc = bi_launch<2, 2, 1, 4, false>(a, cfg, 1, st, err); break;
        default: rc = bi_launch<1, 4, 1, 2, false>(a, cfg, 1, st, err); break;
        }
    }
done:
    return rc;
}
