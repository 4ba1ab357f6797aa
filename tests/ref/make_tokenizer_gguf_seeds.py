#!/usr/bin/env python3
"""make_tokenizer_gguf_seeds.py - seed corpus for tests/fuzz/fuzz_tokenizer_gguf.c.

Tiny GGUF files (no tensors) holding byte-level BPE tokenizer metadata in the
shapes clinclean accepts: Llama 3 ("llama-bpe", control tokens, chat template),
SmolLM ("smollm", an unknown token standing for missing bytes) and GPT-2.
Run from the repository root (needs the `gguf` package):
    python3 tests/ref/make_tokenizer_gguf_seeds.py
"""
import os
import sys

import gguf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_tokenizer_json_seeds import byte_alphabet  # noqa: E402


def write(path, pre, template=None, drop=(), unk=False):
    w = gguf.GGUFWriter(path, "llama")
    alpha = [c for i, c in enumerate(byte_alphabet()) if i not in drop]
    merges = ["a b", "Ġ t", "Ġt h", "ab c", "1 2", "Ġ Ġ"]
    tokens = alpha + ["ab", "Ġt", "Ġth", "abc", "12", "ĠĠ"]
    types = [1] * len(tokens)
    specials = ["<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>",
                "<|im_start|>", "<|im_end|>", "<unk>"]
    first = len(tokens)
    tokens += specials
    types += [3] * len(specials)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre(pre)
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    w.add_bos_token_id(first)
    w.add_eos_token_id(first + 4)
    if unk:
        w.add_unk_token_id(first + 7)
    w.add_add_bos_token(True)
    if template:
        w.add_chat_template(template)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def main():
    out = "tests/fuzz/corpus/fuzz_tokenizer_gguf"
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "llama3.gguf"), "llama-bpe",
          "{{ bos_token }}<|start_header_id|>system<|end_header_id|>Cutting Knowledge Date<|eot_id|>")
    write(os.path.join(out, "smollm_unk.gguf"), "smollm", "<|im_start|>{{ m }}<|im_end|>", drop=(4, 255), unk=True)
    write(os.path.join(out, "gpt2.gguf"), "gpt2")
    print("seeds written to", out)


if __name__ == "__main__":
    main()
