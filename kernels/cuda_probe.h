/* cuda_probe.h - plain-C view of the CUDA runtime probe (no CUDA headers here).
 *
 * Implemented in cuda_probe.cu when the CUDA backend is compiled in; host code
 * only calls it under CLINCLEAN_HAVE_CUDA. */
#ifndef CLINCLEAN_CUDA_PROBE_H
#define CLINCLEAN_CUDA_PROBE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    int count;               /* number of visible CUDA devices (0 when none) */
    int cc_major, cc_minor;  /* compute capability of device 0 */
    char name[256];          /* device 0 name */
    size_t total_mem;        /* bytes on device 0 */
    int driver_version;      /* cudaDriverGetVersion, 0 without a driver */
    int runtime_version;     /* cudaRuntimeGetVersion */
    char why[512];           /* when count == 0: what the runtime said */
} cc_cuda_probe_info;

/* Fills info; never aborts.  Returns 0 when at least one device is usable. */
int cc_cuda_probe(cc_cuda_probe_info *info);

#ifdef __cplusplus
}
#endif

#endif
