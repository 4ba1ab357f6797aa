/* cuda_probe.cu - ask the CUDA runtime what devices exist, without failing
 * when there is no driver or no GPU (the binary must run on CPU-only hosts). */
#include "cuda_probe.h"

#include <cuda_runtime.h>
#include <stdio.h>
#include <string.h>

extern "C" int cc_cuda_probe(cc_cuda_probe_info *info) {
    memset(info, 0, sizeof *info);
    cudaRuntimeGetVersion(&info->runtime_version);
    cudaError_t rc = cudaDriverGetVersion(&info->driver_version);
    if (rc != cudaSuccess || info->driver_version == 0) {
        snprintf(info->why, sizeof info->why, "no CUDA driver installed");
        return -1;
    }
    int n = 0;
    rc = cudaGetDeviceCount(&n);
    if (rc != cudaSuccess) {
        snprintf(info->why, sizeof info->why, "cudaGetDeviceCount: %s", cudaGetErrorString(rc));
        cudaGetLastError(); /* clear the sticky error */
        return -1;
    }
    if (n <= 0) {
        snprintf(info->why, sizeof info->why, "driver reports no CUDA devices");
        return -1;
    }
    cudaDeviceProp p;
    rc = cudaGetDeviceProperties(&p, 0);
    if (rc != cudaSuccess) {
        snprintf(info->why, sizeof info->why, "cudaGetDeviceProperties: %s", cudaGetErrorString(rc));
        return -1;
    }
    info->count = n;
    info->cc_major = p.major;
    info->cc_minor = p.minor;
    info->total_mem = p.totalGlobalMem;
    snprintf(info->name, sizeof info->name, "%s", p.name);
    return 0;
}
