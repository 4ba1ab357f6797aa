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
#include "attn_tc.cuh"
#include "kv_load.cuh"

#define CC_AD_THREADS 128
#define CC_AD_WARPS 4
#define CC_AD_GMAX 8

static int cc_ad_splits(int max_ctx) { return (max_ctx + CC_ATTN_SPLIT - 1) / CC_ATTN_SPLIT; }

extern "C" size_t cc_attn_decode_work_bytes(int n_seq, int n_head, int head_dim, int max_ctx) {
    size_t splits = (size_t)(cc_ad_splits(max_ctx < 1 ? 1 : max_ctx));
    return (size_t)n_seq * (size_t)n_head * splits * ((size_t)head_dim + 2) * sizeof(float);
}

/* The block's four warps' (max, sum, o) for each of the G heads, merged in warp order (warp 0
 * always had the span's first position; a warp without positions has weight 0), written
 * unnormalized to the workspace for cc_attn_decode_combine.  Every thread of the block calls it
 * after the shared arrays are written and synchronized. */
template <int GP, int HD>
__device__ __forceinline__ void cc_ad_merge_warps(const cc_attn_decode_args &a, const float (*red_m)[GP],
                                                  const float (*red_l)[GP], const float (*red_o)[GP][HD], int G,
                                                  int g, int s, int z, int n_split) {
    for (int i = threadIdx.x; i < G * HD; i += blockDim.x) {
        const int h = i / HD, d = i % HD;
        float mx = red_m[0][h];
        for (int w = 1; w < CC_AD_WARPS; w++) mx = fmaxf(mx, red_m[w][h]);
        float lsum = 0.0f, osum = 0.0f;
        for (int w = 0; w < CC_AD_WARPS; w++) {
            const float f = expf(red_m[w][h] - mx);
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
    cc_ad_merge_warps<GP, HD>(a, red_m, red_l, red_o, G, g, s, z, n_split);
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

/* Pass 1 on tensor cores (a.tc; fp16 / fp8 K/V, head_dim 64): the same grid, span and workspace
 * as cc_attn_decode_split.  The span's positions are staged 64 at a time in shared memory as
 * fp16; warp w takes positions 16w..16w+15 of every tile, as the K side of mma.sync m16n8k16
 * whose M rows are the G query heads of the group (rows G..15 zero): S = Q K^T and P V with the
 * query and the probabilities split into two fp16 terms each (about 22 bits per product, as the
 * prefill kernel), online softmax in registers per warp, then the four warps' (max, sum, o)
 * merged in warp order into the workspace for cc_attn_decode_combine.  Which warp takes a
 * position depends only on the position: batch invariant.
 * Two loaders feed the same tile arithmetic (cc_adt_tile), so they give the same bits:
 *   - cc_attn_decode_tcp (a.tc == 1): a two-stage cp.async ring, K and V copied as stored
 *     ([key][dim], fp16 or fp8, no registers), positions past the span zero-filled; tile i+1 is
 *     in flight while tile i is computed; the span's block-table entries are read once into
 *     shared memory, so no copy waits on a global load for its address.  fp16: V's B fragments
 *     come from ldmatrix.trans; fp8: every fragment is converted to fp16 (exactly) as it is
 *     read.  Shared memory 37 KiB (fp16) or 21 KiB (fp8); the warps' partials reuse the ring.
 *   - cc_attn_decode_tc (a.tc == 2; the kernel before the ring, kept as the benchmark's
 *     baseline and the tests' cross-check): the register loader of attn_tc.cuh (fp8 converted,
 *     V transposed by scalar stores), load / sync / compute per tile with nothing in flight
 *     during the arithmetic. */
#define CC_ADT_THREADS 128

/* The scaled query of row gi (query head g*G + gi; zero when gi >= G) as A fragments, hi + lo;
 * registers 1 and 3 (rows gi+8) stay zero. */
__device__ __forceinline__ void cc_adt_query(const cc_attn_decode_args &a, int s, int g, int G, int gi, int ti,
                                             uint32_t (*qh)[4], uint32_t (*ql)[4]) {
    const bool live = gi < G;
    const float *qrow = a.q + ((int64_t)s * a.n_head + g * G + (live ? gi : 0)) * 64;
#pragma unroll
    for (int kk = 0; kk < 4; kk++) {
#pragma unroll
        for (int j = 0; j < 2; j++) {
            const float2 v = *(const float2 *)(qrow + 16 * kk + 2 * ti + 8 * j);
            cc_split_h2(live ? v.x * a.scale : 0.0f, live ? v.y * a.scale : 0.0f, qh[kk][2 * j], ql[kk][2 * j]);
        }
        qh[kk][1] = qh[kk][3] = ql[kk][1] = ql[kk][3] = 0u;
    }
}

/* Where a tile's K and V sit in shared memory (both loaders keep keys in rows of 144 bytes for
 * fp16, 80 bytes for fp8: 16-byte aligned, and the fragment reads below land on distinct banks):
 *   CC_ADT_REG:    K fp16 [key][dim], V fp16 transposed [dim][key] (the register loader)
 *   CC_ADT_RING16: K and V fp16 [key][dim] as stored (the cp.async ring)
 *   CC_ADT_RING8:  K and V fp8 e4m3 [key][dim] as stored (the cp.async ring), converted to fp16
 *                  exactly while the fragments are read. */
enum { CC_ADT_REG, CC_ADT_RING16, CC_ADT_RING8 };
#define CC_TC_LD8 80 /* fp8 ring row stride in bytes */

/* Two fp8 e4m3 codes (lo = the lower k index) as an fp16 pair, exactly */
__device__ __forceinline__ uint32_t cc_fp8x2_h2(uint32_t lo, uint32_t hi) {
    const __half2_raw h = __nv_cvt_fp8x2_to_halfraw2((__nv_fp8x2_storage_t)(lo | (hi << 8)), __NV_E4M3);
    return (uint32_t)h.x | ((uint32_t)h.y << 16);
}

/* The B fragment half (k = dims d, d+1 of key row `key`) of K */
template <int MODE>
__device__ __forceinline__ uint32_t cc_adt_kfrag(const void *K, int key, int d) {
    if (MODE == CC_ADT_RING8) {
        const uint8_t *r = (const uint8_t *)K + key * CC_TC_LD8 + d;
        return cc_fp8x2_h2(r[0], r[1]);
    }
    return *(const uint32_t *)((const uint16_t *)K + key * CC_TC_LD + d);
}

/* One 64-position tile (positions p0.., laid out as MODE says) into the warp's running
 * (m, l, o) of row gi.  Every mode hands the mma the same fp16 values: the same bits. */
/* What one block of a tensor-core pass 1 is: its kv head g, sequence s and span z ([t0, t1)),
 * the group size G, its lane's place in the mma fragments, the fp8 scale (1 for fp16), the
 * query's A fragments, and the warp's running (m, l, o) of row gi. */
struct cc_adt_block {
    int g, s, z, G, lane, warp, gi, ti, t0, t1;
    float kvs;
    uint32_t qh[4][4], ql[4][4];
    float m, l, o[8][2];
};

template <int KVT, int MODE>
__device__ __forceinline__ void cc_adt_tile(const void *K, const void *V, int p0, cc_adt_block &b) {
    const int warp = b.warp, lane = b.lane, gi = b.gi, ti = b.ti, t1 = b.t1;
    const float kvs = b.kvs;
    const uint32_t(*qh)[4] = b.qh, (*ql)[4] = b.ql;
    float &m = b.m, &l = b.l;
    float(*o)[2] = b.o;
    float sc[2][4];
#pragma unroll
    for (int nt = 0; nt < 2; nt++) {
        sc[nt][0] = sc[nt][1] = sc[nt][2] = sc[nt][3] = 0.0f;
#pragma unroll
        for (int kk = 0; kk < 4; kk++) {
            const int key = 16 * warp + 8 * nt + gi;
            const uint32_t b0 = cc_adt_kfrag<MODE>(K, key, 16 * kk + 2 * ti);
            const uint32_t b1 = cc_adt_kfrag<MODE>(K, key, 16 * kk + 8 + 2 * ti);
            cc_mma16816(sc[nt], qh[kk], b0, b1);
            cc_mma16816(sc[nt], ql[kk], b0, b1);
        }
    }
    /* row gi's scores: sc[nt][0..1] at positions p0 + 16 warp + 8 nt + 2 ti + e */
    float mt = -INFINITY;
#pragma unroll
    for (int nt = 0; nt < 2; nt++) {
#pragma unroll
        for (int e = 0; e < 2; e++) {
            const int pos = p0 + 16 * warp + 8 * nt + 2 * ti + e;
            const float v = KVT == CC_KV_FP8 ? sc[nt][e] * kvs : sc[nt][e];
            sc[nt][e] = pos < t1 ? v : -INFINITY;
            mt = fmaxf(mt, sc[nt][e]);
        }
    }
    mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, 1));
    mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, 2));
    const float mn = fmaxf(m, mt);
    const float alpha = expf(m - mn);
    m = mn;
    float ps = 0.0f;
#pragma unroll
    for (int nt = 0; nt < 2; nt++) {
#pragma unroll
        for (int e = 0; e < 2; e++) {
            sc[nt][e] = expf(sc[nt][e] - m);
            ps += sc[nt][e];
        }
    }
    ps += __shfl_xor_sync(0xffffffffu, ps, 1);
    ps += __shfl_xor_sync(0xffffffffu, ps, 2);
    l = l * alpha + ps;
    /* O += P V over the warp's 16 positions: one k-step */
    uint32_t ph[4], pl[4];
    cc_split_h2(sc[0][0], sc[0][1], ph[0], pl[0]);
    cc_split_h2(sc[1][0], sc[1][1], ph[2], pl[2]);
    ph[1] = ph[3] = pl[1] = pl[3] = 0u;
#pragma unroll
    for (int dp = 0; dp < 4; dp++) {
        /* B fragments of dims 16dp..16dp+7 (b[0], b[1]) and 16dp+8..16dp+15 (b[2], b[3]) */
        uint32_t bf[4];
        if (MODE == CC_ADT_RING16) {
            /* matrix j: keys 16 warp + 8 (j & 1) .. +7, dims 16 dp + 8 (j >> 1) .. +7 */
            const int j = lane >> 3, r = lane & 7;
            cc_ldsm_x4_trans(bf, (const uint16_t *)V + (16 * warp + 8 * (j & 1) + r) * CC_TC_LD + 16 * dp + 8 * (j >> 1));
        } else if (MODE == CC_ADT_RING8) {
            /* b[2h + e]: keys 16 warp + 8 e + 2 ti, +1 of dim 16 dp + 8 h + gi */
            const uint8_t *v8 = (const uint8_t *)V;
#pragma unroll
            for (int h = 0; h < 2; h++)
#pragma unroll
                for (int e = 0; e < 2; e++) {
                    const uint8_t *c = v8 + (16 * warp + 8 * e + 2 * ti) * CC_TC_LD8 + 16 * dp + 8 * h + gi;
                    bf[2 * h + e] = cc_fp8x2_h2(c[0], c[CC_TC_LD8]);
                }
        } else {
            const uint16_t(*Vt)[CC_TC_LD] = (const uint16_t(*)[CC_TC_LD])V;
#pragma unroll
            for (int h = 0; h < 2; h++) {
                bf[2 * h] = *(const uint32_t *)&Vt[16 * dp + 8 * h + gi][16 * warp + 2 * ti];
                bf[2 * h + 1] = *(const uint32_t *)&Vt[16 * dp + 8 * h + gi][16 * warp + 8 + 2 * ti];
            }
        }
#pragma unroll
        for (int h = 0; h < 2; h++) {
            const int dn = 2 * dp + h;
            float acc[4] = {o[dn][0] * alpha, o[dn][1] * alpha, 0.0f, 0.0f};
            cc_mma16816(acc, ph, bf[2 * h], bf[2 * h + 1]);
            cc_mma16816(acc, pl, bf[2 * h], bf[2 * h + 1]);
            o[dn][0] = acc[0];
            o[dn][1] = acc[1];
        }
    }
}

/* Span z of sequence s: positions [t0, t1); false when the sequence is shorter than its start */
__device__ __forceinline__ bool cc_ad_span(const cc_attn_decode_args &a, int s, int z, int &t0, int &t1) {
    const int len = a.ctx_len[s];
    t0 = z * CC_ATTN_SPLIT;
    t1 = min(len, t0 + CC_ATTN_SPLIT);
    return t0 < len;
}

/* The block's identity, its query fragments and an empty (m, l, o); false (for the whole block)
 * when its span is past the sequence's end. */
template <int KVT>
__device__ __forceinline__ bool cc_adt_begin(const cc_attn_decode_args &a, cc_adt_block &b) {
    b.g = blockIdx.x, b.s = blockIdx.y, b.z = blockIdx.z;
    b.G = a.n_head / a.cache.n_kv_head;
    b.lane = threadIdx.x & 31, b.warp = threadIdx.x >> 5, b.gi = b.lane >> 2, b.ti = b.lane & 3;
    if (!cc_ad_span(a, b.s, b.z, b.t0, b.t1)) return false;
    b.kvs = KVT == CC_KV_FP8 ? a.cache.kv_scale : 1.0f;
    cc_adt_query(a, b.s, b.g, b.G, b.gi, b.ti, b.qh, b.ql);
    /* m starts at a finite floor so a warp that never sees a live position keeps alpha = 1, p = 0 */
    b.m = -1e30f;
    b.l = 0.0f;
#pragma unroll
    for (int dn = 0; dn < 8; dn++) b.o[dn][0] = b.o[dn][1] = 0.0f;
    return true;
}

/* The warps' (m, l, o) (times the fp8 scale) into the shared partials, then merged in warp order
 * into the workspace for cc_attn_decode_combine.  Every thread of the block calls it. */
__device__ __forceinline__ void cc_adt_finish(const cc_attn_decode_args &a, const cc_adt_block &b,
                                              float (*red_m)[CC_AD_GMAX], float (*red_l)[CC_AD_GMAX],
                                              float (*red_o)[CC_AD_GMAX][64], int n_split) {
    if (b.gi < b.G) {
        if (b.ti == 0) {
            red_m[b.warp][b.gi] = b.m;
            red_l[b.warp][b.gi] = b.l;
        }
#pragma unroll
        for (int dn = 0; dn < 8; dn++) {
            red_o[b.warp][b.gi][8 * dn + 2 * b.ti] = b.o[dn][0] * b.kvs;
            red_o[b.warp][b.gi][8 * dn + 2 * b.ti + 1] = b.o[dn][1] * b.kvs;
        }
    }
    __syncthreads();
    cc_ad_merge_warps<CC_AD_GMAX, 64>(a, red_m, red_l, red_o, b.G, b.g, b.s, b.z, n_split);
}

template <int KVT>
__global__ void __launch_bounds__(CC_ADT_THREADS) cc_attn_decode_tc(cc_attn_decode_args a, int n_split) {
    __shared__ __align__(16) uint16_t Ks[CC_TC_BK][CC_TC_LD];
    __shared__ __align__(16) uint16_t Vt[64][CC_TC_LD];
    __shared__ float red_m[CC_AD_WARPS][CC_AD_GMAX], red_l[CC_AD_WARPS][CC_AD_GMAX];
    __shared__ float red_o[CC_AD_WARPS][CC_AD_GMAX][64];
    cc_adt_block b;
    if (!cc_adt_begin<KVT>(a, b)) return; /* uniform for the block */
    const int32_t *bt = a.cache.block_table + (int64_t)b.s * a.cache.max_blocks;
    for (int p0 = b.t0; p0 < b.t1; p0 += CC_TC_BK) {
        __syncthreads(); /* the previous tile is consumed */
        cc_tc_load_tile<KVT, CC_ADT_THREADS>(a.cache, bt, b.g, p0, b.t1, Ks, Vt);
        __syncthreads();
        cc_adt_tile<KVT, CC_ADT_REG>(Ks, Vt, p0, b);
    }
    cc_adt_finish(a, b, red_m, red_l, red_o, n_split);
}

/* Tile i of the span (positions p0 = t0 + 64 i ..) of kv head g into a ring stage: 64 keys of
 * 128 (fp16) or 64 (fp8) bytes for K and for V, in 16-byte copies, 8 or 4 per thread; positions
 * >= t1 zero-filled.  sbt: the span's block-table entries in shared memory, sbt[j] for block
 * t0 / block_size + j. */
template <int KVT>
__device__ __forceinline__ void cc_adtp_issue(const cc_kv_cache &c, const int32_t *sbt, int b0, int g, int p0,
                                              int t1, uint8_t *Ks, uint8_t *Vs) {
    constexpr int EB = KVT == CC_KV_FP8 ? 1 : 2;                  /* bytes per element */
    constexpr int CPK = 64 * EB / 16;                             /* 16-byte copies per key (head_dim 64) */
    constexpr int LD = KVT == CC_KV_FP8 ? CC_TC_LD8 : 2 * CC_TC_LD; /* row stride in bytes */
    const uint8_t *k = (const uint8_t *)c.k, *v = (const uint8_t *)c.v;
#pragma unroll
    for (int it = 0; it < CC_TC_BK * CPK / CC_ADT_THREADS; it++) {
        const int idx = it * CC_ADT_THREADS + threadIdx.x, key = idx / CPK, ch = idx % CPK, p = p0 + key;
        const bool ok = p < t1;
        const size_t off = ok ? (cc_kv_off(c, sbt[p / c.block_size - b0], g, p % c.block_size) * EB + 16 * ch) : 0;
        cc_tc_cp16(Ks + key * LD + 16 * ch, k + off, ok);
        cc_tc_cp16(Vs + key * LD + 16 * ch, v + off, ok);
    }
    cc_tc_cp_commit();
}

template <int KVT>
__global__ void __launch_bounds__(CC_ADT_THREADS) cc_attn_decode_tcp(cc_attn_decode_args a, int n_split) {
    constexpr int TILE = KVT == CC_KV_FP8 ? CC_TC_BK * CC_TC_LD8 : CC_TC_BK * CC_TC_LD * 2; /* bytes of a K or V tile */
    constexpr int MODE = KVT == CC_KV_FP8 ? CC_ADT_RING8 : CC_ADT_RING16;
    /* ring: [stage][K, V][TILE]; after the loop the warps' o partials reuse it */
    __shared__ __align__(16) uint8_t ring[2][2][TILE];
    __shared__ float red_m[CC_AD_WARPS][CC_AD_GMAX], red_l[CC_AD_WARPS][CC_AD_GMAX];
    __shared__ int32_t sbt[CC_ATTN_SPLIT + 1]; /* the span's block-table entries (block_size 1 at worst) */
    static_assert(sizeof(ring) >= sizeof(float) * CC_AD_WARPS * CC_AD_GMAX * 64, "partials fit the ring");
    const cc_kv_cache &c = a.cache;
    cc_adt_block b;
    if (!cc_adt_begin<KVT>(a, b)) return; /* uniform for the block */
    const int t0 = b.t0, t1 = b.t1, n_tiles = (t1 - t0 + CC_TC_BK - 1) / CC_TC_BK;
    /* the block-table entries once, so no tile's copies wait on a global load for their addresses */
    const int32_t *bt = c.block_table + (int64_t)b.s * c.max_blocks;
    const int b0 = t0 / c.block_size, nb = (t1 - 1) / c.block_size - b0 + 1;
    for (int j = threadIdx.x; j < nb; j += CC_ADT_THREADS) sbt[j] = bt[b0 + j];
    __syncthreads();
    cc_adtp_issue<KVT>(c, sbt, b0, b.g, t0, t1, ring[0][0], ring[0][1]);
    if (n_tiles > 1) cc_adtp_issue<KVT>(c, sbt, b0, b.g, t0 + CC_TC_BK, t1, ring[1][0], ring[1][1]);
    for (int i = 0; i < n_tiles; i++) {
        if (i + 1 < n_tiles)
            cc_tc_cp_wait<1>(); /* tile i landed, tile i+1 may still fly */
        else
            cc_tc_cp_wait<0>();
        __syncthreads(); /* every thread's copies of tile i are visible */
        const int st = i & 1;
        cc_adt_tile<KVT, MODE>(ring[st][0], ring[st][1], t0 + i * CC_TC_BK, b);
        __syncthreads(); /* stage st consumed */
        if (i + 2 < n_tiles) cc_adtp_issue<KVT>(c, sbt, b0, b.g, t0 + (i + 2) * CC_TC_BK, t1, ring[st][0], ring[st][1]);
    }
    cc_adt_finish(a, b, red_m, red_l, (float(*)[CC_AD_GMAX][64])&ring[0][0][0], n_split);
}

/* Pass 1 on tensor cores when asked (a.tc) and possible (head_dim 64, fp16 / fp8 K/V): the
 * ring (tc 1) or the register loader (tc 2).  False: the fp32 kernel runs instead.  Only the
 * kernels a type can take are instantiated. */
template <int HD, int KVT>
static bool cc_adt_launch(const cc_attn_decode_args &a, dim3 grid, int n_split, cudaStream_t st) {
    if constexpr (HD == 64 && KVT != CC_KV_BF16) {
        if (a.tc == 1) cc_attn_decode_tcp<KVT><<<grid, CC_ADT_THREADS, 0, st>>>(a, n_split);
        else if (a.tc) cc_attn_decode_tc<KVT><<<grid, CC_ADT_THREADS, 0, st>>>(a, n_split);
        return a.tc != 0;
    }
    return false;
}

template <int HD, int KVT>
static cc_status cc_attn_decode_run(const cc_attn_decode_args *a, cudaStream_t st, cc_error *err) {
    cc_status rc = CC_OK;
    const int n_split = cc_ad_splits(a->max_ctx);
    const int G = a->n_head / a->cache.n_kv_head;
    const dim3 g1((unsigned)a->cache.n_kv_head, (unsigned)a->n_seq, (unsigned)n_split);
    const dim3 g2((unsigned)a->n_head, (unsigned)a->n_seq);
    if (!cc_adt_launch<HD, KVT>(*a, g1, n_split, st)) {
        if (G <= 1) cc_attn_decode_split<HD, KVT, 1><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
        else if (G <= 2) cc_attn_decode_split<HD, KVT, 2><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
        else if (G <= 4) cc_attn_decode_split<HD, KVT, 4><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
        else cc_attn_decode_split<HD, KVT, 8><<<g1, CC_AD_THREADS, 0, st>>>(*a, n_split);
    }
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
