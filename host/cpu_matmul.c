/* cpu_matmul.c - weight matrices for the CPU engine: views, row unpacking of
 * the K-quants, the threaded (multi-)matmul driver with token tiles and work
 * items from an atomic counter, the double-precision reference, row lookup. */
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "cpu_kernels.h"
#include "cpu_ops.h"

/* ------------------------------------------------------------------ matrices */

cc_status cc_matrix_view(cc_matrix *m, cc_ttype type, int64_t rows, int64_t cols, const void *data,
                         const char *name, cc_error *err) {
    memset(m, 0, sizeof *m);
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)type);
    if (!ti) return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: tensor type %d is not supported", name, (int)type);
    if (rows <= 0 || cols <= 0) return cc_fail(err, CC_ERR_FORMAT, "%s: bad shape %lld x %lld", name, (long long)rows, (long long)cols);
    if (type != CC_T_F32 && type != CC_T_F16 && type != CC_T_BF16 && cols % 32 != 0)
        return cc_fail(err, CC_ERR_FORMAT, "%s: %lld columns is not a multiple of 32", name, (long long)cols);
    size_t rb, total;
    cc_status st = cc_ttype_row_bytes(type, cols, &rb, err);
    if (st != CC_OK) return cc_wrap(err, "%s", name);
    if (!cc_mul_size(rb, (size_t)rows, &total)) return cc_fail(err, CC_ERR_RANGE, "%s: size overflows", name);
    m->type = type;
    m->rows = rows;
    m->cols = cols;
    m->row_bytes = rb;
    m->data = data;
    return CC_OK;
}

/* Unpack one quantized row of K elements into q[K], a[K/16], b[K/16]. */
void cc_unpack_qrow_scalar(cc_ttype t, const void *src, int64_t K, uint8_t *q, float *a, float *b, cc_qrow *out) {
    out->q = q;
    out->a = a;
    out->b = NULL;
    out->c = 0;
    out->is_signed = false;
    switch (t) {
    case CC_T_Q8_0: {
        const cc_block_q8_0 *blk = src;
        out->is_signed = true;
        for (int64_t i = 0; i < K / 32; i++) {
            float d = cc_fp16_to_f32(blk[i].d);
            memcpy(q + i * 32, blk[i].qs, 32);
            a[2 * i] = a[2 * i + 1] = d;
        }
        break;
    }
    case CC_T_Q4_0:
    case CC_T_Q4_1: {
        const bool has_min = t == CC_T_Q4_1;
        const uint8_t *p = src;
        size_t bb = has_min ? sizeof(cc_block_q4_1) : sizeof(cc_block_q4_0);
        out->c = has_min ? 0 : 8;
        if (has_min) out->b = b;
        for (int64_t i = 0; i < K / 32; i++, p += bb) {
            const uint8_t *qs;
            float d;
            if (has_min) {
                const cc_block_q4_1 *blk = (const cc_block_q4_1 *)p;
                d = cc_fp16_to_f32(blk->d);
                b[2 * i] = b[2 * i + 1] = cc_fp16_to_f32(blk->m);
                qs = blk->qs;
            } else {
                const cc_block_q4_0 *blk = (const cc_block_q4_0 *)p;
                d = cc_fp16_to_f32(blk->d);
                qs = blk->qs;
            }
            a[2 * i] = a[2 * i + 1] = d;
            for (int j = 0; j < 16; j++) {
                q[i * 32 + j] = qs[j] & 0x0F;
                q[i * 32 + j + 16] = qs[j] >> 4;
            }
        }
        break;
    }
    case CC_T_Q4_K: {
        const cc_block_q4_K *blk = src;
        out->b = b;
        for (int64_t i = 0; i < K / 256; i++) {
            float d = cc_fp16_to_f32(blk[i].d), dmin = cc_fp16_to_f32(blk[i].dmin);
            const uint8_t *sc = blk[i].scales;
            for (int s = 0; s < 8; s++) {
                int scv, mv;
                cc_q4k_scale_min(sc, s, &scv, &mv);
                int64_t g = i * 16 + s * 2;
                a[g] = a[g + 1] = d * (float)scv;
                b[g] = b[g + 1] = -(dmin * (float)mv);
                const uint8_t *qs = blk[i].qs + (s / 2) * 32;
                uint8_t *qd = q + i * 256 + s * 32;
                if (s % 2 == 0)
                    for (int l = 0; l < 32; l++) qd[l] = qs[l] & 0x0F;
                else
                    for (int l = 0; l < 32; l++) qd[l] = qs[l] >> 4;
            }
        }
        break;
    }
    case CC_T_Q6_K: {
        const cc_block_q6_K *blk = src;
        out->c = 32;
        for (int64_t i = 0; i < K / 256; i++) {
            float d = cc_fp16_to_f32(blk[i].d);
            for (int g = 0; g < 16; g++) a[i * 16 + g] = d * (float)blk[i].scales[g];
            const uint8_t *ql = blk[i].ql, *qh = blk[i].qh;
            uint8_t *qd = q + i * 256;
            for (int n = 0; n < 256; n += 128, ql += 64, qh += 32) {
                for (int l = 0; l < 32; l++) {
                    qd[n + l] = (uint8_t)((ql[l] & 0x0F) | ((qh[l] & 3) << 4));
                    qd[n + l + 32] = (uint8_t)((ql[l + 32] & 0x0F) | (((qh[l] >> 2) & 3) << 4));
                    qd[n + l + 64] = (uint8_t)((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4));
                    qd[n + l + 96] = (uint8_t)((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4));
                }
            }
        }
        break;
    }
    default: break;
    }
}

static bool is_float_type(cc_ttype t) { return t == CC_T_F32 || t == CC_T_F16 || t == CC_T_BF16; }

void cc_cpu_ctx_init(cc_cpu_ctx *ctx, cc_cpu_isa isa, cc_threadpool *pool) {
    memset(ctx, 0, sizeof *ctx);
    ctx->isa = isa;
    ctx->pool = pool;
}

void cc_cpu_ctx_free(cc_cpu_ctx *ctx) {
    if (!ctx) return;
    free(ctx->act);
    free(ctx->rowbuf);
    ctx->act = ctx->rowbuf = NULL;
    ctx->act_cap = ctx->rowbuf_cap = 0;
}

static cc_status grow(void **p, size_t *cap, size_t need, cc_error *err) {
    if (need <= *cap) return CC_OK;
    size_t n = need + need / 4 + 64;
    void *q = aligned_alloc(64, (n + 63) / 64 * 64);
    if (!q) return cc_fail(err, CC_ERR_NOMEM, "cpu scratch: cannot allocate %zu bytes", n);
    free(*p);
    *p = q;
    *cap = (n + 63) / 64 * 64;
    return CC_OK;
}

typedef struct {
    const cc_cpu_kernels *k;  /* kernels */
    const cc_matrix *const *ws; /* [n_w] weights sharing cols */
    float *const *ys;         /* [n_w] outputs, [n_tok, ldys[m]] each */
    const int64_t *ldys;      /* [n_w] their row strides */
    int32_t n_w;              /* matrices */
    int64_t items[CC_MATMUL_MAX_N + 1]; /* first work item of each matrix; items[n_w] = total */
    const float *x;           /* [n_tok, ldx] f32 activations */
    int64_t ldx;              /* row stride of x */
    int64_t K;                /* columns */
    const cc_act_block *xq;   /* [n_tok, K/32] quantized activations (quantized types) */
    int64_t n_tok;            /* tokens */
    uint8_t *rowbuf;          /* per-thread unpack space */
    size_t rowbuf_stride;     /* bytes per thread */
    int64_t chunk_rows;       /* rows per work item */
    atomic_int_fast64_t next; /* next work item to take */
    atomic_int_fast64_t next_tok; /* next token to quantize */
} matmul_job;

static void quantize_task(void *p, int32_t ith, int32_t nth) {
    (void)ith;
    (void)nth;
    matmul_job *J = p;
    int64_t nb = J->K / 32;
    for (;;) {
        int64_t t = atomic_fetch_add(&J->next_tok, 1);
        if (t >= J->n_tok) break;
        J->k->quantize_act(J->x + t * J->ldx, (cc_act_block *)J->xq + t * nb, J->K);
    }
}

/* Rows [r0, r1) of matrix m's product: Q8_0/Q4_0/Q4_1 rows straight from the blocks, 8 tokens
 * per pass; the other types token tile by token tile, each row unpacked or converted once per tile. */
static void matmul_rows(matmul_job *J, int32_t m, uint8_t *buf, int64_t r0, int64_t r1) {
    const cc_matrix *w = J->ws[m];
    float *y = J->ys[m];
    const int64_t K = w->cols, ldy = J->ldys[m];
    const bool fl = is_float_type(w->type);
    if (cc_is_blk32(w->type)) {
        /* 8 tokens at a time over all the rows: those tokens' activations (8 x 72 bytes per
         * 32 columns) stay in L1 while the rows stream past. */
        const int64_t nb = K / 32;
        int64_t t = 0;
        float o[8];
        for (; t + 8 <= J->n_tok; t += 8)
            for (int64_t r = r0; r < r1; r++) {
                J->k->bdot8(w->type, (const uint8_t *)w->data + (size_t)r * w->row_bytes, J->xq + t * nb, nb, nb, o);
                for (int i = 0; i < 8; i++) y[(t + i) * ldy + r] = o[i];
            }
        for (; t + 4 <= J->n_tok; t += 4)
            for (int64_t r = r0; r < r1; r++) {
                J->k->bdot4(w->type, (const uint8_t *)w->data + (size_t)r * w->row_bytes, J->xq + t * nb, nb, nb, o);
                for (int i = 0; i < 4; i++) y[(t + i) * ldy + r] = o[i];
            }
        for (; t < J->n_tok; t++)
            for (int64_t r = r0; r < r1; r++)
                y[t * ldy + r] = J->k->bdot(w->type, (const uint8_t *)w->data + (size_t)r * w->row_bytes, J->xq + t * nb, nb);
        return;
    }
    for (int64_t t0 = 0; t0 < J->n_tok; t0 += CC_MATMUL_TILE) {
        int64_t t1 = t0 + CC_MATMUL_TILE < J->n_tok ? t0 + CC_MATMUL_TILE : J->n_tok;
        for (int64_t r = r0; r < r1; r++) {
            const uint8_t *src = (const uint8_t *)w->data + (size_t)r * w->row_bytes;
            if (fl) {
                const float *row = (const float *)buf;
                if (w->type == CC_T_F32) row = (const float *)src;
                else if (w->type == CC_T_F16) J->k->f16_to_f32((const uint16_t *)src, (float *)buf, K);
                else {
                    const uint16_t *h = (const uint16_t *)src;
                    float *f = (float *)buf;
                    for (int64_t i = 0; i < K; i++) f[i] = cc_bf16_to_f32(h[i]);
                }
                for (int64_t t = t0; t < t1; t++) y[t * ldy + r] = J->k->dot_f32(row, J->x + t * J->ldx, K);
            } else {
                cc_qrow qr;
                float *a = (float *)buf;
                float *b = a + K / 16;
                uint8_t *q = (uint8_t *)(b + K / 16);
                J->k->unpack_k(w->type, src, K, q, a, b, &qr);
                for (int64_t t = t0; t < t1; t++) y[t * ldy + r] = J->k->qdot(&qr, J->xq + t * (K / 32), K / 32);
            }
        }
    }
}

/* Work items (row ranges of one matrix) are taken from a shared counter, so a
 * thread that starts late (a busy machine) takes fewer; every output is
 * computed the same way whichever thread computes it. */
static void matmul_task(void *p, int32_t ith, int32_t nth) {
    (void)nth;
    matmul_job *J = p;
    uint8_t *buf = J->rowbuf + (size_t)ith * J->rowbuf_stride;
    int32_t m = 0;
    for (;;) {
        int64_t item = atomic_fetch_add(&J->next, 1);
        if (item >= J->items[J->n_w]) break;
        while (item >= J->items[m + 1]) m++;
        int64_t N = J->ws[m]->rows, r0 = (item - J->items[m]) * J->chunk_rows;
        matmul_rows(J, m, buf, r0, r0 + J->chunk_rows < N ? r0 + J->chunk_rows : N);
    }
}

cc_status cc_cpu_matmul_n(cc_cpu_ctx *ctx, const cc_matrix *const *ws, int32_t n_w, const float *x, int64_t ldx,
                          int64_t n_tok, float *const *ys, const int64_t *ldys, cc_error *err) {
    cc_status st = CC_OK;
    if (n_tok <= 0 || n_w <= 0) return CC_OK;
    if (n_w > CC_MATMUL_MAX_N) return cc_fail(err, CC_ERR_INVALID, "matmul: %d matrices in one call (max %d)", n_w, CC_MATMUL_MAX_N);
    const int64_t K = ws[0]->cols;
    bool any_quant = false;
    int64_t total_rows = 0;
    for (int32_t m = 0; m < n_w; m++) {
        if (ws[m]->cols != K)
            return cc_fail(err, CC_ERR_INVALID, "matmul: matrices with %lld and %lld columns in one call", (long long)K,
                           (long long)ws[m]->cols);
        any_quant |= !is_float_type(ws[m]->type);
        total_rows += ws[m]->rows;
    }
    int32_t nth = cc_threadpool_size(ctx->pool);
    matmul_job J = {.k = cc_cpu_kernels_for(ctx->isa), .ws = ws, .ys = ys, .ldys = ldys, .n_w = n_w, .x = x,
                    .ldx = ldx, .K = K, .n_tok = n_tok};
    J.rowbuf_stride = ((size_t)K * 4 + (size_t)K / 16 * 8 + 127) / 64 * 64;
    st = grow(&ctx->rowbuf, &ctx->rowbuf_cap, J.rowbuf_stride * (size_t)nth, err);
    if (st != CC_OK) goto done;
    J.rowbuf = ctx->rowbuf;
    /* about 8 items per thread, at least 16 rows each */
    J.chunk_rows = total_rows / ((int64_t)nth * 8);
    if (J.chunk_rows < 16) J.chunk_rows = 16;
    J.items[0] = 0;
    for (int32_t m = 0; m < n_w; m++) J.items[m + 1] = J.items[m] + (ws[m]->rows + J.chunk_rows - 1) / J.chunk_rows;
    atomic_init(&J.next, 0);
    atomic_init(&J.next_tok, 0);
    if (any_quant) {
        size_t need;
        if (!cc_mul_size((size_t)n_tok * (size_t)(K / 32), sizeof(cc_act_block), &need)) {
            st = cc_fail(err, CC_ERR_RANGE, "matmul: activation size overflows");
            goto done;
        }
        st = grow(&ctx->act, &ctx->act_cap, need, err);
        if (st != CC_OK) goto done;
        J.xq = ctx->act;
        if (n_tok <= 4) quantize_task(&J, 0, 1); /* cheaper than waking the pool */
        else cc_threadpool_run(ctx->pool, quantize_task, &J);
    }
    cc_threadpool_run(ctx->pool, matmul_task, &J);
done:
    return st;
}

cc_status cc_cpu_matmul(cc_cpu_ctx *ctx, const cc_matrix *w, const float *x, int64_t ldx, int64_t n_tok, float *y,
                        int64_t ldy, cc_error *err) {
    return cc_cpu_matmul_n(ctx, &w, 1, x, ldx, n_tok, &y, &ldy, err);
}

cc_status cc_cpu_matmul_ref(const cc_matrix *w, const float *x, int64_t n_tok, bool quantize_act, double *y,
                            cc_error *err) {
    cc_status st = CC_OK;
    int64_t K = w->cols, N = w->rows;
    float *row = malloc((size_t)K * sizeof(float));
    float *xs = malloc((size_t)K * sizeof(float));
    cc_act_block *xb = malloc((size_t)(K / 32 + 1) * sizeof(cc_act_block));
    if (!row || !xs || !xb) {
        st = cc_fail(err, CC_ERR_NOMEM, "matmul ref: out of memory");
        goto done;
    }
    for (int64_t t = 0; t < n_tok; t++) {
        memcpy(xs, x + t * K, (size_t)K * sizeof(float));
        if (quantize_act && !is_float_type(w->type)) {
            cc_cpu_kernels_scalar.quantize_act(x + t * K, xb, K);
            for (int64_t i = 0; i < K; i++) xs[i] = xb[i / 32].d * (float)xb[i / 32].q[i % 32];
        }
        for (int64_t r = 0; r < N; r++) {
            st = cc_dequantize_row(w->type, (const uint8_t *)w->data + (size_t)r * w->row_bytes, row, K, err);
            if (st != CC_OK) goto done;
            double s = 0.0;
            for (int64_t i = 0; i < K; i++) s += (double)row[i] * (double)xs[i];
            y[t * N + r] = s;
        }
    }
done:
    free(row);
    free(xs);
    free(xb);
    return st;
}

cc_status cc_cpu_get_row(const cc_matrix *w, int64_t r, float *out, cc_error *err) {
    if (r < 0 || r >= w->rows)
        return cc_fail(err, CC_ERR_RANGE, "row %lld out of range [0, %lld)", (long long)r, (long long)w->rows);
    return cc_dequantize_row(w->type, (const uint8_t *)w->data + (size_t)r * w->row_bytes, out, w->cols, err);
}
