"""Frames that say whose a statement is before or beside the verb: relays ("نقلت وكالة X عن Y
قوله إن …", "… نقلا عن Y") and "according to" phrases ("وفقا لـ X", "بحسب X"). Each sets the
`rule` that decided the speaker (Claim.rule / Denial.rule).
"""

from __future__ import annotations

from ..actors import Hit
from ..lexicon import stems
from .cues import PREPOSITIONAL, SPEAKER_KINDS, Cue, _is


class FrameRules:
    """ClaimFinder's relay and "according to" rules (a mixin)."""

    def relay(self, cue: Cue, toks, hits: list[Hit], s):
        """(relaying medium, speaker, content start) of "نقلت X عن Y قوله إن …", or None when the
        sentence does not have that shape (then "نقل" is no cue)."""
        an = next((k for k in range(cue.end_tok, min(cue.end_tok + 8, len(toks))) if toks[k][2] == "عن"), None)
        if an is None:
            return None
        by_medium = [h for h in hits if cue.end_tok <= h.tok < an and self.kind.get(h.actor) in SPEAKER_KINDS]
        spoke = [h for h in hits if h.tok == an + 1 and self.kind.get(h.actor) in SPEAKER_KINDS]
        rank = {"media": 0, "organisation": 1}
        medium = min(by_medium, key=lambda m: (rank.get(self.kind.get(m.actor), 2), -(m.end - m.start)), default=None)
        if not spoke:
            # "نقلت وكالة الأنباء السعودية عن مسؤول قوله إن …": a source no list names; the statement is
            # kept, relayed by the medium, its speaker not identified
            said = next((m for m in range(an + 2, min(an + 8, len(toks))) if _is(toks[m][2], self.lex.relay_words)), None)
            if said is None or any(self._punct_at(toks, m) or toks[m][2] in self.lex.complementizers for m in range(an + 1, said + 1)):
                return None
            k = said
            while k < len(toks) and (_is(toks[k][2], self.lex.relay_words) or toks[k][2] in self.lex.complementizers):
                k += 1
            if k >= len(toks):
                return None
            self.rule = "relay: a source no list names: not identified"
            self.someone_else()
            return (medium.actor if medium else None), None, k
        h = max(spoke, key=lambda h: h.end)
        k = next((k for k, t in enumerate(toks) if t[1] >= h.end - s.start), an + 1) + 1
        said = next((m for m in range(k, min(k + 5, len(toks))) if _is(toks[m][2], self.lex.relay_words)), None)
        if said is not None and not any(self._punct_at(toks, m) or toks[m][2] in self.lex.complementizers
                                        for m in range(k, said + 1)):
            k = said  # "عن مصادر أمنية قريبة من التحقيق قولها إن": past what describes the source
        while k < len(toks) and (_is(toks[k][2], self.lex.relay_words) or toks[k][2] in self.lex.complementizers
                                 or toks[k][2] in ("قبل", "بعد", "التصويت")):
            k += 1  # "قوله إن", "قوله قبل التصويت، إن"
        if k >= len(toks):
            return None
        self.via = "direct"
        self.rule = "relay: نقلت X عن Y قوله"
        return (medium.actor if medium else None), h.actor, k

    def relayed_from(self, toks, hits: list[Hit], s, k: int) -> tuple[str, int] | None:
        """(speaker, token after the name) when "نقلا عن Y" follows the subject at token k: then Y
        said it and the subject relays it."""
        if k + 2 >= len(toks) or toks[k][2] != "نقلا" or toks[k + 1][2] != "عن":
            return None
        named = [h for h in hits if h.tok == k + 2 and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective]
        if not named:
            return None
        h = max(named, key=lambda h: h.end - h.start)
        return h.actor, next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), h.tok) + 1

    def according(self, cue: Cue, later: list[Cue], toks, hits: list[Hit], s, said_until: int):
        """(speaker, content start, content end, frame end) of "…، وفقا لـ X" / "بحسب X، …" /
        "حسبما أفاد X" / "وفق ما أفاد به X" / "بحسب رأي X" / "وفقا لبيان صادر عن X", or None. The
        speaker is the subject of the verb after the phrase, else named right after it (past a
        noun such as "رأي", "بيان صادر عن"); "وفقا لتقارير" is an unsourced report. The content is
        the clause before the phrase, or after the speaker when it opens the sentence."""
        verb = next((c for c in later if c.tok <= cue.end_tok + 2 and c.kind in ("verb", "statement")), None)
        actor, name_end = None, None
        if verb is not None:
            actor, name_end = self.speaker(verb, toks, hits, s)
            if self.via not in ("direct",):
                actor = None
        if actor is None:
            first = verb.end_tok if verb else cue.end_tok
            while first < len(toks) and first < cue.end_tok + 6 and _is(toks[first][2], self.lex.according_nouns):
                first += 1
            if first < len(toks) and _is(toks[first][2], self.lex.report_heads):
                self.via = "report"  # "وفقا لتقارير إعلامية": no one's statement
                name_end = first + 1  # and its adjective ("تقارير إعلامية")
                if name_end < len(toks) and not self._punct_at(toks, name_end) and toks[name_end][2] not in self.lex.complementizers:
                    name_end += 1
            if actor is None and self.via != "report":
                after = [h for h in hits if first <= h.tok < first + 3 and self.kind.get(h.actor) in SPEAKER_KINDS
                         and not h.adjective and not h.implied]
                if not after:
                    return None
                h = min(after, key=lambda h: (h.tok, -(h.end - h.start)))
                actor = h.actor
                name_end = next((k for k, t in enumerate(toks) if t[1] >= h.end - s.start), h.tok) + 1
                if self.kind.get(h.actor) not in ("person", "media") and any(  # (a medium's correspondent reports for it)
                        any(f in self.lex.offices for f in stems(toks[k][2])) for k in range(first, h.tok)):
                    # "وفق ما أفادت المتحدثة باسم اللجنة …، أنجي صدقي": the office holder speaks, not the body;
                    # the person named after a comma, else no one identified
                    holder = [p for p in hits if self.kind.get(p.actor) == "person" and name_end <= p.tok <= name_end + 4
                              and "،" in self.sentence_text[toks[p.tok - 1][1]:toks[p.tok][0]]]
                    actor = holder[0].actor if holder else None
                    if holder:
                        name_end = next((k for k, t in enumerate(toks) if t[1] >= holder[0].end - s.start), holder[0].tok) + 1
                if any(a.adjective and a.tok == name_end for a in hits):
                    name_end += 1  # "حسب جريدة لوفيغارو الفرنسية": its nationality is part of the name
                self.via = "direct" if actor is not None else None
                self.rule = "according: the name after the phrase" if actor is not None else \
                    "according: an office of a body whose holder is not named: not identified"
        inside = verb is None and cue.tok > 0 and not self._punct_at(toks, cue.tok) and name_end < len(toks) \
            and not self._punct_at(toks, name_end) and not toks[name_end][2].startswith("و")
        # ("هجوم أدى بحسب مسعفين إلى مقتل العشرات", "ولم يسجل وفق المرصد خروج أي من المدنيين": inside a
        # clause that goes on after the name, no comma on either side; whose words are the rest of the
        # clause; not "وفق المرصد ومقره لندن", where "و" describes the name)
        rest = name_end
        while rest < len(toks) and toks[rest][2] in self.lex.before_subject:
            rest += 1  # ("…، وفقاً لما ذكره ليو فارادكار، الجمعة.": only a time after the name)
        if rest < len(toks) and len(toks) - rest <= 3 and not self._punct_at(toks, rest) and not any(
                toks[k][2] in self.lex.complementizers - PREPOSITIONAL or _is(toks[k][2], self.lex.verbs | self.lex.denials, verb=True)
                for k in range(rest, len(toks))):
            rest = len(toks)  # ("…، وفقاً لما ذكره مصدر مطّلع على التحقيقات لـ CNN.": the source's description goes on)
        if cue.tok > 1 and cue.tok <= said_until and rest == len(toks) and self.said_in(s.id):
            # "قال المالكي إن …، بحسب ما ذكرت وكالة أنباء الإمارات.": the statement just before, relayed by it
            last = self.said_in(s.id)[-1]
            if last.relayed_by is None and actor is not None and actor != last.by:
                last.relayed_by = actor
            return None
        if (cue.tok <= 1 or cue.tok <= said_until or inside) and rest < len(toks):  # "وبحسب المرصد، …": what follows is the source's
            start = name_end
            while start < len(toks) and toks[start][2] in self.lex.complementizers - PREPOSITIONAL:
                start += 1
            end = self.content_end(cue, [c for c in later if c.tok >= start], s.text, toks, start)
            return (actor, start, end, name_end) if end > start else None
        opener = next((k for k in range(cue.tok - 1, said_until - 1, -1) if k == 0 or self._punct_at(toks, k)
                       and "،" not in self.sentence_text[toks[k - 1][1]:toks[k][0]]), said_until)
        if rest < len(toks) and toks[rest][2].startswith("ف") and len(toks[rest][2]) > 2 and opener < cue.tok \
                and toks[opener][2] in ("اما", "واما"):
            # "أما الهدف الثاني، بحسب الصحيفة، فسيكون …": the topic of «أما» is no statement; its answer,
            # after the phrase, is what the source says
            end = self.content_end(cue, [c for c in later if c.tok >= rest], s.text, toks, rest)
            return (actor, rest, end, name_end) if end > rest else None
        start, end = said_until, cue.tok
        while end > start and toks[end - 1][2] in ("وذلك", "ذلك", "وهذا", "هذا"):
            end -= 1  # "…، وذلك بحسب مجلة فوربس": "that" is the whole clause before
        if end == start:
            start = 0  # (which holds the statement before it, relayed by the source named here)
        return actor, start, end, max(name_end, verb.end_tok if verb else 0)
