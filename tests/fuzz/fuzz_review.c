/* fuzz_review.c - libFuzzer target for the review report: the input is split at
 * NUL bytes into a reasons JSON text, a source and an output, as they would come
 * out of a hostile clinclean_results row; rendering must never crash or read
 * outside the texts whatever the spans say. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review_html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *buf = malloc(size + 3);
    if (!buf) return 0;
    memcpy(buf, data, size);
    buf[size] = buf[size + 1] = buf[size + 2] = '\0';
    const char *parts[3] = {buf, "", ""};
    size_t lens[3] = {0, 0, 0};
    int k = 0;
    for (size_t i = 0; i <= size && k < 3; i++)
        if (buf[i] == '\0') {
            lens[k] = (size_t)(buf + i - parts[k]);
            if (++k < 3) parts[k] = buf + i + 1;
        }
    FILE *f = fopen("/dev/null", "w");
    if (f) {
        cc_review_html h;
        cc_error err = {0};
        cc_review_row r = {"t", "c", "k", size % 2 ? "needs_review" : "ok", parts[0], parts[1], lens[1], parts[2], lens[2], "eos"};
        if (cc_review_open(&h, f, "fuzz", &err) == CC_OK) {
            h.diff_cap_words = 10000;
            cc_review_add(&h, &r, &err);
            cc_review_close(&h, "db", NULL, &err);
        }
        fclose(f);
    }
    free(buf);
    return 0;
}
