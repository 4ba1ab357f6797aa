/* kernel_refs.h - the CPU references of the GPU kernels in cuda_ops.h.
 *
 * Each reference has the meaning of its kernel, written as plainly as
 * possible: the GGUF block layout read directly (not the GPU planes), sums in
 * double.  The tests hold the kernels to these (tests/gpu/test_kernels.c),
 * and hold these to hand-built values (tests/test_kernel_refs.c).  Where an
 * op takes an args struct, the reference takes the same struct with host
 * pointers in place of device pointers.  Plain C; part of clinclean_core. */
#ifndef CLINCLEAN_KERNEL_REFS_H
#define CLINCLEAN_KERNEL_REFS_H

#include <stdbool.h>
#include <stdint.h>

#include "cuda_ops.h"
#include "llama_hparams.h"
#ifdef __cplusplus
extern "C" {
#endif
#include "status.h"
#include "tensor_types.h"
#ifdef __cplusplus
}
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* mmv_quant_ref.c ----------------------------------------------------------- */

/* Bytes of a k-element row of type t in GGUF layout (k a multiple of the block). */
cc_status cc_ref_row_bytes(cc_ttype t, int64_t k, size_t *out, cc_error *err);

/* dst[0..k) = row of type t (GGUF bytes) dequantized; k a multiple of the block. */
cc_status cc_ref_dequant_row(cc_ttype t, const void *src, int64_t k, float *dst, cc_error *err);

/* y[m][N] (ld ldy) = x[m][K] @ W^T (+ y when accumulate), W[N][K] in GGUF bytes. */
cc_status cc_ref_mmv(cc_ttype t, const void *w, int64_t n_rows, int64_t n_cols, const float *x, int64_t ldx,
                     float *y, int64_t ldy, int m, bool accumulate, cc_error *err);

/* norm_rope_ref.c ----------------------------------------------------------- */

/* y[r] = x[r] / sqrt(mean(x[r]^2) + eps) * w, rows x n, ld n. */
void cc_ref_rmsnorm(const float *x, const float *w, float *y, int rows, int n, float eps);

/* freqs[i], i < head_dim/2: theta^(-2i/head_dim), with Llama 3 scaling when
 * hp->rope_scaling is CC_ROPE_SCALING_LLAMA3. */
void cc_ref_rope_freqs(const cc_llama_hparams *hp, float *freqs);

/* The meaning of cc_cuda_rope_kv, with host pointers in a. */
void cc_ref_rope_kv(const cc_rope_kv_args *a);

/* elementwise_ref.c --------------------------------------------------------- */

void cc_ref_swiglu(const float *gate, int64_t ldg, const float *up, int64_t ldu, float *out, int64_t ldo, int rows,
                   int n);
void cc_ref_add(float *x, const float *y, int64_t n);
/* out[t] = row ids[t] of the GGUF table (NaN row for ids out of range). */
cc_status cc_ref_embed(cc_ttype t, const void *table, int64_t n_rows, int64_t n_cols, const int32_t *ids,
                       int n_tok, float *out, int64_t ldo, cc_error *err);

/* attn_ref.c ---------------------------------------------------------------- */

/* K or V element (token slot in physical block b, head h, dim d) as float. */
float cc_ref_kv_get(const cc_kv_cache *c, const void *pool, int32_t block, int head, int slot, int d);
void cc_ref_attn_decode(const cc_attn_decode_args *a);
void cc_ref_attn_prefill(const cc_attn_prefill_args *a);

/* gemm_fp8_ref.c ------------------------------------------------------------ */

/* The meaning of cc_cuda_quant_fp8_rows (x fp32, or bf16 bits when x_bf16): the same codes and
 * scales, bit for bit (one multiply by 448 / a_r, e4m3 round to nearest even, saturated). */
void cc_ref_quant_fp8_rows(const void *x, bool x_bf16, int64_t ldx, int64_t rows, int64_t cols, uint8_t *q,
                           float *scale);
/* y[m][n] (ld n) (+)= sum_k e4m3(xq[t][k]) e4m3(wq[n][k]) xs[t] ws[n], sums in double. */
void cc_ref_gemm_fp8(const uint8_t *wq, const float *ws, const uint8_t *xq, const float *xs, float *y, int m, int n,
                     int k, bool accumulate);

/* sample_ref.c -------------------------------------------------------------- */

/* Token for one row: the exact algorithm of cc_cuda_sample (see cuda_ops.h). */
int32_t cc_ref_sample_row(const float *logits, int32_t vocab, float temperature, float top_p, uint64_t seed,
                          uint64_t row_id, int32_t step);
/* The same with caller scratch (no allocation): key and sorted [vocab] uint32, w [vocab] uint64.
 * The host sampler (host/sampler.c) draws temperature / top-p rows through this. */
int32_t cc_ref_sample_row_ws(const float *logits, int32_t vocab, float temperature, float top_p, uint64_t seed,
                             uint64_t row_id, int32_t step, uint32_t *key, uint32_t *sorted, uint64_t *w);
void cc_ref_sample(const cc_sample_args *a);

#ifdef __cplusplus
}
#endif

#endif
