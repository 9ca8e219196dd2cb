"""Untrusted text stays text: articles, translations, meta.yml, data files and folder names.

Every test here changes inputs in a copy of the project (helpers.repo_copy), never the checkout.
"""

from __future__ import annotations

import json
import re
import os
import stat
import subprocess
import sys
import time

import pytest

from explainer import safe
from helpers import ROOT, repo_copy, run_in

SLUG = "iraq-russia-intelligence-2015"


# -- the escaping path, unit by unit ------------------------------------------------------------

def test_text_and_attribute_escaping_leave_no_syntax():
    hostile = '<img src=x onerror=alert(1)> "q" \'a\' {{ x }} {: .c } [l](javascript:x) <!-- &amp; \x02'
    for out in (safe.text(hostile), safe.attr(hostile)):
        assert not any(c in out for c in '<>"\'{}\x02'), out
    assert safe.text("\u202eعنوان") == "<bdi>\u202eعنوان</bdi>"  # an override cannot leak past it


def test_json_in_script_cannot_close_or_comment_the_block():
    data = {"a": "</script><!--<script>&", "b": "\u2028"}
    out = safe.script_json(data)
    assert not any(c in out for c in "<>&\u2028")
    assert json.loads(out) == data


def test_titles_are_html_text_and_come_back_as_text():
    raw = '<img src=x onerror=alert(1)></title><script>alert(2)</script> & "Q"'
    escaped = safe.title(raw)
    assert "<" not in escaped and ">" not in escaped
    assert safe.plain_title(escaped) == raw
    assert safe.title("\u202eabc").startswith("\u2068") and safe.title("\u202eabc").endswith("\u2069")


@pytest.mark.parametrize("value,ok", [("iraq", True), ("abc-1", True), ('x"y', False), ("Iraq", False),
                                      ("-x", False), ("...", False), ("a b", False), ("", False), (5, False)])
def test_ids_and_slugs_match_one_pattern(value, ok):
    if ok:
        assert safe.check_id(value, "where") == value
    else:
        with pytest.raises(safe.UnsafeValue, match="where"):
            safe.check_id(value, "where")


@pytest.mark.parametrize("url,ok", [("iraq/claims/#c1", True), ("", False), ("javascript:alert(1)", False),
                                    ("//evil.example/", False), ("https://evil.example/", False),
                                    ("JaVaScRiPt:x", False), ("a\\b", False), ("../x/", True)])
def test_only_site_paths_are_links(url, ok):
    assert safe.site_path(url) is ok


def test_search_client_drops_results_that_leave_the_site():
    """The browser check (search.js onSite) on the same cases, run in Node."""
    script = (ROOT / "overrides" / "assets" / "javascripts" / "search.js").read_text(encoding="utf-8")
    start = script.index("  function onSite(url)")
    body = script[start:script.index("\n  }\n", start) + 4]
    js = ("const home = new URL('https://site.example/news/');\n" + body +
          "\nconst cases = ['iraq/claims/#c1', '', 'javascript:alert(1)', ' javascript:alert(1)', '//evil.example/x',"
          " 'https://evil.example/', 'JaVaScRiPt:x', '../../outside/', '\\\\evil'];\n"
          "console.log(JSON.stringify(cases.map(onSite)));")
    node = subprocess.run(["node", "-e", js], capture_output=True, text=True, timeout=30)
    assert node.returncode == 0, node.stderr
    assert json.loads(node.stdout) == ["https://site.example/news/iraq/claims/#c1", "https://site.example/news/",
                                       None, None, None, None, None, None, None]


@pytest.mark.parametrize("url,kept", [("javascript:alert(1)", False), (" JaVaScRiPt:alert(1)", False),
                                      ("data:text/html,<b>x</b>", False), ("//evil.example/", False),
                                      ("https://example.com/a?b=1", True), ("http://example.com/", True)])
def test_only_web_addresses_reach_structured_data(url, kept):
    """meta.yml `url` goes into JSON-LD (isBasedOn.url) only as an http(s) address, as on the page."""
    from explainer.pipeline import explain
    from explainer.render import render_source
    from explainer.translate import Catalogue
    from helpers import ARTICLE

    doc = explain(ARTICLE.read_text(encoding="utf-8"), slug=SLUG)
    files = render_source(doc, {"url": url}, Catalogue(ROOT / "nonexistent.po"), ROOT)
    for page in (f"{SLUG}/index.md", f"{SLUG}/index.en.md"):
        front = files[page].split("---\n")[1]
        schema = json.loads(next(json.loads(line[len("schema: "):]) for line in front.splitlines() if line.startswith("schema: ")))
        assert schema["isBasedOn"].get("url") == (url if kept else None), page


# -- files: paths, modes, an editor's save, strict catalogues -------------------------------------

@pytest.fixture
def repo(tmp_path):
    return repo_copy(tmp_path / "repo")


def one_error_line(result, *must_contain: str) -> str:
    """The run failed with exactly one stderr line `error: …` (no traceback) naming the file."""
    err = result.stderr
    assert result.returncode != 0, result.stdout + err
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for part in must_contain:
        assert part in lines[0], lines[0]
    return lines[0]


PO = f"sources/{SLUG}/en.po"
# The line of the Arabic "unknown" label in data/ui.yml, found rather than written down, so that an editor adding
# a label above it does not break these tests; the error must still name exactly this line (or the one after).
UI_UNKNOWN_LINE = (ROOT / "data/ui.yml").read_text(encoding="utf-8").splitlines().index("  unknown: غير معروف") + 1

BAD_INPUTS = {
    # name: (file, transform of its text or bytes, what the error line names)
    "po unterminated string": (PO, lambda t: t.replace('msgstr "Firas Hassan"', 'msgstr "Firas Hassan'), [PO + ":", "unterminated"]),
    "po unquoted msgstr": (PO, lambda t: t.replace('msgstr "Firas Hassan"', "msgstr Firas Hassan"), [PO + ":", "quoted"]),
    "po unquoted msgctxt": (PO, lambda t: t.replace('msgctxt "byline"', "msgctxt byline"), [PO + ":", "msgctxt"]),
    "po cut inside a character": (PO, lambda b: b[:b.index("فراس".encode()) + 1], [PO + ":", "UTF-8"]),
    "po saved as UTF-16": (PO, lambda b: b.decode("utf-8").encode("utf-16"), [PO, "UTF-16"]),
    "meta author list": (f"sources/{SLUG}/meta.yml", lambda t: t.replace("author: فراس حسن", "author: [a, b]"), ["meta.yml:", "author"]),
    "meta binary": (f"sources/{SLUG}/meta.yml", lambda t: t + "credit_en: !!binary aGVsbG8=\n", ["meta.yml:", "credit_en"]),
    "meta not yaml": (f"sources/{SLUG}/meta.yml", lambda t: t + "author: [\n", ["meta.yml:", "YAML"]),
    "overrides unknown id": (f"sources/{SLUG}/overrides.yml", lambda t: "claims:\n  drop: [c99]\n", ["overrides.yml", "c99"]),
    "overrides wrong type": (f"sources/{SLUG}/overrides.yml", lambda t: "claims:\n  drop: c1\n", ["overrides.yml:", "list"]),
    "overrides merge into itself": (f"sources/{SLUG}/overrides.yml", lambda t: "actors:\n  merge: {iraq: iraq}\n", ["overrides.yml", "iraq", "itself"]),
    "glossary id with a quote": ("data/glossary.yml", lambda t: t.replace("- id: daesh", '- id: daesh"x'), ["data/glossary.yml:5:", "id"]),
    "actors id with a quote": ("data/actors.yml", lambda t: t.replace("id: russia", 'id: "russia\\" onmouseover=\\"x"'), ["data/actors.yml:", "id"]),
    "data not yaml": ("data/cues.yml", lambda t: t + "\n  - [unclosed\n", ["data/cues.yml:", "YAML"]),
    "data wrong type": ("data/dates.yml", lambda t: t.replace("year_min:", "year_min: [1]\nold_year_min:"), ["data/dates.yml:", "year_min"]),
    "data number for text": ("data/metadata.yml", lambda t: t.replace("'رويترز': Reuters", "'رويترز': 5"), ["data/metadata.yml:", "must be text"]),
    "chrome bad regex": ("data/chrome.yml", lambda t: t.replace("  - line: '(إعلان|", "  - line: '((إعلان|", 1), ["data/chrome.yml:", "regular expression"]),
}


META = f"sources/{SLUG}/meta.yml"
OVERRIDES = f"sources/{SLUG}/overrides.yml"
# nine levels of nine aliases: 9**9 items if expanded
ALIAS_BOMB = "".join(f"a{i}: &a{i} [" + ", ".join(["x" if i == 0 else f"*a{i - 1}"] * 9) + "]\n" for i in range(10))
# issue 24: values of the wrong shape, aliases and duplicate keys in every editor-owned YAML file
BAD_INPUTS |= {
    "meta alias bomb": (META, lambda t: ALIAS_BOMB + t.replace("published: unknown", "published: *a9"),
                        [META + ":1:", "anchor"]),
    "overrides alias": (OVERRIDES, lambda t: "claims:\n  set:\n    c1: {by: &x iraq}\n    c2: {by: *x}\n",
                        [OVERRIDES + ":3:", "anchor"]),
    "data alias": ("data/relations.yml", lambda t: "a: &x [b]\nc: *x\n" + t, ["data/relations.yml:1:", "anchor"]),
    "overrides by nested list": (OVERRIDES, lambda t: "claims: {set: {c1: {by: [[1]]}}}\n", [OVERRIDES + ":1:", "c1.by"]),
    "overrides by mapping": (OVERRIDES, lambda t: "claims: {set: {c1: {by: {x: 1}}}}\n", [OVERRIDES + ":1:", "c1.by"]),
    "overrides date list": (OVERRIDES, lambda t: "claims:\n  set:\n    c1: {date: [1, 2]}\n", [OVERRIDES + ":3:", "c1.date"]),
    "overrides attach list": (OVERRIDES, lambda t: "denials:\n  attach:\n    d1: [c1]\n", [OVERRIDES + ":3:", "d1"]),
    "overrides attach mapping": (OVERRIDES, lambda t: "denials: {attach: {d1: {a: 1}}}\n", [OVERRIDES + ":1:", "d1"]),
    "meta published mapping": (META, lambda t: t.replace("published: unknown", "published: {a: 1}"), [META + ":10:", "published"]),
    "meta published list": (META, lambda t: t.replace("published: unknown", "published: [2015-01-01]"), [META + ":10:", "published"]),
    "meta published not a date": (META, lambda t: t.replace("published: unknown", "published: 2015-13-45"), [META + ":10:", "2015-13-45"]),
    "meta dates_mentioned mapping": (META, lambda t: t.replace("  - 2011-03 ", "  - {a: 1} "), [META + ":13:", "dates_mentioned"]),
    "meta history not a date": (META, lambda t: t.replace("date: 2026-11-29", "date: 2026-02-30"), [META + ":24:", "2026-02-30"]),
    "meta duplicate key": (META, lambda t: t + "author: someone else\n", [META + ":29:", "author", "twice"]),
    "ui list for text": ("data/ui.yml", lambda t: t.replace("  unknown: غير معروف", "  unknown: غير معروف\n  known: [1, 2]"),
                         [f"data/ui.yml:{UI_UNKNOWN_LINE + 1}:", "ar.known"]),
    "ui mapping for text": ("data/ui.yml", lambda t: t.replace("  unknown: غير معروف", "  unknown: {a: b}"), [f"data/ui.yml:{UI_UNKNOWN_LINE}:", "ar.unknown"]),
    "overrides merge cycle": (OVERRIDES, lambda t: "actors:\n  merge: {iran: russia, russia: iran}\n",
                              [OVERRIDES, "cycle", "iran → russia → iran"]),
    "overrides merge cycle of three": (OVERRIDES, lambda t: "actors:\n  merge: {iran: russia, russia: syria, syria: iran}\n",
                                       [OVERRIDES, "cycle", "iran → russia → syria → iran"]),
    "po plural entry": (PO, lambda t: t.replace('msgstr "Firas Hassan"', 'msgid_plural "x"\nmsgstr[0] "Firas Hassan"'),
                        [PO + ":31:", "plural"]),
    "po plural title": (PO, lambda t: t.replace('msgstr "Intelligence cooperation', 'msgid_plural "t"\nmsgstr[0] "Intelligence cooperation'),
                        [PO + ":405:", "plural"]),
    "ui duplicate key": ("data/ui.yml", lambda t: t.replace("  unknown: غير معروف", "  unknown: غير معروف\n  unknown: x"),
                         [f"data/ui.yml:{UI_UNKNOWN_LINE + 1}:", "unknown", "twice"]),
}


@pytest.mark.parametrize("char", ["\u2028", "\x85", "\x0c"])
def test_a_line_separator_inside_a_translation_is_text(repo, char):
    """polib splits lines where Python does (U+2028, U+0085, form feed …); gettext only at LF:
    such a character inside a msgstr is read as text, as msgfmt reads it, and builds."""
    po = repo / PO
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Firas Hassan"', f'msgstr "Firas{char}Hassan"'), encoding="utf-8")
    for command in (("explain", "build"), ("mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))):
        result = run_in(repo, *command)
        assert result.returncode == 0, result.stderr
    page = (repo / "out" / "en" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "Firas Hassan" in page


def _drop_title_en(repo):
    """meta.yml's title_en comes before en.po's title (the editor's data first): without it, the
    translation's title is the one the pages and feeds print."""
    meta = repo / "sources" / SLUG / "meta.yml"
    meta.write_text("\n".join(line for line in meta.read_text(encoding="utf-8").splitlines()
                              if not line.startswith("title_en:")) + "\n", encoding="utf-8")


def test_line_breaks_in_a_translation_stay_inline(repo):
    """A title from en.po with blank lines, an indented line and a numbered line is one line of
    text in the heading, the <title> and the description: no new blocks (issue 24, item 11)."""
    from lxml import html as lxml_html

    po = repo / PO
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgstr "Intelligence cooperation agreement against \\"Daesh\\" between Iraq, Russia, Syria and Iran"',
        'msgstr "Intelligence\\n\\n    indented code\\n\\n1. list item\\n\\n"'), encoding="utf-8")
    assert "indented code" in po.read_text(encoding="utf-8")
    _drop_title_en(repo)
    for command in (("explain", "build"), ("mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))):
        result = run_in(repo, *command)
        assert result.returncode == 0, result.stderr
    root = lxml_html.fromstring((repo / "out" / "en" / SLUG / "index.html").read_bytes())
    article = root.xpath("//article")[0]
    assert [" ".join(h.text_content().split()) for h in article.xpath(".//h1")] == ["Intelligence indented code 1. list item"]
    assert article.xpath(".//h1/@id") == ["index"]
    assert article.xpath(".//pre") == [] and article.xpath(".//ol") == []
    assert " ".join(root.xpath("//title")[0].text_content().split()).startswith("Intelligence indented code 1. list item")


XML_FORBIDDEN = "\x01\x0b\x1f\ufffe\x1b"


def test_feeds_stay_well_formed_xml_whatever_the_titles_hold(repo):
    """Characters XML 1.0 forbids, in the headline (article) and the English title (en.po), are
    dropped from both feeds as from the pages (issue 24, item 3)."""
    from lxml import etree

    article = repo / "sources" / SLUG / "article.ar.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(HEADLINE, f"{HEADLINE} {XML_FORBIDDEN}ب"), encoding="utf-8")
    assert run_in(repo, "explain", "build").returncode == 0
    po = repo / PO
    text = po.read_text(encoding="utf-8")
    start = text.index('msgctxt "title"')
    msgstr = text.index("msgstr ", start)
    text = text[:msgstr] + f'msgstr "Agreement{XML_FORBIDDEN} end"' + text[text.index("\n", msgstr):]
    # the changed headline made the entry fuzzy; the translator confirms it (plain text shows only confirmed English)
    entry_start = text.rfind("\n\n", 0, start) + 2
    head = "\n".join(line for line in text[entry_start:start].split("\n") if not line.startswith(("#, fuzzy", "#|")))
    po.write_text(text[:entry_start] + head + text[start:], encoding="utf-8")
    _drop_title_en(repo)
    for command in (("explain", "build"), ("mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))):
        result = run_in(repo, *command)
        assert result.returncode == 0, result.stderr
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = {}
    for lang, feed in (("ar", repo / "out" / "feed.xml"), ("en", repo / "out" / "en" / "feed.xml")):
        root = etree.fromstring(feed.read_bytes())  # raises on a character XML 1.0 forbids
        titles[lang] = root.xpath("//a:entry/a:title/text()", namespaces=ns)
    assert titles == {"ar": [f"{HEADLINE}  ب"], "en": ["Agreement  end"]}


def test_build_check_on_a_new_source_says_it_is_not_generated_yet(repo):
    new = repo / "sources" / "new-explainer"
    new.mkdir()
    (new / "article.ar.txt").write_bytes((repo / "sources" / SLUG / "article.ar.txt").read_bytes())
    (new / "meta.yml").write_text("history:\n  - {date: 2026-12-01, kind: published, note: {ar: أ, en: a}}\n", encoding="utf-8")
    line = one_error_line(run_in(repo, "explain", "build", "--check"))
    assert line == "error: sources/new-explainer: not generated yet: run `python scripts/explain.py build`"


def test_shape_errors_name_the_file_once(repo):
    meta = repo / META
    meta.write_text(meta.read_text(encoding="utf-8").replace("author: فراس حسن", "author: [a, b]"), encoding="utf-8")
    line = one_error_line(run_in(repo, "explain", "build"))
    assert line == f"error: {META}:5: author must be text, not a list or mapping"


def test_an_alias_bomb_is_refused_in_well_under_a_second(repo):
    meta = repo / META
    meta.write_text(ALIAS_BOMB + meta.read_text(encoding="utf-8").replace("published: unknown", "published: *a9"), encoding="utf-8")
    started = time.monotonic()
    for command in (("explain", "build"), ("mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))):
        result = run_in(repo, *command, timeout=60)
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
        assert f"{META}:1:" in result.stderr, result.stderr
    assert time.monotonic() - started < 20  # two processes' start-up; the refusal itself is at the first anchor


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_editor_input_gets_one_line_naming_the_file_and_nothing_is_rewritten(repo, name):
    rel, change, expected = BAD_INPUTS[name]
    path = repo / rel
    before = path.read_bytes() if path.exists() else b""
    binary = "po cut" in name or "UTF-16" in name
    after = change(before) if binary else change(before.decode("utf-8")).encode("utf-8")
    path.write_bytes(after)
    po_before = (repo / PO).read_bytes()
    one_error_line(run_in(repo, "explain", "build"), *expected)
    assert (repo / PO).read_bytes() == po_before  # the translator's file is never "repaired"
    assert path.read_bytes() == after


@pytest.mark.parametrize("name", ["po unterminated string", "glossary id with a quote", "overrides merge into itself",
                                  "overrides attach list", "meta published mapping", "ui list for text"])
def test_mkdocs_build_reports_the_same_line_without_a_traceback(repo, name):
    rel, change, expected = BAD_INPUTS[name]
    path = repo / rel
    path.write_text(change(path.read_text(encoding="utf-8") if path.exists() else ""), encoding="utf-8")
    result = run_in(repo, "mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert any(ln.startswith("ERROR") and "error: " in ln and expected[0] in ln for ln in result.stderr.splitlines()), result.stderr


@pytest.mark.parametrize("case", ["source symlink", "docs symlink", "note symlink", "folder with a quote", "dots folder"])
def test_paths_outside_the_project_and_bad_folder_names_are_refused(repo, tmp_path, case):
    outside = tmp_path / "outside"
    outside.mkdir()
    if case == "source symlink":
        (repo / "sources" / SLUG).rename(outside / SLUG)
        (repo / "sources" / SLUG).symlink_to(outside / SLUG)
        expected = f"sources/{SLUG}"
    elif case == "docs symlink":
        (repo / "docs" / SLUG).rename(outside / SLUG)
        (repo / "docs" / SLUG).symlink_to(outside / SLUG)
        expected = f"docs/{SLUG}"
    elif case == "note symlink":
        note = repo / "sources" / SLUG / "notes" / "index.md"
        note.unlink()
        note.symlink_to("/etc/passwd")
        expected = f"sources/{SLUG}/notes/index.md"
    else:
        name = 'x" onclick="alert(1)' if case == "folder with a quote" else "..."
        (repo / "sources" / name).mkdir()
        (repo / "sources" / name / "article.ar.txt").write_bytes((repo / "sources" / SLUG / "article.ar.txt").read_bytes())
        expected = name
    snapshot = sorted(p.name for p in outside.rglob("*"))
    line = one_error_line(run_in(repo, "explain", "build"), expected)
    assert "symbolic link" in line or "folder name" in line
    assert sorted(p.name for p in outside.rglob("*")) == snapshot  # nothing written there


def test_a_note_cannot_include_files_outside_the_notes(repo):
    """Notes are copied into their page at generation; no include directive is followed."""
    note = repo / "sources" / SLUG / "notes" / "index.md"
    (repo / ".git").mkdir()
    (repo / ".git" / "config").write_text("[core]\n\tsecret = 42\n", encoding="utf-8")
    note.write_text(note.read_text(encoding="utf-8") + '\n--8<-- ".git/config"\n\n--8<-- "../mkdocs.yml"\n', encoding="utf-8")
    assert run_in(repo, "explain", "build").returncode == 0
    result = run_in(repo, "mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))
    assert result.returncode == 0, result.stderr
    published = "\n".join(p.read_text(encoding="utf-8") for p in (repo / "out").rglob("*.html"))
    assert "secret = 42" not in published and "site_name:" not in published
    assert "git/config" in (repo / "out" / SLUG / "index.html").read_text(encoding="utf-8")  # shown as text


def test_a_save_during_the_build_is_kept_not_reverted(repo):
    """The build read en.po, a translator saved it meanwhile: the build stops, the save stays."""
    code = (
        "import sys; sys.path.insert(0, 'scripts')\n"
        "from explainer import cli\n"
        f"src = cli.ROOT / 'sources' / '{SLUG}'\n"
        "files, catalogue = cli.generate(src)\n"
        "files[src / 'en.po'] += '\\n'  # the build has something to add\n"
        "(src / 'en.po').write_text((src / 'en.po').read_text(encoding='utf-8').replace('Firas Hassan', 'F. Hassan'), encoding='utf-8')\n"
        "try:\n    cli.write_changed(src, files, catalogue)\nexcept cli.ConfigError as err:\n    print('stopped:', err)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "stopped:" in result.stdout and "changed while the build" in result.stdout
    assert "F. Hassan" in (repo / PO).read_text(encoding="utf-8")


def test_rewritten_files_keep_their_mode_and_new_ones_are_0644(repo):
    code = (
        "import sys, os; sys.path.insert(0, 'scripts')\n"
        "from explainer import cli\n"
        "p = cli.ROOT / 'docs' / 'x.md'; cli.write_atomic(p, 'a'); print(oct(os.stat(p).st_mode & 0o777))\n"
        "os.chmod(p, 0o664); cli.write_atomic(p, 'b'); print(oct(os.stat(p).st_mode & 0o777))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["0o644", "0o664"], result.stderr


def test_a_killed_builds_temporary_files_do_not_make_the_tree_stale(repo):
    (repo / "sources" / SLUG / f".en.po.abc123.tmp").write_text("half a catalogue", encoding="utf-8")
    (repo / "docs" / SLUG / ".claims.md.abc123.tmp").write_text("half a page", encoding="utf-8")
    result = run_in(repo, "explain", "build", "--check")
    assert result.returncode == 0, result.stderr


def test_data_saved_under_serve_is_read_again(tmp_path):
    """The data cache is keyed by the file's stamp: the same process sees an edit."""
    from explainer.lexicon import load_data

    data = tmp_path / "data"
    data.mkdir()
    (data / "relations.yml").write_text("cooperation: [أ]\n", encoding="utf-8")
    assert load_data("relations.yml", data) == {"cooperation": ["أ"]}
    time.sleep(0.01)
    (data / "relations.yml").write_text("cooperation: [ب, ج]\n", encoding="utf-8")
    assert load_data("relations.yml", data) == {"cooperation": ["ب", "ج"]}


# -- input text: line endings, size, time -----------------------------------------------------

def test_cr_only_line_endings_are_paragraphs():
    from explainer.pipeline import explain

    doc = explain("عنوان الخبر\rقال الوزير إن الاتفاق تم.\rونفى المتحدث ذلك.\r", slug="t")
    assert [s.text for s in doc.sentences] == ["قال الوزير إن الاتفاق تم.", "ونفى المتحدث ذلك."]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r", "\u2028", "\u2029"])
def test_line_ends_are_the_same_everywhere_and_nel_is_not_one(end):
    """LF, CRLF, CR, U+2028 and U+2029 end a line; U+0085 (NEL) inside a headline does not split
    it into a headline and a first body line (issue 24, item 17). Offsets index the original."""
    from explainer.pipeline import explain

    text = end.join(["عنوان الخبر الأول\x85والثاني", "", "قال الوزير إن الاتفاق تم.", "ونفى المتحدث ذلك.", ""])
    doc = explain(text, slug="t")
    assert doc.source.title == "عنوان الخبر الأول\x85والثاني"
    assert [s.text for s in doc.sentences] == ["قال الوزير إن الاتفاق تم.", "ونفى المتحدث ذلك."]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


def test_an_article_on_one_line_is_not_taken_for_page_chrome():
    from explainer.pipeline import explain

    line = "قال المتحدث إن الصفحة لم يعد في الخدمة بعض أجزائها " + "وأضاف أن الاتفاق تم مع روسيا وسوريا وإيران " * 10
    doc = explain(line, slug="t")
    assert doc.source.removed == []  # «لم يعد في الخدمة» is a chrome phrase, but this line is the article
    assert [(s.id, s.text) for s in doc.sentences] == [("p1s1", line.strip())]


def test_a_megabyte_without_a_full_stop_is_extracted_in_linear_time(tmp_path):
    """1 MB in one "sentence" (the size limit) in a subprocess under a time limit; it used to hang."""
    unit = "وقال المتحدث باسم الحكومة العراقية إن الاتفاق تم مع روسيا وسوريا وإيران، ونفى الوزير أن يكون قد التقى أحدا، "
    data = (unit * (999_000 // len(unit.encode()) + 1)).encode()[:999_000]
    article = tmp_path / "long.txt"
    article.write_bytes(data.decode("utf-8", "ignore").encode())
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "explain.py"), "extract", str(article)],
                            capture_output=True, timeout=120)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-500:]
    assert elapsed < 90, f"{elapsed:.1f} s"
    print(f"1 MB single-sentence article: {elapsed:.1f} s")


# -- a hostile site, read in Chromium --------------------------------------------------------------

HOSTILE = "<img src=x onerror=alert(1)><!--<script>alert(2)</script>\u202e {{ x }} 'q\""
HEADLINE = 'اتفاق تعاون استخباراتي ضد تنظيم "داعش" بين العراق وروسيا وسوريا وإيران'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The project with markup, comment openers, quotes and a bidi override in the headline, the
    English title (en.po), the credit (meta.yml) and a glossary definition (data/), built."""
    import polib

    repo = repo_copy(tmp_path_factory.mktemp("hostile") / "repo")
    article = repo / "sources" / SLUG / "article.ar.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(HEADLINE, HEADLINE + " " + HOSTILE), encoding="utf-8")
    meta = repo / "sources" / SLUG / "meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("credit_en: AFP", "credit_en: " + json.dumps("AFP " + HOSTILE)), encoding="utf-8")
    # the English title from en.po (meta.yml title_en, which comes first, is not given here)
    meta.write_text(re.sub(r"(?m)^title_en: .*\n", "", meta.read_text(encoding="utf-8")), encoding="utf-8")
    glossary = repo / "data" / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "      en: A small team of representatives", "      en: " + json.dumps(HOSTILE) + "\n      old: A small team of representatives"), encoding="utf-8")
    assert run_in(repo, "explain", "build").returncode == 0
    po = polib.pofile(str(repo / "sources" / SLUG / "en.po"), wrapwidth=0)
    entry = next(e for e in po if e.msgctxt == "title")
    entry.msgstr, entry.flags = "Agreement " + HOSTILE, []
    po.save()
    result = run_in(repo, "explain", "build")
    assert result.returncode == 0, result.stderr
    result = run_in(repo, "mkdocs", "build", "--strict", "-q", "--site-dir", str(repo / "out"))
    assert result.returncode == 0, result.stderr
    return repo / "out"


@pytest.mark.browser
def test_hostile_text_is_shown_as_text_on_every_page(hostile_site, browser):
    from helpers import html_pages, serve

    server, url = serve(hostile_site)
    try:
        pages = [p.relative_to(hostile_site).as_posix().removesuffix("index.html") for p in html_pages(hostile_site)]
        assert len(pages) >= 20
        for rel in pages:
            page = browser.new_page()
            dialogs, errors = [], []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{url}/{rel}")
            page.wait_for_load_state("load")
            state = page.evaluate("""() => ({
                injected: document.querySelectorAll('img[src="x"], [onerror], [onmouseover], [onclick]').length,
                text: (document.querySelector('article') || document.body).innerText.length,
                jsonld: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => { try { JSON.parse(s.textContent); return true } catch (e) { return false } }),
                title: document.title,
                headline: document.querySelector('article h1') ? document.querySelector('article h1').innerText : '',
            })""")
            page.close()
            assert dialogs == [] and errors == [], (rel, dialogs, errors)
            assert state["injected"] == 0, rel
            assert state["text"] > 40, (rel, "page shows (almost) no text")
            assert all(state["jsonld"]) and (state["jsonld"] or rel.endswith("404.html")), rel
            if rel.rstrip("/").endswith(SLUG):
                assert "<img src=x onerror=alert(1)>" in state["title"], (rel, state["title"])  # as text
                assert "<img src=x onerror=alert(1)>" in state["headline"], (rel, state["headline"])
    finally:
        server.shutdown()


def test_every_page_has_the_content_security_policy_and_no_inline_script(site):
    """The policy of mkdocs.yml `extra.csp` on every page, first in <head>; nothing it would
    block is on the page (inline scripts, event handlers, style attributes, other hosts)."""
    import yaml
    from lxml import html as lxml_html

    from helpers import html_pages

    policy = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))["extra"]["csp"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "default-src 'none'" in policy
    pages = html_pages(site)
    assert len(pages) >= 20
    for path in pages:
        root = lxml_html.fromstring(path.read_bytes())
        metas = root.xpath("//head/meta[@http-equiv='Content-Security-Policy']/@content")
        assert metas == [policy], path
        inline = [s for s in root.xpath("//script") if not s.get("src") and s.get("type") != "application/ld+json"]
        assert inline == [], (path, [s.text[:60] for s in inline])
        assert not root.xpath("//@*[starts-with(name(), 'on')]"), path
        assert not root.xpath("//@style"), path
