/* engine_open.c - cc_rewriter_open, the seam where the inference engine plugs
 * into `clinclean run` (see engine.h).
 *
 * INTEGRATION POINT: the engine (GGUF loader, tokenizer, config, scheduler,
 * CPU/CUDA backends) is being built on other branches.  Until it is merged,
 * this build has no engine and says so; `clinclean run --dry-run` still works
 * (with a labelled token estimate), as do merge and export.  The integrator
 * replaces the body below: load opt->config_path (or the model's default
 * config), the model and tokenizer, select opt->device, build the scheduler,
 * fill *out with its vtable and *info with the device description and the
 * config / prompt-template hashes. */
#include "engine.h"

#include <string.h>

cc_status cc_rewriter_open(const cc_engine_options *opt, cc_rewriter *out, cc_engine_info *info, cc_error *err) {
    memset(out, 0, sizeof *out);
    memset(info, 0, sizeof *info);
    return cc_fail(err, CC_ERR_UNSUPPORTED,
                   "-m %s: the inference engine is not available in this build of clinclean "
                   "(only --dry-run, merge and export work without it)",
                   opt && opt->model_path ? opt->model_path : "?");
}
