/* hf_synth.c - the synthetic Hugging Face checkpoint writer of io/hf_synth.h. */
#include "hf_synth.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    char name[96];      /* Hugging Face tensor name */
    int64_t rows, cols; /* cols 0: a 1-D vector of rows */
} synth_tensor;

static char *join(const char *dir, const char *name) {
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static cc_status copy_into(const char *src, const char *dir, const char *name, cc_error *err) {
    cc_status rc = CC_OK;
    char *dst = join(dir, name);
    FILE *in = fopen(src, "rb"), *out = dst ? fopen(dst, "wb") : NULL;
    if (!in || !out) {
        rc = cc_fail(err, CC_ERR_IO, "copying %s to %s: %s", src, dst ? dst : name, strerror(errno));
        goto done;
    }
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n) {
            rc = cc_fail(err, CC_ERR_IO, "%s: write failed", dst);
            goto done;
        }
done:
    if (in) fclose(in);
    if (out && fclose(out) != 0 && rc == CC_OK) rc = cc_fail(err, CC_ERR_IO, "%s: close failed", dst);
    free(dst);
    return rc;
}

static cc_status write_config(const char *dir, const cc_hf_synth_opts *o, cc_error *err) {
    const cc_llama_hparams *hp = &o->hp;
    json_t *c = json_object();
    json_object_set_new(c, "architectures", json_pack("[s]", "LlamaForCausalLM"));
    json_object_set_new(c, "model_type", json_string("llama"));
    json_object_set_new(c, "hidden_act", json_string("silu"));
    json_object_set_new(c, "hidden_size", json_integer(hp->n_embd));
    json_object_set_new(c, "intermediate_size", json_integer(hp->n_ff));
    json_object_set_new(c, "num_hidden_layers", json_integer(hp->n_layer));
    json_object_set_new(c, "num_attention_heads", json_integer(hp->n_head));
    json_object_set_new(c, "num_key_value_heads", json_integer(hp->n_head_kv));
    json_object_set_new(c, "head_dim", json_integer(hp->head_dim));
    json_object_set_new(c, "vocab_size", json_integer(hp->n_vocab));
    json_object_set_new(c, "max_position_embeddings", json_integer(hp->n_ctx_train));
    json_object_set_new(c, "rms_norm_eps", json_real(hp->rms_eps));
    json_object_set_new(c, "rope_theta", json_real(hp->rope_theta));
    json_object_set_new(c, "tie_word_embeddings", json_boolean(hp->tied_embeddings));
    json_object_set_new(c, "torch_dtype",
                        json_string(o->dtype == CC_T_BF16  ? "bfloat16"
                                    : o->dtype == CC_T_F16 ? "float16"
                                                           : "float32"));
    if (hp->rope_scaling == CC_ROPE_SCALING_LLAMA3)
        json_object_set_new(c, "rope_scaling",
                            json_pack("{s:s, s:f, s:f, s:f, s:i}", "rope_type", "llama3", "factor", hp->rope_factor,
                                      "low_freq_factor", hp->rope_low_freq_factor, "high_freq_factor",
                                      hp->rope_high_freq_factor, "original_max_position_embeddings",
                                      hp->rope_orig_ctx));
    char *path = join(dir, "config.json");
    cc_status rc = CC_OK;
    if (!path || json_dump_file(c, path, JSON_INDENT(2)) != 0)
        rc = cc_fail(err, CC_ERR_IO, "%s/config.json: cannot write", dir);
    free(path);
    json_decref(c);
    return rc;
}

/* xorshift64* stream */
static inline uint64_t next(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

cc_status cc_hf_synth_write(const char *dir, const cc_hf_synth_opts *o, cc_error *err) {
    const cc_llama_hparams *hp = &o->hp;
    cc_status rc = CC_OK;
    synth_tensor *ts = NULL;
    char *header = NULL, *path = NULL;
    uint8_t *buf = NULL;
    FILE *f = NULL;
    if (o->dtype != CC_T_BF16 && o->dtype != CC_T_F16 && o->dtype != CC_T_F32)
        return cc_fail(err, CC_ERR_INVALID, "synthetic checkpoint: dtype must be bf16, f16 or f32");
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) return cc_fail(err, CC_ERR_IO, "%s: %s", dir, strerror(errno));
    if ((rc = write_config(dir, o, err)) != CC_OK) return rc;
    if (o->tokenizer_json && (rc = copy_into(o->tokenizer_json, dir, "tokenizer.json", err)) != CC_OK) return rc;
    if (o->tokenizer_config && (rc = copy_into(o->tokenizer_config, dir, "tokenizer_config.json", err)) != CC_OK)
        return rc;

    /* tensor list */
    int64_t E = hp->n_embd, Q = (int64_t)hp->n_head * hp->head_dim, KV = (int64_t)hp->n_head_kv * hp->head_dim;
    int n = 3 + 9 * hp->n_layer, k = 0;
    ts = calloc((size_t)n, sizeof *ts);
    if (!ts) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    ts[k++] = (synth_tensor){"model.embed_tokens.weight", hp->n_vocab, E};
    for (int l = 0; l < hp->n_layer; l++) {
        static const char *const sfx[9] = {"input_layernorm",  "self_attn.q_proj", "self_attn.k_proj",
                                           "self_attn.v_proj", "self_attn.o_proj", "post_attention_layernorm",
                                           "mlp.gate_proj",    "mlp.up_proj",      "mlp.down_proj"};
        int64_t shp[9][2] = {{E, 0}, {Q, E},        {KV, E},       {KV, E},      {E, Q},
                             {E, 0}, {hp->n_ff, E}, {hp->n_ff, E}, {E, hp->n_ff}};
        for (int j = 0; j < 9; j++) {
            snprintf(ts[k].name, sizeof ts[k].name, "model.layers.%d.%s.weight", l, sfx[j]);
            ts[k].rows = shp[j][0];
            ts[k].cols = shp[j][1];
            k++;
        }
    }
    ts[k++] = (synth_tensor){"model.norm.weight", E, 0};
    if (!hp->tied_embeddings) ts[k++] = (synth_tensor){"lm_head.weight", hp->n_vocab, E};
    n = k;

    /* header */
    const char *dt = o->dtype == CC_T_BF16 ? "BF16" : o->dtype == CC_T_F16 ? "F16" : "F32";
    size_t es = o->dtype == CC_T_F32 ? 4 : 2, cap = 256 + (size_t)n * 192, len = 0, off = 0;
    header = malloc(cap);
    if (!header) {
        rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    len += (size_t)snprintf(header + len, cap - len, "{\"__metadata__\":{\"format\":\"pt\"}");
    for (int i = 0; i < n; i++) {
        size_t bytes = (size_t)ts[i].rows * (size_t)(ts[i].cols ? ts[i].cols : 1) * es;
        if (ts[i].cols)
            len += (size_t)snprintf(header + len, cap - len,
                                    ",\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld,%lld],\"data_offsets\":[%zu,%zu]}",
                                    ts[i].name, dt, (long long)ts[i].rows, (long long)ts[i].cols, off, off + bytes);
        else
            len += (size_t)snprintf(header + len, cap - len,
                                    ",\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld],\"data_offsets\":[%zu,%zu]}",
                                    ts[i].name, dt, (long long)ts[i].rows, off, off + bytes);
        off += bytes;
    }
    len += (size_t)snprintf(header + len, cap - len, "}");
    while (len % 8)
        header[len++] = ' ';

    path = join(dir, "model.safetensors");
    f = path ? fopen(path, "wb") : NULL;
    if (!f) {
        rc = cc_fail(err, CC_ERR_IO, "%s/model.safetensors: cannot create: %s", dir, strerror(errno));
        goto done;
    }
    uint8_t lenb[8];
    for (int i = 0; i < 8; i++)
        lenb[i] = (uint8_t)((uint64_t)len >> (8 * i));
    const size_t CHUNK = 1 << 20; /* elements per write */
    buf = malloc(CHUNK * es);
    if (!buf) {
        rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (fwrite(lenb, 1, 8, f) != 8 || fwrite(header, 1, len, f) != len) goto werr;
    uint64_t s = o->seed * 0x9E3779B97F4A7C15ull + 1;
    for (int i = 0; i < n; i++) {
        int64_t total = ts[i].rows * (ts[i].cols ? ts[i].cols : 1);
        /* uniform on [-a, a] has standard deviation a/sqrt(3) */
        float a = ts[i].cols ? (float)sqrt(3.0 / (double)ts[i].cols) : 0.2f;
        float base = ts[i].cols ? 0.0f : 1.0f;
        for (int64_t done = 0; done < total;) {
            size_t m = (size_t)(total - done < (int64_t)CHUNK ? total - done : (int64_t)CHUNK);
            for (size_t j = 0; j < m; j++) {
                float u = (float)((int64_t)(next(&s) >> 40) - (1 << 23)) * (1.0f / (1 << 23)); /* [-1, 1) */
                float v = base + a * u;
                if (o->dtype == CC_T_F32)
                    memcpy(buf + 4 * j, &v, 4);
                else {
                    uint16_t h = o->dtype == CC_T_BF16 ? cc_f32_to_bf16(v) : cc_f32_to_fp16(v);
                    memcpy(buf + 2 * j, &h, 2);
                }
            }
            if (fwrite(buf, es, m, f) != m) goto werr;
            done += (int64_t)m;
        }
    }
    if (fclose(f) != 0) {
        f = NULL;
        goto werr;
    }
    f = NULL;
    goto done;
werr:
    rc = cc_fail(err, CC_ERR_IO, "%s/model.safetensors: write failed: %s", dir, strerror(errno));
done:
    if (f) fclose(f);
    free(buf);
    free(path);
    free(header);
    free(ts);
    return rc;
}
