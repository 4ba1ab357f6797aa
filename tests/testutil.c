/* testutil.c - implementation of the minimal test harness. */
#include "testutil.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cc_test_failures = 0;
int cc_test_checks = 0;

int cc_test_finish(const char *name) {
    int passed = cc_test_checks - cc_test_failures;
    printf("%s: %d passed, %d failed\n", name, passed, cc_test_failures);
    return cc_test_failures ? 1 : 0;
}

int cc_test_skip(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stdout, "SKIP: ");
    vfprintf(stdout, fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    return CC_TEST_SKIP;
}

static const char *env_or(const char *name, const char *fallback) {
    const char *v = getenv(name);
    return (v && *v) ? v : fallback;
}

const char *cc_test_source_dir(void) { return env_or("CLINCLEAN_SOURCE_DIR", "."); }
const char *cc_test_shared_dir(void) { return env_or("CLINCLEAN_SHARED_DIR", "../shared"); }
const char *cc_test_cache_dir(void) { return env_or("CLINCLEAN_CACHE", ".cache"); }
const char *cc_test_bin(void) { return env_or("CLINCLEAN_BIN", "build/clinclean"); }

char *cc_test_path(const char *dir, const char *rel) {
    size_t n = strlen(dir) + strlen(rel) + 2;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s", dir, rel);
    return p;
}

bool cc_test_file_exists(const char *path) {
    struct stat st;
    return path && stat(path, &st) == 0;
}

double cc_rel_err(const float *a, const float *b, size_t n) {
    double maxdiff = 0.0, maxref = 0.0;
    bool nan_seen = false;
    for (size_t i = 0; i < n; i++) {
        double d = fabs((double)a[i] - (double)b[i]);
        if (d != d) nan_seen = true; /* a NaN anywhere is a failure, never overwritten */
        else if (d > maxdiff) maxdiff = d;
        double r = fabs((double)b[i]);
        if (r > maxref) maxref = r;
    }
    if (nan_seen) return NAN;
    if (maxref < 1e-30) maxref = 1e-30;
    return maxdiff / maxref;
}
