/* test_tokenizer_gguf.c - the GGUF metadata path gives the same tokenizer as
 * tokenizer.json: Meta's Llama 3 vocabulary, merges and token names are written
 * into a GGUF in memory (tokenizer.ggml.pre = "llama-bpe", so ignore_merges
 * comes from the pre-tokenizer name) with Meta's Llama 3.2 chat template, then
 * read back: the clinical fixture and a few edge strings give the same ids, the
 * template family is found from the template text, and the end tokens come from
 * the metadata; the same holds for the metadata the project's own tokenizer.json
 * -> GGUF writer (io/gguf_llama.c) produces.  Malformed tokenizer metadata is
 * refused with a message. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chat_template.h"
#include "gguf.h"
#include "gguf_llama.h"
#include "testutil.h"
#include "tokenizer.h"
#include "tokenizer_gguf.h"
#include "tokenizer_json.h"

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    if (b) b[n] = 0;
    fclose(f);
    return b;
}

/* Compare the ids of both tokenizers on the fixture strings and some extras. */
static void same_ids(cc_tokenizer *a, cc_tokenizer *b, const char *fixture) {
    json_error_t je;
    json_t *root = json_load_file(fixture, 0, &je), *c;
    size_t i;
    int n = 0;
    static const char *extra[] = {"ied 4 \xc2\xbd months", "   Hello\n\n\n", "3333333 'll 'LL", "\xf0\x9f\x98\x8a\xff"};
    CHECK(root != NULL);
    json_array_foreach(json_object_get(root, "cases"), i, c) {
        json_t *t = json_object_get(c, "text");
        cc_tokens x = {0}, y = {0};
        cc_error err = {0};
        CHECK(cc_tokenizer_encode(a, json_string_value(t), json_string_length(t), false, &x, &err) == CC_OK);
        CHECK(cc_tokenizer_encode(b, json_string_value(t), json_string_length(t), false, &y, &err) == CC_OK);
        CHECKF(x.n == y.n && (x.n == 0 || memcmp(x.ids, y.ids, x.n * sizeof *x.ids) == 0), "case %zu differs", i);
        cc_tokens_free(&x);
        cc_tokens_free(&y);
        n++;
    }
    for (i = 0; i < sizeof extra / sizeof extra[0]; i++) {
        cc_tokens x = {0}, y = {0};
        cc_error err = {0};
        CHECK(cc_tokenizer_encode(a, extra[i], strlen(extra[i]), true, &x, &err) == CC_OK);
        CHECK(cc_tokenizer_encode(b, extra[i], strlen(extra[i]), true, &y, &err) == CC_OK);
        CHECKF(x.n == y.n && (x.n == 0 || memcmp(x.ids, y.ids, x.n * sizeof *x.ids) == 0), "extra %zu differs", i);
        cc_tokens_free(&x);
        cc_tokens_free(&y);
    }
    CHECK(n >= 40);
    json_decref(root);
}

int main(void) {
    const char *shared = cc_test_shared_dir();
    char *tj = cc_test_path(shared, "fixtures/llama3/tokenizer.json");
    char *tc = cc_test_path(shared, "fixtures/llama3/tokenizer_config.json");
    char *jinja = cc_test_path(shared, "fixtures/llama3/chat_template.jinja");
    char *fixture = cc_test_path(cc_test_source_dir(), "tests/fixtures/tokenizer/llama3_clinical.json");
    json_t *root = NULL, *cfg = NULL;
    const char **tokens = NULL, **merges = NULL;
    int32_t *types = NULL;
    char *tmpl = NULL;
    uint8_t *buf = NULL;
    size_t len = 0;
    cc_gguf_writer *w = NULL;
    cc_gguf *g = NULL;
    cc_tokenizer *from_json = NULL, *from_gguf = NULL;
    cc_error err = {0};
    int rc;
    if (!cc_test_file_exists(tj) || !cc_test_file_exists(tc) || !cc_test_file_exists(jinja)) {
        rc = cc_test_skip("%s (and tokenizer_config.json, chat_template.jinja) absent: Llama 3 files come from "
                          "../shared/fixtures", tj);
        goto done;
    }
    json_error_t je;
    root = json_load_file(tj, 0, &je);
    cfg = json_load_file(tc, 0, &je);
    tmpl = slurp(jinja);
    CHECK(root && cfg && tmpl);
    if (!root || !cfg || !tmpl) goto finish;
    size_t n = 128256;
    tokens = calloc(n, sizeof *tokens);
    types = calloc(n, sizeof *types);
    const char *key;
    json_t *v;
    json_object_foreach(json_object_get(json_object_get(root, "model"), "vocab"), key, v) {
        tokens[json_integer_value(v)] = key;
        types[json_integer_value(v)] = CC_TOKTYPE_NORMAL;
    }
    json_object_foreach(json_object_get(cfg, "added_tokens_decoder"), key, v) {
        size_t id = (size_t)strtoul(key, NULL, 10);
        if (id >= n) continue;
        tokens[id] = json_string_value(json_object_get(v, "content"));
        types[id] = CC_TOKTYPE_CONTROL;
    }
    bool complete = true;
    for (size_t i = 0; i < n; i++) complete = complete && tokens[i] != NULL;
    CHECK(complete);
    if (!complete) goto finish;
    json_t *ml = json_object_get(json_object_get(root, "model"), "merges");
    size_t nm = json_array_size(ml), i;
    merges = calloc(nm, sizeof *merges);
    json_array_foreach(ml, i, v) merges[i] = json_string_value(v);

    CHECK(cc_gguf_writer_new(&w, &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "general.architecture", "llama", &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "tokenizer.ggml.model", "gpt2", &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "tokenizer.ggml.pre", "llama-bpe", &err) == CC_OK);
    CHECK(cc_gguf_set_arr_str(w, "tokenizer.ggml.tokens", tokens, n, &err) == CC_OK);
    CHECK(cc_gguf_set_arr(w, "tokenizer.ggml.token_type", CC_GGUF_INT32, types, n, &err) == CC_OK);
    CHECK(cc_gguf_set_arr_str(w, "tokenizer.ggml.merges", merges, nm, &err) == CC_OK);
    CHECK(cc_gguf_set_u32(w, "tokenizer.ggml.bos_token_id", 128000, &err) == CC_OK);
    CHECK(cc_gguf_set_u32(w, "tokenizer.ggml.eos_token_id", 128009, &err) == CC_OK);
    CHECK(cc_gguf_set_bool(w, "tokenizer.ggml.add_bos_token", true, &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "tokenizer.chat_template", tmpl, &err) == CC_OK);
    CHECKF(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK, "%s", err.msg);
    CHECKF(cc_gguf_open_memory(buf, len, "llama3-tokenizer.gguf", &g, &err) == CC_OK, "%s", err.msg);
    if (!g) goto finish;
    CHECKF(cc_tokenizer_from_gguf(g, &from_gguf, &err) == CC_OK, "%s", err.msg);
    CHECKF(cc_tokenizer_load_json(tj, NULL, &from_json, &err) == CC_OK, "%s", err.msg);
    if (!from_gguf || !from_json) goto finish;
    CHECK(cc_tokenizer_add_bos(from_gguf) && cc_tokenizer_bos(from_gguf) == 128000);
    CHECK(strcmp(cc_tokenizer_arch(from_gguf), "llama") == 0);
    same_ids(from_json, from_gguf, fixture);

    cc_chat_family fam;
    CHECKF(cc_chat_detect(from_gguf, CC_CHAT_AUTO, &fam, &err) == CC_OK && fam == CC_CHAT_LLAMA3, "%s", err.msg);
    cc_tokens ends = {0};
    CHECK(cc_chat_end_tokens(from_gguf, fam, &ends, &err) == CC_OK);
    CHECKF(ends.n == 3 && ends.ids[0] == 128001 && ends.ids[1] == 128008 && ends.ids[2] == 128009, "n=%zu", ends.n);
    cc_tokens_free(&ends);
    cc_gguf_close(g);
    g = NULL;

    /* the project's own tokenizer.json -> GGUF writer (io/gguf_llama.c, used by synth-model)
     * produces metadata this reader turns into the same tokenizer */
    {
        cc_gguf_writer *w2 = NULL;
        cc_gguf *g2 = NULL;
        cc_tokenizer *t2 = NULL;
        uint8_t *b2 = NULL;
        size_t l2 = 0;
        int32_t nv = 0;
        cc_hf_tokenizer_opts o = {tj, tc, tmpl, NULL, "<|eot_id|>"};
        CHECK(cc_gguf_writer_new(&w2, &err) == CC_OK);
        CHECKF(w2 && cc_llama_write_hf_tokenizer(w2, &o, &nv, &err) == CC_OK, "%s", err.msg);
        CHECK(nv == 128256);
        CHECKF(w2 && cc_gguf_writer_to_memory(w2, &b2, &l2, &err) == CC_OK, "%s", err.msg);
        CHECKF(b2 && cc_gguf_open_memory(b2, l2, "hf-written.gguf", &g2, &err) == CC_OK, "%s", err.msg);
        CHECKF(g2 && cc_tokenizer_from_gguf(g2, &t2, &err) == CC_OK, "%s", err.msg);
        if (t2) {
            CHECK(strcmp(cc_tokenizer_pre_name(t2), "llama-bpe") == 0);
            same_ids(from_json, t2, fixture);
            CHECK(cc_chat_detect(t2, CC_CHAT_AUTO, &fam, &err) == CC_OK && fam == CC_CHAT_LLAMA3);
            CHECK(cc_chat_end_tokens(t2, fam, &ends, &err) == CC_OK && ends.n == 3 && ends.ids[0] == 128001 &&
                  ends.ids[2] == 128009);
            cc_tokens_free(&ends);
        }
        cc_tokenizer_free(t2);
        cc_gguf_close(g2);
        free(b2);
        cc_gguf_writer_free(w2);
    }

    /* malformed metadata: each is refused with a message naming the key */
    static const struct {
        const char *key;
        const char *msg;
    } bad[] = {
        {"tokenizer.ggml.model", "only byte-level BPE"},
        {"tokenizer.ggml.pre", "is not supported"},
        {"tokenizer.ggml.eos_token_id", "outside the vocabulary"},
        {"tokenizer.ggml.token_type", "token_type"},
        {"tokenizer.ggml.merges", "merge 0"},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        free(buf);
        buf = NULL;
        if (k == 0) CHECK(cc_gguf_set_str(w, "tokenizer.ggml.model", "llama", &err) == CC_OK);
        if (k == 1) {
            CHECK(cc_gguf_set_str(w, "tokenizer.ggml.model", "gpt2", &err) == CC_OK);
            CHECK(cc_gguf_set_str(w, "tokenizer.ggml.pre", "qwen2", &err) == CC_OK);
        }
        if (k == 2) {
            CHECK(cc_gguf_set_str(w, "tokenizer.ggml.pre", "llama-bpe", &err) == CC_OK);
            CHECK(cc_gguf_set_u32(w, "tokenizer.ggml.eos_token_id", 200000, &err) == CC_OK);
        }
        if (k == 3) {
            CHECK(cc_gguf_set_u32(w, "tokenizer.ggml.eos_token_id", 128009, &err) == CC_OK);
            CHECK(cc_gguf_set_arr(w, "tokenizer.ggml.token_type", CC_GGUF_INT32, types, 5, &err) == CC_OK);
        }
        if (k == 4) {
            CHECK(cc_gguf_set_arr(w, "tokenizer.ggml.token_type", CC_GGUF_INT32, types, n, &err) == CC_OK);
            static const char *m1[] = {"\xc4\xa0\xc4\xa0\xc4\xa0\xc4\xa0\xc4\xa0\xc4\xa0\xc4\xa0 zzzz-not-a-token"};
            CHECK(cc_gguf_set_arr_str(w, "tokenizer.ggml.merges", m1, 1, &err) == CC_OK);
        }
        CHECK(cc_gguf_writer_to_memory(w, &buf, &len, &err) == CC_OK);
        CHECK(cc_gguf_open_memory(buf, len, "bad.gguf", &g, &err) == CC_OK);
        cc_tokenizer *t = NULL;
        cc_status st = g ? cc_tokenizer_from_gguf(g, &t, &err) : CC_ERR_FORMAT;
        CHECKF(st != CC_OK && strstr(err.msg, bad[k].msg) != NULL, "case %zu: %s", k, err.msg);
        cc_tokenizer_free(t);
        cc_gguf_close(g);
        g = NULL;
    }
finish:
    rc = cc_test_finish("test_tokenizer_gguf");
done:
    cc_gguf_close(g);
    cc_gguf_writer_free(w);
    cc_tokenizer_free(from_json);
    cc_tokenizer_free(from_gguf);
    free(buf);
    free(tokens);
    free(types);
    free(merges);
    free(tmpl);
    json_decref(root);
    json_decref(cfg);
    free(tj);
    free(tc);
    free(jinja);
    free(fixture);
    return rc;
}
