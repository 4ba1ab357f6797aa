/* attn_decode.cu - decode attention over the paged K/V cache: one query
 * token per sequence, grouped-query heads.  CPU reference:
 * cc_ref_attn_decode (attn_ref.c).
 *
 * Pass 1, grid (kv head g, sequence s, span z), 128 threads: the block reads
 * context positions [z*SPLIT, min(len, (z+1)*SPLIT)) of kv head g once and
 * serves all G = n_head/n_kv_head query heads of the group.  A lane holds 8
 * dims of one token (HD/8 lanes per token, 32/(HD/8) tokens per load
 * instruction): per warp step it issues 8 K and 8 V loads (4 for groups of
 * more than 4 heads) of 16 bytes
 * (fp16/bf16; 8 bytes for fp8) before any arithmetic, forms q.k for its
 * token by a butterfly over the token's lanes, keeps an online softmax per
 * head (one running max per warp) and accumulates p.V for its 8 dims.  The
 * warp's token groups are combined by a butterfly, then the four warps'
 * (max, sum, o) merged in warp order and written unnormalized to the
 * workspace.
 * Pass 2, grid (head, sequence), head_dim threads: merges the spans of the
 * row in span order and normalizes.
 * SPLIT is fixed (CC_ATTN_SPLIT), so span boundaries and every reduction
 * order depend only on the row's own context length: batch invariant.
 * Bytes: K and V of each context token once per kv head (2 x len x hd x 2, or x 1 for fp8). */
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

template <int HD, int KVT, int GP>
__global__ void __launch_bounds__(CC_AD_THREADS) cc_attn_decode_split(cc_attn_decode_args a, int n_split) {
    constexpr int CH = HD / 8;      /* lanes per token: each holds 8 dims */
    constexpr int TPI = 32 / CH;    /* tokens per warp per load instruction */
    constexpr int U = GP >= 8 ? 4 : 8; /* loads of K and of V in flight per lane (fewer for 8 heads: registers) */
    constexpr int TPW = TPI * U;    /* tokens per warp step */
    __shared__ float red_m[CC_AD_WARPS][GP], red_l[CC_AD_WARPS][GP];
    __shared__ float red_o[CC_AD_WARPS][GP][HD];
    const cc_kv_cache c = a.cache;
    const int g = blockIdx.x, s = blockIdx.y, z = blockIdx.z;
    const int G = a.n_head / c.n_kv_head;
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    const int tq = lane / CH, ch = lane % CH;
    const int len = a.ctx_len[s];
    const int t0 = z * CC_ATTN_SPLIT;
    if (t0 >= len) return; /* uniform for the block: no span here */
    const int t1 = min(len, t0 + CC_ATTN_SPLIT);
    const int32_t *bt = c.block_table + (int64_t)s * c.max_blocks;
    const float kvs = KVT == CC_KV_FP8 ? c.kv_scale : 1.0f;

    float q[GP][8], o[GP][8], m[GP], l[GP];
#pragma unroll
    for (int h = 0; h < GP; h++) {
        m[h] = -INFINITY;
        l[h] = 0.0f;
#pragma unroll
        for (int i = 0; i < 8; i++) {
            o[h][i] = 0.0f;
            q[h][i] = h < G ? a.q[((int64_t)s * a.n_head + g * G + h) * HD + ch * 8 + i] * a.scale : 0.0f;
        }
    }

    for (int base = t0 + warp * TPW; base < t1; base += CC_AD_WARPS * TPW) {
        /* every K and V load of the step first, then the arithmetic */
        uint4 kr[U], vr[U];
#pragma unroll
        for (int u = 0; u < U; u++) {
            const int t = base + u * TPI + tq;
            if (t < t1) {
                const size_t off = cc_kv_off(c, bt[t / c.block_size], g, t % c.block_size) + ch * 8;
                kr[u] = cc_kv_raw8<KVT>(c.k, off);
                vr[u] = cc_kv_raw8<KVT>(c.v, off);
            } else {
                kr[u] = vr[u] = make_uint4(0u, 0u, 0u, 0u);
            }
        }
        float sc[GP][U];
#pragma unroll
        for (int u = 0; u < U; u++) {
            float kf[8];
            cc_kv_unpack8<KVT>(kr[u], kvs, kf);
#pragma unroll
            for (int h = 0; h < GP; h++) {
                float d = 0.0f;
#pragma unroll
                for (int i = 0; i < 8; i++) d = fmaf(q[h][i], kf[i], d);
                /* the token's CH lanes: a butterfly, bitwise the same in each (addition commutes) */
#pragma unroll
                for (int off = CH / 2; off > 0; off >>= 1) d += __shfl_xor_sync(0xffffffffu, d, off);
                sc[h][u] = base + u * TPI + tq < t1 ? d : -INFINITY;
            }
        }
#pragma unroll
        for (int h = 0; h < GP; h++) {
            if (h >= G) break;
            float mt = sc[h][0];
#pragma unroll
            for (int u = 1; u < U; u++) mt = fmaxf(mt, sc[h][u]);
#pragma unroll
            for (int off = CH; off < 32; off <<= 1) mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, off));
            const float mn = fmaxf(m[h], mt); /* finite: token base is valid */
            const float alpha = expf(m[h] - mn);
            l[h] *= alpha;
#pragma unroll
            for (int i = 0; i < 8; i++) o[h][i] *= alpha;
            m[h] = mn;
        }
#pragma unroll
        for (int u = 0; u < U; u++) {
            float vf[8];
            cc_kv_unpack8<KVT>(vr[u], kvs, vf);
#pragma unroll
            for (int h = 0; h < GP; h++) {
                if (h >= G) break;
                const float p = expf(sc[h][u] - m[h]); /* 0 for tokens past the span */
                l[h] += p;
#pragma unroll
                for (int i = 0; i < 8; i++) o[h][i] = fmaf(p, vf[i], o[h][i]);
            }
        }
    }
    /* the warp's token groups, combined by a butterfly (the same bits in every lane) */
#pragma unroll
    for (int h = 0; h < GP; h++) {
        if (h >= G) break;
#pragma unroll
        for (int off = CH; off < 32; off <<= 1) {
            l[h] += __shfl_xor_sync(0xffffffffu, l[h], off);
#pragma unroll
            for (int i = 0; i < 8; i++) o[h][i] += __shfl_xor_sync(0xffffffffu, o[h][i], off);
        }
        if (lane == 0) {
            red_m[warp][h] = m[h];
            red_l[warp][h] = l[h];
        }
        if (tq == 0) {
#pragma unroll
            for (int i = 0; i < 8; i++) red_o[warp][h][ch * 8 + i] = o[h][i];
        }
    }
    __syncthreads();
    for (int i = threadIdx.x; i < G * HD; i += CC_AD_THREADS) {
        const int h = i / HD, d = i % HD;
        float mx = red_m[0][h]; /* warp 0 always had the span's first tokens */
        for (int w = 1; w < CC_AD_WARPS; w++) mx = fmaxf(mx, red_m[w][h]);
        float lsum = 0.0f, osum = 0.0f;
        for (int w = 0; w < CC_AD_WARPS; w++) {
            const float f = expf(red_m[w][h] - mx); /* 0 for warps without tokens */
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
    const int G = a->n_head / a->cache.n_kv_head;
    const dim3 g1((unsigned)a->cache.n_kv_head, (unsigned)a->n_seq, (unsigned)n_split);
    const dim3 g2((unsigned)a->n_head, (unsigned)a->n_seq);
    if (G <= 1) cc_attn_decode_split<HD, KVT, 1><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
    else if (G <= 2) cc_attn_decode_split<HD, KVT, 2><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
    else if (G <= 4) cc_attn_decode_split<HD, KVT, 4><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
    else cc_attn_decode_split<HD, KVT, 8><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
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
