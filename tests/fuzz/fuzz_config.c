/* fuzz_config.c - libFuzzer target for the configuration file parser: any
 * bytes either parse or fail with a message naming "fuzz.conf:LINE"; a parsed
 * configuration satisfies the documented ranges.  A violation aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    cc_model_config c;
    cc_error err = {0};
    cc_config_defaults(&c);
    cc_status st = cc_config_parse(&c, (const char *)data, size, "fuzz.conf", &err);
    if (st != CC_OK) {
        if (strncmp(err.msg, "fuzz.conf:", 10) != 0) abort();
    } else {
        if (!(c.temperature >= 0 && c.top_p >= 0 && c.top_p <= 1 && c.min_p >= 0 && c.min_p <= 1)) abort();
        if (c.max_new_tokens < 1 || c.top_k < 0 || c.n_stop > CC_MAX_STOP || c.n_end_tokens > CC_MAX_END_TOKENS) abort();
        if (!cc_date_line_valid(c.date_line)) abort();
        if (c.system_prompt && strlen(c.system_prompt) > size) abort();
        for (size_t i = 0; i < c.n_stop; i++)
            if (!c.stop[i] || !c.stop[i][0]) abort();
    }
    cc_config_free(&c);
    return 0;
}
