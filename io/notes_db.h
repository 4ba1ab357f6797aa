/* notes_db.h - the SQLite side of the batch job: opening a user's database
 * safely (WAL, busy timeout), the bookkeeping schema and its version, table
 * and column names as validated and quoted identifiers, adding the output
 * column, the model-hash cache and the clinclean_runs bookkeeping.
 *
 * Reading notes lives in notes_scan.h, writing results in notes_write.h.
 *
 * Identifiers: a name given on the command line is accepted only when it is
 * 1..128 bytes of valid UTF-8 without control characters, does not name an
 * SQLite or clinclean internal table, and (for the table, id and source
 * columns) exists in the database, looked up through the C API rather than
 * SQL.  It is then always written into SQL as a double-quoted identifier with
 * embedded quotes doubled, so a name such as  notes"; DROP TABLE x; --  is
 * either rejected (no such table) or used literally as the table's name. */
#ifndef CLINCLEAN_NOTES_DB_H
#define CLINCLEAN_NOTES_DB_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

#define CC_SCHEMA_VERSION 1
#define CC_DB_BUSY_MS_DEFAULT 30000 /* how long a statement waits for another writer */
#define CC_IDENT_MAX 128            /* longest accepted table/column name, bytes */

extern const char cc_schema_sql[];       /* schema/clinclean.sql, embedded (io/schema_sql.c) */
extern const char cc_sample_notes_sql[]; /* schema/sample_notes.sql, embedded (io/sample_notes_sql.c) */

typedef struct {
    sqlite3 *db;      /* the connection: WAL journal, busy timeout, synchronous=NORMAL */
    char *path;       /* file name as given (malloc'd) */
    int busy_ms;      /* busy timeout in milliseconds */
} cc_db;

/* Open (creating when create is true) a database, switch it to WAL, set the
 * busy timeout, and create or check the bookkeeping schema.  Fails with
 * CC_ERR_DB naming the file when it cannot be opened or has a schema_version
 * other than CC_SCHEMA_VERSION.  *out: OUT, close with cc_db_close. */
cc_status cc_db_open(const char *path, bool create, int busy_ms, cc_db **out, cc_error *err);
void cc_db_close(cc_db *d); /* accepts NULL */

/* Execute SQL without results (several statements allowed); errors name what. */
cc_status cc_db_exec(cc_db *d, const char *sql, const char *what, cc_error *err);
/* Record an SQLite failure: "<what>: <sqlite message> (<file>)". */
cc_status cc_db_fail(cc_db *d, cc_error *err, const char *what);

/* ---------------------------------------------------------------- identifiers */

/* Check the shape rules above (not existence).  what names the flag ("--table"). */
cc_status cc_ident_check(const char *name, const char *what, cc_error *err);
/* "name" with embedded quotes doubled.  *out: OUT, malloc'd; caller frees. */
cc_status cc_ident_quote(const char *name, char **out, cc_error *err);

typedef struct {
    char *table;         /* the table's name as declared (SQLite names are case-insensitive; the
                            declared spelling keys clinclean_results, so "Notes" and "notes" agree) */
    char *id_col;        /* id column, as declared */
    char *text_col;      /* source column, as declared */
    char *out_col;       /* output column, as declared (as given when it does not exist yet) */
    bool has_rowid;      /* false for WITHOUT ROWID tables (pages then follow the id column) */
    bool out_exists;     /* the output column was already there */
    char *q_table;       /* quoted table name (malloc'd) */
    char *q_id;          /* quoted id column */
    char *q_text;        /* quoted source column */
    char *q_out;         /* quoted output column */
} cc_table_ref;

/* Validate the four names, check that the table and the id and source
 * columns exist and that the output column differs from both (SQLite names
 * are case-insensitive), and fill ref.  Does not change the database. */
cc_status cc_table_resolve(cc_db *d, const char *table, const char *id_col, const char *text_col,
                           const char *out_col, cc_table_ref *ref, cc_error *err);
void cc_table_ref_free(cc_table_ref *ref);
/* ALTER TABLE ... ADD COLUMN out TEXT when the output column is missing. */
cc_status cc_table_add_out_col(cc_db *d, cc_table_ref *ref, cc_error *err);
/* Fail unless the id column is a key: no NULLs and no duplicates (one
 * GROUP BY pass).  Results are keyed by the id, so a duplicate would lose rows. */
cc_status cc_table_check_key(cc_db *d, const cc_table_ref *ref, cc_error *err);

/* ---------------------------------------------------------------- model hash cache */

/* sha256 of the model file, from clinclean_model_hashes when the resolved
 * path, size and mtime (ns) match an entry, else computed by streaming the
 * file and stored.  force ignores the cache.  *from_cache says which. */
cc_status cc_db_model_sha256(cc_db *d, const char *model_path, bool force, char out[65], bool *from_cache,
                             cc_error *err);

/* ---------------------------------------------------------------- runs */

typedef struct {
    const char *model_path;   /* as given with -m */
    const char *model_sha256; /* hex */
    const char *config_hash;  /* hex sha256 of the effective configuration */
    const char *prompt_hash;  /* hex sha256 of the prompt template */
    const char *device;       /* device description */
    const char *table;        /* source table name (unquoted) */
    const char *id_col;       /* id column name */
    const char *text_col;     /* source column name */
    const char *out_col;      /* output column name */
    const char *shard;        /* "K/N" or NULL */
    const char *where_expr;   /* --where or NULL */
} cc_run_desc;

typedef struct {
    int64_t ok;             /* results with status ok */
    int64_t review;         /* needs_review */
    int64_t skipped;        /* skipped (blank/NULL text) */
    int64_t error;          /* error */
    int64_t unchanged;      /* passed over by the incremental rule */
    int64_t prompt_tokens;  /* summed prompt tokens */
    int64_t output_tokens;  /* summed output tokens */
} cc_run_counts;

/* Insert a 'running' row and return its id; *unfinished (may be NULL) gets a
 * malloc'd JSON array of earlier runs over the same table and output column
 * still marked 'running' (killed, or live in another process), also stored. */
cc_status cc_runs_begin(cc_db *d, const cc_run_desc *desc, int64_t *run_id, char **unfinished, cc_error *err);
/* Add to the counters of a run (called inside the writer's transaction). */
cc_status cc_runs_add_counts(cc_db *d, int64_t run_id, const cc_run_counts *c, double busy_ms, cc_error *err);
/* Set ended_at and the final status ("done" | "interrupted" | "failed"). */
cc_status cc_runs_end(cc_db *d, int64_t run_id, const char *status, double busy_ms, cc_error *err);
/* Output tokens per second over finished runs of this table (0 when none). */
cc_status cc_runs_throughput(cc_db *d, const char *table, double *tok_per_s, cc_error *err);

/* UTC "YYYY-MM-DDTHH:MM:SS.mmmZ". */
void cc_utc_now(char out[32]);
/* Milliseconds on a monotonic clock. */
double cc_now_ms(void);

#endif
