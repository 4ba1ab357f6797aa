/* bench_synth_hf.c - write a synthetic Hugging Face Llama checkpoint of
 * seeded random weights (io/hf_synth.h) for the conversion benchmark
 * (bench/convert_1b.sh).  Not a timing itself: it prepares the input.
 *
 *   bench_synth_hf DIR [--dtype bf16|f16|f32] [--tokenizer tokenizer.json]
 *                      [--tokenizer-config tokenizer_config.json] [--layers N]
 *
 * Shapes are Llama-3.2-1B's (16 layers, hidden 2048, 32/8 heads of 64, FFN
 * 8192, vocab 128256, theta 500000, llama3 scaling, tied embeddings);
 * --layers changes only the layer count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hf_synth.h"

int main(int argc, char **argv) {
    cc_hf_synth_opts o = {0};
    o.hp = cc_llama32_1b_hparams();
    o.dtype = CC_T_BF16;
    o.seed = 1;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dtype") == 0 && i + 1 < argc) {
            const char *d = argv[++i];
            o.dtype = strcmp(d, "f32") == 0 ? CC_T_F32 : strcmp(d, "f16") == 0 ? CC_T_F16 : CC_T_BF16;
        } else if (strcmp(argv[i], "--tokenizer") == 0 && i + 1 < argc) {
            o.tokenizer_json = argv[++i];
        } else if (strcmp(argv[i], "--tokenizer-config") == 0 && i + 1 < argc) {
            o.tokenizer_config = argv[++i];
        } else if (strcmp(argv[i], "--layers") == 0 && i + 1 < argc) {
            o.hp.n_layer = atoi(argv[++i]);
        } else if (argv[i][0] != '-' && !dir) {
            dir = argv[i];
        } else {
            fprintf(stderr, "usage: bench_synth_hf DIR [--dtype bf16|f16|f32] [--tokenizer PATH] "
                            "[--tokenizer-config PATH] [--layers N]\n");
            return 2;
        }
    }
    if (!dir || o.hp.n_layer < 1) {
        fprintf(stderr, "usage: bench_synth_hf DIR [options]\n");
        return 2;
    }
    cc_error err = {0};
    if (cc_hf_synth_write(dir, &o, &err) != CC_OK) {
        fprintf(stderr, "bench_synth_hf: %s\n", err.msg);
        return 1;
    }
    printf("wrote %s (%d layers)\n", dir, o.hp.n_layer);
    return 0;
}
