"""The three outside checkers, run the same way on the site and on the harness's bad fixture:
axe-core (injected into a Playwright page), the Nu HTML checker (vnu.jar on Java) and Lighthouse
(Node, driving Debian Chromium). They come from package-lock.json via `npm ci` (make test)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, ROOT

NODE_MODULES = ROOT / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"
LIGHTHOUSE_CATEGORIES = ("accessibility", "best-practices", "seo")

#: One line per tool, printed at the end of the test run (conftest.pytest_terminal_summary).
SUMMARY: dict[str, str] = {}
#: Texts whose colour contrast was measured here rather than by axe (axe(), all calls so far).
MEASURED = {"svg": 0, "html": 0}


def require(path: Path, what: str) -> None:
    if not path.exists():
        pytest.fail(f"{what} is missing ({path.relative_to(ROOT)}): run `make test`, which runs `npm ci`")


def package_version(name: str) -> str:
    return json.loads((NODE_MODULES / name / "package.json").read_text())["version"]


def axe(page) -> list[dict]:
    """axe-core's violations on the page as it is now (all rules axe enables by default), and
    what axe leaves undecided about colour contrast ("needs review"), not dropped: measured here
    instead. The diagrams' SVG text (axe reads CSS `color`, not `fill`) by svg_text_contrast; HTML
    text axe gives up on (overlapped by a tooltip or a drawer) by undecided_html_contrast. What
    is below WCAG AA is a violation (`color-contrast-measured`, `svg-text-contrast`), and so is
    what neither could measure (`color-contrast-unchecked`)."""
    require(AXE, "axe-core")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # through DevTools, which the page's Content-Security-Policy (no inline script) does not
        # govern; a <script> tag added to the page would be blocked, as it should be
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    # what is measured is the page at rest, not a drawer or a tooltip halfway through its transition
    page.evaluate("""() => Promise.all(document.getAnimations()
        .filter(a => a.effect && isFinite(a.effect.getComputedTiming().endTime)).map(a => a.finished.catch(() => null)))""")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations', 'incomplete']})")
    found = [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5],
              "count": len(v["nodes"]), "help": v["help"]} for v in result["violations"]]
    review = [n["target"] for v in result["incomplete"] if v["id"] == "color-contrast" for n in v["nodes"]]
    unchecked, low = [], []
    for node in undecided_html_contrast(page, review):
        if node.get("svg"):
            continue  # every text of the diagrams is measured below
        if node.get("undecided"):
            unchecked.append(f"{node['target']}: {node['undecided']}")
            continue
        MEASURED["html"] += 1
        if node["ratio"] < node["needed"]:
            low.append(f"{node['target']}: {node['fg']} on {node['bg']} ({node['ratio']:.2f}, needs {node['needed']})")
    svg = svg_text_contrast(page)
    MEASURED["svg"] += len(svg)
    svg_low = [f"{t['text'][:30]!r}: {t['fill']} on {t['bg']} ({t['ratio']:.2f}, needs {t['needed']})"
               for t in svg if t["ratio"] < t["needed"]]
    for rule, nodes, help_ in (
            ("color-contrast-unchecked", unchecked, "axe could not decide the colour contrast, nor could undecided_html_contrast"),
            ("color-contrast-measured", low, "text axe left undecided, measured here: below WCAG AA"),
            ("svg-text-contrast", svg_low, "SVG text fill against the shape or page behind it: below WCAG AA")):
        if nodes:
            found.append({"id": rule, "impact": "serious", "nodes": nodes[:5], "count": len(nodes), "help": help_})
    return found


# For each node axe left undecided: at the middle of each line box of its own text, its colour (a
# translucent one blended in) and what is painted behind it: the stack of elements at that point
# (document.elementsFromPoint), translucent backgrounds composited down to the first opaque one
# (the canvas is white). A point
# where an opaque element lies above the node is hidden (a tooltip over a sentence, the drawer's
# open panel over its parent's title): nothing to read there. Anything this cannot compute (an
# opacity, a background image, a translucent layer above, a point off screen, a node it cannot
# find) is returned as `undecided`, which fails rather than passes.
UNDECIDED_HTML_COLOURS = """targets => targets.map(target => {
    const rgba = c => { const m = /^rgba?\\(([^)]+)\\)$/.exec(c);
        const v = m ? m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number) : [];
        return v.length === 3 ? [...v, 1] : v.length === 4 ? v : null; };
    const e = target.length === 1 ? document.querySelector(target[0]) : null;
    if (!e) return {target, undecided: 'node not found'};
    if (e.matches('svg.diagram-svg text, svg.diagram-svg text *')) return {target, svg: true};
    if (e instanceof SVGElement) return {target, undecided: 'SVG outside the diagrams (its colour is its fill)'};
    for (let a = e; a; a = a.parentElement)
        if (Number(getComputedStyle(a).opacity) !== 1) return {target, undecided: 'opacity below 1'};
    const s = getComputedStyle(e), fg = rgba(s.color);
    if (!fg) return {target, undecided: `text colour ${s.color}`};
    const px = parseFloat(s.fontSize), large = px >= 24 || (parseInt(s.fontWeight) >= 700 && px >= 18.66);
    const points = [];
    for (const node of e.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const b of range.getClientRects()) if (b.width > 0 && b.height > 0) points.push([b.x + b.width / 2, b.y + b.height / 2]);
    }
    const pairs = [];  // [text colour as painted (a translucent one blended in), background]
    let hidden = 0;
    for (const [x, y] of points) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return {target, undecided: 'text off screen'};
        const stack = document.elementsFromPoint(x, y), i = stack.indexOf(e);
        if (i < 0) return {target, undecided: 'not found at its own text'};
        const above = stack.slice(0, i).filter(a => !e.contains(a)).map(a => getComputedStyle(a));
        if (above.some(a => (rgba(a.backgroundColor) || [])[3] === 1)) { hidden++; continue; }
        if (above.some(a => a.backgroundImage !== 'none' || (rgba(a.backgroundColor) || [0, 0, 0, 1])[3] > 0))
            return {target, undecided: 'a translucent layer above'};
        const layers = [];
        for (const under of stack.slice(i)) {
            const u = getComputedStyle(under), c = rgba(u.backgroundColor);
            if (u.backgroundImage !== 'none' || !c) return {target, undecided: `background ${u.backgroundImage} ${u.backgroundColor}`};
            if (c[3] > 0) layers.push(c);
            if (c[3] === 1) break;
        }
        const over = (c, b) => b.map((v, k) => c[k] * c[3] + v * (1 - c[3]));
        const bg = layers.reverse().reduce((b, c) => over(c, b), [255, 255, 255]);
        const css = c => `rgb(${c.map(Math.round).join(', ')})`;
        pairs.push([css(over(fg, bg)), css(bg)]);
    }
    if (!pairs.length && !hidden) return {target, undecided: 'no text box'};
    return {target, pairs, hidden, large};
})"""


def undecided_html_contrast(page, targets: list) -> list[dict]:
    """UNDECIDED_HTML_COLOURS for axe's targets, with the lowest ratio over the visible points
    (`fg` on `bg` there) and the WCAG AA ratio needed (3 for large text, else 4.5); a node hidden
    at every point has nothing to read (ratio infinite)."""
    found = page.evaluate(UNDECIDED_HTML_COLOURS, targets)
    for node in found:
        if node.get("svg") or node.get("undecided"):
            continue
        node["ratio"], node["fg"], node["bg"] = min(((contrast(fg, bg), fg, bg) for fg, bg in node["pairs"]),
                                                    default=(float("inf"), None, None))
        node["needed"] = 3 if node["large"] else 4.5
    return found


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two computed `rgb(...)` colours."""
    def luminance(colour: str) -> float:
        channels = [float(v) / 255 for v in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3]]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# Each text of the diagrams: its fill, and what is painted behind its centre: the last filled
# shape drawn before it whose box holds that point, else the first background colour among the
# SVG's ancestors (the page's white). A colour that is not opaque and plain (a gradient, an
# alpha, an opacity) is returned as null: undecided, which fails below rather than passing.
SVG_TEXT_COLOURS = """() => {
    const plain = (c, ...alphas) => { const m = /^rgba?\\(([^)]+)\\)$/.exec(c);
        const v = m ? m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number) : [];
        return (v.length === 3 || (v.length === 4 && v[3] === 1)) && alphas.every(a => Number(a) === 1)
            ? `rgb(${v[0]}, ${v[1]}, ${v[2]})` : null; };
    const out = [];
    for (const svg of document.querySelectorAll('svg.diagram-svg')) {
        let page = 'rgb(255, 255, 255)';
        for (let e = svg.parentElement; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { page = plain(c, getComputedStyle(e).opacity); break; }
        }
        const shapes = [...svg.querySelectorAll('rect, circle, ellipse, polygon, path')];
        const scale = svg.getScreenCTM().a;
        for (const text of svg.querySelectorAll('text')) {
            const s = getComputedStyle(text), b = text.getBBox();
            const x = b.x + b.width / 2, y = b.y + b.height / 2;
            let bg = page, under = null;
            for (const shape of shapes) {
                if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
                const r = shape.getBBox(), f = getComputedStyle(shape);
                if (f.fill === 'none' || x < r.x || x > r.x + r.width || y < r.y || y > r.y + r.height) continue;
                under = shape.getAttribute('class');
                bg = plain(f.fill, f.fillOpacity, f.opacity);
            }
            const px = parseFloat(s.fontSize) * scale;
            out.push({text: text.textContent, fill: plain(s.fill, s.fillOpacity, s.opacity), bg, under,
                      large: px >= 24 || (parseInt(s.fontWeight) >= 700 && px >= 18.66)});
        }
    }
    return out;
}"""


def svg_text_contrast(page) -> list[dict]:
    """The contrast of every text in the page's diagrams (`svg.diagram-svg`) against what is
    behind it, with the WCAG AA ratio it needs (3 for large text, else 4.5); 0 when a colour
    could not be determined."""
    found = page.evaluate(SVG_TEXT_COLOURS)
    for t in found:
        t["ratio"] = contrast(t["fill"], t["bg"]) if t["fill"] and t["bg"] else 0.0
        t["needed"] = 3 if t["large"] else 4.5
    return found


def vnu(paths: list[Path]) -> list[dict]:
    """The Nu HTML checker's errors (not info or warnings) for the given HTML files."""
    require(VNU, "vnu-jar")
    java = shutil.which("java")
    if not java:
        pytest.fail("java is missing: run `make system-deps` (Debian default-jre-headless)")
    run = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *map(str, paths)],
                         capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [m for m in messages if m["type"] == "error" or (m["type"] == "non-document-error")]


def lighthouse(url: str, out_dir: Path) -> dict:
    """Lighthouse (mobile, its default) on `url`: {category: score 0-100, 'failed': [...]}."""
    require(LIGHTHOUSE, "lighthouse")
    node = shutil.which("node")
    if not node:
        pytest.fail("node is missing: run `make system-deps` (Debian nodejs and npm)")
    out_dir.mkdir(parents=True, exist_ok=True)
    report = out_dir / (url.split("://", 1)[1].replace("/", "_").replace(":", "_") + ".json")
    flags = " ".join(CHROMIUM_ARGS)
    run = subprocess.run(
        [node, str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}", f"--chrome-flags={flags}"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CHROME_PATH=CHROMIUM),
    )
    if run.returncode != 0 or not report.exists():
        pytest.fail(f"lighthouse failed on {url}: {run.stderr.strip()[-500:]}")
    data = json.loads(report.read_text())
    scores = {k: round(100 * (c["score"] or 0)) for k, c in data["categories"].items()}
    failed = []
    for key, category in data["categories"].items():
        for ref in category["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                failed.append(f"{key}:{ref['id']}")
    return scores | {"failed": failed}
