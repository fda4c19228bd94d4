"""Operations on one home, with the real `zhucun` command: one load at a time, the archive, and reload.

A first load runs; a second that will not wait is turned away at once, naming the first; a third
that waits runs once the first is done and finds nothing left to do. Loaded files are then in
archive/<run date>/, rejected ones in rejected/ with their reason; a steward maps a header cell and
an operator reloads an archived roster: one run reads both, and nothing is loaded twice.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.rosters.id_numbers import check_digit

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "inbox"
ZHUCUN = Path(sys.executable).with_name("zhucun")
RUN_DATE = "2025-12-01"
EXIT_BUSY = 75

# A county's roster written for this test: its village column is headed by a word no alias or
# wording rule knows, so the file is rejected until a steward maps the cell.
UNKNOWN_HEADER = "帮扶点"
IDS = [first17 + check_digit(first17) for first17 in ("62112519800101003", "62112519850202005")]
OWN_ROSTER = (
    f"序号,姓名,性别,身份证号码,派出单位,驻村职务,县（市、区）,乡镇,{UNKNOWN_HEADER},任职时间\n"
    f"1,王建国,男,{IDS[0]},渭源县农业农村局,第一书记,渭源县,会川镇,青松村,2024-03-01\n"
    f"2,刘志强,男,{IDS[1]},渭源县交通运输局,队员,渭源县,会川镇,青松村,2024-03-01\n"
)


def _query(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def ops(tmp_path_factory):
    root = tmp_path_factory.mktemp("operations")
    inbox, home = root / "inbox", root / "home"
    for source, target in (("rosters/渭源县驻村干部花名册.csv", "渭源县/花名册.csv"),
                           ("reports/云冈区驻村工作.txt", "云冈区/工作报告.txt"),
                           ("broken/无法识别表头.csv", "broken/无法识别表头.csv")):
        (inbox / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / source, inbox / target)
    (inbox / "威宁县").mkdir()
    (inbox / "威宁县" / "名单.csv").write_text(OWN_ROSTER, encoding="utf-8")
    env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_INBOX": str(inbox), "ZHUCUN_RUN_DATE": RUN_DATE,
           "ZHUCUN_PII_KEY": "operations-test-key"}

    def zhucun(*args: str, **kwargs) -> subprocess.Popen:
        return subprocess.Popen([str(ZHUCUN), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, start_new_session=True, **kwargs)

    first = zhucun("run")
    lock = home / "warehouse.duckdb.lock"
    deadline = time.monotonic() + 300
    while not (lock.exists() and lock.read_text("utf-8")):
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the first run never took the writer lock"
        time.sleep(0.05)
    started = time.monotonic()
    impatient = zhucun("run", "--wait", "0")
    impatient_out = impatient.communicate(timeout=120)
    impatient_seconds = time.monotonic() - started
    patient = zhucun("run", "--wait", "600")
    first_out = first.communicate(timeout=600)
    patient_out = patient.communicate(timeout=600)
    return {
        "root": root, "inbox": inbox, "home": home, "env": env, "zhucun": zhucun,
        "warehouse": home / "warehouse.duckdb", "archive": home / "archive" / RUN_DATE,
        "first": (first.returncode, *first_out), "first_pid": first.pid,
        "impatient": (impatient.returncode, *impatient_out), "impatient_seconds": impatient_seconds,
        "patient": (patient.returncode, *patient_out),
    }


def test_a_second_load_that_will_not_wait_is_turned_away_at_once_naming_the_running_one(ops) -> None:
    code, out, err = ops["impatient"]
    assert code == EXIT_BUSY, out + err
    assert "is busy" in err and f"pid {ops['first_pid']}" in err and "--wait" in err
    # told before the flow starts (no flow run began), not after a load's worth of waiting; how many
    # seconds that takes depends on the machine's load, so it is not what is asserted
    assert "Beginning flow run" not in out + err and "temporary server" not in out + err
    assert ops["first"][0] == 0 and ops["impatient_seconds"] < 120


def test_a_second_load_that_waits_runs_after_the_first_and_loads_nothing_twice(ops) -> None:
    code, out, err = ops["first"]
    assert code == 0, out + err
    assert "files      seen 4, loaded 2, skipped as already loaded 0, rejected 2" in out
    code, out, err = ops["patient"]
    assert code == 0, out + err
    assert "files      seen 0, loaded 0" in out  # the first run left nothing to do in the inbox
    runs = _query(ops["warehouse"], "select status, started_at, finished_at from meta.run_log order by started_at")
    assert [status for status, _, _ in runs] == ["succeeded", "succeeded"]  # the impatient run wrote nothing
    assert runs[1][1] >= runs[0][2]  # one after the other, never both writing
    twice = _query(ops["warehouse"], """
        select file_id from meta.file_manifest where status = 'loaded' group by file_id having count(*) > 1
        union all
        select file_id from raw.roster__assignments group by file_id, sheet, row_number, role_code having count(*) > 1
    """)
    assert twice == []


def test_loaded_files_move_to_the_archive_and_rejected_ones_to_rejected_with_their_reason(ops) -> None:
    assert [p for p in ops["inbox"].rglob("*")] == []  # the inbox holds only what still needs doing
    assert (ops["archive"] / "渭源县" / "花名册.csv").read_bytes() == (SAMPLES / "rosters/渭源县驻村干部花名册.csv").read_bytes()
    assert (ops["archive"] / "云冈区" / "工作报告.txt").exists()
    rejected = ops["home"] / "rejected"
    for name in ("broken/无法识别表头.csv", "威宁县/名单.csv"):
        assert (rejected / name).exists(), name
        why = (rejected / f"{name}.why.txt").read_text("utf-8")
        assert name in why and "header" in why and "zhucun reload" in why


def test_a_header_decision_and_a_reload_put_files_back_through_the_load_once(ops) -> None:
    warehouse = ops["warehouse"]
    before = dict(_query(warehouse, "select source_file, count(*) from raw.roster__assignments group by 1"))
    decided = ops["zhucun"]("review", "correct", f"header:{UNKNOWN_HEADER}", "--field", "column", "--value",
                            "village", "--reviewer", "测试员")
    assert decided.wait(timeout=120) == 0, decided.communicate()
    archived = ops["archive"] / "渭源县" / "花名册.csv"
    reload = ops["zhucun"]("reload", str(archived))
    out, err = reload.communicate(timeout=600)
    assert reload.returncode == 0, out + err
    assert "back in the inbox: 渭源县/花名册.csv" in out
    # One run read the reloaded roster again and the rosters rejected for their header, back from
    # rejected/ since a header cell was mapped: one now loads, the other is still no roster.
    assert "files      seen 3, loaded 2, skipped as already loaded 0, rejected 1" in out, out
    after = dict(_query(warehouse, "select source_file, count(*) from raw.roster__assignments group by 1"))
    assert after["渭源县/花名册.csv"] == before["渭源县/花名册.csv"]  # its rows replaced, not added again
    assert after["威宁县/名单.csv"] == 2 and "威宁县/名单.csv" not in before
    assert _query(warehouse, "select count(*) from meta.reload_requests where done_run_id is null") == [(0,)]
    assert archived.exists() and (ops["archive"] / "威宁县" / "名单.csv").exists()
    assert not (ops["home"] / "rejected" / "威宁县").exists()
    assert (ops["home"] / "rejected" / "broken" / "无法识别表头.csv").exists()  # still no roster: stays set aside


HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from flows.warehouse.writer_lock import single_writer
with single_writer(Path(sys.argv[1]), "a reload that never ends", 0):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_load_that_waited_its_time_in_the_flow_gives_up_with_75_and_writes_nothing(tmp_path) -> None:
    """The path a scheduled run takes (it is not the command line's quick refusal): the flow waits for
    the lock, then ends Failed as busy, without a run log row or a moved file."""
    home, inbox = tmp_path / "home", tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "名单.csv").write_text(OWN_ROSTER, encoding="utf-8")
    warehouse = home / "warehouse.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, str(warehouse)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        env = {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": "operations-test-key"}
        result = subprocess.run([str(ZHUCUN), "run", "--inbox", str(inbox), "--wait", "2"], env=env,
                                capture_output=True, text=True, timeout=300)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == EXIT_BUSY, result.stdout + result.stderr
    assert "a reload that never ends" in result.stderr and "waited 2 s" in result.stderr
    assert (inbox / "名单.csv").exists()  # nothing filed away
    assert not warehouse.exists()  # not even the run log was written
