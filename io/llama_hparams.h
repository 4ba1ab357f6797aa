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

/* Llama-3.2-1B's hyperparameters (16 layers, 2048 wide, 32/8 heads of 64, FFN 8192,
 * vocabulary 128256, context 131072, RoPE theta 500000 with llama3 scaling factor 32
 * (low 1, high 4, original context 8192), tied embeddings): the target model's shape,
 * the one place the synth-model preset, the random in-memory model, tests and
 * benchmarks take it from. */
static inline cc_llama_hparams cc_llama32_1b_hparams(void) {
    cc_llama_hparams hp = {0};
    hp.n_layer = 16;
    hp.n_embd = 2048;
    hp.n_ff = 8192;
    hp.n_head = 32;
    hp.n_head_kv = 8;
    hp.head_dim = 64;
    hp.n_vocab = 128256;
    hp.n_ctx_train = 131072;
    hp.rms_eps = 1e-5f;
    hp.rope_theta = 500000.0f;
    hp.rope_scaling = CC_ROPE_SCALING_LLAMA3;
    hp.rope_factor = 32.0f;
    hp.rope_low_freq_factor = 1.0f;
    hp.rope_high_freq_factor = 4.0f;
    hp.rope_orig_ctx = 8192;
    hp.tied_embeddings = true;
    return hp;
}

#endif
