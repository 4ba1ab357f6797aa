/* guard_forms.c - do-not-use forms introduced by the rewrite, and
 * de-identification placeholders kept verbatim.
 *
 * Do-not-use (The Joint Commission list and the ISMP additions named in the
 * project's clinical notes): U, IU, QD, QOD, a trailing zero (5.0 mg), a
 * naked decimal (.5 mg), MS, MSO4, MgSO4, µg and cc.  The clean text should
 * carry none of them, so the unambiguous ones are flagged whenever the output
 * has them; MS (also mitral stenosis), cc (a volume kept as the source wrote it)
 * and a trailing zero (allowed for lab precision: "HB 10.0") only when the
 * output has more than the source, or a trailing zero on a dose (5.0 mg).
 *
 * Placeholders ([** ... **], ***, ___) must reappear byte for byte, as many
 * times as in the source, and the output must not invent new ones. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard_internal.h"

enum { F_U, F_IU, F_QD, F_QOD, F_TRAIL, F_NAKED, F_MS, F_MSO4, F_MGSO4, F_UG, F_CC, F_COUNT_ };
static const char *const k_form_name[F_COUNT_] = {
    "U (write \"units\")", "IU (write \"international units\")", "QD (write \"daily\")",
    "QOD (write \"every other day\")", "trailing zero (write X, not X.0)", "naked decimal (write 0.X)",
    "MS (write \"morphine sulfate\")", "MSO4 (write \"morphine sulfate\")", "MgSO4 (write \"magnesium sulfate\")",
    "\xc2\xb5g (write mcg)", "cc (write mL)"};

/* Raw text of token t without dots, lowercased, into buf. */
static void raw_lower(const gdoc *d, const gtok *t, char *buf, size_t n) {
    size_t o = 0;
    for (uint32_t i = t->start; i < t->end && o + 1 < n; i++) {
        char ch = d->text[i];
        if (ch == '.') continue;
        buf[o++] = (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
    }
    buf[o] = '\0';
}

/* Is the unit at token i a lab's concentration, glued on: per litre or per gram ("U/L", "U/g
 * Hb"), and with ml the per millilitre and decilitre too ("IU/mL"; a bare U/mL is also a drug's
 * strength, "nystatin 100,000 U/mL"); never the dose per kilogram, "80 U/kg"? */
static bool lab_per(const gdoc *d, size_t i, bool ml) {
    const gtok *t = &d->tok[i];
    return i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '/' && d->tok[i + 1].start == t->end &&
           d->tok[i + 2].start == d->tok[i + 1].end &&
           (gdoc_is(d, i + 2, "l") || gdoc_is(d, i + 2, "g") || (ml && (gdoc_is(d, i + 2, "ml") || gdoc_is(d, i + 2, "dl"))));
}

static void count_forms(const gdoc *d, int cnt[F_COUNT_], size_t first[F_COUNT_]) {
    uint32_t last_start = UINT32_MAX;
    for (int k = 0; k < F_COUNT_; k++) cnt[k] = 0, first[k] = SIZE_MAX;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        int f = -1;
        if (t->kind == GK_NUM && !(t->flags & (GF_DATE | GF_NUMWORD))) {
            if (t->flags & GF_TRAILZERO) f = F_TRAIL;
            else if (t->flags & GF_NAKED) f = F_NAKED;
        } else if (t->kind == GK_WORD && t->start != last_start && t->end - t->start <= 8) {
            char w[16];
            raw_lower(d, t, w, sizeof w);
            const char *raw = d->text + t->start;
            size_t rl = t->end - t->start;
            /* U as units stands after an amount ("10 U", "6U/HR"); "U waves", "U-shaped", "U-1"
               (the fundus a fingerbreadth below the umbilicus) are no units */
            if (strcmp(w, "u") == 0) {
                bool amount = i > 0 && (d->tok[i - 1].kind == GK_NUM || gdoc_is(d, i - 1, "million") ||
                                        gdoc_is(d, i - 1, "thousand") || gdoc_is(d, i - 1, "lakh") ||
                                        gdoc_is(d, i - 1, "hundred"));
                /* (nor a lab's concentration, "G6PD 7.9 U/g Hb", "CK 450 U/L") (guard-39) */
                /* (and U/mL after a comparator, "tTG-IgA above 128 U/mL": a result against its
                   limit, no dose) (guard-42) */
                const bool compared = i >= 2 && ((d->tok[i - 2].kind == GK_PUNCT && (d->tok[i - 2].punct == '>' ||
                                                                                     d->tok[i - 2].punct == '<')) ||
                                                 gdoc_is(d, i - 2, "above") || gdoc_is(d, i - 2, "below") ||
                                                 gdoc_is(d, i - 2, "than"));
                if (amount && !(t->end < d->len && d->text[t->end] == '-') && !lab_per(d, i, compared)) f = F_U;
            }
            /* (not a concentration a lab reports, "ASO TITRE 800 IU/ML", "ALT 45 IU/L"; the rule is
               about doses) (guard-35) */
            else if (strcmp(w, "iu") == 0 && !lab_per(d, i, true))
                f = F_IU;
            /* Qd as the dialysate flow ("Qb 300, Qd 500 mL/min", "dialysate flow (Qd)") is no "daily" */
            else if (strcmp(w, "qd") == 0 && !(gdoc_is(d, i + 1, "of") && i + 2 < d->ntok && d->tok[i + 2].kind == GK_NUM) &&
                     !(i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM && d->tok[i + 1].unit == GU_ML) &&
                     !(i >= 1 && (gdoc_is(d, i - 1, "flow") || gdoc_is(d, i - 1, "qb") || gdoc_is(d, i - 1, "dialysate"))) &&
                     !(i >= 2 && (gdoc_is(d, i - 2, "flow") || gdoc_is(d, i - 2, "qb") || gdoc_is(d, i - 2, "dialysate"))) &&
                     !(i >= 3 && (gdoc_is(d, i - 3, "flow") || gdoc_is(d, i - 3, "dialysate"))))
                f = F_QD;
            else if (strcmp(w, "qod") == 0) f = F_QOD;
            /* (not milliseconds after a number: "PR 260 ms", "QTc 480ms") */
            else if (rl == 2 && ((raw[0] == 'M' && raw[1] == 'S') || (raw[0] == 'm' && raw[1] == 's')) &&
                     !(i > 0 && d->tok[i - 1].kind == GK_NUM))
                f = F_MS;
            else if (strcmp(w, "mso4") == 0) f = F_MSO4;
            else if (strcmp(w, "mgso4") == 0) f = F_MGSO4;
            else if (strcmp(w, "\xc2\xb5g") == 0 || strcmp(w, "\xce\xbcg") == 0 || strcmp(w, "ug") == 0) f = F_UG;
            else if (strcmp(w, "cc") == 0) f = F_CC;
            last_start = t->start;
        }
        if (f >= 0) {
            cnt[f]++;
            if (first[f] == SIZE_MAX) first[f] = i;
        }
    }
}

/* First number with a trailing zero followed by a dose unit (5.0 mg), or SIZE_MAX. */
static size_t dose_trailing_zero(const gdoc *d) {
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || !(t->flags & GF_TRAILZERO) || (t->flags & GF_DATE)) continue;
        if (t->unit == GU_MG || t->unit == GU_G || t->unit == GU_MCG || t->unit == GU_ML || t->unit == GU_UNIT ||
            t->unit == GU_TAB || t->unit == GU_CAP || t->unit == GU_MEQ || t->unit == GU_MLHR || t->unit == GU_MGKG ||
            t->unit == GU_MCGKGMIN) /* (a rate or a weight-based dose is a dose too: "15.0 mL/hr") */
            return i;
    }
    return SIZE_MAX;
}

cc_status gcheck_forms(gctx *c, cc_error *err) {
    int cs[F_COUNT_], co[F_COUNT_];
    size_t fs[F_COUNT_], fo[F_COUNT_];
    count_forms(c->src, cs, fs);
    count_forms(c->out, co, fo);
    /* a multiple sclerosis written inside its course's initials (RRMS, SPMS, PPMS) is the MS a
       rewrite spells "relapsing-remitting MS" */
    for (size_t i = 0; i < c->src->ntok; i++) {
        const gtok *t = &c->src->tok[i];
        const char *r = c->src->text + t->start;
        if (t->kind == GK_WORD && t->end - t->start == 4 && r[2] == 'M' && r[3] == 'S' &&
            (strncmp(r, "RR", 2) == 0 || strncmp(r, "SP", 2) == 0 || strncmp(r, "PP", 2) == 0))
            cs[F_MS]++;
    }
    /* a trailing zero written with a decimal comma, "INR 2,0-3,0" (the German and Brazilian way),
       is the source's own when the output writes "2.0" (guard-52); read only when the output has a
       trailing zero to answer for */
    for (size_t q = 1; co[F_TRAIL] > 0 && q + 1 < c->src->len; q++) {
        const char *x = c->src->text;
        if (x[q] != ',' || !isdigit((unsigned char)x[q - 1]) || x[q + 1] != '0') continue;
        size_t z = q + 1;
        while (z < c->src->len && x[z] == '0') z++;
        /* (one or two zeros and no more digits: not the thousands of "1,000", "1,00,000") */
        if (z - q - 1 > 2 || (z < c->src->len && isdigit((unsigned char)x[z])) ||
            (z + 1 < c->src->len && x[z] == ',' && isdigit((unsigned char)x[z + 1])))
            continue;
        cs[F_TRAIL]++;
    }
    for (int k = 0; k < F_COUNT_; k++) {
        /* unambiguous forms are flagged whenever the clean text carries them; MS (also
           mitral stenosis), a trailing zero (lab precision) and cc (a haematoma's or a drain's
           volume the source writes in cc: "a 35 cc extradural haematoma") only when introduced */
        bool always = k != F_MS && k != F_TRAIL && k != F_CC;
        size_t at = fo[k];
        if (k == F_TRAIL && co[k] > 0 && co[k] <= cs[k]) {
            at = dose_trailing_zero(c->out);
            always = at != SIZE_MAX;
        }
        if (!(co[k] > cs[k] || (always && co[k] > 0))) continue;
        const gtok *t = &c->out->tok[at];
        if (!gctx_reason(c, "do_not_use", -1, -1, t->start, t->end, "the output %s the do-not-use form %s",
                         co[k] > cs[k] ? "introduces" : "keeps", k_form_name[k]))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
    }
    /* placeholders: compare the multisets of exact strings */
    size_t nps = 0, npo = 0;
    for (size_t i = 0; i < c->src->ntok; i++) nps += c->src->tok[i].kind == GK_PH;
    for (size_t i = 0; i < c->out->ntok; i++) npo += c->out->tok[i].kind == GK_PH;
    if (!nps && !npo) return CC_OK;
    gset s, o;
    cc_status st = gset_init(&s, nps, err);
    if (st != CC_OK) return st;
    st = gset_init(&o, npo, err);
    if (st != CC_OK) {
        gset_free(&s);
        return st;
    }
    /* placeholder keys are the raw text (arena holds it lowercased; compare raw via the span) */
    for (size_t i = 0; i < c->src->ntok; i++)
        if (c->src->tok[i].kind == GK_PH) gset_add(&s, GT_NORM(c->src, &c->src->tok[i]), (uint32_t)i);
    for (size_t i = 0; i < c->out->ntok; i++)
        if (c->out->tok[i].kind == GK_PH) gset_add(&o, GT_NORM(c->out, &c->out->tok[i]), (uint32_t)i);
    for (size_t k = 0; k < s.cap && st == CC_OK; k++) {
        if (!s.keys[k]) continue;
        const gtok *ts = &c->src->tok[s.aux[k]];
        size_t ko = gset_find(&o, s.keys[k]);
        uint32_t have = ko == SIZE_MAX ? 0 : o.count[ko];
        /* the arena is lowercased: also require the raw bytes to match */
        bool raw_ok = false;
        if (ko != SIZE_MAX) {
            const gtok *to = &c->out->tok[o.aux[ko]];
            raw_ok = to->end - to->start == ts->end - ts->start &&
                     memcmp(c->out->text + to->start, c->src->text + ts->start, ts->end - ts->start) == 0;
        }
        if (have < s.count[k] || !raw_ok) {
            if (!gctx_reason(c, "placeholder", ts->start, ts->end, -1, -1,
                             "placeholder '%.*s' appears %u time(s) in the source but %u verbatim in the output",
                             (int)(ts->end - ts->start > 60 ? 60 : ts->end - ts->start), c->src->text + ts->start, s.count[k],
                             raw_ok ? have : 0))
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
        }
    }
    for (size_t k = 0; k < o.cap && st == CC_OK; k++) {
        if (!o.keys[k] || o.count[k] <= gset_count(&s, o.keys[k])) continue;
        const gtok *to = &c->out->tok[o.aux[k]];
        if (!gctx_reason(c, "placeholder", -1, -1, to->start, to->end, "placeholder '%.*s' in the output is not in the source",
                         (int)(to->end - to->start > 60 ? 60 : to->end - to->start), c->out->text + to->start))
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
    }
    gset_free(&s);
    gset_free(&o);
    return st;
}
