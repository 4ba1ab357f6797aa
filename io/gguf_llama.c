/* gguf_llama.c - Llama hyperparameters, tensor names, llama3 RoPE factors and
 * tokenizer metadata in GGUF, following llama.cpp's key conventions. */
#include "gguf_llama.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ tensor names */

static const char *const layer_kinds[CC_LT_LAYER_COUNT] = {
    "attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "ffn_gate", "ffn_up", "ffn_down",
};

const char *cc_llama_tensor_name(char *buf, size_t size, int layer, cc_llama_layer_tensor kind) {
    snprintf(buf, size, "blk.%d.%s.weight", layer, (unsigned)kind < CC_LT_LAYER_COUNT ? layer_kinds[kind] : "unknown");
    return buf;
}

int cc_llama_layer_tensor_shape(const cc_llama_hparams *hp, cc_llama_layer_tensor kind, int64_t ne[2]) {
    int64_t q = (int64_t)hp->n_head * hp->head_dim, kv = (int64_t)hp->n_head_kv * hp->head_dim;
    ne[1] = 1;
    switch (kind) {
    case CC_LT_ATTN_NORM:
    case CC_LT_FFN_NORM: ne[0] = hp->n_embd; return 1;
    case CC_LT_ATTN_Q: ne[0] = hp->n_embd; ne[1] = q; return 2;
    case CC_LT_ATTN_K:
    case CC_LT_ATTN_V: ne[0] = hp->n_embd; ne[1] = kv; return 2;
    case CC_LT_ATTN_OUT: ne[0] = q; ne[1] = hp->n_embd; return 2;
    case CC_LT_FFN_GATE:
    case CC_LT_FFN_UP: ne[0] = hp->n_embd; ne[1] = hp->n_ff; return 2;
    case CC_LT_FFN_DOWN: ne[0] = hp->n_ff; ne[1] = hp->n_embd; return 2;
    case CC_LT_LAYER_COUNT: break;
    }
    ne[0] = 0;
    return 0;
}

/* ------------------------------------------------------------------ RoPE factors */

/* Factors for given llama3 parameters (double arithmetic, as the reference converter). */
static void llama3_factors(int head_dim, double theta, double factor, double low, double high, double orig, float *out) {
    double low_wavelen = orig / low, high_wavelen = orig / high;
    for (int i = 0; i < head_dim / 2; i++) {
        double freq = 1.0 / pow(theta, (double)(2 * i) / head_dim);
        double wavelen = 2.0 * M_PI / freq;
        double f;
        if (wavelen < high_wavelen) f = 1.0;
        else if (wavelen > low_wavelen) f = factor;
        else {
            double smooth = (orig / wavelen - low) / (high - low);
            f = 1.0 / ((1.0 - smooth) / factor + smooth);
        }
        out[i] = (float)f;
    }
}

cc_status cc_llama_rope_freqs(const cc_llama_hparams *hp, float *out, cc_error *err) {
    if (hp->rope_scaling != CC_ROPE_SCALING_LLAMA3) return cc_fail(err, CC_ERR_INVALID, "rope scaling is not llama3");
    if (hp->head_dim <= 0 || hp->head_dim % 2 || !(hp->rope_theta > 0) || !(hp->rope_factor >= 1) ||
        !(hp->rope_low_freq_factor > 0) || !(hp->rope_high_freq_factor > hp->rope_low_freq_factor) || hp->rope_orig_ctx <= 0)
        return cc_fail(err, CC_ERR_INVALID,
                       "llama3 rope parameters out of range (head_dim %d theta %g factor %g low %g high %g orig %d)",
                       hp->head_dim, hp->rope_theta, hp->rope_factor, hp->rope_low_freq_factor, hp->rope_high_freq_factor,
                       hp->rope_orig_ctx);
    llama3_factors(hp->head_dim, hp->rope_theta, hp->rope_factor, hp->rope_low_freq_factor, hp->rope_high_freq_factor,
                   hp->rope_orig_ctx, out);
    return CC_OK;
}

cc_status cc_llama_rope_freqs_read(const cc_gguf *g, const cc_llama_hparams *hp, float *out, bool *found, cc_error *err) {
    *found = false;
    const cc_gguf_tensor *t = cc_gguf_find_tensor(g, CC_LLAMA_ROPE_FREQS);
    if (!t) return CC_OK;
    if (t->type_id != CC_T_F32 || t->n_dims != 1 || t->ne[0] != hp->head_dim / 2)
        return cc_fail(err, CC_ERR_FORMAT, "%s: tensor '%s' (info at byte %llu) must be f32 {%d}, head_dim/2", cc_gguf_name(g),
                       t->name, (unsigned long long)t->info_offset, hp->head_dim / 2);
    memcpy(out, t->data, t->size);
    for (int i = 0; i < hp->head_dim / 2; i++)
        if (!isfinite(out[i]) || out[i] <= 0)
            return cc_fail(err, CC_ERR_FORMAT, "%s: tensor '%s' value %d is %g, want a finite factor > 0", cc_gguf_name(g),
                           t->name, i, out[i]);
    *found = true;
    return CC_OK;
}

/* ------------------------------------------------------------------ hyperparameters */

/* An integer key within [lo, hi]; missing keys fail unless def_ok (then *out = def). */
static cc_status get_i32_key(const cc_gguf *g, const char *key, int64_t lo, int64_t hi, bool def_ok, int32_t def,
                             int32_t *out, cc_error *err) {
    const cc_gguf_value *v = cc_gguf_get(g, key);
    if (!v) {
        if (def_ok) {
            *out = def;
            return CC_OK;
        }
        return cc_fail(err, CC_ERR_FORMAT, "%s: missing key '%s'", cc_gguf_name(g), key);
    }
    int64_t x;
    cc_status st = cc_gguf_get_int(g, key, &x, err);
    if (st != CC_OK) return st;
    if (x < lo || x > hi)
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' value %lld at byte %llu is outside [%lld, %lld]", cc_gguf_name(g), key,
                       (long long)x, (unsigned long long)v->offset, (long long)lo, (long long)hi);
    *out = (int32_t)x;
    return CC_OK;
}

static cc_status get_f32_key(const cc_gguf *g, const char *key, double lo, double hi, bool def_ok, float def, float *out,
                             cc_error *err) {
    const cc_gguf_value *v = cc_gguf_get(g, key);
    if (!v) {
        if (def_ok) {
            *out = def;
            return CC_OK;
        }
        return cc_fail(err, CC_ERR_FORMAT, "%s: missing key '%s'", cc_gguf_name(g), key);
    }
    double x;
    cc_status st = cc_gguf_get_float(g, key, &x, err);
    if (st != CC_OK) return st;
    if (!(x > lo && x < hi))
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' value %g at byte %llu is outside (%g, %g)", cc_gguf_name(g), key, x,
                       (unsigned long long)v->offset, lo, hi);
    *out = (float)x;
    return CC_OK;
}

cc_status cc_llama_hparams_read(const cc_gguf *g, cc_llama_hparams *hp, cc_error *err) {
    memset(hp, 0, sizeof *hp);
    const char *name = cc_gguf_name(g);
    cc_gguf_str arch;
    cc_status st = cc_gguf_get_str(g, "general.architecture", &arch, err);
    if (st != CC_OK) return st;
    if (arch.len != 5 || memcmp(arch.ptr, "llama", 5) != 0)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: general.architecture is '%.*s'; only 'llama' is supported", name,
                       (int)(arch.len > 64 ? 64 : arch.len), arch.ptr);
    const int32_t big = 1 << 20;
    if ((st = get_i32_key(g, "llama.block_count", 1, 4096, false, 0, &hp->n_layer, err)) != CC_OK) return st;
    if ((st = get_i32_key(g, "llama.embedding_length", 1, big, false, 0, &hp->n_embd, err)) != CC_OK) return st;
    if ((st = get_i32_key(g, "llama.feed_forward_length", 1, big, false, 0, &hp->n_ff, err)) != CC_OK) return st;
    if ((st = get_i32_key(g, "llama.attention.head_count", 1, 4096, false, 0, &hp->n_head, err)) != CC_OK) return st;
    if ((st = get_i32_key(g, "llama.attention.head_count_kv", 1, hp->n_head, true, hp->n_head, &hp->n_head_kv, err)) != CC_OK)
        return st;
    if (hp->n_head % hp->n_head_kv != 0)
        return cc_fail(err, CC_ERR_FORMAT, "%s: llama.attention.head_count %d is not a multiple of head_count_kv %d", name,
                       hp->n_head, hp->n_head_kv);
    int32_t def_hd = hp->n_embd / hp->n_head;
    if ((st = get_i32_key(g, "llama.attention.key_length", 2, 4096, true, def_hd, &hp->head_dim, err)) != CC_OK) return st;
    int32_t vlen;
    if ((st = get_i32_key(g, "llama.attention.value_length", 2, 4096, true, hp->head_dim, &vlen, err)) != CC_OK) return st;
    if (vlen != hp->head_dim)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: llama.attention.value_length %d differs from key_length %d", name, vlen,
                       hp->head_dim);
    if (hp->head_dim < 2 || hp->head_dim % 2)
        return cc_fail(err, CC_ERR_FORMAT, "%s: head dimension %d (n_embd %d / n_head %d) must be even and >= 2", name,
                       hp->head_dim, hp->n_embd, hp->n_head);
    int32_t rot;
    if ((st = get_i32_key(g, "llama.rope.dimension_count", 1, 4096, true, hp->head_dim, &rot, err)) != CC_OK) return st;
    if (rot != hp->head_dim)
        return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: llama.rope.dimension_count %d differs from the head dimension %d", name, rot,
                       hp->head_dim);
    if ((st = get_i32_key(g, "llama.context_length", 1, 1 << 24, false, 0, &hp->n_ctx_train, err)) != CC_OK) return st;
    if ((st = get_f32_key(g, "llama.attention.layer_norm_rms_epsilon", 0.0, 1.0, false, 0, &hp->rms_eps, err)) != CC_OK)
        return st;
    if ((st = get_f32_key(g, "llama.rope.freq_base", 0.0, 1e12, true, 10000.0f, &hp->rope_theta, err)) != CC_OK) return st;

    /* vocabulary: llama.vocab_size, else the tokens array, else the embedding rows */
    const cc_gguf_value *toks = cc_gguf_get(g, "tokenizer.ggml.tokens");
    const cc_gguf_tensor *emb = cc_gguf_find_tensor(g, CC_LLAMA_TOKEN_EMBD);
    int32_t def_vocab = toks && toks->type == CC_GGUF_ARRAY && toks->arr_n <= (uint64_t)(1 << 24) ? (int32_t)toks->arr_n
                        : emb && emb->ne[1] <= (1 << 24)                                             ? (int32_t)emb->ne[1]
                                                                                                     : 0;
    if ((st = get_i32_key(g, "llama.vocab_size", 1, 1 << 24, def_vocab > 0, def_vocab, &hp->n_vocab, err)) != CC_OK) return st;
    hp->tied_embeddings = cc_gguf_find_tensor(g, CC_LLAMA_OUTPUT) == NULL;

    /* llama3 RoPE scaling is carried by rope_freqs.weight */
    hp->rope_scaling = CC_ROPE_SCALING_NONE;
    if (cc_gguf_find_tensor(g, CC_LLAMA_ROPE_FREQS)) {
        float *f = malloc(sizeof(float) * (size_t)(hp->head_dim / 2)), *std = malloc(sizeof(float) * (size_t)(hp->head_dim / 2));
        bool found = false;
        if (!f || !std) st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        else st = cc_llama_rope_freqs_read(g, hp, f, &found, err);
        if (st == CC_OK) {
            float mx = 1.0f;
            for (int i = 0; i < hp->head_dim / 2; i++) mx = fmaxf(mx, f[i]);
            hp->rope_scaling = CC_ROPE_SCALING_LLAMA3;
            hp->rope_factor = mx;
            /* The file holds only the factors.  When they are those of the Llama 3.1/3.2
             * parameters (low 1, high 4, original context 8192) record those; else leave
             * them 0: the tensor's factors are what an engine must use. */
            llama3_factors(hp->head_dim, hp->rope_theta, mx, 1.0, 4.0, 8192.0, std);
            bool same = true;
            for (int i = 0; i < hp->head_dim / 2; i++) same = same && fabsf(std[i] - f[i]) <= 1e-4f * f[i];
            if (same) {
                hp->rope_low_freq_factor = 1.0f;
                hp->rope_high_freq_factor = 4.0f;
                hp->rope_orig_ctx = 8192;
            }
        }
        free(f);
        free(std);
    }
    return st;
}

static cc_status check_shape(const cc_gguf *g, const char *tname, int n_dims, int64_t ne0, int64_t ne1, cc_error *err) {
    const cc_gguf_tensor *t = cc_gguf_find_tensor(g, tname);
    if (!t) return cc_fail(err, CC_ERR_FORMAT, "%s: missing tensor '%s'", cc_gguf_name(g), tname);
    int64_t want[2] = {ne0, n_dims > 1 ? ne1 : 1};
    bool ok = t->ne[0] == want[0] && t->ne[1] == want[1] && t->ne[2] == 1 && t->ne[3] == 1;
    if (!ok)
        return cc_fail(err, CC_ERR_FORMAT, "%s: tensor '%s' (info at byte %llu) has shape {%lld, %lld, %lld, %lld}, want {%lld, %lld}",
                       cc_gguf_name(g), tname, (unsigned long long)t->info_offset, (long long)t->ne[0], (long long)t->ne[1],
                       (long long)t->ne[2], (long long)t->ne[3], (long long)want[0], (long long)want[1]);
    return CC_OK;
}

cc_status cc_llama_check_tensors(const cc_gguf *g, const cc_llama_hparams *hp, cc_error *err) {
    cc_status st;
    if ((st = check_shape(g, CC_LLAMA_TOKEN_EMBD, 2, hp->n_embd, hp->n_vocab, err)) != CC_OK) return st;
    if ((st = check_shape(g, CC_LLAMA_OUTPUT_NORM, 1, hp->n_embd, 1, err)) != CC_OK) return st;
    if (!hp->tied_embeddings && (st = check_shape(g, CC_LLAMA_OUTPUT, 2, hp->n_embd, hp->n_vocab, err)) != CC_OK) return st;
    for (int l = 0; l < hp->n_layer; l++)
        for (int k = 0; k < CC_LT_LAYER_COUNT; k++) {
            char name[64];
            int64_t ne[2];
            int nd = cc_llama_layer_tensor_shape(hp, (cc_llama_layer_tensor)k, ne);
            cc_llama_tensor_name(name, sizeof name, l, (cc_llama_layer_tensor)k);
            if ((st = check_shape(g, name, nd, ne[0], ne[1], err)) != CC_OK) return st;
        }
    return CC_OK;
}

cc_status cc_llama_hparams_write(cc_gguf_writer *w, const cc_llama_hparams *hp, const char *name, cc_error *err) {
    cc_status st;
#define TRY(x)                              \
    do {                                    \
        if ((st = (x)) != CC_OK) return st; \
    } while (0)
    if (hp->n_layer <= 0 || hp->n_embd <= 0 || hp->n_head <= 0 || hp->n_head_kv <= 0 || hp->head_dim <= 0 || hp->n_ff <= 0 ||
        hp->n_vocab <= 0 || hp->n_ctx_train <= 0)
        return cc_fail(err, CC_ERR_INVALID, "llama hparams: every dimension must be positive");
    TRY(cc_gguf_set_str(w, "general.architecture", "llama", err));
    if (name) TRY(cc_gguf_set_str(w, "general.name", name, err));
    TRY(cc_gguf_set_u32(w, "llama.block_count", (uint32_t)hp->n_layer, err));
    TRY(cc_gguf_set_u32(w, "llama.context_length", (uint32_t)hp->n_ctx_train, err));
    TRY(cc_gguf_set_u32(w, "llama.embedding_length", (uint32_t)hp->n_embd, err));
    TRY(cc_gguf_set_u32(w, "llama.feed_forward_length", (uint32_t)hp->n_ff, err));
    TRY(cc_gguf_set_u32(w, "llama.attention.head_count", (uint32_t)hp->n_head, err));
    TRY(cc_gguf_set_u32(w, "llama.attention.head_count_kv", (uint32_t)hp->n_head_kv, err));
    if (hp->head_dim != hp->n_embd / hp->n_head || hp->n_embd % hp->n_head != 0) {
        TRY(cc_gguf_set_u32(w, "llama.attention.key_length", (uint32_t)hp->head_dim, err));
        TRY(cc_gguf_set_u32(w, "llama.attention.value_length", (uint32_t)hp->head_dim, err));
    }
    TRY(cc_gguf_set_f32(w, "llama.rope.freq_base", hp->rope_theta, err));
    TRY(cc_gguf_set_f32(w, "llama.attention.layer_norm_rms_epsilon", hp->rms_eps, err));
    TRY(cc_gguf_set_u32(w, "llama.vocab_size", (uint32_t)hp->n_vocab, err));
    TRY(cc_gguf_set_u32(w, "llama.rope.dimension_count", (uint32_t)hp->head_dim, err));
#undef TRY
    return CC_OK;
}

/* ------------------------------------------------------------------ tokenizer */

/* Text of a token given as "text" or {"content": "text"} in tokenizer_config.json. */
static const char *token_text(json_t *v) {
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_object(v)) {
        json_t *c = json_object_get(v, "content");
        if (json_is_string(c)) return json_string_value(c);
    }
    return NULL;
}

typedef struct {
    const char **text; /* [n] token text (borrowed from the JSON trees), NULL for holes */
    size_t *len;       /* [n] bytes */
    int32_t *type;     /* [n] llama.cpp token type */
    int64_t n;         /* tokens */
} vocab;

static int64_t vocab_find(const vocab *v, const char *s) {
    size_t l = strlen(s);
    for (int64_t i = 0; i < v->n; i++)
        if (v->text[i] && v->len[i] == l && memcmp(v->text[i], s, l) == 0) return i;
    return -1;
}

/* tokenizer.ggml.pre from the pre-tokenizer, as llama.cpp names them. */
static const char *detect_pre(json_t *root) {
    static const char llama3_re[] =
        "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
    json_t *pt = json_object_get(root, "pre_tokenizer");
    const char *type = json_string_value(json_object_get(pt, "type"));
    if (!type) return NULL;
    if (strcmp(type, "ByteLevel") == 0) return json_is_false(json_object_get(pt, "use_regex")) ? NULL : "gpt2";
    if (strcmp(type, "Sequence") != 0) return NULL;
    json_t *seq = json_object_get(pt, "pretokenizers");
    bool digits = false, bytelevel_re = false, llama3 = false;
    size_t i;
    json_t *e;
    json_array_foreach(seq, i, e) {
        const char *t = json_string_value(json_object_get(e, "type"));
        if (!t) continue;
        if (strcmp(t, "Digits") == 0 && json_is_true(json_object_get(e, "individual_digits"))) digits = true;
        if (strcmp(t, "ByteLevel") == 0 && !json_is_false(json_object_get(e, "use_regex"))) bytelevel_re = true;
        if (strcmp(t, "Split") == 0) {
            const char *re = json_string_value(json_object_get(json_object_get(e, "pattern"), "Regex"));
            if (re && strcmp(re, llama3_re) == 0) llama3 = true;
        }
    }
    if (llama3) return "llama-bpe";
    if (digits && bytelevel_re && json_array_size(seq) == 2) return "smollm";
    return NULL;
}

cc_status cc_llama_write_hf_tokenizer(cc_gguf_writer *w, const cc_hf_tokenizer_opts *o, int32_t *n_vocab, cc_error *err) {
    cc_status st = CC_OK;
    json_error_t je;
    json_t *root = NULL, *cfg = NULL;
    vocab v = {0};
    cc_gguf_buf b = {0};
    const char *path = o->tokenizer_json;
    root = json_load_file(path, 0, &je);
    if (!root) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: line %d column %d (byte %d): %s", path, je.line, je.column, je.position, je.text);
        goto done;
    }
    if (o->tokenizer_config) {
        cfg = json_load_file(o->tokenizer_config, 0, &je);
        if (!cfg) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: line %d column %d (byte %d): %s", o->tokenizer_config, je.line, je.column,
                         je.position, je.text);
            goto done;
        }
    }
    json_t *model = json_object_get(root, "model");
    const char *mtype = json_string_value(json_object_get(model, "type"));
    if (!mtype || strcmp(mtype, "BPE") != 0) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: model.type is '%s'; only byte-level BPE is supported", path, mtype ? mtype : "(none)");
        goto done;
    }
    json_t *jv = json_object_get(model, "vocab"), *merges = json_object_get(model, "merges"),
           *added = json_object_get(root, "added_tokens");
    if (!json_is_object(jv) || !json_is_array(merges)) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: model.vocab must be an object and model.merges an array", path);
        goto done;
    }
    /* id range */
    const int64_t max_ids = 1 << 24;
    int64_t n = 0;
    const char *key;
    json_t *val;
    json_object_foreach(jv, key, val) {
        json_int_t id = json_integer_value(val);
        if (!json_is_integer(val) || id < 0 || id >= max_ids) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: model.vocab['%.64s'] is not an id in [0, %lld)", path, key, (long long)max_ids);
            goto done;
        }
        if (id + 1 > n) n = id + 1;
    }
    size_t i;
    json_array_foreach(added, i, val) {
        json_t *jid = json_object_get(val, "id");
        json_int_t id = json_integer_value(jid);
        if (!json_is_integer(jid) || id < 0 || id >= max_ids || !json_is_string(json_object_get(val, "content"))) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: added_tokens[%zu] needs an id in [0, %lld) and a content string", path, i,
                         (long long)max_ids);
            goto done;
        }
        if (id + 1 > n) n = id + 1;
    }
    if (n == 0) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: empty vocabulary", path);
        goto done;
    }
    v.n = n;
    v.text = calloc((size_t)n, sizeof *v.text);
    v.len = calloc((size_t)n, sizeof *v.len);
    v.type = calloc((size_t)n, sizeof *v.type);
    if (!v.text || !v.len || !v.type) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
        goto done;
    }
    json_object_foreach(jv, key, val) {
        json_int_t id = json_integer_value(val);
        if (v.text[id]) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: model.vocab gives id %lld to both '%.64s' and '%.64s'", path, (long long)id,
                         v.text[id], key);
            goto done;
        }
        v.text[id] = key;
        v.len[id] = strlen(key);
        v.type[id] = 1; /* normal */
    }
    json_array_foreach(added, i, val) {
        json_int_t id = json_integer_value(json_object_get(val, "id"));
        json_t *c = json_object_get(val, "content");
        v.text[id] = json_string_value(c);
        v.len[id] = json_string_length(c);
        v.type[id] = json_is_true(json_object_get(val, "special")) ? 3 : 4;
    }
    /* the config's added-token names win (Llama 3.2 renames some reserved ids) */
    json_t *dec = json_object_get(cfg, "added_tokens_decoder");
    json_object_foreach(dec, key, val) {
        char *end;
        long long id = strtoll(key, &end, 10);
        json_t *c = json_object_get(val, "content");
        if (*end || id < 0 || id >= n || !json_is_string(c)) continue; /* ids beyond this vocabulary are not ours */
        v.text[id] = json_string_value(c);
        v.len[id] = json_string_length(c);
        v.type[id] = json_is_true(json_object_get(val, "special")) ? 3 : 4;
    }
    /* tokens, with holes named as llama.cpp's converter does */
    char (*pads)[24] = NULL;
    int64_t holes = 0;
    for (int64_t k = 0; k < n; k++) holes += v.text[k] == NULL;
    if (holes && !(pads = calloc((size_t)holes, sizeof *pads))) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    for (int64_t k = 0, h = 0; k < n; k++)
        if (!v.text[k]) {
            snprintf(pads[h], sizeof pads[h], "[PAD%lld]", (long long)k);
            v.text[k] = pads[h];
            v.len[k] = strlen(pads[h]);
            v.type[k] = 5; /* unused */
            h++;
        }
    cc_gguf_enc_arr(&b, CC_GGUF_STRING, (uint64_t)n);
    for (int64_t k = 0; k < n; k++) cc_gguf_enc_str(&b, v.text[k], v.len[k]);
    if (b.oom) st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
    else st = cc_gguf_set_encoded(w, "tokenizer.ggml.tokens", CC_GGUF_ARRAY, b.data, b.len, err);
    free(pads);
    cc_gguf_buf_free(&b);
    if (st != CC_OK) goto done;

    const char *pre = o->pre ? o->pre : detect_pre(root);
    if (!pre) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: cannot tell the pre-tokenizer (llama-bpe, smollm, gpt2) from pre_tokenizer; name it explicitly",
                     path);
        goto done;
    }
    if ((st = cc_gguf_set_str(w, "tokenizer.ggml.model", "gpt2", err)) != CC_OK) goto done;
    if ((st = cc_gguf_set_str(w, "tokenizer.ggml.pre", pre, err)) != CC_OK) goto done;
    if ((st = cc_gguf_set_arr(w, "tokenizer.ggml.token_type", CC_GGUF_INT32, v.type, (uint64_t)n, err)) != CC_OK) goto done;

    /* merges: "a b" strings, or [a, b] pairs */
    cc_gguf_enc_arr(&b, CC_GGUF_STRING, json_array_size(merges));
    json_array_foreach(merges, i, val) {
        if (json_is_string(val)) {
            cc_gguf_enc_str(&b, json_string_value(val), json_string_length(val));
        } else if (json_is_array(val) && json_array_size(val) == 2 && json_is_string(json_array_get(val, 0)) &&
                   json_is_string(json_array_get(val, 1))) {
            json_t *a = json_array_get(val, 0), *c = json_array_get(val, 1);
            size_t la = json_string_length(a), lc = json_string_length(c);
            cc_gguf_enc_u64(&b, la + 1 + lc);
            cc_gguf_enc_bytes(&b, json_string_value(a), la);
            cc_gguf_enc_bytes(&b, " ", 1);
            cc_gguf_enc_bytes(&b, json_string_value(c), lc);
        } else {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: model.merges[%zu] is neither \"a b\" nor [\"a\", \"b\"]", path, i);
            goto done;
        }
    }
    if (b.oom) st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
    else st = cc_gguf_set_encoded(w, "tokenizer.ggml.merges", CC_GGUF_ARRAY, b.data, b.len, err);
    cc_gguf_buf_free(&b);
    if (st != CC_OK) goto done;

    /* special ids */
    static const struct {
        const char *cfg_key;  /* tokenizer_config.json field */
        const char *gguf_key; /* GGUF key */
    } specials[] = {
        {"bos_token", "tokenizer.ggml.bos_token_id"},
        {"eos_token", "tokenizer.ggml.eos_token_id"},
        {"pad_token", "tokenizer.ggml.padding_token_id"},
    };
    for (size_t s = 0; s < sizeof specials / sizeof specials[0]; s++) {
        const char *text = token_text(json_object_get(cfg, specials[s].cfg_key));
        if (s == 1 && o->eos_token) text = o->eos_token;
        if (!text) continue;
        int64_t id = vocab_find(&v, text);
        if (id < 0) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: %s '%s' is not in the vocabulary", o->tokenizer_config ? o->tokenizer_config : path,
                         specials[s].cfg_key, text);
            goto done;
        }
        if ((st = cc_gguf_set_u32(w, specials[s].gguf_key, (uint32_t)id, err)) != CC_OK) goto done;
    }
    int64_t eot = vocab_find(&v, "<|eot_id|>");
    if (eot < 0) eot = vocab_find(&v, "<|im_end|>");
    if (eot >= 0 && (st = cc_gguf_set_u32(w, "tokenizer.ggml.eot_token_id", (uint32_t)eot, err)) != CC_OK) goto done;

    /* add_bos_token: the config's flag, else a post-processor that prepends a
     * special token, else Llama 3's convention (always) */
    json_t *ab = json_object_get(cfg, "add_bos_token");
    bool add_bos;
    if (json_is_boolean(ab)) add_bos = json_is_true(ab);
    else {
        json_t *pp = json_object_get(root, "post_processor");
        json_t *single = json_object_get(pp, "single");
        add_bos = json_is_object(json_object_get(json_array_get(single, 0), "SpecialToken")) || strcmp(pre, "llama-bpe") == 0;
    }
    if ((st = cc_gguf_set_bool(w, "tokenizer.ggml.add_bos_token", add_bos, err)) != CC_OK) goto done;

    const char *tmpl = o->chat_template;
    if (!tmpl) {
        json_t *ct = json_object_get(cfg, "chat_template");
        if (json_is_string(ct)) tmpl = json_string_value(ct);
        json_array_foreach(ct, i, val) {
            const char *nm = json_string_value(json_object_get(val, "name"));
            if (nm && strcmp(nm, "default") == 0) tmpl = json_string_value(json_object_get(val, "template"));
        }
    }
    if (tmpl && (st = cc_gguf_set_str(w, "tokenizer.chat_template", tmpl, err)) != CC_OK) goto done;
    if (n_vocab) *n_vocab = (int32_t)n;
done:
    cc_gguf_buf_free(&b);
    free(v.text);
    free(v.len);
    free(v.type);
    json_decref(root);
    json_decref(cfg);
    return st;
}

cc_status cc_llama_copy_tokenizer(cc_gguf_writer *w, const cc_gguf *src, int32_t *n_vocab, cc_error *err) {
    const cc_gguf_value *toks = NULL;
    cc_status st = cc_gguf_get_arr(src, "tokenizer.ggml.tokens", CC_GGUF_STRING, &toks, err);
    if (st != CC_OK) return st;
    if (toks->arr_n == 0 || toks->arr_n > (1u << 24))
        return cc_fail(err, CC_ERR_FORMAT, "%s: tokenizer.ggml.tokens has %llu entries", cc_gguf_name(src),
                       (unsigned long long)toks->arr_n);
    for (int64_t i = 0; i < cc_gguf_n_kv(src); i++) {
        const char *k = cc_gguf_kv_key(src, i);
        if (strncmp(k, "tokenizer.", 10) != 0) continue;
        if ((st = cc_gguf_set_from(w, k, src, cc_gguf_kv_value(src, i), err)) != CC_OK) return st;
    }
    if (n_vocab) *n_vocab = (int32_t)toks->arr_n;
    return CC_OK;
}
