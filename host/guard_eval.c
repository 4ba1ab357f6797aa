/* guard_eval.c - the guard's evaluation: load notes with faithful rewrites,
 * perturb each rewrite one failure class at a time, and count what the guard
 * flags.
 *
 * The perturbations find their sites with PCRE2 patterns on the rewrite's
 * surface text, independently of the guard's own normaliser, so the
 * evaluation does not simply replay the checker's view of the text.  Each
 * class has several variants (a different site or a different style of the
 * same error); a variant that does not apply to a note yields nothing. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "guard.h"
#include "guard_eval.h"

static const char *const k_names[CC_PERT_COUNT] = {
    "change dose", "change unit", "drop number", "add number", "flip negation", "swap laterality", "drop drug",
    "add drug", "introduce U", "introduce QD", "trailing zero", "truncate", "repetition loop"};
/* The guard check each class is meant to trip (for the "by its check" column). */
static const char *const k_checks[CC_PERT_COUNT] = {
    "numbers", "numbers", "numbers", "numbers", "negation", "laterality", "medication", "medication",
    "do_not_use", "do_not_use", "do_not_use", "truncation", "repetition"};

const char *cc_pert_name(cc_pert_class c) { return c < CC_PERT_COUNT ? k_names[c] : "?"; }

/* ---------------------------------------------------------------- loading */

static char *dup_range(const char *a, const char *b) {
    while (b > a && (b[-1] == '\n' || b[-1] == ' ' || b[-1] == '\r')) b--;
    size_t n = (size_t)(b - a);
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, a, n);
        s[n] = '\0';
    }
    return s;
}

cc_status cc_eval_load(const char *path, cc_eval_set *set, cc_error *err) {
    memset(set, 0, sizeof *set);
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    cc_status st = CC_OK;
    if (!f) return cc_fail(err, CC_ERR_IO, "%s: cannot open", path);
    if (fseek(f, 0, SEEK_END) != 0) {
        st = cc_fail(err, CC_ERR_IO, "%s: cannot seek", path);
        goto done;
    }
    long sz = ftell(f);
    if (sz < 0 || sz > (64L << 20)) {
        st = cc_fail(err, CC_ERR_RANGE, "%s: size %ld out of range", path, sz);
        goto done;
    }
    rewind(f);
    buf = malloc((size_t)sz + 1);
    if (!buf) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
        goto done;
    }
    if (fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
        st = cc_fail(err, CC_ERR_IO, "%s: short read", path);
        goto done;
    }
    buf[sz] = '\0';
    size_t cap = 0;
    const char *p = buf, *end = buf + sz;
    cc_eval_note *cur = NULL;
    const char *text_start = NULL;
    int which = 0; /* 1 source, 2 rewrite */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        bool marker = (le - p >= 4 && (strncmp(p, "=== ", 4) == 0 || strncmp(p, "--- ", 4) == 0));
        if (marker || (!which && *p == '#')) {
            if (which && cur) {
                char *t = dup_range(text_start, p);
                if (!t) {
                    st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
                    goto done;
                }
                if (which == 1) cur->source = t;
                else cur->rewrite = t;
                which = 0;
            }
            if (marker && p[0] == '=') {
                if (set->n == cap) {
                    size_t nc = cap ? cap * 2 : 64;
                    cc_eval_note *nn = realloc(set->notes, nc * sizeof *nn);
                    if (!nn) {
                        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
                        goto done;
                    }
                    set->notes = nn;
                    cap = nc;
                }
                cur = &set->notes[set->n++];
                memset(cur, 0, sizeof *cur);
                size_t il = (size_t)(le - p - 4);
                snprintf(cur->id, sizeof cur->id, "%.*s", (int)(il < 31 ? il : 31), p + 4);
            } else if (marker) {
                if (!cur) {
                    st = cc_fail(err, CC_ERR_FORMAT, "%s: '--- ' marker at byte %zu before any '=== id'", path,
                                 (size_t)(p - buf));
                    goto done;
                }
                if (strncmp(p + 4, "source", 6) == 0) which = 1;
                else if (strncmp(p + 4, "rewrite", 7) == 0) which = 2;
                else {
                    st = cc_fail(err, CC_ERR_FORMAT, "%s: unknown section at byte %zu", path, (size_t)(p - buf));
                    goto done;
                }
                text_start = nl ? nl + 1 : end;
            }
        }
        p = nl ? nl + 1 : end;
    }
    if (which && cur) {
        char *t = dup_range(text_start, end);
        if (!t) {
            st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", path);
            goto done;
        }
        if (which == 1) cur->source = t;
        else cur->rewrite = t;
    }
    for (size_t i = 0; i < set->n; i++)
        if (!set->notes[i].source || !set->notes[i].rewrite) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: note '%s' lacks a source or a rewrite", path, set->notes[i].id);
            goto done;
        }
done:
    free(buf);
    fclose(f);
    if (st != CC_OK) cc_eval_free(set);
    return st;
}

void cc_eval_free(cc_eval_set *set) {
    for (size_t i = 0; i < set->n; i++) {
        free(set->notes[i].source);
        free(set->notes[i].rewrite);
    }
    free(set->notes);
    memset(set, 0, sizeof *set);
}

/* ---------------------------------------------------------------- pattern helpers */

#define MAX_HITS 64

typedef struct {
    size_t s[MAX_HITS][3][2]; /* [hit][group 0..2][start,end]; unset groups are SIZE_MAX */
    size_t n;                 /* hits */
} hits;

/* All non-overlapping matches of pattern in text (caseless). */
static bool find_all(const char *pattern, const char *text, hits *h) {
    int ec;
    PCRE2_SIZE eo;
    memset(h, 0, sizeof *h);
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_CASELESS, &ec, &eo, NULL);
    if (!re) return false;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    size_t len = strlen(text), off = 0;
    while (md && h->n < MAX_HITS && off <= len) {
        int rc = pcre2_match(re, (PCRE2_SPTR)text, len, off, 0, md, NULL);
        if (rc < 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        for (int g = 0; g < 3; g++) {
            bool set = g < rc && ov[2 * g] != PCRE2_UNSET;
            h->s[h->n][g][0] = set ? ov[2 * g] : SIZE_MAX;
            h->s[h->n][g][1] = set ? ov[2 * g + 1] : SIZE_MAX;
        }
        h->n++;
        off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return true;
}

/* text with [a, b) replaced by ins (malloc'd). */
static char *splice(const char *t, size_t a, size_t b, const char *ins) {
    size_t n = strlen(t), m = strlen(ins);
    char *s = malloc(n - (b - a) + m + 1);
    if (!s) return NULL;
    memcpy(s, t, a);
    memcpy(s + a, ins, m);
    memcpy(s + a + m, t + b, n - b + 1);
    return s;
}

/* Pick the variant-th hit, spread over the text: 0 first, 1 last, 2 middle. */
static size_t pick(const hits *h, int variant) {
    if (!h->n) return SIZE_MAX;
    if (variant == 0) return 0;
    if (variant == 1) return h->n > 1 ? h->n - 1 : SIZE_MAX;
    return h->n > 2 ? h->n / 2 : SIZE_MAX;
}

static void keep_case(char *dst, const char *orig) {
    if (isupper((unsigned char)orig[0])) dst[0] = (char)toupper((unsigned char)dst[0]);
}

/* ---------------------------------------------------------------- perturbations */

#define DOSE_RE "\\b(\\d+(?:\\.\\d+)?)\\s?(mg|g|mcg|mL|units?|litres?|L|kg|mEq|%)(?![\\w/])"

static char *p_dose(const char *t, int v) {
    hits h;
    if (!find_all(DOSE_RE, t, &h)) return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    size_t a = h.s[k][1][0], b = h.s[k][1][1];
    char num[32], rep[40];
    snprintf(num, sizeof num, "%.*s", (int)(b - a), t + a);
    if (strchr(num, '.')) {
        /* decimal slip: 0.5 -> 5, 1.2 -> 12 */
        size_t o = 0;
        for (char *c = num; *c; c++)
            if (*c != '.' && !(o == 0 && *c == '0')) rep[o++] = *c;
        rep[o] = '\0';
        if (!o) snprintf(rep, sizeof rep, "5");
    } else {
        /* change the leading digit: 650 -> 750, 40 -> 50, 9 -> 1 */
        snprintf(rep, sizeof rep, "%s", num);
        rep[0] = rep[0] == '9' ? '1' : (char)(rep[0] + 1);
        if (v == 2) snprintf(rep, sizeof rep, "%ld", strtol(num, NULL, 10) * 2);
    }
    return splice(t, a, b, rep);
}

static char *p_unit(const char *t, int v) {
    hits h;
    if (!find_all("\\b(\\d+(?:\\.\\d+)?)\\s?(mg|g|mcg|mL|units?|litres?|L|days?|weeks?|hours?|months?)(?![\\w/])", t, &h))
        return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    size_t a = h.s[k][2][0], b = h.s[k][2][1];
    char u[16];
    snprintf(u, sizeof u, "%.*s", (int)(b - a), t + a);
    for (char *c = u; *c; c++) *c = (char)tolower((unsigned char)*c);
    const char *rep = NULL;
    static const char *const map[][2] = {{"mg", "mcg"}, {"mcg", "mg"}, {"g", "mg"}, {"ml", "L"}, {"l", "mL"},
                                         {"unit", "mg"}, {"units", "mg"}, {"litre", "mL"}, {"litres", "mL"},
                                         {"day", "week"}, {"days", "weeks"}, {"week", "month"}, {"weeks", "months"},
                                         {"hour", "day"}, {"hours", "days"}, {"month", "year"}, {"months", "years"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i][0], u) == 0) rep = map[i][1];
    return rep ? splice(t, a, b, rep) : NULL;
}

static char *p_drop_number(const char *t, int v) {
    hits h;
    if (!find_all("(?<![\\d/.])\\b(\\d++(?:\\.\\d++)?)(?:\\s?(?:mg|g|mcg|mL|units?|%|kg|days?|weeks?|hours?|months?|years?)\\b)?(?![\\d/.]\\d)",
                  t, &h))
        return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    size_t a = h.s[k][0][0], b = h.s[k][0][1];
    if (v == 1) b = h.s[k][1][1]; /* only the digits */
    if (a > 0 && t[a - 1] == ' ') a--;
    return splice(t, a, b, "");
}

static char *p_add_number(const char *t, int v, size_t note) {
    static const char *const add[] = {" Weight was 62 kg.", " Repeat the blood test after 10 days.",
                                      " Heart rate was 84/min."};
    if (v == 0) {
        /* a duration after the first "daily" */
        hits h;
        if (!find_all("\\bdaily\\b", t, &h) || !h.n) return NULL;
        size_t at = h.s[0][0][1];
        return splice(t, at, at, note % 2 ? " for 10 days" : " for 14 days");
    }
    if (v == 1) {
        /* a new sentence after the first sentence */
        const char *dot = strstr(t, ". ");
        if (!dot) return NULL;
        size_t at = (size_t)(dot - t) + 1;
        return splice(t, at, at, add[note % 3]);
    }
    /* a dose count before the first "tablet" */
    hits h;
    if (!find_all("\\b(tablet|capsule)\\b", t, &h) || !h.n) return NULL;
    size_t at = h.s[0][0][0];
    return splice(t, at, at, "2 ");
}

static char *p_negation(const char *t, int v) {
    hits h;
    if (v < 2) {
        if (!find_all("\\b(no|not|denies|denied|without|negative)\\b\\s?", t, &h)) return NULL;
        size_t k = pick(&h, v);
        if (k == SIZE_MAX) return NULL;
        size_t a = h.s[k][0][0], b = h.s[k][0][1];
        char w[16];
        snprintf(w, sizeof w, "%.*s", (int)(h.s[k][1][1] - h.s[k][1][0]), t + a);
        for (char *c = w; *c; c++) *c = (char)tolower((unsigned char)*c);
        if (strcmp(w, "without") == 0) return splice(t, a, h.s[k][1][1], isupper((unsigned char)t[a]) ? "With" : "with");
        if (strcmp(w, "negative") == 0) return splice(t, a, h.s[k][1][1], "positive");
        if (strcmp(w, "denies") == 0 || strcmp(w, "denied") == 0) return splice(t, a, h.s[k][1][1], "reports");
        char *s = splice(t, a, b, "");
        if (s && isupper((unsigned char)t[a])) s[a] = (char)toupper((unsigned char)s[a]);
        return s;
    }
    /* add a negation before an affirmed finding, in a sentence that negates nothing */
    if (!find_all("\\b(with|showed|of|had)\\s+(?!no\\b|a\\b|an\\b|the\\b|reports\\b|food\\b|meals\\b|admission\\b|discharge\\b)([a-z]{4,})", t, &h))
        return NULL;
    for (size_t k = 0; k < h.n; k++) {
        size_t at = h.s[k][2][0], a = at, b = at;
        while (a > 0 && t[a - 1] != '.' && t[a - 1] != '\n') a--;
        while (t[b] && t[b] != '.' && t[b] != '\n') b++;
        hits neg;
        char *sent = splice(t, b, strlen(t), "");
        if (!sent) return NULL;
        bool negated = find_all("\\b(no|not|without|denies|denied|negative|nil)\\b", sent + a, &neg) && neg.n;
        free(sent);
        if (!negated) return splice(t, at, at, "no ");
    }
    return NULL;
}

static char *p_laterality(const char *t, int v) {
    hits h;
    if (!find_all("\\b(left|right|bilateral|bilaterally)\\b", t, &h)) return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    size_t a = h.s[k][0][0], b = h.s[k][0][1];
    char w[16], rep[24];
    snprintf(w, sizeof w, "%.*s", (int)(b - a), t + a);
    for (char *c = w; *c; c++) *c = (char)tolower((unsigned char)*c);
    snprintf(rep, sizeof rep, "%s",
             strcmp(w, "left") == 0 ? "right" : strcmp(w, "right") == 0 ? "left" : strcmp(w, "bilateral") == 0 ? "left" : "on the left");
    keep_case(rep, t + a);
    return splice(t, a, b, rep);
}

static char *p_drop_form_drug(const char *t, int v);

/* How often word [a, b) of t occurs in t as a whole word (caseless). */
static size_t word_count(const char *t, size_t a, size_t b) {
    size_t n = 0, len = b - a;
    for (const char *p = t; *p; p++) {
        if (strncasecmp(p, t + a, len) == 0 && (p == t || !isalnum((unsigned char)p[-1])) &&
            !isalnum((unsigned char)p[len]))
            n++;
    }
    return n;
}

/* A drug named by its dose rather than a form word ("metformin 500 mg twice daily",
   "Pantop (pantoprazole) 40 mg"): the name before an optional parenthesis and a strength,
   when the name occurs once in the text.  Found by shape, not by the guard's lexicon, so a
   drug the lexicon lacks is dropped too. */
static char *p_drop_dosed_drug(const char *t, int v) {
    /* words that stand before a strength without being a drug: labs and measures, things,
       imperatives and links; a word ending in -ed, -ing or -ly is never taken either */
    static const char *const not_drug[] = {
        "blood", "sugar", "glucose", "creatinine", "urea", "haemoglobin", "hemoglobin", "bilirubin",
        "albumin", "protein", "cholesterol", "weight", "height", "prostate", "drain", "output", "intake",
        "urine", "fluid", "fluids", "patch", "syrup", "tablet", "tablets", "capsule", "capsules",
        "injection", "infusion", "solution", "suspension", "drops", "cream", "ointment", "dose", "doses",
        "bolus", "loading", "keep", "give", "start", "add", "use", "apply", "take", "hold", "then",
        "total", "daily", "plus", "from", "with", "over", "about", "than", "each", "every", "into",
        "were", "was", "have", "has", "had", "also", "once", "twice", "maximum", "max", "upto", "dosage",
        "strength", "vial", "vials", "ampoule", "bag", "bottle", "units", "unit", "level", "levels",
        "serum", "plasma", "total", "stat", "further", "another", "extra", "repeat", "this", "that",
        "reading", "value", "pack", "packs", "respectively", "despite", "except", "transfuse", "contains",
        "loss", "mouthwash", "wash", "approximately", "been", "being", "milk", "formula", "water", "volume",
        "feeds", "feed", "after", "above", "below", "under", "equals", "are", "spray", "sprays",
        "nebuliser", "nebulisers", "nebulizer", "nebulizers", "inhaler", "inhalers", "wide-bore", "gauge",
        "site", "sites", "technique", "area", "areas", /* "ABSCESS AT INJECTION SITES" names no drug */
        "delivers", "deliver", "provides", "gives", /* "0.3 mL/hr delivers 5 mcg/min" */
        /* guard-12: verbs, links and measures the round-9 sets put before a strength ("when
           paroxetine reaches 10 mg", "bladder scan 90 mL", "at least 5 mg", "may be given") */
        "reaches", "reach", "exceeds", "exceed", "receive", "receives", "may", "least", "scan", "residual",
        "negative", "positive", "supplement", "mediastinal", "only", "now", "for", "and",
        /* guard-13: the participle and imperative of giving ("she was given 10 mL of 10%",
           "Continue vitamin D3 400 units"): dropping them drops no drug */
        "given", "continue", "taken",
        /* and the fluids and flows of a fluid balance or a dialysis prescription ("dialysate 1500
           mL/hr", "blood flow 200 mL/min", "nasogastric aspirates 300 mL") */
        "dialysate", "ultrafiltration", "flow", "antibiotics", "aspirates", "aspirate", "intravenous", "enteral",
        "net", "balance", "input",
        /* guard-21: a blood product's words and its ordering ("type and crossmatch 2 units",
           "packed red blood cells 15 mL/kg") */
        "crossmatch", "cells", NULL};
    /* a salt names its drug with the word before it: "magnesium sulfate 4 g" goes whole */
    static const char *const salts[] = {"sulfate", "sulphate", "chloride", "hydrochloride", "phosphate",
                                        "acetate", "citrate", "gluconate", "bicarbonate", "carbonate",
                                        "succinate", "tartrate", "maleate", "besylate", "mesylate", "sodium",
                                        "potassium", "calcium", "toxoid", "saline", "acid", "lactate", "mofetil",
                                        "retard", "mononitrate", "dinitrate", "sucrose", "hydrobromide", "bromide",
                                        "fumarate", "valerate", "dipropionate", "propionate", "furoate", NULL};
    hits h;
    if (!find_all("\\b([A-Za-z][A-Za-z-]{3,})(\\s\\([^()]{2,40}\\))?\\s(?=\\d+(?:\\.\\d+)?\\s?"
                  "(?:mg|mcg|micrograms?|milligrams?|g|grams?|units?|mL|IU|mmol|mEq)\\b"
                  "(?!/(?!kg|h\\b|hr|hour|min|day|d\\b|5))(?!\\s?/\\s?(?:dl|l)\\b))",
                  t, &h))
        return NULL;
    hits once = {.n = 0};
    for (size_t i = 0; i < h.n; i++) {
        size_t a = h.s[i][1][0], b = h.s[i][1][1], len = b - a;
        bool skip = word_count(t, a, b) != 1 || (len > 2 && (strncasecmp(t + b - 2, "ed", 2) == 0 ||
                                                              strncasecmp(t + b - 2, "ly", 2) == 0 ||
                                                              strncasecmp(t + b - 3, "ing", 3) == 0));
        /* a formulation, not the drug: "prednisolone modified-release 10 mg" */
        if (!skip && len > 8 && (strncasecmp(t + b - 8, "-release", 8) == 0 || strncasecmp(t + b - 7, "-acting", 7) == 0))
            skip = true;
        for (int j = 0; !skip && not_drug[j]; j++)
            skip = strlen(not_drug[j]) == len && strncasecmp(t + a, not_drug[j], len) == 0;
        if (skip) continue;
        memcpy(once.s[once.n], h.s[i], sizeof h.s[i]);
        for (int j = 0; salts[j]; j++)
            if (strlen(salts[j]) == len && strncasecmp(t + a, salts[j], len) == 0) {
                /* take the word before too */
                size_t p = a;
                while (p > 0 && t[p - 1] == ' ') p--;
                while (p > 0 && isalpha((unsigned char)t[p - 1])) p--;
                if (p < a && isalpha((unsigned char)t[p])) once.s[once.n][1][0] = p;
                break;
            }
        once.n++;
    }
    size_t k = pick(&once, v);
    if (k == SIZE_MAX) return NULL;
    size_t a = once.s[k][1][0], b = once.s[k][2][1] != SIZE_MAX ? once.s[k][2][1] : once.s[k][1][1];
    if (a > 0 && t[a - 1] == ' ') a--;
    return splice(t, a, b, "");
}

/* 0, 1: a drug after a form word (tablet, injection...), whole item or name only, else one
   named by its dose; 2: a drug named by its dose. */
static char *p_drop_drug(const char *t, int v) {
    if (v == 2) return p_drop_dosed_drug(t, 0);
    char *s = p_drop_form_drug(t, v);
    return s ? s : p_drop_dosed_drug(t, v == 0 ? 2 : 1);
}

static char *p_drop_form_drug(const char *t, int v) {
    hits h;
    /* (not the i-gel airway) */
    if (!find_all("(?<!i-)\\b(tablet|capsule|injection|syrup|inhaler|nebulisation|drops|gel)\\s+(?:of\\s+)?"
                  "(?!every\\b|for\\b|once\\b|twice\\b|three\\b|with\\b|and\\b|at\\b|as\\b|was\\b|were\\b|in\\b|on\\b|"
                  "technique\\b|therapy\\b|sites?\\b|areas?\\b|given\\b|immediately\\b|daily\\b|if\\b|when\\b|to\\b|by\\b|"
                  "after\\b|before\\b|only\\b|each\\b|per\\b|one\\b|two\\b|four\\b|half\\b|is\\b|be\\b|"
                  "kept\\b|ready\\b|used\\b|on\\b|into\\b|from\\b|may\\b|are\\b|over\\b|can\\b|should\\b|"
                  "must\\b|will\\b|has\\b|have\\b|continue\\b|[A-Za-z]+ed\\b|[A-Za-z]+ly\\b|"
                  /* (a capsule of the body: "posterior capsule opacification") */
                  "opacification\\b|opacity\\b|rupture\\b|tension\\b|contracture\\b)"
                  "([A-Za-z][A-Za-z-]{2,})", t, &h))
        return NULL;
    /* 0: the first item whole; 1: the name only, of the last item (the first when there is one) */
    size_t k = v == 1 && h.n > 1 ? pick(&h, 1) : pick(&h, 0);
    if (k == SIZE_MAX) return NULL;
    if (v == 0) {
        /* the whole item: from the form word to the next comma, period or " and " */
        size_t a = h.s[k][0][0], b = a;
        while (t[b] && t[b] != ',' && t[b] != '.' && strncmp(t + b, " and ", 5) != 0) b++;
        if (t[b] == ',') b++;
        else if (strncmp(t + b, " and ", 5) == 0) b += 5;
        return splice(t, a, b, "");
    }
    /* only the drug's name; a generic in parentheses right after it ("Piptaz
       (piperacillin-tazobactam)") names the same drug and goes with it */
    size_t a = h.s[k][2][0], b = h.s[k][2][1];
    if (a > 0 && t[a - 1] == ' ') a--;
    if (t[b] == ' ' && t[b + 1] == '(') {
        const char *close = strchr(t + b + 2, ')');
        if (close) b = (size_t)(close - t) + 1;
    }
    return splice(t, a, b, "");
}

static char *p_add_drug(const char *t, int v, size_t note) {
    static const char *const generic[] = {"atorvastatin", "metformin", "ondansetron", "amlodipine", "cetirizine",
                                          "ciprofloxacin", "omeprazole", "furosemide", "glimepiride", "losartan"};
    static const char *const brand[] = {"Zyloric", "Stamlo", "Nexito", "Rozavel", "Glucobay", "Cilacar", "Vertin"};
    char ins[128];
    const char *name = v == 1 ? brand[note % 7] : generic[(note + (size_t)v * 3) % 10];
    char low[32];
    snprintf(low, sizeof low, "%s", name);
    for (char *c = low; *c; c++) *c = (char)tolower((unsigned char)*c);
    hits h;
    char pat[64];
    snprintf(pat, sizeof pat, "\\b%s\\b", low);
    if (find_all(pat, t, &h) && h.n) return NULL; /* already there */
    if (v == 0) snprintf(ins, sizeof ins, " The patient was also started on %s.", name);
    else if (v == 1) snprintf(ins, sizeof ins, " Tablet %s was added.", name);
    else {
        /* inside an existing list: after the first "and tablet"/", tablet" -> ", injection X" */
        const char *dot = strchr(t, '.');
        if (!dot) return NULL;
        size_t at = (size_t)(dot - t);
        snprintf(ins, sizeof ins, ", along with %s", name);
        return splice(t, at, at, ins);
    }
    size_t n = strlen(t);
    return splice(t, n, n, ins);
}

static char *p_dnu_u(const char *t, int v) {
    hits h;
    /* (not an enzyme's activity, "ALT 88 units/L": a lab reports it as U/L, and a rewrite that
       keeps the source's U/L introduces nothing) */
    if (!find_all("\\b(\\d+(?:\\.\\d+)?(?:\\s+million)?\\s)(units?)\\b(?!\\s?/\\s?L\\b|\\s+per\\s+lit)", t, &h)) return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    return splice(t, h.s[k][2][0], h.s[k][2][1], "U");
}

static char *p_dnu_qd(const char *t, int v) {
    hits h;
    /* "twice daily" -> "twice QD" is not a plausible rewrite; only "once daily" or "daily" alone */
    if (!find_all("(?<!twice )(?<!times )(?<!thrice )\\b(once daily|daily)\\b", t, &h)) return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    return splice(t, h.s[k][0][0], h.s[k][0][1], "QD");
}

static char *p_dnu_zero(const char *t, int v) {
    hits h;
    if (!find_all("\\b(\\d+)(?!\\.\\d)(\\s?(?:mg|g|mcg|mL|units?)\\b)", t, &h)) return NULL;
    size_t k = pick(&h, v);
    if (k == SIZE_MAX) return NULL;
    size_t at = h.s[k][1][1];
    if (at > 0 && (t[at] == '.' || t[at] == '/')) return NULL;
    return splice(t, at, at, ".0");
}

static char *p_truncate(const char *t, int v) {
    size_t n = strlen(t);
    double frac = v == 0 ? 0.5 : v == 1 ? 0.75 : 0.85;
    size_t at = (size_t)((double)n * frac);
    if (v == 2) {
        /* a clean cut: the rest after the last sentence end before 85% is lost */
        while (at > 0 && !(t[at - 1] == '.' && (t[at] == ' ' || t[at] == '\n'))) at--;
        if (at < 10) return NULL;
        return splice(t, at, n, "");
    }
    while (at > 0 && t[at] != ' ') at--;
    if (at < 10) return NULL;
    return splice(t, at, n, "");
}

static char *p_loop(const char *t, int v) {
    size_t n = strlen(t);
    if (v == 0) {
        /* the last sentence repeated three more times */
        size_t e = n;
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
        size_t b = e > 1 ? e - 1 : 0;
        while (b > 0 && !((t[b - 1] == '.' || t[b - 1] == '\n') && (t[b] == ' ' || t[b] == '\n' || b == e))) b--;
        if (e - b < 10 || e - b > 400) return NULL;
        size_t m = e - b;
        char *s = malloc(n + 3 * (m + 1) + 1);
        if (!s) return NULL;
        memcpy(s, t, e);
        size_t o = e;
        for (int r = 0; r < 3; r++) {
            s[o++] = ' ';
            const char *q = t + b;
            while (*q == ' ' || *q == '\n') q++;
            size_t qm = (size_t)(t + e - q);
            memcpy(s + o, q, qm);
            o += qm;
        }
        s[o] = '\0';
        return s;
    }
    if (v == 1) {
        /* degeneration: a 5-word phrase from the middle repeated until the budget runs out */
        size_t at = n / 2;
        while (at < n && t[at] != ' ') at++;
        size_t p = at + 1, words = 0, q = p;
        while (q < n && words < 5) {
            if (t[q] == ' ') words++;
            q++;
        }
        if (words < 5) return NULL;
        size_t m = q - p;
        char *s = malloc(at + 1 + 6 * m + 1);
        if (!s) return NULL;
        memcpy(s, t, at + 1);
        size_t o = at + 1;
        for (int r = 0; r < 6; r++) {
            memcpy(s + o, t + p, m);
            o += m;
        }
        s[o] = '\0';
        return s;
    }
    /* the first sentence written twice */
    const char *dot = strstr(t, ". ");
    if (!dot) return NULL;
    size_t e = (size_t)(dot - t) + 1;
    char *s = malloc(n + e + 2);
    if (!s) return NULL;
    memcpy(s, t, e);
    s[e] = ' ';
    memcpy(s + e + 1, t, e);
    memcpy(s + 2 * e + 1, t + e, n - e + 1);
    return s;
}

char *cc_perturb(cc_pert_class c, int variant, const char *t, size_t note, cc_error *err) {
    char *s = NULL;
    switch (c) {
    case CC_PERT_DOSE: s = p_dose(t, variant); break;
    case CC_PERT_UNIT: s = p_unit(t, variant); break;
    case CC_PERT_DROP_NUMBER: s = p_drop_number(t, variant); break;
    case CC_PERT_ADD_NUMBER: s = p_add_number(t, variant, note); break;
    case CC_PERT_NEGATION: s = p_negation(t, variant); break;
    case CC_PERT_LATERALITY: s = p_laterality(t, variant); break;
    case CC_PERT_DROP_DRUG: s = p_drop_drug(t, variant); break;
    case CC_PERT_ADD_DRUG: s = p_add_drug(t, variant, note); break;
    case CC_PERT_DNU_U: s = p_dnu_u(t, variant); break;
    case CC_PERT_DNU_QD: s = p_dnu_qd(t, variant); break;
    case CC_PERT_DNU_ZERO: s = p_dnu_zero(t, variant); break;
    case CC_PERT_TRUNCATE: s = p_truncate(t, variant); break;
    case CC_PERT_LOOP: s = p_loop(t, variant); break;
    default: break;
    }
    (void)err;
    if (s && strcmp(s, t) == 0) { /* a perturbation that changes nothing is not one */
        free(s);
        s = NULL;
    }
    return s;
}

/* ---------------------------------------------------------------- running */

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static cc_status judge(const char *src, const char *out, const char *finish, cc_eval_report *rep, cc_guard_result *res,
                       cc_error *err) {
    double t0 = now_us();
    cc_status st = cc_guard_check(src, strlen(src), out, strlen(out), finish, res, err);
    rep->guard_us += now_us() - t0;
    rep->guard_calls++;
    return st;
}

static void log_reasons(FILE *log, const cc_guard_result *r) {
    for (size_t i = 0; i < r->n_reasons; i++) fprintf(log, "    %s: %s\n", r->reasons[i].check, r->reasons[i].detail);
}

cc_status cc_eval_run(const cc_eval_set *set, cc_eval_report *rep, FILE *log, cc_error *err) {
    memset(rep, 0, sizeof *rep);
    cc_status st = CC_OK;
    for (size_t i = 0; i < set->n && st == CC_OK; i++) {
        const cc_eval_note *nt = &set->notes[i];
        cc_guard_result r;
        st = judge(nt->source, nt->rewrite, "eos", rep, &r, err);
        if (st != CC_OK) break;
        rep->n_faithful++;
        if (r.verdict != CC_GUARD_OK) {
            rep->n_flagged++;
            if (log) {
                fprintf(log, "FALSE POSITIVE %s\n", nt->id);
                log_reasons(log, &r);
            }
        }
        cc_guard_result_free(&r);
        for (int c = 0; c < CC_PERT_COUNT && st == CC_OK; c++) {
            for (int v = 0; v < CC_PERT_VARIANTS && st == CC_OK; v++) {
                char *p = cc_perturb((cc_pert_class)c, v, nt->rewrite, i, err);
                if (!p) continue;
                /* a truncated or looping generation ends on the length limit as often as not; the
                   evaluation withholds that hint so the text checks must find it on their own */
                st = judge(nt->source, p, "eos", rep, &r, err);
                if (st == CC_OK) {
                    cc_eval_class *k = &rep->cls[c];
                    k->n++;
                    if (r.verdict != CC_GUARD_OK) {
                        k->detected++;
                        bool by = false;
                        for (size_t j = 0; j < r.n_reasons; j++) by |= strcmp(r.reasons[j].check, k_checks[c]) == 0;
                        k->by_check += by;
                    } else if (log) {
                        fprintf(log, "MISS %s [%s v%d]\n  %s\n", nt->id, k_names[c], v, p);
                    }
                    cc_guard_result_free(&r);
                }
                free(p);
            }
        }
    }
    return st;
}
