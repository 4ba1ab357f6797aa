/* tensor_types.h - the tensor element types clinclean reads and writes, with
 * GGUF/GGML's numbering and block layouts, fp16/bf16 conversion, and row
 * dequantization / quantization on the CPU.
 *
 * Block layouts are bit-exact with GGML's so a GGUF tensor's bytes are used in
 * place.  A "row" is n consecutive elements, n a multiple of the block size. */
#ifndef CLINCLEAN_TENSOR_TYPES_H
#define CLINCLEAN_TENSOR_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* GGML type ids as stored in GGUF tensor infos. */
typedef enum {
    CC_T_F32 = 0,
    CC_T_F16 = 1,
    CC_T_Q4_0 = 2,
    CC_T_Q4_1 = 3,
    CC_T_Q8_0 = 8,
    CC_T_Q4_K = 12,
    CC_T_Q6_K = 14,
    CC_T_BF16 = 30,
} cc_ttype;

#define CC_QK 32    /* elements per Q8_0 / Q4_0 / Q4_1 block */
#define CC_QK_K 256 /* elements per K-quant super-block */

typedef struct {
    uint16_t d;          /* fp16 scale */
    int8_t qs[CC_QK];    /* x = d * q */
} cc_block_q8_0;         /* 34 bytes */

typedef struct {
    uint16_t d;            /* fp16 scale */
    uint8_t qs[CC_QK / 2]; /* element j in low nibble of qs[j], j+16 in high nibble; x = d * (q - 8) */
} cc_block_q4_0;           /* 18 bytes */

typedef struct {
    uint16_t d;            /* fp16 scale */
    uint16_t m;            /* fp16 minimum; x = d * q + m */
    uint8_t qs[CC_QK / 2]; /* nibbles as in Q4_0 */
} cc_block_q4_1;           /* 20 bytes */

typedef struct {
    uint16_t d;               /* fp16 super-block scale for the 6-bit scales */
    uint16_t dmin;            /* fp16 super-block scale for the 6-bit mins */
    uint8_t scales[12];       /* 8 x (6-bit scale, 6-bit min), packed as GGML's get_scale_min_k4 */
    uint8_t qs[CC_QK_K / 2];  /* 4-bit quants; x = d*sc*q - dmin*m per 32-element sub-block */
} cc_block_q4_K;              /* 144 bytes */

typedef struct {
    uint8_t ql[CC_QK_K / 2];      /* low 4 bits of the 6-bit quants */
    uint8_t qh[CC_QK_K / 4];      /* high 2 bits */
    int8_t scales[CC_QK_K / 16];  /* 8-bit scale per 16 elements */
    uint16_t d;                   /* fp16 super-block scale; x = d * sc * (q - 32) */
} cc_block_q6_K;                  /* 210 bytes */

typedef struct {
    cc_ttype type;        /* the id */
    const char *name;     /* "q4_K", "f16", ... as llama.cpp spells them */
    int64_t block_elems;  /* elements per block (1 for f32/f16/bf16) */
    size_t block_bytes;   /* bytes per block */
} cc_ttype_info;

/* Info for a type id read from a file; NULL when clinclean does not support it. */
const cc_ttype_info *cc_ttype_get(uint32_t type_id);
/* Look a type up by name, case-insensitively ("q8_0", "Q4_K", "bf16"); NULL if unknown. */
const cc_ttype_info *cc_ttype_by_name(const char *name);
/* Bytes of n elements of type t; fails when n is not a multiple of the block or on overflow. */
cc_status cc_ttype_row_bytes(cc_ttype t, int64_t n, size_t *out, cc_error *err);

float cc_fp16_to_f32(uint16_t h);
uint16_t cc_f32_to_fp16(float f);   /* round to nearest even, as numpy/GGML */
float cc_bf16_to_f32(uint16_t h);
uint16_t cc_f32_to_bf16(float f);   /* round to nearest even, NaN kept quiet */

/* dst[0..n) = dequantized src; n a multiple of the block size. */
cc_status cc_dequantize_row(cc_ttype t, const void *src, float *dst, int64_t n, cc_error *err);
/* dst = quantized src (reference quantizers, matching GGML's *_ref rounding). */
cc_status cc_quantize_row(cc_ttype t, const float *src, void *dst, int64_t n, cc_error *err);

#endif
