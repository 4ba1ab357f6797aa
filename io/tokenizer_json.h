/* tokenizer_json.h - build a tokenizer from a Hugging Face tokenizer.json and,
 * when it sits beside it, tokenizer_config.json (token names, bos/eos, chat
 * template).  Only byte-level BPE models with a pre-tokenizer this project
 * knows (Llama 3, SmolLM, GPT-2) are accepted; anything else is an error that
 * names the field. */
#ifndef CLINCLEAN_TOKENIZER_JSON_H
#define CLINCLEAN_TOKENIZER_JSON_H

#include "status.h"
#include "tokenizer.h"

/* Load path (a tokenizer.json).  config_path may be NULL: then
 * "tokenizer_config.json" in the same directory is read if it exists. */
cc_status cc_tokenizer_load_json(const char *path, const char *config_path, cc_tokenizer **out, cc_error *err);

#endif
