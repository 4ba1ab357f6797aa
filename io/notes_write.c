/* notes_write.c - batched, transactional writing of results (see notes_write.h). */
#include "notes_write.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    cc_note_row row;          /* moved from the caller */
    cc_result_status status;  /* result status */
    char *reasons;            /* JSON array text */
    char *output;             /* cleaned text or NULL */
    size_t output_len;        /* bytes */
    bool column_null;         /* the output column gets NULL even though output is kept */
    char *source_copy;        /* kept source or NULL */
    size_t source_copy_len;   /* bytes */
    int32_t prompt_tokens;    /* tokens */
    int32_t output_tokens;    /* tokens */
    char finish[16];          /* finish reason */
    int32_t chunks;           /* chunk count */
    double elapsed_ms;        /* model time */
} pending_rec;

struct cc_writer {
    cc_db *d;                 /* borrowed */
    cc_writer_spec spec;      /* copy; strings borrowed */
    sqlite3_stmt *upd_rowid;  /* UPDATE t SET out=?1 WHERE _rowid_=?2 AND id IS ?3 */
    sqlite3_stmt *upd_key;    /* UPDATE t SET out=?1 WHERE id IS ?3 */
    sqlite3_stmt *ins;        /* INSERT OR REPLACE INTO clinclean_results ... */
    pending_rec *recs;        /* buffered records */
    size_t n, cap;            /* used / allocated */
    int64_t unchanged;        /* unchanged rows not yet committed */
    double first_ms;          /* cc_now_ms() when the oldest buffered record arrived */
    double start_ms;          /* when the writer opened (busy time of the run) */
    cc_writer_stats stats;    /* counters */
};

const char *cc_result_status_name(cc_result_status s) {
    static const char *n[] = {"ok", "needs_review", "skipped", "error"};
    return s <= CC_RESULT_ERROR ? n[s] : "error";
}

cc_status cc_writer_open(cc_db *d, const cc_writer_spec *spec, cc_writer **out, cc_error *err) {
    cc_status st = CC_OK;
    char *sql = NULL;
    *out = NULL;
    cc_writer *w = calloc(1, sizeof *w);
    if (!w) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    w->d = d;
    w->spec = *spec;
    if (w->spec.batch_rows <= 0) w->spec.batch_rows = 64;
    if (w->spec.batch_ms <= 0) w->spec.batch_ms = 2000;
    w->start_ms = cc_now_ms();
    const cc_table_ref *r = spec->ref;
    if (r->has_rowid) {
        sql = sqlite3_mprintf("UPDATE %s SET %s = ?1 WHERE _rowid_ = ?2 AND %s IS ?3", r->q_table, r->q_out, r->q_id);
        if (!sql || sqlite3_prepare_v2(d->db, sql, -1, &w->upd_rowid, NULL) != SQLITE_OK) {
            st = sql ? cc_db_fail(d, err, "preparing the output update") : cc_fail(err, CC_ERR_NOMEM, "out of memory");
            goto done;
        }
        sqlite3_free(sql);
    }
    sql = sqlite3_mprintf("UPDATE %s SET %s = ?1 WHERE %s IS ?3", r->q_table, r->q_out, r->q_id);
    if (!sql || sqlite3_prepare_v2(d->db, sql, -1, &w->upd_key, NULL) != SQLITE_OK) {
        st = sql ? cc_db_fail(d, err, "preparing the output update") : cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (sqlite3_prepare_v2(d->db,
                           "INSERT OR REPLACE INTO clinclean_results(source_table, out_col, row_key, run_id, status, "
                           "reasons, source_hash, model_hash, config_hash, source_text, output_text, prompt_tokens, "
                           "output_tokens, finish_reason, chunks, elapsed_ms, finished_at) "
                           "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
                           -1, &w->ins, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "preparing the result insert");
        goto done;
    }
done:
    sqlite3_free(sql);
    if (st != CC_OK) {
        cc_writer_close(w);
        return st;
    }
    *out = w;
    return CC_OK;
}

static void rec_free(pending_rec *p) {
    cc_note_row_clear(&p->row);
    free(p->reasons);
    free(p->output);
    free(p->source_copy);
    memset(p, 0, sizeof *p);
}

void cc_writer_close(cc_writer *w) {
    if (!w) return;
    for (size_t i = 0; i < w->n; i++) rec_free(&w->recs[i]);
    free(w->recs);
    sqlite3_finalize(w->upd_rowid);
    sqlite3_finalize(w->upd_key);
    sqlite3_finalize(w->ins);
    free(w);
}

size_t cc_writer_pending(const cc_writer *w) { return w->n; }
const cc_writer_stats *cc_writer_stats_get(const cc_writer *w) { return &w->stats; }
void cc_writer_add_unchanged(cc_writer *w, int64_t n) { w->unchanged += n; }

static char *dup_n(const char *s, size_t n) {
    char *o = malloc(n + 1);
    if (!o) return NULL;
    if (n) memcpy(o, s, n);
    o[n] = '\0';
    return o;
}

cc_status cc_writer_add(cc_writer *w, cc_note_row *row, const cc_result_fields *f, cc_error *err) {
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 64;
        pending_rec *nr = realloc(w->recs, cap * sizeof *nr);
        if (!nr) return cc_fail(err, CC_ERR_NOMEM, "out of memory buffering results");
        w->recs = nr;
        w->cap = cap;
    }
    pending_rec *p = &w->recs[w->n];
    memset(p, 0, sizeof *p);
    p->row = *row;
    memset(row, 0, sizeof *row);
    p->status = f->status;
    const char *reasons = f->reasons ? f->reasons : "[]";
    p->reasons = dup_n(reasons, strlen(reasons));
    bool has_out = (f->status == CC_RESULT_OK || f->status == CC_RESULT_REVIEW) && f->output;
    if (has_out) p->output = dup_n(f->output, f->output_len), p->output_len = f->output_len;
    p->column_null = f->column_null;
    if (f->source_copy) p->source_copy = dup_n(f->source_copy, f->source_copy_len), p->source_copy_len = f->source_copy_len;
    p->prompt_tokens = f->prompt_tokens;
    p->output_tokens = f->output_tokens;
    snprintf(p->finish, sizeof p->finish, "%s", f->finish ? f->finish : "");
    p->chunks = f->chunks;
    p->elapsed_ms = f->elapsed_ms;
    if (!p->reasons || (has_out && !p->output) || (f->source_copy && !p->source_copy)) {
        rec_free(p);
        return cc_fail(err, CC_ERR_NOMEM, "out of memory buffering results");
    }
    if (w->n++ == 0) w->first_ms = cc_now_ms();
    if (w->n >= (size_t)w->spec.batch_rows) return cc_writer_flush(w, err);
    return cc_writer_tick(w, err);
}

cc_status cc_writer_tick(cc_writer *w, cc_error *err) {
    if (w->n && cc_now_ms() - w->first_ms >= w->spec.batch_ms) return cc_writer_flush(w, err);
    return CC_OK;
}

/* Write one record inside the open transaction; *vanished when its row is gone. */
static cc_status write_rec(cc_writer *w, pending_rec *p, char now[32], bool *vanished, cc_error *err) {
    cc_db *d = w->d;
    *vanished = false;
    int changes = 0;
    for (int attempt = 0; attempt < 2 && changes == 0; attempt++) {
        sqlite3_stmt *u = attempt == 0 ? w->upd_rowid : w->upd_key;
        if (!u) continue;
        if (p->output && !p->column_null) sqlite3_bind_text(u, 1, p->output, (int)p->output_len, SQLITE_STATIC);
        else sqlite3_bind_null(u, 1);
        if (attempt == 0) sqlite3_bind_int64(u, 2, p->row.rowid);
        sqlite3_bind_value(u, 3, p->row.key_val);
        int rc = sqlite3_step(u);
        sqlite3_reset(u);
        sqlite3_clear_bindings(u);
        if (rc != SQLITE_DONE) return cc_db_fail(d, err, "writing the output column");
        changes = sqlite3_changes(d->db);
    }
    if (changes == 0) {
        *vanished = true;
        return CC_OK;
    }
    sqlite3_stmt *s = w->ins;
    sqlite3_bind_text(s, 1, w->spec.table, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, w->spec.out_col, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, p->row.key, (int)p->row.key_len, SQLITE_STATIC);
    sqlite3_bind_int64(s, 4, w->spec.run_id);
    sqlite3_bind_text(s, 5, cc_result_status_name(p->status), -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, p->reasons, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 7, p->row.source_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 8, w->spec.model_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 9, w->spec.config_hash, -1, SQLITE_STATIC);
    if (p->source_copy) sqlite3_bind_text(s, 10, p->source_copy, (int)p->source_copy_len, SQLITE_STATIC);
    else sqlite3_bind_null(s, 10);
    if (p->output) sqlite3_bind_text(s, 11, p->output, (int)p->output_len, SQLITE_STATIC);
    else sqlite3_bind_null(s, 11);
    sqlite3_bind_int(s, 12, p->prompt_tokens);
    sqlite3_bind_int(s, 13, p->output_tokens);
    if (p->finish[0]) sqlite3_bind_text(s, 14, p->finish, -1, SQLITE_STATIC);
    else sqlite3_bind_null(s, 14);
    sqlite3_bind_int(s, 15, p->chunks);
    sqlite3_bind_double(s, 16, p->elapsed_ms);
    sqlite3_bind_text(s, 17, now, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) return cc_db_fail(d, err, "writing clinclean_results");
    return CC_OK;
}

cc_status cc_writer_flush(cc_writer *w, cc_error *err) {
    if (w->n == 0 && w->unchanged == 0) return CC_OK;
    cc_status st = CC_OK;
    cc_run_counts c = {0};
    int64_t vanished = 0;
    char now[32];
    cc_utc_now(now);
    /* BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy
     * timeout), so the statements below cannot deadlock with another writer. */
    if ((st = cc_db_exec(w->d, "BEGIN IMMEDIATE", "starting a result transaction", err)) != CC_OK) return st;
    for (size_t i = 0; i < w->n; i++) {
        pending_rec *p = &w->recs[i];
        bool gone;
        if ((st = write_rec(w, p, now, &gone, err)) != CC_OK) goto done;
        if (gone) {
            vanished++;
            continue;
        }
        switch (p->status) {
        case CC_RESULT_OK: c.ok++; break;
        case CC_RESULT_REVIEW: c.review++; break;
        case CC_RESULT_SKIPPED: c.skipped++; break;
        default: c.error++; break;
        }
        c.prompt_tokens += p->prompt_tokens;
        c.output_tokens += p->output_tokens;
    }
    c.unchanged = w->unchanged;
    st = cc_runs_add_counts(w->d, w->spec.run_id, &c, cc_now_ms() - w->start_ms, err);
done:
    if (st == CC_OK) st = cc_db_exec(w->d, "COMMIT", "committing results", err);
    if (st != CC_OK) {
        sqlite3_exec(w->d->db, "ROLLBACK", NULL, NULL, NULL);
        return st;
    }
    for (size_t i = 0; i < w->n; i++) rec_free(&w->recs[i]);
    w->n = 0;
    w->unchanged = 0;
    w->stats.commits++;
    w->stats.vanished += vanished;
    w->stats.committed.ok += c.ok;
    w->stats.committed.review += c.review;
    w->stats.committed.skipped += c.skipped;
    w->stats.committed.error += c.error;
    w->stats.committed.unchanged += c.unchanged;
    w->stats.committed.prompt_tokens += c.prompt_tokens;
    w->stats.committed.output_tokens += c.output_tokens;
    return CC_OK;
}
