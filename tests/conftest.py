"""Shared test set-up: offline, no telemetry, and each test's state in its own folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

for key, value in {
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
}.items():
    os.environ.setdefault(key, value)


@pytest.fixture
def pii_key() -> str:
    return "test-key-not-secret"
