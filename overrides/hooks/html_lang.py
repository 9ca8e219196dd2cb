"""Put `dir` on <html>, beside the `lang` Material already writes there.

Material sets `dir` on <body> only; screen readers, browser UI and CSS logical properties read
it from the root element. We copy the body's value (Material derives it from the theme
language) onto <html>, for pages and for theme templates such as 404.html.
"""

import re

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


def on_post_template(output_content, template_name, config):
    if template_name.endswith(".html"):
        return set_root_dir(output_content)
    return output_content
