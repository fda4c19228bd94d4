"""The warehouse's writer lock, held and waited for by real processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.warehouse.writer_lock import WarehouseBusy, busy_holder, lock_path, single_writer

HOLD = """
import sys, time
from pathlib import Path
from flows.warehouse.writer_lock import single_writer
with single_writer(Path(sys.argv[1]), "a test holder", 0):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(warehouse: Path, seconds: float) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(warehouse), str(seconds)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_writer_that_will_not_wait_is_told_who_holds_the_warehouse(tmp_path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    holder = _holder(warehouse, 30)
    try:
        found = busy_holder(warehouse)
        assert found is not None and found.pid == holder.pid and found.what == "a test holder"
        started = time.monotonic()
        with pytest.raises(WarehouseBusy) as raised:
            with single_writer(warehouse, "second", wait_seconds=0.5):
                pytest.fail("two writers held the lock at once")
        assert 0.5 <= time.monotonic() - started < 5
        message = str(raised.value)
        assert f"pid {holder.pid}" in message and "a test holder" in message and "--wait" in message
    finally:
        holder.kill()
        holder.wait()


def test_a_waiting_writer_gets_the_lock_when_the_holder_finishes_and_reports_its_wait(tmp_path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    holder = _holder(warehouse, 1.5)
    waits: list[float] = []
    started = time.monotonic()
    with single_writer(warehouse, "second", wait_seconds=30, on_wait=lambda who, waited: waits.append(waited)):
        assert time.monotonic() - started >= 1.0  # it really waited for the holder
        assert busy_holder(warehouse).what == "second"
    holder.wait()
    assert waits and waits[0] < 1.0  # told at once that it waits
    assert busy_holder(warehouse) is None
    assert lock_path(warehouse).read_text("utf-8") == ""  # nobody recorded as holding it


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(tmp_path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    holder = _holder(warehouse, 60)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    started = time.monotonic()
    with single_writer(warehouse, "next night", wait_seconds=5):
        pass
    assert time.monotonic() - started < 1  # the kernel dropped the dead holder's lock: no wait, no clean-up
