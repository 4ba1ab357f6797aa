/* test_job.c - `clinclean run` end to end on the sample database with a
 * deterministic engine double: every row gets a result, the source column is
 * byte-identical afterwards, reruns skip everything, a changed note is redone;
 * bad rows of every kind; chunking of long notes; out-of-order completion and
 * a full queue; a second process writing during a run; SIGTERM; shards 0..3
 * of 4 merged equal one unsharded run; export as gzip JSON lines. */
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <zlib.h>

#include "job_helpers.h"

#define SRC_FP "SELECT id, summary FROM discharge_summaries ORDER BY id"
#define OUT_FP "SELECT id, clean FROM discharge_summaries ORDER BY id"
#define RES_FP                                                                                                       \
    "SELECT row_key, status, reasons, source_hash, model_hash, config_hash, source_text, output_text, prompt_tokens, " \
    "output_tokens, finish_reason, chunks FROM clinclean_results ORDER BY row_key"

static const char *A; /* the sample database of the main end-to-end run */

static void copy_file(const char *from, const char *to) {
    size_t n;
    char *b = slurp(from, &n);
    char wal[512];
    snprintf(wal, sizeof wal, "%s-wal", to);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", to);
    unlink(wal);
    FILE *f = fopen(to, "wb");
    if (b && f) fwrite(b, 1, n, f);
    if (f) fclose(f);
    free(b);
}

/* ---------------------------------------------------------------- end to end */

static void test_end_to_end(void) {
    const char *codec[] = {"--text-codec", "zlib"};
    CHECK(make_sample_db(A) == 0);
    char before[65], after[65];
    q_fingerprint(A, SRC_FP, before);
    g_max_tokens = 300;
    g_seed = 11;
    int rc = run_cli(A, codec, 2);
    CHECKF(rc == 0, "first run exit %d", rc);
    q_fingerprint(A, SRC_FP, after);
    CHECKF(strcmp(before, after) == 0, "the source column changed");
    int64_t rows;
    CHECK(check_consistent(A, &rows) == 0 && rows == 50);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results") == 50);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE status='skipped'") == 3);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE status='ok'") == 47);
    CHECK(q_int(A, "SELECT rows_ok*1000+rows_skipped FROM clinclean_runs WHERE run_id=1") == 47003);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_runs WHERE status='done' AND ended_at IS NOT NULL") == 1);
    /* Long notes were split and joined; nothing truncated (check_consistent compared the text). */
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE chunks > 1") >= 4);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE chunks > 1 AND reasons LIKE '%\"split\"%'") >= 4);
    /* Debris repaired before the model saw it; the BLOB decoded; bad UTF-8 repaired with a reason. */
    CHECK(q_int(A, "SELECT count(*) FROM discharge_summaries WHERE clean LIKE '%' || char(194) || '%'") == 0);
    CHECK(q_int(A, "SELECT count(*) FROM discharge_summaries WHERE summary LIKE '%' || char(194) || '%'") >= 4);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE reasons LIKE '%debris_repaired%'") >= 5);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE reasons LIKE '%blob_decoded%' AND status='ok'") == 1);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE reasons LIKE '%invalid_utf8_repaired%'") == 1);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE reasons LIKE '%\"null\"%' OR "
                   "reasons LIKE '%\"empty\"%' OR reasons LIKE '%whitespace_only%'") == 3);

    /* Rerun: nothing is redone. */
    rc = run_cli(A, codec, 2);
    CHECK(rc == 0);
    CHECK(q_int(A, "SELECT rows_ok+rows_review+rows_skipped+rows_error FROM clinclean_runs WHERE run_id=2") == 0);
    CHECK(q_int(A, "SELECT rows_unchanged FROM clinclean_runs WHERE run_id=2") == 50);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE run_id=2") == 0);

    /* Names are case-insensitive in SQLite: the same run spelled differently changes nothing. */
    char *argv_case[] = {"run", "--db", (char *)A, "--table", "DISCHARGE_SUMMARIES", "--id-col", "ID", "--text-col",
                         "Summary", "--out-col", "CLEAN", "-m", (char *)test_model(), "--progress", "none",
                         "--text-codec", "zlib", NULL};
    CHECK(cc_run_command(17, argv_case, open_double, false) == 0);
    CHECK(q_int(A, "SELECT rows_unchanged FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 50);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_runs WHERE source_table != 'discharge_summaries' OR out_col != 'clean'") == 0);
    CHECK(q_exec(A, "DELETE FROM clinclean_runs WHERE run_id = 3") == 0); /* keep run numbering of the checks below */
    /* A changed note is redone, and only it. */
    long long id = q_int(A, "SELECT id FROM discharge_summaries WHERE summary LIKE '%HERNIOPLASTY%'");
    char sql[256];
    snprintf(sql, sizeof sql, "UPDATE discharge_summaries SET summary = 'PT REVIEWED. WOUND HEALTHY.' WHERE id=%lld", id);
    CHECK(q_exec(A, sql) == 0);
    CHECK(run_cli(A, codec, 2) == 0);
    CHECK(q_int(A, "SELECT rows_ok*100+rows_unchanged FROM clinclean_runs WHERE run_id=3") == 149);
    snprintf(sql, sizeof sql, "SELECT clean = 'pt reviewed. wound healthy.' AND (SELECT run_id FROM clinclean_results "
                              "WHERE row_key='%lld') = 3 FROM discharge_summaries WHERE id=%lld", id, id);
    CHECK(q_int(A, sql) == 1);
    /* A changed codec setting changes the config hash: everything is redone, as with --full. */
    const char *full[] = {"--text-codec", "zlib", "--full", "--limit", "10"};
    CHECK(run_cli(A, full, 5) == 0);
    CHECK(q_int(A, "SELECT rows_ok+rows_skipped FROM clinclean_runs WHERE run_id=4") == 10);
    CHECK(check_consistent(A, &rows) == 0);
    /* Without the codec the BLOB row is an error row: exit status 3. */
    CHECK(run_cli(A, NULL, 0) == CC_EXIT_ATTENTION);
    CHECK(q_int(A, "SELECT count(*) FROM clinclean_results WHERE status='error' AND reasons LIKE '%blob_without_codec%'") == 1);
    CHECK(check_consistent(A, &rows) == 0);
    /* Dry run: counts what a run would do, writes nothing. */
    char fp1[65], fp2[65];
    q_fingerprint(A, RES_FP, fp1);
    const char *dry[] = {"--dry-run", "--full", "--text-codec", "zlib", "--json"};
    CHECK(run_cli(A, dry, 5) == 0);
    q_fingerprint(A, RES_FP, fp2);
    CHECK(strcmp(fp1, fp2) == 0);
    /* Usage errors. */
    const char *bad1[] = {"--shard", "4/4"};
    CHECK(run_cli(A, bad1, 2) == CC_EXIT_USAGE);
    const char *bad2[] = {"--limit", "-3"};
    CHECK(run_cli(A, bad2, 2) == CC_EXIT_USAGE);
    const char *bad3[] = {"--where", "1; DROP TABLE discharge_summaries"};
    CHECK(run_cli(A, bad3, 2) == CC_EXIT_FAILURE);
    CHECK(q_int(A, "SELECT count(*) FROM discharge_summaries") == 50);
    char *argv[] = {"run", "--db", (char *)A, NULL};
    CHECK(cc_run_command(3, argv, open_double, false) == CC_EXIT_USAGE);
}

/* ---------------------------------------------------------------- bad rows */

static uint8_t *zip(const void *d, size_t n, size_t *on) {
    uLongf cap = compressBound((uLong)n);
    uint8_t *o = malloc(cap);
    compress2(o, &cap, d, (uLong)n, 9);
    *on = cap;
    return o;
}

static void test_bad_rows(void) {
    const char *B = tmp_path("bad.sqlite");
    unlink(B);
    sqlite3 *db;
    sqlite3_open(B, &db);
    sqlite3_exec(db, "CREATE TABLE notes(k TEXT PRIMARY KEY, body) WITHOUT ROWID", NULL, NULL, NULL);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(db, "INSERT INTO notes VALUES (?1, ?2)", -1, &s, NULL);
#define ADD_TEXT(key, txt, len) (sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC), sqlite3_bind_text(s, 2, txt, len, SQLITE_TRANSIENT), sqlite3_step(s), sqlite3_reset(s))
#define ADD_BLOB(key, b, len) (sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC), sqlite3_bind_blob(s, 2, b, (int)(len), SQLITE_TRANSIENT), sqlite3_step(s), sqlite3_reset(s))
    sqlite3_bind_text(s, 1, "null", -1, SQLITE_STATIC), sqlite3_bind_null(s, 2), sqlite3_step(s), sqlite3_reset(s);
    ADD_TEXT("empty", "", 0);
    ADD_TEXT("blank", " \n\t \xC2\xA0 ", -1);
    sqlite3_bind_text(s, 1, "int", -1, SQLITE_STATIC), sqlite3_bind_int(s, 2, 12345), sqlite3_step(s), sqlite3_reset(s);
    ADD_TEXT("badutf8", "BP 120/80\xFF MMHG \xC3", -1);
    ADD_TEXT("moji", "PATIENT\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2S BP 120/80\xC3\x82 MMHG", -1);
    ADD_TEXT("fail", "C/O FEVER FAILME X 2 DAYS", -1);
    ADD_TEXT("trunc", "C/O COUGH TRUNCME X 2 DAYS", -1);
    char *longn = malloc(20000);
    longn[0] = 0;
    for (int i = 0; i < 300; i++) strcat(longn, i % 10 == 9 ? "SOS.\n\n" : "PT ON TAB PCM 650MG TDS. ");
    ADD_TEXT("long", longn, -1);
    char *word = malloc(6000);
    memset(word, 'X', 5999);
    word[5999] = 0;
    ADD_TEXT("bigword", word, -1);
    const char *note = "PT C/O HEADACHE. ADV: TAB PCM 650MG SOS.";
    size_t zn;
    uint8_t *z = zip(note, strlen(note), &zn);
    ADD_BLOB("blob", z, zn);
    z[zn / 2] ^= 0x5A;
    ADD_BLOB("corrupt", z, zn);
    free(z);
    char *zeros = calloc(1, 4 << 20);
    z = zip(zeros, 4 << 20, &zn);
    ADD_BLOB("bomb", z, zn);
    free(z);
    free(zeros);
    sqlite3_finalize(s);
    sqlite3_close(db);

    cc_error err = {0};
    cc_db *d = NULL;
    CHECK(cc_db_open(B, false, 5000, &d, &err) == CC_OK);
    if (!d) return;
    cc_rewriter rw = dbl_make(3, 50, 99);
    ((dbl_ctx *)rw.ctx)->fail_marker = "FAILME";
    ((dbl_ctx *)rw.ctx)->truncate_marker = "TRUNCME";
    cc_run_desc rd = {.model_path = "m", .model_sha256 = "m", .config_hash = "c", .prompt_hash = "p", .device = "d",
                      .table = "notes", .id_col = "k", .text_col = "body", .out_col = "clean"};
    cc_job_spec sp = {.db = d, .table = "notes", .id_col = "k", .text_col = "body", .out_col = "clean", .limit = -1,
                      .codec = CC_CODEC_ZLIB, .blob_max = 1 << 20, .keep_source = true, .run = &rd, .rw = &rw,
                      .max_inflight = 4, .batch_rows = 3, .progress = CC_PROGRESS_NONE};
    cc_job_summary sum;
    CHECKF(cc_job_run(&sp, &sum, &err) == CC_OK, "%s", err.msg);
    CHECK(cc_job_exit_code(CC_OK, &sum) == CC_EXIT_ATTENTION);
    CHECK(sum.rows_ok + sum.rows_review + sum.rows_skipped + sum.rows_error == 13);
#define STATUS_IS(key, st) CHECKF(q_int(B, "SELECT count(*) FROM clinclean_results WHERE row_key='" key "' AND status='" st "'") == 1, "%s not %s", key, st)
#define REASON_HAS(key, what) CHECKF(q_int(B, "SELECT count(*) FROM clinclean_results WHERE row_key='" key "' AND reasons LIKE '%" what "%'") == 1, "%s lacks %s", key, what)
    STATUS_IS("null", "skipped");
    REASON_HAS("null", "\"null\"");
    STATUS_IS("empty", "skipped");
    STATUS_IS("blank", "skipped");
    REASON_HAS("blank", "whitespace_only");
    STATUS_IS("int", "ok");
    REASON_HAS("int", "integer_value");
    STATUS_IS("badutf8", "ok");
    REASON_HAS("badutf8", "\"replaced\":2");
    STATUS_IS("moji", "ok");
    CHECK(q_int(B, "SELECT clean = 'patient' || char(8217) || 's bp 120/80 mmhg' FROM notes WHERE k='moji'") == 1);
    STATUS_IS("fail", "error");
    REASON_HAS("fail", "simulated failure");
    STATUS_IS("trunc", "needs_review");
    REASON_HAS("trunc", "output_truncated");
    STATUS_IS("long", "ok");
    CHECK(q_int(B, "SELECT chunks FROM clinclean_results WHERE row_key='long'") >= 10);
    STATUS_IS("bigword", "ok");
    CHECK(q_int(B, "SELECT length(clean) FROM notes WHERE k='bigword'") == 5999);
    CHECK(q_int(B, "SELECT count(*) FROM notes WHERE k='long' AND length(clean) = length(rtrim(body, char(10)))") == 1);
    STATUS_IS("blob", "ok");
    CHECK(q_int(B, "SELECT clean = 'pt c/o headache. adv: tab pcm 650mg sos.' FROM notes WHERE k='blob'") == 1);
    STATUS_IS("corrupt", "error");
    REASON_HAS("corrupt", "blob_decode_failed");
    STATUS_IS("bomb", "error");
    REASON_HAS("bomb", "cap");
    CHECK(q_int(B, "SELECT count(*) FROM notes WHERE clean IS NOT NULL") == 7);
    CHECK(((dbl_ctx *)rw.ctx)->n == 0);
    /* Rejecting invalid UTF-8 instead: an error row, and only the error rows are retried. */
    sp.utf8_reject = true;
    rd.config_hash = "c-reject";
    sp.full = true;
    CHECK(cc_job_run(&sp, &sum, &err) == CC_OK);
    STATUS_IS("badutf8", "error");
    REASON_HAS("badutf8", "\"offset\":9");
    sp.full = false;
    int64_t before = ((dbl_ctx *)rw.ctx)->submitted;
    CHECK(cc_job_run(&sp, &sum, &err) == CC_OK);
    CHECKF(sum.rows_unchanged == 9 && sum.rows_error == 4, "unchanged %lld error %lld", (long long)sum.rows_unchanged,
           (long long)sum.rows_error);
    CHECK(((dbl_ctx *)rw.ctx)->submitted - before == 1); /* only the FAILME note reached the engine again */
    /* The summary JSON parses and carries the counts. */
    char *js = cc_job_summary_json(&sum);
    json_t *j = js ? json_loads(js, 0, NULL) : NULL;
    CHECK(j && json_integer_value(json_object_get(j, "rows_error")) == 4 &&
          json_integer_value(json_object_get(j, "rows_unchanged")) == 9);
    json_decref(j);
    free(js);
    /* A filter that matches nothing: a clean, empty run. */
    sp.where = "k = 'no such key'";
    CHECK(cc_job_run(&sp, &sum, &err) == CC_OK);
    CHECK(sum.total_rows == 0 && sum.rows_ok + sum.rows_error + sum.rows_unchanged == 0);
    CHECK(cc_job_exit_code(CC_OK, &sum) == CC_EXIT_OK);
    rw.destroy(rw.ctx);
    cc_db_close(d);
    /* Export of this WITHOUT ROWID table with every kind of bad value: all lines parse. */
    const char *X = tmp_path("bad.jsonl.gz");
    char *eargv[] = {"export", "--db", (char *)B, "--table", "notes", "--id-col", "k", "--text-col", "body",
                     "--out-col", "clean", "--jsonl", (char *)X, NULL};
    CHECK(cmd_export(13, eargv) == 0);
    gzFile gz = gzopen(X, "rb");
    static char line[1 << 16];
    int lines = 0, parsed = 0, blobs = 0, flagged = 0;
    while (gz && gzgets(gz, line, sizeof line)) {
        lines++;
        json_t *row = json_loads(line, 0, NULL);
        if (row) parsed++;
        if (row && json_object_get(row, "source_blob_base64")) blobs++;
        if (row && json_object_get(row, "invalid_utf8")) flagged++;
        json_decref(row);
    }
    if (gz) gzclose(gz);
    CHECKF(lines == 13 && parsed == 13 && blobs == 3 && flagged == 1, "%d lines, %d parsed, %d blobs, %d flagged", lines,
           parsed, blobs, flagged);
    free(longn);
    free(word);
}

/* ---------------------------------------------------------------- concurrency */

static void test_concurrent_writer(void) {
    const char *C = tmp_path("concurrent.sqlite");
    CHECK(make_sample_db(C) == 0);
    CHECK(q_exec(C, "PRAGMA journal_mode=WAL; CREATE TABLE audit(n INTEGER, at TEXT)") == 0);
    pid_t pid = fork();
    if (pid == 0) { /* another application writing to the same database */
        sqlite3 *db;
        if (sqlite3_open(C, &db) != SQLITE_OK) _exit(2);
        sqlite3_busy_timeout(db, 20000);
        for (int i = 0; i < 200; i++) {
            char sql[200];
            snprintf(sql, sizeof sql,
                     "BEGIN IMMEDIATE; INSERT INTO audit VALUES (%d, datetime('now')); "
                     "UPDATE discharge_summaries SET department = department WHERE id = (SELECT min(id) FROM "
                     "discharge_summaries); COMMIT;", i);
            if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) _exit(3);
            struct timespec ts = {0, 300000};
            nanosleep(&ts, NULL);
        }
        sqlite3_close(db);
        _exit(0);
    }
    g_latency_us = 300;
    const char *extra[] = {"--text-codec", "zlib", "--batch-rows", "2"};
    int rc = run_cli(C, extra, 4);
    g_latency_us = 0;
    int status = 0;
    waitpid(pid, &status, 0);
    CHECKF(rc == 0, "run exit %d", rc);
    CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "writer exit %d", WEXITSTATUS(status));
    CHECK(q_int(C, "SELECT count(*) FROM audit") == 200);
    int64_t rows;
    CHECK(check_consistent(C, &rows) == 0 && rows == 50);
}

/* ---------------------------------------------------------------- SIGTERM */

static void test_sigterm(void) {
    const char *S = tmp_path("signal.sqlite");
    CHECK(make_sample_db(S) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        g_latency_us = 20000; /* slow engine: the signal lands mid-run */
        g_cap = 2;
        const char *extra[] = {"--text-codec", "zlib", "--batch-rows", "1"};
        _exit(run_cli(S, extra, 4));
    }
    /* Signal once the run has committed something (at most 10 s). */
    for (int i = 0; i < 1000; i++) {
        struct timespec ts = {0, 10 * 1000000L};
        nanosleep(&ts, NULL);
        if (q_int(S, "SELECT count(*) FROM sqlite_master WHERE name='clinclean_results'") == 1 &&
            q_int(S, "SELECT count(*) FROM clinclean_results") > 0)
            break;
    }
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == CC_EXIT_INTERRUPTED, "exit %d", WEXITSTATUS(status));
    CHECK(q_int(S, "SELECT count(*) FROM clinclean_runs WHERE status='interrupted' AND ended_at IS NOT NULL") == 1);
    long long done = q_int(S, "SELECT count(*) FROM clinclean_results");
    CHECKF(done > 0 && done < 50, "%lld rows done before the signal", done);
    CHECK(q_int(S, "SELECT rows_ok+rows_skipped FROM clinclean_runs WHERE run_id=1") == done);
    const char *extra[] = {"--text-codec", "zlib"};
    CHECK(run_cli(S, extra, 2) == 0);
    int64_t rows;
    CHECK(check_consistent(S, &rows) == 0 && rows == 50);
    CHECK(q_int(S, "SELECT rows_unchanged FROM clinclean_runs WHERE run_id=2") == done);
}

/* ---------------------------------------------------------------- shards + merge + export */

static void test_shards_merge_export(void) {
    const char *base = tmp_path("base.sqlite"), *M = tmp_path("merged.sqlite");
    CHECK(make_sample_db(base) == 0);
    /* Unsharded reference run on A. */
    copy_file(base, A);
    const char *codec[] = {"--text-codec", "zlib"};
    CHECK(run_cli(A, codec, 2) == 0);
    /* Four shards, each on its own copy, then merged into a fresh copy. */
    char shard_db[4][512];
    int64_t total = 0;
    for (int k = 0; k < 4; k++) {
        char name[32];
        snprintf(name, sizeof name, "shard%d.sqlite", k);
        snprintf(shard_db[k], sizeof shard_db[k], "%s", tmp_path(name));
        copy_file(base, shard_db[k]);
        char spec[16];
        snprintf(spec, sizeof spec, "%d/4", k);
        const char *extra[] = {"--text-codec", "zlib", "--shard", spec};
        CHECK(run_cli(shard_db[k], extra, 4) == 0);
        total += q_int(shard_db[k], "SELECT count(*) FROM clinclean_results");
    }
    CHECKF(total == 50, "shards produced %lld results", (long long)total);
    copy_file(base, M);
    char *margv[] = {"merge", "--db", (char *)M, "--table", "discharge_summaries", "--id-col", "id", "--text-col",
                     "summary", "--out-col", "clean", shard_db[0], shard_db[1], shard_db[2], shard_db[3], NULL};
    CHECK(cmd_merge(15, margv) == 0);
    char fa[65], fm[65];
    q_fingerprint(A, OUT_FP, fa);
    q_fingerprint(M, OUT_FP, fm);
    CHECKF(strcmp(fa, fm) == 0, "merged output column differs from the unsharded run");
    q_fingerprint(A, RES_FP, fa);
    q_fingerprint(M, RES_FP, fm);
    CHECKF(strcmp(fa, fm) == 0, "merged results differ from the unsharded run");
    q_fingerprint(A, SRC_FP, fa);
    q_fingerprint(M, SRC_FP, fm);
    CHECK(strcmp(fa, fm) == 0);
    CHECK(q_int(M, "SELECT count(*) FROM clinclean_runs") == 4);
    /* Merging again changes nothing. */
    char again0[65], again1[65];
    q_fingerprint(M, RES_FP, again0);
    CHECK(cmd_merge(15, margv) == 0);
    CHECK(q_int(M, "SELECT count(*) FROM clinclean_runs") == 4);
    q_fingerprint(M, RES_FP, again1);
    CHECK(strcmp(again0, again1) == 0);
    int64_t rows;
    CHECK(check_consistent(M, &rows) == 0 && rows == 50);
    /* A rerun on the merged database finds nothing to do. */
    CHECK(run_cli(M, codec, 2) == 0);
    CHECK(q_int(M, "SELECT rows_unchanged FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 50);
    /* A non-clinclean shard is refused. */
    char *bad[] = {"merge", "--db", (char *)M, "--table", "discharge_summaries", "--id-col", "id", "--text-col",
                   "summary", "--out-col", "clean", (char *)base, NULL};
    CHECK(cmd_merge(12, bad) == 1);

    /* Export: one JSON object per row, gzip; every line parses; fields right. */
    const char *X = tmp_path("export.jsonl.gz");
    unlink(X);
    char *eargv[] = {"export", "--db", (char *)A, "--table", "discharge_summaries", "--id-col", "id", "--text-col",
                     "summary", "--out-col", "clean", "--jsonl", (char *)X, NULL};
    CHECK(cmd_export(13, eargv) == 0);
    gzFile gz = gzopen(X, "rb");
    CHECK(gz != NULL);
    int lines = 0, ok = 0, invalid = 0, blobs = 0;
    static char line[1 << 16];
    while (gz && gzgets(gz, line, sizeof line)) {
        lines++;
        json_error_t je;
        json_t *j = json_loads(line, 0, &je);
        CHECKF(j != NULL, "line %d: %s", lines, je.text);
        if (!j) continue;
        const char *st = json_string_value(json_object_get(j, "status"));
        if (st && strcmp(st, "ok") == 0) {
            ok++;
            CHECK(json_is_string(json_object_get(j, "output")) && json_is_array(json_object_get(j, "reasons")));
            CHECK(json_object_get(j, "stale") == json_false());
        }
        if (json_object_get(j, "invalid_utf8")) invalid++;
        if (json_object_get(j, "source_blob_base64")) blobs++;
        json_decref(j);
    }
    if (gz) gzclose(gz);
    CHECK(lines == 50 && ok == 47 && invalid == 1 && blobs == 1);
    char *sargv[] = {"export", "--db", (char *)A, "--table", "discharge_summaries", "--id-col", "id", "--text-col",
                     "summary", "--out-col", "clean", "--jsonl", (char *)X, "--status", "skipped", NULL};
    CHECK(cmd_export(15, sargv) == 0);
    gz = gzopen(X, "rb");
    lines = 0;
    while (gz && gzgets(gz, line, sizeof line)) lines++;
    if (gz) gzclose(gz);
    CHECK(lines == 3);
}

/* ---------------------------------------------------------------- guard, progress, engine failure */

/* The job's thread, and how often the guard ran on it: the guard belongs on the job's worker
 * thread, where it overlaps the engine's steps instead of adding to the run's wall time. */
static pthread_t g_job_thread;
static int g_guard_on_job_thread;

/* A guard that flags notes mentioning a dose in MG and fails on "GUARDFAIL". */
static cc_status test_guard(void *ctx, const char *src, size_t src_len, const char *out, size_t out_len,
                            const char *finish, cc_guard_outcome *v, cc_error *err) {
    (*(int *)ctx)++;
    if (pthread_equal(pthread_self(), g_job_thread)) g_guard_on_job_thread++;
    if (strcmp(finish, "eos") != 0) return cc_fail(err, CC_ERR_INVALID, "unexpected finish %s", finish);
    (void)out;
    (void)out_len;
    if (memmem(src, src_len, "GUARDFAIL", 9)) return cc_fail(err, CC_ERR_FORMAT, "guard could not align");
    if (memmem(src, src_len, "MG", 2)) {
        v->needs_review = true;
        v->reasons = strdup("[{\"check\":\"dose\",\"detail\":\"dose_changed\",\"src_start\":0,\"src_end\":2}]");
    }
    return CC_OK;
}

static void test_guard_progress_failure(void) {
    const char *G = tmp_path("guard.sqlite");
    unlink(G);
    CHECK(q_exec(G, "CREATE TABLE n(id INTEGER PRIMARY KEY, t TEXT);"
                    "INSERT INTO n VALUES (1, 'TAB PCM 650MG SOS'), (2, 'PT STABLE'), (3, 'GUARDFAIL NOTE'),"
                    "(4, 'REVIEW SOS'), (5, 'C/O COUGH'), (6, 'ADV REST')") == 0);
    cc_error err = {0};
    cc_db *d = NULL;
    CHECK(cc_db_open(G, false, 5000, &d, &err) == CC_OK);
    if (!d) return;
    cc_rewriter rw = dbl_make(4, 100, 0);
    int calls = 0;
    FILE *prog = tmpfile();
    cc_run_desc rd = {.model_path = "m", .model_sha256 = "m", .config_hash = "c", .prompt_hash = "p", .device = "d",
                      .table = "n", .id_col = "id", .text_col = "t", .out_col = "o"};
    cc_job_spec sp = {.db = d, .table = "n", .id_col = "id", .text_col = "t", .out_col = "o", .limit = -1, .run = &rd,
                      .rw = &rw, .guard = test_guard, .guard_ctx = &calls, .max_inflight = 2, .batch_rows = 2,
                      .progress = CC_PROGRESS_PLAIN, .progress_out = prog, .progress_every_s = 1e-6};
    cc_job_summary sum;
    g_job_thread = pthread_self();
    g_guard_on_job_thread = 0;
    CHECK(cc_job_run(&sp, &sum, &err) == CC_OK);
    CHECK(calls == 6);
    CHECKF(g_guard_on_job_thread == 0, "the guard ran %d times on the job's own thread", g_guard_on_job_thread);
    CHECK(sum.rows_ok == 4 && sum.rows_review == 1 && sum.rows_error == 1);
    CHECK(q_int(G, "SELECT count(*) FROM clinclean_results WHERE row_key='1' AND status='needs_review' AND "
                   "reasons LIKE '%dose_changed%' AND output_text = 'tab pcm 650mg sos'") == 1);
    CHECK(q_int(G, "SELECT count(*) FROM clinclean_results WHERE row_key='3' AND status='error' AND "
                   "reasons LIKE '%guard could not align%'") == 1);
    CHECK(q_int(G, "SELECT count(*) FROM n WHERE o IS NULL") == 1);
    /* Plain progress lines: rows done of total, rates, ETA. */
    char buf[4096] = "";
    rewind(prog);
    size_t got = fread(buf, 1, sizeof buf - 1, prog);
    buf[got] = 0;
    CHECKF(strstr(buf, "clinclean: 6/6 rows (100.0%)") && strstr(buf, "rows/s") && strstr(buf, "output tok/s") &&
               strstr(buf, "ETA") && !strchr(buf, '\r'), "progress: %s", buf);
    fclose(prog);
    /* The bar: one line redrawn with carriage returns. */
    prog = tmpfile();
    sp.progress = CC_PROGRESS_BAR;
    sp.progress_out = prog;
    sp.full = true;
    CHECK(cc_job_run(&sp, &sum, &err) == CC_OK);
    rewind(prog);
    got = fread(buf, 1, sizeof buf - 1, prog);
    buf[got] = 0;
    CHECKF(strstr(buf, "\r[##############################] 6/6 rows") != NULL, "bar: %s", buf);
    fclose(prog);
    /* With --limit the bar ends at the limit, not at the table's row count. */
    prog = tmpfile();
    sp.progress_out = prog;
    sp.limit = 4;
    CHECK(cc_job_run(&sp, &sum, &err) == CC_OK);
    rewind(prog);
    got = fread(buf, 1, sizeof buf - 1, prog);
    buf[got] = 0;
    CHECKF(strstr(buf, "\r[##############################] 4/4 rows") != NULL && strstr(buf, "/6 rows") == NULL,
           "bar with --limit 4: %s", buf);
    fclose(prog);
    sp.limit = -1;
    /* The engine dies mid-run: the run fails, what finished is committed, the run says 'failed'. */
    ((dbl_ctx *)rw.ctx)->poll_fail_after = ((dbl_ctx *)rw.ctx)->returned + 3;
    sp.progress = CC_PROGRESS_NONE;
    sp.batch_rows = 100;
    CHECK(cc_job_run(&sp, &sum, &err) == CC_ERR_DEVICE);
    CHECKF(strstr(err.msg, "simulated device failure") != NULL, "%s", err.msg);
    CHECK(cc_job_exit_code(CC_ERR_DEVICE, &sum) == CC_EXIT_FAILURE);
    /* the failed run is the last one */
    long long committed =
        q_int(G, "SELECT count(*) FROM clinclean_results WHERE run_id = (SELECT max(run_id) FROM clinclean_runs)");
    CHECKF(committed >= 3 && committed < 6, "%lld rows committed before the failure", committed);
    CHECK(q_int(G, "SELECT status='failed' AND ended_at IS NOT NULL AND rows_ok+rows_review+rows_error = "
                   "(SELECT count(*) FROM clinclean_results WHERE run_id = r.run_id) FROM clinclean_runs r "
                   "WHERE run_id = (SELECT max(run_id) FROM clinclean_runs)") == 1);
    rw.destroy(rw.ctx);
    cc_db_close(d);
}

/* Four shard processes at once on the same database (WAL, busy timeout). */
static void test_shards_concurrent(void) {
    const char *P = tmp_path("parallel.sqlite");
    CHECK(make_sample_db(P) == 0);
    pid_t pids[4];
    for (int k = 0; k < 4; k++) {
        pids[k] = fork();
        if (pids[k] == 0) {
            g_latency_us = 500;
            char spec[16];
            snprintf(spec, sizeof spec, "%d/4", k);
            const char *extra[] = {"--text-codec", "zlib", "--shard", spec, "--batch-rows", "2"};
            _exit(run_cli(P, extra, 6));
        }
    }
    for (int k = 0; k < 4; k++) {
        int status = 0;
        waitpid(pids[k], &status, 0);
        CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "shard %d exit %d", k, WEXITSTATUS(status));
    }
    int64_t rows;
    CHECK(check_consistent(P, &rows) == 0 && rows == 50);
    CHECK(q_int(P, "SELECT count(*) FROM clinclean_runs WHERE status='done'") == 4);
    CHECK(q_int(P, "SELECT sum(rows_ok + rows_skipped) FROM clinclean_runs") == 50);
    char fa[65], fp[65];
    q_fingerprint(A, OUT_FP, fa); /* A holds the unsharded reference run */
    q_fingerprint(P, OUT_FP, fp);
    CHECK(strcmp(fa, fp) == 0);
}

/* `clinclean run` as shipped judges every rewrite with the faithfulness guard:
 * flagged rows are needs_review with the guard's reasons; --on-flag null
 * leaves their output column NULL (the text stays in output_text); the policy
 * is part of the configuration hash, so changing it re-checks every row. */
static void test_real_guard_on_flag(void) {
    const char *D = tmp_path("onflag.sqlite");
    const char *codec[] = {"--text-codec", "zlib"};
    const char *null_policy[] = {"--text-codec", "zlib", "--on-flag", "null"};
    const char *bad[] = {"--on-flag", "drop"};
    unlink(D);
    CHECK(make_sample_db(D) == 0);
    g_max_tokens = 300;
    g_guard = true;
    CHECK(run_cli(D, bad, 2) == CC_EXIT_USAGE);
    int rc = run_cli(D, codec, 2);
    long long flagged = q_int(D, "SELECT count(*) FROM clinclean_results WHERE status='needs_review'");
    /* lower-casing trips the guard on some notes (and the exit status says so) */
    CHECKF(flagged > 0 && rc == CC_EXIT_ATTENTION, "rc %d, %lld flagged", rc, flagged);
    CHECK(q_int(D, "SELECT count(*) FROM clinclean_results WHERE status='needs_review' AND "
                   "reasons LIKE '%\"check\":%' AND reasons LIKE '%\"detail\":%'") == flagged);
    CHECK(q_int(D, "SELECT count(*) FROM clinclean_results r JOIN discharge_summaries d ON r.row_key = d.id "
                   "WHERE r.status IN ('ok','needs_review') AND d.clean IS r.output_text") == 47);
    rc = run_cli(D, null_policy, 4);
    CHECK(rc == CC_EXIT_ATTENTION);
    CHECK(q_int(D, "SELECT rows_unchanged FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 0);
    CHECK(q_int(D, "SELECT count(*) FROM clinclean_results r JOIN discharge_summaries d ON r.row_key = d.id "
                   "WHERE r.status='needs_review' AND d.clean IS NULL AND r.output_text IS NOT NULL") == flagged);
    CHECK(q_int(D, "SELECT count(*) FROM clinclean_results r JOIN discharge_summaries d ON r.row_key = d.id "
                   "WHERE r.status='ok' AND d.clean = r.output_text") == 47 - flagged);
    CHECK(run_cli(D, null_policy, 4) == 0); /* nothing redone: nothing new to review */
    CHECK(q_int(D, "SELECT rows_unchanged FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 50);
    g_guard = false;
}

int main(void) {
    A = tmp_path("sample.sqlite");
    test_model(); /* before any fork */
    test_guard_progress_failure();
    test_real_guard_on_flag();
    test_end_to_end();
    test_bad_rows();
    test_concurrent_writer();
    test_sigterm();
    test_shards_merge_export();
    test_shards_concurrent();
    int rc = cc_test_finish("test_job");
    tmp_cleanup();
    return rc;
}
