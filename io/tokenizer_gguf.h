/* tokenizer_gguf.h - build a tokenizer from a GGUF file's tokenizer.ggml.*
 * metadata (model, pre, tokens, merges, token_type, bos/eos/eot/eom/padding
 * ids, add_bos_token) plus tokenizer.chat_template and general.architecture. */
#ifndef CLINCLEAN_TOKENIZER_GGUF_H
#define CLINCLEAN_TOKENIZER_GGUF_H

#include "gguf.h"
#include "status.h"
#include "tokenizer.h"

/* From an open GGUF file (the engine's, so the model is mapped once). */
cc_status cc_tokenizer_from_gguf(const cc_gguf *g, cc_tokenizer **out, cc_error *err);
/* Open path, read the tokenizer, close it again. */
cc_status cc_tokenizer_load_gguf(const char *path, cc_tokenizer **out, cc_error *err);

#endif
