/* fuzz_text_prep.c - libFuzzer target for everything a note passes through
 * before the model: BLOB inflate (zlib and gzip, small cap), UTF-8 repair,
 * mojibake repair, blank detection, chunk split + join, and the JSON string
 * escaper used by export.  Asserts the invariants: repaired text is valid
 * UTF-8, repair is idempotent on valid input, chunks fit and join restores
 * the text, escaped JSON parses back. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "jsonl.h"
#include "text_chunk.h"
#include "text_prep.h"

#define REQUIRE(c) \
    do {           \
        if (!(c)) abort(); \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cc_error err = {0};
    char *out = NULL;
    size_t n;
    for (int codec = CC_CODEC_ZLIB; codec <= CC_CODEC_GZIP; codec++)
        if (cc_text_decode_blob(data, size, (cc_text_codec)codec, 1 << 16, &out, &n, &err) == CC_OK) {
            REQUIRE(n <= (1 << 16));
            free(out);
        }
    char *rep = NULL, *moj = NULL, *moj2 = NULL;
    size_t rn, mn, mn2, bad, first;
    REQUIRE(cc_utf8_repair((const char *)data, size, &rep, &rn, &bad, &first, &err) == CC_OK);
    REQUIRE(cc_utf8_valid(rep, rn, NULL));
    REQUIRE((bad == 0) == cc_utf8_valid((const char *)data, size, NULL));
    REQUIRE(cc_mojibake_repair(rep, rn, &moj, &mn, NULL, &err) == CC_OK);
    REQUIRE(cc_utf8_valid(moj, mn, NULL));
    REQUIRE(cc_mojibake_repair(moj, mn, &moj2, &mn2, NULL, &err) == CC_OK);
    (void)cc_text_is_blank(moj, mn);
    /* Split with a small budget; chunks fit, cover in order, and join back. */
    int32_t max = 1 + (size ? data[0] % 16 : 0);
    cc_chunk *ch = NULL;
    size_t nch = 0;
    if (cc_text_split(moj, mn, max, cc_token_estimate, NULL, &ch, &nch, NULL, &err) == CC_OK) {
        char **outs = calloc(nch ? nch : 1, sizeof *outs);
        size_t *lens = calloc(nch ? nch : 1, sizeof *lens);
        size_t prev = 0;
        for (size_t i = 0; i < nch; i++) {
            int32_t t;
            REQUIRE(cc_token_estimate(NULL, moj + ch[i].off, ch[i].len, &t, &err) == CC_OK && t <= max);
            REQUIRE(ch[i].off >= prev && ch[i].off + ch[i].len <= mn);
            prev = ch[i].off + ch[i].len;
            outs[i] = moj + ch[i].off;
            lens[i] = ch[i].len;
        }
        char *joined;
        size_t jn;
        REQUIRE(cc_text_join(moj, ch, nch, outs, lens, &joined, &jn, &err) == CC_OK);
        REQUIRE(jn <= mn);
        free(joined);
        free(outs);
        free(lens);
        free(ch);
    }
    /* JSON escaping of arbitrary bytes parses back as one string. */
    cc_buf b = {0};
    cc_json_put_string(&b, (const char *)data, size);
    json_t *j = json_loadb(b.p, b.n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    REQUIRE(j && json_is_string(j));
    if (cc_utf8_valid((const char *)data, size, NULL))
        REQUIRE(json_string_length(j) == size && memcmp(json_string_value(j), data, size) == 0);
    json_decref(j);
    cc_buf_free(&b);
    free(rep);
    free(moj);
    free(moj2);
    return 0;
}
