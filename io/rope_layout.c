/* rope_layout.c - RoPE pairings (rotate-half vs interleaved), the Q/K row
 * permutation between Hugging Face and GGUF layouts, and RoPE inverse
 * frequencies with "llama3" scaling.  See io/rope_layout.h. */
#include "rope_layout.h"

#include <math.h>
#include <string.h>

int64_t cc_rope_hf_row_of_gguf_row(int64_t gguf_row, int head_dim) {
    int64_t h = head_dim / 2, head = gguf_row / head_dim, r = gguf_row % head_dim;
    return head * head_dim + (r % 2) * h + r / 2;
}

int64_t cc_rope_gguf_row_of_hf_row(int64_t hf_row, int head_dim) {
    int64_t h = head_dim / 2, head = hf_row / head_dim, r = hf_row % head_dim;
    return head * head_dim + 2 * (r % h) + r / h;
}

cc_status cc_rope_permute_rows(void *dst, const void *src, int n_heads, int head_dim, size_t row_bytes, bool to_gguf,
                               cc_error *err) {
    if (n_heads <= 0 || head_dim <= 0 || head_dim % 2 != 0)
        return cc_fail(err, CC_ERR_INVALID, "rope permutation: %d heads of dimension %d (must be positive and even)",
                       n_heads, head_dim);
    int64_t rows = (int64_t)n_heads * head_dim;
    size_t total;
    if (!cc_mul_size((size_t)rows, row_bytes, &total))
        return cc_fail(err, CC_ERR_RANGE, "rope permutation: %lld rows of %zu bytes overflow", (long long)rows,
                       row_bytes);
    const uint8_t *s = src;
    uint8_t *d = dst;
    if (d < s + total && s < d + total)
        return cc_fail(err, CC_ERR_INVALID, "rope permutation: source and destination overlap");
    for (int64_t r = 0; r < rows; r++) {
        int64_t from = to_gguf ? cc_rope_hf_row_of_gguf_row(r, head_dim) : cc_rope_gguf_row_of_hf_row(r, head_dim);
        memcpy(d + (size_t)r * row_bytes, s + (size_t)from * row_bytes, row_bytes);
    }
    return CC_OK;
}

cc_status cc_rope_inv_freq(const cc_llama_hparams *hp, double *out, cc_error *err) {
    int d = hp->head_dim;
    if (d <= 0 || d % 2 != 0 || !(hp->rope_theta > 1.0f))
        return cc_fail(err, CC_ERR_INVALID, "rope: head_dim %d / theta %g invalid", d, (double)hp->rope_theta);
    bool llama3 = hp->rope_scaling == CC_ROPE_SCALING_LLAMA3;
    if (llama3 && !(hp->rope_factor >= 1.0f && hp->rope_high_freq_factor > hp->rope_low_freq_factor &&
                    hp->rope_low_freq_factor > 0 && hp->rope_orig_ctx > 0))
        return cc_fail(err, CC_ERR_INVALID,
                       "rope: llama3 scaling parameters invalid (factor %g, low %g, high %g, ctx %d)",
                       (double)hp->rope_factor, (double)hp->rope_low_freq_factor, (double)hp->rope_high_freq_factor,
                       hp->rope_orig_ctx);
    for (int i = 0; i < d / 2; i++) {
        double f = pow((double)hp->rope_theta, -2.0 * i / d);
        if (llama3) {
            double lo = hp->rope_low_freq_factor, hi = hp->rope_high_freq_factor, ctx = hp->rope_orig_ctx;
            double wavelen = 2.0 * M_PI / f;
            if (wavelen > ctx / lo) {
                f /= hp->rope_factor; /* long wavelengths: interpolate positions */
            } else if (wavelen >= ctx / hi) {
                double s = (ctx / wavelen - lo) / (hi - lo); /* 0 at the low edge, 1 at the high edge */
                f = (1.0 - s) * f / hp->rope_factor + s * f;
            }
        }
        out[i] = f;
    }
    return CC_OK;
}

void cc_rope_rotate_half(float *x, int head_dim, const double *inv_freq, int64_t pos) {
    int h = head_dim / 2;
    for (int i = 0; i < h; i++) {
        double a = (double)pos * inv_freq[i], c = cos(a), s = sin(a);
        double x0 = x[i], x1 = x[i + h];
        x[i] = (float)(x0 * c - x1 * s);
        x[i + h] = (float)(x0 * s + x1 * c);
    }
}

void cc_rope_rotate_interleaved(float *x, int head_dim, const double *inv_freq, int64_t pos) {
    for (int i = 0; i < head_dim / 2; i++) {
        double a = (double)pos * inv_freq[i], c = cos(a), s = sin(a);
        double x0 = x[2 * i], x1 = x[2 * i + 1];
        x[2 * i] = (float)(x0 * c - x1 * s);
        x[2 * i + 1] = (float)(x0 * s + x1 * c);
    }
}
