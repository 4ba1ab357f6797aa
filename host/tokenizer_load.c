/* tokenizer_load.c - choose the tokenizer loader for a command line's -m /
 * --tokenizer, and slurp a stream. */
#include "tokenizer_load.h"

#include <string.h>

#include "tokenizer_gguf.h"
#include "tokenizer_json.h"

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

cc_status cc_tokenizer_open(const char *model_path, const char *tokenizer_path, cc_tokenizer **out, cc_error *err) {
    if ((model_path == NULL) == (tokenizer_path == NULL))
        return cc_fail(err, CC_ERR_INVALID, "give exactly one of -m MODEL and --tokenizer tokenizer.json");
    if (tokenizer_path) return cc_tokenizer_load_json(tokenizer_path, NULL, out, err);
    if (ends_with(model_path, ".json")) return cc_tokenizer_load_json(model_path, NULL, out, err);
    return cc_tokenizer_load_gguf(model_path, out, err);
}

cc_status cc_read_all(FILE *f, const char *name, cc_bytes *out, cc_error *err) {
    char buf[65536];
    size_t n;
    cc_status st;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if ((st = cc_bytes_append(out, buf, n, err)) != CC_OK) return st;
    if (ferror(f)) return cc_fail(err, CC_ERR_IO, "%s: read error", name);
    return CC_OK;
}
