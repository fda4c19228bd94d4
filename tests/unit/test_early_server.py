"""When `zhucun run` may launch Prefect's temporary server before asking Prefect's settings."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.early_server import _PREFECT_ENV, _nothing_configures_prefect


@pytest.fixture
def clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in _PREFECT_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    (tmp_path / "work").mkdir()
    return tmp_path


def test_a_plain_environment_launches_at_once(clean: Path) -> None:
    (clean / "work" / "pyproject.toml").write_text("[tool.pytest.ini_options]\n", "utf-8")
    assert _nothing_configures_prefect(clean / "work")


@pytest.mark.parametrize("name", _PREFECT_ENV)
def test_a_prefect_variable_waits_for_prefect_to_decide(clean: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "x")
    assert not _nothing_configures_prefect(clean / "work")


@pytest.mark.parametrize("where, text", [
    ("prefect/profiles.toml", "active = 'local'\n"),
    ("work/.env", "PREFECT_API_URL=http://127.0.0.1:4200/api\n"),
    ("work/prefect.toml", "[api]\nurl = 'http://127.0.0.1:4200/api'\n"),
    ("work/pyproject.toml", "[tool.prefect.api]\nurl = 'http://127.0.0.1:4200/api'\n"),
])
def test_a_file_prefect_reads_waits_for_prefect_to_decide(clean: Path, where: str, text: str) -> None:
    path = clean / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    assert not _nothing_configures_prefect(clean / "work")
