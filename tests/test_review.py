"""Honesty about speakers: an unknown speaker is said to be unknown, never borrowed; the review
command lists what an editor should check, with the line that fixes it."""

from __future__ import annotations

import subprocess
import sys

from explainer.pipeline import explain
from explainer.render import render_source
from explainer.review import format_review, review_items
from explainer.translate import Catalogue
from helpers import ROOT

# The first statement has no speaker anywhere before it; the last is an unsourced report.
ARTICLE = ("خبر قصير\n\n"
           "وقالت إن الحدود مفتوحة.\n\n"
           "أعلنت وزارة الخارجية المصرية أن الاتفاق تم.\n\n"
           "وفي سياق آخر، ذكرت تقارير أن القوات انسحبت.\n")


def test_an_unknown_speaker_is_shown_as_not_identified(tmp_path):
    doc = explain(ARTICLE, slug="t")
    unknown = [c for c in doc.claims if c.by is None]
    statuses = {c.status for c in unknown}
    assert statuses == {"unconfirmed", "unidentified"}  # an unsourced report, and a speaker we do not know
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    assert "المتحدث غير محدد" in files["t/claims.md"] and "دون نسبة إلى مصدر" in files["t/claims.md"]
    assert "speaker not identified" in files["t/claims.en.md"]
    # each label with its own claim: the speaker we do not know, and the report with no source
    for rel, unidentified, unsourced in (("t/claims.md", "المتحدث غير محدد", "دون نسبة إلى مصدر"),
                                         ("t/claims.en.md", "speaker not identified", "unattributed")):
        for claim in unknown:
            head = files[rel].split(f'id="{claim.id}"', 1)[1].split("</p>", 1)[0]
            label = unidentified if claim.status == "unidentified" else unsourced
            other = unsourced if claim.status == "unidentified" else unidentified
            assert label in head and other not in head, (rel, claim.id, head)


def test_the_review_lists_unknown_speakers_with_a_fix_that_works():
    doc = explain(ARTICLE, slug="t")
    items = review_items(doc)
    unknown = [r for r in items if r.problem == "speaker not identified"]
    assert len(unknown) == 1 and unknown[0].sentence == "وقالت إن الحدود مفتوحة."
    assert unknown[0].fix.startswith(f"claims: {{set: {{{unknown[0].item}: {{by: ")
    ministry = next(a.id for a in doc.actors if a.kind == "organisation")
    fixed = explain(ARTICLE, slug="t", overrides={"claims": {"set": {unknown[0].item: {"by": ministry}}}})
    claim = next(c for c in fixed.claims if c.id == unknown[0].item)
    assert (claim.by, claim.status, claim.via) == (ministry, "stated", "editor")
    assert not [r for r in review_items(fixed) if r.item == claim.id]


def test_review_command_prints_the_list_or_one_error_line():
    cli = [sys.executable, str(ROOT / "scripts" / "explain.py"), "review"]
    ok = subprocess.run(cli + ["iraq-russia-intelligence-2015"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "items to check" in ok.stdout and "fix:" in ok.stdout
    bad = subprocess.run(cli + ["no-such-explainer"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stderr.startswith("error: ")


def test_a_joint_subject_records_every_party_and_the_pages_name_them(tmp_path):
    doc = explain("خبر\n\nنفت أنقرة وموسكو أن قواتهما قصفت المستشفى.\n", slug="t")
    (denial,) = doc.denials
    assert denial.by == ["turkey", "russia"] and denial.text == "قواتهما قصفت المستشفى"
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    assert 'href="../actors/#turkey"' in files["t/denials.md"] and 'href="../actors/#russia"' in files["t/denials.md"]
    assert "Turkey" in files["t/denials.en.md"] and "Russia" in files["t/denials.en.md"]
    actors_page = files["t/actors.md"]
    assert actors_page.count('href="../denials/#d1"') >= 2  # listed under each party
    assert any(r.problem.startswith("joint subject") for r in review_items(doc))


def test_a_relayed_statement_is_the_speakers_and_names_who_relays_it(tmp_path):
    text = "خبر\n\nونقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري سوري قوله إن إسرائيل استهدفت موقعا عسكريا.\n"
    doc = explain(text, slug="t")
    (claim,) = doc.claims
    assert claim.by == "anon-syrian-military-source" and claim.text == "إسرائيل استهدفت موقعا عسكريا"
    medium = next(a for a in doc.actors if a.id == claim.relayed_by)
    assert medium.kind == "media" and medium.names["ar"][0].startswith("وكالة الأنباء")
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    assert "نقلًا عبر" in files["t/claims.md"] and "relayed by" in files["t/claims.en.md"]


# A statement whose speaker is named, then one whose speaker only a continuation verb gives.
CONTINUED = ("خبر قصير\n\n"
             "وقالت إن الحدود مفتوحة.\n\n"
             "وقال وزير الخارجية المصري سامح شكري إن المحادثات بدأت.\n\n"
             "وأضاف أن الوفد سيعود غدا.\n")


def test_a_speaker_found_by_coreference_is_marked_inferred_on_every_page_and_reviewed_first(tmp_path):
    doc = explain(CONTINUED, slug="t")
    unknown, named, continued = doc.claims
    assert unknown.by is None and not unknown.inferred
    assert (named.via, named.inferred) == ("direct", False)
    assert (continued.via, continued.inferred, continued.by) == ("coreference", True, named.by)
    files = render_source(doc, {}, Catalogue(tmp_path / "en.po"), tmp_path)
    for page, mark in (("t/claims.md", "(الإسناد مستنتج)"), ("t/claims.en.md", "(attribution inferred)")):
        blocks = files[page].split('<div class="item item-claim"')
        assert mark not in blocks[1] + blocks[2] and mark in blocks[3], page  # only the inferred one says so
    assert "(مستنتج)" in files["t/actors.md"] and "(inferred)" in files["t/actors.en.md"]
    assert [r.item for r in review_items(doc)] == [continued.id, unknown.id]  # inferred first, then reading order
    # an editor's choice is fact, no longer inferred
    fixed = explain(CONTINUED, slug="t", overrides={"claims": {"set": {continued.id: {"by": named.by}}}})
    assert not fixed.claims[2].inferred


def test_review_offers_the_names_in_the_sentence_never_its_own_guess_as_the_fix_and_why_names_the_rule():
    doc = explain(CONTINUED, slug="t")
    item = next(r for r in review_items(doc) if r.item == doc.claims[2].id)
    assert item.fix == f"claims: {{set: {{{doc.claims[2].id}: {{by: ACTOR-ID}}}}}}"  # the editor fills it in
    assert "«سامح شكري» (person-samh-xkry)" in item.problem  # the guess is named as a guess
    text = format_review("t", review_items(doc), doc)
    assert f"{doc.claims[1].id} [وقال] سامح شكري: subject after the verb (VS), agreeing" in text
    assert f"{doc.claims[2].id} [وأضاف] سامح شكري (inferred): pronoun subject: the latest speaker, agreeing" in text
    assert f"{doc.claims[0].id} [وقالت] -: pronoun subject: the latest speaker does not agree, or there is none" in text
