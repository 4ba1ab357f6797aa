/* test_gguf_llama.c - Llama conventions in GGUF: hparams written and read back
 * with llama.cpp's keys, llama3 RoPE factors against the Llama 3.2 reference
 * table (shared fixture), tensor names and shape checks, tokenizer metadata
 * from a Hugging Face tokenizer.json (a small one made here, and the real
 * Llama 3 one when ../shared is present) and copied between GGUF files. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gguf_llama.h"
#include "testutil.h"

static char tmpdir[64];


static void test_rope_freqs(void) {
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    float f[32];
    cc_error err = {0};
    CHECK(cc_llama_rope_freqs(&hp, f, &err) == CC_OK);
    CHECK(f[0] == 1.0f && f[14] == 1.0f && f[18] == 32.0f && f[31] == 32.0f);
    for (int i = 1; i < 32; i++) CHECK(f[i] >= f[i - 1]);
    /* against the reference table: inv_freq_llama3 and the stored factor */
    char *path = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/llama32_inv_freq.txt");
    FILE *fp = fopen(path, "r");
    if (!fp) {
        printf("skipping the Llama 3.2 RoPE table: %s absent\n", path);
    } else {
        char line[512];
        int rows = 0;
        while (fgets(line, sizeof line, fp)) {
            if (line[0] == '#') continue;
            int i;
            double def, wl, l3, fac;
            char band[64];
            /* " 15 2.13e-03 2948.30 mid(smooth 0.5928)   1.29e-03 1.651329": band may hold a space */
            char *p = line;
            if (sscanf(p, "%d %lf %lf", &i, &def, &wl) != 3 || i < 0 || i >= 32) continue;
            char *close = strrchr(p, ')');
            if (!close || sscanf(close + 1, "%lf %lf", &l3, &fac) != 2) continue;
            (void)band;
            double inv = 1.0 / pow(500000.0, 2.0 * i / 64.0);
            CHECKF(fabs(inv - def) <= 1e-6 * def, "row %d default inv_freq %.9g vs %.9g", i, inv, def);
            CHECKF(fabs(f[i] - fac) <= 2e-6 * fac, "row %d factor %.7f vs table %.6f", i, f[i], fac);
            CHECKF(fabs(inv / f[i] - l3) <= 1e-6 * l3, "row %d llama3 inv_freq %.9g vs table %.9g", i, inv / f[i], l3);
            rows++;
        }
        fclose(fp);
        CHECKF(rows == 32, "read %d rows of the RoPE table", rows);
    }
    free(path);
    hp.rope_scaling = CC_ROPE_SCALING_NONE;
    CHECK(cc_llama_rope_freqs(&hp, f, &err) == CC_ERR_INVALID);
}

/* Zero-filled tensor producer: any size. */
static cc_status zeros_fn(void *ctx, const char *name, cc_gguf_sink *sink, cc_error *err) {
    static const uint8_t z[4096];
    size_t left = *(size_t *)ctx;
    while (left) {
        size_t n = left < sizeof z ? left : sizeof z;
        cc_status st = cc_gguf_sink_write(sink, z, n, err);
        if (st != CC_OK) return st;
        left -= n;
    }
    return CC_OK;
}

/* A tiny model file with every tensor (zeros), hparams and rope factors. */
static size_t sizes[64];
static cc_gguf_writer *tiny_model(const cc_llama_hparams *hp, float *rope) {
    cc_gguf_writer *w = NULL;
    cc_error err = {0};
    int si = 0;
    cc_gguf_writer_new(&w, &err);
    CHECK(cc_llama_hparams_write(w, hp, "tiny", &err) == CC_OK);
    int64_t ne[2] = {hp->n_embd, hp->n_vocab};
    sizes[si] = (size_t)(hp->n_embd * hp->n_vocab * 4);
    CHECK(cc_gguf_add_tensor_fn(w, CC_LLAMA_TOKEN_EMBD, CC_T_F32, 2, ne, zeros_fn, &sizes[si++], &err) == CC_OK);
    for (int l = 0; l < hp->n_layer; l++)
        for (int k = 0; k < CC_LT_LAYER_COUNT; k++) {
            char name[64];
            int nd = cc_llama_layer_tensor_shape(hp, (cc_llama_layer_tensor)k, ne);
            sizes[si] = (size_t)(ne[0] * ne[1] * 4);
            cc_gguf_add_tensor_fn(w, cc_llama_tensor_name(name, sizeof name, l, (cc_llama_layer_tensor)k), CC_T_F32, (uint32_t)nd,
                                  ne, zeros_fn, &sizes[si++], &err);
        }
    ne[0] = hp->n_embd;
    sizes[si] = (size_t)(hp->n_embd * 4);
    cc_gguf_add_tensor_fn(w, CC_LLAMA_OUTPUT_NORM, CC_T_F32, 1, ne, zeros_fn, &sizes[si++], &err);
    if (rope) {
        ne[0] = hp->head_dim / 2;
        cc_gguf_add_tensor(w, CC_LLAMA_ROPE_FREQS, CC_T_F32, 1, ne, rope, &err);
    }
    return w;
}

static void test_hparams(void) {
    cc_error err = {0};
    /* a small Llama 3 shaped model: head_dim 64 != n_embd / n_head, llama3 rope, tied */
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 2;
    hp.n_embd = 128;
    hp.n_ff = 256;
    hp.n_head = 4;
    hp.n_head_kv = 2;
    hp.head_dim = 64;
    hp.n_vocab = 40;
    float rope[32];
    CHECK(cc_llama_rope_freqs(&hp, rope, &err) == CC_OK);
    cc_gguf_writer *w = tiny_model(&hp, rope);
    uint8_t *buf = NULL;
    size_t len = 0;
    CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
    cc_gguf_writer_free(w);
    cc_gguf *g = NULL;
    CHECKF(cc_gguf_open_memory(buf, len, "tiny.gguf", &g, &err) == CC_OK, "%s", err.msg);
    cc_llama_hparams r;
    CHECKF(g && cc_llama_hparams_read(g, &r, &err) == CC_OK, "%s", err.msg);
    if (g) {
        int64_t kl = 0;
        CHECK(cc_gguf_get_int(g, "llama.attention.key_length", &kl, &err) == CC_OK && kl == 64);
        CHECK(r.n_layer == 2 && r.n_embd == 128 && r.n_ff == 256 && r.n_head == 4 && r.n_head_kv == 2 && r.head_dim == 64 &&
              r.n_vocab == 40 && r.n_ctx_train == 131072 && r.rms_eps == 1e-5f && r.rope_theta == 500000.0f);
        CHECK(r.tied_embeddings);
        CHECK(r.rope_scaling == CC_ROPE_SCALING_LLAMA3 && r.rope_factor == 32.0f && r.rope_low_freq_factor == 1.0f &&
              r.rope_high_freq_factor == 4.0f && r.rope_orig_ctx == 8192);
        CHECKF(cc_llama_check_tensors(g, &r, &err) == CC_OK, "%s", err.msg);
        float back[32];
        bool found = false;
        CHECK(cc_llama_rope_freqs_read(g, &r, back, &found, &err) == CC_OK && found && memcmp(back, rope, sizeof rope) == 0);
        /* a shape mismatch is named */
        r.n_ff = 512;
        CHECKF(cc_llama_check_tensors(g, &r, &err) == CC_ERR_FORMAT && strstr(err.msg, "'blk.0.ffn_gate.weight'") &&
                   strstr(err.msg, "want {128, 512}"),
               "%s", err.msg);
        r.n_ff = 256;
        r.tied_embeddings = false;
        CHECKF(cc_llama_check_tensors(g, &r, &err) == CC_ERR_FORMAT && strstr(err.msg, "missing tensor 'output.weight'"), "%s",
               err.msg);
        cc_gguf_close(g);
    }
    free(buf);

    /* standard head_dim: no key_length written; no rope tensor: plain rope */
    hp.n_embd = 256;
    hp.head_dim = 64;
    hp.rope_scaling = CC_ROPE_SCALING_NONE;
    w = tiny_model(&hp, NULL);
    cc_gguf_set_str(w, "general.architecture", "gpt2", &err);
    CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
    cc_gguf_writer_free(w);
    CHECK(cc_gguf_open_memory(buf, len, "gpt2.gguf", &g, &err) == CC_OK);
    CHECKF(cc_llama_hparams_read(g, &r, &err) == CC_ERR_UNSUPPORTED && strstr(err.msg, "'gpt2'"), "%s", err.msg);
    cc_gguf_close(g);
    free(buf);

    w = tiny_model(&hp, NULL);
    CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
    cc_gguf_writer_free(w);
    CHECK(cc_gguf_open_memory(buf, len, "plain.gguf", &g, &err) == CC_OK);
    CHECK(cc_gguf_get(g, "llama.attention.key_length") == NULL);
    CHECK(cc_llama_hparams_read(g, &r, &err) == CC_OK && r.head_dim == 64 && r.rope_scaling == CC_ROPE_SCALING_NONE);
    cc_gguf_close(g);
    free(buf);

    /* bad values are named: kv heads that do not divide heads, missing keys, eps out of range */
    struct {
        const char *key;
        int kind; /* 0 u32, 1 f32, 2 the string "oops" */
        double value;
        const char *needle;
    } bad[] = {
        {"llama.attention.head_count_kv", 0, 3, "not a multiple of head_count_kv 3"},
        {"llama.block_count", 0, 0, "'llama.block_count' value 0"},
        {"llama.attention.layer_norm_rms_epsilon", 1, -1, "'llama.attention.layer_norm_rms_epsilon' value -1"},
        {"llama.embedding_length", 2, 0, "'llama.embedding_length' value at byte"},
        {"llama.rope.dimension_count", 0, 32, "dimension_count 32 differs"},
        {"llama.rope.scaling.type", 2, 0, "llama.rope.scaling.type 'oops' is not supported"},
        {"llama.rope.scaling.factor", 1, 4, "llama.rope.scaling.factor 4 (linear RoPE scaling) is not supported"},
        {"llama.expert_count", 0, 8, "llama.expert_count 8: mixture-of-experts"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        w = tiny_model(&hp, NULL);
        if (bad[i].kind == 0) cc_gguf_set_u32(w, bad[i].key, (uint32_t)bad[i].value, &err);
        else if (bad[i].kind == 1) cc_gguf_set_f32(w, bad[i].key, (float)bad[i].value, &err);
        else cc_gguf_set_str(w, bad[i].key, "oops", &err);
        CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
        cc_gguf_writer_free(w);
        CHECK(cc_gguf_open_memory(buf, len, "bad.gguf", &g, &err) == CC_OK);
        CHECKF(cc_llama_hparams_read(g, &r, &err) != CC_OK && strstr(err.msg, bad[i].needle), "%s: %s", bad[i].key, err.msg);
        cc_gguf_close(g);
        free(buf);
    }
}

static bool arr_str_is(const cc_gguf_value *v, uint64_t i, const char *s) {
    return v && i < v->arr_n && v->arr_strs[i].len == strlen(s) && memcmp(v->arr_strs[i].ptr, s, strlen(s)) == 0;
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* A small tokenizer.json: SmolLM's pre-tokenizer, merges as pairs, a hole at id 6,
 * a special and a non-special added token. */
static void test_small_tokenizer(void) {
    char tj[128], tc[128], out[128];
    snprintf(tj, sizeof tj, "%s/tokenizer.json", tmpdir);
    snprintf(tc, sizeof tc, "%s/tokenizer_config.json", tmpdir);
    snprintf(out, sizeof out, "%s/tok.gguf", tmpdir);
    write_file(tj, "{\"added_tokens\": [{\"id\": 0, \"content\": \"<|endoftext|>\", \"special\": true},"
                   " {\"id\": 7, \"content\": \"<|im_start|>\", \"special\": true},"
                   " {\"id\": 8, \"content\": \"<|im_end|>\", \"special\": true},"
                   " {\"id\": 9, \"content\": \"MYWORD\", \"special\": false}],"
                   " \"pre_tokenizer\": {\"type\": \"Sequence\", \"pretokenizers\": [{\"type\": \"Digits\", \"individual_digits\": true},"
                   " {\"type\": \"ByteLevel\", \"add_prefix_space\": false, \"trim_offsets\": true, \"use_regex\": true}]},"
                   " \"model\": {\"type\": \"BPE\", \"vocab\": {\"<|endoftext|>\": 0, \"a\": 1, \"b\": 2, \"ab\": 3, \"\\u0120\": 4, \"\\u0120ab\": 5},"
                   " \"merges\": [[\"a\", \"b\"], [\"\\u0120\", \"ab\"]]}}");
    write_file(tc, "{\"bos_token\": \"<|im_start|>\", \"eos_token\": {\"content\": \"<|im_end|>\"}, \"pad_token\": \"<|endoftext|>\","
                   " \"add_bos_token\": false, \"chat_template\": \"{% for m in messages %}<|im_start|>{{ m.content }}{% endfor %}\"}");
    cc_error err = {0};
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    cc_hf_tokenizer_opts o = {tj, tc, NULL, NULL, NULL};
    int32_t nv = 0;
    CHECKF(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_OK, "%s", err.msg);
    CHECK(nv == 10);
    CHECK(cc_gguf_writer_write(w, out, &err) == CC_OK);
    cc_gguf_writer_free(w);
    cc_gguf *g = NULL;
    CHECKF(cc_gguf_open(out, &g, &err) == CC_OK, "%s", err.msg);
    if (!g) return;
    const cc_gguf_value *v = NULL;
    cc_gguf_str s;
    uint32_t id = 0;
    bool b = true;
    CHECK(cc_gguf_get_str(g, "tokenizer.ggml.model", &s, &err) == CC_OK && s.len == 4 && memcmp(s.ptr, "gpt2", 4) == 0);
    CHECK(cc_gguf_get_str(g, "tokenizer.ggml.pre", &s, &err) == CC_OK && s.len == 6 && memcmp(s.ptr, "smollm", 6) == 0);
    CHECK(cc_gguf_get_arr(g, "tokenizer.ggml.tokens", CC_GGUF_STRING, &v, &err) == CC_OK && v->arr_n == 10);
    CHECK(arr_str_is(v, 0, "<|endoftext|>") && arr_str_is(v, 4, "\xc4\xa0") && arr_str_is(v, 6, "[PAD6]") && arr_str_is(v, 9, "MYWORD"));
    CHECK(cc_gguf_get_arr(g, "tokenizer.ggml.token_type", CC_GGUF_INT32, &v, &err) == CC_OK && v->arr_n == 10);
    CHECK(cc_gguf_arr_int(v, 0) == 3 && cc_gguf_arr_int(v, 1) == 1 && cc_gguf_arr_int(v, 6) == 5 && cc_gguf_arr_int(v, 8) == 3 &&
          cc_gguf_arr_int(v, 9) == 4);
    CHECK(cc_gguf_get_arr(g, "tokenizer.ggml.merges", CC_GGUF_STRING, &v, &err) == CC_OK && v->arr_n == 2 &&
          arr_str_is(v, 0, "a b") && arr_str_is(v, 1, "\xc4\xa0 ab"));
    CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.bos_token_id", &id, &err) == CC_OK && id == 7);
    CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.eos_token_id", &id, &err) == CC_OK && id == 8);
    CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.padding_token_id", &id, &err) == CC_OK && id == 0);
    CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.eot_token_id", &id, &err) == CC_OK && id == 8);
    CHECK(cc_gguf_get_bool(g, "tokenizer.ggml.add_bos_token", &b, &err) == CC_OK && !b);
    CHECK(cc_gguf_get_str(g, "tokenizer.chat_template", &s, &err) == CC_OK && s.len > 10 && memcmp(s.ptr, "{% for", 6) == 0);

    /* copy every tokenizer.* key into another file */
    cc_gguf_writer_new(&w, &err);
    cc_gguf_set_str(w, "general.architecture", "llama", &err);
    CHECK(cc_llama_copy_tokenizer(w, g, &nv, &err) == CC_OK && nv == 10);
    uint8_t *buf = NULL;
    size_t len = 0;
    CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
    cc_gguf_writer_free(w);
    cc_gguf *g2 = NULL;
    CHECK(cc_gguf_open_memory(buf, len, "copy.gguf", &g2, &err) == CC_OK);
    if (g2) {
        CHECK(cc_gguf_n_kv(g2) == cc_gguf_n_kv(g) + 1);
        for (int64_t i = 0; i < cc_gguf_n_kv(g); i++) {
            const cc_gguf_value *a = cc_gguf_kv_value(g, i), *c = cc_gguf_get(g2, cc_gguf_kv_key(g, i));
            CHECKF(c && a->type == c->type && a->nbytes == c->nbytes && a->arr_n == c->arr_n && a->v.u == c->v.u &&
                       a->str.len == c->str.len && (!a->str.len || memcmp(a->str.ptr, c->str.ptr, a->str.len) == 0),
                   "key %s", cc_gguf_kv_key(g, i));
        }
        const cc_gguf_value *m = NULL;
        CHECK(cc_gguf_get_arr(g2, "tokenizer.ggml.merges", CC_GGUF_STRING, &m, &err) == CC_OK && arr_str_is(m, 1, "\xc4\xa0 ab"));
        cc_gguf_close(g2);
    }
    free(buf);
    cc_gguf_close(g);

    /* unknown pre-tokenizer: named, and overridable */
    write_file(tj, "{\"pre_tokenizer\": {\"type\": \"Whitespace\"}, \"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}}");
    cc_gguf_writer_new(&w, &err);
    o.tokenizer_config = NULL;
    CHECKF(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_ERR_UNSUPPORTED && strstr(err.msg, "pre-tokenizer"), "%s", err.msg);
    o.pre = "gpt2";
    CHECK(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_OK && nv == 1);
    o.pre = NULL;
    /* malformed JSON: position named */
    write_file(tj, "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0,}}}");
    CHECKF(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_ERR_FORMAT && strstr(err.msg, "line 1"), "%s", err.msg);
    write_file(tj, "{\"model\": {\"type\": \"Unigram\", \"vocab\": []}}");
    CHECK(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_ERR_UNSUPPORTED);
    write_file(tj, "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": -4}, \"merges\": []}}");
    CHECK(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_ERR_FORMAT);
    cc_gguf_writer_free(w);
    unlink(tj);
    unlink(tc);
    unlink(out);
}

/* The real Llama 3 tokenizer (shared fixture). */
static void test_llama3_tokenizer(void) {
    char *tj = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/tokenizer.json");
    char *tc = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/tokenizer_config.json");
    if (!cc_test_file_exists(tj) || !cc_test_file_exists(tc)) {
        printf("skipping the Llama 3 tokenizer: %s absent\n", tj);
        goto done;
    }
    cc_error err = {0};
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    cc_hf_tokenizer_opts o = {tj, tc, "{{ bos_token }}<|start_header_id|>", NULL, NULL};
    int32_t nv = 0;
    CHECKF(cc_llama_write_hf_tokenizer(w, &o, &nv, &err) == CC_OK, "%s", err.msg);
    CHECK(nv == 128256);
    uint8_t *buf = NULL;
    size_t len = 0;
    CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
    cc_gguf_writer_free(w);
    cc_gguf *g = NULL;
    CHECK(cc_gguf_open_memory(buf, len, "llama3-tok.gguf", &g, &err) == CC_OK);
    if (g) {
        const cc_gguf_value *v = NULL;
        cc_gguf_str s;
        uint32_t id = 0;
        bool b = false;
        CHECK(cc_gguf_get_str(g, "tokenizer.ggml.pre", &s, &err) == CC_OK && s.len == 9 && memcmp(s.ptr, "llama-bpe", 9) == 0);
        CHECK(cc_gguf_get_arr(g, "tokenizer.ggml.tokens", CC_GGUF_STRING, &v, &err) == CC_OK && v->arr_n == 128256);
        CHECK(arr_str_is(v, 128000, "<|begin_of_text|>") && arr_str_is(v, 128008, "<|eom_id|>") && arr_str_is(v, 128009, "<|eot_id|>"));
        CHECK(arr_str_is(v, 1, "\"") && arr_str_is(v, 4, "%"));
        CHECK(cc_gguf_get_arr(g, "tokenizer.ggml.token_type", CC_GGUF_INT32, &v, &err) == CC_OK);
        CHECK(cc_gguf_arr_int(v, 0) == 1 && cc_gguf_arr_int(v, 128000) == 3 && cc_gguf_arr_int(v, 128255) == 3);
        CHECK(cc_gguf_get_arr(g, "tokenizer.ggml.merges", CC_GGUF_STRING, &v, &err) == CC_OK && v->arr_n == 280147 &&
              arr_str_is(v, 0, "\xc4\xa0 \xc4\xa0"));
        CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.bos_token_id", &id, &err) == CC_OK && id == 128000);
        CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.eos_token_id", &id, &err) == CC_OK && id == 128001);
        CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.padding_token_id", &id, &err) == CC_OK && id == 128004);
        CHECK(cc_gguf_get_u32(g, "tokenizer.ggml.eot_token_id", &id, &err) == CC_OK && id == 128009);
        CHECK(cc_gguf_get_bool(g, "tokenizer.ggml.add_bos_token", &b, &err) == CC_OK && b);
        CHECK(cc_gguf_get_str(g, "tokenizer.chat_template", &s, &err) == CC_OK && s.len == strlen(o.chat_template));
        cc_gguf_close(g);
    }
    free(buf);
done:
    free(tj);
    free(tc);
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/cc_test_gguf_llama.XXXXXX");
    if (!mkdtemp(tmpdir)) return cc_test_skip("mkdtemp failed");
    char name[64];
    CHECK(strcmp(cc_llama_tensor_name(name, sizeof name, 12, CC_LT_ATTN_OUT), "blk.12.attn_output.weight") == 0);
    CHECK(strcmp(cc_llama_tensor_name(name, sizeof name, 0, CC_LT_FFN_DOWN), "blk.0.ffn_down.weight") == 0);
    test_rope_freqs();
    test_hparams();
    test_small_tokenizer();
    test_llama3_tokenizer();
    rmdir(tmpdir);
    return cc_test_finish("test_gguf_llama");
}
