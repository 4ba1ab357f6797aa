/* cpu_ops.h - the CPU engine's numerical kernels: RMSNorm, RoPE, softmax,
 * SwiGLU, and matrix multiplication by weights of any io/tensor_types.h type.
 *
 * Every kernel has one portable scalar implementation and, where the CPU has
 * them, AVX2/FMA variants chosen at run time (cc_cpu_isa).  The variants give
 * bitwise the same results as the portable path: floating-point reductions use
 * one fixed 32-lane order (see cc_cpu_dot_f32) written identically in both,
 * products are fused (fmaf) in both, and quantized dot products are exact
 * integer sums combined in float in the same order.  Every result for a row
 * depends only on that row's inputs, never on how many rows share the call or
 * how they are split over threads, so the engine is batch-invariant.
 *
 * Quantized weights (Q8_0, Q4_0, Q4_1, Q4_K, Q6_K) are used in place: each
 * activation row is quantized to int8 per 32-element block (cc_act_block); Q8_0,
 * Q4_0 and Q4_1 blocks are unpacked in registers, once per 8 tokens, and the
 * K-quant rows once per tile of up to CC_MATMUL_TILE tokens into int8/uint8
 * codes plus a scale (and min) per 16 elements; then integer dot products and
 * f32 accumulation. */
#ifndef CLINCLEAN_CPU_OPS_H
#define CLINCLEAN_CPU_OPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "llama_hparams.h"
#include "status.h"
#include "tensor_types.h"
#include "threadpool.h"

/* Instruction-set level of the kernels. */
typedef enum {
    CC_ISA_SCALAR = 0, /* portable C (the reference every variant must equal) */
    CC_ISA_AVX2,       /* AVX2 + FMA + F16C */
    CC_ISA_AVX512VNNI, /* the AVX2 set with AVX-512 VNNI (256-bit vpdpbusd) for int8 dot products */
} cc_cpu_isa;

/* Best level this CPU supports; CLINCLEAN_CPU_ISA=scalar|avx2 in the environment caps it. */
cc_cpu_isa cc_cpu_isa_detect(void);
const char *cc_cpu_isa_name(cc_cpu_isa isa);

/* One quantized activation block: 32 values x ~= d * q. */
typedef struct {
    float d;        /* scale, max|x| / 127 (0 for an all-zero block) */
    int16_t s[2];   /* sum of q[0..16) and of q[16..32) */
    int8_t q[32];   /* codes in [-127, 127] */
    float xs[8];    /* d * (sum of q[4l..4l+4)), for the per-block mins of Q4_1 */
} cc_act_block;     /* 72 bytes */

/* A weight matrix as stored: rows x cols, row-major, each row cols elements of `type`. */
typedef struct {
    cc_ttype type;        /* element type */
    int64_t rows;         /* N: output features */
    int64_t cols;         /* K: input features (a multiple of the type's block) */
    size_t row_bytes;     /* bytes per row */
    const void *data;     /* rows * row_bytes bytes, borrowed (usually the mmap'd model) */
} cc_matrix;

/* Build a matrix view; checks cols against the type's block size and the byte size. */
cc_status cc_matrix_view(cc_matrix *m, cc_ttype type, int64_t rows, int64_t cols, const void *data,
                         const char *name, cc_error *err);

/* Tokens whose activations share one unpacking of a weight row. */
#define CC_MATMUL_TILE 32

/* Context for the kernels: ISA, thread pool (borrowed), and growable scratch. */
typedef struct {
    cc_cpu_isa isa;         /* kernels to use */
    cc_threadpool *pool;    /* borrowed; NULL runs single-threaded */
    void *act;              /* quantized or converted activations for the current matmul */
    size_t act_cap;         /* bytes allocated at act */
    void *rowbuf;           /* per-thread unpacked weight rows: nth * rowbuf_stride bytes */
    size_t rowbuf_cap;      /* bytes allocated at rowbuf */
} cc_cpu_ctx;

void cc_cpu_ctx_init(cc_cpu_ctx *ctx, cc_cpu_isa isa, cc_threadpool *pool);
void cc_cpu_ctx_free(cc_cpu_ctx *ctx); /* frees the scratch, not the pool */

/* ---- vector primitives (ISA-dispatched, identical results) ---- */

/* sum_i a[i]*b[i] in the fixed order: lane j = i mod 32 accumulates with fmaf
 * over i < n - n%32; lanes combine as ((l_j + l_{j+8}) + (l_{j+16} + l_{j+24}))
 * for j < 8, then halves 4, 2, 1; the n%32 tail is added last, in order, with fmaf. */
float cc_cpu_dot_f32(cc_cpu_isa isa, const float *a, const float *b, int64_t n);
/* y[i] = fmaf(a, x[i], y[i]). */
void cc_cpu_axpy(cc_cpu_isa isa, float *y, float a, const float *x, int64_t n);
/* Quantize n values (n % 32 == 0) into n/32 blocks. */
void cc_cpu_quantize_act(cc_cpu_isa isa, const float *x, cc_act_block *out, int64_t n);

/* ---- row operations (scalar; cheap next to the matmuls) ---- */

/* y = x / sqrt(mean(x^2) + eps) * w, n elements; y may alias x.  Sum of squares in dot_f32 order. */
void cc_cpu_rmsnorm(cc_cpu_isa isa, float *y, const float *x, const float *w, int64_t n, float eps);
/* In-place softmax over n values (max subtracted, expf, sequential sum). */
void cc_cpu_softmax(float *x, int64_t n);
/* out[i] = silu(gate[i]) * up[i], silu(g) = g / (1 + expf(-g)); out may alias either input. */
void cc_cpu_swiglu(float *out, const float *gate, const float *up, int64_t n);

/* ---- RoPE ---- */

/* How the two halves of each rotated pair sit in a head vector. */
typedef enum {
    CC_ROPE_PAIRS_ADJACENT = 0, /* (x[2i], x[2i+1]): GGUF / llama.cpp layout (Q/K weights permuted) */
    CC_ROPE_PAIRS_HALVES,       /* (x[i], x[i + d/2]): Hugging Face rotate_half layout */
} cc_rope_layout;

#define CC_ROPE_MAX_DIM 512

typedef struct {
    int32_t head_dim;                      /* rotated dims per head (even, <= CC_ROPE_MAX_DIM) */
    cc_rope_layout layout;                 /* pair placement */
    double inv_freq[CC_ROPE_MAX_DIM / 2];  /* [head_dim/2] angle per position of pair i, scaling applied */
} cc_rope;

/* inv_freq[i] = theta^(-2i/d), then the llama3 wavelength-based scaling when hp asks for it
 * (factor, low/high_freq_factor, original context), as transformers computes it.  With
 * freq_factors (head_dim/2 values, GGUF's rope_freqs.weight) inv_freq[i] is instead
 * theta^(-2i/d) / freq_factors[i], as llama.cpp applies them. */
cc_status cc_rope_init(cc_rope *r, const cc_llama_hparams *hp, cc_rope_layout layout, const float *freq_factors,
                       cc_error *err);
/* Rotate n_heads head vectors of head_dim floats at x (contiguous) for position pos. */
void cc_rope_apply(const cc_rope *r, float *x, int32_t n_heads, int32_t pos);

/* ---- matrix multiplication ---- */

/* y[t*ldy + n] = sum_k W[n, k] * x[t*ldx + k] for t < n_tok, n < W.rows.
 * F32/F16/BF16 weights: exact f32 products in dot_f32 order.  Quantized weights:
 * x is quantized per 32-block first (cc_act_block), so the result carries that
 * error (~0.4% of |x| per element, relative).  Runs on ctx->pool. */
cc_status cc_cpu_matmul(cc_cpu_ctx *ctx, const cc_matrix *w, const float *x, int64_t ldx, int64_t n_tok, float *y,
                        int64_t ldy, cc_error *err);

/* Several matrices with the same columns applied to the same x in one pass over
 * the thread pool (Q/K/V, gate/up): x is quantized once; ys[m] gets
 * [n_tok, ldys[m]].  Each output is bitwise what cc_cpu_matmul gives. */
#define CC_MATMUL_MAX_N 4
cc_status cc_cpu_matmul_n(cc_cpu_ctx *ctx, const cc_matrix *const *ws, int32_t n_w, const float *x, int64_t ldx,
                          int64_t n_tok, float *const *ys, const int64_t *ldys, cc_error *err);

/* Reference used by the tests: the same product computed in double from the
 * dequantized weights and (when quantize_act) the quantized activations. */
cc_status cc_cpu_matmul_ref(const cc_matrix *w, const float *x, int64_t n_tok, bool quantize_act, double *y,
                            cc_error *err);

/* Dequantize row r of w into out[w->cols] (embedding lookup). */
cc_status cc_cpu_get_row(const cc_matrix *w, int64_t r, float *out, cc_error *err);

#endif
