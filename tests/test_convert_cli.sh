#!/usr/bin/env bash
# test_convert_cli.sh - `clinclean convert` as a user runs it: converting the
# tiny sharded llama3 checkpoint, reading the result back with `inspect`, and
# the exit codes and messages of bad invocations.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SRC=${CLINCLEAN_SOURCE_DIR:-.}
FIX=$SRC/tests/fixtures/tiny-llama
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

out=$("$BIN" convert "$FIX/llama3" -o "$tmp/m.gguf" --type q8_0 2>"$tmp/err"); rc=$?
[[ $rc -eq 0 ]] && ok || bad "convert exit $rc: $(cat "$tmp/err")"
[[ $out == "wrote $tmp/m.gguf: 21 tensors, 110920 parameters,"*"matrices q8_0" ]] && ok || bad "summary: $out"
grep -q '\[  21/  21\]' "$tmp/err" && ok || bad "no progress lines: $(head -3 "$tmp/err")"
[[ ! -e $tmp/m.gguf.part ]] && ok || bad "left a .part file"
info=$("$BIN" inspect --no-tensors "$tmp/m.gguf" 2>&1) || bad "inspect failed: $info"
[[ $info == *"rope: theta 500000, scaling llama3"* ]] && ok || bad "inspect rope: $info"
[[ $info == *"embeddings: tied"* && $info == *"chat template: llama3"* ]] && ok || bad "inspect: $info"

"$BIN" convert "$FIX/plain" -o "$tmp/p.gguf" --type Q4_K -q >"$tmp/out" 2>&1 && ok || bad "q4_k convert failed"
grep -q "16 with rows not a multiple of the block" "$tmp/out" && ok || bad "fallback not reported: $(cat "$tmp/out")"

"$BIN" convert "$FIX/plain" -o "$tmp/x.gguf" --type q5_0 >/dev/null 2>"$tmp/err"; rc=$?
[[ $rc -eq 2 ]] && grep -q "not one of f32 f16 bf16" "$tmp/err" && ok || bad "bad type: rc $rc $(cat "$tmp/err")"
"$BIN" convert "$FIX/plain" >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "missing -o exit code"
"$BIN" convert "$tmp/nope" -o "$tmp/x.gguf" >/dev/null 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] && grep -q "nope: not a directory" "$tmp/err" && ok || bad "missing dir: rc $rc $(cat "$tmp/err")"
[[ ! -e $tmp/x.gguf ]] && ok || bad "wrote a file on failure"

echo "test_convert_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
