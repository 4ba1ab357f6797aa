-- clinclean.sql - the bookkeeping tables clinclean adds to a user's database.
-- Schema version 1 (recorded in clinclean_meta).  The user's own tables are never
-- altered except for ADD COLUMN of the output column; the source column is never written.

CREATE TABLE IF NOT EXISTS clinclean_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT OR IGNORE INTO clinclean_meta(key, value) VALUES ('schema_version', '1');

-- One row per invocation of `clinclean run`.
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
    rows_ok          INTEGER NOT NULL DEFAULT 0,
    rows_review      INTEGER NOT NULL DEFAULT 0,
    rows_skipped     INTEGER NOT NULL DEFAULT 0,
    rows_error       INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL DEFAULT 'running' -- running | done | interrupted | failed
);

-- The latest result per (table, out_col, row key).  Written in the same
-- transaction as the output column, so a row is either wholly done or not at all.
CREATE TABLE IF NOT EXISTS clinclean_results (
    source_table   TEXT NOT NULL,
    out_col        TEXT NOT NULL,
    row_key        TEXT NOT NULL,                -- the id column's value, as text
    run_id         INTEGER NOT NULL REFERENCES clinclean_runs(run_id),
    status         TEXT NOT NULL CHECK (status IN ('ok', 'needs_review', 'skipped', 'error')),
    reasons        TEXT NOT NULL DEFAULT '[]',   -- JSON array of {"check","detail","src_start","src_end","out_start","out_end"}
    source_hash    TEXT NOT NULL,                -- sha256 of the source text as read
    model_hash     TEXT NOT NULL,
    config_hash    TEXT NOT NULL,
    source_text    TEXT,                         -- copy kept for review reports (NULL when --no-keep-source)
    output_text    TEXT,                         -- the cleaned text (also in the output column unless --on-flag null)
    prompt_tokens  INTEGER NOT NULL DEFAULT 0,
    output_tokens  INTEGER NOT NULL DEFAULT 0,
    finish_reason  TEXT,                         -- eos | stop | length | error | skipped
    chunks         INTEGER NOT NULL DEFAULT 1,
    elapsed_ms     REAL NOT NULL DEFAULT 0,
    finished_at    TEXT NOT NULL,
    PRIMARY KEY (source_table, out_col, row_key)
);
CREATE INDEX IF NOT EXISTS clinclean_results_status ON clinclean_results(status);
