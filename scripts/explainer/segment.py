"""Stage 2, segment: body lines → paragraphs → sentences with stable ids and offsets.

A sentence ends at . ! ? ؟ … followed by a space or the end of the paragraph, except inside
guillemets «…», inside a balanced pair of straight quotes (a quotation that closes right after its
full stop, 'اليمن." وأكد', ends the sentence there), after a single letter (initials,
"أ.ف.ب"), or between digits ("1.5"). A full stop with no space after it ends a sentence between an
Arabic word of two letters or more and one of three or more ("بغداد.وقال"), not inside an acronym or
a domain ("سي.إن.إن", "العربية.نت"). The Arabic comma ، and semicolon ؛ never end a sentence.

A "sentence" longer than MAX_SENTENCE characters (no real one comes close; text without full
stops does) is cut at its last comma, semicolon or space before the limit, so every later stage
works on bounded pieces and any input is processed in linear time.
"""

from __future__ import annotations

from .ingest import Article
from .model import Sentence

ENDERS = ".!?؟…"
MAX_SENTENCE = 2000
_SOFT_BREAKS = "،؛,;"
_QUOTES = {"«": "»", "“": "”"}


def segment(article: Article) -> list[Sentence]:
    """Split every body paragraph of `article` into sentences addressed into the original; the
    headline, when the text has one, is paragraph 0 (ids "p0s1" …): it stays the title of the pages,
    but a statement it prints («عماد الحمامي: لا نرى مانعا …», «الوليد بن طلال يكشف …») is a claim."""
    sentences = []
    title = title_span(article)
    if title is not None:
        for s_index, (start, end) in enumerate(split_sentences(article.original[title[0]:title[1]]), start=1):
            a, b = title[0] + start, title[0] + end
            sentences.append(Sentence(f"p0s{s_index}", 0, a, b, article.original[a:b]))
    for p_index, para in enumerate(article.body, start=1):
        for s_index, (start, end) in enumerate(split_sentences(para.text), start=1):
            a, b = para.start + start, para.start + end
            sentences.append(Sentence(f"p{p_index}s{s_index}", p_index, a, b, article.original[a:b]))
    return sentences


def title_span(article: Article) -> tuple[int, int] | None:
    """Offsets of the headline line in the original, above the body, or None."""
    title = article.source.title
    if not title or not article.body:
        return None
    at = article.original.rfind(title, 0, article.body[0].start)
    return (at, at + len(title)) if at >= 0 else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one paragraph, trimmed of spaces."""
    spans = []
    start = 0
    depth = 0  # inside «…» or “…”
    closers = set(_QUOTES.values())
    straight_open = False
    straight_total = text.count('"')
    straight_seen = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        closed = False
        if c in _QUOTES:
            depth += 1
        elif c in closers and depth:
            depth -= 1
            closed = depth == 0
        elif c == '"':
            straight_seen += 1
            was_open = straight_open
            # Only trust straight quotes to open a quotation when a closing one follows.
            straight_open = not straight_open and straight_seen < straight_total
            closed = was_open and not straight_open and depth == 0
        if closed and i and text[i - 1] in ENDERS and i + 1 < n and text[i + 1].isspace() and not straight_open:
            # 'في اليمن." وأكد …': a quotation that ends its sentence
            end = i + 1
            spans += _bounded(text, start, end)
            start = end
            i = end
            continue
        if c in _QUOTES or c in closers or c == '"':
            pass
        elif c in ENDERS and depth == 0 and not straight_open and _is_boundary(text, i):
            end = i + 1
            while end < n and (text[end] in ENDERS or text[end] in '"»”)'):
                end += 1
            spans += _bounded(text, start, end)
            start = end
            i = end
            continue
        i += 1
    if text[start:].strip():
        spans += _bounded(text, start, n)
    return [s for s in spans if s[1] > s[0]]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The trimmed span start..end, cut into pieces of at most MAX_SENTENCE characters, each
    ending after a comma or semicolon, else at a space, else (one endless word) at the limit."""
    pieces = []
    while end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind(c) for c in _SOFT_BREAKS) + 1
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE
        pieces.append(_trim(text, start, start + cut))
        start += cut
    pieces.append(_trim(text, start, end))
    return pieces


def _is_boundary(text: str, i: int) -> bool:
    """Whether the ender at `i` ends a sentence rather than an abbreviation or a number."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i else ""
    if text[i] == "." and prev.isdigit() and nxt.isdigit():
        return False
    if text[i] == "." and prev.isalpha() and (i < 2 or not text[i - 2].isalpha()):
        return False  # a single letter: initials and "أ.ف.ب"
    if not nxt:
        return True
    if text[i] == "." and _arabic_word_before(text, i) >= 2 and _arabic_word_after(text, i) >= 3:
        return True  # "بغداد.وقال", "له.إلا": a full stop without its space; not "سي.إن.إن" or "العربية.نت"
    # Next char a space, a quote closer or another ender: a sentence boundary.
    return nxt.isspace() or nxt in ENDERS or nxt in '"»”)' or nxt.isdigit()


def _is_arabic_letter(c: str) -> bool:
    return "\u0621" <= c <= "\u064a" or "\u0671" <= c <= "\u06d3"


def _arabic_word_before(text: str, i: int) -> int:
    """Length of the run of Arabic letters right before position i."""
    k = i
    while k > 0 and _is_arabic_letter(text[k - 1]):
        k -= 1
    return i - k


def _arabic_word_after(text: str, i: int) -> int:
    """Length of the run of Arabic letters right after position i."""
    k = i + 1
    while k < len(text) and _is_arabic_letter(text[k]):
        k += 1
    return k - i - 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
