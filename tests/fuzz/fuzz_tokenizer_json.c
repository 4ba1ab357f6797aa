/* fuzz_tokenizer_json.c - libFuzzer target for the tokenizer.json loader.
 *
 * The input is a tokenizer.json, optionally followed by a NUL byte and a
 * tokenizer_config.json.  Loading either fails with a message or gives a
 * tokenizer whose encodings of a few texts hold only ids in the vocabulary
 * and never a special token.  A violation aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"
#include "tokenizer_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *texts[] = {"", "abc the 12345 <|eot_id|>", "\xff\xfe  \n\n x", "\xe6\x82\xa3 \xf0\x9f\x98\x8a"};
    if (size > (1u << 20)) return 0;
    const char *json = (const char *)data, *cfg = NULL;
    size_t len = size, cfg_len = 0;
    const uint8_t *nul = memchr(data, 0, size);
    if (nul) {
        len = (size_t)(nul - data);
        cfg = (const char *)nul + 1;
        cfg_len = size - len - 1;
    }
    cc_tokenizer *tok = NULL;
    cc_error err = {0};
    if (cc_tokenizer_load_json_buffer(json, len, cfg, cfg_len, "fuzz.json", &tok, &err) != CC_OK) {
        if (!err.msg[0]) abort(); /* a failure always says why */
        return 0;
    }
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        cc_tokens ids = {0};
        if (cc_tokenizer_encode(tok, texts[i], strlen(texts[i]), false, &ids, &err) != CC_OK) abort();
        for (size_t k = 0; k < ids.n; k++) {
            if (ids.ids[k] < 0 || ids.ids[k] >= cc_tokenizer_n_vocab(tok)) abort();
            /* text gives ordinary tokens; only the unknown token may stand for a byte the vocabulary lacks */
            if (cc_tokenizer_type(tok, ids.ids[k]) != CC_TOKTYPE_NORMAL && ids.ids[k] != cc_tokenizer_unk(tok)) abort();
        }
        cc_tokens_free(&ids);
    }
    cc_tokenizer_free(tok);
    return 0;
}
