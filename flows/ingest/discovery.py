"""Find the files in an inbox and fingerprint them, so a file already loaded is never loaded twice."""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from flows.rosters.id_numbers import has_personal_numbers, mask_personal_numbers

# Tables are rosters or monthly work reports: the flow tells them apart by their header.
TABLE_SUFFIXES = frozenset({".xlsx", ".xls", ".csv"})
REPORT_SUFFIXES = frozenset({".txt", ".docx", ".pdf"})
# Office lock files, editor back-ups and OS clutter are not deliveries.
_IGNORED_PREFIXES = ("~$", ".~lock", ".")


@dataclass(frozen=True)
class InboxFile:
    """One delivered file: `file_id` is the sha256 of its bytes, so a renamed copy is still the same file."""

    path: Path  # where to read it; never shown, logged or stored (it may hold a phone or ID number)
    name: str  # path below the inbox with personal numbers masked: what tables, logs and task names show
    kind: str  # table / report / decisions / unsupported at discovery; roster / report once the flow has read it
    file_id: str
    size_bytes: int
    name_masked: bool = False  # the delivered name held what looked like a phone or ID number
    modified_ns: int = 0  # mtime when fingerprinted: a file that changes while it is read is left for the next night

    def changed_since_discovery(self) -> bool:
        """Whether the file on disk is no longer what was fingerprinted (being written, replaced, or gone)."""
        try:
            status = self.path.stat()
        except FileNotFoundError:
            return True
        return (status.st_size, status.st_mtime_ns) != (self.size_bytes, self.modified_ns)


def classify(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        # A steward's decisions file (decisions*.csv, or a header naming decision_id and action) is no roster.
        from flows.steward.decisions import looks_like_decisions

        with path.open("rb") as handle:
            if looks_like_decisions(path.name, handle.read(4096)):
                return "decisions"
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


def display_name(relative: str, pii_key: str) -> tuple[str, bool]:
    """The name a file goes by everywhere, and whether it had to be masked.

    Counties name files after a contact (花名册_联系人13987654321.csv). The number is masked like a
    cell, and a short keyed tag of the whole name keeps two files apart whose names differ only in
    the hidden digits: a later file replaces an earlier one by name, so a clash would lose rows.
    """
    if not has_personal_numbers(relative):
        return relative, False
    tag = hmac.new(pii_key.encode("utf-8"), relative.encode("utf-8"), hashlib.sha256).hexdigest()[:6]
    masked = Path(mask_personal_numbers(relative))
    return masked.with_name(f"{masked.stem}~{tag}{masked.suffix}").as_posix(), True


def discover(inbox: Path, pii_key: str) -> list[InboxFile]:
    """Every file below `inbox` (recursively, sorted by path so runs are reproducible)."""
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} does not exist or is not a folder; pass --inbox DIR or set ZHUCUN_INBOX")
    found = []
    for path in sorted(p for p in inbox.rglob("*") if p.is_file()):
        if path.name.startswith(_IGNORED_PREFIXES):
            continue
        name, masked = display_name(path.relative_to(inbox).as_posix(), pii_key)
        status = path.stat()  # before the fingerprint: a write during hashing then shows as a change
        found.append(
            InboxFile(
                path=path,
                name=name,
                name_masked=masked,
                kind=classify(path),
                file_id=fingerprint(path),
                size_bytes=status.st_size,
                modified_ns=status.st_mtime_ns,
            )
        )
    return found
