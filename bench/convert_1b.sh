#!/usr/bin/env bash
# convert_1b.sh - how long `clinclean convert` takes, and how much memory it
# needs, on a checkpoint of Llama-3.2-1B's dimensions (1.24 B parameters,
# bf16, one 2.47 GB model.safetensors of synthetic weights made by
# bench_synth_hf) to q8_0.  Reports wall seconds and peak RSS (/usr/bin/time -v).
#
#   bench/convert_1b.sh [BUILD_DIR] [TYPE] [THREADS]     (defaults: build q8_0 2)
#
# Needs the Llama 3 tokenizer.json (128256 tokens): $LLAMA3_TOKENIZER, else
# ../shared/fixtures/llama3/tokenizer.json beside the repository.  Uses about
# 4 GB of disk in $TMPDIR (default /tmp), removed afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
type=${2:-q8_0}
threads=${3:-2}
tok=${LLAMA3_TOKENIZER:-$here/../shared/fixtures/llama3/tokenizer.json}
tcfg=$(dirname "$tok")/tokenizer_config.json
[[ -f $tok ]] || { echo "convert_1b: no Llama 3 tokenizer.json at $tok (set LLAMA3_TOKENIZER)" >&2; exit 1; }
[[ -x $build/clinclean && -x $build/bench/bench_synth_hf ]] || { echo "convert_1b: build $build first" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "convert_1b: /usr/bin/time (GNU time) is needed" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cc_convert_1b.XXXXXX")
trap 'rm -rf "$work"' EXIT

cfg_args=()
[[ -f $tcfg ]] && cfg_args=(--tokenizer-config "$tcfg")
echo "making the synthetic bf16 checkpoint in $work/hf ..."
"$build/bench/bench_synth_hf" "$work/hf" --dtype bf16 --tokenizer "$tok" "${cfg_args[@]}"
ls -l "$work/hf/model.safetensors"
sync
# Start from a cold page cache when allowed (root), so the read is measured too.
if [[ -w /proc/sys/vm/drop_caches ]]; then echo 3 > /proc/sys/vm/drop_caches || true; fi

/usr/bin/time -v "$build/clinclean" convert "$work/hf" -o "$work/model.gguf" --type "$type" -t "$threads" -q \
  2> "$work/time.txt" | tee "$work/out.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/time.txt")
cpu_user=$(awk -F': ' '/User time/{print $2}' "$work/time.txt")
cpu_sys=$(awk -F': ' '/System time/{print $2}' "$work/time.txt")
ls -l "$work/model.gguf"
echo "convert_1b: type $type, $threads threads: wall $wall (m:ss), user ${cpu_user}s, sys ${cpu_sys}s, peak RSS $((rss / 1024)) MiB"
echo "machine: $(nproc) CPUs, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
