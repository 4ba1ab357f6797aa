/* cmd_review.c - `clinclean review`: write the review report of a database's
 * clinclean_results rows (optionally only one status) as one self-contained
 * HTML file.  The database is opened read-only; the report is written to a
 * temporary file beside the target and renamed into place when complete. */
#include <getopt.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "review_html.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean review --db FILE [--status STATUS] --html REPORT.html\n"
            "\n"
            "Write a self-contained HTML review report (no network, no external assets) of the\n"
            "rows in clinclean_results: a summary, and per row the source and the output side by\n"
            "side with a word-level diff and the spans the faithfulness guard flagged\n"
            "highlighted, filterable by reason and status.\n"
            "  --db FILE        the SQLite database clinclean ran on (opened read-only)\n"
            "  --status STATUS  only rows with this status (ok, needs_review, skipped, error)\n"
            "  --html FILE      where to write the report ('-' for standard output)\n");
}

static const char *col_text(sqlite3_stmt *s, int i, size_t *len) {
    const char *t = (const char *)sqlite3_column_text(s, i);
    if (len) *len = t ? (size_t)sqlite3_column_bytes(s, i) : 0;
    return t;
}

int cmd_review(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'd'},
                                         {"status", required_argument, 0, 's'},
                                         {"html", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *db_path = NULL, *status = NULL, *html = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    FILE *f = NULL;
    char *tmp = NULL;
    int rc = 1;
    cc_error err = {0};
    cc_review_html h;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': db_path = optarg; break;
        case 's': status = optarg; break;
        case 'o': html = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc || !db_path || !html) {
        usage(stderr);
        return 2;
    }
    if (status && strcmp(status, "ok") != 0 && strcmp(status, "needs_review") != 0 && strcmp(status, "skipped") != 0 &&
        strcmp(status, "error") != 0) {
        fprintf(stderr, "clinclean review: --status must be ok, needs_review, skipped or error, not '%s'\n", status);
        return 2;
    }
    if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "clinclean review: %s: cannot open: %s\n", db_path, db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    const char *sql =
        "SELECT source_table, out_col, row_key, status, reasons, source_text, output_text, finish_reason "
        "FROM clinclean_results WHERE (?1 IS NULL OR status = ?1) ORDER BY source_table, out_col, row_key";
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) {
        fprintf(stderr, "clinclean review: %s: cannot read clinclean_results (is this a clinclean database?): %s\n", db_path,
                sqlite3_errmsg(db));
        goto done;
    }
    if (status) sqlite3_bind_text(q, 1, status, -1, SQLITE_STATIC);
    if (strcmp(html, "-") == 0) {
        f = stdout;
    } else {
        size_t n = strlen(html) + 16;
        tmp = malloc(n);
        if (!tmp) goto done;
        snprintf(tmp, n, "%s.tmp%ld", html, (long)getpid());
        f = fopen(tmp, "wb");
        if (!f) {
            fprintf(stderr, "clinclean review: %s: cannot create\n", tmp);
            goto done;
        }
    }
    if (cc_review_open(&h, f, "clinclean review", &err) != CC_OK) goto fail;
    int step;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        cc_review_row r;
        memset(&r, 0, sizeof r);
        r.source_table = col_text(q, 0, NULL);
        r.out_col = col_text(q, 1, NULL);
        r.row_key = col_text(q, 2, NULL);
        r.status = col_text(q, 3, NULL);
        r.reasons_json = col_text(q, 4, NULL);
        r.source = col_text(q, 5, &r.source_len);
        r.output = col_text(q, 6, &r.output_len);
        r.finish_reason = col_text(q, 7, NULL);
        if (cc_review_add(&h, &r, &err) != CC_OK) goto fail;
    }
    if (step != SQLITE_DONE) {
        fprintf(stderr, "clinclean review: %s: reading clinclean_results: %s\n", db_path, sqlite3_errmsg(db));
        goto done;
    }
    if (cc_review_close(&h, db_path, status, &err) != CC_OK) goto fail;
    if (f != stdout) {
        int cr = fclose(f);
        f = NULL;
        if (cr != 0 || rename(tmp, html) != 0) {
            fprintf(stderr, "clinclean review: %s: cannot write\n", html);
            goto done;
        }
        fprintf(stderr, "clinclean review: %zu rows (%zu need review) -> %s\n", h.rows, h.by_status[1], html);
    }
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "clinclean review: %s\n", err.msg);
done:
    if (f && f != stdout) fclose(f);
    if (rc != 0 && tmp) unlink(tmp);
    free(tmp);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return rc;
}
