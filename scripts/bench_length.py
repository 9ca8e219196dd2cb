#!/usr/bin/env python3
"""Benchmark: build time against an article's length (issue 24: rendering was quadratic in the
number of sentences). The first article plus one-word lines, at 1, 10, 100 and 1000 times its sentence
count, in a temporary copy of the project: `explain.py build` and `mkdocs build` (CPU seconds of
the child, the same on a busy machine as on an idle one). Linear means 10x the sentences take at
most about 10x the time (the 100x against the 10x figure: both are far above the fixed start-up
cost). Prints a Markdown table; README "Performance" holds the latest figures.

Usage: .venv/bin/python scripts/bench_length.py [--factors 1,10,100,1000]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
SLUG = "iraq-russia-intelligence-2015"
PARTS = ("docs", "data", "fonts", "overrides", "scripts", "sources")
WORDS = ("كلمة", "روسيا", "خبر", "العراق")  # one word per added line; two of them actor names


def sentences(text: str) -> int:
    from explainer.pipeline import explain

    return len(explain(text, slug=SLUG).sentences)


def workspace(tmp: Path, lines: int) -> Path:
    work = tmp / f"work-{lines}"
    for part in PARTS:
        shutil.copytree(ROOT / part, work / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    if (ROOT / ".cache").is_dir():
        shutil.copytree(ROOT / ".cache", work / ".cache")  # font subsets: not what is measured
    article = work / "sources" / SLUG / "article.ar.txt"
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n"
    article.write_text(text + "".join(f"\n{WORDS[k % len(WORDS)]}\n" for k in range(lines)), encoding="utf-8")
    return work


def cpu(cmd: list[str], cwd: Path) -> float:
    """CPU seconds (user + system) of `cmd` and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="0"))
    if done.returncode != 0:
        raise SystemExit(f"error: {' '.join(cmd)} failed in {cwd}: {done.stderr.strip().splitlines()[-1:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,10,100,1000")
    args = parser.parse_args(argv)
    factors = [int(f) for f in args.factors.split(",")]
    base_text = (ROOT / "sources" / SLUG / "article.ar.txt").read_text(encoding="utf-8")
    base = sentences(base_text)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-length-") as tmp:
        for factor in factors:
            work = workspace(Path(tmp), base * factor - base)
            article = (work / "sources" / SLUG / "article.ar.txt").read_text(encoding="utf-8")
            count = sentences(article)
            explain_s = cpu([sys.executable, "scripts/explain.py", "build"], work)
            mkdocs_s = cpu([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(work / "site")], work)
            rows.append((factor, count, len(article.encode("utf-8")), explain_s, mkdocs_s))
            print(f"{factor}x: {count} sentences, {len(article.encode('utf-8')) / 1024:.1f} KB: "
                  f"explain.py build {explain_s:.2f} s, mkdocs build {mkdocs_s:.2f} s", flush=True)
            shutil.rmtree(work)
    print("\n| article | sentences | size | `explain.py build` (CPU s) | `mkdocs build` (CPU s) |")
    print("|---|---|---|---|---|")
    for factor, count, size, e, m in rows:
        print(f"| {factor}x | {count:,} | {size / 1024:.1f} KB | {e:.2f} | {m:.2f} |")
    for (f1, c1, _, e1, m1), (f2, c2, _, e2, m2) in zip(rows, rows[1:]):
        print(f"\n{f2}x against {f1}x: {c2 / c1:.1f} times the sentences, {e2 / e1:.2f} times the time of "
              f"explain.py build, {m2 / m1:.2f} times that of mkdocs build")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
