"""Golden-file tests for rendering, and property tests for escaping.

Set UPDATE_GOLDEN=1 to rewrite the expectations in tests/golden/ (then review the diff).
"""

from __future__ import annotations

import json
import os

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.ingest import read_article
from explainer.pipeline import explain
from explainer.render import esc, render_source
from explainer.translate import Catalogue
from helpers import ROOT

GOLDEN = ROOT / "tests" / "golden"
FIXTURE = ROOT / "tests" / "fixtures" / "egypt-sudan.ar.txt"
FIRST = "iraq-russia-intelligence-2015"
DENIAL = "08_JA-politic-246-20161120"  # a corpus article (ANT) with a denial

# slug → (article, catalogue or None for no translation at all). Each renders both languages.
EXPLAINERS = {
    "egypt-sudan": (FIXTURE, ROOT / "tests" / "fixtures" / "egypt-sudan.en.po"),  # one under review, one missing
    FIRST: (ROOT / "sources" / FIRST / "article.ar.txt", ROOT / "sources" / FIRST / "en.po"),  # the first, translated
    "corpus-denial": (ROOT / "tests" / "corpus" / "ant" / f"{DENIAL}.txt", None),  # a denial; untranslated
    "sudan-hospital": (ROOT / "tests" / "fixtures" / "sudan-hospital.ar.txt", None),  # untranslated
}


def _rendered(slug: str, tmp_path) -> dict[str, str]:
    import shutil

    article, po = EXPLAINERS[slug]
    doc = explain(read_article(article), slug=slug)
    if po:
        shutil.copy(po, tmp_path / "en.po")
    return render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)


def _diff(rel: str, text: str) -> str:
    """A unified diff of the golden file against what the code renders now (the review step)."""
    import difflib

    golden = GOLDEN / rel
    old = golden.read_text(encoding="utf-8").splitlines(keepends=True) if golden.exists() else []
    return "".join(difflib.unified_diff(old, text.splitlines(keepends=True), f"tests/golden/{rel}", f"rendered/{rel}", n=1))


def check_golden(files: dict[str, str]) -> None:
    """Compare with tests/golden/. A difference fails with its diff shown for review; with
    UPDATE_GOLDEN=1 the diff is printed, the files are rewritten, and the test still fails (run it
    again without UPDATE_GOLDEN once the diff is reviewed: `git diff tests/golden`)."""
    mismatched = [rel for rel, text in sorted(files.items())
                  if not (GOLDEN / rel).exists() or (GOLDEN / rel).read_text(encoding="utf-8") != text]
    if not mismatched:
        return
    diff = "".join(_diff(rel, files[rel]) for rel in mismatched)
    shown = diff if len(diff) < 20_000 else diff[:20_000] + f"\n… ({len(diff) - 20_000} more characters of diff)"
    if os.environ.get("UPDATE_GOLDEN"):
        print(diff)  # the review: what is about to become the expectation
        for rel in mismatched:
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(files[rel], encoding="utf-8")
        pytest.fail(f"UPDATE_GOLDEN rewrote {mismatched} after this diff; review it (`git diff tests/golden`), "
                    f"then run again without UPDATE_GOLDEN:\n{shown}")
    pytest.fail(f"differs from tests/golden (review the diff; UPDATE_GOLDEN=1 rewrites them): {mismatched}\n{shown}")


@pytest.mark.parametrize("slug", list(EXPLAINERS))
def test_rendered_pages_match_golden_files(slug, tmp_path):
    """Both languages of four explainers: a fixture with a real catalogue (most entries translated,
    one under review, one missing), the first explainer translated, a corpus article with a
    denial and a fixture, both untranslated."""
    files = _rendered(slug, tmp_path)
    english = "".join(text for rel, text in files.items() if rel.endswith(".en.md"))
    if slug == "egypt-sudan":
        assert "Cairo denies sending troops to Khartoum" in english and "(translation under review)" in english
        assert "(not yet translated)" in english
    elif slug == FIRST:
        assert "(not yet translated)" not in english and "(translation under review)" not in english
    else:
        assert "(not yet translated)" in english
    if slug == "corpus-denial":
        assert 'id="d1"' in files[f"{slug}/denials.md"]
    check_golden(files)
    assert len(files) == 17  # 8 pages x 2 languages + the JSON


def test_a_changed_rendering_fails_with_its_diff_and_update_golden_rewrites_after_showing_it(tmp_path, monkeypatch, capsys):
    """The review step itself, on a copy of the golden folder: a one-word change shows as a diff
    line in the failure; UPDATE_GOLDEN prints that diff before it rewrites the file."""
    import shutil

    import sys

    copy = tmp_path / "golden"
    shutil.copytree(GOLDEN, copy)
    monkeypatch.setattr(sys.modules[__name__], "GOLDEN", copy)
    files = _rendered("sudan-hospital", tmp_path)
    changed = dict(files, **{"sudan-hospital/index.en.md": files["sudan-hospital/index.en.md"] + "Overvue\n"})
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    with pytest.raises(pytest.fail.Exception) as failed:
        check_golden(changed)
    assert "sudan-hospital/index.en.md" in str(failed.value) and "\n+" in str(failed.value) and "Overvue" in str(failed.value)
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception):
        check_golden(changed)
    printed = capsys.readouterr().out
    assert "--- tests/golden/sudan-hospital/index.en.md" in printed and "Overvue" in printed
    assert "Overvue" in (copy / "sudan-hospital" / "index.en.md").read_text(encoding="utf-8")
    monkeypatch.delenv("UPDATE_GOLDEN")
    check_golden(changed)  # rewritten: now it matches


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("<>&\"'[](){}:#*_`!|~=%-\\ abcjsvrptoné") + ["javascript:", "<script>", "{{", "{%", "{:", "onclick=", "عربي"]), max_size=30).map("".join))
def test_escaped_text_renders_as_the_same_text_and_no_markup(text):
    html = markdown.markdown(f'<p markdown="1">{esc(text)}</p>', extensions=["attr_list", "md_in_html"])
    import html as h
    import re

    inner = re.sub(r"^<p>|</p>$", "", html.strip())
    assert "<" not in inner.replace("&lt;", "")  # no element was created
    assert h.unescape(inner) == text.strip() or h.unescape(inner) == text


def _first_article_pages(tmp_path):
    from explainer.render import Context

    doc = explain(read_article(ROOT / "sources" / "iraq-russia-intelligence-2015" / "article.ar.txt"),
                  slug="iraq-russia-intelligence-2015")
    catalogue = Catalogue(ROOT / "sources" / "iraq-russia-intelligence-2015" / "en.po")
    return doc, render_source(doc, {}, catalogue, tmp_path), lambda lang: Context(doc, {}, lang, catalogue, "notes")


def _section(page: str, anchor: str) -> str:
    return page.split(f"{{#{anchor}}}", 1)[1].split("\n## ", 1)[0]


def test_actors_page_keeps_the_opponent_out_of_the_cooperation(tmp_path):
    """The Islamic State is what the cooperation is against: never listed under "Cooperation as
    reported", but under its own label; the parties still are."""
    _, files, _ = _first_article_pages(tmp_path)
    for lang, cooperates, against in (("en", "Cooperation as reported", "Named as the one the cooperation is against"),
                                      ("ar", "تعاون كما يرويه الخبر", "مذكور بوصفه الطرف الذي يُتعاون ضده")):
        page = files[f"iraq-russia-intelligence-2015/actors{'' if lang == 'ar' else '.en'}.md"]
        assert cooperates not in _section(page, "islamic-state") and against in _section(page, "islamic-state")
        assert cooperates in _section(page, "russia") and against not in _section(page, "russia")


def test_a_related_statement_is_never_shown_as_a_denial(tmp_path):
    """Jaafari's statement follows the officials' denial («فوزير الخارجية … كان قد قال»): it is
    labelled as set beside it, on the claims page and the overview, and is not on the denials page."""
    doc, files, _ = _first_article_pages(tmp_path)
    jaafari = next(c for c in doc.claims if c.by == "ibrahim-al-jaafari" and c.related)
    claims_en = files["iraq-russia-intelligence-2015/claims.en.md"]
    import html

    block = html.unescape(claims_en.split(f'id="{jaafari.id}"', 1)[1].split('<div class="item', 1)[0])
    assert "The article sets this beside (it does not say it answers it)" in block and "Denial 1" in block
    assert "Iraq has not received any Russian military advisers" not in files["iraq-russia-intelligence-2015/denials.en.md"]


def test_arabic_counted_nouns_agree_with_their_number(tmp_path):
    _, _, context = _first_article_pages(tmp_path)
    ar, en = context("ar"), context("en")
    assert [ar.count("passage", n) for n in (0, 1, 2, 3, 10, 11, 100, 103)] == \
        ["لا مقطع", "مقطع واحد", "مقطعان", "3 مقاطع", "10 مقاطع", "11 مقطعًا", "100 مقطعًا", "103 مقاطع"]
    assert [en.count("passage", n) for n in (0, 1, 2)] == ["0 passages", "1 passage", "2 passages"]


def test_arabic_labels_are_nominative_and_dates_say_what_is_inferred(tmp_path):
    _, _, context = _first_article_pages(tmp_path)
    ar, en = context("ar"), context("en")
    assert ar.display_name("مسؤولين عراقيين") == "مسؤولون عراقيون"
    assert ar.display_name("منتقدون لسياسة باراك أوباما") == "منتقدون لسياسة باراك أوباما"
    assert en.display_name("مسؤولين عراقيين") == "مسؤولين عراقيين"
    assert en.date("2015-09-25", ["day", "month", "year"]) == \
        "25 September 2015 (day, month and year not printed in the article, inferred from its other dates)"
    assert ar.date("2015-09-25", ["year"]) == "25 أيلول/سبتمبر 2015 (السنة غير مذكورة في الخبر، بل مستنتَجة من تواريخه الأخرى)"
    assert ar.inferred_note(["day", "month", "year"]).startswith("اليوم والشهر والسنة ")


@pytest.mark.parametrize("url, linked", [("https://example.org/ar/news/1", True), ("javascript:alert(1)", False)])
def test_the_printed_source_address_and_date_show_on_the_overview(url, linked, tmp_path):
    from explainer.pages import overview
    from explainer.structured import page_schema
    from explainer.render import Context

    doc = explain(f"# source: {url} (ANT Corpus)\n\nالوزير: لا اتفاق بعد\n\nTue, 29 May 2018 23:56:39 GMT\n\n"
                  "قال الوزير خالد يوسف إن المفاوضات مستمرة.\n", slug="t")
    for lang in ("ar", "en"):
        _, _, body = overview(Context(doc, {}, lang, Catalogue(tmp_path / "en.po"), "notes"))
        article = _section(body, "article")
        assert '<time datetime="2018-05-29">' in article
        assert (f'<a href="{url}" rel="nofollow noopener noreferrer">' in article) is linked
        assert "javascript:" not in article.split("href=", 1)[-1].split(">", 1)[0]
        # printed above the article, so neither is listed as not known (meta.yml may still say unknown)
        ctx = Context(doc, {"published": "unknown", "url": "unknown"}, lang, Catalogue(tmp_path / "en.po"), "notes")
        not_known = _section(overview(ctx)[2], "not-known")
        assert ctx.ui["unknown_meta_published"] not in not_known and ctx.ui["unknown_meta_url"] not in not_known
        ld = json.loads(page_schema(ctx, "index"))["isBasedOn"]
        assert ld["datePublished"] == "2018-05-29" and ld.get("url") == (url if linked else None)  # http(s) only, as linked


def test_a_headline_statements_colon_is_named_as_its_cue_never_quoted_or_sent_to_translators(tmp_path):
    """«NAME: quote»: the colon is the cue; the page says so in its language, and en.po gets no
    entry for a colon."""
    text = "كمال الدباغ : لن نقبل بتأجيل الانتخابات مرة أخرى\n\nوقال وزير المالية كمال الدباغ إن الحزب يرفض التأجيل.\n"
    doc = explain(text, slug="t")
    catalogue = Catalogue(tmp_path / "en.po")
    files = render_source(doc, {}, catalogue, tmp_path)
    colon = next(c for c in doc.claims if c.cue == ":")
    ar = files["t/claims.md"].split(f'id="{colon.id}"', 1)[1].split("</p>", 1)[0]
    en = files["t/claims.en.md"].split(f'id="{colon.id}"', 1)[1].split("</p>", 1)[0]
    assert "اسم المتحدث ثم نقطتان" in ar and "&#58;</q>" not in ar
    assert "the speaker&#39;s name, then a colon" in en and "&#58;</q>" not in en and f"cue:{colon.id}" not in en
    assert f"cue:{colon.id}" not in catalogue.wanted
