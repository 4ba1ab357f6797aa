#!/usr/bin/env bash
# quickstart.sh - from a fresh Debian 12 checkout to cleaned notes in one command:
# install the packages, build, fetch the demo model (SmolLM2-135M-Instruct,
# sha256-verified), build the 50-note sample database, show a few notes, clean
# the first LIMIT of them with `clinclean run`, show them before and after,
# and print the run's summary.
#
# Environment: LIMIT (rows to clean, default 8; LIMIT=all cleans all 50),
# QUICKSTART_DIR (where the database goes, default build/quickstart),
# CLINCLEAN_CACHE (model cache), JOBS (build jobs, default nproc).
# Rerunning continues incrementally: cleaned rows are passed over.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JOBS=${JOBS:-$(nproc)}
LIMIT=${LIMIT:-8}
DIR=${QUICKSTART_DIR:-$ROOT/build/quickstart}
export CLINCLEAN_CACHE=${CLINCLEAN_CACHE:-$ROOT/.cache}
step() { printf '\n== %s ==\n' "$*"; }

step "installing packages"
scripts/install-deps.sh

step "building"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$JOBS" --target clinclean >/dev/null
BIN=$ROOT/build/clinclean
"$BIN" --version

step "fetching the demo model"
scripts/fetch-models.sh
MODEL=$CLINCLEAN_CACHE/SmolLM2-135M-Instruct.Q4_1.gguf

step "sample database"
mkdir -p "$DIR"
DB=$DIR/sample.db
[[ -f $DB ]] || "$BIN" sample-db --db "$DB" >/dev/null
echo "$DB: $(sqlite3 "$DB" "SELECT count(*) FROM discharge_summaries") notes in table discharge_summaries"

limit_args=()
[[ $LIMIT == all ]] || limit_args=(--limit "$LIMIT")
step "cleaning ${LIMIT} notes with SmolLM2-135M-Instruct on the CPU (LIMIT=all for every note)"
set +e
"$BIN" run --db "$DB" --table discharge_summaries --id-col id --text-col summary --out-col summary_clean \
    --text-codec zlib -m "$MODEL" --config configs/smollm2-135m.conf "${limit_args[@]}" --progress plain
rc=$?
set -e
# 0: all ok; 3: done, some rows need review (the guard's reasons are in clinclean_results)
[[ $rc -eq 0 || $rc -eq 3 ]] || { echo "quickstart: clinclean run failed (exit $rc)"; exit "$rc"; }

step "a few notes before and after"
sqlite3 "$DB" <<'SQL'
.mode list
.separator ""
SELECT '--- note ' || r.row_key || ' (' || r.status || ', ' || r.finish_reason || ', ' || r.output_tokens
       || ' tokens)' || char(10) || 'before: ' || replace(substr(r.source_text, 1, 300), char(10), ' ')
       || char(10) || 'after:  ' || replace(substr(coalesce(d.summary_clean, '(NULL)'), 1, 300), char(10), ' ')
       || CASE WHEN r.status = 'needs_review' THEN char(10) || 'guard:  ' || substr(r.reasons, 1, 300) ELSE '' END
FROM clinclean_results r JOIN discharge_summaries d ON d.id = r.row_key
WHERE r.status IN ('ok', 'needs_review') ORDER BY r.finished_at DESC, r.row_key LIMIT 3;
SQL

step "summary"
sqlite3 "$DB" "SELECT status || ': ' || count(*) FROM clinclean_results GROUP BY status ORDER BY status"
echo
echo "database: $DB (column summary_clean; bookkeeping in clinclean_results and clinclean_runs)"
echo "review the flagged rows: build/clinclean review --help"
