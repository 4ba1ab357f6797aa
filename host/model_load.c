/* model_load.c - tensor sources over GGUF files and Hugging Face checkpoints. */
#include "model_load.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gguf_llama.h"
#include "hf_checkpoint.h"

static cc_status gguf_find(void *src, const char *name, cc_tensor_ref *out, bool *found, cc_error *err) {
    const cc_gguf_tensor *t = cc_gguf_find_tensor(src, name);
    *found = false;
    if (!t) return CC_OK;
    if (!cc_ttype_get(t->type_id)) {
        char buf[16];
        return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: tensor '%s' has type %s, which the engine does not support",
                       cc_gguf_name(src), name, cc_gguf_type_name(t->type_id, buf));
    }
    out->type = (cc_ttype)t->type_id;
    out->n_dims = (int32_t)t->n_dims;
    for (int i = 0; i < 4; i++) out->ne[i] = t->ne[i];
    out->data = t->data;
    *found = true;
    return CC_OK;
}

static void gguf_close(void *src) { cc_gguf_close(src); }

cc_status cc_model_from_gguf(cc_model *m, cc_gguf *g, cc_error *err) {
    cc_status st;
    cc_llama_hparams hp;
    float *factors = NULL;
    memset(m, 0, sizeof *m);
    st = cc_llama_hparams_read(g, &hp, err);
    if (st != CC_OK) return st;
    st = cc_llama_check_tensors(g, &hp, err);
    if (st != CC_OK) return st;
    if (hp.rope_scaling == CC_ROPE_SCALING_LLAMA3) {
        bool found = false;
        factors = malloc((size_t)(hp.head_dim / 2 > 0 ? hp.head_dim / 2 : 1) * sizeof(float));
        if (!factors) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
        st = cc_llama_rope_freqs_read(g, &hp, factors, &found, err);
        if (st != CC_OK || !found) {
            free(factors);
            return st != CC_OK ? st : cc_fail(err, CC_ERR_FORMAT, "%s: rope_freqs.weight vanished", cc_gguf_name(g));
        }
    }
    st = cc_model_from_source(m, &hp, CC_NAMES_GGUF, CC_ROPE_PAIRS_ADJACENT, gguf_find, g, NULL, err);
    if (st != CC_OK) {
        free(factors);
        return cc_wrap(err, "%s", cc_gguf_name(g));
    }
    if (factors) {
        void **n = realloc(m->owned, ((size_t)m->n_owned + 1) * sizeof(void *));
        if (!n) {
            free(factors);
            cc_model_free(m);
            return cc_fail(err, CC_ERR_NOMEM, "out of memory");
        }
        m->owned = n;
        m->owned[m->n_owned++] = factors;
        m->rope_factors = factors;
    }
    m->close_source = gguf_close;
    return CC_OK;
}

cc_status cc_model_load_gguf(cc_model *m, const char *path, cc_error *err) {
    cc_gguf *g = NULL;
    memset(m, 0, sizeof *m);
    cc_status st = cc_gguf_open(path, &g, err);
    if (st != CC_OK) return st;
    st = cc_model_from_gguf(m, g, err);
    if (st != CC_OK) cc_gguf_close(g);
    return st;
}

static cc_status hf_find(void *src, const char *name, cc_tensor_ref *out, bool *found, cc_error *err) {
    (void)err;
    const cc_st_tensor *t = cc_hf_tensor(src, name, NULL);
    *found = false;
    if (!t) return CC_OK;
    if (t->n_dims < 1 || t->n_dims > 4)
        return cc_fail(err, CC_ERR_FORMAT, "tensor '%s' has %d dimensions", name, t->n_dims);
    out->type = t->dtype;
    out->n_dims = t->n_dims;
    for (int i = 0; i < 4; i++) out->ne[i] = 1;
    for (int i = 0; i < t->n_dims; i++) out->ne[i] = t->shape[t->n_dims - 1 - i]; /* innermost first */
    out->data = t->data;
    *found = true;
    return CC_OK;
}

static void hf_close(void *src) {
    cc_hf_close(src);
    free(src);
}

cc_status cc_model_load_hf(cc_model *m, const char *dir, cc_error *err) {
    memset(m, 0, sizeof *m);
    cc_hf_checkpoint *ck = calloc(1, sizeof *ck);
    if (!ck) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    cc_status st = cc_hf_open(ck, dir, err);
    if (st != CC_OK) {
        free(ck);
        return st;
    }
    st = cc_model_from_source(m, &ck->hp, CC_NAMES_HF, CC_ROPE_PAIRS_HALVES, hf_find, ck, hf_close, err);
    if (st != CC_OK) {
        hf_close(ck);
        return cc_wrap(err, "%s", dir);
    }
    return CC_OK;
}

cc_status cc_model_load(cc_model *m, const char *path, cc_error *err) {
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) return cc_model_load_hf(m, path, err);
    return cc_model_load_gguf(m, path, err);
}
