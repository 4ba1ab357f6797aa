/* mmv_quant_ref.c - CPU reference of the fused dequantize + matrix-vector
 * kernels (mmv_quant.cu): GGUF block layouts decoded field by field, dot
 * products summed in double. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kernel_refs.h"
#include "ref_util.h"

/* The 6-bit scale and min of sub-block j (0..7) of a Q4_K super-block. */
static void q4k_scale_min(const uint8_t *s, int j, int *sc, int *mn) {
    if (j < 4) {
        *sc = s[j] & 63;
        *mn = s[j + 4] & 63;
    } else {
        *sc = (s[j + 4] & 0x0f) | ((s[j - 4] >> 6) << 4);
        *mn = (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
    }
}

cc_status cc_ref_row_bytes(cc_ttype t, int64_t k, size_t *out, cc_error *err) {
    int64_t be = 1;
    size_t bb = 0;
    switch (t) {
    case CC_T_F32: bb = 4; break;
    case CC_T_F16:
    case CC_T_BF16: bb = 2; break;
    case CC_T_Q8_0: be = CC_QK; bb = sizeof(cc_block_q8_0); break;
    case CC_T_Q4_0: be = CC_QK; bb = sizeof(cc_block_q4_0); break;
    case CC_T_Q4_1: be = CC_QK; bb = sizeof(cc_block_q4_1); break;
    case CC_T_Q4_K: be = CC_QK_K; bb = sizeof(cc_block_q4_K); break;
    case CC_T_Q6_K: be = CC_QK_K; bb = sizeof(cc_block_q6_K); break;
    default: return cc_fail(err, CC_ERR_UNSUPPORTED, "row bytes: tensor type %d not supported", (int)t);
    }
    if (k <= 0 || k % be != 0)
        return cc_fail(err, CC_ERR_INVALID, "row bytes: %lld is not a positive multiple of %lld", (long long)k,
                       (long long)be);
    *out = (size_t)(k / be) * bb;
    return CC_OK;
}

cc_status cc_ref_dequant_row(cc_ttype t, const void *src, int64_t k, float *dst, cc_error *err) {
    const uint8_t *p = (const uint8_t *)src;
    switch (t) {
    case CC_T_F32:
        memcpy(dst, p, (size_t)k * 4);
        return CC_OK;
    case CC_T_F16:
    case CC_T_BF16:
        for (int64_t i = 0; i < k; i++) {
            uint16_t h;
            memcpy(&h, p + 2 * i, 2);
            dst[i] = t == CC_T_F16 ? cc_ref_half_to_f32(h) : cc_ref_bf16_to_f32(h);
        }
        return CC_OK;
    default: break;
    }
    int64_t be = (t == CC_T_Q4_K || t == CC_T_Q6_K) ? CC_QK_K : CC_QK;
    if (k % be != 0) return cc_fail(err, CC_ERR_INVALID, "dequant: %lld is not a multiple of %lld", (long long)k, (long long)be);
    for (int64_t b = 0; b < k / be; b++) {
        float *y = dst + b * be;
        if (t == CC_T_Q8_0) {
            cc_block_q8_0 blk;
            memcpy(&blk, p + b * sizeof blk, sizeof blk);
            float d = cc_ref_half_to_f32(blk.d);
            for (int i = 0; i < CC_QK; i++) y[i] = d * (float)blk.qs[i];
        } else if (t == CC_T_Q4_0) {
            cc_block_q4_0 blk;
            memcpy(&blk, p + b * sizeof blk, sizeof blk);
            float d = cc_ref_half_to_f32(blk.d);
            for (int i = 0; i < CC_QK / 2; i++) {
                y[i] = d * (float)((blk.qs[i] & 0x0f) - 8);
                y[i + CC_QK / 2] = d * (float)((blk.qs[i] >> 4) - 8);
            }
        } else if (t == CC_T_Q4_1) {
            cc_block_q4_1 blk;
            memcpy(&blk, p + b * sizeof blk, sizeof blk);
            float d = cc_ref_half_to_f32(blk.d), m = cc_ref_half_to_f32(blk.m);
            for (int i = 0; i < CC_QK / 2; i++) {
                y[i] = d * (float)(blk.qs[i] & 0x0f) + m;
                y[i + CC_QK / 2] = d * (float)(blk.qs[i] >> 4) + m;
            }
        } else if (t == CC_T_Q4_K) {
            cc_block_q4_K blk;
            memcpy(&blk, p + b * sizeof blk, sizeof blk);
            float d = cc_ref_half_to_f32(blk.d), dmin = cc_ref_half_to_f32(blk.dmin);
            /* 4 groups of 64: 32 bytes of qs each, low nibbles first (sub-block 2g), high (2g+1) */
            for (int g = 0; g < 4; g++) {
                int sc0, m0, sc1, m1;
                q4k_scale_min(blk.scales, 2 * g, &sc0, &m0);
                q4k_scale_min(blk.scales, 2 * g + 1, &sc1, &m1);
                for (int i = 0; i < 32; i++) {
                    uint8_t q = blk.qs[32 * g + i];
                    y[64 * g + i] = d * (float)sc0 * (float)(q & 0x0f) - dmin * (float)m0;
                    y[64 * g + 32 + i] = d * (float)sc1 * (float)(q >> 4) - dmin * (float)m1;
                }
            }
        } else if (t == CC_T_Q6_K) {
            cc_block_q6_K blk;
            memcpy(&blk, p + b * sizeof blk, sizeof blk);
            float d = cc_ref_half_to_f32(blk.d);
            /* element e: half h = e/128, r = e%128, l = r%32, quarter s = r/32;
             * low 4 bits in ql[64h + l + 32*(s&1)] (low nibble for s<2, high for s>=2),
             * high 2 bits in qh[32h + l] at bit 2*s; scale scales[e/16]. */
            for (int e = 0; e < CC_QK_K; e++) {
                int h = e / 128, r = e % 128, l = r % 32, s = r / 32;
                uint8_t lo = blk.ql[64 * h + l + 32 * (s & 1)];
                int q4 = s < 2 ? (lo & 0x0f) : (lo >> 4);
                int q2 = (blk.qh[32 * h + l] >> (2 * s)) & 3;
                int q = (q4 | (q2 << 4)) - 32;
                y[e] = d * (float)blk.scales[e / 16] * (float)q;
            }
        } else {
            return cc_fail(err, CC_ERR_UNSUPPORTED, "dequant: tensor type %d not supported", (int)t);
        }
    }
    return CC_OK;
}

cc_status cc_ref_mmv(cc_ttype t, const void *w, int64_t n_rows, int64_t n_cols, const float *x, int64_t ldx,
                     float *y, int64_t ldy, int m, bool accumulate, cc_error *err) {
    cc_status rc = CC_OK;
    size_t row_bytes = 0;
    float *row = NULL;
    if ((rc = cc_ref_row_bytes(t, n_cols, &row_bytes, err)) != CC_OK) goto done;
    row = (float *)malloc((size_t)n_cols * sizeof *row);
    if (!row) {
        rc = cc_fail(err, CC_ERR_NOMEM, "mmv reference: row buffer");
        goto done;
    }
    for (int64_t n = 0; n < n_rows; n++) {
        rc = cc_ref_dequant_row(t, (const uint8_t *)w + (size_t)n * row_bytes, n_cols, row, err);
        if (rc != CC_OK) goto done;
        for (int r = 0; r < m; r++) {
            double acc = 0.0;
            const float *xr = x + (int64_t)r * ldx;
            for (int64_t k = 0; k < n_cols; k++) acc += (double)row[k] * (double)xr[k];
            float *out = y + (int64_t)r * ldy + n;
            *out = accumulate ? (float)((double)*out + acc) : (float)acc;
        }
    }
done:
    free(row);
    return rc;
}
