"""What one nightly run did, in the shape the CLI prints, the run log stores and the artifact shows."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field


@dataclass
class FileOutcome:
    name: str
    kind: str
    status: str  # loaded / skipped (loaded before) / duplicate (same bytes as another file tonight) / rejected /
    # set aside (rejected before for its bytes, not read again until it changes) / left (changed while read)
    rows_loaded: int = 0
    rows_quarantined: int = 0
    duplicates_dropped: int = 0
    error: str | None = None
    notes: list[str] = field(default_factory=list)  # what a steward should know that quarantined nothing


@dataclass
class RunSummary:
    run_id: str
    inbox: str
    warehouse: str
    run_date: str | None = None  # the day the run counted as today (ZHUCUN_RUN_DATE or the calendar)
    status: str = "running"  # succeeded / failed
    files: list[FileOutcome] = field(default_factory=list)
    quarantine_by_reason: Counter = field(default_factory=Counter)
    batch_checks: list[dict] = field(default_factory=list)
    # From meta.check_results (expectations and dbt tests): counts by severity and outcome, and
    # one line per failed check, blocking first.
    checks: dict[str, int] = field(default_factory=dict)
    checks_failed: list[str] = field(default_factory=list)
    dbt_counts: dict[str, int] = field(default_factory=dict)
    dbt_failures: list[str] = field(default_factory=list)
    published: str | None = None
    build_skipped: str | None = None  # why tonight did no dbt build and no publish (nothing it reads changed)
    dbt_full_refresh: str | None = None  # why tonight's build rebuilt the incremental models from scratch
    report: str | None = None  # the steward's HTML page of this run
    problems: list[str] = field(default_factory=list)
    problems_fixed: list[str] = field(default_factory=list)  # repairs of earlier state this run made
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # Steward decisions: how many this run recorded, and those about a fact or person that a newer
    # version of its report no longer has (kept, listed here until decided again).
    decisions_recorded: int = 0
    decisions_vanished: list[str] = field(default_factory=list)
    # Where the night's files went: archive/<run date>/, rejected/, or still in the inbox.
    files_archived: int = 0
    files_moved_to_rejected: int = 0
    files_left: int | None = None  # None: the run did not file anything away (the demo, or --keep-files)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Record how long a stage took, so operators see where a slow night went."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] = round(time.perf_counter() - started, 2)

    def _count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def rows_loaded(self) -> int:
        return sum(f.rows_loaded for f in self.files)

    @property
    def rows_quarantined(self) -> int:
        return sum(f.rows_quarantined for f in self.files)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["quarantine_by_reason"] = dict(self.quarantine_by_reason)
        data["totals"] = {
            "files_seen": len(self.files),
            "files_loaded": self._count("loaded"),
            "files_skipped": self._count("skipped"),
            "files_rejected": self._count("rejected"),
            "files_duplicate": self._count("duplicate"),
            "files_set_aside": self._count("set aside"),
            "files_changed_while_read": self._count("left"),
            "rows_loaded": self.rows_loaded,
            "rows_quarantined": self.rows_quarantined,
        }
        return data

    def render_text(self) -> str:
        models = self.dbt_counts.get("model:success", 0)
        snapshots = self.dbt_counts.get("snapshot:success", 0)
        seeds = self.dbt_counts.get("seed:success", 0)
        tests_passed = self.dbt_counts.get("test:pass", 0)
        tests_failed = self.dbt_counts.get("test:fail", 0) + self.dbt_counts.get("test:error", 0)
        lines = [
            f"zhucun run {self.run_id}: {self.status.upper()}",
            f"  inbox      {self.inbox}",
            f"  warehouse  {self.warehouse}",
            f"  run date   {self.run_date}",
            f"  files      seen {len(self.files)}, loaded {self._count('loaded')}, "
            f"skipped as already loaded {self._count('skipped')}, rejected {self._count('rejected')}, "
            f"same bytes as another file {self._count('duplicate')}, "
            f"set aside until changed {self._count('set aside')}"
            + (f", changed while read {self._count('left')}" if self._count("left") else ""),
            f"  rows       loaded {self.rows_loaded}, quarantined {self.rows_quarantined}"
            f" (source rows), exact duplicates counted once {sum(f.duplicates_dropped for f in self.files)}",
        ]
        if self.files_left is not None:
            lines.append(f"  archive    {self.files_archived} to archive/, {self.files_moved_to_rejected} to rejected/ "
                         f"(with a .why.txt), {self.files_left} left in the inbox")
        if self.quarantine_by_reason:
            lines.append("  quarantine by reason (failed checks):")
            for code, count in sorted(self.quarantine_by_reason.items(), key=lambda item: (-item[1], item[0])):
                lines.append(f"    {count:5d}  {code}")
        for outcome in self.files:
            if outcome.status == "rejected":
                lines.append(f"  REJECTED   {outcome.name}: {outcome.error}")
            elif outcome.status == "set aside":
                lines.append(f"  SET ASIDE  {outcome.name}: {outcome.error}")
        unused = [(outcome.name, note) for outcome in self.files for note in outcome.notes if "columns not used" in note]
        if unused:
            lines.append("  source columns not used (add an alias to seeds/roster_header_aliases.csv if one matters):")
            for name, note in unused:
                lines.append(f"    {name}: {note}")
        noted = [outcome for outcome in self.files if outcome.notes]
        if noted:
            lines.append(f"  notes on {len(noted)} files (full list in the run log):")
            for outcome in noted:
                lines.append(f"    {outcome.name}: {outcome.notes[0]}"
                             + (f" (+{len(outcome.notes) - 1} more)" if len(outcome.notes) > 1 else ""))
        for check in self.batch_checks:
            verdict = "passed" if check["success"] else "FAILED"
            warned = f", {len(check['warnings'])} warning(s)" if check.get("warnings") else ""
            checked = f"{check['evaluated']} expectations" if check["evaluated"] else "no new rows to check"
            lines.append(f"  batch check {check['suite']}: {verdict} ({checked}{warned})")
        if self.checks:
            lines.append("  checks     " + ", ".join(f"{label} {count}" for label, count in self.checks.items())
                         + " (meta.check_results)")
        for failed in self.checks_failed:
            lines.append(f"  CHECK      {failed}")
        if self.build_skipped:
            lines.append(f"  dbt        build skipped: {self.build_skipped}")
        else:
            lines.append(
                f"  dbt        models built {models}, snapshots {snapshots}, seeds {seeds}, "
                f"tests passed {tests_passed}, tests failed {tests_failed}"
            )
        for failure in self.dbt_failures:
            lines.append(f"  DBT FAILED {failure}")
        if self.published:
            lines.append(f"  published  {self.published}")
        if self.report:
            lines.append(f"  report     {self.report}")
        if self.stage_seconds:
            lines.append("  seconds    " + ", ".join(f"{stage} {secs:.1f}" for stage, secs in self.stage_seconds.items()))
        if self.decisions_recorded or self.decisions_vanished:
            lines.append(f"  decisions  recorded {self.decisions_recorded}, about items no longer in their report "
                         f"{len(self.decisions_vanished)}")
        for vanished in self.decisions_vanished:
            lines.append(f"  VANISHED   {vanished}")
        for fixed in self.problems_fixed:
            lines.append(f"  REPAIRED   {fixed}")
        for problem in self.problems:
            lines.append(f"  PROBLEM    {problem}")
        return "\n".join(lines)

    def render_markdown(self) -> str:
        rows = "\n".join(
            f"| {f.name} | {f.kind} | {f.status} | {f.rows_loaded} | {f.rows_quarantined} | {f.error or ''} |"
            for f in self.files
        )
        return (
            f"# zhucun nightly run `{self.run_id}`: {self.status}\n\n"
            "| file | kind | status | rows loaded | rows quarantined | error |\n|---|---|---|---|---|---|\n"
            f"{rows}\n\n```\n{self.render_text()}\n```\n"
        )
