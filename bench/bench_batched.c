/* bench_batched.c - the CPU engine's batched throughput, in the shape of
 * llama.cpp's llama-batched-bench: for each batch size B, prompt length PP and
 * generated length TG, B independent sequences prefill PP tokens each (steps of
 * at most --ubatch tokens) and then decode TG tokens each (one token per
 * sequence per step).  Prefill and decode tok/s are reported separately, with
 * the peak resident memory; with --llama PATH the same sweep is run by
 * llama-batched-bench on the same GGUF in the same run, for comparison.
 *
 * usage: bench_batched -m MODEL.gguf [-t N] [--npp 128] [--ntg 32] [--npl 1,4,16,64] [--kv-f16]
 *                      [--ubatch 512] [--llama PATH/llama-batched-bench] */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "forward.h"
#include "model_load.h"

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int parse_list(const char *s, int *out, int cap) {
    int n = 0;
    while (*s && n < cap) {
        char *end;
        long v = strtol(s, &end, 10);
        if (end == s || v < 1) return -1;
        out[n++] = (int)v;
        s = *end == ',' ? end + 1 : end;
    }
    return n;
}

int main(int argc, char **argv) {
    static const struct option opts[] = {{"npp", required_argument, 0, 'p'}, {"ntg", required_argument, 0, 'g'},
                                         {"npl", required_argument, 0, 'b'}, {"ubatch", required_argument, 0, 'u'},
                                         {"llama", required_argument, 0, 'l'}, {"kv-f16", no_argument, 0, 'k'},
                                         {0, 0, 0, 0}};
    const char *model_path = NULL, *llama = NULL, *npp_s = "128", *ntg_s = "32", *npl_s = "1,4,16,64";
    int threads = 0, ubatch = 512, kv_f16 = 0, c;
    while ((c = getopt_long(argc, argv, "m:t:", opts, NULL)) != -1) {
        switch (c) {
        case 'm': model_path = optarg; break;
        case 't': threads = atoi(optarg); break;
        case 'p': npp_s = optarg; break;
        case 'g': ntg_s = optarg; break;
        case 'b': npl_s = optarg; break;
        case 'u': ubatch = atoi(optarg); break;
        case 'l': llama = optarg; break;
        case 'k': kv_f16 = 1; break;
        default: fprintf(stderr, "usage: bench_batched -m MODEL [-t N] [--npp L] [--ntg L] [--npl L] [--ubatch N] [--kv-f16] [--llama PATH]\n"); return 2;
        }
    }
    int npp[16], ntg[16], npl[16];
    int n_pp = parse_list(npp_s, npp, 16), n_tg = parse_list(ntg_s, ntg, 16), n_pl = parse_list(npl_s, npl, 16);
    if (!model_path || n_pp < 1 || n_tg < 1 || n_pl < 1 || ubatch < 1) {
        fprintf(stderr, "bench_batched: need -m MODEL and valid lists\n");
        return 2;
    }
    cc_error err = {0};
    cc_model m;
    if (cc_model_load(&m, model_path, &err) != CC_OK) {
        fprintf(stderr, "bench_batched: %s\n", err.msg);
        return 1;
    }
    cc_threadpool *tp = NULL;
    if (cc_threadpool_init(&tp, threads, &err) != CC_OK) return 1;
    const cc_llama_hparams *hp = &m.hp;
    int max_b = 0, max_ctx = 0;
    for (int i = 0; i < n_pl; i++) max_b = npl[i] > max_b ? npl[i] : max_b;
    for (int i = 0; i < n_pp; i++)
        for (int j = 0; j < n_tg; j++) max_ctx = npp[i] + ntg[j] > max_ctx ? npp[i] + ntg[j] : max_ctx;
    const int bt = 16, kv_dim = hp->n_head_kv * hp->head_dim;
    size_t kv_bytes = (size_t)max_b * (size_t)((max_ctx + bt) / bt + 1) * bt * 2 * hp->n_layer * kv_dim * (kv_f16 ? 2 : 4);
    cc_kv_pool pool;
    if (cc_kv_pool_init(&pool, hp->n_layer, kv_dim, bt, kv_f16 ? CC_KVD_F16 : CC_KVD_F32, kv_bytes, &err) != CC_OK) {
        fprintf(stderr, "bench_batched: %s\n", err.msg);
        return 1;
    }
    cc_forward f;
    cc_cpu_isa isa = cc_cpu_isa_detect();
    if (cc_forward_init(&f, &m, &pool, tp, isa, &err) != CC_OK) return 1;
    printf("clinclean %s: %d threads, %s kernels, n_layer %d, n_embd %d, KV %s pool %.1f MiB\n", model_path,
           cc_threadpool_size(tp), cc_cpu_isa_name(isa), hp->n_layer, hp->n_embd, kv_f16 ? "f16" : "f32",
           kv_bytes / 1048576.0);
    printf("|%6s|%6s|%4s|%7s|%9s|%10s|%9s|%10s|%9s|%10s|%9s|\n", "PP", "TG", "B", "N_KV", "T_PP s", "S_PP t/s", "T_TG s",
           "S_TG t/s", "T s", "S t/s", "RSS MiB");
    cc_kv_seq *seqs = calloc((size_t)max_b, sizeof *seqs);
    cc_fwd_seq *fs = calloc((size_t)max_b, sizeof *fs);
    int32_t *toks = malloc((size_t)max_b * (size_t)max_ctx * sizeof(int32_t));
    float *logits = malloc((size_t)max_b * (size_t)hp->n_vocab * sizeof(float));
    if (!seqs || !fs || !toks || !logits) return 1;
    for (size_t i = 0; i < (size_t)max_b * (size_t)max_ctx; i++) toks[i] = (int32_t)((i * 2654435761u) % (uint32_t)hp->n_vocab);
    /* warm-up: one short step */
    {
        cc_kv_seq w;
        cc_kv_seq_init(&w);
        cc_fwd_seq one = {.kv = &w, .tokens = toks, .n_tokens = 8, .logits = CC_LOGITS_LAST};
        cc_forward_step(&f, &one, 1, logits, &err);
        cc_kv_seq_release(&pool, &w);
    }
    for (int ip = 0; ip < n_pp; ip++)
        for (int ig = 0; ig < n_tg; ig++)
            for (int ib = 0; ib < n_pl; ib++) {
                int PP = npp[ip], TG = ntg[ig], B = npl[ib];
                for (int s = 0; s < B; s++) cc_kv_seq_init(&seqs[s]);
                double t0 = now_s();
                /* prefill: sequences' prompts packed into steps of at most ubatch tokens */
                int s = 0, done = 0;
                while (s < B) {
                    int n = 0, budget = ubatch;
                    while (s < B && budget > 0) {
                        int take = PP - done < budget ? PP - done : budget;
                        fs[n++] = (cc_fwd_seq){.kv = &seqs[s], .tokens = toks + (size_t)s * max_ctx + done,
                                               .n_tokens = take, .logits = done + take == PP ? CC_LOGITS_LAST : CC_LOGITS_NONE};
                        budget -= take;
                        done += take;
                        if (done == PP) s++, done = 0;
                    }
                    if (cc_forward_step(&f, fs, n, logits, &err) != CC_OK) {
                        fprintf(stderr, "bench_batched: %s\n", err.msg);
                        return 1;
                    }
                }
                double t1 = now_s();
                for (int g = 0; g < TG; g++) {
                    for (int q = 0; q < B; q++)
                        fs[q] = (cc_fwd_seq){.kv = &seqs[q], .tokens = toks + (size_t)q * max_ctx + PP + g, .n_tokens = 1,
                                             .logits = CC_LOGITS_LAST};
                    if (cc_forward_step(&f, fs, B, logits, &err) != CC_OK) {
                        fprintf(stderr, "bench_batched: %s\n", err.msg);
                        return 1;
                    }
                }
                double t2 = now_s();
                for (int q = 0; q < B; q++) cc_kv_seq_release(&pool, &seqs[q]);
                struct rusage ru;
                getrusage(RUSAGE_SELF, &ru);
                printf("|%6d|%6d|%4d|%7d|%9.3f|%10.2f|%9.3f|%10.2f|%9.3f|%10.2f|%9.1f|\n", PP, TG, B, B * (PP + TG), t1 - t0,
                       B * PP / (t1 - t0), t2 - t1, B * TG / (t2 - t1), t2 - t0, B * (PP + TG) / (t2 - t0),
                       ru.ru_maxrss / 1024.0);
                fflush(stdout);
            }
    free(seqs);
    free(fs);
    free(toks);
    free(logits);
    cc_forward_free(&f);
    cc_kv_pool_free(&pool);
    cc_threadpool_free(tp);
    cc_model_free(&m);
    if (llama) {
        char cmd[4096];
        snprintf(cmd, sizeof cmd, "'%s' -m '%s' -c %d -b 2048 -ub %d -npp %s -ntg %s -npl %s -t %d 2>/dev/null", llama,
                 model_path, max_b * max_ctx + 64, ubatch, npp_s, ntg_s, npl_s,
                 threads > 0 ? threads : cc_threadpool_default_threads());
        printf("\nllama.cpp: %s\n", cmd);
        fflush(stdout);
        FILE *p = popen(cmd, "r");
        if (!p) {
            fprintf(stderr, "bench_batched: cannot run %s\n", llama);
            return 1;
        }
        char line[1024];
        while (fgets(line, sizeof line, p)) fputs(line, stdout);
        int rc = pclose(p);
        if (rc != 0) fprintf(stderr, "bench_batched: llama-batched-bench exited with %d\n", rc);
    }
    return 0;
}
