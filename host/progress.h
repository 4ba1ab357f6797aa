/* progress.h - progress display of a long run: on a terminal one redrawn line
 * with a bar, rows done, rows/s, output tok/s and ETA; elsewhere (logs, cron)
 * a plain line every few seconds. */
#ifndef CLINCLEAN_PROGRESS_H
#define CLINCLEAN_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef enum {
    CC_PROGRESS_AUTO = 0, /* a bar on a terminal, plain lines otherwise */
    CC_PROGRESS_BAR,      /* redraw one line with \r */
    CC_PROGRESS_PLAIN,    /* a line every every_s seconds */
    CC_PROGRESS_NONE,     /* silent */
} cc_progress_mode;

typedef struct {
    cc_progress_mode mode; /* resolved: BAR, PLAIN or NONE */
    FILE *f;               /* destination (stderr usually) */
    double every_s;        /* PLAIN interval; BAR redraws at most 5 times a second */
    double start_ms;       /* cc_now_ms() at init */
    double last_ms;        /* last time something was printed */
    int64_t total;         /* rows expected (<= 0: unknown) */
    bool drawn;            /* a bar line is on screen (needs a newline at the end) */
} cc_progress;

void cc_progress_init(cc_progress *p, cc_progress_mode mode, FILE *f, double every_s, int64_t total);
/* Report rows done so far and output tokens so far; prints when due (or force). */
void cc_progress_update(cc_progress *p, int64_t done, int64_t out_tokens, bool force);
/* Finish the bar line. */
void cc_progress_end(cc_progress *p);
/* "1h02m03s" / "4m05s" / "7s" into out. */
void cc_format_duration(double seconds, char *out, size_t cap);

#endif
