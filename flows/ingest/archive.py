"""After the load: the inbox keeps only what still needs doing.

A file whose load committed (or that was loaded before: same bytes) moves to
`archive/<run date>/<its path below the inbox>`; a rejected one to `rejected/<its path>` with a
`.why.txt` beside it; a file that changed while it was read, or that hit a bug of ours, stays for
the next night. A move never overwrites: a different file already at the destination keeps its
place and the newcomer gets a `~2`, `~3` … suffix.
"""
from __future__ import annotations

import datetime as dt
import filecmp
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from flows.ingest.discovery import fingerprint
from flows.rosters.id_numbers import mask_personal_numbers

ARCHIVE = "archive"
REJECTED = "rejected"
WHY_SUFFIX = ".why.txt"


@dataclass(frozen=True)
class Moved:
    """Where one file went, relative to ZHUCUN_HOME, with personal numbers masked (for logs and the page)."""

    name: str  # the file's display name (masked)
    to: str  # archive/2026-12-02/… or rejected/…, masked


def archive_path(home: Path, run_date: dt.date, relative: Path) -> Path:
    return home / ARCHIVE / run_date.isoformat() / relative


def rejected_path(home: Path, relative: Path) -> Path:
    return home / REJECTED / relative


def free_destination(wanted: Path, source: Path) -> Path:
    """`wanted`, or, when a different file is already there, the first free `stem~N.suffix` beside it.

    The same bytes already at `wanted` (a copy sent twice) are simply replaced: nothing is lost.
    """
    if not wanted.exists() or filecmp.cmp(wanted, source, shallow=False):
        return wanted
    number = 2
    while True:
        candidate = wanted.with_name(f"{wanted.stem}~{number}{wanted.suffix}")
        if not candidate.exists() or filecmp.cmp(candidate, source, shallow=False):
            return candidate
        number += 1


def move_file(source: Path, destination: Path) -> Path:
    """Move within the file system when we can (atomic rename), else copy then delete: the file is
    never absent from both places."""
    destination = free_destination(destination, source)
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(source, destination)
    except OSError:  # another file system (an inbox on a network share)
        partial = destination.with_name(destination.name + ".moving")
        shutil.copy2(source, partial)
        os.replace(partial, destination)
        source.unlink()
    return destination


def why_text(display_name: str, reason: str, run_id: str, run_date: dt.date) -> str:
    """What the `.why.txt` beside a rejected file says: masked like every text zhucun writes."""
    return mask_personal_numbers(
        f"file:    {display_name}\n"
        f"run:     {run_id} ({run_date.isoformat()})\n"
        f"reason:  {reason}\n\n"
        "What to do: fix the file and put it in the inbox again (it loads on the next run); or, when the\n"
        "file was right and zhucun could not read it (a header it did not know), add a row to\n"
        "seeds/roster_header_aliases.csv or record a header decision (zhucun review correct header:…),\n"
        "then put this file back through the load with: zhucun reload <this file>\n"
    )


def reject(source: Path, home: Path, relative: Path, display_name: str, reason: str, run_id: str,
           run_date: dt.date) -> Path:
    destination = move_file(source, rejected_path(home, relative))
    destination.with_name(destination.name + WHY_SUFFIX).write_text(
        why_text(display_name, reason, run_id, run_date), encoding="utf-8")
    return destination


def rejected_files(home: Path) -> list[tuple[Path, Path]]:
    """Files waiting in rejected/ (not their .why.txt), with their path below the inbox."""
    root = home / REJECTED
    if not root.is_dir():
        return []
    return [(path, path.relative_to(root)) for path in sorted(root.rglob("*"))
            if path.is_file() and not path.name.endswith(WHY_SUFFIX)]


def locate(home: Path, file_id: str, name: str, run_date: dt.date | None) -> tuple[Path, Path] | None:
    """Where a file the manifest knows sits now (in archive/ or rejected/), and its path below the inbox.

    Looked for under its name first (on the night it was filed, then any night), then among every
    file of that night and of rejected/: a name that held a personal number is stored masked, so
    only the bytes tell it.
    """
    archive = home / ARCHIVE
    guesses = [home / REJECTED / name]
    if run_date is not None:
        guesses.insert(0, archive / run_date.isoformat() / name)
    guesses += [night / name for night in sorted(archive.iterdir(), reverse=True)] if archive.is_dir() else []
    scans = [home / REJECTED] + ([archive / run_date.isoformat()] if run_date is not None else [])
    candidates = guesses + [path for folder in scans if folder.is_dir() for path in sorted(folder.rglob("*"))]
    for path in candidates:
        if path.is_file() and not path.name.endswith(WHY_SUFFIX) and fingerprint(path) == file_id:
            return path, _below_inbox(path, home)
    return None


def _below_inbox(path: Path, home: Path) -> Path:
    try:
        return path.relative_to(home / REJECTED)
    except ValueError:
        return Path(*path.relative_to(home / ARCHIVE).parts[1:])  # less the night's folder


def put_back(path: Path, inbox: Path, relative: Path) -> Path:
    """A rejected or archived file back in the inbox, its .why.txt gone."""
    why = path.with_name(path.name + WHY_SUFFIX)
    back = move_file(path, inbox / relative)
    why.unlink(missing_ok=True)
    folder = path.parent
    while folder.name not in (ARCHIVE, REJECTED) and not any(folder.iterdir()):
        folder.rmdir()  # a county's folder emptied by the move, up to archive/ or rejected/ itself
        folder = folder.parent
    return back


def remove_empty_folders(inbox: Path) -> None:
    """Folders a county's delivery came in, once emptied; never the inbox itself."""
    for folder in sorted((p for p in inbox.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty: something still needs doing there


def shown(path: Path, home: Path) -> str:
    """A moved file's path for people: below ZHUCUN_HOME, masked."""
    try:
        path = path.relative_to(home)
    except ValueError:
        pass
    return mask_personal_numbers(path.as_posix())
