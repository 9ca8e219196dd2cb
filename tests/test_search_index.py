"""The search index builder (overrides/hooks/search_index.py): folding, clitic peeling, sections."""

from __future__ import annotations

import json
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


def _folder():
    from explainer.search import load_rules, make_folder

    rules, groups, _ = load_rules(ROOT)
    return make_folder(rules, groups)


def _key(folder, word):
    return folder.key(folder.base(folder.fold(word)))


def test_arabic_word_forms_meet_and_names_do_not_merge():
    f = _folder()
    assert {_key(f, w) for w in ("اتفاقيات", "اتفاق", "الاتفاقية")} == {"اتفاق"}
    assert len({_key(f, w) for w in ("العسكريين", "العسكريون", "العسكري", "عسكرية")}) == 1
    assert _key(f, "ميلشيات") == _key(f, "الميليشيات") and _key(f, "الأميركية") == _key(f, "الأمريكية")
    # no dual -ان: names that end in it keep their last letters
    assert len({_key(f, w) for w in ("إيران", "طهران", "لبنان", "عمان")}) == 4
    assert _key(f, "إيران") != _key(f, "إير")
    # a suffix comes off only when three letters stay: قوات keeps its ات, دولة loses its ة
    assert [_key(f, w) for w in ("قوات", "دولة", "سورية", "روسية")] == ["قوات", "دول", "سور", "روس"]


def test_english_stems_variants_and_transliteration():
    f = _folder()
    assert _key(f, "attacks") == _key(f, "attacked") and _key(f, "agreements") == _key(f, "agreement")
    assert _key(f, "organization") == _key(f, "organisations") and _key(f, "advisors") == _key(f, "advisers")
    assert f.skeleton("fallujah") == f.skeleton("falluja") and f.skeleton("lattakia") == f.skeleton("latakia")
    assert f.skeleton("jaafary") == f.skeleton("jafari")


def test_browser_stemmer_is_the_builds_on_the_site_vocabulary(tmp_path):
    """vendor/snowball-porter.js and Python's snowballstemmer give every English word of the
    pages and of data/ the same stem (a query word and a page word meet only then)."""
    import json
    import re
    import shutil
    import subprocess

    import pytest

    node = shutil.which("node")
    if not node:
        pytest.skip("Node.js not installed (make test installs it)")
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").rglob("*.en.md")))
    text += " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").rglob("*.yml")))
    words = sorted(set(re.findall(r"[a-z]+", text.lower())))
    assert len(words) > 500
    (tmp_path / "words.json").write_text(json.dumps(words))
    script = (f"import {{stem}} from {json.dumps((ROOT / 'overrides/assets/javascripts/vendor/snowball-porter.js').as_uri())};"
              f"import fs from 'fs'; const w = JSON.parse(fs.readFileSync({json.dumps(str(tmp_path / 'words.json'))}));"
              "process.stdout.write(JSON.stringify(w.map(stem)));")
    done = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    f = _folder()
    differ = [(w, js, f.stem(w)) for w, js in zip(words, json.loads(done.stdout)) if len(w) > 2 and js != f.stem(w)]
    assert differ == []


def test_index_files_hold_terms_aliases_and_page_lengths(tmp_path):
    from explainer.search import index

    f = _folder()
    docs = [{"url": "x/", "title": "Agreements", "text": "The Falluja organisation"},
            {"url": "x/#a", "title": "x › a", "text": "attacked"}, {"url": "y/", "title": "y", "text": "attacks"}]
    index.write_language(tmp_path, docs, f, index.load_rules(ROOT)[0], ["Ibrahim al-Jaafari"])
    meta = json.loads((tmp_path / "meta.json").read_text())
    assert meta["pages"] == [2, 1] and meta["title"] == 100  # a title word weighs 100, search.js reads >= 100
    shards = [json.loads(p.read_text()) for p in (tmp_path / "t").glob("*.json")]
    terms = {k: v for s in shards for k, v in s["t"].items()}
    alias = {k: v for s in shards for k, v in s["a"].items()}
    assert terms["attack"] == [1, 1, 1, 1]  # sections 1 and 2 (as differences), once each
    assert terms["agreement"] == [0, 100]  # section 0, in its title once
    assert alias["~faluja"] == "falluja" and alias["aljaafari"] == "jaafari" and alias["organis"] == "organ"
    # for marking on arrival: the variants whose usual spelling this language's index holds
    assert json.loads((tmp_path / "variants.json").read_text()) == {"organis": "organ"}
