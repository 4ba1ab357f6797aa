/* test_text_prep.c - what happens to a note before the model sees it: BLOB
 * decoding (and zip-bomb caps), UTF-8 repair, mojibake repair that fixes debris
 * and leaves real text alone, blank detection, chunk splitting and joining. */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "jsonl.h"
#include "testutil.h"
#include "text_chunk.h"
#include "text_prep.h"

/* ---------------------------------------------------------------- helpers */

static uint8_t *deflate_buf(const char *s, size_t n, bool gzip, size_t *out_n) {
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 9, Z_DEFLATED, gzip ? 16 + MAX_WBITS : MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&z, (uLong)n) + 32;
    uint8_t *o = malloc(cap);
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    z.next_out = o;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    *out_n = cap - z.avail_out;
    deflateEnd(&z);
    return o;
}

static char *moji(const char *in) {
    char *out = NULL;
    size_t n;
    cc_error err = {0};
    if (cc_mojibake_repair(in, strlen(in), &out, &n, NULL, &err) != CC_OK) return NULL;
    return out;
}

static void check_moji(const char *in, const char *want) {
    char *got = moji(in);
    CHECKF(got && strcmp(got, want) == 0, "repair(\"%s\") = \"%s\", want \"%s\"", in, got ? got : "(null)", want);
    free(got);
}

/* A tokenizer stand-in: one token per white-space separated word, plus one per
 * 8 bytes of a long word, so word-free runs still cost something. */
static int count_calls;
static cc_status words(void *ctx, const char *t, size_t n, int32_t *out, cc_error *err) {
    (void)ctx;
    (void)err;
    count_calls++;
    int32_t w = 0;
    size_t run = 0;
    for (size_t i = 0; i <= n; i++) {
        bool sp = i == n || t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r';
        if (!sp) {
            run++;
            continue;
        }
        if (run) w += 1 + (int32_t)(run / 8);
        run = 0;
    }
    *out = w;
    return CC_OK;
}

/* Split, then check the invariants a user relies on; returns the chunk count. */
static size_t split_and_check(const char *text, int32_t max, cc_split_level want_level) {
    cc_chunk *ch = NULL;
    size_t n = 0;
    cc_split_level lvl;
    cc_error err = {0};
    size_t len = strlen(text);
    cc_status st = cc_text_split(text, len, max, words, NULL, &ch, &n, &lvl, &err);
    CHECKF(st == CC_OK, "split: %s", err.msg);
    if (st != CC_OK) return 0;
    CHECKF(lvl == want_level, "deepest level %s, want %s", cc_split_level_name(lvl), cc_split_level_name(want_level));
    /* Every chunk fits, chunks are in order, never overlap, never cut a UTF-8
     * character, and only white space lies outside them (and in the gaps). */
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t t;
        words(NULL, text + ch[i].off, ch[i].len, &t, &err);
        CHECKF(t <= max && t == ch[i].tokens, "chunk %zu: %d tokens (recorded %d), max %d", i, t, ch[i].tokens, max);
        CHECK(ch[i].off >= pos);
        for (size_t k = pos; k < ch[i].off; k++) CHECK(strchr(" \n\t\r", text[k]) != NULL);
        CHECK((((unsigned char)text[ch[i].off]) & 0xC0) != 0x80);
        size_t e = ch[i].off + ch[i].len;
        CHECK(e == len || (((unsigned char)text[e]) & 0xC0) != 0x80);
        if (i + 1 < n) CHECK(e + ch[i].gap_len == ch[i + 1].off);
        pos = e;
    }
    for (size_t k = pos; k < len; k++) CHECK(strchr(" \n\t\r", text[k]) != NULL);
    /* Joining the chunks' own text gives back the source minus outer white space. */
    char **outs = calloc(n, sizeof *outs);
    size_t *lens = calloc(n, sizeof *lens);
    for (size_t i = 0; i < n; i++) outs[i] = (char *)text + ch[i].off, lens[i] = ch[i].len;
    char *joined;
    size_t jn;
    CHECK(cc_text_join(text, ch, n, outs, lens, &joined, &jn, &err) == CC_OK);
    size_t a = 0, z = len;
    if (n > 1) {
        while (a < z && strchr(" \n\t\r", text[a])) a++;
        while (z > a && strchr(" \n\t\r", text[z - 1])) z--;
    }
    CHECKF(jn == z - a && memcmp(joined, text + a, jn) == 0, "join does not restore the text");
    free(joined);
    free(outs);
    free(lens);
    free(ch);
    return n;
}

int main(void) {
    cc_error err = {0};
    char *out = NULL;
    size_t n = 0;

    /* ---- BLOBs: zlib and gzip round trip; corrupt, truncated, trailing, bomb. */
    const char *note = "PT C/O FEVER X 3 DAYS. ADV: TAB PCM 650MG TDS X 5 DAYS.";
    size_t zn;
    uint8_t *z = deflate_buf(note, strlen(note), false, &zn);
    CHECK(cc_text_decode_blob(z, zn, CC_CODEC_ZLIB, 1 << 20, &out, &n, &err) == CC_OK);
    CHECK(out && n == strlen(note) && strcmp(out, note) == 0);
    free(out);
    CHECK(cc_text_decode_blob(z, zn, CC_CODEC_GZIP, 1 << 20, &out, &n, &err) == CC_ERR_FORMAT);
    CHECK(cc_text_decode_blob(z, zn - 3, CC_CODEC_ZLIB, 1 << 20, &out, &n, &err) == CC_ERR_FORMAT);
    CHECKF(strstr(err.msg, "truncated") != NULL, "%s", err.msg);
    uint8_t *zt = malloc(zn + 2);
    memcpy(zt, z, zn);
    zt[zn] = 'x', zt[zn + 1] = 'y';
    CHECK(cc_text_decode_blob(zt, zn + 2, CC_CODEC_ZLIB, 1 << 20, &out, &n, &err) == CC_ERR_FORMAT);
    CHECKF(strstr(err.msg, "trailing") != NULL, "%s", err.msg);
    zt[5] ^= 0xFF;
    CHECK(cc_text_decode_blob(zt, zn, CC_CODEC_ZLIB, 1 << 20, &out, &n, &err) != CC_OK);
    free(zt);
    free(z);
    z = deflate_buf(note, strlen(note), true, &zn);
    CHECK(cc_text_decode_blob(z, zn, CC_CODEC_GZIP, 1 << 20, &out, &n, &err) == CC_OK);
    CHECK(out && strcmp(out, note) == 0);
    free(out);
    CHECK(cc_text_decode_blob(z, zn, CC_CODEC_NONE, 1 << 20, &out, &n, &err) == CC_ERR_INVALID);
    free(z);
    size_t bomb_n = 8 << 20;
    char *zeros = calloc(1, bomb_n);
    z = deflate_buf(zeros, bomb_n, false, &zn);
    CHECKF(zn < 20000, "bomb compresses to %zu", zn);
    CHECK(cc_text_decode_blob(z, zn, CC_CODEC_ZLIB, 1 << 20, &out, &n, &err) == CC_ERR_RANGE);
    CHECKF(strstr(err.msg, "cap") != NULL, "%s", err.msg);
    free(z);
    free(zeros);
    cc_text_codec codec;
    CHECK(cc_text_codec_parse("gzip", &codec, &err) == CC_OK && codec == CC_CODEC_GZIP);
    CHECK(cc_text_codec_parse("lz4", &codec, &err) == CC_ERR_INVALID);

    /* ---- UTF-8: validity, and repair with U+FFFD for maximal invalid subparts. */
    size_t bad, first;
    CHECK(cc_utf8_valid("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", 14, NULL));
    CHECK(!cc_utf8_valid("\xC0\xAF", 2, NULL));                 /* overlong '/' */
    CHECK(!cc_utf8_valid("\xED\xA0\x80", 3, NULL));             /* surrogate */
    CHECK(!cc_utf8_valid("\xF4\x90\x80\x80", 4, NULL));         /* past U+10FFFF */
    CHECK(!cc_utf8_valid("AB\0C", 4, &first) && first == 2);    /* NUL */
    CHECK(!cc_utf8_valid("OK\xE2\x82", 4, &first) && first == 2); /* truncated at end */
    CHECK(cc_utf8_repair("BP\xFF" "120/80 \xE2\x82X", 13, &out, &n, &bad, &first, &err) == CC_OK);
    CHECKF(strcmp(out, "BP\xEF\xBF\xBD" "120/80 \xEF\xBF\xBDX") == 0, "%s", out);
    CHECK(bad == 2 && first == 2);
    CHECK(cc_utf8_valid(out, n, NULL));
    free(out);
    CHECK(cc_utf8_repair("CLEAN", 5, &out, &n, &bad, &first, &err) == CC_OK && bad == 0 && first == SIZE_MAX);
    free(out);

    /* ---- Mojibake: debris repaired ... */
    check_moji("PATIENT\xE2\x80\x99S BP", "PATIENT\xE2\x80\x99S BP");                       /* real ’ kept */
    check_moji("PATIENT\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2S BP", "PATIENT\xE2\x80\x99S BP");   /* â€™ -> ’ */
    check_moji("CAF\xC3\x83\xC2\xA9", "CAF\xC3\xA9");                                       /* Ã© -> é */
    check_moji("TEMP 38\xC3\x82\xC2\xB0" "C", "TEMP 38\xC2\xB0" "C");                       /* Â° -> ° */
    check_moji("BP 110/70\xC3\x82\xC2\xA0MMHG", "BP 110/70 MMHG");                          /* Â+NBSP -> space */
    check_moji("TAB.\xC3\x82 PCM 500MG\xC3\x82", "TAB. PCM 500MG");                          /* stray Â */
    check_moji("K/C/O\xC2\xA0" "DM", "K/C/O DM");                                            /* NBSP */
    check_moji("\xC3\xA2\xE2\x82\xAC\xC5\x93" "FEVER\xC3\xA2\xE2\x82\xAC\xC2\x9D", "\xE2\x80\x9C" "FEVER\xE2\x80\x9D");
    /* triple encoding of é: é -> Ã© -> ÃƒÂ© */
    check_moji("CAF\xC3\x83\xC6\x92\xC3\x82\xC2\xA9", "CAF\xC3\xA9");
    /* ... and real text left alone. */
    check_moji("JOS\xC3\x89 GARC\xC3\x8D" "A, S\xC3\x83O PAULO, \xC3\x82NGELA", "JOS\xC3\x89 GARC\xC3\x8D" "A, S\xC3\x83O PAULO, \xC3\x82NGELA");
    check_moji("5\xC2\xB0" "C \xC2\xB1 0.5, \xC2\xB5G, \xE2\x89\xA5 2", "5\xC2\xB0" "C \xC2\xB1 0.5, \xC2\xB5G, \xE2\x89\xA5 2");
    check_moji("\xE6\x82\xA3\xE8\x80\x85 \xC3\xA9t\xC3\xA9", "\xE6\x82\xA3\xE8\x80\x85 \xC3\xA9t\xC3\xA9");
    check_moji("PT ADMITTED WITH ABOVE SAID COMPLAINT.", "PT ADMITTED WITH ABOVE SAID COMPLAINT.");
    cc_repair_counts rc;
    CHECK(cc_mojibake_repair("A\xC3\x83\xC2\xA9 B\xC2\xA0" "C\xC3\x82 D", 13, &out, &n, &rc, &err) == CC_OK);
    CHECKF(rc.double_encoded == 1 && rc.nbsp == 1 && rc.stray_a_circ == 1, "%zu %zu %zu", rc.double_encoded, rc.nbsp,
           rc.stray_a_circ);
    free(out);

    /* ---- Blank detection. */
    CHECK(cc_text_is_blank("", 0));
    CHECK(cc_text_is_blank(" \t\r\n \xC2\xA0\xE3\x80\x80\xEF\xBB\xBF", 13));
    CHECK(!cc_text_is_blank("  .  ", 5));
    CHECK(!cc_text_is_blank("\xFF", 1));

    /* ---- Chunking: fits whole; paragraphs; lines; sentences; words; characters. */
    CHECK(split_and_check("  PT STABLE.  ", 10, CC_SPLIT_PARAGRAPH) == 1);
    const char *paras = "C/O FEVER X 3 DAYS.\n\nH/O DM ON OHA.\n\n\nADV: TAB PCM 650MG TDS.\n \nREVIEW SOS.";
    CHECK(split_and_check(paras, 6, CC_SPLIT_PARAGRAPH) >= 3);
    const char *lines = "C/O FEVER X 3 DAYS.\nH/O DM ON OHA.\nADV: TAB PCM 650MG TDS.\nREVIEW SOS.";
    CHECK(split_and_check(lines, 6, CC_SPLIT_LINE) >= 3);
    const char *sents = "C/O FEVER X 3 DAYS. H/O DM ON OHA. ADV: TAB PCM 650MG TDS. REVIEW SOS.";
    CHECK(split_and_check(sents, 6, CC_SPLIT_SENTENCE) >= 3);
    const char *long_sent = "PT ADMITTED WITH ABOVE SAID COMPLAINT AND WAS TREATED CONSERVATIVELY WITH IV FLUIDS";
    CHECK(split_and_check(long_sent, 4, CC_SPLIT_WORD) >= 4);
    /* One 60-byte "word" of multi-byte characters at a 2-token budget must be cut
     * between characters (é is 2 bytes: a cut at an odd offset would split one). */
    char big[256] = "OK ";
    for (int i = 0; i < 30; i++) strcat(big, "\xC3\xA9");
    strcat(big, " END");
    CHECK(split_and_check(big, 2, CC_SPLIT_CHAR) >= 4);
    /* A character that alone exceeds the budget is an error, not a truncation. */
    cc_chunk *ch;
    size_t nch;
    CHECK(cc_text_split("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 26, 0, words, NULL, &ch, &nch, NULL, &err) == CC_ERR_RANGE);

    /* A long realistic note: the number of tokenizer calls stays linear-ish. */
    char *longnote = malloc(200000);
    longnote[0] = 0;
    for (int i = 0; i < 1500; i++) {
        strcat(longnote, i % 7 == 6 ? "ON EXAMINATION PT CONSCIOUS ORIENTED.\n\n" : "BP 130/80 MMHG PR 88/MIN. ");
    }
    count_calls = 0;
    size_t nl = split_and_check(longnote, 200, CC_SPLIT_PARAGRAPH);
    CHECKF(nl > 10 && count_calls < 20000, "%zu chunks, %d count calls", nl, count_calls);
    free(longnote);

    /* The estimate counts something for every non-space byte class. */
    int32_t t;
    CHECK(cc_token_estimate(NULL, "TAB PCM 650MG TDS.", 18, &t, &err) == CC_OK && t >= 5 && t <= 10);
    CHECK(cc_token_estimate(NULL, "", 0, &t, &err) == CC_OK && t == 0);
    /* ---- JSON string escaping for export: control characters, quotes, line
     * separators escaped; valid UTF-8 kept; invalid bytes become \ufffd and are counted. */
    cc_buf jb = {0};
    size_t nbad = cc_json_put_string(&jb, "A\"B\\C\n\t\x01\x7F\xC3\xA9\xE2\x80\xA8\xFF\xC3Z", 17);
    CHECKF(jb.p && strcmp(jb.p, "\"A\\\"B\\\\C\\n\\t\\u0001\\u007f\xC3\xA9\\u2028\\ufffd\\ufffdZ\"") == 0, "%s", jb.p);
    CHECK(nbad == 2);
    jb.n = 0;
    cc_json_put_base64(&jb, (const uint8_t *)"any carnal pleas", 16);
    CHECK(strcmp(jb.p, "\"YW55IGNhcm5hbCBwbGVhcw==\"") == 0);
    cc_buf_free(&jb);
    return cc_test_finish("test_text_prep");
}
