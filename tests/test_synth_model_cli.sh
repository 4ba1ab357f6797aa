#!/usr/bin/env bash
# test_synth_model_cli.sh - `clinclean synth-model` through the CLI, read back with
# `clinclean inspect`: the tiny preset with a small tokenizer.json (always) and
# with the real Llama 3 tokenizer + chat template when ../shared is present;
# the smollm2-135m preset with the tokenizer copied from the real SmolLM2 file
# matches that file's dimensions and tokenizer; usage errors exit 2, refusals
# exit 1 with a message, nothing left behind.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SHARED=${CLINCLEAN_SHARED_DIR:-../shared}
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
has() { grep -qxF -- "$2" <<<"$1" && ok || bad "missing line: $2"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/tokenizer.json" <<'JSON'
{"added_tokens": [{"id": 5, "content": "<|im_start|>", "special": true}, {"id": 6, "content": "<|im_end|>", "special": true}],
 "pre_tokenizer": {"type": "ByteLevel", "use_regex": true},
 "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "c": 2, "ab": 3, "abc": 4}, "merges": ["a b", "ab c"]}}
JSON
printf '%s' '{% for m in messages %}<|im_start|>{{ m.role }}{% endfor %}' >"$tmp/chat.jinja"

"$BIN" synth-model --preset tiny --type q4_k --tokenizer "$tmp/tokenizer.json" --chat-template "$tmp/chat.jinja" \
  --seed 3 -o "$tmp/tiny.gguf" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 && -f $tmp/tiny.gguf && ! -e $tmp/tiny.gguf.part ]] && ok || bad "tiny q4_k exit $rc: $(cat "$tmp/err")"
grep -q "wrote $tmp/tiny.gguf (tiny, q4_K, 2 layers, vocab 7)" "$tmp/err" && ok || bad "summary line: $(cat "$tmp/err")"
out=$("$BIN" inspect "$tmp/tiny.gguf"); rc=$?
[[ $rc -eq 0 ]] && ok || bad "inspect exit $rc"
has "$out" "architecture: llama"
has "$out" "name: clinclean synthetic tiny q4_K seed 3"
has "$out" "layers: 2"
has "$out" "hidden: 256"
has "$out" "heads: 4 (kv 2, head_dim 64)"
has "$out" "vocab: 7"
has "$out" "embeddings: tied (no output.weight)"
has "$out" "tokenizer: model gpt2, pre gpt2, vocab 7, merges 2, bos - eos - eot 6 pad -, add_bos false"
has "$out" "chat template: chatml"
grep -qE '^  q4_K +15 tensors ' <<<"$out" && ok || bad "q4_K count"
grep -qE '^  f32 +5 tensors ' <<<"$out" && ok || bad "f32 count"
grep -qE '^  token_embd.weight +q4_K +\[256, 7\]$' <<<"$out" && ok || bad "token_embd line"

# same seed, same bytes
"$BIN" synth-model --preset tiny --type q4_k --tokenizer "$tmp/tokenizer.json" --chat-template "$tmp/chat.jinja" \
  --seed 3 -t 1 -o "$tmp/again.gguf" 2>/dev/null && cmp -s "$tmp/tiny.gguf" "$tmp/again.gguf" && ok || bad "not deterministic"

# refusals and usage errors
err=$("$BIN" synth-model --preset smollm2-135m --type q6_k --tokenizer "$tmp/tokenizer.json" -o "$tmp/x.gguf" 2>&1); rc=$?
[[ $rc -eq 1 && $err == *"multiple of 256"* && ! -e $tmp/x.gguf && ! -e $tmp/x.gguf.part ]] && ok || bad "k-quant refusal (rc=$rc): $err"
"$BIN" synth-model --preset tiny --type q5_0 --tokenizer "$tmp/tokenizer.json" -o "$tmp/x.gguf" >/dev/null 2>&1
[[ $? -eq 2 ]] && ok || bad "unknown type exit"
"$BIN" synth-model --preset huge --type q8_0 --tokenizer "$tmp/tokenizer.json" -o "$tmp/x.gguf" >/dev/null 2>&1
[[ $? -eq 2 ]] && ok || bad "unknown preset exit"
"$BIN" synth-model --preset tiny --type q8_0 -o "$tmp/x.gguf" >/dev/null 2>&1
[[ $? -eq 2 ]] && ok || bad "missing --tokenizer exit"

# the real Llama 3 tokenizer, with its config beside it and Meta's chat template
if [[ -f $SHARED/fixtures/llama3/tokenizer.json ]]; then
  "$BIN" synth-model --preset tiny --type q8_0 --tokenizer "$SHARED/fixtures/llama3/tokenizer.json" \
    --chat-template "$SHARED/fixtures/llama3/chat_template.jinja" --seed 1 -o "$tmp/l3.gguf" 2>/dev/null && ok || bad "llama3 tokenizer"
  out=$("$BIN" inspect --no-tensors "$tmp/l3.gguf")
  has "$out" "vocab: 128256"
  has "$out" "tokenizer: model gpt2, pre llama-bpe, vocab 128256, merges 280147, bos 128000 eos 128001 eot 128009 pad 128004, add_bos true"
  has "$out" "chat template: llama3"
else
  echo "skipping the Llama 3 tokenizer part: $SHARED/fixtures/llama3 absent"
fi

# smollm2-135m with the tokenizer copied from the real SmolLM2 GGUF (when cached)
SMOL=${CLINCLEAN_CACHE:-.cache}/SmolLM2-135M-Instruct.Q4_1.gguf
if [[ -f $SMOL ]]; then
  "$BIN" synth-model --preset smollm2-135m --type q4_1 --tokenizer "$SMOL" --seed 5 -o "$tmp/s.gguf" 2>/dev/null && ok || bad "smollm2 preset"
  out=$("$BIN" inspect --no-tensors "$tmp/s.gguf")
  real=$("$BIN" inspect --no-tensors "$SMOL")
  for key in layers hidden ffn heads vocab context rope embeddings tokenizer "chat template" parameters; do
    [[ $(grep "^$key: " <<<"$out") == "$(grep "^$key: " <<<"$real")" ]] && ok || bad "smollm2 preset differs on '$key'"
  done
  grep -qE '^  q4_1 +211 tensors ' <<<"$out" && ok || bad "smollm2 preset: embedding must be q4_1 too"
  rm -f "$tmp/s.gguf"
else
  echo "skipping the smollm2-135m part: $SMOL absent"
fi

echo "test_synth_model_cli: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
