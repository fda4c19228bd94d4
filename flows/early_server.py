"""Start Prefect's temporary server while the run is still importing, not after.

A `zhucun run` with no PREFECT_API_URL gets a temporary Prefect server, which Prefect starts on the
flow's first API call: 8-15 s of a subprocess migrating and serving its database, spent after the
3-6 s of our own imports (Prefect, pandas, DuckDB, matplotlib). Starting the same server (Prefect's
own SubprocessASGIServer, the one its client would start) on a thread at the top of the command
overlaps the two: the server's process runs on the other core while this one imports. The flow
then finds it running and uses it, exactly as if Prefect had started it; Prefect stops it at exit.

With PREFECT_API_URL set (an operator's `zhucun server`), or ephemeral mode switched off, nothing
is started here.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass
class EarlyServer:
    """The background start; `ready()` before the flow's first API call."""

    thread: threading.Thread | None = None
    error: list[BaseException] = field(default_factory=list)

    def ready(self) -> None:
        """Wait for the start to finish. A failed early start is left to Prefect, which tries again
        on the flow's first call and raises its own error there."""
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        if self.error:
            from prefect.server.api.server import SubprocessASGIServer

            SubprocessASGIServer().stop()  # forget the half-started one, so Prefect starts afresh
            self.error.clear()


def _start(error: list[BaseException]) -> None:
    try:
        from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

        if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
            return
        from prefect.server.api.server import SubprocessASGIServer

        SubprocessASGIServer().start()
    except BaseException as exc:  # noqa: BLE001 - reported by Prefect's own start in the flow
        error.append(exc)


def start_early() -> EarlyServer:
    """Call after the run's environment is prepared (PREFECT_HOME, telemetry off), before imports."""
    early = EarlyServer()
    early.thread = threading.Thread(target=_start, args=(early.error,), name="prefect-early-start", daemon=True)
    early.thread.start()
    return early
