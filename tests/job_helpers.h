/* job_helpers.h - shared by the job tests: an engine opener that returns the
 * test double (configured through globals), the expected cleaned text of a
 * note, and a consistency check of a database after runs.  Header-only. */
#ifndef CLINCLEAN_JOB_HELPERS_H
#define CLINCLEAN_JOB_HELPERS_H

#include <ctype.h>
#include <errno.h>
#include <unistd.h>

#include "commands.h"
#include "engine.h"
#include "job.h"
#include "rewriter_double.h"
#include "sample_db.h"

static size_t g_cap = 8;           /* double's queue capacity */
static int32_t g_max_tokens = 300; /* double's max_note_tokens */
static uint64_t g_seed = 7;        /* shuffle seed (0: FIFO) */
static int g_latency_us = 0;       /* per-poll latency */
static int g_per_poll = 3;         /* results per poll at most */
static bool g_guard = false;       /* run the faithfulness guard (the job-loop tests judge the loop alone) */

static inline cc_status open_double(const cc_engine_options *o, cc_rewriter *out, cc_engine_info *info, cc_error *err) {
    (void)o;
    (void)err;
    *out = dbl_make(g_cap, g_max_tokens, g_seed);
    ((dbl_ctx *)out->ctx)->latency_us = g_latency_us;
    ((dbl_ctx *)out->ctx)->per_poll = g_per_poll;
    ((dbl_ctx *)out->ctx)->fail_marker = "FAILME";
    ((dbl_ctx *)out->ctx)->truncate_marker = "TRUNCME";
    snprintf(info->device, sizeof info->device, "test double (lower-case)");
    cc_sha256_hex("double-config", 13, info->config_sha256);
    cc_sha256_hex("double-prompt", 13, info->prompt_sha256);
    return CC_OK;
}

/* A model file for -m (its hash feeds the incremental rule); created once,
 * before any fork, in this process's temporary directory. */
static inline const char *test_model(void) {
    static const char *p;
    if (!p) {
        p = tmp_path("model.gguf");
        FILE *f = fopen(p, "wb");
        if (f) {
            fputs("not really a model", f);
            fclose(f);
        }
    }
    return p;
}

/* Run `clinclean run` on the sample table with the double; extra args appended. */
static inline int run_cli(const char *db, const char *const *extra, int n_extra) {
    const char *base[] = {"run", "--db", db, "--table", "discharge_summaries", "--id-col", "id", "--text-col",
                          "summary", "--out-col", "clean", "-m", test_model(), "--progress", "none"};
    int nb = (int)(sizeof base / sizeof base[0]);
    char *argv[64];
    for (int i = 0; i < nb; i++) argv[i] = (char *)base[i];
    for (int i = 0; i < n_extra; i++) argv[nb + i] = (char *)extra[i];
    argv[nb + n_extra] = NULL;
    fflush(stdout);
    return cc_run_command(nb + n_extra, argv, open_double, g_guard);
}

/* What the double should have produced for a source value: decode, repair,
 * lower-case ASCII; compared with outer white space trimmed. */
static inline char *expected_output(int type, const void *data, size_t n) {
    char *dec = NULL, *rep = NULL, *moj = NULL;
    size_t dn, rn, mn, bad, first;
    cc_error e = {0};
    if (type == SQLITE_BLOB) {
        if (cc_text_decode_blob(data, n, CC_CODEC_ZLIB, 1 << 24, &dec, &dn, &e) != CC_OK) return NULL;
        data = dec;
        n = dn;
    }
    if (cc_utf8_repair(data, n, &rep, &rn, &bad, &first, &e) != CC_OK) goto done;
    if (cc_mojibake_repair(rep, rn, &moj, &mn, NULL, &e) != CC_OK) goto done;
    for (size_t i = 0; i < mn; i++) moj[i] = (char)((moj[i] >= 'A' && moj[i] <= 'Z') ? moj[i] + 32 : moj[i]);
done:
    free(dec);
    free(rep);
    return moj;
}

static inline bool same_trimmed(const char *a, size_t an, const char *b, size_t bn) {
    while (an && isspace((unsigned char)a[0])) a++, an--;
    while (an && isspace((unsigned char)a[an - 1])) an--;
    while (bn && isspace((unsigned char)b[0])) b++, bn--;
    while (bn && isspace((unsigned char)b[bn - 1])) bn--;
    return an == bn && memcmp(a, b, an) == 0;
}

/* The final state is consistent: exactly one result per row; the output
 * column holds the expected cleaned text exactly for ok/needs_review rows
 * and NULL otherwise; clinclean_results.output_text agrees with it.
 * Returns the number of rows that violate this (0 = consistent). */
static inline int check_state(const char *db, bool allow_missing, int64_t *n_rows) {
    sqlite3 *d;
    sqlite3_stmt *s = NULL;
    int bad = 0;
    *n_rows = 0;
    if (sqlite3_open(db, &d) != SQLITE_OK) return -1;
    sqlite3_busy_timeout(d, 10000);
    const char *sql =
        "SELECT t.id, t.summary, t.clean, r.status, r.output_text, "
        "(SELECT count(*) FROM clinclean_results x WHERE x.source_table='discharge_summaries' AND x.out_col='clean' "
        " AND x.row_key = CAST(t.id AS TEXT)) FROM discharge_summaries t LEFT JOIN clinclean_results r ON "
        "r.source_table='discharge_summaries' AND r.out_col='clean' AND r.row_key = CAST(t.id AS TEXT)";
    if (sqlite3_prepare_v2(d, sql, -1, &s, NULL) != SQLITE_OK) {
        fprintf(stderr, "check_consistent: %s\n", sqlite3_errmsg(d));
        sqlite3_close(d);
        return -1;
    }
    while (sqlite3_step(s) == SQLITE_ROW) {
        (*n_rows)++;
        long long id = sqlite3_column_int64(s, 0);
        const char *st = (const char *)sqlite3_column_text(s, 3);
        int count = sqlite3_column_int(s, 5);
        if (count == 0 && allow_missing) { /* not done yet: must not be half written */
            if (sqlite3_column_type(s, 2) != SQLITE_NULL) fprintf(stderr, "row %lld: output without result\n", id), bad++;
            continue;
        }
        if (count != 1 || !st) {
            fprintf(stderr, "row %lld: %d results\n", id, count);
            bad++;
            continue;
        }
        bool has_out = strcmp(st, "ok") == 0 || strcmp(st, "needs_review") == 0;
        int ct = sqlite3_column_type(s, 2);
        if (!has_out) {
            if (ct != SQLITE_NULL) fprintf(stderr, "row %lld: status %s but output set\n", id, st), bad++;
            continue;
        }
        const char *clean = (const char *)sqlite3_column_text(s, 2);
        size_t cn = (size_t)sqlite3_column_bytes(s, 2);
        const char *ot = (const char *)sqlite3_column_text(s, 4);
        if (!clean || !ot || strcmp(clean, ot) != 0) {
            fprintf(stderr, "row %lld: output column and output_text differ\n", id);
            bad++;
            continue;
        }
        int stype = sqlite3_column_type(s, 1);
        const void *src = stype == SQLITE_BLOB ? sqlite3_column_blob(s, 1) : (const void *)sqlite3_column_text(s, 1);
        char *want = expected_output(stype, src, (size_t)sqlite3_column_bytes(s, 1));
        if (!want || !same_trimmed(clean, cn, want, strlen(want))) {
            fprintf(stderr, "row %lld: output is not the cleaned source\n", id);
            bad++;
        }
        free(want);
    }
    sqlite3_finalize(s);
    sqlite3_close(d);
    return bad;
}

static inline int check_consistent(const char *db, int64_t *n_rows) { return check_state(db, false, n_rows); }

#endif
