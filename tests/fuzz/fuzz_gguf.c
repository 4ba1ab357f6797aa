/* fuzz_gguf.c - libFuzzer target for the GGUF reader.
 *
 * Any input must end in success or in an error whose message names the input;
 * never a crash, hang or huge allocation.  An accepted file is then used the
 * way the program uses one: every key read through the typed getters and
 * array accessors, the Llama hyperparameters and tensor layout checked, the
 * first row of each tensor dequantized, and the whole file rewritten with the
 * writer and read back, which must succeed with the same keys and tensors.
 *
 * tests/test_gguf_mutate.c includes this file and calls fuzz_gguf_one. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gguf.h"
#include "gguf_llama.h"
#include "tensor_types.h"

#define FUZZ_NAME "fuzz.gguf"

static void fuzz_require(int cond, const char *what, const char *msg) {
    if (!cond) {
        fprintf(stderr, "fuzz_gguf: property violated: %s (%s)\n", what, msg ? msg : "");
        abort();
    }
}

/* Touch every element of a value (reads that ASan would flag if out of bounds). */
static uint64_t touch_value(const cc_gguf_value *v) {
    uint64_t h = v->type;
    if (v->type == CC_GGUF_STRING) {
        for (uint64_t i = 0; i < v->str.len; i++) h = h * 31 + (uint8_t)v->str.ptr[i];
    } else if (v->type == CC_GGUF_ARRAY) {
        for (uint64_t i = 0; i < v->arr_n; i++) {
            if (v->arr_strs) h = h * 31 + v->arr_strs[i].len + (v->arr_strs[i].len ? (uint8_t)v->arr_strs[i].ptr[v->arr_strs[i].len - 1] : 0);
            else if (v->arr_vals) h += touch_value(&v->arr_vals[i]);
            else h = h * 31 + (uint64_t)cc_gguf_arr_int(v, i) + (uint64_t)(cc_gguf_arr_float(v, i) != 0);
        }
    } else {
        h += v->v.u;
    }
    return h;
}

/* 1 when the input is accepted, 0 when rejected (with a message). */
static int fuzz_gguf_one(const uint8_t *data, size_t size) {
    cc_error err = {0};
    cc_gguf *g = NULL;
    cc_status st = cc_gguf_open_memory(data, size, FUZZ_NAME, &g, &err);
    if (st != CC_OK) {
        fuzz_require(g == NULL, "no reader on failure", err.msg);
        fuzz_require(err.code == st && strncmp(err.msg, FUZZ_NAME ": ", strlen(FUZZ_NAME) + 2) == 0 &&
                         strlen(err.msg) > strlen(FUZZ_NAME) + 10,
                     "a failure names the input and says why", err.msg);
        return 0;
    }
    volatile uint64_t sink = 0;
    /* metadata through every accessor */
    for (int64_t i = 0; i < cc_gguf_n_kv(g); i++) {
        const char *k = cc_gguf_kv_key(g, i);
        const cc_gguf_value *v = cc_gguf_kv_value(g, i);
        fuzz_require(cc_gguf_get(g, k) == v, "lookup finds each key", k);
        sink += touch_value(v);
        int64_t iv;
        double dv;
        uint32_t u32;
        cc_gguf_str s;
        cc_gguf_get_int(g, k, &iv, &err);
        cc_gguf_get_float(g, k, &dv, &err);
        cc_gguf_get_u32(g, k, &u32, &err);
        if (cc_gguf_get_str(g, k, &s, &err) == CC_OK) {
            char *d = NULL;
            if (cc_gguf_get_strdup(g, k, &d, &err) == CC_OK) free(d);
        }
    }
    cc_llama_hparams hp;
    if (cc_llama_hparams_read(g, &hp, &err) == CC_OK) {
        cc_llama_check_tensors(g, &hp, &err);
        fuzz_require(hp.n_head_kv > 0 && hp.n_head % hp.n_head_kv == 0 && hp.head_dim > 0, "hparams sane", NULL);
    }
    /* tensors: lookup, bounds, first row */
    const uint8_t *lo = data, *hi = data + size;
    for (int64_t i = 0; i < cc_gguf_n_tensors(g); i++) {
        const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
        fuzz_require(cc_gguf_find_tensor(g, t->name) == t, "lookup finds each tensor", t->name);
        fuzz_require((const uint8_t *)t->data >= lo && t->size <= (size_t)(hi - (const uint8_t *)t->data), "data inside the input",
                     t->name);
        fuzz_require(((uint64_t)((const uint8_t *)t->data - lo)) % cc_gguf_alignment(g) == 0, "data aligned", t->name);
        if (cc_ttype_get(t->type_id) && t->ne[0] > 0 && t->ne[0] <= 4096 && t->n_elements > 0) {
            float row[4096];
            cc_status ds = cc_dequantize_row((cc_ttype)t->type_id, t->data, row, t->ne[0], &err);
            fuzz_require(ds == CC_OK, "first row dequantizes", err.msg);
            for (int64_t j = 0; j < t->ne[0]; j++) sink += row[j] != row[j];
        }
    }
    /* rewrite and read back */
    cc_gguf_writer *w = NULL;
    fuzz_require(cc_gguf_writer_new(&w, &err) == CC_OK, "writer", err.msg);
    int64_t kept_kv = 0, kept_t = 0;
    for (int64_t i = 0; i < cc_gguf_n_kv(g); i++)
        if (cc_gguf_set_from(w, cc_gguf_kv_key(g, i), g, cc_gguf_kv_value(g, i), &err) == CC_OK) kept_kv++;
    for (int64_t i = 0; i < cc_gguf_n_tensors(g); i++) {
        const cc_gguf_tensor *t = cc_gguf_tensor_at(g, i);
        if (!cc_ttype_get(t->type_id) || t->n_dims == 0) continue; /* the writer makes only types we compute with */
        if (cc_gguf_add_tensor(w, t->name, (cc_ttype)t->type_id, t->n_dims, t->ne, t->data, &err) == CC_OK) kept_t++;
    }
    uint8_t *buf = NULL;
    size_t len = 0;
    st = cc_gguf_writer_to_memory(w, &buf, &len, &err);
    fuzz_require(st == CC_OK, "rewrite", err.msg);
    cc_gguf *g2 = NULL;
    st = cc_gguf_open_memory(buf, len, FUZZ_NAME, &g2, &err);
    fuzz_require(st == CC_OK, "a rewritten file reads back", err.msg);
    fuzz_require(cc_gguf_n_kv(g2) == kept_kv && cc_gguf_n_tensors(g2) == kept_t, "same counts after rewrite", NULL);
    for (int64_t i = 0; i < cc_gguf_n_kv(g2); i++) {
        const cc_gguf_value *a = cc_gguf_get(g, cc_gguf_kv_key(g2, i)), *b = cc_gguf_kv_value(g2, i);
        fuzz_require(a && a->type == b->type && a->nbytes == b->nbytes && touch_value(a) == touch_value(b), "same values after rewrite",
                     cc_gguf_kv_key(g2, i));
    }
    for (int64_t i = 0; i < cc_gguf_n_tensors(g2); i++) {
        const cc_gguf_tensor *b = cc_gguf_tensor_at(g2, i), *a = cc_gguf_find_tensor(g, b->name);
        fuzz_require(a && a->size == b->size && memcmp(a->data, b->data, a->size) == 0, "same tensor data after rewrite", b->name);
    }
    cc_gguf_close(g2);
    free(buf);
    cc_gguf_writer_free(w);
    cc_gguf_close(g);
    (void)sink;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_gguf_one(data, size);
    return 0;
}
