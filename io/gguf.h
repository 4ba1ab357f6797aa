/* gguf.h - reading and writing GGUF model files (versions 2 and 3).
 *
 * Reader: cc_gguf_open maps a file read-only (cc_gguf_open_memory reads a
 * caller's buffer, for fuzzing and mutation tests) and checks every count,
 * length and offset against the file size before using it: a malformed file
 * gives an error naming the file, the field and its byte offset, never a crash
 * or an allocation larger than a small multiple of the file size.  Metadata
 * values and tensor data are left in the mapped file; the reader owns only
 * index structures.  Layout of a GGUF file (all little-endian):
 *
 *   "GGUF" u32 version, u64 n_tensors, u64 n_kv
 *   n_kv x   (string key, u32 type, value)
 *   n_tensors x (string name, u32 n_dims, u64 ne[n_dims], u32 type, u64 offset)
 *   padding to general.alignment (default 32), then the tensor data; each
 *   tensor's offset is relative to the data start and aligned.
 *   string = u64 length + bytes (no NUL); array = u32 elem type, u64 n, elems.
 *
 * Writer: collect key/values (any type, arrays of any type including strings
 * and nested arrays) and tensors (bytes in memory or a callback that streams
 * them), then cc_gguf_writer_write writes PATH.part, fsyncs it and renames it
 * to PATH, so a reader never sees a half-written model. */
#ifndef CLINCLEAN_GGUF_H
#define CLINCLEAN_GGUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"
#include "tensor_types.h"

/* Metadata value types, numbered as in the file. */
typedef enum {
    CC_GGUF_UINT8 = 0,
    CC_GGUF_INT8 = 1,
    CC_GGUF_UINT16 = 2,
    CC_GGUF_INT16 = 3,
    CC_GGUF_UINT32 = 4,
    CC_GGUF_INT32 = 5,
    CC_GGUF_FLOAT32 = 6,
    CC_GGUF_BOOL = 7,
    CC_GGUF_STRING = 8,
    CC_GGUF_ARRAY = 9,
    CC_GGUF_UINT64 = 10,
    CC_GGUF_INT64 = 11,
    CC_GGUF_FLOAT64 = 12,
} cc_gguf_type;

#define CC_GGUF_DEFAULT_ALIGNMENT 32
#define CC_GGUF_MAX_DIMS 4
#define CC_GGUF_MAX_NAME 256   /* longest tensor name accepted (bytes) */
#define CC_GGUF_MAX_KEY 65535  /* longest metadata key accepted (bytes) */
#define CC_GGUF_MAX_DEPTH 8    /* deepest nesting of arrays accepted */

/* A string inside the mapped file: not NUL-terminated. */
typedef struct {
    const char *ptr; /* first byte */
    uint64_t len;    /* bytes */
} cc_gguf_str;

/* One metadata value as found in the file (read-only view). */
typedef struct cc_gguf_value {
    cc_gguf_type type;       /* value type */
    uint64_t offset;         /* byte offset in the file of the value's payload (after its type tag) */
    uint64_t nbytes;         /* encoded payload length in bytes */
    union {
        uint64_t u;          /* UINT8/16/32/64 (zero-extended) */
        int64_t i;           /* INT8/16/32/64 (sign-extended) */
        double f;            /* FLOAT32/64 */
        bool b;              /* BOOL */
    } v;
    cc_gguf_str str;         /* STRING: the bytes */
    cc_gguf_type arr_type;   /* ARRAY: element type */
    uint64_t arr_n;          /* ARRAY: element count */
    const uint8_t *arr_data; /* ARRAY of scalars: arr_n packed elements in the file */
    cc_gguf_str *arr_strs;   /* ARRAY of STRING: arr_n strings (owned by the reader) */
    struct cc_gguf_value *arr_vals; /* ARRAY of ARRAY: arr_n nested values (owned by the reader) */
} cc_gguf_value;

/* One tensor info, validated: its data lies in the file, aligned, sized by type and dims. */
typedef struct {
    char *name;                   /* NUL-terminated copy */
    uint32_t type_id;             /* GGML type id as stored (see cc_gguf_type_name) */
    uint32_t n_dims;              /* 1..CC_GGUF_MAX_DIMS */
    int64_t ne[CC_GGUF_MAX_DIMS]; /* dims, ne[0] the contiguous one (row length); unused = 1 */
    int64_t n_elements;           /* product of ne */
    uint64_t offset;              /* data offset relative to the data section */
    size_t size;                  /* data bytes */
    const void *data;             /* the data in the mapped file */
    uint64_t info_offset;         /* byte offset of this tensor's info record in the file */
} cc_gguf_tensor;

typedef struct cc_gguf cc_gguf; /* an open GGUF file (opaque) */

/* Open and validate a file; the data is mapped read-only for the reader's lifetime. */
cc_status cc_gguf_open(const char *path, cc_gguf **out, cc_error *err);
/* Validate a buffer in memory (not copied: keep it alive and unchanged until
 * cc_gguf_close).  name is used in messages. */
cc_status cc_gguf_open_memory(const void *data, size_t size, const char *name, cc_gguf **out, cc_error *err);
void cc_gguf_close(cc_gguf *g);

const char *cc_gguf_name(const cc_gguf *g);      /* path or name given at open */
uint32_t cc_gguf_version(const cc_gguf *g);      /* 2 or 3 */
size_t cc_gguf_file_size(const cc_gguf *g);
uint32_t cc_gguf_alignment(const cc_gguf *g);    /* general.alignment or 32 */
uint64_t cc_gguf_data_offset(const cc_gguf *g);  /* byte offset of the data section */

/* ---- metadata */
int64_t cc_gguf_n_kv(const cc_gguf *g);
const char *cc_gguf_kv_key(const cc_gguf *g, int64_t i);          /* NUL-terminated */
const cc_gguf_value *cc_gguf_kv_value(const cc_gguf *g, int64_t i);
int64_t cc_gguf_find_key(const cc_gguf *g, const char *key);      /* index or -1 */
const cc_gguf_value *cc_gguf_get(const cc_gguf *g, const char *key); /* NULL when absent */
const char *cc_gguf_type_str(cc_gguf_type t);                     /* "u32", "string", "array", ... */

/* Typed getters.  Missing key: CC_ERR_FORMAT "... missing key 'K'" unless the
 * caller checks cc_gguf_get first; wrong type: CC_ERR_FORMAT naming the key,
 * its byte offset, the type found and the type wanted. */
cc_status cc_gguf_get_u32(const cc_gguf *g, const char *key, uint32_t *out, cc_error *err);
cc_status cc_gguf_get_i32(const cc_gguf *g, const char *key, int32_t *out, cc_error *err);
cc_status cc_gguf_get_u64(const cc_gguf *g, const char *key, uint64_t *out, cc_error *err);
cc_status cc_gguf_get_f32(const cc_gguf *g, const char *key, float *out, cc_error *err);
cc_status cc_gguf_get_bool(const cc_gguf *g, const char *key, bool *out, cc_error *err);
cc_status cc_gguf_get_str(const cc_gguf *g, const char *key, cc_gguf_str *out, cc_error *err);
/* Any integer type, range-checked into int64 (writers differ on u32/i32/u64). */
cc_status cc_gguf_get_int(const cc_gguf *g, const char *key, int64_t *out, cc_error *err);
/* FLOAT32 or FLOAT64. */
cc_status cc_gguf_get_float(const cc_gguf *g, const char *key, double *out, cc_error *err);
/* A malloc'd NUL-terminated copy of a STRING value (fails if it holds a NUL). */
cc_status cc_gguf_get_strdup(const cc_gguf *g, const char *key, char **out, cc_error *err);
/* An ARRAY; when elem_type >= 0 the element type must equal it. */
cc_status cc_gguf_get_arr(const cc_gguf *g, const char *key, int elem_type, const cc_gguf_value **out,
                          cc_error *err);

/* Elements of an array value of scalars (unaligned-safe). i < arr_n. */
int64_t cc_gguf_arr_int(const cc_gguf_value *v, uint64_t i);   /* integer and bool elements */
double cc_gguf_arr_float(const cc_gguf_value *v, uint64_t i);  /* float elements (ints converted) */
size_t cc_gguf_type_size(cc_gguf_type t);                       /* scalar size, 0 for string/array */

/* ---- tensors */
int64_t cc_gguf_n_tensors(const cc_gguf *g);
const cc_gguf_tensor *cc_gguf_tensor_at(const cc_gguf *g, int64_t i);
const cc_gguf_tensor *cc_gguf_find_tensor(const cc_gguf *g, const char *name); /* NULL when absent */
/* Name of a GGML type id ("q4_K", "f32", "q5_0", ...; "type42" style for unknown ids:
 * buf of 16 bytes used then). */
const char *cc_gguf_type_name(uint32_t type_id, char buf[16]);

/* ------------------------------------------------------------------ writer */

typedef struct cc_gguf_writer cc_gguf_writer;

/* Where a tensor callback sends its bytes, in order. */
typedef struct cc_gguf_sink cc_gguf_sink;
cc_status cc_gguf_sink_write(cc_gguf_sink *s, const void *data, size_t n, cc_error *err);

/* Produce exactly the tensor's size in bytes through cc_gguf_sink_write. */
typedef cc_status (*cc_gguf_tensor_fn)(void *ctx, const char *name, cc_gguf_sink *sink, cc_error *err);

cc_status cc_gguf_writer_new(cc_gguf_writer **out, cc_error *err);
void cc_gguf_writer_free(cc_gguf_writer *w);

/* Set a key (replacing an earlier value of the same key, keeping its place). */
cc_status cc_gguf_set_u8(cc_gguf_writer *w, const char *key, uint8_t v, cc_error *err);
cc_status cc_gguf_set_i8(cc_gguf_writer *w, const char *key, int8_t v, cc_error *err);
cc_status cc_gguf_set_u16(cc_gguf_writer *w, const char *key, uint16_t v, cc_error *err);
cc_status cc_gguf_set_i16(cc_gguf_writer *w, const char *key, int16_t v, cc_error *err);
cc_status cc_gguf_set_u32(cc_gguf_writer *w, const char *key, uint32_t v, cc_error *err);
cc_status cc_gguf_set_i32(cc_gguf_writer *w, const char *key, int32_t v, cc_error *err);
cc_status cc_gguf_set_u64(cc_gguf_writer *w, const char *key, uint64_t v, cc_error *err);
cc_status cc_gguf_set_i64(cc_gguf_writer *w, const char *key, int64_t v, cc_error *err);
cc_status cc_gguf_set_f32(cc_gguf_writer *w, const char *key, float v, cc_error *err);
cc_status cc_gguf_set_f64(cc_gguf_writer *w, const char *key, double v, cc_error *err);
cc_status cc_gguf_set_bool(cc_gguf_writer *w, const char *key, bool v, cc_error *err);
cc_status cc_gguf_set_str(cc_gguf_writer *w, const char *key, const char *v, cc_error *err);
cc_status cc_gguf_set_strn(cc_gguf_writer *w, const char *key, const char *v, size_t len, cc_error *err);
/* Array of n scalars of elem_type, packed little-endian in data (bool: 1 byte each). */
cc_status cc_gguf_set_arr(cc_gguf_writer *w, const char *key, cc_gguf_type elem_type, const void *data,
                          uint64_t n, cc_error *err);
/* Array of n NUL-terminated strings. */
cc_status cc_gguf_set_arr_str(cc_gguf_writer *w, const char *key, const char *const *strs, uint64_t n,
                              cc_error *err);
/* Any value given encoded (type tag excluded): e.g. nested arrays built with
 * cc_gguf_enc_*.  The payload is parsed and rejected unless well-formed. */
cc_status cc_gguf_set_encoded(cc_gguf_writer *w, const char *key, cc_gguf_type type, const void *payload,
                              size_t len, cc_error *err);
/* Copy a value from an open file, as is. */
cc_status cc_gguf_set_from(cc_gguf_writer *w, const char *key, const cc_gguf *src, const cc_gguf_value *v,
                           cc_error *err);
bool cc_gguf_writer_has(const cc_gguf_writer *w, const char *key);

/* A growable byte buffer to encode values (for cc_gguf_set_encoded). */
typedef struct {
    uint8_t *data; /* bytes */
    size_t len;    /* used */
    size_t cap;    /* allocated */
    bool oom;      /* an append failed; the buffer is unusable */
} cc_gguf_buf;
void cc_gguf_buf_free(cc_gguf_buf *b);
void cc_gguf_enc_u32(cc_gguf_buf *b, uint32_t v);
void cc_gguf_enc_u64(cc_gguf_buf *b, uint64_t v);
void cc_gguf_enc_bytes(cc_gguf_buf *b, const void *p, size_t n);
void cc_gguf_enc_str(cc_gguf_buf *b, const char *s, size_t len);
/* Start an array: element type and count; then append the n elements' payloads. */
void cc_gguf_enc_arr(cc_gguf_buf *b, cc_gguf_type elem_type, uint64_t n);

/* Tensors are written in the order added.  ne[0] is the row length.  The data
 * pointer (or callback ctx) must stay valid until the write. */
cc_status cc_gguf_add_tensor(cc_gguf_writer *w, const char *name, cc_ttype type, uint32_t n_dims,
                             const int64_t *ne, const void *data, cc_error *err);
cc_status cc_gguf_add_tensor_fn(cc_gguf_writer *w, const char *name, cc_ttype type, uint32_t n_dims,
                                const int64_t *ne, cc_gguf_tensor_fn fn, void *ctx, cc_error *err);

/* Write PATH.part, fsync, rename to PATH.  Alignment: general.alignment if set
 * (a u32 power of two), else 32.  On failure PATH is untouched and PATH.part removed. */
cc_status cc_gguf_writer_write(cc_gguf_writer *w, const char *path, cc_error *err);
/* Write to a malloc'd buffer instead (tests, fuzz seeds). */
cc_status cc_gguf_writer_to_memory(cc_gguf_writer *w, uint8_t **out, size_t *out_len, cc_error *err);

#endif
