#!/usr/bin/env bash
# test_check_cli.sh - `clinclean check` as a user runs it: exit 0 for a faithful
# rewrite, 1 with the reason shown for an unfaithful one, standard input for
# either side, --json output that parses, and 2 on bad usage.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

printf 'C/O FEVER X 3 DAYS. NO H/O CHEST PAIN. LT KNEE SWELLING.\nTAB DOLO 650 MG BD X 5 DAYS.\n' >"$T/src"
printf 'Fever for 3 days. There is no history of chest pain. Swelling of the left knee.\nTablet Dolo 650 mg twice daily for 5 days.\n' >"$T/good"
printf 'Fever for 3 days. There is a history of chest pain. Swelling of the right knee.\nTablet Dolo 600 mg twice daily for 5 days.\n' >"$T/bad"

out=$("$BIN" check --source "$T/src" --output "$T/good"); rc=$?
[[ $rc -eq 0 && $out == ok ]] && ok || bad "faithful rewrite: rc=$rc out=$out"

out=$("$BIN" check --source "$T/src" --output "$T/bad"); rc=$?
[[ $rc -eq 1 && $out == needs_review* ]] && ok || bad "unfaithful rewrite: rc=$rc"
for ck in negation laterality numbers; do
  [[ $out == *"$ck"* ]] && ok || bad "reason '$ck' not shown: $out"
done

out=$("$BIN" check --source - --output "$T/bad" <"$T/src"); rc=$?
[[ $rc -eq 1 ]] && ok || bad "source from stdin: rc=$rc"
out=$("$BIN" check --source "$T/src" --output - <"$T/good"); rc=$?
[[ $rc -eq 0 ]] && ok || bad "output from stdin: rc=$rc"

js=$("$BIN" check --source "$T/src" --output "$T/bad" --json); rc=$?
[[ $rc -eq 1 ]] && ok || bad "--json rc=$rc"
if command -v python3 >/dev/null; then
  python3 - "$js" <<'PY' && ok || bad "--json output: $js"
import json, sys
d = json.loads(sys.argv[1])
assert d["status"] == "needs_review"
checks = {r["check"] for r in d["reasons"]}
assert {"negation", "laterality", "numbers"} <= checks, checks
for r in d["reasons"]:
    assert set(r) >= {"check", "detail", "src_start", "src_end", "out_start", "out_end"}
PY
fi

"$BIN" check --source "$T/src" --output "$T/good" --finish-reason length >/dev/null; [[ $? -eq 1 ]] && ok || bad "finish reason length must need review"
"$BIN" check --source "$T/src" >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "missing --output must be exit 2"
"$BIN" check --source - --output - </dev/null >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "both stdin must be exit 2"
"$BIN" check --source "$T/nope" --output "$T/good" >/dev/null 2>&1; [[ $? -eq 1 ]] && ok || bad "missing file must be exit 1"

echo "test_check_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
