"""Make Material's markup valid HTML, so the Nu HTML checker reports no error.

Two things in Material 9.x templates that the checker rejects, fixed on the rendered page rather
than by copying whole templates (base.html, partials/nav-item.html) into overrides/:
- `autocomplete="off"` on its checkbox toggles (`#__drawer`, `#__search`): the attribute is not
  allowed on checkboxes (it is there for Firefox's form restore; the checkbox state is harmless).
- `tabindex=""` on navigation section labels: an empty tabindex is not an integer. Material writes
  it when the label is a section title, which is not meant to be focusable anyway.
"""

from __future__ import annotations

import re

# Literal prefixes, so the scan stays linear on pages with a large navigation.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(type="checkbox" id="__[a-z]+") autocomplete="off"')


def conform(html: str) -> str:
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html).replace(' tabindex=""', "")


def on_post_page(output, page, config):
    return conform(output)


def on_post_template(output_content, template_name, config):
    return conform(output_content) if template_name.endswith(".html") else output_content
