"""One writer at a time: a load, a hand run, a reload or a steward's decision holds the warehouse's lock.

An advisory `flock` on `<warehouse>.lock`, not a pid file: the kernel drops it when the holder's
process ends, however it ends (kill -9, power cut of the job), so a crash never leaves a stale lock
for the next night to clean up. The file keeps who holds it, for the message a waiting writer prints.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

# How long a second writer waits by default (ZHUCUN_LOCK_WAIT_SECONDS): a hand run started at
# 01:58 should not make the 02:00 night fail, but nobody should wait for hours unawares.
DEFAULT_WAIT_SECONDS = 300.0
_POLL_SECONDS = 0.25
_PROGRESS_EVERY_SECONDS = 30.0


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as the holder wrote it."""

    pid: int | None
    host: str
    what: str
    since: str

    def describe(self) -> str:
        return f"{self.what} (pid {self.pid} on {self.host}, since {self.since})"


class WarehouseBusy(RuntimeError):
    """Another writer held the warehouse for longer than this one was willing to wait."""

    def __init__(self, warehouse: Path, holder: Holder | None, waited: float) -> None:
        self.holder = holder
        who = holder.describe() if holder else "another process"
        super().__init__(
            f"warehouse {warehouse} is busy: {who} is writing it; waited {waited:.0f} s. Nothing was changed. "
            "It finishes on its own: try again later, or wait longer with --wait SECONDS (ZHUCUN_LOCK_WAIT_SECONDS)."
        )


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


def read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text("utf-8") or "{}")
    except (OSError, ValueError):
        return None
    if not data:
        return None
    return Holder(pid=data.get("pid"), host=str(data.get("host", "?")), what=str(data.get("what", "a writer")),
                  since=str(data.get("since", "?")))


@contextmanager
def single_writer(warehouse: Path, what: str, wait_seconds: float = DEFAULT_WAIT_SECONDS,
                  on_wait: Callable[[Holder | None, float], None] | None = None) -> Iterator[Path]:
    """Hold the warehouse's writer lock for the block; wait up to `wait_seconds` for it, then raise
    WarehouseBusy. `on_wait(holder, waited)` is called when waiting starts and every 30 s after."""
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Opened without truncating: the holder's record must survive a waiter opening the file.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, warehouse, path, wait_seconds, on_wait)
        record = {"pid": os.getpid(), "host": socket.gethostname(), "what": what,
                  "since": dt.datetime.now().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record, ensure_ascii=False).encode("utf-8"), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)  # nobody holds it now; the file stays so that waiters keep one inode
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def busy_holder(warehouse: Path) -> Holder | None:
    """Who writes the warehouse now, or None when nobody does (probed without waiting or keeping the lock)."""
    path = lock_path(warehouse)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return read_holder(path) or Holder(None, "?", "another process", "?")
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _acquire(fd: int, warehouse: Path, path: Path, wait_seconds: float,
             on_wait: Callable[[Holder | None, float], None] | None) -> None:
    started = time.monotonic()
    next_progress = 0.0
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        waited = time.monotonic() - started
        if waited >= wait_seconds:
            raise WarehouseBusy(warehouse, read_holder(path), waited)
        if on_wait is not None and waited >= next_progress:
            on_wait(read_holder(path), waited)
            next_progress += _PROGRESS_EVERY_SECONDS
        time.sleep(min(_POLL_SECONDS, max(wait_seconds - waited, 0.01)))
