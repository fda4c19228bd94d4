"""Chunks of files shaped in separate processes while the flow's process loads the previous ones.

Shaping is Python (pandas, pandera, the header reader) and the load is DuckDB driven from Python: on
threads of one process they take turns on the interpreter lock, so a night uses one core. A small
pool of worker processes (flows.fan_out decides when) shapes the chunks ahead; the flow process only
loads. Workers are started with 'spawn', never 'fork' (the flow has threads: a forked child could
inherit a lock held by one of them), and import only flows.file_shaping, not Prefect or the flow.

A worker that dies (killed, out of memory) breaks the whole pool. The pool is then started again and
the chunks it held are shaped again one file per job, so the file that kills its worker is the only
one reported (`WorkerDied`, kept in the inbox for the next night) and every other file still loads.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")

# Workers run at a lower priority than the run's process: its load is the night's critical path, and on
# 2 cores two busy workers took CPU from it (a million rows: 0.41-0.61 s per file loaded against
# 0.23-0.31 s on threads); niced, they shape with what the load leaves.
WORKER_NICENESS = 10


def _lower_priority() -> None:
    os.nice(WORKER_NICENESS)


class WorkerDied(RuntimeError):
    """The process shaping a file ended before returning it (killed, or out of memory)."""


@dataclass
class ShapingPool:
    """`workers` spawned processes running `shape(items, *args) -> list` on chunks of items."""

    workers: int
    shape: Callable[..., list[Any]]
    args: tuple[Any, ...] = ()
    restarts: int = 0  # how often a dead worker made the pool start again: the run says so
    _pool: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)
    _generation: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"a shaping pool needs at least one worker process, not {self.workers}")

    def __enter__(self) -> ShapingPool:
        self._start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _start(self) -> None:
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_lower_priority)
        self._generation += 1

    def close(self) -> None:
        """Workers stopped and waited for: none outlives the run, queued chunks are dropped."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, items: Sequence[Item]) -> Shaping[Item]:
        """A chunk handed to a worker; `.result()` on what is returned waits for it."""
        if self._pool is None:
            raise RuntimeError("the shaping pool is closed: use it inside `with ShapingPool(...)`")
        items = list(items)
        try:
            future = self._pool.submit(self.shape, items, *self.args)
        except BrokenProcessPool:  # a worker died since the last chunk was handed out
            self._restart_if_broken(self._generation)
            future = self._pool.submit(self.shape, items, *self.args)  # type: ignore[union-attr]
        return Shaping(self, items, self._generation, future)

    def here(self, items: Sequence[Item]) -> ShapedHere[Item]:
        """A chunk shaped in this process when its `.result()` is asked for: the night's first chunk, so the
        load can start while the workers still import. On 2 busy cores the imports compete with it and the
        first file came no sooner (bench/RESULTS.md, session 17); with a core to spare it should."""
        return ShapedHere(self, list(items))

    def _rescue(self, items: list[Item], generation: int) -> list[Any]:
        """A chunk whose pool broke, shaped again one item per job in a fresh pool; an item whose own job
        breaks the pool again is the culprit and comes back as a WorkerDied."""
        results: list[Any] = []
        for item in items:
            self._restart_if_broken(generation)
            generation = self._generation
            try:
                results.extend(self._pool.submit(self.shape, [item], *self.args).result())  # type: ignore[union-attr]
            except BrokenProcessPool:
                results.append(WorkerDied(
                    "the process shaping this file stopped before it finished (killed, or out of memory); "
                    "the file stays in the inbox for the next night: if it fails again, look at its size"))
        return results

    def _restart_if_broken(self, generation: int) -> None:
        """Start a new pool once per breakage, however many chunks of the broken one come back."""
        if generation == self._generation:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
            self._start()
            self.restarts += 1


@dataclass
class Shaping(Generic[Item]):
    """A chunk in a worker: its result, or, if the pool broke meanwhile, the chunk shaped again."""

    pool: ShapingPool
    items: list[Item]
    generation: int
    future: Future

    def result(self) -> list[Any]:
        try:
            return self.future.result()
        except BrokenProcessPool:
            return self.pool._rescue(self.items, self.generation)  # noqa: SLF001 - the pool's own helper


@dataclass
class ShapedHere(Generic[Item]):
    """A chunk shaped lazily in the calling process."""

    pool: ShapingPool
    items: list[Item]

    def result(self) -> list[Any]:
        return self.pool.shape(self.items, *self.pool.args)
