"""samples/make_rosters.py: reproducible output, and sample rows that are valid exactly where expected_rosters.json says."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlrd

from flows.rosters.id_numbers import check_digit, check_id, check_phone, normalise_id

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "samples" / "inbox" / "rosters"
COMMITTED_BROKEN = REPO / "samples" / "inbox" / "broken"
COMMITTED_EXPECTED = REPO / "samples" / "expected_rosters.json"
PLACEHOLDERS = {"", "无", "—", "-", "/"}
# The day the samples must still look plausible on (no valid date after it).
TODAY = dt.date(2026, 11, 25)


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_rosters", REPO / "samples" / "make_rosters.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_rosters"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    return _load_generator().generate(out / "rosters", seed=7, broken_dir=out / "broken",
                                      expected_path=out / "expected_rosters.json")


def test_regenerating_gives_the_committed_files(generated):
    for name in sorted(p.name for p in COMMITTED.iterdir()):
        ours, theirs = COMMITTED / name, generated.out_dir / name
        assert theirs.exists(), f"{name} is committed but no longer generated"
        if name.endswith(".xlsx"):
            # Same entries with the same content; the deflate bytes may differ between zlib builds.
            assert _zip_entries(ours) == _zip_entries(theirs), name
        else:
            assert ours.read_bytes() == theirs.read_bytes(), f"{name} differs: run samples/make_rosters.py and commit"
    assert sorted(p.name for p in generated.out_dir.iterdir()) == sorted(p.name for p in COMMITTED.iterdir())
    assert json.loads(COMMITTED_EXPECTED.read_text("utf-8")) == generated.expected
    for path in generated.broken_files:
        assert (COMMITTED_BROKEN / path.name).read_bytes() == path.read_bytes()


def _zip_entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_valid_rows_have_valid_ids_and_dates(generated):
    valid = [row for row in generated.rows if row.valid]
    assert len(valid) == generated.expected["totals"]["valid_source_rows"]
    for row in valid:
        assert len(row.id_number) == 18 and check_digit(row.id_number[:17]) == row.id_number[17], row.row_number
        result = check_id(row.id_number, today=TODAY)
        assert result.ok and result.sex == row.sex, (row.file, row.row_number)
        assert (result.birth_date.year, result.birth_date.month) == (row.birth.year, row.birth.month)
        assert dt.date(2021, 1, 1) <= row.start <= dt.date(2024, 12, 31)
        assert row.end is None or row.start < row.end <= dt.date(2026, 6, 30)
        assert row.role in ("第一书记", "工作队长", "队员", "第一书记兼工作队长")
        assert row.name and row.village


def test_expected_json_holds_no_personal_values(generated):
    text = generated.expected_path.read_text("utf-8")
    for row in generated.rows:
        assert row.id_number not in text and row.phone not in text
        assert not row.name or f'"{row.name}"' not in text


def test_every_fault_is_present_once_or_more(generated):
    reasons = {q["reason_code"] for q in generated.expected["quarantined"]}
    assert reasons == {
        "id_check_digit", "id_birth_date", "id_length", "id_scientific", "sex_mismatch", "name_missing",
        "village_missing", "role_unknown", "date_future", "date_too_early", "end_before_start", "phone_format",
        "formula_cell", "assignment_conflict",
    }
    totals = generated.expected["totals"]
    assert totals["distinct_assignments"] == totals["raw_assignment_rows"] - 1  # the one cross-file duplicate
    assert len(generated.expected["files"]) == 6


def _read_sheets(path: Path, entry: dict):
    """Yield (sheet, header, {row_number: cells}) straight from the file, without the pipeline's readers."""
    if entry["format"] == "csv":
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode(entry["encoding"]))))
        yield None, rows[0], {i + 1: r for i, r in enumerate(rows) if i > 0}
    elif entry["format"] == "xlsx":
        book = openpyxl.load_workbook(path)
        for sheet in entry["sheets"]:
            ws = book[sheet["sheet"]]
            table = {i: list(r) for i, r in enumerate(ws.iter_rows(values_only=True), start=1)}
            yield sheet["sheet"], sheet["columns"], table
    else:
        book = xlrd.open_workbook(str(path))
        for sheet in entry["sheets"]:
            ws = book.sheet_by_name(sheet["sheet"])
            table = {i + 1: [c.value for c in ws.row(i)] for i in range(ws.nrows)}
            yield sheet["sheet"], sheet["columns"], table


def _id_text(value: object) -> str:
    """A float this large comes from a numeric Excel cell, which kept 15 digits: show it as Excel does."""
    if isinstance(value, float) and value >= 1e15:
        return f"{value:.14E}"
    return normalise_id(value)


def _column(header: list[str], *words: str) -> int:
    return next(i for i, label in enumerate(header) if any(w in label for w in words))


def test_rows_in_the_files_match_expected_json(generated):
    """Read each file back: rows named in expected_rosters.json fail, every other data row passes the ID and phone checks."""
    expected = generated.expected
    for entry in expected["files"]:
        path = generated.out_dir / entry["file"]
        broken = {(q["sheet"], q["row_number"]): q["reason_code"] for q in entry["quarantined"]}
        seen = 0
        for sheet, header, table in _read_sheets(path, entry):
            layout = next(s for s in entry["sheets"] if s["sheet"] == sheet)
            id_col, sex_col = _column(header, "身份"), _column(header, "性别")
            phone_col = _column(header, "电话", "手机")
            for number in range(layout["first_data_row"], layout["last_data_row"] + 1):
                cells = table[number]
                if number in layout["blank_rows"]:
                    assert not any(c not in (None, "") for c in cells)
                    continue
                seen += 1
                result = check_id(_id_text(cells[id_col]), today=TODAY)
                reason = broken.get((sheet, number))
                if reason is None:
                    assert result.ok, (entry["file"], sheet, number, result.reason)
                    assert str(cells[sex_col]).strip() == result.sex, (entry["file"], number)
                    phone = cells[phone_col]
                    if phone not in (None,) and str(phone).strip() not in PLACEHOLDERS:
                        assert check_phone(phone).ok, (entry["file"], number)
                elif reason.startswith("id_"):
                    assert result.reason == reason, (entry["file"], sheet, number)
                elif reason == "phone_format":
                    assert check_phone(cells[phone_col]).reason == "phone_format"
                elif reason == "sex_mismatch":
                    assert result.ok and str(cells[sex_col]).strip() != result.sex
        assert seen == entry["source_rows"], entry["file"]


def test_broken_files_cannot_be_read(generated):
    truncated, unmappable = generated.broken_files
    assert not zipfile.is_zipfile(truncated)
    header = unmappable.read_text("utf-8-sig").splitlines()[0].split(",")
    assert header == ["项目", "金额", "备注"]
    assert not any(p.name in {truncated.name, unmappable.name} for p in generated.out_dir.iterdir())


def test_rows_per_file_is_honoured(tmp_path):
    small = _load_generator().generate(tmp_path / "rosters", rows_per_file=10, broken_dir=tmp_path / "broken",
                                       expected_path=tmp_path / "expected.json")
    assert {q["reason_code"] for q in small.expected["quarantined"]} == {
        q["reason_code"] for q in json.loads(COMMITTED_EXPECTED.read_text("utf-8"))["quarantined"]}
    for entry in small.expected["files"]:
        assert 10 <= entry["source_rows"] <= 12
