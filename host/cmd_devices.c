/* cmd_devices.c - `clinclean devices`: what the --device choice resolves to here. */
#include <getopt.h>
#include <stdio.h>

#include "commands.h"
#include "device.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean devices [--device auto|cpu|cuda]\n"
            "\n"
            "Print the compute device clinclean would use and whether CUDA is compiled in.\n"
            "  --device D   auto (default): the GPU when present, else the CPU with a note;\n"
            "               cuda: fail unless a GPU is usable; cpu: always the CPU.\n");
}

int cmd_devices(int argc, char **argv) {
    static const struct option opts[] = {{"device", required_argument, 0, 'd'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    cc_device_kind want = CC_DEVICE_AUTO;
    cc_error err = {0};
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            if (cc_device_parse(optarg, &want, &err) != CC_OK) {
                fprintf(stderr, "clinclean devices: %s\n", err.msg);
                return 2;
            }
            break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return 2;
    }
    cc_device dev;
    if (cc_device_select(want, &dev, &err) != CC_OK) {
        fprintf(stderr, "clinclean: %s\n", err.msg);
        return 1;
    }
    if (dev.note[0]) fprintf(stderr, "clinclean: %s\n", dev.note);
    printf("cuda compiled in: %s\n", cc_cuda_compiled() ? "yes" : "no");
    printf("device: %s\n", dev.desc);
    return 0;
}
