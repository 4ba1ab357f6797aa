/* test_cuda_errors.c - the CUDA error plumbing as a caller sees it: every op
 * rejects bad arguments with CC_ERR_INVALID and a message before touching
 * the device (checked on any machine), and a failing CUDA call comes back as
 * CC_ERR_DEVICE naming the call, the file and the line (needs a GPU). */
#include <string.h>

#include "cuda_check.h"
#include "cuda_ops.h"
#include "cuda_probe.h"
#include "testutil.h"

int main(void) {
    cc_error err = {0};
    cc_dev_weight w;
    memset(&w, 0, sizeof w);
    w.type = CC_T_Q8_0;
    w.n_rows = 64;
    w.n_cols = 2048;
    _Alignas(16) float x[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    /* argument checks: no device needed */
    CHECK(cc_cuda_mmv(&w, x, 2048, x, 64, 0, false, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "outside 1..64"));
    CHECK(cc_cuda_mmv(&w, x, 2048, x, 64, 65, false, NULL, &err) == CC_ERR_INVALID);
    CHECK(cc_cuda_mmv(&w, x, 2050, x, 64, 1, false, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "multiple of 4"));
    w.n_cols = 2047;
    CHECK(cc_cuda_mmv(&w, x, 2048, x, 64, 1, false, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "not supported"));
    w.type = CC_T_F32;
    w.n_cols = 2048;
    CHECK(cc_cuda_mmv(&w, x, 2048, x, 64, 1, false, NULL, &err) == CC_ERR_INVALID);
    CHECK(cc_cuda_rmsnorm(x, x, NULL, NULL, 1, 8, 1e-5f, NULL, &err) == CC_ERR_INVALID);
    cc_attn_decode_args d;
    memset(&d, 0, sizeof d);
    d.n_seq = 1;
    d.n_head = 32;
    d.max_ctx = 10;
    d.cache.n_kv_head = 2; /* group of 16 > 8 */
    d.cache.head_dim = 64;
    d.cache.block_size = 16;
    CHECK(cc_cuda_attn_decode(&d, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "group at most 8"));
    cc_attn_prefill_args p;
    memset(&p, 0, sizeof p);
    p.n_seq = 1;
    p.n_head = 8;
    p.max_q_len = 4;
    p.cache.n_kv_head = 2;
    p.cache.head_dim = 128; /* prefill supports 64 only */
    p.cache.block_size = 16;
    CHECK(cc_cuda_attn_prefill(&p, NULL, &err) == CC_ERR_INVALID && strstr(err.msg, "head_dim 128"));
    cc_sample_args s;
    memset(&s, 0, sizeof s);
    CHECK(cc_cuda_sample(&s, NULL, &err) == CC_ERR_INVALID);

    cc_cuda_probe_info info;
    if (cc_cuda_probe(&info) != 0) {
        printf("no CUDA device (%s): argument checks only\n", info.why);
        return cc_test_finish("gpu_test_cuda_errors");
    }
    /* a real CUDA failure: an allocation far beyond the device's memory */
    void *p_big = NULL;
    cc_error_clear(&err);
    CHECK(cc_cuda_alloc(&p_big, (size_t)1 << 50, &err) == CC_ERR_DEVICE && p_big == NULL);
    CHECKF(strstr(err.msg, "cudaMalloc") && strstr(err.msg, "cuda_check.cu:") && strstr(err.msg, "failed at"),
           "message: %s", err.msg);
    printf("allocation failure reported as: %s\n", err.msg);
    /* the runtime is still usable afterwards */
    void *ok = NULL;
    CHECK(cc_cuda_alloc(&ok, 1024, &err) == CC_OK && ok != NULL);
    cc_cuda_free(ok);
    return cc_test_finish("gpu_test_cuda_errors");
}
