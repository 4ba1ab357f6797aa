/* rewriter.h - the streaming interface between the batch job (SQLite side) and
 * whatever turns a note into cleaned text (the engine + scheduler + tokenizer).
 *
 * The job submits notes tagged with an opaque 64-bit tag and polls finished
 * rewrites, which may come back in any order.  The engine side implements this
 * vtable; tests implement it with deterministic doubles.  All functions return
 * a cc_status and fill err on failure; a failure of one note is reported in its
 * cc_rewrite_result (status != CC_OK), not as a failure of the call. */
#ifndef CLINCLEAN_REWRITER_H
#define CLINCLEAN_REWRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

typedef enum {
    CC_FINISH_EOS = 0,   /* the model emitted an end token */
    CC_FINISH_STOP,      /* a configured stop string matched */
    CC_FINISH_LENGTH,    /* max_new_tokens reached (output may be truncated) */
    CC_FINISH_ERROR,     /* the note failed; see result.err */
} cc_finish_reason;

typedef struct {
    uint64_t tag;               /* as given to submit */
    cc_status status;           /* CC_OK or why this note failed */
    char err[256];              /* message when status != CC_OK */
    char *text;                 /* malloc'd cleaned text (UTF-8, NUL-terminated); caller frees */
    size_t text_len;            /* bytes in text */
    int32_t prompt_tokens;      /* tokens of the rendered prompt (shared prefix included) */
    int32_t output_tokens;      /* tokens generated */
    cc_finish_reason finish;    /* why generation ended */
    double elapsed_ms;          /* wall time from admission to finish */
} cc_rewrite_result;

typedef struct cc_rewriter {
    void *ctx; /* implementation state */
    /* Tokens the note would take inside the prompt (for chunking and --dry-run). */
    cc_status (*count_tokens)(void *ctx, const char *text, size_t len, int32_t *n_tokens, cc_error *err);
    /* Longest note (in tokens) one request may carry so prompt + output fit the context. */
    int32_t (*max_note_tokens)(void *ctx);
    /* Queue a note.  Never blocks for long; may return CC_ERR_RANGE when the queue is full
     * (the caller then polls before submitting more). */
    cc_status (*submit)(void *ctx, uint64_t tag, const char *text, size_t len, cc_error *err);
    /* Fill up to cap results; *n_out = how many.  With wait, block until at least one is
     * ready or nothing is pending.  Drives the engine forward (one or more steps). */
    cc_status (*poll)(void *ctx, cc_rewrite_result *out, size_t cap, size_t *n_out, bool wait, cc_error *err);
    /* Notes submitted and not yet returned by poll. */
    size_t (*pending)(void *ctx);
    /* Free everything; pending notes are dropped. */
    void (*destroy)(void *ctx);
} cc_rewriter;

#endif
