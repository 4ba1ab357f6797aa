/* tokenizer.c - byte-level BPE: pre-tokenizer regexes, merge by rank, caches,
 * exact and incremental UTF-8-safe decoding.  See tokenizer.h for the contract.
 *
 * Internally every token is kept as the raw bytes it stands for (the
 * byte-level alphabet is undone once, at build time), so the encoder works on
 * the input bytes directly: piece -> (whole-piece lookup | bytes -> merge loop). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "tokenizer.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- small buffers */

cc_status cc_tokens_push(cc_tokens *t, int32_t id, cc_error *err) {
    if (t->n == t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 64;
        size_t bytes;
        if (!cc_mul_size(ncap, sizeof *t->ids, &bytes)) return cc_fail(err, CC_ERR_NOMEM, "token list too long");
        int32_t *p = realloc(t->ids, bytes);
        if (!p) return cc_fail(err, CC_ERR_NOMEM, "out of memory growing a token list to %zu ids", ncap);
        t->ids = p;
        t->cap = ncap;
    }
    t->ids[t->n++] = id;
    return CC_OK;
}

void cc_tokens_free(cc_tokens *t) {
    free(t->ids);
    t->ids = NULL;
    t->n = t->cap = 0;
}

cc_status cc_bytes_append(cc_bytes *b, const void *p, size_t n, cc_error *err) {
    size_t need;
    if (!cc_add_size(b->len, n, &need) || !cc_add_size(need, 1, &need))
        return cc_fail(err, CC_ERR_NOMEM, "byte buffer too long");
    if (need > b->cap) {
        size_t ncap = b->cap ? b->cap : 256;
        while (ncap < need) {
            if (!cc_mul_size(ncap, 2, &ncap)) return cc_fail(err, CC_ERR_NOMEM, "byte buffer too long");
        }
        char *q = realloc(b->data, ncap);
        if (!q) return cc_fail(err, CC_ERR_NOMEM, "out of memory growing a byte buffer to %zu bytes", ncap);
        b->data = q;
        b->cap = ncap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return CC_OK;
}

void cc_bytes_free(cc_bytes *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---------------------------------------------------------------- UTF-8 */

/* Classify the sequence at s[0..n): 1 valid (*clen its length), 0 invalid
 * (*clen = bytes of the maximal invalid subpart, >= 1), -1 a valid but
 * truncated prefix (n too short to tell). */
static int utf8_seq(const unsigned char *s, size_t n, size_t *clen) {
    unsigned char c = s[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
        *clen = 1;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *clen = 1;
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n) {
            *clen = i;
            return -1;
        }
        unsigned char d = s[i];
        unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            *clen = i;
            return 0;
        }
    }
    *clen = need + 1;
    return 1;
}

bool cc_tok_utf8_valid(const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        size_t cl;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        if (utf8_seq(s + i, len - i, &cl) != 1) return false;
        i += cl;
    }
    return true;
}

size_t cc_utf8_sanitize(const unsigned char *s, size_t len, bool final, cc_bytes *out, cc_error *err,
                        cc_status *st) {
    static const unsigned char repl[3] = {0xEF, 0xBF, 0xBD};
    size_t i = 0, run = 0; /* run: start of the pending valid span */
    *st = CC_OK;
    while (i < len) {
        size_t cl;
        int v = s[i] < 0x80 ? (cl = 1, 1) : utf8_seq(s + i, len - i, &cl);
        if (v == 1) {
            i += cl;
            continue;
        }
        if (v == -1 && !final) break; /* keep the truncated tail for later */
        if ((*st = cc_bytes_append(out, s + run, i - run, err)) != CC_OK) return 0;
        if ((*st = cc_bytes_append(out, repl, 3, err)) != CC_OK) return 0;
        i += cl;
        run = i;
    }
    if ((*st = cc_bytes_append(out, s + run, i - run, err)) != CC_OK) return 0;
    return len - i;
}

/* ---------------------------------------------------------------- byte-level alphabet */

static bool byte_is_printable(unsigned b) {
    return (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
}

uint32_t cc_byte_level_cp(unsigned char b) {
    if (byte_is_printable(b)) return b;
    uint32_t k = 0;
    for (unsigned x = 0; x < b; x++)
        if (!byte_is_printable(x)) k++;
    return 256 + k;
}

/* Decode a byte-level string (UTF-8 of alphabet code points) into raw bytes
 * written to out (capacity >= n).  Returns false if a code point is outside
 * the alphabet or the UTF-8 is malformed. */
static bool byte_level_decode(const int16_t *inv, const char *s, size_t n, unsigned char *out, size_t *out_len) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t cp;
        size_t cl;
        if (utf8_seq(u + i, n - i, &cl) != 1) return false;
        if (cl == 1) cp = u[i];
        else if (cl == 2) cp = ((uint32_t)(u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
        else return false; /* every alphabet code point is below U+0800 */
        if (cp >= 324 || inv[cp] < 0) return false;
        out[o++] = (unsigned char)inv[cp];
        i += cl;
    }
    *out_len = o;
    return true;
}

/* ---------------------------------------------------------------- hashing */

static uint64_t hash_bytes(const unsigned char *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325ull ^ (n * 0x9E3779B97F4A7C15ull);
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
}

static uint64_t hash_u64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

static size_t table_size_for(size_t n) {
    size_t s = 16;
    while (s < n * 2 + 16) s <<= 1;
    return s;
}

/* One merge rule in the open-addressing table; key 0 = empty slot. */
typedef struct {
    uint64_t key;   /* ((left id) << 32 | right id) + 1 */
    int32_t rank;   /* position in the merge list; lower merges first */
    int32_t merged; /* id of left+right */
} merge_slot;

/* One cached pre-token -> ids result. */
typedef struct {
    uint64_t hash;    /* hash_bytes of the piece; 0 = empty slot */
    uint32_t key_off; /* piece bytes at cache_keys + key_off */
    uint32_t ids_off; /* ids at cache_ids + ids_off */
    uint16_t key_len; /* piece length (<= CACHE_MAX_PIECE) */
    uint16_t n_ids;   /* number of ids */
} cache_slot;

#define CACHE_SLOTS (1u << 16)
#define CACHE_MAX_PIECE 128
#define CACHE_KEY_BYTES (4u << 20)
#define CACHE_ID_CAP (1u << 20)

/* One candidate merge in the priority queue. */
typedef struct {
    int32_t rank;   /* merge rank (primary key, lower first) */
    int32_t pos;    /* left symbol index (secondary key, lower first) */
    int32_t rpos;   /* right symbol index when queued */
    int32_t lid;    /* left id when queued */
    int32_t rid;    /* right id when queued */
    int32_t merged; /* resulting id */
} heap_entry;

#define MAX_STAGES 2

struct cc_tokenizer {
    int32_t n_vocab;         /* number of ids */
    char *pool;              /* all token bytes back to back */
    size_t *off;             /* [n_vocab] offset of each token's bytes in pool */
    uint32_t *len;           /* [n_vocab] byte length of each token */
    uint8_t *type;           /* [n_vocab] CC_TOKTYPE_* */
    int32_t *vocab;          /* [vocab_mask+1] open addressing: id of NORMAL token by bytes, -1 empty */
    size_t vocab_mask;       /* table size - 1 */
    merge_slot *merges;      /* [merge_mask+1] (left,right) -> rank, merged */
    size_t merge_mask;       /* table size - 1 */
    int32_t byte_id[256];    /* token of each single byte */
    bool ignore_merges;      /* a piece that is itself a token is not merged (Llama 3) */
    char pre[32];            /* pre-tokenizer name */
    int n_stages;            /* regex stages applied in sequence */
    pcre2_code *re[MAX_STAGES];         /* compiled stage regexes */
    pcre2_match_data *md;               /* match data shared by the stages */
    pcre2_match_context *mctx;          /* match context carrying the JIT stack */
    pcre2_jit_stack *jit_stack;         /* JIT stack for long whitespace runs */
    bool jit[MAX_STAGES];               /* stage has JIT code */
    int32_t bos, eos, eot, eom, pad;    /* special ids, -1 absent */
    bool add_bos;                       /* model expects BOS */
    char *chat_template;                /* model's template text or NULL */
    char *arch;                         /* architecture or NULL */
    /* BPE scratch */
    int32_t *sym_id, *sym_next, *sym_prev; /* [sym_cap] symbols of the piece being merged */
    size_t sym_cap;                        /* symbols allocated */
    heap_entry *heap;                      /* [heap_cap] merge candidates */
    size_t heap_cap;                       /* entries allocated */
    /* pre-token cache */
    cache_slot *cache;        /* [CACHE_SLOTS] */
    unsigned char *cache_keys; /* [CACHE_KEY_BYTES] */
    int32_t *cache_ids;        /* [CACHE_ID_CAP] */
    uint32_t cache_key_used, cache_id_used, cache_count; /* fill levels */
};

static int32_t vocab_find(const cc_tokenizer *t, const unsigned char *p, size_t n) {
    size_t i = hash_bytes(p, n) & t->vocab_mask;
    for (;;) {
        int32_t id = t->vocab[i];
        if (id < 0) return -1;
        if (t->len[id] == n && memcmp(t->pool + t->off[id], p, n) == 0) return id;
        i = (i + 1) & t->vocab_mask;
    }
}

static const merge_slot *merge_find(const cc_tokenizer *t, int32_t l, int32_t r) {
    uint64_t key = (((uint64_t)(uint32_t)l << 32) | (uint32_t)r) + 1;
    size_t i = hash_u64(key) & t->merge_mask;
    for (;;) {
        const merge_slot *s = &t->merges[i];
        if (s->key == key) return s;
        if (s->key == 0) return NULL;
        i = (i + 1) & t->merge_mask;
    }
}

/* ---------------------------------------------------------------- pre-tokenizer regexes */

/* Oniguruma's \s (Unicode White_Space), which the reference tokenizers use; PCRE2's
 * \s also takes U+180E, so the class is spelled out. */
#define WS "\\t-\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}"

static const char RE_LLAMA3[] =
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^" WS "\\p{L}\\p{N}]+[\\r\\n]*"
    "|[" WS "]*[\\r\\n]+|[" WS "]+(?![^" WS "])|[" WS "]+";
static const char RE_GPT2[] =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^" WS "\\p{L}\\p{N}]+|[" WS "]+(?![^" WS "])|[" WS "]+";
static const char RE_DIGIT[] = "\\p{N}";

static cc_status compile_stage(cc_tokenizer *t, int k, const char *pat, cc_error *err) {
    int ec;
    PCRE2_SIZE eo;
    t->re[k] = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
                             &ec, &eo, NULL);
    if (!t->re[k]) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        return cc_fail(err, CC_ERR_INVALID, "pre-tokenizer '%s': regex error at %zu: %s", t->pre, (size_t)eo,
                       (const char *)msg);
    }
    t->jit[k] = pcre2_jit_compile(t->re[k], PCRE2_JIT_COMPLETE) == 0;
    return CC_OK;
}

static cc_status setup_pretokenizer(cc_tokenizer *t, const char *pre, int *ignore_default, cc_error *err) {
    cc_status st;
    if (!pre || !*pre) pre = "gpt2";
    snprintf(t->pre, sizeof t->pre, "%s", pre);
    if (strcmp(pre, "llama-bpe") == 0 || strcmp(pre, "llama3") == 0 || strcmp(pre, "llama-v3") == 0) {
        *ignore_default = 1;
        t->n_stages = 1;
        if ((st = compile_stage(t, 0, RE_LLAMA3, err)) != CC_OK) return st;
    } else if (strcmp(pre, "smollm") == 0) {
        *ignore_default = 0;
        t->n_stages = 2;
        if ((st = compile_stage(t, 0, RE_DIGIT, err)) != CC_OK) return st;
        if ((st = compile_stage(t, 1, RE_GPT2, err)) != CC_OK) return st;
    } else if (strcmp(pre, "gpt2") == 0 || strcmp(pre, "gpt-2") == 0) {
        *ignore_default = 0;
        t->n_stages = 1;
        if ((st = compile_stage(t, 0, RE_GPT2, err)) != CC_OK) return st;
    } else {
        return cc_fail(err, CC_ERR_UNSUPPORTED,
                       "pre-tokenizer '%s' is not supported (known: llama-bpe, smollm, gpt2)", pre);
    }
    t->md = pcre2_match_data_create(4, NULL);
    t->mctx = pcre2_match_context_create(NULL);
    t->jit_stack = pcre2_jit_stack_create(64 * 1024, 16 * 1024 * 1024, NULL);
    if (!t->md || !t->mctx || !t->jit_stack) return cc_fail(err, CC_ERR_NOMEM, "out of memory for regex state");
    pcre2_jit_stack_assign(t->mctx, NULL, t->jit_stack);
    return CC_OK;
}

/* ---------------------------------------------------------------- build */

cc_tok_spec cc_tok_spec_init(void) {
    cc_tok_spec s;
    memset(&s, 0, sizeof s);
    s.ignore_merges = -1;
    s.bos_id = s.eos_id = s.eot_id = s.eom_id = s.pad_id = s.unk_id = -1;
    return s;
}

static char *dup_or_null(const char *s) {
    return s ? strdup(s) : NULL;
}

static bool is_literal_type(int ty) {
    return ty == CC_TOKTYPE_CONTROL || ty == CC_TOKTYPE_USER_DEFINED || ty == CC_TOKTYPE_UNKNOWN ||
           ty == CC_TOKTYPE_UNUSED;
}

cc_status cc_tokenizer_build(const cc_tok_spec *spec, cc_tokenizer **out, cc_error *err) {
    cc_status st = CC_OK;
    const char *src = spec->source ? spec->source : "tokenizer";
    cc_tokenizer *t = calloc(1, sizeof *t);
    unsigned char *tmp = NULL;
    int16_t inv[324];
    *out = NULL;
    if (!t) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    if (spec->n_tokens == 0 || spec->n_tokens > INT32_MAX / 2) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: vocabulary size %zu is out of range", src, spec->n_tokens);
        goto done;
    }
    t->n_vocab = (int32_t)spec->n_tokens;
    for (int i = 0; i < 324; i++) inv[i] = -1;
    for (int b = 0; b < 256; b++) inv[cc_byte_level_cp((unsigned char)b)] = (int16_t)b;

    /* token bytes */
    size_t total = 0, maxlen = 0;
    for (size_t i = 0; i < spec->n_tokens; i++) {
        if (!spec->tokens[i]) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: token %zu has no text", src, i);
            goto done;
        }
        size_t l = spec->token_lens ? spec->token_lens[i] : strlen(spec->tokens[i]);
        if (l > 65535) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: token %zu is %zu bytes long", src, i, l);
            goto done;
        }
        total += l;
        if (l > maxlen) maxlen = l;
    }
    t->pool = malloc(total + 1);
    t->off = malloc(spec->n_tokens * sizeof *t->off);
    t->len = malloc(spec->n_tokens * sizeof *t->len);
    t->type = malloc(spec->n_tokens);
    tmp = malloc(maxlen * 2 + 2);
    size_t vsize = table_size_for(spec->n_tokens);
    t->vocab = malloc(vsize * sizeof *t->vocab);
    if (!t->pool || !t->off || !t->len || !t->type || !tmp || !t->vocab) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %zu tokens", src, spec->n_tokens);
        goto done;
    }
    t->vocab_mask = vsize - 1;
    memset(t->vocab, 0xff, vsize * sizeof *t->vocab);
    size_t pos = 0;
    for (size_t i = 0; i < spec->n_tokens; i++) {
        const char *s = spec->tokens[i];
        size_t l = spec->token_lens ? spec->token_lens[i] : strlen(s);
        int ty = spec->token_types ? spec->token_types[i] : CC_TOKTYPE_NORMAL;
        if (ty < CC_TOKTYPE_NORMAL || ty > CC_TOKTYPE_BYTE) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: token %zu has unknown type %d", src, i, ty);
            goto done;
        }
        if (ty == CC_TOKTYPE_BYTE) {
            st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: token %zu is a SentencePiece byte token; only byte-level BPE "
                         "vocabularies are supported", src, i);
            goto done;
        }
        t->type[i] = (uint8_t)ty;
        t->off[i] = pos;
        if (is_literal_type(ty)) {
            memcpy(t->pool + pos, s, l);
            t->len[i] = (uint32_t)l;
        } else {
            size_t bl;
            if (!byte_level_decode(inv, s, l, (unsigned char *)t->pool + pos, &bl)) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: token %zu ('%.*s') is not in the byte-level alphabet", src, i,
                             (int)(l < 40 ? l : 40), s);
                goto done;
            }
            t->len[i] = (uint32_t)bl;
            if (bl == 0) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: token %zu is empty", src, i);
                goto done;
            }
            if (vocab_find(t, (unsigned char *)t->pool + pos, bl) < 0) {
                size_t k = hash_bytes((unsigned char *)t->pool + pos, bl) & t->vocab_mask;
                while (t->vocab[k] >= 0) k = (k + 1) & t->vocab_mask;
                t->vocab[k] = (int32_t)i;
            }
        }
        pos += t->len[i];
    }
    for (int b = 0; b < 256; b++) {
        unsigned char c = (unsigned char)b;
        t->byte_id[b] = vocab_find(t, &c, 1);
        if (t->byte_id[b] < 0 && spec->unk_id >= 0 && spec->unk_id < t->n_vocab) t->byte_id[b] = spec->unk_id;
        if (t->byte_id[b] < 0) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: the vocabulary has no token for byte 0x%02X and no unknown token",
                         src, b);
            goto done;
        }
    }

    /* merges */
    size_t msize = table_size_for(spec->n_merges);
    t->merges = calloc(msize, sizeof *t->merges);
    if (!t->merges) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %zu merges", src, spec->n_merges);
        goto done;
    }
    t->merge_mask = msize - 1;
    if (spec->n_merges > INT32_MAX) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: %zu merges is too many", src, spec->n_merges);
        goto done;
    }
    for (size_t r = 0; r < spec->n_merges; r++) {
        const char *m = spec->merges[r];
        const char *sp = m ? strchr(m, ' ') : NULL;
        if (!sp || sp == m || !sp[1] || strchr(sp + 1, ' ')) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: merge %zu ('%.60s') is not 'left right'", src, r, m ? m : "");
            goto done;
        }
        size_t ll = (size_t)(sp - m), rl = strlen(sp + 1), lb, rb;
        unsigned char *buf = NULL;
        size_t need = (ll + rl) * 2 + 2;
        buf = malloc(need);
        if (!buf) {
            st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
            goto done;
        }
        bool ok = byte_level_decode(inv, m, ll, buf, &lb) && byte_level_decode(inv, sp + 1, rl, buf + lb, &rb);
        int32_t lid = ok ? vocab_find(t, buf, lb) : -1;
        int32_t rid = ok ? vocab_find(t, buf + lb, rb) : -1;
        int32_t mid = ok ? vocab_find(t, buf, lb + rb) : -1;
        free(buf);
        if (lid < 0 || rid < 0 || mid < 0) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: merge %zu ('%.60s') names a token the vocabulary lacks", src, r, m);
            goto done;
        }
        uint64_t key = (((uint64_t)(uint32_t)lid << 32) | (uint32_t)rid) + 1;
        size_t k = hash_u64(key) & t->merge_mask;
        while (t->merges[k].key != 0 && t->merges[k].key != key) k = (k + 1) & t->merge_mask;
        if (t->merges[k].key == 0) { /* first (lowest-rank) rule for a pair wins */
            t->merges[k].key = key;
            t->merges[k].rank = (int32_t)r;
            t->merges[k].merged = mid;
        }
    }

    int ig_default = 0;
    if ((st = setup_pretokenizer(t, spec->pre, &ig_default, err)) != CC_OK) {
        cc_wrap(err, "%s", src);
        goto done;
    }
    t->ignore_merges = spec->ignore_merges < 0 ? ig_default != 0 : spec->ignore_merges != 0;

    int32_t ids[5] = {spec->bos_id, spec->eos_id, spec->eot_id, spec->eom_id, spec->pad_id};
    static const char *names[5] = {"bos", "eos", "eot", "eom", "pad"};
    for (int k = 0; k < 5; k++) {
        if (ids[k] < -1 || ids[k] >= t->n_vocab) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: %s token id %d is outside the vocabulary (0..%d)", src, names[k],
                         ids[k], t->n_vocab - 1);
            goto done;
        }
    }
    t->bos = spec->bos_id;
    t->eos = spec->eos_id;
    t->eot = spec->eot_id;
    t->eom = spec->eom_id;
    t->pad = spec->pad_id;
    t->add_bos = spec->add_bos && t->bos >= 0;
    t->chat_template = dup_or_null(spec->chat_template);
    t->arch = dup_or_null(spec->arch);

    t->cache = calloc(CACHE_SLOTS, sizeof *t->cache);
    t->cache_keys = malloc(CACHE_KEY_BYTES);
    t->cache_ids = malloc(CACHE_ID_CAP * sizeof *t->cache_ids);
    if (!t->cache || !t->cache_keys || !t->cache_ids || (spec->chat_template && !t->chat_template) ||
        (spec->arch && !t->arch)) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
done:
    free(tmp);
    if (st != CC_OK) {
        cc_tokenizer_free(t);
        return st;
    }
    *out = t;
    return CC_OK;
}

void cc_tokenizer_free(cc_tokenizer *t) {
    if (!t) return;
    for (int k = 0; k < MAX_STAGES; k++) pcre2_code_free(t->re[k]);
    pcre2_match_data_free(t->md);
    pcre2_match_context_free(t->mctx);
    pcre2_jit_stack_free(t->jit_stack);
    free(t->pool);
    free(t->off);
    free(t->len);
    free(t->type);
    free(t->vocab);
    free(t->merges);
    free(t->chat_template);
    free(t->arch);
    free(t->sym_id);
    free(t->sym_next);
    free(t->sym_prev);
    free(t->heap);
    free(t->cache);
    free(t->cache_keys);
    free(t->cache_ids);
    free(t);
}

/* ---------------------------------------------------------------- BPE */

static bool heap_less(const heap_entry *a, const heap_entry *b) {
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

static void heap_push(heap_entry *h, size_t *n, heap_entry e) {
    size_t i = (*n)++;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!heap_less(&e, &h[p])) break;
        h[i] = h[p];
        i = p;
    }
    h[i] = e;
}

static heap_entry heap_pop(heap_entry *h, size_t *n) {
    heap_entry top = h[0], last = h[--(*n)];
    size_t i = 0, m = *n;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= m) break;
        if (c + 1 < m && heap_less(&h[c + 1], &h[c])) c++;
        if (!heap_less(&h[c], &last)) break;
        h[i] = h[c];
        i = c;
    }
    if (m) h[i] = last;
    return top;
}

static cc_status ensure_scratch(cc_tokenizer *t, size_t n, cc_error *err) {
    if (n <= t->sym_cap) return CC_OK;
    size_t cap = t->sym_cap ? t->sym_cap : 256, hb;
    while (cap < n) {
        if (!cc_mul_size(cap, 2, &cap)) return cc_fail(err, CC_ERR_NOMEM, "piece too long");
    }
    if (!cc_mul_size(cap, 3 * sizeof(heap_entry), &hb)) return cc_fail(err, CC_ERR_NOMEM, "piece too long");
    int32_t *a = realloc(t->sym_id, cap * sizeof(int32_t));
    if (a) t->sym_id = a;
    int32_t *b = realloc(t->sym_next, cap * sizeof(int32_t));
    if (b) t->sym_next = b;
    int32_t *c = realloc(t->sym_prev, cap * sizeof(int32_t));
    if (c) t->sym_prev = c;
    heap_entry *h = realloc(t->heap, hb);
    if (h) t->heap = h;
    if (!a || !b || !c || !h) return cc_fail(err, CC_ERR_NOMEM, "out of memory for a %zu-byte piece", n);
    t->sym_cap = cap;
    t->heap_cap = cap * 3;
    return CC_OK;
}

static void try_queue(cc_tokenizer *t, size_t *hn, int32_t l) {
    int32_t r = t->sym_next[l];
    if (r < 0) return;
    const merge_slot *m = merge_find(t, t->sym_id[l], t->sym_id[r]);
    if (!m) return;
    heap_entry e = {m->rank, l, r, t->sym_id[l], t->sym_id[r], m->merged};
    heap_push(t->heap, hn, e);
}

static void cache_clear(cc_tokenizer *t) {
    memset(t->cache, 0, CACHE_SLOTS * sizeof *t->cache);
    t->cache_key_used = t->cache_id_used = t->cache_count = 0;
}

static const cache_slot *cache_get(const cc_tokenizer *t, uint64_t h, const unsigned char *p, size_t n) {
    size_t i = h & (CACHE_SLOTS - 1);
    for (;;) {
        const cache_slot *s = &t->cache[i];
        if (s->hash == 0) return NULL;
        if (s->hash == h && s->key_len == n && memcmp(t->cache_keys + s->key_off, p, n) == 0) return s;
        i = (i + 1) & (CACHE_SLOTS - 1);
    }
}

static void cache_put(cc_tokenizer *t, uint64_t h, const unsigned char *p, size_t n, const int32_t *ids, size_t k) {
    if (t->cache_count >= CACHE_SLOTS / 2 || t->cache_key_used + n > CACHE_KEY_BYTES ||
        t->cache_id_used + k > CACHE_ID_CAP)
        cache_clear(t);
    size_t i = h & (CACHE_SLOTS - 1);
    while (t->cache[i].hash != 0) i = (i + 1) & (CACHE_SLOTS - 1);
    cache_slot *s = &t->cache[i];
    s->hash = h;
    s->key_off = t->cache_key_used;
    s->key_len = (uint16_t)n;
    s->ids_off = t->cache_id_used;
    s->n_ids = (uint16_t)k;
    memcpy(t->cache_keys + t->cache_key_used, p, n);
    memcpy(t->cache_ids + t->cache_id_used, ids, k * sizeof *ids);
    t->cache_key_used += (uint32_t)n;
    t->cache_id_used += (uint32_t)k;
    t->cache_count++;
}

/* Encode one pre-token. */
static cc_status bpe_piece(cc_tokenizer *t, const unsigned char *p, size_t n, cc_tokens *out, cc_error *err) {
    cc_status st;
    if (n == 0) return CC_OK;
    if (n == 1) return cc_tokens_push(out, t->byte_id[p[0]], err);
    if (t->ignore_merges) {
        int32_t id = vocab_find(t, p, n);
        if (id >= 0) return cc_tokens_push(out, id, err);
    }
    uint64_t h = 0;
    if (n <= CACHE_MAX_PIECE) {
        h = hash_bytes(p, n) | 1;
        const cache_slot *s = cache_get(t, h, p, n);
        if (s) {
            for (size_t i = 0; i < s->n_ids; i++)
                if ((st = cc_tokens_push(out, t->cache_ids[s->ids_off + i], err)) != CC_OK) return st;
            return CC_OK;
        }
    }
    if (n > INT32_MAX / 4) return cc_fail(err, CC_ERR_RANGE, "a %zu-byte pre-token is too long", n);
    if ((st = ensure_scratch(t, n, err)) != CC_OK) return st;
    int32_t *id = t->sym_id, *nx = t->sym_next, *pv = t->sym_prev;
    for (size_t i = 0; i < n; i++) {
        id[i] = t->byte_id[p[i]];
        nx[i] = i + 1 < n ? (int32_t)(i + 1) : -1;
        pv[i] = (int32_t)i - 1;
    }
    size_t hn = 0;
    for (size_t i = 0; i + 1 < n; i++) try_queue(t, &hn, (int32_t)i);
    while (hn > 0) {
        heap_entry e = heap_pop(t->heap, &hn);
        if (id[e.pos] != e.lid || nx[e.pos] != e.rpos || id[e.rpos] != e.rid) continue; /* stale */
        id[e.pos] = e.merged;
        int32_t nn = nx[e.rpos];
        id[e.rpos] = -1;
        nx[e.pos] = nn;
        if (nn >= 0) pv[nn] = e.pos;
        if (pv[e.pos] >= 0) try_queue(t, &hn, pv[e.pos]);
        try_queue(t, &hn, e.pos);
    }
    size_t first = out->n;
    for (int32_t i = 0; i >= 0; i = nx[i])
        if ((st = cc_tokens_push(out, id[i], err)) != CC_OK) return st;
    if (h && out->n - first <= n) cache_put(t, h, p, n, out->ids + first, out->n - first);
    return CC_OK;
}

/* ---------------------------------------------------------------- pre-tokenization */

typedef cc_status (*piece_fn)(cc_tokenizer *t, const unsigned char *p, size_t n, void *ctx, cc_error *err);

static cc_status split_stage(cc_tokenizer *t, int k, const unsigned char *p, size_t n, piece_fn fn, void *ctx,
                             cc_error *err) {
    cc_status st;
    if (k == t->n_stages) return fn(t, p, n, ctx, err);
    size_t start = 0, at = 0;
    while (at < n) {
        int rc = t->jit[k] ? pcre2_jit_match(t->re[k], p, n, at, 0, t->md, t->mctx)
                           : pcre2_match(t->re[k], p, n, at, 0, t->md, t->mctx);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(rc, msg, sizeof msg);
            return cc_fail(err, CC_ERR_INVALID, "pre-tokenizer '%s' failed at byte %zu: %s", t->pre, at,
                           (const char *)msg);
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(t->md);
        size_t ms = ov[0], me = ov[1];
        if (me <= ms) { /* no pattern here matches empty; be safe anyway */
            at = ms + 1;
            continue;
        }
        if (ms > start && (st = split_stage(t, k + 1, p + start, ms - start, fn, ctx, err)) != CC_OK) return st;
        if ((st = split_stage(t, k + 1, p + ms, me - ms, fn, ctx, err)) != CC_OK) return st;
        start = at = me;
    }
    if (start < n) return split_stage(t, k + 1, p + start, n - start, fn, ctx, err);
    return CC_OK;
}

static cc_status encode_piece_cb(cc_tokenizer *t, const unsigned char *p, size_t n, void *ctx, cc_error *err) {
    return bpe_piece(t, p, n, (cc_tokens *)ctx, err);
}

cc_status cc_tokenizer_encode(cc_tokenizer *t, const char *text, size_t len, bool add_bos, cc_tokens *out,
                              cc_error *err) {
    cc_status st;
    if (add_bos) {
        if (t->bos < 0) return cc_fail(err, CC_ERR_INVALID, "BOS requested but the model defines no BOS token");
        if ((st = cc_tokens_push(out, t->bos, err)) != CC_OK) return st;
    }
    if (len == 0) return CC_OK;
    return split_stage(t, 0, (const unsigned char *)text, len, encode_piece_cb, out, err);
}

/* Carries the user callback through split_stage. */
typedef struct {
    void (*fn)(void *ctx, const char *piece, size_t n); /* user callback */
    void *ctx;                                          /* its context */
} pretok_ctx;

static cc_status pretok_cb(cc_tokenizer *t, const unsigned char *p, size_t n, void *ctx, cc_error *err) {
    pretok_ctx *c = ctx;
    c->fn(c->ctx, (const char *)p, n);
    return CC_OK;
}

cc_status cc_tokenizer_pretokenize(cc_tokenizer *t, const char *text, size_t len,
                                   void (*fn)(void *ctx, const char *piece, size_t n), void *ctx, cc_error *err) {
    pretok_ctx c = {fn, ctx};
    if (len == 0) return CC_OK;
    return split_stage(t, 0, (const unsigned char *)text, len, pretok_cb, &c, err);
}

/* ---------------------------------------------------------------- decoding */

cc_status cc_tokenizer_decode(const cc_tokenizer *t, const int32_t *ids, size_t n, cc_bytes *out, cc_error *err) {
    cc_status st;
    for (size_t i = 0; i < n; i++) {
        if (ids[i] < 0 || ids[i] >= t->n_vocab)
            return cc_fail(err, CC_ERR_RANGE, "token id %d at position %zu is outside the vocabulary (0..%d)", ids[i],
                           i, t->n_vocab - 1);
        if ((st = cc_bytes_append(out, t->pool + t->off[ids[i]], t->len[ids[i]], err)) != CC_OK) return st;
    }
    return CC_OK;
}

void cc_tok_stream_init(cc_tok_stream *s) {
    memset(s, 0, sizeof *s);
}

cc_status cc_tok_stream_push(cc_tok_stream *s, const cc_tokenizer *t, int32_t id, cc_bytes *out, cc_error *err) {
    cc_status st = CC_OK;
    if (id < 0 || id >= t->n_vocab)
        return cc_fail(err, CC_ERR_RANGE, "token id %d is outside the vocabulary (0..%d)", id, t->n_vocab - 1);
    size_t n = t->len[id], total = s->npend + n;
    unsigned char small[256];
    unsigned char *buf = total <= sizeof small ? small : malloc(total);
    if (!buf) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    memcpy(buf, s->pend, s->npend);
    memcpy(buf + s->npend, t->pool + t->off[id], n);
    size_t kept = cc_utf8_sanitize(buf, total, false, out, err, &st);
    if (st == CC_OK) { /* kept < 4: a truncated prefix is at most 3 bytes */
        memcpy(s->pend, buf + total - kept, kept);
        s->npend = kept;
    }
    if (buf != small) free(buf);
    return st;
}

cc_status cc_tok_stream_finish(cc_tok_stream *s, cc_bytes *out, cc_error *err) {
    cc_status st = CC_OK;
    cc_utf8_sanitize(s->pend, s->npend, true, out, err, &st);
    s->npend = 0;
    return st;
}

/* ---------------------------------------------------------------- accessors */

int32_t cc_tokenizer_n_vocab(const cc_tokenizer *t) { return t->n_vocab; }

const char *cc_tokenizer_piece(const cc_tokenizer *t, int32_t id, size_t *len) {
    if (id < 0 || id >= t->n_vocab) return NULL;
    if (len) *len = t->len[id];
    return t->pool + t->off[id];
}

int cc_tokenizer_type(const cc_tokenizer *t, int32_t id) {
    return id < 0 || id >= t->n_vocab ? 0 : t->type[id];
}

int32_t cc_tokenizer_special_id(const cc_tokenizer *t, const char *text) {
    size_t n = strlen(text);
    for (int32_t i = 0; i < t->n_vocab; i++)
        if ((t->type[i] == CC_TOKTYPE_CONTROL || t->type[i] == CC_TOKTYPE_USER_DEFINED) && t->len[i] == n &&
            memcmp(t->pool + t->off[i], text, n) == 0)
            return i;
    return -1;
}

int32_t cc_tokenizer_bos(const cc_tokenizer *t) { return t->bos; }
int32_t cc_tokenizer_eos(const cc_tokenizer *t) { return t->eos; }
int32_t cc_tokenizer_eot(const cc_tokenizer *t) { return t->eot; }
int32_t cc_tokenizer_eom(const cc_tokenizer *t) { return t->eom; }
bool cc_tokenizer_add_bos(const cc_tokenizer *t) { return t->add_bos; }
const char *cc_tokenizer_pre_name(const cc_tokenizer *t) { return t->pre; }
const char *cc_tokenizer_chat_template(const cc_tokenizer *t) { return t->chat_template; }
const char *cc_tokenizer_arch(const cc_tokenizer *t) { return t->arch; }
