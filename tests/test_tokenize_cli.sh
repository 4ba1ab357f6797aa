#!/usr/bin/env bash
# test_tokenize_cli.sh - what a user sees from `clinclean tokenize`, `detokenize`
# and `prompt`: ids on one line from stdin byte for byte (CRLF, runs of spaces,
# special-token text kept as text), byte-exact round trips, the Llama 3.2 chat
# golden through the CLI, and exit codes for bad usage.  Needs the Llama 3
# tokenizer from ../shared/fixtures (skips with 77 when absent); the round trips
# use the SmolLM2 GGUF from $CLINCLEAN_CACHE when present.
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
got=$("$BIN" tokenize --tokenizer "$TJ" --bos --pieces "PT ADMITTED")
[[ $got == '"<|begin_of_text|>" "PT" " ADM" "IT" "TED"' ]] && ok || bad "--bos --pieces: $got"

# Round trips and decoding modes run on the SmolLM2 GGUF when the cache has it: its
# tokenizer loads in milliseconds (tokenizer.json takes ~1 s under ASan).
GGUF=${CLINCLEAN_CACHE:-.cache}/SmolLM2-135M-Instruct.Q4_1.gguf
if [[ -f $GGUF ]]; then
  # round trip, byte for byte (detokenize adds nothing)
  printf 'Pt\xe2\x80\x99s T 38.5\xc2\xb0C\t\r\n\xf0\x9f\x98\x8a  \xd0\x9f\xd0\xb0\xd1\x86 12345\n\n' > "$tmp/in"
  "$BIN" tokenize -m "$GGUF" - < "$tmp/in" > "$tmp/ids"
  "$BIN" detokenize -m "$GGUF" - < "$tmp/ids" > "$tmp/out"
  cmp -s "$tmp/in" "$tmp/out" && ok || bad "tokenize | detokenize round trip"
  # invalid UTF-8: exact bytes with --raw, U+FFFD for each bad sequence otherwise, special tokens as text
  printf 'A\x80\xc3 B' > "$tmp/bin"
  ids=$("$BIN" tokenize -m "$GGUF" - < "$tmp/bin")
  "$BIN" detokenize -m "$GGUF" --raw 1 $ids > "$tmp/out"
  printf '<|im_start|>A\x80\xc3 B' | cmp -s - "$tmp/out" && ok || bad "detokenize --raw exact bytes"
  "$BIN" detokenize -m "$GGUF" "$(echo $ids | tr ' ' ',')",2 > "$tmp/out"
  [[ $(od -An -tx1 "$tmp/out" | tr -d ' \n') == "41efbfbdefbfbd2042$(printf '<|im_end|>' | od -An -tx1 | tr -d ' \n')" ]] && ok || bad "invalid bytes print as U+FFFD"
else
  echo "note: $GGUF absent, round-trip CLI checks skipped"
fi

# the Llama 3.2 chat golden through the CLI, with the 1B configuration's date line and end tokens
if [[ -f $GOLD ]]; then
  want_ids=$(tr -d ' \n' < "$GOLD" | sed 's/.*"ids":\[\([0-9,]*\)\].*/\1/' | tr ',' ' ')
  want_text=$(python3 -c 'import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))["rendered"])' "$GOLD" 2>/dev/null) || want_text=
  "$BIN" prompt --tokenizer "$TJ" -c "$SRC/configs/clinical-info-corrector-1B.conf" --system "Correct the clinical note." \
      --ids --end-tokens "PATIENT ADMITTED WITH ABOVE SAID COMPLAINT. -H/O LAP CHOLECYSTECTOMY(12 YEAR BACK" > "$tmp/prompt"
  [[ $(tail -n 2 "$tmp/prompt" | head -n 1) == "$want_ids" ]] && ok || bad "prompt --ids differs from chat_golden.json"
  [[ $(tail -n 1 "$tmp/prompt") == "end tokens: 128001 128008 128009" ]] && ok || bad "prompt --end-tokens: $(tail -n 1 "$tmp/prompt")"
  if [[ -n $want_text ]]; then
    head -c ${#want_text} "$tmp/prompt" > "$tmp/text"  # the golden is ASCII: characters == bytes
    printf '%s' "$want_text" | cmp -s - "$tmp/text" && ok || bad "prompt text differs from chat_golden.json"
  fi
fi

# usage and failures
"$BIN" tokenize "x" >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "tokenize without a tokenizer must exit 2"
"$BIN" tokenize --tokenizer "$tmp/none.json" "x" >/dev/null 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 && $(cat "$tmp/err") == *none.json* ]] && ok || bad "missing tokenizer file (rc=$rc)"
"$BIN" detokenize --tokenizer "$TJ" 12 abc >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "detokenize bad id exit 2"
printf 'chat_template = llama3\ntemprature = 0\n' > "$tmp/bad.conf"
err=$("$BIN" prompt --tokenizer "$TJ" -c "$tmp/bad.conf" x 2>&1 >/dev/null); rc=$?
[[ $rc -eq 1 && $err == *"bad.conf:2: unknown key 'temprature'"* ]] && ok || bad "config error names file:line (rc=$rc): $err"

echo "test_tokenize_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
