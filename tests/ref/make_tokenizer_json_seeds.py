#!/usr/bin/env python3
"""make_tokenizer_json_seeds.py - seed corpus for tests/fuzz/fuzz_tokenizer_json.c.

Small byte-level BPE tokenizer.json files in the three accepted shapes (Llama 3,
GPT-2, SmolLM), one with a tokenizer_config.json appended after a NUL byte (the
fuzz target splits its input there).  Run from the repository root:
    python3 tests/ref/make_tokenizer_json_seeds.py
"""
import json
import os

LLAMA3_SPLIT = ("(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|"
                "\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+")


def byte_alphabet():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [chr(c) for _, c in sorted(zip(bs, cs))]


def tokenizer(pre, merges_as_pairs=False, ignore_merges=False, unk=None, drop_bytes=()):
    alpha = [c for i, c in enumerate(byte_alphabet()) if i not in drop_bytes]
    vocab = {c: i for i, c in enumerate(alpha)}
    merges = [("a", "b"), ("Ġ", "t"), ("Ġt", "h"), ("ab", "c"), ("1", "2"), ("Ġ", "Ġ")]
    for a, b in merges:
        vocab.setdefault(a + b, len(vocab))
    if unk:
        vocab[unk] = len(vocab)
    n = len(vocab)
    added = [{"id": n, "content": "<|begin_of_text|>", "special": True},
             {"id": n + 1, "content": "<|eot_id|>", "special": True},
             {"id": n + 2, "content": "<|im_start|>", "special": True},
             {"id": n + 3, "content": "<|im_end|>", "special": True}]
    return {
        "version": "1.0", "added_tokens": added, "normalizer": None, "pre_tokenizer": pre,
        "model": {"type": "BPE", "dropout": None, "unk_token": unk, "ignore_merges": ignore_merges,
                  "byte_fallback": False, "vocab": vocab,
                  "merges": [list(m) for m in merges] if merges_as_pairs else ["%s %s" % m for m in merges]},
    }


def main():
    out = "tests/fuzz/corpus/fuzz_tokenizer_json"
    os.makedirs(out, exist_ok=True)
    llama = {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": LLAMA3_SPLIT}, "behavior": "Isolated", "invert": False},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]}
    gpt2 = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    smollm = {"type": "Sequence", "pretokenizers": [
        {"type": "Digits", "individual_digits": True},
        {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}]}
    seeds = {
        "llama3.json": tokenizer(llama, ignore_merges=True),
        "gpt2_pairs.json": tokenizer(gpt2, merges_as_pairs=True),
        "smollm_unk.json": tokenizer(smollm, unk="<unk>", drop_bytes=(4, 255)),
    }
    for name, j in seeds.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False)
    first_added = seeds["llama3.json"]["added_tokens"][0]["id"]
    cfg = {"added_tokens_decoder": {str(first_added + 2): {"content": "<|start_header_id|>", "special": True},
                                    str(first_added + 3): {"content": "<|end_header_id|>", "special": True},
                                    str(first_added + 9): {"content": "<|beyond_vocab|>", "special": True}},
           "bos_token": "<|begin_of_text|>", "eos_token": {"content": "<|eot_id|>"}, "add_bos_token": True,
           "chat_template": "{{ bos_token }}<|start_header_id|>...<|eot_id|>"}
    with open(os.path.join(out, "llama3_with_config"), "wb") as f:
        f.write(json.dumps(seeds["llama3.json"], ensure_ascii=False).encode() + b"\0" + json.dumps(cfg).encode())
    print("seeds written to", out)


if __name__ == "__main__":
    main()
