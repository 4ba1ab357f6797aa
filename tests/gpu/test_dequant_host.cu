/* test_dequant_host.cu - the GPU's unit decoders (kernels/dequant.cuh) run
 * on the CPU over repacked random weights of every type: each unit's spans
 * must tile the row exactly once and its values must equal the CPU
 * reference's dequantization.  Needs no GPU (host code compiled by nvcc), so
 * the plane layout and index arithmetic are checked on every build machine. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dequant.cuh"
#include "kernel_refs.h"
#include "qrepack.h"
#include "ref_util.h"

static int failures = 0;

template <cc_ttype T>
static void check_type(const char *name, uint64_t *rng) {
    const int64_t rows = 3, K = 768;
    const int E = cc_unit_elems<T>::value;
    cc_error err = {};
    size_t rb = 0;
    cc_qlayout l;
    if (cc_ref_row_bytes(T, K, &rb, &err) != CC_OK || cc_qlayout_init(&l, T, rows, K, &err) != CC_OK ||
        E != cc_qunit_elems(T)) {
        printf("%s: layout failed: %s\n", name, err.msg);
        failures++;
        return;
    }
    uint8_t *w = (uint8_t *)malloc(rb * rows);
    for (size_t i = 0; i < rb * rows; i++) w[i] = (uint8_t)cc_ref_rand_u64(rng);
    /* keep fp16 scales / f16 values finite: clear bit 14 of every 16-bit word (exponent < 16) */
    for (size_t i = 1; i < rb * rows; i += 2) w[i] &= 0xbf;
    uint8_t *packed = (uint8_t *)aligned_alloc(256, (l.total_bytes + 255) / 256 * 256);
    cc_qrepack(&l, w, packed);
    cc_dev_weight dw;
    cc_dev_weight_init(&dw, &l, packed);
    cc_wdev d = cc_wdev_from(&dw);
    float *want = (float *)malloc(sizeof(float) * K), *got = (float *)malloc(sizeof(float) * K);
    int *hits = (int *)malloc(sizeof(int) * K);
    int bad = 0;
    for (int64_t r = 0; r < rows; r++) {
        cc_ref_dequant_row(T, w + r * rb, K, want, &err);
        memset(hits, 0, sizeof(int) * K);
        for (int64_t u = 0; u < K / E; u++) {
            float v[32];
            int64_t s0, s1;
            cc_dequant_unit<T>(d, r, u, v, s0, s1);
            int first = E == 32 ? 16 : E;
            for (int i = 0; i < first; i++) {
                got[s0 + i] = v[i];
                hits[s0 + i]++;
            }
            if (E == 32)
                for (int i = 0; i < 16; i++) {
                    got[s1 + i] = v[16 + i];
                    hits[s1 + i]++;
                }
        }
        for (int64_t k = 0; k < K; k++) {
            double tol = 1e-6 * fabs(want[k]) + 1e-30;
            if (hits[k] != 1 || !(fabs((double)got[k] - want[k]) <= tol)) {
                if (bad < 5)
                    printf("%s row %lld elem %lld: hits %d gpu-decoder %g reference %g\n", name, (long long)r,
                           (long long)k, hits[k], (double)got[k], (double)want[k]);
                bad++;
            }
        }
    }
    printf("dequant unit decoder %-5s on the host: %s (%d bad elements)\n", name, bad ? "FAIL" : "ok", bad);
    failures += bad != 0;
    free(w);
    free(packed);
    free(want);
    free(got);
    free(hits);
}

int main(void) {
    uint64_t rng = 0xC0FFEE1234ULL;
    check_type<CC_T_F16>("f16", &rng);
    check_type<CC_T_BF16>("bf16", &rng);
    check_type<CC_T_Q8_0>("q8_0", &rng);
    check_type<CC_T_Q4_0>("q4_0", &rng);
    check_type<CC_T_Q4_1>("q4_1", &rng);
    check_type<CC_T_Q4_K>("q4_K", &rng);
    check_type<CC_T_Q6_K>("q6_K", &rng);
    printf("test_dequant_host: %s\n", failures ? "FAILED" : "passed");
    return failures ? 1 : 0;
}
