/* guard_meds.c - medications: every drug of the source survives, and no drug
 * appears that the source lacks.
 *
 * A drug mention is the word after a dosage form (TAB / tablet, CAP, INJ,
 * SYP, NEB, INHALER, OINT, drops...; the form expansions are shared with the
 * normaliser), a name from the compiled-in drug list, or a word with a
 * generic-name ending (-cillin, -prazole, -sartan...).  Names compare by
 * their singular lowercase form, through a small synonym table (PCM ==
 * paracetamol == acetaminophen), and allow one or two letters of spelling
 * correction for long names. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "guard_internal.h"

/* Words that follow a dosage form in prose without being a drug. */
static const char *const k_not_drug[] = {
    "site", "sites", "form", "strength", "therapy", "course", "regimen", "orally", "intake",
    "always", "also", "again", "together", "handy", "everywhere", /* "carry glucose tabs always" (guard-37) */
    "post", "pre", "after", "before", /* "SPO2 97% POST NEB": a time, no drug */
    "vitals", "observations", "obs", "bloods", /* "pre-infusion vitals: temperature 98.1" */
    "delivers", "deliver", "delivering", "provides", "gives", "runs", "equals", /* "0.3 ML/HR DELIVERS 5 MCG/MIN" */
    "blocker", "blockers", "agonist", "agonists", "antagonist", "antagonists", "inhibitor", "inhibitors", /* classes */
    "dosage", "was", "were", "given", "taken", "daily", "once", "twice", "thrice", "every",
    "approx", "approximately", "about", "around", /* "(APPROX 15G)": an amount, no drug (guard-56) */
    "each", "only", "intravenous", "intramuscular", "subcutaneous", "oral", "sublingual",
    "local", "application", "eye", "ear", "nasal", "nose", "mouth", "twice", "half", "full",
    "and", "or", "with", "without", "containing", "which", "that", "then", "after", "before",
    "technique", "use", "usage", "device", "administration", "dose", "doses", "was", "prescribed",
    "pump", "rate", "bag", "bottle", "vial", "vials", "ampoule", "ampoules", "ampule", "amp", "strip", "given",
    "started", "stopped", "continued", "changed", "should", "must", "can", "may", "will", "is", "are", "be",
    "test", "testing", "if", "blood", "alt", "alternate", "alternative",
    "wave", "waves", "inversion", "inversions", /* "T waves", "T-wave inversion": T is no tablet there */
    "combo", "combination", /* "steroid-antifungal combo cream" */
    "visit", "visits", "preparation", "afterwards", "afterward", "polyethylene", "chair", "centre", "center",
    "clinic", "suite", /* "infusion visit", "hanging-drop preparation", "solution afterwards", "PE insert" */
    "continues", "continue", "continuing", "running", "runs", "replacement", /* "the NAC infusion continues" */
    "rose", "rises", "rising", "fell", "falls", "falling", /* "troponin T rose from 48": T is no tablet there */
    "according", "per", "via", "protocol", "regime", /* "an insulin infusion according to the trust protocol" */
    "score", "scores", "max", "min", /* "T-score of -2.7", "T MAX 37.8": T is no tablet there */
    "rn", "nurse", "nurses", "nursing", "team", "number", "no", "beforehand", /* "HOME INFUSION RN VISIT", "injection number 4" */
    "pefr", "pef", "peak", /* "POST NEBS PEFR 340" */
    "treatment", "treatments", "less", "more", "than", /* "nebulizer treatments", "an FEV1 drop of less than 10%" */
    "crossmatch", "crossmatched", "cross-match", "group", /* "type and crossmatch 2 units" */
    "cell", "cells", /* "T-cell-mediated rejection": T is no tablet there */
    "otc", "bought", /* "TOPICAL STEROID DROPS OTC X 5 DAYS": bought over the counter (guard-42) */
    "retention", /* "LACTULOSE RETENTION ENEMA": the kind of enema (guard-44) */
    "subsequent", "further", "repeat", "second", "third", "final", "next", /* "a subsequent 12 mg dose" (guard-47) */
    "preoperative", "postoperative", "plus", /* "Preoperative drops", "a patch plus an inhalator" (guard-49) */
    /* the days of a weekly dosing table, "MON 5MG TUE 5MG", "Monday 5 mg" (guard-52) */
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun",
    "perfusor", /* "HEPARIN PERFUSOR 1000 IE/H": the syringe driver (guard-52) */
    "fortifier", /* "FM85 fortifier 1 g per 20 mL": a feed's fortifier, no drug (guard-52) */
    "etco2", /* "ETCO2 DROP": the end-tidal carbon dioxide (guard-52) */
    "sig", /* "LACTULOSE 3.3G/5ML SYRUP - SIG: 15ML HS PRN": signa, the label's directions (guard-52) */
    "unknown", "uncertain", "unclear", /* "metformin 1000 mg, number of tablets unknown" for "?#" (guard-66) */
    NULL,
};

/* A past participle by its ending ("applied", "started", "kept"):
 * prose around a dosage form, never a drug name (no generic or brand ends so); the drug
 * lexicon is asked first, so a listed name with such an ending is still a drug. */
static bool verb_like(const char *w) {
    size_t n = strlen(w);
    if (n < 4) return false;
    const char *e = w + n;
    if (e[-2] == 'e' && e[-1] == 'd') return true;                         /* applied, given... */
    if (n >= 5 && e[-2] == 'l' && e[-1] == 'y') return true;               /* an adverb: "solution freely" */
    if (strcmp(w, "repair") == 0 || strcmp(w, "closure") == 0 || strcmp(w, "graft") == 0) return true; /* "patch repair" */
    return strcmp(w, "kept") == 0 || strcmp(w, "put") == 0 || strcmp(w, "sent") == 0 || strcmp(w, "held") == 0;
}

/* Does text [0, n) hold w (lowercase, wl letters) in any case? */
static bool memmem_ci(const char *text, size_t n, const char *w, size_t wl) {
    for (size_t i = 0; i + wl <= n; i++)
        if (strncasecmp(text + i, w, wl) == 0) return true;
    return false;
}

/* Is w a muscle's name or a word of one ("flexor digitorum superficialis", "detrusor")? (guard-68) */
static bool muscle_word(const char *w) {
    static const char *const muscle[] = {
        "detrusor", "superficialis", "profundus", "ulnaris", "radialis", "longus", "brevis", "magnus", "medialis",
        "lateralis", "gastrocnemius", "soleus", "brachii", "brachialis", "brachioradialis", "teres", "quadratus",
        "femoris", "tibialis", "pollicis", "hallucis", "carpi", "digitorum", "adductor", "adductors", "hamstrings",
        "biceps", "triceps", "pronator", "flexor", "flexors", "extensor", "extensors", NULL};
    for (const char *const *p = muscle; *p; p++)
        if (strcmp(*p, w) == 0) return true;
    return false;
}

static bool not_drug(const char *w) {
    for (const char *const *p = k_not_drug; *p; p++)
        if (strcmp(*p, w) == 0) return true;
    /* a day of a regimen ("2 SACHETS D1"); D5, D10... are dextrose and stay */
    if (w[0] == 'd' && w[1] >= '1' && w[1] <= '9' && w[1] != '5' && !w[2]) return true;
    if (verb_like(w) && !(glex_class(w, strlen(w)) & (GL_DRUG | GL_SYN)) && !glex_drug_stem(w, strlen(w))) return true;
    return false;
}

/* The word after the dosage form at i, or SIZE_MAX. */
static size_t after_form(const gdoc *d, size_t i) {
    /* the T of an intubated patient's coma score, "GCS 10T (E3VTM6)", is the tube, no tablet
       (guard-50) */
    if (i >= 1 && d->tok[i - 1].kind == GK_NUM && d->tok[i - 1].end == d->tok[i].start) {
        size_t b = d->tok[i - 1].start;
        while (b > 0 && (d->text[b - 1] == ' ' || d->text[b - 1] == ':')) b--;
        if (b >= 3 && strncasecmp(d->text + b - 3, "gcs", 3) == 0) return SIZE_MAX;
    }
    size_t j = i + 1;
    for (int skips = 0; j < d->ntok && skips < 3; skips++, j++) {
        const gtok *t = &d->tok[j];
        /* "TAB. DOLO" is an abbreviation's dot; after a form written in full ("paracetamol
           tablets. Epidural blood patch") the period ends the sentence */
        if (t->kind == GK_PUNCT && t->punct == '.' &&
            (d->tok[i].end - d->tok[i].start > 4 || gdoc_is(d, i, "drop") || gdoc_is(d, i, "gel") ||
             gdoc_is(d, i, "pill") || gdoc_is(d, i, "foam") || gdoc_is(d, i, "wash") || gdoc_is(d, i, "puff")))
            break; /* ("... the postural drop. Mobilisation will be reattempted") */
        if (t->kind == GK_PUNCT && (t->punct == '.' || t->punct == ':' || t->punct == '-' || t->punct == '(')) continue;
        if (t->kind == GK_WORD && (gdoc_is(d, j, "of") || gdoc_is(d, j, "a") || gdoc_is(d, j, "an") || gdoc_is(d, j, "the")))
            continue;
        break;
    }
    if (j >= d->ntok || (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '.')) return SIZE_MAX;
    const gtok *t = &d->tok[j];
    if (t->kind != GK_WORD || t->len < 2 || gdoc_is_sentend(d, j)) return SIZE_MAX;
    const char *w = GT_NORM(d, t);
    if (t->lex & (GL_STOP | GL_GENERIC | GL_FREQWORD | GL_FORM | GL_NEG_PRE | GL_TERM | GL_MONTH | GL_SIDE)) return SIZE_MAX;
    /* "INFUSION CTR": the infusion centre (guard-42) */
    if ((strcmp(w, "ctr") == 0 || strcmp(w, "cntr") == 0) && gdoc_is(d, i, "infusion")) return SIZE_MAX;
    if (glex_unit(w, t->len) || glex_route(w, t->len) || not_drug(w)) return SIZE_MAX;
    /* (and the rectal and vaginal routes the lexicon leaves unread: "MORPHINE SOLUTION PR (SAME DOSE)")
       (guard-61) */
    if (strcmp(w, "pr") == 0 || strcmp(w, "pv") == 0) return SIZE_MAX;
    /* an interval written onto its Q ("DEPOT INJ Q3 MONTHS": every 3 months) names no drug */
    if ((t->flags & GF_EXPANDED) && gdoc_is(d, j, "every")) return SIZE_MAX;
    /* a gerund or a participle the lexicon does not know: "self-injection teaching" */
    if (t->len > 5 && strcmp(w + t->len - 3, "ing") == 0 && !(t->lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)))
        return SIZE_MAX;
    /* "CAP - CURB65 4": past a spaced dash, a code of letters and digits the lexicon does not
       know heads a line of its own (community-acquired pneumonia, a score) */
    if ((t->flags & GF_INWORD) && !(t->lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)))
        for (size_t q = i + 1; q < j; q++)
            if (d->tok[q].kind == GK_PUNCT && d->tok[q].punct == '-' && d->tok[q].start > d->tok[q - 1].end &&
                d->tok[q + 1].start > d->tok[q].end)
                return SIZE_MAX;
    unsigned char c = (unsigned char)w[0];
    if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return SIZE_MAX;
    /* a word the lexicon does not know right before one it knows names the kind of that drug
       ("INJ H. ACTRAPID", "injection human Actrapid", "TAB PLAIN ASPIRIN"): the drug is the next */
    size_t k = j + 1;
    if (k < d->ntok && d->tok[k].kind == GK_PUNCT && d->tok[k].punct == '.') k++;
    if (!(t->lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM)) && k < d->ntok && d->tok[k].kind == GK_WORD &&
        (d->tok[k].lex & (GL_DRUG | GL_SYN)) && d->tok[k].sent == t->sent)
        return k;
    return j;
}

/* Forms written after the name in prose and in notes ("calamine lotion", "diclofenac
 * gel", "lactulose syrup", "Budecort inhaler", "Duolin nebulisation"). */
static bool postfix_form(const gdoc *d, size_t i) {
    static const char *const f[] = {"lotion", "cream", "gel", "ointment", "drops", "drop", "spray", "inhaler", "syrup",
                                    "nebulisation", "nebulization", "suspension", "respules", "rotacap", "pessary",
                                    "suppository", "patch", "eyedrops", "solution", NULL};
    for (const char *const *p = f; *p; p++)
        if (gdoc_is(d, i, *p)) return true;
    return false;
}

static bool route_adjective(const char *w);

/* The word before a postfix form at i, when it can be a drug name, or SIZE_MAX. */
static size_t before_form(const gdoc *d, size_t i) {
    if (i == 0 || !postfix_form(d, i)) return SIZE_MAX;
    size_t j = i - 1;
    if (d->tok[j].kind == GK_WORD && (gdoc_is(d, j, "vaginal") || gdoc_is(d, j, "eye") || gdoc_is(d, j, "ear") ||
                                      gdoc_is(d, j, "nasal") || gdoc_is(d, j, "oral") || gdoc_is(d, j, "topical")) && j > 0)
        j--;
    /* a form word in a non-drug phrase: "epidural blood patch", "eye patch" (a nicotine
       patch is a drug) */
    if (gdoc_is(d, i, "patch") && (gdoc_is(d, i - 1, "blood") || gdoc_is(d, i - 1, "eye"))) return SIZE_MAX;
    /* nor a specialty's test: "Dermatology patch testing" (guard-42) */
    if (gdoc_is(d, i, "patch") && (gdoc_is(d, i + 1, "test") || gdoc_is(d, i + 1, "testing") || gdoc_is(d, i + 1, "tests")))
        return SIZE_MAX;
    const gtok *t = &d->tok[j];
    if (t->kind != GK_WORD || t->len < 3 || t->sent != d->tok[i].sent) return SIZE_MAX;
    if (t->lex & (GL_STOP | GL_GENERIC | GL_FREQWORD | GL_FORM | GL_NEG_PRE | GL_TERM | GL_MONTH | GL_ANATOMY)) return SIZE_MAX;
    const char *w = GT_NORM(d, t);
    /* (nor a route: "a rotigotine transdermal patch") (guard-50) */
    if (glex_unit(w, t->len) || glex_route(w, t->len) || not_drug(w) || route_adjective(w)) return SIZE_MAX;
    return j;
}

/* A drug or drug class used as an adjective of an organism, a condition or a
 * reaction ("carbapenem-resistant Klebsiella", "steroid induced hyperglycaemia",
 * "methicillin sensitive"): it names no drug the patient takes. */
/* Units of a strength given to a patient (mass, units, mmol, per kg); a volume or a lab
 * unit (mg/dL, g/dL) is not one. */
static bool strength_unit(int u) {
    return u == GU_MG || u == GU_G || u == GU_MCG || u == GU_UNIT || u == GU_MEQ || u == GU_MMOL || u == GU_MGKG ||
           u == GU_MCGKGMIN;
}

/* The strength token after word i: the next token, or the first after one parenthesis of
 * at most eight tokens opened right after it ("Pantop (pantoprazole) 40 mg"); SIZE_MAX if
 * none. */
static size_t strength_after(const gdoc *d, size_t i) {
    size_t j = i + 1;
    if (j < d->ntok && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '(') {
        size_t k = j + 1;
        while (k < d->ntok && k <= j + 8 && !(d->tok[k].kind == GK_PUNCT && d->tok[k].punct == ')')) k++;
        if (k >= d->ntok || k > j + 8) return SIZE_MAX;
        j = k + 1;
    }
    /* (or after a release's letters in capitals: "OXY IR 10MG", "MORPHINE SR 30MG") (guard-61) */
    if (j + 1 < d->ntok && d->tok[j].kind == GK_WORD && d->tok[j].end - d->tok[j].start == 2 &&
        d->tok[j + 1].kind == GK_NUM) {
        static const char *const rel[] = {"IR", "SR", "CR", "XR", "XL", "MR", "ER", "LA", NULL};
        for (const char *const *p = rel; *p; p++)
            if (memcmp(d->text + d->tok[j].start, *p, 2) == 0) {
                j++;
                break;
            }
    }
    if (j >= d->ntok) return SIZE_MAX;
    /* (a strength with a decimal comma, "OXYNORM 2,5MG": its unit is on the decimals) (guard-56) */
    if (j + 2 < d->ntok && d->tok[j].kind == GK_NUM && !d->tok[j].unit && d->tok[j + 1].kind == GK_PUNCT &&
        d->tok[j + 1].punct == ',' && d->tok[j + 1].start == d->tok[j].end && d->tok[j + 2].kind == GK_NUM &&
        d->tok[j + 2].start == d->tok[j + 1].end && strength_unit(d->tok[j + 2].unit))
        j += 2;
    const gtok *n = &d->tok[j];
    /* a volume given by a route is a dose too ("FLUAD 0.5ML IM", "PPV23 0.5ML IM R DELTOID") */
    bool routed_volume = false;
    for (size_t r = j + 1; n->kind == GK_NUM && n->unit == GU_ML && r < d->ntok && r <= j + 2 && !routed_volume; r++)
        routed_volume = d->tok[r].kind == GK_WORD && (glex_route(GT_NORM(d, &d->tok[r]), d->tok[r].len) ||
                                                      /* ("GASTROGRAFIN 100ML VIA NGT") */
                                                      gdoc_is(d, r, "via"));
    if (n->kind != GK_NUM || (n->flags & (GF_USED | GF_DATE | GF_INWORD)) || !(strength_unit(n->unit) || routed_volume))
        return SIZE_MAX;
    /* a unit per kilogram, per time or per 5 mL is a dose; per gram, per litre or per
       millimole is a lab ratio or a concentration ("PCR 3.2 g/g", "UACR 640 mg/g") */
    size_t u = j + 1;
    if (u + 2 < d->ntok && d->tok[u].kind == GK_WORD && d->tok[u + 1].kind == GK_PUNCT && d->tok[u + 1].punct == '/') {
        /* (and the Italian and French day: "VEMLIDY 25 MG/DIE", "KEPPRA 1G/J") (guard-61) */
        static const char *const per[] = {"kg", "h", "hr", "hrs", "hour", "min", "minute", "day", "d", "dose", "m2", "die",
                                          "j", "jour", NULL};
        bool ok = d->tok[u + 2].kind == GK_NUM;
        for (const char *const *p = per; !ok && *p; p++) ok = gdoc_is(d, u + 2, *p);
        if (!ok) return SIZE_MAX;
    }
    return j;
}

static bool known_drug(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    return (t->lex & (GL_DRUG | GL_SYN)) || glex_drug_stem(GT_NORM(d, t), t->len);
}

/* Is word i the second word of a drug the lexicon knows ("amoxicillin-clavulanic", "insulin
 * aspart")? */
static bool after_known_drug(const gdoc *d, size_t i) {
    size_t p = i;
    if (p > 0 && d->tok[p - 1].kind == GK_PUNCT && d->tok[p - 1].punct == '-') p--;
    return p > 0 && d->tok[p - 1].kind == GK_WORD && known_drug(d, p - 1);
}

/* The cation of a salt written at i, canonical ("CA", "CAL" -> calcium; "MAG", "MG" ->
 * magnesium; "K", "POT" -> potassium; "NA", "SODA" -> sodium), or NULL. */
static const char *salt_cation(const gdoc *d, size_t i) {
    static const char *const alias[][2] = {
        {"potassium", "potassium"}, {"k", "potassium"}, {"pot", "potassium"}, {"sodium", "sodium"}, {"na", "sodium"},
        {"soda", "sodium"}, {"calcium", "calcium"}, {"ca", "calcium"}, {"cal", "calcium"}, {"magnesium", "magnesium"},
        {"mag", "magnesium"}, {"mg", "magnesium"}, {"ferrous", "ferrous"}, {"zinc", "zinc"}};
    for (size_t k = 0; k < sizeof alias / sizeof alias[0]; k++)
        if (gdoc_is(d, i, alias[k][0])) return alias[k][1];
    return NULL;
}

/* The anion of a salt named at mention i ("potassium chloride", "calcium gluconate",
 * "magnesium sulfate", KCL and MGSO4 once expanded), or NULL when the mention is no salt. */
static const char *salt_anion(const gdoc *d, size_t i) {
    static const char *const anion[] = {"chloride", "gluconate", "sulfate", "sulphate", "phosphate", "bicarbonate",
                                        "bicarb", "carbonate", "citrate", "acetate", "lactate", "hydroxide", "oxide", NULL};
    if (!salt_cation(d, i) || i + 1 >= d->ntok) return NULL;
    for (const char *const *p = anion; *p; p++)
        if (gdoc_is(d, i + 1, *p))
            return strcmp(*p, "sulphate") == 0 ? "sulfate" : strcmp(*p, "bicarb") == 0 ? "bicarbonate" : *p;
    return NULL;
}

/* Does d name the salt (cation, anion): the cation, under any of its names, right before the
 * anion?  A lab value ("potassium is 3.6") names the ion, not the drug. */
static bool salt_in(const gdoc *d, const char *cation, const char *anion) {
    for (size_t i = 0; i + 1 < d->ntok; i++) {
        const char *a = salt_anion(d, i);
        if (a && strcmp(a, anion) == 0 && strcmp(salt_cation(d, i), cation) == 0) return true;
    }
    /* or a name of the lexicon whose parts are the salt ("KPHOS": potassium phosphate) */
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        const char *const *p = t->kind == GK_WORD && (t->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(d, t), t->len) : NULL;
        if (p && p[1] && strcmp(p[0], cation) == 0 && strcmp(p[1], anion) == 0) return true;
    }
    return false;
}

/* A route the route table does not compare ("intraperitoneal 1 g", "intrathecal 12 mg",
 * "transdermal 25 mcg/hr", "buccal 10 mg"): never a drug's name. */
static bool route_adjective(const char *w) {
    static const char *const pre[] = {"intra", "trans", "epi", "peri", "sub", NULL};
    static const char *const plain[] = {"buccal", "vaginal", "vaginally", "nebulised", "nebulized", "enteral", "parenteral", NULL};
    size_t n = strlen(w);
    for (const char *const *p = plain; *p; p++)
        if (strcmp(*p, w) == 0) return true;
    if (n < 8 || !((w[n - 2] == 'a' && w[n - 1] == 'l') || (n > 3 && strcmp(w + n - 3, "ous") == 0))) return false;
    for (const char *const *p = pre; *p; p++)
        if (strncmp(w, *p, strlen(*p)) == 0) return true;
    return false;
}

static bool caps_abbrev(const gdoc *d, size_t j);

/* May a drug's name start at word i: after a sign, a number, a function word or a verb of
 * prescribing ("STARTED CTX", "+ CTX", "ON CSA"), not after another word of a name
 * ("NICOTINE GUM 2 MG")? */
static bool name_may_start(const gdoc *d, size_t i) {
    if (i == 0 || d->tok[i - 1].kind != GK_WORD) return true;
    const gtok *p = &d->tok[i - 1];
    if (p->lex & (GL_STOP | GL_AUX | GL_BREAK)) return true;
    const char *w = GT_NORM(d, p);
    size_t n = strlen(w);
    static const char *const verb[] = {"start", "continue", "add", "give", "restart", "plus", "switch", "change", NULL};
    for (const char *const *v = verb; *v; v++)
        if (strcmp(w, *v) == 0) return true;
    return n > 3 && strcmp(w + n - 2, "ed") == 0;
}

/* Does a prescription follow word i: an amount in mg, g or mcg, then a route or a frequency? */
static bool prescription_after(const gdoc *d, size_t i) {
    size_t j = strength_after(d, i);
    if (j == SIZE_MAX) return false;
    int u = d->tok[j].unit;
    if (u != GU_MG && u != GU_G && u != GU_MCG) return false;
    size_t k = j + 1;
    if (k < d->ntok && d->tok[k].kind == GK_WORD && glex_unit(GT_NORM(d, &d->tok[k]), d->tok[k].len))
        k++; /* (its unit) */
    if (k >= d->ntok || d->tok[k].kind != GK_WORD) return false;
    return (d->tok[k].lex & (GL_FREQWORD | GL_FREQSTART)) || glex_route(GT_NORM(d, &d->tok[k]), d->tok[k].len);
}

/* A word named by the strength after it ("betahistine 16 mg tds", "ZINC 20 MG", "Tylenol
 * 15 mg/kg"): a drug the lexicon may not know, found by its shape.  Not a measure, a lab, a
 * verb or an adverb before a number ("loading 300 mg", "increased 40 mg", "protein 3 g"). */
static bool dosed_name(const gdoc *d, size_t i, bool *salt) {
    static const char *const not_name[] = {
        "loading", "bolus", "total", "maximum", "max", "weight", "blood", "sugar", "glucose", "protein",
        "output", "intake", "loss", "drain", "urine", "fluid", "fluids", "level", "levels", "serum", "plasma",
        "further", "another", "extra", "repeat", "maintenance", "initial", "additional", "then", "plus", "taper",
        "tapering", "reduce", "increase", "decrease", "start", "give", "take", "add", "restart", "hold", "keep",
        "apply", "prescribed", "upto", "approximately", "about", "than", "over", "total", "cumulative", "daily",
        "deficit", "requirement", "infusion", "rate", "target", "goal", "range", "contains", "containing",
        "except", "despite", "transfuse", "each", "per", "dosing", "strength", "equivalent", "equals", "equal",
        "makes", "gives", "means", "totals", "release", "released", "acting", "extended", "sustained",
        "controlled", "delayed", "modified", "immediate", "slow", "rapid", "vaccine", "vaccines", "vaccination",
        "delivery", /* "diltiazem controlled-delivery 180 mg" (guard-42) */
        "restriction", "restrict", "restricted", /* "NA RESTRICTION 2 G/DAY" (guard-42) */
        "titrate", "titrated", "titrating", "wean",
        "weaned", "weaning", "up", "down", "replacement", "replace", "transfusion", "transfused",
        "pivc", "cannula", "venflon", "needle", "catheter", /* "L PIVC 20G": a gauge */
        "injector", "autoinjector", "pen", "device", /* "ADRENALINE AUTO-INJECTOR (JEXT) 300MCG" (guard-72) */
        "aspirate", "aspirated", "drained", "residual", "feed", "feeds", "bolus", /* "ASPIRATE 100ML VIA NGT" */
        "match", "crossmatch", "crossmatched", "matched", "cross", /* "type and cross-match 2 units" */
        "gave", "took", "got", /* "EMS gave 25 g of D50" */
        "soln", "sol", "solution", "susp", "suspension", "liquid", "mixture", "elixir", /* "ORAL SOLN 2.5MG" */
        /* a verb of prescribing before its dose: "Consider 0.5 mg orally as needed" */
        "consider", "considered", "offer", "offered", "try", "trial", "administer", "administered", "prescribe",
        "recommend", "recommended", "suggest", "suggested",
        "human", /* "Human 4 units": the kind of an insulin, whose name may have been dropped */
        /* a manner or a kind of supply: "Regular 1 g four times a day", "over-the-counter 400 mg" */
        "regular", "usual", "current", "standard", "normal", "counter", "higher", "lower", "reduced",
        "previous", "home", NULL};
    const gtok *t = &d->tok[i];
    *salt = false;
    /* an abbreviation the lexicon expands to a salt ("KCL 20 MEQ" -> potassium chloride): the
       salt's second word before the strength */
    if (t->kind == GK_WORD && (t->flags & GF_EXPANDED) && i > 0 && salt_anion(d, i - 1) &&
        strength_after(d, i) != SIZE_MAX)
        return (*salt = true), false;
    /* four letters as written at least: a three-letter word before a dose is an
       abbreviation with many readings (MMF, KCL, CIS), left to the lexicon, unless the
       normaliser has read it as one word ("MG 2G IV": magnesium) */
    const bool one_word = (t->flags & GF_EXPANDED) && !(i + 1 < d->ntok && d->tok[i + 1].start == t->start) &&
                          !(i > 0 && d->tok[i - 1].start == t->start);
    /* (or three capitals, not expanded, before a prescription written whole: an amount in mg,
       g or mcg, then a route or a frequency, "CTX 960MG DAILY") */
    const bool prescribed = t->kind == GK_WORD && t->end - t->start == 3 && t->len == 3 && !(t->flags & GF_EXPANDED) &&
                            caps_abbrev(d, i) && prescription_after(d, i) && name_may_start(d, i);
    if (t->kind != GK_WORD || (!prescribed && ((t->end - t->start < 4 && !one_word) || t->len < 4)) ||
        strength_after(d, i) == SIZE_MAX)
        return false;
    if (t->lex & (GL_STOP | GL_GENERIC | GL_FREQWORD | GL_FREQSTART | GL_FORM | GL_NEG_PRE | GL_NEG_POST | GL_TERM |
                  GL_MONTH | GL_ANATOMY | GL_SIDE | GL_NUMWORD | GL_BREAK | GL_AUX))
        return false;
    const char *w = GT_NORM(d, t);
    unsigned char c = (unsigned char)w[0];
    if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return false;
    if (glex_unit(w, t->len) || glex_route(w, t->len) || not_drug(w) || route_adjective(w)) return false;
    if (t->len > 4 && (strcmp(w + t->len - 2, "ly") == 0 || strcmp(w + t->len - 3, "ing") == 0)) return false;
    for (const char *const *p = not_name; *p; p++)
        if (strcmp(*p, w) == 0) return false;
    /* a salt is the second word of its drug ("morphine sulfate 10 mg") */
    static const char *const salts[] = {"sulfate", "sulphate", "chloride", "hydrochloride", "phosphate", "acetate",
                                        "citrate", "gluconate", "bicarbonate", "carbonate", "succinate", "tartrate",
                                        "maleate", "besylate", "mesylate", "fumarate", "valerate", "propionate",
                                        "acid", NULL};
    for (const char *const *p = salts; *p; p++)
        if (strcmp(*p, w) == 0) return (*salt = true), false;
    return !after_known_drug(d, i);
}

static bool class_adjective(const gdoc *d, size_t i) {
    static const char *const adj[] = {"resistant", "resistance", "sensitive", "susceptible", "induced", "associated",
                                      "related", "refractory", "dependent", "responsive", "naive", "producing",
                                      "exacerbated", "intolerant", NULL};
    size_t j = i + 1;
    if (j < d->ntok && d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '-') j++;
    for (const char *const *p = adj; *p; p++)
        if (gdoc_is(d, j, *p)) return true;
    return false;
}

/* A drug word at i that names no drug given: a hormone or a drug's level measured
 * ("estradiol is 1420 pg/mL", "vancomycin trough 15"), a susceptibility ("sensitive to
 * penicillin"), a place ("IgG at BMZ"), a condition's name ("aspirin-exacerbated"), a
 * ventilation mode ("APAP 4-20 cmH2O") or a device ("insulin pump"). */
static bool not_given(const gdoc *d, size_t i) {
    static const char *const hormone[] = {"estradiol", "oestradiol", "progesterone", "testosterone", "cortisol",
                                          "prolactin", NULL};
    for (const char *const *p = hormone; *p; p++) {
        if (!gdoc_is(d, i, *p)) continue;
        size_t j = i + 1;
        while (j < d->ntok && (gdoc_is(d, j, "is") || gdoc_is(d, j, "was") || gdoc_is(d, j, "of") || gdoc_is(d, j, "level") ||
                               (d->tok[j].kind == GK_PUNCT && (d->tok[j].punct == ':' || d->tok[j].punct == '='))))
            j++;
        return j < d->ntok && d->tok[j].kind == GK_NUM && !strength_unit(d->tok[j].unit);
    }
    if (i >= 2 && gdoc_is(d, i - 1, "to") &&
        (gdoc_is(d, i - 2, "sensitive") || gdoc_is(d, i - 2, "resistant") || gdoc_is(d, i - 2, "susceptible") ||
         gdoc_is(d, i - 2, "intermediate")))
        return true;
    /* a short name after "at" is a place: "LINEAR IGG & C3 AT BMZ" is the basement membrane zone */
    if (i > 0 && gdoc_is(d, i - 1, "at") && (d->tok[i].lex & GL_SYN) && d->tok[i].len <= 4 && strength_after(d, i) == SIZE_MAX)
        return true;
    /* a drug's level measured ("Ig levels", "vancomycin trough 15"): no drug given */
    if (gdoc_is(d, i + 1, "level") || gdoc_is(d, i + 1, "levels") || gdoc_is(d, i + 1, "trough")) return true;
    /* the first half of a condition's name glued by its hyphen: "aspirin-exacerbated
       respiratory disease" (AERD), "heparin-induced thrombocytopenia" */
    if (i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
        d->tok[i + 1].start == d->tok[i].end && d->tok[i + 2].start == d->tok[i + 1].end && class_adjective(d, i))
        return true;
    /* a name set to a pressure is a ventilation mode: "APAP 4-20 cmH2O" is auto-titrating CPAP,
       not acetaminophen */
    for (size_t j = i + 1; j < d->ntok && j <= i + 4; j++) {
        if (gdoc_is(d, j, "cmh2o") || gdoc_is(d, j, "cmh20")) return true;
        if (d->tok[j].kind == GK_WORD) break;
    }
    return gdoc_is(d, i, "insulin") && (gdoc_is(d, i + 1, "pump") || gdoc_is(d, i + 1, "pumps"));
}

/* A form word at i that names no dosage form: a capsule of the body ("posterior capsule
 * opacification", "joint capsule", "capsule rupture") or the i-gel airway. */
static bool no_dosage_form(const gdoc *d, size_t i) {
    static const char *const before[] = {"posterior", "anterior", "joint", "renal", "lens", "internal", "external",
                                         "hepatic", "liver", "splenic", "prostatic", "tenon", "tenon's", "bowman",
                                         "bowman's", "glisson's", "articular", NULL};
    static const char *const after[] = {"opacification", "opacity", "rupture", "ruptured", "tension", "contracture",
                                        "fibrosis", "thickening", "tear", "bag", "polish", NULL};
    /* (and the i-gel, a supraglottic airway: "size 4 i-gel laryngeal mask airway") */
    if (gdoc_is(d, i, "gel") && i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
        d->tok[i - 1].end == d->tok[i].start && gdoc_is(d, i - 2, "i"))
        return true;
    /* (a letter hyphened onto a regimen's name is part of it: "FEC-T chemotherapy", not a tablet
       of chemotherapy) (guard-35) */
    if (d->tok[i].end - d->tok[i].start == 1 && i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
        d->tok[i - 1].end == d->tok[i].start && d->tok[i - 2].end == d->tok[i - 1].start && d->tok[i - 2].kind == GK_WORD)
        return true;
    /* (INJ after a part of the body is an injury: "NO TENDON INJ.", "NO HEAD INJ") (guard-56) */
    if (gdoc_is(d, i, "injection") && d->tok[i].end - d->tok[i].start == 3 && i > 0 &&
        ((d->tok[i - 1].lex & GL_ANATOMY) || gdoc_is(d, i - 1, "head") || gdoc_is(d, i - 1, "tendon") ||
         gdoc_is(d, i - 1, "nerve") || gdoc_is(d, i - 1, "ligament") || gdoc_is(d, i - 1, "spinal")))
        return true;
    if (!gdoc_is(d, i, "capsule") && !gdoc_is(d, i, "capsules")) return false;
    for (const char *const *p = before; *p && i > 0; p++)
        if (gdoc_is(d, i - 1, *p)) return true;
    for (const char *const *p = after; *p; p++)
        if (gdoc_is(d, i + 1, *p)) return true;
    return false;
}

/* Is word k of d a drug's name or short name of the lexicon? */
static bool lexicon_drug(const gdoc *d, size_t k) {
    return k < d->ntok && d->tok[k].kind == GK_WORD && (d->tok[k].lex & (GL_DRUG | GL_SYN)) &&
           !(d->tok[k].lex & (GL_STOP | GL_FREQWORD | GL_FORM));
}

/* Is short name i of d followed by a bare strength and a frequency ("Lzd 600 OD", "Cfz 100 OD")
 * (guard-47)? */
static bool bare_dose_after(const gdoc *d, size_t i) {
    if (i + 2 >= d->ntok) return false;
    const gtok *n = &d->tok[i + 1], *f = &d->tok[i + 2];
    return n->kind == GK_NUM && !n->unit && !(n->flags & (GF_USED | GF_DATE | GF_INWORD | GF_NUMWORD)) && n->value >= 1 &&
           n->start > d->tok[i].end && f->kind == GK_WORD && (f->lex & GL_FREQWORD);
}

/* Is short name i of d one part of a combination written with slashes, each part perhaps with
 * its bare strength ("TDF/3TC/DTG", "TDF 300/3TC 300/DTG 50") (guard-46)? */
static bool slashed_combination(const gdoc *d, size_t i) {
    size_t r = i + 1;
    if (r < d->ntok && d->tok[r].kind == GK_NUM && !d->tok[r].unit) r++;
    if (r + 1 < d->ntok && d->tok[r].kind == GK_PUNCT && d->tok[r].punct == '/' && d->tok[r].start == d->tok[r - 1].end &&
        d->tok[r + 1].start == d->tok[r].end && lexicon_drug(d, r + 1))
        return true;
    if (i < 2 || d->tok[i - 1].kind != GK_PUNCT || d->tok[i - 1].punct != '/' || d->tok[i - 1].end != d->tok[i].start)
        return false;
    size_t l = i - 2;
    if (d->tok[l].kind == GK_NUM && !d->tok[l].unit && l > 0) l--;
    return lexicon_drug(d, l);
}

cc_status gmeds_find(const gdoc *d, size_t **idx, size_t *n, cc_error *err) {
    size_t cap = 16, m = 0;
    size_t *v = malloc(cap * sizeof *v);
    if (!v) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (drug mentions)");
    size_t skip_until = 0;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD) continue;
        size_t hit = SIZE_MAX;
        if ((t->lex & GL_FORM) && no_dosage_form(d, i)) continue;
        /* "amino acids 3.5 g/kg/day": a nutrient of parenteral nutrition, no drug's name */
        if ((gdoc_is(d, i, "acids") || gdoc_is(d, i, "acid")) && i > 0 && gdoc_is(d, i - 1, "amino")) continue;
        if ((t->lex & GL_FORM)) {
            size_t j = after_form(d, i);
            if (j != SIZE_MAX && j >= skip_until) hit = j;
            /* "calamine lotion": the name before the form, when not already a mention */
            size_t b = before_form(d, i);
            if (hit == SIZE_MAX && b != SIZE_MAX && b >= skip_until && (m == 0 || v[m - 1] != b)) hit = b;
        } else if (i >= skip_until && !(t->lex & GL_MONTH) &&
                   ((t->lex & (GL_DRUG | GL_DRUGSTEM)) ||
                    /* a brand or a short name of the lexicon before its strength ("STARTED NAC 150 MG/KG") */
                    ((t->lex & GL_SYN) && !(t->lex & (GL_STOP | GL_FREQWORD | GL_FORM)) &&
                     (strength_after(d, i) != SIZE_MAX || slashed_combination(d, i) || bare_dose_after(d, i))))) {
            /* a hormone named as a receptor is a tumour marker ("oestrogen and progesterone
               receptor positive" for ER/PR +VE), not a drug */
            bool receptor = gdoc_is(d, i + 1, "receptor") || gdoc_is(d, i + 1, "receptors") ||
                            (gdoc_is(d, i + 1, "and") && gdoc_is(d, i + 3, "receptor")) ||
                            (gdoc_is(d, i + 1, "and") && gdoc_is(d, i + 3, "receptors"));
            /* a clipped name glued to a word by a hyphen is a prefix: "vaso-occlusive" */
            size_t nx = i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT ? i + 2 : i + 1;
            bool prefix = t->end - t->start <= 5 && t->end < d->len && d->text[t->end] == '-' && nx < d->ntok &&
                          d->tok[nx].start == t->end + 1 && d->tok[nx].kind == GK_WORD &&
                          d->tok[nx].end - d->tok[nx].start >= 6 && /* (not "Pip-tazo") */
                          !(d->tok[nx].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM | GL_FORM));
            if (!receptor && !prefix && !class_adjective(d, i)) hit = i;
        } else if (i >= skip_until) {
            bool salt = false;
            if (dosed_name(d, i, &salt)) hit = i;
            /* "folic acid 5 mg", "potassium chloride 20 mmol": the word before the salt */
            else if (salt && i > skip_until && d->tok[i - 1].kind == GK_WORD &&
                     (gdoc_is_content(d, i - 1) || salt_cation(d, i - 1)) && /* "MG SULPHATE 10MMOL" */
                     !glex_route(GT_NORM(d, &d->tok[i - 1]), d->tok[i - 1].len) && /* "IV PHOSPHATE 15 MMOL" */
                     !(d->tok[i - 1].lex & (GL_ANATOMY | GL_SIDE | GL_NUMWORD)) && !after_known_drug(d, i - 1))
                hit = i - 1;
        }
        /* (a unit's denominator glued after a number's slash is no drug: "PLT 88.000/MMC", the Italian
           cubic millimetre, not mitomycin C) (guard-59) */
        if (hit != SIZE_MAX && hit >= 2 && d->tok[hit - 1].kind == GK_PUNCT && d->tok[hit - 1].punct == '/' &&
            d->tok[hit - 1].end == d->tok[hit].start && d->tok[hit - 2].kind == GK_NUM &&
            d->tok[hit - 2].end == d->tok[hit - 1].start &&
            /* (not a combination's next part with its own strength: "TDF 300/3TC 300/DTG 50") */
            !(hit + 1 < d->ntok && d->tok[hit + 1].kind == GK_NUM))
            continue;
        if (hit == SIZE_MAX || not_given(d, hit)) continue;
        if (m == cap) {
            size_t *nv = realloc(v, cap * 2 * sizeof *v);
            if (!nv) {
                free(v);
                return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (drug mentions)");
            }
            v = nv;
            cap *= 2;
        }
        v[m++] = hit;
        skip_until = hit + 1;
        if (hit > i) i = hit;
    }
    *idx = v;
    *n = m;
    return CC_OK;
}

static bool in_parens(const gdoc *d, size_t a, size_t b);
static size_t paren_opener(const gdoc *d, size_t b);

cc_status gmeds_mirror(const gdoc *d, const size_t *idx, size_t n, const gdoc *other, const size_t *om, size_t on,
                       size_t **out, size_t *nout, cc_error *err) {
    gset names;
    size_t *v = NULL;
    cc_status st = gset_init(&names, on, err);
    if (st != CC_OK) return st;
    for (size_t k = 0; k < on; k++) gset_add(&names, GT_STEM(other, &other->tok[om[k]]), 0);
    v = malloc((n + d->ntok + 1) * sizeof *v);
    if (!v) {
        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (drug mentions)");
        goto done;
    }
    size_t w = 0, r = 0;
    for (size_t i = 0; i < d->ntok; i++) {
        while (r < n && idx[r] < i) v[w++] = idx[r++];
        if (r < n && idx[r] == i) {
            v[w++] = idx[r++];
            continue;
        }
        const gtok *t = &d->tok[i];
        if (on && t->kind == GK_WORD && t->len >= 3 && !(t->lex & (GL_STOP | GL_GENERIC | GL_FORM | GL_FREQWORD | GL_NEG_PRE)) &&
            gset_find(&names, GT_STEM(d, t)) != SIZE_MAX)
            v[w++] = i;
    }
    while (r < n) v[w++] = idx[r++];
    /* a name in a parenthesis opened right after the drug before it explains that drug
       ("Human Actrapid (regular insulin) 6 units per hour..."): it does not end its clause */
    size_t kept = 0;
    for (size_t k = 0; k < w; k++)
        if (!(kept > 0 && in_parens(d, v[kept - 1], v[k]))) v[kept++] = v[k];
    *out = v;
    *nout = kept;
done:
    gset_free(&names);
    return st;
}

/* A word of the other text that is a prefix of key or has key as a prefix,
 * the shorter of the two at least six letters (abbreviated drug names). */
static bool prefix_present(const gset *words, const char *key) {
    size_t n = strlen(key);
    if (n < 6 || gset_find(words, key) != SIZE_MAX) return false; /* exact matches go the normal way */
    for (size_t i = 0; i < words->cap; i++) {
        const char *w = words->keys[i];
        if (!w || w[0] != key[0]) continue;
        size_t m = strlen(w);
        size_t short_len = m < n ? m : n;
        if (short_len >= 6 && strncmp(w, key, short_len) == 0) return true;
    }
    return false;
}

static const char *key_of(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    const char *syn = (t->lex & GL_SYN) ? glex_synonym(GT_NORM(d, t), t->len) : NULL;
    return syn ? syn : GT_STEM(d, t);
}

/* The generic words of a combination or specific-insulin brand (two or more), else NULL. */
static const char *const *multi_parts(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    const char *const *p = (t->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(d, t), t->len) : NULL;
    return p && p[1] ? p : NULL;
}

/* One generic word of a brand named in the other text: the word, a close spelling, or the
 * same first seven letters ("clavulanate" ~ "clavulanic acid"). */
static bool part_present(const gset *words, const char *w) {
    if (gdoc_has_word_fuzzy(words, w)) return true;
    size_t n = strlen(w);
    if (n < 7) return false;
    for (size_t i = 0; i < words->cap; i++) {
        const char *k = words->keys[i];
        if (k && k[0] == w[0] && strlen(k) >= 7 && strncmp(k, w, 7) == 0) return true;
    }
    return false;
}

/* Does d say the fixed-dose combination of n drugs that key ("4fdc", "3fdc", "2fdc") names,
 * in words ("the four-drug fixed-dose combination", "4 drug FDC")? */
static bool fdc_said(const gdoc *d, const char *key) {
    if (strlen(key) != 4 || key[0] < '2' || key[0] > '5' || strcmp(key + 1, "fdc") != 0) return false;
    const double n = key[0] - '0';
    for (size_t i = 0; i < d->ntok; i++) {
        bool named = gdoc_is(d, i, "fdc") ||
                     (gdoc_is(d, i, "fixed") && ((gdoc_is(d, i + 1, "dose") && gdoc_is(d, i + 2, "combination")) ||
                                                 (gdoc_is(d, i + 2, "dose") && gdoc_is(d, i + 3, "combination"))));
        for (size_t k = i, m = 0; named && k-- > 0 && m < 4; m++)
            if (d->tok[k].kind == GK_NUM && d->tok[k].value == n) return true;
    }
    return false;
}

/* The name mentions are counted by: the generic of a single-ingredient brand, else the word
 * itself (two insulins by brand are two drugs). */
static const char *count_key(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    const char *const *p = (t->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(d, t), t->len) : NULL;
    if (p && !p[1] && strcmp(p[0], "insulin") != 0) return p[0];
    return GT_STEM(d, t);
}

/* What the medication check needs of each mention, looked up once per check. */
typedef struct {
    const char *key;          /* comparison name (key_of) */
    const char *const *parts; /* generic words of a multi-word brand, or NULL (multi_parts) */
    const char *ck;           /* counting name (count_key) */
} mention_info;

/* Is token b inside a parenthesis opened right after token a ("Glycomet GP2 (glimepiride 2 mg and
 * metformin 500 mg)": the brand explained, not named again)? */
static bool in_parens(const gdoc *d, size_t a, size_t b) {
    size_t open = a + 1;
    while (open < b && open <= a + 3 && !(d->tok[open].kind == GK_PUNCT && d->tok[open].punct == '(')) open++;
    if (open >= b || open > a + 3) return false; /* the parenthesis must follow the name */
    for (size_t i = open + 1; i < b; i++)
        if (d->tok[i].kind == GK_PUNCT && d->tok[i].punct == ')') return false;
    return true;
}

/* Mentions (m, n, info) of the counting name key, counting mentions within four tokens of the
 * previous one in the same sentence, or inside a parenthesis opened after it, once ("Lasix
 * (furosemide)", "Human Actrapid insulin"). */
static unsigned mention_count(const gdoc *d, const size_t *m, size_t n, const mention_info *info, const char *key) {
    unsigned cnt = 0;
    size_t last = 0;
    bool any = false;
    for (size_t k = 0; k < n; k++) {
        if (strcmp(info[k].ck, key) != 0) continue;
        if (gdoc_is_sentend(d, m[k] + 1) && d->tok[m[k] + 1].punct == ':') continue; /* "Insulin:" heads a list */
        /* "insulin lispro", "Actrapid insulin": the word insulin beside a named insulin is its kind */
        if (gdoc_is(d, m[k], "insulin") &&
            ((m[k] + 1 < d->ntok && d->tok[m[k] + 1].kind == GK_WORD && (d->tok[m[k] + 1].lex & (GL_DRUG | GL_SYN))) ||
             (m[k] > 0 && d->tok[m[k] - 1].kind == GK_WORD && (d->tok[m[k] - 1].lex & (GL_DRUG | GL_SYN)))))
            continue;
        /* "hold the lisinopril": a drug named again with an article refers back to it */
        if (m[k] > 0 && (gdoc_is(d, m[k] - 1, "the") || gdoc_is(d, m[k] - 1, "this") || gdoc_is(d, m[k] - 1, "your")) && any)
            continue;
        /* "no insulin" (below 150 on a scale) gives no drug */
        if (m[k] > 0 && (gdoc_is(d, m[k] - 1, "no") || gdoc_is(d, m[k] - 1, "nil") || gdoc_is(d, m[k] - 1, "without")))
            continue;
        /* "Human Actrapid (regular insulin)": a parenthesis right after another drug explains it;
           so does one after any name ("Foracort (formoterol and budesonide)") */
        if (k > 0 && in_parens(d, m[k - 1], m[k])) continue;
        size_t open = paren_opener(d, m[k]);
        bool explains = false;
        for (size_t j = 0; open != SIZE_MAX && j < k && !explains; j++) explains = m[j] + 3 >= open && m[j] < open;
        if (explains) continue;
        if (!any || d->tok[m[k]].sent != d->tok[last].sent || (m[k] > last + 4 && !in_parens(d, last, m[k]))) cnt++;
        last = m[k];
        any = true;
    }
    return cnt;
}

/* A word of d that is not a known drug but begins the drug key, three letters or more: the
 * source may name the drug again by a short form ("TAC TROUGH", "CIS 43.5 MG"). */
static bool short_form_in(const gdoc *d, const char *key) {
    size_t kl = strlen(key);
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD || t->len < 3 || t->len >= kl || (t->lex & (GL_DRUG | GL_STOP))) continue;
        if (strncmp(GT_NORM(d, t), key, t->len) == 0) return true;
    }
    return false;
}

/* The first number within `reach` tokens after token i (the dose that anchors a name), or -1;
 * its unit in *unit. */
static double dose_after(const gdoc *d, size_t i, size_t reach, int *unit) {
    *unit = GU_NONE;
    for (size_t j = i + 1; j < d->ntok && j <= i + reach; j++) {
        if (d->tok[j].kind == GK_NUM) return *unit = d->tok[j].unit, d->tok[j].value;
        if (gdoc_is_sentend(d, j)) break;
    }
    return -1;
}

/* Is the short word a (a token of da) an abbreviation of the name at token b of db?  A prefix
 * of four letters or more (DEXA, NORAD), the initials of the name and the words after it (MS:
 * morphine sulfate), or, anchored by the same dose in the same unit after both, a two-letter
 * contraction that keeps the name's first letter and then another letter of it (NA 0.12
 * MCG/KG/MIN: noradrenaline 0.12) or a three-letter skeleton after a dosage form that is not a
 * bare prefix (CTZ, TXA).  `mention`: a is read as a drug by position (after TAB, INJ,
 * LOTION...), which stands in for the dose anchor of a prefix or initials. */
/* Is a dose per square metre or in milligrams per kilogram written within a few words after
 * token i ("75 mg/m2", "is 75 mg/m²", "2MG/KG")?  (per kilogram since guard-50) */
static bool per_size_after(const gdoc *d, size_t i) {
    const size_t from = d->tok[i].end, to = from + 24 < d->len ? from + 24 : d->len;
    for (size_t k = from; k + 3 <= to; k++) {
        if (d->text[k] != '/') continue;
        char u = (char)(d->text[k + 1] | 32);
        /* (milligrams per kilogram, no rate: "DEX 0.7 MCG/KG/HR" stays dexmedetomidine's) */
        if (u == 'k' && (d->text[k + 2] | 32) == 'g' && k >= from + 2 && (d->text[k - 2] | 32) == 'm' &&
            (d->text[k - 1] | 32) == 'g' && !(k + 3 < d->len && d->text[k + 3] == '/'))
            return true;
        if (u == 'm' && (d->text[k + 2] == '2' || (k + 4 <= d->len && (unsigned char)d->text[k + 2] == 0xC2 &&
                                                   (unsigned char)d->text[k + 3] == 0xB2)))
            return true;
    }
    return false;
}

static bool abbrev_of(const gdoc *da, size_t a, const gdoc *db, size_t b, bool mention) {
    const gtok *ta = &da->tok[a], *tb = &db->tok[b];
    /* the word as written (NA, not its expansion "sodium"), lowercase */
    char x[8];
    size_t n = ta->end - ta->start;
    const char *y = GT_NORM(db, tb);
    if (ta->kind != GK_WORD || tb->kind != GK_WORD || n < 2 || n > 5) return false;
    for (size_t k = 0; k < n; k++) {
        char ch = da->text[ta->start + k];
        x[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        if (x[k] < 'a' || x[k] > 'z') return false;
    }
    x[n] = 0;
    if (x[0] != y[0]) return false;
    if (ta->lex & (GL_NEG_PRE | GL_FREQWORD | GL_SIDE | GL_DRUG | GL_SYN)) return false;
    /* a name never begins with a function word: TT is not "the total (body surface area)" */
    if (tb->lex & GL_STOP) return false;
    int ua, ub;
    double da_dose = dose_after(da, a, 3, &ua), db_dose = dose_after(db, b, 4, &ub);
    bool anchored = da_dose >= 0 && db_dose >= 0 && fabs(da_dose - db_dose) < 1e-9;
    if (!anchored && (!mention || (ta->lex & (GL_STOP | GL_GENERIC)))) return false;
    if (n >= 4 && tb->len > n && strncmp(x, y, n) == 0) return true; /* prefix */
    /* (three letters with the same dose per body surface or per kilogram after both, a
       chemotherapy's: "Aza 75 mg/m2" -> "azacitidine 75 mg/m²", "AZA 2MG/KG" -> "azathioprine 2
       mg/kg"; a dose in plain mg leaves MET metformin or metoprolol) (guard-42, guard-50) */
    if (n == 3 && anchored && ua == ub && ua != GU_NONE && tb->len > 5 && strncmp(x, y, n) == 0 && per_size_after(da, a) &&
        per_size_after(db, b))
        return true;
    /* initials of n consecutive words from b; a hyphen and a linking word that the
       abbreviation skips may stand between them (UACR: urine albumin-to-creatinine ratio) */
    bool init = true;
    size_t j = b, named = 0; /* initials of words other than a dose's form or frequency */
    for (size_t k = 0; k < n && init; k++, j++) {
        for (;;) {
            while (j < db->ntok && db->tok[j].kind == GK_PUNCT && db->tok[j].punct == '-') j++;
            /* the second half of a hyphened compound, "artemisinin-based combination therapy" (ACT) */
            if (k > 0 && j > 0 && j + 1 < db->ntok && db->tok[j - 1].kind == GK_PUNCT && db->tok[j - 1].punct == '-' &&
                db->tok[j - 1].end == db->tok[j].start &&
                (gdoc_is(db, j, "based") || gdoc_is(db, j, "induced") || gdoc_is(db, j, "associated") ||
                 gdoc_is(db, j, "related") || gdoc_is(db, j, "acquired") || gdoc_is(db, j, "dependent"))) {
                j++;
                continue;
            }
            if (k > 0 && j + 1 < db->ntok &&
                (gdoc_is(db, j, "to") || gdoc_is(db, j, "of") || gdoc_is(db, j, "and") || gdoc_is(db, j, "the") ||
                 gdoc_is(db, j, "in") || gdoc_is(db, j, "on"))) {
                j++;
                continue;
            }
            break;
        }
        /* initials are of content words: TT is not "time of the (burn)" */
        init = j < db->ntok && db->tok[j].kind == GK_WORD && !(db->tok[j].lex & GL_STOP) &&
               GT_NORM(db, &db->tok[j])[0] == x[k];
        if (init && !(db->tok[j].lex & (GL_FORM | GL_FREQWORD))) named++;
    }
    /* not initials of a form and a frequency alone: TT is no "tablets twice (daily)" */
    if (init && named > 0) return true;
    if (tb->len <= n) return false;
    /* contraction: first letter, then the rest in order; only with the same dose in the same
       unit, not a fluid volume (NS 500 ML is not neostigmine 500 mL), and not for a word the
       lexicon reads as a phrase of its own (NS: normal saline) */
    if (!anchored || ua != ub || ua == GU_NONE || ua == GU_ML || ua == GU_L) return false;
    if (a + 1 < da->ntok && da->tok[a + 1].start == ta->start) return false;
    /* a three-letter skeleton (CTZ cetirizine, TXA tranexamic acid: letters of the name and
       the word after it, in order) after a dosage form; not a bare prefix (MET is metformin
       or metoprolol) */
    if (n == 3 && !(mention && strncmp(x, y, 3) != 0)) return false;
    if (n > 3) return false;
    char full[96];
    size_t fl = (size_t)snprintf(full, sizeof full, "%s", y);
    if (n == 3 && b + 1 < db->ntok && db->tok[b + 1].kind == GK_WORD && fl < sizeof full)
        snprintf(full + fl, sizeof full - fl, "%s", GT_NORM(db, &db->tok[b + 1]));
    size_t q = 1;
    for (size_t k = 1; full[k] && q < n; k++)
        if (full[k] == x[q]) q++;
    return q == n;
}

/* Two letters whose initials are two adjacent output words in either order, words the source
 * does not have ("applied locally" for LA after LOTION): the words a short instruction
 * abbreviation stands for. */
static bool initials_either_order(const gdoc *da, size_t a, const gdoc *db, const gset *da_words) {
    const gtok *ta = &da->tok[a];
    if (ta->len != 2) return false;
    const char *x = GT_NORM(da, ta);
    for (size_t j = 0; j + 1 < db->ntok; j++) {
        const gtok *p = &db->tok[j], *q = &db->tok[j + 1];
        if (p->kind != GK_WORD || q->kind != GK_WORD || p->len < 4 || q->len < 4) continue;
        /* not a dose's form and frequency: TT is no "tablets twice (daily)" */
        if ((p->lex | q->lex) & (GL_FORM | GL_FREQWORD)) continue;
        if (gset_find(da_words, GT_STEM(db, p)) != SIZE_MAX || gset_find(da_words, GT_STEM(db, q)) != SIZE_MAX) continue;
        char c1 = GT_NORM(db, p)[0], c2 = GT_NORM(db, q)[0];
        if ((c1 == x[0] && c2 == x[1]) || (c1 == x[1] && c2 == x[0])) return true;
    }
    return false;
}

/* Output mention at token b, absent from the source: is it the expansion of a source word
 * the output does not keep (INJ DEXA 8MG -> dexamethasone 8 mg)? */
static bool expands_source_abbrev(const gctx *c, size_t b) {
    for (size_t i = 0; i < c->src->ntok; i++) {
        const gtok *t = &c->src->tok[i];
        if (t->kind != GK_WORD || t->end - t->start < 2 || t->end - t->start > 5) continue;
        if (i > 0 && c->src->tok[i - 1].start == t->start) continue; /* the second word of an expansion */
        if (!(t->flags & GF_EXPANDED) && gset_find(&c->out_words, GT_STEM(c->src, t)) != SIZE_MAX) continue; /* kept */
        bool mention = false;
        for (size_t k = 0; k < c->n_src_meds && !mention; k++) mention = c->src_meds[k] == i;
        if (abbrev_of(c->src, i, c->out, b, mention)) return true;
    }
    return false;
}

/* Source mention at token a, missing from the output: does an output name expand it? */
static bool expanded_in_output(const gctx *c, size_t a) {
    const gtok *t = &c->src->tok[a];
    if (t->end - t->start > 5) return false;
    for (size_t j = 0; j < c->out->ntok; j++)
        if (c->out->tok[j].kind == GK_WORD && abbrev_of(c->src, a, c->out, j, true)) return true;
    /* a short name the lexicon reads as a drug, undosed, that the output spells as another
       phrase: the initials of as many adjacent content words of four letters or more, none of
       them in the source ("HL STAGE IIB (NS)" -> "nodular sclerosis subtype") (guard-35) */
    const size_t n = t->end - t->start;
    /* (every time the source writes it: "HL (NS) ... NS 500ML" still gives a fluid) */
    bool undosed = (t->lex & GL_SYN) && n >= 2 && n <= 3 && caps_abbrev(c->src, a);
    for (size_t z = 0; z < c->src->ntok && undosed; z++) {
        const gtok *y = &c->src->tok[z];
        if (y->kind != GK_WORD || y->end - y->start != n || strncasecmp(c->src->text + y->start, c->src->text + t->start, n) != 0 ||
            (z > 0 && c->src->tok[z - 1].start == y->start))
            continue;
        size_t ez = z;
        while (ez + 1 < c->src->ntok && c->src->tok[ez + 1].start == y->start) ez++;
        undosed = strength_after(c->src, ez) == SIZE_MAX && !(ez + 1 < c->src->ntok && c->src->tok[ez + 1].kind == GK_NUM);
    }
    if (undosed) {
        for (size_t j = 0; j + n <= c->out->ntok; j++) {
            size_t k = 0;
            for (; k < n; k++) {
                const gtok *w = &c->out->tok[j + k];
                if (w->kind != GK_WORD || w->len < 4 || (w->lex & (GL_STOP | GL_FORM | GL_FREQWORD | GL_DRUG | GL_SYN)) ||
                    GT_NORM(c->out, w)[0] != (c->src->text[t->start + k] | 32) ||
                    gset_find(&c->src_words, GT_STEM(c->out, w)) != SIZE_MAX)
                    break;
            }
            if (k == n) return true;
        }
    }
    return initials_either_order(c->src, a, c->out, &c->src_words);
}

/* The opening parenthesis that token b stands in, at most twelve tokens back in its line
 * ("...(aceclofenac, paracetamol and serratiopeptidase)"), or SIZE_MAX. */
static size_t paren_opener(const gdoc *d, size_t b) {
    for (size_t j = b; j-- > 0 && b - j <= 12;) {
        const gtok *t = &d->tok[j];
        if (t->kind != GK_PUNCT) continue;
        if (t->punct == '(') return j;
        if (t->punct == ')' || t->punct == '\n' || t->punct == '.' || t->punct == ';') return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Output mention at token b inside a parenthesis opened after a word the source has
 * ("Nicardia Retard (nifedipine)", "Betadine (povidone-iodine)", "Ibugesic Plus (ibuprofen
 * and paracetamol)"): the generics of a brand the source names, an explanation, not a drug
 * added.  Not after a word with a generic's ending: "metformin (and glimepiride)" adds one. */
static bool explains_source_brand(const gctx *c, size_t b) {
    const gdoc *d = c->out;
    size_t open = paren_opener(d, b);
    if (open == SIZE_MAX) return false;
    /* the words before the parenthesis ("Zerodol-SP (aceclofenac, paracetamol and
       serratiopeptidase)", "Krimson 35 (cyproterone acetate and ethinyl estradiol)") */
    for (size_t j = open, words = 0; j-- > 0 && words < 3;) {
        const gtok *t = &d->tok[j];
        if (t->kind == GK_PUNCT && t->punct == '-') continue;
        if (t->kind == GK_NUM && words == 0) continue; /* a strength in the brand's name */
        /* (or a combination's strengths, "Ecosprin AV 75/10 (aspirin 75 mg with atorvastatin
           10 mg)") (guard-39) */
        if (t->kind == GK_PUNCT && t->punct == '/' && words == 0) continue;
        if (t->kind != GK_WORD) break;
        words++;
        if (t->len < 2 || (t->lex & (GL_STOP | GL_GENERIC | GL_FORM | GL_ANATOMY | GL_DRUGSTEM))) continue;
        if (gset_find(&c->src_words, GT_STEM(d, t)) != SIZE_MAX) return true;
    }
    return false;
}

/* Is output mention b a kind's name said after a source word it qualifies ("EchiTAb-Plus-ICP
 * antivenom", "Rabivax-S vaccine"): the kind of the brand the source names, no added drug? */
static bool kind_of_source_brand(const gctx *c, size_t b) {
    const gdoc *d = c->out;
    static const char *const kind[] = {"antivenom", "antivenin", "vaccine", "immunoglobulin", "antitoxin", "toxoid", NULL};
    bool k = false;
    for (const char *const *p = kind; *p && !k; p++) k = gdoc_is(d, b, *p);
    if (!k || b == 0) return false;
    const gtok *w = &d->tok[b - 1];
    return w->kind == GK_WORD && w->len >= 2 && !(w->lex & (GL_STOP | GL_GENERIC | GL_FORM)) &&
           gset_find(&c->src_words, GT_STEM(d, w)) != SIZE_MAX;
}

/* Is the mention (info) named among words: the name, a close spelling, the abbreviated
 * long form, or every generic word of a combination brand? */
static bool named_in(const gset *words, const mention_info *info) {
    if (info->parts) {
        bool all = true;
        for (int p = 0; p < CC_SYN_PARTS && info->parts[p] && all; p++) all = part_present(words, info->parts[p]);
        if (all) return true;
    }
    return prefix_present(words, info->key) || (!info->parts && gdoc_has_word_fuzzy(words, info->key));
}

/* Does a strength (value and unit) stand near token i of d: within its sentence, at most
 * six tokens after it or three before ("pantoprazole 40 mg", "40 mg of pantoprazole")?
 * Returns the first such number's token index from `from` on, or SIZE_MAX. */
static size_t strength_near(const gdoc *d, size_t i, size_t from) {
    size_t lo = i >= 3 ? i - 3 : 0, hi = i + 6 < d->ntok ? i + 6 : d->ntok - 1;
    for (size_t j = from > lo ? from : lo; j <= hi && j < d->ntok; j++) {
        const gtok *n = &d->tok[j];
        if (n->sent != d->tok[i].sent) continue;
        /* (a strength belongs to the name only with no comma, semicolon or plus between: "CA GLUCONATE
           1G IV, INSULIN 10 UNITS IV + D50 25G" gives insulin neither the gram nor the dextrose's 25 g)
           (guard-60) */
        bool apart = false;
        for (size_t q = (j < i ? j : i) + 1; q < (j < i ? i : j) && !apart; q++)
            apart = d->tok[q].kind == GK_PUNCT &&
                    (d->tok[q].punct == ',' || d->tok[q].punct == ';' || d->tok[q].punct == '+');
        if (apart) continue;
        if (n->kind == GK_NUM && !(n->flags & (GF_DATE | GF_INWORD)) && (strength_unit(n->unit) || n->unit == GU_ML))
            return j;
    }
    return SIZE_MAX;
}

/* A mention at token a of da that the other text (db, mentions mb[nb] with info ib) does not
 * name: is it the same drug under another name, bound to the same strength?  The other
 * text's mention near the same value in the same unit must itself be absent from da (a
 * brand written as its generic, "THYRONORM 50MCG" -> "levothyroxine 50 mcg"), or begin with
 * this word ("CIS 43.5 MG" -> "cisplatin 43.5 mg").  Two names the lexicon knows as
 * different drugs never pair: a drug swapped for another at the same dose is flagged. */
/* Do the letters of short s stand in order in w, the first letters the same? */
static bool letters_in_order(const char *s, const char *w) {
    if (s[0] != w[0]) return false;
    size_t q = 1;
    for (size_t k = 1; w[k] && s[q]; k++)
        if (w[k] == s[q]) q++;
    return !s[q];
}

static bool renamed_at_strength(const gdoc *da, size_t a, const gset *da_words, const gdoc *db, const size_t *mb,
                                size_t nb, const mention_info *ib) {
    for (size_t x = strength_near(da, a, 0); x != SIZE_MAX; x = strength_near(da, a, x + 1)) {
        const gtok *nx = &da->tok[x];
        for (size_t k = 0; k < nb; k++) {
            size_t b = mb[k];
            if (known_drug(da, a) && known_drug(db, b)) continue;
            const char *wa = GT_NORM(da, &da->tok[a]), *wb = GT_NORM(db, &db->tok[b]);
            size_t la = strlen(wa), ra = da->tok[a].end - da->tok[a].start, rb = db->tok[b].end - db->tok[b].start;
            size_t lb = strlen(wb), ls = la < lb ? la : lb;
            /* CYCLO ~ cyclophosphamide, either way; four letters at least (MET is metformin or
               metoprolol) */
            bool prefix = ls >= 4 && la != lb && strncmp(wa, wb, ls) == 0;
            /* a short word as written (DEXA, NA, TXA) is an abbreviation: the alignment
               of abbreviations decides it, not a shared strength */
            /* (but three capitals the lexicon does not know may be the short form of a drug the
               source names in full, at the same strength in the output: "ADD LEVETIRACETAM
               250MG BD ... LEV 500MG BD" -> "levetiracetam 500 mg twice daily"; a drug the source
               never names in full is another reading of the capitals, MET for metoprolol) */
            bool initial = !prefix && ra == 3 && rb >= 5 && caps_abbrev(da, a) && !known_drug(da, a) &&
                           letters_in_order(wa, wb) && named_in(da_words, &ib[k]);
            if (!prefix && !initial && (ra < 5 || rb < 5)) continue;
            if (!prefix && !initial && named_in(da_words, &ib[k])) continue;
            for (size_t y = strength_near(db, b, 0); y != SIZE_MAX; y = strength_near(db, b, y + 1)) {
                const gtok *ny = &db->tok[y];
                if (ny->unit == nx->unit && fabs(ny->value - nx->value) < 1e-9) return true;
            }
        }
    }
    return false;
}

static bool is_mention(const size_t *m, size_t n, size_t j) {
    for (size_t k = 0; k < n; k++)
        if (m[k] == j) return true;
    return false;
}

/* A word written in capitals of two to five letters inside mixed-case or lower-case text,
 * or any such word of an all-capitals note: an abbreviation as written (TNK, MSIR). */
static bool caps_abbrev(const gdoc *d, size_t j) {
    const gtok *t = &d->tok[j];
    size_t n = t->end - t->start;
    if (n < 2 || n > 5) return false;
    for (size_t k = 0; k < n; k++)
        if (!(d->text[t->start + k] >= 'A' && d->text[t->start + k] <= 'Z')) return false;
    return true;
}

/* Can the words at a (of da) and b (of db) name the same drug?  When the shorter, as written,
 * has three letters or fewer, or is an abbreviation in capitals of up to five, its letters
 * must stand in order in the longer (PCN: penicillin, HCTZ: hydrochlorothiazide; TXA is not
 * tramadol, DEXA not dexmedetomidine), and three letters not as its bare beginning (MET is
 * metformin or metoprolol).  Longer names are brands: anything goes.  Irregular
 * abbreviations (APAP) are the lexicon's. */
static bool short_form_fits(const gdoc *da, size_t a, const gdoc *db, size_t b) {
    const gtok *ta = &da->tok[a], *tb = &db->tok[b];
    size_t ra = ta->end - ta->start, rb = tb->end - tb->start;
    bool a_short = ra <= rb;
    size_t n = a_short ? ra : rb;
    /* a brand (longer than three letters, not an abbreviation in capitals) may be anything */
    if (n > 3 && !(n <= 5 && caps_abbrev(a_short ? da : db, a_short ? a : b))) return true;
    const char *l = a_short ? GT_NORM(db, tb) : GT_NORM(da, ta);
    const char *raw = a_short ? da->text + ta->start : db->text + tb->start;
    char x[6];
    for (size_t k = 0; k < n; k++) x[k] = (char)(raw[k] >= 'A' && raw[k] <= 'Z' ? raw[k] + 32 : raw[k]);
    x[n] = '\0';
    if (strncmp(l, x, n) == 0) return n > 3; /* a bare prefix: VANC, not MET */
    return letters_in_order(x, l);
}

/* A mention at token i (of the source when is_src) that the other text does not name: does
 * the other text have, in the same place (the gap between the aligned words around it, at
 * most twelve tokens), a word this text lacks that can be its other name?  "APAP 650 MG" ->
 * "acetaminophen 650 mg", "VANC 1G" -> "vancomycin 1 g", "SYMBICORT 2 PUFFS" ->
 * "budesonide-formoterol 2 puffs".  Not a function word, a side, an anatomy or frequency
 * word, a unit or a route; and when both are drugs the lexicon knows (different ones, or
 * they would have matched), a drug swapped for another, never excused. */
/* A word of d (token j) that can carry a name the other text (words) lacks: not a function
 * word, a side, an anatomy or frequency word, a unit or a route, and absent from the other
 * text. */
static bool unaccounted(const gdoc *d, size_t j, const gset *words) {
    const gtok *t = &d->tok[j];
    if (t->kind != GK_WORD || t->end - t->start < 2 || t->len < 2) return false;
    if (t->lex & (GL_STOP | GL_GENERIC | GL_NEG_PRE | GL_NEG_POST | GL_FORM | GL_FREQWORD | GL_ANATOMY | GL_SIDE | GL_MONTH |
                  GL_NUMWORD | GL_TERM | GL_AUX | GL_BREAK))
        return false;
    const char *w = GT_NORM(d, t);
    if (glex_unit(w, t->len) || glex_route(w, t->len)) return false;
    return !gdoc_has_word_fuzzy(words, GT_STEM(d, t));
}

/* A mention at token i (of the source when is_src) that the other text does not name: does
 * the other text say something else in the same place, the gap between the same aligned
 * words, at most six tokens on either side?  "APAP 650 MG" -> "acetaminophen 650 mg", "VANC
 * 1G" -> "vancomycin 1 g".  The other side must have as many words this text lacks as this
 * side has words the other lacks (a name for a name: a word inserted beside the drug, "along
 * with metformin", is not answered by one word of the source), and when both are drugs the
 * lexicon knows (different ones, or they would have matched) it is a drug swapped for another,
 * never excused. */
static bool renamed_in_place(const gctx *c, bool is_src, size_t i) {
    const gdoc *from = is_src ? c->src : c->out, *to = is_src ? c->out : c->src;
    const gset *from_words = is_src ? &c->src_words : &c->out_words, *to_words = is_src ? &c->out_words : &c->src_words;
    size_t flo, fhi, lo, hi;
    /* the word itself must be a name in the other text's place: a drug mention there, or an
       abbreviation in capitals facing a drug the lexicon knows */
    if (!galign_gap(&c->align, from, to, !is_src, i, 6, &flo, &fhi, &lo, &hi)) return false;
    bool known = known_drug(from, i), name = false;
    size_t here = 0, there = 0;
    /* names on this side: the mention itself and other drug names in its run (the words around
       it, "cycle 4, day 1 of carboplatin", need no counterpart) */
    for (size_t j = flo; j < fhi; j++) here += unaccounted(from, j, to_words) && (j == i || known_drug(from, j));
    for (size_t j = lo; j < hi; j++) {
        if (!unaccounted(to, j, from_words)) continue;
        there++;
        if (!(known && known_drug(to, j)) && short_form_fits(from, i, to, j) &&
            (is_mention(is_src ? c->out_meds : c->src_meds, is_src ? c->n_out_meds : c->n_src_meds, j) ||
             (known && caps_abbrev(to, j))))
            name = true;
    }
    return name && here <= there;
}

/* Output mention at token b followed, within its phrase, by a parenthesis naming a word the
 * source has ("haloperidol (Haldol)", "bictegravir/emtricitabine/tenofovir alafenamide
 * (Biktarvy)", "moxifloxacin (Vigamox)"): the generic written for a brand the source names. */
static bool generic_of_source_brand(const gctx *c, size_t b) {
    const gdoc *d = c->out;
    for (size_t j = b + 1; j < d->ntok && j <= b + 8; j++) {
        const gtok *t = &d->tok[j];
        if (t->sent != d->tok[b].sent || (t->kind == GK_PUNCT && t->punct == ')')) return false;
        if (t->kind != GK_PUNCT || t->punct != '(') continue; /* "prednisolone acetate 1% (Pred Forte)" */
        for (size_t k = j + 1; k < d->ntok && k <= j + 3; k++) {
            const gtok *w = &d->tok[k];
            if (w->kind == GK_PUNCT && w->punct == ')') break;
            if (w->kind != GK_WORD || w->len < 2 || (w->lex & (GL_STOP | GL_GENERIC | GL_FORM | GL_FREQWORD))) continue;
            /* (two letters only as a regimen's capitals, "bendamustine–rituximab (BR)", not a route) */
            const char *r = d->text + w->start;
            if (w->len == 2 && (w->end - w->start != 2 || r[0] < 'A' || r[0] > 'Z' || r[1] < 'A' || r[1] > 'Z' ||
                                glex_route(GT_NORM(d, w), w->len)))
                continue;
            if (known_drug(d, b) && (w->lex & GL_DRUG) && !(w->lex & GL_SYN)) continue; /* another generic */
            if (gset_find(&c->src_words, GT_STEM(d, w)) != SIZE_MAX) return true;
        }
        return false;
    }
    return false;
}

/* Is output sentence s one the source does not have: at most one of its content words or
 * numbers aligned to the source? */
static bool sentence_unaligned(const gctx *c, uint32_t s) {
    if (!c->align.aligned) return true;
    int aligned = 0;
    for (size_t j = 0; j < c->out->ntok && aligned <= 1; j++)
        if (c->out->tok[j].sent == s && c->align.out_to_src[j] >= 0) aligned++;
    return aligned <= 1;
}

/* Does text d hold a dextrose fluid written short: D5, D10, D25, D5W, DNS, or a strength
 * then D ("5% D", "5%D", "10% D")? */
/* Is word token t, as written, a dextrose fluid's short name: D5, D10, D5W or DNS? */
static bool dextrose_code(const gdoc *d, const gtok *t) {
    const char *r = d->text + t->start;
    size_t n = t->end - t->start;
    return (n >= 2 && n <= 4 && (r[0] | 32) == 'd' && r[1] >= '1' && r[1] <= '9') || (n == 3 && strncasecmp(r, "dns", 3) == 0);
}

static bool short_dextrose(const gdoc *d) {
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD) continue;
        const char *r = d->text + t->start;
        size_t n = t->end - t->start;
        if (dextrose_code(d, t)) return true;
        if (n == 1 && (r[0] == 'D' || r[0] == 'd') && t->start >= 2 && d->text[t->start - 1] == ' ' &&
            d->text[t->start - 2] == '%')
            return true; /* "5% D" */
        if (n == 3 && strncasecmp(r, "dex", 3) == 0 && t->start >= 1 &&
            (d->text[t->start - 1] == '%' || (t->start >= 2 && d->text[t->start - 1] == ' ' && d->text[t->start - 2] == '%')))
            return true; /* "0.45% NACL + 5%DEX": a strength in percent makes DEX the fluid, not dexamethasone */
    }
    /* "5%D": the scanner may keep the letter with the number */
    for (size_t k = 0; k + 2 < d->len; k++)
        if (d->text[k] >= '0' && d->text[k] <= '9' && d->text[k + 1] == '%' && (d->text[k + 2] | 32) == 'd' &&
            (k + 3 >= d->len || !isalpha((unsigned char)d->text[k + 3])))
            return true;
    return false;
}

/* The output's further mentions of the generic it glosses the source's brand key with, beside
 * it in parentheses ("secukinumab (Cosentyx) ... continue secukinumab"): each names the brand
 * again.  A generic the source names itself counts as its own. */
static uint32_t gloss_mentions(const gctx *c, const char *key) {
    const gdoc *o = c->out;
    for (size_t j = 0; j < o->ntok; j++) {
        if (strcmp(GT_STEM(o, &o->tok[j]), key) != 0) continue;
        size_t g = SIZE_MAX; /* the generic beside the brand */
        if (j >= 2 && o->tok[j - 1].kind == GK_PUNCT && o->tok[j - 1].punct == '(') g = j - 2;
        else if (j + 2 < o->ntok && o->tok[j + 1].kind == GK_PUNCT && o->tok[j + 1].punct == '(') g = j + 2;
        if (g == SIZE_MAX || o->tok[g].kind != GK_WORD || !(o->tok[g].lex & (GL_DRUG | GL_SYN | GL_DRUGSTEM))) continue;
        const char *w = GT_STEM(o, &o->tok[g]);
        if (gset_find(&c->src_words, w) != SIZE_MAX) continue;
        uint32_t n = gset_count(&c->out_words, w);
        return n > 1 ? n - 1 : 0;
    }
    return 0;
}

/* How many times the output spells out an abbreviation `key` of two to four letters as words
 * joined by hyphens whose initials it is ("TAB SP" -> "sulfadoxine-pyrimethamine tablets")
 * (guard-46). */
static uint32_t hyphened_initials(const gctx *c, const char *key) {
    const gdoc *o = c->out;
    const size_t n = strlen(key);
    uint32_t got = 0;
    if (n < 2 || n > 4) return 0;
    for (size_t j = 0; j < o->ntok; j++) {
        size_t q = j, k = 0;
        for (; k < n && q < o->ntok; k++, q += 2) {
            const gtok *w = &o->tok[q];
            if (w->kind != GK_WORD || w->end - w->start < 4 || GT_NORM(o, w)[0] != key[k]) break;
            if (k + 1 < n && !(q + 2 < o->ntok && o->tok[q + 1].kind == GK_PUNCT && o->tok[q + 1].punct == '-' &&
                               o->tok[q + 1].start == w->end && o->tok[q + 2].start == o->tok[q + 1].end))
                break;
        }
        if (k == n && !(q - 1 < o->ntok && o->tok[q - 1].kind == GK_PUNCT && o->tok[q - 1].punct == '-' &&
                         o->tok[q - 1].start == o->tok[q - 2].end))
            got++;
    }
    return got;
}

/* How many of the source's words `key` spell out, in parentheses, the abbreviation right before
 * them that already reads as that word ("INJ FCM (FERRIC CARBOXYMALTOSE) 500 MG": FCM reads as
 * ferric carboxymaltose, so the drug is named once) (guard-35). */
static uint32_t source_glosses(const gctx *c, const char *key) {
    const gdoc *s = c->src;
    uint32_t n = 0;
    for (size_t j = 2; j < s->ntok; j++) {
        if (s->tok[j].kind != GK_WORD || strcmp(GT_STEM(s, &s->tok[j]), key) != 0) continue;
        /* (or a heading's abbreviation closing its parenthesis, spelled out after it: "(SINGLE HIGH DOSE
           L-AMB): LIPOSOMAL AMPHOTERICIN B") (guard-56) */
        {
            size_t q = j - 1;
            if (q > 0 && s->tok[q].kind == GK_WORD && !(s->tok[q].lex & (GL_DRUG | GL_SYN))) q--; /* ("LIPOSOMAL") */
            bool closes = false;
            while (q > 0 && s->tok[q].kind == GK_PUNCT && (s->tok[q].punct == ')' || s->tok[q].punct == ':'))
                closes |= s->tok[q].punct == ')', q--;
            const gtok *w = &s->tok[q];
            const bool abbrev = closes && w->kind == GK_WORD && (w->lex & GL_SYN) && w->len <= 5;
            const char *const *parts = abbrev ? glex_synonym_parts(GT_NORM(s, w), w->len) : NULL;
            bool reads = false;
            for (size_t k = 0; parts && k < CC_SYN_PARTS && parts[k] && !reads; k++) reads = strcmp(parts[k], key) == 0;
            if (reads) {
                n++;
                continue;
            }
        }
        size_t p = paren_opener(s, j);
        if (p == SIZE_MAX || p == 0) continue;
        /* every word between the parenthesis and this one is a word of the gloss, not a new name */
        bool inside = true;
        for (size_t q = p + 1; q < j && inside; q++) inside = s->tok[q].kind == GK_WORD;
        /* (and the parenthesis holds the name alone: "FLOMAX (TAMSULOSIN 0.4 MG)" glosses a
           brand with its prescription, which a rewrite keeps) */
        size_t e = j + 1;
        while (inside && e < s->ntok && e <= j + 4 && s->tok[e].kind == GK_WORD) e++;
        inside = inside && e < s->ntok && s->tok[e].kind == GK_PUNCT && s->tok[e].punct == ')';
        /* the word before the parenthesis, an abbreviation of up to five letters whose own
           reading has the key */
        const size_t b = p - 1;
        const gtok *w = &s->tok[b];
        if (w->end - w->start > 5) continue;
        bool reads = false;
        for (size_t q = b + 1; q-- > 0 && s->tok[q].start == w->start && !reads;)
            reads = (s->tok[q].flags & GF_EXPANDED) && strcmp(GT_STEM(s, &s->tok[q]), key) == 0;
        /* (or a name the lexicon gives the generic's words, FCM -> ferric carboxymaltose) */
        const char *const *parts = w->kind == GK_WORD && (w->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(s, w), w->len) : NULL;
        for (size_t k = 0; parts && k < CC_SYN_PARTS && parts[k] && !reads; k++) reads = strcmp(parts[k], key) == 0;
        if (inside && reads) n++;
    }
    return n;
}

/* A source mention D1..D99 that is a day of a course, not a dextrose ("START D5 ONCE DRAIN OUT"
 * -> "to start on day 5"): after a word of when, not before a volume ("D5 500ML" is the fluid),
 * and the output says "day" with the same number. */
static bool day_of_course(const gctx *c, const gdoc *d, size_t i, bool is_src) {
    const gtok *t = &d->tok[i];
    const char *r = d->text + t->start;
    size_t n = t->end - t->start;
    if (!is_src || (n != 2 && n != 3) || (r[0] | 32) != 'd' || r[1] < '1' || r[1] > '9' ||
        (n == 3 && (r[2] < '0' || r[2] > '9')))
        return false;
    size_t pv = i;
    while (pv > 0 && d->tok[pv - 1].start == t->start) pv--; /* (before the expansion's first word) */
    static const char *const at[] = {"start", "starting", "from", "on",   "till",
                                     "until", "by",       "since", "stop", "after",
                                     "out", "removal", "remove", /* "CLIPS OUT D10" (guard-47) */ NULL};
    bool when = false;
    for (const char *const *p = at; *p && pv > 0 && !when; p++) when = gdoc_is(d, pv - 1, *p);
    size_t nx = t->end;
    while (nx < d->len && d->text[nx] == ' ') nx++;
    if (!when || (nx < d->len && d->text[nx] >= '0' && d->text[nx] <= '9')) return false;
    double day = n == 2 ? r[1] - '0' : (r[1] - '0') * 10 + (r[2] - '0');
    const gdoc *o = c->out;
    for (size_t j = 0; j + 1 < o->ntok; j++)
        if (gdoc_is(o, j, "day") && o->tok[j + 1].kind == GK_NUM && o->tok[j + 1].value == day) return true;
    return false;
}

/* Mention i of d (the source when is_src) is a dextrose fluid that the other text writes the
 * other way: "dextrose" in full on one side, short on the other. */
static bool dextrose_pair(const gctx *c, const gdoc *d, size_t i, bool is_src) {
    const gtok *t = &d->tok[i];
    const char *w = GT_NORM(d, t);
    if (strcmp(w, "dextrose") == 0 || strcmp(w, "glucose") == 0) return short_dextrose(is_src ? c->out : c->src);
    return dextrose_code(d, t) && gset_find(is_src ? &c->out_words : &c->src_words, "dextrose") != SIZE_MAX;
}

/* A source mention "L-X" (the levo enantiomer, "L-BUPIVACAINE") and an output mention
 * "levoX": one drug written two ways.  Either side's mention i of d is checked against the
 * other text. */
/* Is word j of d written with a glued "L-" before it ("L-BUPIVACAINE")? */
static bool l_prefixed(const gdoc *d, size_t j) {
    return j >= 2 && gdoc_is(d, j - 2, "l") && d->tok[j - 1].kind == GK_PUNCT && d->tok[j - 1].punct == '-' &&
           d->tok[j - 2].end == d->tok[j - 1].start && d->tok[j - 1].end == d->tok[j].start;
}

static bool levo_form(const gctx *c, const gdoc *d, size_t i, bool is_src) {
    const char *w = GT_NORM(d, &d->tok[i]);
    if (is_src) {
        char lv[64];
        if (!l_prefixed(d, i) || strlen(w) < 5 || snprintf(lv, sizeof lv, "levo%s", w) >= (int)sizeof lv) return false;
        return gset_find(&c->out_words, lv) != SIZE_MAX;
    }
    if (strncmp(w, "levo", 4) != 0 || strlen(w + 4) < 5) return false;
    const gdoc *s = c->src;
    for (size_t j = 2; j < s->ntok; j++)
        if (s->tok[j].kind == GK_WORD && strcmp(GT_NORM(s, &s->tok[j]), w + 4) == 0 && l_prefixed(s, j)) return true;
    return false;
}

/* Does d name a kind of insulin or how it is given ("glargine", "lispro", "basal", "pump")?  Then
 * a rewrite may say "insulin" again where d names the kind ("No prandial while NPO" -> "no
 * prandial insulin"), no second drug (guard-55). */
static bool insulin_kind_named(const gdoc *d) {
    static const char *const kind[] = {"glargine", "lispro", "aspart", "detemir", "degludec", "glulisine", "isophane",
                                       "nph", "basal", "bolus", "pump", "prandial", NULL};
    for (size_t i = 0; i < d->ntok; i++)
        for (const char *const *k = kind; *k; k++)
            if (gdoc_is(d, i, *k)) return true;
    return false;
}

/* Is the cation named as a drug mention of its own, no anion after it, on one side? */
static bool cation_given(const gctx *c, bool on_src, const char *cation) {
    const gdoc *d = on_src ? c->src : c->out;
    const size_t *m = on_src ? c->src_meds : c->out_meds;
    size_t n = on_src ? c->n_src_meds : c->n_out_meds;
    for (size_t k = 0; k < n; k++) {
        const char *cat = salt_cation(d, m[k]);
        if (cat && strcmp(cat, cation) == 0 && !salt_anion(d, m[k])) return true;
    }
    return false;
}

static cc_status one_side(gctx *c, const gdoc *d, const gset *other_words, bool is_src, const mention_info *si,
                          const mention_info *oi, cc_error *err) {
    const size_t *m = is_src ? c->src_meds : c->out_meds;
    size_t n = is_src ? c->n_src_meds : c->n_out_meds;
    const mention_info *info = is_src ? si : oi;
    cc_status st = CC_OK;
    for (size_t k = 0; k < n; k++) {
        const char *key = info[k].key;
        const char *const *parts = info[k].parts;
        bool dup = false;
        for (size_t j = 0; j < k && !dup; j++) dup = strcmp(info[j].key, key) == 0 && info[j].parts == parts;
        if (dup) continue;
        const gtok *t = &d->tok[m[k]];
        /* a salt ("KCL 20 MEQ", "calcium gluconate") is present only as that salt: the ion alone
           in the other text is a lab value ("potassium is 3.6") */
        /* (the mention may be the cation or the anion word of the salt) */
        size_t sat = m[k];
        const char *anion = salt_anion(d, sat);
        if (!anion && sat > 0 && salt_anion(d, sat - 1)) anion = salt_anion(d, --sat);
        if (anion) {
            if (salt_in(is_src ? c->out : c->src, salt_cation(d, sat), anion)) continue;
            /* (or the cation alone given as a drug there, with no anion: "MAG 6G IV LOAD" ->
               "magnesium sulfate 6 g IV") (guard-50) */
            if (cation_given(c, !is_src, salt_cation(d, sat))) continue;
        } else if (parts) {
            /* a combination or an insulin by brand: the brand itself, or every generic word */
            bool all = true;
            for (int p = 0; p < CC_SYN_PARTS && parts[p] && all; p++) all = part_present(other_words, parts[p]);
            if (all || fdc_said(is_src ? c->out : c->src, GT_NORM(d, t))) continue;
            /* (the brand in a plural or another spelling: "DUONEBS Q4H" -> "DuoNeb treatments") */
            if (gdoc_has_word_fuzzy(other_words, GT_STEM(d, t))) continue;
        } else if (prefix_present(other_words, key)) {
            continue; /* METHYLPRED ~ methylprednisolone */
        }
        if (!anion && !parts && gdoc_has_word_fuzzy(other_words, key)) {
            /* named twice in the source (course and advice) but once in the output */
            /* a drug the source names once and the output names again in another place ("...
               Lasix 40 mg twice daily. He was also started on furosemide."): a second drug of
               the same kind, or the same drug given twice, either way not the source's text */
            if (!is_src) {
                const char *ck = info[k].ck;
                unsigned on = mention_count(d, m, n, info, ck), sn = mention_count(c->src, c->src_meds, c->n_src_meds, si, ck);
                /* output mentions that name a source word another way in its place (CTX ->
                   ceftriaxone; "morphine immediate-release (MSIR)") are that word, not the drug named
                   again (a generic in parentheses after a mention is not counted at all) */
                unsigned renamed = 0;
                for (size_t q = 0; q < n && on > sn; q++)
                    if (strcmp(info[q].ck, ck) == 0 &&
                        (renamed_in_place(c, false, m[q]) || generic_of_source_brand(c, m[q])))
                        renamed++;
                /* and one of them must stand in a sentence the source does not have (almost none of
                   its words aligned): a faithful rewrite names a drug again inside the statements it
                   rewrites ("hold the lisinopril if..."), an added prescription is a statement of
                   its own ("He was also started on furosemide.") */
                bool new_sentence = false;
                for (size_t q = 0; q < n && !new_sentence; q++)
                    if (strcmp(info[q].ck, ck) == 0) new_sentence = sentence_unaligned(c, d->tok[m[q]].sent);
                if (sn > 0 && on > sn + renamed && new_sentence && !short_form_in(c->src, ck) &&
                    !(strcmp(ck, "insulin") == 0 && insulin_kind_named(c->src))) {
                    if (!gctx_reason(c, "medication", -1, -1, t->start, t->end,
                                     "drug '%.*s' is named %u time(s) in the output but %u in the source", (int)(t->end - t->start),
                                     d->text + t->start, on, sn)) {
                        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                        break;
                    }
                    continue;
                }
            }
            uint32_t here = gset_count(is_src ? &c->src_words : &c->out_words, key), there = gset_count(other_words, key);
            if (is_src && there > 0 && there < here) there += gloss_mentions(c, key);
            if (is_src && there > 0 && there < here) there += hyphened_initials(c, key);
            if (is_src && there > 0 && there < here) {
                const uint32_t g = source_glosses(c, key);
                here = g < here ? here - g : 0;
            }
            if (is_src && there > 0 && there < here &&
                !gctx_reason(c, "medication", t->start, t->end, -1, -1,
                             "drug '%.*s' is named %u time(s) in the source but %u in the output", (int)(t->end - t->start),
                             d->text + t->start, here, there)) {
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                break;
            }
            continue;
        }
        /* a dextrose fluid written short, D5 / D10 / 5% D / DNS, and said in full; or a D5 that
           is the fifth day of a course */
        if (dextrose_pair(c, d, m[k], is_src) || day_of_course(c, d, m[k], is_src)) continue;
        /* "L-BUPIVACAINE" is levobupivacaine: the L- of a named enantiomer written out */
        if (levo_form(c, d, m[k], is_src)) continue;
        /* "insulin glargine" for GLARGINE: the word insulin beside a named insulin adds no drug */
        if (!is_src && gdoc_is(d, m[k], "insulin") &&
            ((m[k] + 1 < d->ntok && d->tok[m[k] + 1].kind == GK_WORD && (d->tok[m[k] + 1].lex & (GL_DRUG | GL_SYN))) ||
             (m[k] > 0 && d->tok[m[k] - 1].kind == GK_WORD && (d->tok[m[k] - 1].lex & (GL_DRUG | GL_SYN)))))
            continue;
        /* abbreviation alignment: an abbreviation on one side, its expansion on the other */
        if (is_src ? expanded_in_output(c, m[k])
                   : (expands_source_abbrev(c, m[k]) || explains_source_brand(c, m[k]) || generic_of_source_brand(c, m[k]) ||
                      kind_of_source_brand(c, m[k])))
            continue;
        /* (or at a later mention of the name, where its dose anchors it: "venetoclax and
           azacitidine ... Azacitidine is 75 mg/m²" for "ven/aza ... Aza 75 mg/m2") (guard-42) */
        bool later = false;
        for (size_t q = k + 1; q < n && !is_src && !later; q++)
            later = strcmp(info[q].key, key) == 0 && info[q].parts == parts && expands_source_abbrev(c, m[q]);
        if (later) continue;
        /* the same drug under another name in the same place */
        if (renamed_in_place(c, is_src, m[k])) continue;
        /* the same drug under another name at the same strength */
        if (is_src ? renamed_at_strength(c->src, m[k], &c->src_words, c->out, c->out_meds, c->n_out_meds, oi)
                   : renamed_at_strength(c->out, m[k], &c->out_words, c->src, c->src_meds, c->n_src_meds, si))
            continue;
        /* (a muscle a toxin is injected into, by its Latin name, where the source names it short: "R FDS
           50U" -> "right flexor digitorum superficialis 50 units"; a muscle the source names and the
           output drops is still a dose without its place) (guard-68) */
        if (!is_src && muscle_word(GT_NORM(d, t))) continue;
        /* (and a muscle the output names inside a word: "intradetrusor 200 units" for "TO DETRUSOR 200 UNITS") */
        if (is_src && muscle_word(GT_NORM(d, t)) && c->out->len >= t->len &&
            memmem_ci(c->out->text, c->out->len, GT_NORM(d, t), t->len))
            continue;
        /* (or the same letters with a hyphen inside on the other side: "t-PA" and "tPA") (guard-47) */
        if (gdoc_written_hyphenated(is_src ? c->out : c->src, d->text + t->start, t->end - t->start)) continue;
        bool ok = is_src ? gctx_reason(c, "medication", t->start, t->end, -1, -1,
                                       "drug '%.*s' of the source is missing from the output", (int)(t->end - t->start),
                                       d->text + t->start)
                         : gctx_reason(c, "medication", -1, -1, t->start, t->end,
                                       "drug '%.*s' in the output is not in the source", (int)(t->end - t->start),
                                       d->text + t->start);
        if (!ok) {
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
            break;
        }
    }
    return st;
}

static mention_info *infos(const gdoc *d, const size_t *m, size_t n) {
    mention_info *v = malloc((n ? n : 1) * sizeof *v);
    for (size_t k = 0; v && k < n; k++) {
        v[k].key = key_of(d, m[k]);
        v[k].parts = multi_parts(d, m[k]);
        v[k].ck = count_key(d, m[k]);
    }
    return v;
}

/* A source drug's strength that the output states only in sentences naming no drug at all
 * ("LITHIUM CARBONATE (PRIADEL) 800MG HS" -> "on 800 mg at bedtime", "GLUCAGON 1 MG IM" ->
 * "the paramedic gave 1 mg intramuscularly"): the name was dropped even where the output names
 * the drug elsewhere (a lithium level).  One reason is enough. */
static cc_status orphan_doses(gctx *c, cc_error *err) {
    const gdoc *s = c->src, *o = c->out;
    for (size_t k = 0; k < c->n_src_meds; k++) {
        size_t j = strength_after(s, c->src_meds[k]);
        /* (or after its second word: "LITHIUM CARBONATE (PRIADEL) 800MG") */
        for (size_t w = c->src_meds[k] + 1; j == SIZE_MAX && w < s->ntok && w <= c->src_meds[k] + 2 && s->tok[w].kind == GK_WORD; w++)
            j = strength_after(s, w);
        /* (a word of a longer expansion is no drug named: OGTT 75 G is a test; a clipped name
           expanded whole, PRED 40MG, is) */
        const size_t mk = c->src_meds[k];
        const bool part = (s->tok[mk].flags & GF_EXPANDED) &&
                          ((mk > 0 && s->tok[mk - 1].start == s->tok[mk].start) ||
                           (mk + 1 < s->ntok && s->tok[mk + 1].start == s->tok[mk].start));
        if (j == SIZE_MAX || part) continue;
        const gtok *st = &s->tok[j];
        const char *name = GT_NORM(s, &s->tok[c->src_meds[k]]);
        /* (and the first word of the name the lexicon gives it: NACL, "sodium chloride") */
        const char *syn = (s->tok[mk].lex & GL_SYN) ? glex_synonym(name, strlen(name)) : NULL;
        bool seen = false, named = false;
        for (size_t q = 0; q < o->ntok && !named; q++) {
            const gtok *t = &o->tok[q];
            if (t->kind != GK_NUM || t->unit != st->unit || fabs(t->value - st->value) >= 1e-9)
                continue;
            seen = true;
            /* the whole sentence around it (a colon or a semicolon ends none: "Chlordiazepoxide
               tablets are to be tapered: 20 mg...") */
            size_t a = q, b = q;
            while (a > 0 && q - a < 60 && !gdoc_is_fullstop(o, a - 1)) a--;
            while (b + 1 < o->ntok && b - q < 60 && !gdoc_is_fullstop(o, b + 1)) b++;
            /* of that sentence, the part that is this dose's: back to the amount before it (a
               list's previous item) and on a few tokens after it ("40 mg of prednisolone"), so
               "ipratropium 500 micrograms four times daily, 40 mg orally" names no drug for 40 mg */
            for (size_t x = q; x-- > a;)
                if (o->tok[x].kind == GK_NUM && strength_unit(o->tok[x].unit) && o->tok[x].unit != GU_PCT &&
                    !(o->tok[x].flags & GF_DATE)) { /* (a concentration is the drug's: "10% dextrose at 100 mL/hour") */
                    a = x + 1;
                    break;
                }
            if (b > q + 6) b = q + 6; /* ("50 mL of 25% dextrose") */
            /* and not past the end of its item: a drug after "and" or a comma is the next item's
               ("Continue 20 mg twice daily and OxyNorm 5 mg as needed" names no drug for 20 mg) */
            for (size_t x = q + 1; x <= b; x++)
                if (gdoc_is(o, x, "and") || (o->tok[x].kind == GK_PUNCT && (o->tok[x].punct == ',' || o->tok[x].punct == ';'))) {
                    b = x - 1;
                    break;
                }
            for (size_t m = 0; m < c->n_out_fmeds && !named; m++) named = c->out_fmeds[m] >= a && c->out_fmeds[m] <= b;
            /* or a word of the drug's own name there ("DAUNO" -> "daunorubicin") */
            for (size_t x = a; x <= b && !named; x++)
                named = o->tok[x].kind == GK_WORD &&
                        (strcmp(GT_NORM(o, &o->tok[x]), name) == 0 ||
                         (syn && strcmp(GT_NORM(o, &o->tok[x]), syn) == 0) ||
                         (o->tok[x].len >= 4 && strlen(name) >= 4 && strncmp(GT_NORM(o, &o->tok[x]), name, 4) == 0) ||
                         abbrev_of(s, c->src_meds[k], o, x, true) || /* (OGTT: oral glucose tolerance test) */
                         /* (a salt's cation under another of its names: CA GLUCONATE, "calcium gluconate") */
                         (o->tok[x].kind == GK_WORD && salt_cation(s, mk) && salt_cation(o, x) &&
                          strcmp(salt_cation(s, mk), salt_cation(o, x)) == 0));
        }
        if (!seen || named) continue;
        const gtok *ts = &s->tok[c->src_meds[k]];
        if (!gctx_reason(c, "medication", ts->start, st->end, -1, -1,
                         "the dose %.*s of '%.*s' stands in the output in no sentence that names a drug",
                         (int)(st->end - st->start), s->text + st->start, (int)(ts->end - ts->start), s->text + ts->start))
            return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
        break;
    }
    return CC_OK;
}

cc_status gcheck_meds(gctx *c, cc_error *err) {
    mention_info *si = infos(c->src, c->src_meds, c->n_src_meds), *oi = infos(c->out, c->out_meds, c->n_out_meds);
    cc_status st = CC_OK;
    if (!si || !oi) st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (drug mentions)");
    if (st == CC_OK) st = one_side(c, c->src, &c->out_words, true, si, oi, err);
    if (st == CC_OK) st = one_side(c, c->out, &c->src_words, false, si, oi, err);
    if (st == CC_OK) st = orphan_doses(c, err);
    free(si);
    free(oi);
    return st;
}




