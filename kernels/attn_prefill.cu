/* attn_prefill.cu - causal prefill attention over the paged K/V cache,
 * flash-style (tiled, online softmax), head_dim 64.  CPU reference:
 * cc_ref_attn_prefill (attn_ref.c).  Two kernels with the same contract:
 *
 * cc_attn_prefill_tc (the default for fp16 and fp8 K/V): tensor cores.
 * Grid (query tile, kv head g, sequence s), 128 threads = 4 warps.  A block
 * serves BQ = 64 / G consecutive new tokens of sequence s times the G query
 * heads of kv group g (R = BQ * G <= 64 rows; row r is token r / G, head
 * g*G + r % G), so each K/V tile is read once for all heads of the group;
 * warp w owns rows 16w..16w+15 as the M side of mma.sync m16n8k16 (fp16 in,
 * fp32 accumulate).  K/V tiles of 64 positions (shared prefix blocks
 * included, through the block table) are staged in shared memory as fp16
 * (K as [key][dim], V transposed as [dim][key]; fp8 bytes converted
 * exactly, kv_scale applied to the fp32 scores and outputs).  Precision: the
 * fp32 query and the fp32 probabilities are each split into two fp16 terms
 * (hi = rn(x), lo = rn(x - hi)) and both are multiplied, so every product
 * carries about 22 bits: the results stay within the fp32 kernel's bound of
 * the CPU reference.  S = Q K^T and the online softmax stay in registers
 * (the accumulator fragment of S is the A fragment of P V).
 *
 * cc_attn_prefill_simt (bf16 K/V, or CC_ATTN_PREFILL_SIMT asked for): fp32
 * CUDA cores.  256 threads; K/V tiles of 32 positions staged as fp32; the 4
 * threads of a row (lanes 4r'..4r'+3 of a warp) hold the row's query in
 * registers and take keys c = lane%4 + 4j for q.k and dims d = lane%4 + 4k
 * for p.V.  Shared memory: K 32x65 + V 32x64 + P 64x33 floats = 24,960 B.
 *
 * Both: keys after the row's own position are masked; a row's operations
 * depend only on its position and the fixed key tiling (a tile entirely
 * masked for a row leaves its state exactly unchanged), so results are
 * batch invariant.  Bytes: K/V of positions 0..last of the tile, once per
 * (tile, kv head). */
#include <math.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "attn_tc.cuh"
#include "kv_load.cuh"

#define CC_AP_THREADS 256
#define CC_AP_HD 64
#define CC_AP_ROWS 64
#define CC_AP_BK 32

template <int KVT>
__global__ void __launch_bounds__(CC_AP_THREADS) cc_attn_prefill_simt(cc_attn_prefill_args a) {
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

/* ---------------------------------------------------------------- tensor-core kernel */

#define CC_APT_THREADS 128 /* 4 warps of 16 rows */
#define CC_APT_BK CC_TC_BK /* keys per tile (attn_tc.cuh) */
#define CC_APT_LD CC_TC_LD /* shared row stride in halves */

template <int KVT>
__global__ void __launch_bounds__(CC_APT_THREADS) cc_attn_prefill_tc(cc_attn_prefill_args a) {
    __shared__ __align__(16) uint16_t Ks[CC_APT_BK][CC_APT_LD]; /* [key][dim] fp16 bits */
    __shared__ __align__(16) uint16_t Vt[CC_AP_HD][CC_APT_LD];  /* [dim][key] fp16 bits */
    const cc_kv_cache c = a.cache;
    const int g = blockIdx.y, s = blockIdx.z;
    const int G = a.n_head / c.n_kv_head, BQ = CC_AP_ROWS / G, R = BQ * G;
    const int q_len = a.q_len[s], ctx = a.ctx_len[s], q0 = blockIdx.x * BQ;
    if (q0 >= q_len) return; /* uniform for the block */
    const int pos0 = ctx - q_len;
    const int q_last = min(q_len, q0 + BQ) - 1;
    const int32_t *bt = c.block_table + (int64_t)s * c.max_blocks;
    const float kvs = KVT == CC_KV_FP8 ? c.kv_scale : 1.0f;
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, gi = lane >> 2, ti = lane & 3;

    /* this thread's two rows: r[0] = 16 warp + gi, r[1] = r[0] + 8 */
    int qi[2], my_pos[2];
    bool ok[2];
    const float *qrow[2];
#pragma unroll
    for (int h = 0; h < 2; h++) {
        const int r = 16 * warp + gi + 8 * h;
        qi[h] = q0 + r / G;
        ok[h] = r < R && qi[h] < q_len;
        my_pos[h] = ok[h] ? pos0 + qi[h] : pos0 + q_last; /* dead rows: unmasked garbage, never stored */
        qrow[h] = a.q + (((int64_t)a.q_start[s] + (ok[h] ? qi[h] : 0)) * a.n_head + g * G + (ok[h] ? r % G : 0)) *
                            CC_AP_HD;
    }
    /* the scaled query as A fragments, split hi + lo: 4 k-steps of 16 dims */
    uint32_t qh[4][4], ql[4][4];
#pragma unroll
    for (int kk = 0; kk < 4; kk++) {
#pragma unroll
        for (int j = 0; j < 4; j++) {
            const int h = j & 1, d = 16 * kk + 2 * ti + 8 * (j >> 1);
            const float2 v = *(const float2 *)(qrow[h] + d);
            cc_split_h2(ok[h] ? v.x * a.scale : 0.0f, ok[h] ? v.y * a.scale : 0.0f, qh[kk][j], ql[kk][j]);
        }
    }

    float m[2] = {-INFINITY, -INFINITY}, l[2] = {0.0f, 0.0f}, o[8][4];
#pragma unroll
    for (int dn = 0; dn < 8; dn++) o[dn][0] = o[dn][1] = o[dn][2] = o[dn][3] = 0.0f;

    const int n_tiles = (pos0 + q_last) / CC_APT_BK + 1;
    for (int kt = 0; kt < n_tiles; kt++) {
        __syncthreads(); /* the previous tile is consumed */
        cc_tc_load_tile<KVT, CC_APT_THREADS>(c, bt, g, kt * CC_APT_BK, ctx, Ks, Vt);
        __syncthreads();

        /* S = Q K^T for the warp's 16 rows x 64 keys: 8 n-tiles of 8 keys */
        float sc[8][4];
#pragma unroll
        for (int nt = 0; nt < 8; nt++) {
            sc[nt][0] = sc[nt][1] = sc[nt][2] = sc[nt][3] = 0.0f;
#pragma unroll
            for (int kk = 0; kk < 4; kk++) {
                const uint32_t b0 = *(const uint32_t *)&Ks[8 * nt + gi][16 * kk + 2 * ti];
                const uint32_t b1 = *(const uint32_t *)&Ks[8 * nt + gi][16 * kk + 8 + 2 * ti];
                cc_mma16816(sc[nt], qh[kk], b0, b1);
                cc_mma16816(sc[nt], ql[kk], b0, b1);
            }
        }
        /* scale (fp8), mask, row max over the 4 lanes of a row */
        float mt[2] = {-INFINITY, -INFINITY};
#pragma unroll
        for (int nt = 0; nt < 8; nt++) {
#pragma unroll
            for (int e = 0; e < 4; e++) {
                const int key = kt * CC_APT_BK + 8 * nt + 2 * ti + (e & 1);
                const float v = KVT == CC_KV_FP8 ? sc[nt][e] * kvs : sc[nt][e];
                sc[nt][e] = key <= my_pos[e >> 1] ? v : -INFINITY;
                mt[e >> 1] = fmaxf(mt[e >> 1], sc[nt][e]);
            }
        }
        float alpha[2];
#pragma unroll
        for (int h = 0; h < 2; h++) {
            mt[h] = fmaxf(mt[h], __shfl_xor_sync(0xffffffffu, mt[h], 1));
            mt[h] = fmaxf(mt[h], __shfl_xor_sync(0xffffffffu, mt[h], 2));
            const float mn = fmaxf(m[h], mt[h]); /* finite: position 0 is in tile 0 for every row */
            alpha[h] = expf(m[h] - mn);
            m[h] = mn;
        }
        float ps[2] = {0.0f, 0.0f};
#pragma unroll
        for (int nt = 0; nt < 8; nt++) {
#pragma unroll
            for (int e = 0; e < 4; e++) {
                sc[nt][e] = expf(sc[nt][e] - m[e >> 1]);
                ps[e >> 1] += sc[nt][e];
            }
        }
#pragma unroll
        for (int h = 0; h < 2; h++) {
            ps[h] += __shfl_xor_sync(0xffffffffu, ps[h], 1);
            ps[h] += __shfl_xor_sync(0xffffffffu, ps[h], 2);
            l[h] = l[h] * alpha[h] + ps[h];
        }
#pragma unroll
        for (int dn = 0; dn < 8; dn++) {
            o[dn][0] *= alpha[0];
            o[dn][1] *= alpha[0];
            o[dn][2] *= alpha[1];
            o[dn][3] *= alpha[1];
        }
        /* O += P V: the S fragment of n-tiles 2kk, 2kk+1 is the A fragment of key step kk */
#pragma unroll
        for (int kk = 0; kk < 4; kk++) {
            uint32_t ph[4], pl[4];
            cc_split_h2(sc[2 * kk][0], sc[2 * kk][1], ph[0], pl[0]);
            cc_split_h2(sc[2 * kk][2], sc[2 * kk][3], ph[1], pl[1]);
            cc_split_h2(sc[2 * kk + 1][0], sc[2 * kk + 1][1], ph[2], pl[2]);
            cc_split_h2(sc[2 * kk + 1][2], sc[2 * kk + 1][3], ph[3], pl[3]);
#pragma unroll
            for (int dn = 0; dn < 8; dn++) {
                const uint32_t b0 = *(const uint32_t *)&Vt[8 * dn + gi][16 * kk + 2 * ti];
                const uint32_t b1 = *(const uint32_t *)&Vt[8 * dn + gi][16 * kk + 8 + 2 * ti];
                cc_mma16816(o[dn], ph, b0, b1);
                cc_mma16816(o[dn], pl, b0, b1);
            }
        }
    }
#pragma unroll
    for (int h = 0; h < 2; h++) {
        if (!ok[h]) continue;
        const int r = 16 * warp + gi + 8 * h;
        float *out = a.out + (((int64_t)a.q_start[s] + qi[h]) * a.n_head + g * G + r % G) * CC_AP_HD;
        const float f = kvs / l[h];
#pragma unroll
        for (int dn = 0; dn < 8; dn++)
            *(float2 *)(out + 8 * dn + 2 * ti) = make_float2(o[dn][2 * h] * f, o[dn][2 * h + 1] * f);
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
    if (c->kv_type != CC_KV_BF16 && !a->simt) {
        if (c->kv_type == CC_KV_F16)
            cc_attn_prefill_tc<CC_KV_F16><<<grid, CC_APT_THREADS, 0, st>>>(*a);
        else
            cc_attn_prefill_tc<CC_KV_FP8><<<grid, CC_APT_THREADS, 0, st>>>(*a);
    } else if (c->kv_type == CC_KV_F16) {
        cc_attn_prefill_simt<CC_KV_F16><<<grid, CC_AP_THREADS, 0, st>>>(*a);
    } else if (c->kv_type == CC_KV_BF16) {
        cc_attn_prefill_simt<CC_KV_BF16><<<grid, CC_AP_THREADS, 0, st>>>(*a);
    } else {
        cc_attn_prefill_simt<CC_KV_FP8><<<grid, CC_AP_THREADS, 0, st>>>(*a);
    }
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
