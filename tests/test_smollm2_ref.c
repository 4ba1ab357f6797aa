/* test_smollm2_ref.c - the real SmolLM2-135M-Instruct Q4_1 GGUF against
 * llama.cpp: for 10 chat-formatted clinical notes (prompt ids in the fixture,
 * rendered by clinclean), our greedy continuation of 64 tokens must equal
 * llama.cpp's (tests/fixtures/smollm2-llamacpp/ref.json, made by
 * tests/ref/make_smollm2_llamacpp_ref.py), or differ first at a step where
 * llama.cpp's own top two logits are a near-tie (within NEAR_TIE) and we chose
 * its second - each such step is printed.  All 10 notes run as one batch over
 * a shared system-prompt prefix.  Skips (77) without the model, and in
 * sanitizer builds, where 10 x 64 steps of a 135M model take minutes. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forward.h"
#include "model_load.h"
#include "testutil.h"

/* Logits.  Int8 activation rounding moves SmolLM2's top logits by ~0.1-0.2 from exact f32
 * math on the same weights (measured for both engines: ours and llama.cpp land on
 * either side of it), so top-2 gaps below this are ties neither engine resolves. */
#define NEAR_TIE 0.35f
enum { MAX_CASES = 16, MAX_PROMPT = 1024, N_PREDICT = 64 };

typedef struct {
    int32_t prompt[MAX_PROMPT];
    int32_t n_prompt;
    int32_t ref[N_PREDICT];        /* llama.cpp's greedy ids */
    float ref_top[N_PREDICT][4];   /* best id, logit, second id, logit */
    int32_t ours[N_PREDICT + 1];   /* our greedy ids */
    int32_t n_ours;
    int32_t diverged;              /* first differing step, or -1 */
    float our_top[4];              /* our best/second at the divergence */
    cc_kv_seq kv;
} tcase;

static int load(const char *path, tcase *c, int cap) {
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) return -1;
    json_t *cases = json_object_get(root, "cases"), *cs;
    size_t i;
    int n = 0;
    json_array_foreach(cases, i, cs) {
        if (n == cap) break;
        tcase *t = &c[n++];
        json_t *ids = json_object_get(cs, "prompt_ids"), *g = json_object_get(cs, "greedy_ids"),
               *top = json_object_get(cs, "top2");
        t->n_prompt = (int32_t)json_array_size(ids);
        if (t->n_prompt > MAX_PROMPT || json_array_size(g) != N_PREDICT || json_array_size(top) != N_PREDICT) {
            json_decref(root);
            return -1;
        }
        for (int32_t k = 0; k < t->n_prompt; k++) t->prompt[k] = (int32_t)json_integer_value(json_array_get(ids, (size_t)k));
        for (int k = 0; k < N_PREDICT; k++) {
            t->ref[k] = (int32_t)json_integer_value(json_array_get(g, (size_t)k));
            json_t *row = json_array_get(top, (size_t)k);
            for (int q = 0; q < 4; q++) t->ref_top[k][q] = (float)json_number_value(json_array_get(row, (size_t)q));
        }
        t->diverged = -1;
    }
    json_decref(root);
    return n;
}

static void top2(const float *x, int32_t n, float out[4]) {
    int32_t a = 0, b = -1;
    for (int32_t i = 1; i < n; i++) {
        if (x[i] > x[a]) {
            b = a;
            a = i;
        } else if (b < 0 || x[i] > x[b]) {
            b = i;
        }
    }
    out[0] = (float)a;
    out[1] = x[a];
    out[2] = (float)b;
    out[3] = x[b];
}

int main(void) {
#if defined(__SANITIZE_ADDRESS__)
    return cc_test_skip("sanitizer build: 640 steps of a 135M model take minutes here; the release build runs this");
#endif
    char *model_path = cc_test_path(cc_test_cache_dir(), "SmolLM2-135M-Instruct.Q4_1.gguf");
    if (!cc_test_file_exists(model_path)) {
        int rc = cc_test_skip("%s not found", model_path);
        free(model_path);
        return rc;
    }
    char *ref_path = cc_test_path(cc_test_source_dir(), "tests/fixtures/smollm2-llamacpp/ref.json");
    static tcase c[MAX_CASES];
    int n = load(ref_path, c, MAX_CASES);
    CHECKF(n >= 10, "%s: %d cases", ref_path, n);
    cc_error err = {0};
    cc_model m;
    CHECKF(cc_model_load(&m, model_path, &err) == CC_OK, "%s", err.msg);
    if (n < 10 || err.code) return cc_test_finish("test_smollm2_ref");
    const int32_t V = m.hp.n_vocab;
    cc_kv_pool pool;
    CHECK(cc_kv_pool_init(&pool, m.hp.n_layer, m.hp.n_head_kv * m.hp.head_dim, 16, CC_KV_F32, (size_t)256 << 20, &err) ==
          CC_OK);
    cc_threadpool *tp = NULL;
    CHECK(cc_threadpool_init(&tp, 0, &err) == CC_OK);
    cc_forward f;
    CHECK(cc_forward_init(&f, &m, &pool, tp, cc_cpu_isa_detect(), &err) == CC_OK);

    /* the shared prefix: common to every prompt */
    int32_t common = c[0].n_prompt - 1;
    for (int i = 1; i < n; i++) {
        int32_t k = 0;
        while (k < common && k < c[i].n_prompt - 1 && c[i].prompt[k] == c[0].prompt[k]) k++;
        common = k;
    }
    cc_kv_seq pre;
    cc_kv_seq_init(&pre);
    if (common > 0) {
        cc_fwd_seq fs = {.kv = &pre, .tokens = c[0].prompt, .n_tokens = common, .logits = CC_LOGITS_NONE};
        CHECK(cc_forward_step(&f, &fs, 1, NULL, &err) == CC_OK);
    }
    cc_fwd_seq fs[MAX_CASES];
    int who[MAX_CASES];
    float *logits = malloc((size_t)n * V * sizeof(float));
    for (int i = 0; i < n; i++) {
        cc_kv_seq_init(&c[i].kv);
        CHECK(cc_kv_seq_fork(&pool, &c[i].kv, &pre, common, &err) == CC_OK);
    }
    double max_logit_diff = 0;
    for (int step = 0; step < N_PREDICT; step++) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (c[i].diverged >= 0) continue;
            if (step == 0)
                fs[k] = (cc_fwd_seq){.kv = &c[i].kv, .tokens = c[i].prompt + common, .n_tokens = c[i].n_prompt - common,
                                     .logits = CC_LOGITS_LAST};
            else
                fs[k] = (cc_fwd_seq){.kv = &c[i].kv, .tokens = &c[i].ours[step - 1], .n_tokens = 1,
                                     .logits = CC_LOGITS_LAST};
            who[k++] = i;
        }
        if (k == 0) break;
        CHECKF(cc_forward_step(&f, fs, k, logits, &err) == CC_OK, "%s", err.msg);
        for (int j = 0; j < k; j++) {
            tcase *t = &c[who[j]];
            float mine[4];
            top2(logits + (size_t)j * V, V, mine);
            t->ours[step] = (int32_t)mine[0];
            t->n_ours = step + 1;
            if (t->ours[step] != t->ref[step]) {
                t->diverged = step;
                memcpy(t->our_top, mine, sizeof mine);
            } else {
                double d = fabs((double)mine[1] - t->ref_top[step][1]);
                if (d > max_logit_diff) max_logit_diff = d;
            }
        }
    }
    int exact = 0;
    for (int i = 0; i < n; i++) {
        tcase *t = &c[i];
        if (t->diverged < 0) {
            exact++;
            continue;
        }
        int s = t->diverged;
        float margin = t->ref_top[s][1] - t->ref_top[s][3];
        bool swapped = t->ours[s] == (int32_t)t->ref_top[s][2];
        fprintf(stderr,
                "note %d: differs at step %d: llama.cpp %d (%.4f) vs %d (%.4f), margin %.4f; ours %d (%.4f) vs %d (%.4f)\n",
                i, s, (int)t->ref_top[s][0], t->ref_top[s][1], (int)t->ref_top[s][2], t->ref_top[s][3], margin,
                (int)t->our_top[0], t->our_top[1], (int)t->our_top[2], t->our_top[3]);
        CHECKF(swapped && margin <= NEAR_TIE,
               "note %d step %d: not a near-tie (llama.cpp margin %.4f, bound %.2f; we chose %d, its second is %d)", i, s,
               margin, NEAR_TIE, t->ours[s], (int)t->ref_top[s][2]);
    }
    fprintf(stderr, "test_smollm2_ref: %d of %d notes equal llama.cpp for all %d tokens; largest top-logit difference "
                    "on agreeing steps %.4f\n",
            exact, n, N_PREDICT, max_logit_diff);
    CHECKF(max_logit_diff < 1.0, "top logit differs from llama.cpp's by %.4f", max_logit_diff);
    for (int i = 0; i < n; i++) cc_kv_seq_release(&pool, &c[i].kv);
    cc_kv_seq_release(&pool, &pre);
    CHECK(cc_kv_pool_free_blocks(&pool) == pool.n_blocks);
    free(logits);
    cc_forward_free(&f);
    cc_threadpool_free(tp);
    cc_kv_pool_free(&pool);
    cc_model_free(&m);
    free(model_path);
    free(ref_path);
    return cc_test_finish("test_smollm2_ref");
}
