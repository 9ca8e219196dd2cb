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
    assert data["slug"] == "iraq-russia-intelligence-2015"
    assert (data["source"]["title"], data["source"]["byline"]) == \
        ('اتفاق تعاون استخباراتي ضد تنظيم "داعش" بين العراق وروسيا وسوريا وإيران', "فراس حسن")
    assert data["sentences"][0] == {
        "id": "p1s1", "paragraph": 1, "role": "claim", "start": 160, "end": 311,
        "text": "أعلنت قيادة العمليات المشتركة العراقية أن العراق وسوريا وإيران وروسيا توصلوا الى اتفاق تعاون "
                'استخباراتي بخصوص تيادل المعلومات في حربهم ضد تنظيم "داعش".'}
    first = data["claims"][0]
    assert (first["id"], first["by"], first["cue"], first["sentence"], first["status"]) == \
        ("c1", "joint-operations-command", "أعلنت", "p1s1", "stated")
    # the offsets point into the article as received
    article = (ROOT / "sources" / "iraq-russia-intelligence-2015" / "article.ar.txt").read_text(encoding="utf-8")
    assert article[160:311] == data["sentences"][0]["text"]


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
    for rel, marker in ((f"{slug}/index.html", "ولا يقول الخبر إنهما ردّ عليه"), (f"en/{slug}/index.html", "the article does not say they answer it")):
        block = parse(site / rel).xpath("//div[@class='editorial']")
        assert block and marker in block[0].text_content(), rel
        assert block[0].xpath(".//p[@class='editorial-label']")


PERMALINK_LABEL = {"ar": "رابط دائم إلى هذا القسم", "en": "Permanent link to this section"}


def test_a_permalink_goes_on_h2_and_h3_headings_with_an_id_only():
    """The built site has no h3 today, so the hook itself is given one (and an h4, and an h2 with
    no id, which get none)."""
    import sys

    sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
    import permalinks

    given = '<h2 id="a">A</h2><h3 class="x" id="b">B &amp; c</h3><h4 id="c">C</h4><h2>D</h2>'
    link = '<a class="headerlink" href="#{}" aria-label="L &quot;1&quot;" title="L &quot;1&quot;" data-search-ignore></a>'
    assert permalinks.add_permalinks(given, 'L "1"') == (
        f'<h2 id="a">A{link.format("a")}</h2><h3 class="x" id="b">B &amp; c{link.format("b")}</h3>'
        '<h4 id="c">C</h4><h2>D</h2>')
    assert permalinks.add_permalinks(permalinks.add_permalinks(given, "L"), "L") == permalinks.add_permalinks(given, "L")


@pytest.mark.parametrize("rel, url, title", [
    ("en/iraq-russia-intelligence-2015/claims/index.html", "en/iraq-russia-intelligence-2015/claims/", "Claims and statements"),
    ("iraq-russia-intelligence-2015/actors/index.html", "iraq-russia-intelligence-2015/actors/", "الأطراف"),
    ("en/about/index.html", "en/about/", "About the site and its method"),
    ("index.html", "", "شرح الأخبار"),
])
def test_each_page_names_its_own_url_and_title_in_its_metadata(site, port, rel, url, title):
    """The canonical link, og:url and the JSON-LD WebPage carry the page's own absolute URL, and
    og:title and the WebPage name its own title (not the home's, not another language's)."""
    import json

    own = f"http://127.0.0.1:{port}/{url}"
    tree = parse(site / rel)
    assert tree.xpath("//link[@rel='canonical']/@href") == [own]
    assert tree.xpath("//meta[@property='og:url']/@content") == [own]
    assert tree.xpath("//meta[@property='og:title']/@content") == [title]
    ld = json.loads(tree.xpath("//script[@type='application/ld+json']/text()")[0])
    webpage = next(g for g in ld["@graph"] if g["@type"] == "WebPage")
    website = next(g for g in ld["@graph"] if g["@type"] == "WebSite")
    assert (webpage["url"], webpage["name"]) == (own, title)
    assert website["url"] == f"http://127.0.0.1:{port}/" + ("en/" if rel.startswith("en/") else "")


def test_the_published_feeds_hold_the_explainer_in_their_own_language(site, port):
    import feedparser

    en = feedparser.parse((site / "en" / "feed.xml").read_bytes())
    ar = feedparser.parse((site / "feed.xml").read_bytes())
    assert en.feed.updated == ar.feed.updated == "2026-11-29T00:00:00Z"
    assert [(e.link, e.published, e.updated) for e in en.entries] == \
        [(f"http://127.0.0.1:{port}/en/iraq-russia-intelligence-2015/", "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z")]
    assert en.entries[0].summary.startswith("The Iraqi Joint Operations Command announced that Iraq, Syria, Iran")
    assert ar.entries[0].link == f"http://127.0.0.1:{port}/iraq-russia-intelligence-2015/"
    assert ar.entries[0].summary.startswith("أعلنت قيادة العمليات المشتركة العراقية أن العراق")


def test_every_section_heading_has_a_permalink_labelled_in_its_language(site):
    """Each h2 and h3 of every page links to itself, named in the page's language; the link has
    no text (its symbol is CSS), so neither the heading's text nor search picks it up."""
    import json

    seen = 0
    for page in content_pages(site):
        lang = "en" if page.relative_to(site).parts[0] == "en" else "ar"
        for heading in parse(page).xpath("//article//*[self::h2 or self::h3]"):
            links = heading.xpath("./a[@class='headerlink']")
            # fails if overrides/hooks/permalinks.py is dropped from mkdocs.yml, or reads one language's label
            assert len(links) == 1, (page, heading.text_content())
            link = links[0]
            assert heading.get("id") and link.get("href") == "#" + heading.get("id"), page
            assert link.get("aria-label") == link.get("title") == PERMALINK_LABEL[lang], (page, link.get("aria-label"))
            assert link.text_content() == "" and link.get("data-search-ignore") is not None
            seen += 1
    assert seen >= 40
    # the search index's section titles are the headings' text, with no permalink symbol
    for lang in ("ar", "en"):
        for chunk in (site / "search" / lang / "d").glob("*.json"):
            for url, title, _ in json.loads(chunk.read_text(encoding="utf-8")):
                assert "¶" not in title and not title.rstrip().endswith("#"), (url, title)


def test_language_links_are_marked_with_their_language(site):
    """«العربية» on an English page is Arabic (lang="ar"), "English" on an Arabic page English."""
    for page in html_pages(site):
        links = parse(page).xpath("//a[contains(@class,'md-select__link')]")
        assert {a.get("hreflang") for a in links} == {"ar", "en"}, page
        # fails if header.html goes back to Material's alternate.html (hreflang only)
        assert all(a.get("lang") == a.get("hreflang") for a in links), page


def test_every_title_names_the_site_once(site):
    names = {"ar": "شرح الأخبار", "en": "Explaining the News"}
    for page in html_pages(site):
        lang = "en" if page.relative_to(site).parts[0] == "en" else "ar"
        title = parse(page).xpath("string(//head/title)")
        # fails on the English home's "Explaining the News - Explaining the News"
        assert title.count(names[lang]) == 1, (page, title)


def test_the_stored_colour_scheme_is_applied_before_the_page_is_drawn(site):
    """scheme.js (allowed by the policy, which forbids inline script) runs in <head>, not
    deferred, before any stylesheet; the canvas follows the system's scheme from the start."""
    for page in html_pages(site):
        head = parse(page).xpath("//head")[0]
        scripts = head.xpath("./script[contains(@src,'assets/javascripts/scheme.js')]")
        assert len(scripts) == 1 and scripts[0].get("defer") is None and scripts[0].get("async") is None, page
        stylesheets = head.xpath("./link[@rel='stylesheet']")
        assert stylesheets and scripts[0].getparent().index(scripts[0]) < head.index(stylesheets[0]), page
        assert head.xpath("./meta[@name='color-scheme']/@content") == ["light dark"], page


# -- what readers see: no machine ids, parts in their own language, honest dates ---------------

_MACHINE_ID = re.compile(r"\b(?:[cdew]\d+|p\d+s\d+)\b")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _text_nodes(root):
    """(element, text) for every visible text node below `root` (SVG text, titles and
    descriptions included; script, style and code left out)."""
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if any(isinstance(a.tag, str) and a.tag.split("}")[-1] in ("script", "style", "code")
               for a in (node, *node.iterancestors())):
            continue
        if node.text and node.text.strip():
            yield node, node.text
        for child in node:
            if child.tail and child.tail.strip():
                yield node, child.tail


def _lang(el) -> str:
    for a in (el, *el.iterancestors()):
        if isinstance(a.tag, str) and a.get("lang"):
            return a.get("lang")
    return ""


def test_no_machine_id_is_visible_on_any_page(site):
    """Ids (c5, d2, p3s1, e4, w1) are anchors and URLs only: never text a reader sees, in the page,
    in a diagram's SVG text, title or description, or in a tooltip."""
    found = []
    for page in content_pages(site):
        body = parse(page).find("body")
        found += [f"{page.relative_to(site)}: {t.strip()[:60]!r}" for _, t in _text_nodes(body) if _MACHINE_ID.search(t)]
        found += [f"{page.relative_to(site)}: @{name}={v[:60]!r}" for el in body.iter() if isinstance(el.tag, str)
                  for name, v in el.attrib.items() if name in ("title", "aria-label", "alt") and _MACHINE_ID.search(v)]
    assert not found, found[:10]


def test_text_in_the_other_language_is_marked_with_its_language(site):
    """Arabic on English pages sits inside lang="ar"; Latin words on Arabic pages inside lang="en"
    (the article body of every page, diagrams included)."""
    wrong = []
    for page in content_pages(site):
        doc = parse(page)
        page_lang = doc.get("lang")
        for article in doc.xpath("//article"):
            for el, t in _text_nodes(article):
                if page_lang.startswith("en") and _ARABIC.search(t) and not _lang(el).startswith("ar"):
                    wrong.append(f"{page.relative_to(site)}: Arabic {t.strip()[:40]!r}")
                if page_lang.startswith("ar") and _LATIN_WORD.search(t) and not _lang(el).startswith("en"):
                    wrong.append(f"{page.relative_to(site)}: Latin {t.strip()[:40]!r}")
    assert not wrong, wrong[:10]


def _explainers(site: Path) -> list[str]:
    # an explainer's folder has its own claims page (the site-wide actors/ index has none)
    return sorted(p.parent.parent.name for p in site.glob("*/claims/index.html"))


def test_every_overview_says_what_is_known_disputed_and_not_known(site):
    """Three sections with the same anchors in both languages, each item attributed (linked to its
    statement); what meta.yml says is unknown is listed as not known."""
    headings = {"ar": ("ما هو معروف", "ما هو موضع خلاف", "ما ليس معروفًا"),
                "en": ("What is known", "What is disputed", "What is not known")}
    assert _explainers(site)
    for slug in _explainers(site):
        for lang, rel in (("ar", f"{slug}/index.html"), ("en", f"en/{slug}/index.html")):
            doc = parse(site / rel)
            for anchor, title in zip(("known", "disputed", "not-known"), headings[lang]):
                heading = doc.xpath(f"//h2[@id='{anchor}']")
                assert heading and title in heading[0].text_content(), (rel, anchor)
    en = parse(site / "en" / "iraq-russia-intelligence-2015" / "index.html")
    not_known = en.xpath("string(//h2[@id='not-known']/following-sibling::ul[1])")
    assert "publication date is not known" in not_known and "Claim 3" in not_known
    disputed = en.xpath("string(//h2[@id='disputed']/following-sibling::ul[1])")
    assert "Denial 1 — Iraqi officials" in disputed and "does not say it answers it" in disputed


def test_every_date_says_which_parts_are_inferred_and_each_date_is_one_timeline_row(site):
    """«يوم الجمعة» alone: day, month and year inferred, said on the timeline, on the claim and in the
    JSON; «25 أيلول» without a year: the year; two mentions of one date make one row."""
    import json

    slug = "iraq-russia-intelligence-2015"
    model = json.loads((site / "data" / f"{slug}.json").read_text(encoding="utf-8"))
    assert {e["text"]: e["inferred"] for e in model["events"]}["يوم الجمعة"] == ["day", "month", "year"]
    timeline = parse(site / "en" / slug / "timeline" / "index.html")
    rows = timeline.xpath("//ol[@class='timeline']/li")
    dates = [r.xpath("string(.//time/@datetime)") for r in rows]
    assert len(dates) == len(set(dates)) == len({e["date"] for e in model["events"]})
    friday = next(e for e in model["events"] if e["text"] == "يوم الجمعة")
    assert "day, month and year not printed" in timeline.xpath(f"string(//*[@id='{friday['id']}'])")
    claims = parse(site / "en" / slug / "claims" / "index.html")
    for item in model["claims"]:
        head = claims.xpath(f"string(//*[@id='{item['id']}']//p[@class='item-head'])")
        if item["date_inferred"]:
            assert "not printed in the article" in head, item["id"]
        else:
            assert "not printed" not in head, item["id"]


def test_own_arabic_text_is_grammatical_labels(site):
    """Labels and headings use the nominative («مسؤولون عراقيون») and no placeholder or
    «مصدر مجهول» label; verbatim quotes and the names as printed (class as-printed) keep the
    article's words."""
    bad = ("مسؤولين عراقيين", "مصدر مجهول", "نفته", "تصريح منفي", "لم يُكتب بعد", "يعلن بيان")
    for page in content_pages(site):
        doc = parse(page)
        if doc.get("lang") != "ar":
            continue
        for printed in doc.xpath("//*[contains(@class,'as-printed') or contains(@class,'source-sentence')"
                                 " or contains(@class,'lead') or contains(@class,'background-item')"
                                 " or contains(@class,'writer-item') or contains(@class,'actor-mention')]|//blockquote|//q"):
            printed.getparent().remove(printed)
        labels = doc.xpath("//h1|//h2|//h3|//a|//dt|//dd|//figcaption|//strong|//small|//*[local-name()='svg']")
        text = " ".join(_own_text(el) for el in labels)
        assert not [b for b in bad if b in text], page.relative_to(site)
