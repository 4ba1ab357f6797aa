/* test_gguf.c - GGUF writer -> reader round trip (every metadata type, string
 * and nested arrays, tensor data, alignment), atomic writes, and rejection of
 * malformed files with the field and byte offset named in the message. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gguf.h"
#include "testutil.h"

static char tmpdir[64];

static bool str_eq(cc_gguf_str s, const char *c) { return s.len == strlen(c) && memcmp(s.ptr, c, s.len) == 0; }

/* Producer for a streamed f16 tensor: 16 x 4 values i*0.25, written one row at a time. */
static cc_status produce_f16(void *ctx, const char *name, cc_gguf_sink *sink, cc_error *err) {
    int *calls = ctx;
    (*calls)++;
    for (int r = 0; r < 4; r++) {
        uint16_t row[16];
        for (int i = 0; i < 16; i++) row[i] = cc_f32_to_fp16((float)(r * 16 + i) * 0.25f);
        cc_status st = cc_gguf_sink_write(sink, row, sizeof row, err);
        if (st != CC_OK) return st;
    }
    return CC_OK;
}

/* Producer that stops short. */
static cc_status produce_short(void *ctx, const char *name, cc_gguf_sink *sink, cc_error *err) {
    uint8_t b[10] = {0};
    return cc_gguf_sink_write(sink, b, sizeof b, err);
}

static float f32_data[24];
static uint8_t q8_data[2 * 2 * 34];
static uint8_t q4k_data[144];

/* A writer holding every metadata type and four tensors. */
static cc_gguf_writer *build_full(int *calls, uint32_t alignment) {
    cc_gguf_writer *w = NULL;
    cc_error err = {0};
    CHECK(cc_gguf_writer_new(&w, &err) == CC_OK);
    if (alignment) CHECK(cc_gguf_set_u32(w, "general.alignment", alignment, &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "general.architecture", "llama", &err) == CC_OK);
    CHECK(cc_gguf_set_u8(w, "t.u8", 200, &err) == CC_OK);
    CHECK(cc_gguf_set_i8(w, "t.i8", -100, &err) == CC_OK);
    CHECK(cc_gguf_set_u16(w, "t.u16", 60000, &err) == CC_OK);
    CHECK(cc_gguf_set_i16(w, "t.i16", -30000, &err) == CC_OK);
    CHECK(cc_gguf_set_u32(w, "t.u32", 4000000000u, &err) == CC_OK);
    CHECK(cc_gguf_set_i32(w, "t.i32", -2000000000, &err) == CC_OK);
    CHECK(cc_gguf_set_f32(w, "t.f32", 1e-5f, &err) == CC_OK);
    CHECK(cc_gguf_set_bool(w, "t.bool", true, &err) == CC_OK);
    CHECK(cc_gguf_set_u64(w, "t.u64", 18000000000000000000ull, &err) == CC_OK);
    CHECK(cc_gguf_set_i64(w, "t.i64", -9000000000000000000ll, &err) == CC_OK);
    CHECK(cc_gguf_set_f64(w, "t.f64", 3.141592653589793, &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "t.str", "h\xc3\xa9llo {{ chat }}", &err) == CC_OK);
    CHECK(cc_gguf_set_strn(w, "t.empty", "", 0, &err) == CC_OK);
    int32_t ia[5] = {-1, 0, 1, 2, 2147483647};
    CHECK(cc_gguf_set_arr(w, "t.arr_i32", CC_GGUF_INT32, ia, 5, &err) == CC_OK);
    float fa[3] = {0.5f, -2.0f, 1e30f};
    CHECK(cc_gguf_set_arr(w, "t.arr_f32", CC_GGUF_FLOAT32, fa, 3, &err) == CC_OK);
    uint8_t ba[3] = {1, 0, 1};
    CHECK(cc_gguf_set_arr(w, "t.arr_bool", CC_GGUF_BOOL, ba, 3, &err) == CC_OK);
    uint64_t ua[2] = {1, UINT64_MAX};
    CHECK(cc_gguf_set_arr(w, "t.arr_u64", CC_GGUF_UINT64, ua, 2, &err) == CC_OK);
    double da[2] = {-0.25, 1e300};
    CHECK(cc_gguf_set_arr(w, "t.arr_f64", CC_GGUF_FLOAT64, da, 2, &err) == CC_OK);
    int16_t sa[2] = {-5, 5};
    CHECK(cc_gguf_set_arr(w, "t.arr_i16", CC_GGUF_INT16, sa, 2, &err) == CC_OK);
    CHECK(cc_gguf_set_arr(w, "t.arr_empty", CC_GGUF_UINT32, NULL, 0, &err) == CC_OK);
    const char *strs[4] = {"<s>", "", "\xc4\xa0the", "a b"};
    CHECK(cc_gguf_set_arr_str(w, "t.arr_str", strs, 4, &err) == CC_OK);
    /* nested: [[1,2,3], [], [["x","yz"]]] as array of arrays; inner types differ */
    cc_gguf_buf b = {0};
    cc_gguf_enc_arr(&b, CC_GGUF_ARRAY, 3);
    cc_gguf_enc_arr(&b, CC_GGUF_UINT32, 3);
    for (uint32_t i = 1; i <= 3; i++) cc_gguf_enc_u32(&b, i);
    cc_gguf_enc_arr(&b, CC_GGUF_UINT8, 0);
    cc_gguf_enc_arr(&b, CC_GGUF_ARRAY, 1);
    cc_gguf_enc_arr(&b, CC_GGUF_STRING, 2);
    cc_gguf_enc_str(&b, "x", 1);
    cc_gguf_enc_str(&b, "yz", 2);
    CHECK(!b.oom && cc_gguf_set_encoded(w, "t.nested", CC_GGUF_ARRAY, b.data, b.len, &err) == CC_OK);
    /* a malformed encoded value is refused */
    CHECK(cc_gguf_set_encoded(w, "t.bad", CC_GGUF_ARRAY, b.data, b.len - 1, &err) == CC_ERR_FORMAT);
    CHECK(cc_gguf_set_encoded(w, "t.bad", CC_GGUF_UINT32, b.data, 7, &err) == CC_ERR_INVALID);
    cc_gguf_buf_free(&b);
    /* replacing keeps one entry */
    CHECK(cc_gguf_set_str(w, "general.name", "first", &err) == CC_OK);
    CHECK(cc_gguf_set_str(w, "general.name", "test model", &err) == CC_OK);

    for (int i = 0; i < 24; i++) f32_data[i] = (float)i - 11.5f;
    for (size_t i = 0; i < sizeof q8_data; i++) q8_data[i] = (uint8_t)(i * 7 + 3);
    for (size_t i = 0; i < sizeof q4k_data; i++) q4k_data[i] = (uint8_t)(i * 13 + 1);
    int64_t ne_f32[2] = {8, 3}, ne_q8[3] = {64, 2, 1}, ne_q4k[1] = {256}, ne_f16[2] = {16, 4};
    CHECK(cc_gguf_add_tensor(w, "blk.0.attn_norm.weight", CC_T_F32, 2, ne_f32, f32_data, &err) == CC_OK);
    CHECK(cc_gguf_add_tensor(w, "token_embd.weight", CC_T_Q8_0, 3, ne_q8, q8_data, &err) == CC_OK);
    CHECK(cc_gguf_add_tensor(w, "blk.0.ffn_up.weight", CC_T_Q4_K, 1, ne_q4k, q4k_data, &err) == CC_OK);
    CHECK(cc_gguf_add_tensor_fn(w, "streamed", CC_T_F16, 2, ne_f16, produce_f16, calls, &err) == CC_OK);
    /* refused tensors */
    int64_t bad_ne[1] = {100};
    CHECK(cc_gguf_add_tensor(w, "x", CC_T_Q8_0, 1, bad_ne, q8_data, &err) != CC_OK);
    CHECK(cc_gguf_add_tensor(w, "token_embd.weight", CC_T_F32, 2, ne_f32, f32_data, &err) == CC_ERR_INVALID);
    return w;
}

static void check_full(const cc_gguf *g, uint32_t alignment) {
    cc_error err = {0};
    CHECK(cc_gguf_version(g) == 3);
    CHECK(cc_gguf_alignment(g) == (alignment ? alignment : 32));
    CHECK(cc_gguf_n_kv(g) == 24 + (alignment ? 1 : 0));
    /* file order kept */
    CHECK(strcmp(cc_gguf_kv_key(g, alignment ? 1 : 0), "general.architecture") == 0);
    uint32_t u32 = 0;
    int32_t i32 = 0;
    uint64_t u64 = 0;
    float f32 = 0;
    bool bl = false;
    int64_t iv = 0;
    double dv = 0;
    cc_gguf_str s = {0};
    const cc_gguf_value *v;
    CHECK(cc_gguf_get_int(g, "t.u8", &iv, &err) == CC_OK && iv == 200);
    CHECK(cc_gguf_get_int(g, "t.i8", &iv, &err) == CC_OK && iv == -100);
    CHECK(cc_gguf_get_int(g, "t.u16", &iv, &err) == CC_OK && iv == 60000);
    CHECK(cc_gguf_get_int(g, "t.i16", &iv, &err) == CC_OK && iv == -30000);
    CHECK(cc_gguf_get_u32(g, "t.u32", &u32, &err) == CC_OK && u32 == 4000000000u);
    CHECK(cc_gguf_get_i32(g, "t.i32", &i32, &err) == CC_OK && i32 == -2000000000);
    CHECK(cc_gguf_get_f32(g, "t.f32", &f32, &err) == CC_OK && f32 == 1e-5f);
    CHECK(cc_gguf_get_bool(g, "t.bool", &bl, &err) == CC_OK && bl);
    CHECK(cc_gguf_get_u64(g, "t.u64", &u64, &err) == CC_OK && u64 == 18000000000000000000ull);
    CHECK(cc_gguf_get_int(g, "t.u64", &iv, &err) == CC_ERR_RANGE);
    CHECK(cc_gguf_get_int(g, "t.i64", &iv, &err) == CC_OK && iv == -9000000000000000000ll);
    CHECK(cc_gguf_get_float(g, "t.f64", &dv, &err) == CC_OK && dv == 3.141592653589793);
    CHECK(cc_gguf_get_float(g, "t.f32", &dv, &err) == CC_OK && (float)dv == 1e-5f);
    CHECK(cc_gguf_get_str(g, "t.str", &s, &err) == CC_OK && str_eq(s, "h\xc3\xa9llo {{ chat }}"));
    CHECK(cc_gguf_get_str(g, "t.empty", &s, &err) == CC_OK && s.len == 0);
    CHECK(cc_gguf_get_str(g, "general.name", &s, &err) == CC_OK && str_eq(s, "test model"));
    char *dup = NULL;
    CHECK(cc_gguf_get_strdup(g, "general.architecture", &dup, &err) == CC_OK && dup && strcmp(dup, "llama") == 0);
    free(dup);
    /* type errors name the key, offset and both types */
    CHECKF(cc_gguf_get_u32(g, "t.str", &u32, &err) == CC_ERR_FORMAT && strstr(err.msg, "'t.str'") &&
               strstr(err.msg, "is string, want u32") && strstr(err.msg, "at byte "),
           "%s", err.msg);
    CHECKF(cc_gguf_get_u32(g, "no.such", &u32, &err) == CC_ERR_FORMAT && strstr(err.msg, "missing key 'no.such'"), "%s", err.msg);
    CHECK(cc_gguf_get_float(g, "t.u32", &dv, &err) == CC_ERR_FORMAT);
    CHECK(cc_gguf_get_int(g, "t.f32", &iv, &err) == CC_ERR_FORMAT);
    /* arrays */
    CHECK(cc_gguf_get_arr(g, "t.arr_i32", CC_GGUF_INT32, &v, &err) == CC_OK && v->arr_n == 5 &&
          cc_gguf_arr_int(v, 0) == -1 && cc_gguf_arr_int(v, 4) == 2147483647);
    CHECKF(cc_gguf_get_arr(g, "t.arr_i32", CC_GGUF_FLOAT32, &v, &err) == CC_ERR_FORMAT && strstr(err.msg, "array of i32"),
           "%s", err.msg);
    CHECK(cc_gguf_get_arr(g, "t.arr_f32", CC_GGUF_FLOAT32, &v, &err) == CC_OK && v->arr_n == 3 &&
          cc_gguf_arr_float(v, 0) == 0.5 && cc_gguf_arr_float(v, 1) == -2.0 && (float)cc_gguf_arr_float(v, 2) == 1e30f);
    CHECK(cc_gguf_get_arr(g, "t.arr_bool", CC_GGUF_BOOL, &v, &err) == CC_OK && cc_gguf_arr_int(v, 0) == 1 &&
          cc_gguf_arr_int(v, 1) == 0);
    CHECK(cc_gguf_get_arr(g, "t.arr_u64", CC_GGUF_UINT64, &v, &err) == CC_OK && (uint64_t)cc_gguf_arr_int(v, 1) == UINT64_MAX);
    CHECK(cc_gguf_get_arr(g, "t.arr_f64", CC_GGUF_FLOAT64, &v, &err) == CC_OK && cc_gguf_arr_float(v, 1) == 1e300);
    CHECK(cc_gguf_get_arr(g, "t.arr_i16", CC_GGUF_INT16, &v, &err) == CC_OK && cc_gguf_arr_int(v, 0) == -5);
    CHECK(cc_gguf_get_arr(g, "t.arr_empty", CC_GGUF_UINT32, &v, &err) == CC_OK && v->arr_n == 0);
    CHECK(cc_gguf_get_arr(g, "t.arr_str", CC_GGUF_STRING, &v, &err) == CC_OK && v->arr_n == 4 &&
          str_eq(v->arr_strs[0], "<s>") && v->arr_strs[1].len == 0 && str_eq(v->arr_strs[2], "\xc4\xa0the") &&
          str_eq(v->arr_strs[3], "a b"));
    CHECK(cc_gguf_get_arr(g, "t.nested", CC_GGUF_ARRAY, &v, &err) == CC_OK && v->arr_n == 3);
    if (v && v->arr_vals && v->arr_n == 3) {
        const cc_gguf_value *a = &v->arr_vals[0], *e = &v->arr_vals[1], *n = &v->arr_vals[2];
        CHECK(a->arr_type == CC_GGUF_UINT32 && a->arr_n == 3 && cc_gguf_arr_int(a, 2) == 3);
        CHECK(e->arr_type == CC_GGUF_UINT8 && e->arr_n == 0);
        CHECK(n->arr_type == CC_GGUF_ARRAY && n->arr_n == 1 && n->arr_vals[0].arr_type == CC_GGUF_STRING &&
              str_eq(n->arr_vals[0].arr_strs[1], "yz"));
    }
    /* tensors */
    CHECK(cc_gguf_n_tensors(g) == 4);
    const cc_gguf_tensor *t = cc_gguf_find_tensor(g, "blk.0.attn_norm.weight");
    CHECK(t && t->type_id == CC_T_F32 && t->n_dims == 2 && t->ne[0] == 8 && t->ne[1] == 3 && t->n_elements == 24 &&
          t->size == 96 && memcmp(t->data, f32_data, 96) == 0);
    t = cc_gguf_find_tensor(g, "token_embd.weight");
    CHECK(t && t->type_id == CC_T_Q8_0 && t->n_dims == 3 && t->ne[2] == 1 && t->size == sizeof q8_data &&
          memcmp(t->data, q8_data, sizeof q8_data) == 0);
    t = cc_gguf_find_tensor(g, "blk.0.ffn_up.weight");
    CHECK(t && t->type_id == CC_T_Q4_K && t->size == 144 && memcmp(t->data, q4k_data, 144) == 0);
    t = cc_gguf_find_tensor(g, "streamed");
    CHECK(t && t->type_id == CC_T_F16 && t->size == 128);
    if (t) {
        float row[64];
        CHECK(cc_dequantize_row(CC_T_F16, t->data, row, 64, &err) == CC_OK && row[63] == 63 * 0.25f && row[5] == 1.25f);
    }
    CHECK(cc_gguf_find_tensor(g, "nope") == NULL);
    uint32_t al = cc_gguf_alignment(g);
    CHECK(cc_gguf_data_offset(g) % al == 0);
    for (int64_t i = 0; i < cc_gguf_n_tensors(g); i++) CHECK(cc_gguf_tensor_at(g, i)->offset % al == 0);
    CHECK(strcmp(cc_gguf_tensor_at(g, 0)->name, "blk.0.attn_norm.weight") == 0);
}

/* Write the full writer to a file and to memory: same bytes; read back both. */
static void test_roundtrip(uint32_t alignment) {
    cc_error err = {0};
    int calls = 0;
    cc_gguf_writer *w = build_full(&calls, alignment);
    char path[128];
    snprintf(path, sizeof path, "%s/full.gguf", tmpdir);
    CHECKF(cc_gguf_writer_write(w, path, &err) == CC_OK, "%s", err.msg);
    char part[140];
    snprintf(part, sizeof part, "%s.part", path);
    CHECK(!cc_test_file_exists(part));
    uint8_t *mem = NULL;
    size_t mlen = 0;
    CHECK(cc_gguf_writer_to_memory(w, &mem, &mlen, &err) == CC_OK);
    CHECK(calls == 2);
    cc_gguf_writer_free(w);

    cc_gguf *g = NULL;
    CHECKF(cc_gguf_open(path, &g, &err) == CC_OK, "%s", err.msg);
    if (g) {
        CHECK(cc_gguf_file_size(g) == mlen);
        check_full(g, alignment);
        cc_gguf_close(g);
    }
    FILE *f = fopen(path, "rb");
    uint8_t *disk = malloc(mlen + 1);
    CHECK(f && fread(disk, 1, mlen + 1, f) == mlen && memcmp(disk, mem, mlen) == 0);
    if (f) fclose(f);
    free(disk);
    g = NULL;
    CHECKF(cc_gguf_open_memory(mem, mlen, "mem.gguf", &g, &err) == CC_OK, "%s", err.msg);
    if (g) {
        check_full(g, alignment);
        cc_gguf_close(g);
    }
    /* version 2 has the same layout and is accepted */
    mem[4] = 2;
    CHECK(cc_gguf_open_memory(mem, mlen, "v2.gguf", &g, &err) == CC_OK && cc_gguf_version(g) == 2);
    cc_gguf_close(g);
    free(mem);
    unlink(path);
}

/* A failed write leaves neither PATH nor PATH.part. */
static void test_atomic(void) {
    cc_error err = {0};
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    int64_t ne[1] = {32};
    cc_gguf_set_str(w, "general.architecture", "llama", &err);
    cc_gguf_add_tensor_fn(w, "short", CC_T_F32, 1, ne, produce_short, NULL, &err);
    char path[128], part[140];
    snprintf(path, sizeof path, "%s/short.gguf", tmpdir);
    snprintf(part, sizeof part, "%s.part", path);
    CHECKF(cc_gguf_writer_write(w, path, &err) == CC_ERR_INVALID && strstr(err.msg, "'short'") && strstr(err.msg, "10 of 128"),
           "%s", err.msg);
    CHECK(!cc_test_file_exists(path) && !cc_test_file_exists(part));
    snprintf(path, sizeof path, "%s/no/such/dir/x.gguf", tmpdir);
    CHECKF(cc_gguf_writer_write(w, path, &err) == CC_ERR_IO && strstr(err.msg, "cannot create"), "%s", err.msg);
    cc_gguf_set_u32(w, "general.alignment", 3, &err);
    snprintf(path, sizeof path, "%s/align3.gguf", tmpdir);
    CHECKF(cc_gguf_writer_write(w, path, &err) == CC_ERR_INVALID && strstr(err.msg, "power of two"), "%s", err.msg);
    CHECK(!cc_test_file_exists(path));
    cc_gguf_writer_free(w);
}

/* ---------------------------------------------------------- malformed files */

static uint8_t *small;  /* a valid small file: 2 kvs, 2 tensors */
static size_t small_len;

static void make_small(void) {
    cc_error err = {0};
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    cc_gguf_set_u32(w, "general.alignment", 32, &err);
    cc_gguf_set_str(w, "general.name", "small", &err);
    static float a[64], b[32];
    for (int i = 0; i < 64; i++) a[i] = (float)i;
    int64_t ne_a[2] = {32, 2}, ne_b[1] = {32};
    cc_gguf_add_tensor(w, "a.weight", CC_T_F32, 2, ne_a, a, &err);
    cc_gguf_add_tensor(w, "b.weight", CC_T_F32, 1, ne_b, b, &err);
    CHECK(cc_gguf_writer_to_memory(w, &small, &small_len, &err) == CC_OK);
    cc_gguf_writer_free(w);
}

static void put_u32(uint8_t *p, uint32_t v) { for (int k = 0; k < 4; k++) p[k] = (uint8_t)(v >> (8 * k)); }
static void put_u64(uint8_t *p, uint64_t v) { for (int k = 0; k < 8; k++) p[k] = (uint8_t)(v >> (8 * k)); }

/* Open a copy of small patched by fn; expect failure with every needle in the message. */
typedef void (*patch_fn)(uint8_t *buf, size_t *len);
static void expect_reject(const char *label, patch_fn fn, const char *n1, const char *n2) {
    uint8_t *buf = malloc(small_len + 64);
    memcpy(buf, small, small_len);
    size_t len = small_len;
    fn(buf, &len);
    cc_gguf *g = NULL;
    cc_error err = {0};
    cc_status st = cc_gguf_open_memory(buf, len, "bad.gguf", &g, &err);
    CHECKF(st != CC_OK && g == NULL, "%s: accepted", label);
    CHECKF(strncmp(err.msg, "bad.gguf: ", 10) == 0 && strstr(err.msg, n1) && (!n2 || strstr(err.msg, n2)),
           "%s: message '%s' lacks '%s' / '%s'", label, err.msg, n1, n2 ? n2 : "");
    cc_gguf_close(g);
    free(buf);
}

/* Byte layout of small: header 24; kv0 key "general.alignment" (8+17) type 4 value 4;
 * kv1 key "general.name" (8+12) type 4 value string 8+5; then tensor infos. */
enum { KV0 = 24, KV1 = KV0 + 8 + 17 + 4 + 4, TI0 = KV1 + 8 + 12 + 4 + 8 + 5 };
/* tensor 0: name (8+8) n_dims 4, 2 dims 16, type 4, offset 8 */
enum { TI0_NDIMS = TI0 + 16, TI0_DIM0 = TI0_NDIMS + 4, TI0_TYPE = TI0_DIM0 + 16, TI0_OFF = TI0_TYPE + 4,
       TI1 = TI0_OFF + 8, TI1_OFF = TI1 + 16 + 4 + 8 + 4 };

static void p_magic(uint8_t *b, size_t *n) { b[0] = 'X'; }
static void p_v1(uint8_t *b, size_t *n) { put_u32(b + 4, 1); }
static void p_bigendian(uint8_t *b, size_t *n) { put_u32(b + 4, 0x03000000); }
static void p_ntensors(uint8_t *b, size_t *n) { put_u64(b + 8, 1ull << 40); }
static void p_nkv(uint8_t *b, size_t *n) { put_u64(b + 16, UINT64_MAX); }
static void p_keylen(uint8_t *b, size_t *n) { put_u64(b + KV0, 1ull << 62); }
static void p_keylen_past(uint8_t *b, size_t *n) { put_u64(b + KV0, *n); }
static void p_keyempty(uint8_t *b, size_t *n) { put_u64(b + KV1, 0); }
static void p_keynul(uint8_t *b, size_t *n) { b[KV1 + 8 + 3] = 0; }
static void p_vtype(uint8_t *b, size_t *n) { put_u32(b + KV1 + 8 + 12, 13); }
static void p_strlen(uint8_t *b, size_t *n) { put_u64(b + KV1 + 8 + 12 + 4, 0xffffffffffull); }
static void p_align_type(uint8_t *b, size_t *n) { put_u32(b + KV0 + 8 + 17, CC_GGUF_INT32); }
static void p_align_val(uint8_t *b, size_t *n) { put_u32(b + KV0 + 8 + 17 + 4, 48); }
static void p_ndims(uint8_t *b, size_t *n) { put_u32(b + TI0_NDIMS, 5); }
static void p_dim_overflow(uint8_t *b, size_t *n) { put_u64(b + TI0_DIM0, 1ull << 62); put_u64(b + TI0_DIM0 + 8, 1ull << 20); }
static void p_ttype(uint8_t *b, size_t *n) { put_u32(b + TI0_TYPE, 77); }
static void p_block(uint8_t *b, size_t *n) { put_u32(b + TI0_TYPE, CC_T_Q8_0); put_u64(b + TI0_DIM0, 33); }
static void p_misalign(uint8_t *b, size_t *n) { put_u64(b + TI1_OFF, 260); }
static void p_past_end(uint8_t *b, size_t *n) { put_u64(b + TI1_OFF, 1ull << 20); }
static void p_off_huge(uint8_t *b, size_t *n) { put_u64(b + TI1_OFF, UINT64_MAX - 31); }
static void p_overlap(uint8_t *b, size_t *n) { put_u64(b + TI1_OFF, 224); }
static void p_dupname(uint8_t *b, size_t *n) { b[TI1 + 8] = 'a'; }
static void p_trunc_data(uint8_t *b, size_t *n) { *n -= 1; }
static void p_trunc_hdr(uint8_t *b, size_t *n) { *n = TI0 + 10; }
static void p_trunc_kv(uint8_t *b, size_t *n) { *n = KV1 + 8 + 12 + 4 + 8 + 2; }
static void p_empty(uint8_t *b, size_t *n) { *n = 0; }

static void test_malformed(void) {
    make_small();
    cc_gguf *g = NULL;
    cc_error err = {0};
    CHECKF(cc_gguf_open_memory(small, small_len, "small.gguf", &g, &err) == CC_OK, "%s", err.msg);
    /* confirm the layout the patches assume */
    const cc_gguf_tensor *t0 = g ? cc_gguf_tensor_at(g, 0) : NULL, *t1 = g ? cc_gguf_tensor_at(g, 1) : NULL;
    CHECK(t0 && t0->info_offset == TI0 && t1 && t1->info_offset == TI1 && t0->offset == 0 && t1->offset == 256);
    cc_gguf_close(g);

    expect_reject("magic", p_magic, "not a GGUF file", "byte 0");
    expect_reject("v1", p_v1, "version 1 at byte 4", NULL);
    expect_reject("big-endian", p_bigendian, "big-endian", NULL);
    expect_reject("n_tensors", p_ntensors, "tensor count 1099511627776 at byte 8", "cannot fit");
    expect_reject("n_kv", p_nkv, "metadata count", "byte 16");
    expect_reject("key length", p_keylen, "key 0 length", "exceeds the limit");
    expect_reject("key past end", p_keylen_past, "key 0 length", "runs past end of file");
    expect_reject("empty key", p_keyempty, "key 1 at byte 57 is empty", NULL);
    expect_reject("key NUL", p_keynul, "key 1", "NUL");
    expect_reject("value type", p_vtype, "key 1 ('general.name') type 13 at byte 77", "not a GGUF value type");
    expect_reject("string length", p_strlen, "key 1 ('general.name') value length 1099511627775 at byte 81",
                  "runs past end of file");
    expect_reject("alignment type", p_align_type, "general.alignment at byte 53 is i32", NULL);
    expect_reject("alignment value", p_align_val, "general.alignment 48", "power of two");
    expect_reject("n_dims", p_ndims, "tensor 0 ('a.weight') n_dims 5", NULL);
    expect_reject("dims overflow", p_dim_overflow, "tensor 0 ('a.weight') dim 1", "overflows");
    expect_reject("tensor type", p_ttype, "tensor 0 ('a.weight') type 77", "not a known GGML type");
    expect_reject("block size", p_block, "row length 33", "q8_0 block size 32");
    expect_reject("misaligned", p_misalign, "tensor 1 ('b.weight') data offset 260", "not a multiple of the alignment 32");
    expect_reject("past end", p_past_end, "tensor 1 ('b.weight') data offset 1048576 at byte", "runs past end of file (size");
    expect_reject("huge offset", p_off_huge, "tensor 1 ('b.weight') data offset", "runs past end of file");
    expect_reject("overlap", p_overlap, "overlaps tensor 0 ('a.weight')", NULL);
    expect_reject("duplicate tensor", p_dupname, "tensor name 'a.weight'", "duplicate");
    expect_reject("truncated data", p_trunc_data, "tensor 1 ('b.weight')", "runs past end of file");
    expect_reject("truncated infos", p_trunc_hdr, "tensor 0 name length 8 at byte 94", "runs past end of file (size 104)");
    expect_reject("truncated kv", p_trunc_kv, "key 1 ('general.name') value", "runs past end of file");
    expect_reject("empty", p_empty, "magic at byte 0", NULL);

    /* duplicate key: two keys of the same length, the second renamed */
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    cc_gguf_set_u32(w, "k.aa", 1, &err);
    cc_gguf_set_u32(w, "k.bb", 2, &err);
    uint8_t *buf = NULL;
    size_t len = 0;
    cc_gguf_writer_to_memory(w, &buf, &len, &err);
    cc_gguf_writer_free(w);
    memcpy(buf + 24 + 8 + 4 + 4 + 4 + 8, "k.aa", 4);
    CHECKF(cc_gguf_open_memory(buf, len, "dup.gguf", &g, &err) == CC_ERR_FORMAT &&
               strstr(err.msg, "key 'k.aa' at byte 44 is a duplicate"),
           "%s", err.msg);
    free(buf);

    /* arrays: count larger than the file, nesting too deep */
    w = NULL;
    cc_gguf_writer_new(&w, &err);
    uint32_t vals[4] = {1, 2, 3, 4};
    cc_gguf_set_arr(w, "arr", CC_GGUF_UINT32, vals, 4, &err);
    cc_gguf_writer_to_memory(w, &buf, &len, &err);
    cc_gguf_writer_free(w);
    put_u64(buf + 24 + 8 + 3 + 4 + 4, 1ull << 61); /* the element count */
    CHECKF(cc_gguf_open_memory(buf, len, "arr.gguf", &g, &err) == CC_ERR_FORMAT &&
               strstr(err.msg, "key 0 ('arr') value count 2305843009213693952 at byte 43") && strstr(err.msg, "cannot fit"),
           "%s", err.msg);
    free(buf);
    cc_gguf_buf b = {0};
    for (int d = 0; d < 10; d++) cc_gguf_enc_arr(&b, CC_GGUF_ARRAY, 1);
    cc_gguf_enc_arr(&b, CC_GGUF_UINT8, 0);
    w = NULL;
    cc_gguf_writer_new(&w, &err);
    CHECKF(cc_gguf_set_encoded(w, "deep", CC_GGUF_ARRAY, b.data, b.len, &err) == CC_ERR_FORMAT &&
               strstr(err.msg, "nested deeper than 8"),
           "%s", err.msg);
    cc_gguf_buf_free(&b);
    cc_gguf_writer_free(w);

    /* not a regular file / missing file */
    CHECK(cc_gguf_open("/nonexistent/x.gguf", &g, &err) == CC_ERR_IO && strstr(err.msg, "/nonexistent/x.gguf"));
    CHECK(cc_gguf_open(tmpdir, &g, &err) == CC_ERR_IO);
    free(small);
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/cc_test_gguf.XXXXXX");
    if (!mkdtemp(tmpdir)) return cc_test_skip("mkdtemp failed");
    test_roundtrip(0);
    test_roundtrip(64);
    test_atomic();
    test_malformed();
    rmdir(tmpdir);
    return cc_test_finish("test_gguf");
}
