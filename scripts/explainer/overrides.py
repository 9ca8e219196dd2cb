"""Editor corrections from sources/<slug>/overrides.yml, applied after extraction.

overrides.yml (all keys optional):
  actors:
    rename: {actor-id: {ar: [...], en: [...]}}   # replace names
    merge:  {from-id: into-id}                   # fold one actor into another
  claims:
    set: {c3: {status: reported, by: actor-id}}  # reclassify or re-attribute
    drop: [c7]                                   # not a claim after all
  denials:
    set: {d1: {by: actor-id}}                    # re-attribute a denial
    attach: {d2: c9}                             # the claim a denial answers
  notes: {c1: "an editor's note shown beside the item"}
"""

from __future__ import annotations

import datetime

from .model import Document


STATUSES = ("stated", "reported", "unconfirmed")


class OverrideError(ValueError):
    """An override names an id the model does not have."""


def apply_overrides(doc: Document, overrides: dict) -> None:
    """Apply every override; collect all unknown ids and raise once, naming them."""
    errors: list[str] = []
    actors = {a.id: a for a in doc.actors}
    claims = {c.id: c for c in doc.claims}
    denials = {d.id: d for d in doc.denials}
    section = overrides.get("actors") or {}
    for aid, names in (section.get("rename") or {}).items():
        if aid not in actors:
            errors.append(f"actors.rename: unknown actor {aid}")
            continue
        for lang in ("ar", "en"):
            if names.get(lang):
                actors[aid].names[lang] = list(names[lang])
    merge = section.get("merge") or {}
    for source, target in merge.items():
        if source not in actors or target not in actors:
            errors.append(f"actors.merge: unknown actor {source if source not in actors else target}")
            continue
        if source == target:
            errors.append(f"actors.merge: {source} merged into itself (it would vanish from every page)")
            continue
        chain = [source, target]  # a chain a → b → c merges a into c; a chain back to its start is a cycle
        while chain[-1] in merge and chain[-1] not in chain[:-1]:
            chain.append(merge[chain[-1]])
        if chain[-1] in chain[:-1]:
            cycle = chain[chain.index(chain[-1]):]
            if cycle[0] == min(cycle[:-1]):  # each cycle once, from its first id
                errors.append(f"actors.merge: {' → '.join(cycle)} is a cycle (every actor in it would vanish from every page)")
            continue
        target = chain[-1]
        into = actors[target]
        for lang in ("ar", "en"):
            into.names[lang] += [n for n in actors[source].names[lang] if n not in into.names[lang]]
        into.mentions = sorted(set(into.mentions) | set(actors[source].mentions), key=_sentence_order(doc))
        doc.actors = [a for a in doc.actors if a.id != source]
        for item in doc.claims + doc.denials:
            if item.by == source:
                item.by = target
            elif isinstance(item.by, list) and source in item.by:
                item.by = list(dict.fromkeys(target if a == source else a for a in item.by))
                item.by = item.by[0] if len(item.by) == 1 else item.by
    section = overrides.get("claims") or {}
    for cid, fields in (section.get("set") or {}).items():
        if cid not in claims:
            errors.append(f"claims.set: unknown claim {cid}")
            continue
        wanted = fields.get("by")
        unknown = [a for a in (wanted if isinstance(wanted, list) else [wanted]) if a is not None and a not in actors]
        if unknown:
            errors.append(f"claims.set: {cid}: unknown actor {unknown[0]}")
            continue
        if "status" in fields and fields["status"] not in STATUSES:
            errors.append(f"claims.set: {cid}: status {fields['status']} is not one of {', '.join(STATUSES)}")
            continue
        for key in ("status", "by", "date"):
            if key in fields:
                value = fields[key]
                setattr(claims[cid], key, value.isoformat() if isinstance(value, datetime.date) else value)
        if "by" in fields:
            claims[cid].via = claims[cid].rule = "editor"
            if fields["by"] is not None and claims[cid].status in ("unidentified", "unconfirmed") and "status" not in fields:
                first = fields["by"][0] if isinstance(fields["by"], list) else fields["by"]
                claims[cid].status = "reported" if actors[first].kind == "anonymous" else "stated"
    drop = set(section.get("drop") or [])
    errors += [f"claims.drop: unknown claim {c}" for c in drop - set(claims)]
    doc.claims = [c for c in doc.claims if c.id not in drop]
    for did, fields in ((overrides.get("denials") or {}).get("set") or {}).items():
        if did not in denials:
            errors.append(f"denials.set: unknown denial {did}")
        elif any(a is not None and a not in actors for a in (fields.get("by") if isinstance(fields.get("by"), list) else [fields.get("by")])):
            errors.append(f"denials.set: {did}: unknown actor {fields['by']}")
        elif "by" in fields:
            denials[did].by, denials[did].via, denials[did].rule = fields["by"], "editor", "editor"
    for did, cid in ((overrides.get("denials") or {}).get("attach") or {}).items():
        if did not in denials or (cid is not None and cid not in claims):
            errors.append(f"denials.attach: unknown id {did if did not in denials else cid}")
            continue
        denials[did].denies = cid
    if errors:
        raise OverrideError("; ".join(dict.fromkeys(errors)))


def _sentence_order(doc: Document):
    order = {s.id: k for k, s in enumerate(doc.sentences)}
    return lambda sid: order.get(sid, 0)
