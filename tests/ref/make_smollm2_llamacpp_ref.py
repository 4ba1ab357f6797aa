#!/usr/bin/env python3
"""make_smollm2_llamacpp_ref.py - greedy reference continuations of SmolLM2-135M-Instruct
(Q4_1 GGUF) computed by llama.cpp, for tests/test_smollm2_ref.c.

For each clinical note below, the prompt ids are rendered by clinclean itself
(`clinclean prompt --ids-only` with configs/smollm2-135m.conf), so the test
compares only the forward pass and greedy choice.  llama.cpp (the copy vendored
in the llama-cpp-python sdist, built from source with CMake on this machine;
see tests/ref/README.md for the exact commands) evaluates the prompt and then
64 greedy steps (argmax of its logits, end tokens not treated specially).  For
each step we record the chosen id and the top-2 logits, so a test can tell a
real mismatch from a near-tie.

Output: tests/fixtures/smollm2-llamacpp/ref.json
Run:    LLAMA_CPP_LIB_PATH=/work/ext/llama-build/bin PYTHONPATH=/work/ext/llama_cpp_python-0.3.36 \\
        python3 tests/ref/make_smollm2_llamacpp_ref.py BUILD/clinclean MODEL.gguf
"""
import json
import os
import subprocess
import sys

import numpy as np
from llama_cpp import Llama, __version__ as llama_cpp_python_version

NOTES = [
    "PT ADMITTED WITH ABOVE SAID COMPLAINT. -H/O LAP CHOLECYSTECTOMY(12 YEAR BACK",
    "C/O FEVER SINCE 3 DAYS, NO H/O VOMITING / LOOSE STOOLS. K/C/O DM ON TAB METFORMIN 500MG BD",
    "BP 130/80 PR 88/MIN SPO2 98% ON RA. CHEST CLEAR. P/A SOFT, NON TENDER",
    "ADV: CBC, LFT, RFT, USG ABDOMEN. REVIEW WITH REPORTS SOS",
    "PAIN ABDOMEN RT HYPOCHONDRIUM X 2 DAYS, ASSOC WITH NAUSEA. NOT K/C/O HTN / BA / TB",
    "USG: CHOLELITHIASIS WITH GB WALL THICKENING. PLAN LAP CHOLE UNDER GA",
    "POD 2 - PT STABLE, AFEBRILE, TOLERATING ORALLY. DRAIN REMOVED. DISCHARGED WITH ADVICE",
    "TAB PARACETAMOL 650MG TDS X 3 DAYS, TAB PANTOP 40MG OD BEFORE FOOD",
    "H/O FALL FROM STAIRS, C/O PAIN LT WRIST. X RAY - DISTAL RADIUS #. POP SLAB APPLIED",
    "K/C/O HTN SINCE 5 YRS ON TAB AMLODIPINE 5MG OD. NO H/O CHEST PAIN / SOB / PALPITATIONS",
]
N_PREDICT = 64


def main():
    clinclean, model = sys.argv[1], sys.argv[2]
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    config = os.path.join(src, "configs", "smollm2-135m.conf")
    llm = Llama(model_path=model, n_ctx=1024, n_batch=512, n_threads=2, logits_all=True, verbose=False, seed=0)
    cases = []
    for note in NOTES:
        ids = subprocess.run([clinclean, "prompt", "-m", model, "--config", config, "--ids-only", note],
                             check=True, capture_output=True, text=True).stdout.split()
        ids = [int(x) for x in ids]
        llm.reset()
        llm.eval(ids)
        out, top = [], []
        for _ in range(N_PREDICT):
            logits = np.array(llm.scores[llm.n_tokens - 1], dtype=np.float64)
            order = np.argsort(-logits, kind="stable")
            a, b = int(order[0]), int(order[1])
            out.append(a)
            top.append([a, float(logits[a]), b, float(logits[b])])
            llm.eval([a])
        cases.append({"note": note, "prompt_ids": ids, "greedy_ids": out, "top2": top})
        print(f"{len(ids)} prompt ids -> {out[:8]}...", file=sys.stderr)
    doc = {
        "description": "llama.cpp greedy continuations (64 steps, argmax, end tokens not special) of "
                       "SmolLM2-135M-Instruct.Q4_1.gguf for chat-formatted clinical notes; top2 = "
                       "[best id, its logit, second id, its logit] per step",
        "model_file": os.path.basename(model),
        "model_bytes": os.path.getsize(model),
        "llama_cpp_python": llama_cpp_python_version,
        "n_predict": N_PREDICT,
        "cases": cases,
    }
    out_path = os.path.join(src, "tests", "fixtures", "smollm2-llamacpp", "ref.json")
    with open(out_path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
