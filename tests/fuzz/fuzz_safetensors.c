/* fuzz_safetensors.c - libFuzzer target for the safetensors reader: open the
 * input as a file image; when it validates, look every tensor up by name and
 * convert all of its elements to f32 (so a wrong offset or size is caught by
 * the sanitizers).  Seed corpus: tests/fuzz/corpus/fuzz_safetensors/. */
#include <stdint.h>
#include <stdlib.h>

#include "safetensors.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cc_safetensors st;
    cc_error err = {0};
    if (cc_st_open_memory(&st, data, size, "fuzz", &err) != CC_OK) {
        if (err.msg[0] == '\0') abort(); /* every failure explains itself */
        return 0;
    }
    for (int i = 0; i < st.n_tensors; i++) {
        const cc_st_tensor *t = &st.tensors[i];
        if (cc_st_find(&st, t->name) != t) abort();
        float *f = malloc((size_t)(t->n_elems ? t->n_elems : 1) * sizeof *f);
        if (!f) break;
        if (cc_st_rows_f32(&st, t, 0, cc_st_rows(t), f, &err) != CC_OK) abort();
        free(f);
    }
    (void)cc_st_metadata(&st, "format");
    cc_st_close(&st);
    return 0;
}
