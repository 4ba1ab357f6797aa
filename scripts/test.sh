#!/usr/bin/env bash
# test.sh - build and run the whole test suite, as CI does.
#
#  1. fetch and verify the test models into the cache
#  2. release build (CUDA backend too when nvcc exists) + ctest
#  3. AddressSanitizer + UBSan build (CPU only) + ctest
#  4. libFuzzer build with clang; every fuzz target runs for FUZZ_SECONDS
#
# Environment: CLINCLEAN_CACHE (model cache), JOBS (parallel jobs, default nproc),
# FUZZ_SECONDS (default 20), FUZZ_SEED (default 1; 0 = random), SKIP_SANITIZE=1 / SKIP_FUZZ=1 to
# shorten a local run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
export CLINCLEAN_CACHE=${CLINCLEAN_CACHE:-$ROOT/.cache}

step() { printf '\n== %s ==\n' "$*"; }

step "fetching test models"
scripts/fetch-models.sh

step "release build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$JOBS"
(cd build && ctest --output-on-failure -j"$JOBS")

if [[ ${SKIP_SANITIZE:-0} != 1 ]]; then
  step "AddressSanitizer + UndefinedBehaviorSanitizer build"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCLINCLEAN_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$JOBS"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure -j"$JOBS" -LE slow)
fi

if [[ ${SKIP_FUZZ:-0} != 1 ]] && command -v clang >/dev/null; then
  step "libFuzzer targets, ${FUZZ_SECONDS}s each"
  CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLINCLEAN_FUZZ=ON >/dev/null
  cmake --build build-fuzz -j"$JOBS"
  shopt -s nullglob
  for f in build-fuzz/tests/fuzz_*; do
    [[ -x $f ]] || continue
    name=$(basename "$f")
    work=build-fuzz/corpus-$name
    mkdir -p "$work"
    echo "fuzz: $name"
    # a fixed seed keeps CI repeatable (FUZZ_SEED=0: a random one, for longer runs by hand)
    "$f" -seed="${FUZZ_SEED:-1}" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=10 -print_final_stats=0 \
         "$work" "tests/fuzz/corpus/$name" 2>build-fuzz/$name.log || { tail -40 build-fuzz/$name.log; exit 1; }
    grep -E "^Done [0-9]+ runs" build-fuzz/$name.log || true
  done
fi

step "all test stages passed"
