/* device.c - device selection with a CPU fallback for builds and hosts without CUDA. */
#include "device.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifdef CLINCLEAN_HAVE_CUDA
#include "../kernels/cuda_probe.h"
#endif

cc_status cc_device_parse(const char *text, cc_device_kind *out, cc_error *err) {
    if (!text) return cc_fail(err, CC_ERR_INVALID, "--device: missing value");
    if (strcmp(text, "auto") == 0) *out = CC_DEVICE_AUTO;
    else if (strcmp(text, "cpu") == 0) *out = CC_DEVICE_CPU;
    else if (strcmp(text, "cuda") == 0 || strcmp(text, "gpu") == 0) *out = CC_DEVICE_CUDA;
    else return cc_fail(err, CC_ERR_INVALID, "--device: unknown value '%s' (expected auto, cpu or cuda)", text);
    return CC_OK;
}

const char *cc_device_kind_name(cc_device_kind k) {
    switch (k) {
    case CC_DEVICE_AUTO: return "auto";
    case CC_DEVICE_CPU: return "cpu";
    case CC_DEVICE_CUDA: return "cuda";
    }
    return "?";
}

bool cc_cuda_compiled(void) {
#ifdef CLINCLEAN_HAVE_CUDA
    return true;
#else
    return false;
#endif
}

static void describe_cpu(cc_device *d) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    d->kind = CC_DEVICE_CPU;
    snprintf(d->desc, sizeof d->desc, "cpu (%ld hardware threads)", n > 0 ? n : 1);
}

cc_status cc_device_select(cc_device_kind want, cc_device *out, cc_error *err) {
    memset(out, 0, sizeof *out);
    if (want == CC_DEVICE_CPU) {
        describe_cpu(out);
        return CC_OK;
    }
#ifdef CLINCLEAN_HAVE_CUDA
    cc_cuda_probe_info info;
    if (cc_cuda_probe(&info) == 0) {
        out->kind = CC_DEVICE_CUDA;
        snprintf(out->desc, sizeof out->desc, "cuda:0 %s (sm_%d%d, %.1f GiB)", info.name, info.cc_major,
                 info.cc_minor, (double)info.total_mem / (1024.0 * 1024.0 * 1024.0));
        return CC_OK;
    }
    if (want == CC_DEVICE_CUDA)
        return cc_fail(err, CC_ERR_DEVICE, "--device cuda: no usable GPU (%s)", info.why);
    describe_cpu(out);
    snprintf(out->note, sizeof out->note, "no GPU found (%s); using the CPU", info.why);
    return CC_OK;
#else
    if (want == CC_DEVICE_CUDA)
        return cc_fail(err, CC_ERR_DEVICE,
                       "--device cuda: this clinclean was built without the CUDA backend (nvcc was not found at "
                       "configure time)");
    describe_cpu(out);
    snprintf(out->note, sizeof out->note, "no GPU found (CUDA backend not compiled in); using the CPU");
    return CC_OK;
#endif
}
