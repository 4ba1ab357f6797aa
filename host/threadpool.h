/* threadpool.h - a fixed pool of persistent worker threads for the CPU engine.
 *
 * cc_threadpool_run(pool, fn, arg) calls fn(arg, 0, nth) on the calling thread
 * and fn(arg, ith, nth) on each worker that joins while the job is open, and
 * returns when the caller's call and every joined worker's call have returned.
 * Contract: fn takes its work from shared state (an atomic counter of work
 * items), so that the caller alone completes the whole job; ith only selects
 * per-thread scratch.  A worker the OS has descheduled on a busy machine then
 * never delays a job - it simply does not join it.  Workers spin briefly
 * between jobs (a decode step issues hundreds of small jobs) and then sleep on
 * a condition variable, so an idle pool costs no CPU.  One job at a time: run
 * is not reentrant. */
#ifndef CLINCLEAN_THREADPOOL_H
#define CLINCLEAN_THREADPOOL_H

#include <stdint.h>

#include "status.h"

typedef struct cc_threadpool cc_threadpool;

/* fn(arg, ith, nth): take and do work items until none is left (see above). */
typedef void (*cc_task_fn)(void *arg, int32_t ith, int32_t nth);

/* Threads the machine offers (online processors, at least 1). */
int32_t cc_threadpool_default_threads(void);
/* n_threads <= 0 means cc_threadpool_default_threads().  *out: free with cc_threadpool_free. */
cc_status cc_threadpool_init(cc_threadpool **out, int32_t n_threads, cc_error *err);
void cc_threadpool_free(cc_threadpool *pool); /* accepts NULL; joins the workers */
int32_t cc_threadpool_size(const cc_threadpool *pool); /* 1 for a NULL pool */
/* Run a job; a NULL pool runs fn(arg, 0, 1) inline. */
void cc_threadpool_run(cc_threadpool *pool, cc_task_fn fn, void *arg);

#endif
