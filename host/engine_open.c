/* engine_open.c - cc_rewriter_open, the seam where the inference engine plugs
 * into `clinclean run` (see engine.h): load the configuration (--config, or
 * the built-in default), apply the command-line overrides, choose the device,
 * open the engine and describe it (device, one-line note, hashes of the
 * effective configuration and of the prompt head).
 *
 * Backends: the engine (engine_rewriter.h) runs on the CPU or the GPU; see
 * open_on_device below, which lets the engine pick the CUDA backend or the
 * CPU (compute.h) and records which one runs. */
#include "engine.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "cpu_ops.h"
#include "engine_rewriter.h"
#include "sha256.h"
#include "textbuf.h"

/* The built-in default system prompt (used when no --config is given): the
 * same text the shipped files in configs/ carry; tests/test_run_e2e.sh checks they agree. */
static const char DEFAULT_SYSTEM_PROMPT[] =
    "You are a medical AI assistant that rewrites noisy, telegraphic, or poorly formatted clinical text\n"
    "(eg, discharge summaries, admission notes, advice sections) into clear, grammatically correct,\n"
    "contextually rich prose.\n"
    "\n"
    "Given some raw 'content' from a clinician, you must:\n"
    "- preserve all medically relevant facts and timelines,\n"
    "- avoid inventing new clinical information,\n"
    "- expand or clarify abbreviations when appropriate,\n"
    "- fix spelling, grammar, punctuation, and formatting,\n"
    "- turn lists or fragments into coherent sentences and paragraphs.\n"
    "\n"
    "Your reply should be only the cleaned clinical text, nothing else.";

/* A string as "key:<byte length>:<bytes>\n", so no text can imitate another field. */
static void sb_str(cc_buf *b, const char *key, const char *s) {
    size_t len = s ? strlen(s) : 0;
    cc_buf_fmt(b, "%s:%zu:", key, len);
    cc_buf_put(b, s ? s : "", len);
    cc_buf_put(b, "\n", 1);
}

/* sha256 of the canonical serialisation of everything in the effective
 * configuration that changes a row's output, plus the engine settings that do
 * (context length: chunking; KV precision).  Floats are written with %.9g,
 * which round-trips a float exactly. */
static cc_status config_hash(const cc_model_config *c, int32_t n_ctx, const char *kv, char out[65], cc_error *err) {
    cc_buf b = {0};
    cc_buf_fmt(&b, "clinclean-config:1\n");
    sb_str(&b, "system_prompt", c->system_prompt);
    cc_buf_fmt(&b, "chat_template:%s\n", cc_chat_family_name(c->chat_template));
    sb_str(&b, "date_line", c->date_line);
    cc_buf_fmt(&b, "temperature:%.9g\ntop_p:%.9g\ntop_k:%d\nmin_p:%.9g\n", (double)c->temperature, (double)c->top_p,
           c->top_k, (double)c->min_p);
    cc_buf_fmt(&b, "repeat_penalty:%.9g\nrepeat_last_n:%d\n", (double)c->repeat_penalty, c->repeat_last_n);
    cc_buf_fmt(&b, "max_new_tokens:%d\nseed:%llu\n", c->max_new_tokens, (unsigned long long)c->seed);
    cc_buf_fmt(&b, "stop:%zu\n", c->n_stop);
    for (size_t i = 0; i < c->n_stop; i++) sb_str(&b, "stop", c->stop[i]);
    cc_buf_fmt(&b, "end_tokens:%zu", c->n_end_tokens);
    for (size_t i = 0; i < c->n_end_tokens; i++) cc_buf_fmt(&b, ",%d", c->end_tokens[i]);
    cc_buf_fmt(&b, "\nn_ctx:%d\nkv:%s\n", n_ctx, kv);
    if (b.oom) {
        free(b.p);
        return cc_fail(err, CC_ERR_NOMEM, "out of memory hashing the configuration");
    }
    cc_sha256_hex(b.p, b.n, out);
    free(b.p);
    return CC_OK;
}

/* The configuration the run uses: the file or the built-in default, then the flags. */
static cc_status load_config(const cc_engine_options *opt, cc_model_config *cfg, cc_error *err) {
    cc_config_defaults(cfg);
    if (opt->config_path) {
        cc_status st = cc_config_load(cfg, opt->config_path, err);
        if (st != CC_OK) return st;
    } else {
        cfg->system_prompt = strdup(DEFAULT_SYSTEM_PROMPT);
        if (!cfg->system_prompt) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    }
    for (size_t i = 0; i < opt->n_overrides; i++) {
        const cc_config_override *o = &opt->overrides[i];
        cc_status st = cc_config_set(cfg, o->key, o->value, o->flag, err);
        if (st != CC_OK) return st;
    }
    return CC_OK;
}

/* Open the engine on the device --device selects (compute.h: CUDA when it is
 * compiled in, a GPU is present and the backend takes the model; otherwise the
 * CPU, with a one-line note saying why); fills info->device and info->note and
 * kv (kv_size bytes) with what that device computes with: the K/V precision, the
 * invariant GEMM and its pinned algorithms (part of the config hash, since a CPU
 * and a GPU run, or two cards' pinned algorithms, may round differently). */
static cc_status open_on_device(const cc_engine_options *opt, cc_engine_opts *eo, cc_rewriter *out,
                                cc_engine_info *info, char *kv, size_t kv_size, cc_error *err) {
    eo->device = opt->device;
    eo->gpu = opt->gpu;
    cc_status st = cc_engine_cpu_open(eo, out, err);
    if (st != CC_OK) return st;
    const cc_device *dev = cc_engine_device(out);
    snprintf(info->note, sizeof info->note, "%s", dev->note);
    if (dev->kind == CC_DEVICE_CUDA) {
        snprintf(info->device, sizeof info->device, "%s", dev->desc);
        /* what changes a row's bits: the K/V type, which invariant GEMM and, for pinned
           cuBLASLt, the algorithms this card and library pinned (a job resumed on another card
           kind redoes its rows rather than mix two algorithms' bits); CUDA graphs replay the
           same kernels, so they change nothing and are not hashed */
        snprintf(kv, kv_size, "%s%s%s", opt->gpu.kv_fp8 ? (opt->gpu.gemm_bi ? "cuda-fp8" : "cuda-fp8+ltpin")
                                                       : (opt->gpu.gemm_bi ? "cuda-f16" : "cuda-f16+ltpin"),
                 dev->numerics[0] ? ":" : "", dev->numerics);
    } else {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        int threads = opt->threads > 0 ? opt->threads : (cores > 0 ? (int)cores : 1);
        snprintf(info->device, sizeof info->device, "cpu (%d threads, %s)", threads,
                 cc_cpu_isa_name(cc_cpu_isa_detect()));
        snprintf(kv, kv_size, "f32");
    }
    return CC_OK;
}

cc_status cc_rewriter_open(const cc_engine_options *opt, cc_rewriter *out, cc_engine_info *info, cc_error *err) {
    cc_status st;
    cc_model_config cfg;
    memset(out, 0, sizeof *out);
    memset(info, 0, sizeof *info);
    if ((st = load_config(opt, &cfg, err)) != CC_OK) goto done;
    /* The batch is the device's (compute.h: GPU 256 rows per step, CPU 32), capped by
     * --max-inflight.  Outputs do not depend on it (the engine is batch-invariant), so it
     * is not part of the configuration hash. */
    cc_engine_opts eo = {.model_path = opt->model_path, .config = &cfg, .threads = opt->threads,
                         .max_seqs_cap = opt->max_inflight};
    char kv[256] = "f32";
    if ((st = open_on_device(opt, &eo, out, info, kv, sizeof kv, err)) != CC_OK) goto done;
    info->max_inflight = 2 * cc_engine_max_seqs(out);
    cc_sha256_hex(cc_engine_prompt_head(out), strlen(cc_engine_prompt_head(out)), info->prompt_sha256);
    if ((st = config_hash(&cfg, cc_engine_n_ctx(out), kv, info->config_sha256, err)) != CC_OK) goto done;
done:
    if (st != CC_OK && out->destroy) {
        out->destroy(out->ctx);
        memset(out, 0, sizeof *out);
    }
    cc_config_free(&cfg);
    return st;
}
