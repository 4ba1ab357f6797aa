/* detmath.h - math that gives the same bits on the CPU and on the GPU.
 *
 * Library exp differs between glibc and CUDA by an ulp here and there, which
 * is enough to move a sampled token at a probability-mass boundary.  These
 * functions use only correctly rounded IEEE operations (fmaf, rintf, ldexpf,
 * a single multiply), so sample.cu and its reference sample_ref.c compute
 * identical probabilities, masses and tokens.  Plain C; __host__ __device__
 * under nvcc. */
#ifndef CLINCLEAN_DETMATH_H
#define CLINCLEAN_DETMATH_H

#include <math.h>

#ifdef __CUDACC__
#define CC_DM __host__ __device__
#else
#define CC_DM
#endif

/* exp(x) for x <= 0 (NaN stays NaN; below -104 gives 0), within ~2 ulp:
 * x = n ln2 + r with |r| <= ln2/2, e^r by its degree-7 Taylor polynomial in
 * Horner form with fmaf, then scaled by 2^n. */
static CC_DM inline float cc_exp_det(float x) {
    if (!(x > -104.0f)) return x != x ? x : 0.0f;
    const float n = rintf(x * 1.44269504f);  /* x / ln 2, one rounding */
    float r = fmaf(-n, 0.693145752f, x);      /* ln 2 high part (exact times n <= 150) */
    r = fmaf(-n, 1.42860677e-6f, r);          /* ln 2 low part */
    float p = 1.98412698e-4f;                 /* 1/7! */
    p = fmaf(p, r, 1.38888889e-3f);           /* 1/6! */
    p = fmaf(p, r, 8.33333333e-3f);           /* 1/5! */
    p = fmaf(p, r, 4.16666667e-2f);           /* 1/4! */
    p = fmaf(p, r, 1.66666667e-1f);           /* 1/3! */
    p = fmaf(p, r, 0.5f);
    p = fmaf(p, r, 1.0f);
    p = fmaf(p, r, 1.0f);
    return ldexpf(p, (int)n);
}

#endif
