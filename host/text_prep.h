/* text_prep.h - everything done to a note between the database and the model:
 * decoding compressed BLOBs, UTF-8 validation and repair, deterministic
 * mojibake repair, blank detection, and splitting a note that is too long for
 * the context into chunks at natural boundaries (and joining the cleaned
 * chunks back).  Pure functions of their input; no model, no database. */
#ifndef CLINCLEAN_TEXT_PREP_H
#define CLINCLEAN_TEXT_PREP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* ---------------------------------------------------------------- BLOBs */

typedef enum {
    CC_CODEC_NONE = 0, /* a BLOB is an error row */
    CC_CODEC_ZLIB,     /* RFC 1950 zlib stream */
    CC_CODEC_GZIP,     /* RFC 1952 gzip member */
} cc_text_codec;

/* Default cap on a decoded BLOB: a zip bomb fails instead of filling memory. */
#define CC_BLOB_MAX_DECODED ((size_t)64 << 20)

/* "none" | "zlib" | "gzip" -> codec; CC_ERR_INVALID otherwise. */
cc_status cc_text_codec_parse(const char *name, cc_text_codec *out, cc_error *err);
const char *cc_text_codec_name(cc_text_codec c);
/* Inflate a whole compressed BLOB.  Fails (CC_ERR_FORMAT) on a corrupt or
 * truncated stream or trailing bytes, naming the byte offset, and with
 * CC_ERR_RANGE when the output would exceed max_out bytes.
 * *out: OUT, malloc'd, NUL-terminated; caller frees. */
cc_status cc_text_decode_blob(const uint8_t *in, size_t n, cc_text_codec codec, size_t max_out, char **out,
                              size_t *out_len, cc_error *err);

/* ---------------------------------------------------------------- UTF-8 */

/* True when text[0..n) is strict UTF-8 (no overlongs, surrogates, values past
 * U+10FFFF, nor NUL bytes).  *bad_off (may be NULL) = offset of the first bad byte. */
bool cc_utf8_valid(const char *text, size_t n, size_t *bad_off);
/* Copy text replacing each maximal invalid subsequence (and each NUL) by U+FFFD.
 * *n_bad = replacements, *first_bad = byte offset of the first (SIZE_MAX if none).
 * *out: OUT, malloc'd, NUL-terminated; caller frees. */
cc_status cc_utf8_repair(const char *text, size_t n, char **out, size_t *out_len, size_t *n_bad, size_t *first_bad,
                         cc_error *err);

/* ---------------------------------------------------------------- mojibake */

typedef struct {
    size_t double_encoded; /* UTF-8 sequences read as CP-1252/Latin-1 and re-encoded ("Ã©" -> "é", "â€™" -> "’") */
    size_t stray_a_circ;   /* lone "Â" left over from a double-encoded no-break space ("Â " -> " ") */
    size_t nbsp;           /* no-break / narrow no-break / figure spaces turned into plain spaces */
} cc_repair_counts;

/* One double-encoded sequence at the start of text[0, n): UTF-8 read as CP-1252 /
 * Latin-1 and encoded again ("â€“" for an en dash).  Returns the bytes it takes in
 * text, with the UTF-8 it stands for in utf8 (*utf8_len bytes) and its code point in
 * *cp, or 0 when text does not start with one. */
size_t cc_mojibake_at(const char *text, size_t n, uint8_t utf8[4], size_t *utf8_len, uint32_t *cp);

/* Repair encoding debris in valid UTF-8 text, deterministically and
 * conservatively: a run of Latin-1/CP-1252 characters is replaced only when
 * their byte values form one well-formed multi-byte UTF-8 sequence; text that
 * is not debris (accented words, symbols, CJK, ...) is copied unchanged.
 * Applied until stable (at most 3 rounds, for triple encoding).
 * *out: OUT, malloc'd, NUL-terminated; caller frees. */
cc_status cc_mojibake_repair(const char *text, size_t n, char **out, size_t *out_len, cc_repair_counts *counts,
                             cc_error *err);

/* True when text has no characters other than ASCII and Unicode white space. */
bool cc_text_is_blank(const char *text, size_t n);

#endif
