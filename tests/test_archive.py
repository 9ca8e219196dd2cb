"""The archive (scripts/explainer/archive.py, feeds.py, history.py; hook overrides/hooks/archive.py):
an explainer is a folder, navigation scales, home/archive listings, actor pages, Atom feeds and the
publication history. Every build runs in a copy of the project (tests never write into the checkout)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import feedparser
import pytest

from helpers import ROOT, repo_copy

SLUG = "iraq-russia-intelligence-2015"
NEW = "new-explainer-2024"
COPIES = 12  # enough that a page carrying every explainer's navigation would more than double


def _build(repo, site, **env):
    import os

    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], cwd=repo,
                          capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="http://example.test/", **env))


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """A copy with a new explainer added as a folder only (and more copies), built; and the same
    project with one explainer, built, for the page-weight comparison."""
    base = tmp_path_factory.mktemp("archive")
    one = repo_copy(base / "one")
    assert (r := _build(one, base / "site-one")).returncode == 0, r.stderr[-3000:]
    repo = repo_copy(base / "repo")
    src = repo / "sources" / SLUG
    shutil.copytree(src, repo / "sources" / NEW)
    meta = (repo / "sources" / NEW / "meta.yml").read_text(encoding="utf-8")
    meta = meta.replace("nav_title:\n  ar: اتفاق التعاون الاستخباراتي (2015)\n  en: The intelligence-sharing agreement (2015)\n",
                        "nav_title:\n  ar: شرح جديد\n  en: A new explainer\n")
    meta += ("  - date: 2027-01-05\n    kind: correction\n    note:\n      ar: تصحيح اسم.\n      en: A name corrected.\n")
    (repo / "sources" / NEW / "meta.yml").write_text(meta, encoding="utf-8")
    for k in range(COPIES - 2):
        shutil.copytree(src, repo / "sources" / f"copy-{k}")
    draft = repo / "sources" / "draft-explainer"
    shutil.copytree(src, draft)
    (draft / "meta.yml").write_text((draft / "meta.yml").read_text(encoding="utf-8") + "shipped: false\n", encoding="utf-8")
    mkdocs_yml = (repo / "mkdocs.yml").read_bytes()
    result = _build(repo, base / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (repo / "mkdocs.yml").read_bytes() == mkdocs_yml  # nothing to edit there
    return base / "site", base / "site-one"


def test_a_new_folder_is_on_both_homes_feeds_actor_pages_search_and_sitemap(grown):
    site, _ = grown
    for home in (site / "index.html", site / "en" / "index.html"):
        assert f'href="{NEW}/"' in home.read_text(encoding="utf-8"), home
    for lang, feed in (("ar", site / "feed.xml"), ("en", site / "en" / "feed.xml")):
        parsed = feedparser.parse(feed.read_bytes())
        assert not parsed.bozo, parsed.get("bozo_exception")
        links = [e.link for e in parsed.entries]
        root = "http://example.test/" + ("" if lang == "ar" else "en/")
        assert root + NEW + "/" in links and root + SLUG + "/" in links
        new = next(e for e in parsed.entries if e.link == root + NEW + "/")
        assert new.published.startswith("2026-11-29") and new.updated.startswith("2027-01-05")
        assert new.summary and links[0] == root + NEW + "/"  # newest first
    for lang in ("", "en/"):
        actor = (site / lang / "actors" / "russia" / "index.html").read_text(encoding="utf-8")
        assert f"../../{NEW}/" in actor and f"../../{SLUG}/" in actor
        speaker = (site / lang / "actors" / "ibrahim-al-jaafari" / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'href="\.\./\.\./{NEW}/claims/#c9"', speaker)  # his statement, the exact item
    search = "".join(p.read_text(encoding="utf-8") for p in (site / "search").rglob("*.json"))
    assert f"{NEW}/" in search and f"en/{NEW}/" in search
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"http://example.test/{NEW}/claims/" in sitemap and f"http://example.test/en/{NEW}/claims/" in sitemap


def test_a_draft_is_left_out_of_a_publishing_build(grown):
    site, _ = grown
    assert not (site / "draft-explainer").exists() and not (site / "en" / "draft-explainer").exists()
    assert "draft-explainer" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "draft-explainer" not in (site / "feed.xml").read_text(encoding="utf-8")


def test_a_page_weighs_the_same_with_one_or_many_explainers(grown):
    site, one = grown
    for rel in (f"{SLUG}/claims/index.html", f"en/{SLUG}/claims/index.html", "about/index.html"):
        a, b = (one / rel).stat().st_size, (site / rel).stat().st_size
        assert abs(b - a) <= 0.10 * a, f"{rel}: {a} bytes with 1 explainer, {b} with {COPIES}"
    page = (site / SLUG / "claims" / "index.html").read_text(encoding="utf-8")
    assert f'href="../../{NEW}/' not in page.split('class="md-content"')[0]  # no other explainer's nav
    assert 'href="../../archive/"' in page  # the way to the archive


def test_every_page_links_its_feed_and_history_dates_reach_json_ld(grown):
    site, _ = grown
    for path, feed in ((site / NEW / "index.html", "http://example.test/feed.xml"),
                       (site / "en" / "about" / "index.html", "http://example.test/en/feed.xml")):
        head = path.read_text(encoding="utf-8").split("</head>")[0]
        assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in head
    html = (site / "en" / NEW / "index.html").read_text(encoding="utf-8")
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    page = ld["@graph"][1]
    assert page["datePublished"] == "2026-11-29" and page["dateModified"] == "2027-01-05"
    assert "datePublished" not in page["isBasedOn"]  # the article's own date is unknown
    assert "<strong>Correction</strong>" in html and 'id="history"' in html


def test_archive_pages_in_both_languages(grown):
    site, _ = grown
    for lang, word in (("", "تصحيح"), ("en/", "Correction")):
        page = (site / lang / "archive" / "index.html").read_text(encoding="utf-8")
        assert page.index(f'href="../{NEW}/"') < page.index(f'href="../{SLUG}/"')
        assert "draft-explainer" not in page


def test_bad_history_and_reserved_folder_names_stop_the_build(tmp_path):
    repo = repo_copy(tmp_path / "repo")
    meta = repo / "sources" / SLUG / "meta.yml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("kind: published", "kind: publishd"), encoding="utf-8")
    result = subprocess.run([sys.executable, "scripts/explain.py", "build", "--check"], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 2 and "history[0].kind must be one of" in result.stderr
    shutil.copytree(repo / "sources" / SLUG, repo / "sources" / "actors")
    result = subprocess.run([sys.executable, "scripts/explain.py", "build", "--check"], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 2 and "reserved" in result.stderr


def test_listings_show_dates_as_readers_write_them_with_inferred_parts_marked():
    """The archive's period and dates read like the explainer's own pages ("25 September 2015",
    with the parts the article does not print said so), never as ISO strings."""
    from explainer import archive

    events = [{"date": "2011-03", "inferred": []},
              {"date": "2015-09-25", "inferred": ["year"]},
              {"date": "2015-09-25", "inferred": ["day", "month", "year"]}]
    assert archive.period(events) == (("2011-03", []), ("2015-09-25", ["year"]))
    assert archive.period([]) is None
    for lang, words in (("en", ["March 2011", "25 September 2015", "year not printed"]),
                        ("ar", ["آذار/مارس 2011", "25 أيلول/سبتمبر 2015", "السنة غير مذكورة"])):
        page = (ROOT / "docs" / "archive" / ("index.md" if lang == "ar" else "index.en.md")).read_text(encoding="utf-8")
        visible = re.sub(r"<[^>]+>", "", page)
        for w in words:
            assert w in visible, (lang, w)
        assert not re.search(r"\b\d{4}-\d{2}(-\d{2})?\b", visible.split("---", 2)[2]), lang


def test_actor_pages_quote_in_the_page_language_and_say_what_is_translated():
    """English actor pages quote the translation in English quotation marks, marked as translated;
    Arabic ones quote the article in «»; the listing's date says it is the explainer's update."""
    en = (ROOT / "docs" / "actors" / "ibrahim-al-jaafari.en.md").read_text(encoding="utf-8")
    ar = (ROOT / "docs" / "actors" / "ibrahim-al-jaafari.md").read_text(encoding="utf-8")
    assert "[“Iraq has not received" in en and "&#40;translated&#41;" in en and "«" not in en.split("---", 2)[2]
    assert "[«العراق لم يستقبل" in ar
    listing = (ROOT / "docs" / "archive" / "index.en.md").read_text(encoding="utf-8")
    assert "· Last updated: <time" in listing
