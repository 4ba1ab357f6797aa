/* rope_layout.h - the two RoPE pairings of a head's dimensions and the row
 * permutation of Q/K projection weights that converts between them.
 *
 * Hugging Face Llama rotates "halves": in a head of head_dim = 2h dimensions,
 * dimension i pairs with i + h (i < h) and turns by angle pos * inv_freq[i].
 * GGUF / llama.cpp's llama graph rotates interleaved pairs: dimension 2i pairs
 * with 2i + 1, with the same inv_freq[i].  Reordering the output rows of the
 * Q and K projections within every head (GGUF row 2i + j = HF row j*h + i,
 * j in {0, 1}) makes the interleaved rotation of the permuted projection equal
 * the half rotation of the original, dimension for dimension after the same
 * reordering, so every attention score q.k is unchanged.  This is the
 * permutation llama.cpp's converter applies; its inverse undoes it.  K uses
 * n_head_kv heads, Q n_head. */
#ifndef CLINCLEAN_ROPE_LAYOUT_H
#define CLINCLEAN_ROPE_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "llama_hparams.h"
#include "status.h"

/* Row of the Hugging Face matrix that becomes row gguf_row of the GGUF matrix. */
int64_t cc_rope_hf_row_of_gguf_row(int64_t gguf_row, int head_dim);
/* Row of the GGUF matrix that becomes row hf_row of the Hugging Face matrix. */
int64_t cc_rope_gguf_row_of_hf_row(int64_t hf_row, int head_dim);

/* dst = src with its n_heads*head_dim rows (row_bytes each, any element type)
 * reordered HF -> GGUF (to_gguf) or GGUF -> HF; dst and src must not overlap. */
cc_status cc_rope_permute_rows(void *dst, const void *src, int n_heads, int head_dim, size_t row_bytes, bool to_gguf,
                               cc_error *err);

/* The head_dim/2 inverse frequencies of RoPE pair i: theta^(-2i/head_dim),
 * with "llama3" scaling applied when hp->rope_scaling says so (low band
 * divided by factor, high band kept, smooth interpolation between). */
cc_status cc_rope_inv_freq(const cc_llama_hparams *hp, double *out, cc_error *err);

/* Rotate one head vector x[head_dim] in place at position pos, either layout. */
void cc_rope_rotate_half(float *x, int head_dim, const double *inv_freq, int64_t pos);
void cc_rope_rotate_interleaved(float *x, int head_dim, const double *inv_freq, int64_t pos);

#endif
