"""Real-browser checks in Debian Chromium driven by Playwright, as a reader would use the site."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

SLUG = "iraq-russia-intelligence-2015"
PAGES = {"home": "/", "source": f"/{SLUG}/source/", "overview": f"/{SLUG}/", "denials": f"/{SLUG}/denials/",
         "actors": f"/{SLUG}/actors/", "timeline": f"/{SLUG}/timeline/"}
DATED = {"overview", "denials", "timeline"}  # pages that show dates, in <time>, in both languages

# After the fonts settle: the "Explainer Naskh" faces the page declares and how many are loaded
# (Chromium fetches a face with a unicode-range only when text on the page needs it), and the
# width of a short Arabic probe set where `where` is, in the page's fonts and in the system's
# fallback (DejaVu Sans here): the same width means the Arabic is not set in Naskh.
# (document.fonts.check() cannot tell: it is true even for a family nobody declared.)
NASKH_IN_USE = """async (where) => {
    await document.fonts.ready;
    const naskh = [...document.fonts].filter(f => f.family.replace(/["']/g, '') === 'Explainer Naskh');
    const loaded = naskh.filter(f => f.status === 'loaded').length;
    const probe = document.createElement('span');
    probe.textContent = 'العراق وروسيا';
    document.querySelector(where).append(probe);
    await document.fonts.ready;
    const own = probe.getBoundingClientRect().width;
    probe.style.fontFamily = 'sans-serif';
    const fallback = probe.getBoundingClientRect().width;
    probe.remove();
    return {declared: naskh.length, loaded, own, fallback};
}"""


def assert_naskh_in_use(page, where: str) -> None:
    naskh = page.evaluate(NASKH_IN_USE, where)
    assert naskh["declared"] >= 1 and naskh["loaded"] >= 1, naskh
    assert abs(naskh["own"] - naskh["fallback"]) > 0.05 * naskh["fallback"], naskh  # Naskh is ~15 % narrower


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_screenshots_and_direction(page_factory, base_url, artifacts, lang, width, name):
    page = page_factory(width)
    prefix = "" if lang == "ar" else "/en"
    page.goto(base_url + prefix + PAGES[name])
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / f"{name}-{lang}-{width}.png"), full_page=False)
    assert page.evaluate("document.documentElement.dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.evaluate("getComputedStyle(document.querySelector('.md-content')).direction") == ("rtl" if lang == "ar" else "ltr")
    # nothing sticks out sideways, and a date is never split across two lines
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    lines = page.evaluate("""[...document.querySelectorAll('article time')].map(  // bidi runs give several boxes per line
        t => [t.textContent, new Set([...t.getClientRects()].map(r => Math.round(r.top))).size])""")
    if name in DATED:  # fails if pages.py stops writing dates in <time> (the check below would then see none)
        assert lines, f"no <time> on {prefix + PAGES[name]}"
    # fails if explainer.css drops `white-space: nowrap` from `.md-typeset time`
    assert all(n == 1 for _, n in lines), lines
    # The Arabic typeface is ours and actually used for Arabic text.
    # fails if fonts.py stops writing the Naskh @font-face, or explainer.css drops "Explainer Naskh" from the families
    assert_naskh_in_use(page, "article")


def test_arabic_navigation_is_on_the_right(page_factory, base_url):
    page = page_factory(1280)
    page.goto(base_url + PAGES["source"])
    nav = page.locator(".md-sidebar--primary").bounding_box()
    content = page.locator(".md-content").bounding_box()
    assert nav["x"] > content["x"] + content["width"] / 2


def test_arabic_on_english_pages_is_set_in_naskh_a_size_up(page_factory, base_url):
    """Naskh reads smaller than Latin at one size: quotes and names on English pages are larger,
    once (an Arabic element inside another is not enlarged again)."""
    page = page_factory(1280)
    page.goto(base_url + "/en" + PAGES["denials"])
    page.wait_for_load_state("networkidle")
    size = page.evaluate("""() => {
        const px = el => parseFloat(getComputedStyle(el).fontSize);
        const quote = document.querySelector('.md-typeset blockquote[lang="ar"]');
        const text = document.querySelector('.md-typeset > p:not([lang])');
        return {quote: px(quote), text: px(text), family: getComputedStyle(quote).fontFamily};
    }""")
    assert size["quote"] / size["text"] == pytest.approx(1.15, abs=0.02)
    assert "Explainer Naskh" in size["family"]
    # fails if fonts.py stops writing the Naskh @font-face (the quote is then set in the fallback)
    assert_naskh_in_use(page, '.md-typeset blockquote[lang="ar"] p')
    # Arabic inside Arabic: the paragraphs of the quotes here, the actor mentions inside the
    # article's Arabic paragraphs on the source page. They keep their Arabic ancestor's size as
    # they are, and still when each carries lang="ar" itself (as a quoted name or term would).
    for name in ("denials", "source"):
        page.goto(base_url + "/en" + PAGES[name])
        page.wait_for_load_state("networkidle")  # leaving a page while it loads aborts its requests
        nested = page.evaluate("""() => {
            const px = el => parseFloat(getComputedStyle(el).fontSize);
            const inner = [...document.querySelectorAll('.md-typeset [lang="ar"] :is(p, a, q, span, strong, em)')];
            const sizes = () => inner.map(el => [el.textContent.slice(0, 20), px(el), px(el.parentElement.closest('[lang="ar"]'))]);
            const before = sizes();
            inner.forEach(el => el.setAttribute('lang', 'ar'));
            return {before, after: sizes()};
        }""")
        assert len(nested["before"]) > 0, f"no Arabic element inside another on /en{PAGES[name]}"
        assert all(own == outer for _, own, outer in nested["before"]), nested["before"]
        # fails if explainer.css drops `:not([lang="ar"] *)` (nested Arabic enlarged twice)
        assert all(own == outer for _, own, outer in nested["after"]), nested["after"]


@pytest.mark.parametrize("lang", ["", "/en"])
def test_verbatim_quotes_have_one_bar_on_their_start_side(page_factory, base_url, lang):
    """An Arabic quote runs right to left on both sites: its bar is on the right, and only there."""
    page = page_factory(390)
    page.goto(base_url + lang + PAGES["denials"])
    bars = page.evaluate("""() => [...document.querySelectorAll('blockquote.quote-source')].map(q => {
        const s = getComputedStyle(q);
        return [s.direction, parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)]; })""")
    assert bars and all(d == "rtl" and right >= 2 and left == 0 for d, right, left in bars), bars


def test_english_navigation_is_on_the_left(page_factory, base_url):
    page = page_factory(1280)
    page.goto(base_url + "/en" + PAGES["source"])
    nav = page.locator(".md-sidebar--primary").bounding_box()
    content = page.locator(".md-content").bounding_box()
    assert nav["x"] < content["x"]


def switch_language(page, lang):
    page.locator(".md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang='{lang}']").click()
    page.wait_for_load_state("networkidle")


def test_language_switch_lands_on_counterpart_with_anchor(page_factory, base_url):
    page = page_factory(1280)
    page.goto(base_url + PAGES["source"] + "#p3s2")
    switch_language(page, "en")
    assert urlsplit(page.url).path == "/en" + PAGES["source"]
    assert urlsplit(page.url).fragment == "p3s2"
    assert page.locator("#p3s2").count() == 1
    switch_language(page, "ar")
    assert urlsplit(page.url).path == PAGES["source"]
    assert urlsplit(page.url).fragment == "p3s2"


def search(page, query):
    page.locator(".explainer-search__open").click()
    box = page.locator("#explainer-search-input")
    box.fill(query)
    page.wait_for_function(
        "() => { const s = document.getElementById('explainer-search-status').textContent;"
        " return s && !s.includes('…'); }", timeout=15000)
    return [urlsplit(a.get_attribute("href")).path for a in page.locator("#explainer-search-results a").all()]


@pytest.mark.parametrize("query", ["روسيا", "الاسلامية", "ايران", "الجعفري", "موسكو", "العراقيه", "الدوله", "انبار", "الإسلامية"])
def test_arabic_search_finds_arabic_pages_only(page_factory, base_url, artifacts, query):
    page = page_factory(1280)
    page.goto(base_url + PAGES["home"])
    found = search(page, query)
    assert found, f"no result for {query}"
    assert all(not p.startswith("/en/") for p in found), found
    # a common word is on more pages than a result list shows (actor pages, archive); the
    # explainer's own pages are among them
    assert any(p.startswith(PAGES["source"].rsplit("/", 2)[0] + "/") for p in found), found
    if query == "روسيا":
        page.screenshot(path=str(artifacts / "search-ar-1280.png"))


def test_a_word_only_the_article_prints_finds_the_article_page(page_factory, base_url):
    """«تيادل» (the article's own misspelling) is printed only where the article is quoted: the
    article page is among the results, as for any word of the text."""
    page = page_factory(1280)
    page.goto(base_url + PAGES["home"])
    assert PAGES["source"] in search(page, "تيادل")


def test_english_search_finds_english_pages_only(page_factory, base_url, artifacts):
    page = page_factory(390)
    page.goto(base_url + "/en/")
    found = search(page, "Russia")
    assert found and all(p.startswith("/en/") for p in found), found
    page.screenshot(path=str(artifacts / "search-en-390.png"))


def test_search_is_keyboard_accessible(page_factory, base_url):
    page = page_factory(1280)
    page.goto(base_url + PAGES["home"])
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "explainer-search-input"
    page.keyboard.type("روسيا")
    page.wait_for_selector("#explainer-search-results a")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.classList.contains('explainer-search__link')")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('explainer-search').open")


def test_search_code_loads_only_when_opened(page_factory, base_url):
    page = page_factory(1280)
    urls = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(base_url + PAGES["home"])
    page.wait_for_load_state("networkidle")
    assert not any("/search/" in u or "search.js" in u for u in urls)
    search(page, "روسيا")
    assert any(u.endswith("/search/ar/meta.json") for u in urls)
    assert not any("/search/en/" in u for u in urls)  # only this language's index


@pytest.mark.parametrize("lang", ["", "/en"])
def test_claim_links_to_its_sentence_and_speaker(page_factory, base_url, lang):
    page = page_factory(390)
    page.goto(base_url + lang + f"/{SLUG}/claims/")
    page.locator("#c1 a.sentence-ref").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == lang + PAGES["source"] and urlsplit(page.url).fragment == "p1s1"
    assert page.evaluate("document.querySelector(':target').id") == "p1s1"
    page.go_back()
    page.locator("#c1 a.actor-ref").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == lang + PAGES["actors"]
    assert page.locator(f"#{urlsplit(page.url).fragment}").count() == 1


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["", "/en"])
@pytest.mark.parametrize("figure", ["timeline-diagram", "actor-diagram"])
def test_diagrams_are_legible_and_fit(page_factory, base_url, artifacts, lang, width, figure):
    """The SVG fits the column at phone width, its text is not smaller than 11 px on screen, and
    a screenshot of each diagram is kept for review."""
    page = page_factory(width)
    page.goto(base_url + lang + PAGES["timeline" if figure == "timeline-diagram" else "actors"])
    page.wait_for_load_state("networkidle")
    svg = page.locator(f"#{figure} svg")
    box = svg.bounding_box()
    assert box["width"] <= width and box["x"] >= 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    smallest = page.evaluate(f"""Math.min(...[...document.querySelectorAll('#{figure} svg text')]
        .map(t => t.getBoundingClientRect().height))""")
    assert smallest >= 11, smallest
    # every label lies inside the drawing (no text cut off at either edge)
    outside = page.evaluate(f"""(() => {{ const s = document.querySelector('#{figure} svg').getBoundingClientRect();
        return [...document.querySelectorAll('#{figure} svg text')].filter(t => {{ const r = t.getBoundingClientRect();
        return r.left < s.left - 1 || r.right > s.right + 1; }}).map(t => t.textContent); }})()""")
    assert outside == []
    svg.screenshot(path=str(artifacts / f"{figure}-{'en' if lang else 'ar'}-{width}.png"))


@pytest.mark.parametrize("lang", ["", "/en"])
def test_glossary_tooltip_on_hover_and_keyboard_focus(page_factory, base_url, artifacts, lang):
    page = page_factory(390)
    page.goto(base_url + lang + PAGES["source"])
    page.wait_for_load_state("networkidle")
    term = page.locator(".term").first
    tip = term.locator(".term-tip")
    assert not tip.is_visible()
    term.locator("a").hover()
    assert tip.is_visible()
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # kept on screen at phone width
    page.screenshot(path=str(artifacts / f"tooltip-{'en' if lang else 'ar'}-390.png"))
    page.keyboard.press("Escape")
    assert not tip.is_visible()  # dismissible without moving the pointer (WCAG 1.4.13)
    page.mouse.move(0, 0)
    # keyboard: tab to the term link; the definition shows and is its description
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('term-link')"):
            break
    assert page.evaluate("document.activeElement.classList.contains('term-link')")
    focused_tip = page.evaluate("document.getElementById(document.activeElement.getAttribute('aria-describedby')).id")
    assert page.locator(f"#{focused_tip}").is_visible()
    focused_href = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused_href.split("#")[1] == focused_tip.removeprefix("tip-")
    page.keyboard.press("Escape")  # a tip opened by keyboard focus closes with Escape too (WCAG 1.4.13)
    assert not page.locator(f"#{focused_tip}").is_visible()


@pytest.mark.parametrize("lang", ["", "/en"])
def test_glossary_term_link_leads_to_its_entry(page_factory, base_url, lang):
    page = page_factory(1280)
    page.goto(base_url + lang + PAGES["source"])
    first = page.locator("a.term-link").first
    entry = first.get_attribute("href").split("#")[1]
    first.click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == lang + f"/{SLUG}/glossary/"
    assert page.evaluate("document.querySelector(':target').id") == entry


def test_search_matches_clitics_and_spelling_variants_and_lands_on_the_section(page_factory, base_url):
    page = page_factory(390)
    page.goto(base_url + PAGES["home"])
    plain = search(page, "العراق")
    page.goto(base_url + PAGES["home"])
    with_clitic = search(page, "والعراق")  # "and Iraq": the conjunction is peeled
    assert plain and set(with_clitic) == set(plain)
    # a deep link into the article: the sentence about al-Jaafari in New York
    page.goto(base_url + PAGES["home"])
    found = search(page, "نيويورك")
    links = page.locator("#explainer-search-results a")
    href = links.first.get_attribute("href")
    assert "#" in href, found
    assert page.locator("#explainer-search-results mark").first.text_content() == "نيويورك"
    links.first.click()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.querySelector(':target') !== null")


@pytest.mark.parametrize("lang", ["", "/en"])
def test_heading_permalink_shows_on_hover_and_keyboard_focus(page_factory, base_url, lang):
    page = page_factory(1280)
    page.goto(base_url + lang + PAGES["overview"])
    page.wait_for_load_state("networkidle")
    link = page.locator("article h2 a.headerlink").first
    shown = "e => getComputedStyle(e).opacity"
    page.wait_for_function(SETTLED)
    assert link.evaluate(shown) == "0"
    # the symbol is drawn by CSS and is no text for assistive technology or search
    assert link.evaluate("e => getComputedStyle(e, '::before').content").startswith('"#"')
    page.locator("article h2").first.hover()
    page.wait_for_function(SETTLED)
    assert link.evaluate(shown) == "1"
    page.mouse.move(0, 0)
    page.wait_for_function(SETTLED)
    assert link.evaluate(shown) == "0"
    link.focus()
    page.wait_for_function(SETTLED)
    # fails if explainer.css stops drawing the symbol (the link would be an empty box) or Material's
    # :focus rule no longer shows it
    assert link.evaluate(shown) == "1" and link.bounding_box()["width"] > 4
    link.press("Enter")
    assert urlsplit(page.url).fragment == page.locator("article h2").first.get_attribute("id")


SETTLED = ("() => document.getAnimations().every(a => a.playState !== 'running'"
           " || a.effect.getComputedTiming().iterations === Infinity)")
DARK_BACKGROUND, LIGHT_BACKGROUND = "rgb(29, 33, 39)", "rgb(255, 255, 255)"
BACKGROUND = "getComputedStyle(document.body).backgroundColor"


@pytest.mark.parametrize("lang,label", [("", "الوضع الداكن"), ("/en", "Dark mode")])
def test_dark_scheme_follows_the_system_and_the_toggle_remembers_the_choice(browser, base_url, lang, label):
    """Dark when the system says so; the header's button (labelled in the page's language, its
    state in aria-pressed, usable from the keyboard) overrides it, and the choice holds on the
    next page, applied before the page's body is parsed (no flash of the other scheme)."""
    for system in ("light", "dark"):
        context = browser.new_context(viewport={"width": 390, "height": 800}, color_scheme=system)
        page = context.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base_url + lang + PAGES["overview"])
        toggle = page.locator(".explainer-scheme-toggle")
        assert toggle.is_visible() and toggle.get_attribute("aria-label") == label
        dark = system == "dark"
        assert page.evaluate(BACKGROUND) == (DARK_BACKGROUND if dark else LIGHT_BACKGROUND)
        assert toggle.get_attribute("aria-pressed") == ("true" if dark else "false")
        toggle.focus()
        page.keyboard.press("Enter")
        assert toggle.get_attribute("aria-pressed") == ("false" if dark else "true")
        assert page.evaluate(BACKGROUND) == (LIGHT_BACKGROUND if dark else DARK_BACKGROUND)
        # the next page: the stored choice is on <html> when <body> starts (scheme.js in <head>)
        page.add_init_script("""new MutationObserver((_, o) => { if (document.body) {
            window.schemeAtBody = document.documentElement.getAttribute('data-scheme'); o.disconnect(); } })
            .observe(document, {childList: true, subtree: true});""")
        page.goto(base_url + lang + PAGES["timeline"])
        page.wait_for_load_state("networkidle")
        # fails if scheme.js is deferred or main.html stops loading it (the choice then comes late or never)
        assert page.evaluate("window.schemeAtBody") == ("light" if dark else "dark")
        assert page.evaluate(BACKGROUND) == (LIGHT_BACKGROUND if dark else DARK_BACKGROUND)
        assert page.locator(".explainer-scheme-toggle").get_attribute("aria-pressed") == ("false" if dark else "true")
        # the diagram follows the scheme (its text is not the other scheme's colour)
        fill = page.evaluate("getComputedStyle(document.querySelector('svg.diagram-svg text')).fill")
        assert fill == ("rgb(26, 26, 26)" if dark else "rgb(232, 234, 237)"), fill
        assert errors == []
        context.close()


@pytest.mark.parametrize("lang", ["", "/en"])
def test_table_of_contents_marks_the_section_being_read(page_factory, base_url, lang):
    """Scrolling the overview marks its section in the table of contents (aria-current), one at a
    time, right to left as left to right; at the end of the page, the last section."""
    page = page_factory(1280, 700)
    page.goto(base_url + lang + PAGES["overview"])
    page.wait_for_load_state("networkidle")
    current = """() => [...document.querySelectorAll('.md-nav--secondary [aria-current]')]
        .map(a => [a.getAttribute('href'), a.getAttribute('aria-current'), getComputedStyle(a).fontWeight])"""
    # Material prints the table of contents twice: the sidebar, and inside the drawer (phones)
    ids = list(dict.fromkeys(page.evaluate("[...document.querySelectorAll('.md-nav--secondary a.md-nav__link')].map(a => a.hash.slice(1))")))
    assert len(ids) >= 3, ids
    for anchor in ids[:-1]:
        page.evaluate("id => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + scrollY - 120)", anchor)
        # fails if explainer.js stops setting aria-current (or sets it on more than one link)
        page.wait_for_function(f"() => document.querySelector('.md-nav--secondary a[href=\"#{anchor}\"]').getAttribute('aria-current') === 'location'", timeout=3000)
        marked = page.evaluate(current)
        assert marked and all(m == [f"#{anchor}", "location", "700"] for m in marked), marked
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_function(f"() => document.querySelector('.md-nav--secondary a[href=\"#{ids[-1]}\"]').getAttribute('aria-current') === 'location'", timeout=3000)
    assert {c[0] for c in page.evaluate(current)} == {f"#{ids[-1]}"}


@pytest.mark.parametrize("lang", ["", "/en"])
def test_arabic_inline_quotes_get_arabic_quotation_marks(page_factory, base_url, lang):
    """<q lang="ar"> shows «…» on both sites (Chromium's `quotes: auto` would print ”…“ for Arabic)."""
    page = page_factory(1280)
    page.goto(base_url + lang + f"/{SLUG}/claims/")
    quotes = page.evaluate("""() => [...document.querySelectorAll('q[lang="ar"]')].map(q => getComputedStyle(q).quotes)""")
    assert len(quotes) >= 5 and set(quotes) == {'"«" "»" "‹" "›"'}, quotes


@pytest.mark.parametrize("lang,width", [("", 1280), ("/en", 390)])
def test_the_dark_scheme_paints_the_page_dark(browser, base_url, lang, width):
    """The page's own colours in each scheme axe checks (test_quality.py): light by default, dark
    when the system asks for it; the values are explainer.css's light-dark() pairs."""
    for scheme, bg, fg in (("light", "rgb(255, 255, 255)", "rgba(0, 0, 0, 0.87)"),
                           ("dark", "rgb(29, 33, 39)", "rgb(232, 234, 237)")):
        context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(base_url + lang + f"/{SLUG}/")
        got = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.md-content'));
            const b = getComputedStyle(document.body); return [b.backgroundColor, s.color]; }""")
        context.close()
        assert got == [bg, fg], (scheme, got)


# The results of reader queries, in order (read from the pages: the actor's own section, whose
# title holds the word, comes first; at most two sections of one page; each page's best section
# before any page's second). Fails when title weight, the per-page cap or tie-breaking change.
# (The timeline's 25 September section rose in three lists when it began to name the claims and
# denials of that date — "Claim 9 — Ibrahim al-Jaafari …": more of the query's words, not a ranking change.)
RANKED = {
    ("en", "Jaafari"): ["~/actors/#ibrahim-al-jaafari", "/actors/ibrahim-al-jaafari/#", "~/timeline/#date-2015-09-25",
                        "/actors/#", "~/claims/#c9", "~/denials/#d1", "~/#who", "~/source/#p8",
                        "/actors/ibrahim-al-jaafari/#explainers", "~/actors/#diagram"],
    ("ar", "الجعفري"): ["~/actors/#ibrahim-al-jaafari", "/actors/ibrahim-al-jaafari/#", "~/timeline/#date-2015-09-25",
                        "/actors/#", "~/claims/#c9", "~/denials/#d1", "~/#who", "~/source/#p8",
                        "/actors/ibrahim-al-jaafari/#explainers", "~/actors/#diagram"],
    ("ar", "خلية تنسيق"): ["~/glossary/#coordination-cell", "~/denials/#d1", "~/actors/#islamic-state", "~/claims/#c8",
                           "~/#disputed", "~/timeline/#date-2015-09-25", "~/source/#p7", "~/actors/#syria", "~/#",
                           "~/claims/#c9"],
    ("en", "Russia"): ["~/#who", "~/actors/#russia", "/actors/russia/#", "/actors/joint-operations-command/#claims",
                       "~/source/#p3", "/archive/#y2026", "/#explainers", "/actors/ibrahim-al-jaafari/#claims",
                       "~/background/#w1", "~/claims/#c2"],
    # three glossary entries name Anbar, and three sections of Obama's actor page: two of each shown
    ("en", "Anbar"): ["~/glossary/#anbar", "~/claims/#c6", "~/source/#p6", "~/glossary/#habbaniyah"],
    ("en", "Obama"): ["/actors/barack-obama/#", "~/actors/#barack-obama", "/actors/#", "~/claims/#c7", "~/#who",
                      "~/source/#p6", "~/actors/#anon-critics", "/actors/barack-obama/#explainers", "~/#not-known"],
    ("en", "Russian advisers"): ["~/timeline/#date-2015-09-25", "~/#", "/actors/ibrahim-al-jaafari/#claims", "~/claims/#c9",
                                 "~/source/#p8", "~/glossary/#military-advisers", "~/denials/#d1",
                                 "~/actors/#ibrahim-al-jaafari", "~/background/#bg-p4s1", "~/source/#p7"],
}


@pytest.mark.parametrize("lang,query", list(RANKED))
def test_search_ranks_its_results_in_this_order(page_factory, base_url, lang, query):
    from search_probe import ours

    page = page_factory(1280)
    shown = []
    for href in ours(page, base_url, lang, query):
        parts = urlsplit(href)
        path = parts.path.removeprefix("/en").replace(f"/{SLUG}", "~")
        shown.append(f"{path}#{parts.fragment}")
    assert shown == RANKED[(lang, query)]
