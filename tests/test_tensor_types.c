/* test_tensor_types.c - tensor types: the table, row sizes, fp16/bf16 edge
 * cases, dequantization of every type against the `gguf` Python package
 * (fixtures from tests/ref/make_quant_fixtures.py), quantization bit-exact with
 * it where it can quantize, and quantize->dequantize error bounds per type. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tensor_types.h"
#include "testutil.h"

static void *read_fixture(const char *name, size_t *len) {
    char rel[128];
    snprintf(rel, sizeof rel, "tests/fixtures/quant/%s", name);
    char *path = cc_test_path(cc_test_source_dir(), rel);
    FILE *f = fopen(path, "rb");
    void *buf = NULL;
    *len = 0;
    if (f) {
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        buf = malloc(n > 0 ? (size_t)n : 1);
        if (buf && fread(buf, 1, (size_t)n, f) == (size_t)n) *len = (size_t)n;
        fclose(f);
    }
    if (!*len) fprintf(stderr, "cannot read fixture %s\n", path);
    free(path);
    return buf;
}

static uint32_t fbits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static float bitsf(uint32_t u) {
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static void test_table(void) {
    cc_error err = {0};
    size_t n = 0;
    CHECK(cc_ttype_get(CC_T_Q4_K) && cc_ttype_get(CC_T_Q4_K)->block_bytes == 144);
    CHECK(cc_ttype_get(7) == NULL); /* q5_1: not supported */
    CHECK(cc_ttype_get(99) == NULL);
    CHECK(cc_ttype_by_name("Q8_0") && cc_ttype_by_name("Q8_0")->type == CC_T_Q8_0);
    CHECK(cc_ttype_by_name("q4_k") && cc_ttype_by_name("q4_k")->type == CC_T_Q4_K);
    CHECK(cc_ttype_by_name("BF16") && cc_ttype_by_name("BF16")->type == CC_T_BF16);
    CHECK(cc_ttype_by_name("q5_0") == NULL);
    CHECK(cc_ttype_row_bytes(CC_T_Q4_1, 576, &n, &err) == CC_OK && n == 18 * 20);
    CHECK(cc_ttype_row_bytes(CC_T_Q6_K, 2048, &n, &err) == CC_OK && n == 8 * 210);
    CHECK(cc_ttype_row_bytes(CC_T_F16, 3, &n, &err) == CC_OK && n == 6);
    CHECKF(cc_ttype_row_bytes(CC_T_Q8_0, 33, &n, &err) == CC_ERR_FORMAT && strstr(err.msg, "multiple"), "%s", err.msg);
    CHECK(cc_ttype_row_bytes(CC_T_F32, INT64_MAX, &n, &err) == CC_ERR_RANGE);
    CHECK(cc_ttype_row_bytes(CC_T_F32, -1, &n, &err) != CC_OK);
    CHECK(cc_ttype_row_bytes((cc_ttype)5, 32, &n, &err) == CC_ERR_UNSUPPORTED);
}

static void test_half_edges(void) {
    /* fp16 -> f32: exact values */
    CHECK(cc_fp16_to_f32(0x3c00) == 1.0f);
    CHECK(cc_fp16_to_f32(0xc000) == -2.0f);
    CHECK(cc_fp16_to_f32(0x7bff) == 65504.0f);
    CHECK(cc_fp16_to_f32(0x0001) == 0x1p-24f);      /* smallest subnormal */
    CHECK(cc_fp16_to_f32(0x03ff) == 1023 * 0x1p-24f); /* largest subnormal */
    CHECK(cc_fp16_to_f32(0x0400) == 0x1p-14f);
    CHECK(fbits(cc_fp16_to_f32(0x8000)) == 0x80000000u);
    CHECK(isinf(cc_fp16_to_f32(0x7c00)) && cc_fp16_to_f32(0xfc00) < 0);
    CHECK(isnan(cc_fp16_to_f32(0x7e00)) && isnan(cc_fp16_to_f32(0x7c01)));
    /* f32 -> fp16 rounding: ties to even, overflow, subnormals, NaN stays NaN */
    CHECK(cc_f32_to_fp16(1.0f) == 0x3c00);
    CHECK(cc_f32_to_fp16(1.0f + 0x1p-11f) == 0x3c00);      /* tie, even stays down */
    CHECK(cc_f32_to_fp16(1.0f + 3 * 0x1p-11f) == 0x3c02);  /* tie, odd goes up */
    CHECK(cc_f32_to_fp16(1.0f + 0x1p-11f + 0x1p-20f) == 0x3c01);
    CHECK(cc_f32_to_fp16(65504.0f) == 0x7bff);
    CHECK(cc_f32_to_fp16(65519.99f) == 0x7bff);
    CHECK(cc_f32_to_fp16(65520.0f) == 0x7c00);
    CHECK(cc_f32_to_fp16(-1e10f) == 0xfc00);
    CHECK(cc_f32_to_fp16(INFINITY) == 0x7c00);
    CHECK(cc_f32_to_fp16(0x1p-24f) == 0x0001);
    CHECK(cc_f32_to_fp16(0x1p-25f) == 0x0000);             /* tie to even (0) */
    CHECK(cc_f32_to_fp16(0x1p-25f * 3) == 0x0002);         /* 1.5 ulp: tie to even (2) */
    CHECK(cc_f32_to_fp16(0x1p-26f) == 0x0000);
    CHECK(cc_f32_to_fp16(-0x1p-24f) == 0x8001);
    CHECK(cc_f32_to_fp16(0x1p-14f - 0x1p-26f) == 0x0400);  /* rounds up into the normals */
    CHECK(cc_f32_to_fp16(-0.0f) == 0x8000);
    uint16_t hn = cc_f32_to_fp16(NAN);
    CHECK((hn & 0x7c00) == 0x7c00 && (hn & 0x3ff) != 0);
    CHECK((cc_f32_to_fp16(bitsf(0x7f800001u)) & 0x3ff) != 0); /* NaN with a low payload stays NaN */
    /* every fp16 value survives f16 -> f32 -> f16 */
    int bad = 0;
    for (uint32_t h = 0; h < 65536; h++) {
        float f = cc_fp16_to_f32((uint16_t)h);
        uint16_t back = cc_f32_to_fp16(f);
        if (isnan(f) ? (back & 0x7c00) != 0x7c00 || !(back & 0x3ff) : back != h) bad++;
    }
    CHECKF(bad == 0, "%d fp16 values do not round-trip", bad);

    /* bf16 */
    CHECK(cc_bf16_to_f32(0x3f80) == 1.0f);
    CHECK(cc_f32_to_bf16(1.0f) == 0x3f80);
    CHECK(cc_f32_to_bf16(bitsf(0x3f808000u)) == 0x3f80); /* tie, even stays */
    CHECK(cc_f32_to_bf16(bitsf(0x3f818000u)) == 0x3f82); /* tie, odd goes up */
    CHECK(cc_f32_to_bf16(bitsf(0x3f808001u)) == 0x3f81);
    CHECK(cc_f32_to_bf16(bitsf(0x7f7fffffu)) == 0x7f80); /* FLT_MAX rounds to inf */
    CHECK(cc_f32_to_bf16(INFINITY) == 0x7f80);
    CHECK(cc_f32_to_bf16(bitsf(0x00000001u)) == 0x0000); /* tiny subnormal */
    CHECK(cc_f32_to_bf16(bitsf(0x00018000u)) == 0x0002); /* subnormal tie to even */
    CHECK(cc_f32_to_bf16(bitsf(0x7f800001u)) == 0x7fc0); /* signalling NaN made quiet, not inf */
    CHECK(cc_f32_to_bf16(bitsf(0xffc00000u)) == 0xffc0);
}

/* Dequantize the fixture blocks of one type and compare with the gguf package. */
static void test_dequant_fixture(const char *name, cc_ttype t) {
    char fn[64];
    size_t nb = 0, nd = 0;
    snprintf(fn, sizeof fn, "%s.blocks", name);
    uint8_t *blocks = read_fixture(fn, &nb);
    snprintf(fn, sizeof fn, "%s.deq", name);
    float *want = read_fixture(fn, &nd);
    CHECKF(blocks && want && nb && nd, "fixtures for %s", name);
    if (!nb || !nd) goto done;
    int64_t n = (int64_t)(nd / 4);
    size_t rb = 0;
    cc_error err = {0};
    CHECKF(cc_ttype_row_bytes(t, n, &rb, &err) == CC_OK && rb == nb, "%s: %zu block bytes for %lld values", name,
           nb, (long long)n);
    float *got = malloc(nd);
    /* dequantize from an odd address: rows inside a mapped file need not be aligned */
    uint8_t *shifted = malloc(nb + 1);
    memcpy(shifted + 1, blocks, nb);
    CHECK(cc_dequantize_row(t, shifted + 1, got, n, &err) == CC_OK);
    int mism = 0;
    for (int64_t i = 0; i < n; i++) {
        bool same = isnan(want[i]) ? isnan(got[i]) : fbits(got[i]) == fbits(want[i]);
        if (!same && mism++ < 5)
            fprintf(stderr, "%s[%lld]: got %.9g (0x%08x) want %.9g (0x%08x)\n", name, (long long)i, got[i],
                    fbits(got[i]), want[i], fbits(want[i]));
    }
    CHECKF(mism == 0, "%s: %d of %lld values differ from the gguf package", name, mism, (long long)n);
    free(got);
    free(shifted);
done:
    free(blocks);
    free(want);
}

/* Quantize the fixture input and compare bytes with the gguf package. */
static void test_quant_fixture(const char *name, cc_ttype t) {
    char fn[64];
    size_t ni = 0, no = 0;
    snprintf(fn, sizeof fn, "%s.qin", name);
    float *x = read_fixture(fn, &ni);
    snprintf(fn, sizeof fn, "%s.qout", name);
    uint8_t *want = read_fixture(fn, &no);
    CHECKF(x && want && ni && no, "quant fixtures for %s", name);
    if (!ni || !no) goto done;
    int64_t n = (int64_t)(ni / 4);
    uint8_t *got = malloc(no);
    cc_error err = {0};
    CHECK(cc_quantize_row(t, x, got, n, &err) == CC_OK);
    size_t diff = 0, first = 0;
    for (size_t i = 0; i < no; i++)
        if (got[i] != want[i] && diff++ == 0) first = i;
    CHECKF(diff == 0, "%s: %zu of %zu quantized bytes differ from the gguf package (first at byte %zu: %02x vs %02x)",
           name, diff, no, first, got[first], want[first]);
    free(got);
done:
    free(x);
    free(want);
}

/* Deterministic normal-ish values (sum of uniforms), with outliers. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static float rnd_uniform(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (float)((rng_state >> 40) * 0x1p-24);
}
static float rnd_normal(void) {
    float s = 0;
    for (int i = 0; i < 12; i++) s += rnd_uniform();
    return s - 6.0f;
}

/* Quantize -> dequantize error, as RMS error / RMS of the random data, against a bound
 * per type.  Also checks the worst single element against the block range. */
static void test_roundtrip(cc_ttype t, double rms_bound) {
    const int64_t n = 256 * 64;
    float *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
    size_t rb = 0;
    cc_error err = {0};
    cc_ttype_row_bytes(t, n, &rb, &err);
    uint8_t *q = malloc(rb);
    for (int64_t i = 0; i < n; i++) x[i] = 0.02f * rnd_normal();
    x[5] = 0.5f;           /* an outlier */
    for (int i = 512; i < 768; i++) x[i] = 0.0f;   /* an all-zero super-block */
    for (int i = 768; i < 1024; i++) x[i] = -0.3f; /* a constant negative super-block */
    for (int i = 1024; i < 1280; i++) x[i] = 0.7f; /* a constant positive super-block */
    CHECK(cc_quantize_row(t, x, q, n, &err) == CC_OK);
    CHECK(cc_dequantize_row(t, q, y, n, &err) == CC_OK);
    double se = 0, ss = 0;
    for (int64_t i = 1280; i < n; i++) { /* the random part only */
        se += (double)(x[i] - y[i]) * (x[i] - y[i]);
        ss += (double)x[i] * x[i];
    }
    double rel = sqrt(se / ss);
    const char *name = cc_ttype_get(t)->name;
    printf("%-5s round-trip rms error %.4g (bound %.4g)\n", name, rel, rms_bound);
    CHECKF(rel <= rms_bound, "%s: round-trip rms error %.4g > %.4g", name, rel, rms_bound);
    int zeros_ok = 1;
    for (int i = 512; i < 768; i++) zeros_ok &= y[i] == 0.0f;
    CHECKF(zeros_ok, "%s: an all-zero block must come back as zeros", name);
    double cerr = 0;
    for (int i = 768; i < 1024; i++) cerr = fmax(cerr, fabs(y[i] + 0.3));
    for (int i = 1024; i < 1280; i++) cerr = fmax(cerr, fabs(y[i] - 0.7));
    CHECKF(cerr < 0.7 * 0.01, "%s: constant blocks come back off by %.4g", name, cerr);
    free(x);
    free(y);
    free(q);
}

/* Non-finite input is the caller's bug, but must not be undefined behaviour
 * (UBSan in the sanitizer build) and must leave finite elements usable. */
static void test_nonfinite(cc_ttype t) {
    float x[256], y[256];
    uint8_t q[1024];
    cc_error err = {0};
    for (int i = 0; i < 256; i++) x[i] = 0.01f * (float)(i % 7);
    x[3] = NAN;
    x[40] = INFINITY;
    x[200] = -INFINITY;
    CHECK(cc_quantize_row(t, x, q, 256, &err) == CC_OK);
    CHECK(cc_dequantize_row(t, q, y, 256, &err) == CC_OK);
}

int main(void) {
    test_table();
    test_half_edges();
    static const struct {
        const char *name;
        cc_ttype t;
        bool quant_fixture;
        double rms_bound;
    } types[] = {
        {"f32", CC_T_F32, false, 0.0},       {"f16", CC_T_F16, true, 5e-4},   {"bf16", CC_T_BF16, true, 3e-3},
        {"q8_0", CC_T_Q8_0, true, 0.008},     {"q4_0", CC_T_Q4_0, true, 0.11}, {"q4_1", CC_T_Q4_1, true, 0.10},
        {"q4_K", CC_T_Q4_K, false, 0.10},    {"q6_K", CC_T_Q6_K, false, 0.03},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        test_dequant_fixture(types[i].name, types[i].t);
        if (types[i].quant_fixture) test_quant_fixture(types[i].name, types[i].t);
        test_roundtrip(types[i].t, types[i].rms_bound);
        test_nonfinite(types[i].t);
    }
    return cc_test_finish("test_tensor_types");
}
