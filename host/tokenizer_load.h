/* tokenizer_load.h - open the tokenizer a command line names: a model file
 * (-m, GGUF metadata) or a Hugging Face tokenizer.json (--tokenizer, or -m
 * with a .json name), and read all of a file or stdin as bytes. */
#ifndef CLINCLEAN_TOKENIZER_LOAD_H
#define CLINCLEAN_TOKENIZER_LOAD_H

#include <stdio.h>

#include "status.h"
#include "tokenizer.h"

/* Exactly one of model_path / tokenizer_path is non-NULL. */
cc_status cc_tokenizer_open(const char *model_path, const char *tokenizer_path, cc_tokenizer **out, cc_error *err);

/* Read the whole stream (byte for byte) into out. */
cc_status cc_read_all(FILE *f, const char *name, cc_bytes *out, cc_error *err);

#endif
