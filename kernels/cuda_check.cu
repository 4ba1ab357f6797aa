/* cuda_check.cu - CUDA / cuBLAS failures turned into cc_status + cc_error
 * (call, file, line, reason), and the plain-C wrappers of cuda_check.h for
 * device memory, streams and timing events. */
#include "cuda_check.cuh"

#include <stdio.h>
#include <string.h>

/* The file name without its directories, so messages stay short. */
static const char *cc_base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

cc_status cc_cuda_fail(cc_error *err, cudaError_t e, const char *call, const char *file, int line) {
    return cc_fail(err, CC_ERR_DEVICE, "%s failed at %s:%d: %s (%s)", call, cc_base_name(file), line,
                   cudaGetErrorString(e), cudaGetErrorName(e));
}

cc_status cc_cublas_fail(cc_error *err, cublasStatus_t s, const char *call, const char *file, int line) {
    return cc_fail(err, CC_ERR_DEVICE, "%s failed at %s:%d: %s (cuBLAS status %d)", call, cc_base_name(file), line,
                   cublasGetStatusString(s), (int)s);
}

extern "C" cc_status cc_cuda_facts(cc_cuda_device_facts *out, cc_error *err) {
    cc_status rc = CC_OK;
    int dev = 0, clock_khz = 0, bus_bits = 0;
    cudaDeviceProp p;
    memset(out, 0, sizeof *out);
    CC_CUDA_TRY(err, cudaGetDevice(&dev));
    CC_CUDA_TRY(err, cudaGetDeviceProperties(&p, dev));
    CC_CUDA_TRY(err, cudaDeviceGetAttribute(&clock_khz, cudaDevAttrMemoryClockRate, dev));
    CC_CUDA_TRY(err, cudaDeviceGetAttribute(&bus_bits, cudaDevAttrGlobalMemoryBusWidth, dev));
    snprintf(out->name, sizeof out->name, "%s", p.name);
    out->cc_major = p.major;
    out->cc_minor = p.minor;
    out->sm_count = p.multiProcessorCount;
    out->total_mem = p.totalGlobalMem;
    out->l2_bytes = (size_t)p.l2CacheSize;
    /* double data rate: two transfers per memory clock */
    out->peak_bw = 2.0 * (double)clock_khz * 1e3 * (double)bus_bits / 8.0;
done:
    return rc;
}

extern "C" cc_status cc_cuda_alloc(void **out, size_t bytes, cc_error *err) {
    cc_status rc = CC_OK;
    *out = NULL;
    CC_CUDA_TRY(err, cudaMalloc(out, bytes ? bytes : 1));
done:
    return rc;
}

extern "C" void cc_cuda_free(void *p) {
    if (p) cudaFree(p);
}

/* cudaMemcpy alone orders only against the legacy default stream, and our streams are
 * non-blocking (cc_cuda_stream_create): from pageable memory it may return before the DMA to
 * the device has landed, and it does not wait for kernels queued on other streams.  A kernel
 * launched on a non-blocking stream right after an upload could then read part of the old
 * contents (the device run of 2026-11-27: engines built from the same weights disagreed in
 * the last bits).  So both directions synchronize the whole device: before the copy (d2h: the
 * producers are done) and after it (h2d: the data is there). */
extern "C" cc_status cc_cuda_h2d(void *dst, const void *src, size_t bytes, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaMemcpy(dst, src, bytes, cudaMemcpyHostToDevice));
    CC_CUDA_TRY(err, cudaDeviceSynchronize());
done:
    return rc;
}

extern "C" cc_status cc_cuda_d2h(void *dst, const void *src, size_t bytes, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaDeviceSynchronize());
    CC_CUDA_TRY(err, cudaMemcpy(dst, src, bytes, cudaMemcpyDeviceToHost));
done:
    return rc;
}

extern "C" cc_status cc_cuda_d2d(void *dst, const void *src, size_t bytes, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToDevice, (cudaStream_t)s));
done:
    return rc;
}

extern "C" cc_status cc_cuda_h2d_async(void *dst, const void *src, size_t bytes, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaMemcpyAsync(dst, src, bytes, cudaMemcpyHostToDevice, (cudaStream_t)s));
done:
    return rc;
}

extern "C" cc_status cc_cuda_d2h_async(void *dst, const void *src, size_t bytes, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToHost, (cudaStream_t)s));
done:
    return rc;
}

extern "C" cc_status cc_cuda_host_alloc(void **out, size_t bytes, cc_error *err) {
    cc_status rc = CC_OK;
    *out = NULL;
    CC_CUDA_TRY(err, cudaMallocHost(out, bytes ? bytes : 1));
done:
    return rc;
}

extern "C" void cc_cuda_host_free(void *p) {
    if (p) cudaFreeHost(p);
}

extern "C" cc_status cc_cuda_mem_info(size_t *free_bytes, size_t *total_bytes, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaMemGetInfo(free_bytes, total_bytes));
done:
    return rc;
}

extern "C" cc_status cc_cuda_memset(void *dst, int value, size_t bytes, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaMemset(dst, value, bytes));
    CC_CUDA_TRY(err, cudaDeviceSynchronize()); /* legacy stream: see cc_cuda_h2d */
done:
    return rc;
}

extern "C" cc_status cc_cuda_stream_create(cc_cuda_stream *out, cc_error *err) {
    cc_status rc = CC_OK;
    cudaStream_t s = NULL;
    *out = NULL;
    CC_CUDA_TRY(err, cudaStreamCreateWithFlags(&s, cudaStreamNonBlocking));
    *out = (cc_cuda_stream)s;
done:
    return rc;
}

extern "C" void cc_cuda_stream_destroy(cc_cuda_stream s) {
    if (s) cudaStreamDestroy((cudaStream_t)s);
}

extern "C" cc_status cc_cuda_stream_sync(cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaStreamSynchronize((cudaStream_t)s));
done:
    return rc;
}

extern "C" cc_status cc_cuda_device_sync(cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaDeviceSynchronize());
done:
    return rc;
}

extern "C" cc_status cc_cuda_event_create(cc_cuda_event *out, cc_error *err) {
    cc_status rc = CC_OK;
    cudaEvent_t e = NULL;
    *out = NULL;
    CC_CUDA_TRY(err, cudaEventCreate(&e));
    *out = (cc_cuda_event)e;
done:
    return rc;
}

extern "C" void cc_cuda_event_destroy(cc_cuda_event e) {
    if (e) cudaEventDestroy((cudaEvent_t)e);
}

extern "C" cc_status cc_cuda_event_record(cc_cuda_event e, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaEventRecord((cudaEvent_t)e, (cudaStream_t)s));
done:
    return rc;
}

extern "C" cc_status cc_cuda_event_ms(cc_cuda_event start, cc_cuda_event stop, float *ms, cc_error *err) {
    cc_status rc = CC_OK;
    *ms = 0.0f;
    CC_CUDA_TRY(err, cudaEventSynchronize((cudaEvent_t)stop));
    CC_CUDA_TRY(err, cudaEventElapsedTime(ms, (cudaEvent_t)start, (cudaEvent_t)stop));
done:
    return rc;
}

extern "C" cc_status cc_cuda_capture_begin(cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaStreamBeginCapture((cudaStream_t)s, cudaStreamCaptureModeThreadLocal));
done:
    return rc;
}

extern "C" cc_status cc_cuda_capture_end(cc_cuda_stream s, cc_cuda_graph *out, cc_error *err) {
    cc_status rc = CC_OK;
    cudaGraph_t graph = NULL;
    cudaGraphExec_t exec = NULL;
    *out = NULL;
    CC_CUDA_TRY(err, cudaStreamEndCapture((cudaStream_t)s, &graph));
    CC_CUDA_TRY(err, cudaGraphInstantiate(&exec, graph, 0));
    *out = (cc_cuda_graph)exec;
done:
    if (graph) cudaGraphDestroy(graph);
    return rc;
}

extern "C" cc_status cc_cuda_graph_launch(cc_cuda_graph g, cc_cuda_stream s, cc_error *err) {
    cc_status rc = CC_OK;
    CC_CUDA_TRY(err, cudaGraphLaunch((cudaGraphExec_t)g, (cudaStream_t)s));
done:
    return rc;
}

extern "C" void cc_cuda_capture_abort(cc_cuda_stream s) {
    cudaStreamCaptureStatus cs = cudaStreamCaptureStatusNone;
    if (cudaStreamIsCapturing((cudaStream_t)s, &cs) == cudaSuccess && cs != cudaStreamCaptureStatusNone) {
        cudaGraph_t graph = NULL;
        if (cudaStreamEndCapture((cudaStream_t)s, &graph) == cudaSuccess && graph) cudaGraphDestroy(graph);
    }
    (void)cudaGetLastError(); /* the failed capture's error is in the caller's cc_error already */
}

extern "C" void cc_cuda_graph_destroy(cc_cuda_graph g) {
    if (g) cudaGraphExecDestroy((cudaGraphExec_t)g);
}
