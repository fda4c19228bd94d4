"""The nightly flow with its file reading fanned out over a Dask LocalCluster of two worker processes
(ZHUCUN_DASK_WORKERS=2, prefect-dask), and over a pool of two shaping processes (ZHUCUN_SHAPING=processes,
flows/shaping_pool.py): the same rows land as when a single process reads them, the work really runs
in two other processes, and none of them outlives the run."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.interrupt import descendants
from flows.reports.prepare import prepare_narrative_report

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "inbox"
ZHUCUN = Path(sys.executable).with_name("zhucun")
EXPECTED = {f["file"]: f for f in json.loads((REPO / "samples" / "expected_rosters.json").read_text("utf-8"))["files"]}


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


# The environment, what the run says, and the worker processes seen at least: the pool shapes the first
# chunk in the run's process and starts a worker per chunk handed out, and the samples make two chunks.
FAN_OUTS = {
    "dask": ({"ZHUCUN_DASK_WORKERS": "2"}, "on Dask LocalCluster of 2 worker processes", 2),
    "processes": ({"ZHUCUN_SHAPING": "processes", "ZHUCUN_SHAPING_PROCESSES": "2"}, "in 2 shaping process(es)", 1),
}


@pytest.fixture(scope="module", params=sorted(FAN_OUTS))
def dask_night(request, tmp_path_factory) -> dict:
    settings, says, least = FAN_OUTS[request.param]
    root = tmp_path_factory.mktemp(request.param)
    inbox, home = root / "inbox", root / "home"
    shutil.copytree(SAMPLES / "rosters", inbox / "rosters")
    shutil.copytree(SAMPLES / "reports", inbox / "reports")
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "dask-test-key", **settings}
    process = subprocess.Popen([str(ZHUCUN), "run", "--keep-files", "--inbox", str(inbox)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    workers: set[int] = set()
    output: list[str] = []
    reader = _Drain(process, output)
    deadline = time.monotonic() + 600
    while process.poll() is None:  # the worker processes are children of the run while it reads files
        workers |= {pid for pid in descendants(process.pid) if "spawn_main" in _cmdline(pid)}
        assert time.monotonic() < deadline, f"the {request.param} night did not end in 10 minutes"
        time.sleep(0.2)
    reader.join()
    return {"code": process.returncode, "out": "".join(output), "workers": workers, "home": home, "inbox": inbox,
            "pid": process.pid, "says": says, "least": least}


class _Drain:
    """Read the run's output in a thread, so a full pipe never stalls it while the test polls."""

    def __init__(self, process: subprocess.Popen, into: list[str]) -> None:
        import threading

        self.thread = threading.Thread(target=lambda: into.extend(process.stdout), daemon=True)
        self.thread.start()

    def join(self) -> None:
        self.thread.join(60)


def test_the_night_reads_its_files_on_two_worker_processes_that_end_with_it(dask_night) -> None:
    assert dask_night["code"] == 0, dask_night["out"][-3000:]
    assert dask_night["says"] in dask_night["out"]
    assert len(dask_night["workers"]) >= dask_night["least"], dask_night["workers"]
    alive = [pid for pid in dask_night["workers"] if Path(f"/proc/{pid}").exists()
             and " Z " not in Path(f"/proc/{pid}/stat").read_text()]
    assert alive == []


def test_the_rows_are_the_ones_a_single_process_reads(dask_night) -> None:
    con = duckdb.connect(str(dask_night["home"] / "warehouse.duckdb"), read_only=True)
    try:
        rosters = dict(con.execute(
            "select source_file, count(*) from raw.roster__assignments group by 1").fetchall())
        facts = {name: (count, total) for name, count, total in con.execute(
            "select source_file, count(*), round(sum(value), 2) from raw.report__facts group by 1").fetchall()}
    finally:
        con.close()
    assert rosters == {f"rosters/{name}": EXPECTED[name]["assignment_rows"]
                       for name in (p.name for p in (dask_night["inbox"] / "rosters").iterdir())}
    expected_facts = {}
    for path in sorted((dask_night["inbox"] / "reports").iterdir()):
        prepared = prepare_narrative_report(path)  # in this process, as the default runner reads it
        if len(prepared.facts):
            expected_facts[f"reports/{path.name}"] = (len(prepared.facts), round(float(prepared.facts["value"].sum()), 2))
    assert facts == expected_facts and len(facts) >= 2
