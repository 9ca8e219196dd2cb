"""The archive at build time (logic in scripts/explainer/archive.py and feeds.py):

- on_config: the navigation and its English titles from the folders under sources/ (mkdocs.yml
  has no `nav:`), and the pages of unshipped explainers as drafts: shown by `mkdocs serve`,
  left out of `mkdocs build` unless DRAFTS=1;
- with EXPLAINER=<slug> under `mkdocs serve` (serve_scope.py): only that explainer and the top
  pages are built, and the watcher leaves out the generated pages (their sources are watched), so
  a saved en.po or note shows after one rebuild, within a second or two however large the archive
  (on_files, on_nav, on_serve);
- on_nav: marks the pages in the navigation (`page.listed_in_nav`, read by partials/nav.html);
- on_page_markdown: the newest explainers on each home page (at the marker <!-- archive:latest -->),
  and `english_draft` on both languages' pages of an explainer whose English side is a draft;
- on_post_page: a link to the language's Atom feed in every page's <head>;
- on_post_build: feed.xml at each language root.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pathspec
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from explainer import archive, feeds  # noqa: E402
from explainer.cli import USER_ERRORS  # noqa: E402
from i18n_state import inside_language_build  # noqa: E402
import serve_scope  # noqa: E402

MARKER = "<!-- archive:latest -->"


def on_startup(command, dirty):
    serve_scope.set_command(command)


def on_config(config):
    include_drafts = serve_scope.serving() or os.environ.get("DRAFTS") == "1"
    try:
        only = serve_scope.explainer()
        config["nav"], translations = archive.nav(ROOT, include_drafts)
        drafts = [] if os.environ.get("DRAFTS") == "1" else archive.draft_patterns(ROOT)
    except USER_ERRORS as err:
        raise PluginError(f"error: {err}") from None
    i18n = config.plugins.get("i18n")
    for language in (i18n.config.languages if i18n else []):
        if not language.default:
            language.nav_translations = {**translations, **(language.nav_translations or {})}
    if drafts:
        config["draft_docs"] = pathspec.GitIgnoreSpec.from_lines(drafts)
    if only:  # `EXPLAINER=<slug> make serve`: one explainer, fast rebuilds (its files: on_files)
        config["nav"] = [i for i in config["nav"] if not isinstance(i, dict) or any(
            str(p).startswith(f"{only}/") for p in next(iter(i.values())))]
    return config


_set_aside: list = []  # other explainers' files, out of the i18n plugin's way (EXPLAINER=<slug>)


@event_priority(-90)  # just before the i18n plugin's on_files (-100)
def on_files(files, config):
    """Under EXPLAINER: the files that build does not serve (the other explainers', the actor
    pages) are excluded and set aside while the i18n plugin sorts every file by language, its
    costliest step per file with hundreds of explainers; on_nav puts them back, so links to them
    stay known as excluded (MkDocs says so at info level) instead of missing (a warning)."""
    _set_aside.clear()
    only = serve_scope.explainer()
    if only:
        serves = archive.served_alone(ROOT, only)
        for f in files:
            if not serves(f.src_uri):
                f.inclusion = InclusionLevel.EXCLUDED
        _set_aside.extend(f for f in files if f.inclusion.is_excluded())
        for f in _set_aside:
            files.remove(f)
    return files


@event_priority(-150)  # after the i18n plugin's on_nav, on the pages it leaves
def on_nav(nav, config, files):
    for f in _set_aside:
        files.append(_at_language_address(f, config))
    _set_aside.clear()
    # overrides/partials/nav.html asks whether a page is in the navigation; `page in nav.pages`
    # compared it with every page of the archive, on every page (quadratic in explainers)
    for page in nav.pages:
        page.listed_in_nav = True
    return nav


def _at_language_address(file, config):
    """A page of this build's language (`claims.en.md` in the English build) at the address the
    i18n plugin gives it (`en/…/claims/`), so a link to it reads as in a full build."""
    language = str(config.theme["language"])
    i18n = config.plugins.get("i18n")
    suffix = f".{language}.md"
    if not i18n or not file.src_uri.endswith(suffix):
        return file
    plain = File(file.src_uri[: -len(suffix)] + ".md", config.docs_dir, config.site_dir, config.use_directory_urls)
    prefix = (i18n.get_language_config(language).link or "/").strip("/")
    return File(file.src_uri, config.docs_dir, config.site_dir, config.use_directory_urls,
                dest_uri=f"{prefix}/{plain.dest_uri}" if prefix else plain.dest_uri, inclusion=file.inclusion)


def on_serve(server, config, builder):
    """Under EXPLAINER: watch the hand-written part of docs/ only. The generator rewrites the
    served explainer's pages during the rebuild a saved en.po or note starts; watching them set
    off a second, needless rebuild that the browser waited for."""
    if serve_scope.explainer():
        server.unwatch(config.docs_dir)
        for path, recursive in archive.hand_written_paths(ROOT, Path(config.docs_dir)):
            server.watch(str(path), recursive=recursive)
    return server


def on_page_markdown(markdown, page, config, files):
    if archive.english_draft(ROOT, page.file.src_uri):  # no hreflang pair, out of the sitemap (main.html, sitemap.xml)
        page.meta["english_draft"] = True
    if MARKER in markdown and page.is_homepage or MARKER in markdown and page.file.src_uri.startswith("index."):
        lang = str(config.theme["language"])
        try:
            listing = archive.home_listing(archive.site_entries(ROOT), lang)
        except USER_ERRORS as err:
            raise PluginError(f"error: {err}") from None
        return markdown.replace(MARKER, listing)
    return markdown


def on_post_page(output, page, config):
    return feeds.head_link(output, config.site_url or "", str(config.theme["language"]))


def on_post_build(config):
    if inside_language_build(config):
        return
    i18n = config.plugins.get("i18n")
    names = {"ar": config.site_name, "en": config.site_name}
    for language in (i18n.config.languages if i18n else []):
        if language.site_name:
            names[language.locale] = language.site_name
    feeds.write_feeds(ROOT, Path(config.site_dir), config.site_url or "", names)
