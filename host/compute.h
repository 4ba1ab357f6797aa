/* compute.h - the compute side an engine runs on, chosen by --device
 * (device.h): the CPU forward pass over a host KV pool, or the CUDA backend
 * (cuda_backend.h) over a bookkeeping-only pool, behind one cc_backend.
 *
 * auto takes CUDA when it is compiled in, a GPU is present and the backend
 * takes the model (weight types, head size); otherwise it uses the CPU and
 * leaves one line in dev.note saying why.  cuda fails with the reason. */
#ifndef CLINCLEAN_COMPUTE_H
#define CLINCLEAN_COMPUTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "device.h"
#include "forward.h"
#include "kv_cache.h"
#include "model.h"
#include "scheduler.h"
#include "status.h"
#include "threadpool.h"

/* Options only the CUDA backend reads (cuda_backend.h); the CPU ignores them. */
typedef struct {
    bool gemm_bi;             /* --gpu-gemm bi: every projection on gemm_bi, not pinned cuBLASLt (inv_gemm) */
    bool kv_fp8;              /* device K/V cache in fp8 e4m3 instead of f16 (kv_fp8) */
    bool graphs;              /* decode steps replayed as CUDA graphs (cuda_graphs) */
} cc_gpu_opts;

/* "bi" / "ltpin" for --gpu-gemm, "f16" / "fp8" for --gpu-kv (into *o; unknown text fails). */
cc_status cc_gpu_gemm_parse(const char *s, cc_gpu_opts *o, cc_error *err);
cc_status cc_gpu_kv_parse(const char *s, cc_gpu_opts *o, cc_error *err);

typedef struct {
    cc_device_kind want;      /* --device */
    int32_t threads;          /* CPU threads (0: all cores) */
    int32_t max_seqs;         /* rows per step (the scheduler's); 0: the device's (CPU 32, CUDA 256) */
    int32_t max_step_tokens;  /* tokens per step (the scheduler's); 0: the device's (CPU 256, CUDA 512) */
    int32_t max_seqs_cap;     /* with max_seqs 0: at most this many rows per step (0: no cap) */
    int32_t n_ctx;            /* positions per row */
    int32_t block_tokens;     /* KV block size */
    size_t kv_bytes;          /* CPU: the K/V budget (0: max_seqs full rows, at most 4 GiB) */
    cc_kv_dtype cpu_kv_dtype; /* CPU: K/V stored as f32 (default) or f16 */
    size_t gpu_kv_bytes;      /* CUDA: a cap on device K/V (0: what max_seqs full rows need) */
    cc_gpu_opts gpu;          /* CUDA: GEMM, K/V type and CUDA graphs (--gpu-gemm, --gpu-kv, --cuda-graphs) */
} cc_compute_opts;

typedef struct {
    cc_device dev;            /* what runs it: desc, and note when auto fell back */
    int32_t max_seqs;         /* rows per step, as resolved for dev */
    int32_t max_step_tokens;  /* tokens per step, as resolved for dev */
    cc_threadpool *pool;      /* CPU threads (CPU only) */
    cc_kv_pool kv;            /* block bookkeeping; host K/V on the CPU */
    cc_forward fwd;           /* CPU forward pass */
    cc_backend cuda;          /* CUDA backend (ctx NULL on the CPU) */
    cc_backend be;            /* the backend to give the scheduler (points into this struct: do not move it) */
} cc_compute;

/* m must outlive c.  The batch (max_seqs, max_step_tokens) is resolved for the device that
 * ends up running the model: a GPU that refuses the model falls back with the CPU's batch. */
cc_status cc_compute_open(cc_compute *c, const cc_model *m, const cc_compute_opts *o, cc_error *err);
void cc_compute_close(cc_compute *c); /* accepts a zeroed struct */

#endif
