/* gemm_fp8_ref.c - CPU reference of gemm_fp8.cu: per-row e4m3 quantization
 * (the same codes and scales as the kernel, bit for bit) and the fp8 product
 * with per-row scales, summed in double. */
#include <math.h>
#include <string.h>

#include "kernel_refs.h"
#include "ref_util.h"

static float in_at(const void *x, bool x_bf16, int64_t i) {
    if (x_bf16) {
        uint16_t h;
        memcpy(&h, (const uint8_t *)x + 2 * i, 2);
        return cc_ref_bf16_to_f32(h);
    }
    return ((const float *)x)[i];
}

void cc_ref_quant_fp8_rows(const void *x, bool x_bf16, int64_t ldx, int64_t rows, int64_t cols, uint8_t *q,
                           float *scale) {
    for (int64_t r = 0; r < rows; r++) {
        float a = 0.0f;
        for (int64_t c = 0; c < cols; c++) a = fmaxf(a, fabsf(in_at(x, x_bf16, r * ldx + c)));
        const float inv = a > 0.0f ? 448.0f / a : 1.0f;
        scale[r] = a > 0.0f ? a / 448.0f : 1.0f;
        for (int64_t c = 0; c < cols; c++) q[r * cols + c] = cc_ref_f32_to_e4m3(in_at(x, x_bf16, r * ldx + c) * inv);
    }
}

void cc_ref_gemm_fp8(const uint8_t *wq, const float *ws, const uint8_t *xq, const float *xs, float *y, int m, int n,
                     int k, bool accumulate) {
    double v[256]; /* every code's value */
    for (int c = 0; c < 256; c++) v[c] = cc_ref_e4m3_to_f32((uint8_t)c);
    for (int t = 0; t < m; t++)
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int i = 0; i < k; i++) s += v[xq[(int64_t)t * k + i]] * v[wq[(int64_t)j * k + i]];
            s *= (double)xs[t] * ws[j];
            float *o = y + (int64_t)t * n + j;
            *o = accumulate ? (float)(*o + s) : (float)s;
        }
}
