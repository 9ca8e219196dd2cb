"""English names drafted for people no list names in English (issue 21; names.py, pinned
arabic-name-romanizer): marked as drafts on English pages until a translator confirms them."""

from __future__ import annotations

import polib

from explainer.pipeline import explain
from explainer.render import render_source
from explainer.translate import Catalogue

TEXT = "خبر\n\nوقال سامر الحداد إن الحكومة أخطأت.\n\nوقالت وزارة الصحة إن الوضع مستقر.\n"


def test_a_person_no_list_knows_gets_a_drafted_english_name_and_a_body_none():
    doc = explain(TEXT, slug="t")
    assert [(a.kind, a.en_draft) for a in doc.actors] == [("person", "Samer Al-Haddad"), ("organisation", None)]
    known = explain("خبر\n\nقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.\n", slug="t")
    assert next(a for a in known.actors if a.id == "donald-trump").en_draft is None  # the gazetteer names him


def test_english_pages_mark_a_draft_until_en_po_confirms_it(tmp_path):
    doc = explain(TEXT, slug="t")
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    head = next(line for line in files["t/claims.en.md"].splitlines() if "Claim 1" in line and "item-head" in line)
    assert 'Samer Al&#45;Haddad <small class="name-draft">(draft name)</small>' in head
    assert "سامر" not in head  # no Arabic given as the English name
    assert "Samer" not in files["t/claims.md"]  # Arabic pages name him in Arabic
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="actor:person-samr-alhdad", msgid="سامر الحداد", msgstr="Samer al-Haddad"))
    po.save(str(tmp_path / "confirmed.po"))
    files = render_source(doc, {}, Catalogue(tmp_path / "confirmed.po"), tmp_path)
    head = next(line for line in files["t/claims.en.md"].splitlines() if "Claim 1" in line and "item-head" in line)
    assert "Samer al&#45;Haddad</a>" in head and "draft name" not in head


def test_a_name_confirmed_in_one_explainer_is_confirmed_in_every_one_that_names_the_person(tmp_path):
    """Issue 22, item 8: a translator confirms a person's English name in one explainer's en.po;
    every other explainer naming the same person takes it as confirmed (no draft mark), saying where
    it came from; bodies and quotes stay pre-fills to check (fuzzy)."""
    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    for slug, text in (("first-story", "خبر أول\n\nوقال سامر الحداد إن الحكومة أخطأت.\n"),
                       ("second-story", "خبر ثان\n\nوأضاف سامر الحداد أن الوزارة ستعتذر.\n")):
        (repo / "sources" / slug).mkdir()
        (repo / "sources" / slug / "article.ar.txt").write_text(text, encoding="utf-8")
        (repo / "sources" / slug / "meta.yml").write_text("shipped: false\n", encoding="utf-8")
    assert run_in(repo, "explain", "build").returncode == 0
    second = repo / "docs" / "second-story" / "claims.en.md"
    assert "Samer Al&#45;Haddad <small class=\"name-draft\">(draft name)</small>" in second.read_text(encoding="utf-8")
    po_path = repo / "sources" / "first-story" / "en.po"
    po = polib.pofile(str(po_path), wrapwidth=0)
    entry = next(e for e in po if e.msgctxt and e.msgctxt.startswith("actor:person-"))
    entry.msgstr = "Samer al-Haddad"  # the translator's spelling
    po.save(str(po_path))
    result = run_in(repo, "explain", "build")
    assert result.returncode == 0, result.stderr
    other = polib.pofile(str(repo / "sources" / "second-story" / "en.po"), wrapwidth=0)
    taken = next(e for e in other if e.msgctxt == entry.msgctxt)
    assert (taken.msgstr, "fuzzy" in taken.flags) == ("Samer al-Haddad", False)
    assert taken.tcomment == f"Name confirmed in sources/first-story/en.po ({entry.msgctxt})"
    page = second.read_text(encoding="utf-8")
    assert "Samer al&#45;Haddad</a>" in page and "draft name" not in page


def test_a_person_named_only_by_an_office_gets_no_spelt_out_draft(tmp_path):
    # «السفير الروسي» is a title to translate, never a name to romanize ("Al-Safir Al-Rousi")
    doc = explain("خبر\n\nوقال السفير الروسي إن الاتفاق سيئ.\n", slug="t")
    envoy = next(a for a in doc.actors if a.kind == "person")
    assert envoy.title == "السفير الروسي" and envoy.en_draft is None
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    head = next(line for line in files["t/claims.en.md"].splitlines() if "Claim 1" in line and "item-head" in line)
    assert "draft name" not in head and 'lang="ar"' in head
