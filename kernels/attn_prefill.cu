/* attn_prefill.cu - causal prefill attention over the paged K/V cache,
 * flash-style (tiled, online softmax), head_dim 64.  CPU reference:
 * cc_ref_attn_prefill (attn_ref.c).
 *
 * Grid (query tile, kv head g, sequence s), 256 threads.  A block serves
 * BQ = 64 / G consecutive new tokens of sequence s times the G query heads
 * of kv group g: R = BQ * G <= 64 query rows, so each K/V tile is read once
 * for all heads of the group.  Row r is query token r / G, head g*G + r % G.
 * K/V tiles of 32 positions (shared prefix blocks included, through the
 * block table) are staged in shared memory as fp32; the 4 threads of a row
 * (lanes 4r'..4r'+3 of a warp) hold the row's query in registers and take
 * keys c = lane%4 + 4j for q.k and dims d = lane%4 + 4k for p.V.  Keys after the row's own position are masked.
 * A row's operations depend only on its position and the fixed tiling (a
 * tile entirely masked for a row leaves its state exactly unchanged), so
 * results are batch invariant.
 * Shared memory: K 32x65 + V 32x64 + P 64x33 floats = 24,960 B.
 * Bytes: K/V of positions 0..last of the tile, once per (tile, kv head). */
#include <math.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "kv_load.cuh"

#define CC_AP_THREADS 256
#define CC_AP_HD 64
#define CC_AP_ROWS 64
#define CC_AP_BK 32

template <int KVT>
__global__ void __launch_bounds__(CC_AP_THREADS) cc_attn_prefill_kernel(cc_attn_prefill_args a) {
    __shared__ float Ks[CC_AP_BK][CC_AP_HD + 1];
    __shared__ float Vs[CC_AP_BK][CC_AP_HD];
    __shared__ float Ps[CC_AP_ROWS][CC_AP_BK + 1];
    const cc_kv_cache c = a.cache;
    const int g = blockIdx.y, s = blockIdx.z;
    const int G = a.n_head / c.n_kv_head, BQ = CC_AP_ROWS / G, R = BQ * G;
    const int q_len = a.q_len[s], ctx = a.ctx_len[s], q0 = blockIdx.x * BQ;
    if (q0 >= q_len) return; /* uniform for the block */
    const int pos0 = ctx - q_len;              /* position of the sequence's first new token */
    const int q_last = min(q_len, q0 + BQ) - 1; /* last new token of this tile */
    const int32_t *bt = c.block_table + (int64_t)s * c.max_blocks;
    const float kvs = KVT == CC_KV_FP8 ? c.kv_scale : 1.0f;
    const int r = threadIdx.x >> 2, cq = threadIdx.x & 3;
    const int qi = q0 + r / G;
    const bool row_ok = r < R && qi < q_len;
    const int my_pos = row_ok ? pos0 + qi : pos0 + q_last; /* dead rows compute unmasked garbage, never stored */

    /* the row's scaled query in registers (its 4 lanes load the same 256 bytes; dead rows: 0) */
    float qr[CC_AP_HD];
    {
        const float4 *qp = (const float4 *)(a.q + (((int64_t)a.q_start[s] + (row_ok ? qi : 0)) * a.n_head + g * G +
                                                   (row_ok ? r % G : 0)) * CC_AP_HD);
#pragma unroll
        for (int i = 0; i < CC_AP_HD / 4; i++) {
            const float4 t = qp[i];
            qr[4 * i + 0] = row_ok ? t.x * a.scale : 0.0f;
            qr[4 * i + 1] = row_ok ? t.y * a.scale : 0.0f;
            qr[4 * i + 2] = row_ok ? t.z * a.scale : 0.0f;
            qr[4 * i + 3] = row_ok ? t.w * a.scale : 0.0f;
        }
    }

    float m = -INFINITY, l = 0.0f, o[CC_AP_HD / 4];
#pragma unroll
    for (int k = 0; k < CC_AP_HD / 4; k++) o[k] = 0.0f;

    const int n_tiles = (pos0 + q_last) / CC_AP_BK + 1;
    for (int kt = 0; kt < n_tiles; kt++) {
        __syncthreads(); /* the previous tile is consumed */
        {
            const int tk = threadIdx.x >> 3, ch = threadIdx.x & 7, p = kt * CC_AP_BK + tk;
            float kv[8], vv[8];
            if (p < ctx) {
                const size_t off = cc_kv_off(c, bt[p / c.block_size], g, p % c.block_size) + 8 * ch;
                cc_kv_load<KVT, 8>(c.k, off, kvs, kv);
                cc_kv_load<KVT, 8>(c.v, off, kvs, vv);
            } else {
#pragma unroll
                for (int i = 0; i < 8; i++) kv[i] = vv[i] = 0.0f;
            }
#pragma unroll
            for (int i = 0; i < 8; i++) {
                Ks[tk][8 * ch + i] = kv[i];
                Vs[tk][8 * ch + i] = vv[i];
            }
        }
        __syncthreads();

        float sc[CC_AP_BK / 4], mt = -INFINITY;
#pragma unroll
        for (int j = 0; j < CC_AP_BK / 4; j++) {
            const int key = cq + 4 * j;
            float acc = 0.0f;
#pragma unroll
            for (int d = 0; d < CC_AP_HD; d++) acc = fmaf(qr[d], Ks[key][d], acc);
            sc[j] = (kt * CC_AP_BK + key <= my_pos) ? acc : -INFINITY;
            mt = fmaxf(mt, sc[j]);
        }
        mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, 1));
        mt = fmaxf(mt, __shfl_xor_sync(0xffffffffu, mt, 2));
        const float mn = fmaxf(m, mt); /* finite: position 0 is in tile 0 for every row */
        const float alpha = expf(m - mn);
        float ps = 0.0f;
#pragma unroll
        for (int j = 0; j < CC_AP_BK / 4; j++) {
            const float p = expf(sc[j] - mn);
            Ps[r][cq + 4 * j] = p;
            ps += p;
        }
        ps += __shfl_xor_sync(0xffffffffu, ps, 1);
        ps += __shfl_xor_sync(0xffffffffu, ps, 2);
        l = l * alpha + ps;
        m = mn;
        __syncwarp(); /* Ps row r is written and read by the same 4 lanes */
#pragma unroll
        for (int k = 0; k < CC_AP_HD / 4; k++) o[k] *= alpha;
        for (int key = 0; key < CC_AP_BK; key++) {
            const float p = Ps[r][key];
#pragma unroll
            for (int k = 0; k < CC_AP_HD / 4; k++) o[k] = fmaf(p, Vs[key][cq + 4 * k], o[k]);
        }
    }
    if (row_ok) {
        float *out = a.out + (((int64_t)a.q_start[s] + qi) * a.n_head + g * G + r % G) * CC_AP_HD;
        const float inv = 1.0f / l;
#pragma unroll
        for (int k = 0; k < CC_AP_HD / 4; k++) out[cq + 4 * k] = o[k] * inv;
    }
}

extern "C" cc_status cc_cuda_attn_prefill(const cc_attn_prefill_args *a, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    const cc_kv_cache *c = &a->cache;
    const int G = c->n_kv_head >= 1 ? a->n_head / c->n_kv_head : 0;
    const int bq = G >= 1 ? CC_AP_ROWS / G : 1;
    const dim3 grid((unsigned)((a->max_q_len + bq - 1) / (bq > 0 ? bq : 1)), (unsigned)c->n_kv_head,
                    (unsigned)a->n_seq);
    CC_ARG_CHECK(err, c->head_dim == CC_AP_HD && c->kv_type >= CC_KV_F16 && c->kv_type <= CC_KV_FP8 &&
                          (c->kv_type != CC_KV_FP8 || c->kv_scale > 0.0f),
                 "attn_prefill: head_dim %d (only 64) or kv type %d not supported", c->head_dim, (int)c->kv_type);
    CC_ARG_CHECK(err, G >= 1 && G <= 8 && a->n_head % c->n_kv_head == 0 && a->n_seq >= 1 && a->n_seq <= 65535 &&
                          a->max_q_len >= 1 && c->block_size >= 1,
                 "attn_prefill: %d sequences, %d query / %d kv heads, max new tokens %d", a->n_seq, a->n_head,
                 c->n_kv_head, a->max_q_len);
    if (c->kv_type == CC_KV_F16)
        cc_attn_prefill_kernel<CC_KV_F16><<<grid, CC_AP_THREADS, 0, st>>>(*a);
    else if (c->kv_type == CC_KV_BF16)
        cc_attn_prefill_kernel<CC_KV_BF16><<<grid, CC_AP_THREADS, 0, st>>>(*a);
    else
        cc_attn_prefill_kernel<CC_KV_FP8><<<grid, CC_AP_THREADS, 0, st>>>(*a);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
