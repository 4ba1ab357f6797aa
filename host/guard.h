/* guard.h - the faithfulness guard: deterministic checks of a model's rewrite
 * against its source note (numbers and units, frequencies and routes,
 * negation, laterality, medications, do-not-use forms, de-identification
 * placeholders, truncation and repetition).  No model, no files at run time:
 * every lexicon is compiled in (guard_lex.c).
 *
 * A rewrite passes (CC_GUARD_OK) or needs review (CC_GUARD_REVIEW) with
 * machine-readable reasons: which check, a human detail, and the byte spans
 * in the source and the output it points at.  The reasons serialise to the
 * JSON array stored in clinclean_results.reasons (schema/clinclean.sql):
 *   [{"check":"numbers","detail":"...","src_start":12,"src_end":18,"out_start":null,"out_end":null}] */
#ifndef CLINCLEAN_GUARD_H
#define CLINCLEAN_GUARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* Version of the rule set, stored per row so a rule change can re-check rows. */
#define CC_GUARD_VERSION "guard-73"

/* At most this many reasons are kept per row; the last one says how many were left out. */
#define CC_GUARD_MAX_REASONS 48

typedef enum { CC_GUARD_OK = 0, CC_GUARD_REVIEW = 1 } cc_guard_verdict;

typedef struct {
    char check[24];             /* check id: numbers, frequency, route, negation, laterality,
                                   medication, do_not_use, placeholder, truncation, repetition */
    char detail[200];           /* one human-readable sentence */
    int64_t src_start, src_end; /* byte span [start, end) in the source, -1 when none */
    int64_t out_start, out_end; /* byte span [start, end) in the output, -1 when none */
} cc_guard_reason;

typedef struct {
    cc_guard_verdict verdict;   /* OK when n_reasons == 0 */
    cc_guard_reason *reasons;   /* [n_reasons], malloc'd */
    size_t n_reasons, cap;      /* used and allocated */
    size_t n_dropped;           /* reasons beyond CC_GUARD_MAX_REASONS not kept */
} cc_guard_result;

/* Run every check on one (source, output) pair.  finish_reason is the
 * generator's ("eos", "stop", "length", "error") or NULL when unknown.
 * res is overwritten (free it with cc_guard_result_free).  Fails only on
 * memory or on texts over 16 MiB. */
cc_status cc_guard_check(const char *src, size_t src_len, const char *out, size_t out_len,
                         const char *finish_reason, cc_guard_result *res, cc_error *err);
void cc_guard_result_free(cc_guard_result *res);

/* What `clinclean run --on-flag keep|null` does with a flagged rewrite: keep
 * writes it to the output column (the row is marked needs_review either way),
 * null leaves the column NULL.  The reasons always go to clinclean_results. */
typedef enum { CC_ON_FLAG_KEEP = 0, CC_ON_FLAG_NULL = 1 } cc_on_flag;
cc_status cc_on_flag_parse(const char *s, cc_on_flag *out, cc_error *err);
/* "ok" or "needs_review": the clinclean_results.status of a checked row. */
const char *cc_guard_status(const cc_guard_result *res);
/* Whether the output column receives the rewrite under policy f. */
bool cc_guard_write_output(const cc_guard_result *res, cc_on_flag f);

/* The reasons as a JSON array (malloc'd, NUL-terminated); NULL on OOM. */
char *cc_guard_reasons_json(const cc_guard_result *res);
/* Parse a reasons array as stored in clinclean_results.reasons into res
 * (verdict REVIEW when non-empty).  Spans that are null or absent become -1;
 * unknown keys are ignored. */
cc_status cc_guard_reasons_parse(const char *json, size_t len, cc_guard_result *res, cc_error *err);

#endif
