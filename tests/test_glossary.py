"""Glossary matching with Arabic clitics and the first-mention tooltip; relations on an article
the rules were not written for."""

from __future__ import annotations

import markdown

from explainer.ingest import read_article
from explainer.pipeline import explain
from explainer.render import render_source
from explainer.translate import Catalogue
from helpers import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "egypt-sudan-pact.ar.txt"


def model():
    return explain(read_article(FIXTURE), slug="pact")


def spans(doc, entry_id):
    original = read_article(FIXTURE)
    entry = next(g for g in doc.glossary if g.id == entry_id)
    return [original[a:b] for a, b in entry.spans]


def test_terms_with_attached_clitics_are_found():
    doc = model()
    assert spans(doc, "daesh") == ["داعش", "لداعش", "داعش"]  # "لداعش": ل + داعش
    assert spans(doc, "proxy-war") == ["بالوكالة", "الحرب بالوكالة"]  # ب + ال + وكالة
    assert spans(doc, "military-advisers") == ["مستشارين عسكريين"]


def test_python_markdown_abbr_would_miss_them():
    """Why the glossary does its own matching: `abbr` needs a \\b word boundary around the term."""
    html = markdown.markdown("إن لداعش خلايا\n\n*[داعش]: تنظيم", extensions=["abbr"])
    assert "<abbr" not in html


def test_first_mention_only_gets_the_tooltip(tmp_path):
    doc = model()
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    source = files["pact/source.md"]
    assert source.count('id="tip-daesh"') == 1
    assert source.count('id="tip-proxy-war"') == 1
    # the marked text is the printed word, clitics included, linked to the entry; a term inside an
    # actor's name ("تنظيم داعش") is marked as the term, and the second mention is a plain actor link
    assert '<a class="term-link" href="../glossary/#daesh" aria-describedby="tip-daesh">داعش</a>' in source
    assert 'aria-describedby="tip-proxy-war">بالوكالة</a>' in source
    assert '<a class="actor-mention" href="../actors/#islamic-state">لداعش</a>' in source


def test_cooperation_relation_on_an_unseen_article():
    doc = model()
    assert [(r.parties, r.against, r.item) for r in doc.relations] == [(["egypt", "sudan"], ["islamic-state"], "c1")]


def test_first_article_definitions_are_accurate():
    """Reviewed facts of editorial definitions: the Islamic State held territory in Syria until
    2019 (Iraq 2017); Habbaniyah is a town as well as a base."""
    import yaml

    from helpers import ROOT

    entries = {e["id"]: e for e in yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))["entries"]}
    daesh, habbaniyah = entries["daesh"]["definition"], entries["habbaniyah"]["definition"]
    assert "2019" in daesh["en"] and "2019" in daesh["ar"] and "between 2014 and 2017" not in daesh["en"]
    assert habbaniyah["en"].startswith("A town") and habbaniyah["ar"].startswith("بلدة")
