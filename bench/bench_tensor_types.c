/* bench_tensor_types.c - CPU throughput of the reference (de)quantizers in
 * io/tensor_types.c, per type: elements per second and bytes of quantized
 * data per second, single thread, over 16M elements in rows of 4096.
 * Optional argument: a GGUF file whose open + validation is timed too.
 *
 * usage: build/bench/bench_tensor_types [MODEL.gguf] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gguf.h"
#include "tensor_types.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
    const int64_t row = 4096, rows = 4096, n = row * rows;
    float *x = malloc(sizeof(float) * (size_t)n), *y = malloc(sizeof(float) * (size_t)row);
    uint8_t *q = malloc((size_t)n * 4);
    uint64_t s = 88172645463325252ull;
    for (int64_t i = 0; i < n; i++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        x[i] = (float)((int64_t)(s >> 40) - (1 << 23)) / (float)(1 << 23) * 0.05f;
    }
    for (int64_t i = 0; i < n * 4; i += 4096) q[i] = 0; /* fault the pages in before timing */
    static const cc_ttype types[] = {CC_T_F32, CC_T_F16, CC_T_BF16, CC_T_Q8_0, CC_T_Q4_0, CC_T_Q4_1, CC_T_Q4_K, CC_T_Q6_K};
    printf("%-6s %14s %14s %14s\n", "type", "quant Melem/s", "deq Melem/s", "deq GB/s(in)");
    volatile float sink = 0;
    for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) {
        size_t rb;
        cc_ttype_row_bytes(types[t], row, &rb, NULL);
        double t0 = now();
        for (int64_t r = 0; r < rows; r++) cc_quantize_row(types[t], x + r * row, q + (size_t)r * rb, row, NULL);
        double t1 = now();
        int reps = 4;
        for (int k = 0; k < reps; k++)
            for (int64_t r = 0; r < rows; r++) {
                cc_dequantize_row(types[t], q + (size_t)r * rb, y, row, NULL);
                sink += y[r % row];
            }
        double t2 = now();
        printf("%-6s %14.1f %14.1f %14.2f\n", cc_ttype_get(types[t])->name, (double)n / (t1 - t0) / 1e6,
               (double)n * reps / (t2 - t1) / 1e6, (double)rb * rows * reps / (t2 - t1) / 1e9);
    }
    if (argc > 1) {
        cc_error err = {0};
        cc_gguf *g = NULL;
        double t0 = now();
        cc_status st = cc_gguf_open(argv[1], &g, &err);
        double t1 = now();
        if (st != CC_OK) fprintf(stderr, "%s\n", err.msg);
        else printf("open+validate %s: %.2f ms (%lld tensors, %lld keys)\n", argv[1], (t1 - t0) * 1e3,
                    (long long)cc_gguf_n_tensors(g), (long long)cc_gguf_n_kv(g));
        cc_gguf_close(g);
    }
    free(x);
    free(y);
    free(q);
    return 0;
}
