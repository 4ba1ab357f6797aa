#!/usr/bin/env python3
"""embed_schema.py - regenerate io/schema_sql.c from schema/clinclean.sql.

Run from the repository root after editing the schema; tests/test_notes_db.c
fails while the two differ."""
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
sql = (root / "schema" / "clinclean.sql").read_text()
out = ["/* schema_sql.c - schema/clinclean.sql embedded in the binary, byte for byte",
       " * (tests/test_notes_db.c fails when the two differ; regenerate with",
       " * scripts/embed_schema.py after editing the .sql). */",
       '#include "notes_db.h"', "", "const char cc_schema_sql[] ="]
lines = sql.split("\n")
if lines and lines[-1] == "":
    lines.pop()
for line in lines:
    out.append('    "%s\\n"' % line.replace("\\", "\\\\").replace('"', '\\"'))
out[-1] += ";"
out.append("")
(root / "io" / "schema_sql.c").write_text("\n".join(out))
