/* config.c - the per-model configuration file parser (format in config.h and
 * docs/CONFIG.md) and the command-line overrides that share its checks. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { K_STR, K_TEMPLATE, K_DATE, K_FLOAT, K_INT, K_U64, K_STRLIST, K_IDLIST } key_kind;

/* One configuration key. */
typedef struct {
    const char *name; /* as written in the file */
    key_kind kind;    /* value type */
    double lo, hi;    /* inclusive range for numbers */
} key_def;

static const key_def KEYS[] = {
    {"system_prompt", K_STR, 0, 0},
    {"chat_template", K_TEMPLATE, 0, 0},
    {"date_line", K_DATE, 0, 0},
    {"temperature", K_FLOAT, 0, 100},
    {"top_p", K_FLOAT, 0, 1},
    {"top_k", K_INT, 0, 1 << 20},
    {"min_p", K_FLOAT, 0, 1},
    {"repeat_penalty", K_FLOAT, 0, 100},
    {"repeat_last_n", K_INT, 0, 1 << 20},
    {"max_new_tokens", K_INT, 1, 1 << 20},
    {"seed", K_U64, 0, 0},
    {"stop", K_STRLIST, 0, 0},
    {"end_tokens", K_IDLIST, 0, INT32_MAX},
};
#define N_KEYS (sizeof KEYS / sizeof KEYS[0])

void cc_config_defaults(cc_model_config *c) {
    memset(c, 0, sizeof *c);
    c->chat_template = CC_CHAT_AUTO;
    snprintf(c->date_line, sizeof c->date_line, "%s", CC_DEFAULT_DATE);
    c->temperature = 0.0f;
    c->top_p = 1.0f;
    c->top_k = 0;
    c->min_p = 0.0f;
    c->repeat_penalty = 1.0f;
    c->repeat_last_n = 64;
    c->max_new_tokens = 512;
    c->seed = 0;
}

void cc_config_free(cc_model_config *c) {
    free(c->system_prompt);
    c->system_prompt = NULL;
    for (size_t i = 0; i < c->n_stop; i++) free(c->stop[i]);
    c->n_stop = 0;
}

cc_status cc_chat_family_parse(const char *s, cc_chat_family *out, cc_error *err) {
    if (strcmp(s, "auto") == 0) *out = CC_CHAT_AUTO;
    else if (strcmp(s, "llama3") == 0) *out = CC_CHAT_LLAMA3;
    else if (strcmp(s, "chatml") == 0) *out = CC_CHAT_CHATML;
    else return cc_fail(err, CC_ERR_INVALID, "chat template '%s' is not one of auto, llama3, chatml", s);
    return CC_OK;
}

const char *cc_chat_family_name(cc_chat_family f) {
    switch (f) {
    case CC_CHAT_LLAMA3: return "llama3";
    case CC_CHAT_CHATML: return "chatml";
    default: return "auto";
    }
}

int cc_date_line_valid(const char *s) {
    static const char *mon[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (strlen(s) != 11 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) || s[2] != ' ' ||
        s[6] != ' ')
        return 0;
    int day = (s[0] - '0') * 10 + (s[1] - '0');
    if (day < 1 || day > 31) return 0;
    int m = -1;
    for (int i = 0; i < 12; i++)
        if (strncmp(s + 3, mon[i], 3) == 0) m = i;
    if (m < 0) return 0;
    for (int i = 7; i < 11; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* Apply values[0..n) to key k.  where: "file:line" or "--flag" for messages. */
static cc_status apply(cc_model_config *c, const key_def *k, char **vals, size_t n, const char *where,
                       cc_error *err) {
    bool list = k->kind == K_STRLIST || k->kind == K_IDLIST;
    if (!list && n != 1) return cc_fail(err, CC_ERR_INVALID, "%s: %s takes one value, got %zu", where, k->name, n);
    switch (k->kind) {
    case K_STR: {
        char *s = strdup(vals[0]);
        if (!s) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
        free(c->system_prompt);
        c->system_prompt = s;
        return CC_OK;
    }
    case K_TEMPLATE: {
        cc_status st = cc_chat_family_parse(vals[0], &c->chat_template, err);
        if (st != CC_OK) cc_wrap(err, "%s", where);
        return st;
    }
    case K_DATE:
        if (!cc_date_line_valid(vals[0]))
            return cc_fail(err, CC_ERR_INVALID, "%s: date_line '%s' is not \"DD Mon YYYY\" (e.g. \"26 Jul 2024\")",
                           where, vals[0]);
        snprintf(c->date_line, sizeof c->date_line, "%s", vals[0]);
        return CC_OK;
    case K_FLOAT:
    case K_INT:
    case K_U64: {
        char *end;
        errno = 0;
        if (k->kind == K_U64) {
            if (vals[0][0] == '-') goto bad_number;
            unsigned long long v = strtoull(vals[0], &end, 0);
            if (errno || end == vals[0] || *end) goto bad_number;
            c->seed = v;
            return CC_OK;
        }
        double v = strtod(vals[0], &end);
        if (errno || end == vals[0] || *end || !isfinite(v)) goto bad_number;
        if (k->kind == K_INT && v != floor(v)) goto bad_number;
        if (v < k->lo || v > k->hi)
            return cc_fail(err, CC_ERR_RANGE, "%s: %s = %s is outside %g..%g", where, k->name, vals[0], k->lo, k->hi);
        if (strcmp(k->name, "temperature") == 0) c->temperature = (float)v;
        else if (strcmp(k->name, "top_p") == 0) c->top_p = (float)v;
        else if (strcmp(k->name, "top_k") == 0) c->top_k = (int)v;
        else if (strcmp(k->name, "min_p") == 0) c->min_p = (float)v;
        else if (strcmp(k->name, "repeat_penalty") == 0) c->repeat_penalty = (float)v;
        else if (strcmp(k->name, "repeat_last_n") == 0) c->repeat_last_n = (int)v;
        else if (strcmp(k->name, "max_new_tokens") == 0) c->max_new_tokens = (int)v;
        return CC_OK;
    bad_number:
        return cc_fail(err, CC_ERR_INVALID, "%s: %s = '%s' is not a valid %s", where, k->name, vals[0],
                       k->kind == K_FLOAT ? "number" : "non-negative integer");
    }
    case K_STRLIST: {
        if (n > CC_MAX_STOP) return cc_fail(err, CC_ERR_RANGE, "%s: at most %d stop strings", where, CC_MAX_STOP);
        for (size_t i = 0; i < n; i++)
            if (!vals[i][0]) return cc_fail(err, CC_ERR_INVALID, "%s: an empty stop string would stop at once", where);
        for (size_t i = 0; i < c->n_stop; i++) free(c->stop[i]);
        c->n_stop = 0;
        for (size_t i = 0; i < n; i++) {
            if (!(c->stop[i] = strdup(vals[i]))) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
            c->n_stop++;
        }
        return CC_OK;
    }
    case K_IDLIST: {
        if (n > CC_MAX_END_TOKENS)
            return cc_fail(err, CC_ERR_RANGE, "%s: at most %d end tokens", where, CC_MAX_END_TOKENS);
        int32_t ids[CC_MAX_END_TOKENS];
        for (size_t i = 0; i < n; i++) {
            char *end;
            errno = 0;
            long v = strtol(vals[i], &end, 10);
            if (errno || end == vals[i] || *end || v < 0 || v > INT32_MAX)
                return cc_fail(err, CC_ERR_INVALID, "%s: end token '%s' is not a token id", where, vals[i]);
            ids[i] = (int32_t)v;
        }
        memcpy(c->end_tokens, ids, n * sizeof *ids);
        c->n_end_tokens = n;
        return CC_OK;
    }
    }
    return cc_fail(err, CC_ERR_INVALID, "%s: internal: unhandled key %s", where, k->name);
}

static const key_def *find_key(const char *name) {
    for (size_t i = 0; i < N_KEYS; i++)
        if (strcmp(KEYS[i].name, name) == 0) return &KEYS[i];
    return NULL;
}

/* Split a comma-separated flag value in place. */
static size_t split_commas(char *s, char **vals, size_t cap) {
    size_t n = 0;
    char *p = s;
    for (;;) {
        char *comma = strchr(p, ',');
        if (comma) *comma = '\0';
        while (isspace((unsigned char)*p)) p++;
        char *e = p + strlen(p);
        while (e > p && isspace((unsigned char)e[-1])) *--e = '\0';
        if (n < cap) vals[n] = p;
        n++;
        if (!comma) break;
        p = comma + 1;
    }
    return n;
}

cc_status cc_config_set(cc_model_config *c, const char *key, const char *value, const char *where, cc_error *err) {
    const key_def *k = find_key(key);
    if (!k) return cc_fail(err, CC_ERR_INVALID, "%s: unknown configuration key '%s'", where, key);
    char *copy = strdup(value);
    if (!copy) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    char *vals[CC_MAX_STOP + CC_MAX_END_TOKENS + 1];
    size_t n = 1;
    vals[0] = copy;
    if (k->kind == K_STRLIST || k->kind == K_IDLIST) {
        n = split_commas(copy, vals, sizeof vals / sizeof vals[0]);
        if (n > sizeof vals / sizeof vals[0]) {
            free(copy);
            return cc_fail(err, CC_ERR_RANGE, "%s: too many values", where);
        }
    }
    cc_status st = apply(c, k, vals, n, where, err);
    free(copy);
    return st;
}

/* ---------------------------------------------------------------- the file parser */

/* Parse one double-quoted string starting at *p (at the quote) into out; advance *p. */
static cc_status parse_quoted(const char **p, const char *end, char *out, size_t *outlen, const char *where,
                              cc_error *err) {
    const char *s = *p + 1;
    size_t o = 0;
    while (s < end && *s != '"') {
        char ch = *s++;
        if (ch == '\\') {
            if (s >= end) break;
            char e = *s++;
            switch (e) {
            case 'n': ch = '\n'; break;
            case 't': ch = '\t'; break;
            case 'r': ch = '\r'; break;
            case '"': ch = '"'; break;
            case '\\': ch = '\\'; break;
            default: return cc_fail(err, CC_ERR_FORMAT, "%s: unknown escape '\\%c' in a quoted string", where, e);
            }
        }
        out[o++] = ch;
    }
    if (s >= end) return cc_fail(err, CC_ERR_FORMAT, "%s: unterminated quoted string", where);
    out[o] = '\0';
    *outlen = o;
    *p = s + 1;
    return CC_OK;
}

cc_status cc_config_parse(cc_model_config *c, const char *text, size_t len, const char *name, cc_error *err) {
    cc_status st = CC_OK;
    char where[512];
    char *buf = malloc(len + 1); /* decoded values, at most as long as the input */
    char *vals[CC_MAX_STOP + CC_MAX_END_TOKENS + 1];
    if (!buf) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    const char *p = text, *end = text + len;
    size_t line = 0;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *le = eol ? eol : end, *next = eol ? eol + 1 : end;
        line++;
        snprintf(where, sizeof where, "%s:%zu", name, line);
        if (memchr(p, '\0', (size_t)(le - p))) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: NUL byte in the line", where);
            goto done;
        }
        const char *ls = p, *lend = le;
        if (lend > ls && lend[-1] == '\r') lend--;
        while (ls < lend && (*ls == ' ' || *ls == '\t')) ls++;
        while (lend > ls && (lend[-1] == ' ' || lend[-1] == '\t')) lend--;
        p = next;
        if (ls == lend || *ls == '#') continue;
        const char *eq = memchr(ls, '=', (size_t)(lend - ls));
        if (!eq) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: expected `key = value`", where);
            goto done;
        }
        const char *ke = eq;
        while (ke > ls && (ke[-1] == ' ' || ke[-1] == '\t')) ke--;
        char key[64];
        size_t kl = (size_t)(ke - ls);
        if (kl == 0 || kl >= sizeof key) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: missing or overlong key", where);
            goto done;
        }
        memcpy(key, ls, kl);
        key[kl] = '\0';
        const key_def *k = find_key(key);
        if (!k) {
            st = cc_fail(err, CC_ERR_INVALID, "%s: unknown key '%s'", where, key);
            goto done;
        }
        unsigned bit = 1u << (unsigned)(k - KEYS);
        if (c->set_mask & bit) {
            st = cc_fail(err, CC_ERR_INVALID, "%s: key '%s' is given twice", where, key);
            goto done;
        }
        c->set_mask |= bit;
        const char *v = eq + 1;
        while (v < lend && (*v == ' ' || *v == '\t')) v++;
        size_t n = 0;
        if ((size_t)(lend - v) == 3 && memcmp(v, "\"\"\"", 3) == 0) {
            /* raw block: the lines up to a line that is only """ */
            size_t o = 0, open_line = line;
            bool closed = false;
            while (p < end) {
                const char *e2 = memchr(p, '\n', (size_t)(end - p));
                const char *l2 = e2 ? e2 : end, *n2 = e2 ? e2 + 1 : end;
                const char *t2 = l2;
                if (t2 > p && t2[-1] == '\r') t2--;
                line++;
                const char *a = p, *b = t2;
                while (a < b && (*a == ' ' || *a == '\t')) a++;
                while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
                if (b - a == 3 && memcmp(a, "\"\"\"", 3) == 0) {
                    closed = true;
                    p = n2;
                    break;
                }
                if (memchr(p, '\0', (size_t)(t2 - p))) {
                    st = cc_fail(err, CC_ERR_FORMAT, "%s:%zu: NUL byte in the line", name, line);
                    goto done;
                }
                if (o) buf[o++] = '\n';
                memcpy(buf + o, p, (size_t)(t2 - p));
                o += (size_t)(t2 - p);
                p = n2;
            }
            if (!closed) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s:%zu: the \"\"\" block of '%s' is never closed", name, open_line,
                             key);
                goto done;
            }
            buf[o] = '\0';
            vals[0] = buf;
            n = 1;
            snprintf(where, sizeof where, "%s:%zu", name, open_line);
        } else if (v < lend && *v == '"') {
            /* one or more quoted strings separated by commas, then an optional comment */
            char *o = buf;
            for (;;) {
                size_t ol = 0;
                if (n >= sizeof vals / sizeof vals[0]) {
                    st = cc_fail(err, CC_ERR_RANGE, "%s: too many values", where);
                    goto done;
                }
                if ((st = parse_quoted(&v, lend, o, &ol, where, err)) != CC_OK) goto done;
                vals[n++] = o;
                o += ol + 1;
                while (v < lend && (*v == ' ' || *v == '\t')) v++;
                if (v < lend && *v == ',') {
                    v++;
                    while (v < lend && (*v == ' ' || *v == '\t')) v++;
                    if (v < lend && *v == '"') continue;
                    st = cc_fail(err, CC_ERR_FORMAT, "%s: expected a quoted string after ','", where);
                    goto done;
                }
                break;
            }
            if (v < lend && *v != '#') {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: unexpected text after the quoted value", where);
                goto done;
            }
        } else {
            /* bare value(s): up to a # comment */
            const char *ve = memchr(v, '#', (size_t)(lend - v));
            if (!ve) ve = lend;
            while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t')) ve--;
            if (ve == v) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: '%s' has no value", where, key);
                goto done;
            }
            if (k->kind == K_STR || k->kind == K_STRLIST || k->kind == K_DATE) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: the value of '%s' must be quoted", where, key);
                goto done;
            }
            memcpy(buf, v, (size_t)(ve - v));
            buf[ve - v] = '\0';
            if (k->kind == K_IDLIST) {
                n = split_commas(buf, vals, sizeof vals / sizeof vals[0]);
                if (n > sizeof vals / sizeof vals[0]) {
                    st = cc_fail(err, CC_ERR_RANGE, "%s: too many values", where);
                    goto done;
                }
            } else {
                vals[0] = buf;
                n = 1;
            }
        }
        if ((st = apply(c, k, vals, n, where, err)) != CC_OK) goto done;
    }
done:
    free(buf);
    return st;
}

cc_status cc_config_load(cc_model_config *c, const char *path, cc_error *err) {
    cc_status st = CC_OK;
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    size_t n = 0, cap = 0;
    if (!f) return cc_fail(err, CC_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    for (;;) {
        if (n + 4096 > cap) {
            cap = cap ? cap * 2 : 8192;
            if (cap > (16u << 20)) {
                st = cc_fail(err, CC_ERR_RANGE, "%s: larger than 16 MiB; not a configuration file", path);
                goto done;
            }
            char *t = realloc(text, cap);
            if (!t) {
                st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
                goto done;
            }
            text = t;
        }
        size_t r = fread(text + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
    }
    if (ferror(f)) {
        st = cc_fail(err, CC_ERR_IO, "%s: read error", path);
        goto done;
    }
    st = cc_config_parse(c, text ? text : "", n, path, err);
done:
    fclose(f);
    free(text);
    return st;
}
