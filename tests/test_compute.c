/* test_compute.c - --device selection for the engine (host/compute.h) on any
 * machine: cpu runs the CPU forward pass (same logits as building it by hand);
 * auto on a model the GPU kernels cannot take (head_dim 16, like the tiny
 * reference checkpoints) uses the CPU and says why in one line, whether or not
 * a GPU and CUDA are present; cuda on that model fails with a message naming
 * --device cuda and the reason. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compute.h"
#include "model_random.h"
#include "testutil.h"

int main(void) {
    cc_error err = {0};
    cc_llama_hparams hp = cc_llama32_1b_hparams();
    hp.n_layer = 2;
    hp.n_embd = 64;
    hp.n_ff = 96;
    hp.n_head = 4;
    hp.n_head_kv = 2;
    hp.head_dim = 16;
    hp.n_vocab = 200;
    cc_model m;
    CHECKF(cc_model_random_mt(&m, &hp, CC_T_Q8_0, 3, 2, &err) == CC_OK, "%s", err.msg);
    cc_compute_opts o = {.want = CC_DEVICE_CPU, .threads = 1, .max_seqs = 4, .max_step_tokens = 32, .n_ctx = 128,
                         .block_tokens = 16, .kv_bytes = (size_t)1 << 20};
    const int32_t toks[5] = {1, 7, 42, 199, 3};
    float a[200], b[200];

    /* cpu: the forward pass, as built by hand */
    cc_compute c;
    CHECKF(cc_compute_open(&c, &m, &o, &err) == CC_OK, "%s", err.msg);
    CHECK(c.dev.kind == CC_DEVICE_CPU && c.dev.note[0] == '\0' && strncmp(c.dev.desc, "cpu", 3) == 0);
    cc_kv_seq s1;
    cc_kv_seq_init(&s1);
    cc_fwd_seq fs = {&s1, toks, 5, CC_LOGITS_LAST};
    CHECKF(c.be.step(c.be.ctx, &fs, 1, a, &err) == CC_OK, "%s", err.msg);
    cc_kv_seq_release(&c.kv, &s1);
    cc_compute_close(&c);
    {
        cc_kv_pool pool;
        cc_forward f;
        cc_kv_seq s2;
        cc_kv_seq_init(&s2);
        CHECK(cc_kv_pool_init(&pool, hp.n_layer, hp.n_head_kv * hp.head_dim, 16, CC_KVD_F32, (size_t)1 << 20, &err) ==
              CC_OK);
        CHECK(cc_forward_init(&f, &m, &pool, NULL, cc_cpu_isa_detect(), &err) == CC_OK);
        cc_fwd_seq f2 = {&s2, toks, 5, CC_LOGITS_LAST};
        CHECK(cc_forward_step(&f, &f2, 1, b, &err) == CC_OK);
        CHECK(memcmp(a, b, sizeof a) == 0);
        cc_kv_seq_release(&pool, &s2);
        cc_forward_free(&f);
        cc_kv_pool_free(&pool);
    }

    /* the batch: as asked, or the device's default within the cap; a device-default CPU K/V
     * budget holds max_seqs full rows.  With auto this head_dim-16 model ends on the CPU even
     * where a GPU is present (the GPU backend refuses it), so the CPU's batch applies. */
    {
        CHECKF(cc_compute_open(&c, &m, &o, &err) == CC_OK, "%s", err.msg);
        CHECK(c.max_seqs == 4 && c.max_step_tokens == 32);
        cc_compute_close(&c);
        cc_compute_opts d = o;
        d.want = CC_DEVICE_AUTO;
        d.max_seqs = d.max_step_tokens = 0;
        d.kv_bytes = 0;
        CHECKF(cc_compute_open(&c, &m, &d, &err) == CC_OK, "%s", err.msg);
        CHECKF(c.dev.kind == CC_DEVICE_CPU && c.max_seqs == 32 && c.max_step_tokens == 256,
               "device default batch: %d rows, %d tokens", c.max_seqs, c.max_step_tokens);
        CHECKF((int64_t)c.kv.n_blocks * c.kv.block_tokens >= 32 * 128, "%d blocks of %d for 32 rows of 128",
               c.kv.n_blocks, c.kv.block_tokens);
        cc_compute_close(&c);
        d.max_seqs_cap = 8;
        CHECKF(cc_compute_open(&c, &m, &d, &err) == CC_OK, "%s", err.msg);
        CHECK(c.max_seqs == 8 && c.max_step_tokens == 256);
        cc_compute_close(&c);
    }

    /* auto: the CPU, with one line saying why */
    o.want = CC_DEVICE_AUTO;
    CHECKF(cc_compute_open(&c, &m, &o, &err) == CC_OK, "%s", err.msg);
    CHECK(c.dev.kind == CC_DEVICE_CPU && c.be.ctx == &c.fwd);
    CHECKF(strstr(c.dev.note, "using the CPU") != NULL && strchr(c.dev.note, '\n') == NULL, "note '%s'", c.dev.note);
    printf("auto: %s; note: %s\n", c.dev.desc, c.dev.note);
    cc_compute_close(&c);

    /* cuda: refused with the reason */
    o.want = CC_DEVICE_CUDA;
    cc_error_clear(&err);
    cc_status st = cc_compute_open(&c, &m, &o, &err);
    CHECKF(st == CC_ERR_DEVICE || st == CC_ERR_UNSUPPORTED, "status %d: %s", (int)st, err.msg);
    CHECKF(strstr(err.msg, "--device cuda") != NULL, "message '%s'", err.msg);
    printf("cuda: %s\n", err.msg);
    cc_compute_close(&c);
    cc_model_free(&m);

    /* with a GPU: auto takes it for a model the kernels do take, and the logits match the CPU's */
    cc_device probe;
    if (cc_device_select(CC_DEVICE_AUTO, &probe, &err) == CC_OK && probe.kind == CC_DEVICE_CUDA) {
        hp.n_embd = 256;
        hp.n_ff = 512;
        hp.head_dim = 64;
        hp.n_head = 4;
        hp.n_head_kv = 2;
        CHECKF(cc_model_random_mt(&m, &hp, CC_T_F16, 5, 2, &err) == CC_OK, "%s", err.msg);
        for (int dev = 0; dev < 2; dev++) {
            o.want = dev ? CC_DEVICE_AUTO : CC_DEVICE_CPU;
            CHECKF(cc_compute_open(&c, &m, &o, &err) == CC_OK, "%s", err.msg);
            CHECK(c.dev.kind == (dev ? CC_DEVICE_CUDA : CC_DEVICE_CPU));
            cc_kv_seq_init(&s1);
            fs = (cc_fwd_seq){&s1, toks, 5, CC_LOGITS_LAST};
            CHECKF(c.be.step(c.be.ctx, &fs, 1, dev ? b : a, &err) == CC_OK, "%s", err.msg);
            cc_kv_seq_release(&c.kv, &s1);
            printf("%s: %s\n", dev ? "auto" : "cpu", c.dev.desc);
            cc_compute_close(&c);
        }
        double e = cc_rel_err(b, a, 200);
        printf("auto on a GPU-able model: cuda logits vs cpu: rel err %.2e (bound 2e-3)\n", e);
        CHECK(e <= 2e-3);
        cc_model_free(&m);
    } else {
        printf("no GPU: the auto-takes-the-GPU check does not apply\n");
    }
    return cc_test_finish("test_compute");
}
