/* chat_template.c - Llama 3.x and ChatML prompt rendering, family detection
 * and end tokens.  Mirrors Meta's Llama 3.2 template (system message and turn
 * contents are |trim'ed, the date line is a parameter) and SmolLM2's ChatML
 * template (contents verbatim, its default system message when none is given). */
#include "chat_template.h"

#include <stdlib.h>
#include <string.h>

/* SmolLM2's template inserts this system turn when the conversation has none. */
static const char SMOLLM_DEFAULT_SYSTEM[] = "You are a helpful AI assistant named SmolLM, trained by Hugging Face";

static bool has(const cc_tokenizer *tok, const char *name) {
    return cc_tokenizer_special_id(tok, name) >= 0;
}

static bool llama3_tokens(const cc_tokenizer *tok) {
    return has(tok, "<|begin_of_text|>") && has(tok, "<|start_header_id|>") && has(tok, "<|end_header_id|>") &&
           has(tok, "<|eot_id|>");
}

static bool chatml_tokens(const cc_tokenizer *tok) {
    return has(tok, "<|im_start|>") && has(tok, "<|im_end|>");
}

cc_status cc_chat_detect(const cc_tokenizer *tok, cc_chat_family forced, cc_chat_family *out, cc_error *err) {
    const char *tmpl = cc_tokenizer_chat_template(tok);
    if (forced == CC_CHAT_LLAMA3 || forced == CC_CHAT_CHATML) {
        bool ok = forced == CC_CHAT_LLAMA3 ? llama3_tokens(tok) : chatml_tokens(tok);
        if (!ok)
            return cc_fail(err, CC_ERR_INVALID, "chat_template = %s, but the vocabulary lacks that template's special "
                           "tokens", cc_chat_family_name(forced));
        *out = forced;
        return CC_OK;
    }
    if (tmpl && *tmpl) {
        if (strstr(tmpl, "<|start_header_id|>") && strstr(tmpl, "<|eot_id|>")) {
            if (!strstr(tmpl, "Cutting Knowledge Date"))
                return cc_fail(err, CC_ERR_UNSUPPORTED,
                               "the model's chat template uses Llama 3 headers but not the Llama 3.1/3.2 system "
                               "block (no \"Cutting Knowledge Date\"); set chat_template = llama3 to force it");
            if (!llama3_tokens(tok))
                return cc_fail(err, CC_ERR_FORMAT, "the chat template is Llama 3's, but the vocabulary lacks its "
                               "special tokens");
            *out = CC_CHAT_LLAMA3;
            return CC_OK;
        }
        if (strstr(tmpl, "<|im_start|>") && strstr(tmpl, "<|im_end|>")) {
            if (!chatml_tokens(tok))
                return cc_fail(err, CC_ERR_FORMAT, "the chat template is ChatML, but the vocabulary lacks "
                               "<|im_start|>/<|im_end|> as special tokens");
            *out = CC_CHAT_CHATML;
            return CC_OK;
        }
        return cc_fail(err, CC_ERR_UNSUPPORTED,
                       "the model's chat template is neither Llama 3.x nor ChatML (it begins \"%.60s\"); set "
                       "chat_template = llama3 or chatml in the configuration if you know which it is", tmpl);
    }
    /* no template text (a bare tokenizer.json): the special tokens decide */
    bool l = llama3_tokens(tok), c = chatml_tokens(tok);
    if (l && !c) *out = CC_CHAT_LLAMA3;
    else if (c && !l) *out = CC_CHAT_CHATML;
    else
        return cc_fail(err, CC_ERR_UNSUPPORTED, "the model has no chat template and its special tokens %s; set "
                       "chat_template = llama3 or chatml", l ? "fit both families" : "fit no known family");
    return CC_OK;
}

/* ---------------------------------------------------------------- trimming */

/* Decode one UTF-8 code point at s[i]; returns its length, or 0 if invalid. */
static size_t cp_at(const unsigned char *s, size_t n, size_t i, uint32_t *cp) {
    unsigned char c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        return *cp >= 0x800 ? 3 : 0;
    }
    return 0; /* 4-byte characters are never whitespace */
}

/* Python's str.isspace(). */
static bool py_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

void cc_chat_trim(const char *str, size_t len, size_t *start, size_t *out_len) {
    const unsigned char *s = (const unsigned char *)str;
    size_t a = 0, b = len;
    while (a < len) {
        uint32_t cp;
        size_t cl = cp_at(s, len, a, &cp);
        if (!cl || !py_space(cp)) break;
        a += cl;
    }
    while (b > a) { /* step back over one character */
        size_t k = b - 1;
        while (k > a && (s[k] & 0xC0) == 0x80 && b - k < 3) k--;
        uint32_t cp;
        size_t cl = cp_at(s, len, k, &cp);
        if (!cl || k + cl != b || !py_space(cp)) break;
        b = k;
    }
    *start = a;
    *out_len = b - a;
}

/* ---------------------------------------------------------------- rendering */

/* Output sink: the text and the ids of the prompt being rendered. */
typedef struct {
    cc_tokenizer *tok; /* encodes the plain-text spans */
    cc_bytes *text;    /* rendered text or NULL */
    cc_tokens *ids;    /* ids or NULL */
    cc_bytes span;     /* plain text since the last special token */
} render_out;

static cc_status put_text(render_out *o, const char *s, size_t n, cc_error *err) {
    return cc_bytes_append(&o->span, s, n, err);
}

static cc_status flush_span(render_out *o, cc_error *err) {
    cc_status st = CC_OK;
    if (o->span.len == 0) return CC_OK;
    if (o->text && (st = cc_bytes_append(o->text, o->span.data, o->span.len, err)) != CC_OK) return st;
    if (o->ids && (st = cc_tokenizer_encode(o->tok, o->span.data, o->span.len, false, o->ids, err)) != CC_OK)
        return st;
    o->span.len = 0;
    return CC_OK;
}

static cc_status put_special(render_out *o, const char *name, cc_error *err) {
    cc_status st;
    int32_t id = cc_tokenizer_special_id(o->tok, name);
    if (id < 0) return cc_fail(err, CC_ERR_FORMAT, "the vocabulary has no special token %s", name);
    if ((st = flush_span(o, err)) != CC_OK) return st;
    if (o->text && (st = cc_bytes_append(o->text, name, strlen(name), err)) != CC_OK) return st;
    if (o->ids && (st = cc_tokens_push(o->ids, id, err)) != CC_OK) return st;
    return CC_OK;
}

static cc_status put_trimmed(render_out *o, const char *s, size_t n, cc_error *err) {
    size_t a, l;
    cc_chat_trim(s, n, &a, &l);
    return put_text(o, s + a, l, err);
}

#define TRY(x)                            \
    do {                                  \
        if ((st = (x)) != CC_OK) goto done; \
    } while (0)

static cc_status render_llama3(render_out *o, const char *date, const cc_chat_msg *m, size_t n, bool gen,
                               cc_error *err) {
    cc_status st = CC_OK;
    size_t i = 0;
    if (!date || !cc_date_line_valid(date)) {
        return cc_fail(err, CC_ERR_INVALID, "Llama 3 date line '%s' is not \"DD Mon YYYY\"", date ? date : "(none)");
    }
    TRY(put_special(o, "<|begin_of_text|>", err));
    TRY(put_special(o, "<|start_header_id|>", err));
    TRY(put_text(o, "system", strlen("system"), err));
    TRY(put_special(o, "<|end_header_id|>", err));
    static const char head[] = "\n\nCutting Knowledge Date: December 2023\nToday Date: ";
    TRY(put_text(o, head, sizeof head - 1, err));
    TRY(put_text(o, date, strlen(date), err));
    TRY(put_text(o, "\n\n", 2, err));
    if (n > 0 && strcmp(m[0].role, "system") == 0) {
        TRY(put_trimmed(o, m[0].content, m[0].len, err));
        i = 1;
    }
    TRY(put_special(o, "<|eot_id|>", err));
    for (; i < n; i++) {
        TRY(put_special(o, "<|start_header_id|>", err));
        TRY(put_text(o, m[i].role, strlen(m[i].role), err));
        TRY(put_special(o, "<|end_header_id|>", err));
        TRY(put_text(o, "\n\n", 2, err));
        TRY(put_trimmed(o, m[i].content, m[i].len, err));
        TRY(put_special(o, "<|eot_id|>", err));
    }
    if (gen) {
        TRY(put_special(o, "<|start_header_id|>", err));
        TRY(put_text(o, "assistant", strlen("assistant"), err));
        TRY(put_special(o, "<|end_header_id|>", err));
        TRY(put_text(o, "\n\n", 2, err));
    }
    TRY(flush_span(o, err));
done:
    return st;
}

static cc_status chatml_turn(render_out *o, const char *role, const char *content, size_t len, cc_error *err) {
    cc_status st = CC_OK;
    TRY(put_special(o, "<|im_start|>", err));
    TRY(put_text(o, role, strlen(role), err));
    TRY(put_text(o, "\n", 1, err));
    TRY(put_text(o, content, len, err));
    TRY(put_special(o, "<|im_end|>", err));
    TRY(put_text(o, "\n", 1, err));
done:
    return st;
}

static cc_status render_chatml(render_out *o, const cc_chat_msg *m, size_t n, bool gen, cc_error *err) {
    cc_status st = CC_OK;
    if (n > 0 && strcmp(m[0].role, "system") != 0)
        TRY(chatml_turn(o, "system", SMOLLM_DEFAULT_SYSTEM, sizeof SMOLLM_DEFAULT_SYSTEM - 1, err));
    for (size_t i = 0; i < n; i++) TRY(chatml_turn(o, m[i].role, m[i].content, m[i].len, err));
    if (gen) {
        TRY(put_special(o, "<|im_start|>", err));
        TRY(put_text(o, "assistant\n", strlen("assistant\n"), err));
    }
    TRY(flush_span(o, err));
done:
    return st;
}

cc_status cc_chat_render(cc_tokenizer *tok, cc_chat_family fam, const char *date_line, const cc_chat_msg *msgs,
                         size_t n, bool add_generation_prompt, cc_bytes *text, cc_tokens *ids, cc_error *err) {
    cc_status st;
    render_out o = {tok, text, ids, {0}};
    for (size_t i = 0; i < n; i++) {
        const char *r = msgs[i].role;
        if (!r || (strcmp(r, "system") && strcmp(r, "user") && strcmp(r, "assistant")))
            return cc_fail(err, CC_ERR_INVALID, "message %zu: role '%s' is not system, user or assistant", i,
                           r ? r : "(null)");
        if (i > 0 && strcmp(r, "system") == 0)
            return cc_fail(err, CC_ERR_INVALID, "message %zu: a system message may only come first", i);
    }
    if (fam == CC_CHAT_LLAMA3) st = render_llama3(&o, date_line, msgs, n, add_generation_prompt, err);
    else if (fam == CC_CHAT_CHATML) st = render_chatml(&o, msgs, n, add_generation_prompt, err);
    else st = cc_fail(err, CC_ERR_INVALID, "chat template family not resolved (call cc_chat_detect first)");
    cc_bytes_free(&o.span);
    return st;
}

/* ---------------------------------------------------------------- end tokens */

static cc_status add_unique(cc_tokens *out, int32_t id, cc_error *err) {
    if (id < 0) return CC_OK;
    for (size_t i = 0; i < out->n; i++)
        if (out->ids[i] == id) return CC_OK;
    cc_status st = cc_tokens_push(out, id, err);
    if (st != CC_OK) return st;
    for (size_t i = out->n - 1; i > 0 && out->ids[i - 1] > out->ids[i]; i--) { /* keep sorted */
        int32_t t = out->ids[i];
        out->ids[i] = out->ids[i - 1];
        out->ids[i - 1] = t;
    }
    return CC_OK;
}

cc_status cc_chat_end_tokens(const cc_tokenizer *tok, cc_chat_family fam, cc_tokens *out, cc_error *err) {
    cc_status st;
    static const char *llama3_end[] = {"<|end_of_text|>", "<|eom_id|>", "<|eot_id|>"};
    static const char *chatml_end[] = {"<|im_end|>"};
    const char **names = fam == CC_CHAT_LLAMA3 ? llama3_end : chatml_end;
    size_t nn = fam == CC_CHAT_LLAMA3 ? 3 : fam == CC_CHAT_CHATML ? 1 : 0;
    int32_t meta[3] = {cc_tokenizer_eos(tok), cc_tokenizer_eot(tok), cc_tokenizer_eom(tok)};
    for (int i = 0; i < 3; i++)
        if ((st = add_unique(out, meta[i], err)) != CC_OK) return st;
    for (size_t i = 0; i < nn; i++)
        if ((st = add_unique(out, cc_tokenizer_special_id(tok, names[i]), err)) != CC_OK) return st;
    if (out->n == 0) return cc_fail(err, CC_ERR_FORMAT, "the model defines no end-of-generation token");
    return CC_OK;
}
