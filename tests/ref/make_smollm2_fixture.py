#!/usr/bin/env python3
"""make_smollm2_fixture.py - reference values for tests/test_smollm2_dequant.c.

Dequantizes two tensors of SmolLM2-135M-Instruct.Q4_1.gguf with the `gguf`
Python package (pip install gguf numpy) and writes, per tensor: name, type,
shape, the sum and absolute sum of every value (float64 accumulation), the
first 256 values and the 256 values starting at the last row.  Run once; the
output is committed as tests/fixtures/smollm2/dequant_ref.txt.

usage: python3 tests/ref/make_smollm2_fixture.py MODEL.gguf > tests/fixtures/smollm2/dequant_ref.txt
"""
import sys

import numpy as np
from gguf import GGUFReader
from gguf.quants import dequantize

r = GGUFReader(sys.argv[1])
want = ["blk.0.attn_q.weight", "token_embd.weight", "blk.29.ffn_down.weight"]
print("# tensor values from the gguf Python package's dequantizers")
print("# per tensor: 'tensor NAME TYPE NE0 NE1 SUM ABSSUM', then 'first' + 256 values, 'lastrow' + 256 values")
for t in r.tensors:
    if t.name not in want:
        continue
    v = dequantize(t.data, t.tensor_type).astype(np.float32).reshape(-1)
    ne0, ne1 = int(t.shape[0]), int(t.shape[1])
    print(f"tensor {t.name} {t.tensor_type.name.lower()} {ne0} {ne1} {v.astype(np.float64).sum():.17g} "
          f"{np.abs(v.astype(np.float64)).sum():.17g}")
    print("first " + " ".join(f"{x:.9g}" for x in v[:256]))
    last = v[(ne1 - 1) * ne0:][:256]
    print("lastrow " + " ".join(f"{x:.9g}" for x in last))
