"""The three outside checkers, run the same way on the site and on the harness's bad fixture:
axe-core (injected into a Playwright page), the Nu HTML checker (vnu.jar on Java) and Lighthouse
(Node, driving Debian Chromium). They come from package-lock.json via `npm ci` (make test)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, ROOT

NODE_MODULES = ROOT / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"
LIGHTHOUSE_CATEGORIES = ("accessibility", "best-practices", "seo")

#: One line per tool, printed at the end of the test run (conftest.pytest_terminal_summary).
SUMMARY: dict[str, str] = {}


def require(path: Path, what: str) -> None:
    if not path.exists():
        pytest.fail(f"{what} is missing ({path.relative_to(ROOT)}): run `make test`, which runs `npm ci`")


def package_version(name: str) -> str:
    return json.loads((NODE_MODULES / name / "package.json").read_text())["version"]


def axe(page) -> list[dict]:
    """axe-core's violations on the page as it is now (all rules axe enables by default)."""
    require(AXE, "axe-core")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # through DevTools, which the page's Content-Security-Policy (no inline script) does not
        # govern; a <script> tag added to the page would be blocked, as it should be
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5],
             "help": v["help"]} for v in result["violations"]]


def vnu(paths: list[Path]) -> list[dict]:
    """The Nu HTML checker's errors (not info or warnings) for the given HTML files."""
    require(VNU, "vnu-jar")
    java = shutil.which("java")
    if not java:
        pytest.fail("java is missing: run `make system-deps` (Debian default-jre-headless)")
    run = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, paths)],
                         capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [m for m in messages if m["type"] == "error" or (m["type"] == "non-document-error")]


def lighthouse(url: str, out_dir: Path) -> dict:
    """Lighthouse (mobile, its default) on `url`: {category: score 0-100, 'failed': [...]}."""
    require(LIGHTHOUSE, "lighthouse")
    node = shutil.which("node")
    if not node:
        pytest.fail("node is missing: run `make system-deps` (Debian nodejs and npm)")
    out_dir.mkdir(parents=True, exist_ok=True)
    report = out_dir / (url.split("://", 1)[1].replace("/", "_").replace(":", "_") + ".json")
    flags = " ".join(CHROMIUM_ARGS)
    run = subprocess.run(
        [node, str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}", f"--chrome-flags={flags}"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CHROME_PATH=CHROMIUM),
    )
    if run.returncode != 0 or not report.exists():
        pytest.fail(f"lighthouse failed on {url}: {run.stderr.strip()[-500:]}")
    data = json.loads(report.read_text())
    scores = {k: round(100 * (c["score"] or 0)) for k, c in data["categories"].items()}
    failed = []
    for key, category in data["categories"].items():
        for ref in category["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                failed.append(f"{key}:{ref['id']}")
    return scores | {"failed": failed}
