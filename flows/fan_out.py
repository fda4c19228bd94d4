"""Reading and shaping the night's files in parallel: files grouped into chunks, each chunk one task on
the flow's task runner, results loaded one file at a time in inbox order (DuckDB has one writer).

Where the chunks run is the operator's choice (environment):
- default: threads of this process (Prefect's ThreadPoolTaskRunner) — shaping file k+1 overlaps loading
  file k, which DuckDB does outside Python's lock;
- ZHUCUN_DASK_WORKERS=N: a Dask LocalCluster of N worker processes on this machine (prefect-dask), so
  reading and extraction use N cores;
- ZHUCUN_DASK_ADDRESS=tcp://host:8786: an existing Dask cluster (its workers need this package and the
  same ZHUCUN_* environment, ZHUCUN_PII_KEY included).

Without Dask, ZHUCUN_SHAPING chooses between the threads and a pool of shaping processes
(flows/shaping_pool.py, ZHUCUN_SHAPING_PROCESSES of them, default 2) that shape chunks while this
process loads: `auto` (default) uses the pool for a night of at least ZHUCUN_SHAPING_PROCESSES_FROM_MB
of files (a worker's start, ~1 s of CPU, would slow a small night) on a machine with a core to spare
(cores minus the load average), `processes` and `threads` force one.

A chunk holds consecutive files up to CHUNK_FILES files or CHUNK_BYTES bytes, so a night of thousands
of small monthly reports pays a task's overhead per chunk, not per file; at most `window` chunks are
in flight, so memory holds a few chunks' prepared rows, not the night's.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

CHUNK_FILES = 8
CHUNK_BYTES = 4_000_000
SHAPING_MODES = ("auto", "threads", "processes")
PROCESSES_FROM_MB = 8  # ~45,000 roster rows as CSV, ~5 s of shaping: the pool's start pays for itself

Item = TypeVar("Item")


@dataclass(frozen=True)
class FanOutConfig:
    """Where prepare chunks run; read from the environment by `from_environment`."""

    dask_workers: int = 0  # > 0: a LocalCluster of that many worker processes
    dask_address: str | None = None  # an existing cluster's scheduler
    shaping: str = "auto"  # without Dask: auto / threads / processes (SHAPING_MODES)
    shaping_processes: int = 2  # on 2 cores 2 beat 1 (bench/RESULTS.md, 2026-12-03 session 17)
    processes_from_bytes: int = PROCESSES_FROM_MB * 2**20

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> FanOutConfig:
        environ = dict(os.environ if environ is None else environ)
        address = environ.get("ZHUCUN_DASK_ADDRESS", "").strip() or None
        shaping = environ.get("ZHUCUN_SHAPING", "auto").strip().lower() or "auto"
        if shaping not in SHAPING_MODES:
            raise ValueError(f"ZHUCUN_SHAPING must be one of {', '.join(SHAPING_MODES)}, not {shaping!r}")
        return cls(dask_workers=_whole(environ, "ZHUCUN_DASK_WORKERS", 0, "worker processes"), dask_address=address,
                   shaping=shaping,
                   shaping_processes=max(1, _whole(environ, "ZHUCUN_SHAPING_PROCESSES", 2, "shaping processes")),
                   processes_from_bytes=_whole(environ, "ZHUCUN_SHAPING_PROCESSES_FROM_MB", PROCESSES_FROM_MB,
                                               "megabytes") * 2**20)

    def shapes_in_processes(self, night_bytes: int, idle_cores: float | None = None) -> bool:
        """Whether tonight's files (`night_bytes` in all) are shaped by a pool of processes; never with Dask,
        whose workers are processes already. `auto` also wants a core left idle by everything else on the
        machine (`idle_cores`, default: cores minus the load average): on 2 cores shared with other work the
        pool made a million-row load slower, not faster (bench/RESULTS.md, session 17)."""
        if self.uses_dask or self.shaping == "threads":
            return False
        if self.shaping == "processes":
            return True
        if idle_cores is None:
            idle_cores = (os.cpu_count() or 1) - os.getloadavg()[0]
        return night_bytes >= self.processes_from_bytes and idle_cores >= 1

    @property
    def process_window(self) -> int:
        """Chunks handed to the pool at once: one being shaped per worker and one waiting for each."""
        return 2 * self.shaping_processes + 1

    @property
    def uses_dask(self) -> bool:
        return bool(self.dask_workers or self.dask_address)

    @property
    def window(self) -> int:
        """Chunks in flight at once: enough to keep every worker busy while one chunk loads."""
        return max(2, 2 * self.dask_workers) if self.uses_dask else 2

    def describe(self) -> str:
        if self.dask_address:
            return f"Dask cluster at {self.dask_address}"
        if self.dask_workers:
            return f"Dask LocalCluster of {self.dask_workers} worker processes"
        return "threads of this process"


def _whole(environ: dict[str, str], name: str, default: int, what: str) -> int:
    value = environ.get(name, "").strip() or str(default)
    if not value.isdigit():
        raise ValueError(f"{name} must be a whole number of {what}, not {value!r}")
    return int(value)


def task_runner(config: FanOutConfig) -> TaskRunner:
    """The flow's task runner for `config`; prefect-dask is imported only when Dask is asked for."""
    if not config.uses_dask:
        return ThreadPoolTaskRunner(max_workers=config.window)
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:  # pragma: no cover - prefect-dask is a pinned dependency
        raise RuntimeError("ZHUCUN_DASK_* is set but prefect-dask is missing: run the README set-up command") from exc
    if config.dask_address:
        return DaskTaskRunner(address=config.dask_address)
    # One thread per worker process: the work is Python, which a second thread in a process cannot speed up.
    return DaskTaskRunner(cluster_kwargs={"n_workers": config.dask_workers, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": ":0"})


def chunks(items: Sequence[Item], size_of: Callable[[Item], int],
           max_items: int = CHUNK_FILES, max_bytes: int = CHUNK_BYTES) -> list[list[Item]]:
    """Consecutive items grouped, each group at most `max_items` long and, unless one item alone is
    bigger, at most `max_bytes` in all."""
    groups: list[list[Item]] = []
    current: list[Item] = []
    current_bytes = 0
    for item in items:
        size = size_of(item)
        if current and (len(current) >= max_items or current_bytes + size > max_bytes):
            groups.append(current)
            current, current_bytes = [], 0
        current.append(item)
        current_bytes += size
    if current:
        groups.append(current)
    return groups


def in_order(groups: Sequence[Item], submit: Callable[[Item], Any], window: int) -> Iterator[tuple[Item, Any]]:
    """Submit groups ahead, at most `window` in flight, and yield each group with its future in order."""
    pending: list[tuple[Item, Any]] = []
    upcoming = iter(groups)
    for group in upcoming:
        pending.append((group, submit(group)))
        if len(pending) >= window:
            break
    while pending:
        yield pending.pop(0)
        following = next(upcoming, None)
        if following is not None:
            pending.append((following, submit(following)))
