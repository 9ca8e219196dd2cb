"""Behaviour tests for what an earlier audit found unguarded (issue 23): the negative cases of the
gazetteer and of relations, the feeds' dates and languages, Arabic digit runs isolated, removed
page-chrome lines escaped, and the language of an untranslated quote on an English actor page.
Every expected value is a literal worked out by hand, never a constant of the code under test."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from explainer.pipeline import explain
from explainer.render import render_source
from explainer.translate import Catalogue
from helpers import ROOT, repo_copy

SPEAKER = "وقال الوزير خالد يوسف إن "


def _explained(sentence: str):
    doc = explain(SPEAKER + sentence + "\n", slug="t")
    return sorted(a.id for a in doc.actors), [(r.parties, r.against) for r in doc.relations]


# -- gazetteer and relations: what must NOT be found ------------------------------------------------

def test_an_entry_that_needs_a_nationality_adjective_is_not_the_gazetteers_without_one():
    """«الجيش» alone is some army, not Iraq's: only «الجيش العراقي» is the gazetteer's iraq-army."""
    assert _explained("الجيش تقدم في المدينة.")[0] == ["org-jyx", "person-5ald-ywsf"]
    assert _explained("الجيش العراقي تقدم في المدينة.")[0] == ["iraq", "iraq-army", "person-5ald-ywsf"]


def test_a_cooperation_needs_two_parties_and_the_opponent_is_not_one():
    assert _explained("التنسيق بين العراق وروسيا ضد داعش مستمر.")[1] == [(["iraq", "russia"], ["islamic-state"])]
    assert _explained("التنسيق مع روسيا ضد داعش مستمر.")[1] == []  # one party: no relation
    assert _explained("التنسيق بين العراق وروسيا وسوريا لمحاربة داعش وجبهة النصرة مستمر.")[1] == \
        [(["iraq", "russia", "syria"], ["islamic-state", "al-nusra"])]


# -- feeds ------------------------------------------------------------------------------------------

def _entry(slug, published, modified, title, summary):
    from explainer.archive import Entry

    history = [{"date": published, "kind": "published", "note": {}}]
    if modified != published:
        history.append({"date": modified, "kind": "updated", "note": {}})
    return Entry(slug, True, title, summary, title, None, [], history)


def test_a_feed_is_updated_when_its_latest_entry_was_and_each_entry_speaks_the_feeds_language():
    import feedparser

    from explainer.feeds import atom

    # newest first by publication; the older one was updated last
    entries = [_entry("b-2026", "2026-12-01", "2026-12-01", {"ar": "عنوان ب", "en": "Title B"}, {"ar": "ملخص ب", "en": "Summary B"}),
               _entry("a-2026", "2026-10-02", "2027-01-05", {"ar": "عنوان أ", "en": "Title A"}, {"ar": "ملخص أ", "en": "Summary A"})]
    en = atom(entries, "en", "http://example.test/", "Explainers")
    assert "\n  <updated>2027-01-05T00:00:00Z</updated>\n" in en  # the feed's own, not an entry's
    parsed = feedparser.parse(en.encode())
    assert not parsed.bozo
    assert parsed.feed.updated == "2027-01-05T00:00:00Z" and parsed.feed.language == "en"
    assert [(e.link, e.title, e.summary, e.published, e.updated) for e in parsed.entries] == [
        ("http://example.test/en/b-2026/", "Title B", "Summary B", "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"),
        ("http://example.test/en/a-2026/", "Title A", "Summary A", "2026-10-02T00:00:00Z", "2027-01-05T00:00:00Z")]
    ar = feedparser.parse(atom(entries, "ar", "http://example.test/", "شروح").encode())
    assert ar.feed.updated == "2027-01-05T00:00:00Z"
    assert [(e.link, e.title, e.summary) for e in ar.entries] == [
        ("http://example.test/b-2026/", "عنوان ب", "ملخص ب"), ("http://example.test/a-2026/", "عنوان أ", "ملخص أ")]


# -- bidi -------------------------------------------------------------------------------------------

def test_digit_runs_and_latin_words_on_arabic_pages_are_isolated():
    import sys

    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    import bidi

    assert bidi.isolate_runs("<p>في 17 أيلول 2015، قال (ISIS) إن 15.5% <code>x 1</code></p>") == (
        '<p>في <bdi>17</bdi> أيلول <bdi>2015</bdi>، قال (<bdi lang="en">ISIS</bdi>) إن <bdi>15.5%</bdi> <code>x 1</code></p>')
    assert bidi.isolate_runs('<a href="/a/2015">رابط</a>') == '<a href="/a/2015">رابط</a>'  # attributes untouched


# -- escaping of the removed page-chrome lines ------------------------------------------------------

def test_a_removed_chrome_line_is_listed_as_text_never_as_markup(tmp_path):
    doc = explain(SPEAKER + "التنسيق مستمر.\nاقرأ أيضا <script>alert(1)</script> & <b>x</b>\n", slug="t")
    assert [(r.text, r.reason) for r in doc.source.removed] == \
        [("اقرأ أيضا <script>alert(1)</script> & <b>x</b>", "related-articles link")]
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    escaped = "اقرأ أيضا &#60;script&#62;alert&#40;1&#41;&#60;/script&#62; &#38; &#60;b&#62;x&#60;/b&#62;"
    for rel in ("t/source.md", "t/source.en.md"):
        page = files[rel]
        assert f'<li><span lang="ar" dir="rtl">{escaped}</span>' in page, rel
        assert "<script>" not in page and "<b>" not in page, rel


# -- actor pages: an untranslated quote on the English page is marked as Arabic ---------------------

@pytest.fixture(scope="module")
def untranslated(tmp_path_factory):
    """A copy whose en.po has lost the English of claim c9 (Jaafari's)."""
    repo = repo_copy(tmp_path_factory.mktemp("hub") / "repo")
    po = repo / "sources" / "iraq-russia-intelligence-2015" / "en.po"
    text = po.read_text(encoding="utf-8")
    old = 'msgstr "Iraq has not received any Russian military advisers to help its forces"'
    assert old in text
    po.write_text(text.replace(old, 'msgstr ""'), encoding="utf-8")
    return repo


def test_an_untranslated_quote_on_an_english_actor_page_is_arabic_with_arabic_marks(untranslated):
    from explainer.archive import actor_pages, site_entries

    files = actor_pages(site_entries(untranslated))
    en = files["actors/ibrahim-al-jaafari.en.md"]
    line = next(ln for ln in en.splitlines() if "claims.md#c9" in ln)
    assert line.startswith('- [<span lang="ar" dir="rtl">«العراق لم يستقبل أي مستشارين عسكريين روس لمساعدة قواته»</span>]'
                           "(../iraq-russia-intelligence-2015/claims.md#c9) &#40;not yet translated&#41; — in ["), line
    ar = files["actors/ibrahim-al-jaafari.md"]
    line = next(ln for ln in ar.splitlines() if "claims.md#c9" in ln)
    assert line.startswith("- [«العراق لم يستقبل أي مستشارين عسكريين روس لمساعدة قواته»](../iraq-russia-intelligence-2015/claims.md#c9) — "), line
