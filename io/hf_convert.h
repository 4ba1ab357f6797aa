/* hf_convert.h - converting a Hugging Face Llama checkpoint directory into a
 * GGUF model file with llama.cpp's conventions (what `clinclean convert` runs).
 *
 * Every 2-D weight matrix, the token embedding and output matrix included, is
 * stored in the requested type; norm weights stay F32.  Q and K projection
 * rows are permuted from rotate-half to interleaved RoPE order
 * (io/rope_layout.h).  "llama3" RoPE scaling becomes a rope_freqs.weight
 * tensor.  Metadata: llama.* hyperparameters, general.file_type, the tokenizer
 * (tokenizer.json + tokenizer_config.json: tokens, merges, special ids, chat
 * template), and generation defaults from generation_config.json as
 * clinclean.generation.* keys (docs/CONVERT.md).  Tensors are streamed one by
 * one, a few MiB at a time, from the mapped safetensors into the output, so
 * memory stays far below the model's size. */
#ifndef CLINCLEAN_HF_CONVERT_H
#define CLINCLEAN_HF_CONVERT_H

#include <stdint.h>

#include "status.h"
#include "tensor_types.h"

typedef struct {
    cc_ttype type;    /* type of the weight matrices: f32 f16 bf16 q8_0 q4_0 q4_1 q4_K q6_K */
    const char *name; /* general.name; NULL: the directory's last path component */
    int n_threads;    /* threads converting and quantizing rows (>= 1) */
    /* Called before each tensor (may be NULL): index, count, GGUF name, its type. */
    void (*progress)(void *ctx, int index, int count, const char *name, cc_ttype type);
    void *progress_ctx; /* passed to progress */
} cc_convert_opts;

typedef struct {
    int n_tensors;       /* tensors written */
    int64_t n_params;    /* elements over all tensors */
    uint64_t data_bytes; /* tensor data bytes written */
    int n_fallback;      /* matrices stored in a fallback type (row length not a multiple of the block) */
} cc_convert_stats;

/* The type a matrix whose rows hold row_len elements gets when `want` is asked
 * for: want itself when its block divides row_len, else q8_0 when 32 divides
 * it, else f16. */
cc_ttype cc_convert_matrix_type(cc_ttype want, int64_t row_len);

/* GGUF general.file_type (llama.cpp's LLAMA_FTYPE numbering) for a requested type. */
uint32_t cc_convert_file_type(cc_ttype want);

/* Convert hf_dir into out_path (written as out_path.part, then renamed). */
cc_status cc_convert_hf(const char *hf_dir, const char *out_path, const cc_convert_opts *o, cc_convert_stats *stats,
                        cc_error *err);

#endif
