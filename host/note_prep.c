/* note_prep.c - from a row's stored value to the text the model sees:
 * NULL / BLOB / number handling, UTF-8 repair, debris repair, blank
 * detection; every decision recorded as a machine-readable reason. */
#include "note_prep.h"

#include <stdlib.h>
#include <string.h>

/* ================================================================ reasons (JSON) */

/* A JSON string from bytes that may not be valid UTF-8. */
json_t *cc_json_text(const char *s, size_t n) {
    if (cc_utf8_valid(s, n, NULL)) return json_stringn(s, n);
    char *fixed;
    size_t fn, bad, first;
    if (cc_utf8_repair(s, n, &fixed, &fn, &bad, &first, NULL) != CC_OK) return json_string("?");
    json_t *j = json_stringn(fixed, fn);
    free(fixed);
    return j;
}

void cc_reason_add(json_t *arr, const char *check, const char *detail) {
    json_t *o = json_object();
    json_object_set_new(o, "check", json_string(check));
    json_object_set_new(o, "detail", cc_json_text(detail, strlen(detail)));
    json_array_append_new(arr, o);
}

/* The last reason appended (to add fields to it). */
json_t *cc_reason_last(json_t *arr) { return json_array_get(arr, json_array_size(arr) - 1); }

/* ================================================================ preparing a row */

/* Turn a row's source value into the text the model sees, or decide it is
 * skipped / an error.  *text: OUT malloc'd (CC_PREP_SEND only). */
cc_status cc_note_prepare(const cc_prep_opts *o, const cc_note_row *row, json_t *reasons, cc_prep_kind *kind,
                          char **text, size_t *len, cc_error *err) {
    cc_status st = CC_OK;
    char *buf = NULL, *tmp = NULL;
    size_t n = 0;
    cc_error e = {0};
    *text = NULL;
    *len = 0;
    *kind = CC_PREP_ERROR;
    if (row->type == SQLITE_NULL) {
        cc_reason_add(reasons, "input", "null");
        *kind = CC_PREP_SKIP;
        goto done;
    }
    if (row->type == SQLITE_BLOB) {
        if (o->codec == CC_CODEC_NONE) {
            cc_reason_add(reasons, "input", "blob_without_codec");
            json_object_set_new(cc_reason_last(reasons), "bytes", json_integer((json_int_t)row->len));
            goto done;
        }
        cc_status ds = cc_text_decode_blob((const uint8_t *)row->data, row->len, o->codec,
                                           o->blob_max ? o->blob_max : CC_BLOB_MAX_DECODED, &buf, &n, &e);
        if (ds == CC_ERR_NOMEM) {
            st = cc_fail(err, ds, "%s", e.msg);
            goto done;
        }
        if (ds != CC_OK) {
            cc_reason_add(reasons, "input", "blob_decode_failed");
            json_object_set_new(cc_reason_last(reasons), "message", cc_json_text(e.msg, strlen(e.msg)));
            goto done;
        }
        cc_reason_add(reasons, "input", "blob_decoded");
        json_object_set_new(cc_reason_last(reasons), "codec", json_string(cc_text_codec_name(o->codec)));
    } else {
        if (row->type != SQLITE_TEXT)
            cc_reason_add(reasons, "input", row->type == SQLITE_INTEGER ? "integer_value" : "real_value");
        buf = malloc(row->len + 1);
        if (!buf) {
            st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
            goto done;
        }
        memcpy(buf, row->data, row->len);
        buf[row->len] = '\0';
        n = row->len;
    }
    size_t bad_off;
    if (!cc_utf8_valid(buf, n, &bad_off)) {
        if (o->utf8_reject) {
            cc_reason_add(reasons, "encoding", "invalid_utf8");
            json_object_set_new(cc_reason_last(reasons), "offset", json_integer((json_int_t)bad_off));
            goto done;
        }
        size_t nbad, first, tn;
        if ((st = cc_utf8_repair(buf, n, &tmp, &tn, &nbad, &first, err)) != CC_OK) goto done;
        cc_reason_add(reasons, "encoding", "invalid_utf8_repaired");
        json_object_set_new(cc_reason_last(reasons), "replaced", json_integer((json_int_t)nbad));
        json_object_set_new(cc_reason_last(reasons), "offset", json_integer((json_int_t)first));
        free(buf);
        buf = tmp;
        n = tn;
        tmp = NULL;
    }
    cc_repair_counts rc;
    size_t tn;
    if ((st = cc_mojibake_repair(buf, n, &tmp, &tn, &rc, err)) != CC_OK) goto done;
    if (rc.double_encoded || rc.stray_a_circ || rc.nbsp) {
        cc_reason_add(reasons, "encoding", "debris_repaired");
        json_t *r = cc_reason_last(reasons);
        json_object_set_new(r, "double_encoded", json_integer((json_int_t)rc.double_encoded));
        json_object_set_new(r, "stray_a_circumflex", json_integer((json_int_t)rc.stray_a_circ));
        json_object_set_new(r, "nbsp", json_integer((json_int_t)rc.nbsp));
    }
    free(buf);
    buf = tmp;
    n = tn;
    tmp = NULL;
    if (cc_text_is_blank(buf, n)) {
        cc_reason_add(reasons, "input", n == 0 ? "empty" : "whitespace_only");
        *kind = CC_PREP_SKIP;
        goto done;
    }
    *kind = CC_PREP_SEND;
    *text = buf;
    *len = n;
    buf = NULL;
done:
    free(buf);
    free(tmp);
    return st;
}
