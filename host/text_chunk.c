/* text_chunk.c - chunk splitting and joining (see text_chunk.h). */
#include "text_chunk.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

const char *cc_split_level_name(cc_split_level l) {
    static const char *names[] = {"paragraph", "line", "sentence", "word", "char"};
    return l <= CC_SPLIT_CHAR ? names[l] : "?";
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

/* Length of the separator at level lvl starting at s[i] (a white-space run
 * that qualifies), or 0.  Only called where s[i] is white space. */
static size_t sep_len_at(const char *s, size_t i, size_t end, cc_split_level lvl) {
    size_t j = i, newlines = 0;
    while (j < end && is_ws(s[j])) newlines += s[j++] == '\n';
    switch (lvl) {
    case CC_SPLIT_PARAGRAPH: return newlines >= 2 ? j - i : 0;
    case CC_SPLIT_LINE: return newlines >= 1 ? j - i : 0;
    case CC_SPLIT_SENTENCE: return i > 0 && (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?' || s[i - 1] == ';') ? j - i : 0;
    case CC_SPLIT_WORD: return j - i;
    default: return 0;
    }
}

typedef struct {
    const char *s;           /* the whole source */
    int32_t max;             /* token budget per chunk */
    cc_token_count_fn count; /* tokenizer callback */
    void *ctx;               /* its context */
    cc_chunk *v;             /* chunks so far */
    size_t n, cap;           /* used / allocated */
    cc_split_level deepest;  /* finest level used */
    cc_error *err;           /* where failures go */
} splitter;

static cc_status push_chunk(splitter *sp, size_t off, size_t len, int32_t tokens) {
    if (sp->n == sp->cap) {
        size_t cap = sp->cap ? sp->cap * 2 : 8, bytes;
        if (!cc_mul_size(cap, sizeof *sp->v, &bytes)) return cc_fail(sp->err, CC_ERR_NOMEM, "too many chunks");
        cc_chunk *nv = realloc(sp->v, bytes);
        if (!nv) return cc_fail(sp->err, CC_ERR_NOMEM, "out of memory splitting a note");
        sp->v = nv;
        sp->cap = cap;
    }
    /* The gap of the previous chunk reaches up to this one. */
    if (sp->n) sp->v[sp->n - 1].gap_len = off - (sp->v[sp->n - 1].off + sp->v[sp->n - 1].len);
    sp->v[sp->n++] = (cc_chunk){.off = off, .len = len, .gap_len = 0, .tokens = tokens};
    return CC_OK;
}

static cc_status split_range(splitter *sp, size_t start, size_t end, cc_split_level lvl);

/* Character level: the longest prefix ending on a character boundary that
 * fits, found by galloping then binary search on the byte length (so the cost
 * follows the chunk size, not the remaining text), repeatedly. */
typedef struct {
    splitter *sp;      /* the split in progress */
    size_t start, end; /* range being cut */
    size_t best;       /* longest fitting length seen */
    int32_t best_tok;  /* its tokens */
} char_probe;

/* Does the prefix of about len bytes (snapped back to a boundary) fit? */
static cc_status probe_fits(char_probe *cp, size_t len, bool *fits) {
    const uint8_t *p = (const uint8_t *)cp->sp->s;
    size_t cut = cp->start + len;
    while (cut > cp->start && cut < cp->end && (p[cut] & 0xC0) == 0x80) cut--;
    size_t n = cut - cp->start;
    *fits = false;
    if (n == 0) return CC_OK;
    int32_t t;
    cc_status st = cp->sp->count(cp->sp->ctx, cp->sp->s + cp->start, n, &t, cp->sp->err);
    if (st != CC_OK) return st;
    if (t <= cp->sp->max) {
        *fits = true;
        if (n > cp->best) cp->best = n, cp->best_tok = t;
    }
    return CC_OK;
}

static cc_status split_chars(splitter *sp, size_t start, size_t end) {
    while (start < end) {
        char_probe cp = {.sp = sp, .start = start, .end = end};
        size_t rem = end - start, lo = 0, hi = 8 < rem ? 8 : rem;
        bool fits;
        cc_status st;
        for (;;) { /* gallop: lo fits (or is 0), find hi that does not */
            if ((st = probe_fits(&cp, hi, &fits)) != CC_OK) return st;
            if (!fits) break;
            lo = hi;
            if (hi == rem) break;
            hi = hi * 2 < rem ? hi * 2 : rem;
        }
        if (fits) hi = lo; /* everything left fits */
        else hi--;
        while (lo < hi) {
            size_t mid = lo + (hi - lo + 1) / 2;
            if ((st = probe_fits(&cp, mid, &fits)) != CC_OK) return st;
            if (fits) lo = mid;
            else hi = mid - 1;
        }
        if (cp.best == 0)
            return cc_fail(sp->err, CC_ERR_RANGE, "a single character at byte %zu takes more than %d tokens", start,
                           sp->max);
        if ((st = push_chunk(sp, start, cp.best, cp.best_tok)) != CC_OK) return st;
        start += cp.best;
    }
    return CC_OK;
}

/* Greedily pack the units of [start,end) at level lvl into chunks that fit;
 * a unit that alone does not fit is split at the next finer level. */
static cc_status split_range(splitter *sp, size_t start, size_t end, cc_split_level lvl) {
    if (lvl == CC_SPLIT_CHAR) {
        if (sp->deepest < CC_SPLIT_CHAR) sp->deepest = CC_SPLIT_CHAR;
        return split_chars(sp, start, end);
    }
    const char *s = sp->s;
    size_t cur_start = start, cur_end = start; /* chunk being built; empty when cur_end == cur_start */
    int32_t cur_tok = 0;
    size_t u = start;
    while (u < end) {
        /* The next unit runs from u to the next separator at this level (or end). */
        size_t ue = u, sep = 0;
        while (ue < end) {
            if (is_ws(s[ue]) && (sep = sep_len_at(s, ue, end, lvl)) > 0) break;
            ue++;
        }
        if (ue == u) { /* empty unit (separator right at the start) */
            u += sep ? sep : 1;
            continue;
        }
        size_t cand_start = cur_end > cur_start ? cur_start : u;
        int32_t t;
        cc_status st = sp->count(sp->ctx, s + cand_start, ue - cand_start, &t, sp->err);
        if (st != CC_OK) return st;
        if (t <= sp->max) {
            cur_start = cand_start;
            cur_end = ue;
            cur_tok = t;
        } else {
            if (cur_end > cur_start) { /* close the chunk and retry this unit alone */
                if ((st = push_chunk(sp, cur_start, cur_end - cur_start, cur_tok)) != CC_OK) return st;
                cur_start = cur_end = u;
                continue;
            }
            /* The unit alone is too big: go finer. */
            cc_split_level next = (cc_split_level)(lvl + 1);
            if (sp->deepest < next) sp->deepest = next;
            if ((st = split_range(sp, u, ue, next)) != CC_OK) return st;
            cur_start = cur_end = ue;
        }
        u = ue + sep;
    }
    if (cur_end > cur_start) return push_chunk(sp, cur_start, cur_end - cur_start, cur_tok);
    return CC_OK;
}

cc_status cc_text_split(const char *text, size_t len, int32_t max_tokens, cc_token_count_fn count, void *count_ctx,
                        cc_chunk **chunks, size_t *n_chunks, cc_split_level *deepest, cc_error *err) {
    *chunks = NULL;
    *n_chunks = 0;
    if (deepest) *deepest = CC_SPLIT_PARAGRAPH;
    if (max_tokens < 1) return cc_fail(err, CC_ERR_RANGE, "chunk budget of %d tokens is too small", max_tokens);
    splitter sp = {.s = text, .max = max_tokens, .count = count, .ctx = count_ctx, .err = err};
    int32_t whole;
    cc_status st = count(count_ctx, text, len, &whole, err);
    if (st != CC_OK) goto done;
    if (whole <= max_tokens) {
        st = push_chunk(&sp, 0, len, whole);
        goto done;
    }
    size_t a = 0, z = len;
    while (a < z && is_ws(text[a])) a++;
    while (z > a && is_ws(text[z - 1])) z--;
    st = split_range(&sp, a, z, CC_SPLIT_PARAGRAPH);
done:
    if (st != CC_OK) {
        free(sp.v);
        return st;
    }
    *chunks = sp.v;
    *n_chunks = sp.n;
    if (deepest) *deepest = sp.deepest;
    return CC_OK;
}

cc_status cc_text_join(const char *src, const cc_chunk *chunks, size_t n_chunks, char *const *outs,
                       const size_t *out_lens, char **out, size_t *out_len, cc_error *err) {
    size_t total = 0;
    for (size_t i = 0; i < n_chunks; i++)
        if (!cc_add_size(total, out_lens[i], &total) ||
            (i + 1 < n_chunks && !cc_add_size(total, chunks[i].gap_len, &total)))
            return cc_fail(err, CC_ERR_NOMEM, "joining chunks: size overflow");
    char *o = malloc(total + 1);
    if (!o) return cc_fail(err, CC_ERR_NOMEM, "joining chunks: out of memory");
    size_t at = 0;
    for (size_t i = 0; i < n_chunks; i++) {
        if (out_lens[i]) memcpy(o + at, outs[i], out_lens[i]);
        at += out_lens[i];
        if (i + 1 < n_chunks && chunks[i].gap_len) {
            memcpy(o + at, src + chunks[i].off + chunks[i].len, chunks[i].gap_len);
            at += chunks[i].gap_len;
        }
    }
    o[at] = '\0';
    *out = o;
    *out_len = at;
    return CC_OK;
}

cc_status cc_token_estimate(void *ctx, const char *text, size_t len, int32_t *n_tokens, cc_error *err) {
    (void)ctx;
    /* Word-piece guess: each run of letters/digits costs one token per 4 bytes
     * (rounded up), every other non-space byte one token. */
    int64_t t = 0;
    size_t run = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)text[i] : ' ';
        bool word = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (word) {
            run++;
            continue;
        }
        t += (int64_t)((run + 3) / 4);
        run = 0;
        if (!is_ws((char)c)) t++;
    }
    if (t > INT32_MAX) return cc_fail(err, CC_ERR_RANGE, "note of %zu bytes is too long to count", len);
    *n_tokens = (int32_t)t;
    return CC_OK;
}
