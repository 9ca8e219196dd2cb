"""Date inference (scripts/explainer/dates.py) on its edge cases, through the whole pipeline: the
expected dates are worked out by hand from a calendar (17 and 24 September 2015 are Thursdays,
29 May 2018 a Tuesday)."""

from __future__ import annotations

from explainer.dates import DateTables, find_dates, resolve
from explainer.pipeline import explain

ARTICLE = (
    "قال الوزير خالد يوسف إن الاجتماع الأول عقد يوم الخميس 17 سبتمبر 2015 في بغداد.\n"
    "وأضاف الوزير أن الاجتماع الثاني عقد يوم الخميس 24 سبتمبر 2015 في دمشق.\n"
    "وقال الوزير إن الاجتماع الثالث عقد 28 سبتمبر في موسكو.\n"
    "وقال الوزير إن وفدا سيصل يوم الخميس إلى طهران.\n"
)


def _events(text: str) -> list[tuple]:
    return sorted((e.text, e.date, e.date_inferred, e.inferred, e.weekday_mismatch) for e in explain(text, slug="t").events)


def test_a_weekday_alone_is_the_latest_earlier_date_on_that_weekday_and_only_missing_parts_are_inferred():
    assert _events(ARTICLE) == [
        ("28 سبتمبر", "2015-09-28", True, ["year"], False),  # only the year was missing
        ("يوم الخميس", "2015-09-24", True, ["day", "month", "year"], False),  # the later of two Thursdays
        ("يوم الخميس 17 سبتمبر 2015", "2015-09-17", False, [], False),  # printed whole: nothing inferred
        ("يوم الخميس 24 سبتمبر 2015", "2015-09-24", False, [], False),
    ]


def test_a_printed_weekday_that_disagrees_with_its_date_is_reported():
    # 17 September 2015 was a Thursday, not a Friday
    assert _events("قال الوزير خالد يوسف إن الاجتماع عقد يوم الجمعة 17 سبتمبر 2015 في بغداد.\n") == [
        ("يوم الجمعة 17 سبتمبر 2015", "2015-09-17", False, [], True)]


def _alone(sentence: str, published: str) -> tuple:
    mentions = find_dates("p1s1", sentence, 0, DateTables())
    resolve(mentions, published)
    return [(m.iso, m.inferred_parts) for m in mentions]


def test_a_weekday_alone_on_the_publication_days_weekday_is_the_publication_day():
    """29 May 2018 was a Tuesday: "يوم الثلاثاء" in an article of that day is that day, not the week
    before; "يوم الأربعاء" is the Wednesday before it, "يوم الاثنين" the day before."""
    assert _alone("وصل الوفد يوم الثلاثاء.", "2018-05-29") == [("2018-05-29", ["day", "month", "year"])]
    assert _alone("وصل الوفد يوم الأربعاء.", "2018-05-29") == [("2018-05-23", ["day", "month", "year"])]
    assert _alone("وصل الوفد يوم الاثنين.", "2018-05-29") == [("2018-05-28", ["day", "month", "year"])]


def test_a_day_and_month_without_a_year_take_the_publication_year_or_the_one_before():
    assert _alone("عقد الاجتماع في 3 مايو.", "2018-05-29") == [("2018-05-03", ["year"])]
    assert _alone("عقد الاجتماع في 25 كانون الأول.", "2018-01-10") == [("2017-12-25", ["year"])]
