"""Edits of the demo samples that the integration tests make as a county would (shared by their modules)."""
from __future__ import annotations

import json
from pathlib import Path

EXPECTED = json.loads((Path(__file__).resolve().parents[2] / "samples" / "expected_rosters.json").read_text("utf-8"))


def roster_without_one_cadre(raw: bytes, file_name: str) -> bytes:
    """The county re-sends its csv roster without one cadre: the last data line that loaded cleanly
    (not a broken row, not one of an exact duplicate pair, not a row holding two roles) is removed."""
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "gb18030"
    lines = raw.decode(encoding).splitlines(keepends=True)
    special = {q["row_number"] for q in EXPECTED["quarantined"] if q["file"] == file_name}
    for duplicate in EXPECTED["exact_duplicates"]:
        if duplicate["file"] == file_name:
            special.update({duplicate["row_number"], duplicate["duplicate_of_row"]})
    special.update(d["row_number"] for d in EXPECTED["double_role_rows"] if d["file"] == file_name)
    victim = next(n for n in range(len(lines), 1, -1) if n not in special and lines[n - 1].strip())
    del lines[victim - 1]
    return "".join(lines).encode(encoding)
