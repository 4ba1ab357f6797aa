/* testutil.h - a minimal test harness: CHECK macros that count failures,
 * relative-error helpers, ctest's skip code, and where the test data lives. */
#ifndef CLINCLEAN_TESTUTIL_H
#define CLINCLEAN_TESTUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define CC_TEST_SKIP 77

extern int cc_test_failures;
extern int cc_test_checks;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        cc_test_checks++;                                                            \
        if (!(cond)) {                                                               \
            cc_test_failures++;                                                      \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

#define CHECKF(cond, ...)                                                            \
    do {                                                                             \
        cc_test_checks++;                                                            \
        if (!(cond)) {                                                               \
            cc_test_failures++;                                                      \
            fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                            \
            fputc('\n', stderr);                                                     \
        }                                                                            \
    } while (0)

/* Print the summary line and return the process exit status (0 or 1). */
int cc_test_finish(const char *name);
/* Print why and return CC_TEST_SKIP (use: return cc_test_skip(...)). */
int cc_test_skip(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Directories from the environment ctest sets (fall back to relative guesses). */
const char *cc_test_source_dir(void);  /* repository root */
const char *cc_test_shared_dir(void);  /* ../shared beside the repository (may not exist) */
const char *cc_test_cache_dir(void);   /* downloaded models */
const char *cc_test_bin(void);         /* build/clinclean */
/* Join dir + "/" + rel into a static-per-call malloc'd string (caller frees). */
char *cc_test_path(const char *dir, const char *rel);
bool cc_test_file_exists(const char *path);

/* max_i |a_i - b_i| / max(max_i |b_i|, tiny): relative error of a against reference b. */
double cc_rel_err(const float *a, const float *b, size_t n);

#endif
