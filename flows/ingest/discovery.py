"""Find the files in an inbox and fingerprint them, so a file already loaded is never loaded twice."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

# Tables are rosters or monthly work reports: the flow tells them apart by their header.
TABLE_SUFFIXES = frozenset({".xlsx", ".xls", ".csv"})
REPORT_SUFFIXES = frozenset({".txt", ".docx", ".pdf"})
# Office lock files, editor back-ups and OS clutter are not deliveries.
_IGNORED_PREFIXES = ("~$", ".~lock", ".")


@dataclass(frozen=True)
class InboxFile:
    """One delivered file: `file_id` is the sha256 of its bytes, so a renamed copy is still the same file."""

    path: Path
    name: str
    kind: str  # table / report / unsupported at discovery; roster / report once the flow has read it
    file_id: str
    size_bytes: int


def classify(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix in REPORT_SUFFIXES:
        return "report"
    return "unsupported"


def fingerprint(path: Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def discover(inbox: Path) -> list[InboxFile]:
    """Every file below `inbox` (recursively, sorted by path so runs are reproducible)."""
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} does not exist or is not a folder; pass --inbox DIR or set ZHUCUN_INBOX")
    found = []
    for path in sorted(p for p in inbox.rglob("*") if p.is_file()):
        if path.name.startswith(_IGNORED_PREFIXES):
            continue
        found.append(
            InboxFile(
                path=path,
                name=path.relative_to(inbox).as_posix(),
                kind=classify(path),
                file_id=fingerprint(path),
                size_bytes=path.stat().st_size,
            )
        )
    return found
