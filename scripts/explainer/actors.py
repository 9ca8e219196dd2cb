"""Actors: states, organisations, people, armed groups, media and anonymous sources.

Everything is matched on folded tokens with proclitics peeled (lexicon.py), from the gazetteers in
data/actors.yml, data/people.yml and data/sources.yml. A nationality adjective ties a phrase to its
state ("قيادة العمليات المشتركة العراقية" → Iraq); a capital stands for its state ("موسكو" →
Russia); a title attaches to the name after it ("وزير الخارجية العراقي إبراهيم الجعفري").

This module runs the passes in order (ActorFinder.sentence); the data and the passes live in
mentions/ (gazetteer.py, people.py, person_names.py, known.py, bodies.py, open_world.py: see the
module map in scripts/explainer/README.md).
"""

from __future__ import annotations

from pathlib import Path

from .lexicon import balance_quotes, tokens
from .mentions.bodies import BodyPasses
from .mentions.common import DEMONSTRATIVES, Hit, _add
from .mentions.gazetteer import Gazetteer
from .mentions.known import KnownPasses
from .mentions.open_world import OpenPasses
from .mentions.people import PeoplePasses
from .mentions.person_names import NameBounds
from .model import Actor, Document

# the names this module has always offered (the passes now live in mentions/: see the README)
__all__ = ["DEMONSTRATIVES", "ActorFinder", "Gazetteer", "Hit", "find_actors"]


class ActorFinder(PeoplePasses, NameBounds, KnownPasses, BodyPasses, OpenPasses):
    """Finds actor mentions sentence by sentence and accumulates the actors."""

    def __init__(self, doc: Document, gaz: Gazetteer):
        self.doc, self.gaz = doc, gaz
        self.actors: dict[str, Actor] = {}
        self.hits: list[Hit] = []
        self.surnames: dict[str, tuple] = {}  # last word of a person's full name → (person id, folded words)
        self.full_names: dict[str, list] = {}  # first word of a person's full name → [(person id, folded words)]
        self.text_of = {s.id: s.text for s in doc.sentences}
        self.sentence_start = {s.id: s.start for s in doc.sentences}
        self.short_names: dict[str, str] = {}  # a body's one name word after its head ("النهضه") → body id

    def run(self) -> tuple[list[Actor], list[Hit]]:
        # the headline (paragraph 0) last: its short names ("جمعة يعلن") are the body's people
        for s in sorted(self.doc.sentences, key=lambda s: s.paragraph == 0):
            self.sentence(s.id, s.text, s.start)
        order = {a: k for k, a in enumerate(dict.fromkeys(h.actor for h in self.hits))}
        actors = sorted(self.actors.values(), key=lambda a: order.get(a.id, 0))
        return actors, self.hits

    # -- one sentence -------------------------------------------------------------------------
    def sentence(self, sid: str, text: str, offset: int) -> None:
        """Every pass over one sentence, in this order (the ordered rule list: a token a pass takes
        is not read by a later one):

         1. _apposed_people   title, then its holder between commas     mentions/people.py
         2. _titled_people    a title and the name after it             mentions/people.py
         3. _phrases          gazetteer phrases (states, bodies, people) mentions/known.py
         4. _surnames         a known person's surname alone            mentions/known.py
            _short_names      a body's name word alone ("النهضة")        mentions/bodies.py
         5. _anonymous        anonymous sources ("مصادر أمنية")          mentions/bodies.py
         6. _quoted_names     a name between quotation marks            mentions/open_world.py
         7. _open_speakers    the subject of a reporting verb           mentions/open_world.py
         8. _headed_bodies    bodies by their head noun ("وزارة …")      mentions/bodies.py
         9. _named_people     names opening with a given name           mentions/people.py
        10. _adjectives       nationality adjectives → their state      mentions/known.py
        """
        toks = tokens(text)
        self.current_text = text
        taken = [False] * len(toks)
        dateline = self.gaz.dateline.match(text)
        if dateline:  # "عمّان (رويترز) -": where the item was filed, not who is in it
            taken = [t[0] < dateline.end() for t in toks]
        self.current_taken = taken
        self._apposed_people(sid, text, offset, toks, taken)
        self._titled_people(sid, text, offset, toks, taken)
        self._phrases(sid, text, offset, toks, taken)
        self._surnames(sid, offset, toks, taken)
        self._short_names(sid, text, offset, toks, taken)
        self._anonymous(sid, text, offset, toks, taken)
        self._quoted_names(sid, text, offset, toks, taken)
        self._open_speakers(sid, text, offset, toks, taken)
        self._headed_bodies(sid, text, offset, toks, taken)
        self._named_people(sid, text, offset, toks, taken)
        self._adjectives(sid, text, offset, toks, taken)

    # -- bookkeeping --------------------------------------------------------------------------
    def _actor(self, aid: str, kind: str, ar_name: str | None, en: list[str]) -> Actor:
        if aid not in self.actors:
            if aid in self.gaz.states:
                st = self.gaz.states[aid]
                self.actors[aid] = Actor(aid, "state", {"ar": [], "en": list(st["en"])})
            else:
                self.actors[aid] = Actor(aid, kind, {"ar": [], "en": list(en)})
        actor = self.actors[aid]
        if ar_name:
            actor.names["ar"] = _add(actor.names["ar"], ar_name)
        for name in en:
            actor.names["en"] = _add(actor.names["en"], name)
        return actor

    def _hit(self, aid, sid, offset, toks, i, j, taken, mark=True):
        if aid not in self.actors:
            self._actor(aid, "state", None, [])
        actor = self.actors[aid]
        if sid not in actor.mentions:
            actor.mentions.append(sid)
        self.hits.append(Hit(aid, sid, offset + toks[i][0], offset + toks[j - 1][1], i, implied=not mark))
        if actor.kind == "person" and mark:
            self._remember_surname(actor)
        if mark:  # a surface mention (not a state implied by another actor's adjective)
            text = self.text_of[sid]
            actor.spans.append([offset + toks[i][0], offset + balance_quotes(text, toks[i][0], toks[j - 1][1])])
            for t in range(i, j):
                taken[t] = True
            if actor.kind in ("organisation", "armed_group", "media"):
                self._remember_short_name(toks, i, j, aid)  # ("كتائب القسام" … "وقالت السرايا والقسام")



def find_actors(doc: Document, data_dir: Path | None = None) -> tuple[list[Actor], list[Hit]]:
    """All actors of `doc`, in order of first mention, and every mention."""
    gaz = Gazetteer(data_dir)
    actors, hits = ActorFinder(doc, gaz).run()
    # a state named only by nationality adjectives ("المهاجر التونسي") is no actor of the story,
    # unless another actor belongs to it ("مصادر عسكرية عراقية")
    named = {h.actor for h in hits if not h.adjective}
    belongs = {a.affiliation for a in actors if a.affiliation}
    dropped = {a.id for a in actors if a.kind == "state" and a.id not in named and a.id not in belongs}
    if dropped:
        actors = [a for a in actors if a.id not in dropped]
        hits = [h for h in hits if h.actor not in dropped]
    for a in actors:
        if not a.names["ar"] and a.id in gaz.states:
            a.names["ar"] = list(gaz.states[a.id]["ar"][:1])  # mentioned only by adjective
    return actors, hits
