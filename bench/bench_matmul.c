/* bench_matmul.c - single-thread throughput of cc_cpu_matmul per weight type
 * and token count, in CPU time of the calling thread (robust to other load on
 * the machine), reported as GB/s of weights streamed and GMAC/s.
 *
 * usage: bench_matmul [ROWS COLS]   (default 1536 x 576, SmolLM2's FFN shape) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "cpu_ops.h"

static double cpu_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    int64_t N = argc > 2 ? atoll(argv[1]) : 1536, K = argc > 2 ? atoll(argv[2]) : 576;
    static const cc_ttype types[] = {CC_T_F32, CC_T_F16, CC_T_Q8_0, CC_T_Q4_0, CC_T_Q4_1, CC_T_Q4_K, CC_T_Q6_K};
    static const int toks[] = {1, 4, 16, 64};
    cc_error err = {0};
    float *w = malloc((size_t)(N * K) * sizeof(float)), *x = malloc((size_t)(64 * K) * sizeof(float)),
          *y = malloc((size_t)(64 * N) * sizeof(float));
    srand(1);
    for (int64_t i = 0; i < N * K; i++) w[i] = (float)rand() / RAND_MAX - 0.5f;
    for (int64_t i = 0; i < 64 * K; i++) x[i] = (float)rand() / RAND_MAX - 0.5f;
    cc_cpu_isa isa = cc_cpu_isa_detect();
    printf("matmul %lld x %lld, isa %s, 1 thread, CPU time\n", (long long)N, (long long)K, cc_cpu_isa_name(isa));
    printf("%-6s %5s %10s %10s %10s\n", "type", "ntok", "us/call", "GB/s(w)", "GMAC/s");
    for (size_t ti = 0; ti < sizeof types / sizeof types[0]; ti++) {
        if ((types[ti] == CC_T_Q4_K || types[ti] == CC_T_Q6_K) && K % 256) continue;
        size_t rb;
        if (cc_ttype_row_bytes(types[ti], K, &rb, &err) != CC_OK) return 1;
        uint8_t *q = malloc(rb * (size_t)N);
        for (int64_t r = 0; r < N; r++) cc_quantize_row(types[ti], w + r * K, q + r * rb, K, &err);
        cc_matrix m;
        if (cc_matrix_view(&m, types[ti], N, K, q, "w", &err) != CC_OK) return 1;
        cc_cpu_ctx ctx;
        cc_cpu_ctx_init(&ctx, isa, NULL);
        for (size_t k = 0; k < sizeof toks / sizeof toks[0]; k++) {
            int reps = 0;
            double t0 = cpu_s(), t1;
            do {
                cc_cpu_matmul(&ctx, &m, x, K, toks[k], y, N, &err);
                reps++;
                t1 = cpu_s();
            } while (t1 - t0 < 0.3);
            double per = (t1 - t0) / reps;
            printf("%-6s %5d %10.1f %10.2f %10.2f\n", cc_ttype_get(types[ti])->name, toks[k], per * 1e6,
                   (double)rb * N / per / 1e9, (double)N * K * toks[k] / per / 1e9);
        }
        cc_cpu_ctx_free(&ctx);
        free(q);
    }
    free(w);
    free(x);
    free(y);
    return 0;
}
