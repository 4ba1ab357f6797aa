/* sample.cu - one token per row on the GPU, so only token ids cross to the
 * host: greedy argmax, or temperature + top-p sampling drawing from the
 * row's own counter-based stream (rng.h).  CPU reference: cc_ref_sample
 * (sample_ref.c).
 *
 * One block of 1024 threads per row of logits.
 *   1. max and argmax (lowest id on ties; NaN ignored).  Greedy rows stop.
 *   2. p_i = exp((x_i - max) / T) (cc_exp_det: the same bits as the CPU),
 *      mass w_i = floor(p_i * 2^40) as a 64-bit
 *      integer; total W by an integer block sum.
 *   3. top-p threshold without sorting: p_i > 0 floats order like their bit
 *      patterns, so a 4-pass radix select (8 bits a pass, integer mass
 *      histograms with 64-bit atomics) finds the largest key tau whose
 *      at-or-above mass reaches ceil(top_p * W).  The nucleus is every token
 *      with key >= tau (ties included).
 *   4. u = cc_rng_uniform_at(seed, row_id, step); the token is the first, in id
 *      order, whose running nucleus mass exceeds floor(u * nucleus mass)
 *      (block-wide inclusive scans over 1024-token chunks).
 * Integer masses make every sum exact and cc_exp_det makes every p_i the
 * same as the reference's, so the draw is reproducible bit for bit, equal to
 * the CPU reference's and independent of the batch.  Bytes: ~7 reads of the row's logits. */
#include <limits.h>
#include <math.h>
#include <stdint.h>

#include "cuda_check.cuh"
#include "cuda_ops.h"
#include "detmath.h"
#include "rng.h"

#define CC_SMP_THREADS 1024
#define CC_SMP_WARPS (CC_SMP_THREADS / 32)
#define CC_MASS_ONE_F 1099511627776.0f /* 2^40 */

/* Probability (relative to the max) and its order key for one logit. */
__device__ __forceinline__ float cc_smp_p(float x, float mx, float temp) {
    const float p = cc_exp_det((x - mx) / temp); /* bit-identical to the CPU reference */
    return p >= 0.0f ? p : 0.0f; /* NaN logits carry no mass */
}

__device__ __forceinline__ unsigned long long cc_smp_w(float p) {
    return (unsigned long long)(p * CC_MASS_ONE_F);
}

/* Sum over the block (every thread gets the total). */
__device__ unsigned long long cc_smp_sum(unsigned long long v, unsigned long long *sh) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
    __syncthreads(); /* sh may still be read from a previous call */
    if (lane == 0) sh[warp] = v;
    __syncthreads();
    unsigned long long t = 0;
    for (int w = 0; w < CC_SMP_WARPS; w++) t += sh[w];
    return t;
}

/* Inclusive prefix sum over the block in thread order; *total gets the block sum. */
__device__ unsigned long long cc_smp_scan(unsigned long long v, unsigned long long *sh,
                                          unsigned long long *total) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
#pragma unroll
    for (int o = 1; o < 32; o <<= 1) {
        const unsigned long long n = __shfl_up_sync(0xffffffffu, v, o);
        if (lane >= o) v += n;
    }
    __syncthreads();
    if (lane == 31) sh[warp] = v;
    __syncthreads();
    unsigned long long before = 0, t = 0;
    for (int w = 0; w < CC_SMP_WARPS; w++) {
        if (w < warp) before += sh[w];
        t += sh[w];
    }
    *total = t;
    return before + v;
}

__global__ void __launch_bounds__(CC_SMP_THREADS) cc_sample_kernel(cc_sample_args a) {
    __shared__ unsigned long long sh[CC_SMP_WARPS];
    __shared__ unsigned long long hist[256];
    __shared__ float sh_v[CC_SMP_WARPS];
    __shared__ int sh_i[CC_SMP_WARPS];
    __shared__ uint32_t sh_prefix;
    __shared__ unsigned long long sh_above, sh_nucleus;
    __shared__ int sh_found;
    const int row = blockIdx.x, tid = threadIdx.x, lane = tid & 31, warp = tid >> 5;
    const int vocab = a.vocab;
    const float *x = a.logits + (int64_t)row * vocab;

    /* 1. max / argmax */
    float bv = -INFINITY;
    int bi = INT_MAX;
    for (int i = tid; i < vocab; i += CC_SMP_THREADS) {
        const float v = x[i];
        if (v > bv) {
            bv = v;
            bi = i;
        }
    }
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) {
        const float ov = __shfl_xor_sync(0xffffffffu, bv, o);
        const int oi = __shfl_xor_sync(0xffffffffu, bi, o);
        if (ov > bv || (ov == bv && oi < bi)) {
            bv = ov;
            bi = oi;
        }
    }
    if (lane == 0) {
        sh_v[warp] = bv;
        sh_i[warp] = bi;
    }
    __syncthreads();
    bv = sh_v[0];
    bi = sh_i[0];
    for (int w = 1; w < CC_SMP_WARPS; w++)
        if (sh_v[w] > bv || (sh_v[w] == bv && sh_i[w] < bi)) {
            bv = sh_v[w];
            bi = sh_i[w];
        }
    const int greedy = bi == INT_MAX ? 0 : bi;
    const float mx = bv, temp = a.temperature[row];
    if (!(temp > 0.0f) || !(mx > -INFINITY)) {
        if (tid == 0) a.out[row] = greedy;
        return; /* uniform for the block */
    }

    /* 2. total mass */
    unsigned long long part = 0;
    for (int i = tid; i < vocab; i += CC_SMP_THREADS) part += cc_smp_w(cc_smp_p(x[i], mx, temp));
    const unsigned long long W = cc_smp_sum(part, sh);

    /* 3. threshold key by radix select */
    const float top_p = a.top_p[row];
    uint32_t tau = 0;
    unsigned long long nucleus = W;
    if (top_p < 1.0f) {
        unsigned long long target = (unsigned long long)ceil((double)top_p * (double)W);
        if (target < 1) target = 1;
        if (target > W) target = W;
        if (tid == 0) {
            sh_prefix = 0;
            sh_above = 0;
        }
        for (int pass = 0; pass < 4; pass++) {
            const int shift = 24 - 8 * pass;
            for (int b = tid; b < 256; b += CC_SMP_THREADS) hist[b] = 0;
            __syncthreads();
            const uint32_t prefix = sh_prefix;
            for (int i = tid; i < vocab; i += CC_SMP_THREADS) {
                const float p = cc_smp_p(x[i], mx, temp);
                const uint32_t key = __float_as_uint(p);
                if ((uint32_t)((uint64_t)key >> (shift + 8)) == prefix) {
                    const unsigned long long w = cc_smp_w(p);
                    if (w) atomicAdd(&hist[(key >> shift) & 255u], w);
                }
            }
            __syncthreads();
            if (tid == 0) {
                unsigned long long above = sh_above;
                int sel = 0;
                for (int b = 255; b >= 0; b--) {
                    if (above + hist[b] >= target) {
                        sel = b;
                        break;
                    }
                    above += hist[b];
                }
                sh_above = above;
                sh_prefix = (prefix << 8) | (uint32_t)sel;
                sh_nucleus = above + hist[sel];
            }
            __syncthreads();
        }
        tau = sh_prefix;
        nucleus = sh_nucleus;
    }

    /* 4. inverse-CDF draw over the nucleus in id order */
    const double u = cc_rng_uniform_at(a.seed, a.row_id[row], (uint64_t)a.step[row]);
    unsigned long long t2 = (unsigned long long)(u * (double)nucleus);
    if (t2 >= nucleus) t2 = nucleus - 1;
    if (tid == 0) sh_found = -1;
    unsigned long long base = 0;
    for (int chunk = 0; chunk < vocab; chunk += CC_SMP_THREADS) {
        const int i = chunk + tid;
        unsigned long long w = 0;
        if (i < vocab) {
            const float p = cc_smp_p(x[i], mx, temp);
            if (__float_as_uint(p) >= tau) w = cc_smp_w(p);
        }
        unsigned long long total;
        const unsigned long long incl = cc_smp_scan(w, sh, &total);
        if (w > 0 && base + incl > t2 && base + incl - w <= t2) sh_found = i; /* exactly one thread */
        base += total;
        __syncthreads();
        if (sh_found >= 0) break; /* uniform: read after the barrier */
    }
    if (tid == 0) a.out[row] = sh_found >= 0 ? sh_found : greedy;
}

extern "C" cc_status cc_cuda_sample(const cc_sample_args *a, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    const cudaStream_t st = (cudaStream_t)s;
    CC_ARG_CHECK(err, a->n_rows >= 1 && a->vocab >= 1, "sample: %d rows of %d logits", a->n_rows, a->vocab);
    cc_sample_kernel<<<a->n_rows, CC_SMP_THREADS, 0, st>>>(*a);
    CC_LAUNCH_CHECK(err, st);
done:
    return rc;
}
