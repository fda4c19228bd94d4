"""Trend charts for the steward report, drawn by matplotlib as inline SVG.

The SVG keeps its text as text (svg.fonttype none), so the browser draws Chinese labels with the
fonts of the machine that opens the page; no font is embedded or fetched. Output is deterministic
(svg.hashsalt fixed, no date) and carries no reference outside the page itself.
"""
from __future__ import annotations

import io
import re
import warnings
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # no display; the SVG backend renders savefig(format="svg")

import matplotlib.pyplot as plt  # noqa: E402 - after the backend is chosen

from flows.steward.report_page import TrendPoint  # noqa: E402

# CJK fonts where installed (Debian: fonts-wqy-microhei, fonts-noto-cjk), DejaVu as the last resort.
FONT_FAMILIES = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "DejaVu Sans"]
_STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "zhucun-steward-report",
    "font.family": "sans-serif",
    "font.sans-serif": FONT_FAMILIES,
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
STATUS_COLOURS = {"loaded": "#3b7d3b", "quarantined": "#c0392b", "duplicates": "#999999"}
_PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
            "#bab0ac", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf"]


def _svg(figure) -> str:  # noqa: ANN001 - a matplotlib Figure
    """The figure as an <svg> element for inlining: no XML prolog, no metadata, no namespace URLs."""
    buffer = io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a glyph missing from the measuring font: the browser draws it
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(figure)
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)
    text = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text)  # HTML5 knows inline SVG without them
    text = text.replace("xlink:href=", "href=")
    return text.strip()


def rows_by_status_svg(points: Sequence[TrendPoint]) -> str:
    """Stacked bars of rows loaded, quarantined and counted once as duplicates, one bar per run."""
    with plt.rc_context(_STYLE):
        figure, axes = plt.subplots(figsize=(9, 3.2))
        labels = [point.started_at.strftime("%m-%d %H:%M") if point.started_at else point.run_id[:8]
                  for point in points]
        positions = range(len(points))
        bottom = [0] * len(points)
        for status, values in (("loaded", [p.rows_loaded for p in points]),
                               ("quarantined", [p.rows_quarantined for p in points]),
                               ("duplicates", [p.duplicates for p in points])):
            axes.bar(positions, values, bottom=bottom, color=STATUS_COLOURS[status], label=status, width=0.7)
            bottom = [b + v for b, v in zip(bottom, values)]
        for position, point in zip(positions, points):
            if point.status != "succeeded":
                axes.annotate(point.status, (position, bottom[position]), ha="center", va="bottom", fontsize=7,
                              color="#c0392b")
        axes.set_xticks(list(positions), labels, rotation=45, ha="right", fontsize=7)
        axes.set_xlim(-0.6, max(len(points), 10) - 0.4)  # a few runs keep a bar's width
        axes.set_ylabel("rows")
        axes.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), frameon=False, ncols=3, fontsize=8)
        return _svg(figure)


def facts_by_metric_county_svg(counts: Sequence[tuple[str, str, int]]) -> str:
    """Horizontal stacked bars: one bar per county, one colour per metric."""
    counties = sorted({county for county, _, _ in counts})
    metrics = sorted({metric for _, metric, _ in counts})
    table = {(county, metric): number for county, metric, number in counts}
    with plt.rc_context(_STYLE):
        figure, axes = plt.subplots(figsize=(9, 0.45 * len(counties) + 1.6))
        left = [0] * len(counties)
        for position, metric in enumerate(metrics):
            values = [table.get((county, metric), 0) for county in counties]
            axes.barh(counties, values, left=left, color=_PALETTE[position % len(_PALETTE)], label=metric)
            left = [a + b for a, b in zip(left, values)]
        axes.invert_yaxis()
        axes.set_xlabel("facts")
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=7)
        return _svg(figure)
