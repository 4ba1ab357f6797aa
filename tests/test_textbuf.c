/* test_textbuf.c - the growable text buffer: appends of any size, printf
 * text longer than its stack buffer (the configuration hash once cut such
 * text at 255 bytes), taking the text, and a failed append turned into a
 * status. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "textbuf.h"

int main(void) {
    cc_error err = {0};
    cc_buf b = {0};
    char *out = NULL;
    size_t n = 0;

    /* nothing appended: take gives "" */
    CHECK(cc_buf_take(&b, &out, &n, "empty", &err) == CC_OK && out && n == 0 && out[0] == '\0');
    free(out);

    /* appends grow the buffer and keep it NUL-terminated */
    for (int i = 0; i < 1000; i++) cc_buf_puts(&b, "abc");
    CHECK(b.n == 3000 && strlen(b.p) == 3000 && !b.oom);
    cc_buf_put(&b, "x\0y", 3); /* embedded NUL bytes are data */
    CHECK(b.n == 3003 && b.p[3001] == '\0' && b.p[3002] == 'y');
    cc_buf_free(&b);
    CHECK(b.p == NULL && b.n == 0);

    /* printf text of every length, also past 256 bytes */
    char want[2000];
    memset(want, 'q', 1500);
    want[1500] = '\0';
    cc_buf_fmt(&b, "%d:%s:%s", 42, "k", want);
    CHECKF(b.n == 3 + 2 + 1500 && memcmp(b.p, "42:k:", 5) == 0 && memcmp(b.p + 5, want, 1500) == 0,
           "formatted %zu bytes", b.n);
    CHECK(cc_buf_take(&b, &out, &n, "long", &err) == CC_OK && n == 1505 && strlen(out) == 1505);
    CHECK(b.p == NULL && b.n == 0); /* ownership moved */
    free(out);

    /* a failed append: later appends do nothing, take reports it and frees */
    cc_buf_puts(&b, "partial");
    b.oom = true;
    cc_buf_puts(&b, "more");
    CHECK(b.n == 7);
    out = NULL;
    CHECK(cc_buf_take(&b, &out, &n, "the run summary", &err) == CC_ERR_NOMEM && out == NULL);
    CHECKF(strstr(err.msg, "the run summary: out of memory") != NULL, "%s", err.msg);
    CHECK(b.p == NULL);
    return cc_test_finish("test_textbuf");
}
