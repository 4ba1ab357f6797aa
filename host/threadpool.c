/* threadpool.c - persistent pthread workers that spin, then sleep, between jobs.
 *
 * A job is published by bumping `generation`.  A worker that sees a new
 * generation registers in `active`, then checks that the job is still `open`
 * (and of that generation) before touching it.  The caller runs fn itself,
 * which - by the contract in threadpool.h - completes the whole job if no
 * worker helps, then closes the job and waits only for the workers that
 * registered while it was open.  So a worker that the OS has descheduled (a
 * busy machine) never holds the caller up; it just misses the job.
 * Registration and closing are sequentially consistent (Dekker style): either
 * the worker sees the job closed, or the caller sees the worker registered. */
#include "threadpool.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define CPU_RELAX() _mm_pause()
#else
#define CPU_RELAX() ((void)0)
#endif

#define SPIN_ITERS 4000

typedef struct {
    cc_threadpool *pool; /* owner */
    int32_t ith;         /* this worker's index, 1..nth-1 */
} worker_arg;

struct cc_threadpool {
    int32_t nth;                 /* threads including the caller */
    pthread_t *threads;          /* [nth - 1] workers */
    worker_arg *args;            /* [nth - 1] their arguments */
    cc_task_fn fn;               /* current job */
    void *arg;                   /* current job's argument */
    atomic_uint_fast64_t generation; /* bumped once per job (and once at shutdown) */
    atomic_bool open;            /* the current job may still be joined */
    atomic_int active;           /* workers inside the current job */
    atomic_bool stop;            /* shutdown requested */
    atomic_int sleepers;         /* workers blocked on wake */
    pthread_mutex_t mu;          /* guards the sleep/wake hand-off */
    pthread_cond_t wake;         /* signalled when generation changes and someone sleeps */
};

static void *worker_main(void *p) {
    worker_arg *wa = p;
    cc_threadpool *pool = wa->pool;
    uint64_t seen = 0;
    for (;;) {
        uint64_t g;
        int spins = 0;
        while ((g = atomic_load(&pool->generation)) == seen) {
            if (++spins < SPIN_ITERS) {
                CPU_RELAX();
                continue;
            }
            pthread_mutex_lock(&pool->mu);
            atomic_fetch_add(&pool->sleepers, 1);
            while (atomic_load(&pool->generation) == seen) pthread_cond_wait(&pool->wake, &pool->mu);
            atomic_fetch_sub(&pool->sleepers, 1);
            pthread_mutex_unlock(&pool->mu);
            spins = 0;
        }
        seen = g;
        if (atomic_load(&pool->stop)) break;
        atomic_fetch_add(&pool->active, 1);
        if (atomic_load(&pool->open) && atomic_load(&pool->generation) == g) pool->fn(pool->arg, wa->ith, pool->nth);
        atomic_fetch_sub(&pool->active, 1);
    }
    return NULL;
}

int32_t cc_threadpool_default_threads(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) n = 1;
    if (n > 1024) n = 1024;
    return (int32_t)n;
}

static void publish(cc_threadpool *pool) {
    atomic_fetch_add(&pool->generation, 1);
    if (atomic_load(&pool->sleepers) > 0) {
        pthread_mutex_lock(&pool->mu);
        pthread_cond_broadcast(&pool->wake);
        pthread_mutex_unlock(&pool->mu);
    }
}

cc_status cc_threadpool_init(cc_threadpool **out, int32_t n_threads, cc_error *err) {
    cc_status st = CC_OK;
    *out = NULL;
    if (n_threads <= 0) n_threads = cc_threadpool_default_threads();
    if (n_threads > 1024) return cc_fail(err, CC_ERR_INVALID, "thread pool: %d threads is too many (max 1024)", n_threads);
    cc_threadpool *pool = calloc(1, sizeof *pool);
    if (!pool) return cc_fail(err, CC_ERR_NOMEM, "thread pool: out of memory");
    pool->nth = 1;
    pthread_mutex_init(&pool->mu, NULL);
    pthread_cond_init(&pool->wake, NULL);
    atomic_init(&pool->generation, 0);
    atomic_init(&pool->open, false);
    atomic_init(&pool->active, 0);
    atomic_init(&pool->stop, false);
    atomic_init(&pool->sleepers, 0);
    if (n_threads > 1) {
        pool->threads = calloc((size_t)n_threads - 1, sizeof *pool->threads);
        pool->args = calloc((size_t)n_threads - 1, sizeof *pool->args);
        if (!pool->threads || !pool->args) {
            st = cc_fail(err, CC_ERR_NOMEM, "thread pool: out of memory");
            goto done;
        }
        for (int32_t i = 1; i < n_threads; i++) {
            pool->args[i - 1].pool = pool;
            pool->args[i - 1].ith = i;
            int rc = pthread_create(&pool->threads[i - 1], NULL, worker_main, &pool->args[i - 1]);
            if (rc != 0) {
                st = cc_fail(err, CC_ERR_NOMEM, "thread pool: pthread_create for worker %d failed: %s", i,
                             strerror(rc));
                goto done;
            }
            pool->nth = i + 1;
        }
    }
done:
    if (st != CC_OK) {
        cc_threadpool_free(pool);
        pool = NULL;
    }
    *out = pool;
    return st;
}

void cc_threadpool_free(cc_threadpool *pool) {
    if (!pool) return;
    if (pool->nth > 1) {
        atomic_store(&pool->stop, true);
        publish(pool);
        for (int32_t i = 1; i < pool->nth; i++) pthread_join(pool->threads[i - 1], NULL);
    }
    pthread_mutex_destroy(&pool->mu);
    pthread_cond_destroy(&pool->wake);
    free(pool->threads);
    free(pool->args);
    free(pool);
}

int32_t cc_threadpool_size(const cc_threadpool *pool) { return pool ? pool->nth : 1; }

void cc_threadpool_run(cc_threadpool *pool, cc_task_fn fn, void *arg) {
    if (!pool || pool->nth == 1) {
        fn(arg, 0, 1);
        return;
    }
    /* no worker is inside a job here: the previous run waited for active == 0 while closed */
    pool->fn = fn;
    pool->arg = arg;
    atomic_store(&pool->open, true);
    publish(pool);
    fn(arg, 0, pool->nth);
    atomic_store(&pool->open, false);
    int spins = 0;
    while (atomic_load(&pool->active) > 0) {
        if (++spins > 1000) sched_yield();
        else CPU_RELAX();
    }
}
