"""The English mirror on the built site: parity of pages, sections and item ids; a crawl of every
internal link and anchor in both languages; diagrams; structured data and previews."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from lxml import html as lhtml

from helpers import html_pages

ARABIC = re.compile("[\u0600-\u06FF]")
SLUG = "iraq-russia-intelligence-2015"


def parse(path: Path):
    return lhtml.fromstring(path.read_bytes())


def content_pages(site: Path) -> list[Path]:
    return [p for p in html_pages(site) if p.name != "404.html"]


def arabic_pages(site: Path) -> list[Path]:
    return [p for p in content_pages(site) if p.relative_to(site).parts[0] != "en"]


def counterpart(site: Path, page: Path) -> Path:
    return site / "en" / page.relative_to(site)


def content_ids(page: Path) -> set[str]:
    """Ids inside the article body, except tooltip ids (a term's first mention can fall in a
    different passage in each language)."""
    root = parse(page)
    return {e.get("id") for e in root.xpath("//article//*[@id]") if not e.get("id").startswith("tip-")}


def test_every_page_section_and_item_has_its_english_counterpart(site):
    pages = arabic_pages(site)
    assert len(pages) >= 10
    for page in pages:
        english = counterpart(site, page)
        assert english.exists(), f"no English page for {page.relative_to(site)}"
        ar_ids, en_ids = content_ids(page), content_ids(english)
        assert ar_ids == en_ids, f"{page.relative_to(site)}: only in Arabic {sorted(ar_ids - en_ids)}, only in English {sorted(en_ids - ar_ids)}"
        ar_headings = [h.get("id") for h in parse(page).xpath("//article//*[self::h1 or self::h2 or self::h3]")]
        en_headings = [h.get("id") for h in parse(english).xpath("//article//*[self::h1 or self::h2 or self::h3]")]
        if "glossary" in page.parts:  # alphabetical in each language, so the order differs
            ar_headings, en_headings = sorted(ar_headings), sorted(en_headings)
        assert ar_headings == en_headings, page
    explainer = [p for p in pages if SLUG in p.parts]
    items = set().union(*(content_ids(p) for p in explainer))
    for expected in ("c1", "c9", "c10", "d1", "e1", "p8s1", "daesh", "ibrahim-al-jaafari", "actor-diagram", "timeline-diagram"):
        assert expected in items, expected


def test_english_pages_are_translated_completely(site):
    """100 % coverage shows on the pages: no Arabic-only passage or review mark in the English
    mirror, and no Arabic outside elements that declare lang="ar"."""
    for page in content_pages(site):
        if page.relative_to(site).parts[0] != "en":
            continue
        root = parse(page)
        assert not root.xpath("//*[contains(@class,'translation-missing') or contains(@class,'translation-fuzzy')]"), page
        body = root.xpath("//article")[0]
        for el in body.iter():
            if not isinstance(el.tag, str) or el.xpath("ancestor-or-self::*[@lang='ar']") or el.tag in ("code",):
                continue
            for text in (el.text, el.tail if el.getparent() is not None and not el.getparent().xpath("ancestor-or-self::*[@lang='ar']") else None):
                assert not (text and ARABIC.search(text)), f"{page.relative_to(site)}: Arabic outside lang=ar: {text!r}"


def _targets(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file and fragment an internal link points at, or None for external links."""
    url = urljoin("http://site/" + page.relative_to(site).as_posix(), href)
    parts = urlsplit(url)
    if parts.netloc != "site":
        return None
    path = unquote(parts.path).lstrip("/")
    target = site / path
    if path == "" or path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def test_link_crawl_finds_nothing_broken(site):
    """Follow every internal link and anchor from both home pages; every page is reached, every
    target exists, every #fragment is an id on the target page."""
    seen: set[Path] = set()
    todo = [site / "index.html", site / "en" / "index.html"]
    broken: list[str] = []
    checked = 0
    ids_cache: dict[Path, set[str]] = {}
    while todo:
        page = todo.pop()
        if page in seen or page.suffix != ".html":
            continue
        seen.add(page)
        root = parse(page)
        for el in root.xpath("//a[@href] | //link[@rel='alternate' or @rel='canonical' or @rel='stylesheet'][@href]"):
            href = re.sub(r"^http://127\.0\.0\.1:\d+/", "/", el.get("href"))
            if href.startswith(("mailto:", "javascript:")):
                continue
            target = _targets(site, page, href)
            if target is None:
                continue
            path, fragment = target
            checked += 1
            if not path.exists():
                broken.append(f"{page.relative_to(site)} → {href} (no file)")
                continue
            if fragment:
                if path not in ids_cache:
                    ids_cache[path] = set(parse(path).xpath("//@id"))
                if fragment not in ids_cache[path]:
                    broken.append(f"{page.relative_to(site)} → {href} (no #{fragment})")
            if path.suffix == ".html":
                todo.append(path)
    assert not broken, "\n".join(broken)
    unreached = {p.relative_to(site).as_posix() for p in content_pages(site)} - {p.relative_to(site).as_posix() for p in seen}
    assert not unreached, f"pages no link leads to: {sorted(unreached)}"
    assert checked > 500


def test_cross_links_between_items_actors_sentences_and_glossary(site):
    base = site / SLUG
    for lang_root in (base, site / "en" / SLUG):
        claims = parse(lang_root / "claims" / "index.html")
        denials = parse(lang_root / "denials" / "index.html")
        source = parse(lang_root / "source" / "index.html")
        actors = parse(lang_root / "actors" / "index.html")
        # claim → its speaker, its sentence, and the denials answering it
        c8 = claims.xpath("//*[@id='c8']")[0]
        assert c8.xpath(".//a[contains(@href,'#p7s1')]")
        assert claims.xpath("//p[contains(@class,'answered-by')]//a[contains(@href,'denials/#d1')]")
        c1 = claims.xpath("//*[@id='c1']")[0]
        assert c1.xpath(".//a[contains(@class,'actor-ref')][contains(@href,'actors/#joint-operations-command')]")
        # denial → the claim it answers and its speaker
        assert denials.xpath("//*[@id='d1']//a[contains(@href,'actors/#anon-iraqi-officials')]")
        assert denials.xpath("//div[contains(@class,'denied')]//a[contains(@href,'claims/#c8')]")
        # actor → their claims and denials
        assert actors.xpath("//dl[preceding-sibling::h2[1][@id='anon-iraqi-officials']]//a[contains(@href,'denials/#d1')]")
        assert actors.xpath("//dl[preceding-sibling::h2[1][@id='ibrahim-al-jaafari']]//a[contains(@href,'claims/#c9')]")
        assert actors.xpath("//dl[preceding-sibling::h2[1][@id='ibrahim-al-jaafari']]//a[contains(@href,'claims/#c10')]")
        # sentence → its items; terms → glossary entries
        assert source.xpath("//*[@id='p8s1']//a[contains(@href,'claims/#c9')]")
        assert source.xpath("//*[@id='p7s1']//a[contains(@href,'denials/#d1')]")
        assert source.xpath("//a[contains(@class,'term-link')][contains(@href,'glossary/#daesh')]")


def test_glossary_first_mention_has_a_tooltip_linked_to_its_entry(site):
    for page in (site / SLUG / "source" / "index.html", site / "en" / SLUG / "source" / "index.html"):
        root = parse(page)
        terms = root.xpath("//span[@class='term']")
        assert len(terms) >= 8, page
        entries = [t.xpath("./a/@href")[0].split("#")[1] for t in terms]
        assert len(entries) == len(set(entries)), "a term is marked more than once on a page"
        for t in terms:
            link = t.xpath("./a")[0]
            tip = t.xpath("./span[@role='tooltip']")[0]
            assert link.get("aria-describedby") == tip.get("id")
            assert tip.text_content().strip()
    # clitic forms are found: "بالوكالة" inside "نزاع مسلح بالوكالة", "للقوات" in "للقوات المسلحة"
    ar = parse(site / SLUG / "source" / "index.html")
    texts = {t.xpath("./a")[0].text_content() for t in ar.xpath("//span[@class='term']")}
    assert "نزاع مسلح بالوكالة" in texts


def test_glossary_is_alphabetical_in_each_language(site):
    from explainer.lexicon import fold

    for page, key in ((site / SLUG / "glossary" / "index.html", fold),
                      (site / "en" / SLUG / "glossary" / "index.html", str.casefold)):
        headings = [h.text_content().strip() for h in parse(page).xpath("//article//h2")]
        assert len(headings) >= 10
        assert headings == sorted(headings, key=key), headings


def test_diagrams_are_inline_svg_with_text_alternatives(site):
    for lang, root in (("ar", site / SLUG), ("en", site / "en" / SLUG)):
        # items by their reader labels (ids are never text: test_site checks every page)
        claim, denial = ("الادعاء", "النفي") if lang == "ar" else ("Claim", "Denial")
        for page, figure_id, must_mention in (("timeline", "timeline-diagram", ["2011", "2015"]),
                                              ("actors", "actor-diagram", [f"{claim} 1", f"{denial} 1", f"{claim} 10"]),
                                              ("index.html", "actor-diagram", [f"{claim} 8"])):
            path = root / page / "index.html" if page != "index.html" else root / "index.html"
            doc = parse(path)
            svg = doc.xpath(f"//figure[@id='{figure_id}']/*[local-name()='svg']")
            assert svg, (lang, page)
            svg = svg[0]
            assert svg.get("role") == "img"
            labelled = svg.get("aria-labelledby").split()
            texts = [doc.xpath(f"//*[@id='{i}']")[0].text_content().strip() for i in labelled]
            assert all(texts) and any(all(m in t for m in must_mention) for t in texts), texts
            assert svg.get("direction") == ("rtl" if lang == "ar" else "ltr")
            assert doc.xpath(f"//figure[@id='{figure_id}']/figcaption")[0].text_content().strip()
            assert not doc.xpath("//script[@src][contains(@src,'d3') or contains(@src,'mermaid') or contains(@src,'chart')]")
        # the same information as text: the timeline list and the diagram's text version
        # one row per date (two mentions of 25 September share one), every date mention inside it
        timeline = parse(root / "timeline" / "index.html")
        assert len(timeline.xpath("//ol[@class='timeline']/li")) == 3
        assert len(timeline.xpath("//ol[@class='timeline']/li/p[starts-with(@id,'e')]")) == 4
        assert parse(root / "actors" / "index.html").xpath("//div[@class='diagram-text']//a[contains(@href,'#d1')]")


def test_every_page_has_json_ld_open_graph_and_a_description_in_its_language(site):
    for page in content_pages(site):
        root = parse(page)
        english = page.relative_to(site).parts[0] == "en"
        scripts = root.xpath("//head/script[@type='application/ld+json']")
        assert len(scripts) == 1, page
        data = json.loads(scripts[0].text)
        assert data["@context"] == "https://schema.org"
        graph = {n["@type"]: n for n in data["@graph"]}
        webpage = graph["WebPage"]
        assert webpage["inLanguage"] == ("en" if english else "ar")
        assert webpage["url"].startswith("http")
        assert "ClaimReview" not in scripts[0].text
        description = root.xpath("//head/meta[@name='description']/@content")[0]
        assert description and bool(ARABIC.search(description)) != english, (page, description)
        og = {m.get("property"): m.get("content") for m in root.xpath("//head/meta[starts-with(@property,'og:')]")}
        assert og["og:locale"] == ("en_GB" if english else "ar")  # British English; Arabic of no one country
        assert root.xpath("//head/meta[@property='og:locale:alternate']/@content") == (["ar"] if english else ["en_GB"])
        assert og["og:title"] and og["og:description"] == description
        if SLUG in page.parts:
            article = webpage["isBasedOn"]
            assert article["@type"] == "NewsArticle"
            assert article["author"]["name"] == ("Firas Hassan" if english else "فراس حسن")
            assert article["creditText"] == ("AFP" if english else "أ ف ب")
            assert "datePublished" not in article  # unknown: not guessed
            assert webpage["about"], page
            assert og["og:type"] == "article"
