"""An explainer's own publication record: first publication, updates and corrections.

`meta.yml` holds a dated `history` (kind `published`, `updated` or `correction`, a note in
Arabic and English). This is the record of the explainer, never the date of the article it is
based on (often unknown, and then left out everywhere). The generator adds a dates line under
the title of the explainer's first page and the record at its end; the feeds and the JSON-LD
(datePublished, dateModified) read the same record through `dates()`.
"""

from __future__ import annotations

import datetime
import re

from . import safe
from .lexicon import load_data
from .schema import DataError

KINDS = ("published", "updated", "correction")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def entries(meta: dict, where: str) -> list[dict]:
    """The checked history of `meta` (from file `where`), oldest first: date as YYYY-MM-DD."""
    out = []
    for k, item in enumerate(meta.get("history") or []):
        date = item["date"]
        if isinstance(date, datetime.date):
            date = date.isoformat()
        if not isinstance(date, str) or not _DATE.match(date):
            raise DataError(f"{where}: history[{k}].date must be a date written YYYY-MM-DD, found {date!r}")
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise DataError(f"{where}: history[{k}].date {date!r} is not a real date") from None
        if item["kind"] not in KINDS:
            raise DataError(f"{where}: history[{k}].kind must be one of {', '.join(KINDS)}, found {item['kind']!r}")
        out.append({"date": date, "kind": item["kind"], "note": dict(item["note"])})
    out.sort(key=lambda e: e["date"])
    if out and sum(e["kind"] == "published" for e in out) != 1 or out and out[0]["kind"] != "published":
        raise DataError(f"{where}: history needs exactly one entry of kind published, the earliest")
    return out


def dates(history: list[dict]) -> dict:
    """{'published': date, 'modified': date} as far as the history knows them (nothing guessed)."""
    out = {}
    if history:
        out["published"] = history[0]["date"]
        out["modified"] = history[-1]["date"]
    return out


def _labels(lang: str) -> dict:
    return load_data("archive.yml")[lang]


def _time(lang: str, iso: str) -> str:
    from .render import time_html

    return time_html(load_data("ui.yml")[lang], iso)


def dates_line(history: list[dict], lang: str) -> str:
    """The 'first published / last updated' line (HTML) under an explainer's title."""
    if not history:
        return ""
    ui, d = _labels(lang), dates(history)
    parts = [f'{safe.text(ui["first_published"])}: {_time(lang, d["published"])}']
    if d["modified"] != d["published"]:
        parts.append(f'{safe.text(ui["last_updated"])}: {_time(lang, d["modified"])}')
    return (f'<p class="explainer-dates">{" · ".join(parts)} <a href="#history">({safe.text(ui["history_title"])})</a>'
            f'<br><small>{safe.text(ui["dates_note"])}</small></p>')


def section(history: list[dict], lang: str) -> str:
    """The record as a Markdown section, newest first; corrections labelled as corrections."""
    if not history:
        return ""
    ui = _labels(lang)
    lines = [f"## {safe.text(ui['history_title'])} {{#history}}", "", '<ul class="explainer-history">']
    for e in reversed(history):
        cls = f"history-{e['kind']}"
        label = safe.text(ui[f"kind_{e['kind']}"])
        label = f"<strong>{label}</strong>" if e["kind"] == "correction" else label
        lines.append(f'<li class="{cls}">{_time(lang, e["date"])} · {label}: '
                     f'{safe.text(e["note"][lang])}</li>')
    lines += ["</ul>", ""]
    return "\n".join(lines)


def add_to_index(text: str, history: list[dict], lang: str) -> str:
    """An explainer's generated first page with the dates line under its title and the record at its end."""
    if not history:
        return text
    head, sep, body = text.partition("\n---\n")  # front matter, then the page
    lines = body.split("\n")
    for k, line in enumerate(lines):
        if line.startswith("# "):
            lines[k + 1:k + 1] = ["", dates_line(history, lang)]
            break
    return head + sep + "\n".join(lines).rstrip("\n") + "\n\n" + section(history, lang)
