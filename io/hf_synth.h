/* hf_synth.h - writing a synthetic Hugging Face Llama checkpoint: config.json
 * and one model.safetensors of seeded random weights (matrices with entries of
 * standard deviation 1/sqrt(row length), norm weights near 1), streamed to
 * disk so a 1B-parameter checkpoint needs little memory.  For tests of the
 * converter at shapes the committed fixtures lack (K-quant block sizes) and
 * for the conversion benchmark (bench/convert_1b.sh). */
#ifndef CLINCLEAN_HF_SYNTH_H
#define CLINCLEAN_HF_SYNTH_H

#include <stdint.h>

#include "llama_hparams.h"
#include "status.h"
#include "tensor_types.h"

typedef struct {
    cc_llama_hparams hp;          /* shapes and RoPE settings written to config.json */
    cc_ttype dtype;               /* stored type: CC_T_BF16, CC_T_F16 or CC_T_F32 */
    uint64_t seed;                /* random stream seed */
    const char *tokenizer_json;   /* copied into the directory when not NULL */
    const char *tokenizer_config; /* copied into the directory when not NULL */
} cc_hf_synth_opts;

/* Create dir (if needed) and write the checkpoint into it. */
cc_status cc_hf_synth_write(const char *dir, const cc_hf_synth_opts *o, cc_error *err);

#endif
