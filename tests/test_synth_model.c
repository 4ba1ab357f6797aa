/* test_synth_model.c - synthetic models: the tiny preset written with a small
 * tokenizer.json reads back as a complete Llama model; weights have the
 * promised statistics (matrices mean 0, std 1/sqrt(fan_in); norms 1 +- 0.02)
 * in every type; the same seed gives the same bytes whatever the thread
 * count, another seed other bytes; k-quants refuse presets whose rows are not
 * multiples of 256; llama-3.2-1b's hyperparameters match the real model. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gguf.h"
#include "gguf_llama.h"
#include "synth_model.h"
#include "testutil.h"

static char tmpdir[64];

static uint8_t *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    uint8_t *b = NULL;
    *len = 0;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) == (size_t)n) *len = (size_t)n;
    fclose(f);
    return b;
}

/* Mean and standard deviation of a tensor, dequantized. */
static void stats(const cc_gguf_tensor *t, double *mean, double *sd) {
    float *row = malloc(sizeof(float) * (size_t)t->ne[0]);
    size_t rb = t->size / (size_t)t->ne[1];
    double s = 0, s2 = 0;
    for (int64_t r = 0; r < t->ne[1]; r++) {
        cc_dequantize_row((cc_ttype)t->type_id, (const uint8_t *)t->data + (size_t)r * rb, row, t->ne[0], NULL);
        for (int64_t i = 0; i < t->ne[0]; i++) {
            s += row[i];
            s2 += (double)row[i] * row[i];
        }
    }
    free(row);
    double n = (double)t->n_elements;
    *mean = s / n;
    *sd = sqrt(s2 / n - *mean * *mean);
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/cc_test_synth.XXXXXX");
    if (!mkdtemp(tmpdir)) return cc_test_skip("mkdtemp failed");
    char tj[128], out[128], out2[128];
    snprintf(tj, sizeof tj, "%s/tokenizer.json", tmpdir);
    snprintf(out, sizeof out, "%s/a.gguf", tmpdir);
    snprintf(out2, sizeof out2, "%s/b.gguf", tmpdir);
    FILE *f = fopen(tj, "w");
    fputs("{\"added_tokens\": [{\"id\": 5, \"content\": \"<|im_start|>\", \"special\": true}, {\"id\": 6, \"content\": \"<|im_end|>\", \"special\": true}],"
          " \"pre_tokenizer\": {\"type\": \"ByteLevel\", \"use_regex\": true},"
          " \"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0, \"b\": 1, \"c\": 2, \"ab\": 3, \"abc\": 4}, \"merges\": [\"a b\", \"ab c\"]}}",
          f);
    fclose(f);

    static const cc_ttype types[] = {CC_T_F32, CC_T_F16, CC_T_BF16, CC_T_Q8_0, CC_T_Q4_0, CC_T_Q4_1, CC_T_Q4_K, CC_T_Q6_K};
    for (size_t ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        cc_synth_opts o = {"tiny", types[ti], tj, NULL, NULL, 42, 2, out};
        cc_error err = {0};
        cc_llama_hparams hp;
        const char *tn = cc_ttype_get(types[ti])->name;
        CHECKF(cc_synth_model_write(&o, &hp, &err) == CC_OK, "%s: %s", tn, err.msg);
        cc_gguf *g = NULL;
        CHECKF(cc_gguf_open(out, &g, &err) == CC_OK, "%s: %s", tn, err.msg);
        if (!g) continue;
        cc_llama_hparams r;
        CHECKF(cc_llama_hparams_read(g, &r, &err) == CC_OK && cc_llama_check_tensors(g, &r, &err) == CC_OK, "%s: %s", tn, err.msg);
        CHECK(r.n_layer == 2 && r.n_embd == 256 && r.n_ff == 512 && r.n_head == 4 && r.n_head_kv == 2 && r.head_dim == 64 &&
              r.n_vocab == 7 && r.tied_embeddings && r.rope_scaling == CC_ROPE_SCALING_NONE);
        CHECK(cc_gguf_n_tensors(g) == 2 + 9 * 2);
        for (int64_t i = 0; i < cc_gguf_n_tensors(g); i++) {
            const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
            double mean, sd;
            stats(t, &mean, &sd);
            if (t->n_dims == 1) {
                CHECKF(t->type_id == CC_T_F32 && fabs(mean - 1.0) < 0.01 && fabs(sd - 0.02) < 0.006, "%s %s: norm mean %g sd %g", tn,
                       t->name, mean, sd);
            } else {
                double want = 1.0 / sqrt((double)t->ne[0]);
                /* 4-bit types add their rounding noise (~10%) to the spread */
                double tol = types[ti] == CC_T_Q4_0 || types[ti] == CC_T_Q4_1 || types[ti] == CC_T_Q4_K ? 0.12 : 0.06;
                CHECKF(t->type_id == (uint32_t)types[ti] && fabs(mean) < 0.2 * want && fabs(sd / want - 1.0) < tol,
                       "%s %s: mean %g sd %g want sd %g", tn, t->name, mean, sd, want);
            }
        }
        uint32_t ft = 99;
        CHECK(cc_gguf_get_u32(g, "general.file_type", &ft, &err) == CC_OK);
        cc_gguf_close(g);
    }

    /* determinism: same seed, other thread counts -> same bytes; other seed -> other bytes */
    cc_error err = {0};
    cc_synth_opts o1 = {"tiny", CC_T_Q6_K, tj, NULL, NULL, 9, 1, out};
    cc_synth_opts o3 = {"tiny", CC_T_Q6_K, tj, NULL, NULL, 9, 3, out2};
    CHECK(cc_synth_model_write(&o1, NULL, &err) == CC_OK && cc_synth_model_write(&o3, NULL, &err) == CC_OK);
    size_t la, lb;
    uint8_t *a = slurp(out, &la), *b = slurp(out2, &lb);
    CHECK(a && b && la == lb && la > 100000 && memcmp(a, b, la) == 0);
    free(b);
    o3.seed = 10;
    CHECK(cc_synth_model_write(&o3, NULL, &err) == CC_OK);
    b = slurp(out2, &lb);
    CHECK(b && la == lb && memcmp(a, b, la) != 0);
    free(a);
    free(b);

    /* the tokenizer copied from a GGUF */
    cc_synth_opts oc = {"tiny", CC_T_Q8_0, out, NULL, NULL, 1, 2, out2};
    CHECKF(cc_synth_model_write(&oc, NULL, &err) == CC_OK, "%s", err.msg);
    cc_gguf *g = NULL;
    const cc_gguf_value *v = NULL;
    CHECK(cc_gguf_open(out2, &g, &err) == CC_OK && cc_gguf_get_arr(g, "tokenizer.ggml.merges", CC_GGUF_STRING, &v, &err) == CC_OK &&
          v->arr_n == 2);
    cc_gguf_close(g);

    /* refusals */
    cc_synth_opts bad = {"smollm2-135m", CC_T_Q4_K, tj, NULL, NULL, 1, 1, out};
    CHECKF(cc_synth_model_write(&bad, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "multiple of 256") && strstr(err.msg, "576"),
           "%s", err.msg);
    bad.preset = "llama-9b";
    CHECK(cc_synth_model_write(&bad, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "unknown preset"));
    bad.preset = "tiny";
    bad.tokenizer = "/nonexistent/tokenizer.json";
    CHECK(cc_synth_model_write(&bad, NULL, &err) != CC_OK && strstr(err.msg, "/nonexistent/tokenizer.json"));

    /* presets */
    cc_llama_hparams hp;
    CHECK(cc_synth_preset("llama-3.2-1b", &hp, &err) == CC_OK && hp.n_layer == 16 && hp.n_embd == 2048 && hp.n_head == 32 &&
          hp.n_head_kv == 8 && hp.n_ff == 8192 && hp.head_dim == 64 && hp.rope_theta == 500000.0f &&
          hp.rope_scaling == CC_ROPE_SCALING_LLAMA3 && hp.rope_factor == 32.0f && hp.tied_embeddings);
    CHECK(cc_synth_preset("smollm2-135m", &hp, &err) == CC_OK && hp.n_layer == 30 && hp.n_embd == 576 && hp.n_head == 9 &&
          hp.n_head_kv == 3 && hp.n_ff == 1536 && hp.rope_theta == 100000.0f);

    unlink(tj);
    unlink(out);
    unlink(out2);
    rmdir(tmpdir);
    return cc_test_finish("test_synth_model");
}
