"""Files as counties send them, through the real nightly flow (`zhucun run`), written here and unlike
the samples: a current-round roster whose headers the alias seed does not know, planned term ends
after the run date, dates in five spellings, a phone in a file name, the same bytes under two names,
a roster saved as .txt, a decompression bomb and a sheet declared a million rows tall.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pytest

from flows.quality.pii_scan import scan_for_clear_pii
from flows.rosters.id_numbers import check_digit

pytestmark = pytest.mark.integration

ZHUCUN = Path(sys.executable).with_name("zhucun")
RUN_DATE = "2025-09-01"
PHONE_IN_NAME = "13987654321"
PHONE_IN_SHEET = "13987650000"


def make_id(seq: str, birth: str = "19880716", prefix: str = "632123", want_x: bool = False) -> str:
    """A valid GB 11643 number; `want_x` searches for one whose check character is X."""
    for n in range(1000):
        first17 = prefix + birth + (f"{n:03d}" if want_x else seq)
        number = first17 + check_digit(first17)
        if not want_x or number.endswith("X"):
            return number
    raise AssertionError("no ID with check character X")


ID_X = make_id("", want_x=True)
IDS = {name: make_id(f"{i:02d}1") for i, name in enumerate(
    ["马海龙", "韩英", "冶成", "沙玉", "祁明", "李华", "周强", "赵敏", "钱进", "孙立", "吴刚", "郑平"])}
PHONES = ["139 8765 1111", "139-8765-2222", "13987653333"]


def current_round_roster(path: Path) -> None:
    """Headers the seed does not know; planned ends after the run date; dates in several spellings."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = f"驻村干部_联系人{PHONE_IN_SHEET}"  # a sheet name is data too
    sheet.append(["某州某县2024年选派驻村第一书记和工作队员名册"])
    sheet.append(["序号", "姓名", "公民身份号码（18位）", "联系方式", "选派单位", "所在乡镇", "驻点村",
                  "驻村职务", "进村时间", "计划离村日期", "籍贯"])
    rows = [
        ["马海龙", IDS["马海龙"], PHONES[0], "州林草局", "城关镇", "上庄村", "第一书记", "2024-12-15", "2026-12-15"],
        ["阿依古丽·买买提", ID_X.lower(), PHONES[1], "州林草局", "城关镇", "上庄村", "队员", "2025.08", "2027.08"],
        ["韩英", IDS["韩英"], PHONES[2], "县农业局", "城关镇", "下庄村", "第一书记", "2025年8月", "2027年7月"],
        ["李华", IDS["李华"], None, "县农业局", "城关镇", "下庄村", "队员", 45870, 46600],  # Excel serials
        ["周强", IDS["周强"], None, "县水利局", "城关镇", "中庄村", "第一书记", "2025-08-01至2027-07-31", None],
        ["冶成", IDS["冶成"], None, "县水利局", "城关镇", "中庄村", "队员", "2025.10", "2027.10"],  # future start
        ["沙玉", IDS["沙玉"], None, "县水利局", "城关镇", "中庄村", "队员", "2025.03", "2024.03"],  # end before start
    ]
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row, "青海"])
    book.save(path)


def plain_csv(names: list[str], encoding: str = "utf-8") -> bytes:
    lines = ["姓名,身份证号,派出单位,村,驻村职务,任职时间,结束时间"]
    for name in names:
        lines.append(f"{name},{IDS[name]},县民政局,河湾村,队员,2024.06,2026.06")
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def roster_as_txt(path: Path) -> None:
    lines = ["\t".join(["姓名", "身份证号", "派出单位", "驻村名称", "驻村职务", "到村年月"])]
    for name in ("吴刚", "郑平"):
        lines.append("\t".join([name, IDS[name], "县交通局", "石门村", "队员", "2025.05"]))
    path.write_bytes("\r\n".join(lines).encode("gbk"))


def huge_declared_sheet(path: Path) -> None:
    """5 KB on disk; one cell at XFD1048576 makes a reader that fills the grid take gigabytes."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "村", "驻村职务"])
    sheet["XFD1048576"] = "x"
    book.save(path)


def decompression_bomb(path: Path, expanded_mib: int = 200) -> None:
    """A valid workbook whose sheet part is mostly whitespace: kilobytes that expand to hundreds of MiB."""
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号", "村", "驻村职务"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            data = source.read(item)
            if item.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(item, data)
                continue
            head, tail = data.split(b"</sheetData>", 1)
            with bomb.open(item.filename, "w", force_zip64=True) as part:
                part.write(head)
                filler = b" " * (1 << 20)
                for _ in range(expanded_mib):
                    part.write(filler)
                part.write(b"</sheetData>" + tail)
    plain.unlink()


def run_zhucun(home: Path, inbox: Path, *extra: str, **popen: object) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "integration-test-key"}
    return subprocess.run([str(ZHUCUN), "run", "--keep-files", "--inbox", str(inbox), "--run-date", RUN_DATE, *extra],
                          env=env, capture_output=True, text=True, timeout=600, **popen)


def query(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:  # read-only: fails if a run left it locked
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    root = tmp_path_factory.mktemp("county")
    inbox = root / "inbox"
    (inbox / "某县").mkdir(parents=True)
    current_round_roster(inbox / "某县" / "2024年驻村干部名册.xlsx")
    (inbox / f"花名册_联系人{PHONE_IN_NAME}.csv").write_bytes(plain_csv(["祁明", "赵敏"]))
    same = plain_csv(["钱进", "孙立"], encoding="gbk")
    (inbox / "名单.csv").write_bytes(same)
    (inbox / "名单(1).csv").write_bytes(same)
    roster_as_txt(inbox / "石门村名单.txt")
    huge_declared_sheet(inbox / "超大表.xlsx")
    decompression_bomb(inbox / "压缩包炸弹.xlsx")
    (inbox / "说明.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")  # a type zhucun does not read
    home = root / "home"
    first = run_zhucun(home, inbox)
    assert first.returncode == 0, first.stdout + first.stderr
    second = run_zhucun(home, inbox)
    return {"home": home, "inbox": inbox, "warehouse": home / "warehouse.duckdb", "first": first, "second": second}


def manifest(county) -> dict[str, tuple]:
    return {name: (status, error, retry) for name, status, error, retry in query(
        county["warehouse"], "select source_file, status, error, retry from meta.file_manifest")}


def test_every_clean_row_of_a_current_round_loads_and_planned_ends_are_marked(county) -> None:
    loaded = dict(query(county["warehouse"], """
        select cadre_name, end_date from raw.roster__assignments where source_file like '%名册.xlsx'
    """))
    assert loaded == {
        "马海龙": dt.date(2026, 12, 15), "阿依古丽·买买提": dt.date(2027, 8, 1), "韩英": dt.date(2027, 7, 1),
        "李华": dt.date(2027, 8, 1), "周强": dt.date(2027, 7, 31),
    }
    starts = dict(query(county["warehouse"], """
        select cadre_name, start_date from raw.roster__assignments where source_file like '%名册.xlsx'
    """))
    assert starts["韩英"] == dt.date(2025, 8, 1) and starts["李华"] == dt.date(2025, 8, 1)
    planned = query(county["warehouse"], """
        select count(*), count(*) filter (where fct.end_date_is_planned)
        from marts.fct_assignment as fct
        where fct.source = 'roster' and fct.source_file like '%名册.xlsx'
    """)
    assert planned == [(5, 5)]


def test_future_start_and_end_before_start_are_quarantined_with_their_reason(county) -> None:
    reasons = set(query(county["warehouse"], """
        select cadre_name, reason_code, column_name from quarantine.roster_rows where source_file like '%名册.xlsx'
    """))
    assert reasons == {("冶成", "date_future", "start_date"), ("沙玉", "end_before_start", "end_date")}


def test_no_source_column_disappears_without_being_named(county) -> None:
    mappings = {label: (mapped_to, matched_by) for label, mapped_to, matched_by in query(county["warehouse"], """
        select header_label, mapped_to, matched_by from meta.header_mappings where source_file like '%名册.xlsx'
    """)}
    assert mappings["进村时间"] == ("start_date", "parts")
    assert mappings["计划离村日期"] == ("end_date", "parts")
    assert mappings["籍贯"] == (None, None)
    assert "籍贯" in county["first"].stdout  # the summary names the unused column
    summary = json.loads(query(county["warehouse"], """
        select summary from meta.run_log where status = 'succeeded' order by started_at limit 1
    """)[0][0])
    notes = [note for f in summary["files"] for note in f["notes"]]
    assert any("籍贯" in note for note in notes)


def test_a_phone_in_a_file_name_is_masked_everywhere_and_publication_goes_on(county) -> None:
    names = manifest(county)
    [masked] = [name for name in names if name.startswith("花名册_联系人")]
    assert PHONE_IN_NAME not in masked and "139****4321" in masked
    assert names[masked][0] == "loaded"
    assert (county["home"] / "serve" / "zhucun.duckdb").exists()
    assert "published" in county["first"].stdout
    for database in (county["warehouse"], county["home"] / "serve" / "zhucun.duckdb"):
        with duckdb.connect(str(database), read_only=True) as con:
            assert [hit.describe() for hit in scan_for_clear_pii(con)] == []
    needles = [PHONE_IN_NAME, PHONE_IN_SHEET, *(phone.replace(" ", "").replace("-", "") for phone in PHONES), *PHONES,
               ID_X, ID_X.lower(), *IDS.values()]
    log = county["home"] / "logs" / "zhucun.log"
    assert log.stat().st_size > 0  # the log holds the run, and nothing personal
    for path in county["home"].rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            leaked = [needle for needle in needles if needle.encode() in data]
            assert not leaked, f"{path.relative_to(county['home'])} holds {len(leaked)} clear personal value(s)"


def test_the_same_bytes_under_two_names_load_once(county) -> None:
    names = manifest(county)
    assert "名单.csv" in names and "名单(1).csv" not in names
    counted = query(county["warehouse"], "select count(*) from raw.roster__assignments where cadre_name in ('钱进', '孙立')")
    assert counted == [(2,)]
    assert "same bytes as 名单.csv" in json.dumps(
        json.loads(query(county["warehouse"], "select summary from meta.run_log order by started_at limit 1")[0][0]),
        ensure_ascii=False)


def test_a_file_of_a_type_zhucun_does_not_read_is_rejected_and_publication_goes_on(county) -> None:
    status, error, _ = manifest(county)["说明.doc"]
    assert status == "rejected" and "unsupported file type .doc" in error
    kinds = query(county["warehouse"], "select kind from meta.file_manifest where source_file = '说明.doc'")
    assert kinds == [("other",)]  # not a kind the staging tests refuse, which would stop publication
    assert county["first"].returncode == 0 and "published" in county["first"].stdout


def test_a_roster_saved_as_txt_loads_as_a_roster(county) -> None:
    assert manifest(county)["石门村名单.txt"][0] == "loaded"
    assert query(county["warehouse"], """
        select count(*) from raw.roster__assignments where source_file = '石门村名单.txt'
    """) == [(2,)]


def test_the_bomb_and_the_huge_sheet_are_rejected_and_not_read_again(county) -> None:
    names = manifest(county)
    for name in ("超大表.xlsx", "压缩包炸弹.xlsx"):
        status, error, retry = names[name]
        assert status == "rejected" and retry is False, (name, error)
        assert "ZHUCUN_MAX_" in error  # says which limit, and so how to raise it
    second = county["second"]
    assert second.returncode == 0, second.stdout + second.stderr
    assert "set aside until changed 2" in second.stdout
    assert "loaded 0" in second.stdout


def test_sigterm_ends_a_run_within_seconds_and_the_next_run_marks_it_interrupted(county, tmp_path) -> None:
    home = tmp_path / "home"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(county["inbox"] / "名单.csv", inbox / "名单.csv")
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "integration-test-key"}
    process = subprocess.Popen([str(ZHUCUN), "run", "--keep-files", "--inbox", str(inbox)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = home / "logs" / "zhucun.log"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and "file 1/1" not in (log.read_text("utf-8") if log.exists() else ""):
        time.sleep(0.2)  # stop it in the middle of the night's work, once a file has been read
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=60)
    assert time.monotonic() - sent < 10, output
    assert process.returncode == 128 + signal.SIGTERM, output
    after = run_zhucun(home, inbox)
    assert after.returncode == 0, after.stdout + after.stderr
    statuses = [status for (status,) in query(home / "warehouse.duckdb",
                                              "select status from meta.run_log order by started_at")]
    assert statuses == ["interrupted", "succeeded"]
