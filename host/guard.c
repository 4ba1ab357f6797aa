/* guard.c - the faithfulness guard's entry point: normalise both texts, run
 * every check, collect the reasons, and convert reasons to and from the JSON
 * array stored in clinclean_results.reasons. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"
#include "guard_internal.h"

bool gctx_reason(gctx *c, const char *check, int64_t ss, int64_t se, int64_t os, int64_t oe, const char *fmt, ...) {
    cc_guard_result *r = c->res;
    if (r->n_reasons >= CC_GUARD_MAX_REASONS) {
        r->n_dropped++;
        r->verdict = CC_GUARD_REVIEW;
        return true;
    }
    if (r->n_reasons == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        cc_guard_reason *nr = realloc(r->reasons, cap * sizeof *nr);
        if (!nr) return false;
        r->reasons = nr;
        r->cap = cap;
    }
    cc_guard_reason *x = &r->reasons[r->n_reasons++];
    memset(x, 0, sizeof *x);
    snprintf(x->check, sizeof x->check, "%s", check);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->detail, sizeof x->detail, fmt, ap);
    va_end(ap);
    x->src_start = ss;
    x->src_end = se;
    x->out_start = os;
    x->out_end = oe;
    r->verdict = CC_GUARD_REVIEW;
    return true;
}

/* Stems of all words (and drug synonyms) of d into s. */
static cc_status word_set(const gdoc *d, gset *s, cc_error *err) {
    cc_status st = gset_init(s, d->ntok * 3, err);
    if (st != CC_OK) return st;
    for (size_t i = 0; i < d->ntok; i++) {
        const gtok *t = &d->tok[i];
        if (t->kind != GK_WORD) continue;
        gset_add(s, GT_STEM(d, t), (uint32_t)i);
        if (t->norm != t->stem) gset_add(s, GT_NORM(d, t), (uint32_t)i);
        const char *const *parts = (t->lex & GL_SYN) ? glex_synonym_parts(GT_NORM(d, t), t->len) : NULL;
        for (int k = 0; parts && k < CC_SYN_PARTS && parts[k]; k++) gset_add(s, parts[k], (uint32_t)i);
    }
    return CC_OK;
}

cc_status cc_guard_check(const char *src, size_t src_len, const char *out, size_t out_len, const char *finish_reason,
                         cc_guard_result *res, cc_error *err) {
    gdoc s, o;
    gctx c;
    gfreq *sf = NULL, *of = NULL;
    size_t nsf = 0, nof = 0;
    memset(res, 0, sizeof *res);
    memset(&c, 0, sizeof c);
    memset(&o, 0, sizeof o);
    /* (a rewrite is read for another language only when its source is written in one: a note's rewrite may
       keep its language) */
    cc_status st = gdoc_build(&s, src ? src : "", src ? src_len : 0, GLANG_UNREAD, err);
    if (st == CC_OK) st = gdoc_build(&o, out ? out : "", out ? out_len : 0, s.lang >= GLANG_FR ? s.lang : GLANG_EN, err);
    if (st == CC_OK) st = gfreq_scan(&s, &sf, &nsf, err);
    if (st == CC_OK) st = gfreq_scan(&o, &of, &nof, err);
    c.src = &s;
    c.out = &o;
    c.res = res;
    if (st == CC_OK) st = word_set(&s, &c.src_words, err);
    if (st == CC_OK) st = word_set(&o, &c.out_words, err);
    if (st == CC_OK) st = gmeds_find(&s, &c.src_meds, &c.n_src_meds, err);
    if (st == CC_OK) st = gmeds_find(&o, &c.out_meds, &c.n_out_meds, err);
    if (st == CC_OK) st = galign_build(&s, &o, &c.align, err);
    if (st == CC_OK) st = gmeds_mirror(&o, c.out_meds, c.n_out_meds, &s, c.src_meds, c.n_src_meds, &c.out_fmeds, &c.n_out_fmeds, err);
    c.src_freq = sf;
    c.n_src_freq = nsf;
    if (st == CC_OK) st = gcheck_shape(&c, finish_reason, err);
    if (st == CC_OK) st = gcheck_numbers(&c, err);
    if (st == CC_OK) st = gcheck_freq_routes(&c, sf, nsf, of, nof, err);
    if (st == CC_OK) st = gcheck_negation(&c, err);
    if (st == CC_OK) st = gcheck_laterality(&c, err);
    if (st == CC_OK) st = gcheck_meds(&c, err);
    if (st == CC_OK) st = gcheck_forms(&c, err);
    if (st == CC_OK && res->n_dropped) {
        res->reasons[res->n_reasons - 1].detail[0] = '\0';
        snprintf(res->reasons[res->n_reasons - 1].detail, sizeof res->reasons[0].detail,
                 "%zu more reasons not listed", res->n_dropped + 1);
        snprintf(res->reasons[res->n_reasons - 1].check, sizeof res->reasons[0].check, "more");
        res->reasons[res->n_reasons - 1].src_start = res->reasons[res->n_reasons - 1].src_end = -1;
        res->reasons[res->n_reasons - 1].out_start = res->reasons[res->n_reasons - 1].out_end = -1;
    }
    galign_free(&c.align);
    gset_free(&c.src_words);
    gset_free(&c.out_words);
    free(c.src_meds);
    free(c.out_meds);
    free(c.out_fmeds);
    free(sf);
    free(of);
    gdoc_free(&s);
    gdoc_free(&o);
    if (st != CC_OK) cc_guard_result_free(res);
    return st;
}

void cc_guard_result_free(cc_guard_result *res) {
    if (!res) return;
    free(res->reasons);
    memset(res, 0, sizeof *res);
}

static json_t *span(int64_t v) { return v < 0 ? json_null() : json_integer((json_int_t)v); }

char *cc_guard_reasons_json(const cc_guard_result *res) {
    json_t *arr = json_array();
    char *s = NULL;
    if (!arr) return NULL;
    for (size_t i = 0; i < res->n_reasons; i++) {
        const cc_guard_reason *r = &res->reasons[i];
        json_t *o = json_pack("{s:s, s:s, s:o, s:o, s:o, s:o}", "check", r->check, "detail", r->detail, "src_start",
                              span(r->src_start), "src_end", span(r->src_end), "out_start", span(r->out_start), "out_end",
                              span(r->out_end));
        if (!o || json_array_append_new(arr, o) != 0) goto done;
    }
    s = json_dumps(arr, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
done:
    json_decref(arr);
    return s;
}

static int64_t get_span(json_t *o, const char *key) {
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v)) return -1;
    json_int_t x = json_integer_value(v);
    return x < 0 ? -1 : (int64_t)x;
}

cc_status cc_guard_reasons_parse(const char *json, size_t len, cc_guard_result *res, cc_error *err) {
    memset(res, 0, sizeof *res);
    json_error_t je;
    json_t *arr = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
    cc_status st = CC_OK;
    if (!arr) return cc_fail(err, CC_ERR_FORMAT, "reasons: invalid JSON at byte %d: %s", je.position, je.text);
    if (!json_is_array(arr)) {
        st = cc_fail(err, CC_ERR_FORMAT, "reasons: expected a JSON array at byte 0");
        goto done;
    }
    size_t n = json_array_size(arr);
    if (n > 100000) {
        st = cc_fail(err, CC_ERR_RANGE, "reasons: %zu entries is too many", n);
        goto done;
    }
    if (n) {
        res->reasons = calloc(n, sizeof *res->reasons);
        if (!res->reasons) {
            st = cc_fail(err, CC_ERR_NOMEM, "reasons: out of memory (%zu entries)", n);
            goto done;
        }
        res->cap = n;
    }
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_array_get(arr, i);
        if (!json_is_object(o)) {
            st = cc_fail(err, CC_ERR_FORMAT, "reasons: entry %zu is not an object", i);
            goto done;
        }
        cc_guard_reason *r = &res->reasons[res->n_reasons++];
        const char *ck = json_string_value(json_object_get(o, "check"));
        const char *dt = json_string_value(json_object_get(o, "detail"));
        snprintf(r->check, sizeof r->check, "%s", ck ? ck : "unknown");
        snprintf(r->detail, sizeof r->detail, "%s", dt ? dt : "");
        r->src_start = get_span(o, "src_start");
        r->src_end = get_span(o, "src_end");
        r->out_start = get_span(o, "out_start");
        r->out_end = get_span(o, "out_end");
    }
    res->verdict = res->n_reasons ? CC_GUARD_REVIEW : CC_GUARD_OK;
done:
    json_decref(arr);
    if (st != CC_OK) cc_guard_result_free(res);
    return st;
}

cc_status cc_on_flag_parse(const char *s, cc_on_flag *out, cc_error *err) {
    if (s && strcmp(s, "keep") == 0) *out = CC_ON_FLAG_KEEP;
    else if (s && strcmp(s, "null") == 0) *out = CC_ON_FLAG_NULL;
    else return cc_fail(err, CC_ERR_INVALID, "--on-flag: expected keep or null, got '%s'", s ? s : "");
    return CC_OK;
}

const char *cc_guard_status(const cc_guard_result *res) {
    return res->verdict == CC_GUARD_OK ? "ok" : "needs_review";
}

bool cc_guard_write_output(const cc_guard_result *res, cc_on_flag f) {
    return res->verdict == CC_GUARD_OK || f == CC_ON_FLAG_KEEP;
}
