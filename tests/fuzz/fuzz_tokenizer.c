/* fuzz_tokenizer.c - libFuzzer target for the encoder and decoders.
 *
 * Random bytes through the Llama 3 tokenizer (from $CLINCLEAN_SHARED_DIR or
 * ../shared when present) and through small built vocabularies with the
 * GPT-2 and SmolLM pre-tokenizers: encoding never fails or crashes, every id is
 * in the vocabulary and no special token comes out of text, decode(encode(x))
 * == x for any bytes, and the incremental decoder's output is valid UTF-8 and
 * equals x whenever x is valid UTF-8.  A violation aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"
#include "tokenizer_json.h"

#define N_TOK 3
static cc_tokenizer *toks[N_TOK];
static int ready;

static cc_tokenizer *small_vocab(const char *pre) {
    static char store[256][4];
    const char *tokens[256 + 8];
    for (int b = 0; b < 256; b++) {
        uint32_t cp = cc_byte_level_cp((unsigned char)b);
        if (cp < 0x80) {
            store[b][0] = (char)cp;
            store[b][1] = 0;
        } else {
            store[b][0] = (char)(0xC0 | (cp >> 6));
            store[b][1] = (char)(0x80 | (cp & 0x3F));
            store[b][2] = 0;
        }
        tokens[b] = store[b];
    }
    /* a few merges, including ones on the byte-level alphabet ("Ġ" = space) */
    const char *extra[] = {"ab", "abc", "\xc4\xa0\xc4\xa0", "\xc3\x82\xc2\xb0", "12", "\xc4\xa0" "a"};
    const char *merges[] = {"a b", "ab c", "\xc4\xa0 \xc4\xa0", "\xc3\x82 \xc2\xb0", "1 2", "\xc4\xa0 a"};
    for (int i = 0; i < 6; i++) tokens[256 + i] = extra[i];
    tokens[262] = "<|eot_id|>";
    int32_t types[263];
    for (int i = 0; i < 263; i++) types[i] = i == 262 ? CC_TOKTYPE_CONTROL : CC_TOKTYPE_NORMAL;
    cc_tok_spec spec = cc_tok_spec_init();
    spec.source = "fuzz vocab";
    spec.n_tokens = 263;
    spec.tokens = tokens;
    spec.token_types = types;
    spec.n_merges = 6;
    spec.merges = merges;
    spec.pre = pre;
    cc_tokenizer *t = NULL;
    cc_error err = {0};
    if (cc_tokenizer_build(&spec, &t, &err) != CC_OK) {
        fprintf(stderr, "fuzz_tokenizer: %s\n", err.msg);
        abort();
    }
    return t;
}

static void setup(void) {
    const char *shared = getenv("CLINCLEAN_SHARED_DIR");
    char path[4096];
    cc_error err = {0};
    snprintf(path, sizeof path, "%s/fixtures/llama3/tokenizer.json", shared && *shared ? shared : "../shared");
    FILE *f = fopen(path, "rb");
    if (f) {
        fclose(f);
        if (cc_tokenizer_load_json(path, NULL, &toks[0], &err) != CC_OK) {
            fprintf(stderr, "fuzz_tokenizer: %s\n", err.msg);
            abort();
        }
    }
    toks[1] = small_vocab("gpt2");
    toks[2] = small_vocab("smollm");
    ready = 1;
}

static void check(cc_tokenizer *tok, const uint8_t *data, size_t size) {
    cc_tokens ids = {0};
    cc_bytes raw = {0}, text = {0};
    cc_error err = {0};
    if (cc_tokenizer_encode(tok, (const char *)data, size, false, &ids, &err) != CC_OK) {
        fprintf(stderr, "encode failed: %s\n", err.msg);
        abort();
    }
    for (size_t i = 0; i < ids.n; i++)
        if (cc_tokenizer_type(tok, ids.ids[i]) != CC_TOKTYPE_NORMAL) abort(); /* text became a special token */
    if (cc_tokenizer_decode(tok, ids.ids, ids.n, &raw, &err) != CC_OK) abort();
    if (raw.len != size || (size && memcmp(raw.data, data, size) != 0)) abort();
    cc_tok_stream s;
    cc_tok_stream_init(&s);
    for (size_t i = 0; i < ids.n; i++) {
        if (cc_tok_stream_push(&s, tok, ids.ids[i], &text, &err) != CC_OK) abort();
        if (!cc_tok_utf8_valid(text.data ? text.data : "", text.len)) abort();
    }
    if (cc_tok_stream_finish(&s, &text, &err) != CC_OK) abort();
    if (!cc_tok_utf8_valid(text.data ? text.data : "", text.len)) abort();
    if (cc_tok_utf8_valid((const char *)data, size) && (text.len != size || (size && memcmp(text.data, data, size) != 0)))
        abort();
    cc_tokens_free(&ids);
    cc_bytes_free(&raw);
    cc_bytes_free(&text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!ready) setup();
    if (size > (1u << 16)) return 0;
    for (int i = 0; i < N_TOK; i++)
        if (toks[i]) check(toks[i], data, size);
    return 0;
}
