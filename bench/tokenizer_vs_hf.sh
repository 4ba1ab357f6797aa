#!/usr/bin/env bash
# tokenizer_vs_hf.sh - encoding speed of clinclean's tokenizer against Hugging Face
# `tokenizers`, single-threaded, on the same clinical text in the same run.
#
#   bench/tokenizer_vs_hf.sh [tokenizer.json] [MB]
#
# Defaults: ../shared/fixtures/llama3/tokenizer.json, 8 MB of text.  The text is
# synthetic clinical notes built with a fixed seed from the clinical strings in
# tests/fixtures/tokenizer/llama3_clinical.json, the discharge-summary
# abbreviation data in ../shared/reference/clinical (when present) and
# numbers/doses/units, one note per line.  Needs build/bench/bench_tokenizer
# (cmake --build build) and python3; installs `tokenizers` with pip if missing.
# Both sides are checked to give identical ids on the text before timing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TJ=${1:-$ROOT/../shared/fixtures/llama3/tokenizer.json}
MB=${2:-8}
BENCH=${BENCH_BIN:-$ROOT/build/bench/bench_tokenizer}
[[ -f $TJ ]] || { echo "tokenizer $TJ not found" >&2; exit 1; }
[[ -x $BENCH ]] || { echo "$BENCH not built (cmake --build build)" >&2; exit 1; }
python3 -c 'import tokenizers' 2>/dev/null || python3 -m pip install --quiet tokenizers
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export RAYON_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false

python3 - "$ROOT" "$MB" "$tmp/notes.txt" <<'PY'
import json, os, random, sys
root, mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
rng = random.Random(20241126)
frags = [c["text"] for c in json.load(open(os.path.join(root, "tests/fixtures/tokenizer/llama3_clinical.json")))["cases"] if c["text"]]
ref = os.path.join(root, "..", "shared", "reference", "clinical", "vanderbilt_discharge_sums.txt")
words = []
if os.path.exists(ref):
    for line in open(ref, encoding="utf-8", errors="replace"):
        words += line.split("\t")[:2]
words += ["PT", "ADMITTED", "WITH", "C/O", "H/O", "K/C/O", "S/P", "DM", "HTN", "CAD", "TAB", "INJ", "SYP", "BD", "TDS", "OD",
          "SOS", "HS", "PO", "IV", "IM", "NAD", "WNL", "B/L", "NVBS", "P/A", "SOFT", "ADVISED", "REVIEW", "AFTER", "DAYS"]
units = ["mg", "MG", "mcg", "µg", "mL", "ml/hr", "IU", "mmHg", "°C", "°F", "%", "g/dL", "mEq/L", "bpm", "/min"]
target = int(mb * 1e6)
n = 0
with open(out, "w", encoding="utf-8") as f:
    while n < target:
        parts = []
        for _ in range(rng.randint(8, 60)):
            r = rng.random()
            if r < 0.15: parts.append(rng.choice(frags))
            elif r < 0.30: parts.append("%g%s" % (round(rng.uniform(0.1, 1000), rng.choice([0, 1, 2])), rng.choice(units)))
            elif r < 0.35: parts.append(rng.choice(["-", "•", "*", "1.", "2)", ":", ";", ","]))
            else: parts.append(rng.choice(words))
        note = " ".join(parts).replace("\n", " \\n ").replace("\r", " ")
        if rng.random() < 0.5: note = note.upper()
        f.write(note + "\n")
        n += len(note.encode("utf-8")) + 1
PY

echo "text: $(wc -c < "$tmp/notes.txt") bytes, $(wc -l < "$tmp/notes.txt") notes; tokenizer: $TJ"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores; single-threaded"
"$BENCH" --tokenizer "$TJ" --repeat 3 "$tmp/notes.txt" | tee "$tmp/ours.txt"

"${CLINCLEAN_BIN:-$ROOT/build/clinclean}" tokenize --tokenizer "$TJ" - < "$tmp/notes.txt" > "$tmp/ours.ids"

python3 - "$TJ" "$tmp/notes.txt" "$tmp/ours.ids" <<'PY'
import json, sys, time
import tokenizers
from tokenizers import Tokenizer
tj, path, ours_ids = sys.argv[1:4]
j = json.load(open(tj, encoding="utf-8"))
j["added_tokens"] = []   # as clinclean: text never becomes a special token
tok = Tokenizer.from_str(json.dumps(j))
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
if lines and lines[-1] == "": lines.pop()
nbytes = len(text.encode("utf-8"))
ref = tok.encode(text, add_special_tokens=False).ids
ours = [int(x) for x in open(ours_ids).read().split()]
if ours != ref:
    k = next((i for i, (a, b) in enumerate(zip(ours, ref)) if a != b), min(len(ours), len(ref)))
    sys.exit("ids differ from Hugging Face at token %d: not timing a wrong tokenizer" % k)
print("ids identical to Hugging Face tokenizers on all %d tokens" % len(ref))
def run(whole):
    t0 = time.perf_counter()
    if whole:
        n = len(tok.encode(text, add_special_tokens=False).ids)
    else:
        n = sum(len(tok.encode(l, add_special_tokens=False).ids) for l in lines)
    return time.perf_counter() - t0, n
for whole in (True, False):
    first, n = run(whole)
    best = min([first] + [run(whole)[0] for _ in range(2)])
    print("hf-tokenizers %s %-6s bytes=%d tokens=%d first=%.2f MB/s steady=%.2f MB/s (%.0f tokens/s)" % (
        tokenizers.__version__, "whole" if whole else "lines", nbytes, n, nbytes / 1e6 / first, nbytes / 1e6 / best, n / best))
PY
