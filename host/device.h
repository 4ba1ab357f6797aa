/* device.h - choose where the model runs: --device auto|cpu|cuda.
 *
 * auto (the default) uses CUDA when it was compiled in and a GPU is present,
 * and otherwise says in one line why not and uses the CPU; cuda fails with a
 * clear message when it cannot be honoured. */
#ifndef CLINCLEAN_DEVICE_H
#define CLINCLEAN_DEVICE_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

typedef enum { CC_DEVICE_AUTO = 0, CC_DEVICE_CPU, CC_DEVICE_CUDA } cc_device_kind;

typedef struct {
    cc_device_kind kind;  /* CPU or CUDA after selection, never AUTO */
    char desc[320];       /* "cpu (2 threads)" or "cuda:0 NVIDIA H100 80GB HBM3 (sm_90)" */
    char note[600];       /* one line for the user when auto fell back to the CPU, else "" */
    char numerics[200];   /* what decides a row's bits beyond the options (CUDA: the attention kernels and
                           * each pinned projection's algorithm, cc_cuda_backend_numerics), else "" */
} cc_device;

cc_status cc_device_parse(const char *text, cc_device_kind *out, cc_error *err);
const char *cc_device_kind_name(cc_device_kind k);
/* True when this binary contains the CUDA backend. */
bool cc_cuda_compiled(void);
cc_status cc_device_select(cc_device_kind want, cc_device *out, cc_error *err);

#endif
