"""Start Prefect's temporary server first thing in a hand run, so it comes up while the run imports.

A `zhucun run` with no Prefect API configured needs a temporary Prefect server. Left to Prefect, it
is started on the flow's first API call: 6-15 s of a subprocess importing Prefect's server and
migrating its database, after the 4-10 s of our own imports (Prefect, pandas, DuckDB, matplotlib).
Started here, before those imports, the server's process comes up on the other core meanwhile. It is
the same server Prefect would start (uvicorn serving `prefect.server.api.server:create_app`, UI off,
state under PREFECT_HOME); the flow is pointed at it with Prefect's own `temporary_settings`, and
child processes (dbt, Dask workers) inherit PREFECT_API_URL. It is stopped when the command exits.

With a Prefect API configured (PREFECT_API_URL, a Prefect profile: an operator's `zhucun server`) or
ephemeral mode switched off, nothing is started.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_EXIT_PORT_TAKEN = 3  # uvicorn's exit status when it cannot bind


class ServerDidNotStart(RuntimeError):
    """The temporary server did not answer; the message says what to do."""


@dataclass
class TemporaryServer:
    """A started server (`url` None: none was needed)."""

    url: str | None = None
    process: subprocess.Popen[bytes] | None = None

    def ready(self, timeout: float) -> None:
        """Wait until the server answers its health check; start it again on another port if the
        one chosen was taken meanwhile."""
        if self.process is None:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() == _EXIT_PORT_TAKEN:
                self.url, self.process = _launch()
            elif self.process.poll() is not None:
                break
            elif _answers(f"{self.url}/health"):
                return
            time.sleep(0.1)
        code = self.process.poll()
        self.stop()
        raise ServerDidNotStart(
            f"Prefect's temporary server did not answer within {timeout:.0f} s"
            + (f" (it exited with status {code})" if code is not None else "")
            + ": raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or start `zhucun server` and set PREFECT_API_URL"
        )

    @contextlib.contextmanager
    def in_use(self) -> Iterator[None]:
        """Prefect's settings point at the server for the block (nothing changes when none was started)."""
        if self.url is None:
            yield
            return
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: self.url}):
            yield

    def stop(self) -> None:
        if self.process is None:
            return
        _end(self.process)
        self.process = None
        print(f"zhucun run: Prefect's temporary server on {self.url} stopped", file=sys.stderr)


def start_early() -> TemporaryServer:
    """Call after the run's environment is prepared (PREFECT_HOME, telemetry off)."""
    # Where nothing could configure Prefect otherwise, the server is launched before Prefect's settings are
    # imported (~1 s): it is on the way up that much sooner. Prefect's own reading still decides below.
    launched = _launch() if _nothing_configures_prefect(Path.cwd()) else None
    from prefect.settings import get_current_settings  # ~1 s; Prefect's own reading of every source

    settings = get_current_settings()
    if settings.api.url or not settings.server.ephemeral.enabled:
        if launched is not None:
            _end(launched[1])
        return TemporaryServer()
    server = TemporaryServer(*(launched or _launch()))
    atexit.register(server.stop)
    os.environ["PREFECT_API_URL"] = server.url or ""  # for the children this run starts
    print(f"zhucun run: Prefect's temporary server on {server.url} (set PREFECT_API_URL to report to"
          " a server of your own, e.g. `zhucun server`)", file=sys.stderr)
    return server


# Settings and files through which Prefect could be told to use a server of its own, or no ephemeral one.
_PREFECT_ENV = ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_PROFILES_PATH", "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE",
                "PREFECT_SERVER_EPHEMERAL_ENABLED")


def _nothing_configures_prefect(cwd: Path) -> bool:
    """No environment variable, profile or project file that could give Prefect an API or switch off its
    ephemeral server (Prefect reads the environment, PREFECT_HOME/profiles.toml, and in the working
    folder .env, prefect.toml and pyproject.toml's [tool.prefect])."""
    if any(name in os.environ for name in _PREFECT_ENV):
        return False
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")
    if (home / "profiles.toml").exists() or (cwd / ".env").exists() or (cwd / "prefect.toml").exists():
        return False
    pyproject = cwd / "pyproject.toml"
    try:
        return "tool.prefect" not in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return not pyproject.exists()


def _end(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _launch() -> tuple[str, subprocess.Popen[bytes]]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
        env={**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"},
        stdin=subprocess.DEVNULL,
    )
    return f"http://127.0.0.1:{port}/api", process


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with _NO_PROXY.open(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False
