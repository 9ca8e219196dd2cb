"""The English side of a new, untranslated explainer (issue 22, items 1-4): every Arabic part of
an English page, title or feed marked as Arabic; one accurate translation notice; the editor's
English (meta.yml, data files) first; draft English pages kept out of search engines' way until
translated. Builds run in a copy of the project (tests never write into the checkout)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from lxml import etree
from lxml import html as lhtml

from explainer.ingest import read_article
from explainer.pipeline import explain
from explainer.render import render_source
from explainer.translate import Catalogue
from helpers import ROOT, repo_copy

FIRST = "iraq-russia-intelligence-2015"
FIXTURE = ROOT / "tests" / "fixtures" / "egypt-sudan.ar.txt"
# Two real articles nobody here wrote (tests/corpus/ant, ANT Corpus), added as folders, untranslated.
NEW = {"new-germany": "01_JA-internationalNews-419-20160718.txt", "new-syria": "18_BB-middleEast-477-20180509.txt"}
ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _inherited(el, attr):
    while el is not None:
        if el.get(attr) is not None:
            return el.get(attr)
        el = el.getparent()
    return None


def arabic_outside_arabic(root, attr="lang") -> list[str]:
    """Text nodes holding an Arabic letter whose nearest language (attribute `attr`) is not Arabic."""
    bad = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for text, owner in ((el.text, el), (el.tail, el.getparent())):
            if text and ARABIC.search(text) and owner is not None and (_inherited(owner, attr) or "").split("-")[0] != "ar":
                bad.append(f"<{owner.tag}> {text.strip()[:50]}")
    return bad


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """The project with two untranslated real articles added as folders (one of them credited
    with `credit_en` in meta.yml), built with a SITE_URL."""
    base = tmp_path_factory.mktemp("english")
    repo = repo_copy(base / "repo")
    for k, (slug, name) in enumerate(NEW.items(), 1):
        folder = repo / "sources" / slug
        folder.mkdir()
        shutil.copyfile(ROOT / "tests" / "corpus" / "ant" / name, folder / "article.ar.txt")
        (folder / "meta.yml").write_text(
            f"slug: {slug}\nlanguage: ar\n" + ("credit_en: Reuters\n" if k == 2 else "")
            + f"history:\n  - date: 2027-01-0{k}\n    kind: published\n"
            "    note: {ar: النسخة الأولى., en: First version.}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(base / "site")],
                            cwd=repo, capture_output=True, text=True, timeout=900,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="http://example.test/"))
    assert result.returncode == 0, result.stderr[-3000:]
    return base / "site"


def test_no_arabic_text_outside_an_arabic_element_on_english_pages_titles_and_feeds(grown):
    bad = {}
    for page in sorted((grown / "en").rglob("*.html")):
        found = arabic_outside_arabic(lhtml.parse(str(page)).getroot())
        if found:
            bad[str(page.relative_to(grown))] = found[:3]
    for feed in ("feed.xml", "en/feed.xml"):
        root = etree.parse(str(grown / feed)).getroot()  # well-formed, or this raises
        found = arabic_outside_arabic(root, XML_LANG)
        if found:
            bad[feed] = found[:3]
    assert bad == {}
    assert etree.parse(str(grown / "en" / "feed.xml")).getroot().get(XML_LANG) == "en"
    assert etree.parse(str(grown / "feed.xml")).getroot().get(XML_LANG) == "ar"


def test_draft_english_pages_carry_noindex_and_the_banner_and_leave_sitemap_and_hreflang(grown):
    sitemap = (grown / "sitemap.xml").read_text(encoding="utf-8")
    for slug in NEW:
        for page in ("", "claims/", "actors/"):
            en = (grown / "en" / slug / page / "index.html").read_text(encoding="utf-8")
            ar = (grown / slug / page / "index.html").read_text(encoding="utf-8")
            assert '<meta name="robots" content="noindex">' in en
            banner = lhtml.fromstring(en).find_class("english-draft")
            assert banner and re.search(r"English draft: 0 of \d+ passages translated", banner[0].text_content())
            assert "hreflang=" not in en.split("</head>")[0] and "hreflang=" not in ar.split("</head>")[0]
            assert '<meta name="robots"' not in ar
            assert f"http://example.test/en/{slug}/{page}" not in sitemap
        assert f"http://example.test/{slug}/" in sitemap
    for page in ("", "claims/", "actors/"):
        en = (grown / "en" / FIRST / page / "index.html").read_text(encoding="utf-8")
        assert '<meta name="robots"' not in en and 'class="english-draft"' not in en
        assert f'hreflang="ar" href="http://example.test/{FIRST}/{page}"' in en
        assert f"http://example.test/en/{FIRST}/{page}" in sitemap


def test_the_translation_notice_counts_what_the_page_shows_untranslated(grown):
    """One notice per page; its count is the number of passages the page shows untranslated."""
    for slug in NEW:
        for page in ("", "claims/", "denials/", "actors/", "timeline/", "source/"):
            root = lhtml.parse(str(grown / "en" / slug / page / "index.html")).getroot()
            notices = root.find_class("english-draft")
            assert len(notices) == 1, (slug, page)
            shown = {el.get("data-passage") for el in root.iter() if isinstance(el.tag, str) and el.get("data-passage")}
            said = re.search(r"Translation incomplete on this page\. Not yet translated: (\d+) passages?;", notices[0].text_content())
            assert int(said.group(1) if said else 0) == len(shown), (slug, page, notices[0].text_content())


def test_the_editors_english_is_used_on_english_pages(grown):
    """credit_en of meta.yml (and an agency's English form from data/metadata.yml)."""
    overview = (grown / "en" / "new-syria" / "index.html").read_text(encoding="utf-8")
    assert "<dd>Reuters</dd>" in overview


def _untranslated(tmp_path, meta=None):
    doc = explain(read_article(FIXTURE), slug="egypt-sudan")
    return doc, render_source(doc, meta or {}, Catalogue(tmp_path / "en.po"), tmp_path)


def test_labels_are_never_doubled_or_repeated_in_arabic(tmp_path):
    doc, files = _untranslated(tmp_path)
    claims = files["egypt-sudan/claims.en.md"]
    cue = doc.claims[0].cue
    # the cue once, in Arabic quotation marks, never followed by itself again
    assert f'<q lang="ar" dir="rtl">{cue}</q>' in claims and f"({cue}" not in claims
    # no "Translated quote:" label followed by the same Arabic again
    for block in claims.split('class="quote-translated"')[1:]:
        assert not ARABIC.search(block.split("</p>")[0]), block[:200]


def test_credit_and_title_from_meta_and_agencies_come_first(tmp_path):
    _, files = _untranslated(tmp_path, {"title_en": "Cairo denies sending troops"})
    overview = files["egypt-sudan/index.en.md"]
    assert 'title: "Cairo denies sending troops"' in overview
    assert "<dd>Reuters</dd>" in overview  # رويترز, data/metadata.yml agencies
    _, files = _untranslated(tmp_path, {"credit_en": "Reuters news agency"})
    assert "<dd>Reuters news agency</dd>" in files["egypt-sudan/index.en.md"]


def test_arabic_actor_pages_never_show_arabic_as_the_english_name(grown):
    checked = 0
    for page in sorted(grown.glob("actors/*/index.html")):
        root = lhtml.parse(str(page)).getroot()
        for p in root.find_class("actor-names"):
            checked += 1
            english = [el for el in p.iter() if el.get("lang") == "en"]
            assert english or "لم يُترجم بعد" in p.text_content(), page
            assert not any(ARABIC.search(el.text_content()) for el in english), (page, p.text_content())
    assert checked > 20


def test_the_editor_can_publish_the_english_side_and_a_wrong_state_stops_with_one_line(tmp_path):
    _, files = _untranslated(tmp_path, {"english": "published"})
    overview = files["egypt-sudan/index.en.md"]
    assert "robots: noindex" not in overview and 'class="english-draft"' not in overview
    assert 'class="translation-notice"' in overview  # still says what is untranslated
    _, files = _untranslated(tmp_path)
    assert "robots: noindex" in files["egypt-sudan/index.en.md"]
    from explainer.schema import DataError

    with pytest.raises(DataError, match=r"^sources/egypt-sudan/meta.yml: english must be one of draft, published, found 'publishd'$"):
        _untranslated(tmp_path, {"english": "publishd"})
