/* model.c - binding a Llama model's tensors (from any source) to per-layer
 * weight views, with type/shape checks, and synthetic random models. */
#include "model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

cc_status cc_llama_hparams_check(const cc_llama_hparams *hp, cc_error *err) {
    if (hp->n_layer <= 0 || hp->n_embd <= 0 || hp->n_ff <= 0 || hp->n_head <= 0 || hp->n_head_kv <= 0 ||
        hp->head_dim <= 0 || hp->n_vocab <= 0)
        return cc_fail(err, CC_ERR_FORMAT,
                       "model: dimensions must be positive (layers %d, embd %d, ff %d, heads %d/%d, head_dim %d, "
                       "vocab %d)",
                       hp->n_layer, hp->n_embd, hp->n_ff, hp->n_head, hp->n_head_kv, hp->head_dim, hp->n_vocab);
    if (hp->n_head % hp->n_head_kv != 0)
        return cc_fail(err, CC_ERR_FORMAT, "model: %d query heads is not a multiple of %d kv heads", hp->n_head,
                       hp->n_head_kv);
    if (hp->head_dim % 2 != 0 || hp->head_dim > CC_ROPE_MAX_DIM)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "model: head_dim %d must be even and at most %d", hp->head_dim,
                       CC_ROPE_MAX_DIM);
    if (hp->n_layer > 4096 || hp->n_embd > (1 << 20) || hp->n_ff > (1 << 22) || hp->n_head > 4096 ||
        hp->n_vocab > (1 << 24))
        return cc_fail(err, CC_ERR_RANGE, "model: dimensions implausibly large");
    if (!(hp->rms_eps > 0.0f) || !(hp->rms_eps < 1.0f))
        return cc_fail(err, CC_ERR_FORMAT, "model: rms epsilon %g out of range", hp->rms_eps);
    return CC_OK;
}

static cc_status keep(cc_model *m, void *p, cc_error *err) {
    void **n = realloc(m->owned, ((size_t)m->n_owned + 1) * sizeof(void *));
    if (!n) {
        free(p);
        return cc_fail(err, CC_ERR_NOMEM, "model: out of memory");
    }
    m->owned = n;
    m->owned[m->n_owned++] = p;
    return CC_OK;
}

/* Fetch a tensor by name and check its shape (ne0 x ne1, ne1 == 0 for a vector). */
static cc_status fetch(cc_tensor_find_fn find, void *src, const char *name, int64_t ne0, int64_t ne1,
                       cc_tensor_ref *out, bool *found, cc_error *err) {
    memset(out, 0, sizeof *out);
    cc_status st = find(src, name, out, found, err);
    if (st != CC_OK || !*found) return st;
    int64_t want_dims = ne1 ? 2 : 1;
    int64_t extra = 1;
    for (int i = (int)want_dims; i < out->n_dims && i < 4; i++) extra *= out->ne[i];
    if (out->n_dims < 1 || out->ne[0] != ne0 || (ne1 ? (out->n_dims < 2 || out->ne[1] != ne1) : out->n_dims != 1 && out->ne[1] != 1) ||
        extra != 1) {
        char got[96];
        snprintf(got, sizeof got, "[%lld, %lld, %lld, %lld] (%d dims)", (long long)out->ne[0],
                 (long long)(out->n_dims > 1 ? out->ne[1] : 1), (long long)(out->n_dims > 2 ? out->ne[2] : 1),
                 (long long)(out->n_dims > 3 ? out->ne[3] : 1), out->n_dims);
        return cc_fail(err, CC_ERR_FORMAT, "tensor '%s': expected shape [%lld, %lld] (row length first), got %s",
                       name, (long long)ne0, (long long)(ne1 ? ne1 : 1), got);
    }
    return CC_OK;
}

static cc_status need_matrix(cc_model *m, cc_tensor_find_fn find, void *src, const char *name, int64_t rows,
                             int64_t cols, cc_matrix *out, cc_error *err) {
    cc_tensor_ref t;
    bool found = false;
    cc_status st = fetch(find, src, name, cols, rows, &t, &found, err);
    if (st != CC_OK) return st;
    if (!found) return cc_fail(err, CC_ERR_FORMAT, "model: missing tensor '%s'", name);
    (void)m;
    return cc_matrix_view(out, t.type, rows, cols, t.data, name, err);
}

static cc_status need_vector(cc_model *m, cc_tensor_find_fn find, void *src, const char *name, int64_t n,
                             float **out, cc_error *err) {
    cc_tensor_ref t;
    bool found = false;
    cc_status st = fetch(find, src, name, n, 0, &t, &found, err);
    if (st != CC_OK) return st;
    if (!found) return cc_fail(err, CC_ERR_FORMAT, "model: missing tensor '%s'", name);
    if (t.type != CC_T_F32 && t.type != CC_T_F16 && t.type != CC_T_BF16)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "tensor '%s': norm weights must be f32/f16/bf16, not type %d", name,
                       (int)t.type);
    float *v = malloc((size_t)n * sizeof(float));
    if (!v) return cc_fail(err, CC_ERR_NOMEM, "model: out of memory");
    st = keep(m, v, err);
    if (st != CC_OK) return st;
    st = cc_dequantize_row(t.type, t.data, v, n, err);
    if (st != CC_OK) return cc_wrap(err, "tensor '%s'", name);
    *out = v;
    return CC_OK;
}

static void layer_name(char *buf, size_t n, cc_tensor_names names, int32_t l, const char *gguf, const char *hf) {
    if (names == CC_NAMES_GGUF) snprintf(buf, n, "blk.%d.%s.weight", l, gguf);
    else snprintf(buf, n, "model.layers.%d.%s.weight", l, hf);
}

cc_status cc_model_from_source(cc_model *m, const cc_llama_hparams *hp, cc_tensor_names names,
                               cc_rope_layout layout, cc_tensor_find_fn find, void *source,
                               void (*close_source)(void *), cc_error *err) {
    cc_status st = CC_OK;
    memset(m, 0, sizeof *m);
    st = cc_llama_hparams_check(hp, err);
    if (st != CC_OK) return st;
    m->hp = *hp;
    m->rope_layout = layout;
    const bool gg = names == CC_NAMES_GGUF;
    const int64_t E = hp->n_embd, F = hp->n_ff, QD = (int64_t)hp->n_head * hp->head_dim,
                  KD = (int64_t)hp->n_head_kv * hp->head_dim, V = hp->n_vocab;
    m->layers = calloc((size_t)hp->n_layer, sizeof *m->layers);
    if (!m->layers) {
        st = cc_fail(err, CC_ERR_NOMEM, "model: out of memory");
        goto done;
    }
    st = need_matrix(m, find, source, gg ? "token_embd.weight" : "model.embed_tokens.weight", V, E, &m->tok_embd, err);
    if (st != CC_OK) goto done;
    st = need_vector(m, find, source, gg ? "output_norm.weight" : "model.norm.weight", E, &m->output_norm, err);
    if (st != CC_OK) goto done;
    {
        cc_tensor_ref t;
        bool found = false;
        const char *oname = gg ? "output.weight" : "lm_head.weight";
        st = fetch(find, source, oname, E, V, &t, &found, err);
        if (st != CC_OK) goto done;
        if (found) {
            st = cc_matrix_view(&m->output, t.type, V, E, t.data, oname, err);
            if (st != CC_OK) goto done;
            m->hp.tied_embeddings = false;
        } else {
            m->output = m->tok_embd;
            m->hp.tied_embeddings = true;
        }
    }
    for (int32_t l = 0; l < hp->n_layer; l++) {
        cc_layer_weights *L = &m->layers[l];
        char nm[128];
        struct {
            const char *g, *h;
            int64_t rows, cols;
            cc_matrix *dst;
        } mats[] = {
            {"attn_q", "self_attn.q_proj", QD, E, &L->wq},   {"attn_k", "self_attn.k_proj", KD, E, &L->wk},
            {"attn_v", "self_attn.v_proj", KD, E, &L->wv},   {"attn_output", "self_attn.o_proj", E, QD, &L->wo},
            {"ffn_gate", "mlp.gate_proj", F, E, &L->w_gate}, {"ffn_up", "mlp.up_proj", F, E, &L->w_up},
            {"ffn_down", "mlp.down_proj", E, F, &L->w_down},
        };
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++) {
            layer_name(nm, sizeof nm, names, l, mats[i].g, mats[i].h);
            st = need_matrix(m, find, source, nm, mats[i].rows, mats[i].cols, mats[i].dst, err);
            if (st != CC_OK) goto done;
        }
        layer_name(nm, sizeof nm, names, l, "attn_norm", "input_layernorm");
        st = need_vector(m, find, source, nm, E, &L->attn_norm, err);
        if (st != CC_OK) goto done;
        layer_name(nm, sizeof nm, names, l, "ffn_norm", "post_attention_layernorm");
        st = need_vector(m, find, source, nm, E, &L->ffn_norm, err);
        if (st != CC_OK) goto done;
    }
    m->source = source;
    m->close_source = close_source;
done:
    if (st != CC_OK) cc_model_free(m);
    return st;
}

void cc_model_free(cc_model *m) {
    if (!m) return;
    for (int32_t i = 0; i < m->n_owned; i++) free(m->owned[i]);
    free(m->owned);
    free(m->layers);
    if (m->close_source && m->source) m->close_source(m->source);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------------ synthetic models */

typedef struct {
    char name[64];      /* GGUF name */
    cc_tensor_ref ref;  /* its view */
} mem_tensor;

typedef struct {
    mem_tensor *t;  /* tensors */
    int32_t n;      /* count */
} mem_source;

static cc_status mem_find(void *src, const char *name, cc_tensor_ref *out, bool *found, cc_error *err) {
    (void)err;
    mem_source *ms = src;
    *found = false;
    for (int32_t i = 0; i < ms->n; i++)
        if (strcmp(ms->t[i].name, name) == 0) {
            *out = ms->t[i].ref;
            *found = true;
            break;
        }
    return CC_OK;
}

static uint64_t splitmix(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static float gauss(uint64_t *s) { /* Box-Muller */
    double u1 = ((splitmix(s) >> 11) + 1.0) / 9007199254740993.0, u2 = (splitmix(s) >> 11) / 9007199254740992.0;
    return (float)(sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2));
}

cc_status cc_model_init_random(cc_model *m, const cc_llama_hparams *hp, cc_ttype wtype, uint64_t seed,
                               cc_error *err) {
    cc_status st = CC_OK;
    memset(m, 0, sizeof *m);
    mem_source ms = {0};
    void **bufs = NULL;
    int32_t n_bufs = 0;
    float *tmp = NULL;
    st = cc_llama_hparams_check(hp, err);
    if (st != CC_OK) return st;
    const int64_t E = hp->n_embd, F = hp->n_ff, QD = (int64_t)hp->n_head * hp->head_dim,
                  KD = (int64_t)hp->n_head_kv * hp->head_dim, V = hp->n_vocab;
    int32_t cap = 4 + 9 * hp->n_layer;
    ms.t = calloc((size_t)cap, sizeof *ms.t);
    bufs = calloc((size_t)cap, sizeof *bufs);
    int64_t maxe = V * E > F * E ? V * E : F * E;
    tmp = malloc((size_t)maxe * sizeof(float));
    if (!ms.t || !bufs || !tmp) {
        st = cc_fail(err, CC_ERR_NOMEM, "random model: out of memory");
        goto done;
    }
    uint64_t rs = seed;
    for (int32_t l = -1; l <= hp->n_layer; l++) {
        struct {
            const char *name;
            int64_t rows, cols;
            bool norm;
        } list[9];
        int nl = 0;
        if (l == -1) {
            list[nl++] = (__typeof__(list[0])){"token_embd", V, E, false};
        } else if (l == hp->n_layer) {
            list[nl++] = (__typeof__(list[0])){"output_norm", 1, E, true};
            if (!hp->tied_embeddings) list[nl++] = (__typeof__(list[0])){"output", V, E, false};
        } else {
            list[nl++] = (__typeof__(list[0])){"attn_q", QD, E, false};
            list[nl++] = (__typeof__(list[0])){"attn_k", KD, E, false};
            list[nl++] = (__typeof__(list[0])){"attn_v", KD, E, false};
            list[nl++] = (__typeof__(list[0])){"attn_output", E, QD, false};
            list[nl++] = (__typeof__(list[0])){"ffn_gate", F, E, false};
            list[nl++] = (__typeof__(list[0])){"ffn_up", F, E, false};
            list[nl++] = (__typeof__(list[0])){"ffn_down", E, F, false};
            list[nl++] = (__typeof__(list[0])){"attn_norm", 1, E, true};
            list[nl++] = (__typeof__(list[0])){"ffn_norm", 1, E, true};
        }
        for (int i = 0; i < nl; i++) {
            mem_tensor *t = &ms.t[ms.n];
            if (l >= 0 && l < hp->n_layer) snprintf(t->name, sizeof t->name, "blk.%d.%s.weight", l, list[i].name);
            else snprintf(t->name, sizeof t->name, "%s.weight", list[i].name);
            int64_t rows = list[i].rows, cols = list[i].cols;
            cc_ttype ty = list[i].norm ? CC_T_F32 : wtype;
            float sc = l == -1 ? 1.0f : 1.0f / sqrtf((float)cols);
            for (int64_t k = 0; k < rows * cols; k++)
                tmp[k] = list[i].norm ? 1.0f + 0.1f * gauss(&rs) : sc * gauss(&rs);
            size_t rb;
            st = cc_ttype_row_bytes(ty, cols, &rb, err);
            if (st != CC_OK) goto done;
            void *data = malloc(rb * (size_t)rows);
            if (!data) {
                st = cc_fail(err, CC_ERR_NOMEM, "random model: out of memory");
                goto done;
            }
            bufs[n_bufs++] = data;
            for (int64_t r = 0; r < rows; r++) {
                st = cc_quantize_row(ty, tmp + r * cols, (uint8_t *)data + r * rb, cols, err);
                if (st != CC_OK) goto done;
            }
            t->ref.type = ty;
            t->ref.n_dims = list[i].norm ? 1 : 2;
            t->ref.ne[0] = cols;
            t->ref.ne[1] = list[i].norm ? 1 : rows;
            t->ref.ne[2] = t->ref.ne[3] = 1;
            t->ref.data = data;
            ms.n++;
        }
    }
    st = cc_model_from_source(m, hp, CC_NAMES_GGUF, CC_ROPE_PAIRS_ADJACENT, mem_find, &ms, NULL, err);
    if (st != CC_OK) goto done;
    m->source = NULL;
    for (int32_t i = 0; i < n_bufs && st == CC_OK; i++) {
        st = keep(m, bufs[i], err);
        bufs[i] = NULL;
    }
    if (st != CC_OK) cc_model_free(m);
done:
    if (bufs)
        for (int32_t i = 0; i < n_bufs; i++) free(bufs[i]);
    free(bufs);
    free(ms.t);
    free(tmp);
    return st;
}
