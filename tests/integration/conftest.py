"""One Prefect server per test process, shared by every `zhucun run` the integration tests start.

Without it each run brings up Prefect's temporary server (10-30 s on this machine) and stops it again;
with PREFECT_API_URL set, a run reports to this server instead, as a scheduled night reports to the
operator's `zhucun server`. test_schedule.py starts its own server, since it stops it as a test.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from services import start_prefect_server

ZHUCUN = Path(sys.executable).with_name("zhucun")


@pytest.fixture(scope="session", autouse=True)
def shared_prefect_server(tmp_path_factory):
    service, base = start_prefect_server("shared-prefect", ZHUCUN, tmp_path_factory.mktemp("prefect"))
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = base  # inherited by every process the tests start
    try:
        yield base
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        service.kill_group()
