/* cmd_guard_eval.c - `clinclean guard-eval`: rerun the faithfulness guard's
 * evaluation (notes with faithful rewrites, perturbed one failure class at a
 * time) and print the per-class recall table and the false-positive rate.
 * Exit 0 when every class reaches the recall goal and the false-positive rate
 * is within its goal, 1 otherwise, 2 on bad usage. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "guard.h"
#include "guard_eval.h"

#define DEFAULT_NOTES "tests/fixtures/guard_eval/notes.txt"
#define RECALL_GOAL 0.95
#define FP_GOAL 0.05

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean guard-eval [--notes FILE] [--json] [--markdown] [--verbose]\n"
            "\n"
            "Evaluate the faithfulness guard: check every faithful rewrite (false positives)\n"
            "and every perturbation of it, one failure class at a time (recall per class).\n"
            "  --notes FILE   notes with faithful rewrites (default " DEFAULT_NOTES ")\n"
            "  --json         print the table as JSON\n"
            "  --markdown     print the table as a Markdown table\n"
            "  --verbose      list each false positive and each missed perturbation on stderr\n"
            "Exit status: 0 when every class has recall >= 95%% and at most 5%% of the faithful\n"
            "rewrites are flagged, 1 otherwise, 2 on bad usage.\n");
}

int cmd_guard_eval(int argc, char **argv) {
    static const struct option opts[] = {{"notes", required_argument, 0, 'n'}, {"json", no_argument, 0, 'j'},
                                         {"markdown", no_argument, 0, 'm'},    {"verbose", no_argument, 0, 'v'},
                                         {"help", no_argument, 0, 'h'},        {0, 0, 0, 0}};
    const char *path = DEFAULT_NOTES;
    bool json = false, md = false, verbose = false;
    cc_eval_set set = {0};
    cc_eval_report rep;
    cc_error err = {0};
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "hv", opts, NULL)) != -1) {
        switch (c) {
        case 'n': path = optarg; break;
        case 'j': json = true; break;
        case 'm': md = true; break;
        case 'v': verbose = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc || (json && md)) {
        usage(stderr);
        return 2;
    }
    if (cc_eval_load(path, &set, &err) != CC_OK || cc_eval_run(&set, &rep, verbose ? stderr : NULL, &err) != CC_OK) {
        fprintf(stderr, "clinclean guard-eval: %s\n", err.msg);
        cc_eval_free(&set);
        return 1;
    }
    bool pass = true;
    double fp = rep.n_faithful ? (double)rep.n_flagged / (double)rep.n_faithful : 0;
    if (fp > FP_GOAL) pass = false;
    for (int k = 0; k < CC_PERT_COUNT; k++) {
        const cc_eval_class *x = &rep.cls[k];
        if (!x->n || (double)x->detected / (double)x->n < RECALL_GOAL) pass = false;
    }
    double us = rep.guard_calls ? rep.guard_us / (double)rep.guard_calls : 0;
    if (json) {
        printf("{\"notes\":%zu,\"guard_version\":\"%s\",\"faithful_flagged\":%zu,\"false_positive_rate\":%.4f,"
               "\"us_per_check\":%.1f,\"classes\":[",
               set.n, CC_GUARD_VERSION, rep.n_flagged, fp, us);
        for (int k = 0; k < CC_PERT_COUNT; k++) {
            const cc_eval_class *x = &rep.cls[k];
            printf("%s{\"class\":\"%s\",\"n\":%zu,\"detected\":%zu,\"recall\":%.4f,\"by_check\":%zu}", k ? "," : "",
                   cc_pert_name((cc_pert_class)k), x->n, x->detected, x->n ? (double)x->detected / (double)x->n : 0,
                   x->by_check);
        }
        printf("],\"pass\":%s}\n", pass ? "true" : "false");
    } else if (md) {
        printf("| class | perturbations | flagged | recall | flagged by its own check |\n|---|---:|---:|---:|---:|\n");
        for (int k = 0; k < CC_PERT_COUNT; k++) {
            const cc_eval_class *x = &rep.cls[k];
            printf("| %s | %zu | %zu | %.1f%% | %zu |\n", cc_pert_name((cc_pert_class)k), x->n, x->detected,
                   x->n ? 100.0 * (double)x->detected / (double)x->n : 0, x->by_check);
        }
        printf("| **faithful rewrites flagged (false positives)** | %zu | %zu | %.1f%% | |\n", rep.n_faithful, rep.n_flagged,
               100 * fp);
    } else {
        printf("%-18s %6s %8s %8s %9s\n", "class", "n", "flagged", "recall", "by-check");
        for (int k = 0; k < CC_PERT_COUNT; k++) {
            const cc_eval_class *x = &rep.cls[k];
            printf("%-18s %6zu %8zu %7.1f%% %9zu\n", cc_pert_name((cc_pert_class)k), x->n, x->detected,
                   x->n ? 100.0 * (double)x->detected / (double)x->n : 0, x->by_check);
        }
        printf("faithful rewrites: %zu, flagged: %zu (%.1f%% false positives)\n", rep.n_faithful, rep.n_flagged, 100 * fp);
        printf("guard: %.1f us per check over %zu checks\n", us, rep.guard_calls);
        printf("%s\n", pass ? "PASS: recall >= 95% for every class, false positives <= 5%"
                            : "FAIL: a goal is not met (recall >= 95% per class, false positives <= 5%)");
    }
    cc_eval_free(&set);
    return pass ? 0 : 1;
}
