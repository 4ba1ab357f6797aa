/* cmd_check.c - `clinclean check`: run the faithfulness guard on one
 * (source, output) pair and print the verdict and reasons.  Exit 0 when the
 * rewrite passes, 1 when it needs review (or a file cannot be read), 2 on bad
 * usage. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "guard.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean check --source FILE --output FILE [--finish-reason R] [--json]\n"
            "\n"
            "Check a rewrite against its source note with the deterministic faithfulness\n"
            "guard (numbers and units, frequencies and routes, negation, laterality,\n"
            "medications, do-not-use forms, placeholders, truncation, repetition).\n"
            "  --source FILE        the original note ('-' for standard input)\n"
            "  --output FILE        the rewrite ('-' for standard input; not both)\n"
            "  --finish-reason R    the generator's finish reason (eos, stop, length, error)\n"
            "  --json               print {\"status\":...,\"reasons\":[...]} instead of text\n"
            "Exit status: 0 ok, 1 needs review, 2 bad usage.\n");
}

/* Read a whole file ('-' = stdin) into a malloc'd NUL-terminated buffer. */
static cc_status slurp(const char *path, char **buf, size_t *len, cc_error *err) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    cc_status st = CC_OK;
    size_t cap = 4096, n = 0;
    char *b = NULL;
    if (!f) return cc_fail(err, CC_ERR_IO, "%s: cannot open", path);
    b = malloc(cap);
    if (!b) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
        goto done;
    }
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > ((size_t)16 << 20)) {
                st = cc_fail(err, CC_ERR_RANGE, "%s: larger than 16 MiB at byte %zu", path, n);
                goto done;
            }
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory at byte %zu", path, n);
                goto done;
            }
            b = nb;
            cap *= 2;
        }
        size_t r = fread(b + n, 1, cap - 1 - n, f);
        n += r;
        if (r == 0) break;
    }
    if (ferror(f)) {
        st = cc_fail(err, CC_ERR_IO, "%s: read error at byte %zu", path, n);
        goto done;
    }
    b[n] = '\0';
    *buf = b;
    *len = n;
    b = NULL;
done:
    free(b);
    if (f != stdin) fclose(f);
    return st;
}

int cmd_check(int argc, char **argv) {
    static const struct option opts[] = {{"source", required_argument, 0, 's'},
                                         {"output", required_argument, 0, 'o'},
                                         {"finish-reason", required_argument, 0, 'f'},
                                         {"json", no_argument, 0, 'j'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *src_path = NULL, *out_path = NULL, *finish = NULL;
    bool json = false;
    int rc = 1;
    char *src = NULL, *out = NULL, *js = NULL;
    size_t src_len = 0, out_len = 0;
    cc_guard_result res = {0};
    cc_error err = {0};
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 's': src_path = optarg; break;
        case 'o': out_path = optarg; break;
        case 'f': finish = optarg; break;
        case 'j': json = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc || !src_path || !out_path) {
        usage(stderr);
        return 2;
    }
    if (strcmp(src_path, "-") == 0 && strcmp(out_path, "-") == 0) {
        fprintf(stderr, "clinclean check: --source and --output cannot both be standard input\n");
        return 2;
    }
    if (slurp(src_path, &src, &src_len, &err) != CC_OK || slurp(out_path, &out, &out_len, &err) != CC_OK ||
        cc_guard_check(src, src_len, out, out_len, finish, &res, &err) != CC_OK) {
        fprintf(stderr, "clinclean check: %s\n", err.msg);
        rc = 1;
        goto done;
    }
    const char *status = res.verdict == CC_GUARD_OK ? "ok" : "needs_review";
    if (json) {
        js = cc_guard_reasons_json(&res);
        if (!js) {
            fprintf(stderr, "clinclean check: out of memory\n");
            goto done;
        }
        printf("{\"status\":\"%s\",\"guard_version\":\"%s\",\"reasons\":%s}\n", status, CC_GUARD_VERSION, js);
    } else {
        printf("%s\n", status);
        for (size_t i = 0; i < res.n_reasons; i++) {
            const cc_guard_reason *r = &res.reasons[i];
            printf("  %-11s %s", r->check, r->detail);
            if (r->src_start >= 0) printf(" [source %lld-%lld]", (long long)r->src_start, (long long)r->src_end);
            if (r->out_start >= 0) printf(" [output %lld-%lld]", (long long)r->out_start, (long long)r->out_end);
            printf("\n");
        }
    }
    rc = res.verdict == CC_GUARD_OK ? 0 : 1;
done:
    free(js);
    free(src);
    free(out);
    cc_guard_result_free(&res);
    return rc;
}
