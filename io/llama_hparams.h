/* llama_hparams.h - the hyperparameters of a Llama-architecture model, as read
 * from GGUF metadata (llama.* keys) or a Hugging Face config.json, and as
 * written by the converter.  Shared by io/ (loaders, writers) and host/ (engine). */
#ifndef CLINCLEAN_LLAMA_HPARAMS_H
#define CLINCLEAN_LLAMA_HPARAMS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    CC_ROPE_SCALING_NONE = 0, /* plain theta */
    CC_ROPE_SCALING_LLAMA3,   /* Llama 3.1/3.2 "llama3" frequency scaling */
} cc_rope_scaling;

typedef struct {
    int32_t n_layer;          /* transformer blocks (llama.block_count / num_hidden_layers) */
    int32_t n_embd;           /* hidden size (llama.embedding_length / hidden_size) */
    int32_t n_ff;             /* MLP inner size (llama.feed_forward_length / intermediate_size) */
    int32_t n_head;           /* query heads (llama.attention.head_count) */
    int32_t n_head_kv;        /* key/value heads (llama.attention.head_count_kv) */
    int32_t head_dim;         /* per-head size, usually n_embd / n_head (llama.attention.key_length) */
    int32_t n_vocab;          /* rows of the token embedding */
    int32_t n_ctx_train;      /* llama.context_length / max_position_embeddings */
    float rms_eps;            /* llama.attention.layer_norm_rms_epsilon / rms_norm_eps */
    float rope_theta;         /* llama.rope.freq_base / rope_theta */
    cc_rope_scaling rope_scaling;
    float rope_factor;        /* llama3: factor (32 for Llama 3.2) */
    float rope_low_freq_factor;   /* llama3: low_freq_factor (1) */
    float rope_high_freq_factor;  /* llama3: high_freq_factor (4) */
    int32_t rope_orig_ctx;    /* llama3: original_max_position_embeddings (8192) */
    bool tied_embeddings;     /* output layer shares token_embd (no output.weight tensor) */
} cc_llama_hparams;

#endif
