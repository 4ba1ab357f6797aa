/* guard_shape.c - truncation and degeneration.
 *
 * Truncation: the generator stopped on its length limit (finish reason
 * "length") or failed; the output is empty; the output is far shorter than
 * the source; the output stops mid-sentence where the source ended cleanly;
 * too few of the source's content words reached the output (a lost tail).
 * Degeneration: a word 4-gram repeated three or more times beyond what the
 * source repeats, or a whole sentence repeated, or an output far longer than
 * any faithful rewrite would be. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guard_internal.h"

/* Bounds of output bytes / source bytes for a faithful rewrite: expansions
 * make prose longer than telegraphic notes, never this much shorter or longer. */
#define RATIO_MIN 0.55
#define RATIO_MAX 4.0
/* Share of distinct source content words that must reach the output. */
#define COVERAGE_MIN 0.60
#define NGRAM 4
#define NGRAM_REPEATS 3

static uint64_t mix(uint64_t h, const char *s) {
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (h ^ 0x20) * 1099511628211ull;
}

/* Words that count for n-grams: not punctuation and not function words, so that
 * "BD X 5 DAYS" and "twice daily for 5 days" give the same n-grams. */
static bool ngram_word(const gtok *t) {
    return t->kind == GK_NUM || (t->kind == GK_WORD && !(t->lex & GL_STOP));
}

/* A word of a dosing schedule: a number, a unit, a route, a dosage form or a frequency word.
 * A medication list repeats them ("10 mg tablet once daily" for every drug): an n-gram made
 * only of them is no degeneration. */
static bool schedule_word(const gdoc *d, const gtok *t) {
    if (t->kind == GK_NUM) return true;
    if (t->lex & (GL_FREQWORD | GL_FREQSTART | GL_FORM)) return true;
    const char *w = GT_NORM(d, t);
    /* (and a pack's word: "10 mg/mL, 10 ampoules" for each drug of a box of injections) (guard-61) */
    static const char *const pack[] = {"amp", "amps", "ampoule", "ampoules", "ampule", "ampules", "vial", "vials", NULL};
    for (const char *const *p = pack; (w[0] == 'a' || w[0] == 'v') && *p; p++)
        if (strcmp(w, *p) == 0) return true;
    return glex_unit(w, t->len) != 0 || glex_route(w, t->len) != 0;
}

/* Hashes of word n-grams (stems of ngram_word tokens); 0 for an n-gram of schedule words only. */
static size_t ngram_hashes(const gdoc *d, uint64_t **out) {
    size_t nw = 0;
    for (size_t i = 0; i < d->ntok; i++) nw += ngram_word(&d->tok[i]);
    *out = NULL;
    if (nw < NGRAM) return 0;
    const char **w = malloc(nw * sizeof *w);
    bool *sched = malloc(nw * sizeof *sched);
    uint64_t *h = malloc((nw - NGRAM + 1) * sizeof *h);
    if (!w || !h || !sched) {
        free(w);
        free(sched);
        free(h);
        return 0;
    }
    nw = 0;
    for (size_t i = 0; i < d->ntok; i++)
        if (ngram_word(&d->tok[i])) {
            sched[nw] = schedule_word(d, &d->tok[i]);
            /* (a unit by its canonical name: "1 LTR NS" and "1 litre of normal saline" give the
               same n-grams) (guard-43) */
            const int u = d->tok[i].kind == GK_WORD && i > 0 && d->tok[i - 1].kind == GK_NUM
                              ? glex_unit(GT_NORM(d, &d->tok[i]), d->tok[i].len)
                              : 0;
            w[nw++] = u ? glex_unit_name(u) : GT_STEM(d, &d->tok[i]);
        }
    for (size_t i = 0; i + NGRAM <= nw; i++) {
        uint64_t x = 1469598103934665603ull;
        bool all = true;
        for (int k = 0; k < NGRAM; k++) {
            x = mix(x, w[i + k]);
            all = all && sched[i + k];
        }
        h[i] = all ? 0 : (x ? x : 1);
    }
    free(w);
    free(sched);
    *out = h;
    return nw - NGRAM + 1;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static size_t count_of(const uint64_t *sorted, size_t n, uint64_t v) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (sorted[m] < v) lo = m + 1;
        else hi = m;
    }
    size_t c = 0;
    while (lo + c < n && sorted[lo + c] == v) c++;
    return c;
}

/* Sentence hashes (stems of the sentence's words), for repeated sentences;
 * (*nwords)[k] is the k-th sentence's word count, (*first_tok)[k] its first token. */
static size_t sentence_hashes(const gdoc *d, uint64_t **out, size_t **first_tok, int **nwords) {
    size_t cap = 16, n = 0;
    uint64_t *h = malloc(cap * sizeof *h);
    size_t *ft = malloc(cap * sizeof *ft);
    int *nw = malloc(cap * sizeof *nw);
    *out = NULL;
    *first_tok = NULL;
    *nwords = NULL;
    if (!h || !ft || !nw) goto fail;
    uint64_t x = 1469598103934665603ull;
    int words = 0;
    size_t start = SIZE_MAX;
    for (size_t i = 0; i <= d->ntok; i++) {
        bool end = i == d->ntok || (gdoc_is_sentend(d, i) && d->tok[i].punct != ':' && d->tok[i].punct != ';');
        if (!end) {
            if (d->tok[i].kind == GK_WORD || d->tok[i].kind == GK_NUM) {
                x = mix(x, GT_STEM(d, &d->tok[i]));
                words++;
                if (start == SIZE_MAX) start = i;
            }
            continue;
        }
        if (words >= 1) {
            if (n == cap) {
                uint64_t *nh = realloc(h, cap * 2 * sizeof *h);
                if (!nh) goto fail;
                h = nh;
                size_t *nf = realloc(ft, cap * 2 * sizeof *ft);
                if (!nf) goto fail;
                ft = nf;
                int *nn = realloc(nw, cap * 2 * sizeof *nw);
                if (!nn) goto fail;
                nw = nn;
                cap *= 2;
            }
            h[n] = x;
            ft[n] = start;
            nw[n] = words;
            n++;
        }
        x = 1469598103934665603ull;
        words = 0;
        start = SIZE_MAX;
    }
    *out = h;
    *first_tok = ft;
    *nwords = nw;
    return n;
fail:
    free(h);
    free(ft);
    free(nw);
    return 0;
}

static size_t word_run(const gdoc *d, size_t *at);

/* The rows of a table the text writes with bars ("0200 | PINK | WARM | 2 SEC | +VE"), lines with
 * two bars or more, when there are three or more; else 0 (guard-62). */
static size_t table_rows(const gdoc *d) {
    size_t rows = 0, bars = 0;
    for (size_t k = 0; k <= d->len; k++) {
        if (k == d->len || d->text[k] == '\n') {
            rows += bars >= 2;
            bars = 0;
        } else if (d->text[k] == '|') {
            bars++;
        }
    }
    return rows >= 3 ? rows : 0;
}

/* Is text position at on a line with two bars or more (a table's row or its header)? */
static bool on_table_line(const gdoc *d, size_t at) {
    size_t a = at, b = at, bars = 0;
    while (a > 0 && d->text[a - 1] != '\n') a--;
    while (b < d->len && d->text[b] != '\n') b++;
    for (size_t k = a; k < b; k++) bars += d->text[k] == '|';
    return bars >= 2;
}

/* Does the source say each word of the output's n-gram starting at token tok at least k times?
 * (A word of a table's line counts once for each row: a column's header is said of every row,
 * "TIME | COLOUR | ... | CAP REFILL" -> "capillary refill 2 seconds" at each time.) */
static bool source_says_each(const gctx *c, size_t tok, size_t k, size_t *rows_read) {
    size_t got = 0, short_of = 0; /* (words the source says fewer than k times, but at least once) */
    if (*rows_read == SIZE_MAX) *rows_read = table_rows(c->src); /* (read once, at the first n-gram that asks) */
    const size_t rows = *rows_read;
    for (size_t t = tok; t < c->out->ntok && got < NGRAM; t++) {
        if (!ngram_word(&c->out->tok[t])) continue;
        got++;
        const gtok *o = &c->out->tok[t];
        const char *w = GT_STEM(c->out, o);
        const size_t wl = strlen(w);
        const int ounit = o->kind == GK_WORD ? glex_unit(GT_NORM(c->out, o), o->len) : GU_NONE;
        size_t n = 0;
        for (size_t q = 0; q < c->src->ntok && n < k; q++) {
            const gtok *x = &c->src->tok[q];
            if (o->kind == GK_NUM)
                /* an amount said as often, or a time of day among as many times ("at 9:14" for "@ 0914") */
                n += x->kind == GK_NUM && (o->unit == GU_CLOCK ? x->unit == GU_CLOCK : x->value == o->value);
            else
                /* the word, or a unit glued to the source's amounts ("200 J" for "200J") */
                n += rows > 1 && ngram_word(x) && strcmp(GT_STEM(c->src, x), w) == 0 && on_table_line(c->src, x->start)
                         ? rows
                         : (ngram_word(x) && strcmp(GT_STEM(c->src, x), w) == 0) ||
                     (x->kind == GK_NUM && x->end - x->start > wl && strncasecmp(c->src->text + x->end - wl, w, wl) == 0) ||
                     /* (or clipped: "CONT" for "continue") (guard-51) */
                     (x->kind == GK_WORD && x->len >= 4 && x->len < wl && strncmp(w, GT_NORM(c->src, x), x->len) == 0) ||
                     /* (or the same unit otherwise written: "SEC" for "seconds") (guard-62) */
                     (ounit != GU_NONE && x->kind == GK_WORD && glex_unit(GT_NORM(c->src, x), x->len) == ounit);
        }
        /* (one word of the four may be said fewer times, the others of an abbreviation spelled out
           each time: "R ICA 70-79% STENOSIS, L ICA <50%, R ICA 75%" -> "right internal carotid artery
           stenosis of 70-79%; left internal carotid artery stenosis ...") (guard-57) */
        if (n < k && (n == 0 || ++short_of > 1)) return false;
    }
    return got == NGRAM;
}

static cc_status repetition(gctx *c, cc_error *err) {
    uint64_t *so = NULL, *oo = NULL, *ss = NULL, *os = NULL;
    size_t *sft = NULL, *oft = NULL;
    cc_status st = CC_OK;
    size_t at_o = 0, at_s = 0, ro = word_run(c->out, &at_o), rs = word_run(c->src, &at_s);
    if (ro >= 4 && ro > rs) {
        const gtok *t = &c->out->tok[at_o];
        if (!gctx_reason(c, "repetition", -1, -1, t->start, t->end, "a word repeats %zu times in a row in the output", ro))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
        return CC_OK;
    }
    size_t ns = ngram_hashes(c->src, &so), no = ngram_hashes(c->out, &oo);
    size_t rows = SIZE_MAX; /* the source's table rows, SIZE_MAX until read */
    if (no && oo) {
        uint64_t *sorted = malloc(no * sizeof *sorted);
        if (!sorted) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (n-grams)");
        memcpy(sorted, oo, no * sizeof *sorted);
        qsort(sorted, no, sizeof *sorted, cmp_u64);
        if (so) qsort(so, ns, sizeof *so, cmp_u64);
        for (size_t i = 0; i < no; i++) {
            if (oo[i] == 0) continue; /* schedule words only */
            size_t k = count_of(sorted, no, oo[i]);
            size_t ks = so ? count_of(so, ns, oo[i]) : 0;
            if (k >= NGRAM_REPEATS && k > ks + 1) {
                /* locate the i-th n-gram's first word token for the span */
                size_t w = 0, tok = 0;
                for (size_t t = 0; t < c->out->ntok; t++) {
                    if (!ngram_word(&c->out->tok[t])) continue;
                    if (w == i) {
                        tok = t;
                        break;
                    }
                    w++;
                }
                /* an n-gram whose every word the source says as many times is the source's own
                   repetition reworded ("SHOCK 200J @ 0914 ... SHOCK 200J @ 0918 ... SHOCK 200J"
                   -> "a 200 J shock at 9:14 ... a further 200 J shock at ... another 200 J shock") */
                if (source_says_each(c, tok, k, &rows)) continue;
                const gtok *t = &c->out->tok[tok];
                if (!gctx_reason(c, "repetition", -1, -1, t->start, t->end,
                                 "a 4-word sequence repeats %zu times in the output (%zu in the source)", k, ks))
                    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                break;
            }
        }
        free(sorted);
    }
    if (st == CC_OK) {
        int *snw = NULL, *onw = NULL;
        size_t nss = sentence_hashes(c->src, &ss, &sft, &snw), nos = sentence_hashes(c->out, &os, &oft, &onw);
        for (size_t i = 0; i < nos && st == CC_OK; i++) {
            size_t dup = 0, srcn = 0;
            for (size_t j = 0; j < nos; j++) dup += os[j] == os[i];
            for (size_t j = 0; j < nss; j++) srcn += ss[j] == os[i];
            /* a sentence of two or more words twice, or any sentence three times, or a one-word
               sentence twice in a row ("Oesophagogastroduodenoscopy. Oesophagogastroduodenoscopy.") */
            bool twice_in_row = i + 1 < nos && os[i + 1] == os[i];
            if (dup > srcn && ((dup >= 2 && (onw[i] >= 2 || twice_in_row)) || dup >= 3)) {
                const gtok *t = &c->out->tok[oft[i]];
                if (!gctx_reason(c, "repetition", -1, -1, t->start, t->end,
                                 "a sentence appears %zu times in the output (%zu in the source)", dup, srcn))
                    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                break;
            }
        }
        free(snw);
        free(onw);
    }
    free(so);
    free(oo);
    free(ss);
    free(os);
    free(sft);
    free(oft);
    return st;
}

/* A source sentence (or line) none of whose longer content words reach the
 * output: a lost tail or a dropped statement, even when the cut fell on a
 * sentence boundary.  Words of five letters or more, so abbreviations the
 * rewrite spells out do not count, matched on their first five letters so
 * that "tolerating" finds "tolerated" and "breast feeding" finds
 * "breastfeeding". */
#define PREFIX 5

/* First-five-letter prefixes of the output's words (keys point into *buf). */
static cc_status prefix_set(const gdoc *o, gset *ps, char **buf, cc_error *err) {
    *buf = malloc(o->ntok * (PREFIX + 1) + 1);
    if (!*buf) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (prefixes)");
    cc_status st = gset_init(ps, o->ntok, err);
    if (st != CC_OK) {
        free(*buf);
        *buf = NULL;
        return st;
    }
    for (size_t i = 0; i < o->ntok; i++) {
        const gtok *t = &o->tok[i];
        if (t->kind != GK_WORD || t->len < PREFIX) continue;
        char *k = *buf + i * (PREFIX + 1);
        memcpy(k, GT_NORM(o, t), PREFIX);
        k[PREFIX] = '\0';
        gset_add(ps, k, 0);
    }
    return CC_OK;
}

/* Another inflection of w among the output's words: "driving" / "drive" (ginflected). */
static bool inflected_in(const gdoc *o, const char *w) {
    for (size_t j = 0; j < o->ntok; j++)
        if (o->tok[j].kind == GK_WORD && ginflected(GT_NORM(o, &o->tok[j]), w)) return true;
    return false;
}

/* The other forms of an irregular verb that w is one of ("stand" / "stood" / "stands"), or
 * NULL: "MHP stand-down NOT yet" arrives as "has not yet been stood down" (guard-42). */
static const char *const *irregular_forms(const char *w) {
    static const char *const forms[][5] = {
        {"stand", "stands", "stood", "standing", NULL}, {"give", "gives", "gave", "given", NULL},
        {"take", "takes", "took", "taken", NULL},        {"begin", "begins", "began", "begun", NULL},
        {"fall", "falls", "fell", "fallen", NULL},       {"bleed", "bleeds", "bled", "bleeding", NULL},
        {"bring", "brings", "brought", NULL},            {"drink", "drinks", "drank", "drunk", NULL},
        {"write", "writes", "wrote", "written", NULL},   {"sleep", "sleeps", "slept", NULL},
        {"speak", "speaks", "spoke", "spoken", NULL},    {"rise", "rises", "rose", "risen", NULL},
        {"choose", "chooses", "chose", "chosen", NULL},  {"swell", "swells", "swelled", "swollen", NULL},
    };
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (forms[k][0][0] == w[0])
            for (size_t q = 0; forms[k][q]; q++)
                if (strcmp(forms[k][q], w) == 0) return forms[k];
    return NULL;
}

static bool word_form_in(const gdoc *o, const char *w);

/* Does an output word of more than n letters start with the n letters at w ("PAEDS" ->
 * "paediatrics", "HYPOS" -> "hypoglycaemic")? */
static bool output_word_starts(const gdoc *o, const char *w, size_t n) {
    for (size_t j = 0; j < o->ntok; j++) {
        const gtok *u = &o->tok[j];
        if (u->kind == GK_WORD && u->len > n && strncmp(GT_NORM(o, u), w, n) == 0) return true;
    }
    return false;
}

/* Are the letters of the source word t, written in capitals, the initials of as many
 * consecutive output words, hyphens and the linking words "of", "and", "the" skipped
 * ("PLTCS" -> "primary low transverse cesarean section")? */
static bool initials_in_output(const gdoc *s, const gtok *t, const gdoc *o) {
    const size_t n = t->end - t->start;
    if (n < 3 || n > 6) return false;
    for (size_t k = 0; k < n; k++)
        if (s->text[t->start + k] < 'A' || s->text[t->start + k] > 'Z') return false;
    for (size_t j = 0; j < o->ntok; j++) {
        size_t q = j, k = 0;
        while (k < n && q < o->ntok) {
            const gtok *u = &o->tok[q];
            if (u->kind == GK_PUNCT && u->punct == '-') {
                q++;
                continue;
            }
            if (u->kind != GK_WORD) break;
            const char *w = GT_NORM(o, u);
            if (w[0] == (s->text[t->start + k] | 32)) {
                k++;
                q++;
            } else if (k > 0 && (strcmp(w, "of") == 0 || strcmp(w, "and") == 0 || strcmp(w, "the") == 0)) {
                q++;
            } else {
                break;
            }
        }
        if (k == n) return true;
    }
    return false;
}

/* The source word t reaches the output: same stem, a close spelling, the same first five
 * letters, another inflection, or another form of an irregular verb; since guard-50 also a
 * clipped plural ("HYPOS", "PAEDS") that starts an output word, a compound with a particle said
 * as a verb and the particle ("HANDOVER" -> "handed over"), and capitals that are the
 * initials of output words. */
static bool covered(const gctx *c, const gset *ps, const gtok *t) {
    const gdoc *s = c->src;
    if (gset_find(&c->out_words, GT_STEM(s, t)) != SIZE_MAX) return true;
    /* (or a name of the lexicon said by its generic: BPALM as bedaquiline, pretomanid...) (guard-35) */
    const char *const *parts = t->kind == GK_WORD && (t->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(s, t), t->len) : NULL;
    if (parts && gdoc_has_word_fuzzy(&c->out_words, parts[0])) return true;
    if (t->len >= PREFIX) {
        char k[PREFIX + 1];
        memcpy(k, GT_NORM(s, t), PREFIX);
        k[PREFIX] = '\0';
        if (gset_find(ps, k) != SIZE_MAX) return true;
        /* (a "non" compound the output hyphenates: "nonreactive" for NR, "non-reactive")
           (guard-39) */
        if (t->len >= 3 + PREFIX && strncmp(GT_NORM(s, t), "non", 3) == 0) {
            memcpy(k, GT_NORM(s, t) + 3, PREFIX);
            if (gset_find(ps, k) != SIZE_MAX && gset_find(&c->out_words, "non") != SIZE_MAX) return true;
        }
    }
    if (gdoc_has_word_fuzzy(&c->out_words, GT_STEM(s, t)) || inflected_in(c->out, GT_NORM(s, t))) return true;
    const char *const *irr = t->kind == GK_WORD ? irregular_forms(GT_NORM(s, t)) : NULL;
    for (size_t q = 0; irr && irr[q]; q++)
        if (gset_find(&c->out_words, irr[q]) != SIZE_MAX) return true;
    if (t->kind != GK_WORD) return false;
    const char *w = GT_NORM(s, t);
    if (t->len >= 5 && w[t->len - 1] == 's' && output_word_starts(c->out, w, t->len - 1)) return true;
    static const char *const particle[] = {"over", "up", "out", "off", "down", NULL};
    for (const char *const *p = particle; *p; p++) {
        size_t np = strlen(*p);
        if (t->len < np + 4 || strcmp(w + t->len - np, *p) != 0 || gset_find(&c->out_words, *p) == SIZE_MAX) continue;
        char head[32];
        size_t nh = t->len - np;
        if (nh >= sizeof head) continue;
        memcpy(head, w, nh);
        head[nh] = '\0';
        if (word_form_in(c->out, head)) return true;
    }
    return initials_in_output(s, t, c->out);
}

/* In a source written in French or German (guard-62, guard-64) a word the output does not cover
 * weighs only when the lexicon knows it (a drug, a body part): the rest the rewrite translates in
 * its own words. */
static bool unweighed(const gdoc *s, size_t i, bool cov) {
    return s->lang >= GLANG_FR && !cov && !(s->tok[i].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM | GL_ANATOMY));
}

static bool judged_word(const gdoc *s, size_t i) {
    const gtok *t = &s->tok[i];
    return gdoc_is_content(s, i) && !(t->flags & (GF_INWORD | GF_EXPANDED)) && t->len >= PREFIX;
}

/* Another form of the word w is among the output's words: stop / stopped, base / bases
 * (a shared start of at least four letters, lengths within three). */
static bool word_form_in(const gdoc *o, const char *w) {
    size_t n = strlen(w);
    if (n < 4) return false;
    for (size_t j = 0; j < o->ntok; j++) {
        const gtok *u = &o->tok[j];
        if (u->kind != GK_WORD || u->len < 4) continue;
        const char *k = GT_NORM(o, u);
        size_t m = u->len, lo = m < n ? m : n, hi = m < n ? n : m;
        if (k[0] == w[0] && hi - lo <= 3 && strncmp(k, w, lo) == 0) return true;
    }
    return false;
}

/* Source tokens [a, b) hold at least one number (not part of a date) and every one of them
 * appears in the output with the same value (and the same unit, or none on one side). */
static bool numbers_reach(const gctx *c, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        const gtok *t = &c->src->tok[i];
        if (t->kind != GK_NUM || (t->flags & GF_DATE)) continue;
        /* (not a British duration's denominator, notation: the 52 of "RV 4/52") (guard-43) */
        if ((t->flags & GF_USED) && (t->flags & GF_EXPANDED)) continue;
        bool hit = false;
        for (size_t j = 0; j < c->out->ntok && !hit; j++) {
            const gtok *u = &c->out->tok[j];
            hit = u->kind == GK_NUM && !(u->flags & GF_DATE) && u->value == t->value &&
                  (u->unit == t->unit || !u->unit || !t->unit);
        }
        if (!hit) return false;
        n++;
    }
    return n > 0;
}

/* Source tokens [a, b) hold a date, each of its numbers is a date's number in the output, and
 * the output says at least `words` content words before the first of them in its sentence: a
 * dated heading in another language ("Ambulatorio malattie colestatiche - 06/06/2023" ->
 * "Cholestatic liver disease clinic, 06/06/2023"), not a heading dropped but for its date
 * (guard-61). */
static bool date_reaches(const gctx *c, size_t a, size_t b, size_t words) {
    size_t n = 0, first = SIZE_MAX;
    for (size_t i = a; i < b; i++) {
        const gtok *t = &c->src->tok[i];
        if (t->kind != GK_NUM || !(t->flags & GF_DATE)) continue;
        size_t hit = SIZE_MAX;
        for (size_t j = 0; j < c->out->ntok && hit == SIZE_MAX; j++) {
            const gtok *u = &c->out->tok[j];
            if (u->kind == GK_NUM && (u->flags & GF_DATE) && u->value == t->value) hit = j;
        }
        if (hit == SIZE_MAX) return false;
        if (n++ == 0) first = hit;
    }
    if (n == 0) return false;
    size_t said = 0;
    for (size_t j = first; j-- > 0 && c->out->tok[j].sent == c->out->tok[first].sent;) said += gdoc_is_content(c->out, j);
    return said >= words;
}

static cc_status missing_sentences(gctx *c, const gset *ps, cc_error *err) {
    const gdoc *s = c->src;
    /* the last sentence that has a word: trailing debris ("Â") is not where a cut lands */
    size_t nsent = 0;
    for (size_t k = s->ntok; k-- > 0;)
        if (gdoc_is_content(s, k)) {
            nsent = s->tok[k].sent + 1;
            break;
        }
    size_t i = 0;
    while (i < s->ntok) {
        size_t a = i, words = 0, found = 0, xwords = 0, xfound = 0, others = 0;
        size_t xgroups = 0, xgroups_found = 0; /* abbreviations expanded, and those with a word in the output */
        uint32_t xgroup_at = UINT32_MAX;
        bool xgroup_cov = false;
        while (i < s->ntok && !(gdoc_is_sentend(s, i) && s->tok[i].punct != ':')) {
            if (judged_word(s, i)) {
                const bool cov = covered(c, ps, &s->tok[i]);
                if (!unweighed(s, i, cov)) words++, found += cov;
            }
            i++;
        }
        /* two judged words anywhere; one is enough in the last two sentences, where a cut
           lands, and there less than half reaching the output is already a loss */
        bool tail = s->tok[a].sent + 2 >= nsent;
        size_t need = tail ? 1 : 2;
        /* the sentence's other words, only where they decide (few sentences) */
        for (size_t k = a; k < i && ((tail && words == 0) || (words == 1 && found == 0)); k++) {
            if (judged_word(s, k) || !gdoc_is_content(s, k) || (s->tok[k].lex & GL_SIDE)) continue;
            /* expanded abbreviations (ATT -> antitubercular treatment) and short words */
            bool cov = covered(c, ps, &s->tok[k]) || word_form_in(c->out, GT_STEM(s, &s->tok[k]));
            /* only a word the source says once, in this sentence, is evidence that the
               sentence arrived ("knee" of "X-RAY RT KNEE - NO FRACTURE" may come from elsewhere) */
            others += cov && gset_count(&c->src_words, GT_STEM(s, &s->tok[k])) == 1;
            if ((s->tok[k].flags & GF_EXPANDED) && s->tok[k].len >= PREFIX) {
                xwords++;
                xfound += cov;
            }
            if ((s->tok[k].flags & GF_EXPANDED) && s->tok[k].kind == GK_WORD) {
                if (s->tok[k].start != xgroup_at) {
                    xgroups_found += xgroup_cov;
                    xgroups++, xgroup_at = s->tok[k].start, xgroup_cov = false;
                }
                xgroup_cov = xgroup_cov || cov;
            }
        }
        xgroups_found += xgroup_cov;
        /* a tail sentence of abbreviations only ("STARTED ON ATT (CAT I)") is judged by
           its expansions */
        if (tail && words == 0 && xwords > 0) {
            words = xwords;
            found = xfound;
            /* (with its numbers all in the output and a word of each abbreviation's expansion: "BSL 7.8" ->
               "blood glucose 7.8"; not "TT 0.5ML IM" -> "0.5 mL intramuscularly") (guard-62) */
            if (found > 0 && xgroups_found == xgroups && numbers_reach(c, a, i)) found = words;
        } else if (words == 1 && found == 0 && others > 0) {
            /* one long word paraphrased ("DO NOT STOP ABRUPTLY" -> "must not be stopped
               suddenly") while another word of the sentence arrived */
            found = 1;
        }
        /* a short sentence whose every number reaches the output ("TARGET 2-3" -> "aiming for
           2-3") has reached it; a sentence really dropped also loses its numbers, which the
           numbers check reports */
        if (words >= need && found == 0 && words <= 2 && numbers_reach(c, a, i)) found = 1;
        /* (and the first sentence, a heading of a few words, whose date reaches it) */
        if (found == 0 && s->tok[a].sent == 0 && words <= 4 && date_reaches(c, a, i, words)) found = 1;
        /* (a French or German note's tail, its words translated: only when none of them reaches the
           output; the rewrite's wording is its own) (guard-62) */
        const bool lenient = s->lang >= GLANG_FR && xwords > 0 && words == xwords;
        if ((words >= need && found == 0) ||
            (tail && words >= 3 && found * 2 < words && !lenient)) {
            size_t b = i > a ? i - 1 : a;
            if (!gctx_reason(c, "truncation", s->tok[a].start, s->tok[b].end, -1, -1,
                             "nothing of this source sentence reaches the output"))
                return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
            break; /* one is enough to send the row to review */
        }
        i++;
    }
    return CC_OK;
}

/* The same word four or more times in a row ("the the the the"), beyond the source. */
static size_t word_run(const gdoc *d, size_t *at) {
    size_t best = 0, run = 0;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD && t->kind != GK_NUM) continue;
        size_t j = i;
        while (j-- > 0 && d->tok[j].kind == GK_PUNCT && d->tok[j].punct != '.' && d->tok[j].punct != '\n') {
        }
        bool same = j < i && j < d->ntok && (d->tok[j].kind == GK_WORD || d->tok[j].kind == GK_NUM) &&
                    d->tok[j].start != t->start && strcmp(GT_NORM(d, &d->tok[j]), GT_NORM(d, t)) == 0;
        run = same ? run + 1 : 1;
        if (run > best) {
            best = run;
            *at = i;
        }
    }
    return best;
}

/* The output is laid out as a list: its last line starts with a bullet or a
 * number, or it has three lines or more and at least half of them end without a period. */
static bool list_style(const gdoc *o) {
    const char *t = o->text;
    size_t n = o->len, lines = 0, bare = 0, i = 0;
    const char *last_start = t;
    while (i < n) {
        size_t a = i;
        while (i < n && t[i] != '\n') i++;
        size_t e = i;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t')) e--;
        if (e > a) {
            lines++;
            char ch = t[e - 1];
            bare += !(ch == '.' || ch == '!' || ch == '?' || ch == ':');
            last_start = t + a;
        }
        i++;
    }
    const char *end = t + n; /* the text need not be NUL-terminated */
    while (last_start < end && (*last_start == ' ' || *last_start == '\t')) last_start++;
    if (last_start < end &&
        (*last_start == '-' || *last_start == '*' || (unsigned char)*last_start == 0xe2 /* bullet */ ||
         (*last_start >= '0' && *last_start <= '9' && last_start + 1 < end &&
          (last_start[1] == '.' || last_start[1] == ')'))))
        return true;
    return lines >= 3 && bare * 2 >= lines;
}

static char last_visible(const char *s, size_t n, size_t *at) {
    while (n > 0) {
        unsigned char ch = (unsigned char)s[n - 1];
        if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') {
            *at = n - 1;
            return (char)ch;
        }
        n--;
    }
    *at = 0;
    return '\0';
}

cc_status gcheck_shape(gctx *c, const char *finish_reason, cc_error *err) {
    const gdoc *s = c->src, *o = c->out;
    int64_t oe = (int64_t)o->len;
    if (finish_reason && (strcmp(finish_reason, "length") == 0 || strcmp(finish_reason, "error") == 0)) {
        if (!gctx_reason(c, "truncation", -1, -1, oe, oe, "generation ended with finish reason '%s'", finish_reason))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
    }
    size_t src_words = 0, out_words = 0;
    for (size_t i = 0; i < s->ntok; i++) src_words += s->tok[i].kind == GK_WORD;
    for (size_t i = 0; i < o->ntok; i++) out_words += o->tok[i].kind == GK_WORD;
    if (src_words && !out_words) {
        if (!gctx_reason(c, "truncation", 0, (int64_t)s->len, -1, -1, "the output is empty"))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
        return CC_OK;
    }
    if (s->len >= 40) {
        double ratio = (double)o->len / (double)s->len;
        if (ratio < RATIO_MIN || ratio > RATIO_MAX) {
            if (!gctx_reason(c, ratio < RATIO_MIN ? "truncation" : "repetition", -1, -1, 0, oe,
                             "output is %.2f times the source's length (expected %.2f to %.2f)", ratio, RATIO_MIN, RATIO_MAX))
                return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
        }
    }
    /* mid-sentence ending: prose output that stops on a word, comma or connector */
    size_t at;
    char lo = last_visible(o->text, o->len, &at);
    size_t sat;
    char ls = last_visible(s->text, s->len, &sat);
    bool clean_end = lo == '.' || lo == '!' || lo == '?' || lo == ')' || lo == ']' || lo == '"' || lo == '\'' || lo == '*' ||
                     lo == '_' || (unsigned char)lo >= 0x80;
    if (out_words >= 8 && !clean_end) {
        /* a list-style rewrite may end its last line without a period: accept when the
           output is a list (bullets, or lines without periods) or the source also ends
           without a period, unless it stops on a comma, colon or connector */
        /* (a list source rewritten as one line of prose is prose: it ends with a period) */
        bool one_line = memchr(o->text, '\n', at) == NULL && memchr(s->text, '\n', sat) != NULL;
        if (((ls != '.' && !one_line) || list_style(o)) && (lo != ',' && lo != '-' && lo != ':' && lo != '(')) {
            size_t k = o->ntok;
            while (k > 0 && o->tok[k - 1].kind == GK_PUNCT) k--;
            bool connector = k > 0 && (o->tok[k - 1].lex & GL_STOP);
            if (!connector) goto coverage;
        }
        if (!gctx_reason(c, "truncation", -1, -1, (int64_t)at, (int64_t)at + 1, "the output stops mid-sentence"))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
    } else if (out_words >= 2 && !clean_end && ls == '.') {
        /* a short output cut on a connector or a comma ("no other", "and") where the
           source ended its sentence */
        size_t k = o->ntok;
        while (k > 0 && o->tok[k - 1].kind == GK_PUNCT) k--;
        bool connector = k > 0 && o->tok[k - 1].kind == GK_WORD && (o->tok[k - 1].lex & GL_STOP);
        if (connector || lo == ',' || lo == '(' || !list_style(o)) {
            if (!gctx_reason(c, "truncation", -1, -1, (int64_t)at, (int64_t)at + 1, "the output stops mid-sentence"))
                return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
        }
    }
coverage:;
    /* content-word coverage */
    size_t total = 0, found = 0;
    gset seen, ps;
    char *pbuf = NULL;
    cc_status st = prefix_set(o, &ps, &pbuf, err);
    if (st != CC_OK) return st;
    st = gset_init(&seen, s->ntok, err);
    if (st != CC_OK) {
        gset_free(&ps);
        free(pbuf);
        return st;
    }
    size_t last_missing = SIZE_MAX;
    for (size_t i = 0; i < s->ntok; i++) {
        /* words of five letters or more: short ones are mostly abbreviations the
           rewrite legitimately spells out (TKR, TSB, meds) */
        if (!gdoc_is_content(s, i) || (s->tok[i].flags & GF_INWORD) || s->tok[i].len < 5) continue;
        const char *w = GT_STEM(s, &s->tok[i]);
        if (gset_find(&seen, w) != SIZE_MAX) continue;
        gset_add(&seen, w, 0);
        const bool cov = covered(c, &ps, &s->tok[i]);
        if (unweighed(s, i, cov)) continue;
        total++;
        if (cov) found++;
        else last_missing = i;
    }
    gset_free(&seen);
    if (total >= 8 && (double)found < COVERAGE_MIN * (double)total) {
        const gtok *t = &s->tok[last_missing];
        if (!gctx_reason(c, "truncation", t->start, t->end, -1, -1,
                         "only %zu of the source's %zu content words reach the output", found, total))
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
    }
    if (st == CC_OK) st = missing_sentences(c, &ps, err);
    gset_free(&ps);
    free(pbuf);
    if (st != CC_OK) return st;
    return repetition(c, err);
}
