/* guard_internal.h - what the faithfulness guard's modules share: the token
 * stream a text is normalised into (guard_text.c), the lexicon lookups
 * (guard_lex.c), a small string-count set, and the per-check entry points
 * (guard_numbers.c, guard_freq.c, guard_negation.c, guard_laterality.c,
 * guard_meds.c, guard_forms.c, guard_shape.c).  Not a public header: callers
 * use guard.h. */
#ifndef CLINCLEAN_GUARD_INTERNAL_H
#define CLINCLEAN_GUARD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "guard.h"

/* ---------------------------------------------------------------- lexicon */

/* Word classes (bit flags) of a normalised word. */
enum {
    GL_STOP = 1u << 0,      /* function word: never a finding, drug or anchor */
    GL_FORM = 1u << 1,      /* dosage form that precedes a drug name (tablet, injection...) */
    GL_NEG_PRE = 1u << 2,   /* negation trigger whose scope runs forward (no, denies) */
    GL_NEG_POST = 1u << 3,  /* negation trigger whose scope runs backward (absent, nil) */
    GL_TERM = 1u << 4,      /* ends a negation scope (but, however, complaints) */
    GL_ANATOMY = 1u << 5,   /* body part a laterality word can attach to */
    GL_DRUG = 1u << 6,      /* known drug name (generic or common brand) */
    GL_GENERIC = 1u << 7,   /* clinical filler, never a finding (history, patient, known) */
    GL_FREQWORD = 1u << 8,  /* part of a frequency phrase (daily, twice, hourly) */
    GL_MONTH = 1u << 9,     /* month name; value in the month table */
    GL_FREQSTART = 1u << 10, /* can start a frequency phrase (every, as, once, daily...) */
    GL_NEGCAND = 1u << 11,  /* can be part of a negation trigger (negative, free, ruled...) */
    GL_SIDE = 1u << 12,     /* left, right, bilateral(ly), both, l, r */
    GL_DRUGSTEM = 1u << 13, /* set per token by the normaliser: ends like a generic drug name */
    GL_NUMWORD = 1u << 14,  /* number word (two, twenty, first); value in the number table */
    GL_SYN = 1u << 15,      /* has an entry in the drug synonym table */
    GL_BREAK = 1u << 16,    /* verb that starts a new statement inside a negation scope (improved, resolved) */
    GL_AUX = 1u << 17,      /* auxiliary (is, was, were): "no joints were involved" keeps its scope */
};

/* Canonical units.  0 means "no unit". */
enum {
    GU_NONE = 0, GU_MG, GU_G, GU_MCG, GU_KG, GU_ML, GU_L, GU_UNIT, GU_MEQ, GU_MMOL, GU_MMHG,
    GU_PCT, GU_PERMIN, GU_DAY, GU_WEEK, GU_MONTH, GU_YEAR, GU_HOUR, GU_MINUTE, GU_DEGF,
    GU_DEGC, GU_DEG, GU_CM, GU_MM, GU_MGDL, GU_GDL, GU_MMOLL, GU_MGKG, GU_TAB, GU_CAP,
    GU_PUFF, GU_DROP, GU_KCAL, GU_IUL, GU_NG, GU_MLHR, GU_MCGKGMIN, GU_SECOND, GU_TIMES,
    GU_LAKH, /* Indian hundred thousand: 1.4 lakh = 140000 */
    GU_TSP, GU_TBSP, /* teaspoon (5 mL), tablespoon (15 mL) */
    GU_METRE, /* metre (written as a word: "m" alone is also male) */
    GU_CLOCK, /* a time of day; value hours*100 + minutes (0945, 09:45, 9:45 am -> 945) */
    GU_COUNT_
};
const char *glex_unit_name(int unit);

/* Routes of administration.  0 none. */
enum { GR_NONE = 0, GR_IV, GR_IM, GR_SC, GR_PO, GR_SL, GR_PR, GR_TOPICAL, GR_INHALED, GR_COUNT_ };
const char *glex_route_name(int route);

/* Lexicon lookups on a lowercase word (not NUL-terminated: s, n). */
uint32_t glex_class(const char *s, size_t n);       /* GL_* flags, 0 if unknown */
int glex_unit(const char *s, size_t n);             /* GU_* or GU_NONE */
bool glex_dose_unit(int u);                         /* a dose's mass or units: mg, g, mcg, units */
int glex_route(const char *s, size_t n);            /* GR_* or GR_NONE (single words) */
const char *glex_expand(const char *s, size_t n);   /* expansion words or NULL */
bool glex_number_word(const char *s, size_t n, double *v, bool *ordinal);
int glex_month(const char *s, size_t n);            /* 1..12 or 0 */
bool glex_serology(const char *s, size_t n);        /* a test read reactive or not (rpr, vdrl, hiv, hbsag...) */
bool glex_drug_stem(const char *s, size_t n);       /* looks like a generic name (-cillin, -prazole...) */
/* The languages a note may be written in besides English: GLANG_UNREAD until read (guard-62, guard-64);
 * GLANG_ES is Spanish, with Portuguese read alike (guard-67), told apart by gdoc.pt (guard-69). */
enum { GLANG_UNREAD = 0, GLANG_EN, GLANG_FR, GLANG_DE, GLANG_ES };
int glex_lang_mark(int lang, const char *s, size_t n, size_t *id); /* points a word gives a note in lang (0 none), id */
const char *glex_foreign(int lang, const char *s, size_t n); /* a word of lang in English ("" a function word), or NULL */
const char *glex_synonym(const char *s, size_t n);  /* canonical drug name for a synonym, or NULL */
/* Most generic words of one synonym (a four-drug combination), plus the terminating NULL. */
#define CC_SYN_PARTS 6
/* Every generic word of a synonym (NULL-terminated, [0] the canonical name), or NULL:
   a combination brand or a brand of a specific insulin has several ("insulin", "glargine"). */
const char *const *glex_synonym_parts(const char *s, size_t n);

/* ---------------------------------------------------------------- tokens */

enum { GK_WORD = 1, GK_NUM, GK_PUNCT, GK_PH, GK_DOSEPAT };

enum {
    GF_EXPANDED = 1u << 0,   /* produced by expanding an abbreviation */
    GF_NUMWORD = 1u << 1,    /* number written as a word ("two") */
    GF_DATE = 1u << 2,       /* part of a date (12/03/2021, 12 March) */
    GF_ORDINAL = 1u << 3,    /* 1st, first */
    GF_NAKED = 1u << 4,      /* decimal without leading zero (.5) */
    GF_TRAILZERO = 1u << 5,  /* decimal with trailing zeros only (5.0) */
    GF_USED = 1u << 6,       /* consumed by a frequency phrase: not a dose number */
    GF_INWORD = 1u << 7,     /* raw token had letters and digits (spo2): not a number */
};

typedef struct {
    uint32_t start, end;  /* byte span [start, end) in the original text */
    uint32_t norm;        /* offset of the NUL-terminated lowercase normalised word in gdoc.arena */
    uint32_t stem;        /* offset of the singular form (same as norm when unchanged) */
    uint16_t len;         /* strlen of norm */
    uint8_t kind;         /* GK_* */
    uint8_t flags;        /* GF_* */
    char punct;           /* GK_PUNCT: the character ('\n' for a line break) */
    int8_t unit;          /* GK_NUM: GU_* attached by the unit pass */
    uint32_t lex;         /* GK_WORD: GL_* classes of the word */
    uint32_t sent;        /* sentence index (incremented at . ; : ! ? and line breaks) */
    double value;         /* GK_NUM: the value; GK_DOSEPAT: doses per day */
} gtok;

typedef struct {
    const char *text;   /* the original text (not owned) */
    size_t len;         /* its length in bytes */
    gtok *tok;          /* tokens in text order, [ntok] */
    size_t ntok, cap;   /* used and allocated token slots */
    char *arena;        /* normalised words, NUL-separated */
    size_t alen, acap;  /* used and allocated arena bytes */
    bool eye_note;      /* an eye note in ophthalmic notation (OD/OS/OU with IOP, VA, E/D or eye): OD/OS/OU are eyes */
    int8_t german;      /* writes the German left LI as a word, never lithium (LI, RE are sides): 0 unread, 1 no, 2 yes */
    int8_t lang;        /* GLANG_*: the language the note is written in, read once (guard-62, guard-64) */
    int8_t pair_lang;   /* GLANG_*: a rewrite's source's language (GLANG_UNREAD for a source) (guard-67) */
    bool pt;            /* GLANG_ES read, written in Portuguese: "no", "na" are "in the", "e" is "and" (guard-69) */
} gdoc;

#define GT_NORM(d, t) ((d)->arena + (t)->norm)
#define GT_STEM(d, t) ((d)->arena + (t)->stem)

/* Tokenise and normalise text into d (d is zeroed first); src_lang: GLANG_UNREAD for a source, whose
 * language is read from its words; for a rewrite its source's language (a rewrite in English is read
 * as English, one of a source in another language is read for that language, and its decimal
 * commas are read so).  Fails only on memory. */
cc_status gdoc_build(gdoc *d, const char *text, size_t len, int src_lang, cc_error *err);
void gdoc_free(gdoc *d);
/* True when token i is the word w (NUL-terminated, lowercase). */
bool gdoc_is(const gdoc *d, size_t i, const char *w);
/* True when token i is the x of a lone "X1" after a dose ("MAGNYL 75MG X1", "2 PUFF X1"): once,
 * or the Nordic once daily (guard-56). */
/* Is token i the "no" of a limit on a drug, "NO PARACETAMOL >2G/DAY": no more than 2 g (guard-61)? */
bool gdoc_drug_limit(const gdoc *d, size_t i);
bool gx1_after_dose(const gdoc *d, size_t i);
/* True when token i is a sentence end (punctuation . ; : ! ? or line break). */
bool gdoc_is_sentend(const gdoc *d, size_t i);
/* True when token i is a full stop: . ! ? or a line break (a colon or a semicolon goes on). */
bool gdoc_is_fullstop(const gdoc *d, size_t i);
/* True when tokens i, i+1, i+2 are a number, a slash and a number written together ("6/9",
 * "18/12"). */
bool gdoc_is_fraction(const gdoc *d, size_t i);
/* True for a word that can carry meaning (not stop, generic or punctuation, length >= 3). */
bool gdoc_is_content(const gdoc *d, size_t i);

/* ---------------------------------------------------------------- word counts */

/* Open-addressing multiset of NUL-terminated strings (keys are not copied). */
typedef struct {
    const char **keys; /* [cap] key or NULL */
    uint32_t *count;   /* [cap] occurrences */
    uint32_t *aux;     /* [cap] caller-defined value (e.g. first token index) */
    size_t cap, n;     /* slots (power of two) and keys stored */
} gset;

cc_status gset_init(gset *s, size_t expected, cc_error *err);
void gset_free(gset *s);
/* Add one occurrence; aux is kept from the first add.  Returns the slot index. */
size_t gset_add(gset *s, const char *key, uint32_t aux);
/* Slot of key or SIZE_MAX. */
size_t gset_find(const gset *s, const char *key);
uint32_t gset_count(const gset *s, const char *key);
uint64_t gset_hash(const char *s);

/* Edit distance between a and b capped at max+1 (cheap for short words). */
int gedit_distance(const char *a, const char *b, int max);
/* The word w is (nearly) among the words of d: exact stem, or within an edit
 * distance of 1 (length >= 5) or 2 (length >= 8).  words is d's stem set. */
bool gdoc_has_word_fuzzy(const gset *words, const char *w);
/* Are a and b two inflections of one word ("driving" / "drive", "stopping" / "stopped"): a
   shared start of four letters or more (one of them five letters long), then "", e, s, es, d,
   ed, ing, er or ers on each side, a doubled last consonant allowed? */
bool ginflected(const char *a, const char *b);
bool gdoc_written_hyphenated(const gdoc *o, const char *w, size_t n); /* "t-PA" written for tPA */

/* ---------------------------------------------------------------- alignment */

/* The longest common subsequence of two texts' content words and numbers (guard_align.c). */
typedef struct {
    int32_t *src_to_out; /* [src ntok] the output token aligned to each source token, or -1 */
    int32_t *out_to_src; /* [out ntok] the source token aligned to each output token, or -1 */
    bool aligned;        /* false when the texts were too long to align (nothing is excused) */
} galign;

cc_status galign_build(const gdoc *src, const gdoc *out, galign *a, cc_error *err);
void galign_free(galign *a);
/* Token i of `from` (the output when from_out) is unaligned: its run of unaligned tokens
 * [*flo, *fhi) and the token range [*lo, *hi) of `to` between the partners of the aligned
 * tokens around it (from the start, or to the end, of `to` for a run at that end of `from`),
 * the words the other text has in its place.  False when i is aligned, nothing around it is,
 * or either range is wider than max_tokens. */
bool galign_gap(const galign *a, const gdoc *from, const gdoc *to, bool from_out, size_t i, size_t max_tokens,
                size_t *flo, size_t *fhi, size_t *lo, size_t *hi);

/* ---------------------------------------------------------------- checks */

/* Shared context handed to every check. */
typedef struct {
    const gdoc *src, *out;    /* normalised source and output */
    gset src_words, out_words; /* stems of all words on each side */
    size_t *src_meds, *out_meds; /* drug mention token indices (gmeds_find) */
    size_t n_src_meds, n_out_meds; /* their counts */
    size_t *out_fmeds;        /* out_meds plus output words the source names as drugs (gmeds_mirror) */
    size_t n_out_fmeds;       /* their count */
    galign align;             /* word alignment of source and output (galign_build) */
    const struct gfreq_ *src_freq; /* frequency phrases of the source (gfreq_scan) */
    size_t n_src_freq;             /* their count */
    cc_guard_result *res;     /* where reasons go */
} gctx;

/* Append a reason (spans: byte offsets, -1 when not applicable).  Returns false on OOM. */
bool gctx_reason(gctx *c, const char *check, int64_t ss, int64_t se, int64_t os, int64_t oe,
                 const char *fmt, ...) __attribute__((format(printf, 7, 8)));

/* Frequency phrases found in a document. */
typedef struct gfreq_ {
    size_t first, last;  /* token range [first, last] of the phrase */
    int per_day;         /* doses per day (0 when not a daily count) */
    int flags;           /* GQ_* */
} gfreq;
enum { GQ_PRN = 1, GQ_STAT = 2, GQ_NIGHT = 4, GQ_WEEKLY = 8, GQ_ALT = 16, GQ_MORNING = 32 };

/* Find frequency phrases in d and mark the numbers they consume (GF_USED).
 * *out is malloc'd (caller frees). */
cc_status gfreq_scan(gdoc *d, gfreq **out, size_t *n, cc_error *err);

cc_status gcheck_numbers(gctx *c, cc_error *err);
cc_status gcheck_freq_routes(gctx *c, const gfreq *sf, size_t nsf, const gfreq *of, size_t nof, cc_error *err);
cc_status gcheck_negation(gctx *c, cc_error *err);
cc_status gcheck_laterality(gctx *c, cc_error *err);
cc_status gcheck_meds(gctx *c, cc_error *err);
cc_status gcheck_forms(gctx *c, cc_error *err);
cc_status gcheck_shape(gctx *c, const char *finish_reason, cc_error *err);

/* Drug mentions of a document (token indices), for the medication and frequency checks. */
cc_status gmeds_find(const gdoc *d, size_t **idx, size_t *n, cc_error *err);
/* d's mentions (idx, n, in token order) plus every word of d that the other text has as a
 * drug mention, into *out (malloc'd): a brand the source names after TAB is a drug in the
 * output's prose too ("Rifagut 550 mg twice daily"), so it bounds the clause of the drug before
 * it.  Used by the frequency check only (the medication check counts real mentions). */
cc_status gmeds_mirror(const gdoc *d, const size_t *idx, size_t n, const gdoc *other, const size_t *om, size_t on,
                       size_t **out, size_t *nout, cc_error *err);

#endif
