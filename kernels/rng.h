/* rng.h - the counter-based random stream used for sampling: the uniform
 * number for a row at a step is a pure function of (seed, row id, step), so
 * a row's draws do not depend on what else is in its batch, on the device,
 * or on how many steps ran before.  Shared verbatim by the CUDA sampler, its
 * CPU reference and the host sampler's cc_rng (host/sampler.h: draw i of a
 * row is cc_rng_uniform_at(seed, row, i), i counting from 0), so the device
 * and the host consume the same number for the same draw (plain C;
 * __host__ __device__ under nvcc). */
#ifndef CLINCLEAN_RNG_H
#define CLINCLEAN_RNG_H

#include <stdint.h>

#ifdef __CUDACC__
#define CC_HD __host__ __device__
#else
#define CC_HD
#endif

/* A 64-bit finalizer (the splitmix64 output function): a bijection that
 * spreads every input bit over the whole word. */
static CC_HD inline uint64_t cc_rng_mix64(uint64_t z) {
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* 64 random bits for (seed, row, step). */
static CC_HD inline uint64_t cc_rng_bits(uint64_t seed, uint64_t row, uint64_t step) {
    return cc_rng_mix64(cc_rng_mix64(cc_rng_mix64(seed) ^ row) ^ (step * 0xD1B54A32D192ED03ULL));
}

/* Uniform double in [0, 1) with 53 random bits. */
static CC_HD inline double cc_rng_uniform_at(uint64_t seed, uint64_t row, uint64_t step) {
    return (double)(cc_rng_bits(seed, row, step) >> 11) * (1.0 / 9007199254740992.0);
}

#endif
