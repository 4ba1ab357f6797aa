/* norm_rope_ref.c - CPU reference of norm_rope.cu: RMSNorm, the RoPE
 * frequency table (plain and Llama 3 scaled), and RoPE on q/k in GGUF's
 * interleaved-pair layout fused with the paged K/V cache write. */
#include <math.h>
#include <string.h>

#include "kernel_refs.h"
#include "ref_util.h"

void cc_ref_rmsnorm(const float *x, const float *w, float *y, int rows, int n, float eps) {
    for (int r = 0; r < rows; r++) {
        const float *xr = x + (int64_t)r * n;
        double ss = 0.0;
        for (int i = 0; i < n; i++) ss += (double)xr[i] * xr[i];
        double inv = 1.0 / sqrt(ss / n + (double)eps);
        for (int i = 0; i < n; i++) y[(int64_t)r * n + i] = (float)((double)xr[i] * inv * (double)w[i]);
    }
}

void cc_ref_rope_freqs(const cc_llama_hparams *hp, float *freqs) {
    int half = hp->head_dim / 2;
    for (int i = 0; i < half; i++) {
        double f = pow((double)hp->rope_theta, -2.0 * i / (double)hp->head_dim);
        if (hp->rope_scaling == CC_ROPE_SCALING_LLAMA3) {
            double orig = (double)hp->rope_orig_ctx;
            double low_wavelen = orig / hp->rope_low_freq_factor;   /* longer wavelengths: fully scaled */
            double high_wavelen = orig / hp->rope_high_freq_factor; /* shorter ones: kept */
            double wavelen = 2.0 * M_PI / f;
            if (wavelen > low_wavelen) {
                f /= hp->rope_factor;
            } else if (wavelen >= high_wavelen) {
                double smooth = (orig / wavelen - hp->rope_low_freq_factor) /
                                (hp->rope_high_freq_factor - hp->rope_low_freq_factor);
                f = (1.0 - smooth) * f / hp->rope_factor + smooth * f;
            }
        }
        freqs[i] = (float)f;
    }
}

/* Rotate the interleaved pairs of one head in place; angle = fp32(pos * freq). */
static void rope_head(float *x, int head_dim, int32_t pos, const float *freqs) {
    for (int i = 0; i < head_dim / 2; i++) {
        double ang = (double)((float)pos * freqs[i]);
        double c = cos(ang), s = sin(ang);
        double x0 = x[2 * i], x1 = x[2 * i + 1];
        x[2 * i] = (float)(x0 * c - x1 * s);
        x[2 * i + 1] = (float)(x0 * s + x1 * c);
    }
}

static void kv_put(const cc_kv_cache *c, void *pool, int32_t block, int head, int slot, int d, float v) {
    size_t idx = (((size_t)block * c->n_kv_head + head) * c->block_size + slot) * c->head_dim + d;
    if (c->kv_type == CC_KV_FP8) {
        ((uint8_t *)pool)[idx] = cc_ref_f32_to_e4m3(v / c->kv_scale);
        return;
    }
    uint16_t h = c->kv_type == CC_KV_F16 ? cc_ref_f32_to_half(v) : cc_ref_f32_to_bf16(v);
    memcpy((uint8_t *)pool + 2 * idx, &h, 2);
}

void cc_ref_rope_kv(const cc_rope_kv_args *a) {
    const cc_kv_cache *c = &a->cache;
    int hd = c->head_dim;
    float tmp[512];
    for (int t = 0; t < a->n_tok; t++) {
        int32_t seq = a->tok_seq[t], pos = a->tok_pos[t];
        for (int h = 0; h < a->n_head; h++) rope_head(a->q + (int64_t)t * a->ldq + h * hd, hd, pos, a->freqs);
        int32_t block = c->block_table[(int64_t)seq * c->max_blocks + pos / c->block_size];
        int slot = pos % c->block_size;
        for (int h = 0; h < c->n_kv_head; h++) {
            memcpy(tmp, a->k + (int64_t)t * a->ldk + h * hd, (size_t)hd * 4);
            rope_head(tmp, hd, pos, a->freqs);
            for (int d = 0; d < hd; d++) {
                kv_put(c, c->k, block, h, slot, d, tmp[d]);
                kv_put(c, c->v, block, h, slot, d, a->v[(int64_t)t * a->ldv + h * hd + d]);
            }
        }
    }
}
