"""Run one night of the real load in a child process and measure it: wall time, stage seconds, memory.

Memory is the resident set (VmRSS) of the run's whole process tree (zhucun, the Prefect server it
starts, dbt's threads live in zhucun) sampled from /proc every `interval` seconds; the sum counts
pages shared between processes once per process, so it is an upper bound. The largest single
process is reported beside it.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

ZHUCUN = Path(sys.executable).with_name("zhucun")


@dataclass(frozen=True)
class Memory:
    tree_peak_mb: float  # highest sum over the process tree at one sample
    single_peak_mb: float  # highest single process
    single_peak_name: str  # its command name (/proc/<pid>/comm)
    samples: int
    # The processes at the sample where the tree peaked, largest first: which of them to shrink.
    tree_peak_parts: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class DbtTimes:
    """Where dbt build spent its time, from run_results.json (node seconds overlap: dbt runs threads)."""

    elapsed: float
    by_kind: dict[str, float]  # model / snapshot / test / seed → summed node seconds
    nodes: int
    slowest: list[tuple[float, str]]  # (seconds, node id), slowest first


def dbt_times(run_results: Path, top: int = 5) -> DbtTimes | None:
    if not run_results.exists():
        return None
    data = json.loads(run_results.read_text(encoding="utf-8"))
    results = data.get("results", [])
    by_kind: dict[str, float] = {}
    for result in results:
        kind = result["unique_id"].split(".", 1)[0]
        by_kind[kind] = round(by_kind.get(kind, 0.0) + result["execution_time"], 1)
    slowest = sorted(((round(r["execution_time"], 1), r["unique_id"]) for r in results), reverse=True)[:top]
    return DbtTimes(round(data.get("elapsed_time", 0.0), 1), by_kind, len(results), slowest)


@dataclass
class Night:
    label: str
    wall_seconds: float  # the whole `zhucun run` process, Prefect start included
    cpu_seconds: float  # user + system CPU of the process and the children it waited for (less inflated by other work)
    stage_seconds: dict[str, float]  # meta.run_log summary: load files, batch checks, dbt build, publish, ...
    totals: dict[str, int]  # files_loaded, rows_loaded, rows_quarantined, ...
    status: str
    memory: Memory
    quarantine_by_reason: dict[str, int] = field(default_factory=dict)
    dbt: DbtTimes | None = None  # None when dbt did not run this night


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue  # gone between listing and reading
        # The command name is in parentheses and may hold spaces: fields follow the last ')'.
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _tree(root: int) -> list[int]:
    children = _children_map()
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss_mb(pid: int) -> tuple[float, str]:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return 0.0, ""
    name, rss = "", 0.0
    for line in text.splitlines():
        if line.startswith("Name:"):
            name = line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""
        elif line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    return rss, name


class MemorySampler(threading.Thread):
    """Samples the RSS of `root` and its descendants until stopped."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.tree_peak = self.single_peak = 0.0
        self.single_name = ""
        self.peak_parts: list[tuple[str, float]] = []
        self.current = 0.0
        self.samples = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            total = 0.0
            parts = []
            for pid in _tree(self.root):
                rss, name = _rss_mb(pid)
                total += rss
                parts.append((name, rss))
                if rss > self.single_peak:
                    self.single_peak, self.single_name = rss, name
            self.current = total
            if total > self.tree_peak:
                self.tree_peak, self.peak_parts = total, parts
            self.samples += 1
            self._stop_event.wait(self.interval)

    def stop(self) -> Memory:
        self._stop_event.set()
        self.join()
        parts = tuple((name, round(rss)) for name, rss in sorted(self.peak_parts, key=lambda p: -p[1]) if rss >= 1)
        return Memory(round(self.tree_peak, 1), round(self.single_peak, 1), self.single_name, self.samples, parts)


def run_night(label: str, home: Path, inbox: Path, pii_key: str,
              progress: Callable[[str], None], log: Path | None = None) -> Night:
    """`zhucun run --inbox INBOX --keep-files` with its own ZHUCUN_HOME; raises SystemExit if it fails."""
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": pii_key,
           "PREFECT_HOME": str(home / "prefect")}
    log = log or home.parent / f"{label.replace(' ', '_')}.log"
    home.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with log.open("w", encoding="utf-8") as out:
        child = subprocess.Popen([str(ZHUCUN), "run", "--inbox", str(inbox), "--keep-files"],
                                 env=env, stdout=out, stderr=subprocess.STDOUT)
        sampler = MemorySampler(child.pid)
        sampler.start()
        last = started
        while child.poll() is None:
            time.sleep(0.5)
            if time.perf_counter() - last >= 30:
                last = time.perf_counter()
                progress(f"{label} running… {last - started:.0f} s, process tree {sampler.current:.0f} MB")
        memory = sampler.stop()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = _last_summary(home / "warehouse.duckdb")
    # dbt deletes run_results.json when it starts, so it is this night's only if dbt ran tonight.
    results = home / "dbt" / "target" / "run_results.json"
    dbt = dbt_times(results) if results.exists() and results.stat().st_mtime >= time.time() - wall else None
    if dbt is not None:
        shutil.copy(results, log.with_suffix(".run_results.json"))
    if child.returncode != 0 and summary is None:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"{label}: zhucun run exited {child.returncode} with no run log; its output ends:\n{tail}")
    summary = summary or {}
    return Night(
        label=label,
        wall_seconds=round(wall, 1),
        cpu_seconds=round(cpu, 1),
        stage_seconds=summary.get("stage_seconds", {}),
        totals=summary.get("totals", {}),
        status=summary.get("status", f"exit {child.returncode}"),
        memory=memory,
        quarantine_by_reason=summary.get("quarantine_by_reason", {}),
        dbt=dbt,
    )


def _last_summary(warehouse: Path) -> dict | None:
    if not warehouse.exists():
        return None
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        row = con.execute("select summary from meta.run_log order by started_at desc limit 1").fetchone()
    finally:
        con.close()
    return json.loads(row[0]) if row and row[0] else None


def roster_counts(warehouse: Path) -> tuple[int, int]:
    """(rows in raw.roster__assignments, rows in quarantine.roster_rows): what the generator is checked by."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        (raw,) = con.execute("select count(*) from raw.roster__assignments").fetchone()
        (quarantined,) = con.execute("select count(*) from quarantine.roster_rows").fetchone()
    finally:
        con.close()
    return int(raw), int(quarantined)
