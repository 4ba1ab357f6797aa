/* note_prep.h - turn a row's stored value into the text the model sees, or
 * decide that the row is skipped or an error, recording every decision as a
 * machine-readable reason ({"check": ..., "detail": ..., ...} objects in a
 * JSON array, as stored in clinclean_results.reasons). */
#ifndef CLINCLEAN_NOTE_PREP_H
#define CLINCLEAN_NOTE_PREP_H

#include <jansson.h>

#include "notes_scan.h"
#include "text_prep.h"

typedef enum {
    CC_PREP_SEND = 0, /* *text is ready for the model */
    CC_PREP_SKIP,     /* nothing to clean (NULL, empty, white space) */
    CC_PREP_ERROR,    /* cannot be cleaned (BLOB without codec, corrupt BLOB, rejected UTF-8) */
} cc_prep_kind;

typedef struct {
    cc_text_codec codec; /* how BLOB values are decoded (NONE: a BLOB is an error) */
    size_t blob_max;     /* cap on a decoded BLOB (0: CC_BLOB_MAX_DECODED) */
    bool utf8_reject;    /* invalid UTF-8 is an error instead of being repaired */
} cc_prep_opts;

/* Prepare one row: decode, repair invalid UTF-8 (or reject), repair encoding
 * debris, detect blank text.  Reasons are appended to the reasons array.
 * *text: OUT, malloc'd, for CC_PREP_SEND only.  Fails only on memory. */
cc_status cc_note_prepare(const cc_prep_opts *opts, const cc_note_row *row, json_t *reasons, cc_prep_kind *kind,
                          char **text, size_t *len, cc_error *err);

/* Append {"check": check, "detail": detail} to arr. */
void cc_reason_add(json_t *arr, const char *check, const char *detail);
/* The last reason in arr (to add fields to it). */
json_t *cc_reason_last(json_t *arr);
/* A JSON string from bytes that may not be valid UTF-8 (repaired with U+FFFD). */
json_t *cc_json_text(const char *s, size_t n);

#endif
