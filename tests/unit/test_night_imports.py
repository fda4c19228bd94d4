"""What importing the nightly flow costs: a night with no new file never reads, shapes or validates a
file, so the flow imports the readers, the extractor and Great Expectations only where it does."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent

HEAVY = ("great_expectations", "pandera", "cn2an", "rjieba", "opencc", "openpyxl", "python_calamine")


def test_the_nightly_flow_imports_no_reader_extractor_or_great_expectations() -> None:
    code = ("import json, sys; import flows.nightly, flows.cli; "
            f"print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO), "DO_NOT_TRACK": "1"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
