"""Relations between actors, read from inside each claim and denial: who the statement says
works with whom, and against whom.

A statement states cooperation when it holds a cooperation cue of data/relations.yml. Its
partners are the actors named in one coordinated list joined by و ("العراق وسوريا وإيران
وروسيا") plus the actor right after a partner phrase ("العمل مع ميليشيات"); actors named after an
"against" word are opponents, actors after a place preposition ("في بغداد") are neither. Being named in the same statement is not enough ("قلق روسيا ... مع
داعش" is no alliance). Denied statements keep their relation: the diagram shows it as denied.
"""

from __future__ import annotations

from pathlib import Path

from .actors import Hit
from .lexicon import load_data, phrase_at, phrase_pattern, tokens
from .model import Document, Relation

PARTY_KINDS = ("state", "organisation", "armed_group", "anonymous")


def find_relations(doc: Document, hits: list[Hit], data_dir: Path | None = None) -> list[Relation]:
    data = load_data("relations.yml", data_dir)
    cues = {key: [p for p in (phrase_pattern(w) for w in data.get(key, [])) if p]
            for key in ("cooperation", "partner", "against")}
    places = {p[0] for p in (phrase_pattern(w) for w in data.get("places", [])) if len(p) == 1}
    kinds = {a.id: a.kind for a in doc.actors}
    relations: list[Relation] = []
    seen: set[tuple] = set()
    hits_in: dict[str, list[Hit]] = {}
    for h in hits:
        hits_in.setdefault(h.sentence, []).append(h)
    for item in doc.claims + doc.denials:
        toks = tokens(item.text)
        words = [t[2] for t in toks]

        def starts(key: str) -> list[tuple[int, int]]:
            return [(i, i + len(p)) for i in range(len(words)) for p in cues[key] if phrase_at(p, words, i)]

        if not starts("cooperation"):
            continue
        against_at = min((i for i, _ in starts("against")), default=len(words))
        partner_ends = {j for _, j in starts("partner")}
        mentions = []  # (first token, last token + 1, actor) of each party-kind mention
        for h in hits_in.get(item.sentence, []):
            if item.start <= h.start and h.end <= item.end and kinds.get(h.actor) in PARTY_KINDS:
                first = next(k for k, t in enumerate(toks) if t[1] > h.start - item.start)
                last = next(k for k, t in enumerate(toks) if t[1] >= h.end - item.start) + 1
                mentions.append((first, last, h.actor))
        mentions.sort()
        parties: list[str] = []
        opponents: list[str] = []
        for k, (first, last, actor) in enumerate(mentions):
            if first > 0 and words[first - 1] in places:
                continue  # "في بغداد": where, not who
            joined_before = k > 0 and mentions[k - 1][1] == first and words[first].startswith("و")
            joined_after = k + 1 < len(mentions) and mentions[k + 1][0] == last and words[last].startswith("و")
            if first >= against_at:
                # the opponent is the first actor after "ضد" and any actor listed with it
                if not opponents or (joined_before and mentions[k - 1][2] in opponents):
                    opponents.append(actor)
                continue
            if joined_before or joined_after or first in partner_ends:
                parties.append(actor)
        parties = [p for p in dict.fromkeys(parties) if p not in opponents]
        opponents = list(dict.fromkeys(opponents))
        if len(parties) < 2:
            continue
        key = (tuple(sorted(parties)), tuple(sorted(opponents)), item.text)
        if key in seen:  # a denial quoting the claim it denies states no new relation
            continue
        seen.add(key)
        relations.append(Relation(f"r{len(relations) + 1}", "cooperation", parties, opponents, item.id, item.sentence))
    return relations
