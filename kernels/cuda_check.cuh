/* cuda_check.cuh - the CUDA-side checking macros used by every kernels/ .cu file.
 *
 * A launcher keeps one exit: it declares `cc_status rc = CC_OK;`, ends with a
 * `done:` label and `return rc;`, and wraps every CUDA / cuBLAS call:
 *   CC_CUDA_TRY(err, cudaMemsetAsync(p, 0, n, stream));
 *   my_kernel<<<grid, block, 0, stream>>>(...);
 *   CC_LAUNCH_CHECK(err, stream);
 * On failure the macro records "<call> failed at <file>:<line>: <reason>" in
 * err, sets rc = CC_ERR_DEVICE and jumps to done.  With the CMake option
 * CLINCLEAN_CUDA_DEBUG_SYNC=ON, CC_LAUNCH_CHECK also synchronizes the stream
 * so an asynchronous fault is reported at the launch that caused it (do not
 * use that build while capturing CUDA graphs: a capturing stream cannot sync). */
#ifndef CLINCLEAN_CUDA_CHECK_CUH
#define CLINCLEAN_CUDA_CHECK_CUH

#include <cublasLt.h>
#include <cublas_v2.h>
#include <cuda_runtime.h>

#include "cuda_check.h"
#include "status.h"

/* Record a failed CUDA runtime call; returns CC_ERR_DEVICE. */
cc_status cc_cuda_fail(cc_error *err, cudaError_t e, const char *call, const char *file, int line);
/* Record a failed cuBLAS / cuBLASLt call; returns CC_ERR_DEVICE. */
cc_status cc_cublas_fail(cc_error *err, cublasStatus_t s, const char *call, const char *file, int line);

#define CC_CUDA_TRY(err, expr)                                          \
    do {                                                                \
        cudaError_t cc_e_ = (expr);                                     \
        if (cc_e_ != cudaSuccess) {                                     \
            rc = cc_cuda_fail((err), cc_e_, #expr, __FILE__, __LINE__); \
            goto done;                                                  \
        }                                                               \
    } while (0)

#define CC_CUBLAS_TRY(err, expr)                                          \
    do {                                                                  \
        cublasStatus_t cc_s_ = (expr);                                    \
        if (cc_s_ != CUBLAS_STATUS_SUCCESS) {                             \
            rc = cc_cublas_fail((err), cc_s_, #expr, __FILE__, __LINE__); \
            goto done;                                                    \
        }                                                                 \
    } while (0)

#ifdef CLINCLEAN_CUDA_DEBUG_SYNC
#define CC_LAUNCH_CHECK(err, stream)                                  \
    do {                                                              \
        CC_CUDA_TRY(err, cudaGetLastError());                         \
        CC_CUDA_TRY(err, cudaStreamSynchronize((cudaStream_t)(stream))); \
    } while (0)
#else
#define CC_LAUNCH_CHECK(err, stream) CC_CUDA_TRY(err, cudaGetLastError())
#endif

/* Argument checks inside launchers: record CC_ERR_INVALID and leave. */
#define CC_ARG_CHECK(err, cond, ...)                   \
    do {                                               \
        if (!(cond)) {                                 \
            rc = cc_fail((err), CC_ERR_INVALID, __VA_ARGS__); \
            goto done;                                 \
        }                                              \
    } while (0)

#endif
