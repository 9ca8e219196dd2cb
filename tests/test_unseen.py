"""The pipeline on a second, differently worded article (written for the tests, not shipped):
rules come from the language and the genre, not from the first article."""

from __future__ import annotations

from explainer.ingest import read_article
from explainer.pipeline import explain
from helpers import ROOT

DOC = explain(read_article(ROOT / "tests" / "fixtures" / "egypt-sudan.ar.txt"), slug="egypt-sudan")


def test_metadata_and_chrome():
    assert DOC.source.title == "القاهرة تنفي إرسال قوات إلى الخرطوم"
    assert DOC.source.byline == "سارة أحمد" and DOC.source.credit == "رويترز"
    assert DOC.source.tags == ["مصر", "السودان"]
    assert [r.reason for r in DOC.source.removed] == ["reading time"]


def test_actors_through_adjectives_capitals_and_titles():
    actors = {a.id: a for a in DOC.actors}
    assert {"egypt", "sudan", "egypt-foreign-ministry", "anon-sudanese-military-source"} <= set(actors)
    assert "القاهرة" in actors["egypt"].names["ar"]  # capital as metonym
    spokesman = next(a for a in DOC.actors if a.kind == "person")
    assert spokesman.names["ar"] == ["أحمد أبو زيد"] and spokesman.title == "المتحدث باسم الوزارة"


def test_denials_dates_and_reports():
    d1, d2 = DOC.denials
    report = next(c for c in DOC.claims if c.status == "unconfirmed")
    assert d1.by == "egypt-foreign-ministry" and d1.date == "2023-02-12" and d1.denies == report.id
    assert d2.cue == "لم ترسل" and d2.by.startswith("person-")
    sourced = next(c for c in DOC.claims if c.by == "anon-sudanese-military-source")
    assert sourced.status == "reported"
    events = {e.text: e for e in DOC.events}
    assert events["يوم الخميس 9 شباط"].date == "2023-02-09" and events["يوم الخميس 9 شباط"].date_inferred
    assert events["يوم الأحد 12 شباط/فبراير 2023"].date == "2023-02-12"
    assert events["نيسان 2019"].date == "2019-04"


def test_weekday_mismatch_is_reported_not_fixed():
    doc = explain("أعلنت الحكومة العراقية يوم الاثنين 17 سبتمبر 2015 أن الاتفاق تم.\n")
    (event,) = doc.events
    assert event.date == "2015-09-17" and event.weekday_mismatch
