/* sample_ref.c - CPU reference of sample.cu: greedy argmax and top-p
 * sampling with fixed-point masses and the counter-based stream of rng.h. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "detmath.h"
#include "kernel_refs.h"
#include "rng.h"

/* Fixed-point scale of the probability masses: w = floor(p * 2^40). */
#define CC_MASS_ONE 1099511627776.0

static int cmp_u32_desc(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

int32_t cc_ref_sample_row_ws(const float *x, int32_t vocab, float temperature, float top_p, uint64_t seed,
                             uint64_t row_id, int32_t step, uint32_t *key, uint32_t *sorted, uint64_t *w) {
    float mx = -INFINITY;
    int32_t best = 0;
    for (int32_t i = 0; i < vocab; i++)
        if (x[i] > mx) {
            mx = x[i];
            best = i;
        }
    if (!(temperature > 0.0f) || !(mx > -INFINITY)) return best;

    int32_t pick = best;
    uint64_t total = 0;
    for (int32_t i = 0; i < vocab; i++) {
        float p = cc_exp_det((x[i] - mx) / temperature);
        if (!(p >= 0.0f)) p = 0.0f; /* NaN logits carry no mass */
        memcpy(&key[i], &p, 4);
        w[i] = (uint64_t)(p * (float)CC_MASS_ONE);
        total += w[i];
    }
    /* threshold: the largest key whose at-or-above mass reaches top_p of the total */
    uint64_t target = top_p >= 1.0f ? total : (uint64_t)ceil((double)top_p * (double)total);
    if (target < 1) target = 1;
    if (target > total) target = total;
    memcpy(sorted, key, sizeof *key * (size_t)vocab);
    qsort(sorted, (size_t)vocab, sizeof *sorted, cmp_u32_desc);
    uint32_t tau = 0;
    uint64_t cum = 0;
    if (top_p < 1.0f) {
        /* mass per distinct key is needed: walk sorted keys, summing masses of equal keys */
        for (int32_t j = 0; j < vocab; j++) {
            float p;
            memcpy(&p, &sorted[j], 4);
            cum += (uint64_t)(p * (float)CC_MASS_ONE);
            if (cum >= target) {
                tau = sorted[j];
                break;
            }
        }
    }
    uint64_t nucleus = 0;
    for (int32_t i = 0; i < vocab; i++)
        if (key[i] >= tau) nucleus += w[i];
    double u = cc_rng_uniform_at(seed, row_id, (uint64_t)step);
    uint64_t t2 = (uint64_t)(u * (double)nucleus);
    if (t2 >= nucleus) t2 = nucleus - 1;
    uint64_t prefix = 0;
    for (int32_t i = 0; i < vocab; i++) {
        if (key[i] < tau) continue;
        prefix += w[i];
        if (prefix > t2) {
            pick = i;
            break;
        }
    }
    return pick;
}

int32_t cc_ref_sample_row(const float *x, int32_t vocab, float temperature, float top_p, uint64_t seed,
                          uint64_t row_id, int32_t step) {
    uint32_t *key = (uint32_t *)malloc(sizeof *key * (size_t)vocab);
    uint32_t *sorted = (uint32_t *)malloc(sizeof *sorted * (size_t)vocab);
    uint64_t *w = (uint64_t *)malloc(sizeof *w * (size_t)vocab);
    int32_t pick = 0;
    if (key && sorted && w) {
        pick = cc_ref_sample_row_ws(x, vocab, temperature, top_p, seed, row_id, step, key, sorted, w);
    } else { /* out of memory: the greedy choice (temperature 0 touches no scratch) */
        pick = cc_ref_sample_row_ws(x, vocab, 0.0f, top_p, seed, row_id, step, NULL, NULL, NULL);
    }
    free(key);
    free(sorted);
    free(w);
    return pick;
}

void cc_ref_sample(const cc_sample_args *a) {
    for (int32_t r = 0; r < a->n_rows; r++)
        a->out[r] = cc_ref_sample_row(a->logits + (int64_t)r * a->vocab, a->vocab, a->temperature[r], a->top_p[r],
                                      a->seed, a->row_id[r], a->step[r]);
}
