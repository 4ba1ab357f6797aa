/* guard_freq.c - frequencies and routes of administration, per medication.
 *
 * Frequency phrases are read into doses per day plus flags (as needed,
 * immediately, at night, weekly, alternate days): OD / once daily / daily /
 * 1-0-0 are 1, BD / twice a day / 1-0-1 / every 12 hours are 2, TDS / three
 * times a day / 8 hourly are 3, and so on.  OD is always a dose slot here
 * (Indian usage), never the right eye.  Numbers inside a frequency phrase
 * ("every 8 hours", "three times a day") are marked so the number check does
 * not count them as doses.
 *
 * The check compares, for every drug of the source, the frequencies and
 * routes in its clause (from the drug to the next drug or the sentence end)
 * with those in the clauses of the same drug in the output; it flags only a
 * contradiction (both sides state a frequency or a route and they differ) or
 * a lost "as needed" / "immediately".  Across the whole text, a daily count
 * the source never states is flagged too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guard_internal.h"

static bool is_w(const gdoc *d, size_t i, const char *w) { return gdoc_is(d, i, w); }

static bool is_any(const gdoc *d, size_t i, const char *const *ws) {
    for (; *ws; ws++)
        if (gdoc_is(d, i, *ws)) return true;
    return false;
}

static bool is_num(const gdoc *d, size_t i) { return i < d->ntok && d->tok[i].kind == GK_NUM; }

/* "day" / "daily" / "a day" / "per day" / "every day" / "in a day" at i; returns tokens used or 0. */
static size_t day_tail(const gdoc *d, size_t i) {
    static const char *const day[] = {"day", "daily", "days", NULL};
    if (is_w(d, i, "daily")) return 1;
    if ((is_w(d, i, "a") || is_w(d, i, "per") || is_w(d, i, "every") || is_w(d, i, "each")) && is_any(d, i + 1, day))
        return 2;
    if (is_w(d, i, "in") && is_w(d, i + 1, "a") && is_w(d, i + 2, "day")) return 3;
    if (is_w(d, i, "/") || (i < d->ntok && d->tok[i].kind == GK_PUNCT && d->tok[i].punct == '/')) {
        if (is_w(d, i + 1, "day") || is_w(d, i + 1, "d")) return 2;
    }
    return 0;
}

/* q8h, q12h, q6h, q4h, q2h written as one word */
static int qnh(const gdoc *d, size_t i) {
    if (i >= d->ntok || d->tok[i].kind != GK_WORD) return 0;
    const char *w = GT_NORM(d, &d->tok[i]);
    size_t n = d->tok[i].len;
    if (n < 3 || n > 5 || w[0] != 'q' || w[n - 1] != 'h') return 0;
    int v = 0;
    for (size_t k = 1; k + 1 < n; k++) {
        if (w[k] < '0' || w[k] > '9') return 0;
        v = v * 10 + (w[k] - '0');
    }
    return v > 0 && v <= 24 ? v : 0;
}

static int per_day_from_hours(double h) {
    if (h <= 0 || h > 24) return 0;
    return (int)(24.0 / h + 0.5);
}

/* Match a frequency phrase at i; fill f and return tokens used (0 if none). */
static size_t match(gdoc *d, size_t i, gfreq *f) {
    /* ("AS REQ", "AS REQD": as required) (guard-66) */
    static const char *const needed[] = {"needed", "required", "necessary", "req", "reqd", NULL};
    memset(f, 0, sizeof *f);
    f->first = i;
    size_t n;
    {
        /* fast reject: only numbers, dose patterns, q<N>h and a few words start a phrase */
        const gtok *t = &d->tok[i];
        if (t->kind == GK_WORD && !(t->lex & GL_FREQSTART) && GT_NORM(d, t)[0] != 'q') {
            /* (and the dose times that start no other phrase: AM, PM, midday, midi, lunchtime) */
            const char *w = GT_NORM(d, t);
            const bool slot = t->len == 2   ? (strcmp(w, "am") == 0 || strcmp(w, "pm") == 0)
                              : t->len == 4 ? strcmp(w, "midi") == 0
                              : t->len == 6 ? strcmp(w, "midday") == 0
                              : t->len == 9 ? strcmp(w, "lunchtime") == 0
                                            : false;
            if (!slot) return 0;
        }
        if (t->kind != GK_WORD && t->kind != GK_NUM && t->kind != GK_DOSEPAT) return 0;
    }
    if (d->tok[i].kind == GK_DOSEPAT) {
        f->per_day = d->tok[i].value >= 0 && d->tok[i].value <= 1000 ? (int)d->tok[i].value : 0;
        n = 1;
        goto done;
    }
    if (is_w(d, i, "once") && is_w(d, i + 1, "weekly")) {
        f->flags = GQ_WEEKLY;
        n = 2;
        goto done;
    }
    if (is_w(d, i, "once") && (is_w(d, i + 1, "a") || is_w(d, i + 1, "every") || is_w(d, i + 1, "per")) &&
        is_w(d, i + 2, "week")) {
        f->flags = GQ_WEEKLY;
        n = 3;
        goto done;
    }
    /* "twice a week", "three times a week", "2 times per week", "thrice weekly": a weekly
       schedule (the count itself is compared by the numbers check) */
    {
        size_t k = i;
        bool count = is_any(d, i, (const char *const[]){"twice", "thrice", NULL});
        if (count) k = i + 1;
        else if (is_num(d, i) && (is_w(d, i + 1, "times") || is_w(d, i + 1, "x"))) k = i + 2;
        if (k > i) {
            size_t w = 0;
            if (is_w(d, k, "weekly")) w = 1;
            else if ((is_w(d, k, "a") || is_w(d, k, "per") || is_w(d, k, "every") || is_w(d, k, "each")) && is_w(d, k + 1, "week"))
                w = 2;
            if (w) {
                if (!count) d->tok[i].flags |= GF_USED;
                f->flags = GQ_WEEKLY;
                n = k - i + w;
                goto done;
            }
        }
    }
    if (is_w(d, i, "weekly")) {
        f->flags = GQ_WEEKLY;
        n = 1;
        goto done;
    }
    /* "every 4 weeks", "every 2 weeks", "every week": a schedule in weeks, as "4-WEEKLY" and
       "Q2 WEEKLY" are (the count is the numbers check's); and a range of them, "every 10 to 12
       weeks", "every 10-12 weeks", as "10-12 WEEKLY" is (guard-56) */
    if (is_w(d, i, "every") || is_w(d, i, "each")) {
        size_t q = i + 1;
        const bool to = is_w(d, q + 1, "to") || is_w(d, q + 1, "or") ||
                        (q + 1 < d->ntok && d->tok[q + 1].kind == GK_PUNCT && d->tok[q + 1].punct == '-');
        if (is_num(d, q) && to && is_num(d, q + 2) && is_w(d, q + 3, "weeks"))
            q += 2; /* (the range's second number) */
        if (is_w(d, i + 1, "week") || (is_num(d, q) && (is_w(d, q + 1, "weeks") || is_w(d, q + 1, "week")))) {
            f->flags = GQ_WEEKLY;
            n = is_w(d, i + 1, "week") ? 2 : q + 2 - i;
            goto done;
        }
    }
    if (is_any(d, i, (const char *const[]){"once", "twice", "thrice", NULL})) {
        size_t t = day_tail(d, i + 1);
        if (t) {
            f->per_day = is_w(d, i, "once") ? 1 : is_w(d, i, "twice") ? 2 : 3;
            n = 1 + t;
            goto done;
        }
    }
    if (is_num(d, i) && d->tok[i].value >= 0 && d->tok[i].value <= 1000 &&
        (is_w(d, i + 1, "times") || is_w(d, i + 1, "time") || is_w(d, i + 1, "x"))) {
        size_t t = day_tail(d, i + 2);
        /* (or the day unsaid after a drop: "1 DROP 6 TIMES LE") (guard-58) */
        const bool drop = !t && is_w(d, i + 1, "times") && d->tok[i].value >= 2 && d->tok[i].value <= 12 &&
                          d->tok[i].value == (int)d->tok[i].value && i >= 2 &&
                          (is_w(d, i - 1, "drop") || is_w(d, i - 1, "drops")) && is_num(d, i - 2);
        if (t || drop) {
            f->per_day = (int)d->tok[i].value;
            d->tok[i].flags |= GF_USED;
            n = 2 + t;
            goto done;
        }
    }
    if (is_w(d, i, "every") && is_num(d, i + 1) && (is_w(d, i + 2, "hour") || is_w(d, i + 2, "hours") ||
                                                     is_w(d, i + 2, "hourly") || is_w(d, i + 2, "h") || is_w(d, i + 2, "hr"))) {
        f->per_day = per_day_from_hours(d->tok[i + 1].value);
        d->tok[i + 1].flags |= GF_USED;
        d->tok[i + 1].unit = GU_HOUR;
        n = 3;
        goto done;
    }
    /* "every 2-4 hours", "every 4 to 6 hours": a range, whose numbers are an interval's and
       which states no one count (the source reads "2-4 HRLY" by its 4, "Q4-6H" by its 4)
       (guard-35) */
    if (is_w(d, i, "every") && is_num(d, i + 1) && i + 4 < d->ntok &&
        ((d->tok[i + 2].kind == GK_PUNCT && d->tok[i + 2].punct == '-') || is_w(d, i + 2, "to")) && is_num(d, i + 3) &&
        (is_w(d, i + 4, "hour") || is_w(d, i + 4, "hours") || is_w(d, i + 4, "h") || is_w(d, i + 4, "hr"))) {
        /* (its numbers read as the source's "2-4 HRLY" are: the first a plain number, the second
           the interval in hours) */
        d->tok[i + 3].flags |= GF_USED;
        d->tok[i + 3].unit = GU_HOUR;
        n = 5;
        goto done;
    }
    if (is_num(d, i) && (is_w(d, i + 1, "hourly") || is_w(d, i + 1, "hrly"))) {
        f->per_day = per_day_from_hours(d->tok[i].value);
        d->tok[i].flags |= GF_USED;
        d->tok[i].unit = GU_HOUR;
        n = 2;
        goto done;
    }
    if (is_num(d, i) && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
        is_w(d, i + 2, "hourly")) {
        f->per_day = per_day_from_hours(d->tok[i].value);
        d->tok[i].flags |= GF_USED;
        d->tok[i].unit = GU_HOUR;
        n = 3;
        goto done;
    }
    /* "hourly" alone (moxifloxacin e/d hourly): every hour */
    if (is_w(d, i, "hourly") || is_w(d, i, "hrly")) {
        f->per_day = 24;
        n = 1;
        goto done;
    }
    int q = qnh(d, i);
    if (q) {
        f->per_day = per_day_from_hours(q);
        n = 1;
        goto done;
    }
    /* the Q spaced from its hours, "Q 12 HR", "Q 4 HRS" (guard-56) */
    if (is_w(d, i, "q") && is_num(d, i + 1) && d->tok[i + 1].value >= 1 && d->tok[i + 1].value <= 24 &&
        (is_w(d, i + 2, "h") || is_w(d, i + 2, "hr") || is_w(d, i + 2, "hour") || is_w(d, i + 2, "hours"))) {
        f->per_day = per_day_from_hours(d->tok[i + 1].value);
        n = 3;
        goto done;
    }
    if ((is_w(d, i, "every") && is_w(d, i + 1, "other") && is_w(d, i + 2, "day")) ||
        (is_w(d, i, "alternate") && (is_w(d, i + 1, "day") || is_w(d, i + 1, "days")))) {
        f->flags = GQ_ALT;
        n = 3 - is_w(d, i, "alternate");
        goto done;
    }
    if (is_w(d, i, "daily") || is_w(d, i, "everyday") || is_w(d, i, "od") ||
        ((is_w(d, i, "every") || is_w(d, i, "each")) && is_w(d, i + 1, "day"))) {
        f->per_day = 1;
        n = is_w(d, i, "every") || is_w(d, i, "each") ? 2 : 1;
        goto done;
    }
    if ((is_w(d, i, "bedtime") || is_w(d, i, "nightly") || is_w(d, i, "night") || is_w(d, i, "evening")) &&
        /* (a time past, not a dose time: "breathlessness since last night", "yesterday evening") */
        !(i > 0 && (is_w(d, i - 1, "last") || is_w(d, i - 1, "yesterday") || is_w(d, i - 1, "previous")))) {
        f->flags = GQ_NIGHT;
        n = 1;
        goto done;
    }
    if (is_w(d, i, "morning") || is_w(d, i, "afternoon") || is_w(d, i, "noon") || is_w(d, i, "breakfast") ||
        is_w(d, i, "midday") || is_w(d, i, "lunchtime") || is_w(d, i, "midi") /* (guard-56) */) {
        f->flags = GQ_MORNING;
        n = 1;
        goto done;
    }
    /* AM / PM right after a dose: "0.5MG AM / 0.25MG MIDDAY / 0.5MG HS", "10 UNITS PM" (a clock
       time's "8 AM" has no unit) (guard-39) */
    /* (or after a dose and its route: "INSULATARD 26U SC AM + 14U PM") (guard-56) */
    size_t at = i;
    if ((is_w(d, i, "am") || is_w(d, i, "pm")) && i > 2 && d->tok[i - 1].kind == GK_WORD &&
        glex_route(GT_NORM(d, &d->tok[i - 1]), d->tok[i - 1].len))
        at = i - 1;
    if ((is_w(d, i, "am") || is_w(d, i, "pm")) && at > 0 &&
        ((d->tok[at - 1].kind == GK_NUM && d->tok[at - 1].unit != GU_NONE && d->tok[at - 1].unit != GU_CLOCK &&
          !(d->tok[at - 1].flags & GF_DATE)) ||
         (at > 1 && d->tok[at - 2].kind == GK_NUM && d->tok[at - 1].kind == GK_WORD &&
          glex_unit(GT_NORM(d, &d->tok[at - 1]), d->tok[at - 1].len) != GU_NONE))) {
        f->flags = is_w(d, i, "am") ? GQ_MORNING : GQ_NIGHT;
        n = 1;
        goto done;
    }
    if ((is_w(d, i, "as") || is_w(d, i, "when") || is_w(d, i, "if")) && is_any(d, i + 1, needed)) {
        f->flags = GQ_PRN;
        n = 2;
        goto done;
    }
    /* "on an as-needed basis", "whenever needed / required" */
    if ((is_w(d, i, "as") && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
         is_any(d, i + 2, needed)) ||
        (is_w(d, i, "whenever") && is_any(d, i + 1, needed))) {
        f->flags = GQ_PRN;
        n = is_w(d, i, "as") ? 3 : 2;
        goto done;
    }
    if (is_w(d, i, "as") && is_w(d, i + 1, "and") && is_w(d, i + 2, "when")) {
        f->flags = GQ_PRN;
        n = 3;
        goto done;
    }
    if ((is_w(d, i, "on") && is_w(d, i + 1, "demand")) || is_w(d, i, "sos") || is_w(d, i, "prn")) {
        f->flags = GQ_PRN;
        n = is_w(d, i, "on") ? 2 : 1;
        goto done;
    }
    if (is_w(d, i, "immediately") || is_w(d, i, "stat")) {
        f->flags = GQ_STAT;
        n = 1;
        goto done;
    }
    /* "a single immediate oral dose": the route between (guard-49) */
    if (is_w(d, i, "immediate") && is_w(d, i + 2, "dose") &&
        (is_w(d, i + 1, "oral") || is_w(d, i + 1, "intravenous") || is_w(d, i + 1, "intramuscular") ||
         is_w(d, i + 1, "subcutaneous"))) {
        d->tok[i].flags |= GF_USED;
        f->flags = GQ_STAT;
        n = 3;
        goto done;
    }
    /* STAT said in words: "as a single dose", "one dose now", "once now", "once only",
       "right away", "straight away" */
    {
        const char *w0 = GT_NORM(d, &d->tok[i]);
        bool dose_now = (strcmp(w0, "single") == 0 && is_w(d, i + 1, "dose")) ||
                        (strcmp(w0, "immediate") == 0 && is_w(d, i + 1, "dose")) || /* "a single immediate dose" */
                        /* "an immediate nebulisation of salbutamol" (guard-42) */
                        (strcmp(w0, "immediate") == 0 &&
                         (is_w(d, i + 1, "nebulisation") || is_w(d, i + 1, "nebulization") || is_w(d, i + 1, "bolus") ||
                          is_w(d, i + 1, "injection"))) ||
                        (strcmp(w0, "one") == 0 && is_w(d, i + 1, "immediate") && is_w(d, i + 2, "dose")) ||
                        (strcmp(w0, "one") == 0 && is_w(d, i + 1, "dose") &&
                         (is_w(d, i + 2, "now") || is_w(d, i + 2, "immediately") || is_w(d, i + 2, "only")));
        if (dose_now || (is_w(d, i, "once") && (is_w(d, i + 1, "now") || is_w(d, i + 1, "only"))) ||
            ((is_w(d, i, "right") || is_w(d, i, "straight")) && is_w(d, i + 1, "away"))) {
            if (dose_now) d->tok[i].flags |= GF_USED; /* "single" is notation here, not a count */
            f->flags = GQ_STAT;
            n = 2;
            goto done;
        }
        /* "a single 2 g dose": the amount inside the phrase stays a number of its own (guard-42) */
        if (strcmp(w0, "single") == 0 && i + 2 < d->ntok && d->tok[i + 1].kind == GK_NUM && d->tok[i + 1].unit) {
            size_t k = i + 2;
            if (k < d->ntok && d->tok[k].kind == GK_WORD && glex_unit(GT_NORM(d, &d->tok[k]), d->tok[k].len)) k++;
            if (is_w(d, k, "dose")) {
                d->tok[i].flags |= GF_USED;
                f->flags = GQ_STAT;
                n = k - i + 1;
                goto done;
            }
        }
        if (strcmp(w0, "single") == 0 && is_w(d, i + 1, "immediate") && is_w(d, i + 2, "dose")) {
            d->tok[i].flags |= GF_USED;
            f->flags = GQ_STAT;
            n = 3;
            goto done;
        }
    }
    if (is_w(d, i, "at") && is_w(d, i + 1, "once")) {
        f->flags = GQ_STAT;
        n = 2;
        goto done;
    }
    return 0;
done:
    f->last = i + n - 1;
    return n;
}

cc_status gfreq_scan(gdoc *d, gfreq **out, size_t *nout, cc_error *err) {
    size_t cap = 16, n = 0;
    gfreq *v = malloc(cap * sizeof *v);
    if (!v) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (frequencies)");
    for (size_t i = 0; i < d->ntok;) {
        gfreq f;
        size_t used = match(d, i, &f);
        if (!used) {
            i++;
            continue;
        }
        if (n == cap) {
            gfreq *nv = realloc(v, cap * 2 * sizeof *v);
            if (!nv) {
                free(v);
                return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (frequencies)");
            }
            v = nv;
            cap *= 2;
        }
        v[n++] = f;
        i += used;
    }
    *out = v;
    *nout = n;
    return CC_OK;
}

/* ---------------------------------------------------------------- per-drug comparison */

/* What a drug's clause(s) say. */
typedef struct {
    uint32_t per_day;  /* bit k set: k doses per day stated */
    int flags;         /* GQ_* union */
    uint32_t routes;   /* bit r set: route GR_r stated */
    int64_t start, end; /* span of the first clause */
    uint32_t delay;    /* bit h: the clause says "in", "within", "for" or "after" h hours (h <= 24), no interval
                          (guard-69) */
} clause_info;

static int route_at(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (t->kind != GK_WORD) return GR_NONE;
    if (is_w(d, i, "by") && is_w(d, i + 1, "mouth")) return GR_PO;
    if (is_w(d, i, "per") && (is_w(d, i + 1, "oral") || is_w(d, i + 1, "os"))) return GR_PO;
    if (is_w(d, i, "per") && (is_w(d, i + 1, "rectum") || is_w(d, i + 1, "rectal"))) return GR_PR;
    if (is_w(d, i + 0, "oral") && i > 0 && is_w(d, i - 1, "per")) return GR_NONE; /* counted at "per" */
    return glex_route(GT_NORM(d, t), t->len);
}

/* Is the mention at j a diluent, named after "in" and its volume ("LACTULOSE RETENTION ENEMA
 * 300ML IN 700ML NS SOS")? (guard-44) */
static bool diluent(const gdoc *d, size_t j) {
    size_t p = j;
    if (p > 0 && is_w(d, p - 1, "of")) p--; /* ("in 700 mL of normal saline") */
    if (p > 0 && d->tok[p - 1].kind == GK_WORD && glex_unit(GT_NORM(d, &d->tok[p - 1]), d->tok[p - 1].len)) p--;
    return p >= 2 && d->tok[p - 1].kind == GK_NUM && (d->tok[p - 1].unit == GU_ML || d->tok[p - 1].unit == GU_L) &&
           is_w(d, p - 2, "in");
}

/* End of the clause of the drug mention at index k of mentions m (exclusive token index). */
static size_t clause_end(const gdoc *d, const size_t *m, size_t nm, size_t k) {
    size_t q = k + 1;
    while (q < nm && diluent(d, m[q])) q++; /* (a diluent is part of the drug's item) */
    size_t lim = q < nm ? m[q] : d->ntok;
    size_t i = m[k] + 1;
    while (i < lim && !(gdoc_is_sentend(d, i) && d->tok[i].punct != ':')) i++;
    return i;
}

/* Does the comma item starting at token c name a new thing of a list: a dosage form ("..., TAB
 * X"), or a name the lexicons do not know followed by its strength ("..., APRACLONIDINE 1% R
 * STAT") or by a second such word ("..., STEAM INHALATION BD")? */
static bool new_item(const gdoc *d, size_t c) {
    /* (after an "and": "..., and suction as needed") (guard-50) */
    const bool and_item = is_w(d, c, "and");
    if (and_item) c++;
    if (c + 1 >= d->ntok || d->tok[c].kind != GK_WORD) return false;
    /* (an instruction of its own: "every 12 hours, and continue 2 mg every 4 hours as needed") (guard-57) */
    if (is_w(d, c, "continue") || is_w(d, c, "start") || is_w(d, c, "add")) return true;
    const gtok *t = &d->tok[c], *n = &d->tok[c + 1];
    if (and_item && !t->lex && t->len >= 5 && n->kind == GK_WORD && (n->lex & (GL_FREQWORD | GL_FREQSTART))) return true;
    if (t->lex & GL_FORM) return true;
    /* (an as-needed word before a dosage form or a drug: "..., SOS INJ TRAMADOL 50MG IV") (guard-41) */
    {
        size_t q = c + 1; /* (SOS and PRN may be read as "as needed") */
        if (is_w(d, c, "as") && is_w(d, q, "needed") && d->tok[q].start == t->start) q++;
        if ((q > c + 1 || is_w(d, c, "sos") || is_w(d, c, "prn")) && q < d->ntok && d->tok[q].kind == GK_WORD &&
            (d->tok[q].lex & (GL_FORM | GL_DRUG | GL_SYN)))
            return true;
    }
    if (t->lex || t->len < 4) return false;
    /* (a further dose of the same drug is no new item: "MORPHINE 5MG SC STAT, REPEAT 2.5MG AT 20 MIN
       IF NEEDED") (guard-35) */
    static const char *const again[] = {"repeat", "further", "another", "additional", "extra", "then", "maintenance",
                                        "loading", "booster", "top-up", NULL};
    if (is_any(d, c, again)) return false;
    if (n->kind == GK_NUM && n->unit != GU_NONE && t->len >= 5) return true;
    /* a name and a frequency the source writes short: "..., ENEMA STAT" */
    if (n->kind == GK_WORD && (n->flags & GF_EXPANDED) && (n->lex & GL_FREQWORD) && t->len >= 5) return true;
    return n->kind == GK_WORD && !n->lex && n->len >= 4;
}

/* Is the frequency phrase at token p (in a clause from a) a schedule the drug had before:
 * "(previously taken in the morning)", "(WAS QAM)", "instead of twice daily"? */
static bool former_schedule(const gdoc *d, size_t a, size_t p) {
    static const char *const glue[] = {"taken", "given", "used", "in", "at", "the", "every", "once", "of", NULL};
    for (size_t q = p, n = 0; q-- > a && n < 4; n++) {
        if (is_w(d, q, "previously") || is_w(d, q, "formerly") || is_w(d, q, "instead")) return true;
        if ((is_w(d, q, "was") || is_w(d, q, "were")) && q > 0 && d->tok[q - 1].kind == GK_PUNCT &&
            d->tok[q - 1].punct == '(')
            return true;
        if (!is_any(d, q, glue)) return false;
    }
    return false;
}

/* Does frequency phrase f stand right before "of" and the drug at a: "a single dose of
 * lorazepam", or with a route and "dose" between, "a stat oral dose of prednisolone"
 * (guard-39)? */
static bool of_phrase(const gdoc *d, const gfreq *f, size_t a) {
    if (f->first >= a || a < 2) return false;
    if (f->last + 2 == a && is_w(d, a - 1, "of")) return true;
    for (size_t q = f->last + 1; q + 1 < a && q <= f->last + 2; q++) {
        if (!(route_at(d, q) || is_w(d, q, "dose") || is_w(d, q, "doses"))) break;
        if (q + 2 == a && is_w(d, a - 1, "of")) return true;
    }
    return false;
}

/* Is frequency f a taper's or a titration's step, next to "by" and the step's amount ("REDUCE BY
 * 5MG Q2WKS", "TITRATE BY 25MG Q WEEKLY", "titrate weekly by 5mg", "by 5 mg each week")? */
static bool taper_step(const gdoc *d, const gfreq *f) {
    bool then = false;
    /* (six tokens back: a decimal comma's step, "REDUCE BY 2,5 MG EVERY 2 WEEKS", is three) (guard-61) */
    for (size_t q = f->first, n = 0; q-- > 0 && n < 6; n++) {
        if (gdoc_is_sentend(d, q)) break;
        if (is_w(d, q, "by") && is_num(d, q + 1)) return true;
        then |= is_w(d, q, "then") && is_num(d, q + 1);
    }
    if (is_w(d, f->last + 1, "by") && is_num(d, f->last + 2)) return true;
    /* (and the next step of a taper the sentence names: "TAPER PRED BY 10 MG Q2 WEEKS TO 20 MG, THEN
       5 MG Q2 WKS") */
    for (size_t q = f->first; then && q-- > 0 && !gdoc_is_sentend(d, q);)
        if (is_w(d, q, "taper") || is_w(d, q, "titrate") || is_w(d, q, "reduce") || is_w(d, q, "wean")) return true;
    return false;
}

static void collect(const gdoc *d, const size_t *m, size_t nm, size_t k, const gfreq *f, size_t nf,
                    clause_info *ci) {
    size_t a = m[k], b = clause_end(d, m, nm, k);
    /* a drug's blood level is a test, no dose: "tacrolimus level and U&E tomorrow morning"
       (guard-41) */
    if (is_w(d, a + 1, "level") || is_w(d, a + 1, "levels") || is_w(d, a + 1, "trough")) return;
    /* a clause that has stated its frequency ends at the comma before a new item of the list
       ("TAB MONTAIR LC 1 HS X 15 DAYS, STEAM INHALATION BD": the BD is the steam's) */
    size_t fq = SIZE_MAX;
    for (size_t j = 0; j < nf; j++)
        if (f[j].first >= a && f[j].first < b && (fq == SIZE_MAX || f[j].last < fq)) fq = f[j].last;
    for (size_t i = fq == SIZE_MAX ? b : fq + 1; i < b; i++)
        if (d->tok[i].kind == GK_PUNCT && (d->tok[i].punct == ',' || d->tok[i].punct == ';') && new_item(d, i + 1)) {
            b = i;
            break;
        }
    int slots = 0;
    size_t last_night = SIZE_MAX;
    const char *slot_word[8];
    size_t nslot = 0;
    size_t form_start = a; /* the drug's dosage form before it, if any ("INJ TRAMADOL") */
    while (form_start > 0 && d->tok[form_start - 1].kind == GK_WORD && (d->tok[form_start - 1].lex & GL_FORM)) form_start--;
    for (size_t j = 0; j < nf; j++) {
        bool of_drug = of_phrase(d, &f[j], a);
        /* (and the names after the first of its list: "an immediate nebulisation of salbutamol
           2.5 mg and budesonide 0.5 mg") (guard-42) */
        for (size_t q = k; !of_drug && q-- > 0 && m[q] > f[j].last && d->tok[m[q]].sent == d->tok[a].sent;) {
            bool joined = false, other = false;
            for (size_t x = m[q] + 1; x < m[q + 1]; x++) joined |= is_w(d, x, "and") || is_w(d, x, "plus");
            for (size_t x = 0; x < nf && !other; x++) other = f[x].first > m[q] && f[x].first < a;
            if (!joined || other) break;
            of_drug = of_phrase(d, &f[j], m[q]);
        }
        /* (and an as-needed word right before the drug and its dosage form: ", SOS INJ TRAMADOL
           50MG IV FOR PAIN") (guard-41) */
        if ((f[j].flags & GQ_PRN) && f[j].last + 1 == form_start && f[j].first < a) {
            ci->flags |= GQ_PRN;
            continue;
        }
        if (!of_drug && (f[j].first < a || f[j].first >= b)) continue;
        /* (a time of day right before the next drug is that drug's: "decrease Levemir to 14 units
           at bedtime, and hold the morning Humalog") (guard-39) */
        if ((f[j].flags & (GQ_NIGHT | GQ_MORNING)) && k + 1 < nm && b == m[k + 1] && f[j].last + 1 == b &&
            f[j].first > a + 1)
            continue;
        if (former_schedule(d, a, f[j].first)) continue;
        /* a time the schedule moves to, or a review's time ("MOVE TO AM", "TO BE REVIEWED BY DR IN
           AM"): no dose slot (guard-51) */
        if (f[j].flags & (GQ_NIGHT | GQ_MORNING)) {
            bool moved = false;
            for (size_t q = f[j].first; q-- > a && f[j].first - q <= 6 && !moved;)
                moved = is_w(d, q, "move") || is_w(d, q, "moved") || is_w(d, q, "switch") || is_w(d, q, "switched") ||
                        is_w(d, q, "review") || is_w(d, q, "reviewed");
            if (moved) continue;
        }
        /* a taper's step: "REDUCE BY 5MG Q2WKS" is how often the dose falls, not how often it is
           taken (guard-51) */
        if (taper_step(d, &f[j])) continue;
        if (f[j].per_day > 0 && f[j].per_day < 32) ci->per_day |= 1u << f[j].per_day;
        ci->flags |= f[j].flags;
        /* "every night at bedtime", "nightly at bedtime": one night slot said twice */
        bool again = (f[j].flags & GQ_NIGHT) && last_night != SIZE_MAX && f[j].first <= last_night + 3;
        if (f[j].flags & GQ_NIGHT) last_night = f[j].first;
        if (!(f[j].flags & (GQ_NIGHT | GQ_MORNING)) || again) continue;
        /* (and the same slot word again in the clause, a dose changed at it: "10MG HS -> 15MG HS")
           (guard-37) */
        const char *sw = GT_NORM(d, &d->tok[f[j].first]);
        for (size_t q = 0; q < nslot && !again; q++) again = strcmp(slot_word[q], sw) == 0;
        if (again) continue;
        slots++;
        if (nslot < 8) slot_word[nslot++] = sw;
    }
    /* "in the morning and at night" without a count: count the slots */
    if (!ci->per_day && slots > 0 && slots < 5) ci->per_day |= 1u << slots;
    /* "in 8 hours", "within 12 hours": a delay or a duration in hours, no frequency (not a volume's time,
       "1500 mL in 24 hours", what an infusion runs over) */
    uint32_t delay = 0;
    bool volume = false;
    for (size_t i = a + 1; i < b; i++) {
        const gtok *t = &d->tok[i];
        volume = volume || (t->kind == GK_NUM && (t->unit == GU_ML || t->unit == GU_L));
        if (t->kind == GK_NUM && t->unit == GU_HOUR && !(t->flags & GF_USED) && t->value >= 1 && t->value < 24 &&
            t->value == (int)t->value &&
            (is_w(d, i - 1, "in") || is_w(d, i - 1, "within") || is_w(d, i - 1, "for") || is_w(d, i - 1, "after")))
            delay |= 1u << (int)t->value;
    }
    if (!volume) ci->delay |= delay;
    /* routes: in prose the route often comes just before the name ("IV furosemide", "oral
       torsemide"), so a route word right before this drug belongs to it and one right
       before the next drug does not */
    size_t ra = a, rb = b;
    for (size_t back = 0; back < 2 && ra > 0 && d->tok[ra - 1].sent == d->tok[a].sent; back++)
        if (route_at(d, ra - 1)) ra--;
        else if (d->tok[ra - 1].kind == GK_WORD && (d->tok[ra - 1].lex & GL_FORM)) ra--;
        else break;
    if (k + 1 < nm && b == m[k + 1])
        while (rb > a + 1 && (route_at(d, rb - 1) || (d->tok[rb - 1].kind == GK_WORD && (d->tok[rb - 1].lex & GL_FORM)))) rb--;
    for (size_t i = ra; i < rb; i++) {
        int r = route_at(d, i);
        if (r) ci->routes |= 1u << r;
    }
    if (ci->start < 0) {
        ci->start = d->tok[a].start;
        ci->end = d->tok[b > a ? b - 1 : a].end;
    }
}

/* Tokens [a, b) say only a dose: numbers, units, a dosage form, a route, list glue ("325 mg,
 * and"); a clause with more ("before each of the three meals, and") is not a bare list item. */
static bool plain_item(const gdoc *d, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind == GK_NUM || t->kind == GK_PUNCT) continue;
        if (t->kind != GK_WORD) return false;
        const char *w = GT_NORM(d, t);
        if ((t->lex & GL_FORM) || glex_unit(w, t->len) || route_at(d, i) || strcmp(w, "and") == 0 || strcmp(w, "or") == 0 ||
            strcmp(w, "tablet") == 0 || strcmp(w, "tablets") == 0 || strcmp(w, "capsules") == 0 || strcmp(w, "injections") == 0)
            continue;
        return false;
    }
    return true;
}

/* A frequency said before the drugs it governs: before the first drug of the sentence ("Stat
 * doses of Ecosprin 325 mg and Clopilet 300 mg were given"), or in a lead-in that ends with a
 * colon and names no drug ("Given immediately: Ecosprin 325 mg, Clopilet 300 mg"). */
static void heading_freq(const gdoc *d, const size_t *m, size_t nm, size_t k, const gfreq *f, size_t nf, clause_info *ci) {
    uint32_t sent = d->tok[m[k]].sent;
    size_t s0 = m[k];
    while (s0 > 0 && d->tok[s0 - 1].sent == sent) s0--;
    size_t first = m[k]; /* the sentence's first drug */
    for (size_t j = k; j-- > 0 && m[j] >= s0;) first = m[j];
    size_t lo = s0;
    /* a lead-in sentence that ends with a colon and has no drug of its own */
    if (s0 > 0 && d->tok[s0 - 1].kind == GK_PUNCT && d->tok[s0 - 1].punct == ':') {
        size_t p0 = s0 - 1;
        while (p0 > 0 && d->tok[p0 - 1].sent == d->tok[s0 - 1].sent) p0--;
        bool drug = false;
        for (size_t j = 0; j < nm && !drug; j++) drug = m[j] >= p0 && m[j] < s0;
        if (!drug) lo = p0;
    }
    for (size_t j = 0; j < nf; j++) {
        if (f[j].first < lo || f[j].last >= first) continue;
        if (f[j].per_day > 0 && f[j].per_day < 32) ci->per_day |= 1u << f[j].per_day;
        ci->flags |= f[j].flags;
    }
}

/* collect() for an output mention, reading a list that shares one frequency at its end
 * ("Ecosprin 325 mg, Clopilet 300 mg and Atorva 80 mg tablets immediately"): a clause that
 * states no frequency and runs straight into the next drug's clause takes the frequency of
 * the first clause after it, in the same sentence, that states one.  Routes stay per clause. */
static void collect_listed(const gdoc *d, const size_t *m, size_t nm, size_t k, const gfreq *f, size_t nf, clause_info *ci) {
    clause_info own = {0, 0, 0, -1, -1, 0};
    collect(d, m, nm, k, f, nf, &own);
    for (size_t j = k; !own.per_day && !own.flags && j + 1 < nm && clause_end(d, m, nm, j) == m[j + 1] &&
                       plain_item(d, m[j] + 1, m[j + 1]);
         j++) {
        clause_info next = {0, 0, 0, -1, -1, 0};
        collect(d, m, nm, j + 1, f, nf, &next);
        own.per_day = next.per_day;
        own.flags = next.flags;
    }
    if (!own.per_day && !own.flags) heading_freq(d, m, nm, k, f, nf, &own);
    ci->per_day |= own.per_day;
    ci->flags |= own.flags;
    ci->routes |= own.routes;
    ci->delay |= own.delay;
    if (ci->start < 0) {
        ci->start = own.start;
        ci->end = own.end;
    }
}

/* The name a drug's frequency is compared by: the generic of a single-ingredient brand, else
 * the word itself.  A combination or an insulin named by brand keeps its brand: one note often
 * gives two insulins different schedules (Actrapid before meals, Lantus at bedtime). */
static const char *drug_key(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    const char *const *p = (t->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(d, t), t->len) : NULL;
    if (p && !p[1] && strcmp(p[0], "insulin") != 0) return p[0];
    return GT_STEM(d, t);
}

/* Output mention i followed within its phrase by a parenthesis naming a source word other than
 * key ("modified-release morphine (MST) 10 mg twice daily", "oral morphine solution (Oramorph)
 * 5 to 10 mg every 2 hours as needed"): the generic written for a brand the source names, whose
 * schedule is that brand's, not that of the source's own mention of the generic.  Returns the
 * brand's first token in the source, or SIZE_MAX. */
static size_t glossed_brand(const gctx *c, size_t i, const char *key) {
    const gdoc *d = c->out;
    for (size_t j = i + 1; j < d->ntok && j <= i + 4; j++) {
        const gtok *t = &d->tok[j];
        if (t->sent != d->tok[i].sent || t->kind == GK_NUM) return SIZE_MAX;
        if (t->kind != GK_PUNCT || t->punct != '(') continue;
        if (j + 2 >= d->ntok || d->tok[j + 1].kind != GK_WORD || d->tok[j + 2].kind != GK_PUNCT ||
            d->tok[j + 2].punct != ')')
            return SIZE_MAX;
        const gtok *b = &d->tok[j + 1];
        const char *w = GT_STEM(d, b);
        /* (a brand, or a name the lexicon does not know; not a generic: "Neo-Mercazole
           (carbimazole)" glosses the brand the other way round) */
        if (b->len < 3 || strcmp(w, key) == 0 || (b->lex & (GL_STOP | GL_GENERIC | GL_FORM | GL_FREQWORD)) ||
            ((b->lex & GL_DRUG) && !(b->lex & GL_SYN)))
            return SIZE_MAX;
        for (size_t q = 0; q < c->src->ntok; q++)
            if (c->src->tok[q].kind == GK_WORD && strcmp(GT_STEM(c->src, &c->src->tok[q]), w) == 0) return q;
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The schedule of the source's brand at token sw, read as a mention of its own among the
 * source's mentions sm. */
static bool brand_clause(const gctx *c, size_t sw, const gfreq *sf, size_t nsf, clause_info *ci) {
    const size_t n = c->n_src_meds;
    size_t *m = malloc((n + 1) * sizeof *m), q = 0, at = SIZE_MAX;
    if (!m) return false;
    for (size_t j = 0; j <= n; j++) {
        if (at == SIZE_MAX && (j == n || c->src_meds[j] >= sw)) m[at = q++] = sw; /* sw in its place */
        if (j < n && c->src_meds[j] != sw) m[q++] = c->src_meds[j];
    }
    collect(c->src, m, q, at, sf, nsf, ci);
    free(m);
    return true;
}

/* The GQ_* flags of every frequency phrase in a sentence of d that names the drug key. */
static int sentence_flags(const gdoc *d, const size_t *m, size_t nm, const char *key, const gfreq *f, size_t nf) {
    int flags = 0;
    for (size_t k = 0; k < nm; k++) {
        if (strcmp(drug_key(d, m[k]), key) != 0) continue;
        uint32_t s = d->tok[m[k]].sent;
        /* a heading that ends in a colon ("REQ'D 1 PRN: HALOPERIDOL ...") belongs to the sentence after it */
        bool heading = false;
        for (size_t j = m[k]; j-- > 0;)
            if (d->tok[j].sent != s) {
                heading = d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ':';
                break;
            }
        for (size_t j = 0; j < nf; j++)
            if (d->tok[f[j].first].sent == s || (heading && d->tok[f[j].first].sent + 1 == s)) flags |= f[j].flags;
    }
    return flags;
}

static void describe(char *buf, size_t n, uint32_t per_day, int flags) {
    size_t o = 0;
    buf[0] = '\0';
    for (int k = 1; k < 32 && o < n; k++)
        if (per_day & (1u << k)) o += (size_t)snprintf(buf + o, n - o, "%s%dx/day", o ? "," : "", k);
    if (o < n && (flags & GQ_PRN)) o += (size_t)snprintf(buf + o, n - o, "%sas needed", o ? "," : "");
    if (o < n && (flags & GQ_STAT)) o += (size_t)snprintf(buf + o, n - o, "%simmediately", o ? "," : "");
    if (o < n && (flags & GQ_WEEKLY)) o += (size_t)snprintf(buf + o, n - o, "%sweekly", o ? "," : "");
    if (o < n && (flags & GQ_ALT)) o += (size_t)snprintf(buf + o, n - o, "%salternate days", o ? "," : "");
    if (!o) snprintf(buf, n, "none");
}

/* Does the text write an interval the phrase reader may not take as a daily count ("1-HRLY",
 * "CBG HRLY", "4/24", "Q1H")?  Then a count in the output may be that interval said in words. */
static bool interval_written(const gdoc *d) {
    for (size_t i = 0; i < d->len; i++) {
        const char *p = d->text + i;
        size_t left = d->len - i; /* the text need not end in a NUL */
        if ((left >= 4 && strncasecmp(p, "hrly", 4) == 0) || (left >= 6 && strncasecmp(p, "hourly", 6) == 0) ||
            (left >= 3 && strncmp(p, "/24", 3) == 0))
            return true;
    }
    return false;
}

cc_status gcheck_freq_routes(gctx *c, const gfreq *sf, size_t nsf, const gfreq *of, size_t nof, cc_error *err) {
    const size_t *sm = c->src_meds, *om = c->out_fmeds;
    size_t nsm = c->n_src_meds, nom = c->n_out_fmeds;
    cc_status st = CC_OK;
    for (size_t k = 0; k < nsm; k++) {
        const char *key = drug_key(c->src, sm[k]);
        /* only the first source mention of each drug is compared, with all its clauses */
        bool seen = false;
        for (size_t j = 0; j < k && !seen; j++) seen = strcmp(drug_key(c->src, sm[j]), key) == 0;
        if (seen) continue;
        clause_info s = {0, 0, 0, -1, -1, 0}, o = {0, 0, 0, -1, -1, 0};
        for (size_t j = k; j < nsm; j++)
            if (strcmp(drug_key(c->src, sm[j]), key) == 0) collect(c->src, sm, nsm, j, sf, nsf, &s);
        size_t found = 0;
        for (size_t j = 0; j < nom; j++) {
            const char *ok = drug_key(c->out, om[j]);
            int max = strlen(key) >= 8 ? 2 : strlen(key) >= 5 ? 1 : 0;
            if (!(strcmp(ok, key) == 0 || (max && gedit_distance(ok, key, max) <= max))) continue;
            const size_t sw = glossed_brand(c, om[j], key);
            if (sw != SIZE_MAX) {
                /* compared with the brand's own schedule in the source */
                clause_info bs = {0, 0, 0, -1, -1, 0}, bo = {0, 0, 0, -1, -1, 0};
                const char *bw = GT_STEM(c->src, &c->src->tok[sw]);
                for (size_t q = sw; q < c->src->ntok; q++) /* (every place the source names the brand) */
                    if (c->src->tok[q].kind == GK_WORD && strcmp(GT_STEM(c->src, &c->src->tok[q]), bw) == 0 &&
                        !brand_clause(c, q, sf, nsf, &bs)) {
                        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (frequencies)");
                        goto done;
                    }
                collect_listed(c->out, om, nom, j, of, nof, &bo);
                if ((bs.per_day && bo.per_day && !(bs.per_day & bo.per_day)) ||
                    ((bs.flags & GQ_PRN) && !(bo.flags & GQ_PRN))) {
                    char a[80], b[80];
                    describe(a, sizeof a, bs.per_day, bs.flags);
                    describe(b, sizeof b, bo.per_day, bo.flags);
                    const gtok *t = &c->src->tok[sw];
                    if (!gctx_reason(c, "frequency", bs.start, bs.end, bo.start, bo.end,
                                     "frequency of '%.*s' is %s in the source but %s in the output",
                                     (int)(t->end - t->start), c->src->text + t->start, a, b)) {
                        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                        goto done;
                    }
                }
                continue;
            }
            collect_listed(c->out, om, nom, j, of, nof, &o);
            found++;
        }
        if (!found) continue; /* a dropped drug is the medication check's business */
        char a[80], b[80];
        /* the attributes (as needed, immediately, weekly, alternate days) of every frequency in
           the sentences that name the drug, on each side: a rewrite moves "PRN" before the drug
           ("one PRN dose of haloperidol", "weekly paclitaxel") or into the next clause ("may take
           an extra 40 mg as needed"), so a flag missing from the drug's own clause counts only
           when its sentences lack it too */
        int ss = s.flags, os = o.flags;
        /* (only where the drug's own clause states nothing: a clause that states another schedule,
           "Mox 500 mg as needed", is compared as it is) */
        if (!o.per_day && !o.flags) os |= sentence_flags(c->out, om, nom, key, of, nof);
        if (!s.per_day && !s.flags) ss |= sentence_flags(c->src, sm, nsm, key, sf, nsf);
        /* a PRN said before the sentence's drugs governs them even where a clause has its own
           interval ("PRN: MORPHINE 2.5MG SC 2-4 HRLY", "PRN ALFENTANIL 100MCG SC 1-2 HRLY"), so a
           rewrite that carries it to the drug adds nothing (guard-35) */
        /* (and one the rewrite loses, written right before the drug: "PRN ALFENTANIL 100MCG SC 1-2
           HRLY" -> "alfentanil 100 micrograms every 1-2 hours", where no sentence of the drug says
           as needed) */
        int hs = 0;
        bool prn_before = false;
        for (size_t j = k; j < nsm; j++) {
            if (strcmp(drug_key(c->src, sm[j]), key) != 0) continue;
            clause_info h = {0, 0, 0, -1, -1, 0};
            heading_freq(c->src, sm, nsm, j, sf, nsf, &h);
            hs |= h.flags;
            size_t p = sm[j]; /* ("PRN ALFENTANIL", "PRN: MORPHINE", "PRN INJ X") */
            while (p > 0 && (c->src->tok[p - 1].lex & GL_FORM)) p--;
            if (p > 0 && c->src->tok[p - 1].kind == GK_PUNCT && c->src->tok[p - 1].punct == ':') p--;
            for (size_t q = 0; q < nsf && !prn_before && p > 0; q++) prn_before = sf[q].last + 1 == p && (sf[q].flags & GQ_PRN);
        }
        const bool lost_heading = prn_before && (hs & GQ_PRN) && !(s.flags & GQ_PRN) &&
                                  !((o.flags | sentence_flags(c->out, om, nom, key, of, nof)) & GQ_PRN);
        /* an interval said as a delay: "PARACETAMOL 1G 8/8H" -> "paracetamol 1 g in 8 hours" (guard-69) */
        bool delayed = false;
        for (int q = 1; q <= 24 && s.per_day && !o.per_day && !o.flags && o.delay; q++)
            delayed = delayed || ((s.per_day & (1u << q)) && 24 % q == 0 && (o.delay & (1u << (24 / q))));
        bool bad = (s.per_day && o.per_day && !(s.per_day & o.per_day)) || ((s.flags & GQ_PRN) && !(os & GQ_PRN)) ||
                   delayed ||
                   lost_heading ||
                   ((s.flags & GQ_STAT) && !(os & GQ_STAT)) ||
                   (!((ss | hs) & GQ_PRN) && (o.flags & GQ_PRN)) || ((s.flags & GQ_WEEKLY) && !(os & GQ_WEEKLY)) ||
                   ((s.flags & GQ_ALT) && !(os & GQ_ALT));
        if (bad) {
            describe(a, sizeof a, s.per_day, s.flags);
            describe(b, sizeof b, o.per_day, o.flags);
            if (!gctx_reason(c, "frequency", s.start, s.end, o.start, o.end, "frequency of '%s' is %s in the source but %s in the output",
                             key, a, b)) {
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                goto done;
            }
        }
        if (s.routes && o.routes && !(s.routes & o.routes)) {
            int rs = 0, ro = 0;
            for (int r = 1; r < GR_COUNT_; r++) {
                if (!rs && (s.routes & (1u << r))) rs = r;
                if (!ro && (o.routes & (1u << r))) ro = r;
            }
            if (!gctx_reason(c, "route", s.start, s.end, o.start, o.end, "route of '%s' is %s in the source but %s in the output", key,
                             glex_route_name(rs), glex_route_name(ro))) {
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                goto done;
            }
        }
    }
    /* whole text: a daily count the source never states */
    uint32_t sall = 0;
    for (size_t j = 0; j < nsf; j++)
        if (sf[j].per_day > 0 && sf[j].per_day < 32) sall |= 1u << sf[j].per_day;
    /* (an amount per day, "125 MG/DAY", "4 G/DIE", is a daily dose: "125 mg daily" says it) (guard-59) */
    for (size_t i = 0; i + 2 < c->src->ntok && !(sall & 2u); i++) {
        const gtok *u = &c->src->tok[i];
        const int un = u->kind == GK_WORD ? glex_unit(GT_NORM(c->src, u), u->len) : GU_NONE;
        if (glex_dose_unit(un) && i > 0 && c->src->tok[i - 1].kind == GK_NUM &&
            c->src->tok[i + 1].kind == GK_PUNCT && c->src->tok[i + 1].punct == '/' && c->src->tok[i + 1].start == u->end &&
            (is_w(c->src, i + 2, "day") || is_w(c->src, i + 2, "d") || is_w(c->src, i + 2, "die")))
            sall |= 2u;
    }
    /* (a lone "X1" after a dose, "FURIX 40MG X1", may be the Nordic once daily) (guard-56) */
    for (size_t i = 0; i < c->src->ntok && !(sall & 2u); i++)
        if (gx1_after_dose(c->src, i)) sall |= 2u;
    int slots_src = 0;
    for (size_t j = 0; j < nsf; j++) slots_src += (sf[j].flags & (GQ_NIGHT | GQ_MORNING)) != 0;
    for (size_t j = 0; j < nof; j++) {
        /* only frequencies said of a drug: "daily dressing", "daily fetal movement count" are not doses */
        bool of_drug = false;
        for (size_t k = 0; k < nom && !of_drug; k++)
            of_drug = om[k] < of[j].first && c->out->tok[om[k]].sent == c->out->tok[of[j].first].sent;
        if (!of_drug) continue;
        /* "the total daily dose is 48 units" for "TDD 48 U": an amount, no dosing frequency */
        if (of[j].first > 0 && is_w(c->out, of[j].first - 1, "total") && is_w(c->out, of[j].first, "daily")) continue;
        if (of[j].per_day > 0 && of[j].per_day < 32 && !(sall & (1u << of[j].per_day)) && !slots_src && !interval_written(c->src)) {
            char b[40];
            describe(b, sizeof b, 1u << of[j].per_day, 0);
            if (!gctx_reason(c, "frequency", -1, -1, c->out->tok[of[j].first].start, c->out->tok[of[j].last].end,
                             "output states a frequency (%s) the source never states", b)) {
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                goto done;
            }
        }
    }
    /* OD read as the right eye */
    bool src_od = false, src_eye = false;
    for (size_t i = 0; i < c->src->ntok; i++) {
        const gtok *t = &c->src->tok[i];
        if (t->end - t->start == 2 && (c->src->text[t->start] | 32) == 'o' && (c->src->text[t->start + 1] | 32) == 'd')
            src_od = true;
        if (is_w(c->src, i, "eye") || is_w(c->src, i, "eyes") || is_w(c->src, i, "ocular") || is_w(c->src, i, "ophthalmic") ||
            is_w(c->src, i, "re") || is_w(c->src, i, "le"))
            src_eye = true;
    }
    if (src_od && !src_eye) {
        for (size_t i = 0; i + 1 < c->out->ntok; i++) {
            if ((is_w(c->out, i, "right") || is_w(c->out, i, "left")) && (is_w(c->out, i + 1, "eye") || is_w(c->out, i + 1, "eyes"))) {
                if (!gctx_reason(c, "frequency", -1, -1, c->out->tok[i].start, c->out->tok[i + 1].end,
                                 "'OD' (once daily) appears to have been read as an eye")) {
                    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                    goto done;
                }
                break;
            }
        }
    }
done:
    return st;
}
