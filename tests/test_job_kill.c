/* test_job_kill.c - crash safety: a real run (a child process running
 * `clinclean run` with the engine double) is killed with SIGKILL at random
 * moments, 25 times, each time resumed by the next run.  After every kill no
 * row is half written (an output without its result, or a result whose
 * output differs); at the end every row has exactly one result, the counters
 * of all runs add up to exactly one processing per row (nothing committed
 * twice, nothing lost), the source column is untouched, and the killed runs
 * are still marked 'running' and were noticed by the runs after them. */
#include <signal.h>
#include <sys/wait.h>

#include "job_helpers.h"

int main(void) {
    const char *K = tmp_path("kill.sqlite");
    test_model(); /* before any fork */
    CHECK(make_sample_db(K) == 0);
    /* 8 copies of the sample notes (400 rows): enough work that every kill lands mid-run. */
    for (int k = 1; k < 8; k++) {
        char sql[256];
        snprintf(sql, sizeof sql, "INSERT INTO discharge_summaries SELECT id + %d, mrn, department, admit_date, "
                                  "discharge_date, summary FROM discharge_summaries WHERE id < 100000", k * 100000);
        CHECK(q_exec(K, sql) == 0);
    }
    const int64_t N = 400;
    char src_before[65], src_after[65];
    q_fingerprint(K, "SELECT id, summary FROM discharge_summaries ORDER BY id", src_before);
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    int killed = 0, finished_early = 0;
    for (int round = 0; round < 30; round++) {
        rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
        int batch = 1 + (int)(rng % 5);
        /* Where to kill: a third of the rounds at a random time in the first 30 ms
         * (opening, schema, ALTER TABLE, first batch); the others once the run has
         * committed a random 1..8 more rows, plus a random 0..5 ms (mid-batch,
         * mid-commit), so the kill points do not depend on how fast this machine is. */
        bool early = rng % 3 == 0;
        long delay_us = early ? (long)(rng >> 20) % 30000 : (long)(rng >> 20) % 5000;
        int more = 1 + (int)((rng >> 40) % 8);
        long long base = q_int(K, "SELECT count(*) FROM sqlite_master WHERE name='clinclean_results'") == 1
                             ? q_int(K, "SELECT count(*) FROM clinclean_results")
                             : 0;
        pid_t pid = fork();
        if (pid == 0) {
            g_latency_us = 2000; /* one chunk per 2 ms poll: all 400 rows take ~1 s */
            g_per_poll = 1;
            g_seed = rng | 1;
            char b[8];
            snprintf(b, sizeof b, "%d", batch);
            const char *extra[] = {"--text-codec", "zlib", "--batch-rows", b, "--batch-ms", "5"};
            _exit(run_cli(K, extra, 6));
        }
        if (!early) { /* wait (at most 10 s) for the run to commit `more` rows */
            for (int i = 0; i < 10000; i++) {
                struct timespec ms = {0, 1000000L};
                nanosleep(&ms, NULL);
                if (q_int(K, "SELECT count(*) FROM sqlite_master WHERE name='clinclean_results'") == 1 &&
                    q_int(K, "SELECT count(*) FROM clinclean_results") >= base + more)
                    break;
                if (waitpid(pid, NULL, WNOHANG) == pid) break; /* it finished */
            }
        }
        struct timespec ts = {0, delay_us * 1000L};
        nanosleep(&ts, NULL);
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) killed++;
        else finished_early++;
        /* Killed before the bookkeeping tables or the output column existed: nothing may be recorded. */
        if (q_int(K, "SELECT count(*) FROM sqlite_master WHERE name='clinclean_results'") == 0) continue;
        if (q_int(K, "SELECT count(*) FROM pragma_table_info('discharge_summaries') WHERE name='clean'") == 0) {
            CHECK(q_int(K, "SELECT count(*) FROM clinclean_results") == 0);
            continue;
        }
        int64_t rows;
        int bad = check_state(K, true, &rows);
        CHECKF(bad == 0 && rows == N, "round %d (kill after %ld us): %d inconsistent rows", round, delay_us, bad);
    }
    printf("kills: %d, runs that finished before their kill: %d\n", killed, finished_early);
    CHECKF(killed >= 20, "only %d runs were killed mid-way", killed);
    /* The last run finishes the job. */
    const char *extra[] = {"--text-codec", "zlib"};
    CHECK(run_cli(K, extra, 2) == 0);
    int64_t rows;
    CHECK(check_consistent(K, &rows) == 0 && rows == N);
    CHECK(q_int(K, "SELECT count(*) FROM clinclean_results") == N);
    /* Exactly once: counters are committed with the results, and a committed row is never redone. */
    CHECK(q_int(K, "SELECT sum(rows_ok + rows_review + rows_skipped + rows_error) FROM clinclean_runs") == N);
    CHECK(q_int(K, "SELECT count(*) FROM clinclean_results r WHERE NOT EXISTS "
                   "(SELECT 1 FROM clinclean_runs u WHERE u.run_id = r.run_id)") == 0);
    q_fingerprint(K, "SELECT id, summary FROM discharge_summaries ORDER BY id", src_after);
    CHECK(strcmp(src_before, src_after) == 0);
    /* Killed runs keep status 'running' without an end; the next run noted them. */
    long long running = q_int(K, "SELECT count(*) FROM clinclean_runs WHERE status='running' AND ended_at IS NULL");
    CHECKF(running >= 5, "%lld runs left 'running'", running);
    CHECK(q_int(K, "SELECT unfinished_before != '[]' FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == 1);
    /* And one more run has nothing to do. */
    CHECK(run_cli(K, extra, 2) == 0);
    CHECK(q_int(K, "SELECT rows_unchanged FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == N);
    /* Progress was made under the kills, not only by the final run. */
    CHECK(q_int(K, "SELECT count(*) FROM clinclean_results WHERE run_id < (SELECT max(run_id) - 1 FROM clinclean_runs)") > 0);
    int rc = cc_test_finish("test_job_kill");
    tmp_cleanup();
    return rc;
}
