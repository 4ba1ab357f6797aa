/* bench_tokenizer.c - encoding throughput of the tokenizer on a text file,
 * single-threaded: the whole file as one text, and line by line (each line a
 * separate text, as database rows are).  Prints MB/s and tokens/s for the first
 * pass (cold piece cache) and the best of the following passes.
 *
 *   bench_tokenizer (-m MODEL | --tokenizer tokenizer.json) [--repeat N] FILE
 * bench/tokenizer_vs_hf.sh runs it beside Hugging Face `tokenizers` on the same text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tokenizer.h"
#include "tokenizer_load.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Encode the text whole (lines == 0) or line by line; returns seconds, *ntok tokens. */
static double pass(cc_tokenizer *tok, const cc_bytes *text, int lines, size_t *ntok) {
    cc_tokens ids = {0};
    cc_error err = {0};
    double t0 = now();
    *ntok = 0;
    if (!lines) {
        if (cc_tokenizer_encode(tok, text->data, text->len, false, &ids, &err) != CC_OK) {
            fprintf(stderr, "bench_tokenizer: %s\n", err.msg);
            exit(1);
        }
        *ntok = ids.n;
    } else {
        const char *p = text->data, *end = text->data + text->len;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
            ids.n = 0;
            if (cc_tokenizer_encode(tok, p, n, false, &ids, &err) != CC_OK) {
                fprintf(stderr, "bench_tokenizer: %s\n", err.msg);
                exit(1);
            }
            *ntok += ids.n;
            p += n + 1;
        }
    }
    double dt = now() - t0;
    cc_tokens_free(&ids);
    return dt;
}

int main(int argc, char **argv) {
    const char *model = NULL, *tj = NULL, *file = NULL;
    int repeat = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) model = argv[++i];
        else if (strcmp(argv[i], "--tokenizer") == 0 && i + 1 < argc) tj = argv[++i];
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !file) file = argv[i];
        else {
            fprintf(stderr, "usage: bench_tokenizer (-m MODEL | --tokenizer tokenizer.json) [--repeat N] FILE\n");
            return 2;
        }
    }
    if (!file || (!model && !tj) || repeat < 1) {
        fprintf(stderr, "usage: bench_tokenizer (-m MODEL | --tokenizer tokenizer.json) [--repeat N] FILE\n");
        return 2;
    }
    cc_error err = {0};
    cc_bytes text = {0};
    FILE *f = fopen(file, "rb");
    if (!f || cc_read_all(f, file, &text, &err) != CC_OK) {
        fprintf(stderr, "bench_tokenizer: cannot read %s\n", file);
        return 1;
    }
    fclose(f);
    for (int lines = 0; lines <= 1; lines++) {
        cc_tokenizer *tok = NULL;
        double t0 = now();
        if (cc_tokenizer_open(model, tj, &tok, &err) != CC_OK) {
            fprintf(stderr, "bench_tokenizer: %s\n", err.msg);
            return 1;
        }
        double load = now() - t0;
        size_t ntok = 0;
        double first = pass(tok, &text, lines, &ntok), best = first;
        for (int r = 1; r < repeat; r++) {
            double dt = pass(tok, &text, lines, &ntok);
            if (dt < best) best = dt;
        }
        double mb = (double)text.len / 1e6;
        printf("clinclean %-6s bytes=%zu tokens=%zu load=%.3fs first=%.2f MB/s steady=%.2f MB/s (%.0f tokens/s)\n",
               lines ? "lines" : "whole", text.len, ntok, load, mb / first, mb / best, (double)ntok / best);
        cc_tokenizer_free(tok);
    }
    cc_bytes_free(&text);
    return 0;
}
