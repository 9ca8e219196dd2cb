"""Shared by the hooks (not a hook itself): where a post_build call sits in the i18n build.

mkdocs-static-i18n builds every extra language from inside the default language's post_build,
so `on_post_build` runs once per language. Site-wide work (404 pages, fonts, search index)
must wait for the outermost call, when every language has been written.
"""


def inside_language_build(config) -> bool:
    """True while the i18n plugin is still building another language."""
    i18n = config.plugins.get("i18n")
    return bool(i18n and getattr(i18n, "building", False))
