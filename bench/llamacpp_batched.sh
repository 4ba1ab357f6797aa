#!/usr/bin/env bash
# bench/llamacpp_batched.sh: llama.cpp's llama-batched-bench on the SmolLM2 demo
# GGUF, as the external baseline beside our own batched sweep (docs/PERF.md,
# section "llama.cpp baseline (CPU)").  llama.cpp is never part of this repo:
# point LLAMA_CPP_DIR at a llama.cpp build directory (the one holding
# bin/llama-batched-bench) or at a source tree with build/bin/ inside.  Without
# it the script says so and exits 0, so a sweep script can always call it.
#
# usage: LLAMA_CPP_DIR=/path/to/llama-build bench/llamacpp_batched.sh [MODEL.gguf] [extra llama-batched-bench args]
# env:   THREADS (2)  NPP (128,512)  NTG (32,128)  NPL (1,4,16,64)
#        CTX (default: enough KV cells for the largest npl*(npp+ntg) combination)
#        FORMAT (md | jsonl; default md)
set -euo pipefail

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

if [[ -z "${LLAMA_CPP_DIR:-}" ]]; then
    echo "llamacpp_batched: LLAMA_CPP_DIR is not set; skipping the llama.cpp baseline" >&2
    exit 0
fi
BIN=""
for cand in "$LLAMA_CPP_DIR/bin/llama-batched-bench" "$LLAMA_CPP_DIR/build/bin/llama-batched-bench" \
            "$LLAMA_CPP_DIR/llama-batched-bench"; do
    if [[ -x "$cand" ]]; then BIN="$cand"; break; fi
done
if [[ -z "$BIN" ]]; then
    echo "llamacpp_batched: no llama-batched-bench under $LLAMA_CPP_DIR (build it with" \
         "'cmake --build BUILD --target llama-batched-bench'); skipping" >&2
    exit 0
fi

MODEL="${1:-${CLINCLEAN_CACHE:-.cache}/SmolLM2-135M-Instruct.Q4_1.gguf}"
[[ $# -gt 0 ]] && shift
if [[ ! -r "$MODEL" ]]; then
    echo "llamacpp_batched: model $MODEL not readable (set CLINCLEAN_CACHE or pass the path)" >&2
    exit 1
fi

THREADS="${THREADS:-2}"
NPP="${NPP:-128,512}"
NTG="${NTG:-32,128}"
NPL="${NPL:-1,4,16,64}"
FORMAT="${FORMAT:-md}"
max_of() { tr ',' '\n' <<<"$1" | sort -n | tail -1; }
if [[ -z "${CTX:-}" ]]; then
    CTX=$(( $(max_of "$NPL") * ( $(max_of "$NPP") + $(max_of "$NTG") ) ))
fi

echo "# machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs"
echo "# binary:  $BIN"
echo "# command: $BIN -m $MODEL -c $CTX -b 2048 -ub 512 -t $THREADS -tb $THREADS" \
     "-npp $NPP -ntg $NTG -npl $NPL --output-format $FORMAT $*"
exec "$BIN" -m "$MODEL" -c "$CTX" -b 2048 -ub 512 -t "$THREADS" -tb "$THREADS" \
    -npp "$NPP" -ntg "$NTG" -npl "$NPL" --output-format "$FORMAT" "$@"
