#!/usr/bin/env python3
"""make_tiny_hf.py - writes the tiny random Llama checkpoints in Hugging Face
format under tests/fixtures/tiny-llama/, and the float32 logits that the
transformers reference implementation computes from them.

A one-off reference script (CI never runs it; see tests/ref/README.md for the
exact environment).  Everything is seeded, so a rerun with the same package
versions writes the same bytes.

Variants (one directory each):
  plain/   hidden 64, 2 layers, 4 heads / 2 kv heads, head_dim 16, ffn 160,
           vocab 384, rope_theta 10000, no rope scaling, untied lm_head,
           float32, one model.safetensors.
  llama3/  the same shapes with rope_theta 500000 and "llama3" rope scaling
           (factor 32, low 1, high 4, original context 8192), tied embeddings
           (no lm_head.weight, as in Llama 3.2 1B), bfloat16, sharded in two
           files with model.safetensors.index.json.
  f16/     plain's config with float16 weights in one model.safetensors.

Each directory holds config.json (written by hand in the classic format of real
Llama checkpoints: rope_theta + rope_scaling, not transformers 5's
rope_parameters), generation_config.json, tokenizer.json (a 384-token
byte-level BPE trained here on a few clinical sentences, with Llama-3-style
special tokens at 379..383), tokenizer_config.json, model weights, and:
  ref_logits.bin   float32 little-endian logits, sequence after sequence,
                   each [n_tokens][vocab] row-major
  ref_logits.json  the input ids of each sequence and its float offset into
                   ref_logits.bin
The logits are computed in float32 from the stored weights (bf16/f16 weights
are upcast exactly), with eager attention, from position 0, no KV cache.
"""
import json
import math
import os
import shutil
import struct
import sys

import numpy as np
import torch
from safetensors.torch import save_file
from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import LlamaForCausalLM

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "fixtures", "tiny-llama"))

VOCAB = 384
SPECIALS = ["<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>",
            "<|eot_id|>"]  # ids 379..383
BOS_ID, EOS_ID, EOT_ID = 379, 380, 383

# Llama 3's pre-tokenizer split pattern (as published in its tokenizer.json).
LLAMA3_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                r"|\s*[\r\n]+|\s+(?!\S)|\s+")

CORPUS = [
    "PT ADMITTED WITH ABOVE SAID COMPLAINT. -H/O LAP CHOLECYSTECTOMY(12 YEAR BACK)",
    "Patient admitted with chest pain. No history of diabetes. BP 130/80 mmHg, HR 88.",
    "C/O FEVER X 3 DAYS, NO VOMITING, NO LOOSE STOOLS. ADV: TAB PARACETAMOL 650 MG TDS.",
    "The patient denies shortness of breath and was discharged in stable condition.",
    "K/C/O HTN ON TAB AMLODIPINE 5 MG OD. NKDA. SPO2 98% ON ROOM AIR.",
    "Known case of type 2 diabetes mellitus on metformin 500 mg twice daily.",
]

# A small Llama-3-style chat template (written for this fixture).
CHAT_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n' + message['content'] | trim + '<|eot_id|>' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)


def make_tokenizer():
    tok = Tokenizer(models.BPE(ignore_merges=True))
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(LLAMA3_SPLIT), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=VOCAB - len(SPECIALS), show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  special_tokens=[])
    tok.train_from_iterator(CORPUS * 4, trainer=trainer)
    assert tok.get_vocab_size() == VOCAB - len(SPECIALS), tok.get_vocab_size()
    tok.add_special_tokens(SPECIALS)
    assert tok.token_to_id(SPECIALS[0]) == BOS_ID and tok.token_to_id(SPECIALS[-1]) == EOT_ID
    tok.post_processor = processors.TemplateProcessing(
        single="<|begin_of_text|> $A", pair="<|begin_of_text|> $A <|begin_of_text|> $B",
        special_tokens=[("<|begin_of_text|>", BOS_ID)])
    return tok


def hf_config(rope_theta, llama3, tied, dtype):
    cfg = {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "attention_bias": False,
        "attention_dropout": 0.0,
        "bos_token_id": BOS_ID,
        "eos_token_id": [EOS_ID, EOT_ID] if llama3 else EOS_ID,
        "head_dim": 16,
        "hidden_act": "silu",
        "hidden_size": 64,
        "initializer_range": 0.02,
        "intermediate_size": 160,
        "max_position_embeddings": 131072 if llama3 else 2048,
        "mlp_bias": False,
        "num_attention_heads": 4,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-05,
        "rope_scaling": ({"factor": 32.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0,
                          "original_max_position_embeddings": 8192, "rope_type": "llama3"}
                         if llama3 else None),
        "rope_theta": rope_theta,
        "tie_word_embeddings": tied,
        "torch_dtype": dtype,
        "use_cache": True,
        "vocab_size": VOCAB,
    }
    return cfg


def random_state_dict(seed, tied):
    """HF-named weights with magnitudes that keep activations O(1), so that a
    wrong permutation, norm or rope frequency visibly changes the logits."""
    g = torch.Generator().manual_seed(seed)

    def mat(rows, cols):
        return torch.randn(rows, cols, generator=g) / math.sqrt(cols)

    def norm(n):
        return 1.0 + 0.2 * torch.randn(n, generator=g)

    sd = {"model.embed_tokens.weight": torch.randn(VOCAB, 64, generator=g)}
    for i in range(2):
        p = f"model.layers.{i}."
        sd[p + "input_layernorm.weight"] = norm(64)
        sd[p + "self_attn.q_proj.weight"] = 2.0 * mat(64, 64)
        sd[p + "self_attn.k_proj.weight"] = 2.0 * mat(32, 64)
        sd[p + "self_attn.v_proj.weight"] = mat(32, 64)
        sd[p + "self_attn.o_proj.weight"] = mat(64, 64)
        sd[p + "post_attention_layernorm.weight"] = norm(64)
        sd[p + "mlp.gate_proj.weight"] = mat(160, 64)
        sd[p + "mlp.up_proj.weight"] = mat(160, 64)
        sd[p + "mlp.down_proj.weight"] = mat(64, 160)
    sd["model.norm.weight"] = norm(64)
    if not tied:
        sd["lm_head.weight"] = mat(VOCAB, 64)
    return sd


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=2, sort_keys=False)
        f.write("\n")


def save_weights(d, sd, dtype, shards):
    meta = {"format": "pt"}
    sd = {k: v.to(dtype).contiguous() for k, v in sd.items()}
    names = list(sd.keys())
    if shards == 1:
        save_file(sd, os.path.join(d, "model.safetensors"), metadata=meta)
        return
    # Split by cumulative size into `shards` contiguous groups of whole tensors.
    total = sum(v.numel() * v.element_size() for v in sd.values())
    groups, cur, acc = [], [], 0
    for n in names:
        sz = sd[n].numel() * sd[n].element_size()
        if cur and acc + sz > total / shards and len(groups) < shards - 1:
            groups.append(cur)
            cur, acc = [], 0
        cur.append(n)
        acc += sz
    groups.append(cur)
    assert len(groups) == shards
    weight_map = {}
    for i, grp in enumerate(groups):
        fn = f"model-{i + 1:05d}-of-{shards:05d}.safetensors"
        save_file({n: sd[n] for n in grp}, os.path.join(d, fn), metadata=meta)
        for n in grp:
            weight_map[n] = fn
    write_json(os.path.join(d, "model.safetensors.index.json"),
               {"metadata": {"total_size": total}, "weight_map": dict(sorted(weight_map.items()))})


def llama3_inv_freq(theta, head_dim, factor, low, high, orig):
    out = []
    for i in range(head_dim // 2):
        f = theta ** (-2.0 * i / head_dim)
        wavelen = 2 * math.pi / f
        if wavelen < orig / high:
            out.append(f)
        elif wavelen > orig / low:
            out.append(f / factor)
        else:
            s = (orig / wavelen - low) / (high - low)
            out.append((1 - s) * f / factor + s * f)
    return out


def make_variant(name, seed, rope_theta, llama3, tied, dtype_name, shards, seqs, tok):
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[dtype_name]
    write_json(os.path.join(d, "config.json"), hf_config(rope_theta, llama3, tied, dtype_name))
    gen = {"bos_token_id": BOS_ID, "do_sample": True,
           "eos_token_id": [EOS_ID, EOT_ID] if llama3 else EOS_ID,
           "temperature": 0.6, "top_p": 0.9, "transformers_version": "4.45.0"}
    if not llama3:
        gen.update({"top_k": 40, "repetition_penalty": 1.1, "max_new_tokens": 256})
    write_json(os.path.join(d, "generation_config.json"), gen)
    tok.save(os.path.join(d, "tokenizer.json"))
    tcfg = {"bos_token": SPECIALS[0], "eos_token": SPECIALS[-1] if llama3 else SPECIALS[1],
            "model_max_length": 131072 if llama3 else 2048, "tokenizer_class": "PreTrainedTokenizerFast",
            "clean_up_tokenization_spaces": True}
    if llama3:
        tcfg["chat_template"] = CHAT_TEMPLATE
    write_json(os.path.join(d, "tokenizer_config.json"), tcfg)

    sd = random_state_dict(seed, tied)
    save_weights(d, sd, dtype, shards)

    # Reference: transformers reads the directory back, upcast to float32.
    model = LlamaForCausalLM.from_pretrained(d, dtype=torch.float32, attn_implementation="eager")
    model.eval()
    for n, p in model.state_dict().items():
        src = sd["model.embed_tokens.weight" if (tied and n == "lm_head.weight") else n]
        assert torch.equal(p, src.to(dtype).to(torch.float32)), n
    if llama3:
        want = torch.tensor(llama3_inv_freq(rope_theta, 16, 32.0, 1.0, 4.0, 8192), dtype=torch.float32)
        got = model.model.rotary_emb.inv_freq.to(torch.float32)
        assert torch.allclose(got, want, rtol=1e-5, atol=0), (got, want)
    blobs, meta = [], []
    offset = 0
    with torch.no_grad():
        for ids in seqs:
            logits = model(torch.tensor([ids])).logits[0].to(torch.float32).numpy()
            assert logits.shape == (len(ids), VOCAB)
            blobs.append(logits.astype("<f4").tobytes())
            meta.append({"ids": ids, "n_tokens": len(ids), "offset_floats": offset})
            offset += logits.size
    with open(os.path.join(d, "ref_logits.bin"), "wb") as f:
        for b in blobs:
            f.write(b)
    write_json(os.path.join(d, "ref_logits.json"), {
        "description": "float32 little-endian logits of transformers' LlamaForCausalLM on these ids, "
                       "positions 0..n_tokens-1, layout [sequence][token][vocab]",
        "vocab": VOCAB, "dtype": "f32", "weights_dtype": dtype_name,
        "torch": torch.__version__, "transformers": __import__("transformers").__version__,
        "sequences": meta})


def main():
    torch.manual_seed(0)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    tok = make_tokenizer()
    rng = np.random.default_rng(1234)

    def ids(n):
        return [BOS_ID] + [int(x) for x in rng.integers(0, VOCAB - len(SPECIALS), n - 1)]

    text_ids = tok.encode(CORPUS[0]).ids
    plain_seqs = [ids(7), text_ids, ids(40)]
    llama3_seqs = [ids(9), tok.encode(CORPUS[2]).ids, ids(256)]
    make_variant("plain", 101, 10000.0, False, False, "float32", 1, plain_seqs, tok)
    make_variant("llama3", 202, 500000.0, True, True, "bfloat16", 2, llama3_seqs, tok)
    make_variant("f16", 303, 10000.0, False, False, "float16", 1, [ids(12), ids(33)], tok)
    total = 0
    for root, _, files in os.walk(OUT):
        for fn in files:
            total += os.path.getsize(os.path.join(root, fn))
    print(f"wrote {OUT}: {total} bytes")


if __name__ == "__main__":
    sys.exit(main())
