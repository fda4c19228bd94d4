"""The scheduled load as an operator runs it: a real Prefect server on loopback (`zhucun server`),
the nightly flow served as a deployment with its cron schedule (`zhucun serve`), a run triggered by
hand with Prefect's own CLI, and its artifact, logs and rows read back. One server and one serving
process are shared by the module; every process group is killed in teardown.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zoneinfo
from pathlib import Path

import duckdb
import pytest

from flows.quality.pii_scan import clear_numbers_in_text
from services import NO_PROXY, Service, answers, api, clean_env, free_port, start_prefect_server

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
EXPECTED = {f["file"]: f for f in json.loads((REPO / "samples" / "expected_rosters.json").read_text("utf-8"))["files"]}
ROSTERS = ["云冈区驻村第一书记和工作队员花名册.xlsx", "威宁县驻村工作队员信息表.csv"]
REPORT = "云冈区驻村工作.txt"
LATE_ROSTER = "光山县驻村第一书记及工作队员名单.xlsx"  # dropped before the run the signal stops
DEPLOYMENT = "zhucun-nightly/nightly"


def trigger(root: Path, base: str) -> str:
    """Run the deployment now, as the README says, with Prefect's CLI; the flow run's id."""
    triggered = subprocess.run(
        [str(BIN / "prefect"), "deployment", "run", DEPLOYMENT],
        env=clean_env(PREFECT_API_URL=base, PREFECT_HOME=str(root / "cli"), DO_NOT_TRACK="1"),
        capture_output=True, text=True, timeout=120,
    )
    assert triggered.returncode == 0, triggered.stdout + triggered.stderr
    return re.search(r"UUID: ([0-9a-f-]{36})", triggered.stdout).group(1)


def group_members(group: int) -> list[int]:
    """Live processes of a process group (from /proc), zombies left out."""
    members = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(entry.name))
    return members


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("schedule")


@pytest.fixture(scope="module")
def server(root):
    # Its own server, not the session's shared one: the last test stops it as an operator would.
    # The scheduler fills the next runs of a new deployment within seconds.
    service, base = start_prefect_server("server", BIN / "zhucun", root,
                                         PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="5")
    try:
        yield {"base": base, "port": int(base.split(":")[2].split("/")[0]), "service": service}
    finally:
        service.kill_group()


@pytest.fixture(scope="module")
def serving(root, server):
    inbox = root / "inbox"
    inbox.mkdir()
    for name in ROSTERS:
        shutil.copy(REPO / "samples" / "inbox" / "rosters" / name, inbox / name)
    shutil.copy(REPO / "samples" / "inbox" / "reports" / REPORT, inbox / REPORT)
    service = Service("serve", [str(BIN / "zhucun"), "serve", "--api-url", server["base"]],
                      clean_env(ZHUCUN_HOME=str(root / "home"), ZHUCUN_INBOX=str(inbox),
                                ZHUCUN_PII_KEY="schedule-test-key",
                                # It looks for due runs every 10 s; the test's run is due at once.
                                PREFECT_RUNNER_POLL_FREQUENCY="2"),
                      root)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert service.process.poll() is None, f"zhucun serve exited:\n{service.tail()}"
            try:
                deployment = api(server["base"], f"/deployments/name/{DEPLOYMENT}")
                break
            except urllib.error.HTTPError as exc:
                assert exc.code == 404 and time.monotonic() < deadline, f"no deployment:\n{service.tail()}"
            time.sleep(0.5)
        yield {"deployment": deployment, "service": service, "home": root / "home"}
    finally:
        service.kill_group()


@pytest.fixture(scope="module")
def flow_run(root, server, serving) -> dict:
    """A run triggered by hand, followed until it ends."""
    run_id = trigger(root, server["base"])
    deadline = time.monotonic() + 300
    while True:
        run = api(server["base"], f"/flow_runs/{run_id}")
        if run["state_type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return run
        assert time.monotonic() < deadline, f"run still {run['state_type']} after 300 s:\n{serving['service'].tail()}"
        time.sleep(1)


def test_serve_without_a_server_exits_2_saying_to_start_it(tmp_path) -> None:
    api_url = f"http://127.0.0.1:{free_port()}/api"  # nothing listens there
    result = subprocess.run([str(BIN / "zhucun"), "serve", "--api-url", api_url],
                            env=clean_env(ZHUCUN_HOME=str(tmp_path / "home")), cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"no Prefect server answers at {api_url}" in result.stderr
    assert "zhucun server" in result.stderr


def test_a_second_server_on_a_taken_port_exits_2(root, server) -> None:
    result = subprocess.run([str(BIN / "zhucun"), "server", "--port", str(server["port"])],
                            env=clean_env(ZHUCUN_HOME=str(root / "other")), cwd=root,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"port {server['port']} on 127.0.0.1 is taken" in result.stderr
    assert answers(server["base"])  # the first one is untouched


def test_the_server_serves_its_ui_with_analytics_off(server) -> None:
    origin = server["base"].removesuffix("/api")
    with NO_PROXY.open(urllib.request.Request(f"{origin}/", headers={"Accept": "text/html"}), timeout=10) as page:
        assert "<title>Prefect Server</title>" in page.read().decode()
    ui_settings = api(origin, "/ui-settings")
    assert ui_settings["api_url"] == server["base"]  # the page calls this server, not port 4200
    assert api(server["base"], "/admin/settings")["server"]["analytics_enabled"] is False


def test_the_deployment_runs_at_two_every_night_in_shanghai(server, serving) -> None:
    deployment = serving["deployment"]
    assert deployment["paused"] is False
    assert deployment["parameters"] == {}
    [schedule] = deployment["schedules"]
    assert schedule["active"] is True
    assert schedule["schedule"]["cron"] == "0 2 * * *"
    assert schedule["schedule"]["timezone"] == "Asia/Shanghai"
    # The server's scheduler (what an ephemeral server lacks) has put the next nights on the calendar.
    shanghai = zoneinfo.ZoneInfo("Asia/Shanghai")
    deadline = time.monotonic() + 60
    while True:
        upcoming = api(server["base"], "/flow_runs/filter", {
            "deployments": {"id": {"any_": [deployment["id"]]}},
            "flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}},
        })
        if upcoming or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert upcoming, "the server scheduled no run"
    starts = [dt.datetime.fromisoformat(run["expected_start_time"]).astimezone(shanghai) for run in upcoming]
    assert all((start.hour, start.minute) == (2, 0) for start in starts), starts
    assert len({start.date() for start in starts}) == len(starts)  # one a night


def test_a_run_triggered_by_hand_completes_with_its_artifact(server, flow_run) -> None:
    assert flow_run["state_type"] == "COMPLETED", flow_run["state"]
    assert flow_run["name"].startswith("nightly-")
    [artifact] = api(server["base"], "/artifacts/filter", {
        "artifacts": {"key": {"any_": ["zhucun-nightly-summary"]}, "flow_run_id": {"any_": [flow_run["id"]]}},
    })
    summary = artifact["data"]
    assert f"`{flow_run['id']}`: succeeded" in summary
    for name in [*ROSTERS, REPORT]:
        assert re.search(rf"^\| {re.escape(name)} \| (roster|report) \| loaded \| [1-9]", summary, re.M), name


def test_the_run_loaded_the_inbox_into_the_warehouse(serving, flow_run) -> None:
    con = duckdb.connect(str(serving["home"] / "warehouse.duckdb"), read_only=True)  # fails if left locked
    try:
        rows = dict(con.execute(
            "select source_file, count(*) from raw.roster__assignments where run_id = ? group by 1",
            [flow_run["id"]]).fetchall())
        facts = con.execute("select count(*) from raw.report__facts where source_file = ?", [REPORT]).fetchone()[0]
        status = con.execute("select status from meta.run_log where run_id = ?", [flow_run["id"]]).fetchall()
    finally:
        con.close()
    assert rows == {name: EXPECTED[name]["assignment_rows"] for name in ROSTERS}
    assert facts > 0
    assert status == [("succeeded",)]
    assert (serving["home"] / "serve" / "zhucun.duckdb").exists()  # published for BI


def test_the_run_log_is_in_prefect_and_in_the_log_file_masked(server, serving, flow_run) -> None:
    def run_log() -> str:
        logs: list[dict] = []
        while True:  # the API gives at most 200 lines a call: page through the whole run
            page = api(server["base"], "/logs/filter", {"logs": {"flow_run_id": {"any_": [flow_run["id"]]}},
                                                         "sort": "TIMESTAMP_ASC", "limit": 200, "offset": len(logs)})
            logs += page
            if len(page) < 200:
                return "\n".join(line["message"] for line in logs)

    # The run's process ships its last lines in a batch that may land just after the run is Completed.
    deadline = time.monotonic() + 60
    while "SUCCEEDED" not in (text := run_log()) and time.monotonic() < deadline:
        time.sleep(1)
    assert "3 files, 0 already loaded" in text
    assert "SUCCEEDED" in text
    log_file = (serving["home"] / "logs" / "zhucun.log").read_text("utf-8")
    assert f"zhucun run {flow_run['id']}: SUCCEEDED" in log_file
    assert not clear_numbers_in_text(text + log_file)


def test_sigterm_stops_serve_and_its_run_in_progress_then_the_server(root, server, serving, flow_run) -> None:
    base, service = server["base"], serving["service"]
    deployment_id = serving["deployment"]["id"]
    # a new county's file, so that the run has a file to load and marts to build while it is stopped (a night
    # with nothing new ends in about a second on a fast machine: it would complete before the signal)
    shutil.copy(REPO / "samples" / "inbox" / "rosters" / LATE_ROSTER, root / "inbox" / LATE_ROSTER)
    run_id = api(base, f"/deployments/{deployment_id}/create_flow_run", {})["id"]  # as the UI's Run button does
    deadline = time.monotonic() + 120
    while api(base, f"/flow_runs/{run_id}")["state_type"] != "RUNNING":
        assert time.monotonic() < deadline, f"second run never started:\n{service.tail()}"
        time.sleep(0.5)
    started = time.monotonic()
    assert service.terminate() == 0, service.tail()  # the serving process only, as `kill PID` does
    assert time.monotonic() - started < 30
    assert group_members(service.process.pid) == []  # the run's process and dbt are gone too
    assert api(base, f"/flow_runs/{run_id}")["state_type"] == "CRASHED"  # not shown running for ever
    assert api(base, f"/deployments/name/{DEPLOYMENT}")["paused"] is True  # no runs pile up as Late
    server["service"].terminate()
    assert not answers(base)
