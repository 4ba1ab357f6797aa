/* fuzz_tokenizer_gguf.c - libFuzzer target for reading a tokenizer from GGUF
 * metadata: any bytes either fail (in the GGUF reader or the tokenizer loader)
 * with a message, or give a tokenizer whose encodings hold only ids in the
 * vocabulary, never a special token from text (the unknown token excepted),
 * and whose chat family detection answers without crashing.  A violation aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "chat_template.h"
#include "gguf.h"
#include "tokenizer.h"
#include "tokenizer_gguf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const char *texts[] = {"", "abc the 12345 <|eot_id|>", "\xff\x04  \n\n x", "\xe6\x82\xa3 \xf0\x9f\x98\x8a"};
    cc_gguf *g = NULL;
    cc_tokenizer *tok = NULL;
    cc_error err = {0};
    if (cc_gguf_open_memory(data, size, "fuzz.gguf", &g, &err) != CC_OK) return 0;
    if (cc_tokenizer_from_gguf(g, &tok, &err) != CC_OK) {
        if (!err.msg[0]) abort();
        cc_gguf_close(g);
        return 0;
    }
    cc_gguf_close(g); /* the tokenizer keeps copies of everything it needs */
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        cc_tokens ids = {0};
        cc_bytes out = {0};
        if (cc_tokenizer_encode(tok, texts[i], strlen(texts[i]), cc_tokenizer_add_bos(tok), &ids, &err) != CC_OK)
            abort();
        for (size_t k = cc_tokenizer_add_bos(tok) ? 1 : 0; k < ids.n; k++) {
            if (ids.ids[k] < 0 || ids.ids[k] >= cc_tokenizer_n_vocab(tok)) abort();
            if (cc_tokenizer_type(tok, ids.ids[k]) != CC_TOKTYPE_NORMAL && ids.ids[k] != cc_tokenizer_unk(tok)) abort();
        }
        if (cc_tokenizer_decode(tok, ids.ids, ids.n, &out, &err) != CC_OK) abort();
        cc_bytes_free(&out);
        cc_tokens_free(&ids);
    }
    cc_chat_family fam;
    if (cc_chat_detect(tok, CC_CHAT_AUTO, &fam, &err) == CC_OK) {
        cc_chat_msg m[2] = {{"system", "s", 1}, {"user", "u <|im_end|>", 12}};
        cc_tokens ids = {0}, ends = {0};
        if (cc_chat_render(tok, fam, CC_DEFAULT_DATE, m, 2, true, NULL, &ids, &err) != CC_OK) abort();
        if (cc_chat_end_tokens(tok, fam, &ends, &err) != CC_OK && !err.msg[0]) abort();
        cc_tokens_free(&ids);
        cc_tokens_free(&ends);
    }
    cc_tokenizer_free(tok);
    return 0;
}
