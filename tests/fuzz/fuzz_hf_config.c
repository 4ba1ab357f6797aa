/* fuzz_hf_config.c - libFuzzer target for the Hugging Face config.json parser
 * (cc_hf_parse_config): any input ends in hyperparameters that pass its own
 * checks or in an error message.  Seed corpus: tests/fuzz/corpus/fuzz_hf_config/. */
#include <stdint.h>
#include <stdlib.h>

#include "hf_checkpoint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cc_llama_hparams hp;
    cc_error err = {0};
    if (cc_hf_parse_config((const char *)data, size, "fuzz", &hp, &err) != CC_OK) {
        if (err.msg[0] == '\0') abort();
        return 0;
    }
    if (hp.n_embd <= 0 || hp.n_head <= 0 || hp.n_head_kv <= 0 || hp.head_dim <= 0 || hp.head_dim % 2 != 0 ||
        hp.n_head % hp.n_head_kv != 0 || hp.n_layer <= 0 || hp.n_vocab <= 0)
        abort();
    return 0;
}
