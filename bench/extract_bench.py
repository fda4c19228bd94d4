#!/usr/bin/env python3
"""Throughput of the report extractor on one core, against a bare regular-expression scan of the same bytes.

Builds a corpus of a few thousand OCR-style pages from the sentences of samples/make_reports.py
(relevant and unrelated articles shuffled, numbers varied, lines wrapped to a column width), then times
`extract_text` over all of them and `re.finditer(BASELINE)` over the same texts in the same run.

    .venv/bin/python bench/extract_bench.py [--reports 3000] [--seed 7] [--processes 2] [--pages DIR …]

Prints MB/s (UTF-8 bytes) for both and the ratio, by wall clock and by CPU time of this process
(time.process_time: what other work on a shared machine does not inflate), and the same for the real
pages in ../shared/real (what users send) when that folder is there, and of each --pages folder of further
real pages (kept outside the repository). The aim is >= 1 MB/s CPU time
for the extractor on one core.

With --processes N the corpus is then split over N forked processes (each takes every N-th page, the
seeds already loaded): the wall time of all N against one process's wall time over the whole corpus in
the same run tells how near to linear N cores go. On a machine whose cores others use too, the wall
figures move with their load; each process's CPU MB/s is printed beside them.
"""
from __future__ import annotations

import argparse
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
import random
import re
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASELINE = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?\s*[名个元户人]")
REAL = REPO.parent / "shared" / "real"


@dataclass(frozen=True)
class Timing:
    wall: float     # seconds by the wall clock
    cpu: float      # seconds of CPU time of this process
    count: int      # what the timed work returned (matches, facts + people)


def timed(work: Callable[[], int]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    count = work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu, count)


def report(name: str, texts: list[str], extract: Callable[[str], tuple[int, int]]) -> Timing:
    """Time the bare scan and the extractor over `texts`, print both by wall clock and CPU time; the extractor's timing."""
    mb = sum(len(text.encode("utf-8")) for text in texts) / 1_000_000
    scan = timed(lambda: sum(1 for text in texts for _ in BASELINE.finditer(text)))
    found = [0, 0]

    def run() -> int:
        for text in texts:
            facts, people = extract(text)
            found[0] += facts
            found[1] += people
        return found[0] + found[1]

    extraction = timed(run)
    print(f"{name}: {len(texts)} reports, {mb:.2f} MB UTF-8")
    print(f"  regex scan : wall {scan.wall:7.3f} s {mb / scan.wall:8.2f} MB/s   cpu {scan.cpu:7.3f} s "
          f"{mb / scan.cpu:8.2f} MB/s  ({scan.count} matches)")
    print(f"  extraction : wall {extraction.wall:7.3f} s {mb / extraction.wall:8.2f} MB/s   cpu {extraction.cpu:7.3f} s "
          f"{mb / extraction.cpu:8.2f} MB/s  ({found[0]} facts, {found[1]} people)")
    print(f"  extraction takes {extraction.cpu / scan.cpu:.1f}x the CPU time of the bare regex scan "
          f"({scan.cpu / extraction.cpu:.3f} of its speed)")
    return extraction


def _extract_share(args: tuple[list[str], int, int]) -> tuple[float, int, int]:
    """In a forked worker: extract every `step`-th page from `first`; its CPU seconds, facts and people."""
    texts, first, step = args
    from flows.reports.extract import extract_text

    cpu, facts, people = time.process_time(), 0, 0
    for text in texts[first::step]:
        extraction = extract_text(text)
        facts, people = facts + len(extraction.facts), people + len(extraction.people)
    return time.process_time() - cpu, facts, people


def report_processes(texts: list[str], processes: int, one_wall: float) -> None:
    """Extract `texts` split over `processes` forked processes; wall time against one process's `one_wall`."""
    import multiprocessing

    mb = sum(len(text.encode("utf-8")) for text in texts) / 1_000_000
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        wall = time.perf_counter()
        shares = pool.map(_extract_share, [(texts, k, processes) for k in range(processes)])
        wall = time.perf_counter() - wall
    cpu = ", ".join(f"{mb / processes / c:.2f}" for c, _, _ in shares)
    print(f"  {processes} processes: wall {wall:7.3f} s {mb / wall:8.2f} MB/s  ({one_wall / wall:.2f}x one process's "
          f"wall rate; CPU MB/s of each: {cpu}; {sum(f for _, f, _ in shares)} facts, "
          f"{sum(p for _, _, p in shares)} people)")


def _samples():
    spec = importlib.util.spec_from_file_location("make_reports", REPO / "samples" / "make_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_corpus(count: int, seed: int) -> list[str]:
    samples = _samples()
    rng = random.Random(seed)
    articles: list[list[tuple[str, str]]] = []
    for page in samples.PAGES.values():  # split each sample page into its articles (a headline starts one)
        current: list[tuple[str, str]] = []
        for kind, text in page:
            if kind == "h" and current and current[-1][0] == "p":
                articles.append(current)
                current = []
            current.append((kind, text))
        if current:
            articles.append(current)

    def vary(text: str) -> str:
        return re.sub(r"\d+", lambda m: str(max(1, int(int(m.group(0)) * rng.uniform(0.5, 1.5)))), text)

    corpus = []
    for _ in range(count):
        page = [(kind, vary(text)) for article in rng.sample(articles, k=min(len(articles), rng.randint(2, 5)))
                for kind, text in article]
        corpus.append(samples.ocr_page(page, rng.choice([15, 17, 20, 60]), rng.random() < 0.5))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--processes", type=int, default=0, help="also extract the corpus split over N processes")
    parser.add_argument("--pages", type=Path, action="append", default=[], metavar="DIR",
                        help="a further folder of real pages (*.txt, outside the repository) timed as one more set")
    args = parser.parse_args()

    from flows.reports.catalog import load_catalog
    from flows.reports.extract import extract_text
    from flows.reports.names import tagger
    from flows.reports.regions import load_divisions

    corpus = build_corpus(args.reports, args.seed)
    catalog = load_catalog()
    load_divisions()  # seed loading is a one-off per process, not per report
    tagger().tag("驻村第一书记")  # so is the analyser's dictionary, loaded on first use (the first page may not ask for it)
    extract_text(corpus[0], catalog)

    def extract(text: str) -> tuple[int, int]:
        extraction = extract_text(text, catalog)
        return len(extraction.facts), len(extraction.people)

    one = report("bench corpus", corpus, extract)
    if args.processes > 1:
        report_processes(corpus, args.processes, one.wall)
    real = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []
    if real:
        from flows.reports.text import read_report

        texts = [read_report(path) for path in real]
        # the real pages are few and short: read them ten times over for a stable figure
        report(f"real pages ({REAL}, x10)", texts * 10, extract)
    else:
        print(f"real pages: none at {REAL}")
    further = [path for folder in args.pages for path in sorted(folder.glob("*.txt"))]
    if args.pages and not further:
        raise SystemExit(f"extract_bench: no *.txt pages in {', '.join(map(str, args.pages))}")
    if further:
        from flows.reports.text import read_report

        report(f"further real pages ({len(args.pages)} folders, {len(further)} pages, x3)",
               [read_report(path) for path in further] * 3, extract)


if __name__ == "__main__":
    main()
