"""The translators' workflow: PO entries per item, fuzzy when the Arabic changes, visible notes
for missing and under-review passages, coverage that fails CI below 100 %."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys

import polib
import pytest

from explainer.ingest import read_article
from explainer.pipeline import explain
from explainer.render import render_source
from explainer.translate import FUZZY, MISSING, OK, Catalogue
from helpers import ARTICLE, ROOT

SLUG = "iraq-russia-intelligence-2015"
PO = ROOT / "sources" / SLUG / "en.po"


def render_with(po_path):
    doc = explain(read_article(ARTICLE), slug=SLUG)
    catalogue = Catalogue(po_path)
    files = render_source(doc, {}, catalogue, ROOT)
    return doc, catalogue, files


def test_every_item_kind_has_a_po_entry_keyed_by_its_stable_id():
    po = polib.pofile(str(PO))
    ids = {e.msgctxt for e in po if not e.obsolete}
    doc, _, _ = render_with(PO)
    for s in doc.sentences:
        assert s.id in ids
    for c in doc.claims:
        assert {f"claim:{c.id}", f"cue:{c.id}"} <= ids
    for d in doc.denials:
        assert {f"denial:{d.id}", f"cue:{d.id}"} <= ids
    for e in doc.events:
        assert f"event:{e.id}" in ids
    assert {"title", "byline", "credit"} <= ids
    for entry in po:
        if not entry.obsolete and entry.msgctxt and entry.msgctxt.startswith(("claim:", "denial:")):
            kind, iid = entry.msgctxt.split(":")
            item = next(i for i in doc.claims + doc.denials if i.id == iid)
            assert entry.msgid == item.text  # msgid = the verbatim Arabic


def test_changed_arabic_marks_the_entry_fuzzy_and_the_page_says_under_review(tmp_path):
    po = polib.pofile(str(PO), wrapwidth=0)
    entry = next(e for e in po if e.msgctxt == "p8s1")
    old_english = entry.msgstr
    entry.msgid = entry.msgid.replace("نيويورك", "واشنطن")  # as if the article had said another city
    po.save(str(tmp_path / "en.po"))
    doc, catalogue, files = render_with(tmp_path / "en.po")
    assert catalogue.get("p8s1", doc.sentence("p8s1").text).state == FUZZY
    source_en = files[f"{SLUG}/source.en.md"]
    assert "translation under review" in source_en
    assert "Not yet translated: 0 passages; under review: 1 passage" in html.unescape(source_en)  # counted, agreeing
    updated = polib.pofile(catalogue.updated())
    fuzzy = next(e for e in updated if e.msgctxt == "p8s1")
    assert "fuzzy" in fuzzy.flags
    assert fuzzy.msgid == doc.sentence("p8s1").text  # the new Arabic
    assert fuzzy.previous_msgid and "واشنطن" in fuzzy.previous_msgid  # what changed, for the translator
    assert fuzzy.msgstr == old_english  # kept for review, not thrown away
    # the Arabic pages do not change
    assert files[f"{SLUG}/source.md"] == render_with(PO)[2][f"{SLUG}/source.md"]


def test_missing_english_shows_the_arabic_with_a_visible_note_never_a_gap(tmp_path):
    po = polib.pofile(str(PO), wrapwidth=0)
    for e in po:
        if e.msgctxt in ("claim:c3", "p4s1"):
            e.msgstr = ""
    po.save(str(tmp_path / "en.po"))
    doc, catalogue, files = render_with(tmp_path / "en.po")
    assert catalogue.get("claim:c3", doc.claims[2].text).state == MISSING
    claims_en = files[f"{SLUG}/claims.en.md"]
    assert "not yet translated" in claims_en
    assert "Not yet translated: 1 passage;" in html.unescape(claims_en)  # counted at the top of the page
    # the Arabic quote shown once, marked as Arabic; under it the note, not the same Arabic again (issue 22)
    assert '<blockquote class="quote-source" lang="ar" dir="rtl"><p>وصول 15 طائرة' in claims_en
    assert '<span class="translation-missing" data-passage="claim:c3">not yet translated</span>' in claims_en
    assert claims_en.count("وصول 15 طائرة") == 1
    background_en = files[f"{SLUG}/background.en.md"]
    assert "not yet translated" in background_en
    done, fuzzy, total = catalogue.coverage()
    assert (done, fuzzy) == (total - 2, 0)
    assert set(catalogue.pending()) == {"claim:c3", "p4s1"}


def test_a_complete_translation_has_no_notes():
    doc, catalogue, files = render_with(PO)
    assert catalogue.get("p1s1", doc.sentence("p1s1").text).state == OK
    for rel, text in files.items():
        if rel.endswith(".en.md"):
            assert "not yet translated" not in text and "under review" not in text, rel


def test_translations_command_fails_below_100_percent_for_a_shipped_source(tmp_path):
    """Run the CLI on a copy of the repository whose PO lacks one entry."""
    copy = tmp_path / "repo"
    for part in ("scripts", "data", "sources", "docs"):
        shutil.copytree(ROOT / part, copy / part)
    po = polib.pofile(str(copy / "sources" / SLUG / "en.po"), wrapwidth=0)
    next(e for e in po if e.msgctxt == "claim:c5").msgstr = ""
    po.save()
    run = subprocess.run([sys.executable, str(copy / "scripts" / "explain.py"), "translations"],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "52/53 translated" in run.stdout
    assert "claim:c5" in run.stderr and run.stderr.count("\n") == 1
    ok = subprocess.run([sys.executable, str(ROOT / "scripts" / "explain.py"), "translations"], capture_output=True, text=True)
    assert ok.returncode == 0 and "(100.0 %)" in ok.stdout


def test_every_ui_label_exists_in_both_languages():
    import yaml

    ui = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
    missing = set(ui["ar"]) - set(ui["en"]) - {"reasons"}  # removal reasons are written in English
    assert not missing, f"English labels missing in data/ui.yml: {sorted(missing)}"
    assert not set(ui["en"]) - set(ui["ar"])
    assert len(ui["ar"]["months"]) == len(ui["en"]["months"]) == 12
    chrome = yaml.safe_load((ROOT / "data" / "chrome.yml").read_text(encoding="utf-8"))
    untranslated = {r["reason"] for r in chrome["rules"]} - set(ui["ar"]["reasons"])
    assert not untranslated, f"removal reasons with no Arabic in data/ui.yml: {sorted(untranslated)}"


def test_first_article_translation_keeps_the_house_style():
    """The reviewed wording of the first article's English: the group is "the Islamic State group"
    (not "the 'Daesh' organisation"), "US-led" throughout, no double quotes opened inside double
    quotes, Moscow as the one raising the stakes (p5s1), and the reading time as "4 min read"."""
    po = polib.pofile(str(PO), wrapwidth=0)
    english = {e.msgctxt: e.msgstr for e in po if not e.obsolete}
    texts = list(english.values())
    assert not [t for t in texts if "organisation" in t and ("Daesh" in t or "Islamic State" in t)]
    assert not [t for t in texts if "United States-led" in t or "repositioning" in t]
    assert not [t for t in texts if t.count('"') % 2], "an odd number of double quotes: a quote nested in a quote"
    assert english["p5s1"].startswith("By raising the stakes") and "Moscow has forced Washington" in english["p5s1"]
    assert english["removed:3"] == "4 min read"


# -- the translator's file: context, references, header; msgcat; memory; quality checks (issue 22) --

ANT_ARTICLE = ROOT / "tests" / "corpus" / "ant" / "01_JA-internationalNews-419-20160718.txt"


@pytest.fixture(scope="module")
def built_copy(tmp_path_factory):
    """A copy of the project with the first explainer and one untranslated corpus article added as
    a folder (its `# source:` address line and its date line are removed page elements), after
    `explain.py build`."""
    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path_factory.mktemp("po") / "repo")
    new = repo / "sources" / "ant-nice"
    new.mkdir()
    shutil.copyfile(ANT_ARTICLE, new / "article.ar.txt")
    (new / "meta.yml").write_text("shipped: false\n", encoding="utf-8")
    result = run_in(repo, "explain", "build")
    assert result.returncode == 0, result.stderr
    return repo


def test_every_generated_entry_has_its_sentence_speaker_and_page_and_a_full_header(built_copy):
    for slug in (SLUG, "ant-nice"):
        po = polib.pofile(str(built_copy / "sources" / slug / "en.po"), wrapwidth=0)
        assert po.metadata["Language"] == "en"
        assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
        assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
        live = [e for e in po if not e.obsolete]
        assert live
        for entry in live:
            assert entry.comment.strip(), f"{slug} {entry.msgctxt}: no #. context"
            assert entry.occurrences, f"{slug} {entry.msgctxt}: no #: reference"
    po = polib.pofile(str(built_copy / "sources" / SLUG / "en.po"), wrapwidth=0)
    by_ctx = {e.msgctxt: e for e in po if not e.obsolete}
    cue = by_ctx["cue:c1"]  # a one-word entry: the whole sentence and who speaks are beside it
    assert "أعلنت قيادة العمليات المشتركة العراقية أن العراق وسوريا وإيران وروسيا" in cue.comment
    assert "Said by: قيادة العمليات المشتركة (Iraqi Joint Operations Command)" in cue.comment
    assert ("en/iraq-russia-intelligence-2015/claims/#c1", "") in by_ctx["claim:c1"].occurrences
    assert ("en/iraq-russia-intelligence-2015/source/#p3s2", "") in by_ctx["p3s2"].occurrences


def test_no_entry_for_an_address_or_a_date_the_pages_render_themselves(built_copy):
    po = polib.pofile(str(built_copy / "sources" / "ant-nice" / "en.po"), wrapwidth=0)
    msgids = [e.msgid for e in po if not e.obsolete]
    assert not [m for m in msgids if m.startswith("# source:")]
    assert "18/07/2016" not in msgids
    source_en = (built_copy / "docs" / "ant-nice" / "source.en.md").read_text(encoding="utf-8")
    assert "18/07/2016" in source_en  # still listed as removed, with no "not yet translated" beside it
    assert "18/07/2016</span> (" not in source_en


def test_msgcat_reads_and_rewrites_every_generated_catalogue_unchanged(built_copy):
    """GNU gettext's own writer (Debian package gettext) agrees byte for byte with ours, so
    Poedit, Weblate or msgcat never reformat what the build wrote (--no-wrap: our lines are
    never folded; msgcat's default folds at 79 columns)."""
    if not shutil.which("msgcat"):
        pytest.fail("msgcat not found: install the Debian package gettext (make system-deps)")
    for po in sorted((built_copy / "sources").glob("*/en.po")) + sorted((ROOT / "sources").glob("*/en.po")):
        out = subprocess.run(["msgcat", "--no-wrap", str(po)], capture_output=True, timeout=60)
        assert out.returncode == 0, out.stderr.decode()
        assert out.stdout == po.read_bytes(), po


def test_regenerating_the_shipped_catalogue_keeps_every_translation(built_copy):
    def by_key(path):
        return {(e.msgctxt, e.obsolete): (e.msgid, e.msgstr, "fuzzy" in e.flags) for e in polib.pofile(str(path), wrapwidth=0)}

    before = by_key(PO)
    after = by_key(built_copy / "sources" / SLUG / "en.po")
    assert after == before
    assert len(after) == 55 and after[("claim:c5", False)][1].startswith("the Syrian army had recently begun")


NEW_ARTICLE = """الجعفري: لا مستشارين روس في العراق

قال وزير الخارجية العراقي إبراهيم الجعفري إن العراق لم يستقبل أي مستشارين عسكريين روس لمساعدة قواته.
"""


def test_a_new_explainer_is_prefilled_from_translated_ones_as_fuzzy_and_never_shown_as_translated(tmp_path):
    """Translation memory: a new article naming the first explainer's foreign minister, with one of
    its cues and one of its quotes, gets their English pre-filled, marked fuzzy, saying where from;
    its pages show them as under review, and `explain.py translations` counts them."""
    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    new = repo / "sources" / "jaafari-advisers"
    new.mkdir()
    (new / "article.ar.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    (new / "meta.yml").write_text("shipped: false\n", encoding="utf-8")
    result = run_in(repo, "explain", "build")
    assert result.returncode == 0, result.stderr
    po = polib.pofile(str(new / "en.po"), wrapwidth=0)
    by_msgid = {e.msgid: e for e in po if not e.obsolete}
    for arabic, english, origin in [
        ("وزير الخارجية العراقي", "Iraqi Foreign Minister", "title:ibrahim-al-jaafari"),
        ("قال", "said", "cue:c9"),
        ("العراق لم يستقبل أي مستشارين عسكريين روس لمساعدة قواته",
         "Iraq has not received any Russian military advisers to help its forces", "claim:c9"),
    ]:
        entry = by_msgid[arabic]
        assert entry.msgstr == english and "fuzzy" in entry.flags
        assert entry.tcomment == (f"Pre-filled from sources/iraq-russia-intelligence-2015/en.po ({origin}); "
                                  "check it and remove the fuzzy flag")
    assert by_msgid["الجعفري: لا مستشارين روس في العراق"].msgstr == ""  # nothing to reuse: left empty
    pages = {p.name: p.read_text(encoding="utf-8") for p in (repo / "docs" / "jaafari-advisers").glob("*.en.md")}
    assert "Iraqi Foreign Minister" in pages["actors.en.md"]
    for name, text in pages.items():
        for english in ("Iraq has not received", "Iraqi Foreign Minister"):
            for k in [i for i in range(len(text)) if text.startswith(english, i)]:
                assert "(translation under review)" in text[k:k + 200], f"{name}: {english} shown as translated"
    assert "under review&#58; 2 passages" in pages["claims.en.md"]  # the quote and its cue
    report = run_in(repo, "explain", "translations")
    line = next(x for x in report.stdout.splitlines() if x.startswith("jaafari-advisers:"))
    assert "3 under review" in line and "3 pre-filled from other explainers" in line
    again = run_in(repo, "explain", "build", "--check")  # the pages were made with the pre-filled entries
    assert "jaafari-advisers" not in again.stderr


def _msgstr_line(text: str, ctx: str) -> int:
    """The line of the msgstr of the entry `ctx` in a PO text (counted from 1)."""
    lines = text.split("\n")
    start = lines.index(f'msgctxt "{ctx}"')
    return next(k for k in range(start, len(lines)) if lines[k].startswith("msgstr")) + 1


def test_translations_runs_pofilters_checks_and_names_the_line_of_each_finding(tmp_path):
    """translate-toolkit's pofilter checks (numbers, brackets, quotes, addresses, placeholders)
    and ours for English that still holds Arabic or is the Arabic unchanged, one `FILE:LINE: what`
    per finding; advice, not a failure (the house style drops the quotes around «داعش»)."""
    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    path = repo / "sources" / SLUG / "en.po"
    po = polib.pofile(str(path), wrapwidth=0)
    entries = {e.msgctxt: e for e in po if not e.obsolete}
    entries["claim:c3"].msgstr = "the arrival of 51 military transport aircraft carrying weapons and equipment in Syria"
    entries["claim:c5"].msgstr = "the Syrian army (had recently begun using new types of weapons supplied by Russia"
    entries["p4s1"].msgstr = entries["p4s1"].msgid
    entries["tag1"].msgstr = "Syria سوريا"
    entries["removed:2"].msgstr = "Facebook https://facebook.com/"
    po.save()
    text = path.read_text(encoding="utf-8")
    result = run_in(repo, "explain", "translations")
    assert result.returncode == 0, result.stderr  # fully translated: the findings are advice
    name = f"sources/{SLUG}/en.po"
    lines = result.stdout.splitlines()
    for ctx, what in [
        ("claim:c3", "Different numbers [numbers]"),
        ("claim:c5", "Added '(' [brackets]"),
        ("p4s1", "the English is the Arabic unchanged [unchanged]"),
        ("p4s1", "Arabic text left in the English [arabic]"),
        ("tag1", "Arabic text left in the English [arabic]"),
        ("removed:2", "Different URLs [urls]"),
    ]:
        assert f"{name}:{_msgstr_line(text, ctx)}: {ctx}: {what}" in lines, (ctx, what)
    assert f"{name}:{_msgstr_line(text, 'claim:c1')}: claim:c1: Different quotation marks [doublequoting]" in lines
    findings = [x for x in lines if x.startswith(name + ":")]
    assert all(x.split(":")[1].isdigit() for x in findings)
