/* guard_text.c - the guard's normaliser: turns a note or a rewrite into the
 * same kind of token stream so that the checks compare meaning, not spelling.
 *
 * Steps: split into words, numbers, punctuation and de-identification
 * placeholders ([** ... **], ***, ___) keeping byte spans; recognise dates
 * (12/03/2021), dose patterns (1-0-1, 1+0+1), decimals with their do-not-use shapes
 * (.5, 5.0) and ordinals (2nd); lowercase; expand abbreviations (H/O ->
 * history of, TAB -> tablet); read number words ("two", "twenty five") and
 * month names next to numbers; attach a canonical unit to every number
 * (650MG, 1.5 LTR, 3-4 DAYS); number the sentences; and strip plurals.
 * Also the string multiset and the fuzzy word match the checks share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guard_internal.h"
#include "text_prep.h"

/* ---------------------------------------------------------------- building blocks */

static bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

static cc_status arena_put(gdoc *d, const char *s, size_t n, uint32_t *off, cc_error *err) {
    size_t need;
    if (!cc_add_size(d->alen, n + 1, &need) || need > UINT32_MAX)
        return cc_fail(err, CC_ERR_NOMEM, "guard: text too large to normalise");
    if (need > d->acap) {
        size_t cap = d->acap ? d->acap : 1024;
        while (cap < need) cap *= 2;
        char *a = realloc(d->arena, cap);
        if (!a) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (arena %zu bytes)", cap);
        d->arena = a;
        d->acap = cap;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        d->arena[d->alen + i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    d->arena[d->alen + n] = '\0';
    *off = (uint32_t)d->alen;
    d->alen = need;
    return CC_OK;
}

static cc_status push(gdoc *d, gtok t, cc_error *err) {
    if (d->ntok == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 256, bytes;
        if (!cc_mul_size(cap, sizeof(gtok), &bytes)) return cc_fail(err, CC_ERR_NOMEM, "guard: too many tokens");
        gtok *nt = realloc(d->tok, bytes);
        if (!nt) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (%zu tokens)", cap);
        d->tok = nt;
        d->cap = cap;
    }
    d->tok[d->ntok++] = t;
    return CC_OK;
}

/* Emit a token whose normalised text is s[0..n) lowercased. */
static cc_status emit(gdoc *d, int kind, size_t start, size_t end, const char *s, size_t n, uint8_t flags,
                      cc_error *err) {
    gtok t;
    memset(&t, 0, sizeof t);
    t.start = (uint32_t)start;
    t.end = (uint32_t)end;
    t.kind = (uint8_t)kind;
    t.flags = flags;
    if (kind == GK_PUNCT) t.punct = s[0];
    cc_status st = arena_put(d, s, n, &t.norm, err);
    if (st != CC_OK) return st;
    t.stem = t.norm;
    if (kind == GK_WORD) t.lex = glex_class(d->arena + t.norm, n);
    t.len = (uint16_t)(n > 65535 ? 65535 : n);
    return push(d, t, err);
}

/* The text position of the word after the one ending at end (past its spaces). */
static size_t after_spaces(const gdoc *d, size_t end) {
    while (end < d->len && d->text[end] == ' ') end++;
    return end;
}

/* The value of the digits s[0, n) with dec as the decimal mark, the other of '.' and ',' a group
 * mark skipped ("1,500" and "1.5" with '.'; "1,5" and "6.400" with ','). */
static double parse_num_marked(const char *s, size_t n, char dec) {
    double v = 0, scale = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == dec) {
            scale = 1;
            continue;
        }
        if (s[i] == ',' || s[i] == '.') continue;
        v = v * 10 + (s[i] - '0');
        if (scale) scale *= 10;
    }
    return scale ? v / scale : v;
}

static double parse_num(const char *s, size_t n) { return parse_num_marked(s, n, '.'); }

/* q4h, q6hrly, q20min, q2d: "every N hours / minutes / days" (the number is notation,
 * marked expanded so a frequency phrase can consume it). */
static bool q_interval(gdoc *d, size_t start, size_t end, const char *s, size_t n, cc_status *st, cc_error *err) {
    if (n < 2 || n > 10 || (s[0] | 32) != 'q' || s[1] < '0' || s[1] > '9') return false;
    size_t k = 1;
    int v = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && k < 4) v = v * 10 + (s[k++] - '0');
    char suf[8];
    size_t m = 0;
    while (k < n && m + 1 < sizeof suf) suf[m++] = (char)(s[k++] | 32);
    suf[m] = '\0';
    if (k != n || v == 0) return false;
    const char *unit = strcmp(suf, "h") == 0 || strcmp(suf, "hr") == 0 || strcmp(suf, "hrs") == 0 || strcmp(suf, "hrly") == 0 ||
                               strcmp(suf, "hourly") == 0
                           ? "hours"
                       : strcmp(suf, "min") == 0 || strcmp(suf, "mins") == 0 ? "minutes"
                       : strcmp(suf, "d") == 0 || strcmp(suf, "day") == 0 || strcmp(suf, "days") == 0 ? "days"
                       : strcmp(suf, "w") == 0 || strcmp(suf, "wk") == 0 || strcmp(suf, "wks") == 0 ||
                                 strcmp(suf, "weekly") == 0 /* Q4WEEKLY */ || strcmp(suf, "wkly") == 0 /* Q3WKLY */ ||
                                 strcmp(suf, "week") == 0 || strcmp(suf, "weeks") == 0
                           ? "weeks"
                       : strcmp(suf, "monthly") == 0 || strcmp(suf, "m") == 0 || strcmp(suf, "mthly") == 0 ||
                                 strcmp(suf, "mo") == 0 || strcmp(suf, "month") == 0 || strcmp(suf, "months") == 0
                           ? "months"
                       : strcmp(suf, "ml") == 0 ? "ml" /* "neg aspiration q5mL": every 5 mL injected (guard-42) */
                       : strcmp(suf, "cm") == 0 ? "cm" /* "4 quadrant q2cm" biopsies, every 2 cm (guard-61) */
                                                                            : NULL;
    /* the word written apart after it (up to eleven letters), its unit and its classes */
    const char *a = d->text + end, *z = d->text + d->len;
    while (a < z && *a == ' ') a++;
    size_t wl = 0;
    char w[12];
    while (a + wl < z && wl + 1 < sizeof w && is_alpha((unsigned char)a[wl])) w[wl] = (char)(a[wl] | 32), wl++;
    const int u = wl ? glex_unit(w, wl) : GU_NONE;
    /* "Q24", "Q12", "q6" with no unit: hours, the interval a drug chart means (not before a
       unit written apart: "Q2 WEEKS", "q3 months") */
    if (!unit && m == 0 && (v == 2 || v == 3 || v == 4 || v == 6 || v == 8 || v == 12 || v == 24 || v == 36 || v == 48 ||
                            v == 72) &&
        u != GU_MINUTE && u != GU_HOUR && u != GU_DAY && u != GU_WEEK && u != GU_MONTH && u != GU_YEAR &&
        !(wl && (glex_class(w, wl) & GL_FREQWORD))) /* ("Q12 WEEKLY") */
        unit = "hours";
    /* "Q15 CHECKS", "Q30 OBS": a ward's observations every 15 or 30 minutes (guard-57) */
    if (!unit && m == 0 && (v == 15 || v == 30) &&
        ((wl == 6 && memcmp(w, "checks", 6) == 0) || (wl == 5 && memcmp(w, "check", 5) == 0) ||
         (wl == 3 && memcmp(w, "obs", 3) == 0) || (wl == 11 && memcmp(w, "observation", 11) == 0)))
        unit = "minutes";
    /* "Q21 DAYS", "Q3 WEEKS": every so many of the unit written apart (a whole word), which
       attaches to the number as it would after "every 21" */
    bool apart = (!unit || n == 2) && m == 0 && (a + wl == z || !is_alnum((unsigned char)a[wl])) &&
                 (u == GU_MINUTE || u == GU_HOUR || u == GU_DAY || u == GU_WEEK || u == GU_MONTH);
    /* ("q4 weekly", "Q3 MONTHLY": the schedule's word written apart) (guard-39) */
    if (m == 0 && (a + wl == z || !is_alnum((unsigned char)a[wl])) &&
        ((wl == 6 && memcmp(w, "weekly", 6) == 0) || (wl == 4 && memcmp(w, "wkly", 4) == 0) ||
         (wl == 7 && memcmp(w, "monthly", 7) == 0))) {
        unit = w[0] == 'm' ? "months" : "weeks";
        apart = true;
    }
    if (!unit && !apart) return false;
    /* (Q and one digit alone, "Q6", is left as written: only before its unit, "Q3 MONTHS") */
    if (n == 2 && !apart) return false;
    char num[8];
    int nl = snprintf(num, sizeof num, "%d", v);
    *st = emit(d, GK_WORD, start, end, "every", 5, GF_EXPANDED, err);
    if (*st == CC_OK) *st = emit(d, GK_NUM, start, end, num, (size_t)nl, GF_EXPANDED, err);
    if (*st == CC_OK) d->tok[d->ntok - 1].value = v;
    if (*st == CC_OK && unit) *st = emit(d, GK_WORD, start, end, unit, strlen(unit), GF_EXPANDED, err);
    return true;
}

/* A duration written onto its "x": X3D, x5days, X2WKS -> "3 days", "5 days", "2 weeks" (the
 * number keeps its unit, as "X 3 DAYS" would). */
static bool x_duration(gdoc *d, size_t start, size_t end, const char *s, size_t n, cc_status *st, cc_error *err) {
    if (n < 3 || n > 9 || (s[0] | 32) != 'x' || s[1] < '0' || s[1] > '9') return false;
    size_t k = 1;
    int v = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && k < 3) v = v * 10 + (s[k++] - '0');
    char suf[8];
    size_t m = 0;
    while (k < n && m + 1 < sizeof suf) suf[m++] = (char)(s[k++] | 32);
    suf[m] = '\0';
    if (k != n || v == 0) return false;
    const char *unit = strcmp(suf, "d") == 0 || strcmp(suf, "day") == 0 || strcmp(suf, "days") == 0 ? "days"
                       : strcmp(suf, "w") == 0 || strcmp(suf, "wk") == 0 || strcmp(suf, "wks") == 0 ? "weeks"
                       : strcmp(suf, "h") == 0 || strcmp(suf, "hr") == 0 || strcmp(suf, "hrs") == 0 ? "hours"
                       : strcmp(suf, "mo") == 0 || strcmp(suf, "mth") == 0 || strcmp(suf, "mths") == 0 ? "months"
                                                                                                         : NULL;
    if (!unit) return false;
    char num[8];
    int nl = snprintf(num, sizeof num, "%d", v);
    *st = emit(d, GK_NUM, start, end, num, (size_t)nl, GF_EXPANDED, err);
    if (*st == CC_OK) d->tok[d->ntok - 1].value = v;
    if (*st == CC_OK && unit) *st = emit(d, GK_WORD, start, end, unit, strlen(unit), GF_EXPANDED, err);
    return true;
}

/* Does a strength per millilitre ("24MG/ML", "20 mg/mL") stand earlier on the line of text
 * position at? */
static bool strength_on_line(const gdoc *d, size_t at) {
    for (size_t q = at; q >= 5 && d->text[q - 1] != '\n'; q--)
        if (strncasecmp(d->text + q - 5, "mg/ml", 5) == 0) return true;
    return false;
}

/* Does a level stand at text position k of t[0, n) (after spaces): a number under 3 written with
 * decimals ("LI 0.8", "LI 1,1": lithium), not a volume ("LI 150ML")? */
static bool level_at(const char *t, size_t n, size_t k) {
    while (k < n && t[k] == ' ') k++;
    return k + 2 < n && t[k] >= '0' && t[k] <= '2' && (t[k + 1] == '.' || t[k + 1] == ',') &&
           is_digit((unsigned char)t[k + 2]);
}

/* Does the text write the German left, LI in capitals as a word of its own, not before a level
 * (lithium's "LI 0.8"), in a text that never names lithium? */
static bool german_sides(const char *t, size_t n) {
    bool li = false;
    for (size_t i = 0; i + 2 <= n && !li; i++)
        li = t[i] == 'L' && t[i + 1] == 'I' && (i == 0 || !is_alnum((unsigned char)t[i - 1])) &&
             (i + 2 == n || !is_alnum((unsigned char)t[i + 2])) && !level_at(t, n, i + 2);
    /* (a note that names lithium writes LI for it: "REPEAT LI 6-HRLY", "S.LI") */
    for (size_t i = 0; i + 7 <= n && li; i++)
        if ((t[i] | 32) == 'l' && strncasecmp(t + i, "lithium", 7) == 0) return false;
    return li;
}

/* german_sides() of d's text, read once, at the first LI or RE that asks (d->german). */
static bool doc_german(gdoc *d) {
    if (!d->german) d->german = german_sides(d->text, d->len) ? 2 : 1;
    return d->german == 2;
}

/* A count of times a day written as a code at [start, end) ('1' to '6' at *dg): "once", "twice",
 * "thrice" or the count (its token ending at num_end) and "times", then "daily" unless the text
 * says it itself (daily): x_times(), the Dutch "4dd1", the French "2/J" (guard-58, guard-62). */
static cc_status times_daily(gdoc *d, size_t start, size_t end, size_t num_end, const char *dg, bool daily,
                             cc_error *err) {
    static const char *const times[] = {"once", "twice", "thrice"};
    cc_status st;
    if (*dg <= '3') {
        st = emit(d, GK_WORD, start, end, times[*dg - '1'], strlen(times[*dg - '1']), GF_EXPANDED, err);
    } else {
        st = emit(d, GK_NUM, start, num_end, dg, 1, GF_EXPANDED, err);
        if (st == CC_OK) d->tok[d->ntok - 1].value = *dg - '0';
        if (st == CC_OK) st = emit(d, GK_WORD, start, end, "times", 5, GF_EXPANDED, err);
    }
    if (st == CC_OK && !daily) st = emit(d, GK_WORD, start, end, "daily", 5, GF_EXPANDED, err);
    return st;
}

/* A count of doses a day written onto its "x" after a dose: "PARACET 1G X4", "THIAMIN 200MG IV X3
 * DAILY", "FUROSEMID 80MG IV X2/DAY" (the Nordic way), and "2X3", "1X1" after a drug's strength
 * (a number of tablets, then the times a day: the Middle Eastern and Thai way) -> "4 times
 * daily".  Not before a duration's unit ("X4 DAYS") nor in a size ("2X3 CM") (guard-53). */
static size_t x_times(gdoc *d, size_t start, const char *s, const char *e, cc_status *st, cc_error *err) {
    /* (the count glued to the x or one space after it: "X4", "X 4") */
    const char *dg = e - s > 2 && s[1] == ' ' ? s + 2 : s + 1;
    /* (or a range of counts, "X3-4 DAILY", read as "3-4 times daily") (guard-66) */
    const char *top = dg + 3 <= e && *dg >= '1' && dg[1] == '-' && dg[2] > *dg && dg[2] <= '6' &&
                              (dg + 3 == e || !is_alnum((unsigned char)dg[3]))
                          ? dg + 2
                          : NULL;
    if (dg >= e || (s[0] | 32) != 'x' || *dg < '1' || *dg > '6' ||
        (!top && dg + 1 < e && (is_alnum((unsigned char)dg[1]) ||
                        (dg[1] == '/' && !(dg + 2 < e && ((dg[2] | 32) == 'd' || (dg[2] | 32) == 'j'))) || /* ("X2/DAY",
                                                                             "X2/J", not "X 4/12") */
                        ((dg[1] == '.' || dg[1] == ',') && dg + 2 < e && is_digit((unsigned char)dg[2])))) ||
        d->ntok == 0)
        return 0;
    /* (once a day only with the tablets' count glued before it, "1X1": a lone "X1" is once) */
    if (*dg == '1' && !(d->tok[d->ntok - 1].kind == GK_NUM && d->tok[d->ntok - 1].end == start)) return 0;
    const size_t end = start + (size_t)((top ? top : dg) + 1 - s);
    const gtok *pv = &d->tok[d->ntok - 1];
    const char *pw = pv->kind == GK_WORD ? d->arena + pv->norm : "";
    bool after_dose = false, route = false;
    if (pv->kind == GK_NUM && pv->end == start && d->ntok > 1) {
        /* ("2X3": the tablets' count glued before it, after a strength, a form or a parenthesis) */
        const gtok *pp = &d->tok[d->ntok - 2];
        after_dose = pv->value >= 1 && pv->value <= 4 && pv->value == (double)(int)pv->value &&
                     (pp->kind == GK_NUM || (pp->kind == GK_PUNCT && pp->punct == ')') || pp->kind == GK_WORD);
    } else if (pv->end < start) {
        /* (after a dose's unit, or after a route only before a word of the day: "FENTANYL 25MCG IV X2" is
           two doses) */
        /* (a mass or units, not a volume: "ALBUMIN 20% 100ML X 2" is two bottles) */
        int u = *pw ? glex_unit(pw, pv->len) : GU_NONE;
        if (pv->kind == GK_NUM) {
            size_t a = pv->end;
            while (a > pv->start && is_alpha((unsigned char)d->text[a - 1])) a--;
            char sfx[8] = {0};
            for (size_t q = 0; a + q < pv->end && q + 1 < sizeof sfx; q++) sfx[q] = (char)(d->text[a + q] | 32);
            u = pv->end - a > 0 && pv->end - a < sizeof sfx ? glex_unit(sfx, pv->end - a) : GU_NONE;
        }
        route = *pw && glex_route(pw, pv->len);
        after_dose = route || glex_dose_unit(u) || strcmp(pw, "drops") == 0 ||
                     strcmp(pw, "ointment") == 0 ||
                     /* (or after a count of tablets: "1 CP X 2/DIE", the Italian compressa) (guard-59) */
                     strcmp(pw, "cp") == 0 || strcmp(pw, "cpr") == 0 || strcmp(pw, "tab") == 0 || strcmp(pw, "tabs") == 0 ||
                     strcmp(pw, "tablet") == 0 || strcmp(pw, "tablets") == 0;
        /* (at most a day, "PRN MAX X4"; a spoonful of a mixture after its strength on its line, "MIKSTUR
           24MG/ML 10ML X4") (guard-56) */
        after_dose = after_dose || strcmp(pw, "max") == 0 || strcmp(pw, "maks") == 0 || strcmp(pw, "maximum") == 0 ||
                     (u == GU_ML && strength_on_line(d, pv->start) &&
                      (pv->kind == GK_NUM ? pv->value : d->ntok > 1 ? d->tok[d->ntok - 2].value : 99) <= 30);
    }
    /* (before the Italian day, also after the Italian vein or a sachet: "1 G EV X 3/DIE", "4 G 1 BUSTINA X
       2/DIE") (guard-61) */
    const bool per_die = end + 4 <= d->len && d->text[end] == '/' && strncasecmp(d->text + end + 1, "die", 3) == 0 &&
                         (end + 4 == d->len || !is_alnum((unsigned char)d->text[end + 4]));
    if (per_die && pv->end < start)
        after_dose = after_dose || strcmp(pw, "ev") == 0 || strcmp(pw, "bustina") == 0 || strcmp(pw, "bustine") == 0 ||
                     strcmp(pw, "fl") == 0 || strcmp(pw, "fiala") == 0 || strcmp(pw, "fiale") == 0 ||
                     strcmp(pw, "sachet") == 0 || strcmp(pw, "sachets") == 0 || strcmp(pw, "puff") == 0;
    /* (not after a needle's gauge, a whole 14 to 27 with its G glued on and no drug before it: "LIVER BX (R
       LOBE, 18G X2)" is two passes) (guard-70) */
    if (after_dose && pv->kind == GK_WORD && pv->len == 1 && d->text[pv->start] == 'G' && d->ntok > 2) {
        const gtok *num = &d->tok[d->ntok - 2], *before = &d->tok[d->ntok - 3];
        if (num->kind == GK_NUM && num->end == pv->start && num->value >= 14 && num->value <= 27 &&
            num->value == (double)(int)num->value && !(before->kind == GK_WORD && (before->lex & (GL_DRUG | GL_SYN))))
            after_dose = false;
    }
    if (!after_dose) return 0;
    size_t k = end;
    if (k < d->len && d->text[k] == '/') k++;
    while (k < d->len && d->text[k] == ' ') k++;
    size_t wl = 0;
    while (k + wl < d->len && is_alpha((unsigned char)d->text[k + wl])) wl++;
    char w[12] = {0};
    for (size_t q = 0; q < wl && q + 1 < sizeof w; q++) w[q] = (char)(d->text[k + q] | 32);
    /* (not D: "40 MG X 5 D" is five days; the Italian DIE is the day: "1 CP X 2/DIE") */
    /* (and the French day, "X2/J", "X3/JOUR") (guard-62) */
    const bool day = strcmp(w, "day") == 0 || strcmp(w, "daily") == 0 ||
                     ((strcmp(w, "die") == 0 || strcmp(w, "j") == 0 || strcmp(w, "jour") == 0) && d->text[end] == '/');
    /* (and before nothing but the day, a route, an eye, an as-needed word or a linking word: not
       "2ML X 3 ALIQUOTS", "X 2 DOSES") */
    static const char *const next[] = {"prn", "sos", "po", "iv", "im", "sc", "pr", "sl", "pc", "ac", "rt", "lt", "od", "os",
                                       "ou", "w", "with", "for", "after", "before", "then", "and", "until", "till", "if",
                                       "max", "orally", "morning", "night", "evening", "am", "pm", "hs", "mane", "nocte",
                                       /* ("1X2 X 10 DAYS", "1X1 ON EMPTY STOMACH", "X3 STARTED 05:00") (guard-54) */
                                       "x", "on", "started", NULL};
    bool fits = day || (wl == 0 && !route);
    for (const char *const *q = next; *q && !fits && !route; q++) fits = strcmp(w, *q) == 0;
    if (!fits) return 0;
    if (top) {
        const size_t lo_end = start + (size_t)(dg + 1 - s);
        *st = emit(d, GK_NUM, start, lo_end, dg, 1, GF_EXPANDED, err);
        if (*st == CC_OK) d->tok[d->ntok - 1].value = *dg - '0';
        if (*st == CC_OK) *st = emit(d, GK_PUNCT, lo_end, lo_end + 1, "-", 1, GF_EXPANDED, err);
        if (*st == CC_OK) *st = emit(d, GK_NUM, lo_end + 1, end, top, 1, GF_EXPANDED, err);
        if (*st == CC_OK) d->tok[d->ntok - 1].value = *top - '0';
        if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, "times", 5, GF_EXPANDED, err);
        if (*st == CC_OK && strcmp(w, "daily") != 0) *st = emit(d, GK_WORD, start, end, "daily", 5, GF_EXPANDED, err);
    } else {
        /* (once, twice, thrice as words; before "DAILY", "X3 DAILY", that word says "daily") */
        *st = times_daily(d, start, end, end, dg, strcmp(w, "daily") == 0, err);
    }
    return end - start;
}

/* The normalised word emitted last ("" when the last token is no word): the context of the
 * word being emitted. */
static const char *prev_word(const gdoc *d) {
    return d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD ? d->arena + d->tok[d->ntok - 1].norm : "";
}

/* Does the text at k give PEG a laxative's amount: its grade (3350, 4000), grams ("PEG 17G") or
 * litres an hour ("PEG 2L/HR"), where a tube's flushes and feeds are in mL? (guard-66) */
static bool peg_laxative(const gdoc *d, size_t k) {
    size_t e = k;
    while (e < d->len && (is_digit((unsigned char)d->text[e]) || d->text[e] == '.')) e++;
    if (e == k) return false;
    if ((e - k == 4 && (memcmp(d->text + k, "3350", 4) == 0 || memcmp(d->text + k, "4000", 4) == 0))) return true;
    while (e < d->len && d->text[e] == ' ') e++;
    const size_t left = d->len - e;
    const char *u = d->text + e;
    if (left >= 1 && (u[0] | 32) == 'g' && (left == 1 || !is_alnum((unsigned char)u[1]) || (u[1] | 32) == 'm')) return true;
    return left >= 3 && (u[0] | 32) == 'l' && u[1] == '/' && (u[2] | 32) == 'h';
}

/* Does a length follow text position k: spaces, digits (and a point), spaces, then "cm" (or
 * "mm" too when mm)?  "LT 76 CM", "LA 5.2 CM". */
static bool length_follows(const gdoc *d, size_t k, bool mm) {
    while (k < d->len && d->text[k] == ' ') k++;
    size_t u = k;
    while (u < d->len && ((d->text[u] >= '0' && d->text[u] <= '9') || d->text[u] == '.')) u++;
    if (u == k) return false;
    while (u < d->len && d->text[u] == ' ') u++;
    return u + 2 <= d->len && (strncasecmp(d->text + u, "cm", 2) == 0 || (mm && strncasecmp(d->text + u, "mm", 2) == 0));
}

/* Does the text write other dates of token i's month as month/day ("4/2", "4/16"): two numbers
 * glued by a slash, the first equal to token i's, the second a day that no duration notation
 * uses (not 7, 12, 24 or 52); two of them, or one past the 12th? */
static bool same_month_dates(const gdoc *d, size_t i) {
    int others = 0;
    bool late = false; /* a day past 12, which no month-day order can misread */
    for (size_t k = 0; k + 2 < d->ntok; k++) {
        if (k == i || d->tok[k].kind != GK_NUM || d->tok[k].value != d->tok[i].value || d->tok[k + 1].kind != GK_PUNCT ||
            d->tok[k + 1].punct != '/' || d->tok[k + 2].kind != GK_NUM || d->tok[k + 1].start != d->tok[k].end ||
            d->tok[k + 2].start != d->tok[k + 1].end)
            continue;
        const double day = d->tok[k + 2].value;
        if (day >= 1 && day <= 31 && day == (double)(int)day && day != 7 && day != 12 && day != 24) {
            others++;
            late = late || day > 12;
        }
    }
    /* (two such dates, or one past the 12th: "1/3 SACHET" alone is a fraction) */
    return others >= 2 || (others == 1 && late);
}

/* The number one half, written as n bytes at text offset at ("½"). */
static cc_status emit_half(gdoc *d, size_t at, size_t n, cc_error *err) {
    cc_status st = emit(d, GK_NUM, at, at + n, "0.5", 3, 0, err);
    if (st == CC_OK) d->tok[d->ntok - 1].value = 0.5;
    return st;
}

/* A gestational age written as one word, "38W2D" / "38w2d": 38 weeks and 2 days (weeks 1 to
 * 44, days 0 to 6), so "38 weeks and 2 days" finds both numbers with their units; "24W" is 24
 * weeks; and a child's age, "3y4m", is 3 years and 4 months. */
static bool weeks_days(gdoc *d, size_t start, size_t end, const char *s, size_t n, cc_status *st, cc_error *err) {
    /* an age in years and months, one word: "3y4m", "1Y11M" (months 0 to 11) */
    if (n >= 4 && n <= 6 && s[0] >= '0' && s[0] <= '9' && (s[n - 1] | 32) == 'm') {
        size_t k = 0;
        int y = 0, mo = 0;
        while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9') y = y * 10 + (s[k++] - '0');
        const size_t ys = k;
        if (k < n && (s[k] | 32) == 'y') {
            size_t q = ++k;
            while (k < n - 1 && k - q < 2 && s[k] >= '0' && s[k] <= '9') mo = mo * 10 + (s[k++] - '0');
            if (k == n - 1 && k > q && mo <= 11) {
                *st = emit(d, GK_NUM, start, end, s, ys, GF_EXPANDED, err);
                if (*st == CC_OK) d->tok[d->ntok - 1].value = y;
                if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, "years", 5, GF_EXPANDED, err);
                if (*st == CC_OK) *st = emit(d, GK_NUM, start, end, s + q, k - q, GF_EXPANDED, err);
                if (*st == CC_OK) d->tok[d->ntok - 1].value = mo;
                if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, "months", 6, GF_EXPANDED, err);
                return true;
            }
        }
    }
    if (n < 2 || n > 5 || s[0] < '0' || s[0] > '9') return false;
    size_t k = 0;
    int w = 0;
    while (k < n && k < 2 && s[k] >= '0' && s[k] <= '9') w = w * 10 + (s[k++] - '0');
    if (k + 1 == n && (s[k] | 32) == 'w' && w >= 1 && w <= 44) { /* "AT 24W": weeks alone */
        char num[4];
        int nl = snprintf(num, sizeof num, "%d", w);
        *st = emit(d, GK_NUM, start, end, num, (size_t)nl, GF_EXPANDED, err);
        if (*st == CC_OK) d->tok[d->ntok - 1].value = w;
        if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, "weeks", 5, GF_EXPANDED, err);
        return true;
    }
    if (k + 3 != n || (s[k] | 32) != 'w' || s[k + 1] < '0' || s[k + 1] > '6' || (s[k + 2] | 32) != 'd' || w < 1 || w > 44)
        return false;
    const int dd = s[k + 1] - '0';
    char num[4];
    int nl = snprintf(num, sizeof num, "%d", w);
    *st = emit(d, GK_NUM, start, end, num, (size_t)nl, GF_EXPANDED, err);
    if (*st == CC_OK) d->tok[d->ntok - 1].value = w;
    if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, "weeks", 5, GF_EXPANDED, err);
    if (*st == CC_OK) *st = emit(d, GK_NUM, start, end, s + k + 1, 1, GF_EXPANDED, err);
    if (*st == CC_OK) d->tok[d->ntok - 1].value = dd;
    if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, "days", 4, GF_EXPANDED, err);
    return true;
}

/* The words after a dextrose code's strength: "percent dextrose" (and "saline"). */
static cc_status dextrose_words(gdoc *d, size_t start, size_t end, bool saline, cc_error *err) {
    cc_status st = emit(d, GK_WORD, start, end, "percent", 7, GF_EXPANDED, err);
    if (st == CC_OK) st = emit(d, GK_WORD, start, end, "dextrose", 8, GF_EXPANDED, err);
    if (st == CC_OK && saline) st = emit(d, GK_WORD, start, end, "saline", 6, GF_EXPANDED, err);
    return st;
}

/* A dextrose concentration written as a code, "D5", "D10", "D25", "D50", "D5W", "D10NS": the
 * percentage and the word ("5% dextrose"), so "D50 (50% dextrose) 25 g" and "add 5% dextrose"
 * find both; not "D1" / "D2" (day 1, day 2 of a course), only these four strengths. */
static bool dextrose_code(gdoc *d, size_t start, size_t end, const char *s, size_t n, cc_status *st, cc_error *err) {
    if (n < 2 || n > 6 || (s[0] | 32) != 'd' || s[1] < '1' || s[1] > '5') return false;
    size_t k = 1;
    int v = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9') v = v * 10 + (s[k++] - '0');
    if (v != 5 && v != 10 && v != 25 && v != 50) return false;
    char rest[4] = {0};
    for (size_t q = 0; k + q < n && q < 3; q++) rest[q] = (char)(s[k + q] | 32);
    bool saline = strcmp(rest, "ns") == 0 || strcmp(rest, "ss") == 0;
    if (k < n && strcmp(rest, "w") != 0 && !saline) return false;
    /* D5 / D10 alone are also the fifth / tenth day: only with a fluid word near, a volume before
       or a link after ("500ML D5", "ADD D5", "D5 WHEN BG <250", "D10 @ 60 ML/KG/DAY") */
    if (k == n && v <= 10) {
        const gtok *pv = d->ntok > 0 ? &d->tok[d->ntok - 1] : NULL;
        const char *pw = prev_word(d);
        const int pu = glex_unit(pw, strlen(pw));
        size_t q = end;
        while (q < d->len && d->text[q] == ' ') q++;
        char nx[6] = {0};
        for (size_t z = 0; z < 5 && q + z < d->len && is_alpha((unsigned char)d->text[q + z]); z++) nx[z] = (char)(d->text[q + z] | 32);
        bool fluid = pu == GU_ML || pu == GU_L ||
                     strcmp(pw, "add") == 0 || strcmp(pw, "in") == 0 || strcmp(pw, "with") == 0 ||
                     strcmp(pw, "ivf") == 0 || strcmp(pw, "fluid") == 0 || strcmp(pw, "fluids") == 0 ||
                     strcmp(pw, "start") == 0 || strcmp(nx, "when") == 0 ||
                     strcmp(nx, "to") == 0 || strcmp(nx, "at") == 0 || strcmp(nx, "over") == 0 || strcmp(nx, "infus") == 0 ||
                     (q < d->len && d->text[q] == '@') || (pv && pv->kind == GK_PUNCT && pv->punct == '+') ||
                     /* (before its saline: "D5 1/2NS @ 150CC/HR", "D5 NS", "D5 HALF NS") (guard-56) */
                     (q + 3 <= d->len && strncmp(d->text + q, "1/2", 3) == 0) || strcmp(nx, "ns") == 0 ||
                     strcmp(nx, "half") == 0 || strcmp(nx, "nacl") == 0;
        if (!fluid) return false;
    }
    char num[4];
    int nl = snprintf(num, sizeof num, "%d", v);
    *st = emit(d, GK_NUM, start, end, num, (size_t)nl, GF_EXPANDED, err);
    if (*st == CC_OK) d->tok[d->ntok - 1].value = v;
    if (*st == CC_OK) *st = dextrose_words(d, start, end, saline, err);
    return true;
}

/* Letters the lexicon expands, then a count, written together: POD1 is "post operative day"
 * and 1, so "postoperative day 1" finds both the words and the number. */
static bool code_number(gdoc *d, size_t start, size_t end, const char *s, size_t n, cc_status *st, cc_error *err) {
    size_t k = 0;
    char low[8];
    while (k < n && k < 5 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) {
        low[k] = (char)(s[k] | 32);
        k++;
    }
    if (k < 2 || k > 4 || n - k < 1 || n - k > 3) return false;
    int v = 0;
    for (size_t q = k; q < n; q++) {
        if (s[q] < '0' || s[q] > '9') return false;
        v = v * 10 + (s[q] - '0');
    }
    const char *x = glex_expand(low, k);
    if (!x) return false;
    /* only a count's name (post operative day, hospital day, cycle, grade): PO4 is phosphate,
       NS3 a nuclear sclerosis grade, not "by mouth 4" or "normal saline 3" */
    const char *last = strrchr(x, ' ');
    last = last ? last + 1 : x;
    if (strcmp(last, "day") != 0 && strcmp(last, "week") != 0 && strcmp(last, "cycle") != 0 && strcmp(last, "grade") != 0 &&
        strcmp(last, "stage") != 0 && strcmp(last, "dose") != 0)
        return false;
    /* each word of the expansion, then the number */
    for (const char *w = x; *w && *st == CC_OK;) {
        const char *sp = strchr(w, ' ');
        size_t wl = sp ? (size_t)(sp - w) : strlen(w);
        *st = emit(d, GK_WORD, start, end, w, wl, GF_EXPANDED, err);
        w += wl + (sp ? 1 : 0);
    }
    char num[8];
    int nl = snprintf(num, sizeof num, "%d", v);
    if (*st == CC_OK) *st = emit(d, GK_NUM, start, end, num, (size_t)nl, GF_EXPANDED, err);
    if (*st == CC_OK) d->tok[d->ntok - 1].value = v;
    return true;
}

/* An obstetric formula G3P2L2A0 / P2L2 / G2P1A0 / G5P2133: "gravida 3 para 2 living 2 abortion 0"
 * (each letter a word, each count a number), so "gravida 3, para 2" compares. */
static bool obstetric(gdoc *d, size_t start, size_t end, const char *s, size_t n, cc_status *st, cc_error *err) {
    static const char *const word[] = {"gravida", "para", "living", "abortion", "dead"};
    static const char letters[] = "gplad";
    size_t k = 0;
    int groups = 0, last = -1;
    while (k < n) { /* validate first: letters in order, each with 1-2 digits (a US para: 4) */
        const char *l = strchr(letters, s[k] | 32);
        if (!l || !*l || (int)(l - letters) <= last) return false;
        last = (int)(l - letters);
        /* the US para of four digits, term, preterm, abortions, living (G5P2133): one count,
           "para 2133" */
        const size_t most = *l == 'p' ? 4 : 2;
        size_t k0 = ++k;
        while (k < n && s[k] >= '0' && s[k] <= '9' && k - k0 < most) k++;
        if (k == k0 || (k < n && s[k] >= '0' && s[k] <= '9') || k - k0 == 3) return false;
        groups++;
    }
    /* (a para alone with the British count of losses after it, "P0+1", "P2+0") (guard-57) */
    const bool losses = groups == 1 && (s[0] | 32) == 'p' && end + 1 < d->len && d->text[end] == '+' &&
                        is_digit((unsigned char)d->text[end + 1]);
    if ((groups < 2 && !losses) || ((s[0] | 32) != 'g' && (s[0] | 32) != 'p')) return false;
    *st = CC_OK;
    for (k = 0; k < n && *st == CC_OK;) {
        const char *w = word[strchr(letters, s[k] | 32) - letters];
        size_t k0 = ++k;
        while (k < n && s[k] >= '0' && s[k] <= '9') k++;
        double v = parse_num(s + k0, k - k0);
        /* a zero count reads as a negation: A0 is "no abortions" */
        if (v == 0) *st = emit(d, GK_WORD, start, end, "no", 2, GF_EXPANDED, err);
        if (*st == CC_OK) *st = emit(d, GK_WORD, start, end, w, strlen(w), GF_EXPANDED, err);
        if (*st == CC_OK && v != 0) *st = emit(d, GK_NUM, start, end, s + k0, k - k0, GF_EXPANDED, err);
        if (*st == CC_OK && v != 0) d->tok[d->ntok - 1].value = v;
    }
    return true;
}

/* Does the text speak of eyes (eye, LE, IOP, VA as words, any case)?  Then "re" is the right
 * eye even in lower case. */
static bool eye_text(const char *t, size_t n, bool with_le);
static bool eye_words(const char *t, size_t n) { return eye_text(t, n, true); }

/* The next run of letters of t[0..n) from *i: its start in *a and length in *m (false at the end). */
static bool next_word(const char *t, size_t n, size_t *i, size_t *a, size_t *m) {
    while (*i < n && !is_alpha((unsigned char)t[*i])) (*i)++;
    *a = *i;
    while (*i < n && is_alpha((unsigned char)t[*i])) (*i)++;
    *m = *i - *a;
    return *m > 0;
}

/* The word s[0, n) in lowercase ASCII with its Latin accents folded ("DÉGLUTITION" -> "deglutition",
 * "œdème" -> "oedeme") into out; its length, or 0 for a word with other letters or too long. */
static size_t fold_accents(const char *s, size_t n, char *out, size_t cap) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m + 3 > cap) return 0;
        const unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] == 0x9F) { /* (the German sharp s) */
            out[m++] = 's', out[m++] = 's', i++;
            continue;
        }
        if (c == 0xC3 && i + 1 < n) {
            /* (a letter encoded twice, "NÃƒO" for "NÃO": read as the letter) (guard-69) */
            uint8_t u8[4];
            size_t u8n = 0;
            uint32_t cp;
            const size_t taken = cc_mojibake_at(s + i, n - i, u8, &u8n, &cp);
            unsigned char x;
            if (taken > 2 && u8n == 2 && u8[0] == 0xC3) x = u8[1] | 0x20, i += taken - 1;
            else x = (unsigned char)s[++i] | 0x20; /* (capitals C3 80-9F to small A0-BF) */
            const char f = x >= 0xA0 && x <= 0xA5   ? 'a'
                           : x == 0xA7              ? 'c'
                           : x == 0xB1              ? 'n' /* (the Spanish tilde, "AÑOS") (guard-67) */
                           : x >= 0xA8 && x <= 0xAB ? 'e'
                           : x >= 0xAC && x <= 0xAF ? 'i'
                           : x >= 0xB2 && x <= 0xB6 ? 'o'
                           : x >= 0xB9 && x <= 0xBC ? 'u'
                                                    : 0;
            if (!f) return 0;
            out[m++] = f;
            continue;
        }
        if (c == 0xC5 && i + 1 < n && ((unsigned char)s[i + 1] == 0x93 || (unsigned char)s[i + 1] == 0x92)) {
            out[m++] = 'o', out[m++] = 'e', i++;
            continue;
        }
        if (c >= 0x80) return 0;
        out[m++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[m] = '\0';
    return m;
}

/* The language the text is written in: French, German or Spanish when words, accents folded, that
 * English notes do not use ("PAS DE DEFICIT", "PUIS 51,8MG IVSE", "78 ANS"; "KEIN PERIKARDERGUSS",
 * "SEIT 2 TAGEN"; "NIEGA FIEBRE") give it two points each and articles English notes write as
 * abbreviations ("DE", "LA"; "DER", "VON"; "CON", "DEL") one point each (for Spanish at most two such
 * points, which Italian shares), each word counted once, four points in all, and more than any other
 * language; else English (guard-62, guard-64, guard-67; the words in guard_lex.c). */
static int text_language(const char *t, size_t n) {
    enum { NLANG = GLANG_ES - GLANG_FR + 1 };
    uint64_t seen[NLANG] = {0};
    int points[NLANG] = {0}, es_small = 0; /* (es_small: Spanish one-point words' points, at most 2 count) */
    for (size_t i = 0, a, m; next_word(t, n, &i, &a, &m);) {
        if (m > 14 || (m < 2 && (t[a] | 32) != 'y')) continue; /* (and the Spanish "Y", and) */
        char f[32];
        const size_t fl = fold_accents(t + a, m, f, sizeof f);
        for (int l = 0; l < NLANG && fl >= 1; l++) {
            size_t id = 0;
            const int pts = glex_lang_mark(GLANG_FR + l, f, fl, &id);
            if (!pts || (seen[l] & (1ull << (id & 63)))) continue;
            seen[l] |= 1ull << (id & 63);
            const bool es_small_word = pts == 1 && l == GLANG_ES - GLANG_FR;
            if (es_small_word && es_small >= 2) continue;
            points[l] += pts;
            es_small += es_small_word;
        }
    }
    int best = -1;
    for (int l = 0; l < NLANG; l++)
        if (points[l] >= 4 && (best < 0 || points[l] > points[best])) best = l;
    return best < 0 ? GLANG_EN : GLANG_FR + best;
}

/* Is a note read as Spanish written in Portuguese?  Its words that only Portuguese writes ("NAO",
 * "SEM", "COM", "EM", "DTA", words ending "-CAO", "-COES") outnumber those only Spanish writes ("Y",
 * "SIN", "CON", "EN", "IZQ", words ending "-CION", "-CIONES"), each counted as often as it stands
 * (guard-69). */
static bool text_portuguese(const char *t, size_t n) {
    static const char *const pt[] = {"nao", "sem", "com", "em", "ao", "aos", "pelo", "pela", "ate", "apos", "um",
                                     "doente", "utente", "tosse", "esq", "dta", "dto", "esquerdo", "esquerda",
                                     "direito", "direita", "ou", "refere", "febre", "dor", "hoje", "ontem", "fez",
                                     "nas", "tambem", "exame", NULL};
    static const char *const es[] = {"y", "con", "sin", "en", "los", "las", "el", "del", "niega", "dolor", "fiebre",
                                     "hace", "desde", "tos", "izq", "der", "derecho", "derecha", "izquierdo",
                                     "izquierda", "refiere", "hoy", "ayer", "pero", "tambien", "examen", NULL};
    int score = 0;
    for (size_t i = 0, a, m; next_word(t, n, &i, &a, &m);) {
        char f[32];
        const size_t fl = m <= 14 ? fold_accents(t + a, m, f, sizeof f) : 0;
        if (!fl) continue;
        if ((fl > 4 && memcmp(f + fl - 3, "cao", 3) == 0) || (fl > 5 && memcmp(f + fl - 4, "coes", 4) == 0)) score++;
        if ((fl > 5 && memcmp(f + fl - 4, "cion", 4) == 0) || (fl > 6 && memcmp(f + fl - 6, "ciones", 6) == 0)) score--;
        for (int k = 0; pt[k]; k++)
            if (strcmp(f, pt[k]) == 0) score++;
        for (int k = 0; es[k]; k++)
            if (strcmp(f, es[k]) == 0) score--;
    }
    return score > 0;
}

/* text_language() of d's text, read once (d->lang); is it written in another language than English? */
static bool doc_foreign(gdoc *d) {
    if (!d->lang) {
        d->lang = (int8_t)text_language(d->text, d->len);
        d->pt = d->lang == GLANG_ES && text_portuguese(d->text, d->len);
    }
    return d->lang >= GLANG_FR;
}

/* Is d written in French?  In Spanish (or Portuguese)? */
static bool doc_french(gdoc *d) { return doc_foreign(d) && d->lang == GLANG_FR; }
static bool doc_spanish(gdoc *d) { return doc_foreign(d) && d->lang == GLANG_ES; }

/* Is the word w (lower case) written at text position k of d, as a whole word? */
static bool word_at(const gdoc *d, size_t k, const char *w) {
    const size_t n = strlen(w);
    return k + n <= d->len && strncasecmp(d->text + k, w, n) == 0 &&
           (k + n == d->len || !is_alnum((unsigned char)d->text[k + n]));
}

/* Does d write the word w (lower case) anywhere, in any case? */
static bool writes_word(const gdoc *d, const char *w) {
    for (size_t k = 0; k < d->len; k++)
        if ((d->text[k] | 32) == w[0] && (k == 0 || !is_alnum((unsigned char)d->text[k - 1])) && word_at(d, k, w))
            return true;
    return false;
}

/* Does d write the Spanish left eye, OI, or the Portuguese OE, as a word (so its OD is the right eye)?
 * (guard-67, guard-69) */
static bool spanish_eyes(const gdoc *d) { return writes_word(d, "oi") || (d->pt && writes_word(d, "oe")); }

/* The word at text position k of d (its letters and accented letters) with its accents folded into out
 * (cap bytes), its length; 0 for none or one of 20 bytes or more. */
static size_t folded_word_at(const gdoc *d, size_t k, char *out, size_t cap) {
    size_t e = k;
    while (e < d->len && (is_alpha((unsigned char)d->text[e]) || (unsigned char)d->text[e] >= 0x80)) e++;
    return e > k && e - k < 20 ? fold_accents(d->text + k, e - k, out, cap) : 0;
}

/* Is the Spanish or Portuguese day, "dia" or "día", the word at text position k? */
static bool day_word_at(const gdoc *d, size_t k) { return word_at(d, k, "dia") || word_at(d, k, "d\xc3\xad" "a"); }

/* Does a word of t[0..n) start with stem (any case)? */
static bool word_starting(const char *t, size_t n, const char *stem) {
    const size_t sl = strlen(stem);
    for (size_t i = 0, a, m; next_word(t, n, &i, &a, &m);)
        if (m >= sl && strncasecmp(t + a, stem, sl) == 0) return true;
    return false;
}

/* Does the text have a word starting with one of stems, or equal to one of words (any case)? */
static bool text_mentions(const char *t, size_t n, const char *const *stems, const char *const *words) {
    for (size_t i = 0, a, m; next_word(t, n, &i, &a, &m);) {
        for (int k = 0; stems[k]; k++)
            if (m >= strlen(stems[k]) && strncasecmp(t + a, stems[k], strlen(stems[k])) == 0) return true;
        for (int k = 0; words[k]; k++)
            if (m == strlen(words[k]) && strncasecmp(t + a, words[k], m) == 0) return true;
    }
    return false;
}

/* Does the text speak of cancer treatment (is an RT radiotherapy)?  ("60GY/30#", "8 Gy") */
static bool oncology_text(const char *t, size_t n) {
    static const char *const stems[] = {"chemo", "oncol", "radiotherap", "radiation", "carcinoma", "cancer", "metasta",
                                        "tumour", "tumor", "lymphoma", "sarcoma", "myeloma", "lumpectomy", "mastectomy",
                                        "palliat", "hospice", /* (guard-59) */
                                        NULL};
    static const char *const words[] = {"gy", "mets", "onc", NULL};
    return text_mentions(t, n, stems, words);
}

/* Does the text speak of the liver (is an LT a liver transplant)?  (Its stems, and the
 * abbreviations of its failure, cancer and grafts.) */
static bool liver_text(const char *t, size_t n) {
    static const char *const stems[] = {"liver", "hepat", "cirrho", "meld", "ascit", "varice", NULL};
    static const char *const words[] = {"alf", "aclf", "hcc", "ddlt", "ldlt", "olt", NULL};
    return text_mentions(t, n, stems, words);
}

/* Does an amount start at text offset k, its unit written starting with a or b ("0.25
 * MCG/KG/MIN", "50 MEQ")? */
static bool amount_in(const gdoc *d, size_t k, const char *a, const char *b) {
    size_t k0 = k;
    while (k < d->len && ((d->text[k] >= '0' && d->text[k] <= '9') || d->text[k] == '.')) k++;
    if (k == k0) return false;
    while (k < d->len && d->text[k] == ' ') k++;
    return (k + strlen(a) <= d->len && strncasecmp(d->text + k, a, strlen(a)) == 0) ||
           (k + strlen(b) <= d->len && strncasecmp(d->text + k, b, strlen(b)) == 0);
}

/* Does the text speak of vasopressors (is a LEVO norepinephrine)?  ("LEVO MAXED AT 0.3
 * MCG/KG/MIN, VASO 0.04", "POST-ROSC BP 84/50 ON LEVO 0.15") */
static bool pressor_text(const char *t, size_t n) {
    static const char *const stems[] = {"pressor", "vasopress", "inotrop", "rosc", "shock", "titrat", NULL};
    static const char *const words[] = {"map", "vaso", "epi", "icu", "micu", "ccu", "cvc", "vent", NULL};
    return text_mentions(t, n, stems, words);
}

/* Does the text speak of diabetes or blood glucose (is an SSI a sliding scale of insulin)? */
static bool glucose_text(const char *t, size_t n) {
    static const char *const stems[] = {"diabet", "glucose", "insulin", "glycaem", "glycem", "hba1c", NULL};
    static const char *const words[] = {"dm", "dm2", "t2dm", "t1dm", "iddm", "niddm", "bsl", "cbg", "fsbs", "bg", "grbs",
                                        "sugar", "sugars", /* "BLOOD SUGAR 186, SSI COVERAGE 4 UNITS" (guard-44) */ NULL};
    return text_mentions(t, n, stems, words);
}

/* Does a part of the body, or a word placing one (upper, lower, sided...), start at text offset
 * k ("RT KNEE", "LT LOWER ZONE")? */
static bool body_part_at(const gdoc *d, size_t k) {
    size_t z = k;
    while (z < d->len && is_alpha((unsigned char)d->text[z])) z++;
    if (z == k) return false;
    char nw[24] = {0};
    for (size_t q = 0; q < z - k && q + 1 < sizeof nw; q++) nw[q] = (char)(d->text[k + q] | 32);
    static const char *const place[] = {"upper", "lower", "side", "sided", "ant", "post", "lat", "med",
                                        "mid", "proximal", "distal", "para", "sub", "supra", "infra", NULL};
    if (glex_class(nw, strlen(nw)) & GL_ANATOMY) return true;
    for (int q = 0; place[q]; q++)
        if (strcmp(nw, place[q]) == 0) return true;
    return false;
}

/* The same without counting LE itself (is an LE the left eye?). */
static bool eye_text(const char *t, size_t n, bool with_le) {
    static const char *const w[] = {"eye", "eyes", "be", "iop", "va", "cornea", "corneal", "retina", "retinal", "pupil",
                                    "pupils", "vision", "visual", "hypopyon", "fundus", "glaucoma", "cataract",
                                    "conjunctiva", "conjunctival",
                                    /* guard-42: "ROP SCREENING ... TROPICAMIDE", retina and squint clinics */
                                    "rop", "retinopathy", "tropicamide", "cyclopentolate", "macula", "macular", "vitreous",
                                    "squint", "ophthalmology", "ophthalmic", "ophthal", "le", NULL};
    for (size_t i = 0, a, m; next_word(t, n, &i, &a, &m);)
        for (int k = 0; w[k]; k++)
            if ((with_le || strcmp(w[k], "le") != 0) && strlen(w[k]) == m && strncasecmp(t + a, w[k], m) == 0) return true;
    return false;
}

/* Does the text speak of fertility treatment (a word starting conceiv-, concept-, embryo-,
 * ICSI, fertil-, infertil-)? */
static bool fertility_text(const char *t, size_t n) {
    static const char *const w[] = {"conceiv", "concept", "embryo", "icsi", "fertil", "infertil", NULL};
    for (int k = 0; w[k]; k++)
        if (word_starting(t, n, w[k])) return true;
    return false;
}

/* A curly quotation mark or apostrophe at p (U+2018, U+2019, U+201C, U+201D), as UTF-8 or read
 * through CP-1252 and encoded again ("â€œ", "â€™"): its length in bytes (0 if none) and its
 * code point in *cp. */
static size_t curly_quote_at(const char *p, const char *e, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)p;
    if (e - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9C || u[2] == 0x9D)) {
        *cp = u[2] == 0x98 ? 0x2018 : u[2] == 0x99 ? 0x2019 : u[2] == 0x9C ? 0x201C : 0x201D;
        return 3;
    }
    if (u[0] == 0xC3) {
        uint8_t u8[4];
        size_t u8n;
        size_t taken = cc_mojibake_at(p, (size_t)(e - p), u8, &u8n, cp);
        if (taken) return *cp == 0x2018 || *cp == 0x2019 || *cp == 0x201C || *cp == 0x201D ? taken : 0;
    }
    /* (the closing double quote's last byte, 0x9D, has no CP-1252 character: "â€" is left) */
    if (e - p >= 5 && u[0] == 0xC3 && u[1] == 0xA2 && u[2] == 0xE2 && u[3] == 0x82 && u[4] == 0xAC) {
        *cp = 0x201D;
        return 5;
    }
    return 0;
}

static cc_status emit_word(gdoc *d, size_t start, size_t end, const char *s, size_t n, bool inword, cc_error *err);

/* A Spanish or Portuguese note's reading of the word fw (fl letters, accents folded) ending at
 * end, where its context decides it; else the table's reading fr (guard-67, guard-68). */
static const char *spanish_word(gdoc *d, size_t end, const char *fw, size_t fl, const char *fr) {
    const size_t k = after_spaces(d, end); /* (the next word) */
    const gtok *pv = d->ntok > 0 ? &d->tok[d->ntok - 1] : NULL;
    /* a Portuguese note's NO, NA, NOS, NAS, NUM, NUMA are "in the", "in a" ("DOR NO JOELHO"), not the Spanish
       "no" (sodium's NA before a number kept), its E "and", its OU "or" (guard-69) */
    if (d->pt && fl <= 4 && fw[0] == 'n' &&
        ((fl == 2 && (fw[1] == 'o' || (fw[1] == 'a' && k < d->len && is_alpha((unsigned char)d->text[k])))) ||
         (fl == 3 && (memcmp(fw, "nos", 3) == 0 || memcmp(fw, "nas", 3) == 0 || memcmp(fw, "num", 3) == 0)) ||
         (fl == 4 && memcmp(fw, "numa", 4) == 0)))
        return "";
    /* (the table's Portuguese PELO, because of, and QUEDA, a fall, are the Spanish hair and "remains" in a
       Spanish note: "CAIDA DE PELO", "QUEDA INGRESADO"; there they stay as written) */
    if (!d->pt && ((fl == 4 && memcmp(fw, "pelo", 4) == 0) || (fl == 5 && memcmp(fw, "queda", 5) == 0))) return NULL;
    if (d->pt && fl == 1 && fw[0] == 'e') return "and";
    if (d->pt && fl == 2 && memcmp(fw, "ou", 2) == 0) return "or";
    /* its MAS is "but" (the Spanish "más", more), its ID once a day ("TANSULOSINA 0,4MG ID"), its SN and SE
       NECESSARIO as needed, its SE elsewhere "if" */
    if (d->pt && fl == 3 && memcmp(fw, "mas", 3) == 0) return "but";
    if (d->pt && fl == 2 && memcmp(fw, "id", 2) == 0 && pv &&
        (pv->kind == GK_NUM || pv->unit || glex_unit(GT_NORM(d, pv), pv->len)))
        return "once daily";
    if (d->pt && fl == 2 && memcmp(fw, "sn", 2) == 0) return "as needed";
    if (d->pt && fl == 2 && memcmp(fw, "se", 2) == 0) return "if";
    if (d->pt && fl >= 9 && memcmp(fw, "necessari", 9) == 0 && pv && gdoc_is(d, d->ntok - 1, "if")) return "needed";
    /* "AO DIA", "POR DIA", "AL DÍA": a day ("UMA VEZ AO DIA", once a day) */
    if (((fl == 2 && (memcmp(fw, "ao", 2) == 0 || memcmp(fw, "al", 2) == 0)) || (fl == 3 && memcmp(fw, "por", 3) == 0)) &&
        day_word_at(d, k))
        return "a";
    /* a count said in words before a form or a time ("UM COMPRIMIDO", "UMA VEZ AO DIA", "DUAS VEZES"): the
       number */
    if (d->pt && ((fl == 2 && memcmp(fw, "um", 2) == 0) || (fl == 3 && memcmp(fw, "uma", 3) == 0) ||
                  (fl == 4 && (memcmp(fw, "dois", 4) == 0 || memcmp(fw, "duas", 4) == 0)))) {
        static const char *const next[] = {"comprimido", "cp", "capsula", "ampola", "vez", "vezes", "saqueta", NULL};
        char nw[24];
        const size_t nl = folded_word_at(d, k, nw, sizeof nw);
        for (int q = 0; next[q] && nl; q++)
            if (strncmp(nw, next[q], strlen(next[q])) == 0 && nl <= strlen(next[q]) + 1) return fw[0] == 'd' ? "two" : "one";
    }
    /* an ordinal, "OCTAVO ESPACIO INTERCOSTAL", "TERCEIRO DIA DE DOENÇA": its number, as "8VO", "D3" are; those
       that are other words too (segundo, seconds; cuarto, quarto, a room; quinta, sexta, Portuguese weekdays)
       only before a day, "NO QUARTO DIA" (guard-69, guard-70) */
    if (fl >= 4 && fl <= 8) {
        static const char *const ord[] = {"primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "setimo",
                                          "oitavo", "nono", "decimo", "primero", "tercero", "cuarto", "septimo",
                                          "octavo", "noveno", NULL};
        static const char *const eng[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth", "first", "third", "fourth", "seventh", "eighth", "ninth"};
        const bool day = day_word_at(d, k);
        for (int q = 0; ord[q]; q++) {
            const bool masc = strcmp(fw, ord[q]) == 0,
                       fem = fl == strlen(ord[q]) && memcmp(fw, ord[q], fl - 1) == 0 && fw[fl - 1] == 'a';
            const bool other = q == 1 || q == 3 || q == 12 || (fem && (q == 4 || q == 5));
            if ((masc || fem) && (day || !other)) return eng[q];
        }
    }
    if (fl == 2 && memcmp(fw, "si", 2) == 0) {
        /* SI before a symptom, "presenta", "precisa", "hay" or "es necesario" is as needed: "PRN NAUSEAS"
           -> "si presenta nauseas" */
        static const char *const sym[] = {"presenta", "precisa", "requiere", "necesario", "dolor", "fiebre", "hay",
                                          "nauseas", "vomitos", "vomito", "insomnio", "dor", "febre", NULL};
        char nw[24];
        const size_t nl = folded_word_at(d, k, nw, sizeof nw);
        for (int q = 0; sym[q] && nl; q++)
            if (strcmp(nw, sym[q]) == 0) return "if needed";
        if (word_at(d, k, "es") && word_at(d, after_spaces(d, k + 2), "necesario")) return "if needed";
        return fr;
    }
    /* SE after a comma opens a clause of its own, "SIN EPINEFRINA 5 ML, SE PUNCIONA ...": read as ", then" */
    if (fl == 2 && memcmp(fw, "se", 2) == 0 && pv && pv->kind == GK_PUNCT && pv->punct == ',') return "then";
    /* "ANTIINFLAMATORIOS NO ESTEROIDEOS" are NSAIDs, AINES: the phrase read as its first word, its
       "no esteroideos" as nothing */
    const bool steroidal = k + 10 <= d->len && strncasecmp(d->text + k, "esteroide", 9) == 0;
    if (fl >= 16 && memcmp(fw, "antiinflamatorio", 16) == 0 && word_at(d, k, "no")) {
        const size_t q = after_spaces(d, k + 2);
        if (q + 10 <= d->len && strncasecmp(d->text + q, "esteroide", 9) == 0) return "nsaids";
    }
    if (pv && gdoc_is(d, d->ntok - 1, "nsaids") &&
        ((fl == 2 && memcmp(fw, "no", 2) == 0 && steroidal) || (fl >= 10 && memcmp(fw, "esteroideo", 10) == 0)))
        return "";
    /* NO before "invasiva" is the prefix non-: "VENTILACION NO INVASIVA" */
    if (fl == 2 && memcmp(fw, "no", 2) == 0 &&
        (word_at(d, k, "invasiva") || word_at(d, k, "invasivo") || word_at(d, k, "invasivas") || word_at(d, k, "invasivos")))
        return "non";
    /* OD beside OI is the right eye, "AV OD ... AV OI" (ojo derecho, ojo izquierdo), and AO there both eyes;
       elsewhere AO is the Portuguese "ao", to the */
    if (fl == 2 && memcmp(fw, "od", 2) == 0 && spanish_eyes(d)) return "right eye";
    if (fl == 2 && memcmp(fw, "ao", 2) == 0 && spanish_eyes(d)) return "both eyes";
    if (fl == 2 && memcmp(fw, "oe", 2) == 0 && d->pt && spanish_eyes(d)) return "left eye";
    /* SEM after a number is the Spanish week, "HACE 1 SEM"; elsewhere the Portuguese "without" */
    if (fl == 3 && memcmp(fw, "sem", 3) == 0 && pv && pv->kind == GK_NUM) return "weeks";
    /* LPM is litres a minute of oxygen, as in English, and beats a minute after the heart's rate ("FC 92
       LPM") or a rate no oxygen flows at ("RS 72LPM") */
    if (fl == 3 && memcmp(fw, "lpm", 3) == 0) {
        for (size_t q = d->ntok, back = 0; q-- > 0 && back < 4; back++)
            if (gdoc_is(d, q, "fc") || gdoc_is(d, q, "pulso") || gdoc_is(d, q, "cardiaca")) return "bpm";
        if (pv && pv->kind == GK_NUM && pv->value > 20) return "bpm";
    }
    return fr;
}

/* A word of a note written in French (guard-62) or German (guard-64): its English reading in *x
 * (kept when the language's table does not know it; folded[64] holds a known name with its
 * accents folded), or true with *st set when the word is said here in full: a French day or hour
 * of a course ("J3", "H24"), an elided article's word ("PAS D'HEMORRAGIE"), a function word the
 * comparison does without (nothing).  The French readings of single words and letters (NE, SI,
 * D and G...) are French only. */
static bool foreign_word(gdoc *d, size_t start, size_t end, const char *s, size_t n, const char *low, bool inword,
                         char *folded, const char **x, cc_status *st, cc_error *err) {
    const bool fr_note = d->lang == GLANG_FR;
    /* the French day and hour of a course, "J3", "H24 POST-TM": day 3, 24 hours */
    if (fr_note && inword && n >= 2 && n <= 3 && (low[0] == 'j' || low[0] == 'h') && is_digit((unsigned char)low[1]) &&
        (n == 2 || is_digit((unsigned char)low[2]))) {
        const bool day = low[0] == 'j';
        *st = day ? emit(d, GK_WORD, start, start + 1, "day", 3, GF_EXPANDED, err) : CC_OK;
        if (*st == CC_OK) *st = emit(d, GK_NUM, start + 1, end, s + 1, n - 1, 0, err);
        if (*st == CC_OK) d->tok[d->ntok - 1].value = parse_num(s + 1, n - 1);
        if (*st == CC_OK && !day) *st = emit(d, GK_WORD, start, start + 1, "hours", 5, GF_EXPANDED, err);
        return true;
    }
    char fw[64];
    const size_t fl = fold_accents(low, n, fw, sizeof fw);
    const size_t ap = !fr_note                                       ? 0
                      : fl > 2 && fw[1] == '\'' && strchr("dlnsjc", fw[0]) ? 2
                      : fl > 3 && memcmp(fw, "qu'", 3) == 0            ? 3
                                                                        : 0;
    if (ap) return (*st = emit_word(d, start + ap, end, s + ap, n - ap, inword, err)), true;
    const char *fr = fl ? glex_foreign(d->lang, fw, fl) : NULL;
    /* (NON CONNUE, "not known before": unknown; PLUS DE opening a statement: no longer) */
    if (fr_note && fl == 3 && memcmp(fw, "non", 3) == 0 && (word_at(d, end + 1, "connu") || word_at(d, end + 1, "connue")))
        return (*st = CC_OK), true;
    if (fr_note && fl >= 5 && memcmp(fw, "connu", 5) == 0 && start >= 4 && strncasecmp(d->text + start - 4, "non ", 4) == 0)
        fr = "unknown";
    /* (EN CAS DE, in case of, is as needed: "EN CAS DE FIEVRE") */
    if (fr_note && fl == 3 && memcmp(fw, "cas", 3) == 0 && start >= 3 && strncasecmp(d->text + start - 3, "en ", 3) == 0 &&
        (word_at(d, end + 1, "de") || word_at(d, end + 1, "d")))
        fr = "as needed";
    /* (SI before a symptom is as needed, "SI DOULEUR"; before anything else it is "if") */
    if (fr_note && fl == 2 && memcmp(fw, "si", 2) == 0) {
        static const char *const sym[] = {"douleur", "douleurs", "nausee", "nausees", "insomnie", "constipation",
                                          "fievre", "agitation", "vomissement", "vomissements", "besoin",
                                          "anxiete", "dyspnee", "prurit", "cephalee", "cephalees", NULL};
        size_t k = after_spaces(d, end);
        size_t a = k;
        while (k < d->len && is_alpha((unsigned char)d->text[k])) k++;
        char nw[24];
        const size_t nl = k > a && k - a < 20 ? fold_accents(d->text + a, k - a, nw, sizeof nw) : 0;
        fr = "if";
        for (int q = 0; sym[q] && nl; q++)
            if (strcmp(nw, sym[q]) == 0) fr = "if needed";
    }
    if (fr_note && fl == 4 && memcmp(fw, "plus", 4) == 0 && (word_at(d, end + 1, "de") || word_at(d, end + 1, "d")) &&
        (d->ntok == 0 || gdoc_is_sentend(d, d->ntok - 1) ||
         (d->tok[d->ntok - 1].kind == GK_PUNCT && strchr(".\n:;", d->tok[d->ntok - 1].punct))))
        fr = "no longer";
    /* (NE is "not" alone, "NE PEUT MARCHER"; with its PAS, PLUS, JAMAIS or RIEN after it the
       negation is said once) */
    if (fr_note && fl == 2 && memcmp(fw, "ne", 2) == 0) {
        fr = "not";
        for (size_t k = end, words = 0; k < d->len && words < 4 && fr; words++) {
            while (k < d->len && !is_alpha((unsigned char)d->text[k])) k++;
            if (word_at(d, k, "pas") || word_at(d, k, "plus") || word_at(d, k, "jamais") || word_at(d, k, "rien"))
                fr = "";
            while (k < d->len && is_alpha((unsigned char)d->text[k])) k++;
        }
    }
    if (d->lang == GLANG_ES) fr = spanish_word(d, end, fw, fl, fr);
    if (fr && !*fr) return (*st = CC_OK), true;
    if (fr) *x = fr;
    /* (a name the lexicon knows, written with French accents: "artéméther") */
    if (!fr && fl && fl < n && (d->lang == GLANG_ES || (glex_class(fw, fl) & (GL_DRUG | GL_SYN | GL_ANATOMY)))) {
        memcpy(folded, fw, fl + 1);
        *x = folded;
    }
    /* a side written D or G after what it is said of ("DEF BRACHIO-FACIAL D", "OCCLUSION M1 G",
       "VERS LA G"), not a vitamin's or a hepatitis's letter, nor grams after a number */
    /* (and either side of a comparison: "ANISOCORIE D>G") */
    const bool compared = n == 1 && end + 1 < d->len && (d->text[end] == '>' || d->text[end] == '<') &&
                          (d->text[end + 1] == 'D' || d->text[end + 1] == 'G');
    /* (and the Portuguese D and E, direito and esquerdo, E only closing its phrase: "MALAR E," where
       "E" before a word is "and") (guard-67) */
    const bool es_note = d->lang == GLANG_ES;
    size_t nx = end;
    while (nx < d->len && d->text[nx] == ' ') nx++;
    /* (a period closes it only at its line's end: "E. COLI" is Escherichia) */
    const bool closing = nx >= d->len || d->text[nx] == '\n' || d->text[nx] == ',' || d->text[nx] == ';' ||
                         d->text[nx] == ')' ||
                         (d->text[nx] == '.' && (nx + 1 >= d->len || d->text[nx + 1] == '\n' || d->text[nx + 1] == '\r'));
    const bool letter = fr_note ? s[0] == 'D' || s[0] == 'G' : es_note && (s[0] == 'D' || (s[0] == 'E' && closing));
    if (letter && n == 1 && d->ntok > 0 &&
        (d->tok[d->ntok - 1].end < start || d->tok[d->ntok - 1].punct == '>' || d->tok[d->ntok - 1].punct == '<' ||
         d->tok[d->ntok - 1].punct == '(') &&
        (compared || end == d->len || !(is_alnum((unsigned char)d->text[end]) || d->text[end] == '/' ||
                                        d->text[end] == '+' || d->text[end] == '\'' || d->text[end] == '>' ||
                                        d->text[end] == '<'))) {
        const gtok *pv = &d->tok[d->ntok - 1];
        const char *pw = prev_word(d);
        bool after = (pv->kind == GK_WORD && strcmp(pw, "vit") != 0 && strcmp(pw, "vitamine") != 0 &&
                            strcmp(pw, "vitamin") != 0 && strcmp(pw, "hepatite") != 0 &&
                            strcmp(pw, "hepatitis") != 0 && strcmp(pw, "asia") != 0 &&
                            strcmp(pw, "type") != 0 && strcmp(pw, "groupe") != 0 && strcmp(pw, "classe") != 0) ||
                           (pv->kind == GK_NUM && (pv->flags & GF_INWORD)) ||
                           (pv->kind == GK_PUNCT && (pv->punct == ')' || pv->punct == '(' ||
                                                     pv->punct == '>' || pv->punct == '<' ||
                                                     /* (after an abbreviation's point, "LEVRE INF. G") */
                                                     (pv->punct == '.' && d->ntok > 1 &&
                                                      d->tok[d->ntok - 2].kind == GK_WORD &&
                                                      d->tok[d->ntok - 2].end == pv->start &&
                                                      d->tok[d->ntok - 2].end - d->tok[d->ntok - 2].start <= 4) ||
                                                     /* ("PUPILLES: D 4MM, G 3MM") */
                                                     ((pv->punct == ':' || pv->punct == ',') &&
                                                      end + 1 < d->len && d->text[end] == ' ' &&
                                                      is_digit((unsigned char)d->text[end + 1]))));
        if (after && es_note) {
            const char *pw2 = prev_word(d);
            after = strcmp(pw2, "tipo") != 0 && strcmp(pw2, "grado") != 0 && strcmp(pw2, "grau") != 0 &&
                    strcmp(pw2, "grupo") != 0 && strcmp(pw2, "estadio") != 0 && strcmp(pw2, "fase") != 0;
        }
        if (after) *x = s[0] == 'D' ? "right" : "left";
    }
    return false;
}

/* A drug's English name for its Spanish spelling low[0..n) (accents folded), into eng (n + 4 bytes
 * at least): a change of ending ("-CILINA" -> "-cillin", "-MICINA" -> "-mycin", "-INA" -> "-ine" or
 * "-in", "-ONA" -> "-one", "-IDA" -> "-ide", "-INO", "-ENO" -> "-in", "-en", "-ACO" -> "-ac", "-OL" ->
 * "-ole") and of spelling ("HIDRO" -> "hydro", "ES" before a consonant dropped, "FEN" -> "phen"),
 * taken when the lexicon knows the result as a drug (guard-67). */
static bool spanish_drug(const char *low, size_t n, char *eng) {
    static const char *const ends[][2] = {{"cilina", "cillin"}, {"micina", "mycin"}, {"ina", "ine"}, {"ina", "in"},
                                          {"ona", "one"}, {"ida", "ide"}, {"ino", "in"}, {"eno", "en"},
                                          {"aco", "ac"}, {"ol", "ole"}, {"ilo", "il"}, {"ato", "ate"}, {"ana", "an"}};
    char w[64];
    size_t m = 0;
    const size_t skip = n > 4 && low[0] == 'e' && low[1] == 's' && !strchr("aeiou", low[2]) ? 1 : 0;
    if (n >= sizeof w - 8) return false;
    for (size_t i = skip; i < n; i++) {
        if (i == 0 && low[0] == 'h' && low[1] == 'i' && low[2] == 'd' && low[3] == 'r') w[m++] = 'h', w[m++] = 'y', i++;
        else if (i == 0 && low[0] == 'f' && low[1] == 'e' && low[2] == 'n') w[m++] = 'p', w[m++] = 'h';
        else w[m++] = low[i];
    }
    if (skip || m != n) {
        w[m] = '\0';
        if (glex_class(w, m) & GL_DRUG) return memcpy(eng, w, m + 1), true;
    }
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        const size_t el = strlen(ends[k][0]), nl = strlen(ends[k][1]);
        if (m <= el + 2 || memcmp(w + m - el, ends[k][0], el) != 0) continue;
        memcpy(eng, w, m - el);
        memcpy(eng + m - el, ends[k][1], nl + 1);
        if (glex_class(eng, m - el + nl) & GL_DRUG) return true;
    }
    return false;
}

/* A word as written: expand it when the lexicon knows it, else emit as is. */
static cc_status emit_word(gdoc *d, size_t start, size_t end, const char *s, size_t n, bool inword, cc_error *err) {
    char low[64];
    low[0] = low[1] = low[2] = 0;
    cc_status qst = CC_OK;
    /* a lone "Â", what is left of a no-break space encoded twice ("INJECTION Â 500 UNITS"): no word (guard-70) */
    if (n == 2 && (unsigned char)s[0] == 0xC3 && (unsigned char)s[1] == 0x82) return CC_OK;
    if (inword && q_interval(d, start, end, s, n, &qst, err)) return qst;
    if (inword && obstetric(d, start, end, s, n, &qst, err)) return qst;
    if (inword && x_duration(d, start, end, s, n, &qst, err)) return qst;
    if (inword && dextrose_code(d, start, end, s, n, &qst, err)) return qst;
    if (inword && code_number(d, start, end, s, n, &qst, err)) return qst;
    char eng[64]; /* an Italian or Spanish drug name written the English way */
    char folded[64]; /* a French note's word with its accents folded */
    if (n < sizeof low) {
        for (size_t i = 0; i < n; i++) low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
        const char *x = glex_expand(low, n);
        if (doc_foreign(d) && foreign_word(d, start, end, s, n, low, inword, folded, &x, &qst, err)) return qst;
        /* a drug's name with its Italian or Spanish ending, "MESALAZINA", "CARVEDILOLO", "PARACETAMOLO":
           the English name, when the lexicon knows it so (guard-59) */
        const bool ina = n >= 7 && memcmp(low + n - 3, "ina", 3) == 0, olo = n >= 7 && memcmp(low + n - 3, "olo", 3) == 0;
        if (!x && (ina || olo) && n < sizeof eng && !(glex_class(low, n) & (GL_DRUG | GL_SYN))) {
            memcpy(eng, low, n);
            const size_t m = ina ? n : n - 1;
            if (ina) eng[n - 1] = 'e';
            eng[m] = '\0';
            if (glex_class(eng, m) & GL_DRUG) x = eng;
        }
        /* and with its Spanish ending or spelling in a Spanish note, "AMOXICILINA", "CEFTRIAXONA",
           "FUROSEMIDA", "CIPROFLOXACINO", "HIDROCORTISONA" (guard-67) */
        if ((!x || x == folded) && n >= 6 && n < sizeof eng - 4 && d->lang == GLANG_ES &&
            !(glex_class(low, n) & (GL_DRUG | GL_SYN))) {
            char fw[64]; /* (accents folded: "lidocaína") */
            const size_t fl = fold_accents(low, n, fw, sizeof fw);
            if (fl >= 6 && fl < sizeof eng - 4 && spanish_drug(fw, fl, eng)) x = eng;
        }
        /* DNS among IV fluids ("IVF DNS 100 ML/HR", "RL + DNS", "DNS @ 75") is dextrose normal
           saline, not a deviated nasal septum */
        if (n == 3 && memcmp(low, "dns", 3) == 0) {
            const char *pw = prev_word(d);
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == '@' || d->text[k] == '-')) k++;
            bool rate = k < d->len && d->text[k] >= '0' && d->text[k] <= '9';
            if (rate || strcmp(pw, "ivf") == 0 || strcmp(pw, "fluid") == 0 || strcmp(pw, "fluids") == 0 ||
                strcmp(pw, "intravenous") == 0 || strcmp(pw, "lactate") == 0 || strcmp(pw, "saline") == 0 ||
                (d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_PUNCT && d->tok[d->ntok - 1].punct == '+') ||
                /* (after a half, before what is added to it: "1/2 DNS + 50MEQ NAHCO3/L") (guard-57) */
                (start >= 4 && strncmp(d->text + start - 4, "1/2 ", 4) == 0) || (k < d->len && d->text[k] == '+'))
                x = "dextrose normal saline";
        }
        /* SSD with a length is the skin-to-stone distance ("HU 720, SSD 8 CM"), not silver
           sulfadiazine; LV with a dose in mg/m2 is leucovorin ("LV 400MG/M2"), not the ventricle;
           NS after Hodgkin lymphoma or before TYPE is nodular sclerosis */
        if (n == 3 && memcmp(low, "ssd", 3) == 0 && length_follows(d, end, true)) x = "skin to stone distance";
        if (n == 2 && memcmp(low, "lv", 2) == 0) {
            size_t k = after_spaces(d, end);
            size_t u = k;
            while (u < d->len && ((d->text[u] >= '0' && d->text[u] <= '9') || d->text[u] == '.')) u++;
            while (u < d->len && d->text[u] == ' ') u++;
            if (u > k && u + 5 <= d->len && strncasecmp(d->text + u, "mg/m", 4) == 0) x = "leucovorin";
        }
        /* NITRO with a susceptibility after it ("CARBAPENEM S, NITRO S, PIP-TAZ R") is
           nitrofurantoin on a urine culture's report, not nitroglycerin (guard-46) */
        if (n == 5 && memcmp(low, "nitro", 5) == 0) {
            size_t k = after_spaces(d, end);
            if (k > end && k < d->len && d->text[k] && strchr("SRIsri", d->text[k]) &&
                (k + 1 == d->len || (d->text[k + 1] && strchr(",;)/.\n ", d->text[k + 1]))))
                x = "nitrofurantoin";
        }
        if (n == 2 && memcmp(low, "ns", 2) == 0) {
            const char *pw = prev_word(d);
            size_t k = after_spaces(d, end);
            if (strcmp(pw, "hl") == 0 || strcmp(pw, "chl") == 0 || strcmp(pw, "hodgkin") == 0 ||
                (k + 4 <= d->len && strncasecmp(d->text + k, "type", 4) == 0))
                x = "nodular sclerosis";
            /* after a serological test, "WIDAL NS", it is the reading: not significant (guard-39) */
            if (strcmp(pw, "widal") == 0 || glex_serology(pw, strlen(pw))) x = "not significant";
        }
        /* CO- joined to a drug ("CO-AMOX", "co-codamol", "CO-TRIMOXAZOLE") is the prefix of a
           compound's name, not "complaints of" */
        if (n == 2 && memcmp(low, "co", 2) == 0 && end + 1 < d->len && d->text[end] == '-' &&
            is_alpha((unsigned char)d->text[end + 1]))
            x = NULL;
        /* LA / RA before "appendage" is the atrial appendage ("LA APPENDAGE CLOT"), not the atrium */
        if (n == 2 && (memcmp(low, "la", 2) == 0 || memcmp(low, "ra", 2) == 0)) {
            size_t k = after_spaces(d, end);
            if (k + 9 <= d->len && strncasecmp(d->text + k, "appendage", 9) == 0)
                x = low[0] == 'l' ? "left atrial" : "right atrial";
        }
        /* B/E before a plaster or a splint is below-elbow, not both eyes ("B/E POP SLAB APPLIED") */
        if (n == 3 && memcmp(low, "b/e", 3) == 0) {
            size_t k = after_spaces(d, end);
            static const char *const cast[] = {"pop", "slab", "cast", "plaster", "backslab", "splint", "slabs", NULL};
            for (int q = 0; cast[q]; q++) {
                size_t L = strlen(cast[q]);
                if (k + L <= d->len && strncasecmp(d->text + k, cast[q], L) == 0 &&
                    (k + L == d->len || !is_alnum((unsigned char)d->text[k + L])))
                    x = "below elbow";
            }
        }
        /* EXC after a negation in its sentence ("NO OTHER SUBSTANCE EXC TOBACCO") is except, which
           ends the negation's reach; elsewhere it stays what it was (an excision) */
        if (n == 3 && memcmp(low, "exc", 3) == 0) {
            bool neg = false;
            for (size_t k = d->ntok, seen = 0; k-- > 0 && seen < 8 && !neg; seen++) {
                const gtok *pt = &d->tok[k];
                if (pt->kind == GK_PUNCT && (pt->punct == '.' || pt->punct == ';' || pt->punct == '\n')) break;
                if (pt->kind != GK_WORD) continue;
                const char *w = d->arena + pt->norm;
                neg = strcmp(w, "no") == 0 || strcmp(w, "nil") == 0 || strcmp(w, "not") == 0 ||
                      strcmp(w, "none") == 0 || strcmp(w, "denies") == 0 || strcmp(w, "without") == 0;
            }
            if (neg) x = "except";
        }
        /* RIF with a susceptibility ("RIF S", "RIF R", "RIF SENSITIVE", "RIF RESISTANCE DETECTED")
           or after a TB test ("CBNAAT: MTB DETECTED, RIF ...", "XPERT RIF") is rifampicin, not the
           right iliac fossa */
        if (n == 3 && memcmp(low, "rif", 3) == 0) {
            const char *pw = prev_word(d);
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':' || d->text[k] == '-')) k++;
            size_t we = k;
            while (we < d->len && ((d->text[we] | 32) >= 'a' && (d->text[we] | 32) <= 'z')) we++;
            char nx[16] = "";
            for (size_t q = k; q < we && q - k < sizeof nx - 1; q++) nx[q - k] = (char)(d->text[q] | 32);
            static const char *const sus[] = {"s", "r", "sensitive", "resistant", "resistance", "susceptible",
                                              "sens", "res", "resist", "mono",
                                              /* "RIF INDETERMINATE", "Rif induces UGT1A1", "rif-based" (guard-38) */
                                              "indeterminate", "induces", "based", NULL};
            /* (the word before may stand before a comma: "MTB DETECTED, RIF NOT DETECTED") */
            if (!*pw && d->ntok >= 2 && d->tok[d->ntok - 1].kind == GK_PUNCT && d->tok[d->ntok - 1].punct == ',' &&
                d->tok[d->ntok - 2].kind == GK_WORD)
                pw = d->arena + d->tok[d->ntok - 2].norm;
            bool tb = strcmp(pw, "mtb") == 0 || strcmp(pw, "xpert") == 0 || strcmp(pw, "genexpert") == 0 ||
                      strcmp(pw, "cbnaat") == 0 || strcmp(pw, "detected") == 0 || strcmp(pw, "naat") == 0;
            for (int q = 0; !tb && sus[q]; q++) tb = we - k < sizeof nx && strcmp(nx, sus[q]) == 0;
            /* (and "Rif" written in small letters: the fossa is always in capitals) */
            if (s[1] >= 'a' && s[1] <= 'z') tb = true;
            if (tb) x = "rifampicin";
        }
        /* SI and HI in capitals, paired ("DENIES SI/HI") or after a word of a mental state's
           answer ("NO SI", "PASSIVE SI", "ENDORSES HI"), are suicidal and homicidal ideation */
        if (n == 2 && !x && (memcmp(low, "si", 2) == 0 || memcmp(low, "hi", 2) == 0) && s[0] >= 'A' && s[0] <= 'Z' &&
            s[1] >= 'A' && s[1] <= 'Z') {
            const char *other = low[0] == 's' ? "hi" : "si";
            bool pair = (end + 3 <= d->len && d->text[end] == '/' && strncasecmp(d->text + end + 1, other, 2) == 0 &&
                         (end + 3 == d->len || !is_alnum((unsigned char)d->text[end + 3]))) ||
                        (start >= 3 && d->text[start - 1] == '/' && strncasecmp(d->text + start - 3, other, 2) == 0 &&
                         (start == 3 || !is_alnum((unsigned char)d->text[start - 4])));
            static const char *const state[] = {"denies", "denied", "deny", "no", "nil", "passive", "active",
                                                "endorses", "endorsed", "reports", "any", "current", NULL};
            const char *pw = prev_word(d);
            for (int q = 0; !pair && state[q]; q++) pair = strcmp(pw, state[q]) == 0;
            if (pair) x = low[0] == 's' ? "suicidal ideation" : "homicidal ideation";
        }
        /* HAS in capitals after a strength in percent is human albumin solution ("20% HAS 100ML"),
           not the verb */
        if (n == 3 && memcmp(low, "has", 3) == 0 && memcmp(s, "HAS", 3) == 0) {
            size_t b = start;
            while (b > 0 && d->text[b - 1] == ' ') b--;
            if (b > 0 && d->text[b - 1] == '%') x = "human albumin solution";
        }
        /* PEN V (or PEN-V) is penicillin V, phenoxymethylpenicillin */
        if (n == 3 && memcmp(low, "pen", 3) == 0 && end + 2 <= d->len && (d->text[end] == ' ' || d->text[end] == '-') &&
            (d->text[end + 1] | 32) == 'v' && (end + 2 == d->len || !is_alnum((unsigned char)d->text[end + 2])))
            x = "penicillin";
        /* PEG before a growth factor is pegylated ("PEG GCSF 6MG"), not polyethylene glycol */
        if (n == 3 && memcmp(low, "peg", 3) == 0) {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == '-')) k++;
            if ((k + 4 <= d->len && strncasecmp(d->text + k, "gcsf", 4) == 0) ||
                (k + 5 <= d->len && strncasecmp(d->text + k, "g-csf", 5) == 0) ||
                (k + 10 <= d->len && strncasecmp(d->text + k, "filgrastim", 10) == 0))
                x = "pegylated";
            /* and with its amount, or after whole bowel irrigation, it is the laxative, polyethylene
               glycol ("WBI WITH PEG 2L/HR", "PEG 3350 17G"), not the gastrostomy (guard-66) */
            else if (peg_laxative(d, k) || strcmp(prev_word(d), "wbi") == 0)
                x = "polyethylene glycol";
        }
        /* EPI with a dose or after a verb of dosing is epinephrine ("EPI 1MG IV X3", "EPI 0.02
           MCG/KG/MIN", "WEAN EPI", "RACEMIC EPI"); ADR with a dilution is adrenaline ("LIGNOCAINE
           WITH ADR 1:80000") */
        if (n == 3 && (memcmp(low, "epi", 3) == 0 || memcmp(low, "adr", 3) == 0)) {
            const char *pw = prev_word(d);
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == '@')) k++;
            bool dose = k < d->len && ((d->text[k] >= '0' && d->text[k] <= '9') || d->text[k] == '.');
            bool verb = strcmp(pw, "wean") == 0 || strcmp(pw, "racemic") == 0 || strcmp(pw, "start") == 0 ||
                        strcmp(pw, "on") == 0 || strcmp(pw, "with") == 0 || strcmp(pw, "stop") == 0 ||
                        strcmp(pw, "increase") == 0 || strcmp(pw, "titrate") == 0;
            /* (not an adverse drug reaction's form: "REPORT ... ON ADR FORM") (guard-56) */
            const bool form = k + 4 <= d->len && (strncasecmp(d->text + k, "form", 4) == 0 ||
                                                  (k + 6 <= d->len && strncasecmp(d->text + k, "report", 6) == 0));
            /* (or with its dilution before it: "2% LIGNOCAINE WITH 1:80000 ADR", "LIDOCAINE 2% 1:80,000 ADR")
               (guard-63) */
            size_t b = start;
            while (b > 0 && d->text[b - 1] == ' ') b--;
            const size_t digits_end = b;
            while (b > 0 && (is_digit((unsigned char)d->text[b - 1]) || d->text[b - 1] == ',' || d->text[b - 1] == '.')) b--;
            const bool dilution = b < digits_end && b >= 2 && d->text[b - 1] == ':' && d->text[b - 2] == '1';
            if ((dose || verb || dilution) && !form) x = low[0] == 'e' ? "epinephrine" : "adrenaline";
        }
        /* NS in a text about eyes is nuclear sclerosis ("OD 2+ NS", "DENSE NS CATARACT"), unless a
           volume or rate follows (saline) */
        if (n == 2 && x && memcmp(low, "ns", 2) == 0) {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == '@')) k++;
            const gtok *pv = d->ntok > 0 ? &d->tok[d->ntok - 1] : NULL;
            /* ("2+ NS": the plus of a grade, glued to its number; not "SUCTION + NS DROPS") (guard-46) */
            bool graded = pv && pv->kind == GK_PUNCT && pv->punct == '+' && d->ntok >= 2 &&
                          d->tok[d->ntok - 2].kind == GK_NUM && d->tok[d->ntok - 2].end == pv->start;
            bool cataract = k + 8 <= d->len && strncasecmp(d->text + k, "cataract", 8) == 0;
            /* (or a grade after it: "LENS: RE NS GR II") */
            cataract = cataract || (k + 3 <= d->len && (strncasecmp(d->text + k, "gr ", 3) == 0 ||
                                                        strncasecmp(d->text + k, "gr.", 3) == 0 ||
                                                        (k + 5 <= d->len && strncasecmp(d->text + k, "grade", 5) == 0)));
            bool volume = pv && pv->kind == GK_WORD && glex_unit(d->arena + pv->norm, pv->len) != GU_NONE;
            /* (a grade after it, "NS 3+ CATARACT", is no volume) (guard-49) */
            size_t g = k;
            while (g < d->len && d->text[g] >= '0' && d->text[g] <= '9') g++;
            const bool grade_after = g > k && g < d->len && d->text[g] == '+';
            if ((cataract || graded || (d->eye_note && !volume)) &&
                (grade_after || !(k < d->len && d->text[k] >= '0' && d->text[k] <= '9')))
                x = "nuclear sclerosis";
        }
        /* RA / LA before a chamber's word are the atria ("RA LEAD", "LA 5.2 CM", "LA DILATED");
           elsewhere RA is room air or rheumatoid arthritis and LA local anaesthesia */
        if (n == 2 && !x && (memcmp(low, "ra", 2) == 0 || memcmp(low, "la", 2) == 0) &&
            (s[0] == 'R' || s[0] == 'L')) {
            static const char *const chamber[] = {"lead", "pressure", "dilated", "dilatation", "enlarged", "enlargement",
                                                  "size", "volume", "clot", "thrombus", "mass", "appendage", "diameter",
                                                  "lv", "rv", "la", "ra", "laa", "raa", /* "LA/LAA CLOT" (guard-39) */
                                                  "collapse", "compression", "diastolic", "systolic",
                                                  "hypertrophy", "dilation", "function",
                                                  /* "LA MILDLY DILATED" */
                                                  "mildly", "moderately", "severely", NULL};
            size_t k = end;
            /* (and a chamber code joined to it: "RA + RV DIASTOLIC COLLAPSE", "RA, RV DILATED") */
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':' || d->text[k] == '/' || d->text[k] == '+' ||
                                  d->text[k] == '&' || d->text[k] == ','))
                k++;
            size_t a2 = k;
            while (k < d->len && is_alpha((unsigned char)d->text[k])) k++;
            bool ch = false;
            for (const char *const *p = chamber; !ch && *p; p++)
                ch = strlen(*p) == k - a2 && strncasecmp(d->text + a2, *p, k - a2) == 0;
            /* "LA 5.2 CM": the left atrium's size (LA before a length) */
            if (!ch && low[0] == 'l') ch = length_follows(d, a2, true);
            if (ch) x = low[0] == 'r' ? "right atrium" : "left atrium";
        }
        /* LAD after "no" or a lymph node region is lymphadenopathy ("NO CERVICAL LAD", "no LAD"),
           not the left anterior descending artery */
        if (n == 3 && x && memcmp(low, "lad", 3) == 0 && d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD) {
            const char *pw = d->arena + d->tok[d->ntok - 1].norm;
            if (strcmp(pw, "no") == 0 || strcmp(pw, "cervical") == 0 || strcmp(pw, "axillary") == 0 ||
                strcmp(pw, "hilar") == 0 || strcmp(pw, "mediastinal") == 0 || strcmp(pw, "paratracheal") == 0 ||
                strcmp(pw, "mesenteric") == 0 || strcmp(pw, "retroperitoneal") == 0 || /* (guard-38) */
                strcmp(pw, "inguinal") == 0 || strcmp(pw, "submandibular") == 0 || strcmp(pw, "significant") == 0 ||
                strcmp(pw, "palpable") == 0 || strcmp(pw, "supraclavicular") == 0 || strcmp(pw, "generalised") == 0 ||
                strcmp(pw, "generalized") == 0)
                x = "lymphadenopathy";
        }
        /* LT before a length in cm is a length ("WT 9.8 KG, LT 76 CM, HC 46 CM"), not a side */
        if (n == 2 && memcmp(low, "lt", 2) == 0 && length_follows(d, end, false)) {
            /* (unless it answers a right side just before it: "CYSTS (RT 17 CM, LT 18.5 CM)" are
               the two kidneys) (guard-35) */
            bool paired = false;
            for (size_t k = d->ntok, seen = 0; k-- > 0 && seen < 6 && !paired; seen++) {
                const gtok *p = &d->tok[k];
                if (p->kind == GK_PUNCT && (p->punct == '.' || p->punct == '\n' || p->punct == ';')) break;
                paired = p->kind == GK_WORD && strcmp(d->arena + p->norm, "right") == 0;
            }
            if (!paired) x = "length";
        }
        /* in a note on the liver, an LT before no part of the body ("LT CLINIC - POD 42", "REFER
           FOR LT EVALUATION", "LISTED SUPER-URGENT FOR LT.") is a liver transplant */
        if (n == 2 && memcmp(low, "lt", 2) == 0 && x && strcmp(x, "left") == 0 && liver_text(d->text, d->len)) {
            size_t k = after_spaces(d, end);
            if (!body_part_at(d, k)) x = "liver transplant";
        }
        /* IVF is intravenous fluids ("NO IVF", "IVF NS @ 75 ML/HR"), unless the text speaks of
           fertility treatment (in vitro fertilisation: "IVF CONCEPTION", "IVF-ICSI") */
        if (n == 3 && memcmp(low, "ivf", 3) == 0 && !x && !fertility_text(d->text, d->len)) x = "intravenous fluid";
        /* MG not after a number but before a dose of its own ("(MG 2G IV", "MG 2 G OVER 20 MIN") is
           magnesium, not milligrams */
        if (n == 2 && memcmp(low, "mg", 2) == 0 && !(d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_NUM)) {
            size_t k = after_spaces(d, end);
            size_t k0 = k;
            while (k < d->len && ((d->text[k] >= '0' && d->text[k] <= '9') || d->text[k] == '.')) k++;
            size_t u = k;
            while (u < d->len && d->text[u] == ' ') u++;
            size_t ue = u;
            while (ue < d->len && is_alpha((unsigned char)d->text[ue])) ue++;
            if (k > k0 && ((ue - u == 1 && (d->text[u] | 32) == 'g') || (ue - u == 2 && strncasecmp(d->text + u, "gm", 2) == 0) ||
                           (ue - u == 4 && strncasecmp(d->text + u, "mmol", 4) == 0)))
                x = "magnesium";
        }
        /* RT before NOTE is the respiratory therapist's ("RT NOTE 0900 / SBT: PS 5/PEEP 5") (guard-44) */
        if (n == 2 && memcmp(low, "rt", 2) == 0) {
            size_t k = after_spaces(d, end);
            if ((k + 4 <= d->len && strncasecmp(d->text + k, "note", 4) == 0 &&
                 (k + 4 == d->len || !is_alpha((unsigned char)d->text[k + 4]))) ||
                (end + 5 <= d->len && d->text[end] == '/' && strncasecmp(d->text + end + 1, "nurs", 4) == 0))
                x = "respiratory therapy"; /* (and "LTC RT/NURSING") */
        }
        /* RT after a dose that ends its item ("COCONUT OIL 50ML RT", "PCM 150MG RT."), before
           feeds ("RT FEEDS 100ML 2 HRLY") or after via / except is the Ryle's tube the dose goes
           by, not the right side */
        if (n == 2 && memcmp(low, "rt", 2) == 0) {
            bool dose_before = d->ntok > 1 && d->tok[d->ntok - 2].kind == GK_NUM && d->tok[d->ntok - 1].kind == GK_WORD &&
                               d->tok[d->ntok - 1].end + 1 >= start;
            if (dose_before) {
                int u = glex_unit(d->arena + d->tok[d->ntok - 1].norm, d->tok[d->ntok - 1].len);
                dose_before = u == GU_ML || u == GU_MG || u == GU_G || u == GU_MCG;
            }
            size_t k = after_spaces(d, end);
            bool closes = k >= d->len || d->text[k] == '\n' || d->text[k] == '.' || d->text[k] == ',' || d->text[k] == ';';
            bool feeds = k + 4 <= d->len && strncasecmp(d->text + k, "feed", 4) == 0;
            /* (and after a word of the way something goes: "VIA RT", "NPO EXCEPT RT") */
            const char *pw = prev_word(d);
            bool way = (strcmp(pw, "via") == 0 || strcmp(pw, "except") == 0 || strcmp(pw, "through") == 0 ||
                        strcmp(pw, "per") == 0) &&
                       closes; /* (not "VIA RT IJV TEMP CATH": the right internal jugular vein) */
            if ((dose_before && closes) || feeds || way) x = "ryles tube";
            /* in a note on cancer treatment, an RT before no part of the body ("RT + CHEMO", "RT
               REFERRAL FOR SINGLE # 8GY", "S/P LUMPECTOMY + RT 2022") is radiotherapy */
            if (x && strcmp(x, "right") == 0 && oncology_text(d->text, d->len) && !body_part_at(d, k))
                x = "radiotherapy";
            /* a mental state examination's "EEC+, RT ESTABLISHED": rapport */
            if (k + 5 <= d->len && (strncasecmp(d->text + k, "estab", 5) == 0 || strncasecmp(d->text + k, "built", 5) == 0))
                x = "rapport";
        }
        /* LEVO beside another fluoroquinolone in a susceptibility list ("R: CIPRO, LEVO",
           "CIPRO/LEVO R") is levofloxacin (guard-39) */
        if (n == 4 && memcmp(low, "levo", 4) == 0 && !x && d->ntok >= 2 && d->tok[d->ntok - 1].kind == GK_PUNCT &&
            (d->tok[d->ntok - 1].punct == ',' || d->tok[d->ntok - 1].punct == '/') && d->tok[d->ntok - 2].kind == GK_WORD) {
            const char *pw = d->arena + d->tok[d->ntok - 2].norm;
            if (strcmp(pw, "ciprofloxacin") == 0 || strcmp(pw, "ofloxacin") == 0 || strcmp(pw, "moxifloxacin") == 0 ||
                strcmp(pw, "norfloxacin") == 0)
                x = "levofloxacin";
        }
        /* LEVO in a note on vasopressors is norepinephrine (Levophed) (guard-39) */
        if (n == 4 && memcmp(low, "levo", 4) == 0 && !x && pressor_text(d->text, d->len)) x = "noradrenaline";
        /* NA before an infusion's rate in micrograms is noradrenaline ("NA MAX 0.25 MCG/KG/MIN"),
           not sodium (guard-39) */
        if (n == 2 && memcmp(low, "na", 2) == 0) {
            size_t k = after_spaces(d, end);
            /* (and before PHOS or BICARB it is sodium: "NA PHOS 15 MMOL IV") (guard-41) */
            if (k + 4 <= d->len && (strncasecmp(d->text + k, "phos", 4) == 0 || strncasecmp(d->text + k, "bicarb", 4) == 0))
                x = "sodium";
            else if (s[0] == 'N' && s[1] == 'A') {
                if (k + 3 <= d->len && (strncasecmp(d->text + k, "max", 3) == 0 || strncasecmp(d->text + k, "at ", 3) == 0)) {
                    while (k < d->len && is_alpha((unsigned char)d->text[k])) k++;
                    while (k < d->len && d->text[k] == ' ') k++;
                }
                if (amount_in(d, k, "mcg", "mic")) x = "noradrenaline";
            }
        }
        /* SSI in a note on diabetes is a sliding scale of insulin, not a surgical site
           infection ("DM2 - SSI, HOLD METFORMIN") (guard-39) */
        if (n == 3 && memcmp(low, "ssi", 3) == 0 && glucose_text(d->text, d->len) &&
            !word_starting(d->text, d->len, "wound"))
            x = strcmp(prev_word(d), "insulin") == 0 ? "sliding scale" : "sliding scale insulin"; /* ("INSULIN SSI") */
        /* TT in a trachoma screen ("TF + TI BOTH EYES, NO TT, NO CO") is trachomatous trichiasis,
           not tetanus toxoid (guard-49) */
        if (n == 2 && memcmp(low, "tt", 2) == 0) {
            static const char *const tr_stems[] = {"trachom", "trichiasis", NULL};
            static const char *const tr_words[] = {"tf", "ti", NULL};
            if (text_mentions(d->text, d->len, tr_stems, tr_words)) x = "trachomatous trichiasis";
        }
        /* NTG with an eye after it ("NTG OU") is normal-tension glaucoma, not nitroglycerin (guard-49) */
        if (n == 3 && memcmp(low, "ntg", 3) == 0) {
            size_t k = after_spaces(d, end);
            if (k > end && (word_at(d, k, "ou") || word_at(d, k, "od") || word_at(d, k, "os") || word_at(d, k, "re") ||
                            word_at(d, k, "le") || word_at(d, k, "be")))
                x = "normal tension glaucoma";
        }
        /* CNS with a person's verb after it ("CNS PRESENT", "CNS AWARE") is the clinical nurse
           specialist, not the central nervous system (guard-47) */
        if (n == 3 && memcmp(low, "cns", 3) == 0) {
            size_t k = after_spaces(d, end);
            static const char *const verb[] = {"present", "aware", "informed", "contacted", "involved", "to see",
                                               "to review", NULL};
            for (int q = 0; verb[q] && k > end; q++)
                if (word_at(d, k, verb[q])) x = "clinical nurse specialist";
        }
        /* PPI after a pacing mode, or in a note on pacing, is a permanent pacemaker implantation
           ("TPI VIA R IJV ... PLAN DDD PPI"), not a proton pump inhibitor (guard-47) */
        if (n == 3 && memcmp(low, "ppi", 3) == 0) {
            const char *pw = prev_word(d);
            if (strcmp(pw, "ddd") == 0 || strcmp(pw, "dddr") == 0 || strcmp(pw, "vvi") == 0 || strcmp(pw, "vvir") == 0 ||
                word_starting(d->text, d->len, "pacemaker") || word_starting(d->text, d->len, "pacing"))
                x = "permanent pacemaker implantation";
        }
        /* (and ISS, the insulin sliding scale: "GLUCOSE 140-210 ON ISS ONLY") (guard-46) */
        if (n == 3 && memcmp(low, "iss", 3) == 0 && glucose_text(d->text, d->len) &&
            !word_starting(d->text, d->len, "injury"))
            x = "insulin sliding scale";
        /* (and the PHOS after it is the phosphate salt) */
        if (n == 4 && memcmp(low, "phos", 4) == 0 && (strcmp(prev_word(d), "sodium") == 0 || strcmp(prev_word(d), "na") == 0 ||
                                                       strcmp(prev_word(d), "potassium") == 0 || strcmp(prev_word(d), "k") == 0))
            x = "phosphate";
        /* FEM-POP is femoral-popliteal (a bypass or a segment of the artery) (guard-41) */
        if (n == 3 && memcmp(low, "fem", 3) == 0 && end + 4 <= d->len && d->text[end] == '-' &&
            strncasecmp(d->text + end + 1, "pop", 3) == 0)
            x = "femoral";
        if (n == 3 && memcmp(low, "pop", 3) == 0 && start >= 4 && d->text[start - 1] == '-' &&
            strncasecmp(d->text + start - 4, "fem", 3) == 0)
            x = "popliteal";
        /* BICARB before a dose of its own, in mEq or an ampoule, is sodium bicarbonate given
           ("BICARB 50 MEQ X1"); a serum bicarbonate is a value (guard-39) */
        if (n == 6 && memcmp(low, "bicarb", 6) == 0 && strcmp(prev_word(d), "soda") != 0 &&
            strcmp(prev_word(d), "sodium") != 0 && strcmp(prev_word(d), "sod") != 0) {
            size_t k = after_spaces(d, end);
            if (amount_in(d, k, "meq", "amp")) x = "sodium bicarbonate";
        }
        /* HAS in capitals before its strength in percent is human albumin solution ("HAS 20% 100ML
           PER 3L DRAINED") (guard-42) */
        if (n == 3 && memcmp(d->text + start, "HAS", 3) == 0) {
            size_t k = after_spaces(d, end);
            if (amount_in(d, k, "%", "%")) x = "human albumin solution";
        }
        /* TLC with no count after it, in a note on central lines, is a triple-lumen catheter
           ("R SUBCLAVIAN TLC PLACED", "DOES NOT NEED THE TLC"), not the total leucocyte count
           (guard-39) */
        if (n == 3 && memcmp(low, "tlc", 3) == 0) {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':' || d->text[k] == '-')) k++;
            static const char *const stems[] = {"subclav", "jugular", "femoral", NULL};
            static const char *const words[] = {"ij", "ijv", "cvc", "cvp", "lines", NULL};
            if (!(k < d->len && is_digit((unsigned char)d->text[k])) && text_mentions(d->text, d->len, stems, words))
                x = "triple lumen catheter";
        }
        /* Li written as the element is lithium ("r/v Li option once settled") (guard-43) */
        if (n == 2 && s[0] == 'L' && s[1] == 'i') x = "lithium";
        /* ANC in a pregnancy's note is the antenatal clinic ("D/C, ANC 1/52"), not the absolute
           neutrophil count (guard-43) */
        if (n == 3 && memcmp(low, "anc", 3) == 0) {
            static const char *const stems[] = {"antenatal", "pregnan", "gravid", "fundal", "obstet", "caesar", "labour",
                                                "labor", "postnatal", "postpartum", NULL};
            static const char *const words[] = {"lmp", "edd", "ctg", "ecv", "sfh", "fhr", NULL};
            /* (but a count after it, "ANC 0.3", is the neutrophils' even there; a British interval,
               "ANC 1/52", is the clinic's) */
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':')) k++;
            size_t q = k;
            while (q < d->len && is_digit((unsigned char)d->text[q])) q++;
            const bool count = q > k || (k < d->len && d->text[k] == '.');
            const bool interval = q > k && q < d->len && d->text[q] == '/';
            if ((!count || interval) && text_mentions(d->text, d->len, stems, words)) x = "antenatal clinic";
        }
        /* a tooth in the Palmer quadrant notation of a dental note: "LL8" is the lower left third
           molar, "UR6" the upper right first molar (guard-42) */
        if (n == 3 && (low[0] == 'u' || low[0] == 'l') && (low[1] == 'r' || low[1] == 'l') && low[2] >= '1' &&
            low[2] <= '8' && s[0] >= 'A' && s[0] <= 'Z') {
            static const char *const stems[] = {"dent", "molar", "tooth", "teeth", "caries", "incisor", "canine", "extract",
                                                "impact", "pericoron", "socket", "alvogyl", NULL}; /* (guard-63) */
            static const char *const words[] = {"omfs", "opg", "xla", "gdp", "iopa", NULL};
            if (text_mentions(d->text, d->len, stems, words))
                x = low[0] == 'u' ? (low[1] == 'r' ? "upper right" : "upper left") : (low[1] == 'r' ? "lower right" : "lower left");
        }
        /* MMF in a jaw surgeon's note (arch bars, ORIF, a fracture of the mandible) is
           maxillomandibular fixation, not mycophenolate (guard-42) */
        if (n == 3 && memcmp(low, "mmf", 3) == 0) {
            static const char *const stems[] = {"mandib", "parasymph", "maxill", "zygom", NULL};
            static const char *const words[] = {"arch", "omfs", "imf", "orif", NULL};
            if (text_mentions(d->text, d->len, stems, words)) x = "maxillomandibular fixation";
        }
        /* AMP before /GENT ("AMP/GENT D/C'D") is ampicillin */
        if (n == 3 && memcmp(low, "amp", 3) == 0 && end + 4 < d->len && d->text[end] == '/' &&
            strncasecmp(d->text + end + 1, "gent", 4) == 0)
            x = "ampicillin";
        /* RV before when or on what terms is a review ("RV SOS", "RV D3", "RV AFTER 1 WK", "RV IN 2/52"), not the
           right ventricle (guard-62) */
        if (n == 2 && memcmp(low, "rv", 2) == 0 && s[0] == 'R') {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':')) k++;
            static const char *const when[] = {"sos", "prn", "after", "in", "on", "with", "at", "next", "today",
                                               "tomorrow", "opd", "clinic", NULL};
            bool review = k + 2 < d->len && (d->text[k] | 32) == 'd' && is_digit((unsigned char)d->text[k + 1]);
            for (int q = 0; when[q] && !review; q++) review = word_at(d, k, when[q]);
            /* (a British interval, "RV 6/52") */
            if (!review && k < d->len && is_digit((unsigned char)d->text[k])) {
                size_t q = k;
                while (q < d->len && is_digit((unsigned char)d->text[q])) q++;
                review = q + 2 < d->len && d->text[q] == '/' && (d->text[q + 1] == '5' || d->text[q + 1] == '1' ||
                                                                 d->text[q + 1] == '7');
            }
            if (review) x = "review";
        }
        /* a clotting factor by its letter and Roman numeral, "FVIII <1%", "FVII", "FXI", "FXIII": factor VIII
           (not FIX or FX, words and a letter too) (guard-62) */
        if (n >= 3 && s[0] == 'F') {
            static const char *const code[] = {"fvii", "fviii", "fxi", "fxii", "fxiii", NULL};
            static const char *const name[] = {"factor vii", "factor viii", "factor xi", "factor xii", "factor xiii"};
            for (int q = 0; code[q]; q++)
                if (strlen(code[q]) == n && memcmp(low, code[q], n) == 0) x = name[q];
        }
        /* CAP before REFILL is capillary ("CAP REFILL 2 SEC"), no capsule (guard-62) */
        if (n == 3 && memcmp(low, "cap", 3) == 0 && word_at(d, end + 1, "refill")) x = "capillary";
        /* guard-61: PEN G and PEN V are penicillins ("PEN G 50 000 U/KG IV 12HRLY"); an insulin pen
           is not */
        if (n == 3 && memcmp(low, "pen", 3) == 0) {
            size_t k = end;
            if (k < d->len && (d->text[k] == ' ' || d->text[k] == '-')) k++;
            if (word_at(d, k, "g") || word_at(d, k, "v")) x = "penicillin";
            /* (and after its salt: "BENZATHINE PEN 2.4MU IM") (guard-65) */
            const char *pw = prev_word(d);
            if (strcmp(pw, "benzathine") == 0 || strcmp(pw, "procaine") == 0 || strcmp(pw, "benzyl") == 0)
                x = "penicillin";
        }
        /* iron written as the element ("Cont Fe 3 mg/kg/d"); FE NA and FE UREA are fractional
           excretions */
        if (n == 2 && s[0] == 'F' && (s[1] == 'e' || s[1] == 'E')) {
            size_t k = after_spaces(d, end);
            if (!word_at(d, k, "na") && !word_at(d, k, "urea")) x = "iron";
        }
        /* CTX in a note on HIV is co-trimoxazole prophylaxis ("CTX FROM 6/52"); elsewhere it may be
           ceftriaxone or cyclophosphamide, and stays unread */
        if (n == 3 && memcmp(low, "ctx", 3) == 0) {
            static const char *const stems[] = {"antiretrovir", "retrovir", NULL};
            static const char *const words[] = {"hiv", "art", "arv", "pcp", "cd4", "tld", "nvp", "azt", "pmtct", NULL};
            if (text_mentions(d->text, d->len, stems, words)) x = "cotrimoxazole";
        }
        /* AZA in a note on bowel, liver or autoimmune disease is azathioprine ("AZA STOPPED 2022
           (PANCREATITIS)"); in a note on myeloid disease it is azacitidine, and stays unread */
        if (n == 3 && memcmp(low, "aza", 3) == 0) {
            /* (and beside the other immunosuppressants of a graft: "NEORAL 75MG BD. AZA 75MG OD") (guard-66) */
            static const char *const stems[] = {"crohn", "colitis", "autoimmun", "transplant", "myasthen", "lupus",
                                                "tacrolim", "ciclospor", "cyclospor", "mycophenol", NULL};
            static const char *const words[] = {"ibd", "tpmt", "sle", "aih", "uc", "neoral", "mmf", "rtx", "ktx", NULL};
            static const char *const myeloid[] = {"myelodysplas", "leukaem", "leukem", NULL};
            static const char *const myeloid_words[] = {"mds", "aml", "cmml", NULL};
            if (text_mentions(d->text, d->len, stems, words) && !text_mentions(d->text, d->len, myeloid, myeloid_words))
                x = "azathioprine";
        }
        /* ROP in a newborn's note is retinopathy of prematurity (in a labour's note, the baby's
           head right occipito-posterior) */
        if (n == 3 && memcmp(low, "rop", 3) == 0) {
            static const char *const stems[] = {"prematur", "preterm", "neonat", "gestation", "nursery", NULL};
            static const char *const words[] = {"nicu", "sncu", "scbu", "cga", "dol", "kmc", "vlbw", "elbw", NULL};
            if (text_mentions(d->text, d->len, stems, words)) x = "retinopathy of prematurity";
        }
        /* BC before its result is a blood culture ("BC NEG", "BC STERILE") */
        if (n == 2 && memcmp(low, "bc", 2) == 0) {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':')) k++;
            static const char *const res[] = {"neg", "negative", "-ve", "sterile", "pos", "positive", "+ve", "sent",
                                              "no growth", NULL};
            for (int q = 0; res[q]; q++)
                if (word_at(d, k, res[q])) x = "blood culture";
        }
        /* OD, OS, OU are the eyes in an eye note (eye_notation) */
        /* but OD right after a dose ("SYP ZINC 20MG OD" in a note that mentions eyes) stays once daily */
        int su = d->ntok > 1 && d->tok[d->ntok - 2].kind == GK_NUM && d->tok[d->ntok - 1].kind == GK_WORD
                     ? glex_unit(d->arena + d->tok[d->ntok - 1].norm, d->tok[d->ntok - 1].len)
                     : GU_NONE;
        bool dose_slot = low[1] == 'd' && d->ntok > 0 &&
                         (d->tok[d->ntok - 1].kind == GK_DOSEPAT || su == GU_MG || su == GU_MCG || su == GU_G ||
                          su == GU_ML || su == GU_UNIT || su == GU_TAB || su == GU_CAP ||
                          su == GU_MGKG /* "IV CEFTRIAXONE 80MG/KG OD" (guard-42) */);
        /* nor after a route, a vitamin's number or a taper's THEN ("IV OD X 3 DAYS", "VIT D3 OD",
           "THEN OD X1/52"; "LOSS OF VISION OD X 1 DAY" is the eye) */
        if (low[1] == 'd' && d->ntok > 0 && !dose_slot) {
            const gtok *pv = &d->tok[d->ntok - 1];
            const char *pw = d->arena + pv->norm;
            /* (the vitamin as written: a letter, then one or two digits, "D3", "B12") */
            const char *raw = d->text + pv->start;
            size_t rl = pv->end - pv->start;
            bool vitamin = (rl == 2 || rl == 3) && is_alpha((unsigned char)raw[0]) && is_digit((unsigned char)raw[1]) &&
                           (rl == 2 || is_digit((unsigned char)raw[2]));
            if (!vitamin && d->ntok > 1 && pv->kind == GK_NUM) { /* the scanner split "D3" into d + 3 */
                const gtok *pp = &d->tok[d->ntok - 2];
                vitamin = pp->kind == GK_WORD && pp->end - pp->start == 1 && pp->end == pv->start && pv->end - pv->start <= 2;
            }
            dose_slot = (pv->kind == GK_WORD && (glex_route(pw, pv->len) || strcmp(pw, "then") == 0 ||
                                                 strcmp(pw, "inh") == 0 || strcmp(pw, "mdi") == 0 ||
                                                 /* a nasal spray or an inhaler: "2 SPRAYS EACH NOSTRIL OD" */
                                                 strcmp(pw, "nostril") == 0 || strcmp(pw, "nostrils") == 0 ||
                                                 strcmp(pw, "spray") == 0 || strcmp(pw, "sprays") == 0 ||
                                                 strcmp(pw, "puff") == 0 || strcmp(pw, "puffs") == 0 ||
                                                 /* (or a sachet or a scoop: "LAXIDO 1 SACHET OD") (guard-51) */
                                                 strcmp(pw, "sachet") == 0 || strcmp(pw, "sachets") == 0 ||
                                                 strcmp(pw, "scoop") == 0 || strcmp(pw, "scoops") == 0)) ||
                        vitamin;
        }
        /* nor after an oral form's name and bare strength ("ON TAB TELMA 40 OD" in a peribulbar
           block's note) (guard-42) */
        if (low[1] == 'd' && !dose_slot && d->ntok >= 3 && d->tok[d->ntok - 1].kind == GK_NUM &&
            !d->tok[d->ntok - 1].unit) {
            static const char *const oral[] = {"tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules",
                                               "syp", "syrup", NULL};
            /* (past a hyphened name: "TAB TELMA-H 1 OD") (guard-58) */
            for (size_t k = d->ntok - 1, m = 0; k-- > 0 && m < 4 && !dose_slot;) {
                const gtok *pk = &d->tok[k];
                if (pk->kind == GK_PUNCT && pk->punct == '-') continue;
                if (pk->kind != GK_WORD) break;
                m++;
                for (const char *const *p = oral; *p && !dose_slot; p++)
                    dose_slot = strncasecmp(d->text + pk->start, *p, strlen(*p)) == 0 &&
                                pk->end - pk->start == strlen(*p);
            }
        }
        /* nor after a skin preparation, or before the skin it goes on ("MOMETASONE OINTMENT OD TO
           FLARES", "CREAM OD", "OD TO FACE") */
        if (low[1] == 'd' && !dose_slot) {
            static const char *const skin[] = {"cream", "lotion", "gel", "emollient", "emollients", "shampoo", "wash",
                                               "foam", "paste", NULL};
            const char *pw = prev_word(d);
            for (const char *const *p = skin; *p && !dose_slot; p++) dose_slot = strcmp(pw, *p) == 0;
        }
        if (low[1] == 'd' && !dose_slot) {
            size_t k = after_spaces(d, end);
            if (k + 3 < d->len && strncasecmp(d->text + k, "to ", 3) == 0) {
                static const char *const site[] = {"flare", "face", "affected", "skin", "body", "scalp", "lesion",
                                                   "area", "trunk", "limbs", "hands", "feet", "plaque", "rash", NULL};
                k += 3;
                while (k < d->len && d->text[k] == ' ') k++;
                for (const char *const *p = site; *p && !dose_slot; p++)
                    dose_slot = strncasecmp(d->text + k, *p, strlen(*p)) == 0;
            }
        }
        /* nor as a step of a taper after another frequency ("QID WK2, TDS WK3, BD WK4, OD WK5"):
           the comma's segment before it holds a frequency */
        if (low[1] == 'd' && !dose_slot && d->ntok > 1 && d->tok[d->ntok - 1].kind == GK_PUNCT &&
            d->tok[d->ntok - 1].punct == ',')
            /* (past a duration: "TDS X 1/52, BD X 1/52, OD X 1/52") (guard-42) */
            for (size_t k = d->ntok - 1, m = 0; k-- > 0 && m < 7 && !dose_slot; m++) {
                const gtok *pk = &d->tok[k];
                if (pk->kind == GK_PUNCT && (pk->punct == ',' || pk->punct == '.' || pk->punct == '\n')) break;
                dose_slot = pk->kind == GK_WORD && (pk->lex & GL_FREQWORD) && (pk->flags & GF_EXPANDED);
            }
        /* (or right after an eye operation's word in any note: "CATARACT SURGERY OD PLANNED") (guard-51) */
        bool eye_op = false;
        if (n == 2 && low[0] == 'o' && d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD) {
            static const char *const op[] = {"cataract", "phaco", "phacoemulsification", "trabeculectomy", "vitrectomy",
                                             NULL};
            const char *pw = d->arena + d->tok[d->ntok - 1].norm;
            if (strcmp(pw, "surgery") == 0 && d->ntok > 1 && d->tok[d->ntok - 2].kind == GK_WORD)
                pw = d->arena + d->tok[d->ntok - 2].norm;
            for (const char *const *p = op; *p && !eye_op; p++) eye_op = strcmp(pw, *p) == 0;
        }
        /* (never after PER: "NIL PER OS" is by mouth) (guard-54) */
        const bool per_os = n == 2 && low[0] == 'o' && strcmp(prev_word(d), "per") == 0;
        /* (in French, OU is "or": a French eye note writes both eyes ODG) (guard-62); in Portuguese too, whose
           eye notes write AO (guard-69) */
        const bool french_or = n == 2 && low[1] == 'u' && (d->lang == GLANG_FR || d->pt);
        if (n == 2 && low[0] == 'o' && (d->eye_note || eye_op) && !dose_slot && !per_os && !french_or)
            x = low[1] == 'd' ? "right eye" : low[1] == 's' ? "left eye" : low[1] == 'u' ? "both eyes" : x;
        /* OM right after a dose or a count of tablets is "every morning" (omni mane: "AMLODIPINE 10MG
           OM", "CALTRATE 1 TAB OM"); elsewhere it stays as written (otitis media) (guard-51) */
        if (n == 2 && low[0] == 'o' && low[1] == 'm' && !x && d->ntok > 0) {
            const gtok *pv = &d->tok[d->ntok - 1];
            const char *pw = d->arena + pv->norm;
            if (pv->kind == GK_DOSEPAT || su == GU_MG || su == GU_MCG || su == GU_G || su == GU_ML || su == GU_UNIT ||
                su == GU_TAB || su == GU_CAP ||
                (pv->kind == GK_WORD && d->ntok > 1 && d->tok[d->ntok - 2].kind == GK_NUM &&
                 (strcmp(pw, "tab") == 0 || strcmp(pw, "tablet") == 0 || strcmp(pw, "tabs") == 0 ||
                  strcmp(pw, "tablets") == 0 || strcmp(pw, "cap") == 0 || strcmp(pw, "capsule") == 0 ||
                  strcmp(pw, "sachet") == 0)))
                x = "every morning";
        }
        /* "re" before a word is "regarding" ("counselled re adherence", "NEUROSURGERY OPINION RE
           HYDROCEPHALUS") in a text that speaks of no eye; before a gerund ("d/w ophtho re
           stopping") or an ion ("DIETARY ADVICE RE K+") even in an eye note; "re:" before a word
           ("counseled re: vitamin K") in a text of no eye.  RE before a number or a mark stays
           the right eye */
        /* the German sides, LI (links) and RE (rechts) in capitals after what they side ("RIB FX 4-8 LI
           WITH HAEMATOTHORAX LI", "SDH RE"): in a note that writes LI so, not before a number
           (lithium, "LI 0.8") (guard-57) */
        if (n == 2 && ((s[0] == 'L' && s[1] == 'I') || (s[0] == 'R' && s[1] == 'E')) && d->ntok > 0 &&
            (d->tok[d->ntok - 1].kind == GK_WORD || d->tok[d->ntok - 1].kind == GK_NUM) && doc_german(d) &&
            !level_at(d->text, d->len, end))
            x = s[0] == 'L' ? "left" : "right";
        if (n == 2 && x && low[0] == 'r' && low[1] == 'e' && strcmp(x, "right") != 0) {
            size_t k = end; /* the word after it, [a, k) */
            while (k < d->len && d->text[k] == ' ') k++;
            const size_t a = k;
            while (k < d->len && is_alpha((unsigned char)d->text[k])) k++;
            const bool spaced = end < d->len && d->text[end] == ' ';
            const bool gerund = k - a >= 5 && (d->text[k - 3] | 32) == 'i' && (d->text[k - 2] | 32) == 'n' && (d->text[k - 1] | 32) == 'g';
            const bool ion = k - a >= 1 && k - a <= 2 && k < d->len && d->text[k] == '+';
            const bool colon = end + 1 < d->len && d->text[end] == ':' && d->text[end + 1] == ' ';
            /* (written in lower case before a word or a sign, "d/w GP re: \u2191 to 26 units",
               "lacks capacity re: meds", it is "regarding" even in a text that speaks of eyes; the
               right eye is written RE) (guard-39) */
            size_t nx = end + (colon ? 2 : 0);
            while (nx < d->len && d->text[nx] == ' ') nx++;
            const bool lower = s[0] == 'r' && s[1] == 'e';
            const bool word_next = nx < d->len && !is_digit((unsigned char)d->text[nx]) && d->text[nx] != '(' &&
                                   d->text[nx] != '\n' && !eye_text(d->text + a, k - a, true);
            /* (a gerund after it is what it is about, "COUNSELLED RE SMOKING", unless it follows an eye's
               finding in a text of eyes: "NASAL PTERYGIUM RE ENCROACHING 3MM ON CORNEA") (guard-57) */
            const bool finding = d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD && d->tok[d->ntok - 1].len >= 5 &&
                                 gerund && eye_words(d->text, d->len);
            /* (written "re." in lower case before a word: "Parents instructed re. compartment syndrome
               signs") (guard-58) */
            const bool dotted = lower && end + 2 < d->len && d->text[end] == '.' && d->text[end + 1] == ' ' &&
                                is_alpha((unsigned char)d->text[end + 2]);
            if (dotted) x = NULL;
            else if (spaced && (gerund || ion) && !finding) x = NULL;
            else if (((spaced && k - a >= 3) || colon) && !d->eye_note && !eye_words(d->text, d->len)) x = NULL;
            else if ((spaced || colon) && lower && word_next) x = NULL;
            /* (and written in lower case before anything in a text of no eye: "GP asks re 74F
               with recurrent gout") (guard-42) */
            else if ((spaced || colon) && lower && !d->eye_note && !eye_words(d->text, d->len)) x = NULL;
            /* (and before a queried word in a text of no eye: "INFORM PHARMACIST RE ?ORODISPERSIBLE")
               (guard-51) */
            else if (spaced && nx + 1 < d->len && d->text[nx] == '?' && is_alpha((unsigned char)d->text[nx + 1]) &&
                     !d->eye_note && !eye_words(d->text, d->len))
                x = NULL;
        }
        /* RE in any case as a prefix ("RE-ORIENTATED", "RE-EXPLORATION") or after a verb of
           telling ("COUNSELLED RE SAFE STORAGE", "DISCUSSED RE: SURGERY") is no eye */
        if (n == 2 && x && low[0] == 'r' && low[1] == 'e') {
            static const char *const tell[] = {"counselled", "counseled", "counselling", "counseling", "discussed",
                                               "advised", "explained", "informed", "spoke", "talked", "educated",
                                               "reassured", "updated", "consulted", "called", "phoned", "warned",
                                               "nurse", "letter", "referral", "refer", "referred", "email", "wrote",
                                               "told", "asked", "enquiry", "query", "concern", "concerns",
                                               /* "TEL TRIAGE - MUM RE 14MO BOY" */
                                               "mum", "mother", "dad", "father", "parent", "parents",
                                               /* "ADVICE RE 2NDARY HAEMORRHAGE GIVEN" */
                                               "advice", "counsel", "education", "information", "leaflet",
                                               /* "ONC REG RE PAIN", "SLP/OT RE COMMUNICATION BOARD", "SW RE RESPITE"
                                                  (guard-59) */
                                               "reg", "registrar", "team", "ot", "slp", "sw", "physio", "dietitian",
                                               "dietician", "chaplain", "family", "daughter", "son", "wife", "husband",
                                               "gp", "consultant", "theatre" /* (OT read as operation theatre) */,
                                               "therapy", "therapist", NULL};
            const char *pw = prev_word(d);
            bool prefix = end + 1 < d->len && d->text[end] == '-' && is_alpha((unsigned char)d->text[end + 1]);
            /* "COUNSELLED PARENTS RE: SEIZURE FIRST AID", a letter's "RE: 67 YO M" heading (not
               "FUNDUS RE: HAZY VIEW" or "RE: 6/9" in a text about eyes) */
            bool line_start = d->ntok == 0 || (d->tok[d->ntok - 1].kind == GK_PUNCT && d->tok[d->ntok - 1].punct == '\n');
            if (end + 2 < d->len && d->text[end] == ':' && d->text[end + 1] == ' ' &&
                (is_alpha((unsigned char)d->text[end + 2]) || line_start) && !d->eye_note && !eye_words(d->text, d->len))
                prefix = true;
            for (const char *const *p = tell; !prefix && *p; p++)
                if (strcmp(pw, *p) == 0) prefix = true;
            /* (and before a topic, no part of the body or the eye, outside an eye note, a text that writes LE or one
               with German sides:
               "REQUESTED BY CUSTODY SGT RE FITNESS FOR INTERVIEW", "GP REVIEW 2/52 RE BP") (guard-72) */
            if (!prefix && d->ntok > 0 && (d->tok[d->ntok - 1].kind == GK_WORD || d->tok[d->ntok - 1].kind == GK_PH) &&
                !d->eye_note && !doc_german(d) && !writes_word(d, "le")) {
                static const char *const eye[] = {"cataract", "iop", "va", "bcva", "fundus", "lens", "cornea",
                                                  "retina", "pupil", "vision", "visual", "acuity", "lid", "disc",
                                                  "macula", "conjunctiva", "red", "pressure", "drops", NULL};
                const size_t k = after_spaces(d, end);
                size_t e2 = k;
                while (e2 < d->len && is_alpha((unsigned char)d->text[e2])) e2++;
                char nw[24];
                const size_t nl = e2 - k;
                for (size_t q = 0; q < nl && q + 1 < sizeof nw; q++) nw[q] = (char)(d->text[k + q] | 32);
                nw[nl < sizeof nw ? nl : sizeof nw - 1] = '\0';
                prefix = nl >= 2 && nl < sizeof nw &&
                         !(glex_class(nw, nl) & (GL_ANATOMY | GL_SIDE | GL_FREQWORD | GL_FREQSTART)) &&
                         strcmp(pw, "drop") != 0 && strcmp(pw, "drops") != 0;
                for (const char *const *p = eye; prefix && *p; p++) prefix = strcmp(nw, *p) != 0;
            }
            if (prefix) x = NULL;
        }
        /* NR right after a serological test is its reading, non-reactive ("SYPHILIS RPR NR",
           "HIV 1/2 NR", "HIV: NR") */
        if (n == 2 && !x && s[0] == 'N' && s[1] == 'R') {
            size_t back = d->ntok;
            while (back > 0 && d->ntok - back < 3) {
                const gtok *b = &d->tok[back - 1];
                if (b->kind != GK_NUM && !(b->kind == GK_PUNCT && (b->punct == '/' || b->punct == ':' || b->punct == '-' ||
                                                                 b->punct == '&')))
                    break;
                back--;
            }
            if (back > 0 && d->tok[back - 1].kind == GK_WORD &&
                glex_serology(d->arena + d->tok[back - 1].norm, d->tok[back - 1].len))
                x = "nonreactive";
        }
        /* RIF in a note on rifampicin is the drug, not the right iliac fossa; so is RIF joined
           by a slash to another drug ("CLINDA/RIF 300MG BD", "RIF/INH") */
        if (n == 3 && x && memcmp(low, "rif", 3) == 0) {
            bool drug_before = d->ntok >= 2 && d->tok[d->ntok - 1].kind == GK_PUNCT && d->tok[d->ntok - 1].punct == '/' &&
                               d->tok[d->ntok - 1].end == start && d->tok[d->ntok - 2].kind == GK_WORD &&
                               (d->tok[d->ntok - 2].lex & (GL_DRUG | GL_SYN));
            bool drug_after = false;
            if (end + 1 < d->len && d->text[end] == '/') {
                char w[24];
                size_t m = 0;
                for (size_t k = end + 1; k < d->len && m < sizeof w && is_alpha((unsigned char)d->text[k]); k++)
                    w[m++] = (char)(d->text[k] | 32);
                drug_after = m >= 3 && m < sizeof w && (glex_class(w, m) & (GL_DRUG | GL_SYN));
            }
            /* (or a note on tuberculosis: "DTG 50MG BD WHILE ON RIF", "RIF FIRST, THEN INH") (guard-47) */
            /* (not the fossa's pain or tenderness: "MILD RIF PAIN" in a note that mentions a TB test) */
            static const char *const tb_stems[] = {"isoniazid", "rhze", "2rhze", "genexpert", "xpert", "cbnaat",
                                                   "pyrazinamide", "ethambutol", NULL};
            static const char *const tb_words[] = {"inh", "mtb", "hrze", NULL};
            size_t k = after_spaces(d, end);
            const bool fossa = k > end && (word_at(d, k, "pain") || word_at(d, k, "tender") || word_at(d, k, "tenderness") ||
                                           word_at(d, k, "mass") || word_at(d, k, "fullness"));
            if (drug_before || drug_after || word_starting(d->text, d->len, "rifamp") ||
                (!fossa && text_mentions(d->text, d->len, tb_stems, tb_words)))
                x = "rifampicin";
        }
        /* LE / UE after a side (L LE, R LE, B/L LE, BIL UE) is the lower / upper extremity,
           not the left eye: the side is the word before */
        if (n == 2 && (low[0] == 'l' || low[0] == 'u') && low[1] == 'e' && !d->eye_note) {
            const gtok *pv = d->ntok > 0 ? &d->tok[d->ntok - 1] : NULL;
            if (pv && pv->kind == GK_WORD && (pv->lex & GL_SIDE)) x = low[0] == 'l' ? "lower extremity" : "upper extremity";
            /* and outside an eye text a bare LE is no side either ("NEG LE": leukocyte esterase) */
            else if (low[0] == 'l' && !eye_text(d->text, d->len, false)) x = NULL;
        }
        /* DR in an eye note is diabetic retinopathy ("FUNDUS: NO DR"); elsewhere, and as
           "Dr." before a name, it stays the title */
        if (n == 2 && low[0] == 'd' && low[1] == 'r' && !(end < d->len && d->text[end] == '.' && end + 1 < d->len &&
                                                          d->text[end + 1] == ' ' && end + 2 < d->len &&
                                                          is_alpha((unsigned char)d->text[end + 2])) &&
            (d->eye_note || eye_words(d->text, d->len)))
            x = "diabetic retinopathy";
        /* VT with a volume is a tidal volume (VT 450, VT: 6 ml/kg); alone it stays a rhythm */
        if (n == 2 && low[0] == 'v' && low[1] == 't' && !x) {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':' || d->text[k] == '=')) k++;
            if (k < d->len && is_digit((unsigned char)d->text[k])) x = "tidal volume";
        }
        /* SIN after what it sides, closing its phrase, is the Latin sinister, left ("LUXATIO HUMERI
           SIN", "DIG 5 SIN") (guard-55) */
        if (n == 3 && memcmp(low, "sin", 3) == 0 && !x && d->ntok > 0 && s[0] == 'S' &&
            (d->tok[d->ntok - 1].kind == GK_WORD || d->tok[d->ntok - 1].kind == GK_NUM) &&
            (end >= d->len || d->text[end] == ',' || d->text[end] == '.' || d->text[end] == '\n' ||
             d->text[end] == ';' || d->text[end] == ')'))
            x = "left";
        /* RT after VIA or before a word of feeding is a Ryle's tube, not the right side ("RT FEEDING",
           "5ML BD VIA RT") (guard-51) */
        if (n == 2 && low[0] == 'r' && low[1] == 't') {
            size_t k = after_spaces(d, end);
            /* (or its drainage: "RT FREE FLOW 300ML", "RT ASPIRATES") (guard-52) */
            const bool feeding = k + 4 <= d->len && (strncasecmp(d->text + k, "feed", 4) == 0 ||
                                                     strncasecmp(d->text + k, "free", 4) == 0 ||
                                                     strncasecmp(d->text + k, "aspi", 4) == 0);
            /* (after VIA, and before no word of a place: not "VIA RT IJV CATHETER") */
            static const char *const then[] = {"x", "for", "bd", "od", "tds", "qid", "qds", "stat", "prn", "hs", "nocte",
                                               "daily", "then", "and", "or", "at", NULL};
            /* (or a Q interval: "VIA RT Q6H PRN") */
            bool placeless = k >= d->len || !is_alpha((unsigned char)d->text[k]) ||
                             ((d->text[k] | 32) == 'q' && k + 1 < d->len && is_digit((unsigned char)d->text[k + 1]));
            for (const char *const *p = then; *p && !placeless; p++) placeless = word_at(d, k, *p);
            const bool via = placeless && d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD &&
                             strcmp(d->arena + d->tok[d->ntok - 1].norm, "via") == 0;
            if (feeding || via) x = "ryles tube";
        }
        /* RV before a follow-up interval is "review" (RV 3/12, RV AFTER 2 WKS); elsewhere it
           stays the right ventricle */
        if (n == 2 && low[0] == 'r' && low[1] == 'v') {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == ':')) k++;
            size_t dg = k;
            while (dg < d->len && is_digit((unsigned char)d->text[dg])) dg++;
            bool uk = dg > k && dg + 1 < d->len && d->text[dg] == '/' && is_digit((unsigned char)d->text[dg + 1]);
            char w[7] = {0};
            for (size_t q = 0; q < 6 && k + q < d->len && is_alpha((unsigned char)d->text[k + q]); q++) w[q] = (char)(d->text[k + q] | 32);
            /* "RV 6 WKS", "RV 2 MONTHS": a number of weeks / months / days (not "RV 3.5 CM") */
            size_t u = dg;
            while (u < d->len && d->text[u] == ' ') u++;
            char tu[4] = {0};
            for (size_t q = 0; q < 3 && u + q < d->len && is_alpha((unsigned char)d->text[u + q]); q++) tu[q] = (char)(d->text[u + q] | 32);
            bool span = dg > k && (d->text[dg] == ' ' || is_alpha((unsigned char)d->text[dg])) &&
                        (strncmp(tu, "wk", 2) == 0 || strcmp(tu, "wee") == 0 || strcmp(tu, "mon") == 0 ||
                         strcmp(tu, "day") == 0 || strcmp(tu, "mth") == 0 || strcmp(tu, "yr") == 0 || strcmp(tu, "yea") == 0);
            /* (and "Rv" as written: the ventricle is always RV; "Rv w/ download 6/52") */
            const bool mixed = d->text[end - 2] == 'R' && d->text[end - 1] == 'v';
            /* (and before a clinic or a time to come: "RV ANC CLINIC 1/7", "RV EPAS", "RV TMRW") (guard-50) */
            /* (whole words: not "RV CLINICALLY DILATED"; TOMORROW by its start) */
            static const char *const place[] = {"anc", "clinic", "opd", "gp", "epas", "tmrw", "next", "prn", NULL};
            bool at_place = strcmp(w, "tomorr") == 0;
            for (const char *const *p = place; *p && !at_place; p++) at_place = word_at(d, k, *p);
            if (uk || span || mixed || at_place || strcmp(w, "after") == 0 || strcmp(w, "in") == 0 ||
                strcmp(w, "on") == 0 || strcmp(w, "with") == 0)
                x = "review";
        }
        /* RIF before resistance / sensitivity is rifampicin (GeneXpert "RIF RESISTANCE NOT
           DETECTED"); elsewhere it stays the right iliac fossa */
        if (n == 3 && memcmp(low, "rif", 3) == 0) {
            size_t k = end;
            while (k < d->len && (d->text[k] == ' ' || d->text[k] == '-')) k++;
            char w[8] = {0};
            for (size_t q = 0; q < 7 && k + q < d->len && is_alpha((unsigned char)d->text[k + q]); q++) w[q] = (char)(d->text[k + q] | 32);
            if (strncmp(w, "resist", 6) == 0 || strncmp(w, "sensiti", 7) == 0 || strncmp(w, "suscept", 7) == 0) x = "rifampicin";
        }
        /* INJ after OTHER or before FOUND, SEEN, NOTED or IDENTIFIED is injuries, not an injection ("NO OTHER INJ
           FOUND ON SECONDARY SURVEY") (guard-70) */
        if (n == 3 && memcmp(low, "inj", 3) == 0) {
            const size_t k = after_spaces(d, end);
            if (strcmp(prev_word(d), "other") == 0 || word_at(d, k, "found") || word_at(d, k, "seen") ||
                word_at(d, k, "noted") || word_at(d, k, "identified"))
                x = "injuries";
        }
        /* "PEN ALLERGY", "pen allergic": penicillin (a pen elsewhere marks a margin) */
        /* (and PCN: "PCN ALLERGY - ANAPHYLAXIS"; elsewhere a percutaneous nephrostomy) (guard-48) */
        /* (and before a MIC, "PEN MIC 0.25") (guard-71) */
        if (n == 3 && (memcmp(low, "pen", 3) == 0 || memcmp(low, "pcn", 3) == 0) && (!x || low[1] == 'c')) {
            size_t k = after_spaces(d, end);
            if (k > end && ((k + 6 <= d->len && strncasecmp(d->text + k, "allerg", 6) == 0) || word_at(d, k, "mic")))
                x = "penicillin";
        }
        /* II opening a statement before a colon or a verb of showing is the image intensifier ("II CONFIRMS
           ALIGNMENT", "II: SATISFACTORY REDUCTION"), not two ("URBANIAK CLASS II: ...") (guard-72) */
        if (n == 2 && s[0] == 'I' && s[1] == 'I' && (d->ntok == 0 || d->tok[d->ntok - 1].kind == GK_PUNCT)) {
            const size_t k = after_spaces(d, end);
            if ((end < d->len && d->text[end] == ':') || word_at(d, k, "confirms") || word_at(d, k, "confirmed") ||
                word_at(d, k, "shows") || word_at(d, k, "showed") || word_at(d, k, "images") || word_at(d, k, "screening"))
                x = "image intensifier";
        }
        /* COC with a screen's result is cocaine ("UDS: OPI +VE, MTD +VE, BZD -VE, COC -VE"); elsewhere it stays (a
           combined oral contraceptive) (guard-72) */
        if (n == 3 && memcmp(low, "coc", 3) == 0) {
            const size_t k = after_spaces(d, end);
            if ((k + 3 <= d->len && (strncasecmp(d->text + k, "+ve", 3) == 0 || strncasecmp(d->text + k, "-ve", 3) == 0)) ||
                word_at(d, k, "neg") || word_at(d, k, "pos") || word_at(d, k, "negative") || word_at(d, k, "positive"))
                x = "cocaine";
        }
        /* MON after NEXT, THIS, LAST, EVERY or ON is Monday ("REPEAT TROUGH NEXT MON"), not months (guard-71) */
        if (n == 3 && memcmp(low, "mon", 3) == 0 && d->ntok > 0) {
            const char *pw = prev_word(d);
            if (strcmp(pw, "next") == 0 || strcmp(pw, "this") == 0 || strcmp(pw, "last") == 0 || strcmp(pw, "every") == 0 ||
                strcmp(pw, "on") == 0)
                x = "monday";
        }
        /* DNA after the patient or before a clinic or a day is "did not attend" ("PT DNA OPAT UNIT TODAY"); elsewhere
           the molecule ("HBV DNA") (guard-71) */
        if (n == 3 && memcmp(low, "dna", 3) == 0 && s[0] == 'D' && d->ntok > 0) {
            const size_t k = after_spaces(d, end);
            const char *pw = prev_word(d);
            if (strcmp(pw, "patient") == 0 || strcmp(pw, "pt") == 0 || word_at(d, k, "clinic") ||
                word_at(d, k, "appointment") || word_at(d, k, "appt") || word_at(d, k, "opd") || word_at(d, k, "opat") ||
                word_at(d, k, "today") || word_at(d, k, "review"))
                x = "did not attend";
        }
        /* PIP-TAZ / PIP/TAZ: piperacillin (PIP alone is also a peak inspiratory pressure) */
        if (n == 3 && memcmp(low, "pip", 3) == 0 && end + 4 <= d->len && (d->text[end] == '-' || d->text[end] == '/') &&
            (d->text[end + 1] | 32) == 't' && (d->text[end + 2] | 32) == 'a' && (d->text[end + 3] | 32) == 'z')
            x = "piperacillin";
        /* (a word of a Spanish or Portuguese note with its accents folded, which the lexicon does not know, is
           the word as written, not an expansion: "DISÚRIA", "disúria" -> "disuria") (guard-69) */
        if (x == folded && !(glex_class(folded, strlen(folded)) & (GL_DRUG | GL_SYN | GL_ANATOMY)))
            return emit(d, GK_WORD, start, end, x, strlen(x), inword ? GF_INWORD : 0, err);
        if (x) {
            while (*x) {
                const char *e = strchr(x, ' ');
                size_t m = e ? (size_t)(e - x) : strlen(x);
                bool num = m > 0 && m < 4;
                for (size_t k = 0; k < m && num; k++) num = x[k] >= '0' && x[k] <= '9';
                cc_status st = emit(d, num ? GK_NUM : GK_WORD, start, end, x, m, GF_EXPANDED, err);
                if (st != CC_OK) return st;
                if (num) d->tok[d->ntok - 1].value = parse_num(x, m);
                x += m;
                if (*x == ' ') x++;
            }
            return CC_OK;
        }
    }
    /* a brand of the synonym table in the plural is that brand ("two EpiPens") (guard-41) */
    if (n > 4 && n < sizeof low && low[n - 1] == 's' && !(glex_class(low, n) & (GL_SYN | GL_DRUG)) &&
        (glex_class(low, n - 1) & GL_SYN))
        n--;
    return emit(d, GK_WORD, start, end, s, n, inword ? GF_INWORD : 0, err);
}

/* A name joined to a prefix by a hyphen at p ("co-amoxiclav", "PEG-FILGRASTIM"): the end of the
 * name, with the name written whole in lower case into buf (*nb bytes, at least `least`), or NULL. */
static const char *joined_name(const char *t, const char *p, const char *e, const char *prefix, size_t least, char *buf,
                               size_t *nb) {
    const size_t pl = strlen(prefix);
    if (p + pl + 1 >= e || p[pl] != '-' || !is_alpha((unsigned char)p[pl + 1]) || (unsigned char)p[pl + 1] >= 0x80 ||
        (p > t && is_alnum((unsigned char)p[-1])) || strncasecmp(p, prefix, pl) != 0)
        return NULL;
    size_t n = 0;
    for (; n < pl; n++) buf[n] = prefix[n];
    const char *q = p + pl + 1;
    while (q < e && n < 47 && is_alpha((unsigned char)*q) && (unsigned char)*q < 0x80) buf[n++] = (char)(*q++ | 32);
    if (n < least || (q < e && is_alnum((unsigned char)*q))) return NULL;
    *nb = n;
    return q;
}

/* A drug name the lexicon spells with a hyphen, written at p as two words joined by it
 * ("LNG-IUS", "ANTI-D", "Anti-D"): the end of the name, with the name in lower case, hyphen
 * kept, in buf (*nb bytes), or NULL.  The scanner would otherwise split it into two words
 * neither of which is the drug. */
static const char *lexicon_hyphenated(const char *t, const char *p, const char *e, char *buf, size_t *nb) {
    if (p > t && is_alnum((unsigned char)p[-1])) return NULL;
    size_t n = 0;
    const char *q = p;
    while (q < e && n < 24 && is_alpha((unsigned char)*q) && (unsigned char)*q < 0x80) buf[n++] = (char)(*q++ | 32);
    if (n < 2 || q + 1 >= e || *q != '-' || !is_alpha((unsigned char)q[1]) || (unsigned char)q[1] >= 0x80) return NULL;
    /* (a brand whose first word is itself a drug, "Meftal-Spas", "Pantop-D", stays two words:
       the first names it either way it is written; but "Depo-" names a depot form, so
       "Depo-Medrone" is methylprednisolone, not Depo's medroxyprogesterone) */
    if ((glex_class(buf, n) & (GL_DRUG | GL_SYN)) && !(n == 4 && memcmp(buf, "depo", 4) == 0)) return NULL;
    buf[n++] = *q++;
    while (q < e && n < 47 && is_alpha((unsigned char)*q) && (unsigned char)*q < 0x80) buf[n++] = (char)(*q++ | 32);
    if (q < e && (is_alnum((unsigned char)*q) || *q == '-')) return NULL;
    if (!(glex_class(buf, n) & (GL_DRUG | GL_SYN))) return NULL;
    *nb = n;
    return q;
}

/* The flag of a decimal written with a trailing zero ("5.0" of "MG/5.0 ML") in [s, e), else 0. */
static uint8_t trail_zero(const char *s, const char *e) {
    const char *d = memchr(s, '.', (size_t)(e - s));
    if (!d) return 0;
    bool zeros = d + 1 < e && d[1] >= '0' && d[1] <= '9';
    for (const char *k = d + 1; k < e && *k >= '0' && *k <= '9'; k++) zeros &= *k == '0';
    return zeros ? GF_TRAILZERO : 0;
}

/* The end of the number that starts [s, e) when letters alone follow it ("2.5CA" -> "2.5"),
 * else e. */
static const char *lead_number(const char *s, const char *e) {
    const char *q = s;
    while (q < e && is_digit((unsigned char)*q)) q++;
    if (q + 1 < e && *q == '.' && is_digit((unsigned char)q[1]))
        for (q++; q < e && is_digit((unsigned char)*q);) q++;
    if (q == e) return e;
    for (const char *k = q; k < e; k++)
        if (!is_alpha((unsigned char)*k)) return e;
    return q;
}

/* In a part of a slashed word [s, e) that is digits (a decimal too) then a unit ("5ML" of
 * 125MG/5ML, "7.5MG" of 5MG/7.5MG): the end of the digits, or s when the part is anything else. */
static const char *unit_after_digits(const char *s, const char *e) {
    const char *p = s;
    while (p < e && *p >= '0' && *p <= '9') p++;
    if (p > s && p + 1 < e && *p == '.' && p[1] >= '0' && p[1] <= '9') /* 7.5MG */
        for (p++; p < e && *p >= '0' && *p <= '9'; p++) {}
    if (p == s || p == e || e - p > 6) return s;
    char low[8];
    size_t n = (size_t)(e - p);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return s;
        low[i] = (char)(c | 32);
    }
    return glex_unit(low, n) ? p : s;
}

/* Length of a run of digits at p (bounded by e). */
static size_t digits(const char *p, const char *e) {
    size_t n = 0;
    while (p + n < e && is_digit((unsigned char)p[n])) n++;
    return n;
}

/* Dose pattern at p: 3 or 4 slots of 0, 1, 2 or 1/2 joined by '-', e.g. 1-0-1,
 * 1/2-0-1/2.  Returns its length and the number of taken slots. */
static size_t dose_pattern(const char *p, const char *e, int *slots_taken) {
    const char *q = p;
    int slots = 0, taken = 0;
    char sep = 0; /* '-', or '+' as written in Bangladesh and Pakistan ("1+0+1"), the same throughout */
    for (;;) {
        if (q >= e || !is_digit((unsigned char)*q) || *q > '2') break;
        bool nz = *q != '0';
        q++;
        if (q + 1 < e && *q == '/' && q[1] == '2') q += 2; /* 1/2 */
        if (q < e && is_digit((unsigned char)*q)) return 0;
        slots++;
        taken += nz;
        if (q < e && (*q == '-' || *q == '+') && (!sep || *q == sep) && q + 1 < e && is_digit((unsigned char)q[1])) {
            sep = *q++;
            continue;
        }
        break;
    }
    if (slots < 3 || slots > 4) return 0;
    if (q < e && (is_alnum((unsigned char)*q) || *q == '/')) return 0;
    if (q + 1 < e && *q == '.' && is_digit((unsigned char)q[1])) return 0;
    *slots_taken = taken;
    return (size_t)(q - p);
}

/* Is the date-shaped a/b/c just scanned (ending at q) a list of counts or doses: Apgar scores
 * ("APGARS 8/9/10") or doses before a unit ("NOVORAPID 8/8/10 UNITS")?  Then its numbers
 * stay numbers. */
static bool slashed_list(const gdoc *d, const char *q, const char *e) {
    for (size_t k = d->ntok; k-- > 0;) {
        const gtok *t = &d->tok[k];
        if (t->kind == GK_PUNCT && (t->punct == ':' || t->punct == '-')) continue;
        if (t->kind == GK_WORD && t->len >= 5 && strncasecmp(d->text + t->start, "apgar", 5) == 0) return true;
        break;
    }
    while (q < e && *q == ' ') q++;
    char w[8];
    size_t n = 0;
    for (; q < e && is_alpha((unsigned char)*q) && n < sizeof w; q++) w[n++] = (char)(*q | 32);
    if (n == 0 || n == sizeof w) return false;
    const int u = glex_unit(w, n); /* a dose's unit (a duration after a date is still a date) */
    /* (or minutes: the times of Apgar scores, "APGAR 6/8/9 (1/5/10 MIN)", name no date) (guard-50) */
    return u == GU_MG || u == GU_G || u == GU_MCG || u == GU_UNIT || u == GU_ML || u == GU_MINUTE;
}

/* Date at p: d{1,2}S d{1,2}S d{2,4} with one separator S in / - . ; or
 * d{4}-d{2}-d{2}.  Fills the three parts' offsets and lengths. */
static bool date_at(const char *p, const char *e, size_t off[3], size_t len[3], size_t *total) {
    size_t a = digits(p, e);
    if (a < 1 || a > 4 || p + a >= e) return false;
    char sep = p[a];
    if (sep != '/' && sep != '-' && sep != '.') return false;
    size_t b = digits(p + a + 1, e);
    if (b < 1 || b > 2 || p + a + 1 + b >= e || p[a + 1 + b] != sep) return false;
    size_t c = digits(p + a + 2 + b, e);
    if (a == 4 ? c < 1 || c > 2 : c < 2 || c > 4) return false;
    if (a == 3) return false;
    /* a day and a month, in either order ("92/55/22 MCG" is three strengths, no date) */
    int x = 0, y = 0;
    for (size_t k = 0; k < a; k++) x = x * 10 + (p[k] - '0');
    for (size_t k = 0; k < b; k++) y = y * 10 + (p[a + 1 + k] - '0');
    if (a == 4) {
        int z = 0;
        for (size_t k = 0; k < c; k++) z = z * 10 + (p[a + 2 + b + k] - '0');
        if (y < 1 || y > 12 || z < 1 || z > 31) return false;
    } else if (x < 1 || y < 1 || !((x <= 31 && y <= 12) || (x <= 12 && y <= 31))) {
        return false;
    }
    const char *end = p + a + 2 + b + c;
    /* (a no-break space, or the stray "Â" of one mis-decoded, ends it: "DT 19/11/23Â") (guard-61) */
    const bool nbsp = end + 1 < e && (((unsigned char)end[0] == 0xC2 && (unsigned char)end[1] == 0xA0) ||
                                      ((unsigned char)end[0] == 0xC3 && (unsigned char)end[1] == 0x82));
    if (end < e && !nbsp &&
        (is_alnum((unsigned char)*end) || (*end == sep && end + 1 < e && is_digit((unsigned char)end[1]))))
        return false;
    off[0] = 0, len[0] = a;
    off[1] = a + 1, len[1] = b;
    off[2] = a + 2 + b, len[2] = c;
    *total = (size_t)(end - p);
    return true;
}

/* The length of a Spanish ordinal's ending at q ("ER", "RO", "DO", "TO", "VO", "MO", "NO", "RA", "DA", "TA",
 * "VA", "MA", "NA", closing its word), or 0 (guard-67). */
static size_t es_ordinal(const char *q, const char *e) {
    static const char *const ends[] = {"er", "ro", "do", "to", "vo", "mo", "no", "ra", "da", "ta", "va", "ma", "na", NULL};
    if (q + 2 > e || (q + 2 < e && is_alnum((unsigned char)q[2]))) return 0;
    for (const char *const *p = ends; *p; p++)
        if ((q[0] | 32) == (*p)[0] && (q[1] | 32) == (*p)[1]) return 2;
    return 0;
}

/* Is the slash at sl (in a word ending at we) a Spanish note's interval after a dose: an amount and
 * its unit before it, the hours after it ("1 G/8H", "40 MG/24HS")? (guard-67) */
static bool es_interval(gdoc *d, const char *sl, const char *we) {
    if (d->ntok < 2 || d->tok[d->ntok - 1].kind != GK_WORD || d->tok[d->ntok - 2].kind != GK_NUM ||
        glex_unit(d->arena + d->tok[d->ntok - 1].norm, d->tok[d->ntok - 1].len) == GU_NONE)
        return false;
    const char *q = sl + 1;
    while (q < we && is_digit((unsigned char)*q)) q++;
    if (q == sl + 1 || q - sl > 3 || q >= we || (*q | 32) != 'h') return false;
    const size_t rest = (size_t)(we - q);
    return (rest == 1 || (rest == 2 && (q[1] | 32) == 's') || (rest == 3 && strncasecmp(q, "hrs", 3) == 0)) &&
           doc_spanish(d);
}

/* ---------------------------------------------------------------- the scanner */

static cc_status scan(gdoc *d, cc_error *err) {
    const char *t = d->text, *e = d->text + d->len;
    const char *p = t;
    cc_status st = CC_OK;
    while (p < e && st == CC_OK) {
        unsigned char c = (unsigned char)*p;
        size_t at = (size_t)(p - t), xn = 0; /* (xn: the length of a count of times a day, x_times) */
        if (c == '\n') {
            if (!d->ntok || d->tok[d->ntok - 1].punct != '\n') st = emit(d, GK_PUNCT, at, at + 1, "\n", 1, 0, err);
            p++;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            p++;
            continue;
        }
        /* the French interval, a slash before the hours or minutes written apart: "NIHSS /2H", "TA /15MIN",
           "NIMODIPINE 60MG /4H": every 2 hours (guard-62) */
        if (c == '/' && p + 2 < e && (p == t || p[-1] == ' ' || p[-1] == '(') && is_digit((unsigned char)p[1]) &&
            doc_french(d)) {
            const char *q = p + 1;
            while (q < e && is_digit((unsigned char)*q) && q - p < 4) q++;
            const char *u = q;
            while (u < e && is_alpha((unsigned char)*u)) u++;
            const size_t ul = (size_t)(u - q);
            if ((u == e || !is_alnum((unsigned char)*u)) &&
                ((ul == 1 && (*q | 32) == 'h') || (ul == 3 && strncasecmp(q, "min", 3) == 0))) {
                st = emit(d, GK_WORD, at, at + 1, "every", 5, GF_EXPANDED, err);
                p++;
                continue;
            }
        }
        /* [** ... **] placeholders */
        if (c == '[' && p + 2 < e && p[1] == '*' && p[2] == '*') {
            const char *q = p + 3;
            while (q + 2 < e && !(q[0] == '*' && q[1] == '*' && q[2] == ']')) q++;
            if (q + 2 < e) {
                size_t n = (size_t)(q + 3 - p);
                st = emit(d, GK_PH, at, at + n, p, n, 0, err);
                p += n;
                continue;
            }
        }
        if (c == '*' || c == '_') {
            const char *q = p;
            while (q < e && *q == (char)c) q++;
            size_t n = (size_t)(q - p);
            if (n >= 3) st = emit(d, GK_PH, at, at + n, p, n, 0, err);
            p = q;
            continue;
        }
        /* "2° TO LRTI", "PRE-RENAL 2° D&V": secondary (1° primary, 3° tertiary), no number nor
           degrees; not a temperature or an angle (2°C, 20° of flexion: more digits or a C / F).
           A letter o or an asterisk may stand for the sign ("?2o TO SERTRALINE", "1o HTN", "IDA 2*
           MENORRHAGIA"), a word after it. */
        if (c >= '1' && c <= '3' && (p == t || !is_alnum((unsigned char)p[-1]))) {
            const size_t sign = p + 2 < e && (unsigned char)p[1] == 0xC2 && (unsigned char)p[2] == 0xB0 ? 2
                                /* (the sign read through CP-1252: "2Â° CONSTIPATION") */
                                : p + 4 < e && (unsigned char)p[1] == 0xC3 && (unsigned char)p[2] == 0x82 &&
                                          (unsigned char)p[3] == 0xC2 && (unsigned char)p[4] == 0xB0
                                    ? 4
                                : p + 1 < e && (p[1] == 'o' || p[1] == 'O' || p[1] == '*')          ? 1
                                                                                                    : 0;
            const char *a = p + 1 + sign; /* the space, then the word after it */
            if (sign && a + 1 < e && a[0] == ' ' && is_alpha((unsigned char)a[1]) &&
                (sign == 1 || ((a[1] | 32) != 'c' && (a[1] | 32) != 'f') ||
                 (a + 2 < e && is_alpha((unsigned char)a[2])))) { /* ("2° CONSTIPATION" is no 2 °C) */
                const char *w = c == '1' ? "primary" : c == '2' ? "secondary" : "tertiary";
                st = emit(d, GK_WORD, at, at + 1 + sign, w, strlen(w), GF_EXPANDED, err);
                p += 1 + sign;
                continue;
            }
            /* the suffix written out: "2NDARY HAEMORRHAGE", "2RY PPH", "1ARY", "3RY" (one word) */
            static const char *const suffix[] = {"ndary", "dary", "ry", "ary", NULL};
            bool taken = false;
            for (int k = 0; suffix[k] && !taken; k++) {
                const size_t sl = strlen(suffix[k]);
                if (p + 1 + sl <= e && strncasecmp(p + 1, suffix[k], sl) == 0 &&
                    (p + 1 + sl == e || !is_alnum((unsigned char)p[1 + sl]))) {
                    const char *w = c == '1' ? "primary" : c == '2' ? "secondary" : "tertiary";
                    st = emit(d, GK_WORD, at, at + 1 + sl, w, strlen(w), GF_EXPANDED, err);
                    p += 1 + sl;
                    taken = true;
                }
            }
            if (taken) continue;
        }
        /* "8/8H", "6/6H", "12/12H": every 8 hours, as Portuguese and Spanish notes write it (guard-63) */
        if (is_digit(c) && (p == t || !is_alnum((unsigned char)p[-1]))) {
            const char *q = p;
            while (q < e && is_digit((unsigned char)*q) && q - p < 2) q++;
            const size_t nd = (size_t)(q - p);
            if (q + nd + 1 < e && *q == '/' && strncmp(q + 1, p, nd) == 0 && (q[1 + nd] | 32) == 'h' &&
                (q + nd + 2 == e || !is_alnum((unsigned char)q[nd + 2]))) {
                st = emit(d, GK_WORD, at, at + nd, "every", 5, GF_EXPANDED, err);
                if (st == CC_OK) st = emit(d, GK_NUM, at + nd + 1, at + 2 * nd + 1, p, nd, 0, err);
                if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(p, nd);
                if (st == CC_OK) st = emit(d, GK_WORD, at + 2 * nd + 1, at + 2 * nd + 2, "hours", 5, GF_EXPANDED, err);
                p = q + nd + 2;
                continue;
            }
        }
        /* "160MG 1/J", "1 CP 2/J": the French times a day after a dose (guard-62) */
        if (c >= '1' && c <= '6' && (p == t || !is_alnum((unsigned char)p[-1])) && p + 2 < e && p[1] == '/' &&
            (p[2] | 32) == 'j' && d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD) {
            const size_t jl = p + 6 <= e && strncasecmp(p + 2, "jour", 4) == 0 ? 4 : 1;
            const char *pw = prev_word(d);
            const int pu = glex_unit(pw, strlen(pw));
            if ((p + 2 + jl == e || !is_alnum((unsigned char)p[2 + jl])) &&
                (glex_dose_unit(pu) || pu == GU_TAB || pu == GU_CAP || strcmp(pw, "tablet") == 0 ||
                 strcmp(pw, "max") == 0 || strcmp(pw, "maximum") == 0 ||
                 strcmp(pw, "tablets") == 0 || strcmp(pw, "capsule") == 0 || strcmp(pw, "sachet") == 0)) {
                st = times_daily(d, at, at + 2 + jl, at + 1, p, false, err);
                p += 2 + jl;
                continue;
            }
        }
        /* "1dd", "4dd1", "2DD2": the Dutch (and German) times a day, "de die", with the number of
           tablets each time after it: "4 times daily", then the count (guard-58) */
        if (c >= '1' && c <= '6' && (p == t || !is_alnum((unsigned char)p[-1])) && p + 2 < e && (p[1] | 32) == 'd' &&
            (p[2] | 32) == 'd') {
            const char *q = p + 3;
            while (q < e && is_digit((unsigned char)*q) && q - p < 5) q++;
            if (q == e || !is_alnum((unsigned char)*q)) {
                const size_t fe = at + 3;
                st = times_daily(d, at, fe, fe, p, false, err);
                if (st == CC_OK && q > p + 3) {
                    st = emit(d, GK_NUM, fe, at + (size_t)(q - p), p + 3, (size_t)(q - p - 3), GF_EXPANDED, err);
                    if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(p + 3, (size_t)(q - p - 3));
                }
                p = q;
                continue;
            }
        }
        bool naked = c == '.' && p + 1 < e && is_digit((unsigned char)p[1]) &&
                     (p == t || !is_alnum((unsigned char)p[-1]));
        if (is_digit(c) || naked) {
            size_t off[3], len[3], total;
            int taken;
            size_t dl;
            { /* "38W2D": a gestational age in weeks and days, one word (weeks_days) */
                const char *q = p;
                while (q < e && is_alnum((unsigned char)*q)) q++;
                cc_status wst = CC_OK;
                if (!naked && (q == e || !is_alnum((unsigned char)*q)) &&
                    weeks_days(d, at, at + (size_t)(q - p), p, (size_t)(q - p), &wst, err)) {
                    st = wst;
                    p = q;
                    continue;
                }
            }
            if (!naked && date_at(p, e, off, len, &total) && !slashed_list(d, p + total, e)) {
                for (int k = 0; k < 3 && st == CC_OK; k++) {
                    st = emit(d, GK_NUM, at + off[k], at + off[k] + len[k], p + off[k], len[k], GF_DATE, err);
                    if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(p + off[k], len[k]);
                    /* a two-digit year after a day and a month is the century's (12/08/23 is
                       12 August 2023; 70 and above, the last century's) */
                    if (st == CC_OK && k == 2 && len[2] == 2 && len[0] <= 2) {
                        double yy = d->tok[d->ntok - 1].value;
                        d->tok[d->ntok - 1].value = yy + (yy < 70 ? 2000 : 1900);
                    }
                }
                p += total;
                continue;
            }
            /* 1/2 TAB, 1/4 TAB, 3/4 CAP: a fraction of a dose ("half a tablet") */
            if (!naked && p + 3 < e && (p[0] == '1' || p[0] == '3') && p[1] == '/' && (p[2] == '2' || p[2] == '4') &&
                !(p[0] == '3' && p[2] == '2') && (p + 3 == e || p[3] == ' ') && (p == t || !is_alnum((unsigned char)p[-1]))) {
                const char *w = p + 3;
                while (w < e && *w == ' ') w++;
                char lw[4] = {0};
                for (int k = 0; k < 3 && w + k < e; k++) lw[k] = (char)(w[k] | 32);
                if (strcmp(lw, "tab") == 0 || strcmp(lw, "cap") == 0 || strcmp(lw, "amp") == 0 || strcmp(lw, "via") == 0 ||
                    strcmp(lw, "sac") == 0 || strcmp(lw, "tea") == 0 || strcmp(lw, "tsp") == 0 ||
                    /* 1/2 HR, 1/2 HOUR: half an hour; 1/2 HRLY: every half hour (every 30 minutes) */
                    (lw[0] == 'h' && ((lw[1] == 'r' && (lw[2] == 0 || lw[2] == 's' || lw[2] == 'l' || !is_alpha((unsigned char)lw[2]))) ||
                                      (lw[1] == 'o' && lw[2] == 'u')))) {
                    st = emit(d, GK_NUM, at, at + 3, p, 3, 0, err);
                    if (st == CC_OK) d->tok[d->ntok - 1].value = (p[0] - '0') / (double)(p[2] - '0');
                    p += 3;
                    continue;
                }
            }
            /* "8/8H", "6/6 H": every 8 hours, the Brazilian way (the same number on both sides of
               the slash, then an H) (guard-52) */
            if (!naked && (p == t || !is_alnum((unsigned char)p[-1]))) {
                size_t n1 = digits(p, e);
                if (n1 >= 1 && n1 <= 2 && p + 2 * n1 + 1 < e && p[n1] == '/' && memcmp(p, p + n1 + 1, n1) == 0 &&
                    !is_digit((unsigned char)p[2 * n1 + 1])) {
                    const char *h = p + 2 * n1 + 1;
                    if (h < e && *h == ' ') h++;
                    size_t hl = 0;
                    while (h + hl < e && is_alpha((unsigned char)h[hl])) hl++;
                    /* (or MIN: "NEB 20/20MIN X3", every 20 minutes) */
                    const bool hours = hl > 0 && (h[0] | 32) == 'h' &&
                                       (hl == 1 || (hl == 2 && (h[1] | 32) == 'r') ||
                                        (hl == 3 && (h[1] | 32) == 'r' && (h[2] | 32) == 's'));
                    const bool mins = hl == 3 && strncasecmp(h, "min", 3) == 0;
                    if (hours || mins) {
                        char q[10];
                        q[0] = 'q';
                        memcpy(q + 1, p, n1);
                        memcpy(q + 1 + n1, hours ? "h" : "min", hours ? 1 : 3);
                        cc_status qst = CC_OK;
                        const size_t ql = (size_t)(h + hl - p);
                        if (q_interval(d, at, at + ql, q, n1 + (hours ? 2 : 4), &qst, err)) {
                            st = qst;
                            p += ql;
                            continue;
                        }
                    }
                }
            }
            if (!naked && (dl = dose_pattern(p, e, &taken)) > 0) {
                st = emit(d, GK_DOSEPAT, at, at + dl, p, dl, 0, err);
                if (st == CC_OK) d->tok[d->ntok - 1].value = taken;
                p += dl;
                continue;
            }
            const char *q = p;
            /* integer part with optional thousands commas */
            size_t n0 = digits(q, e);
            q += n0;
            /* digit grouping: 38,000 and the Indian 1,50,000 (groups of 2, a last group of 3) */
            if (n0 > 0 && n0 <= 3 && q < e && *q == ',') {
                const char *g = q, *ok = q;
                while (g < e && *g == ',') {
                    size_t nd = digits(g + 1, e);
                    if (nd == 3) ok = g + 4;
                    if (nd != 2 && nd != 3) break;
                    g += 1 + nd;
                    if (nd == 3) break;
                }
                q = ok;
            }
            /* the Spanish thousands' point, "PESO 6.400 G", "13.800 LEUCOCITOS": three digits after a point
               that follows one to three digits, the first not a zero ("0.125 MG" stays a decimal) (guard-68) */
            bool dpoint = false;
            if (q == p + n0 && n0 >= 1 && n0 <= 3 && *p != '0' && q + 4 <= e && *q == '.' && digits(q + 1, e) == 3 &&
                (q + 4 == e || (!is_alnum((unsigned char)q[4]) && q[4] != ',' &&
                                (q[4] != '.' || q + 5 == e || !is_digit((unsigned char)q[5])))) &&
                (d->pair_lang == GLANG_ES || (doc_spanish(d)))) {
                dpoint = true;
                q += 4;
            }
            uint8_t flags = naked ? GF_NAKED : 0;
            /* a decimal comma in a note written in another language, one or two digits after it
               ("1,5 LPM", "PH 7,31"; "13,800" stays a thousands' group) (guard-67) */
            bool dcomma = false;
            if (q == p + n0 && q + 1 < e && *q == ',' && is_digit((unsigned char)q[1])) {
                const size_t nf = digits(q + 1, e);
                dcomma = nf <= 2 && (q + 1 + nf == e || !is_alnum((unsigned char)q[1 + nf])) &&
                         (doc_foreign(d) || d->pair_lang >= GLANG_FR);
            }
            if (q + 1 < e && (*q == '.' || dcomma) && is_digit((unsigned char)q[1])) {
                const char *f = q + 1;
                size_t nf = digits(f, e);
                bool zeros = true;
                for (size_t k = 0; k < nf; k++) zeros &= f[k] == '0';
                if (zeros) flags |= GF_TRAILZERO;
                q = f + nf;
            }
            size_t n = (size_t)(q - p);
            /* 100K, 82k: thousands (a platelet count), not potassium; but a dialysate's
               potassium before its calcium, "2K/2.5CA BATH", is potassium */
            bool kilo = q < e && (*q == 'K' || *q == 'k') && (q + 1 == e || !is_alnum((unsigned char)q[1])) && !naked &&
                        !(q + 2 < e && q[1] == '/' && is_digit((unsigned char)q[2]));
            /* (past a no-break space, or one read through CP-1252: "PLT 118Â K") */
            const char *kq = q;
            if (!kilo && !naked && q + 2 < e && (unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xA0) kq = q + 2;
            else if (!kilo && !naked && q + 4 < e && (unsigned char)q[0] == 0xC3 && (unsigned char)q[1] == 0x82 &&
                     (unsigned char)q[2] == 0xC2 && (unsigned char)q[3] == 0xA0)
                kq = q + 4;
            else if (!kilo && !naked && q + 3 < e && (unsigned char)q[0] == 0xC3 && (unsigned char)q[1] == 0x82 &&
                     q[2] == ' ')
                kq = q + 3; /* (the debris's space made plain) */
            if (kq != q && (*kq == 'K' || *kq == 'k') && (kq + 1 == e || !is_alnum((unsigned char)kq[1]))) {
                kilo = true;
                q = kq;
            }
            st = emit(d, GK_NUM, at, at + (size_t)(q - p) + (kilo ? 1 : 0), p, n, flags, err);
            if (st != CC_OK) break;
            /* (the Spanish point and the decimal comma read with ',' as the decimal mark) */
            d->tok[d->ntok - 1].value = parse_num_marked(p, n, dpoint || dcomma ? ',' : '.') * (kilo ? 1000 : 1);
            if (kilo) q++;
            /* a mixed number: "2 1/2 YR", "1 3/4 HOURS", "2½-year-old" (a whole number of one or
               two digits, not a date's part, then a half or a quarter) */
            if (!kilo && !naked && !(flags & GF_TRAILZERO) && n <= 2 && memchr(p, '.', n) == NULL &&
                (p == t || (p[-1] != '/' && p[-1] != '.'))) {
                size_t extra = 0;
                double frac = 0;
                if (q + 1 < e && (unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xBD) {
                    extra = 2, frac = 0.5;
                } else if (q + 4 <= e && q[0] == ' ' && (q[1] == '1' || q[1] == '3') && q[2] == '/' &&
                           (q[3] == '2' || q[3] == '4') && !(q[1] == '3' && q[3] == '2') &&
                           (q + 4 == e || (!is_alnum((unsigned char)q[4]) && q[4] != '/' && q[4] != '.' &&
                                         !(q[4] == '-' && q + 5 < e && is_digit((unsigned char)q[5]))))) {
                    extra = 4, frac = (q[1] - '0') / (double)(q[3] - '0');
                } else if (q < e && (unsigned char)q[0] == 0xC3) {
                    uint8_t u8[4];
                    size_t u8n;
                    uint32_t cp;
                    size_t mn = cc_mojibake_at(q, (size_t)(e - q), u8, &u8n, &cp);
                    if (mn && cp == 0xBD) extra = mn, frac = 0.5;
                }
                if (extra) {
                    d->tok[d->ntok - 1].value += frac;
                    d->tok[d->ntok - 1].end += (uint32_t)extra;
                    q += extra;
                }
            }
            /* ordinal suffix: 2nd, 1st, 3rd, 4th */
            if (q + 2 <= e && (q + 2 == e || !is_alpha((unsigned char)q[2]))) {
                char a = (char)(q[0] | 32), b = (char)(q[1] | 32);
                if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
                    d->tok[d->ntok - 1].flags |= GF_ORDINAL;
                    d->tok[d->ntok - 1].end += 2;
                    q += 2;
                } else if (es_ordinal(q, e) && doc_spanish(d)) {
                    /* (and the Spanish "3ER", "8VO", "2DA": the third, the eighth, the second) (guard-67) */
                    const size_t ol = es_ordinal(q, e);
                    d->tok[d->ntok - 1].flags |= GF_ORDINAL;
                    d->tok[d->ntok - 1].end += (uint32_t)ol;
                    q += ol;
                }
            }
            p = q;
            continue;
        }
        /* a sign in parentheses before a finding, a review of systems' "(-) CP, (+) GERD" (guard-42);
           the minus before words is a "no", which reads on over a finding of several words ("(-) LV
           THROMBUS") (guard-52) */
        if (c == '(' && p + 3 < e && (p[1] == '-' || p[1] == '+') && p[2] == ')' && p[3] == ' ' &&
            (p == t || p[-1] == ' ' || p[-1] == ',' || p[-1] == '\n' || p[-1] == ':')) {
            /* (when two words or more follow before a mark: "(-) AS, TRACE AR" keeps the narrow sign) */
            size_t words = 0;
            for (const char *w = p + 4; w < e && (is_alpha((unsigned char)*w) || *w == ' ' || *w == '/'); w++)
                words += is_alpha((unsigned char)*w) && (w == p + 4 || w[-1] == ' ');
            const bool no = p[1] == '-' && words >= 2;
            st = emit(d, GK_WORD, at, at + 3, no ? "no" : p[1] == '-' ? "negative" : "positive", no ? 2 : 8, GF_EXPANDED,
                      err);
            p += 3;
            continue;
        }
        /* a sign written onto a finding: "-PSOAS", "+REBOUND" (before, after a space, a comma or
           an opening parenthesis) and "HER2-", "ER+" (after, before a space, a slash, a comma
           or a closing parenthesis) are negative / positive */
        if ((c == '-' || c == '+') && p + 3 < e && is_alpha((unsigned char)p[1]) && (unsigned char)p[1] < 0x80 &&
            is_alpha((unsigned char)p[2]) && is_alpha((unsigned char)p[3]) && /* not -VE / +VE, which the lexicon reads */
            (p == t || p[-1] == ' ' || p[-1] == ',' || p[-1] == '(' || p[-1] == '\n')) {
            st = emit(d, GK_WORD, at, at + 1, c == '-' ? "negative" : "positive", c == '-' ? 8 : 8, GF_EXPANDED, err);
            p++;
            continue;
        }
        /* a spaced sign before a one-word finding in a list of signs: "+ ROVSING, - PSOAS" (after
           a comma, the finding closing its item; at the start of a line it is a bullet) */
        if ((c == '-' || c == '+') && p + 4 < e && p[1] == ' ' && is_alpha((unsigned char)p[2]) && p >= t + 2 &&
            p[-1] == ' ' && p[-2] == ',') {
            const char *w = p + 2;
            while (w < e && is_alpha((unsigned char)*w)) w++;
            if (w - (p + 2) >= 3 && (w == e || *w == ',' || *w == '.' || *w == '\n')) {
                st = emit(d, GK_WORD, at, at + 1, c == '-' ? "negative" : "positive", 8, GF_EXPANDED, err);
                p++;
                continue;
            }
        }
        /* (not the letter of a survey's step before its finding: "A- PATENT, B- RR 24, C- HR 112",
           unless after a blood group: "GROUP A- ", "BG O-") */
        bool step_label = c == '-' && p > t && p[-1] >= 'A' && p[-1] <= 'E' && (p == t + 1 || !is_alnum((unsigned char)p[-2])) &&
                          p + 2 < e && p[1] == ' ' && is_alpha((unsigned char)p[2]);
        /* a suspended hyphen, "PRE- AND POST-CAPILLARY", "pre- or postoperative": a prefix, no sign */
        if (c == '-' && p > t && p + 1 < e && p[1] == ' ') {
            const char *b = p;
            while (b > t && is_alpha((unsigned char)b[-1])) b--;
            static const char *const pre[] = {"pre", "post", "non", "anti", "sub", "intra", "extra", "inter", "semi",
                                              "multi", "uni", "bi", "co", "over", "under", "trans", "supra", "infra",
                                              "peri", "hyper", "hypo", NULL};
            size_t bl = (size_t)(p - b);
            for (int q = 0; pre[q] && !step_label; q++)
                step_label = strlen(pre[q]) == bl && strncasecmp(b, pre[q], bl) == 0 && (b == t || !is_alnum((unsigned char)b[-1]));
        }
        if (step_label) {
            const char *b = p - 1 > t + 12 ? p - 13 : t;
            for (const char *k = b; k + 2 < p - 1 && step_label; k++)
                if (strncasecmp(k, "group", 5) == 0 || strncasecmp(k, "grp", 3) == 0 || strncasecmp(k, "bg ", 3) == 0 ||
                    strncasecmp(k, "type", 4) == 0)
                    step_label = false;
        }
        /* a test's name before a dash and a space is a label ("USG- MULTIPLE GB CALCULI", "ECG- ST
           ELEVATION"), no sign */
        if (c == '-' && p + 1 < e && p[1] == ' ' && p > t) {
            const char *b = p;
            while (b > t && is_alpha((unsigned char)b[-1])) b--;
            static const char *const test[] = {"usg", "uss", "us", "ct", "cect", "ncct", "mri", "ecg", "ekg", "echo", "cxr",
                                               "xray", "abg", "hpe", "fnac", "lft", "rft", "kft", "cbc", "fbc", "egd",
                                               "ogd", "ercp", "mrcp", "eeg", "ncs", "emg", "doppler", "csf", "tvs",
                                               /* guard-42: an anaesthetic chart's phases and a note's
                                                  headings ("INDUCTION- INJ PROPOFOL", "MAINT- O2:N2O") */
                                               "induction", "maintenance", "maint", "reversal", "premed",
                                               "premedication", "emergence", "analgesia", "diagnosis", "impression",
                                               "advice", "plan", "procedure", "findings", NULL};
            size_t bl = (size_t)(p - b);
            for (int q = 0; test[q] && !step_label; q++)
                step_label = strlen(test[q]) == bl && strncasecmp(b, test[q], bl) == 0 && (b == t || !is_alnum((unsigned char)b[-1]));
        }
        /* (nor a dash after an answer, "<32WK? NO- 32WK, BW <1.5KG -> YES") (guard-39) */
        if (c == '-') {
            const char *b = p;
            while (b > t && is_alpha((unsigned char)b[-1])) b--;
            if ((p - b == 2 && strncasecmp(b, "no", 2) == 0) || (p - b == 3 && strncasecmp(b, "yes", 3) == 0))
                step_label = true;
            /* (nor a suspended hyphen before "and", "or", "to": "Tamil- and English-speaking",
               "pre- and post-operative") (guard-51) */
            if (p + 4 < e && p[1] == ' ' &&
                (strncmp(p + 2, "and ", 4) == 0 || strncmp(p + 2, "or ", 3) == 0 || strncmp(p + 2, "to ", 3) == 0) &&
                p > t && p[-1] >= 'a' && p[-1] <= 'z')
                step_label = true;
        }
        if ((c == '-' || c == '+') && p > t && is_alnum((unsigned char)p[-1]) && (unsigned char)p[-1] < 0x80 && !step_label &&
            (p + 1 == e || p[1] == ' ' || p[1] == '/' || p[1] == ',' || p[1] == ')' || p[1] == '\n' || p[1] == '.' ||
             p[1] == ';') &&
            !(is_digit((unsigned char)p[-1]) && (p == t + 1 || !is_alpha((unsigned char)p[-2])))) {
            st = emit(d, GK_WORD, at, at + 1, c == '-' ? "negative" : "positive", 8, GF_EXPANDED, err);
            p++;
            continue;
        }
        /* the multiplication sign before a number is an x ("(×4)"); less / greater than or equal
           are the comparison marks */
        if (c == 0xC3 && p + 2 < e && (unsigned char)p[1] == 0x97 && is_digit((unsigned char)p[2])) {
            st = emit_word(d, at, at + 2, "x", 1, false, err);
            p += 2;
            continue;
        }
        if (c == 0xE2 && p + 2 < e && (unsigned char)p[1] == 0x89 && ((unsigned char)p[2] == 0xA4 || (unsigned char)p[2] == 0xA5)) {
            st = emit(d, GK_PUNCT, at, at + 3, (unsigned char)p[2] == 0xA4 ? "<" : ">", 1, 0, err);
            p += 3;
            continue;
        }
        /* the not-equal sign says "not" ("CLOUDY URINE ALONE ≠ UTI": it is not a UTI); the
           division sign says "divided by" ("50MG/24H -> ÷3") (guard-39) */
        if (c == 0xE2 && p + 2 < e && (unsigned char)p[1] == 0x89 && (unsigned char)p[2] == 0xA0) {
            st = emit(d, GK_WORD, at, at + 3, "not", 3, GF_EXPANDED, err);
            p += 3;
            continue;
        }
        if (c == 0xC3 && p + 1 < e && (unsigned char)p[1] == 0xB7) {
            st = emit(d, GK_WORD, at, at + 2, "divided", 7, GF_EXPANDED, err);
            p += 2;
            continue;
        }
        /* a right arrow (→ ⇒ ⟶ ➔ ➜) is the "->" clinicians type for it: "CRP 212→96", "HCT
           44%→39%", "IF NOT COVERED → VANC" (the value after it is a number of its own, the
           clause before it ends) */
        if ((c == 0xE2 && p + 2 < e &&
             (((unsigned char)p[1] == 0x86 && (unsigned char)p[2] == 0x92) || ((unsigned char)p[1] == 0x87 && (unsigned char)p[2] == 0x92) ||
              ((unsigned char)p[1] == 0x9F && (unsigned char)p[2] == 0xB6) ||
              ((unsigned char)p[1] == 0x9E && ((unsigned char)p[2] == 0x94 || (unsigned char)p[2] == 0x9C))))) {
            st = emit(d, GK_PUNCT, at, at + 2, "-", 1, 0, err);
            if (st == CC_OK) st = emit(d, GK_PUNCT, at + 2, at + 3, ">", 1, 0, err);
            p += 3;
            continue;
        }
        /* an up or down arrow (↑ ↓) glued to a drug or a value says "increase" or "decrease":
           "↑OZEMPIC 1MG WEEKLY", "↓ PRED TO 10MG" (a word of its own, not part of the name) */
        if (c == 0xE2 && p + 2 < e && (unsigned char)p[1] == 0x86 && ((unsigned char)p[2] == 0x91 || (unsigned char)p[2] == 0x93)) {
            const bool up = (unsigned char)p[2] == 0x91;
            st = emit(d, GK_WORD, at, at + 3, up ? "increase" : "decrease", 8, GF_EXPANDED, err);
            p += 3;
            continue;
        }
        /* Unicode dashes (hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus
           sign) are the ASCII hyphen: "2–3 stools", "97.2–99.8°F"; a no-break space is a space */
        if (c == 0xE2 && p + 2 < e && (((unsigned char)p[1] == 0x80 && (unsigned char)p[2] >= 0x90 &&
                                        (unsigned char)p[2] <= 0x95) ||
                                       ((unsigned char)p[1] == 0x88 && (unsigned char)p[2] == 0x92))) {
            /* (and before "ve" it is the -ve of a result: "GRAM STAIN –VE") (guard-51) */
            if (p + 4 < e && (p[3] | 32) == 'v' && (p[4] | 32) == 'e' && (p + 5 >= e || !is_alnum((unsigned char)p[5]))) {
                st = emit(d, GK_WORD, at, at + 5, "negative", 8, GF_EXPANDED, err);
                p += 5;
                continue;
            }
            st = emit(d, GK_PUNCT, at, at + 3, "-", 1, 0, err);
            p += 3;
            continue;
        }
        /* a dash read through CP-1252 and encoded again ("â€“" for an en dash; text_prep's
           decoder) is the dash it was: "NO FAMILY HX â€“ FIRST DEGREE RELATIVES OFFERED SCREENING" */
        /* a vulgar half, "½", or "Â½" read through CP-1252: 0.5 ("SEPTRAN DS ½ OD" -> "half a
           tablet"), unless glued to a whole number before it */
        const bool half_may = p == t || !is_digit((unsigned char)p[-1]);
        /* (and an em dash so read whose last character, the right double quotation mark, was
           then made straight: "PREDNISONE NOT USED â€\" DM") (guard-46) */
        if (c == 0xC3 && e - p >= 6 && memcmp(p, "\xC3\xA2\xE2\x82\xAC\"", 6) == 0) {
            st = emit(d, GK_PUNCT, at, at + 6, "-", 1, 0, err);
            p += 6;
            continue;
        }
        /* a curly quote outside a word is punctuation that says nothing: “couldn't eat” */
        if (c == 0xE2 || c == 0xC3) {
            uint32_t qcp;
            size_t ql = curly_quote_at(p, e, &qcp);
            if (ql) {
                p += ql;
                continue;
            }
        }
        if (c == 0xC3) { /* (the lead of a three-byte character read through CP-1252) */
            uint8_t u8[4];
            size_t u8n, taken;
            uint32_t cp;
            if ((taken = cc_mojibake_at(p, (size_t)(e - p), u8, &u8n, &cp)) &&
                ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || (cp == 0xBD && half_may))) {
                st = cp == 0xBD ? emit_half(d, at, taken, err) : emit(d, GK_PUNCT, at, at + taken, "-", 1, 0, err);
                p += taken;
                continue;
            }
            /* (and a less- or greater-than-or-equal sign so read, "TARGET â‰¤12") (guard-49) */
            if (taken && (cp == 0x2264 || cp == 0x2265)) {
                st = emit(d, GK_PUNCT, at, at + taken, cp == 0x2264 ? "<" : ">", 1, 0, err);
                p += taken;
                continue;
            }
            /* (and a right arrow so read, "C3D NEG â†’ WARM AIHA": the "->" it was) (guard-48) */
            if (taken && (cp == 0x2192 || cp == 0x21D2)) {
                st = emit(d, GK_PUNCT, at, at + taken - 1, "-", 1, 0, err);
                if (st == CC_OK) st = emit(d, GK_PUNCT, at + taken - 1, at + taken, ">", 1, 0, err);
                p += taken;
                continue;
            }
        }
        if (c == 0xC2 && p + 1 < e && (unsigned char)p[1] == 0xBD && half_may) {
            st = emit_half(d, at, 2, err);
            p += 2;
            continue;
        }
        if (c == 0xC2 && p + 1 < e && (unsigned char)p[1] == 0xA0) {
            p += 2;
            continue;
        }
        /* X2, X5D, x3: "times" or "for" and a number, written together ("MISSED INSULIN X2
           DAYS", "DES X2", "DOXYCYCLINE BD X5D"): the x is a word of its own and the digits a
           number, so a rewrite's "for 2 days" or "2 stents" finds them */
        /* a Spanish note's "C/8H", "C/ 12 HS" (cada, every) and "92 X'" (per minute) (guard-67) */
        if ((c == 'c' || c == 'C') && p + 2 < e && p[1] == '/' && (p == t || !is_alnum((unsigned char)p[-1])) &&
            (is_digit((unsigned char)p[2]) || (p[2] == ' ' && p + 3 < e && is_digit((unsigned char)p[3]))) &&
            doc_spanish(d)) {
            st = emit(d, GK_WORD, at, at + 2, "every", 5, GF_EXPANDED, err);
            p += 2;
            continue;
        }
        /* and the Spanish and Portuguese "C/", "S/", "P/" before a word: with, without, for ("TOSSE C/
           EXPECTORAÇÃO", "ECG S/ ALTERAÇÕES", "P/ DTA"), S/P (si precisa) left to the table (guard-69) */
        if ((c == 'c' || c == 'C' || c == 's' || c == 'S' || c == 'p' || c == 'P') && p + 2 < e && p[1] == '/' &&
            (p == t || !is_alnum((unsigned char)p[-1])) &&
            (p[2] == ' ' || ((is_alpha((unsigned char)p[2]) || (unsigned char)p[2] >= 0xC3) &&
                             !((p[2] | 32) == 'p' && (p + 3 == e || !is_alnum((unsigned char)p[3]))))) &&
            doc_spanish(d)) {
            const char *w = (c | 32) == 'c' ? "with" : (c | 32) == 's' ? "without" : "for";
            st = emit(d, GK_WORD, at, at + 2, w, strlen(w), GF_EXPANDED, err);
            p += 2;
            continue;
        }
        if ((c == 'x' || c == 'X') && p + 1 < e && p[1] == '\'' && d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_NUM &&
            doc_spanish(d)) {
            st = emit(d, GK_WORD, at, at + 2, "per", 3, GF_EXPANDED, err);
            if (st == CC_OK) st = emit(d, GK_WORD, at, at + 2, "minute", 6, GF_EXPANDED, err);
            p += 2;
            continue;
        }
        /* "HYPO X0 OVERNIGHT": none at all, said of what stands before it ("no hypoglycaemic
           episodes overnight") */
        if ((c == 'x' || c == 'X') && p + 1 < e && p[1] == '0' && (p + 2 == e || !is_alnum((unsigned char)p[2])) &&
            p > t && p[-1] == ' ' && d->ntok > 0 && d->tok[d->ntok - 1].kind == GK_WORD) {
            st = emit(d, GK_WORD, at, at + 2, "none", 4, GF_EXPANDED, err);
            p += 2;
            continue;
        }
        /* ("PAMOL 1G X 4 PRN": the count one space after the x) (guard-53) */
        if ((c == 'x' || c == 'X') && p + 2 < e && p[1] == ' ' && is_digit((unsigned char)p[2]) &&
            (p == t || !is_alnum((unsigned char)p[-1])) && (xn = x_times(d, at, p, e, &st, err)) > 0) {
            p += xn;
            continue;
        }
        if ((c == 'x' || c == 'X') && p + 1 < e && is_digit((unsigned char)p[1]) && (p == t || !is_alnum((unsigned char)p[-1]))) {
            if ((xn = x_times(d, at, p, e, &st, err)) > 0) {
                p += xn;
                continue;
            }
            st = emit_word(d, at, at + 1, p, 1, false, err);
            p++;
            continue;
        }
        /* co-trimoxazole, co-amoxiclav, co-codamol; PEG-FILGRASTIM, peg-interferon: one drug
           name, written with or without the hyphen */
        {
            const char *q = NULL;
            size_t nb = 0;
            char buf[48];
            if ((q = joined_name(t, p, e, "co", 0, buf, &nb)) || (q = joined_name(t, p, e, "peg", 8, buf, &nb)) ||
                (q = lexicon_hyphenated(t, p, e, buf, &nb))) {
                st = emit_word(d, at, (size_t)(q - t), buf, nb, false, err);
                p = q;
                continue;
            }
        }
        /* orientation, "A&OX3", "AOx4", "Ox3": oriented times three, the count a number of its own */
        if ((p == t || !is_alnum((unsigned char)p[-1])) && is_alpha(c)) {
            const char *q = p;
            while (q < e && q - p < 3 && (*q | 32) == 'a') q++;
            if (q < e && (*q | 32) == 'o' && q + 2 < e && (q[1] | 32) == 'x' && is_digit((unsigned char)q[2]) &&
                (q + 3 == e || !is_alnum((unsigned char)q[3]))) {
                st = emit(d, GK_WORD, at, at + (size_t)(q + 1 - p), "oriented", 8, GF_EXPANDED, err);
                if (st == CC_OK) st = emit_word(d, at + (size_t)(q + 1 - p), at + (size_t)(q + 2 - p), q + 1, 1, false, err);
                p = q + 2;
                continue;
            }
        }
        /* "Q4/52", "q3/12", "Q2/7": every 4 weeks, 3 months, 2 days (the British fractions of a year
           or a week, after a Q) (guard-57) */
        if ((c == 'q' || c == 'Q') && (p == t || !is_alnum((unsigned char)p[-1])) && p + 3 < e &&
            is_digit((unsigned char)p[1])) {
            const char *q = p + 1;
            while (q < e && is_digit((unsigned char)*q) && q - p < 3) q++;
            const size_t n1 = (size_t)(q - p - 1);
            const char *den = q + 1;
            size_t nd = 0;
            while (den + nd < e && is_digit((unsigned char)den[nd])) nd++;
            const bool weeks = nd == 2 && den[0] == '5' && den[1] == '2', months = nd == 2 && den[0] == '1' && den[1] == '2';
            const char unit = weeks ? 'w' : months ? 'm' : nd == 1 && den[0] == '7' ? 'd' : 0;
            if (*q == '/' && unit && (den + nd == e || !is_alnum((unsigned char)den[nd]))) {
                char qs[6];
                qs[0] = 'q';
                memcpy(qs + 1, p + 1, n1);
                qs[n1 + 1] = unit;
                cc_status qst = CC_OK;
                if (q_interval(d, at, at + (size_t)(den + nd - p), qs, n1 + 2, &qst, err)) {
                    st = qst;
                    p = den + nd;
                    continue;
                }
            }
        }
        /* "Q1.5H", "Q0.5H", "Q1.5-3H": an interval with a decimal number of hours */
        if ((c == 'q' || c == 'Q') && (p == t || !is_alnum((unsigned char)p[-1])) && p + 4 < e &&
            is_digit((unsigned char)p[1])) {
            const char *q = p + 1;
            while (q < e && is_digit((unsigned char)*q) && q - p < 3) q++;
            const char *dot = q;
            if (q + 1 < e && *q == '.' && is_digit((unsigned char)q[1])) {
                q++;
                while (q < e && is_digit((unsigned char)*q) && q - dot < 3) q++;
                const char *num_end = q;
                /* the unit glued after it, or after a range's second number ("-3H") */
                const char *u = q;
                if (u < e && *u == '-') {
                    u++;
                    while (u < e && (is_digit((unsigned char)*u) || *u == '.')) u++;
                }
                const char *ue = u;
                while (ue < e && is_alpha((unsigned char)*ue)) ue++;
                const size_t ul = (size_t)(ue - u);
                const bool hours = (ul == 1 && (*u | 32) == 'h') || (ul == 2 && strncasecmp(u, "hr", 2) == 0) ||
                                   (ul == 3 && strncasecmp(u, "hrs", 3) == 0) || (ul == 4 && strncasecmp(u, "hrly", 4) == 0);
                if (hours && (ue == e || !is_alnum((unsigned char)*ue))) {
                    st = emit(d, GK_WORD, at, at + 1, "every", 5, GF_EXPANDED, err);
                    if (st == CC_OK) st = emit(d, GK_NUM, at + 1, at + (size_t)(num_end - p), p + 1,
                                               (size_t)(num_end - p - 1), 0, err);
                    if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(p + 1, (size_t)(num_end - p - 1));
                    /* (a range's second number and the unit are read as written, "-3H") */
                    p = num_end;
                    continue;
                }
            }
        }
        if (is_alpha(c)) {
            /* 2X2 CM, 5x1 cm: the x between two numbers is a word of its own */
            if ((c == 'x' || c == 'X') && p > t && is_digit((unsigned char)p[-1]) && p + 1 < e && is_digit((unsigned char)p[1])) {
                if ((xn = x_times(d, at, p, e, &st, err)) > 0) {
                    p += xn;
                    continue;
                }
                st = emit_word(d, at, at + 1, p, 1, false, err);
                p++;
                continue;
            }
            /* a dextrose strength with a decimal ("TPN D12.5 W/ AA 3.5", "D7.5"): 12.5% dextrose
               (guard-61) */
            if ((c | 32) == 'd' && (p == t || !is_alnum((unsigned char)p[-1])) && p + 3 < e &&
                is_digit((unsigned char)p[1])) {
                const char *q = p + 1;
                while (q < e && is_digit((unsigned char)*q) && q - p < 3) q++;
                const char *r = q + 1;
                while (r < e && is_digit((unsigned char)*r) && r - q < 3) r++;
                const double v = q + 1 < e && *q == '.' && r > q + 1 ? parse_num(p + 1, (size_t)(r - p - 1)) : 0;
                if (v >= 2.5 && v <= 50 && (r == e || !is_alnum((unsigned char)*r))) {
                    st = emit(d, GK_NUM, at + 1, at + (size_t)(r - p), p + 1, (size_t)(r - p - 1), 0, err);
                    if (st == CC_OK) d->tok[d->ntok - 1].value = v;
                    if (st == CC_OK) st = dextrose_words(d, at, at + (size_t)(r - p), false, err);
                    p = r;
                    continue;
                }
            }
            /* lab bilirubins: T.BIL, D.BIL, S.BIL, I.BIL (not tablet "T." followed by a drug) */
            if (strchr("TtDdSsIi", (char)c) && p + 5 <= e && p[1] == '.' && (p[2] | 32) == 'b' && (p[3] | 32) == 'i' &&
                (p[4] | 32) == 'l' && (p + 5 == e || !is_alpha((unsigned char)p[5])) && (p == t || !is_alnum((unsigned char)p[-1]))) {
                const char *x = (c | 32) == 't' ? "tbil" : (c | 32) == 'd' ? "dbil" : (c | 32) == 's' ? "serum bilirubin" : "indirect bilirubin";
                if ((c | 32) == 's' || (c | 32) == 'i') {
                    const char *sp = strchr(x, ' ');
                    st = emit(d, GK_WORD, at, at + 5, x, (size_t)(sp - x), GF_EXPANDED, err);
                    if (st == CC_OK) st = emit(d, GK_WORD, at, at + 5, sp + 1, strlen(sp + 1), GF_EXPANDED, err);
                } else {
                    st = emit_word(d, at, at + 5, x, 4, false, err);
                }
                p += 5;
                continue;
            }
            /* G-CSF and GM-CSF, the growth factors, one word as GCSF is (not cerebrospinal fluid) */
            if ((c | 32) == 'g' && (p == t || !is_alnum((unsigned char)p[-1]))) {
                size_t g = (p + 1 < e && (p[1] | 32) == 'm') ? 2 : 1;
                if (p + g + 4 <= e && p[g] == '-' && strncasecmp(p + g + 1, "csf", 3) == 0 &&
                    (p + g + 4 == e || !is_alnum((unsigned char)p[g + 4]))) {
                    st = emit_word(d, at, at + g + 4, g == 2 ? "gmcsf" : "gcsf", g + 3, false, err);
                    p += g + 4;
                    continue;
                }
            }
            /* dotted single letters: q.d., i.v., t.d.s -> one word */
            if (p + 2 < e && p[1] == '.' && is_alpha((unsigned char)p[2]) && (unsigned char)p[2] < 0x80 && c < 0x80 &&
                (p + 3 >= e || !is_alnum((unsigned char)p[3])) && (p == t || !is_alnum((unsigned char)p[-1]))) {
                char buf[16];
                size_t nb = 0;
                const char *q = p;
                while (q < e && nb < sizeof buf - 1 && is_alpha((unsigned char)*q) && (unsigned char)*q < 0x80 &&
                       (q + 1 >= e || !is_alnum((unsigned char)q[1]))) {
                    buf[nb++] = *q++;
                    if (q < e && *q == '.') q++;
                    else break;
                }
                size_t n = (size_t)(q - p);
                st = emit_word(d, at, at + n, buf, nb, false, err);
                p = q;
                continue;
            }
            const char *q = p;
            bool has_digit = false, has_slash = false, curly = false;
            while (q < e) {
                unsigned char x = (unsigned char)*q;
                /* (a Unicode dash ends a word as a hyphen does: "NYHA I–II", "piperacillin–tazobactam") */
                if (x == 0xE2 && q + 2 < e && (unsigned char)q[1] == 0x80 && (unsigned char)q[2] >= 0x90 &&
                    (unsigned char)q[2] <= 0x95 && q > p)
                    break;
                /* a curly quote ends a word; a curly apostrophe between letters is an apostrophe
                   ("couldn’t", "couldnâ€™t") */
                /* (a stray "Â" of a mis-decoded no-break space ends a word: "IMPROVEMENTÂ  CONSIDER")
                   (guard-58) */
                if (x == 0xC3 && q + 1 < e && (unsigned char)q[1] == 0x82 && q > p &&
                    (q + 2 >= e || q[2] == ' ' || q[2] == '\n' ||
                     (q + 3 < e && (unsigned char)q[2] == 0xC2 && (unsigned char)q[3] == 0xA0)))
                    break;
                uint32_t qcp;
                size_t ql = (x == 0xE2 || x == 0xC3) ? curly_quote_at(q, e, &qcp) : 0;
                if (ql) {
                    const unsigned char after = q + ql < e ? (unsigned char)q[ql] : 0;
                    if (qcp == 0x2019 && q > p && is_alpha(after) && after < 0x80) {
                        curly = true;
                        q += ql;
                        continue;
                    }
                    break;
                }
                if (is_alnum(x)) {
                    has_digit |= is_digit(x);
                    q++;
                } else if ((x == '/' || x == '\'') && q + 1 < e && is_alnum((unsigned char)q[1])) {
                    has_slash |= x == '/';
                    q++;
                } else if (x == '.' && has_slash && q > p && is_digit((unsigned char)q[-1]) && q + 1 < e &&
                           is_digit((unsigned char)q[1])) {
                    q++; /* a decimal after the slash: "5MG/7.5MG", "mg/0.05 mL" */
                } else {
                    break;
                }
            }
            size_t n = (size_t)(q - p);
            if (curly && n < 96) {
                /* the word with its curly apostrophes written plain (and a possessive's dropped) */
                char buf[96];
                size_t nb = 0;
                for (const char *r = p; r < q;) {
                    uint32_t qcp;
                    size_t ql = (*r == (char)0xE2 || *r == (char)0xC3) ? curly_quote_at(r, q, &qcp) : 0;
                    if (ql) buf[nb++] = '\'', r += ql;
                    else buf[nb++] = *r++;
                }
                if (nb > 2 && buf[nb - 2] == '\'' && (buf[nb - 1] | 32) == 's') nb -= 2;
                st = emit_word(d, at, at + n, buf, nb, has_digit, err);
                p = q;
                continue;
            }
            /* possessive 's */
            if (n > 2 && p[n - 2] == '\'' && (p[n - 1] | 32) == 's') n -= 2;
            if (has_slash) {
                char low[64];
                bool whole = false;
                if (n < sizeof low) {
                    for (size_t k = 0; k < n; k++) low[k] = (char)((p[k] >= 'A' && p[k] <= 'Z') ? p[k] + 32 : p[k]);
                    whole = glex_expand(low, n) || glex_unit(low, n);
                    /* a compound unit followed by a period of time, "MMOL/L/24H": the unit whole,
                       the rest after it as written ("/24H") */
                    for (size_t sl = n; !whole && sl-- > 1;)
                        if (low[sl] == '/' && memchr(low, '/', sl) && glex_unit(low, sl)) {
                            n = sl;
                            q = p + n;
                            whole = true;
                        }
                }
                if (!whole) {
                    /* DM/HTN -> dm / htn */
                    const char *s = p;
                    while (s < p + n && st == CC_OK) {
                        const char *sl = memchr(s, '/', (size_t)(p + n - s));
                        const char *we = sl ? sl : p + n;
                        bool dig = false;
                        for (const char *k = s; k < we; k++) dig |= is_digit((unsigned char)*k);
                        bool alldig = we > s;
                        for (const char *k = s; k < we; k++)
                            alldig &= is_digit((unsigned char)*k) ||
                                      (*k == '.' && k > s && k + 1 < we && is_digit((unsigned char)k[1])); /* 0.05 */
                        if (alldig && we - s <= 8) {
                            /* MG/5 ML: the 5 is a number of its own */
                            st = emit(d, GK_NUM, (size_t)(s - t), (size_t)(we - t), s, (size_t)(we - s), trail_zero(s, we), err);
                            if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(s, (size_t)(we - s));
                        } else if (we > s && is_digit((unsigned char)*s) && unit_after_digits(s, we) > s) {
                            /* MG/5ML: the 5 and its unit, written together */
                            const char *ue = unit_after_digits(s, we);
                            st = emit(d, GK_NUM, (size_t)(s - t), (size_t)(ue - t), s, (size_t)(ue - s), trail_zero(s, ue), err);
                            if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(s, (size_t)(ue - s));
                            if (st == CC_OK) st = emit_word(d, (size_t)(ue - t), (size_t)(we - t), ue, (size_t)(we - ue), false, err);
                        } else if (we > s && is_digit((unsigned char)*s) && lead_number(s, we) < we) {
                            /* "2K/2.5CA": an amount before a word (a dialysate's calcium), as outside a slash */
                            const char *ne = lead_number(s, we);
                            st = emit(d, GK_NUM, (size_t)(s - t), (size_t)(ne - t), s, (size_t)(ne - s), trail_zero(s, ne), err);
                            if (st == CC_OK) d->tok[d->ntok - 1].value = parse_num(s, (size_t)(ne - s));
                            if (st == CC_OK) st = emit_word(d, (size_t)(ne - t), (size_t)(we - t), ne, (size_t)(we - ne), false, err);
                        } else if (we > s) {
                            st = emit_word(d, (size_t)(s - t), (size_t)(we - t), s, (size_t)(we - s), dig, err);
                        }
                        /* (a Spanish note's dose and its interval, "1 G/8H", "40 MG/24HS": every 8 hours) (guard-67) */
                        if (st == CC_OK && sl && es_interval(d, sl, p + n))
                            st = emit(d, GK_WORD, (size_t)(sl - t), (size_t)(sl - t) + 1, "every", 5, GF_EXPANDED, err);
                        else if (st == CC_OK && sl)
                            st = emit(d, GK_PUNCT, (size_t)(sl - t), (size_t)(sl - t) + 1, "/", 1, 0, err);
                        s = sl ? sl + 1 : p + n;
                    }
                    p = q;
                    continue;
                }
            }
            /* "BIL 3.4": bilirubin with its value, not bilateral */
            if (n == 3 && (p[0] | 32) == 'b' && (p[1] | 32) == 'i' && (p[2] | 32) == 'l') {
                const char *r = q;
                while (r < e && (*r == ' ' || *r == ':' || *r == '-')) r++;
                if (r < e && is_digit((unsigned char)*r)) {
                    st = emit(d, GK_WORD, at, at + n, "bilirubin", 9, GF_EXPANDED, err);
                    p = q;
                    continue;
                }
            }
            st = emit_word(d, at, at + n, p, n, has_digit, err);
            p = q;
            continue;
        }
        /* "/8H", "C/12H" after a dose: every 8 hours, every 12 hours (the Spanish "cada") (guard-53) */
        if (c == '/' && p > t && (p[-1] == ' ' || ((p[-1] | 32) == 'c' && (p - 1 == t || p[-2] == ' '))) &&
            p + 2 < e && is_digit((unsigned char)p[1])) {
            size_t n1 = digits(p + 1, e);
            const char *h = p + 1 + n1;
            /* (every 4, 6, 8 or 12 hours, after a dose, a unit or a route: "350ML BILIOUS /24H" is per
               day, "4 /12" four months) */
            const int every = n1 == 1 ? p[1] - '0' : n1 == 2 ? (p[1] - '0') * 10 + (p[2] - '0') : 0;
            const gtok *pv = d->ntok > 0 ? &d->tok[d->ntok - 1] : NULL;
            const char *pw = pv && pv->kind == GK_WORD ? d->arena + pv->norm : "";
            const bool dosed = pv && ((pv->kind == GK_NUM && is_alpha((unsigned char)d->text[pv->end - 1])) ||
                                      (*pw && (glex_unit(pw, pv->len) != GU_NONE || glex_route(pw, pv->len))) ||
                                      ((p[-1] | 32) == 'c'));
            if (n1 <= 2 && (every == 4 || every == 6 || every == 8 || every == 12) && dosed && h < e && (*h | 32) == 'h' &&
                (h + 1 == e || !is_alnum((unsigned char)h[1]))) {
                char q[6];
                q[0] = 'q';
                memcpy(q + 1, p + 1, n1);
                q[n1 + 1] = 'h';
                cc_status qst = CC_OK;
                if (q_interval(d, at, at + (size_t)(h + 1 - p), q, n1 + 2, &qst, err)) {
                    st = qst;
                    p = h + 1;
                    continue;
                }
            }
        }
        /* "(-)" closing a line or a statement is a negative said of what stands before it ("V4R (-)")
           (guard-52) */
        if (c == '(' && p + 2 < e && p[1] == '-' && p[2] == ')') {
            st = emit(d, GK_WORD, at, at + 3, "negative", 8, GF_EXPANDED, err);
            p += 3;
            continue;
        }
        /* -ve / +ve: negative / positive (HIV -VE, NS1 +VE) */
        if ((c == '-' || c == '+') && p + 2 < e && (p[1] | 32) == 'v' && (p[2] | 32) == 'e' &&
            (p + 3 >= e || !is_alnum((unsigned char)p[3]))) {
            const char *w = c == '-' ? "negative" : "positive";
            st = emit(d, GK_WORD, at, at + 3, w, strlen(w), GF_EXPANDED, err);
            p += 3;
            continue;
        }
        if (c == '%') {
            st = emit(d, GK_WORD, at, at + 1, "%", 1, 0, err);
            p++;
            continue;
        }
        /* # is a fracture ("# DISTAL RADIUS", "NO #", "#NOF"), not after a number (a fraction count,
           "60 GY/30#") nor before one (a numbering, "#3") */
        if (c == '#' && (p == t || !is_digit((unsigned char)p[-1])) && (p + 1 >= e || !is_digit((unsigned char)p[1]))) {
            st = emit(d, GK_WORD, at, at + 1, "fracture", 8, GF_EXPANDED, err);
            p++;
            continue;
        }
        /* the dot of a genus's initial, "C. difficile", "E. coli", "S. aureus": no sentence end */
        if (c == '.' && p > t && p[-1] >= 'A' && p[-1] <= 'Z' && (p == t + 1 || !is_alnum((unsigned char)p[-2])) &&
            p + 2 < e && p[1] == ' ' && p[2] >= 'a' && p[2] <= 'z') {
            p++;
            continue;
        }
        st = emit(d, GK_PUNCT, at, at + 1, p, 1, 0, err);
        p++;
    }
    return st;
}

/* ---------------------------------------------------------------- post passes */

/* A blood count named just before the number at i (PLATELETS 1.4L, TLC 1.2L, PLT: 90K). */
static bool count_before(const gdoc *d, size_t i) {
    static const char *const counts[] = {"platelet", "platelets", "plt", "count", "tlc", "wbc", "leucocyte", "leukocyte", NULL};
    for (size_t j = i; j-- > 0 && j + 3 >= i;)
        for (int k = 0; counts[k]; k++)
            if (gdoc_is(d, j, counts[k])) return true;
    return false;
}

/* Arena offset of the word "lakh" in *off (added when the document lacks it); false on OOM. */
static bool lakh_word(gdoc *d, uint32_t *off) {
    for (size_t i = 0; i < d->ntok; i++)
        if (gdoc_is(d, i, "lakh")) return *off = d->tok[i].norm, true;
    cc_error e;
    return arena_put(d, "lakh", 4, off, &e) == CC_OK;
}

/* Number words ("two", "twenty five", "one hundred") become numbers. */
/* The token before token i (i >= 1) of d, past a hyphen glued on both sides ("two-and-a-half"). */
static size_t glued_hyphen_before(const gdoc *d, size_t i) {
    if (i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && d->tok[i - 1].start == d->tok[i - 2].end &&
        d->tok[i - 1].end == d->tok[i].start)
        return i - 2;
    return i - 1;
}

/* "a week", "an hour" mean one; "type II", "grade III" are numbers; the "00" of
 * "10:00" is not a number of its own. */
static void implicit_numbers(gdoc *d) {
    static const char *const roman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", NULL};
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        gtok *t = &d->tok[i], *nx = &d->tok[i + 1];
        char c0 = t->kind == GK_WORD ? GT_NORM(d, t)[0] : 0;
        if (t->kind == GK_WORD && c0 == 'a' && t->len <= 2 && (gdoc_is(d, i, "a") || gdoc_is(d, i, "an")) &&
            nx->kind == GK_WORD) {
            /* one only in "for / after / in / within / over a week" or "a week ago"; elsewhere
               "a day" is "per day" (10 cigarettes a day, 3 litres a day, three times a day) */
            static const char *const one_before[] = {"for", "after", "in", "within", "over", "about", "around", "nearly",
                                                     "almost", "than", "past", "last", "next", "with", "of", NULL};
            bool one = false;
            for (int k = 0; !one && one_before[k]; k++) one = i > 0 && gdoc_is(d, i - 1, one_before[k]);
            one |= gdoc_is(d, i + 2, "ago") || gdoc_is(d, i + 2, "back") || gdoc_is(d, i + 2, "later") ||
                   gdoc_is(d, i + 2, "earlier");
            if (!one) continue;
            int u = glex_unit(GT_NORM(d, nx), nx->len);
            /* (and a spoonful: "haemoptysis of about a tablespoon" for "~1 TABLESPOON") (guard-47) */
            if (u == GU_DAY || u == GU_WEEK || u == GU_MONTH || u == GU_YEAR || u == GU_HOUR || u == GU_MINUTE ||
                u == GU_SECOND || u == GU_TBSP || u == GU_TSP) {
                t->kind = GK_NUM;
                t->flags |= GF_NUMWORD;
                t->value = 1;
            }
        }
        /* "half a tablet", "half tablet", "half of a tablet": 0.5 (the source wrote 1/2 TAB) */
        if (t->kind == GK_WORD && c0 == 'h' && gdoc_is(d, i, "half")) {
            /* "one and a half tablets", "2 and a half years": the whole number and the half are
               one amount, said where the half stands (so the unit after it attaches) */
            /* (and written with hyphens, "a two-and-a-half-year-old boy") (guard-46) */
            size_t w = i >= 1 ? glued_hyphen_before(d, i) : 0;
            if (w >= 1 && (gdoc_is(d, w, "a") || gdoc_is(d, w, "an"))) w = glued_hyphen_before(d, w);
            const size_t wn = w >= 1 && gdoc_is(d, w, "and") ? glued_hyphen_before(d, w) : w;
            if (i >= 2 && w >= 1 && w < i && gdoc_is(d, w, "and") && wn < w && d->tok[wn].kind == GK_NUM &&
                !(d->tok[wn].flags & (GF_DATE | GF_USED)) && !d->tok[wn].unit &&
                d->tok[wn].value < 100 && d->tok[wn].value == (double)(int)d->tok[wn].value) {
                d->tok[wn].flags |= GF_USED;
                t->kind = GK_NUM;
                t->flags |= GF_NUMWORD;
                t->value = d->tok[wn].value + 0.5;
                continue;
            }
            size_t k = i + 1;
            if (gdoc_is(d, k, "of")) k++;
            const bool article = gdoc_is(d, k, "a") || gdoc_is(d, k, "an");
            if (article) k++;
            int u = k < d->ntok && d->tok[k].kind == GK_WORD ? glex_unit(GT_NORM(d, &d->tok[k]), d->tok[k].len) : 0;
            /* (or of any other measure taken whole, "eating half a sachet" for ATE 1/2 SACHET) (guard-46) */
            if (u == GU_TAB || u == GU_CAP || gdoc_is(d, k, "tablet") || gdoc_is(d, k, "capsule") ||
                (k == i + 1 + (article ? 1 : 0) &&
                 (gdoc_is(d, k, "sachet") || gdoc_is(d, k, "vial") || gdoc_is(d, k, "ampoule") || gdoc_is(d, k, "scoop") ||
                  gdoc_is(d, k, "bottle") || gdoc_is(d, k, "packet")))) {
                t->kind = GK_NUM;
                t->flags |= GF_NUMWORD;
                t->value = 0.5;
            }
            /* "half-hourly", "half hourly", "every half hour" (the source wrote 1/2 HRLY) */
            size_t hh = i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' ? i + 2 : i + 1;
            if (hh < d->ntok && d->tok[hh].kind == GK_WORD &&
                (glex_unit(GT_NORM(d, &d->tok[hh]), d->tok[hh].len) == GU_HOUR || gdoc_is(d, hh, "hourly") ||
                 gdoc_is(d, hh, "hrly"))) {
                t->kind = GK_NUM;
                t->flags |= GF_NUMWORD;
                t->value = 0.5;
            }
            /* "half an hour", "half a day": the article carries the 0.5, so the unit after it
               attaches (the source wrote 1/2 HR) */
            if ((u == GU_HOUR || u == GU_DAY || u == GU_MINUTE) && k == i + 2 &&
                (gdoc_is(d, i + 1, "a") || gdoc_is(d, i + 1, "an"))) {
                nx->kind = GK_NUM;
                nx->flags |= GF_NUMWORD;
                nx->value = 0.5;
            }
        }
        /* "three-quarters of a tablet", "a quarter tablet" for 3/4 TAB, 1/4 TAB: 0.75 and 0.25 said
           where the quarter stands, the "three" spent on it (guard-46) */
        if (t->kind == GK_WORD && c0 == 'q' && (gdoc_is(d, i, "quarter") || gdoc_is(d, i, "quarters"))) {
            const size_t b = i >= 1 ? glued_hyphen_before(d, i) : i;
            const bool three = b < i && d->tok[b].kind == GK_NUM && d->tok[b].value == 3 && (d->tok[b].flags & GF_NUMWORD) &&
                               !(d->tok[b].flags & GF_USED);
            const bool one = b < i && (gdoc_is(d, b, "a") || gdoc_is(d, b, "one"));
            size_t k = i + 1;
            if (gdoc_is(d, k, "of")) k++;
            if (gdoc_is(d, k, "a") || gdoc_is(d, k, "an")) k++;
            int u = k < d->ntok && d->tok[k].kind == GK_WORD ? glex_unit(GT_NORM(d, &d->tok[k]), d->tok[k].len) : 0;
            if ((three || one) && (u == GU_TAB || u == GU_CAP || gdoc_is(d, k, "tablet") || gdoc_is(d, k, "sachet"))) {
                if (three) d->tok[b].flags |= GF_USED;
                t->kind = GK_NUM;
                t->flags |= GF_NUMWORD;
                t->value = three ? 0.75 : 0.25;
                continue;
            }
        }
        /* "1.4L" / "2.4 L" of a blood count (platelets, TLC, WBC) is lakh, not litres */
        uint32_t lk;
        if (t->kind == GK_NUM && !(t->flags & GF_DATE) && gdoc_is(d, i + 1, "l") && count_before(d, i) && lakh_word(d, &lk)) {
            nx = &d->tok[i + 1]; /* unchanged: the arena moved, the token array did not */
            nx->lex = 0;
            nx->norm = nx->stem = lk;
            nx->len = 4;
        }
        /* "in the past year", "over the last month" (no number written) mean one */
        if (t->kind == GK_WORD && nx->kind == GK_WORD &&
            (gdoc_is(d, i, "past") || gdoc_is(d, i, "last") || gdoc_is(d, i, "next") || gdoc_is(d, i, "preceding"))) {
            int u = glex_unit(GT_NORM(d, nx), nx->len);
            bool plural = GT_NORM(d, nx)[nx->len - 1] == 's';
            /* (but "NEXT DAY" is a day, the one after: "FOLVITE 5MG WEEKLY (NEXT DAY OF MTX)") (guard-42) */
            if (!plural && (u == GU_DAY || u == GU_WEEK || u == GU_MONTH || u == GU_YEAR || u == GU_HOUR) &&
                !(u == GU_DAY && gdoc_is(d, i, "next"))) {
                t->kind = GK_NUM;
                t->flags |= GF_NUMWORD;
                t->value = 1;
            }
        }
        /* roman numerals: ii..ix anywhere (NYHA III, grade II, DM II); "i" and "v" only
           after a word that takes a grade, since they are also a pronoun and a letter */
        /* (a clotting factor's numeral even before a dose, "factor VIII 1000 units") (guard-62) */
        if (nx->kind == GK_WORD && nx->len <= 4 && (GT_NORM(d, nx)[0] == 'i' || GT_NORM(d, nx)[0] == 'v') &&
            (!(i + 2 < d->ntok && d->tok[i + 2].kind == GK_NUM) || gdoc_is(d, i, "factor"))) {
            bool ctx = gdoc_is(d, i, "type") || gdoc_is(d, i, "grade") || gdoc_is(d, i, "stage") || gdoc_is(d, i, "class") ||
                       gdoc_is(d, i, "gr") || /* "GR I" (guard-43) */
                       gdoc_is(d, i, "mellitus") || gdoc_is(d, i, "degree") || gdoc_is(d, i, "nyha");
            /* (not the typhoid vaccine's Vi antigen, "Typhoid Vi vaccine", "TYPHIM VI") (guard-39) */
            const bool antigen = gdoc_is(d, i, "typhoid") || gdoc_is(d, i, "typhim");
            for (int k = 0; roman[k] && !antigen; k++)
                if (strcmp(GT_NORM(d, nx), roman[k]) == 0 && (ctx || (k != 0 && k != 4))) {
                    nx->kind = GK_NUM;
                    nx->value = k + 1;
                    break;
                }
        }
        /* a grading word before a Roman numeral the lexicon expanded ("STAGE IV" is not
           intravenous, "GRADE V" not a vein): the numeral, as written */
        if (nx->kind == GK_WORD && (nx->flags & GF_EXPANDED) && nx->end - nx->start <= 4 &&
            !(i + 2 < d->ntok && d->tok[i + 2].start == nx->start) &&
            (gdoc_is(d, i, "grade") || gdoc_is(d, i, "stage") || gdoc_is(d, i, "class") || gdoc_is(d, i, "type") ||
             gdoc_is(d, i, "nyha") || gdoc_is(d, i, "gr") /* "MAJOR PRAEVIA (GR IV)" (guard-43) */)) {
            char raw[5] = {0};
            for (size_t q = 0; q < nx->end - nx->start; q++) raw[q] = (char)(d->text[nx->start + q] | 32);
            for (int k = 0; roman[k]; k++)
                if (strcmp(raw, roman[k]) == 0) {
                    nx->kind = GK_NUM;
                    nx->value = k + 1;
                    break;
                }
        }
        if (t->kind == GK_PUNCT && t->punct == ':' && i > 0 && d->tok[i - 1].kind == GK_NUM && nx->kind == GK_NUM &&
            nx->end - nx->start == 2 && nx->value == 0 && nx->start == t->end && t->start == d->tok[i - 1].end)
            nx->flags |= GF_USED | GF_EXPANDED; /* the :00 of a clock time (10:00 PM == 10 PM) */
    }
}

/* A number word in capitals slashed to another capitalised acronym names a thing, not a
 * count: "SJS/TEN" is toxic epidermal necrolysis. */
static bool slashed_acronym(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    for (int side = 0; side < 2; side++) {
        size_t sl = side ? i + 1 : i - 1, w = side ? i + 2 : i - 2;
        if (side ? i + 2 >= d->ntok : i < 2) continue;
        const gtok *s = &d->tok[sl], *o = &d->tok[w];
        if (s->kind != GK_PUNCT || s->punct != '/' || o->kind != GK_WORD || o->end - o->start < 2 ||
            (side ? s->start != t->end || o->start != s->end : s->end != t->start || o->end != s->start))
            continue;
        bool caps = true;
        for (uint32_t q = t->start; q < t->end && caps; q++) caps = d->text[q] >= 'A' && d->text[q] <= 'Z';
        for (uint32_t q = o->start; q < o->end && caps; q++) caps = d->text[q] >= 'A' && d->text[q] <= 'Z';
        if (caps && !(o->lex & GL_NUMWORD)) return true;
    }
    return false;
}

/* "train-of-four" (TOF) names a nerve stimulator's test, not a count of four. */
static bool train_of_four(const gdoc *d, size_t i) {
    if (!gdoc_is(d, i, "four")) return false;
    size_t j = i;
    if (j > 0 && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == '-') j--;
    if (j == 0 || !gdoc_is(d, j - 1, "of")) return false;
    j--;
    if (j > 0 && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == '-') j--;
    return j > 0 && gdoc_is(d, j - 1, "train");
}

static void number_words(gdoc *d) {
    for (size_t i = 0; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        double v;
        bool ord;
        if (t->kind != GK_WORD || !(t->lex & GL_NUMWORD) || !glex_number_word(GT_NORM(d, t), t->len, &v, &ord)) continue;
        if (slashed_acronym(d, i) || train_of_four(d, i)) continue;
        double total = 0, cur = v >= 100 ? 0 : v;
        if (v == 100) cur = 100;
        if (v == 1000) total = 1000, cur = 0;
        size_t j = i + 1, last = i;
        while (!ord && j < d->ntok) {
            gtok *u = &d->tok[j];
            if (u->kind == GK_PUNCT && u->punct == '-' && j + 1 < d->ntok) {
                j++;
                continue;
            }
            double w;
            bool o2;
            if (u->kind != GK_WORD || !(u->lex & GL_NUMWORD) || !glex_number_word(GT_NORM(d, u), u->len, &w, &o2) || o2)
                break;
            if (w == 100) cur = (cur ? cur : 1) * 100;
            else if (w == 1000) total += (cur ? cur : 1) * 1000, cur = 0;
            else if (w < 10 && (int)cur % 10 == 0 && cur >= 20) cur += w;
            else break;
            u->kind = 0; /* merged */
            last = j;
            j++;
        }
        t->kind = GK_NUM;
        t->flags |= GF_NUMWORD | (ord ? GF_ORDINAL : 0);
        t->value = total + cur;
        t->end = d->tok[last].end;
    }
    /* drop merged slots */
    size_t w = 0;
    for (size_t i = 0; i < d->ntok; i++)
        if (d->tok[i].kind) d->tok[w++] = d->tok[i];
    d->ntok = w;
}

/* Month names next to a number count as the month's number (12 March 2021 == 12/03/2021). */
static void months(gdoc *d) {
    for (size_t i = 0; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_WORD || !(t->lex & GL_MONTH)) continue;
        int m = glex_month(GT_NORM(d, t), t->len);
        if (!m) continue;
        /* (a day of the month: "BASELINE 88 NOV" is a value and a month) (guard-47) */
        bool prev = i > 0 && d->tok[i - 1].kind == GK_NUM && !(d->tok[i - 1].flags & GF_NUMWORD) &&
                    !(d->tok[i - 1].value > 31 && d->tok[i - 1].value < 1900);
        if (i > 1 && d->tok[i - 1].kind == GK_WORD && strcmp(GT_NORM(d, &d->tok[i - 1]), "of") == 0 &&
            d->tok[i - 2].kind == GK_NUM)
            prev = true;
        size_t nx = i + 1;
        if (nx < d->ntok && d->tok[nx].kind == GK_PUNCT && d->tok[nx].punct == ',') nx++;
        bool next = nx < d->ntok && d->tok[nx].kind == GK_NUM && !(d->tok[nx].flags & GF_NUMWORD) &&
                    d->tok[nx].value >= 1900 && d->tok[nx].value <= 2100;
        /* (not the first number of a slashed date of its own: "APR 6/3" is an abdominoperineal
           resection on 6/3) (guard-48) */
        bool nextday = i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM && d->tok[i + 1].value >= 1 &&
                       d->tok[i + 1].value <= 31 && !(d->tok[i + 1].flags & GF_NUMWORD) &&
                       !(i + 3 < d->ntok && d->tok[i + 2].kind == GK_PUNCT && d->tok[i + 2].punct == '/' &&
                         d->tok[i + 2].start == d->tok[i + 1].end && d->tok[i + 3].kind == GK_NUM);
        /* (not a British duration after it: "REPEAT FIELDS + OCT 4/52" is the scan in four weeks)
           (guard-37) */
        if (nextday && gdoc_is_fraction(d, i + 1) &&
            (d->tok[i + 3].value == 52 || d->tok[i + 3].value == 12 || d->tok[i + 3].value == 7))
            nextday = false;
        /* "01-Jun-2023", "19-JAN-24", "AUG '23": a day and a year joined to the month by a dash,
           a slash or an apostrophe; a two-digit year is read in full (24 -> 2024) */
        bool glued_prev = i > 1 && d->tok[i - 1].kind == GK_PUNCT && (d->tok[i - 1].punct == '-' || d->tok[i - 1].punct == '/') &&
                          d->tok[i - 1].end == t->start && d->tok[i - 2].kind == GK_NUM && d->tok[i - 2].end == d->tok[i - 1].start &&
                          d->tok[i - 2].value >= 1 && d->tok[i - 2].value <= 31 && !(d->tok[i - 2].flags & GF_NUMWORD);
        size_t yj = i + 1;
        bool sep = yj < d->ntok && ((d->tok[yj].kind == GK_PUNCT && (d->tok[yj].punct == '-' || d->tok[yj].punct == '/') &&
                                     d->tok[yj].start == t->end) ||
                                    (d->tok[yj].kind == GK_PUNCT && d->tok[yj].punct == '\''));
        if (sep) yj++;
        bool glued_year = sep && yj < d->ntok && d->tok[yj].kind == GK_NUM && !(d->tok[yj].flags & GF_NUMWORD) &&
                          d->tok[yj].start == d->tok[yj - 1].end &&
                          ((d->tok[yj].end - d->tok[yj].start == 2) ||
                           (d->tok[yj].value >= 1900 && d->tok[yj].value <= 2100));
        if (!prev && !next && !nextday && !glued_prev && !glued_year) continue;
        t->kind = GK_NUM;
        t->value = m;
        t->flags |= GF_DATE;
        if (glued_prev) d->tok[i - 2].flags |= GF_DATE;
        if (glued_year) {
            gtok *y = &d->tok[yj];
            if (y->value < 100) y->value += y->value <= 50 ? 2000 : 1900;
            y->flags |= GF_DATE;
        }
    }
}

static void singular(gdoc *d, gtok *t) {
    const char *s = GT_NORM(d, t);
    size_t n = t->len;
    if (t->kind != GK_WORD || n <= 3 || s[n - 1] != 's') return;
    if (s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i' || s[n - 2] == '\'') return;
    /* write the stem at the end of the arena; the arena never holds pointers */
    char buf[64];
    if (n >= sizeof buf) return;
    memcpy(buf, s, n);
    size_t m = n - 1;
    if (n > 4 && s[n - 3] == 'i' && s[n - 2] == 'e') {
        m = n - 3;
        buf[m++] = 'y';
    }
    uint32_t off = 0;
    cc_error e;
    if (arena_put(d, buf, m, &off, &e) == CC_OK) t->stem = off;
}

/* Is there a clock time among the three tokens before token i ("02:00 ON 11/12")? (guard-44) */
static bool clock_before(const gdoc *d, size_t i) {
    for (size_t k = i, n = 0; k-- > 0 && n < 3; n++)
        if (d->tok[k].kind == GK_NUM && d->tok[k].unit == GU_CLOCK) return true;
    /* (the units pass has not read it yet: "HH:MM" as written) */
    return i >= 3 && d->tok[i - 1].kind == GK_NUM && d->tok[i - 1].end - d->tok[i - 1].start == 2 &&
           d->tok[i - 2].kind == GK_PUNCT && d->tok[i - 2].punct == ':' && d->tok[i - 3].kind == GK_NUM &&
           d->tok[i - 3].end == d->tok[i - 2].start && d->tok[i - 2].end == d->tok[i - 1].start;
}

/* A temperature word within three words before number token i and in its sentence (temp,
 * temperature, fever, febrile, afebrile, T): then "F" after it is Fahrenheit whatever the
 * value.  "DAY 5 OF FEVER" on the line above "24F, DENGUE" does not make 24 a temperature. */
static bool temperature_context(const gdoc *d, size_t i) {
    static const char *const w[] = {"temp", "temperature", "fever", "febrile", "afebrile", "pyrexia", "t", NULL};
    for (size_t j = i; j-- > 0 && j + 3 >= i && !gdoc_is_sentend(d, j);)
        for (int k = 0; w[k]; k++)
            if (gdoc_is(d, j, w[k])) return true;
    return false;
}

/* The minutes of a clock time, "14:20": two digits glued after a colon glued after an hour. */
static bool clock_minutes(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    return i >= 2 && t->kind == GK_NUM && t->end - t->start == 2 && t->value < 60 && d->tok[i - 1].kind == GK_PUNCT &&
           d->tok[i - 1].punct == ':' && d->tok[i - 1].end == t->start && d->tok[i - 2].kind == GK_NUM &&
           d->tok[i - 2].end == d->tok[i - 1].start && d->tok[i - 2].value < 24;
}

/* Does token i follow a word of pregnancy ("PRIMI", "MULTI", "GA", "POG", "@") or an obstetric
 * formula's last count (G2P1)? */
static bool gestation_before(const gdoc *d, size_t i) {
    static const char *const w[] = {"primi", "primip", "primigravida", "multi", "multip", "multigravida", "ga",
                                    "pog", "gestation", "gestational", NULL};
    const gtok *p = &d->tok[i - 1];
    if (p->kind == GK_PUNCT && d->text[p->start] == '@') return true;
    if (p->kind == GK_NUM && (p->flags & GF_EXPANDED) && i >= 2 && d->tok[i - 2].kind == GK_WORD &&
        (gdoc_is(d, i - 2, "para") || gdoc_is(d, i - 2, "gravida") || gdoc_is(d, i - 2, "living")))
        return true;
    for (const char *const *q = w; p->kind == GK_WORD && *q; q++)
        if (gdoc_is(d, i - 1, *q)) return true;
    /* or a word of labour or delivery shortly before it in the sentence ("EL LSCS - BREECH, 39+0") */
    static const char *const birth[] = {"lscs", "caesarean", "cesarean", "breech", "cephalic", "labour", "labor",
                                        "induction", "iol", "vbac", "srom", "pprom", "delivery", "delivered",
                                        /* ("TERM MALE, 40+1", "born at 38+2") */
                                        "term", "preterm", "born", "svd", "nvd",
                                        /* ("NEONATAL JAUNDICE - D4, BABY BOY, 37+0") (guard-39) */
                                        "baby", "newborn", "neonate", "neonatal", NULL};
    /* (ten tokens back: "BABY GIRL ***, DOB 02/09/24, 37+0") (guard-57) */
    for (size_t k = i, n = 0; k-- > 0 && n < 10 && !gdoc_is_sentend(d, k); n++)
        for (const char *const *q = birth; d->tok[k].kind == GK_WORD && *q; q++)
            if (gdoc_is(d, k, *q)) return true;
    return false;
}

/* Attach canonical units to numbers: 650 mg, 1.5 L, 3-4 days, 88/min, 98.6 degrees F. */
static void units(gdoc *d) {
    for (size_t i = 0; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || (t->flags & GF_DATE)) continue;
        /* a gestational age: 38+2 WKS is 38 weeks and 2 days, and so is 39+4/40 (of 40 weeks) */
        if (i + 3 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '+' &&
            d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].value < 7 && d->tok[i + 3].kind == GK_WORD &&
            glex_unit(GT_NORM(d, &d->tok[i + 3]), d->tok[i + 3].len) == GU_WEEK) {
            t->unit = GU_WEEK;
            d->tok[i + 2].unit = GU_DAY;
            i += 3;
            continue;
        }
        if (i + 4 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '+' && d->tok[i + 2].kind == GK_NUM &&
            d->tok[i + 2].value < 7 && d->tok[i + 3].kind == GK_PUNCT && d->tok[i + 3].punct == '/' &&
            d->tok[i + 4].kind == GK_NUM && d->tok[i + 4].value == 40 && t->value <= 44) {
            t->unit = GU_WEEK;
            d->tok[i + 2].unit = GU_DAY;
            d->tok[i + 4].flags |= GF_USED | GF_EXPANDED; /* the 40 of "/40" is the term, not a number said */
            i += 4;
            continue;
        }
        /* "PRIMI 40+3", "G2P1 38+2", "GA 34+5": weeks and days glued by a plus after a word of
           pregnancy (or its formula), with no unit written */
        if (i > 0 && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '+' &&
            d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].value < 7 && d->tok[i + 2].value == (double)(int)d->tok[i + 2].value &&
            d->tok[i + 1].start == t->end && d->tok[i + 2].start == d->tok[i + 1].end && t->value >= 20 &&
            t->value <= 44 && t->value == (double)(int)t->value && !d->tok[i + 2].unit && gestation_before(d, i) &&
            /* (a unit written after it says what the numbers count: "27+0 months") */
            !(i + 3 < d->ntok && d->tok[i + 3].kind == GK_WORD &&
              glex_unit(GT_NORM(d, &d->tok[i + 3]), d->tok[i + 3].len))) {
            t->unit = GU_WEEK;
            d->tok[i + 2].unit = GU_DAY;
            i += 2;
            continue;
        }
        /* a gestational age in weeks of forty: "@ 37/40", "EX-36/40" (a whole number of weeks,
           4 to 44, over exactly 40, not inside a date or a longer fraction) */
        if (i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '/' &&
            d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].value == 40 && !(d->tok[i + 2].flags & GF_DATE) &&
            d->tok[i + 1].start == t->end && d->tok[i + 2].start == d->tok[i + 1].end && t->value >= 4 &&
            t->value <= 44 && t->value == (double)(int)t->value &&
            !(i + 3 < d->ntok && d->tok[i + 3].kind == GK_PUNCT && d->tok[i + 3].punct == '/') &&
            !(i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '/')) {
            t->unit = GU_WEEK;
            d->tok[i + 2].flags |= GF_USED | GF_EXPANDED;
            i += 2;
            continue;
        }
        size_t j = i + 1;
        if (j >= d->ntok) continue;
        gtok *u = &d->tok[j];
        if (u->kind == GK_PUNCT && u->punct == '/' && j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD) {
            const char *w = GT_NORM(d, &d->tok[j + 1]);
            if (strcmp(w, "min") == 0 || strcmp(w, "minute") == 0) t->unit = GU_PERMIN;
            continue;
        }
        /* 6-month-old, 45-year-old (not the minutes of "19:30 - DAY TO NIGHT") */
        if (u->kind == GK_PUNCT && u->punct == '-' && !clock_minutes(d, i) && j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD) {
            const int hu = glex_unit(GT_NORM(d, &d->tok[j + 1]), d->tok[j + 1].len);
            if (gdoc_is(d, j + 1, "hourly") || gdoc_is(d, j + 1, "hrly") || /* 4-HRLY, 4-WEEKLY, 3-MONTHLY */
                gdoc_is(d, j + 1, "weekly") || gdoc_is(d, j + 1, "monthly") || hu == GU_YEAR || hu == GU_MONTH ||
                hu == GU_WEEK || hu == GU_DAY ||
                /* "a 10-minute lockout", "a 6-hour infusion", written together */
                ((hu == GU_MINUTE || hu == GU_HOUR) && u->start == t->end && d->tok[j + 1].start == u->end))
                u = &d->tok[++j];
        }
        if (u->kind != GK_WORD) continue;
        const char *w = GT_NORM(d, u);
        int un = glex_unit(w, u->len);
        /* "FREQ X8 DAY, NOCTURIA X3": a count written onto its X, then the one day it is counted
           in, is a count, not eight days ("X 5 DAYS" keeps its days) (guard-43) */
        if (un == GU_DAY && strcmp(w, "day") == 0 && u->start > t->end && t->value >= 2 && i > 0 &&
            gdoc_is(d, i - 1, "x") && d->tok[i - 1].end == t->start)
            continue;
        /* a lone L that is the left side, not litres: before a body part ("BP 148/92 L ARM"), or
           between an eye's two measures ("IOP R 19 L 26") */
        /* (or after a numbered digit, ray or rib: "MALLET FINGER DIG 4 L", "RIB 7 R") (guard-58) */
        if ((un == GU_L || (un == GU_NONE && strcmp(w, "r") == 0)) && u->end - u->start == 1 && u->start > t->end &&
            i > 0 &&
            (gdoc_is(d, i - 1, "dig") || gdoc_is(d, i - 1, "digit") || gdoc_is(d, i - 1, "finger") ||
             gdoc_is(d, i - 1, "toe") || gdoc_is(d, i - 1, "ray") || gdoc_is(d, i - 1, "rib") ||
             gdoc_is(d, i - 1, "metacarpal") || gdoc_is(d, i - 1, "metatarsal")))
            continue;
        if (un == GU_L && u->end - u->start == 1 && u->start > t->end && j + 1 < d->ntok &&
            ((d->tok[j + 1].kind == GK_WORD && (d->tok[j + 1].lex & GL_ANATOMY)) ||
             (d->tok[j + 1].kind == GK_NUM && i > 0 && d->tok[i - 1].kind == GK_WORD &&
              d->tok[i - 1].end - d->tok[i - 1].start == 1 && (d->text[d->tok[i - 1].start] | 32) == 'r')))
            continue;
        /* "BP 162/94 HR 104": an HR followed by its own number is the heart rate's label, not
           hours (but "2 HR 30 MIN" is hours) */
        if (un == GU_HOUR && (strcmp(w, "hr") == 0 || strcmp(w, "h") == 0) && u->start > t->end /* "2HR 172": hours */ &&
            j + 1 < d->ntok &&
            d->tok[j + 1].kind == GK_NUM && !(j + 2 < d->ntok && d->tok[j + 2].kind == GK_WORD &&
                                              glex_unit(GT_NORM(d, &d->tok[j + 2]), d->tok[j + 2].len) == GU_MINUTE))
            continue;
        /* "0.3 WK2, 0.2 WK3", "20MG D1": a duration word glued to its own number is a label (week
           2, day 1), not the unit of the number before it */
        if ((un == GU_WEEK || un == GU_DAY || un == GU_MONTH) && j + 1 < d->ntok && d->tok[j + 1].kind == GK_NUM &&
            d->tok[j + 1].start <= u->end && t->end < u->start) /* glued, or split out of the same word ("WK2":
                                                                   wk + 2), and apart from the number (not 28W2D) */
            continue;
        /* "stage 5D", "CKD 5D": a kidney disease's stage on dialysis, no days (guard-41) */
        if (un == GU_DAY && u->start == t->end && u->end - u->start == 1 && i > 0 &&
            (gdoc_is(d, i - 1, "stage") || gdoc_is(d, i - 1, "ckd")))
            continue;
        if (un == GU_DEG && j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD) {
            int u2 = glex_unit(GT_NORM(d, &d->tok[j + 1]), d->tok[j + 1].len);
            if (u2 == GU_DEGF || u2 == GU_DEGC) un = u2;
        }
        /* demographics: "56 F", "56F", "45 M" after no temperature word is an age and a sex
           (a 56-year-old woman), not 56 degrees Fahrenheit; a temperature needs a plausible
           value (93-110 F) or a temperature word just before it */
        if (un == GU_DEGF && u->len == 1 && !temperature_context(d, i) && !(t->value >= 93 && t->value <= 110) &&
            t->value >= 0 && t->value <= 120 && t->value == (double)(int)t->value)
            un = GU_YEAR;
        /* (and at the head of its line, glued: "93F, SEVERE FRAILTY" is a 93-year-old woman) */
        if (un == GU_DEGF && u->len == 1 && u->start == t->end && !temperature_context(d, i) &&
            (i == 0 || (d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '\n')) && t->value >= 0 &&
            t->value <= 110 && t->value == (double)(int)t->value)
            un = GU_YEAR;
        if (strcmp(w, "per") == 0 && (gdoc_is(d, j + 1, "minute") || gdoc_is(d, j + 1, "min"))) un = GU_PERMIN;
        /* "2 WEEKLY", "3 MONTHLY": every 2 weeks, every 3 months (not an amount too large to be
           an interval: "VIT D 60K WEEKLY" is 60,000 units once a week) */
        const bool interval = t->value <= 52;
        if (strcmp(w, "weekly") == 0 && interval) un = GU_WEEK;
        if (strcmp(w, "monthly") == 0 && interval) un = GU_MONTH;
        /* ("4 HRLY": every 4 hours) */
        if ((strcmp(w, "hourly") == 0 || strcmp(w, "hrly") == 0) && interval) un = GU_HOUR;
        if (strcmp(w, "international") == 0 && j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD)
            un = glex_unit(GT_NORM(d, &d->tok[j + 1]), d->tok[j + 1].len);
        /* "130/80 mm Hg", "mm of Hg" */
        if (un == GU_MM && (gdoc_is(d, j + 1, "hg") || (gdoc_is(d, j + 1, "of") && gdoc_is(d, j + 2, "hg")))) un = GU_MMHG;
        /* 15 MG/KG/DOSE, 0.1 MCG/KG/MIN written as separate words */
        if ((un == GU_MG || un == GU_MCG) && j + 2 < d->ntok && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '/' &&
            gdoc_is(d, j + 2, "kg")) {
            bool permin = j + 4 < d->ntok && d->tok[j + 3].kind == GK_PUNCT && d->tok[j + 3].punct == '/' &&
                          (gdoc_is(d, j + 4, "min") || gdoc_is(d, j + 4, "minute"));
            if (un == GU_MG) un = GU_MGKG;
            else if (permin) un = GU_MCGKGMIN;
        }
        /* 88 units/L is a lab's U/L (and "8.4 international units per litre") (guard-53) */
        if (un == GU_UNIT) {
            const size_t uj = strcmp(w, "international") == 0 ? j + 1 : j;
            if (uj + 2 < d->ntok &&
                ((d->tok[uj + 1].kind == GK_PUNCT && d->tok[uj + 1].punct == '/') || gdoc_is(d, uj + 1, "per")) &&
                (gdoc_is(d, uj + 2, "l") || gdoc_is(d, uj + 2, "litre") || gdoc_is(d, uj + 2, "liter")))
                un = GU_IUL;
        }
        /* 125 CC/HR, 100 ML/H */
        if (un == GU_ML && j + 2 < d->ntok && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '/' &&
            (gdoc_is(d, j + 2, "hour") || gdoc_is(d, j + 2, "hr") || gdoc_is(d, j + 2, "h")))
            un = GU_MLHR;
        /* 100 ml per hour, 100 ml an hour */
        if (un == GU_ML && (gdoc_is(d, j + 1, "per") || gdoc_is(d, j + 1, "an") || gdoc_is(d, j + 1, "every")) &&
            (gdoc_is(d, j + 2, "hour") || gdoc_is(d, j + 2, "hr") || gdoc_is(d, j + 2, "h")))
            un = GU_MLHR;
        /* "FEVER >102 TAB DOLO": a number too large to count tablets is not a tablet count */
        if ((un == GU_TAB || un == GU_CAP) && t->value > 20) un = GU_NONE;
        /* a TB preventive regimen's code, "6H (INH 300MG OD ...)", is months of isoniazid, not
           hours, in both texts (guard-46, moved here from the numbers check in guard-54) */
        if (un == GU_HOUR && t->end - t->start <= 2 && gdoc_is(d, j, "h") && d->tok[j].start == t->end) {
            size_t q = j + 1;
            if (q < d->ntok && d->tok[q].kind == GK_PUNCT &&
                (d->tok[q].punct == '(' || d->tok[q].punct == ':' || d->tok[q].punct == '-'))
                q++;
            if (gdoc_is(d, q, "inh") || gdoc_is(d, q, "isoniazid")) un = GU_MONTH;
        }
        /* a TB regimen's continuation phase, "2HRZE/4HR": four months of HR, not four hours (guard-53) */
        if (un == GU_HOUR && i >= 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '/' &&
            d->tok[i - 1].end == t->start) {
            size_t a = d->tok[i - 1].start, z = a;
            while (a > 0 && d->text[a - 1] != 0 && strchr("HRZESherzs", d->text[a - 1])) a--;
            const size_t letters = z - a;
            while (a > 0 && is_digit((unsigned char)d->text[a - 1])) a--;
            if (letters >= 2 && a < z - letters && (a == 0 || !is_alnum((unsigned char)d->text[a - 1]))) un = GU_MONTH;
        }
        /* and its intensive phase, the "2" of "2HRZE/4HR": two months (guard-56) */
        if (un == GU_NONE && j + 2 < d->ntok && d->tok[j].kind == GK_WORD && d->tok[j].start == t->end &&
            d->tok[j].len >= 2 && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '/' &&
            d->tok[j + 1].start == d->tok[j].end && d->tok[j + 2].kind == GK_NUM &&
            d->tok[j + 2].start == d->tok[j + 1].end) {
            bool tb = true;
            for (size_t q = d->tok[j].start; q < d->tok[j].end && tb; q++) tb = strchr("HRZESherzs", d->text[q]) != NULL;
            if (tb) un = GU_MONTH;
        }
        /* 10.5 GM% is g/dL, 180 MG% is mg/dL */
        if ((un == GU_G || un == GU_MG) && j + 1 < d->ntok && gdoc_is(d, j + 1, "%")) un = un == GU_G ? GU_GDL : GU_MGDL;
        t->unit = (int8_t)un;
    }
    /* a lakh or a million of a unit: "VIT A 2 LAKH IU" is 200,000 units, "benzathine penicillin
       2.4 million units" 2,400,000; the unit may follow a gloss in parentheses ("15 lakh (1.5
       million) units").  A million with no unit is the plain number. */
    int lakh_unit = GU_NONE; /* the unit of the last lakh that had one, at token lakh_at */
    size_t lakh_at = 0;
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        gtok *t = &d->tok[i];
        /* "1.5 MIU", "1.2 MU DEEP IM": million (international) units; not an oxytocin's "2 MU/MIN"
           or "mU", milliunits */
        const gtok *w1 = &d->tok[i + 1];
        const char *r1 = d->text + w1->start;
        const bool mega = w1->kind == GK_WORD && (gdoc_is(d, i + 1, "miu") || gdoc_is(d, i + 1, "mu")) &&
                          r1[0] == 'M' && r1[1] != 'u' && !(w1->end < d->len && d->text[w1->end] == '/') &&
                          /* (not a medical unit's number: "WARD 4 MU-II") (guard-61) */
                          !(w1->end < d->len && d->text[w1->end] == '-') && !(i > 0 && gdoc_is(d, i - 1, "ward"));
        if (t->kind == GK_NUM && !t->unit && mega) {
            t->value *= 1e6;
            t->unit = GU_UNIT;
            continue;
        }
        /* "1.2M UNITS", "2.4M IU": an M glued to the number before its units (guard-57) */
        if (t->kind == GK_NUM && w1->kind == GK_WORD && w1->start == t->end && w1->end == w1->start + 1 &&
            d->text[w1->start] == 'M' && i + 2 < d->ntok &&
            (gdoc_is(d, i + 2, "units") || gdoc_is(d, i + 2, "unit") || gdoc_is(d, i + 2, "iu"))) {
            t->value *= 1e6;
            t->unit = GU_UNIT;
            continue;
        }
        const bool million = t->kind == GK_NUM && !t->unit &&
                             (gdoc_is(d, i + 1, "million") || gdoc_is(d, i + 1, "millions") ||
                              gdoc_is(d, i + 1, "mill"));
        if (million) {
            t->value *= 1e6;
            d->tok[i + 1].flags |= GF_USED;
        }
        if (t->kind != GK_NUM || (t->unit != GU_LAKH && !million) || d->tok[i + 1].kind != GK_WORD) continue;
        size_t k = i + 2;
        if (k < d->ntok && d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '(') {
            while (k < d->ntok && k <= i + 8 && !(d->tok[k].kind == GK_PUNCT && d->tok[k].punct == ')')) k++;
            k++;
        }
        int u = k < d->ntok && d->tok[k].kind == GK_WORD ? glex_unit(GT_NORM(d, &d->tok[k]), d->tok[k].len) : GU_NONE;
        if (gdoc_is(d, k, "international") && (gdoc_is(d, k + 1, "unit") || gdoc_is(d, k + 1, "units"))) u = GU_UNIT;
        /* a lakh said again without its unit, a few words on, takes the unit of the lakh before it
           ("24 LAKH UNITS IM (12 LAKH EACH BUTTOCK)"; not a blood count's lakh further on) */
        if (u != GU_UNIT && u != GU_MG && u != GU_MCG && !million && lakh_unit && i <= lakh_at + 10) u = lakh_unit;
        if (u != GU_UNIT && u != GU_MG && u != GU_MCG) {
            if (million && (k >= d->ntok || d->tok[k].kind != GK_WORD)) t->unit = GU_NONE;
            continue;
        }
        if (!million) t->value *= 1e5, lakh_unit = u, lakh_at = i;
        t->unit = (int8_t)u;
    }
    /* British durations: X 5/7 = 5 days, 2/52 = 2 weeks, 3/12 = 3 months */
    for (size_t i = 0; i + 2 < d->ntok; i++) {
        gtok *t = &d->tok[i], *sl = &d->tok[i + 1], *dn = &d->tok[i + 2];
        /* the token before (SIZE_MAX at the start of the text: gdoc_is is false there) */
        size_t pv = i - 1;
        const gtok *pt = i > 0 ? &d->tok[i - 1] : NULL;
        if (t->kind != GK_NUM || sl->kind != GK_PUNCT || sl->punct != '/' || dn->kind != GK_NUM || t->unit) continue;
        int u = dn->value == 7 ? GU_DAY : dn->value == 52 ? GU_WEEK : dn->value == 12 ? GU_MONTH : dn->value == 24 ? GU_HOUR : 0;
        if (!u || dn->end - dn->start > 2 || sl->start != t->end || dn->start != sl->end) continue;
        /* "<8/24H": a count per 24 hours, the hours written after the 24 */
        if (u == GU_HOUR && i + 3 < d->ntok && d->tok[i + 3].start == dn->end &&
            (gdoc_is(d, i + 3, "h") || gdoc_is(d, i + 3, "hr") || gdoc_is(d, i + 3, "hrs") || gdoc_is(d, i + 3, "hours")))
            continue;
        /* a numerator with a leading zero is a date's day ("GTCS 08/12 AT HOME": 8 December) */
        if (t->end - t->start == 2 && d->text[t->start] == '0') continue;
        /* 10/7 is ten days and 18/12 eighteen months after a word that takes a duration ("X 10/7");
           or a frequency ("TDS 7/7"); otherwise a numerator as large as the denominator is a
           fraction or a date */
        bool dur_word = gdoc_is(d, pv, "x") || gdoc_is(d, pv, "for") || gdoc_is(d, pv, "over") ||
                        gdoc_is(d, pv, "within") || gdoc_is(d, pv, "after") || gdoc_is(d, pv, "in") ||
                        gdoc_is(d, pv, "last") || gdoc_is(d, pv, "past") || gdoc_is(d, pv, "next") ||
                        gdoc_is(d, pv, "check") || gdoc_is(d, pv, "since") || /* "3 ADMISSIONS IN 12/12" */
                        gdoc_is(d, pv, "complete") || gdoc_is(d, pv, "completing") || /* "TO COMPLETE 10/7" */
                        gdoc_is(d, pv, "free") || /* "SEIZURE FREE 18/12" */
                        /* "SEIZURE FREE >12/12": more than twelve months */
                        (pt && pt->kind == GK_PUNCT && (pt->punct == '>' || pt->punct == '<') && pt->end == t->start) ||
                        gdoc_is(d, pv, "at") || /* "CONSIDER AZA WITHDRAWAL AT 12/12" */
                        (pt && pt->kind == GK_WORD && (pt->lex & GL_FREQWORD));
        /* (a date 14/7 stays a date: the numerator alone is not enough) */
        bool range = pt && pt->kind == GK_PUNCT && pt->punct == '-' && i >= 2 && d->tok[i - 2].kind == GK_NUM;
        /* (a review, a suture removal, "AGO" after: "R/V 12/12", "ROS 14/7", "LMP 14/12 AGO") */
        dur_word = dur_word || gdoc_is(d, pv, "review") || gdoc_is(d, pv, "rv") || gdoc_is(d, pv, "ros") ||
                   gdoc_is(d, pv, "removal") || gdoc_is(d, i + 3, "ago") || gdoc_is(d, pv, "total") ||
                   (t->start >= 4 && strncasecmp(d->text + t->start - 4, "r/v ", 4) == 0);
        /* up to 13 weeks in days ("X 56/7": an 8-week supply), 4 years in months, 2 in weeks */
        double most = dn->value == 7 ? 91 : dn->value == 12 ? 48 : dn->value == 52 ? 104 : 4 * dn->value;
        bool long_ok = t->value <= most && (dur_word || range); /* "X 28/7", "10-14/7" */
        /* "7/7" is a week in days ("ON 7/7 PRED", "PARACETAMOL 1G QDS - 7/7"); a date of 7 July is
           written 07/07 or with its year */
        if (u == GU_DAY && t->value == 7 && t->end - t->start == 1) long_ok = true;
        /* or an age or a past time: "18/12 OLD", "SOB 18/12 AGO" (a bare "18/12" may be a date,
           "94/52" a blood pressure) */
        if (!long_ok && t->value <= most && i + 3 < d->ntok)
            long_ok = gdoc_is(d, i + 3, "old") || gdoc_is(d, i + 3, "ago") || gdoc_is(d, i + 3, "hx") ||
                      gdoc_is(d, i + 3, "history") || gdoc_is(d, i + 3, "back") || /* ("18/12 HX" of memory loss) */
                      gdoc_is(d, i + 3, "from") || /* "14/7 FROM 1ST NEG BC" */
                      /* an age before the sex: "18/12 F", "9/12 M" */
                      ((gdoc_is(d, i + 3, "f") || gdoc_is(d, i + 3, "m")) && d->tok[i + 3].end - d->tok[i + 3].start == 1);
        if (t->value < 1 || (t->value >= dn->value && !long_ok) || t->value > 1e6 || t->value != (double)(int)t->value)
            continue;
        /* after "x" / "for", or any word that takes a duration ("REVIEW 2/52", "after 3/7",
           "since 2/12"), or before "ago" / "back" / "history"; not a Snellen acuity (VA 6/12)
           nor a score written as a fraction after a number or a name ("POWER 4/5") */
        static const char *const before[] = {"x", "for", "review", "rv", "after", "in", "within", "since", "till", "until",
                                             "over", "past", "last", "next", "up", "fu", "follow", "followup", "repeat",
                                             "reassess", "recheck", "remove", "removal", "stop", "continue", "about", NULL};
        static const char *const after[] = {"ago", "back", "history", "hx", "later", "post", "duration", "from", NULL};
        bool ctx = t->start >= 4 && strncasecmp(d->text + t->start - 4, "r/v ", 4) == 0; /* "r/v 4/12", even in an eye note */
        for (int k = 0; !ctx && before[k]; k++) ctx = gdoc_is(d, pv, before[k]);
        /* n/7 and n/52 are no score or acuity anyone writes: a duration wherever they stand
           ("R/V 4/52.", "BLOODS 4/52"), unless part of a longer fraction or date (1/4/52);
           n/12 is also a Snellen acuity (6/12), so only in a text that speaks of no eye and
           not after VA, acuity or vision */
        bool chained = (pt && pt->kind == GK_PUNCT && pt->punct == '/' && pt->end == t->start) ||
                       (i + 3 < d->ntok && d->tok[i + 3].kind == GK_PUNCT && d->tok[i + 3].punct == '/' &&
                        d->tok[i + 3].start == dn->end);
        /* "cycle 6/12", "fraction 3/7" count a course, they are no duration */
        /* (nor "6/12 CORES": six of twelve biopsy cores) */
        if (gdoc_is(d, i + 3, "cores") || gdoc_is(d, i + 3, "core") || gdoc_is(d, i + 3, "nodes") ||
            gdoc_is(d, i + 3, "biopsies") || gdoc_is(d, i + 3, "samples"))
            continue;
        static const char *const count[] = {"cycle", "cycles", "course", "fraction", "fractions", "dose", "doses",
                                            "session", "sessions", "number", "no", "item", "items", "score",
                                            /* "DAY 4/7", "WK 4/7": the fourth of seven, no duration */
                                            "day", "week", "wk", NULL};
        for (int k = 0; !chained && count[k]; k++) chained = gdoc_is(d, pv, count[k]);
        /* (but no course has 52 doses: "NEXT UP-DOSE 2/52" is in two weeks) */
        /* (nor 52 cycles: "NEXT CYCLE 3/52" is in three weeks) */
        if (chained && dn->value == 52 &&
            (gdoc_is(d, pv, "dose") || gdoc_is(d, pv, "doses") || gdoc_is(d, pv, "cycle") || gdoc_is(d, pv, "cycles") ||
             gdoc_is(d, pv, "course") || gdoc_is(d, pv, "session") || gdoc_is(d, pv, "sessions")))
            chained = false;
        if (!ctx && !chained && (u == GU_DAY || u == GU_WEEK || u == GU_HOUR)) ctx = true; /* 2/24: every 2 hours */
        /* (nor after a word that dates a thing: "drawn 8/12", "DATED 5/12") */
        /* (or "on" a day, a note's date, or a day before its clock time: "TIME OF BURN 02:00 ON 11/12",
           "SICU NOTE 6/12 2230") (guard-44) */
        const gtok *nclock = i + 3 < d->ntok ? &d->tok[i + 3] : NULL;
        const bool dated = gdoc_is(d, pv, "drawn") || gdoc_is(d, pv, "dated") || gdoc_is(d, pv, "dob") ||
                           gdoc_is(d, pv, "collected") || gdoc_is(d, pv, "note") ||
                           (gdoc_is(d, pv, "on") && clock_before(d, pv)) || /* ("02:00 ON 11/12", not "EXTRACTION ON 6/12") */
                           gdoc_is(d, pv, "admitted") || gdoc_is(d, pv, "date") ||
                           (nclock && nclock->kind == GK_NUM && nclock->end - nclock->start == 4 && nclock->value < 2400 &&
                            d->text[nclock->start] <= '2' && nclock->start > dn->end);
        /* a month-day date among others of the same month ("ADM 4/2 ... HF CLINIC 4/16 ... LABS
           4/12"): April 12, not four months */
        if (!ctx && u == GU_MONTH && same_month_dates(d, i)) continue;
        if (!ctx && !chained && !dated && u == GU_MONTH && !d->eye_note && !eye_words(d->text, d->len)) {
            bool acuity = false;
            for (size_t k = i >= 3 ? i - 3 : 0; k < i && !acuity; k++)
                acuity = gdoc_is(d, k, "va") || gdoc_is(d, k, "acuity") || gdoc_is(d, k, "vision") ||
                         gdoc_is(d, k, "snellen") || gdoc_is(d, k, "visual");
            ctx = !acuity;
        }
        for (int k = 0; !ctx && after[k]; k++) ctx = gdoc_is(d, i + 3, after[k]);
        if (i >= 2 && pt->kind == GK_PUNCT && pt->punct == '/' && gdoc_is(d, i - 2, "f")) ctx = true;
        if (!ctx) continue;
        t->unit = (int8_t)u;
        dn->flags |= GF_USED | GF_EXPANDED; /* the denominator is notation, not a number */
    }
    /* numbers written together with what scales them, in one pass (each reading at token i runs
       before the next token's) */
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        gtok *a = &d->tok[i];
        if (a->kind != GK_NUM) continue;
        /* a count range whose second number carries the thousands: "KEEP >30-50K" is 30,000 to
           50,000 */
        if (i + 2 < d->ntok) {
            const gtok *m = &d->tok[i + 1], *b = &d->tok[i + 2];
            if (b->kind == GK_NUM && m->kind == GK_PUNCT && m->punct == '-' && !a->unit && !b->unit && m->start == a->end &&
                b->start == m->end && !((a->flags | b->flags) & (GF_DATE | GF_INWORD))) {
                const char bl = d->text[b->end - 1], al = d->text[a->end - 1];
                if ((bl == 'K' || bl == 'k') && a->value * 1000 <= b->value && a->value >= 1 && al != 'K' && al != 'k')
                    a->value *= 1000;
            }
        }
        /* a duration in hours and minutes written as one word, "2h10m" / "1H30MIN": the hours and
           the minutes (guard-43) */
        gtok *w = &d->tok[i + 1];
        if (!a->unit && w->kind == GK_WORD && w->start == a->end && !(a->flags & GF_DATE)) {
            const char *r = d->text + w->start;
            const size_t n = w->end - w->start;
            size_t k = 1, v = 0;
            if (n >= 3 && (r[0] | 32) == 'h') {
                while (k < n && k < 3 && is_digit((unsigned char)r[k])) v = v * 10 + (size_t)(r[k++] - '0');
                if (k > 1 && v < 60 && ((k + 1 == n && (r[k] | 32) == 'm') || (k + 3 == n && strncasecmp(r + k, "min", 3) == 0))) {
                    a->unit = GU_HOUR;
                    w->kind = GK_NUM;
                    w->value = (double)v;
                    w->unit = GU_MINUTE;
                    w->flags &= (uint8_t)~GF_INWORD;
                    w->start += 1;
                }
            }
        }
        /* a frequency in kilohertz is that many thousand hertz: "2 kHz" is the audiogram's "2K"
           (guard-42) */
        if (!a->unit && !(a->flags & GF_DATE) && w->len == 3 && gdoc_is(d, i + 1, "khz")) a->value *= 1000;
        /* and a count before an arrow to one with the thousands: "Plt 28 -> 67K" is 28,000 to 67,000
           (guard-42) */
        if (i + 3 < d->ntok) {
            const gtok *m1 = &d->tok[i + 1], *m2 = &d->tok[i + 2], *b = &d->tok[i + 3];
            if (b->kind == GK_NUM && m1->kind == GK_PUNCT && m1->punct == '-' && m2->kind == GK_PUNCT && m2->punct == '>' &&
                m2->start == m1->end && !a->unit && !b->unit && !((a->flags | b->flags) & (GF_DATE | GF_INWORD)) &&
                a->value >= 1 && a->value < 1000 && a->value == (double)(int)a->value) {
                const char bl = d->text[b->end - 1], al = d->text[a->end - 1];
                if ((bl == 'K' || bl == 'k') && al != 'K' && al != 'k' && b->value >= 1000) a->value *= 1000;
            }
        }
    }
    /* ranges and pairs share the second number's unit: 3-4 days, 3 to 4 days, 130/80 mmHg */
    for (size_t i = d->ntok; i-- > 0;) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || t->unit || (t->flags & GF_DATE) || i + 2 >= d->ntok) continue;
        gtok *m = &d->tok[i + 1], *b = &d->tok[i + 2];
        bool joiner = (m->kind == GK_PUNCT && (m->punct == '-' || m->punct == '/')) ||
                      (m->kind == GK_WORD && (strcmp(GT_NORM(d, m), "to") == 0 || strcmp(GT_NORM(d, m), "or") == 0));
        /* not a time of day before a dash ("@ 0340 - 650 ML"): clocks() reads it */
        const char *raw = d->text + t->start;
        bool clock = t->end - t->start == 4 && (raw[0] == '0' || (i > 0 && d->tok[i - 1].kind == GK_PUNCT &&
                                                                    d->tok[i - 1].punct == '@'));
        /* (or a time that a spaced dash parts from a smaller amount: "PASSED URINE 1215 - 300ML" is
           no range from 1215 down to 300) */
        if (t->end - t->start == 4 && m->kind == GK_PUNCT && m->punct == '-' && m->start > t->end && b->start > m->end &&
            b->kind == GK_NUM && b->value < t->value && (raw[0] - '0') * 10 + (raw[1] - '0') < 24 &&
            (raw[2] - '0') * 10 + (raw[3] - '0') < 60)
            clock = true;
        /* nor the minutes of a clock time before a dash ("TRIAGE 14:20 - 34F": the 20 is not an
           age range up to 34) */
        /* (nor a count after an x: "USED X 4 / 24H" is four times in 24 hours) */
        bool count = i > 0 && gdoc_is(d, i - 1, "x") && m->kind == GK_PUNCT && m->punct == '/'; /* (X 2-3D stays a range) */
        /* (an ordinal after a dash starts a statement of its own: "T MAX 37.6 - FIRST DAY AFEBRILE") */
        if (joiner && !clock && !count && !clock_minutes(d, i) && b->kind == GK_NUM && b->unit &&
            !(b->flags & (GF_DATE | GF_ORDINAL)))
            t->unit = b->unit;
    }
}

/* "4FDC", "3FDC": a count written onto FDC names one fixed-dose combination (the synonym
 * table lists its drugs); the scanner splits the digit off, so join it back into the word
 * (the digit stays a number, which the numbers check does not require: guard_numbers.c).
 * So are 5-FU and 3TC (lamivudine). */
static cc_status fdc_words(gdoc *d, cc_error *err) {
    for (size_t i = 1; i < d->ntok; i++) {
        gtok *t = &d->tok[i], *p = &d->tok[i - 1];
        if (!gdoc_is(d, i, "fdc") || p->kind != GK_NUM || p->end != t->start || p->end - p->start != 1) continue;
        char w[4] = {d->text[p->start], 'f', 'd', 'c'};
        uint32_t off;
        cc_status st = arena_put(d, w, 4, &off, err);
        if (st != CC_OK) return st;
        t->norm = t->stem = off;
        t->len = 4;
        t->lex = glex_class(d->arena + off, 4);
    }
    /* "5-FU" or "5FU" is fluorouracil (FU alone is follow-up) and "3TC" lamivudine: one word each, the
       digit part of the name */
    static const struct { const char *word, *name; double digit; bool hyphen; } k[] = {
        {"fu", "5-fu", 5, true}, {"fu", "5-fu", 5, false}, {"tc", "3tc", 3, false}};
    for (size_t w = 0; w < sizeof k / sizeof *k; w++)
        for (size_t i = k[w].hyphen ? 2 : 1; i < d->ntok; i++) {
            gtok *t = &d->tok[i], *h = &d->tok[i - 1], *p = k[w].hyphen ? &d->tok[i - 2] : h;
            if (!gdoc_is(d, i, k[w].word) || p->kind != GK_NUM || p->value != k[w].digit || p->end - p->start != 1) continue;
            if (k[w].hyphen ? (h->kind != GK_PUNCT || h->punct != '-' || p->end != h->start || h->end != t->start)
                            : p->end != t->start)
                continue;
            size_t n = strlen(k[w].name);
            uint32_t off;
            cc_status st = arena_put(d, k[w].name, n, &off, err);
            if (st != CC_OK) return st;
            t->norm = t->stem = off;
            t->len = (uint16_t)n;
            t->lex = glex_class(d->arena + off, n);
            p->flags |= GF_USED | GF_EXPANDED;
        }
    return CC_OK;
}

/* Is token i the word "am" / "pm", or the letters of "a.m." / "p.m."?  *pm says which;
 * *last is the last token of the marker. */
static bool meridiem(const gdoc *d, size_t i, bool *pm, size_t *last) {
    if (gdoc_is(d, i, "am") || gdoc_is(d, i, "pm")) {
        *pm = gdoc_is(d, i, "pm");
        *last = i;
        return true;
    }
    if ((gdoc_is(d, i, "a") || gdoc_is(d, i, "p")) && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT &&
        d->tok[i + 1].punct == '.' && d->tok[i + 1].start == d->tok[i].end && gdoc_is(d, i + 2, "m") &&
        d->tok[i + 2].start == d->tok[i + 1].end) {
        *pm = gdoc_is(d, i, "p");
        *last = i + 2;
        if (i + 3 < d->ntok && d->tok[i + 3].kind == GK_PUNCT && d->tok[i + 3].punct == '.' &&
            d->tok[i + 3].start == d->tok[i + 2].end)
            d->tok[i + 3].punct = ','; /* the dot of "a.m." ends no sentence by itself */
        return true;
    }
    return false;
}

/* Is token i an hour with a meridiem letter glued to it, "7a", "3p" (not "7a.m.")? */
static bool glued_meridiem(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    /* (read from the text: an hour of the list may already be a time) */
    const char *r = d->text + t->start;
    const size_t n = t->end - t->start;
    const int h = n == 1 ? r[0] - '0' : n == 2 ? (r[0] - '0') * 10 + (r[1] - '0') : 0;
    if (t->kind != GK_NUM || n < 1 || n > 2 || r[0] < '0' || r[0] > '9' || (n == 2 && (r[1] < '0' || r[1] > '9')) || h < 1 ||
        h > 12 || (t->unit && t->unit != GU_NONE && t->unit != GU_CLOCK) || i + 1 >= d->ntok ||
        !(gdoc_is(d, i + 1, "a") || gdoc_is(d, i + 1, "p")) || d->tok[i + 1].start != t->end ||
        d->tok[i + 1].end - d->tok[i + 1].start != 1)
        return false;
    return !(i + 2 < d->ntok && d->tok[i + 2].kind == GK_PUNCT && d->tok[i + 2].punct == '.' &&
             d->tok[i + 2].start == d->tok[i + 1].end);
}

/* "7a, 11a, 3p": a letter glued to hour i is its meridiem (*pm says which) when another such
 * time stands within six tokens ("CKD 3A", "stage 3a" stand alone). */
static bool glued_in_list(const gdoc *d, size_t i, bool *pm) {
    if (!glued_meridiem(d, i)) return false;
    bool listed = false;
    for (size_t k = i >= 6 ? i - 6 : 0; k < i + 7 && k < d->ntok && !listed; k++) listed = k != i && glued_meridiem(d, k);
    if (listed) *pm = gdoc_is(d, i + 1, "p");
    return listed;
}

/* Times of day, one value however written: 24-hour "0945", "0200 HRS", "AT 1415", and
 * "09:45", "9:45 am", "2 am", "1 pm" all become hours*100 + minutes with the unit GU_CLOCK,
 * so "0200" = "02:00" = "2 am" and a changed time is still a changed value.  A four-digit
 * number is a time only when it reads as one: a leading zero, "hrs" after it, or a word
 * before it that takes a time (at, @, LKW, started at...) and no unit after it (BNP 1450
 * stays a number). */
/* Is the number at token i the 1 of a ratio ("ICR 1:10", "the insulin-to-carbohydrate ratio is
 * changed from 1:10 to 1:8", "ISF 1:45 unchanged"): a one written alone before the colon, in a
 * text that speaks of ratios (a time of day has two digits or an hour that is rarely 1 there)? */
static bool ratio_one(const gdoc *d, size_t i) {
    static const char *const stems[] = {"ratio", NULL};
    static const char *const words[] = {"icr", "isf", "cir", NULL};
    const gtok *t = &d->tok[i];
    if (t->end - t->start != 1 || d->text[t->start] != '1') return false;
    /* (or right after a rapid insulin's name: "ASPART 1:10") (guard-44) */
    static const char *const rapid[] = {"aspart", "lispro", "glulisine", "novorapid", "humalog", "apidra", "fiasp", NULL};
    for (const char *const *p = rapid; *p && i > 0; p++)
        if (gdoc_is(d, i - 1, *p)) return true;
    return text_mentions(d->text, d->len, stems, words);
}

static void clocks(gdoc *d) {
    /* "12 midnight", "12 noon": a time of day, 00:00 or 12:00 (the numbers check lets a
       rewrite say it with the word alone, or add the 12 to the source's word) */
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (t->kind == GK_NUM && t->value == 12 && !t->unit && !(t->flags & GF_DATE) && t->end - t->start == 2 &&
            (gdoc_is(d, i + 1, "midnight") || gdoc_is(d, i + 1, "noon") || gdoc_is(d, i + 1, "mn"))) { /* (12 MN) */
            t->value = gdoc_is(d, i + 1, "noon") ? 1200 : 0;
            t->unit = GU_CLOCK;
        }
    }
    static const char *const before[] = {"at", "lkw", "from", "till", "until", "by", "since", "started", "start", "given",
                                         "time", "timed", "around", "approx", "approximately", "before", "onset", "seen",
                                         "arrived", "done", "last", "known", "well", "taken", NULL};
    for (size_t i = 0; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || (t->flags & (GF_DATE | GF_INWORD | GF_NUMWORD | GF_EXPANDED))) continue;
        const char *raw = d->text + t->start;
        size_t rl = t->end - t->start;
        /* "9.30PM", "9.30 p.m.": a dotted time before its meridiem */
        {
            const char *dot = memchr(raw, '.', rl);
            if (dot && dot - raw >= 1 && dot - raw <= 2 && raw + rl - dot == 3 && t->value < 13) {
                size_t last2 = i;
                bool pm2 = false;
                if (meridiem(d, i + 1, &pm2, &last2)) {
                    int hh = 0, mi = (dot[1] - '0') * 10 + (dot[2] - '0');
                    for (const char *q = raw; q < dot; q++) hh = hh * 10 + (*q - '0');
                    if (hh >= 1 && hh <= 12 && mi < 60) {
                        hh = pm2 ? (hh == 12 ? 12 : hh + 12) : (hh == 12 ? 0 : hh);
                        t->value = hh * 100 + mi;
                        t->unit = GU_CLOCK;
                        continue;
                    }
                }
            }
        }
        bool dig = true;
        for (size_t k = 0; k < rl && dig; k++) dig = raw[k] >= '0' && raw[k] <= '9';
        if (!dig || rl == 0) continue;
        bool pm = false;
        size_t last = i;
        /* "CONTRACTING 3:10", "CTX 4:10": contractions in ten minutes, no time of day */
        if (rl <= 1 && i > 0 && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ':' &&
            d->tok[i + 1].start == t->end && d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].value == 10 &&
            d->tok[i + 2].start == d->tok[i + 1].end &&
            (gdoc_is(d, i - 1, "contracting") || gdoc_is(d, i - 1, "contractions") || gdoc_is(d, i - 1, "ctx") ||
             gdoc_is(d, i - 1, "tightenings") || gdoc_is(d, i - 1, "uc"))) {
            t->unit = GU_TIMES;
            d->tok[i + 2].unit = GU_MINUTE;
            d->tok[i + 1].punct = ',';
            i += 2;
            continue;
        }
        /* "09:45", "9:45 pm" */
        if (rl <= 2 && i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ':' &&
            d->tok[i + 1].start == t->end && d->tok[i + 2].kind == GK_NUM && d->tok[i + 2].start == d->tok[i + 1].end &&
            d->tok[i + 2].end - d->tok[i + 2].start == 2 &&
            /* (04:40 HRS; "22:00 TAB ZOLPIDEM": the form word after a time is no count) */
            (!d->tok[i + 2].unit || d->tok[i + 2].unit == GU_HOUR || d->tok[i + 2].unit == GU_TAB ||
             d->tok[i + 2].unit == GU_CAP) &&
            t->value < 24 &&
            d->tok[i + 2].value < 60 && (raw[0] == '0' || /* 09:00 is a time even after "ratio" */
                                         !(i > 0 && (gdoc_is(d, i - 1, "ratio") || gdoc_is(d, i - 1, "dilution") ||
                                                     /* ("a carbohydrate ratio of 1:12", "ICR 1:10", "the
                                                        sensitivity factor remains unchanged at 1:45")
                                                        (guard-39) */
                                                     ratio_one(d, i) ||
                                                     gdoc_is(d, i - 1, "diluted") ||
                                                     /* (not the "in" of "walk-in 16:20") */
                                                     (gdoc_is(d, i - 1, "in") &&
                                                      !(i > 1 && d->tok[i - 2].kind == GK_PUNCT && d->tok[i - 2].punct == '-' &&
                                                        d->tok[i - 2].end == d->tok[i - 1].start)))))) {
            gtok *mm = &d->tok[i + 2];
            double h = t->value;
            if (meridiem(d, i + 3, &pm, &last) && h >= 1 && h <= 12) h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            t->value = h * 100 + mm->value;
            t->unit = GU_CLOCK;
            d->tok[i + 1].punct = ','; /* the colon of a time ends no sentence */
            mm->flags |= GF_USED | GF_EXPANDED; /* the minutes are part of the time */
            mm->unit = GU_NONE;
            continue;
        }
        /* "2 am", "11 pm", and "7a, 11a, 3p" in a list */
        /* (not a date's last part: "STARTED 10/08 PM" is 10 August, in the evening) */
        /* (but a second hour after a slash, "(9AM/9PM)", is none) (guard-66) */
        const bool date_part = (t->flags & GF_DATE) || (i > 0 && d->tok[i - 1].kind == GK_PUNCT &&
                                                         d->tok[i - 1].punct == '/' && d->tok[i - 1].end == t->start &&
                                                         !(i > 1 && (gdoc_is(d, i - 2, "am") || gdoc_is(d, i - 2, "pm"))));
        if (rl <= 2 && t->value >= 1 && t->value <= 12 && (!t->unit || t->unit == GU_NONE) && !date_part &&
            (meridiem(d, i + 1, &pm, &last) || glued_in_list(d, i, &pm))) {
            t->value = pm ? (t->value == 12 ? 1200 : (t->value + 12) * 100) : (t->value == 12 ? 0 : t->value * 100);
            t->unit = GU_CLOCK;
            continue;
        }
        /* "22H40", "01H00": the hour, an H and the minutes written together (South Africa) (guard-47) */
        if (rl <= 2 && t->value < 24 && t->end + 3 <= d->len && (d->text[t->end] | 32) == 'h' &&
            is_digit((unsigned char)d->text[t->end + 1]) && is_digit((unsigned char)d->text[t->end + 2]) &&
            (t->end + 3 == d->len || !is_alnum((unsigned char)d->text[t->end + 3]))) {
            const int mi = (d->text[t->end + 1] - '0') * 10 + (d->text[t->end + 2] - '0');
            if (mi < 60) {
                t->value = t->value * 100 + mi;
                t->unit = GU_CLOCK;
                for (size_t k = i + 1; k < d->ntok && d->tok[k].start < t->end + 3; k++)
                    if (d->tok[k].kind == GK_NUM) d->tok[k].flags |= GF_USED | GF_EXPANDED, d->tok[k].unit = GU_NONE;
                continue;
            }
        }
        /* a French hour alone after "à" or a date ("CONTROLE A 6H", "2023-11-07 10h", "07/03 à 20H") is a
           time of day (guard-62) */
        /* (or after "depuis", after a date and a dash, or heading its line before a colon: "DEPUIS 04H:",
           "2024-01-29 - 11h", "SURVEILLANCE 06H:") */
        if (rl <= 2 && t->value < 24 && d->lang == GLANG_FR && t->end < d->len && (d->text[t->end] | 32) == 'h' &&
            (t->end + 1 == d->len || !is_alnum((unsigned char)d->text[t->end + 1])) && i > 0 &&
            (gdoc_is(d, i - 1, "at") || gdoc_is(d, i - 1, "since") || gdoc_is(d, i - 1, "morning") ||
             gdoc_is(d, i - 1, "evening") || gdoc_is(d, i - 1, "night") || (rl == 2 && raw[0] == '0') ||
             (d->tok[i - 1].kind == GK_NUM && (d->tok[i - 1].flags & GF_DATE)) ||
             (i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && d->tok[i - 2].kind == GK_NUM &&
              (d->tok[i - 2].flags & GF_DATE)) ||
             (t->end + 1 < d->len && d->text[t->end + 1] == ':'))) {
            t->value *= 100;
            t->unit = GU_CLOCK;
            continue;
        }
        /* and a Spanish or Portuguese one after "las" or "às" ("NA CONTROL A LAS 20H", "ÀS 14H") (guard-67), after
           a date ("22/10/2023 14H:"), and in an English rewrite of such a note after "at" ("at 11h") (guard-69) */
        if (rl <= 2 && t->value < 24 && (d->lang == GLANG_ES || d->pair_lang == GLANG_ES) && t->end < d->len &&
            (d->text[t->end] | 32) == 'h' &&
            (t->end + 1 == d->len || !is_alpha((unsigned char)d->text[t->end + 1]) || (d->text[t->end + 1] | 32) == 's') &&
            t->start >= 4 &&
            (strncasecmp(d->text + t->start - 4, "las ", 4) == 0 || strncasecmp(d->text + t->start - 3, "la ", 3) == 0 ||
             ((unsigned char)d->text[t->start - 4] == 0xC3 &&
             ((unsigned char)d->text[t->start - 3] == 0xA0 || (unsigned char)d->text[t->start - 3] == 0x80) &&
             (d->text[t->start - 2] | 32) == 's' && d->text[t->start - 1] == ' ') ||
             (i > 0 && (gdoc_is(d, i - 1, "at") || (d->tok[i - 1].kind == GK_NUM && (d->tok[i - 1].flags & GF_DATE)))))) {
            t->value *= 100;
            t->unit = GU_CLOCK;
            continue;
        }
        /* "0945", "0200 HRS", "AT 1415" */
        if (rl != 4) continue;
        int hh = (raw[0] - '0') * 10 + (raw[1] - '0'), mi = (raw[2] - '0') * 10 + (raw[3] - '0');
        if (hh > 23 || mi > 59) continue;
        bool hrs = t->unit == GU_HOUR && i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD &&
                   d->text[d->tok[i + 1].start] != ' ' &&
                   !(i + 2 < d->ntok && (gdoc_is(d, i + 2, "ago") || gdoc_is(d, i + 2, "later")));
        bool ctx = false;
        if (!t->unit && i > 0) {
            for (int k = 0; !ctx && before[k]; k++) ctx = gdoc_is(d, i - 1, before[k]);
            ctx = ctx || (d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '@');
        }
        bool lead0 = raw[0] == '0' && !t->unit && !(i > 0 && d->tok[i - 1].kind == GK_PUNCT &&
                                                    (d->tok[i - 1].punct == '/' || d->tok[i - 1].punct == '.'));
        if (!hrs && !ctx && !lead0) continue;
        t->value = hh * 100 + mi;
        t->unit = GU_CLOCK;
    }
    /* hour ranges written with two digits, a leading zero on one side: "00-06, 06-22, 22-00"
       (a pump's basal periods) are 00:00 to 06:00, 06:00 to 22:00... */
    for (size_t i = 0; i + 2 < d->ntok; i++) {
        gtok *a = &d->tok[i], *b = &d->tok[i + 2];
        const gtok *m = &d->tok[i + 1];
        if (a->kind != GK_NUM || b->kind != GK_NUM || m->kind != GK_PUNCT || m->punct != '-' || a->unit || b->unit ||
            (a->flags | b->flags) & (GF_DATE | GF_INWORD) || a->end - a->start != 2 || b->end - b->start != 2 ||
            m->start != a->end || b->start != m->end)
            continue;
        const char *ra = d->text + a->start, *rb = d->text + b->start;
        if (ra[0] != '0' && rb[0] != '0') continue;
        if (a->value > 24 || b->value > 24) continue;
        /* (not the days of a date range, "02/05-06/05") */
        if ((i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '/' && d->tok[i - 1].end == a->start) ||
            (i + 3 < d->ntok && d->tok[i + 3].kind == GK_PUNCT && d->tok[i + 3].punct == '/' && d->tok[i + 3].start == b->end))
            continue;
        a->value *= 100;
        b->value *= 100;
        a->unit = b->unit = GU_CLOCK;
    }
    /* dose times written as a chain of hours, "QDS (07/11/15/19h)": each is a time of day */
    for (size_t i = 0; i + 4 < d->ntok; i++) {
        size_t n = 0, j = i;
        while (j < d->ntok && d->tok[j].kind == GK_NUM && d->tok[j].unit == GU_HOUR && d->tok[j].value <= 24 &&
               d->tok[j].end - d->tok[j].start == 2 && !(d->tok[j].flags & GF_DATE)) {
            n++;
            if (j + 2 >= d->ntok || d->tok[j + 1].kind != GK_PUNCT || d->tok[j + 1].punct != '/' ||
                d->tok[j + 1].start != d->tok[j].end || d->tok[j + 2].start != d->tok[j + 1].end)
                break;
            j += 2;
        }
        if (n < 3) continue;
        for (size_t k = 0; k < n; k++) {
            gtok *t = &d->tok[i + 2 * k];
            t->value *= 100;
            t->unit = GU_CLOCK;
        }
        i += 2 * n - 2;
    }
    /* the first of a range of times takes the second's reading: "2000-0800 HRS" is 20:00 to
       08:00 (the range gave it the unit hours) */
    for (size_t i = d->ntok; i-- > 0;) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || t->unit == GU_CLOCK || t->end - t->start != 4 || i + 2 >= d->ntok) continue;
        if (t->unit != GU_NONE && t->unit != GU_HOUR) continue;
        const gtok *j = &d->tok[i + 1], *b = &d->tok[i + 2];
        if (!((j->kind == GK_PUNCT && j->punct == '-') || gdoc_is(d, i + 1, "to")) || b->kind != GK_NUM ||
            b->unit != GU_CLOCK || b->end - b->start != 4)
            continue;
        const char *raw = d->text + t->start;
        bool dig = true;
        for (int k = 0; k < 4 && dig; k++) dig = raw[k] >= '0' && raw[k] <= '9';
        int hh = dig ? (raw[0] - '0') * 10 + (raw[1] - '0') : 99, mi = dig ? (raw[2] - '0') * 10 + (raw[3] - '0') : 99;
        if (hh > 23 || mi > 59) continue;
        t->value = hh * 100 + mi;
        t->unit = GU_CLOCK;
    }
}

static void finish(gdoc *d) {
    uint32_t sent = 0;
    for (size_t i = 0; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        t->sent = sent;
        if (gdoc_is_sentend(d, i)) sent++;
        if (t->kind == GK_WORD) {
            if (t->len >= 6 && !(t->lex & (GL_STOP | GL_GENERIC | GL_MONTH)) && glex_drug_stem(GT_NORM(d, t), t->len))
                t->lex |= GL_DRUGSTEM;
            singular(d, t);
        }
    }
}

/* Is the text an eye note in ophthalmic notation: OD, OS or OU as a word, and also an eye
 * marker (IOP, VA, E/D, eye, eyes, or OU)?  Then OD / OS / OU are the eyes; elsewhere OD stays
 * once daily and OS the cervical os ("P/V: OS CLOSED"). */
static bool eye_notation(const char *t, size_t n) {
    bool abbrev = false, marker = false;
    for (size_t i = 0; i < n && !(abbrev && marker); i++) {
        if (i > 0 && (is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '/')) continue;
        size_t w = 0;
        while (i + w < n && (is_alnum((unsigned char)t[i + w]) || t[i + w] == '/') && w < 6) w++;
        if (w < 2 || w > 5 || (i + w < n && is_alnum((unsigned char)t[i + w]))) continue;
        const char c0 = (char)(t[i] | 32);
        if (c0 != 'o' && c0 != 'i' && c0 != 'v' && c0 != 'e' && c0 != 'b' && c0 != 'p' && c0 != 'f' && c0 != 'r') continue;
        char low[6];
        for (size_t k = 0; k < w; k++) low[k] = (char)(t[i + k] | 32);
        low[w] = '\0';
        if (strcmp(low, "od") == 0 || strcmp(low, "os") == 0) {
            abbrev = true;
            /* (right after a drop: "TIMOLOL 0.5% 1 DROP OD BD", "1 DROP OS ON") (guard-51) */
            size_t b = i;
            while (b > 0 && t[b - 1] == ' ') b--;
            if ((b >= 4 && strncasecmp(t + b - 4, "drop", 4) == 0) || (b >= 5 && strncasecmp(t + b - 5, "drops", 5) == 0))
                marker = true;
            /* (or compared with the other eye: "PROPTOSIS OD>OS") (guard-56) */
            if (i + w + 3 <= n && (t[i + w] == '>' || t[i + w] == '<') && (t[i + w + 1] | 32) == 'o' &&
                ((t[i + w + 2] | 32) == 's' || (t[i + w + 2] | 32) == 'd'))
                marker = true;
        } else if (strcmp(low, "ou") == 0) {
            abbrev = marker = true;
        }
        else if (strcmp(low, "iop") == 0 || strcmp(low, "va") == 0 || strcmp(low, "e/d") == 0 || strcmp(low, "eye") == 0 ||
                 strcmp(low, "eyes") == 0 ||
                 /* guard-42: an eye surgeon's words ("BCVA OD 20/40", "PHACO/PCIOL OS", "FTMH OS ... 25G PPV") */
                 strcmp(low, "bcva") == 0 || strcmp(low, "iol") == 0 || strcmp(low, "pciol") == 0 ||
                 strcmp(low, "phaco") == 0 || strcmp(low, "ppv") == 0 || strcmp(low, "ftmh") == 0 || strcmp(low, "rapd") == 0)
            marker = true;
    }
    /* (or an eye's specialty or disease named in full, longer than the words above: "c/o redness OD
       only ... ophtho referral R/O uveitis") (guard-57) */
    for (size_t i = 0; i + 6 <= n && abbrev && !marker; i++) {
        if ((t[i] | 32) != 'o' && (t[i] | 32) != 'u') continue;
        if (i > 0 && is_alnum((unsigned char)t[i - 1])) continue;
        marker = (i + 12 <= n && strncasecmp(t + i, "ophthalmolog", 12) == 0) || strncasecmp(t + i, "ophtho", 6) == 0 ||
                 (i + 7 <= n && strncasecmp(t + i, "uveitis", 7) == 0);
    }
    return abbrev && marker;
}

/* An obstetric count of zero written out ("para 0", "abortions: 0") reads as the formula's
 * zero does (obstetric: "P0" is "no para"): the number becomes a "no" before its word, so
 * "G1P0" and "gravida 1, para 0" compare.  The token count does not change. */
static cc_status obstetric_zero(gdoc *d, cc_error *err) {
    static const char *const word[] = {"gravida", "para", "living", "abortion", "abortions", NULL};
    for (size_t i = 1; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || t->value != 0 || (t->flags & (GF_DATE | GF_EXPANDED))) continue;
        size_t w = i - 1;
        if (d->tok[w].kind == GK_PUNCT && (d->tok[w].punct == ':' || d->tok[w].punct == ',') && w > 0) w--;
        bool ob = false;
        for (int k = 0; word[k] && !ob; k++) ob = gdoc_is(d, w, word[k]);
        if (!ob || (w > 0 && gdoc_is(d, w - 1, "no"))) continue;
        gtok no;
        memset(&no, 0, sizeof no);
        cc_status st = arena_put(d, "no", 2, &no.norm, err);
        if (st != CC_OK) return st;
        no.stem = no.norm;
        no.kind = GK_WORD;
        no.flags = GF_EXPANDED;
        no.lex = glex_class("no", 2);
        no.len = 2;
        no.start = d->tok[w].start;
        no.end = d->tok[w].end; /* sentence numbers come later (finish) */
        /* tokens w..i-1 move one place right over the number; "no" takes place w */
        memmove(&d->tok[w + 1], &d->tok[w], (i - w) * sizeof *d->tok);
        d->tok[w] = no;
    }
    return CC_OK;
}

/* Read token t as the word w (normalised and stem), its lexicon classes looked up again;
 * *off caches w's arena offset across calls (UINT32_MAX before the first). */
static cc_status read_as(gdoc *d, gtok *t, const char *w, uint32_t *off, cc_error *err) {
    size_t n = strlen(w);
    if (*off == UINT32_MAX) {
        cc_status st = arena_put(d, w, n, off, err);
        if (st != CC_OK) return st;
    }
    t->norm = t->stem = *off;
    t->len = (uint16_t)n;
    t->lex = glex_class(d->arena + *off, n);
    return CC_OK;
}

/* Token i is a first or second heart sound: "I", "II", "1", "2", "S1", "S2". */
static bool heart_sound(const gdoc *d, size_t i, int which) {
    const gtok *t = &d->tok[i];
    if (t->kind == GK_NUM) return t->value == which && !(t->flags & (GF_DATE | GF_EXPANDED));
    return which == 1 ? gdoc_is(d, i, "i") || gdoc_is(d, i, "s1") : gdoc_is(d, i, "ii") || gdoc_is(d, i, "s2");
}

/* The zero that closes a heart-sound formula ("HS I+II+0", "HEART SOUNDS 1 + 2 + 0") counts the
 * added sounds: it reads as "no added", as a rewrite says it ("heart sounds I and II with no
 * added sounds").  The plus before it becomes "no" and the zero "added"; the token count does
 * not change. */
static cc_status heart_sounds_zero(gdoc *d, cc_error *err) {
    uint32_t no_off = UINT32_MAX, added_off = UINT32_MAX;
    for (size_t i = 4; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (t->kind != GK_NUM || t->value != 0 || (t->flags & (GF_DATE | GF_EXPANDED)) || t->end - t->start != 1)
            continue;
        const gtok *p1 = &d->tok[i - 1], *p3 = &d->tok[i - 3];
        if (p1->kind != GK_PUNCT || p1->punct != '+' || p3->kind != GK_PUNCT || p3->punct != '+' ||
            !heart_sound(d, i - 2, 2) || !heart_sound(d, i - 4, 1) ||
            (i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM))
            continue;
        /* (said of the heart: "HS" or "heart sounds" just before the formula) */
        bool heart = false;
        for (size_t k = i - 4; k-- > 0 && k + 4 >= i - 4 && !heart;)
            heart = gdoc_is(d, k, "sounds") || gdoc_is(d, k, "heart") ||
                    (d->tok[k].end - d->tok[k].start == 2 && strncasecmp(d->text + d->tok[k].start, "hs", 2) == 0);
        if (!heart) continue;
        cc_status st = read_as(d, &d->tok[i - 1], "no", &no_off, err);
        if (st == CC_OK) st = read_as(d, t, "added", &added_off, err);
        if (st != CC_OK) return st;
        /* (both words stand on the zero, as an abbreviation's expansion stands on it: a
           one-character "no" on a plus sign would read as a sign written after its test) */
        d->tok[i - 1].start = t->start;
        d->tok[i - 1].end = t->end;
        d->tok[i - 1].kind = t->kind = GK_WORD;
        d->tok[i - 1].flags |= GF_EXPANDED;
        t->flags |= GF_EXPANDED;
        t->value = 0;
    }
    return CC_OK;
}

/* Does token t stand right after a percent sign, spaces aside ("5% DEX", "71% PRED")? */
static bool after_percent(const gdoc *d, const gtok *t) {
    size_t b = t->start;
    while (b > 0 && d->text[b - 1] == ' ') b--;
    return b > 0 && d->text[b - 1] == '%';
}

/* "DEX" alone is dexamethasone ("DEX 20MG" in a myeloma regimen, "dex pulse", "ON DEX"), read
 * as that word so a rewrite that spells it out names the same drug.  Not after a strength in
 * percent ("5% DEX", "5%DEX": dextrose, which the medication check reads from the text), and
 * not in a note about sedation, where it is dexmedetomidine: there it stays as written. */
static cc_status dex_words(gdoc *d, cc_error *err) {
    static const char *const sedation[] = {"sedation", "sedated", "sedative", "rass", "precedex", "dexmedetomidine",
                                           "dexmed", "delirium", "agitation", "agitated"};
    size_t first = SIZE_MAX;
    for (size_t i = 0; i < d->ntok && first == SIZE_MAX; i++)
        if (gdoc_is(d, i, "dex") && d->tok[i].end - d->tok[i].start == 3) first = i;
    if (first == SIZE_MAX) return CC_OK;
    for (size_t i = 0; i < d->ntok; i++)
        for (size_t k = 0; k < sizeof sedation / sizeof *sedation; k++)
            if (d->tok[i].kind == GK_WORD && strcmp(GT_STEM(d, &d->tok[i]), sedation[k]) == 0) return CC_OK;
    uint32_t off = UINT32_MAX;
    for (size_t i = first; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (!gdoc_is(d, i, "dex") || t->end - t->start != 3) continue;
        if (after_percent(d, t) || (t->end < d->len && d->text[t->end] == '%')) continue;
        /* (beside insulin, "INSULIN/DEX FOR K", "insulin + dex", it is the dextrose given with it)
           (guard-39) */
        {
            size_t p = i, q = i + 1;
            if (p > 0 && d->tok[p - 1].kind == GK_PUNCT && (d->tok[p - 1].punct == '/' || d->tok[p - 1].punct == '+')) p--;
            if (q < d->ntok && d->tok[q].kind == GK_PUNCT && (d->tok[q].punct == '/' || d->tok[q].punct == '+')) q++;
            uint32_t dx = UINT32_MAX;
            if ((p < i && p > 0 && gdoc_is(d, p - 1, "insulin")) || (q > i + 1 && gdoc_is(d, q, "insulin"))) {
                cc_status st = read_as(d, t, "dextrose", &dx, err);
                if (st != CC_OK) return st;
                continue;
            }
        }
        cc_status st = read_as(d, t, "dexamethasone", &off, err);
        if (st != CC_OK) return st;
    }
    return CC_OK;
}

/* Short names that are a drug only before an amount in milligrams, read as that drug there:
 * "INH" is an inhaler as a dosage form ("SALBUTAMOL INH 2 PUFFS") but isoniazid in "INH 300
 * MG OD" or "INH 10MG/KG"; "OME" is otitis media with effusion in an ENT note but the oral
 * morphine equivalent in "24h OME ~ 210mg" (which may put a ~, = or : before its amount).
 * Runs after the unit pass. */
static cc_status mg_named_words(gdoc *d, cc_error *err) {
    static const struct { const char *as_written, *drug; bool sign; } k[] = {
        {"inh", "isoniazid", false}, {"ome", "morphine", true}};
    for (size_t w = 0; w < sizeof k / sizeof *k; w++) {
        uint32_t off = UINT32_MAX;
        for (size_t i = 0; i + 1 < d->ntok; i++) {
            size_t a = i + 1;
            if (k[w].sign && d->tok[a].kind == GK_PUNCT &&
                (d->tok[a].punct == '~' || d->tok[a].punct == '=' || d->tok[a].punct == ':'))
                a++;
            if (!gdoc_is(d, i, k[w].as_written) || a >= d->ntok || d->tok[a].kind != GK_NUM ||
                (d->tok[a].unit != GU_MG && d->tok[a].unit != GU_MGKG)) /* "INH 10MG/KG (300MG)" */
                continue;
            cc_status st = read_as(d, &d->tok[i], k[w].drug, &off, err);
            if (st != CC_OK) return st;
        }
    }
    return CC_OK;
}

/* "PRED" alone is the clipped prednisolone (prednisone in US notes, which the medication
 * check's spelling tolerance already takes for prednisolone), read as prednisolone so a
 * rewrite that spells it out names the same drug ("PRED 30MG OD", "ON TAC/MMF/PRED", "2
 * COURSES OF PRED").  Not the predicted value of a measure: after a percentage ("FEV1 2.1L
 * (71% PRED)") or before a number with no unit ("PEFR 220 L/MIN (PRED 420)").  Runs after the
 * unit pass. */
static cc_status pred_words(gdoc *d, cc_error *err) {
    uint32_t off = UINT32_MAX;
    for (size_t i = 0; i < d->ntok; i++) {
        gtok *t = &d->tok[i];
        if (!gdoc_is(d, i, "pred") || t->end - t->start != 4 || after_percent(d, t)) continue;
        if (i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM && d->tok[i + 1].unit == GU_NONE) continue;
        /* (nor before a volume or a percentage: "FVC 2.1L (PRED 4.2L)") (guard-37) */
        if (i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM &&
            (d->tok[i + 1].unit == GU_L || d->tok[i + 1].unit == GU_ML || d->tok[i + 1].unit == GU_PCT))
            continue;
        cc_status st = read_as(d, t, "prednisolone", &off, err);
        if (st != CC_OK) return st;
    }
    return CC_OK;
}

/* "de 8 em 8 horas", "cada 8 a 8 horas": an interval said with its number twice, Portuguese and
 * Spanish prose for "8/8H"; the first is no number of its own (guard-63), the second no delay ("in 8
 * hours", guard-69). */
static void repeated_interval(gdoc *d) {
    for (size_t i = 0; i + 3 < d->ntok; i++) {
        gtok *a = &d->tok[i + 1], *b = &d->tok[i + 3];
        if (a->kind != GK_NUM || b->kind != GK_NUM || a->value != b->value ||
            !(gdoc_is(d, i, "de") || gdoc_is(d, i, "cada")) || !(gdoc_is(d, i + 2, "em") || gdoc_is(d, i + 2, "a")))
            continue;
        a->flags |= GF_USED | GF_EXPANDED;
        b->flags |= GF_USED;
    }
    /* (in a note read as Spanish or Portuguese, whose "de" and "a" are read as nothing and "em" as "in":
       "de 8 em 8 horas" -> "8 in 8 hours", "cada 8 a 8 horas" -> "every 8 8 hours") (guard-67) */
    for (size_t i = 0; d->lang == GLANG_ES && i + 2 < d->ntok; i++) {
        gtok *a = &d->tok[i];
        const size_t j = gdoc_is(d, i + 1, "in") ? i + 2 : i + 1;
        if (a->kind != GK_NUM || j + 1 >= d->ntok || d->tok[j].kind != GK_NUM || d->tok[j].value != a->value ||
            !(gdoc_is(d, j + 1, "hours") || gdoc_is(d, j + 1, "hour") || gdoc_is(d, j + 1, "h")) || (a->flags & GF_USED))
            continue;
        a->flags |= GF_USED | GF_EXPANDED;
        d->tok[j].flags |= GF_USED;
    }
}

/* "GLUCONATO DE CALCIO", read "gluconate calcium": the salt named anion first, as Spanish, Portuguese
 * and French name it, is read in the English order ("calcium gluconate"), the two words' readings
 * swapped in place (guard-67). */
static void romance_salts(gdoc *d) {
    static const char *const anion[] = {"chloride", "gluconate", "sulfate", "bicarbonate", "phosphate", "carbonate",
                                        "citrate", "acetate", "lactate", NULL};
    static const char *const cation[] = {"calcium", "potassium", "sodium", "magnesium", NULL};
    if (d->lang < GLANG_FR) return;
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        bool a = false, c = false;
        for (const char *const *p = anion; *p && !a; p++) a = gdoc_is(d, i, *p);
        for (const char *const *p = cation; *p && a && !c; p++) c = gdoc_is(d, i + 1, *p);
        if (!a || !c) continue;
        gtok x = d->tok[i];
        d->tok[i].norm = d->tok[i + 1].norm, d->tok[i].stem = d->tok[i + 1].stem, d->tok[i].len = d->tok[i + 1].len;
        d->tok[i].lex = d->tok[i + 1].lex;
        d->tok[i + 1].norm = x.norm, d->tok[i + 1].stem = x.stem, d->tok[i + 1].len = x.len, d->tok[i + 1].lex = x.lex;
        i++;
    }
}

cc_status gdoc_build(gdoc *d, const char *text, size_t len, int src_lang, cc_error *err) {
    memset(d, 0, sizeof *d);
    d->text = text;
    d->len = len;
    d->pair_lang = (int8_t)src_lang;
    if (src_lang == GLANG_EN) d->lang = GLANG_EN;
    if (len > ((size_t)16 << 20)) return cc_fail(err, CC_ERR_RANGE, "guard: text of %zu bytes is over 16 MiB", len);
    d->eye_note = eye_notation(text, len);
    cc_status st = scan(d, err);
    if (st != CC_OK) return st;
    st = fdc_words(d, err);
    if (st == CC_OK) st = dex_words(d, err);
    if (st != CC_OK) return st;
    st = obstetric_zero(d, err);
    if (st == CC_OK) st = heart_sounds_zero(d, err);
    if (st != CC_OK) return st;
    number_words(d);
    romance_salts(d);
    repeated_interval(d);
    implicit_numbers(d);
    months(d);
    units(d);
    st = mg_named_words(d, err);
    if (st == CC_OK) st = pred_words(d, err);
    if (st != CC_OK) return st;
    clocks(d);
    finish(d);
    return CC_OK;
}

void gdoc_free(gdoc *d) {
    free(d->tok);
    free(d->arena);
    memset(d, 0, sizeof *d);
}

bool gdoc_is(const gdoc *d, size_t i, const char *w) {
    if (i >= d->ntok || d->tok[i].kind != GK_WORD) return false;
    const char *n = GT_NORM(d, &d->tok[i]);
    return n[0] == w[0] && strcmp(n, w) == 0;
}

bool gdoc_drug_limit(const gdoc *d, size_t i) {
    return gdoc_is(d, i, "no") && i + 3 < d->ntok && d->tok[i + 1].kind == GK_WORD &&
           (d->tok[i + 1].lex & (GL_DRUG | GL_SYN)) && d->tok[i + 2].kind == GK_PUNCT &&
           (d->tok[i + 2].punct == '>' || d->tok[i + 2].punct == '<') && d->tok[i + 3].kind == GK_NUM;
}

bool gx1_after_dose(const gdoc *d, size_t i) {
    if (i == 0 || i + 1 >= d->ntok || !gdoc_is(d, i, "x") || d->tok[i + 1].kind != GK_NUM || d->tok[i + 1].value != 1 ||
        d->tok[i + 1].start != d->tok[i].end)
        return false;
    const gtok *p = &d->tok[i - 1];
    if (p->kind == GK_NUM) return glex_dose_unit(p->unit);
    if (p->kind != GK_WORD) return false;
    return glex_dose_unit(glex_unit(GT_NORM(d, p), p->len)) || gdoc_is(d, i - 1, "puff") || gdoc_is(d, i - 1, "puffs");
}

bool gdoc_is_sentend(const gdoc *d, size_t i) {
    if (i >= d->ntok || d->tok[i].kind != GK_PUNCT) return false;
    char c = d->tok[i].punct;
    return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n';
}

bool gdoc_is_fullstop(const gdoc *d, size_t i) {
    if (i >= d->ntok || d->tok[i].kind != GK_PUNCT) return false;
    char c = d->tok[i].punct;
    return c == '.' || c == '!' || c == '?' || c == '\n';
}

bool gdoc_is_fraction(const gdoc *d, size_t i) {
    return i + 2 < d->ntok && d->tok[i].kind == GK_NUM && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '/' &&
           d->tok[i + 2].kind == GK_NUM && d->tok[i + 1].start == d->tok[i].end && d->tok[i + 2].start == d->tok[i + 1].end;
}

bool gdoc_is_content(const gdoc *d, size_t i) {
    if (i >= d->ntok) return false;
    const gtok *t = &d->tok[i];
    if (t->kind != GK_WORD || t->len < 3) return false;
    if (t->lex & (GL_STOP | GL_GENERIC | GL_NEG_PRE | GL_TERM | GL_FREQWORD | GL_FORM)) return false;
    unsigned char c = (unsigned char)GT_NORM(d, t)[0];
    return is_alpha(c);
}

/* ---------------------------------------------------------------- multiset */

uint64_t gset_hash(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

cc_status gset_init(gset *s, size_t expected, cc_error *err) {
    memset(s, 0, sizeof *s);
    size_t cap = 64;
    while (cap < expected * 2 + 16) cap *= 2;
    s->keys = calloc(cap, sizeof *s->keys);
    s->count = calloc(cap, sizeof *s->count);
    s->aux = calloc(cap, sizeof *s->aux);
    s->cap = cap;
    if (!s->keys || !s->count || !s->aux) {
        gset_free(s);
        return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (word set of %zu)", cap);
    }
    return CC_OK;
}

void gset_free(gset *s) {
    free(s->keys);
    free(s->count);
    free(s->aux);
    memset(s, 0, sizeof *s);
}

size_t gset_add(gset *s, const char *key, uint32_t aux) {
    size_t i = (size_t)gset_hash(key) & (s->cap - 1);
    while (s->keys[i] && strcmp(s->keys[i], key) != 0) i = (i + 1) & (s->cap - 1);
    if (!s->keys[i]) {
        if ((s->n + 1) * 2 > s->cap) return SIZE_MAX; /* sized by the caller; never grows */
        s->keys[i] = key;
        s->aux[i] = aux;
        s->n++;
    }
    s->count[i]++;
    return i;
}

size_t gset_find(const gset *s, const char *key) {
    if (!s->cap) return SIZE_MAX;
    size_t i = (size_t)gset_hash(key) & (s->cap - 1);
    while (s->keys[i]) {
        if (strcmp(s->keys[i], key) == 0) return i;
        i = (i + 1) & (s->cap - 1);
    }
    return SIZE_MAX;
}

uint32_t gset_count(const gset *s, const char *key) {
    size_t i = gset_find(s, key);
    return i == SIZE_MAX ? 0 : s->count[i];
}

int gedit_distance(const char *a, const char *b, int max) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40) return strcmp(a, b) == 0 ? 0 : max + 1;
    if ((la > lb ? la - lb : lb - la) > (size_t)max) return max + 1;
    int prev[41], cur[41];
    for (size_t j = 0; j <= lb; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            int v = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < v) v = prev[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            cur[j] = v;
            if (v < best) best = v;
        }
        if (best > max) return max + 1;
        memcpy(prev, cur, (lb + 1) * sizeof(int));
    }
    return prev[lb];
}

static char ascii_lower(char ch) { return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch; }

/* Does text o write the word w (n bytes, letters and digits) with a hyphen inside it, as a whole
 * word ("t-PA" for tPA, "PD-L1" for PDL1) (guard-47)? */
bool gdoc_written_hyphenated(const gdoc *o, const char *w, size_t n) {
    if (n < 3 || n > 16) return false;
    for (size_t a = 0; a < o->len; a++) {
        if (a > 0 && is_alnum((unsigned char)o->text[a - 1])) continue;
        size_t p = a, q = 0, hy = 0;
        while (p < o->len && q < n) {
            if (o->text[p] == '-' && q > 0) {
                p++, hy++;
                continue;
            }
            if (ascii_lower(o->text[p]) != ascii_lower(w[q])) break;
            p++, q++;
        }
        if (q == n && hy > 0 && (p == o->len || !is_alnum((unsigned char)o->text[p]))) return true;
    }
    return false;
}

/* Is tail (what follows a shared start) an inflection: "", e, s, es, d, ed, ing, er, ers? */
static bool inflection(const char *tail) {
    /* (and the noun of a verb: immunosuppression, immunosuppressed; vaccine, vaccination (guard-70)) */
    static const char *const k[] = {"", "e", "s", "es", "d", "ed", "ing", "er", "ers", "ion", "ions", "ation", "ations",
                                    NULL};
    for (int i = 0; k[i]; i++)
        if (strcmp(tail, k[i]) == 0) return true;
    return false;
}

bool ginflected(const char *a, const char *b) {
    size_t l = 0;
    while (a[l] && b[l] && a[l] == b[l]) l++;
    /* (a verb of three letters before its -ing, "fly" / "flying", "dive" / "diving") (guard-39) */
    if (l == 3 && (strlen(a) >= 5 || strlen(b) >= 5)) {
        const char *ta = a + l, *tb = b + l;
        return (strcmp(ta, "e") == 0 && (strcmp(tb, "ing") == 0 || strcmp(tb, "ed") == 0)) ||
               (strcmp(tb, "e") == 0 && (strcmp(ta, "ing") == 0 || strcmp(ta, "ed") == 0)) ||
               (!*ta && strcmp(tb, "ing") == 0) || (!*tb && strcmp(ta, "ing") == 0);
    }
    if (l < 4 || (strlen(a) < 5 && strlen(b) < 5)) return false;
    const char *ta = a + l, *tb = b + l;
    if (*ta && *ta == b[l - 1] && !*tb) ta++; /* stopping: stop + p + ing */
    if (*tb && *tb == a[l - 1] && !*ta) tb++;
    return inflection(ta) && inflection(tb);
}

bool gdoc_has_word_fuzzy(const gset *words, const char *w) {
    if (gset_find(words, w) != SIZE_MAX) return true;
    size_t n = strlen(w);
    int max = n >= 8 ? 2 : n >= 5 ? 1 : 0;
    if (!max) return false;
    for (size_t i = 0; i < words->cap; i++) {
        const char *k = words->keys[i];
        if (!k || k[0] != w[0]) continue;
        if (gedit_distance(k, w, max) <= max) return true;
    }
    return false;
}

