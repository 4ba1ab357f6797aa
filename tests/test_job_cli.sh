#!/usr/bin/env bash
# test_job_cli.sh - `clinclean run / merge / export` as a user meets them with
# this build's binary: a clear failure for a file that is not a model, dry-run
# counts with the model's tokenizer (text and JSON), hostile names and filters
# rejected without touching the database, usage errors with exit status 2.
# (Full runs with the real engine: test_run_e2e.sh; the job loop through the
# engine seam: test_job / test_job_kill.)
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SRC=${CLINCLEAN_SOURCE_DIR:-.}
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 command not installed"; exit 77; }
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
db=$dir/notes.db; model=$dir/model.gguf
sqlite3 "$db" < "$SRC/schema/sample_notes.sql" || { echo "cannot build the sample database"; exit 1; }
# A tiny random-weight model with the fixture's small Llama 3 tokenizer: real token counts, quick to load.
"$BIN" synth-model --preset tiny --type q8_0 --tokenizer "$SRC/tests/fixtures/tiny-llama/llama3/tokenizer.json" \
    -o "$model" >/dev/null || { echo "cannot build the tiny model"; exit 1; }
printf 'chat_template = llama3\nmax_new_tokens = 16\n' > "$dir/tiny.conf"
printf 'placeholder' > "$dir/notamodel.gguf"
common=(--db "$db" --table discharge_summaries --id-col id --text-col summary --out-col clean -m "$model"
        --config "$dir/tiny.conf" --progress none)
before=$(sqlite3 "$db" "SELECT hex(group_concat(coalesce(hex(summary),'-'), ',')) FROM (SELECT summary FROM discharge_summaries ORDER BY id)")

# The built-in sample database equals the one built from schema/sample_notes.sql.
"$BIN" sample-db --db "$dir/builtin.db" >/dev/null; rc=$?
[[ $rc -eq 0 && $(sqlite3 "$dir/builtin.db" .dump | sha256sum) == $(sqlite3 "$db" .dump | sha256sum) ]] && ok || bad "sample-db (rc=$rc)"
"$BIN" sample-db --db "$dir/builtin.db" >/dev/null 2>&1; [[ $? -eq 1 ]] && ok || bad "sample-db overwrote without --force"
"$BIN" sample-db --db "$dir/builtin.db" --force >/dev/null; [[ $? -eq 0 ]] && ok || bad "sample-db --force"

# A file that is not a model: the run fails clearly (naming it) and writes nothing to the table.
out=$("$BIN" run "${common[@]}" -m "$dir/notamodel.gguf" 2>&1); rc=$?
[[ $rc -eq 1 && $out == *"notamodel.gguf"* ]] && ok || bad "run with a bad model: rc=$rc: $out"
cols=$(sqlite3 "$db" "SELECT count(*) FROM pragma_table_info('discharge_summaries') WHERE name='clean'")
[[ $cols == 0 ]] && ok || bad "run with a bad model added the output column"

# Dry run: counts with the model's tokenizer (not an estimate), JSON that parses.
out=$("$BIN" run "${common[@]}" --dry-run --text-codec zlib 2>&1); rc=$?
[[ $rc -eq 0 && $out == *"50 rows match, 47 would be cleaned"*"3 skipped"* ]] && ok || bad "dry run (rc=$rc): $out"
json=$("$BIN" run "${common[@]}" --dry-run --text-codec zlib --json 2>/dev/null); rc=$?
python3 - "$json" <<'PY' && ok || bad "dry-run JSON: $json"
import json, sys
j = json.loads(sys.argv[1])
assert j["dry_run"] is True and j["total_rows"] == 50 and j["rows_ok"] == 47 and j["rows_skipped"] == 3
assert j["input_tokens"] > 1000 and j["tokens_estimated"] is False
PY
out=$("$BIN" run "${common[@]}" --dry-run --shard 1/4 --where "department LIKE 'GEN%'" 2>&1); rc=$?
[[ $rc -eq 0 && $out == *"in other shards"* ]] && ok || bad "dry run with shard and where (rc=$rc): $out"

# Hostile names and filters: rejected, database untouched.
for t in 'discharge_summaries"; DROP TABLE discharge_summaries; --' "x'; DROP TABLE discharge_summaries; --" 'sqlite_master'; do
  "$BIN" run --db "$db" --table "$t" --id-col id --text-col summary --out-col clean -m "$model" --dry-run >/dev/null 2>&1
  [[ $? -ne 0 ]] && ok || bad "hostile table name accepted: $t"
done
"$BIN" run "${common[@]}" --text-col 'summary; DROP TABLE discharge_summaries' --dry-run >/dev/null 2>&1
[[ $? -ne 0 ]] && ok || bad "hostile column name accepted"
for w in "1; DROP TABLE discharge_summaries" "1) OR (1" "1 -- x"; do
  out=$("$BIN" run "${common[@]}" --dry-run --where "$w" 2>&1); rc=$?
  [[ $rc -ne 0 && $out == *"--where"* ]] && ok || bad "--where '$w' accepted (rc=$rc)"
done
[[ $(sqlite3 "$db" "SELECT count(*) FROM discharge_summaries") == 50 ]] && ok || bad "table damaged"
after=$(sqlite3 "$db" "SELECT hex(group_concat(coalesce(hex(summary),'-'), ',')) FROM (SELECT summary FROM discharge_summaries ORDER BY id)")
[[ $before == "$after" ]] && ok || bad "source column changed"

# Usage errors exit 2; runtime failures exit 1.
"$BIN" run --db "$db" >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "run without required flags"
"$BIN" run "${common[@]}" --shard 2/2 >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "--shard 2/2"
"$BIN" run "${common[@]}" --text-codec lz4 >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "--text-codec lz4"
"$BIN" run "${common[@]}" --db "$dir/missing.db" --dry-run >/dev/null 2>&1; [[ $? -eq 1 ]] && ok || bad "missing database"
[[ ! -e $dir/missing.db ]] && ok || bad "run created a missing database"
"$BIN" merge --db "$db" >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "merge without shards"
out=$("$BIN" export --db "$db" --table discharge_summaries --id-col id --text-col summary --out-col clean --jsonl "$dir/x.jsonl.gz" 2>&1); rc=$?
[[ $rc -eq 1 && $out == *"nothing was run yet"* ]] && ok || bad "export before any run (rc=$rc): $out"

echo "test_job_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
