/* guard_align.c - a word alignment between a source and its rewrite, for the
 * faithfulness guard: the longest common subsequence of their content words
 * and numbers (by normalised stem, numbers by value), and the gaps between
 * aligned pairs.  A rewrite that spells out an abbreviation or names a brand's
 * generic leaves a gap on both sides at the same place (VANC 1G -> vancomycin
 * 1 g: "vanc" and "vancomycin" both unaligned between the same anchors); a word
 * the rewrite adds or drops leaves a gap on one side only.  The checks ask
 * galign_gap what faces an unmatched token before flagging it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "guard_internal.h"

/* Tokens that take part: content words (two letters or more, not function words) and
 * numbers that are not inside a word. */
static bool alignable(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (t->kind == GK_NUM) return !(t->flags & GF_INWORD);
    if (t->kind != GK_WORD || t->len < 2) return false;
    return !(t->lex & (GL_STOP | GL_AUX));
}

static bool same(const gdoc *a, size_t i, const gdoc *b, size_t j) {
    const gtok *x = &a->tok[i], *y = &b->tok[j];
    if (x->kind != y->kind) return false;
    if (x->kind == GK_NUM) return fabs(x->value - y->value) < 1e-9;
    return strcmp(GT_STEM(a, x), GT_STEM(b, y)) == 0;
}

/* A token's key for the alignment: its stem's hash, or its value's bits (numbers). */
static uint64_t key_of(const gdoc *d, size_t i) {
    const gtok *t = &d->tok[i];
    if (t->kind == GK_NUM) {
        double v = t->value + 0.0; /* -0 == 0 */
        uint64_t b;
        memcpy(&b, &v, sizeof b);
        return b * 0x9E3779B97F4A7C15ull ^ 0x5bd1e995u;
    }
    return gset_hash(GT_STEM(d, t));
}

/* Alignable token indices of d into *v and their keys into *k (malloc'd). */
static cc_status collect(const gdoc *d, size_t **v, uint64_t **k, size_t *n, cc_error *err) {
    *n = 0;
    *v = malloc((d->ntok ? d->ntok : 1) * sizeof **v);
    *k = malloc((d->ntok ? d->ntok : 1) * sizeof **k);
    if (!*v || !*k) return cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (alignment, %zu tokens)", d->ntok);
    for (size_t i = 0; i < d->ntok; i++)
        if (alignable(d, i)) {
            (*v)[*n] = i;
            (*k)[(*n)++] = key_of(d, i);
        }
    return CC_OK;
}

cc_status galign_build(const gdoc *src, const gdoc *out, galign *a, cc_error *err) {
    size_t *sv = NULL, *ov = NULL, ns = 0, no = 0;
    uint64_t *sk = NULL, *ok = NULL;
    uint16_t *dp = NULL;
    memset(a, 0, sizeof *a);
    cc_status st = collect(src, &sv, &sk, &ns, err);
    if (st == CC_OK) st = collect(out, &ov, &ok, &no, err);
    if (st != CC_OK) goto done;
    a->src_to_out = malloc((src->ntok ? src->ntok : 1) * sizeof *a->src_to_out);
    a->out_to_src = malloc((out->ntok ? out->ntok : 1) * sizeof *a->out_to_src);
    if (!a->src_to_out || !a->out_to_src) {
        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (alignment maps)");
        goto done;
    }
    for (size_t i = 0; i < src->ntok; i++) a->src_to_out[i] = -1;
    for (size_t j = 0; j < out->ntok; j++) a->out_to_src[j] = -1;
    /* too long to align cheaply (the DP is ns x no cells, lengths below 65536): no
       alignment, so no gap excuses anything */
    size_t cells = 0;
    if (ns == 0 || no == 0 || ns >= 65535 || no >= 65535 || !cc_mul_size(ns + 1, no + 1, &cells) ||
        cells > (size_t)4 << 20)
        goto done;
    dp = calloc(cells, sizeof *dp);
    if (!dp) {
        st = cc_fail(err, CC_ERR_NOMEM, "guard: out of memory (alignment of %zu x %zu words)", ns, no);
        goto done;
    }
    /* dp[i][j]: LCS of sv[i..] and ov[j..] */
    for (size_t i = ns; i-- > 0;)
        for (size_t j = no; j-- > 0;) {
            uint16_t *c = &dp[i * (no + 1) + j];
            if (sk[i] == ok[j] && same(src, sv[i], out, ov[j])) *c = (uint16_t)(dp[(i + 1) * (no + 1) + j + 1] + 1);
            else {
                uint16_t r = dp[(i + 1) * (no + 1) + j], d = dp[i * (no + 1) + j + 1];
                *c = r > d ? r : d;
            }
        }
    for (size_t i = 0, j = 0; i < ns && j < no;) {
        if (sk[i] == ok[j] && same(src, sv[i], out, ov[j])) {
            a->src_to_out[sv[i]] = (int32_t)ov[j];
            a->out_to_src[ov[j]] = (int32_t)sv[i];
            i++, j++;
        } else if (dp[(i + 1) * (no + 1) + j] >= dp[i * (no + 1) + j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    a->aligned = true;
done:
    free(dp);
    free(sv);
    free(ov);
    free(sk);
    free(ok);
    if (st != CC_OK) galign_free(a);
    return st;
}

void galign_free(galign *a) {
    free(a->src_to_out);
    free(a->out_to_src);
    memset(a, 0, sizeof *a);
}

bool galign_gap(const galign *a, const gdoc *from, const gdoc *to, bool from_out, size_t i, size_t max_tokens,
                size_t *flo, size_t *fhi, size_t *lo, size_t *hi) {
    if (!a->aligned) return false;
    const int32_t *map = from_out ? a->out_to_src : a->src_to_out;
    if (map[i] >= 0) return false;
    /* the aligned tokens around i on its side and their partners; a run at the start (end)
       of one text faces the start (end) of the other */
    size_t p = i, q = i + 1;
    while (p > 0 && map[p - 1] < 0) p--;
    while (q < from->ntok && map[q] < 0) q++;
    if (p == 0 && q >= from->ntok) return false; /* nothing aligned around it */
    size_t l = p > 0 ? (size_t)map[p - 1] + 1 : 0, h = q < from->ntok ? (size_t)map[q] : to->ntok;
    if (h < l || h - l > max_tokens || q - p > max_tokens) return false;
    *flo = p;
    *fhi = q;
    *lo = l;
    *hi = h;
    return true;
}
