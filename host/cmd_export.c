/* cmd_export.c - `clinclean export`: the notes, their cleaned text and their
 * results as gzip-compressed JSON lines (one object per row, zlib's gzip
 * writer), for review tools and audits.  Written to FILE.tmp and renamed,
 * so a reader never sees half a file. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "commands.h"
#include "jsonl.h"
#include "notes_scan.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean export --db FILE --table T --id-col ID --text-col SRC --out-col DST\n"
            "                        --jsonl OUT.jsonl.gz [--where EXPR] [--status LIST]\n"
            "\n"
            "Write one gzip-compressed JSON object per row: id, source (or source_blob_base64 for a\n"
            "BLOB), output, and the clinclean_results fields (status, reasons, hashes, run_id, tokens,\n"
            "finish_reason, chunks, elapsed_ms, finished_at), plus \"stale\": true when the source\n"
            "changed after its result was made.  Invalid UTF-8 is written as \\ufffd and flagged with\n"
            "\"invalid_utf8\": [fields].\n"
            "  --where EXPR   only rows where this expression over T's columns is true\n"
            "  --status LIST  only rows whose result status is in LIST (comma separated:\n"
            "                 ok,needs_review,skipped,error,none; none = no result yet)\n");
}

/* Append "key": and a value taken from column i of s. */
static size_t put_field(cc_buf *b, const char *key, sqlite3_stmt *s, int i, bool raw_json) {
    size_t bad = 0;
    cc_buf_puts(b, ",\"");
    cc_buf_puts(b, key);
    cc_buf_puts(b, "\":");
    int t = sqlite3_column_type(s, i);
    if (t == SQLITE_NULL) {
        cc_buf_puts(b, "null");
    } else if (t == SQLITE_INTEGER) {
        char num[32];
        snprintf(num, sizeof num, "%lld", (long long)sqlite3_column_int64(s, i));
        cc_buf_puts(b, num);
    } else if (t == SQLITE_FLOAT) {
        char num[64];
        snprintf(num, sizeof num, "%.17g", sqlite3_column_double(s, i));
        cc_buf_puts(b, num);
    } else {
        const char *v = (const char *)sqlite3_column_text(s, i);
        size_t n = (size_t)sqlite3_column_bytes(s, i);
        json_t *j = raw_json ? json_loadb(v, n, 0, NULL) : NULL;
        if (j && json_is_array(j)) cc_buf_put(b, v, n); /* reasons: our own JSON, checked */
        else bad = cc_json_put_string(b, v, n);
        json_decref(j);
    }
    return bad;
}

static bool status_wanted(const char *list, const char *status) {
    if (!list) return true;
    const char *want = status ? status : "none";
    size_t wn = strlen(want);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == wn && strncmp(p, want, n) == 0) return true;
        p += n + (e ? 1 : 0);
    }
    return false;
}

int cmd_export(int argc, char **argv) {
    enum { OPT_DB = 256, OPT_TABLE, OPT_ID, OPT_TEXT, OPT_OUT, OPT_JSONL, OPT_WHERE, OPT_STATUS };
    static const struct option opts[] = {
        {"db", required_argument, 0, OPT_DB}, {"table", required_argument, 0, OPT_TABLE},
        {"id-col", required_argument, 0, OPT_ID}, {"text-col", required_argument, 0, OPT_TEXT},
        {"out-col", required_argument, 0, OPT_OUT}, {"jsonl", required_argument, 0, OPT_JSONL},
        {"where", required_argument, 0, OPT_WHERE}, {"status", required_argument, 0, OPT_STATUS},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db_path = NULL, *table = NULL, *id_col = NULL, *text_col = NULL, *out_col = NULL, *out_path = NULL,
               *where = NULL, *status_list = NULL;
    cc_error err = {0};
    cc_db *d = NULL;
    cc_table_ref ref = {0};
    sqlite3_stmt *s = NULL;
    gzFile gz = NULL;
    char *tmp = NULL, *sql = NULL;
    cc_buf b = {0};
    int rc = 1;
    int64_t rows = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db_path = optarg; break;
        case OPT_TABLE: table = optarg; break;
        case OPT_ID: id_col = optarg; break;
        case OPT_TEXT: text_col = optarg; break;
        case OPT_OUT: out_col = optarg; break;
        case OPT_JSONL: out_path = optarg; break;
        case OPT_WHERE: where = optarg; break;
        case OPT_STATUS: status_list = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (!db_path || !table || !id_col || !text_col || !out_col || !out_path || optind != argc) {
        fprintf(stderr, "clinclean export: --db, --table, --id-col, --text-col, --out-col and --jsonl are required\n");
        usage(stderr);
        return 2;
    }
    if (cc_db_open(db_path, false, 0, &d, &err) != CC_OK) goto done;
    if (cc_table_resolve(d, table, id_col, text_col, out_col, &ref, &err) != CC_OK) goto done;
    if (!ref.out_exists) {
        cc_fail(&err, CC_ERR_INVALID, "--out-col '%s': no such column in '%s' (nothing was run yet)", out_col, table);
        goto done;
    }
    int64_t dummy;
    if (cc_scan_count(d, &ref, where, &dummy, &err) != CC_OK) goto done; /* validates --where */
    sql = sqlite3_mprintf("SELECT CAST(t.%s AS TEXT), t.%s, t.%s, r.status, r.reasons, r.source_hash, r.model_hash, "
                          "r.config_hash, r.run_id, r.prompt_tokens, r.output_tokens, r.finish_reason, r.chunks, "
                          "r.elapsed_ms, r.finished_at FROM %s AS t LEFT JOIN clinclean_results r ON "
                          "r.source_table=?1 AND r.out_col=?2 AND r.row_key = CAST(t.%s AS TEXT) WHERE (%s) "
                          "ORDER BY %s",
                          ref.q_id, ref.q_text, ref.q_out, ref.q_table, ref.q_id, where && *where ? where : "1",
                          ref.has_rowid ? "t._rowid_" : "1");
    if (!sql || sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK) {
        cc_db_fail(d, &err, "reading rows to export");
        goto done;
    }
    sqlite3_bind_text(s, 1, ref.table, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, ref.out_col, -1, SQLITE_TRANSIENT);
    tmp = sqlite3_mprintf("%s.tmp", out_path);
    if (!tmp || !(gz = gzopen(tmp, "wb6"))) {
        cc_fail(&err, CC_ERR_IO, "%s: cannot create", tmp ? tmp : out_path);
        goto done;
    }
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const char *st = (const char *)sqlite3_column_text(s, 3);
        if (!status_wanted(status_list, st)) continue;
        b.n = 0;
        const char *bad_fields[3];
        int nbad = 0;
        cc_buf_puts(&b, "{\"id\":");
        if (cc_json_put_string(&b, (const char *)sqlite3_column_text(s, 0), (size_t)sqlite3_column_bytes(s, 0)))
            bad_fields[nbad++] = "id";
        int st_type = sqlite3_column_type(s, 1);
        if (st_type == SQLITE_BLOB) {
            cc_buf_puts(&b, ",\"source\":null,\"source_blob_base64\":");
            cc_json_put_base64(&b, sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1));
        } else if (put_field(&b, "source", s, 1, false)) {
            bad_fields[nbad++] = "source";
        }
        if (put_field(&b, "output", s, 2, false)) bad_fields[nbad++] = "output";
        static const char *names[] = {"status", "reasons", "source_hash", "model_hash", "config_hash", "run_id",
                                      "prompt_tokens", "output_tokens", "finish_reason", "chunks", "elapsed_ms",
                                      "finished_at"};
        for (int i = 0; i < 12; i++) put_field(&b, names[i], s, 3 + i, i == 1);
        /* Stale: the source changed after the result was made. */
        if (sqlite3_column_type(s, 5) != SQLITE_NULL) {
            char h[65];
            const void *src = st_type == SQLITE_BLOB ? sqlite3_column_blob(s, 1) : (const void *)sqlite3_column_text(s, 1);
            cc_source_hash(st_type, src, (size_t)sqlite3_column_bytes(s, 1), h);
            cc_buf_puts(&b, strcmp(h, (const char *)sqlite3_column_text(s, 5)) != 0 ? ",\"stale\":true" : ",\"stale\":false");
        }
        if (nbad) {
            cc_buf_puts(&b, ",\"invalid_utf8\":[");
            for (int i = 0; i < nbad; i++) {
                if (i) cc_buf_puts(&b, ",");
                cc_buf_puts(&b, "\"");
                cc_buf_puts(&b, bad_fields[i]);
                cc_buf_puts(&b, "\"");
            }
            cc_buf_puts(&b, "]");
        }
        cc_buf_puts(&b, "}\n");
        if (b.oom) {
            cc_fail(&err, CC_ERR_NOMEM, "out of memory exporting row %lld", (long long)rows);
            goto done;
        }
        if (gzwrite(gz, b.p, (unsigned)b.n) != (int)b.n) {
            int zerr;
            cc_fail(&err, CC_ERR_IO, "%s: write failed: %s", tmp, gzerror(gz, &zerr));
            goto done;
        }
        rows++;
    }
    if (step != SQLITE_DONE) {
        cc_db_fail(d, &err, "reading rows to export");
        goto done;
    }
    int zr = gzclose(gz);
    gz = NULL;
    if (zr != Z_OK) {
        cc_fail(&err, CC_ERR_IO, "%s: closing failed (zlib %d)", tmp, zr);
        goto done;
    }
    if (rename(tmp, out_path) != 0) {
        cc_fail(&err, CC_ERR_IO, "%s: cannot rename into place", out_path);
        goto done;
    }
    printf("clinclean: exported %lld rows to %s\n", (long long)rows, out_path);
    rc = 0;
done:
    if (gz) gzclose(gz);
    if (rc && tmp) remove(tmp);
    if (rc) fprintf(stderr, "clinclean export: %s\n", err.msg);
    cc_buf_free(&b);
    sqlite3_free(tmp);
    sqlite3_free(sql);
    sqlite3_finalize(s);
    cc_table_ref_free(&ref);
    cc_db_close(d);
    return rc;
}
