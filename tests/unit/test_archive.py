"""Filing away the night's files: nothing overwritten, nothing lost, reasons masked."""
from __future__ import annotations

import datetime as dt
import os

from flows.ingest import archive as filing
from flows.ingest.discovery import discover
from flows.nightly import Handled, file_away_task
from flows.run_summary import FileOutcome

RUN_DATE = dt.date(2026, 3, 1)


def _inbox(tmp_path, files: dict[str, bytes]):
    inbox = tmp_path / "inbox"
    for name, data in files.items():
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_bytes(data)
    return inbox


def test_a_different_file_at_the_destination_keeps_its_place_and_the_same_bytes_are_replaced(tmp_path) -> None:
    home = tmp_path / "home"
    first = filing.archive_path(home, RUN_DATE, filing.Path("县/名单.csv"))
    first.parent.mkdir(parents=True)
    first.write_bytes(b"version one")
    source = tmp_path / "名单.csv"
    source.write_bytes(b"version two")
    moved = filing.move_file(source, first)
    assert moved.name == "名单~2.csv" and moved.read_bytes() == b"version two"
    assert first.read_bytes() == b"version one" and not source.exists()
    again = tmp_path / "名单.csv"
    again.write_bytes(b"version one")
    assert filing.move_file(again, first) == first  # a copy sent twice: one file, no ~3
    assert sorted(p.name for p in first.parent.iterdir()) == ["名单.csv", "名单~2.csv"]


def test_files_go_to_archive_or_rejected_with_a_masked_reason_and_the_rest_stay(tmp_path) -> None:
    inbox = _inbox(tmp_path, {
        "县甲/花名册.csv": b"loaded",
        "县甲/重复.csv": b"loaded before",
        "联系人13987654321.csv": b"bad header",
        "出错.csv": b"our bug",
    })
    home = tmp_path / "home"
    files = {f.path.name: f for f in discover(inbox, "k")}
    handled = [
        Handled(files["花名册.csv"], FileOutcome("县甲/花名册.csv", "roster", "loaded"), "archive"),
        Handled(files["重复.csv"], FileOutcome("县甲/重复.csv", "roster", "skipped"), "archive"),
        Handled(files["联系人13987654321.csv"],
                FileOutcome(files["联系人13987654321.csv"].name, "roster", "rejected",
                            error="no roster header found in 联系人13987654321.csv"), "reject"),
        Handled(files["出错.csv"], FileOutcome("出错.csv", "roster", "rejected", error="internal error"), "keep"),
    ]
    moved, problems = file_away_task.fn(home, inbox, RUN_DATE, "run-1", handled)
    assert problems == []
    assert (home / "archive/2026-03-01/县甲/花名册.csv").read_bytes() == b"loaded"
    assert (home / "archive/2026-03-01/县甲/重复.csv").exists()
    rejected = home / "rejected/联系人13987654321.csv"  # on disk under the name it was sent by
    why = rejected.with_name(rejected.name + ".why.txt").read_text("utf-8")
    assert rejected.read_bytes() == b"bad header"
    assert "13987654321" not in why and "139****4321" in why and "zhucun reload" in why
    assert sorted(p.name for p in inbox.rglob("*")) == ["出错.csv"]  # 县甲/ emptied and removed
    assert all("13987654321" not in item.to and "13987654321" not in item.name for item in moved)
    assert any(note.startswith("moved to archive/2026-03-01/") for note in handled[0].outcome.notes)


def test_a_file_that_changed_after_it_was_fingerprinted_is_left_for_the_next_night(tmp_path) -> None:
    inbox = _inbox(tmp_path, {"名单.csv": b"as it was read"})
    (file,) = discover(inbox, "k")
    assert not file.changed_since_discovery()
    (inbox / "名单.csv").write_bytes(b"as the county re-saved it meanwhile")
    os.utime(inbox / "名单.csv", ns=(file.modified_ns + 10**9, file.modified_ns + 10**9))
    assert file.changed_since_discovery()
    outcome = FileOutcome("名单.csv", "roster", "loaded")
    moved, problems = file_away_task.fn(tmp_path / "home", inbox, RUN_DATE, "run-1", [Handled(file, outcome, "archive")])
    assert moved == [] and problems == []
    assert (inbox / "名单.csv").exists() and "left in the inbox" in outcome.notes[-1]


def test_put_back_returns_a_rejected_file_to_its_place_in_the_inbox_without_its_reason(tmp_path) -> None:
    home = tmp_path / "home"
    source = tmp_path / "x.csv"
    source.write_bytes(b"bytes")
    rejected = filing.reject(source, home, filing.Path("县乙/x.csv"), "县乙/x.csv", "why", "run-1", RUN_DATE)
    assert filing.rejected_files(home) == [(rejected, filing.Path("县乙/x.csv"))]
    back = filing.put_back(rejected, tmp_path / "inbox", filing.Path("县乙/x.csv"))
    assert back == tmp_path / "inbox/县乙/x.csv" and back.read_bytes() == b"bytes"
    assert filing.rejected_files(home) == [] and list((home / "rejected").iterdir()) == []  # 县乙/ gone too


def test_a_file_is_found_again_in_the_archive_by_its_bytes_even_under_a_masked_name(tmp_path) -> None:
    home = tmp_path / "home"
    inbox = _inbox(tmp_path, {"县丙/联系人13987654321.csv": b"roster bytes", "县丙/其他.csv": b"other"})
    files = {f.path.name: f for f in discover(inbox, "k")}
    handled = [Handled(file, FileOutcome(file.name, "roster", "loaded"), "archive") for file in files.values()]
    file_away_task.fn(home, inbox, RUN_DATE, "run-1", handled)
    wanted = files["联系人13987654321.csv"]
    assert "13987654321" not in wanted.name  # the manifest only ever knows the masked name
    path, relative = filing.locate(home, wanted.file_id, wanted.name, RUN_DATE)
    assert path == home / "archive/2026-03-01/县丙/联系人13987654321.csv"
    assert relative == filing.Path("县丙/联系人13987654321.csv")
    assert filing.locate(home, "0" * 64, "县丙/其他.csv", RUN_DATE) is None  # other bytes are not it
