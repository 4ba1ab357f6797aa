#!/usr/bin/env python3
"""make_gguf_fixture.py - a small GGUF written by an independent writer.

The `gguf` Python package's GGUFWriter (pip install gguf numpy) writes
tests/fixtures/gguf/pywriter.gguf: every metadata value type, a string array,
nested arrays, alignment 64 and three tensors (f32, f16, q8_0).
tests/test_gguf.c reads it and checks the values below.  Run once; the output
is committed.

usage: python3 tests/ref/make_gguf_fixture.py [OUT.gguf]
"""
import os
import sys

import numpy as np
from gguf import GGMLQuantizationType, GGUFValueType, GGUFWriter
from gguf.quants import quantize

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "fixtures", "gguf", "pywriter.gguf")
w = GGUFWriter(out, "llama")
w.add_custom_alignment(64)
w.add_name("py fixture")
w.add_uint8("py.u8", 250)
w.add_int8("py.i8", -120)
w.add_uint16("py.u16", 65000)
w.add_int16("py.i16", -32000)
w.add_uint32("py.u32", 4294967295)
w.add_int32("py.i32", -2147483648)
w.add_float32("py.f32", 0.1)
w.add_uint64("py.u64", 2**64 - 2)
w.add_int64("py.i64", -(2**63))
w.add_float64("py.f64", -1.5e-300)
w.add_bool("py.bool", True)
w.add_string("py.str", "caf\u00e9 \u2192 ok")
w.add_array("py.strs", ["alpha", "", "\u0120beta"])
w.add_array("py.floats", [0.5, -0.25, 8.0])
w.add_array("py.nested", [[1, 2, 3], [4], [5, 6]])
w.add_key_value("py.u64s", [1, 2**40], GGUFValueType.ARRAY, sub_type=GGUFValueType.UINT64)

a = (np.arange(24, dtype=np.float32) - 12.0) / 4.0
w.add_tensor("t.f32", a.reshape(3, 8))                      # ne = {8, 3}
w.add_tensor("t.f16", (a[:16] * 3).astype(np.float16).reshape(2, 8))  # ne = {8, 2}
x = np.sin(np.arange(64, dtype=np.float32))
q = quantize(x.reshape(1, 64), GGMLQuantizationType.Q8_0)
w.add_tensor("t.q8_0", q, raw_dtype=GGMLQuantizationType.Q8_0)  # ne = {64, 1}
w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()
print(out, os.path.getsize(out), "bytes")
