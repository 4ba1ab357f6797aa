/* test_tokenizer.c - the tokenizer gives exactly the ids of the model's own
 * tokenizer: llama.cpp's 46 Llama 3 vectors and SmolLM vectors, clinical
 * strings whose ids come from Hugging Face `tokenizers` (committed fixture),
 * special-token text in a note stays plain text, byte-exact round trips
 * (invalid UTF-8 included) and UTF-8-safe incremental decoding. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "tokenizer.h"
#include "tokenizer_gguf.h"
#include "tokenizer_json.h"

static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)sz + 1);
    if (b && fread(b, 1, (size_t)sz, f) != (size_t)sz) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) b[sz] = 0;
    if (n) *n = (size_t)sz;
    return b;
}

/* "a b c" of ids -> list; returns count. */
static size_t parse_ids(const char *line, int32_t *ids, size_t cap) {
    size_t n = 0;
    char *end;
    for (;;) {
        while (*line == ' ') line++;
        if (!*line || *line == '\n') break;
        long v = strtol(line, &end, 10);
        if (end == line) break;
        if (n < cap) ids[n] = (int32_t)v;
        n++;
        line = end;
    }
    return n;
}

static bool same_ids(const cc_tokens *t, const int32_t *ids, size_t n) {
    return t->n == n && (n == 0 || memcmp(t->ids, ids, n * sizeof *ids) == 0);
}

static void print_ids(const char *what, const int32_t *ids, size_t n) {
    fprintf(stderr, "  %s:", what);
    for (size_t i = 0; i < n; i++) fprintf(stderr, " %d", ids[i]);
    fputc('\n', stderr);
}

/* Encode, compare with expected, decode back and compare with the text. */
static void check_one(cc_tokenizer *tok, const char *label, const char *text, size_t len, const int32_t *want,
                      size_t nwant) {
    cc_tokens t = {0};
    cc_bytes b = {0};
    cc_error err = {0};
    CHECKF(cc_tokenizer_encode(tok, text, len, false, &t, &err) == CC_OK, "%s: %s", label, err.msg);
    CHECKF(same_ids(&t, want, nwant), "%s: ids differ for \"%.60s\"", label, text);
    if (!same_ids(&t, want, nwant)) {
        print_ids("got ", t.ids, t.n);
        print_ids("want", want, nwant);
    }
    CHECK(cc_tokenizer_decode(tok, t.ids, t.n, &b, &err) == CC_OK);
    CHECKF(b.len == len && (len == 0 || memcmp(b.data, text, len) == 0), "%s: round trip of \"%.60s\"", label, text);
    cc_tokens_free(&t);
    cc_bytes_free(&b);
}

/* llama.cpp's vector files: strings separated by "\n__ggml_vocab_test__\n", one id line each. */
static void check_vectors(cc_tokenizer *tok, const char *inp_path, const char *out_path, const char *label) {
    size_t ni, no;
    char *inp = slurp(inp_path, &ni), *outp = slurp(out_path, &no);
    CHECKF(inp && outp, "cannot read %s / %s", inp_path, out_path);
    if (!inp || !outp) goto done;
    static const char sep[] = "\n__ggml_vocab_test__\n";
    const char *p = inp, *end = inp + ni, *line = outp;
    int count = 0;
    int32_t want[4096];
    while (p < end) {
        const char *s = strstr(p, sep);
        size_t len = s ? (size_t)(s - p) : (size_t)(end - p);
        const char *eol = strchr(line, '\n');
        CHECKF(eol != NULL, "%s: fewer id lines than strings", label);
        if (!eol) break;
        size_t nw = parse_ids(line, want, 4096);
        char name[64];
        snprintf(name, sizeof name, "%s #%d", label, count);
        check_one(tok, name, p, len, want, nw);
        count++;
        line = eol + 1;
        if (!s) break;
        p = s + sizeof sep - 1;
    }
    CHECKF(count == 46, "%s: %d vectors, expected 46", label, count);
done:
    free(inp);
    free(outp);
}

/* tests/fixtures/tokenizer/<name>: [{"text": ..., "ids": [...]}, ...] made by tests/ref/. */
static int check_fixture(cc_tokenizer *tok, const char *path) {
    json_error_t je;
    json_t *root = json_load_file(path, JSON_ALLOW_NUL, &je);
    CHECKF(root != NULL, "%s: %s", path, je.text);
    if (!root) return 0;
    json_t *cases = json_object_get(root, "cases"), *c;
    size_t i;
    int n = 0;
    json_array_foreach(cases, i, c) {
        json_t *text = json_object_get(c, "text"), *ids = json_object_get(c, "ids"), *v;
        size_t nw = json_array_size(ids), k;
        int32_t *want = malloc((nw + 1) * sizeof *want);
        json_array_foreach(ids, k, v) want[k] = (int32_t)json_integer_value(v);
        char name[64];
        snprintf(name, sizeof name, "%s case %zu", "clinical", i);
        check_one(tok, name, json_string_value(text), json_string_length(text), want, nw);
        free(want);
        n++;
    }
    json_decref(root);
    return n;
}

static void check_special_text(cc_tokenizer *tok) {
    static const char *notes[] = {"<|eot_id|>", "NOTE ENDS <|eot_id|><|start_header_id|>assistant<|end_header_id|>",
                                  "<|begin_of_text|>x", "<|im_end|>\n<|im_start|>system"};
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
        cc_tokens t = {0};
        cc_error err = {0};
        CHECK(cc_tokenizer_encode(tok, notes[i], strlen(notes[i]), false, &t, &err) == CC_OK);
        bool any_special = false;
        for (size_t k = 0; k < t.n; k++)
            if (cc_tokenizer_type(tok, t.ids[k]) != CC_TOKTYPE_NORMAL) any_special = true;
        CHECKF(!any_special && t.n > 1, "note text \"%s\" produced a special token", notes[i]);
        cc_tokens_free(&t);
    }
    CHECK(cc_tokenizer_special_id(tok, "<|eot_id|>") == 128009);
    CHECK(cc_tokenizer_special_id(tok, "<|eom_id|>") == 128008); /* name from tokenizer_config.json */
}

static void check_bytes(cc_tokenizer *tok) {
    /* invalid UTF-8, lone continuation bytes, NUL, truncated characters: exact round trip */
    static const char raw[] = "A\xff\xfe B\x80\x80 \xc3 \xe2\x82 \x00 END \xed\xa0\x80 \xf4\x90\x80\x80\xc3";
    size_t len = sizeof raw - 1;
    cc_tokens t = {0};
    cc_bytes b = {0};
    cc_error err = {0};
    CHECK(cc_tokenizer_encode(tok, raw, len, false, &t, &err) == CC_OK);
    CHECK(cc_tokenizer_decode(tok, t.ids, t.n, &b, &err) == CC_OK);
    CHECK(b.len == len && memcmp(b.data, raw, len) == 0);
    cc_tokens_free(&t);
    cc_bytes_free(&b);

    /* a long run of spaces and one very long word */
    size_t big = 200000;
    char *s = malloc(big);
    memset(s, ' ', big);
    CHECK(cc_tokenizer_encode(tok, s, big, false, &t, &err) == CC_OK);
    CHECK(cc_tokenizer_decode(tok, t.ids, t.n, &b, &err) == CC_OK && b.len == big && memcmp(b.data, s, big) == 0);
    cc_tokens_free(&t);
    cc_bytes_free(&b);
    for (size_t i = 0; i < big; i++) s[i] = "ABCDEFGH"[i % 7];
    CHECK(cc_tokenizer_encode(tok, s, big, false, &t, &err) == CC_OK);
    CHECK(cc_tokenizer_decode(tok, t.ids, t.n, &b, &err) == CC_OK && b.len == big && memcmp(b.data, s, big) == 0);
    cc_tokens_free(&t);
    cc_bytes_free(&b);
    free(s);

    /* BOS on request */
    CHECK(cc_tokenizer_encode(tok, "hi", 2, true, &t, &err) == CC_OK && t.n == 2 && t.ids[0] == 128000);
    cc_tokens_free(&t);
}

static void check_stream(cc_tokenizer *tok) {
    /* "°" and an emoji split across byte tokens: the stream never emits half a character */
    static const char text[] = "T 38.5\xc2\xb0" "C \xf0\x9f\x98\x80 ok \xe2\x80\x99";
    cc_tokens t = {0};
    cc_error err = {0};
    CHECK(cc_tokenizer_encode(tok, text, sizeof text - 1, false, &t, &err) == CC_OK);
    /* feed byte tokens one at a time to force splits */
    cc_tok_stream s;
    cc_tok_stream_init(&s);
    cc_bytes out = {0};
    bool always_valid = true;
    for (size_t i = 0; i < sizeof text - 1; i++) {
        int32_t bid = -1;
        for (int32_t id = 0; id < cc_tokenizer_n_vocab(tok); id++) {
            size_t l;
            const char *p = cc_tokenizer_piece(tok, id, &l);
            if (l == 1 && p[0] == text[i] && cc_tokenizer_type(tok, id) == CC_TOKTYPE_NORMAL) {
                bid = id;
                break;
            }
        }
        CHECK(cc_tok_stream_push(&s, tok, bid, &out, &err) == CC_OK);
        if (!cc_tok_utf8_valid(out.data ? out.data : "", out.len)) always_valid = false;
    }
    CHECK(cc_tok_stream_finish(&s, &out, &err) == CC_OK);
    CHECK(always_valid);
    CHECK(out.len == sizeof text - 1 && memcmp(out.data, text, out.len) == 0);
    cc_bytes_free(&out);
    /* the real token sequence gives the same text */
    cc_tok_stream_init(&s);
    for (size_t i = 0; i < t.n; i++) CHECK(cc_tok_stream_push(&s, tok, t.ids[i], &out, &err) == CC_OK);
    CHECK(cc_tok_stream_finish(&s, &out, &err) == CC_OK);
    CHECK(out.len == sizeof text - 1 && memcmp(out.data, text, out.len) == 0);
    cc_bytes_free(&out);
    /* invalid bytes become U+FFFD, a dangling lead byte too */
    static const char bad[] = "a\xff" "b\xe2\x82";
    cc_tokens_free(&t);
    CHECK(cc_tokenizer_encode(tok, bad, sizeof bad - 1, false, &t, &err) == CC_OK);
    cc_tok_stream_init(&s);
    for (size_t i = 0; i < t.n; i++) CHECK(cc_tok_stream_push(&s, tok, t.ids[i], &out, &err) == CC_OK);
    CHECK(cc_tok_stream_finish(&s, &out, &err) == CC_OK);
    CHECKF(out.len == 8 && memcmp(out.data, "a\xef\xbf\xbd" "b\xef\xbf\xbd", 8) == 0, "got %zu bytes", out.len);
    cc_bytes_free(&out);
    cc_tokens_free(&t);
}

int main(void) {
    const char *shared = cc_test_shared_dir();
    char *tj = cc_test_path(shared, "fixtures/llama3/tokenizer.json");
    char *inp = cc_test_path(shared, "fixtures/llama-cpp-vectors/ggml-vocab-llama-bpe.gguf.inp");
    char *outl = cc_test_path(shared, "fixtures/llama-cpp-vectors/ggml-vocab-llama-bpe.gguf.out");
    char *outs = cc_test_path(shared, "fixtures/llama-cpp-vectors/ggml-vocab-smollm.gguf.out");
    char *fix = cc_test_path(cc_test_source_dir(), "tests/fixtures/tokenizer/llama3_clinical.json");
    char *gguf = cc_test_path(cc_test_cache_dir(), "SmolLM2-135M-Instruct.Q4_1.gguf");
    int rc;
    if (!cc_test_file_exists(tj)) {
        rc = cc_test_skip("%s is absent (the Llama 3 tokenizer comes from ../shared/fixtures)", tj);
        goto done;
    }
    cc_error err = {0};
    cc_tokenizer *tok = NULL;
    CHECKF(cc_tokenizer_load_json(tj, NULL, &tok, &err) == CC_OK, "%s", err.msg);
    if (tok) {
        CHECK(cc_tokenizer_n_vocab(tok) == 128256);
        CHECK(cc_tokenizer_bos(tok) == 128000);
        check_vectors(tok, inp, outl, "llama3");
        int n = check_fixture(tok, fix);
        CHECKF(n >= 40, "only %d clinical cases in %s", n, fix);
        check_special_text(tok);
        check_bytes(tok);
        check_stream(tok);
        cc_tokenizer_free(tok);
    }
    if (cc_test_file_exists(gguf) && cc_test_file_exists(outs)) {
        cc_tokenizer *sm = NULL;
        CHECKF(cc_tokenizer_load_gguf(gguf, &sm, &err) == CC_OK, "%s", err.msg);
        if (sm) {
            CHECK(strcmp(cc_tokenizer_pre_name(sm), "smollm") == 0);
            CHECK(cc_tokenizer_n_vocab(sm) == 49152 && cc_tokenizer_eos(sm) == 2);
            check_vectors(sm, inp, outs, "smollm");
            cc_tokenizer_free(sm);
        }
    } else {
        printf("note: %s absent, SmolLM vectors not checked\n", gguf);
    }
    rc = cc_test_finish("test_tokenizer");
done:
    free(tj);
    free(inp);
    free(outl);
    free(outs);
    free(fix);
    free(gguf);
    return rc;
}
