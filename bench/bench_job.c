/* bench_job.c - cost of the database side of `clinclean run`, with the
 * engine replaced by the instant test double: how many rows per second the
 * scan + prepare + write path sustains, how fast a rerun skips unchanged
 * rows, and how long the id-is-a-key check takes.  Figures go to docs/PERF.md.
 *
 * Then what the faithfulness guard adds to a run's wall time when the engine is as fast as the
 * H200's measured 235 rows/s (docs/PERF.md, run 8): the double sleeps as a GPU step would
 * (16 rows per 68 ms), and 600 rows run without the guard, with the guard on the job's own
 * thread (as before the worker) and with the guard on its worker thread (the default),
 * alternating, three rounds.
 *
 * usage: bench_job [ROWS (default 200000)] [DB (default /tmp/cc_bench_job.sqlite)] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tests/rewriter_double.h"
#include "guard.h"
#include "job.h"

static const char *TEMPLATES[] = {
    "PT ADMITTED WITH ABOVE SAID COMPLAINT. C/O FEVER WITH CHILLS X %d DAYS. K/C/O DM-II ON TAB METFORMIN %dMG BD. "
    "O/E TEMP 101F, PR %d/MIN, BP 130/80. TREATED WITH IV FLUIDS, INJ PCM 1GM IV SOS.\n\nADV: TAB DOLO 650MG SOS, "
    "REVIEW AFTER %d DAYS.",
    "C/O PAIN ABDOMEN RT HYPOCHONDRIUM X %d MONTHS. USG: GB CALCULI. UNDERWENT LAP CHOLECYSTECTOMY ON %d/03. POST OP "
    "UNEVENTFUL.\nADV: TAB PAN 40MG 1-0-0 X %d DAYS, SUTURE REMOVAL ON POD %d.",
    "K/C/O HTN, IHD. C/O CHEST PAIN X %d HRS. ECG: ST ELEVATION. PTCA + DES TO LAD. EF %d%%.\nADV: TAB ECOSPRIN 75MG, "
    "TAB TICAGRELOR 90MG BD, TAB ATORVA %dMG HS. REVIEW AFTER %d WEEKS.",
};

/* The real guard as the job's cc_guard_fn (cmd_run.c's adapter, --on-flag keep). */
static cc_status bench_guard_fn(void *ctx, const char *src, size_t src_len, const char *out, size_t out_len,
                                const char *finish, cc_guard_outcome *outcome, cc_error *err) {
    (void)ctx;
    cc_guard_result res = {0};
    cc_status st = cc_guard_check(src, src_len, out, out_len, finish, &res, err);
    if (st == CC_OK) {
        outcome->needs_review = res.verdict == CC_GUARD_REVIEW;
        if (res.n_reasons > 0 && !(outcome->reasons = cc_guard_reasons_json(&res)))
            st = cc_fail(err, CC_ERR_NOMEM, "out of memory for the guard's reasons");
    }
    cc_guard_result_free(&res);
    return st;
}

/* One run over table (its body column into clean) with the instant double rw; guard mode 0: no
 * guard, 1: the guard on the job's thread, 2: on its worker.  Wall seconds; exits on failure
 * (a benchmark has nothing to recover). */
static double run_job(cc_db *d, const char *table, cc_rewriter *rw, bool full, int mode, cc_job_summary *sum) {
    cc_run_desc rd = {.model_path = "bench", .model_sha256 = "m", .config_hash = mode ? "g" : "c", .prompt_hash = "p",
                      .device = "double", .table = table, .id_col = "id", .text_col = "body", .out_col = "clean"};
    cc_job_spec sp = {.db = d, .table = table, .id_col = "id", .text_col = "body", .out_col = "clean", .limit = -1,
                      .full = full, .keep_source = true, .run = &rd, .rw = rw, .max_inflight = 64, .batch_rows = 256,
                      .progress = CC_PROGRESS_NONE, .guard = mode ? bench_guard_fn : NULL, .guard_inline = mode == 1};
    cc_error err = {0};
    double t0 = cc_now_ms();
    if (cc_job_run(&sp, sum, &err) != CC_OK) {
        fprintf(stderr, "bench_job: %s\n", err.msg);
        exit(1);
    }
    return (cc_now_ms() - t0) / 1e3;
}

int main(int argc, char **argv) {
    long rows = argc > 1 ? atol(argv[1]) : 200000;
    const char *path = argc > 2 ? argv[2] : "/tmp/cc_bench_job.sqlite";
    char aux[512];
    unlink(path);
    snprintf(aux, sizeof aux, "%s-wal", path);
    unlink(aux);
    snprintf(aux, sizeof aux, "%s-shm", path);
    unlink(aux);
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); BEGIN", NULL, NULL, NULL);
    sqlite3_stmt *ins;
    sqlite3_prepare_v2(db, "INSERT INTO notes(id, body) VALUES (?1, ?2)", -1, &ins, NULL);
    size_t bytes = 0;
    for (long i = 0; i < rows; i++) {
        char note[1024];
        int n = snprintf(note, sizeof note, TEMPLATES[i % 3], (int)(i % 7 + 1), (int)(i % 13 + 2), (int)(60 + i % 50),
                         (int)(i % 5 + 1));
        bytes += (size_t)n;
        sqlite3_bind_int64(ins, 1, 1000000 + i);
        sqlite3_bind_text(ins, 2, note, n, SQLITE_TRANSIENT);
        sqlite3_step(ins);
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    sqlite3_close(db);

    cc_error err = {0};
    cc_db *d = NULL;
    if (cc_db_open(path, false, 0, &d, &err) != CC_OK) {
        fprintf(stderr, "bench_job: %s\n", err.msg);
        return 1;
    }
    cc_table_ref ref;
    cc_table_resolve(d, "notes", "id", "body", "clean", &ref, &err);
    double t0 = cc_now_ms();
    cc_table_check_key(d, &ref, &err);
    double key_s = (cc_now_ms() - t0) / 1e3;
    cc_table_ref_free(&ref);

    cc_rewriter rw = dbl_make(256, 512, 0);
    ((dbl_ctx *)rw.ctx)->per_poll = 64;
    cc_job_summary sum;
    double first = run_job(d, "notes", &rw, false, 0, &sum);
    long done = (long)(sum.rows_ok + sum.rows_skipped);
    double again = run_job(d, "notes", &rw, false, 0, &sum);
    long unchanged = (long)sum.rows_unchanged;
    sqlite3_exec(d->db, "UPDATE notes SET body = body || ' SOS.' WHERE id % 100 = 0", NULL, NULL, NULL);
    double partial = run_job(d, "notes", &rw, false, 0, &sum);
    long redone = (long)sum.rows_ok;
    rw.destroy(rw.ctx);

    /* the guard against an engine at 235 rows/s */
    enum { GROWS = 600, PER_POLL = 16, POLL_US = 68000 };
    sqlite3_exec(d->db, "CREATE TABLE gnotes(id INTEGER PRIMARY KEY, body TEXT); "
                        "INSERT INTO gnotes SELECT id, body FROM notes ORDER BY id LIMIT 600", NULL, NULL, NULL);
    cc_rewriter grw = dbl_make(256, 512, 0);
    ((dbl_ctx *)grw.ctx)->per_poll = PER_POLL;
    ((dbl_ctx *)grw.ctx)->latency_us = POLL_US;
    double gt[3][3];
    for (int round = 0; round < 3; round++)
        for (int mode = 0; mode < 3; mode++) gt[round][mode] = run_job(d, "gnotes", &grw, true, mode, &sum);
    grw.destroy(grw.ctx);
    cc_db_close(d);
    printf("bench_job: %ld rows, %.1f MB of notes, engine = instant double\n", rows, (double)bytes / 1e6);
    printf("  id-is-a-key check          %8.2f s\n", key_s);
    printf("  first run (all rows)       %8.2f s  %9.0f rows/s  (%ld rows)\n", first, (double)done / first, done);
    printf("  rerun (all unchanged)      %8.2f s  %9.0f rows/s  (%ld rows)\n", again, (double)unchanged / again,
           unchanged);
    printf("  rerun after 1%% changed     %8.2f s  (%ld rows redone)\n", partial, redone);
    printf("guard against an engine at %.0f rows/s (%d rows per %d ms poll), %d rows, wall s per round:\n",
           PER_POLL / (POLL_US * 1e-6), PER_POLL, POLL_US / 1000, GROWS);
    for (int round = 0; round < 3; round++)
        printf("  round %d: no guard %.3f, guard on the job's thread %.3f (%+.2f%%), on its worker %.3f (%+.2f%%)\n",
               round + 1, gt[round][0], gt[round][1], 100.0 * (gt[round][1] / gt[round][0] - 1.0), gt[round][2],
               100.0 * (gt[round][2] / gt[round][0] - 1.0));
    return 0;
}
