/* hf_checkpoint.c - the Hugging Face checkpoint directory reader of
 * io/hf_checkpoint.h: config.json, generation_config.json, tokenizer files,
 * single-file or sharded safetensors weights, and the structural checks that
 * tie them together. */
#include "hf_checkpoint.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define JSON_FILE_MAX ((size_t)64 << 20) /* config / index / tokenizer_config files */

/* ------------------------------------------------------------------ small helpers */

static char *join(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static bool is_file(const char *path) {
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* Read a whole (small) file into a NUL-terminated buffer. */
static cc_status read_file(const char *path, char **out, size_t *len, cc_error *err) {
    cc_status rc = CC_OK;
    char *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) return cc_fail(err, CC_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)) {
        rc = cc_fail(err, CC_ERR_IO, "%s: not a regular file", path);
        goto done;
    }
    if ((uint64_t)sb.st_size > JSON_FILE_MAX) {
        rc = cc_fail(err, CC_ERR_RANGE, "%s: %lld bytes is larger than the %zu-byte limit for this file", path,
                     (long long)sb.st_size, JSON_FILE_MAX);
        goto done;
    }
    size_t n = (size_t)sb.st_size;
    buf = malloc(n + 1);
    if (!buf) {
        rc = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
        goto done;
    }
    if (n && fread(buf, 1, n, f) != n) {
        rc = cc_fail(err, CC_ERR_IO, "%s: short read", path);
        goto done;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    buf = NULL;
done:
    free(buf);
    fclose(f);
    return rc;
}

/* Byte offset of the first `"key"` followed by ':' in text (0 if not found). */
static size_t key_pos(const char *text, size_t len, const char *key) {
    size_t kl = strlen(key);
    for (size_t i = 0; i + kl + 2 <= len; i++) {
        if (text[i] != '"' || memcmp(text + i + 1, key, kl) != 0 || text[i + kl + 1] != '"') continue;
        size_t j = i + kl + 2;
        while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'))
            j++;
        if (j < len && text[j] == ':') return i;
    }
    return 0;
}

/* The JSON document being read, for messages naming a field and its byte. */
typedef struct {
    const char *name; /* file name for messages */
    const char *text; /* its bytes */
    size_t len;       /* their count */
} jdoc;

__attribute__((format(printf, 4, 5))) static cc_status ffail(const jdoc *d, const char *field, cc_error *err,
                                                             const char *fmt, ...) {
    char msg[CC_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *leaf = strrchr(field, '.');
    leaf = leaf ? leaf + 1 : field;
    return cc_fail(err, CC_ERR_FORMAT, "%s: field '%s' (byte %zu): %s", d->name, field, key_pos(d->text, d->len, leaf),
                   msg);
}

static cc_status parse_doc(const jdoc *d, json_t **out, cc_error *err) {
    json_error_t je;
    json_t *root = json_loadb(d->text, d->len, JSON_REJECT_DUPLICATES, &je);
    if (!root) return cc_fail(err, CC_ERR_FORMAT, "%s: JSON error at byte %d: %s", d->name, je.position, je.text);
    if (!json_is_object(root)) {
        json_decref(root);
        return cc_fail(err, CC_ERR_FORMAT, "%s: byte 0: not a JSON object", d->name);
    }
    *out = root;
    return CC_OK;
}

/* Integer field in [lo, hi]; *present (may be NULL) says whether it was there.
 * A missing field keeps *out unless required. */
static cc_status get_int(const jdoc *d, json_t *obj, const char *key, const char *field, bool required, int64_t lo,
                         int64_t hi, int64_t *out, bool *present, cc_error *err) {
    json_t *v = json_object_get(obj, key);
    if (present) *present = false;
    if (!v || json_is_null(v)) {
        if (required) return ffail(d, field, err, "is missing");
        return CC_OK;
    }
    if (!json_is_integer(v)) return ffail(d, field, err, "is not an integer");
    json_int_t x = json_integer_value(v);
    if (x < lo || x > hi)
        return ffail(d, field, err, "%lld is outside [%lld, %lld]", (long long)x, (long long)lo, (long long)hi);
    *out = x;
    if (present) *present = true;
    return CC_OK;
}

static cc_status get_num(const jdoc *d, json_t *obj, const char *key, const char *field, bool required, double lo,
                         double hi, double *out, bool *present, cc_error *err) {
    json_t *v = json_object_get(obj, key);
    if (present) *present = false;
    if (!v || json_is_null(v)) {
        if (required) return ffail(d, field, err, "is missing");
        return CC_OK;
    }
    if (!json_is_number(v)) return ffail(d, field, err, "is not a number");
    double x = json_number_value(v);
    if (!(x >= lo && x <= hi)) return ffail(d, field, err, "%g is outside [%g, %g]", x, lo, hi);
    *out = x;
    if (present) *present = true;
    return CC_OK;
}

static cc_status get_bool(const jdoc *d, json_t *obj, const char *key, bool *out, bool *present, cc_error *err) {
    json_t *v = json_object_get(obj, key);
    if (present) *present = false;
    if (!v || json_is_null(v)) return CC_OK;
    if (!json_is_boolean(v)) return ffail(d, key, err, "is not true or false");
    *out = json_is_true(v);
    if (present) *present = true;
    return CC_OK;
}

/* eos_token_id: an integer or a list of integers. */
static cc_status get_ids(const jdoc *d, json_t *obj, const char *key, int32_t *ids, int *n, cc_error *err) {
    json_t *v = json_object_get(obj, key);
    *n = 0;
    if (!v || json_is_null(v)) return CC_OK;
    if (json_is_integer(v)) {
        json_int_t x = json_integer_value(v);
        if (x < 0 || x > INT32_MAX) return ffail(d, key, err, "%lld is not a token id", (long long)x);
        ids[(*n)++] = (int32_t)x;
        return CC_OK;
    }
    if (!json_is_array(v)) return ffail(d, key, err, "is neither an integer nor a list of integers");
    if (json_array_size(v) > CC_HF_MAX_EOS)
        return ffail(d, key, err, "lists %zu ids (at most %d)", json_array_size(v), CC_HF_MAX_EOS);
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) {
        if (!json_is_integer(e) || json_integer_value(e) < 0 || json_integer_value(e) > INT32_MAX)
            return ffail(d, key, err, "entry %zu is not a token id", i);
        ids[(*n)++] = (int32_t)json_integer_value(e);
    }
    return CC_OK;
}

/* ------------------------------------------------------------------ config.json */

static cc_status parse_rope(const jdoc *d, json_t *rs, const char *field, cc_llama_hparams *hp, cc_error *err) {
    cc_status rc;
    if (!json_is_object(rs)) return ffail(d, field, err, "is not an object");
    json_t *t = json_object_get(rs, "rope_type");
    if (!t) t = json_object_get(rs, "type"); /* the key before transformers 4.45 */
    if (!t || !json_is_string(t)) return ffail(d, field, err, "has no string 'rope_type' (or 'type')");
    const char *type = json_string_value(t);
    if (strcmp(type, "default") == 0) {
        hp->rope_scaling = CC_ROPE_SCALING_NONE;
        return CC_OK;
    }
    if (strcmp(type, "llama3") != 0) {
        rc = ffail(d, field, err, "rope type '%.40s' is not supported (clinclean supports default and llama3)", type);
        if (err) err->code = CC_ERR_UNSUPPORTED;
        return CC_ERR_UNSUPPORTED;
    }
    double factor = 0, low = 0, high = 0;
    int64_t orig = 0;
    char f[96];
    snprintf(f, sizeof f, "%s.factor", field);
    if ((rc = get_num(d, rs, "factor", f, true, 1.0, 1e6, &factor, NULL, err)) != CC_OK) return rc;
    snprintf(f, sizeof f, "%s.low_freq_factor", field);
    if ((rc = get_num(d, rs, "low_freq_factor", f, true, 1e-6, 1e6, &low, NULL, err)) != CC_OK) return rc;
    snprintf(f, sizeof f, "%s.high_freq_factor", field);
    if ((rc = get_num(d, rs, "high_freq_factor", f, true, 1e-6, 1e6, &high, NULL, err)) != CC_OK) return rc;
    snprintf(f, sizeof f, "%s.original_max_position_embeddings", field);
    if ((rc = get_int(d, rs, "original_max_position_embeddings", f, true, 1, INT32_MAX, &orig, NULL, err)) != CC_OK)
        return rc;
    if (!(high > low)) return ffail(d, field, err, "high_freq_factor %g must exceed low_freq_factor %g", high, low);
    hp->rope_scaling = CC_ROPE_SCALING_LLAMA3;
    hp->rope_factor = (float)factor;
    hp->rope_low_freq_factor = (float)low;
    hp->rope_high_freq_factor = (float)high;
    hp->rope_orig_ctx = (int32_t)orig;
    return CC_OK;
}

/* config.json into hp; also torch_dtype and bos/eos (for cc_hf_open) when ck is not NULL. */
static cc_status parse_config_doc(const jdoc *d, cc_llama_hparams *hp, cc_hf_checkpoint *ck, cc_error *err) {
    cc_status rc = CC_OK;
    json_t *root = NULL;
    memset(hp, 0, sizeof *hp);
    if ((rc = parse_doc(d, &root, err)) != CC_OK) goto done;

    /* architecture */
    json_t *arch = json_object_get(root, "architectures");
    if (arch) {
        if (!json_is_array(arch) || json_array_size(arch) == 0) {
            rc = ffail(d, "architectures", err, "is not a non-empty list of names");
            goto done;
        }
        bool llama = false;
        size_t i;
        json_t *a;
        json_array_foreach(arch, i, a) llama |=
            json_is_string(a) && strcmp(json_string_value(a), "LlamaForCausalLM") == 0;
        if (!llama) {
            json_t *a0 = json_array_get(arch, 0);
            rc = ffail(d, "architectures", err,
                       "architecture '%.60s' is not supported (clinclean reads LlamaForCausalLM)",
                       json_is_string(a0) ? json_string_value(a0) : "?");
            if (err) err->code = CC_ERR_UNSUPPORTED;
            rc = CC_ERR_UNSUPPORTED;
            goto done;
        }
    } else {
        json_t *mt = json_object_get(root, "model_type");
        if (!json_is_string(mt) || strcmp(json_string_value(mt), "llama") != 0) {
            rc = ffail(d, "architectures", err, "is missing and model_type is not \"llama\"");
            if (err) err->code = CC_ERR_UNSUPPORTED;
            rc = CC_ERR_UNSUPPORTED;
            goto done;
        }
    }
    /* features clinclean's Llama does not implement */
    json_t *act = json_object_get(root, "hidden_act");
    if (act && !(json_is_string(act) && strcmp(json_string_value(act), "silu") == 0)) {
        rc = ffail(d, "hidden_act", err, "only \"silu\" is supported");
        if (err) err->code = CC_ERR_UNSUPPORTED;
        rc = CC_ERR_UNSUPPORTED;
        goto done;
    }
    static const char *const no_bias[] = {"attention_bias", "mlp_bias"};
    for (int i = 0; i < 2; i++) {
        bool b = false;
        if ((rc = get_bool(d, root, no_bias[i], &b, NULL, err)) != CC_OK) goto done;
        if (b) {
            rc = ffail(d, no_bias[i], err, "biases are not supported");
            if (err) err->code = CC_ERR_UNSUPPORTED;
            rc = CC_ERR_UNSUPPORTED;
            goto done;
        }
    }

    int64_t v;
    const int64_t DIM_MAX = 1 << 20;
#define INT_FIELD(key, req, lo, hi, dst)                                                                               \
    do {                                                                                                               \
        if ((rc = get_int(d, root, key, key, req, lo, hi, &v, &present, err)) != CC_OK) goto done;                     \
        if (present) dst = (int32_t)v;                                                                                 \
    } while (0)
    bool present;
    INT_FIELD("hidden_size", true, 1, DIM_MAX, hp->n_embd);
    INT_FIELD("intermediate_size", true, 1, DIM_MAX, hp->n_ff);
    INT_FIELD("num_hidden_layers", true, 1, 4096, hp->n_layer);
    INT_FIELD("num_attention_heads", true, 1, 4096, hp->n_head);
    hp->n_head_kv = hp->n_head;
    INT_FIELD("num_key_value_heads", false, 1, 4096, hp->n_head_kv);
    INT_FIELD("vocab_size", true, 1, 1 << 24, hp->n_vocab);
    hp->n_ctx_train = 2048;
    INT_FIELD("max_position_embeddings", false, 1, INT32_MAX, hp->n_ctx_train);
    hp->head_dim = 0;
    INT_FIELD("head_dim", false, 2, 65536, hp->head_dim);
#undef INT_FIELD
    if (hp->head_dim == 0) {
        if (hp->n_embd % hp->n_head != 0) {
            rc = ffail(d, "num_attention_heads", err, "%d does not divide hidden_size %d (and head_dim is absent)",
                       hp->n_head, hp->n_embd);
            goto done;
        }
        hp->head_dim = hp->n_embd / hp->n_head;
    }
    if (hp->head_dim % 2 != 0) {
        rc = ffail(d, "head_dim", err, "%d is odd; RoPE needs pairs", hp->head_dim);
        goto done;
    }
    if (hp->n_head % hp->n_head_kv != 0) {
        rc = ffail(d, "num_key_value_heads", err, "%d does not divide num_attention_heads %d", hp->n_head_kv,
                   hp->n_head);
        goto done;
    }
    double x = 1e-6; /* transformers' LlamaConfig defaults */
    if ((rc = get_num(d, root, "rms_norm_eps", "rms_norm_eps", false, 1e-12, 1.0, &x, NULL, err)) != CC_OK) goto done;
    hp->rms_eps = (float)x;
    hp->tied_embeddings = false;
    if ((rc = get_bool(d, root, "tie_word_embeddings", &hp->tied_embeddings, NULL, err)) != CC_OK) goto done;

    /* RoPE: rope_theta + rope_scaling, or transformers 5's rope_parameters */
    x = 10000.0;
    if ((rc = get_num(d, root, "rope_theta", "rope_theta", false, 1.0, 1e12, &x, NULL, err)) != CC_OK) goto done;
    hp->rope_scaling = CC_ROPE_SCALING_NONE;
    json_t *rp = json_object_get(root, "rope_parameters");
    if (rp && !json_is_null(rp)) {
        if (!json_is_object(rp)) {
            rc = ffail(d, "rope_parameters", err, "is not an object");
            goto done;
        }
        if ((rc = get_num(d, rp, "rope_theta", "rope_parameters.rope_theta", false, 1.0, 1e12, &x, NULL, err)) != CC_OK)
            goto done;
        if ((rc = parse_rope(d, rp, "rope_parameters", hp, err)) != CC_OK) goto done;
    }
    hp->rope_theta = (float)x;
    json_t *rs = json_object_get(root, "rope_scaling");
    if (rs && !json_is_null(rs) && (rc = parse_rope(d, rs, "rope_scaling", hp, err)) != CC_OK) goto done;

    if (ck) {
        json_t *dt = json_object_get(root, "torch_dtype");
        if (!dt) dt = json_object_get(root, "dtype");
        if (json_is_string(dt) && !(ck->torch_dtype = strdup(json_string_value(dt)))) {
            rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
            goto done;
        }
        int64_t bos = -1;
        if ((rc = get_int(d, root, "bos_token_id", "bos_token_id", false, 0, INT32_MAX, &bos, NULL, err)) != CC_OK)
            goto done;
        ck->config_bos_id = (int32_t)bos;
        if ((rc = get_ids(d, root, "eos_token_id", ck->config_eos_ids, &ck->config_n_eos, err)) != CC_OK) goto done;
    }
done:
    json_decref(root);
    return rc;
}

cc_status cc_hf_parse_config(const char *text, size_t len, const char *name, cc_llama_hparams *hp, cc_error *err) {
    jdoc d = {name, text, len};
    return parse_config_doc(&d, hp, NULL, err);
}

/* ------------------------------------------------------------------ generation_config.json */

static cc_status parse_generation(const jdoc *d, cc_hf_generation *g, cc_error *err) {
    cc_status rc;
    json_t *root = NULL;
    if ((rc = parse_doc(d, &root, err)) != CC_OK) return rc;
    double x;
    int64_t v;
    g->present = true;
    if ((rc = get_num(d, root, "temperature", "temperature", false, 0.0, 100.0, &x, &g->has_temperature, err)) != CC_OK)
        goto done;
    if (g->has_temperature) g->temperature = (float)x;
    if ((rc = get_num(d, root, "top_p", "top_p", false, 0.0, 1.0, &x, &g->has_top_p, err)) != CC_OK) goto done;
    if (g->has_top_p) g->top_p = (float)x;
    if ((rc = get_int(d, root, "top_k", "top_k", false, 0, INT32_MAX, &v, &g->has_top_k, err)) != CC_OK) goto done;
    if (g->has_top_k) g->top_k = (int32_t)v;
    if ((rc = get_num(d, root, "repetition_penalty", "repetition_penalty", false, 1e-3, 100.0, &x,
                      &g->has_repetition_penalty, err)) != CC_OK)
        goto done;
    if (g->has_repetition_penalty) g->repetition_penalty = (float)x;
    if ((rc = get_int(d, root, "max_new_tokens", "max_new_tokens", false, 1, INT32_MAX, &v, &g->has_max_new_tokens,
                      err)) != CC_OK)
        goto done;
    if (g->has_max_new_tokens) g->max_new_tokens = (int32_t)v;
    if ((rc = get_bool(d, root, "do_sample", &g->do_sample, &g->has_do_sample, err)) != CC_OK) goto done;
    v = -1;
    if ((rc = get_int(d, root, "bos_token_id", "bos_token_id", false, 0, INT32_MAX, &v, NULL, err)) != CC_OK) goto done;
    g->bos_id = (int32_t)v;
    rc = get_ids(d, root, "eos_token_id", g->eos_ids, &g->n_eos, err);
done:
    json_decref(root);
    return rc;
}

/* ------------------------------------------------------------------ tokenizer_config.json */

/* bos_token / eos_token: a string, or an AddedToken object {"content": ...}. */
static cc_status token_string(const jdoc *d, json_t *root, const char *key, char **out, cc_error *err) {
    json_t *v = json_object_get(root, key);
    if (!v || json_is_null(v)) return CC_OK;
    if (json_is_object(v)) v = json_object_get(v, "content");
    if (!json_is_string(v)) return ffail(d, key, err, "is neither a string nor an object with a 'content' string");
    if (!(*out = strdup(json_string_value(v)))) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    return CC_OK;
}

static cc_status parse_tokenizer_config(cc_hf_checkpoint *ck, const jdoc *d, cc_error *err) {
    cc_status rc;
    json_t *root = NULL;
    if ((rc = parse_doc(d, &root, err)) != CC_OK) return rc;
    if ((rc = token_string(d, root, "bos_token", &ck->bos_token, err)) != CC_OK) goto done;
    if ((rc = token_string(d, root, "eos_token", &ck->eos_token, err)) != CC_OK) goto done;
    json_t *ct = json_object_get(root, "chat_template");
    const char *tmpl = NULL;
    if (json_is_string(ct)) {
        tmpl = json_string_value(ct);
    } else if (json_is_array(ct)) { /* [{"name": "default", "template": ...}, ...] */
        size_t i;
        json_t *e;
        json_array_foreach(ct, i, e) {
            json_t *n = json_object_get(e, "name"), *t = json_object_get(e, "template");
            if (json_is_string(n) && json_is_string(t) && strcmp(json_string_value(n), "default") == 0)
                tmpl = json_string_value(t);
        }
        if (!tmpl) {
            rc = ffail(d, "chat_template", err, "is a list without a \"default\" template");
            goto done;
        }
    } else if (ct && !json_is_null(ct)) {
        rc = ffail(d, "chat_template", err, "is neither a string nor a list of named templates");
        goto done;
    }
    if (tmpl && !(ck->chat_template = strdup(tmpl))) rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
done:
    json_decref(root);
    return rc;
}

/* ------------------------------------------------------------------ weights */

void cc_hf_layer_name(char *out, size_t cap, int layer, const char *suffix) {
    snprintf(out, cap, "model.layers.%d.%s", layer, suffix);
}

const cc_st_tensor *cc_hf_tensor(const cc_hf_checkpoint *ck, const char *name, const cc_safetensors **file) {
    for (int i = 0; i < ck->n_shards; i++) {
        const cc_st_tensor *t = cc_st_find(&ck->shards[i], name);
        if (t) {
            if (file) *file = &ck->shards[i];
            return t;
        }
    }
    return NULL;
}

/* A shard file name from the index: a plain name inside the directory. */
static bool safe_shard_name(const char *s) {
    size_t n = strlen(s);
    return n > 12 && n < 256 && !strchr(s, '/') && !strchr(s, '\\') && s[0] != '.' &&
           strcmp(s + n - 12, ".safetensors") == 0;
}

static cc_status add_shard(cc_hf_checkpoint *ck, const char *name, cc_error *err) {
    for (int i = 0; i < ck->n_shards; i++)
        if (strcmp(ck->shard_names[i], name) == 0) return CC_OK;
    char **nn = realloc(ck->shard_names, (size_t)(ck->n_shards + 1) * sizeof *nn);
    if (!nn) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    ck->shard_names = nn;
    cc_safetensors *ns = realloc(ck->shards, (size_t)(ck->n_shards + 1) * sizeof *ns);
    if (!ns) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    ck->shards = ns;
    memset(&ck->shards[ck->n_shards], 0, sizeof *ns);
    if (!(ck->shard_names[ck->n_shards] = strdup(name))) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    ck->n_shards++;
    char *path = join(ck->dir, name);
    if (!path) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    cc_status rc = cc_st_open(&ck->shards[ck->n_shards - 1], path, err);
    free(path);
    return rc;
}

static cc_status open_index(cc_hf_checkpoint *ck, const jdoc *d, cc_error *err) {
    cc_status rc;
    json_t *root = NULL;
    if ((rc = parse_doc(d, &root, err)) != CC_OK) return rc;
    json_t *wm = json_object_get(root, "weight_map");
    if (!json_is_object(wm) || json_object_size(wm) == 0) {
        rc = ffail(d, "weight_map", err, "is missing or not a non-empty object");
        goto done;
    }
    const char *key;
    json_t *val;
    json_object_foreach(wm, key, val) { /* open the shards in the order the index names them */
        if (!json_is_string(val) || !safe_shard_name(json_string_value(val))) {
            rc = ffail(d, "weight_map", err, "entry '%.200s' does not name a .safetensors file in the directory", key);
            goto done;
        }
        if ((rc = add_shard(ck, json_string_value(val), err)) != CC_OK) goto done;
    }
    json_object_foreach(wm, key, val) {
        const char *shard = json_string_value(val);
        int s = 0;
        while (strcmp(ck->shard_names[s], shard) != 0)
            s++;
        if (!cc_st_find(&ck->shards[s], key)) {
            rc = cc_fail(err, CC_ERR_FORMAT, "%s: weight_map (byte %zu): tensor '%.200s' is not in %s", d->name,
                         key_pos(d->text, d->len, key), key, shard);
            goto done;
        }
    }
    /* every tensor of every shard: listed for that shard, and in no other shard */
    for (int s = 0; s < ck->n_shards; s++) {
        for (int i = 0; i < ck->shards[s].n_tensors; i++) {
            const char *tn = ck->shards[s].tensors[i].name;
            for (int o = 0; o < s; o++)
                if (cc_st_find(&ck->shards[o], tn)) {
                    rc = cc_fail(err, CC_ERR_FORMAT, "%s/%s: tensor '%.200s' is also in %s", ck->dir,
                                 ck->shard_names[s], tn, ck->shard_names[o]);
                    goto done;
                }
            json_t *m = json_object_get(wm, tn);
            if (!m || strcmp(json_string_value(m), ck->shard_names[s]) != 0) {
                rc = cc_fail(err, CC_ERR_FORMAT, "%s/%s: tensor '%.200s' is not listed for this file in %s", ck->dir,
                             ck->shard_names[s], tn, d->name);
                goto done;
            }
        }
    }
done:
    json_decref(root);
    return rc;
}

/* Every tensor the config implies, with its shape; unknown tensors are errors. */
static cc_status check_tensors(const cc_hf_checkpoint *ck, cc_error *err) {
    const cc_llama_hparams *hp = &ck->hp;
    const int64_t E = hp->n_embd, Q = (int64_t)hp->n_head * hp->head_dim, KV = (int64_t)hp->n_head_kv * hp->head_dim,
                  F = hp->n_ff, V = hp->n_vocab;
    struct {
        const char *suffix; /* layer tensor name after "model.layers.N." */
        int64_t rows, cols; /* cols 0: a 1-D [rows] vector */
    } layer[] = {
        {"input_layernorm.weight", E, 0},   {"self_attn.q_proj.weight", Q, E},
        {"self_attn.k_proj.weight", KV, E}, {"self_attn.v_proj.weight", KV, E},
        {"self_attn.o_proj.weight", E, Q},  {"post_attention_layernorm.weight", E, 0},
        {"mlp.gate_proj.weight", F, E},     {"mlp.up_proj.weight", F, E},
        {"mlp.down_proj.weight", E, F},
    };
    const int n_per_layer = (int)(sizeof layer / sizeof layer[0]);
    char name[160];
    for (int l = -1; l < hp->n_layer; l++) {
        for (int k = 0; k < (l < 0 ? 3 : n_per_layer); k++) {
            int64_t rows, cols;
            if (l < 0) {
                static const char *const glob[] = {"model.embed_tokens.weight", "model.norm.weight", "lm_head.weight"};
                snprintf(name, sizeof name, "%s", glob[k]);
                rows = k == 1 ? E : V;
                cols = k == 1 ? 0 : E;
            } else {
                cc_hf_layer_name(name, sizeof name, l, layer[k].suffix);
                rows = layer[k].rows;
                cols = layer[k].cols;
            }
            const cc_safetensors *f;
            const cc_st_tensor *t = cc_hf_tensor(ck, name, &f);
            bool optional = l < 0 && k == 2 && hp->tied_embeddings; /* tied: lm_head may be stored anyway */
            if (!t) {
                if (optional) continue;
                return cc_fail(err, CC_ERR_FORMAT, "%s: tensor '%s' is missing (config.json implies it)", ck->dir,
                               name);
            }
            bool ok = cols ? (t->n_dims == 2 && t->shape[0] == rows && t->shape[1] == cols)
                           : (t->n_dims == 1 && t->shape[0] == rows);
            if (!ok) {
                char got[96] = "[";
                for (int i = 0; i < t->n_dims; i++)
                    snprintf(got + strlen(got), sizeof got - strlen(got), "%s%lld", i ? ", " : "",
                             (long long)t->shape[i]);
                strncat(got, "]", sizeof got - strlen(got) - 1);
                if (cols)
                    return cc_fail(err, CC_ERR_FORMAT,
                                   "%s: tensor '%s' has shape %s but config.json implies [%lld, %lld]", f->path, name,
                                   got, (long long)rows, (long long)cols);
                return cc_fail(err, CC_ERR_FORMAT, "%s: tensor '%s' has shape %s but config.json implies [%lld]",
                               f->path, name, got, (long long)rows);
            }
        }
    }
    /* anything else would be silently ignored: refuse, except old checkpoints' cached RoPE tables */
    for (int s = 0; s < ck->n_shards; s++) {
        for (int i = 0; i < ck->shards[s].n_tensors; i++) {
            const char *tn = ck->shards[s].tensors[i].name;
            size_t n = strlen(tn);
            const char *ignore = ".rotary_emb.inv_freq";
            if (n > strlen(ignore) && strcmp(tn + n - strlen(ignore), ignore) == 0) continue;
            int layer_no;
            char rest[96];
            bool known = false;
            if (sscanf(tn, "model.layers.%d.%95s", &layer_no, rest) == 2 && layer_no >= 0 && layer_no < hp->n_layer) {
                for (int k = 0; k < n_per_layer; k++)
                    known |= strcmp(rest, layer[k].suffix) == 0;
                cc_hf_layer_name(name, sizeof name, layer_no, rest);
                known = known && strcmp(name, tn) == 0; /* no "model.layers.01." aliases */
            } else {
                known = strcmp(tn, "model.embed_tokens.weight") == 0 || strcmp(tn, "model.norm.weight") == 0 ||
                        strcmp(tn, "lm_head.weight") == 0;
            }
            if (!known)
                return cc_fail(err, CC_ERR_UNSUPPORTED,
                               "%s: tensor '%.200s' is not part of a %d-layer LlamaForCausalLM (it would be ignored)",
                               ck->shards[s].path, tn, hp->n_layer);
        }
    }
    return CC_OK;
}

/* ------------------------------------------------------------------ open / close */

void cc_hf_close(cc_hf_checkpoint *ck) {
    if (!ck) return;
    for (int i = 0; i < ck->n_shards; i++) {
        cc_st_close(&ck->shards[i]);
        free(ck->shard_names[i]);
    }
    free(ck->shards);
    free(ck->shard_names);
    free(ck->dir);
    free(ck->torch_dtype);
    free(ck->tokenizer_json);
    free(ck->tokenizer_config);
    free(ck->chat_template);
    free(ck->bos_token);
    free(ck->eos_token);
    memset(ck, 0, sizeof *ck);
}

/* Read dir/name as a jdoc (text owned by *buf); *found false when absent and optional. */
static cc_status load_doc(const char *dir, const char *name, bool required, jdoc *d, char **path, char **buf,
                          bool *found, cc_error *err) {
    *found = false;
    *buf = NULL;
    *path = join(dir, name);
    if (!*path) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    if (!is_file(*path)) {
        if (required) return cc_fail(err, CC_ERR_IO, "%s: %s is missing", dir, name);
        return CC_OK;
    }
    size_t len = 0;
    cc_status rc = read_file(*path, buf, &len, err);
    if (rc != CC_OK) return rc;
    d->name = *path;
    d->text = *buf;
    d->len = len;
    *found = true;
    return CC_OK;
}

cc_status cc_hf_open(cc_hf_checkpoint *ck, const char *dir, cc_error *err) {
    cc_status rc = CC_OK;
    char *path = NULL, *buf = NULL;
    bool found;
    jdoc d;
    memset(ck, 0, sizeof *ck);
    ck->config_bos_id = -1;
    ck->gen.bos_id = -1;
    if (!(ck->dir = strdup(dir))) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    struct stat sb;
    if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        rc = cc_fail(err, CC_ERR_IO, "%s: not a directory", dir);
        goto done;
    }

#define NEXT_DOC(name, required)                                                                                       \
    do {                                                                                                               \
        free(path);                                                                                                    \
        free(buf);                                                                                                     \
        if ((rc = load_doc(dir, name, required, &d, &path, &buf, &found, err)) != CC_OK) goto done;                    \
    } while (0)

    NEXT_DOC("config.json", true);
    if ((rc = parse_config_doc(&d, &ck->hp, ck, err)) != CC_OK) goto done;

    NEXT_DOC("generation_config.json", false);
    if (found && (rc = parse_generation(&d, &ck->gen, err)) != CC_OK) goto done;

    NEXT_DOC("tokenizer_config.json", false);
    if (found) {
        if ((rc = parse_tokenizer_config(ck, &d, err)) != CC_OK) goto done;
        if (!(ck->tokenizer_config = strdup(path))) goto nomem;
    }
    NEXT_DOC("chat_template.jinja", false); /* newer checkpoints keep the template in its own file */
    if (found && !ck->chat_template && !(ck->chat_template = strdup(buf))) goto nomem;
    free(path);
    if (!(path = join(dir, "tokenizer.json"))) goto nomem;
    if (is_file(path)) {
        ck->tokenizer_json = path;
        path = NULL;
    }

    /* weights: a single file first (as transformers looks), else the index */
    free(path);
    if (!(path = join(dir, "model.safetensors"))) goto nomem;
    if (is_file(path)) {
        if ((rc = add_shard(ck, "model.safetensors", err)) != CC_OK) goto done;
    } else {
        NEXT_DOC("model.safetensors.index.json", false);
        if (!found) {
            rc = cc_fail(err, CC_ERR_IO, "%s: neither model.safetensors nor model.safetensors.index.json is present",
                         dir);
            goto done;
        }
        if ((rc = open_index(ck, &d, err)) != CC_OK) goto done;
    }
#undef NEXT_DOC
    rc = check_tensors(ck, err);
    goto done;
nomem:
    rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
done:
    free(path);
    free(buf);
    if (rc != CC_OK) cc_hf_close(ck);
    return rc;
}
