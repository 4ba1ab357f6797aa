/* threadpool.h - a fixed pool of persistent worker threads for the CPU engine.
 *
 * cc_threadpool_run(pool, fn, arg) calls fn(arg, ith, nth) once for every
 * ith in [0, nth) - the calling thread does ith == 0 - and returns when all
 * have finished.  Workers spin briefly between jobs (a decode step issues
 * hundreds of small jobs) and then sleep on a condition variable, so an idle
 * pool costs no CPU.  One job at a time: run is not reentrant. */
#ifndef CLINCLEAN_THREADPOOL_H
#define CLINCLEAN_THREADPOOL_H

#include <stdint.h>

#include "status.h"

typedef struct cc_threadpool cc_threadpool;

/* fn(arg, ith, nth): do share ith of nth of the job. */
typedef void (*cc_task_fn)(void *arg, int32_t ith, int32_t nth);

/* Threads the machine offers (online processors, at least 1). */
int32_t cc_threadpool_default_threads(void);
/* n_threads <= 0 means cc_threadpool_default_threads().  *out: free with cc_threadpool_free. */
cc_status cc_threadpool_init(cc_threadpool **out, int32_t n_threads, cc_error *err);
void cc_threadpool_free(cc_threadpool *pool); /* accepts NULL; joins the workers */
int32_t cc_threadpool_size(const cc_threadpool *pool); /* 1 for a NULL pool */
/* Run fn on every thread; a NULL pool runs fn(arg, 0, 1) inline. */
void cc_threadpool_run(cc_threadpool *pool, cc_task_fn fn, void *arg);

#endif
