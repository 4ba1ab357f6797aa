#!/usr/bin/env bash
# test_inspect_malformed.sh - `clinclean inspect` on the small GGUF files of the
# fuzz seed corpus: a complete tiny Llama model (v3 and v2) is described; damaged
# files (truncated header or data, an impossible tensor count, a corrupted string
# length) exit 1 with one message naming the file, the field and its byte offset.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
C=${CLINCLEAN_SOURCE_DIR:-.}/tests/fuzz/corpus/fuzz_gguf
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

for f in tiny_llama.gguf tiny_llama_v2.gguf; do
  out=$("$BIN" inspect "$C/$f" 2>&1); rc=$?
  [[ $rc -eq 0 ]] && ok || bad "$f exit $rc: $out"
  grep -qx "layers: 1" <<<"$out" && grep -qx "heads: 2 (kv 1, head_dim 16)" <<<"$out" && ok || bad "$f dims"
  grep -q "^rope: theta 500000, scaling llama3 (factor 32, low 1, high 4, original context 8192" <<<"$out" && ok || bad "$f rope: $out"
  grep -qE '^  rope_freqs.weight +f32 +\[8\]$' <<<"$out" && ok || bad "$f rope_freqs tensor line"
done
js=$("$BIN" inspect --json "$C/tiny_llama.gguf")
for pat in '"rope_scaling": "llama3"' '"rope_original_context": 8192' '"tied_embeddings": true' '"name": "rope_freqs.weight"'; do
  grep -qF -- "$pat" <<<"$js" && ok || bad "json lacks $pat"
done
grep -qx "file: $C/tiny_llama_v2.gguf (11712 bytes, GGUF v2, 12 tensors, 12 metadata keys, alignment 32)" \
  <<<"$("$BIN" inspect "$C/tiny_llama_v2.gguf")" && ok || bad "v2 file line"

check() { # file, expected message fragment
  err=$("$BIN" inspect "$C/$1" 2>&1 >/dev/null); rc=$?
  [[ $rc -eq 1 && $(printf '%s\n' "$err" | wc -l) -eq 1 && $err == "clinclean inspect: $C/$1: "*"$2"* ]] && ok ||
    bad "$1 (rc=$rc): $err"
}
check trunc_header.gguf "metadata count 29 at byte 16 cannot fit in the 76 bytes left (file size 100)"
check trunc_data.gguf "tensor 7 ('t.q6_K') data offset 896 at byte 2111 runs past end of file (size 3243)"
check bad_tensor_count.gguf "tensor count 255 at byte 8 cannot fit"
check flipped.gguf "('tokenizer.ggml.tokens') value string 17 length 209970 at byte 1180 runs past end of file"
check all_types.gguf "missing tensor 'token_embd.weight'"
"$BIN" inspect /nonexistent.gguf >/dev/null 2>&1; [[ $? -eq 1 ]] && ok || bad "missing file exit"

echo "test_inspect_malformed: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
