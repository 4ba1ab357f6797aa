/* cmd_convert.c - `clinclean convert HF_DIR -o MODEL.gguf --type T`: turn a
 * Hugging Face Llama checkpoint directory into a GGUF model file (see
 * io/hf_convert.h for what is written, docs/CONVERT.md for the keys). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "commands.h"
#include "hf_convert.h"

static void usage(FILE *f) {
    fprintf(f, "usage: clinclean convert HF_DIR -o MODEL.gguf [--type T] [--name NAME] [-t N] [-q]\n"
               "\n"
               "Convert a Hugging Face LlamaForCausalLM checkpoint directory (config.json,\n"
               "model.safetensors or model-*-of-*.safetensors + model.safetensors.index.json,\n"
               "tokenizer.json, tokenizer_config.json, generation_config.json) to GGUF.\n"
               "Matrices (embedding and output included) get type T, norms stay f32; Q/K rows\n"
               "are permuted for interleaved RoPE; llama3 RoPE scaling becomes rope_freqs.weight.\n"
               "  -o, --output PATH  GGUF file to write (written as PATH.part, then renamed)\n"
               "  --type T           f32 f16 bf16 q8_0 q4_0 q4_1 q4_k q6_k (default f16); a matrix\n"
               "                     whose rows are not a multiple of T's block gets q8_0 (or f16)\n"
               "  --name NAME        general.name (default: the directory's name)\n"
               "  -t, --threads N    threads converting rows (default: online CPUs)\n"
               "  -q, --quiet        no per-tensor progress on stderr\n");
}

static void progress(void *ctx, int index, int count, const char *name, cc_ttype type) {
    (void)ctx;
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)type);
    fprintf(stderr, "[%4d/%4d] %-32s %s\n", index + 1, count, name, ti ? ti->name : "?");
}

int cmd_convert(int argc, char **argv) {
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"type", required_argument, NULL, 'T'},
        {"name", required_argument, NULL, 'N'},
        {"threads", required_argument, NULL, 't'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *out = NULL, *type_name = "f16", *name = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:t:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            out = optarg;
            break;
        case 'T':
            type_name = optarg;
            break;
        case 'N':
            name = optarg;
            break;
        case 't': {
            char *end;
            threads = strtol(optarg, &end, 10);
            if (*end || threads < 1 || threads > 64) {
                fprintf(stderr, "clinclean convert: --threads must be 1..64, not '%s'\n", optarg);
                return 2;
            }
            break;
        }
        case 'q':
            quiet = 1;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return 2;
        }
    }
    if (optind != argc - 1 || !out) {
        fprintf(stderr, "clinclean convert: need one HF_DIR and -o MODEL.gguf\n");
        usage(stderr);
        return 2;
    }
    static const char *const allowed[] = {"f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "q4_k", "q6_k"};
    const cc_ttype_info *ti = NULL;
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (strcasecmp(type_name, allowed[i]) == 0) ti = cc_ttype_by_name(type_name);
    if (!ti) {
        fprintf(stderr, "clinclean convert: --type '%s' is not one of f32 f16 bf16 q8_0 q4_0 q4_1 q4_k q6_k\n",
                type_name);
        return 2;
    }
    if (threads < 1) threads = 1;
    cc_convert_opts o = {ti->type, name, (int)threads, quiet ? NULL : progress, NULL};
    cc_convert_stats st;
    cc_error err = {0};
    if (cc_convert_hf(argv[optind], out, &o, &st, &err) != CC_OK) {
        fprintf(stderr, "clinclean convert: %s\n", err.msg);
        return 1;
    }
    printf("wrote %s: %d tensors, %lld parameters, %.1f MiB of tensor data, matrices %s", out, st.n_tensors,
           (long long)st.n_params, (double)st.data_bytes / (1 << 20), ti->name);
    if (st.n_fallback) printf(" (%d with rows not a multiple of the block: q8_0 or f16)", st.n_fallback);
    printf("\n");
    return 0;
}
