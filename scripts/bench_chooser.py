#!/usr/bin/env python3
"""Would a small learned chooser pick speakers better than the rules? (issue 21, citron's design)

    python scripts/bench_chooser.py [--sets ant ant2 ant3 ant4 ant5] [--threshold 0.5]

For every found statement or denial that matches a gold one, the candidates are the speaker
kinds of actor named in its sentence or the three before, and "no one". Each candidate has a few
plain features: where its latest mention stands (same sentence, how many before, how far before
the cue, right after it, inside the content), its kind, the cue's gender against that kind, whether
it spoke last, how often it is named, and whether the rules chose it and by which `via`. A
conditional logit (softmax over the candidates of one item, numpy, fixed steps from zeros: the
same input gives the same figures) is trained on all development sets but one and scored on the
one left out; the chooser may only replace what the rules left inferred or unidentified, and only
when its probability reaches the threshold, so what is shown as fact never changes.

Prints, per held-out set and in all: statements with the right speaker by the rules alone and with
the chooser, and how the chooser's changes fall (none → right, none → wrong, wrong → none …).
A benchmark, not a test: the pipeline does not use the chooser (see the README of tests/corpus).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from eval import article_text, occurrences, overlaps  # noqa: E402
from explainer.lexicon import fold  # noqa: E402
from explainer.model import speakers  # noqa: E402
from explainer.pipeline import explain  # noqa: E402

KINDS = ("state", "organisation", "person", "armed_group", "media", "anonymous")
NONE = "<none>"
STEPS, RATE, L2 = 300, 0.5, 0.01


def items_of(gold_path: Path) -> list[dict]:
    """One row per found claim or denial that matches a gold item: its candidates and their features."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = article_text(gold_path.parent / gold["article"])
    doc = explain(text, slug="bench", names=False)
    actors = []
    for a in gold.get("actors") or []:
        names = [a["name"], *(a.get("also") or [])]
        actors.append({"names": names, "at": [o for n in names for o in occurrences(text, n)]})
    by_name = {n: k for k, a in enumerate(actors) for n in a["names"]}

    def gold_of(actor) -> frozenset:
        folded = {fold(n) for n in actor.names.get("ar", [])}
        return frozenset(k for k, a in enumerate(actors) if any(overlaps(tuple(s), o) for s in actor.spans for o in a["at"])
                         or folded & {fold(n) for n in a["names"]})

    matched = {a.id: gold_of(a) for a in doc.actors}
    sents = doc.sentences
    index = {s.id: k for k, s in enumerate(sents)}
    found = sorted([("statements", "speaker", c) for c in doc.claims] + [("denials", "denier", d) for d in doc.denials],
                   key=lambda t: (index.get(t[2].sentence, -1), t[2].start))
    first = min((a for a in doc.actors if a.spans and a.kind in KINDS), key=lambda a: min(s[0] for s in a.spans), default=None)
    rows, earlier = [], []
    for group, key, x in found:
        by = speakers(x)
        if x.sentence not in index:
            earlier.append(by)
            continue
        k = index[x.sentence]
        s = sents[k]
        gl = [g for g in gold.get(group) or [] if any(overlaps((x.start, x.end), o) for o in occurrences(text, g["content"]))]
        if gl:
            want = frozenset(by_name[n] for n in gl[0].get(key) or [] if n in by_name)
            cue_at = text.rfind(x.cue, s.start, x.start) if x.cue else -1
            cue_at, cue_end = (cue_at, cue_at + len(x.cue)) if cue_at >= 0 else (x.start, x.start)
            rows.append({"want": want, "by": by, "via": x.via, "inferred": x.inferred, "kind": group,
                         "cands": _candidates(doc, x, k, cue_at, cue_end, earlier, first, matched)})
        earlier.append(by)
    return rows


def _candidates(doc, x, k: int, cue_at: int, cue_end: int, earlier: list, first, matched) -> dict:
    sents = doc.sentences
    s, lo = sents[k], sents[max(0, k - 3)].start
    word = fold(x.cue.split()[0]) if x.cue.split() else ""
    word = word[1:] if word[:1] in ("و", "ف") else word
    gender = "f" if word.startswith("ت") or word.endswith(("ت", "ه")) else "pl" if word.endswith(("وا", "ون", "ين")) else "m"
    out = {}
    for a in doc.actors:
        spans = [sp for sp in a.spans if lo <= sp[0] < s.end] if a.kind in KINDS else []
        if not spans:
            continue
        f = {"kind_" + a.kind: 1, f"{gender}_{a.kind}": 1, "log_mentions": math.log(1 + len(a.spans))}
        before = [sp for sp in spans if sp[0] < cue_at]
        if before:
            last = max(sp[0] for sp in before)
            back = k - max(j for j in range(k + 1) if sents[j].start <= last)
            f[f"sentences_back_{min(back, 3)}"] = 1
            if back == 0:
                gap = cue_at - max(sp[1] for sp in before)
                f["gap_" + ("0" if gap <= 2 else "1" if gap < 20 else "2" if gap < 60 else "3")] = 1
        else:
            f["none_before"] = 1
        if any(0 <= sp[0] - cue_end <= 3 for sp in spans):
            f["right_after_cue"] = 1
        elif any(cue_end < sp[0] < x.start for sp in spans):
            f["between_cue_and_content"] = 1
        if any(x.start <= sp[0] < x.end for sp in spans):
            f["in_content"] = 1
        if earlier and a.id in earlier[-1]:
            f["spoke_last"] = 1
        elif any(a.id in e for e in earlier[-3:]):
            f["spoke_lately"] = 1
        if first is not None and a.id == first.id:
            f["first_named"] = 1
        if a.id in speakers(x):
            f["rules"] = 1
            f[f"rules_{x.via}"] = 1
        out[a.id] = {"f": f, "gold": matched[a.id]}
    return out


def options(row) -> tuple[list[str], list[dict]]:
    names = list(row["cands"]) + [NONE]
    feats = [row["cands"][n]["f"] for n in names[:-1]]
    feats.append({"none": 1, f"none_rules_{row['via']}": 1, "none_inferred": int(row["inferred"]), "none_" + row["kind"]: 1})
    return names, feats


def right(row, pick: str) -> bool:
    want = row["want"]
    if pick == NONE:
        return not want
    if pick not in row["cands"]:
        return rules_right(row)
    got = row["cands"][pick]["gold"]
    return bool(want) and bool(got) and want <= got


def rules_right(row) -> bool:
    want, by = row["want"], row["by"]
    if not by:
        return not want
    if not want or any(b not in row["cands"] or not row["cands"][b]["gold"] for b in by):
        return False
    return want <= frozenset().union(*(row["cands"][b]["gold"] for b in by))


def matrix(feats: list[dict], vocab: dict) -> np.ndarray:
    X = np.zeros((len(feats), len(vocab)))
    for i, f in enumerate(feats):
        for name, value in f.items():
            if name in vocab:
                X[i, vocab[name]] = value
    return X


def train(rows: list[dict]) -> tuple[np.ndarray, dict]:
    vocab = {}
    for row in rows:
        for f in options(row)[1]:
            for name in sorted(f):
                vocab.setdefault(name, len(vocab))
    data = []
    for row in rows:
        names, feats = options(row)
        gold = [i for i, n in enumerate(names) if (n == NONE and not row["want"]) or (n != NONE and right(row, n))]
        if gold:
            data.append((matrix(feats, vocab), gold[0]))
    w = np.zeros(len(vocab))
    for _ in range(STEPS):
        grad = L2 * w
        for X, y in data:
            p = np.exp(X @ w - (X @ w).max())
            p /= p.sum()
            grad += (X.T @ p - X[y]) / len(data)
        w -= RATE * grad
    return w, vocab


def choose(row, w, vocab, threshold: float) -> str:
    names, feats = options(row)
    p = np.exp(matrix(feats, vocab) @ w - (matrix(feats, vocab) @ w).max())
    p /= p.sum()
    best = int(np.argmax(p))
    current = row["by"][0] if row["by"] else NONE
    return names[best] if p[best] >= threshold else current


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=["ant", "ant2", "ant3", "ant4", "ant5", "ant6", "ant7"],
                        help="development gold folders under tests/corpus/ (one is left out at a time)")
    parser.add_argument("--threshold", type=float, default=0.5, help="the chooser's least probability to change a speaker")
    args = parser.parse_args()
    rows = {name: [r for p in sorted((ROOT / "tests" / "corpus" / name).glob("*.gold.yml")) for r in items_of(p)]
            for name in args.sets}
    total = Counter()
    for held in args.sets:
        w, vocab = train([r for name in args.sets if name != held for r in rows[name]])
        tally = Counter()
        for row in rows[held]:
            before = rules_right(row)
            after = before
            if len(row["by"]) <= 1 and (not row["by"] or row["inferred"]):  # never what is shown as fact
                pick = choose(row, w, vocab, args.threshold)
                current = row["by"][0] if row["by"] else NONE
                if pick != current:
                    after = right(row, pick)
                    was = "none" if current == NONE else "right" if before else "wrong"
                    tally[f"{was} → {'none' if pick == NONE else 'right' if after else 'wrong'}"] += 1
            tally["items"] += 1
            tally["rules"] += before
            tally["chooser"] += after
        total.update(tally)
        print(_line(held, tally))
    print(_line("all", total))


def _line(name: str, t: Counter) -> str:
    changes = ", ".join(f"{k} {v}" for k, v in sorted(t.items()) if "→" in k) or "no change"
    return (f"{name:5s} right speaker: rules {t['rules']}/{t['items']} ({t['rules'] / max(1, t['items']):.3f}), "
            f"chooser {t['chooser']}/{t['items']} ({t['chooser'] / max(1, t['items']):.3f}); changes: {changes}")


if __name__ == "__main__":
    main()
