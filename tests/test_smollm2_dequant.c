/* test_smollm2_dequant.c - dequantize real Q8_0 and Q4_1 tensors of
 * SmolLM2-135M-Instruct.Q4_1.gguf and compare with values the `gguf` Python
 * package computed (tests/fixtures/smollm2/dequant_ref.txt, made by
 * tests/ref/make_smollm2_fixture.py): the first 256 values and the first 256
 * of the last row exactly, the sum and absolute sum of the whole tensor to
 * rounding.  Skips (77) when the model is not in $CLINCLEAN_CACHE. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gguf.h"
#include "testutil.h"

static void check_tensor(const cc_gguf *g, FILE *ref, const char *header) {
    char name[128], type[16];
    long long ne0, ne1;
    double sum_ref, abs_ref;
    if (sscanf(header, "tensor %127s %15s %lld %lld %lf %lf", name, type, &ne0, &ne1, &sum_ref, &abs_ref) != 6) {
        CHECKF(0, "bad fixture line: %.80s", header);
        return;
    }
    const cc_gguf_tensor *t = cc_gguf_find_tensor(g, name);
    CHECKF(t != NULL, "tensor %s missing", name);
    if (!t) return;
    char tb[16];
    CHECKF(strcasecmp(cc_gguf_type_name(t->type_id, tb), type) == 0, "%s: type %s, fixture %s", name, tb, type);
    CHECK(t->ne[0] == ne0 && t->ne[1] == ne1);
    float *row = malloc(sizeof(float) * (size_t)ne0);
    float first[256], last[256];
    size_t row_bytes = t->size / (size_t)ne1;
    double sum = 0, asum = 0;
    cc_error err = {0};
    for (long long r = 0; r < ne1; r++) {
        if (cc_dequantize_row((cc_ttype)t->type_id, (const uint8_t *)t->data + (size_t)r * row_bytes, row, ne0, &err) != CC_OK) {
            CHECKF(0, "%s row %lld: %s", name, r, err.msg);
            break;
        }
        for (long long i = 0; i < ne0; i++) {
            sum += row[i];
            asum += fabs(row[i]);
        }
        if (r == 0) memcpy(first, row, sizeof first);
        if (r == ne1 - 1) memcpy(last, row, sizeof last);
    }
    free(row);
    CHECKF(fabs(sum - sum_ref) <= 1e-9 * abs_ref, "%s: sum %.17g vs %.17g", name, sum, sum_ref);
    CHECKF(fabs(asum - abs_ref) <= 1e-9 * abs_ref, "%s: abs sum %.17g vs %.17g", name, asum, abs_ref);
    for (int which = 0; which < 2; which++) {
        char line[8192];
        if (!fgets(line, sizeof line, ref)) {
            CHECKF(0, "fixture ends early");
            return;
        }
        const char *tag = which ? "lastrow " : "first ";
        CHECK(strncmp(line, tag, strlen(tag)) == 0);
        char *p = line + strlen(tag);
        const float *got = which ? last : first;
        int bad = 0, n = 0;
        for (; n < 256; n++) {
            char *end;
            float want = strtof(p, &end);
            if (end == p) break;
            p = end;
            if (got[n] != want && bad++ < 3) fprintf(stderr, "%s %s[%d]: %.9g vs %.9g\n", name, tag, n, got[n], want);
        }
        CHECKF(n == 256 && bad == 0, "%s %s: %d of %d values differ", name, tag, bad, n);
    }
}

int main(void) {
    char *model = cc_test_path(cc_test_cache_dir(), "SmolLM2-135M-Instruct.Q4_1.gguf");
    if (!cc_test_file_exists(model)) {
        int rc = cc_test_skip("%s absent (scripts/fetch-models.sh fetches it)", model);
        free(model);
        return rc;
    }
    char *fix = cc_test_path(cc_test_source_dir(), "tests/fixtures/smollm2/dequant_ref.txt");
    FILE *ref = fopen(fix, "r");
    CHECKF(ref != NULL, "cannot open %s", fix);
    cc_gguf *g = NULL;
    cc_error err = {0};
    CHECKF(cc_gguf_open(model, &g, &err) == CC_OK, "%s", err.msg);
    int tensors = 0;
    if (ref && g) {
        char line[512];
        while (fgets(line, sizeof line, ref)) {
            if (strncmp(line, "tensor ", 7) != 0) continue;
            check_tensor(g, ref, line);
            tensors++;
        }
    }
    CHECK(tensors == 3);
    if (ref) fclose(ref);
    cc_gguf_close(g);
    free(fix);
    free(model);
    return cc_test_finish("test_smollm2_dequant");
}
