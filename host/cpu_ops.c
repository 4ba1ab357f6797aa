/* cpu_ops.c - the portable CPU kernels, ISA dispatch, row operations and RoPE.
 * The matmul driver and weight-row unpacking live in cpu_matmul.c, the
 * AVX2 / AVX-512 VNNI variants of the hot loops in cpu_ops_avx2.c. */
#include "cpu_ops.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_kernels.h"

#if defined(__x86_64__)
#include <cpuid.h>
#endif

/* ------------------------------------------------------------------ ISA */

#if defined(__x86_64__)
/* F16C (CPUID.1:ECX bit 29), read directly: clang's __builtin_cpu_supports
 * does not know the "f16c" feature name. */
static int cpu_has_f16c(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    return (c >> 29) & 1u;
}
#endif

cc_cpu_isa cc_cpu_isa_detect(void) {
    const char *force = getenv("CLINCLEAN_CPU_ISA");
    if (force && strcmp(force, "scalar") == 0) return CC_ISA_SCALAR;
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && cpu_has_f16c()) {
        if (force && strcmp(force, "avx2") == 0) return CC_ISA_AVX2;
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
            __builtin_cpu_supports("avx512vnni"))
            return CC_ISA_AVX512VNNI;
        return CC_ISA_AVX2;
    }
#endif
    return CC_ISA_SCALAR;
}

const char *cc_cpu_isa_name(cc_cpu_isa isa) {
    switch (isa) {
    case CC_ISA_SCALAR: return "scalar";
    case CC_ISA_AVX2: return "avx2";
    case CC_ISA_AVX512VNNI: return "avx512vnni";
    }
    return "?";
}

/* ------------------------------------------------------------------ scalar kernels */

static float dot_f32_scalar(const float *a, const float *b, int64_t n) {
    float l[32] = {0};
    int64_t nb = n - n % 32, i = 0;
    for (; i < nb; i += 32)
        for (int j = 0; j < 32; j++) l[j] = fmaf(a[i + j], b[i + j], l[j]);
    float s = cc_lanes32_reduce(l);
    for (; i < n; i++) s = fmaf(a[i], b[i], s);
    return s;
}

static void axpy_scalar(float *y, float a, const float *x, int64_t n) {
    for (int64_t i = 0; i < n; i++) y[i] = fmaf(a, x[i], y[i]);
}

static void dot_rows_scalar(const float *q, const float *k, int64_t ld, int64_t nr, int64_t n, float scale, float *out) {
    for (int64_t r = 0; r < nr; r++) out[r] = dot_f32_scalar(q, k + r * ld, n) * scale;
}

static void axpy_rows_scalar(float *y, const float *a, const float *v, int64_t ld, int64_t nr, int64_t n) {
    for (int64_t r = 0; r < nr; r++) axpy_scalar(y, a[r], v + r * ld, n);
}

static void quantize_act_scalar(const float *x, cc_act_block *out, int64_t n) {
    for (int64_t b = 0; b < n / 32; b++) {
        const float *xb = x + b * 32;
        float amax = 0.0f;
        for (int j = 0; j < 32; j++) amax = fmaxf(amax, fabsf(xb[j]));
        float d = amax / 127.0f;
        float id = d != 0.0f ? 1.0f / d : 0.0f;
        int32_t s0 = 0, s1 = 0;
        for (int j = 0; j < 32; j++) {
            float v = nearbyintf(xb[j] * id);
            v = fminf(fmaxf(v, -127.0f), 127.0f);
            int8_t q = (int8_t)v;
            out[b].q[j] = q;
            if (j < 16) s0 += q;
            else s1 += q;
        }
        out[b].d = d;
        out[b].s[0] = (int16_t)s0;
        out[b].s[1] = (int16_t)s1;
        for (int l = 0; l < 8; l++)
            out[b].xs[l] = d * (float)(out[b].q[4 * l] + out[b].q[4 * l + 1] + out[b].q[4 * l + 2] + out[b].q[4 * l + 3]);
    }
}

static void f16_to_f32_scalar(const uint16_t *src, float *dst, int64_t n) {
    for (int64_t i = 0; i < n; i++) dst[i] = cc_fp16_to_f32(src[i]);
}

static float qdot_scalar(const cc_qrow *w, const cc_act_block *x, int64_t nblk) {
    float acc = 0.0f;
    for (int64_t j = 0; j < nblk; j++) {
        const uint8_t *q = w->q + j * 32;
        int32_t i0 = 0, i1 = 0;
        if (w->is_signed) {
            for (int k = 0; k < 16; k++) i0 += (int32_t)(int8_t)q[k] * x[j].q[k];
            for (int k = 16; k < 32; k++) i1 += (int32_t)(int8_t)q[k] * x[j].q[k];
        } else {
            for (int k = 0; k < 16; k++) i0 += (int32_t)q[k] * x[j].q[k];
            for (int k = 16; k < 32; k++) i1 += (int32_t)q[k] * x[j].q[k];
        }
        acc = cc_qcombine(acc, w, &x[j], j, i0, i1);
    }
    return acc;
}

static float bdot_scalar(cc_ttype t, const void *row, const cc_act_block *x, int64_t nblk) {
    float L[16] = {0}, M[8] = {0};
    const uint8_t *p = row;
    for (int64_t j = 0; j < nblk; j++) {
        int32_t q[32];
        float d;
        if (t == CC_T_Q8_0) {
            const cc_block_q8_0 *b = (const cc_block_q8_0 *)p;
            d = cc_fp16_to_f32(b->d);
            for (int k = 0; k < 32; k++) q[k] = b->qs[k];
            p += sizeof *b;
        } else if (t == CC_T_Q4_0) {
            const cc_block_q4_0 *b = (const cc_block_q4_0 *)p;
            d = cc_fp16_to_f32(b->d);
            for (int k = 0; k < 16; k++) {
                q[k] = (b->qs[k] & 0x0F) - 8;
                q[k + 16] = (b->qs[k] >> 4) - 8;
            }
            p += sizeof *b;
        } else {
            const cc_block_q4_1 *b = (const cc_block_q4_1 *)p;
            d = cc_fp16_to_f32(b->d);
            for (int k = 0; k < 16; k++) {
                q[k] = b->qs[k] & 0x0F;
                q[k + 16] = b->qs[k] >> 4;
            }
            float m = cc_fp16_to_f32(b->m);
            for (int l = 0; l < 8; l++) M[l] = fmaf(x[j].xs[l], m, M[l]);
            p += sizeof *b;
        }
        float dd = d * x[j].d;
        float *acc = L + 8 * (j & 1);
        for (int l = 0; l < 8; l++) {
            int32_t lane = 0;
            for (int k = 4 * l; k < 4 * l + 4; k++) lane += q[k] * x[j].q[k];
            acc[l] = fmaf((float)lane, dd, acc[l]);
        }
    }
    return cc_lanes16_reduce(L) + cc_lanes8_reduce(M);
}

static void bdot4_scalar(cc_ttype t, const void *row, const cc_act_block *x, int64_t ldx, int64_t nblk, float out[4]) {
    for (int i = 0; i < 4; i++) out[i] = bdot_scalar(t, row, x + i * ldx, nblk);
}

static void bdot8_scalar(cc_ttype t, const void *row, const cc_act_block *x, int64_t ldx, int64_t nblk, float out[8]) {
    for (int i = 0; i < 8; i++) out[i] = bdot_scalar(t, row, x + i * ldx, nblk);
}

const cc_cpu_kernels cc_cpu_kernels_scalar = {
    .dot_f32 = dot_f32_scalar,
    .axpy = axpy_scalar,
    .dot_rows = dot_rows_scalar,
    .axpy_rows = axpy_rows_scalar,
    .quantize_act = quantize_act_scalar,
    .f16_to_f32 = f16_to_f32_scalar,
    .qdot = qdot_scalar,
    .bdot = bdot_scalar,
    .bdot4 = bdot4_scalar,
    .bdot8 = bdot8_scalar,
    .unpack_k = cc_unpack_qrow_scalar,
};

float cc_cpu_dot_f32(cc_cpu_isa isa, const float *a, const float *b, int64_t n) {
    return cc_cpu_kernels_for(isa)->dot_f32(a, b, n);
}
void cc_cpu_axpy(cc_cpu_isa isa, float *y, float a, const float *x, int64_t n) {
    cc_cpu_kernels_for(isa)->axpy(y, a, x, n);
}
void cc_cpu_quantize_act(cc_cpu_isa isa, const float *x, cc_act_block *out, int64_t n) {
    cc_cpu_kernels_for(isa)->quantize_act(x, out, n);
}

/* ------------------------------------------------------------------ row ops */

void cc_cpu_rmsnorm(cc_cpu_isa isa, float *y, const float *x, const float *w, int64_t n, float eps) {
    float ss = cc_cpu_dot_f32(isa, x, x, n);
    float scale = 1.0f / sqrtf(ss / (float)n + eps);
    for (int64_t i = 0; i < n; i++) y[i] = (x[i] * scale) * w[i];
}

void cc_cpu_softmax(float *x, int64_t n) {
    if (n <= 0) return;
    float mx = x[0];
    for (int64_t i = 1; i < n; i++) mx = fmaxf(mx, x[i]);
    float sum = 0.0f;
    for (int64_t i = 0; i < n; i++) {
        x[i] = expf(x[i] - mx);
        sum += x[i];
    }
    float inv = 1.0f / sum;
    for (int64_t i = 0; i < n; i++) x[i] *= inv;
}

void cc_cpu_swiglu(float *out, const float *gate, const float *up, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        float g = gate[i];
        out[i] = (g / (1.0f + expf(-g))) * up[i];
    }
}

/* ------------------------------------------------------------------ RoPE */

cc_status cc_rope_init(cc_rope *r, const cc_llama_hparams *hp, cc_rope_layout layout, const float *freq_factors,
                       cc_error *err) {
    memset(r, 0, sizeof *r);
    int32_t d = hp->head_dim;
    if (d <= 0 || d % 2 != 0 || d > CC_ROPE_MAX_DIM)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "rope: head_dim %d must be even and at most %d", d, CC_ROPE_MAX_DIM);
    if (!(hp->rope_theta > 0.0f)) return cc_fail(err, CC_ERR_FORMAT, "rope: theta %g must be positive", hp->rope_theta);
    r->head_dim = d;
    r->layout = layout;
    for (int32_t i = 0; i < d / 2; i++) {
        /* theta^(-2i/d) in double: exact to the model's definition at any position */
        r->inv_freq[i] = pow((double)hp->rope_theta, -(double)(2 * i) / (double)d);
    }
    if (freq_factors) {
        for (int32_t i = 0; i < d / 2; i++) {
            if (!(freq_factors[i] > 0.0f) || !isfinite(freq_factors[i]))
                return cc_fail(err, CC_ERR_FORMAT, "rope: frequency factor %d is %g", i, freq_factors[i]);
            r->inv_freq[i] /= (double)freq_factors[i];
        }
    } else if (hp->rope_scaling == CC_ROPE_SCALING_LLAMA3) {
        double factor = hp->rope_factor, lo = hp->rope_low_freq_factor, hi = hp->rope_high_freq_factor;
        double orig = hp->rope_orig_ctx;
        if (!(factor > 0) || !(lo > 0) || !(hi > lo) || !(orig > 0))
            return cc_fail(err, CC_ERR_FORMAT,
                           "rope: llama3 scaling needs factor > 0, 0 < low_freq_factor < high_freq_factor, "
                           "original context > 0 (got %g, %g, %g, %g)",
                           factor, lo, hi, orig);
        double lo_wavelen = orig / lo, hi_wavelen = orig / hi;
        const double pi = 3.14159265358979323846;
        for (int32_t i = 0; i < d / 2; i++) {
            double f = r->inv_freq[i];
            double wavelen = 2.0 * pi / f;
            if (wavelen < hi_wavelen) continue;
            if (wavelen > lo_wavelen) {
                r->inv_freq[i] = f / factor;
            } else {
                double smooth = (orig / wavelen - lo) / (hi - lo);
                r->inv_freq[i] = (1.0 - smooth) * f / factor + smooth * f;
            }
        }
    }
    return CC_OK;
}

void cc_rope_apply(const cc_rope *r, float *x, int32_t n_heads, int32_t pos) {
    int32_t half = r->head_dim / 2;
    float c[CC_ROPE_MAX_DIM / 2], s[CC_ROPE_MAX_DIM / 2];
    for (int32_t i = 0; i < half; i++) {
        double ang = (double)pos * r->inv_freq[i];
        c[i] = (float)cos(ang);
        s[i] = (float)sin(ang);
    }
    for (int32_t h = 0; h < n_heads; h++) {
        float *v = x + (int64_t)h * r->head_dim;
        for (int32_t i = 0; i < half; i++) {
            int32_t i0 = r->layout == CC_ROPE_PAIRS_ADJACENT ? 2 * i : i;
            int32_t i1 = r->layout == CC_ROPE_PAIRS_ADJACENT ? 2 * i + 1 : i + half;
            float a = v[i0], b = v[i1];
            v[i0] = a * c[i] - b * s[i];
            v[i1] = a * s[i] + b * c[i];
        }
    }
}

