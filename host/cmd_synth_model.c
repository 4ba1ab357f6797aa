/* cmd_synth_model.c - `clinclean synth-model`: write a Llama GGUF with random
 * weights at a real model's dimensions and a real tokenizer (io/synth_model.h). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "synth_model.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean synth-model --preset P --type T --tokenizer FILE [--seed S] -o MODEL.gguf\n"
            "\n"
            "Write a Llama model with deterministic random weights at real dimensions, for\n"
            "tests and benchmarks.  Matrices (token_embd included) are stored as --type,\n"
            "norms as f32; embeddings are tied; llama-3.2-1b gets llama3 RoPE scaling.\n"
            "  --preset P            tiny | smollm2-135m | llama-3.2-1b\n"
            "  --type T              f32 f16 bf16 q8_0 q4_0 q4_1 q4_k q6_k (k-quants need rows\n"
            "                        that are multiples of 256: not smollm2-135m)\n"
            "  --tokenizer FILE      tokenizer.json (its tokenizer_config.json is used when beside\n"
            "                        it), or a .gguf whose tokenizer.* keys are copied\n"
            "  --tokenizer-config F  tokenizer_config.json to use\n"
            "  --chat-template F     file with the chat template to store\n"
            "  --seed S              PRNG seed (default 1)\n"
            "  -t, --threads N       worker threads (default: the CPUs online)\n"
            "  -o, --output PATH     where to write (atomically, via PATH.part)\n");
}

int cmd_synth_model(int argc, char **argv) {
    static const struct option opts[] = {{"preset", required_argument, 0, 'p'},
                                         {"type", required_argument, 0, 'y'},
                                         {"tokenizer", required_argument, 0, 'k'},
                                         {"tokenizer-config", required_argument, 0, 'c'},
                                         {"chat-template", required_argument, 0, 'm'},
                                         {"seed", required_argument, 0, 's'},
                                         {"threads", required_argument, 0, 't'},
                                         {"output", required_argument, 0, 'o'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    cc_synth_opts o = {0};
    o.seed = 1;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    o.threads = cpus > 0 ? (int)(cpus > 16 ? 16 : cpus) : 1;
    const char *type = NULL;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "ho:t:", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'p': o.preset = optarg; break;
        case 'y': type = optarg; break;
        case 'k': o.tokenizer = optarg; break;
        case 'c': o.tokenizer_config = optarg; break;
        case 'm': o.chat_template = optarg; break;
        case 's':
            errno = 0;
            o.seed = strtoull(optarg, &end, 0);
            if (errno || *end || !*optarg) {
                fprintf(stderr, "clinclean synth-model: --seed '%s' is not a number\n", optarg);
                return 2;
            }
            break;
        case 't': {
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 64) {
                fprintf(stderr, "clinclean synth-model: --threads '%s' must be 1..64\n", optarg);
                return 2;
            }
            o.threads = (int)n;
            break;
        }
        case 'o': o.out = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc || !o.preset || !type || !o.tokenizer || !o.out) {
        fprintf(stderr, "clinclean synth-model: --preset, --type, --tokenizer and -o are required\n");
        usage(stderr);
        return 2;
    }
    const cc_ttype_info *ti = cc_ttype_by_name(type);
    if (!ti) {
        fprintf(stderr, "clinclean synth-model: unknown --type '%s' (f32 f16 bf16 q8_0 q4_0 q4_1 q4_k q6_k)\n", type);
        return 2;
    }
    o.type = ti->type;
    cc_llama_hparams hp_check;
    cc_error err = {0};
    if (cc_synth_preset(o.preset, &hp_check, &err) != CC_OK) {
        fprintf(stderr, "clinclean synth-model: %s\n", err.msg);
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    cc_llama_hparams hp;
    if (cc_synth_model_write(&o, &hp, &err) != CC_OK) {
        fprintf(stderr, "clinclean synth-model: %s\n", err.msg);
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
    fprintf(stderr, "clinclean synth-model: wrote %s (%s, %s, %d layers, vocab %d) in %.1f s\n", o.out, o.preset, ti->name, hp.n_layer,
            hp.n_vocab, secs);
    return 0;
}
