/* synth_model.h - write a Llama GGUF with random weights at real dimensions
 * and a real tokenizer: for tests, benchmarks and fuzzing of the engine
 * without downloading a model.
 *
 * Weights are deterministic in the seed: every row of every tensor comes from
 * its own counter-based stream (seed, tensor name, row), so rows can be made
 * in parallel and in any order.  Matrices are N(0, 1/fan_in)-like (an
 * Irwin-Hall sum of four uniforms: the normal's mean and variance, tails cut
 * at 3.5 sigma), so activations stay in range; norm weights are 1 + N(0, 0.02^2).
 * All matrices, token_embd included, are stored as the chosen type; norms and
 * rope_freqs are f32.  Embeddings are tied.  The file is written streaming,
 * a few MB at a time, so a 1.3 GB model never sits in memory. */
#ifndef CLINCLEAN_SYNTH_MODEL_H
#define CLINCLEAN_SYNTH_MODEL_H

#include <stdint.h>

#include "llama_hparams.h"
#include "status.h"
#include "tensor_types.h"

typedef struct {
    const char *preset;           /* "tiny", "smollm2-135m" or "llama-3.2-1b" */
    cc_ttype type;                /* matrix type */
    const char *tokenizer;        /* tokenizer.json, or a .gguf whose tokenizer.* keys are copied */
    const char *tokenizer_config; /* tokenizer_config.json or NULL (tokenizer.json's directory is tried) */
    const char *chat_template;    /* file with the chat template, or NULL */
    uint64_t seed;                /* PRNG seed */
    int threads;                  /* worker threads (>= 1) */
    const char *out;              /* output path (written atomically) */
} cc_synth_opts;

/* The hyperparameters of a preset, vocabulary left 0 (it comes from the tokenizer). */
cc_status cc_synth_preset(const char *preset, cc_llama_hparams *hp, cc_error *err);
/* Write the model; *hp_out (if not NULL) gets its hyperparameters. */
cc_status cc_synth_model_write(const cc_synth_opts *o, cc_llama_hparams *hp_out, cc_error *err);

#endif
