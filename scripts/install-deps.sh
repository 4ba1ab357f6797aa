#!/usr/bin/env bash
# install-deps.sh - install the Debian packages clinclean builds and tests with.
# Idempotent; uses sudo when not root.  The CUDA toolkit is not installed here:
# the CUDA backend is built only where nvcc already exists.
set -euo pipefail
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
PKGS=(
  build-essential cmake pkg-config git
  libsqlite3-dev zlib1g-dev libpcre2-dev libjansson-dev   # build dependencies
  sqlite3 python3 python3-pip python3-venv                # tests and setup
  clang libclang-rt-dev                                   # libFuzzer and sanitizer runtimes
  chromium                                                # review report browser test (headless)
)
EXTRA=${CLINCLEAN_EXTRA_PKGS:-}
missing=()
for p in "${PKGS[@]}" $EXTRA; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "install-deps: all packages present"
