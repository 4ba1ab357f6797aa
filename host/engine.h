/* engine.h - how `clinclean run` obtains its cc_rewriter: the single seam
 * between the batch job and the inference engine.
 *
 * The integrating engineer implements cc_rewriter_open (host/engine_open.c)
 * on top of the config loader, tokenizer, scheduler and CPU/CUDA backends.
 * Everything else in `clinclean run` (database, preparation, chunking,
 * bookkeeping, signals, progress) only sees the cc_rewriter vtable
 * (rewriter.h).  Tests plug a deterministic double in through
 * cc_run_command's opener argument. */
#ifndef CLINCLEAN_ENGINE_H
#define CLINCLEAN_ENGINE_H

#include "compute.h"
#include "device.h"
#include "rewriter.h"

/* One command-line override of a configuration key (applied with cc_config_set
 * after the file, so it goes through the same checks). */
typedef struct {
    const char *key;   /* configuration key, e.g. "max_new_tokens" */
    const char *value; /* its value as it would follow `key =` (strings unquoted) */
    const char *flag;  /* the flag that gave it ("-n"), for error messages */
} cc_config_override;

typedef struct {
    const char *model_path;  /* -m FILE (GGUF) */
    const char *config_path; /* --config FILE, or NULL for the model's default config */
    cc_device_kind device;   /* --device auto|cpu|cuda */
    int threads;             /* --threads for the CPU backend (0 = all cores) */
    int max_inflight;        /* rows the job keeps in flight (a batching hint; 0: the engine's choice) */
    cc_gpu_opts gpu;         /* --gpu-gemm, --gpu-kv, --cuda-graphs (CUDA only; compute.h) */
    const cc_config_override *overrides; /* [n_overrides] flags applied over the configuration */
    size_t n_overrides;                  /* overrides in use */
} cc_engine_options;

typedef struct {
    char device[320];       /* what ran it, for clinclean_runs.device ("cuda:0 NVIDIA H100 ...") */
    char note[600];         /* one line for the user (e.g. why auto fell back to the CPU), or "" */
    char config_sha256[65]; /* sha256 hex of the effective configuration (sampling, limits, chat template) */
    char prompt_sha256[65]; /* sha256 hex of the prompt template the notes are wrapped in */
    int max_inflight;       /* rows the engine wants in flight: twice the rows it decodes per step */
} cc_engine_info;

/* Load the model and configuration and return a ready rewriter in *out (its
 * destroy frees everything) and what it is in *info.  Fails with a message
 * naming the file at fault. */
typedef cc_status (*cc_rewriter_open_fn)(const cc_engine_options *opt, cc_rewriter *out, cc_engine_info *info,
                                         cc_error *err);

/* The real engine (host/engine_open.c): the configuration is opt->config_path,
 * or without it the built-in default (docs/CONFIG.md: the project's system
 * prompt, the model's own template family, greedy, 512 new tokens), with
 * opt->overrides on top; the device from cc_device_select. */
cc_status cc_rewriter_open(const cc_engine_options *opt, cc_rewriter *out, cc_engine_info *info, cc_error *err);

#endif
