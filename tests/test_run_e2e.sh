#!/usr/bin/env bash
# test_run_e2e.sh - `clinclean run` end to end with the REAL engine (CPU): a
# tiny random-weight model with a real tokenizer on the 50-note sample
# database (every row gets a result, the source column stays byte-identical,
# reruns pass everything over, a changed note is redone, the built-in default
# configuration equals the shipped system prompt, kill -9 at random moments
# then resume leaves every row processed exactly once with the same text as an
# uninterrupted run, four greedy shards merged equal one unsharded run), then
# SmolLM2-135M-Instruct on five notes (real text, consistent bookkeeping, a
# dry run with real token counts).  SmolLM2 parts are skipped without the
# cached model; the whole test exits 77 only when nothing could run.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SRC=${CLINCLEAN_SOURCE_DIR:-.}
CACHE=${CLINCLEAN_CACHE:-$SRC/.cache}
SMOL=$CACHE/SmolLM2-135M-Instruct.Q4_1.gguf
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 command not installed"; exit 77; }
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
# Under AddressSanitizer (an unoptimised build) the engine is ~20x slower: a 14-row table of
# short text notes, fewer tokens, fewer kills, and no SmolLM2 part (the normal build runs it).
asan=0; grep -q __asan_init "$BIN" 2>/dev/null && asan=1
KILLS=$(( asan ? 20 : 24 ))

# The tiny model: SmolLM2's real tokenizer when the model is cached, else the fixture's Llama 3 one.
if [[ -f $SMOL ]]; then tok=$SMOL; tmpl=chatml; else tok=$SRC/tests/fixtures/tiny-llama/llama3/tokenizer.json; tmpl=llama3; fi
tiny=$dir/tiny.gguf
"$BIN" synth-model --preset tiny --type q8_0 --tokenizer "$tok" -o "$tiny" >/dev/null || { echo "synth-model failed"; exit 1; }
printf 'chat_template = %s\nmax_new_tokens = %d\n' "$tmpl" $(( asan ? 4 : 6 )) > "$dir/tiny.conf"
"$BIN" sample-db --db "$dir/base.db" >/dev/null || { echo "sample-db failed"; exit 1; }
if ((asan)); then
  sqlite3 "$dir/base.db" "DELETE FROM discharge_summaries WHERE typeof(summary)='blob' OR id NOT IN
    (SELECT id FROM discharge_summaries ORDER BY id LIMIT 14);
    UPDATE discharge_summaries SET summary = substr(summary, 1, 60) WHERE typeof(summary)='text'"
fi
N=$(sqlite3 "$dir/base.db" "SELECT count(*) FROM discharge_summaries")
run() { ( exec_run "$@" ); }
# exec: in the background ("exec_run ... &") $! is clinclean itself, so kill -9 hits it, not a subshell.
exec_run() { local db=$1; shift; exec "$BIN" run --db "$db" --table discharge_summaries --id-col id --text-col summary \
        --out-col clean --text-codec zlib --progress none --device cpu --threads 2 "$@"; }
src_fp() { sqlite3 "$1" "SELECT hex(group_concat(coalesce(hex(summary),'-'), ',')) FROM (SELECT summary FROM discharge_summaries ORDER BY id)"; }
out_fp() { sqlite3 "$1" "SELECT group_concat(id || ':' || coalesce(hex(clean),'-'), ',') FROM (SELECT id, clean FROM discharge_summaries ORDER BY id)"; }
q() { sqlite3 "$1" "$2"; }
src0=$(src_fp "$dir/base.db")

# 1. A full run: a result for every row, source untouched, then incremental reruns.
cp "$dir/base.db" "$dir/ref.db"
run "$dir/ref.db" -m "$tiny" --config "$dir/tiny.conf" >"$dir/out1" 2>&1; rc=$?
[[ $rc -eq 0 || $rc -eq 3 ]] && ok || bad "tiny run rc=$rc: $(cat "$dir/out1")"
[[ $(q "$dir/ref.db" "SELECT count(*) FROM clinclean_results") == "$N" ]] && ok || bad "not every row has a result"
skipped=$(q "$dir/ref.db" "SELECT count(*) FROM clinclean_results WHERE status='skipped'")
(( asan || skipped == 3 )) && ok || bad "3 blank notes skipped, not $skipped"
[[ $(q "$dir/ref.db" "SELECT count(*) FROM clinclean_results WHERE status IN ('ok','needs_review') AND output_text IS NOT NULL AND output_tokens > 0 AND prompt_tokens > 0") == $((N - skipped)) ]] \
  && ok || bad "every other note should be cleaned by the model: $(q "$dir/ref.db" "SELECT status, count(*) FROM clinclean_results GROUP BY 1")"
[[ $(q "$dir/ref.db" "SELECT count(*) FROM clinclean_results r JOIN discharge_summaries d ON r.row_key = d.id WHERE d.clean IS r.output_text") == "$N" ]] \
  && ok || bad "output column differs from clinclean_results.output_text"
[[ $(q "$dir/ref.db" "SELECT count(*) FROM clinclean_results WHERE status='needs_review' AND reasons NOT LIKE '%\"check\"%'") == 0 ]] \
  && ok || bad "needs_review rows without reasons"
[[ $(q "$dir/ref.db" "SELECT count(*) FROM clinclean_runs WHERE status='done' AND device LIKE 'cpu (2 threads%' AND length(config_hash)=64 AND length(prompt_hash)=64") == 1 ]] \
  && ok || bad "run bookkeeping: $(q "$dir/ref.db" "SELECT status, device, config_hash, prompt_hash FROM clinclean_runs")"
[[ $(src_fp "$dir/ref.db") == "$src0" ]] && ok || bad "the source column changed"
run "$dir/ref.db" -m "$tiny" --config "$dir/tiny.conf" >/dev/null 2>&1; rc=$?
[[ $rc -eq 0 && $(q "$dir/ref.db" "SELECT rows_unchanged, rows_ok+rows_review+rows_skipped+rows_error FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == "$N|0" ]] \
  && ok || bad "rerun did not pass every row over (rc=$rc)"
# The GPU options are read only by the CUDA backend: on the CPU they change nothing, not even
# the configuration hash, so every row passes over again.
run "$dir/ref.db" -m "$tiny" --config "$dir/tiny.conf" --gpu-gemm bi --gpu-kv fp8 --cuda-graphs --device cpu >/dev/null 2>&1; rc=$?
[[ $rc -eq 0 && $(q "$dir/ref.db" "SELECT rows_unchanged, rows_ok+rows_review+rows_skipped+rows_error FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == "$N|0" ]] \
  && ok || bad "GPU options on the CPU redid rows (rc=$rc)"
ref_out=$(out_fp "$dir/ref.db")
# A changed note is redone, and only it; a changed configuration redoes everything.
cp "$dir/ref.db" "$dir/chg.db"
id=$(q "$dir/chg.db" "SELECT id FROM discharge_summaries WHERE typeof(summary)='text' AND trim(summary) <> '' ORDER BY id LIMIT 1")
q "$dir/chg.db" "UPDATE discharge_summaries SET summary = 'PT C/O FEVER X 2 DAYS. NO RIGOR.' WHERE id = $id"
run "$dir/chg.db" -m "$tiny" --config "$dir/tiny.conf" >/dev/null 2>&1
[[ $(q "$dir/chg.db" "SELECT rows_unchanged, rows_ok+rows_review FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == "$((N - 1))|1" ]] \
  && ok || bad "changed note: $(q "$dir/chg.db" "SELECT rows_unchanged, rows_ok, rows_review FROM clinclean_runs ORDER BY run_id DESC LIMIT 1")"
[[ $(q "$dir/chg.db" "SELECT source_text FROM clinclean_results WHERE row_key = '$id'") == 'PT C/O FEVER X 2 DAYS. NO RIGOR.' ]] && ok || bad "changed note's result"
run "$dir/chg.db" -m "$tiny" --config "$dir/tiny.conf" -n 5 --limit 2 >/dev/null 2>&1
[[ $(q "$dir/chg.db" "SELECT rows_unchanged, rows_ok+rows_review+rows_skipped FROM clinclean_runs ORDER BY run_id DESC LIMIT 1") == "0|2" ]] \
  && ok || bad "-n override did not change the configuration hash"

# 2. No --config: the built-in default equals the shipped system prompt (same effective-config and prompt
#    hashes); needs a tokenizer whose template family is detected (SmolLM2's).
if [[ $tmpl == chatml ]]; then
sed -n '/^system_prompt = """/,/^"""/p' "$SRC/configs/smollm2-135m.conf" > "$dir/sp.conf"
[[ -s $dir/sp.conf ]] && ok || bad "cannot extract the system prompt of configs/smollm2-135m.conf"
cp "$dir/base.db" "$dir/def.db"
run "$dir/def.db" -m "$tiny" --limit 0 >/dev/null 2>&1
run "$dir/def.db" -m "$tiny" --config "$dir/sp.conf" --limit 0 >/dev/null 2>&1
[[ $(q "$dir/def.db" "SELECT count(DISTINCT config_hash || prompt_hash) || '/' || count(*) FROM clinclean_runs") == "1/2" ]] \
  && ok || bad "built-in default config differs from the shipped system prompt: $(q "$dir/def.db" "SELECT config_hash, prompt_hash FROM clinclean_runs")"
fi

# 3. kill -9 at random moments, then resume: every row processed exactly once, same text as one uninterrupted run.
cp "$dir/base.db" "$dir/kill.db"
RANDOM=7
for ((i = 0; i < KILLS; i++)); do
  exec_run "$dir/kill.db" -m "$tiny" --config "$dir/tiny.conf" --batch-rows 2 --batch-ms 20 >/dev/null 2>&1 &
  pid=$!
  if ((i == 0)); then
    # The first kill waits until the run has recorded itself and is working, so at least one
    # kill lands mid-run however fast or slow (sanitizers, load) the machine is.
    for ((w = 0; w < 1500; w++)); do
      kill -0 "$pid" 2>/dev/null || break
      [[ $(q "$dir/kill.db" "SELECT count(*) FROM clinclean_runs WHERE status='running'" 2>/dev/null) == 1 ]] && break
      sleep 0.02
    done
  elif ((asan)); then sleep "$(( RANDOM % 2 )).$(printf '%03d' $(( 300 + RANDOM % 700 )))"
  else sleep "0.$(printf '%03d' $(( 40 + RANDOM % 250 )))"; fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
done
killed_runs=$(q "$dir/kill.db" "SELECT count(*) FROM clinclean_runs WHERE status='running'")
run "$dir/kill.db" -m "$tiny" --config "$dir/tiny.conf" >/dev/null 2>&1; rc=$?
[[ $rc -eq 0 || $rc -eq 3 ]] && ok || bad "resume after kills rc=$rc"
[[ $killed_runs -ge 1 ]] && ok || bad "no run was actually killed mid-way"
[[ $(q "$dir/kill.db" "SELECT count(*) FROM clinclean_results") == "$N" ]] && ok || bad "results after kills"
[[ $(q "$dir/kill.db" "SELECT sum(rows_ok + rows_review + rows_skipped + rows_error) FROM clinclean_runs") == "$N" ]] \
  && ok || bad "rows counted more or less than once across the killed runs: $(q "$dir/kill.db" "SELECT run_id, status, rows_ok, rows_review, rows_skipped, rows_error FROM clinclean_runs")"
[[ $(q "$dir/kill.db" "SELECT count(*) FROM clinclean_results r WHERE NOT EXISTS (SELECT 1 FROM clinclean_runs u WHERE u.run_id = r.run_id)") == 0 ]] \
  && ok || bad "results of unrecorded runs"
[[ $(out_fp "$dir/kill.db") == "$ref_out" ]] && ok || bad "output after kills differs from an uninterrupted run"
[[ $(src_fp "$dir/kill.db") == "$src0" ]] && ok || bad "kills changed the source column"
echo "kill -9: $KILLS kills, $killed_runs runs died mid-way"

# 4. Shards 0..3 of 4 (greedy), merged: equal to one unsharded run.
shards=()
for k in 0 1 2 3; do
  cp "$dir/base.db" "$dir/shard$k.db"
  run "$dir/shard$k.db" -m "$tiny" --config "$dir/tiny.conf" --shard "$k/4" >/dev/null 2>&1
  shards+=("$dir/shard$k.db")
done
cp "$dir/base.db" "$dir/merged.db"
"$BIN" merge --db "$dir/merged.db" --table discharge_summaries --id-col id --text-col summary --out-col clean "${shards[@]}" >/dev/null 2>&1; rc=$?
[[ $rc -eq 0 ]] && ok || bad "merge rc=$rc"
[[ $(q "$dir/merged.db" "SELECT count(*) FROM clinclean_results") == "$N" ]] && ok || bad "merged results"
[[ $(out_fp "$dir/merged.db") == "$ref_out" ]] && ok || bad "4 merged shards differ from one unsharded run"

# 5. SmolLM2-135M-Instruct: a short real run and a dry run with its tokenizer.
if ((asan)); then
  echo "SmolLM2 parts skipped under AddressSanitizer"
elif [[ -f $SMOL ]]; then
  "$BIN" sample-db --db "$dir/smol.db" >/dev/null
  n=32; lim=5
  run "$dir/smol.db" -m "$SMOL" --config "$SRC/configs/smollm2-135m.conf" --limit $lim -n $n >"$dir/out5" 2>&1; rc=$?
  [[ $rc -eq 0 || $rc -eq 3 ]] && ok || bad "SmolLM2 run rc=$rc: $(cat "$dir/out5")"
  [[ $(q "$dir/smol.db" "SELECT count(*) FROM clinclean_results r JOIN discharge_summaries d ON r.row_key = d.id
        WHERE r.status IN ('ok','needs_review') AND length(trim(r.output_text)) > 0 AND d.clean IS r.output_text
        AND r.chunks >= 1 AND r.output_tokens BETWEEN r.chunks AND $n * r.chunks AND r.prompt_tokens > 100
        AND r.finish_reason IN ('eos','stop','length')") == "$lim" ]] && ok || bad "SmolLM2 results: $(q "$dir/smol.db" "SELECT row_key, status, prompt_tokens, output_tokens, finish_reason, output_text FROM clinclean_results")"
  # With -n 32 a note chunk holds at most 64 tokens (3/4 of the output budget, at least 64), so
  # the longer of these notes are split rather than cut off by the output limit.
  [[ $(q "$dir/smol.db" "SELECT count(*) FROM clinclean_results WHERE chunks > 1") -ge 1 ]] && ok \
    || bad "SmolLM2: no note was split to fit the output budget"
  [[ $(q "$dir/smol.db" "SELECT (rows_ok + rows_review) || '|' || output_tokens FROM clinclean_runs") == \
     "$lim|$(q "$dir/smol.db" "SELECT sum(output_tokens) FROM clinclean_results")" ]] && ok || bad "SmolLM2 run totals"
  [[ $(q "$dir/smol.db" "SELECT count(*) FROM discharge_summaries WHERE clean IS NOT NULL") == "$lim" ]] && ok || bad "SmolLM2: rows beyond --limit written"
  [[ $(src_fp "$dir/smol.db") == "$src0" ]] && ok || bad "SmolLM2 run changed the source column"
  echo "SmolLM2 sample:"; q "$dir/smol.db" "SELECT '  ' || row_key || ': ' || replace(substr(output_text, 1, 160), char(10), ' ') FROM clinclean_results LIMIT 2"
  # Dry run: the model's own token counts, chunking by its context budget, the rest unchanged.
  json=$(run "$dir/smol.db" -m "$SMOL" --config "$SRC/configs/smollm2-135m.conf" -n $n --dry-run --json 2>/dev/null)
  note=$(q "$dir/smol.db" "SELECT summary FROM discharge_summaries WHERE typeof(summary)='text' AND id NOT IN (SELECT row_key FROM clinclean_results) AND length(summary) > 20 ORDER BY id LIMIT 1")
  ntok=$(printf '%s' "$note" | "$BIN" tokenize -m "$SMOL" - 2>/dev/null | wc -w)
  python3 - "$json" "$lim" "$ntok" <<'PY' && ok || bad "SmolLM2 dry run: $json"
import json, sys
j = json.loads(sys.argv[1]); lim = int(sys.argv[2]); ntok = int(sys.argv[3])
assert j["dry_run"] and not j["tokens_estimated"], j
assert j["rows_unchanged"] == lim and j["rows_ok"] == 47 - lim, j
assert j["chunks"] >= j["rows_ok"] and j["input_tokens"] > 40 * ntok > 0, j
assert j["est_seconds"] is not None and j["est_seconds"] > 0, j
PY
  [[ $(q "$dir/smol.db" "SELECT count(*) FROM discharge_summaries WHERE clean IS NOT NULL") == "$lim" ]] && ok || bad "dry run wrote to the table"
else
  echo "SmolLM2 parts skipped: $SMOL not found"
fi

echo "test_run_e2e: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
