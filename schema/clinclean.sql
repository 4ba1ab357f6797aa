-- clinclean.sql - the bookkeeping tables clinclean adds to a user's database.
-- Schema version 1 (recorded in clinclean_meta).  The user's own tables are never
-- altered except for ADD COLUMN of the output column; the source column is never written.
-- Embedded in the binary as io/schema_sql.c (tests/test_notes_db.c checks they match).
-- A database whose schema_version is not 1 is refused, never silently upgraded.

CREATE TABLE IF NOT EXISTS clinclean_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT OR IGNORE INTO clinclean_meta(key, value) VALUES ('schema_version', '1');

-- One row per invocation of `clinclean run`.  A run killed with SIGKILL keeps
-- status 'running' and no ended_at; the next run over the same table and
-- output column lists it in its unfinished_before and finishes the work.
CREATE TABLE IF NOT EXISTS clinclean_runs (
    run_id           INTEGER PRIMARY KEY,
    started_at       TEXT NOT NULL,              -- UTC ISO-8601
    ended_at         TEXT,                       -- NULL while running or after a kill
    clinclean_version TEXT NOT NULL,
    git_commit       TEXT NOT NULL,
    model_path       TEXT NOT NULL,
    model_sha256     TEXT NOT NULL,
    config_hash      TEXT NOT NULL,              -- sha256 of the effective configuration
    prompt_hash      TEXT NOT NULL,              -- sha256 of the rendered prompt template
    device           TEXT NOT NULL,
    source_table     TEXT NOT NULL,
    id_col           TEXT NOT NULL,
    text_col         TEXT NOT NULL,
    out_col          TEXT NOT NULL,
    shard            TEXT,                       -- "K/N" or NULL
    where_expr       TEXT,                       -- the --where filter or NULL
    host             TEXT NOT NULL DEFAULT '',   -- host name of the process
    pid              INTEGER NOT NULL DEFAULT 0, -- process id (to tell a killed run from a live one)
    unfinished_before TEXT NOT NULL DEFAULT '[]', -- JSON array of run_ids found still 'running' at start
    rows_ok          INTEGER NOT NULL DEFAULT 0,
    rows_review      INTEGER NOT NULL DEFAULT 0,
    rows_skipped     INTEGER NOT NULL DEFAULT 0, -- rows given status 'skipped' (blank text), not unchanged rows
    rows_error       INTEGER NOT NULL DEFAULT 0,
    rows_unchanged   INTEGER NOT NULL DEFAULT 0, -- rows passed over because their last result still holds
    prompt_tokens    INTEGER NOT NULL DEFAULT 0, -- summed over results written by this run
    output_tokens    INTEGER NOT NULL DEFAULT 0,
    busy_ms          REAL NOT NULL DEFAULT 0,    -- wall time of the run so far (for throughput estimates)
    status           TEXT NOT NULL DEFAULT 'running' -- running | done | interrupted | failed
);

-- The latest result per (table, out_col, row key).  Written in the same
-- transaction as the output column, so a row is either wholly done or not at all.
CREATE TABLE IF NOT EXISTS clinclean_results (
    source_table   TEXT NOT NULL,
    out_col        TEXT NOT NULL,
    row_key        TEXT NOT NULL,                -- CAST(id AS TEXT)
    run_id         INTEGER NOT NULL REFERENCES clinclean_runs(run_id),
    status         TEXT NOT NULL CHECK (status IN ('ok', 'needs_review', 'skipped', 'error')),
    reasons        TEXT NOT NULL DEFAULT '[]',   -- JSON array of {"check","detail",...}
    source_hash    TEXT NOT NULL,                -- sha256 of the source value as read ("null" for NULL)
    model_hash     TEXT NOT NULL,
    config_hash    TEXT NOT NULL,
    source_text    TEXT,                         -- copy kept for review reports (NULL with --no-keep-source)
    output_text    TEXT,                         -- the cleaned text (also in the output column)
    prompt_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens  INTEGER NOT NULL DEFAULT 0,
    finish_reason  TEXT,                         -- eos | stop | length | error | skipped
    chunks         INTEGER NOT NULL DEFAULT 1,
    elapsed_ms     REAL NOT NULL DEFAULT 0,
    finished_at    TEXT NOT NULL,
    PRIMARY KEY (source_table, out_col, row_key)
);
CREATE INDEX IF NOT EXISTS clinclean_results_status ON clinclean_results(status);
CREATE INDEX IF NOT EXISTS clinclean_results_run ON clinclean_results(run_id);

-- sha256 of model files, so a multi-GB model is hashed once, not every night.
-- An entry holds while the file's resolved path, size and mtime (ns) are
-- unchanged; `clinclean run --rehash-model` ignores and replaces it.
CREATE TABLE IF NOT EXISTS clinclean_model_hashes (
    path      TEXT PRIMARY KEY,                  -- realpath() of the model file
    size      INTEGER NOT NULL,                  -- bytes
    mtime_ns  INTEGER NOT NULL,                  -- st_mtim in nanoseconds since the epoch
    sha256    TEXT NOT NULL,
    hashed_at TEXT NOT NULL
);
