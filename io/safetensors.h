/* safetensors.h - a strict reader of Hugging Face .safetensors files, over a
 * read-only mmap of the file or over a caller's memory buffer (for fuzzing).
 *
 * File layout: an 8-byte little-endian header length N, N bytes of JSON
 * ({"name": {"dtype": "BF16", "shape": [r, c], "data_offsets": [b, e]}, ...,
 * optional "__metadata__": {string: string}}), then the data section; each
 * tensor's bytes are data[b, e), row-major, little-endian.
 *
 * Nothing in the file is trusted: the header length is bounded by the file and
 * by CC_ST_MAX_HEADER, every field is type-checked, shapes are non-negative with
 * an overflow-checked product, offsets must lie in the data section, match the
 * shape times the element size, and tile the data section without overlaps or
 * gaps (as the reference implementation requires).  F32, F16 and BF16 are
 * supported; other known dtypes fail with CC_ERR_UNSUPPORTED.  Errors name the
 * file, the tensor, the field and a byte offset. */
#ifndef CLINCLEAN_SAFETENSORS_H
#define CLINCLEAN_SAFETENSORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "tensor_types.h"

#define CC_ST_MAX_DIMS 8                     /* more dimensions is an error */
#define CC_ST_MAX_HEADER ((size_t)100 << 20) /* 100 MiB, the reference reader's cap */

typedef struct {
    char *name;                    /* tensor name as written in the header (NUL-terminated, owned) */
    cc_ttype dtype;                /* CC_T_F32, CC_T_F16 or CC_T_BF16 */
    int n_dims;                    /* 0..CC_ST_MAX_DIMS; 0 is a scalar */
    int64_t shape[CC_ST_MAX_DIMS]; /* outermost first, as in the file: a [rows, cols] matrix */
    int64_t n_elems;               /* product of shape (1 for a scalar) */
    size_t offset;                 /* byte offset of the data inside the data section */
    size_t nbytes;                 /* n_elems * element size */
    const uint8_t *data;           /* first byte of the data, inside the mapping or buffer */
} cc_st_tensor;

typedef struct {
    char *path;            /* file name used in messages (owned) */
    const uint8_t *base;   /* the whole file or buffer */
    size_t size;           /* bytes at base */
    bool mapped;           /* base is our mmap (unmapped by cc_st_close) */
    size_t header_len;     /* N, the JSON header's bytes */
    size_t data_start;     /* 8 + N: file offset of the data section */
    int n_tensors;         /* entries in tensors */
    cc_st_tensor *tensors; /* in order of data offset */
    int *by_name;          /* indices into tensors sorted by name (for lookup) */
    int n_meta;            /* entries of __metadata__ */
    char **meta_keys;      /* [n_meta] owned strings */
    char **meta_values;    /* [n_meta] owned strings */
} cc_safetensors;

/* Open and validate a file (mmap'd read-only).  On failure *st is left closed. */
cc_status cc_st_open(cc_safetensors *st, const char *path, cc_error *err);
/* Validate a buffer that the caller keeps alive until cc_st_close; name is used in messages. */
cc_status cc_st_open_memory(cc_safetensors *st, const void *buf, size_t size, const char *name, cc_error *err);
/* Release everything; safe on a zeroed or already-closed struct. */
void cc_st_close(cc_safetensors *st);

/* The tensor of that name, or NULL. */
const cc_st_tensor *cc_st_find(const cc_safetensors *st, const char *name);
/* __metadata__[key], or NULL. */
const char *cc_st_metadata(const cc_safetensors *st, const char *key);
/* Row geometry: a tensor of n_dims >= 2 has shape[0] rows of the product of the
 * remaining dimensions; a 1-D tensor is one row of shape[0]; a scalar one row of 1. */
int64_t cc_st_rows(const cc_st_tensor *t);
int64_t cc_st_row_len(const cc_st_tensor *t);

/* dst[0 .. n_rows*row_len) = rows [first_row, first_row + n_rows) converted to f32.
 * Fails (naming the file and tensor) when the range is outside the tensor. */
cc_status cc_st_rows_f32(const cc_safetensors *st, const cc_st_tensor *t, int64_t first_row, int64_t n_rows, float *dst,
                         cc_error *err);
/* The same for a flat element range [first, first + n). */
cc_status cc_st_elems_f32(const cc_safetensors *st, const cc_st_tensor *t, int64_t first, int64_t n, float *dst,
                          cc_error *err);

/* "F32" / "F16" / "BF16" for a supported dtype, else "?". */
const char *cc_st_dtype_name(cc_ttype t);

#endif
