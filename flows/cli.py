"""The `zhucun` command line."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from flows.runtime_env import prepare_environment


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
    warehouse = Path(args.warehouse).resolve() if args.warehouse else settings.warehouse_path
    run_date = (args.run_date or settings.today).isoformat()

    from flows.run_logging import attach_file_log, install_masking

    install_masking()
    from flows.nightly import nightly  # imports Prefect, so only after the environment is set
    from flows.run_summary import RunSummary

    attach_file_log(settings.home)  # after Prefect's import, which configures logging
    from flows.interrupt import stop_promptly_on_sigterm

    stop_promptly_on_sigterm()  # also while Prefect's server starts; the flow re-arms it over Prefect's own
    state = nightly(inbox=str(inbox_path), warehouse_path=str(warehouse), run_date=run_date, return_state=True)
    summary = state.result(raise_on_failure=False)
    if not isinstance(summary, RunSummary):
        print(f"zhucun run: the flow crashed ({state.type.value}): {summary}", file=sys.stderr)
        return 1
    print(summary.render_text())
    return 0 if summary.status == "succeeded" else 1


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract facts and people from one report; no Prefect, dbt or GX imported on this path."""
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
        flag = "  review" if fact.confidence < 0.6 else ""
        print(f"  {fact.kind:<8} {fact.metric:<30} {value:>12} {fact.unit:<11} {fact.basis or '':<15} "
              f"{fact.qualifier:<8} {fact.region or '-':<8} {fact.confidence:.2f}{flag}")
    print(f"{len(extraction.people)} people")
    for person in extraction.people:
        print(f"  {person.name:<5} {person.role or '-':<16} {person.village or '-'} {person.township or '-'} "
              f"{person.county or '-'} {person.dispatch_unit or ''} {person.start or ''}  {person.confidence:.2f}")
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
    run.set_defaults(handler=cmd_run)
    extract = commands.add_parser("extract", help="extract facts and people from one report (txt, docx, pdf)")
    extract.add_argument("file", help="report file: .txt (UTF-8 or GB18030), .docx or .pdf with a text layer")
    extract.add_argument("--json", action="store_true", help="print the JSON shape of gold/README.md")
    extract.set_defaults(handler=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    home = _home()
    prepare_environment(home)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
