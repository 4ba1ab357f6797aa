/* guard_eval.h - evaluation of the faithfulness guard: a set of notes with
 * faithful hand-written rewrites (tests/fixtures/guard_eval/notes.txt),
 * systematic perturbations of those rewrites one failure class at a time,
 * and the per-class recall and false-positive table. */
#ifndef CLINCLEAN_GUARD_EVAL_H
#define CLINCLEAN_GUARD_EVAL_H

#include <stdio.h>

#include "status.h"

typedef struct {
    char id[32];    /* note id from the "=== id" line */
    char *source;   /* the telegraphic note (malloc'd) */
    char *rewrite;  /* its faithful rewrite (malloc'd) */
} cc_eval_note;

typedef struct {
    cc_eval_note *notes; /* [n] */
    size_t n;            /* notes loaded */
} cc_eval_set;

/* The perturbation classes, each applied on its own to a faithful rewrite. */
typedef enum {
    CC_PERT_DOSE,          /* change a dose value */
    CC_PERT_UNIT,          /* change a unit */
    CC_PERT_DROP_NUMBER,   /* drop a number */
    CC_PERT_ADD_NUMBER,    /* add a number */
    CC_PERT_NEGATION,      /* flip a negation (remove or add one) */
    CC_PERT_LATERALITY,    /* swap left and right */
    CC_PERT_DROP_DRUG,     /* drop a drug */
    CC_PERT_ADD_DRUG,      /* add a drug */
    CC_PERT_DNU_U,         /* introduce U */
    CC_PERT_DNU_QD,        /* introduce QD */
    CC_PERT_DNU_ZERO,      /* introduce a trailing zero */
    CC_PERT_TRUNCATE,      /* truncate */
    CC_PERT_LOOP,          /* repetition loop */
    CC_PERT_COUNT
} cc_pert_class;

const char *cc_pert_name(cc_pert_class c);

typedef struct {
    size_t n;         /* perturbations generated */
    size_t detected;  /* flagged needs_review */
    size_t by_check;  /* flagged by the check meant for this class */
} cc_eval_class;

typedef struct {
    size_t n_faithful;                 /* faithful rewrites checked */
    size_t n_flagged;                  /* of those, flagged (false positives) */
    cc_eval_class cls[CC_PERT_COUNT];  /* per perturbation class */
    double guard_us;                   /* total guard time, microseconds */
    size_t guard_calls;                /* guard invocations timed */
} cc_eval_report;

/* Load a notes file (format described at the top of the fixture). */
cc_status cc_eval_load(const char *path, cc_eval_set *set, cc_error *err);
void cc_eval_free(cc_eval_set *set);

/* Perturb text with class c; variant picks one of several sites or styles.
 * Returns a malloc'd text, or NULL when the class does not apply to this
 * text or variant, or when memory runs out (err is then left untouched). */
char *cc_perturb(cc_pert_class c, int variant, const char *text, size_t note_index, cc_error *err);
/* Variants tried per class per note. */
#define CC_PERT_VARIANTS 3

/* Run the guard over every faithful rewrite and every perturbation.  When
 * log is non-NULL, each false positive and each miss is written to it. */
cc_status cc_eval_run(const cc_eval_set *set, cc_eval_report *rep, FILE *log, cc_error *err);

#endif
