"""JSON-LD and Open Graph for every page, in the page's own language.

Generated explainer pages carry a `schema` front-matter key written by the generator (what the
page is about and the NewsArticle it is based on, see scripts/explainer/structured.py). This hook
adds what only the build knows (URL, language, site) and gives hand-written pages a plain
WebPage. overrides/main.html prints `page.meta.jsonld` and the `og_*` values.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from explainer import archive, safe  # noqa: E402

# Open Graph locales (language_TERRITORY where a territory is meant): the English text is British
# English; the Arabic is Modern Standard Arabic of no one country, so plain "ar" (Facebook's
# "ar_AR" would say Arabic as used in Argentina).
OG_LOCALES = {"ar": "ar", "en": "en_GB", "fr": "fr_FR", "es": "es_ES", "de": "de_DE", "fa": "fa_IR", "tr": "tr_TR"}


def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, language)


def page_jsonld(page, config) -> str:
    """The page's JSON-LD as a string safe inside <script>."""
    language = str(config.theme["language"])
    home = _home(config, language)
    description = (page.meta.get("description") or config.site_description or "").strip()
    node: dict = json.loads(page.meta["schema"]) if page.meta.get("schema") else {"@type": "WebPage"}
    node.update({"name": safe.plain_title(page.title) or config.site_name, "inLanguage": language,
                 "url": page.canonical_url or home, "isPartOf": {"@id": home + "#website"}})
    if description:
        node["description"] = description
    node.update(archive.page_dates(ROOT, page.file.src_uri))  # the explainer's own history, if any
    website = {"@type": "WebSite", "@id": home + "#website", "name": config.site_name, "url": home,
               "inLanguage": language}
    data = {"@context": "https://schema.org", "@graph": [website, node]}
    return safe.script_json(data)  # nothing in it can close or comment out the <script>


def _home(config, language: str) -> str:
    """Absolute URL of this language's home page."""
    site_url = (config.site_url or "").rstrip("/")
    i18n = config.plugins.get("i18n")
    link = i18n.get_language_config(language).link if i18n else "/"
    return site_url + (link or "/")


def on_page_context(context, page, config, nav):
    language = str(config.theme["language"])
    page.meta["jsonld"] = page_jsonld(page, config)
    page.meta["og_locale"] = og_locale(language)
    alternates = getattr(page.file, "alternates", None) or {}
    page.meta["og_locale_alternate"] = sorted(og_locale(lang) for lang in alternates if lang != language)
    page.meta.setdefault("og_type", "website")
    return context
