/* sha256.h - SHA-256 (FIPS 180-4), streaming, plus hex helpers for the hashes
 * the batch job records: source text, model file, configuration, prompt.
 *
 * Own implementation; checked against the FIPS 180-4 / NIST example vectors in
 * tests/test_sha256.c. */
#ifndef CLINCLEAN_SHA256_H
#define CLINCLEAN_SHA256_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

#define CC_SHA256_LEN 32      /* digest bytes */
#define CC_SHA256_HEX_LEN 64  /* hex characters, without the NUL */

typedef struct {
    uint32_t h[8];       /* chaining state H0..H7 */
    uint64_t n_bytes;    /* total message bytes absorbed so far */
    uint8_t block[64];   /* pending partial block */
    size_t block_len;    /* bytes used in block, 0..63 */
} cc_sha256;

void cc_sha256_init(cc_sha256 *s);
void cc_sha256_update(cc_sha256 *s, const void *data, size_t len);
/* Finish and write the 32-byte digest; s must be re-initialised before reuse. */
void cc_sha256_final(cc_sha256 *s, uint8_t out[CC_SHA256_LEN]);

/* One-shot digest of a buffer, as 64 lowercase hex characters + NUL. */
void cc_sha256_hex(const void *data, size_t len, char out[CC_SHA256_HEX_LEN + 1]);
/* Lowercase hex of any digest-sized byte string. */
void cc_sha256_to_hex(const uint8_t digest[CC_SHA256_LEN], char out[CC_SHA256_HEX_LEN + 1]);
/* Stream a whole file through SHA-256 (1 MiB reads; never maps it).  Fails with
 * CC_ERR_IO naming the path and the byte offset where reading failed. */
cc_status cc_sha256_file(const char *path, char out[CC_SHA256_HEX_LEN + 1], cc_error *err);

#endif
