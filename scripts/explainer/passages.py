"""What the article sets side by side, and what it says in its own voice.

`related`: a sentence that opens with a follow-on particle attached to its subject
(«فوزير الخارجية … كان قد قال …», particles in data/relations.yml `follow_on`) explains or
continues the sentence before it. Its first statement is linked to that sentence's denial (else
its first claim) as *related*: the article puts them together, it does not say one answers the
other, so pages never show it as a denial of it.

`writer`: in a sentence that also reports statements, the words before the first reporting cue
and its speaker («هذا التحرك سيزيد من نفوذ روسيا …، خصوصا بعد تقارير تتحدث عن …») are the
writer's own (a forecast, an analysis, a framing). They are kept verbatim, attributed to the
article, so the background page that promises the writer's analysis shows them.
"""

from __future__ import annotations

import re
from pathlib import Path

from .lexicon import fold, load_data
from .model import Document, Passage

WRITER_MIN_WORDS = 4  # shorter openings («ورغم»، «إضافة إلى») are connectives, not analysis
CUE_WINDOW = 200  # characters before a statement's content where its cue is looked for
_TRAIL = re.compile(r"[\s،,؛;:\-ـ]+$")


def link_related(doc: Document, hits, data_dir: Path | None = None) -> None:
    """Set `related` on the first statement of each follow-on sentence (see the module doc)."""
    particles = [fold(p) for p in load_data("relations.yml", data_dir).get("follow_on", [])]
    starts = {h.start for h in hits}
    # a name that itself begins with the particle's letter («فرنسا») is no particle
    name_heads = {fold(n).split()[0] for a in doc.actors for n in a.names["ar"] if n.strip()}
    claims_in, denials_in = _by_sentence(doc.claims), _by_sentence(doc.denials)
    for prev, s in zip(doc.sentences, doc.sentences[1:]):
        first = fold(s.text.split(maxsplit=1)[0]) if s.text.strip() else ""
        if not any(first.startswith(p) and len(first) > len(p) for p in particles) or s.start not in starts \
                or first in name_heads:
            continue
        mine = sorted(claims_in.get(s.id, []) + denials_in.get(s.id, []), key=lambda i: i.start)
        before = denials_in.get(prev.id) or sorted(claims_in.get(prev.id, []), key=lambda c: c.start)
        if mine and before and mine[0].related is None:
            mine[0].related = before[0].id


def writer_passages(doc: Document, hits) -> list[Passage]:
    """The writer's words opening each sentence that reports statements (see the module doc).
    Linear in the article: only the sentence's first statement and the speakers' mentions before
    it are looked at (a later statement's cue and speaker follow the first one's content)."""
    out: list[Passage] = []
    items_in = _by_sentence(doc.claims + doc.denials)
    hits_in = _by_sentence(hits)
    for s in doc.sentences:
        mine = items_in.get(s.id)
        if not mine:
            continue
        first = min(mine, key=lambda i: i.start)
        rel = first.start - s.start
        cue = s.text.rfind(first.cue, max(0, rel - len(first.cue) - CUE_WINDOW), rel)
        end = cue if cue >= 0 else rel
        speakers = {a for i in mine for a in _speakers(i)}
        for h in hits_in.get(s.id, []):
            if h.actor in speakers and h.start - s.start < end:
                end = h.start - s.start
        head = s.text[:end]
        if end < len(s.text) and head and not head[-1].isspace():
            head = head[: head.rfind(" ") + 1] if " " in head else ""  # drop a clitic cut off its word
        head = _TRAIL.sub("", head)
        if len(head.split()) >= WRITER_MIN_WORDS:
            out.append(Passage(f"w{len(out) + 1}", s.id, s.start, s.start + len(head), head))
    return out


def _by_sentence(things) -> dict[str, list]:
    out: dict[str, list] = {}
    for t in things:
        out.setdefault(t.sentence, []).append(t)
    return out


def _speakers(item) -> list[str]:
    if item.by is None:
        return []
    return list(item.by) if isinstance(item.by, list) else [item.by]
