"""Checks of the built site: language attributes, hreflang, pairing, privacy, fonts, search index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import html as lhtml

from helpers import ROOT, build_site, html_pages


def parse(path: Path):
    return lhtml.fromstring(path.read_bytes())


def content_pages(site: Path) -> list[Path]:
    return [p for p in html_pages(site) if p.name != "404.html"]


_LATIN_MARK_AFTER_ARABIC = re.compile(r"[\u0621-\u064A][\u064B-\u0652]*\s*[,;?]")


def _own_text(el) -> str:
    """The text of `el` without verbatim quotes of the article (kept as printed) and code."""
    if not isinstance(el.tag, str) or el.tag in ("blockquote", "q", "code", "script", "style") \
            or "source-sentence" in (el.get("class") or ""):
        return ""
    return (el.text or "") + "".join(_own_text(child) + (child.tail or "") for child in el)


def test_arabic_pages_use_arabic_punctuation(site):
    """Our own Arabic text (labels, lists, diagram descriptions) uses ، ؛ ؟, not , ; ? after an
    Arabic word; the article's words keep whatever punctuation it printed."""
    for page in content_pages(site):
        if page.relative_to(site).parts[0] == "en":
            continue
        for article in parse(page).xpath("//article"):
            text = _own_text(article)
            bad = [text[max(0, m.start() - 30):m.end() + 10] for m in _LATIN_MARK_AFTER_ARABIC.finditer(text)]
            assert not bad, f"{page.relative_to(site)}: {bad[:3]}"


def test_every_page_has_lang_and_dir_on_html(site):
    pages = html_pages(site)
    assert len(pages) >= 8
    for page in pages:
        root = parse(page)
        english = page.relative_to(site).parts[0] == "en"
        assert root.get("lang") == ("en" if english else "ar"), page
        assert root.get("dir") == ("ltr" if english else "rtl"), page


def test_hreflang_alternates_are_absolute_and_complete(site, port):
    """Every page names itself and its counterpart in the other language by their absolute URLs
    (SITE_URL, which the `site` fixture builds with, plus the page's path), x-default the Arabic."""
    site_url = f"http://127.0.0.1:{port}/"
    for page in content_pages(site):
        links = {l.get("hreflang"): l.get("href") for l in parse(page).xpath("//head/link[@rel='alternate'][@hreflang]")}
        rel = page.relative_to(site).as_posix().removesuffix("index.html")
        ar = rel.removeprefix("en/")
        expected = {"ar": site_url + ar, "en": site_url + "en/" + ar, "x-default": site_url + ar}
        # fails if main.html points the other language's alternate at this page itself (the old check passed)
        assert links == expected, (rel, links)


def test_every_arabic_page_has_an_english_counterpart_and_back(site):
    ar = {p.relative_to(site).as_posix() for p in content_pages(site) if not p.relative_to(site).as_posix().startswith("en/")}
    en = {p.relative_to(site).as_posix().removeprefix("en/") for p in content_pages(site) if p.relative_to(site).as_posix().startswith("en/")}
    assert ar == en
    assert len(ar) >= 4


def test_404_page_per_language(site):
    assert parse(site / "404.html").get("lang") == "ar"
    assert parse(site / "en" / "404.html").get("lang") == "en"
    for page in (site / "404.html", site / "en" / "404.html"):
        menu = {a.get("hreflang"): a.get("href") for a in parse(page).xpath("//a[contains(@class,'md-select__link')]")}
        assert menu == {"ar": "/", "en": "/en/"}, (page, menu)
    # in the page's language, with the way back to that language's home (Material's is English only)
    for page, title, home in ((site / "404.html", "الصفحة غير موجودة", "/"), (site / "en" / "404.html", "Page not found", "/en/")):
        article = parse(page).xpath("//article")[0]
        assert title in article.xpath("string(.//h1)")
        assert home in [a.get("href") for a in article.xpath(".//a")]
    assert "Not found" not in parse(site / "404.html").xpath("string(//article)")


def test_sitemap_lists_both_languages(site):
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", text)
    assert any("/en/" in loc for loc in locs) and any("/en/" not in loc for loc in locs)
    assert 'hreflang="ar"' in text and 'hreflang="en"' in text


ASSET_ATTRS = "//script/@src | //link[not(@rel='alternate') and not(@rel='canonical')]/@href | //img/@src | //source/@srcset | //iframe/@src"


def test_no_external_asset_urls(site):
    """Pages may link out (the <a> to a source), but load nothing from another host."""
    for page in html_pages(site):
        root = parse(page)
        for url in root.xpath(ASSET_ATTRS):
            assert not re.match(r"(https?:)?//", url), f"{page}: {url}"
        for style in root.xpath("//style/text()") + [a for a in root.xpath("//@style")]:
            assert "http" not in style, page
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(([^)]+)\)", css.read_text(encoding="utf-8")):
            assert not re.match(r"['\"]?(https?:)?//", url), f"{css}: {url}"


def test_no_google_fonts_anywhere(site):
    for page in html_pages(site):
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8") and "fonts.gstatic" not in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("name,source", [
    ("naskh-400.woff2", "NotoNaskhArabic-Regular.ttf"),
    ("naskh-700.woff2", "NotoNaskhArabic-Bold.ttf"),
    ("sans-400.woff2", "NotoSans-Regular.ttf"),
    ("sans-700.woff2", "NotoSans-Bold.ttf"),
])
def test_fonts_are_self_hosted_subsets_under_30_kb(site, name, source):
    path = site / "assets" / "fonts" / name
    assert path.stat().st_size <= 30 * 1024, f"{name} is {path.stat().st_size} bytes"
    sub, full = TTFont(str(path)), TTFont(str(ROOT / "fonts" / source))
    assert sub.flavor == "woff2"
    assert len(sub.getGlyphOrder()) < len(full.getGlyphOrder()) / 2
    assert (site / "assets" / "fonts" / "OFL.txt").exists()


def test_arabic_font_covers_every_arabic_character_of_the_site(site):
    cmap = TTFont(str(site / "assets" / "fonts" / "naskh-400.woff2")).getBestCmap()
    text = "".join(p.read_text(encoding="utf-8") for p in html_pages(site))
    arabic = {ord(c) for c in text if "\u0621" <= c <= "\u064a"}
    assert arabic and arabic <= set(cmap)


def test_font_css_uses_swap_and_unicode_range(site):
    css = (site / "assets" / "fonts" / "fonts.css").read_text(encoding="utf-8")
    assert css.count("font-display: swap") == 4
    assert css.count("unicode-range") == 4


def test_search_index_is_split_by_language_and_in_small_files(site):
    import json
    import sys

    for lang in ("ar", "en"):
        meta = json.loads((site / "search" / lang / "meta.json").read_text(encoding="utf-8"))
        assert meta["docs"] > 20 and meta["shards"]
        files = list((site / "search" / lang).rglob("*.json"))
        assert max(f.stat().st_size for f in files) < 30_000  # fetched piece by piece, never whole
    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    from search_index import bucket

    meta = json.loads((site / "search" / "ar" / "meta.json").read_text(encoding="utf-8"))
    name = bucket("رو", meta["buckets"])
    ar_terms = json.loads((site / "search" / "ar" / "t" / f"{name}.json").read_text(encoding="utf-8"))
    assert "روسيا" in ar_terms["t"]  # terms ("t"), beside aliases ("a")
    assert not (site / "search" / "search_index.json").exists(), "Material's lunr index must be gone"


def test_published_json_is_part_of_the_site(site):
    import json

    data = json.loads((site / "data" / "iraq-russia-intelligence-2015.json").read_text(encoding="utf-8"))
    assert data["sentences"]


def test_actor_mentions_on_the_arabic_source_page_link_to_existing_actor_sections(site):
    slug = "iraq-russia-intelligence-2015"
    links = parse(site / slug / "source" / "index.html").xpath("//a[contains(@class,'actor-mention')]/@href")
    anchors = set(parse(site / slug / "actors" / "index.html").xpath("//@id"))
    assert len(links) >= 30
    assert all(href.startswith("../actors/#") and href.split("#")[1] in anchors for href in links)


def test_edit_button_points_at_the_editor_owned_file(site, tmp_path):
    """No button without EDIT_BASE; with it, generated pages link to their notes file."""
    slug = "iraq-russia-intelligence-2015"
    assert not parse(site / slug / "claims" / "index.html").xpath("//a[contains(@class,'md-content__button')]")
    out = tmp_path / "edit"
    assert build_site(out, EDIT_BASE="https://edit.example.invalid/main/").returncode == 0
    def button(rel):
        return parse(out / rel).xpath("//a[contains(@class,'md-content__button')]/@href")
    base = "https://edit.example.invalid/main/"
    assert button(f"{slug}/claims/index.html") == [base + f"sources/{slug}/notes/claims.md"]
    assert button(f"en/{slug}/claims/index.html") == [base + f"sources/{slug}/notes/claims.en.md"]
    assert button("en/about/index.html") == [base + "docs/about.en.md"]


def test_editor_notes_are_included_and_marked_editorial(site):
    slug = "iraq-russia-intelligence-2015"
    for rel, marker in ((f"{slug}/index.html", "التوتر بين الإعلان والنفي"), (f"en/{slug}/index.html", "tension between the announcement")):
        block = parse(site / rel).xpath("//div[@class='editorial']")
        assert block and marker in block[0].text_content(), rel
        assert block[0].xpath(".//p[@class='editorial-label']")
