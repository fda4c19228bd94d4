"""Process environment for an offline run: telemetry off, Prefect state under ZHUCUN_HOME.

Must run before Prefect, dbt or Great Expectations are imported: they read these at import time.
"""
from __future__ import annotations

import os
from pathlib import Path

OFFLINE_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    # The first start of Prefect's server on a fresh machine migrates its database: give it time.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
    "PREFECT_UI_ENABLED": "false",
    "TQDM_DISABLE": "1",
}


def prepare_environment(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ZHUCUN_HOME", str(home))
    os.environ.setdefault("PREFECT_HOME", str(home / "prefect"))
    for key, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(key, value)
