/* test_smollm2_greedy12.c - the whole path from a clinical note to greedy
 * tokens, checked against llama.cpp on the real SmolLM2-135M-Instruct Q4_1
 * GGUF.  The fixture (tests/fixtures/smollm2_greedy/refs.json, procedure and
 * format in tests/ref/llamacpp_refgen.md) holds, for 12 notes, llama.cpp's
 * rendered ChatML prompt, its prompt ids and its 64 greedy tokens (end tokens
 * fed back like any other) with the top-1 / top-2 ids and logits of each step.
 *
 * For each note: (1) our chat template (family detected from the GGUF) and our
 * GGUF tokenizer must give exactly the fixture's prompt text and ids; (2) our
 * engine's greedy continuation must equal llama.cpp's, or first differ at a
 * step where llama.cpp's own top-2 margin is below NEAR_TIE and we chose its
 * runner-up; the rest of that note is then not compared.  Our logits must
 * also stay near llama.cpp's (step 0 top 50, top-1 on agreeing steps).  One
 * line per note is printed.  All 12 notes decode as one batch over the shared
 * system-prompt prefix.  Skips (77) without the model or the fixture; in
 * sanitizer builds it checks the prompts, then skips the decoding (12 x 64
 * steps of a 135M model take minutes there). */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chat_template.h"
#include "forward.h"
#include "model_load.h"
#include "testutil.h"
#include "tokenizer_gguf.h"

/* Logits.  When is a divergence a tie rather than a bug?  llama.cpp itself,
 * switching only its attention path (flash attention on vs off, f32 K/V),
 * moves single logits by up to ~0.2 and flipped 4 of these 12 continuations,
 * each at a reference margin of at most 0.165 and each to the reference's
 * runner-up (llamacpp_refgen.md, section 6).  Both engines quantize
 * activations to 8 bits inside their matmuls, in different places, and land
 * ~0.1-0.2 on either side of exact f32 math; at step 0 (the prompt alone, no
 * drift yet) our logits relative to the top-1 are within 0.40 of llama.cpp's
 * over the top 50 of every note (printed per note).  So a top-2 margin of
 * 0.25, as the flash-attention run alone would suggest, is too tight for a
 * second engine: long_discharge_summary parts at a reference margin of 0.2554
 * (ours prefers the runner-up by 0.09).  0.35, the bound test_smollm2_ref.c
 * uses for the same model, covers the two engines' rounding; a divergence at a
 * larger margin, or to a token other than the runner-up, is a bug. */
#define NEAR_TIE 0.35
/* Logits.  Step 0, top 50 of llama.cpp: |(our logit - our logit of its top-1)
 * - (its logit - its top-1 logit)| stays below this (measured max 0.40; a
 * wrong RoPE, norm or quantized block moves these by whole logits). */
#define MAX_TOP50_DIFF 0.5
/* Logits.  |our top-1 logit - llama.cpp's| on agreeing steps, drift over 64
 * steps included: measured up to 0.97 here; llama.cpp's flash and plain
 * attention paths differ by up to 0.86 over the same 64 steps. */
#define MAX_TOP_DIFF 1.5
enum { N_CASES = 12, N_GEN = 64, MAX_PROMPT = 1024 };

/* One note of the fixture and what we made of it. */
typedef struct {
    char name[64];                                /* fixture case name */
    char *note;                                   /* user message (malloc'd) */
    char *prompt;                                 /* llama.cpp's rendered prompt (malloc'd) */
    size_t note_len, prompt_len;                  /* bytes of note / prompt */
    int32_t prompt_ids[MAX_PROMPT];               /* [n_prompt] llama.cpp's prompt ids */
    int32_t n_prompt;                             /* prompt length in tokens */
    int32_t gen[N_GEN], second[N_GEN];            /* llama.cpp's top-1 / top-2 id per step */
    double gen_logit[N_GEN], second_logit[N_GEN]; /* and their logits */
    int32_t ours[N_GEN];                          /* our greedy ids, [0..n_ours) */
    int32_t n_ours;                               /* steps decoded */
    int32_t diverged;                             /* first step where ours != gen, or -1 */
    double top_diff;                              /* max |our top-1 logit - gen_logit| over agreeing steps */
    double margin_diff;     /* max |our logit gap gen - second - llama.cpp's| over agreeing steps */
    double our_gap;         /* at the divergence: our logit of ours[s] minus our logit of gen[s] */
    int32_t top50_id[50];   /* llama.cpp's 50 best ids at step 0 */
    double top50_logit[50]; /* and their logits */
    double top50_diff;      /* max over them of |(ours - ours[gen0]) - (theirs - theirs[gen0])| */
    cc_kv_seq kv;           /* this note's cache */
} gcase;

/* Copy a JSON int array of exactly n (n < 0: up to cap, length to *got). */
static bool int_array(json_t *a, int32_t *out, int32_t n, int32_t cap, int32_t *got) {
    if (!json_is_array(a)) return false;
    size_t len = json_array_size(a);
    if ((n >= 0 && len != (size_t)n) || len > (size_t)cap) return false;
    for (size_t i = 0; i < len; i++) {
        json_t *v = json_array_get(a, i);
        if (!json_is_integer(v)) return false;
        out[i] = (int32_t)json_integer_value(v);
    }
    if (got) *got = (int32_t)len;
    return true;
}

/* Copy a JSON number array of exactly n. */
static bool real_array(json_t *a, double *out, int32_t n) {
    if (!json_is_array(a) || json_array_size(a) != (size_t)n) return false;
    for (int32_t i = 0; i < n; i++) {
        json_t *v = json_array_get(a, (size_t)i);
        if (!json_is_number(v)) return false;
        out[i] = json_number_value(v);
    }
    return true;
}

/* A malloc'd copy of a JSON string (NUL-terminated, may contain NULs), its length in *len. */
static char *dup_string(json_t *s, size_t *len) {
    if (!json_is_string(s)) return NULL;
    *len = json_string_length(s);
    char *p = malloc(*len + 1);
    if (p) memcpy(p, json_string_value(s), *len + 1);
    return p;
}

/* Read the fixture into c[N_CASES] and *system (malloc'd).  0 or a message. */
static const char *load(const char *path, gcase *c, char **system, size_t *system_len) {
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) return "not valid JSON";
    const char *why = NULL;
    json_t *cases = json_object_get(root, "cases");
    const char *format = json_string_value(json_object_get(root, "format"));
    if (!format || strcmp(format, "clinclean-smollm2-greedy-refs/1") != 0)
        why = "format is not clinclean-smollm2-greedy-refs/1";
    else if (json_integer_value(json_object_get(root, "n_gen")) != N_GEN)
        why = "n_gen is not 64";
    else if (json_array_size(cases) != N_CASES)
        why = "not 12 cases";
    else if (!(*system = dup_string(json_object_get(root, "system_prompt"), system_len)))
        why = "no system_prompt";
    for (int i = 0; !why && i < N_CASES; i++) {
        json_t *cs = json_array_get(cases, (size_t)i);
        gcase *t = &c[i];
        const char *name = json_string_value(json_object_get(cs, "name"));
        snprintf(t->name, sizeof t->name, "%s", name ? name : "?");
        t->note = dup_string(json_object_get(cs, "note"), &t->note_len);
        t->prompt = dup_string(json_object_get(cs, "prompt"), &t->prompt_len);
        t->diverged = -1;
        if (!t->note || !t->prompt ||
            !int_array(json_object_get(cs, "prompt_ids"), t->prompt_ids, -1, MAX_PROMPT, &t->n_prompt) ||
            t->n_prompt < 2 || !int_array(json_object_get(cs, "gen_ids"), t->gen, N_GEN, N_GEN, NULL) ||
            !int_array(json_object_get(cs, "second_ids"), t->second, N_GEN, N_GEN, NULL) ||
            !real_array(json_object_get(cs, "gen_logits"), t->gen_logit, N_GEN) ||
            !real_array(json_object_get(cs, "second_logits"), t->second_logit, N_GEN))
            why = "a case lacks note, prompt, prompt_ids (2..1024), or 64 gen/second ids and logits";
        json_t *top = json_object_get(cs, "first_step_top50");
        if (!why && json_array_size(top) != 50) why = "first_step_top50 is not 50 pairs";
        for (int q = 0; !why && q < 50; q++) {
            json_t *pair = json_array_get(top, (size_t)q);
            t->top50_id[q] = (int32_t)json_integer_value(json_array_get(pair, 0));
            t->top50_logit[q] = json_number_value(json_array_get(pair, 1));
            if (t->top50_id[q] < 0) why = "first_step_top50 has a negative id";
        }
    }
    json_decref(root);
    return why;
}

/* Argmax of x[0..n) (ties to the lower id, like the reference) and its value. */
static int32_t argmax(const float *x, int32_t n, float *best) {
    int32_t a = 0;
    for (int32_t i = 1; i < n; i++)
        if (x[i] > x[a]) a = i;
    *best = x[a];
    return a;
}

/* (1) Our rendering of the note must be llama.cpp's prompt, text and ids. */
static void check_prompt(cc_tokenizer *tok, cc_chat_family fam, const char *system, size_t system_len, const gcase *t) {
    cc_error err = {0};
    cc_bytes text = {0};
    cc_tokens ids = {0};
    cc_chat_msg msgs[2] = {{"system", system, system_len}, {"user", t->note, t->note_len}};
    CHECKF(cc_chat_render(tok, fam, NULL, msgs, 2, true, &text, &ids, &err) == CC_OK, "%s: %s", t->name, err.msg);
    CHECKF(text.len == t->prompt_len && memcmp(text.data, t->prompt, text.len) == 0,
           "%s: rendered prompt (%zu bytes) differs from llama.cpp's (%zu bytes)", t->name, text.len, t->prompt_len);
    size_t first = 0;
    while (first < ids.n && first < (size_t)t->n_prompt && ids.ids[first] == t->prompt_ids[first]) first++;
    CHECKF(ids.n == (size_t)t->n_prompt && first == ids.n,
           "%s: our %zu prompt ids vs llama.cpp's %d, first difference at %zu (ours %d, theirs %d)", t->name, ids.n,
           t->n_prompt, first, first < ids.n ? ids.ids[first] : -1,
           first < (size_t)t->n_prompt ? t->prompt_ids[first] : -1);
    cc_bytes_free(&text);
    cc_tokens_free(&ids);
}

int main(void) {
    static gcase c[N_CASES];
    char *model_path = cc_test_path(cc_test_cache_dir(), "SmolLM2-135M-Instruct.Q4_1.gguf");
    char *ref_path = cc_test_path(cc_test_source_dir(), "tests/fixtures/smollm2_greedy/refs.json");
    char *system = NULL;
    size_t system_len = 0;
    cc_tokenizer *tok = NULL;
    float *logits = NULL;
    cc_error err = {0};
    cc_model m;
    cc_kv_pool pool;
    cc_threadpool *tp = NULL;
    cc_forward f;
    bool have_model = false, have_pool = false, have_fwd = false;
    cc_kv_seq pre;
    cc_kv_seq_init(&pre);
    int rc;
    if (!cc_test_file_exists(model_path) || !cc_test_file_exists(ref_path)) {
        rc = cc_test_skip("%s not found", cc_test_file_exists(model_path) ? ref_path : model_path);
        goto done;
    }
    const char *why = load(ref_path, c, &system, &system_len);
    CHECKF(why == NULL, "%s: %s", ref_path, why);
    if (why) goto finish;

    /* (1) prompts: our template and tokenizer */
    CHECKF(cc_tokenizer_load_gguf(model_path, &tok, &err) == CC_OK, "%s", err.msg);
    if (!tok) goto finish;
    cc_chat_family fam = CC_CHAT_AUTO;
    CHECKF(cc_chat_detect(tok, CC_CHAT_AUTO, &fam, &err) == CC_OK && fam == CC_CHAT_CHATML,
           "template family from the GGUF: %d (%s), want ChatML", (int)fam, err.msg);
    for (int i = 0; i < N_CASES; i++) check_prompt(tok, CC_CHAT_CHATML, system, system_len, &c[i]);
#if defined(__SANITIZE_ADDRESS__)
    if (cc_test_failures == 0) {
        rc = cc_test_skip("sanitizer build: the 12 prompts were checked (%d checks passed); 12 x 64 greedy steps of "
                          "a 135M model take minutes here, the release build runs them",
                          cc_test_checks);
        goto done;
    }
    goto finish;
#endif

    /* (2) greedy decoding of llama.cpp's prompt ids, all notes in one batch */
    have_model = cc_model_load(&m, model_path, &err) == CC_OK;
    CHECKF(have_model, "%s", err.msg);
    if (!have_model) goto finish;
    const int32_t V = m.hp.n_vocab;
    bool ids_ok = true; /* the fixture's ids index our logits: all must be in the vocabulary */
    for (int i = 0; i < N_CASES; i++) {
        for (int32_t k = 0; k < c[i].n_prompt; k++) ids_ok &= c[i].prompt_ids[k] >= 0 && c[i].prompt_ids[k] < V;
        for (int k = 0; k < N_GEN; k++)
            ids_ok &= c[i].gen[k] >= 0 && c[i].gen[k] < V && c[i].second[k] >= 0 && c[i].second[k] < V;
    }
    CHECKF(ids_ok, "%s: an id outside the model's vocabulary (%d)", ref_path, V);
    if (!ids_ok) goto finish;
    int32_t blocks = 1;
    for (int i = 0; i < N_CASES; i++) blocks += (c[i].n_prompt + N_GEN) / 16 + 2; /* + partial + copy-on-write */
    have_pool = cc_kv_pool_init_blocks(&pool, m.hp.n_layer, m.hp.n_head_kv * m.hp.head_dim, 16, CC_KVD_F32, blocks, true,
                                       &err) == CC_OK;
    CHECKF(have_pool, "%s", err.msg);
    CHECKF(cc_threadpool_init(&tp, 0, &err) == CC_OK, "%s", err.msg);
    if (!have_pool || !tp) goto finish;
    have_fwd = cc_forward_init(&f, &m, &pool, tp, cc_cpu_isa_detect(), &err) == CC_OK;
    CHECKF(have_fwd, "%s", err.msg);
    logits = malloc((size_t)N_CASES * (size_t)V * sizeof(float));
    CHECK(logits != NULL);
    if (!have_fwd || !logits) goto finish;

    /* the shared prefix (system turn), computed once; every note keeps >= 1 own token */
    int32_t common = c[0].n_prompt - 1;
    for (int i = 1; i < N_CASES; i++) {
        int32_t k = 0;
        while (k < common && k < c[i].n_prompt - 1 && c[i].prompt_ids[k] == c[0].prompt_ids[k]) k++;
        common = k;
    }
    if (common > 0) {
        cc_fwd_seq fs = {.kv = &pre, .tokens = c[0].prompt_ids, .n_tokens = common, .logits = CC_LOGITS_NONE};
        CHECKF(cc_forward_step(&f, &fs, 1, NULL, &err) == CC_OK, "%s", err.msg);
    }
    for (int i = 0; i < N_CASES; i++) {
        cc_kv_seq_init(&c[i].kv);
        CHECKF(cc_kv_seq_fork(&pool, &c[i].kv, &pre, common, &err) == CC_OK, "%s", err.msg);
    }
    for (int step = 0; step < N_GEN; step++) {
        cc_fwd_seq fs[N_CASES];
        int who[N_CASES], k = 0;
        for (int i = 0; i < N_CASES; i++) {
            gcase *t = &c[i];
            if (t->diverged >= 0) continue; /* parted from the reference: nothing left to compare */
            if (step == 0)
                fs[k] = (cc_fwd_seq){.kv = &t->kv,
                                     .tokens = t->prompt_ids + common,
                                     .n_tokens = t->n_prompt - common,
                                     .logits = CC_LOGITS_LAST};
            else /* the previous token, end tokens included, fed back as llama.cpp did */
                fs[k] =
                    (cc_fwd_seq){.kv = &t->kv, .tokens = &t->ours[step - 1], .n_tokens = 1, .logits = CC_LOGITS_LAST};
            who[k++] = i;
        }
        if (k == 0) break;
        if (cc_forward_step(&f, fs, k, logits, &err) != CC_OK) {
            CHECKF(0, "step %d: %s", step, err.msg);
            break;
        }
        for (int j = 0; j < k; j++) {
            gcase *t = &c[who[j]];
            const float *row = logits + (size_t)j * (size_t)V;
            float best;
            t->ours[step] = argmax(row, V, &best);
            t->n_ours = step + 1;
            if (step == 0) /* the prompt's last position: logits relative to the top-1, no drift yet */
                for (int q = 0; q < 50; q++)
                    if (t->top50_id[q] < V) /* (>= 0 checked when loading) */
                        t->top50_diff = fmax(t->top50_diff, fabs(((double)row[t->top50_id[q]] - row[t->gen[0]]) -
                                                                 (t->top50_logit[q] - t->gen_logit[0])));
            if (t->ours[step] != t->gen[step]) {
                t->diverged = step;
                t->our_gap = (double)best - row[t->gen[step]];
                continue;
            }
            double gap = (double)best - row[t->second[step]], ref_gap = t->gen_logit[step] - t->second_logit[step];
            t->top_diff = fmax(t->top_diff, fabs(best - t->gen_logit[step]));
            t->margin_diff = fmax(t->margin_diff, fabs(gap - ref_gap));
        }
    }

    /* verdicts, one line per note */
    int exact = 0, matched_total = 0;
    for (int i = 0; i < N_CASES; i++) {
        gcase *t = &c[i];
        int32_t s = t->diverged, n_match = s >= 0 ? s : t->n_ours;
        matched_total += n_match;
        if (s < 0) {
            int32_t ms = 0;
            for (int32_t q = 1; q < N_GEN; q++)
                if (t->gen_logit[q] - t->second_logit[q] < t->gen_logit[ms] - t->second_logit[ms]) ms = q;
            fprintf(stderr,
                    "%-24s %2d/%d equal, no divergence (smallest ref margin %.4f at step %d); "
                    "top-1 logit within %.3f, top-2 gap within %.3f, step-0 top-50 within %.3f\n",
                    t->name, n_match, N_GEN, t->gen_logit[ms] - t->second_logit[ms], ms, t->top_diff, t->margin_diff,
                    t->top50_diff);
            exact += n_match == N_GEN;
            CHECKF(n_match == N_GEN, "%s: only %d of %d steps decoded", t->name, n_match, N_GEN);
        } else {
            double margin = t->gen_logit[s] - t->second_logit[s];
            bool runner_up = t->ours[s] == t->second[s];
            fprintf(
                stderr,
                "%-24s %2d/%d equal, first divergence at step %d: ref margin %.4f (%d over %d), ours %d "
                "(%s) by %.4f; before it top-1 logit within %.3f, top-2 gap within %.3f, step-0 top-50 within %.3f\n",
                t->name, n_match, N_GEN, s, margin, t->gen[s], t->second[s], t->ours[s],
                runner_up ? "its 2nd" : "NOT its 2nd", t->our_gap, t->top_diff, t->margin_diff, t->top50_diff);
            CHECKF(runner_up && margin < NEAR_TIE,
                   "%s step %d: not a near-tie swap (ref margin %.4f, bound %.2f; we chose %d, its runner-up is %d)",
                   t->name, s, margin, NEAR_TIE, t->ours[s], t->second[s]);
        }
        CHECKF(t->top50_diff < MAX_TOP50_DIFF,
               "%s: step-0 logits (relative to the top-1) differ from llama.cpp's "
               "by %.4f over its top 50",
               t->name, t->top50_diff);
        CHECKF(t->top_diff < MAX_TOP_DIFF, "%s: top-1 logit differs from llama.cpp's by %.4f on an agreeing step",
               t->name, t->top_diff);
    }
    fprintf(stderr,
            "test_smollm2_greedy12: %d of %d notes equal llama.cpp for all %d tokens; %d of %d steps compared "
            "equal\n",
            exact, N_CASES, N_GEN, matched_total, N_CASES * N_GEN);

finish:
    if (have_pool) { /* every block back in the pool once all notes let go */
        for (int i = 0; i < N_CASES; i++) cc_kv_seq_release(&pool, &c[i].kv);
        cc_kv_seq_release(&pool, &pre);
        CHECK(cc_kv_pool_free_blocks(&pool) == pool.n_blocks);
    }
    rc = cc_test_finish("test_smollm2_greedy12");
done:
    for (int i = 0; i < N_CASES; i++) {
        free(c[i].note);
        free(c[i].prompt);
    }
    free(logits);
    if (have_fwd) cc_forward_free(&f);
    cc_threadpool_free(tp);
    if (have_pool) cc_kv_pool_free(&pool);
    if (have_model) cc_model_free(&m);
    cc_tokenizer_free(tok);
    free(system);
    free(model_path);
    free(ref_path);
    return rc;
}
