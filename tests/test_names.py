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
