"""The search index builder (overrides/hooks/search_index.py): folding, clitic peeling, sections."""

from __future__ import annotations

import sys

import yaml

from helpers import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import search_index  # noqa: E402

RULES = yaml.safe_load((ROOT / "data" / "search.yml").read_text(encoding="utf-8"))
F = search_index.Folder(RULES)


def test_spelling_variants_fold_together():
    assert F.fold("الإسلاميّة") == F.fold("الاسلاميه") == "الاسلاميه"
    assert F.fold("مصطفى") == "مصطفي"
    assert F.fold("٢٠١٥") == "2015"
    assert F.fold("تـنظيم") == "تنظيم"
    assert F.words("Russia's «روسيا»") == ["russia", "s", "روسيا"]


def test_proclitics_are_peeled_like_the_extractor_does():
    from explainer.lexicon import stems

    for word in ("والعراق", "بالوكالة", "للقوات", "فسوريا", "وزير", "العراق", "كتاب"):
        folded = F.fold(word)
        assert F.forms(folded) == stems(folded), word
    assert F.forms("والعراق")[-1] == "عراق"
    assert F.forms("للقوات") == ["للقوات", "لقوات", "القوات", "قوات"]


def test_pages_are_split_into_linked_sections(tmp_path):
    page = tmp_path / "x" / "index.html"
    page.parent.mkdir()
    page.write_text("""<html lang="ar"><body><div data-search-body><article>
      <h1>عنوان</h1><p>مقدمة <span data-search-ignore>مخفي</span></p>
      <h2 id="one">القسم الأول</h2><p>نص أول</p><svg><text>رسم</text></svg>
      <div id="c1" data-search-section><p>ادعاء</p></div></article></div></body></html>""", encoding="utf-8")
    lang, found = search_index.sections(page, tmp_path)
    assert lang == "ar"
    assert [(s["url"], s["title"], s["text"]) for s in found] == [
        ("x/", "عنوان", "عنوان مقدمة"),
        ("x/#one", "عنوان › القسم الأول", "نص أول"),
        ("x/#c1", "عنوان › c1", "ادعاء"),
    ]


def test_definition_lists_read_as_labelled_facts_in_excerpts(tmp_path):
    page = tmp_path / "x" / "index.html"
    page.parent.mkdir()
    page.write_text("""<html lang="en"><body><div data-search-body><article><h1>Actors</h1>
      <dl><dt>Kind</dt><dd>state</dd><dt>Arabic names</dt><dd lang="ar">روسيا، موسكو</dd>
      <dt>Asked?</dt><dd>yes</dd></dl></article></div></body></html>""", encoding="utf-8")
    _, found = search_index.sections(page, tmp_path)
    assert found[0]["text"] == "Actors Kind: state · Arabic names: روسيا، موسكو · Asked? yes"
    assert F.words(found[0]["text"]) == ["actors", "kind", "state", "arabic", "names", "روسيا", "موسكو", "asked", "yes"]
