/* test_sha256.c - SHA-256 against the FIPS 180-4 / NIST example vectors, the
 * streaming API across every split point, and file hashing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sha256.h"
#include "testutil.h"

static void check_vec(const char *msg, size_t len, const char *want) {
    char got[65];
    cc_sha256_hex(msg, len, got);
    CHECKF(strcmp(got, want) == 0, "len %zu: got %s want %s", len, got, want);
}

int main(void) {
    /* FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the empty message. */
    check_vec("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check_vec("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    check_vec(two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *four = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    check_vec(four, strlen(four), "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");

    /* One million 'a' (the long-message vector), fed in uneven pieces. */
    size_t n = 1000000;
    char *a = malloc(n);
    CHECK(a != NULL);
    if (!a) return cc_test_finish("test_sha256");
    memset(a, 'a', n);
    cc_sha256 s;
    uint8_t d[32];
    char hex[65];
    cc_sha256_init(&s);
    size_t off = 0, step = 1;
    while (off < n) {
        size_t take = step < n - off ? step : n - off;
        cc_sha256_update(&s, a + off, take);
        off += take;
        step = step * 3 % 997 + 1;
    }
    cc_sha256_final(&s, d);
    cc_sha256_to_hex(d, hex);
    CHECKF(strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0, "1M a: %s", hex);

    /* Every split point of the 112-byte message gives the one-shot digest
     * (exercises the 55/56/64-byte padding boundaries). */
    char whole[65];
    cc_sha256_hex(four, strlen(four), whole);
    int bad = 0;
    for (size_t cut = 0; cut <= strlen(four); cut++) {
        cc_sha256_init(&s);
        cc_sha256_update(&s, four, cut);
        cc_sha256_update(&s, four + cut, strlen(four) - cut);
        cc_sha256_final(&s, d);
        cc_sha256_to_hex(d, hex);
        if (strcmp(hex, whole) != 0) bad++;
    }
    CHECKF(bad == 0, "%d split points disagree", bad);

    /* File hashing equals buffer hashing; a missing file fails with its name. */
    char path[] = "/tmp/cc_sha256_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0) {
        CHECK(write(fd, a, 300000) == 300000);
        close(fd);
        cc_error err = {0};
        CHECK(cc_sha256_file(path, hex, &err) == CC_OK);
        cc_sha256_hex(a, 300000, whole);
        CHECK(strcmp(hex, whole) == 0);
        unlink(path);
        CHECK(cc_sha256_file(path, hex, &err) == CC_ERR_IO);
        CHECK(strstr(err.msg, path) != NULL);
    }
    free(a);
    return cc_test_finish("test_sha256");
}
