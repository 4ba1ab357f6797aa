/* fuzz_guard.c - libFuzzer target for the faithfulness guard: the input is
 * split at its first NUL byte (or in half) into a source and an output; the
 * guard must never crash, and every reason's spans must lie inside the texts
 * and survive the JSON round trip. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    const char *nul = memchr(s, '\0', size);
    size_t ns = nul ? (size_t)(nul - s) : size / 2;
    const char *o = nul ? nul + 1 : s + ns;
    size_t no = size - ns - (nul ? 1 : 0);
    cc_guard_result r;
    cc_error err = {0};
    if (cc_guard_check(s, ns, o, no, size % 3 ? "eos" : "length", &r, &err) != CC_OK) return 0;
    for (size_t i = 0; i < r.n_reasons; i++) {
        const cc_guard_reason *x = &r.reasons[i];
        if (x->src_start > (int64_t)ns || x->src_end > (int64_t)ns || x->out_start > (int64_t)no || x->out_end > (int64_t)no ||
            x->src_start > x->src_end || x->out_start > x->out_end)
            abort();
    }
    char *js = cc_guard_reasons_json(&r);
    if (js) {
        cc_guard_result back;
        if (cc_guard_reasons_parse(js, strlen(js), &back, &err) != CC_OK || back.n_reasons != r.n_reasons) abort();
        cc_guard_result_free(&back);
        free(js);
    }
    cc_guard_result_free(&r);
    return 0;
}
