/* textbuf.c - the growable text buffer (see textbuf.h). */
#include "textbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cc_buf_put(cc_buf *b, const void *data, size_t n) {
    if (b->oom) return;
    size_t need;
    if (!cc_add_size(b->n, n, &need) || !cc_add_size(need, 1, &need)) {
        b->oom = true;
        return;
    }
    if (need > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < need)
            if (!cc_mul_size(cap, 2, &cap)) {
                b->oom = true;
                return;
            }
        char *np = realloc(b->p, cap);
        if (!np) {
            b->oom = true;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->n, data, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void cc_buf_puts(cc_buf *b, const char *s) { cc_buf_put(b, s, strlen(s)); }

void cc_buf_fmt(cc_buf *b, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->oom = true; /* an encoding error: the text would be incomplete */
        return;
    }
    if ((size_t)n < sizeof tmp) {
        cc_buf_put(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1); /* longer than the stack buffer: format again */
    if (!big) {
        b->oom = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    cc_buf_put(b, big, (size_t)n);
    free(big);
}

void cc_buf_free(cc_buf *b) {
    free(b->p);
    memset(b, 0, sizeof *b);
}

cc_status cc_buf_take(cc_buf *b, char **out, size_t *out_len, const char *what, cc_error *err) {
    if (!b->oom && !b->p) cc_buf_put(b, "", 0);
    if (b->oom) {
        cc_buf_free(b);
        return cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", what);
    }
    *out = b->p;
    *out_len = b->n;
    memset(b, 0, sizeof *b);
    return CC_OK;
}
