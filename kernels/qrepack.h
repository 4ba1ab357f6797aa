/* qrepack.h - the GPU layout of a weight matrix: GGUF blocks split into
 * planes (structure of arrays), so every kernel reads 16-byte aligned,
 * coalesced chunks.
 *
 * GGUF stores a row as an array of blocks (Q8_0: 34 bytes = fp16 scale + 32
 * int8), which leaves the quants of most blocks misaligned for 16-byte loads.
 * At load time each block field becomes its own plane, row-major over
 * (row, block):
 *   f16 / bf16  plane 0: the elements as stored (2 bytes each)
 *   q8_0        plane 0: qs (32 B/block)   plane 1: d (2 B)
 *   q4_0        plane 0: qs (16 B/block)   plane 1: d (2 B)
 *   q4_1        plane 0: qs (16 B/block)   plane 1: d,m (4 B)
 *   q4_K        plane 0: qs (128 B/block)  plane 1: d,dmin,scales[12] (16 B)
 *   q6_K        plane 0: ql (128 B/block)  plane 1: qh (64 B)  plane 2: scales (16 B)  plane 3: d (2 B)
 * Every plane starts on a 256-byte boundary of the packed buffer.  In all
 * types the 16 bytes at offset 16*u of a row in plane 0 are "unit" u: what
 * one GPU lane dequantizes from one 16-byte load (8, 16 or 32 elements, see
 * cc_qunit_elems).  Plain C; part of clinclean_core. */
#ifndef CLINCLEAN_QREPACK_H
#define CLINCLEAN_QREPACK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" { /* the C headers below declare C functions */
#endif
#include "status.h"
#include "tensor_types.h"
#ifdef __cplusplus
}
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define CC_QPLANES_MAX 4

typedef struct {
    cc_ttype type;                          /* one of f16, bf16, q8_0, q4_0, q4_1, q4_K, q6_K */
    int64_t n_rows;                         /* output features (rows of the GGUF matrix) */
    int64_t n_cols;                         /* input features; a multiple of the block size */
    int64_t block_elems;                    /* elements per GGUF block (1 for f16/bf16) */
    size_t block_bytes;                     /* bytes per GGUF block */
    int n_planes;                           /* planes in use */
    size_t field_off[CC_QPLANES_MAX];       /* byte offset of the plane's field inside a GGUF block */
    size_t field_bytes[CC_QPLANES_MAX];     /* bytes of that field per block */
    size_t plane_off[CC_QPLANES_MAX];       /* byte offset of each plane in the packed buffer (256-aligned) */
    size_t plane_row_bytes[CC_QPLANES_MAX]; /* bytes of one row in each plane */
    size_t src_bytes;                       /* bytes of the GGUF matrix: n_rows * row bytes */
    size_t total_bytes;                     /* bytes of the packed buffer */
} cc_qlayout;

/* Elements one lane dequantizes from one 16-byte unit of plane 0 (0 if unsupported). */
int cc_qunit_elems(cc_ttype t);

/* Plan the packed layout of an n_rows x n_cols matrix of type t.  Fails with
 * CC_ERR_UNSUPPORTED for other types or when n_cols is not a multiple of the
 * block size (and of 8 for f16/bf16), CC_ERR_RANGE on size overflow. */
cc_status cc_qlayout_init(cc_qlayout *l, cc_ttype t, int64_t n_rows, int64_t n_cols, cc_error *err);

/* Split the GGUF bytes src (l->src_bytes of them) into dst (l->total_bytes;
 * padding between planes is zeroed). */
void cc_qrepack(const cc_qlayout *l, const void *src, void *dst);

#ifdef __cplusplus
}
#endif

#endif
