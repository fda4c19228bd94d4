"""The run's log: every line masked for personal numbers, and kept in ZHUCUN_HOME/logs/zhucun.log.

Masking happens where records are made, not in one handler, so Prefect's own handlers (console,
the API that fills Prefect's database) never see a phone or ID number that reached a message,
an argument or a traceback (a file name inside an exception, say).
"""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

from flows.rosters.id_numbers import has_personal_numbers, mask_personal_numbers

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Prefect's run loggers and ours: what an operator reads to see what a night did.
RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs", "zhucun")


def _masking_factory(base):  # noqa: ANN001, ANN202 - logging's record factory signature
    def make_record(*args, **kwargs) -> logging.LogRecord:  # noqa: ANN002, ANN003
        record = base(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a badly formatted call is logging's to report, unmasked args aside
            message = str(record.msg)
        if has_personal_numbers(message):
            message = mask_personal_numbers(message)
        record.msg, record.args = message, ()
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when set: the traceback is masked once, here.
            record.exc_text = mask_personal_numbers("".join(traceback.format_exception(*record.exc_info)).rstrip())
        return record

    make_record.zhucun_masking = True  # type: ignore[attr-defined]
    return make_record


def install_masking() -> None:
    """Mask personal numbers in every log record this process makes (idempotent)."""
    base = logging.getLogRecordFactory()
    if not getattr(base, "zhucun_masking", False):
        logging.setLogRecordFactory(_masking_factory(base))


def attach_file_log(home: Path) -> Path:
    """Send the run loggers to HOME/logs/zhucun.log as well.

    Call it after Prefect is imported: Prefect configures logging on import and would drop a
    handler attached earlier (the log file stayed empty that way).
    """
    log_dir = home / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = (log_dir / "zhucun.log").resolve()
    for name in RUN_LOGGERS:
        logger = logging.getLogger(name)
        if any(getattr(h, "baseFilename", None) == str(log_file) for h in logger.handlers):
            continue
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
    return log_file
