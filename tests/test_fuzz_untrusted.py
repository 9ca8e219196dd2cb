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


# -- issue 24: more channels, both feeds, and how many inputs reach the page ------------------------

import collections  # noqa: E402
import datetime  # noqa: E402

from lxml import etree  # noqa: E402

from explainer import feeds  # noqa: E402
from explainer.archive import Entry  # noqa: E402
from explainer.overrides import OverrideError  # noqa: E402
from explainer.schema import DATA_SPECS, META_SPEC, OVERRIDES_SPEC, DataError, load_checked  # noqa: E402
from explainer.translate import CatalogueError  # noqa: E402

REACHED: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
CHANNEL = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
HISTORY = [{"date": "2026-11-29", "kind": "published", "note": {"ar": "أ", "en": "a"}}]
# values of every shape YAML can give a key (text first: most inputs should reach the page)
SCALARS = st.one_of(HOSTILE, HOSTILE, HOSTILE, st.integers(-5, 3000), st.none(), st.booleans(),
                    st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1)))
SHAPES = st.one_of(SCALARS, SCALARS, st.lists(SCALARS, max_size=3), st.dictionaries(HOSTILE, SCALARS, max_size=2))
VALUES = st.integers(0, 3).flatmap(lambda k: HOSTILE if k else SHAPES)  # three in four are text


class NoAliasDumper(yaml.SafeDumper):
    """Writes a value used twice out twice, as an editor would (editor files may hold no alias)."""

    def ignore_aliases(self, data):
        return True


def assert_feeds_parse(files: dict[str, str]) -> None:
    """Both Atom feeds, made from these pages as the build makes them (title and description of
    the first page), parse as XML with lxml."""
    def front(page):
        return yaml.safe_load(page.split("---\n", 2)[1])

    title = {lang: str(front(files[f"fuzz/index{'' if lang == 'ar' else '.en'}.md"])["title"]) for lang in ("ar", "en")}
    summary = {lang: str(front(files[f"fuzz/index{'' if lang == 'ar' else '.en'}.md"])["description"]) for lang in ("ar", "en")}
    entry = Entry("fuzz", True, title, summary, dict(title), None, history=HISTORY)
    for lang in ("ar", "en"):
        root = etree.fromstring(feeds.atom([entry], lang, "https://site.example/", title[lang]).encode("utf-8"))
        assert root.tag == "{http://www.w3.org/2005/Atom}feed"


def render_checked(channel: str, text: str, meta=None, po_path=None, data_dir=None, overrides=None) -> None:
    """Render one generated input, or count it as refused (one of the pipeline's user errors)."""
    try:
        doc = explain(text, slug="fuzz", data_dir=data_dir, overrides=overrides)
        files = render_source(doc, meta or {}, Catalogue(po_path) if po_path else Catalogue(ROOT / "nonexistent.po"), ROOT)
    except (InputError, DataError, OverrideError, CatalogueError, safe.UnsafeValue):
        REACHED[channel]["refused"] += 1
        return
    pages = {}
    for rel, page in files.items():
        if rel.endswith(".md"):
            pages[rel] = markdown.markdown(page.split("---\n", 2)[2], extensions=EXTENSIONS)
    assert_inert(pages)
    assert_feeds_parse(files)
    REACHED[channel]["rendered"] += 1


@CHANNEL
@given(HOSTILE)
def test_removed_page_chrome_lines_never_become_markup(value):
    """A line the chrome rules remove (listed with its reason on the source page)."""
    line = "مدة القراءة " + value.replace("\n", " ")
    render_checked("removed chrome", "عنوان الخبر\n\n" + line + "\n\nأعلنت الحكومة العراقية أن الاتفاق تم.\n")


@CHANNEL
@given(st.sampled_from(["author", "credit", "credit_en", "outlet", "url", "published", "title_en", "dates_mentioned"]), VALUES)
def test_meta_values_of_every_shape_are_refused_or_inert(key, value):
    """meta.yml as an editor could write it: the value of any shape, parsed and shape-checked
    as the build does, then rendered (or refused with one line)."""
    text = yaml.safe_dump({key: value, "history": HISTORY}, allow_unicode=True)
    try:
        meta = load_checked(text, "meta.yml", META_SPEC)
    except DataError:
        REACHED["meta.yml"]["refused"] += 1
        return
    render_checked("meta.yml", BASE.format(h="", b=""), meta=meta)


@CHANNEL
@given(st.sampled_from(["iraq-government", "iraq", "anon-iraqi-security-source", None, "iraq", "nobody"]),
       st.sampled_from(["c1", "c1", "c1", "c1", "c1", "c9"]), VALUES, HOSTILE)
def test_overrides_are_refused_or_inert(actor, item, value, note):
    """overrides.yml with ids that exist (most) or not and values of any shape; the editor's
    note is the hostile text that reaches the page."""
    text = yaml.safe_dump({"claims": {"set": {item: {"by": actor}}}, "notes": {item: note},
                           "denials": {"attach": {"d1": value if not isinstance(value, str) else "c1"}}}, allow_unicode=True)
    try:
        overrides = load_checked(text, "overrides.yml", OVERRIDES_SPEC)
    except DataError:
        REACHED["overrides.yml"]["refused"] += 1
        return
    render_checked("overrides.yml", BASE.format(h="", b=""), overrides=overrides)


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["overview", "unknown", "source", "removed", "headline", "what"]),
       VALUES)
def test_ui_labels_are_refused_or_inert(tmp_path_factory, key, value):
    """data/ui.yml: a label of any shape and content in both languages."""
    import shutil

    data = tmp_path_factory.mktemp("data") / "data"
    shutil.copytree(ROOT / "data", data)
    ui = yaml.safe_load((data / "ui.yml").read_text(encoding="utf-8"))
    ui["ar"][key] = ui["en"][key] = value
    (data / "ui.yml").write_text(yaml.dump(ui, Dumper=NoAliasDumper, allow_unicode=True), encoding="utf-8")
    try:
        load_checked((data / "ui.yml").read_text(encoding="utf-8"), "data/ui.yml", DATA_SPECS["ui.yml"])
    except DataError:
        REACHED["data/ui.yml"]["refused"] += 1
        return
    from explainer import lexicon

    saved, lexicon.DATA_DIR = lexicon.DATA_DIR, data  # the pages read their labels from data/ui.yml
    try:
        render_checked("data/ui.yml", "عنوان الخبر\n\nمدة القراءة 3 دقائق\n\nأعلنت الحكومة العراقية أن الاتفاق تم.\n",
                       data_dir=data)
    finally:
        lexicon.DATA_DIR = saved


CONTROLS = st.lists(st.sampled_from(["\x01", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029", "\ufffe",
                                     "\t", "a", "ع", " ", "<", "&"]), min_size=1, max_size=10).map("".join)


@CHANNEL
@given(CONTROLS)
def test_translation_control_characters_are_refused_or_inert(tmp_path_factory, english):
    """en.po written as a text editor saves it, with raw control characters inside msgstr."""
    po_path = tmp_path_factory.mktemp("po") / "en.po"
    text = BASE.format(h="", b="")
    catalogue = Catalogue(po_path)
    render_source(explain(text, slug="fuzz"), {}, catalogue, ROOT)
    po = polib.pofile(catalogue.updated(), wrapwidth=0)
    for entry in po:
        entry.msgstr = "X"
    raw = po.__unicode__().replace('msgstr "X"', 'msgstr "' + english.replace("\\", "\\\\").replace('"', '\\"') + '"')
    po_path.write_text(raw, encoding="utf-8")
    render_checked("en.po controls", text, po_path=po_path)


def test_zz_every_channel_reaches_the_page():
    """How many generated inputs each channel rendered and refused (run with -s to read it): a
    channel where fewer than half reach the page is not fuzzing the page."""
    if not REACHED:
        pytest.skip("run with the channel tests")
    for channel, counts in sorted(REACHED.items()):
        total = counts["rendered"] + counts["refused"]
        print(f"fuzz channel {channel}: {counts['rendered']} of {total} rendered, {counts['refused']} refused")
        assert counts["rendered"] * 2 >= total, (channel, dict(counts))
