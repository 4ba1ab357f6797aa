/* attn_ref.c - CPU reference of attn_decode.cu and attn_prefill.cu: exact
 * softmax attention (double) over the paged K/V cache, GQA. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kernel_refs.h"
#include "ref_util.h"

float cc_ref_kv_get(const cc_kv_cache *c, const void *pool, int32_t block, int head, int slot, int d) {
    size_t idx = (((size_t)block * c->n_kv_head + head) * c->block_size + slot) * c->head_dim + d;
    uint16_t h;
    if (c->kv_type == CC_KV_FP8) return cc_ref_e4m3_to_f32(((const uint8_t *)pool)[idx]) * c->kv_scale;
    memcpy(&h, (const uint8_t *)pool + 2 * idx, 2);
    return c->kv_type == CC_KV_F16 ? cc_ref_half_to_f32(h) : cc_ref_bf16_to_f32(h);
}

/* out[hd] = softmax(scale * q . K[0..n_ctx)) V for one query head of sequence seq. */
static void attend(const cc_kv_cache *c, int32_t seq, int kv_head, const float *q, int n_ctx, float scale,
                   float *out, double *score) {
    int hd = c->head_dim;
    double mx = -INFINITY, sum = 0.0;
    for (int p = 0; p < n_ctx; p++) {
        int32_t b = c->block_table[(int64_t)seq * c->max_blocks + p / c->block_size];
        double s = 0.0;
        for (int d = 0; d < hd; d++) s += (double)q[d] * cc_ref_kv_get(c, c->k, b, kv_head, p % c->block_size, d);
        score[p] = s * scale;
        if (score[p] > mx) mx = score[p];
    }
    for (int p = 0; p < n_ctx; p++) {
        score[p] = exp(score[p] - mx);
        sum += score[p];
    }
    for (int d = 0; d < hd; d++) {
        double acc = 0.0;
        for (int p = 0; p < n_ctx; p++) {
            int32_t b = c->block_table[(int64_t)seq * c->max_blocks + p / c->block_size];
            acc += score[p] * cc_ref_kv_get(c, c->v, b, kv_head, p % c->block_size, d);
        }
        out[d] = (float)(acc / sum);
    }
}

void cc_ref_attn_decode(const cc_attn_decode_args *a) {
    const cc_kv_cache *c = &a->cache;
    int hd = c->head_dim, group = a->n_head / c->n_kv_head;
    double *score = (double *)malloc(sizeof(double) * (size_t)(a->max_ctx > 0 ? a->max_ctx : 1));
    if (!score) return;
    for (int s = 0; s < a->n_seq; s++)
        for (int h = 0; h < a->n_head; h++) {
            size_t off = ((size_t)s * a->n_head + h) * hd;
            attend(c, s, h / group, a->q + off, a->ctx_len[s], a->scale, a->out + off, score);
        }
    free(score);
}

void cc_ref_attn_prefill(const cc_attn_prefill_args *a) {
    const cc_kv_cache *c = &a->cache;
    int hd = c->head_dim, group = a->n_head / c->n_kv_head, max_ctx = 1;
    for (int s = 0; s < a->n_seq; s++)
        if (a->ctx_len[s] > max_ctx) max_ctx = a->ctx_len[s];
    double *score = (double *)malloc(sizeof(double) * (size_t)max_ctx);
    if (!score) return;
    for (int s = 0; s < a->n_seq; s++)
        for (int i = 0; i < a->q_len[s]; i++) {
            int pos = a->ctx_len[s] - a->q_len[s] + i;
            for (int h = 0; h < a->n_head; h++) {
                size_t off = (((size_t)a->q_start[s] + i) * a->n_head + h) * hd;
                attend(c, s, h / group, a->q + off, pos + 1, a->scale, a->out + off, score);
            }
        }
    free(score);
}
