/* notes_scan.c - paged, filtered, sharded, incremental reading of the notes
 * a run must process (see notes_scan.h). */
#include "notes_scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"

struct cc_scan {
    cc_db *d;                  /* borrowed */
    cc_scan_spec spec;         /* copy (strings borrowed) */
    sqlite3_stmt *page;        /* the page query */
    sqlite3_stmt *prev;        /* lookup of the latest result of a key */
    cc_note_row *buf;          /* rows of the current page */
    int buf_n, buf_i;          /* rows in buf / next to consider */
    bool started;              /* a page has been read */
    bool exhausted;            /* the last page was short: no more rows */
    int64_t last_rowid;        /* keyset position (rowid tables) */
    sqlite3_value *last_key;   /* keyset position (WITHOUT ROWID tables), owned */
    cc_scan_stats stats;       /* counters */
};

/* ================================================================ helpers */

void cc_source_hash(int type, const void *data, size_t len, char out[65]) {
    if (type == SQLITE_NULL) {
        strcpy(out, "null");
        return;
    }
    cc_sha256 s;
    uint8_t dg[32];
    cc_sha256_init(&s);
    if (type == SQLITE_BLOB) cc_sha256_update(&s, "BLOB:", 5);
    cc_sha256_update(&s, data, len);
    cc_sha256_final(&s, dg);
    cc_sha256_to_hex(dg, out);
}

uint64_t cc_shard_hash(const char *key, size_t len) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)key[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

cc_status cc_shard_parse(const char *text, uint32_t *k, uint32_t *n, cc_error *err) {
    char *end;
    unsigned long a = strtoul(text, &end, 10);
    if (end == text || *end != '/') goto bad;
    const char *b_s = end + 1;
    unsigned long b = strtoul(b_s, &end, 10);
    if (end == b_s || *end || b == 0 || b > 65536 || a >= b || text[0] == '-' || b_s[0] == '-') goto bad;
    *k = (uint32_t)a;
    *n = (uint32_t)b;
    return CC_OK;
bad:
    return cc_fail(err, CC_ERR_INVALID, "--shard '%s': expected K/N with 0 <= K < N <= 65536", text);
}

void cc_note_row_clear(cc_note_row *row) {
    if (!row) return;
    sqlite3_value_free(row->key_val);
    free(row->key);
    free(row->data);
    memset(row, 0, sizeof *row);
}

/* A --where must be one expression: parentheses balanced and never closing
 * more than they opened, and no ';' outside quotes, so it cannot escape the
 * "AND (...)" it is placed in. */
static cc_status check_where(const char *w, cc_error *err) {
    int depth = 0;
    for (size_t i = 0; w[i]; i++) {
        char c = w[i];
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            char close = c == '[' ? ']' : c;
            size_t j = i + 1;
            for (;; j++) {
                if (!w[j]) return cc_fail(err, CC_ERR_INVALID, "--where: unterminated quote starting at byte %zu", i);
                if (w[j] == close) {
                    if (close != ']' && w[j + 1] == close) { j++; continue; } /* doubled quote */
                    break;
                }
            }
            i = j;
        } else if (c == '-' && w[i + 1] == '-') {
            return cc_fail(err, CC_ERR_INVALID, "--where: comments are not allowed (byte %zu)", i);
        } else if (c == '/' && w[i + 1] == '*') {
            return cc_fail(err, CC_ERR_INVALID, "--where: comments are not allowed (byte %zu)", i);
        } else if (c == '(') {
            depth++;
        } else if (c == ')') {
            if (--depth < 0) return cc_fail(err, CC_ERR_INVALID, "--where: unbalanced ')' at byte %zu", i);
        } else if (c == ';') {
            return cc_fail(err, CC_ERR_INVALID, "--where: ';' at byte %zu: one expression only", i);
        }
    }
    if (depth) return cc_fail(err, CC_ERR_INVALID, "--where: unbalanced '('");
    return CC_OK;
}

/* Build and prepare "SELECT <rowid>, id, text FROM t WHERE <keyset> AND (<where>) ORDER BY ... LIMIT ?2". */
static cc_status prepare_page(cc_db *d, const cc_table_ref *ref, const char *where, bool count_only,
                              sqlite3_stmt **out, cc_error *err) {
    cc_status st = CC_OK;
    char *sql;
    const char *w = where && *where ? where : "1";
    if (where && *where && (st = check_where(where, err)) != CC_OK) return st;
    if (count_only)
        sql = sqlite3_mprintf("SELECT count(*) FROM %s WHERE (%s)", ref->q_table, w);
    else if (ref->has_rowid)
        sql = sqlite3_mprintf("SELECT %s._rowid_, %s, %s FROM %s WHERE %s._rowid_ > ?1 AND (%s) ORDER BY %s._rowid_ LIMIT ?2",
                              ref->q_table, ref->q_id, ref->q_text, ref->q_table, ref->q_table, w, ref->q_table);
    else
        sql = sqlite3_mprintf("SELECT 0, %s, %s FROM %s WHERE (?1 IS NULL OR %s > ?1) AND (%s) ORDER BY %s LIMIT ?2",
                              ref->q_id, ref->q_text, ref->q_table, ref->q_id, w, ref->q_id);
    if (!sql) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    const char *tail = NULL;
    if (sqlite3_prepare_v2(d->db, sql, -1, out, &tail) != SQLITE_OK) {
        st = cc_fail(err, where && *where ? CC_ERR_INVALID : CC_ERR_DB, "%s: %s", where && *where ? "--where" : "reading notes",
                     sqlite3_errmsg(d->db));
        goto done;
    }
    if ((tail && *tail) || !sqlite3_stmt_readonly(*out)) {
        st = cc_fail(err, CC_ERR_INVALID, "--where: must be a single read-only expression");
        goto done;
    }
done:
    if (st != CC_OK) {
        sqlite3_finalize(*out);
        *out = NULL;
    }
    sqlite3_free(sql);
    return st;
}

cc_status cc_scan_count(cc_db *d, const cc_table_ref *ref, const char *where, int64_t *n, cc_error *err) {
    sqlite3_stmt *s = NULL;
    cc_status st = prepare_page(d, ref, where, true, &s, err);
    if (st != CC_OK) return st;
    if (sqlite3_step(s) != SQLITE_ROW) st = cc_db_fail(d, err, "counting notes");
    else *n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return st;
}

/* ================================================================ scanning */

cc_status cc_scan_open(cc_db *d, const cc_scan_spec *spec, cc_scan **out, cc_error *err) {
    cc_status st = CC_OK;
    *out = NULL;
    cc_scan *sc = calloc(1, sizeof *sc);
    if (!sc) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    sc->d = d;
    sc->spec = *spec;
    if (sc->spec.page_rows <= 0) sc->spec.page_rows = 256;
    if (sc->spec.shard_n > 1 && sc->spec.shard_k >= sc->spec.shard_n) {
        st = cc_fail(err, CC_ERR_INVALID, "shard %u of %u is out of range", sc->spec.shard_k, sc->spec.shard_n);
        goto done;
    }
    sc->buf = calloc((size_t)sc->spec.page_rows, sizeof *sc->buf);
    if (!sc->buf) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    if ((st = prepare_page(d, spec->ref, spec->where, false, &sc->page, err)) != CC_OK) goto done;
    if (sqlite3_prepare_v2(d->db,
                           "SELECT source_hash, model_hash, config_hash, status FROM clinclean_results "
                           "WHERE source_table=?1 AND out_col=?2 AND row_key=?3",
                           -1, &sc->prev, NULL) != SQLITE_OK) {
        st = cc_db_fail(d, err, "preparing the result lookup");
        goto done;
    }
    sqlite3_bind_text(sc->prev, 1, spec->table, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(sc->prev, 2, spec->out_col, -1, SQLITE_TRANSIENT);
done:
    if (st != CC_OK) {
        cc_scan_close(sc);
        return st;
    }
    *out = sc;
    return CC_OK;
}

void cc_scan_close(cc_scan *sc) {
    if (!sc) return;
    for (int i = sc->buf_i; i < sc->buf_n; i++) cc_note_row_clear(&sc->buf[i]);
    free(sc->buf);
    sqlite3_finalize(sc->page);
    sqlite3_finalize(sc->prev);
    sqlite3_value_free(sc->last_key);
    free(sc);
}

const cc_scan_stats *cc_scan_stats_get(const cc_scan *sc) { return &sc->stats; }

static char *dup_bytes(const void *p, size_t n) {
    char *o = malloc(n + 1);
    if (!o) return NULL;
    if (n) memcpy(o, p, n);
    o[n] = '\0';
    return o;
}

/* Read the next page into buf: one statement run to completion, so the read
 * transaction ends before the rows are processed. */
static cc_status read_page(cc_scan *sc, cc_error *err) {
    cc_status st = CC_OK;
    sqlite3_stmt *s = sc->page;
    sc->buf_n = sc->buf_i = 0;
    sqlite3_reset(s);
    if (sc->spec.ref->has_rowid) sqlite3_bind_int64(s, 1, sc->last_rowid);
    else if (sc->last_key) sqlite3_bind_value(s, 1, sc->last_key);
    else sqlite3_bind_null(s, 1);
    sqlite3_bind_int(s, 2, sc->spec.page_rows);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        cc_note_row *r = &sc->buf[sc->buf_n];
        memset(r, 0, sizeof *r);
        r->rowid = sqlite3_column_int64(s, 0);
        r->key_val = sqlite3_value_dup(sqlite3_column_value(s, 1)); /* before any conversion */
        const unsigned char *k = sqlite3_column_text(s, 1);
        size_t kn = (size_t)sqlite3_column_bytes(s, 1);
        r->key = dup_bytes(k ? (const char *)k : "", k ? kn : 0);
        r->key_len = k ? kn : 0;
        r->type = sqlite3_column_type(s, 2);
        if (r->type == SQLITE_BLOB) {
            const void *b = sqlite3_column_blob(s, 2);
            r->len = (size_t)sqlite3_column_bytes(s, 2);
            r->data = dup_bytes(b ? b : "", b ? r->len : 0);
        } else if (r->type != SQLITE_NULL) {
            const unsigned char *t = sqlite3_column_text(s, 2);
            r->len = (size_t)sqlite3_column_bytes(s, 2);
            r->data = dup_bytes(t ? (const char *)t : "", t ? r->len : 0);
        }
        sc->buf_n++;
        if (!r->key_val || !r->key || (r->type != SQLITE_NULL && !r->data)) {
            st = cc_fail(err, CC_ERR_NOMEM, "out of memory reading row %lld", (long long)r->rowid);
            goto done;
        }
        cc_source_hash(r->type, r->data, r->len, r->source_hash);
        if (sc->spec.ref->has_rowid) {
            sc->last_rowid = r->rowid;
        } else {
            sqlite3_value_free(sc->last_key);
            if (!(sc->last_key = sqlite3_value_dup(r->key_val))) {
                st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
                goto done;
            }
        }
    }
    if (rc != SQLITE_DONE) {
        st = cc_db_fail(sc->d, err, "reading notes");
        goto done;
    }
    if (sc->buf_n < sc->spec.page_rows) sc->exhausted = true;
done:
    sqlite3_reset(s);
    return st;
}

/* True when the latest result of row still holds (incremental rule). */
static cc_status still_current(cc_scan *sc, const cc_note_row *r, bool *current, cc_error *err) {
    *current = false;
    sqlite3_stmt *s = sc->prev;
    sqlite3_bind_text(s, 3, r->key, (int)r->key_len, SQLITE_TRANSIENT);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        const char *sh = (const char *)sqlite3_column_text(s, 0), *mh = (const char *)sqlite3_column_text(s, 1),
                   *ch = (const char *)sqlite3_column_text(s, 2), *stt = (const char *)sqlite3_column_text(s, 3);
        *current = sh && mh && ch && stt && strcmp(sh, r->source_hash) == 0 && strcmp(mh, sc->spec.model_hash) == 0 &&
                   strcmp(ch, sc->spec.config_hash) == 0 && strcmp(stt, "error") != 0;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return cc_db_fail(sc->d, err, "looking up the last result");
    return CC_OK;
}

cc_status cc_scan_next(cc_scan *sc, cc_note_row *row, bool *done, cc_error *err) {
    *done = false;
    for (;;) {
        if (sc->spec.limit >= 0 && sc->stats.handed_out >= sc->spec.limit) break;
        if (sc->buf_i == sc->buf_n) {
            if (sc->exhausted) break;
            cc_status st = read_page(sc, err);
            if (st != CC_OK) return st;
            if (sc->buf_n == 0) break;
        }
        cc_note_row *r = &sc->buf[sc->buf_i++];
        sc->stats.seen++;
        if (sc->spec.shard_n > 1 && cc_shard_hash(r->key, r->key_len) % sc->spec.shard_n != sc->spec.shard_k) {
            sc->stats.other_shard++;
            cc_note_row_clear(r);
            continue;
        }
        if (!sc->spec.full) {
            bool cur;
            cc_status st = still_current(sc, r, &cur, err);
            if (st != CC_OK) return st;
            if (cur) {
                sc->stats.unchanged++;
                cc_note_row_clear(r);
                continue;
            }
        }
        *row = *r;
        memset(r, 0, sizeof *r);
        sc->stats.handed_out++;
        return CC_OK;
    }
    *done = true;
    return CC_OK;
}
