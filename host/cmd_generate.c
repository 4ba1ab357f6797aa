/* cmd_generate.c - `clinclean generate`: run the CPU engine on one prompt and
 * stream the continuation to standard output (timings on standard error). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "chat_template.h"
#include "commands.h"
#include "config.h"
#include "forward.h"
#include "model_load.h"
#include "sampler.h"
#include "tokenizer.h"
#include "tokenizer_load.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean generate -m MODEL [options] PROMPT\n"
            "\n"
            "Continue PROMPT with the model on the CPU, streaming text to standard output.\n"
            "  -m, --model PATH       GGUF file or Hugging Face checkpoint directory\n"
            "  -c, --config FILE      per-model configuration (system prompt, sampling, stops)\n"
            "  --chat                 wrap PROMPT as the user turn of the model's chat template\n"
            "  -n, --n-predict N      tokens to generate at most (default: config, else 512)\n"
            "  --temp T               temperature, 0 = greedy (default 0)\n"
            "  --top-k K, --top-p P, --min-p P, --repeat-penalty R   sampling filters\n"
            "  -s, --seed S           random seed (default 0)\n"
            "  -t, --threads N        CPU threads (default: all cores)\n"
            "  --ids                  print token ids instead of text\n"
            "  -v, --verbose          timings and token counts on standard error\n");
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int cmd_generate(int argc, char **argv) {
    static const struct option opts[] = {{"model", required_argument, 0, 'm'},
                                         {"config", required_argument, 0, 'c'},
                                         {"chat", no_argument, 0, 'C'},
                                         {"n-predict", required_argument, 0, 'n'},
                                         {"temp", required_argument, 0, 'T'},
                                         {"top-k", required_argument, 0, 'k'},
                                         {"top-p", required_argument, 0, 'p'},
                                         {"min-p", required_argument, 0, 'M'},
                                         {"repeat-penalty", required_argument, 0, 'r'},
                                         {"seed", required_argument, 0, 's'},
                                         {"threads", required_argument, 0, 't'},
                                         {"ids", no_argument, 0, 'I'},
                                         {"verbose", no_argument, 0, 'v'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *model_path = NULL, *config = NULL;
    const char *flag_keys[8] = {0}, *flag_vals[8] = {0}, *flag_names[8] = {0};
    int n_flags = 0, threads = 0;
    bool chat = false, print_ids = false, verbose = false;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+m:c:n:s:t:vh", opts, NULL)) != -1) {
        const char *key = NULL;
        switch (c) {
        case 'm': model_path = optarg; break;
        case 'c': config = optarg; break;
        case 'C': chat = true; break;
        case 'n': key = "max_new_tokens"; break;
        case 'T': key = "temperature"; break;
        case 'k': key = "top_k"; break;
        case 'p': key = "top_p"; break;
        case 'M': key = "min_p"; break;
        case 'r': key = "repeat_penalty"; break;
        case 's': key = "seed"; break;
        case 't': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 1024) {
                fprintf(stderr, "clinclean generate: --threads %s: expected 1..1024\n", optarg);
                return 2;
            }
            threads = (int)v;
            break;
        }
        case 'I': print_ids = true; break;
        case 'v': verbose = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
        if (key && n_flags < 8) {
            flag_keys[n_flags] = key;
            flag_vals[n_flags] = optarg;
            flag_names[n_flags++] = argv[optind - 1];
        }
    }
    if (!model_path || argc - optind != 1) {
        usage(stderr);
        return 2;
    }
    const char *prompt = argv[optind];
    int rc = 1;
    cc_error err = {0};
    cc_model_config cfg;
    cc_model m = {0};
    cc_tokenizer *tok = NULL;
    cc_threadpool *tp = NULL;
    cc_kv_pool pool = {0};
    cc_forward fwd = {0};
    cc_sampler smp = {0};
    cc_tokens ids = {0}, ends = {0};
    cc_bytes text = {0};
    cc_kv_seq seq;
    cc_kv_seq_init(&seq);
    float *logits = NULL;
    cc_tok_stream ts;
    cc_tok_stream_init(&ts);
    char *tokjson = NULL;
    size_t printed = 0;
    cc_config_defaults(&cfg);
    if (config && cc_config_load(&cfg, config, &err) != CC_OK) goto fail;
    for (int i = 0; i < n_flags; i++)
        if (cc_config_set(&cfg, flag_keys[i], flag_vals[i], flag_names[i], &err) != CC_OK) {
            fprintf(stderr, "clinclean generate: %s\n", err.msg);
            rc = 2;
            goto done;
        }
    if (cc_model_load(&m, model_path, &err) != CC_OK) goto fail;
    {
        struct stat sb;
        if (stat(model_path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            tokjson = malloc(strlen(model_path) + 32);
            if (!tokjson) goto fail;
            sprintf(tokjson, "%s/tokenizer.json", model_path);
        }
    }
    if (cc_tokenizer_open(tokjson ? NULL : model_path, tokjson, &tok, &err) != CC_OK) goto fail;
    cc_chat_family fam = CC_CHAT_AUTO;
    if (chat) {
        if (cc_chat_detect(tok, cfg.chat_template, &fam, &err) != CC_OK) goto fail;
        const char *sp = cfg.system_prompt ? cfg.system_prompt : "";
        cc_chat_msg msgs[2] = {{"system", sp, strlen(sp)}, {"user", prompt, strlen(prompt)}};
        if (cc_chat_render(tok, fam, cfg.date_line, msgs, 2, true, NULL, &ids, &err) != CC_OK) goto fail;
        if (cc_chat_end_tokens(tok, fam, &ends, &err) != CC_OK) goto fail;
    } else {
        if (cc_tokenizer_encode(tok, prompt, strlen(prompt), cc_tokenizer_add_bos(tok), &ids, &err) != CC_OK) goto fail;
        int32_t e = cc_tokenizer_eos(tok);
        if (e >= 0 && cc_tokens_push(&ends, e, &err) != CC_OK) goto fail;
    }
    for (size_t i = 0; i < cfg.n_end_tokens; i++) {
        if (i == 0) ends.n = 0;
        if (cc_tokens_push(&ends, cfg.end_tokens[i], &err) != CC_OK) goto fail;
    }
    if (ids.n == 0) {
        cc_fail(&err, CC_ERR_INVALID, "the prompt has no tokens");
        goto fail;
    }
    const int32_t n_new = cfg.max_new_tokens, V = m.hp.n_vocab;
    int64_t n_ctx = (int64_t)ids.n + n_new;
    const int32_t bt = 16;
    size_t kv_bytes = (size_t)((n_ctx + bt) / bt + 1) * (size_t)bt * 2 * (size_t)m.hp.n_layer *
                      (size_t)(m.hp.n_head_kv * m.hp.head_dim) * sizeof(float);
    if (cc_threadpool_init(&tp, threads, &err) != CC_OK) goto fail;
    if (cc_kv_pool_init(&pool, m.hp.n_layer, m.hp.n_head_kv * m.hp.head_dim, bt, CC_KV_F32, kv_bytes, &err) != CC_OK)
        goto fail;
    if (cc_forward_init(&fwd, &m, &pool, tp, cc_cpu_isa_detect(), &err) != CC_OK) goto fail;
    cc_sampler_params sp = cc_sampler_defaults();
    sp.temperature = cfg.temperature;
    sp.top_k = cfg.top_k;
    sp.top_p = cfg.top_p;
    sp.min_p = cfg.min_p;
    sp.repeat_penalty = cfg.repeat_penalty;
    sp.repeat_last_n = cfg.repeat_last_n;
    sp.seed = cfg.seed;
    if (cc_sampler_init(&smp, &sp, V, &err) != CC_OK) goto fail;
    cc_rng rng;
    cc_rng_init(&rng, cfg.seed, 0);
    logits = malloc((size_t)V * sizeof(float));
    if (!logits) goto fail;
    size_t max_stop = 0;
    for (size_t i = 0; i < cfg.n_stop; i++)
        if (strlen(cfg.stop[i]) > max_stop) max_stop = strlen(cfg.stop[i]);

    double t0 = now_s(), t1 = t0;
    int32_t n_prompt = (int32_t)ids.n, generated = 0;
    const char *why = "length";
    cc_fwd_seq fs = {.kv = &seq, .tokens = ids.ids, .n_tokens = n_prompt, .logits = CC_LOGITS_LAST};
    while (generated < n_new) {
        if (cc_forward_step(&fwd, &fs, 1, logits, &err) != CC_OK) goto fail;
        if (generated == 0) t1 = now_s();
        int32_t t = cc_sampler_sample(&smp, logits, ids.ids, (int32_t)ids.n, &rng);
        bool end = false;
        for (size_t i = 0; i < ends.n; i++) end |= ends.ids[i] == t;
        if (end) {
            why = "end token";
            break;
        }
        if (cc_tokens_push(&ids, t, &err) != CC_OK) goto fail;
        generated++;
        if (print_ids) {
            printf("%s%d", generated > 1 ? " " : "", t);
            fflush(stdout);
        } else {
            if (cc_tok_stream_push(&ts, tok, t, &text, &err) != CC_OK) goto fail;
            bool stopped = false;
            for (size_t i = 0; i < cfg.n_stop && !stopped; i++) {
                char *hit = text.data ? strstr(text.data, cfg.stop[i]) : NULL;
                if (hit) {
                    text.len = (size_t)(hit - text.data);
                    stopped = true;
                }
            }
            size_t safe = stopped ? text.len : text.len > max_stop ? text.len - max_stop : 0;
            if (safe > printed) {
                fwrite(text.data + printed, 1, safe - printed, stdout);
                fflush(stdout);
                printed = safe;
            }
            if (stopped) {
                why = "stop string";
                break;
            }
        }
        fs = (cc_fwd_seq){.kv = &seq, .tokens = &ids.ids[ids.n - 1], .n_tokens = 1, .logits = CC_LOGITS_LAST};
    }
    if (!print_ids && strcmp(why, "stop string") != 0) {
        if (cc_tok_stream_finish(&ts, &text, &err) != CC_OK) goto fail;
        if (text.len > printed) fwrite(text.data + printed, 1, text.len - printed, stdout);
    }
    putchar('\n');
    double t2 = now_s();
    if (verbose)
        fprintf(stderr,
                "clinclean generate: %s, %d threads, %s kernels; prompt %d tokens in %.3f s (%.1f tok/s); "
                "generated %d tokens (%s) in %.3f s (%.1f tok/s decode)\n",
                model_path, cc_threadpool_size(tp), cc_cpu_isa_name(fwd.cpu.isa), n_prompt, t1 - t0,
                n_prompt / (t1 - t0 > 0 ? t1 - t0 : 1e-9), generated, why, t2 - t1,
                generated > 1 ? (generated - 1) / (t2 - t1 > 0 ? t2 - t1 : 1e-9) : 0.0);
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "clinclean generate: %s\n", err.msg[0] ? err.msg : "out of memory");
done:
    free(logits);
    free(tokjson);
    cc_bytes_free(&text);
    cc_tokens_free(&ids);
    cc_tokens_free(&ends);
    cc_sampler_free(&smp);
    if (pool.mem) cc_kv_seq_release(&pool, &seq);
    cc_forward_free(&fwd);
    cc_kv_pool_free(&pool);
    cc_threadpool_free(tp);
    cc_tokenizer_free(tok);
    cc_model_free(&m);
    cc_config_free(&cfg);
    return rc;
}
