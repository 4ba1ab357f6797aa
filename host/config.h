/* config.h - per-model configuration file: system prompt, chat template
 * family, pinned date line, sampling and stopping.
 *
 * Format (docs/CONFIG.md): `key = value` lines, `#` comments, values are
 * numbers, "double-quoted strings" with \n \t \" \\ escapes, comma-separated
 * lists, or a raw multi-line block between lines `key = """` and `"""`.
 * Unknown or repeated keys are errors naming file:line.  Command-line flags
 * override file values through cc_config_set, so both share one parser. */
#ifndef CLINCLEAN_CONFIG_H
#define CLINCLEAN_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* Chat template family. */
typedef enum {
    CC_CHAT_AUTO = 0, /* decide from the model's metadata */
    CC_CHAT_LLAMA3,   /* Llama 3.1/3.2 header/eot format with the date line */
    CC_CHAT_CHATML    /* <|im_start|>role\n...<|im_end|>\n (SmolLM2) */
} cc_chat_family;

#define CC_MAX_STOP 16
#define CC_MAX_END_TOKENS 16
#define CC_DEFAULT_DATE "26 Jul 2024"

typedef struct {
    char *system_prompt;                   /* malloc'd, NUL-terminated; "" when unset */
    cc_chat_family chat_template;          /* auto | llama3 | chatml */
    char date_line[16];                    /* "DD Mon YYYY" for Llama 3's "Today Date:" line */
    float temperature;                     /* 0 = greedy */
    float top_p;                           /* nucleus mass in (0,1]; 1 = off */
    int top_k;                             /* 0 = off */
    float min_p;                           /* 0 = off */
    float repeat_penalty;                  /* 1 = off */
    int repeat_last_n;                     /* window of the repeat penalty, tokens */
    int max_new_tokens;                    /* generation budget per row */
    uint64_t seed;                         /* sampler seed (unused when greedy) */
    char *stop[CC_MAX_STOP];               /* [n_stop] malloc'd stop strings */
    size_t n_stop;                         /* stop strings in use */
    int32_t end_tokens[CC_MAX_END_TOKENS]; /* [n_end_tokens] override of the model's end tokens */
    size_t n_end_tokens;                   /* 0: use the model's own */
    unsigned set_mask;                     /* bit per key already given (repeats are errors) */
} cc_model_config;

/* Built-in defaults: empty system prompt, auto template, CC_DEFAULT_DATE,
 * greedy, 512 new tokens, seed 0, no stop strings, model's end tokens. */
void cc_config_defaults(cc_model_config *c);
void cc_config_free(cc_model_config *c);

/* Read path into c (on top of what c holds: call cc_config_defaults first). */
cc_status cc_config_load(cc_model_config *c, const char *path, cc_error *err);
/* Parse from memory; name is used in messages ("name:line: ..."). */
cc_status cc_config_parse(cc_model_config *c, const char *text, size_t len, const char *name, cc_error *err);
/* Set one key from a command-line flag's text (value as it would follow `key =`
 * unquoted: a plain string for strings); where names the flag for errors. */
cc_status cc_config_set(cc_model_config *c, const char *key, const char *value, const char *where, cc_error *err);

cc_status cc_chat_family_parse(const char *s, cc_chat_family *out, cc_error *err);
const char *cc_chat_family_name(cc_chat_family f);
/* Whether s is a valid "DD Mon YYYY" date line. */
int cc_date_line_valid(const char *s);

#endif
