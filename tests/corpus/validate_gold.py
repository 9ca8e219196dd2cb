"""Check the gold annotations of the real articles: format, and every Arabic string verbatim.

Usage: python tests/corpus/validate_gold.py [GOLD.yml ...]   (default: every tests/corpus/ant/*.gold.yml)
Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"person", "organisation", "state", "armed_group", "media", "anonymous"}
TRAP_KINDS = {"denial", "statement", "actor"}
VIA = {"direct", "coreference"}


def problems(gold_path: Path) -> list[str]:
    """Every problem of one gold file, as 'file: what is wrong'."""
    out: list[str] = []
    name = gold_path.name

    def bad(msg: str) -> None:
        out.append(f"{name}: {msg}")

    try:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{name}: YAML: {exc}".replace("\n", " ")]
    if not isinstance(gold, dict):
        return [f"{name}: not a mapping"]
    article_path = gold_path.parent / str(gold.get("article", ""))
    if not article_path.is_file() or article_path.name != name.replace(".gold.yml", ".txt"):
        return [f"{name}: 'article' must name the .txt beside it"]
    text = article_path.read_text(encoding="utf-8")
    text = text.split("\n", 1)[1] if text.startswith("# source:") else text

    def verbatim(value, where: str) -> None:
        if not isinstance(value, str) or not value.strip():
            bad(f"{where}: empty or not a string: {value!r}")
        elif value != value.strip():
            bad(f"{where}: leading/trailing space: {value!r}")
        elif value not in text:
            bad(f"{where}: not verbatim in the article: {value!r}")

    names: set[str] = set()
    for i, actor in enumerate(gold.get("actors") or []):
        where = f"actors[{i}]"
        if not isinstance(actor, dict):
            bad(f"{where}: not a mapping")
            continue
        verbatim(actor.get("name"), where + ".name")
        if actor.get("kind") not in KINDS:
            bad(f"{where}: kind {actor.get('kind')!r} not in {sorted(KINDS)}")
        for j, alias in enumerate(actor.get("also") or []):
            verbatim(alias, f"{where}.also[{j}]")
        for n in [actor.get("name"), *(actor.get("also") or [])]:
            if n in names:
                bad(f"{where}: name {n!r} listed twice")
            names.add(n)

    def speakers(value, where: str) -> None:
        if not isinstance(value, list):
            bad(f"{where}: must be a list of actor names ([] when unknown)")
            return
        for n in value:
            if n not in names:
                bad(f"{where}: {n!r} is not an actor name or alias")

    def item(entry: dict, where: str, who: str) -> None:
        """What statements and denials share: who, cue, content, how the speaker is known."""
        speakers(entry.get(who), f"{where}.{who}")
        verbatim(entry.get("cue"), where + ".cue")
        verbatim(entry.get("content"), where + ".content")
        if entry.get("via", "direct") not in VIA:
            bad(f"{where}.via: {entry.get('via')!r}")

    contents = set()
    for i, st in enumerate(gold.get("statements") or []):
        where = f"statements[{i}]"
        item(st, where, "speaker")
        if "relayed_by" in st:
            speakers(st.get("relayed_by"), where + ".relayed_by")
        for n in st.get("speaker") or []:
            if isinstance(st.get("content"), str) and isinstance(n, str) and st["content"].startswith(n):
                bad(f"{where}: the content starts with its speaker {n!r}")
        contents.add(st.get("content"))
    for i, d in enumerate(gold.get("denials") or []):
        where = f"denials[{i}]"
        item(d, where, "denier")
        if d.get("answers") is not None and d.get("answers") not in contents:
            bad(f"{where}.answers: not the content of a statement: {d.get('answers')!r}")
    for i, t in enumerate(gold.get("traps") or []):
        where = f"traps[{i}]"
        verbatim(t.get("text"), where + ".text")
        if t.get("not") not in TRAP_KINDS:
            bad(f"{where}.not: {t.get('not')!r} not in {sorted(TRAP_KINDS)}")
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((HERE / "ant").glob("*.gold.yml"))
    found = [p for path in paths for p in problems(path)]
    for line in found:
        print(line)
    print(f"{len(paths)} gold files, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
