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

Speed: a subset is cached under .cache/fonts/, keyed by the source font, the characters and the
options, so a rebuild that adds no new character (most `mkdocs serve` edits) copies it.
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
    return {ord(c) for c in seen if not c.isspace() or c == " "}


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


def _cached(source: Path, target: Path, unicodes: set[int]) -> bool:
    return all(p.exists() for p in _cache_paths(source, unicodes))


def subset_face(source: Path, target: Path, unicodes: set[int]) -> set[int]:
    """Write a WOFF2 subset of `source` and return the code points it really covers."""
    cached, cached_cmap = _cache_paths(source, unicodes)
    target.parent.mkdir(parents=True, exist_ok=True)
    if cached.exists() and cached_cmap.exists():
        shutil.copyfile(cached, target)
        return set(json.loads(cached_cmap.read_text()))
    from fontTools import subset

    options = subset_options()
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    covered = set(font.getBestCmap())
    subset.save_font(font, str(target), options)
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, cached)
        cached_cmap.write_text(json.dumps(sorted(covered)))
    except OSError:  # a read-only checkout still builds, just without the cache
        pass
    return covered


def build_fonts(site_dir: Path, font_dir: Path) -> list[Path]:
    """Subset every face for `site_dir` and write the CSS; return the files written. The faces
    are independent, so a cold build subsets them in parallel (one process per core)."""
    chars = site_characters(site_dir)
    out_dir = site_dir / "assets" / "fonts"
    jobs = []
    for family, weight, filename, script in FACES:
        slug = f"{family.split()[-1].lower()}-{weight}"
        jobs.append((font_dir / filename, out_dir / f"{slug}.woff2", wanted(chars, script)))
    missing = [job for job in jobs if not _cached(*job)]
    if missing:
        from fontTools import subset  # noqa: F401  imported once, before forking, not in each child
    if len(missing) > 1 and (os.cpu_count() or 1) > 1:
        # forked children fill the cache in parallel; the loop below then only copies
        ctx = multiprocessing.get_context("fork")
        children = [ctx.Process(target=subset_face, args=job) for job in missing]
        for child in children:
            child.start()
        for child in children:
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
    (out_dir / "fonts.css").write_text(
        "/* Generated by overrides/hooks/fonts.py at build time; do not edit. */\n" + "".join(css), encoding="utf-8"
    )
    shutil.copyfile(font_dir / "OFL.txt", out_dir / "OFL.txt")
    return written + [out_dir / "fonts.css"]


@event_priority(-200)  # after the i18n plugin has built every language
def on_post_build(config):
    if inside_language_build(config):
        return
    files = build_fonts(Path(config.site_dir), Path(config.config_file_path).parent / "fonts")
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.1f} KB" for p in files if p.suffix == ".woff2")
    log.info(f"Fonts subset: {sizes}")

