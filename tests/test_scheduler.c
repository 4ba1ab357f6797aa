/* test_scheduler.c - continuous batching on a random small model: every row's
 * output equals running it alone, with or without sampling, with a shared
 * prefix, under memory pressure that forces preemptions, and whatever the
 * arrival order; rows finish on end tokens, stop strings and the limit; rows
 * that cannot fit fail alone; every KV block comes back.  A backend that picks
 * greedy tokens itself (step_greedy, as the CUDA one does on the device) gives
 * the same rows as host sampling, and is used only for greedy runs; one that
 * also draws sampled tokens itself (step_sample, as the CUDA one does with
 * cc_cuda_sample, here its CPU reference) gives the same rows as the host
 * sampler, batched and under preemption, and is not used when a repetition
 * penalty, top-k or min-p asks for the host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernel_refs.h"
#include "scheduler.h"
#include "testutil.h"

enum { ROWS = 40, PREFIX = 12, MAX_NEW = 8 };

static cc_llama_hparams tiny(void) {
    cc_llama_hparams hp = {.n_layer = 2, .n_embd = 64, .n_ff = 128, .n_head = 4, .n_head_kv = 2, .head_dim = 16,
                           .n_vocab = 200, .n_ctx_train = 256, .rms_eps = 1e-5f, .rope_theta = 10000.0f};
    return hp;
}

static size_t text_of(void *ctx, int32_t t, char *buf, size_t cap) {
    (void)ctx;
    int n = snprintf(buf, cap, "t%d ", t);
    return n < 0 ? 0 : (size_t)n;
}

typedef struct {
    int32_t toks[64];
    int32_t n;
} prompt;

typedef struct {
    int32_t toks[MAX_NEW];
    int32_t n;
    cc_finish_reason finish;
    cc_status status;
    char text[256];
    int32_t preemptions;
} outcome;

/* A backend with step_greedy: the CPU forward pass, then the argmax where the logits are
 * (lowest id on ties), as the CUDA backend does on the device. */
static bool g_greedy_backend;  /* run_sched wraps the CPU backend with step_greedy */
static int64_t g_greedy_calls; /* step_greedy calls made */
typedef struct {
    cc_forward *f;   /* the CPU forward pass */
    float *logits;   /* [max rows][n_vocab] scratch */
} greedy_be;

static cc_status greedy_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids, cc_error *err) {
    greedy_be *g = ctx;
    const int32_t V = g->f->m->hp.n_vocab;
    cc_status st = cc_forward_step(g->f, seqs, n_seqs, g->logits, err);
    if (st != CC_OK) return st;
    g_greedy_calls++;
    for (int32_t r = 0; r < cc_forward_n_logits(seqs, n_seqs); r++) {
        const float *lg = g->logits + (size_t)r * V;
        int32_t best = 0;
        for (int32_t i = 1; i < V; i++)
            if (lg[i] > lg[best]) best = i;
        ids[r] = best;
    }
    return CC_OK;
}

/* step_sample: the CPU forward pass, then per logits row the device sampler's CPU reference with
 * the row's parameters and draw index, as the CUDA backend runs cc_cuda_sample on the device. */
static bool g_sample_backend;  /* run_sched also gives the backend step_sample */
static int64_t g_sample_calls; /* step_sample calls made */
static int32_t g_top_k;        /* run_sched's top-k (0: off) */
static float g_min_p;          /* run_sched's min-p (0: off) */
static float g_penalty = 1.0f; /* run_sched's repetition penalty (1: off) */

static cc_status sample_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, const cc_row_sampling *rows,
                             uint64_t seed, int32_t *ids, cc_error *err) {
    greedy_be *g = ctx;
    const int32_t V = g->f->m->hp.n_vocab;
    cc_status st = cc_forward_step(g->f, seqs, n_seqs, g->logits, err);
    if (st != CC_OK) return st;
    g_sample_calls++;
    for (int32_t r = 0; r < cc_forward_n_logits(seqs, n_seqs); r++)
        ids[r] = cc_ref_sample_row(g->logits + (size_t)r * V, V, rows[r].temperature, rows[r].top_p, seed,
                                   rows[r].row_id, rows[r].draw);
    return CC_OK;
}

static cc_status plain_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err) {
    return cc_forward_step(((greedy_be *)ctx)->f, seqs, n_seqs, logits, err);
}

/* Run rows (in the given order) through a scheduler; outcomes indexed by tag. */
static void run_sched(const cc_model *m, size_t kv_bytes, int32_t max_seqs, int32_t step_tokens, float temp,
                      const prompt *rows, const int *order, int n_rows, bool use_prefix, const int32_t *eos, int n_eos,
                      const char *stop, outcome *out, cc_sched_stats *stats) {
    cc_error err = {0};
    cc_kv_pool pool;
    CHECK(cc_kv_pool_init(&pool, m->hp.n_layer, m->hp.n_head_kv * m->hp.head_dim, 16, CC_KVD_F32, kv_bytes, &err) ==
          CC_OK);
    cc_forward f;
    CHECK(cc_forward_init(&f, m, &pool, NULL, cc_cpu_isa_detect(), &err) == CC_OK);
    cc_backend be = cc_backend_cpu(&f);
    greedy_be gb = {.f = &f, .logits = malloc((size_t)step_tokens * (size_t)m->hp.n_vocab * sizeof(float))};
    if (g_greedy_backend || g_sample_backend) {
        be.ctx = &gb;
        be.step = plain_step;
        be.step_greedy = g_greedy_backend ? greedy_step : NULL;
        be.step_sample = g_sample_backend ? sample_step : NULL;
    }
    cc_sched_params p = {.max_seqs = max_seqs, .max_step_tokens = step_tokens, .max_new_tokens = MAX_NEW,
                         .n_ctx = 128, .token_text = text_of};
    p.sampling = cc_sampler_defaults();
    p.sampling.temperature = temp;
    p.sampling.top_p = 0.9f;
    p.sampling.seed = 2024;
    p.sampling.top_k = g_top_k;
    p.sampling.min_p = g_min_p;
    p.sampling.repeat_penalty = g_penalty;
    for (int i = 0; i < n_eos; i++) p.eos[p.n_eos++] = eos[i];
    if (stop) p.stop[p.n_stop++] = stop;
    cc_sched *s = NULL;
    CHECKF(cc_sched_init(&s, &be, &p, &err) == CC_OK, "%s", err.msg);
    if (use_prefix) CHECK(cc_sched_set_prefix(s, rows[0].toks, PREFIX, &err) == CC_OK);
    int32_t free0 = cc_kv_pool_free_blocks(&pool);
    /* rows arrive as a stream: a few per step */
    int next = 0, got = 0;
    cc_sched_result res[8];
    for (int guard = 0; guard < 100000 && got < n_rows; guard++) {
        for (int k = 0; k < 3 && next < n_rows; k++, next++) {
            const prompt *pr = &rows[order[next]];
            CHECK(cc_sched_submit(s, (uint64_t)order[next], pr->toks, pr->n, &err) == CC_OK);
        }
        bool did;
        CHECKF(cc_sched_step(s, &did, &err) == CC_OK, "%s", err.msg);
        size_t n = cc_sched_poll(s, res, 8);
        for (size_t i = 0; i < n; i++, got++) {
            outcome *o = &out[res[i].tag];
            o->n = res[i].n_tokens;
            memcpy(o->toks, res[i].tokens, (size_t)o->n * sizeof(int32_t));
            o->finish = res[i].finish;
            o->status = res[i].status;
            o->preemptions = res[i].preemptions;
            snprintf(o->text, sizeof o->text, "%s", res[i].text);
            CHECK(res[i].text_len == strlen(res[i].text));
            cc_sched_result_free(&res[i]);
        }
    }
    CHECK(got == n_rows && cc_sched_pending(s) == 0);
    CHECK(cc_kv_pool_free_blocks(&pool) == free0); /* every row's blocks came back */
    *stats = cc_sched_get_stats(s);
    cc_sched_free(s);
    CHECK(cc_kv_pool_free_blocks(&pool) == pool.n_blocks);
    cc_forward_free(&f);
    cc_kv_pool_free(&pool);
    free(gb.logits);
}

static bool same(const outcome *a, const outcome *b) {
    return a->n == b->n && memcmp(a->toks, b->toks, (size_t)a->n * sizeof(int32_t)) == 0 && a->finish == b->finish;
}

/* Rows whose outcomes differ between two runs of ROWS rows. */
static int differing(const outcome *a, const outcome *b) {
    int n = 0;
    for (int r = 0; r < ROWS; r++) n += !same(&a[r], &b[r]);
    return n;
}

int main(void) {
    cc_error err = {0};
    cc_llama_hparams hp = tiny();
    cc_model m;
    CHECK(cc_model_init_random(&m, &hp, CC_T_Q8_0, 11, &err) == CC_OK);
    prompt rows[ROWS];
    uint64_t rs = 77;
    for (int r = 0; r < ROWS; r++) {
        rows[r].n = PREFIX + 2 + r % 23;
        for (int i = 0; i < rows[r].n; i++) {
            rs = rs * 6364136223846793005ull + 1442695040888963407ull;
            rows[r].toks[i] = i < PREFIX ? (int32_t)(5 + i) : (int32_t)((rs >> 33) % 200);
        }
    }
    int order[ROWS], rev[ROWS];
    for (int i = 0; i < ROWS; i++) order[i] = i, rev[i] = ROWS - 1 - i;
    static outcome alone[ROWS], batch[ROWS], tight[ROWS], sampled[ROWS], sampled2[ROWS], ended[ROWS];
    cc_sched_stats st;
    size_t big = (size_t)16 << 20;

    for (int r = 0; r < ROWS; r++) /* each row alone, no prefix sharing */
        run_sched(&m, big, 1, 64, 0.0f, rows, &r, 1, false, NULL, 0, NULL, alone, &st);
    for (int r = 0; r < ROWS; r++) CHECK(alone[r].n == MAX_NEW && alone[r].finish == CC_FINISH_LENGTH);

    run_sched(&m, big, 16, 48, 0.0f, rows, order, ROWS, true, NULL, 0, NULL, batch, &st);
    int bad = differing(alone, batch);
    CHECKF(bad == 0, "%d rows differ between alone and batched", bad);
    CHECK(st.prefix_hits == ROWS && st.max_active == 16 && st.preemptions == 0);

    /* memory pressure: 12 blocks of 16 tokens for 16 active rows of up to 44 tokens */
    size_t block = (size_t)2 * 2 * 32 * 16 * 4;
    run_sched(&m, block * 12, 16, 48, 0.0f, rows, rev, ROWS, true, NULL, 0, NULL, tight, &st);
    bad = differing(alone, tight);
    CHECKF(bad == 0, "%d rows differ under memory pressure", bad);
    CHECKF(st.preemptions > 0, "no preemption happened (%lld)", (long long)st.preemptions);

    /* sampling: per-row streams make outputs independent of batch and order */
    run_sched(&m, big, 16, 48, 0.9f, rows, order, ROWS, true, NULL, 0, NULL, sampled, &st);
    run_sched(&m, block * 12, 5, 20, 0.9f, rows, rev, ROWS, false, NULL, 0, NULL, sampled2, &st);
    bad = differing(sampled, sampled2);
    int differs_from_greedy = differing(sampled, alone);
    CHECKF(bad == 0, "%d sampled rows depend on batch/order", bad);
    CHECK(differs_from_greedy > ROWS / 2);

    /* end token and stop string: row 0's 3rd greedy token ends it; "t<row 1's 2nd token> " stops row 1 */
    int32_t eos = alone[0].toks[2];
    char stop[32];
    snprintf(stop, sizeof stop, "t%d ", alone[1].toks[1]);
    run_sched(&m, big, 16, 48, 0.0f, rows, order, ROWS, true, &eos, 1, stop, ended, &st);
    for (int r = 0; r < ROWS; r++) {
        /* the first of: eos, stop, limit */
        int cut = MAX_NEW;
        cc_finish_reason why = CC_FINISH_LENGTH;
        char text[256] = "";
        for (int i = 0; i < MAX_NEW; i++) {
            if (alone[r].toks[i] == eos) {
                cut = i;
                why = CC_FINISH_EOS;
                break;
            }
            char piece[16];
            snprintf(piece, sizeof piece, "t%d ", alone[r].toks[i]);
            strcat(text, piece);
            char *hit = strstr(text, stop);
            if (hit) {
                *hit = '\0';
                cut = i + 1;
                why = CC_FINISH_STOP;
                break;
            }
        }
        CHECKF(ended[r].finish == why && ended[r].n == cut && strcmp(ended[r].text, text) == 0,
               "row %d: finish %d/%d, %d/%d tokens, text '%s' vs '%s'", r, ended[r].finish, why, ended[r].n, cut,
               ended[r].text, text);
    }
    CHECK(ended[0].finish == CC_FINISH_EOS && ended[1].finish == CC_FINISH_STOP);

    /* a backend that picks greedy tokens itself: the same rows, batched and under memory
     * pressure; sampling runs still take logits to the host */
    {
        static outcome viag[ROWS];
        g_greedy_backend = true;
        run_sched(&m, big, 16, 48, 0.0f, rows, order, ROWS, true, NULL, 0, NULL, viag, &st);
        bad = differing(alone, viag);
        CHECKF(bad == 0 && g_greedy_calls > 0, "%d rows differ with step_greedy (%lld calls)", bad,
               (long long)g_greedy_calls);
        run_sched(&m, block * 12, 16, 48, 0.0f, rows, rev, ROWS, true, NULL, 0, NULL, viag, &st);
        bad = differing(alone, viag);
        CHECKF(bad == 0 && st.preemptions > 0, "%d rows differ with step_greedy under memory pressure", bad);
        int64_t calls = g_greedy_calls;
        run_sched(&m, big, 16, 48, 0.9f, rows, order, ROWS, true, NULL, 0, NULL, viag, &st);
        bad = differing(sampled, viag);
        CHECKF(bad == 0 && g_greedy_calls == calls, "sampling with a step_greedy backend: %d rows differ, %lld calls",
               bad, (long long)(g_greedy_calls - calls));
        g_greedy_backend = false;
    }

    /* a backend that draws sampled tokens itself: the host sampler's rows, batched and under
     * memory pressure (preempted rows keep their draw index), used only for sampling with
     * temperature / top-p; greedy runs keep step_greedy */
    {
        static outcome vias[ROWS], host[ROWS];
        g_sample_backend = true;
        g_greedy_backend = true;
        run_sched(&m, big, 16, 48, 0.9f, rows, order, ROWS, true, NULL, 0, NULL, vias, &st);
        bad = differing(sampled, vias);
        CHECKF(bad == 0 && g_sample_calls > 0, "%d rows differ with step_sample (%lld calls)", bad,
               (long long)g_sample_calls);
        run_sched(&m, block * 12, 5, 20, 0.9f, rows, rev, ROWS, false, NULL, 0, NULL, vias, &st);
        bad = differing(sampled, vias);
        CHECKF(bad == 0 && st.preemptions > 0, "%d rows differ with step_sample under memory pressure (%lld "
               "preemptions)", bad, (long long)st.preemptions);
        int64_t calls = g_sample_calls, gcalls = g_greedy_calls;
        run_sched(&m, big, 16, 48, 0.0f, rows, order, ROWS, true, NULL, 0, NULL, vias, &st);
        bad = differing(alone, vias);
        CHECKF(bad == 0 && g_sample_calls == calls && g_greedy_calls > gcalls,
               "greedy with step_sample available: %d rows differ, %lld sample calls", bad,
               (long long)(g_sample_calls - calls));
        /* a penalty, top-k or min-p: the host samples (the same rows as a backend without step_sample) */
        for (int k = 0; k < 3; k++) {
            g_top_k = k == 0 ? 5 : 0;
            g_min_p = k == 1 ? 0.05f : 0.0f;
            g_penalty = k == 2 ? 1.3f : 1.0f;
            g_sample_backend = false;
            g_greedy_backend = false;
            run_sched(&m, big, 16, 48, 0.9f, rows, order, ROWS, true, NULL, 0, NULL, host, &st);
            g_sample_backend = true;
            g_greedy_backend = true;
            calls = g_sample_calls;
            run_sched(&m, big, 16, 48, 0.9f, rows, order, ROWS, true, NULL, 0, NULL, vias, &st);
            bad = differing(host, vias);
            int moved = differing(host, sampled);
            CHECKF(bad == 0 && g_sample_calls == calls && moved > 0,
                   "case %d (top-k %d, min-p %g, penalty %g): %d rows differ, %lld step_sample calls, %d rows "
                   "changed by the setting",
                   k, g_top_k, (double)g_min_p, (double)g_penalty, bad, (long long)(g_sample_calls - calls), moved);
        }
        g_top_k = 0;
        g_min_p = 0.0f;
        g_penalty = 1.0f;
        g_sample_backend = false;
        g_greedy_backend = false;
    }

    /* a row too long for the pool fails alone; the others complete */
    {
        prompt two[2] = {rows[3], rows[4]};
        two[1].n = 60;
        for (int i = 0; i < 60; i++) two[1].toks[i] = i;
        outcome o2[2];
        int ord2[2] = {0, 1};
        run_sched(&m, block * 3, 4, 48, 0.0f, two, ord2, 2, false, NULL, 0, NULL, o2, &st);
        CHECK(same(&o2[0], &alone[3]) && o2[0].status == CC_OK);
        CHECK(o2[1].status != CC_OK && o2[1].finish == CC_FINISH_ERROR);
    }
    cc_model_free(&m);
    return cc_test_finish("test_scheduler");
}
