/* sample_db.h - test helpers around the sample discharge-summary database:
 * build it from schema/sample_notes.sql, fingerprint the source column,
 * run one-value queries.  Header-only (static functions). */
#ifndef CLINCLEAN_SAMPLE_DB_H
#define CLINCLEAN_SAMPLE_DB_H

#include <errno.h>
#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sha256.h"
#include "testutil.h"

/* A path inside this test process's own temporary directory (created on
 * first use as /tmp/cc_<program>_XXXXXX), so tests running in parallel, or
 * from several worktrees on one machine, never share files.  The strings
 * live until exit (a fixed pool of 64). */
static char g_tmp_dir[256];
static inline const char *tmp_path(const char *name) {
    static char pool[64][512];
    static int used = 0;
    if (!g_tmp_dir[0]) {
        snprintf(g_tmp_dir, sizeof g_tmp_dir, "/tmp/cc_%s_XXXXXX", program_invocation_short_name);
        if (!mkdtemp(g_tmp_dir)) {
            perror("mkdtemp");
            exit(1);
        }
    }
    if (used == 64) {
        fprintf(stderr, "tmp_path: pool exhausted\n");
        exit(1);
    }
    snprintf(pool[used], sizeof pool[used], "%s/%s", g_tmp_dir, name);
    return pool[used++];
}

static inline int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
    (void)sb, (void)flag, (void)ftw;
    return remove(path);
}

/* Remove the temporary directory when every check passed (kept for a look otherwise). */
static inline void tmp_cleanup(void) {
    if (g_tmp_dir[0] && cc_test_failures == 0) nftw(g_tmp_dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static inline char *slurp(const char *path, size_t *n_out) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    if (b) b[n] = '\0';
    fclose(f);
    if (n_out) *n_out = (size_t)n;
    return b;
}

/* Create path (removing any old file) from schema/sample_notes.sql.  0 on success. */
static inline int make_sample_db(const char *path) {
    char wal[1024], shm[1024];
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);
    unlink(path);
    unlink(wal);
    unlink(shm);
    char *sqlpath = cc_test_path(cc_test_source_dir(), "schema/sample_notes.sql");
    char *sql = slurp(sqlpath, NULL);
    free(sqlpath);
    if (!sql) return -1;
    sqlite3 *db;
    int rc = sqlite3_open(path, &db);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    free(sql);
    return rc == SQLITE_OK ? 0 : -1;
}

/* Run a query returning one integer (or -1 on error). */
static inline long long q_int(const char *path, const char *sql) {
    sqlite3 *db;
    sqlite3_stmt *s = NULL;
    long long v = -1;
    if (sqlite3_open(path, &db) != SQLITE_OK) return -1;
    sqlite3_busy_timeout(db, 10000);
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    else
        fprintf(stderr, "q_int(%s): %s\n", sql, sqlite3_errmsg(db));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

static inline int q_exec(const char *path, const char *sql) {
    sqlite3 *db;
    if (sqlite3_open(path, &db) != SQLITE_OK) return -1;
    sqlite3_busy_timeout(db, 10000);
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK) fprintf(stderr, "q_exec(%s): %s\n", sql, msg ? msg : "?");
    sqlite3_free(msg);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

/* sha256 over every row of "SELECT ..." (all columns, with types), as hex. */
static inline void q_fingerprint(const char *path, const char *sql, char out[65]) {
    sqlite3 *db;
    sqlite3_stmt *s = NULL;
    cc_sha256 h;
    cc_sha256_init(&h);
    strcpy(out, "error");
    if (sqlite3_open(path, &db) != SQLITE_OK) return;
    sqlite3_busy_timeout(db, 10000);
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
        int nc = sqlite3_column_count(s);
        while (sqlite3_step(s) == SQLITE_ROW)
            for (int i = 0; i < nc; i++) {
                int t = sqlite3_column_type(s, i);
                const void *p = t == SQLITE_BLOB ? sqlite3_column_blob(s, i) : (const void *)sqlite3_column_text(s, i);
                uint32_t n = (uint32_t)sqlite3_column_bytes(s, i);
                cc_sha256_update(&h, &t, sizeof t);
                cc_sha256_update(&h, &n, sizeof n);
                if (p) cc_sha256_update(&h, p, n);
            }
        uint8_t d[32];
        cc_sha256_final(&h, d);
        cc_sha256_to_hex(d, out);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
}

#endif
