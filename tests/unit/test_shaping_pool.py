"""Chunks shaped in spawned worker processes (flows/shaping_pool.py): results come back whole and in
order, and a worker that dies costs only the item it was shaping, which is reported, not lost."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.fan_out import in_order
from flows.interrupt import descendants
from flows.shaping_pool import ShapingPool, WorkerDied


def _shape(items: list[str], suffix: str) -> list[tuple[str, int]]:
    """A stand-in for shaping, importable by a spawned worker: the item, and the process that shaped it."""
    if "poison" in items:
        os._exit(9)  # dies, as a worker killed for its memory would
    return [(item + suffix, os.getpid()) for item in items]


def _workers() -> set[int]:
    """This process's spawned workers (not multiprocessing's resource tracker, which lives as long as we do)."""
    return {pid for pid in descendants(os.getpid()) if b"spawn_main" in _cmdline(pid)}


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _alive(pids: set[int]) -> list[int]:
    return [pid for pid in pids if Path(f"/proc/{pid}").exists() and " Z " not in Path(f"/proc/{pid}/stat").read_text()]


def test_chunks_come_back_in_order_from_other_processes_that_end_with_the_pool() -> None:
    groups = [["a", "b"], ["c"], ["d", "e", "f"], ["g"]]
    with ShapingPool(2, _shape, ("!",)) as pool:
        shaped = [(group, future.result()) for group, future in in_order(groups, pool.submit, window=3)]
        workers = _workers()
    assert [[name for name, _ in result] for _, result in shaped] == [[item + "!" for item in g] for g in groups]
    pids = {pid for _, result in shaped for _, pid in result}
    assert os.getpid() not in pids and pids <= workers
    assert pool.restarts == 0 and len(workers) == 2 and _alive(workers) == []


def test_a_worker_that_dies_costs_only_its_item_and_the_other_chunks_still_load() -> None:
    groups = [["a"], ["b", "poison", "c"], ["d"], ["e", "f"]]
    with ShapingPool(1, _shape, ("",)) as pool:
        results = [future.result() for _, future in in_order(groups, pool.submit, window=3)]
        workers = _workers()
    flat = [value for result in results for value in result]
    assert [value[0] for value in flat if not isinstance(value, Exception)] == ["a", "b", "c", "d", "e", "f"]
    died = [value for value in flat if isinstance(value, WorkerDied)]
    assert len(died) == 1 and isinstance(results[1][1], WorkerDied)  # reported in the poisoned file's place
    assert "stays in the inbox" in str(died[0])
    assert pool.restarts >= 1 and workers and _alive(workers) == []


def test_a_pool_needs_a_worker_and_is_used_inside_with() -> None:
    with pytest.raises(ValueError, match="at least one worker"):
        ShapingPool(0, _shape)
    with pytest.raises(RuntimeError, match="inside `with ShapingPool"):
        ShapingPool(1, _shape).submit(["a"])


def test_a_chunk_shaped_here_runs_in_this_process_only_when_its_result_is_asked_for() -> None:
    with ShapingPool(1, _shape, ("?",)) as pool:
        first = pool.here(["a"])
        later = pool.submit(["b"])
        assert first.result() == [("a?", os.getpid())]
        assert later.result()[0][1] != os.getpid()
