#!/usr/bin/env bash
# test_cli.sh - the binary's top-level behaviour a user sees: --version, --help on
# every subcommand, and --device selection on a machine without a GPU.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

v=$("$BIN" --version) || bad "--version exit"
[[ $v =~ ^clinclean\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [^,]+,\ CUDA\ (compiled\ in|not\ compiled\ in)\)$ ]] && ok || bad "--version text: $v"

"$BIN" --help >/tmp/cc_help.$$ || bad "--help exit"
cmds=$(awk '/^commands:/{f=1;next} f&&/^  [a-z]/{print $1}' /tmp/cc_help.$$)
[[ -n $cmds ]] && ok || bad "no commands listed"
for c in $cmds; do
  out=$("$BIN" "$c" --help 2>&1); rc=$?
  [[ $rc -eq 0 && $out == usage:* ]] && ok || bad "$c --help (rc=$rc): ${out:0:80}"
done
rm -f /tmp/cc_help.$$

"$BIN" no-such-command >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "unknown command exit code"
"$BIN" devices --device bogus >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "bad --device value exit code"
out=$("$BIN" run --db /nonexistent.db --gpu-gemm fast 2>&1); rc=$?
[[ $rc -eq 2 && $out == *"--gpu-gemm"* ]] && ok || bad "bad --gpu-gemm must be a usage error naming the flag (rc=$rc): $out"
out=$("$BIN" run --db /nonexistent.db --gpu-kv int8 2>&1); rc=$?
[[ $rc -eq 2 && $out == *"--gpu-kv"* ]] && ok || bad "bad --gpu-kv must be a usage error naming the flag (rc=$rc): $out"

# Device selection.  On a GPU machine auto picks cuda; elsewhere it must say so in one line.
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  echo "GPU present: checking that auto picks it"
  out=$("$BIN" devices 2>/dev/null); [[ $out == *"device: cuda:0"* ]] && ok || bad "auto did not pick the GPU: $out"
else
  err=$("$BIN" devices 2>&1 >/dev/null); rc=$?
  [[ $rc -eq 0 ]] && ok || bad "devices --device auto failed without GPU"
  [[ $(printf '%s\n' "$err" | wc -l) -eq 1 && $err == *"no GPU found"*"using the CPU"* ]] && ok || bad "auto fallback note: $err"
  out=$("$BIN" devices --device cuda 2>&1); rc=$?
  [[ $rc -ne 0 && $out == *"--device cuda"* ]] && ok || bad "--device cuda without GPU must fail clearly (rc=$rc): $out"
fi
out=$("$BIN" devices --device cpu 2>&1); [[ $out == *"device: cpu"* ]] && ok || bad "--device cpu: $out"

echo "test_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
