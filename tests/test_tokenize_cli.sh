#!/usr/bin/env bash
# test_tokenize_cli.sh - what a user sees from `clinclean tokenize`, `detokenize`
# and `prompt`: ids on one line from stdin byte for byte (CRLF, runs of spaces,
# special-token text kept as text), byte-exact round trips, the Llama 3.2 chat
# golden through the CLI, and exit codes for bad usage.  Needs the Llama 3
# tokenizer from ../shared/fixtures (skips with 77 when absent).
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SRC=${CLINCLEAN_SOURCE_DIR:-.}
SHARED=${CLINCLEAN_SHARED_DIR:-../shared}
TJ=$SHARED/fixtures/llama3/tokenizer.json
GOLD=$SHARED/fixtures/llama3/chat_golden.json
if [[ ! -f $TJ ]]; then echo "SKIP: $TJ absent (Llama 3 tokenizer from ../shared/fixtures)"; exit 77; fi
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# ids from Hugging Face tokenizers for this exact text (see tests/ref/tokenizer_ref.py)
want="2898 86101 964 34570 319 79299 76107 220 13655 33039 220 82303 37386 34 83739 68 354 851 91 29"
got=$(printf 'PT ADMITTED\r\nTAB PCM 650MG  SOS \302\260C <|eot_id|>' | "$BIN" tokenize --tokenizer "$TJ" -)
[[ $got == "$want" ]] && ok || bad "tokenize from stdin: $got"
got=$("$BIN" tokenize --tokenizer "$TJ" --bos "H/O DM")
[[ $got == "128000 39 17991 20804" ]] && ok || bad "tokenize --bos argument: $got"
got=$(printf '' | "$BIN" tokenize --tokenizer "$TJ" -); rc=$?
[[ $rc -eq 0 && -z $got ]] && ok || bad "empty input (rc=$rc): '$got'"
got=$("$BIN" tokenize --tokenizer "$TJ" --pieces "PT ADMITTED")
[[ $got == '"PT" " ADM" "IT" "TED"' ]] && ok || bad "--pieces: $got"

# round trips, byte for byte (detokenize adds nothing)
printf 'Pt\xe2\x80\x99s T 38.5\xc2\xb0C\t\r\n\xf0\x9f\x98\x8a  \xd0\x9f\xd0\xb0\xd1\x86\n\n' > "$tmp/in"
"$BIN" tokenize --tokenizer "$TJ" - < "$tmp/in" > "$tmp/ids"
"$BIN" detokenize --tokenizer "$TJ" - < "$tmp/ids" > "$tmp/out"
cmp -s "$tmp/in" "$tmp/out" && ok || bad "tokenize | detokenize round trip"
printf 'A\xff\xfe\xc3 B' > "$tmp/bin"
"$BIN" tokenize --tokenizer "$TJ" - < "$tmp/bin" > "$tmp/ids"
"$BIN" detokenize --tokenizer "$TJ" --raw - < "$tmp/ids" > "$tmp/out"
cmp -s "$tmp/bin" "$tmp/out" && ok || bad "invalid UTF-8 round trip with --raw"
"$BIN" detokenize --tokenizer "$TJ" - < "$tmp/ids" > "$tmp/out"
[[ $(od -An -tx1 "$tmp/out" | tr -d ' \n') == "41efbfbdefbfbdefbfbd2042" ]] && ok || bad "invalid bytes print as U+FFFD"
got=$("$BIN" detokenize --tokenizer "$TJ" 128000 39 17991 128009)
[[ $got == "<|begin_of_text|>H/O<|eot_id|>" ]] && ok || bad "detokenize arguments: $got"

# the Llama 3.2 chat golden through the CLI
if [[ -f $GOLD ]]; then
  want=$(tr -d ' \n' < "$GOLD" | sed 's/.*"ids":\[\([0-9,]*\)\].*/\1/' | tr ',' ' ')
  got=$("$BIN" prompt --tokenizer "$TJ" --system "Correct the clinical note." --ids-only \
        "PATIENT ADMITTED WITH ABOVE SAID COMPLAINT. -H/O LAP CHOLECYSTECTOMY(12 YEAR BACK")
  [[ $got == "$want" ]] && ok || bad "prompt --ids-only differs from chat_golden.json"
fi
out=$("$BIN" prompt --tokenizer "$TJ" -c "$SRC/configs/clinical-info-corrector-1B.conf" --end-tokens - <<< "PT C/O FEVER")
[[ $out == "<|begin_of_text|><|start_header_id|>system<|end_header_id|>"$'\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\nYou are a medical AI assistant'* ]] && ok || bad "prompt with the 1B config: ${out:0:200}"
[[ $out == *$'<|start_header_id|>user<|end_header_id|>\n\nPT C/O FEVER<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nend tokens: 128001 128008 128009' ]] && ok || bad "prompt tail / end tokens: ${out: -200}"

# usage and failures
"$BIN" tokenize "x" >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "tokenize without a tokenizer must exit 2"
"$BIN" tokenize --tokenizer "$tmp/none.json" "x" >/dev/null 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 && $(cat "$tmp/err") == *none.json* ]] && ok || bad "missing tokenizer file (rc=$rc)"
"$BIN" detokenize --tokenizer "$TJ" 12 abc >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "detokenize bad id exit 2"
"$BIN" detokenize --tokenizer "$TJ" 999999 >/dev/null 2>&1; [[ $? -eq 1 ]] && ok || bad "detokenize id out of range exit 1"
printf 'chat_template = llama3\ntemprature = 0\n' > "$tmp/bad.conf"
err=$("$BIN" prompt --tokenizer "$TJ" -c "$tmp/bad.conf" x 2>&1 >/dev/null); rc=$?
[[ $rc -eq 1 && $err == *"bad.conf:2: unknown key 'temprature'"* ]] && ok || bad "config error names file:line (rc=$rc): $err"
"$BIN" prompt --tokenizer "$TJ" --template chatml x >/dev/null 2>&1; [[ $? -eq 1 ]] && ok || bad "forcing ChatML on Llama 3 must fail"

echo "test_tokenize_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
