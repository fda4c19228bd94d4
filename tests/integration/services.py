"""Long-running services the integration tests start (a Prefect server, `zhucun serve`), and how they
talk to them: over loopback, never through a proxy, each service in its own process group."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def api(base: str, path: str, body: dict | None = None, attempts: int = 5) -> object:
    """One call to Prefect's API; a 503 (its database briefly busy while a run writes) is tried again."""
    data = None if body is None else json.dumps(body).encode()
    for attempt in range(attempts):
        request = urllib.request.Request(f"{base}{path}", data=data, method="GET" if body is None else "POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with NO_PROXY.open(request, timeout=10) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            if exc.code != 503 or attempt == attempts - 1:
                raise
            time.sleep(1 + attempt)
    raise AssertionError("unreachable")


def answers(base: str) -> bool:
    try:
        return api(base, "/health") is True
    except (urllib.error.URLError, OSError, ValueError):
        return False


def clean_env(**extra: str) -> dict[str, str]:
    """This interpreter's environment without Prefect or zhucun state an earlier test may have set."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PREFECT_", "ZHUCUN_"))}
    return {**env, **extra}


class Service:
    """A long-running command in its own process group, output to a log file."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], cwd: Path) -> None:
        self.log = cwd / f"{name}.log"
        self.process = subprocess.Popen(command, env=env, cwd=cwd, stdout=self.log.open("wb"),
                                        stderr=subprocess.STDOUT, start_new_session=True)

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text("utf-8", "replace").splitlines()[-lines:])

    def terminate(self, timeout: float = 60) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def kill_group(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)



def start_prefect_server(name: str, zhucun: Path, cwd: Path, **extra_env: str) -> tuple[Service, str]:
    """`zhucun server` on a free port with its state under `cwd`; its API address once it answers.
    The first start migrates a new database, which takes a while on a loaded machine."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/api"
    service = Service(name, [str(zhucun), "server", "--port", str(port)],
                      clean_env(ZHUCUN_HOME=str(cwd / f"{name}-home"), **extra_env), cwd)
    deadline = time.monotonic() + 300
    while not answers(base):
        if service.process.poll() is not None or time.monotonic() > deadline:
            service.kill_group()
            raise RuntimeError(f"zhucun server gave no answer at {base}:\n{service.tail()}")
        time.sleep(0.5)
    return service, base
