"""The same input gives byte-identical output: two builds of fresh clones in different folders,
with no caches, the second with the clock moved three days ahead (Debian's faketime). What keeps
them identical is what the README names: the build date pinned to the last commit
(overrides/hooks/reproducible.py), fonts keeping their own timestamps, sorted search files.
Mutation that turns this red: remove reproducible.py from mkdocs.yml `hooks:` (the sitemap dates
then follow the clock)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT, last_commit_time, repo_copy


def clean_build(tmp_path, name: str, clock_offset: str | None = None):
    repo = repo_copy(tmp_path / name / "repo")
    shutil.rmtree(repo / ".cache", ignore_errors=True)  # no font subset cache
    shutil.copytree(ROOT / ".git", repo / ".git")  # a clone: the build date comes from its last commit
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    site = tmp_path / name / "site"
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    if clock_offset:
        if not shutil.which("faketime"):
            pytest.fail("faketime is missing: run `make system-deps` (Debian package faketime)")
        cmd = ["faketime", "-f", clock_offset, *cmd]
    result = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    return site


def test_two_clean_builds_days_apart_are_byte_identical(tmp_path):
    first = clean_build(tmp_path, "a")
    second = clean_build(tmp_path, "b", clock_offset="+3d")
    files_a = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    files_b = {p.relative_to(second): p.read_bytes() for p in second.rglob("*") if p.is_file()}
    assert files_a.keys() == files_b.keys()
    assert sorted(str(k) for k in files_a if files_a[k] != files_b[k]) == []
    # not vacuous: the pages carry a date, and it is the commit's, not the clock's
    import datetime

    day = datetime.datetime.fromtimestamp(int(last_commit_time()), datetime.timezone.utc).date().isoformat()
    assert f"<lastmod>{day}</lastmod>" in (first / "sitemap.xml").read_text(encoding="utf-8")
    assert any(p.suffix == ".woff2" for p in files_a)  # the fonts were subset anew in both builds
