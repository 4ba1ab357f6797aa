/* bench_guard.c - what the faithfulness guard costs per row.
 *
 * Runs cc_guard_check over the evaluation's note/rewrite pairs (realistic
 * discharge-summary text, 200-700 bytes each) and over longer pairs made by
 * joining four notes (~2 KB, a full discharge summary), and prints
 * microseconds per row and the share of a run that is, given a model that
 * spends 5, 10 or 20 ms generating each row.
 *
 * usage: bench_guard [notes.txt] [seconds per measurement, default 1] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "guard.h"
#include "guard_eval.h"

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: stable on a loaded machine */
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Check every pair repeatedly for about `secs`; return microseconds per row. */
static double measure(char **src, char **out, size_t n, double secs, size_t *bytes) {
    size_t rows = 0, flagged = 0;
    *bytes = 0;
    for (size_t i = 0; i < n; i++) *bytes += strlen(src[i]) + strlen(out[i]);
    double t0 = now_s(), t;
    do {
        for (size_t i = 0; i < n; i++) {
            cc_guard_result r;
            cc_error err = {0};
            if (cc_guard_check(src[i], strlen(src[i]), out[i], strlen(out[i]), "eos", &r, &err) != CC_OK) {
                fprintf(stderr, "guard: %s\n", err.msg);
                exit(1);
            }
            flagged += r.verdict != CC_GUARD_OK;
            cc_guard_result_free(&r);
        }
        rows += n;
        t = now_s() - t0;
    } while (t < secs);
    (void)flagged;
    return t * 1e6 / (double)rows;
}

static char *join4(const cc_eval_set *s, size_t i, bool rewrite) {
    size_t len = 0;
    for (size_t k = 0; k < 4; k++) len += strlen(rewrite ? s->notes[(i + k) % s->n].rewrite : s->notes[(i + k) % s->n].source) + 1;
    char *b = malloc(len + 1);
    if (!b) exit(1);
    b[0] = '\0';
    for (size_t k = 0; k < 4; k++) {
        strcat(b, rewrite ? s->notes[(i + k) % s->n].rewrite : s->notes[(i + k) % s->n].source);
        strcat(b, "\n");
    }
    return b;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "tests/fixtures/guard_eval/notes.txt";
    double secs = argc > 2 ? atof(argv[2]) : 1.0;
    cc_eval_set set;
    cc_error err = {0};
    if (cc_eval_load(path, &set, &err) != CC_OK) {
        fprintf(stderr, "bench_guard: %s\n", err.msg);
        return 1;
    }
    char **src = malloc(set.n * sizeof *src), **out = malloc(set.n * sizeof *out);
    char **lsrc = malloc(set.n * sizeof *lsrc), **lout = malloc(set.n * sizeof *lout);
    if (!src || !out || !lsrc || !lout) return 1;
    for (size_t i = 0; i < set.n; i++) {
        src[i] = set.notes[i].source;
        out[i] = set.notes[i].rewrite;
        lsrc[i] = join4(&set, i, false);
        lout[i] = join4(&set, i, true);
    }
    measure(src, out, set.n, 0.2, &(size_t){0}); /* warm up */
    size_t b1, b2;
    double us1 = measure(src, out, set.n, secs, &b1);
    double us2 = measure(lsrc, lout, set.n, secs, &b2);
    printf("guard %s on %zu pairs\n", CC_GUARD_VERSION, set.n);
    printf("%-28s %10s %12s %10s %10s %10s\n", "pairs", "bytes/row", "us/row", "% of 5ms", "% of 10ms", "% of 20ms");
    double r1 = (double)b1 / (double)set.n, r2 = (double)b2 / (double)set.n;
    printf("%-28s %10.0f %12.1f %9.2f%% %9.2f%% %9.2f%%\n", "one note + rewrite", r1, us1, us1 / 50, us1 / 100, us1 / 200);
    printf("%-28s %10.0f %12.1f %9.2f%% %9.2f%% %9.2f%%\n", "four notes joined + rewrite", r2, us2, us2 / 50, us2 / 100,
           us2 / 200);
    for (size_t i = 0; i < set.n; i++) {
        free(lsrc[i]);
        free(lout[i]);
    }
    free(src);
    free(out);
    free(lsrc);
    free(lout);
    cc_eval_free(&set);
    return 0;
}
