/* status.h - status codes and the error record every fallible function fills.
 *
 * Convention (after SQLite): a fallible function returns a cc_status and, on
 * failure, leaves a human-readable message in the caller's cc_error that names
 * the input, the field and the byte offset at fault.  Only main.c exits.
 * Also home of the overflow-checked size arithmetic used by every parser. */
#ifndef CLINCLEAN_STATUS_H
#define CLINCLEAN_STATUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    CC_OK = 0,
    CC_ERR_IO,          /* open/read/write/mmap failed */
    CC_ERR_FORMAT,      /* malformed input file or data */
    CC_ERR_NOMEM,       /* allocation failed or would be unreasonably large */
    CC_ERR_INVALID,     /* bad argument or configuration */
    CC_ERR_UNSUPPORTED, /* well-formed but not something we handle */
    CC_ERR_RANGE,       /* value or size out of range / overflow */
    CC_ERR_DEVICE,      /* CUDA / cuBLAS / no device */
    CC_ERR_DB,          /* SQLite */
    CC_ERR_INTERRUPTED  /* SIGINT / SIGTERM */
} cc_status;

#define CC_ERROR_MSG_MAX 1024

typedef struct {
    cc_status code;              /* CC_OK when no error is recorded */
    char msg[CC_ERROR_MSG_MAX];  /* NUL-terminated message; "" when code == CC_OK */
} cc_error;

/* Record an error in e (may be NULL) and return code.  printf-style. */
cc_status cc_fail(cc_error *e, cc_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prefix an existing message with context ("loading model.gguf: ..."). */
cc_status cc_wrap(cc_error *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cc_error_clear(cc_error *e);
const char *cc_status_name(cc_status s);

/* Overflow-checked arithmetic: return false (and leave *out untouched) on overflow. */
static inline bool cc_mul_size(size_t a, size_t b, size_t *out) {
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) return false;
    *out = r;
    return true;
}
static inline bool cc_add_size(size_t a, size_t b, size_t *out) {
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) return false;
    *out = r;
    return true;
}
static inline bool cc_mul_i64(int64_t a, int64_t b, int64_t *out) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) return false;
    *out = r;
    return true;
}

#endif
