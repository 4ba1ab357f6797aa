/* progress.c - the progress bar / progress lines of a run (see progress.h). */
#include "progress.h"

#include <math.h>
#include <unistd.h>

#include "notes_db.h"

void cc_format_duration(double s, char *out, size_t cap) {
    if (!(s >= 0) || s > 1e9) {
        snprintf(out, cap, "?");
        return;
    }
    long t = lround(s);
    if (t >= 3600) snprintf(out, cap, "%ldh%02ldm%02lds", t / 3600, t / 60 % 60, t % 60);
    else if (t >= 60) snprintf(out, cap, "%ldm%02lds", t / 60, t % 60);
    else snprintf(out, cap, "%lds", t);
}

void cc_progress_init(cc_progress *p, cc_progress_mode mode, FILE *f, double every_s, int64_t total) {
    p->f = f ? f : stderr;
    if (mode == CC_PROGRESS_AUTO) mode = isatty(fileno(p->f)) ? CC_PROGRESS_BAR : CC_PROGRESS_PLAIN;
    p->mode = mode;
    p->every_s = every_s > 0 ? every_s : 5.0;
    p->start_ms = p->last_ms = cc_now_ms();
    p->total = total;
    p->drawn = false;
}

void cc_progress_update(cc_progress *p, int64_t done, int64_t out_tokens, bool force) {
    if (p->mode == CC_PROGRESS_NONE) return;
    double now = cc_now_ms();
    double min_gap = p->mode == CC_PROGRESS_BAR ? 200.0 : p->every_s * 1e3;
    if (!force && now - p->last_ms < min_gap) return;
    p->last_ms = now;
    double el = (now - p->start_ms) / 1e3;
    double rps = el > 0 ? (double)done / el : 0, tps = el > 0 ? (double)out_tokens / el : 0;
    char eta[32] = "?";
    if (p->total > 0 && rps > 0 && done <= p->total) cc_format_duration((double)(p->total - done) / rps, eta, sizeof eta);
    if (p->mode == CC_PROGRESS_BAR) {
        char bar[31];
        int fill = p->total > 0 ? (int)(30.0 * (double)(done > p->total ? p->total : done) / (double)p->total) : 0;
        for (int i = 0; i < 30; i++) bar[i] = i < fill ? '#' : '.';
        bar[30] = '\0';
        fprintf(p->f, "\r[%s] %lld/%lld rows  %.1f rows/s  %.0f tok/s  ETA %s   ", bar, (long long)done,
                (long long)p->total, rps, tps, eta);
        p->drawn = true;
    } else {
        fprintf(p->f, "clinclean: %lld/%lld rows (%.1f%%), %.1f rows/s, %.0f output tok/s, ETA %s\n", (long long)done,
                (long long)p->total, p->total > 0 ? 100.0 * (double)done / (double)p->total : 0.0, rps, tps, eta);
    }
    fflush(p->f);
}

void cc_progress_end(cc_progress *p) {
    if (p->mode == CC_PROGRESS_BAR && p->drawn) {
        fputc('\n', p->f);
        fflush(p->f);
    }
    p->drawn = false;
}
