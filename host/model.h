/* model.h - a Llama-architecture model as the CPU engine sees it: the
 * hyperparameters and, per layer, views of the weight matrices in their stored
 * type (pointers into the mapped file, never expanded), plus the norm vectors
 * as f32.
 *
 * Weights come from a tensor source (a lookup by name: GGUF files, Hugging
 * Face checkpoints, or memory) under GGUF's tensor names or Hugging Face's.
 * Every tensor's type and shape is checked against the hyperparameters before
 * use.  GGUF stores Q/K rows permuted for adjacent-pair RoPE; Hugging Face
 * checkpoints do not, so the model records which RoPE pair layout applies. */
#ifndef CLINCLEAN_MODEL_H
#define CLINCLEAN_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu_ops.h"
#include "llama_hparams.h"
#include "status.h"
#include "tensor_types.h"

/* One tensor as a source presents it.  ne[0] is the contiguous (row) length,
 * as in GGUF; a [rows, cols] Hugging Face matrix has ne = {cols, rows}. */
typedef struct {
    cc_ttype type;       /* element type */
    int32_t n_dims;      /* 1..4 */
    int64_t ne[4];       /* dims, innermost first; unused = 1 */
    const void *data;    /* the bytes, borrowed from the source */
} cc_tensor_ref;

/* Look a tensor up: *found false (and CC_OK) when absent. */
typedef cc_status (*cc_tensor_find_fn)(void *src, const char *name, cc_tensor_ref *out, bool *found,
                                       cc_error *err);

typedef enum {
    CC_NAMES_GGUF = 0, /* token_embd.weight, blk.N.attn_q.weight, ... */
    CC_NAMES_HF,       /* model.embed_tokens.weight, model.layers.N.self_attn.q_proj.weight, ... */
} cc_tensor_names;

typedef struct {
    cc_matrix wq;            /* [n_head*head_dim rows, n_embd cols] */
    cc_matrix wk;            /* [n_head_kv*head_dim, n_embd] */
    cc_matrix wv;            /* [n_head_kv*head_dim, n_embd] */
    cc_matrix wo;            /* [n_embd, n_head*head_dim] */
    cc_matrix w_gate;        /* [n_ff, n_embd] */
    cc_matrix w_up;          /* [n_ff, n_embd] */
    cc_matrix w_down;        /* [n_embd, n_ff] */
    float *attn_norm;        /* [n_embd], owned by the model */
    float *ffn_norm;         /* [n_embd], owned by the model */
} cc_layer_weights;

typedef struct {
    cc_llama_hparams hp;          /* dimensions, RoPE, eps */
    cc_rope_layout rope_layout;   /* pair layout the Q/K weights expect */
    cc_matrix tok_embd;           /* [n_vocab, n_embd] */
    cc_matrix output;             /* [n_vocab, n_embd]; the same bytes as tok_embd when tied */
    float *output_norm;           /* [n_embd], owned */
    float *rope_factors;          /* [head_dim/2] GGUF rope_freqs.weight divisors, owned; NULL: from hp */
    cc_layer_weights *layers;     /* [n_layer], owned */
    void **owned;                 /* buffers freed with the model (norms, synthetic weights) */
    int32_t n_owned;              /* entries in owned */
    void *source;                 /* kept open while the model lives; closed by close_source */
    void (*close_source)(void *source);
} cc_model;

/* Build from a tensor source.  hp must be filled (and is validated).  On success the
 * model owns source (closed by cc_model_free via close_source, which may be NULL);
 * on failure the caller still owns it. */
cc_status cc_model_from_source(cc_model *m, const cc_llama_hparams *hp, cc_tensor_names names,
                               cc_rope_layout layout, cc_tensor_find_fn find, void *source,
                               void (*close_source)(void *), cc_error *err);
void cc_model_free(cc_model *m); /* accepts a zeroed model */

/* Check dimensions for the engine (positive, head_dim even, n_head a multiple of n_head_kv, ...). */
cc_status cc_llama_hparams_check(const cc_llama_hparams *hp, cc_error *err);

/* A model with random weights (N(0,1)/sqrt(fan_in) matrices, norms near 1, seeded),
 * matrices stored in wtype (the embedding too), for tests and benchmarks. */
cc_status cc_model_init_random(cc_model *m, const cc_llama_hparams *hp, cc_ttype wtype, uint64_t seed,
                               cc_error *err);

#endif
