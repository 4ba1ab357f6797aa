/* model_load.h - opening a model for the engine from a GGUF file or a Hugging
 * Face checkpoint directory.  GGUF tensors are used in place in the mapped
 * file (any supported type); Hugging Face tensors (f32/f16/bf16) in place in
 * the mapped safetensors shards, with the rotate-half RoPE layout. */
#ifndef CLINCLEAN_MODEL_LOAD_H
#define CLINCLEAN_MODEL_LOAD_H

#include "gguf.h"
#include "model.h"
#include "status.h"

/* A directory is read as a Hugging Face checkpoint, anything else as GGUF. */
cc_status cc_model_load(cc_model *m, const char *path, cc_error *err);
cc_status cc_model_load_gguf(cc_model *m, const char *path, cc_error *err);
cc_status cc_model_load_hf(cc_model *m, const char *dir, cc_error *err);
/* Bind an open GGUF; on success the model owns g (closed by cc_model_free). */
cc_status cc_model_from_gguf(cc_model *m, cc_gguf *g, cc_error *err);

#endif
