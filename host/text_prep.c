/* text_prep.c - BLOB decoding, UTF-8 repair, mojibake repair, blank detection,
 * chunk splitting and joining for notes on their way to the model. */
#include "text_prep.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "textbuf.h"

/* ================================================================ BLOBs */

cc_status cc_text_codec_parse(const char *name, cc_text_codec *out, cc_error *err) {
    if (strcmp(name, "none") == 0) *out = CC_CODEC_NONE;
    else if (strcmp(name, "zlib") == 0) *out = CC_CODEC_ZLIB;
    else if (strcmp(name, "gzip") == 0) *out = CC_CODEC_GZIP;
    else return cc_fail(err, CC_ERR_INVALID, "--text-codec '%s': expected none, zlib or gzip", name);
    return CC_OK;
}

const char *cc_text_codec_name(cc_text_codec c) {
    return c == CC_CODEC_ZLIB ? "zlib" : c == CC_CODEC_GZIP ? "gzip" : "none";
}

cc_status cc_text_decode_blob(const uint8_t *in, size_t n, cc_text_codec codec, size_t max_out, char **out,
                              size_t *out_len, cc_error *err) {
    cc_status st = CC_OK;
    cc_buf b = {0};
    z_stream z;
    memset(&z, 0, sizeof z);
    bool inited = false;
    *out = NULL;
    *out_len = 0;
    if (codec == CC_CODEC_NONE) return cc_fail(err, CC_ERR_INVALID, "BLOB given but no --text-codec");
    if (n > UINT32_MAX) return cc_fail(err, CC_ERR_RANGE, "BLOB of %zu bytes is too large", n);
    if (inflateInit2(&z, codec == CC_CODEC_GZIP ? 16 + MAX_WBITS : MAX_WBITS) != Z_OK) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: cannot initialise the decoder", cc_text_codec_name(codec));
        goto done;
    }
    inited = true;
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)n;
    unsigned char tmp[16384];
    int zr = Z_OK;
    while (zr != Z_STREAM_END) {
        z.next_out = tmp;
        z.avail_out = sizeof tmp;
        zr = inflate(&z, Z_NO_FLUSH);
        if (zr != Z_OK && zr != Z_STREAM_END) {
            size_t at = n - z.avail_in;
            if (zr == Z_BUF_ERROR)
                st = cc_fail(err, CC_ERR_FORMAT, "%s BLOB truncated at byte %zu of %zu", cc_text_codec_name(codec), at, n);
            else
                st = cc_fail(err, CC_ERR_FORMAT, "%s BLOB corrupt at byte %zu of %zu: %s", cc_text_codec_name(codec),
                             at, n, z.msg ? z.msg : "inflate failed");
            goto done;
        }
        size_t got = sizeof tmp - z.avail_out;
        if (got > max_out - b.n) {
            st = cc_fail(err, CC_ERR_RANGE, "%s BLOB inflates past the %zu-byte cap (zip bomb?)",
                         cc_text_codec_name(codec), max_out);
            goto done;
        }
        cc_buf_put(&b, tmp, got);
        if (b.oom) {
            st = cc_fail(err, CC_ERR_NOMEM, "out of memory decoding a BLOB");
            goto done;
        }
    }
    if (z.avail_in != 0) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s BLOB has %u trailing bytes after the stream end at byte %zu",
                     cc_text_codec_name(codec), z.avail_in, n - z.avail_in);
        goto done;
    }
    st = cc_buf_take(&b, out, out_len, "decoded BLOB", err);
done:
    if (inited) inflateEnd(&z);
    free(b.p);
    return st;
}

/* ================================================================ UTF-8 */

/* Length of the well-formed UTF-8 sequence at p (strict: Unicode table 3-7, NUL
 * excluded) and its code point, or -k where k >= 1 is the maximal invalid subpart. */
static int utf8_decode(const uint8_t *p, size_t n, uint32_t *cp) {
    uint8_t c = p[0];
    if (c >= 0x01 && c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) need = 1, v = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, v = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, v = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return -1;
    for (int i = 1; i <= need; i++) {
        if ((size_t)i >= n) return -i;
        uint8_t d = p[i];
        if (d < lo || d > hi) return -i;
        lo = 0x80, hi = 0xBF;
        v = v << 6 | (d & 0x3F);
    }
    *cp = v;
    return need + 1;
}

bool cc_utf8_valid(const char *text, size_t n, size_t *bad_off) {
    const uint8_t *p = (const uint8_t *)text;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode(p + i, n - i, &cp);
        if (k < 0) {
            if (bad_off) *bad_off = i;
            return false;
        }
        i += (size_t)k;
    }
    if (bad_off) *bad_off = SIZE_MAX;
    return true;
}

cc_status cc_utf8_repair(const char *text, size_t n, char **out, size_t *out_len, size_t *n_bad, size_t *first_bad,
                         cc_error *err) {
    const uint8_t *p = (const uint8_t *)text;
    cc_buf b = {0};
    size_t i = 0, bad = 0, first = SIZE_MAX;
    while (i < n) {
        uint32_t cp;
        int k = utf8_decode(p + i, n - i, &cp);
        if (k > 0) {
            cc_buf_put(&b, p + i, (size_t)k);
            i += (size_t)k;
        } else {
            if (first == SIZE_MAX) first = i;
            bad++;
            cc_buf_put(&b, "\xEF\xBF\xBD", 3);
            i += (size_t)-k;
        }
    }
    *n_bad = bad;
    *first_bad = first;
    return cc_buf_take(&b, out, out_len, "UTF-8 repair", err);
}

/* ================================================================ mojibake */

/* The byte a Windows-1252 (or Latin-1) decoder turned into code point cp, or -1. */
static int cp1252_byte(uint32_t cp) {
    if (cp >= 0x80 && cp <= 0xFF) return (int)cp; /* Latin-1, incl. C1 controls for unmapped slots */
    static const struct {
        uint16_t cp;
        uint8_t byte;
    } map[] = {{0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
               {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
               {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
               {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
               {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].cp == cp) return map[i].byte;
    return -1;
}

size_t cc_mojibake_at(const char *text, size_t n, uint8_t utf8[4], size_t *utf8_len, uint32_t *cp) {
    const uint8_t *p = (const uint8_t *)text;
    uint32_t c0;
    int k = utf8_decode(p, n, &c0);
    if (k <= 0) return 0;
    int lead = cp1252_byte(c0);
    int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    if (!need) return 0;
    utf8[0] = (uint8_t)lead;
    size_t j = (size_t)k;
    int got = 0;
    while (got < need && j < n) {
        uint32_t c2;
        int k2 = utf8_decode(p + j, n - j, &c2);
        if (k2 <= 0) break;
        int byte = cp1252_byte(c2);
        if (byte < 0x80 || byte > 0xBF) break;
        utf8[++got] = (uint8_t)byte;
        j += (size_t)k2;
    }
    if (got != need || utf8_decode(utf8, (size_t)need + 1, cp) != need + 1) return 0;
    *utf8_len = (size_t)need + 1;
    return j;
}

/* One pass of double-encoding repair over valid UTF-8.  Returns repairs made. */
static size_t undo_double_encoding(const uint8_t *p, size_t n, cc_buf *b) {
    size_t i = 0, fixed = 0;
    while (i < n) {
        uint8_t bytes[4];
        size_t nb;
        uint32_t cp;
        size_t j = cc_mojibake_at((const char *)p + i, n - i, bytes, &nb, &cp);
        if (j) {
            cc_buf_put(b, bytes, nb);
            fixed++;
            i += j;
            continue;
        }
        int k = utf8_decode(p + i, n - i, &cp);
        if (k <= 0) k = 1; /* caller guarantees valid UTF-8; copy defensively */
        cc_buf_put(b, p + i, (size_t)k);
        i += (size_t)k;
    }
    return fixed;
}

cc_status cc_mojibake_repair(const char *text, size_t n, char **out, size_t *out_len, cc_repair_counts *counts,
                             cc_error *err) {
    cc_status st = CC_OK;
    cc_repair_counts c = {0};
    char *cur = NULL;
    size_t cur_n = 0;
    cc_buf b = {0};
    /* Round 0 copies; rounds repeat while they change something (triple encoding). */
    cc_buf_put(&b, text, n);
    if ((st = cc_buf_take(&b, &cur, &cur_n, "mojibake repair", err)) != CC_OK) goto done;
    for (int round = 0; round < 3; round++) {
        cc_buf nb = {0};
        size_t f = undo_double_encoding((const uint8_t *)cur, cur_n, &nb);
        char *next = NULL;
        size_t next_n = 0;
        if ((st = cc_buf_take(&nb, &next, &next_n, "mojibake repair", err)) != CC_OK) goto done;
        free(cur);
        cur = next;
        cur_n = next_n;
        c.double_encoded += f;
        if (!f) break;
    }
    /* Stray "Â" (the lead byte of a no-break space whose second byte became a
     * plain space) after ASCII or at the start, before white space or the end. */
    for (size_t i = 0; i < cur_n;) {
        const uint8_t *p = (const uint8_t *)cur;
        uint32_t cp;
        int k = utf8_decode(p + i, cur_n - i, &cp);
        if (k <= 0) {
            cc_buf_put(&b, p + i, 1);
            i++;
            continue;
        }
        if (cp == 0xC2 && (i == 0 || p[i - 1] < 0x80)) {
            size_t j = i + 2;
            if (j == cur_n || p[j] == ' ' || p[j] == '\n' || p[j] == '\r' || p[j] == '\t' ||
                (j + 1 < cur_n && p[j] == 0xC2 && p[j + 1] == 0xA0)) {
                c.stray_a_circ++;
                i = j;
                continue;
            }
        }
        if (cp == 0xA0 || cp == 0x202F || cp == 0x2007) {
            c.nbsp++;
            cc_buf_put(&b, " ", 1);
        } else {
            cc_buf_put(&b, p + i, (size_t)k);
        }
        i += (size_t)k;
    }
    st = cc_buf_take(&b, out, out_len, "mojibake repair", err);
    if (st == CC_OK && counts) *counts = c;
done:
    free(b.p);
    free(cur);
    return st;
}

/* ================================================================ blank */

static bool is_unicode_space(uint32_t cp) {
    if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D)) return true;
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool cc_text_is_blank(const char *text, size_t n) {
    const uint8_t *p = (const uint8_t *)text;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = utf8_decode(p + i, n - i, &cp);
        if (k <= 0 || !is_unicode_space(cp)) return false;
        i += (size_t)k;
    }
    return true;
}
