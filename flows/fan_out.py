"""Reading and shaping the night's files in parallel: files grouped into chunks, each chunk one task on
the flow's task runner, results loaded one file at a time in inbox order (DuckDB has one writer).

Where the chunks run is the operator's choice (environment):
- default: threads of this process (Prefect's ThreadPoolTaskRunner) — shaping file k+1 overlaps loading
  file k, which DuckDB does outside Python's lock;
- ZHUCUN_DASK_WORKERS=N: a Dask LocalCluster of N worker processes on this machine (prefect-dask), so
  reading and extraction use N cores;
- ZHUCUN_DASK_ADDRESS=tcp://host:8786: an existing Dask cluster (its workers need this package and the
  same ZHUCUN_* environment, ZHUCUN_PII_KEY included).

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

Item = TypeVar("Item")


@dataclass(frozen=True)
class FanOutConfig:
    """Where prepare chunks run; read from the environment by `from_environment`."""

    dask_workers: int = 0  # > 0: a LocalCluster of that many worker processes
    dask_address: str | None = None  # an existing cluster's scheduler

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> FanOutConfig:
        environ = dict(os.environ if environ is None else environ)
        workers = environ.get("ZHUCUN_DASK_WORKERS", "0").strip() or "0"
        if not workers.isdigit():
            raise ValueError(f"ZHUCUN_DASK_WORKERS must be a whole number of worker processes, not {workers!r}")
        address = environ.get("ZHUCUN_DASK_ADDRESS", "").strip() or None
        return cls(dask_workers=int(workers), dask_address=address)

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
