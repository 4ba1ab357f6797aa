/* cmd_inspect.c - `clinclean inspect MODEL`: what a GGUF model file holds.
 *
 * Architecture and dimensions, RoPE settings, tokenizer summary, chat
 * template family, parameter count, bytes by tensor type, then every tensor's
 * name, type and shape (GGML order: row length first).  --json prints the
 * same as one JSON object.  A malformed file exits 1 with the reader's
 * message (field and byte offset). */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "gguf.h"
#include "gguf_llama.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean inspect [--json] [--no-tensors] MODEL.gguf\n"
            "\n"
            "Print what a GGUF model file holds: architecture, dimensions, RoPE settings,\n"
            "tokenizer, chat template family, parameter count, bytes by tensor type and\n"
            "each tensor's name, type and shape.  Checks every field of the file.\n"
            "  --json         one JSON object instead of text\n"
            "  --no-tensors   leave out the per-tensor list\n");
}

/* Per-type totals. */
typedef struct {
    uint32_t type_id; /* GGML type */
    int64_t count;    /* tensors */
    int64_t elements; /* elements over those tensors */
    uint64_t bytes;   /* data bytes over those tensors */
} type_total;

static const char *template_family(const cc_gguf *g) {
    const cc_gguf_value *v = cc_gguf_get(g, "tokenizer.chat_template");
    if (!v || v->type != CC_GGUF_STRING) return "none";
    if (memmem(v->str.ptr, (size_t)v->str.len, "<|start_header_id|>", 19)) return "llama3";
    if (memmem(v->str.ptr, (size_t)v->str.len, "<|im_start|>", 12)) return "chatml";
    return "unknown";
}

/* An integer key, or -1 when absent or not an integer. */
static int64_t int_or_neg(const cc_gguf *g, const char *key) {
    int64_t v;
    if (!cc_gguf_get(g, key) || cc_gguf_get_int(g, key, &v, NULL) != CC_OK) return -1;
    return v;
}

/* A string key as JSON (null when absent). */
static json_t *str_or_null(const cc_gguf *g, const char *key) {
    const cc_gguf_value *v = cc_gguf_get(g, key);
    if (!v || v->type != CC_GGUF_STRING) return json_null();
    return json_stringn_nocheck(v->str.ptr, (size_t)v->str.len);
}

static json_t *id_json(int64_t id) { return id >= 0 ? json_integer(id) : json_null(); }

static void print_str_key(const cc_gguf *g, const char *label, const char *key) {
    const cc_gguf_value *v = cc_gguf_get(g, key);
    if (v && v->type == CC_GGUF_STRING) printf("%s: %.*s\n", label, (int)(v->str.len > 200 ? 200 : v->str.len), v->str.ptr);
}

static void print_id(const char *label, int64_t id) {
    if (id >= 0) printf(" %s %lld", label, (long long)id);
    else printf(" %s -", label);
}

int cmd_inspect(int argc, char **argv) {
    static const struct option opts[] = {
        {"json", no_argument, 0, 'j'}, {"no-tensors", no_argument, 0, 'n'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    bool as_json = false, list_tensors = true;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'j': as_json = true; break;
        case 'n': list_tensors = false; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc - 1) {
        usage(stderr);
        return 2;
    }
    const char *path = argv[optind];
    int rc = 1;
    cc_error err = {0};
    cc_gguf *g = NULL;
    type_total *tt = NULL;
    json_t *jo = NULL;
    if (cc_gguf_open(path, &g, &err) != CC_OK) {
        fprintf(stderr, "clinclean inspect: %s\n", err.msg);
        goto done;
    }

    /* totals by type */
    int64_t n_t = cc_gguf_n_tensors(g), n_types = 0, params = 0;
    uint64_t weight_bytes = 0;
    tt = calloc((size_t)(n_t ? n_t : 1), sizeof *tt);
    if (!tt) {
        fprintf(stderr, "clinclean inspect: out of memory\n");
        goto done;
    }
    for (int64_t i = 0; i < n_t; i++) {
        const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
        int64_t k = 0;
        while (k < n_types && tt[k].type_id != t->type_id) k++;
        if (k == n_types) tt[n_types++].type_id = t->type_id;
        tt[k].count++;
        tt[k].elements += t->n_elements;
        tt[k].bytes += t->size;
        params += t->n_elements;
        weight_bytes += t->size;
    }

    const cc_gguf_value *arch = cc_gguf_get(g, "general.architecture");
    bool is_llama = arch && arch->type == CC_GGUF_STRING && arch->str.len == 5 && memcmp(arch->str.ptr, "llama", 5) == 0;
    cc_llama_hparams hp;
    bool have_hp = false, layout_ok = false;
    char hp_err[CC_ERROR_MSG_MAX] = "";
    if (is_llama) {
        if (cc_llama_hparams_read(g, &hp, &err) == CC_OK) {
            have_hp = true;
            layout_ok = cc_llama_check_tensors(g, &hp, &err) == CC_OK;
            if (!layout_ok) snprintf(hp_err, sizeof hp_err, "%s", err.msg);
        } else {
            snprintf(hp_err, sizeof hp_err, "%s", err.msg);
        }
    }

    const cc_gguf_value *toks = cc_gguf_get(g, "tokenizer.ggml.tokens");
    const cc_gguf_value *merges = cc_gguf_get(g, "tokenizer.ggml.merges");
    int64_t n_tok = toks && toks->type == CC_GGUF_ARRAY ? (int64_t)toks->arr_n : -1;
    int64_t n_merges = merges && merges->type == CC_GGUF_ARRAY ? (int64_t)merges->arr_n : -1;
    int64_t bos = int_or_neg(g, "tokenizer.ggml.bos_token_id"), eos = int_or_neg(g, "tokenizer.ggml.eos_token_id"),
            eot = int_or_neg(g, "tokenizer.ggml.eot_token_id"), pad = int_or_neg(g, "tokenizer.ggml.padding_token_id");
    const cc_gguf_value *addbos = cc_gguf_get(g, "tokenizer.ggml.add_bos_token");
    const char *tmpl = template_family(g);
    float rope[512];
    bool rope_found = false;
    if (have_hp && hp.rope_scaling == CC_ROPE_SCALING_LLAMA3 && hp.head_dim / 2 <= 512)
        cc_llama_rope_freqs_read(g, &hp, rope, &rope_found, NULL);

    if (as_json) {
        jo = json_object();
        json_object_set_new(jo, "file", json_string(path));
        json_object_set_new(jo, "file_size", json_integer((json_int_t)cc_gguf_file_size(g)));
        json_object_set_new(jo, "gguf_version", json_integer(cc_gguf_version(g)));
        json_object_set_new(jo, "alignment", json_integer(cc_gguf_alignment(g)));
        json_object_set_new(jo, "metadata_count", json_integer(cc_gguf_n_kv(g)));
        json_object_set_new(jo, "architecture", str_or_null(g, "general.architecture"));
        json_object_set_new(jo, "name", str_or_null(g, "general.name"));
        if (have_hp) {
            json_t *h = json_object();
            json_object_set_new(h, "layers", json_integer(hp.n_layer));
            json_object_set_new(h, "hidden", json_integer(hp.n_embd));
            json_object_set_new(h, "ffn", json_integer(hp.n_ff));
            json_object_set_new(h, "heads", json_integer(hp.n_head));
            json_object_set_new(h, "kv_heads", json_integer(hp.n_head_kv));
            json_object_set_new(h, "head_dim", json_integer(hp.head_dim));
            json_object_set_new(h, "vocab", json_integer(hp.n_vocab));
            json_object_set_new(h, "context", json_integer(hp.n_ctx_train));
            json_object_set_new(h, "rms_eps", json_real(hp.rms_eps));
            json_object_set_new(h, "rope_theta", json_real(hp.rope_theta));
            json_object_set_new(h, "rope_scaling", json_string(hp.rope_scaling == CC_ROPE_SCALING_LLAMA3 ? "llama3" : "none"));
            if (hp.rope_scaling == CC_ROPE_SCALING_LLAMA3) {
                json_object_set_new(h, "rope_factor", json_real(hp.rope_factor));
                json_object_set_new(h, "rope_low_freq_factor", json_real(hp.rope_low_freq_factor));
                json_object_set_new(h, "rope_high_freq_factor", json_real(hp.rope_high_freq_factor));
                json_object_set_new(h, "rope_original_context", json_integer(hp.rope_orig_ctx));
            }
            json_object_set_new(h, "tied_embeddings", json_boolean(hp.tied_embeddings));
            json_object_set_new(jo, "hparams", h);
        }
        if (hp_err[0]) json_object_set_new(jo, "problem", json_string(hp_err));
        json_t *tk = json_object();
        json_object_set_new(tk, "model", str_or_null(g, "tokenizer.ggml.model"));
        json_object_set_new(tk, "pre", str_or_null(g, "tokenizer.ggml.pre"));
        json_object_set_new(tk, "vocab", id_json(n_tok));
        json_object_set_new(tk, "merges", id_json(n_merges));
        json_object_set_new(tk, "bos", id_json(bos));
        json_object_set_new(tk, "eos", id_json(eos));
        json_object_set_new(tk, "eot", id_json(eot));
        json_object_set_new(tk, "pad", id_json(pad));
        json_object_set_new(tk, "add_bos", addbos && addbos->type == CC_GGUF_BOOL ? json_boolean(addbos->v.b) : json_null());
        json_object_set_new(jo, "tokenizer", tk);
        json_object_set_new(jo, "chat_template", json_string(tmpl));
        json_object_set_new(jo, "parameters", json_integer(params));
        json_object_set_new(jo, "weight_bytes", json_integer((json_int_t)weight_bytes));
        json_t *types = json_array();
        for (int64_t k = 0; k < n_types; k++) {
            char tb[16];
            json_t *e = json_object();
            json_object_set_new(e, "type", json_string(cc_gguf_type_name(tt[k].type_id, tb)));
            json_object_set_new(e, "tensors", json_integer(tt[k].count));
            json_object_set_new(e, "elements", json_integer(tt[k].elements));
            json_object_set_new(e, "bytes", json_integer((json_int_t)tt[k].bytes));
            json_array_append_new(types, e);
        }
        json_object_set_new(jo, "types", types);
        if (list_tensors) {
            json_t *ts = json_array();
            for (int64_t i = 0; i < n_t; i++) {
                const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
                char tb[16];
                json_t *e = json_object(), *shape = json_array();
                json_object_set_new(e, "name", json_string(t->name));
                json_object_set_new(e, "type", json_string(cc_gguf_type_name(t->type_id, tb)));
                for (uint32_t d = 0; d < t->n_dims; d++) json_array_append_new(shape, json_integer(t->ne[d]));
                json_object_set_new(e, "shape", shape);
                json_object_set_new(e, "bytes", json_integer((json_int_t)t->size));
                json_array_append_new(ts, e);
            }
            json_object_set_new(jo, "tensors", ts);
        }
        char *s = json_dumps(jo, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        if (s) puts(s);
        free(s);
    } else {
        printf("file: %s (%zu bytes, GGUF v%u, %lld tensors, %lld metadata keys, alignment %u)\n", path, cc_gguf_file_size(g),
               cc_gguf_version(g), (long long)n_t, (long long)cc_gguf_n_kv(g), cc_gguf_alignment(g));
        if (arch && arch->type == CC_GGUF_STRING) print_str_key(g, "architecture", "general.architecture");
        else printf("architecture: (none)\n");
        print_str_key(g, "name", "general.name");
        if (have_hp) {
            printf("layers: %d\nhidden: %d\nffn: %d\nheads: %d (kv %d, head_dim %d)\nvocab: %d\ncontext: %d\nrms_eps: %g\n",
                   hp.n_layer, hp.n_embd, hp.n_ff, hp.n_head, hp.n_head_kv, hp.head_dim, hp.n_vocab, hp.n_ctx_train, hp.rms_eps);
            if (hp.rope_scaling == CC_ROPE_SCALING_LLAMA3) {
                printf("rope: theta %g, scaling llama3 (factor %g", hp.rope_theta, hp.rope_factor);
                if (hp.rope_orig_ctx)
                    printf(", low %g, high %g, original context %d", hp.rope_low_freq_factor, hp.rope_high_freq_factor, hp.rope_orig_ctx);
                printf("; %s with %d factors)\n", CC_LLAMA_ROPE_FREQS, hp.head_dim / 2);
            } else {
                printf("rope: theta %g, scaling none\n", hp.rope_theta);
            }
            printf("embeddings: %s\n", hp.tied_embeddings ? "tied (no output.weight)" : "separate output.weight");
        }
        if (hp_err[0]) printf("problem: %s\n", hp_err);
        const cc_gguf_value *tm = cc_gguf_get(g, "tokenizer.ggml.model"), *tp = cc_gguf_get(g, "tokenizer.ggml.pre");
        printf("tokenizer: model %.*s, pre %.*s, vocab ", tm && tm->type == CC_GGUF_STRING ? (int)(tm->str.len > 64 ? 64 : tm->str.len) : 1,
               tm && tm->type == CC_GGUF_STRING ? tm->str.ptr : "-",
               tp && tp->type == CC_GGUF_STRING ? (int)(tp->str.len > 64 ? 64 : tp->str.len) : 1,
               tp && tp->type == CC_GGUF_STRING ? tp->str.ptr : "-");
        if (n_tok >= 0) printf("%lld", (long long)n_tok);
        else printf("-");
        printf(", merges ");
        if (n_merges >= 0) printf("%lld", (long long)n_merges);
        else printf("-");
        printf(",");
        print_id("bos", bos);
        print_id("eos", eos);
        print_id("eot", eot);
        print_id("pad", pad);
        printf(", add_bos %s\n", addbos && addbos->type == CC_GGUF_BOOL ? (addbos->v.b ? "true" : "false") : "-");
        printf("chat template: %s\n", tmpl);
        printf("parameters: %lld (%.1f M)\n", (long long)params, (double)params / 1e6);
        printf("weights: %llu bytes (%.1f MiB)\n", (unsigned long long)weight_bytes, (double)weight_bytes / (1024.0 * 1024.0));
        printf("types:\n");
        for (int64_t k = 0; k < n_types; k++) {
            char tb[16];
            printf("  %-8s %6lld tensors %12lld elements %12llu bytes\n", cc_gguf_type_name(tt[k].type_id, tb), (long long)tt[k].count,
                   (long long)tt[k].elements, (unsigned long long)tt[k].bytes);
        }
        if (list_tensors) {
            printf("tensors:\n");
            for (int64_t i = 0; i < n_t; i++) {
                const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
                char tb[16], shape[128];
                int o = snprintf(shape, sizeof shape, "[");
                for (uint32_t d = 0; d < t->n_dims; d++)
                    o += snprintf(shape + o, sizeof shape - (size_t)o, "%s%lld", d ? ", " : "", (long long)t->ne[d]);
                snprintf(shape + o, sizeof shape - (size_t)o, "]");
                printf("  %-32s %-6s %s\n", t->name, cc_gguf_type_name(t->type_id, tb), shape);
            }
        }
    }
    rc = hp_err[0] ? 1 : 0;
    if (hp_err[0]) fprintf(stderr, "clinclean inspect: %s\n", hp_err);
    (void)rope_found;
done:
    json_decref(jo);
    free(tt);
    cc_gguf_close(g);
    return rc;
}
