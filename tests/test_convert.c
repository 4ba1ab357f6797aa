/* test_convert.c - Hugging Face -> GGUF conversion (io/hf_convert.h) on the
 * tiny checkpoints and on a synthetic one with K-quant-sized rows:
 *   - f32 output: every tensor equals its source exactly, Q/K after the RoPE
 *     row permutation, norms f32, no output.weight when tied;
 *   - bf16 output of bf16 weights: bytes identical to the (permuted) source;
 *   - quantized output: bytes equal quantizing the permuted source rows, and
 *     the dequantized weights are within the type's error bound;
 *   - metadata read back: llama.* hyperparameters (llama3 scaling through
 *     rope_freqs.weight), file type, tokenizer ids, chat template, and the
 *     clinclean.generation.* defaults. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gguf.h"
#include "gguf_llama.h"
#include "hf_checkpoint.h"
#include "hf_convert.h"
#include "hf_synth.h"
#include "rope_layout.h"
#include "testutil.h"

static char tmpdir[64];

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw) {
    (void)sb, (void)flag, (void)ftw;
    return remove(p);
}

static char *fixture(const char *variant) {
    char rel[128];
    snprintf(rel, sizeof rel, "tests/fixtures/tiny-llama/%s", variant);
    return cc_test_path(cc_test_source_dir(), rel);
}

/* HF name and permutation (0 none, else heads) of a GGUF tensor name. */
static bool hf_source(const char *g, const cc_llama_hparams *hp, char *hf, size_t cap, int *perm) {
    static const struct {
        const char *gguf, *hf;
        int perm; /* 1 q, 2 k */
    } m[] = {
        {"attn_norm.weight", "input_layernorm.weight", 0},    {"attn_q.weight", "self_attn.q_proj.weight", 1},
        {"attn_k.weight", "self_attn.k_proj.weight", 2},      {"attn_v.weight", "self_attn.v_proj.weight", 0},
        {"attn_output.weight", "self_attn.o_proj.weight", 0}, {"ffn_norm.weight", "post_attention_layernorm.weight", 0},
        {"ffn_gate.weight", "mlp.gate_proj.weight", 0},       {"ffn_up.weight", "mlp.up_proj.weight", 0},
        {"ffn_down.weight", "mlp.down_proj.weight", 0}};
    *perm = 0;
    if (strcmp(g, "token_embd.weight") == 0) return snprintf(hf, cap, "model.embed_tokens.weight"), true;
    if (strcmp(g, "output_norm.weight") == 0) return snprintf(hf, cap, "model.norm.weight"), true;
    if (strcmp(g, "output.weight") == 0) return snprintf(hf, cap, "lm_head.weight"), true;
    int l, off = 0;
    if (sscanf(g, "blk.%d.%n", &l, &off) != 1 || off == 0) return false;
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (strcmp(g + off, m[i].gguf) == 0) {
            snprintf(hf, cap, "model.layers.%d.%s", l, m[i].hf);
            *perm = m[i].perm == 1 ? hp->n_head : m[i].perm == 2 ? hp->n_head_kv : 0;
            return true;
        }
    return false;
}

/* Relative RMS error bound of a stored type on weights like ours. */
static double tolerance(cc_ttype t) {
    switch (t) {
    case CC_T_F32:
        return 0;
    case CC_T_F16:
        return 1e-3;
    case CC_T_BF16:
        return 5e-3;
    case CC_T_Q8_0:
        return 0.008; /* observed 0.0054 */
    case CC_T_Q6_K:
        return 0.025; /* 0.015 */
    case CC_T_Q4_0:
        return 0.12; /* 0.086 */
    case CC_T_Q4_1:
        return 0.11; /* 0.080 */
    case CC_T_Q4_K:
        return 0.09; /* 0.061 */
    }
    return 0;
}

/* Convert src_dir to `type`, then check every tensor and the metadata. */
static void check_convert(const char *label, const char *src_dir, cc_ttype type, int want_fallback,
                          cc_ttype fallback_type) {
    char out[128];
    snprintf(out, sizeof out, "%s/%s.gguf", tmpdir, label);
    cc_error e = {0};
    cc_convert_opts o = {type, NULL, 2, NULL, NULL};
    cc_convert_stats st;
    CHECKF(cc_convert_hf(src_dir, out, &o, &st, &e) == CC_OK, "%s: %s", label, e.msg);
    if (e.code != CC_OK) return;
    CHECKF(st.n_fallback == want_fallback, "%s: %d fallbacks, want %d", label, st.n_fallback, want_fallback);
    cc_hf_checkpoint ck;
    cc_gguf *g = NULL;
    CHECKF(cc_hf_open(&ck, src_dir, &e) == CC_OK, "%s", e.msg);
    CHECKF(cc_gguf_open(out, &g, &e) == CC_OK, "%s: %s", label, e.msg);
    if (!g) {
        cc_hf_close(&ck);
        return;
    }
    const cc_llama_hparams *hp = &ck.hp;

    /* hyperparameters as the GGUF reader sees them */
    cc_llama_hparams rb;
    CHECKF(cc_llama_hparams_read(g, &rb, &e) == CC_OK, "%s", e.msg);
    CHECK(rb.n_layer == hp->n_layer && rb.n_embd == hp->n_embd && rb.n_ff == hp->n_ff && rb.n_head == hp->n_head);
    CHECK(rb.n_head_kv == hp->n_head_kv && rb.head_dim == hp->head_dim && rb.n_vocab == hp->n_vocab);
    CHECK(rb.n_ctx_train == hp->n_ctx_train && rb.rms_eps == hp->rms_eps && rb.rope_theta == hp->rope_theta);
    CHECK(rb.rope_scaling == hp->rope_scaling && rb.tied_embeddings == hp->tied_embeddings);
    CHECKF(cc_llama_check_tensors(g, &rb, &e) == CC_OK, "%s", e.msg);
    int64_t v;
    CHECK(cc_gguf_get_int(g, "general.file_type", &v, &e) == CC_OK && v == cc_convert_file_type(type));
    CHECK(cc_gguf_get_int(g, "general.quantization_version", &v, NULL) ==
          (type == CC_T_F32 || type == CC_T_F16 || type == CC_T_BF16 ? CC_ERR_FORMAT : CC_OK));
    if (hp->rope_scaling == CC_ROPE_SCALING_LLAMA3) {
        const cc_gguf_tensor *rf = cc_gguf_find_tensor(g, CC_LLAMA_ROPE_FREQS);
        float want[256];
        CHECK(cc_llama_rope_freqs(hp, want, &e) == CC_OK);
        CHECK(rf && rf->type_id == CC_T_F32 && rf->ne[0] == hp->head_dim / 2);
        if (rf) CHECK(memcmp(rf->data, want, (size_t)hp->head_dim / 2 * 4) == 0);
        CHECK(rf && ((const float *)rf->data)[hp->head_dim / 2 - 1] == hp->rope_factor); /* lowest band: factor */
    } else {
        CHECK(cc_gguf_find_tensor(g, CC_LLAMA_ROPE_FREQS) == NULL);
    }
    CHECK((cc_gguf_find_tensor(g, "output.weight") == NULL) == hp->tied_embeddings);

    /* every tensor against its source */
    int n_checked = 0;
    double worst = 0;
    for (int64_t i = 0; i < cc_gguf_n_tensors(g); i++) {
        const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
        if (strcmp(t->name, CC_LLAMA_ROPE_FREQS) == 0) continue;
        char hf[128];
        int perm;
        CHECKF(hf_source(t->name, hp, hf, sizeof hf, &perm), "unexpected tensor %s", t->name);
        const cc_safetensors *f;
        const cc_st_tensor *s = cc_hf_tensor(&ck, hf, &f);
        CHECKF(s != NULL, "%s: no source %s", t->name, hf);
        if (!s) continue;
        int64_t rows = cc_st_rows(s), cols = cc_st_row_len(s);
        CHECK(t->ne[0] == cols && (s->n_dims == 1 ? t->n_dims == 1 : t->ne[1] == rows));
        cc_ttype want_t = s->n_dims == 1 ? CC_T_F32 : cc_convert_matrix_type(type, cols);
        if (s->n_dims == 2 && want_fallback) want_t = fallback_type;
        CHECKF(t->type_id == (uint32_t)want_t, "%s: type %u, want %u", t->name, t->type_id, (unsigned)want_t);
        size_t rbytes;
        if (cc_ttype_row_bytes((cc_ttype)t->type_id, cols, &rbytes, &e) != CC_OK) continue;
        float *src = malloc((size_t)cols * 4), *deq = malloc((size_t)cols * 4);
        uint8_t *q = malloc(rbytes);
        double se = 0, ss = 0;
        bool bytes_equal = true, values_equal = true;
        for (int64_t r = 0; r < rows; r++) {
            int64_t from = perm ? cc_rope_hf_row_of_gguf_row(r, hp->head_dim) : r;
            CHECK(cc_st_rows_f32(f, s, from, 1, src, &e) == CC_OK);
            const uint8_t *stored = (const uint8_t *)t->data + (size_t)r * rbytes;
            CHECK(cc_quantize_row((cc_ttype)t->type_id, src, q, cols, &e) == CC_OK);
            bytes_equal &= memcmp(q, stored, rbytes) == 0;
            CHECK(cc_dequantize_row((cc_ttype)t->type_id, stored, deq, cols, &e) == CC_OK);
            for (int64_t c = 0; c < cols; c++) {
                double d = (double)deq[c] - src[c];
                se += d * d;
                ss += (double)src[c] * src[c];
                values_equal &= deq[c] == src[c];
            }
            /* same-type storage without quantization keeps the source bytes */
            if (t->type_id == (uint32_t)s->dtype)
                bytes_equal &= memcmp(stored, s->data + (size_t)from * rbytes, rbytes) == 0;
        }
        double rel = sqrt(se / (ss > 0 ? ss : 1));
        worst = fmax(worst, rel);
        CHECKF(bytes_equal, "%s %s: stored bytes differ from the converted source rows", label, t->name);
        if (t->type_id == CC_T_F32) CHECKF(values_equal, "%s %s: f32 values differ", label, t->name);
        CHECKF(rel <= tolerance((cc_ttype)t->type_id), "%s %s: relative RMS error %.4f over %s's bound %.4f", label,
               t->name, rel, cc_ttype_get(t->type_id)->name, tolerance((cc_ttype)t->type_id));
        if (s->n_dims == 2 && t->type_id != CC_T_F32 && t->type_id != (uint32_t)s->dtype)
            CHECKF(rel > 0, "%s %s: no quantization error at all", label, t->name);
        free(src), free(deq), free(q);
        n_checked++;
    }
    CHECK(n_checked == 3 + 9 * hp->n_layer - (hp->tied_embeddings ? 1 : 0));
    printf("%s: %d tensors checked, worst relative RMS error %.4g\n", label, n_checked, worst);

    /* tokenizer and generation metadata */
    const cc_gguf_value *toks = cc_gguf_get(g, "tokenizer.ggml.tokens");
    CHECK(toks && toks->arr_n == (uint64_t)hp->n_vocab);
    CHECK(cc_gguf_get_int(g, "tokenizer.ggml.bos_token_id", &v, &e) == CC_OK && v == 379);
    CHECK(cc_gguf_get_int(g, "tokenizer.ggml.eos_token_id", &v, &e) == CC_OK &&
          v == (ck.eos_token && strcmp(ck.eos_token, "<|eot_id|>") == 0 ? 383 : 380));
    char *tmpl = NULL;
    if (ck.chat_template) {
        CHECK(cc_gguf_get_strdup(g, "tokenizer.chat_template", &tmpl, &e) == CC_OK && tmpl &&
              strcmp(tmpl, ck.chat_template) == 0);
        free(tmpl);
    } else {
        CHECK(cc_gguf_get(g, "tokenizer.chat_template") == NULL);
    }
    float fv;
    CHECK((cc_gguf_get_f32(g, "clinclean.generation.temperature", &fv, &e) == CC_OK) == ck.gen.has_temperature);
    if (ck.gen.has_temperature) CHECK(fv == ck.gen.temperature);
    CHECK((cc_gguf_get_f32(g, "clinclean.generation.top_p", &fv, NULL) == CC_OK) == ck.gen.has_top_p);
    CHECK((cc_gguf_get_int(g, "clinclean.generation.top_k", &v, NULL) == CC_OK) == ck.gen.has_top_k);
    if (ck.gen.has_top_k) CHECK(v == ck.gen.top_k);
    CHECK((cc_gguf_get_f32(g, "clinclean.generation.repetition_penalty", &fv, NULL) == CC_OK) ==
          ck.gen.has_repetition_penalty);
    CHECK((cc_gguf_get_int(g, "clinclean.generation.max_new_tokens", &v, NULL) == CC_OK) == ck.gen.has_max_new_tokens);
    const cc_gguf_value *eos = NULL;
    if (ck.gen.n_eos) {
        CHECK(cc_gguf_get_arr(g, "clinclean.generation.eos_token_ids", CC_GGUF_UINT32, &eos, &e) == CC_OK);
        CHECK(eos && eos->arr_n == (uint64_t)ck.gen.n_eos);
        for (int i = 0; eos && i < ck.gen.n_eos; i++)
            CHECK(cc_gguf_arr_int(eos, (uint64_t)i) == ck.gen.eos_ids[i]);
    }
    if (ck.gen.present) CHECK(cc_gguf_get_int(g, "clinclean.generation.bos_token_id", &v, NULL) == CC_OK && v == 379);
    cc_gguf_close(g);
    cc_hf_close(&ck);
    unlink(out);
}

static uint8_t *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = malloc(len > 0 ? (size_t)len : 1);
    *n = fread(b, 1, (size_t)(len > 0 ? len : 0), f);
    fclose(f);
    return b;
}

/* The same input gives the same bytes whatever the thread count. */
static void test_deterministic(const char *src) {
    char a[128], b[128];
    snprintf(a, sizeof a, "%s/t1.gguf", tmpdir);
    snprintf(b, sizeof b, "%s/t3.gguf", tmpdir);
    cc_convert_opts o1 = {CC_T_Q4_K, "same", 1, NULL, NULL}, o3 = {CC_T_Q4_K, "same", 3, NULL, NULL};
    cc_error e = {0};
    CHECKF(cc_convert_hf(src, a, &o1, NULL, &e) == CC_OK, "%s", e.msg);
    CHECKF(cc_convert_hf(src, b, &o3, NULL, &e) == CC_OK, "%s", e.msg);
    size_t na = 0, nb = 0;
    uint8_t *da = slurp(a, &na), *db = slurp(b, &nb);
    CHECK(da && db && na > 100000 && na == nb && memcmp(da, db, na) == 0);
    free(da), free(db);
    unlink(a), unlink(b);
}

static void test_errors(void) {
    char out[128];
    snprintf(out, sizeof out, "%s/x.gguf", tmpdir);
    cc_convert_opts o = {CC_T_Q8_0, "x", 1, NULL, NULL};
    cc_error e = {0};
    CHECK(cc_convert_hf("/nonexistent/dir", out, &o, NULL, &e) == CC_ERR_IO);
    CHECKF(strstr(e.msg, "/nonexistent/dir: not a directory"), "%s", e.msg);
    CHECK(access(out, F_OK) != 0);
    /* a checkpoint without tokenizer.json */
    char d[128];
    snprintf(d, sizeof d, "%s/notok", tmpdir);
    cc_hf_synth_opts so = {0};
    so.hp = (cc_llama_hparams){.n_layer = 1,
                               .n_embd = 64,
                               .n_ff = 96,
                               .n_head = 2,
                               .n_head_kv = 1,
                               .head_dim = 32,
                               .n_vocab = 384,
                               .n_ctx_train = 512,
                               .rms_eps = 1e-5f,
                               .rope_theta = 10000.0f};
    so.dtype = CC_T_F32;
    CHECKF(cc_hf_synth_write(d, &so, &e) == CC_OK, "%s", e.msg);
    CHECK(cc_convert_hf(d, out, &o, NULL, &e) == CC_ERR_IO);
    CHECKF(strstr(e.msg, "tokenizer.json is missing"), "%s", e.msg);
    /* vocabulary size disagreeing with the tokenizer */
    char *tok = cc_test_path(cc_test_source_dir(), "tests/fixtures/tiny-llama/plain/tokenizer.json");
    so.hp.n_vocab = 400;
    so.tokenizer_json = tok;
    CHECKF(cc_hf_synth_write(d, &so, &e) == CC_OK, "%s", e.msg);
    CHECK(cc_convert_hf(d, out, &o, NULL, &e) == CC_ERR_FORMAT);
    CHECKF(strstr(e.msg, "defines 384 tokens but config.json vocab_size is 400"), "%s", e.msg);
    CHECK(access(out, F_OK) != 0);
    free(tok);
}

/* The real Llama 3 tokenizer (shared/fixtures/llama3) on a synthetic model of
 * the full 128256-token vocabulary, with Llama 3.2 Instruct's generation_config. */
static void test_llama3_tokenizer(void) {
    char *tok = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/tokenizer.json");
    char *tcfg = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/tokenizer_config.json");
    if (!cc_test_file_exists(tok) || !cc_test_file_exists(tcfg)) {
        printf("skipping the Llama 3 tokenizer conversion: %s absent\n", tok);
        free(tok), free(tcfg);
        return;
    }
    char d[128], out[160];
    snprintf(d, sizeof d, "%s/l3tok", tmpdir);
    snprintf(out, sizeof out, "%s/l3tok.gguf", tmpdir);
    cc_hf_synth_opts so = {0};
    so.hp = (cc_llama_hparams){.n_layer = 1,
                               .n_embd = 32,
                               .n_ff = 64,
                               .n_head = 2,
                               .n_head_kv = 1,
                               .head_dim = 16,
                               .n_vocab = 128256,
                               .n_ctx_train = 131072,
                               .rms_eps = 1e-5f,
                               .rope_theta = 500000.0f,
                               .rope_scaling = CC_ROPE_SCALING_LLAMA3,
                               .rope_factor = 32,
                               .rope_low_freq_factor = 1,
                               .rope_high_freq_factor = 4,
                               .rope_orig_ctx = 8192,
                               .tied_embeddings = true};
    so.dtype = CC_T_BF16;
    so.tokenizer_json = tok;
    so.tokenizer_config = tcfg;
    cc_error e = {0};
    CHECKF(cc_hf_synth_write(d, &so, &e) == CC_OK, "%s", e.msg);
    /* the template ships as chat_template.jinja beside the tokenizer (as newer checkpoints do) */
    char *jsrc = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/chat_template.jinja");
    char *jdst = cc_test_path(d, "chat_template.jinja");
    char *tmpl_text = NULL;
    FILE *jf = fopen(jsrc, "rb");
    if (jf) {
        tmpl_text = calloc(1, 1 << 16);
        size_t n = fread(tmpl_text, 1, (1 << 16) - 1, jf);
        fclose(jf);
        FILE *jo = fopen(jdst, "wb");
        if (jo) {
            fwrite(tmpl_text, 1, n, jo);
            fclose(jo);
        }
    }
    free(jsrc), free(jdst);
    char *gc = cc_test_path(d, "generation_config.json");
    FILE *f = fopen(gc, "w");
    if (f) {
        fputs("{\"bos_token_id\": 128000, \"do_sample\": true, \"eos_token_id\": [128001, 128008, 128009],\n"
              " \"temperature\": 0.6, \"top_p\": 0.9, \"transformers_version\": \"4.45.0.dev0\"}\n",
              f);
        fclose(f);
    }
    free(gc);
    cc_convert_opts o = {CC_T_Q8_0, "l3", 2, NULL, NULL};
    CHECKF(cc_convert_hf(d, out, &o, NULL, &e) == CC_OK, "%s", e.msg);
    cc_gguf *g = NULL;
    CHECKF(cc_gguf_open(out, &g, &e) == CC_OK, "%s", e.msg);
    if (g) {
        int64_t v;
        const cc_gguf_value *toks = cc_gguf_get(g, "tokenizer.ggml.tokens");
        CHECK(toks && toks->arr_n == 128256);
        CHECK(cc_gguf_get_int(g, "tokenizer.ggml.bos_token_id", &v, &e) == CC_OK && v == 128000);
        CHECK(cc_gguf_get_int(g, "tokenizer.ggml.eot_token_id", &v, &e) == CC_OK && v == 128009);
        cc_gguf_str pre;
        CHECK(cc_gguf_get_str(g, "tokenizer.ggml.pre", &pre, &e) == CC_OK && pre.len == 9 &&
              memcmp(pre.ptr, "llama-bpe", 9) == 0);
        const cc_gguf_value *merges = cc_gguf_get(g, "tokenizer.ggml.merges");
        CHECK(merges && merges->arr_n == 280147);
        const cc_gguf_value *eos = NULL;
        CHECK(cc_gguf_get_arr(g, "clinclean.generation.eos_token_ids", CC_GGUF_UINT32, &eos, &e) == CC_OK);
        CHECK(eos && eos->arr_n == 3 && cc_gguf_arr_int(eos, 0) == 128001 && cc_gguf_arr_int(eos, 1) == 128008 &&
              cc_gguf_arr_int(eos, 2) == 128009);
        float t;
        CHECK(cc_gguf_get_f32(g, "clinclean.generation.temperature", &t, &e) == CC_OK && t == 0.6f);
        char *tmpl = NULL;
        CHECK(cc_gguf_get_strdup(g, "tokenizer.chat_template", &tmpl, &e) == CC_OK && tmpl && tmpl_text &&
              strcmp(tmpl, tmpl_text) == 0 && strstr(tmpl, "<|start_header_id|>"));
        free(tmpl);
        const cc_gguf_tensor *emb = cc_gguf_find_tensor(g, "token_embd.weight");
        CHECK(emb && emb->type_id == CC_T_Q8_0 && emb->ne[1] == 128256);
        cc_gguf_close(g);
    }
    unlink(out);
    free(tmpl_text);
    free(tok), free(tcfg);
}

int main(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/cc_test_convert_XXXXXX");
    if (!mkdtemp(tmpdir)) return cc_test_skip("cannot make a temporary directory");
    char *plain = fixture("plain"), *llama3 = fixture("llama3"), *f16 = fixture("f16");

    check_convert("plain-f32", plain, CC_T_F32, 0, CC_T_F32);
    check_convert("llama3-f32", llama3, CC_T_F32, 0, CC_T_F32);
    check_convert("f16-f32", f16, CC_T_F32, 0, CC_T_F32);
    check_convert("llama3-bf16", llama3, CC_T_BF16, 0, CC_T_BF16);
    check_convert("f16-f16", f16, CC_T_F16, 0, CC_T_F16);
    check_convert("plain-q8_0", plain, CC_T_Q8_0, 0, CC_T_Q8_0);
    check_convert("llama3-q4_0", llama3, CC_T_Q4_0, 0, CC_T_Q4_0);
    check_convert("plain-q4_1", plain, CC_T_Q4_1, 0, CC_T_Q4_1);
    /* rows of 64 / 160 are not multiples of 256: every matrix falls back to q8_0 */
    check_convert("plain-q4_k-fallback", plain, CC_T_Q4_K, 16, CC_T_Q8_0);

    /* K-quants on a synthetic checkpoint whose rows are multiples of 256 */
    char synth[128];
    snprintf(synth, sizeof synth, "%s/synth", tmpdir);
    char *tok = cc_test_path(llama3, "tokenizer.json"), *tcfg = cc_test_path(llama3, "tokenizer_config.json");
    cc_hf_synth_opts so = {0};
    so.hp = (cc_llama_hparams){.n_layer = 2,
                               .n_embd = 256,
                               .n_ff = 512,
                               .n_head = 4,
                               .n_head_kv = 2,
                               .head_dim = 64,
                               .n_vocab = 384,
                               .n_ctx_train = 4096,
                               .rms_eps = 1e-5f,
                               .rope_theta = 500000.0f,
                               .rope_scaling = CC_ROPE_SCALING_LLAMA3,
                               .rope_factor = 8,
                               .rope_low_freq_factor = 1,
                               .rope_high_freq_factor = 4,
                               .rope_orig_ctx = 1024,
                               .tied_embeddings = true};
    so.dtype = CC_T_BF16;
    so.seed = 7;
    so.tokenizer_json = tok;
    so.tokenizer_config = tcfg;
    cc_error e = {0};
    CHECKF(cc_hf_synth_write(synth, &so, &e) == CC_OK, "%s", e.msg);
    check_convert("synth-q4_k", synth, CC_T_Q4_K, 0, CC_T_Q4_K);
    check_convert("synth-q6_k", synth, CC_T_Q6_K, 0, CC_T_Q6_K);
    check_convert("synth-bf16", synth, CC_T_BF16, 0, CC_T_BF16);
    test_deterministic(synth);
    free(tok), free(tcfg);

    test_errors();
    test_llama3_tokenizer();
    free(plain), free(llama3), free(f16);
    nftw(tmpdir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
    return cc_test_finish("test_convert");
}
