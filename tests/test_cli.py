"""The CLI on good and bad input: one clear stderr line, non-zero exit, no traceback, no partial files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers import ARTICLE, ROOT

CLI = [sys.executable, str(ROOT / "scripts" / "explain.py")]


def run(*args, stdin=None):
    return subprocess.run(CLI + list(args), capture_output=True, timeout=120, cwd=ROOT)


def test_extract_prints_the_json_contract():
    result = run("extract", str(ARTICLE))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    for key in ("source", "sentences", "actors", "claims", "denials", "events", "glossary"):
        assert key in data
    assert {"title", "byline", "credit", "language", "removed"} <= set(data["source"])
    assert {"id", "paragraph", "start", "end", "text", "role"} <= set(data["sentences"][0])
    assert {"id", "by", "cue", "text", "sentence", "date", "status"} <= set(data["claims"][0])
    assert {"id", "by", "cue", "text", "sentence", "date", "denies"} <= set(data["denials"][0])
    assert {"id", "date", "date_inferred", "text", "sentence"} <= set(data["events"][0])
    # and the values, for the first article (read by hand from sources/…/article.ar.txt)
    assert (data["source"]["title"], data["source"]["byline"], data["source"]["credit"], data["source"]["language"]) == \
        ('اتفاق تعاون استخباراتي ضد تنظيم "داعش" بين العراق وروسيا وسوريا وإيران', "فراس حسن", "أ ف ب", "ar")
    assert {k: data["sentences"][0][k] for k in ("id", "paragraph", "role", "start", "end")} == \
        {"id": "p1s1", "paragraph": 1, "role": "claim", "start": 160, "end": 311}
    assert data["sentences"][0]["text"] == ("أعلنت قيادة العمليات المشتركة العراقية أن العراق وسوريا وإيران وروسيا توصلوا الى "
                                            'اتفاق تعاون استخباراتي بخصوص تيادل المعلومات في حربهم ضد تنظيم "داعش".')
    assert {k: data["claims"][0][k] for k in ("id", "by", "cue", "sentence", "status")} == \
        {"id": "c1", "by": "joint-operations-command", "cue": "أعلنت", "sentence": "p1s1", "status": "stated"}
    assert data["claims"][0]["text"].startswith("العراق وسوريا وإيران وروسيا توصلوا الى اتفاق تعاون استخباراتي")
    assert {k: data["denials"][0][k] for k in ("id", "by", "cue", "denies", "date")} == \
        {"id": "d1", "by": "anon-iraqi-officials", "cue": "نفوا", "denies": "c8", "date": "2015-09-25"}
    # 25 September 2015 was a Friday: the weekday alone is that day, the year of «25 أيلول» inferred
    assert [(e["date"], e["date_inferred"], e["text"]) for e in data["events"]] == [
        ("2011-03", False, "آذار 2011"), ("2015-09-17", False, "يوم الخميس 17 سبتمبر 2015"),
        ("2015-09-25", True, "يوم الجمعة 25 أيلول ـ سبتمبر"), ("2015-09-25", True, "يوم الجمعة")]


def test_extract_is_deterministic():
    assert run("extract", str(ARTICLE)).stdout == run("extract", str(ARTICLE)).stdout


BAD = {
    "empty": b"",
    "whitespace": b"  \n\t\n   \n",
    "not-arabic": b"This is an English article about the weather. It was sunny.\n",
    "invalid-utf8": "خبر عن العراق".encode("utf-8") + b"\xff\xfe\n",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(range(256)),
    "html-page": "<!DOCTYPE html><html><head><title>خبر</title></head><body><p>أعلنت الحكومة العراقية أن الاتفاق تم.</p></body></html>".encode("utf-8"),
    "huge": ("أعلنت الحكومة العراقية أن الاتفاق تم. " * 140000).encode("utf-8"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_gets_one_clear_line(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(BAD[name])
    result = run("extract", str(path))
    err = result.stderr.decode("utf-8")
    assert result.returncode != 0
    assert result.stdout == b""
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "Traceback" not in err


def test_missing_path(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode != 0 and "no such file" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_markup_inside_an_article_is_escaped_in_pages(tmp_path):
    """`<script>`, javascript: links, attribute lists and template braces become inert text."""
    from explainer.pipeline import explain
    from explainer.render import render_source
    from explainer.translate import Catalogue

    text = ("أعلنت الحكومة العراقية أن <script>alert(1)</script> الاتفاق تم.\n\n"
            "وقال مصدر أمني عراقي إن [x](javascript:alert(1)) {: onclick=\"alert(1)\" } و{{ config }} و{% raw %} صحيحة.\n")
    doc = explain(text, slug="t")
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    page = files["t/source.md"]
    for bad in ("<script>", "](javascript:", "{: onclick", "{{", "{%"):
        assert bad not in page.split("---", 2)[2], bad
    import markdown

    html = markdown.markdown(page.split("---", 2)[2], extensions=["attr_list", "md_in_html"])
    assert "<script>" not in html and 'href="javascript' not in html and "onclick=" not in html


def test_the_committed_generated_files_are_current():
    """`build --check` on the checkout as committed (it reads, never writes): a stale page, record
    or catalogue fails here, and no other test regenerates them in place."""
    result = run("build", "--check")
    assert result.returncode == 0, result.stderr.decode()


def test_build_check_reports_stale_files_by_name(tmp_path):
    """Changing a generated file makes `build --check` fail and name it; `build` restores it (in a copy)."""
    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    target = repo / "docs" / "iraq-russia-intelligence-2015" / "claims.md"
    target.write_bytes(target.read_bytes() + b"\nedited by hand\n")
    result = run_in(repo, "explain", "build", "--check")
    assert result.returncode == 1
    assert "docs/iraq-russia-intelligence-2015/claims.md" in result.stderr
    assert run_in(repo, "explain", "build").returncode == 0
    assert run_in(repo, "explain", "build", "--check").returncode == 0
    assert b"edited by hand" not in target.read_bytes()


def test_overrides_are_applied_and_unknown_ids_rejected():
    from explainer.overrides import OverrideError
    from explainer.pipeline import explain
    from explainer.ingest import read_article

    text = read_article(ARTICLE)
    doc = explain(text, overrides={"claims": {"set": {"c3": {"status": "reported"}}}, "denials": {"attach": {"d1": None}}})
    assert next(c for c in doc.claims if c.id == "c3").status == "reported"
    assert next(d for d in doc.denials if d.id == "d1").denies is None
    with pytest.raises(OverrideError, match="c99"):
        explain(text, overrides={"claims": {"drop": ["c99"]}})


@pytest.fixture
def repo_copy(tmp_path):
    """The parts of the repository generation reads and writes, as a fresh clone has them."""
    import shutil

    for part in ("scripts", "data", "sources", "docs"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def hook_run(repo, fail_if_generating=False):
    """What the build hook does (write_stale with the record), in `repo`; the files it wrote."""
    code = (
        "import json, sys; sys.path.insert(0, 'scripts'); from explainer import cli\n"
        + ("cli.generate = lambda src: (_ for _ in ()).throw(SystemExit('regenerated ' + src.name))\n" if fail_if_generating else "")
        + "print(json.dumps([str(p.relative_to(cli.ROOT)) for p in cli.write_stale(use_cache=True)]))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


SLUG = "iraq-russia-intelligence-2015"


def test_a_fresh_clone_does_not_regenerate_a_current_explainer(repo_copy):
    """The committed record matches: the build hook skips generation (no .cache needed)."""
    assert (repo_copy / "docs" / SLUG / ".generated.json").exists()
    assert not (repo_copy / ".cache").exists()
    assert hook_run(repo_copy, fail_if_generating=True) == []


@pytest.mark.parametrize("change,expect", [
    # claim 1's English is on its page and, as a few words of it, on the overview and the actors page;
    # the actor page quoting that claim in English follows (scripts/explainer/archive.py)
    ("translation", [f"docs/{SLUG}/index.en.md", f"docs/{SLUG}/actors.en.md", f"docs/{SLUG}/claims.en.md",
                     f"docs/{SLUG}/.generated.json", "docs/actors/joint-operations-command.en.md"]),
    ("word list", [f"docs/{SLUG}/.generated.json"]),  # new inputs, the same pages
    ("hand edit", [f"docs/{SLUG}/claims.md"]),  # the same inputs and outputs as recorded
])
def test_a_changed_input_or_output_is_regenerated_and_the_record_follows(repo_copy, change, expect):
    if change == "translation":
        po = repo_copy / "sources" / SLUG / "en.po"
        text = po.read_text(encoding="utf-8")
        assert 'msgstr "Iraq, Syria' in text
        po.write_text(text.replace('msgstr "Iraq, Syria', 'msgstr "IRAQ, Syria'), encoding="utf-8")
    elif change == "word list":
        ui = repo_copy / "data" / "ui.yml"
        ui.write_text(ui.read_text(encoding="utf-8") + "\n# a comment: same output, new inputs\n", encoding="utf-8")
    else:
        page = repo_copy / "docs" / SLUG / "claims.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nedited by hand\n", encoding="utf-8")
    written = hook_run(repo_copy)
    assert written == expect
    assert hook_run(repo_copy, fail_if_generating=True) == []  # settled: the next build skips it
    check = subprocess.run([sys.executable, "scripts/explain.py", "build", "--check"], cwd=repo_copy, capture_output=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert "edited by hand" not in (repo_copy / "docs" / SLUG / "claims.md").read_text(encoding="utf-8")


def test_build_check_fails_on_an_unwritten_definition_of_a_shipped_source(tmp_path):
    """A glossary entry of a shipped source without a definition (here: the English of
    military-advisers removed) makes `build --check` fail with one line naming it; readers never
    see a placeholder."""
    import re

    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    glossary = repo / "data" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    text, n = re.subn(r"\n      en: Military personnel sent by one country[^\n]*", "", text)
    assert n == 1
    glossary.write_text(text, encoding="utf-8")
    assert run_in(repo, "explain", "build").returncode == 0
    result = run_in(repo, "explain", "build", "--check")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "glossary entry military-advisers (en)" in lines[0], result.stderr
