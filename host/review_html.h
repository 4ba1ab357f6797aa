/* review_html.h - the review report: one self-contained HTML file (inline CSS
 * and JavaScript, no network, no external assets) listing result rows with
 * the source and the output side by side, a word-level diff, the spans the
 * guard flagged highlighted, a summary of counts and a filter by reason and
 * status.  Rows are streamed: the writer keeps only the counts. */
#ifndef CLINCLEAN_REVIEW_HTML_H
#define CLINCLEAN_REVIEW_HTML_H

#include <stdio.h>

#include "status.h"

/* One clinclean_results row as read from the database (texts may be NULL). */
typedef struct {
    const char *source_table;  /* the user's table */
    const char *out_col;       /* the output column */
    const char *row_key;       /* the id column's value */
    const char *status;        /* ok | needs_review | skipped | error */
    const char *reasons_json;  /* clinclean_results.reasons (JSON array text) or NULL */
    const char *source;        /* source text or NULL when not kept */
    size_t source_len;         /* bytes of source */
    const char *output;        /* output text or NULL */
    size_t output_len;         /* bytes of output */
    const char *finish_reason; /* eos | stop | length | error | skipped, or NULL */
} cc_review_row;

#define CC_REVIEW_MAX_CHECKS 32

typedef struct {
    FILE *f;                                  /* destination (not owned) */
    size_t rows;                              /* rows written */
    size_t by_status[5];                      /* ok, needs_review, skipped, error, other */
    char checks[CC_REVIEW_MAX_CHECKS][24];    /* distinct reason ids seen */
    size_t check_rows[CC_REVIEW_MAX_CHECKS];  /* rows carrying each id */
    size_t n_checks;                          /* used entries */
    size_t diff_cap_words;                    /* word-diff limit: n_src * n_out above this skips the diff */
} cc_review_html;

/* Write the page head.  title is escaped. */
cc_status cc_review_open(cc_review_html *h, FILE *f, const char *title, cc_error *err);
/* Write one row. */
cc_status cc_review_add(cc_review_html *h, const cc_review_row *row, cc_error *err);
/* Write the summary, the filter and the script, and end the page. */
cc_status cc_review_close(cc_review_html *h, const char *db_name, const char *filter, cc_error *err);

/* HTML-escape n bytes of s to f (& < > " ' and control characters). */
void cc_html_escape(FILE *f, const char *s, size_t n);

#endif
