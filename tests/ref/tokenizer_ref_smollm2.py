#!/usr/bin/env python3
"""tokenizer_ref_smollm2.py - SmolLM2 reference ids for the clinical strings, from HF `tokenizers`.

One-off script (CI never runs it).  The SmolLM2 GGUF carries the vocabulary and
merges; this script rebuilds SmolLM2's Hugging Face tokenizer from them (BPE with
unk "<|endoftext|>", pre-tokenizer Digits(individual_digits) + ByteLevel, as in
SmolLM2's tokenizer.json), encodes the clinical strings of tokenizer_ref.py with
the `tokenizers` library and writes tests/fixtures/tokenizer/smollm2_clinical.json.
Special tokens are not registered as added tokens: note text never becomes one.

    pip install tokenizers gguf
    python3 tests/ref/tokenizer_ref_smollm2.py $CLINCLEAN_CACHE/SmolLM2-135M-Instruct.Q4_1.gguf \
        tests/fixtures/tokenizer/smollm2_clinical.json
"""
import json
import os
import sys

import tokenizers
from gguf import GGUFReader
from tokenizers import Tokenizer, decoders, models, pre_tokenizers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokenizer_ref import CASES  # noqa: E402


def field_strings(r, key):
    f = r.fields[key]
    return [bytes(f.parts[i]).decode("utf-8") for i in f.data]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    r = GGUFReader(sys.argv[1])
    tokens = field_strings(r, "tokenizer.ggml.tokens")
    merges = [tuple(m.split(" ")) for m in field_strings(r, "tokenizer.ggml.merges")]
    assert bytes(r.fields["tokenizer.ggml.pre"].parts[-1]).decode() == "smollm"
    vocab = {t: i for i, t in enumerate(tokens)}
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, unk_token="<|endoftext|>", ignore_merges=False))
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Digits(individual_digits=True),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
    ])
    tok.decoder = decoders.ByteLevel()
    cases = []
    for text in CASES:
        ids = tok.encode(text, add_special_tokens=False).ids
        cases.append({"text": text, "ids": ids})
    out = {
        "source": "Hugging Face tokenizers %s, SmolLM2-135M-Instruct vocabulary and merges from its GGUF" % tokenizers.__version__,
        "cases": cases,
    }
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=True, indent=0)
        f.write("\n")
    print("%d cases written to %s" % (len(cases), sys.argv[2]))


if __name__ == "__main__":
    main()
