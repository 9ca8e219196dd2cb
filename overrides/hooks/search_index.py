"""Build the site's search index from the rendered HTML, as part of every build.

One index per language (from each page's <html lang>), so a reader searching the Arabic site
only gets Arabic results. Each page is split into sections (its h2 headings and the elements
marked `data-search-section`, such as one claim or one paragraph of the article), so a result
links to the exact place. Text inside `data-search-ignore` elements and SVG is left out.

Why not Pagefind (used before): its WebAssembly runtime alone is 68-73 KB compressed, above the
60 KB a whole query may fetch on a metered phone connection. This index is plain JSON in small
files: the browser fetches meta.json, the term files for the first letters of the query words,
and the result texts it shows (tens of KB per query; see scripts/bench.py).

Matching: text and query are folded with the same rules (data/search.yml, shipped in meta.json):
diacritics and tatweel removed, hamza/alef forms, ى/ي and ة/ه merged, digits unified; each
Arabic word is indexed with its proclitics peeled (والعراق → العراق → عراق), and a query word is
looked up by its most-peeled form, the last one as a prefix (search as you type).
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml
from lxml import html as lhtml
from i18n_state import inside_language_build
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.search_index")
RULES_FILE = Path(__file__).resolve().parents[2] / "data" / "search.yml"
_WORD = re.compile(r"[^\W_]+")
_HTML_LANG = re.compile(r'<html[^>]*\blang="([^"]+)"')
_SKIP_TAGS = {"script", "style", "svg", "template", "noscript"}
# Elements whose boundaries separate words; inline ones (a, q, span…) join their text as printed.
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "blockquote", "figure",
               "figcaption", "table", "tr", "td", "th", "br", "details", "summary", "section", "article"}


class Folder:
    """Text → folded search terms, by the rules of data/search.yml."""

    def __init__(self, rules: dict):
        self.rules = rules
        self.drop = re.compile("[" + rules["drop"] + "]")
        self.table = str.maketrans(rules["fold"])
        self.min_stem = int(rules["min_stem"])
        self.forms = lru_cache(maxsize=None)(self._forms)  # words repeat across pages

    def fold(self, text: str) -> str:
        return self.drop.sub("", unicodedata.normalize("NFC", text).lower()).translate(self.table)

    def words(self, text: str) -> list[str]:
        return _WORD.findall(self.fold(text))

    def _forms(self, word: str) -> list[str]:
        """The word and its forms with proclitics peeled, longest first."""
        r, out, w = self.rules, [word], word
        if len(w) > self.min_stem and w[0] in r["conjunctions"]:
            w = w[1:]
            out.append(w)
        if len(w) > self.min_stem and w[0] in r["prepositions"]:
            out.append(w[1:])
            if w.startswith("لل") and len(w) > self.min_stem + 1:
                out.append(r["article"] + w[2:])
            w = out[-1]
        if len(w) > self.min_stem + 1 and w.startswith(r["article"]):
            out.append(w[len(r["article"]):])
        return list(dict.fromkeys(out))


def sections(page: Path, site_dir: Path) -> tuple[str, list[dict]]:
    """(language, [{url, title, text}]) for one built page; no sections when it has no search body."""
    raw = page.read_text(encoding="utf-8")
    m = _HTML_LANG.search(raw[:2000])
    lang = (m.group(1) if m else "und").split("-")[0]
    start = raw.find("<div data-search-body")
    if start < 0:
        return lang, []
    # parse only the searchable part: the navigation around it grows with the site
    end = raw.find("</article>", start)
    body = [lhtml.fragment_fromstring(raw[start:end if end > 0 else None] + ("</article></div>" if end > 0 else ""))]
    url = page.relative_to(site_dir).as_posix().removesuffix("index.html")
    h1 = body[0].xpath(".//h1")
    page_title = " ".join(h1[0].text_content().split()) if h1 else url
    found = [{"url": url, "title": page_title, "parts": []}]

    def start(anchor: str, label: str) -> None:
        title = page_title if not label or label == page_title else f"{page_title} › {label}"
        found.append({"url": f"{url}#{anchor}", "title": title, "parts": []})

    def walk(el) -> None:
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or el.get("data-search-ignore") is not None:
            return
        if el.tag == "h2" and el.get("id"):
            start(el.get("id"), " ".join(el.text_content().split()))
            return
        if el.get("data-search-section") is not None and el.get("id"):
            start(el.get("id"), el.get("data-search-section") or el.get("id"))
        block = el.tag in _BLOCK_TAGS
        if el.tag == "dt" and el.getprevious() is not None and el.getprevious().tag == "dd":
            found[-1]["parts"].append(" · ")  # "Kind: state · Arabic names: …", not "Kind state Arabic names"
        if block:
            found[-1]["parts"].append(" ")
        if el.text:
            found[-1]["parts"].append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                found[-1]["parts"].append(child.tail)
        if el.tag == "dt" and not el.text_content().rstrip().endswith((":", "؛", "?", "؟")):
            found[-1]["parts"].append(":")
        if block:
            found[-1]["parts"].append(" ")

    walk(body[0])
    out = []
    for s in found:
        text = " ".join("".join(s.pop("parts")).split())
        if text or s["url"] == url:
            out.append(s | {"text": text})
    return lang, out


def build_index(site_dir: Path, rules: dict) -> dict[str, int]:
    """Write search/<lang>/ for every language; returns the number of sections per language."""
    folder = Folder(rules)
    by_lang: dict[str, list[dict]] = {}
    for page in sorted(site_dir.rglob("*.html")):
        if page.name == "404.html" or page.relative_to(site_dir).parts[0] == "search":
            continue
        lang, found = sections(page, site_dir)
        by_lang.setdefault(lang, []).extend(found)
    out_dir = site_dir / "search"
    shutil.rmtree(out_dir, ignore_errors=True)
    counts = {}
    for lang, docs in sorted(by_lang.items()):
        write_language(out_dir / lang, docs, folder, rules)
        counts[lang] = len(docs)
    return counts


def write_language(out: Path, docs: list[dict], folder: Folder, rules: dict) -> None:
    shard, chunk = int(rules["shard"]), int(rules["chunk"])
    postings: dict[str, dict[int, int]] = {}
    pages = {url: k for k, url in enumerate(dict.fromkeys(d["url"].split("#")[0] for d in docs))}
    for doc_id, doc in enumerate(docs):
        for weight, text in ((5, doc["title"]), (1, doc["text"])):
            for word in folder.words(text):
                for form in folder.forms(word):
                    postings.setdefault(form, {}).setdefault(doc_id, 0)
                    postings[form][doc_id] += weight
    lists = {term: [[doc_id, weight, pages[docs[doc_id]["url"].split("#")[0]]] for doc_id, weight in sorted(d.items())]
             for term, d in postings.items()}
    buckets = bucket_count(sum(len(t) + 12 * len(p) for t, p in lists.items()))
    shards: dict[str, dict] = {}
    for term, posting in lists.items():
        shards.setdefault(str(bucket(term[:shard], buckets)), {})[term] = posting
    (out / "t").mkdir(parents=True)
    (out / "d").mkdir()
    for name, terms in shards.items():
        dump(out / "t" / f"{name}.json", terms)
    for start in range(0, len(docs), chunk):
        dump(out / "d" / f"{start // chunk}.json", [[d["url"], d["title"], d["text"]] for d in docs[start:start + chunk]])
    rules_out = {k: rules[k] for k in ("drop", "fold", "conjunctions", "prepositions", "article", "min_stem")}
    dump(out / "meta.json", {"rules": rules_out, "shard": shard, "chunk": chunk, "docs": len(docs),
                             "buckets": buckets, "shards": sorted(shards, key=int)})


def bucket_count(index_bytes: int) -> int:
    """Term files per language: about 16 KB of JSON each, between 8 and 512 files, so a query
    fetches a small piece and a build writes few files."""
    return max(8, min(512, index_bytes // 16384 + 1))


def bucket(prefix: str, buckets: int) -> int:
    """The term file of a term prefix: FNV-1a over its code points (search.js computes the same)."""
    h = 2166136261
    for c in prefix:
        h = ((h ^ ord(c)) * 16777619) & 0xFFFFFFFF
    return h % buckets


def dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")


@event_priority(-300)  # after every language is written
def on_post_build(config):
    if inside_language_build(config):
        return
    rules = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    counts = build_index(Path(config.site_dir), rules)
    log.info("Search index: " + ", ".join(f"{lang} {n} sections" for lang, n in counts.items()))
