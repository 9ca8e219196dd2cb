"""Build-time diagrams as inline SVG: the timeline and who said, denied and cooperates.

No client-side library: the SVG is written into the page by the generator. Layout is computed
here in a 360-unit-wide viewBox (legible at 390 px, capped in CSS on wide screens) and mirrored
for right-to-left pages. Each diagram is an image with a title and a description that say
everything it shows; the page also gives the same information as text beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from .safe import ARABIC, arabic

_A = ARABIC.pattern[1:-1]
# A run of Arabic inside a left-to-right label: Arabic letters with the spaces, digits and
# punctuation between them, and its own quotation marks.
_ARABIC_RUN = re.compile(f"«?[{_A}](?:[{_A}\\s\\d«»،؛.…:\"'-]*[{_A}»…])?»?")


def _label(s: str, rtl: bool) -> str:
    """Escaped SVG text; on a left-to-right diagram, each Arabic run in a <tspan lang="ar">."""
    if rtl or not arabic(s):
        return escape(s)
    out, pos = [], 0
    for m in _ARABIC_RUN.finditer(s):
        out.append(escape(s[pos:m.start()]) + f'<tspan lang="ar">{escape(m.group())}</tspan>')
        pos = m.end()
    return "".join(out) + escape(s[pos:])

WIDTH = 360
FONT = 13  # user units; ~13 px at phone width
LINE = 18
CHAR = 0.56  # average advance of a character, in em, for wrapping (Noto Sans and Naskh)


def _x(x: float, rtl: bool) -> float:
    return round(WIDTH - x if rtl else x, 1)


def wrap(text: str, width: float, size: float = FONT) -> list[str]:
    """Greedy word wrap for an SVG line `width` units wide."""
    per_line = max(8, int(width / (size * CHAR)))
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > per_line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines or [""]


@dataclass
class Canvas:
    """Collects SVG elements in LTR coordinates and mirrors them for RTL pages."""

    rtl: bool
    y: float = 0
    parts: list = None

    def __post_init__(self):
        self.parts = []

    def text(self, x: float, y: float, s: str, cls: str = "", anchor: str = "start", size: float = FONT) -> None:
        # On RTL pages the text's direction is rtl, so "start" is already its right-hand end.
        self.parts.append(f'<text x="{_x(x, self.rtl)}" y="{round(y, 1)}" text-anchor="{anchor}" font-size="{size}"'
                          + (f' class="{cls}"' if cls else "") + f">{_label(s, self.rtl)}</text>")

    def lines(self, x: float, y: float, ss: list[str], cls: str = "", size: float = FONT) -> float:
        for k, s in enumerate(ss):
            self.text(x, y + k * LINE, s, cls, size=size)
        return y + len(ss) * LINE

    def rect(self, x: float, y: float, w: float, h: float, cls: str, rx: float = 9) -> None:
        left = WIDTH - x - w if self.rtl else x
        self.parts.append(f'<rect x="{round(left, 1)}" y="{round(y, 1)}" width="{round(w, 1)}" height="{round(h, 1)}" rx="{rx}" class="{cls}"/>')

    def line(self, x1: float, y1: float, x2: float, y2: float, cls: str) -> None:
        self.parts.append(f'<line x1="{_x(x1, self.rtl)}" y1="{round(y1, 1)}" x2="{_x(x2, self.rtl)}" y2="{round(y2, 1)}" class="{cls}"/>')

    def circle(self, x: float, y: float, r: float, cls: str) -> None:
        self.parts.append(f'<circle cx="{_x(x, self.rtl)}" cy="{round(y, 1)}" r="{r}" class="{cls}"/>')

    def pill(self, x: float, y: float, label: str, cls: str) -> float:
        """A rounded label; returns its width."""
        w = len(label) * FONT * CHAR + 16
        self.rect(x, y - FONT - 3, w, FONT + 10, f"dg-pill {cls}")
        self.text(x + w / 2, y, label, f"dg-pill-text {cls}", anchor="middle")
        return w

    def flow(self, x0: float, x1: float, pills: list[tuple[str, str]], gap: float = 6, joiner: str | None = None) -> None:
        """Pills left to right from x0, wrapping at x1; `joiner` draws a line between neighbours."""
        x = x0
        prev = None
        for label, cls in pills:
            w = len(label) * FONT * CHAR + 16
            if x > x0 and x + w > x1:
                self.y += LINE + 10
                x, prev = x0, None
            if joiner and prev is not None:
                self.line(prev, self.y - FONT / 2 + 1, x, self.y - FONT / 2 + 1, joiner)
            self.pill(x, self.y, label, cls)
            prev = x + w
            x += w + gap

    def svg(self, ident: str, title: str, desc: str, described_by: str | None = None) -> str:
        """The SVG element. A description that mixes Arabic into a left-to-right page cannot say
        which part is Arabic (<desc> is plain text): the diagram is then described by the text
        beside it (`described_by`, an element id), which marks it."""
        height = round(self.y + 12)
        if described_by and not self.rtl and arabic(desc):
            labelled, desc_el = f'aria-labelledby="{ident}-title" aria-describedby="{described_by}"', ""
        else:
            labelled, desc_el = f'aria-labelledby="{ident}-title {ident}-desc"', f'<desc id="{ident}-desc">{escape(desc)}</desc>'
        return (f'<svg class="diagram-svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
                f'{labelled} direction="{"rtl" if self.rtl else "ltr"}" '
                f'xmlns="http://www.w3.org/2000/svg">'
                f'<title id="{ident}-title">{escape(title)}</title>{desc_el}'
                + "".join(self.parts) + "</svg>")


def figure(ident: str, svg: str, caption: str) -> str:
    """The SVG in a figure with a visible caption; one line, so Markdown passes it through."""
    return f'<figure class="diagram" id="{ident}">{svg}<figcaption>{escape(caption)}</figcaption></figure>'


def actor_diagram(rows: list[tuple[str, list[tuple[str, str]]]], relations: list[tuple[str, list[str], list[str]]],
                  labels: dict, rtl: bool, described_by: str | None = None) -> tuple[str, str]:
    """(svg, description). `rows`: speaker name and its (pill label, kind) items; `relations`:
    heading, partner names, opponent names; `described_by`: the id of the same as text."""
    c = Canvas(rtl)
    name_w = 150
    c.y = LINE
    c.text(0, c.y, labels["said"], "dg-heading")
    c.y += LINE + 8
    desc = [labels["said"] + ":"]
    for name, items in rows:
        top = c.y
        name_lines = wrap(name, name_w - 10)
        c.lines(0, top, name_lines, "dg-name")
        c.y = top
        c.flow(name_w, WIDTH, items)
        c.y = max(c.y, top + (len(name_lines) - 1) * LINE) + LINE + 10
        desc.append(f"{name}: " + labels["list_sep"].join(label for label, _ in items) + ".")
    if relations:
        c.y += 6
        c.text(0, c.y, labels["cooperates"], "dg-heading")
        c.y += LINE + 8
        desc.append(labels["cooperates"] + ":")
        for heading, partners, opponents in relations:
            c.y = c.lines(0, c.y, wrap(heading, WIDTH), "dg-name") + 8
            c.flow(0, WIDTH, [(p, "dg-party") for p in partners], gap=14, joiner="dg-link")
            c.y += LINE + 8
            if opponents:
                c.text(0, c.y, labels["against"], "dg-note")
                c.y -= 0
                c.flow(len(labels["against"]) * FONT * CHAR + 8, WIDTH, [(o, "dg-opponent") for o in opponents])
                c.y += LINE + 10
            against = f"{labels['clause_sep']}{labels['against']} " + labels["list_sep"].join(opponents) if opponents else ""
            desc.append(f"{heading}: " + labels["list_sep"].join(partners) + against + ".")
    c.y -= LINE - 4
    description = " ".join(desc)
    return c.svg("actor-diagram", labels["title"], description, described_by), description


def timeline_diagram(events: list[tuple[str, str, bool]], labels: dict, rtl: bool,
                     described_by: str | None = None) -> tuple[str, str]:
    """(svg, description). `events`: (date as shown, what happened, starts after a long gap)."""
    c = Canvas(rtl)
    date_w, axis, text_x = 128, 140, 154
    c.y = LINE
    desc = []
    top = c.y - FONT
    for date, what, gap in events:
        if gap:
            c.line(axis, c.y - FONT, axis, c.y + 6, "dg-gap")
            c.text(axis + 8, c.y + 2, labels["gap"], "dg-note", size=FONT - 2)
            c.y += LINE + 8
        c.circle(axis, c.y - FONT / 2 + 1, 5, "dg-dot")
        c.lines(0, c.y, wrap(date, date_w), "dg-date")
        end = c.lines(text_x, c.y, wrap(what, WIDTH - text_x))
        c.y = max(end, c.y + LINE * len(wrap(date, date_w))) + 10
        desc.append(f"{date}: {what}.")
    c.parts.insert(0, f'<line x1="{_x(axis, rtl)}" y1="{top}" x2="{_x(axis, rtl)}" y2="{round(c.y - LINE, 1)}" class="dg-axis"/>')
    c.y -= LINE - 4
    description = " ".join(desc)
    return c.svg("timeline-diagram", labels["title"], description, described_by), description
