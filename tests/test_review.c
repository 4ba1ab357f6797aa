/* test_review.c - `clinclean review` on a database built from
 * schema/clinclean.sql with a few thousand result rows whose reasons come
 * from the real guard: one HTML file with every row, the summary counts, the
 * flagged spans highlighted, the status filter honoured, hostile text
 * escaped, nothing fetched from outside, and bad input refused clearly. */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "guard.h"
#include "testutil.h"

#define N_ROWS 3000

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    if (b) b[n] = '\0';
    fclose(f);
    if (len) *len = (size_t)n;
    return b;
}

/* Occurrences of needle in hay (a plain loop: strstr per hit rescans the whole
 * multi-megabyte page for its length under the sanitizers). */
static size_t count(const char *hay, const char *needle) {
    size_t n = 0, m = strlen(needle);
    for (const char *p = hay; *p; p++)
        if (*p == needle[0] && strncmp(p, needle, m) == 0) {
            n++;
            p += m - 1;
        }
    return n;
}

static const char *const k_src[] = {
    "C/O FEVER X 3 DAYS. NO H/O CHEST PAIN. LT KNEE SWELLING. TAB DOLO 650 MG BD X 5 DAYS.",
    "K/C/O T2DM. INJ INSULIN 10 UNITS SC HS. NO HYPOGLYCEMIA.",
    "NAME: *** TAB PAN 40 MG OD. <script>alert(1)</script> & \"quotes\"",
};
static const char *const k_out[][2] = {
    {"Fever for 3 days. There is no history of chest pain. Swelling of the left knee. Tablet Dolo 650 mg twice daily for 5 days.",
     "Fever for 3 days. There is a history of chest pain. Swelling of the right knee. Tablet Dolo 600 mg twice daily for 5 days."},
    {"Known case of type 2 diabetes mellitus. Injection insulin 10 units subcutaneously at bedtime. No hypoglycemia.",
     "Known case of type 2 diabetes mellitus. Injection insulin 10 U subcutaneously at bedtime. No hypoglycemia."},
    {"Name: ***. Tablet Pan 40 mg once daily. <script>alert(1)</script> & \"quotes\"",
     "Name: redacted. Tablet Pan 40 mg once daily. <script>alert(1)</script> & \"quotes\""},
};

static int build_db(const char *path, size_t *n_review) {
    char *schema_path = cc_test_path(cc_test_source_dir(), "schema/clinclean.sql");
    char *schema = slurp(schema_path, NULL);
    sqlite3 *db = NULL;
    sqlite3_stmt *ins = NULL;
    int ok = 0;
    *n_review = 0;
    free(schema_path);
    if (!schema || sqlite3_open(path, &db) != SQLITE_OK) goto done;
    if (sqlite3_exec(db, schema, NULL, NULL, NULL) != SQLITE_OK) goto done;
    if (sqlite3_exec(db,
                     "BEGIN; INSERT INTO clinclean_runs(run_id, started_at, clinclean_version, git_commit, model_path, "
                     "model_sha256, config_hash, prompt_hash, device, source_table, id_col, text_col, out_col) VALUES "
                     "(1, '2026-01-01T00:00:00Z', '0.1.0', 'x', 'm.gguf', 'h', 'c', 'p', 'cpu', 'notes', 'id', 'text', "
                     "'clean');",
                     NULL, NULL, NULL) != SQLITE_OK)
        goto done;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO clinclean_results(source_table, out_col, row_key, run_id, status, reasons, "
                           "source_hash, model_hash, config_hash, source_text, output_text, finish_reason, finished_at) "
                           "VALUES ('notes', 'clean', ?1, 1, ?2, ?3, 'h', 'm', 'c', ?4, ?5, 'eos', '2026-01-01T00:00:00Z')",
                           -1, &ins, NULL) != SQLITE_OK)
        goto done;
    /* reasons from the real guard, computed once per distinct pair */
    char *reasons[3][2];
    int verdicts[3][2];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 2; j++) {
            cc_guard_result r;
            cc_error err = {0};
            if (cc_guard_check(k_src[i], strlen(k_src[i]), k_out[i][j], strlen(k_out[i][j]), "eos", &r, &err) != CC_OK)
                goto done;
            reasons[i][j] = cc_guard_reasons_json(&r);
            verdicts[i][j] = (int)r.verdict;
            cc_guard_result_free(&r);
        }
    for (int k = 0; k < N_ROWS; k++) {
        int i = k % 3, j = (k / 3) % 2;
        char key[16];
        snprintf(key, sizeof key, "%05d", k);
        const char *st = verdicts[i][j] == CC_GUARD_OK ? "ok" : "needs_review";
        *n_review += verdicts[i][j] != CC_GUARD_OK;
        sqlite3_bind_text(ins, 1, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, st, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 3, reasons[i][j], -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, k_src[i], -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, k_out[i][j], -1, SQLITE_STATIC);
        if (sqlite3_step(ins) != SQLITE_DONE) goto done;
        sqlite3_reset(ins);
    }
    /* a row with unreadable reasons and one with spans pointing outside its text */
    sqlite3_exec(db,
                 "INSERT INTO clinclean_results(source_table, out_col, row_key, run_id, status, reasons, source_hash, "
                 "model_hash, config_hash, source_text, output_text, finished_at) VALUES "
                 "('notes','clean','bad-json',1,'error','[{oops','h','m','c','x','y','t'),"
                 "('notes','clean','bad-span',1,'needs_review','[{\"check\":\"numbers\",\"detail\":\"d\",\"src_start\":5,"
                 "\"src_end\":999999,\"out_start\":-4,\"out_end\":2}]','h','m','c','short','tiny','t');"
                 "COMMIT;",
                 NULL, NULL, NULL);
    *n_review += 1;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 2; j++) free(reasons[i][j]);
    ok = 1;
done:
    sqlite3_finalize(ins);
    sqlite3_close(db);
    free(schema);
    return ok;
}

int main(void) {
    char dir[] = "/tmp/cc_review_XXXXXX";
    if (!mkdtemp(dir)) return cc_test_skip("no temp dir");
    char db[256], html[256], html2[256];
    snprintf(db, sizeof db, "%s/r.db", dir);
    snprintf(html, sizeof html, "%s/report.html", dir);
    snprintf(html2, sizeof html2, "%s/review.html", dir);
    size_t n_review = 0;
    CHECK(build_db(db, &n_review));

    char *a1[] = {"review", "--db", db, "--html", html, NULL};
    CHECK(cmd_review(5, a1) == 0);
    size_t len = 0;
    char *page = slurp(html, &len);
    CHECK(page != NULL);
    if (page) {
        CHECKF(count(page, "<section class=\"row\"") == N_ROWS + 2, "rows: %zu", count(page, "<section class=\"row\""));
        char want[64];
        snprintf(want, sizeof want, "<b id=\"total-count\">%d</b>", N_ROWS + 2);
        CHECK(strstr(page, want) != NULL);
        snprintf(want, sizeof want, "data-status-count=\"needs_review\">%zu<", n_review);
        CHECKF(strstr(page, want) != NULL, "needs_review count %zu", n_review);
        CHECK(strstr(page, "<mark class=\"flag\" data-check=\"laterality\"") != NULL);
        CHECK(strstr(page, "<mark class=\"flag\" data-check=\"negation\"") != NULL);
        CHECK(strstr(page, "<option value=\"placeholder\">") != NULL);
        CHECK(strstr(page, "<option value=\"do_not_use\">") != NULL);
        /* hostile text escaped, nothing external */
        CHECK(strstr(page, "<script>alert") == NULL);
        CHECK(strstr(page, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL);
        CHECK(strstr(page, "src=") == NULL && strstr(page, "href=") == NULL && strstr(page, "http://") == NULL &&
              strstr(page, "https://") == NULL);
        CHECK(count(page, "<script>") == 1);
        CHECK(strstr(page, "reasons could not be read") != NULL);
        CHECK(strstr(page, "</html>") != NULL);
    }
    free(page);

    char *a2[] = {"review", "--db", db, "--status", "needs_review", "--html", html2, NULL};
    CHECK(cmd_review(7, a2) == 0);
    page = slurp(html2, NULL);
    CHECK(page != NULL);
    if (page) {
        CHECKF(count(page, "<section class=\"row\"") == n_review, "filtered rows %zu want %zu",
               count(page, "<section class=\"row\""), n_review);
        CHECK(strstr(page, "data-status=\"ok\"") == NULL);
    }
    free(page);

    char bogus[256];
    snprintf(bogus, sizeof bogus, "%s/none.db", dir);
    char *a3[] = {"review", "--db", bogus, "--html", html2, NULL};
    CHECK(cmd_review(5, a3) == 1);
    char *a4[] = {"review", "--db", db, "--status", "maybe", "--html", html2, NULL};
    CHECK(cmd_review(7, a4) == 2);
    char *a5[] = {"review", "--db", db, NULL};
    CHECK(cmd_review(3, a5) == 2);

    unlink(db);
    unlink(html);
    unlink(html2);
    rmdir(dir);
    return cc_test_finish("test_review");
}
