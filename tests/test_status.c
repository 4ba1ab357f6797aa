/* test_status.c - error records and overflow-checked size arithmetic. */
#include <stdint.h>
#include <string.h>

#include "status.h"
#include "testutil.h"

int main(void) {
    cc_error e = {0};
    CHECK(cc_fail(&e, CC_ERR_FORMAT, "%s: field '%s' at offset %zu", "m.gguf", "n_tensors", (size_t)16) ==
          CC_ERR_FORMAT);
    CHECK(e.code == CC_ERR_FORMAT);
    CHECK(strcmp(e.msg, "m.gguf: field 'n_tensors' at offset 16") == 0);
    cc_wrap(&e, "loading %s", "model");
    CHECK(strcmp(e.msg, "loading model: m.gguf: field 'n_tensors' at offset 16") == 0);
    CHECK(e.code == CC_ERR_FORMAT);
    cc_error_clear(&e);
    CHECK(e.code == CC_OK && e.msg[0] == '\0');

    size_t out = 7;
    CHECK(cc_mul_size(SIZE_MAX / 2 + 1, 2, &out) == false && out == 7);
    CHECK(cc_mul_size(1u << 20, 1u << 10, &out) && out == (size_t)1 << 30);
    CHECK(cc_add_size(SIZE_MAX, 1, &out) == false);
    int64_t o64;
    CHECK(cc_mul_i64(INT64_MAX, 2, &o64) == false);
    CHECK(strcmp(cc_status_name(CC_ERR_DB), "database error") == 0);
    return cc_test_finish("test_status");
}
