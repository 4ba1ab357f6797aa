#!/usr/bin/env python3
"""make_quant_fixtures.py - reference fixtures for tests/test_tensor_types.c.

Run once (needs `pip install gguf numpy`); the outputs are committed under
tests/fixtures/quant/ and CI never runs this script.  The expected values come
from the numpy (de)quantizers of the `gguf` Python package, an implementation
independent of ours.

For every type T in f32 f16 bf16 q8_0 q4_0 q4_1 q4_K q6_K:
  T.blocks   raw block bytes: random quant bytes with random but finite fp16
             scales (f16/bf16: random bit patterns plus edge cases, NaN included)
  T.deq      little-endian f32 values gguf.quants.dequantize gives for T.blocks
For the types gguf can quantize (f16 bf16 q8_0 q4_0 q4_1):
  T.qin      little-endian f32 input (random, with ties and extremes mixed in)
  T.qout     the bytes gguf.quants.quantize makes of T.qin

usage: python3 tests/ref/make_quant_fixtures.py [OUTDIR]
"""
import os
import sys

import numpy as np
from gguf import GGMLQuantizationType as Q
from gguf import quants

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "fixtures", "quant")
rng = np.random.default_rng(20261127)

# (name, type, block elems, block bytes, byte offsets of fp16 scale fields)
TYPES = [
    ("f32", Q.F32, 1, 4, []),
    ("f16", Q.F16, 1, 2, []),
    ("bf16", Q.BF16, 1, 2, []),
    ("q8_0", Q.Q8_0, 32, 34, [0]),
    ("q4_0", Q.Q4_0, 32, 18, [0]),
    ("q4_1", Q.Q4_1, 32, 20, [0, 2]),
    ("q4_K", Q.Q4_K, 256, 144, [0, 2]),
    ("q6_K", Q.Q6_K, 256, 210, [208]),
]
N = 2048  # elements per fixture


def random_scales(n):
    """Finite fp16 scales over several magnitudes, both signs, a few zeros/subnormals."""
    mag = 10.0 ** rng.uniform(-6, 0, size=n)
    v = (mag * rng.choice([-1.0, 1.0], size=n)).astype(np.float16)
    v[rng.integers(0, n, size=max(1, n // 16))] = 0
    return v


def blocks_for(name, qtype, be, bb, scale_offs):
    nblocks = N // be
    if name == "f32":
        v = rng.standard_normal(N).astype(np.float32) * 10 ** rng.uniform(-3, 3, size=N).astype(np.float32)
        v[:6] = [0.0, -0.0, np.inf, -np.inf, 1e-45, -3.4e38]
        return v.view(np.uint8)
    if name in ("f16", "bf16"):
        bits = rng.integers(0, 1 << 16, size=N, dtype=np.uint16)
        special = [0x0000, 0x8000, 0x0001, 0x8001, 0x03FF, 0x0400, 0x7BFF, 0x7C00, 0xFC00, 0x7E00, 0x7C01, 0xFE01,
                   0x3C00, 0xBC00, 0x7F80, 0xFF80, 0x7FC0, 0x0080, 0x007F]
        bits[: len(special)] = special
        return bits.view(np.uint8)
    raw = rng.integers(0, 256, size=(nblocks, bb), dtype=np.uint8)
    for off in scale_offs:
        raw[:, off:off + 2] = random_scales(nblocks).view(np.uint8).reshape(nblocks, 2)
    return raw.reshape(-1)


def quant_input(name):
    x = rng.standard_normal(N).astype(np.float32)
    x *= (10.0 ** rng.uniform(-3, 1, size=N // 32)).repeat(32).astype(np.float32)
    if name in ("f16", "bf16"):
        # exact ties between neighbours, overflow and subnormal territory
        x[:12] = [1.0 + 2.0 ** -11, 1.0 + 3 * 2.0 ** -11, 65504.0, 65519.0, 65520.0, 2.0 ** -25, 2.0 ** -24 * 1.5,
                  1.0 + 2.0 ** -8, 1.0 + 3 * 2.0 ** -8, np.inf, -np.inf, np.nan]
    else:
        x[32:64] = 0.0           # an all-zero block
        x[64:96] = 0.5           # a constant block
        x[96:128] = np.linspace(-1, 1, 32, dtype=np.float32)
    return x


os.makedirs(OUT, exist_ok=True)
for name, qtype, be, bb, offs in TYPES:
    raw = blocks_for(name, qtype, be, bb, offs)
    nrows = 1
    deq = quants.dequantize(raw.reshape(nrows, -1), qtype).astype(np.float32).reshape(-1)
    assert deq.size == N, (name, deq.size)
    raw.tofile(os.path.join(OUT, f"{name}.blocks"))
    deq.astype("<f4").tofile(os.path.join(OUT, f"{name}.deq"))
    if name in ("f16", "bf16", "q8_0", "q4_0", "q4_1"):
        x = quant_input(name)
        if name == "f16":
            q = x.astype(np.float16).view(np.uint8)
        else:
            q = quants.quantize(x.reshape(1, -1), qtype).reshape(-1)
        x.astype("<f4").tofile(os.path.join(OUT, f"{name}.qin"))
        np.asarray(q, dtype=np.uint8).tofile(os.path.join(OUT, f"{name}.qout"))
    print(name, "ok")
