/* status.c - error records: formatting, wrapping with context, names. */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

cc_status cc_fail(cc_error *e, cc_status code, const char *fmt, ...) {
    if (e) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        va_end(ap);
        e->code = code;
    }
    return code;
}

cc_status cc_wrap(cc_error *e, const char *fmt, ...) {
    if (!e) return CC_ERR_INVALID;
    char prefix[CC_ERROR_MSG_MAX];
    char old[CC_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof prefix, fmt, ap);
    va_end(ap);
    memcpy(old, e->msg, sizeof old);
    old[sizeof old - 1] = '\0';
    snprintf(e->msg, sizeof e->msg, "%s: %s", prefix, old);
    if (e->code == CC_OK) e->code = CC_ERR_INVALID;
    return e->code;
}

void cc_error_clear(cc_error *e) {
    if (!e) return;
    e->code = CC_OK;
    e->msg[0] = '\0';
}

const char *cc_status_name(cc_status s) {
    switch (s) {
    case CC_OK: return "ok";
    case CC_ERR_IO: return "i/o error";
    case CC_ERR_FORMAT: return "format error";
    case CC_ERR_NOMEM: return "out of memory";
    case CC_ERR_INVALID: return "invalid argument";
    case CC_ERR_UNSUPPORTED: return "unsupported";
    case CC_ERR_RANGE: return "out of range";
    case CC_ERR_DEVICE: return "device error";
    case CC_ERR_DB: return "database error";
    case CC_ERR_INTERRUPTED: return "interrupted";
    }
    return "unknown";
}
