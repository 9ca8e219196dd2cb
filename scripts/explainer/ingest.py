"""Stage 1, ingest: bytes → checked text; page chrome removed and listed; metadata kept.

The original decoded text is never changed: every later offset points into it. Input that
cannot be an Arabic news article raises `InputError` with a one-line message.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import load_data
from .model import Removed, Source

MAX_BYTES = 1_000_000  # a long news article is ~50 KB; a megabyte is not an article
MIN_ARABIC_SHARE = 0.5  # of all letters
MAX_STRAY_CONTROLS = 8  # control characters tolerated (kept in the text, never displayed)
TERMINAL = ".!؟?…"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?>")
_SPACE = " \t\r\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff\u202f\u2009"


class InputError(Exception):
    """Input that cannot be processed; the message is one line for the reader of stderr."""


@dataclass
class Span:
    """A trimmed line of the original text."""

    start: int
    end: int
    text: str


@dataclass
class Article:
    """The result of ingest: the untouched text, its metadata, and the body lines."""

    original: str
    source: Source
    body: list[Span] = field(default_factory=list)


def read_article(path: str | Path) -> str:
    """Read a file and return its text, or raise InputError saying why it is not an article."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article file")
    _check_size(p.stat().st_size, str(p))  # before reading: a huge file is never loaded
    return decode_article(p.read_bytes(), str(p))


def decode_article(data: bytes, name: str = "input") -> str:
    """Check raw bytes and decode them as UTF-8 article text."""
    _check_size(len(data), name)
    if b"\x00" in data:
        raise InputError(f"{name}: binary data (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not valid UTF-8 (byte {err.start}); save the article as UTF-8 text") from None
    check_text(text, name)
    return text


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise InputError(f"{name}: too large ({size / 1e6:.1f} MB); an article must be under {MAX_BYTES // 1000} KB")


def check_text(text: str, name: str = "input") -> None:
    """Reject text that is empty, not Arabic, or an HTML page rather than article text."""
    if not text.strip(_SPACE + "\n"):
        raise InputError(f"{name}: empty (no text)")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
    if controls > max(MAX_STRAY_CONTROLS, len(text) // 100):  # a stray \x02 from a scraper is not binary
        raise InputError(f"{name}: contains {controls} control characters; this looks like binary data")
    if _HTML_PAGE.search(text) or len(_HTML_TAG.findall(text)) > 20:
        raise InputError(f"{name}: looks like an HTML page; save the article as plain text")
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if _ARABIC_LETTER.match(c))
    if arabic == 0:
        raise InputError(f"{name}: no Arabic text")
    if arabic / len(letters) < MIN_ARABIC_SHARE:
        raise InputError(f"{name}: mostly not Arabic ({arabic} of {len(letters)} letters are Arabic)")


# The line ends of an article, here only (segment works on the lines split here): LF, CRLF, CR
# alone, and the Unicode line and paragraph separators. NEL (U+0085), a C1 control a scraper can
# leave inside a headline, is not one: Python's str.splitlines() would split there, and the
# headline's second half would become the summary and the first body line.
LINE_ENDS = "\n\r\u2028\u2029"
_LINE = re.compile(f"[^{LINE_ENDS}]+")


# Removal reasons of the lines whose content the model keeps (Source.url, Source.published) and the
# pages render in each language themselves: nothing in them for a translator.
SOURCE_ADDRESS, PUBLICATION_DATE = "source address", "publication date"
RENDERED_FROM_MODEL = (SOURCE_ADDRESS, PUBLICATION_DATE)


def split_lines(text: str) -> list[Span]:
    """Every non-blank line, trimmed, with offsets into `text`."""
    spans = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip(_SPACE)
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip(_SPACE))
            spans.append(Span(start, start + len(stripped), stripped))
    return spans


def ingest(text: str, data_dir: Path | None = None) -> Article:
    """Separate chrome, metadata and body lines of an article's text."""
    chrome_data = load_data("chrome.yml", data_dir)
    chrome = chrome_data["rules"]
    chrome_words = chrome_data.get("max_words", 30)
    meta = load_data("metadata.yml", data_dir)
    rules = [(re.compile(r["line"] + r"\Z"), r["reason"], int(r.get("also_next", 0)), bool(r.get("headlines_after")))
             for r in chrome]
    byline_re = re.compile(r"(?:%s)\s*[:：]\s*(.+)\Z" % "|".join(map(re.escape, meta["byline_labels"])))
    agencies = {_fold_space(a): a for a in meta["agencies"]}
    credit_re = re.compile(r"(?:%s)\s*[:：]\s*(.+)\Z" % "|".join(map(re.escape, meta.get("credit_labels", []) or ["(?!)"])))

    source_line = re.compile(meta["source_line"] + r"\Z") if meta.get("source_line") else None
    date_lines = [re.compile(d + r"\Z") for d in meta.get("date_lines", [])]
    names = load_data("first_names.yml", data_dir)
    given_names = {_fold_space(n) for n in names["names"] + names.get("female", [])}
    source = Source(title=None, byline=None, credit=None, language="ar")
    body: list[Span] = []
    pending_skip = ("", 0)
    title_line = None
    lines = split_lines(text)
    headlines_after = None  # the reason, while the lines below a "اقرأ أيضاً:" are other stories' headlines
    for i, line in enumerate(lines):
        if pending_skip[1] > 0:
            source.removed.append(Removed(line.text, pending_skip[0], line.start, line.end))
            pending_skip = (pending_skip[0], pending_skip[1] - 1)
            continue
        if headlines_after and len(line.text.split()) <= HEADLINE_WORDS and not line.text.endswith(tuple(TERMINAL)):
            source.removed.append(Removed(line.text, headlines_after, line.start, line.end))
            continue
        headlines_after = None
        if not body and source.url is None and source_line and (m := source_line.match(line.text)):
            # "# source: URL (…)": where the article was published, above the headline
            source.url = m.group(1)
            source.removed.append(Removed(line.text, SOURCE_ADDRESS, line.start, line.end))
            continue
        published = _printed_date(line.text, date_lines) if not body and source.published is None else None
        if published:  # "09/11/2016", "Tue, 29 May 2018 23:56:39 GMT": when the article was published
            source.published = published
            source.removed.append(Removed(line.text, PUBLICATION_DATE, line.start, line.end))
            continue
        short = len(line.text.split()) <= chrome_words  # chrome is a short line; a long one is body
        rule = next((r for r in rules if r[0].match(line.text)), None) if short else None
        if rule:
            source.removed.append(Removed(line.text, rule[1], line.start, line.end))
            pending_skip = (rule[1], rule[2])
            headlines_after = rule[1] if rule[3] else None
            continue
        m = byline_re.match(line.text)
        if m and source.byline is None and len(m.group(1).split()) <= 6:
            source.byline = m.group(1).strip()
            continue
        folded = _fold_space(line.text.strip("()[]"))
        labelled = credit_re.match(folded)
        if labelled and labelled.group(1).strip() in agencies:
            folded = labelled.group(1).strip()
        if folded in agencies:
            source.credit = agencies[folded]
            continue
        parts = [p.strip() for p in re.split(r"[،,]", folded)]
        if len(parts) > 1 and all(p in agencies for p in parts):  # "العربية.نت، فرانس برس": two credits
            source.credit = "، ".join(dict.fromkeys(agencies[p] for p in parts))
            continue
        if not body and source.title is None and len(line.text.split()) <= chrome_words and i + 1 < len(lines) \
                and not line.text.endswith((".", "…")) and _printed_date(lines[i + 1].text, date_lines):
            source.title, title_line = line.text, line  # a line above the date line is the headline, even a question
            continue
        if not body and source.title is None and _is_heading(line.text):
            following = next((ln for ln in lines[i + 1 :] if not any(r[0].match(ln.text) for r in rules)), None)
            if not source.tags and following and _is_heading(following.text):
                tags = _split_tags(line.text, meta)
                if tags:
                    source.tags = tags
                    continue
            source.title, title_line = line.text, line
            continue
        # only above the body proper: after nothing but short unpunctuated lines (a date)
        place_line = _PLACE_LINE.match(line.text) if all(len(b.text.split()) <= 8 and b.text[-1] not in TERMINAL
                                                          for b in body) else None
        if place_line and line.text[-1] not in TERMINAL:
            # "أبوظبي - سكاي نيوز عربية", "القاهرة - أحمد الريدي": where the item was filed and by whom,
            # on a line of its own above the body: the agency is the credit, a name the byline
            who = _fold_space(place_line.group(1))
            if who in agencies:
                source.credit = source.credit or agencies[who]
                continue
            if source.byline is None and len(who.split()) <= 3:
                source.byline = who
                continue
        if not body and source.byline is None and source.title is not None and source.published is not None \
                and _NAME_LINE.match(line.text) and _fold_space(line.text.split()[0]) in given_names \
                and _name_words(line.text.split(), given_names) \
                and not any(w[:1] in "يت" and len(w) > 3 and w not in given_names for w in line.text.split()[1:]) \
                and i + 1 < len(lines) and len(lines[i + 1].text.split()) >= 8:
            # (a name: a given name, then name words or a nisba, no verb; the body follows)
            source.byline = line.text  # "مها بن عبد العظيم": the writer's name alone, under the date
            continue
        body.append(line)
    if not body and source.title is not None:
        # A single unpunctuated line is the article itself, not a headline without a body.
        body, source.title = [title_line], None
    if not body:
        raise InputError("no article body left after removing page chrome and metadata")
    dateline = dateline_pattern(meta).match(body[0].text)
    if dateline and source.credit is None:
        source.credit = dateline.group(1)
    return Article(original=text, source=source, body=body)


HEADLINE_WORDS = 15  # a related story's headline below "اقرأ أيضاً:" is short and has no full stop

# a line "PLACE - WHO": one or two words, a dash between spaces, at most four words
# "أبوظبي - سكاي نيوز عربية", "باريس ، برلين - رويترز", "العربية.نت ـ فراس شمسان": where (or through whom)
# the item was filed, a dash (or a spaced tatweel), then by whom
_PLACE_LINE = re.compile(r"\A[^\s\-–—]+(?:\s?[،,]?\s[^\s\-–—ـ]+){0,2}\s[-–—ـ]\s(\S+(?:\s\S+){0,3})\Z")
_NAME_LINE = re.compile(r"\A[\u0621-\u064A]+(?:\s[\u0621-\u064A]+){1,3}\Z")


def dateline_pattern(meta: dict) -> re.Pattern:
    """A dateline opening a paragraph, "CITY (AGENCY) -" or "CITY، COUNTRY (AGENCY) --": where and by whom the item was filed.
    It stays in the text (verbatim); ingest takes the agency as the credit, and the actor
    finder does not count the city and agency as mentions."""
    agencies = "|".join(sorted((re.escape(a) for a in meta["agencies"]), key=len, reverse=True))
    # one to four words of place ("عمّان", "دبي، الإمارات العربية المتحدة"), then the agency in brackets
    return re.compile(r"\A[^\s()]+(?:\s[^\s()]+){0,3}\s*\((%s)\)\s*[-–—]" % agencies)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _printed_date(line: str, patterns: list[re.Pattern]) -> str | None:
    """"YYYY-MM-DD" when the whole line is a date in one of the metadata formats, else None
    (an impossible date such as 31/02/2018 is no date line)."""
    for pattern in patterns:
        m = pattern.match(line.strip())
        if m:
            month = m.group("month")
            month = _MONTHS.index(month.lower()[:3]) + 1 if month.isalpha() else int(month)
            try:
                return datetime.date(int(m.group("year")), month, int(m.group("day"))).isoformat()
            except ValueError:
                return None
    return None


def _is_heading(line: str) -> bool:
    """A short line without terminal punctuation: a headline or a tag line, not body text."""
    return line[-1] not in TERMINAL and len(line.split()) <= 30


def _split_tags(line: str, meta: dict) -> list[str]:
    """Split a tag line ("سوريا ـ العراق ـ روسيا") into tags, or [] if it is not one."""
    for sep in meta["tag_separators"]:
        parts = [p.strip(_SPACE) for p in line.split(f" {sep} ")]
        if len(parts) >= 2 and all(p and len(p.split()) <= meta["tag_max_words"] for p in parts):
            return parts
    if len(line.split()) <= meta.get("single_tag_max_words", 0):
        return [line.strip(_SPACE)]
    return []


def _name_words(words: list[str], given_names: set[str]) -> bool:
    """Whether the words after a given name can be the rest of a person's name: a family name with the
    article only last, after a given name or a connector ("مها الخطيب", "مها بن عبد العظيم"), never a
    phrase of nouns ("محمد صلاح نجم المباراة")."""
    for k, w in enumerate(words[1:], start=1):
        if w.startswith("ال") and (k != len(words) - 1 or words[k - 1] not in given_names | {"بن", "ابن", "عبد", "أبو", "ابو"}):
            return False
    return True


def _fold_space(s: str) -> str:
    return " ".join(s.split())
