/* test_batch_invariance.c - a row's logits are bitwise identical whether it
 * runs alone (one prefill chunk, then decode, one thread) or inside a batch of
 * 64 rows with random prompt chunking, mixed prefill/decode steps, a shared
 * prefix referenced from the KV cache, and three threads.  Random small model;
 * float and quantized weights, f32 and f16 KV cache. */
#include <stdlib.h>
#include <string.h>

#include "forward.h"
#include "testutil.h"

enum { ROWS = 64, PREFIX = 10, N_GEN = 5, OUTS = N_GEN + 1 };

static uint64_t rs = 12345;
static uint32_t rnd(uint32_t n) {
    rs = rs * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(rs >> 33) % n;
}

static int32_t argmax(const float *x, int32_t n) {
    int32_t b = 0;
    for (int32_t i = 1; i < n; i++)
        if (x[i] > x[b]) b = i;
    return b;
}

typedef struct {
    int32_t prompt[16];   /* row prompt after the shared prefix */
    int32_t n_prompt;     /* its length */
    int32_t done;         /* prompt tokens fed so far */
    int32_t gen[N_GEN + 1];/* generated tokens */
    int32_t n_gen;        /* generated so far */
    cc_kv_seq kv;         /* its cache */
    float *out;           /* [OUTS, V] logits: last prompt token, then each decode step */
} row;

static void run(cc_ttype wtype, cc_kv_dtype kvt) {
    cc_error err = {0};
    cc_llama_hparams hp = {.n_layer = 2, .n_embd = 64, .n_ff = 128, .n_head = 4, .n_head_kv = 2, .head_dim = 16,
                           .n_vocab = 300, .n_ctx_train = 256, .rms_eps = 1e-5f, .rope_theta = 10000.0f};
    cc_model m;
    CHECKF(cc_model_init_random(&m, &hp, wtype, 7, &err) == CC_OK, "%s", err.msg);
    const int32_t V = hp.n_vocab;
    cc_kv_pool pool;
    CHECK(cc_kv_pool_init(&pool, 2, 32, 16, kvt, (size_t)64 << 20, &err) == CC_OK);
    cc_threadpool *tp = NULL;
    CHECK(cc_threadpool_init(&tp, 3, &err) == CC_OK);
    cc_forward f1, f3;
    cc_cpu_isa isa = cc_cpu_isa_detect();
    CHECK(cc_forward_init(&f1, &m, &pool, NULL, isa, &err) == CC_OK);
    CHECK(cc_forward_init(&f3, &m, &pool, tp, isa, &err) == CC_OK);

    /* the shared prefix, computed once */
    int32_t prefix[PREFIX];
    for (int i = 0; i < PREFIX; i++) prefix[i] = (int32_t)rnd((uint32_t)V);
    cc_kv_seq pre;
    cc_kv_seq_init(&pre);
    cc_fwd_seq fs = {.kv = &pre, .tokens = prefix, .n_tokens = PREFIX, .logits = CC_LOGITS_NONE};
    CHECK(cc_forward_step(&f1, &fs, 1, NULL, &err) == CC_OK);
    int32_t free_after_prefix = cc_kv_pool_free_blocks(&pool);

    row *rows = calloc(ROWS, sizeof *rows);
    float *alone = malloc((size_t)ROWS * OUTS * V * sizeof(float));
    for (int r = 0; r < ROWS; r++) {
        rows[r].n_prompt = 3 + (int32_t)rnd(12);
        for (int i = 0; i < rows[r].n_prompt; i++) rows[r].prompt[i] = (int32_t)rnd((uint32_t)V);
        rows[r].out = alone + (size_t)r * OUTS * V;
    }
    /* alone: one row at a time, whole prompt in one chunk, one thread */
    for (int r = 0; r < ROWS; r++) {
        row *R = &rows[r];
        cc_kv_seq_init(&R->kv);
        CHECK(cc_kv_seq_fork(&pool, &R->kv, &pre, PREFIX, &err) == CC_OK);
        fs = (cc_fwd_seq){.kv = &R->kv, .tokens = R->prompt, .n_tokens = R->n_prompt, .logits = CC_LOGITS_LAST};
        CHECK(cc_forward_step(&f1, &fs, 1, R->out, &err) == CC_OK);
        for (int g = 0; g < N_GEN; g++) {
            R->gen[g] = argmax(R->out + (size_t)g * V, V);
            fs = (cc_fwd_seq){.kv = &R->kv, .tokens = &R->gen[g], .n_tokens = 1, .logits = CC_LOGITS_LAST};
            CHECK(cc_forward_step(&f1, &fs, 1, R->out + (size_t)(g + 1) * V, &err) == CC_OK);
        }
        CHECK(R->kv.n_tokens == PREFIX + R->n_prompt + N_GEN);
        cc_kv_seq_release(&pool, &R->kv);
    }
    CHECK(cc_kv_pool_free_blocks(&pool) == free_after_prefix);

    /* batched: random chunks, rows mixed in prefill and decode, three threads */
    float *batch = malloc((size_t)ROWS * OUTS * V * sizeof(float));
    float *lg = malloc((size_t)ROWS * 16 * V * sizeof(float));
    for (int r = 0; r < ROWS; r++) {
        rows[r].done = rows[r].n_gen = 0;
        cc_kv_seq_init(&rows[r].kv);
        CHECK(cc_kv_seq_fork(&pool, &rows[r].kv, &pre, PREFIX, &err) == CC_OK);
    }
    cc_fwd_seq step[ROWS];
    int32_t who[ROWS];
    int steps = 0, max_batch = 0;
    for (;;) {
        int n = 0;
        for (int r = 0; r < ROWS; r++) {
            row *R = &rows[r];
            if (R->n_gen >= N_GEN + 1) continue;
            if (rnd(4) == 0 && steps < 200) continue; /* sit this step out */
            if (R->done < R->n_prompt) {
                int32_t c = 1 + (int32_t)rnd(4);
                if (c > R->n_prompt - R->done) c = R->n_prompt - R->done;
                step[n] = (cc_fwd_seq){.kv = &R->kv, .tokens = R->prompt + R->done, .n_tokens = c,
                                       .logits = R->done + c == R->n_prompt ? CC_LOGITS_LAST : CC_LOGITS_NONE};
            } else {
                step[n] = (cc_fwd_seq){.kv = &R->kv, .tokens = &R->gen[R->n_gen - 1], .n_tokens = 1,
                                       .logits = CC_LOGITS_LAST};
            }
            who[n++] = r;
        }
        if (n == 0) {
            int left = 0;
            for (int r = 0; r < ROWS; r++) left += rows[r].n_gen < N_GEN + 1;
            if (!left) break;
            continue;
        }
        if (n > max_batch) max_batch = n;
        steps++;
        CHECKF(cc_forward_step(&f3, step, n, lg, &err) == CC_OK, "%s", err.msg);
        int32_t o = 0;
        for (int i = 0; i < n; i++) {
            row *R = &rows[who[i]];
            if (R->done < R->n_prompt) R->done += step[i].n_tokens;
            if (step[i].logits == CC_LOGITS_LAST) {
                float *dst = batch + ((size_t)who[i] * OUTS + (size_t)R->n_gen) * V;
                memcpy(dst, lg + (size_t)o * V, (size_t)V * sizeof(float));
                R->gen[R->n_gen] = argmax(dst, V);
                R->n_gen++;
                o++;
            }
        }
    }
    CHECK(max_batch >= 40); /* the batch really was large */
    int bad = 0;
    for (int r = 0; r < ROWS; r++)
        if (memcmp(alone + (size_t)r * OUTS * V, batch + (size_t)r * OUTS * V, (size_t)OUTS * V * sizeof(float)) != 0)
            bad++;
    CHECKF(bad == 0, "%s weights, %s KV: %d of %d rows differ between alone and batched", cc_ttype_get(wtype)->name,
           kvt == CC_KV_F32 ? "f32" : "f16", bad, ROWS);
    /* the logits are not trivially equal: rows differ from each other */
    CHECK(memcmp(alone, alone + (size_t)OUTS * V, (size_t)V * sizeof(float)) != 0);

    /* the prefix's blocks were shared, not copied: releasing all rows restores the count */
    for (int r = 0; r < ROWS; r++) cc_kv_seq_release(&pool, &rows[r].kv);
    CHECK(cc_kv_pool_free_blocks(&pool) == free_after_prefix);
    cc_kv_seq_release(&pool, &pre);
    CHECK(cc_kv_pool_free_blocks(&pool) == pool.n_blocks);

    /* an exhausted pool is an error that leaves every cache where it was */
    {
        cc_kv_pool small;
        size_t two_blocks = (size_t)2 * 2 * 32 * 16 * (kvt == CC_KV_F32 ? 4 : 2) * 2;
        CHECK(cc_kv_pool_init(&small, 2, 32, 16, kvt, two_blocks, &err) == CC_OK);
        cc_forward fs2;
        CHECK(cc_forward_init(&fs2, &m, &small, NULL, isa, &err) == CC_OK);
        cc_kv_seq a;
        cc_kv_seq_init(&a);
        int32_t toks[40] = {0};
        fs = (cc_fwd_seq){.kv = &a, .tokens = toks, .n_tokens = 40, .logits = CC_LOGITS_LAST};
        CHECK(cc_forward_step(&fs2, &fs, 1, lg, &err) == CC_ERR_NOMEM);
        CHECK(a.n_tokens == 0 && cc_kv_pool_free_blocks(&small) == 2);
        toks[0] = V; /* out of vocabulary */
        fs.n_tokens = 3;
        CHECK(cc_forward_step(&fs2, &fs, 1, lg, &err) == CC_ERR_INVALID);
        cc_kv_seq_release(&small, &a);
        cc_forward_free(&fs2);
        cc_kv_pool_free(&small);
    }

    free(lg);
    free(batch);
    free(alone);
    free(rows);
    cc_forward_free(&f1);
    cc_forward_free(&f3);
    cc_threadpool_free(tp);
    cc_kv_pool_free(&pool);
    cc_model_free(&m);
}

int main(void) {
    run(CC_T_F32, CC_KV_F32);
    run(CC_T_Q4_1, CC_KV_F16);
    return cc_test_finish("test_batch_invariance");
}
