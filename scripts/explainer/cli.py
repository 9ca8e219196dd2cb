"""The CLI: the only place an exception becomes one stderr line and an exit code."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

from . import archive, history, po_context, safe
from .ingest import InputError, read_article
from .overrides import OverrideError
from .schema import META_SPEC, OVERRIDES_SPEC, DataError, load_checked
from .translate import CatalogueError, check_po
from .pipeline import explain
from .render import render_source
from .translate import Catalogue

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="explain.py", description="Arabic news article → bilingual explainer")
    sub = parser.add_subparsers(dest="command", required=True)
    p_extract = sub.add_parser("extract", help="print the model of ARTICLE as JSON")
    p_extract.add_argument("article")
    p_build = sub.add_parser("build", help="regenerate docs/ pages and data for every source")
    p_build.add_argument("--check", action="store_true", help="fail, naming files, if anything is stale")
    sub.add_parser("translations", help="print translation coverage per source")
    p_review = sub.add_parser("review", help="list what an editor should check in one explainer")
    p_review.add_argument("slug")
    p_review.add_argument("--why", action="store_true", help="also the rule that chose every speaker")
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return cmd_extract(args.article)
        if args.command == "build":
            return cmd_build(args.check)
        if args.command == "review":
            return cmd_review(args.slug, args.why)
        return cmd_translations()
    except USER_ERRORS as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {err.strerror or err}: {err.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


class ConfigError(Exception):
    """An editor-owned file is malformed."""


# Errors in what editors, translators and articles supply: one line, no traceback.
USER_ERRORS = (InputError, ConfigError, DataError, OverrideError, CatalogueError, safe.UnsafeValue)


def cmd_extract(path: str) -> int:
    text = read_article(path)
    doc = explain(text, slug=Path(path).parent.name if Path(path).name == "article.ar.txt" else Path(path).stem)
    sys.stdout.buffer.write(doc.to_json().encode("utf-8"))
    return 0


def sources() -> list[Path]:
    """Every source folder holding an article; its name must be a valid slug and nothing in it
    (nor its pages' folder under docs/) may be a symbolic link."""
    for top in ("sources", "docs"):  # generation and MkDocs read anything below these
        safe.check_path(ROOT / top, ROOT, "folder")
        for inner in (ROOT / top).rglob("*"):  # rglob does not descend into a linked folder
            if inner.is_symlink():
                safe.check_path(inner, ROOT, "file")
    found = []
    for article in sorted((ROOT / "sources").glob("*/article.ar.txt")):
        archive.check_slug(article.parent.name, f"sources/{article.parent.name}", ROOT)
        found.append(article.parent)
    return found


def load_yaml(path: Path, spec) -> dict:
    """An editor's YAML file of a source (meta.yml, overrides.yml), checked against `spec`."""
    if not path.exists():
        return {}
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError(f"{_rel(path)}: not valid UTF-8 (byte {err.start})") from None
    return load_checked(text, _rel(path), spec)


def generate(src: Path) -> tuple[dict[Path, str], Catalogue]:
    """Every file `build` writes for one source, keyed by absolute path."""
    slug = src.name
    meta = load_yaml(src / "meta.yml", META_SPEC)
    overrides = load_yaml(src / "overrides.yml", OVERRIDES_SPEC)
    try:
        doc = explain(read_article(src / "article.ar.txt"), slug=slug, overrides=overrides)
    except OverrideError as err:
        raise OverrideError(f"{_rel(src / 'overrides.yml')}: {err}") from None
    catalogue = Catalogue(src / "en.po", _rel(src / "en.po"))
    rendered = render_source(doc, meta, catalogue, ROOT)
    po_text = catalogue.updated(po_context.notes(doc, meta, catalogue.pages, rendered),
                                memory=lambda: po_context.Memory(ROOT, slug))
    if catalogue.newly_prefilled:  # render again with the pre-filled entries, as the next build would
        catalogue = Catalogue(src / "en.po", _rel(src / "en.po"), data=po_text.encode("utf-8"))
        rendered = render_source(doc, meta, catalogue, ROOT)
        po_text = catalogue.updated(po_context.notes(doc, meta, catalogue.pages, rendered))
    files = {ROOT / "docs" / rel: text for rel, text in rendered.items()}
    record = history.entries(meta, _rel(src / "meta.yml"))  # the explainer's own dates (history.py)
    for lang in ("ar", "en"):
        first = ROOT / "docs" / slug / ("index.md" if lang == "ar" else f"index.{lang}.md")
        files[first] = history.add_to_index(files[first], record, lang)
    files[src / "en.po"] = po_text
    files[record_path(src)] = generation_record(src, files, code_digest())
    return files, catalogue


def record_path(src: Path) -> Path:
    """The committed record of one explainer's generation (a dotfile: MkDocs does not publish it)."""
    return ROOT / "docs" / src.name / ".generated.json"


def code_digest() -> str:
    """What every explainer's generation depends on besides its own folder: data/*.yml and this
    package's code (archive.code_files: its modules and its attribution/ and mentions/ packages)."""
    return _digest(sorted((ROOT / "data").glob("*.yml")) + archive.code_files())


def generation_record(src: Path, files: dict[Path, str], code: str) -> str:
    """The hashes of the inputs and outputs of generating `src` once `files` are written, as
    JSON. The build hook skips an explainer whose record still matches the tree, so a fresh
    clone (whose generated files are committed with their record) does not regenerate what is
    current; `build --check` regenerates everything and compares, the record included."""
    after = {p: text.encode("utf-8") for p, text in files.items()}
    folder = set(_inputs_of(src)) | {p for p in files if src in p.parents}  # a new en.po too
    inputs = code + _digest(sorted(folder), after)
    outputs = {str(p.relative_to(ROOT)): _digest([p], after) for p in sorted(files) if p != record_path(src)}
    record = {"about": "Written by scripts/explain.py build: hashes of this explainer's inputs and generated "
                       "files, so a build skips it while they match. Do not edit.",
              "inputs": inputs, "outputs": outputs}
    return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def outputs_and_stale() -> tuple[dict[Path, str], list[Path]]:
    """Every generated file's expected text, and the files whose text on disk differs."""
    outputs: dict[Path, str] = {}
    for src in sources():
        files, _ = generate(src)
        outputs.update(files)
        if not (ROOT / "docs" / "data" / f"{src.name}.json").exists():  # the site-wide pages are made from it
            raise ConfigError(f"{_rel(src)}: not generated yet: run `python scripts/explain.py build`")
    stale = [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    site, site_stale, extra = archive.site_stale(ROOT)  # archive and actor pages (archive.py)
    outputs.update(site)
    return outputs, stale + site_stale + extra + orphans()


def orphans() -> list[Path]:
    """Generated files of explainers whose source folder is gone (`rm -rf sources/<slug>`): what
    the record docs/<slug>/.generated.json lists under docs/, the pages of docs/<slug>/ that carry
    the generated header, and the record. A file no build wrote is never among them."""
    live = {src.name for src in sources()}
    found: list[Path] = []
    for record in sorted((ROOT / "docs").glob("*/.generated.json")):
        if record.parent.name in live:
            continue
        try:
            listed = {ROOT / rel for rel in json.loads(record.read_text(encoding="utf-8"))["outputs"]
                      if rel.startswith("docs/")}
        except (OSError, ValueError, KeyError, TypeError):
            listed = set()
        headed = {p for p in record.parent.glob("*.md") if p.read_text(encoding="utf-8").startswith(archive.HEADER[:40])}
        found += sorted(p for p in listed | headed if p.is_file()) + [record]
    return found


def remove_orphans() -> list[Path]:
    """Delete the files `orphans` names (and a folder they leave empty); return them."""
    gone = orphans()
    for path in gone:
        safe.check_path(path, ROOT, "generated file")
        path.unlink()
    for folder in sorted({p.parent for p in gone}):
        if folder != ROOT / "docs" / "data" and not any(folder.iterdir()):
            folder.rmdir()
    return gone


def write_stale(use_cache: bool = False, only: str | None = None) -> list[Path]:
    """Regenerate: write the stale files (atomically) and return them. Used by the CLI and by
    the MkDocs hook overrides/hooks/generate.py, which passes use_cache=True: a source whose
    record (record_path) still matches its inputs (its folder, data/*.yml, this package's code)
    and its outputs is skipped, so builds cost nothing per unchanged explainer; when several
    must be regenerated, forked processes share them out first.

    `only` (`EXPLAINER=<slug> make serve`): that source alone is checked and regenerated (and any
    never generated, whose pages the listings need), and of the site-wide pages only the archive
    and the actors' index, which that build serves. With hundreds of explainers, hashing every
    source's inputs and rendering every actor page at each save was most of the editor's wait;
    the other explainers' pages are left as they are until the next full build (`build --check`
    names any left stale)."""
    code = code_digest()
    todo = [src for src in sources() if (only is None or src.name == only or not record_path(src).exists())
            and not (use_cache and _up_to_date(src, code))]
    workers = min(len(todo), os.cpu_count() or 1)
    if use_cache and workers > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        children = [ctx.Process(target=_regenerate_all, args=(todo[k::workers],)) for k in range(workers)]
        for child in children:
            child.start()
        for child in children:
            child.join()
        todo = [src for src in todo if not _up_to_date(src, code)]  # what a child could not do
    written: list[Path] = [] if only is not None else remove_orphans()  # a deleted explainer's pages
    for src in todo:
        written += _regenerate(src)
    return written + write_site(served_alone=only is not None)


def write_site(served_alone: bool = False) -> list[Path]:
    """Write the stale site-wide pages (archive, actors) and delete generated ones no longer made;
    `served_alone`: only those an `EXPLAINER=<slug> make serve` build serves (archive.site_files)."""
    return _write_site(*archive.site_stale(ROOT, served_alone))


def _write_site(files: dict[Path, str], stale: list[Path], extra: list[Path]) -> list[Path]:
    for path in stale:
        write_atomic(path, files[path])
    for path in extra:
        safe.check_path(path, ROOT, "generated file")
        path.unlink()
    return stale + extra


def _regenerate_all(srcs: list[Path]) -> None:
    for src in srcs:
        try:
            _regenerate(src)
        except Exception:  # the parent regenerates this source itself and reports the error
            pass


def _regenerate(src: Path) -> list[Path]:
    files, catalogue = generate(src)
    return write_changed(src, files, catalogue)


def write_changed(src: Path, files: dict[Path, str], catalogue: Catalogue) -> list[Path]:
    """Write the files of `src` whose text changed, the record last. The translator's en.po is
    replaced only if it still holds the bytes the build read: a save made meanwhile stops the
    build (the next one picks it up) instead of being overwritten."""
    written = []
    for path, text in sorted(files.items(), key=lambda item: item[0] == record_path(src)):
        if path.exists() and path.read_bytes() == text.encode("utf-8"):
            continue
        if path == catalogue.path:
            now = path.read_bytes() if path.exists() else None
            if now != catalogue.read_bytes:
                raise ConfigError(f"{_rel(path)}: changed while the build was reading it; "
                                  "your edit is kept, run the build again")
        write_atomic(path, text)
        written.append(path)
    return written


def _rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _up_to_date(src: Path, code: str) -> bool:
    """Whether the record of `src` matches its inputs and its outputs on disk."""
    try:
        saved = json.loads(record_path(src).read_text(encoding="utf-8"))
        return saved["inputs"] == code + _digest(_inputs_of(src)) and all(
            (ROOT / rel).exists() and _digest([ROOT / rel]) == h for rel, h in saved["outputs"].items())
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _inputs_of(src: Path) -> list[Path]:
    """The files of a source folder that generation reads: not dotfiles (editor backups,
    a killed build's temporary files)."""
    return sorted(p for p in src.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(src).parts))


def _digest(paths: list[Path], contents: dict[Path, bytes] | None = None) -> str:
    """SHA-256 over the paths (relative to the repository) and bytes of `paths`; `contents`
    gives the bytes of files about to be written."""
    contents = contents or {}
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p.relative_to(ROOT)).encode() + b"\0" + (contents[p] if p in contents else p.read_bytes()) + b"\0")
    return h.hexdigest()


def unwritten_definitions(outputs: dict[Path, str]) -> list[str]:
    """`slug: glossary entry ID (ar, en)` for each glossary entry of a shipped source (meta.yml
    `shipped` not false) without a definition in a language: readers never see a placeholder."""
    missing = []
    for src in sources():
        if load_yaml(src / "meta.yml", META_SPEC).get("shipped", True) is False:
            continue
        model = json.loads(outputs[ROOT / "docs" / "data" / f"{src.name}.json"])
        for entry in model["glossary"]:
            langs = [lang for lang in ("ar", "en") if not (entry.get("definition") or {}).get(lang, "").strip()]
            if langs:
                missing.append(f"{src.name}: glossary entry {entry['id']} ({', '.join(langs)})")
    return missing


def cmd_build(check: bool) -> int:
    if not check:
        return _build_and_report()
    outputs, stale = outputs_and_stale()
    missing = unwritten_definitions(outputs)
    if missing:
        print(f"error: shipped source with unwritten definitions (write them in data/glossary.yml): {'; '.join(missing)}",
              file=sys.stderr)
        return 1
    if stale:
        names = ", ".join(str(p.relative_to(ROOT)) for p in sorted(stale))
        print(f"error: stale generated files (run `python scripts/explain.py build`): {names}", file=sys.stderr)
        return 1
    print(f"build --check: {len(outputs)} generated files up to date")
    return 0


def _build_and_report() -> int:
    """`explain.py build`: every source's files first, then the site-wide pages, which are made
    from the sources' generated pages and data (a new folder has none before this)."""
    total, written = 0, []
    for src in sources():
        files, catalogue = generate(src)
        total += len(files)
        written += write_changed(src, files, catalogue)
    written += remove_orphans()  # a deleted explainer's pages, before the listings are made
    site, stale, extra = archive.site_stale(ROOT)
    written += _write_site(site, stale, extra)
    print(f"build: {len(written)} of {total + len(site)} files written")
    return 0


def cmd_review(slug: str, why: bool = False) -> int:
    """Print the items of one explainer an editor should check (scripts/explainer/review.py)."""
    from .review import format_review, review_items

    src = ROOT / "sources" / safe.check_slug(slug, "review")
    if not (src / "article.ar.txt").is_file():
        raise ConfigError(f"sources/{slug}: no such explainer (no article.ar.txt)")
    meta_overrides = load_yaml(src / "overrides.yml", OVERRIDES_SPEC)
    try:
        doc = explain(read_article(src / "article.ar.txt"), slug=slug, overrides=meta_overrides)
    except OverrideError as err:
        raise OverrideError(f"{_rel(src / 'overrides.yml')}: {err}") from None
    sys.stdout.write(format_review(slug, review_items(doc), doc if why else None))
    return 0


def cmd_translations() -> int:
    """Coverage per source; exit 1 when a shipped source (meta.yml `shipped` not false) is below
    100 %, naming the untranslated ids so a translator knows where to start."""
    failed = []
    for src in sources():
        _, catalogue = generate(src)
        done, fuzzy, total = catalogue.coverage()
        pct = 100.0 * done / total if total else 100.0
        shipped = load_yaml(src / "meta.yml", META_SPEC).get("shipped", True) is not False
        prefilled = catalogue.prefilled()
        print(f"{src.name}: {done}/{total} translated ({pct:.1f} %), {fuzzy} under review, "
              f"{total - done - fuzzy} missing" + ("" if shipped else " (not shipped)")
              + (f", {prefilled} pre-filled from other explainers" if prefilled else ""))
        if (src / "en.po").is_file():  # advice for the translator, with the line in the file they edit
            from .po_checks import findings  # translate-toolkit: a tool of this command, not of the build

            rel = _rel(src / "en.po")
            problems = findings(check_po((src / "en.po").read_bytes(), rel), rel)
            if problems:
                print(f"{src.name}: {len(problems)} quality findings (translate-toolkit pofilter checks):")
                print("\n".join(problems))
        if shipped and done < total:
            failed.append(f"{src.name} ({', '.join(catalogue.pending()[:8])}{', …' if len(catalogue.pending()) > 8 else ''})")
    if failed:
        print(f"error: shipped sources below 100 % translated: {'; '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a file; only inside
    the project and never through a symbolic link; the file keeps the mode of the one it
    replaces (0644 when new). A temporary file left by a killed build is a dotfile, which
    neither MkDocs nor the generation record reads."""
    safe.check_path(path, ROOT, "generated file")
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
