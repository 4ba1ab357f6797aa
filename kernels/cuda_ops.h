/* cuda_ops.h - the launchable GPU operations, callable from plain C.
 *
 * No CUDA header is included here: device buffers are opaque pointers and a
 * stream is a cc_cuda_stream (a cudaStream_t).  Every op is asynchronous on
 * its stream, checks its arguments, launches, checks the launch (and, in a
 * CLINCLEAN_CUDA_DEBUG_SYNC build, synchronizes) and returns a cc_status with
 * the failing call, file and line in err.  No op allocates device memory;
 * buffers (and workspaces, sized by the *_bytes functions) are allocated once
 * by the caller.  Each op has a CPU reference with the same meaning in
 * kernel_refs.h; tests/gpu/test_kernels.c holds them to it.
 *
 * Shapes use row-major matrices: "[m][n] ld" means element (i, j) is at
 * p[i * ld + j].  Activations are fp32 unless stated.
 *
 * Batch invariance: every op here computes a row's output with a reduction
 * order that depends only on that row's own sizes (K, its context length),
 * never on how many rows share the launch, so greedy output does not depend
 * on batch composition.  The free cuBLAS path (cc_gemm_bf16) is the
 * exception: cuBLAS picks different algorithms by shape.  The pinned cuBLAS
 * path (cc_gemm_pin) fixes one algorithm per (n, k) and proves it invariant
 * on the device before it is used. */
#ifndef CLINCLEAN_CUDA_OPS_H
#define CLINCLEAN_CUDA_OPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" { /* the C headers below declare C functions */
#endif
#include "cuda_check.h"
#include "qrepack.h"
#include "status.h"
#include "tensor_types.h"
#ifdef __cplusplus
}
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------ weights */

/* A weight matrix on the device in the plane layout of qrepack.h. */
typedef struct {
    cc_ttype type;                           /* f16, bf16, q8_0, q4_0, q4_1, q4_K, q6_K */
    int64_t n_rows;                          /* N: output features */
    int64_t n_cols;                          /* K: input features */
    const void *plane[CC_QPLANES_MAX];       /* device pointers, 16-byte aligned */
    size_t plane_row_bytes[CC_QPLANES_MAX];  /* bytes of one row in each plane */
} cc_dev_weight;

/* Fill w for a packed buffer at device address base laid out per l. */
void cc_dev_weight_init(cc_dev_weight *w, const cc_qlayout *l, const void *base);

/* y[m][N] (ld ldy) = x[m][K] (ld ldx) @ W^T, or y += ... when accumulate.
 * m in 1..64; fused dequantization, weights streamed once, fp32 accumulation.
 * ldx must be a multiple of 4 and x 16-byte aligned. */
cc_status cc_cuda_mmv(const cc_dev_weight *w, const float *x, int64_t ldx, float *y, int64_t ldy, int m,
                      bool accumulate, cc_cuda_stream s, cc_error *err);

/* out[N][K] bf16 = dequantized W (done once at load for the cuBLAS path). */
cc_status cc_cuda_dequant_bf16(const cc_dev_weight *w, uint16_t *out, cc_cuda_stream s, cc_error *err);

/* out[n] bf16 = in[n] fp32 (activations for the cuBLAS path). */
cc_status cc_cuda_f32_to_bf16(const float *in, uint16_t *out, int64_t n, cc_cuda_stream s, cc_error *err);

/* ------------------------------------------------------------ batch-invariant GEMM (gemm_bi.cu) */

/* y[m][N] fp32 (ld ldy) = x[m][K] bf16 (ld ldx) @ W^T with W[N][K] bf16 (ld K),
 * or y += ... when accumulate; tensor cores, fp32 accumulation.  Each output
 * is the sum, in chunk order, of CC_GEMM_BI_CHUNK-column partial sums, each a
 * 16-deep tensor-core chain in k order: bitwise the same for a row whatever
 * m, the tile shape or the split (so a batch-invariant run can use it at
 * every step size).  K a multiple of 8; x, W 16-byte aligned, ldx a
 * multiple of 8.  Launches that cannot fill the GPU split K into its chunks
 * (one block each) when work holds the partials (cc_gemm_bi_work_bytes);
 * with too little work they run unsplit, with the same bits. */
#define CC_GEMM_BI_CHUNK 256
typedef struct {
    const uint16_t *w;       /* device [n][k] bf16 */
    const uint16_t *x;       /* device [m][ldx] bf16 */
    int64_t ldx;             /* row stride of x in elements */
    float *y;                /* device [m][ldy] fp32 */
    int64_t ldy;             /* row stride of y in elements */
    int m, n, k;             /* shape */
    bool accumulate;         /* y += instead of y = */
    void *work;              /* device workspace for split launches, or NULL */
    size_t work_bytes;       /* its size */
    int force;               /* 0: tile shape and split chosen by size; 1 + 2 tile + split: forced (tests) */
} cc_gemm_bi_args;

/* Workspace that lets launches of up to max_split_m rows split (n, k the widest weight). */
size_t cc_gemm_bi_work_bytes(int max_split_m, int n, int k);
/* The tile shape (0: 128x128, 1: 64x128, 2: 32x64, 3: 16x64) and split choice for a launch (for benchmarks). */
int cc_gemm_bi_plan(int m, int n, int k, size_t work_bytes, int *split);
const char *cc_gemm_bi_tile_name(int tile);
#define CC_GEMM_BI_TILES 4
cc_status cc_cuda_gemm_bi(const cc_gemm_bi_args *a, cc_cuda_stream s, cc_error *err);

/* ------------------------------------------------------------ norms, rope, elementwise */

/* y[r][:] = x[r][:] / sqrt(mean(x[r]^2) + eps) * w[:], rows x n, rows contiguous (ld n).
 * y_f32 and/or y_bf16 may be NULL (not both); y_f32 may equal x. */
cc_status cc_cuda_rmsnorm(const float *x, const float *w, float *y_f32, uint16_t *y_bf16, int rows, int n,
                          float eps, cc_cuda_stream s, cc_error *err);

typedef enum {
    CC_KV_F16 = 0,  /* IEEE half, 2 bytes */
    CC_KV_BF16 = 1, /* bfloat16, 2 bytes */
    CC_KV_FP8 = 2,  /* fp8 e4m3 (1 byte): value = e4m3 * kv_scale, written saturated to +-448 */
} cc_kv_type;

/* Bytes per cached element of a KV type. */
static inline int cc_kv_elem_bytes(cc_kv_type t) { return t == CC_KV_FP8 ? 1 : 2; }

/* The paged KV cache of one layer: n_blocks blocks of block_size tokens;
 * K and V each laid out [n_blocks][n_kv_head][block_size][head_dim] in
 * kv_type (cc_kv_elem_bytes each; pools 16-byte aligned).  A sequence's token at position p lives in physical block
 * block_table[seq * max_blocks + p / block_size], slot p % block_size. */
typedef struct {
    void *k;                    /* device K pool */
    void *v;                    /* device V pool */
    cc_kv_type kv_type;         /* element type of both pools */
    int32_t n_blocks;           /* physical blocks in each pool */
    int32_t block_size;         /* tokens per block */
    int32_t n_kv_head;          /* key/value heads */
    int32_t head_dim;           /* per-head size */
    const int32_t *block_table; /* device [n_seq][max_blocks] physical block ids */
    int32_t max_blocks;         /* columns of block_table */
    float kv_scale;             /* CC_KV_FP8 only: stored e4m3 = value / kv_scale (> 0) */
} cc_kv_cache;

/* RoPE on q and k of n_tok tokens and the K/V cache write.  freqs[head_dim/2]
 * are the per-pair angular frequencies (cc_ref_rope_freqs, llama3 scaling
 * included); pairs are GGUF's interleaved (x[2i], x[2i+1]).  q is rotated in
 * place; k is rotated and stored with v into the cache slot of (seq, pos). */
typedef struct {
    float *q;                 /* device [n_tok][n_head * head_dim], ld ldq */
    const float *k;           /* device [n_tok][n_kv_head * head_dim], ld ldk */
    const float *v;           /* device [n_tok][n_kv_head * head_dim], ld ldv */
    int64_t ldq, ldk, ldv;    /* row strides in floats */
    int32_t n_tok;            /* tokens in the batch */
    int32_t n_head;           /* query heads */
    const int32_t *tok_seq;   /* device [n_tok]: sequence (row of the block table) of each token */
    const int32_t *tok_pos;   /* device [n_tok]: position of each token in its sequence */
    const float *freqs;       /* device [head_dim / 2] */
    cc_kv_cache cache;        /* where K and V go */
} cc_rope_kv_args;

cc_status cc_cuda_rope_kv(const cc_rope_kv_args *a, cc_cuda_stream s, cc_error *err);

/* out[r][i] = silu(gate[r][i]) * up[r][i], rows x n, each with its own ld. */
cc_status cc_cuda_swiglu(const float *gate, int64_t ldg, const float *up, int64_t ldu, float *out, int64_t ldo,
                         int rows, int n, cc_cuda_stream s, cc_error *err);
/* The same, rounded to bf16 (round to nearest even, as cc_cuda_f32_to_bf16): the input of a
 * bf16 GEMM, bitwise cc_cuda_swiglu followed by cc_cuda_f32_to_bf16. */
cc_status cc_cuda_swiglu_bf16(const float *gate, int64_t ldg, const float *up, int64_t ldu, uint16_t *out,
                              int64_t ldo, int rows, int n, cc_cuda_stream s, cc_error *err);

/* x[i] += y[i], i < n. */
cc_status cc_cuda_add(float *x, const float *y, int64_t n, cc_cuda_stream s, cc_error *err);

/* out[t][:] = dequantized row ids[t] of the embedding table (n_cols wide), ld ldo.
 * Ids outside [0, n_rows) give a row of NaN (the host validates ids first). */
cc_status cc_cuda_embed(const cc_dev_weight *table, const int32_t *ids, int n_tok, float *out, int64_t ldo,
                        cc_cuda_stream s, cc_error *err);

/* ------------------------------------------------------------ attention */

/* Decode attention: one query token per sequence, GQA.  Context positions
 * 0..ctx_len[s]-1 of sequence s are read from the cache (the current token's
 * K/V already written).  Work is split over fixed CC_ATTN_SPLIT-token spans
 * of the context and combined in span order, so a row's result does not
 * depend on the batch. */
#define CC_ATTN_SPLIT 256
typedef struct {
    const float *q;           /* device [n_seq][n_head][head_dim] */
    float *out;               /* device [n_seq][n_head][head_dim] */
    int32_t n_seq;            /* sequences (rows of the block table) */
    int32_t n_head;           /* query heads; a multiple of n_kv_head, n_head/n_kv_head <= 8 */
    const int32_t *ctx_len;   /* device [n_seq]: context length (>= 1) */
    int32_t max_ctx;          /* upper bound of ctx_len (sizes the grid) */
    float scale;              /* softmax scale, usually 1/sqrt(head_dim) */
    cc_kv_cache cache;        /* the layer's K/V (head_dim 64 or 128) */
    void *work;               /* device workspace of cc_attn_decode_work_bytes() */
    int32_t tc;               /* pass 1 on tensor cores (fp16 / fp8 K/V, head_dim 64; others ignore it):
                               * 1: K/V through a cp.async ring; 2: through the register loader (the
                               * kernel before the ring, bitwise the same results: a baseline for the
                               * benchmark and the tests); 0: the fp32 kernel */
} cc_attn_decode_args;

size_t cc_attn_decode_work_bytes(int n_seq, int n_head, int head_dim, int max_ctx);
cc_status cc_cuda_attn_decode(const cc_attn_decode_args *a, cc_cuda_stream s, cc_error *err);

/* Prefill attention: causal, over the paged cache.  Sequence i's new tokens
 * are q rows q_start[i] .. q_start[i]+q_len[i]-1, at positions
 * ctx_len[i]-q_len[i] .. ctx_len[i]-1; each attends to cache positions
 * 0..its own (shared prefix blocks included).  head_dim 64. */
typedef struct {
    const float *q;           /* device [n_tok][n_head][head_dim] */
    float *out;               /* device [n_tok][n_head][head_dim] */
    int32_t n_seq;            /* sequences in the batch */
    int32_t n_head;           /* query heads */
    const int32_t *q_start;   /* device [n_seq]: first q row of each sequence */
    const int32_t *q_len;     /* device [n_seq]: new tokens of each sequence (>= 1) */
    const int32_t *ctx_len;   /* device [n_seq]: cached tokens after this step (>= q_len) */
    int32_t max_q_len;        /* upper bound of q_len (sizes the grid) */
    float scale;              /* softmax scale */
    cc_kv_cache cache;        /* the layer's K/V */
    int32_t simt;             /* 1: the fp32 CUDA-core kernel; 0 (default): tensor cores for fp16 / fp8 K/V
                               * (bf16 K/V always take the fp32 kernel) */
} cc_attn_prefill_args;

cc_status cc_cuda_attn_prefill(const cc_attn_prefill_args *a, cc_cuda_stream s, cc_error *err);

/* ------------------------------------------------------------ sampling */

/* One token per row of logits[n_rows][vocab].  Rows with temperature <= 0
 * take the argmax (lowest id on ties); others sample from softmax(x/T)
 * truncated to the smallest set of most likely tokens whose mass reaches
 * top_p, drawing u = cc_rng_uniform_at(seed, row_id[r], step[r]).  Masses are
 * summed as 2^-40 fixed-point integers, so the draw is exactly reproducible. */
typedef struct {
    const float *logits;        /* device [n_rows][vocab] */
    int32_t n_rows;             /* rows */
    int32_t vocab;              /* columns */
    const float *temperature;   /* device [n_rows] */
    const float *top_p;         /* device [n_rows], in (0, 1] */
    const uint64_t *row_id;     /* device [n_rows]: stable id of the row's request */
    const int32_t *step;        /* device [n_rows]: index of the token being drawn */
    uint64_t seed;              /* run seed */
    int32_t *out;               /* device [n_rows] token ids */
} cc_sample_args;

cc_status cc_cuda_sample(const cc_sample_args *a, cc_cuda_stream s, cc_error *err);

/* ------------------------------------------------------------ cuBLASLt GEMM */

/* A cuBLASLt handle, its workspace and the algorithm chosen per shape. */
typedef struct cc_gemm_ctx cc_gemm_ctx;

cc_status cc_gemm_ctx_create(cc_gemm_ctx **out, cc_error *err);
void cc_gemm_ctx_free(cc_gemm_ctx *ctx);

/* y[m][N] fp32 (ld N) = x[m][K] bf16 (ld K) @ W^T with W[N][K] bf16 (ld K);
 * y += ... when accumulate.  The first call for a shape times the candidate
 * algorithms (synchronizing the stream once) and records the fastest. */
cc_status cc_gemm_bf16(cc_gemm_ctx *ctx, const uint16_t *w, const uint16_t *x, float *y, int m, int n, int k,
                       bool accumulate, cc_cuda_stream s, cc_error *err);

/* Print one line per shape seen: "gemm m=.. n=.. k=..: algo #i of n, x.xx us". */
void cc_gemm_ctx_report(const cc_gemm_ctx *ctx, void *file /* FILE* */);

/* ------------------------------------------------------------ pinned cuBLASLt (batch-invariant) */

/* One algorithm per (n, k), the same for every m in 1..max_m: split-K 1, no
 * reduction scheme, fixed tile / stages / swizzle / cluster, so every output
 * is one dot product in a k order that does not depend on m.  It is the
 * first, in the heuristic's order, of its candidates at fixed query sizes
 * (m = 512 and 64, plus its split-K-free ones at 512; all for 16-byte
 * aligned pointers; each forced to split-K 1) that cublasLtMatmulAlgoCheck
 * accepts at every m from 1 to max_m and that passes this self-test.  No
 * timing enters the choice and max_m only bounds the checks, so every
 * engine on the same card and cuBLASLt pins the same algorithm (the same
 * bits run to run, whatever the step size); it is kept only if
 * device self-test passes, on the caller's weight and random bf16 inputs
 * (never zero), outputs poisoned (NaN) before each launch:
 *   - the max_m product is finite and two launches of it are bitwise equal;
 *   - m = 1, 3, 17, 64, max_m/2+1 and an odd size near max_m, each on the
 *     first, middle (an odd offset where possible) and last rows of the
 *     inputs: every row bitwise equal to the same row of the max_m launch;
 *   - sampled outputs (3 rows x 8 columns) within 2e-3 of sum|x w| of a host
 *     dot product in double;
 *   - the same sizes and rows again with accumulate (y += ..., y first set to
 *     a per-(row, column) hash): bitwise equal to the max_m accumulate.
 * Up to 4 candidates are tried; a shape none passes is recorded with the
 * reason (info.ok false) and callers use gemm_bi for it.  n must be a
 * multiple of 4 and k of 8 (else not pinned); x, W, y 16-byte aligned. */
typedef struct {
    int n, k;              /* the shape: y[m][n] = x[m][k] W[n][k]^T */
    int max_m;             /* rows the choice holds for: every m in 1..max_m */
    bool ok;               /* the self-test passed: cc_gemm_bf16_pinned runs this shape */
    int algo_id;           /* the pinned algorithm's CUBLASLT_ALGO_CONFIG_ID (of the last tried when !ok) */
    int tile_id;           /* cublasLtMatmulTile_t (cc_gemm_tile_name) */
    int stages_id;         /* cublasLtMatmulStages_t */
    int split_k;           /* CUBLASLT_ALGO_CONFIG_SPLITK_NUM: 1 */
    int reduction;         /* CUBLASLT_ALGO_CONFIG_REDUCTION_SCHEME: 0 (none) */
    int swizzle;           /* CTA swizzling */
    int custom;            /* custom option */
    int inner_id;          /* inner shape id */
    int cluster_id;        /* thread block cluster shape id */
    int candidates;        /* distinct split-K-free candidates offered by the heuristic */
    int chosen;            /* the kept (or last tried) one's 1-based place in the heuristic's order */
    int tested;            /* candidates self-tested, in that order, up to the one kept */
    int small_m;           /* the decode-size m also timed (for the record): min(64, max_m) */
    float us_max;          /* the kept algorithm's microseconds at max_m */
    float us_small;        /* ... and at small_m */
    int launches;          /* GEMM launches of the (last) self-test */
    bool acc_exact;        /* accumulate gave y + product bit for bit (informational) */
    double ref_err;        /* worst |gpu - host dot| / sum|x w| over the sampled outputs */
    char reason[320];      /* why not pinned ("" when ok) */
} cc_gemm_pin_info;

/* Pin (n, k) for m up to max_m using weight w (device [n][k] bf16) for the timing and the
 * self-test; synchronizes s several times and allocates scratch of 2 max_m n floats +
 * max_m k bf16 (freed on return; too little memory makes the shape not pinned).  A shape
 * pinned before for at least max_m rows is not pinned again.  fault != 0 (testing)
 * flips one bit of the first smaller-m output (max_m 1: of the repeated launch) before
 * it is compared, so the self-test of every candidate fails.  *out is the result (out->ok); the return is an error only when
 * CUDA / cuBLAS itself fails. */
cc_status cc_gemm_pin(cc_gemm_ctx *ctx, const uint16_t *w, int n, int k, int max_m, int fault, cc_cuda_stream s,
                      cc_gemm_pin_info *out, cc_error *err);

/* The pinned shape's record, or NULL when (n, k) was never pinned. */
const cc_gemm_pin_info *cc_gemm_pin_get(const cc_gemm_ctx *ctx, int n, int k);

/* y[m][n] fp32 (ld n) = x[m][k] bf16 (ld k) @ W^T (y += when accumulate) with the pinned
 * algorithm; CC_ERR_UNSUPPORTED when (n, k) is not pinned (ok), m must be in 1..max_m. */
cc_status cc_gemm_bf16_pinned(cc_gemm_ctx *ctx, const uint16_t *w, const uint16_t *x, float *y, int m, int n, int k,
                              bool accumulate, cc_cuda_stream s, cc_error *err);

/* "128x128" for a cublasLtMatmulTile_t id. */
const char *cc_gemm_tile_name(int tile_id);

/* One line: "n=.. k=.. m=1..M: pinned cuBLASLt algo A tile T ...; X us at m=M ...; self-test
 * passed (...)" or "n=.. k=.. m=1..M: NOT pinned (gemm_bi instead): reason". */
void cc_gemm_pin_format(const cc_gemm_pin_info *info, char *buf, size_t size);

/* ------------------------------------------------------------ fp8 projections (gemm_fp8.cu; measured, not in the engine) */

/* q[r][c] = e4m3(x[r][c] * (448 / a_r)) (round to nearest even, saturated), scale[r] = a_r / 448,
 * a_r = max |x[r][:]| (an all-zero row: scale 1, codes 0); x fp32, or bf16 when x_bf16, with
 * row stride ldx; q is rows x cols, dense.  A row's codes depend on that row alone. */
cc_status cc_cuda_quant_fp8_rows(const void *x, bool x_bf16, int64_t ldx, int64_t rows, int64_t cols, uint8_t *q,
                                 float *scale, cc_cuda_stream s, cc_error *err);

/* A cuBLASLt handle, its workspace and the planned fp8 shapes. */
typedef struct cc_gemm8_ctx cc_gemm8_ctx;
cc_status cc_gemm8_ctx_create(cc_gemm8_ctx **out, cc_error *err);
void cc_gemm8_ctx_free(cc_gemm8_ctx *ctx);

/* y[m][N] (ld N; fp32, or bf16 when out_bf16) (+)= sum_k xq[t][k] wq[n][k] * xs[t] * ws[n]: e4m3
 * operands (xq m x K, wq N x K, both dense, 16-byte aligned), fp32 per-row scales, fp32
 * accumulation; k a multiple of 16.  cuBLASLt's first heuristic algorithm per shape (not batch
 * invariant).  CC_ERR_UNSUPPORTED when cuBLASLt offers no algorithm for the shape. */
cc_status cc_gemm_fp8(cc_gemm8_ctx *ctx, const uint8_t *wq, const float *ws, const uint8_t *xq, const float *xs,
                      void *y, bool out_bf16, int m, int n, int k, bool accumulate, cc_cuda_stream s,
                      cc_error *err);

#ifdef __cplusplus
}
#endif

#endif
