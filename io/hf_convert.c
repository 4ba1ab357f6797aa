/* hf_convert.c - Hugging Face checkpoint -> GGUF conversion (io/hf_convert.h):
 * the tensor plan, the streaming row converter/quantizer handed to the GGUF
 * writer, and the metadata. */
#include "hf_convert.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gguf.h"
#include "gguf_llama.h"
#include "hf_checkpoint.h"
#include "rope_layout.h"

#define CHUNK_BYTES ((size_t)4 << 20) /* f32 rows converted per step, per tensor */
#define MAX_THREADS 64

/* ------------------------------------------------------------------ type rules */

cc_ttype cc_convert_matrix_type(cc_ttype want, int64_t row_len) {
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)want);
    if (ti && row_len % ti->block_elems == 0) return want;
    if (row_len % CC_QK == 0) return CC_T_Q8_0;
    return CC_T_F16;
}

uint32_t cc_convert_file_type(cc_ttype want) {
    switch (want) {
    case CC_T_F32:
        return 0;
    case CC_T_F16:
        return 1;
    case CC_T_Q4_0:
        return 2;
    case CC_T_Q4_1:
        return 3;
    case CC_T_Q8_0:
        return 7;
    case CC_T_Q4_K:
        return 14; /* Q4_K_S: every matrix q4_K */
    case CC_T_Q6_K:
        return 18;
    case CC_T_BF16:
        return 32;
    }
    return 0;
}

/* ------------------------------------------------------------------ streaming one tensor */

typedef struct {
    char gguf_name[96];         /* name in the GGUF file */
    const cc_safetensors *file; /* source shard (NULL for rope_freqs) */
    const cc_st_tensor *src;    /* source tensor */
    cc_ttype out;               /* stored type */
    int perm_heads;             /* > 0: permute rows HF -> GGUF over this many heads */
    int head_dim;               /* head size for the permutation */
    int n_threads;              /* workers */
    const cc_convert_opts *o;   /* for the progress callback */
    int index, count;           /* position among the tensors written */
} tensor_job;

typedef struct {
    const tensor_job *j; /* the tensor */
    int64_t r0, n;       /* GGUF rows [r0, r0 + n) of this worker */
    int64_t chunk_r0;    /* first GGUF row of the chunk (buffers are chunk-relative) */
    float *f;            /* f32 scratch, chunk rows */
    uint8_t *q;          /* output bytes, chunk rows */
    size_t out_row;      /* output bytes per row */
    cc_status rc;        /* result */
    cc_error err;        /* message on failure */
} worker;

static void *work(void *arg) {
    worker *w = arg;
    const tensor_job *j = w->j;
    int64_t cols = cc_st_row_len(j->src);
    for (int64_t i = 0; i < w->n && w->rc == CC_OK; i++) {
        int64_t r = w->r0 + i, local = r - w->chunk_r0;
        int64_t from = j->perm_heads ? cc_rope_hf_row_of_gguf_row(r, j->head_dim) : r;
        float *f = w->f + local * cols;
        w->rc = cc_st_rows_f32(j->file, j->src, from, 1, f, &w->err);
        if (w->rc == CC_OK) w->rc = cc_quantize_row(j->out, f, w->q + (size_t)local * w->out_row, cols, &w->err);
    }
    return NULL;
}

static cc_status emit_tensor(void *ctx, const char *name, cc_gguf_sink *sink, cc_error *err) {
    const tensor_job *j = ctx;
    cc_status rc = CC_OK;
    float *f = NULL;
    uint8_t *q = NULL;
    int64_t rows = cc_st_rows(j->src), cols = cc_st_row_len(j->src);
    size_t out_row;
    if (j->o->progress) j->o->progress(j->o->progress_ctx, j->index, j->count, name, j->out);
    if ((rc = cc_ttype_row_bytes(j->out, cols, &out_row, err)) != CC_OK) return cc_wrap(err, "tensor '%s'", name);
    if (rows == 0 || cols == 0) return CC_OK; /* nothing to stream */
    int64_t chunk = (int64_t)(CHUNK_BYTES / ((size_t)cols * sizeof(float)));
    if (chunk < 1) chunk = 1;
    if (chunk > rows) chunk = rows;
    f = malloc((size_t)chunk * (size_t)cols * sizeof *f);
    q = malloc((size_t)chunk * out_row);
    if (!f || !q) {
        rc = cc_fail(err, CC_ERR_NOMEM, "tensor '%s': out of memory for a %lld-row chunk", name, (long long)chunk);
        goto done;
    }
    int nt = j->n_threads < 1 ? 1 : j->n_threads > MAX_THREADS ? MAX_THREADS : j->n_threads;
    for (int64_t r0 = 0; r0 < rows; r0 += chunk) {
        int64_t n = rows - r0 < chunk ? rows - r0 : chunk;
        worker ws[MAX_THREADS];
        pthread_t th[MAX_THREADS];
        int used = nt;
        if (n < used) used = (int)n;
        bool started[MAX_THREADS] = {false};
        for (int t = 0; t < used; t++) {
            int64_t a = r0 + n * t / used, b = r0 + n * (t + 1) / used;
            ws[t] = (worker){j, a, b - a, r0, f, q, out_row, CC_OK, {0}};
            if (t < used - 1 && pthread_create(&th[t], NULL, work, &ws[t]) == 0)
                started[t] = true;
            else
                work(&ws[t]); /* the last slice (or one we could not hand off) runs here */
        }
        for (int t = 0; t < used; t++)
            if (started[t]) pthread_join(th[t], NULL);
        for (int t = 0; t < used; t++)
            if (ws[t].rc != CC_OK) {
                if (err) *err = ws[t].err;
                rc = ws[t].rc;
                goto done;
            }
        if ((rc = cc_gguf_sink_write(sink, q, (size_t)n * out_row, err)) != CC_OK) goto done;
        if (!j->perm_heads) cc_st_release_rows(j->file, j->src, r0, n); /* permuted rows come from anywhere in a head */
    }
done:
    if (j->file) cc_st_release(j->file, j->src);
    free(f);
    free(q);
    return rc;
}

/* ------------------------------------------------------------------ metadata */

static cc_status write_generation(cc_gguf_writer *w, const cc_hf_checkpoint *ck, cc_error *err) {
    cc_status rc = CC_OK;
    const cc_hf_generation *g = &ck->gen;
#define TRY(x)                                                                                                         \
    do {                                                                                                               \
        if ((rc = (x)) != CC_OK) return rc;                                                                            \
    } while (0)
    if (g->has_temperature) TRY(cc_gguf_set_f32(w, "clinclean.generation.temperature", g->temperature, err));
    if (g->has_top_p) TRY(cc_gguf_set_f32(w, "clinclean.generation.top_p", g->top_p, err));
    if (g->has_top_k) TRY(cc_gguf_set_u32(w, "clinclean.generation.top_k", (uint32_t)g->top_k, err));
    if (g->has_repetition_penalty)
        TRY(cc_gguf_set_f32(w, "clinclean.generation.repetition_penalty", g->repetition_penalty, err));
    if (g->has_max_new_tokens)
        TRY(cc_gguf_set_u32(w, "clinclean.generation.max_new_tokens", (uint32_t)g->max_new_tokens, err));
    if (g->has_do_sample) TRY(cc_gguf_set_bool(w, "clinclean.generation.do_sample", g->do_sample, err));
    int32_t bos = g->bos_id >= 0 ? g->bos_id : ck->config_bos_id;
    if (bos >= 0) TRY(cc_gguf_set_u32(w, "clinclean.generation.bos_token_id", (uint32_t)bos, err));
    const int32_t *eos = g->n_eos ? g->eos_ids : ck->config_eos_ids;
    int n_eos = g->n_eos ? g->n_eos : ck->config_n_eos;
    if (n_eos) {
        uint32_t ids[CC_HF_MAX_EOS];
        for (int i = 0; i < n_eos; i++)
            ids[i] = (uint32_t)eos[i];
        TRY(cc_gguf_set_arr(w, "clinclean.generation.eos_token_ids", CC_GGUF_UINT32, ids, (uint64_t)n_eos, err));
    }
#undef TRY
    return rc;
}

/* ------------------------------------------------------------------ plan and write */

static const struct {
    const char *hf;             /* suffix after "model.layers.N." */
    cc_llama_layer_tensor kind; /* GGUF tensor */
    int perm;                   /* 1: Q (n_head), 2: K (n_head_kv) */
} layer_map[] = {
    {"input_layernorm.weight", CC_LT_ATTN_NORM, 0}, {"self_attn.q_proj.weight", CC_LT_ATTN_Q, 1},
    {"self_attn.k_proj.weight", CC_LT_ATTN_K, 2},   {"self_attn.v_proj.weight", CC_LT_ATTN_V, 0},
    {"self_attn.o_proj.weight", CC_LT_ATTN_OUT, 0}, {"post_attention_layernorm.weight", CC_LT_FFN_NORM, 0},
    {"mlp.gate_proj.weight", CC_LT_FFN_GATE, 0},    {"mlp.up_proj.weight", CC_LT_FFN_UP, 0},
    {"mlp.down_proj.weight", CC_LT_FFN_DOWN, 0},
};

cc_status cc_convert_hf(const char *hf_dir, const char *out_path, const cc_convert_opts *o, cc_convert_stats *stats,
                        cc_error *err) {
    cc_status rc = CC_OK;
    cc_hf_checkpoint ck;
    cc_gguf_writer *w = NULL;
    tensor_job *jobs = NULL;
    float *rope = NULL;
    char *name = NULL;
    cc_convert_stats st = {0};
    memset(&ck, 0, sizeof ck);
    if (!cc_ttype_get((uint32_t)o->type)) return cc_fail(err, CC_ERR_INVALID, "convert: unsupported output type");
    if ((rc = cc_hf_open(&ck, hf_dir, err)) != CC_OK) return rc;
    const cc_llama_hparams *hp = &ck.hp;
    if (!ck.tokenizer_json) {
        rc = cc_fail(err, CC_ERR_IO, "%s: tokenizer.json is missing (the GGUF file needs the tokenizer)", hf_dir);
        goto done;
    }
    if ((rc = cc_gguf_writer_new(&w, err)) != CC_OK) goto done;

    /* metadata */
    if (o->name) {
        name = strdup(o->name);
    } else {
        size_t l = strlen(hf_dir);
        while (l > 1 && hf_dir[l - 1] == '/')
            l--;
        size_t b = l;
        while (b > 0 && hf_dir[b - 1] != '/')
            b--;
        name = strndup(hf_dir + b, l - b);
    }
    if (!name) {
        rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if ((rc = cc_llama_hparams_write(w, hp, name, err)) != CC_OK) goto done;
    if ((rc = cc_gguf_set_u32(w, "general.file_type", cc_convert_file_type(o->type), err)) != CC_OK) goto done;
    if (cc_ttype_get((uint32_t)o->type)->block_elems > 1 &&
        (rc = cc_gguf_set_u32(w, "general.quantization_version", 2, err)) != CC_OK)
        goto done;
    cc_hf_tokenizer_opts topt = {ck.tokenizer_json, ck.tokenizer_config, ck.chat_template, NULL, NULL};
    int32_t n_tok = 0;
    if ((rc = cc_llama_write_hf_tokenizer(w, &topt, &n_tok, err)) != CC_OK) goto done;
    if (n_tok != hp->n_vocab) {
        rc = cc_fail(err, CC_ERR_FORMAT, "%s: tokenizer.json defines %d tokens but config.json vocab_size is %d",
                     ck.tokenizer_json, n_tok, hp->n_vocab);
        goto done;
    }
    if ((rc = write_generation(w, &ck, err)) != CC_OK) goto done;
    if (ck.torch_dtype && (rc = cc_gguf_set_str(w, "clinclean.convert.source_dtype", ck.torch_dtype, err)) != CC_OK)
        goto done;

    /* tensors: token_embd, rope_freqs, blocks, output_norm, output */
    int max_jobs = 3 + hp->n_layer * (int)(sizeof layer_map / sizeof layer_map[0]);
    jobs = calloc((size_t)max_jobs, sizeof *jobs);
    if (!jobs) {
        rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    int nj = 0;
#define ADD_JOB(hfname, gname, perm)                                                                                   \
    do {                                                                                                               \
        tensor_job *j = &jobs[nj];                                                                                     \
        j->src = cc_hf_tensor(&ck, hfname, &j->file);                                                                  \
        if (!j->src) {                                                                                                 \
            rc = cc_fail(err, CC_ERR_FORMAT, "%s: tensor '%s' is missing", hf_dir, hfname);                            \
            goto done;                                                                                                 \
        }                                                                                                              \
        snprintf(j->gguf_name, sizeof j->gguf_name, "%s", gname);                                                      \
        j->out = j->src->n_dims >= 2 ? cc_convert_matrix_type(o->type, cc_st_row_len(j->src)) : CC_T_F32;              \
        if (j->src->n_dims >= 2 && j->out != o->type) st.n_fallback++;                                                 \
        j->perm_heads = (perm) == 1 ? hp->n_head : (perm) == 2 ? hp->n_head_kv : 0;                                    \
        j->head_dim = hp->head_dim;                                                                                    \
        j->n_threads = o->n_threads;                                                                                   \
        j->o = o;                                                                                                      \
        j->index = nj + (nj > 0 && hp->rope_scaling == CC_ROPE_SCALING_LLAMA3);                                        \
        nj++;                                                                                                          \
    } while (0)
    ADD_JOB("model.embed_tokens.weight", CC_LLAMA_TOKEN_EMBD, 0);
    char hfn[128], gn[96];
    for (int l = 0; l < hp->n_layer; l++)
        for (size_t k = 0; k < sizeof layer_map / sizeof layer_map[0]; k++) {
            cc_hf_layer_name(hfn, sizeof hfn, l, layer_map[k].hf);
            cc_llama_tensor_name(gn, sizeof gn, l, layer_map[k].kind);
            ADD_JOB(hfn, gn, layer_map[k].perm);
        }
    ADD_JOB("model.norm.weight", CC_LLAMA_OUTPUT_NORM, 0);
    if (!hp->tied_embeddings) ADD_JOB("lm_head.weight", CC_LLAMA_OUTPUT, 0);
#undef ADD_JOB

    for (int i = 0; i < nj; i++) {
        const tensor_job *j = &jobs[i];
        int64_t ne[2] = {cc_st_row_len(j->src), cc_st_rows(j->src)};
        uint32_t nd = j->src->n_dims >= 2 ? 2 : 1;
        if ((rc = cc_gguf_add_tensor_fn(w, j->gguf_name, j->out, nd, ne, emit_tensor, (void *)j, err)) != CC_OK)
            goto done;
        size_t bytes = 0;
        cc_ttype_row_bytes(j->out, ne[0], &bytes, NULL);
        st.data_bytes += (uint64_t)bytes * (uint64_t)ne[1];
        st.n_params += ne[0] * ne[1];
        if (i == 0 && hp->rope_scaling == CC_ROPE_SCALING_LLAMA3) {
            int64_t nr = hp->head_dim / 2;
            if (!(rope = malloc((size_t)nr * sizeof *rope))) {
                rc = cc_fail(err, CC_ERR_NOMEM, "out of memory");
                goto done;
            }
            if ((rc = cc_llama_rope_freqs(hp, rope, err)) != CC_OK) goto done;
            if ((rc = cc_gguf_add_tensor(w, CC_LLAMA_ROPE_FREQS, CC_T_F32, 1, &nr, rope, err)) != CC_OK) goto done;
            st.data_bytes += (uint64_t)nr * 4;
            st.n_params += nr;
            st.n_tensors++;
        }
        st.n_tensors++;
    }
    for (int i = 0; i < nj; i++)
        jobs[i].count = st.n_tensors;
    rc = cc_gguf_writer_write(w, out_path, err);
done:
    if (rc == CC_OK && stats) *stats = st;
    cc_gguf_writer_free(w);
    free(jobs);
    free(rope);
    free(name);
    cc_hf_close(&ck);
    return rc;
}
