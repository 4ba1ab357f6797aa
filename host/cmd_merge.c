/* cmd_merge.c - `clinclean merge`: fold per-shard output databases into one.
 *
 * Each shard database is a copy of the source database that `clinclean run
 * --shard K/N` worked on.  For every result in a shard whose row exists in the
 * target, the shard's output column value and clinclean_results row are
 * copied unless the target already holds a result at least as new
 * (finished_at), and the shard's clinclean_runs rows are copied once (a run is
 * recognised by its start time, host and pid), so merging twice changes
 * nothing.  Each shard is merged in one transaction. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "notes_db.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean merge --db TARGET --table T --id-col ID --text-col SRC --out-col DST SHARD.db...\n"
            "\n"
            "Copy the cleaned text, clinclean_results and clinclean_runs of each shard database (copies\n"
            "of TARGET processed with `clinclean run --shard K/N`) into TARGET.  A target result that is\n"
            "as new or newer is kept.  Idempotent.\n"
            "  --busy-timeout MS  wait this long for other writers (default 30000)\n");
}

typedef struct {
    int64_t copied;   /* results copied */
    int64_t kept;     /* target result as new or newer: kept */
    int64_t missing;  /* row not in the target table */
    int64_t runs;     /* runs copied */
} merge_stats;

static cc_status exec_bind2(cc_db *d, const char *sql, const char *a, const char *b, int64_t *changes,
                            const char *what, cc_error *err) {
    sqlite3_stmt *s = NULL;
    cc_status st = CC_OK;
    if (sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK) return cc_db_fail(d, err, what);
    if (a) sqlite3_bind_text(s, 1, a, -1, SQLITE_TRANSIENT);
    if (b) sqlite3_bind_text(s, 2, b, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE) st = cc_db_fail(d, err, what);
    if (changes) *changes = sqlite3_changes(d->db);
    sqlite3_finalize(s);
    return st;
}

static const char *RUN_COLS =
    "started_at, ended_at, clinclean_version, git_commit, model_path, model_sha256, config_hash, prompt_hash, "
    "device, source_table, id_col, text_col, out_col, shard, where_expr, host, pid, unfinished_before, rows_ok, "
    "rows_review, rows_skipped, rows_error, rows_unchanged, prompt_tokens, output_tokens, busy_ms, status";
static const char *RUN_SAME =
    "m.started_at = s.started_at AND m.host = s.host AND m.pid = s.pid AND m.source_table = s.source_table "
    "AND m.out_col = s.out_col";

static cc_status merge_one(cc_db *d, const cc_table_ref *ref, const char *table, const char *id_col,
                           const char *out_col, const char *shard_path, merge_stats *ms, cc_error *err) {
    cc_status st = CC_OK;
    sqlite3_stmt *s = NULL, *cur = NULL, *upd_r = NULL, *upd_k = NULL, *ins = NULL;
    char *sql = NULL;
    bool attached = false, in_txn = false;
    if ((st = exec_bind2(d, "ATTACH DATABASE ?1 AS shard", shard_path, NULL, NULL, "attaching the shard", err)) != CC_OK)
        goto done;
    attached = true;
    /* The shard must be a clinclean database of the same schema holding the table. */
    if (sqlite3_prepare_v2(d->db, "SELECT value FROM shard.clinclean_meta WHERE key='schema_version'", -1, &s, NULL) !=
            SQLITE_OK ||
        sqlite3_step(s) != SQLITE_ROW || sqlite3_column_int(s, 0) != CC_SCHEMA_VERSION) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: not a clinclean database of schema version %d", shard_path,
                     CC_SCHEMA_VERSION);
        goto done;
    }
    sqlite3_finalize(s);
    s = NULL;
    if (sqlite3_table_column_metadata(d->db, "shard", table, id_col, NULL, NULL, NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_table_column_metadata(d->db, "shard", table, out_col, NULL, NULL, NULL, NULL, NULL) != SQLITE_OK) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: has no table '%s' with columns '%s' and '%s'", shard_path, table, id_col,
                     out_col);
        goto done;
    }
    if ((st = cc_db_exec(d, "BEGIN IMMEDIATE", "starting the merge", err)) != CC_OK) goto done;
    in_txn = true;
    /* Runs: copy those not already present, then map shard run ids to target ids. */
    if (!(sql = sqlite3_mprintf("INSERT INTO main.clinclean_runs(%s) SELECT %s FROM shard.clinclean_runs s "
                                "WHERE s.source_table=?1 AND s.out_col=?2 AND NOT EXISTS "
                                "(SELECT 1 FROM main.clinclean_runs m WHERE %s) ORDER BY s.run_id",
                                RUN_COLS, RUN_COLS, RUN_SAME))) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    int64_t nruns;
    if ((st = exec_bind2(d, sql, table, out_col, &nruns, "copying runs", err)) != CC_OK) goto done;
    ms->runs += nruns;
    sqlite3_free(sql);
    sql = NULL;
    if ((st = cc_db_exec(d, "CREATE TEMP TABLE IF NOT EXISTS run_map(old INTEGER PRIMARY KEY, new INTEGER NOT NULL); "
                            "DELETE FROM temp.run_map", "mapping runs", err)) != CC_OK)
        goto done;
    if (!(sql = sqlite3_mprintf("INSERT INTO temp.run_map SELECT s.run_id, m.run_id FROM shard.clinclean_runs s "
                                "JOIN main.clinclean_runs m ON %s WHERE s.source_table=?1 AND s.out_col=?2",
                                RUN_SAME))) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if ((st = exec_bind2(d, sql, table, out_col, NULL, "mapping runs", err)) != CC_OK) goto done;
    sqlite3_free(sql);
    /* Results joined with the shard's rows (for the id value and the output). */
    sql = sqlite3_mprintf("SELECT %s, t.%s, t.%s, r.row_key, map.new, r.status, r.reasons, r.source_hash, "
                          "r.model_hash, r.config_hash, r.source_text, r.output_text, r.prompt_tokens, "
                          "r.output_tokens, r.finish_reason, r.chunks, r.elapsed_ms, r.finished_at, "
                          "(SELECT finished_at FROM main.clinclean_results x WHERE x.source_table=?1 AND "
                          "x.out_col=?2 AND x.row_key=r.row_key) "
                          "FROM shard.%s AS t JOIN shard.clinclean_results r ON r.source_table=?1 AND r.out_col=?2 "
                          "AND r.row_key = CAST(t.%s AS TEXT) JOIN temp.run_map map ON map.old = r.run_id",
                          ref->has_rowid ? "t._rowid_" : "0", ref->q_id, ref->q_out, ref->q_table, ref->q_id);
    if (!sql || sqlite3_prepare_v2(d->db, sql, -1, &cur, NULL) != SQLITE_OK) {
        st = sql ? cc_db_fail(d, err, "reading shard results") : cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    sqlite3_free(sql);
    sql = NULL;
    sqlite3_bind_text(cur, 1, table, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(cur, 2, out_col, -1, SQLITE_TRANSIENT);
    if (ref->has_rowid) {
        sql = sqlite3_mprintf("UPDATE main.%s SET %s = ?1 WHERE _rowid_ = ?2 AND %s IS ?3", ref->q_table, ref->q_out,
                              ref->q_id);
        if (!sql || sqlite3_prepare_v2(d->db, sql, -1, &upd_r, NULL) != SQLITE_OK) {
            st = cc_db_fail(d, err, "preparing the output update");
            goto done;
        }
        sqlite3_free(sql);
    }
    sql = sqlite3_mprintf("UPDATE main.%s SET %s = ?1 WHERE %s IS ?3", ref->q_table, ref->q_out, ref->q_id);
    if (!sql || sqlite3_prepare_v2(d->db, sql, -1, &upd_k, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "preparing the output update");
        goto done;
    }
    if (sqlite3_prepare_v2(d->db,
                           "INSERT OR REPLACE INTO main.clinclean_results(source_table, out_col, row_key, run_id, "
                           "status, reasons, source_hash, model_hash, config_hash, source_text, output_text, "
                           "prompt_tokens, output_tokens, finish_reason, chunks, elapsed_ms, finished_at) "
                           "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
                           -1, &ins, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "preparing the result copy");
        goto done;
    }
    int rc;
    while ((rc = sqlite3_step(cur)) == SQLITE_ROW) {
        const char *fin = (const char *)sqlite3_column_text(cur, 17);
        const char *have = (const char *)sqlite3_column_text(cur, 18);
        if (have && fin && strcmp(have, fin) >= 0) {
            ms->kept++;
            continue;
        }
        int changes = 0;
        for (int attempt = 0; attempt < 2 && changes == 0; attempt++) {
            sqlite3_stmt *u = attempt == 0 ? upd_r : upd_k;
            if (!u) continue;
            sqlite3_bind_value(u, 1, sqlite3_column_value(cur, 2));
            if (attempt == 0) sqlite3_bind_int64(u, 2, sqlite3_column_int64(cur, 0));
            sqlite3_bind_value(u, 3, sqlite3_column_value(cur, 1));
            int urc = sqlite3_step(u);
            sqlite3_reset(u);
            if (urc != SQLITE_DONE) {
                st = cc_db_fail(d, err, "writing the output column");
                goto done;
            }
            changes = sqlite3_changes(d->db);
        }
        if (changes == 0) {
            ms->missing++;
            continue;
        }
        sqlite3_bind_text(ins, 1, table, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, out_col, -1, SQLITE_TRANSIENT);
        for (int i = 3; i <= 17; i++) sqlite3_bind_value(ins, i, sqlite3_column_value(cur, i));
        int irc = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (irc != SQLITE_DONE) {
            st = cc_db_fail(d, err, "copying a result");
            goto done;
        }
        ms->copied++;
    }
    if (rc != SQLITE_DONE) {
        st = cc_db_fail(d, err, "reading shard results");
        goto done;
    }
done:
    sqlite3_free(sql);
    sqlite3_finalize(s);
    sqlite3_finalize(cur);
    sqlite3_finalize(upd_r);
    sqlite3_finalize(upd_k);
    sqlite3_finalize(ins);
    if (in_txn) {
        if (st == CC_OK) st = cc_db_exec(d, "COMMIT", "committing the merge", err);
        if (st != CC_OK) sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
    }
    if (attached) sqlite3_exec(d->db, "DETACH DATABASE shard", NULL, NULL, NULL);
    if (st != CC_OK) cc_wrap(err, "merging %s", shard_path);
    return st;
}

int cmd_merge(int argc, char **argv) {
    enum { OPT_DB = 256, OPT_TABLE, OPT_ID, OPT_TEXT, OPT_OUT, OPT_BUSY };
    static const struct option opts[] = {
        {"db", required_argument, 0, OPT_DB}, {"table", required_argument, 0, OPT_TABLE},
        {"id-col", required_argument, 0, OPT_ID}, {"text-col", required_argument, 0, OPT_TEXT},
        {"out-col", required_argument, 0, OPT_OUT}, {"busy-timeout", required_argument, 0, OPT_BUSY},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db_path = NULL, *table = NULL, *id_col = NULL, *text_col = NULL, *out_col = NULL;
    int busy = CC_DB_BUSY_MS_DEFAULT;
    cc_error err = {0};
    cc_db *d = NULL;
    cc_table_ref ref = {0};
    int rc = 1;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case OPT_DB: db_path = optarg; break;
        case OPT_TABLE: table = optarg; break;
        case OPT_ID: id_col = optarg; break;
        case OPT_TEXT: text_col = optarg; break;
        case OPT_OUT: out_col = optarg; break;
        case OPT_BUSY: busy = atoi(optarg); break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (!db_path || !table || !id_col || !text_col || !out_col || optind >= argc) {
        fprintf(stderr, "clinclean merge: --db, --table, --id-col, --text-col, --out-col and at least one shard "
                        "database are required\n");
        usage(stderr);
        return 2;
    }
    merge_stats ms = {0};
    if (cc_db_open(db_path, false, busy, &d, &err) != CC_OK) goto done;
    if (cc_table_resolve(d, table, id_col, text_col, out_col, &ref, &err) != CC_OK) goto done;
    if (cc_table_add_out_col(d, &ref, &err) != CC_OK) goto done;
    for (int i = optind; i < argc; i++)
        if (merge_one(d, &ref, ref.table, ref.id_col, ref.out_col, argv[i], &ms, &err) != CC_OK) goto done;
    printf("clinclean: merged %d shard databases into %s: %lld results copied, %lld kept (target as new), "
           "%lld rows missing in the target, %lld runs copied\n",
           argc - optind, db_path, (long long)ms.copied, (long long)ms.kept, (long long)ms.missing,
           (long long)ms.runs);
    rc = 0;
done:
    if (rc) fprintf(stderr, "clinclean merge: %s\n", err.msg);
    cc_table_ref_free(&ref);
    cc_db_close(d);
    return rc;
}
