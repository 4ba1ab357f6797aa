/* test_notes_db.c - the database side in isolation: the embedded schema
 * matches schema/clinclean.sql, schema version handling, WAL, identifier
 * validation and quoting against hostile names, the id-must-be-a-key check,
 * --where validation, paging, sharding, the incremental rule, the writer's
 * transactions, runs bookkeeping and the model-hash cache. */
#include <sys/stat.h>
#include <time.h>

#include "notes_write.h"
#include "sample_db.h"

static const char *DB;

static void scan_all(cc_db *d, cc_scan_spec *sp, int64_t *n, char keys[][16], int cap) {
    cc_scan *sc = NULL;
    cc_error err = {0};
    *n = 0;
    CHECKF(cc_scan_open(d, sp, &sc, &err) == CC_OK, "%s", err.msg);
    if (!sc) return;
    for (;;) {
        cc_note_row r = {0};
        bool done;
        CHECK(cc_scan_next(sc, &r, &done, &err) == CC_OK);
        if (done) break;
        if (*n < cap) snprintf(keys[*n], 16, "%s", r.key);
        (*n)++;
        cc_note_row_clear(&r);
    }
    cc_scan_close(sc);
}

int main(void) {
    cc_error err = {0};
    DB = tmp_path("notes.sqlite");

    /* ---- The embedded schema is byte-identical to schema/clinclean.sql. */
    char *p = cc_test_path(cc_test_source_dir(), "schema/clinclean.sql");
    char *file = slurp(p, NULL);
    free(p);
    CHECKF(file && strcmp(file, cc_schema_sql) == 0, "io/schema_sql.c is out of date: run scripts/embed_schema.py");
    free(file);
    p = cc_test_path(cc_test_source_dir(), "schema/sample_notes.sql");
    file = slurp(p, NULL);
    free(p);
    CHECKF(file && strcmp(file, cc_sample_notes_sql) == 0,
           "io/sample_notes_sql.c is out of date: run scripts/embed_schema.py");
    free(file);

    /* ---- Open: WAL, tables created, version checked; a newer version refused. */
    CHECK(make_sample_db(DB) == 0);
    cc_db *d = NULL;
    CHECKF(cc_db_open(DB, false, 5000, &d, &err) == CC_OK, "%s", err.msg);
    if (!d) return cc_test_finish("test_notes_db");
    CHECK(q_int(DB, "SELECT count(*) FROM sqlite_master WHERE name IN ('clinclean_meta','clinclean_runs',"
                    "'clinclean_results','clinclean_model_hashes')") == 4);
    CHECK(q_int(DB, "SELECT journal_mode = 'wal' FROM pragma_journal_mode") == 1);
    cc_db_close(d);
    CHECK(q_exec(DB, "UPDATE clinclean_meta SET value='2' WHERE key='schema_version'") == 0);
    CHECK(cc_db_open(DB, false, 5000, &d, &err) == CC_ERR_DB && d == NULL);
    CHECKF(strstr(err.msg, "schema version '2'") != NULL, "%s", err.msg);
    CHECK(q_exec(DB, "UPDATE clinclean_meta SET value='1' WHERE key='schema_version'") == 0);
    CHECK(cc_db_open("/tmp/cc_no_such_dir/x.db", false, 0, &d, &err) == CC_ERR_DB);
    CHECK(cc_db_open(DB, false, 5000, &d, &err) == CC_OK);
    if (!d) return cc_test_finish("test_notes_db");

    /* ---- Identifiers: shape rules, quoting, existence, hostile names. */
    char *q = NULL;
    CHECK(cc_ident_quote("notes\"; DROP TABLE x; --", &q, &err) == CC_OK);
    CHECK(q && strcmp(q, "\"notes\"\"; DROP TABLE x; --\"") == 0);
    free(q);
    CHECK(cc_ident_check("", "--table", &err) == CC_ERR_INVALID);
    CHECK(cc_ident_check("a\nb", "--table", &err) == CC_ERR_INVALID);
    CHECK(cc_ident_check("sqlite_master", "--table", &err) == CC_ERR_INVALID);
    CHECK(cc_ident_check("clinclean_results", "--table", &err) == CC_ERR_INVALID);
    CHECK(cc_ident_check("bad\xFFname", "--table", &err) == CC_ERR_INVALID);
    char longname[200];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    CHECK(cc_ident_check(longname, "--table", &err) == CC_ERR_INVALID);
    cc_table_ref ref;
    CHECK(q_exec(DB, "CREATE TABLE victim(x); INSERT INTO victim VALUES (1)") == 0);
    const char *hostile[] = {"discharge_summaries; DROP TABLE victim; --", "discharge_summaries\" ; DROP TABLE victim; --",
                             "victim\"--", "' OR 1=1 --"};
    for (int i = 0; i < 4; i++) {
        CHECK(cc_table_resolve(d, hostile[i], "id", "summary", "clean", &ref, &err) == CC_ERR_INVALID);
        CHECK(strstr(err.msg, "no such table") != NULL);
        CHECK(cc_table_resolve(d, "discharge_summaries", hostile[i], "summary", "clean", &ref, &err) == CC_ERR_INVALID);
    }
    CHECK(q_int(DB, "SELECT count(*) FROM victim") == 1);
    CHECK(cc_table_resolve(d, "discharge_summaries", "id", "summary", "SUMMARY", &ref, &err) == CC_ERR_INVALID);
    CHECK(cc_table_resolve(d, "discharge_summaries", "id", "summary", "Id", &ref, &err) == CC_ERR_INVALID);
    /* A table and columns that really have hostile names work, quoted. */
    CHECK(q_exec(DB, "CREATE TABLE \"n\"\"; DROP TABLE victim; --\"(\"k\"\"ey\" INTEGER PRIMARY KEY, \"t;x\" TEXT);"
                     "INSERT INTO \"n\"\"; DROP TABLE victim; --\" VALUES (1, 'PT STABLE'), (2, 'C/O FEVER')") == 0);
    const char *ht = "n\"; DROP TABLE victim; --";
    CHECKF(cc_table_resolve(d, ht, "k\"ey", "t;x", "out\"); DROP TABLE victim; --", &ref, &err) == CC_OK, "%s", err.msg);
    CHECK(!ref.out_exists && ref.has_rowid);
    CHECKF(cc_table_add_out_col(d, &ref, &err) == CC_OK, "%s", err.msg);
    CHECK(cc_table_add_out_col(d, &ref, &err) == CC_OK); /* idempotent */
    CHECK(q_int(DB, "SELECT count(*) FROM pragma_table_info('n\"; DROP TABLE victim; --') "
                    "WHERE name = 'out\"); DROP TABLE victim; --'") == 1);
    CHECK(q_int(DB, "SELECT count(*) FROM victim") == 1);
    cc_table_ref_free(&ref);

    /* ---- The id column must be a key. */
    CHECK(q_exec(DB, "CREATE TABLE dup(id TEXT, note TEXT); INSERT INTO dup VALUES ('A','x'),('B','y'),('A','z')") == 0);
    CHECK(cc_table_resolve(d, "dup", "id", "note", "o", &ref, &err) == CC_OK);
    CHECK(cc_table_check_key(d, &ref, &err) == CC_ERR_INVALID && strstr(err.msg, "'A'") != NULL);
    cc_table_ref_free(&ref);
    CHECK(q_exec(DB, "UPDATE dup SET id = NULL WHERE note = 'z'") == 0);
    CHECK(cc_table_resolve(d, "dup", "id", "note", "o", &ref, &err) == CC_OK);
    CHECK(cc_table_check_key(d, &ref, &err) == CC_ERR_INVALID && strstr(err.msg, "NULL") != NULL);
    cc_table_ref_free(&ref);

    /* ---- Scanning: where, limit, shards, paging. */
    CHECK(cc_table_resolve(d, "discharge_summaries", "id", "summary", "clean", &ref, &err) == CC_OK);
    CHECK(cc_table_check_key(d, &ref, &err) == CC_OK);
    CHECK(cc_table_add_out_col(d, &ref, &err) == CC_OK);
    int64_t total;
    CHECK(cc_scan_count(d, &ref, NULL, &total, &err) == CC_OK && total == 50);
    CHECK(cc_scan_count(d, &ref, "department = 'CARDIOLOGY'", &total, &err) == CC_OK && total > 2 && total < 10);
    const char *bad_where[] = {"1; DROP TABLE victim", "1) OR (1", "1 -- c", "1 /* c */", "(1", "'unterminated",
                               "no_such_col = 1", "1) UNION SELECT 1,2,3 FROM victim WHERE (1"};
    for (int i = 0; i < 8; i++) {
        CHECKF(cc_scan_count(d, &ref, bad_where[i], &total, &err) == CC_ERR_INVALID, "where '%s' accepted", bad_where[i]);
    }
    CHECK(cc_scan_count(d, &ref, "summary LIKE '%;%' OR department = 'A'')--'", &total, &err) == CC_OK);
    CHECK(q_int(DB, "SELECT count(*) FROM victim") == 1);

    static char keys[64][16], keys2[64][16];
    int64_t n, n2;
    cc_scan_spec sp = {.table = "discharge_summaries", .out_col = "clean", .ref = &ref, .limit = -1,
                       .model_hash = "m", .config_hash = "c", .page_rows = 7};
    scan_all(d, &sp, &n, keys, 64);
    CHECK(n == 50);
    sp.page_rows = 1000;
    scan_all(d, &sp, &n2, keys2, 64);
    CHECK(n2 == 50 && memcmp(keys, keys2, sizeof keys) == 0); /* page size does not change the rows */
    sp.limit = 5;
    scan_all(d, &sp, &n, keys2, 64);
    CHECK(n == 5 && strcmp(keys2[4], keys[4]) == 0);
    sp.limit = -1;
    sp.where = "department LIKE 'GEN%'";
    scan_all(d, &sp, &n, keys2, 64);
    CHECK(n == q_int(DB, "SELECT count(*) FROM discharge_summaries WHERE department LIKE 'GEN%'"));
    sp.where = NULL;
    /* Shards partition the rows: every key in exactly one shard. */
    int64_t sum = 0;
    int seen[64] = {0};
    for (uint32_t k = 0; k < 4; k++) {
        sp.shard_k = k;
        sp.shard_n = 4;
        scan_all(d, &sp, &n, keys2, 64);
        CHECK(n > 3); /* FNV spreads 50 keys over 4 shards */
        sum += n;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < 50; j++)
                if (strcmp(keys2[i], keys[j]) == 0) seen[j]++;
    }
    CHECK(sum == 50);
    for (int j = 0; j < 50; j++) CHECK(seen[j] == 1);
    sp.shard_n = 0;
    uint32_t k, nn;
    CHECK(cc_shard_parse("3/4", &k, &nn, &err) == CC_OK && k == 3 && nn == 4);
    CHECK(cc_shard_parse("4/4", &k, &nn, &err) == CC_ERR_INVALID);
    CHECK(cc_shard_parse("-1/4", &k, &nn, &err) == CC_ERR_INVALID);
    CHECK(cc_shard_parse("1/0", &k, &nn, &err) == CC_ERR_INVALID);
    CHECK(cc_shard_parse("1/4x", &k, &nn, &err) == CC_ERR_INVALID);
    CHECK(cc_shard_hash("abc", 3) == 0xe71fa2190541574bULL); /* FNV-1a 64 reference value */

    /* ---- Runs + writer: results commit with the output column and counters. */
    cc_run_desc rd = {.model_path = "m.gguf", .model_sha256 = "m", .config_hash = "c", .prompt_hash = "p",
                      .device = "cpu", .table = "discharge_summaries", .id_col = "id", .text_col = "summary",
                      .out_col = "clean"};
    int64_t run1, run2;
    char *unf = NULL;
    CHECK(cc_runs_begin(d, &rd, &run1, &unf, &err) == CC_OK && strcmp(unf, "[]") == 0);
    free(unf);
    cc_writer_spec ws = {.table = "discharge_summaries", .out_col = "clean", .ref = &ref, .run_id = run1,
                         .model_hash = "m", .config_hash = "c", .batch_rows = 4, .batch_ms = 100000};
    cc_writer *w = NULL;
    CHECK(cc_writer_open(d, &ws, &w, &err) == CC_OK);
    cc_scan *sc = NULL;
    CHECK(cc_scan_open(d, &sp, &sc, &err) == CC_OK);
    for (int i = 0; i < 6; i++) {
        cc_note_row r = {0};
        bool done;
        CHECK(cc_scan_next(sc, &r, &done, &err) == CC_OK && !done);
        cc_result_fields f = {.status = i == 5 ? CC_RESULT_ERROR : CC_RESULT_OK, .output = "cleaned", .output_len = 7,
                              .finish = "eos", .chunks = 1, .output_tokens = 3};
        CHECK(cc_writer_add(w, &r, &f, &err) == CC_OK);
        CHECK(r.key == NULL); /* moved */
    }
    cc_scan_close(sc);
    /* 4 committed by batch size, 2 buffered. */
    CHECK(cc_writer_pending(w) == 2);
    CHECK(q_int(DB, "SELECT count(*) FROM clinclean_results") == 4);
    CHECK(q_int(DB, "SELECT count(*) FROM discharge_summaries WHERE clean = 'cleaned'") == 4);
    CHECK(q_int(DB, "SELECT rows_ok FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 4);
    CHECK(cc_writer_flush(w, &err) == CC_OK);
    CHECK(q_int(DB, "SELECT count(*) FROM clinclean_results") == 6);
    CHECK(q_int(DB, "SELECT count(*) FROM discharge_summaries WHERE clean IS NOT NULL") == 5); /* error: NULL */
    CHECK(q_int(DB, "SELECT rows_error * 100 + rows_ok FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 105);
    cc_writer_close(w);
    /* Incremental rule: the 5 ok rows are unchanged for the same hashes; the error row is retried. */
    sp.limit = -1;
    cc_scan *sc2 = NULL;
    CHECK(cc_scan_open(d, &sp, &sc2, &err) == CC_OK);
    int64_t handed = 0;
    for (;;) {
        cc_note_row r = {0};
        bool done;
        CHECK(cc_scan_next(sc2, &r, &done, &err) == CC_OK);
        if (done) break;
        handed++;
        cc_note_row_clear(&r);
    }
    CHECK(handed == 45 && cc_scan_stats_get(sc2)->unchanged == 5);
    cc_scan_close(sc2);
    sp.model_hash = "other-model";
    scan_all(d, &sp, &n, keys2, 64);
    CHECK(n == 50);
    sp.model_hash = "m";
    /* A run left 'running' (killed) is reported by the next one. */
    CHECK(cc_runs_begin(d, &rd, &run2, &unf, &err) == CC_OK);
    char want[32];
    snprintf(want, sizeof want, "[%lld]", (long long)run1);
    CHECKF(unf && strcmp(unf, want) == 0, "unfinished %s", unf);
    free(unf);
    CHECK(cc_runs_end(d, run2, "done", 1000, &err) == CC_OK);
    CHECK(q_int(DB, "SELECT count(*) FROM clinclean_runs WHERE status='done' AND ended_at IS NOT NULL") == 1);

    /* ---- Model hash cache: hashed once, reused, redone when the file changes. */
    const char *mp = tmp_path("model.bin");
    FILE *f = fopen(mp, "wb");
    fputs("GGUF model bytes v1", f);
    fclose(f);
    char h1[65], h2[65], want_h[65];
    bool cached;
    cc_sha256_hex("GGUF model bytes v1", 19, want_h);
    CHECK(cc_db_model_sha256(d, mp, false, h1, &cached, &err) == CC_OK && !cached && strcmp(h1, want_h) == 0);
    CHECK(cc_db_model_sha256(d, mp, false, h2, &cached, &err) == CC_OK && cached && strcmp(h2, h1) == 0);
    CHECK(cc_db_model_sha256(d, mp, true, h2, &cached, &err) == CC_OK && !cached);
    f = fopen(mp, "wb");
    fputs("GGUF model bytes v2, longer", f);
    fclose(f);
    CHECK(cc_db_model_sha256(d, mp, false, h2, &cached, &err) == CC_OK && !cached && strcmp(h2, h1) != 0);
    CHECK(cc_db_model_sha256(d, "/tmp/cc_no_such_model.gguf", false, h2, &cached, &err) == CC_ERR_IO);
    unlink(mp);

    cc_table_ref_free(&ref);
    cc_db_close(d);
    int rc = cc_test_finish("test_notes_db");
    tmp_cleanup();
    return rc;
}
