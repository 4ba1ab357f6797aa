/* notes_db.c - opening the database, schema version, identifiers, the output
 * column, the model-hash cache and run bookkeeping (see notes_db.h). */
#include "notes_db.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sha256.h"
#include "text_prep.h"
#include "version.h"

/* ================================================================ basics */

void cc_utc_now(char out[32]) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
             tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000);
}

double cc_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

cc_status cc_db_fail(cc_db *d, cc_error *err, const char *what) {
    int code = d && d->db ? sqlite3_extended_errcode(d->db) : 0;
    return cc_fail(err, CC_ERR_DB, "%s: %s (sqlite %d, %s)", what, d && d->db ? sqlite3_errmsg(d->db) : "no database",
                   code, d && d->path ? d->path : "?");
}

cc_status cc_db_exec(cc_db *d, const char *sql, const char *what, cc_error *err) {
    char *msg = NULL;
    if (sqlite3_exec(d->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        cc_status st = cc_fail(err, CC_ERR_DB, "%s: %s (%s)", what, msg ? msg : sqlite3_errmsg(d->db), d->path);
        sqlite3_free(msg);
        return st;
    }
    return CC_OK;
}

/* ================================================================ open + schema */

static cc_status check_schema(cc_db *d, cc_error *err) {
    cc_status st = CC_OK;
    sqlite3_stmt *s = NULL;
    /* Create what is missing in one transaction, then read the version back. */
    if ((st = cc_db_exec(d, "BEGIN IMMEDIATE", "starting the schema transaction", err)) != CC_OK) return st;
    char *msg = NULL;
    if (sqlite3_exec(d->db, cc_schema_sql, NULL, NULL, &msg) != SQLITE_OK) {
        st = cc_fail(err, CC_ERR_DB, "%s: creating the clinclean tables: %s", d->path, msg ? msg : "?");
        sqlite3_free(msg);
        goto done;
    }
    if (sqlite3_prepare_v2(d->db, "SELECT value FROM clinclean_meta WHERE key = 'schema_version'", -1, &s, NULL) !=
        SQLITE_OK) {
        st = cc_db_fail(d, err, "reading clinclean_meta.schema_version");
        goto done;
    }
    if (sqlite3_step(s) != SQLITE_ROW) {
        st = cc_fail(err, CC_ERR_DB, "%s: clinclean_meta has no schema_version row", d->path);
        goto done;
    }
    const char *v = (const char *)sqlite3_column_text(s, 0);
    char want[16];
    snprintf(want, sizeof want, "%d", CC_SCHEMA_VERSION);
    if (!v || strcmp(v, want) != 0) {
        st = cc_fail(err, CC_ERR_DB,
                     "%s: clinclean schema version '%s' but this build knows version %s; "
                     "use the clinclean release that wrote it",
                     d->path, v ? v : "(null)", want);
        goto done;
    }
done:
    sqlite3_finalize(s);
    if (st == CC_OK) st = cc_db_exec(d, "COMMIT", "committing the schema", err);
    else sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
    return st;
}

cc_status cc_db_open(const char *path, bool create, int busy_ms, cc_db **out, cc_error *err) {
    cc_status st = CC_OK;
    *out = NULL;
    cc_db *d = calloc(1, sizeof *d);
    if (!d || !(d->path = strdup(path))) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
        goto done;
    }
    d->busy_ms = busy_ms > 0 ? busy_ms : CC_DB_BUSY_MS_DEFAULT;
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path, &d->db, flags, NULL) != SQLITE_OK) {
        st = cc_fail(err, CC_ERR_DB, "%s: cannot open: %s", path, d->db ? sqlite3_errmsg(d->db) : "out of memory");
        goto done;
    }
    sqlite3_extended_result_codes(d->db, 1);
    sqlite3_busy_timeout(d->db, d->busy_ms);
    /* WAL lets readers and one writer proceed together; NORMAL sync is safe
     * against process crashes (a power cut may lose the last commits, which
     * the next run redoes). */
    /* Switching a rollback-journal database to WAL needs an exclusive lock for a
     * moment; when several processes open the same fresh database at once, SQLite
     * may answer SQLITE_BUSY without calling the busy handler, so retry for up to
     * the busy timeout. */
    sqlite3_stmt *s = NULL;
    bool wal = false;
    int rc = SQLITE_BUSY;
    for (int waited_ms = 0;; waited_ms += 10) {
        rc = sqlite3_prepare_v2(d->db, "PRAGMA journal_mode=WAL", -1, &s, NULL);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(s);
            const char *mode = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
            wal = mode && strcmp(mode, "wal") == 0;
        }
        sqlite3_finalize(s);
        s = NULL;
        int prim = rc & 0xff;
        if ((prim != SQLITE_BUSY && prim != SQLITE_LOCKED) || waited_ms >= d->busy_ms) break;
        sqlite3_sleep(10);
    }
    if (rc != SQLITE_ROW) {
        st = cc_db_fail(d, err, "setting WAL journal mode");
        goto done;
    }
    if (!wal && strcmp(path, ":memory:") != 0) {
        st = cc_fail(err, CC_ERR_DB, "%s: cannot switch to WAL journal mode (read-only or network file system?)", path);
        goto done;
    }
    if ((st = cc_db_exec(d, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF", "setting pragmas", err)) != CC_OK)
        goto done;
    st = check_schema(d, err);
done:
    if (st != CC_OK) {
        cc_db_close(d);
        return st;
    }
    *out = d;
    return CC_OK;
}

void cc_db_close(cc_db *d) {
    if (!d) return;
    if (d->db) sqlite3_close_v2(d->db);
    free(d->path);
    free(d);
}

/* ================================================================ identifiers */

cc_status cc_ident_check(const char *name, const char *what, cc_error *err) {
    if (!name || !*name) return cc_fail(err, CC_ERR_INVALID, "%s: empty name", what);
    size_t n = strlen(name), bad;
    if (n > CC_IDENT_MAX) return cc_fail(err, CC_ERR_INVALID, "%s: name longer than %d bytes", what, CC_IDENT_MAX);
    if (!cc_utf8_valid(name, n, &bad))
        return cc_fail(err, CC_ERR_INVALID, "%s: name is not valid UTF-8 at byte %zu", what, bad);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7F)
            return cc_fail(err, CC_ERR_INVALID, "%s: control character in the name at byte %zu", what, i);
    if (sqlite3_strnicmp(name, "sqlite_", 7) == 0 || sqlite3_strnicmp(name, "clinclean_", 10) == 0)
        return cc_fail(err, CC_ERR_INVALID, "%s: '%s' is reserved for SQLite or clinclean", what, name);
    return CC_OK;
}

cc_status cc_ident_quote(const char *name, char **out, cc_error *err) {
    size_t n = strlen(name), quotes = 0;
    for (size_t i = 0; i < n; i++) quotes += name[i] == '"';
    char *q = malloc(n + quotes + 3);
    if (!q) return cc_fail(err, CC_ERR_NOMEM, "out of memory quoting a name");
    size_t o = 0;
    q[o++] = '"';
    for (size_t i = 0; i < n; i++) {
        q[o++] = name[i];
        if (name[i] == '"') q[o++] = '"';
    }
    q[o++] = '"';
    q[o] = '\0';
    *out = q;
    return CC_OK;
}

void cc_table_ref_free(cc_table_ref *ref) {
    if (!ref) return;
    free(ref->table);
    free(ref->id_col);
    free(ref->text_col);
    free(ref->out_col);
    free(ref->q_table);
    free(ref->q_id);
    free(ref->q_text);
    free(ref->q_out);
    memset(ref, 0, sizeof *ref);
}

/* Does table have column col?  Uses the C API, never SQL text. */
static bool has_column(cc_db *d, const char *table, const char *col) {
    return sqlite3_table_column_metadata(d->db, "main", table, col, NULL, NULL, NULL, NULL, NULL) == SQLITE_OK;
}

/* The declared spelling of a table (col == NULL) or of one of its columns;
 * *out malloc'd.  Falls back to the name as given. */
static cc_status declared_name(cc_db *d, const char *table, const char *col, char **out, cc_error *err) {
    sqlite3_stmt *s = NULL;
    const char *sql = col ? "SELECT name FROM pragma_table_info(?1) WHERE name = ?2 COLLATE NOCASE"
                          : "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?1 COLLATE NOCASE";
    if (sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK) return cc_db_fail(d, err, "reading names");
    sqlite3_bind_text(s, 1, table, -1, SQLITE_TRANSIENT);
    if (col) sqlite3_bind_text(s, 2, col, -1, SQLITE_TRANSIENT);
    const char *name = sqlite3_step(s) == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
    *out = strdup(name ? name : col ? col : table);
    sqlite3_finalize(s);
    return *out ? CC_OK : cc_fail(err, CC_ERR_NOMEM, "out of memory");
}

cc_status cc_table_resolve(cc_db *d, const char *table, const char *id_col, const char *text_col,
                           const char *out_col, cc_table_ref *ref, cc_error *err) {
    cc_status st = CC_OK;
    memset(ref, 0, sizeof *ref);
    if ((st = cc_ident_check(table, "--table", err)) != CC_OK) goto done;
    if ((st = cc_ident_check(id_col, "--id-col", err)) != CC_OK) goto done;
    if ((st = cc_ident_check(text_col, "--text-col", err)) != CC_OK) goto done;
    if (out_col && (st = cc_ident_check(out_col, "--out-col", err)) != CC_OK) goto done;
    /* Reading the schema table makes this connection notice tables other
     * connections created since it last looked. */
    if ((st = cc_db_exec(d, "SELECT count(*) FROM sqlite_master", "reading the schema", err)) != CC_OK) goto done;
    if (sqlite3_table_column_metadata(d->db, "main", table, NULL, NULL, NULL, NULL, NULL, NULL) != SQLITE_OK) {
        st = cc_fail(err, CC_ERR_INVALID, "--table '%s': no such table in %s", table, d->path);
        goto done;
    }
    if (!has_column(d, table, id_col)) {
        st = cc_fail(err, CC_ERR_INVALID, "--id-col '%s': no such column in table '%s'", id_col, table);
        goto done;
    }
    if (!has_column(d, table, text_col)) {
        st = cc_fail(err, CC_ERR_INVALID, "--text-col '%s': no such column in table '%s'", text_col, table);
        goto done;
    }
    if (out_col && (sqlite3_stricmp(out_col, text_col) == 0 || sqlite3_stricmp(out_col, id_col) == 0)) {
        st = cc_fail(err, CC_ERR_INVALID, "--out-col '%s' must differ from the id and source columns", out_col);
        goto done;
    }
    ref->out_exists = out_col && has_column(d, table, out_col);
    /* WITHOUT ROWID tables have no _rowid_ column. */
    ref->has_rowid = has_column(d, table, "_rowid_");
    if ((st = declared_name(d, table, NULL, &ref->table, err)) != CC_OK) goto done;
    if ((st = declared_name(d, ref->table, id_col, &ref->id_col, err)) != CC_OK) goto done;
    if ((st = declared_name(d, ref->table, text_col, &ref->text_col, err)) != CC_OK) goto done;
    if (out_col && (st = declared_name(d, ref->table, out_col, &ref->out_col, err)) != CC_OK) goto done;
    if ((st = cc_ident_quote(table, &ref->q_table, err)) != CC_OK) goto done;
    if ((st = cc_ident_quote(id_col, &ref->q_id, err)) != CC_OK) goto done;
    if ((st = cc_ident_quote(text_col, &ref->q_text, err)) != CC_OK) goto done;
    if (out_col && (st = cc_ident_quote(out_col, &ref->q_out, err)) != CC_OK) goto done;
done:
    if (st != CC_OK) cc_table_ref_free(ref);
    return st;
}

cc_status cc_table_add_out_col(cc_db *d, cc_table_ref *ref, cc_error *err) {
    if (ref->out_exists || !ref->q_out) return CC_OK;
    char *sql = sqlite3_mprintf("ALTER TABLE %s ADD COLUMN %s TEXT", ref->q_table, ref->q_out);
    if (!sql) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    cc_status st = cc_db_exec(d, sql, "adding the output column", err);
    sqlite3_free(sql);
    if (st == CC_ERR_DB && strstr(err->msg, "duplicate column")) { /* another shard added it first */
        cc_error_clear(err);
        st = CC_OK;
    }
    if (st == CC_OK) ref->out_exists = true;
    return st;
}

cc_status cc_table_check_key(cc_db *d, const cc_table_ref *ref, cc_error *err) {
    cc_status st = CC_OK;
    sqlite3_stmt *s = NULL;
    char *sql = sqlite3_mprintf("SELECT (SELECT count(*) FROM %s WHERE %s IS NULL), "
                                "(SELECT CAST(k AS TEXT) FROM (SELECT CAST(%s AS TEXT) AS k FROM %s "
                                "GROUP BY k HAVING count(*) > 1 LIMIT 1))",
                                ref->q_table, ref->q_id, ref->q_id, ref->q_table);
    if (!sql) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    if (sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW) {
        st = cc_db_fail(d, err, "checking that the id column is a key");
        goto done;
    }
    int64_t nulls = sqlite3_column_int64(s, 0);
    if (nulls > 0) {
        st = cc_fail(err, CC_ERR_INVALID, "--id-col %s: %lld rows have a NULL id; results are keyed by the id",
                     ref->q_id, (long long)nulls);
        goto done;
    }
    if (sqlite3_column_type(s, 1) != SQLITE_NULL) {
        st = cc_fail(err, CC_ERR_INVALID, "--id-col %s: id '%.60s' occurs more than once; the id must be unique",
                     ref->q_id, (const char *)sqlite3_column_text(s, 1));
        goto done;
    }
done:
    sqlite3_finalize(s);
    sqlite3_free(sql);
    return st;
}

/* ================================================================ model hash cache */

cc_status cc_db_model_sha256(cc_db *d, const char *model_path, bool force, char out[65], bool *from_cache,
                             cc_error *err) {
    cc_status st = CC_OK;
    sqlite3_stmt *s = NULL;
    char *real = realpath(model_path, NULL);
    *from_cache = false;
    struct stat sb;
    if (!real || stat(real, &sb) != 0) {
        st = cc_fail(err, CC_ERR_IO, "-m %s: %s", model_path, strerror(errno));
        goto done;
    }
    int64_t mtime_ns = (int64_t)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec;
    if (!force) {
        if (sqlite3_prepare_v2(d->db, "SELECT sha256 FROM clinclean_model_hashes WHERE path=?1 AND size=?2 AND mtime_ns=?3",
                               -1, &s, NULL) != SQLITE_OK) {
            st = cc_db_fail(d, err, "reading the model hash cache");
            goto done;
        }
        sqlite3_bind_text(s, 1, real, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)sb.st_size);
        sqlite3_bind_int64(s, 3, mtime_ns);
        if (sqlite3_step(s) == SQLITE_ROW) {
            const char *h = (const char *)sqlite3_column_text(s, 0);
            if (h && strlen(h) == 64) {
                memcpy(out, h, 65);
                *from_cache = true;
                goto done;
            }
        }
        sqlite3_finalize(s);
        s = NULL;
    }
    if ((st = cc_sha256_file(real, out, err)) != CC_OK) goto done;
    if (sqlite3_prepare_v2(d->db,
                           "INSERT OR REPLACE INTO clinclean_model_hashes(path, size, mtime_ns, sha256, hashed_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)",
                           -1, &s, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "writing the model hash cache");
        goto done;
    }
    char now[32];
    cc_utc_now(now);
    sqlite3_bind_text(s, 1, real, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)sb.st_size);
    sqlite3_bind_int64(s, 3, mtime_ns);
    sqlite3_bind_text(s, 4, out, 64, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 5, now, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE) st = cc_db_fail(d, err, "writing the model hash cache");
done:
    sqlite3_finalize(s);
    free(real);
    return st;
}

/* ================================================================ runs */

cc_status cc_runs_begin(cc_db *d, const cc_run_desc *desc, int64_t *run_id, char **unfinished, cc_error *err) {
    cc_status st = CC_OK;
    sqlite3_stmt *s = NULL;
    char *list = NULL;
    if (unfinished) *unfinished = NULL;
    if ((st = cc_db_exec(d, "BEGIN IMMEDIATE", "starting a run", err)) != CC_OK) return st;
    if (sqlite3_prepare_v2(d->db,
                           "SELECT coalesce(json_group_array(run_id), '[]') FROM (SELECT run_id FROM clinclean_runs "
                           "WHERE status='running' AND source_table=?1 AND out_col=?2 ORDER BY run_id)",
                           -1, &s, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "listing unfinished runs");
        goto done;
    }
    sqlite3_bind_text(s, 1, desc->table, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 2, desc->out_col, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_ROW) {
        st = cc_db_fail(d, err, "listing unfinished runs");
        goto done;
    }
    list = strdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    s = NULL;
    if (!list) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (sqlite3_prepare_v2(d->db,
                           "INSERT INTO clinclean_runs(started_at, clinclean_version, git_commit, model_path, model_sha256, "
                           "config_hash, prompt_hash, device, source_table, id_col, text_col, out_col, shard, where_expr, "
                           "host, pid, unfinished_before) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
                           -1, &s, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "recording the run");
        goto done;
    }
    char now[32], host[256] = "";
    cc_utc_now(now);
    gethostname(host, sizeof host - 1);
    const char *vals[] = {now, cc_version(), cc_git_commit(), desc->model_path, desc->model_sha256, desc->config_hash,
                          desc->prompt_hash, desc->device, desc->table, desc->id_col, desc->text_col, desc->out_col,
                          desc->shard, desc->where_expr, host};
    for (int i = 0; i < 15; i++) {
        if (vals[i]) sqlite3_bind_text(s, i + 1, vals[i], -1, SQLITE_TRANSIENT);
        else if (i == 12 || i == 13) sqlite3_bind_null(s, i + 1);
        else sqlite3_bind_text(s, i + 1, "", 0, SQLITE_STATIC);
    }
    sqlite3_bind_int64(s, 16, (sqlite3_int64)getpid());
    sqlite3_bind_text(s, 17, list, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE) {
        st = cc_db_fail(d, err, "recording the run");
        goto done;
    }
    *run_id = sqlite3_last_insert_rowid(d->db);
done:
    sqlite3_finalize(s);
    if (st == CC_OK) st = cc_db_exec(d, "COMMIT", "recording the run", err);
    else sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
    if (st == CC_OK && unfinished) *unfinished = list;
    else free(list);
    return st;
}

cc_status cc_runs_add_counts(cc_db *d, int64_t run_id, const cc_run_counts *c, double busy_ms, cc_error *err) {
    sqlite3_stmt *s = NULL;
    cc_status st = CC_OK;
    if (sqlite3_prepare_v2(d->db,
                           "UPDATE clinclean_runs SET rows_ok=rows_ok+?2, rows_review=rows_review+?3, "
                           "rows_skipped=rows_skipped+?4, rows_error=rows_error+?5, rows_unchanged=rows_unchanged+?6, "
                           "prompt_tokens=prompt_tokens+?7, output_tokens=output_tokens+?8, busy_ms=?9 WHERE run_id=?1",
                           -1, &s, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "updating run counts");
        goto done;
    }
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_int64(s, 2, c->ok);
    sqlite3_bind_int64(s, 3, c->review);
    sqlite3_bind_int64(s, 4, c->skipped);
    sqlite3_bind_int64(s, 5, c->error);
    sqlite3_bind_int64(s, 6, c->unchanged);
    sqlite3_bind_int64(s, 7, c->prompt_tokens);
    sqlite3_bind_int64(s, 8, c->output_tokens);
    sqlite3_bind_double(s, 9, busy_ms);
    if (sqlite3_step(s) != SQLITE_DONE) st = cc_db_fail(d, err, "updating run counts");
done:
    sqlite3_finalize(s);
    return st;
}

cc_status cc_runs_end(cc_db *d, int64_t run_id, const char *status, double busy_ms, cc_error *err) {
    sqlite3_stmt *s = NULL;
    cc_status st = CC_OK;
    char now[32];
    cc_utc_now(now);
    if (sqlite3_prepare_v2(d->db, "UPDATE clinclean_runs SET ended_at=?2, status=?3, busy_ms=?4 WHERE run_id=?1", -1, &s,
                           NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "ending the run");
        goto done;
    }
    sqlite3_bind_int64(s, 1, run_id);
    sqlite3_bind_text(s, 2, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 3, status, -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(s, 4, busy_ms);
    if (sqlite3_step(s) != SQLITE_DONE) st = cc_db_fail(d, err, "ending the run");
done:
    sqlite3_finalize(s);
    return st;
}

cc_status cc_runs_throughput(cc_db *d, const char *table, double *tok_per_s, cc_error *err) {
    sqlite3_stmt *s = NULL;
    cc_status st = CC_OK;
    *tok_per_s = 0;
    if (sqlite3_prepare_v2(d->db,
                           "SELECT sum(output_tokens), sum(busy_ms) FROM clinclean_runs "
                           "WHERE source_table=?1 AND output_tokens > 0 AND busy_ms > 0",
                           -1, &s, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "reading past throughput");
        goto done;
    }
    sqlite3_bind_text(s, 1, table, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
        double tok = sqlite3_column_double(s, 0), ms = sqlite3_column_double(s, 1);
        if (ms > 0) *tok_per_s = tok / (ms / 1e3);
    }
done:
    sqlite3_finalize(s);
    return st;
}
