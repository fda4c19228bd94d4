"""How the night's files are grouped into tasks and handed back in order (flows/fan_out.py)."""
from __future__ import annotations

import pytest
from prefect.task_runners import ThreadPoolTaskRunner

from flows.fan_out import FanOutConfig, chunks, in_order, task_runner


def test_chunks_keep_inbox_order_and_close_at_the_file_count_or_the_byte_budget() -> None:
    sizes = [1, 1, 1, 1, 1, 50, 1, 200, 1]
    groups = chunks(list(range(len(sizes))), lambda i: sizes[i], max_items=3, max_bytes=100)
    assert groups == [[0, 1, 2], [3, 4, 5], [6], [7], [8]]  # a file bigger than the budget is a chunk alone
    assert [i for group in groups for i in group] == list(range(len(sizes)))
    assert chunks([], len) == []


def test_in_order_keeps_at_most_the_window_in_flight_and_yields_in_submission_order() -> None:
    submitted: list[str] = []
    in_flight: list[int] = []

    def submit(group: str) -> str:
        submitted.append(group)
        in_flight.append(len(submitted) - consumed[0])
        return group.upper()

    consumed = [0]
    seen = []
    for group, future in in_order(["a", "b", "c", "d", "e"], submit, window=2):
        consumed[0] += 1
        seen.append((group, future))
    assert seen == [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D"), ("e", "E")]
    assert max(in_flight) <= 2


def test_the_environment_chooses_threads_or_a_dask_cluster_and_a_bad_value_says_what_to_set() -> None:
    assert FanOutConfig.from_environment({}) == FanOutConfig()
    assert isinstance(task_runner(FanOutConfig.from_environment({})), ThreadPoolTaskRunner)
    local = FanOutConfig.from_environment({"ZHUCUN_DASK_WORKERS": "4"})
    assert local.uses_dask and local.window == 8 and "4 worker processes" in local.describe()
    remote = FanOutConfig.from_environment({"ZHUCUN_DASK_ADDRESS": "tcp://10.0.0.5:8786"})
    assert remote.uses_dask and "tcp://10.0.0.5:8786" in remote.describe()
    from prefect_dask import DaskTaskRunner

    assert isinstance(task_runner(local), DaskTaskRunner)
    with pytest.raises(ValueError, match="ZHUCUN_DASK_WORKERS must be a whole number"):
        FanOutConfig.from_environment({"ZHUCUN_DASK_WORKERS": "two"})


def test_auto_shapes_in_processes_from_a_night_of_some_megabytes_and_either_can_be_forced() -> None:
    auto = FanOutConfig.from_environment({})
    assert not auto.shapes_in_processes(200_000, idle_cores=2)  # the demo night: threads, no worker start to pay
    assert auto.shapes_in_processes(32 * 2**20, idle_cores=1.2)
    assert not auto.shapes_in_processes(32 * 2**20, idle_cores=0.5)  # no core to spare: the workers would slow the load
    assert not FanOutConfig.from_environment({"ZHUCUN_SHAPING": "threads"}).shapes_in_processes(2**30, idle_cores=8)
    forced = FanOutConfig.from_environment({"ZHUCUN_SHAPING": "Processes", "ZHUCUN_SHAPING_PROCESSES": "2"})
    assert forced.shapes_in_processes(1, idle_cores=-6) and forced.process_window == 5
    lower = FanOutConfig.from_environment({"ZHUCUN_SHAPING_PROCESSES_FROM_MB": "1"})
    assert lower.shapes_in_processes(2**20, idle_cores=1) and not lower.shapes_in_processes(2**20 - 1, idle_cores=1)
    # Dask's workers are processes already: no second pool beside them.
    assert not FanOutConfig.from_environment({"ZHUCUN_DASK_WORKERS": "1", "ZHUCUN_SHAPING": "processes"}
                                             ).shapes_in_processes(2**30, idle_cores=8)
    with pytest.raises(ValueError, match="ZHUCUN_SHAPING must be one of auto, threads, processes"):
        FanOutConfig.from_environment({"ZHUCUN_SHAPING": "fork"})
    with pytest.raises(ValueError, match="ZHUCUN_SHAPING_PROCESSES must be a whole number"):
        FanOutConfig.from_environment({"ZHUCUN_SHAPING_PROCESSES": "-1"})
