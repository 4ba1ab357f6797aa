/* text_chunk.h - splitting a note that is too long for the model's context
 * into chunks at natural boundaries (paragraph, line, sentence, word, then
 * UTF-8 character), given a token-count callback, and joining the cleaned
 * chunks back with the original separators.  Nothing is truncated. */
#ifndef CLINCLEAN_TEXT_CHUNK_H
#define CLINCLEAN_TEXT_CHUNK_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* Tokens text[0..len) takes (the rewriter's count_tokens, or an estimate). */
typedef cc_status (*cc_token_count_fn)(void *ctx, const char *text, size_t len, int32_t *n_tokens, cc_error *err);

typedef enum {
    CC_SPLIT_PARAGRAPH = 0, /* at blank lines */
    CC_SPLIT_LINE,          /* at line breaks */
    CC_SPLIT_SENTENCE,      /* after . ! ? ; followed by white space */
    CC_SPLIT_WORD,          /* at white space */
    CC_SPLIT_CHAR,          /* at UTF-8 character boundaries (never inside a character) */
} cc_split_level;

typedef struct {
    size_t off;     /* first byte of the chunk in the source text */
    size_t len;     /* bytes of the chunk */
    size_t gap_len; /* source bytes after the chunk that separate it from the next (kept when joining) */
    int32_t tokens; /* tokens the chunk takes, <= max_tokens */
} cc_chunk;

/* Split text into chunks that each take at most max_tokens tokens, preferring
 * paragraph, then line, sentence, word and finally character boundaries.
 * Nothing is dropped except white space at the very start and end when the
 * text must be split.  A text that fits is one chunk covering all of it.
 * Fails with CC_ERR_RANGE when max_tokens < 1 or a single character does not fit.
 * *chunks: OUT, malloc'd array of *n_chunks; caller frees. *deepest = the finest
 * level that was needed (CC_SPLIT_PARAGRAPH when it fitted whole). */
cc_status cc_text_split(const char *text, size_t len, int32_t max_tokens, cc_token_count_fn count, void *count_ctx,
                        cc_chunk **chunks, size_t *n_chunks, cc_split_level *deepest, cc_error *err);
const char *cc_split_level_name(cc_split_level l);

/* Join the cleaned chunk outputs in order, separated by each chunk's gap
 * copied from the source.  *out: OUT, malloc'd, NUL-terminated; caller frees. */
cc_status cc_text_join(const char *src, const cc_chunk *chunks, size_t n_chunks, char *const *outs,
                       const size_t *out_lens, char **out, size_t *out_len, cc_error *err);

/* A crude token estimate for when no tokenizer is available (--dry-run without
 * an engine): one token per 4 bytes or per word-ish unit, whichever is more. */
cc_status cc_token_estimate(void *ctx, const char *text, size_t len, int32_t *n_tokens, cc_error *err);

#endif
