"""Monthly work reports (工作月报): sniffing, facts, quarantine, and the samples against expected_monthly.json."""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from flows.ingest.readers import read_grids
from flows.quality.reasons import REASONS
from flows.reports.monthly import (
    FACT_COLUMNS,
    METRICS,
    MONTHLY_COLUMNS,
    is_monthly_report,
    load_monthly_aliases,
    prepare_monthly,
)
from flows.rosters.headers import UnmappableHeader, find_header, load_aliases, normalise_header
from flows.rosters.prepare import QUARANTINE_COLUMNS, prepare_roster
from flows.warehouse.schema import table_columns

REPO = Path(__file__).resolve().parents[2]
MONTHLY = REPO / "samples" / "inbox" / "monthly"
EXPECTED_PATH = REPO / "samples" / "expected_monthly.json"
EXPECTED = json.loads(EXPECTED_PATH.read_text("utf-8"))
TODAY = dt.date.fromisoformat(EXPECTED["generator"]["reference_today"])
ROW_REASONS = {"village_missing", "month_missing", "month_unparseable", "month_future", "date_too_early",
               "formula_cell", "report_duplicate"}
ROSTER_FILES = sorted(p for folder in ("rosters", "broken") for p in (REPO / "samples" / "inbox" / folder).iterdir())


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_monthly_reports", REPO / "samples" / "make_monthly_reports.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_monthly_reports"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def prepared():
    return {entry["file"]: prepare_monthly(MONTHLY / entry["file"], today=TODAY) for entry in EXPECTED["files"]}


def _write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


HEADER = ["村", "月份", "在村天数", "入户走访（户）", "争取资金（万元）"]


# --- the samples -----------------------------------------------------------------------------


def test_sample_folder_holds_exactly_the_expected_files():
    assert sorted(p.name for p in MONTHLY.iterdir()) == sorted(e["file"] for e in EXPECTED["files"])


@pytest.mark.parametrize("entry", EXPECTED["files"], ids=lambda e: e["file"])
def test_samples_parse_to_expected(prepared, entry):
    result = prepared[entry["file"]]
    facts, quarantine = result.facts, result.quarantine
    assert len(facts) == entry["facts"]
    assert dict(Counter(facts["metric"])) == entry["facts_by_metric"]
    for metric in ("funds_secured", "consumption_purchases"):
        assert round(facts.loc[facts["metric"] == metric, "value"].sum(), 2) == entry[f"{metric}_yuan"], metric
    got = [{"sheet": r.sheet, "row_number": int(r.row_number), "column_name": r.column_name,
            "reason_code": r.reason_code} for r in quarantine.itertuples()]
    assert got == entry["quarantined"]
    whole = {(q["sheet"], q["row_number"]) for q in entry["quarantined"] if q["reason_code"] in ROW_REASONS}
    assert len(whole) == entry["rows_quarantined_whole"]
    assert sorted(facts["period"].unique()) == entry["months"]
    document = result.document
    assert document["title"] == entry["title"]
    assert document["report_date"] == dt.date.fromisoformat(entry["report_date"])
    assert document["region"] == entry["region"]
    assert result.sheets == [entry["sheet"]]
    # Rows that are not data are skipped with a note, never read as teams.
    notes = " ".join(result.problems)
    for row in entry["skipped_rows"].get("totals", []):
        assert f"row {row}: totals row skipped" in notes
    for row in entry["skipped_rows"].get("footnote", []):
        assert f"row {row}: footnote" in notes


def test_sample_totals_add_up(prepared):
    totals = EXPECTED["totals"]
    facts = [p.facts for p in prepared.values()]
    assert sum(len(f) for f in facts) == totals["facts"]
    counted: Counter[str] = Counter()
    for frame in facts:
        counted.update(frame["metric"])
    assert dict(counted) == totals["facts_by_metric"]
    funds = sum(f.loc[f["metric"] == "funds_secured", "value"].sum() for f in facts)
    assert round(funds, 2) == totals["funds_secured_yuan"]
    reasons = Counter(code for p in prepared.values() for code in p.quarantine["reason_code"])
    assert dict(reasons) == totals["quarantine_by_reason"]
    assert sum(len(p.quarantine) for p in prepared.values()) == totals["quarantine_entries"]


def test_every_planted_fault_is_in_the_samples():
    assert set(EXPECTED["totals"]["quarantine_by_reason"]) == {
        "village_missing", "month_unparseable", "month_future", "value_negative", "value_not_numeric",
        "value_not_whole", "days_exceed_month", "value_implausible", "report_duplicate",
    }
    assert all(2023 <= int(m[:4]) <= 2026 for e in EXPECTED["files"] for m in e["months"])


# --- facts -----------------------------------------------------------------------------------


def test_frames_follow_the_warehouse_contract(prepared):
    loader = {"file_id", "source_file", "run_id", "loaded_at"}
    document_columns = [c for c in table_columns("raw.report__documents") if c not in loader]
    for result in prepared.values():
        assert list(result.facts.columns) == [c for c in table_columns("raw.report__facts") if c not in loader]
        assert list(result.facts.columns) == list(FACT_COLUMNS)
        assert list(result.quarantine.columns) == list(QUARANTINE_COLUMNS)
        assert list(result.document) == document_columns
        assert result.document["report_type"] == "monthly"
        assert result.document["text_chars"] == 0
        assert result.document["articles"] is None and result.document["articles_kept"] is None


def test_fact_shape(prepared):
    for result in prepared.values():
        facts = result.facts
        assert list(facts["fact_index"]) == list(range(1, len(facts) + 1))
        assert set(facts["qualifier"]) == {"exact"}
        assert set(facts["confidence"]) == {1.0}
        assert facts["char_start"].isna().all() and facts["char_end"].isna().all()
        assert (facts["value"] >= 0).all()
        for fact in facts.itertuples():
            spec = METRICS[fact.metric]
            assert (fact.kind, fact.unit) == (spec.kind, spec.unit)
            assert fact.basis == ("total" if fact.unit == "yuan" else None)
            assert re.fullmatch(r"\d{4}-\d{2}", fact.period) and fact.year == int(fact.period[:4])
            assert fact.region and fact.region.endswith("村")
            assert f"{fact.year}年{int(fact.period[5:])}月" in fact.evidence
    assert METRICS["funds_secured"].kind == "funding"
    assert METRICS["days_in_village"].unit == "day" and METRICS["households_visited"].unit == "household"


def test_evidence_names_the_cell(prepared):
    facts = prepared["东街村驻村工作队2024年3月工作月报.xlsx"].facts
    visited = facts[facts["metric"] == "households_visited"].iloc[0]
    assert re.fullmatch(r"2024年3月 文水县凤城镇东街村 入户走访（户） = \d+ \(第5行\)", visited["evidence"])
    assert visited["region"] == "文水县凤城镇东街村"


def test_wan_yuan_columns_become_yuan(prepared):
    path = MONTHLY / "光山县驻村工作队2025年一季度工作月报.xlsx"
    facts = prepared[path.name].facts
    import openpyxl

    sheet = openpyxl.load_workbook(path)["月报汇总"]
    header = [c.value for c in sheet[3]]
    funds_col, consumption_col = header.index("争取资金（万元）"), header.index("消费帮扶")
    for fact in facts[facts["unit"] == "yuan"].itertuples():
        row = int(re.search(r"第(\d+)行", fact.evidence).group(1))
        written = sheet.cell(row, (funds_col if fact.metric == "funds_secured" else consumption_col) + 1).value
        assert fact.value == pytest.approx(written * 10_000), fact.evidence
    assert facts.loc[facts["metric"] == "funds_secured", "value"].max() >= 10_000


@pytest.mark.parametrize(
    ("label", "above", "written", "expected"),
    [
        ("争取资金（万元）", None, "12.5", 125_000.0),
        ("争取资金(万元)", None, 0.85, 8_500.0),
        ("争取资金（元）", None, "12.5", 12.5),
        ("争取资金（元）", "金额单位：万元", "3000", 3_000.0),  # the header wins over the note above
        ("争取资金", "金额单位：万元", "3.2", 32_000.0),
        ("争取资金", "单位：元", "3200", 3_200.0),
        ("争取资金（亿元）", None, "0.5", 50_000_000.0),
    ],
)
def test_money_unit_from_header_or_note(tmp_path, label, above, written, expected):
    rows = ([[above]] if above else []) + [["村", "月份", "在村天数", label], ["东街村", "2024-03", 20, written]]
    facts = prepare_monthly(_write_csv(tmp_path / "m.csv", rows), today=TODAY).facts
    assert facts.loc[facts["metric"] == "funds_secured", "value"].tolist() == [expected]


def test_money_without_a_unit_is_quarantined(tmp_path):
    path = _write_csv(tmp_path / "m.csv", [["村", "月份", "在村天数", "争取资金"], ["东街村", "2024-03", 20, 5]])
    result = prepare_monthly(path, today=TODAY)
    assert result.facts["metric"].tolist() == ["days_in_village"]
    assert result.quarantine[["column_name", "reason_code"]].values.tolist() == [["funds_secured", "money_unit_unknown"]]


# --- months and values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "period"),
    [("2024年3月", "2024-03"), ("2024年3月份", "2024-03"), ("2024-03", "2024-03"), ("2024.03", "2024-03"),
     ("2024/3", "2024-03"), ("202403", "2024-03"), ("2024.10", "2024-10"), ("2024-03-31", "2024-03"),
     ("２０２４年３月", "2024-03"), ("2026-11", "2026-11")],
)
def test_month_writings(tmp_path, written, period):
    path = _write_csv(tmp_path / "m.csv", [HEADER, ["东街村", written, 20, 30, 1]])
    result = prepare_monthly(path, today=TODAY)
    assert result.quarantine.empty
    assert set(result.facts["period"]) == {period}
    assert result.document["report_date"] == dt.date(int(period[:4]), int(period[5:]), 1)


@pytest.mark.parametrize(
    ("written", "code"),
    [("2024年13月", "month_unparseable"), ("3月", "month_unparseable"), ("上月", "month_unparseable"),
     ("", "month_missing"), ("—", "month_missing"), ("2026-12", "month_future"), ("2014-12", "date_too_early")],
)
def test_bad_months_quarantine_the_row(tmp_path, written, code):
    path = _write_csv(tmp_path / "m.csv", [HEADER, ["东街村", written, 20, 30, 1], ["西街村", "2024-03", 20, 30, 1]])
    result = prepare_monthly(path, today=TODAY)
    assert result.quarantine[["row_number", "column_name", "reason_code"]].values.tolist() == [[2, "month", code]]
    assert set(result.facts["region"]) == {"西街村"}


def test_month_as_an_ambiguous_number_cell(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(["东街村", 2024.1, 20, 30, 1])  # January, or October with its 0 lost?
    book.active.append(["西街村", dt.datetime(2024, 10, 1), 20, 30, 1])  # a real date cell
    book.save(tmp_path / "m.xlsx")
    result = prepare_monthly(tmp_path / "m.xlsx", today=TODAY)
    assert result.quarantine["reason_code"].tolist() == ["month_unparseable"]
    assert set(result.facts["period"]) == {"2024-10"}


@pytest.mark.parametrize(
    ("column", "written", "code"),
    [
        ("在村天数", "-2", "value_negative"), ("在村天数", "32", "days_exceed_month"),
        ("入户走访（户）", "120户", "value_not_numeric"), ("入户走访（户）", "1,2", "value_not_numeric"),
        ("入户走访（户）", "=SUM(C2:C9)", "value_not_numeric"), ("入户走访（户）", "12.5", "value_not_whole"),
        ("入户走访（户）", "5001", "value_implausible"), ("争取资金（万元）", "20000", "value_implausible"),
    ],
)
def test_bad_cells_quarantine_the_cell_only(tmp_path, column, written, code):
    cells = {"在村天数": 20, "入户走访（户）": 30, "争取资金（万元）": 1}
    cells[column] = written
    path = _write_csv(tmp_path / "m.csv", [HEADER, ["东街村", "2024-03", *cells.values()]])
    result = prepare_monthly(path, today=TODAY)
    entry = result.quarantine.iloc[0]
    assert len(result.quarantine) == 1 and entry["reason_code"] == code
    assert entry["column_name"] == load_monthly_aliases()[normalise_header(column)]
    assert len(result.facts) == 2  # the row's other figures still load
    if written.startswith("="):
        assert entry["value_masked"] == "'" + written  # kept inert for a spreadsheet export


def test_fractional_days_and_valid_writings_load(tmp_path):
    path = _write_csv(tmp_path / "m.csv", [
        ["村", "月份", "在村天数", "入户走访（户）", "争取资金（元）", "新建合作社"],
        ["东街村", "2024-02", "29", "１２０", "1,200,000", "0"],  # 2024 is a leap year
        ["西街村", "2024-03", "22.5", "无", "—", ""],
    ])
    result = prepare_monthly(path, today=TODAY)
    assert result.quarantine.empty
    values = {(f.region, f.metric): f.value for f in result.facts.itertuples()}
    assert values == {("东街村", "days_in_village"): 29.0, ("东街村", "households_visited"): 120.0,
                      ("东街村", "funds_secured"): 1_200_000.0, ("东街村", "cooperatives_founded"): 0.0,
                      ("西街村", "days_in_village"): 22.5}


def test_days_in_february(tmp_path):
    path = _write_csv(tmp_path / "m.csv", [HEADER, ["东街村", "2023-02", 29, 30, 1]])
    assert prepare_monthly(path, today=TODAY).quarantine["reason_code"].tolist() == ["days_exceed_month"]


def test_row_level_faults(tmp_path):
    path = _write_csv(tmp_path / "m.csv", [
        ["驻村工作队", *HEADER],
        ["东街村工作队", "", "2024-03", 20, 30, 1],
        ["西街村工作队", "=HYPERLINK(\"x\")", "2024-03", 20, 30, 1],
        ["南街村工作队", "南街村", "2024-03", 20, 30, 1],
    ])
    result = prepare_monthly(path, today=TODAY)
    got = result.quarantine[["row_number", "column_name", "reason_code", "cadre_name"]].values.tolist()
    assert got == [[2, "village", "village_missing", "东街村工作队"], [3, "village", "formula_cell", "西街村工作队"]]
    assert set(result.facts["region"]) == {"南街村"}
    assert result.quarantine.iloc[1]["value_masked"].startswith("'=")


def test_duplicates(tmp_path):
    path = _write_csv(tmp_path / "m.csv", [
        HEADER,
        ["东街村", "2024-03", 20, 30, 1],
        ["东街村", "2024年3月", 20, 30, 1],  # the same figures again: counted once
        ["西街村", "2024-03", 20, 30, 1],
        ["西街村", "2024-03", 21, 30, 1],  # different figures: neither is trusted
        ["西街村", "2024-04", 21, 30, 1],
    ])
    result = prepare_monthly(path, today=TODAY)
    assert result.duplicates_dropped == 1
    assert result.quarantine[["row_number", "reason_code"]].values.tolist() == [[4, "report_duplicate"],
                                                                              [5, "report_duplicate"]]
    assert Counter(zip(result.facts["region"], result.facts["period"])) == {("东街村", "2024-03"): 3,
                                                                            ("西街村", "2024-04"): 3}


def test_quarantine_reasons_are_bilingual(prepared):
    entries = [row for p in prepared.values() for row in p.quarantine.itertuples()]
    assert entries
    for row in entries:
        assert row.reason_code in REASONS
        assert re.search(r"[\u4e00-\u9fff]", row.reason_zh) and re.search(r"[a-z]", row.reason_en)
        assert row.cadre_name and row.cadre_name.endswith("工作队")  # the team: helps a steward find the row


def test_broken_rows_give_no_facts_but_broken_cells_keep_the_rest(prepared):
    name = "渭源县驻村工作队2025年9月工作月报.csv"
    result, entry = prepared[name], next(e for e in EXPECTED["files"] if e["file"] == name)
    rows_with_facts = {int(re.search(r"第(\d+)行", e).group(1)) for e in result.facts["evidence"]}
    for q in entry["quarantined"]:
        if q["reason_code"] in ROW_REASONS:
            assert q["row_number"] not in rows_with_facts
        else:
            assert q["row_number"] in rows_with_facts
            cells = result.facts[result.facts["evidence"].str.endswith(f"(第{q['row_number']}行)")]
            assert q["column_name"] not in set(cells["metric"])


# --- telling monthly reports from rosters ----------------------------------------------------


@pytest.mark.parametrize("path", sorted(MONTHLY.iterdir()), ids=lambda p: p.name)
def test_monthly_samples_are_sniffed_and_are_not_rosters(path):
    assert is_monthly_report(path)
    refused = 0
    for grid in read_grids(path):
        try:
            header = find_header(grid, load_aliases())  # the roster aliases and required columns
        except UnmappableHeader as caught:
            assert {"name", "id_number", "role"} <= set(caught.missing)
            refused += 1
        else:
            assert header is None  # a sheet of notes (填表说明) is no table at all
    assert refused >= 1
    with pytest.raises(UnmappableHeader):
        prepare_roster(path, pii_key="test")


@pytest.mark.parametrize("path", ROSTER_FILES, ids=lambda p: p.name)
def test_rosters_and_broken_files_are_not_monthly(path):
    assert not is_monthly_report(path)


def test_sniff_needs_a_month_and_two_metrics(tmp_path):
    assert not is_monthly_report(tmp_path / "missing.csv")
    assert not is_monthly_report(_write_csv(tmp_path / "a.csv", [["村", "在村天数", "入户走访（户）", "备注"], ["东街村", 1, 2, 3]]))
    assert not is_monthly_report(_write_csv(tmp_path / "b.csv", [["村", "月份", "在村天数", "备注"], ["东街村", 1, 2, 3]]))
    assert is_monthly_report(_write_csv(tmp_path / "c.csv", [["月份", "在村天数", "培训人数"], ["2024-03", 1, 2]]))


def test_header_problems_raise_for_the_file(tmp_path):
    path = _write_csv(tmp_path / "no_village.csv", [["月份", "在村天数", "入户走访（户）"], ["2024-03", 20, 30]])
    with pytest.raises(UnmappableHeader) as caught:
        prepare_monthly(path, today=TODAY)
    assert caught.value.missing == ("village",) and "monthly_header_aliases.csv" in str(caught.value)
    path = _write_csv(tmp_path / "no_metric.csv", [["村", "月份", "备注"], ["东街村", "2024-03", "无"]])
    with pytest.raises(UnmappableHeader, match="no metric column"):
        prepare_monthly(path, today=TODAY)
    path = _write_csv(tmp_path / "not_a_table.csv", [["项目", "金额"], ["经费", 100]])
    with pytest.raises(UnmappableHeader, match="no monthly report header"):
        prepare_monthly(path, today=TODAY)


def test_monthly_seed():
    aliases = load_monthly_aliases()
    assert set(aliases.values()) == set(MONTHLY_COLUMNS) | {"ignored"}  # every column has an alias
    for alias, column in [("驻村工作队", "team"), ("队名", "team"), ("所驻村", "village"), ("驻村名称", "village"),
                          ("填报月份", "month"), ("报告月份", "month"), ("驻村天数", "days_in_village"),
                          ("走访户数", "households_visited"), ("为民办实事（件）", "problems_solved"),
                          ("争取资金（万元）", "funds_secured"), ("消费帮扶（元）", "consumption_purchases"),
                          ("县（市、区）", "county"), ("备注", "note")]:
        assert aliases[normalise_header(alias)] == column
    # The roster seed is untouched by the generalisation of load_aliases.
    assert "month" not in set(load_aliases().values())


# --- the generator ---------------------------------------------------------------------------


def _zip_entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_regeneration_is_deterministic(tmp_path):
    generator = _load_generator()
    first = generator.generate(tmp_path / "a" / "monthly", expected_path=tmp_path / "a" / "expected.json")
    second = generator.generate(tmp_path / "b" / "monthly", expected_path=tmp_path / "b" / "expected.json")
    assert first.expected == second.expected == EXPECTED
    for path in sorted(MONTHLY.iterdir()):
        for out in (first.out_dir / path.name, second.out_dir / path.name):
            if path.suffix == ".xlsx":
                # Same entries with the same content; deflate bytes may differ between zlib builds.
                assert _zip_entries(out) == _zip_entries(path), path.name
            else:
                assert out.read_bytes() == path.read_bytes(), f"{path.name}: run samples/make_monthly_reports.py"
        assert (first.out_dir / path.name).read_bytes() == (second.out_dir / path.name).read_bytes()
    assert sorted(p.name for p in first.out_dir.iterdir()) == sorted(p.name for p in MONTHLY.iterdir())


def test_csv_encodings_are_as_documented():
    for entry in EXPECTED["files"]:
        if entry["format"] == "csv":
            data = (MONTHLY / entry["file"]).read_bytes()
            data.decode(entry["encoding"])
            if entry["encoding"] == "gbk":
                with pytest.raises(UnicodeDecodeError):
                    data.decode("utf-8")
