"""The `zhucun` command line."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from flows.runtime_env import prepare_environment

# Exit status of a run or reload that found another writer holding the warehouse (EX_TEMPFAIL):
# nothing was changed, try again later.
EXIT_BUSY = 75


def _home() -> Path:
    return Path(os.environ.get("ZHUCUN_HOME") or Path.cwd() / ".zhucun").resolve()


def _run_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def cmd_run(args: argparse.Namespace) -> int:
    from flows.settings import Settings  # after prepare_environment

    settings = Settings()
    inbox = args.inbox
    if args.demo:
        if inbox:
            print("zhucun run: give either --demo or --inbox, not both", file=sys.stderr)
            return 2
        inbox = settings.samples_dir / "inbox"
    inbox_path = Path(inbox).resolve() if inbox else settings.inbox_dir
    if not inbox_path.is_dir():
        print(f"zhucun run: inbox {inbox_path} is not a folder; pass --inbox DIR, --demo, or set ZHUCUN_INBOX",
              file=sys.stderr)
        return 2
    warehouse = _warehouse_path(args)
    run_date = (args.run_date or settings.today).isoformat()
    from flows.warehouse.writer_lock import WarehouseBusy, busy_holder

    wait = settings.lock_wait_seconds if args.wait is None else args.wait
    holder = busy_holder(warehouse) if wait <= 0 else None
    if holder is not None:  # not willing to wait: say so before Prefect even starts
        print(f"zhucun run: {WarehouseBusy(warehouse, holder, 0)}", file=sys.stderr)
        return EXIT_BUSY
    from flows.early_server import ServerDidNotStart, start_early
    from flows.interrupt import stop_promptly_on_sigterm

    # From here on a SIGTERM also stops the server started next (the flow re-arms it over Prefect's own).
    stop_promptly_on_sigterm()
    server = start_early()  # Prefect's temporary server starts while the rest is imported
    from flows.run_logging import attach_file_log, install_masking

    install_masking()
    from flows.nightly import nightly  # imports Prefect, so only after the environment is set
    from flows.run_summary import RunSummary

    attach_file_log(settings.home)  # after Prefect's import, which configures logging
    # The demo reads the repository's samples in place: they are never moved to the archive.
    archive = not (args.demo or args.keep_files)
    from flows.fan_out import FanOutConfig, task_runner

    try:
        fan_out = FanOutConfig.from_environment()
    except ValueError as exc:
        print(f"zhucun run: {exc}", file=sys.stderr)
        return 2
    try:
        server.ready(timeout=float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")))
    except ServerDidNotStart as exc:
        print(f"zhucun run: {exc}", file=sys.stderr)
        return 1
    with server.in_use():
        state = nightly.with_options(task_runner=task_runner(fan_out))(
            inbox=str(inbox_path), warehouse_path=str(warehouse), run_date=run_date,
            wait_seconds=args.wait, archive=archive, return_state=True)
    summary = state.result(raise_on_failure=False)
    if not isinstance(summary, RunSummary):
        print(f"zhucun run: the flow crashed ({state.type.value}): {summary}", file=sys.stderr)
        return 1
    if summary.status == "busy":
        print(f"zhucun run: {summary.problems[0]}", file=sys.stderr)
        return EXIT_BUSY
    print(summary.render_text())
    return 0 if summary.status == "succeeded" else 1


def cmd_reload(args: argparse.Namespace) -> int:
    """Put archived or rejected files back in the inbox and have the load read them again."""
    from flows.ingest import archive as filing
    from flows.ingest.discovery import display_name, fingerprint
    from flows.ingest.manifest import request_reload
    from flows.settings import Settings
    from flows.warehouse.connection import warehouse
    from flows.warehouse.writer_lock import WarehouseBusy, single_writer

    settings = Settings()
    inbox = Path(args.inbox).resolve() if args.inbox else settings.inbox_dir
    warehouse_path = _warehouse_path(args)
    wanted: list[tuple[Path, Path]] = []
    for name in args.files:
        path = Path(name).resolve()
        relative = _below_archive(path, settings.home)
        if not path.is_file() or path.name.endswith(filing.WHY_SUFFIX) or relative is None:
            print(f"zhucun reload: {name} is not a file under {settings.home / filing.ARCHIVE}/<date>/ or "
                  f"{settings.home / filing.REJECTED}/; to load any other file, copy it into the inbox ({inbox})",
                  file=sys.stderr)
            return 2
        wanted.append((path, relative))
    requested_by = os.environ.get("ZHUCUN_REVIEWER") or _login()
    try:
        with single_writer(warehouse_path, "zhucun reload", settings.lock_wait_seconds if args.wait is None
                           else args.wait):
            with warehouse(warehouse_path) as con:
                for path, relative in wanted:  # the request first: a file back in the inbox is never skipped
                    request_reload(con, fingerprint(path), display_name(relative.as_posix(), settings.pii_key)[0],
                                   requested_by)
            for path, relative in wanted:
                print(f"back in the inbox: {filing.shown(filing.put_back(path, inbox, relative), inbox)}")
    except WarehouseBusy as exc:
        print(f"zhucun reload: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if args.later:
        print("the next run reads them again (zhucun run, or the nightly schedule)")
        return 0
    return cmd_run(argparse.Namespace(inbox=str(inbox), warehouse=str(warehouse_path), demo=False,
                                      run_date=args.run_date, wait=args.wait, keep_files=False))


def _below_archive(path: Path, home: Path) -> Path | None:
    """A file's path below the inbox, from where it sits in archive/<date>/ or rejected/; None elsewhere."""
    from flows.ingest import archive as filing

    for root, skip in ((home / filing.ARCHIVE, 1), (home / filing.REJECTED, 0)):
        try:
            parts = path.relative_to(root.resolve()).parts
        except ValueError:
            continue
        if len(parts) > skip:
            return Path(*parts[skip:])
    return None


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract facts and people from one report; no Prefect, dbt or GX imported on this path."""
    from flows.reports.confidence import REVIEW_BELOW
    from flows.reports.extract import UnreadableReport, extract_report

    try:
        extraction = extract_report(args.file)
    except UnreadableReport as exc:
        print(f"zhucun extract: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(extraction.to_json())
        return 0
    doc = extraction.document
    print(f"{args.file}: {doc.title or '(no title)'} | region {doc.region or '-'} | "
          f"articles {doc.articles_kept}/{doc.articles} about the programme")
    print(f"{len(extraction.facts)} facts")
    for fact in extraction.facts:
        value = int(fact.value) if float(fact.value).is_integer() else fact.value
        flag = "  review" if fact.confidence < REVIEW_BELOW else ""
        print(f"  {fact.kind:<8} {fact.metric:<30} {value:>12} {fact.unit:<11} {fact.basis or '':<15} "
              f"{fact.qualifier:<8} {fact.region or '-':<8} {fact.confidence:.2f}{flag}")
    print(f"{len(extraction.people)} people")
    for person in extraction.people:
        print(f"  {person.name:<5} {person.role or '-':<16} {person.village or '-'} {person.township or '-'} "
              f"{person.county or '-'} {person.dispatch_unit or ''} {person.start or ''}  {person.confidence:.2f}")
    return 0


def _warehouse_path(args: argparse.Namespace) -> Path:
    from flows.settings import Settings  # after prepare_environment

    return Path(args.warehouse).resolve() if args.warehouse else Settings().warehouse_path


def cmd_review(args: argparse.Namespace) -> int:
    """`zhucun review list|show|accept|reject|correct|export-gold`: steward decisions on the working warehouse."""
    from flows.settings import Settings

    path = _warehouse_path(args)
    if not path.exists():
        print(f"zhucun review: no warehouse at {path}; run `zhucun run` first or pass --warehouse", file=sys.stderr)
        return 2
    from flows.warehouse.writer_lock import WarehouseBusy, single_writer

    try:
        # A decision waits for a running load rather than fail on DuckDB's file lock halfway.
        with single_writer(path, f"zhucun review {args.review_command}", Settings().lock_wait_seconds):
            return _review(args, path)
    except WarehouseBusy as exc:
        print(f"zhucun review: {exc}", file=sys.stderr)
        return EXIT_BUSY


def _review(args: argparse.Namespace, path: Path) -> int:
    from flows.rosters.id_numbers import mask_personal_numbers
    from flows.settings import Settings
    from flows.steward import decisions
    from flows.steward.report_page import review_threshold
    from flows.warehouse.connection import warehouse

    with warehouse(path) as con:
        if args.review_command == "list" and args.rows:
            rows = decisions.quarantined_rows(con)
            for row_id, source_file, sheet, row_number, cadre, reasons, columns in rows:
                print(mask_personal_numbers(f"{row_id}  row    {reasons:<24} {columns:<16} {cadre or '-'}  "
                                            f"[{source_file}{' ' + sheet if sheet else ''} row {row_number}]"))
            print(f"{len(rows)} quarantined roster row(s)")
            return 0
        if args.review_command == "list":
            rows = decisions.review_queue(con, review_threshold(Settings().dbt_project_dir), everything=args.all)
            for decision_id, kind, source_file, index, what, shown, place, confidence, action in rows:
                print(mask_personal_numbers(f"{decision_id}  {kind:<6} {action or 'undecided':<9} {confidence:.2f}  "
                                            f"{what} {shown} {place}  [{source_file} #{index}]"))
            print(f"{len(rows)} item(s)")
            return 0
        if args.review_command == "export-gold":
            try:
                written = decisions.export_gold(con, Path(args.out))
            except Exception as exc:  # noqa: BLE001 - the reviewed models exist once a run built them
                print(f"zhucun review export-gold: {mask_personal_numbers(str(exc))}; run `zhucun run` first",
                      file=sys.stderr)
                return 2
            for written_path in written:
                print(written_path)
            print(f"{len(written)} reviewed report(s) exported to {args.out}")
            return 0
        try:
            target = decisions.find_target(con, args.decision_id)
            if args.review_command == "show":
                print(mask_personal_numbers(f"{target.decision_id}  {target.kind}  {target.source_file or ''} "
                                            f"#{target.index if target.index is not None else ''}"))
                print(mask_personal_numbers(f"  as extracted: {target.describe()}"))
                for row in decisions.decision_history(con, target.decision_id):
                    decided_at, action, field, before, after, reviewer, reason, source, detail = row
                    change = f" {field}: {before} -> {after}" if field else ""
                    print(mask_personal_numbers(f"  {decided_at:%Y-%m-%d %H:%M} {action}{change} by {reviewer} "
                                                f"({source}{' ' + detail if detail else ''}){': ' + reason if reason else ''}"))
                return 0
            decision = decisions.Decision(
                decision_id=args.decision_id, action=args.review_command,
                reviewer=args.reviewer or os.environ.get("ZHUCUN_REVIEWER") or _login(),
                field=getattr(args, "field", None), new_value=getattr(args, "value", None), reason=args.reason,
            )
            decisions.record_decision(con, decision, "cli")
        except decisions.DecisionError as exc:
            print(f"zhucun review {args.review_command}: {exc}", file=sys.stderr)
            return 2
    print(f"recorded: {args.review_command} {args.decision_id}; the next `zhucun run` applies it to the marts")
    return 0


def _add_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", type=float, metavar="SECONDS",
                        help="how long to wait while another load or reload writes the warehouse, then give up "
                             "with status 75 (default: $ZHUCUN_LOCK_WAIT_SECONDS or 300)")


def cmd_server(args: argparse.Namespace) -> int:
    """`zhucun server`: Prefect's server (API, UI, scheduler) in the foreground, state under ZHUCUN_HOME."""
    from flows.schedule import EXIT_CANNOT_START, CannotStart, start_server

    try:
        start_server(args.host, args.port)  # replaces this process; returns only when it cannot start
    except CannotStart as exc:
        print(f"zhucun server: {exc}", file=sys.stderr)
    return EXIT_CANNOT_START


def cmd_serve(args: argparse.Namespace) -> int:
    """`zhucun serve`: the nightly flow as a scheduled deployment, until SIGTERM or Ctrl-C."""
    from flows.schedule import EXIT_CANNOT_START, CannotStart, ServeOptions, api_url_from, serve_nightly

    try:
        serve_nightly(ServeOptions(cron=args.cron, timezone=args.timezone, api_url=api_url_from(args.api_url)))
    except CannotStart as exc:
        print(f"zhucun serve: {exc}", file=sys.stderr)
        return EXIT_CANNOT_START
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    """`zhucun publish --target duckdb|postgres`: publish the working warehouse's marts for BI readers."""
    from flows.settings import Settings

    settings = Settings()
    path = _warehouse_path(args)
    if not path.exists():
        print(f"zhucun publish: no warehouse at {path}; run `zhucun run` first or pass --warehouse", file=sys.stderr)
        return 2
    from flows.warehouse.writer_lock import WarehouseBusy, single_writer

    try:
        # A publish reads the working warehouse: it waits for a load that is writing it.
        with single_writer(path, f"zhucun publish --target {args.target}", settings.lock_wait_seconds):
            return _publish(args, settings, path)
    except WarehouseBusy as exc:
        print(f"zhucun publish: {exc}", file=sys.stderr)
        return EXIT_BUSY


def _publish(args: argparse.Namespace, settings, path: Path) -> int:  # noqa: ANN001 - flows.settings.Settings
    from flows.rosters.id_numbers import mask_personal_numbers

    if args.target == "duckdb":
        from flows.warehouse.publish import publish_marts

        try:
            published = publish_marts(path, settings.serve_dir)
        except Exception as exc:  # noqa: BLE001 - said plainly, with personal numbers masked
            print(f"zhucun publish: {mask_personal_numbers(str(exc))}", file=sys.stderr)
            return 1
        print(f"published {len(published.tables)} marts tables to {published.database} and {published.parquet_dir}")
        return 0
    from flows.warehouse.postgres_dsn import PostgresConfigError
    from flows.warehouse.postgres_publish import PostgresPublishError, describe_published, publish_postgres_configured

    try:
        published = publish_postgres_configured(path, settings.dbt_project_dir, settings.home, args.run_date,
                                                os.environ)
    except PostgresConfigError as exc:
        print(f"zhucun publish: {exc}", file=sys.stderr)
        return 2
    except PostgresPublishError as exc:
        print(f"zhucun publish: {mask_personal_numbers(str(exc))}", file=sys.stderr)
        return 1
    print(describe_published(published))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhucun", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the nightly load once and print a summary")
    run.add_argument("--inbox", help="folder of roster files (default: $ZHUCUN_INBOX or $ZHUCUN_HOME/inbox)")
    run.add_argument("--warehouse", help="DuckDB file (default: $ZHUCUN_WAREHOUSE or $ZHUCUN_HOME/warehouse.duckdb)")
    run.add_argument("--demo", action="store_true", help="load the demo inbox in samples/")
    run.add_argument("--run-date", type=_run_date,
                     help="the day the run counts as today, YYYY-MM-DD (default: $ZHUCUN_RUN_DATE or the calendar date);"
                          " a start after it is an error, an end after it a planned end")
    _add_wait(run)
    run.add_argument("--keep-files", action="store_true",
                     help="leave every file in the inbox (default: loaded files move to $ZHUCUN_HOME/archive/<date>/, "
                          "rejected ones to $ZHUCUN_HOME/rejected/); --demo never moves the samples")
    run.set_defaults(handler=cmd_run)
    reload = commands.add_parser("reload", help="put archived or rejected files back through the load")
    reload.add_argument("files", nargs="+", metavar="FILE",
                        help="a file under $ZHUCUN_HOME/archive/<date>/ or $ZHUCUN_HOME/rejected/")
    reload.add_argument("--inbox", help="the inbox to put it back in (default: $ZHUCUN_INBOX or $ZHUCUN_HOME/inbox)")
    reload.add_argument("--warehouse", help="DuckDB file (default: $ZHUCUN_WAREHOUSE or $ZHUCUN_HOME/warehouse.duckdb)")
    reload.add_argument("--run-date", type=_run_date, help="as for zhucun run")
    reload.add_argument("--later", action="store_true", help="only put them back; the next run reads them")
    _add_wait(reload)
    reload.set_defaults(handler=cmd_reload)
    from flows import schedule  # standard library only until a command runs

    server = commands.add_parser("server", help="start the Prefect server (API, UI, scheduler) on loopback")
    server.add_argument("--host", default=schedule.DEFAULT_HOST,
                        help=f"address to listen on (default: {schedule.DEFAULT_HOST}, loopback)")
    server.add_argument("--port", type=int, default=schedule.DEFAULT_PORT, help=f"port (default: {schedule.DEFAULT_PORT})")
    server.set_defaults(handler=cmd_server)
    serve = commands.add_parser("serve", help="run the nightly load on a schedule, against `zhucun server`")
    serve.add_argument("--cron", default=schedule.DEFAULT_CRON,
                       help=f"when to run, cron syntax (default: '{schedule.DEFAULT_CRON}')")
    serve.add_argument("--timezone", default=schedule.DEFAULT_TIMEZONE,
                       help=f"time zone of --cron (default: {schedule.DEFAULT_TIMEZONE})")
    serve.add_argument("--api-url",
                       help=f"the server's API (default: $PREFECT_API_URL or {schedule.DEFAULT_API_URL})")
    serve.set_defaults(handler=cmd_serve)
    extract = commands.add_parser("extract", help="extract facts and people from one report (txt, docx, pdf)")
    extract.add_argument("file", help="report file: .txt (UTF-8 or GB18030), .docx or .pdf with a text layer")
    extract.add_argument("--json", action="store_true", help="print the JSON shape of gold/README.md")
    extract.set_defaults(handler=cmd_extract)
    review = commands.add_parser("review", help="steward decisions on extracted facts, people and header cells")
    review.add_argument("--warehouse", help="DuckDB file (default: $ZHUCUN_WAREHOUSE or $ZHUCUN_HOME/warehouse.duckdb)")
    review.set_defaults(handler=cmd_review)
    actions = review.add_subparsers(dest="review_command", required=True)
    listing = actions.add_parser("list", help="the review queue: items below the confidence threshold")
    listing.add_argument("--all", action="store_true", help="every extracted fact and person, decided or not")
    listing.add_argument("--rows", action="store_true",
                         help="quarantined roster rows instead, with the ids to correct them by")
    show = actions.add_parser("show", help="one item as extracted and every decision on it")
    show.add_argument("decision_id")
    for action, text in (("accept", "accept an item as extracted"), ("reject", "reject an item: the marts mark it"),
                         ("correct", "correct one field of an item, or map a header cell (header:<text>)")):
        command = actions.add_parser(action, help=text)
        command.add_argument("decision_id", help="the review queue's decision id, or header:<header cell text>")
        if action == "correct":
            command.add_argument("--field", required=True,
                                 help="fact: value, unit, region, metric; person: name, role, village; "
                                      "quarantined row: name, role, village, township, county, dispatch_unit, "
                                      "unit_post, start_date, end_date; header: column")
            command.add_argument("--value", required=True, help="the corrected value")
        command.add_argument("--reviewer", help="who decides (default: $ZHUCUN_REVIEWER or the login name)")
        command.add_argument("--reason", help="why, kept with the decision")
    gold = actions.add_parser("export-gold", help="reviewed reports as gold YAML (shared/gold/README.md)")
    gold.add_argument("--out", default="gold-reviewed", help="folder to write one YAML per report into")
    publish = commands.add_parser("publish", help="publish the marts for BI: the served DuckDB file, or PostgreSQL")
    publish.add_argument("--target", choices=("duckdb", "postgres"), default="duckdb",
                         help="duckdb: $ZHUCUN_HOME/serve (file and Parquet); postgres: the database of $ZHUCUN_PG_DSN")
    publish.add_argument("--warehouse", help="DuckDB file (default: $ZHUCUN_WAREHOUSE or $ZHUCUN_HOME/warehouse.duckdb)")
    publish.add_argument("--run-date", type=_run_date,
                         help="postgres: the run date the marts are built for (default: that of the night last "
                              "published, so both warehouses hold the same marts)")
    publish.set_defaults(handler=cmd_publish)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    home = _home()
    prepare_environment(home)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
