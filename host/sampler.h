/* sampler.h - choosing the next token from logits: greedy by default, or
 * temperature sampling narrowed by top-k, top-p and min-p, after an optional
 * repetition penalty.
 *
 * Randomness is per row: cc_rng is a counter-based generator keyed by (run
 * seed, row id), and a row draws exactly one number per sampled token, so a
 * row's output depends only on the seed, its id and its own logits - never on
 * which rows share its batch or the order rows arrive in.  Draw i (counting
 * from 0) of a row is cc_rng_uniform_at(seed, row id, i) of kernels/rng.h,
 * the number the device sampler (cc_cuda_sample) uses for the same draw.
 *
 * Order (as Hugging Face applies it): repetition penalty on the raw logits,
 * then temperature, then top-k, top-p, min-p on the tempered distribution,
 * then one draw.
 *
 * Without top-k and min-p (temperature and top-p only), the draw is the
 * device sampler's exact algorithm (cc_ref_sample_row_ws, kernels/sample_ref.c):
 * probabilities as 2^-40 fixed-point masses, the nucleus every token whose
 * probability is at or above the threshold where the mass reaches top_p, the
 * token picked in id order; so a row sampled on the host and one sampled on
 * the device (scheduler step_sample) pick the same token from the same logits.
 * With top-k or min-p, candidates are ranked by logit, ties by lower token
 * id, and tokens whose tempered logit is more than 30 below the best are never
 * candidates: their total probability is under 1e-8, below what a float draw
 * resolves. */
#ifndef CLINCLEAN_SAMPLER_H
#define CLINCLEAN_SAMPLER_H

#include <stdbool.h>
#include <stdint.h>

#include "status.h"

typedef struct {
    float temperature;       /* 0: greedy (argmax); > 0: sample */
    int32_t top_k;           /* keep the k most likely (0: off) */
    float top_p;             /* keep the smallest set with probability >= top_p (1: off) */
    float min_p;             /* drop tokens below min_p times the best probability (0: off) */
    float repeat_penalty;    /* > 1 discourages recent tokens (1: off), CTRL/HF style */
    int32_t repeat_last_n;   /* recent tokens the penalty looks at (llama.cpp's default is 64) */
    uint64_t seed;           /* the run's seed */
} cc_sampler_params;

/* Greedy, no penalty, repeat_last_n 64, seed 0. */
cc_sampler_params cc_sampler_defaults(void);

/* A row's random stream: value i is cc_rng_bits(seed, row, i) (kernels/rng.h). */
typedef struct {
    uint64_t seed;     /* the run's seed */
    uint64_t row;      /* the row's stable id */
    uint64_t counter;  /* draws made (the index of the next one) */
} cc_rng;

void cc_rng_init(cc_rng *r, uint64_t run_seed, uint64_t row_id);
uint64_t cc_rng_next(cc_rng *r);
double cc_rng_uniform(cc_rng *r); /* [0, 1), 53 bits: cc_rng_uniform_at(seed, row, counter), then counter + 1 */

typedef struct {
    int32_t id;    /* token */
    float logit;   /* tempered logit */
} cc_candidate;

typedef struct {
    cc_sampler_params p;   /* parameters (validated) */
    int32_t n_vocab;       /* logits per call */
    cc_candidate *cand;    /* [n_vocab] scratch (top-k / min-p path) */
    double *prob;          /* [n_vocab] scratch (top-k / min-p path) */
    uint32_t *key;         /* [n_vocab] scratch (device algorithm: probability bit patterns) */
    uint32_t *sorted;      /* [n_vocab] scratch (device algorithm: the same, sorted) */
    uint64_t *mass;        /* [n_vocab] scratch (device algorithm: fixed-point masses) */
} cc_sampler;

/* Whether these parameters sample with exactly the device's algorithm (temperature > 0,
 * no top-k, no min-p); without a repetition penalty too, the device can draw them
 * itself (scheduler step_sample). */
bool cc_sampler_device_algorithm(const cc_sampler_params *p);

cc_status cc_sampler_init(cc_sampler *s, const cc_sampler_params *p, int32_t n_vocab, cc_error *err);
void cc_sampler_free(cc_sampler *s);

/* Pick a token.  logits[n_vocab] is modified (penalty applied).  recent: the
 * row's tokens so far (prompt and output), the last repeat_last_n of which are
 * penalized.  Greedy calls do not touch rng. */
int32_t cc_sampler_sample(cc_sampler *s, float *logits, const int32_t *recent, int32_t n_recent, cc_rng *rng);

#endif
