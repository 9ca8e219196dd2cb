"""Property tests: random text with markup, comment openers, quotes, bidi controls and control
characters through every channel (article, en.po, meta.yml, a data file) never becomes markup.

Each example renders a small explainer with the site's Markdown extensions and reads the HTML
with lxml: no element or attribute that the text could have injected, no link off the site, and
the text is still there to read. (The Chromium side: test_untrusted.py, hostile site.)
"""

from __future__ import annotations

import markdown
import polib
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from explainer import safe
from explainer.ingest import InputError
from explainer.pipeline import explain
from explainer.render import render_source
from explainer.translate import Catalogue
from helpers import ROOT

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "def_list", "pymdownx.details"]
BASE = "عنوان الخبر {h}\n\nأعلنت الحكومة العراقية أن الاتفاق تم {b}.\n\nونفى مصدر أمني عراقي ذلك {b}.\n"
DANGEROUS_TAGS = {"script", "img", "iframe", "object", "embed", "style", "link", "meta", "form", "input", "base", "math"}
ALPHABET = st.sampled_from(list('<>"\'&=/!-{}[]():;#*_`|%\\ \n') + ["<script>", "<!--", "-->", "</script>", "<img src=x onerror=alert(1)>",
                            "javascript:", "{: onclick=x }", "{{ x }}", "\u202e", "\u2067", "\u200b", "\x02", "\x00", "ع", "داعش", "a"])
HOSTILE = st.lists(ALPHABET, min_size=1, max_size=12).map("".join)
FUZZ = settings(max_examples=250, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def render_pages(text: str, meta: dict | None = None, po_path=None, data_dir=None) -> dict[str, str]:
    """Every generated page of `text` as HTML (the Markdown body, front matter off)."""
    doc = explain(text, slug="fuzz", data_dir=data_dir)
    files = render_source(doc, meta or {}, Catalogue(po_path) if po_path else Catalogue(ROOT / "nonexistent.po"), ROOT)
    out = {}
    for rel, page in files.items():
        if rel.endswith(".md"):
            front, body = page.split("---\n", 2)[1:]
            yaml.safe_load(front)  # the front matter still parses, whatever the values hold
            out[rel] = markdown.markdown(body, extensions=EXTENSIONS)
    return out


def assert_inert(pages: dict[str, str]) -> None:
    for rel, page in pages.items():
        tree = lxml_html.fragment_fromstring(page, create_parent="div")
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            assert el.tag not in DANGEROUS_TAGS, (rel, el.tag)
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (rel, name)
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    assert value.startswith("#") or safe.site_path(value), (rel, name, value)


@FUZZ
@given(HOSTILE, HOSTILE)
def test_article_text_never_becomes_markup(headline, body):
    try:
        pages = render_pages(BASE.format(h=headline, b=body))
    except InputError:
        return  # refused with one clear line (NUL bytes, too little Arabic): nothing rendered
    assert_inert(pages)


@FUZZ
@given(HOSTILE)
def test_translations_never_become_markup(tmp_path_factory, english):
    po_path = tmp_path_factory.mktemp("po") / "en.po"
    text = BASE.format(h="", b="")
    doc = explain(text, slug="fuzz")
    catalogue = Catalogue(po_path)
    render_source(doc, {}, catalogue, ROOT)
    po = polib.pofile(catalogue.updated(), wrapwidth=0)
    for entry in po:
        entry.msgstr = "".join(c for c in english if c != "\x00") or "x"
    po.save(str(po_path))
    assert_inert({k: v for k, v in render_pages(text, po_path=po_path).items() if k.endswith(".en.md")})


@FUZZ
@given(HOSTILE, HOSTILE)
def test_meta_values_never_become_markup(credit, author):
    meta = {"credit": credit, "credit_en": credit, "author": author, "outlet": author, "url": credit, "published": author}
    assert_inert(render_pages(BASE.format(h="", b=""), meta=meta))


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(HOSTILE)
def test_data_file_text_never_becomes_markup(tmp_path_factory, definition):
    """A glossary definition (editor-owned data/glossary.yml) with anything in it."""
    import shutil

    data = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(ROOT / "data", data)
    glossary = yaml.safe_load((data / "glossary.yml").read_text(encoding="utf-8"))
    clean = "".join(c for c in definition if c not in "\x00\x02")
    for entry in glossary["entries"]:
        entry["definition"] = {"ar": clean, "en": clean}
    (data / "glossary.yml").write_text(yaml.safe_dump(glossary, allow_unicode=True), encoding="utf-8")
    pages = render_pages("عنوان\n\nأعلنت الحكومة العراقية أن تنظيم داعش انسحب.\n", data_dir=data)
    assert_inert(pages)


def random_values(seed: int, count: int) -> list[str]:
    """`count` hostile strings drawn from the same tokens as the Hypothesis strategy, seeded."""
    import random

    tokens = list('<>"\'&=/!-{}[]():;#*_`|%\\ \n') + ["<script>", "<!--", "-->", "</script>", "<img src=x onerror=alert(1)>",
                                                    "javascript:", "{: onclick=x }", "{{ x }}", "\u202e", "\u2067", "\u200b",
                                                    "\x02", "ع", "داعش", "a", "<svg onload=alert(1)>", "<a href=javascript:alert(1)>x</a>"]
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.browser
def test_random_hostile_values_open_no_dialog_and_show_their_page_in_chromium(browser, tmp_path):
    """Pages rendered from random hostile articles, translations and meta.yml values, opened in
    Chromium under the site's Content-Security-Policy: no dialog, no console error, text shown."""
    import yaml as _yaml

    csp = _yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))["extra"]["csp"]
    bodies = []
    for k, value in enumerate(random_values(1, 100)):
        try:
            pages = render_pages(BASE.format(h=value, b=value))
        except InputError:
            continue
        bodies.append(pages["fuzz/index.md"])
    for k, value in enumerate(random_values(2, 100)):
        meta = {"credit": value, "credit_en": value, "author": value}
        bodies.append(render_pages(BASE.format(h="", b=""), meta=meta)["fuzz/index.md"])
    for k, value in enumerate(random_values(3, 100)):
        po_path = tmp_path / f"en{k}.po"
        text = BASE.format(h="", b="")
        catalogue = Catalogue(po_path)
        render_source(explain(text, slug="fuzz"), {}, catalogue, ROOT)
        po = polib.pofile(catalogue.updated(), wrapwidth=0)
        for entry in po:
            entry.msgstr = value
        po.save(str(po_path))
        bodies.append(render_pages(text, po_path=po_path)["fuzz/index.en.md"])
    assert len(bodies) >= 250
    page = browser.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda route: route.fulfill(status=404, body=""))  # nothing may load from anywhere
    try:
        for body in bodies:
            page.set_content(f'<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
                             f'content="{csp}"></head><body><main>{body}</main></body></html>')
            state = page.evaluate("() => ({text: document.querySelector('main').innerText.length,"
                                  " injected: document.querySelectorAll('img, svg[onload], [onerror], [onclick], script').length})")
            assert state["text"] > 40 and state["injected"] == 0, (state, body[:300])
    finally:
        page.close()
    assert dialogs == [] and errors == [], (dialogs, errors[:3])
