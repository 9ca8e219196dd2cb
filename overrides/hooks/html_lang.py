"""Put `dir` on <html>, beside the `lang` Material already writes there.

Material sets `dir` on <body> only; screen readers, browser UI and CSS logical properties read
it from the root element. We copy the body's value (Material derives it from the theme
language) onto <html>, for pages and for theme templates such as 404.html.
"""

import copy
import re
from pathlib import Path
from urllib.parse import urlsplit

from i18n_state import inside_language_build
from mkdocs.plugins import event_priority

_HTML = re.compile(r'<html lang="([^"]+)"( dir="[^"]*")?')
_BODY_DIR = re.compile(r'<body dir="(ltr|rtl)"')


def set_root_dir(html: str) -> str:
    """Return `html` with <html lang=… dir=…> matching the <body dir>."""
    body = _BODY_DIR.search(html)
    if not body:
        return html
    return _HTML.sub(lambda m: f'<html lang="{m.group(1)}" dir="{body.group(1)}"', html, count=1)


def on_post_page(output, page, config):
    return set_root_dir(output)


# A 404 page per language. MkDocs renders 404.html once per build into the site root, so the
# English build would overwrite the Arabic one; we keep each language's copy and write them
# at the end: /404.html (Arabic, the default) and /<lang>/404.html.
_not_found: dict[str, str] = {}


def on_pre_template(template, template_name, config):
    """The 404 page's language menu links to each language's home, not to the last page built
    (the i18n plugin rewrites `extra.alternate` per page and leaves the last page's links)."""
    i18n = config.plugins.get("i18n")
    if template_name == "404.html" and i18n and config.extra.get("alternate"):
        base = urlsplit(config.site_url or "").path.rstrip("/")
        alternates = copy.deepcopy(config.extra["alternate"])
        for alt in alternates:
            language = i18n.get_language_config(alt["lang"])
            alt["link"] = language.fixed_link or f"{base}{language.link}"
        # i18n assigns `config.extra.alternate` as an attribute, which templates read first
        config.extra.alternate = config.extra["alternate"] = alternates
    return template


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    output_content = set_root_dir(output_content)
    if template_name == "404.html":
        _not_found[str(config.theme["language"])] = output_content
    return output_content


@event_priority(-150)  # after the i18n plugin has built every language
def on_post_build(config):
    if inside_language_build(config):
        return
    i18n = config.plugins.get("i18n")
    default = getattr(i18n, "default_language", None) if i18n else None
    for language, text in _not_found.items():
        target = Path(config.site_dir) / ("404.html" if language == default or not i18n else f"{language}/404.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    _not_found.clear()
