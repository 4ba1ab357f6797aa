/* guard_negation.c - negation: a finding negated in the source stays negated
 * in the output, and an affirmed one is not negated.
 *
 * NegEx-style scopes on both texts: a pre-negation trigger (no, not, denies,
 * without, nil, negative for, free of, absence of...) negates the content
 * words after it up to a scope terminator (sentence end, but, however,
 * complaints of, positive...) or a word budget; a post-negation trigger
 * (absent, negative, nil, ruled out, not seen) negates the few content words
 * before it.  Pseudo-triggers (no change, not only, no increase) negate
 * nothing.  Each side gets a narrow scope (5 content words) and a wide one
 * (12): a finding counts as negated in the source when the narrow scope
 * covers it, and as still negated in the output when the wide one does
 * (an added negation must put the finding among the first three content words
 * after a trigger, where an inserted "no" lands, not merely inside a long
 * scope), so a more verbose rewrite ("no history of fever, cough or cold") is
 * not flagged.  A finding
 * negated by its own trigger in the source ("NO STRIDOR, NO HYPOTENSION")
 * must not end up negated only across an "and" ("no stridor and
 * hypotension"), which a reader can take either way.  A comma ends a scope
 * when the next segment reads as a statement of its own ("NO FEVER,
 * APPETITE IMPROVED").
 * Findings compare by singular lowercase form, so sentence order is free. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard_internal.h"

/* A patient's verb that the lexicon counts as a breaker, used as a noun after a word of its
 * phrase ("SUGARY DRINKS", "two takes"): no new statement. */
static bool breaker_noun(const gdoc *d, size_t j) {
    static const char *const v[] = {"drinks", "smokes", "chews", "takes", "uses", "walks", "eats", NULL};
    bool verb = false;
    for (const char *const *p = v; *p && !verb; p++) verb = gdoc_is(d, j, *p);
    return verb && j > 0 && d->tok[j - 1].kind == GK_WORD && !gdoc_is(d, j - 1, "and") && !gdoc_is(d, j - 1, "or") &&
           !(d->tok[j - 1].lex & (GL_STOP | GL_AUX | GL_NEGCAND | GL_TERM | GL_BREAK));
}

/* A word a negation can be about: a content word, or an abbreviation of two capitals as
 * written ("NO CP", "NO HA", "NO BM"), which gdoc_is_content leaves out for its length. */
static bool neg_content(const gdoc *d, size_t i) {
    if (i >= d->ntok) return false;
    if (gdoc_is_content(d, i)) return true;
    const gtok *t = &d->tok[i];
    if (t->kind != GK_WORD || t->end - t->start != 2 || (t->flags & GF_EXPANDED)) return false;
    if (t->lex & (GL_STOP | GL_GENERIC | GL_NEG_PRE | GL_NEG_POST | GL_TERM | GL_FREQWORD | GL_FORM | GL_SIDE | GL_NEGCAND))
        return false;
    const char *r = d->text + t->start;
    return r[0] >= 'A' && r[0] <= 'Z' && r[1] >= 'A' && r[1] <= 'Z';
}

enum { NARROW = 5, WIDE = 12, POST_REACH = 5, LIST_REACH = 10 };
/* NEG_PAIR: what an avoided thing is taken with ("avoid taking Thyronorm with iron"), which keeps
 * the other text's negation of it but is not a negation of its own (guard-40) */
enum { NEG_N = 1, NEG_W = 2, NEG_D = 4, NEG_WA = 8, NEG_NEAR = 16, NEG_PAIR = 32 };
enum { NEAR = 3 }; /* content words right after a trigger that an added negation must reach */

/* Words that make a comma-separated segment a statement of its own ("no
 * fever, appetite improved"), so a negation's scope does not run into it. */
/* A verb that opens an instruction of its own ("..., use gloves", "and follow a soft diet"). */
static bool imperative(const gdoc *d, size_t j) {
    static const char *const v[] = {"follow", "take", "continue", "start", "stop", "use", "apply", "drink", "eat",
                                    "keep", "return", "review", "come", "report", "walk", "maintain", "check",
                                    "monitor", "give", "resume", "increase", "reduce", "attend", "contact", "call",
                                    "visit", "wear", "wash", "elevate", "rest", NULL};
    if (j >= d->ntok || d->tok[j].kind != GK_WORD) return false;
    for (const char *const *p = v; *p; p++)
        if (gdoc_is(d, j, *p)) return true;
    return false;
}

static bool segment_breaker(const gdoc *d, size_t j, bool instruction) {
    /* words that state a finding's condition ("NO PERINEAL TEAR, PLACENTA COMPLETE", "NO
       CYANOSIS, ABLE TO DRINK") */
    static const char *const state[] = {"complete", "completed", "incomplete", "intact", "present", "healthy",
                                        "adequate", "satisfactory", "clear", "equal", "reactive", "able", "regular",
                                        "controlled", "maintained", "tolerated", "tolerating", "passed", "passing",
                                        "palpable", "felt", "sent", "advised", "planned", "achieved",
                                        /* "no P waves, consistent with PSVT": the reading drawn from it */
                                        "consistent", "suggestive", "compatible",
                                        /* "CTX NOT STARTED, AWAITING CD4": what is waited for */
                                        "awaiting", "pending",
                                        /* "DENIES FEVER/CHILLS, ABD PAIN IMPROVING": a course (guard-47) */
                                        "improving", "resolving", "settling", "worsening", NULL};
    const gtok *t = &d->tok[j];
    /* an instruction of its own: "avoid heavy lifting, and follow a soft diet" (the verb first:
       "AVOID BEER, SUGARY DRINKS" lists a second thing to avoid) */
    if (instruction && imperative(d, j) && j > 0 &&
        ((d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == ',') || gdoc_is(d, j - 1, "and")))
        return true;
    if (t->kind == GK_NUM) {
        /* an ordinal names a part, it states nothing ("no bony tenderness over the malleoli,
           fifth metatarsal or navicular") */
        if (t->flags & GF_ORDINAL) return false;
        /* an instruction's duration ("AVOID STRAINING, HEAVY LIFTING X 6 WKS") is part of it */
        if (instruction && (t->unit == GU_DAY || t->unit == GU_WEEK || t->unit == GU_MONTH || t->unit == GU_YEAR ||
                            t->unit == GU_HOUR))
            return false;
        return true;
    }
    if (t->kind != GK_WORD) return false;
    if ((t->lex & (GL_TERM | GL_BREAK | GL_AUX)) && !breaker_noun(d, j)) return true;
    /* "AVOID BENZOS, GLASSES/HEARING AIDS ON": "on" closing its segment says a thing is worn */
    if (gdoc_is(d, j, "on") && (j + 1 >= d->ntok || gdoc_is_sentend(d, j + 1) ||
                                (d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == ',')))
        return true;
    for (const char *const *p = state; *p; p++)
        if (gdoc_is(d, j, *p)) return true;
    return false;
}

/* Prepositions that attach a place, time or test to a negated finding. */
static bool word_ends(const gdoc *d, size_t k, const char *suf, size_t minlen);

static bool locative(const gdoc *d, size_t j) {
    static const char *const v[] = {"on", "in", "at", "by", "after", "since", "during", "from", "over", "under", "into",
                                    "via", "following", "before", "within", "per", "according", NULL};
    const char *w = GT_NORM(d, &d->tok[j]);
    if (d->tok[j].len > 9) return false;
    /* "no photosensitivity of the skin": the part of the body it is said of (guard-42) */
    if (strcmp(w, "of") == 0 && gdoc_is(d, j + 1, "the") && j + 2 < d->ntok &&
        ((d->tok[j + 2].lex & GL_ANATOMY) || gdoc_is(d, j + 2, "skin") || gdoc_is(d, j + 2, "scalp")))
        return true;
    for (const char *const *p = v; *p; p++)
        if (w[0] == (*p)[0] && strcmp(w, *p) == 0) return true;
    return false;
}

/* At a comma at index j inside a scope: does the next segment read as a new statement? */
static bool clause_break(const gdoc *d, size_t j);

static bool comma_ends_scope(const gdoc *d, size_t j, bool instruction) {
    /* ", but ...", ", so ...", ", then ..." start a new clause in prose; so does ", and ..."
       with a verb of its own (", and the wound was healthy"), while ", and vomiting" ends a
       list (the serial comma: "denies chest pain, nausea, and vomiting") */
    if (gdoc_is(d, j + 1, "but") || gdoc_is(d, j + 1, "so") || gdoc_is(d, j + 1, "then")) return true;
    /* (and a comma after the predicate that closes "no X needed": "NO TX NEEDED, REPEAT BEFORE C7")
       (guard-57) */
    if (j >= 3 && (gdoc_is(d, j - 1, "needed") || gdoc_is(d, j - 1, "required") || gdoc_is(d, j - 1, "indicated")) &&
        d->tok[j + 1 < d->ntok ? j + 1 : j].kind == GK_WORD && !gdoc_is(d, j + 1, "and") && !gdoc_is(d, j + 1, "or")) {
        bool no = false; /* (the "no" that opens it, with nothing but words between) */
        for (size_t k = j - 1; k-- > 0 && j - k <= 5 && d->tok[k].kind == GK_WORD && !no;) no = gdoc_is(d, k, "no");
        if (no) return true;
    }
    /* (so does ", is ...": a predicate of its own, "denies suicidal ideation, is not for admission")
       (guard-56) */
    if (gdoc_is(d, j + 1, "is") || gdoc_is(d, j + 1, "was") || gdoc_is(d, j + 1, "are") || gdoc_is(d, j + 1, "were"))
        return true;
    /* a disposition, "NOT FOR ADMISSION, ENGAGED W/ HEADSPACE", "NOT FOR ICU, FOR WARD CARE": one
       item, what follows is said of the patient (guard-56) */
    /* (not a list of what the patient is not for: "not for flucloxacillin, co-amoxiclav or Tazocin") */
    if (j >= 3 && gdoc_is(d, j - 3, "not") && gdoc_is(d, j - 2, "for") && d->tok[j - 1].kind == GK_WORD &&
        !(d->tok[j - 1].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM))) {
        bool list = false;
        for (size_t k = j + 1; k < d->ntok && !gdoc_is_sentend(d, k) && !list; k++)
            list = gdoc_is(d, k, "or") || gdoc_is(d, k, "nor");
        if (!list) return true;
    }
    /* ", having misunderstood the instructions": a participle's clause of its own */
    if (gdoc_is(d, j + 1, "having")) return true;
    /* (so is ", meeting the Dawes-Redman criteria": a participle with its object) (guard-43) */
    if (word_ends(d, j + 1, "ing", 6) &&
        (gdoc_is(d, j + 2, "the") || gdoc_is(d, j + 2, "all") || gdoc_is(d, j + 2, "its") || gdoc_is(d, j + 2, "their") ||
         gdoc_is(d, j + 2, "her") || gdoc_is(d, j + 2, "his"))) /* (", checking her blood pressure first") (guard-44) */
        return true;
    /* ", and covered with a silicone foam dressing": a participle of its own after the list (guard-44) */
    if (gdoc_is(d, j + 1, "and") && word_ends(d, j + 2, "ed", 5) &&
        (gdoc_is(d, j + 3, "with") || gdoc_is(d, j + 3, "in") || gdoc_is(d, j + 3, "by") || gdoc_is(d, j + 3, "to")))
        return true;
    if (gdoc_is(d, j + 1, "and")) {
        static const char *const subject[] = {"i", "he", "she", "we", "they", "it", "the", "a", "an", "his", "her",
                                              "their", "this", "there", "these", "those", NULL};
        for (const char *const *s = subject; *s; s++)
            if (gdoc_is(d, j + 2, *s)) return true;
        for (size_t k = j + 2; k < d->ntok; k++) {
            const gtok *t = &d->tok[k];
            if (gdoc_is_sentend(d, k) || (t->kind == GK_PUNCT && t->punct == ',')) return false;
            if (t->kind == GK_WORD && (t->lex & (GL_AUX | GL_BREAK | GL_TERM | GL_NEG_PRE))) return true;
            if (segment_breaker(d, k, instruction)) return true;
        }
        return false;
    }
    bool or_item = false, and_item = false;
    for (size_t k = j + 1; k < d->ntok; k++) {
        const gtok *t = &d->tok[k];
        if (gdoc_is_sentend(d, k) || (t->kind == GK_PUNCT && t->punct == ',')) return false;
        /* (a spaced dash ends the segment: "AVOID NAPHTHALENE/MOTHBALLS, CERTAIN DRUGS - LEAFLET
           GIVEN") (guard-39) */
        if (clause_break(d, k)) return false;
        /* "no bleeding, bruising, haematuria or melaena has been noted": past the list's "or"
           and its item, an auxiliary is the verb the whole list is the subject of (guard-39) */
        if (or_item && t->kind == GK_WORD && !instruction &&
            ((t->lex & GL_AUX) || gdoc_is(d, k, "has") || gdoc_is(d, k, "have") || gdoc_is(d, k, "noted") ||
             gdoc_is(d, k, "seen") || gdoc_is(d, k, "observed") || gdoc_is(d, k, "reported")))
            return false;
        /* (past the list's "and" and its item, a breaker ends the list, not this comma: "avoid morphine,
           oxycodone and diamorphine because of renal failure") (guard-61) */
        if (segment_breaker(d, k, instruction)) return !and_item;
        if (gdoc_is(d, k, "no") || gdoc_is(d, k, "not")) return false;
        if ((gdoc_is(d, k, "or") || gdoc_is(d, k, "nor")) && k > j + 1) or_item = true;
        and_item = and_item || (gdoc_is(d, k, "and") && k > j + 1 && k + 1 < d->ntok && d->tok[k + 1].kind == GK_WORD &&
                                d->tok[k - 1].kind == GK_WORD && (d->tok[k + 1].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)));
    }
    return false;
}

/* Is the trigger at i the second or later of a list that repeats its trigger ("NO CYANOSIS,
 * NO CONVULSIONS, ABLE TO DRINK")?  Then the writer marks every negated item, and an item after
 * the next comma without its own trigger is not negated. */
static bool repeated_trigger(const gdoc *d, size_t i) {
    if (i < 2 || d->tok[i - 1].kind != GK_PUNCT || d->tok[i - 1].punct != ',') return false;
    for (size_t k = i - 1; k-- > 0;) {
        const gtok *t = &d->tok[k];
        if (gdoc_is_sentend(d, k) || (t->kind == GK_PUNCT && t->punct == ',')) return false;
        if (t->kind == GK_WORD && (t->lex & GL_NEG_PRE) && t->lex & GL_NEGCAND) return k + 1 < i - 1;
    }
    return false;
}

/* The question mark that token i answers ("CONFUSED? NO", "RESTART AT 2.5MG? - NO", "GIVEN?:
 * NO"): the token before it, or before a dash or a colon after it; SIZE_MAX if none. */
static size_t question_before(const gdoc *d, size_t i) {
    if (i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '?') return i - 1;
    if (i > 1 && d->tok[i - 1].kind == GK_PUNCT && (d->tok[i - 1].punct == '-' || d->tok[i - 1].punct == ':') &&
        d->tok[i - 2].kind == GK_PUNCT && d->tok[i - 2].punct == '?')
        return i - 2;
    /* (or an arrow after it: "TAMSULOSIN? -> NO (ALSO HYPOTENSIVE)") (guard-39) */
    /* (a bare answer: "-> NOT YET D/C'D" says its own verb) */
    if (i > 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '>' && d->tok[i - 2].kind == GK_PUNCT &&
        d->tok[i - 2].punct == '-' && d->tok[i - 2].end == d->tok[i - 1].start && d->tok[i - 3].kind == GK_PUNCT &&
        d->tok[i - 3].punct == '?' && (gdoc_is(d, i, "no") || gdoc_is(d, i, "nil") || gdoc_is(d, i, "none")))
        return i - 3;
    return SIZE_MAX;
}

/* Is "gram" right before token i ("Gram negative", "gram-negative", "GRAM -VE")? */
static bool gram_before(const gdoc *d, size_t i) {
    if (i > 0 && gdoc_is(d, i - 1, "gram")) return true;
    return i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && gdoc_is(d, i - 2, "gram");
}

/* Does token i stand inside a parenthesis opened earlier in its sentence ("(CAST, ORIF NOT
 * DONE), LIVES ALONE": the close of that parenthesis ends what its "not" says)? */
static bool opened_before(const gdoc *d, size_t i) {
    for (size_t k = i; k-- > 0 && d->tok[k].sent == d->tok[i].sent;) {
        if (d->tok[k].kind != GK_PUNCT) continue;
        if (d->tok[k].punct == ')') return false;
        if (d->tok[k].punct == '(') return true;
    }
    return false;
}

/* Do the tokens before token j, back to a drug's name in the same sentence, say only its
 * order: strength, route, frequency ("LORAZEPAM 0.5MG SL Q4H PRN" before " - NOT NEEDED")? */
static bool order_before(const gdoc *d, size_t j) {
    for (size_t k = j, n = 0; k-- > 0 && n < 12 && d->tok[k].sent == d->tok[j].sent; n++) {
        const gtok *t = &d->tok[k];
        if (t->kind == GK_NUM || (t->kind == GK_PUNCT && t->punct == '/')) continue;
        if (t->kind != GK_WORD) return false;
        if (t->lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)) return n > 0;
        const char *w = GT_NORM(d, t);
        if ((t->lex & (GL_FREQWORD | GL_FREQSTART | GL_FORM)) || glex_unit(w, t->len) != GU_NONE ||
            glex_route(w, t->len) != GR_NONE || gdoc_is(d, k, "prn") || (t->flags & GF_EXPANDED))
            continue;
        return false;
    }
    return false;
}

/* Mark the heading of token i's statement, a word or two before a spaced dash at its start
 * ("BOWELS - PASSING FLATUS, NOT OPENED"), in the wide scope.  (A heading before a colon is a
 * statement of its own: the colon ends a sentence.) */
static void heading_of(const gdoc *d, size_t i, uint8_t *mark) {
    size_t s0 = i;
    while (s0 > 0 && !gdoc_is_sentend(d, s0 - 1)) s0--;
    for (size_t k = s0 + 1; k <= s0 + 2 && k < i; k++) {
        const gtok *x = &d->tok[k];
        if (x->kind != GK_PUNCT) continue;
        if (!clause_break(d, k)) return;
        for (size_t q = s0; q < k; q++)
            if (neg_content(d, q)) mark[q] |= NEG_W | NEG_WA;
        return;
    }
}

/* Does d name a failure (a word starting with "fail": "IF ALARM FAILS", "failed TWOC")? */
static bool names_failure(const gdoc *d) {
    for (size_t q = 0; q < d->ntok; q++)
        if (d->tok[q].kind == GK_WORD && strncmp(GT_NORM(d, &d->tok[q]), "fail", 4) == 0) return true;
    return false;
}

static bool doubted_ruleout(const gdoc *d, size_t i);
static bool verb_participle(const gdoc *d, size_t k);

/* The token after word i, past a hyphen glued between ("non-compliant", "nil-by-mouth"). */
static size_t past_hyphen(const gdoc *d, size_t i) {
    return i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' ? i + 2 : i + 1;
}

/* Does word k end in suf, at least minlen letters long ("meeting", "covered")? */
static bool word_ends(const gdoc *d, size_t k, const char *suf, size_t minlen) {
    const size_t n = strlen(suf);
    return k < d->ntok && d->tok[k].kind == GK_WORD && d->tok[k].len >= minlen &&
           strcmp(GT_NORM(d, &d->tok[k]) + d->tok[k].len - n, suf) == 0;
}

/* Is word i a non-adherence said of what follows: "NON COMPLIANT WITH TAB X", "non-adherent to",
 * "NONCOMPLIANT W/ INSULIN" (guard-43, guard-44)? */
static bool adherence_object(const gdoc *d, size_t i) {
    if (gdoc_is(d, i, "non")) {
        const size_t j = past_hyphen(d, i);
        return (gdoc_is(d, j, "compliant") || gdoc_is(d, j, "adherent")) &&
               (gdoc_is(d, j + 1, "with") || gdoc_is(d, j + 1, "to"));
    }
    return (gdoc_is(d, i, "noncompliant") || gdoc_is(d, i, "nonadherent")) &&
           (gdoc_is(d, i + 1, "with") || gdoc_is(d, i + 1, "to") || gdoc_is(d, i + 1, "w"));
}

/* "CMV neg products": a virus's serology, its result, then a noun in lower case; the result is
 * said of the virus as "CMV-negative products" says it, not of the noun (guard-42; not "UA neg
 * protein", a test negative for what follows). */
static bool test_result_before_noun(const gdoc *d, size_t i) {
    static const char *const virus[] = {"cmv", "ebv", "hiv", "hcv", "hbv", "hsv", "vzv", "htlv", "hbsag", NULL};
    /* (a marker's result naming the kind of a disease, in any case: "HBEAG NEGATIVE CHRONIC HEPATITIS B",
       "ER NEGATIVE BREAST CANCER", said "HBeAg-negative chronic hepatitis B") (guard-61) */
    static const char *const marker[] = {"hbeag", "hbsag", "er", "pr", "her2", "ana", "anca", "rf", "acpa", "egfr",
                                         "alk", "hla", "b27", "jak2", "kras", "braf", NULL};
    static const char *const kind[] = {"chronic", "acute", "hepatitis", "breast", "cancer", "carcinoma", "disease",
                                       "infection", "carrier", "tumour", "tumor", "lymphoma", "arthritis", "vasculitis",
                                       "adenocarcinoma", "myeloproliferative", "spondyloarthritis", NULL};
    if (i > 0 && i + 1 < d->ntok && d->tok[i - 1].kind == GK_WORD && d->tok[i + 1].kind == GK_WORD) {
        bool m = false, k = false;
        for (const char *const *p = marker; *p && !m; p++) m = gdoc_is(d, i - 1, *p);
        for (const char *const *p = kind; *p && m && !k; p++) k = gdoc_is(d, i + 1, *p);
        if (k) return true;
    }
    if (i == 0 || i + 1 >= d->ntok || d->tok[i - 1].kind != GK_WORD || d->tok[i + 1].kind != GK_WORD ||
        !islower((unsigned char)d->text[d->tok[i + 1].start]))
        return false;
    for (const char *const *p = virus; *p; p++)
        if (gdoc_is(d, i - 1, *p)) return true;
    return false;
}

static bool pseudo(const gdoc *d, size_t i) {
    /* a zero said in words and then in figures: "no basal rate (0 mg/hour)" for "BASAL 0 MG/HR"
       (guard-42) */
    if (gdoc_is(d, i, "no"))
        for (size_t j = i + 1; j < d->ntok && j <= i + 2 && d->tok[j].kind == GK_WORD; j++)
            if (j + 2 < d->ntok && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '(' &&
                d->tok[j + 2].kind == GK_NUM && d->tok[j + 2].value == 0 && d->tok[j + 2].unit &&
                !(j + 3 < d->ntok && d->tok[j + 3].kind == GK_PUNCT && d->tok[j + 3].punct == '/'))
                return true;
    /* "with or without orchiopexy" (for the source's ±): an option, not a negation */
    if (gdoc_is(d, i, "without") && i >= 2 && gdoc_is(d, i - 1, "or") && gdoc_is(d, i - 2, "with")) return true;
    /* a balance, not a negation: "net negative 1 L/day", "GOAL NET NEG" */
    if ((gdoc_is(d, i, "negative") || gdoc_is(d, i, "positive")) &&
        ((i > 0 && gdoc_is(d, i - 1, "net")) || gdoc_is(d, i + 1, "balance") || /* ("TARGET NEG BALANCE 1 L/DAY") */
         (gdoc_is(d, i + 1, "fluid") && gdoc_is(d, i + 2, "balance")))) /* ("a negative fluid balance") (guard-39) */
        return true;
    /* a measure's name: "negative inspiratory force", "negative predictive value", "negative
       pressure wound therapy"; a skin test's control (guard-72) */
    if (gdoc_is(d, i, "negative") && (gdoc_is(d, i + 1, "inspiratory") || gdoc_is(d, i + 1, "predictive") ||
                                      gdoc_is(d, i + 1, "pressure") || gdoc_is(d, i + 1, "control")))
        return true;
    /* a blood group, not a negation: "2 UNITS O-VE PRBC", "O-negative packed red cells", "AB POS" */
    if ((gdoc_is(d, i, "negative") || gdoc_is(d, i, "positive")) && i > 0) {
        size_t g = i - 1;
        if (d->tok[g].kind == GK_PUNCT && d->tok[g].punct == '-' && g > 0) g--;
        const gtok *x = &d->tok[g];
        const char *r = d->text + x->start;
        const size_t n = x->end - x->start;
        /* (A, B and AB after a word of blood groups or a count of units: "HCV AB NEG" is an antibody) */
        const bool grouped = g > 0 && (gdoc_is(d, g - 1, "group") || gdoc_is(d, g - 1, "gp") || gdoc_is(d, g - 1, "grp") ||
                                       gdoc_is(d, g - 1, "type") || gdoc_is(d, g - 1, "units") ||
                                       gdoc_is(d, g - 1, "unit") || gdoc_is(d, g - 1, "is") ||
                                       (d->tok[g - 1].kind == GK_PUNCT && d->tok[g - 1].punct == ':' && g > 1 &&
                                        (gdoc_is(d, g - 2, "group") || gdoc_is(d, g - 2, "gp") || gdoc_is(d, g - 2, "grp"))));
        if (x->kind == GK_WORD && ((n == 1 && (r[0] == 'O' || r[0] == 'o')) ||
                                   (grouped && ((n == 1 && (r[0] == 'A' || r[0] == 'B')) ||
                                                (n == 2 && (r[0] | 32) == 'a' && (r[1] | 32) == 'b')))))
            return true;
    }
    /* uncertainty: "DENGUE NOT EXCLUDED" (guard-70) */
    if (gdoc_is(d, i, "excluded") && doubted_ruleout(d, i)) return true;
    /* a plan, not a negation: "an infective cause needs to be ruled out", "must be excluded" */
    if ((gdoc_is(d, i, "ruled") || gdoc_is(d, i, "excluded")) && i >= 2 && gdoc_is(d, i - 1, "be") &&
        (gdoc_is(d, i - 2, "to") || gdoc_is(d, i - 2, "must") || gdoc_is(d, i - 2, "should") || gdoc_is(d, i - 2, "will") ||
         gdoc_is(d, i - 2, "can")))
        return true;
    /* a crystal's optics, not a negation: "NEG BIREFRINGENT CRYSTALS" (gout's urate) */
    if ((gdoc_is(d, i, "negative") || gdoc_is(d, i, "negatively")) &&
        (gdoc_is(d, i + 1, "birefringent") || gdoc_is(d, i + 1, "birefringence")))
        return true;
    /* a stain, not a negation: "GRAM -VE DIPLOCOCCI", "gram-negative bacilli", "Gram positive cocci" */
    if ((gdoc_is(d, i, "negative") || gdoc_is(d, i, "positive")) && gram_before(d, i)) return true;
    /* an organism's name: "coagulase-negative staphylococci" (CONS) */
    if ((gdoc_is(d, i, "negative") || gdoc_is(d, i, "positive")) && i > 0 &&
        (gdoc_is(d, i - 1, "coagulase") ||
         (i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && gdoc_is(d, i - 2, "coagulase"))))
        return true;
    /* a kind of management, not a negation: "non-op", "non-operative", "non-invasive ventilation" */
    if (gdoc_is(d, i, "non")) {
        size_t j = past_hyphen(d, i);
        if (gdoc_is(d, j, "op") || gdoc_is(d, j, "operative") || gdoc_is(d, j, "operatively") || gdoc_is(d, j, "surgical") ||
            gdoc_is(d, j, "invasive") || gdoc_is(d, j, "operation") ||
            /* (and how a drug was come by: "non-prescribed oxycodone") (guard-43) */
            gdoc_is(d, j, "prescribed") || gdoc_is(d, j, "prescription"))
            return true;
    }
    /* ("no increase" negates the increase: "the dose was not increased" says it) (guard-42) */
    static const char *const after_no[] = {"change", "interval", "significant", "new", NULL};
    /* uncertainty: "cannot be ruled out", "not ruled out" */
    if (gdoc_is(d, i, "not") || gdoc_is(d, i, "cannot")) {
        size_t j = i + 1;
        if (gdoc_is(d, j, "be") || gdoc_is(d, j, "been")) j++;
        if (doubted_ruleout(d, j)) return true;
    }
    /* a bound, not a negation: "no more than 8 mEq/L", "not less than 30 mL/hr", "no later than" */
    if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "not")) &&
        (gdoc_is(d, i + 1, "more") || gdoc_is(d, i + 1, "less") || gdoc_is(d, i + 1, "later") ||
         gdoc_is(d, i + 1, "earlier") || gdoc_is(d, i + 1, "fewer") || gdoc_is(d, i + 1, "greater") ||
         gdoc_is(d, i + 1, "exceeding") || gdoc_is(d, i + 1, "beyond") || gdoc_is(d, i + 1, "below") ||
         gdoc_is(d, i + 1, "above")))
        return true;
    /* "do NOT exceed 11", "not to exceed 4 g": a bound, said "not exceeding 11" (guard-42) */
    if (gdoc_is(d, i, "not")) {
        size_t j = gdoc_is(d, i + 1, "to") ? i + 2 : i + 1;
        if ((gdoc_is(d, j, "exceed") || gdoc_is(d, j, "exceeds")) && j + 1 < d->ntok && d->tok[j + 1].kind == GK_NUM)
            return true;
    }
    /* (and around the one thing bounded: "NO PARACETAMOL >2G/DAY") (guard-61) */
    if (gdoc_drug_limit(d, i)) return true;
    /* a bound written with a sign: "NOT >8 MMOL/L IN 24H" */
    if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "not")) && i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT &&
        (d->tok[i + 1].punct == '>' || d->tok[i + 1].punct == '<'))
        return true;
    if (gdoc_is(d, i, "no") || gdoc_is(d, i, "not") || gdoc_is(d, i, "nil")) { /* ("NIL FURTHER VOMITING") */
        for (const char *const *p = after_no; *p; p++)
            if (gdoc_is(d, i + 1, *p) && !(strcmp(*p, "significant") == 0 || strcmp(*p, "new") == 0)) return true;
        if (gdoc_is(d, i, "not") && (gdoc_is(d, i + 1, "only") || gdoc_is(d, i + 1, "necessarily") || gdoc_is(d, i + 1, "certain")))
            return true;
    }
    return false;
}

/* Uncertainty, not a negation: "ruled out", "rule out" or "excluded" after "not" or "cannot" ("cannot
 * r/o mild OSA", "mild OSA cannot be ruled out", "PE not yet ruled out", "DENGUE NOT EXCLUDED"). */
static bool doubted_ruleout(const gdoc *d, size_t i) {
    /* (and "excluded": "DENGUE NOT EXCLUDED", "cannot be excluded") (guard-70) */
    if (!(((gdoc_is(d, i, "ruled") || gdoc_is(d, i, "rule")) && gdoc_is(d, i + 1, "out")) || gdoc_is(d, i, "excluded")))
        return false;
    size_t k = i;
    if (k > 0 && (gdoc_is(d, k - 1, "be") || gdoc_is(d, k - 1, "been") || gdoc_is(d, k - 1, "yet"))) k--;
    if (k > 0 && (gdoc_is(d, k - 1, "be") || gdoc_is(d, k - 1, "been"))) k--;
    return k > 0 && (gdoc_is(d, k - 1, "not") || gdoc_is(d, k - 1, "cannot"));
}

/* "negative to honeybee and wasp": a skin test's result before what it tested (not "negative
 * to date"). */
static bool negative_to(const gdoc *d, size_t i) {
    return gdoc_is(d, i, "negative") && gdoc_is(d, i + 1, "to") && !gdoc_is(d, i + 2, "date");
}

/* Length of a pre-negation trigger at i (0 if none). */
/* An "avoid" written after what is to be avoided, closing its statement or before a reason or
 * a wait ("CASHEW AVOID PENDING OFC", "CORSODYL MOUTHWASH - AVOID (STINGING)"): it reads
 * backwards only (guard-51). */
static bool avoid_after(const gdoc *d, size_t i) {
    if (!gdoc_is(d, i, "avoid") || i == 0) return false;
    size_t p = i - 1;
    if (d->tok[p].kind == GK_PUNCT && d->tok[p].punct == '-' && p > 0) p--;
    if (d->tok[p].kind != GK_WORD || !neg_content(d, p) || (d->tok[p].lex & (GL_AUX | GL_STOP))) return false;
    return i + 1 >= d->ntok || d->tok[i + 1].kind == GK_PUNCT || gdoc_is(d, i + 1, "pending") || gdoc_is(d, i + 1, "until");
}

static size_t pre_trigger(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (t->kind != GK_WORD || !(t->lex & GL_NEGCAND)) return 0;
    if (avoid_after(d, i)) return 0; /* ("CASHEW AVOID PENDING OFC": backwards only) */
    /* ("LOC DENIED BY SPR": a denial by someone, backwards only) (guard-70) */
    if (gdoc_is(d, i, "denied") && gdoc_is(d, i + 1, "by") && i > 0 && d->tok[i - 1].kind == GK_WORD) return 0;
    /* a sign written after its test ("HER2- IDC"): read backwards only */
    if ((t->flags & GF_EXPANDED) && t->end - t->start == 1 && i > 0 && d->tok[i - 1].end == t->start &&
        (d->text[t->start] == '-' || d->text[t->start] == '+'))
        return 0;
    /* "BATCH NO ***", "IP NO 4521": a number's sign, no negation (not before an ordinal: "showed no
       third-degree extension") (guard-50) */
    if (gdoc_is(d, i, "no") && i + 1 < d->ntok && (d->tok[i + 1].kind == GK_PH || d->tok[i + 1].kind == GK_NUM) &&
        !(d->tok[i + 1].flags & GF_ORDINAL) && i > 0 && d->tok[i - 1].kind == GK_WORD &&
        !(d->tok[i - 1].lex & (GL_STOP | GL_AUX)))
        return 0;
    /* the answer to a question ("CONFUSED? NO (AMT 9/10)") negates the question, not what follows */
    /* (but a "not" with a word of its own says that word too: "3HP? NOT AVAILABLE -> ISONIAZID")
       (guard-39) */
    /* (and so does a denial with its object: "ATE LUNCH? - DENIES EATING TODAY") (guard-48) */
    if (question_before(d, i) != SIZE_MAX &&
        !((gdoc_is(d, i, "not") || gdoc_is(d, i, "denies") || gdoc_is(d, i, "denied")) && i + 1 < d->ntok &&
          d->tok[i + 1].kind == GK_WORD && d->tok[i + 1].sent == t->sent && !(d->tok[i + 1].lex & (GL_STOP | GL_AUX)) &&
          neg_content(d, i + 1)))
        return 0;
    if (pseudo(d, i)) return 0;
    /* "nil by mouth" / "nothing by mouth" / "nil orally" is an instruction, not a negated finding */
    /* (hyphenated too: "the nil-by-mouth calculator") (guard-43) */
    const size_t nb = past_hyphen(d, i);
    /* (but "NIL PV LOSS", "NIL PV BLEEDING": a finding after the route, no vaginal bleeding) (guard-50) */
    const bool per_finding = gdoc_is(d, nb, "per") && gdoc_is(d, nb + 1, "vaginum") && nb + 2 < d->ntok &&
                             d->tok[nb + 2].kind == GK_WORD && d->tok[nb + 2].sent == t->sent &&
                             !(d->tok[nb + 2].lex & (GL_STOP | GL_AUX));
    if ((gdoc_is(d, i, "nil") || gdoc_is(d, i, "nothing")) &&
        (gdoc_is(d, nb, "by") || gdoc_is(d, nb, "orally") || gdoc_is(d, nb, "oral") ||
         (gdoc_is(d, nb, "per") && !per_finding)))
        return 0;
    /* "no longer has orthopnoea": the trigger is two words, and "has" after it no verb of a new clause */
    /* "no further seizures", "NIL FURTHER VOMITING": the trigger is two words */
    if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "nil")) && gdoc_is(d, i + 1, "further")) return 2;
    /* "NON COMPLIANT WITH TAB OLANZAPINE": the drug not taken, as "has not been taking his
       olanzapine" says (guard-43) */
    if (gdoc_is(d, i, "non") && (gdoc_is(d, past_hyphen(d, i), "compliant") || gdoc_is(d, past_hyphen(d, i), "adherent")))
        return 1; /* (the word negated with what follows) */
    /* (and written as one word: "NONCOMPLIANT W/ INSULIN X 3 D") (guard-44) */
    if (!gdoc_is(d, i, "non") && adherence_object(d, i)) return 1;
    if (gdoc_is(d, i, "no") && gdoc_is(d, i + 1, "longer"))
        return gdoc_is(d, i + 2, "has") || gdoc_is(d, i + 2, "have") || gdoc_is(d, i + 2, "had") ? 3 : 2;
    if ((t->lex & GL_NEG_PRE)) return 1;
    /* ("negative for 6 consecutive months": a duration follows, no finding) (guard-56) */
    if (gdoc_is(d, i, "negative") && gdoc_is(d, i + 1, "for") && i + 2 < d->ntok && d->tok[i + 2].kind == GK_NUM) return 0;
    if ((gdoc_is(d, i, "negative") && (gdoc_is(d, i + 1, "for") || negative_to(d, i))) ||
        (gdoc_is(d, i, "free") && gdoc_is(d, i + 1, "of")) ||
        (gdoc_is(d, i, "absence") && gdoc_is(d, i + 1, "of")) || (gdoc_is(d, i, "lack") && gdoc_is(d, i + 1, "of")))
        return 2;
    /* "ruled out DVT" reads forwards; "(UTI RULED OUT, HOSPITALIZATION, ...)" only backwards */
    if ((gdoc_is(d, i, "ruled") || gdoc_is(d, i, "rules") || gdoc_is(d, i, "ruling")) && gdoc_is(d, i + 1, "out"))
        return i + 2 < d->ntok && d->tok[i + 2].kind == GK_WORD && !doubted_ruleout(d, i) ? 2 : 0;
    /* "ABSENT ON TEE", "absent in both": a result with where it was seen, no forward negation */
    if (gdoc_is(d, i, "absent") && (gdoc_is(d, i + 1, "on") || gdoc_is(d, i + 1, "in") || gdoc_is(d, i + 1, "at") ||
                                    gdoc_is(d, i + 1, "by") || gdoc_is(d, i + 1, "bilaterally") ||
                                    gdoc_is(d, i + 1, "bilateral") || /* "ABSENT B/L, PLANTARS EXTENSOR" */
                                    /* "NECK RIGIDITY ABSENT (INFANT)": a one-word remark on the result */
                                    (i + 3 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '(' &&
                                     d->tok[i + 3].kind == GK_PUNCT && d->tok[i + 3].punct == ')')))
        return 0;
    /* "DTR ABSENT, PLANTARS MUTE": said of the finding before it, the comma ends it */
    if (gdoc_is(d, i, "absent") && i > 0 && neg_content(d, i - 1) && i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT &&
        d->tok[i + 1].punct == ',')
        return 0;
    /* "Membranes are absent and the liquor is clear": predicative after its copula, said of the
       subject before it (a post-negation), nothing after it */
    if (gdoc_is(d, i, "absent") && i > 0 &&
        (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "are") || gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "were")))
        return 0;
    if (gdoc_is(d, i, "absent") || gdoc_is(d, i, "avoid") || gdoc_is(d, i, "avoiding")) return 1;
    if (gdoc_is(d, i, "avoidance") && gdoc_is(d, i + 1, "of")) return 2;
    /* "NEG NITRITE", "-PSOAS", "negative nitrite": the word or sign before its test (not the
       second half of a compound, "HER2-negative", which reads backwards) */
    /* ("(-) hx stroke/TIA": a history of the finding after it) (guard-42) */
    if (gdoc_is(d, i, "negative") && (d->tok[i].flags & GF_EXPANDED) &&
        (gdoc_is(d, i + 1, "history") || gdoc_is(d, i + 1, "hx")) && neg_content(d, i + 2))
        return 1;
    if (gdoc_is(d, i, "negative") && neg_content(d, i + 1) && !(d->tok[i + 1].lex & GL_SIDE) &&
        !(i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && d->tok[i - 1].end == t->start) &&
        !test_result_before_noun(d, i))
        return 1;
    /* attributive: "a negative DCT", "a negative Mantoux test" */
    if (gdoc_is(d, i, "negative") && i > 0 && (gdoc_is(d, i - 1, "a") || gdoc_is(d, i - 1, "an"))) return 1;
    if ((gdoc_is(d, i, "abstain") || gdoc_is(d, i, "refrain") || gdoc_is(d, i, "abstinence")) && gdoc_is(d, i + 1, "from"))
        return 2;
    return 0;
}

static bool clause_break(const gdoc *d, size_t j);

/* Does a condition's "if" or "unless" open the clause of token i, up to reach words back with no
 * punctuation between ("if there is no relief, septoplasty"; "unless symptom control cannot be
 * achieved" says nothing is absent: guard-58)? */
static bool condition_before(const gdoc *d, size_t i, size_t reach) {
    for (size_t k = i, n = 0; k-- > 0 && n < reach; n++) {
        if (d->tok[k].kind == GK_PUNCT || d->tok[k].sent != d->tok[i].sent) break;
        if (gdoc_is(d, k, "if") || gdoc_is(d, k, "unless")) return true;
    }
    return false;
}

/* A post-negation trigger at i: absent, negative, nil, excluded, ruled out, not seen / present / detected. */
/* Is word j a verb of finding ("NONE KNOWN", "NIL NOTED"), which a trigger before it reads
 * backwards over? */
static bool verb_of_finding(const gdoc *d, size_t j) {
    return gdoc_is(d, j, "known") || gdoc_is(d, j, "noted") || gdoc_is(d, j, "seen") || gdoc_is(d, j, "found") ||
           gdoc_is(d, j, "detected") || gdoc_is(d, j, "reported") || gdoc_is(d, j, "elicited") ||
           gdoc_is(d, j, "identified");
}

/* Is token j "and", or an ampersand standing apart ("LEPTO CONFIRMED & SCRUB NEG") (guard-46)? */
static bool amp_or_and(const gdoc *d, size_t j) {
    if (gdoc_is(d, j, "and")) return true;
    return j > 0 && j + 1 < d->ntok && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '&' &&
           d->tok[j - 1].end < d->tok[j].start && d->tok[j + 1].start > d->tok[j].end;
}

static bool post_trigger(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    /* examination shorthand "PALLOR +, ICTERUS -": a lone minus after a finding, before a
       comma, a period, a semicolon or the end of the text */
    if (t->kind == GK_PUNCT && t->punct == '-' && i > 0 && neg_content(d, i - 1) && d->tok[i - 1].end < t->start) {
        const gtok *nx = i + 1 < d->ntok ? &d->tok[i + 1] : NULL;
        /* but a dash closing the text's first line, a title of words alone ("Neutropenic
           sepsis -" over the note), is the title's: no list of signs before it */
        if (nx && nx->kind == GK_PUNCT && nx->punct == '\n') {
            bool title = true;
            /* (a dash may open it too: "â€" OT HOME VISIT SUMMARY â€"") (guard-46) */
            for (size_t k = 0; k < i && title; k++)
                title = d->tok[k].kind == GK_WORD || (k == 0 && d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '-');
            if (title) return false;
        }
        return !nx || (nx->kind == GK_PUNCT && (nx->punct == ',' || nx->punct == '.' || nx->punct == ';' || nx->punct == '\n') &&
                       nx->start == t->end);
    }
    /* a marker's minus glued between it and the next marker: "CD38+/CD138+/CD19-/CD56+" (guard-62) */
    if (t->kind == GK_PUNCT && t->punct == '-' && i > 0 && i + 2 < d->ntok && d->tok[i - 1].kind == GK_WORD &&
        (d->tok[i - 1].flags & GF_INWORD) && d->tok[i - 1].end == t->start && d->tok[i + 1].kind == GK_PUNCT &&
        d->tok[i + 1].punct == '/' && d->tok[i + 1].start == t->end && d->tok[i + 2].start == d->tok[i + 1].end &&
        d->tok[i + 2].kind == GK_WORD)
        return true;
    if (t->kind != GK_WORD || !(t->lex & GL_NEGCAND)) return false;
    if (avoid_after(d, i)) return true;
    /* "Q4H PRN SECRETIONS - NONE NEEDED": no dose was needed, the secretions are not denied
       (guard-61) */
    if (gdoc_is(d, i, "none") && (gdoc_is(d, i + 1, "needed") || gdoc_is(d, i + 1, "required") ||
                                  gdoc_is(d, i + 1, "used") || gdoc_is(d, i + 1, "given") || gdoc_is(d, i + 1, "taken")))
        return false;
    /* "FBC NIL SIGNIFICANT", "CXR: nothing abnormal": what comes before is the test that found
       nothing of note, said normal, not absent; the trigger negates the word after it */
    if ((gdoc_is(d, i, "nil") || gdoc_is(d, i, "nothing") || gdoc_is(d, i, "none") || gdoc_is(d, i, "no")) &&
        (gdoc_is(d, i + 1, "significant") || gdoc_is(d, i + 1, "abnormal") || gdoc_is(d, i + 1, "remarkable") ||
         gdoc_is(d, i + 1, "abnormality") || gdoc_is(d, i + 1, "acute")))
        return false;
    /* "VDRL non-reactive", "HIV 1&2 NON REACTIVE" read as "nonreactive" after a serological
       test: said of the test before it (not "PUPIL MID-DILATED NON-REACTIVE") */
    if (gdoc_is(d, i, "non") && (gdoc_is(d, i + 1, "reactive") ||
                                 (i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
                                  d->tok[i + 1].start == t->end && d->tok[i + 2].start == d->tok[i + 1].end &&
                                  gdoc_is(d, i + 2, "reactive")))) {
        for (size_t k = i, n = 0; k-- > 0 && n < 6; n++) {
            const gtok *x = &d->tok[k];
            /* (past a word or two in parentheses: "HIV (RAPID) NON REACTIVE") (guard-42) */
            if (x->kind == GK_PUNCT && x->punct == ')' && k >= 2 && d->tok[k - 1].kind == GK_WORD &&
                d->tok[k - 2].kind == GK_PUNCT && d->tok[k - 2].punct == '(') {
                k -= 2;
                continue;
            }
            if (x->kind == GK_WORD && glex_serology(GT_NORM(d, x), x->len)) return true;
            if (x->kind == GK_WORD && !(x->lex & (GL_AUX | GL_STOP)) && !gdoc_is(d, k, "test") && !gdoc_is(d, k, "tests") &&
                !gdoc_is(d, k, "result") && !gdoc_is(d, k, "results") && !gdoc_is(d, k, "screen") &&
                !gdoc_is(d, k, "both") && !gdoc_is(d, k, "all") && !gdoc_is(d, k, "and"))
                break;
            if (x->kind == GK_PUNCT && x->punct != '-' && x->punct != ':' && x->punct != '&' && x->punct != '/') break;
        }
    }
    /* attributive, "thickened with an absent pulse": said of the noun after it only */
    /* "MID-DILATED NONREACTIVE PUPIL": a pupil's reaction before the pupil, no negation of the
       size before it (guard-42) */
    if ((gdoc_is(d, i, "nonreactive") || gdoc_is(d, i, "non-reactive") || gdoc_is(d, i, "unreactive")) &&
        (gdoc_is(d, i + 1, "pupil") || gdoc_is(d, i + 1, "pupils")))
        return false;
    /* (and after "with": "injected incrementally w/ neg aspiration") (guard-42) */
    if ((gdoc_is(d, i, "absent") || gdoc_is(d, i, "negative")) && i > 0 &&
        (gdoc_is(d, i - 1, "a") || gdoc_is(d, i - 1, "an") || gdoc_is(d, i - 1, "with") ||
         (i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '/' &&
         (gdoc_is(d, i - 2, "with") || gdoc_is(d, i - 2, "w")))) &&
        neg_content(d, i + 1))
        return false;
    /* a stain ("CSF GRAM -VE DIPLOCOCCI") or a balance ("net negative"): no negation either way;
       nor a plan ("needs to be ruled out") */
    if ((gdoc_is(d, i, "negative") || gdoc_is(d, i, "positive") || gdoc_is(d, i, "ruled") || gdoc_is(d, i, "excluded")) &&
        pseudo(d, i))
        return false;
    /* "an ultrasound of the left leg ruled out a DVT": with its object after it, "ruled out" reads
       forwards only (guard-44) */
    if ((gdoc_is(d, i, "ruled") || gdoc_is(d, i, "rules")) && gdoc_is(d, i + 1, "out") &&
        (gdoc_is(d, i + 2, "a") || gdoc_is(d, i + 2, "an") || gdoc_is(d, i + 2, "the") || gdoc_is(d, i + 2, "any")))
        return false;
    /* "HEMOLYZED? NO": the answer to a question negates what was asked */
    if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "negative") || gdoc_is(d, i, "nil") || gdoc_is(d, i, "not")) && i > 1 &&
        question_before(d, i) != SIZE_MAX)
        return true; /* ("DEWORMED? NOT IN LAST 6 MO") */
    /* "CANNABIS - DENIES SINCE MARCH": a denial after a spaced dash, closing its statement or
       followed by when, is said of what stands before the dash */
    if ((gdoc_is(d, i, "denies") || gdoc_is(d, i, "denied")) && i > 1 && clause_break(d, i - 1) &&
        (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1) || gdoc_is(d, i + 1, "since") || gdoc_is(d, i + 1, "for") ||
         gdoc_is(d, i + 1, "in")))
        return true;
    /* "ESTROGEN-CONTAINING OCP - AVOID;": an instruction after a spaced dash, closing its
       statement, is said of what stands before the dash */
    if (gdoc_is(d, i, "avoid") && i > 1 && clause_break(d, i - 1) && (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1)))
        return true;
    /* "RESTART NOTHING.": a verb's object "nothing" closing its statement negates the verb
       (guard-37) */
    if (gdoc_is(d, i, "nothing") && i > 0 && d->tok[i - 1].kind == GK_WORD && neg_content(d, i - 1) &&
        (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1)) && (i == 1 || gdoc_is_sentend(d, i - 2)))
        return true;
    /* "RETAINS: NO - UNABLE TO RECALL", "WEIGHS: NO.": a no after a colon, closing its statement,
       answers what stands before the colon (guard-49) */
    if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "nil")) && i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ':' &&
        d->tok[i - 2].kind == GK_WORD && (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1) || clause_break(d, i + 1)))
        return true;
    /* "SMOKER: NEVER.": the answer after a colon, closing its statement */
    if (gdoc_is(d, i, "never") && i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ':' &&
        (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1)))
        return true;
    /* "SULFA ALLERGY: DENIES.": a denial after a colon, closing its statement */
    if ((gdoc_is(d, i, "denies") || gdoc_is(d, i, "denied")) && i > 1 && d->tok[i - 1].kind == GK_PUNCT &&
        d->tok[i - 1].punct == ':' && (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1)))
        return true;
    /* "WEARING HELMET - NO": an answer after a spaced dash, closing its line */
    if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "nil") || gdoc_is(d, i, "none")) && i > 1 && clause_break(d, i - 1) &&
        (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1)))
        return true;
    /* "NBM" = nil by mouth: an instruction, not "nil" of the words before it */
    if ((gdoc_is(d, i, "nil") || gdoc_is(d, i, "nothing")) &&
        gdoc_is(d, past_hyphen(d, i), "by")) /* (and "nil-by-mouth") (guard-43) */
        return false;
    /* "net negative 2.1 L": a sign before a value, not a negation */
    if (gdoc_is(d, i, "negative") && i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM && !(d->tok[i + 1].flags & GF_DATE) &&
        (d->tok[i + 1].unit == GU_L || d->tok[i + 1].unit == GU_ML || d->tok[i + 1].unit == GU_KG ||
         d->tok[i + 1].unit == GU_G || d->tok[i + 1].unit == GU_MG || d->tok[i + 1].unit == GU_MEQ ||
         d->tok[i + 1].unit == GU_MMOL)) /* an amount; "CX NEG 48H" is negative at 48 hours */
        return false;
    /* "CV: NEG CP, PALPITATIONS", "urinalysis shows negative nitrite": after a label's colon
       or a verb and before a finding the trigger reads forwards only (the label is a heading,
       the verb's subject no finding) */
    if ((t->lex & GL_NEG_POST) && i > 0 &&
        ((d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ':') ||
         (d->tok[i - 1].kind == GK_WORD && (d->tok[i - 1].lex & GL_BREAK))) &&
        i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD && d->tok[i + 1].sent == t->sent && !verb_of_finding(d, i + 1) &&
        /* ("FALLS: NIL IN LAST 6 MO": a time after it, no finding) */
        !gdoc_is(d, i + 1, "in") && !gdoc_is(d, i + 1, "since") && !gdoc_is(d, i + 1, "during") &&
        !gdoc_is(d, i + 1, "within") && !gdoc_is(d, i + 1, "over") && !gdoc_is(d, i + 1, "so") &&
        /* ("HIV: negative when tested in January", "HBSAG: NEG ON 12/03", "NEG AT BOOKING") */
        !gdoc_is(d, i + 1, "when") && !gdoc_is(d, i + 1, "on") && !gdoc_is(d, i + 1, "at") &&
        !gdoc_is(d, i + 1, "previously") && !gdoc_is(d, i + 1, "twice"))
        return false; /* ("ALLERGIES: NONE KNOWN" still reads backwards) */
    /* "URINE R/M NIL PUS CELLS": NIL before the finding it negates reads forwards only (the
       specimen before it is no finding); "SOB NIL, COUGH NIL" still reads backwards */
    if (gdoc_is(d, i, "nil") && i + 1 < d->ntok && d->tok[i + 1].sent == t->sent && neg_content(d, i + 1) &&
        gdoc_is_content(d, i + 1) && !verb_of_finding(d, i + 1))
        return false;
    /* ("FLUID REMOVAL NIL FOR FIRST 6 HRS": NIL or NONE before "for" and a time reads backwards)
       (guard-44) */
    const bool for_time = gdoc_is(d, i + 1, "for") && (gdoc_is(d, i, "nil") || gdoc_is(d, i, "none")) &&
                          (gdoc_is(d, i + 2, "first") || gdoc_is(d, i + 2, "next") || gdoc_is(d, i + 2, "the") ||
                           (i + 2 < d->ntok && d->tok[i + 2].kind == GK_NUM));
    if ((t->lex & GL_NEG_POST) && (!gdoc_is(d, i + 1, "for") || for_time) &&
        !negative_to(d, i)) /* "negative to honeybee" reads forwards */
        return true;
    /* "SBP R/O (PMN 120)": ruled out, written as R/O after what it rules out */
    if (gdoc_is(d, i, "rule") && gdoc_is(d, i + 1, "out") && (t->flags & GF_EXPANDED) && i > 0 &&
        neg_content(d, i - 1) && (i + 2 >= d->ntok || d->tok[i + 2].kind == GK_PUNCT))
        return true;
    /* "jaundice is denied", "NSAID USE DENIED": the passive of a denial, or a denial closing
       its statement, reads backwards */
    if (gdoc_is(d, i, "denied") && i > 0 &&
        (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "are") || gdoc_is(d, i - 1, "were") ||
         (d->tok[i - 1].kind == GK_WORD && gdoc_is(d, i + 1, "by")) ||
         (d->tok[i - 1].kind == GK_WORD && (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1)))))
        return true;
    /* "HEPARIN FREE DIALYSIS", "steroid-free": a drug before "free" is withheld */
    if (gdoc_is(d, i, "free") && i > 0) {
        size_t b = d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && i > 1 ? i - 2 : i - 1;
        if (d->tok[b].kind == GK_WORD && (d->tok[b].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)) && !gdoc_is(d, i + 1, "of"))
            return true;
    }
    /* "X was ruled out"; "ruled out deep vein thrombosis" negates what follows instead */
    if (gdoc_is(d, i, "ruled") && gdoc_is(d, i + 1, "out") && !neg_content(d, i + 2) && !doubted_ruleout(d, i)) return true;
    if (gdoc_is(d, i, "avoided")) return true;
    /* "STRICT CASHEW/TREE NUT AVOIDANCE", "ALCOHOL ABSTINENCE": the noun after what is avoided */
    if ((gdoc_is(d, i, "avoidance") || gdoc_is(d, i, "abstinence")) && !gdoc_is(d, i + 1, "of") &&
        !gdoc_is(d, i + 1, "from") && i > 0 && neg_content(d, i - 1))
        return true;
    /* pain-free, "seizure free x 72 hrs" (not "free of", "free fluid", "free T4") */
    if (gdoc_is(d, i, "free") && i > 0) {
        bool hyphen = d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-';
        bool ends = i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1) ||
                    (d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ',') || d->tok[i + 1].kind == GK_NUM ||
                    gdoc_is(d, i + 1, "for") || gdoc_is(d, i + 1, "since") || gdoc_is(d, i + 1, "x") ||
                    gdoc_is(d, i + 1, "till") || gdoc_is(d, i + 1, "until") || gdoc_is(d, i + 1, "and") ||
                    gdoc_is(d, i + 1, "during") || gdoc_is(d, i + 1, "throughout") || gdoc_is(d, i + 1, "now") ||
                    gdoc_is(d, i + 1, "after") || gdoc_is(d, i + 1, "post") ||
                    /* (a time to come: "IF ATTACK-FREE NEXT 6 MO", "over the next") (guard-51) */
                    gdoc_is(d, i + 1, "next") || gdoc_is(d, i + 1, "over") || gdoc_is(d, i + 1, "within") ||
                    /* ("7 DAYS OPIOID FREE + NEG NALOXONE CHALLENGE") (guard-43) */
                    (d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '+');
        /* (a hyphenated compound before its noun names a kind of that noun: "gluten-free diet",
           as "GLUTEN FREE DIET" does) */
        bool before_noun = hyphen && !ends && i + 1 < d->ntok && neg_content(d, i + 1);
        /* (or after a colon: "THEATRE: FREE", "FORNICES: FREE", as "Theatre is free" reads) (guard-57) */
        const bool colon = i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ':' &&
                           d->tok[i - 2].kind == GK_WORD;
        if (((hyphen && !before_noun) || ((d->tok[i - 1].kind == GK_WORD || colon) && ends)) && !gdoc_is(d, i + 1, "of"))
            return true;
    }
    /* "SPC NOT IN SITU": what is not in place stands before (guard-51) */
    if (gdoc_is(d, i, "not") && gdoc_is(d, i + 1, "in") && gdoc_is(d, i + 2, "situ") && i > 0 && neg_content(d, i - 1))
        return true;
    if (gdoc_is(d, i, "not") || gdoc_is(d, i, "none") || gdoc_is(d, i, "never") /* "DEXA NEVER DONE" (guard-35) */ ||
        /* "the tympanic membrane cannot be visualised" (guard-58) */
        (gdoc_is(d, i, "cannot") && gdoc_is(d, i + 1, "be") && !condition_before(d, i, 8))) {
        static const char *const v[] = {"seen", "present", "found", "detected", "noted", "elicited", "palpable",
                                        "felt", "observed", "visualised", "visualized", "recorded", "needed",
                                        "required", "indicated", "necessary", "done", "given", "performed",
                                        "started", "known", "stopped", "discontinued", "withheld", "missed",
                                        "skipped", "exceeded", "changed", "taken", "used", "repeated", "placed",
                                        "kept", "inserted", "put", "sent", "applied", "resurfaced", "reqd", "req",
                                        "req'd", "det" /* "RIF RES NOT DET" (guard-56) */,
                                        /* "NECK LIFT NOT POSSIBLE" -> "unable to lift the neck" */
                                        "possible", "feasible", "achieved", "attained",
                                        /* guard-35: "EPIPEN NOT CARRIED", "FLU VACCINE NOT RECEIVED THIS SEASON",
                                           "METFORMIN NOT PREFERRED BY PT" */
                                        "carried", "received", "preferred", "tolerated", "tried", "collected",
                                        "obtained", "administered", "completed", "offered", "accepted", "wanted",
                                        /* guard-39: "RSV VAX - NOT ELIGIBLE" ("not suitable" and "not
                                           recommended" are said of a pronoun in rewrites: "this is not
                                           suitable") */
                                        "eligible", "warranted",
                                        /* guard-42: "no eGFR is available" */
                                        "available",
                                        /* "the bowels have not opened" for "BO NIL" */
                                        "opened", "open",
                                        /* guard-46: "G6PD has not been tested" for "NOT G6PD TESTED" */
                                        "tested", "checked",
                                        /* guard-48: "LIVER NOT PALP" */
                                        "palp",
                                        /* guard-57: "the action line has not yet been reached" */
                                        "reached", NULL};
        if (pseudo(d, i)) return false;
        /* "NEXT ENOXAPARIN NOT BEFORE 12:15", "NG TUBE NOT ROUTINELY": a time limit or a manner
           said of what stands before it, as "the next dose should not be given before 12:15"
           and "a nasogastric tube is not used routinely" are */
        if (gdoc_is(d, i, "not") &&
            (gdoc_is(d, i + 1, "before") || gdoc_is(d, i + 1, "until") || gdoc_is(d, i + 1, "till") ||
             gdoc_is(d, i + 1, "routinely")) &&
            i > 0 && neg_content(d, i - 1))
            return true;
        /* "EGFR N/A": not available, said of the word right before it (not after a dash: "IF HBV
           ACTIVE - N/A" says the condition does not apply) (guard-42) */
        /* (and "Testes: not applicable", "(TauroLock not applicable)" for "TESTES N/A", "(TAUROLOCK
           N/A)") */
        if (gdoc_is(d, i, "not") && gdoc_is(d, i + 1, "applicable") && i > 0) {
            const size_t w = d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ':' && i > 1 ? i - 2 : i - 1;
            if (d->tok[w].kind == GK_WORD && neg_content(d, w)) return true;
        }
        /* "CLOPIDOGREL NOT ON.": the drug the patient is not on */
        if (gdoc_is(d, i, "not") && gdoc_is(d, i + 1, "on") && (i + 2 >= d->ntok || gdoc_is_sentend(d, i + 2)) && i > 0 &&
            neg_content(d, i - 1))
            return true;
        /* "aspirin should not be stopped", "NSAIDs must not be given" (DO NOT STOP ASPIRIN) */
        size_t j = i + 1;
        if ((gdoc_is(d, i, "not") || gdoc_is(d, i, "cannot")) && (gdoc_is(d, j, "be") || gdoc_is(d, j, "been"))) j++;
        /* "MEDIC ALERT BRACELET - NOT YET OBTAINED", "an EEG has not yet been done", and "TAKE-HOME
           DOSES NOT YET." closing its statement (guard-37) */
        if (gdoc_is(d, i, "not") && gdoc_is(d, j, "yet")) {
            j++;
            /* (or before its parenthesis or comma: "IRON NOT YET (START 4 WKS)") (guard-39) */
            /* (or a spaced dash: "ICD NOT YET - REASSESS EF AFTER 90 DAYS") (guard-47) */
            if (j >= d->ntok || gdoc_is_sentend(d, j) || clause_break(d, j) ||
                (d->tok[j].kind == GK_PUNCT && (d->tok[j].punct == '(' || d->tok[j].punct == ',')))
                return i > 0 && neg_content(d, i - 1);
            if (gdoc_is(d, j, "be") || gdoc_is(d, j, "been")) j++;
        }
        /* (an adverb of time between: "ICU REVIEW: NOT CURRENTLY REQUIRED") (guard-39) */
        if (gdoc_is(d, j, "currently") || gdoc_is(d, j, "presently") || gdoc_is(d, j, "immediately")) j++;
        for (const char *const *p = v; *p; p++)
            if (gdoc_is(d, j, *p)) return true;
    }
    return false;
}

/* Does the comma segment from token j on (to the next comma or sentence end) stand on its own:
 * a schedule (HRLY, daily, twice) or a plus sign closing a finding ("DEATH WISHES +")? */
static bool scheduled_segment(const gdoc *d, size_t j) {
    for (; j < d->ntok && !gdoc_is_sentend(d, j) && !(d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ','); j++) {
        /* or a sign of its own that affirms it: "DENIES ACTIVE SI/HI, PASSIVE DEATH WISHES +" */
        if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '+' && j > 0 && d->tok[j - 1].kind == GK_WORD &&
            (j + 1 >= d->ntok || d->tok[j + 1].kind == GK_PUNCT || gdoc_is_sentend(d, j + 1)))
            return true;
        /* (a time of day that names a kind of symptom is no schedule: "no fever, weight loss or
           night sweats", "morning stiffness") */
        if ((gdoc_is(d, j, "night") || gdoc_is(d, j, "morning") || gdoc_is(d, j, "evening")) && j + 1 < d->ntok &&
            gdoc_is_content(d, j + 1) && !(d->tok[j + 1].lex & (GL_FORM | GL_FREQWORD)) && !gdoc_is(d, j + 1, "dose") &&
            !gdoc_is(d, j + 1, "doses"))
            continue;
        if (d->tok[j].kind == GK_WORD && (((d->tok[j].lex & GL_FREQWORD) && !(d->tok[j].lex & GL_NEG_PRE)) ||
                                          gdoc_is(d, j, "hrly") || gdoc_is(d, j, "hourly")))
            return true;
    }
    return false;
}

/* A dash with a space on both sides (or an em / en dash written as "--") between two clauses. */
static bool clause_break(const gdoc *d, size_t j) {
    const gtok *t = &d->tok[j];
    if (t->kind != GK_PUNCT || t->punct != '-' || j == 0 || j + 1 >= d->ntok) return false;
    return d->tok[j - 1].end < t->start && d->tok[j + 1].start > t->end;
}

/* "positive" in a device's or a setting's name ("not using a positive expiratory pressure
 * device", "positive end-expiratory pressure", "positive airway pressure"): no new statement. */
static bool named_positive(const gdoc *d, size_t i) {
    return gdoc_is(d, i, "positive") && (gdoc_is(d, i + 1, "expiratory") || gdoc_is(d, i + 1, "end") ||
                                         gdoc_is(d, i + 1, "airway") || gdoc_is(d, i + 1, "pressure"));
}

static bool terminator(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    /* (not a dosage form's abbreviating dot after its one letter: "NON COMPLIANT TO T. OLANZAPINE";
       "NO IM INJ. T. PCM" and "SALBUTAMOL 5MG NEB. HYDROCORTISONE NOT GIVEN" end there) (guard-43) */
    if (t->kind == GK_PUNCT && t->punct == '.' && i > 0 && i + 1 < d->ntok && d->tok[i - 1].kind == GK_WORD &&
        (d->tok[i - 1].lex & GL_FORM) && d->tok[i - 1].end == t->start && d->tok[i + 1].kind == GK_WORD &&
        d->tok[i - 1].end - d->tok[i - 1].start == 1)
        return false;
    if (gdoc_is_sentend(d, i)) return true;
    if (t->kind == GK_PUNCT && t->punct == '+') return true;
    /* an arrow, "NEXUS NEG -> CLEARED", "VIA TEASPOON -> NIL S/S": what follows is a consequence */
    if (t->kind == GK_PUNCT && t->punct == '>' && i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
        d->tok[i - 1].end == t->start)
        return true;
    if (t->kind == GK_PUNCT && t->punct == '-' && i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT &&
        d->tok[i + 1].punct == '>' && d->tok[i + 1].start == t->end)
        return true;
    return t->kind == GK_WORD && (t->lex & GL_TERM) && !named_positive(d, i);
}

/* mark[i] |= NEG_N / NEG_W for content words in negation scope. */
/* The subject of a verb at token v that says it is not there ("use is no more than", "has no
 * role", "were withheld"): up to three content words before v, back to a clause's break, in
 * every scope; a parenthesis inside it is passed where parens, a perfect's has / have / had
 * where perfect. */
static void negate_subject(const gdoc *d, uint8_t *mark, size_t v, bool parens, bool perfect) {
    for (size_t j = v, got = 0; j-- > 0 && got < 3;) {
        const gtok *x = &d->tok[j];
        if (parens && x->kind == GK_PUNCT && (x->punct == '(' || x->punct == ')')) continue;
        if (perfect && x->kind == GK_WORD && (gdoc_is(d, j, "has") || gdoc_is(d, j, "have") || gdoc_is(d, j, "had")))
            continue;
        if (x->kind != GK_WORD || (x->lex & (GL_TERM | GL_BREAK | GL_AUX | GL_NEG_PRE))) break;
        if (neg_content(d, j)) mark[j] |= NEG_N | NEG_W | NEG_WA, got++;
    }
}

/* A statement asked as a question and left unanswered ("HELD 2100 CARVEDILOL DOSE? ALREADY
 * GIVEN."): neither affirmed nor negated, which a rewrite may tell either way ("the dose could
 * not be held"): its words are in the wide scope (guard-46).  A question answered yes or no
 * ("CONFUSED? NO") is read by the answer's own trigger. */
static void unanswered_questions(const gdoc *d, uint8_t *mark) {
    for (size_t q = 1; q < d->ntok; q++) {
        if (d->tok[q].kind != GK_PUNCT || d->tok[q].punct != '?' || d->tok[q - 1].kind != GK_WORD ||
            d->tok[q - 1].end != d->tok[q].start)
            continue;
        /* (one mark, a statement after it: "BAYGON?? (?CARBAMATE)" doubts the name, no event) */
        if (q + 1 >= d->ntok || d->tok[q + 1].kind != GK_WORD) continue;
        const size_t a = q + 1;
        if (gdoc_is(d, a, "no") || gdoc_is(d, a, "nil") || gdoc_is(d, a, "none") || gdoc_is(d, a, "not") ||
            gdoc_is(d, a, "negative") || gdoc_is(d, a, "yes") || gdoc_is(d, a, "positive") || gdoc_is(d, a, "never"))
            continue;
        for (size_t j = q, got = 0; j-- > 0 && got < 6 && d->tok[j].sent == d->tok[q - 1].sent;) {
            const gtok *x = &d->tok[j];
            if (x->kind == GK_PUNCT && x->punct != '-' && x->punct != '/') break;
            if (x->kind == GK_WORD && (x->lex & GL_NEG_PRE)) break;
            if (neg_content(d, j)) mark[j] |= NEG_W | NEG_WA, got++;
        }
    }
}

/* "The skin was checked for additional patches; none were found": a "none" that opens a clause
 * after a semicolon or comma as its subject answers the search before it, whose words (after
 * its "for", where it has one) are in the wide scope (guard-66). */
static void none_found(const gdoc *d, uint8_t *mark) {
    for (size_t i = 1; i + 1 < d->ntok; i++) {
        if (d->tok[i - 1].kind != GK_PUNCT || (d->tok[i - 1].punct != ';' && d->tok[i - 1].punct != ',') ||
            !gdoc_is(d, i, "none"))
            continue;
        if (!gdoc_is(d, i + 1, "was") && !gdoc_is(d, i + 1, "were") && !gdoc_is(d, i + 1, "is") &&
            !gdoc_is(d, i + 1, "are"))
            continue;
        size_t a = i - 1;
        while (a > 0 && !gdoc_is_sentend(d, a - 1) && !(d->tok[a - 1].kind == GK_PUNCT && d->tok[a - 1].punct == ';'))
            a--;
        for (size_t j = a; j + 1 < i; j++)
            if (gdoc_is(d, j, "for")) a = j + 1;
        for (size_t j = a; j + 1 < i; j++)
            if (neg_content(d, j)) mark[j] |= NEG_W | NEG_WA;
    }
}

static void scopes(const gdoc *d, uint8_t *mark) {
    unanswered_questions(d, mark);
    none_found(d, mark);
    for (size_t i = 0; i < d->ntok; i++) {
        size_t tl = pre_trigger(d, i);
        /* "GRUNTING NIL, MOD RECESSION": a NIL or NONE closing its finding before a comma is said of
           that finding only (read backwards), not of the next item */
        if (tl == 1 && (gdoc_is(d, i, "nil") || gdoc_is(d, i, "none")) && i > 0 && neg_content(d, i - 1) &&
            i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ',')
            tl = 0;
        /* "MISSED NO DOSES" -> "has not missed any doses": the verb before a "no" its object takes is
           in the wide scope (guard-48) */
        if (i >= 1 && gdoc_is(d, i, "no") && d->tok[i - 1].kind == GK_WORD && d->tok[i - 1].len >= 5 &&
            verb_participle(d, i - 1) && neg_content(d, i - 1) && i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD &&
            !(d->tok[i - 1].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)))
            mark[i - 1] |= NEG_W | NEG_WA;
        /* and the verb that opens its clause before a "nothing" that closes it: "REMOVE NOTHING -
           DISSOLVABLE SUTURES" -> "nothing needs to be removed" (guard-50) */
        if (i >= 1 && gdoc_is(d, i, "nothing") && d->tok[i - 1].kind == GK_WORD && d->tok[i - 1].len >= 4 &&
            neg_content(d, i - 1) && !(d->tok[i - 1].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)) &&
            (i + 1 >= d->ntok || d->tok[i + 1].kind == GK_PUNCT) &&
            (verb_participle(d, i - 1) || i == 1 || d->tok[i - 2].kind == GK_PUNCT))
            mark[i - 1] |= NEG_W | NEG_WA;
        if (tl) {
            int seen = 0;
            /* "non" is a prefix (non-tender, non invasive ventilation): it negates one word */
            /* ("NON COMPLIANT WITH TAB OLANZAPINE": the adherence and what it is to) (guard-43) */
            const bool adherence = adherence_object(d, i);
            /* (what is not taken: a word or two, up to a comma, "NONCOMPLIANT W/ MEDS X 2 MO, P/W HA") */
            int budget = adherence ? 2 : gdoc_is(d, i, "non") ? 1 : WIDE;
            /* "do not resuscitate", "do-not-resuscitate status was discussed": the order's name */
            size_t pw = i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' ? i - 1 : i;
            size_t nw = past_hyphen(d, i);
            bool dnr = gdoc_is(d, i, "not") && pw > 0 && gdoc_is(d, pw - 1, "do") &&
                       (gdoc_is(d, nw, "resuscitate") || gdoc_is(d, nw, "attempt") || gdoc_is(d, nw, "intubate"));
            /* (and "not for resuscitation", NFR, an order's name too: "NFR ORDER IN PLACE") (guard-50) */
            dnr = dnr || (gdoc_is(d, i, "not") && gdoc_is(d, nw, "for") && gdoc_is(d, past_hyphen(d, nw), "resuscitation"));
            /* the "no" of an obstetric formula's zero (P0: "no para") negates that word only */
            if ((d->tok[i].flags & GF_EXPANDED) && i + 1 < d->ntok && d->tok[i + 1].start == d->tok[i].start &&
                (gdoc_is(d, i + 1, "para") || gdoc_is(d, i + 1, "living") || gdoc_is(d, i + 1, "abortion") ||
                 gdoc_is(d, i + 1, "dead") || gdoc_is(d, i + 1, "gravida")))
                budget = 1;
            /* a procedure's name, "trial without catheter" (TWOC): it negates the catheter only,
               not what is said of the trial ("was performed today and failed") */
            if (gdoc_is(d, i, "without") && i > 0 && gdoc_is(d, i - 1, "trial")) budget = 1;
            /* "abstinence from alcohol, a low-fat diet": the noun after it only */
            const bool abstinence = gdoc_is(d, i, "abstinence");
            if (abstinence) budget = 2;
            bool non = budget == 1;
            if (dnr) budget = 1;
            bool instruction = gdoc_is(d, i, "avoid") || gdoc_is(d, i, "avoiding") || gdoc_is(d, i, "avoidance") ||
                               gdoc_is(d, i, "abstain") || gdoc_is(d, i, "refrain") || gdoc_is(d, i, "abstinence");
            bool listed = repeated_trigger(d, i);
            /* a trigger that starts an item of a slashed list ("BLOOD IN STOOL / NOT DRINKING /
               LETHARGY") negates its own item only */
            const bool slash_item = i > 0 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '/';
            /* a trigger inside a condition ("if there is no relief, septoplasty", "If there is no
               progression, discuss laparotomy"): the comma closing the condition starts what to
               do then, which is not negated */
            const bool conditional = condition_before(d, i, 6);
            /* "no one in the family has had similar complaints", "nobody ... had": the
               negated subject's verb does not end the scope */
            bool subject = gdoc_is(d, i, "nobody") ||
                           (gdoc_is(d, i, "no") && i + 1 < d->ntok && strcmp(GT_NORM(d, &d->tok[i + 1]), "one") == 0);
            bool crossed_and = false, past_place = false, conj = false, past_comma = false;
            bool passed_verb = tl >= 2; /* a word after a verbal "not" ("not been started"), content or not */
            /* a verb or preposition trigger heads a list ("DENIES CP, SOB, HEMOPTYSIS", "AVOID
               STRAINING, HEAVY LIFTING", "without fever, rash or cough"); "no" and "not" are
               often followed by a statement after the comma */
            bool list_head = instruction || (tl == 2 && !gdoc_is(d, i + 1, "further")) || gdoc_is(d, i, "denies") ||
                             gdoc_is(d, i, "denied") ||
                             gdoc_is(d, i, "deny") || gdoc_is(d, i, "denying") || gdoc_is(d, i, "without");
            for (size_t j = i + tl; j < d->ntok && seen < budget; j++) {
                if (adherence && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',') break;
                bool after_verb = passed_verb;
                /* "not yet been assessed": yet changes nothing */
                if (gdoc_is(d, j, "yet") && seen == 0) continue;
                if (d->tok[j].kind == GK_WORD && !(d->tok[j].lex & GL_AUX) && !gdoc_is(d, j, "and") && !gdoc_is(d, j, "or"))
                    passed_verb = true;
                /* a reason or a new clause: "not given because she is hemodynamically stable" */
                if (gdoc_is(d, j, "because") || gdoc_is(d, j, "although") || gdoc_is(d, j, "though") ||
                    (seen > 0 && gdoc_is(d, j, "due") && gdoc_is(d, j + 1, "to")) ||
                    /* (or after the trigger's own verb, "BMV NOT DONE IN VIEW OF LAA CLOT", "NOT GIVEN
                       DUE TO", "owing to": "not due to" itself denies a cause) (guard-35) */
                    (j > i + tl && ((gdoc_is(d, j, "due") && gdoc_is(d, j + 1, "to")) ||
                                    (gdoc_is(d, j, "owing") && gdoc_is(d, j + 1, "to")) ||
                                    (gdoc_is(d, j, "in") && gdoc_is(d, j + 1, "view") && gdoc_is(d, j + 2, "of")))) ||
                    /* "UNABLE TO WALK 2* DIZZINESS": secondary to, a reason */
                    (seen > 0 && gdoc_is(d, j, "secondary") && (d->tok[j].flags & GF_EXPANDED)) ||
                    (seen > 0 && gdoc_is(d, j, "for") && (gdoc_is(d, j + 2, "reason") || gdoc_is(d, j + 2, "reasons") ||
                                                          gdoc_is(d, j + 3, "reason") || gdoc_is(d, j + 3, "reasons"))) ||
                    (seen > 0 && (gdoc_is(d, j, "since") || gdoc_is(d, j, "as") || gdoc_is(d, j, "which") ||
                                  gdoc_is(d, j, "who"))) ||
                    /* a reason after a comma ("not required, as the seizure stopped") */
                    ((gdoc_is(d, j, "as") || gdoc_is(d, j, "since")) && j > 0 && d->tok[j - 1].kind == GK_PUNCT &&
                     d->tok[j - 1].punct == ',') ||
                    /* what to do once a condition holds, said without a comma ("IF NO PAIN START FEED") (guard-70) */
                    (seen > 0 && conditional &&
                     (gdoc_is(d, j, "start") || gdoc_is(d, j, "stop") || gdoc_is(d, j, "give") || gdoc_is(d, j, "call") ||
                      gdoc_is(d, j, "resume") || gdoc_is(d, j, "restart") || gdoc_is(d, j, "remove") ||
                      gdoc_is(d, j, "increase") || gdoc_is(d, j, "reduce") || gdoc_is(d, j, "repeat") ||
                      gdoc_is(d, j, "discharge") || gdoc_is(d, j, "commence") || gdoc_is(d, j, "refer"))) ||
                    /* and what a result shows, after a comma ("no clot, indicating coagulopathy") (guard-70) */
                    ((gdoc_is(d, j, "indicating") || gdoc_is(d, j, "suggesting") || gdoc_is(d, j, "confirming")) &&
                     j > 0 && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == ',') ||
                    /* a condition: "AVOID IF DYSPEPSIA", "NOT TO DRIVE IF SLEEPY" */
                    (seen > 0 && (gdoc_is(d, j, "when") || gdoc_is(d, j, "whenever") || gdoc_is(d, j, "till") ||
                                  gdoc_is(d, j, "until"))) ||
                    /* (the time during which an act is not to be done: "DO NOT STOP WHILE INR RISING", "NO
                       DRIVING WHILE IMPAIRED"; not a finding's, "no pain while walking") (guard-66); a state
                       is no act, after any negation: "no bridge duties while drowsy", and an act may come
                       second, "no commercial driving while taking" (guard-70) */
                    (seen > 0 && gdoc_is(d, j, "while") &&
                     (gdoc_is(d, i, "not") || (i + tl < d->ntok && word_ends(d, i + tl, "ing", 6)) ||
                      (j > i + tl + 1 && word_ends(d, j - 1, "ing", 6)) ||
                      (j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD && !word_ends(d, j + 1, "ing", 5)))) ||
                    /* (a second condition by its limit: "WITHOUT CARBS OR >250 MG/DL WITH KETONES") (guard-66) */
                    (seen > 0 && gdoc_is(d, j, "or") && j + 2 < d->ntok && d->tok[j + 1].kind == GK_PUNCT &&
                     (d->tok[j + 1].punct == '>' || d->tok[j + 1].punct == '<') && d->tok[j + 2].kind == GK_NUM) ||
                    /* what is waited for: "NOT STARTED PENDING OGD" */
                    ((seen > 0 || after_verb) && (gdoc_is(d, j, "pending") || gdoc_is(d, j, "awaiting"))) ||
                    /* whose say: "not given, per surgeon preference" (guard-42) */
                    (after_verb && gdoc_is(d, i, "not") &&
                     ((gdoc_is(d, j, "per") && j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD &&
                       !glex_unit(GT_NORM(d, &d->tok[j + 1]), d->tok[j + 1].len) && !gdoc_is(d, j + 1, "dose")) ||
                      (gdoc_is(d, j, "according") && gdoc_is(d, j + 1, "to")))) ||
                    /* a reason with its subject: "not 2g stat as pt breastfeeding" (guard-42) */
                    (gdoc_is(d, j, "as") && (gdoc_is(d, j + 1, "pt") || gdoc_is(d, j + 1, "patient") ||
                                             gdoc_is(d, j + 1, "she") || gdoc_is(d, j + 1, "he") ||
                                             gdoc_is(d, j + 1, "they"))) ||
                    /* a time from which: "UPSI NIL SINCE LMP" (the trigger said of what stands before it) */
                    gdoc_is(d, j, "since") ||
                    /* (a result's time: "DIPSTICK NEG PRE-PROCEDURE") (guard-51) */
                    (gdoc_is(d, i, "negative") && (gdoc_is(d, j, "pre") || gdoc_is(d, j, "post")) && j + 1 < d->ntok &&
                     d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '-') ||
                    /* when: "NO G-CSF THIS CYCLE", "no seizures this admission" (guard-50) */
                    (seen > 0 && gdoc_is(d, j, "this") &&
                     (gdoc_is(d, j + 1, "cycle") || gdoc_is(d, j + 1, "admission") || gdoc_is(d, j + 1, "week") ||
                      gdoc_is(d, j + 1, "month") || gdoc_is(d, j + 1, "visit") || gdoc_is(d, j + 1, "time"))) ||
                    (gdoc_is(d, j, "if") && (seen > 0 || instruction) && !gdoc_is(d, j - 1, "or") &&
                     !gdoc_is(d, j - 1, "and") && !(d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == ',')) ||
                    /* ("OGD not required unless GI sx": after the trigger's verb) (guard-42) */
                    ((seen > 0 || (after_verb && gdoc_is(d, i, "not"))) && gdoc_is(d, j, "unless")))
                    break;
                /* "did not appear to be responding", "does not seem to be": the verb of seeming
                   passes the negation on */
                if (gdoc_is(d, j, "appear") || gdoc_is(d, j, "appears") || gdoc_is(d, j, "appeared") || gdoc_is(d, j, "seem") ||
                    gdoc_is(d, j, "seems") || gdoc_is(d, j, "seemed")) {
                    if (gdoc_is(d, j + 1, "to")) j++;
                    if (gdoc_is(d, j + 1, "be")) j++;
                    continue;
                }
                /* "no complaints of fever": a terminator word right after the trigger is part of it
                   (but "CATHETER NOT PRESENT, CONTINENT" says "not present" of what is before it) */
                if (seen == 0 && j == i + 1 && gdoc_is(d, i, "not") && gdoc_is(d, j, "present") && i > 0 &&
                    d->tok[i - 1].kind == GK_WORD)
                    break;
                if (seen == 0 && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_TERM)) continue;
                if (subject && d->tok[j].kind == GK_WORD && (gdoc_is(d, j, "has") || gdoc_is(d, j, "had") ||
                                                             gdoc_is(d, j, "have") || (d->tok[j].lex & GL_AUX)))
                    continue;
                /* "no trigger has been identified": the perfect's auxiliary is no new clause */
                if (seen > 0 && (gdoc_is(d, j, "has") || gdoc_is(d, j, "have") || gdoc_is(d, j, "had")) &&
                    gdoc_is(d, j + 1, "been"))
                    continue;
                /* "AVOID: AMINOGLYCOSIDES, FLUOROQUINOLONES, MAGNESIUM": an instruction heading its list */
                if (j == i + tl && instruction && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ':') continue;
                /* "the need to avoid reassurance-seeking was explained": an auxiliary after what is
                   avoided starts the clause's verb */
                if (instruction && seen > 0 && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_AUX)) break;
                if (abstinence && seen > 0 &&
                    ((d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',') || gdoc_is(d, j, "and") || gdoc_is(d, j, "or")))
                    break;
                /* "AVOID EXERCISE + HOT BATHS": a spaced plus between the things to avoid is "and" */
                if (instruction && seen > 0 && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '+' &&
                    d->tok[j - 1].end < d->tok[j].start && j + 1 < d->ntok && d->tok[j + 1].start > d->tok[j].end &&
                    d->tok[j + 1].kind == GK_WORD)
                    continue;
                if (terminator(d, j)) break;
                /* "IF NOT BETTER 48-72 HRS OR DISCHARGE": a condition's "not" negates its state
                   word only; what follows is the rest of the condition */
                /* (and "IF NO BETTER IN 24HRS START PREDNISONE") (guard-58) */
                if (j > i + 1 && (gdoc_is(d, i, "not") || gdoc_is(d, i, "no")) && i > 0 &&
                    (gdoc_is(d, i - 1, "if") || gdoc_is(d, i - 1, "unless") ||
                     /* ("if there is no improvement on the 2-week audiogram") */
                     (i >= 3 && gdoc_is(d, i - 3, "if") && gdoc_is(d, i - 2, "there") &&
                      (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "are")))) &&
                    (gdoc_is(d, i + 1, "better") || gdoc_is(d, i + 1, "improved") || gdoc_is(d, i + 1, "improving") ||
                     gdoc_is(d, i + 1, "improvement") || gdoc_is(d, i + 1, "response") ||
                     gdoc_is(d, i + 1, "settled") || gdoc_is(d, i + 1, "settling") || gdoc_is(d, i + 1, "resolved") ||
                     gdoc_is(d, i + 1, "resolving")))
                    break;
                /* "who is not on anticoagulation was last known well": after the object of a
                   verbal "not", an auxiliary starts another clause */
                if ((seen > 0 || after_verb) && gdoc_is(d, i, "not") && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_AUX) &&
                    /* (but "has not previously been immunised": the perfect's "been" after an adverb) */
                    !(seen == 0 && j == i + 2 && d->tok[i + 1].kind == GK_WORD &&
                      (gdoc_is(d, j, "been") || gdoc_is(d, j, "be") || gdoc_is(d, j, "being"))))
                    break;
                /* clause boundaries: a spaced dash ("NO SORE THROAT - WARNING REITERATED",
                   "NOT SAFE FOR TABLETS WHOLE - CRUSH") and the close of a parenthesis the
                   trigger stands in ("(NOT ON MTX DAY) TO RESTART LATER") */
                if (clause_break(d, j)) break;
                /* an equals sign draws the reading: "NO WHEEZE, NO HYPOTENSION = FISHBANE REACTION" (guard-48) */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '=') break;
                /* a condition after a comma is a statement of its own ("if there is no improvement
                   within 2 hours, or if the GCS falls") (guard-47) */
                if (j > i + tl && (gdoc_is(d, j, "if") || gdoc_is(d, j, "unless")) &&
                    ((d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == ',') ||
                     (j >= 2 && gdoc_is(d, j - 1, "or") && d->tok[j - 2].kind == GK_PUNCT && d->tok[j - 2].punct == ',')))
                    break;
                if (slash_item && seen > 0 && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '/') break;
                /* ", with ..." after the negated finding adds what is there ("no residual calculus,
                   with the right DJ stent in situ"), not another thing that is absent */
                if (seen > 0 && gdoc_is(d, j, "with") && !gdoc_is(d, j + 1, "or") && d->tok[j - 1].kind == GK_PUNCT &&
                    d->tok[j - 1].punct == ',')
                    break;
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ')' && (seen > 0 || opened_before(d, i))) break;
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' &&
                    /* (a condition's word need not be a finding: "if there is no improvement, adenoidectomy")
                       (guard-58) */
                    (listed ||
                     (conditional && (seen > 0 || j > i + tl) &&
                      /* (not before the last two items of its list: "if there is no loin pain, fever or leak")
                         (guard-70) */
                      !(j + 3 < d->ntok && d->tok[j + 1].kind == GK_WORD && !(d->tok[j + 1].lex & (GL_AUX | GL_STOP)) &&
                        (gdoc_is(d, j + 2, "or") || gdoc_is(d, j + 2, "nor")) && d->tok[j + 3].kind == GK_WORD)) ||
                     comma_ends_scope(d, j, instruction)))
                    break;
                /* "FOLEY NOT USED, VOIDED SPONTANEOUSLY": after a verbal "not" and its participle, a
                   comma before another past participle starts a statement of its own */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && gdoc_is(d, i, "not") && after_verb &&
                    j + 1 < d->ntok && d->tok[j + 1].kind == GK_WORD && d->tok[j + 1].len >= 5 &&
                    strcmp(GT_NORM(d, &d->tok[j + 1]) + d->tok[j + 1].len - 2, "ed") == 0 &&
                    !(d->tok[j + 1].lex & (GL_DRUG | GL_SYN | GL_ANATOMY)))
                    break;
                /* a "not" that has said for how long ("DRIVING: NOT FOR 1 MONTH, INFORM DVLA IF ..."):
                   the comma after the duration ends it, the next words being a new instruction
                   (guard-37) */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && gdoc_is(d, i, "not") && j >= i + 3 &&
                    gdoc_is(d, i + 1, "for") && d->tok[i + 2].kind == GK_NUM &&
                    (d->tok[i + 2].unit == GU_DAY || d->tok[i + 2].unit == GU_WEEK || d->tok[i + 2].unit == GU_MONTH ||
                     d->tok[i + 2].unit == GU_YEAR || d->tok[i + 2].unit == GU_HOUR))
                    break;
                /* a list's item does not start with a preposition ("without complications, for the
                   outpatient programme") */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && (seen > 0 || after_verb) &&
                    (gdoc_is(d, j + 1, "for") || gdoc_is(d, j + 1, "to") || gdoc_is(d, j + 1, "in") || gdoc_is(d, j + 1, "on") ||
                     gdoc_is(d, j + 1, "at") || gdoc_is(d, j + 1, "from") || gdoc_is(d, j + 1, "by") ||
                     gdoc_is(d, j + 1, "after") || gdoc_is(d, j + 1, "under") ||
                     /* (", along with a fracture of the right temporal bone") (guard-39) */
                     (gdoc_is(d, j + 1, "along") && gdoc_is(d, j + 2, "with"))))
                    break;
                /* a comma segment with a schedule of its own is a new order ("AVOID FLUID
                   OVERLOAD, GRBS 4 HRLY"; "NOT ON INSULIN, METFORMIN 500 BD") */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && seen > 0 && scheduled_segment(d, j + 1)) break;
                /* past a comma, a telegraphic list and a new statement look alike ("NO IUGS, LT
                   ADNEXAL MASS"; "NOT SUNKEN, SKIN PINCH GOES BACK"): what follows is only in
                   the wide scope, so it is never reported as a negation the output lost */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && seen > 0 && !list_head) past_comma = true;
                /* (and past a spaced slash after the verb of "unable to": "RETURN IF UNABLE TO DRINK /
                   CONVULSIONS" lists danger signs, which "or has convulsions" says) (guard-46) */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '/' && seen > 0 && gdoc_is(d, i, "unable") &&
                    d->tok[j - 1].end < d->tok[j].start && j + 1 < d->ntok && d->tok[j + 1].start > d->tok[j].end)
                    past_comma = true;
                /* "without rash, with joint pain": the "with" after a comma answers the "without" */
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && gdoc_is(d, i, "without") && gdoc_is(d, j + 1, "with"))
                    break;
                if (dnr && gdoc_is(d, j, "attempt")) continue;
                /* "AVOID ALLOPURINOL WITH RASBURICASE": what goes with the avoided thing is not avoided
                   itself; "avoid taking Thyronorm with iron or calcium" for "AVOID TAKING WITH
                   IRON/CALCIUM" says the pairing, so what follows "with" keeps a negation the other
                   text gives it without being one (guard-40; a bare "AVOID TAKING WITH IRON" keeps
                   iron negated) */
                if (seen > 0 && gdoc_is(d, j, "with") && (gdoc_is(d, i, "avoid") || gdoc_is(d, i, "avoiding")) &&
                    !gdoc_is(d, j - 1, "contact") && !gdoc_is(d, j - 1, "contacts")) { /* ("avoid contact with pregnant people") */
                    for (size_t q = j + 1, got = 0; q < d->ntok && got < 3 && !terminator(d, q) &&
                                                    !(d->tok[q].kind == GK_PUNCT && d->tok[q].punct != '/');
                         q++)
                        if (neg_content(d, q)) mark[q] |= NEG_PAIR, got++;
                    break;
                }
                /* "avoid the detergent and use gloves": a second instruction; "advised not to travel
                   without oxygen and to return if...": a second infinitive */
                if (instruction && gdoc_is(d, j, "and") && imperative(d, j + 1)) break;
                if (seen > 0 && gdoc_is(d, j, "and") && gdoc_is(d, j + 1, "to")) break;
                /* a parenthesis after the negated finding explains, it does not extend; so does one
                   right after an answer's NIL or NONE ("PENICILLIN - NIL (CHECKED W/ PT)") */
                /* (a parenthesis that names more of the same, "NO HERNIAS (INCL. FEMORAL)", extends
                   it) (guard-41) */
                if (seen > 0 && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '(' &&
                    (gdoc_is(d, j + 1, "incl") || gdoc_is(d, j + 1, "including") || gdoc_is(d, j + 1, "inc"))) {
                    j++; /* (and the abbreviation's dot: "INCL.") */
                    if (j + 1 < d->ntok && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '.') j++;
                    continue;
                }
                if ((seen > 0 || j > i + tl || gdoc_is(d, i, "nil") || gdoc_is(d, i, "none")) &&
                    d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '(') {
                    /* (but a word or two in parentheses inside a noun phrase of prose, "no central
                       (carotid) pulse", is passed to the noun after it) (guard-39) */
                    size_t q = j + 1;
                    while (q < d->ntok && q <= j + 3 && d->tok[q].kind == GK_WORD) q++;
                    if (seen > 0 && q > j + 1 && q + 1 < d->ntok && d->tok[q].kind == GK_PUNCT && d->tok[q].punct == ')' &&
                        d->tok[q + 1].kind == GK_WORD && d->tok[q + 1].sent == d->tok[j].sent && neg_content(d, q + 1) &&
                        !(d->tok[q + 1].lex & (GL_TERM | GL_BREAK | GL_AUX | GL_NEG_PRE | GL_NEG_POST)) &&
                        d->text[d->tok[q + 1].start] >= 'a' && d->text[d->tok[q + 1].start] <= 'z') {
                        j = q;
                        continue;
                    }
                    /* (nor a drug's other name in parentheses before the list goes on: "avoid
                       Brufen (ibuprofen) and aspirin") (guard-42) */
                    if (seen > 0 && q > j + 1 && q + 1 < d->ntok && d->tok[q].kind == GK_PUNCT && d->tok[q].punct == ')' &&
                        d->tok[j - 1].kind == GK_WORD && (d->tok[j - 1].lex & (GL_DRUG | GL_SYN)) &&
                        (gdoc_is(d, q + 1, "and") || gdoc_is(d, q + 1, "or") ||
                         (d->tok[q + 1].kind == GK_PUNCT && d->tok[q + 1].punct == ','))) {
                        j = q;
                        continue;
                    }
                    /* (a drug's other name in parentheses is negated with it: "no acetaminophen
                       (Tylenol) use") (guard-42) */
                    if (seen > 0 && q == j + 2 && q < d->ntok && d->tok[q].kind == GK_PUNCT && d->tok[q].punct == ')' &&
                        d->tok[j - 1].kind == GK_WORD && (d->tok[j - 1].lex & (GL_DRUG | GL_SYN)) &&
                        (d->tok[j + 1].lex & (GL_DRUG | GL_SYN)))
                        continue;
                    break;
                }
                /* only after an article-like trigger: "no A and B" is ambiguous, "denied A and B" is not */
                if (gdoc_is(d, j, "and") && seen > 0 && (gdoc_is(d, i, "no") || gdoc_is(d, i, "nil"))) crossed_and = true;
                /* a verb after the negated findings starts a new statement ("no vomiting and pain
                   resolved"); an auxiliary does only after a conjunction ("no joints were involved"
                   keeps its scope, "no fever and the wound was healthy" does not) */
                /* "without necrosis and a mild left pleural effusion": an article after the "and"
                   starts a thing that is there; "is no longer needed and has been stopped": after a
                   verbal trigger, the "and" of a second verb (guard-39) */
                if (gdoc_is(d, j, "and") && (seen > 0 || passed_verb) &&
                    ((seen > 0 && (gdoc_is(d, j + 1, "a") || gdoc_is(d, j + 1, "an"))) ||
                     ((tl >= 2 || seen > 0) && (gdoc_is(d, j + 1, "has") || gdoc_is(d, j + 1, "have") ||
                                                gdoc_is(d, j + 1, "had")) &&
                      gdoc_is(d, j + 2, "been"))))
                    break;
                /* "not hypertensive and the potassium is normal": "and the" before a verb of its own
                   starts a new clause (guard-45) */
                if (gdoc_is(d, j, "and") && (seen > 0 || passed_verb) && gdoc_is(d, j + 1, "the")) {
                    bool verb = false;
                    for (size_t q = j + 2; q < d->ntok && q <= j + 4 && !verb && d->tok[q].kind == GK_WORD; q++)
                        verb = gdoc_is(d, q, "is") || gdoc_is(d, q, "are") || gdoc_is(d, q, "was") || gdoc_is(d, q, "were");
                    if (verb) break;
                }
                /* "denies fever and chills and tolerated the infusion": a denial's list ends at a
                   verb in the past with its object (guard-43) */
                if (gdoc_is(d, j, "and") && seen > 0 && (gdoc_is(d, i, "denies") || gdoc_is(d, i, "denied")) &&
                    word_ends(d, j + 1, "ed", 5) &&
                    (gdoc_is(d, j + 2, "the") || gdoc_is(d, j + 2, "a") || gdoc_is(d, j + 2, "an") || gdoc_is(d, j + 2, "well")))
                    break;
                if (gdoc_is(d, j, "and") || gdoc_is(d, j, "but") || gdoc_is(d, j, "while") || gdoc_is(d, j, "so"))
                    conj = conj || seen > 0;
                /* "no malignant cells were seen on cytology": the passive of a finding's
                   observation keeps the place after it in the wide scope */
                if (seen > 0 && j > 0 && (d->tok[j - 1].lex & GL_AUX) && d->tok[j - 1].kind == GK_WORD &&
                    (gdoc_is(d, j, "seen") || gdoc_is(d, j, "noted") || gdoc_is(d, j, "found") ||
                     gdoc_is(d, j, "detected") || gdoc_is(d, j, "identified") || gdoc_is(d, j, "observed") ||
                     gdoc_is(d, j, "visualised") || gdoc_is(d, j, "visualized") || gdoc_is(d, j, "demonstrated")))
                    past_place = true; /* (the participle itself is marked below) */
                else if (seen > 0 && d->tok[j].kind == GK_WORD && !breaker_noun(d, j) && !named_positive(d, j) &&
                    ((d->tok[j].lex & (GL_TERM | GL_BREAK)) || ((d->tok[j].lex & GL_AUX) && conj)))
                    break;
                /* "no evidence of DVT on Doppler": the place or test after the finding is only in
                   the wide scope, so it never counts as negated in the source, but "no protein
                   in the urine" still counts as keeping "URINE PROTEIN NIL" negated */
                if (seen > 0 && d->tok[j].kind == GK_WORD && locative(d, j)) past_place = true;
                /* a side in a negated phrase says where, it is not the finding ("NWB RT LL": no
                   weight bearing on the right lower limb); "negative on the right" is marked below */
                if (d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_SIDE)) {
                    /* and the body part or code right after the side is the place too ("NWB LT LL") */
                    size_t nx = j + 1;
                    if (nx < d->ntok && d->tok[nx].kind == GK_PUNCT && d->tok[nx].punct == '-' && gdoc_is(d, nx + 1, "sided"))
                        nx++;
                    /* (not a finding a side is said of: "no right hemiplegia" negates the hemiplegia) (guard-68) */
                    const bool finding = gdoc_is(d, nx, "hemiplegia") || gdoc_is(d, nx, "hemiparesis") ||
                                         gdoc_is(d, nx, "weakness");
                    if (nx < d->ntok && !finding &&
                        ((d->tok[nx].lex & GL_ANATOMY) || gdoc_is(d, nx, "sided") ||
                         (neg_content(d, nx) && !gdoc_is_content(d, nx)))) {
                        /* (in the wide scope: "no nodes palpable in either axilla" keeps "NO LN
                           PALPABLE AXILLA B/L" negated) */
                        if (neg_content(d, nx)) mark[nx] |= NEG_W | NEG_WA;
                        j = nx;
                        /* (and the limb after "lower" / "upper": "NWB RLE" is the right lower extremity) */
                        if ((gdoc_is(d, nx, "lower") || gdoc_is(d, nx, "upper")) && nx + 1 < d->ntok &&
                            (gdoc_is(d, nx + 1, "extremity") || gdoc_is(d, nx + 1, "extremities") ||
                             gdoc_is(d, nx + 1, "limb") || gdoc_is(d, nx + 1, "limbs") || gdoc_is(d, nx + 1, "lobe") ||
                             gdoc_is(d, nx + 1, "quadrant"))) {
                            mark[nx + 1] |= NEG_W | NEG_WA;
                            j = nx + 1;
                        }
                    }
                    continue;
                }
                if (!neg_content(d, j)) continue;
                uint8_t m = seen < NARROW && !past_place && !past_comma ? NEG_N | NEG_W : NEG_W;
                if (seen == 0) m |= NEG_D;
                /* "NO ASCITES/PLEURAL EFFUSION": each item of a slashed list right after the
                   trigger is negated directly */
                if (j >= 2 && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == '/' && (mark[j - 2] & NEG_D) &&
                    d->tok[j - 1].start == d->tok[j - 2].end && d->tok[j].start == d->tok[j - 1].end)
                    m |= NEG_D;
                if (seen < NEAR && !past_place && !crossed_and) m |= NEG_NEAR;
                if (!crossed_and) m |= NEG_WA;
                mark[j] |= m;
                seen++;
                /* "NON WEIGHT BEARING": the word after the one "non" negates is in its wide scope
                   (a rewrite may hyphenate the compound) */
                /* (written apart, or of the weight it bears: "NON-BLANCHING RASH" is a kind of rash, which
                   "no" negates or not) (guard-68) */
                if (non && seen == budget && j + 1 < d->ntok && neg_content(d, j + 1) &&
                    d->tok[j + 1].sent == d->tok[j].sent &&
                    (gdoc_is(d, j, "weight") || word_ends(d, j + 1, "ed", 5) || /* ("NON-IGE MEDIATED") */
                     !(i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
                       d->tok[i + 1].start == d->tok[i].end)))
                    mark[j + 1] |= NEG_W;
                /* "non-weight-bearing": "non" negates the whole hyphenated compound */
                if (non && seen == budget && j + 2 < d->ntok && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '-' &&
                    d->tok[j + 1].start == d->tok[j].end && d->tok[j + 2].start == d->tok[j + 1].end)
                    budget++;

            }
        }
        /* the subject of a negated verb, "GeneXpert did not detect MTB", "the onset was not
           thunderclap", "Pitocin (oxytocin) is not indicated": the words before the auxiliary
           are in the wide scope only (what the source negated stays negated; nothing counts as
           negated for an added negation) */
        /* (and of "is negative": "urine is negative for albumin" for URINE ALB/SUGAR -VE) */
        const bool neg_is = gdoc_is(d, i, "negative") && i >= 2 && d->tok[i - 1].kind == GK_WORD && (d->tok[i - 1].lex & GL_AUX);
        if ((gdoc_is(d, i, "not") || neg_is) && i >= 2 && d->tok[i - 1].kind == GK_WORD && (d->tok[i - 1].lex & GL_AUX)) {
            int seen = 0;
            /* (a plural verb may have a subject of two things: one "and" is crossed) */
            bool plural = gdoc_is(d, i - 1, "are") || gdoc_is(d, i - 1, "were");
            for (size_t j = i - 1; j-- > 0 && seen < 4;) {
                const gtok *x = &d->tok[j];
                if (x->kind == GK_PUNCT && x->punct == ')') { /* a parenthesis that names the subject again */
                    size_t k = j;
                    while (k > 0 && j - k < 8 && !(d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '(')) k--;
                    if (!(d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '(')) break;
                    j = k;
                    continue;
                }
                /* ("Tamsulosin was considered but will not be started": the subject of a weighed
                   option, past its "but") (guard-39) */
                if (gdoc_is(d, j, "but") && seen == 0 && j + 2 == i && j >= 3 && d->tok[j - 2].kind == GK_WORD &&
                    (d->tok[j - 2].lex & GL_AUX) &&
                    (gdoc_is(d, j - 1, "considered") || gdoc_is(d, j - 1, "discussed") || gdoc_is(d, j - 1, "suggested") ||
                     gdoc_is(d, j - 1, "offered") || gdoc_is(d, j - 1, "proposed") || gdoc_is(d, j - 1, "requested"))) {
                    j -= 2;
                    continue;
                }
                if (terminator(d, j) || x->kind == GK_PUNCT || (x->kind == GK_WORD && (x->lex & (GL_BREAK | GL_AUX)))) break;
                /* (a subject of two things joined by "and" is negated whole: "back blows and finger
                   sweeps are not to be done") */
                /* (not "... and the NEXUS criteria are negative") */
                if ((gdoc_is(d, j, "and") || gdoc_is(d, j, "or")) && plural && seen > 0 && j > 0 && neg_content(d, j - 1) &&
                    neg_content(d, j + 1) && !(d->tok[j + 1].lex & GL_STOP)) {
                    plural = false;
                    continue;
                }
                if (gdoc_is(d, j, "and") || gdoc_is(d, j, "or") || gdoc_is(d, j, "that") || gdoc_is(d, j, "if")) break;
                if (!neg_content(d, j)) continue;
                mark[j] |= NEG_W | NEG_WA;
                seen++;
            }
        }
        /* "URETHRA, PROSTATE NAD": NAD (no abnormality detected) after what was examined says
           it normal, so the examined words before it are in the wide scope ("the urethra and
           prostate were unremarkable") */
        if (gdoc_is(d, i, "no") && (d->tok[i].flags & GF_EXPANDED) && d->tok[i].end - d->tok[i].start == 3 &&
            strncasecmp(d->text + d->tok[i].start, "nad", 3) == 0) {
            int seen = 0;
            for (size_t j = i; j-- > 0 && seen < 3;) {
                const gtok *x = &d->tok[j];
                if (x->kind == GK_PUNCT && x->punct != ',') break;
                if (x->kind == GK_WORD && (x->lex & (GL_BREAK | GL_AUX | GL_NEG_PRE))) break;
                if (!neg_content(d, j)) continue;
                mark[j] |= NEG_W | NEG_WA;
                seen++;
            }
        }
        /* "no change in clubbing": what did not change is in the wide scope ("NO CLUBBING CHANGE") */
        if ((gdoc_is(d, i, "no") || gdoc_is(d, i, "not")) && gdoc_is(d, i + 1, "change") &&
            (gdoc_is(d, i + 2, "in") || gdoc_is(d, i + 2, "of")))
            for (size_t j = i + 3, seen = 0; j < d->ntok && seen < 2 && !terminator(d, j) && d->tok[j].kind != GK_PUNCT; j++)
                if (neg_content(d, j)) mark[j] |= NEG_W | NEG_WA, seen++;
        /* "reliever (SABA) use is no more than twice a week" for "NO SABA USE >2X/WK": the limit
           said of the subject before its verb negates that subject as the source's "no" does
           (guard-39) */
        if (i >= 2 && d->tok[i].kind == GK_WORD && gdoc_is(d, i + 1, "more") && gdoc_is(d, i, "no") && gdoc_is(d, i + 2, "than") &&
            (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "are") || gdoc_is(d, i - 1, "were")))
            negate_subject(d, mark, i - 1, true, false);
        /* "tigecycline monotherapy has no role in bacteraemia" for "NO ROLE FOR TIGECYCLINE
           MONOTHERAPY": what has no role, place or indication is the subject before its verb,
           negated as the source's object of "no role for" is (guard-46) */
        if (i >= 2 && gdoc_is(d, i, "no") &&
            (gdoc_is(d, i - 1, "has") || gdoc_is(d, i - 1, "have") || gdoc_is(d, i - 1, "had")) &&
            (gdoc_is(d, i + 1, "role") || gdoc_is(d, i + 1, "place") || gdoc_is(d, i + 1, "indication")))
            negate_subject(d, mark, i - 1, true, false);
        /* "Nitrates were withheld because of right ventricular infarction" for "NO NITRATES (RV
           INFARCT)": what was withheld, the subject before its copula, is not given (guard-47) */
        if (i >= 2 && d->tok[i].kind == GK_WORD && gdoc_is(d, i, "withheld") &&
            (gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "were") || gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "are") ||
             gdoc_is(d, i - 1, "been")))
            negate_subject(d, mark, i - 1, false, true);
        /* the answer to a question, "NEOSTIGMINE GIVEN IN OT? NO", "CONFUSED? NO": all the
           question's words are what the answer negates (its verbs and places included) */
        const bool post = post_trigger(d, i);
        const size_t qm = question_before(d, i);
        /* (unless the answer is said again in words of its own: "COPD ON HOME O2? - NO, NOT ON
           HOME O2" negates the home oxygen, which that negation covers, not the COPD) */
        const bool restated = i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ',' &&
                              d->tok[i + 2].kind == GK_WORD && (d->tok[i + 2].lex & GL_NEG_PRE);
        if (post && i >= 2 && qm != SIZE_MAX && !restated) {
            int seen = 0;
            for (size_t j = qm; j-- > 0 && seen < 6;) {
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct != '-' && d->tok[j].punct != '/') break;
                if (!neg_content(d, j) && !(d->tok[j].kind == GK_WORD && (d->tok[j].lex & (GL_TERM | GL_BREAK)) &&
                                            d->tok[j].len >= 4))
                    continue;
                /* (after an arrow, "MECHANICAL AVR? -> NO, CHECKED: AF", the answer is a finding of
                   a check, which a rewrite tells as "queried ... but on checking": the wide scope
                   only) (guard-39) */
                if (d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '>')
                    mark[j] |= NEG_W | NEG_WA;
                else
                    mark[j] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | (seen < NEAR ? NEG_NEAR : 0) | (seen == 0 ? NEG_D : 0));
                seen++;
            }
            continue;
        }
        /* "CASHEW/TREE NUT AVOIDANCE", "ALCOHOL ABSTINENCE": the noun phrase right before the
           noun, words and slashes only */
        if (post && (gdoc_is(d, i, "avoidance") || gdoc_is(d, i, "abstinence"))) {
            int seen = 0;
            for (size_t j = i; j-- > 0 && seen < 4;) {
                if (d->tok[j].kind == GK_PUNCT && (d->tok[j].punct == '/' || d->tok[j].punct == '-')) continue;
                if (!neg_content(d, j)) break;
                mark[j] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | (seen < NEAR ? NEG_NEAR : 0) | (seen == 0 ? NEG_D : 0));
                seen++;
            }
            continue;
        }
        /* a blood group's Rhesus factor ("O RH NEG", "O Rhesus negative"): the trigger is said of
           the factor alone, not of the blood group before it */
        if (post && i > 0 && (gdoc_is(d, i - 1, "rh") || gdoc_is(d, i - 1, "rhesus") || gdoc_is(d, i - 1, "rhd"))) {
            mark[i - 1] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | NEG_NEAR | NEG_D);
            continue;
        }
        /* "ECULIZUMAB DISCUSSED WITH NEPHRO - NOT INDICATED", "DANTROLENE DISCUSSED WITH ICU - NOT
           GIVEN YET": a trigger after a dash is said of what was discussed, not of the discussion
           or of whom it was with (guard-50) */
        if (post && i >= 4 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && clause_break(d, i - 1)) {
            size_t w = SIZE_MAX;
            for (size_t k = i - 1; k-- > 1 && i - k <= 5 && d->tok[k].kind == GK_WORD;)
                if (gdoc_is(d, k, "with") &&
                    (gdoc_is(d, k - 1, "discussed") || gdoc_is(d, k - 1, "consulted") || gdoc_is(d, k - 1, "liaised") ||
                     gdoc_is(d, k - 1, "spoke") || gdoc_is(d, k - 1, "spoken") || gdoc_is(d, k - 1, "agreed"))) {
                    w = k - 1;
                    break;
                }
            if (w != SIZE_MAX) {
                /* (in the wide scope only: a rewrite says it with a clause of its own, "was discussed
                   with nephrology and is not indicated") */
                int got = 0;
                for (size_t j = w; j-- > 0 && got < 2;) {
                    if (d->tok[j].kind != GK_WORD || !neg_content(d, j)) break;
                    mark[j] |= NEG_W | NEG_WA;
                    got++;
                }
                continue;
            }
        }
        /* "suspected necrotising enterocolitis, ruled out on 2024/08/12": a comma before "ruled out"
           parts it from the suspicion it answers, a few words back (guard-61) */
        if (i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == ',' && gdoc_is(d, i, "ruled") &&
            gdoc_is(d, i + 1, "out")) {
            int got = 0;
            for (size_t j = i - 1; j-- > 0 && got < 4;) {
                if (d->tok[j].kind != GK_WORD || !neg_content(d, j)) break;
                mark[j] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | (got < NEAR ? NEG_NEAR : 0) | (got == 0 ? NEG_D : 0));
                got++;
            }
        }
        if (post) {
            /* "Three malaria smears taken 12 hours apart are negative": after a copula, the
               trigger is said of its clause's subject, which a participle's phrase may part from
               it; the subject's words (from the clause's start to the participle) are in the
               wide scope */
            if (i >= 3 && (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "are") || gdoc_is(d, i - 1, "was") ||
                           gdoc_is(d, i - 1, "were"))) {
                size_t cs = i - 1, part = SIZE_MAX;
                while (cs > 0 && i - cs < 16) {
                    const gtok *x = &d->tok[cs - 1];
                    /* ("12 hours apart": apart is no "apart from" there) */
                    const bool apart =
                        (gdoc_is(d, cs - 1, "apart") || gdoc_is(d, cs - 1, "aside")) && !gdoc_is(d, cs, "from");
                    if (gdoc_is_sentend(d, cs - 1) || (x->kind == GK_PUNCT && (x->punct == ',' || x->punct == '(')) ||
                        gdoc_is(d, cs - 1, "and") || gdoc_is(d, cs - 1, "but") || gdoc_is(d, cs - 1, "or") ||
                        (x->kind == GK_WORD && (x->lex & (GL_TERM | GL_NEG_PRE)) && !apart))
                        break;
                    cs--;
                }
                for (size_t j = cs; j + 1 < i; j++)
                    if (d->tok[j].kind == GK_WORD && j > cs &&
                        (gdoc_is(d, j, "taken") || gdoc_is(d, j, "sent") || gdoc_is(d, j, "drawn") ||
                         gdoc_is(d, j, "collected") || gdoc_is(d, j, "obtained") || gdoc_is(d, j, "done") ||
                         gdoc_is(d, j, "performed") || gdoc_is(d, j, "repeated"))) {
                        part = j;
                        break;
                    }
                if (part != SIZE_MAX)
                    for (size_t j = cs; j < part; j++)
                        if (neg_content(d, j)) mark[j] |= NEG_W | NEG_WA;
                /* a relative clause's subject is the noun before its comma ("consulted regarding
                   haemodialysis, which is not indicated at present") (guard-37) */
                if (cs >= 3 && (gdoc_is(d, cs - 1, "which") || gdoc_is(d, cs - 1, "who")) &&
                    d->tok[cs - 2].kind == GK_PUNCT && d->tok[cs - 2].punct == ',' && cs + 2 >= i) {
                    int got = 0;
                    for (size_t j = cs - 2; j-- > 0 && got < 2;) {
                        if (d->tok[j].kind != GK_WORD || !neg_content(d, j)) break;
                        mark[j] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | NEG_NEAR | (got == 0 ? NEG_D : 0));
                        got++;
                    }
                }
            }
            /* "PCR for SARS-CoV-2, influenza and RSV was negative": after a copula, a test for a
               list is said of every item back to the test (guard-52) */
            if (i >= 3 && (gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "were") || gdoc_is(d, i - 1, "is") ||
                           gdoc_is(d, i - 1, "are")))
                for (size_t k = i - 1; k-- > 1 && i - k <= 20 && !gdoc_is_sentend(d, k);)
                    if (gdoc_is(d, k, "for") &&
                        (gdoc_is(d, k - 1, "pcr") || gdoc_is(d, k - 1, "test") || gdoc_is(d, k - 1, "tests") ||
                         gdoc_is(d, k - 1, "testing") || gdoc_is(d, k - 1, "swab") || gdoc_is(d, k - 1, "swabs") ||
                         gdoc_is(d, k - 1, "screen") || gdoc_is(d, k - 1, "screening") || gdoc_is(d, k - 1, "serology"))) {
                        for (size_t j = k - 1; j + 1 < i; j++)
                            if (j != k && neg_content(d, j)) mark[j] |= NEG_N | NEG_W | NEG_WA;
                        break;
                    }
            int seen = 0, reach = POST_REACH, item = 0;
            size_t hit[LIST_REACH];
            int nhit = 0, before_and = -1; /* hits up to the first "and" crossed */
            int kept = 0;                 /* hits of the list items passed (kept when a clause stops the reach) */
            bool whole = false;           /* "are all negative": every item of the list before it */
            /* "... and pedal oedema is absent": a singular verb says the trigger is of one subject */
            /* (but not a screen's list: "her screening for HIV, hepatitis B and syphilis is negative")
               (guard-43) */
            bool screen_for = false;
            for (size_t k = i, n = 0; k-- > 1 && n < 12 && !screen_for && d->tok[k].sent == d->tok[i].sent; n++)
                screen_for = gdoc_is(d, k, "for") &&
                             (gdoc_is(d, k - 1, "screening") || gdoc_is(d, k - 1, "screen") || gdoc_is(d, k - 1, "serology") ||
                              gdoc_is(d, k - 1, "testing") || gdoc_is(d, k - 1, "test") || gdoc_is(d, k - 1, "tests"));
            const bool singular = i > 0 && !screen_for &&
                                  (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "has"));
            for (size_t j = i; j-- > 0 && seen < reach;) {
                /* (a preposition of topic ends the reach: "CONSULTED RE HAEMODIALYSIS - NOT INDICATED"
                   says nothing of the consultation) (guard-37) */
                if (gdoc_is(d, j, "re") || gdoc_is(d, j, "regarding")) break;
                /* (nor past a clause's "that": "discussed that Prolia must not be stopped") (guard-56) */
                if (gdoc_is(d, j, "that") && nhit > 0) break;
                /* "Fever: absent", "fever - nil", "pain-free": the mark right before the trigger is crossed;
                   a spaced dash only where the trigger closes its statement ("TOILET WITH RAIL - NONE
                   FITTED" says it of the rail, "CHECKED - NIL OTHER PRESCRIBERS" reads forwards) and then
                   for the words right before it; and a question's mark ("PEN ALLERGY? NIL KNOWN") */
                if (j + 1 == i && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '-' && clause_break(d, j)) {
                    /* (a "not" and its participle read back: "ICP MONITOR - NOT INSERTED") */
                    if (neg_content(d, i + 1) && !gdoc_is(d, i + 1, "known") && !gdoc_is(d, i, "not") &&
                        !(gdoc_is(d, i, "non") && gdoc_is(d, i + 1, "reactive")))
                        break;
                    /* "PRECEDEX CONSIDERED - NOT STARTED": the dash answers the verb before it,
                       which is affirmed ("considered but not started") */
                    /* ("LORAZEPAM 0.5MG SL Q4H PRN - NOT NEEDED": a drug's order before the dash,
                       which the trigger is said of) (guard-39) */
                    if (order_before(d, j)) continue;
                    if (j > 0 && d->tok[j - 1].kind == GK_WORD && verb_participle(d, j - 1) &&
                        !(d->tok[j - 1].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)))
                        break;
                    /* (and one with its date: "TPT COMPLETED 2021 - NOT REPEATED") (guard-56) */
                    if (j > 1 && d->tok[j - 1].kind == GK_NUM && d->tok[j - 2].kind == GK_WORD &&
                        verb_participle(d, j - 2) && !(d->tok[j - 2].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)))
                        break;
                    reach = 2;
                    continue;
                }
                if (j + 1 == i && d->tok[j].kind == GK_PUNCT &&
                    (d->tok[j].punct == ':' || d->tok[j].punct == '-' || d->tok[j].punct == '?'))
                    continue;
                /* "LEGIONELLA + PNEUMOCOCCAL URINARY AG: BOTH NEGATIVE": and past "both" */
                if (j + 1 == i && (gdoc_is(d, j, "both") || gdoc_is(d, j, "all"))) {
                    if (j > 0 && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == ':') j--;
                    reach = LIST_REACH;
                    continue;
                }
                /* (and after its copula, "..., the malaria rapid diagnostic test and the Widal test
                   are all negative": every item of the list, however long) (guard-46) */
                if (j + 2 == i && gdoc_is(d, j + 1, "all") &&
                    (gdoc_is(d, j, "are") || gdoc_is(d, j, "were")))
                    whole = true;
                /* "SPUTUM SMEAR (END IP): NEGATIVE": a parenthesis right before the trigger
                   qualifies the finding before it, which the trigger is said of */
                if (nhit == 0 && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ')' &&
                    (j + 1 == i ||
                     (j + 2 == i && ((d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == ':') ||
                                     /* ("BK PCR (BLOOD) - NOT DETECTED") (guard-41) */
                                     clause_break(d, j + 1) ||
                                     (d->tok[j + 1].kind == GK_WORD && (d->tok[j + 1].lex & GL_AUX)))))) {
                    size_t k = j;
                    while (k > 0 && j - k < 12 && !(d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '(')) k--;
                    if (d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '(' && k > 0) {
                        /* what the parenthesis names is said negative too ("MP (SMEAR) -VE": the
                           smear for malarial parasites is negative) */
                        for (size_t q = k + 1; q < j; q++)
                            if (neg_content(d, q)) mark[q] |= NEG_W | NEG_WA;
                        j = k; /* the loop steps to the word before the parenthesis */
                        continue;
                    }
                }
                /* "showed growth and blood culture was negative": a verb before the "and"
                   makes that part a clause of its own, outside the trigger's reach */
                /* the auxiliaries of a passive ("has been ruled out", "had been excluded") are
                   no finding: the finding stays right before its trigger */
                if (nhit == 0 && (gdoc_is(d, j, "been") || gdoc_is(d, j, "being") || gdoc_is(d, j, "has") || gdoc_is(d, j, "have") ||
                    gdoc_is(d, j, "had")))
                    continue;
                /* "Diabetic ketoacidosis was considered and ruled out": two participles of one
                   passive subject, which the trigger is said of */
                if (before_and >= 0 && nhit == before_and + 1 && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_AUX) &&
                    gdoc_is(d, i - 1, "and") && j + 2 == i - 1 && d->tok[j + 1].kind == GK_WORD && d->tok[j + 1].len >= 5 &&
                    strcmp(GT_NORM(d, &d->tok[j + 1]) + d->tok[j + 1].len - 2, "ed") == 0) {
                    nhit = before_and;
                    before_and = -1;
                    continue;
                }
                if (before_and >= 0 && d->tok[j].kind == GK_WORD && (d->tok[j].lex & (GL_TERM | GL_BREAK | GL_AUX))) {
                    nhit = before_and > kept ? before_and : kept;
                    break;
                }
                /* (and a participle closing the part before it, "IF LEPTO CONFIRMED & SCRUB REMAINS
                   NEG": a statement of its own, as "if leptospirosis is confirmed and ..." is)
                   (guard-46) */
                if (before_and > 0 && nhit == before_and && j + 1 < i && amp_or_and(d, j + 1) && d->tok[j].kind == GK_WORD &&
                    d->tok[j].len >= 5 && verb_participle(d, j) && !(d->tok[j].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM))) {
                    nhit = before_and > kept ? before_and : kept;
                    break;
                }
                /* "HAV IgM, HBsAg, and anti-HCV were negative": past the list's "and", a comma
                   before a short item (three words at most) continues the list the trigger
                   is said of */
                /* (one test's name takes a singular verb: "microscopy, culture and sensitivity was
                   negative" for MC&S NEG) (guard-39) */
                const bool mcs = gdoc_is(d, j + 1, "culture") && gdoc_is(d, j + 2, "and") &&
                                 (gdoc_is(d, j + 3, "sensitivity") || gdoc_is(d, j + 3, "sensitivities"));
                if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',' && before_and >= 0 && (item <= 3 || whole) &&
                    (!singular || mcs) &&
                    (item > 0 || gdoc_is(d, j + 1, "and")) && !terminator(d, j)) { /* (", and": the serial comma) */
                    reach = LIST_REACH;
                    item = 0;
                    kept = nhit;
                    continue;
                }
                if (terminator(d, j) || (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',')) {
                    /* "BOWELS - PASSING FLATUS, NOT OPENED": a trigger that closes the last item
                       of a heading's list, with nothing before it in its own item, is said of the
                       heading (a word or two before a spaced dash at the statement's start)
                       (guard-39) */
                    if (nhit == 0 && j + 1 == i && gdoc_is(d, i, "not") && d->tok[j].kind == GK_PUNCT)
                        heading_of(d, i, mark);
                    break;
                }
                /* "Urinalysis was nitrite negative": a copula before the finding the trigger closes
                   leaves its subject out (guard-39) */
                if (nhit > 0 && before_and < 0 &&
                    (gdoc_is(d, j, "was") || gdoc_is(d, j, "is") || gdoc_is(d, j, "were") || gdoc_is(d, j, "are"))) {
                    /* (which is in the wide scope: "the mother is HBsAg negative" for "MOTHER HBSAG NEG") */
                    for (size_t q = j, got = 0; q-- > 0 && got < 2 && d->tok[q].kind == GK_WORD &&
                                                !(d->tok[q].lex & (GL_TERM | GL_BREAK | GL_AUX | GL_NEG_PRE));)
                        if (neg_content(d, q)) mark[q] |= NEG_W | NEG_WA, got++;
                    break;
                }
                /* "PAP NML W/ HPV NEG": the result is of what follows "with" */
                /* (not a verbal "not" said of its subject: "cooling with targeted temperature
                   management has not been started") (guard-39) */
                if (nhit > 0 && before_and < 0 && gdoc_is(d, j, "with") && !gdoc_is(d, i, "not")) break;
                /* a goal or a condition, "REPEAT BCX UNTIL NEG X48H", "weekly until it is negative":
                   no negation of what precedes it */
                if (gdoc_is(d, j, "until") || gdoc_is(d, j, "till") || gdoc_is(d, j, "unless") || gdoc_is(d, j, "if"))
                    break; /* (what stands between it and the trigger is still said negative: "until 3 stool
                              cultures are negative") */
                /* a parenthesis or a spaced dash closes the clause the trigger is in */
                /* (and so does a slash with a space on both sides: "HOLD METFORMIN WHILE ON IV
                   CONTRAST / AKI R/O") (guard-39) */
                if (clause_break(d, j) || (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '(') ||
                    (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '/' && j > 0 && j + 1 < d->ntok &&
                     d->tok[j - 1].end < d->tok[j].start && d->tok[j + 1].start > d->tok[j].end))
                    break;
                /* a threshold between the finding and the trigger makes the trigger the value
                   ("RBS <150 - NIL" on an insulin scale), not a negation of the finding; a
                   test's own numbers do not ("HIV 1&2 NEGATIVE", "MANTOUX 5 MM NEGATIVE") */
                if (d->tok[j].kind == GK_NUM && j > 0 &&
                    ((d->tok[j - 1].kind == GK_PUNCT && (d->tok[j - 1].punct == '<' || d->tok[j - 1].punct == '>')) ||
                     gdoc_is(d, j - 1, "below") || gdoc_is(d, j - 1, "above") || gdoc_is(d, j - 1, "under") ||
                     gdoc_is(d, j - 1, "over") || gdoc_is(d, j - 1, "than")))
                    break;
                /* "positive at 40 degrees on the left and negative on the right": a value
                   before the "and" belongs to another statement */
                /* (but "HIV 1 and 2" names one test: its numbers are passed) */
                if (d->tok[j].kind == GK_NUM && j >= 3 && gdoc_is(d, j - 1, "and") && d->tok[j - 2].kind == GK_NUM &&
                    d->tok[j - 3].kind == GK_WORD && glex_serology(GT_NORM(d, &d->tok[j - 3]), d->tok[j - 3].len)) {
                    j -= 2;
                    continue;
                }
                if (d->tok[j].kind == GK_NUM && before_and >= 0) {
                    nhit = before_and > kept ? before_and : kept;
                    break;
                }
                /* "NSVT ON HOLTER: ABSENT": the words after a preposition name the test or the
                   place, the finding stands before it */
                if (nhit > 0 && before_and < 0 && d->tok[j].kind == GK_WORD && locative(d, j) &&
                    (gdoc_is(d, j, "on") || gdoc_is(d, j, "in") || gdoc_is(d, j, "at") || gdoc_is(d, j, "by"))) {
                    nhit = 0;
                    seen = 0;
                    continue;
                }
                /* "SPUTUM SMEAR END OF IP: NEGATIVE": "end of" / "start of" names when the test was done */
                if (nhit > 0 && before_and < 0 && gdoc_is(d, j + 1, "of") &&
                    (gdoc_is(d, j, "end") || gdoc_is(d, j, "start") || gdoc_is(d, j, "beginning"))) {
                    nhit = 0;
                    seen = 0;
                    continue;
                }
                if (amp_or_and(d, j) && before_and < 0) {
                    before_and = nhit;
                    item = 0;
                    if (!singular) reach = LIST_REACH; /* "the malaria rapid diagnostic test and dengue NS1 were negative" */
                } else if (d->tok[j].kind == GK_WORD) {
                    item++;
                }
                /* "HB 9.2 G/DL URINE ALB NIL": a measured value before the findings is said of
                   its own (the unit of a value is no finding either; "MANTOUX 5 MM NEGATIVE"
                   keeps the test's reading) */
                if (d->tok[j].kind == GK_WORD && j > 0 && d->tok[j - 1].kind == GK_NUM &&
                    (glex_unit(GT_NORM(d, &d->tok[j]), d->tok[j].len) != GU_NONE ||
                     /* (nor a word glued to its number: "10MG 4HRLY NOT TAKEN") (guard-61) */
                     d->tok[j - 1].end == d->tok[j].start))
                    continue;
                /* (not a drug's strength, "FUROSEMIDE 20MG IV NOT REQUIRED", an ordinal, "HIV 4TH GEN
                   NEG", nor a number of a name, "COVID-19") */
                if (d->tok[j].kind == GK_NUM && nhit > 0 && before_and < 0 &&
                    !(d->tok[j].flags & (GF_EXPANDED | GF_ORDINAL)) && j > 0 && d->tok[j - 1].end < d->tok[j].start &&
                    !(d->tok[j - 1].kind == GK_WORD && (d->tok[j - 1].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM))) &&
                    /* (nor a number hyphened to its noun, "DRUG SCREEN 10-PANEL: NEG") (guard-66) */
                    !(j + 2 < i && d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '-' &&
                      d->tok[j].end == d->tok[j + 1].start && d->tok[j + 1].end == d->tok[j + 2].start &&
                      d->tok[j + 2].kind == GK_WORD))
                    break;
                if (!neg_content(d, j)) continue;
                /* a side says where ("LA CLOT ABSENT": the left atrium's clot), as after a pre-trigger */
                if (d->tok[j].lex & GL_SIDE) continue;
                if (nhit == LIST_REACH) break;
                hit[nhit++] = j;
                /* the words of one expanded abbreviation count as the one word written ("OCP - AVOID") */
                if (!(nhit > 1 && (d->tok[j].flags & GF_EXPANDED) && d->tok[hit[nhit - 2]].start == d->tok[j].start)) seen++;
            }
            /* an added negation must stand right before its trigger: not across an "and" ("urinalysis
               and chest X-ray are negative" for "UA, CXR NEG") */
            int near_end = before_and >= 0 ? before_and : nhit;
            for (int h = 0; h < nhit; h++) {
                /* the specimen a test was done on ("URINE ALB NIL" -> "urine shows no albumin") is
                   the place, in the wide scope only */
                const size_t q = hit[h];
                /* (and right before the trigger after a PCR: "BK PCR BLOOD NEG" -> "BK PCR in blood
                   negative") (guard-51) */
                const bool specimen = gdoc_is(d, q, "urine") || gdoc_is(d, q, "stool") || gdoc_is(d, q, "sputum") ||
                                      gdoc_is(d, q, "serum") || gdoc_is(d, q, "csf") || gdoc_is(d, q, "blood") ||
                                      gdoc_is(d, q, "plasma");
                if (specimen && (h > 0 || (q > 0 && gdoc_is(d, q - 1, "pcr")))) {
                    mark[q] |= NEG_W | NEG_WA;
                    continue;
                }
                mark[q] |=
                    (uint8_t)(NEG_N | NEG_W | NEG_WA | (h < NEAR && h < near_end ? NEG_NEAR : 0) | (h == 0 ? NEG_D : 0));
            }
            /* "negative on the right", "absent in both", and the shorthand "-VE LT", "ABSENT
               RT": the side the trigger is said of */
            size_t j = i + 1;
            if (j < d->ntok && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_SIDE) && neg_content(d, j) &&
                d->tok[j].sent == d->tok[i].sent)
                mark[j] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | NEG_NEAR | NEG_D);
            if (gdoc_is(d, j, "on") || gdoc_is(d, j, "in") || gdoc_is(d, j, "at")) {
                j++;
                if (gdoc_is(d, j, "the")) j++;
                if (j < d->ntok && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_SIDE) && neg_content(d, j))
                    mark[j] |= (uint8_t)(NEG_N | NEG_W | NEG_WA | NEG_NEAR | NEG_D);
                /* and the place it is said of is in the wide scope ("capillary refill is absent in the
                   index finger" for "CAP REFILL INDEX FINGER ABSENT") */
                for (size_t q = j, n = 0; q < d->ntok && n < 3 && d->tok[q].kind == GK_WORD && !gdoc_is(d, q, "and") &&
                                          !(d->tok[q].lex & (GL_TERM | GL_BREAK | GL_AUX));
                     q++)
                    if (neg_content(d, q)) mark[q] |= NEG_W | NEG_WA, n++;
            }
        }
    }
}

/* Per finding: occurrences, narrowly negated, widely negated; first token. */
typedef struct {
    gset set;           /* stems -> slot */
    uint32_t *narrow;   /* [set.cap] occurrences in a narrow scope */
    uint32_t *wide;     /* [set.cap] occurrences in a wide scope */
    uint32_t *direct;   /* [set.cap] occurrences right after their trigger */
    uint32_t *wide_noand; /* [set.cap] occurrences in a wide scope not reached across "and" */
    uint32_t *near;     /* [set.cap] occurrences among the first NEAR content words of a scope */
    uint32_t *paired;   /* [set.cap] occurrences taken with an avoided thing (NEG_PAIR) */
    bool *first_wide;   /* [set.cap] the first occurrence (set.aux) is in a wide scope */
} neg_table;

/* The output's word for a source abbreviation, with the abbreviation after it in parentheses
 * ("AVOID NSAID" -> "avoid the anti-inflammatory (NSAID)", "ASV NOT STARTED" -> "anti-snake
 * venom (ASV) has not been started"): the abbreviation shares its word's scope.  One word in
 * capitals that the source has, after a word the source does not: a longer parenthesis, or
 * one after the source's own word ("NO VASOPRESSORS (FLAP)"), says something of its own.
 * src_words is the source's stem set. */
static void gloss_marks(const gdoc *d, uint8_t *mark, const gset *src_words) {
    for (size_t p = 1; p + 2 < d->ntok; p++) {
        if (d->tok[p].kind != GK_PUNCT || d->tok[p].punct != '(' || !mark[p - 1] || !neg_content(d, p - 1)) continue;
        const gtok *a = &d->tok[p + 1], *q = &d->tok[p + 2];
        if (a->kind != GK_WORD || q->kind != GK_PUNCT || q->punct != ')' || !neg_content(d, p + 1)) continue;
        size_t caps = 0, n = a->end - a->start;
        while (caps < n && d->text[a->start + caps] >= 'A' && d->text[a->start + caps] <= 'Z') caps++;
        if (caps >= 2 && caps <= 6 && (caps == n || (caps + 1 == n && d->text[a->start + caps] == 's')) &&
            gset_find(src_words, GT_STEM(d, a)) != SIZE_MAX && gset_find(src_words, GT_STEM(d, &d->tok[p - 1])) == SIZE_MAX)
            mark[p + 1] |= mark[p - 1];
    }
}

/* A word no negation is about: pre and post, alone or a prefix written apart by its hyphen
 * ("PRE-MED NOT NEEDED" for "premedication is not needed"); when in the operation something
 * was done ("NO NSAID INTRAOP" for "no NSAID was given intraoperatively"); how strictly
 * ("STRICT CASHEW AVOIDANCE"); a classifier ("NO REACTION (TYPE 1/2)" for "no type 1 or type 2
 * reaction"); the verb of "NOT PASSED FLATUS" ("not passing flatus"), where the finding is
 * what was passed. */
static bool no_finding(const gdoc *d, size_t i) {
    static const char *const words[] = {"intraop", "intraoperative", "intraoperatively", "periop", "perioperative",
                                        "perioperatively", "strict", "strictly", "type", "types", "grade", "stage",
                                        "class", "passed", "passing", "pre", "post",
                                        /* guard-39: "NO PERSECUTORY IDEATION VOICED" -> "voiced no
                                           persecutory ideation" */
                                        "voiced", "expressed", "verbalised", "verbalized",
                                        /* guard-42: "NOT TOXIC APPEARING" -> "does not appear toxic" */
                                        "appearing", "looking",
                                        /* guard-43: "MIGRAINE W/O AURA, EPISODIC" */
                                        "episodic",
                                        /* guard-44: "NO TRAUMA RECALLED" -> "recalls no trauma" */
                                        "recalled", "recalls", "recall",
                                        /* guard-61: a result's standing ("BCx neg final") */
                                        "final", "preliminary",
                                        /* (and the unit of a place: "NOT FOR ITU" -> "not for intensive care") */
                                        "unit",
                                        /* guard-66: nota bene, a note's mark ("NB NO NSAIDS") */
                                        "nb", NULL};
    for (const char *const *p = words; *p; p++)
        if (gdoc_is(d, i, *p)) return true;
    const gtok *t = &d->tok[i];
    return (gdoc_is(d, i, "intra") || gdoc_is(d, i, "peri")) && t->end < d->len && d->text[t->end] == '-';
}

/* What a response failed to: "not responsive to PPI", "has not responded to three nebulisations",
 * "non-responsive to diuretics": the response is negated, not the treatment after "to", which was
 * given (guard-61). */
static void response_objects(const gdoc *d, uint8_t *mark) {
    for (size_t i = 1; i + 1 < d->ntok; i++) {
        if (d->tok[i].len != 2 || !gdoc_is(d, i, "to") ||
            !(gdoc_is(d, i - 1, "responsive") || gdoc_is(d, i - 1, "responding") || gdoc_is(d, i - 1, "responded") ||
              gdoc_is(d, i - 1, "respond") || gdoc_is(d, i - 1, "response")))
            continue;
        if (!mark[i - 1]) continue;
        /* (four words, a slash between them: "TO VERBAL/TACTILE STIMULI") */
        for (size_t j = i + 1, n = 0; j < d->ntok && n < 4; j++) {
            if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct != '/') break;
            n += d->tok[j].kind != GK_PUNCT;
            mark[j] = 0;
        }
    }
}

/* A condition's "if not" negates its own word, not what is to be done then: "IF NOT RETURNED CONSIDER
 * FASCIOTOMY", "IF NOT HEALING FOR EXCISION + SSG" (guard-62). */
static void conditional_consequent(const gdoc *d, uint8_t *mark) {
    for (size_t i = 0; i + 3 < d->ntok; i++) {
        /* (a verb's participle after it, not a finding: "IF NO PAIN/LEAK" negates both) */
        /* (and what is to be done then opens with a word of doing: not "IF NOT TAKING ORALLY BY TOMORROW") */
        static const char *const then[] = {"consider", "for", "then", "refer", "proceed", "start", "discuss", "call",
                                           "plan", "book", "give", "add", "repeat", "contact", "escalate", NULL};
        if (d->tok[i].len != 2 || !gdoc_is(d, i, "if") || !gdoc_is(d, i + 1, "not") || d->tok[i + 2].kind != GK_WORD ||
            !(word_ends(d, i + 2, "ed", 5) || word_ends(d, i + 2, "ing", 6)))
            continue;
        bool act = false;
        for (const char *const *p = then; *p && !act; p++) act = gdoc_is(d, i + 3, *p);
        if (!act) continue;
        for (size_t j = i + 3; j < d->ntok && !gdoc_is_sentend(d, j) && !(d->tok[j].lex & GL_NEG_PRE) &&
                               !(d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',');
             j++)
            mark[j] = 0;
    }
}

/* The negation table of d; src_words is the source's stem set when d is the output, else NULL. */
static cc_status table(const gdoc *d, const gset *src_words, neg_table *nt, cc_error *err) {
    memset(nt, 0, sizeof *nt);
    uint8_t *mark = calloc(d->ntok ? d->ntok : 1, 1);
    cc_status st = CC_OK;
    if (!mark) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (negation)");
    scopes(d, mark);
    response_objects(d, mark);
    conditional_consequent(d, mark);
    if (src_words) gloss_marks(d, mark, src_words);
    st = gset_init(&nt->set, d->ntok, err);
    if (st != CC_OK) goto done;
    nt->narrow = calloc(nt->set.cap, sizeof *nt->narrow);
    nt->wide = calloc(nt->set.cap, sizeof *nt->wide);
    nt->direct = calloc(nt->set.cap, sizeof *nt->direct);
    nt->wide_noand = calloc(nt->set.cap, sizeof *nt->wide_noand);
    nt->near = calloc(nt->set.cap, sizeof *nt->near);
    nt->paired = calloc(nt->set.cap, sizeof *nt->paired);
    nt->first_wide = calloc(nt->set.cap, sizeof *nt->first_wide);
    if (!nt->narrow || !nt->wide || !nt->direct || !nt->wide_noand || !nt->near || !nt->paired || !nt->first_wide) {
        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (negation)");
        goto done;
    }
    for (size_t i = 0; i < d->ntok; i++) {
        if (!neg_content(d, i)) continue;
        /* a trigger word is no finding ("rebound is absent and Rovsing's sign is negative") */
        if (d->tok[i].lex & (GL_NEG_PRE | GL_NEG_POST)) continue;
        /* nor is a month ("denies since March") */
        if (d->tok[i].lex & GL_MONTH) continue;
        if (gdoc_is(d, i, "negative") || gdoc_is(d, i, "positive") || gdoc_is(d, i, "absent") || gdoc_is(d, i, "present"))
            continue;
        if (no_finding(d, i)) continue;
        size_t k = gset_add(&nt->set, GT_STEM(d, &d->tok[i]), (uint32_t)i);
        if (k == SIZE_MAX) continue;
        nt->narrow[k] += (mark[i] & NEG_N) != 0;
        nt->wide[k] += (mark[i] & NEG_W) != 0;
        nt->direct[k] += (mark[i] & NEG_D) != 0;
        nt->wide_noand[k] += (mark[i] & NEG_WA) != 0;
        nt->near[k] += (mark[i] & NEG_NEAR) != 0;
        nt->paired[k] += (mark[i] & NEG_PAIR) != 0;
        if (nt->set.aux[k] == i) nt->first_wide[k] = (mark[i] & NEG_W) != 0;
    }
done:
    free(mark);
    return st;
}

static void table_free(neg_table *nt) {
    gset_free(&nt->set);
    free(nt->narrow);
    free(nt->wide);
    free(nt->direct);
    free(nt->wide_noand);
    free(nt->near);
    free(nt->paired);
    free(nt->first_wide);
}

/* British and Indian spellings fold to one: ae and oe to e (melaena / malena / melena,
 * oedema / edema, haemoglobin / hemoglobin).  dst holds at least 64 bytes. */
static void fold_spelling(const char *s, char *dst) {
    size_t m = 0;
    for (size_t i = 0; s[i] && m < 63; i++) {
        if ((s[i] == 'a' || s[i] == 'o') && s[i + 1] == 'e') continue;
        dst[m++] = s[i];
    }
    dst[m] = '\0';
}

/* Slot of a key within a small edit distance of w (long words only: spelling variants), or SIZE_MAX. */
/* Is w the agent noun of k ("blocker" of "block": AV NODAL BLOCKERS are drugs, a heart block
 * a finding) (guard-47)? */
static bool agent_noun(const char *w, const char *k) {
    const size_t n = strlen(w), m = strlen(k);
    return n == m + 2 && strncmp(w, k, m) == 0 && strcmp(w + m, "er") == 0;
}

static size_t find_close_in(const gset *set, const char *w, const gset *own);
static size_t find_close(const gset *set, const char *w) { return find_close_in(set, w, NULL); }

/* The same, skipping words that own (the text of w) has as findings of their own ("BLOCKER"
 * in a text that also says "HEART BLOCK" is not "block"). */
static size_t find_close_in(const gset *set, const char *w, const gset *own) {
    size_t n = strlen(w);
    int max = n >= 8 ? 2 : n >= 6 ? 1 : 0;
    char fw[64], fk[64];
    fold_spelling(w, fw);
    for (size_t i = 0; i < set->cap; i++) {
        const char *k = set->keys[i];
        if (!k || k[0] != w[0]) continue;
        if (own && gset_find(own, k) != SIZE_MAX) continue;
        if (max && gedit_distance(k, w, max) <= max) return i;
        if (max) {
            fold_spelling(k, fk);
            if (gedit_distance(fk, fw, max) <= max) return i;
        }
        /* another form of the same word: leak / leaking, swell / swelling, dilate / dilated */
        size_t m = strlen(k), lo = m < n ? m : n, hi = m < n ? n : m;
        if (lo >= 4 && hi - lo <= 3 && strncmp(k, w, lo) == 0 && !agent_noun(w, k) && !agent_noun(k, w)) return i;
        /* a clipped word of seven letters or more: ANTICOAG / anticoagulation, HYPERTROPH- */
        if (lo >= 7 && strncmp(k, w, lo) == 0) return i;
    }
    return SIZE_MAX;
}

/* Is w in set with a negating prefix ("unclotted", "nonreactive", "non-tender" as one word)? */
static bool prefixed_in(const gset *set, const char *w) {
    char b[72];
    return (snprintf(b, sizeof b, "un%s", w) < (int)sizeof b && gset_find(set, b) != SIZE_MAX) ||
           (snprintf(b, sizeof b, "non%s", w) < (int)sizeof b && gset_find(set, b) != SIZE_MAX);
}

/* Is another form of w (the same first seven letters: "ventricle" / "ventricular",
 * "consciousness" / "conscious") negated in t?  Then an affirmed w elsewhere in t is another
 * statement ("the left ventricle is dilated ... no left ventricular thrombus"). */
static bool negated_form(const neg_table *t, const char *w) {
    if (strlen(w) < 7) return false;
    for (size_t i = 0; i < t->set.cap; i++) {
        const char *k = t->set.keys[i];
        if (k && k[0] == w[0] && t->wide_noand[i] > 0 && strcmp(k, w) != 0 && strlen(k) >= 7 && strncmp(k, w, 7) == 0)
            return true;
    }
    return false;
}

/* Is a spelled-out form w negated as an adjective after "post" or "pre" ("POST OP" said "the
 * operation" where the source affirms it and "postoperative" where it negates it; not
 * "presyncope" for syncope) (guard-46)? */
static bool negated_prefixed_adjective(const neg_table *t, const char *w) {
    if (strlen(w) < 6) return false;
    for (size_t i = 0; i < t->set.cap; i++) {
        const char *k = t->set.keys[i];
        if (!k || t->wide_noand[i] == 0) continue;
        const size_t pl = strncmp(k, "post", 4) == 0 ? 4 : strncmp(k, "pre", 3) == 0 ? 3 : 0, n = strlen(k);
        if (pl && n >= pl + 6 && strncmp(k + pl, w, 6) == 0 && n >= 3 && strcmp(k + n - 3, "ive") == 0) return true;
    }
    return false;
}

/* Findings a rewrite may name by another word (both spellings where they differ). */
static size_t finding_synonym(const neg_table *o, const char *w) {
    static const char *const pairs[][2] = {
        {"bleed", "haemorrhage"}, {"bleed", "hemorrhage"}, {"bleed", "bleeding"}, {"bleeding", "haemorrhage"},
        {"bleeding", "hemorrhage"}, {"haemorrhage", "bleed"}, {"hemorrhage", "bleed"}, {"pyrexia", "fever"},
        {"febrile", "fever"}, {"fever", "pyrexia"}, {"breathlessness", "dyspnoea"}, {"dyspnoea", "breathlessness"},
        {"dyspnea", "breathlessness"}, {"emesis", "vomiting"}, {"vomiting", "emesis"}, {"fit", "seizure"},
        {"fits", "seizure"}, {"seizure", "fit"}, {"convulsion", "seizure"}, {"seizure", "convulsion"},
        {"icterus", "jaundice"}, {"jaundice", "icterus"}, {"oedema", "swelling"}, {"edema", "swelling"},
        {"rh", "rhesus"}, {"rhesus", "rh"}, {"rhd", "rhesus"}, {"rh", "rhd"},
        /* guard-50 */
        {"crepitation", "crackle"}, {"crackle", "crepitation"}, {"hypo", "hypoglycaemia"}, {"hypo", "hypoglycaemic"},
        {"hypo", "hypoglycemia"}, {"hypo", "hypoglycemic"},
        /* guard-57: an ENT note's terms said in plain words ("NO OTALGIA" -> "no ear pain") */
        {"otalgia", "pain"}, {"otorrhoea", "discharge"}, {"otorrhea", "discharge"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (pairs[i][0][0] == w[0] && strcmp(pairs[i][0], w) == 0) {
            size_t k = gset_find(&o->set, pairs[i][1]);
            if (k != SIZE_MAX) return k;
        }
    return SIZE_MAX;
}

/* Is source token ts an abbreviation in capitals of two to five letters, written as its
 * n-letter normal form? */
static bool caps_abbrev(const gdoc *src, const gtok *ts, size_t n) {
    const size_t raw = ts->end - ts->start;
    bool caps = raw >= 2 && raw <= 5 && raw == n;
    for (size_t k = 0; caps && k < raw; k++) caps = src->text[ts->start + k] >= 'A' && src->text[ts->start + k] <= 'Z';
    return caps;
}

/* Do the output words from j on spell the initials w (n letters) of a capitals abbreviation?
 * On true, *end is the token after the spelled-out form. */
static bool initials_at(const gdoc *out, size_t j, const char *w, size_t n, size_t *end) {
    size_t q = j, k = 0;
    while (k < n && q < out->ntok && out->tok[q].kind == GK_WORD) {
        /* a linking word stands in the form with its own letter (LOF: leakage of fluid) or
           without one (UACR: urine albumin-to-creatinine ratio) */
        bool link = k > 0 && (gdoc_is(out, q, "of") || gdoc_is(out, q, "to") || gdoc_is(out, q, "and") ||
                              gdoc_is(out, q, "in") || gdoc_is(out, q, "the"));
        if (link && GT_NORM(out, &out->tok[q])[0] != w[k] && q + 1 < out->ntok) {
            q++;
            continue;
        }
        if (!(out->tok[q].len >= 3 || link) || GT_NORM(out, &out->tok[q])[0] != w[k]) break;
        k++;
        /* a compound word may hold the next letter too, inside it (IVH: intraventricular
           hemorrhage), when the next word does not start with it */
        if (k < n && !link && out->tok[q].len >= 8 &&
            !(q + 1 < out->ntok && out->tok[q + 1].kind == GK_WORD && GT_NORM(out, &out->tok[q + 1])[0] == w[k]) &&
            strchr(GT_NORM(out, &out->tok[q]) + 3, w[k]))
            k++;
        q++;
        /* "oestrogen receptor" and "cup-to-disc": a hyphen inside the form */
        if (k < n && q + 1 < out->ntok && out->tok[q].kind == GK_PUNCT && out->tok[q].punct == '-') q++;
    }
    *end = q;
    return k == n && n >= 2;
}

/* The output's spelled-out form of a source word that it does not have as such: an
 * abbreviation in capitals whose letters are the initials of consecutive output words ("RAPD"
 * -> relative afferent pupillary defect, "SI/HI" -> suicidal ... ideation), or a short form
 * the start of a longer output word ("HYPOS" -> hypoglycaemic).  Returns the slot in o of the
 * last word of the spelled-out form (the head noun), or SIZE_MAX. */
/* Does out's run [j, q) say a phrase of the source other than the abbreviation at si: as many
 * adjacent source words, each with the same stem or a clipped form of four letters or more
 * that begins it ("PHYSIO REFERRAL" for "physiotherapy referral")? */
static bool run_says_source(const gdoc *src, size_t si, const gdoc *out, size_t j, size_t q) {
    const size_t n = q - j;
    for (size_t z = 0; z + n <= src->ntok; z++) {
        bool all = true;
        for (size_t k = 0; k < n && all; k++) {
            const gtok *y = &src->tok[z + k], *t = &out->tok[j + k];
            all = y->kind == GK_WORD && t->kind == GK_WORD && y->start != src->tok[si].start &&
                  !(y->flags & GF_EXPANDED) &&
                  (strcmp(GT_STEM(src, y), GT_STEM(out, t)) == 0 ||
                   (y->len >= 4 && strncmp(GT_NORM(out, t), GT_NORM(src, y), y->len) == 0));
        }
        if (all) return true;
    }
    return false;
}

static size_t spelled_out_form(const gdoc *src, size_t si, const gdoc *out, const neg_table *o, const char *w,
                               const galign *align, size_t *head) {
    const gtok *ts = &src->tok[si];
    if (head) *head = SIZE_MAX;
    size_t n = strlen(w);
    const bool caps = caps_abbrev(src, ts, n);
    /* initials match too many word runs: only in the abbreviation's own place (the alignment's
       gap), or, when none is there, starting within three words of it, over a word the rewrite
       moved ("NOT ON ICS CURRENTLY" -> "currently on an inhaled corticosteroid") */
    for (int pass = 0; caps && pass < (align ? 2 : 1); pass++) {
        size_t flo, fhi, lo = 0, hi = out->ntok;
        if (align && !galign_gap(align, src, out, false, si, 12, &flo, &fhi, &lo, &hi)) break;
        for (size_t j = 0; j + n <= out->ntok; j++) {
            size_t q;
            if (!initials_at(out, j, w, n, &q)) continue;
            /* NT = non-tender, NAD = no abnormality detected: the abbreviation holds its own
               negation, so its expansion is no negated finding */
            if (out->tok[j].lex & (GL_NEG_PRE | GL_NEGCAND)) continue;
            /* (a run off the place starts with no function word: "and homicidal" is no AH) */
            if (pass == 0 ? j < lo || q > hi
                          : (j >= lo && q <= hi) || j > hi + 3 || q + 3 < lo || (out->tok[j].lex & GL_STOP))
                continue;
            /* (a run that says a phrase of the source's own is that phrase: "PHYSIO REFERRAL" ->
               "physiotherapy referral" is no PR) (guard-35) */
            if (run_says_source(src, si, out, j, q)) continue;
            /* the first word of the spelled-out form carries its negation ("no lower urinary
               tract symptoms" negates "lower" first), then the last */
            size_t slot = gset_find(&o->set, GT_STEM(out, &out->tok[j]));
            if (head) *head = gset_find(&o->set, GT_STEM(out, &out->tok[q - 1]));
            if (slot == SIZE_MAX) slot = gset_find(&o->set, GT_STEM(out, &out->tok[q - 1]));
            if (slot != SIZE_MAX) return slot;
        }
    }
    /* two or three capitals whose letters stand in order in one output word of the same place
       ("NO HA" -> "no headache", "NOT ON AC" -> "not on anticoagulation") */
    if (caps && n <= 3 && align) {
        size_t flo, fhi, lo, hi;
        if (galign_gap(align, src, out, false, si, 10, &flo, &fhi, &lo, &hi))
            for (size_t j = lo; j < hi; j++) {
                const gtok *t = &out->tok[j];
                if (t->kind != GK_WORD || t->len < 5 || (t->lex & (GL_NEG_PRE | GL_NEGCAND | GL_STOP))) continue;
                const char *x = GT_NORM(out, t);
                if (x[0] != w[0]) continue;
                size_t q = 1;
                for (size_t k = 1; x[k] && q < n; k++)
                    if (x[k] == w[q]) q++;
                if (q < n) continue;
                size_t slot = gset_find(&o->set, GT_STEM(out, t));
                if (slot != SIZE_MAX) return slot;
            }
    }
    if (n >= 4 && n <= 6) {
        /* a short form that begins a longer word (HYPOS -> hypoglycaemic): in its own place when
           the texts align, anywhere when they do not */
        size_t flo, fhi, lo = 0, hi = out->ntok;
        bool place = align && galign_gap(align, src, out, false, si, 12, &flo, &fhi, &lo, &hi);
        if (align && align->aligned && !place) return SIZE_MAX;
        for (size_t j = lo; j < hi; j++) {
            const gtok *t = &out->tok[j];
            if (t->kind != GK_WORD) continue;
            const char *k = GT_STEM(out, t);
            if (k[0] == w[0] && strlen(k) >= n + 4 && strncmp(k, w, n) == 0) {
                size_t slot = gset_find(&o->set, k);
                if (slot != SIZE_MAX) return slot;
            }
        }
    }
    return SIZE_MAX;
}

/* A word negative by its form: non-, un- (not a unit, a side, or a time: units, unilateral,
 * until, under), or a- before a state that names what is absent (afebrile, apyrexial,
 * asymptomatic, acyanotic, atraumatic, avascular, acalculous) when `other`, the other text's
 * stem set, lacks the word.  Not any a- word: accelerations, abdomen or aortic negate nothing. */
static bool negative_form(const gdoc *d, const gtok *x, const gset *other) {
    static const char *const a_states[] = {"febril", "pyrex", "symptom", "cyano", "trauma", "vascul",
                                           "septic", "cellul", "calcul", NULL};
    static const char *const not_un[] = {"unit",    "unil",    "until",  "under", "union",
                                         "uniform", "univers", "unique", NULL};
    if (x->kind != GK_WORD || x->len < 5) return false;
    const char *n = GT_NORM(d, x);
    if (strncmp(n, "non", 3) == 0) return true;
    if (strncmp(n, "un", 2) == 0) {
        for (const char *const *p = not_un; *p; p++)
            if (strncmp(n, *p, strlen(*p)) == 0) return false;
        return true;
    }
    if (n[0] != 'a') return false;
    bool state = false;
    for (const char *const *p = a_states; *p && !state; p++) state = strncmp(n + 1, *p, strlen(*p)) == 0;
    return state && !gdoc_has_word_fuzzy(other, GT_STEM(d, x));
}

/* A negation of any kind among d's tokens [lo, hi): a trigger word, a sign before or after a
 * finding, a word negative by its form (afebrile, nontender, unremarkable), or a word that
 * says what a negation says (normal, clear, stopped).  `other` is the other text's stem set:
 * an a- word it shares is no negation in this one's place (anaemia, aspirin). */
/* Is the capitals word r[0, n) a plain word rather than an initialism (guard-36): two vowels or
 * more (NAUSEA, NURSE; an initialism has at most one: NKDA, NGTD, NAD, DNACPR, TWOC), or one of a
 * few short words (NEW, NEXT, NECK)? */
static bool plain_caps_word(const char *r, size_t n) {
    static const char *const plain[] = {"NEW", "NOW", "NECK", "NEXT", "NIGHT", "NIGHTS", "NERVE", "NERVES", NULL};
    int vowels = 0;
    for (size_t q = 0; q < n; q++) vowels += r[q] == 'A' || r[q] == 'E' || r[q] == 'I' || r[q] == 'O' || r[q] == 'U';
    if (vowels > 1) return true;
    for (const char *const *p = plain; *p; p++)
        if (strlen(*p) == n && memcmp(*p, r, n) == 0) return true;
    return false;
}

static bool negation_in(const gdoc *d, size_t lo, size_t hi, const gset *other) {
    static const char *const w[] = {"normal", "clear", "stop", "stopped", "hold", "held", "withhold", "withheld",
                                    "discontinue", "discontinued", "refused", "declined", "resolved", "sterile",
                                    "negative", "neg", "ve", "free", "lack", "lacks", "lacking",
                                    "absence", "excluded", "excluding", "ruled", "omit", "omitted", "cease",
                                    "ceased", "nothing", "nobody", "nowhere", "wnl", NULL};
    if (hi > d->ntok) hi = d->ntok;
    for (size_t j = lo; j < hi; j++) {
        const gtok *x = &d->tok[j];
        if (x->kind == GK_PUNCT && x->punct == '-') {
            /* a sign: "-VE", "PSOAS -", "(-)" */
            bool prefix = j + 1 < d->ntok && d->tok[j + 1].start == x->end && (j == 0 || d->tok[j - 1].end < x->start);
            if (prefix || post_trigger(d, j)) return true;
            if (j > 0 && j + 1 < d->ntok && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == '(' &&
                d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == ')')
                return true;
            continue;
        }
        if (x->kind != GK_WORD) continue;
        if (x->lex & (GL_NEG_PRE | GL_NEG_POST | GL_NEGCAND)) return true;
        const char *n = GT_NORM(d, x);
        for (const char *const *p = w; *p; p++)
            if (strcmp(n, *p) == 0) return true;
        if (negative_form(d, x, other)) return true;
        if (strstr(n, "n't") || strstr(n, "free")) return true;
        /* an initialism that holds a negation (NGTD, NKDA, DNACPR, TWOC) */
        const char *r = d->text + x->start;
        size_t rn = x->end - x->start, caps = 0;
        while (caps < rn && r[caps] >= 'A' && r[caps] <= 'Z') caps++;
        if (caps == rn && rn >= 3 && rn <= 7 && (r[0] == 'N' || memmem(r, rn, "DN", 2) || memmem(r, rn, "WO", 2)) &&
            !plain_caps_word(r, rn))
            return true;
    }
    return false;
}

enum { PLACE_SLACK = 3, PLACE_MAX = 24, MOVED_REACH = 4 };

/* The finding w (a stem of the trigger's text) is negated somewhere in the other text o: its
 * negation table ot says so, or a negation stands within MOVED_REACH tokens of a word spelt
 * like w (within one edit from five letters on).  ow is the trigger's text's stem set. */
static bool negated_elsewhere(const gdoc *o, const neg_table *ot, const gset *ow, const char *w) {
    size_t slot = gset_find(&ot->set, w);
    if (slot == SIZE_MAX) slot = find_close(&ot->set, w);
    if (slot != SIZE_MAX && (ot->wide[slot] > 0 || ot->narrow[slot] > 0)) return true;
    size_t wl = strlen(w);
    for (size_t j = 0; j < o->ntok; j++) {
        const gtok *x = &o->tok[j];
        if (x->kind != GK_WORD || x->len < 2) continue;
        const char *v = GT_STEM(o, x);
        size_t vl = strlen(v);
        if (strcmp(v, w) != 0 && (wl < 5 || v[0] != w[0] || vl + 1 < wl || wl + 1 < vl || gedit_distance(v, w, 1) > 1))
            continue;
        /* (within the word's own sentence: "L CALF 3 CM > R. NO R LEG SWELLING" negates no calf)
           (guard-36) */
        size_t a = j > MOVED_REACH ? j - MOVED_REACH : 0, b = j + MOVED_REACH + 1;
        if (b > o->ntok) b = o->ntok;
        for (size_t q = j; q-- > a;)
            if (gdoc_is_fullstop(o, q)) {
                a = q + 1;
                break;
            }
        for (size_t q = j + 1; q < b; q++)
            if (gdoc_is_fullstop(o, q)) {
                b = q;
                break;
            }
        if (negation_in(o, a, b, ow)) return true;
    }
    return false;
}
/* Does output word f stand in the spelled-out form of a capitals abbreviation that the
 * source (its negation table st) negates anywhere? */
static bool spells_negated_abbrev(const gdoc *src, const neg_table *st, const gdoc *out, size_t f) {
    for (size_t k = 0; k < st->set.cap; k++) {
        const char *w = st->set.keys[k];
        if (!w || (st->wide[k] == 0 && st->narrow[k] == 0)) continue;
        const gtok *ts = &src->tok[st->set.aux[k]];
        size_t n = strlen(w);
        if (!caps_abbrev(src, ts, n)) continue;
        for (size_t j = f + 1 > 2 * n ? f + 1 - 2 * n : 0, end; j <= f; j++)
            if (initials_at(out, j, w, n, &end) && f < end && !(out->tok[j].lex & (GL_NEG_PRE | GL_NEGCAND))) return true;
    }
    return false;
}

/* Does the output spell out the source's capitals abbreviation at f right after a negation
 * of its own, outside the place [a, b) where the source's trigger looked for one ("NO ACS" ->
 * "without abdominal compartment syndrome", moved far on) (guard-50)?  (Inside the place the
 * negation was there to be taken, and was taken by another trigger.) */
static bool abbrev_spelled_negated(const gdoc *src, size_t f, const gdoc *out, size_t a, size_t b) {
    const gtok *ts = &src->tok[f];
    const char *w = GT_NORM(src, ts);
    const size_t n = ts->len;
    /* (three letters at least: "not performed" would spell PR) */
    if (n < 3 || !caps_abbrev(src, ts, n)) return false;
    for (size_t j = 1, end; j < out->ntok; j++)
        if ((j < a || j >= b) &&
            (gdoc_is(out, j - 1, "no") || gdoc_is(out, j - 1, "without") || gdoc_is(out, j - 1, "not")) &&
            initials_at(out, j, w, n, &end))
            return true;
    return false;
}

enum { CAP_UNSET = 0xFF };

/* How many of the other text's triggers negation j of o may stand for: one, and one more for
 * each list item its scope runs on to without a negation of its own ("no fever, cough or
 * cold" for NO FEVER, NO COUGH, NO COLD).  Not in a list whose items carry their own
 * negations ("no bleeding gums, no ptosis, and difficulty swallowing": the unmarked item is
 * affirmed). */
static uint8_t negation_capacity(const gdoc *o, size_t j, const gset *ow) {
    if (j > 0 && o->tok[j - 1].kind == GK_PUNCT && o->tok[j - 1].punct == ',') return 1;
    if (j > 0 && (gdoc_is(o, j - 1, "and") || gdoc_is(o, j - 1, "or"))) return 1;
    uint8_t cap = 1;
    for (size_t k = j + 1; k < o->ntok && k <= j + 16 && cap < 8; k++) {
        const gtok *x = &o->tok[k];
        if (gdoc_is_sentend(o, k) || (x->kind == GK_WORD && (x->lex & (GL_TERM | GL_BREAK | GL_AUX)))) break;
        bool sep = (x->kind == GK_PUNCT && (x->punct == ',' || x->punct == '/')) || gdoc_is(o, k, "or") ||
                   gdoc_is(o, k, "nor") || gdoc_is(o, k, "and");
        if (!sep) continue;
        size_t n = k + 1;
        while (n < o->ntok && (gdoc_is(o, n, "and") || gdoc_is(o, n, "or") || gdoc_is(o, n, "nor"))) n++;
        if (n < o->ntok && negation_in(o, n, n + 1, ow)) break; /* the next item has its own */
        cap++;
        k = n - 1;
    }
    /* (and a negation written after its list, one for each item before it: "acetaminophen, aspirin
       and ethanol levels negative" for APAP NEG, ASA NEG, ETOH NEG) (guard-69) */
    if (cap == 1 && post_trigger(o, j))
        for (size_t k = j; k-- > 0 && k + 16 >= j && cap < 8;) {
            const gtok *x = &o->tok[k];
            if (gdoc_is_sentend(o, k) || negation_in(o, k, k + 1, ow) ||
                (x->kind == GK_WORD && (x->lex & (GL_TERM | GL_BREAK | GL_AUX))))
                break;
            cap += (x->kind == GK_PUNCT && (x->punct == ',' || x->punct == '/')) ||
                   ((gdoc_is(o, k, "or") || gdoc_is(o, k, "nor") || gdoc_is(o, k, "and")) &&
                    !(k > 0 && o->tok[k - 1].kind == GK_PUNCT && o->tok[k - 1].punct == ','));
        }
    return cap;
}

/* Where o names d's finding words f[0..nf) against o's negation j: NAMED_NEAR, one of them in j's sentence, up
 * to 8 words before it or 16 after, with no other negation between them ("PAS D'AINS, PAS DE GENTAMICINE": the
 * second's finding is not the first's); NAMED_FAR, elsewhere only; NAMED_NOT, nowhere (said another way, which
 * cannot be placed).  Only NAMED_NEAR or not when !far. */
enum { NAMED_NOT, NAMED_FAR, NAMED_NEAR };
static int finding_near(const gdoc *d, const size_t *f, size_t nf, const gdoc *o, size_t j, const gset *ow,
                        const gset *o_words, bool far) {
    const size_t lo = j > 8 ? j - 8 : 0, hi = j + 17 < o->ntok ? j + 17 : o->ntok;
    for (size_t q = lo; q < hi; q++) {
        if (o->tok[q].kind != GK_WORD || o->tok[q].sent != o->tok[j].sent) continue;
        bool named = false;
        for (size_t k = 0; k < nf && !named; k++) named = strcmp(GT_STEM(o, &o->tok[q]), GT_STEM(d, &d->tok[f[k]])) == 0;
        if (!named) continue;
        bool between = false; /* (another negation, or a word that ends a scope: "no NSAIDs because dengue has
                                 been excluded") */
        for (size_t m = (q < j ? q : j) + 1; m < (q < j ? j : q) && !between; m++)
            between = negation_in(o, m, m + 1, ow) || (o->tok[m].kind == GK_WORD && (o->tok[m].lex & (GL_TERM | GL_BREAK)));
        if (!between) return NAMED_NEAR;
    }
    for (size_t k = 0; k < nf && far; k++)
        if (gset_find(o_words, GT_STEM(d, &d->tok[f[k]])) != SIZE_MAX) return NAMED_FAR;
    return NAMED_NOT;
}

/* Take one unused negation of o among tokens [lo, hi) (cap_left counts what each has left) for a
 * trigger of d with the finding words f[0..nf).  First (near) only one that names a finding; then
 * any, but a negation another trigger took already serves this one only over a list that names
 * one of its findings, or where o names none of them ("no A, no B" -> "no A or B"), not over one
 * that lists others ("NO COMPLAINTS. DENIES CHEST PAIN, SOB OR EDEMA" -> "Complaints; denies chest
 * pain, shortness of breath or oedema") (guard-69). */
static bool take_negation(const gdoc *o, size_t lo, size_t hi, const gset *ow, const gset *o_words, uint8_t *cap_left,
                          const gdoc *d, const size_t *f, size_t nf, bool near) {
    if (hi > o->ntok) hi = o->ntok;
    for (size_t j = lo; j < hi; j++) {
        if (!negation_in(o, j, j + 1, ow)) continue;
        if (cap_left[j] == CAP_UNSET) cap_left[j] = negation_capacity(o, j, ow);
        if (cap_left[j] == 0) continue;
        if (near && (nf == 0 || finding_near(d, f, nf, o, j, ow, o_words, false) != NAMED_NEAR)) continue;
        if (!near && nf > 0 && cap_left[j] < negation_capacity(o, j, ow) &&
            finding_near(d, f, nf, o, j, ow, o_words, true) == NAMED_FAR)
            continue;
        cap_left[j]--;
        return true;
    }
    return false;
}

/* Does d say finding w as poor or reduced ("not feeding well" -> "poor feeding")? */
static bool said_poor(const gdoc *d, const char *w) {
    for (size_t j = 1; j < d->ntok; j++)
        if (d->tok[j].kind == GK_WORD && strcmp(GT_STEM(d, &d->tok[j]), w) == 0 &&
            (gdoc_is(d, j - 1, "poor") || gdoc_is(d, j - 1, "reduced") || gdoc_is(d, j - 1, "decreased") ||
             gdoc_is(d, j - 1, "inadequate")))
            return true;
    return false;
}

/* The length of the negating prefix ("non", "un") that stem w starts with, or 0. */
static size_t neg_prefix(const char *w) { return strncmp(w, "non", 3) == 0 ? 3 : strncmp(w, "un", 2) == 0 ? 2 : 0; }

/* Does d have the finding w with a negating prefix, "un" or "non" ("unruptured" for ruptured)? */
static bool unprefixed_in(const gdoc *d, const char *w) {
    if (strlen(w) < 4) return false;
    for (size_t j = 0; j < d->ntok; j++) {
        if (d->tok[j].kind != GK_WORD) continue;
        const char *x = GT_STEM(d, &d->tok[j]);
        const size_t pl = neg_prefix(x);
        if (pl && strcmp(x + pl, w) == 0) return true;
    }
    return false;
}

/* Each negation trigger of one text must face a negation in its place in the other (guard-9):
 * the alignment gap around it, widened by PLACE_SLACK tokens each way for a trigger written
 * after its finding ("FEVER ABSENT" -> "no fever") or before a neighbour, and PLACE_SLACK more
 * after a post-trigger ("SAG NEG, CORE AB NEG" -> "... and core antibody are negative").  A
 * "no" the rewrite puts where the source has none ("L CVA (R HEMIPARESIS)" -> "with no right
 * hemiparesis"), or a source "NO" whose place in the output holds none ("NO SX OF CRPS" ->
 * "there are symptoms of ..."), is flagged even when the finding is named another way, which
 * the comparison of findings cannot see.  A trigger whose finding the other text negates
 * anywhere was moved, not flipped ("NO A, NO B" -> "no A or B").  Each trigger takes one of
 * the other text's negations, so three NOs in a row need three negations there, or a list
 * that one negation runs over ("no bleeding gums, ptosis or dysphagia").
 * False on OOM. */
static bool trigger_places(gctx *c, bool from_out, const neg_table *other) {
    const gdoc *d = from_out ? c->out : c->src, *o = from_out ? c->src : c->out;
    const gset *ow = from_out ? &c->out_words : &c->src_words, *o_words = from_out ? &c->src_words : &c->out_words;
    /* (each trigger takes one of the other text's negations: CAP_UNSET until counted; made
       for the first trigger that has a place) */
    uint8_t *cap_left = NULL;
    /* (two passes: first each trigger takes a negation that names its finding, then the rest take what
       is left (guard-69); done[i]: 1 when trigger i was placed in the first, 2 when it waits for the second) */
    uint8_t *done = calloc(d->ntok ? d->ntok : 1, 1);
    bool ok = done != NULL;
    for (int pass = 0; pass < 2 && ok; pass++)
    for (size_t i = 0; i < d->ntok && ok; i++) {
        const gtok *t = &d->tok[i];
        if (pass == 1 && done[i] != 2) continue;
        /* the plain triggers; the rest (free, avoid, ruled out...) are paraphrased too freely */
        if (t->kind != GK_WORD ||
            !(gdoc_is(d, i, "no") || gdoc_is(d, i, "not") || gdoc_is(d, i, "without") || gdoc_is(d, i, "nil") ||
              gdoc_is(d, i, "denies") || gdoc_is(d, i, "denied") || gdoc_is(d, i, "negative") ||
              gdoc_is(d, i, "absent") || gdoc_is(d, i, "never")))
            continue;
        size_t tl = pre_trigger(d, i);
        bool post = post_trigger(d, i);
        if (!tl && !post) continue;
        /* an answer's negation goes to the question's verb in prose ("NEOSTIGMINE GIVEN? NO" ->
           "neostigmine had not been given"): its place is not kept */
        if (question_before(d, i) != SIZE_MAX) continue;
        /* the finding: up to NEAR words after a pre-trigger and before a post-trigger ("not
           needed" is both); a "NO" before a label, a number or a placeholder is a number sign
           ("IP NO: 123") */
        if (tl && !post && (i + tl >= d->ntok || d->tok[i + tl].kind != GK_WORD)) continue;
        size_t f[2 * NEAR], nf = 0;
        /* (a verbal "not" is said of its subject too: "back blows and finger sweeps are not to be
           done" for "NO BACK BLOWS / FINGER SWEEP") */
        const bool subject = gdoc_is(d, i, "not") && i > 0 && d->tok[i - 1].kind == GK_WORD && (d->tok[i - 1].lex & GL_AUX);
        for (int dir = 0; dir < 2; dir++) {
            if ((dir == 0 && !tl) || (dir == 1 && !post && !subject)) continue;
            size_t got = 0;
            for (size_t n = 1; n <= 8 && got < NEAR; n++) {
                if (dir == 1 && n > i) break;
                size_t j = dir == 0 ? i + tl - 1 + n : i - n;
                if (j >= d->ntok) break;
                /* (a post-trigger's colon is crossed: "SULFA ALLERGY: DENIES") */
                if (gdoc_is_sentend(d, j) && !(dir == 1 && n == 1 && d->tok[j].punct == ':')) break;
                const gtok *x = &d->tok[j];
                if (x->kind == GK_WORD && x->len >= 2 && !(x->lex & (GL_STOP | GL_AUX | GL_NEGCAND | GL_NEG_PRE)))
                    f[nf++] = j, got++;
            }
        }
        size_t flo, fhi, lo, hi;
        if (!galign_gap(&c->align, d, o, from_out, i, PLACE_MAX, &flo, &fhi, &lo, &hi)) continue;
        /* "HBSAG NEG, CORE AB NEG" -> "surface antigen and core antibody are negative": a
           post-trigger's counterpart may follow the next words */
        size_t a = lo > PLACE_SLACK ? lo - PLACE_SLACK : 0, b = hi + PLACE_SLACK + (post ? PLACE_SLACK : 0);
        if (!cap_left) {
            if (!(cap_left = malloc(o->ntok ? o->ntok : 1))) {
                ok = false;
                break;
            }
            memset(cap_left, CAP_UNSET, o->ntok ? o->ntok : 1);
        }
        if (pass == 0) {
            done[i] = take_negation(o, a, b, ow, o_words, cap_left, d, f, nf, true) ? 1 : 2;
            continue;
        }
        if (take_negation(o, a, b, ow, o_words, cap_left, d, f, nf, false)) continue;
        /* "who has been without her inhaler" for "OUT OF INHALER 2/52": run out of it (guard-47) */
        if (from_out && gdoc_is(d, i, "without")) {
            bool out_of = false;
            for (size_t q = a; q + 1 < b && q + 1 < o->ntok && !out_of; q++)
                out_of = gdoc_is(o, q, "out") && gdoc_is(o, q + 1, "of");
            if (out_of) continue;
        }
        /* "IF ALARM FAILS AFTER 3 MTHS" -> "if the alarm has not worked after 3 months": a failure
           said as what did not work (guard-39) */
        if (from_out && nf > 0 &&
            (gdoc_is(d, f[0], "worked") || gdoc_is(d, f[0], "work") || gdoc_is(d, f[0], "helped") ||
             gdoc_is(d, f[0], "succeeded") || gdoc_is(d, f[0], "effective") || gdoc_is(d, f[0], "successful"))) {
            if (names_failure(o)) continue;
        }
        /* the finding said with a negation anywhere in the other text: moved, not flipped */
        bool moved = false;
        for (size_t k = 0; k < nf && !moved; k++) moved = negated_elsewhere(o, other, ow, GT_STEM(d, &d->tok[f[k]]));
        /* or the output's finding spells out an abbreviation the source negates ("DKA? NO" ->
           "diabetic ketoacidosis is not present", in another sentence) */
        for (size_t k = 0; k < nf && !moved && from_out; k++) moved = spells_negated_abbrev(o, other, d, f[k]);
        /* (and the other way: "NO ACS" -> "without abdominal compartment syndrome", far on) (guard-50) */
        for (size_t k = 0; k < nf && !moved && !from_out; k++) moved = abbrev_spelled_negated(d, f[k], o, a, b);
        /* (or said poor: "not feeding well" -> "poor feeding") */
        for (size_t k = 0; k < nf && !moved && !from_out; k++) moved = said_poor(o, GT_STEM(d, &d->tok[f[k]]));
        /* (or said with a negating prefix in another place: "ABSCESS 8 CM, NOT RUPTURED" -> "an
           unruptured abscess of 8 cm") (guard-35) */
        for (size_t k = 0; k < nf && !moved && !from_out; k++) moved = unprefixed_in(o, GT_STEM(d, &d->tok[f[k]]));
        if (moved) continue;
        /* the span: the trigger and the word after it ("no fever"), or before it ("NS1 -VE") */
        size_t sb = i, se_tok = i + tl < d->ntok ? i + tl : d->ntok - 1;
        if (!tl) sb = i > 0 ? i - 1 : 0, se_tok = i;
        int64_t ts = (int64_t)d->tok[sb].start, te = (int64_t)d->tok[se_tok].end;
        int64_t ss = from_out ? -1 : ts, se = from_out ? -1 : te, os = from_out ? ts : -1, oe = from_out ? te : -1;
        if (!gctx_reason(c, "negation", ss, se, os, oe,
                         from_out ? "the output's '%.*s' stands where the source has no negation"
                                  : "the source's '%.*s' has no negation in its place in the output",
                         (int)(te - ts), d->text + ts))
            ok = false;
    }
    free(cap_left);
    free(done);
    return ok;
}

/* Signs of results in d, one pass: Gram stains, net balances, and test results, each with how
 * many read negative (negative, non-reactive, not detected) and positive (positive, reactive,
 * detected) and the first token of each.  A Gram stain's or a net balance's sign is a finding's
 * value, not a negation (pseudo), so it is compared on its own: a rewrite that turns
 * gram-negative diplococci positive, or a net negative balance positive, changes the result.
 * A test result is often named only by an abbreviation the rewrite spells out ("CRAG NEG" ->
 * "cryptococcal antigen was negative"), which the findings' table cannot pair, so its signs
 * are compared on their own too: a rewrite that says positive more often and negative less
 * often than the source turned a result over. */
enum { SIGN_GRAM, SIGN_NET, SIGN_RESULT, SIGN_KINDS };
typedef struct {
    int neg, pos;          /* how many read negative / positive */
    size_t at_neg, at_pos; /* the first token of each, SIZE_MAX if none */
} sign_count;

static void result_signs(const gdoc *d, sign_count k[SIGN_KINDS]) {
    for (int q = 0; q < SIGN_KINDS; q++) k[q] = (sign_count){0, 0, SIZE_MAX, SIZE_MAX};
    for (size_t i = 0; i < d->ntok; i++) {
        /* a plus sign between a test and where it read so: "YELLOW JACKET VENOM + AT 1 MCG/ML" is
           a positive result ("PALLOR +" says a sign is present, which no rewrite calls positive) */
        if (d->tok[i].kind == GK_PUNCT && d->tok[i].punct == '+' && i > 0 && d->tok[i - 1].kind == GK_WORD &&
            (gdoc_is(d, i + 1, "at") || gdoc_is(d, i + 1, "on") || gdoc_is(d, i + 1, "in") || gdoc_is(d, i + 1, "to"))) {
            if (!k[SIGN_RESULT].pos++) k[SIGN_RESULT].at_pos = i;
            continue;
        }
        /* a balance's sign written on its number: "NET -4.2L", "I/O -1.8L", "BALANCE +800 ML" */
        if (d->tok[i].kind == GK_PUNCT && (d->tok[i].punct == '-' || d->tok[i].punct == '+') && i > 0 &&
            i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM && d->tok[i + 1].start == d->tok[i].end &&
            d->tok[i - 1].end < d->tok[i].start &&
            (gdoc_is(d, i - 1, "net") || gdoc_is(d, i - 1, "balance") ||
             (d->tok[i - 1].kind == GK_WORD && d->tok[i - 1].end - d->tok[i - 1].start == 3 &&
              strncasecmp(d->text + d->tok[i - 1].start, "i/o", 3) == 0))) {
            if (d->tok[i].punct == '-' && !k[SIGN_NET].neg++) k[SIGN_NET].at_neg = i;
            if (d->tok[i].punct == '+' && !k[SIGN_NET].pos++) k[SIGN_NET].at_pos = i;
            continue;
        }
        if (d->tok[i].kind != GK_WORD) continue;
        /* (a balance's sign: "net negative", "fluid balance is negative 800 mL", "a net balance of
           negative 1.6 L") */
        const bool balance = (i > 0 && gdoc_is(d, i - 1, "net")) ||
                             (i > 1 && ((d->tok[i - 1].lex & GL_AUX) || gdoc_is(d, i - 1, "of")) &&
                              gdoc_is(d, i - 2, "balance"));
        int kind = gram_before(d, i) ? SIGN_GRAM : balance ? SIGN_NET : SIGN_RESULT;
        bool n, p;
        if (kind != SIGN_RESULT) {
            n = gdoc_is(d, i, "negative");
            p = gdoc_is(d, i, "positive");
        } else {
            bool not_before = i > 0 && (gdoc_is(d, i - 1, "not") || gdoc_is(d, i - 1, "non") ||
                                        (i > 1 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
                                         gdoc_is(d, i - 2, "non")));
            n = gdoc_is(d, i, "negative") || gdoc_is(d, i, "nonreactive") || gdoc_is(d, i, "undetectable") ||
                gdoc_is(d, i, "undetected") || ((gdoc_is(d, i, "reactive") || gdoc_is(d, i, "detected")) && not_before);
            p = !not_before && (gdoc_is(d, i, "positive") || gdoc_is(d, i, "reactive") || gdoc_is(d, i, "detected"));
        }
        if (n && !k[kind].neg++) k[kind].at_neg = i;
        if (p && !k[kind].pos++) k[kind].at_pos = i;
    }
}

/* Is word k a participle ("performed", "given", "started", "done", "restarted")? */
static bool verb_participle(const gdoc *d, size_t k) {
    const char *w = GT_NORM(d, &d->tok[k]);
    size_t n = strlen(w);
    return (n > 4 && strcmp(w + n - 2, "ed") == 0) || strcmp(w, "given") == 0 || strcmp(w, "done") == 0 ||
           strcmp(w, "taken") == 0 || strcmp(w, "begun") == 0;
}

/* Time limits in d: how many say "not before" (late = 0: "not before", "no earlier than", "no
 * sooner than") or "not after" (late = 1: "not after", "no later than"), and the first one's
 * token.  Their words are no findings, so the findings' table does not see them; a rewrite that
 * turns "AT 22:00 - NOT BEFORE" into "at 22:00 and before" drops the limit. */
/* Is the "no" at i a limit of one to three words before a number ("no new injection before 3 months")? */
static bool no_word_before(const gdoc *d, size_t i) {
    for (size_t k = i + 1; k < d->ntok && k <= i + 3 && d->tok[k].kind == GK_WORD; k++)
        if (gdoc_is(d, k + 1, "before") && k + 2 < d->ntok && d->tok[k + 2].kind == GK_NUM) return true;
    return false;
}

static int time_limits(const gdoc *d, int late, size_t *at) {
    int n = 0;
    *at = SIZE_MAX;
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        /* (every limit starts with "not" or "no") */
        if (d->tok[i].kind != GK_WORD || GT_NORM(d, &d->tok[i])[0] != 'n') continue;
        /* (the verb of the limit between: "not to be performed before 72 hours", "will not be
           before day 7", "should not take place before 72 hours") */
        size_t k = i + 1;
        if (gdoc_is(d, i, "not"))
            while (k < d->ntok && k < i + 5 && d->tok[k].kind == GK_WORD &&
                   (gdoc_is(d, k, "to") || gdoc_is(d, k, "be") || (d->tok[k].lex & GL_AUX) || verb_participle(d, k) ||
                    (gdoc_is(d, k, "take") && gdoc_is(d, k + 1, "place")) || gdoc_is(d, k, "place") ||
                    gdoc_is(d, k, "occur") || gdoc_is(d, k, "start") || gdoc_is(d, k, "begin") || gdoc_is(d, k, "restart") ||
                    gdoc_is(d, k, "resume")))
                k++;
        /* (a verb between and nothing after: "NOT CONFUSED AFTER", "not seen before", an adverb
           of time, no limit) */
        if (k > i + 1 && (k + 1 >= d->ntok || gdoc_is_sentend(d, k + 1) ||
                          (d->tok[k + 1].kind == GK_PUNCT && d->tok[k + 1].punct == ',')))
            continue;
        /* (a condition: "ED if not improved after 2nd dose", no limit) (guard-42) */
        if (k > i + 1 && i > 0 && (gdoc_is(d, i - 1, "if") || gdoc_is(d, i - 1, "unless") || gdoc_is(d, i - 1, "when")))
            continue;
        bool hit = late ? (gdoc_is(d, i, "not") && gdoc_is(d, k, "after")) ||
                              (gdoc_is(d, i, "no") && gdoc_is(d, i + 1, "later") && gdoc_is(d, i + 2, "than"))
                        : (gdoc_is(d, i, "not") && gdoc_is(d, k, "before")) ||
                              /* ("No neuroprognostication before 72 hours" for "NOT BEFORE 72H") (guard-44) */
                              /* (and of two or three words: "No new injection before 3 months") (guard-66) */
                              (gdoc_is(d, i, "no") && no_word_before(d, i)) ||
                              (gdoc_is(d, i, "no") && (gdoc_is(d, i + 1, "earlier") || gdoc_is(d, i + 1, "sooner")) &&
                               gdoc_is(d, i + 2, "than"));
        if (hit && !n++) *at = i;
    }
    return n;
}

/* Does the output negate the spelled-out form of the source's abbreviation k where the source
 * negates it, naming it short elsewhere ("NO SIGNIFICANT OSA ... CANNOT R/O MILD OSA" -> "no
 * significant obstructive sleep apnea ... mild OSA cannot be ruled out")? */
/* Does the output use w only as the modifier of a head noun the source negates ("(AVOID
 * OVERLOAD)" -> "avoiding fluid overload", where the fluid is the source's IVF)?  Then the
 * negation is the head noun's, which the source has too. */
static bool modifies_negated(const gdoc *o, const char *w, const neg_table *s) {
    bool any = false;
    for (size_t j = 0; j + 1 < o->ntok; j++) {
        const gtok *t = &o->tok[j];
        if (t->kind != GK_WORD || strcmp(GT_STEM(o, t), w) != 0) continue;
        const gtok *h = &o->tok[j + 1];
        if (h->kind != GK_WORD || h->len < 4) return false;
        size_t k = gset_find(&s->set, GT_STEM(o, h));
        /* (a head the source always negates: "no loose stools" for "LOOSE STOOLS X 6" with "NO
           BLOOD IN STOOLS" beside it is an added negation) */
        if (k == SIZE_MAX || s->narrow[k] == 0 || s->wide[k] < s->set.count[k]) return false;
        any = true;
    }
    return any;
}

/* Does the output say finding w negated in a form of its own: a negating prefix or another
 * inflection negated (negated_form), or said poor ("not feeding well" -> "poor feeding")? */
static bool said_negated(const gctx *c, const neg_table *o, const char *w) {
    return negated_form(o, w) || said_poor(c->out, w);
}

/* Is w a verb of finding that d says right before a negation ("testing detected no variant"
 * for "NO VARIANT DETECTED"): the verb carries no negation of its own there (guard-35). */
static bool verb_of_no(const gdoc *d, const char *w) {
    static const char *const verbs[] = {"detect", "detected", "found", "seen", "identified", "identifi", "noted",
                                        "observed", "elicited", "showed", "revealed", NULL};
    bool verb = false;
    for (const char *const *p = verbs; *p && !verb; p++) verb = strcmp(*p, w) == 0;
    if (!verb) return false;
    for (size_t j = 0; j + 1 < d->ntok; j++)
        if (d->tok[j].kind == GK_WORD && strcmp(GT_STEM(d, &d->tok[j]), w) == 0 &&
            (gdoc_is(d, j + 1, "no") || gdoc_is(d, j + 1, "none") || gdoc_is(d, j + 1, "nothing")))
            return true;
    return false;
}

/* "CRM FREE" -> "a free circumferential resection margin", "MARGINS CLEAR" -> "clear
 * margins": free or clear after the source's abbreviation (si) stands before the output's
 * spelled-out form (oi), where it says the same and negates nothing. */
static bool free_before(const gdoc *src, size_t si, const gdoc *out, size_t oi) {
    bool s = gdoc_is(src, si + 1, "free") || gdoc_is(src, si + 1, "clear");
    return s && oi > 0 && (gdoc_is(out, oi - 1, "free") || gdoc_is(out, oi - 1, "clear"));
}

/* Is a mention of the finding w in d followed by "free", hyphenated or not ("PAIN-FREE WALKING")? */
static bool free_compound(const gdoc *d, const char *w) {
    for (size_t j = 0; j + 1 < d->ntok; j++) {
        if (d->tok[j].kind != GK_WORD || strcmp(GT_STEM(d, &d->tok[j]), w) != 0) continue;
        size_t f = d->tok[j + 1].kind == GK_PUNCT && d->tok[j + 1].punct == '-' ? j + 2 : j + 1;
        if (gdoc_is(d, f, "free")) return true;
    }
    return false;
}

/* Is the output's finding q another inflection of the source's finding w, one the source does not
 * name itself ("NO DRIVING" -> "not to drive"), and not its agent noun ("blockers" of "block")? */
static bool other_inflection(const neg_table *s, const char *w, const neg_table *o, size_t q) {
    const char *x = o->set.keys[q];
    return x && gset_find(&s->set, x) == SIZE_MAX && ginflected(x, w) && !agent_noun(w, x);
}

/* Does the output negate another inflection of the source's finding k as often as the output's
 * mentions of k itself fall short ("GRIP ... NO GRIP >5 KG" -> "grip strength ... no gripping
 * over 5 kg")? (guard-66) */
static bool inflection_negated(const neg_table *s, size_t k, const neg_table *o, size_t ko) {
    unsigned need = s->narrow[k] > o->wide[ko] ? s->narrow[k] - o->wide[ko] : 0, got = 0;
    for (size_t q = 0; need && q < o->set.cap; q++)
        if (q != ko && other_inflection(s, s->set.keys[k], o, q)) got += o->wide[q];
    return need && got >= need;
}

/* The mentions of a change in d: negated ("no change", "not changed", "without change",
 * "unchanged", "no dose change") and bare, with the first bare one's token in *at (guard-66). */
static void change_counts(const gdoc *d, int *neg, int *bare, size_t *at) {
    *neg = *bare = 0;
    *at = SIZE_MAX;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD || t->len < 6 || t->len > 9) continue; /* (change ... unchanged) */
        const char *w = GT_NORM(d, t);
        if (w[0] == 'u' && strcmp(w, "unchanged") == 0) {
            (*neg)++;
            continue;
        }
        if (w[0] != 'c' || (strcmp(w, "change") != 0 && strcmp(w, "changes") != 0 && strcmp(w, "changed") != 0)) continue;
        bool n = false;
        for (size_t k = i, back = 0; k-- > 0 && back < 3 && d->tok[k].kind == GK_WORD && !n; back++)
            n = (d->tok[k].lex & GL_NEG_PRE) != 0;
        if (n) (*neg)++;
        else {
            (*bare)++;
            if (*at == SIZE_MAX) *at = i;
        }
    }
}

static bool spelled_negated(const gctx *c, const neg_table *s, size_t k, const neg_table *o) {
    size_t kx = spelled_out_form(c->src, s->set.aux[k], c->out, o, s->set.keys[k], &c->align, NULL);
    return kx != SIZE_MAX && o->wide[kx] > 0;
}

cc_status gcheck_negation(gctx *c, cc_error *err) {
    neg_table s, o;
    memset(&o, 0, sizeof o);
    size_t before = c->res->n_reasons;
    cc_status st = table(c->src, NULL, &s, err);
    if (st == CC_OK) st = table(c->out, &c->src_words, &o, err);
    if (st != CC_OK) goto done;
    for (size_t k = 0; k < s.set.cap; k++) {
        const char *w = s.set.keys[k];
        if (!w) continue;
        size_t ko = gset_find(&o.set, w);
        if (ko == SIZE_MAX && (s.narrow[k] > 0 || s.direct[k] > 0)) ko = find_close_in(&o.set, w, &s.set); /* hypoglycemia ~ hypoglycaemia */
        /* a negated finding the output words with a negating prefix ("NOT CLOTTED" -> "unclotted") */
        if (ko == SIZE_MAX && s.narrow[k] > 0 && prefixed_in(&o.set, w)) continue;
        /* or in another inflection ("NO DRIVING" -> "not to drive") */
        for (size_t q = 0; ko == SIZE_MAX && s.narrow[k] > 0 && q < o.set.cap; q++)
            if (other_inflection(&s, w, &o, q)) ko = q;
        /* a negated finding the output names by a synonym or spells out (an abbreviation):
           that word must stay negated */
        bool spelled = false;
        size_t head = SIZE_MAX; /* the head noun's slot of a spelled-out form */
        if (ko == SIZE_MAX && s.narrow[k] > 0) {
            ko = finding_synonym(&o, w);
            if (ko == SIZE_MAX) ko = spelled_out_form(c->src, s.set.aux[k], c->out, &o, w, &c->align, &head);
            spelled = ko != SIZE_MAX;
        }
        /* an affirmed abbreviation the output spells out and negates ("C/O CP" -> "complaining
           of no chest pain") */
        if (ko == SIZE_MAX && s.wide[k] == 0) {
            size_t kx = spelled_out_form(c->src, s.set.aux[k], c->out, &o, w, &c->align, NULL);
            if (kx != SIZE_MAX && o.near[kx] > 0 && o.set.count[kx] - o.near[kx] < s.set.count[k]) {
                const gtok *ts = &c->src->tok[s.set.aux[k]], *to = &c->out->tok[o.set.aux[kx]];
                if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end,
                                 "'%s' is affirmed in the source but its other form '%s' is negated in the output", w,
                                 o.set.keys[kx]))
                    goto oom;
                continue;
            }
        }
        /* an affirmed finding the output words in another form ("ALCOHOLIC" -> "alcohol use")
           must not become negated either */
        if (ko == SIZE_MAX && s.wide[k] == 0) ko = find_close_in(&o.set, w, &s.set);
        if (ko == SIZE_MAX) continue; /* finding not in the output: not a negation question */
        if (spelled) {
            /* (the spelled-out form is looked for in the place of the source's first mention: when
               that one is affirmed and the form's head noun is negated elsewhere, "RENAL COLIC? VS
               AAA ... AAA RULED OUT" -> "... abdominal aortic aneurysm ... ruling out an
               aneurysm", the negated mention is said by its head alone) */
            if ((o.wide[ko] == 0 || (s.direct[k] > 0 && o.wide_noand[ko] == 0)) && !negated_form(&o, o.set.keys[ko]) &&
                !negated_prefixed_adjective(&o, o.set.keys[ko]) &&
                !(!s.first_wide[k] && head != SIZE_MAX && head != ko && o.wide[head] > 0) &&
                !free_before(c->src, s.set.aux[k], c->out, o.set.aux[ko])) {
                const gtok *ts = &c->src->tok[s.set.aux[k]], *to = &c->out->tok[o.set.aux[ko]];
                if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end,
                                 "'%s' is negated in the source but its other form '%s' is affirmed in the output", w,
                                 o.set.keys[ko]))
                    goto oom;
            }
            continue;
        }
        const gtok *ts = &c->src->tok[s.set.aux[k]], *to = &c->out->tok[o.set.aux[ko]];
        /* ("MARGINS FREE" -> "free margins": the same word, neither flipped) */
        const bool free = free_before(c->src, s.set.aux[k], c->out, o.set.aux[ko]);
        /* "no A, no B" -> "no A and B" leaves B's negation ambiguous: flag it too */
        if (((s.narrow[k] > 0 && o.wide[ko] == 0) || (s.direct[k] > 0 && o.wide_noand[ko] == 0)) && o.paired[ko] == 0 &&
            !said_negated(c, &o, w) &&
            !spelled_negated(c, &s, k, &o) && !inflection_negated(&s, k, &o, ko) &&
            !free && !verb_of_no(c->out, w) && /* ("NO VARIANT DETECTED" -> "detected no variant") */
            !(ts->lex & GL_SIDE)) { /* (a side's count is the laterality check's: "SLR NEG BILAT") */
            if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end,
                             "'%s' is negated in the source but affirmed in the output", w))
                goto oom;
        } else if (s.narrow[k] > o.wide[ko] + o.paired[ko] && s.direct[k] > 0 &&
                   (int64_t)o.set.count[ko] - o.wide[ko] - o.paired[ko] > (int64_t)s.set.count[k] - s.wide[k] &&
                   !said_negated(c, &o, w) && !(ts->lex & GL_SIDE) && !free) {
            /* counted per mention: the output negates the finding fewer times than the source and
               affirms it more often ("NO GALLSTONE HX ... USS: NO GALLSTONES" -> "a history of
               gallstones ... no gallstones"): one of its negations was turned over (a rewrite that
               merges two negations into one affirms nothing more) */
            if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end,
                             "'%s' is negated %u time(s) in the source but only %u in the output, which affirms it %u time(s)",
                             w, s.narrow[k], o.wide[ko], o.set.count[ko] - o.wide[ko]))
                goto oom;
        } else if (s.wide[k] == 0 && o.near[ko] > 0 && o.set.count[ko] - o.near[ko] < s.set.count[k] &&
                   !(ts->lex & GL_SIDE) && /* (a side's count is the laterality check's: "absent on the right") */
                   !modifies_negated(c->out, w, &s) &&
                   /* ("UNTIL PAIN-FREE WALKING" -> "until walking is pain-free": the compound before its
                      noun names a kind of walking, after it it negates; both say "pain-free") (guard-66) */
                   !(free_compound(c->src, w) && free_compound(c->out, w))) {
            /* an added negation; a rewrite that also names the finding affirmed as often as
               the source does ("insulin ... no insulin below 150") has only added a detail */
            if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end,
                             "'%s' is affirmed in the source but negated in the output", w))
                goto oom;
        }
    }
    /* a finding the source negates by a prefix ("APPY NONVISUALIZED", "UNCLOTTED") that the
       output states affirmed ("the appendix was visualized") */
    for (size_t i = 0; i < c->src->ntok; i++) {
        const gtok *t = &c->src->tok[i];
        if (t->kind != GK_WORD) continue;
        const char *w = GT_STEM(c->src, t);
        const size_t pl = neg_prefix(w);
        if (!pl || strlen(w + pl) < 6 || gset_find(&o.set, w) != SIZE_MAX) continue;
        size_t ko = gset_find(&o.set, w + pl);
        if (ko == SIZE_MAX || o.wide[ko] > 0 || gset_find(&s.set, w + pl) != SIZE_MAX) continue;
        const gtok *to = &c->out->tok[o.set.aux[ko]];
        if (!gctx_reason(c, "negation", t->start, t->end, to->start, to->end,
                         "'%s' is negated in the source ('%s') but affirmed in the output", w + pl, w))
            goto oom;
        break;
    }
    sign_count ss[SIGN_KINDS], os[SIGN_KINDS];
    result_signs(c->src, ss);
    result_signs(c->out, os);
    for (int kind = SIGN_GRAM; kind <= SIGN_NET; kind++) { /* Gram stains, net fluid balances ("net negative 1 L") */
        const sign_count *x = &ss[kind], *y = &os[kind];
        /* a sign the output has more often than the source, where the source has the other one */
        if ((y->pos > x->pos && x->neg > y->neg) || (y->neg > x->neg && x->pos > y->pos)) {
            const bool to_pos = y->pos > x->pos;
            const gtok *ts = &c->src->tok[to_pos ? x->at_neg : x->at_pos], *to = &c->out->tok[to_pos ? y->at_pos : y->at_neg];
            if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end, "a %s that is %s in the source is %s in the output",
                             kind == SIGN_NET ? "net balance" : "Gram stain", to_pos ? "negative" : "positive",
                             to_pos ? "positive" : "negative"))
                goto oom;
        }
    }
    {
        const sign_count *x = &ss[SIGN_RESULT], *y = &os[SIGN_RESULT];
        if (c->res->n_reasons == before && y->pos > x->pos && y->neg < x->neg) {
            const gtok *ts = &c->src->tok[x->at_neg], *to = &c->out->tok[y->at_pos];
            if (!gctx_reason(c, "negation", ts->start, ts->end, to->start, to->end,
                             "the output reads positive %d time(s) and negative %d where the source reads positive %d and "
                             "negative %d",
                             y->pos, y->neg, x->pos, x->neg))
                goto oom;
        }
    }
    for (int late = 0; late < 2; late++) { /* "not before", then "not after" */
        size_t sa, oa;
        int sn = time_limits(c->src, late, &sa), on = time_limits(c->out, late, &oa);
        if (sn > on) {
            const gtok *ts = &c->src->tok[sa];
            if (!gctx_reason(c, "negation", ts->start, c->src->tok[sa + 1].end, -1, -1,
                             "the source's limit '%s' is stated %d time(s) in the source but %d in the output",
                             late ? "not after" : "not before", sn, on))
                goto oom;
        }
    }
    /* a decision turned over: "TARGET 6-8, NO CHANGE" -> "against a target of 6 to 8, so change"
       (change is no finding of its own; counted as said with and without a negation) (guard-66) */
    {
        size_t sa, oa;
        int sneg, sbare, oneg, obare;
        change_counts(c->src, &sneg, &sbare, &sa);
        change_counts(c->out, &oneg, &obare, &oa);
        if (sneg > oneg && obare > sbare && oa != SIZE_MAX) {
            const gtok *to = &c->out->tok[oa];
            if (!gctx_reason(c, "negation", -1, -1, to->start, to->end,
                             "'no change' is said %d time(s) in the source but %d in the output, which states a change",
                             sneg, oneg))
                goto oom;
        }
    }
    /* an amount limit turned over: "no more than 10 mL/hr" -> "more than 10 mL/hr" (the bare
       comparison grows and the negated one shrinks; "at most", "up to" say the limit too and
       change neither count) */
    for (int less = 0; less < 2; less++) {
        int sneg = 0, sbare = 0, oneg = 0, obare = 0;
        size_t at = SIZE_MAX, ot = SIZE_MAX;
        for (int side = 0; side < 2; side++) {
            const gdoc *d = side ? c->out : c->src;
            for (size_t i = 1; i + 1 < d->ntok; i++) {
                if (!gdoc_is(d, i, less ? "less" : "more") || !gdoc_is(d, i + 1, "than")) continue;
                bool neg = gdoc_is(d, i - 1, "no") || gdoc_is(d, i - 1, "not");
                if (side) {
                    oneg += neg, obare += !neg;
                    if (!neg && ot == SIZE_MAX) ot = i;
                } else {
                    sneg += neg, sbare += !neg;
                    if (neg && at == SIZE_MAX) at = i - 1;
                }
            }
        }
        if (sneg > oneg && obare > sbare && at != SIZE_MAX && ot != SIZE_MAX) {
            const gtok *ts = &c->src->tok[at], *to = &c->out->tok[ot];
            if (!gctx_reason(c, "negation", ts->start, c->src->tok[at + 2].end, to->start, c->out->tok[ot + 1].end,
                             "the source's limit 'no %s than' reads '%s than' in the output", less ? "less" : "more",
                             less ? "less" : "more"))
                goto oom;
        }
    }
    /* a negation the output puts before a word the source never has ("at 38 weeks of no
       gestation"): the trigger's place in the source (its alignment gap, and the aligned words
       around it) holds no trigger of any kind, and the source has no word of that finding */
    for (size_t i = 0; i < c->out->ntok; i++) {
        size_t tl = pre_trigger(c->out, i);
        if (!tl || !(gdoc_is(c->out, i, "no") || gdoc_is(c->out, i, "not") || gdoc_is(c->out, i, "without"))) continue;
        size_t f = i + tl;
        /* (a verb of judging passes to what was judged: "the infection was not considered
           atypical" for "ATYPICAL? NO") (guard-39) */
        if ((gdoc_is(c->out, f, "considered") || gdoc_is(c->out, f, "thought") || gdoc_is(c->out, f, "felt") ||
             gdoc_is(c->out, f, "deemed") || gdoc_is(c->out, f, "judged") || gdoc_is(c->out, f, "believed")) &&
            f + 1 < c->out->ntok && neg_content(c->out, f + 1))
            f++;
        if (f >= c->out->ntok || !neg_content(c->out, f) || (c->out->tok[f].lex & (GL_SIDE | GL_TERM))) continue;
        /* (a failure the source names, said as what did not work: "if the alarm has not worked"
           for "IF ALARM FAILS") (guard-39) */
        if (gdoc_is(c->out, f, "worked") || gdoc_is(c->out, f, "work") || gdoc_is(c->out, f, "helped") ||
            gdoc_is(c->out, f, "succeeded")) {
            if (names_failure(c->src)) continue;
        }
        /* (the order's name spelled out, "do not attempt cardiopulmonary resuscitation", for a
           source's DNACPR, DNAR, DNR or DNI) (guard-39) */
        if (gdoc_is(c->out, i, "not") && i > 0 && gdoc_is(c->out, i - 1, "do") &&
            (gdoc_is(c->out, f, "attempt") || gdoc_is(c->out, f, "resuscitate") || gdoc_is(c->out, f, "intubate"))) {
            bool order = false;
            for (size_t q = 0; q < c->src->ntok && !order; q++) {
                const gtok *x = &c->src->tok[q];
                order = x->kind == GK_WORD && x->end - x->start >= 3 && x->end - x->start <= 6 &&
                        strncasecmp(c->src->text + x->start, "dn", 2) == 0;
            }
            if (order) continue;
        }
        const char *w = GT_STEM(c->out, &c->out->tok[f]);
        if (gdoc_has_word_fuzzy(&c->src_words, w) || find_close(&s.set, w) != SIZE_MAX) continue;
        size_t flo, fhi, lo, hi;
        if (!galign_gap(&c->align, c->out, c->src, true, i, 8, &flo, &fhi, &lo, &hi)) continue;
        /* the source sentence(s) around that place */
        size_t a = lo > 0 ? lo - 1 : 0, b = hi < c->src->ntok ? hi : c->src->ntok - 1;
        uint32_t s0 = c->src->tok[a].sent, s1 = c->src->tok[b].sent;
        bool trig = false;
        for (size_t j = 0; j < c->src->ntok && !trig; j++) {
            const gtok *x = &c->src->tok[j];
            if (x->sent < s0 || x->sent > s1) continue;
            trig = (x->kind == GK_WORD && (x->lex & (GL_NEG_PRE | GL_NEG_POST | GL_NEGCAND))) ||
                   negative_form(c->src, x, &c->out_words);
        }
        if (trig) continue;
        const gtok *to = &c->out->tok[f];
        if (!gctx_reason(c, "negation", -1, -1, c->out->tok[i].start, to->end,
                         "the output negates '%s', which the source neither names nor negates there", GT_NORM(c->out, to)))
            goto oom;
    }
    /* the trigger places, where the findings' comparison has found nothing (one reason is enough) */
    if (c->res->n_reasons == before && (!trigger_places(c, true, &s) || !trigger_places(c, false, &o))) goto oom;
    goto done;
oom:
    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
done:
    table_free(&s);
    table_free(&o);
    return st;
}
