/* test_convert_logits.c - end to end: the tiny Hugging Face checkpoints,
 * converted to GGUF, run through a plain f32 Llama forward pass written here
 * with GGUF's conventions (interleaved RoPE, rope_freqs.weight factors, tied
 * output = token_embd) reproduce the logits transformers computed from the
 * original checkpoints (tests/fixtures/tiny-llama/<v>/ref_logits.bin).  So
 * the Q/K permutation, the llama3 frequency factors, the tensor mapping and
 * the fixtures themselves agree.  A q8_0 conversion stays close. */
#define _XOPEN_SOURCE 700
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gguf.h"
#include "gguf_llama.h"
#include "hf_convert.h"
#include "testutil.h"

typedef struct {
    const cc_gguf *g;    /* the converted model */
    cc_llama_hparams hp; /* its hyperparameters */
    float *rope_factors; /* [head_dim/2], 1 when absent */
} model;

/* A whole tensor as f32 (caller frees). */
static float *tensor_f32(const model *m, const char *name, int64_t *n) {
    const cc_gguf_tensor *t = cc_gguf_find_tensor(m->g, name);
    CHECKF(t != NULL, "missing %s", name);
    if (!t) return NULL;
    float *out = malloc((size_t)t->n_elements * sizeof *out);
    cc_error e = {0};
    size_t rb;
    CHECK(cc_ttype_row_bytes((cc_ttype)t->type_id, t->ne[0], &rb, &e) == CC_OK);
    int64_t rows = t->n_elements / t->ne[0];
    for (int64_t r = 0; r < rows; r++)
        CHECK(cc_dequantize_row((cc_ttype)t->type_id, (const uint8_t *)t->data + (size_t)r * rb, out + r * t->ne[0],
                                t->ne[0], &e) == CC_OK);
    if (n) *n = t->n_elements;
    return out;
}

static void rmsnorm(float *out, const float *x, const float *w, int n, float eps) {
    double ss = 0;
    for (int i = 0; i < n; i++)
        ss += (double)x[i] * x[i];
    float s = (float)(1.0 / sqrt(ss / n + eps));
    for (int i = 0; i < n; i++)
        out[i] = x[i] * s * w[i];
}

/* out[rows] = W[rows][cols] . x */
static void matvec(float *out, const float *w, const float *x, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
        double s = 0;
        for (int c = 0; c < cols; c++)
            s += (double)w[(size_t)r * cols + c] * x[c];
        out[r] = (float)s;
    }
}

static void rope_interleaved(float *x, int hd, int pos, const model *m) {
    for (int i = 0; i < hd / 2; i++) {
        double f = pow((double)m->hp.rope_theta, -2.0 * i / hd) / m->rope_factors[i];
        double a = pos * f, c = cos(a), s = sin(a);
        double x0 = x[2 * i], x1 = x[2 * i + 1];
        x[2 * i] = (float)(x0 * c - x1 * s);
        x[2 * i + 1] = (float)(x0 * s + x1 * c);
    }
}

/* logits[T][vocab] for ids[T] from position 0. */
static void forward(const model *m, const int *ids, int T, float *logits) {
    const cc_llama_hparams *hp = &m->hp;
    int E = hp->n_embd, hd = hp->head_dim, Q = hp->n_head * hd, KV = hp->n_head_kv * hd, F = hp->n_ff, V = hp->n_vocab;
    float *emb = tensor_f32(m, "token_embd.weight", NULL);
    float *x = malloc((size_t)T * E * 4), *h = malloc((size_t)E * 4), *q = malloc((size_t)T * Q * 4);
    float *k = malloc((size_t)T * KV * 4), *v = malloc((size_t)T * KV * 4), *att = malloc((size_t)Q * 4);
    float *o = malloc((size_t)E * 4), *g = malloc((size_t)F * 4), *u = malloc((size_t)F * 4);
    double *sc = malloc((size_t)T * sizeof *sc);
    for (int t = 0; t < T; t++)
        memcpy(x + (size_t)t * E, emb + (size_t)ids[t] * E, (size_t)E * 4);
    char nm[64];
    for (int l = 0; l < hp->n_layer; l++) {
        float *wn = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_ATTN_NORM), NULL);
        float *wq = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_ATTN_Q), NULL);
        float *wk = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_ATTN_K), NULL);
        float *wv = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_ATTN_V), NULL);
        float *wo = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_ATTN_OUT), NULL);
        float *fn = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_FFN_NORM), NULL);
        float *wg = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_FFN_GATE), NULL);
        float *wu = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_FFN_UP), NULL);
        float *wd = tensor_f32(m, cc_llama_tensor_name(nm, sizeof nm, l, CC_LT_FFN_DOWN), NULL);
        for (int t = 0; t < T; t++) {
            rmsnorm(h, x + (size_t)t * E, wn, E, hp->rms_eps);
            matvec(q + (size_t)t * Q, wq, h, Q, E);
            matvec(k + (size_t)t * KV, wk, h, KV, E);
            matvec(v + (size_t)t * KV, wv, h, KV, E);
            for (int hh = 0; hh < hp->n_head; hh++)
                rope_interleaved(q + (size_t)t * Q + hh * hd, hd, t, m);
            for (int hh = 0; hh < hp->n_head_kv; hh++)
                rope_interleaved(k + (size_t)t * KV + hh * hd, hd, t, m);
        }
        int group = hp->n_head / hp->n_head_kv;
        for (int t = 0; t < T; t++) {
            for (int hh = 0; hh < hp->n_head; hh++) {
                const float *qh = q + (size_t)t * Q + hh * hd;
                double mx = -1e300, sum = 0;
                for (int s = 0; s <= t; s++) {
                    const float *kh = k + (size_t)s * KV + (hh / group) * hd;
                    double d = 0;
                    for (int i = 0; i < hd; i++)
                        d += (double)qh[i] * kh[i];
                    sc[s] = d / sqrt((double)hd);
                    mx = fmax(mx, sc[s]);
                }
                for (int s = 0; s <= t; s++)
                    sum += (sc[s] = exp(sc[s] - mx));
                for (int i = 0; i < hd; i++) {
                    double a = 0;
                    for (int s = 0; s <= t; s++)
                        a += sc[s] * v[(size_t)s * KV + (hh / group) * hd + i];
                    att[hh * hd + i] = (float)(a / sum);
                }
            }
            matvec(o, wo, att, E, Q);
            float *xt = x + (size_t)t * E;
            for (int i = 0; i < E; i++)
                xt[i] += o[i];
            rmsnorm(h, xt, fn, E, hp->rms_eps);
            matvec(g, wg, h, F, E);
            matvec(u, wu, h, F, E);
            for (int i = 0; i < F; i++)
                g[i] = g[i] / (1.0f + expf(-g[i])) * u[i];
            matvec(o, wd, g, E, F);
            for (int i = 0; i < E; i++)
                xt[i] += o[i];
        }
        free(wn), free(wq), free(wk), free(wv), free(wo), free(fn), free(wg), free(wu), free(wd);
    }
    float *on = tensor_f32(m, "output_norm.weight", NULL);
    float *out = hp->tied_embeddings ? emb : tensor_f32(m, "output.weight", NULL);
    for (int t = 0; t < T; t++) {
        rmsnorm(h, x + (size_t)t * E, on, E, hp->rms_eps);
        matvec(logits + (size_t)t * V, out, h, V, E);
    }
    if (out != emb) free(out);
    free(on), free(emb), free(x), free(h), free(q), free(k), free(v), free(att), free(o), free(g), free(u), free(sc);
}

/* Convert a fixture variant to `type` and compare every reference sequence. */
static void check_variant(const char *variant, cc_ttype type, double max_rel, double min_top1) {
    char rel[128], out[64];
    snprintf(rel, sizeof rel, "tests/fixtures/tiny-llama/%s", variant);
    char *dir = cc_test_path(cc_test_source_dir(), rel);
    snprintf(out, sizeof out, "/tmp/cc_test_logits_%d.gguf", (int)getpid());
    cc_convert_opts o = {type, NULL, 1, NULL, NULL};
    cc_error e = {0};
    CHECKF(cc_convert_hf(dir, out, &o, NULL, &e) == CC_OK, "%s", e.msg);
    cc_gguf *g = NULL;
    CHECKF(cc_gguf_open(out, &g, &e) == CC_OK, "%s", e.msg);
    unlink(out);
    char *jp = cc_test_path(dir, "ref_logits.json"), *bp = cc_test_path(dir, "ref_logits.bin");
    json_error_t je;
    json_t *meta = json_load_file(jp, 0, &je);
    FILE *bf = fopen(bp, "rb");
    CHECKF(meta && bf && g, "%s: reference files", variant);
    if (!meta || !bf || !g) goto out;
    model m = {g, {0}, NULL};
    CHECK(cc_llama_hparams_read(g, &m.hp, &e) == CC_OK);
    m.rope_factors = malloc((size_t)m.hp.head_dim / 2 * sizeof(float));
    bool found;
    CHECK(cc_llama_rope_freqs_read(g, &m.hp, m.rope_factors, &found, &e) == CC_OK);
    CHECK(found == (m.hp.rope_scaling == CC_ROPE_SCALING_LLAMA3));
    if (!found)
        for (int i = 0; i < m.hp.head_dim / 2; i++)
            m.rope_factors[i] = 1;
    int V = (int)json_integer_value(json_object_get(meta, "vocab"));
    CHECK(V == m.hp.n_vocab);
    size_t si;
    json_t *seq;
    json_array_foreach(json_object_get(meta, "sequences"), si, seq) {
        json_t *ids = json_object_get(seq, "ids");
        int T = (int)json_array_size(ids);
        int *tok = malloc((size_t)T * sizeof *tok);
        for (int t = 0; t < T; t++)
            tok[t] = (int)json_integer_value(json_array_get(ids, (size_t)t));
        float *ref = malloc((size_t)T * V * 4), *got = malloc((size_t)T * V * 4);
        long off = (long)json_integer_value(json_object_get(seq, "offset_floats")) * 4;
        CHECK(fseek(bf, off, SEEK_SET) == 0 && fread(ref, 4, (size_t)T * V, bf) == (size_t)T * V);
        forward(&m, tok, T, got);
        double err = cc_rel_err(got, ref, (size_t)T * V);
        int agree = 0;
        for (int t = 0; t < T; t++) {
            int a = 0, b = 0;
            for (int i = 1; i < V; i++) {
                if (got[(size_t)t * V + i] > got[(size_t)t * V + a]) a = i;
                if (ref[(size_t)t * V + i] > ref[(size_t)t * V + b]) b = i;
            }
            agree += a == b;
        }
        printf("%s %s: sequence %zu (%d tokens): relative error %.2e, top-1 agreement %d/%d\n", variant,
               cc_ttype_get(type)->name, si, T, err, agree, T);
        CHECKF(err <= max_rel, "%s seq %zu: relative error %g > %g", variant, si, err, max_rel);
        CHECKF(agree >= min_top1 * T, "%s seq %zu: top-1 agreement %d/%d", variant, si, agree, T);
        free(tok), free(ref), free(got);
    }
    free(m.rope_factors);
out:
    if (bf) fclose(bf);
    json_decref(meta);
    cc_gguf_close(g);
    free(jp), free(bp), free(dir);
}

int main(void) {
    check_variant("plain", CC_T_F32, 1e-5, 1.0);
    check_variant("llama3", CC_T_F32, 1e-5, 1.0);
    check_variant("f16", CC_T_F32, 1e-5, 1.0);
    check_variant("llama3", CC_T_Q8_0, 0.05, 0.9);
    return cc_test_finish("test_convert_logits");
}
