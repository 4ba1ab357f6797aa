/* engine_rewriter.c - cc_rewriter over the CPU forward pass and the
 * continuous-batching scheduler. */
#include "engine_rewriter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "chat_template.h"
#include "compute.h"
#include "forward.h"
#include "model_load.h"
#include "scheduler.h"
#include "tokenizer.h"
#include "tokenizer_load.h"

typedef struct {
    uint64_t tag;     /* note */
    double t_submit;  /* when it was submitted (seconds, monotonic) */
} inflight;

typedef struct {
    cc_model model;           /* weights */
    cc_tokenizer *tok;        /* tokenizer */
    cc_chat_family fam;       /* template family */
    cc_model_config cfg;      /* effective configuration (owned copy of the strings) */
    cc_compute comp;          /* CPU or CUDA backend, KV bookkeeping */
    cc_sched *sched;          /* batching */
    int32_t n_ctx;            /* positions per row */
    int32_t overhead;         /* prompt tokens besides the note */
    int32_t max_queue;        /* submit limit */
    inflight *fl;             /* [n_fl] submitted, not yet polled */
    size_t n_fl, cap_fl;
    cc_bytes head;            /* rendered shared prompt head (text) */
} engine;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static size_t piece_text(void *ctx, int32_t t, char *buf, size_t cap) {
    engine *e = ctx;
    size_t len = 0;
    const char *p = cc_tokenizer_piece(e->tok, t, &len);
    if (!p) return 0;
    if (len > cap) len = cap;
    memcpy(buf, p, len);
    return len;
}

/* Prompt ids for a note. */
static cc_status render(engine *e, const char *text, size_t len, cc_tokens *ids, cc_bytes *out_text, cc_error *err) {
    const char *sp = e->cfg.system_prompt ? e->cfg.system_prompt : "";
    cc_chat_msg msgs[2] = {{"system", sp, strlen(sp)}, {"user", text, len}};
    return cc_chat_render(e->tok, e->fam, e->cfg.date_line, msgs, 2, true, out_text, ids, err);
}

static cc_status e_count_tokens(void *ctx, const char *text, size_t len, int32_t *n, cc_error *err) {
    engine *e = ctx;
    cc_tokens ids = {0};
    cc_status st = cc_tokenizer_encode(e->tok, text, len, false, &ids, err);
    *n = st == CC_OK ? (int32_t)ids.n : 0;
    cc_tokens_free(&ids);
    return st;
}

/* The longest note one request carries: what the context leaves after the
 * prompt and the output, and no more than 3/4 of the output budget, since a
 * faithful rewrite (abbreviations expanded, fragments joined) is usually longer
 * in tokens than its source: a chunk the output budget cannot hold would come
 * back cut off.  At least 64 tokens, so a tiny output limit does not shred notes
 * into fragments the model cannot make sense of. */
static int32_t e_max_note_tokens(void *ctx) {
    engine *e = ctx;
    int32_t m = e->n_ctx - e->overhead - e->cfg.max_new_tokens;
    int32_t room = e->cfg.max_new_tokens / 4 * 3;
    if (room < 64) room = 64;
    if (m > room) m = room;
    return m > 0 ? m : 0;
}

static cc_status e_submit(void *ctx, uint64_t tag, const char *text, size_t len, cc_error *err) {
    engine *e = ctx;
    cc_status st = CC_OK;
    cc_tokens ids = {0};
    if (cc_sched_waiting(e->sched) >= (size_t)e->max_queue)
        return cc_fail(err, CC_ERR_RANGE, "engine queue is full (%d notes waiting); poll first", e->max_queue);
    if (e->n_fl == e->cap_fl) {
        size_t nc = e->cap_fl ? e->cap_fl * 2 : 64;
        inflight *n = realloc(e->fl, nc * sizeof *n);
        if (!n) return cc_fail(err, CC_ERR_NOMEM, "engine: out of memory");
        e->fl = n;
        e->cap_fl = nc;
    }
    st = render(e, text, len, &ids, NULL, err);
    if (st == CC_OK) st = cc_sched_submit(e->sched, tag, ids.ids, (int32_t)ids.n, err);
    if (st == CC_OK) e->fl[e->n_fl++] = (inflight){tag, now_s()};
    cc_tokens_free(&ids);
    return st;
}

static double take_start(engine *e, uint64_t tag) {
    for (size_t i = 0; i < e->n_fl; i++)
        if (e->fl[i].tag == tag) {
            double t = e->fl[i].t_submit;
            e->fl[i] = e->fl[--e->n_fl];
            return t;
        }
    return now_s();
}

/* Fill one rewrite result from a scheduler result (consumes r). */
static void convert(engine *e, cc_sched_result *r, cc_rewrite_result *out) {
    memset(out, 0, sizeof *out);
    out->tag = r->tag;
    out->status = r->status;
    snprintf(out->err, sizeof out->err, "%s", r->err);
    out->prompt_tokens = r->prompt_tokens;
    out->output_tokens = r->n_tokens;
    out->finish = r->finish;
    out->elapsed_ms = (now_s() - take_start(e, r->tag)) * 1000.0;
    cc_bytes clean = {0};
    cc_error err = {0};
    cc_status st = CC_OK;
    if (r->text && r->text_len) cc_utf8_sanitize((const unsigned char *)r->text, r->text_len, true, &clean, &err, &st);
    if (st != CC_OK) {
        cc_bytes_free(&clean);
        clean = (cc_bytes){0};
    }
    out->text = clean.data ? clean.data : calloc(1, 1);
    out->text_len = clean.data ? clean.len : 0;
    if (!out->text && out->status == CC_OK) {
        out->status = CC_ERR_NOMEM;
        snprintf(out->err, sizeof out->err, "out of memory for the result text");
        out->finish = CC_FINISH_ERROR;
    }
    cc_sched_result_free(r);
}

static cc_status e_poll(void *ctx, cc_rewrite_result *out, size_t cap, size_t *n_out, bool wait, cc_error *err) {
    engine *e = ctx;
    *n_out = 0;
    if (cap == 0) return CC_OK;
    cc_sched_result tmp[16];
    for (;;) {
        size_t want = cap - *n_out < 16 ? cap - *n_out : 16;
        size_t n = cc_sched_poll(e->sched, tmp, want);
        for (size_t i = 0; i < n; i++) convert(e, &tmp[i], &out[(*n_out)++]);
        if (*n_out > 0 || cc_sched_pending(e->sched) == 0) return CC_OK;
        bool did = false;
        cc_status st = cc_sched_step(e->sched, &did, err);
        if (st != CC_OK) return st;
        if (!wait) {
            n = cc_sched_poll(e->sched, tmp, want);
            for (size_t i = 0; i < n; i++) convert(e, &tmp[i], &out[(*n_out)++]);
            return CC_OK;
        }
    }
}

static size_t e_pending(void *ctx) { return cc_sched_pending(((engine *)ctx)->sched); }

static void e_destroy(void *ctx) {
    engine *e = ctx;
    if (!e) return;
    cc_sched_free(e->sched);
    cc_compute_close(&e->comp);
    cc_tokenizer_free(e->tok);
    cc_model_free(&e->model);
    cc_config_free(&e->cfg);
    cc_bytes_free(&e->head);
    free(e->fl);
    free(e);
}

/* Deep copy of the configuration's strings. */
static cc_status copy_config(cc_model_config *dst, const cc_model_config *src, cc_error *err) {
    *dst = *src;
    dst->system_prompt = strdup(src->system_prompt ? src->system_prompt : "");
    for (size_t i = 0; i < src->n_stop; i++) dst->stop[i] = strdup(src->stop[i]);
    bool ok = dst->system_prompt != NULL;
    for (size_t i = 0; i < src->n_stop; i++) ok = ok && dst->stop[i];
    return ok ? CC_OK : cc_fail(err, CC_ERR_NOMEM, "engine: out of memory");
}

cc_status cc_engine_cpu_open(const cc_engine_opts *o, cc_rewriter *out, cc_error *err) {
    cc_status st = CC_OK;
    memset(out, 0, sizeof *out);
    engine *e = calloc(1, sizeof *e);
    char *tokjson = NULL;
    cc_tokens a = {0}, b = {0}, ends = {0};
    if (!e) return cc_fail(err, CC_ERR_NOMEM, "engine: out of memory");
    if (o->config) {
        st = copy_config(&e->cfg, o->config, err);
    } else {
        cc_config_defaults(&e->cfg);
    }
    if (st != CC_OK) goto done;
    if ((st = cc_model_load(&e->model, o->model_path, err)) != CC_OK) goto done;
    struct stat sb;
    if (stat(o->model_path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        tokjson = malloc(strlen(o->model_path) + 32);
        if (!tokjson) {
            st = cc_fail(err, CC_ERR_NOMEM, "engine: out of memory");
            goto done;
        }
        sprintf(tokjson, "%s/tokenizer.json", o->model_path);
    }
    if ((st = cc_tokenizer_open(tokjson ? NULL : o->model_path, tokjson, &e->tok, err)) != CC_OK) goto done;
    if (cc_tokenizer_n_vocab(e->tok) > e->model.hp.n_vocab) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: tokenizer has %d tokens, the model only %d", o->model_path,
                     cc_tokenizer_n_vocab(e->tok), e->model.hp.n_vocab);
        goto done;
    }
    if ((st = cc_chat_detect(e->tok, e->cfg.chat_template, &e->fam, err)) != CC_OK) goto done;

    const cc_llama_hparams *hp = &e->model.hp;
    e->n_ctx = o->n_ctx > 0 ? o->n_ctx : (hp->n_ctx_train > 0 && hp->n_ctx_train < 4096 ? hp->n_ctx_train : 4096);
    /* the batch is the device's unless given (compute.h resolves it for the device that runs) */
    cc_compute_opts co = {.want = o->device, .threads = o->threads, .max_seqs = o->max_seqs,
                          .max_step_tokens = o->max_step_tokens, .max_seqs_cap = o->max_seqs_cap,
                          .n_ctx = e->n_ctx, .block_tokens = 16, .kv_bytes = o->kv_bytes, .gpu_kv_bytes = o->kv_bytes,
                          .cpu_kv_dtype = o->kv_f16 ? CC_KVD_F16 : CC_KVD_F32, .gpu = o->gpu};
    if ((st = cc_compute_open(&e->comp, &e->model, &co, err)) != CC_OK) goto done;
    const int32_t max_seqs = e->comp.max_seqs, max_step_tokens = e->comp.max_step_tokens;
    e->max_queue = o->max_queue > 0 ? o->max_queue : 4 * max_seqs;

    /* the shared head: the longest common prefix of two different notes' prompts */
    if ((st = render(e, "", 0, NULL, &e->head, err)) != CC_OK) goto done;
    if ((st = render(e, "A", 1, &a, NULL, err)) != CC_OK) goto done;
    if ((st = render(e, "B", 1, &b, NULL, err)) != CC_OK) goto done;
    size_t common = 0;
    while (common < a.n && common < b.n && a.ids[common] == b.ids[common]) common++;
    int32_t note_a = 0;
    if ((st = e_count_tokens(e, "A", 1, &note_a, err)) != CC_OK) goto done;
    e->overhead = (int32_t)a.n - note_a;

    cc_sched_params sp = {.max_seqs = max_seqs, .max_step_tokens = max_step_tokens,
                          .max_new_tokens = e->cfg.max_new_tokens, .n_ctx = e->n_ctx, .token_text = piece_text,
                          .token_text_ctx = e};
    if (e->cfg.n_end_tokens) {
        for (size_t i = 0; i < e->cfg.n_end_tokens && i < CC_SCHED_MAX_EOS; i++) sp.eos[sp.n_eos++] = e->cfg.end_tokens[i];
    } else {
        if ((st = cc_chat_end_tokens(e->tok, e->fam, &ends, err)) != CC_OK) goto done;
        for (size_t i = 0; i < ends.n && i < CC_SCHED_MAX_EOS; i++) sp.eos[sp.n_eos++] = ends.ids[i];
    }
    for (size_t i = 0; i < e->cfg.n_stop && i < CC_SCHED_MAX_STOP; i++) sp.stop[sp.n_stop++] = e->cfg.stop[i];
    sp.sampling = cc_sampler_defaults();
    sp.sampling.temperature = e->cfg.temperature;
    sp.sampling.top_k = e->cfg.top_k;
    sp.sampling.top_p = e->cfg.top_p;
    sp.sampling.min_p = e->cfg.min_p;
    sp.sampling.repeat_penalty = e->cfg.repeat_penalty;
    sp.sampling.repeat_last_n = e->cfg.repeat_last_n;
    sp.sampling.seed = e->cfg.seed;
    if ((st = cc_sched_init(&e->sched, &e->comp.be, &sp, err)) != CC_OK) goto done;
    if (common > 0 && (st = cc_sched_set_prefix(e->sched, a.ids, (int32_t)common, err)) != CC_OK) goto done;

    out->ctx = e;
    out->count_tokens = e_count_tokens;
    out->max_note_tokens = e_max_note_tokens;
    out->submit = e_submit;
    out->poll = e_poll;
    out->pending = e_pending;
    out->destroy = e_destroy;
done:
    if (st != CC_OK) e_destroy(e);
    free(tokjson);
    cc_tokens_free(&a);
    cc_tokens_free(&b);
    cc_tokens_free(&ends);
    return st;
}

const cc_device *cc_engine_device(const cc_rewriter *rw) {
    const engine *e = rw->ctx;
    return &e->comp.dev;
}

const char *cc_engine_prompt_head(const cc_rewriter *rw) {
    const engine *e = rw->ctx;
    return e && e->head.data ? e->head.data : "";
}

int32_t cc_engine_max_seqs(const cc_rewriter *rw) {
    const engine *e = rw->ctx;
    return e ? e->comp.max_seqs : 0;
}

int32_t cc_engine_n_ctx(const cc_rewriter *rw) {
    const engine *e = rw->ctx;
    return e ? e->n_ctx : 0;
}
