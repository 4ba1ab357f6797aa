/* model_random.h - a Llama model with seeded random weights built in memory
 * on several threads, at real dimensions (Llama-3.2-1B: 1.24 G weights in a
 * few seconds on 16 cores), for the GPU engine's tests and benchmarks, which
 * must not depend on the GGUF/tokenizer stack (and its JSON library) that
 * io/synth_model needs.
 *
 * Every row of every matrix comes from its own counter-based stream
 * (seed, tensor, row), so the weights do not depend on the thread count.
 * Matrices are N(0, 1/fan_in)-like (an Irwin-Hall sum of four uniforms, as
 * io/synth_model draws them), the embedding N(0, 1)-like, norms 1 + N(0, 0.02^2);
 * embeddings are tied. */
#ifndef CLINCLEAN_MODEL_RANDOM_H
#define CLINCLEAN_MODEL_RANDOM_H

#include <stdint.h>

#include "llama_hparams.h"
#include "model.h"
#include "status.h"
#include "tensor_types.h"

/* Llama-3.2-1B's shape: cc_llama32_1b_hparams() in llama_hparams.h. */

/* Build the model (all matrices stored as wtype, norms f32) with `threads` workers (>= 1). */
cc_status cc_model_random_mt(cc_model *m, const cc_llama_hparams *hp, cc_ttype wtype, uint64_t seed, int threads,
                             cc_error *err);

#endif
