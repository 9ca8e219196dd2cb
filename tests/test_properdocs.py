"""ProperDocs (a continuation of MkDocs 1.x, PyPI `properdocs`, BSD-2-Clause) builds this site
byte for byte as MkDocs does, so the project can switch engines (README, "Building for
publishing"; DESIGN.md, "Portable by design")."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import ROOT, last_commit_time, repo_copy


def test_requirements_pin_properdocs():
    pins = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert "properdocs==1.6.7" in pins


def test_properdocs_builds_the_site_byte_for_byte_as_mkdocs(tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=last_commit_time(),
               SITE_URL="http://127.0.0.1:8000/")
    sites = {}
    for engine in ("mkdocs", "properdocs"):
        repo = repo_copy(tmp_path / engine / "repo")
        sites[engine] = tmp_path / engine / "site"
        result = subprocess.run([sys.executable, "-m", engine, "build", "--strict", "-f", "mkdocs.yml",
                                 "--site-dir", str(sites[engine])], cwd=repo, capture_output=True, text=True,
                                env=env, timeout=600)
        assert result.returncode == 0, f"{engine}: {result.stderr[-3000:]}"
    files = {engine: {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
             for engine, site in sites.items()}
    assert len(files["mkdocs"]) > 100
    assert sorted(files["properdocs"]) == sorted(files["mkdocs"])
    differ = [rel for rel in files["mkdocs"] if files["mkdocs"][rel] != files["properdocs"][rel]]
    assert differ == []
