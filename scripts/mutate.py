#!/usr/bin/env python3
"""Break the project on purpose, one way at a time, and show the test suite turn red each time.

    python scripts/mutate.py [NAME ...]        (make mutate)

Each mutation is applied to a fresh copy of the project (never to the checkout), then the tests
that guard that behaviour run there. A mutation the tests do not catch is printed as STILL GREEN
and the script exits 1: a check that cannot fail is no check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLUG = "iraq-russia-intelligence-2015"


@dataclass
class Mutation:
    name: str
    path: str  #: file changed, relative to the project
    old: str  #: text replaced (must occur in the file)
    new: str
    tests: list[str]  #: pytest arguments that must then fail


MUTATIONS = [
    Mutation("quote stretched to its whole sentence", "scripts/explainer/claims.py",
             "            a, b = toks[c_start][0], toks[c_end - 1][1]\n",
             "            a, b = toks[0][0], toks[-1][1]\n", ["tests/test_gold.py"]),
    Mutation("an actor dropped from the gazetteer", "data/actors.yml",
             "  - {id: barack-obama, ar: [باراك أوباما, أوباما]", "  - {id: barack-obama, ar: [باراك أوبامااا]", ["tests/test_gold.py"]),
    Mutation("the build-date hook removed", "mkdocs.yml",
             "  - overrides/hooks/reproducible.py\n", "", ["tests/test_reproducible.py"]),
    Mutation("the Arabic typeface undeclared (no @font-face for Naskh in fonts.css)", "overrides/hooks/fonts.py",
             "        written.append(target)\n        css.append(",
             "        written.append(target)\n        if \"Naskh\" not in family: css.append(",
             ["tests/test_browser.py", "-k", "screenshots and ar and overview"]),
    Mutation("a translation made stale (en.po edited, pages not regenerated)", f"sources/{SLUG}/en.po",
             'msgstr "Firas Hassan"', 'msgstr "F. Hassan"', ["tests/test_cli.py", "-k", "committed"]),
    Mutation("the escaping path bypassed for <", "scripts/explainer/safe.py",
             '''for c in "\\\\`*_{}[]()#+-!|~:<>&\\"'=%$^"}''', '''for c in "\\\\`*_{}[]()#+-!|~:&\\"'=%$^"}''',
             ["tests/test_untrusted.py", "-k", "text_and_attribute or hostile"]),
    Mutation("JSON-LD escaping only </", "scripts/explainer/safe.py",
             '    return "".join(_JSON_IN_SCRIPT.get(c, c) for c in raw)', '    return raw.replace("</", "<\\\\/")',
             ["tests/test_untrusted.py", "-k", "json_in_script or hostile"]),
    Mutation("page titles printed unescaped", "overrides/hooks/safe_titles.py",
             'page.meta["title"] = safe.title(str(page.meta["title"]))', 'page.meta["title"] = str(page.meta["title"])',
             ["tests/test_untrusted.py", "-k", "hostile"]),
    Mutation("search results may leave the site", "overrides/assets/javascripts/search.js",
             "return target.origin === home.origin && target.pathname.startsWith(home.pathname) ? target.href : null;",
             "return target.href;", ["tests/test_untrusted.py", "-k", "search_client"]),
    Mutation("a translator's save overwritten", "scripts/explainer/cli.py",
             "            if now != catalogue.read_bytes:", "            if False:", ["tests/test_untrusted.py", "-k", "save_during"]),
    Mutation("ids in data files not checked", "scripts/explainer/schema.py",
             "        if spec == ID and not ID_PATTERN.match(node.value):", "        if False:",
             ["tests/test_untrusted.py", "-k", "bad_editor and (glossary or actors)"]),
    Mutation("an actor merged into itself vanishes silently", "scripts/explainer/overrides.py",
             "        if source == target:", "        if False:", ["tests/test_untrusted.py", "-k", "bad_editor and itself"]),
    Mutation("sentences without a full stop left unbounded (extraction no longer linear)", "scripts/explainer/segment.py",
             "MAX_SENTENCE = 2000", "MAX_SENTENCE = 2_000_000", ["tests/test_untrusted.py", "-k", "megabyte"]),
    Mutation("the Content-Security-Policy left out", "overrides/main.html",
             '<meta http-equiv="Content-Security-Policy" content="{{ config.extra.csp | e }}">', "",
             ["tests/test_untrusted.py", "-k", "content_security_policy"]),
]


def copy_project(dest: Path) -> Path:
    shutil.copytree(ROOT, dest, symlinks=True, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", "site", "test-artifacts", ".pytest_cache", ".hypothesis", "__pycache__"))
    for shared in (".venv", "node_modules"):
        if (ROOT / shared).exists():
            (dest / shared).symlink_to(ROOT / shared)
    return dest


def run(mutation: Mutation) -> tuple[bool, float, str]:
    """(caught, seconds, last output line) for one mutation."""
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        repo = copy_project(Path(tmp) / "repo")
        target = repo / mutation.path
        text = target.read_text(encoding="utf-8")
        if mutation.old not in text:
            return False, 0.0, f"mutation does not apply: {mutation.old!r} not in {mutation.path}"
        target.write_text(text.replace(mutation.old, mutation.new, 1), encoding="utf-8")
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly", *mutation.tests],
                                cwd=repo, capture_output=True, text=True, env=env, timeout=1200)
        lines = [ln for ln in (result.stdout + result.stderr).splitlines() if ln.strip()]
        ran = any(" passed" in ln or " failed" in ln or " error" in ln for ln in lines[-3:])
        caught = result.returncode not in (0, 5) and ran
        return caught, time.monotonic() - started, lines[-1] if lines else ""


def main(argv: list[str]) -> int:
    chosen = [m for m in MUTATIONS if not argv or any(a in m.name for a in argv)]
    green = []
    for m in chosen:
        caught, seconds, last = run(m)
        print(f"{'red  ' if caught else 'STILL GREEN'}  {m.name}  ({seconds:.0f} s; {last})", flush=True)
        if not caught:
            green.append(m.name)
    print(f"{len(chosen) - len(green)} of {len(chosen)} mutations turned the suite red")
    return 1 if green else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
