"""The steward report as self-contained HTML: one page per run, latest.html and index.html.

Templates are package files (flows/steward/templates) rendered with autoescape on; the CSS is
inline and the charts are inline SVG, so a page opens from a USB stick and requests nothing.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from flows.quality.pii_scan import clear_numbers_in_text
from flows.steward.charts import facts_by_metric_county_svg, rows_by_status_svg
from flows.steward.report_page import ReportPage, gather_index, gather_report

_ENV = Environment(
    loader=PackageLoader("flows.steward", "templates"),
    autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_report(page: ReportPage) -> str:
    charts = {
        # matplotlib's own SVG of figures drawn from our numbers and county names: trusted markup.
        "rows_by_status": Markup(rows_by_status_svg(page.trend)),
        "facts_by_metric_county": Markup(facts_by_metric_county_svg(page.facts_by_metric_county))
        if page.facts_by_metric_county else None,
    }
    return _ENV.get_template("report.html.j2").render(page=page, charts=charts)


def render_index(con: duckdb.DuckDBPyConnection, reports_dir: Path) -> str:
    pages = [path.stem for path in reports_dir.glob("*.html") if path.stem not in ("index", "latest")]
    return _ENV.get_template("index.html.j2").render(lines=gather_index(con, pages))


def _write_atomically(path: Path, text: str) -> None:
    """A reader (a browser, a sync to a share) sees the old page or the new one, never half of one.

    A page that would show a clear ID number or phone is not written: the run reports it instead.
    """
    leaks = clear_numbers_in_text(text)
    if leaks:
        raise ValueError(f"{path.name} would show clear personal numbers ({leaks}); not written")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a page is for the stewards who share the folder
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_report(con: duckdb.DuckDBPyConnection, run_id: str, reports_dir: Path, threshold: float) -> Path:
    """Write <run id>.html and latest.html for a finished run, and rewrite index.html; returns the run's page."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    html = render_report(gather_report(con, run_id, threshold))
    page = reports_dir / f"{run_id}.html"
    _write_atomically(page, html)
    _write_atomically(reports_dir / "latest.html", html)
    _write_atomically(reports_dir / "index.html", render_index(con, reports_dir))
    return page
