"""Build the site's search index from the rendered HTML (called by overrides/hooks/search_index.py).

One index per language (from each page's <html lang>), so a reader searching the Arabic site only
gets Arabic results. Each page is split into sections (its h2 headings and the elements marked
`data-search-section`, such as one claim or one paragraph of the article), so a result links to
the exact place. Text inside `data-search-ignore` elements and SVG is left out.

Files, per language under search/<lang>/:
- meta.json: the rules (folding, stemming, stopwords, transliteration, typo, ranking), the number
  of sections of each page in order, and which term files exist;
- t/<n>.json: {"t": {term: [section, weight, section, weight, …]}, "a": {alias: term}}, a term's
  sections given as differences from the previous one; a term is stored in the file of its first
  two letters (FNV-1a, search.js computes the same), so one query word costs one small file;
- d/<n>.json: [url, title, text] of `texts_per_file` consecutive sections, fetched for the results
  shown;
- variants.json: {variant's stem: usual spelling's stem} of data/search/variants.yml, read only on
  arrival from a result, to mark a page word found through its variant.
A term is a word's base (folded, proclitics peeled) and its key (the stem, or the stem of its usual
spelling, data/search/variants.yml). Aliases: a variant's stem → the usual spelling's stem, and
"~" + the transliteration skeleton of an English word → its key.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from lxml import html as lhtml

from ..schema import load_checked
from .text import Folder

ROOT = Path(__file__).resolve().parents[3]
_HTML_LANG = re.compile(r'<html[^>]*\blang="([^"]+)"')
_SKIP_TAGS = {"script", "style", "svg", "template", "noscript"}
# Elements whose boundaries separate words; inline ones (a, q, span…) join their text as printed.
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "blockquote", "figure",
               "figcaption", "table", "tr", "td", "th", "br", "details", "summary", "section", "article"}
RULES_SPEC = {"arabic_suffixes": [str], "arabic_min_stem": int, "stopwords": {"*": [str]},
              "transliteration": [[str]], "name_prefixes": [str], "typo": {"min_length": int, "two_edits_from": int},
              "min_share": "any", "results": int, "per_page": int, "settle_ms": int, "texts_per_file": int}
VARIANTS_SPEC = {"groups": [[str]]}
TITLE = 100  # a title word outweighs any count of body words; search.js reads weight >= 100 as "in the title"
NAME_FILES = ("actors.yml", "people.yml", "glossary.yml")
SHIPPED = ("drop", "fold", "conjunctions", "prepositions", "article", "min_stem", "arabic_suffixes",
           "arabic_min_stem", "stopwords", "transliteration", "typo", "min_share", "results", "per_page", "settle_ms")


def load_rules(root: Path = ROOT) -> tuple[dict, list[list[str]], list[str]]:
    """(rules, variant groups, English names) from the editor-owned files under `root`/data."""
    data = root / "data"
    rules = load_checked((data / "search.yml").read_text(encoding="utf-8"), "data/search.yml", None)
    rules |= load_checked((data / "search" / "rules.yml").read_text(encoding="utf-8"), "data/search/rules.yml", RULES_SPEC)
    groups = load_checked((data / "search" / "variants.yml").read_text(encoding="utf-8"), "data/search/variants.yml",
                          VARIANTS_SPEC)["groups"]
    names: list[str] = []
    for name in NAME_FILES:
        path = data / name
        if path.exists():
            _english_names(load_checked(path.read_text(encoding="utf-8"), f"data/{name}", None), names)
    return rules, groups, names


def _english_names(node, out: list[str]) -> None:
    """Every English name of a data file: lists under `en`, strings under `adj_en`."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "en" and isinstance(v, list):
                out.extend(x for x in v if isinstance(x, str))
            elif k == "adj_en" and isinstance(v, str):
                out.append(v)
            else:
                _english_names(v, out)
    elif isinstance(node, list):
        for v in node:
            _english_names(v, out)


def sections(page: Path, site_dir: Path) -> tuple[str, list[dict]]:
    """(language, [{url, title, text}]) for one built page; no sections when it has no search body."""
    raw = page.read_text(encoding="utf-8")
    m = _HTML_LANG.search(raw[:2000])
    lang = (m.group(1) if m else "und").split("-")[0]
    begin = raw.find("<div data-search-body")
    if begin < 0:
        return lang, []
    # parse only the searchable part: the navigation around it grows with the site
    end = raw.find("</article>", begin)
    body = lhtml.fragment_fromstring(raw[begin:end if end > 0 else None] + ("</article></div>" if end > 0 else ""))
    url = page.relative_to(site_dir).as_posix().removesuffix("index.html")
    h1 = body.xpath(".//h1")
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

    walk(body)
    out = []
    for s in found:
        text = " ".join("".join(s.pop("parts")).split())
        if text or s["url"] == url:
            out.append(s | {"text": text})
    return lang, out


def make_folder(rules: dict, groups: list[list[str]]) -> Folder:
    folder = Folder(rules)
    folder.add_variants(groups)
    return folder


def build_index(site_dir: Path, root: Path = ROOT) -> dict[str, int]:
    """Write search/<lang>/ for every language; returns the number of sections per language."""
    rules, groups, names = load_rules(root)
    folder = make_folder(rules, groups)
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
        write_language(out_dir / lang, docs, folder, rules, names)
        counts[lang] = len(docs)
    return counts


def postings(docs: list[dict], folder: Folder) -> dict[str, dict[int, int]]:
    """term → {section: weight}: TITLE for each time the term is in the section's title, 1 in its text."""
    found: dict[str, dict[int, int]] = {}
    for doc_id, doc in enumerate(docs):
        for weight, text in ((TITLE, doc["title"]), (1, doc["text"])):
            for word in folder.words(text):
                base = folder.base(word)
                for term in {base, folder.key(base)}:
                    found.setdefault(term, {}).setdefault(doc_id, 0)
                    found[term][doc_id] += weight
    return found


def aliases(terms, folder: Folder, rules: dict, names: list[str]) -> dict[str, str]:
    """Spelling variants, transliteration skeletons of the index's English words, and English
    names written with their prefix joined ("al-Jaafari" → aljaafari)."""
    out = {k: v for k, v in folder.aliases.items()}
    for term in sorted(terms):
        skel = folder.skeleton(term)
        if skel and skel != term:
            out.setdefault("~" + skel, folder.key(term))
    prefixes = set(rules.get("name_prefixes", []))
    for name in names:
        words = folder.words(name)
        for first, second in zip(words, words[1:]):
            if first in prefixes and len(second) > 2:
                out.setdefault(folder.stem(first + second), folder.key(second))
    return out


def write_language(out: Path, docs: list[dict], folder: Folder, rules: dict, names: list[str]) -> None:
    shard, chunk = int(rules["shard"]), int(rules.get("texts_per_file", rules["chunk"]))
    found = postings(docs, folder)
    alias = aliases(found, folder, rules, names)
    lists = {}
    for term, by_doc in found.items():
        flat, prev = [], 0
        for doc_id, weight in sorted(by_doc.items()):
            flat += [doc_id - prev, weight]
            prev = doc_id
        lists[term] = flat
    buckets = bucket_count(sum(len(t) + 4 * len(p) for t, p in lists.items()))
    shards: dict[str, dict] = {}
    for kind, entries in (("t", lists), ("a", alias)):
        for term, value in entries.items():
            shards.setdefault(str(bucket(term.lstrip("~")[:shard], buckets)), {"t": {}, "a": {}})[kind][term] = value
    (out / "t").mkdir(parents=True)
    (out / "d").mkdir()
    for name, terms in shards.items():
        dump(out / "t" / f"{name}.json", terms)
    for start in range(0, len(docs), chunk):
        dump(out / "d" / f"{start // chunk}.json", [[d["url"], d["title"], d["text"]] for d in docs[start:start + chunk]])
    per_page: list[int] = []
    last = None
    for d in docs:
        page = d["url"].split("#")[0]
        if page != last:
            per_page.append(0)
            last = page
        per_page[-1] += 1
    # a page word's spelling variant → the usual spelling's key, for marking words on arrival (?h=)
    dump(out / "variants.json", {k: v for k, v in sorted(folder.aliases.items()) if v in found})
    dump(out / "meta.json", {"rules": {k: rules[k] for k in SHIPPED if k in rules}, "shard": shard, "chunk": chunk,
                             "docs": len(docs), "pages": per_page, "title": TITLE, "buckets": buckets, "shards": sorted(shards, key=int)})


def bucket_count(index_bytes: int) -> int:
    """Term files per language: about 16 KB of JSON each, between 8 and 4096 files, so a query
    fetches a small piece and a build writes few files."""
    return max(8, min(4096, index_bytes // 16384 + 1))


def bucket(prefix: str, buckets: int) -> int:
    """The term file of a term prefix: FNV-1a over its code points (search.js computes the same)."""
    h = 2166136261
    for c in prefix:
        h = ((h ^ ord(c)) * 16777619) & 0xFFFFFFFF
    return h % buckets


def dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
