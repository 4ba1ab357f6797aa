/* cuda_check.h - plain-C side of the CUDA error plumbing: device memory,
 * copies, streams and timing events that host C code (tests, benchmarks, the
 * CUDA engine) can use without including any CUDA header.
 *
 * Every function returns a cc_status; on failure the cc_error names the CUDA
 * call, the source file and line, and the runtime's error string, e.g.
 *   "cudaMalloc(&p, bytes) failed at kernels/cuda_check.cu:41: out of memory
 *    (cudaErrorMemoryAllocation)".
 * Implemented in cuda_check.cu; only present when the CUDA backend is built
 * (CLINCLEAN_HAVE_CUDA). */
#ifndef CLINCLEAN_CUDA_CHECK_H
#define CLINCLEAN_CUDA_CHECK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" { /* the C headers below declare C functions */
#endif
#include "status.h"
#ifdef __cplusplus
}
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef void *cc_cuda_stream; /* a cudaStream_t; NULL is the legacy default stream */
typedef void *cc_cuda_event;  /* a cudaEvent_t */
typedef void *cc_cuda_graph;  /* an instantiated cudaGraphExec_t */

/* Device facts the benchmarks and the engine plan with. */
typedef struct {
    char name[256];          /* "NVIDIA H100 80GB HBM3" */
    int cc_major, cc_minor;  /* compute capability */
    int sm_count;            /* streaming multiprocessors */
    size_t total_mem;        /* bytes of device memory */
    size_t l2_bytes;         /* L2 cache size in bytes */
    double peak_bw;          /* theoretical DRAM bandwidth in bytes/s (2 x memory clock x bus width) */
} cc_cuda_device_facts;

cc_status cc_cuda_facts(cc_cuda_device_facts *out, cc_error *err);

/* Device memory.  cc_cuda_alloc returns 256-byte aligned memory; free accepts NULL. */
cc_status cc_cuda_alloc(void **out, size_t bytes, cc_error *err);
void cc_cuda_free(void *p);
/* Blocking copies: they synchronize the whole device (d2h before, h2d after the copy), so
 * they order against kernels on any stream; the _async forms below order on their stream. */
cc_status cc_cuda_h2d(void *dst, const void *src, size_t bytes, cc_error *err);
cc_status cc_cuda_d2h(void *dst, const void *src, size_t bytes, cc_error *err);
/* Device-to-device copy on a stream (asynchronous). */
cc_status cc_cuda_d2d(void *dst, const void *src, size_t bytes, cc_cuda_stream s, cc_error *err);
/* Asynchronous copies on a stream; the host side should be pinned (cc_cuda_host_alloc)
 * for the copy to overlap, and must stay valid until the stream reaches the copy. */
cc_status cc_cuda_h2d_async(void *dst, const void *src, size_t bytes, cc_cuda_stream s, cc_error *err);
cc_status cc_cuda_d2h_async(void *dst, const void *src, size_t bytes, cc_cuda_stream s, cc_error *err);
/* Page-locked host memory (fast, asynchronous transfers); free accepts NULL. */
cc_status cc_cuda_host_alloc(void **out, size_t bytes, cc_error *err);
void cc_cuda_host_free(void *p);
/* Free and total bytes of device memory now. */
cc_status cc_cuda_mem_info(size_t *free_bytes, size_t *total_bytes, cc_error *err);
/* Fill bytes with the byte value (0xFF poisons float buffers with NaN). */
cc_status cc_cuda_memset(void *dst, int value, size_t bytes, cc_error *err);

/* Streams and synchronization. */
cc_status cc_cuda_stream_create(cc_cuda_stream *out, cc_error *err);
void cc_cuda_stream_destroy(cc_cuda_stream s);
cc_status cc_cuda_stream_sync(cc_cuda_stream s, cc_error *err);
cc_status cc_cuda_device_sync(cc_error *err);

/* Events for timing on a stream. */
cc_status cc_cuda_event_create(cc_cuda_event *out, cc_error *err);
void cc_cuda_event_destroy(cc_cuda_event e);
cc_status cc_cuda_event_record(cc_cuda_event e, cc_cuda_stream s, cc_error *err);
/* Milliseconds between two recorded events (waits for the second). */
cc_status cc_cuda_event_ms(cc_cuda_event start, cc_cuda_event stop, float *ms, cc_error *err);

/* CUDA graphs: record every launch made on stream s between begin and end
 * (s must not be the legacy default stream; nothing may synchronize in
 * between), then replay the recording with one launch. */
cc_status cc_cuda_capture_begin(cc_cuda_stream s, cc_error *err);
cc_status cc_cuda_capture_end(cc_cuda_stream s, cc_cuda_graph *out, cc_error *err);
cc_status cc_cuda_graph_launch(cc_cuda_graph g, cc_cuda_stream s, cc_error *err);
/* After a failure between begin and end: end the capture if one is still open and drop what it
 * recorded, so the stream can run again (best effort, as a free; errors are cleared). */
void cc_cuda_capture_abort(cc_cuda_stream s);
void cc_cuda_graph_destroy(cc_cuda_graph g);

#ifdef __cplusplus
}
#endif

#endif
