"""SIGTERM ends a run within seconds, leaving the warehouse exactly as a kill would.

Prefect's own SIGTERM bridge turns the signal into an exception that waits on dbt, flushes logs to
the API and stops the ephemeral server: minutes, and no safer than a kill, because every write is
one DuckDB transaction and publishing is an atomic rename. So the run's handler stops the children
(dbt, Prefect's server), logs one line and exits; the next run marks this one `interrupted`.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

EXIT_ON_SIGTERM = 128 + signal.SIGTERM


def descendants(pid: int) -> list[int]:
    """Process ids below `pid` (children first), from /proc; empty where there is no /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # the process ended while we looked
        # The command name may hold spaces and parentheses: the fields follow the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found: list[int] = []
    queue = list(parents.get(pid, []))
    while queue:
        child = queue.pop(0)
        found.append(child)
        queue.extend(parents.get(child, []))
    return found


def _terminate_now(signum: int, frame: object) -> None:  # noqa: ARG001 - signal handler signature
    logging.getLogger("zhucun").warning(
        "SIGTERM: stopping now; the warehouse keeps every file committed so far, the next run"
        " marks this one interrupted and loads the rest"
    )
    for child in reversed(descendants(os.getpid())):
        try:
            os.kill(child, signal.SIGKILL)
        except OSError:
            pass
    for handler in logging.getLogger("zhucun").handlers + logging.getLogger("prefect.flow_runs").handlers:
        try:
            handler.flush()
        except Exception:  # noqa: BLE001 - exiting anyway
            pass
    sys.stderr.write("zhucun run: stopped by SIGTERM; run `zhucun run` again to load the rest\n")
    os._exit(EXIT_ON_SIGTERM)


def stop_promptly_on_sigterm() -> None:
    """Install the handler (main thread only; elsewhere Prefect's stays)."""
    try:
        signal.signal(signal.SIGTERM, _terminate_now)
    except ValueError:
        pass  # not the main thread: signals cannot be handled here
