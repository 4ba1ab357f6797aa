/* test_engine_rewriter.c - the CPU engine behind the cc_rewriter interface on
 * the tiny Llama-3-style fixture (chat template, two end tokens): every note
 * comes back once, tagged, in any order; its text and token counts equal those
 * of the note run alone; seeded sampling depends on (seed, tag) only; a full
 * queue says so instead of blocking. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine_rewriter.h"
#include "testutil.h"
#include "tokenizer.h"

enum { NOTES = 12 };

static const char *notes[NOTES] = {
    "PT ADMITTED WITH ABOVE SAID COMPLAINT.",
    "-H/O LAP CHOLECYSTECTOMY(12 YEAR BACK",
    "C/O FEVER SINCE 3 DAYS. NO VOMITING.",
    "K/C/O DM ON TAB METFORMIN 500MG BD",
    "BP 130/80 PR 88 SPO2 98% RA",
    "ADV: CBC, LFT, RFT. REVIEW SOS.",
    "PAIN ABDOMEN RT HYPOCHONDRIUM X 2 DAYS",
    "NOT K/C/O HTN / BA / TB",
    "USG: CHOLELITHIASIS. GB WALL THICKENED",
    "PLAN: LAP CHOLE UNDER GA",
    "pt stable, discharged with advice",
    "é ü — UTF-8 survives",
};

typedef struct {
    char text[512];
    int32_t out_tokens, prompt_tokens;
    cc_finish_reason finish;
    cc_status status;
    bool seen;
} got;

static void run_kv(const char *model, const cc_model_config *cfg, int32_t max_seqs, const int *tags, int n, got *res,
                   bool kv_f16) {
    cc_error err = {0};
    cc_engine_opts o = {.model_path = model, .config = cfg, .threads = 2, .max_seqs = max_seqs, .max_queue = 3,
                        .kv_f16 = kv_f16};
    cc_rewriter rw;
    CHECKF(cc_engine_cpu_open(&o, &rw, &err) == CC_OK, "%s", err.msg);
    if (err.code) return;
    int next = 0, done = 0;
    cc_rewrite_result out[4];
    while (done < n) {
        while (next < n) {
            int i = tags[next];
            cc_status st = rw.submit(rw.ctx, (uint64_t)i, notes[i % NOTES], strlen(notes[i % NOTES]), &err);
            if (st == CC_ERR_RANGE) break; /* full: poll first */
            CHECKF(st == CC_OK, "%s", err.msg);
            next++;
        }
        size_t k = 0;
        CHECK(rw.poll(rw.ctx, out, 4, &k, true, &err) == CC_OK);
        CHECK(k > 0);
        for (size_t j = 0; j < k; j++, done++) {
            got *g = &res[out[j].tag];
            CHECK(!g->seen);
            g->seen = true;
            snprintf(g->text, sizeof g->text, "%s", out[j].text);
            CHECK(strlen(out[j].text) == out[j].text_len && cc_tok_utf8_valid(out[j].text, out[j].text_len));
            g->out_tokens = out[j].output_tokens;
            g->prompt_tokens = out[j].prompt_tokens;
            g->finish = out[j].finish;
            g->status = out[j].status;
            CHECK(out[j].elapsed_ms >= 0.0);
            free(out[j].text);
        }
    }
    CHECK(rw.pending(rw.ctx) == 0);
    int32_t nt = 0;
    CHECK(rw.count_tokens(rw.ctx, notes[0], strlen(notes[0]), &nt, &err) == CC_OK && nt > 3);
    CHECK(rw.max_note_tokens(rw.ctx) > 0);
    rw.destroy(rw.ctx);
}

static void run(const char *model, const cc_model_config *cfg, int32_t max_seqs, const int *tags, int n, got *res) {
    run_kv(model, cfg, max_seqs, tags, n, res, false);
}

int main(void) {
    char *model = cc_test_path(cc_test_source_dir(), "tests/fixtures/tiny-llama/llama3");
    cc_model_config cfg;
    cc_config_defaults(&cfg);
    cc_error err = {0};
    CHECK(cc_config_set(&cfg, "system_prompt", "Rewrite the note as clean prose.", "test", &err) == CC_OK);
    CHECK(cc_config_set(&cfg, "max_new_tokens", "10", "test", &err) == CC_OK);
    CHECK(cc_config_set(&cfg, "chat_template", "llama3", "test", &err) == CC_OK); /* the fixture's template is a minimal one */
    int order[NOTES], rev[NOTES];
    for (int i = 0; i < NOTES; i++) order[i] = i, rev[i] = NOTES - 1 - i;
    static got batch[NOTES], alone[NOTES], s1[2 * NOTES], s2[2 * NOTES];
    run(model, &cfg, 4, order, NOTES, batch);
    for (int i = 0; i < NOTES; i++) run(model, &cfg, 1, &i, 1, alone);
    int bad = 0;
    for (int i = 0; i < NOTES; i++) {
        CHECK(batch[i].seen && batch[i].status == CC_OK && batch[i].out_tokens <= 10);
        CHECK(batch[i].finish == CC_FINISH_LENGTH || batch[i].finish == CC_FINISH_EOS);
        bad += strcmp(batch[i].text, alone[i].text) != 0 || batch[i].out_tokens != alone[i].out_tokens ||
               batch[i].prompt_tokens != alone[i].prompt_tokens || batch[i].finish != alone[i].finish;
    }
    CHECKF(bad == 0, "%d notes differ between batched and alone", bad);
    CHECK(batch[0].prompt_tokens != batch[1].prompt_tokens || strcmp(batch[0].text, batch[1].text) != 0);

    /* sampling (hot: the tiny model's logits are sharp): tags 0..23, each note twice; outputs
     * depend on (seed, tag), not on order or batch */
    CHECK(cc_config_set(&cfg, "temperature", "4.0", "test", &err) == CC_OK);
    CHECK(cc_config_set(&cfg, "seed", "5", "test", &err) == CC_OK);
    int order2[2 * NOTES], rev2[2 * NOTES];
    for (int i = 0; i < 2 * NOTES; i++) order2[i] = i, rev2[i] = 2 * NOTES - 1 - i;
    run(model, &cfg, 4, order2, 2 * NOTES, s1);
    run(model, &cfg, 7, rev2, 2 * NOTES, s2);
    bad = 0;
    int tag_matters = 0;
    for (int i = 0; i < 2 * NOTES; i++) bad += strcmp(s1[i].text, s2[i].text) != 0;
    for (int i = 0; i < NOTES; i++) tag_matters += strcmp(s1[i].text, s1[i + NOTES].text) != 0;
    CHECKF(bad == 0, "%d sampled notes depend on order or batch", bad);
    CHECK(tag_matters > NOTES / 2);
    /* the same with K/V stored as f16 */
    static got h1[2 * NOTES], h2[2 * NOTES];
    run_kv(model, &cfg, 4, order2, 2 * NOTES, h1, true);
    run_kv(model, &cfg, 7, rev2, 2 * NOTES, h2, true);
    bad = 0;
    for (int i = 0; i < 2 * NOTES; i++) bad += !h1[i].seen || strcmp(h1[i].text, h2[i].text) != 0;
    CHECKF(bad == 0, "%d sampled notes depend on order or batch with an f16 KV cache", bad);
    (void)rev;

    /* a model that is not there fails with its name */
    cc_engine_opts o = {.model_path = "/nonexistent-model.gguf", .config = &cfg};
    cc_rewriter rw;
    CHECK(cc_engine_cpu_open(&o, &rw, &err) != CC_OK && strstr(err.msg, "nonexistent-model") != NULL);
    cc_config_free(&cfg);
    free(model);
    return cc_test_finish("test_engine_rewriter");
}
