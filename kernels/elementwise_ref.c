/* elementwise_ref.c - CPU reference of elementwise.cu: SwiGLU, residual add
 * and the embedding gather from a quantized or f16 table. */
#include <math.h>
#include <stdlib.h>

#include "kernel_refs.h"

void cc_ref_swiglu(const float *gate, int64_t ldg, const float *up, int64_t ldu, float *out, int64_t ldo, int rows,
                   int n) {
    for (int r = 0; r < rows; r++)
        for (int i = 0; i < n; i++) {
            double g = gate[r * ldg + i];
            out[r * ldo + i] = (float)(g / (1.0 + exp(-g)) * (double)up[r * ldu + i]);
        }
}

void cc_ref_add(float *x, const float *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) x[i] += y[i];
}

cc_status cc_ref_embed(cc_ttype t, const void *table, int64_t n_rows, int64_t n_cols, const int32_t *ids,
                       int n_tok, float *out, int64_t ldo, cc_error *err) {
    cc_status rc = CC_OK;
    size_t row_bytes = 0;
    if ((rc = cc_ref_row_bytes(t, n_cols, &row_bytes, err)) != CC_OK) goto done;
    for (int i = 0; i < n_tok; i++) {
        float *o = out + (int64_t)i * ldo;
        if (ids[i] < 0 || ids[i] >= n_rows) {
            for (int64_t k = 0; k < n_cols; k++) o[k] = NAN;
            continue;
        }
        rc = cc_ref_dequant_row(t, (const uint8_t *)table + (size_t)ids[i] * row_bytes, n_cols, o, err);
        if (rc != CC_OK) goto done;
    }
done:
    return rc;
}
