"""The shape of every editor-owned YAML file, checked with line numbers before anything reads it.

A spec is plain data: `str`, `int`, `bool`, `ID` (a string matching safe.ID_PATTERN), `ACTOR_ID`
(an ID that is not a name the site uses, safe.reserved_names: it names docs/actors/<id>.md), `REGEX`
(a string that compiles), `ANY`, `[spec]` (a list of spec), `{key: spec}` (a mapping; a key
ending in "?" is optional, other keys are allowed and ignored) and `{STR_KEYS: spec}` (a
mapping of any string keys). A mismatch raises DataError "FILE:LINE: what is wrong", so an
editor's typo stops the build with one line instead of a traceback from the stage that trips
over it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .safe import ID_PATTERN, ID_RULE, UnsafeValue, check_unreserved

ID, REGEX, ANY, STR_KEYS, KEYS = "id", "regex", "any", "*", "**"  # KEYS: any scalar keys (ints too)
ACTOR_ID = "actor id"
DOCS = Path(__file__).resolve().parents[2] / "docs"  # what the site's reserved names are derived from
_TAGS = {str: "tag:yaml.org,2002:str", int: "tag:yaml.org,2002:int", bool: "tag:yaml.org,2002:bool"}
_NAMES = {str: "text", int: "a whole number", bool: "true or false"}


class DataError(ValueError):
    """An editor-owned data file that is not valid YAML or not of the expected shape."""


STRINGS = [str]
DATA_SPECS: dict[str, dict] = {
    "actors.yml": {
        "states?": [{"id": ACTOR_ID, "ar": STRINGS, "en": STRINGS, "adjectives?": STRINGS, "plural?": STRINGS,
                     "capitals?": STRINGS, "adj_en?": str, "gender?": str}],
        "organisations?": [{"id": ACTOR_ID, "kind": str, "ar": STRINGS, "en": STRINGS, "needs_adjective?": bool, "of?": ID}],
        "people?": [{"id": ACTOR_ID, "ar": STRINGS, "en": STRINGS, "of?": ID}],
    },
    "chrome.yml": {"max_words?": int, "rules": [{"line": REGEX, "reason": str, "also_next?": int, "headlines_after?": bool}]},
    "archive.yml": {"ar": {STR_KEYS: str}, "en": {STR_KEYS: str}},
    "cues.yml": {STR_KEYS: STRINGS},
    "dates.yml": {"months": {KEYS: STRINGS}, "weekdays": {KEYS: STRINGS}, "month_separators": STRINGS,
                  "year_min": int, "year_max": int},
    "glossary.yml": {"entries": [{"id": ID, "actor?": ID, "ar": STRINGS, "en?": STRINGS,
                                  "definition?": {"ar?": str, "en?": str}}]},
    "metadata.yml": {"byline_labels": STRINGS, "agencies": {STR_KEYS: str}, "tag_separators": STRINGS,
                     "tag_max_words": int, "single_tag_max_words?": int, "credit_labels?": STRINGS},
    "people.yml": {"title_heads": STRINGS, "name_stops": STRINGS, "name_max_words": int, "title_links?": STRINGS},
    "relations.yml": {STR_KEYS: STRINGS},
    "search.yml": {"drop": REGEX, "fold": {STR_KEYS: str}, "conjunctions": STRINGS, "prepositions": STRINGS,
                   "article": str, "min_stem": int, "shard": int, "chunk": int},
    "speakers.yml": {"max_words": int, "skip": STRINGS, "stops": STRINGS, "addressee_heads": STRINGS,
                     "not_names": STRINGS, "heads": {STR_KEYS: STRINGS}, "between_subject_and_verb?": STRINGS,
                     "standalone?": STRINGS, "apposition_heads?": STRINGS,
                     "place_prepositions?": STRINGS, "head_gender?": {"masculine?": STRINGS, "feminine?": STRINGS},
                     "quantifiers?": STRINGS, "from_places?": STRINGS, "not_state_heads?": STRINGS,
                     "called?": STRINGS},
    "first_names.yml": {"connectors": STRINGS, "names": STRINGS},
    "sources.yml": {"heads": {STR_KEYS: {"en": str, "plural?": bool}}, "descriptors": {STR_KEYS: str},
                    "object_links?": STRINGS, "affiliation_links?": STRINGS},
    "ui.yml": {"ar": {STR_KEYS: ANY}, "en": {STR_KEYS: ANY}},
}
# sources/<slug>/meta.yml and overrides.yml (see scripts/explainer/overrides.py)
META_SPEC = {"slug?": str, "language?": str, "author?": str, "credit?": str, "credit_en?": str, "outlet?": str,
             "url?": str, "published?": ANY, "title_en?": str, "shipped?": bool,
             # the English side: draft (noindex, banner) until translated, or `published` (render.english_draft)
             "english?": str, "dates_mentioned?": ANY,
             # the explainer's own publication record (scripts/explainer/history.py), not the article's date
             "history?": [{"date": ANY, "kind": str, "note": {"ar": str, "en": str}}],
             "nav_title?": {"ar": str, "en": str}}
OVERRIDES_SPEC = {
    "actors?": {"rename?": {STR_KEYS: {"ar?": STRINGS, "en?": STRINGS}}, "merge?": {STR_KEYS: ACTOR_ID}},
    "claims?": {"set?": {STR_KEYS: {"status?": str, "by?": ANY, "date?": ANY}}, "drop?": STRINGS},
    "denials?": {"set?": {STR_KEYS: {"by?": ANY}}, "attach?": {STR_KEYS: ANY}},
    "notes?": {STR_KEYS: str},
}


def load_checked(text: str, name: str, spec) -> object:
    """Parse YAML `text` of file `name`, check it against `spec`, return the Python data."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
        if node is not None and spec is not None:
            _check(node, spec, name)
        data = yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise DataError(f"{name}{line}: not valid YAML ({err.problem or err.context})") from None
    except yaml.YAMLError as err:
        raise DataError(f"{name}: not valid YAML ({str(err).splitlines()[0]})") from None
    except DataError:  # from _check: it already names the file and line
        raise
    except (TypeError, ValueError) as err:  # e.g. a !!binary or !!timestamp value that does not construct
        raise DataError(f"{name}: {err}") from None
    if data is None:
        data = {}
    if spec is not None and isinstance(spec, dict) and not isinstance(data, dict):
        raise DataError(f"{name}:1: must be a mapping of keys to values")
    return data


def _where(name: str, node) -> str:
    return f"{name}:{node.start_mark.line + 1}"


def _check(node, spec, name: str, path: str = "") -> None:
    label = path or "the file"
    if spec == ANY:
        return
    if spec in (str, int, bool, ID, ACTOR_ID, REGEX):
        if not isinstance(node, yaml.ScalarNode):
            raise DataError(f"{_where(name, node)}: {label} must be {_NAMES.get(spec, 'text')}, not a list or mapping")
        want = _TAGS.get(str if spec in (ID, ACTOR_ID, REGEX) else spec)
        if node.tag != want:
            hint = " (put it in quotes to make it text)" if want == _TAGS[str] else ""
            raise DataError(f"{_where(name, node)}: {label} must be {_NAMES.get(spec, 'text')}, found {node.value!r}{hint}")
        if spec in (ID, ACTOR_ID) and not ID_PATTERN.match(node.value):
            raise DataError(f"{_where(name, node)}: {label}: id {node.value!r} must match {ID_RULE}")
        if spec == ACTOR_ID:
            try:
                check_unreserved(node.value, f"{_where(name, node)}: {label}", "actor id", DOCS)
            except UnsafeValue as err:
                raise DataError(str(err)) from None
        if spec == REGEX:
            try:
                re.compile(node.value)
            except re.error as err:
                raise DataError(f"{_where(name, node)}: {label}: not a valid regular expression ({err})") from None
        return
    if isinstance(spec, list):
        if not isinstance(node, yaml.SequenceNode):
            raise DataError(f"{_where(name, node)}: {label} must be a list")
        for k, item in enumerate(node.value):
            _check(item, spec[0], name, f"{path}[{k}]")
        return
    if not isinstance(node, yaml.MappingNode):
        raise DataError(f"{_where(name, node)}: {label} must be a mapping of keys to values")
    present = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise DataError(f"{_where(name, key)}: {label}: a key must be text")
        present[key.value] = value
        if STR_KEYS in spec or KEYS in spec:
            _check(value, spec.get(STR_KEYS, spec.get(KEYS)), name, f"{path}.{key.value}" if path else key.value)
    for key, sub in spec.items():
        if key in (STR_KEYS, KEYS):
            continue
        bare = key.rstrip("?")
        if bare in present:
            if key.endswith("?") and present[bare].tag == "tag:yaml.org,2002:null":
                continue
            _check(present[bare], sub, name, f"{path}.{bare}" if path else bare)
        elif not key.endswith("?"):
            raise DataError(f"{_where(name, node)}: {label}: missing key {bare!r}")
