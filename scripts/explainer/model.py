"""The typed model every stage reads: plain dataclasses, in the order of the JSON output.

Offsets (`start`, `end`) are code-point indices into the article text as decoded from UTF-8,
before any normalisation, so that ``original[start:end] == text`` always holds.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class Removed:
    """A piece of page chrome taken out of the article on purpose."""

    text: str  #: the removed line, verbatim
    reason: str  #: why it is not article body (skip link, share button, ad label...)
    start: int  #: offset of the line in the original text
    end: int


@dataclass
class Source:
    """What the article says about itself, beside its body."""

    title: str | None  #: headline, or None when the text has none
    byline: str | None  #: author as printed ("فراس حسن"), without the "نص :" label
    credit: str | None  #: agency credit ("أ ف ب")
    language: str  #: BCP 47 language of the article
    tags: list[str] = field(default_factory=list)  #: section tags printed above the headline
    removed: list[Removed] = field(default_factory=list)
    url: str | None = None  #: address of the original, from a "# source: URL" line above the headline
    published: str | None = None  #: "YYYY-MM-DD" from a date line printed above the body, or None


@dataclass
class Sentence:
    """One sentence of the body, addressed by a stable id and offsets."""

    id: str  #: "p{paragraph}s{n}", both counted from 1
    paragraph: int
    start: int
    end: int
    text: str  #: original[start:end]
    role: str = "background"  #: claim | denial | background (set by extract)


@dataclass
class Actor:
    """A state, organisation, person, armed group, medium or anonymous source."""

    id: str
    kind: str  #: state | organisation | person | armed_group | media | anonymous | city
    names: dict[str, list[str]]  #: {"ar": [...variants as printed...], "en": [...]}
    mentions: list[str] = field(default_factory=list)  #: sentence ids
    spans: list[list[int]] = field(default_factory=list)  #: [start, end] of each mention as printed
    title: str | None = None  #: for people: the office printed before the name
    affiliation: str | None = None  #: actor id this one belongs to (an Iraqi source → iraq)
    en_draft: str | None = None  #: for a person no list names in English: a drafted spelling (names.py), shown as a draft until en.po confirms it


def speakers(item) -> list[str]:
    """The actor ids of a claim's or denial's speaker: none, one, or every party of a joint subject."""
    if item.by is None:
        return []
    return list(item.by) if isinstance(item.by, list) else [item.by]


@dataclass
class Claim:
    """An attributed (or unattributed) statement reported by the article."""

    id: str
    by: str | list[str] | None  #: actor id; a list for a joint subject ("نفت أنقرة وموسكو"); None when no one is named
    cue: str  #: the reporting cue as printed ("أعلنت", "جاء في بيان"...)
    text: str  #: verbatim content span
    sentence: str
    date: str | None  #: ISO with its precision, or None
    status: str  #: stated | reported | unconfirmed (unsourced reports) | unidentified (a speaker the pipeline could not identify)
    start: int
    end: int
    via: str | None = None  #: how the speaker was found: direct | participle | coreference | nearest | editor
    relayed_by: str | None = None  #: the medium that relays it ("نقلت وكالة X عن Y قوله"), or None
    date_inferred: list[str] = field(default_factory=list)  #: parts of `date` not printed but inferred: day, month, year
    related: str | None = None  #: id of an item the article sets this beside («فـ…» after it) without saying it answers it
    inferred: bool = False  #: the speaker rests on evidence right less than 95 % of the time (data/cues.yml `inferred_via`): pages say "attribution inferred"
    rule: str | None = None  #: the rule that chose the speaker, or found none ("explain.py review --why"); "editor" for overrides.yml


@dataclass
class Denial:
    """A denial or negated statement of fact, and what it answers when the article has it."""

    id: str
    by: str | list[str] | None  #: as for claims
    cue: str
    text: str
    sentence: str
    date: str | None
    denies: str | None  #: claim id answered, or None
    start: int
    end: int
    via: str | None = None  #: how the speaker was found (as for claims)
    relayed_by: str | None = None  #: as for claims
    date_inferred: list[str] = field(default_factory=list)  #: as for claims
    related: str | None = None  #: as for claims; never what it denies (that is `denies`)
    inferred: bool = False  #: the speaker rests on evidence right less than 95 % of the time (data/cues.yml `inferred_via`): pages say "attribution inferred"
    rule: str | None = None  #: the rule that chose the speaker, or found none ("explain.py review --why"); "editor" for overrides.yml


@dataclass
class Event:
    """A dated happening, for the timeline."""

    id: str
    date: str  #: ISO with its precision: "2011-03", "2015-09-17"
    date_inferred: bool  #: the year (or more) was not printed and was inferred
    text: str  #: the verbatim date expression
    sentence: str
    weekday: str | None = None  #: weekday as printed, if any
    weekday_mismatch: bool = False  #: printed weekday disagrees with the date (reported, not fixed)
    inferred: list[str] = field(default_factory=list)  #: which parts were inferred: day, month, year (in that order)


@dataclass
class Relation:
    """Actors a claim or denial says work together, and whom against, as the article reports it."""

    id: str
    kind: str  #: cooperation
    parties: list[str]  #: actor ids, in order of mention
    against: list[str]  #: actor ids named as the opponent
    item: str  #: the claim or denial that states it
    sentence: str


@dataclass
class Passage:
    """The writer's own words inside a sentence that also reports statements (a forecast, an
    analysis): verbatim, attributed to the article itself and to no one it quotes."""

    id: str  #: "w1", "w2" … in reading order
    sentence: str
    start: int
    end: int
    text: str  #: original[start:end]


@dataclass
class GlossaryEntry:
    """A term a general reader may not know; definitions come from an editor-owned file."""

    id: str
    terms: dict[str, list[str]]
    mentions: list[str] = field(default_factory=list)
    definition: dict[str, str] = field(default_factory=dict)  #: editorial, per language
    spans: list[list[int]] = field(default_factory=list)  #: [start, end] of each Arabic occurrence


@dataclass
class Document:
    """The whole model of one article."""

    slug: str
    source: Source
    sentences: list[Sentence]
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    background: list[str] = field(default_factory=list)  #: sentence ids with role background
    writer: list[Passage] = field(default_factory=list)  #: the writer's own words in sentences that report statements

    def to_dict(self) -> dict:
        """The JSON contract (see scripts/explainer/README.md)."""
        return asdict(self)

    def to_json(self) -> str:
        """Deterministic UTF-8 JSON: same model, same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    def sentence(self, sid: str) -> Sentence:
        """The sentence with id `sid`."""
        return self._by_id()[sid]

    def _by_id(self) -> dict[str, Sentence]:
        # built once, not at every call (rendering asks for thousands of sentences); rebuilt if
        # the list is replaced or grows
        cached = self.__dict__.get("_sentence_ids")
        if cached is None or cached[0] is not self.sentences or cached[1] != len(self.sentences):
            cached = self.__dict__["_sentence_ids"] = (self.sentences, len(self.sentences), {s.id: s for s in self.sentences})
        return cached[2]
