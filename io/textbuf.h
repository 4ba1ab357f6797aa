/* textbuf.h - a growable, NUL-terminated byte buffer for building text
 * (export lines, cleaned notes, the configuration hash input).  Appends do
 * not return errors: the first failed allocation (or size overflow) sets
 * oom, later appends do nothing, and the owner checks oom once at the end
 * (cc_buf_take turns it into a status). */
#ifndef CLINCLEAN_TEXTBUF_H
#define CLINCLEAN_TEXTBUF_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

typedef struct {
    char *p;    /* bytes (NUL-terminated when not oom), malloc'd; NULL before the first append */
    size_t n;   /* bytes used */
    size_t cap; /* bytes allocated */
    bool oom;   /* an append failed; the content is incomplete */
} cc_buf;

void cc_buf_put(cc_buf *b, const void *data, size_t n);
void cc_buf_puts(cc_buf *b, const char *s);
/* Append printf-style text (any length). */
void cc_buf_fmt(cc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cc_buf_free(cc_buf *b);
/* Hand the text to *out (malloc'd, always NUL-terminated, "" when nothing was
 * appended) and *out_len, leaving b empty; CC_ERR_NOMEM naming what when an
 * append failed (b is then freed). */
cc_status cc_buf_take(cc_buf *b, char **out, size_t *out_len, const char *what, cc_error *err);

#endif
