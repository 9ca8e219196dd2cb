"""The newsroom archive: every explainer folder under sources/ becomes navigation, listings,
actor pages and feed entries, so adding `sources/<slug>/` is all it takes.

Site-wide pages are generated like an explainer's (header, reproducible, `build --check`):
`docs/archive/index.md` (+ `.en.md`), `docs/actors/index.md` and `docs/actors/<id>.md` (+ `.en.md`).
The navigation is computed at build time by `nav()` (hook overrides/hooks/archive.py), never
written into mkdocs.yml. A source with `shipped: false` is a draft: its own pages show in
`mkdocs serve` marked as drafts and a publishing build leaves them out (`draft_patterns`); the
site-wide pages, feeds and actor pages list shipped explainers only.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import history as hist
from . import safe
from .lexicon import load_data
from .schema import META_SPEC, DataError, load_checked

LANGS = ("ar", "en")
PAGES = ("index", "background", "actors", "claims", "denials", "timeline", "glossary", "source")
LATEST = 10  #: explainers listed on the home page
MAIN_ACTORS = 3  #: actors named per explainer in listings


@dataclass
class Entry:
    """One explainer as the archive sees it."""

    slug: str
    shipped: bool
    title: dict  #: lang → page title (text)
    summary: dict  #: lang → one-line summary (text)
    nav_title: dict  #: lang → short navigation label (text)
    period: tuple | None  #: earliest and latest (date, parts inferred) its events mention, or None
    actors: list = field(default_factory=list)  #: [(id, {lang: name})], main actors first
    history: list = field(default_factory=list)  #: history.entries(), oldest first

    @property
    def dates(self) -> dict:
        return hist.dates(self.history)


def check_slug(slug: str, where: str, root: Path) -> str:
    """A source folder name that can be a top-level folder of the site: not a name the site
    itself uses (safe.reserved_names: a fixed list and what docs/ holds)."""
    safe.check_slug(slug, where)
    return safe.check_unreserved(slug, where, "folder name", root / "docs")


_PARSED: dict = {}  # (what, path) → (mtime_ns, size, value): `mkdocs serve` reparses only what changed


def _parsed(what: str, path: Path, parse):
    """`parse(path)`, reused while the file keeps its modification time and size. A rebuild of
    `mkdocs serve` asks for every explainer's meta.yml and first pages (navigation, listings,
    drafts); with hundreds of explainers parsing them all again cost most of a second."""
    st = path.stat()
    cached = _PARSED.get((what, path))
    if cached and cached[:2] == (st.st_mtime_ns, st.st_size):
        return copy.deepcopy(cached[2])
    value = parse(path)
    _PARSED[(what, path)] = (st.st_mtime_ns, st.st_size, value)
    return copy.deepcopy(value)


def read_meta(root: Path, slug: str) -> dict:
    path = root / "sources" / slug / "meta.yml"
    if not path.exists():
        return {}

    def parse(path: Path) -> dict:
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as err:
            raise DataError(f"sources/{slug}/meta.yml: not valid UTF-8 (byte {err.start})") from None
        return load_checked(text, f"sources/{slug}/meta.yml", META_SPEC)

    return _parsed("meta", path, parse)


def front_matter(path: Path) -> dict:
    """The YAML front matter of a generated page."""
    return _parsed("front matter", path, _front_matter)


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text[4:text.index("\n---\n")]) or {}


def slugs(root: Path) -> list[str]:
    return sorted(p.parent.name for p in (root / "sources").glob("*/article.ar.txt"))


def shipped(meta: dict) -> bool:
    return meta.get("shipped", True) is not False


def nav_entry(root: Path, slug: str) -> Entry:
    """What navigation needs of one explainer (titles only): cheap, read from its generated first page."""
    meta = read_meta(root, slug)
    title = {}
    for lang in LANGS:
        page = root / "docs" / slug / ("index.md" if lang == "ar" else f"index.{lang}.md")
        fm = front_matter(page) if page.exists() else {}
        title[lang] = str(fm.get("title") or slug)
    nav_title = dict(meta.get("nav_title") or title)
    return Entry(slug, shipped(meta), title, {}, nav_title, None, history=hist.entries(meta, f"sources/{slug}/meta.yml"))


_CACHE: dict = {}  # slug → (key of its files, Entry): `mkdocs serve` rereads only what changed


def entry(root: Path, slug: str) -> Entry:
    """Everything the listings, feeds and actor pages show of one explainer."""
    files = [root / "sources" / slug / n for n in ("meta.yml", "en.po")] + [root / "docs" / "data" / f"{slug}.json"]
    files += [root / "docs" / slug / f"index{_suffix(lang)}" for lang in LANGS] + [root / "data" / "archive.yml"]
    key = tuple((p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else None for p in files)
    cached = _CACHE.get((root, slug))
    if cached and cached[0] == key:
        return cached[1]
    _CACHE[(root, slug)] = (key, _entry(root, slug))
    return _CACHE[(root, slug)][1]


def _entry(root: Path, slug: str) -> Entry:
    from .translate import Catalogue

    e = nav_entry(root, slug)
    for lang in LANGS:
        page = root / "docs" / slug / ("index.md" if lang == "ar" else f"index.{lang}.md")
        e.summary[lang] = str(front_matter(page).get("description") or "") if page.exists() else ""
    data = json.loads((root / "docs" / "data" / f"{slug}.json").read_text(encoding="utf-8"))
    e.period = period(data.get("events", []))
    catalogue = Catalogue(root / "sources" / slug / "en.po", f"sources/{slug}/en.po")
    ranked = sorted((a for a in data.get("actors", []) if is_global(a["id"])), key=lambda a: -len(a.get("mentions", [])))
    e.actors = [(a["id"], names(a, catalogue)) for a in ranked]
    e._data, e._catalogue = data, catalogue  # for the actor pages
    return e


def is_global(actor_id: str) -> bool:
    """Actors whose id names the same actor in every explainer: gazetteer ids and ids made from
    a name. Anonymous sources ("anon-…": an official, sources) are not one actor across stories."""
    return not actor_id.startswith("anon-")


def names(actor: dict, catalogue) -> dict:
    """The actor's name per language; without an English name (gazetteer or en.po), the English
    pages show the Arabic (marked as Arabic) and `en_missing` says so: it is never given as the
    English name."""
    arabic = actor["names"]["ar"][0] if actor["names"].get("ar") else actor["id"]
    missing = False
    if actor["names"].get("en"):
        english = actor["names"]["en"][0]
    else:
        t = catalogue.get(f"actor:{actor['id']}", arabic)
        if t.state == "ok":
            english, missing = t.text, False
        elif actor.get("en_draft"):  # a drafted spelling (names.py), said to be one
            english, missing = f"{actor['en_draft']} ({load_data('archive.yml')['en']['name_draft']})", False
        else:
            english, missing = arabic, True
    return {"ar": arabic, "en": english, "en_missing": missing}


def order(entries: list[Entry]) -> list[Entry]:
    """Newest first (by the explainer's last history date), unknown dates last, then by slug."""
    dated = sorted((e for e in entries if e.history), key=lambda e: (e.dates["modified"], e.slug), reverse=True)
    return dated + sorted((e for e in entries if not e.history), key=lambda e: e.slug)


# --- navigation (used by overrides/hooks/archive.py at every build) ---

def nav(root: Path, include_drafts: bool) -> tuple[list, dict]:
    """MkDocs `nav` and the English `nav_translations`: home, archive, actors, about, then every
    explainer (a section of its pages, newest first). Pages render only their own section
    (overrides/partials/nav.html), so a page's weight does not grow with the archive."""
    ui = {lang: load_data("archive.yml")[lang] for lang in LANGS}
    entries = order([nav_entry(root, check_slug(s, f"sources/{s}", root)) for s in slugs(root)])
    top = ["index.md", "archive/index.md", "actors/index.md", "about.md"]
    items, translations = list(top), {}
    for e in entries:
        if not e.shipped and not include_drafts:
            continue
        label = {lang: e.nav_title[lang] + ("" if e.shipped else " " + ui[lang]["draft"]) for lang in LANGS}
        key = safe.title(label["ar"])
        if key in translations and translations[key] != safe.title(label["en"]):
            key = safe.title(f"{label['ar']} ({e.slug})")  # two explainers with one Arabic label
        translations[key] = _nav_label(label["en"])
        items.append({key: [f"{e.slug}/{p}.md" for p in PAGES if (root / "docs" / e.slug / f"{p}.md").exists()]})
    return items, translations


def _nav_label(label: str) -> str:
    """An English navigation label (HTML text, see safe.title); an untranslated (Arabic) one
    marked as Arabic."""
    return f'<span lang="ar" dir="rtl">{safe.title(label)}</span>' if safe.arabic(label) else safe.title(label)


def served_explainer(root: Path, slug: str) -> str:
    """The explainer `EXPLAINER=<slug> make serve` serves alone, checked: an existing source folder."""
    if slug not in slugs(root):
        raise safe.UnsafeValue(f"EXPLAINER: no explainer {slug!r} (no folder sources/<slug>/ with an article.ar.txt)")
    return check_slug(slug, "EXPLAINER", root)


def served_alone(root: Path, slug: str):
    """For `EXPLAINER=<slug> make serve`: whether that build serves a file of docs/ (its path
    there): not another explainer's pages or data, nor an actor page (the actors' index is
    served). A set lookup per file, where gitignore patterns (MkDocs' exclude_docs), one per
    explainer, cost a tenth of a second per language at every rebuild of a 100-explainer archive."""
    others = set(slugs(root)) - {served_explainer(root, slug)}

    def serves(src_uri: str) -> bool:
        top, _, rest = src_uri.partition("/")
        if top in others or top == "data" and rest.removesuffix(".json") in others:
            return False
        return not (top == "actors" and rest and not rest.startswith("index"))

    return serves



def hand_written_paths(root: Path, docs: Path) -> list[tuple[Path, bool]]:
    """What `mkdocs serve` needs to watch in docs/ when the generator's own writes should not
    start a rebuild: (path, recursive) for docs/ itself without its subfolders (home, about) and
    every subfolder the generator does not write. Generated pages follow their inputs (sources/,
    data/), which stay watched."""
    generated = {"data", "archive", "actors", *slugs(root)}
    return [(docs, False)] + [(p, True) for p in sorted(docs.iterdir()) if p.is_dir() and p.name not in generated]


def draft_patterns(root: Path) -> list[str]:
    """gitignore patterns (MkDocs `draft_docs`) of the pages of unshipped explainers."""
    return [f"/{s}/" for s in slugs(root) if not shipped(read_meta(root, s))]


# --- site-wide generated pages ---

HEADER = ("---\n# GENERATED by `python scripts/explain.py build` from sources/*/ - do not edit this file.\n"
          "# Edit instead: sources/<slug>/meta.yml (history), sources/<slug>/en.po (English), data/archive.yml (labels).\n")


def _page(front: dict, body: str) -> str:
    fm = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items())
    return HEADER + fm + "---\n" + body.rstrip("\n") + "\n"


def _suffix(lang: str) -> str:
    return ".md" if lang == "ar" else f".{lang}.md"


def period(events: list[dict]) -> tuple | None:
    """The earliest and latest date the article's events mention, each with the parts of it that
    every event on that date infers (as the timeline shows one row per date)."""
    by_date: dict[str, list[dict]] = {}
    for ev in events:
        if ev.get("date"):
            by_date.setdefault(ev["date"], []).append(ev)
    if not by_date:
        return None

    def inferred(date: str) -> list[str]:
        return [p for p in ("day", "month", "year") if all(p in (ev.get("inferred") or []) for ev in by_date[date])]

    first, last = min(by_date), max(by_date)
    return (first, inferred(first)), (last, inferred(last))


def _period(e: Entry, ui: dict, lang: str) -> str:
    from .render import time_html

    if not e.period:
        return safe.text(ui["period_unknown"])
    dates_ui = load_data("ui.yml")[lang]
    (start, s_inf), (end, e_inf) = e.period
    if start == end:
        return time_html(dates_ui, start, s_inf)
    return f"{time_html(dates_ui, start, s_inf)} – {time_html(dates_ui, end, e_inf)}"


def listing(entries: list[Entry], lang: str, up: str) -> str:
    """Markdown list items of explainers; `up` leads from the page's folder to docs/."""
    from .render import time_html

    ui = load_data("archive.yml")[lang]
    out = []
    for e in entries:
        actors = "، ".join if lang == "ar" else ", ".join
        who = actors(f"[{safe.in_lang(n[lang], lang)}]({up}actors/{aid}.md)" for aid, n in e.actors[:MAIN_ACTORS])
        when = (f' · {safe.text(ui["last_updated"])}: {time_html(load_data("ui.yml")[lang], e.dates["modified"])}'
                if e.history else "")
        out.append(f"- **[{safe.in_lang(e.title[lang], lang)}]({up}{e.slug}/index.md)**{when}  \n"
                   f"  {safe.in_lang(e.summary[lang], lang)}  \n"
                   f"  {safe.text(ui['period'])}: {_period(e, ui, lang)} · {safe.text(ui['actors'])}: {who}")
    return "\n".join(out) + "\n"


def home_listing(entries: list[Entry], lang: str) -> str:
    """The newest explainers for the home page, and the way to the archive."""
    ui = load_data("archive.yml")[lang]
    return listing(entries[:LATEST], lang, "") + f"\n[{safe.text(ui['archive_link'])}](archive/index.md)\n"


def archive_page(entries: list[Entry], lang: str) -> str:
    """Every shipped explainer, newest first, grouped by year of its last update."""
    ui = load_data("archive.yml")[lang]
    body = [f"# {safe.text(ui['archive_title'])} {{#archive}}", ""]
    groups: dict[str, list] = {}
    for e in entries:
        groups.setdefault(e.dates["modified"][:4] if e.history else "", []).append(e)
    for year, group in groups.items():
        body += [f"## {year or safe.text(ui['year_unknown'])} {{#y{year or 'unknown'}}}", "", listing(group, lang, "../")]
    return _page({"title": ui["archive_title"], "description": ui["archive_description"]}, "\n".join(body))


def _excerpt(text: str, words: int = 24) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def actor_pages(entries: list[Entry], index_only: bool = False) -> dict[str, str]:
    """docs/actors/<id>.md and .en.md for every named actor, and the index; relative paths → text.
    `index_only`: the index alone (what `EXPLAINER=<slug> make serve` serves)."""
    actors: dict[str, dict] = {}
    for e in entries:
        for aid, n in e.actors:
            a = actors.setdefault(aid, {"names": n, "in": [], "claims": [], "denials": []})
            a["in"].append(e)
        for kind in ("claims", "denials"):
            for item in e._data.get(kind, []):
                by = item.get("by")
                for aid in (by if isinstance(by, list) else [by]):
                    if aid in actors and is_global(aid):
                        actors[aid][kind].append((e, item))
    files = {}
    for lang in LANGS:
        ui = load_data("archive.yml")[lang]
        other = "en" if lang == "ar" else "ar"
        index = [f"# {safe.text(ui['actors_title'])} {{#actors}}", ""]
        for aid, a in sorted(actors.items(), key=lambda kv: (kv[1]["names"][lang], kv[0])):
            index.append(f"- [{safe.in_lang(a['names'][lang], lang)}]({aid}.md) · {safe.text(ui['explainer_count'])}{len(a['in'])}")
            if index_only:
                continue
            other_name = (safe.text(ui["actor_name_missing"]) if other == "en" and a["names"].get("en_missing")
                          else f"<bdi lang=\"{other}\">{safe.text(a['names'][other])}</bdi>")
            body = [f"# {safe.in_lang(a['names'][lang], lang)} {{#actor}}", "",
                    f"<p class=\"actor-names\">{safe.text(ui['actor_names'])}: {other_name}</p>", "",
                    f"## {safe.text(ui['actor_explainers'])} {{#explainers}}", ""]
            body += [f"- [{safe.in_lang(e.title[lang], lang)}](../{e.slug}/index.md)" for e in a["in"]]
            for kind, key in (("claims", "actor_claims"), ("denials", "actor_denials")):
                body += ["", f"## {safe.text(ui[key])} {{#{kind}}}", ""]
                if not a[kind]:
                    body.append(safe.text(ui["actor_none"]))
                for e, item in a[kind]:
                    text, text_lang, note = item["text"], "ar", ""
                    if lang != "ar":
                        t = e._catalogue.get(f"{kind[:-1] if kind == 'claims' else 'denial'}:{item['id']}", text)
                        text, text_lang, note = (t.text, lang, ui["translated"]) if t.state == "ok" else (text, "ar", ui["not_translated"])
                    page = "claims" if kind == "claims" else "denials"
                    # quotation marks of the quote's language; Arabic on an English page marked as Arabic
                    quoted = (f"«{safe.text(_excerpt(text))}»" if text_lang == "ar" else f"“{safe.text(_excerpt(text))}”")
                    if text_lang != lang:
                        quoted = f'<span lang="ar" dir="rtl">{quoted}</span>'
                    if item.get("inferred"):  # the page names this actor on weak evidence: say so
                        note += f" ({ui['attribution_inferred']})"
                    body.append(f"- [{quoted}](../{e.slug}/{page}.md#{item['id']}){safe.text(note)} "
                                f"— {safe.text(ui['in_explainer'])} [{safe.in_lang(e.title[lang], lang)}](../{e.slug}/index.md)")
            front = {"title": a["names"][lang], "description": f"{ui['actors_title']}: {a['names'][lang]}"}
            if lang != "ar" and safe.arabic(a["names"][lang]):
                front["title_lang"] = "ar"  # marked by the hook safe_titles.py and main.html
            files[f"actors/{aid}{_suffix(lang)}"] = _page(front, "\n".join(body))
        files[f"actors/index{_suffix(lang)}"] = _page(
            {"title": ui["actors_title"], "description": ui["actors_description"]}, "\n".join(index))
    return files


def site_entries(root: Path) -> list[Entry]:
    """Every shipped explainer, newest first (needs its generated pages and data). A shipped
    explainer must say when it was first published (its feed entry and JSON-LD need the date)."""
    entries = [entry(root, s) for s in slugs(root) if shipped(read_meta(root, s))]
    for e in entries:
        if not e.history:
            raise DataError(f"sources/{e.slug}/meta.yml: a shipped explainer needs a `history` with its first "
                            "publication (kind: published); set `shipped: false` until it is published")
    return order(entries)


def site_files(root: Path, served_alone: bool = False) -> dict[Path, str]:
    """Every site-wide generated file (absolute path → text): archive and actor pages.
    `served_alone`: only those `EXPLAINER=<slug> make serve` serves, the archive and the actors'
    index (overrides/hooks/archive.py leaves the actor pages out of that build)."""
    entries = site_entries(root)
    rel = {f"archive/index{_suffix(lang)}": archive_page(entries, lang) for lang in LANGS}
    rel.update(actor_pages(entries, index_only=served_alone))
    return {root / "docs" / k: v for k, v in rel.items()}


def site_stale(root: Path, served_alone: bool = False) -> tuple[dict[Path, str], list[Path], list[Path]]:
    """Site-wide files: expected text, the ones that differ on disk, and generated ones no longer
    made (none when `served_alone`: which ones those are takes the whole site)."""
    files = site_files(root, served_alone)
    stale = [p for p, t in files.items() if not p.exists() or p.read_text(encoding="utf-8") != t]
    extra = [] if served_alone else [
        p for folder in ("archive", "actors") for p in sorted((root / "docs" / folder).glob("*.md"))
        if p not in files and p.read_text(encoding="utf-8").startswith(HEADER[:40])]
    return files, stale, extra


# the packages of the generator's own code below this one (search/ serves the site, not generation)
CODE_PACKAGES = ("attribution", "mentions")


def code_files() -> list[Path]:
    """The generator's code: this package's modules and those of CODE_PACKAGES, so that a change
    to any rule makes the build records (cli.code_digest, digest) stale."""
    here = Path(__file__).parent
    return sorted(here.glob("*.py")) + [p for pkg in CODE_PACKAGES for p in sorted((here / pkg).glob("*.py"))]


def digest(root: Path) -> str:
    """Hash of what the site-wide pages depend on, for a build to skip them while it matches."""
    h = hashlib.sha256()
    paths = [p for s in slugs(root) for p in (root / "sources" / s / "meta.yml", root / "sources" / s / "en.po",
                                                root / "docs" / "data" / f"{s}.json", root / "docs" / s / "index.md",
                                                root / "docs" / s / "index.en.md")]
    paths += sorted((root / "data").glob("*.yml")) + code_files()
    for p in paths:
        h.update(str(p.relative_to(root)).encode() + b"\0" + (p.read_bytes() if p.exists() else b"-") + b"\0")
    return h.hexdigest()


def english_draft(root: Path, src_uri: str) -> bool:
    """Whether the page `src_uri` (either language) belongs to an explainer whose English side
    is a draft, as its generated English overview says (front matter `english_draft`)."""
    if "/" not in src_uri:
        return False
    page = root / "docs" / src_uri.split("/", 1)[0] / "index.en.md"
    return page.is_file() and bool(front_matter(page).get("english_draft"))


def page_dates(root: Path, src_uri: str) -> dict:
    """schema.org datePublished/dateModified of a page of an explainer: the explainer's own
    history (not the article's date); nothing for other pages or an explainer without one."""
    slug = src_uri.split("/", 1)[0]
    path = root / "sources" / slug / "meta.yml"
    if "/" not in src_uri or not path.is_file():
        return {}
    st = path.stat()
    key = (st.st_mtime_ns, st.st_size)
    if _DATES.get(slug, (None,))[0] != key:
        d = hist.dates(hist.entries(read_meta(root, slug), f"sources/{slug}/meta.yml"))
        _DATES[slug] = (key, {f"date{k.title()}": v for k, v in d.items()})
    return dict(_DATES[slug][1])


_DATES: dict = {}
