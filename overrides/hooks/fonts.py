"""Subset our own typefaces to the characters the built site uses, as WOFF2, at build time.

Runs once after every language is built (the i18n plugin builds English inside the Arabic
build's post_build, so this hook waits for the outermost call). Reads the OFL fonts in
`fonts/`, writes `assets/fonts/*.woff2`, an `assets/fonts/fonts.css` whose `unicode-range`
is exactly each subset's coverage (so a browser only fetches a face a page needs), and the
licence. fontTools keeps the source's `head.modified` (recalc_timestamp is off), so the
output is byte-identical for the same pages.

Size: TrueType hinting is dropped (browsers on phones, macOS and Linux do not use it; it was a
third of each file) and only the OpenType features text shaping needs are kept (fontTools'
default list, which covers Arabic joining, ligatures and mark positioning), not stylistic sets:
the four faces went from 68 KB to 37 KB for this site.

Which characters: those of every text the pages are made from (the docs, mkdocs.yml, the theme
templates and the interface strings of the built languages), known before any page is rendered,
plus any character the built pages hold beyond them (a hook or a template this did not read).
For this site the first set already holds the second; the Arabic face carries one glyph more
than the pages strictly need (about 50 bytes), for markup characters of the Markdown sources.

Speed: subsetting starts at pre_build, in forked processes on the cores MkDocs does not use, and
runs while the pages are rendered; post_build only waits for it. A subset is cached under
.cache/fonts/, keyed by the source font, the characters and the options, so a rebuild that adds
no new character (most `mkdocs serve` edits) copies it.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import multiprocessing
import os
import re
import shutil
from functools import lru_cache
from pathlib import Path

from i18n_state import inside_language_build
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.fonts")

# (css family, weight, source file, characters it is meant for)
FACES = [
    ("Explainer Naskh", 400, "NotoNaskhArabic-Regular.ttf", "arabic"),
    ("Explainer Naskh", 700, "NotoNaskhArabic-Bold.ttf", "arabic"),
    ("Explainer Sans", 400, "NotoSans-Regular.ttf", "latin"),
    ("Explainer Sans", 700, "NotoSans-Bold.ttf", "latin"),
]
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S)
_ATTR_TEXT = re.compile(r'(?:aria-label|title|alt|placeholder|content|data-ui-[a-z-]+)="([^"]*)"')


def is_arabic(cp: int) -> bool:
    return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def site_characters(site_dir: Path) -> set[int]:
    """Every character of visible text and of readable attributes in the built HTML."""
    seen: set[str] = set()
    for page in sorted(site_dir.rglob("*.html")):
        raw = page.read_text(encoding="utf-8")
        seen.update(html.unescape(_TAGS.sub(" ", raw)))
        seen.update(html.unescape(" ".join(_ATTR_TEXT.findall(raw))))
    return _code_points(seen)


def _code_points(seen: set[str]) -> set[int]:
    return {ord(c) for c in seen if not c.isspace() or c == " "}


_TEMPLATE_SKIP = {".icons"}  # Material's thousands of SVG icons: no text


def input_characters(config) -> set[int]:
    """Every character of the texts the pages are made from, before any page is rendered: the
    docs (Markdown, HTML), mkdocs.yml (site names, navigation, interface labels of both
    languages) and the theme templates, with the language partials of the built languages only
    (Material's other 60 languages would add letters no page shows)."""
    texts = [Path(config.config_file_path)]
    texts += sorted(p for p in Path(config.docs_dir).rglob("*") if p.suffix in (".md", ".html") and p.is_file())
    locales = _built_locales(config)
    for theme_dir in config.theme.dirs:
        for folder, dirs, files in os.walk(theme_dir):
            dirs[:] = sorted(d for d in dirs if d not in _TEMPLATE_SKIP)
            in_languages = Path(folder).name == "languages"
            texts += [Path(folder, f) for f in sorted(files)
                      if f.endswith(".html") and (not in_languages or f[:-5] in locales)]
    seen: set[str] = set()
    for path in texts:
        seen.update(_characters_of(path))
    return _code_points(seen)


_READ: dict = {}  # path → (mtime_ns, size, characters): a `mkdocs serve` rebuild rereads only what changed


def _characters_of(path: Path) -> frozenset[str]:
    """The characters of one text file, reused while it keeps its modification time and size
    (an archive of hundreds of explainers has thousands of pages to read at every rebuild)."""
    st = path.stat()
    cached = _READ.get(path)
    if cached and cached[:2] == (st.st_mtime_ns, st.st_size):
        return cached[2]
    chars = frozenset(path.read_text(encoding="utf-8"))
    _READ[path] = (st.st_mtime_ns, st.st_size, chars)
    return chars


def _built_locales(config) -> set[str]:
    i18n = config.plugins.get("i18n")
    locales = {config.theme.get("language") or "en"}
    if i18n:
        locales |= {lang.locale for lang in i18n.config.languages if lang.build}
    return locales


def wanted(chars: set[int], script: str) -> set[int]:
    """The characters one face should carry: its script, plus shared digits and punctuation."""
    shared = {cp for cp in chars if cp < 0x0600 and not chr(cp).isalpha()} | {0x200C, 0x200D, 0x200E, 0x200F, 0x25CC}
    shared |= {cp for cp in chars if 0x2000 <= cp <= 0x206F}
    if script == "arabic":
        return {cp for cp in chars if is_arabic(cp)} | shared
    return {cp for cp in chars if cp < 0x0600 or 0x1E00 <= cp <= 0x1EFF} | shared | set(range(0x20, 0x7F))


def ranges(cps: set[int]) -> str:
    """CSS unicode-range for a set of code points, merged into runs."""
    out, run = [], []
    for cp in sorted(cps):
        if run and cp == run[-1] + 1:
            run.append(cp)
            continue
        if run:
            out.append(_range(run))
        run = [cp]
    if run:
        out.append(_range(run))
    return ", ".join(out)


def _range(run: list[int]) -> str:
    return f"U+{run[0]:X}" if len(run) == 1 else f"U+{run[0]:X}-{run[-1]:X}"


CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache" / "fonts"
CACHE_VERSION = "2"  # bump when subset_options() changes


def subset_options():
    from fontTools import subset  # imported only when a subset is not cached (80 ms)

    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.layout_features = options.layout_features + ["rclt"]  # shaping features, not stylistic sets
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright and names (OFL)
    options.recalc_timestamp = False
    return options


@lru_cache(maxsize=None)
def _font_digest(source: Path) -> bytes:
    return hashlib.sha256(source.read_bytes()).digest()


def _cache_paths(source: Path, unicodes: set[int]) -> tuple[Path, Path]:
    key = hashlib.sha256(CACHE_VERSION.encode() + _font_digest(source) + ",".join(map(str, sorted(unicodes))).encode()).hexdigest()[:32]
    return CACHE_DIR / f"{key}.woff2", CACHE_DIR / f"{key}.json"


def _is_cached(source: Path, unicodes: set[int]) -> bool:
    return all(p.exists() for p in _cache_paths(source, unicodes))


def _make_subset(source: Path, unicodes: set[int], out: Path) -> set[int]:
    """Write a WOFF2 subset of `source` to `out`; return the code points it really covers."""
    from fontTools import subset

    options = subset_options()
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(out), options)
    return set(font.getBestCmap())


def fill_cache(source: Path, unicodes: set[int]) -> bool:
    """Make the subset into the cache unless it is there; False if the cache cannot be written
    (a read-only checkout). Files appear atomically: another build may read them at any time."""
    if _is_cached(source, unicodes):
        return True
    cached, cached_cmap = _cache_paths(source, unicodes)
    tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        covered = _make_subset(source, unicodes, tmp)
        cmap_tmp = tmp.with_suffix(".json")
        cmap_tmp.write_text(json.dumps(sorted(covered)))
        os.replace(cmap_tmp, cached_cmap)
        os.replace(tmp, cached)
        return True
    except OSError:
        for leftover in (tmp, tmp.with_suffix(".json")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:  # the folder itself is not there or not writable
                pass
        return False


def subset_face(source: Path, target: Path, unicodes: set[int]) -> set[int]:
    """Write a WOFF2 subset of `source` to `target` and return the code points it really covers."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if not fill_cache(source, unicodes):
        return _make_subset(source, unicodes, target)
    cached, cached_cmap = _cache_paths(source, unicodes)
    shutil.copyfile(cached, target)
    return set(json.loads(cached_cmap.read_text()))


def _fill_all(jobs: list[tuple[Path, Path, set[int]]]) -> None:
    """A background worker: fill the cache for `jobs`. It writes nothing in the site folder,
    which MkDocs empties after pre_build; the parent copies from the cache at post_build."""
    for source, _target, unicodes in jobs:
        fill_cache(source, unicodes)


def start_subsetting(jobs: list[tuple[Path, Path, set[int]]], cores: int) -> list:
    """Fork up to `cores` workers for the jobs not in the cache. Returns them unjoined."""
    missing = [job for job in jobs if not _is_cached(job[0], job[2])]
    if not missing:
        return []
    from fontTools import subset  # noqa: F401  imported once, before forking, not in each child

    workers = min(len(missing), max(1, cores))
    ctx = multiprocessing.get_context("fork")
    children = [ctx.Process(target=_fill_all, args=(missing[k::workers],), daemon=True) for k in range(workers)]
    for child in children:
        child.start()
    return children


def face_jobs(chars: set[int], site_dir: Path, font_dir: Path) -> list[tuple[Path, Path, set[int]]]:
    """(source font, target WOFF2, code points) for every face."""
    out_dir = site_dir / "assets" / "fonts"
    return [(font_dir / filename, out_dir / f"{family.split()[-1].lower()}-{weight}.woff2", wanted(chars, script))
            for family, weight, filename, script in FACES]


def build_fonts(site_dir: Path, font_dir: Path, known: set[int] | None = None, background: list | None = None) -> list[Path]:
    """Subset every face for the characters `known` before the build (see input_characters)
    and those of the built pages in `site_dir`; write the CSS; return the files written.
    `background`: the workers start_subsetting() forked for `known` at pre_build; waited for
    here. A subset they did not produce (new characters, a failed worker) is made now, the
    faces in parallel on a cold cache."""
    chars = site_characters(site_dir) | (known or set())
    for child in background or []:
        child.join()
    jobs = face_jobs(chars, site_dir, font_dir)
    for child in start_subsetting(jobs, os.cpu_count() or 1):  # the build is done: every core
        child.join()
    coverage = [subset_face(*job) for job in jobs]
    css, written = [], []
    for (family, weight, _, _), (_, target, _), covered in zip(FACES, jobs, coverage):
        written.append(target)
        css.append(
            "@font-face {\n"
            f'  font-family: "{family}";\n  font-style: normal;\n  font-weight: {weight};\n'
            f'  font-display: swap;\n  src: url("{target.name}") format("woff2");\n'
            f"  unicode-range: {ranges(covered)};\n}}\n"
        )
    out_dir = site_dir / "assets" / "fonts"
    (out_dir / "fonts.css").write_text(
        "/* Generated by overrides/hooks/fonts.py at build time; do not edit. */\n" + "".join(css), encoding="utf-8"
    )
    shutil.copyfile(font_dir / "OFL.txt", out_dir / "OFL.txt")
    return written + [out_dir / "fonts.css"]


_started: dict = {}  # what on_pre_build began, for on_post_build of the same build


def _font_dir(config) -> Path:
    return Path(config.config_file_path).parent / "fonts"


@event_priority(-200)  # after the generate hook has written the explainer pages
def on_pre_build(config):
    if inside_language_build(config):
        return
    known = input_characters(config)
    _started.clear()
    # on the cores MkDocs does not use while it renders (one worker on a two-core machine)
    workers = start_subsetting(face_jobs(known, Path(config.site_dir), _font_dir(config)), (os.cpu_count() or 1) - 1)
    _started.update(known=known, workers=workers)


@event_priority(-200)  # after the i18n plugin has built every language
def on_post_build(config):
    if inside_language_build(config):
        return
    known = _started.pop("known", None)
    if known is None:
        known = input_characters(config)
    files = build_fonts(Path(config.site_dir), _font_dir(config), known, _started.pop("workers", []))
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.1f} KB" for p in files if p.suffix == ".woff2")
    log.info(f"Fonts subset: {sizes}")
