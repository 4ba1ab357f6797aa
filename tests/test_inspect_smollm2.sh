#!/usr/bin/env bash
# test_inspect_smollm2.sh - `clinclean inspect` on the real SmolLM2-135M-Instruct
# Q4_1 file: dimensions, tokenizer, template family and the tensor types the file
# really holds (layer matrices q4_1, embedding q8_0, norms f32); --json agrees;
# a truncated copy fails with a message naming the file and the field.
# Skips (77) when the model is not in $CLINCLEAN_CACHE.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
MODEL=${CLINCLEAN_CACHE:-.cache}/SmolLM2-135M-Instruct.Q4_1.gguf
[[ -f $MODEL ]] || { echo "SKIP: $MODEL absent (scripts/fetch-models.sh fetches it)"; exit 77; }
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
has() { grep -qxF -- "$2" <<<"$1" && ok || bad "missing line: $2"; }

out=$("$BIN" inspect "$MODEL"); rc=$?
[[ $rc -eq 0 ]] && ok || bad "inspect exit $rc"
has "$out" "architecture: llama"
has "$out" "layers: 30"
has "$out" "hidden: 576"
has "$out" "ffn: 1536"
has "$out" "heads: 9 (kv 3, head_dim 64)"
has "$out" "vocab: 49152"
has "$out" "context: 8192"
has "$out" "rope: theta 100000, scaling none"
has "$out" "embeddings: tied (no output.weight)"
has "$out" "tokenizer: model gpt2, pre smollm, vocab 49152, merges 48900, bos 1 eos 2 eot - pad 2, add_bos false"
has "$out" "chat template: chatml"
has "$out" "parameters: 134515008 (134.5 M)"
# type counts: 30 layers x 7 matrices in q4_1, 30 x 2 norms + output_norm in f32, the embedding in q8_0
grep -qE '^  q4_1 +210 tensors +106168320 elements +66355200 bytes$' <<<"$out" && ok || bad "q4_1 totals"
grep -qE '^  f32 +61 tensors +35136 elements +140544 bytes$' <<<"$out" && ok || bad "f32 totals"
grep -qE '^  q8_0 +1 tensors +28311552 elements +30081024 bytes$' <<<"$out" && ok || bad "q8_0 totals"
grep -qE '^  token_embd.weight +q8_0 +\[576, 49152\]$' <<<"$out" && ok || bad "token_embd line"
grep -qE '^  blk.29.ffn_down.weight +q4_1 +\[1536, 576\]$' <<<"$out" && ok || bad "blk.29.ffn_down line"
grep -qE '^  output_norm.weight +f32 +\[576\]$' <<<"$out" && ok || bad "output_norm line"
n=$(grep -cE '^  (token_embd|output_norm|blk\.[0-9]+\.)[a-z_.]*weight ' <<<"$out")
[[ $n -eq 272 ]] && ok || bad "tensor lines: $n"

js=$("$BIN" inspect --json --no-tensors "$MODEL") || bad "--json exit"
for pat in '"layers": 30' '"hidden": 576' '"heads": 9' '"kv_heads": 3' '"vocab": 49152' '"pre": "smollm"' \
           '"chat_template": "chatml"' '"merges": 48900'; do
  grep -qF -- "$pat" <<<"$js" && ok || bad "json lacks $pat"
done

# truncated copies: the header cut inside the tokenizer arrays, and the data cut short
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
head -c 50000000 "$MODEL" >"$tmp/cut.gguf"
err=$("$BIN" inspect "$tmp/cut.gguf" 2>&1 >/dev/null); rc=$?
[[ $rc -eq 1 && $err == *"cut.gguf: "*"tensor "*"runs past end of file (size 50000000)"* ]] && ok || bad "truncated data (rc=$rc): $err"
head -c 300000 "$MODEL" >"$tmp/cut2.gguf"
err=$("$BIN" inspect "$tmp/cut2.gguf" 2>&1 >/dev/null); rc=$?
[[ $rc -eq 1 && $err == *"cut2.gguf: key "*"('tokenizer.ggml."*"at byte "* ]] && ok || bad "truncated metadata (rc=$rc): $err"
: >"$tmp/empty.gguf"
err=$("$BIN" inspect "$tmp/empty.gguf" 2>&1 >/dev/null); rc=$?
[[ $rc -eq 1 && $err == *"empty file"* ]] && ok || bad "empty file (rc=$rc): $err"
"$BIN" inspect >/dev/null 2>&1; [[ $? -eq 2 ]] && ok || bad "no argument must be a usage error"

echo "test_inspect_smollm2: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
