/* bench_gpu_e2e.c - the clinclean workload end to end on the GPU backend:
 * rows of a ~120-token shared system prompt + ~230 note tokens (200..260),
 * 200 output tokens each (end tokens ignored, greedy), through the real
 * scheduler (continuous batching, shared prefix, chunked prefill) over the
 * CUDA backend, on a Llama-3.2-1B-size random model per weight type.
 *
 * Reports per type and projection path: rows/s, output tok/s, time in
 * steps with prefill (prefill tok/s) and in pure decode steps (decode
 * tok/s), the time outside the backend (host scheduling, and sampling when
 * logits cross), the bytes the kernels must read (the weights each step
 * reads: bf16 copies once per GEMM step, packed weights once per 64-row
 * matvec chunk; plus every context position's K/V) as GB/s and as a
 * fraction of the card's bandwidth, and output tok/s against the ceiling of
 * ../shared/reference/performance.md.  Greedy rows take their tokens on the
 * device (the scheduler's step_greedy), as `clinclean run` does; with --temp
 * T > 0 the rows are sampled (temperature T, --top-p P, --seed S), on the
 * device too (the scheduler's step_sample: cc_cuda_sample after the output
 * layer, each row's own stream), and the path is labelled PATH/smp.  Each
 * run prints how many steps chose tokens on the device (greedy, sampled) and
 * how many logits rows crossed to the host (0 when the device chose every
 * token).  --graphs on runs every path with cuda_graphs (decode-only steps
 * replayed as CUDA graphs per bucket of row counts; labelled PATH/graph),
 * --graphs both runs each path without and then with them, side by side;
 * each run prints its graph replays and captures.  The last lines are a
 * short table.
 *
 * Paths (--paths, comma-separated; default ltpin): ltpin (the default engine,
 * batch-invariant: pinned cuBLASLt per projection where its start-up self-test
 * passed, gemm_bi for the rest; the per-projection report is printed), bi
 * (batch-invariant tensor-core GEMM of our own), matvec (batch-invariant fused matvec),
 * cublas (matvec below 128 rows, cuBLASLt above; not batch-invariant), fp8 (as cublas, with
 * the cuBLASLt steps on fp8 tensor cores: e4m3 weights per output channel and activations per
 * token, gemm_fp8.cu; not batch-invariant; for measurement).
 *
 * usage: bench_gpu_e2e [--rows N] [--types q8_0,q4_K] [--paths bi,ltpin,cublas,fp8] [--max-seqs N]
 *                      [--step-tokens N] [--out-tokens N] [--max-seconds S] [--threads N] [--kv f16|fp8]
 *                      [--temp T] [--top-p P] [--seed S] [--graphs off|on|both] [--profile]
 *                      [--prefill-attn tc|simt] [--decode-attn simt|tc]
 * Defaults: --max-seqs 1024 --step-tokens 2048 (what `clinclean run` uses on a GPU).
 * --prefill-attn simt: prompt chunks through the fp32 prefill attention kernel instead of the
 * tensor-core one (the default); paths are labelled PATH/psimt.
 * --decode-attn tc: decode attention's pass 1 on tensor cores, through its cp.async ring (off by
 * default: the register-loader version was no faster on an H200); paths are labelled PATH/dtc.
 * --profile: each run without graphs times its kernel families with CUDA events and prints
 * the GPU milliseconds per family, over all steps and per step with prompt chunks / pure
 * decode (the gap to the ceiling, kernel by kernel).
 * --kv fp8: the K/V cache in fp8 e4m3 (scale 1; cuda_backend.h kv_fp8) for every path; the
 * K/V bytes counted per position halve; paths are labelled PATH/fp8.
 * --max-seconds S: no new rows after S seconds, and a run still going at 2 S stops there
 * (its figures then cover the rows finished, marked "cut"). */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cuda_backend.h"
#include "cuda_check.h"
#include "cuda_probe.h"
#include "model_random.h"
#include "scheduler.h"

#define PREFIX 120

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* The backend under measurement, wrapped to time each step and count what it reads. */
typedef struct {
    cc_backend inner;        /* the CUDA backend */
    size_t weight_bytes;     /* packed weights on the device */
    size_t bf16_bytes;       /* bf16 weight copies on the device */
    double kv_per_pos;       /* K/V bytes per cached position (all layers) */
    double t_prefill;        /* seconds in steps with a chunk of more than one token */
    double t_decode;         /* seconds in steps of single tokens only */
    int64_t tok_prefill;     /* tokens of chunks */
    int64_t tok_decode;      /* single decode tokens */
    double bytes;            /* weight + K/V bytes the kernels had to read */
    int64_t steps;           /* steps */
    int64_t decode_steps;    /* steps of single tokens only */
} meter;

static cc_status metered(meter *mt, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, int32_t *ids,
                         const cc_row_sampling *smp, uint64_t seed, cc_error *err) {
    int32_t T = 0, chunk = 0;
    double ctxpos = 0;
    for (int32_t s = 0; s < n_seqs; s++) {
        T += seqs[s].n_tokens;
        if (seqs[s].n_tokens > 1) chunk += seqs[s].n_tokens;
        ctxpos += (double)seqs[s].kv->n_tokens + seqs[s].n_tokens;
    }
    const int64_t g0 = cc_cuda_backend_get_stats(&mt->inner).gemm_steps;
    double t0 = now();
    cc_status st = smp   ? mt->inner.step_sample(mt->inner.ctx, seqs, n_seqs, smp, seed, ids, err)
                   : ids ? mt->inner.step_greedy(mt->inner.ctx, seqs, n_seqs, ids, err)
                         : mt->inner.step(mt->inner.ctx, seqs, n_seqs, logits, err);
    double dt = now() - t0;
    const bool gemm_step = cc_cuda_backend_get_stats(&mt->inner).gemm_steps > g0;
    if (chunk > 0) {
        mt->t_prefill += dt;
    } else {
        mt->t_decode += dt;
        mt->decode_steps++;
    }
    mt->tok_prefill += chunk;
    mt->tok_decode += T - chunk;
    mt->bytes += (gemm_step ? (double)mt->bf16_bytes : (double)mt->weight_bytes * (double)((T + 63) / 64)) +
                 ctxpos * mt->kv_per_pos;
    mt->steps++;
    return st;
}

static cc_status metered_step(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err) {
    return metered(ctx, seqs, n_seqs, logits, NULL, NULL, 0, err);
}

static cc_status metered_greedy(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, int32_t *ids, cc_error *err) {
    return metered(ctx, seqs, n_seqs, NULL, ids, NULL, 0, err);
}

static cc_status metered_sample(void *ctx, const cc_fwd_seq *seqs, int32_t n_seqs, const cc_row_sampling *rows,
                                uint64_t seed, int32_t *ids, cc_error *err) {
    return metered(ctx, seqs, n_seqs, NULL, ids, rows, seed, err);
}

/* Sampling of every run (--temp, --top-p, --seed; temperature 0: greedy). */
static cc_sampler_params g_sampling;
static bool g_profile; /* --profile: time each kernel family (cuda_backend.h profile) */
static bool g_prefill_simt; /* --prefill-attn simt: the fp32 prefill attention kernel (the baseline) */
static bool g_decode_tc;    /* --decode-attn tc: decode attention on tensor cores (cuda_backend.h decode_tc) */

typedef struct {
    char type[16];           /* weight type */
    char path[32];           /* projection path (+ /fp8, /smp) */
    bool cut;                /* stopped at 2 x max_seconds */
    int pinned;              /* ltpin: projections on pinned cuBLASLt (of 6); -1 for other paths */
    int rows;                /* rows finished */
    double secs;             /* wall time of the run */
    double rows_s, out_tok_s, prefill_tok_s, decode_tok_s, host_frac, gbs, bw_frac, ceil_frac;
} result;

/* One (type, path) run on model m (generated once per type); graphs: cuda_graphs. */
static int run_path(const cc_model *mp, const char *tname, const char *path, bool kv_fp8, bool graphs, int rows, int max_seqs,
                    int step_tokens, int out_tokens, double max_seconds, const cc_cuda_device_facts *facts,
                    double ceiling_tok_s, result *res) {
    cc_error err = {0};
    const cc_model m = *mp;
    const cc_llama_hparams hp = m.hp;
    cc_kv_pool pool;
    memset(&pool, 0, sizeof pool);
    cc_backend be;
    memset(&be, 0, sizeof be);
    cc_sched *s = NULL;
    int rc = 1;
    memset(res, 0, sizeof *res);
    snprintf(res->type, sizeof res->type, "%s", tname);
    snprintf(res->path, sizeof res->path, "%s%s%s%s%s%s", path, kv_fp8 ? "/fp8" : "",
             g_sampling.temperature > 0 ? "/smp" : "", graphs ? "/graph" : "", g_prefill_simt ? "/psimt" : "",
             g_decode_tc ? "/dtc" : "");
    const int n_ctx = PREFIX + 260 + out_tokens + 16;
    cc_cuda_backend_params p = cc_cuda_backend_defaults(step_tokens, max_seqs, n_ctx);
    p.batch_invariant = strcmp(path, "cublas") != 0 && strcmp(path, "fp8") != 0;
    p.proj_fp8 = strcmp(path, "fp8") == 0;
    p.invariant_matvec = strcmp(path, "matvec") == 0;
    p.inv_gemm = strcmp(path, "ltpin") == 0 ? CC_INV_GEMM_LTPIN : CC_INV_GEMM_BI;
    p.kv_fp8 = kv_fp8;
    p.cuda_graphs = graphs;
    p.profile = g_profile && !graphs; /* events cannot time the launches of a graph */
    p.prefill_simt = g_prefill_simt;
    p.decode_tc = g_decode_tc;
    res->pinned = -1;
    p.kv_bytes_cap = (size_t)16 << 30;
    int32_t nb = 0;
    if (cc_cuda_backend_plan_blocks(&m, &p, 16, &nb, &err) != CC_OK ||
        cc_kv_pool_init_blocks(&pool, hp.n_layer, hp.n_head_kv * hp.head_dim, 16, CC_KVD_F16, nb, false, &err) !=
            CC_OK ||
        cc_cuda_backend_create(&m, &pool, &p, &be, &err) != CC_OK) {
        fprintf(stderr, "bench_gpu_e2e: %s %s: %s\n", tname, path, err.msg);
        goto done;
    }
    printf("%s %s: %s\n", tname, path, cc_cuda_backend_describe(&be));
    if (p.inv_gemm == CC_INV_GEMM_LTPIN) {
        cc_cuda_backend_report(&be, stdout);
        res->pinned = cc_cuda_backend_get_stats(&be).ltpin_shapes;
    }
    meter mt;
    memset(&mt, 0, sizeof mt);
    mt.inner = be;
    mt.weight_bytes = cc_cuda_backend_get_stats(&be).weight_bytes;
    mt.bf16_bytes = cc_cuda_backend_get_stats(&be).bf16_bytes;
    mt.kv_per_pos = 2.0 * hp.n_layer * hp.n_head_kv * hp.head_dim * (kv_fp8 ? 1.0 : 2.0);
    cc_backend mb = {.ctx = &mt, .kv = &pool, .n_vocab = be.n_vocab, .step = metered_step,
                     .step_greedy = be.step_greedy ? metered_greedy : NULL,
                     .step_sample = be.step_sample ? metered_sample : NULL};
    cc_sched_params sp;
    memset(&sp, 0, sizeof sp);
    sp.max_seqs = max_seqs;
    sp.max_step_tokens = step_tokens;
    sp.max_new_tokens = out_tokens;
    sp.n_ctx = n_ctx;
    sp.n_eos = 0; /* end tokens ignored: every row makes out_tokens */
    sp.sampling = g_sampling;
    if (cc_sched_init(&s, &mb, &sp, &err) != CC_OK) {
        fprintf(stderr, "bench_gpu_e2e: %s\n", err.msg);
        goto done;
    }
    uint64_t r = 0x9E3779B97F4A7C15ULL;
    int32_t prompt[PREFIX + 260];
    for (int i = 0; i < PREFIX; i++) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        prompt[i] = (int32_t)((r >> 33) % (uint64_t)hp.n_vocab);
    }
    double start = now();
    if (cc_sched_set_prefix(s, prompt, PREFIX, &err) != CC_OK) {
        fprintf(stderr, "bench_gpu_e2e: prefix: %s\n", err.msg);
        goto done;
    }
    int submitted = 0, finished = 0;
    int64_t out_toks = 0;
    while (finished < rows) {
        while (submitted < rows && cc_sched_waiting(s) < (size_t)max_seqs && now() - start < max_seconds) {
            int n = PREFIX + 200 + (int)((unsigned)(submitted * 37) % 61);
            for (int i = PREFIX; i < n; i++) {
                r = r * 6364136223846793005ULL + 1442695040888963407ULL;
                prompt[i] = (int32_t)((r >> 33) % (uint64_t)hp.n_vocab);
            }
            if (cc_sched_submit(s, (uint64_t)submitted, prompt, n, &err) != CC_OK) {
                fprintf(stderr, "bench_gpu_e2e: submit: %s\n", err.msg);
                goto done;
            }
            submitted++;
        }
        if (now() - start > 2 * max_seconds) {
            res->cut = true;
            break;
        }
        bool did = false;
        if (cc_sched_step(s, &did, &err) != CC_OK) {
            fprintf(stderr, "bench_gpu_e2e: step: %s\n", err.msg);
            goto done;
        }
        cc_sched_result out[64];
        size_t n;
        while ((n = cc_sched_poll(s, out, 64)) > 0)
            for (size_t i = 0; i < n; i++) {
                if (out[i].status != CC_OK) fprintf(stderr, "row %llu: %s\n", (unsigned long long)out[i].tag, out[i].err);
                out_toks += out[i].n_tokens;
                finished++;
                cc_sched_result_free(&out[i]);
            }
        if (!did && submitted == finished) break;
    }
    double secs = now() - start;
    cc_sched_stats ss = cc_sched_get_stats(s);
    res->rows = finished;
    res->secs = secs;
    res->rows_s = finished / secs;
    res->out_tok_s = (double)out_toks / secs;
    res->prefill_tok_s = mt.t_prefill > 0 ? (double)mt.tok_prefill / mt.t_prefill : 0;
    res->decode_tok_s = mt.t_decode > 0 ? (double)mt.tok_decode / mt.t_decode : 0;
    res->host_frac = 1.0 - (mt.t_prefill + mt.t_decode) / secs;
    res->gbs = mt.bytes / (mt.t_prefill + mt.t_decode) / 1e9;
    res->bw_frac = facts->peak_bw > 0 ? res->gbs * 1e9 / facts->peak_bw : 0;
    res->ceil_frac = ceiling_tok_s > 0 ? res->out_tok_s / ceiling_tok_s : 0;
    printf("%s %s: %d rows in %.2f s%s: %.1f rows/s, %.0f output tok/s; %lld steps (%lld prefill tokens, %lld decode, "
           "%lld prefix hits, max %d active)\n",
           tname, path, finished, secs, res->cut ? " (cut at 2 x --max-seconds)" : "", res->rows_s, res->out_tok_s, (long long)ss.steps, (long long)ss.prefill_tokens,
           (long long)ss.decode_tokens, (long long)ss.prefix_hits, ss.max_active);
    printf("%s %s: steps with prefill %.2f s (%.0f prefill tok/s incl. their decode rows), pure decode steps %.2f s "
           "(%.0f decode tok/s), outside the backend (host scheduling/sampling) %.0f%% of the wall time\n",
           tname, path, mt.t_prefill, res->prefill_tok_s, mt.t_decode, res->decode_tok_s, 100 * res->host_frac);
    printf("%s %s: kernels had to read %.1f GB: %.0f GB/s in backend steps = %.0f%% of the card's %.0f GB/s; output "
           "tok/s = %.1f%% of the %.0fk ceiling (performance.md)\n",
           tname, path, mt.bytes / 1e9, res->gbs, 100 * res->bw_frac, facts->peak_bw / 1e9, 100 * res->ceil_frac,
           ceiling_tok_s / 1e3);
    {
        cc_cuda_backend_stats bs = cc_cuda_backend_get_stats(&be);
        printf("%s %s: tokens chosen on the device in %lld greedy steps and %lld sampled steps of %lld; %lld logits "
               "rows crossed to the host\n",
               tname, res->path, (long long)bs.greedy_steps, (long long)bs.sampled_steps, (long long)bs.steps,
               (long long)bs.logit_rows);
        printf("%s %s: CUDA graphs %s: %lld of %lld steps replayed as a graph, %lld graphs captured; pure decode "
               "steps %.3f ms each on average\n",
               tname, res->path, graphs ? "on" : "off", (long long)bs.graph_steps, (long long)bs.steps,
               (long long)bs.graph_captures, mt.decode_steps > 0 ? 1e3 * mt.t_decode / (double)mt.decode_steps : 0.0);
    }
    if (p.profile) {
        printf("%s %s: where the GPU time went (--profile; events between kernel families, so the run is a little "
               "slower than without):\n", tname, res->path);
        cc_cuda_backend_report(&be, stdout);
    } else if (p.proj_fp8) { /* how many GEMMs ran on fp8, and which shapes cuBLASLt refused */
        cc_cuda_backend_report(&be, stdout);
    }
    rc = 0;
done:
    if (s) cc_sched_free(s);
    cc_cuda_backend_destroy(&be);
    cc_kv_pool_free(&pool);
    return rc;
}

/* An option with two values: 0 for a, 1 for b, -1 (after saying so) for anything else. */
static int two_way(const char *opt, const char *val, const char *a, const char *b) {
    if (strcmp(val, a) == 0) return 0;
    if (strcmp(val, b) == 0) return 1;
    fprintf(stderr, "bench_gpu_e2e: %s %s (%s or %s)\n", opt, val, a, b);
    return -1;
}

int main(int argc, char **argv) {
    int rows = 1000, max_seqs = 1024, step_tokens = 2048, out_tokens = 200, threads = 0;
    bool kv_fp8 = false;
    int graph_modes = 1; /* bit 0: without CUDA graphs, bit 1: with */
    double max_seconds = 1e9;
    char types[64] = "q8_0,q4_K", paths[64] = "ltpin";
    static const struct option opts[] = {{"rows", required_argument, 0, 'r'},        {"types", required_argument, 0, 't'},
                                          {"max-seqs", required_argument, 0, 's'},    {"step-tokens", required_argument, 0, 'k'},
                                          {"out-tokens", required_argument, 0, 'o'},  {"paths", required_argument, 0, 'p'},
                                          {"max-seconds", required_argument, 0, 'm'}, {"threads", required_argument, 0, 'j'},
                                          {"kv", required_argument, 0, 'v'},          {"temp", required_argument, 0, 'T'},
                                          {"top-p", required_argument, 0, 'P'},       {"seed", required_argument, 0, 'S'},
                                          {"graphs", required_argument, 0, 'G'},      {"profile", no_argument, 0, 'F'},
                                          {"prefill-attn", required_argument, 0, 'A'},
                                          {"decode-attn", required_argument, 0, 'D'},
                                          {"help", no_argument, 0, 'h'},              {0, 0, 0, 0}};
    int c, pick;
    g_sampling = cc_sampler_defaults();
    optind = 1;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'r': rows = atoi(optarg); break;
        case 't': snprintf(types, sizeof types, "%s", optarg); break;
        case 's': max_seqs = atoi(optarg); break;
        case 'k': step_tokens = atoi(optarg); break;
        case 'o': out_tokens = atoi(optarg); break;
        case 'p': snprintf(paths, sizeof paths, "%s", optarg); break;
        case 'm': max_seconds = atof(optarg); break;
        case 'j': threads = atoi(optarg); break;
        case 'T': g_sampling.temperature = (float)atof(optarg); break;
        case 'P': g_sampling.top_p = (float)atof(optarg); break;
        case 'S': g_sampling.seed = strtoull(optarg, NULL, 10); break;
        case 'F': g_profile = true; break;
        case 'A':
            if ((pick = two_way("--prefill-attn", optarg, "tc", "simt")) < 0) return 2;
            g_prefill_simt = pick == 1;
            break;
        case 'D':
            if ((pick = two_way("--decode-attn", optarg, "simt", "tc")) < 0) return 2;
            g_decode_tc = pick == 1;
            break;
        case 'G':
            if (strcmp(optarg, "off") == 0) graph_modes = 1;
            else if (strcmp(optarg, "on") == 0) graph_modes = 2;
            else if (strcmp(optarg, "both") == 0) graph_modes = 3;
            else {
                fprintf(stderr, "bench_gpu_e2e: --graphs %s (off, on or both)\n", optarg);
                return 2;
            }
            break;
        case 'v':
            if ((pick = two_way("--kv", optarg, "f16", "fp8")) < 0) return 2;
            kv_fp8 = pick == 1;
            break;
        case 'h':
            printf("usage: bench_gpu_e2e [--rows N] [--types q8_0,q4_K] [--paths bi,ltpin,matvec,cublas,fp8] [--max-seqs N] "
                   "[--step-tokens N] [--out-tokens N] [--max-seconds S] [--threads N] [--kv f16|fp8] [--temp T] "
                   "[--top-p P] [--seed S] [--graphs off|on|both] [--profile] [--prefill-attn tc|simt] [--decode-attn simt|tc]\n");
            return 0;
        default: return 2;
        }
    }
    if (!(g_sampling.temperature >= 0.0f) || !(g_sampling.top_p > 0.0f && g_sampling.top_p <= 1.0f)) {
        fprintf(stderr, "bench_gpu_e2e: --temp %g must be >= 0 and --top-p %g in (0, 1]\n",
                (double)g_sampling.temperature, (double)g_sampling.top_p);
        return 2;
    }
    if (rows < 1 || max_seqs < 1 || step_tokens < max_seqs || out_tokens < 1 || max_seconds <= 0) {
        fprintf(stderr, "bench_gpu_e2e: need rows, max-seqs, out-tokens >= 1, step-tokens >= max-seqs, max-seconds > 0\n");
        return 2;
    }
    const char *path_list[8];
    int n_paths = 0;
    {
        char *save = NULL;
        for (char *tok = strtok_r(paths, ",", &save); tok && n_paths < 8; tok = strtok_r(NULL, ",", &save)) {
            if (strcmp(tok, "bi") != 0 && strcmp(tok, "ltpin") != 0 && strcmp(tok, "matvec") != 0 &&
                strcmp(tok, "cublas") != 0 && strcmp(tok, "fp8") != 0) {
                fprintf(stderr, "bench_gpu_e2e: unknown path %s (bi, ltpin, matvec, cublas, fp8)\n", tok);
                return 2;
            }
            path_list[n_paths++] = tok;
        }
    }
    cc_cuda_probe_info info;
    if (cc_cuda_probe(&info) != 0) {
        printf("bench_gpu_e2e: no CUDA device (%s): nothing measured\n", info.why);
        return 77; /* ctest's skip code: gpu-check reports NO-GPU, not ok */
    }
    if (threads <= 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? (int)n : 1;
    }
    cc_cuda_device_facts facts;
    cc_error err = {0};
    if (cc_cuda_facts(&facts, &err) != CC_OK) {
        fprintf(stderr, "bench_gpu_e2e: %s\n", err.msg);
        return 1;
    }
    const bool h200 = strstr(facts.name, "H200") != NULL;
    char sampling_desc[128];
    if (g_sampling.temperature > 0)
        snprintf(sampling_desc, sizeof sampling_desc, "sampled: temperature %g, top-p %g, seed %llu (on the device)",
                 (double)g_sampling.temperature, (double)g_sampling.top_p, (unsigned long long)g_sampling.seed);
    else
        snprintf(sampling_desc, sizeof sampling_desc, "greedy (tokens chosen on the device)");
    printf("bench_gpu_e2e: %s, %d rows x (%d-token shared prefix + 200..260 note tokens) -> %d output tokens, "
           "max %d rows / %d tokens per step, %s\n",
           facts.name, rows, PREFIX, out_tokens, max_seqs, step_tokens, sampling_desc);
    result res[16];
    int n_res = 0, rc = 0;
    char *save = NULL;
    for (char *tok = strtok_r(types, ",", &save); tok && n_res < 16; tok = strtok_r(NULL, ",", &save)) {
        const cc_ttype_info *ti = cc_ttype_by_name(tok);
        if (!ti) {
            fprintf(stderr, "bench_gpu_e2e: unknown type %s\n", tok);
            return 2;
        }
        /* performance.md ceilings (batch 256, 600-token contexts): int8/fp8 229k H100, 327k H200; int4/fp8 272k, 388k */
        bool int4 = ti->type == CC_T_Q4_K || ti->type == CC_T_Q4_0 || ti->type == CC_T_Q4_1;
        double ceiling = int4 ? (h200 ? 388e3 : 272e3) : (h200 ? 327e3 : 229e3);
        cc_llama_hparams hp = cc_llama32_1b_hparams();
        cc_model m;
        double t0 = now();
        if (cc_model_random_mt(&m, &hp, ti->type, 1234, threads, &err) != CC_OK) {
            fprintf(stderr, "bench_gpu_e2e: %s: %s\n", ti->name, err.msg);
            rc = 1;
            continue;
        }
        printf("%s: random Llama-3.2-1B generated in %.1f s (%d threads)\n", ti->name, now() - t0, threads);
        for (int pi = 0; pi < n_paths && n_res < 16; pi++)
            for (int gm = 0; gm < 2 && n_res < 16; gm++) {
                if (!(graph_modes & (1 << gm))) continue;
                if (gm == 1 && (strcmp(path_list[pi], "cublas") == 0 || strcmp(path_list[pi], "fp8") == 0)) {
                    printf("%s %s: no CUDA graphs (they need a batch-invariant path)\n", ti->name, path_list[pi]);
                    continue;
                }
                if (run_path(&m, ti->name, path_list[pi], kv_fp8, gm == 1, rows, max_seqs, step_tokens, out_tokens,
                             max_seconds, &facts, ceiling, &res[n_res]) != 0)
                    rc = 1;
                n_res++;
                fflush(stdout);
            }
        cc_model_free(&m);
    }
    printf("\n== summary (bench_gpu_e2e, %s; ceiling: performance.md, batch 256, 600-token contexts) ==\n", facts.name);
    printf("| type | path         | rows | rows/s | out tok/s | prefill tok/s | decode tok/s | host %% | GB/s | %% of bw | %% of ceiling |\n");
    for (int i = 0; i < n_res; i++)
        printf("| %-4s | %-12s | %4d%s | %6.1f | %9.0f | %13.0f | %12.0f | %5.0f%% | %4.0f | %6.0f%% | %10.1f%% |\n",
               res[i].type, res[i].path, res[i].rows, res[i].cut ? "*" : "", res[i].rows_s, res[i].out_tok_s,
               res[i].prefill_tok_s, res[i].decode_tok_s, 100 * res[i].host_frac, res[i].gbs, 100 * res[i].bw_frac,
               100 * res[i].ceil_frac);
    printf("(* cut at 2 x --max-seconds: figures over the rows finished)\n");
    for (int i = 0; i < n_res; i++)
        if (res[i].pinned >= 0)
            printf("%s ltpin: %d of 6 projections on pinned cuBLASLt (batch-invariant, self-tested), %d on gemm_bi\n",
                   res[i].type, res[i].pinned, 6 - res[i].pinned);
    return rc;
}
