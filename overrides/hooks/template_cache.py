"""Under `mkdocs serve`: compile the theme's templates once per serve process, not at every rebuild.

MkDocs makes a new Jinja environment for every build (and the i18n plugin one per language), so
each rebuild compiled Material's and our 60-odd templates again: about a fifth of a one-explainer
rebuild under `EXPLAINER=<slug> make serve`. Jinja's bytecode cache, kept in memory here, is
checked against each template's source (a changed template is compiled again). `mkdocs build`
compiles once anyway and is left as it was.
"""

from __future__ import annotations

import jinja2

import serve_scope


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates by Jinja's key (name and file); Jinja rejects an entry whose source changed."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_CACHE = MemoryBytecodeCache()


def on_env(env, config, files):
    if serve_scope.serving():
        env.bytecode_cache = _CACHE
    return env
