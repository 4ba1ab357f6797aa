/* guard_laterality.c - left / right / bilateral, with the nearest anatomy
 * word, the same on both sides.
 *
 * Side words: left, right, bilateral(ly) (LT, RT, B/L, BIL expand to these
 * in the normaliser), "(L)" / "(R)", and "both" before an anatomy word.
 * "left" as a verb (left against medical advice, left the hospital) and
 * "right" in "right away" are not sides.  Each side word is anchored to the
 * nearest content word after it in the sentence (within three tokens), else
 * the nearest before it.  The check flags an anchor whose side changed (LEFT
 * KNEE -> right knee) and a side the output mentions fewer times than the
 * source (with the side that grew instead, if any). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard_internal.h"

enum { SIDE_NONE = 0, SIDE_LEFT, SIDE_RIGHT, SIDE_BOTH, SIDE_COUNT_ };
static const char *const k_side[SIDE_COUNT_] = {"", "left", "right", "bilateral"};

/* Is token k part of a unit written after a value: a slash, a unit word, or a short word right
 * after the value or a slash ("g/dL", "fL")? */
static bool unit_token(const gdoc *d, size_t k) {
    const gtok *t = &d->tok[k];
    if (t->kind == GK_PUNCT) return t->punct == '/';
    if (t->kind != GK_WORD) return false;
    if (glex_unit(GT_NORM(d, t), t->len) != GU_NONE) return true;
    const gtok *p = k > 0 ? &d->tok[k - 1] : NULL;
    return t->len <= 3 && p && (p->kind == GK_NUM || (p->kind == GK_PUNCT && p->punct == '/'));
}

static bool side_code(const gdoc *d, const gtok *x);

/* Does a passive's auxiliary stand right before token i ("been", "was", "were"; with present,
 * "is", "are" and "be" too)? */
static bool passive_aux(const gdoc *d, size_t i, bool present) {
    return i > 0 && (gdoc_is(d, i - 1, "been") || gdoc_is(d, i - 1, "was") || gdoc_is(d, i - 1, "were") ||
                     (present && (gdoc_is(d, i - 1, "is") || gdoc_is(d, i - 1, "are") || gdoc_is(d, i - 1, "be"))));
}

static int side_at(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (t->kind != GK_WORD || !(t->lex & GL_SIDE)) return SIDE_NONE;
    const char *w = GT_NORM(d, t);
    /* the costal margin an organ is measured below, which has one side only: "the spleen is
       palpable 2 cm below the left costal margin" for "SPLEEN 2 CM BCM" (guard-48) */
    if ((strcmp(w, "left") == 0 || strcmp(w, "right") == 0) && gdoc_is(d, i + 1, "costal")) {
        const char *organ = w[0] == 'l' ? "spleen" : "liver";
        for (size_t k = i; k-- > 0 && d->tok[k].sent == t->sent;)
            if (gdoc_is(d, k, organ)) return SIDE_NONE;
    }
    if (strcmp(w, "left") == 0) {
        /* "sensation intact to LT + PP": light touch and pin prick, no side */
        if (t->end - t->start == 2 && (d->text[t->start] | 32) == 'l' && (d->text[t->start + 1] | 32) == 't') {
            size_t j = i + 1;
            if (j < d->ntok && ((d->tok[j].kind == GK_PUNCT && (d->tok[j].punct == '+' || d->tok[j].punct == '/' ||
                                                                d->tok[j].punct == ',' || d->tok[j].punct == '&')) ||
                                gdoc_is(d, j, "and")))
                j++;
            if (gdoc_is(d, j, "pp") || gdoc_is(d, j, "pinprick") || gdoc_is(d, j, "pin") || gdoc_is(d, j, "proprioception"))
                return SIDE_NONE;
        }
        static const char *const verb_next[] = {"against", "hospital", "home", "the", "without", "ama", "for", "dama",
                                                /* "The patient left theatre at 10:15" */
                                                "theatre", "theater", "recovery", "pacu",
                                                /* ("5% dextrose is left running") (guard-67) */
                                                "running", NULL};
        /* a direction, not the verb: "looking to the left for 3 days", "on the left" */
        bool direction = i > 0 && (gdoc_is(d, i - 1, "the") || gdoc_is(d, i - 1, "to") || gdoc_is(d, i - 1, "towards") ||
                                   gdoc_is(d, i - 1, "on") || gdoc_is(d, i - 1, "her") || gdoc_is(d, i - 1, "his") ||
                                   gdoc_is(d, i - 1, "their") || gdoc_is(d, i - 1, "your"));
        for (const char *const *p = verb_next; !direction && *p; p++)
            if (gdoc_is(d, i + 1, *p)) return SIDE_NONE;
        /* (and "left to heal by secondary intention", "left open"; not "left in situ", which notes
           write as the verb on both sides, so a swapped "right in situ" is still seen) (guard-48) */
        if (!direction &&
            ((gdoc_is(d, i + 1, "to") && (gdoc_is(d, i + 2, "heal") || gdoc_is(d, i + 2, "granulate"))) ||
             ((gdoc_is(d, i + 1, "open") || gdoc_is(d, i + 1, "unsutured")) &&
              (i + 2 >= d->ntok || d->tok[i + 2].kind == GK_PUNCT || /* (not "a left open nephrectomy") */
               /* (or after a passive's auxiliary: "has been left open with a VAC dressing") (guard-50) */
               passive_aux(d, i, true)))))
            return SIDE_NONE;
        /* (and what was left behind, closing its clause: "DELIBERATE, NOTE LEFT.") (guard-66) */
        if (i > 0 && (i + 1 >= d->ntok || (d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct != '-' &&
                                           d->tok[i + 1].punct != '/')) &&
            (gdoc_is(d, i - 1, "note") || gdoc_is(d, i - 1, "letter") || gdoc_is(d, i - 1, "message") ||
             gdoc_is(d, i - 1, "voicemail")))
            return SIDE_NONE;
        /* (and a passive's "left" closing its clause: "No drain was left.") (guard-51) */
        if (!direction && passive_aux(d, i, false) &&
            (i + 1 >= d->ntok ||
             (d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct != '-' && d->tok[i + 1].punct != '/')))
            return SIDE_NONE;
        return SIDE_LEFT;
    }
    if (strcmp(w, "right") == 0) {
        if (gdoc_is(d, i + 1, "away") || gdoc_is(d, i + 1, "now") || (i > 0 && gdoc_is(d, i - 1, "all"))) return SIDE_NONE;
        /* "RV 7-14 DAYS", "RV 3 MO": a review, not the right ventricle */
        if ((t->flags & GF_EXPANDED) && t->end - t->start == 2 && (d->text[t->start] | 32) == 'r' &&
            (d->text[t->start + 1] | 32) == 'v') {
            size_t k = i + 1;
            while (k < d->ntok && d->tok[k].start < t->end) k++; /* past the expansion's other words */
            if (k < d->ntok && d->tok[k].kind == GK_NUM) return SIDE_NONE;
            /* "RV IF NOT BETTER", "RV IN OPD", "RV AFTER 2 WKS": a review with its condition or place */
            static const char *const when[] = {"if", "in", "after", "when", "with", "at", "on", "by", "prn", "sos",
                                               "opd", "clinic", "sooner", "earlier", NULL};
            for (const char *const *p = when; *p; p++)
                if (gdoc_is(d, k, *p)) return SIDE_NONE;
            /* "DERM RV - ISOTRET", "RHEUM RV": a specialty's review */
            static const char *const team[] = {"derm", "dermatology", "rheum", "rheumatology", "ortho", "ent", "neuro",
                                               "gyn", "gynae", "obs", "paeds", "surgical", "medical", "psych", "onc",
                                               "endo", "gastro", "renal", "uro", "diabetic", "diabetes", "nurse", NULL};
            size_t pv = i;
            while (pv > 0 && d->tok[pv - 1].start == t->start) pv--;
            for (const char *const *p = team; *p && pv > 0; p++)
                if (gdoc_is(d, pv - 1, *p)) return SIDE_NONE;
        }
        /* RT is also Ryles tube and radiotherapy: "RT FEEDS", "RT ASPIRATE", "RT COMPLETED" */
        if (t->flags & GF_EXPANDED) {
            static const char *const tube[] = {"feed", "feeds", "feeding", "aspirate", "aspiration", "insertion", "inserted",
                                               "removed", "tube", "planned", "completed", "cycles", "sessions", "fraction",
                                               "fractions", "review", "planning", NULL};
            for (const char *const *p = tube; *p; p++)
                if (gdoc_is(d, i + 1, *p)) return SIDE_NONE;
            /* "ASPIRIN 150MG VIA RT": a tube the drug goes through */
            if (i > 0 && gdoc_is(d, i - 1, "via") &&
                (i + 1 >= d->ntok || d->tok[i + 1].kind != GK_WORD || (d->tok[i + 1].lex & (GL_STOP | GL_FREQWORD))))
                return SIDE_NONE; /* (not "VIA RT FOREARM", "VIA RT IJV") */
            /* "RT 200ML BILIOUS": a volume right after it, with no left side beside it, is the
               tube's aspirate ("(RT 12 CC, LT 11 CC)" are the two ovaries) */
            if (i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM && (d->tok[i + 1].unit == GU_ML || d->tok[i + 1].unit == GU_L)) {
                bool pair = false;
                for (size_t k = i >= 8 ? i - 8 : 0; k < d->ntok && k <= i + 8 && !pair; k++)
                    pair = k != i && d->tok[k].sent == t->sent && d->tok[k].kind == GK_WORD &&
                           d->tok[k].end - d->tok[k].start <= 2 && /* (L or LT, whichever it normalises to) */
                           (gdoc_is(d, k, "l") || gdoc_is(d, k, "lt") || gdoc_is(d, k, "left"));
                if (!pair) return SIDE_NONE;
            }
            /* "RT IN SITU"; a route after a dose or before a frequency ("BACLOFEN 10 MG RT TDS") */
            if (gdoc_is(d, i + 1, "in") && gdoc_is(d, i + 2, "situ")) return SIDE_NONE;
            /* "RT GIVEN 23:40" (rapid tranquillisation, radiotherapy), "RT AWARE" (respiratory
               therapy): a treatment given or a team told, no side */
            static const char *const told[] = {"given", "administered", "required", "aware", "notified", "informed",
                                               "consulted", NULL};
            for (const char *const *p = told; *p; p++)
                if (gdoc_is(d, i + 1, *p)) return SIDE_NONE;
            /* "POST RT 3 MONTHS", "PRE-RT": after or before a treatment (a transplant, radiotherapy) */
            if (i > 0 && (gdoc_is(d, i - 1, "post") || gdoc_is(d, i - 1, "pre")) && i + 1 < d->ntok &&
                d->tok[i + 1].kind == GK_NUM)
                return SIDE_NONE;
            /* (not before the place it is given: "40 MG RT KNEE") */
            if (i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD && (d->tok[i + 1].lex & GL_FREQWORD)) return SIDE_NONE;
            /* "CONTINUE RT.", "PLANNED FOR RT,": radiotherapy as the object of a verb */
            static const char *const verb[] = {"continue", "continued", "completed", "planned", "advised", "received",
                                               "given", "for", "on", "after", "post", "of", "underwent", "started",
                                               "palliative", "adjuvant", "concurrent", "via", "through", "per", NULL};
            bool end = i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1) ||
                       (d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ',');
            for (const char *const *p = verb; end && *p; p++)
                if (i > 0 && gdoc_is(d, i - 1, *p)) return SIDE_NONE;
            /* "ADJUVANT RT TO L BREAST", "PALLIATIVE RT": a kind of radiotherapy, and "RT TO
               (THE) L ..." aims radiotherapy at a side of its own */
            static const char *const kind[] = {"adjuvant", "palliative", "concurrent", "radical", "definitive",
                                               "hypofractionated", "neoadjuvant", "adj", NULL};
            for (const char *const *p = kind; *p; p++)
                if (i > 0 && gdoc_is(d, i - 1, *p)) return SIDE_NONE;
            /* "RT 60 GY/30#", "PRE-RT", "POST-RT", "ON RT DAYS": a radiotherapy dose, time or days */
            if (i + 2 < d->ntok && d->tok[i + 1].kind == GK_NUM && gdoc_is(d, i + 2, "gy")) return SIDE_NONE;
            if (i + 3 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ':' && /* "RT: 66GY/33#" */
                d->tok[i + 2].kind == GK_NUM && gdoc_is(d, i + 3, "gy"))
                return SIDE_NONE;
            if (i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
                (gdoc_is(d, i - 2, "pre") || gdoc_is(d, i - 2, "post")))
                return SIDE_NONE;
            if (gdoc_is(d, i + 1, "day") || gdoc_is(d, i + 1, "days") || gdoc_is(d, i + 1, "dose") ||
                gdoc_is(d, i + 1, "course") || gdoc_is(d, i + 1, "schedule"))
                return SIDE_NONE;
            if (gdoc_is(d, i + 1, "to")) {
                size_t j = i + 2 < d->ntok && gdoc_is(d, i + 2, "the") ? i + 3 : i + 2;
                if (j < d->ntok && d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_SIDE)) return SIDE_NONE;
            }
        }
        return SIDE_RIGHT;
    }
    if (strcmp(w, "bilateral") == 0 || strcmp(w, "bilaterally") == 0) return SIDE_BOTH;
    /* ophthalmic BE (both eyes) in capitals after a dose or frequency: "CMC E/D QID BE" (not "TO BE TAKEN") */
    if (strcmp(w, "be") == 0) {
        if (t->end - t->start != 2 || d->text[t->start] != 'B' || d->text[t->start + 1] != 'E' || i == 0) return SIDE_NONE;
        /* (a blood gas's base excess, "HCO3 29  BE +3", is a value with its sign) (guard-39) */
        if (i + 1 < d->ntok && (d->tok[i + 1].kind == GK_NUM ||
                                (d->tok[i + 1].kind == GK_PUNCT && (d->tok[i + 1].punct == '+' || d->tok[i + 1].punct == '-'))))
            return SIDE_NONE;
        const gtok *p = &d->tok[i - 1];
        bool after_dose = p->kind == GK_NUM || p->kind == GK_DOSEPAT ||
                          (p->kind == GK_WORD && (p->lex & (GL_FREQWORD | GL_FREQSTART)) != 0) || gdoc_is(d, i - 1, "drop") ||
                          gdoc_is(d, i - 1, "drops") ||
                          /* (or after an eye's finding: "NO PAPILLEDEMA BE", "PUPILS 3 MM RTL BE") (guard-56) */
                          gdoc_is(d, i - 1, "papilledema") || gdoc_is(d, i - 1, "papilloedema") ||
                          gdoc_is(d, i - 1, "rtl") || gdoc_is(d, i - 1, "pupils") || gdoc_is(d, i - 1, "perrla") ||
                          gdoc_is(d, i - 1, "fundi");
        return after_dose ? SIDE_BOTH : SIDE_NONE;
    }
    if (strcmp(w, "both") == 0) {
        /* "BOTH BONE FOREARM #": both bones of one forearm (radius and ulna), no side */
        if (gdoc_is(d, i + 1, "bone") || gdoc_is(d, i + 1, "bones") || gdoc_is(d, i + 1, "column") ||
            gdoc_is(d, i + 1, "columns"))
            return SIDE_NONE;
        /* "both solids and liquids", "both A and B": a pair of things, no side (unless the first
           is anatomy: "both hands and feet") */
        if (i + 2 < d->ntok && gdoc_is(d, i + 2, "and") && d->tok[i + 1].kind == GK_WORD &&
            !(d->tok[i + 1].lex & GL_ANATOMY) &&
            !(glex_class(GT_STEM(d, &d->tok[i + 1]), strlen(GT_STEM(d, &d->tok[i + 1]))) & GL_ANATOMY)) /* (groins) */
            return SIDE_NONE;
        for (size_t j = i + 1; j < d->ntok && j <= i + 2; j++)
            if (d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_ANATOMY)) return SIDE_BOTH;
        /* after a plural body part: "HEELS BOTH INTACT", "PUPILS BOTH REACTIVE" (guard-39) */
        if (i > 0 && d->tok[i - 1].kind == GK_WORD && d->tok[i - 1].stem != d->tok[i - 1].norm &&
            ((d->tok[i - 1].lex & GL_ANATOMY) ||
             (glex_class(GT_STEM(d, &d->tok[i - 1]), strlen(GT_STEM(d, &d->tok[i - 1]))) & GL_ANATOMY)))
            return SIDE_BOTH;
        /* "both UL", "BOTH LL": the limbs by their codes (upper / lower limbs or extremities) */
        static const char *const limb[] = {"ul", "ll", "ue", "le", "uls", "lls", "ues", "les", NULL};
        for (const char *const *p = limb; *p; p++)
            if (gdoc_is(d, i + 1, *p)) return SIDE_BOTH;
        /* "both fornices", "both tympanic membranes", "both recurrent laryngeal nerves": both
           before a plural organ the lexicon lacks (up to three words on) */
        for (size_t j = i + 1; j < d->ntok && j <= i + 3 && gdoc_is_content(d, j); j++)
            if (d->tok[j].stem != d->tok[j].norm && !(d->tok[j].lex & (GL_DRUG | GL_GENERIC))) return SIDE_BOTH;
        return SIDE_NONE;
    }
    /* an eye's measure by side: "VA L 6/18", "IOP R 14" (a capital letter after the measure, before its value) */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R') && i > 0 &&
        i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM &&
        (gdoc_is(d, i - 1, "va") || gdoc_is(d, i - 1, "iop") || gdoc_is(d, i - 1, "bcva") || gdoc_is(d, i - 1, "ucva") ||
         gdoc_is(d, i - 1, "acuity") || gdoc_is(d, i - 1, "pressure")))
        return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    /* a pupil's size by side, "PUPILS: R 4MM SLUGGISH, L 3MM REACTIVE" (after the pupils, or after
       the other side's size and its reaction) */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R') &&
        i + 1 < d->ntok && d->tok[i + 1].kind == GK_NUM &&
        (d->tok[i + 1].unit == GU_MM || (!d->tok[i + 1].unit && d->tok[i + 1].value >= 1 && d->tok[i + 1].value <= 9))) {
        /* (the size may be bare: "PUPILS L 3 R 3 BRISK") */
        for (size_t j = i; j-- > 0 && i - j <= 6 && !(d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '\n');)
            if (gdoc_is(d, j, "pupil") || gdoc_is(d, j, "pupils")) return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    /* "left-to-right shunt", "right to left": a direction of flow, no side */
    if ((strcmp(w, "left") == 0 || strcmp(w, "right") == 0) &&
        ((gdoc_is(d, i + 1, "to") && (gdoc_is(d, i + 2, "right") || gdoc_is(d, i + 2, "left"))) ||
         (i + 3 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' && gdoc_is(d, i + 2, "to") &&
          (gdoc_is(d, i + 4, "right") || gdoc_is(d, i + 4, "left"))) ||
         (i >= 2 && gdoc_is(d, i - 1, "to") && (gdoc_is(d, i - 2, "left") || gdoc_is(d, i - 2, "right"))) ||
         (i >= 4 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' && gdoc_is(d, i - 2, "to") &&
          (gdoc_is(d, i - 4, "left") || gdoc_is(d, i - 4, "right")))))
        return SIDE_NONE;
    /* a culture's susceptibility, "S - CEFTRIAXONE. R - CIPROFLOXACIN (NALIDIXIC ACID R)": a
       lone R before or after an antibiotic is resistant (guard-39) */
    if (strcmp(w, "r") == 0 && t->end - t->start == 1) {
        size_t nx = i + 1;
        if (nx < d->ntok && d->tok[nx].kind == GK_PUNCT && (d->tok[nx].punct == '-' || d->tok[nx].punct == ':')) nx++;
        const unsigned drug = GL_DRUG | GL_SYN | GL_DRUGSTEM;
        if ((nx < d->ntok && d->tok[nx].kind == GK_WORD && (d->tok[nx].lex & drug) && !(d->tok[nx].lex & GL_ANATOMY)) ||
            (i > 0 && d->tok[i - 1].kind == GK_WORD &&
             ((d->tok[i - 1].lex & drug) || (gdoc_is(d, i - 1, "acid") && i > 1 && (d->tok[i - 2].lex & drug))) &&
             (i + 1 >= d->ntok || d->tok[i + 1].kind == GK_PUNCT)))
            return SIDE_NONE;
        /* (and after the rest of a panel: "COLISTIN S (MIC 0.5), ALL OTHERS R") (guard-46) */
        if (i > 1 && (gdoc_is(d, i - 1, "others") || gdoc_is(d, i - 1, "rest")) &&
            (gdoc_is(d, i - 2, "all") || gdoc_is(d, i - 2, "the")) && (i + 1 >= d->ntok || d->tok[i + 1].kind == GK_PUNCT))
            return SIDE_NONE;
    }
    /* "R WAVE AVR 4MM", "R WAVES": an ECG wave, no side */
    if (strcmp(w, "r") == 0 && (gdoc_is(d, i + 1, "wave") || gdoc_is(d, i + 1, "waves"))) return SIDE_NONE;
    /* "L SPINE", "C SPINE": the lumbar or cervical spine, no side */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && gdoc_is(d, i + 1, "spine")) return SIDE_NONE;
    /* "L&D" is labour and delivery; "NMDA-R" a receptor */
    if (strcmp(w, "l") == 0 && i + 2 < d->ntok && gdoc_is(d, i + 2, "d") && d->tok[i + 1].start == t->end &&
        d->text[t->end] == '&' && d->tok[i + 2].start == t->end + 1)
        return SIDE_NONE;
    /* "R-HANDED", "L-HANDED": the hand (guard-58) */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R') &&
        i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' && d->tok[i + 1].start == t->end &&
        gdoc_is(d, i + 2, "handed"))
        return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    /* "TURNS 2HRLY L-R-BACK": a capital L and R hyphened to each other are the two sides (guard-51) */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R')) {
        const char other = w[0] == 'l' ? 'R' : 'L';
        const bool next = i + 2 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == '-' &&
                          d->tok[i + 1].start == t->end && d->tok[i + 2].start == d->tok[i + 1].end &&
                          d->tok[i + 2].end - d->tok[i + 2].start == 1 && d->text[d->tok[i + 2].start] == other;
        const bool prev = i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
                          d->tok[i - 1].end == t->start && d->tok[i - 2].end == d->tok[i - 1].start &&
                          d->tok[i - 2].end - d->tok[i - 2].start == 1 && d->text[d->tok[i - 2].start] == other;
        if (next || prev) return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
        /* (and across an arrow, a shunt's direction: "SMALL PDA L->R") (guard-61) */
        size_t a = i + 1;
        while (a < d->ntok && a <= i + 2 && d->tok[a].kind == GK_PUNCT && (d->tok[a].punct == '-' || d->tok[a].punct == '>'))
            a++;
        const bool to = a > i + 1 && a < d->ntok && d->tok[a - 1].punct == '>' && d->tok[a].end - d->tok[a].start == 1 &&
                        d->text[d->tok[a].start] == other;
        size_t b = i;
        while (b > 0 && b + 2 >= i && d->tok[b - 1].kind == GK_PUNCT &&
               (d->tok[b - 1].punct == '-' || d->tok[b - 1].punct == '>'))
            b--;
        const bool from = b < i && b > 0 && d->tok[i - 1].punct == '>' && d->tok[b - 1].end - d->tok[b - 1].start == 1 &&
                          d->text[d->tok[b - 1].start] == other;
        if (to || from) return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    if (strcmp(w, "r") == 0 && i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '-' &&
        d->tok[i - 1].end == t->start && d->tok[i - 2].kind == GK_WORD && d->tok[i - 2].end == d->tok[i - 1].start)
        return SIDE_NONE;
    /* "in either eye", "either kidney": both sides */
    if (strcmp(w, "either") == 0) {
        for (size_t j = i + 1; j < d->ntok && j <= i + 2; j++)
            if (d->tok[j].kind == GK_WORD && (d->tok[j].lex & GL_ANATOMY)) return SIDE_BOTH;
        /* after a plural body part: "HEELS BOTH INTACT", "PUPILS BOTH REACTIVE" (guard-39) */
        if (i > 0 && d->tok[i - 1].kind == GK_WORD && d->tok[i - 1].stem != d->tok[i - 1].norm &&
            ((d->tok[i - 1].lex & GL_ANATOMY) ||
             (glex_class(GT_STEM(d, &d->tok[i - 1]), strlen(GT_STEM(d, &d->tok[i - 1]))) & GL_ANATOMY)))
            return SIDE_BOTH;
        return SIDE_NONE;
    }
    /* the L of a unit (MEQ/L, MG/L, U/L) is no side */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && i >= 2 && d->tok[i - 1].kind == GK_PUNCT && d->tok[i - 1].punct == '/' &&
        d->tok[i - 1].end == t->start && d->tok[i - 2].kind == GK_WORD &&
        glex_unit(GT_NORM(d, &d->tok[i - 2]), d->tok[i - 2].len))
        return SIDE_NONE;
    /* "(L)" / "(R)" is a side, except after a lab value: "NA 131 (L), K 5.4 (H)" flags it low */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && i > 0 && i + 1 < d->ntok && d->tok[i - 1].kind == GK_PUNCT &&
        d->tok[i - 1].punct == '(' && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ')') {
        /* (a vaccine dose number is no lab value: "PENTAVALENT-1 (L) ANTEROLATERAL THIGH") */
        size_t nv = i - 2; /* the value before the parenthesis, past up to 3 tokens of its unit ("7.2 g/dL (L)") */
        for (int back = 0; back < 3 && i >= 2 && nv > 0 && unit_token(d, nv); back++) nv--;
        const gtok *v = i >= 2 ? &d->tok[nv] : NULL;
        bool value = v && v->kind == GK_NUM &&
                     (nv + 2 != i || /* a value with its unit, or a standalone one (not POD1 (L)) */
                      (!(v->flags & (GF_INWORD | GF_EXPANDED)) && v->start > 0 && d->text[v->start - 1] == ' '));
        bool lab = value && !(i >= 3 && d->tok[i - 3].kind == GK_PUNCT && d->tok[i - 3].punct == '-') &&
                   !(i + 2 < d->ntok && d->tok[i + 2].kind == GK_WORD && (d->tok[i + 2].lex & GL_ANATOMY));
        return lab ? SIDE_NONE : w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    /* a capital L or R closing a statement after a preposition or a test's result: "EQUAL TO R.",
       "72% OF R.", "RINNE -VE L, +VE R", "LATERALISED TO L" (after a number it is litres) */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && i > 0 && (d->text[t->start] == 'L' || d->text[t->start] == 'R') &&
        (i + 1 >= d->ntok || (d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct != '/' && d->tok[i + 1].punct != '-'))) {
        static const char *const before[] = {"to", "of", "on", "in", "at", "negative", "positive", "lateralised",
                                             "lateralized", "than", "over", "both", NULL};
        for (const char *const *p = before; *p; p++)
            if (gdoc_is(d, i - 1, *p)) return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    /* a capital L or R written after what it sides, closing its phrase: "DISTAL RADIUS # R,",
       "TENDERNESS L", "BE CAST R", "(MASON I) L", "APPREHENSION TEST +VE R" (not after a number,
       litres; nor after a drug, resistant: "AMPICILLIN R") */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && i > 0 && (d->text[t->start] == 'L' || d->text[t->start] == 'R') &&
        (i + 1 >= d->ntok || gdoc_is_sentend(d, i + 1) ||
         (d->tok[i + 1].kind == GK_PUNCT && (d->tok[i + 1].punct == ',' || d->tok[i + 1].punct == ';' ||
                                             d->tok[i + 1].punct == ')' || d->tok[i + 1].punct == '.' ||
                                             d->tok[i + 1].punct == '(')))) {
        const gtok *pv = &d->tok[i - 1];
        bool after = (pv->kind == GK_PUNCT && (pv->punct == ')' || pv->punct == '#')) ||
                     (pv->kind == GK_WORD && !(pv->lex & (GL_DRUG | GL_DRUGSTEM | GL_STOP | GL_FREQWORD | GL_FORM)) &&
                      !glex_unit(GT_NORM(d, pv), pv->len) && !glex_route(GT_NORM(d, pv), pv->len) &&
                      ((pv->lex & GL_ANATOMY) || gdoc_is_content(d, i - 1) || gdoc_is(d, i - 1, "positive") ||
                       gdoc_is(d, i - 1, "negative")));
        if (after) return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    /* both letters joined: "ROTATE NECK 45 DEG L AND R", "R & L", "L + R NECK" */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R')) {
        const char *other = w[0] == 'l' ? "r" : "l";
        /* (and "L + R", "L > R", "R<L") */
        bool plus_next = i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT &&
                         (d->tok[i + 1].punct == '+' || d->tok[i + 1].punct == '>' || d->tok[i + 1].punct == '<');
        bool plus_prev = i >= 1 && d->tok[i - 1].kind == GK_PUNCT &&
                         (d->tok[i - 1].punct == '+' || d->tok[i - 1].punct == '>' || d->tok[i - 1].punct == '<');
        bool joined = ((gdoc_is(d, i + 1, "and") || gdoc_is(d, i + 1, "&") || gdoc_is(d, i + 1, "vs") ||
                        gdoc_is(d, i + 1, "versus") || plus_next) && gdoc_is(d, i + 2, other)) ||
                      (i >= 2 && (gdoc_is(d, i - 1, "and") || gdoc_is(d, i - 1, "&") || gdoc_is(d, i - 1, "vs") ||
                                  gdoc_is(d, i - 1, "versus") || plus_prev) && gdoc_is(d, i - 2, other));
        if (joined) return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    /* "R 3RD MCPJ", "L 5TH METATARSAL": a capital side before an ordinal and its anatomy */
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R') &&
        i + 2 < d->ntok && d->tok[i + 1].kind == GK_NUM && (d->tok[i + 1].flags & GF_INWORD) &&
        !(i > 0 && d->tok[i - 1].kind == GK_NUM) && d->tok[i + 2].kind == GK_WORD &&
        ((d->tok[i + 2].lex & GL_ANATOMY) || side_code(d, &d->tok[i + 2])))
        return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    /* "L sided weakness", "R MCA infarct", "L knee" (not "2 L" of oxygen; but the 10 of a
       score "7/10 L KNEE" takes no litres) */
    /* a capital L or R closing an acuity or another fraction ("VA 6/9 L, 6/6 R"): the side whose
       value it is (guard-38) */
    const bool after_fraction = i >= 3 && gdoc_is_fraction(d, i - 3);
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && (d->text[t->start] == 'L' || d->text[t->start] == 'R') &&
        after_fraction && (i + 1 >= d->ntok || d->tok[i + 1].kind == GK_PUNCT))
        return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    if ((strcmp(w, "l") == 0 || strcmp(w, "r") == 0) && i + 1 < d->ntok && d->tok[i + 1].kind == GK_WORD) {
        /* (a time of day before it is no amount: "GIVEN 0900 R ABD"; nor is a number before R,
           which names no unit: "GRADE 1 R HEEL") */
        /* (nor a fraction's denominator: "VA 6/9 L EYE" is the left eye's acuity) (guard-38) */
        bool after_num = w[0] == 'l' && i > 0 && d->tok[i - 1].kind == GK_NUM && d->tok[i - 1].unit != GU_CLOCK &&
                         !(i >= 3 && d->tok[i - 2].kind == GK_PUNCT && d->tok[i - 2].punct == '/' &&
                           (d->tok[i + 1].lex & GL_ANATOMY)) &&
                         !after_fraction;
        const gtok *nx = &d->tok[i + 1];
        /* a capital L or R before a capitalised abbreviation: "R TKR", "L TM", "L CVA
           TENDERNESS" (the abbreviation expands, or is two to five capitals) */
        bool cap = d->text[t->start] == 'L' || d->text[t->start] == 'R';
        bool abbrev = false;
        if (cap && nx->start == t->end + 1 && d->text[t->end] == ' ') {
            size_t k = nx->start, e = nx->start;
            while (e < d->len && e - k < 6 && d->text[e] >= 'A' && d->text[e] <= 'Z') e++;
            bool ends = e >= d->len || !((d->text[e] >= 'a' && d->text[e] <= 'z') || (d->text[e] >= '0' && d->text[e] <= '9'));
            /* not a function word in capitals: "E COLI R TO CIPRO" is resistant to */
            abbrev = !(nx->lex & GL_STOP) && (((nx->flags & GF_EXPANDED) && e > k) || (ends && e - k >= 2 && e - k <= 5));
        }
        /* a digit's name between the side and its anatomy: "L ring finger", "R GREAT TOE" */
        /* or one word of it before the anatomy: "L ring finger", "R GREAT TOE", "L TENDO ACHILLES"
           (a capital letter, not a function word between) */
        bool digit_named = cap && !(nx->lex & (GL_STOP | GL_DRUG | GL_FORM | GL_NEG_PRE)) && i + 2 < d->ntok &&
                           d->tok[i + 2].kind == GK_WORD && (d->tok[i + 2].lex & GL_ANATOMY) &&
                           !glex_unit(GT_NORM(d, nx), nx->len);
        if (!after_num && ((nx->lex & GL_ANATOMY) || digit_named || gdoc_is(d, i + 1, "sided") ||
                           gdoc_is(d, i + 1, "handed") || abbrev ||
                           /* a spinal or dermatome level: "L L5 nerve root", "R T6" */
                           ((nx->flags & GF_INWORD) && nx->len <= 3)))
            return w[0] == 'l' ? SIDE_LEFT : SIDE_RIGHT;
    }
    return SIDE_NONE;
}

static bool anchorable(const gdoc *d, size_t j) {
    const gtok *t = &d->tok[j];
    if (t->kind != GK_WORD) return false;
    /* "the right side of the abdomen": the side is the abdomen's */
    if ((gdoc_is(d, j, "side") || gdoc_is(d, j, "sides")) && gdoc_is(d, j + 1, "of")) return false;
    if (t->lex & GL_ANATOMY) return true;
    return gdoc_is_content(d, j) && side_at(d, j) == SIDE_NONE && !gdoc_is(d, j, "sided") && !gdoc_is(d, j, "side");
}

static size_t anchor(const gdoc *d, size_t i) {
    /* the German LI and RE follow what they side ("RIB FX 4-8 LI", "HAEMATOTHORAX LI", "SDH RE"):
       back first, past numbers and dashes (guard-57) */
    const gtok *x = &d->tok[i];
    const char *r = d->text + x->start;
    /* (and so do a French note's sides, D and G and the words: "HSD AIGU D", "hémiplégie droite")
       (guard-62) */
    const bool french = d->lang == GLANG_FR &&
                        ((x->end - x->start == 1 && (r[0] == 'D' || r[0] == 'G')) ||
                         (x->end - x->start >= 5 && (strncasecmp(r, "droit", 5) == 0 || strncasecmp(r, "gauche", 6) == 0)));
    if ((french || (x->end - x->start == 2 && ((r[0] == 'L' && r[1] == 'I') || (r[0] == 'R' && r[1] == 'E')))) &&
        !(i + 1 < d->ntok && d->tok[i + 1].start == x->start))
        for (size_t j = i; j-- > 0 && j + 5 >= i;) {
            if (gdoc_is_sentend(d, j)) break;
            if (d->tok[j].kind == GK_NUM || (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '-')) continue;
            if (anchorable(d, j)) return j;
        }
    /* (a side that closes its item before a comma is said of what stands before it: "PASS R, REFER L",
       "ABSENT BREATH SOUNDS RT, LT CLEAR") (guard-70) */
    /* (after the word, or its "on the": not "RT > LT, RESTING TREMOR", "than on the left, with") */
    if (i + 1 < d->ntok && d->tok[i + 1].kind == GK_PUNCT && d->tok[i + 1].punct == ',')
        for (size_t j = i; j-- > 0 && j + 4 >= i && d->tok[j].sent == d->tok[i].sent;) {
            if (side_at(d, j) != SIDE_NONE || d->tok[j].kind != GK_WORD) break;
            if (anchorable(d, j)) return j;
            if (!(d->tok[j].lex & GL_STOP) || gdoc_is(d, j, "than")) break;
        }
    bool comma = false;
    for (size_t j = i + 1, lim = i + 4; j < d->ntok && j <= lim; j++) {
        if (gdoc_is_sentend(d, j)) break;
        /* (past an aside in parentheses: "the right (native) knee") (guard-58) */
        if (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == '(') {
            size_t k = j + 1;
            while (k < d->ntok && k <= j + 4 && !(d->tok[k].kind == GK_PUNCT && d->tok[k].punct == ')')) k++;
            if (k < d->ntok && k <= j + 4) {
                lim += k - j + 1;
                j = k;
                continue;
            }
        }
        /* a side (or a capital L or R) past a comma starts the next item: "deviated to L, R
           peritonsillar bulge" */
        const char letter = d->tok[j].end - d->tok[j].start == 1 ? d->text[d->tok[j].start] : '\0';
        if (comma && (side_at(d, j) != SIDE_NONE || letter == 'L' || letter == 'R')) break;
        /* (and "and" right after the side ends its phrase, unless another side follows: "absent breath sounds
           on the right and a clear left side", not "right and left knee") (guard-70) */
        if (j == i + 1 && (gdoc_is(d, j, "and") || gdoc_is(d, j, "but")) && j + 1 < d->ntok &&
            side_at(d, j + 1) == SIDE_NONE)
            break;
        comma = comma || (d->tok[j].kind == GK_PUNCT && d->tok[j].punct == ',');
        if (anchorable(d, j)) return j;
    }
    for (size_t j = i; j-- > 0 && j + 4 >= i;) {
        if (gdoc_is_sentend(d, j)) break;
        if (anchorable(d, j)) return j;
    }
    return SIZE_MAX;
}

typedef struct {
    int side;      /* SIDE_* */
    size_t tok;    /* side word token */
    const char *anchor; /* stem of the anchor word or "" */
    bool used;     /* matched */
    bool virt;     /* the side carried over "and" to a second word: counts only when matched */
} lat;

/* Is source token q one of the sides read (s[0, ns))? */
static bool read_as_side(const lat *s, size_t ns, size_t q) {
    for (size_t i = 0; i < ns; i++)
        if (s[i].tok == q) return true;
    return false;
}

/* An anchor's noun for its adjective, so "RA" (right atrium) and "left atrial" name the same
 * anatomy: a chamber's side compares whichever form the text uses. */
static const char *anchor_noun(const char *stem) {
    static const char *const pairs[][2] = {{"atrial", "atrium"},     {"ventricular", "ventricle"},
                                           {"ventricl", "ventricle"}, {"atria", "atrium"},
                                           {"ureteric", "ureter"},    {"ureteral", "ureter"},
                                           {"abdo", "abdomen"},       {"abd", "abdomen"},
                                           {"abdominal", "abdomen"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (strcmp(stem, pairs[k][0]) == 0) return pairs[k][1];
    return stem;
}

static cc_status collect(const gdoc *d, lat **out, size_t *n, cc_error *err) {
    size_t m = 0, cap = 8;
    lat *v = malloc(cap * sizeof *v);
    if (!v) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (laterality)");
    for (size_t i = 0; i < d->ntok; i++) {
        int s = side_at(d, i);
        if (!s) continue;
        /* one expansion (b/l -> bilateral) or "(L)" counts once */
        if (m && v[m - 1].tok + 1 == i && d->tok[v[m - 1].tok].start == d->tok[i].start) continue;
        if (m == cap) {
            lat *nv = realloc(v, cap * 2 * sizeof *v);
            if (!nv) {
                free(v);
                return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (laterality)");
            }
            v = nv;
            cap *= 2;
        }
        size_t a = anchor(d, i);
        v[m].side = s;
        v[m].tok = i;
        v[m].anchor = a == SIZE_MAX ? "" : anchor_noun(GT_STEM(d, &d->tok[a]));
        v[m].used = false;
        v[m].virt = false;
        m++;
        /* "left upper and lower limbs", "right hand and foot": the side also holds for the
           word joined to its anchor by "and" (LUL and LLL said once) */
        if (a != SIZE_MAX && a > i && gdoc_is(d, a + 1, "and") && a + 2 < d->ntok && anchorable(d, a + 2) &&
            side_at(d, a + 2) == SIDE_NONE) {
            if (m == cap) {
                lat *nv = realloc(v, cap * 2 * sizeof *v);
                if (!nv) {
                    free(v);
                    return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (laterality)");
                }
                v = nv;
                cap *= 2;
            }
            v[m].side = s;
            v[m].tok = i;
            v[m].anchor = anchor_noun(GT_STEM(d, &d->tok[a + 2]));
            v[m].used = false;
            v[m].virt = true;
            m++;
        }
    }
    *out = v;
    *n = m;
    return CC_OK;
}

/* A side written as one letter (1: L, R) or a two-letter code other than LT / RT (2: LE, RE),
 * else 0.  A lone letter is as often litres or resistant; a code merges with its neighbours. */
static int weak_side(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    size_t n = t->end - t->start;
    const char *r = d->text + t->start;
    if (n == 1) return 1;
    return n == 2 && !((r[0] == 'L' || r[0] == 'R' || r[0] == 'l' || r[0] == 'r') && (r[1] == 'T' || r[1] == 't')) ? 2 : 0;
}

/* Does the output name the anchor word with no side word attached to it? */
static bool anchor_bare_in_output(const lat *o, size_t no, const gctx *c, const char *anchor) {
    if (gset_find(&c->out_words, anchor) == SIZE_MAX) return false;
    for (size_t j = 0; j < no; j++)
        if (strcmp(o[j].anchor, anchor) == 0) return false;
    return true;
}

/* Can word x be a side's code (L, RT, BLE, RUL, LUE), not a plain word of its letters ("RA
 * LEAD": the lead is no left)?  Two letters at most, or in capitals with at most one vowel
 * after the first letter (LUE and RUE, both upper extremities, are the exceptions). */
static bool side_code(const gdoc *d, const gtok *x) {
    const size_t n = x->end - x->start;
    const char *r = d->text + x->start;
    if (n <= 2) return true;
    int vowels = 0;
    for (size_t k = 1; k < n; k++) {
        if (r[k] < 'A' || r[k] > 'Z') return false;
        vowels += r[k] == 'A' || r[k] == 'E' || r[k] == 'I' || r[k] == 'O' || r[k] == 'U';
    }
    return vowels <= 1 || (n == 3 && r[1] == 'U' && r[2] == 'E');
}

/* Does d write a short word that may be a code of the side with this capital ("L", "LT", "LE",
 * "LUL", "L->R"; "R", "RE"...), an eye of it (OS; OD in an eye note) or both eyes (OU)? */
static bool side_letter_word(const gdoc *d, char cap) {
    for (size_t i = 0; i < d->len;) {
        if (!isalpha((unsigned char)d->text[i])) {
            i++;
            continue;
        }
        size_t a = i;
        while (i < d->len && isalpha((unsigned char)d->text[i])) i++;
        const size_t n = i - a;
        const char *w = d->text + a;
        /* (OD only in an eye note: elsewhere it is once daily) */
        if ((n <= 4 && w[0] == cap) ||
            (n == 2 && (strncmp(w, "OU", 2) == 0 || (cap == 'L' && strncmp(w, "OS", 2) == 0) ||
                        (cap == 'R' && d->eye_note && strncasecmp(w, "od", 2) == 0))))
            return true;
    }
    return false;
}

/* How many times d says "each side" or "either side", or "each" of a paired body part ("one in
 * each antecubital fossa" for BILAT AC). */
static int each_side(const gdoc *d) {
    int n = 0;
    for (size_t i = 0; i + 1 < d->ntok; i++)
        n += (gdoc_is(d, i, "each") || gdoc_is(d, i, "either")) &&
             (gdoc_is(d, i + 1, "side") || (d->tok[i + 1].lex & GL_ANATOMY) ||
              (i + 2 < d->ntok && d->tok[i + 1].kind == GK_WORD && (d->tok[i + 2].lex & GL_ANATOMY)));
    return n;
}

cc_status gcheck_laterality(gctx *c, cc_error *err) {
    lat *s = NULL, *o = NULL;
    size_t ns = 0, no = 0;
    cc_status st = collect(c->src, &s, &ns, err);
    if (st == CC_OK) st = collect(c->out, &o, &no, err);
    if (st != CC_OK) goto done;
    /* anchored matches first: mentions written out before those carried over "and" ("right
       upper and lower limbs"), so a carried-over side never takes the match of a real one */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < no && !s[i].used; j++)
                if (!o[j].used && (pass == 1 || (!s[i].virt && !o[j].virt)) && s[i].side == o[j].side &&
                    strcmp(s[i].anchor, o[j].anchor) == 0)
                    s[i].used = o[j].used = true;
    /* a two-letter code the output spells out as two words of its own in its place ("RT AT
       BEDSIDE" -> "the respiratory therapist was at the bedside"): no side (guard-37) */
    for (size_t i = 0; i < ns; i++) {
        const gtok *x = &c->src->tok[s[i].tok];
        size_t flo, fhi, lo, hi;
        if (s[i].used || s[i].virt || x->end - x->start != 2 ||
            !galign_gap(&c->align, c->src, c->out, false, s[i].tok, 16, &flo, &fhi, &lo, &hi))
            continue;
        const char a = (char)(c->src->text[x->start] | 32), b = (char)(c->src->text[x->start + 1] | 32);
        for (size_t j = lo; j + 1 < hi && !s[i].used; j++) {
            const gtok *p = &c->out->tok[j], *q = &c->out->tok[j + 1];
            if (p->kind != GK_WORD || q->kind != GK_WORD || p->len < 4 || q->len < 4 ||
                ((p->lex | q->lex) & (GL_SIDE | GL_ANATOMY | GL_STOP)))
                continue;
            if (GT_NORM(c->out, p)[0] == a && GT_NORM(c->out, q)[0] == b &&
                gset_find(&c->src_words, GT_STEM(c->out, p)) == SIZE_MAX &&
                gset_find(&c->src_words, GT_STEM(c->out, q)) == SIZE_MAX)
                s[i].used = true;
        }
    }
    /* carried-over sides that matched nothing are not mentions of their own */
    for (size_t i = 0; i < ns; i++)
        if (s[i].virt && !s[i].used) s[i].used = true;
    for (size_t j = 0; j < no; j++)
        if (o[j].virt && !o[j].used) o[j].used = true;
    /* a source side whose anchor now carries another side */
    for (size_t i = 0; i < ns; i++) {
        if (s[i].used || !*s[i].anchor) continue;
        for (size_t j = 0; j < no; j++) {
            if (o[j].used || o[j].side == s[i].side || strcmp(s[i].anchor, o[j].anchor) != 0) continue;
            /* (a bilateral on one side of the pair, while the source still has an unmatched
               mention of the output's side and the output one of the source's: the mentions were
               anchored differently, "B/L ENLARGED KIDNEYS, RT 18 CM, LT 17 CM" -> "both kidneys
               are enlarged, 18 cm on the right"; the counts below still see a swap) (guard-35) */
            if (s[i].side == SIDE_BOTH || o[j].side == SIDE_BOTH) {
                bool src_has = false, out_has = false;
                for (size_t k = 0; k < ns && !src_has; k++) src_has = !s[k].used && k != i && s[k].side == o[j].side;
                for (size_t k = 0; k < no && !out_has; k++) out_has = !o[k].used && k != j && o[k].side == s[i].side;
                if (src_has && out_has) continue;
            }
            const gtok *ts = &c->src->tok[s[i].tok], *to = &c->out->tok[o[j].tok];
            if (!gctx_reason(c, "laterality", ts->start, ts->end, to->start, to->end, "'%s %s' in the source became '%s %s'",
                             k_side[s[i].side], s[i].anchor, k_side[o[j].side], o[j].anchor)) {
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                goto done;
            }
            s[i].used = o[j].used = true;
            break;
        }
    }
    /* an output sentence whose source sentence (the one most of its aligned words come from)
       names one side only, while it names only the other ("C/O DIMINISHED VISION LE X 6 MONTHS"
       -> "complains of diminished vision in the right eye for 6 months"): a swap the counts miss
       when the rewrite spells out sides elsewhere ("IOP 14/16" -> "14 mmHg in the right eye and
       16 mmHg in the left eye") (guard-57) */
    if (c->align.aligned && no > 0 && ns > 0 && c->src->ntok > 0) {
        const size_t nss = (size_t)c->src->tok[c->src->ntok - 1].sent + 1;
        int *tally = calloc(nss, sizeof *tally);
        if (!tally) {
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (laterality)");
            goto done;
        }
        bool said = false; /* (one reason of this kind is enough) */
        for (size_t a = 0; a < c->out->ntok && !said;) {
            size_t b = a;
            while (b < c->out->ntok && c->out->tok[b].sent == c->out->tok[a].sent) b++;
            /* the source sentence most of [a, b)'s aligned tokens come from */
            size_t best = SIZE_MAX;
            int n_al = 0;
            for (size_t q = a; q < b; q++) {
                const int32_t m = c->align.out_to_src[q];
                if (m < 0) continue;
                const size_t ssent = c->src->tok[m].sent;
                n_al++;
                if (++tally[ssent] > (best == SIZE_MAX ? 0 : tally[best])) best = ssent;
            }
            const bool majority = best != SIZE_MAX && n_al >= 3 && 2 * tally[best] > n_al;
            for (size_t q = a; q < b; q++)
                if (c->align.out_to_src[q] >= 0) tally[c->src->tok[c->align.out_to_src[q]].sent] = 0;
            unsigned os = 0, ss = 0;
            size_t first = SIZE_MAX, src_at = SIZE_MAX;
            for (size_t j = 0; j < no && majority; j++)
                if (!o[j].virt && o[j].tok >= a && o[j].tok < b) {
                    os |= 1u << o[j].side;
                    if (first == SIZE_MAX) first = j;
                }
            for (size_t i = 0; i < ns && majority; i++)
                if (!s[i].virt && c->src->tok[s[i].tok].sent == best) {
                    ss |= 1u << s[i].side;
                    if (src_at == SIZE_MAX) src_at = i;
                }
            const unsigned L = 1u << SIDE_LEFT, R = 1u << SIDE_RIGHT;
            /* (said of the same anatomy on both sides: "left eye" -> "right eye"; a rewrite that splits a
               line may put another organ's side beside a source sentence the alignment chose) */
            /* (and no letter or code of the output's side in that source sentence that was not read
               as a side: "NASAL PTERYGIUM RE ENCROACHING ..., LE - PINGUECULA ONLY") */
            const bool swapped = majority && ((ss == L && os == R) || (ss == R && os == L)) && *o[first].anchor &&
                                 strcmp(o[first].anchor, s[src_at].anchor) == 0;
            bool unread = false;
            const char want = os == L ? 'L' : 'R';
            for (size_t q = 0; q < c->src->ntok && swapped && !unread; q++) {
                const gtok *x = &c->src->tok[q];
                unread = x->sent == best && x->kind == GK_WORD && x->end - x->start <= 4 && c->src->text[x->start] == want &&
                         side_code(c->src, x) && !read_as_side(s, ns, q);
            }
            if (swapped && !unread) {
                const gtok *ts = &c->src->tok[s[src_at].tok], *to = &c->out->tok[o[first].tok];
                if (!gctx_reason(c, "laterality", ts->start, ts->end, to->start, to->end,
                                 "'%s %s' in the source became '%s %s'", k_side[s[src_at].side], s[src_at].anchor,
                                 k_side[o[first].side], o[first].anchor)) {
                    free(tally);
                    st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                    goto done;
                }
                said = true;
            }
            a = b;
        }
        free(tally);
    }
    /* two values of a pair given the same side ("14 mmHg in the right eye and 16 mmHg in the
       right eye", "24 on the left and 15 on the left" for "IOP 14/16", "IOP RE 15 LE 24"): one of
       them took the other's side (guard-57) */
    for (size_t j = 0; j + 1 < no; j++) {
        const size_t a = o[j].tok, b = o[j + 1].tok;
        if (o[j].virt || o[j + 1].virt || o[j].side != o[j + 1].side || o[j].side == SIDE_BOTH ||
            strcmp(o[j].anchor, o[j + 1].anchor) != 0 || c->out->tok[a].sent != c->out->tok[b].sent || b > a + 12)
            continue;
        /* (a number before each side, and an "and" right before the second number: "N ... <side> and M
           ... <side>"; not "... to the left eye, and atropine 1% ... to the left eye") */
        size_t and_at = SIZE_MAX, n1 = SIZE_MAX, n2 = SIZE_MAX;
        for (size_t q = a + 1; q < b; q++) {
            if (gdoc_is(c->out, q, "and") && and_at == SIZE_MAX) and_at = q;
            if (c->out->tok[q].kind == GK_NUM && and_at != SIZE_MAX && n2 == SIZE_MAX) n2 = q;
        }
        for (size_t q = a; q-- > 0 && a - q <= 5 && n1 == SIZE_MAX;) {
            if (c->out->tok[q].kind == GK_NUM) n1 = q;
            if (gdoc_is_sentend(c->out, q) || gdoc_is(c->out, q, "and")) break;
        }
        if (and_at == SIZE_MAX || n1 == SIZE_MAX || n2 == SIZE_MAX || and_at > a + 3 || n2 != and_at + 1) continue;
        const gtok *to = &c->out->tok[b];
        if (!gctx_reason(c, "laterality", -1, -1, to->start, to->end, "two values are both given the %s %s",
                         k_side[o[j].side], *o[j].anchor ? o[j].anchor : "side")) {
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
            goto done;
        }
        break;
    }
    /* an output side right before a word the source has in the same place (the word
       alignment), where the source writes a letter of the other side right before that word
       ("ABRASIONS R FOREARM" -> "abrasions on the left forearm"): a swap, whether or not the
       source's letter was read as a side */
    for (size_t j = 0; j < no; j++) {
        size_t a = o[j].tok + 1;
        if (o[j].used || o[j].side == SIDE_BOTH || a >= c->out->ntok || c->align.out_to_src[a] < 0) continue;
        size_t p = (size_t)c->align.out_to_src[a];
        if (p == 0) continue;
        const gtok *x = &c->src->tok[p - 1];
        size_t n = x->end - x->start;
        const char *r = c->src->text + x->start;
        char other = o[j].side == SIDE_LEFT ? 'R' : 'L';
        if (x->kind != GK_WORD || r[0] != other || !(n == 1 || (n == 2 && (r[1] == 'T' || r[1] == 't')))) continue;
        const gtok *to = &c->out->tok[o[j].tok];
        if (!gctx_reason(c, "laterality", x->start, x->end, to->start, to->end, "'%.*s %s' in the source became '%s %s'",
                         (int)n, r, GT_NORM(c->src, &c->src->tok[p]), k_side[o[j].side], GT_NORM(c->out, &c->out->tok[a]))) {
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
            goto done;
        }
        o[j].used = true;
    }
    /* an output side that spells out a code of the other side in the same place ("RVSP 42" ->
       "left ventricular systolic pressure 42"): the code's first letter is the side, its other
       letters the initials of the words after the output's side */
    for (size_t j = 0; j < no; j++) {
        size_t flo, fhi, lo, hi;
        if (o[j].used || o[j].side == SIDE_BOTH || !galign_gap(&c->align, c->out, c->src, true, o[j].tok, 8, &flo, &fhi, &lo, &hi))
            continue;
        char other = o[j].side == SIDE_LEFT ? 'R' : 'L';
        for (size_t q = lo; q < hi; q++) {
            const gtok *x = &c->src->tok[q];
            size_t n = x->end - x->start, k = 1, w = o[j].tok + 1;
            const char *r = c->src->text + x->start;
            if (x->kind != GK_WORD || n < 3 || n > 5 || r[0] != other) continue;
            bool caps = true;
            for (size_t z = 0; z < n && caps; z++) caps = r[z] >= 'A' && r[z] <= 'Z';
            for (; caps && k < n && w < c->out->ntok; k++, w++) {
                while (w < c->out->ntok && c->out->tok[w].kind == GK_PUNCT && c->out->tok[w].punct == '-') w++;
                if (w >= c->out->ntok || c->out->tok[w].kind != GK_WORD || GT_NORM(c->out, &c->out->tok[w])[0] != r[k] + 32) break;
            }
            if (!caps || k < n) continue;
            const gtok *to = &c->out->tok[o[j].tok];
            if (!gctx_reason(c, "laterality", x->start, x->end, to->start, to->end, "'%.*s' in the source became '%s ...'",
                             (int)n, r, k_side[o[j].side])) {
                st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
                goto done;
            }
            o[j].used = true;
            break;
        }
    }
    /* then counts per side (anchors may differ with rephrasing) */
    int cs[SIDE_COUNT_] = {0}, co[SIDE_COUNT_] = {0};
    size_t fs[SIDE_COUNT_], fo[SIDE_COUNT_];
    for (int k = 0; k < SIDE_COUNT_; k++) fs[k] = fo[k] = SIZE_MAX;
    for (size_t i = 0; i < ns; i++)
        if (!s[i].used) {
            cs[s[i].side]++;
            if (fs[s[i].side] == SIZE_MAX) fs[s[i].side] = s[i].tok;
        }
    for (size_t j = 0; j < no; j++) {
        if (!o[j].used) {
            co[o[j].side]++;
            if (fo[o[j].side] == SIZE_MAX) fo[o[j].side] = o[j].tok;
        }
        /* "hourly and homatropine three times daily, both to the right eye": one side said of two
           items, as the source's two REs (guard-42) */
        const size_t q = o[j].tok;
        const size_t b = q >= 2 && gdoc_is(c->out, q - 1, "the") ? q - 2 : q - 1;
        if (q >= 2 && b >= 1 && (gdoc_is(c->out, b, "to") || gdoc_is(c->out, b, "in") || gdoc_is(c->out, b, "into")) &&
            gdoc_is(c->out, b - 1, "both"))
            co[o[j].side]++;
    }
    /* a side the output has fewer times is lost or swapped; one it has more times is
       flagged only when it came at the expense of another side (a count that simply grows
       is mostly an abbreviation the rewrite spelled out: RIF, RE, L sided) */
    /* a repeated mention the rewrite says once ("LE 6/24 ... LE CATARACT ... FOR LE PHACO" ->
       "the left eye has a cataract and is planned for phaco") is not a lost side, as long as no
       other side grew (a swap always makes another side grow) */
    bool grew = false;
    for (int k = 1; k < SIDE_COUNT_; k++) grew |= co[k] > cs[k];
    for (size_t i = 0; i < ns && !grew; i++) {
        if (s[i].used || !*s[i].anchor || cs[s[i].side] <= co[s[i].side]) continue;
        bool src_again = false, out_has = false;
        for (size_t k = 0; k < ns && !src_again; k++)
            src_again = k != i && s[k].side == s[i].side && strcmp(s[k].anchor, s[i].anchor) == 0;
        for (size_t j = 0; j < no && !out_has; j++) out_has = o[j].side == s[i].side && strcmp(o[j].anchor, s[i].anchor) == 0;
        /* and no other side on the same anchor lost a mention (a swap plus a merge) */
        bool other_lost = false;
        for (int k = 1; k < SIDE_COUNT_ && !other_lost; k++) {
            if (k == s[i].side) continue;
            int a = 0, b = 0;
            for (size_t q = 0; q < ns; q++) a += s[q].side == k && strcmp(s[q].anchor, s[i].anchor) == 0;
            for (size_t q = 0; q < no; q++) b += o[q].side == k && strcmp(o[q].anchor, s[i].anchor) == 0;
            other_lost = a > b;
        }
        if (src_again && out_has && !other_lost) cs[s[i].side]--;
    }
    /* without a swap (no side grew), a lost mention counts only when the source wrote the side
       plainly: a lone letter (L, R) is as often litres or resistant, and a two-letter code (LE,
       RE outside an eye note: lower extremity, leukocyte esterase) one of several mentions the
       rewrite merged, when the output still names that side ("L LE DVT (L POPLITEAL +
       FEMORAL V)" -> "left lower extremity DVT of the popliteal and femoral veins") */
    int total_o[SIDE_COUNT_] = {0};
    for (size_t j = 0; j < no; j++) total_o[o[j].side]++;
    for (size_t i = 0; i < ns && !grew; i++)
        if (!s[i].used && cs[s[i].side] > co[s[i].side] &&
            /* the output names the anatomy with no side of its own: a side dropped or swapped */
            !(*s[i].anchor && anchor_bare_in_output(o, no, c, s[i].anchor)) &&
            (weak_side(c->src, s[i].tok) == 1 ||
             (weak_side(c->src, s[i].tok) == 2 && total_o[s[i].side] > 0 && !c->src->eye_note &&
              strcmp(s[i].anchor, "eye") != 0)))
            cs[s[i].side]--;
    int lost = 0;
    for (int k = 1; k < SIDE_COUNT_; k++) lost += cs[k] > co[k];
    /* a side the output adds is the source's own when the source has, in the same place (the
       word alignment's gap), a letter or code of that side it did not read as one ("R
       ANTECUBITAL ABSCESS", "GIVEN TODAY L DELTOID", "2+ BLE EDEMA") */
    /* (each source letter counts once: two output sides in one gap are not both its) */
    size_t taken[8];
    int ntaken = 0;
    for (size_t j = 0; j < no && !lost; j++) {
        size_t flo, fhi, lo, hi;
        if (o[j].used || co[o[j].side] <= cs[o[j].side] ||
            !galign_gap(&c->align, c->out, c->src, true, o[j].tok, 8, &flo, &fhi, &lo, &hi))
            continue;
        char letter = o[j].side == SIDE_LEFT ? 'L' : o[j].side == SIDE_RIGHT ? 'R' : 'B';
        for (size_t q = lo; q < hi; q++) {
            const gtok *x = &c->src->tok[q];
            size_t n = x->end - x->start;
            bool again = false;
            for (int z = 0; z < ntaken && !again; z++) again = taken[z] == q;
            again = again || read_as_side(s, ns, q); /* (nor one read as a side) */
            if (!again && x->kind == GK_WORD && n <= 4 && c->src->text[x->start] == letter && side_code(c->src, x)) {
                cs[o[j].side]++;
                if (ntaken < 8) taken[ntaken++] = q;
                break;
            }
        }
    }
    /* the lone capitals L and R of the source not read as sides ("CRACKLES L BASE, R CLEAR") */
    int letters[SIDE_COUNT_] = {0}, spare[SIDE_COUNT_] = {0}, total_s[SIDE_COUNT_] = {0};
    for (size_t i = 0; i < ns; i++) total_s[s[i].side] += !s[i].virt;
    for (size_t q = 0; q < c->src->ntok; q++) {
        const gtok *x = &c->src->tok[q];
        /* (and RT / LT the side check took for a tube or radiotherapy: "PT NOT PALP ON RT") */
        const char *r = c->src->text + x->start;
        const bool code = x->end - x->start == 2 && r[1] == 'T';
        if (x->kind != GK_WORD || (x->end - x->start != 1 && !code) || (r[0] != 'L' && r[0] != 'R')) continue;
        /* (not litres after an amount: "~1.2 L HEMOPERITONEUM") */
        /* (but an L the unit pass left unattached is the side: "IOP R 17 L 19") (guard-42) */
        if (q > 0 && c->src->tok[q - 1].kind == GK_NUM && (r[0] != 'L' || c->src->tok[q - 1].unit == GU_L)) continue;
        /* (not a letter of a code written with a slash: R/V, S/R, L/E) */
        if ((q + 1 < c->src->ntok && c->src->tok[q + 1].start == x->end && c->src->tok[q + 1].kind == GK_PUNCT &&
             (c->src->tok[q + 1].punct == '/' || c->src->tok[q + 1].punct == '-')) ||
            (q > 0 && c->src->tok[q - 1].end == x->start && c->src->tok[q - 1].kind == GK_PUNCT &&
             (c->src->tok[q - 1].punct == '/' || c->src->tok[q - 1].punct == '-')))
            continue;
        if (read_as_side(s, ns, q)) continue;
        letters[c->src->text[x->start] == 'L' ? SIDE_LEFT : SIDE_RIGHT]++;
        bool counted = false; /* (a letter already counted for an output side in its gap above) */
        for (int z = 0; z < ntaken && !counted; z++) counted = taken[z] == q;
        if (!counted) spare[c->src->text[x->start] == 'L' ? SIDE_LEFT : SIDE_RIGHT]++;
    }
    for (int k = 1; k < SIDE_COUNT_; k++) {
        /* a side the output adds where the source names none at all is an added fact; so is
           one it adds where the source's unread letter of the other side goes unsaid (R CLEAR
           -> "the left side is clear") */
        const int other = k == SIDE_LEFT ? SIDE_RIGHT : k == SIDE_RIGHT ? SIDE_LEFT : SIDE_NONE;
        bool unsaid = other != SIDE_NONE && letters[other] > 0 && total_o[other] < letters[other] + total_s[other] &&
                      total_o[k] > total_s[k] + letters[k];
        /* (but a side the source never names, in no letter, code or "bilateral", in a note whose
           source names only the other side, is added: "(L) UL 3, LL 2" -> "left upper limb 3,
           right lower limb 2") (guard-43) */
        const bool foreign = co[k] > cs[k] && (k == SIDE_LEFT || k == SIDE_RIGHT) && cs[k] == 0 && total_s[k] == 0 &&
                             letters[k] == 0 &&
                             total_s[SIDE_BOTH] == 0 && other != SIDE_NONE && total_s[other] > 0 &&
                             each_side(c->out) == 0 && !side_letter_word(c->src, k == SIDE_LEFT ? 'L' : 'R');
        if (cs[k] == co[k] || (co[k] > cs[k] && !lost && ns > 0 && !unsaid && !foreign)) continue;
        /* nor is a side the output says as often as the source writes it, with its unread lone
           letters that no gap above took ("Struck R forehead ... R forehead lac", "via R IJ
           tunneled cath" -> "right internal jugular"), when no side was lost and none of the
           other side's letters went unsaid */
        if (co[k] > cs[k] && co[k] <= cs[k] + spare[k] && !lost && !unsaid) continue;
        /* a bilateral finding said "on each side" ("single renal artery bilaterally" -> "a
           single renal artery on each side"): not a side of its own, since a dose says it too
           ("20 ML EACH SIDE"), but it keeps the source's bilateral when no other side moved */
        if (k == SIDE_BOTH && cs[k] > co[k] && cs[k] <= co[k] + each_side(c->out) && cs[SIDE_LEFT] == co[SIDE_LEFT] &&
            cs[SIDE_RIGHT] == co[SIDE_RIGHT])
            continue;
        int64_t ss = fs[k] != SIZE_MAX ? (int64_t)c->src->tok[fs[k]].start : -1, se = fs[k] != SIZE_MAX ? (int64_t)c->src->tok[fs[k]].end : -1;
        int64_t os = fo[k] != SIZE_MAX ? (int64_t)c->out->tok[fo[k]].start : -1, oe = fo[k] != SIZE_MAX ? (int64_t)c->out->tok[fo[k]].end : -1;
        if (!gctx_reason(c, "laterality", ss, se, os, oe, "'%s' appears %d time(s) in the source but %d in the output", k_side[k],
                         cs[k], co[k])) {
            st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (reasons)");
            goto done;
        }
    }
done:
    free(s);
    free(o);
    return st;
}
