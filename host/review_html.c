/* review_html.c - writes the review report (see review_html.h).
 *
 * Each row is a <section class="row"> with data-status and data-reasons
 * attributes (the filter reads them), the reasons listed, and two columns:
 * the source with the words missing from the output struck through, and the
 * output with the words the source lacks underlined (a word-level diff: LCS
 * over case-folded word tokens, skipped above a size cap so a huge row cannot
 * stall the report), and the words the guard's reasons point at highlighted
 * with <mark class="flag">.  Everything from the database is escaped and
 * every span is bounds-checked: nothing read is trusted.  The summary is
 * written after the rows (counts are known only then) and shown first with
 * CSS order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "guard.h"
#include "review_html.h"

#define DEFAULT_DIFF_CAP 4000000u /* n_src_words * n_out_words */

void cc_html_escape(FILE *f, const char *s, size_t n) {
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default:
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) rep = "&#xfffd;"; /* control bytes */
        }
        if (rep) {
            if (run) fwrite(s + i - run, 1, run, f);
            run = 0;
            fputs(rep, f);
        } else {
            run++;
        }
    }
    if (run) fwrite(s + n - run, 1, run, f);
}

static void esc(FILE *f, const char *s) {
    if (s) cc_html_escape(f, s, strlen(s));
}

/* ---------------------------------------------------------------- words and diff */

typedef struct {
    size_t start, end; /* byte span of the word */
    uint64_t key;      /* hash of its case-folded letters and digits (0: punctuation only) */
    int flag;          /* index of the first reason pointing at it, -1 none */
    int changed;       /* 1 when not in the LCS with the other side */
} word;

static size_t split_words(const char *s, size_t n, word **out) {
    size_t cap = 64, m = 0;
    word *w = malloc(cap * sizeof *w);
    if (!w) return SIZE_MAX;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) i++;
        if (i >= n) break;
        size_t a = i;
        while (i < n && !(s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) i++;
        if (m == cap) {
            word *nw = realloc(w, cap * 2 * sizeof *w);
            if (!nw) {
                free(w);
                return SIZE_MAX;
            }
            w = nw;
            cap *= 2;
        }
        uint64_t h = 1469598103934665603ull;
        bool any = false;
        for (size_t k = a; k < i; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
                h = (h ^ c) * 1099511628211ull;
                any = true;
            }
        }
        w[m].start = a;
        w[m].end = i;
        w[m].key = any ? (h ? h : 1) : 0;
        w[m].flag = -1;
        w[m].changed = 0;
        m++;
    }
    *out = w;
    return m;
}

/* Mark words not in the longest common subsequence.  Returns false when skipped (too big / OOM). */
static bool diff(word *a, size_t n, word *b, size_t m, size_t cap) {
    if (n == 0 || m == 0) {
        for (size_t i = 0; i < n; i++) a[i].changed = a[i].key != 0;
        for (size_t j = 0; j < m; j++) b[j].changed = b[j].key != 0;
        return true;
    }
    size_t cells;
    if (!cc_mul_size(n + 1, m + 1, &cells) || cells > cap) return false;
    uint16_t *L = calloc(cells, sizeof *L);
    if (!L) return false;
#define AT(i, j) L[(size_t)(i) * (m + 1) + (j)]
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;) {
            if (a[i].key && a[i].key == b[j].key) AT(i, j) = (uint16_t)(AT(i + 1, j + 1) + 1);
            else AT(i, j) = AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
        }
    for (size_t i = 0; i < n; i++) a[i].changed = a[i].key != 0;
    for (size_t j = 0; j < m; j++) b[j].changed = b[j].key != 0;
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i].key && a[i].key == b[j].key) {
            a[i].changed = b[j].changed = 0;
            i++, j++;
        } else if (AT(i + 1, j) >= AT(i, j + 1)) {
            i++;
        } else {
            j++;
        }
    }
#undef AT
    free(L);
    return true;
}

/* Mark words overlapping [s, e) with reason index r (first reason wins). */
static void flag_words(word *w, size_t n, int64_t s, int64_t e, size_t len, int r) {
    if (s < 0 || e < 0 || (uint64_t)s > len || (uint64_t)e > len || s > e) return; /* not trusted */
    if (s == e) {
        if (s == 0) e = 1;
        else s--; /* a point (end of text): mark the word before it */
    }
    for (size_t i = 0; i < n; i++)
        if ((int64_t)w[i].start < e && (int64_t)w[i].end > s && w[i].flag < 0) w[i].flag = r;
}

static void render(FILE *f, const char *s, size_t len, const word *w, size_t n, const cc_guard_result *rs, bool diffed,
                   const char *cls_changed) {
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        cc_html_escape(f, s + at, w[i].start - at);
        bool ch = diffed && w[i].changed;
        if (w[i].flag >= 0) {
            const cc_guard_reason *r = &rs->reasons[w[i].flag];
            fputs("<mark class=\"flag\" data-check=\"", f);
            esc(f, r->check);
            fputs("\" title=\"", f);
            esc(f, r->check);
            fputs(": ", f);
            esc(f, r->detail);
            fputs("\">", f);
        }
        if (ch) fprintf(f, "<span class=\"%s\">", cls_changed);
        cc_html_escape(f, s + w[i].start, w[i].end - w[i].start);
        if (ch) fputs("</span>", f);
        if (w[i].flag >= 0) fputs("</mark>", f);
        at = w[i].end;
    }
    cc_html_escape(f, s + at, len - at);
}

/* ---------------------------------------------------------------- page */

static const char k_css[] =
    "*{box-sizing:border-box}body{font:14px/1.45 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330;"
    "display:flex;flex-direction:column}#summary{order:-1;background:#fff;border-bottom:1px solid #ccd;padding:12px 20px;"
    "position:sticky;top:0;z-index:2}#summary h1{font-size:18px;margin:0 0 6px}#summary .counts span{display:inline-block;"
    "margin-right:14px}#summary label{margin-right:12px}main{padding:12px 20px}section.row{background:#fff;border:1px solid "
    "#d5d8de;border-radius:6px;margin:0 0 12px;padding:10px 12px}section.row[data-status=needs_review]{border-left:5px solid "
    "#d9822b}section.row[data-status=error]{border-left:5px solid #c23030}section.row[data-status=ok]{border-left:5px solid "
    "#29a634}.rowhead{font-weight:600;margin-bottom:4px}.rowhead .st{font-weight:400;color:#555;margin-left:8px}"
    "ul.reasons{margin:4px 0 8px;padding-left:18px}ul.reasons li b{font-family:monospace}.cols{display:grid;"
    "grid-template-columns:1fr 1fr;gap:12px}.cols h3{font-size:12px;text-transform:uppercase;color:#667;margin:0 0 4px}"
    ".text{white-space:pre-wrap;word-wrap:break-word;font-family:ui-monospace,monospace;font-size:13px;background:#fafbfc;"
    "border:1px solid #e3e5e8;padding:8px;border-radius:4px}mark.flag{background:#ffd24d;outline:2px solid #e0a800;"
    "border-radius:2px}span.del{text-decoration:line-through;color:#a33}span.ins{text-decoration:underline;color:#1a5fb4}"
    ".note{color:#777;font-style:italic}";

cc_status cc_review_open(cc_review_html *h, FILE *f, const char *title, cc_error *err) {
    memset(h, 0, sizeof *h);
    h->f = f;
    h->diff_cap_words = DEFAULT_DIFF_CAP;
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "script-src 'unsafe-inline'\">\n<title>",
          f);
    esc(f, title);
    fprintf(f, "</title>\n<style>%s</style></head>\n<body>\n<main id=\"rows\">\n", k_css);
    if (ferror(f)) return cc_fail(err, CC_ERR_IO, "review: write error");
    return CC_OK;
}

static int status_index(const char *s) {
    if (!s) return 4;
    if (strcmp(s, "ok") == 0) return 0;
    if (strcmp(s, "needs_review") == 0) return 1;
    if (strcmp(s, "skipped") == 0) return 2;
    if (strcmp(s, "error") == 0) return 3;
    return 4;
}

/* A reason id safe for an attribute token: [a-z_] only. */
static void token_of(const char *check, char *out, size_t n) {
    size_t o = 0;
    for (const char *p = check; *p && o + 1 < n; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        out[o++] = (c >= 'a' && c <= 'z') || c == '_' ? c : '_';
    }
    out[o] = '\0';
    if (!o) snprintf(out, n, "unknown");
}

static void count_check(cc_review_html *h, const char *tok) {
    for (size_t k = 0; k < h->n_checks; k++)
        if (strcmp(h->checks[k], tok) == 0) {
            h->check_rows[k]++;
            return;
        }
    if (h->n_checks < CC_REVIEW_MAX_CHECKS) {
        snprintf(h->checks[h->n_checks], sizeof h->checks[0], "%s", tok);
        h->check_rows[h->n_checks++] = 1;
    }
}

cc_status cc_review_add(cc_review_html *h, const cc_review_row *r, cc_error *err) {
    FILE *f = h->f;
    cc_guard_result rs;
    cc_error perr = {0};
    bool parsed = false;
    word *sw = NULL, *ow = NULL;
    size_t ns = 0, no = 0;
    cc_status st = CC_OK;
    memset(&rs, 0, sizeof rs);
    if (r->reasons_json) parsed = cc_guard_reasons_parse(r->reasons_json, strlen(r->reasons_json), &rs, &perr) == CC_OK;
    /* distinct reason ids of the row, for the filter */
    char toks[CC_REVIEW_MAX_CHECKS][24];
    size_t nt = 0;
    for (size_t i = 0; parsed && i < rs.n_reasons; i++) {
        char t[24];
        token_of(rs.reasons[i].check, t, sizeof t);
        bool dup = false;
        for (size_t k = 0; k < nt && !dup; k++) dup = strcmp(toks[k], t) == 0;
        if (!dup && nt < CC_REVIEW_MAX_CHECKS) snprintf(toks[nt++], sizeof toks[0], "%s", t);
    }
    if (r->reasons_json && !parsed && nt < CC_REVIEW_MAX_CHECKS) snprintf(toks[nt++], sizeof toks[0], "unreadable");
    int si = status_index(r->status);
    h->by_status[si]++;
    h->rows++;
    for (size_t k = 0; k < nt; k++) count_check(h, toks[k]);

    fputs("<section class=\"row\" data-status=\"", f);
    esc(f, r->status ? r->status : "unknown");
    fputs("\" data-reasons=\"", f);
    for (size_t k = 0; k < nt; k++) fprintf(f, "%s%s", k ? " " : "", toks[k]);
    fputs("\">\n<div class=\"rowhead\">", f);
    esc(f, r->source_table);
    fputs(" / ", f);
    esc(f, r->out_col);
    fputs(" / key ", f);
    esc(f, r->row_key);
    fputs("<span class=\"st\">", f);
    esc(f, r->status);
    if (r->finish_reason) {
        fputs(" &middot; finish ", f);
        esc(f, r->finish_reason);
    }
    fputs("</span></div>\n", f);
    if (parsed && rs.n_reasons) {
        fputs("<ul class=\"reasons\">", f);
        for (size_t i = 0; i < rs.n_reasons; i++) {
            char t[24];
            token_of(rs.reasons[i].check, t, sizeof t);
            fprintf(f, "<li data-check=\"%s\"><b>", t);
            esc(f, rs.reasons[i].check);
            fputs("</b> ", f);
            esc(f, rs.reasons[i].detail);
            fputs("</li>", f);
        }
        fputs("</ul>\n", f);
    } else if (r->reasons_json && !parsed) {
        fputs("<p class=\"note\">reasons could not be read: ", f);
        esc(f, perr.msg);
        fputs("</p>\n", f);
    }
    const char *src = r->source ? r->source : "";
    const char *out = r->output ? r->output : "";
    size_t sl = r->source ? r->source_len : 0, ol = r->output ? r->output_len : 0;
    ns = split_words(src, sl, &sw);
    no = split_words(out, ol, &ow);
    if (ns == SIZE_MAX || no == SIZE_MAX) {
        st = cc_fail(err, CC_ERR_NOMEM, "review: out of memory splitting row '%s'", r->row_key ? r->row_key : "");
        if (ns == SIZE_MAX) ns = 0, sw = NULL;
        if (no == SIZE_MAX) no = 0, ow = NULL;
        goto done;
    }
    for (size_t i = 0; parsed && i < rs.n_reasons; i++) {
        flag_words(sw, ns, rs.reasons[i].src_start, rs.reasons[i].src_end, sl, (int)i);
        flag_words(ow, no, rs.reasons[i].out_start, rs.reasons[i].out_end, ol, (int)i);
    }
    bool diffed = diff(sw, ns, ow, no, h->diff_cap_words);
    fputs("<div class=\"cols\"><div><h3>source</h3><div class=\"text src\">", f);
    if (r->source) render(f, src, sl, sw, ns, &rs, diffed, "del");
    else fputs("<span class=\"note\">(source not kept)</span>", f);
    fputs("</div></div><div><h3>output</h3><div class=\"text out\">", f);
    if (r->output) render(f, out, ol, ow, no, &rs, diffed, "ins");
    else fputs("<span class=\"note\">(no output)</span>", f);
    fputs("</div></div></div>\n", f);
    if (!diffed) fputs("<p class=\"note\">word diff skipped: the row is too long</p>\n", f);
    fputs("</section>\n", f);
    if (ferror(f)) st = cc_fail(err, CC_ERR_IO, "review: write error at row '%s'", r->row_key ? r->row_key : "");
done:
    free(sw);
    free(ow);
    cc_guard_result_free(&rs);
    return st;
}

static const char k_js[] =
    "(function(){var rows=document.querySelectorAll('section.row');var fr=document.getElementById('f-reason');"
    "var fs=document.getElementById('f-status');var vc=document.getElementById('visible-count');"
    "function apply(){var r=fr.value,s=fs.value,n=0;for(var i=0;i<rows.length;i++){var e=rows[i];"
    "var ok=(!r||(' '+e.getAttribute('data-reasons')+' ').indexOf(' '+r+' ')>=0)&&(!s||e.getAttribute('data-status')===s);"
    "e.style.display=ok?'':'none';if(ok)n++;}vc.textContent=String(n);}"
    "function fromHash(){var m=/reason=([a-z_]+)/.exec(location.hash);if(m)fr.value=m[1];"
    "var q=/status=([a-z_]+)/.exec(location.hash);if(q)fs.value=q[1];}"
    "fr.addEventListener('change',apply);fs.addEventListener('change',apply);"
    "window.addEventListener('hashchange',function(){fromHash();apply();});"
    "fromHash();apply();document.body.setAttribute('data-ready','1');})();";

cc_status cc_review_close(cc_review_html *h, const char *db_name, const char *filter, cc_error *err) {
    FILE *f = h->f;
    static const char *const names[5] = {"ok", "needs_review", "skipped", "error", "other"};
    fputs("</main>\n<header id=\"summary\"><h1>clinclean review", f);
    if (db_name) {
        fputs(": ", f);
        esc(f, db_name);
    }
    fputs("</h1>\n<div class=\"counts\">", f);
    fprintf(f, "<span>rows <b id=\"total-count\">%zu</b></span>", h->rows);
    for (int k = 0; k < 5; k++)
        if (h->by_status[k]) fprintf(f, "<span>%s <b data-status-count=\"%s\">%zu</b></span>", names[k], names[k], h->by_status[k]);
    if (filter) {
        fputs("<span>filter: status = ", f);
        esc(f, filter);
        fputs("</span>", f);
    }
    fputs("<span>showing <b id=\"visible-count\">", f);
    fprintf(f, "%zu</b></span></div>\n<div class=\"counts\">reasons: ", h->rows);
    for (size_t k = 0; k < h->n_checks; k++)
        fprintf(f, "<span>%s <b data-reason-count=\"%s\">%zu</b></span>", h->checks[k], h->checks[k], h->check_rows[k]);
    if (!h->n_checks) fputs("<span>none</span>", f);
    fputs("</div>\n<div><label>reason <select id=\"f-reason\"><option value=\"\">all</option>", f);
    for (size_t k = 0; k < h->n_checks; k++)
        fprintf(f, "<option value=\"%s\">%s (%zu)</option>", h->checks[k], h->checks[k], h->check_rows[k]);
    fputs("</select></label><label>status <select id=\"f-status\"><option value=\"\">all</option>", f);
    for (int k = 0; k < 4; k++)
        if (h->by_status[k]) fprintf(f, "<option value=\"%s\">%s (%zu)</option>", names[k], names[k], h->by_status[k]);
    fputs("</select></label><span class=\"note\">highlighted: spans the guard flagged; struck: source words not in the "
          "output; underlined: output words not in the source</span></div>\n</header>\n",
          f);
    fprintf(f, "<script>%s</script>\n</body></html>\n", k_js);
    if (fflush(f) != 0 || ferror(f)) return cc_fail(err, CC_ERR_IO, "review: write error at the summary");
    return CC_OK;
}
