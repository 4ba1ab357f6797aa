#!/usr/bin/env python3
"""Greedy-decoding references for SmolLM2-135M-Instruct Q4_1, produced by llama.cpp.

One-off reference script (CI never runs it).  It renders the 12 clinical notes
below with SmolLM2's ChatML template and our system prompt, then for each one
  * runs refgen (a small C++ program linked against llama.cpp's libllama; its
    full source and build command are in tests/ref/llamacpp_refgen.md) to get
    the prompt ids and 64 greedy steps (argmax id/logit and runner-up id/logit),
  * runs llama.cpp's own llama-tokenize on the same rendered text and checks
    that its ids equal refgen's prompt ids,
and writes tests/fixtures/smollm2_greedy/refs.json.

usage (see tests/ref/llamacpp_refgen.md for the llama.cpp build):
  LLAMA_CPP_SRC=/work/ext/llama_cpp_python-0.3.36/vendor/llama.cpp \
  LLAMA_CPP_BUILD=/work/ext/llama-build REFGEN=/work/ext/refgen/refgen \
  python3 tests/ref/make_smollm2_greedy_refs.py MODEL.gguf tests/fixtures/smollm2_greedy/refs.json
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

SYSTEM = (
    "You are a medical AI assistant that rewrites noisy, telegraphic, or poorly formatted clinical text\n"
    "(eg, discharge summaries, admission notes, advice sections) into clear, grammatically correct,\n"
    "contextually rich prose.\n"
    "\n"
    "Given some raw 'content' from a clinician, you must:\n"
    "- preserve all medically relevant facts and timelines,\n"
    "- avoid inventing new clinical information,\n"
    "- expand or clarify abbreviations when appropriate,\n"
    "- fix spelling, grammar, punctuation, and formatting,\n"
    "- turn lists or fragments into coherent sentences and paragraphs.\n"
    "\n"
    "Your reply should be only the cleaned clinical text, nothing else."
)

TEMPLATE = "<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n{NOTE}<|im_end|>\n<|im_start|>assistant\n"

# Written for this fixture (invented patients), in the style of the target data.
NOTES = [
    ("short_fever",
     "C/O FEVER X 3 DAYS. ADV: TAB PCM 650MG SOS."),
    ("stemi_pci",
     "PT ADMITTED WITH C/O CHEST PAIN SINCE 2 HRS. K/C/O HTN, T2DM ON TAB METFORMIN 500MG BD. "
     "ECG: ST ELEVATION V1-V4. TROP I POSITIVE. TAKEN FOR PRIMARY PCI TO LAD. DISCHARGED ON "
     "TAB ASPIRIN 75MG OD, TAB CLOPIDOGREL 75MG OD, TAB ATORVASTATIN 40MG HS."),
    ("wrist_fracture",
     "H/O FALL FROM HEIGHT (APPROX 10 FT) AT WORK SITE. NO H/O LOC, VOMITING, ENT BLEED. "
     "X-RAY R WRIST - DISTAL RADIUS # . POP SLAB APPLIED. ADV: LIMB ELEVATION, INJ TT 0.5ML IM GIVEN."),
    ("dengue_mojibake",
     "PT C/O FEVER 101\u00c2\u00b0F WITH CHILLS X 4 DAYS. NS1 AG POSITIVE. PLT 48,000 ON ADMISSION, "
     "1,12,000 AT DISCHARGE. ADV: ORS, PLENTY OF ORAL FLUIDS, TAB PCM 500MG TDS X 3 DAYS. REVIEW SOS."),
    ("copd_exacerbation",
     "K/C/O COPD ON INHALERS. ADMITTED WITH ACUTE EXACERBATION. SPO2 86% ON RA. TREATED WITH "
     "NEBULISATION (SALBUTAMOL + IPRATROPIUM) 6 HRLY, INJ HYDROCORTISONE 100MG IV TDS X 3 DAYS, "
     "THEN TAB PREDNISOLONE 40MG OD TAPER. NO FEVER. SPUTUM C/S - NO GROWTH."),
    ("negations_renal_calculus",
     "NO H/O DM/HTN/TB/BA. NOT A K/C/O ANY DRUG ALLERGY. DENIES SMOKING, ALCOHOL. NO C/O DYSURIA "
     "OR HEMATURIA. USG ABD: R RENAL CALCULUS 8MM, NO HYDRONEPHROSIS."),
    ("paeds_diarrhoea",
     "3 YR OLD MALE CHILD, WT 13 KG. C/O LOOSE STOOLS 6-7 EPISODES/DAY X 2 DAYS, NO BLOOD IN STOOL. "
     "SOME DEHYDRATION. GIVEN IV RL 20ML/KG. DISCHARGED ON SYP ZINC 10MG OD X 14 DAYS, ORS AD LIB."),
    ("appendicectomy",
     "PT ADMITTED WITH ABOVE SAID COMPLAINT. -H/O LAP CHOLECYSTECTOMY(12 YEAR BACK). POD 3 OF OPEN "
     "APPENDICECTOMY, WOUND HEALTHY, DRAIN REMOVED. SUTURE REMOVAL ON POD 10. TAB AUGMENTIN 625MG BD X 5 DAYS."),
    ("lscs",
     "G2P1L1 AT 38 WKS GA. LSCS DONE ON 12/03 UNDER SPINAL ANAESTHESIA FOR PREVIOUS LSCS WITH CPD. "
     "BABY - FEMALE, 2.9 KG, CRIED IMMEDIATELY AFTER BIRTH. ADV: TAB IRON 1 OD, TAB CALCIUM 500MG BD "
     "X 3 MONTHS, EXCLUSIVE BREAST FEEDING."),
    ("insulin_t2dm",
     "K/C/O T2DM X 10 YRS, POORLY CONTROLLED (HBA1C 10.2%). INJ HUMAN MIXTARD 30/70 18 U - 0 - 12 U "
     "S/C BEFORE MEALS. CBG MONITORING TDS. ADV: DIABETIC DIET, FOOT CARE, REVIEW IN OPD AFTER 1 WK "
     "WITH FBS/PPBS."),
    ("stroke",
     "C/O SUDDEN ONSET WEAKNESS OF L UPPER AND LOWER LIMB SINCE MORNING. H/O HTN, DEFAULTED ON "
     "TREATMENT. BP 190/110 MMHG. CT BRAIN: R MCA TERRITORY INFARCT, NO HAEMORRHAGE. OUTSIDE WINDOW "
     "FOR THROMBOLYSIS. STARTED ON TAB ASPIRIN 150MG OD, TAB ATORVASTATIN 80MG HS. PHYSIOTHERAPY ADVISED."),
    ("long_discharge_summary",
     "DIAGNOSIS: LEFT LOWER LOBE PNEUMONIA WITH TYPE 1 RESPIRATORY FAILURE, K/C/O T2DM, HTN.\n"
     "HISTORY: 64 YR OLD MALE C/O COUGH WITH EXPECTORATION X 5 DAYS, FEVER X 3 DAYS, BREATHLESSNESS "
     "(MMRC GRADE 3) X 1 DAY. NO H/O CHEST PAIN, HEMOPTYSIS. H/O SIMILAR EPISODE 2 YRS BACK.\n"
     "ON EXAMINATION: TEMP 102 F, PR 112/MIN, BP 100/60 MMHG, RR 28/MIN, SPO2 84% ON RA. "
     "CREPTS + LEFT INFRASCAPULAR AREA.\n"
     "COURSE IN HOSPITAL: ADMITTED IN ICU, O2 VIA NRBM 10 L/MIN, INJ CEFTRIAXONE 1G IV BD, "
     "INJ AZITHROMYCIN 500MG IV OD X 5 DAYS, INSULIN SLIDING SCALE. WEANED TO RA ON DAY 4. "
     "AFEBRILE SINCE DAY 3. SHIFTED TO WARD ON DAY 5.\n"
     "INVESTIGATIONS: TLC 18,400, CRP 96, CXR - L LOWER ZONE CONSOLIDATION, BLOOD C/S - STERILE, "
     "CREAT 1.4 -> 0.9.\n"
     "DISCHARGE MEDICATIONS: TAB CEFUROXIME 500MG BD X 5 DAYS, TAB METFORMIN 500MG BD, "
     "TAB AMLODIPINE 5MG OD, TAB PCM 650MG SOS (MAX 4/DAY).\n"
     "ADVICE: REVIEW IN MEDICINE OPD AFTER 1 WK WITH CBC, CXR. RETURN SOS IF FEVER, BREATHLESSNESS."),
]

N_GEN = 64
THREADS = 2
TOPK_FIRST = 50


def byte_decoder():
    """Inverse of GPT-2's bytes_to_unicode (byte-level BPE piece -> bytes)."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("\u00a1"), ord("\u00ac") + 1)) \
        + list(range(ord("\u00ae"), ord("\u00ff") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs)}


def load_vocab(src, model):
    sys.path.insert(0, os.path.join(src, "gguf-py"))
    import gguf  # llama.cpp's own gguf-py, from the same checkout
    r = gguf.GGUFReader(model)
    f = r.fields["tokenizer.ggml.tokens"]
    toks = [bytes(f.parts[i]).decode("utf-8") for i in f.data]
    tt = r.fields["tokenizer.ggml.token_type"]
    types = [int(tt.parts[i][0]) for i in tt.data]
    return toks, types


def detok(ids, toks, types, bd):
    out = bytearray()
    for i in ids:
        if types[i] == 1:  # normal token: byte-level BPE piece
            out += bytes(bd[c] for c in toks[i])
        else:              # control / user-defined: literal text
            out += toks[i].encode("utf-8")
    return out.decode("utf-8", errors="replace")


def dump(v, ind=0):
    """JSON with one key per line but every list of scalars (or of [id, logit] pairs) on one line."""
    pad = " " * ind
    if isinstance(v, dict):
        items = [f'{pad} {json.dumps(k)}: {dump(x, ind + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list) and v and isinstance(v[0], dict):
        return "[\n" + ",\n".join(pad + " " + dump(x, ind + 1) for x in v) + "\n" + pad + "]"
    return json.dumps(v, ensure_ascii=False)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    model, out_path = sys.argv[1], sys.argv[2]
    src = os.environ["LLAMA_CPP_SRC"]
    build = os.environ["LLAMA_CPP_BUILD"]
    refgen = os.environ["REFGEN"]
    tokenize = os.path.join(build, "bin", "llama-tokenize")

    commit = subprocess.run(["git", "-C", src, "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    with open(model, "rb") as fp:
        blob = fp.read()
    toks, types = load_vocab(src, model)
    bd = byte_decoder()

    cases = []
    meta = None
    with tempfile.TemporaryDirectory() as td:
        for name, note in NOTES:
            prompt = TEMPLATE.replace("{SYSTEM}", SYSTEM).replace("{NOTE}", note)
            pf = os.path.join(td, name + ".txt")
            with open(pf, "wb") as fp:
                fp.write(prompt.encode("utf-8"))
            r = subprocess.run([refgen, "-m", model, "-f", pf, "-n", str(N_GEN), "-t", str(THREADS),
                                "-k", str(TOPK_FIRST), "--fa", "0"],
                               check=True, capture_output=True, text=True)
            g = json.loads(r.stdout)
            t = subprocess.run([tokenize, "-m", model, "-f", pf, "--ids", "--no-escape", "--log-disable"],
                               check=True, capture_output=True, text=True)
            tok_ids = json.loads(t.stdout.strip().splitlines()[-1])
            if tok_ids != g["prompt_ids"]:
                sys.exit(f"{name}: llama-tokenize ids differ from refgen prompt ids")
            steps = g["steps"]
            gen_ids = [s["id"] for s in steps]
            margins = [s["logit"] - s["logit2"] for s in steps]
            k = min(range(len(margins)), key=lambda i: margins[i])
            cases.append({
                "name": name,
                "note": note,
                "prompt": prompt,
                "prompt_ids": g["prompt_ids"],
                "gen_ids": gen_ids,
                "gen_logits": [s["logit"] for s in steps],
                "second_ids": [s["id2"] for s in steps],
                "second_logits": [s["logit2"] for s in steps],
                "first_eog_step": g["first_eog_step"],
                "min_margin": margins[k],
                "min_margin_step": k,
                "gen_text": detok(gen_ids, toks, types, bd),
                "first_step_top50": g["first_step_topk"],
            })
            meta = g
            print(f"{name}: {len(g['prompt_ids'])} prompt ids, eog at {g['first_eog_step']}, "
                  f"min margin {margins[k]:.4f} at step {k}", file=sys.stderr)

    doc = {
        "format": "clinclean-smollm2-greedy-refs/1",
        "description": "Greedy continuations of SmolLM2-135M-Instruct Q4_1 from llama.cpp "
                       "(see tests/ref/llamacpp_refgen.md). Per case: prompt_ids are the rendered "
                       "prompt's ids; gen_ids[i] is the argmax at generated position i, gen_logits[i] "
                       "its raw logit, second_ids[i]/second_logits[i] the runner-up. Exactly n_gen "
                       "tokens are generated; end-of-generation tokens are fed back like any other "
                       "(first_eog_step: first i whose gen_ids[i] is EOG, or null). "
                       "first_step_top50: [id, logit] of the 50 largest logits at position 0.",
        "model": {"file": os.path.basename(model), "bytes": len(blob),
                  "sha256": hashlib.sha256(blob).hexdigest()},
        "llama_cpp": {
            "commit": commit,
            "source": "vendor/llama.cpp of the llama_cpp_python 0.3.36 sdist (a git submodule checkout)",
            "cmake": "-DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DLLAMA_CURL=OFF -DGGML_CUDA=OFF",
            "compiler": "GCC 12.2.0",
            "cpu": "AMD EPYC (family 25 model 17, AVX-512), 2 vCPUs",
            "threads": THREADS,
            "n_gpu_layers": 0,
            "type_k": meta["type_k"], "type_v": meta["type_v"],
            "flash_attn": bool(meta["flash_attn"]),
            "prompt_decode": "whole prompt in one llama_decode (n_batch = n_ubatch >= prompt length), "
                             "then one token per llama_decode",
        },
        "tokenizer": {"add_bos": meta["add_bos"], "bos": meta["bos"], "eos": meta["eos"],
                      "eot": meta["eot"], "n_vocab": meta["n_vocab"],
                      "tokenize_call": "llama_tokenize(add_special=true, parse_special=true); "
                                       "add_bos is false in this GGUF, so no BOS is added",
                      "checked_with": "llama-tokenize -f PROMPT --ids --no-escape (same ids)"},
        "n_gen": N_GEN,
        "argmax_tie_break": "lowest id",
        "system_prompt": SYSTEM,
        "template": TEMPLATE,
        "cases": cases,
    }
    with open(out_path, "w", encoding="utf-8") as fp:
        fp.write(dump(doc))
        fp.write("\n")


if __name__ == "__main__":
    main()
