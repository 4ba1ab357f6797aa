/* notes_scan.h - stream the rows a run must process out of the user's table.
 *
 * Rows are read in short pages (keyset pagination on the rowid, or on the id
 * column for WITHOUT ROWID tables), each page its own read transaction, so a
 * run over a million rows never pins an old snapshot and other writers and
 * WAL checkpoints keep working.  For every row the scanner applies, in order:
 *   1. --where EXPR (inside the SQL; must be one read-only expression),
 *   2. --shard K/N: FNV-1a 64-bit hash of the row key's text, mod N == K
 *      (stable across runs, machines and row order),
 *   3. the incremental rule: unless full, a row is passed over ("unchanged")
 *      when its latest clinclean_results row has the same source hash, model
 *      hash and config hash and a status other than 'error' (errors are
 *      retried on every run),
 *   4. --limit N: at most N rows are handed out.
 * The row key is CAST(id AS TEXT), the form stored in clinclean_results. */
#ifndef CLINCLEAN_NOTES_SCAN_H
#define CLINCLEAN_NOTES_SCAN_H

#include "notes_db.h"

typedef struct {
    const char *table;       /* unquoted source table name (as stored in clinclean_results) */
    const char *out_col;     /* unquoted output column name */
    const cc_table_ref *ref; /* quoted names, from cc_table_resolve */
    const char *where;       /* filter expression or NULL */
    uint32_t shard_k;        /* this shard, 0 <= shard_k < shard_n */
    uint32_t shard_n;        /* number of shards; 0 or 1 = no sharding */
    int64_t limit;           /* rows to hand out; < 0 = no limit */
    bool full;               /* ignore earlier results (--full) */
    const char *model_hash;  /* hex; compared with earlier results */
    const char *config_hash; /* hex */
    int page_rows;           /* rows per read transaction (default 256) */
} cc_scan_spec;

typedef struct {
    int64_t rowid;           /* rowid of the row (0 for WITHOUT ROWID tables) */
    sqlite3_value *key_val;  /* the id value as stored (owned; sqlite3_value_free) */
    char *key;               /* CAST(id AS TEXT), NUL-terminated (owned) */
    size_t key_len;          /* bytes in key (a BLOB id may hold NUL bytes) */
    int type;                /* SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL, SQLITE_INTEGER or SQLITE_FLOAT */
    char *data;              /* the source value's bytes (text form for numbers), NUL-terminated; NULL for NULL */
    size_t len;              /* bytes in data */
    char source_hash[65];    /* see cc_source_hash */
} cc_note_row;

typedef struct {
    int64_t seen;          /* rows read that matched --where */
    int64_t other_shard;   /* of those, rows belonging to another shard */
    int64_t unchanged;     /* rows passed over by the incremental rule */
    int64_t handed_out;    /* rows returned by cc_scan_next */
} cc_scan_stats;

typedef struct cc_scan cc_scan;

/* Prepare the scan.  A --where that is not a single read-only expression over
 * the table fails with CC_ERR_INVALID.  *out: OUT, free with cc_scan_close. */
cc_status cc_scan_open(cc_db *d, const cc_scan_spec *spec, cc_scan **out, cc_error *err);
/* Next row to process; *done = true (and row untouched) at the end.
 * Fill row; release it with cc_note_row_clear. */
cc_status cc_scan_next(cc_scan *sc, cc_note_row *row, bool *done, cc_error *err);
const cc_scan_stats *cc_scan_stats_get(const cc_scan *sc);
void cc_scan_close(cc_scan *sc); /* accepts NULL */
void cc_note_row_clear(cc_note_row *row);

/* Count rows matching --where (before sharding), for progress and --dry-run. */
cc_status cc_scan_count(cc_db *d, const cc_table_ref *ref, const char *where, int64_t *n, cc_error *err);

/* sha256 hex of a source value: of the bytes for TEXT and numbers, of
 * "BLOB:" followed by the bytes for a BLOB, and the word "null" for NULL. */
void cc_source_hash(int type, const void *data, size_t len, char out[65]);
/* FNV-1a 64-bit of the key bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3). */
uint64_t cc_shard_hash(const char *key, size_t len);
/* Parse "K/N" with 0 <= K < N <= 65536. */
cc_status cc_shard_parse(const char *text, uint32_t *k, uint32_t *n, cc_error *err);

#endif
