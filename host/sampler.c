/* sampler.c - repetition penalty, temperature, top-k/top-p/min-p and the
 * per-row counter-based random stream. */
#include "sampler.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kernel_refs.h"
#include "rng.h"

cc_sampler_params cc_sampler_defaults(void) {
    cc_sampler_params p = {.temperature = 0.0f, .top_k = 0, .top_p = 1.0f, .min_p = 0.0f, .repeat_penalty = 1.0f,
                           .repeat_last_n = 64, .seed = 0};
    return p;
}

void cc_rng_init(cc_rng *r, uint64_t run_seed, uint64_t row_id) {
    r->seed = run_seed;
    r->row = row_id;
    r->counter = 0;
}

uint64_t cc_rng_next(cc_rng *r) { return cc_rng_bits(r->seed, r->row, r->counter++); }

double cc_rng_uniform(cc_rng *r) { return cc_rng_uniform_at(r->seed, r->row, r->counter++); }

bool cc_sampler_device_algorithm(const cc_sampler_params *p) {
    return p->temperature > 0.0f && p->top_k == 0 && p->min_p == 0.0f;
}

cc_status cc_sampler_init(cc_sampler *s, const cc_sampler_params *p, int32_t n_vocab, cc_error *err) {
    memset(s, 0, sizeof *s);
    if (n_vocab <= 0) return cc_fail(err, CC_ERR_INVALID, "sampler: vocabulary size %d", n_vocab);
    if (!(p->temperature >= 0.0f) || !isfinite(p->temperature))
        return cc_fail(err, CC_ERR_INVALID, "sampler: temperature %g must be >= 0", p->temperature);
    if (p->top_k < 0) return cc_fail(err, CC_ERR_INVALID, "sampler: top-k %d must be >= 0", p->top_k);
    if (!(p->top_p > 0.0f && p->top_p <= 1.0f))
        return cc_fail(err, CC_ERR_INVALID, "sampler: top-p %g must be in (0, 1]", p->top_p);
    if (!(p->min_p >= 0.0f && p->min_p < 1.0f))
        return cc_fail(err, CC_ERR_INVALID, "sampler: min-p %g must be in [0, 1)", p->min_p);
    if (!(p->repeat_penalty > 0.0f) || !isfinite(p->repeat_penalty))
        return cc_fail(err, CC_ERR_INVALID, "sampler: repetition penalty %g must be > 0", p->repeat_penalty);
    if (p->repeat_last_n < 0) return cc_fail(err, CC_ERR_INVALID, "sampler: repeat_last_n %d must be >= 0", p->repeat_last_n);
    s->p = *p;
    s->n_vocab = n_vocab;
    s->cand = malloc((size_t)n_vocab * sizeof *s->cand);
    s->prob = malloc((size_t)n_vocab * sizeof *s->prob);
    s->key = malloc((size_t)n_vocab * sizeof *s->key);
    s->sorted = malloc((size_t)n_vocab * sizeof *s->sorted);
    s->mass = malloc((size_t)n_vocab * sizeof *s->mass);
    if (!s->cand || !s->prob || !s->key || !s->sorted || !s->mass) {
        cc_sampler_free(s);
        return cc_fail(err, CC_ERR_NOMEM, "sampler: out of memory for %d candidates", n_vocab);
    }
    return CC_OK;
}

void cc_sampler_free(cc_sampler *s) {
    if (!s) return;
    free(s->cand);
    free(s->prob);
    free(s->key);
    free(s->sorted);
    free(s->mass);
    s->cand = NULL;
    s->prob = NULL;
    s->key = s->sorted = NULL;
    s->mass = NULL;
}

static int cmp_cand(const void *a, const void *b) {
    const cc_candidate *x = a, *y = b;
    if (x->logit > y->logit) return -1;
    if (x->logit < y->logit) return 1;
    return (x->id > y->id) - (x->id < y->id);
}

int32_t cc_sampler_sample(cc_sampler *s, float *logits, const int32_t *recent, int32_t n_recent, cc_rng *rng) {
    const cc_sampler_params *p = &s->p;
    const int32_t V = s->n_vocab;
    if (p->repeat_penalty != 1.0f && n_recent > 0) {
        int32_t from = n_recent > p->repeat_last_n ? n_recent - p->repeat_last_n : 0;
        /* each distinct token once (the window is short: a quadratic scan is cheaper than a set) */
        for (int32_t i = from; i < n_recent; i++) {
            int32_t t = recent[i];
            if (t < 0 || t >= V) continue;
            bool seen = false;
            for (int32_t j = from; j < i && !seen; j++) seen = recent[j] == t;
            if (seen) continue;
            logits[t] = logits[t] > 0.0f ? logits[t] / p->repeat_penalty : logits[t] * p->repeat_penalty;
        }
    }
    int32_t best = 0;
    for (int32_t i = 1; i < V; i++)
        if (logits[i] > logits[best]) best = i;
    if (p->temperature == 0.0f) return best;
    if (cc_sampler_device_algorithm(p)) { /* the device's draw, bit for bit (sampler.h) */
        int32_t t = cc_ref_sample_row_ws(logits, V, p->temperature, p->top_p, rng->seed, rng->row,
                                         (int32_t)rng->counter, s->key, s->sorted, s->mass);
        rng->counter++;
        return t;
    }

    const float inv_t = 1.0f / p->temperature;
    const float top = logits[best] * inv_t;
    int32_t n = 0;
    for (int32_t i = 0; i < V; i++) {
        float l = logits[i] * inv_t;
        if (l >= top - 30.0f) s->cand[n++] = (cc_candidate){i, l};
    }
    qsort(s->cand, (size_t)n, sizeof *s->cand, cmp_cand);
    if (p->top_k > 0 && p->top_k < n) n = p->top_k;
    double sum = 0.0;
    for (int32_t i = 0; i < n; i++) {
        s->prob[i] = exp((double)s->cand[i].logit - (double)top);
        sum += s->prob[i];
    }
    if (p->top_p < 1.0f) {
        double cum = 0.0;
        for (int32_t i = 0; i < n; i++) {
            cum += s->prob[i];
            if (cum >= (double)p->top_p * sum) {
                n = i + 1;
                break;
            }
        }
    }
    if (p->min_p > 0.0f) {
        int32_t keep = 1;
        while (keep < n && s->prob[keep] >= (double)p->min_p * s->prob[0]) keep++;
        n = keep;
    }
    double total = 0.0;
    for (int32_t i = 0; i < n; i++) total += s->prob[i];
    double u = cc_rng_uniform(rng) * total, cum = 0.0;
    for (int32_t i = 0; i < n; i++) {
        cum += s->prob[i];
        if (u < cum) return s->cand[i].id;
    }
    return s->cand[n - 1].id;
}
