"""The nightly load on a schedule: a Prefect server on loopback (`zhucun server`) and a process that
serves the nightly flow as a deployment with a cron schedule (`zhucun serve`).

The ephemeral server `zhucun run` starts cannot schedule: it lives only as long as one run. So the
operator keeps two long-running processes: the server (API, UI, scheduler) and the serving process,
which registers deployment `zhucun-nightly/nightly`, polls the server for due runs and runs each in
a child process with its own environment (ZHUCUN_* of the serving process: no parameters needed).

Prefect is imported only inside the functions, after PREFECT_API_URL and the rest are set.
"""
from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import sys
import time
import urllib.error
import urllib.request
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

DEPLOYMENT_NAME = "nightly"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200
DEFAULT_API_URL = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}/api"
DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"
# Exit status of a command that could not start for a reason the operator fixes (as in `zhucun run`).
EXIT_CANNOT_START = 2

SERVER_ENVIRONMENT = {
    # The operator's server serves the UI (bundled in Prefect's wheel: nothing is fetched).
    "PREFECT_UI_ENABLED": "true",
    "PREFECT_SERVER_UI_ENABLED": "true",
    # Also what the UI reads: with it off, the UI loads no analytics script.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_UI_SHOW_PROMOTIONAL_CONTENT": "false",
    "DO_NOT_TRACK": "1",
}


class CannotStart(Exception):
    """A reason the command cannot start, worded for the operator: printed, exit status 2."""


@dataclass(frozen=True)
class ServeOptions:
    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE
    api_url: str = DEFAULT_API_URL


def api_url_from(given: str | None) -> str:
    """--api-url, else PREFECT_API_URL, else the loopback server `zhucun server` starts."""
    return (given or os.environ.get("PREFECT_API_URL") or DEFAULT_API_URL).rstrip("/")


def health_problem(api_url: str, timeout: float = 5.0) -> str | None:
    """None when the Prefect server at `api_url` answers its health check, else what went wrong."""
    # No proxy: the server is on loopback, and an HTTP_PROXY set for the machine must not catch it.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{api_url}/health", timeout=timeout) as response:
            body = response.read(200).decode("utf-8", "replace").strip()
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))
    return None if body == "true" else f"unexpected answer to /health: {body[:80]!r}"


def port_problem(host: str, port: int) -> str | None:
    """None when `host:port` can be bound, else why not (taken, or no such address)."""
    try:
        infos = socket.getaddrinfo(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"{host} is not an address of this machine ({exc})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return f"port {port} on {host} is taken ({exc.strerror})"
    return None


def server_command(host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port), "--ui"]


def start_server(host: str, port: int) -> None:
    """Replace this process by `prefect server start` in the foreground (signals reach it directly)."""
    problem = port_problem(host, port)
    if problem:
        raise CannotStart(
            f"{problem}. Another Prefect server may already run there (check: curl http://{host}:{port}/api/health);"
            " stop it, or pass --port and point `zhucun serve --api-url` at the new port."
        )
    if host not in ("127.0.0.1", "::1", "localhost"):
        print(f"zhucun server: warning: {host} is not loopback; Prefect's API has no login, so anyone who"
              " reaches the port can run and change flows", file=sys.stderr)
    environment = {
        **os.environ,
        **SERVER_ENVIRONMENT,
        # The UI asks the API where the page came from (else it would call port 4200 whatever --port says).
        "PREFECT_SERVER_API_HOST": host,
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_UI_API_URL": f"http://{host}:{port}/api",
    }
    print(f"zhucun server: Prefect server on http://{host}:{port} (UI there, API at /api),"
          f" state in {environment['PREFECT_HOME']}", flush=True)
    os.execve(sys.executable, server_command(host, port), environment)


def check_schedule(cron: str, timezone: str) -> None:
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise CannotStart(f"unknown time zone {timezone!r}: give an IANA name such as Asia/Shanghai") from None
    if len(cron.split()) != 5:
        raise CannotStart(f"cron {cron!r} needs five fields (minute hour day month weekday), e.g. '0 2 * * *'")


def check_environment(inbox: Path) -> None:
    """What would fail every night is refused at start, not at 02:00."""
    if os.environ.get("ZHUCUN_RUN_DATE"):
        raise CannotStart("ZHUCUN_RUN_DATE is set: every scheduled night would count as that day."
                          " Unset it for `zhucun serve` (use `zhucun run --run-date` to replay one night)")
    if not inbox.is_dir():
        raise CannotStart(f"inbox {inbox} is not a folder: set ZHUCUN_INBOX (or create $ZHUCUN_HOME/inbox)")


def _prepare_run_process(flow, flow_run, state) -> None:  # noqa: ANN001 - Prefect's state hook signature
    """In the child process a scheduled run gets: mask personal numbers in every log record, and
    keep the run's log in ZHUCUN_HOME/logs as `zhucun run` does."""
    from flows.run_logging import attach_file_log, install_masking
    from flows.settings import Settings

    install_masking()
    attach_file_log(Settings().home)


def serve_nightly(options: ServeOptions) -> None:
    """Register the deployment with the schedule and run due flow runs until SIGTERM or Ctrl-C."""
    check_schedule(options.cron, options.timezone)
    problem = health_problem(options.api_url)
    if problem:
        raise CannotStart(
            f"no Prefect server answers at {options.api_url} ({problem}). Start it first with"
            " `zhucun server` (or pass --api-url / set PREFECT_API_URL to where it runs)"
        )
    from flows.settings import Settings

    settings = Settings()
    check_environment(settings.inbox_dir)
    # Before Prefect is imported: its settings are read once, at import.
    os.environ["PREFECT_API_URL"] = options.api_url
    # A run counts the date where the schedule is (the 02:00 run in Shanghai is that day in Shanghai,
    # the day before in UTC), unless the operator set TZ.
    if "TZ" not in os.environ:
        os.environ["TZ"] = options.timezone
        time.tzset()

    from flows.run_logging import attach_file_log, install_masking

    install_masking()
    from prefect.schedules import Cron

    try:
        schedule = Cron(options.cron, timezone=options.timezone)
    except ValueError as exc:
        raise CannotStart(f"cron {options.cron!r} is not valid: {exc}") from None

    from flows.nightly import nightly

    attach_file_log(settings.home)  # after Prefect's import, which configures logging
    if settings.using_demo_key:
        print("zhucun serve: warning: ZHUCUN_PII_KEY is not set; every night would hash ID numbers with the"
              " demo key. Set it in the serving process's environment.", file=sys.stderr)
    print(f"zhucun serve: deployment zhucun-nightly/{DEPLOYMENT_NAME}, cron {options.cron!r} in {options.timezone}"
          f" (now {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}), server {options.api_url},"
          f" inbox {settings.inbox_dir}, warehouse {settings.warehouse_path}", flush=True)
    from flows.fan_out import FanOutConfig, task_runner

    fan_out = FanOutConfig.from_environment()
    served = nightly.with_options(on_running=[_prepare_run_process], task_runner=task_runner(fan_out))
    try:
        served.serve(
            name=DEPLOYMENT_NAME,
            schedules=[schedule],
            paused=False,  # a restart re-activates the schedule its last stop paused
            pause_on_shutdown=True,
            description="zhucun nightly load; inbox, warehouse and key from the ZHUCUN_* environment of `zhucun serve`",
            tags=["zhucun"],
            limit=1,  # one run at a time from this process
            print_starting_message=True,
        )
    finally:
        _stop(f"{nightly.name}/{DEPLOYMENT_NAME}")


def _stop(deployment: str) -> None:
    """On the way out: stop a run in progress and pause the schedule.

    A run in progress gets SIGTERM like `zhucun run` (it stops within a second; the next run marks it
    interrupted) and is marked Crashed, so the UI does not show it running for ever: one `zhucun serve`
    serves the deployment, so a run still running or pending at its stop is its own. The schedule is
    paused so nights missed while nobody serves it do not pile up as Late runs that would all start
    when serving resumes (Prefect's own pause on SIGTERM does not always happen).
    """
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterId, FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    from flows.interrupt import descendants

    _terminate(descendants(os.getpid()))
    try:
        with get_client(sync_client=True) as client:
            deployment_id = client.read_deployment_by_name(deployment).id
            client.pause_deployment(deployment_id)
            running = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(any_=[StateType.RUNNING, StateType.PENDING]))),
            )
            for run in running:
                client.set_flow_run_state(run.id, Crashed(
                    message="zhucun serve stopped during this run; the next run marks it interrupted and loads the rest"
                ), force=True)
                print(f"zhucun serve: run {run.name} ({run.id}) stopped", file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - stopping anyway; say what is left to do
        print(f"zhucun serve: could not pause {deployment} ({exc}); pause it in the UI, or start `zhucun serve`"
              " again (it resumes the schedule)", file=sys.stderr)
    else:
        print(f"zhucun serve: stopped; schedule of {deployment} paused until `zhucun serve` runs again",
              file=sys.stderr)


def _terminate(pids: list[int], grace: float = 15.0) -> None:
    """SIGTERM to each process (a run's own handler stops dbt and exits), SIGKILL to any left after
    `grace` seconds."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in alive if Path(f"/proc/{pid}").exists() and not _zombie(pid)]
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _zombie(pid: int) -> bool:
    """An exited child not yet reaped by its parent (ours reap theirs when this process exits)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat[stat.rfind(")") + 2:].startswith("Z")
