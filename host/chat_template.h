/* chat_template.h - render a conversation into the prompt text and ids the
 * model was trained on, for the two template families clinclean supports:
 * Llama 3.1/3.2 (header ids, "Cutting Knowledge Date" / pinned "Today Date"
 * line, <|eot_id|>) and ChatML (SmolLM2).  No general Jinja engine: the family
 * is recognised from the model's metadata or forced by configuration, and an
 * unrecognised template is an error.  Special tokens are inserted by id; the
 * messages are encoded as plain text, so a note can never close its own turn. */
#ifndef CLINCLEAN_CHAT_TEMPLATE_H
#define CLINCLEAN_CHAT_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "status.h"
#include "tokenizer.h"

/* One turn. */
typedef struct {
    const char *role;    /* "system", "user" or "assistant" */
    const char *content; /* message text (any bytes) */
    size_t len;          /* bytes of content */
} cc_chat_msg;

/* Resolve the family: forced when not CC_CHAT_AUTO (checked against the
 * vocabulary), else from the model's chat template text, else from its special
 * tokens.  Fails with a clear message when nothing matches. */
cc_status cc_chat_detect(const cc_tokenizer *tok, cc_chat_family forced, cc_chat_family *out, cc_error *err);

/* Render msgs (a leading "system" message is the system prompt) with the
 * assistant header appended when add_generation_prompt.  date_line is Llama 3's
 * "Today Date" ("DD Mon YYYY"); ignored for ChatML.  Appends the rendered text
 * to text (may be NULL) and the ids to ids (may be NULL). */
cc_status cc_chat_render(cc_tokenizer *tok, cc_chat_family fam, const char *date_line, const cc_chat_msg *msgs,
                         size_t n, bool add_generation_prompt, cc_bytes *text, cc_tokens *ids, cc_error *err);

/* The ids that end generation for this model: its eos/eot/eom ids and the
 * family's end-of-turn tokens that the vocabulary has (Llama 3.2: 128001,
 * 128008, 128009; SmolLM2: 2), sorted, without repeats. */
cc_status cc_chat_end_tokens(const cc_tokenizer *tok, cc_chat_family fam, cc_tokens *out, cc_error *err);

/* Python's str.strip() (Jinja's |trim): the bounds of s without leading and
 * trailing Unicode whitespace: start and out_len describe the trimmed span. */
void cc_chat_trim(const char *s, size_t len, size_t *start, size_t *out_len);

#endif
