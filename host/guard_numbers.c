/* guard_numbers.c - numbers, doses and units: the multiset of (value,
 * canonical unit) of the source must reappear in the output, and the output
 * must bring no number of its own.
 *
 * Matching runs in passes: same value and same unit; then same value where
 * one side states no unit (TAB DOLO 650 -> Dolo 650 mg); then same value
 * with a different unit (a changed unit); then same unit with a different
 * value (a changed dose).  What is left over is a dropped or an added number.
 * Numbers inside frequency phrases ("every 8 hours") and inside words (SpO2,
 * T2DM's 2 after expansion is a real number on both sides) are handled by the
 * normaliser.  A stray "one" in prose ("one of the...") is not an added
 * number. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guard_internal.h"

typedef struct {
    double value; /* the number */
    int unit;     /* GU_* */
    size_t tok;   /* token index */
    int match;    /* 0 unmatched, else 1 + pass that matched it (9: an output adverb the source says itself) */
    bool adverb;  /* "twice" outside a frequency phrase: may match, never reported */
    bool each;    /* "each for 5 days": may stand for several equal source numbers */
    bool freqnum; /* source: the count of "2X/DAY", "3 TIMES A WEEK" */
    bool freqadv; /* output: "twice" / "two" of a frequency phrase; matches only a freqnum */
    bool optional; /* source: may match, never reported missing (the repeats of 8-8-8) */
    bool perint;  /* output: a per-interval word ("hourly" = 1 hour, "fortnightly" = 2 weeks);
                     matches only a source number of a frequency phrase ("1 HRLY") */
    bool inword;  /* source: the digits of a one-letter word (C4, D2) */
    char letter;  /* source: the letter before in-word digits ('c' of C4, 'd' of the D8 in C1D8) */
    bool grade;   /* source: a grade in plus signs ("++" = 2): matched last, never reported */
    bool obst;    /* source: a count of an obstetric formula (the 2 of G2P1L1) */
    bool month2;  /* output: a month's name said of two days ("12 and 13 March"); also covers a
                     further source date's month */
    bool date;    /* a part of a date (in_date) */
    bool rom;     /* a Roman numeral as written (roman) */
} num_item;

/* The first n content words after token i of d, hyphens skipped, into w[]: false when fewer. */
static bool words_after(const gdoc *d, size_t i, size_t *w, size_t n) {
    size_t got = 0;
    for (size_t j = i + 1; j < d->ntok && got < n; j++) {
        if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '-') continue;
        if (d->tok[j].kind != GK_WORD || (d->tok[j].lex & (GL_STOP | GL_FREQWORD | GL_FREQSTART)) || d->tok[j].len < 3)
            return false;
        w[got++] = j;
    }
    return got == n;
}

/* Is number token i of d the 1.73 m2 of a GFR's unit ("mL/min/1.73 m²", "per 1.73m2")? */
static bool bsa_of_unit(const gdoc *d, size_t i) {
    if (fabs(d->tok[i].value - 1.73) > 1e-9 || i + 1 >= d->ntok || d->tok[i].unit) return false;
    return gdoc_is(d, i + 1, "m") || gdoc_is(d, i + 1, "m2") || gdoc_is(d, i + 1, "m²");
}

/* Are tokens x and y of d the same word, number or mark? */
static bool same_tok(const gdoc *d, size_t x, size_t y) {
    const gtok *a = &d->tok[x], *b = &d->tok[y];
    if (a->kind != b->kind) return false;
    if (a->kind == GK_WORD) return strcmp(GT_NORM(d, a), GT_NORM(d, b)) == 0;
    if (a->kind == GK_PUNCT) return a->punct == b->punct;
    return a->end - a->start == b->end - b->start && memcmp(d->text + a->start, d->text + b->start, a->end - a->start) == 0;
}

/* Is unmatched output number j a matched one named again: the same value and unit, and the
 * same three words after it (a test or a device whose name holds the number), after which
 * the two go different ways within eight tokens (a loop repeats far more than a name)? */
static bool named_again(const gdoc *d, const num_item *o, size_t no, size_t j) {
    size_t a[3], b[3];
    if (!words_after(d, o[j].tok, a, 3)) return false;
    for (size_t k = 0; k < no; k++) {
        if (k == j || !o[k].match || o[k].unit != o[j].unit || o[k].value != o[j].value || !words_after(d, o[k].tok, b, 3))
            continue;
        bool same = true;
        for (int q = 0; q < 3 && same; q++) same = strcmp(GT_STEM(d, &d->tok[a[q]]), GT_STEM(d, &d->tok[b[q]])) == 0;
        size_t q = 1;
        while (same && q <= 8 && o[j].tok + q < d->ntok && o[k].tok + q < d->ntok && same_tok(d, o[j].tok + q, o[k].tok + q)) q++;
        if (same && q <= 8) return true;
    }
    return false;
}

static size_t adverb_numbers(const gdoc *d, num_item *v, size_t m, size_t cap);
static bool raw_is(const gdoc *d, const gtok *t, const char *w);
static size_t inword_numbers(const gdoc *d, num_item *v, size_t m, size_t cap);

/* Digits at the end of a source word (FOLFOX C3, T6, L5): the rewrite may spell the
 * letter out ("cycle 3"), so they may stand for an output number but are never
 * reported missing. */
static size_t inword_numbers(const gdoc *d, num_item *v, size_t m, size_t cap) {
    for (size_t i = 0; i < d->ntok && m < cap; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD || !(t->flags & GF_INWORD) || t->len > 6) continue;
        const char *w = GT_NORM(d, t);
        size_t n = t->len, k = n;
        /* an obstetric formula, G2P1L1A0: a number per letter ("second gravida, one living child") */
        if (n >= 4 && strchr("gpla", w[0]) && w[1] >= '0' && w[1] <= '9') {
            size_t q = 0, groups = 0;
            bool ok = true;
            while (q < n && ok) {
                ok = strchr("gplad", w[q]) != NULL && q + 1 < n && w[q + 1] >= '0' && w[q + 1] <= '9';
                q++;
                size_t q0 = q;
                while (q < n && w[q] >= '0' && w[q] <= '9') q++;
                ok = ok && q - q0 <= 2;
                groups++;
            }
            if (ok && groups >= 2) {
                for (q = 0; q < n && m < cap;) {
                    q++;
                    double val = 0;
                    while (q < n && w[q] >= '0' && w[q] <= '9') val = val * 10 + (w[q++] - '0');
                    v[m].value = val;
                    v[m].unit = GU_NONE;
                    v[m].tok = i;
                    v[m].match = 0;
                    v[m].adverb = true;
                    v[m].freqnum = false;
                    v[m].obst = true;
                    m++;
                }
                continue;
            }
        }
        /* letter-digit groups, C1D8 (cycle 1 day 8): a number per group */
        {
            size_t q = 0, groups = 0;
            bool ok = n >= 4;
            while (q < n && ok) {
                ok = w[q] >= 'a' && w[q] <= 'z' && q + 1 < n && w[q + 1] >= '0' && w[q + 1] <= '9';
                size_t q0 = ++q;
                while (q < n && w[q] >= '0' && w[q] <= '9') q++;
                ok = ok && q - q0 <= 2;
                groups++;
            }
            if (ok && groups >= 2) {
                for (q = 0; q < n && m < cap;) {
                    size_t q0 = q++;
                    double val = 0;
                    while (q < n && w[q] >= '0' && w[q] <= '9') val = val * 10 + (w[q++] - '0');
                    v[m].value = val;
                    v[m].unit = GU_NONE;
                    v[m].tok = i;
                    v[m].letter = w[q0];
                    v[m].match = 0;
                    v[m].adverb = true;
                    m++;
                }
                continue;
            }
        }
        /* a stage with its sub-letter, CKD3A, G3B: the digits before the last letter */
        if (n >= 3 && w[n - 1] >= 'a' && w[n - 1] <= 'b' && w[n - 2] >= '0' && w[n - 2] <= '9') n--, k = n; /* (and C3A) */
        while (k > 0 && w[k - 1] >= '0' && w[k - 1] <= '9') k--;
        /* a chemical formula's digits (CO2 retainer, PO4, HCO3) are no number the rewrite must say */
        static const char *const formula[] = {"co2", "o2", "po4", "so4", "hco3", "pco2", "po2", "pao2", "paco2", "fio2",
                                              "spo2", "sao2", "etco2", "nh3", "no2", "n2o", "h2o", "caco3",
                                              "mm3", "mm2", "cm2", "cm3", "m2", NULL}; /* and units: PMN 640/MM3 */
        bool chem = false;
        for (int q = 0; formula[q] && !chem; q++) chem = strcmp(w, formula[q]) == 0;
        if (chem) continue;
        /* two or three letters, then one or two digits (NS3, CIN2): a code whose digits the
           rewrite may give as a grade or stage ("nuclear sclerosis grade 3") */
        if (k >= 2 && k <= 4 && k < n && n - k <= 2 && !(t->flags & GF_EXPANDED)) { /* (and WBCT20) */
            bool letters = true;
            for (size_t q = 0; q < k; q++) letters = letters && w[q] >= 'a' && w[q] <= 'z';
            if (letters) {
                double val = 0;
                for (size_t q = k; q < n; q++) val = val * 10 + (w[q] - '0');
                v[m].value = val;
                v[m].unit = GU_NONE;
                v[m].tok = i;
                v[m].letter = 0;
                v[m].inword = true;
                v[m].match = 0;
                v[m].adverb = true;
                m++;
                continue;
            }
        }
        if (k != 1 || k == n || n - k > 3) continue; /* one letter, then digits: C3, D8 */
        double val = 0;
        for (size_t q = k; q < n; q++) val = val * 10 + (w[q] - '0');
        v[m].value = val;
        v[m].unit = GU_NONE;
        v[m].tok = i;
        v[m].letter = w[0];
        v[m].inword = true;
        v[m].match = 0;
        v[m].adverb = true;
        m++;
    }
    return m;
}

/* The output number follows a word starting with the source token's letter ("cycle 3" for
 * C3), also across a list: "days 1 and 8" for D1,D8, "cycles 2, 3 and 4". */
static bool spelled_out(const gctx *c, const num_item *src, const num_item *out) {
    char first = src->letter ? src->letter : GT_NORM(c->src, &c->src->tok[src->tok])[0];
    const gdoc *d = c->out;
    size_t j = out->tok;
    for (int hops = 0; j > 0 && hops < 8; hops++, j--) {
        const gtok *p = &d->tok[j - 1];
        bool joiner = (p->kind == GK_NUM && !p->unit) || (p->kind == GK_PUNCT && (p->punct == ',' || p->punct == '&')) ||
                      gdoc_is(d, j - 1, "and") || gdoc_is(d, j - 1, "or") || gdoc_is(d, j - 1, "to");
        if (!joiner) break;
    }
    if (j == 0 || d->tok[j - 1].kind != GK_WORD) return false;
    /* a code's digits (NS3) given as a grade, stage, class or type */
    if (!src->letter && (gdoc_is(d, j - 1, "grade") || gdoc_is(d, j - 1, "stage") || gdoc_is(d, j - 1, "class") ||
                         gdoc_is(d, j - 1, "type") || gdoc_is(d, j - 1, "level")))
        return true;
    /* (a word of its own, not a function word: "for 3 years" spells out no fT3) (guard-45) */
    if (GT_NORM(d, &d->tok[j - 1])[0] == first && d->tok[j - 1].len > 1 && !(d->tok[j - 1].lex & GL_STOP)) return true;
    /* or the word before a day's name: "hospital day 4" for HD4 (or before a score's: "ultrasound score
       1, menopausal score 1" for an RMI's U1, M1) (guard-57) */
    return (gdoc_is(d, j - 1, "day") || (src->letter && gdoc_is(d, j - 1, "score"))) && j >= 2 &&
           d->tok[j - 2].kind == GK_WORD && d->tok[j - 2].len > 1 && GT_NORM(d, &d->tok[j - 2])[0] == first;
}

static bool same_value(double a, double b) { return fabs(a - b) <= 1e-9 * fmax(1.0, fabs(a)); }

/* Is the number at token i inside a parenthesis that restates a value written just before
 * it ("Dolo 650 (paracetamol 650 mg)")?  The restatement adds no number of its own. */
static bool restated(const gdoc *d, size_t i) {
    size_t open = SIZE_MAX;
    for (size_t j = i; j-- > 0 && j + 6 >= i;) {
        if (d->tok[j].kind != GK_PUNCT) continue;
        if (d->tok[j].punct == ')') return false;
        if (d->tok[j].punct == '(') {
            open = j;
            break;
        }
    }
    if (open == SIZE_MAX) return false;
    for (size_t j = open; j-- > 0 && j + 3 >= open;)
        if (d->tok[j].kind == GK_NUM && same_value(d->tok[j].value, d->tok[i].value)) return true;
    return false;
}

static int base_unit(double v, int unit, double *out);

/* Is output item x followed, within three tokens, by a parenthesis that opens on a matched
 * number of the same amount ("100,000 international units (1 lakh)")? */
static bool restated_after(const gdoc *d, const num_item *x, const num_item *o, size_t no) {
    size_t i = x->tok;
    for (size_t j = i + 1; j < d->ntok && j <= i + 3; j++) {
        if (d->tok[j].kind != GK_PUNCT || d->tok[j].punct != '(') continue;
        /* (or on a brand and its strength: "telmisartan 40 mg (Telma 40)") (guard-35) */
        size_t n = j + 1, e = n;
        while (e + 1 < d->ntok && d->tok[e + 1].start == d->tok[n].start) e++; /* (its expansion's words) */
        if (e + 1 < d->ntok && d->tok[n].kind == GK_WORD && d->tok[e + 1].kind == GK_NUM &&
            !(d->tok[n].lex & (GL_STOP | GL_FREQWORD | GL_MONTH)) && !glex_unit(GT_NORM(d, &d->tok[n]), d->tok[n].len) &&
            d->text[d->tok[n].start] >= 'A' && d->text[d->tok[n].start] <= 'Z')
            n = e + 1;
        if (n >= d->ntok || d->tok[n].kind != GK_NUM) return false;
        for (size_t k = 0; k < no; k++) {
            if (o[k].tok != n || !o[k].match) continue;
            double a, b;
            int ua = base_unit(x->value, x->unit, &a), ub = base_unit(o[k].value, o[k].unit, &b);
            /* (a bare number restates the amount as written: "40 mg (Telma 40)") */
            if (o[k].unit == GU_NONE && n > j + 1) return same_value(x->value, o[k].value);
            return same_value(a, b) && (ua == ub || ua == GU_NONE || ub == GU_NONE || x->unit == GU_UNIT);
        }
        return false;
    }
    return false;
}

/* The same the other way round: unmatched output number x opens a parenthesis that restates a
 * matched amount right before it ("platelets 1.1 lakh (110,000)"), or the number of a code. */
static bool restates_before(const gdoc *d, const num_item *x, const num_item *o, size_t no) {
    size_t i = x->tok;
    /* a code with the number in it, spelled out in the parenthesis after it: "PCV20
       (20-valent pneumococcal conjugate vaccine)", "UAS7 (7-day Urticaria Activity Score)",
       "T90 (time spent below 90% saturation)" */
    size_t open = SIZE_MAX;
    for (size_t j = i; j-- > 0 && j + 7 >= i && open == SIZE_MAX;) {
        if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ')') break;
        if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '(') open = j;
    }
    const gtok *w = open != SIZE_MAX && open > 0 ? &d->tok[open - 1] : NULL;
    /* (a count, a time or a percentage: a dose in the parenthesis is the code's content, "GP2
       (metformin 500 mg plus glimepiride 2 mg)") */
    const bool plain = x->unit == GU_NONE || x->unit == GU_PCT || x->unit == GU_DAY || x->unit == GU_WEEK ||
                       x->unit == GU_MONTH || x->unit == GU_YEAR || x->unit == GU_HOUR || x->unit == GU_MINUTE;
    if (w && plain && w->kind == GK_WORD && w->end - w->start >= 2) {
        uint32_t e = w->end, b = e;
        while (b > w->start && e - b < 6 && d->text[b - 1] >= '0' && d->text[b - 1] <= '9') b--;
        double v = 0;
        for (uint32_t q = b; q < e; q++) v = v * 10 + (d->text[q] - '0');
        if (b < e && b > w->start && same_value(v, x->value)) return true;
    }
    if (i < 2 || d->tok[i - 1].kind != GK_PUNCT || d->tok[i - 1].punct != '(') return false;
    for (size_t k = 0; k < no; k++) {
        /* (its unit may stand between: "1.1 lakh/cu mm (110,000/cu mm)") */
        if (!o[k].match || o[k].tok >= i - 1 || o[k].tok + 6 < i - 1) continue;
        double a, b;
        int ua = base_unit(x->value, x->unit, &a), ub = base_unit(o[k].value, o[k].unit, &b);
        if (same_value(a, b) && (ua == ub || ua == GU_NONE || ub == GU_NONE)) return true;
    }
    return false;
}

/* Does the source write the value v as digits glued to letters in one word ("4FDC", "3FDC")? */
static bool glued_in_source(const gdoc *s, double v) {
    for (size_t i = 0; i + 1 < s->ntok; i++) {
        const gtok *t = &s->tok[i], *w = &s->tok[i + 1];
        if (t->kind == GK_NUM && same_value(t->value, v) && w->kind == GK_WORD && w->start == t->end &&
            t->end - t->start == 1 && w->end - w->start >= 2)
            return true;
    }
    return false;
}

/* A word of s that ends in the digits of v after two letters or more ("PENTA1", "ROTA2",
 * "PCV3"): the dose number of a vaccine's code. */
static bool dose_code_in_source(const gdoc *s, double v, bool times) {
    for (size_t i = 0; i < s->ntok; i++) {
        const gtok *t = &s->tok[i];
        if (t->kind != GK_WORD) continue;
        const char *r = s->text + t->start;
        size_t n = t->end - t->start, k = n;
        while (k > 0 && r[k - 1] >= '0' && r[k - 1] <= '9') k--;
        if (k < 2 || k == n || n - k > 2 || !isalpha((unsigned char)r[k - 1]) || !isalpha((unsigned char)r[k - 2])) continue;
        /* (with times, the count glued on after an x: "CABGx2" for "CABG x2") */
        if (times != (k >= 4 && (r[k - 1] | 32) == 'x')) continue;
        double x = 0;
        for (size_t q = k; q < n; q++) x = x * 10 + (r[q] - '0');
        if (same_value(x, v)) return true;
    }
    return false;
}

/* A CKD code of s with stage v glued on ("CKD5D", "CKD4"). */
static bool ckd_stage_in_source(const gdoc *s, double v) {
    for (size_t i = 0; i < s->ntok; i++) {
        const gtok *t = &s->tok[i];
        const char *r = s->text + t->start;
        if (t->kind == GK_WORD && t->end - t->start >= 4 && strncasecmp(r, "ckd", 3) == 0 && r[3] >= '1' && r[3] <= '5' &&
            same_value(r[3] - '0', v))
            return true;
    }
    return false;
}

/* The output keeps the source word of an in-word number, or its letter-digit group, as
 * written. */
static bool kept_as_written(const gctx *c, const num_item *x) {
    const gtok *t = &c->src->tok[x->tok];
    if (!(t->flags & GF_INWORD)) return false;
    if (gset_find(&c->out_words, GT_STEM(c->src, t)) != SIZE_MAX || gset_find(&c->out_words, GT_NORM(c->src, t)) != SIZE_MAX)
        return true;
    char grp[16];
    snprintf(grp, sizeof grp, "%c%g", x->letter ? x->letter : 'a', x->value);
    if (x->letter && gset_find(&c->out_words, grp) != SIZE_MAX) return true;
    /* (its first letter said as the word before the rest: FT4 -> "free T4") (guard-50) */
    const char *w = GT_NORM(c->src, t);
    for (size_t j = 1; t->len >= 3 && j < c->out->ntok; j++) {
        const gtok *u = &c->out->tok[j], *p = &c->out->tok[j - 1];
        if (u->kind == GK_WORD && p->kind == GK_WORD && u->len == t->len - 1 && strcmp(GT_NORM(c->out, u), w + 1) == 0 &&
            GT_NORM(c->out, p)[0] == w[0] && p->len >= 3)
            return true;
    }
    return false;
}

/* The word of a fraction's denominator (2 half, 3 third, 4 quarter) is in d ("two-thirds of
 * maintenance" for 2/3, "the distal third" for 1/3). */
static bool fraction_word(const gdoc *d, double den) {
    static const char *const w[][3] = {{"half", "halves", "halve"}, {"third", "thirds", "third"}, {"quarter", "quarters", "fourth"}};
    if (den < 2 || den > 4 || den != (double)(int)den) return false;
    const char *const *k = w[(int)den - 2];
    for (size_t i = 0; i < d->ntok; i++)
        if ((d->tok[i].kind == GK_NUM && (d->tok[i].flags & GF_ORDINAL) && d->tok[i].value == den) ||
            (d->tok[i].kind == GK_WORD && (gdoc_is(d, i, k[0]) || gdoc_is(d, i, k[1]) || gdoc_is(d, i, k[2])))) return true;
    return false;
}

/* A source fraction (2/3, 1/3, written without spaces) that the output says in words: its
 * denominator is the fraction word, and a numerator of 1 the article ("a third"). */
static void fractions_in_words(const gctx *c, num_item *s, size_t ns) {
    const gdoc *d = c->src;
    for (size_t i = 0; i < ns; i++) {
        size_t t = s[i].tok;
        if (t + 2 >= d->ntok || d->tok[t].kind != GK_NUM || d->tok[t + 1].kind != GK_PUNCT || d->tok[t + 1].punct != '/' ||
            d->tok[t + 2].kind != GK_NUM || d->tok[t + 1].start != d->tok[t].end || d->tok[t + 2].start != d->tok[t + 1].end ||
            (d->tok[t].flags & GF_DATE) || d->tok[t].value >= d->tok[t + 2].value || !fraction_word(c->out, d->tok[t + 2].value))
            continue;
        for (size_t k = 0; k < ns; k++)
            if (s[k].tok == t + 2) s[k].optional = true;
        if (d->tok[t].value == 1) s[i].optional = true;
    }
}

/* Does the output write the number v in the unit u (or without one, or any unit when u is
 * GU_NONE)? */
static bool out_says(const gctx *c, double v, int u) {
    for (size_t q = 0; q < c->out->ntok; q++) {
        const gtok *t = &c->out->tok[q];
        if (t->kind == GK_NUM && same_value(t->value, v) && (t->unit == u || !t->unit || !u)) return true;
    }
    return false;
}

/* Does the output have the word a or the word b? */
static bool out_word(const gctx *c, const char *a, const char *b) {
    for (size_t q = 0; q < c->out->ntok; q++)
        if (gdoc_is(c->out, q, a) || gdoc_is(c->out, q, b)) return true;
    return false;
}

/* Source numbers read otherwise than their units say, where the output says them so: "24/7" said
 * "at all times" (optional), "7:30 MIN" (the 30 is seconds), "2°" said "secondary", an OGTT's
 * "0HR" said "fasting", a decimal comma ("3,9"), a thousands point ("3.450G") and thousands set
 * off by a space ("48 000"). */
static void source_readings(const gctx *c, num_item *s, size_t ns, num_item *o, size_t *no) {
    const gdoc *d = c->src;
    /* "24/7", round the clock, said "at all times" or "day and night" (guard-48) */
    for (size_t i = 0; i + 1 < ns; i++) {
        const size_t k = s[i].tok;
        if (!same_value(s[i].value, 24) || s[i + 1].tok != k + 2 || !same_value(s[i + 1].value, 7) ||
            d->tok[k + 1].kind != GK_PUNCT || d->tok[k + 1].punct != '/' || d->tok[k + 1].start != d->tok[k].end ||
            d->tok[k + 2].start != d->tok[k + 1].end)
            continue;
        bool said = false;
        for (size_t q = 0; q + 1 < c->out->ntok && !said; q++)
            said = (gdoc_is(c->out, q, "all") && gdoc_is(c->out, q + 1, "times")) ||
                   (gdoc_is(c->out, q, "day") && gdoc_is(c->out, q + 1, "and") && gdoc_is(c->out, q + 2, "night")) ||
                   gdoc_is(c->out, q, "continuously") || (gdoc_is(c->out, q, "the") && gdoc_is(c->out, q + 1, "clock"));
        if (said) s[i].optional = s[i + 1].optional = true;
    }
    /* minutes and seconds written as a clock, "EXERCISED 7:30 MIN": the 30 is seconds (guard-47) */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (s[i].unit == GU_MINUTE && k >= 2 && s[i].value < 60 && d->tok[k - 1].kind == GK_PUNCT &&
            d->tok[k - 1].punct == ':' && d->tok[k - 1].end == d->tok[k].start && d->tok[k - 2].kind == GK_NUM &&
            d->tok[k - 2].end == d->tok[k - 1].start && d->tok[k].end - d->tok[k].start == 2)
            s[i].unit = GU_SECOND;
    }
    /* "2°" before a cause is "secondary", said as such ("UROPATHY 2° ?CA PROSTATE") (guard-51) */
    for (size_t i = 0; i < ns; i++) {
        const gtok *t = &d->tok[s[i].tok];
        if (!same_value(s[i].value, 2) || t->end + 2 > d->len || (unsigned char)d->text[t->end] != 0xC2 ||
            ((unsigned char)d->text[t->end + 1] != 0xB0 && (unsigned char)d->text[t->end + 1] != 0xBA))
            continue;
        if (out_word(c, "secondary", "secondarily")) s[i].optional = true;
    }
    /* the 0-hour value of a glucose tolerance test, "0HR 5.3", said "fasting" (or "baseline") (guard-50) */
    for (size_t i = 0; i < ns; i++) {
        if (s[i].value == 0 && s[i].unit == GU_HOUR && out_word(c, "fasting", "baseline")) s[i].optional = true;
    }
    /* a decimal comma, "INR 3,9", "HB 7,4%" (the German and Brazilian way): one number, when the
       output writes it with a point ("3.9") (guard-52) */
    for (size_t i = 0; i + 1 < ns; i++) {
        const size_t k = s[i].tok;
        const gtok *a = &d->tok[k];
        if (s[i + 1].tok != k + 2 || k + 2 >= d->ntok || s[i].unit != GU_NONE || d->tok[k + 1].kind != GK_PUNCT ||
            d->tok[k + 1].punct != ',' || d->tok[k + 1].start != a->end || d->tok[k + 2].start != d->tok[k + 1].end ||
            (a->flags & (GF_DATE | GF_INWORD)) || (d->tok[k + 2].flags & (GF_DATE | GF_INWORD)) ||
            s[i].value != floor(s[i].value) || s[i + 1].value != floor(s[i + 1].value))
            continue;
        size_t nd = 0;
        for (size_t q = a->start; q < a->end; q++)
            if (!isdigit((unsigned char)d->text[q])) nd = 99;
        for (size_t q = d->tok[k + 2].start; q < d->tok[k + 2].end && isdigit((unsigned char)d->text[q]); q++) nd++;
        if (nd == 0 || nd > 3) continue;
        const double v = s[i].value + s[i + 1].value / pow(10.0, (double)nd);
        if (!out_says(c, v, s[i + 1].unit)) continue;
        s[i].value = v;
        s[i].unit = s[i + 1].unit;
        s[i + 1].optional = true;
        /* (the same digits the output keeps with their comma are that number too: "2,5 mg/mL" beside
           "2.5 mg" for a source that writes both with a comma) (guard-56) */
        const size_t wa = a->end - a->start, wb = nd;
        for (size_t j = 0; j + 1 < *no; j++) {
            const gdoc *e = c->out;
            const gtok *x = &e->tok[o[j].tok], *y = &e->tok[o[j + 1].tok];
            if (o[j + 1].tok != o[j].tok + 2 || e->tok[o[j].tok + 1].kind != GK_PUNCT || e->tok[o[j].tok + 1].punct != ',' ||
                e->tok[o[j].tok + 1].start != x->end || y->start != e->tok[o[j].tok + 1].end || x->end - x->start != wa ||
                y->end - y->start < wb || memcmp(e->text + x->start, d->text + a->start, wa) != 0 ||
                memcmp(e->text + y->start, d->text + d->tok[k + 2].start, wb) != 0 ||
                (y->end - y->start > wb && isdigit((unsigned char)e->text[y->start + wb])))
                continue;
            o[j].value = v;
            o[j].unit = o[j + 1].unit;
            memmove(&o[j + 1], &o[j + 2], (*no - j - 2) * sizeof *o);
            (*no)--;
        }
    }
    /* a thousands point, "BW 3.450G", "50.000 UI": thousands, when the output writes the whole
       number ("3450 g", "50,000 units") and not the decimal, and the point stands after a whole
       part and before three digits that end in 0 (guard-52) */
    for (size_t i = 0; i < ns; i++) {
        const gtok *a = &d->tok[s[i].tok];
        size_t q = a->start, n1 = 0, n2 = 0;
        while (q < a->end && isdigit((unsigned char)d->text[q])) q++, n1++;
        if (n1 == 0 || n1 > 3 || q >= a->end || d->text[q] != '.') continue;
        for (q++; q < a->end && isdigit((unsigned char)d->text[q]); q++) n2++;
        /* (a whole part, and a last digit 0 that no decimal writes: "3.375 G" -> "3375 g" is a dose
           made a thousand times larger) */
        if (n2 != 3 || (q < a->end && isdigit((unsigned char)d->text[q])) || d->text[q - 1] != '0' || s[i].value < 1)
            continue;
        if (out_says(c, s[i].value * 1000, s[i].unit) && !out_says(c, s[i].value, s[i].unit)) s[i].value *= 1000;
    }
    /* thousands set off by a space, "CK 48 000", "14 040ML" (the South African and European
       way): one number, when the output writes it whole ("48,000") (guard-50) */
    for (size_t i = 0; i + 1 < ns; i++) {
        const size_t k = s[i].tok;
        const gtok *a = &d->tok[k], *b = &d->tok[k + 1];
        if (s[i + 1].tok != k + 1 || s[i].unit != GU_NONE || a->end - a->start > 3 || b->start != a->end + 1 ||
            d->text[a->end] != ' ' || b->end - b->start < 3 || s[i].value != floor(s[i].value) ||
            (a->flags & (GF_DATE | GF_INWORD)) || (b->flags & (GF_DATE | GF_INWORD)))
            continue;
        bool three = true;
        for (size_t q = 0; q < 3; q++) three &= isdigit((unsigned char)d->text[b->start + q]) != 0;
        if (!three || (b->end - b->start > 3 && (isdigit((unsigned char)d->text[b->start + 3]) ||
                                                 d->text[b->start + 3] == '.' || d->text[b->start + 3] == ',')))
            continue;
        const double whole = s[i].value * 1000 + s[i + 1].value;
        if (!out_says(c, whole, GU_NONE)) continue;
        s[i].value = whole;
        s[i].unit = s[i + 1].unit;
        s[i + 1].optional = true;
    }
}

/* The word of the output that spells out the letter of an in-word number (C -> cycle,
 * D -> day or dose, W -> week, G -> grade, S -> stage), or NULL. */
static const char *spelled_word(const gdoc *d, char letter) {
    static const char *const words[] = {"cycle", "day", "dose", "week", "grade", "stage", "month", NULL}; /* guard-47 */
    /* a code of several letters (NS3): its digits are a grade, stage, class or type */
    static const char *const grades[] = {"grade", "stage", "class", "type", "level", NULL};
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (!letter && t->kind == GK_WORD && !(i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM)) /* "grade cataract" */
            for (const char *const *p = grades; *p; p++)
                if (strcmp(GT_STEM(d, t), *p) == 0) return *p;
        if (t->kind != GK_WORD || GT_NORM(d, t)[0] != letter) continue;
        for (const char *const *p = words; *p; p++)
            if ((*p)[0] == letter && strcmp(GT_STEM(d, t), *p) == 0) return *p;
    }
    return NULL;
}

/* "each for 5 days", "5 days each", "both for 5 days": one number for several items. */
static bool distributive(const gdoc *d, size_t i) {
    size_t lo = i >= 3 ? i - 3 : 0, hi = i + 3 < d->ntok ? i + 3 : d->ntok - 1;
    for (size_t j = lo; j <= hi; j++) {
        if (j == i || d->tok[j].sent != d->tok[i].sent) continue;
        /* not "10 mg each week": a rate, not one number for several items */
        bool each_time = j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD &&
                         (glex_unit(GT_NORM(d, &d->tok[j + 1]), d->tok[j + 1].len) >= GU_DAY &&
                          glex_unit(GT_NORM(d, &d->tok[j + 1]), d->tok[j + 1].len) <= GU_MINUTE);
        if ((gdoc_is(d, j, "each") && !each_time) || gdoc_is(d, j, "both")) return true;
    }
    /* "For 14 days, twice daily: A, B and C": a duration in a heading that ends in a colon */
    int u = d->tok[i].unit;
    if (u == GU_DAY || u == GU_WEEK || u == GU_MONTH)
        for (size_t j = i + 1; j < d->ntok; j++)
            if (gdoc_is_sentend(d, j)) return d->tok[j].punct == ':';
    return false;
}

/* A month's name after two days it is said of ("12 and 13 March", "4, 5 March"): one month for
 * the source's two dates (12/03 and 13/03) (guard-42). */
static bool shared_month(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (!(t->flags & GF_DATE) || i < 3 || !isalpha((unsigned char)d->text[t->start])) return false;
    const gtok *d2 = &d->tok[i - 1], *sep = &d->tok[i - 2], *d1 = &d->tok[i - 3];
    bool joined = (sep->kind == GK_PUNCT && (sep->punct == ',' || sep->punct == '&')) || gdoc_is(d, i - 2, "and") ||
                  gdoc_is(d, i - 2, "or");
    return joined && d1->kind == GK_NUM && d2->kind == GK_NUM && !d1->unit && !d2->unit && d1->value >= 1 &&
           d1->value <= 31 && d2->value >= 1 && d2->value <= 31 && d1->value != d2->value;
}

/* The period word at token j: DAY, DAILY, NIGHT(LY) -> GU_DAY; WK, WEEK(LY) -> GU_WEEK; MO,
 * MONTH(LY) -> GU_MONTH; HR, HOUR(LY) -> GU_HOUR; 0 for anything else. */
static int period_word(const gdoc *d, size_t j) {
    if (j >= d->ntok || d->tok[j].kind != GK_WORD) return 0;
    if (gdoc_is(d, j, "day") || gdoc_is(d, j, "daily") || gdoc_is(d, j, "night") || gdoc_is(d, j, "nightly")) return GU_DAY;
    if (gdoc_is(d, j, "week") || gdoc_is(d, j, "weekly") || gdoc_is(d, j, "wk")) return GU_WEEK;
    if (gdoc_is(d, j, "month") || gdoc_is(d, j, "monthly") || gdoc_is(d, j, "mo")) return GU_MONTH;
    if (gdoc_is(d, j, "hour") || gdoc_is(d, j, "hr") || gdoc_is(d, j, "hourly")) return GU_HOUR;
    return 0;
}

/* The period of a count within `reach` tokens after token i ("2X/WK" -> week, "twice a day" ->
 * day, "twice in 24 hours" -> day), or 0 when none. */
static int period_after(const gdoc *d, size_t i, size_t reach) {
    for (size_t j = i + 1; j < d->ntok && j <= i + reach; j++) {
        if (d->tok[j].kind == GK_NUM) return d->tok[j].unit == GU_HOUR && d->tok[j].value == 24 ? GU_DAY : 0;
        int p = period_word(d, j);
        if (p) return p;
    }
    return 0;
}

/* Two periods agree, or one is unknown. */
static bool same_period(int a, int b) { return !a || !b || a == b; }

/* Is token j a period a count is given per: a period word, or "24H" (a number of hours)? */
static bool count_period(const gdoc *d, size_t j) {
    if (j >= d->ntok) return false;
    if (d->tok[j].kind == GK_NUM) return d->tok[j].unit == GU_HOUR;
    return period_word(d, j) != 0;
}

/* "2X/DAY", "2 X DAILY", "3 TIMES A WEEK", "X2/WK", "HD 3/WK", "USED 2X/24H": a number that is
 * a frequency count (said "twice a week", "twice in 24 hours"). */
static bool freq_count(const gdoc *d, size_t i) {
    size_t j = i + 1;
    bool slash = j < d->ntok && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '/' && d->tok[j].start == d->tok[i].end;
    if (gdoc_is(d, j, "x") || gdoc_is(d, j, "times")) {
        j++;
        slash = j < d->ntok && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '/';
    } else if (!(i > 0 && gdoc_is(d, i - 1, "x") && (d->tok[i - 1].end == d->tok[i].start || slash)) && /* ("X 2/DAY") */
               !(slash && d->tok[i].unit == GU_NONE && d->tok[i].value >= 1 && d->tok[i].value <= 7 &&
                 (gdoc_is(d, j + 1, "wk") || gdoc_is(d, j + 1, "week") || gdoc_is(d, j + 1, "month") ||
                  gdoc_is(d, j + 1, "mo") || gdoc_is(d, j + 1, "mth")))) { /* ("ABSENCES ~1/MONTH") (guard-43) */
        return false; /* neither 2X, X2 nor a bare count glued to its "/WK" (a "3/DAY" may be a
                         limit: "MAX 3/DAY" is "up to 3 tablets a day") */
    }
    /* ("PAIN X1 DAY": an X before the number and its period word after it, with no slash, "a" or
       "per" between, is a duration, "for 1 day") (guard-46) */
    if (!slash && j == i + 1 && d->tok[i].unit != GU_NONE && !gdoc_is(d, j, "a") && !gdoc_is(d, j, "per")) return false;
    if (slash || gdoc_is(d, j, "a") || gdoc_is(d, j, "per")) j++;
    return count_period(d, j) && !(d->tok[j].kind == GK_NUM && !slash);
}

/* Is number token i of d followed by a slash glued to it and a period ("3/DAY")? */
static bool slash_glued(const gdoc *d, size_t i) {
    return i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '/' &&
           d->tok[i + 1].start == d->tok[i].end && d->tok[i + 2].kind == GK_WORD && period_word(d, i + 2) != 0;
}

/* Is source number token k the top of a range ("2-3/DAY") whose bottom the output says right
 * before "to" and its output number token q ("two to three times a day")? */
static bool range_top_said(const gctx *c, size_t k, size_t q) {
    const gdoc *s = c->src, *o = c->out;
    if (k < 2 || s->tok[k - 1].kind != GK_PUNCT || s->tok[k - 1].punct != '-' || s->tok[k - 2].kind != GK_NUM || q < 2 ||
        !gdoc_is(o, q - 1, "to") || o->tok[q - 2].kind != GK_NUM)
        return false;
    return same_value(s->tok[k - 2].value, o->tok[q - 2].value);
}

/* A mass, a volume, a lakh or a duration in its base unit (g, L, a plain number, days,
 * months); other units unchanged. */
static int base_unit(double v, int unit, double *out) {
    *out = v;
    switch (unit) {
    case GU_MG: *out = v / 1e3; return GU_G;
    case GU_MCG: *out = v / 1e6; return GU_G;
    case GU_KG: *out = v * 1e3; return GU_G;
    case GU_ML: *out = v / 1e3; return GU_L;
    case GU_LAKH: *out = v * 1e5; return GU_NONE;
    case GU_TSP: *out = v * 5 / 1e3; return GU_L;
    case GU_CM: *out = v / 100; return GU_METRE;
    case GU_MM: *out = v / 1000; return GU_METRE;
    case GU_TBSP: *out = v * 15 / 1e3; return GU_L;
    /* durations: 1 week = 7 days, 48 hours = 2 days, 1 year = 12 months (a month is not a
       whole number of days or weeks) */
    case GU_DAY: return GU_DAY;
    case GU_WEEK: *out = v * 7; return GU_DAY;
    case GU_HOUR: *out = v / 24; return GU_DAY;
    case GU_MINUTE: *out = v / 1440; return GU_DAY;
    case GU_YEAR: *out = v * 12; return GU_MONTH;
    default: return unit;
    }
}

/* Is token j the item number v of a list run on in a line: "2) CKD", apart from a word before it
 * and followed by its mark and a word? */
static bool sibling(const gdoc *d, size_t j, double v, char mark) {
    return j > 0 && j + 2 < d->ntok && d->tok[j].kind == GK_NUM && d->tok[j].value == v && d->tok[j].unit == GU_NONE &&
           d->tok[j - 1].end < d->tok[j].start && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == mark &&
           d->tok[j + 1].start == d->tok[j].end && (d->tok[j + 2].kind == GK_WORD || (d->tok[j + 2].flags & GF_EXPANDED));
}

/* "1. TAB FUROSEMIDE": the item number of a numbered list (a bare integer followed at once by
 * '.' or ')' and then a word, first on its line or beside the items before and after it) labels
 * the item, it is not a fact. */
static bool enumerator(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (t->unit != GU_NONE || t->flags & GF_EXPANDED || t->value < 1 || t->value > 50 || t->value != (double)(int)t->value)
        return false;
    /* (or a dash and a space, first on its line: "1- INJ LANTUS 20 IU", "2- INJ NOVORAPID") (guard-53) */
    const bool dash = i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
                      d->tok[i + 2].start > d->tok[i + 1].end;
    /* (a parenthesis's or a point's label may open on a number, first on its line: "1) 58 Y M, ALCOHOL
       WITHDRAWAL") (guard-56, guard-58) */
    const bool on_num = i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT &&
                        (d->tok[i + 1].punct == ')' || d->tok[i + 1].punct == '.') /* ("1. 65YR F - RE MSICS") */ &&
                        d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].start > d->tok[i + 1].end &&
                        !(i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '(');
    if (i + 2 >= d->ntok || d->tok[i + 1].kind != GK_PUNCT ||
        (d->tok[i + 1].punct != '.' && d->tok[i + 1].punct != ')' && !dash) || d->tok[i + 1].start != t->end ||
        (d->tok[i + 2].kind != GK_WORD && !(d->tok[i + 2].flags & GF_EXPANDED) && !on_num))
        return false;
    /* "(1) aspirin ...; (2) clopidogrel ...": a number in parentheses with the next or the one
       before it, in parentheses too, in its line or a line before (guard-52) */
    if (i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '(' && d->tok[i - 1].end == t->start &&
        d->tok[i + 1].punct == ')') {
        if (t->flags & GF_ORDINAL) return false; /* ("DTAP (5TH) IM L THIGH, IPV (4TH)") */
        for (size_t j = 1; j + 1 < d->ntok && !(j > i && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '\n'); j++) {
            const gtok *u = &d->tok[j];
            if (j != i && u->kind == GK_NUM && fabs(fabs(u->value - t->value) - 1) < 1e-9 &&
                d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == '(' && d->tok[j - 1].end == u->start &&
                d->tok[j + 1].kind == GK_PUNCT &&
                d->tok[j + 1].punct == ')' && d->tok[j + 1].start == u->end)
                return true;
        }
        return false;
    }
    bool first = true;
    for (uint32_t k = t->start; k-- > 0 && first;) {
        char ch = d->text[k];
        if (ch == '\n') break;
        first = ch == ' ' || ch == '\t' || ch == '\r';
    }
    if (first) return true;
    if (i == 0 || dash || on_num) return false; /* (bytes no token holds before the first one) */
    /* or in a list run on in one line, beside the item before or after it with the same mark
       ("1) HFREF 2) CKD STAGE 3B 3) T2DM"; a first item after a colon finds its second on a later
       line: "DIAGNOSES: 1. ... 2. ..."), after a word or the end of a clause, not inside a date
       or a list of values ("21/08. BABY ... APGAR 8,9.") */
    const gtok *pv = &d->tok[i - 1];
    if ((pv->kind != GK_WORD && !(pv->kind == GK_PUNCT && strchr(")]:;", pv->punct))) || pv->end == t->start) return false;
    const char mark = d->tok[i + 1].punct;
    const bool colon = t->value == 1 && i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ':';
    for (size_t j = i; j-- > 0 && !(d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '\n');)
        if (sibling(d, j, t->value - 1, mark)) return true;
    for (size_t j = i + 2; j + 1 < d->ntok && (colon || !(d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '\n')); j++)
        if (sibling(d, j, t->value + 1, mark)) return true;
    return false;
}

static bool has_enumerator(const gdoc *d) {
    for (size_t i = 0; i < d->ntok; i++)
        if (d->tok[i].kind == GK_NUM && enumerator(d, i)) return true;
    return false;
}

/* Is token i a number written in q notation (Q1WK, q6h: "every week", "every 6 hours")? */
static bool q_notation(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    return (t->flags & GF_EXPANDED) && (d->text[t->start] | 32) == 'q' && t->start + 1 < t->end &&
           d->text[t->start + 1] >= '0' && d->text[t->start + 1] <= '9';
}

/* The number slot before the glued dash at token i - 1 of a dose schedule ("8-" or "8U-"):
 * its number's token, or SIZE_MAX. */
static size_t slot_before(const gdoc *d, size_t i) {
    if (i < 2 || d->tok[i - 1].kind != GK_PUNCT || d->tok[i - 1].punct != '-' || d->tok[i - 1].end != d->tok[i].start)
        return SIZE_MAX;
    const gtok *b = &d->tok[i - 2];
    if (b->kind == GK_NUM && b->end == d->tok[i - 1].start) return i - 2;
    /* (a unit written onto the number: "8U-") */
    if (b->kind == GK_WORD && i >= 3 && d->tok[i - 3].kind == GK_NUM && d->tok[i - 3].unit != GU_NONE &&
        d->tok[i - 3].end == b->start && b->end == d->tok[i - 1].start)
        return i - 3;
    return SIZE_MAX;
}

/* The number slot after token i across a glued dash ("-8" or, with i's unit written onto it,
 * "U-8"): its number's token, or SIZE_MAX. */
static size_t slot_after(const gdoc *d, size_t i) {
    size_t k = i + 1;
    if (k < d->ntok && d->tok[k].kind == GK_WORD && d->tok[i].unit != GU_NONE && d->tok[k].start == d->tok[i].end) k++;
    if (k + 1 >= d->ntok || d->tok[k].kind != GK_PUNCT || d->tok[k].punct != '-' || d->tok[k].start != d->tok[k - 1].end ||
        d->tok[k + 1].kind != GK_NUM || d->tok[k + 1].start != d->tok[k].end)
        return SIZE_MAX;
    return k + 1;
}

/* Is number token i a later slot of a dose schedule whose slots all hold its value (8-8-8,
 * 8U-8U-8U)? */
static bool equal_slot(const gdoc *d, size_t i) {
    size_t p = slot_before(d, i);
    if (p == SIZE_MAX || d->tok[p].value != d->tok[i].value) return false;
    for (size_t q = slot_before(d, p); q != SIZE_MAX; q = slot_before(d, q))
        if (d->tok[q].value != d->tok[i].value) return false;
    for (size_t q = slot_after(d, i); q != SIZE_MAX; q = slot_after(d, q))
        if (d->tok[q].value != d->tok[i].value) return false;
    return true;
}

/* Does d say "single" anywhere ("a single dose")? */
static bool says_single(const gdoc *d) {
    for (size_t j = 0; j < d->ntok; j++)
        if (raw_is(d, &d->tok[j], "single")) return true;
    return false;
}

/* skip_enum: leave out list item numbers (when the other text is not a numbered list) */
/* obst_req: the other text writes an obstetric formula out ("para"), so its counts must all be there */
/* A grade written as plus signs in the source ("PEDAL EDEMA ++", "KETONES +++"): a number the
 * output may write as "2+" / "3+", or not at all ("moderate oedema"), so it may match and is
 * never reported missing.  One "+" is "present", no grade. */
static size_t plus_grades(const gdoc *d, num_item *v, size_t m, size_t cap) {
    for (size_t i = 0; i < d->ntok && m < cap; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_PUNCT || t->punct != '+' || (t->start > 0 && isalnum((unsigned char)d->text[t->start - 1])))
            continue;
        size_t k = i;
        while (k + 1 < d->ntok && d->tok[k + 1].kind == GK_PUNCT && d->tok[k + 1].punct == '+' &&
               d->tok[k + 1].start == d->tok[k].end)
            k++;
        const size_t run = k - i + 1;
        if (run >= 2 && run <= 4) {
            memset(&v[m], 0, sizeof v[m]);
            v[m].value = (double)run;
            v[m].tok = i;
            v[m].optional = true;
            v[m].adverb = true; /* out of the ordinary passes */
            v[m].grade = true;
            m++;
        }
        i = k;
    }
    return m;
}

/* The digit of a drug's or a receptor's name, not an amount: 5-FU, 5-fluorouracil, 5-ASA,
 * 5-HT3, 6-MP, 6-mercaptopurine (one digit, a hyphen, the name, written together). */
static bool name_digit(const gdoc *d, size_t i) {
    /* COVID-19: the year in the disease's name */
    if (i >= 2 && d->tok[i].value == 19 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
        d->tok[i - 1].end == d->tok[i].start && d->tok[i - 2].end == d->tok[i - 1].start && gdoc_is(d, i - 2, "covid"))
        return true;
    static const char *const names[] = {"fu", "fluorouracil", "asa", "aminosalicylic", "ht", "ht3", "mp",
                                        "mercaptopurine", "hiaa", "ala", NULL};
    const gtok *t = &d->tok[i];
    /* written without the hyphen: 5FU, 6MP (a digit glued to the name) */
    if (t->end - t->start == 1 && i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD && d->tok[i + 1].start == t->end) {
        const size_t n = d->tok[i + 1].end - d->tok[i + 1].start;
        for (const char *const *p = names; *p; p++)
            if (strlen(*p) == n && strncasecmp(d->text + d->tok[i + 1].start, *p, n) == 0) return true;
    }
    if (t->end - t->start != 1 || i + 2 >= d->ntok || d->tok[i + 1].kind != GK_PUNCT || d->tok[i + 1].punct != '-' ||
        d->tok[i + 1].start != t->end || d->tok[i + 2].start != d->tok[i + 1].end || d->tok[i + 2].kind != GK_WORD)
        return false;
    const size_t n = d->tok[i + 2].end - d->tok[i + 2].start;
    for (const char *const *p = names; *p; p++)
        if (strlen(*p) == n && strncasecmp(d->text + d->tok[i + 2].start, *p, n) == 0) return true;
    return false;
}

static bool in_date(const gdoc *d, size_t k);
static bool roman(const gdoc *d, const gtok *t);

static cc_status collect(const gdoc *d, num_item **out, size_t *n, bool adverbs, bool skip_enum, bool obst_req,
                         cc_error *err) {
    size_t m = 0;
    for (size_t i = 0; i < d->ntok; i++)
        m += d->tok[i].kind == GK_NUM || d->tok[i].kind == GK_WORD || (d->tok[i].kind == GK_PUNCT && d->tok[i].punct == '+');
    size_t cap = m;
    num_item *v = calloc(m ? m : 1, sizeof *v);
    if (!v) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (numbers)");
    m = 0;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        /* numbers inside a frequency phrase count when written as digits in the source
           ("6 HRLY" must stay "every 6 hours"); "three times a day" for TDS adds nothing */
        if (t->kind != GK_NUM) continue;
        if (skip_enum && enumerator(d, i)) continue;
        if (name_digit(d, i)) continue;
        /* the 6 of Q6H is written as a digit: it counts like the 6 of "6 HRLY" */
        bool qint = q_notation(d, i);
        bool freqword = (t->flags & GF_USED) && (t->flags & (GF_EXPANDED | GF_NUMWORD)) && !(qint && !adverbs);
        if (freqword && !(adverbs && (t->flags & GF_NUMWORD))) continue;
        v[m].value = t->value;
        v[m].unit = t->unit;
        v[m].tok = i;
        v[m].each = distributive(d, i);
        v[m].month2 = shared_month(d, i);
        v[m].date = in_date(d, i);
        v[m].rom = roman(d, t);
        v[m].freqnum = !adverbs && freq_count(d, i);
        v[m].freqadv = v[m].adverb = freqword; /* "two times a day" in the output */
        /* "every second day": the output's ordinal of an interval, no amount (guard-50) */
        if (adverbs && (t->flags & GF_ORDINAL) && i > 0 && gdoc_is(d, i - 1, "every") &&
            (gdoc_is(d, i + 1, "day") || gdoc_is(d, i + 1, "week") || gdoc_is(d, i + 1, "month")))
            v[m].freqadv = v[m].adverb = true;
        /* "every fortnight" for FORTNIGHTLY: the 2 the lexicon reads into it is no amount (guard-42) */
        if (adverbs && (t->flags & GF_EXPANDED) && raw_is(d, t, "fortnight")) v[m].adverb = true;
        /* the output's "12 midnight" for the source's MIDNIGHT: the word is the time, the 12 adds
           none (so it may match, and is never reported as added) */
        if (adverbs && t->unit == GU_CLOCK && t->end - t->start == 2 && (gdoc_is(d, i + 1, "midnight") || gdoc_is(d, i + 1, "noon")))
            v[m].adverb = true;
        /* a count of an obstetric formula (G2P1L1 -> gravida 2 para 1 living 1): a rewrite
           may say it once ("second gravida with one living child"), so it may match but is
           never reported missing, unless the rewrite spells the formula out with "para" */
        if (!adverbs && !obst_req && (t->flags & GF_EXPANDED) && i > 0 && d->tok[i - 1].start == t->start &&
            (gdoc_is(d, i - 1, "gravida") || gdoc_is(d, i - 1, "para") || gdoc_is(d, i - 1, "living") ||
             gdoc_is(d, i - 1, "abortion") || gdoc_is(d, i - 1, "dead")))
            v[m].optional = true;
        /* "one" closing its clause is a pronoun ("EMERGENCY KIT - HAS ONE, EXPIRED"): the
           rewrite names the thing instead */
        if (!adverbs && (t->flags & GF_NUMWORD) && t->value == 1 && !t->unit && raw_is(d, t, "one") &&
            (i + 1 >= d->ntok || (d->tok[i + 1].kind == GK_PUNCT && strchr(",.;)", d->tok[i + 1].punct))))
            v[m].optional = true;
        /* "ESRD 2' DM NEPHROPATHY": 2' is secondary (to), 1' primary: a mark, no amount */
        if (!adverbs && t->value >= 1 && t->value <= 3 && !t->unit && i > 0 && d->tok[i - 1].kind == GK_WORD &&
            i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '\'' &&
            d->tok[i + 1].start == t->end)
            v[m].optional = true;
        /* the count of "4FDC" may be said ("four-drug fixed-dose combination") or not */
        if (i + 1 < d->ntok && d->tok[i + 1].start == t->end && d->tok[i + 1].kind == GK_WORD && d->tok[i + 1].len == 4 &&
            strcmp(GT_NORM(d, &d->tok[i + 1]) + 1, "fdc") == 0)
            v[m].optional = true;
        /* the empty slot of a dose schedule, 18U - 0 - 12U: "18 units before breakfast and 12
           units before dinner" says the schedule without its zero */
        if (!adverbs && t->value == 0 && i >= 2 && i + 2 < d->ntok && d->tok[i - 1].kind == GK_PUNCT &&
            d->tok[i - 1].punct == '-' && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
            d->tok[i + 2].kind == GK_NUM &&
            (d->tok[i - 2].kind == GK_NUM || (i >= 3 && d->tok[i - 2].kind == GK_WORD && d->tok[i - 3].kind == GK_NUM &&
                                              d->tok[i - 3].unit != GU_NONE)))
            v[m].optional = true;
        /* the count of tablets after a Dutch times a day, the 1 of "4DD1": a rewrite may say "one
           tablet" or leave it (guard-58) */
        if (!adverbs && (t->flags & GF_EXPANDED) && t->start >= 3 && i > 0 && gdoc_is(d, i - 1, "daily") &&
            (d->text[t->start - 1] | 32) == 'd' && (d->text[t->start - 2] | 32) == 'd' &&
            isdigit((unsigned char)d->text[t->start - 3]))
            v[m].optional = true;
        /* a schedule of equal doses, 8-8-8 UNITS or 8U-8U-8U: "8 units before each meal" says
           it once (8-8-6 says each dose) */
        if (!adverbs && equal_slot(d, i)) v[m].optional = true;
        m++;
    }
    if (adverbs) m = adverb_numbers(d, v, m, cap);
    else m = inword_numbers(d, v, m, cap);
    if (!adverbs) m = plus_grades(d, v, m, cap);
    *out = v;
    *n = m;
    return CC_OK;
}

static void fmt_num(char *buf, size_t n, const gdoc *d, const num_item *x) {
    const gtok *t = &d->tok[x->tok];
    const char *u = glex_unit_name(x->unit);
    /* a sign read from a minus or the word negative before the digits */
    const char *sign = x->value < 0 && d->text[t->start] != '-' ? "-" : "";
    /* a time of day by its reading, hours and minutes ("16:20", not the hour as written) */
    if (x->unit == GU_CLOCK && x->value >= 0 && x->value < 2400) {
        snprintf(buf, n, "%02d:%02d %s", (int)x->value / 100, (int)x->value % 100, u);
        return;
    }
    snprintf(buf, n, "%s%.*s%s%s", sign, (int)(t->end - t->start > 40 ? 40 : t->end - t->start), d->text + t->start,
             *u ? " " : "", u);
}

/* Is token t written as the word w (any case)? */
static bool raw_is(const gdoc *d, const gtok *t, const char *w) {
    size_t n = strlen(w);
    return t->end - t->start == n && strncasecmp(d->text + t->start, w, n) == 0;
}

/* Is token t a Roman numeral as written (I, II, III, IV ... in capitals)? */
static bool roman(const gdoc *d, const gtok *t) {
    size_t n = t->end - t->start;
    if (n == 0 || n > 5) return false;
    for (size_t k = 0; k < n; k++)
        if (!strchr("IVX", d->text[t->start + k])) return false;
    return true;
}

/* Does the source text write w[0, n) (any case) as a word of its own: no letter or digit
 * before it, and none after it (or, when letters_after, no digit)? */
static bool source_writes(const gctx *c, const char *w, size_t n, bool letters_after) {
    const char *t = c->src->text;
    for (size_t i = 0; i + n <= c->src->len; i++)
        if (strncasecmp(t + i, w, n) == 0 && (i == 0 || !isalnum((unsigned char)t[i - 1])) &&
            (i + n == c->src->len || !(letters_after ? isdigit((unsigned char)t[i + n]) : isalnum((unsigned char)t[i + n]))))
            return true;
    return false;
}

/* Is the text of output token t (an expanded code: G2P1L1) written the same way, as a word,
 * in the source? */
static bool code_kept(const gctx *c, const gtok *t) {
    size_t n = t->end - t->start;
    const char *w = c->out->text + t->start;
    bool alpha = false, digit = false;
    for (size_t k = 0; k < n; k++) {
        alpha |= (w[k] | 32) >= 'a' && (w[k] | 32) <= 'z';
        digit |= w[k] >= '0' && w[k] <= '9';
    }
    if (n < 3 || n > 16 || !alpha || !digit) return false;
    return source_writes(c, w, n, false);
}

/* Is token i a word of a unit ("mg", "units", "days")? */
static bool line_break(const gdoc *d, size_t t) { return d->tok[t].kind == GK_PUNCT && d->tok[t].punct == '\n'; }

/* Is the source's number at token k a column's header: on a line of three or more numbers and
 * nothing but their units, over a line with at least as many numbers ("500HZ 1KHZ 2KHZ 3KHZ"
 * over "RT EAR 10 10 15 25")?  A rewrite says it once per row ("10 at 500 Hz ... 10 at 500 Hz").
 * (guard-66) */
static bool header_number(const gdoc *d, size_t k) {
    size_t a = k, b = k, nums = 0, below = 0;
    while (a > 0 && !line_break(d, a - 1)) a--;
    while (b + 1 < d->ntok && !line_break(d, b + 1)) b++;
    for (size_t t = a; t <= b; t++) {
        const gtok *x = &d->tok[t];
        if (x->kind == GK_NUM) nums++;
        /* (units, glued to their numbers or known: "500HZ 1KHZ") */
        else if (x->kind == GK_WORD && glex_unit(GT_NORM(d, x), x->len) == GU_NONE &&
                 !(t > a && d->tok[t - 1].kind == GK_NUM && d->tok[t - 1].end == x->start))
            return false;
    }
    for (size_t t = b + 2; t < d->ntok && !line_break(d, t); t++) below += d->tok[t].kind == GK_NUM;
    return nums >= 3 && below >= nums;
}

static bool unit_word_at(const gdoc *d, size_t i) {
    return i < d->ntok && d->tok[i].kind == GK_WORD && glex_unit(GT_NORM(d, &d->tok[i]), d->tok[i].len) != GU_NONE;
}

/* Does the output keep, a few words from the time x, a code of letters and then digits of x's
 * value that the source writes ("at 12 weeks (SVR12)" for SVR12): the time spells the code out
 * (guard-50)? */
static bool code_spelled(const gctx *c, const num_item *x) {
    const gdoc *o = c->out;
    /* (a time, within a few words of the code: not "2 tablets of Glycomet GP2") */
    const int u = x->unit;
    if (!(u == GU_DAY || u == GU_WEEK || u == GU_MONTH || u == GU_YEAR || u == GU_HOUR || u == GU_MINUTE)) return false;
    const size_t lo = x->tok > 4 ? x->tok - 4 : 0, hi = x->tok + 5 < o->ntok ? x->tok + 5 : o->ntok;
    for (size_t q = lo; q < hi; q++) {
        const gtok *t = &o->tok[q];
        if (t->kind != GK_WORD || q == x->tok) continue;
        const char *w = o->text + t->start;
        const size_t n = t->end - t->start;
        size_t a = 0;
        while (a < n && isalpha((unsigned char)w[a])) a++;
        if (a < 2 || a == n || n - a > 3) continue;
        double v = 0;
        size_t k = a;
        for (; k < n && isdigit((unsigned char)w[k]); k++) v = v * 10 + (w[k] - '0');
        if (k == n && same_value(v, x->value) && source_writes(c, w, n, false)) return true;
    }
    return false;
}

/* An output number hyphened onto the word before it that the source writes glued ("hepatitis
 * B-0" for HEP B0, "OPV-0" for OPV0): a code kept, written with a hyphen (guard-35). */
static bool hyphened_code_kept(const gctx *c, size_t q) {
    const gdoc *o = c->out;
    if (q < 2 || o->tok[q - 1].kind != GK_PUNCT || o->tok[q - 1].punct != '-' || o->tok[q - 2].kind != GK_WORD ||
        o->tok[q - 1].start != o->tok[q - 2].end || o->tok[q].start != o->tok[q - 1].end)
        return false;
    char code[24];
    const size_t wl = o->tok[q - 2].end - o->tok[q - 2].start, nl = o->tok[q].end - o->tok[q].start;
    if (wl == 0 || wl > 8 || nl == 0 || nl > 4) return false;
    memcpy(code, o->text + o->tok[q - 2].start, wl);
    memcpy(code + wl, o->text + o->tok[q].start, nl);
    if (source_writes(c, code, wl + nl, false)) return true;
    /* (or the initials of the words it ends, spelled out: "excess blasts-1" for EB1) (guard-42) */
    for (size_t k = 2; k <= 4 && k + 1 <= q; k++) {
        size_t a = q - 1 - k; /* the first of k words q-k-1 .. q-2 */
        bool words = true;
        for (size_t x = a; x <= q - 2 && words; x++) words = o->tok[x].kind == GK_WORD && !(o->tok[x].lex & GL_STOP);
        if (!words) break;
        for (size_t x = 0; x < k; x++) code[x] = o->text[o->tok[a + x].start];
        memcpy(code + k, o->text + o->tok[q].start, nl);
        if (source_writes(c, code, k + nl, false)) return true;
    }
    return false;
}

/* Does a source word of sentence sa stand in output sentence os, one of sentence sb not? */
static bool says_sentence(const gctx *c, uint32_t os, uint32_t sa, uint32_t sb) {
    for (size_t i = 0; i < c->src->ntok; i++) {
        const gtok *t = &c->src->tok[i];
        if (t->kind != GK_WORD || t->sent != sa || t->len < 3 || (t->lex & GL_STOP)) continue;
        const char *w = GT_STEM(c->src, t);
        bool in_b = false;
        for (size_t k = 0; k < c->src->ntok && !in_b; k++)
            in_b = c->src->tok[k].sent == sb && c->src->tok[k].kind == GK_WORD && strcmp(GT_STEM(c->src, &c->src->tok[k]), w) == 0;
        if (in_b) continue;
        /* (the same stem, or the word clipped: ECHO for echocardiography) */
        const char *n = GT_NORM(c->src, t);
        const size_t nl = strlen(n);
        for (size_t j = 0; j < c->out->ntok; j++)
            if (c->out->tok[j].sent == os && c->out->tok[j].kind == GK_WORD &&
                (strcmp(GT_STEM(c->out, &c->out->tok[j]), w) == 0 ||
                 (nl >= 4 && strncmp(GT_NORM(c->out, &c->out->tok[j]), n, nl) == 0)))
                return true;
    }
    return false;
}

/* Does one output sentence say amount x matched and words of both source sentences sa and sb
 * (two statements joined into one)? */
static bool joined_in_output(const gctx *c, const num_item *o, size_t no, const num_item *x, uint32_t sa, uint32_t sb) {
    /* (two short statements of one time each: "REPEAT ECHO AFTER 2 WKS. LFT AFTER 2 WKS"; a
       prescription's duration is said of its own dose, "COLCHICINE .5 MG BD X 5 DAYS /
       PREDNISOLONE 20 MG OD X 5 DAYS", which a rewrite keeps apart) */
    if (sa == sb) return false;
    int nums = 0;
    for (size_t i = 0; i < c->src->ntok; i++)
        nums += c->src->tok[i].kind == GK_NUM && (c->src->tok[i].sent == sa || c->src->tok[i].sent == sb);
    if (nums > 2) return false;
    for (size_t j = 0; j < no; j++) {
        if (!o[j].match || o[j].unit != x->unit || !same_value(o[j].value, x->value)) continue;
        const uint32_t os = c->out->tok[o[j].tok].sent;
        if (says_sentence(c, os, sa, sb) && says_sentence(c, os, sb, sa)) return true;
    }
    return false;
}

/* Does d write 10 to the power v in superscript digits ("10⁹", "10¹²")? */
static bool superscript_power(const gdoc *d, double v) {
    for (size_t i = 0; i + 2 < d->len; i++) {
        if (d->text[i] != '1' || d->text[i + 1] != '0' || (i > 0 && d->text[i - 1] >= '0' && d->text[i - 1] <= '9')) continue;
        size_t k = i + 2;
        double x = 0;
        int n = 0;
        for (;;) {
            const unsigned char *u = (const unsigned char *)d->text + k;
            int dig = -1, w = 0;
            if (k + 1 < d->len && u[0] == 0xc2 && (u[1] == 0xb2 || u[1] == 0xb3 || u[1] == 0xb9))
                dig = u[1] == 0xb2 ? 2 : u[1] == 0xb3 ? 3 : 1, w = 2;
            else if (k + 2 < d->len && u[0] == 0xe2 && u[1] == 0x81 && (u[2] == 0xb0 || (u[2] >= 0xb4 && u[2] <= 0xb9)))
                dig = u[2] == 0xb0 ? 0 : u[2] - 0xb0, w = 3;
            if (dig < 0) break;
            x = x * 10 + dig;
            n++;
            k += (size_t)w;
        }
        if (n > 0 && same_value(x, v)) return true;
    }
    return false;
}

/* The digits of token i's text, leading zeros dropped, into buf; returns their count (0 when
 * the text holds none or too many). */
static size_t digit_string(const gdoc *d, size_t i, char *buf, size_t n) {
    const gtok *t = &d->tok[i];
    size_t m = 0;
    for (uint32_t k = t->start; k < t->end; k++) {
        char ch = d->text[k];
        if (ch < '0' || ch > '9' || (m == 0 && ch == '0')) continue;
        if (m + 1 >= n) return 0;
        buf[m++] = ch;
    }
    buf[m] = 0;
    return m;
}

/* Is one of two tokens with the same digits a plain decimal and the other a whole number,
 * neither a date nor a time (77.0 / 770, 5.0 / 50: the decimal point moved, a tenfold
 * error, not the same digits written another way)? */
static bool point_moved(const gdoc *a, size_t i, const gdoc *b, size_t j) {
    const gtok *x = &a->tok[i], *y = &b->tok[j];
    if ((x->flags & GF_DATE) || (y->flags & GF_DATE) || x->unit == GU_CLOCK || y->unit == GU_CLOCK) return false;
    bool xp = memchr(a->text + x->start, '.', x->end - x->start) != NULL;
    bool yp = memchr(b->text + y->start, '.', y->end - y->start) != NULL;
    bool xs = memchr(a->text + x->start, ':', x->end - x->start) || memchr(a->text + x->start, '/', x->end - x->start);
    bool ys = memchr(b->text + y->start, ':', y->end - y->start) || memchr(b->text + y->start, '/', y->end - y->start);
    return xp != yp && !xs && !ys && x->value != y->value;
}

/* The largest amount in one slot of a dose pattern: 1-0-1 -> 1, 2-0-2 -> 2, 1/2-0-1/2 -> 0.5. */
static double dosepat_max(const gdoc *d, const gtok *t) {
    double best = 0;
    for (uint32_t i = t->start; i < t->end; i++) {
        char ch = d->text[i];
        if (ch < '0' || ch > '9') continue;
        double v = ch - '0';
        if (i + 2 < t->end && d->text[i + 1] == '/' && d->text[i + 2] == '2') {
            v /= 2;
            i += 2;
        }
        if (v > best) best = v;
    }
    return best;
}

/* An output number the source states another way: a dose count (1, 2, 1/2
 * tablets) where the source has a dose pattern like 1-0-1, or a number word
 * equal to a daily count the source states (three for TDS). */
static bool excused(const gctx *c, const num_item *x) {
    const gtok *t = &c->out->tok[x->tok];
    bool small_dose = (x->value == 0.5 || x->value == 1 || x->value == 2) &&
                      (x->unit == GU_NONE || x->unit == GU_TAB || x->unit == GU_CAP || x->unit == GU_PUFF || x->unit == GU_DROP);
    if (small_dose)
        for (size_t i = 0; i < c->src->ntok; i++)
            if (c->src->tok[i].kind == GK_DOSEPAT && x->value <= dosepat_max(c->src, &c->src->tok[i])) return true;
    /* "one tablet twice daily" for "TAB ULTRACET BD": the single tablet or capsule a source
       names by its form without a count (guard-35); a count the source gives is matched before
       this, so "TAB X 2 BD" said "one tablet" is still a changed value */
    if (x->value == 1 && (x->unit == GU_TAB || x->unit == GU_CAP)) {
        static const char *const tab[] = {"tab", "tabs", "tablet", "tablets", NULL};
        static const char *const cap[] = {"cap", "caps", "capsule", "capsules", NULL};
        const char *const *forms = x->unit == GU_TAB ? tab : cap;
        for (size_t i = 0; i < c->src->ntok; i++)
            for (size_t f = 0; forms[f]; f++)
                if (gdoc_is(c->src, i, forms[f]) && !(i + 1 < c->src->ntok && c->src->tok[i + 1].kind == GK_NUM) &&
                    !(i > 0 && c->src->tok[i - 1].kind == GK_NUM))
                    return true;
    }
    /* (the first of a range of daily counts, "two to three times a day" for BD-TDS) */
    const bool range_first = x->unit == GU_TIMES && x->tok + 2 < c->out->ntok &&
                             (gdoc_is(c->out, x->tok + 1, "to") || gdoc_is(c->out, x->tok + 1, "or")) &&
                             c->out->tok[x->tok + 2].kind == GK_NUM;
    if ((t->flags & GF_NUMWORD) && (x->unit == GU_NONE || range_first))
        for (size_t k = 0; k < c->n_src_freq; k++)
            if (c->src_freq[k].per_day > 0 && same_value(c->src_freq[k].per_day, x->value)) return true;
    return false;
}

/* Is output number x the first of a range ("every 4-6 hours", "every 4 to 5 days") that the
 * source writes as a Q interval ("Q4-6H", "q4-5 days"), whose first number is read with its Q? */
static bool q_range_in_source(const gctx *c, const num_item *x) {
    const gdoc *o = c->out;
    const size_t i = x->tok;
    if (i + 2 >= o->ntok || o->tok[i + 2].kind != GK_NUM || x->value < 1 || x->value > 99 || x->value != (int)x->value ||
        !((o->tok[i + 1].kind == GK_PUNCT && o->tok[i + 1].punct == '-') || gdoc_is(o, i + 1, "to")))
        return false;
    const double m = o->tok[i + 2].value;
    if (m < 1 || m > 99 || m != (int)m) return false;
    char pat[16];
    const int n = snprintf(pat, sizeof pat, "q%d-%d", (int)x->value, (int)m);
    return n > 0 && source_writes(c, pat, (size_t)n, true); /* ("Q4-6H": a unit's letter may follow) */
}

/* Is source number i the hours of "2/24" (every two hours: "2/24 TURNS" for "two-hourly turns")? */
static bool per_24(const gdoc *d, size_t i) {
    return d->tok[i].unit == GU_HOUR && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '/' &&
           d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].value == 24 && d->tok[i + 1].start == d->tok[i].end;
}

/* Is source number i followed by a per-interval word, "2 WEEKLY", "3 MONTHLY", "1-HRLY"? */
static bool per_word_after(const gdoc *d, size_t i) {
    size_t j = i + 1;
    if (j < d->ntok && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '-' && d->tok[j].start == d->tok[i].end) j++;
    return gdoc_is(d, j, "weekly") || gdoc_is(d, j, "monthly") || gdoc_is(d, j, "hourly") || gdoc_is(d, j, "hrly");
}

/* Does the source give x's value in milligrams where x has micrograms, or the other way round,
 * and never in x's own unit (the thousandfold slip)? */
static bool unit_contradicted(const num_item *s, size_t ns, const num_item *x) {
    if (x->unit != GU_MG && x->unit != GU_MCG) return false;
    const int other = x->unit == GU_MG ? GU_MCG : GU_MG;
    bool seen = false;
    for (size_t i = 0; i < ns; i++) {
        if (!same_value(s[i].value, x->value)) continue;
        if (s[i].unit == x->unit) return false;
        seen |= s[i].unit == other;
    }
    return seen;
}

/* Is output number token i a micrograms amount of a drug only ever given in milligrams or grams
 * ("tenofovir disoproxil fumarate 300 mcg", "artemether-lumefantrine 20/120 mcg"): a bare source
 * strength ("TDF 300", "AL 20/120") is never that (guard-46)? */
static bool mg_drug_before(const gdoc *d, size_t i) {
    static const char *const mg_only[] = {
        "paracetamol", "acetaminophen", "aspirin", "ibuprofen", "isoniazid", "rifampicin", "rifampin", "pyrazinamide",
        "ethambutol", "tenofovir", "lamivudine", "dolutegravir", "efavirenz", "zidovudine", "nevirapine", "abacavir",
        "emtricitabine", "artemether", "lumefantrine", "artesunate", "amodiaquine", "piperaquine", "chloroquine",
        "primaquine", "quinine", "amoxicillin", "azithromycin", "ciprofloxacin", "ceftriaxone", "metronidazole",
        "doxycycline", "cotrimoxazole", "metformin", "atorvastatin", "clopidogrel", "furosemide", "omeprazole",
        "pantoprazole", "hydroxychloroquine", "sulfadoxine", "pyrimethamine", "cefixime", "amlodipine", "losartan",
        "vancomycin", "meropenem", "gabapentin", "pregabalin", "sertraline", "allopurinol", "levetiracetam",
        /* (guard-47: the second-line TB drugs) */
        "linezolid", "bedaquiline", "clofazimine", "cycloserine", "delamanid", "pretomanid", "moxifloxacin",
        "levofloxacin", NULL};
    for (size_t k = i, words = 0; k-- > 0 && words < 4;) {
        const gtok *t = &d->tok[k];
        if (t->kind == GK_PUNCT && t->punct != '/' && t->punct != '-' && t->punct != '(') return false;
        if (t->kind != GK_WORD) continue;
        words++;
        for (const char *const *p = mg_only; *p; p++)
            if (gdoc_is(d, k, *p)) return true;
    }
    return false;
}

/* Does a dose in unit u stand before bare source number i on its line ("ELTROXIN 50MCG OD, ?
 * INCREASE TO 75", "CLOZAPINE 400MG/D (150 MANE/250 NOCTE)"): the bare number is in that unit too,
 * never an output's milligrams for micrograms or micrograms for milligrams (guard-56, guard-59)? */
static bool unit_before(const gdoc *d, size_t i, int u) {
    /* (a number glued to what the unit pass did not read is no bare number: "FENTANYL 50Âµg") */
    const size_t e = d->tok[i].end;
    if (e < d->len && ((unsigned char)d->text[e] >= 0x80 || isalpha((unsigned char)d->text[e]))) return false;
    /* (on its line: a question mark does not end the statement, "? INCREASE TO 75") */
    for (size_t k = i; k-- > 0 && !(d->tok[k].kind == GK_PUNCT && (d->tok[k].punct == '\n' || d->tok[k].punct == '.'));)
        if (d->tok[k].kind == GK_NUM && d->tok[k].unit == u) return true;
    return false;
}

/* "twice" / "thrice" / "once" outside a frequency phrase ("vomited twice" for 2 EPISODES):
 * they may stand for a source number but are never reported as added. */
static size_t adverb_numbers(const gdoc *d, num_item *v, size_t m, size_t cap) {
    for (size_t i = 0; i < d->ntok && m < cap; i++) {
        const gtok *t = &d->tok[i];
        /* a time of day in words ("nil by mouth from midnight" for 00:00): it may stand for a
           source time, and is never reported as added */
        if (t->kind == GK_WORD) {
            static const struct { const char *w; double v; int unit; } said[] = {
                {"midnight", 0, GU_CLOCK}, {"noon", 1200, GU_CLOCK}, {"midday", 1200, GU_CLOCK}, {NULL, 0, 0}};
            int k = 0;
            while (said[k].w && !gdoc_is(d, i, said[k].w)) k++;
            if (said[k].w) {
                memset(&v[m], 0, sizeof v[m]);
                v[m].value = said[k].v;
                v[m].unit = said[k].unit;
                v[m].tok = i;
                v[m].adverb = true;
                m++;
                continue;
            }
        }
        if (t->kind != GK_WORD || !(t->lex & GL_FREQSTART)) continue;
        double val = gdoc_is(d, i, "once") ? 1 : gdoc_is(d, i, "twice") ? 2 : gdoc_is(d, i, "thrice") ? 3 : 0;
        /* "once she is medically stable", "once the cultures have cleared": a conjunction, no count */
        if (val == 1 && (gdoc_is(d, i + 1, "she") || gdoc_is(d, i + 1, "he") || gdoc_is(d, i + 1, "they") ||
                         gdoc_is(d, i + 1, "the") || gdoc_is(d, i + 1, "it") || gdoc_is(d, i + 1, "her") ||
                         gdoc_is(d, i + 1, "his") || gdoc_is(d, i + 1, "we") || gdoc_is(d, i + 1, "you") ||
                         gdoc_is(d, i + 1, "there") || gdoc_is(d, i + 1, "medically") || gdoc_is(d, i + 1, "stable") ||
                         gdoc_is(d, i + 1, "cleared") || gdoc_is(d, i + 1, "afebrile") || gdoc_is(d, i + 1, "symptoms")))
            continue;
        if (!val) {
            /* "hourly", "daily", "weekly", "fortnightly" alone: one interval (two for fortnightly) */
            static const struct { const char *w; double v; int unit; } per[] = {
                {"hourly", 1, GU_HOUR}, {"daily", 1, GU_DAY}, {"weekly", 1, GU_WEEK}, {"fortnightly", 2, GU_WEEK},
                {"monthly", 1, GU_MONTH}, {"yearly", 1, GU_YEAR}, {"annually", 1, GU_YEAR}, {NULL, 0, 0}};
            bool numbered = i > 0 && (d->tok[i - 1].kind == GK_NUM ||
                                      (d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && i > 1 &&
                                       d->tok[i - 2].kind == GK_NUM));
            /* "every hour", "each day": one interval */
            if (!numbered && (gdoc_is(d, i, "every") || gdoc_is(d, i, "each")) && i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD) {
                int u = glex_unit(GT_NORM(d, &d->tok[i + 1]), d->tok[i + 1].len);
                if ((u == GU_HOUR || u == GU_DAY || u == GU_WEEK || u == GU_MONTH || u == GU_MINUTE) &&
                    GT_NORM(d, &d->tok[i + 1])[d->tok[i + 1].len - 1] != 's') {
                    v[m].value = 1;
                    v[m].unit = u;
                    v[m].tok = i;
                    v[m].match = 0;
                    v[m].adverb = v[m].perint = true;
                    m++;
                    continue;
                }
            }
            for (int k = 0; per[k].w && !numbered; k++)
                if (gdoc_is(d, i, per[k].w)) {
                    v[m].value = per[k].v;
                    v[m].unit = per[k].unit;
                    v[m].tok = i;
                    v[m].match = 0;
                    v[m].adverb = v[m].perint = true;
                    m++;
                    break;
                }
            continue;
        }
        bool freq = gdoc_is(d, i + 1, "daily") || gdoc_is(d, i + 1, "a") || gdoc_is(d, i + 1, "per") || gdoc_is(d, i + 1, "every") ||
                    gdoc_is(d, i + 1, "weekly") || gdoc_is(d, i + 1, "in") || gdoc_is(d, i + 1, "each");
        v[m].value = val;
        v[m].unit = GU_TIMES;
        v[m].tok = i;
        v[m].match = 0;
        v[m].adverb = true;
        v[m].freqadv = freq; /* "twice a day": may only stand for a "2X/DAY" of the source */
        m++;
    }
    return m;
}

/* Is token i a word, or the parenthesis p? */
static bool word_or_paren(const gdoc *d, size_t i, char p) {
    return d->tok[i].kind == GK_WORD || (d->tok[i].kind == GK_PUNCT && d->tok[i].punct == p);
}

/* The bound a comparator before number token i sets: +1 a lower bound (">65", "greater than
 * 65", "above", "at least", "not less than", "minimum of"), -1 an upper bound ("<10,000",
 * "below", "up to", "at most", "no more than", "not exceeding", "maximum"), 0 none.  "over"
 * before a time is a duration ("over 30 minutes"), not a bound. */
static int bound_at(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    size_t k = t->start;
    while (k > 0 && d->text[k - 1] == ' ') k--;
    if (k >= 3 && memcmp(d->text + k - 3, "\xe2\x89\xa5", 3) == 0) return 1;  /* >= sign */
    if (k >= 3 && memcmp(d->text + k - 3, "\xe2\x89\xa4", 3) == 0) return -1; /* <= sign */
    if (k >= 1 && d->text[k - 1] == '=' && k >= 2) k--;                      /* >= <= */
    if (k >= 2 && d->text[k - 1] == '>' && (d->text[k - 2] == '-' || d->text[k - 2] == '=')) return 0; /* "6->2", an arrow */
    if (k >= 1 && (d->text[k - 1] == '>' || d->text[k - 1] == '<')) {
        /* "NOT >8 MMOL/L IN 24H": a sign after not sets the other bound */
        size_t q = k - 1;
        while (q > 0 && d->text[q - 1] == ' ') q--;
        /* (the word may follow a space or a mark: "(NOT >5 DAYS)") */
        bool neg = (q >= 3 && strncasecmp(d->text + q - 3, "not", 3) == 0 && (q == 3 || !isalnum((unsigned char)d->text[q - 4]))) ||
                   (q >= 2 && strncasecmp(d->text + q - 2, "no", 2) == 0 && (q == 2 || !isalnum((unsigned char)d->text[q - 3])));
        /* (and a "no" before the one thing bounded: "NO PARACETAMOL >2G/DAY", no more than 2 g a day)
           (guard-61) */
        if (!neg && i >= 3) neg = gdoc_drug_limit(d, i - 3);
        int b = d->text[k - 1] == '>' ? 1 : -1;
        return neg ? -b : b;
    }
    size_t j = i; /* the words before, skipping "of" ("maximum of 4 g") */
    if (j == 0 || d->tok[j - 1].kind != GK_WORD) return 0;
    if (gdoc_is(d, j - 1, "of") && j >= 2) j--;
    /* (and an article before a named line: "below the 150 line") (guard-66) */
    else if (gdoc_is(d, j - 1, "the") && j >= 2 && d->tok[j - 2].kind == GK_WORD) j--;
    const size_t w1 = j - 1;
    bool neg2 = w1 >= 1 && (gdoc_is(d, w1 - 1, "no") || gdoc_is(d, w1 - 1, "not"));
    bool time = t->unit == GU_MINUTE || t->unit == GU_HOUR || t->unit == GU_DAY || t->unit == GU_WEEK ||
                t->unit == GU_MONTH || t->unit == GU_SECOND;
    if (gdoc_is(d, w1, "than") && w1 >= 1) {
        size_t w2 = w1 - 1;
        bool neg3 = w2 >= 1 && (gdoc_is(d, w2 - 1, "no") || gdoc_is(d, w2 - 1, "not"));
        int b = 0;
        if (gdoc_is(d, w2, "greater") || gdoc_is(d, w2, "more") || gdoc_is(d, w2, "higher") || gdoc_is(d, w2, "larger"))
            b = 1;
        else if (gdoc_is(d, w2, "less") || gdoc_is(d, w2, "lower") || gdoc_is(d, w2, "fewer") || gdoc_is(d, w2, "smaller"))
            b = -1;
        return neg3 ? -b : b;
    }
    if (gdoc_is(d, w1, "least") && w1 >= 1 && gdoc_is(d, w1 - 1, "at")) return 1;
    if (gdoc_is(d, w1, "most") && w1 >= 1 && gdoc_is(d, w1 - 1, "at")) return -1;
    if (gdoc_is(d, w1, "to") && w1 >= 1 && gdoc_is(d, w1 - 1, "up")) return -1;
    if (gdoc_is(d, w1, "exceed") && w1 >= 2 && gdoc_is(d, w1 - 1, "to") && gdoc_is(d, w1 - 2, "not")) return -1;
    int b = 0;
    if (gdoc_is(d, w1, "above") || gdoc_is(d, w1, "exceeding") || gdoc_is(d, w1, "exceed") || gdoc_is(d, w1, "exceeds") ||
        gdoc_is(d, w1, "minimum") || gdoc_is(d, w1, "min") ||
        (gdoc_is(d, w1, "over") && !time))
        b = 1;
    else if (gdoc_is(d, w1, "below") || gdoc_is(d, w1, "under") || gdoc_is(d, w1, "maximum") || gdoc_is(d, w1, "max") ||
             gdoc_is(d, w1, "upto"))
        b = -1;
    return neg2 ? -b : b;
}

/* Is output number k the digits of the source's in-word code st written with a hyphen: the
 * same letters, a glued hyphen, then the number ("OPV0" -> "OPV-0", "COVID19" -> "COVID-19")? */
static bool hyphenated_code(const gdoc *src, const gtok *st, const gdoc *out, size_t k) {
    if (k < 2) return false;
    const gtok *h = &out->tok[k - 1], *w = &out->tok[k - 2], *n = &out->tok[k];
    if (h->kind != GK_PUNCT || h->punct != '-' || h->end != n->start || w->kind != GK_WORD || w->end != h->start)
        return false;
    const size_t wl = w->end - w->start, sl = st->end - st->start;
    if (wl < 2 || wl >= sl || strncasecmp(out->text + w->start, src->text + st->start, wl) != 0) return false;
    for (size_t q = st->start + wl; q < st->end; q++)
        if (src->text[q] < '0' || src->text[q] > '9') return false;
    return true;
}

/* Is output number k the digits of the source's in-word code st whose letters the output
 * writes as a word of their own a few words before ("CTP C11" -> "class C (score 11)")
 * (guard-42)? */
static bool letters_apart(const gdoc *src, const gtok *st, const gdoc *out, size_t k) {
    size_t nl = 0;
    while (st->start + nl < st->end && isalpha((unsigned char)src->text[st->start + nl])) nl++;
    if (nl == 0 || nl > 3 || st->start + nl == st->end) return false;
    for (size_t q = k, n = 0; q-- > 0 && n < 4; n++) {
        const gtok *w = &out->tok[q];
        if (w->kind == GK_PUNCT && gdoc_is_sentend(out, q)) break;
        if (w->kind == GK_WORD && w->end - w->start == nl && strncmp(out->text + w->start, src->text + st->start, nl) == 0)
            return true;
    }
    return false;
}

/* Is number token t written with a times sign ("x3", "X2", "×3"), inside its span or right
 * before it? */
static bool times_marked(const gdoc *d, const gtok *t) {
    for (size_t a = t->start; a <= t->start + 2 && a < t->end; a++) {
        if (d->text[a] >= '0' && d->text[a] <= '9') {
            if (a >= 1 && (d->text[a - 1] == 'x' || d->text[a - 1] == 'X')) return true;
            return a >= 2 && (unsigned char)d->text[a - 2] == 0xC3 && (unsigned char)d->text[a - 1] == 0x97; /* U+00D7 */
        }
    }
    return false;
}

/* A threshold turned round: a number the source bounds one way ("MAP GOAL >65", "NOT MORE
 * THAN 4 G/DAY") that the output bounds only the other way ("no greater than 65", "more than
 * 4 g a day").  A bound the output leaves unsaid is not reported here. */
static cc_status bounds(gctx *c, cc_error *err) {
    const gdoc *s = c->src, *o = c->out;
    for (size_t i = 0; i < s->ntok; i++) {
        if (s->tok[i].kind != GK_NUM || (s->tok[i].flags & GF_DATE)) continue;
        int b = bound_at(s, i);
        if (!b) continue;
        size_t opp = SIZE_MAX;
        bool same = false;
        for (size_t j = 0; j < o->ntok && !same; j++) {
            const gtok *x = &o->tok[j];
            if (x->kind != GK_NUM || !same_value(x->value, s->tok[i].value) ||
                (x->unit != s->tok[i].unit && x->unit != GU_NONE && s->tok[i].unit != GU_NONE))
                continue;
            int ob = bound_at(o, j);
            if (ob == b) same = true;
            else if (ob == -b && opp == SIZE_MAX) opp = j;
        }
        if (same || opp == SIZE_MAX) continue;
        const gtok *ts = &s->tok[i], *to = &o->tok[opp];
        if (!gctx_reason(c, "numbers", ts->start, ts->end, to->start, to->end,
                         "bound reversed: the source sets %s bound of %.*s, the output %s", b > 0 ? "a lower" : "an upper",
                         (int)(ts->end - ts->start), s->text + ts->start, b > 0 ? "an upper one" : "a lower one"))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
    }
    return CC_OK;
}

/* The date that source token k stands in (GF_DATE numbers one separator apart, "06/05/2024"):
 * its first token, and its parts' values in v (up to 3); the number of parts. */
static size_t date_group(const gdoc *d, size_t k, size_t *first, double v[3]) {
    /* (or a day and a month of two digits each, "06/05", which the scanner leaves a fraction) */
    if (!(d->tok[k].flags & GF_DATE)) {
        size_t a = k;
        if (a >= 2 && d->tok[a - 1].kind == GK_PUNCT && d->tok[a - 1].punct == '/') a -= 2;
        if (a + 2 >= d->ntok) return 0;
        const gtok *x = &d->tok[a], *sl = &d->tok[a + 1], *y = &d->tok[a + 2];
        if (x->kind != GK_NUM || sl->kind != GK_PUNCT || sl->punct != '/' || y->kind != GK_NUM ||
            x->end != sl->start || sl->end != y->start || x->end - x->start != 2 || y->end - y->start != 2 || x->unit ||
            y->unit || x->value < 1 || x->value > 31 || y->value < 1 || y->value > 12 ||
            (a + 3 < d->ntok && d->tok[a + 3].kind == GK_PUNCT && d->tok[a + 3].punct == '/'))
            return 0;
        v[0] = d->tok[a].value;
        v[1] = d->tok[a + 2].value;
        *first = a;
        return 2;
    }
    size_t a = k;
    while (a > 0 && d->tok[a - 1].kind == GK_NUM && (d->tok[a - 1].flags & GF_DATE) &&
           d->tok[a - 1].end + 1 == d->tok[a].start)
        a--;
    size_t n = 0;
    for (size_t j = a; j < d->ntok && n < 3; j++) {
        v[n++] = d->tok[j].value;
        if (j + 1 >= d->ntok || d->tok[j + 1].kind != GK_NUM || !(d->tok[j + 1].flags & GF_DATE) ||
            d->tok[j].end + 1 != d->tok[j + 1].start)
            break;
    }
    *first = a;
    return n;
}

/* Is token k a part of a date: a GF_DATE number, or a day or month of a two-part "06/05"
 * (guard-42: so the 3 of "day 3" pairs with "day 3" before a "12/03" can take it)? */
static bool in_date(const gdoc *d, size_t k) {
    size_t first;
    double v[3];
    return (d->tok[k].flags & GF_DATE) || date_group(d, k, &first, v) >= 2;
}

/* Does token a open its line (a chart's entry: "06/05 14:00 T 100.4F")? */
static bool opens_line(const gdoc *d, size_t a) {
    return a == 0 || (d->tok[a - 1].kind == GK_PUNCT && d->tok[a - 1].punct == '\n');
}

/* Source item i, unmatched, a part of a date that opens a chart's line, where an earlier line
 * opens with the same date and the output says that one ("06/05 08:00 ... \n06/05 14:00 ..."
 * -> "On 6 May at 8:00 AM ... At 2:00 PM"): a day said once covers its entries.  (A date
 * repeated inside the text, "REMOVAL 22/09 ... REVIEW 22/09", is two statements.) */
static bool repeated_date(const gdoc *d, const num_item *s, size_t ns, size_t i) {
    size_t first, other;
    double v[3], w[3];
    size_t n = date_group(d, s[i].tok, &first, v);
    if (n < 2 || !opens_line(d, first)) return false;
    for (size_t k = 0; k < ns; k++) {
        if (!s[k].match) continue;
        size_t m = date_group(d, s[k].tok, &other, w);
        if (other == first || m != n || !opens_line(d, other)) continue;
        bool same = true;
        for (size_t q = 0; q < n && same; q++) same = v[q] == w[q];
        if (!same) continue;
        /* (every part of that occurrence matched) */
        bool all = true;
        for (size_t q = 0; q < n && all; q++) {
            all = false;
            const size_t at = (d->tok[other].flags & GF_DATE) ? other + q : other + 2 * q;
            for (size_t r = 0; r < ns && !all; r++) all = s[r].tok == at && s[r].match;
        }
        if (all) return true;
    }
    return false;
}

cc_status gcheck_numbers(gctx *c, cc_error *err) {
    num_item *s = NULL, *o = NULL;
    size_t ns = 0, no = 0;
    bool src_enum = has_enumerator(c->src), out_enum = has_enumerator(c->out);
    bool out_para = false;
    for (size_t i = 0; i < c->out->ntok && !out_para; i++) out_para = gdoc_is(c->out, i, "para");
    cc_status st = collect(c->src, &s, &ns, false, src_enum && !out_enum, out_para, err);
    if (st == CC_OK) st = collect(c->out, &o, &no, true, out_enum && !src_enum, false, err);
    if (st != CC_OK) goto done;
    fractions_in_words(c, s, ns);
    source_readings(c, s, ns, o, &no);
    /* an output "once" or "twice" outside a frequency that the source says itself in words ("VOMITED
       ONCE" -> "she vomited once"): the source's own word, so it takes no source number ("1:1
       OBSERVATION" -> "under 1: observation" must not pass on it) (guard-56) */
    for (size_t j = 0; j < no; j++) {
        const gtok *to = &c->out->tok[o[j].tok];
        if (!o[j].adverb || o[j].freqadv || o[j].perint || to->kind != GK_WORD || !(raw_is(c->out, to, "once") ||
                                                                                   raw_is(c->out, to, "twice")))
            continue;
        const char *w = GT_NORM(c->out, to);
        size_t said = 0, used = 0;
        for (size_t q = 0; q < c->src->ntok; q++) said += gdoc_is(c->src, q, w) && !(c->src->tok[q].flags & GF_EXPANDED);
        for (size_t k = 0; k < j; k++) used += o[k].adverb && o[k].match == 9 && gdoc_is(c->out, o[k].tok, w);
        if (used < said) o[j].match = 9;
    }
    /* a list's item label said as the case it numbers ("1. BABY ***, EX-28/40 ..." -> "case 1: baby ***")
       (guard-61) */
    for (size_t j = 0; j < no && src_enum; j++) {
        const size_t k = o[j].tok;
        if (o[j].match || k == 0 || c->out->tok[k].kind != GK_NUM || !(gdoc_is(c->out, k - 1, "case") ||
                                                                       gdoc_is(c->out, k - 1, "item")))
            continue;
        for (size_t q = 0; q < c->src->ntok && !o[j].match; q++)
            if (c->src->tok[q].kind == GK_NUM && c->src->tok[q].value == c->out->tok[k].value && enumerator(c->src, q))
                o[j].match = 9;
    }
    /* "2/2" between words is a count (blood cultures 2/2) or "secondary to" (SHOCK 2/2 PNA): its
       numbers may match, but are not reported missing */
    for (size_t i = 0; i < ns; i++) {
        size_t k = s[i].tok;
        const gdoc *d = c->src;
        /* (a word or a closing parenthesis before, a word or an opening one after: "(PRE-RENAL)
           2/2 ACUTE GASTROENTERITIS", "SHOCK 2/2 (L) LOWER LOBE PNEUMONIA") */
        bool first = k + 2 < d->ntok && d->tok[k + 1].kind == GK_PUNCT && d->tok[k + 1].punct == '/' &&
                     d->tok[k + 2].kind == GK_NUM && d->tok[k].value == 2 && d->tok[k + 2].value == 2 && k > 0 &&
                     (word_or_paren(d, k - 1, ')') || word_or_paren(d, k - 1, ',')) && k + 3 < d->ntok &&
                     word_or_paren(d, k + 3, '('); /* (or a comma: "SBO, PARTIAL, 2/2 ADHESIONS") (guard-46) */
        bool second = k >= 2 && d->tok[k - 1].kind == GK_PUNCT && d->tok[k - 1].punct == '/' && d->tok[k - 2].kind == GK_NUM &&
                      d->tok[k].value == 2 && d->tok[k - 2].value == 2 && k >= 3 &&
                      (word_or_paren(d, k - 3, ')') || word_or_paren(d, k - 3, ',')) &&
                      k + 1 < d->ntok && word_or_paren(d, k + 1, '(');
        if (first || second) s[i].optional = true;
    }
    /* first: an output number may spell out the digits of a source word ("cycle 3" for C3);
       not when the output keeps the word or its letter-digit group as written (S1S2 as "S1
       and S2" must not take the 2 of "stage 2", GP2 kept must not take an added 2) */
    for (size_t j = 0; j < no; j++)
        for (size_t i = 0; i < ns && !o[j].match; i++)
            if (s[i].adverb && !s[i].grade && !s[i].match && !o[j].adverb && same_value(s[i].value, o[j].value) &&
                !kept_as_written(c, &s[i]) && spelled_out(c, &s[i], &o[j]))
                s[i].match = o[j].match = 5;
    /* the digits of a source word (X2, HD2, G2P1001, C4D1) said as a number in the same place
       of the output ("for 2 days", "hospital day 2", "para 1001"): the word alignment puts the
       source word in the output number's gap */
    for (size_t j = 0; j < no; j++) {
        size_t flo, fhi, lo, hi;
        if (o[j].match || o[j].adverb ||
            !galign_gap(&c->align, c->out, c->src, true, o[j].tok, 8, &flo, &fhi, &lo, &hi))
            continue;
        for (size_t i = 0; i < ns && !o[j].match; i++)
            if (!s[i].match && s[i].adverb && (c->src->tok[s[i].tok].flags & GF_INWORD) && s[i].tok >= lo &&
                s[i].tok < hi && same_value(s[i].value, o[j].value))
                s[i].match = o[j].match = 5;
    }
    /* and a source number the output writes onto a code in its place ("C5-6" -> "C5-C6") */
    for (size_t i = 0; i < ns; i++) {
        size_t flo, fhi, lo, hi;
        if (s[i].match || s[i].adverb || !galign_gap(&c->align, c->src, c->out, false, s[i].tok, 8, &flo, &fhi, &lo, &hi))
            continue;
        for (size_t q = lo; q < hi && !s[i].match; q++) {
            const gtok *x = &c->out->tok[q];
            if (x->kind != GK_WORD || !(x->flags & GF_INWORD)) continue;
            size_t e = x->end, b = e;
            while (b > x->start && c->out->text[b - 1] >= '0' && c->out->text[b - 1] <= '9') b--;
            if (b == e || e - b > 4) continue;
            double v = 0;
            for (size_t z = b; z < e; z++) v = v * 10 + (c->out->text[z] - '0');
            if (same_value(v, s[i].value)) s[i].match = 5;
        }
    }
    /* a frequency count of the source ("2X/DAY") may be said as a frequency ("twice a day") */
    /* (and the top of a range glued to its "/DAY", "STOOLS 2-3/DAY", which freq_count leaves out
       as a bare count may be a limit, said "two to three times a day") (guard-46) */
    for (size_t i = 0; i < ns; i++) {
        const bool glued = !s[i].freqnum && !s[i].unit && !s[i].adverb && slash_glued(c->src, s[i].tok);
        for (size_t j = 0; j < no && !s[i].match && (s[i].freqnum || glued); j++)
            if ((s[i].freqnum || range_top_said(c, s[i].tok, o[j].tok)) && !o[j].match && o[j].freqadv &&
                same_value(s[i].value, o[j].value) &&
                same_period(period_after(c->src, s[i].tok, 4), period_after(c->out, o[j].tok, 3)))
                s[i].match = o[j].match = 1;
    }
    /* an ordinal ("BEFORE 4TH DOSE") said as an ordinal ("the fourth dose"): first, so neither
       the in-word digits of an L4 take the "fourth" nor the 4TH the plain 4 of a "4/10" that
       another source 4 is (guard-46) */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb && (c->src->tok[s[i].tok].flags & GF_ORDINAL) &&
                           !(c->src->tok[s[i].tok].flags & GF_NUMWORD) && !s[i].unit;
             j++)
            /* (not "the first hour", which also says an "1 HR" of the source) */
            if (!o[j].match && !o[j].adverb && !o[j].unit && (c->out->tok[o[j].tok].flags & GF_ORDINAL) &&
                same_value(s[i].value, o[j].value))
                s[i].match = o[j].match = 1;
    /* an obstetric formula's numbers (G2P1L1) may be said in words: "second gravida, one living
       child", and so may other in-word digits ("D1, D2" -> "the first and second parts",
       "A&Ox3" -> "oriented times three"); but a number word the source also writes as a number
       of its own is that number's ("4x D2 + 1x D1" -> "four from D2 and one from D1") */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && s[i].adverb && !s[i].match && (c->src->tok[s[i].tok].flags & GF_INWORD); j++) {
            /* (or as the same count with its times sign: "A&Ox3" -> "alert and oriented x3 / ×3"; or
               the same code with a hyphen: "OPV0" -> "OPV-0") */
            const bool times = times_marked(c->src, &c->src->tok[s[i].tok]) && times_marked(c->out, &c->out->tok[o[j].tok]);
            const bool rejoined = hyphenated_code(c->src, &c->src->tok[s[i].tok], c->out, o[j].tok) ||
                                  letters_apart(c->src, &c->src->tok[s[i].tok], c->out, o[j].tok);
            if (o[j].match || (o[j].adverb && !times) || o[j].unit || !same_value(s[i].value, o[j].value) ||
                !((c->out->tok[o[j].tok].flags & GF_NUMWORD) || times || rejoined))
                continue;
            bool own = false;
            for (size_t q = 0; q < ns && !own && !s[i].obst && !(c->out->tok[o[j].tok].flags & GF_ORDINAL); q++)
                own = !s[q].adverb && !s[q].match && same_value(s[q].value, o[j].value);
            if (!own) s[i].match = o[j].match = 6;
        }
    /* "ORIENTED X3" said by what the patient is oriented to ("oriented to time, place and
       person"): the count of the spheres the output names after "oriented" (first, so the count
       never takes another 3 of the output: "A&OX3 ... PAIN 3/10") */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (s[i].match || s[i].unit || k < 2 || !gdoc_is(c->src, k - 1, "x") ||
            !(gdoc_is(c->src, k - 2, "oriented") || gdoc_is(c->src, k - 2, "orientated")))
            continue;
        for (size_t j = 0; j + 1 < c->out->ntok && !s[i].match; j++) {
            if (!gdoc_is(c->out, j, "oriented") && !gdoc_is(c->out, j, "orientated")) continue;
            int spheres = 0;
            for (size_t q = j + 1; q < c->out->ntok && q <= j + 10 && !gdoc_is_sentend(c->out, q); q++)
                spheres += gdoc_is(c->out, q, "time") || gdoc_is(c->out, q, "place") || gdoc_is(c->out, q, "person") ||
                           gdoc_is(c->out, q, "situation") || gdoc_is(c->out, q, "date") || gdoc_is(c->out, q, "self");
            if (spheres && same_value(s[i].value, spheres)) s[i].match = 5;
        }
    }
    /* a count of one written X1 ("DEXAMETHASONE 12 MG X1", "PRN (x1 in 24h)") said "once" or "a
       single": matched before the plain passes, so it never takes the 1 of "1 sachet" that
       another source 1 is (guard-35) */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (s[i].match || s[i].unit || !same_value(s[i].value, 1) || k < 1 || !gdoc_is(c->src, k - 1, "x") ||
            c->src->tok[k - 1].end != c->src->tok[k].start)
            continue;
        /* (after a dose, "MAGNYL 75MG X1", the Nordic once daily may be meant: "once daily" says it) (guard-56) */
        const bool dose = gx1_after_dose(c->src, k - 1);
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (!o[j].match && same_value(o[j].value, 1) &&
                /* (not a dosing frequency: the "once" of "once daily" says no count) */
                !((gdoc_is(c->out, o[j].tok + 1, "daily") && !dose) || gdoc_is(c->out, o[j].tok + 1, "a") ||
                  gdoc_is(c->out, o[j].tok + 1, "per") || gdoc_is(c->out, o[j].tok + 1, "every") ||
                  gdoc_is(c->out, o[j].tok + 1, "weekly") || gdoc_is(c->out, o[j].tok + 1, "monthly")) &&
                (raw_is(c->out, &c->out->tok[o[j].tok], "once") || raw_is(c->out, &c->out->tok[o[j].tok], "single")))
                s[i].match = o[j].match = 5;
    }
    /* a number of a frequency phrase ("Q1H", "2 HRLY") said by a per-interval word or a frequency
       phrase's number ("every hour"): first, so it never takes a plain amount of its value that
       another source number is ("Q1H ... REASSESS 1HR" -> "every hour ... in 1 hour") (guard-35) */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb; j++)
            if (!o[j].match && (o[j].perint || o[j].freqadv) && s[i].unit && s[i].unit == o[j].unit &&
                (q_notation(c->src, s[i].tok) || per_word_after(c->src, s[i].tok)) && same_value(s[i].value, o[j].value))
                s[i].match = o[j].match = 1;
    /* an age in years and months ("1 yr 2 mo M") said in months ("a 14-month-old boy"): the next
       source number after the years, in months, with the months the output gives (guard-46) */
    for (size_t i = 0; i + 1 < ns; i++) {
        if (s[i].match || s[i + 1].match || s[i].unit != GU_YEAR || s[i + 1].unit != GU_MONTH ||
            s[i + 1].tok > s[i].tok + 3 || s[i].value > 18 || s[i].value != (double)(int)s[i].value)
            continue;
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (!o[j].match && !o[j].adverb && o[j].unit == GU_MONTH &&
                same_value(o[j].value, 12 * s[i].value + s[i + 1].value))
                s[i].match = s[i + 1].match = o[j].match = 5;
    }
    /* a US month/day the British notation took for a duration ("PASSED 3/7", "REMOVED 11/24":
       three days, eleven hours) that the output says as a date ("on March 7", "on November 24"):
       the numerator is the month the output names right before the denominator's day (guard-46) */
    for (size_t i = 0; i < ns; i++) {
        const gdoc *d = c->src;
        const size_t k = s[i].tok;
        if (s[i].match || s[i].value < 1 || s[i].value > 12 || s[i].value != (double)(int)s[i].value || k + 2 >= d->ntok ||
            !(s[i].unit == GU_DAY || s[i].unit == GU_HOUR || s[i].unit == GU_WEEK || s[i].unit == GU_MONTH) ||
            d->tok[k + 1].kind != GK_PUNCT || d->tok[k + 1].punct != '/' || d->tok[k + 2].kind != GK_NUM ||
            !(d->tok[k + 2].flags & GF_USED))
            continue;
        for (size_t j = 0; j < no && !s[i].match; j++) {
            const size_t q = o[j].tok;
            if (o[j].match || o[j].adverb || q == 0 || !same_value(o[j].value, d->tok[k + 2].value)) continue;
            const gtok *m = &c->out->tok[q - 1];
            char w[12];
            const size_t wl = m->end - m->start;
            if (wl < 3 || wl >= sizeof w) continue;
            for (size_t z = 0; z < wl; z++) w[z] = (char)tolower((unsigned char)c->out->text[m->start + z]);
            if (glex_month(w, wl) != (int)s[i].value) continue;
            s[i].match = o[j].match = 5;
            for (size_t r = 0; r < no; r++) /* (the month's name is a number of the output too) */
                if (o[r].tok == q - 1 && !o[r].match) o[r].match = 5;
        }
    }
    /* a fraction the output writes exactly as the source does ("WAS 6/12 POD1" -> "it was 6/12",
       a visual acuity the British notation took for six months): the same reading on both sides,
       its numerator for the numerator and its denominator, if the output counts one, spent (guard-50) */
    for (size_t i = 0; i < ns; i++) {
        const gdoc *d = c->src;
        const size_t k = s[i].tok;
        if (s[i].match || k + 2 >= d->ntok || d->tok[k + 1].kind != GK_PUNCT || d->tok[k + 1].punct != '/' ||
            d->tok[k + 2].kind != GK_NUM || d->tok[k + 1].start != d->tok[k].end ||
            d->tok[k + 2].start != d->tok[k + 1].end ||
            (d->tok[k].flags & GF_DATE) || (k + 3 < d->ntok && d->tok[k + 3].kind == GK_PUNCT && d->tok[k + 3].punct == '/'))
            continue;
        /* (no unit after it on either side: "8/2 MG" -> "8/2 mcg" is a unit changed) */
        const size_t n = d->tok[k + 2].end - d->tok[k].start;
        if ((d->tok[k + 2].unit != GU_NONE && !(d->tok[k + 2].flags & GF_USED)) || unit_word_at(d, k + 3)) continue;
        for (size_t j = 0; j < no && !s[i].match; j++) {
            const gdoc *e = c->out;
            const size_t q = o[j].tok;
            /* (either side may have read it as the British notation, "4/24" four hours: a
               denominator spent there) */
            const bool spent = q + 2 < e->ntok && ((e->tok[q + 2].flags & GF_USED) || (d->tok[k + 2].flags & GF_USED));
            if (o[j].match || (o[j].unit != GU_NONE && o[j].unit != s[i].unit && !spent) || q + 2 >= e->ntok ||
                (e->tok[q + 2].unit != d->tok[k + 2].unit && !spent) ||
                unit_word_at(e, q + 3) || e->tok[q + 2].end - e->tok[q].start != n ||
                strncmp(e->text + e->tok[q].start, d->text + d->tok[k].start, n) != 0 || e->tok[q + 1].kind != GK_PUNCT ||
                (q + 3 < e->ntok && e->tok[q + 3].kind == GK_PUNCT && e->tok[q + 3].punct == '/'))
                continue;
            s[i].match = o[j].match = 1;
            for (size_t r = 0; r < no; r++)
                if (o[r].tok == q + 2 && !o[r].match) o[r].match = 1;
            for (size_t r = 0; r < ns; r++)
                if (s[r].tok == k + 2 && !s[r].match) s[r].match = 1;
        }
    }
    /* passes 0-2 match the numbers a rewrite must say before the optional ones ("2/2" for
       "secondary to" must not take the "two" of a "SZ X2"); each runs twice, required first */
    /* pass 0: value, unit, written as digits on both sides and both in or out of a date
       (so "single" for 1 cannot take the 01 of a date) */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < no && !s[i].match && !s[i].adverb && s[i].optional == (pass == 1); j++) {
                const gtok *ts = &c->src->tok[s[i].tok], *to = &c->out->tok[o[j].tok];
                /* (nor a Roman numeral, "Pabrinex I and II, 2 pairs": the II takes no digit) (guard-43) */
                if (!o[j].match && !o[j].adverb && !(to->flags & GF_NUMWORD) && !(ts->flags & GF_NUMWORD) &&
                    !o[j].rom && !s[i].rom && s[i].date == o[j].date && s[i].unit == o[j].unit &&
                    same_value(s[i].value, o[j].value))
                    s[i].match = o[j].match = 1;
            }
    /* pass 1: value and unit (a Roman numeral for a Roman numeral: "BPAD I ... TARGET 0.6-1.0" ->
       "type I ... 0.6-1.0 mmol/L", where the 1.0 must not take the I) (guard-50) */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < no && !s[i].match && !s[i].adverb && s[i].optional == (pass == 1); j++)
                if (!o[j].match && !o[j].freqadv && !o[j].perint && s[i].unit == o[j].unit && o[j].rom == s[i].rom &&
                    same_value(s[i].value, o[j].value))
                    s[i].match = o[j].match = 1;
    /* pass 2: value, one side without a unit (but not an output amount in a unit the source
       never gives that value, where it gives it in another unit of the same kind: "LEVIPIL 500
       BD ... LEVIPIL 500MG 1-0-1" -> "500 mg ... 500 mcg") */
    /* (source numbers without a unit first, so "BSAS 1" takes the output's bare 1 before an
       "ADRENALINE 1MG" whose amount the output changed can: guard-35) */
    /* (an output Roman numeral last for source digits: the digits of the same value first) */
    for (int pass = 0; pass < 4; pass++)
        for (size_t i = 0; i < ns; i++)
            for (size_t jj = 0; jj < 2 * no && !s[i].match && !s[i].adverb && s[i].optional == (pass % 2 == 1) &&
                                (s[i].unit != GU_NONE) == (pass >= 2);
                 jj++) {
                /* (an output Roman numeral for digits only in the second sweep) */
                const size_t j = jj % no;
                if ((jj >= no) != (o[j].rom && !s[i].rom)) continue;
                if (!o[j].match && !o[j].freqadv && !o[j].perint && (!s[i].unit || !o[j].unit) &&
                    same_value(s[i].value, o[j].value) && !(!s[i].unit && unit_contradicted(s, ns, &o[j])) &&
                    !(!s[i].unit && o[j].unit == GU_MCG && mg_drug_before(c->out, o[j].tok)) &&
                    !(!s[i].unit && o[j].unit == GU_MG && unit_before(c->src, s[i].tok, GU_MCG)) &&
                    !(!s[i].unit && o[j].unit == GU_MCG && unit_before(c->src, s[i].tok, GU_MG)))
                    s[i].match = o[j].match = 2;
            }
    /* a count written X2 after what happened ("NOCTURIA X2", "VOMITED x3") said as a frequency
       ("nocturia twice a night") */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match; j++) {
            const size_t k = s[i].tok;
            bool xcount = k > 1 && gdoc_is(c->src, k - 1, "x") && c->src->tok[k - 1].end == c->src->tok[k].start &&
                          !s[i].unit && (c->src->tok[k - 2].kind == GK_WORD || s[i].value == 1);
            if (!xcount || o[j].match || !same_value(s[i].value, o[j].value)) continue;
            /* "BREAKTHROUGH SZ X2" -> "two breakthrough seizures": a number word without a unit */
            if (!o[j].freqadv) {
                if ((c->out->tok[o[j].tok].flags & GF_NUMWORD) && !o[j].unit && !o[j].adverb) s[i].match = o[j].match = 5;
                continue;
            }
            /* "DEXAMETHASONE 12 MG X1": "a single dose", "once" */
            if (s[i].value == 1 && (raw_is(c->out, &c->out->tok[o[j].tok], "single") ||
                                    raw_is(c->out, &c->out->tok[o[j].tok], "once"))) {
                s[i].match = o[j].match = 5;
                continue;
            }
            /* the output says it of the same thing: the source's word before X stands at most
               four words before the frequency ("nocturia twice", not the "twice daily" of a BID) */
            const char *what = GT_STEM(c->src, &c->src->tok[k - 2]);
            const size_t to = o[j].tok;
            bool near = false;
            for (size_t q = to >= 4 ? to - 4 : 0; q < to && !near; q++)
                near = c->out->tok[q].kind == GK_WORD && strcmp(GT_STEM(c->out, &c->out->tok[q]), what) == 0;
            if (near) s[i].match = o[j].match = 5;
        }
    /* a count written X2 / X3 after a procedure said as a multiple ("CABG X3" -> "triple
       coronary artery bypass grafting") */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (s[i].match || s[i].unit || k < 2 || !gdoc_is(c->src, k - 1, "x") || c->src->tok[k - 1].end != c->src->tok[k].start)
            continue;
        const char *mult = s[i].value == 2 ? "double" : s[i].value == 3 ? "triple" : s[i].value == 4 ? "quadruple" : NULL;
        for (size_t j = 0; mult && j < c->out->ntok && !s[i].match; j++)
            if (gdoc_is(c->out, j, mult)) s[i].match = 5;
    }
    /* a single time ("SHOCK 200J X1", "ALBUTEROL NEB X1") is said by the singular ("a 200 J shock")
       as often as in words: it may go unsaid */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (!s[i].match && !s[i].unit && s[i].value == 1 && k > 1 && gdoc_is(c->src, k - 1, "x") &&
            (c->src->tok[k - 1].end == c->src->tok[k].start ||
             /* ("OVER 1 HR X 1,": apart, closing its item) */
             (k + 1 < c->src->ntok && c->src->tok[k + 1].kind == GK_PUNCT && c->src->tok[k + 1].punct != '/') ||
             (gdoc_is(c->src, k + 1, "dose") && says_single(c->out)))) /* ("x 1 DOSE": "a single dose") */
            s[i].optional = true;
    }
    /* "three times" in words for a source count without a digit of its own: "thrice", or the
       x3 of "VOMITING X3" */
    for (size_t j = 0; j < no; j++)
        for (size_t i = 0; i < ns && !o[j].match && o[j].unit == GU_TIMES && (c->out->tok[o[j].tok].flags & GF_NUMWORD); i++)
            if (s[i].adverb && !s[i].match && same_value(s[i].value, o[j].value) &&
                (s[i].unit == GU_TIMES || (s[i].inword && s[i].letter == 'x')))
                s[i].match = o[j].match = 5;
    /* a distributive output number ("each for 5 days") also covers further equal source numbers */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb; j++)
            if (o[j].each && s[i].unit == o[j].unit && same_value(s[i].value, o[j].value)) s[i].match = 1;
    for (size_t i = 0; i < ns; i++) {
        size_t first;
        double v[3];
        if (s[i].match || date_group(c->src, s[i].tok, &first, v) < 2 || !same_value(v[1], s[i].value)) continue;
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (o[j].month2 && same_value(s[i].value, o[j].value)) s[i].match = 1;
    }
    /* the same amount in another unit: 2.5 kg = 2500 g, 0.5 g = 500 mg, 1.4 lakh = 1,40,000 */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb; j++) {
            double vs, vo;
            int bs = base_unit(s[i].value, s[i].unit, &vs), bo = base_unit(o[j].value, o[j].unit, &vo);
            if (!o[j].match && !o[j].adverb && bs == bo && s[i].unit != o[j].unit && (bs != GU_NONE || s[i].unit || o[j].unit) &&
                same_value(vs, vo))
                s[i].match = o[j].match = 2;
        }
    /* a per-interval word ("hourly", "a minute", "fortnightly") or a number word of a frequency
       phrase ("every two hours") for a source number of a frequency phrase ("1 HRLY", "2 HRLY") */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb; j++)
            if (!o[j].match && (o[j].perint || o[j].freqadv) && s[i].unit && s[i].unit == o[j].unit &&
                ((c->src->tok[s[i].tok].flags & GF_USED) || per_word_after(c->src, s[i].tok) || q_notation(c->src, s[i].tok) ||
                 per_24(c->src, s[i].tok)) &&
                same_value(s[i].value, o[j].value))
                s[i].match = o[j].match = 1;
    /* last, a source grade in plus signs ("++") takes an output number of its value left over
       ("2+"): after every other pass, so it never takes another number's match */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && s[i].grade && !s[i].match; j++)
            if (!o[j].match && !o[j].adverb && o[j].unit == GU_NONE && same_value(s[i].value, o[j].value))
                s[i].match = o[j].match = 2;
    /* a month and a two-digit year, "ECHO 05/24", said in full ("May 2024") */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        const gtok *ts = &c->src->tok[k];
        if (s[i].match || s[i].adverb || ts->end - ts->start != 2 || k < 2 || s[i].value >= 100) continue;
        const gtok *sl = &c->src->tok[k - 1], *mo = &c->src->tok[k - 2];
        /* (or a month's name before it, "since Nov 22", which the output says "since November
           2022": the same month before the year there) */
        const bool by_name = sl->kind == GK_NUM && (sl->flags & GF_DATE) && sl->value >= 1 && sl->value <= 12 &&
                             glex_month(GT_NORM(c->src, sl), sl->len) != 0;
        /* (or a year range's end, "etanercept (2019-22)": the first year's century) */
        const bool range = sl->kind == GK_PUNCT && sl->punct == '-' && sl->end == ts->start && mo->kind == GK_NUM &&
                           mo->end == sl->start && mo->end - mo->start == 4 && mo->value >= 1900 && mo->value < 2100 &&
                           s[i].value > fmod(mo->value, 100);
        const double century = range ? mo->value - fmod(mo->value, 100) : 2000;
        if (!by_name && !range && (sl->kind != GK_PUNCT || sl->punct != '/' || sl->end != ts->start || mo->kind != GK_NUM ||
                         mo->end != sl->start || mo->value < 1 || mo->value > 12))
            continue;
        for (size_t j = 0; j < no && !s[i].match; j++) {
            const size_t q = o[j].tok;
            const gtok *to = &c->out->tok[q];
            if (by_name && (q == 0 || c->out->tok[q - 1].kind != GK_NUM || !(c->out->tok[q - 1].flags & GF_DATE) ||
                            c->out->tok[q - 1].value != sl->value))
                continue;
            if (!o[j].match && to->end - to->start == 4 && same_value(o[j].value, century + s[i].value))
                s[i].match = o[j].match = 7;
        }
    }
    /* a power of ten's exponent ("x10^9/L", "X 10*9/L") the output writes in superscript
       ("× 10⁹/L") (guard-35) */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (s[i].match || k < 2 || c->src->tok[k - 1].kind != GK_PUNCT ||
            (c->src->tok[k - 1].punct != '^' && c->src->tok[k - 1].punct != '*') || c->src->tok[k - 2].kind != GK_NUM ||
            c->src->tok[k - 2].value != 10)
            continue;
        if (superscript_power(c->out, s[i].value)) s[i].match = 5;
    }
    /* a British duration the normaliser left as a fraction (a numerator as large as its
       denominator with no word of duration before it: "SOB 18/12", "LBP 10/7") that the output
       says in the denominator's unit ("for 18 months", "for 10 days"): the denominator is the
       unit (guard-35) */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        const int u = s[i].value == 7 ? GU_DAY : s[i].value == 12 ? GU_MONTH : s[i].value == 52 ? GU_WEEK : 0;
        if (s[i].match || !u || k < 2 || !gdoc_is_fraction(c->src, k - 2) || (c->src->tok[k - 2].flags & GF_DATE)) continue;
        const double num = c->src->tok[k - 2].value;
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (o[j].unit == u && same_value(o[j].value, num)) s[i].match = 5;
    }
    /* a date the source writes again, said once */
    for (size_t i = 0; i < ns; i++)
        if (!s[i].match && repeated_date(c->src, s, ns, i)) s[i].match = 5;
    /* a time said the same way in two neighbouring statements that the output joins ("REPEAT ECHO
       AFTER 2 WKS. LFT AFTER 2 WKS" -> "echocardiography and liver function tests should be
       repeated after 2 weeks"): the same word before the same amount, the other one matched
       (guard-35) */
    for (size_t i = 0; i < ns; i++) {
        const size_t k = s[i].tok;
        if (s[i].match || s[i].unit == GU_NONE || k == 0 || c->src->tok[k - 1].kind != GK_WORD) continue;
        for (size_t q = 0; q < ns && !s[i].match; q++) {
            const size_t r = s[q].tok;
            const uint32_t a = c->src->tok[k].sent, b = c->src->tok[r].sent;
            if (q != i && s[q].match && s[q].unit == s[i].unit && same_value(s[q].value, s[i].value) && r > 0 &&
                (a > b ? a - b : b - a) <= 1 && c->src->tok[r - 1].kind == GK_WORD &&
                strcmp(GT_NORM(c->src, &c->src->tok[r - 1]), GT_NORM(c->src, &c->src->tok[k - 1])) == 0 &&
                (gdoc_is(c->src, k - 1, "after") || gdoc_is(c->src, k - 1, "in") || gdoc_is(c->src, k - 1, "for") ||
                 gdoc_is(c->src, k - 1, "x") || gdoc_is(c->src, k - 1, "within")) &&
                joined_in_output(c, o, no, &s[i], a, b))
                s[i].match = 5;
        }
    }
    char a[64], b[64];
    /* an age and a sex glued, "93F", that the normaliser read as degrees Fahrenheit, said as
       "a 93-year-old woman" (guard-38) */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && s[i].unit == GU_DEGF; j++) {
            const size_t q = o[j].tok;
            if (o[j].match || o[j].unit != GU_YEAR || !same_value(s[i].value, o[j].value)) continue;
            bool woman = false;
            for (size_t k = q + 1; k < c->out->ntok && k <= q + 6 && !woman; k++)
                woman = gdoc_is(c->out, k, "woman") || gdoc_is(c->out, k, "female") || gdoc_is(c->out, k, "lady") ||
                        gdoc_is(c->out, k, "girl");
            if (woman) s[i].match = o[j].match = 5;
        }
    /* "500 units per litre" for "500 IU/L" (a dose in a dialysis bag, not a lab value) (guard-47) */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && s[i].unit == GU_IUL; j++) {
            const size_t q = o[j].tok;
            if (!o[j].match && o[j].unit == GU_UNIT && same_value(s[i].value, o[j].value) && gdoc_is(c->out, q + 2, "per") &&
                (gdoc_is(c->out, q + 3, "litre") || gdoc_is(c->out, q + 3, "liter")))
                s[i].match = o[j].match = 2;
        }
    /* pass 3: same value, different unit */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb && !s[i].optional; j++)
            if (!o[j].match && !o[j].adverb && same_value(s[i].value, o[j].value)) {
                s[i].match = o[j].match = 3;
                fmt_num(a, sizeof a, c->src, &s[i]);
                fmt_num(b, sizeof b, c->out, &o[j]);
                const gtok *ts = &c->src->tok[s[i].tok], *to = &c->out->tok[o[j].tok];
                if (!gctx_reason(c, "numbers", ts->start, ts->end, to->start, to->end, "unit changed: '%s' became '%s'", a, b))
                    goto oom;
            }
    /* pass 4: same unit, different value */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match && !s[i].adverb && !s[i].optional; j++)
            if (!o[j].match && !o[j].adverb && s[i].unit && s[i].unit == o[j].unit) {
                s[i].match = o[j].match = 4;
                fmt_num(a, sizeof a, c->src, &s[i]);
                fmt_num(b, sizeof b, c->out, &o[j]);
                const gtok *ts = &c->src->tok[s[i].tok], *to = &c->out->tok[o[j].tok];
                if (!gctx_reason(c, "numbers", ts->start, ts->end, to->start, to->end, "value changed: '%s' became '%s'", a, b))
                    goto oom;
            }
    /* the same digits written another way (a time, a date, a code: 0945 / 9:45 a.m. read
       differently, 12.03.2024 / 12/03/2024): three digits or more, leading zeros aside, both
       unmatched; a changed or dropped number leaves no such twin */
    for (size_t i = 0; i < ns; i++) {
        if (s[i].match || s[i].adverb) continue;
        char ds[32], dout[32];
        if (digit_string(c->src, s[i].tok, ds, sizeof ds) < 3) continue;
        for (size_t j = 0; j < no && !s[i].match; j++) {
            if (o[j].match || o[j].adverb) continue;
            if (digit_string(c->out, o[j].tok, dout, sizeof dout) >= 3 && strcmp(ds, dout) == 0 &&
                !point_moved(c->src, s[i].tok, c->out, o[j].tok))
                s[i].match = o[j].match = 2;
        }
    }
    /* an in-word number whose letter the output spells out without it ("cycle" for C4,
       "day" for D2, "days 1 and" for D1,D8): the value is nowhere in the output and the
       source word is not kept as written (D3 of vitamin D3 stays "D3") */
    for (size_t i = 0; i < ns; i++) {
        if (s[i].match || (!s[i].letter && !s[i].inword) || (c->src->tok[s[i].tok].flags & GF_EXPANDED)) continue;
        if (gset_find(&c->out_words, GT_STEM(c->src, &c->src->tok[s[i].tok])) != SIZE_MAX ||
            gset_find(&c->out_words, GT_NORM(c->src, &c->src->tok[s[i].tok])) != SIZE_MAX)
            continue;
        if (kept_as_written(c, &s[i])) continue; /* "S1 and S2" for S1S2 */
        if (gdoc_written_hyphenated(c->out, c->src->text + c->src->tok[s[i].tok].start,
                                     c->src->tok[s[i].tok].end - c->src->tok[s[i].tok].start))
            continue; /* "PD-L1" for PDL1 (guard-47) */
        bool there = false;
        for (size_t j = 0; j < no && !there; j++) there = !o[j].match && same_value(s[i].value, o[j].value);
        /* (a lone G0 or P0 said "nulligravid", "nulliparous") (guard-50) */
        const char *nulli = s[i].letter == 'g' ? "nulligrav" : s[i].letter == 'p' ? "nullip" : NULL;
        for (size_t q = 0; q < c->out->ntok && nulli && s[i].value == 0 && !there; q++)
            there = c->out->tok[q].kind == GK_WORD && strncmp(GT_NORM(c->out, &c->out->tok[q]), nulli, strlen(nulli)) == 0;
        if (there) continue;
        const char *w = spelled_word(c->out, s[i].letter);
        if (!w) continue;
        fmt_num(a, sizeof a, c->src, &s[i]);
        const gtok *ts = &c->src->tok[s[i].tok];
        if (!gctx_reason(c, "numbers", ts->start, ts->end, -1, -1,
                         "number %g of '%s' is missing from the output, which says '%s' without it", s[i].value, a, w))
            goto oom;
    }
    /* a fraction of normal saline (N/2 -> "half normal saline") is said by its word or by its
       strength ("0.45% saline"); dropping it leaves another fluid ("normal saline") */
    for (size_t q = 0; q + 2 < c->src->ntok; q++) {
        static const struct { const char *w; double pct; } fr[] = {
            {"half", 0.45}, {"quarter", 0.225}, {"third", 0.3}, {"fifth", 0.18}, {NULL, 0}};
        const gtok *t = &c->src->tok[q];
        if (t->kind != GK_WORD || !(t->flags & GF_EXPANDED) || !gdoc_is(c->src, q + 1, "normal") ||
            !gdoc_is(c->src, q + 2, "saline"))
            continue;
        int k = 0;
        while (fr[k].w && !gdoc_is(c->src, q, fr[k].w)) k++;
        if (!fr[k].w) continue;
        bool said = gset_find(&c->out_words, fr[k].w) != SIZE_MAX;
        for (size_t j = 0; j < no && !said; j++)
            if (!o[j].match && o[j].unit == GU_PCT && same_value(o[j].value, fr[k].pct)) {
                o[j].match = 7;
                said = true;
            }
        if (!said && !gctx_reason(c, "numbers", t->start, t->end, -1, -1,
                                  "the fraction of normal saline '%.*s' of the source is missing from the output",
                                  (int)(t->end - t->start), c->src->text + t->start))
            goto oom;
    }
    for (size_t i = 0; i < ns; i++) {
        if (s[i].match || s[i].adverb || s[i].optional || restated(c->src, s[i].tok) || bsa_of_unit(c->src, s[i].tok)) continue;
        /* a factor of the sum worked out after it, the amount said before it in its sentence
           ("-> 100 ML/KG/DAY) = 8.5KG X 100 = 850ML/D") (guard-39) */
        bool factor = false;
        const size_t ti = s[i].tok;
        if (s[i].unit == GU_NONE && ti > 0 && ti + 1 < c->src->ntok && c->src->tok[ti + 1].kind == GK_PUNCT &&
            c->src->tok[ti + 1].punct == '=' &&
            (gdoc_is(c->src, ti - 1, "x") || (c->src->tok[ti - 1].kind == GK_PUNCT && c->src->tok[ti - 1].punct == '*')))
            for (size_t k = 0; k < ns && !factor; k++)
                factor = k != i && s[k].match && s[k].tok < ti && same_value(s[k].value, s[i].value) &&
                         c->src->tok[s[k].tok].sent == c->src->tok[ti].sent;
        if (factor) continue;
        /* a rank the output words another way ("THIRD" -> "initial"); one written with digits ("5TH ICS") is
           an amount as others are (guard-70) */
        /* (nor an interval's, "CHANGE 2ND DAILY", "every 2nd day": every other day) */
        const gtok *ts = &c->src->tok[ti];
        if ((ts->flags & GF_ORDINAL) &&
            ((ts->flags & GF_NUMWORD) || !isdigit((unsigned char)c->src->text[ts->start]) ||
             (ti > 0 && gdoc_is(c->src, ti - 1, "every")) || gdoc_is(c->src, ti + 1, "daily") ||
             gdoc_is(c->src, ti + 1, "day") ||
             /* (nor one its own count follows, "IN 1ST 1 HR": in the first hour) */
             (ti + 1 < c->src->ntok && c->src->tok[ti + 1].kind == GK_NUM && c->src->tok[ti + 1].value == s[i].value)))
            continue;
        fmt_num(a, sizeof a, c->src, &s[i]);
        if (!gctx_reason(c, "numbers", ts->start, ts->end, -1, -1, "number '%s' of the source is missing from the output", a))
            goto oom;
    }
    for (size_t j = 0; j < no; j++) {
        if (o[j].match || o[j].adverb) continue;
        const gtok *to = &c->out->tok[o[j].tok];
        /* "one" as a pronoun or article-like word is not a new number */
        if ((to->flags & GF_NUMWORD) && same_value(o[j].value, 1) && !o[j].unit) continue;
        /* a number that only spells out a frequency ("four times daily" for QID) */
        if (to->flags & GF_USED) continue;
        /* "Dolo 650 (paracetamol 650 mg)": the parenthesis restates the dose; "100,000
           international units (1 lakh)": the amount is restated in the parenthesis after it */
        if (restated(c->out, o[j].tok) || restated_after(c->out, &o[j], o, no) || restates_before(c->out, &o[j], o, no))
            continue;
        /* (or the restatement took the match this number needed: "Ecosprin AV 75/10 (aspirin 75
           mg ...); clopidogrel 75 mg" for "ECOSPRIN AV 75/10, CLOPIDOGREL 75MG") (guard-39) */
        bool took = false;
        for (size_t k = 0; k < no && !took; k++)
            took = k != j && o[k].match && o[k].unit == o[j].unit && same_value(o[k].value, o[j].value) &&
                   restated(c->out, o[k].tok);
        if (took) continue;
        /* "the four-drug fixed-dose combination" for 4FDC: a number word whose value the source
           writes glued into a code */
        if ((to->flags & GF_NUMWORD) && glued_in_source(c->src, o[j].value)) continue;
        /* "pentavalent dose 1" for PENTA1: a vaccine's dose number the source glues to its code
           (guard-39) */
        if (o[j].tok > 0 && gdoc_is(c->out, o[j].tok - 1, "dose") && !o[j].unit && dose_code_in_source(c->src, o[j].value, false))
            continue;
        /* "chronic kidney disease stage 5D" for CKD5D: the stage the code carries (guard-41) */
        if (o[j].tok > 0 && gdoc_is(c->out, o[j].tok - 1, "stage") && !o[j].unit && ckd_stage_in_source(c->src, o[j].value))
            continue;
        /* "CABG x2" for CABGx2, wherever in the output the matching left the number over
           (guard-39) */
        bool times = false;
        for (size_t k = 0; k < no && !times && !o[j].unit; k++)
            times = o[k].tok > 0 && gdoc_is(c->out, o[k].tok - 1, "x") && same_value(o[k].value, o[j].value) &&
                    !o[k].unit;
        if (times && dose_code_in_source(c->src, o[j].value, true)) continue;
        /* "one tablet in the morning and one at night" for 1-0-1; "each of the three meals" for TDS */
        if (excused(c, &o[j])) continue;
        /* "every 4-6 hours" for Q4-6H: the range's first number is the Q's (guard-35) */
        if (q_range_in_source(c, &o[j])) continue;
        /* a "single" that took a source number this one can stand for ("one unit of packed red
           cells ... one single-donor platelet unit" for 1 PRBC and 1 SDP): "single" says no
           amount of its own, so it gives the match up (guard-35) */
        bool gave = false;
        for (size_t k = 0; k < no && !gave; k++)
            if (k != j && o[k].match == 1 && raw_is(c->out, &c->out->tok[o[k].tok], "single") &&
                same_value(o[k].value, o[j].value) && o[k].unit == GU_NONE &&
                /* (a count, not a measure: "a single fever ... within 1 day" for X1 and 1 HR) */
                (o[j].unit == GU_NONE || o[j].unit == GU_UNIT || o[j].unit == GU_TAB || o[j].unit == GU_CAP)) {
                o[k].match = 0;
                o[j].match = 1;
                gave = true;
            }
        if (gave) continue;
        /* an amount said again in its sentence ("from one 800 mg tablet to two 800 mg tablets" for
           "SEVELAMER 800 MG 2-2-2 (INCREASED FROM 1-1-1)"): the same value in the same unit that
           a source number matched (guard-35) */
        bool again = false;
        /* (and the source writes the value once, in that unit: where it has the value twice, an
           output number of it left over is one too many) */
        bool strength = glex_dose_unit(o[j].unit);
        int sv = 0, su = 0;
        for (size_t i = 0; i < ns && strength; i++)
            if (same_value(s[i].value, o[j].value)) sv++, su += s[i].unit == o[j].unit;
        strength = strength && sv == 1 && su == 1;
        for (size_t k = 0; k < no && !again && strength; k++)
            again = k != j && o[k].match && o[k].unit == o[j].unit && same_value(o[k].value, o[j].value) &&
                    c->out->tok[o[k].tok].sent == to->sent &&
                    /* (apart, not the same words twice: "800 mg 800 mg" is a loop) */
                    (o[k].tok > o[j].tok ? o[k].tok - o[j].tok : o[j].tok - o[k].tok) > 3;
        if (again) continue;
        /* a code the output keeps as the source wrote it besides saying it ("Gravida 2, para 1
           (G2P1L1)"), "single" said of a count ("the single breath count"), and an ordinal or a
           Roman numeral the output words a rank with ("the third stage", "grade III"): none of
           them adds an amount */
        if (code_kept(c, to) || hyphened_code_kept(c, o[j].tok) || code_spelled(c, &o[j]) || raw_is(c->out, to, "single") ||
            (to->flags & GF_ORDINAL) || roman(c->out, to))
            continue;
        /* "she meets all three criteria": a count of what the text lists, said after "all" (guard-47) */
        if ((to->flags & GF_NUMWORD) && !o[j].unit && o[j].tok > 0 && gdoc_is(c->out, o[j].tok - 1, "all")) continue;
        /* "four-factor prothrombin complex concentrate": a kind of concentrate, no amount (guard-42) */
        if ((to->flags & GF_NUMWORD) && o[j].tok + 2 < c->out->ntok && c->out->tok[o[j].tok + 1].kind == GK_PUNCT &&
            c->out->tok[o[j].tok + 1].punct == '-' && c->out->tok[o[j].tok + 1].start == to->end &&
            gdoc_is(c->out, o[j].tok + 2, "factor"))
            continue;
        /* a column's header said once per row (guard-66) */
        bool header = false;
        for (size_t i = 0; i < ns && !header; i++)
            header = s[i].unit == o[j].unit && same_value(s[i].value, o[j].value) && header_number(c->src, s[i].tok);
        if (header) continue;
        /* "a day", "an hour": the article of an interval is no amount */
        if (raw_is(c->out, to, "a") || raw_is(c->out, to, "an")) continue;
        /* a name with a number in it said again ("the 20-minute whole blood clotting test ...
           repeat the 20-minute whole blood clotting test every 6 hours" for 20 MIN WBCT and a
           repeat WBCT) */
        if (named_again(c->out, o, no, j)) continue;
        /* "mL/min/1.73 m²": the body surface area of a GFR's unit, no amount */
        if (bsa_of_unit(c->out, o[j].tok)) continue;
        fmt_num(b, sizeof b, c->out, &o[j]);
        if (!gctx_reason(c, "numbers", -1, -1, to->start, to->end, "number '%s' in the output is not in the source", b))
            goto oom;
    }
    st = bounds(c, err);
    goto done;
oom:
    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
done:
    free(s);
    free(o);
    return st;
}
