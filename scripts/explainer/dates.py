"""Dates in Arabic news text, from the word tables in data/dates.yml.

Handles Western and Levantine/Iraqi month names, double forms ("أيلول ـ سبتمبر",
"فبراير/شباط"), weekdays ("يوم الخميس 17 سبتمبر 2015"), Arabic-Indic digits, "عام 2011".
A missing year is taken from the nearest dated mention in the article and flagged inferred; a
weekday alone ("يوم الجمعة") is resolved to the latest earlier date on that weekday. A printed
weekday that disagrees with its date is reported (`weekday_mismatch`), never corrected.
(dateparser was not used: it knows the Levantine names only under locales such as ar-SY/ar-IQ
and does not skip the tatweel of the double form, so small editor-owned tables are clearer.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .lexicon import fold, load_data, phrase_pattern, stems, tokens

YEAR_WORDS = {fold(w) for w in ("عام", "سنة", "العام")}
DAY_WORD = fold("يوم")


@dataclass
class DateMention:
    """A date expression found in a sentence, before and after resolution."""

    sentence: str
    start: int  #: offsets into the original text
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None  #: ISO weekday printed, 1 = Monday
    weekday_text: str | None = None
    iso: str | None = None
    inferred: bool = False
    mismatch: bool = False
    inferred_parts: list[str] | None = None  #: which of day, month, year were not printed


class DateTables:
    """Folded month and weekday names, longest first."""

    def __init__(self, data_dir: Path | None = None):
        data = load_data("dates.yml", data_dir)
        self.months = sorted(
            ((phrase_pattern(name), int(m)) for m, names in data["months"].items() for name in names),
            key=lambda x: -len(x[0]),
        )
        self.weekdays = {fold(name): int(d) for d, names in data["weekdays"].items() for name in names}
        self.year_range = (int(data["year_min"]), int(data["year_max"]))

    def month_at(self, toks, i) -> tuple[int, int] | None:
        """(month, tokens used) for a month name starting at token i."""
        for words, month in self.months:
            n = len(words)
            if i + n <= len(toks) and all(
                toks[i + k][2] == words[k] or (k == 0 and words[0] in stems(toks[i][2])) for k in range(n)
            ):
                return month, n
        return None

    def weekday_at(self, toks, i) -> int | None:
        if i < len(toks):
            for form in stems(toks[i][2]):
                if form in self.weekdays:
                    return self.weekdays[form]
        return None

    def year(self, word: str) -> int | None:
        if word.isdigit() and len(word) == 4 and self.year_range[0] <= int(word) <= self.year_range[1]:
            return int(word)
        return None


def find_dates(sid: str, text: str, offset: int, tables: DateTables) -> list[DateMention]:
    """Every date expression of one sentence; offsets are shifted by `offset` into the original."""
    toks = tokens(text)
    found: list[DateMention] = []
    i = 0
    while i < len(toks):
        start_i = i
        weekday = None
        if toks[i][2] == DAY_WORD and tables.weekday_at(toks, i + 1):
            i += 1
        wd = tables.weekday_at(toks, i)
        if wd:
            weekday, weekday_i = wd, i
            i += 1
        day = None
        number = _number(toks[i][2]) if i < len(toks) else None
        if number and 1 <= number <= 31 and tables.month_at(toks, i + 1):
            day = number
            i += 1
        month = None
        m = tables.month_at(toks, i)
        if m:
            month, used = m
            i += used
            second = tables.month_at(toks, i)  # the double form names the same month twice
            if second and second[0] == month:
                i += second[1]
        year = None
        if month and i < len(toks) and tables.year(toks[i][2]):
            year = tables.year(toks[i][2])
            i += 1
        elif not month and not weekday and toks[i][2] in YEAR_WORDS and i + 1 < len(toks) and tables.year(toks[i + 1][2]):
            year = tables.year(toks[i + 1][2])
            i += 2
        if month or year or weekday:
            end_tok = toks[i - 1]
            mention = DateMention(sid, offset + toks[start_i][0], offset + end_tok[1], year, month, day, weekday)
            if weekday:
                mention.weekday_text = text[toks[weekday_i][0]:toks[weekday_i][1]]
            found.append(mention)
            continue
        i = start_i + 1
    return found


def _number(word: str) -> int | None:
    """A day number, also with the conjunction attached ("و12")."""
    word = word[1:] if word.startswith("و") else word
    return int(word) if word.isdigit() and len(word) <= 2 else None


def resolve(mentions: list[DateMention], published: str | None = None) -> None:
    """Fill iso, inferred and mismatch for mentions in document order. `published` is the date
    printed above the article (ingest), if any: a day and month with no year anywhere in the
    article take its year, and a weekday alone ("اليوم الأربعاء") the latest such day on or before
    it; both are marked inferred."""
    # A day and month without a year belong with the article's other news dates (those printed
    # with a day), nearest first; background dates such as "آذار 2011" only as a last resort.
    full = [(k, m.year) for k, m in enumerate(mentions) if m.year and m.day]
    any_year = [m.year for m in mentions if m.year]
    for k, m in enumerate(mentions):
        if m.month and not m.year and (full or any_year):
            if full:
                m.year = min(full, key=lambda jy: (abs(jy[0] - k), jy[0] > k))[1]
            else:
                m.year = max(any_year)
            m.inferred = True
            m.inferred_parts = ["year"]
        elif m.month and not m.year and published:
            day_of = dt.date.fromisoformat(published)
            m.year = day_of.year
            if (m.month - day_of.month) % 12 > 6 and m.month > day_of.month:
                m.year -= 1  # "25 كانون الأول" in an article of January: the December before
            m.inferred = True
            m.inferred_parts = ["year"]
        if m.year and m.month and m.day:
            try:
                date = dt.date(m.year, m.month, m.day)
            except ValueError:
                continue
            m.iso = date.isoformat()
            m.mismatch = bool(m.weekday and date.isoweekday() != m.weekday)
        elif m.year and m.month:
            m.iso = f"{m.year:04d}-{m.month:02d}"
        elif m.year:
            m.iso = f"{m.year:04d}"
        elif m.weekday:
            earlier = [p for p in mentions[:k] if p.iso and len(p.iso) == 10 and dt.date.fromisoformat(p.iso).isoweekday() == m.weekday]
            if earlier:
                m.iso = earlier[-1].iso
                m.inferred = True
                m.inferred_parts = ["day", "month", "year"]  # only the weekday was printed
            elif published:
                day_of = dt.date.fromisoformat(published)
                m.iso = (day_of - dt.timedelta(days=(day_of.isoweekday() - m.weekday) % 7)).isoformat()
                m.inferred = True
                m.inferred_parts = ["day", "month", "year"]  # the latest such weekday up to the publication
