/* jsonl.c - JSON string escaping and base64 for export (see jsonl.h). */
#include "jsonl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "status.h"
#include "text_prep.h"

size_t cc_json_put_string(cc_buf *b, const char *s, size_t n) {
    const uint8_t *p = (const uint8_t *)s;
    size_t bad = 0, i = 0;
    cc_buf_put(b, "\"", 1);
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) {
            char esc[8];
            switch (c) {
            case '"': cc_buf_put(b, "\\\"", 2); break;
            case '\\': cc_buf_put(b, "\\\\", 2); break;
            case '\n': cc_buf_put(b, "\\n", 2); break;
            case '\r': cc_buf_put(b, "\\r", 2); break;
            case '\t': cc_buf_put(b, "\\t", 2); break;
            case '\b': cc_buf_put(b, "\\b", 2); break;
            case '\f': cc_buf_put(b, "\\f", 2); break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    snprintf(esc, sizeof esc, "\\u%04x", c);
                    cc_buf_put(b, esc, 6);
                } else {
                    cc_buf_put(b, &c, 1);
                }
            }
            i++;
            continue;
        }
        /* Multi-byte: copy a whole valid sequence, else one \ufffd per maximal bad subpart. */
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        size_t avail = n - i < len ? n - i : len;
        if (avail == len && cc_utf8_valid(s + i, len, NULL)) {
            if (len == 3 && p[i] == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9))
                cc_buf_puts(b, p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
            else
                cc_buf_put(b, p + i, len);
            i += len;
        } else {
            /* One \ufffd for the bad lead byte and the continuation bytes right after it. */
            size_t j = i + 1;
            while (j < n && j < i + len && (p[j] & 0xC0) == 0x80) j++;
            cc_buf_puts(b, "\\ufffd");
            bad++;
            i = j;
        }
    }
    cc_buf_put(b, "\"", 1);
    return bad;
}

void cc_json_put_base64(cc_buf *b, const uint8_t *d, size_t n) {
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    cc_buf_put(b, "\"", 1);
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (i + 1 < n ? (uint32_t)d[i + 1] << 8 : 0) | (i + 2 < n ? d[i + 2] : 0);
        char o[4] = {tab[v >> 18 & 63], tab[v >> 12 & 63], i + 1 < n ? tab[v >> 6 & 63] : '=', i + 2 < n ? tab[v & 63] : '='};
        cc_buf_put(b, o, 4);
    }
    cc_buf_put(b, "\"", 1);
}
