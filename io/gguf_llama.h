/* gguf_llama.h - Llama models in GGUF with llama.cpp's conventions: the
 * hyperparameter keys (llama.*), the tensor names (token_embd.weight,
 * blk.N.attn_q.weight, ...), "llama3" RoPE scaling as a rope_freqs.weight
 * tensor of per-frequency factors, and the tokenizer.* metadata, written from
 * a Hugging Face tokenizer.json or copied from another GGUF.
 *
 * Tensor shapes follow GGML order: ne[0] is the row length (the input
 * dimension of a matrix), so attn_q.weight is {n_embd, n_head*head_dim} and
 * token_embd.weight is {n_embd, n_vocab}. */
#ifndef CLINCLEAN_GGUF_LLAMA_H
#define CLINCLEAN_GGUF_LLAMA_H

#include <stddef.h>
#include <stdint.h>

#include "gguf.h"
#include "llama_hparams.h"
#include "status.h"

/* ---- tensor names */

typedef enum {
    CC_LT_ATTN_NORM = 0, /* blk.N.attn_norm.weight    {n_embd} */
    CC_LT_ATTN_Q,        /* blk.N.attn_q.weight       {n_embd, n_head*head_dim} */
    CC_LT_ATTN_K,        /* blk.N.attn_k.weight       {n_embd, n_head_kv*head_dim} */
    CC_LT_ATTN_V,        /* blk.N.attn_v.weight       {n_embd, n_head_kv*head_dim} */
    CC_LT_ATTN_OUT,      /* blk.N.attn_output.weight  {n_head*head_dim, n_embd} */
    CC_LT_FFN_NORM,      /* blk.N.ffn_norm.weight     {n_embd} */
    CC_LT_FFN_GATE,      /* blk.N.ffn_gate.weight     {n_embd, n_ff} */
    CC_LT_FFN_UP,        /* blk.N.ffn_up.weight       {n_embd, n_ff} */
    CC_LT_FFN_DOWN,      /* blk.N.ffn_down.weight     {n_ff, n_embd} */
    CC_LT_LAYER_COUNT    /* number of per-layer tensors */
} cc_llama_layer_tensor;

#define CC_LLAMA_TOKEN_EMBD "token_embd.weight"   /* {n_embd, n_vocab} */
#define CC_LLAMA_OUTPUT_NORM "output_norm.weight" /* {n_embd} */
#define CC_LLAMA_OUTPUT "output.weight"           /* {n_embd, n_vocab}; absent when tied */
#define CC_LLAMA_ROPE_FREQS "rope_freqs.weight"   /* {head_dim/2} F32, llama3 scaling */

/* "blk.<layer>.<kind>.weight" into buf; returns buf. */
const char *cc_llama_tensor_name(char *buf, size_t size, int layer, cc_llama_layer_tensor kind);
/* Shape of a per-layer tensor: ne[0], ne[1] (ne[1] == 1 for norms); returns n_dims. */
int cc_llama_layer_tensor_shape(const cc_llama_hparams *hp, cc_llama_layer_tensor kind, int64_t ne[2]);

/* ---- hyperparameters */

/* Read llama.* keys (general.architecture must be "llama") and detect tied
 * embeddings (no output.weight) and llama3 RoPE scaling (a rope_freqs.weight
 * tensor; see cc_llama_rope_freqs_read).  Every value is range-checked. */
cc_status cc_llama_hparams_read(const cc_gguf *g, cc_llama_hparams *hp, cc_error *err);
/* Check every tensor the hparams imply exists with the right shape (any type). */
cc_status cc_llama_check_tensors(const cc_gguf *g, const cc_llama_hparams *hp, cc_error *err);
/* Write general.architecture, general.name (if name) and the llama.* keys. */
cc_status cc_llama_hparams_write(cc_gguf_writer *w, const cc_llama_hparams *hp, const char *name, cc_error *err);

/* The head_dim/2 factors llama.cpp stores in rope_freqs.weight for "llama3"
 * scaling: out[i] = inv_freq[i] / scaled_inv_freq[i] (1 in the high-frequency
 * band, rope_factor in the low one, smooth between). */
cc_status cc_llama_rope_freqs(const cc_llama_hparams *hp, float *out, cc_error *err);
/* Read rope_freqs.weight into out[head_dim/2] (F32, all finite and > 0).
 * Returns CC_OK with *found = false when the tensor is absent. */
cc_status cc_llama_rope_freqs_read(const cc_gguf *g, const cc_llama_hparams *hp, float *out, bool *found, cc_error *err);

/* ---- tokenizer metadata */

typedef struct {
    const char *tokenizer_json;   /* Hugging Face tokenizer.json (required) */
    const char *tokenizer_config; /* tokenizer_config.json for added-token names, bos/eos/pad, template; or NULL */
    const char *chat_template;    /* template text that overrides the config's, or NULL */
    const char *pre;              /* tokenizer.ggml.pre to use, or NULL to detect from the pre-tokenizer */
    const char *eos_token;        /* eos token text overriding the config's (e.g. "<|eot_id|>"), or NULL */
} cc_hf_tokenizer_opts;

/* Write tokenizer.ggml.model = "gpt2", .pre, .tokens, .token_type (1 normal,
 * 3 control = special added token, 4 user-defined = other added token,
 * 5 unused = hole in the id range), .merges ("a b"), bos/eos/eot/pad ids,
 * add_bos_token and tokenizer.chat_template.  *n_vocab gets the token count. */
cc_status cc_llama_write_hf_tokenizer(cc_gguf_writer *w, const cc_hf_tokenizer_opts *o, int32_t *n_vocab,
                                      cc_error *err);
/* Copy every tokenizer.* key of src; *n_vocab gets the tokens array length. */
cc_status cc_llama_copy_tokenizer(cc_gguf_writer *w, const cc_gguf *src, int32_t *n_vocab, cc_error *err);

#endif
