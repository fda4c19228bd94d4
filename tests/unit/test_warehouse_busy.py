"""Opening the working warehouse while another process holds DuckDB's lock on it: wait, then fail
clearly; anything other than the lock fails at once. The holder is a real second process."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.warehouse.connection import warehouse

HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("create table if not exists held (x integer)")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def hold(path: Path, seconds: float) -> subprocess.Popen:
    """A process that holds DuckDB's write lock on `path` for `seconds`, then closes it and exits."""
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.fixture
def holders():
    started: list[subprocess.Popen] = []
    yield started
    for holder in started:
        holder.kill()
        holder.wait()


def test_open_waits_for_the_holder_and_succeeds_once_it_exits(tmp_path, holders) -> None:
    path = tmp_path / "warehouse.duckdb"
    holder = hold(path, 1.5)
    holders.append(holder)
    with pytest.raises(duckdb.IOException, match="Could not set lock"):
        duckdb.connect(str(path))  # the lock is real: a plain open fails
    started = time.monotonic()
    with warehouse(path, busy_seconds=20) as con:
        waited = time.monotonic() - started
        assert holder.poll() is not None, "opened while the other process still held the file"
        assert con.execute("select count(*) from held").fetchone() == (0,)
        assert con.execute("select count(*) from meta.run_log").fetchone() == (0,)  # schema made
    assert 0.5 < waited < 15


def test_open_fails_with_the_clear_message_when_the_holder_stays(tmp_path, holders, monkeypatch) -> None:
    path = tmp_path / "warehouse.duckdb"
    holders.append(hold(path, 60))
    monkeypatch.setenv("ZHUCUN_WAREHOUSE_BUSY_SECONDS", "1")  # the setting, read when no wait is given
    started = time.monotonic()
    with pytest.raises(RuntimeError) as raised:
        with warehouse(path):
            pass
    waited = time.monotonic() - started
    message = str(raised.value)
    assert "Another process" in message and "ZHUCUN_WAREHOUSE_BUSY_SECONDS" in message
    assert "waited 1 s" in message
    assert str(path) in message
    assert 0.9 < waited < 5


def test_a_file_that_is_not_a_warehouse_is_never_retried(tmp_path) -> None:
    path = tmp_path / "warehouse.duckdb"
    path.write_bytes(b"not a duckdb file, a spreadsheet saved over it" * 200)
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="cannot open warehouse") as raised:
        with warehouse(path, busy_seconds=30):
            pass
    assert time.monotonic() - started < 3
    assert "waited" not in str(raised.value)


def test_dbt_that_cannot_open_the_warehouse_is_retried_and_failed_tests_are_not(tmp_path, holders) -> None:
    """dbt itself (a real run) meets the lock: the task raises DbtWarehouseLocked, which its retry
    condition retries; any other failure of the task is not retried."""
    import datetime as dt

    from prefect.states import Completed, Failed

    from flows.nightly import DbtWarehouseLocked, _retry_when_busy, dbt_build_task
    from flows.settings import Settings

    path = tmp_path / "warehouse.duckdb"
    with warehouse(path):
        pass
    holders.append(hold(path, 120))
    with pytest.raises(DbtWarehouseLocked, match="another process holds it"):
        dbt_build_task.fn(Settings().dbt_project_dir, path, tmp_path / "dbt", dt.date(2026, 12, 2), "run-1")
    assert _retry_when_busy(None, None, Failed(data=DbtWarehouseLocked("busy"))) is True
    assert _retry_when_busy(None, None, Failed(data=ValueError("a failed test"))) is False
    assert _retry_when_busy(None, None, Completed(data=None)) is False
