/* cuda_backend.h - the CUDA compute side of the scheduler: a cc_backend
 * (scheduler.h) whose step runs the Llama forward pass with the kernels of
 * kernels/cuda_ops.h and keeps K/V on the device.
 *
 * The scheduler's cc_kv_pool stays the single owner of block bookkeeping
 * (tables, reference counts, copy-on-write of a shared partial block); it is
 * created bookkeeping-only (cc_kv_pool_init_blocks, host_memory false) and
 * this backend keeps, per layer, a device K pool and V pool with the same
 * block ids.  Weights are repacked (kernels/qrepack.h) and uploaded once at
 * create; every buffer a step needs (activations for max_step_tokens rows,
 * attention workspace, logits, a pinned host buffer for the per-step token
 * ids / positions / block tables, which cross in one copy) is allocated
 * there too, none in the step.
 *
 * A step: embedding gather; per layer RMSNorm, Q/K/V projections, RoPE +
 * paged K/V write, attention (decode kernel for single-token sequences,
 * optionally on tensor cores (decode_tc); prefill kernel for chunks, on tensor
 * cores for f16 / fp8 K/V, reading the shared prefix's blocks in place),
 * output projection added into the residual, RMSNorm, gate/up, SwiGLU (on a
 * GEMM step written straight to bf16 for the down GEMM), down projection
 * added into the residual; final norm and lm_head for the rows
 * whose logits are asked for; then either the logits copied to the host
 * (rows x n_vocab floats, ~0.5 MB per row: step), or one token id per row
 * chosen on the device by cc_cuda_sample (step_greedy: argmax; step_sample:
 * temperature + top-p from each row's own stream, the host sampler's exact
 * draw; 4 bytes per row cross).
 *
 * Projections (q, the fused k|v, o, the fused gate|up, down, and the output
 * layer) run in one of three ways:
 *   - batch_invariant with inv_gemm CC_INV_GEMM_BI: the tensor-core GEMM of gemm_bi.cu over
 *     bf16 copies of the weights (dequantized once at create; the packed
 *     layer weights are then freed), activations rounded to bf16, fp32
 *     accumulation in fixed K chunks, so a row's logits are bitwise the same
 *     alone or in any batch, at every step size;
 *   - batch_invariant with inv_gemm CC_INV_GEMM_LTPIN (the default): per projection shape,
 *     cuBLASLt with one pinned algorithm (split-K 1, fixed configuration; see
 *     cc_gemm_pin in kernels/cuda_ops.h) where its self-test at create proved
 *     it bitwise invariant over every step size on this device, gemm_bi for
 *     the shapes where it did not (the reason is in cc_cuda_backend_report);
 *   - batch_invariant with invariant_matvec: the fused dequantizing matvec
 *     over the packed weights (weights read once per 64 rows, fp32
 *     activations; also invariant, far slower for large steps);
 *   - batch_invariant false: the matvec for steps under gemm_min_tokens rows,
 *     cuBLASLt bf16 GEMMs above (cuBLAS picks algorithms by shape, so results
 *     then depend on the step's composition).
 * Greedy decoding should keep batch_invariant true.
 *
 * CUDA graphs (cuda_graphs, off by default: on an H200 bitwise the launches' results and no
 * faster at the workload's batch sizes, docs/PERF.md): a
 * step made only of single-token rows that all ask for logits is padded up
 * to the smallest bucket of row counts (1, 2, 4, ... up to min(max_seqs,
 * max_step_tokens)) and its launches - embedding, every layer, the output
 * layer and the argmax / sampling kernel - replay as one graph captured for
 * that bucket and kind of output (logits, greedy, sampled; a sampled graph is
 * recaptured when the seed changes).  Everything that varies per step (token
 * ids, positions, block tables at a fixed max_blocks stride, context
 * lengths, sampling parameters) is read from the fixed device buffers that
 * the step's one header copy (and one sampling copy) fills before the
 * launch; bounds are the bucket's (the decode attention grid at n_ctx).
 * Padded rows take token 0 at position 0 with a block table of -1 and
 * context 0: RoPE stores nothing for them, attention reads nothing (their
 * output is NaN, in their own rows only) and their ids are not copied back.
 * Because every projection path allowed with graphs computes each row alone
 * (gemm_bi, pinned cuBLASLt, the matvec) and the attention kernels split
 * work at fixed context spans, a graph step gives bitwise the same logits and
 * ids as the plain launches (checked by the engine test's part e).  A graph
 * is captured the first time its bucket and kind are needed, after running
 * the same launches once uncaptured (kernels load outside the capture);
 * capture allocates no device buffers.  Steps with prompt chunks run as
 * before.  Not done: overlapping the host's scheduling of step n+1 with the
 * device's step n (the scheduler needs step n's ids to build step n+1).
 *
 * Plain C; only present in builds with CUDA (CLINCLEAN_HAVE_CUDA), else
 * create fails with CC_ERR_DEVICE. */
#ifndef CLINCLEAN_CUDA_BACKEND_H
#define CLINCLEAN_CUDA_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "kv_cache.h"
#include "model.h"
#include "scheduler.h"
#include "status.h"

/* Which invariant GEMM runs the projections of a batch_invariant run. */
typedef enum {
    CC_INV_GEMM_BI = 0,    /* gemm_bi.cu for every projection */
    CC_INV_GEMM_LTPIN = 1, /* pinned cuBLASLt for each shape whose start-up self-test passed, gemm_bi for the rest
                            * (cc_cuda_backend_defaults: 1.9x gemm_bi's rows/s on the H200 workload) */
} cc_inv_gemm;

typedef struct {
    int32_t max_step_tokens;   /* token rows one step may carry (the scheduler's max_step_tokens) */
    int32_t max_seqs;          /* sequences one step may carry (the scheduler's max_seqs) */
    int32_t n_ctx;             /* positions per sequence (prompt + output) */
    size_t kv_bytes_cap;       /* device K/V bytes at most (0: no cap beyond free memory) */
    double kv_mem_fraction;    /* share of the device memory left after weights and buffers for K/V (0: 0.9) */
    bool batch_invariant;      /* true: bitwise batch-invariant projections (use for greedy) */
    bool invariant_matvec;     /* with batch_invariant: the fused matvec instead of the invariant GEMM */
    cc_inv_gemm inv_gemm;      /* with batch_invariant (and not invariant_matvec): which invariant GEMM */
    int32_t ltpin_fault;       /* testing: a fault injected into every pinned self-test, so every shape falls back */
    bool kv_fp8;               /* device K/V in fp8 e4m3 (1 byte, value = e4m3 * kv_scale) instead of f16: half the
                                * bytes, ~3 significant bits (off by default) */
    float kv_scale;            /* with kv_fp8: one scale for every layer, K and V (0: 1.0, range +-448, values under
                                * ~0.002 flush to zero); not calibrated per model */
    int32_t gemm_min_tokens;   /* with batch_invariant false: cuBLASLt for steps of >= this many rows (0: 128) */
    bool proj_fp8;             /* with batch_invariant false: those GEMM steps on fp8 tensor cores (gemm_fp8.cu: e4m3
                                * weights with one scale per output channel, activations per token; not batch
                                * invariant; for measurement, off by default; widths must be multiples of 16) */
    bool no_prefill_kernel;    /* testing: run prompt chunks through the decode attention kernel, one row per token */
    bool prefill_simt;         /* prompt chunks through the fp32 CUDA-core prefill kernel instead of the tensor-core
                                * one (attn_prefill.cu; bf16 K/V always use the fp32 one): the baseline */
    bool decode_tc;            /* decode attention's pass 1 on tensor cores (attn_decode.cu, f16 / fp8 K/V, fed by a
                                * cp.async ring since session 8, not yet timed on a device): off by default (the
                                * register-loader version matched the fp32 kernel's accuracy and invariance on an
                                * H200 but was 2-6% slower, docs/PERF.md run 9) */
    bool cuda_graphs;          /* steps of single-token rows that all ask for logits replay a CUDA graph per bucket
                                * of row counts (1, 2, 4, ... max): bitwise the launches' results (off by default:
                                * no faster on an H200; needs batch_invariant) */
    bool profile;              /* time each kernel family of every step with CUDA events (cc_cuda_backend_stats
                                * prof_ms): a few microseconds more per step; not with cuda_graphs */
    bool verbose;              /* print what was allocated to stderr */
} cc_cuda_backend_params;

/* The kernel families a profiled step's GPU time is split into (params.profile), in launch order. */
enum {
    CC_PROF_EMBED = 0,    /* token embedding gather */
    CC_PROF_NORM,         /* RMSNorm before attention and FFN (with the bf16 conversion of GEMM steps) */
    CC_PROF_QKV,          /* q and k|v projections */
    CC_PROF_ROPE_KV,      /* RoPE and the K/V cache write */
    CC_PROF_ATTN_DECODE,  /* decode attention (single-token rows; every row with no_prefill_kernel) */
    CC_PROF_ATTN_PREFILL, /* prefill attention (prompt chunks) */
    CC_PROF_O,            /* output projection (with the attention output's bf16 conversion) */
    CC_PROF_GATE_UP,      /* gate|up projection */
    CC_PROF_SWIGLU,       /* SwiGLU */
    CC_PROF_DOWN,         /* down projection (with the bf16 conversion) */
    CC_PROF_OUT_GATHER,   /* final RMSNorm and the gather of the rows asked for */
    CC_PROF_LM_HEAD,      /* output layer (with the bf16 conversion) */
    CC_PROF_SAMPLE,       /* argmax / sampling on the device */
    CC_PROF_N
};
/* "embed", "norm", "q,k|v", ... for CC_PROF_*; "?" outside the range. */
const char *cc_cuda_prof_name(int family);

/* Defaults for a scheduler with these limits (batch-invariant, no cap). */
cc_cuda_backend_params cc_cuda_backend_defaults(int32_t max_step_tokens, int32_t max_seqs, int32_t n_ctx);

/* How many KV blocks of block_tokens positions to give the bookkeeping pool:
 * what fits in the device's free memory after this model's weights and the
 * step buffers (times kv_mem_fraction, at most kv_bytes_cap), and at least
 * one full context.  Call before create, with nothing else on the device. */
cc_status cc_cuda_backend_plan_blocks(const cc_model *m, const cc_cuda_backend_params *p, int32_t block_tokens,
                                      int32_t *n_blocks, cc_error *err);

/* Upload the model and allocate everything.  bookkeeping_pool must be
 * bookkeeping-only and match the model (n_layer, n_head_kv * head_dim); m and
 * the pool must outlive the backend.  *out is ready for cc_sched_init;
 * free it with cc_cuda_backend_destroy. */
cc_status cc_cuda_backend_create(const cc_model *m, cc_kv_pool *bookkeeping_pool, const cc_cuda_backend_params *p,
                                 cc_backend *out, cc_error *err);
void cc_cuda_backend_destroy(cc_backend *b); /* accepts a zeroed backend */

/* The same step as b->step, but each logits row asked for comes back as its argmax id
 * (lowest id on ties; the host sampler's greedy choice) computed on the device, so 4 bytes
 * cross instead of n_vocab floats.  The backend's step_greedy (scheduler.h) is this step;
 * the scheduler uses it when its rows are greedy without a repetition penalty. */
cc_status cc_cuda_backend_step_greedy(const cc_backend *b, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids,
                                      cc_error *err);

/* The same step as b->step, but each logits row asked for comes back as the token the host
 * sampler would draw for it (scheduler.h step_sample: temperature + top-p, draw rows[i].draw of
 * the stream (seed, rows[i].row_id)), sampled on the device by cc_cuda_sample.  rows[i] belongs
 * to the i-th logits row; temperature 0 is the argmax.  The backend's step_sample is this step. */
cc_status cc_cuda_backend_step_sample(const cc_backend *b, const cc_fwd_seq *seqs, int32_t n_seqs,
                                      const cc_row_sampling *rows, uint64_t seed, int32_t *ids, cc_error *err);

/* One line describing the backend ("cuda: 1.23 GiB weights (q8_0), 4096 KV blocks (f16, 8.0 GiB), ..."). */
const char *cc_cuda_backend_describe(const cc_backend *b);

/* What decides a row's bits beyond the options, as a short text for the job's configuration
 * hash: the attention kernels ("ptc" / "psimt": prefill on tensor cores / fp32, absent when
 * chunks go through the decode kernel; "dtc" / "dsimt": decode; their last bits differ), then with pinned cuBLASLt each projection's algorithm ("a66.t18.s35.w0.c3.k5"; "bi"
 * where it fell back), which depends on the card and the cuBLASLt version (gemm_bi and the
 * matvec compute the same bits on any card). */
void cc_cuda_backend_numerics(const cc_backend *b, char *buf, size_t size);

/* Step counters since create (for benchmarks). */
typedef struct {
    int64_t steps;             /* steps run */
    int64_t tokens;            /* token rows processed */
    int64_t gemm_steps;        /* steps whose projections ran as GEMMs (invariant or cuBLASLt) */
    int64_t greedy_steps;      /* steps whose argmax tokens were chosen on the device (ids crossed, not logits) */
    int64_t sampled_steps;     /* steps whose tokens were sampled on the device (step_sample; ids crossed) */
    int64_t logit_rows;        /* logit rows copied to the host */
    int64_t graph_steps;       /* steps replayed as a CUDA graph (cuda_graphs) */
    int64_t graph_captures;    /* graphs captured (one per bucket and kind first needed; sampled: per seed) */
    size_t weight_bytes;       /* bytes of packed (quantized) weights uploaded, bf16 copies excluded */
    size_t bf16_bytes;         /* bytes of bf16 weight copies the GEMMs read (0 on the matvec path) */
    int32_t ltpin_shapes;      /* of the 6 projections (q, k|v, o, gate|up, down, output): on pinned cuBLASLt */
    int32_t bi_shapes;         /* ... on gemm_bi (with inv_gemm LTPIN: those whose self-test failed) */
    int64_t ltpin_gemms;       /* GEMM launches on pinned cuBLASLt */
    int64_t bi_gemms;          /* GEMM launches on gemm_bi */
    size_t fp8_bytes;          /* proj_fp8: bytes of the e4m3 weight copies and their scales */
    int64_t fp8_gemms;         /* proj_fp8: GEMM launches on fp8 */
    int64_t fp8_refused;       /* proj_fp8: GEMM launches cuBLASLt had no fp8 algorithm for (run in bf16) */
    int64_t prof_steps;        /* profile: steps timed */
    int64_t prof_decode_steps; /* ... of them pure decode steps (no prompt chunk) */
    double prof_ms[CC_PROF_N]; /* profile: GPU milliseconds per kernel family over every timed step */
    double prof_decode_ms[CC_PROF_N]; /* ... over the pure decode steps */
} cc_cuda_backend_stats;
cc_cuda_backend_stats cc_cuda_backend_get_stats(const cc_backend *b);

/* One line per projection saying which GEMM runs it and why: the pinned algorithm, its
 * timings and self-test, or the reason it fell back to gemm_bi (cc_gemm_pin_format). */
void cc_cuda_backend_report(const cc_backend *b, FILE *f);

#endif
