#!/usr/bin/env python3
"""Measure extraction against the hand-written gold of real articles (tests/corpus/ant/*.gold.yml).

    python scripts/eval.py [--articles] [--errors] [GOLD.yml ...]      (make eval)

Prints precision and recall per figure over all articles, and with --articles one line per
article. Matching is by offsets in the article: a gold string is located where it is printed,
and a pipeline item matches it when their spans overlap; a speaker is right when the actor the
pipeline names has a mention overlapping one of the gold speaker's printed names (or, for an
unnamed gold speaker, when the pipeline names none). With --errors, every miss and false
positive is listed under its figure, to find the biggest kinds of error. Figures:

  actors      gold actors the pipeline found (recall) / pipeline actors that are gold (precision)
  statements  gold statements found as claims / claims that are gold statements
  speaker     gold statements found with the right speaker(s) (recall) / claims with a right speaker
  exact       found statements whose quote has exactly the gold boundaries
  denials     gold denials found / pipeline denials that are gold denials
  denier      gold denials found with the right denier(s)
  answers     found denials that answer the gold statement (or nothing, when gold says null)
  traps       trap phrases taken (a denial, claim or actor where gold says it is none): must be 0
  shown       found statements and denials that a page shows with a speaker as fact (not marked
              "attribution inferred"): how many name the right speaker (precision only)

Below the figures, the precision of shown speakers per `via` (how the pipeline found the speaker:
direct, participle, coreference …; inferred ones counted apart) and the precision of actors per
kind. `--sealed` measures the sealed gold (tests/corpus/sealed/, written before the rules it
measures): totals only, never one error at a time.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from explainer.lexicon import fold  # noqa: E402
from explainer.pipeline import explain  # noqa: E402

GOLD_DIR = ROOT / "tests" / "corpus" / "ant"
SEALED_DIR = ROOT / "tests" / "corpus" / "sealed"
# the sealed sets, by the batch they were drawn from: ant2's odd-numbered 30, then 17 of ant3, 19 of
# ant4, 18 of ant5, 19 of ant6 and 19 of ant7 (each written in a session of issue 21 before that session's rules changed)
SEALED_DIRS = {"ant2": SEALED_DIR, "ant3": ROOT / "tests" / "corpus" / "sealed3", "ant4": ROOT / "tests" / "corpus" / "sealed4",
               "ant5": ROOT / "tests" / "corpus" / "sealed5", "ant6": ROOT / "tests" / "corpus" / "sealed6",
               "ant7": ROOT / "tests" / "corpus" / "sealed7"}


@dataclass
class Tally:
    """Hits and totals of one figure: precision = hit_found / found, recall = hit_gold / gold."""

    hit_gold: int = 0
    gold: int = 0
    hit_found: int = 0
    found: int = 0

    def add(self, other: "Tally") -> None:
        self.hit_gold += other.hit_gold
        self.gold += other.gold
        self.hit_found += other.hit_found
        self.found += other.found

    @property
    def recall(self) -> float:
        return self.hit_gold / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.hit_found / self.found if self.found else 1.0


FIGURES = ("actors", "statements", "speaker", "exact", "denials", "denier", "answers", "traps", "shown")


@dataclass
class Result:
    article: str
    figures: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIGURES})
    seconds: float = 0.0  #: wall-clock time of the extraction
    cpu_seconds: float = 0.0  #: CPU time of the extraction (what the code costs, whatever else the machine runs)
    names_seconds: float = 0.0  #: CPU time of drafting English names (the first article also loads the model)
    error: str | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)  #: (figure, what went wrong)
    by_via: dict[str, Tally] = field(default_factory=dict)  #: shown speakers right / shown, per via
    by_rule: dict[str, Tally] = field(default_factory=dict)  #: named speakers right / named, per rule (--rules)
    by_kind: dict[str, Tally] = field(default_factory=dict)  #: pipeline actors that are gold / found, per kind


def article_text(path: Path) -> str:
    """The article as an editor puts it in `sources/<slug>/`: the whole corpus file (ingest keeps
    its `# source:` line and date line as metadata)."""
    return path.read_text(encoding="utf-8")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)] if needle else []


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(gold_path: Path) -> Result:
    import time

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = article_text(gold_path.parent / gold["article"])
    result = Result(gold_path.name.removesuffix(".gold.yml"))
    started, started_cpu = time.monotonic(), time.process_time()
    try:
        # extraction alone is timed; the English names drafted after it (names.py) load a model
        # once per process, so they are timed apart (Result.names_seconds)
        doc = explain(text, slug="eval", names=False)
    except Exception as err:  # an article the pipeline refuses scores zero, with its reason
        result.error = f"{type(err).__name__}: {err}"
        doc = None
    result.seconds = time.monotonic() - started
    result.cpu_seconds = time.process_time() - started_cpu
    if doc is not None:
        from explainer.names import draft_english_names

        started_cpu = time.process_time()
        draft_english_names(doc)
        result.names_seconds = time.process_time() - started_cpu

    # gold actors, each with every printed place of its names
    actors = []
    for a in gold.get("actors") or []:
        names = [a["name"], *(a.get("also") or [])]
        actors.append({"names": names, "kind": a["kind"], "at": [o for n in names for o in occurrences(text, n)]})
    by_name = {n: k for k, a in enumerate(actors) for n in a["names"]}

    def gold_actor_of(actor) -> set[int]:
        """Gold actors whose printed names overlap a mention of the pipeline actor, or share a name."""
        spans = [tuple(s) for s in actor.spans]
        folded = {fold(n) for n in actor.names.get("ar", [])}
        return {k for k, a in enumerate(actors)
                if any(overlaps(s, o) for s in spans for o in a["at"]) or folded & {fold(n) for n in a["names"]}}

    figures = result.figures
    if doc is None:
        figures["actors"].gold = len(actors)
        for key, items in (("statements", "statements"), ("speaker", "statements"), ("denials", "denials"), ("denier", "denials")):
            figures[key].gold = len(gold.get(items) or [])
        return result
    pipeline_actor = {a.id: a for a in doc.actors}
    matched_gold = {a.id: gold_actor_of(a) for a in doc.actors}

    # actors (anonymous sources are counted too: a reader needs them as speakers)
    figures["actors"].gold = len(actors)
    figures["actors"].hit_gold = sum(1 for k in range(len(actors)) if any(k in m for m in matched_gold.values()))
    figures["actors"].found = len(doc.actors)
    figures["actors"].hit_found = sum(1 for m in matched_gold.values() if m)
    found_gold = set().union(*matched_gold.values()) if matched_gold else set()
    for k, a in enumerate(actors):
        if k not in found_gold:
            result.errors.append(("actors", f"missed {a['kind']}: {a['names'][0]}"))
    for a in doc.actors:
        tally = result.by_kind.setdefault(a.kind, Tally())
        tally.found += 1
        tally.hit_found += bool(matched_gold[a.id])
        if not matched_gold[a.id]:
            result.errors.append(("actors", f"extra {a.kind}: {' | '.join(a.names.get('ar') or a.names.get('en') or [a.id])}"))

    def who(by) -> str:
        ids = by if isinstance(by, list) else [] if by is None else [by]
        return " + ".join((pipeline_actor[i].names.get("ar") or [i])[0] if i in pipeline_actor else i for i in ids) or "-"

    def speakers_right(by, names: list[str]) -> bool:
        ids = by if isinstance(by, list) else [] if by is None else [by]
        want = {by_name[n] for n in names if n in by_name}
        if not want:
            return not ids
        got = set().union(*(matched_gold.get(i, set()) for i in ids)) if ids else set()
        return want <= got and all(matched_gold.get(i) for i in ids)

    def located(item: dict, key: str = "content") -> list[tuple[int, int]]:
        return occurrences(text, item[key])

    def score(gold_items, found_items, find_fig, who_fig, who_key):
        g_spans = [located(g) for g in gold_items]
        figures[find_fig].gold += len(gold_items)
        figures[who_fig].gold += len(gold_items)
        figures[find_fig].found += len(found_items)
        figures[who_fig].found += len(found_items)
        matches = {}
        for k, g in enumerate(gold_items):
            hits = [f for f in found_items if any(overlaps((f.start, f.end), o) for o in g_spans[k])]
            if not hits:
                result.errors.append((find_fig, f"missed [{g['cue']}] {' + '.join(g.get(who_key) or []) or '-'}: {g['content'][:70]}"))
            if hits:
                figures[find_fig].hit_gold += 1
                right = [f for f in hits if speakers_right(f.by, g.get(who_key) or [])]
                figures[who_fig].hit_gold += bool(right)
                if not right:
                    result.errors.append((who_fig, f"[{g['cue']}] gold {' + '.join(g.get(who_key) or []) or '-'}, found {who(hits[0].by)} ({hits[0].via}; {hits[0].rule}): {g['content'][:50]}"))
                elif find_fig == "statements" and not any(f.text == g["content"] for f in hits):
                    result.errors.append(("exact", f"gold «{g['content'][:80]}»\n        found «{hits[0].text[:80]}»"))
                matches[k] = (right or hits)[0]
                if find_fig == "statements":
                    figures["exact"].gold += 1
                    figures["exact"].hit_gold += any(f.text == g["content"] for f in hits)
        for f in found_items:
            ks = [k for k in range(len(gold_items)) if any(overlaps((f.start, f.end), o) for o in g_spans[k])]
            if not ks:
                result.errors.append((find_fig, f"extra [{f.cue}] {who(f.by)}: {f.text[:70]}"))
            if ks:
                figures[find_fig].hit_found += 1
                right = any(speakers_right(f.by, gold_items[k].get(who_key) or []) for k in ks)
                figures[who_fig].hit_found += right
                if f.by:  # a speaker the page names
                    inferred = bool(getattr(f, "inferred", False))
                    key = f"{f.via or '-'}{' (inferred)' if inferred else ''}"
                    tally = result.by_via.setdefault(key, Tally())
                    tally.found += 1
                    tally.hit_found += right
                    rule = result.by_rule.setdefault(f"{'inferred' if inferred else 'shown'}: {f.rule}", Tally())
                    rule.found += 1
                    rule.hit_found += right
                    if not inferred:
                        figures["shown"].found += 1
                        figures["shown"].hit_found += right
                        if not right:  # the worst error: a wrong speaker shown as fact
                            result.errors.append(("shown", f"[{f.cue}] {who(f.by)} ({f.rule}): {f.text[:60]}"))
        return matches

    statements = gold.get("statements") or []
    score(statements, doc.claims, "statements", "speaker", "speaker")
    denials = gold.get("denials") or []
    found_denials = score(denials, doc.denials, "denials", "denier", "denier")
    claims = {c.id: c for c in doc.claims}
    for k, f in found_denials.items():
        answer = denials[k].get("answers")
        figures["answers"].gold += 1
        if answer is None:
            right = f.denies is None
        else:
            c = claims.get(f.denies)
            right = c is not None and any(overlaps((c.start, c.end), o) for o in occurrences(text, answer))
        figures["answers"].hit_gold += right
        if not right:
            found = claims[f.denies].text[:50] if f.denies in claims else "nothing"
            result.errors.append(("answers", f"[{f.cue}] {f.text[:40]} → gold «{(answer or 'nothing')[:50]}», found «{found}»"))

    # traps: counted as gold items; a hit is a trap taken (the figure must stay at 0)
    for t in gold.get("traps") or []:
        at = occurrences(text, t["text"])
        figures["traps"].gold += 1
        pool = {"denial": [(d.start, d.end) for d in doc.denials],
                "statement": [(c.start, c.end) for c in doc.claims],
                "actor": [tuple(s) for a in doc.actors for s in a.spans]}[t["not"]]
        if t["not"] == "statement":  # a trap phrase inside a real statement's content is not taken
            pool = [p for p in pool if any(p[0] >= o[0] - 30 and p[1] <= o[1] + 200 for o in at)
                    and not any(overlaps(p, o) for s in statements for o in located(s))]
        if t["not"] == "denial":  # nor one inside a real denial's content («لا بل» in what is denied)
            pool = [p for p in pool if not any(overlaps(p, o) for d in denials for o in located(d))]
        if t["not"] == "actor":  # nor a city inside a gold actor's longer name, found whole («مانشستر يونايتد»)
            longer = [g for a in actors for g in a["at"] if any(g[0] <= o[0] and o[1] <= g[1] and g != o for o in at)]
            pool = [p for p in pool if not any(overlaps(p, g) and p[1] >= g[1] for g in longer)]
        taken = any(overlaps(p, o) for p in pool for o in at)
        figures["traps"].hit_gold += taken
        if taken:
            result.errors.append(("traps", f"taken as {t['not']}: {t['text'][:60]} ({t.get('why', '')[:60]})"))
    return result


def run(paths: list[Path]) -> tuple[list[Result], dict[str, Tally]]:
    results = [evaluate(p) for p in paths]
    total = {f: Tally() for f in FIGURES}
    for r in results:
        for f in FIGURES:
            total[f].add(r.figures[f])
    return results, total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", action="store_true", help="one line per article as well")
    parser.add_argument("--errors", action="store_true", help="list every miss and false positive, by figure")
    parser.add_argument("--sealed", nargs="?", const="ant2", choices=sorted(SEALED_DIRS),
                        help="a sealed gold set (ant2: tests/corpus/sealed/, ant3: sealed3/, ant4: sealed4/, ant5: sealed5/, ant6: sealed6/, ant7: sealed7/), totals only")
    parser.add_argument("--rules", action="store_true", help="precision of named speakers per rule that chose them")
    parser.add_argument("gold", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if args.sealed and (args.errors or args.articles or args.gold or args.rules):
        parser.error("--sealed prints totals only: the sealed gold is not read one error at a time")
    paths = args.gold or sorted((SEALED_DIRS[args.sealed] if args.sealed else GOLD_DIR).glob("*.gold.yml"))
    results, total = run(paths)
    if args.articles:
        print(f"{'article':42s} " + " ".join(f"{f[:8]:>11s}" for f in FIGURES) + "   (recall/precision)")
        for r in results:
            cells = " ".join(f"{r.figures[f].recall:5.2f}/{r.figures[f].precision:<5.2f}" for f in FIGURES)
            print(f"{r.article[:42]:42s} {cells}" + (f"  ERROR {r.error}" if r.error else ""))
    if args.errors:
        for f in FIGURES:
            listed = [(r.article[:2], e) for r in results for fig, e in r.errors if fig == f]
            if listed:
                print(f"\n== {f} ({len(listed)})")
                for art, e in listed:
                    print(f"  {art} {e}")
        print()
    print(f"{len(results)} articles, slowest {max(r.seconds for r in results):.2f} s "
          f"({max(r.cpu_seconds for r in results):.2f} s of CPU time); English names drafted in "
          f"{sum(r.names_seconds for r in results):.2f} s of CPU time in all (the model loads once)")
    for f in FIGURES:
        t = total[f]
        if f == "traps":
            print(f"{f:11s} taken {t.hit_gold} of {t.gold}")
        elif f in ("exact", "answers"):
            print(f"{f:11s} {t.recall:.2f} ({t.hit_gold}/{t.gold})")
        elif f == "shown":
            print(f"{f:11s} precision {t.precision:.2f} ({t.hit_found}/{t.found})")
        else:
            print(f"{f:11s} recall {t.recall:.2f} ({t.hit_gold}/{t.gold})  precision {t.precision:.2f} ({t.hit_found}/{t.found})")
    attrs = (("speaker precision per via", "by_via"), ("actors precision per kind", "by_kind"))
    for title, attr in attrs + ((("speaker precision per rule", "by_rule"),) if args.rules else ()):
        merged: dict[str, Tally] = {}
        for r in results:
            for key, tally in getattr(r, attr).items():
                merged.setdefault(key, Tally()).add(tally)
        print(f"{title}: " + ", ".join(f"{key} {t.precision:.2f} ({t.hit_found}/{t.found})"
                                        for key, t in sorted(merged.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
