#!/usr/bin/env python3
"""Search probe: reader queries (tests/search_probe.yml) typed into the site's real search box in
Chromium, hit@5 per language, beside Pagefind built over the same pages (issue 12).

A query hits when one of its first five results is on one of its pages; a query whose pages are
`[]` hits when nothing is found. Every result of a language's search must be a page of that
language (no result crosses languages). Pagefind (npm, pinned in package-lock.json) runs offline
over a copy of the built site, its index rooted at the same `data-search-body` element ours reads.

Usage: .venv/bin/python scripts/search_probe.py [--site DIR] [--no-pagefind] [--show-misses]
(`make probe`). Without --site the site is built in a temporary folder (a copy of the project).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from helpers import CHROMIUM, CHROMIUM_ARGS, build_site, serve  # noqa: E402

PROBE = ROOT / "tests" / "search_probe.yml"
SLUG = "iraq-russia-intelligence-2015/"
PAGEFIND = ROOT / "node_modules" / ".bin" / "pagefind"


def load_probe(path: Path = PROBE) -> dict[str, list[dict]]:
    """{lang: [{q, kind, pages}]} with `S/` expanded and the English prefix added."""
    probe = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for lang, items in probe.items():
        prefix = "" if lang == "ar" else f"{lang}/"
        out[lang] = [dict(item, pages=[prefix + p.replace("S/", SLUG) for p in item["pages"]]) for item in items]
    return out


def page_of(url: str, base: str) -> str:
    """The page path of a result URL, relative to the site root, without query or anchor."""
    path = url.split("#")[0].split("?")[0]
    return path[len(base) + 1:] if path.startswith(base) else path


def ours(page, base: str, lang: str, query: str) -> list[str]:
    """Result URLs shown by the site's own search box for `query` (typed as a reader would)."""
    page.goto(base + ("/" if lang == "ar" else f"/{lang}/"))
    page.locator(".explainer-search__open").click()
    box = page.locator("#explainer-search-input")
    box.fill(query)
    page.wait_for_function("""(q) => {
        const d = document.getElementById('explainer-search');
        const s = document.getElementById('explainer-search-status').textContent;
        return document.getElementById('explainer-search-input').value === q && s &&
               s !== d.dataset.uiLoading;
    }""", arg=query, timeout=20000)
    return page.eval_on_selector_all("#explainer-search-results a", "els => els.map(a => a.href)")


def pagefind(page, base: str, lang: str, query: str) -> list[str]:
    """Result URLs of Pagefind's own API for `query`, from a page of that language (Pagefind
    chooses its index by the page's lang)."""
    page.goto(f"{base}/pagefind-probe-{lang}.html")
    return page.evaluate("""async (q) => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.init();
        const found = await pf.search(q);
        const top = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return top.map((d) => location.origin + d.url);
    }""", query)


def add_pagefind(site: Path) -> None:
    """Pagefind's index over `site` (a copy: it writes pagefind/ into it) and a bare page per
    language to call its API from (the site's own pages forbid WebAssembly by their CSP)."""
    subprocess.run([str(PAGEFIND), "--site", str(site), "--root-selector", "[data-search-body]", "--quiet"],
                   check=True, capture_output=True, text=True, timeout=300)
    for lang in ("ar", "en"):
        (site / f"pagefind-probe-{lang}.html").write_text(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>probe</title></head><body></body></html>',
            encoding="utf-8")


def run(browser, base: str, probe: dict, engine) -> dict[str, list[dict]]:
    """Each query's result pages and verdict, per language."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    out: dict[str, list[dict]] = {}
    for lang, items in probe.items():
        rows = out.setdefault(lang, [])
        for item in items:
            urls = engine(page, base, lang, item["q"])
            pages = [page_of(u, base) for u in urls]
            top = pages[:5]
            hit = not pages if not item["pages"] else any(p in item["pages"] for p in top)
            crossed = [p for p in pages if (lang == "ar") == p.startswith("en/")]
            rows.append(dict(item, got=top, hit=hit, crossed=crossed))
    page.close()
    return out


def summary(results: dict[str, list[dict]]) -> dict[str, tuple[int, int]]:
    return {lang: (sum(r["hit"] for r in rows), len(rows)) for lang, rows in results.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one in a temporary folder)")
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    probe = load_probe()
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        site = tmp / "site"
        if args.site:
            shutil.copytree(args.site, site)
        else:
            done = build_site(site)
            if done.returncode:
                raise SystemExit(f"error: build failed:\n{done.stderr[-2000:]}")
        engines = {"ours": ours}
        if not args.no_pagefind:
            add_pagefind(site)
            engines["pagefind"] = pagefind
        server, base = serve(site)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        results = {name: run(browser, base, probe, engine) for name, engine in engines.items()}
        browser.close()
        server.shutdown()
    kinds = sorted({item["kind"] for items in probe.values() for item in items})
    print(f"{'hit@5':22s}" + "".join(f"{name + ' ' + lang:>16s}" for name in engines for lang in probe))
    for kind in kinds + ["all"]:
        cells = []
        for name in engines:
            for lang in probe:
                rows = [r for r in results[name][lang] if kind in ("all", r["kind"])]
                cells.append(f"{sum(r['hit'] for r in rows)}/{len(rows)}" if rows else "-")
        print(f"{kind:22s}" + "".join(f"{c:>16s}" for c in cells))
    for name in engines:
        crossed = sum(bool(r["crossed"]) for rows in results[name].values() for r in rows)
        print(f"{name}: queries with a result in the other language: {crossed}")
    if args.show_misses:
        for name in engines:
            for lang, rows in results[name].items():
                for r in rows:
                    if not r["hit"]:
                        print(f"miss {name} {lang} [{r['kind']}] {r['q']!r}: {r['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
