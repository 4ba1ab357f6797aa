/* qrepack.c - GGUF block arrays to the GPU's plane layout (see qrepack.h). */
#include "qrepack.h"

#include <string.h>

int cc_qunit_elems(cc_ttype t) {
    switch (t) {
    case CC_T_F16:
    case CC_T_BF16: return 8;
    case CC_T_Q8_0: return 16;
    case CC_T_Q4_0:
    case CC_T_Q4_1:
    case CC_T_Q4_K:
    case CC_T_Q6_K: return 32;
    default: return 0;
    }
}

/* One row of the plane table: the fields of a GGUF block in plane order. */
typedef struct {
    cc_ttype type;       /* the type */
    int64_t block_elems; /* elements per block */
    size_t block_bytes;  /* bytes per block */
    int n_planes;        /* number of fields */
    size_t off[CC_QPLANES_MAX], bytes[CC_QPLANES_MAX]; /* each field: offset and size in the block */
} cc_qplane_spec;

static const cc_qplane_spec cc_qplane_specs[] = {
    {CC_T_F16, 1, 2, 1, {0}, {2}},
    {CC_T_BF16, 1, 2, 1, {0}, {2}},
    {CC_T_Q8_0, CC_QK, sizeof(cc_block_q8_0), 2, {2, 0}, {32, 2}},
    {CC_T_Q4_0, CC_QK, sizeof(cc_block_q4_0), 2, {2, 0}, {16, 2}},
    {CC_T_Q4_1, CC_QK, sizeof(cc_block_q4_1), 2, {4, 0}, {16, 4}},
    {CC_T_Q4_K, CC_QK_K, sizeof(cc_block_q4_K), 2, {16, 0}, {128, 16}},
    {CC_T_Q6_K, CC_QK_K, sizeof(cc_block_q6_K), 4, {0, 128, 192, 208}, {128, 64, 16, 2}},
};

cc_status cc_qlayout_init(cc_qlayout *l, cc_ttype t, int64_t n_rows, int64_t n_cols, cc_error *err) {
    cc_status rc = CC_OK;
    const cc_qplane_spec *spec = NULL;
    memset(l, 0, sizeof *l);
    for (size_t i = 0; i < sizeof cc_qplane_specs / sizeof cc_qplane_specs[0]; i++)
        if (cc_qplane_specs[i].type == t) spec = &cc_qplane_specs[i];
    if (!spec) {
        rc = cc_fail(err, CC_ERR_UNSUPPORTED, "GPU weight layout: tensor type %d is not supported", (int)t);
        goto done;
    }
    if (n_rows <= 0 || n_cols <= 0 || n_cols % spec->block_elems != 0 || n_cols % cc_qunit_elems(t) != 0) {
        rc = cc_fail(err, CC_ERR_UNSUPPORTED,
                     "GPU weight layout: %lld x %lld matrix: columns must be a positive multiple of %lld",
                     (long long)n_rows, (long long)n_cols,
                     (long long)(spec->block_elems > cc_qunit_elems(t) ? spec->block_elems : cc_qunit_elems(t)));
        goto done;
    }
    l->type = t;
    l->n_rows = n_rows;
    l->n_cols = n_cols;
    l->block_elems = spec->block_elems;
    l->block_bytes = spec->block_bytes;
    l->n_planes = spec->n_planes;
    size_t nb = (size_t)(n_cols / spec->block_elems), off = 0, plane = 0;
    if (!cc_mul_size(nb, spec->block_bytes, &l->src_bytes) ||
        !cc_mul_size(l->src_bytes, (size_t)n_rows, &l->src_bytes)) {
        rc = cc_fail(err, CC_ERR_RANGE, "GPU weight layout: %lld x %lld matrix is too large", (long long)n_rows,
                     (long long)n_cols);
        goto done;
    }
    for (int p = 0; p < spec->n_planes; p++) {
        l->field_off[p] = spec->off[p];
        l->field_bytes[p] = spec->bytes[p];
        l->plane_row_bytes[p] = nb * spec->bytes[p]; /* <= src row bytes: no overflow */
        l->plane_off[p] = off;
        plane = l->plane_row_bytes[p] * (size_t)n_rows; /* <= src_bytes */
        if (!cc_add_size(off, plane, &off) || !cc_add_size(off, 255, &off)) {
            rc = cc_fail(err, CC_ERR_RANGE, "GPU weight layout: packed size overflows");
            goto done;
        }
        off &= ~(size_t)255;
    }
    l->total_bytes = off;
done:
    return rc;
}

void cc_qrepack(const cc_qlayout *l, const void *src, void *dst) {
    const uint8_t *s = (const uint8_t *)src;
    uint8_t *d = (uint8_t *)dst;
    size_t n_blocks = (size_t)(l->n_cols / l->block_elems) * (size_t)l->n_rows;
    memset(d, 0, l->total_bytes);
    if (l->n_planes == 1 && l->block_elems == 1) { /* f16 / bf16: already plane-shaped */
        memcpy(d, s, l->src_bytes);
        return;
    }
    for (int p = 0; p < l->n_planes; p++) {
        uint8_t *out = d + l->plane_off[p];
        size_t fb = l->field_bytes[p], fo = l->field_off[p];
        for (size_t b = 0; b < n_blocks; b++) memcpy(out + b * fb, s + b * l->block_bytes + fo, fb);
    }
}

/* Declared in cuda_ops.h; plain C so host code can build a cc_dev_weight. */
#include "cuda_ops.h"

void cc_dev_weight_init(cc_dev_weight *w, const cc_qlayout *l, const void *base) {
    memset(w, 0, sizeof *w);
    w->type = l->type;
    w->n_rows = l->n_rows;
    w->n_cols = l->n_cols;
    for (int p = 0; p < l->n_planes; p++) {
        w->plane[p] = (const uint8_t *)base + l->plane_off[p];
        w->plane_row_bytes[p] = l->plane_row_bytes[p];
    }
}
