/* test_gguf_mutate.c - the GGUF reader against thousands of damaged files.
 *
 * A valid file with every metadata type (nested and string arrays, Llama keys,
 * a tokenizer) and tensors of all eight types is truncated at every length
 * and mutated by single- and multi-byte flips and by overwriting 8-byte
 * fields with extreme values; each result goes through the fuzz target's
 * checks (tests/fuzz/fuzz_gguf.c, included): success, or an error whose
 * message names the input; never a crash (ASan) or hang.
 *
 * `test_gguf_mutate --write-corpus DIR` writes the fuzz seed corpus instead
 * (tests/fuzz/corpus/fuzz_gguf/). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz_gguf.c"
#include "gguf.h"
#include "gguf_llama.h"
#include "testutil.h"

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t next_rand(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* The base file: all metadata types, a small tokenizer, eight tensor types. */
static uint8_t *make_base(size_t *len) {
    cc_error err = {0};
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    cc_llama_hparams hp = {.n_layer = 1, .n_embd = 32, .n_ff = 64, .n_head = 2, .n_head_kv = 1, .head_dim = 16, .n_vocab = 40,
                           .n_ctx_train = 128, .rms_eps = 1e-5f, .rope_theta = 10000.0f};
    cc_llama_hparams_write(w, &hp, "mutate", &err);
    cc_gguf_set_u8(w, "t.u8", 7, &err);
    cc_gguf_set_i8(w, "t.i8", -7, &err);
    cc_gguf_set_u16(w, "t.u16", 700, &err);
    cc_gguf_set_i16(w, "t.i16", -700, &err);
    cc_gguf_set_i32(w, "t.i32", -70000, &err);
    cc_gguf_set_u64(w, "t.u64", 1ull << 40, &err);
    cc_gguf_set_i64(w, "t.i64", -(1ll << 40), &err);
    cc_gguf_set_f64(w, "t.f64", 0.125, &err);
    cc_gguf_set_bool(w, "t.bool", true, &err);
    float fa[4] = {1, 2, 3, 4};
    cc_gguf_set_arr(w, "t.arr_f32", CC_GGUF_FLOAT32, fa, 4, &err);
    cc_gguf_buf b = {0};
    cc_gguf_enc_arr(&b, CC_GGUF_ARRAY, 2);
    cc_gguf_enc_arr(&b, CC_GGUF_INT64, 1);
    cc_gguf_enc_u64(&b, 5);
    cc_gguf_enc_arr(&b, CC_GGUF_STRING, 2);
    cc_gguf_enc_str(&b, "p", 1);
    cc_gguf_enc_str(&b, "qq", 2);
    cc_gguf_set_encoded(w, "t.nested", CC_GGUF_ARRAY, b.data, b.len, &err);
    cc_gguf_buf_free(&b);
    const char *toks[40];
    char tokbuf[40][8];
    int32_t types[40];
    for (int i = 0; i < 40; i++) {
        snprintf(tokbuf[i], sizeof tokbuf[i], i < 3 ? "<%d>" : "t%d", i);
        toks[i] = tokbuf[i];
        types[i] = i < 3 ? 3 : 1;
    }
    cc_gguf_set_str(w, "tokenizer.ggml.model", "gpt2", &err);
    cc_gguf_set_arr_str(w, "tokenizer.ggml.tokens", toks, 40, &err);
    cc_gguf_set_arr(w, "tokenizer.ggml.token_type", CC_GGUF_INT32, types, 40, &err);
    const char *merges[3] = {"t 1", "t 2", "t1 0"};
    cc_gguf_set_arr_str(w, "tokenizer.ggml.merges", merges, 3, &err);
    cc_gguf_set_u32(w, "tokenizer.ggml.bos_token_id", 1, &err);
    cc_gguf_set_str(w, "tokenizer.chat_template", "<|im_start|>{{ x }}", &err);
    static const struct {
        const char *name;
        cc_ttype t;
        int64_t ne0, ne1;
    } ts[] = {
        {"output_norm.weight", CC_T_F32, 32, 1}, {"t.f16", CC_T_F16, 16, 4},     {"t.bf16", CC_T_BF16, 16, 2},
        {"t.q8_0", CC_T_Q8_0, 64, 2},            {"t.q4_0", CC_T_Q4_0, 32, 3},   {"t.q4_1", CC_T_Q4_1, 64, 1},
        {"t.q4_K", CC_T_Q4_K, 256, 2},           {"t.q6_K", CC_T_Q6_K, 256, 1},
    };
    static uint8_t data[8][1024];
    static float x[512];
    for (int i = 0; i < 512; i++) x[i] = (float)((int)(next_rand() % 2001) - 1000) / 997.0f;
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++) {
        int64_t ne[2] = {ts[i].ne0, ts[i].ne1};
        cc_quantize_row(ts[i].t, x, data[i], ne[0] * ne[1], &err);
        cc_gguf_add_tensor(w, ts[i].name, ts[i].t, 2, ne, data[i], &err);
    }
    uint8_t *buf = NULL;
    CHECKF(cc_gguf_writer_to_memory(w, &buf, len, &err) == CC_OK, "%s", err.msg);
    cc_gguf_writer_free(w);
    return buf;
}

/* A tiny complete Llama model (q8_0 matrices, f32 norms) for the corpus. */
static uint8_t *make_tiny_llama(size_t *len) {
    cc_error err = {0};
    cc_gguf_writer *w = NULL;
    cc_gguf_writer_new(&w, &err);
    cc_llama_hparams hp = {.n_layer = 1, .n_embd = 32, .n_ff = 64, .n_head = 2, .n_head_kv = 1, .head_dim = 16, .n_vocab = 8,
                           .n_ctx_train = 64, .rms_eps = 1e-5f, .rope_theta = 500000.0f, .rope_scaling = CC_ROPE_SCALING_LLAMA3,
                           .rope_factor = 32, .rope_low_freq_factor = 1, .rope_high_freq_factor = 4, .rope_orig_ctx = 8192};
    cc_llama_hparams_write(w, &hp, "tiny", &err);
    static uint8_t mats[16][4096];
    static float rope[8];
    static float x[2048];
    for (int i = 0; i < 2048; i++) x[i] = (float)((int)(next_rand() % 201) - 100) / 400.0f;
    int m = 0;
    int64_t ne[2] = {32, 8};
    cc_quantize_row(CC_T_Q8_0, x, mats[m], 256, &err);
    cc_gguf_add_tensor(w, CC_LLAMA_TOKEN_EMBD, CC_T_Q8_0, 2, ne, mats[m++], &err);
    for (int k = 0; k < CC_LT_LAYER_COUNT; k++) {
        char name[64];
        int nd = cc_llama_layer_tensor_shape(&hp, (cc_llama_layer_tensor)k, ne);
        cc_ttype t = nd == 1 ? CC_T_F32 : CC_T_Q8_0;
        cc_quantize_row(t, x, mats[m], ne[0] * ne[1], &err);
        cc_gguf_add_tensor(w, cc_llama_tensor_name(name, sizeof name, 0, (cc_llama_layer_tensor)k), t, (uint32_t)nd, ne, mats[m++], &err);
    }
    ne[0] = 32;
    for (int i = 0; i < 32; i++) x[i] = 1.0f;
    cc_gguf_add_tensor(w, CC_LLAMA_OUTPUT_NORM, CC_T_F32, 1, ne, x, &err);
    cc_llama_rope_freqs(&hp, rope, &err);
    ne[0] = 8;
    cc_gguf_add_tensor(w, CC_LLAMA_ROPE_FREQS, CC_T_F32, 1, ne, rope, &err);
    uint8_t *buf = NULL;
    CHECKF(cc_gguf_writer_to_memory(w, &buf, len, &err) == CC_OK, "%s", err.msg);
    cc_gguf_writer_free(w);
    return buf;
}

static int write_seed(const char *dir, const char *name, const uint8_t *p, size_t n) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n) {
        fprintf(stderr, "cannot write %s\n", path);
        if (f) fclose(f);
        return 1;
    }
    fclose(f);
    return 0;
}

static int write_corpus(const char *dir) {
    size_t bl, tl;
    uint8_t *base = make_base(&bl), *tiny = make_tiny_llama(&tl);
    int bad = 0;
    bad += write_seed(dir, "all_types.gguf", base, bl);
    bad += write_seed(dir, "tiny_llama.gguf", tiny, tl);
    bad += write_seed(dir, "trunc_header.gguf", base, 100);
    bad += write_seed(dir, "trunc_data.gguf", base, bl - 7);
    uint8_t *c = malloc(bl > tl ? bl : tl);
    memcpy(c, base, bl);
    c[8] = 0xff; /* tensor count */
    bad += write_seed(dir, "bad_tensor_count.gguf", c, bl);
    memcpy(c, base, bl);
    c[bl / 3] ^= 0x5a;
    bad += write_seed(dir, "flipped.gguf", c, bl);
    memcpy(c, tiny, tl);
    c[4] = 2; /* version 2 */
    bad += write_seed(dir, "tiny_llama_v2.gguf", c, tl);
    free(c);
    free(base);
    free(tiny);
    printf("wrote the fuzz_gguf corpus to %s\n", dir);
    return bad ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--write-corpus") == 0) return write_corpus(argv[2]);
    size_t len = 0;
    uint8_t *base = make_base(&len);
    CHECK(base && len > 1000 && len < 64 * 1024);
    if (!base) return cc_test_finish("test_gguf_mutate");
    CHECK(fuzz_gguf_one(base, len) == 1);
    size_t tl;
    uint8_t *tiny = make_tiny_llama(&tl);
    CHECK(fuzz_gguf_one(tiny, tl) == 1);
    cc_gguf *g = NULL;
    cc_error err = {0};
    cc_llama_hparams hp;
    CHECK(cc_gguf_open_memory(tiny, tl, "tiny", &g, &err) == CC_OK && cc_llama_hparams_read(g, &hp, &err) == CC_OK &&
          cc_llama_check_tensors(g, &hp, &err) == CC_OK && hp.rope_scaling == CC_ROPE_SCALING_LLAMA3);
    cc_gguf_close(g);
    free(tiny);

    /* the copy is heap-allocated at exactly its length so ASan sees any overread */
    int accepted = 0, rejected = 0;
    for (size_t n = 0; n < len; n++) {
        uint8_t *p = malloc(n ? n : 1);
        memcpy(p, base, n);
        if (fuzz_gguf_one(p, n)) accepted++;
        else rejected++;
        free(p);
    }
    CHECKF(accepted == 0, "%d truncations accepted", accepted); /* the last tensor ends the file: every cut shows */
    int flips_ok = 0, flips_bad = 0;
    uint8_t *p = malloc(len);
    for (int iter = 0; iter < 20000; iter++) {
        memcpy(p, base, len);
        int nflip = iter < 10000 ? 1 : 2 + (int)(next_rand() % 7);
        for (int k = 0; k < nflip; k++) {
            size_t at = (size_t)(next_rand() % len);
            /* half the flips land in the header where the fields are */
            if (iter % 2 == 0) at = (size_t)(next_rand() % (len / 2));
            p[at] = (uint8_t)next_rand();
        }
        if (fuzz_gguf_one(p, len)) flips_ok++;
        else flips_bad++;
    }
    /* 8-byte fields: overwrite every 8-byte-aligned word of the header with extremes */
    static const uint64_t extremes[] = {0, 1, 0x7fffffffffffffffull, 0xffffffffffffffffull, 0x100000000ull, 31, 33};
    for (size_t at = 0; at + 8 <= len / 2; at += 4)
        for (size_t e = 0; e < sizeof extremes / sizeof extremes[0]; e++) {
            memcpy(p, base, len);
            memcpy(p + at, &extremes[e], 8);
            if (fuzz_gguf_one(p, len)) flips_ok++;
            else flips_bad++;
        }
    free(p);
    printf("truncations: %d rejected; mutations: %d accepted, %d rejected\n", rejected, flips_ok, flips_bad);
    CHECK(flips_bad > 1000 && flips_ok > 1000); /* both outcomes exercised */
    free(base);
    return cc_test_finish("test_gguf_mutate");
}
