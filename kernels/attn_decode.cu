/* attn_decode.cu - decode attention over the paged K/V cache: one query
 * token per sequence, grouped-query heads.  CPU reference:
 * cc_ref_attn_decode (attn_ref.c).
 *
 * Pass 1, grid (kv head g, sequence s, span z), 128 threads: the block reads
 * context positions [z*SPLIT, min(len, (z+1)*SPLIT)) of kv head g once and
 * serves all G = n_head/n_kv_head query heads of the group.  Warp w takes
 * 32-token tiles w, w+4, ...: lane = token for q.k (q scaled, in shared
 * memory), online softmax per head across the warp, then lane = dims for
 * p.V (coalesced V rows).  The four warps' (max, sum, o) are merged in warp
 * order and written unnormalized to the workspace.
 * Pass 2, grid (head, sequence), head_dim threads: merges the spans of the
 * row in span order and normalizes.
 * SPLIT is fixed (CC_ATTN_SPLIT), so span boundaries and every reduction
 * order depend only on the row's own context length: batch invariant.
 * Bytes: K and V of each context token once per kv head (2 x len x hd x 2, or x 1 for fp8).
 * Shared memory: q 8 x hd + merge 4 x 8 x (hd + 2) floats (<= 21 KiB). */
#include <math.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "kv_load.cuh"

#define CC_AD_THREADS 128
#define CC_AD_WARPS 4
#define CC_AD_GMAX 8

static int cc_ad_splits(int max_ctx) { return (max_ctx + CC_ATTN_SPLIT - 1) / CC_ATTN_SPLIT; }

extern "C" size_t cc_attn_decode_work_bytes(int n_seq, int n_head, int head_dim, int max_ctx) {
    size_t splits = (size_t)(cc_ad_splits(max_ctx < 1 ? 1 : max_ctx));
    return (size_t)n_seq * (size_t)n_head * splits * ((size_t)head_dim + 2) * sizeof(float);
}

template <int HD, int KVT>
__global__ void __launch_bounds__(CC_AD_THREADS) cc_attn_decode_split(cc_attn_decode_args a, int n_split) {
    constexpr int DPL = HD / 32; /* dims per lane in p.V */
    __shared__ float qs[CC_AD_GMAX][HD];
    __shared__ float red_m[CC_AD_WARPS][CC_AD_GMAX], red_l[CC_AD_WARPS][CC_AD_GMAX];
    __shared__ float red_o[CC_AD_WARPS][CC_AD_GMAX][HD];
    const cc_kv_cache c = a.cache;
    const int g = blockIdx.x, s = blockIdx.y, z = blockIdx.z;
    const int G = a.n_head / c.n_kv_head;
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int len = a.ctx_len[s];
    const int t0 = z * CC_ATTN_SPLIT;
    if (t0 >= len) return; /* uniform for the block: no span here */
    const int t1 = min(len, t0 + CC_ATTN_SPLIT);
    const int32_t *bt = c.block_table + (int64_t)s * c.max_blocks;
    const float kvs = KVT == CC_KV_FP8 ? c.kv_scale : 1.0f;

    for (int i = threadIdx.x; i < G * HD; i += CC_AD_THREADS)
        qs[i / HD][i % HD] = a.q[((int64_t)s * a.n_head + g * G + i / HD) * HD + i % HD] * a.scale;
    __syncthreads();

    float m[CC_AD_GMAX], l[CC_AD_GMAX], o[CC_AD_GMAX][DPL];
#pragma unroll
    for (int h = 0; h < CC_AD_GMAX; h++) {
        m[h] = -INFINITY;
        l[h] = 0.0f;
#pragma unroll
        for (int d = 0; d < DPL; d++) o[h][d] = 0.0f;
    }

    for (int tile = t0 + warp * 32; tile < t1; tile += 32 * CC_AD_WARPS) {
        const int t = tile + lane;
        const bool valid = t < t1;
        float sc[CC_AD_GMAX], p[CC_AD_GMAX];
#pragma unroll
        for (int h = 0; h < CC_AD_GMAX; h++) sc[h] = 0.0f;
        if (valid) {
            const size_t krow = cc_kv_off(c, bt[t / c.block_size], g, t % c.block_size);
#pragma unroll
            for (int j = 0; j < HD / 8; j++) {
                float kv[8];
                cc_kv_load<KVT, 8>(c.k, krow + 8 * j, kvs, kv);
#pragma unroll
                for (int h = 0; h < CC_AD_GMAX; h++)
                    if (h < G) {
#pragma unroll
                        for (int i = 0; i < 8; i++) sc[h] = fmaf(qs[h][8 * j + i], kv[i], sc[h]);
                    }
            }
        }
#pragma unroll
        for (int h = 0; h < CC_AD_GMAX; h++) {
            if (h >= G) break;
            float mt = valid ? sc[h] : -INFINITY;
#pragma unroll
            for (int off = 16; off > 0; off >>= 1) mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, off));
            const float mn = fmaxf(m[h], mt); /* finite: lane 0's token is valid */
            const float alpha = expf(m[h] - mn);
            p[h] = valid ? expf(sc[h] - mn) : 0.0f;
            float ps = p[h];
#pragma unroll
            for (int off = 16; off > 0; off >>= 1) ps += __shfl_xor_sync(0xffffffffu, ps, off);
            l[h] = l[h] * alpha + ps;
            m[h] = mn;
#pragma unroll
            for (int d = 0; d < DPL; d++) o[h][d] *= alpha;
        }
        /* p.V: V rows of 8 tokens are loaded together (8 independent loads in flight per
         * lane), then applied in token order; tokens past the span have p = 0 and V = 0. */
        const int n_valid = min(32, t1 - tile);
        for (int j0 = 0; j0 < n_valid; j0 += 8) {
            float vv[8][DPL];
#pragma unroll
            for (int jj = 0; jj < 8; jj++) {
                const int tj = tile + j0 + jj;
#pragma unroll
                for (int d = 0; d < DPL; d++) vv[jj][d] = 0.0f;
                if (j0 + jj < n_valid)
                    cc_kv_load<KVT, DPL>(c.v, cc_kv_off(c, bt[tj / c.block_size], g, tj % c.block_size) + lane * DPL,
                                         kvs, vv[jj]);
            }
#pragma unroll
            for (int jj = 0; jj < 8; jj++) {
#pragma unroll
                for (int h = 0; h < CC_AD_GMAX; h++) {
                    if (h >= G) break;
                    const float pj = __shfl_sync(0xffffffffu, p[h], j0 + jj);
#pragma unroll
                    for (int d = 0; d < DPL; d++) o[h][d] = fmaf(pj, vv[jj][d], o[h][d]);
                }
            }
        }
    }

#pragma unroll
    for (int h = 0; h < CC_AD_GMAX; h++) {
        if (h >= G) break;
        if (lane == 0) {
            red_m[warp][h] = m[h];
            red_l[warp][h] = l[h];
        }
#pragma unroll
        for (int d = 0; d < DPL; d++) red_o[warp][h][lane * DPL + d] = o[h][d];
    }
    __syncthreads();
    for (int i = threadIdx.x; i < G * HD; i += CC_AD_THREADS) {
        const int h = i / HD, d = i % HD;
        float mx = red_m[0][h]; /* warp 0 always had the span's first tile */
        for (int w = 1; w < CC_AD_WARPS; w++) mx = fmaxf(mx, red_m[w][h]);
        float lsum = 0.0f, osum = 0.0f;
        for (int w = 0; w < CC_AD_WARPS; w++) {
            const float f = expf(red_m[w][h] - mx); /* 0 for warps without a tile */
            lsum += red_l[w][h] * f;
            osum += red_o[w][h][d] * f;
        }
        const int64_t row = (int64_t)s * a.n_head + g * G + h;
        float *work = (float *)a.work;
        float *part_o = work + (row * n_split + z) * HD;
        float *part_ml = work + (int64_t)a.n_seq * a.n_head * n_split * HD + (row * n_split + z) * 2;
        part_o[d] = osum;
        if (d == 0) {
            part_ml[0] = mx;
            part_ml[1] = lsum;
        }
    }
}

template <int HD>
__global__ void __launch_bounds__(HD) cc_attn_decode_combine(cc_attn_decode_args a, int n_split) {
    const int h = blockIdx.x, s = blockIdx.y, d = threadIdx.x;
    const int nz = min(n_split, (a.ctx_len[s] + CC_ATTN_SPLIT - 1) / CC_ATTN_SPLIT);
    const int64_t row = (int64_t)s * a.n_head + h;
    const float *work = (const float *)a.work;
    const float *part_o = work + row * n_split * HD;
    const float *part_ml = work + (int64_t)a.n_seq * a.n_head * n_split * HD + row * n_split * 2;
    float mx = -INFINITY;
    for (int z = 0; z < nz; z++) mx = fmaxf(mx, part_ml[2 * z]);
    float lsum = 0.0f, osum = 0.0f;
    for (int z = 0; z < nz; z++) {
        const float f = expf(part_ml[2 * z] - mx);
        lsum += part_ml[2 * z + 1] * f;
        osum += part_o[z * HD + d] * f;
    }
    a.out[row * HD + d] = osum / lsum;
}

template <int HD, int KVT>
static cc_status cc_attn_decode_run(const cc_attn_decode_args *a, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    const int n_split = cc_ad_splits(a->max_ctx);
    const dim3 g1((unsigned)a->cache.n_kv_head, (unsigned)a->n_seq, (unsigned)n_split);
    const dim3 g2((unsigned)a->n_head, (unsigned)a->n_seq);
    cc_attn_decode_split<HD, KVT><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
    CC_LAUNCH_CHECK(err, st);
    cc_attn_decode_combine<HD><<<g2, HD, 0, st>>>(*a, n_split);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}

extern "C" cc_status cc_cuda_attn_decode(const cc_attn_decode_args *a, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const cc_kv_cache *c = &a->cache;
    const int hd = c->head_dim;
    const int kvt = (int)c->kv_type;
    CC_ARG_CHECK(err, a->n_seq >= 1 && a->n_seq <= 65535 && c->n_kv_head >= 1 && a->n_head % c->n_kv_head == 0 &&
                          a->n_head / c->n_kv_head <= CC_AD_GMAX && a->max_ctx >= 1 && c->block_size >= 1,
                 "attn_decode: %d sequences, %d query / %d kv heads (group at most %d), max context %d", a->n_seq,
                 a->n_head, c->n_kv_head, CC_AD_GMAX, a->max_ctx);
    CC_ARG_CHECK(err, (hd == 64 || hd == 128) && kvt >= CC_KV_F16 && kvt <= CC_KV_FP8 && a->work &&
                          (kvt != CC_KV_FP8 || c->kv_scale > 0.0f),
                 "attn_decode: head_dim %d (64 or 128), kv type %d, workspace %p", hd, (int)c->kv_type, a->work);
    if (hd == 64)
        rc = kvt == CC_KV_F16    ? cc_attn_decode_run<64, CC_KV_F16>(a, st, err)
             : kvt == CC_KV_BF16 ? cc_attn_decode_run<64, CC_KV_BF16>(a, st, err)
                                 : cc_attn_decode_run<64, CC_KV_FP8>(a, st, err);
    else
        rc = kvt == CC_KV_F16    ? cc_attn_decode_run<128, CC_KV_F16>(a, st, err)
             : kvt == CC_KV_BF16 ? cc_attn_decode_run<128, CC_KV_BF16>(a, st, err)
                                 : cc_attn_decode_run<128, CC_KV_FP8>(a, st, err);
done:
    return rc;
}
