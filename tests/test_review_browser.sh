#!/usr/bin/env bash
# test_review_browser.sh - the review report in a real browser: Debian's headless
# Chromium loads the self-contained HTML from a file:// URL, runs its script, and
# the rendered DOM must show every row, the flagged spans highlighted, and the
# reason filter (driven through the URL fragment) hiding the rows without that
# reason.  A screenshot is saved under the build directory for a human to look at.
# Skips (77) when chromium or sqlite3 is not installed.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SRC=${CLINCLEAN_SOURCE_DIR:-.}
OUTDIR=${CLINCLEAN_BUILD_DIR:-build}
CHROME=$(command -v chromium || command -v chromium-browser || true)
[[ -n $CHROME ]] || { echo "chromium not installed: skipping"; exit 77; }
command -v sqlite3 >/dev/null || { echo "sqlite3 not installed: skipping"; exit 77; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

# Two pairs: one faithful, one with a flipped side and a changed dose.
printf 'C/O FEVER X 3 DAYS. LT KNEE SWELLING. TAB DOLO 650 MG BD X 5 DAYS.' >"$T/src"
printf 'Fever for 3 days. Swelling of the left knee. Tablet Dolo 650 mg twice daily for 5 days.' >"$T/good"
printf 'Fever for 3 days. Swelling of the right knee. Tablet Dolo 600 mg twice daily for 5 days.' >"$T/bad"
js=$("$BIN" check --source "$T/src" --output "$T/bad" --json)
reasons=$(printf '%s' "$js" | sed -e 's/.*"reasons":\(\[.*\]\)}$/\1/')
[[ $reasons == \[*laterality* ]] || { echo "could not get reasons from check: $js"; exit 1; }
esc() { printf '%s' "$1" | sed "s/'/''/g"; }
N=400
SRC_SQL=$(esc "$(cat "$T/src")"); GOOD_SQL=$(esc "$(cat "$T/good")"); BAD_SQL=$(esc "$(cat "$T/bad")"); RS_SQL=$(esc "$reasons")
{
  cat "$SRC/schema/clinclean.sql"
  echo "BEGIN;"
  echo "INSERT INTO clinclean_runs(run_id, started_at, clinclean_version, git_commit, model_path, model_sha256, config_hash, prompt_hash, device, source_table, id_col, text_col, out_col) VALUES (1,'2026-01-01T00:00:00Z','0.1.0','x','m','h','c','p','cpu','notes','id','text','clean');"
  for ((i = 0; i < N; i++)); do
    if ((i % 4 == 0)); then st=needs_review; out=$BAD_SQL; rs=$RS_SQL; else st=ok; out=$GOOD_SQL; rs='[]'; fi
    printf "INSERT INTO clinclean_results(source_table,out_col,row_key,run_id,status,reasons,source_hash,model_hash,config_hash,source_text,output_text,finish_reason,finished_at) VALUES ('notes','clean','%04d',1,'%s','%s','h','m','c','%s','%s','eos','t');\n" \
      "$i" "$st" "$rs" "$SRC_SQL" "$out"
  done
  echo "COMMIT;"
} | sqlite3 "$T/r.db" || { echo "could not build the database"; exit 1; }
"$BIN" review --db "$T/r.db" --html "$T/report.html" 2>/dev/null || { echo "review failed"; exit 1; }
flagged=$((N / 4))

run_chrome() { timeout 60 "$CHROME" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
  --user-data-dir="$T/profile" "$@" 2>/dev/null; }

dom=$(run_chrome --virtual-time-budget=1000 --dump-dom "file://$T/report.html")
[[ -n $dom ]] || { echo "chromium produced no DOM (cannot run here?): skipping"; exit 77; }
rows=$(grep -o '<section class="row"' <<<"$dom" | wc -l)
[[ $rows -eq $N ]] && ok || bad "rendered rows: $rows, want $N"
[[ $dom == *'data-ready="1"'* ]] && ok || bad "the page script did not run"
[[ $dom == *'<mark class="flag" data-check="laterality"'* ]] && ok || bad "no highlighted laterality span"
[[ $dom == *'<span class="ins">right</span>'* ]] && ok || bad "word diff does not mark 'right' as inserted"
[[ $dom == *"id=\"visible-count\">$N<"* ]] && ok || bad "visible count is not $N without a filter"

dom=$(run_chrome --virtual-time-budget=1000 --dump-dom "file://$T/report.html#reason=laterality")
[[ $dom == *"id=\"visible-count\">$flagged<"* ]] && ok || bad "filter by reason: visible count is not $flagged"
hidden=$(grep -o '<section class="row" data-status="ok"[^>]*style="display: none;"' <<<"$dom" | wc -l)
[[ $hidden -eq $((N - flagged)) ]] && ok || bad "filter by reason: $hidden ok rows hidden, want $((N - flagged))"

mkdir -p "$OUTDIR"
rm -f "$OUTDIR/review_report.png"
run_chrome --window-size=1280,900 --virtual-time-budget=1000 --screenshot="$OUTDIR/review_report.png" \
  "file://$T/report.html#reason=laterality" >/dev/null
[[ -s $OUTDIR/review_report.png ]] && ok || bad "no screenshot"
echo "screenshot: $OUTDIR/review_report.png"

echo "test_review_browser: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
