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


@dataclass(frozen=True)
class DbtTestResult:
    """One data test of the build, with its severity from the manifest (error / warn)."""

    unique_id: str
    name: str  # the generic test's name (unique, not_null, relationships) or the singular test's file
    attached_node: str  # the model, seed or source tested ("" for a singular test on several)
    column: str | None
    severity: str  # error / warn, lower case
    status: str  # pass / fail / warn / error / skipped
    failures: int | None  # rows the test returned
    message: str
    description: str


@dataclass
class DbtResult:
    returncode: int
    counts: Counter = field(default_factory=Counter)  # e.g. {'model:success': 12, 'test:pass': 40}
    failures: list[DbtNodeFailure] = field(default_factory=list)
    log_tail: str = ""
    tests: list[DbtTestResult] = field(default_factory=list)

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


def manifest_path(state_dir: Path) -> Path:
    """Where `run_dbt` with this `state_dir` leaves dbt's manifest.json."""
    return state_dir / "target" / "manifest.json"


def run_dbt(
    args: list[str],
    project_dir: Path,
    warehouse: Path,
    state_dir: Path,
    extra_env: dict[str, str] | None = None,
) -> DbtResult:
    """Run one dbt command against `warehouse`; artifacts and logs go under `state_dir`.
    `extra_env` adds variables the profile reads (the PostgreSQL target's connection)."""
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
        command, env=dbt_env(warehouse, extra_env), capture_output=True, text=True, check=False
    )
    result = DbtResult(returncode=completed.returncode, log_tail=_tail(completed.stdout + completed.stderr))
    if results_file.exists():
        run_results = json.loads(results_file.read_text(encoding="utf-8"))
        _read_results(run_results, result)
        manifest_file = manifest_path(state_dir)
        manifest = json.loads(manifest_file.read_text(encoding="utf-8")) if manifest_file.exists() else {}
        result.tests = read_tests(run_results, manifest)
    return result


def read_tests(run_results: dict, manifest: dict) -> list[DbtTestResult]:
    """The data tests of run_results.json, each with the severity and column the manifest gives it."""
    nodes = manifest.get("nodes") or {}
    tests = []
    for item in run_results.get("results", []):
        unique_id: str = item.get("unique_id", "")
        if not unique_id.startswith("test."):
            continue
        node = nodes.get(unique_id) or {}
        config = node.get("config") or {}
        # No manifest entry: dbt's own verdict tells a warn test from an error one only when it failed.
        severity = str(config.get("severity") or ("warn" if item.get("status") == "warn" else "error")).lower()
        metadata = node.get("test_metadata") or {}
        failures = item.get("failures")
        tests.append(DbtTestResult(
            unique_id=unique_id,
            name=metadata.get("name") or node.get("name") or unique_id.split(".")[2],
            attached_node=node.get("attached_node") or "",
            column=node.get("column_name"),
            severity=severity,
            status=str(item.get("status")),
            failures=int(failures) if failures is not None else None,
            message=(item.get("message") or "")[:500],
            description=node.get("description") or "",
        ))
    return tests


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
