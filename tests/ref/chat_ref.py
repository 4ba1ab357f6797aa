#!/usr/bin/env python3
"""chat_ref.py - reference chat prompts: the models' own Jinja templates rendered by jinja2
(as transformers does) and tokenized by HF `tokenizers` with the special tokens registered.

One-off script (CI never runs it).  Writes tests/fixtures/tokenizer/chat_clinical.json:
for Llama 3.2 (../shared/fixtures/llama3 chat_template.jinja + tokenizer.json, date
pinned to 26 Jul 2024) and SmolLM2 (template, vocabulary and merges from its GGUF),
the system prompt of configs/*.conf with several clinical notes: rendered text and ids.
Notes here contain no special-token text (the reference would turn it into special
tokens; clinclean deliberately does not).

    pip install tokenizers gguf jinja2
    python3 tests/ref/chat_ref.py ../shared $CLINCLEAN_CACHE/SmolLM2-135M-Instruct.Q4_1.gguf \
        tests/fixtures/tokenizer/chat_clinical.json
"""
import json
import os
import sys

import jinja2
from gguf import GGUFReader
from tokenizers import AddedToken, Tokenizer, models, pre_tokenizers

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from tokenizer_ref_smollm2 import field_strings  # noqa: E402

NOTES = [
    "PT ADMITTED WITH ABOVE SAID COMPLAINT. -H/O LAP CHOLECYSTECTOMY(12 YEAR BACK",
    "  C/O FEVER X 3 DAYS\r\nH/O DM/HTN  \n\n",
    "T 38.5°C, HR 112/min, BP 90/60 mmHg\n• INJ. CEFTRIAXONE 1 GM IV BD\n• TAB PCM 650MG SOS",
    "Patientâ€™s BP â€“ 120/80 Â Â\tµg ± 0.2",
    "患者男性，65岁 😊",
    "",
]


def system_prompt(conf):
    text = open(os.path.join(ROOT, "configs", conf), encoding="utf-8").read()
    start = text.index('system_prompt = """\n') + len('system_prompt = """\n')
    end = text.index('\n"""', start)
    return text[start:end]


def render(template, messages, **kw):
    env = jinja2.Environment(trim_blocks=True, lstrip_blocks=True)  # as transformers does
    def raise_exception(msg):
        raise RuntimeError(msg)
    env.globals["raise_exception"] = raise_exception
    return env.from_string(template).render(messages=messages, add_generation_prompt=True, **kw)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    shared, gguf_path, out_path = sys.argv[1:4]
    cases = []

    # Llama 3.2
    tmpl = open(os.path.join(shared, "fixtures/llama3/chat_template.jinja"), encoding="utf-8").read()
    tok = Tokenizer.from_file(os.path.join(shared, "fixtures/llama3/tokenizer.json"))
    cfg = json.load(open(os.path.join(shared, "fixtures/llama3/tokenizer_config.json"), encoding="utf-8"))
    for k, v in cfg["added_tokens_decoder"].items():  # Llama 3.2 names (128008 <|eom_id|>, ...)
        if int(k) < 128256:
            tok.add_special_tokens([AddedToken(v["content"], special=True, normalized=False)])
    sysp = system_prompt("clinical-info-corrector-1B.conf")
    for note in NOTES:
        msgs = [{"role": "system", "content": sysp}, {"role": "user", "content": note}]
        text = render(tmpl, msgs, bos_token="<|begin_of_text|>", date_string="26 Jul 2024")
        ids = tok.encode(text, add_special_tokens=False).ids
        cases.append({"family": "llama3", "system": sysp, "user": note, "rendered": text, "ids": ids})

    # SmolLM2 (ChatML)
    r = GGUFReader(gguf_path)
    tokens = field_strings(r, "tokenizer.ggml.tokens")
    merges = [tuple(m.split(" ")) for m in field_strings(r, "tokenizer.ggml.merges")]
    f = r.fields["tokenizer.chat_template"]
    tmpl = bytes(f.parts[f.data[0]]).decode("utf-8")
    tok = Tokenizer(models.BPE(vocab={t: i for i, t in enumerate(tokens)}, merges=merges, unk_token="<|endoftext|>"))
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Digits(individual_digits=True),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
    ])
    types = r.fields["tokenizer.ggml.token_type"]
    specials = [tokens[i] for i, d in enumerate(types.data) if int(types.parts[d][0]) == 3]
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    sysp = system_prompt("smollm2-135m.conf")
    for note in NOTES:
        msgs = [{"role": "system", "content": sysp}, {"role": "user", "content": note}]
        text = render(tmpl, msgs)
        ids = tok.encode(text, add_special_tokens=False).ids
        cases.append({"family": "chatml", "system": sysp, "user": note, "rendered": text, "ids": ids})

    with open(out_path, "w", encoding="utf-8") as fo:
        json.dump({"source": "jinja2 %s + tokenizers" % jinja2.__version__, "cases": cases}, fo, ensure_ascii=True, indent=0)
        fo.write("\n")
    print("%d cases written to %s" % (len(cases), out_path))


if __name__ == "__main__":
    main()
