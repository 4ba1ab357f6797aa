/* tokenizer_gguf.c - GGUF tokenizer metadata -> cc_tok_spec -> cc_tokenizer.
 * Every array is checked for type and length against the vocabulary before
 * use; only byte-level BPE ("gpt2" tokenizer model) is accepted. */
#include "tokenizer_gguf.h"

#include <stdlib.h>
#include <string.h>

/* Optional integer id key: -1 when absent. */
static cc_status opt_id(const cc_gguf *g, const char *key, int64_t n_vocab, int32_t *out, cc_error *err) {
    int64_t v;
    *out = -1;
    if (!cc_gguf_get(g, key)) return CC_OK;
    cc_status st = cc_gguf_get_int(g, key, &v, err);
    if (st != CC_OK) return st;
    if (v < 0 || v >= n_vocab)
        return cc_fail(err, CC_ERR_FORMAT, "%s: %s = %lld is outside the vocabulary (0..%lld)", cc_gguf_name(g), key,
                       (long long)v, (long long)n_vocab - 1);
    *out = (int32_t)v;
    return CC_OK;
}

cc_status cc_tokenizer_from_gguf(const cc_gguf *g, cc_tokenizer **out, cc_error *err) {
    cc_status st = CC_OK;
    const char *name = cc_gguf_name(g);
    char *model = NULL, *pre = NULL, *tmpl = NULL, *arch = NULL, *mpool = NULL;
    const char **tokens = NULL, **merges = NULL;
    size_t *lens = NULL;
    int32_t *types = NULL;
    const cc_gguf_value *tv = NULL, *mv = NULL, *ty = NULL;
    *out = NULL;

    if ((st = cc_gguf_get_strdup(g, "tokenizer.ggml.model", &model, err)) != CC_OK) goto done;
    if (strcmp(model, "gpt2") != 0) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED,
                     "%s: tokenizer.ggml.model is '%s'; only byte-level BPE ('gpt2') is supported", name, model);
        goto done;
    }
    if (cc_gguf_get(g, "tokenizer.ggml.pre") && (st = cc_gguf_get_strdup(g, "tokenizer.ggml.pre", &pre, err)) != CC_OK)
        goto done;
    if ((st = cc_gguf_get_arr(g, "tokenizer.ggml.tokens", CC_GGUF_STRING, &tv, err)) != CC_OK) goto done;
    if ((st = cc_gguf_get_arr(g, "tokenizer.ggml.merges", CC_GGUF_STRING, &mv, err)) != CC_OK) goto done;
    if (cc_gguf_get(g, "tokenizer.ggml.token_type") &&
        (st = cc_gguf_get_arr(g, "tokenizer.ggml.token_type", -1, &ty, err)) != CC_OK)
        goto done;
    uint64_t n = tv->arr_n;
    if (n == 0 || n > (1u << 24)) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: tokenizer.ggml.tokens at byte %llu has %llu entries", name,
                     (unsigned long long)tv->offset, (unsigned long long)n);
        goto done;
    }
    if (ty && (ty->arr_n != n || cc_gguf_type_size(ty->arr_type) == 0 || ty->arr_type == CC_GGUF_FLOAT32 ||
               ty->arr_type == CC_GGUF_FLOAT64)) {
        st = cc_fail(err, CC_ERR_FORMAT,
                     "%s: tokenizer.ggml.token_type at byte %llu must be %llu integers, has %llu of type %s", name,
                     (unsigned long long)ty->offset, (unsigned long long)n, (unsigned long long)ty->arr_n,
                     cc_gguf_type_str(ty->arr_type));
        goto done;
    }
    tokens = malloc(n * sizeof *tokens);
    lens = malloc(n * sizeof *lens);
    types = malloc(n * sizeof *types);
    if (!tokens || !lens || !types) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %llu tokens", name, (unsigned long long)n);
        goto done;
    }
    for (uint64_t i = 0; i < n; i++) {
        tokens[i] = tv->arr_strs[i].ptr;
        lens[i] = (size_t)tv->arr_strs[i].len;
        int64_t t = ty ? cc_gguf_arr_int(ty, i) : CC_TOKTYPE_NORMAL;
        if (t < CC_TOKTYPE_NORMAL || t > CC_TOKTYPE_BYTE) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: tokenizer.ggml.token_type[%llu] = %lld is not a token type", name,
                         (unsigned long long)i, (long long)t);
            goto done;
        }
        types[i] = (int32_t)t;
    }
    /* merges: NUL-terminated copies in one pool */
    uint64_t nm = mv->arr_n;
    size_t pool = 0;
    for (uint64_t i = 0; i < nm; i++) {
        const cc_gguf_str *s = &mv->arr_strs[i];
        if (memchr(s->ptr, '\0', (size_t)s->len)) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: tokenizer.ggml.merges[%llu] holds a NUL byte", name,
                         (unsigned long long)i);
            goto done;
        }
        if (!cc_add_size(pool, (size_t)s->len + 1, &pool)) {
            st = cc_fail(err, CC_ERR_RANGE, "%s: merges too large", name);
            goto done;
        }
    }
    merges = malloc((nm ? nm : 1) * sizeof *merges);
    mpool = malloc(pool ? pool : 1);
    if (!merges || !mpool) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %llu merges", name, (unsigned long long)nm);
        goto done;
    }
    size_t at = 0;
    for (uint64_t i = 0; i < nm; i++) {
        const cc_gguf_str *s = &mv->arr_strs[i];
        memcpy(mpool + at, s->ptr, (size_t)s->len);
        mpool[at + s->len] = '\0';
        merges[i] = mpool + at;
        at += (size_t)s->len + 1;
    }

    cc_tok_spec spec = cc_tok_spec_init();
    spec.source = name;
    spec.n_tokens = (size_t)n;
    spec.tokens = tokens;
    spec.token_lens = lens;
    spec.token_types = types;
    spec.n_merges = (size_t)nm;
    spec.merges = merges;
    spec.pre = pre ? pre : "gpt2";
    if ((st = opt_id(g, "tokenizer.ggml.bos_token_id", (int64_t)n, &spec.bos_id, err)) != CC_OK ||
        (st = opt_id(g, "tokenizer.ggml.eos_token_id", (int64_t)n, &spec.eos_id, err)) != CC_OK ||
        (st = opt_id(g, "tokenizer.ggml.eot_token_id", (int64_t)n, &spec.eot_id, err)) != CC_OK ||
        (st = opt_id(g, "tokenizer.ggml.eom_token_id", (int64_t)n, &spec.eom_id, err)) != CC_OK ||
        (st = opt_id(g, "tokenizer.ggml.padding_token_id", (int64_t)n, &spec.pad_id, err)) != CC_OK ||
        (st = opt_id(g, "tokenizer.ggml.unknown_token_id", (int64_t)n, &spec.unk_id, err)) != CC_OK)
        goto done;
    bool add_bos = false;
    if (cc_gguf_get(g, "tokenizer.ggml.add_bos_token") &&
        (st = cc_gguf_get_bool(g, "tokenizer.ggml.add_bos_token", &add_bos, err)) != CC_OK)
        goto done;
    spec.add_bos = add_bos;
    if (cc_gguf_get(g, "tokenizer.chat_template") &&
        (st = cc_gguf_get_strdup(g, "tokenizer.chat_template", &tmpl, err)) != CC_OK)
        goto done;
    if (cc_gguf_get(g, "general.architecture") &&
        (st = cc_gguf_get_strdup(g, "general.architecture", &arch, err)) != CC_OK)
        goto done;
    spec.chat_template = tmpl;
    spec.arch = arch;
    st = cc_tokenizer_build(&spec, out, err);
done:
    free(model);
    free(pre);
    free(tmpl);
    free(arch);
    free(mpool);
    free(tokens);
    free(merges);
    free(lens);
    free(types);
    return st;
}

cc_status cc_tokenizer_load_gguf(const char *path, cc_tokenizer **out, cc_error *err) {
    cc_gguf *g = NULL;
    cc_status st = cc_gguf_open(path, &g, err);
    if (st != CC_OK) return st;
    st = cc_tokenizer_from_gguf(g, out, err);
    cc_gguf_close(g);
    return st;
}
