/* test_safetensors.c - the strict safetensors reader: valid files written
 * here (from a file and from memory), the committed tiny checkpoint, every
 * kind of malformed header rejected with a message naming the field, and
 * thousands of truncations / byte flips of a valid buffer that must each end
 * in success or an error message (never a crash: run under ASan). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "safetensors.h"
#include "tensor_types.h"
#include "testutil.h"

/* ------------------------------------------------------------------ builders */

typedef struct {
    uint8_t *p; /* file bytes */
    size_t n;   /* length */
} buf;

/* 8-byte length + header (padded with spaces to a multiple of 8) + data. */
static buf make_file(const char *header, const void *data, size_t data_len) {
    size_t hl = strlen(header), pad = (8 - hl % 8) % 8;
    buf b;
    b.n = 8 + hl + pad + data_len;
    b.p = malloc(b.n);
    uint64_t L = hl + pad;
    for (int i = 0; i < 8; i++)
        b.p[i] = (uint8_t)(L >> (8 * i));
    memcpy(b.p + 8, header, hl);
    memset(b.p + 8 + hl, ' ', pad);
    if (data_len) memcpy(b.p + 8 + hl + pad, data, data_len);
    return b;
}

/* The valid example: "w" F32 [2,3], "b" BF16 [4], "h" F16 [2,2], metadata. */
static const char *VALID_HEADER = "{\"__metadata__\":{\"format\":\"pt\",\"note\":\"x\"},"
                                  "\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
                                  "\"b\":{\"dtype\":\"BF16\",\"shape\":[4],\"data_offsets\":[24,32]},"
                                  "\"h\":{\"dtype\":\"F16\",\"shape\":[2,2],\"data_offsets\":[32,40]}}";

static void valid_data(uint8_t d[40]) {
    float w[6] = {1, -2, 3.5f, 0.25f, -1e-3f, 65504};
    memcpy(d, w, 24);
    float bv[4] = {1.5f, -0.5f, 3.0f, 1024};
    for (int i = 0; i < 4; i++) {
        uint16_t u = cc_f32_to_bf16(bv[i]);
        memcpy(d + 24 + 2 * i, &u, 2);
    }
    float hv[4] = {0.5f, -7, 2048, 1.0f / 1024};
    for (int i = 0; i < 4; i++) {
        uint16_t u = cc_f32_to_fp16(hv[i]);
        memcpy(d + 32 + 2 * i, &u, 2);
    }
}

static buf valid_file(void) {
    uint8_t d[40];
    valid_data(d);
    return make_file(VALID_HEADER, d, sizeof d);
}

/* ------------------------------------------------------------------ valid */

static void check_valid(const cc_safetensors *st) {
    CHECK(st->n_tensors == 3);
    CHECK(st->n_meta == 2);
    CHECK(cc_st_metadata(st, "format") && strcmp(cc_st_metadata(st, "format"), "pt") == 0);
    CHECK(cc_st_metadata(st, "missing") == NULL);
    const cc_st_tensor *w = cc_st_find(st, "w"), *b = cc_st_find(st, "b"), *h = cc_st_find(st, "h");
    CHECK(w && b && h && cc_st_find(st, "x") == NULL && cc_st_find(st, "") == NULL);
    if (!w || !b || !h) return;
    CHECK(w->dtype == CC_T_F32 && w->n_dims == 2 && w->shape[0] == 2 && w->shape[1] == 3 && w->n_elems == 6);
    CHECK(cc_st_rows(w) == 2 && cc_st_row_len(w) == 3);
    CHECK(b->dtype == CC_T_BF16 && b->n_dims == 1 && cc_st_rows(b) == 1 && cc_st_row_len(b) == 4);
    CHECK(h->dtype == CC_T_F16 && h->offset == 32 && h->nbytes == 8);
    CHECK(st->tensors[0].offset == 0 && st->tensors[2].offset == 32); /* ordered by data offset */
    float out[6];
    cc_error e = {0};
    CHECK(cc_st_rows_f32(st, w, 1, 1, out, &e) == CC_OK);
    CHECK(out[0] == 0.25f && out[1] == -1e-3f && out[2] == 65504);
    CHECK(cc_st_rows_f32(st, b, 0, 1, out, &e) == CC_OK);
    CHECK(out[0] == 1.5f && out[1] == -0.5f && out[2] == 3.0f && out[3] == 1024);
    CHECK(cc_st_elems_f32(st, h, 1, 3, out, &e) == CC_OK);
    CHECK(out[0] == -7 && out[1] == 2048 && out[2] == 1.0f / 1024);
    CHECK(cc_st_rows_f32(st, w, 1, 2, out, &e) == CC_ERR_RANGE);
    CHECKF(strstr(e.msg, "tensor 'w': rows [1, 3) outside its 2 rows") != NULL, "%s", e.msg);
    CHECK(cc_st_elems_f32(st, h, -1, 1, out, &e) == CC_ERR_RANGE);
    CHECK(cc_st_elems_f32(st, h, 4, 0, out, &e) == CC_OK);
}

static void test_valid(void) {
    buf b = valid_file();
    cc_safetensors st;
    cc_error e = {0};
    CHECKF(cc_st_open_memory(&st, b.p, b.n, "mem.safetensors", &e) == CC_OK, "%s", e.msg);
    check_valid(&st);
    cc_st_close(&st);
    cc_st_close(&st); /* idempotent */

    char path[] = "/tmp/cc_test_st_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0 && write(fd, b.p, b.n) == (ssize_t)b.n);
    close(fd);
    CHECKF(cc_st_open(&st, path, &e) == CC_OK, "%s", e.msg);
    check_valid(&st);
    CHECK(st.mapped);
    cc_st_close(&st);
    unlink(path);
    CHECK(cc_st_open(&st, path, &e) == CC_ERR_IO);
    CHECKF(strstr(e.msg, path) && strstr(e.msg, "cannot open"), "%s", e.msg);
    free(b.p);

    /* empty tensors, scalars, no metadata, unpadded header, no data at all */
    const char *h2 = "{\"s\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]},"
                     "\"z\":{\"dtype\":\"BF16\",\"shape\":[0,5],\"data_offsets\":[4,4]}}";
    float one = 3.0f;
    b = make_file(h2, &one, 4);
    CHECKF(cc_st_open_memory(&st, b.p, b.n, "m2", &e) == CC_OK, "%s", e.msg);
    const cc_st_tensor *s = cc_st_find(&st, "s"), *z = cc_st_find(&st, "z");
    CHECK(s && s->n_dims == 0 && s->n_elems == 1 && z && z->n_elems == 0 && cc_st_rows(z) == 0);
    float o = 0;
    CHECK(s && cc_st_rows_f32(&st, s, 0, 1, &o, &e) == CC_OK && o == 3.0f);
    CHECK(st.n_meta == 0 && cc_st_metadata(&st, "format") == NULL);
    cc_st_close(&st);
    free(b.p);
    b = make_file("{}", NULL, 0);
    CHECKF(cc_st_open_memory(&st, b.p, b.n, "empty", &e) == CC_OK, "%s", e.msg);
    CHECK(st.n_tensors == 0);
    cc_st_close(&st);
    free(b.p);
}

/* The committed fixture written by the safetensors Python package. */
static void test_fixture(void) {
    char *p = cc_test_path(cc_test_source_dir(), "tests/fixtures/tiny-llama/plain/model.safetensors");
    cc_safetensors st;
    cc_error e = {0};
    CHECKF(cc_st_open(&st, p, &e) == CC_OK, "%s", e.msg);
    if (e.code == CC_OK) {
        CHECK(st.n_tensors == 21);
        CHECK(cc_st_metadata(&st, "format") && strcmp(cc_st_metadata(&st, "format"), "pt") == 0);
        const cc_st_tensor *q = cc_st_find(&st, "model.layers.1.self_attn.k_proj.weight");
        CHECK(q && q->dtype == CC_T_F32 && q->n_dims == 2 && q->shape[0] == 32 && q->shape[1] == 64);
        const cc_st_tensor *emb = cc_st_find(&st, "model.embed_tokens.weight");
        CHECK(emb && emb->shape[0] == 384 && emb->shape[1] == 64);
        float row[64];
        CHECK(emb && cc_st_rows_f32(&st, emb, 383, 1, row, &e) == CC_OK);
        double ss = 0;
        for (int i = 0; i < 64; i++)
            ss += row[i] * row[i];
        CHECK(ss > 10 && ss < 200 && isfinite(ss)); /* N(0,1) entries */
    }
    cc_st_close(&st);
    free(p);
    p = cc_test_path(cc_test_source_dir(), "tests/fixtures/tiny-llama/llama3/model-00001-of-00002.safetensors");
    CHECKF(cc_st_open(&st, p, &e) == CC_OK, "%s", e.msg);
    if (e.code == CC_OK) {
        const cc_st_tensor *emb = cc_st_find(&st, "model.embed_tokens.weight");
        CHECK(emb && emb->dtype == CC_T_BF16);
    }
    cc_st_close(&st);
    free(p);
}

/* ------------------------------------------------------------------ malformed */

/* Open header+data and require failure with `code` and every `want` substring. */
static void expect_fail_buf(const char *label, const buf *b, cc_status code, const char *want1, const char *want2) {
    cc_safetensors st;
    cc_error e = {0};
    cc_status rc = cc_st_open_memory(&st, b->p, b->n, "bad.safetensors", &e);
    CHECKF(rc == code, "%s: got %s (%s), want %s", label, cc_status_name(rc), e.msg, cc_status_name(code));
    CHECKF(strncmp(e.msg, "bad.safetensors: ", 17) == 0, "%s: message does not name the file: %s", label, e.msg);
    CHECKF(want1 == NULL || strstr(e.msg, want1), "%s: message lacks '%s': %s", label, want1, e.msg);
    CHECKF(want2 == NULL || strstr(e.msg, want2), "%s: message lacks '%s': %s", label, want2, e.msg);
    CHECK(st.tensors == NULL && st.n_tensors == 0); /* closed on failure */
}

static void expect_fail(const char *label, const char *header, size_t data_len, cc_status code, const char *want1,
                        const char *want2) {
    uint8_t *d = calloc(data_len ? data_len : 1, 1);
    buf b = make_file(header, d, data_len);
    expect_fail_buf(label, &b, code, want1, want2);
    free(b.p);
    free(d);
}

#define T1(body) "{\"t\":{" body "}}"

static void test_malformed(void) {
    buf b = valid_file();
    buf s = {b.p, 5};
    expect_fail_buf("short", &s, CC_ERR_FORMAT, "header length at byte 0", "shorter than the 8-byte length");
    uint8_t saved[8];
    memcpy(saved, b.p, 8);
    b.p[0] = 0xff;
    b.p[1] = 0xff;
    expect_fail_buf("length past file", &b, CC_ERR_FORMAT, "header length at byte 0", "larger than the file allows");
    memset(b.p, 0xff, 8);
    expect_fail_buf("length 2^64-1", &b, CC_ERR_FORMAT, "header length at byte 0", "larger than the file allows");
    memcpy(b.p, saved, 8);
    buf cut = {b.p, b.n - 1};
    expect_fail_buf("truncated data", &cut, CC_ERR_FORMAT, "tensor 'h'", "past the data section");
    free(b.p);

    expect_fail("not json", "[1,2]", 0, CC_ERR_FORMAT, "header at byte 8", "'{'");
    expect_fail("bad json", "{\"t\": {\"dtype\": F32}}", 0, CC_ERR_FORMAT, "header JSON at byte", NULL);
    expect_fail("trailing json", "{} x", 0, CC_ERR_FORMAT, "header JSON at byte", NULL);
    expect_fail("duplicate",
                "{\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                "\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                4, CC_ERR_FORMAT, "header JSON at byte", "duplicate");
    expect_fail("entry not object", "{\"t\":[1]}", 0, CC_ERR_FORMAT, "tensor 't' (header byte 9)", "not a JSON object");
    expect_fail("unknown field", T1("\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4],\"extra\":1"), 4,
                CC_ERR_FORMAT, "tensor 't'", "unknown field 'extra'");
    expect_fail("no dtype", T1("\"shape\":[1],\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT, "tensor 't'",
                "field 'dtype' is missing");
    expect_fail("dtype not string", T1("\"dtype\":5,\"shape\":[1],\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "field 'dtype' is not a string");
    expect_fail("unknown dtype", T1("\"dtype\":\"Q9\",\"shape\":[1],\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT,
                "field 'dtype'", "unknown dtype 'Q9'");
    expect_fail("unsupported dtype", T1("\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]"), 8,
                CC_ERR_UNSUPPORTED, "tensor 't'", "unsupported dtype 'I64'");
    expect_fail("no shape", T1("\"dtype\":\"F32\",\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT, "tensor 't'",
                "field 'shape' is missing");
    expect_fail("shape not array", T1("\"dtype\":\"F32\",\"shape\":4,\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "field 'shape' is not an array");
    expect_fail("negative dim", T1("\"dtype\":\"F32\",\"shape\":[1,-1],\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "field 'shape[1]' is negative");
    expect_fail("fraction dim", T1("\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT,
                "field 'shape[0]'", "fraction");
    expect_fail("string dim", T1("\"dtype\":\"F32\",\"shape\":[\"1\"],\"data_offsets\":[0,4]"), 4, CC_ERR_FORMAT,
                "field 'shape[0]'", "string");
    expect_fail("huge dim", T1("\"dtype\":\"F32\",\"shape\":[99999999999999999999],\"data_offsets\":[0,4]"), 4,
                CC_ERR_FORMAT, "header JSON at byte", NULL);
    expect_fail("count overflow", T1("\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,4]"), 4,
                CC_ERR_RANGE, "tensor 't'", "element count overflows");
    expect_fail("byte overflow", T1("\"dtype\":\"F32\",\"shape\":[4611686018427387904],\"data_offsets\":[0,4]"), 4,
                CC_ERR_RANGE, "tensor 't'", "byte size overflows");
    expect_fail("too many dims", T1("\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,4]"), 4,
                CC_ERR_UNSUPPORTED, "tensor 't'", "9 dimensions");
    expect_fail("no offsets", T1("\"dtype\":\"F32\",\"shape\":[1]"), 4, CC_ERR_FORMAT, "tensor 't'",
                "field 'data_offsets' is missing");
    expect_fail("offsets length", T1("\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "not an array of two integers");
    expect_fail("offset negative", T1("\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "field 'data_offsets[0]' is negative");
    expect_fail("offset fraction", T1("\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4.0]"), 4, CC_ERR_FORMAT,
                "field 'data_offsets[1]'", "not an integer");
    expect_fail("begin > end", T1("\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[4,0]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "begin 4 > end 0");
    expect_fail("end past data", T1("\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]"), 4, CC_ERR_FORMAT,
                "tensor 't'", "end 8 (file byte");
    expect_fail("size mismatch", T1("\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,8]"), 8, CC_ERR_FORMAT,
                "tensor 't'", "holds 8 bytes but shape x F32 needs 24");
    expect_fail("bf16 size mismatch", T1("\"dtype\":\"BF16\",\"shape\":[4],\"data_offsets\":[0,16]"), 16, CC_ERR_FORMAT,
                "tensor 't'", "needs 8");
    expect_fail("overlap",
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}",
                12, CC_ERR_FORMAT, "tensor 'b'", "overlap tensor 'a'");
    expect_fail("same bytes twice",
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}",
                8, CC_ERR_FORMAT, "tensor 'b'", "overlap tensor 'a'");
    expect_fail("gap",
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}",
                12, CC_ERR_FORMAT, "tensor 'b'", "gap of 4 unused bytes");
    expect_fail("trailing bytes", T1("\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]"), 12, CC_ERR_FORMAT,
                "data section at file byte", "8 trailing bytes");
    expect_fail("metadata not object", "{\"__metadata__\":[\"a\"]}", 0, CC_ERR_FORMAT, "'__metadata__' (header byte 9)",
                "not a JSON object");
    expect_fail("metadata value", "{\"__metadata__\":{\"format\":1}}", 0, CC_ERR_FORMAT, "'__metadata__'",
                "value of 'format' is not a string");
    expect_fail("empty name", "{\"\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4, CC_ERR_FORMAT,
                "tensor ''", "empty tensor name");
    expect_fail("nul in name", "{\"a\\u0000b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4,
                CC_ERR_FORMAT, "header JSON at byte", NULL);
    /* the byte offset of a tensor's name is reported */
    expect_fail("position",
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                "\"bad\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[4,8]}}",
                8, CC_ERR_FORMAT, "tensor 'bad' (header byte 62)", NULL);
}

/* ------------------------------------------------------------------ mutation */

/* Open b; on success read every tensor fully (ASan sees any bad pointer). */
static int try_open(const uint8_t *p, size_t n) {
    cc_safetensors st;
    cc_error e = {0};
    cc_status rc = cc_st_open_memory(&st, p, n, "mut", &e);
    if (rc != CC_OK) {
        CHECKF(e.msg[0] != '\0' && e.code == rc, "failure without a message (len %zu)", n);
        return 0;
    }
    for (int i = 0; i < st.n_tensors; i++) {
        const cc_st_tensor *t = &st.tensors[i];
        CHECK(cc_st_find(&st, t->name) == t);
        float *f = malloc((size_t)(t->n_elems ? t->n_elems : 1) * sizeof *f);
        CHECK(f && cc_st_elems_f32(&st, t, 0, t->n_elems, f, &e) == CC_OK);
        free(f);
    }
    cc_st_close(&st);
    return 1;
}

static void test_mutations(void) {
    buf b = valid_file();
    int ok = 0, runs = 0;
    for (size_t n = 0; n <= b.n; n++) { /* every truncation, in an exact-size copy */
        uint8_t *c = malloc(n ? n : 1);
        memcpy(c, b.p, n);
        ok += try_open(c, n);
        runs++;
        free(c);
    }
    CHECK(ok == 1); /* only the whole file opens */
    static const uint8_t flips[] = {0x01, 0x02, 0x10, 0x20, 0x80, 0xff};
    uint8_t *c = malloc(b.n);
    for (size_t i = 0; i < b.n; i++) {
        for (size_t f = 0; f < sizeof flips; f++) {
            memcpy(c, b.p, b.n);
            c[i] ^= flips[f];
            ok += try_open(c, b.n);
            runs++;
        }
    }
    uint32_t x = 12345;
    for (int r = 0; r < 4000; r++) { /* several random bytes at once, with random truncation */
        memcpy(c, b.p, b.n);
        int k = 1 + r % 4;
        for (int j = 0; j < k; j++) {
            x = x * 1664525u + 1013904223u;
            size_t at = (x >> 8) % b.n;
            x = x * 1664525u + 1013904223u;
            c[at] = (uint8_t)(x >> 24);
        }
        x = x * 1664525u + 1013904223u;
        size_t n = (r % 3 == 0) ? (x >> 8) % (b.n + 1) : b.n;
        uint8_t *d = malloc(n ? n : 1);
        memcpy(d, c, n);
        ok += try_open(d, n);
        runs++;
        free(d);
    }
    free(c);
    free(b.p);
    CHECK(runs > 5000);
    printf("mutations: %d runs, %d opened\n", runs, ok);
}

int main(void) {
    test_valid();
    test_fixture();
    test_malformed();
    test_mutations();
    return cc_test_finish("test_safetensors");
}
