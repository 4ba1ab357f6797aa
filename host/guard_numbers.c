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
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard_internal.h"

typedef struct {
    double value; /* the number */
    int unit;     /* GU_* */
    size_t tok;   /* token index */
    int match;    /* 0 unmatched, else 1 + pass that matched it */
} num_item;

static bool same_value(double a, double b) { return fabs(a - b) <= 1e-9 * fmax(1.0, fabs(a)); }

static cc_status collect(const gdoc *d, num_item **out, size_t *n, cc_error *err) {
    size_t m = 0;
    for (size_t i = 0; i < d->ntok; i++) m += d->tok[i].kind == GK_NUM;
    num_item *v = calloc(m ? m : 1, sizeof *v);
    if (!v) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (numbers)");
    m = 0;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        /* numbers inside a frequency phrase count when written as digits in the source
           ("6 HRLY" must stay "every 6 hours"); "three times a day" for TDS adds nothing */
        if (t->kind != GK_NUM) continue;
        if ((t->flags & GF_USED) && (t->flags & (GF_EXPANDED | GF_NUMWORD))) continue;
        v[m].value = t->value;
        v[m].unit = t->unit;
        v[m].tok = i;
        m++;
    }
    *out = v;
    *n = m;
    return CC_OK;
}

static void fmt_num(char *buf, size_t n, const gdoc *d, const num_item *x) {
    const gtok *t = &d->tok[x->tok];
    const char *u = glex_unit_name(x->unit);
    snprintf(buf, n, "%.*s%s%s", (int)(t->end - t->start > 40 ? 40 : t->end - t->start), d->text + t->start, *u ? " " : "", u);
}

cc_status gcheck_numbers(gctx *c, cc_error *err) {
    num_item *s = NULL, *o = NULL;
    size_t ns = 0, no = 0;
    cc_status st = collect(c->src, &s, &ns, err);
    if (st == CC_OK) st = collect(c->out, &o, &no, err);
    if (st != CC_OK) goto done;
    /* pass 1: value and unit */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (!o[j].match && s[i].unit == o[j].unit && same_value(s[i].value, o[j].value)) s[i].match = o[j].match = 1;
    /* pass 2: value, one side without a unit */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (!o[j].match && (!s[i].unit || !o[j].unit) && same_value(s[i].value, o[j].value)) s[i].match = o[j].match = 2;
    char a[64], b[64];
    /* pass 3: same value, different unit */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (!o[j].match && same_value(s[i].value, o[j].value)) {
                s[i].match = o[j].match = 3;
                fmt_num(a, sizeof a, c->src, &s[i]);
                fmt_num(b, sizeof b, c->out, &o[j]);
                const gtok *ts = &c->src->tok[s[i].tok], *to = &c->out->tok[o[j].tok];
                if (!gctx_reason(c, "numbers", ts->start, ts->end, to->start, to->end, "unit changed: '%s' became '%s'", a, b))
                    goto oom;
            }
    /* pass 4: same unit, different value */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < no && !s[i].match; j++)
            if (!o[j].match && s[i].unit && s[i].unit == o[j].unit) {
                s[i].match = o[j].match = 4;
                fmt_num(a, sizeof a, c->src, &s[i]);
                fmt_num(b, sizeof b, c->out, &o[j]);
                const gtok *ts = &c->src->tok[s[i].tok], *to = &c->out->tok[o[j].tok];
                if (!gctx_reason(c, "numbers", ts->start, ts->end, to->start, to->end, "value changed: '%s' became '%s'", a, b))
                    goto oom;
            }
    for (size_t i = 0; i < ns; i++) {
        if (s[i].match) continue;
        fmt_num(a, sizeof a, c->src, &s[i]);
        const gtok *ts = &c->src->tok[s[i].tok];
        if (!gctx_reason(c, "numbers", ts->start, ts->end, -1, -1, "number '%s' of the source is missing from the output", a))
            goto oom;
    }
    for (size_t j = 0; j < no; j++) {
        if (o[j].match) continue;
        const gtok *to = &c->out->tok[o[j].tok];
        /* "one" as a pronoun or article-like word is not a new number */
        if ((to->flags & GF_NUMWORD) && same_value(o[j].value, 1) && !o[j].unit) continue;
        /* a number that only spells out a frequency ("four times daily" for QID) */
        if (to->flags & GF_USED) continue;
        fmt_num(b, sizeof b, c->out, &o[j]);
        if (!gctx_reason(c, "numbers", -1, -1, to->start, to->end, "number '%s' in the output is not in the source", b))
            goto oom;
    }
    goto done;
oom:
    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
done:
    free(s);
    free(o);
    return st;
}
