"""Real-browser checks of issue 24 (hardening, round two), in Debian Chromium driven by Playwright:
reader-typed words that name Object.prototype's properties, a malformed fragment on arrival, and
layout shift while the English and Arabic pages load."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SLUG = "iraq-russia-intelligence-2015"
# Every own property name of Object.prototype (Chromium's list), and words that stem to one.
PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf",
                   "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__defineSetter__",
                   "__lookupGetter__", "__lookupSetter__", "constructors", "constructor's", "proto",
                   "tostring", "valueof", "hasownproperty"]
STATUS = "document.getElementById('explainer-search-status').textContent"


def test_prototype_names_are_searched_like_any_word(page_factory, base_url):
    """"constructor" (and anything stemming to it) once showed "The search index could not be
    loaded": the index's plain objects answered with Object.prototype's own members."""
    page = page_factory(1280)
    assert page.evaluate("Object.getOwnPropertyNames(Object.prototype).sort()") == sorted(PROTOTYPE_NAMES[:12])
    outcomes = {}
    for lang, none, error in (("/en", "No results for this word.", "The search index could not be loaded."),
                              ("", "لا نتائج لهذه الكلمة.", "تعذّر تحميل فهرس البحث.")):
        page.goto(f"{base_url}{lang}/")
        page.locator(".explainer-search__open").click()
        box = page.locator("#explainer-search-input")
        for word in PROTOTYPE_NAMES + ["constructor Russia", "Russia constructor"]:
            box.fill("")
            box.fill(word)
            page.wait_for_function(f"() => {{ const s = {STATUS}; return s && !s.includes('…'); }}", timeout=15000)
            status = page.evaluate(STATUS)
            outcomes[(lang, word)] = status
            assert status != error, (lang, word)
            assert status == none or page.locator("#explainer-search-results a").count() > 0, (lang, word, status)
    assert outcomes[("/en", "constructor")].startswith("Results: ")  # found near words, never the load error
    assert outcomes[("/en", "Russia constructor")] != "No results for this word."  # Russia still found
    # arriving from a link with ?h= of such a word still marks the other words
    page.goto(f"{base_url}/en/{SLUG}/claims/?h=constructor%20russia")
    page.wait_for_selector("mark.search-hit", timeout=15000)


@pytest.mark.parametrize("fragment", ["%E0%A4%A", "%", "%ZZ", "c1%"])
def test_a_malformed_fragment_still_marks_the_words_on_arrival(page_factory, base_url, fragment):
    """`…/claims/?h=russia#%E0%A4%A` once marked nothing: decoding the fragment threw and the
    error was swallowed."""
    page = page_factory(1280)
    page.goto(f"{base_url}/en/{SLUG}/claims/?h=russia#{fragment}")
    page.wait_for_selector("mark.search-hit", timeout=15000)
    assert page.locator("mark.search-hit").count() >= 3
    assert page.locator("mark.search-hit").first.text_content().lower().startswith("russia")
