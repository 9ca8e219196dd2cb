#!/usr/bin/env python3
"""Break the project on purpose, one way at a time, and show the test suite turn red each time.

    python scripts/mutate.py [NAME-OR-AREA ...]    (make mutate: all of them; --list prints them)

Each mutation is a small, realistic bug a reviewer would guess (an off-by-one, swapped branches, a
dropped attribute, a wrong language, a missing escape), applied to a fresh copy of the project
(never to the checkout); then the tests that should catch it run there, with the four staleness
tests deselected: they hash every generator file, so they fail on any edit at all and would
"catch" every mutation without testing behaviour (they stay in the suite, as what they are). A
mutation the tests do not catch is printed as STILL GREEN. The kill rate is printed per area, and
the script exits 1 below 95 %. Arguments choose the mutations whose name or area contains one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLUG = "iraq-russia-intelligence-2015"
TARGET = 0.95  # share of mutations that must turn their tests red

# Red on any edit to the generator's code or data: never counted as catching a mutation.
STALENESS = [
    "tests/test_cli.py::test_the_committed_generated_files_are_current",
    "tests/test_cli.py::test_a_fresh_clone_does_not_regenerate_a_current_explainer",
    "tests/test_cli.py::test_a_changed_input_or_output_is_regenerated_and_the_record_follows",
    "tests/test_untrusted.py::test_a_killed_builds_temporary_files_do_not_make_the_tree_stale",
]


@dataclass
class Mutation:
    area: str
    name: str
    path: str  #: file changed, relative to the project
    old: str  #: text replaced (must occur in the file)
    new: str
    tests: list[str]  #: pytest arguments that must then fail
    staleness: bool = False  #: what it breaks is staleness itself: its tests are the staleness tests


M = Mutation
CSS = "overrides/assets/stylesheets/explainer.css"
JS = "overrides/assets/javascripts/explainer.js"
SEARCH_JS = "overrides/assets/javascripts/search.js"
BEHAVIOUR = "tests/test_behaviour.py"
BROWSER = "tests/test_browser.py"

MUTATIONS = [
    # -- extraction -----------------------------------------------------------------------------
    M("extraction", "quote stretched to its whole sentence", "scripts/explainer/claims.py",
      "a, b = quote_bounds(text, toks[c_start][0], toks[c_end - 1][1])", "a, b = quote_bounds(text, toks[0][0], toks[-1][1])",
      ["tests/test_gold.py"]),
    M("extraction", "a pronoun subject skips back past the latest speaker to one of its gender",
      "scripts/explainer/attribution/coreference.py", "        earlier = self.history[-1]\n",
      "        earlier = next((e for e in reversed(self.history) if self.agrees(gender, e, pronoun=True)), self.history[-1])\n",
      ["tests/test_attribution_kinds.py", "-k", "continuation"]),
    M("extraction", "a speaker found by coreference shown as fact", "data/cues.yml",
      "inferred_via: [coreference, participle, nearest]", "inferred_via: [participle, nearest]",
      ["tests/test_review.py", "-k", "inferred"]),
    M("rendering", "the mark «attribution inferred» dropped from a statement", "scripts/explainer/pages.py",
      '    if getattr(item, "inferred", False):\n        name +=', '    if False:\n        name +=',
      ["tests/test_review.py", "-k", "inferred"]),
    M("rendering", "a drafted English name shown without its mark", "scripts/explainer/pages.py",
      "return f'{esc(draft)} <small class=\"name-draft\">({esc(ctx.ui[\"name_draft\"])})</small>'", "return esc(draft)",
      ["tests/test_names.py"]),
    M("extraction", "an actor dropped from the gazetteer", "data/actors.yml",
      "  - {id: barack-obama, ar: [باراك أوباما, أوباما]", "  - {id: barack-obama, ar: [باراك أوبامااا]", ["tests/test_gold.py"]),
    M("extraction", "an entry that needs a nationality adjective matched without one", "scripts/explainer/mentions/known.py",
      'if entry.get("needs_adjective") and not state:', "if False:", [BEHAVIOUR, "-k", "adjective"]),
    M("extraction", "a cooperation with a single party", "scripts/explainer/relations.py",
      "        if len(parties) < 2:\n", "        if len(parties) < 1:\n", [BEHAVIOUR, "-k", "cooperation"]),
    M("extraction", "sentences without a full stop left unbounded (no longer linear)", "scripts/explainer/segment.py",
      "MAX_SENTENCE = 2000", "MAX_SENTENCE = 2_000_000", ["tests/test_untrusted.py", "-k", "megabyte"]),
    M("extraction", "a long line taken for page chrome (the length check dropped)", "scripts/explainer/ingest.py",
      "short = len(line.text.split()) <= chrome_words", "short = True", ["tests/test_untrusted.py", "-k", "one_line"]),
    M("extraction", "sentence offsets one character too long", "scripts/explainer/segment.py",
      "a, b = para.start + start, para.start + end\n", "a, b = para.start + start, para.start + end + 1\n",
      ["tests/test_cli.py", "-k", "json_contract"]),
    M("extraction", "only the byline's last word kept", "scripts/explainer/ingest.py",
      "            source.byline = m.group(1).strip()\n", "            source.byline = m.group(1).split()[-1]\n",
      ["tests/test_cli.py", "-k", "json_contract"]),
    M("extraction", "an actor merged into itself vanishes silently", "scripts/explainer/overrides.py",
      "        if source == target:", "        if False:", ["tests/test_untrusted.py", "-k", "bad_editor and itself"]),
    # -- dates ----------------------------------------------------------------------------------
    M("dates", "a weekday alone takes the first earlier date on that weekday, not the latest", "scripts/explainer/dates.py",
      "m.iso = earlier[-1].iso", "m.iso = earlier[0].iso", ["tests/test_dates.py"]),
    M("dates", "a weekday equal to the publication day's goes a week back", "scripts/explainer/dates.py",
      "(day_of.isoweekday() - m.weekday) % 7)", "((day_of.isoweekday() - m.weekday) % 7 or 7))", ["tests/test_dates.py"]),
    M("dates", "a missing year reported as day, month and year inferred", "scripts/explainer/dates.py",
      '            m.inferred = True\n            m.inferred_parts = ["year"]\n        elif',
      '            m.inferred = True\n            m.inferred_parts = ["day", "month", "year"]\n        elif', ["tests/test_dates.py"]),
    M("dates", "a printed weekday never checked against its date", "scripts/explainer/dates.py",
      "m.mismatch = bool(m.weekday and date.isoweekday() != m.weekday)", "m.mismatch = False",
      ["tests/test_gold.py", "-k", "weekdays"]),
    M("dates", "December in a January article put in the same year", "scripts/explainer/dates.py",
      "                m.year -= 1", "                m.year -= 0", ["tests/test_dates.py"]),
    # -- rendering and pages --------------------------------------------------------------------
    M("rendering", "Arabic counted nouns: ten takes the form for eleven and more", "scripts/explainer/render.py",
      "n % 100 in range(3, 11)", "n % 100 in range(3, 10)", ["tests/test_render.py", "-k", "counted"]),
    M("rendering", "an unsourced report and an unidentified speaker swapped", "scripts/explainer/pages.py",
      'return None if getattr(item, "status", None) == "unconfirmed" else UNIDENTIFIED',
      'return UNIDENTIFIED if getattr(item, "status", None) == "unconfirmed" else None',
      ["tests/test_review.py", "-k", "not_identified"]),
    M("rendering", "a removed page-chrome line printed unescaped", "scripts/explainer/pages.py",
      '<li><span lang="ar" dir="rtl">{esc(r.text)}</span>', '<li><span lang="ar" dir="rtl">{r.text}</span>',
      [BEHAVIOUR, "-k", "removed_chrome"]),
    M("rendering", "only the first inferred date part named", "scripts/explainer/render.py",
      'joined = names[0] if len(names) == 1 else ui["parts_sep"].join(names[:-1]) + ui["and"] + names[-1]',
      "joined = names[0]", ["tests/test_render.py", "-k", "nominative"]),
    M("rendering", "a verbatim quote loses its right-to-left direction", "scripts/explainer/pages.py",
      """parts.append(f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(item.text)}</p></blockquote>')""",
      """parts.append(f'<blockquote class="quote-source" lang="ar"><p>{esc(item.text)}</p></blockquote>')""",
      ["tests/test_render.py", "-k", "golden"]),
    M("rendering", "an untranslated quote on an English actor page not marked as Arabic", "scripts/explainer/archive.py",
      """quoted = f'<span lang="ar" dir="rtl">{quoted}</span>'""", """quoted = f'<span dir="rtl">{quoted}</span>'""",
      [BEHAVIOUR, "-k", "actor_page"]),
    M("rendering", "quotation marks of the page's language, not the quote's", "scripts/explainer/archive.py",
      'if text_lang == "ar" else f"“', 'if lang == "ar" else f"“', [BEHAVIOUR, "-k", "actor_page"]),
    # -- feeds ----------------------------------------------------------------------------------
    M("feeds", "the feed's <updated> is the oldest entry's", "scripts/explainer/feeds.py",
      'updated = max((e.dates["modified"]', 'updated = min((e.dates["modified"]', [BEHAVIOUR, "-k", "feed"]),
    M("feeds", "English entries carry the Arabic summary", "scripts/explainer/feeds.py",
      "{safe.xml(e.summary[lang])}</summary>", "{safe.xml(e.summary['ar'])}</summary>",
      ["tests/test_site.py", "-k", "feeds"]),
    M("feeds", "an entry's <updated> is its first publication", "scripts/explainer/feeds.py",
      "<updated>{e.dates['modified']}T00:00:00Z</updated>", "<updated>{e.dates['published']}T00:00:00Z</updated>",
      [BEHAVIOUR, "-k", "feed"]),
    M("feeds", "English entries link to the Arabic pages", "scripts/explainer/feeds.py",
      '        url = f"{root}{e.slug}/"', """        url = f"{lang_root(site_url, 'ar')}{e.slug}/\"""",
      [BEHAVIOUR, "-k", "feed"]),
    M("feeds", "an explainer's last update taken from its first history entry", "scripts/explainer/history.py",
      'out["modified"] = history[-1]["date"]', 'out["modified"] = history[0]["date"]', [BEHAVIOUR, "-k", "feed"]),
    # -- search index and search JavaScript -----------------------------------------------------
    M("search", "a title word weighs less", "scripts/explainer/search/index.py",
      "TITLE = 100", "TITLE = 10", ["tests/test_search_index.py"]),
    M("search", "a word in the title weighs as much as one in the body", SEARCH_JS,
      "sc[2] += weight >= meta.title ? 1 : 0; sc[3] += weight;", "sc[2] += 0; sc[3] += weight % meta.title;",
      [BROWSER, "-k", "ranks_its_results"]),
    M("search", "three sections of one page instead of two", SEARCH_JS,
      "return perPage.get(pageOf[d]) <= rules.per_page;", "return perPage.get(pageOf[d]) <= rules.per_page + 1;",
      [BROWSER, "-k", "ranks_its_results"]),
    M("search", "a page's second section before another page's best", SEARCH_JS,
      "score.get(b)[0] - score.get(a)[0] || nth.get(a) - nth.get(b) ||", "score.get(b)[0] - score.get(a)[0] ||",
      [BROWSER, "-k", "ranks_its_results"]),
    M("search", "ties broken the other way round", SEARCH_JS,
      "y[3] - x[3] || a - b;", "y[3] - x[3] || b - a;", [BROWSER, "-k", "ranks_its_results"]),
    M("search", "search results may leave the site", SEARCH_JS,
      "return target.origin === home.origin && target.pathname.startsWith(home.pathname) ? target : null;",
      "return target;", ["tests/test_untrusted.py", "-k", "search_client"]),
    M("search", "Arabic suffixes removed down to too short a stem", "scripts/explainer/search/text.py",
      "if w.endswith(suffix) and len(w) - len(suffix) >= self.arabic_min:", "if w.endswith(suffix):",
      ["tests/test_search_index.py"]),
    # -- translation ----------------------------------------------------------------------------
    M("translation", "a changed Arabic sentence keeps its old English as if current", "scripts/explainer/translate.py",
      'if entry.msgid != arabic or "fuzzy" in entry.flags:', 'if "fuzzy" in entry.flags:', ["tests/test_translate.py"]),
    M("translation", "a missing translation shown without saying so", "scripts/explainer/render.py",
      """f'<span class="translation-missing">({esc(self.ui["not_translated"])})</span>'""", '""',
      ["tests/test_translate.py"]),
    M("translation", "a translation made stale (en.po edited, pages not regenerated)", f"sources/{SLUG}/en.po",
      'msgstr "Firas Hassan"', 'msgstr "F. Hassan"', ["tests/test_cli.py", "-k", "committed"], staleness=True),
    # -- hooks ----------------------------------------------------------------------------------
    M("hooks", "the build-date hook removed", "mkdocs.yml",
      "  - overrides/hooks/reproducible.py\n", "", ["tests/test_reproducible.py"]),
    M("hooks", "page titles printed unescaped", "overrides/hooks/safe_titles.py",
      'page.meta["title"] = safe.title(str(page.meta["title"]))', 'page.meta["title"] = str(page.meta["title"])',
      ["tests/test_untrusted.py", "-k", "hostile"]),
    M("hooks", "digit runs on Arabic pages not isolated", "overrides/hooks/bidi.py",
      '''if _LATIN.search(text) else f"<bdi>{text}</bdi>"''', "if _LATIN.search(text) else text", [BEHAVIOUR, "-k", "digit"]),
    M("hooks", "permalinks on h2 only", "overrides/hooks/permalinks.py",
      "re.compile(r'<(h[23])", "re.compile(r'<(h[2])", ["tests/test_site.py", "-k", "permalink"]),
    M("hooks", "the JSON-LD page URL is the home's", "overrides/hooks/structured_data.py",
      '"url": page.canonical_url or home,', '"url": home,', ["tests/test_site.py", "-k", "own_url"]),
    M("hooks", "<html dir> always ltr", "overrides/hooks/html_lang.py",
      """f'<html lang="{m.group(1)}" dir="{body.group(1)}"'""", """f'<html lang="{m.group(1)}" dir="ltr"'""",
      ["tests/test_site.py"]),
    M("hooks", "the Arabic typeface undeclared (no @font-face for Naskh in fonts.css)", "overrides/hooks/fonts.py",
      "        written.append(target)\n        css.append(", "        written.append(target)\n        if \"Naskh\" not in family: css.append(",
      [BROWSER, "-k", "screenshots and ar and overview"]),
    M("hooks", "the Arabic face subset without the shared digits and marks", "overrides/hooks/fonts.py",
      "return {cp for cp in chars if is_arabic(cp)} | shared", "return {cp for cp in chars if is_arabic(cp)}",
      ["tests/test_fonts.py", "-k", "shared_marks"]),
    M("hooks", "Arabic letters after U+063F left out of the Naskh subset", "overrides/hooks/fonts.py",
      "return 0x0600 <= cp <= 0x06FF or", "return 0x0600 <= cp <= 0x063F or", ["tests/test_fonts.py", "-k", "reader_sees"]),
    # -- templates ------------------------------------------------------------------------------
    M("templates", "the Content-Security-Policy left out", "overrides/main.html",
      '<meta http-equiv="Content-Security-Policy" content="{{ config.extra.csp | e }}">', "",
      ["tests/test_untrusted.py", "-k", "content_security_policy"]),
    M("templates", "og:title is the site's name on every page", "overrides/main.html",
      '<meta property="og:title" content="{{ (page.title or config.site_name) | striptags | e }}">',
      '<meta property="og:title" content="{{ config.site_name | e }}">', ["tests/test_site.py", "-k", "own_url"]),
    M("templates", "the canonical link points at the home", "overrides/main.html",
      '<link rel="canonical" href="{{ page.canonical_url }}">', '<link rel="canonical" href="{{ config.site_url }}">',
      ["tests/test_site.py", "-k", "own_url"]),
    # -- CSS ------------------------------------------------------------------------------------
    M("css", "Arabic quotes get the browser's quotation marks", CSS,
      'q[lang="ar"] {\n  quotes: "«" "»" "‹" "›";', 'q[lang="ar"] {\n  quotes: auto;', [BROWSER, "-k", "inline_quotes"]),
    M("css", "the dark scheme keeps a white page", CSS,
      "--md-default-bg-color: light-dark(#ffffff, #1d2127);", "--md-default-bg-color: light-dark(#ffffff, #ffffff);",
      [BROWSER, "-k", "dark_scheme_paints"]),
    M("css", "a quote's bar on the physical left", CSS,
      "  border-left: 0;\n  border-right: 0;\n  border-inline-start: 0.2rem solid var(--ex-brand);",
      "  border-right: 0;\n  border-left: 0.2rem solid var(--ex-brand);", [BROWSER, "-k", "verbatim_quotes"]),
    M("css", "Arabic nested in Arabic enlarged twice", CSS,
      '[dir="ltr"] .md-typeset [lang="ar"]:not([lang="ar"] *) {', '[dir="ltr"] .md-typeset [lang="ar"] {',
      [BROWSER, "-k", "naskh_a_size_up"]),
    # -- JavaScript -----------------------------------------------------------------------------
    M("js", "Escape closes a tooltip under the pointer only, not one opened by keyboard focus", JS,
      '".term:hover, .term:focus-within"', '".term:hover"', [BROWSER, "-k", "tooltip_on_hover"]),
    M("js", "Escape no longer closes the navigation drawer", JS,
      'if (event.key === "Escape" && toggle.checked) set(false, true);', "",
      ["tests/test_quality.py", "-k", "drawer_work_from_the_keyboard"]),
    # -- untrusted input: escaping and editor-owned files ---------------------------------------
    M("safety", "the escaping path bypassed for <", "scripts/explainer/safe.py",
      '''for c in "\\\\`*_{}[]()#+-!|~:<>&\\"'=%$^"}''', '''for c in "\\\\`*_{}[]()#+-!|~:&\\"'=%$^"}''',
      ["tests/test_untrusted.py", "-k", "text_and_attribute or hostile"]),
    M("safety", "JSON-LD escaping only </", "scripts/explainer/safe.py",
      '    return "".join(_JSON_IN_SCRIPT.get(c, c) for c in raw)', '    return raw.replace("</", "<\\\\/")',
      ["tests/test_untrusted.py", "-k", "json_in_script or hostile"]),
    M("safety", "a translator's save overwritten", "scripts/explainer/cli.py",
      "            if now != catalogue.read_bytes:", "            if False:", ["tests/test_untrusted.py", "-k", "save_during"]),
    M("safety", "ids in data files not checked", "scripts/explainer/schema.py",
      "        if spec in (ID, ACTOR_ID) and not ID_PATTERN.match(node.value):", "        if False:",
      ["tests/test_untrusted.py", "-k", "bad_editor and (glossary or actors)"]),
]


def copy_project(dest: Path) -> Path:
    shutil.copytree(ROOT, dest, symlinks=True, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", "site", "test-artifacts", ".pytest_cache", ".hypothesis", "__pycache__"))
    for shared in (".venv", "node_modules"):
        if (ROOT / shared).exists():
            (dest / shared).symlink_to(ROOT / shared)
    return dest


def pytest_args(mutation: Mutation) -> list[str]:
    deselect = [] if mutation.staleness else [a for t in STALENESS for a in ("--deselect", t)]
    return [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly", *deselect, *mutation.tests]


def run(mutation: Mutation) -> tuple[bool, float, str]:
    """(caught, seconds, last output line) for one mutation."""
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        repo = copy_project(Path(tmp) / "repo")
        target = repo / mutation.path
        text = target.read_text(encoding="utf-8")
        if text.count(mutation.old) != 1:
            return False, 0.0, f"mutation does not apply: {mutation.old!r} is in {mutation.path} {text.count(mutation.old)} times"
        mutated = text.replace(mutation.old, mutation.new, 1)
        if target.suffix == ".py":
            try:
                compile(mutated, str(target), "exec")
            except SyntaxError as e:  # a mutant that cannot even load "catches" nothing
                return False, 0.0, f"mutation is not valid Python: {e}"
        target.write_text(mutated, encoding="utf-8")
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
        started = time.monotonic()
        result = subprocess.run(pytest_args(mutation), cwd=repo, capture_output=True, text=True, env=env, timeout=1200)
        lines = [ln for ln in (result.stdout + result.stderr).splitlines() if ln.strip()]
        ran = any(" passed" in ln or " failed" in ln or " error" in ln for ln in lines[-3:])
        caught = result.returncode not in (0, 5) and ran
        return caught, time.monotonic() - started, lines[-1] if lines else ""


def main(argv: list[str]) -> int:
    if "--list" in argv:
        for m in MUTATIONS:
            print(f"{m.area:12} {m.name}  [{' '.join(m.tests)}]")
        return 0
    chosen = [m for m in MUTATIONS if not argv or any(a in m.name or a == m.area for a in argv)]
    started = time.monotonic()
    results: dict[str, list[bool]] = {}
    green = []
    for m in chosen:
        caught, seconds, last = run(m)
        print(f"{'red  ' if caught else 'STILL GREEN'}  [{m.area}] {m.name}  ({seconds:.0f} s; {last})", flush=True)
        results.setdefault(m.area, []).append(caught)
        if not caught:
            green.append(m.name)
    print(f"\n| area | mutations | turned red | kill rate |\n|---|---|---|---|")
    for area, caught in results.items():
        print(f"| {area} | {len(caught)} | {sum(caught)} | {sum(caught) / len(caught):.0%} |")
    killed = len(chosen) - len(green)
    rate = killed / len(chosen) if chosen else 1.0
    print(f"| all | {len(chosen)} | {killed} | {rate:.0%} |")
    print(f"\n{killed} of {len(chosen)} mutations turned their tests red, the staleness tests deselected "
          f"({rate:.1%}; aimed at {TARGET:.0%}); {time.monotonic() - started:.0f} s")
    if green:
        print("still green: " + "; ".join(green))
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
