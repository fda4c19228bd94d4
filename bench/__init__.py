"""Benchmarks of the zhucun load. `python -m bench` runs the nightly load at scale (bench/__main__.py);
the other modules here are also scripts run by path (bench/extract_bench.py, ...)."""
