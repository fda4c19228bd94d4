"""A real `zhucun run` killed with SIGKILL at four points, and BI readers querying the served copy
while nights load.

Chain (one home): kill mid-file → re-run killed mid-checks → re-run killed mid-dbt → re-run killed
mid-publish → clean re-run. Each kill is SIGKILL to the run's whole process group (dbt and Prefect's
server die too, as in a power cut), at a point read from what an operator sees: the run log, the dbt
child in /proc, dbt's log, the staging file in serve/.

Reference (another home, at the same time): one clean load of the same inbox, key and run date, then
a second night where a roster changed. While both nights run, one reader process queries the served
file and Parquet files in a loop, and another keeps one connection open across the second publish.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb

from sample_edits import roster_without_one_cadre

REPO = Path(__file__).resolve().parents[2]
ZHUCUN = Path(sys.executable).with_name("zhucun")
PII_KEY = "crash-test-key"
# A past night: a replay, where the cadre night 2 drops must end on the run date, not on the day of the test.
RUN_DATE = "2025-10-15"
SERVED = "zhucun.duckdb"
CHANGED_ROSTER = Path("rosters") / "渭源县驻村干部花名册.csv"
LOAD_TIMES = {"loaded_at", "valid_from", "valid_to"}  # warehouse load times: differ between any two loads
POLL = 0.015  # seconds between looks at the run
# One reader iteration takes ~0.1 s of work. Time spent waiting for a CPU (this machine may be busy)
# is left out; what remains includes any wait on a lock or on I/O.
LOCK_WAIT_BOUND = 2.0
READER_CONFIG = {"threads": 1}  # all the reader's work on its main thread, whose CPU waits the kernel counts


# --- what BI readers see (also run as a separate process: `python this_file.py loop|hold ...`) ---

def marts_state(con: duckdb.DuckDBPyConnection) -> dict[str, list[int]]:
    """Rows and a content hash of every marts table: equal states, equal marts."""
    tables = [name for (name,) in con.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
    return {table: list(con.execute(f"select count(*), coalesce(sum(hash(t)), 0) from marts.{table} as t").fetchone())
            for table in tables}


def parquet_state(parquet_dir: Path) -> dict[str, list[int]]:
    con = duckdb.connect(config=READER_CONFIG)
    try:
        files = [Path(name) for (name,) in con.execute(
            f"select file from glob('{parquet_dir}/*.parquet') order by 1").fetchall()]
        if not files:
            raise FileNotFoundError(f"no Parquet file in {parquet_dir}")
        return {path.stem: list(con.execute(
            f"select count(*), coalesce(sum(hash(t)), 0) from read_parquet('{path}') as t").fetchone())
            for path in files}
    finally:
        con.close()


def _cpu_queue_seconds() -> float:
    """How long this thread has waited to be given a CPU (Linux schedstat)."""
    return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e9


def _reader_loop(serve: Path, out: Path, stop: Path) -> None:
    """Connect read-only, read every mart, close; read the Parquet files; again, until `stop` exists."""
    report = {"iterations": 0, "absent": 0, "max_seconds": 0.0, "max_seconds_not_queued": 0.0, "errors": [],
              "straddled": [], "emptied": [], "states": [], "parquet_states": []}
    non_empty: set[str] = set()
    while not stop.exists():
        if not (serve / SERVED).exists():  # nothing published yet (first night)
            report["absent"] += 1
            time.sleep(0.02)
            continue
        started, queued = time.monotonic(), _cpu_queue_seconds()
        folder_before = None
        try:
            con = duckdb.connect(str(serve / SERVED), read_only=True, config=READER_CONFIG)
            try:
                state = marts_state(con)
            finally:
                con.close()
            folder_before = (serve / "parquet").stat().st_ino
            files = parquet_state(serve / "parquet")
        except Exception as exc:  # noqa: BLE001 - every error is what the test looks for
            message = f"{type(exc).__name__}: {exc}"[:300]
            # DuckDB opens a Parquet file twice in one query (footer, then data): a query whose two
            # opens fall either side of the folder's swap fails. That window is the reader's, and
            # only a swap opens it; any other error is ours.
            if folder_before is not None and (serve / "parquet").stat().st_ino != folder_before:
                report["straddled"].append(message)
            else:
                report["errors"].append(message)
            continue
        finally:
            elapsed = time.monotonic() - started
            report["max_seconds"] = max(report["max_seconds"], elapsed)
            report["max_seconds_not_queued"] = max(report["max_seconds_not_queued"],
                                                   elapsed - (_cpu_queue_seconds() - queued))
            report["iterations"] += 1
        for source, seen in (("db", state), ("parquet", files)):
            for table, (rows, _) in seen.items():
                if rows:
                    non_empty.add(f"{source}:{table}")
                elif f"{source}:{table}" in non_empty:
                    report["emptied"].append(f"{source}:{table}")
        for key, value in (("states", state), ("parquet_states", files)):
            if not report[key] or report[key][-1] != value:
                report[key].append(value)
        time.sleep(0.05)  # leave the CPU to the load
    out.write_text(json.dumps(report), "utf-8")


def _reader_hold(serve: Path, out: Path, stop: Path, ready: Path) -> None:
    """One connection kept open while a night publishes; then a new connection."""
    con = duckdb.connect(str(serve / SERVED), read_only=True)
    held = [marts_state(con)]
    ready.touch()
    while not stop.exists():
        state = marts_state(con)
        if state != held[-1]:
            held.append(state)
        time.sleep(0.5)
    if marts_state(con) != held[-1]:
        held.append(marts_state(con))
    con.close()
    con = duckdb.connect(str(serve / SERVED), read_only=True)
    try:
        out.write_text(json.dumps({"held": held, "reconnected": marts_state(con)}), "utf-8")
    finally:
        con.close()


class Reader:
    """A reader in its own process; stop() returns what it saw."""

    def __init__(self, mode: str, serve: Path, work: Path) -> None:
        work.mkdir(parents=True, exist_ok=True)
        self.out, self.stop_file, self.ready = work / "out.json", work / "stop", work / "ready"
        self.process = subprocess.Popen([sys.executable, __file__, mode, str(serve), str(self.out),
                                         str(self.stop_file), str(self.ready)])
        if mode == "hold":
            deadline = time.monotonic() + 60
            while not self.ready.exists():
                assert self.process.poll() is None and time.monotonic() < deadline, "the holding reader did not connect"
                time.sleep(0.05)

    def stop(self) -> dict:
        self.stop_file.touch()
        try:
            self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        assert self.process.returncode == 0, "the reader process failed"
        return json.loads(self.out.read_text("utf-8"))


# --- the warehouse and the served files, as the assertions read them ---

def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)  # fails while a (dead or live) run holds the lock


def rows_per_file(warehouse: Path) -> dict[tuple[str, str], int]:
    """(schema.table, source file) → rows, for every raw and quarantine table."""
    con = _connect(warehouse)
    try:
        tables = [name for (name,) in con.execute("""
            select table_schema || '.' || table_name from information_schema.columns
            where table_schema in ('raw', 'quarantine') and column_name = 'source_file' order by 1""").fetchall()]
        return {(table, file): rows for table in tables
                for file, rows in con.execute(f"select source_file, count(*) from {table} group by 1").fetchall()}
    finally:
        con.close()


def manifest(warehouse: Path) -> list[tuple]:
    con = _connect(warehouse)
    try:
        return con.execute("""
            select source_file, file_id, status, rows_loaded, rows_quarantined from meta.file_manifest order by 1, 2
        """).fetchall()
    finally:
        con.close()


def run_statuses(warehouse: Path) -> dict[str, str]:
    con = _connect(warehouse)
    try:
        return dict(con.execute("select run_id, status from meta.run_log").fetchall())
    finally:
        con.close()


def dbt_leftovers(warehouse: Path) -> list[str]:
    con = _connect(warehouse)
    try:
        return [name for (name,) in con.execute("""
            select schema_name || '.' || table_name from duckdb_tables()
            where table_name like '%\\_\\_dbt\\_%' escape '\\'
            union all
            select schema_name || '.' || view_name from duckdb_views()
            where view_name like '%\\_\\_dbt\\_%' escape '\\'
        """).fetchall()]
    finally:
        con.close()


def comparable_marts(served: Path) -> dict[str, str]:
    """A digest of every marts table, load times left out and cadre keys (built from a load time)
    read as cadre id and version number: what two loads of the same inbox must agree on."""
    con = _connect(served)
    try:
        digests = {}
        for (table,) in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall():
            columns = [name for (name,) in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ?"
                " order by ordinal_position", [table]).fetchall()]
            kept = ["version.label" if c == "cadre_key" else f't."{c}"' for c in columns if c not in LOAD_TIMES]
            join = "left join version on version.cadre_key = t.cadre_key" if "cadre_key" in columns else ""
            digests[table] = con.execute(f"""
                with version as (
                    select cadre_key, cadre_id || '#' || row_number() over (partition by cadre_id order by valid_from)
                        as label
                    from marts.dim_cadre
                ),
                lines as (select cast(row({', '.join(kept)}) as varchar) as line from marts.{table} as t {join})
                select count(*) || ':' || coalesce(md5(string_agg(line, '|' order by line)), '') from lines
            """).fetchone()[0]
        return digests
    finally:
        con.close()


def served_bytes(home: Path) -> dict[str, str]:
    """sha256 of every file at a served path; {} when nothing is published."""
    serve = home / "serve"
    files = [serve / SERVED, *sorted((serve / "parquet").glob("*.parquet"))]
    return {str(path.relative_to(serve)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in files if path.exists()}


def serve_leftovers(home: Path) -> list[str]:
    serve = home / "serve"
    return sorted(p.name for p in serve.iterdir() if p.name not in {SERVED, "parquet"}) if serve.exists() else []


# --- running and killing `zhucun run` ---

def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "ZHUCUN_HOME": str(home), "ZHUCUN_PII_KEY": PII_KEY}


def run_to_end(home: Path, inbox: Path) -> str:
    done = subprocess.run([str(ZHUCUN), "run", "--inbox", str(inbox), "--run-date", RUN_DATE], env=_env(home),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def _tail(path: Path, offset: int) -> str:
    if not path.exists():
        return ""
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.read().decode("utf-8", "replace")


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def processes_of(home: Path) -> list[str]:
    """Live processes started for `home` (their environment names it): none may outlive a kill."""
    marker = f"ZHUCUN_HOME={home}\0".encode()
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if marker in (entry / "environ").read_bytes() and " Z " not in (entry / "stat").read_text():
                found.append(f"{entry.name}: {_cmdline(int(entry.name))[:120]}")
        except OSError:
            continue
    return found


def kill_run_when(home: Path, inbox: Path, point: str) -> str:
    """Start `zhucun run`, SIGKILL its process group at `point`; returns what the run log showed."""
    from flows.interrupt import descendants

    log, dbt_log = home / "logs" / "zhucun.log", home / "dbt" / "logs" / "dbt.log"
    log_from, dbt_from = _size(log), _size(dbt_log)
    building = home / "serve" / f".{SERVED}.building"

    def reached(pid: int) -> bool:
        text = _tail(log, log_from)
        if point == "mid-file":
            positions = [(int(k), int(n)) for k, n in re.findall(r" file (\d+)/(\d+): ", text)]
            return any(k > 1 and k >= 2 * n // 3 for k, n in positions)
        if point == "mid-checks":
            return "stage: batch checks" in text
        if point == "mid-dbt":
            dbt_running = any(re.search(r"/dbt build\b", _cmdline(child)) for child in descendants(pid))
            return dbt_running and "OK snapshotted" in _tail(dbt_log, dbt_from)
        if point == "mid-publish":
            return building.exists()
        raise ValueError(point)

    output = home.parent / f"{home.name}-{point}.out"
    with output.open("w") as sink:
        process = subprocess.Popen([str(ZHUCUN), "run", "--inbox", str(inbox), "--run-date", RUN_DATE],
                                   env=_env(home), stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 600
    try:
        while not reached(process.pid):
            assert process.poll() is None, f"the run ended before {point}:\n{output.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"{point} not reached in 10 minutes"
            time.sleep(POLL)
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while processes_of(home) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_of(home) == [], f"processes of the killed run live on after {point}"
    return _tail(log, log_from)


# --- the reference home: two clean nights with readers, in a thread beside the chain ---

def changed_roster_bytes() -> bytes:
    """The county re-sends its roster without its last cadre (a row loaded without remarks)."""
    return roster_without_one_cadre((REPO / "samples" / "inbox" / CHANGED_ROSTER).read_bytes(), CHANGED_ROSTER.name)


class ReferenceNights(threading.Thread):
    """Night 1 (clean load) and night 2 (a roster changed) on their own home, each watched by readers."""

    def __init__(self, root: Path) -> None:
        super().__init__(daemon=True)
        self.root, self.home, self.inbox = root, root / "reference", root / "reference-inbox"
        shutil.copytree(REPO / "samples" / "inbox", self.inbox)
        self.night1_done = threading.Event()
        self.results: dict[str, object] = {}
        self.failure: BaseException | None = None
        self.seconds: dict[str, float] = {}

    def run(self) -> None:
        readers: list[Reader] = []
        try:
            serve, warehouse = self.home / "serve", self.home / "warehouse.duckdb"
            started = time.monotonic()
            loop = Reader("loop", serve, self.root / "reader-night1")
            readers.append(loop)
            run_to_end(self.home, self.inbox)
            self.results["loop1"] = loop.stop()
            self.results["night1"] = {
                "rows": rows_per_file(warehouse), "manifest": manifest(warehouse),
                "marts": comparable_marts(serve / SERVED), "served": served_bytes(self.home),
                "state": self._state(serve), "parquet": parquet_state(serve / "parquet"),
            }
            self.seconds["night 1"] = time.monotonic() - started
            self.night1_done.set()

            started = time.monotonic()
            (self.inbox / CHANGED_ROSTER).parent.mkdir(parents=True, exist_ok=True)
            (self.inbox / CHANGED_ROSTER).write_bytes(changed_roster_bytes())
            hold = Reader("hold", serve, self.root / "reader-hold")
            readers.append(hold)
            loop = Reader("loop", serve, self.root / "reader-night2")
            readers.append(loop)
            self.results["night2_out"] = run_to_end(self.home, self.inbox)
            self.results["loop2"] = loop.stop()
            self.results["hold"] = hold.stop()
            self.results["night2"] = {"state": self._state(serve), "parquet": parquet_state(serve / "parquet")}
            self.seconds["night 2"] = time.monotonic() - started
        except BaseException as exc:  # noqa: BLE001 - handed to the test that waits
            self.failure = exc
        finally:
            for reader in readers:
                if reader.process.poll() is None:
                    reader.process.kill()
                    reader.process.wait()
            self.night1_done.set()

    @staticmethod
    def _state(serve: Path) -> dict:
        con = duckdb.connect(str(serve / SERVED), read_only=True)
        try:
            return marts_state(con)
        finally:
            con.close()

    def night1(self) -> dict:
        assert self.night1_done.wait(900), "the reference night did not finish"
        if "night1" not in self.results:
            raise AssertionError("the reference night failed") from self.failure
        return self.results["night1"]

    def both_nights(self) -> dict:
        self.join(900)
        assert not self.is_alive(), "the reference nights did not finish"
        if self.failure:
            raise self.failure
        return self.results


if __name__ == "__main__":
    mode, serve_dir, out_file, stop_file, ready_file = sys.argv[1:6]
    if mode == "loop":
        _reader_loop(Path(serve_dir), Path(out_file), Path(stop_file))
    else:
        _reader_hold(Path(serve_dir), Path(out_file), Path(stop_file), Path(ready_file))
    sys.exit(0)

import pytest  # noqa: E402 - the reader processes above run without pytest

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    nights = ReferenceNights(tmp_path_factory.mktemp("crash"))
    nights.start()
    yield nights
    nights.join(900)


def test_kills_at_four_stages_leave_no_double_load_no_partial_publish_and_the_next_run_finishes_the_night(
        reference, tmp_path) -> None:
    home, inbox = tmp_path / "home", tmp_path / "inbox"
    shutil.copytree(REPO / "samples" / "inbox", inbox)  # once: archiving may move loaded files out
    warehouse = home / "warehouse.duckdb"
    started = time.monotonic()
    seen_rows: list[tuple[str, dict[str, int]]] = []
    killed: list[str] = []
    published: dict[str, str] = {}  # nothing published before the chain's first complete night
    for point in ("mid-file", "mid-checks", "mid-dbt", "mid-publish"):
        log = kill_run_when(home, inbox, point)
        # the kill landed in the stage it was meant for
        stages = ["stage: batch checks", "stage: dbt build", "stage: publish", "SUCCEEDED"]
        expected = {"mid-file": 0, "mid-checks": 1, "mid-dbt": 2, "mid-publish": 3}[point]
        assert [stage in log for stage in stages] == [True] * expected + [False] * (4 - expected), f"{point}: {log}"
        if point == "mid-file":
            assert re.search(r" file (\d+)/\1: ", log) is None, "the kill came after the last file"
        statuses = run_statuses(warehouse)  # opens: no lock is left behind
        running = [run_id for run_id, status in statuses.items() if status == "running"]
        assert len(running) == 1, f"{point}: {statuses}"
        assert all(statuses[run_id] == "interrupted" for run_id in killed), f"{point}: {statuses}"
        killed.append(running[0])
        entries = manifest(warehouse)
        loaded = [(file, file_id) for file, file_id, status, *_ in entries if status == "loaded"]
        assert len(loaded) == len(set(loaded)) and len({f for f, _ in loaded}) == len(loaded), f"{point}: {entries}"
        rows = rows_per_file(warehouse)
        assert {file for _, file in rows} <= {file for file, _ in loaded} | {
            file for file, _, status, *_ in entries if status == "rejected"}, f"{point}: rows of a file not recorded"
        seen_rows.append((point, rows))
        print(f"\n{point}: {len(loaded)} files loaded, dbt relations left: {dbt_leftovers(warehouse)}")
        assert served_bytes(home) == published, f"{point}: something else than the last published set is served"
    assert (home / "serve" / f".{SERVED}.building").exists(), "the mid-publish kill found no staging file to leave"

    last = run_to_end(home, inbox)
    assert "SUCCEEDED" in last
    statuses = run_statuses(warehouse)
    assert [statuses[run_id] for run_id in killed] == ["interrupted"] * 4
    assert sorted(statuses.values()) == ["interrupted"] * 4 + ["succeeded"]
    assert serve_leftovers(home) == []
    assert dbt_leftovers(warehouse) == []
    assert not list(home.glob("*.wal")), "the warehouse was left with a write-ahead log"
    chain_seconds = time.monotonic() - started

    clean = reference.night1()
    for point, rows in seen_rows:
        differ = {key: (count, clean["rows"].get(key)) for key, count in rows.items() if clean["rows"].get(key) != count}
        assert differ == {}, f"after the {point} kill, rows per file differ from one clean load: {differ}"
    assert rows_per_file(warehouse) == clean["rows"]
    assert manifest(warehouse) == clean["manifest"]
    assert comparable_marts(home / "serve" / SERVED) == clean["marts"]
    print(f"\nchain of four kills and a clean run: {chain_seconds:.0f} s")


def test_a_bi_reader_looping_through_two_nights_sees_no_error_no_lock_wait_and_never_an_empty_mart(reference) -> None:
    results = reference.both_nights()
    night1, night2 = results["night1"], results["night2"]
    assert "loaded 1," in results["night2_out"]  # the changed roster: marts rebuilt and republished
    assert night1["state"] != night2["state"] and night1["parquet"] != night2["parquet"]
    for name, expected_states, expected_parquet in (
            ("loop1", [night1["state"]], [night1["parquet"]]),
            ("loop2", [night1["state"], night2["state"]], [night1["parquet"], night2["parquet"]])):
        loop = results[name]
        assert loop["errors"] == [], f"{name}: {loop['errors'][:5]}"
        # at most one Parquet read per swap can straddle it, and night 1 has no folder to swap out
        assert len(loop["straddled"]) <= (0 if name == "loop1" else 1), f"{name}: {loop['straddled']}"
        assert loop["emptied"] == [], f"{name}: a mart was seen empty after it had rows: {loop['emptied']}"
        assert loop["max_seconds_not_queued"] < LOCK_WAIT_BOUND, (
            f"{name}: one read took {loop['max_seconds_not_queued']:.2f} s besides waiting for a CPU")
        assert loop["max_seconds"] < 20, f"{name}: one read took {loop['max_seconds']:.2f} s"
        # only whole published sets, in order: nothing half-published, and the loop overlapped the publish
        assert loop["states"] == expected_states, f"{name}: {len(loop['states'])} states seen"
        assert loop["parquet_states"] == expected_parquet, f"{name}: {len(loop['parquet_states'])} Parquet states"
    assert results["loop1"]["absent"] > 0 and results["loop2"]["absent"] == 0
    print(f"\nreader iterations: night 1 {results['loop1']['iterations']}, night 2 {results['loop2']['iterations']};"
          f" slowest {max(results['loop1']['max_seconds'], results['loop2']['max_seconds']):.3f} s"
          f" ({max(results['loop1']['max_seconds_not_queued'], results['loop2']['max_seconds_not_queued']):.3f} s"
          " not waiting for a CPU);"
          f" reference nights {', '.join(f'{k} {v:.0f} s' for k, v in reference.seconds.items())}")


def test_a_connection_kept_open_across_a_publish_keeps_the_night_it_opened(reference) -> None:
    results = reference.both_nights()
    hold = results["hold"]
    assert hold["held"] == [results["night1"]["state"]]
    assert hold["reconnected"] == results["night2"]["state"]
