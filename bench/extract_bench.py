#!/usr/bin/env python3
"""Throughput of the report extractor on one core, against a bare regular-expression scan of the same bytes.

Builds a corpus of a few thousand OCR-style pages from the sentences of samples/make_reports.py
(relevant and unrelated articles shuffled, numbers varied, lines wrapped to a column width), then times
`extract_text` over all of them and `re.finditer(BASELINE)` over the same texts in the same run.

    .venv/bin/python bench/extract_bench.py [--reports 3000] [--seed 7]

Prints MB/s (UTF-8 bytes) for both and the ratio. The aim is >= 1 MB/s for the extractor.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import re
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASELINE = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?\s*[名个元户人]")


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
    args = parser.parse_args()

    from flows.reports.catalog import load_catalog
    from flows.reports.extract import extract_text
    from flows.reports.regions import load_divisions

    corpus = build_corpus(args.reports, args.seed)
    size = sum(len(text.encode("utf-8")) for text in corpus)
    catalog = load_catalog()
    load_divisions()  # seed loading is a one-off per process, not per report
    extract_text(corpus[0], catalog)

    start = time.perf_counter()
    matches = sum(1 for text in corpus for _ in BASELINE.finditer(text))
    regex_seconds = time.perf_counter() - start

    start = time.perf_counter()
    facts = people = 0
    for text in corpus:
        extraction = extract_text(text, catalog)
        facts += len(extraction.facts)
        people += len(extraction.people)
    extract_seconds = time.perf_counter() - start

    mb = size / 1_000_000
    print(f"corpus: {len(corpus)} reports, {mb:.2f} MB UTF-8")
    print(f"regex scan : {regex_seconds:8.3f} s  {mb / regex_seconds:9.2f} MB/s  ({matches} matches)")
    print(f"extraction : {extract_seconds:8.3f} s  {mb / extract_seconds:9.2f} MB/s  ({facts} facts, {people} people)")
    print(f"extraction takes {extract_seconds / regex_seconds:.1f}x the time of the bare regex scan "
          f"({regex_seconds / extract_seconds:.3f} of its speed)")


if __name__ == "__main__":
    main()
