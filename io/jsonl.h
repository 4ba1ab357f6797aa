/* jsonl.h - building JSON lines by hand for `clinclean export` (into a
 * cc_buf, textbuf.h): a JSON string escaper that is correct for any bytes (valid
 * UTF-8 passes through, control characters and U+2028/U+2029 are escaped,
 * invalid UTF-8 becomes \ufffd and is reported), plus base64 for BLOBs. */
#ifndef CLINCLEAN_JSONL_H
#define CLINCLEAN_JSONL_H

#include <stddef.h>
#include <stdint.h>

#include "textbuf.h"

/* Append s[0..n) as a quoted JSON string.  Returns the number of invalid
 * UTF-8 sequences that were replaced by \ufffd. */
size_t cc_json_put_string(cc_buf *b, const char *s, size_t n);
/* Append data as a quoted base64 string (RFC 4648, with padding). */
void cc_json_put_base64(cc_buf *b, const uint8_t *data, size_t n);

#endif
