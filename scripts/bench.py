#!/usr/bin/env python3
"""Benchmark: this site against stock Material + mkdocs-static-i18n on the same docs/, in one run.

Prints, side by side: first-view weight per page (gzip, at 390 px, everything fetched before the
page is idle), font bytes, bytes fetched by one Arabic and one English search, Lighthouse mobile
performance with LCP/TBT/CLS, build time and time per page, and how build time per explainer, an
explainer page's weight and search bytes grow with 1, 10, 100 and 300 explainers (synthetic
copies of the article under new slugs, built in a temporary folder), and the editor's loop of
`EXPLAINER=<slug> mkdocs serve` with 100 explainers (a saved note or en.po → the changed page
served). Ends with the growth table in Markdown. Times are medians of several runs and are
compared as ratios measured in the same run; absolute times depend on the machine.

Usage: .venv/bin/python scripts/bench.py [--runs N] [--sizes 1,10,100,300] [--no-lighthouse]
                                         [--stock-timeout S] [--serve-size N] [--serve-only]
Needs what `make test` installs (Chromium, Node and the npm packages).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from helpers import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

SLUG = "iraq-russia-intelligence-2015"
QUERIES = {"ar": "روسيا", "en": "Russia"}
COPY_PARTS = ("docs", "data", "fonts", "overrides", "scripts", "sources", "tests")


# -- configurations ---------------------------------------------------------------------------------

def stock_config(config: dict) -> dict:
    """Stock Material + mkdocs-static-i18n on the same pages: no overrides, hooks or custom CSS,
    Material's own fonts and lunr search, the same Markdown extensions and languages."""
    stock = {k: v for k, v in config.items() if k not in ("hooks", "watch", "extra_css", "extra_javascript")}
    stock["theme"] = {"name": "material", "language": config["theme"].get("language", "ar")}
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    # reconfigure_search stays off as in our config: with it on, Material's search worker stops
    # answering on this two-language site (seen here); off, one index serves both languages.
    stock["plugins"] = ["search", {"i18n": i18n}]
    stock["extra"] = {k: v for k, v in config.get("extra", {}).items() if k == "alternate"}
    return stock


def load_config(path: Path) -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: (loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)])[-1])
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)


def make_workspace(tmp: Path, copies: int) -> Path:
    """A copy of the repository with `copies` explainers (the article under new slugs)."""
    work = tmp / f"work-{copies}"
    if work.exists():
        return work
    work.mkdir(parents=True)
    for part in COPY_PARTS:
        shutil.copytree(ROOT / part, work / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    source = work / "sources" / SLUG
    for k in range(2, copies + 1):
        shutil.copytree(source, work / "sources" / f"{SLUG}-{k}")
    config = load_config(work / "mkdocs.yml")
    if copies > 1:
        config.pop("nav", None)  # every explainer, in the automatic navigation
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (work / "mkdocs.stock.yml").write_text(yaml.safe_dump(stock_config(config), allow_unicode=True, sort_keys=False), encoding="utf-8")
    run([sys.executable, "scripts/explain.py", "build"], work)
    return work


class TimedOut(Exception):
    """A build stopped at the time cap (reported as such, never as a figure)."""


def run(cmd: list[str], cwd: Path, env: dict | None = None, timeout: float | None = None) -> float:
    start = time.perf_counter()
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                              env=dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {})))
    except subprocess.TimeoutExpired:
        raise TimedOut(f"stopped after {timeout:.0f} s") from None
    if done.returncode != 0:
        raise SystemExit(f"error: {' '.join(cmd)} failed in {cwd}:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def build_times(work: Path, runs: int, stock_timeout: float) -> dict:
    """Seconds of a full `mkdocs build`: ours (its hooks regenerate the pages from the sources,
    subset the fonts and build the search index) and stock. `cold`: the median of `runs` builds
    each started with no cache (a fresh clone, CI); `warm`: the median of `runs` rebuilds (an
    editor's, with the font and generation caches). Ours and stock alternate, so both see the
    same machine load. A stock build that runs past `stock_timeout` seconds is stopped and its
    figure is the string "stopped after N s"; stock is not built again at that size."""
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
    stock_cmd = mkdocs + ["-f", "mkdocs.stock.yml", "--site-dir", "site-stock"]
    cold_ours, cold_stock, ours, stock = [], [], [], []
    stopped = None

    def stock_build(into: list) -> None:
        nonlocal stopped
        if stopped:
            return
        try:
            into.append(run(stock_cmd, work, timeout=stock_timeout))
        except TimedOut as err:
            stopped = str(err)
            shutil.rmtree(work / "site-stock", ignore_errors=True)  # half a site: nothing to measure

    for _ in range(runs):
        shutil.rmtree(work / ".cache", ignore_errors=True)
        cold_ours.append(run(mkdocs + ["--site-dir", "site"], work))
        stock_build(cold_stock)
    for _ in range(runs):
        ours.append(run(mkdocs + ["--site-dir", "site"], work))
        stock_build(stock)
    pages = sum(1 for p in (work / "site").rglob("*.html") if p.name != "404.html")
    median = lambda xs: statistics.median(xs) if xs and not stopped else stopped  # noqa: E731
    return {"cold_ours": statistics.median(cold_ours), "cold_stock": median(cold_stock),
            "ours": statistics.median(ours), "stock": median(stock), "pages": pages}


def page_weight(site: Path, path: str) -> dict | None:
    """Bytes of one built page's HTML, raw and gzip (what a static host sends); None if absent."""
    page = site / path / "index.html"
    if not page.is_file():
        return None
    body = page.read_bytes()
    return {"raw": len(body), "gzip": wire_bytes(body)}


def serve_latency(work: Path, runs: int, explainer: str | None = None) -> dict:
    """Seconds from saving a file to `mkdocs serve` serving the changed page, median of `runs`.
    The whole site: a hand-written page (docs/about.md) and a translation (en.po → the
    regenerated English page). With `explainer` (`EXPLAINER=<slug> mkdocs serve`, the editor's
    loop in a large archive): that explainer's note (notes/index.md → its first page) and its
    en.po (→ its English source page). The clock starts when the file is saved, so it counts the
    watcher noticing the save, the rebuild and any rebuild the regenerated pages set off."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **({"EXPLAINER": explainer} if explainer else {}))
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"

    def fetch(path: str) -> str:
        try:
            with urllib.request.urlopen(base + path, timeout=5) as r:
                return r.read().decode("utf-8")
        except OSError:
            return ""

    def wait_for(path: str, token: str, limit: float = 60) -> float:
        start = time.perf_counter()
        while time.perf_counter() - start < limit:
            if token in fetch(path):
                return time.perf_counter() - start
            time.sleep(0.05)
        return float("nan")

    slug = explainer or SLUG
    po = work / "sources" / slug / "en.po"
    edits = {  # name → (file saved, its text with the token in it, page that must show the token)
        "translation": (po, lambda text, token: text.replace("Habbaniyah military base", f"Habbaniyah military base {token}"),
                        f"/en/{slug}/source/")}
    if explainer:
        edits["note"] = (work / "sources" / slug / "notes" / "index.md", lambda text, token: text + f"\n{token}\n", f"/{slug}/")
    else:
        edits["page"] = (work / "docs" / "about.md", lambda text, token: text + f"\n{token}\n", "/about/")
    originals = {name: path.read_text(encoding="utf-8") for name, (path, _, _) in edits.items()}
    results: dict[str, list[float]] = {name: [] for name in edits}
    try:
        wait_for("/", "<html", 600)
        for k in range(runs):
            for name, (path, change, url) in edits.items():
                time.sleep(1.5)  # the previous rebuilds have settled
                token = f"benchmarkedit{k}{name}"  # no character the page escapes
                path.write_text(change(originals[name], token), encoding="utf-8")
                results[name].append(wait_for(url, token))
    finally:
        for name, (path, _, _) in edits.items():
            path.write_text(originals[name], encoding="utf-8")
        proc.terminate()
        proc.wait(timeout=30)
    return {k: statistics.median(v) for k, v in results.items()}


# -- measurements in the browser ---------------------------------------------------------------

def wire_bytes(body: bytes) -> int:
    """Bytes on the wire from a static host that gzips: Pagefind's files are gzip already."""
    if body[:2] == b"\x1f\x8b":
        return len(body)
    return len(gzip.compress(body, compresslevel=6, mtime=0))


class Recorder:
    def __init__(self, page):
        self.items: list[tuple[str, int]] = []
        page.on("response", self._on)

    def _on(self, response):
        if response.status >= 400 or urlsplit(response.url).hostname != "127.0.0.1":
            return
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            return
        self.items.append((response.url, wire_bytes(body)))

    def total(self, pattern: str = "") -> int:
        return sum(n for url, n in self.items if re.search(pattern, url))


def first_view(browser, url: str) -> dict:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    rec = Recorder(page)
    outside = []
    page.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", None) else None)
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    result = {"total": rec.total(), "fonts": rec.total(r"\.(woff2?|ttf)(\?|$)"), "requests": len(rec.items),
              "outside": len(outside)}
    page.close()
    return result


SEARCH_FILES = {"ours": r"/search/|/search\.js|/vendor/snowball", "stock": r"/search/|/workers/search|/lunr/"}


def typed_query_bytes(browser, base: str, lang: str, query: str) -> int:
    """Bytes our search fetches for one query typed at 150 ms a key on a cold cache (a fresh
    browser context): search.js, the stemmer if needed, meta.json, term files, result texts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base + ("/" if lang == "ar" else "/en/"), wait_until="networkidle")
    rec = Recorder(page)
    page.locator(".explainer-search__open").click()
    page.locator("#explainer-search-input").press_sequentially(query, delay=150)
    page.wait_for_function("""() => { const d = document.getElementById('explainer-search');
        const s = document.getElementById('explainer-search-status').textContent;
        return s && s !== d.dataset.uiLoading; }""", timeout=20000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    total = rec.total(SEARCH_FILES["ours"])
    context.close()
    return total


def probe_bytes(browser, base: str) -> dict:
    """Median and largest bytes per query over the reader queries of tests/search_probe.yml."""
    from search_probe import load_probe

    sizes = [typed_query_bytes(browser, base, lang, item["q"]) for lang, items in load_probe().items() for item in items]
    return {"median": statistics.median(sizes), "max": max(sizes), "n": len(sizes)}


def search_bytes(browser, base: str, lang: str, stock: bool) -> int:
    """Bytes of everything search needs for one query: Material loads its whole index when the
    page loads, this site's client and index pieces load when search is opened and typed in."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    rec = Recorder(page)
    page.goto(base + ("/" if lang == "ar" else "/en/"), wait_until="networkidle")
    if stock:
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").fill(QUERIES[lang])
        # results, or Material's "no matching documents" message once its index has loaded; on
        # the English pages of this two-language site its worker sometimes never answers (seen
        # here), which is reported as 0 results after 20 s, with the bytes it fetched
        try:
            page.wait_for_function("""() => document.querySelector('.md-search-result__item') ||
                (document.querySelector('.md-search-result__meta') || {}).textContent.match(/0|No |لا /)""", timeout=20000)
        except Exception:
            pass
        hits = page.locator(".md-search-result__item").count()
    else:
        page.locator(".explainer-search__open").click()
        page.locator("#explainer-search-input").fill(QUERIES[lang])
        page.wait_for_selector("#explainer-search-results li", timeout=60000)
        hits = page.locator("#explainer-search-results li").count()
    page.wait_for_load_state("networkidle")
    page.close()
    return {"bytes": rec.total(SEARCH_FILES["stock" if stock else "ours"]), "hits": hits}


def lighthouse_perf(url: str, runs: int) -> dict:
    node_cli = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
    scores = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "lh.json"
            subprocess.run(["node", str(node_cli), url, "--quiet", "--only-categories=performance", "--output=json",
                            f"--output-path={out}", f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"],
                           env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, timeout=300)
            data = json.loads(out.read_text())
        audits = data["audits"]
        scores.append((100 * data["categories"]["performance"]["score"], audits["largest-contentful-paint"]["numericValue"],
                       audits["total-blocking-time"]["numericValue"], audits["cumulative-layout-shift"]["numericValue"]))
    med = [statistics.median(col) for col in zip(*scores)]
    return {"score": med[0], "lcp": med[1], "tbt": med[2], "cls": med[3]}


# -- report ------------------------------------------------------------------------------------------

def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def longest_page(site: Path) -> str:
    pages = [p for p in site.rglob("*.html") if "en" not in p.relative_to(site).parts[:1]
             and p.name != "404.html"]
    longest = max(pages, key=lambda p: p.stat().st_size)
    return "/" + longest.relative_to(site).as_posix().removesuffix("index.html")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing and Lighthouse figure (median)")
    parser.add_argument("--sizes", default="1,10,100,300", help="numbers of explainers for the growth table")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--stock-timeout", type=float, default=1200,
                        help="seconds after which a stock build is stopped (reported as stopped, no figure)")
    parser.add_argument("--serve-size", type=int, default=100,
                        help="explainers for the EXPLAINER=<slug> mkdocs serve loop (0: not measured)")
    parser.add_argument("--serve-only", action="store_true", help="only the serve loop at --serve-size")
    parser.add_argument("--search-only", action="store_true",
                        help="only the bytes of the probe's queries typed at 150 ms a key (our search)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{subprocess.run([CHROMIUM, '--version'], capture_output=True, text=True).stdout.strip()}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; bench.py {' '.join(argv)}")
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as pw:
        tmp = Path(tmp_name)
        if args.serve_only:
            loop = serve_loop(tmp, args.serve_size, max(args.runs, 3))
            print_serve_loop(args.serve_size, loop)
            return 0
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        rows = []
        for n in sizes:
            work = make_workspace(tmp, n)
            if args.search_only:
                run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", "site"], work)
                server, base = serve(work / "site", gzip=True)
                found = probe_bytes(browser, base)
                server.shutdown()
                print(f"{n} explainer(s): {found['n']} queries typed at 150 ms a key, cold cache: "
                      f"median {kb(found['median'])}, largest {kb(found['max'])}")
                continue
            times = build_times(work, args.runs, args.stock_timeout)
            row = {"n": n, **times}
            for variant, site_dir in (("ours", work / "site"), ("stock", work / "site-stock")):
                for lang, prefix in (("ar", ""), ("en", "en/")):
                    row[f"claims_{lang}_{variant}"] = page_weight(site_dir, f"{prefix}{SLUG}/claims")
                if not site_dir.is_dir():  # stock stopped at the time cap
                    continue
                server, base = serve(site_dir, gzip=True)
                row[f"search_ar_{variant}"] = search_bytes(browser, base, "ar", variant == "stock")
                row[f"search_en_{variant}"] = search_bytes(browser, base, "en", variant == "stock")
                if variant == "ours":
                    row["probe_bytes"] = probe_bytes(browser, base)
                if n == 1:
                    longest = longest_page(work / "site")
                    for name, path in (("home", "/"), ("home_en", "/en/"), ("longest", longest)):
                        row[f"view_{name}_{variant}"] = first_view(browser, base + path)
                    row["longest_path"] = longest
                    if variant == "ours":
                        row["serve"] = serve_latency(work, args.runs)
                    if not args.no_lighthouse:
                        row[f"lh_ar_{variant}"] = lighthouse_perf(base + "/", args.runs)
                        row[f"lh_en_{variant}"] = lighthouse_perf(base + "/en/", args.runs)
                server.shutdown()
            rows.append(row)
            print_row(row)
            for site_dir in ("site", "site-stock"):  # a 300-explainer workspace is large: keep the disk free
                shutil.rmtree(work / site_dir, ignore_errors=True)
        browser.close()
        if rows:
            print_table(rows)
        if args.serve_size and not args.search_only:
            print_serve_loop(args.serve_size, serve_loop(tmp, args.serve_size, max(args.runs, 3)))
    print(f"\nbench: {time.perf_counter() - started:.0f} s in all")
    return 0


def serve_loop(tmp: Path, n: int, runs: int) -> dict:
    """The editor's loop in an archive of `n` explainers: `EXPLAINER=<slug> mkdocs serve` of one
    explainer in the middle of the archive, a saved note or en.po until the changed page is served."""
    work = make_workspace(tmp, n)
    slug = f"{SLUG}-{max(2, n // 2)}" if n > 1 else SLUG
    return {"slug": slug, **serve_latency(work, runs, explainer=slug)}


def print_serve_loop(n: int, loop: dict) -> None:
    print(f"\n== EXPLAINER={loop['slug']} mkdocs serve, {n} explainers: saved file → changed page served (median) ==")
    print(f"{'EXPLAINER serve: note → page':38s}{fmt_secs(loop['note']):>14s}   (sources/<slug>/notes/index.md → its first page)")
    print(f"{'EXPLAINER serve: en.po → English page':38s}{fmt_secs(loop['translation']):>14s}   (sources/<slug>/en.po → its English source page)")
    sys.stdout.flush()


def fmt_secs(value) -> str:
    if isinstance(value, str):
        return value
    if value != value:  # NaN: the page never showed the change
        return "not shown within 60 s"
    return f"{value:.2f} s"


def _fmt_weight(w: dict | None) -> str:
    return "—" if w is None else f"{w['raw'] / 1024:.1f} / {w['gzip'] / 1024:.1f} KB"


def print_table(rows: list[dict]) -> None:
    """The growth table in Markdown (README, "Performance"), one column per size, and the
    flatness of build time per explainer: t(largest) / (largest/10 × t(10))."""
    head = "| figure | " + " | ".join(f"{r['n']} explainer{'s' if r['n'] > 1 else ''}" for r in rows) + " |"
    print("\n" + head + "\n|---|" + "---|" * len(rows))

    def line(label: str, cell) -> None:
        print(f"| {label} | " + " | ".join(cell(r) for r in rows) + " |")

    line("pages built (both languages)", lambda r: f"{r['pages']:,}")
    for key, label in (("cold", "full build, no caches"), ("", "rebuild")):
        k = f"{key}_" if key else ""
        line(f"{label}: ours / stock", lambda r, k=k: f"{fmt_secs(r[k + 'ours'])} / {fmt_secs(r[k + 'stock'])}")
        line(f"{label} per explainer: ours / stock", lambda r, k=k: (
            f"{fmt_secs(r[k + 'ours'] / r['n'])} / " + ("—" if isinstance(r[k + 'stock'], str) else fmt_secs(r[k + 'stock'] / r['n']))))
    for lang, name in (("ar", "Arabic"), ("en", "English")):
        for variant in ("ours", "stock"):
            line(f"claims page HTML, {name}, {variant} (raw / gzip)", lambda r, lang=lang, v=variant: _fmt_weight(r[f"claims_{lang}_{v}"]))
    for lang, label in (("ar", f"«{QUERIES['ar']}»"), ("en", f"“{QUERIES['en']}”")):
        line(f"search bytes, one query {label}: ours / stock", lambda r, lang=lang: (
            f"{kb(r[f'search_{lang}_ours']['bytes'])} / "
            + (kb(r[f'search_{lang}_stock']['bytes']) if f'search_{lang}_stock' in r else "—")))
    line("search bytes per probe query typed (ours): median / largest", lambda r: (
        f"{kb(r['probe_bytes']['median'])} / {kb(r['probe_bytes']['max'])}" if "probe_bytes" in r else "—"))
    by_n = {r["n"]: r for r in rows}
    if 10 in by_n:
        for n in sorted(k for k in by_n if k > 10):
            for key, label in (("cold_", "full build, no caches"), ("", "rebuild")):
                for variant in ("ours", "stock"):
                    big, ten = by_n[n][key + variant], by_n[10][key + variant]
                    if isinstance(big, str) or isinstance(ten, str):
                        print(f"flatness, {label}, {variant}: t{n} / ({n // 10} × t10) not known ({big if isinstance(big, str) else ten})")
                    else:
                        print(f"flatness, {label}, {variant}: t{n} / ({n // 10} × t10) = {big:.1f} / ({n // 10} × {ten:.2f}) = {big / (n / 10 * ten):.2f}")
    sys.stdout.flush()


def print_row(row: dict) -> None:
    n = row["n"]
    print(f"\n== {n} explainer{'s' if n > 1 else ''}: {row['pages']} pages per build ==")
    print(f"{'':38s}{'this site':>14s}{'stock':>14s}{'ratio':>8s}")

    def line(label: str, ours, stock, fmt=kb):
        if isinstance(stock, str):  # stock stopped at the time cap
            print(f"{label:38s}{fmt(ours):>14s}   {stock}")
            return
        print(f"{label:38s}{fmt(ours):>14s}{fmt(stock):>14s}{(ours / stock if stock else float('nan')):>8.2f}")

    secs = lambda s: f"{s:.2f} s"  # noqa: E731
    ms = lambda s: f"{s:.1f} ms"  # noqa: E731
    line("build, first (no caches, median)", row["cold_ours"], row["cold_stock"], secs)
    line("build, rebuild (median)", row["ours"], row["stock"], secs)
    per_page = lambda t: t if isinstance(t, str) else 1000 * t / row["pages"]  # noqa: E731
    per_explainer = lambda t: t if isinstance(t, str) else t / n  # noqa: E731
    line("rebuild time per page", per_page(row["ours"]), per_page(row["stock"]), ms)
    line("rebuild time per explainer", per_explainer(row["ours"]), per_explainer(row["stock"]), secs)
    for lang in ("ar", "en"):
        o, s = row[f"claims_{lang}_ours"], row[f"claims_{lang}_stock"]
        if s is None:
            print(f"{'claims page HTML, ' + lang:38s}{_fmt_weight(o):>14s}   (stock not built)")
            continue
        line(f"claims page HTML, {lang}, raw", o["raw"], s["raw"])
        line(f"claims page HTML, {lang}, gzip", o["gzip"], s["gzip"])
    for lang, label in (("ar", f"Arabic query «{QUERIES['ar']}»"), ("en", f"English query “{QUERIES['en']}”")):
        o, s = row[f"search_{lang}_ours"], row.get(f"search_{lang}_stock")
        if s is None:
            print(f"{'search bytes, ' + label:38s}{kb(o['bytes']):>14s}   (stock not built)")
            continue
        line(f"search bytes, {label}", o["bytes"], s["bytes"])
        print(f"{'  results shown':38s}{o['hits']:>14d}{s['hits']:>14d}")
    if "probe_bytes" in row:
        p = row["probe_bytes"]
        print(f"{'search bytes, probe queries typed':38s}{'median ' + kb(p['median']):>14s}   largest {kb(p['max'])} ({p['n']} queries, 150 ms a key, cold)")
    if "view_home_ours" in row:
        for name, label in (("home", "first view, Arabic home"), ("home_en", "first view, English home"),
                            ("longest", f"first view, longest page")):
            ours, stock = row[f"view_{name}_ours"], row[f"view_{name}_stock"]
            line(label, ours["total"], stock["total"])
        line("  of which fonts (Arabic home)", row["view_home_ours"]["fonts"], row["view_home_stock"]["fonts"])
        print(f"{'  requests leaving 127.0.0.1 (home)':38s}{row['view_home_ours']['outside']:>14d}{row['view_home_stock']['outside']:>14d}")
        print(f"  longest page: {row['longest_path']}")
        if "serve" in row:
            print(f"{'mkdocs serve: edit → page served':38s}{row['serve']['page']:>12.2f} s   (docs/about.md)")
            print(f"{'mkdocs serve: en.po → English page':38s}{row['serve']['translation']:>12.2f} s   (regenerated by the hook)")
        for lang in ("ar", "en"):
            if f"lh_{lang}_ours" in row:
                o, s = row[f"lh_{lang}_ours"], row[f"lh_{lang}_stock"]
                print(f"{'Lighthouse mobile performance, ' + lang + ' home':38s}{o['score']:>14.0f}{s['score']:>14.0f}")
                print(f"{'  LCP / TBT / CLS':38s}{o['lcp'] / 1000:>8.2f} s {o['tbt']:>3.0f} ms {o['cls']:.3f}"
                      f"   {s['lcp'] / 1000:.2f} s {s['tbt']:.0f} ms {s['cls']:.3f}")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
