"""The translators' workflow: PO entries per item, fuzzy when the Arabic changes, visible notes
for missing and under-review passages, coverage that fails CI below 100 %."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys

import polib

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
