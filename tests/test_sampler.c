/* test_sampler.c - greedy picks the argmax (lowest id on ties), the penalty
 * moves away from recent tokens, sampled frequencies follow the tempered and
 * truncated distributions, and a row's random stream depends only on (seed,
 * row id) and is the device sampler's (kernels/rng.h), whose algorithm the
 * host uses for temperature / top-p draws. */
#include <math.h>
#include <string.h>

#include "kernel_refs.h"
#include "rng.h"
#include "sampler.h"
#include "testutil.h"

static int32_t draw(cc_sampler *s, const float *base, int32_t V, cc_rng *r) {
    float l[8];
    memcpy(l, base, (size_t)V * sizeof(float));
    return cc_sampler_sample(s, l, NULL, 0, r);
}

/* frequency of each of V tokens over n draws */
static void freq(const cc_sampler_params *p, const float *base, int32_t V, int n, double *f) {
    cc_sampler s;
    cc_error err = {0};
    CHECK(cc_sampler_init(&s, p, V, &err) == CC_OK);
    cc_rng r;
    cc_rng_init(&r, p->seed, 3);
    for (int i = 0; i < V; i++) f[i] = 0;
    for (int i = 0; i < n; i++) f[draw(&s, base, V, &r)] += 1.0 / n;
    cc_sampler_free(&s);
}

int main(void) {
    cc_error err = {0};
    cc_sampler s;
    cc_sampler_params p = cc_sampler_defaults();
    cc_rng r;
    cc_rng_init(&r, 1, 1);
    /* greedy */
    CHECK(cc_sampler_init(&s, &p, 5, &err) == CC_OK);
    float l1[5] = {0.1f, 2.0f, -1.0f, 2.0f, 1.9f};
    CHECK(cc_sampler_sample(&s, l1, NULL, 0, &r) == 1);
    CHECK(r.counter == 0); /* greedy draws nothing */
    /* repetition penalty 2: token 1 (2.0 -> 1.0) and 3 (2.0 -> 1.0) were recent; 4 wins */
    cc_sampler_free(&s);
    p.repeat_penalty = 2.0f;
    CHECK(cc_sampler_init(&s, &p, 5, &err) == CC_OK);
    float l2[5] = {0.1f, 2.0f, -1.0f, 2.0f, 1.9f};
    int32_t recent[4] = {3, 1, 1, 2};
    CHECK(cc_sampler_sample(&s, l2, recent, 4, &r) == 4);
    CHECK(l2[1] == 1.0f && l2[3] == 1.0f && l2[2] == -2.0f); /* once per distinct token; negatives x2 */
    /* window: with repeat_last_n 2 only tokens 1 and 2 are penalized; token 3 wins */
    cc_sampler_free(&s);
    p.repeat_last_n = 2;
    CHECK(cc_sampler_init(&s, &p, 5, &err) == CC_OK);
    float l3[5] = {0.1f, 2.0f, -1.0f, 2.0f, 1.9f};
    CHECK(cc_sampler_sample(&s, l3, recent, 4, &r) == 3);
    cc_sampler_free(&s);

    /* bad parameters are errors */
    p = cc_sampler_defaults();
    p.top_p = 0.0f;
    CHECK(cc_sampler_init(&s, &p, 5, &err) == CC_ERR_INVALID);
    p = cc_sampler_defaults();
    p.temperature = -1.0f;
    CHECK(cc_sampler_init(&s, &p, 5, &err) == CC_ERR_INVALID);

    /* distributions: probabilities 0.5, 0.3, 0.2, tiny */
    float base[4] = {logf(0.5f), logf(0.3f), logf(0.2f), logf(1e-20f)};
    double f[4];
    p = cc_sampler_defaults();
    p.temperature = 1.0f;
    p.seed = 99;
    const int N = 40000;
    freq(&p, base, 4, N, f);
    CHECKF(fabs(f[0] - 0.5) < 0.015 && fabs(f[1] - 0.3) < 0.015 && fabs(f[2] - 0.2) < 0.015 && f[3] == 0,
           "T=1: %g %g %g %g", f[0], f[1], f[2], f[3]);
    p.temperature = 0.5f; /* p^2 renormalized: .25/.38, .09/.38, .04/.38 */
    freq(&p, base, 4, N, f);
    CHECKF(fabs(f[0] - 0.25 / 0.38) < 0.015 && fabs(f[1] - 0.09 / 0.38) < 0.015, "T=0.5: %g %g", f[0], f[1]);
    p.temperature = 1.0f;
    p.top_p = 0.6f; /* {0.5, 0.3} */
    freq(&p, base, 4, N, f);
    CHECKF(fabs(f[0] - 0.625) < 0.015 && f[2] == 0, "top-p: %g %g %g", f[0], f[1], f[2]);
    p.top_p = 1.0f;
    p.top_k = 1;
    freq(&p, base, 4, 1000, f);
    CHECK(f[0] > 0.99999 && f[1] == 0 && f[2] == 0);
    p.top_k = 0;
    p.min_p = 0.5f; /* keep p >= 0.25: {0.5, 0.3} */
    freq(&p, base, 4, N, f);
    CHECKF(fabs(f[0] - 0.625) < 0.015 && f[2] == 0, "min-p: %g %g %g", f[0], f[1], f[2]);

    /* per-row streams: reproducible, distinct per row and seed, independent of interleaving */
    cc_rng a, b, c;
    cc_rng_init(&a, 42, 7);
    cc_rng_init(&b, 42, 8);
    cc_rng_init(&c, 43, 7);
    uint64_t xa[5], xb[5];
    for (int i = 0; i < 5; i++) {
        xa[i] = cc_rng_next(&a);
        xb[i] = cc_rng_next(&b);
        CHECK(cc_rng_next(&c) != xa[i]);
    }
    CHECK(xa[0] != xb[0] && xa[1] != xb[1]);
    cc_rng a2;
    cc_rng_init(&a2, 42, 7);
    for (int i = 0; i < 5; i++) CHECK(cc_rng_next(&a2) == xa[i]);
    double um = 0;
    cc_rng_init(&a2, 5, 5);
    for (int i = 0; i < 10000; i++) {
        double u = cc_rng_uniform(&a2);
        CHECK(u >= 0.0 && u < 1.0);
        um += u / 10000;
    }
    CHECKF(fabs(um - 0.5) < 0.01, "uniform mean %g", um);

    /* the host stream is the device's: draw i of (seed, row) is cc_rng_uniform_at(seed, row, i) */
    cc_rng_init(&a2, 2024, 31);
    for (uint64_t i = 0; i < 50; i++) {
        uint64_t bits = cc_rng_bits(2024, 31, i);
        CHECK(cc_rng_next(&a2) == bits);
    }
    cc_rng_init(&a2, 2024, 31);
    for (uint64_t i = 0; i < 50; i++) CHECK(cc_rng_uniform(&a2) == cc_rng_uniform_at(2024, 31, i));

    /* temperature / top-p draws are the device sampler's (its CPU reference) for the same draw
     * index, one index per sampled token; top-k or min-p take the ranked path (still one draw) */
    {
        enum { V = 300, STEPS = 200 };
        static float lg[V], work[V];
        uint64_t ls = 5;
        for (int i = 0; i < V; i++) {
            ls = ls * 6364136223846793005ull + 1442695040888963407ull;
            lg[i] = (float)((ls >> 40) % 1000) / 150.0f;
        }
        const float temps[3] = {0.3f, 0.9f, 1.7f}, tops[3] = {1.0f, 0.9f, 0.35f};
        int mismatches = 0, distinct = 0, prev = -1;
        for (int k = 0; k < 3; k++) {
            p = cc_sampler_defaults();
            p.temperature = temps[k];
            p.top_p = tops[k];
            p.seed = 77 + (uint64_t)k;
            CHECK(cc_sampler_device_algorithm(&p));
            CHECK(cc_sampler_init(&s, &p, V, &err) == CC_OK);
            cc_rng_init(&r, p.seed, 1000 + (uint64_t)k);
            for (int i = 0; i < STEPS; i++) {
                memcpy(work, lg, sizeof lg);
                int32_t t = cc_sampler_sample(&s, work, NULL, 0, &r);
                mismatches += t != cc_ref_sample_row(lg, V, p.temperature, p.top_p, p.seed, 1000 + (uint64_t)k, i);
                distinct += t != prev;
                prev = t;
            }
            CHECK(r.counter == STEPS);
            cc_sampler_free(&s);
        }
        CHECKF(mismatches == 0 && distinct > STEPS / 2, "host vs device-algorithm draws: %d mismatches, %d changes",
               mismatches, distinct);
        p.top_k = 10;
        CHECK(!cc_sampler_device_algorithm(&p));
        p.top_k = 0;
        p.min_p = 0.1f;
        CHECK(!cc_sampler_device_algorithm(&p));
        p.min_p = 0.0f;
        p.temperature = 0.0f;
        CHECK(!cc_sampler_device_algorithm(&p));
        p = cc_sampler_defaults();
        p.temperature = 1.0f;
        p.top_k = 10;
        CHECK(cc_sampler_init(&s, &p, V, &err) == CC_OK);
        cc_rng_init(&r, 1, 1);
        memcpy(work, lg, sizeof lg);
        (void)cc_sampler_sample(&s, work, NULL, 0, &r);
        CHECK(r.counter == 1);
        cc_sampler_free(&s);
    }
    return cc_test_finish("test_sampler");
}
