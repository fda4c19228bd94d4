"""A hand run with no Prefect server configured: the temporary server Prefect needs is started first
thing (flows/early_server.py), used by the flow, and gone when the command ends."""
from __future__ import annotations

import re
import subprocess

from conftest import ZHUCUN
from services import answers, clean_env

from flows.warehouse.writer_lock import single_writer

EXIT_BUSY = 75


def test_a_run_without_a_server_starts_one_temporary_server_uses_it_and_stops_it(tmp_path) -> None:
    home, inbox = tmp_path / "home", tmp_path / "inbox"
    inbox.mkdir()
    # Another writer holds the warehouse: the flow starts, waits a second and ends busy, which is
    # all this needs of a night (the night itself is tested with the shared server).
    with single_writer(home / "warehouse.duckdb", "test holder", wait_seconds=0):
        done = subprocess.run([str(ZHUCUN), "run", "--inbox", str(inbox), "--wait", "1"], capture_output=True,
                              text=True, timeout=600, env=clean_env(ZHUCUN_HOME=str(home)))
    output = done.stdout + done.stderr
    assert done.returncode == EXIT_BUSY, output
    assert "is busy" in output and "test holder" in output
    started = re.findall(r"Prefect's temporary server on (http://127\.0\.0\.1:\d+/api) \(set PREFECT_API_URL", output)
    assert len(started) == 1, output
    assert "Starting temporary server" not in output  # Prefect used ours and did not start its own
    assert "Beginning flow run" in output  # the flow ran against it
    assert f"Prefect's temporary server on {started[0]} stopped" in output
    assert not answers(started[0])
