"""Run `dbt build` in a child process and read what it did from run_results.json.

A child process, not dbtRunner in-process: when it exits, DuckDB's file lock is certainly gone,
and dbt's global state never leaks into the flow.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class DbtNodeFailure:
    node: str
    status: str
    message: str


@dataclass
class DbtResult:
    returncode: int
    counts: Counter = field(default_factory=Counter)  # e.g. {'model:success': 12, 'test:pass': 40}
    failures: list[DbtNodeFailure] = field(default_factory=list)
    log_tail: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.failures

    def count(self, resource: str, *statuses: str) -> int:
        return sum(self.counts.get(f"{resource}:{status}", 0) for status in statuses)


def dbt_executable() -> str:
    candidate = Path(sys.executable).with_name("dbt")
    if not candidate.exists():
        raise FileNotFoundError(f"dbt is not installed next to {sys.executable}; run the README set-up command")
    return str(candidate)


def dbt_env(warehouse: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "ZHUCUN_WAREHOUSE": str(warehouse),
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
            "DO_NOT_TRACK": "1",
        }
    )
    env.update(extra or {})
    return env


def run_dbt(
    args: list[str],
    project_dir: Path,
    warehouse: Path,
    state_dir: Path,
) -> DbtResult:
    """Run one dbt command against `warehouse`; artifacts and logs go under `state_dir`."""
    target_path = state_dir / "target"
    log_path = state_dir / "logs"
    command = [
        dbt_executable(),
        *args,
        "--project-dir", str(project_dir),
        "--profiles-dir", str(project_dir),
        "--target-path", str(target_path),
        "--log-path", str(log_path),
    ]
    results_file = target_path / "run_results.json"
    results_file.unlink(missing_ok=True)
    completed = subprocess.run(
        command, env=dbt_env(warehouse), capture_output=True, text=True, check=False
    )
    result = DbtResult(returncode=completed.returncode, log_tail=_tail(completed.stdout + completed.stderr))
    if results_file.exists():
        _read_results(json.loads(results_file.read_text(encoding="utf-8")), result)
    return result


def _read_results(run_results: dict, result: DbtResult) -> None:
    for node in run_results.get("results", []):
        unique_id: str = node.get("unique_id", "")
        resource = unique_id.split(".", 1)[0]
        status = str(node.get("status"))
        result.counts[f"{resource}:{status}"] += 1
        if status in {"error", "fail", "runtime error"}:
            result.failures.append(
                DbtNodeFailure(node=unique_id, status=status, message=(node.get("message") or "")[:500])
            )


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
