/* compute.c - choose and build the CPU or CUDA compute side (see compute.h). */
#include "compute.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cuda_backend.h"

/* The batch for a device: what was asked, or the device's default within the cap.  A GPU
 * decodes 1024 rows per step of up to 2048 tokens (bench/bench_gpu_e2e on an H200, 1000-row
 * workload: 29.0k output tok/s at 256 rows / 512 tokens, 34.5k at 512 / 1024, 37.7k at
 * 1024 / 2048; the weights are read once per step for more rows), the CPU 32 rows per step
 * of 256 tokens. */
static void resolve_batch(cc_compute *c, const cc_compute_opts *o, bool gpu) {
    const int32_t rows = gpu ? 1024 : 32;
    c->max_seqs = o->max_seqs > 0                                  ? o->max_seqs
                  : o->max_seqs_cap > 0 && o->max_seqs_cap < rows ? o->max_seqs_cap
                                                                   : rows;
    c->max_step_tokens = o->max_step_tokens > 0 ? o->max_step_tokens : gpu ? 2048 : 256;
}

static cc_status open_cpu(cc_compute *c, const cc_model *m, const cc_compute_opts *o, cc_error *err) {
    const cc_llama_hparams *hp = &m->hp;
    const int32_t kv_dim = hp->n_head_kv * hp->head_dim;
    resolve_batch(c, o, false);
    size_t kv_bytes = o->kv_bytes;
    if (kv_bytes == 0) { /* max_seqs full rows, at most 4 GiB */
        double full = (double)c->max_seqs * (o->n_ctx + o->block_tokens) * 2.0 * hp->n_layer * kv_dim *
                      (o->cpu_kv_dtype == CC_KVD_F16 ? 2 : 4);
        kv_bytes = full > 4294967296.0 ? (size_t)4294967296.0 : (size_t)full;
    }
    cc_status st = cc_threadpool_init(&c->pool, o->threads, err);
    if (st == CC_OK)
        st = cc_kv_pool_init(&c->kv, hp->n_layer, kv_dim, o->block_tokens, o->cpu_kv_dtype, kv_bytes, err);
    if (st == CC_OK) st = cc_forward_init(&c->fwd, m, &c->kv, c->pool, cc_cpu_isa_detect(), err);
    if (st == CC_OK) c->be = cc_backend_cpu(&c->fwd);
    return st;
}

static cc_status open_cuda(cc_compute *c, const cc_model *m, const cc_compute_opts *o, cc_error *err) {
    const cc_llama_hparams *hp = &m->hp;
    resolve_batch(c, o, true);
    cc_cuda_backend_params p = cc_cuda_backend_defaults(c->max_step_tokens, c->max_seqs, o->n_ctx);
    p.inv_gemm = o->gpu.gemm_bi ? CC_INV_GEMM_BI : CC_INV_GEMM_LTPIN;
    p.kv_fp8 = o->gpu.kv_fp8;
    p.cuda_graphs = o->gpu.graphs;
    /* the scheduler never holds more than max_seqs full rows (plus copy-on-write slack) */
    double rows_need = (double)c->max_seqs * ((double)o->n_ctx + 2.0 * o->block_tokens) * 2.0 * hp->n_layer *
                       hp->n_head_kv * hp->head_dim * 2.0;
    p.kv_bytes_cap = o->gpu_kv_bytes > 0 ? o->gpu_kv_bytes : (size_t)rows_need;
    int32_t nb = 0;
    cc_status st = cc_cuda_backend_plan_blocks(m, &p, o->block_tokens, &nb, err);
    if (st == CC_OK)
        st = cc_kv_pool_init_blocks(&c->kv, hp->n_layer, hp->n_head_kv * hp->head_dim, o->block_tokens, CC_KVD_F16,
                                    nb, false, err);
    if (st == CC_OK) st = cc_cuda_backend_create(m, &c->kv, &p, &c->cuda, err);
    if (st == CC_OK) c->be = c->cuda;
    return st;
}

cc_status cc_compute_open(cc_compute *c, const cc_model *m, const cc_compute_opts *o, cc_error *err) {
    memset(c, 0, sizeof *c);
    cc_status st = cc_device_select(o->want, &c->dev, err);
    if (st != CC_OK) return st;
    if (c->dev.kind == CC_DEVICE_CUDA) {
        cc_error ce = {0};
        st = open_cuda(c, m, o, &ce);
        if (st == CC_OK) {
            snprintf(c->dev.desc + strlen(c->dev.desc), sizeof c->dev.desc - strlen(c->dev.desc), ", %s",
                     cc_cuda_backend_describe(&c->cuda));
            cc_cuda_backend_numerics(&c->cuda, c->dev.numerics, sizeof c->dev.numerics);
            return CC_OK;
        }
        cc_cuda_backend_destroy(&c->cuda);
        cc_kv_pool_free(&c->kv);
        memset(&c->kv, 0, sizeof c->kv);
        if (o->want == CC_DEVICE_CUDA) return cc_fail(err, st, "--device cuda: %s", ce.msg);
        cc_device cpu;
        if ((st = cc_device_select(CC_DEVICE_CPU, &cpu, err)) != CC_OK) return st;
        snprintf(cpu.note, sizeof cpu.note, "the GPU backend cannot run this model (%.500s); using the CPU", ce.msg);
        c->dev = cpu;
    }
    st = open_cpu(c, m, o, err);
    if (st != CC_OK) cc_compute_close(c);
    return st;
}

void cc_compute_close(cc_compute *c) {
    if (!c) return;
    if (c->cuda.ctx) cc_cuda_backend_destroy(&c->cuda);
    cc_forward_free(&c->fwd);
    cc_kv_pool_free(&c->kv);
    cc_threadpool_free(c->pool);
    memset(c, 0, sizeof *c);
}

cc_status cc_gpu_gemm_parse(const char *s, cc_gpu_opts *o, cc_error *err) {
    if (strcmp(s, "bi") == 0) o->gemm_bi = true;
    else if (strcmp(s, "ltpin") == 0) o->gemm_bi = false;
    else return cc_fail(err, CC_ERR_INVALID, "--gpu-gemm: expected bi or ltpin, got '%s'", s);
    return CC_OK;
}

cc_status cc_gpu_kv_parse(const char *s, cc_gpu_opts *o, cc_error *err) {
    if (strcmp(s, "f16") == 0) o->kv_fp8 = false;
    else if (strcmp(s, "fp8") == 0) o->kv_fp8 = true;
    else return cc_fail(err, CC_ERR_INVALID, "--gpu-kv: expected f16 or fp8, got '%s'", s);
    return CC_OK;
}
