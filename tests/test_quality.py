"""Proven in real clients: axe-core, the Nu HTML checker and Lighthouse over every built page in
both languages, no console errors, the keyboard, reduced motion and contrast; and a self-test
showing the harness fails on a page with known faults."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

import checkers
from helpers import ROOT, html_pages, serve

pytestmark = pytest.mark.browser

SLUG = "iraq-russia-intelligence-2015"
HARNESS = ROOT / "tests" / "fixtures" / "harness"


def urls(site: Path, lang: str | None = None, with_404: bool = True) -> list[str]:
    paths = []
    for p in html_pages(site):
        rel = p.relative_to(site).as_posix()
        if not with_404 and p.name == "404.html":
            continue
        english = rel.startswith("en/")
        if lang is None or (lang == "en") == english:
            paths.append("/" + rel.removesuffix("index.html"))
    return paths


def _axe_line(results: dict) -> str:
    return ", ".join(f"{where}: {v['id']} ({v['impact']}) {v['nodes']}" for where, vs in results.items() for v in vs)


AXE_STATES: dict = {}


#: The page background of each colour scheme (explainer.css --md-default-bg-color).
SCHEME_BACKGROUND = {"light": "rgb(255, 255, 255)", "dark": "rgb(29, 33, 39)"}
SCHEMES = ("light", "dark-system", "dark-toggle")


def use_scheme(page, base_url: str, prefix: str, scheme: str) -> None:
    """Put the page in a colour scheme: the system's (prefers-color-scheme, emulated), or the
    reader's choice made once with the header's button and remembered from page to page."""
    page.emulate_media(color_scheme="dark" if scheme == "dark-system" else "light")
    if scheme == "dark-toggle":
        page.goto(base_url + prefix + "/")
        page.locator(".explainer-scheme-toggle").click()


def assert_scheme(page, scheme: str, where: str) -> None:
    """The page is painted in the scheme the run is about (else a broken dark scheme would pass
    as a second light run)."""
    painted = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert painted == SCHEME_BACKGROUND[scheme.split("-")[0]], f"{where}: {painted} in the {scheme} run"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_axe_finds_no_violation_on_any_page(page_factory, base_url, site, lang, width, scheme):
    """Every page and state, in the light scheme and in the dark one (as the system's choice and
    as the reader's, from the toggle)."""
    page = page_factory(width)
    found = {}
    prefix = "" if lang == "ar" else "/en"
    measured = dict(checkers.MEASURED)
    use_scheme(page, base_url, prefix, scheme)
    for path in urls(site, lang):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        # fails if explainer.css loses its dark pairs (light-dark()) or scheme.js its stored choice
        assert_scheme(page, scheme, path)
        found[path] = checkers.axe(page)
    # the search dialog open with results
    page.goto(base_url + prefix + "/")
    page.locator(".explainer-search__open").click()
    page.locator("#explainer-search-input").fill("روسيا" if lang == "ar" else "Russia")
    page.wait_for_selector("#explainer-search-results li")
    found["search open"] = checkers.axe(page)
    page.keyboard.press("Escape")
    # a glossary tooltip shown
    page.goto(base_url + prefix + f"/{SLUG}/source/")
    page.wait_for_load_state("networkidle")
    page.locator(".term-link").first.hover()
    assert page.locator(".term-tip").first.is_visible()
    found["tooltip shown"] = checkers.axe(page)
    if width < 1220:  # the navigation drawer open
        page.locator(".explainer-drawer-toggle").focus()
        page.keyboard.press("Enter")
        assert page.evaluate("document.getElementById('__drawer').checked")
        found["drawer open"] = checkers.axe(page)
    # The summary line counts what was found, pass or fail (it said "0 violations" even when failing):
    # with a pale heading (explainer.css .md-typeset h1 color #bbbbbb !important) it reads "N violating nodes", N > 0.
    AXE_STATES[(lang, width, scheme)] = (len(found), sum(v["count"] for vs in found.values() for v in vs),
                                 checkers.MEASURED["svg"] - measured["svg"], checkers.MEASURED["html"] - measured["html"])
    states, nodes, svg, html = (sum(n[k] for n in AXE_STATES.values()) for k in range(4))
    checkers.SUMMARY["axe"] = (f"axe-core {checkers.package_version('axe-core')}: {nodes} violating nodes on {states} page states "
                               f"({len(AXE_STATES)} of {4 * len(SCHEMES)} language x width x scheme runs); contrast axe cannot decide, measured here: "
                               f"{svg} SVG texts, {html} HTML nodes")
    assert AXE_STATES[(lang, width, scheme)][2] > 0, "no diagram text measured"  # fails if svg.py drops class diagram-svg
    violations = {k: v for k, v in found.items() if v}
    # fails if a diagram's text is pale (explainer.css .dg-note fill #aaaaaa), or axe leaves other contrast undecided
    assert not violations, _axe_line(violations)


def test_nu_html_checker_finds_no_error(site):
    pages = html_pages(site)
    errors = checkers.vnu(pages)
    checkers.SUMMARY["vnu"] = f"Nu HTML checker (vnu-jar {checkers.package_version('vnu-jar')}): {len(errors)} errors on {len(pages)} pages"
    assert not errors, [(e.get("url", "").rsplit("/site/", 1)[-1], e["message"]) for e in errors[:10]]


def test_lighthouse_accessibility_best_practices_and_seo_are_100(site, base_url, tmp_path):
    """Mobile preset (Lighthouse's default form factor), every content page in both languages.
    Two runs at a time: the machine has two cores, and performance is not scored here."""
    pages = urls(site, with_404=False)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(pages, pool.map(lambda p: checkers.lighthouse(base_url + p, tmp_path), pages)))
    lowest = {c: min(r[c] for r in results.values()) for c in checkers.LIGHTHOUSE_CATEGORIES}
    checkers.SUMMARY["lighthouse"] = (f"Lighthouse {checkers.package_version('lighthouse')} (mobile): lowest on {len(pages)} pages: "
                                      + ", ".join(f"{c} {s}" for c, s in lowest.items()))
    below = {p: r for p, r in results.items() if any(r[c] < 100 for c in checkers.LIGHTHOUSE_CATEGORIES)}
    assert not below, below


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_console_error_or_failed_request_on_any_page(page_factory, base_url, site, lang):
    """page_factory fails the test on any console error, failed request or request leaving
    127.0.0.1; this visits every page at phone width."""
    page = page_factory(390)
    for path in urls(site, lang):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    assert page.errors == [] and page.outside == []


@pytest.mark.parametrize("lang", ["", "/en"])
def test_skip_link_is_first_and_moves_focus_to_the_content(page_factory, base_url, lang):
    page = page_factory(390)
    page.goto(base_url + lang + f"/{SLUG}/claims/")
    page.keyboard.press("Tab")
    skip = page.evaluate("[document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert "md-skip" in skip[0]
    assert page.locator(".md-skip").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === {skip[1]!r}", timeout=5000)  # navigation is async
    assert urlsplit(page.url).fragment == skip[1].lstrip("#")
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('article')")  # next stop is in the content


FOCUS_STATE = """(() => { const e = document.activeElement; if (e === document.body) return null;
    const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
    // what the ring is drawn on: the element itself when the outline is inset, else what is behind it
    // translucent layers ("rgba(0, 0, 0, 0.07)" on a hovered link) are blended over what is below
    let under = parseFloat(s.outlineOffset) < 0 ? e : e.parentElement;
    const layers = [];
    for (; under; under = under.parentElement) {
        const m = getComputedStyle(under).backgroundColor.match(/[0-9.]+/g).map(Number);
        const a = m.length > 3 ? m[3] : 1;
        if (a > 0) layers.push([m[0], m[1], m[2], a]);
        if (a >= 1) break;
    }
    let rgb = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) rgb = [r * a + rgb[0] * (1 - a), g * a + rgb[1] * (1 - a), b * a + rgb[2] * (1 - a)];
    const bg = `rgb(${rgb.map(Math.round).join(', ')})`;
    return {tag: e.tagName, cls: e.className.toString(), w: r.width, h: r.height, x: r.x, right: r.right,
            vis: s.visibility, outline: s.outlineStyle, ow: parseFloat(s.outlineWidth), shadow: s.boxShadow,
            ring: s.outlineColor, bg}; })()"""


contrast = checkers.contrast  # WCAG contrast ratio of two computed `rgb(...)` colours
SETTLED = ("() => document.getAnimations().every(a => a.playState !== 'running'"
           " || a.effect.getComputedTiming().iterations === Infinity)")


def focus_state(page) -> dict | None:
    """FOCUS_STATE once the focus transitions have ended (a colour read mid-fade is neither)."""
    page.wait_for_function(SETTLED, timeout=3000)
    return page.evaluate(FOCUS_STATE)


def assert_focus_shows(state: dict, width: int) -> None:
    where = f"{state['tag']}.{state['cls']}"
    assert state["w"] > 0 and state["h"] > 0 and state["vis"] == "visible", f"invisible tab stop {where}"
    assert state["x"] >= -1 and state["right"] <= width + 1, f"tab stop off screen: {where} {state}"
    assert (state["outline"] != "none" and state["ow"] >= 2) or state["shadow"] != "none", f"no focus indicator: {where}"
    if state["outline"] != "none":  # WCAG 1.4.11: the ring stands out from what it is drawn on
        assert contrast(state["ring"], state["bg"]) >= 3, f"focus ring {state['ring']} on {state['bg']}: {where}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["", "/en"])
def test_every_tab_stop_is_visible_and_shows_focus(page_factory, base_url, lang, width, scheme):
    page = page_factory(width)
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + lang + f"/{SLUG}/")
    assert_scheme(page, scheme, lang + f"/{SLUG}/")
    page.wait_for_load_state("networkidle")
    seen = 0
    for _ in range(40):
        page.keyboard.press("Tab")
        state = focus_state(page)
        if state is None:
            break
        seen += 1
        assert_focus_shows(state, width)
    assert seen >= 10


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang,query", [("", "روسيا"), ("/en", "Russia")])
def test_search_dialog_focus_is_visible(page_factory, base_url, lang, query, width):
    """Inside the search dialog (white, though it sits in the coloured header) every stop shows a ring."""
    page = page_factory(width)
    page.goto(base_url + lang + "/")
    page.locator(".explainer-search__open").focus()
    page.keyboard.press("Enter")
    page.keyboard.type(query)
    page.wait_for_selector("#explainer-search-results a")
    assert page.evaluate("document.activeElement.id") == "explainer-search-input"
    stops = [focus_state(page)]
    for _ in range(3):
        page.keyboard.press("Tab")
        stops.append(focus_state(page))
    assert any("explainer-search__link" in s["cls"] for s in stops)
    for state in stops:
        assert_focus_shows(state, width)


@pytest.mark.parametrize("lang", ["", "/en"])
def test_language_switch_and_drawer_work_from_the_keyboard(page_factory, base_url, lang):
    page = page_factory(390)
    page.goto(base_url + lang + f"/{SLUG}/denials/")
    # the drawer: Enter opens it with focus inside, Esc closes it and returns focus
    page.locator(".explainer-drawer-toggle").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
    assert page.locator(".explainer-drawer-toggle").get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.classList.contains('explainer-drawer-toggle')")
    assert not page.evaluate("document.getElementById('__drawer').checked")
    # the language menu: Tab into it, Enter on the other language lands on the counterpart
    other = "English" if not lang else "العربية"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == other:
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == other
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == ("/en" if not lang else "") + f"/{SLUG}/denials/"


def test_reduced_motion_is_respected(browser, base_url):
    context = browser.new_context(reduced_motion="reduce", viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(base_url + f"/{SLUG}/")
    durations = page.evaluate("""[...document.querySelectorAll('a, .md-sidebar, .md-header, .md-select__inner')]
        .map(e => getComputedStyle(e).transitionDuration.split(',').map(parseFloat)).flat()""")
    assert max(durations) <= 0.001
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    context.close()


def test_the_dark_scheme_is_a_scheme_axe_checks():
    """Contrast is checked by axe in every scheme the site offers: the dark one comes from
    explainer.css (light-dark() pairs), not from a Material palette, whose toggle needs the
    JavaScript bundle this site leaves out. A palette added to mkdocs.yml needs its own axe run."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text().replace("!ENV", ""))
    palette = config["theme"]["palette"]
    schemes = [p["scheme"] for p in palette] if isinstance(palette, list) else [palette["scheme"]]
    assert schemes == ["default"], "a Material palette needs axe colour-contrast runs in it too"
    css = (ROOT / "overrides" / "assets" / "stylesheets" / "explainer.css").read_text(encoding="utf-8")
    assert SCHEMES == ("light", "dark-system", "dark-toggle")  # the runs of test_axe_finds_no_violation_on_any_page
    # the page's own colours, a light and a dark value each, chosen by the root's color-scheme
    # (what the dark runs see is checked in a browser: test_browser.py::test_the_dark_scheme_paints_the_page_dark)
    for pair in ("--md-default-bg-color: light-dark(#ffffff, #1d2127);", "--md-default-fg-color: light-dark(#000000de, #e8eaed);",
                 ':root[data-scheme="dark"] {\n    color-scheme: dark;', ":root {\n    color-scheme: light dark;"):
        assert pair in css, pair


# -- the harness itself ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def harness_url():
    server, url = serve(HARNESS)
    yield url
    server.shutdown()


def test_harness_self_test_every_checker_fails_on_a_faulty_page(page_factory, harness_url, tmp_path):
    """A page with a missing alt text, no lang and pale text: each tool must object, or the
    zeros above would prove nothing."""
    page = page_factory(390)
    page.goto(harness_url + "/bad.html")
    rules = {v["id"] for v in checkers.axe(page)}
    assert {"image-alt", "html-has-lang", "color-contrast"} <= rules, rules
    errors = checkers.vnu([HARNESS / "bad.html"])
    assert any("alt" in e["message"] for e in errors), errors
    scores = checkers.lighthouse(harness_url + "/bad.html", tmp_path)
    assert scores["accessibility"] < 100 and "accessibility:image-alt" in scores["failed"], scores


@pytest.mark.parametrize("width,shown", [(1280, False), (390, True)])
def test_menu_button_only_where_the_navigation_is_a_drawer(page_factory, base_url, width, shown):
    page = page_factory(width)
    page.goto(base_url + f"/{SLUG}/")
    assert page.locator(".explainer-drawer-toggle").is_visible() == shown
