/* tokenizer.h - byte-level BPE tokenizer (Llama 3, SmolLM2, GPT-2 families).
 *
 * Text -> ids exactly as the model's own tokenizer does it: the model's
 * pre-tokenizer regex (PCRE2, UTF + UCP, JIT) splits the text, each piece is
 * looked up whole when the model ignores merges (Llama 3), otherwise its bytes
 * are merged pair by pair in rank order.  Any byte string can be encoded,
 * invalid UTF-8 included; text is never turned into a special token (only a
 * chat template inserts those, by id).  ids -> text is exact (raw bytes) or
 * incremental and UTF-8-safe (cc_tok_stream).
 *
 * One constructor, cc_tokenizer_build, takes plain arrays (cc_tok_spec) so the
 * tokenizer.json loader (io/tokenizer_json.c) and GGUF metadata feed it alike.
 * A cc_tokenizer holds scratch space and a cache of encoded pieces: encode on
 * one tokenizer from one thread at a time (decode functions are const). */
#ifndef CLINCLEAN_TOKENIZER_H
#define CLINCLEAN_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* Token types, numbered as GGUF's tokenizer.ggml.token_type stores them. */
enum {
    CC_TOKTYPE_NORMAL = 1,       /* ordinary vocabulary entry, byte-level alphabet */
    CC_TOKTYPE_UNKNOWN = 2,      /* <unk> */
    CC_TOKTYPE_CONTROL = 3,      /* special token (<|eot_id|>, <|im_end|>): literal text, never from text */
    CC_TOKTYPE_USER_DEFINED = 4, /* added non-special token: literal text, never from text here */
    CC_TOKTYPE_UNUSED = 5,       /* hole in the id space */
    CC_TOKTYPE_BYTE = 6          /* <0xAB> byte token (SentencePiece vocabularies only) */
};

/* Everything needed to build a tokenizer, as plain arrays the caller owns
 * (they are copied).  Strings are NUL-terminated unless a length array is given. */
typedef struct {
    const char *source;             /* file name for error messages */
    size_t n_tokens;                /* vocabulary size; ids are 0 .. n_tokens-1 */
    const char *const *tokens;      /* [n_tokens] token text: byte-level alphabet ("Ġthe") for
                                       NORMAL tokens, literal text for CONTROL/USER_DEFINED */
    const size_t *token_lens;       /* [n_tokens] byte lengths of tokens[i], or NULL for strlen */
    const int32_t *token_types;     /* [n_tokens] CC_TOKTYPE_*, or NULL: all NORMAL */
    size_t n_merges;                /* number of merge rules */
    const char *const *merges;      /* [n_merges] "left right" in byte-level alphabet; index = rank */
    const char *pre;                /* pre-tokenizer: "llama-bpe" (alias "llama3"), "smollm", "gpt2" */
    int ignore_merges;              /* 1/0; -1: as the pre-tokenizer implies (llama-bpe: 1) */
    int32_t bos_id, eos_id;         /* -1 when absent */
    int32_t eot_id, eom_id, pad_id; /* -1 when absent */
    int32_t unk_id;                 /* stands for a byte the vocabulary lacks (SmolLM2 has no token
                                       for 21 bytes); -1: every byte must have a token */
    bool add_bos;                   /* the model expects BOS before plain text */
    const char *chat_template;      /* model's chat template text, or NULL */
    const char *arch;               /* model architecture name ("llama"), or NULL */
} cc_tok_spec;

/* A spec with every id -1, ignore_merges -1, everything else zero. */
cc_tok_spec cc_tok_spec_init(void);

typedef struct cc_tokenizer cc_tokenizer;

/* A growable id list (append-only; free with cc_tokens_free). */
typedef struct {
    int32_t *ids; /* [n] token ids */
    size_t n;     /* ids in use */
    size_t cap;   /* ids allocated */
} cc_tokens;

/* A growable byte buffer, always NUL-terminated after len bytes once non-empty. */
typedef struct {
    char *data; /* [len] bytes (+ NUL) */
    size_t len; /* bytes in use */
    size_t cap; /* bytes allocated */
} cc_bytes;

cc_status cc_tokens_push(cc_tokens *t, int32_t id, cc_error *err);
void cc_tokens_free(cc_tokens *t);
cc_status cc_bytes_append(cc_bytes *b, const void *p, size_t n, cc_error *err);
void cc_bytes_free(cc_bytes *b);

cc_status cc_tokenizer_build(const cc_tok_spec *spec, cc_tokenizer **out, cc_error *err);
void cc_tokenizer_free(cc_tokenizer *tok);

/* Append the ids of text[0..len) to out; with add_bos, the BOS id first.  The
 * text is plain text: any bytes, never special tokens. */
cc_status cc_tokenizer_encode(cc_tokenizer *tok, const char *text, size_t len, bool add_bos, cc_tokens *out,
                              cc_error *err);
/* Append the exact bytes of ids to out (special tokens as their literal text). */
cc_status cc_tokenizer_decode(const cc_tokenizer *tok, const int32_t *ids, size_t n, cc_bytes *out, cc_error *err);
/* Split text into pre-tokens (what the regex stage produces), for --pieces and tests:
 * calls fn for each piece in order. */
cc_status cc_tokenizer_pretokenize(cc_tokenizer *tok, const char *text, size_t len,
                                   void (*fn)(void *ctx, const char *piece, size_t n), void *ctx, cc_error *err);

/* Accessors. */
int32_t cc_tokenizer_n_vocab(const cc_tokenizer *tok);
/* The bytes a token stands for (literal text for special tokens); NULL if id is out of range. */
const char *cc_tokenizer_piece(const cc_tokenizer *tok, int32_t id, size_t *len);
int cc_tokenizer_type(const cc_tokenizer *tok, int32_t id);
/* Id of a special (CONTROL/USER_DEFINED) token by its exact text, or -1. */
int32_t cc_tokenizer_special_id(const cc_tokenizer *tok, const char *text);
int32_t cc_tokenizer_bos(const cc_tokenizer *tok);
int32_t cc_tokenizer_eos(const cc_tokenizer *tok);
int32_t cc_tokenizer_eot(const cc_tokenizer *tok);
int32_t cc_tokenizer_eom(const cc_tokenizer *tok);
bool cc_tokenizer_add_bos(const cc_tokenizer *tok);
const char *cc_tokenizer_pre_name(const cc_tokenizer *tok);
const char *cc_tokenizer_chat_template(const cc_tokenizer *tok); /* NULL when the model has none */
const char *cc_tokenizer_arch(const cc_tokenizer *tok);          /* NULL when unknown */

/* Incremental, UTF-8-safe decoding for generation: bytes of a character split
 * across tokens are held back until it is whole; invalid bytes become U+FFFD,
 * so everything appended to out is valid UTF-8. */
typedef struct {
    unsigned char pend[8]; /* bytes of an incomplete character carried to the next token */
    size_t npend;          /* bytes in pend */
} cc_tok_stream;

void cc_tok_stream_init(cc_tok_stream *s);
cc_status cc_tok_stream_push(cc_tok_stream *s, const cc_tokenizer *tok, int32_t id, cc_bytes *out, cc_error *err);
/* Flush: an incomplete trailing character becomes U+FFFD. */
cc_status cc_tok_stream_finish(cc_tok_stream *s, cc_bytes *out, cc_error *err);

/* Append text[0..len) to out as valid UTF-8 (invalid sequences -> U+FFFD).
 * Returns how many bytes at the end form an incomplete but possibly valid
 * character and were NOT consumed when final is false. */
size_t cc_utf8_sanitize(const unsigned char *text, size_t len, bool final, cc_bytes *out, cc_error *err,
                        cc_status *st);
/* Whether text[0..len) is valid UTF-8. */
bool cc_tok_utf8_valid(const char *text, size_t len);

/* GPT-2's byte-level alphabet: the code point that stands for byte b. */
uint32_t cc_byte_level_cp(unsigned char b);

#endif
