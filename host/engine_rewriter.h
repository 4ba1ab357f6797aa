/* engine_rewriter.h - the CPU engine behind the streaming cc_rewriter
 * interface (rewriter.h) that the batch job drives: model + tokenizer + chat
 * template + configuration + continuous-batching scheduler.
 *
 * Each note becomes the user turn of the model's chat template under the
 * configured system prompt; the tokens every prompt shares (template head and
 * system prompt) are computed once and referenced from every row's KV cache.
 * A note's output depends only on the model, the configuration, its text and
 * its tag (the per-row random stream is keyed by (seed, tag)), never on the
 * other notes in flight. */
#ifndef CLINCLEAN_ENGINE_REWRITER_H
#define CLINCLEAN_ENGINE_REWRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "device.h"
#include "compute.h"
#include "rewriter.h"
#include "status.h"

typedef struct {
    const char *model_path;        /* GGUF file or Hugging Face checkpoint directory */
    const cc_model_config *config; /* system prompt, template, sampling, stops (copied); NULL: defaults */
    cc_device_kind device;         /* auto (0: CUDA when compiled in, present and able to run the model), cpu, cuda */
    int32_t threads;               /* CPU threads, 0 = all cores */
    int32_t max_seqs;              /* rows decoded together (0: the device's, compute.h) */
    int32_t max_step_tokens;       /* tokens per step (0: the device's) */
    int32_t max_seqs_cap;          /* with max_seqs 0: at most this many rows together (0: no cap) */
    int32_t n_ctx;                 /* positions per row (0: min(model's training context, 4096)) */
    size_t kv_bytes;               /* KV cache budget (0: enough for max_seqs full rows; CPU at most 4 GiB) */
    bool kv_f16;                   /* CPU: store K/V as f16 (half the memory; outputs still batch-invariant) */
    cc_gpu_opts gpu;               /* CUDA only: pinned cuBLASLt, fp8 K/V, CUDA graphs (compute.h) */
    int32_t max_queue;             /* notes queued beyond the active ones before submit says full (0: 4 x max_seqs) */
} cc_engine_opts;

/* Open the engine on the device o->device selects (compute.h); on success *out is ready
 * and out->destroy frees everything. */
cc_status cc_engine_cpu_open(const cc_engine_opts *o, cc_rewriter *out, cc_error *err);

/* What runs it: desc ("cuda:0 NVIDIA H100 ... " or "cpu (...)") and the fallback note ("" if none). */
const cc_device *cc_engine_device(const cc_rewriter *rw);

/* Rows decoded together, as resolved for that device. */
int32_t cc_engine_max_seqs(const cc_rewriter *rw);

/* The prompt template as rendered around an empty note (system prompt included), for
 * the caller to hash; borrowed, valid until destroy. */
const char *cc_engine_prompt_head(const cc_rewriter *rw);
/* Positions per row the engine was opened with (its context length). */
int32_t cc_engine_n_ctx(const cc_rewriter *rw);

#endif
