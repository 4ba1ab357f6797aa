/* test_forward_ref.c - the CPU forward pass against transformers' float32
 * logits for the tiny random Llama checkpoints in tests/fixtures/tiny-llama
 * (plain RoPE f32, llama3-scaled bf16 in two shards, f16): loaded directly from
 * the Hugging Face directory, and converted to GGUF (Q/K rows permuted for
 * interleaved RoPE, llama3 as rope_freqs factors) in f32 and in quantized
 * types.  Relative error (max |diff| / max |ref| per sequence) <= 1e-4 in f32;
 * quantized forms differ from exact math on their own weights only by the
 * int8 activation rounding. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forward.h"
#include "gguf.h"
#include "gguf_llama.h"
#include "hf_checkpoint.h"
#include "model_load.h"
#include "rope_layout.h"
#include "testutil.h"

typedef struct {
    int32_t n_seq;          /* sequences */
    int32_t ids[4][300];    /* their token ids */
    int32_t n[4];           /* their lengths */
    int64_t off[4];         /* offsets in floats into ref */
    float *ref;             /* all reference logits */
    int32_t vocab;          /* logits per token */
} reference;

static bool load_ref(const char *dir, reference *r) {
    memset(r, 0, sizeof *r);
    char *jp = cc_test_path(dir, "ref_logits.json"), *bp = cc_test_path(dir, "ref_logits.bin");
    json_error_t je;
    json_t *root = json_load_file(jp, 0, &je);
    bool ok = root != NULL;
    if (ok) {
        r->vocab = (int32_t)json_integer_value(json_object_get(root, "vocab"));
        json_t *seqs = json_object_get(root, "sequences");
        size_t i;
        json_t *sq;
        json_array_foreach(seqs, i, sq) {
            if (i >= 4) break;
            json_t *ids = json_object_get(sq, "ids");
            r->n[i] = (int32_t)json_array_size(ids);
            for (int32_t k = 0; k < r->n[i] && k < 300; k++) r->ids[i][k] = (int32_t)json_integer_value(json_array_get(ids, (size_t)k));
            r->off[i] = json_integer_value(json_object_get(sq, "offset_floats"));
            r->n_seq = (int32_t)i + 1;
        }
        json_decref(root);
        FILE *f = fopen(bp, "rb");
        ok = f != NULL;
        if (ok) {
            fseek(f, 0, SEEK_END);
            long sz = ftell(f);
            fseek(f, 0, SEEK_SET);
            r->ref = malloc((size_t)sz);
            ok = r->ref && fread(r->ref, 1, (size_t)sz, f) == (size_t)sz;
            fclose(f);
        }
    }
    free(jp);
    free(bp);
    return ok;
}

/* Worst per-sequence relative error of the model against the reference; also
 * runs sequence 0 token by token (decode path) and requires identical logits. */
static double check_model(const cc_model *m, const reference *r, bool threads, float *all) {
    cc_error err = {0};
    cc_kv_pool pool;
    CHECK(cc_kv_pool_init(&pool, m->hp.n_layer, m->hp.n_head_kv * m->hp.head_dim, 16, CC_KV_F32, (size_t)8 << 20, &err) ==
          CC_OK);
    cc_threadpool *tp = NULL;
    if (threads) CHECK(cc_threadpool_init(&tp, 2, &err) == CC_OK);
    cc_forward f;
    CHECK(cc_forward_init(&f, m, &pool, tp, cc_cpu_isa_detect(), &err) == CC_OK);
    double worst = 0;
    const int32_t V = r->vocab;
    for (int32_t s = 0; s < r->n_seq; s++) {
        float *lg = malloc((size_t)r->n[s] * V * sizeof(float));
        cc_kv_seq kv;
        cc_kv_seq_init(&kv);
        cc_fwd_seq fs = {.kv = &kv, .tokens = r->ids[s], .n_tokens = r->n[s], .logits = CC_LOGITS_ALL};
        CHECKF(cc_forward_step(&f, &fs, 1, lg, &err) == CC_OK, "%s", err.msg);
        double e = cc_rel_err(lg, r->ref + r->off[s], (size_t)r->n[s] * V);
        if (all) memcpy(all + r->off[s], lg, (size_t)r->n[s] * V * sizeof(float));
        if (!(e <= worst)) worst = e;
        cc_kv_seq_release(&pool, &kv);
        if (s == 0) { /* token by token: the same logits bit for bit */
            float *lg1 = malloc((size_t)V * sizeof(float));
            int bad = 0;
            for (int32_t t = 0; t < r->n[s]; t++) {
                fs = (cc_fwd_seq){.kv = &kv, .tokens = &r->ids[s][t], .n_tokens = 1, .logits = CC_LOGITS_LAST};
                CHECK(cc_forward_step(&f, &fs, 1, lg1, &err) == CC_OK);
                bad += memcmp(lg1, lg + (size_t)t * V, (size_t)V * sizeof(float)) != 0;
            }
            CHECKF(bad == 0, "%d decode positions differ from the prefill logits", bad);
            cc_kv_seq_release(&pool, &kv);
            free(lg1);
        }
        free(lg);
    }
    cc_forward_free(&f);
    cc_threadpool_free(tp);
    cc_kv_pool_free(&pool);
    return worst;
}

/* ---- HF -> GGUF in memory (Q/K permuted; matrices in wtype) */

typedef struct {
    void *bufs[64];
    int n;
} keep;

static const char *hf_names[][2] = {
    {"self_attn.q_proj.weight", "attn_q"},  {"self_attn.k_proj.weight", "attn_k"},
    {"self_attn.v_proj.weight", "attn_v"},  {"self_attn.o_proj.weight", "attn_output"},
    {"mlp.gate_proj.weight", "ffn_gate"},   {"mlp.up_proj.weight", "ffn_up"},
    {"mlp.down_proj.weight", "ffn_down"},   {"input_layernorm.weight", "attn_norm"},
    {"post_attention_layernorm.weight", "ffn_norm"},
};

static bool add(cc_gguf_writer *w, const cc_hf_checkpoint *ck, const char *hf, const char *gg, cc_ttype wtype,
                bool deq, int permute_heads, keep *k) {
    cc_error err = {0};
    const cc_safetensors *file;
    const cc_st_tensor *t = cc_hf_tensor(ck, hf, &file);
    if (!t) return false;
    int64_t rows = cc_st_rows(t), cols = cc_st_row_len(t);
    float *x = malloc((size_t)(rows * cols) * sizeof(float));
    k->bufs[k->n++] = x;
    if (cc_st_rows_f32(file, t, 0, rows, x, &err) != CC_OK) return false;
    if (permute_heads) {
        float *y = malloc((size_t)(rows * cols) * sizeof(float));
        k->bufs[k->n++] = y;
        if (cc_rope_permute_rows(y, x, permute_heads, ck->hp.head_dim, (size_t)cols * sizeof(float), true, &err) != CC_OK)
            return false;
        x = y;
    }
    cc_ttype ty = t->n_dims == 1 ? CC_T_F32 : wtype;
    if (deq && ty != CC_T_F32) { /* the quantized values, stored exactly as f32 */
        size_t rb0;
        cc_ttype_row_bytes(ty, cols, &rb0, &err);
        uint8_t *tmp = malloc(rb0);
        for (int64_t r = 0; r < rows; r++) {
            cc_quantize_row(ty, x + r * cols, tmp, cols, &err);
            cc_dequantize_row(ty, tmp, x + r * cols, cols, &err);
        }
        free(tmp);
        ty = CC_T_F32;
    }
    size_t rb;
    if (cc_ttype_row_bytes(ty, cols, &rb, &err) != CC_OK) return false;
    uint8_t *q = malloc(rb * (size_t)rows);
    k->bufs[k->n++] = q;
    for (int64_t r = 0; r < rows; r++)
        if (cc_quantize_row(ty, x + r * cols, q + r * rb, cols, &err) != CC_OK) return false;
    int64_t ne[2] = {cols, rows};
    return cc_gguf_add_tensor(w, gg, ty, t->n_dims == 1 ? 1 : 2, ne, q, &err) == CC_OK;
}

static bool to_gguf(const char *dir, cc_ttype wtype, bool deq, cc_model *m) {
    cc_error err = {0};
    cc_hf_checkpoint ck;
    if (cc_hf_open(&ck, dir, &err) != CC_OK) return false;
    cc_gguf_writer *w = NULL;
    keep k = {.n = 0};
    bool ok = cc_gguf_writer_new(&w, &err) == CC_OK && cc_llama_hparams_write(w, &ck.hp, "tiny", &err) == CC_OK;
    ok = ok && add(w, &ck, "model.embed_tokens.weight", "token_embd.weight", wtype, deq, 0, &k);
    ok = ok && add(w, &ck, "model.norm.weight", "output_norm.weight", wtype, deq, 0, &k);
    if (!ck.hp.tied_embeddings) ok = ok && add(w, &ck, "lm_head.weight", "output.weight", wtype, deq, 0, &k);
    float fac[256];
    if (ok && ck.hp.rope_scaling == CC_ROPE_SCALING_LLAMA3) {
        int64_t ne = ck.hp.head_dim / 2;
        ok = cc_llama_rope_freqs(&ck.hp, fac, &err) == CC_OK &&
             cc_gguf_add_tensor(w, "rope_freqs.weight", CC_T_F32, 1, &ne, fac, &err) == CC_OK;
    }
    for (int l = 0; ok && l < ck.hp.n_layer; l++)
        for (size_t i = 0; ok && i < sizeof hf_names / sizeof hf_names[0]; i++) {
            char hn[128], gn[128];
            snprintf(hn, sizeof hn, "model.layers.%d.%s", l, hf_names[i][0]);
            snprintf(gn, sizeof gn, "blk.%d.%s.weight", l, hf_names[i][1]);
            int ph = i == 0 ? ck.hp.n_head : i == 1 ? ck.hp.n_head_kv : 0;
            ok = add(w, &ck, hn, gn, wtype, deq, ph, &k);
        }
    uint8_t *mem = NULL;
    size_t len = 0;
    ok = ok && cc_gguf_writer_to_memory(w, &mem, &len, &err) == CC_OK;
    cc_gguf_writer_free(w);
    for (int i = 0; i < k.n; i++) free(k.bufs[i]);
    cc_hf_close(&ck);
    cc_gguf *g = NULL;
    ok = ok && cc_gguf_open_memory(mem, len, "tiny.gguf", &g, &err) == CC_OK;
    ok = ok && cc_model_from_gguf(m, g, &err) == CC_OK;
    if (!ok) fprintf(stderr, "to_gguf %s: %s\n", dir, err.msg);
    if (!ok) {
        cc_gguf_close(g);
        free(mem);
        return false;
    }
    /* the buffer must outlive the model: hand it to the model's owned list */
    void **n = realloc(m->owned, ((size_t)m->n_owned + 1) * sizeof(void *));
    n[m->n_owned++] = mem;
    m->owned = n;
    return true;
}

int main(void) {
    static const char *dirs[] = {"plain", "llama3", "f16"};
    /* Quantized GGUF forms.  tol bounds the engine's own error: its logits against exact f32
     * math on the same (dequantized) weights.  F16 runs f32 activations: exact.  The integer
     * types quantize activations to int8 per 32 (~0.4% per element), which this deliberately
     * sensitive tiny model (logit std ~8) amplifies to ~3% of the largest logit.  The error
     * of the weight format itself (dequantized model vs transformers) is reported, not bounded. */
    static const struct {
        cc_ttype t;
        double tol;
    } quant[] = {{CC_T_F16, 1e-6}, {CC_T_Q8_0, 4e-2}, {CC_T_Q4_0, 4e-2}, {CC_T_Q4_1, 4e-2}};
    for (size_t d = 0; d < 3; d++) {
        char rel[64];
        snprintf(rel, sizeof rel, "tests/fixtures/tiny-llama/%s", dirs[d]);
        char *dir = cc_test_path(cc_test_source_dir(), rel);
        reference r;
        CHECKF(load_ref(dir, &r), "cannot read the reference in %s", dir);
        cc_error err = {0};
        cc_model m;
        CHECKF(cc_model_load(&m, dir, &err) == CC_OK, "%s", err.msg);
        CHECK(m.rope_layout == CC_ROPE_PAIRS_HALVES);
        double e = check_model(&m, &r, d == 1, NULL);
        fprintf(stderr, "%-6s HF  f32 math: rel err %.3g\n", dirs[d], e);
        CHECKF(e <= 1e-4, "%s from the HF directory: rel err %g > 1e-4", dirs[d], e);
        cc_model_free(&m);

        CHECK(to_gguf(dir, CC_T_F32, false, &m));
        CHECK(m.rope_layout == CC_ROPE_PAIRS_ADJACENT);
        CHECK((m.rope_factors != NULL) == (d == 1));
        e = check_model(&m, &r, false, NULL);
        fprintf(stderr, "%-6s GGUF f32: rel err %.3g\n", dirs[d], e);
        CHECKF(e <= 1e-4, "%s as GGUF f32: rel err %g > 1e-4", dirs[d], e);
        cc_model_free(&m);
        if (d == 0) {
            size_t total = (size_t)(r.off[r.n_seq - 1] + (int64_t)r.n[r.n_seq - 1] * r.vocab);
            float *lq = malloc(total * sizeof(float)), *ld = malloc(total * sizeof(float));
            for (size_t q = 0; q < sizeof quant / sizeof quant[0]; q++) {
                const char *tn = cc_ttype_get(quant[q].t)->name;
                /* the engine on quantized weights vs exact f32 math on the same (dequantized) weights:
                 * the difference is the engine's own error (int8 activations), not the format's */
                CHECK(to_gguf(dir, quant[q].t, false, &m));
                double eq = check_model(&m, &r, false, lq);
                cc_model_free(&m);
                CHECK(to_gguf(dir, quant[q].t, true, &m));
                double ed = check_model(&m, &r, false, ld);
                cc_model_free(&m);
                double worst = 0;
                for (int32_t s = 0; s < r.n_seq; s++) {
                    double e2 = cc_rel_err(lq + r.off[s], ld + r.off[s], (size_t)r.n[s] * r.vocab);
                    if (!(e2 <= worst)) worst = e2;
                }
                fprintf(stderr, "plain  GGUF %-4s: vs dequantized-f32 model %.3g (bound %g); vs transformers %.3g, "
                                "dequantized-f32 model vs transformers %.3g\n", tn, worst, quant[q].tol, eq, ed);
                CHECKF(worst <= quant[q].tol, "%s: engine vs f32 math on the same weights: rel err %g > %g", tn, worst,
                       quant[q].tol);
                CHECKF(eq <= 1.5 * ed + quant[q].tol, "%s: error vs transformers %g, weights alone explain %g", tn, eq, ed);
                CHECK(ed > 1e-6); /* really quantized */
            }
            free(lq);
            free(ld);
        }
        free(r.ref);
        free(dir);
    }
    return cc_test_finish("test_forward_ref");
}
