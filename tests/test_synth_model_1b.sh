#!/usr/bin/env bash
# test_synth_model_1b.sh - `clinclean synth-model --preset llama-3.2-1b --type q8_0`
# with the real Llama 3 tokenizer writes a ~1.3 GB file streaming (peak memory
# well under 4 GB) that `clinclean inspect` reads as Llama 3.2 1B: 16 layers,
# hidden 2048, 32/8 heads, FFN 8192, vocab 128256, llama3 RoPE scaling.
# Slow (tens of seconds, 1.3 GB of disk): runs only with CLINCLEAN_SLOW_TESTS=1.
set -u
BIN=${CLINCLEAN_BIN:-build/clinclean}
SHARED=${CLINCLEAN_SHARED_DIR:-../shared}
[[ ${CLINCLEAN_SLOW_TESTS:-0} == 1 ]] || { echo "SKIP: slow test (set CLINCLEAN_SLOW_TESTS=1)"; exit 77; }
TOK=$SHARED/fixtures/llama3/tokenizer.json
[[ -f $TOK ]] || { echo "SKIP: $TOK absent"; exit 77; }
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
has() { grep -qxF -- "$2" <<<"$1" && ok || bad "missing line: $2"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if /usr/bin/time -f '%M' true 2>/dev/null; then TIMECMD=(/usr/bin/time -f 'maxrss_kb %M' -o "$tmp/rss"); else TIMECMD=(); fi
"${TIMECMD[@]}" "$BIN" synth-model --preset llama-3.2-1b --type q8_0 --tokenizer "$TOK" \
  --chat-template "$SHARED/fixtures/llama3/chat_template.jinja" --seed 1 -o "$tmp/l1b.gguf" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] && ok || bad "synth-model exit $rc: $(cat "$tmp/err")"
cat "$tmp/err"
if [[ -s $tmp/rss ]]; then
  kb=$(awk '{print $2}' "$tmp/rss"); echo "peak RSS: $kb kB"
  [[ $kb -lt 4000000 ]] && ok || bad "peak RSS $kb kB >= 4 GB"
fi
out=$("$BIN" inspect --no-tensors "$tmp/l1b.gguf"); rc=$?
[[ $rc -eq 0 ]] && ok || bad "inspect exit $rc"
has "$out" "layers: 16"
has "$out" "hidden: 2048"
has "$out" "ffn: 8192"
has "$out" "heads: 32 (kv 8, head_dim 64)"
has "$out" "vocab: 128256"
has "$out" "rope: theta 500000, scaling llama3 (factor 32, low 1, high 4, original context 8192; rope_freqs.weight with 32 factors)"
has "$out" "chat template: llama3"
has "$out" "parameters: 1235814432 (1235.8 M)"
w=$(sed -n 's/^weights: \([0-9]*\) bytes.*/\1/p' <<<"$out")
[[ -n $w && $w -gt 1300000000 && $w -lt 1330000000 ]] && ok || bad "weights $w bytes, want ~1.3 GB"
grep -qE '^  q8_0 +113 tensors ' <<<"$out" && ok || bad "q8_0 count"
echo "test_synth_model_1b: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
