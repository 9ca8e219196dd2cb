"""The gazetteer: the data files (data/actors.yml, people.yml, speakers.yml, sources.yml,
first_names.yml, cues.yml) folded for matching."""

from __future__ import annotations

from pathlib import Path

from ..lexicon import fold, load_data, phrase_pattern, stems
from .common import _given_name_forms

class Gazetteer:
    """The data files, folded for matching."""

    def __init__(self, data_dir: Path | None = None):
        data = load_data("actors.yml", data_dir)
        self.states = {s["id"]: s for s in data["states"]}
        self.adjectives: dict[str, str] = {}
        self.phrases: list[tuple[list[str], dict]] = []  # (folded words, entry) longest first
        for s in data["states"]:
            for adj in s.get("adjectives", []):
                # with its plurals ("بريطاني" → "بريطانيين", "بريطانيون"), unless listed otherwise
                base = fold(adj)
                plurals = [base + "ين", base + "ون"] if base.endswith("ي") else []
                for word in [base] + plurals:
                    for form in (word, "ال" + word):
                        self.adjectives.setdefault(form, s["id"])
            for name in s["ar"] + s.get("capitals", []) + s.get("plural", []):
                self.phrases.append((phrase_pattern(name), {"id": s["id"], "kind": "state", "ar": s["ar"], "en": s["en"]}))
        for org in data["organisations"]:
            for name in org["ar"]:
                self.phrases.append((phrase_pattern(name), org))
        for person in data["people"]:
            for name in person["ar"]:
                self.phrases.append((phrase_pattern(name), dict(person, kind="person")))
        self.phrases.sort(key=lambda p: -len(p[0]))
        self.state_phrases = [p for p in self.phrases if p[1]["kind"] == "state"]
        self.state_phrase_words = {w for p, _ in self.state_phrases for w in p}
        # the phrases by first word, each with its place in self.phrases (longest first): a scan at
        # one token reads only the phrases that can start there (197 states have ~800 names)
        self.by_first: dict[str, list[tuple[int, list[str], dict]]] = {}
        for n, (pattern, entry) in enumerate(self.phrases):
            self.by_first.setdefault(pattern[0], []).append((n, pattern, entry))
        people = load_data("people.yml", data_dir)
        self.title_heads = {fold(w) for w in people["title_heads"]}
        self.name_stops = {fold(w) for w in people["name_stops"]}
        self.name_max = int(people["name_max_words"])
        self.title_links = {fold(w) for w in people.get("title_links", [])}
        self.membership_links = {fold(w) for w in people.get("membership_links", [])}
        self.told_groups = {fold(w) for w in people.get("told_groups", [])}
        from ..ingest import dateline_pattern

        self.dateline = dateline_pattern(load_data("metadata.yml", data_dir))
        sp = load_data("speakers.yml", data_dir)
        cues = load_data("cues.yml", data_dir)
        self.speech_verbs = {fold(w) for w in cues["reporting_verbs"] + cues["denial_verbs"] + cues.get("verbs_with_an", [])
                             + cues.get("relay_verbs", [])}
        self.according = {fold(w) for w in cues.get("according", [])}  # "بحسب", "وفقا لـ": whose words follow
        # the object noun of "وجه … تهمة", "أدلى … بتصريحات" ends the subject's name before it
        self.object_nouns = {fold(w) for w in cues.get("object_nouns", [])}
        self.object_verbs = {fold(w) for w in cues.get("verbs_with_object", [])}
        self.name_stops |= self.object_nouns
        self.maqsura_verbs = {fold(w) for w in cues["reporting_verbs"] + cues["denial_verbs"] if w.endswith("ى")}
        self.verbs_with_an = {fold(w) for w in cues.get("verbs_with_an", [])} - {fold(w) for w in cues["reporting_verbs"]}
        self.complementizers = {fold(w) for w in cues["complementizers"]}
        self.statement_nouns = {fold(w) for w in cues["reporting_nouns"] + cues.get("documents", [])}
        self.report_heads = {fold(w) for w in cues["report_heads"]}  # "ذكرت تقارير": no one's name
        self.impersonal = {fold(w) for w in cues.get("impersonal", [])}  # "الذي يعتبر أحد …": is considered
        self.sp_max = int(sp["max_words"])
        self.sp_skip = {fold(w) for w in sp["skip"]}
        self.sp_stops = {fold(w) for w in sp["stops"]}
        self.addressees = {fold(w) for w in sp["addressee_heads"]}
        self.not_names = {fold(w) for w in sp["not_names"]}
        self.heads = {fold(w): kind for kind, words in sp["heads"].items() for w in words}
        self.head_pairs = {fold(first): (kind, {fold(w) for w in seconds})
                           for kind, pairs in sp.get("head_pairs", {}).items() for first, seconds in pairs.items()}
        self.standalone = {fold(w) for w in sp.get("standalone", [])}
        self.adjective_heads = {fold(w) for w in sp.get("adjective_heads", [])}
        self.adjective_ministries = {fold(w) for w in sp.get("adjective_ministries", [])}
        self.generic_heads = {fold(w) for w in sp.get("generic_heads", [])}
        self.platform_places = {fold(w) for w in sp.get("platform_places", [])}
        self.platform_heads = {fold(w) for w in sp.get("platform_heads", [])}
        self.speaking_heads = {fold(w) for w in sp.get("speaking_heads", [])}
        self.public_nouns = {fold(w) for w in sp.get("public_nouns", [])}
        self.apposition = {fold(w) for w in sp.get("apposition_heads", [])} | self.title_heads
        self.title_stops = {fold(w) for w in sp.get("title_stops", [])}
        self.subject_ends = {fold(w) for w in sp.get("subject_ends", [])}
        self.person_nouns = {fold(w) for w in sp.get("person_nouns", []) if " " not in w}
        self.title_max = sp.get("title_max_words", 9)
        self.locative = {fold(w) for w in sp.get("place_prepositions", [])}
        self.place_parts = {fold(w) for w in sp.get("place_parts", [])}
        self.place_heads = {fold(w) for w in sp.get("place_heads", [])}
        self.predicate_pronouns = {fold(w) for w in sp.get("predicate_pronouns", [])}
        self.state_words = {p[0][0] for p in self.state_phrases if len(p[0]) == 1}  # "لبنان", "الأردن"
        self.quantifiers = {fold(w) for w in sp.get("quantifiers", [])}
        self.quantifiers_with_min = {fold(w) for w in sp.get("quantifiers_with_min", [])}
        self.called = {fold(w) for w in sp.get("called", [])}
        self.from_places = {fold(w) for w in sp.get("from_places", [])}
        self.not_state_heads = {fold(w) for w in sp.get("not_state_heads", [])}
        self.procedure_words = {fold(w) for w in sp.get("procedure_words", [])}
        names = load_data("first_names.yml", data_dir)
        self.first_names = {fold(w) for w in names["names"] + names.get("female", [])}
        self.connectors = {fold(w) for w in names["connectors"]}
        self.name_particles = {fold(w) for w in names.get("name_particles", [])}
        self.not_given_names = {fold(w) for w in names.get("not_given_names", [])}
        self.first_names_in_ta = {fold(w) for w in names["names"] if w.endswith("ة")}
        # names the lists spell with a final «ى» ("ليلى", "موسى"): only those may be printed so
        # ("على", on, folds like "علي", Ali)
        self.first_names_in_maqsura = {fold(w) for w in names["names"] + names.get("female", []) if w.endswith("ى")}
        self.title_names = {fold(w) for w in names.get("after_title", [])}
        self.work_heads = {fold(w) for w in people.get("work_heads", [])}
        self.person_name_stops = {fold(w) for w in people.get("person_name_stops", [])}
        self.envoy_links = {fold(w) for w in people.get("envoy_links", [])}
        self.envoy_heads = {fold(w) for w in people.get("envoy_heads", [])}
        self.single_name_titles = {fold(w) for w in people.get("single_name_titles", [])}
        self.title_modifiers = {fold(w) for w in people.get("title_modifiers", [])}
        src = load_data("sources.yml", data_dir)
        self.anon_heads = {fold(k): v for k, v in src["heads"].items()}
        for k, v in list(self.anon_heads.items()):  # a sound plural has both its case forms: "مسعفون", "بحسب مسعفين"
            if k.endswith("ون") and v.get("plural"):
                self.anon_heads.setdefault(k[:-2] + "ين", v)
        self.descriptors = {fold(k): v for k, v in src["descriptors"].items()}
        self.object_links = {fold(w) for w in src["object_links"]}
        self.affiliation_links = {fold(w) for w in src.get("affiliation_links", [])}
        self.close_links = {fold(w) for w in src.get("close_links", [])}

    def phrases_from(self, forms) -> list[tuple[list[str], dict]]:
        """The phrases whose first word is one of `forms` (folded words, clitics peeled), in the
        order of self.phrases (longest first)."""
        found = sorted((c for f in set(forms) for c in self.by_first.get(f, ())), key=lambda c: c[0])
        return [(pattern, entry) for _, pattern, entry in found]

    def phrases_at(self, words: list[str], j: int) -> list[tuple[list[str], dict]]:
        """The phrases that can start at word j (its first word matched with clitics peeled), longest
        first; phrase_at still says whether the rest follows."""
        return self.phrases_from(stems(words[j])) if j < len(words) else []

    def given_name(self, word: str) -> str | None:
        """The given name (folded) that a word is, as printed or after a proclitic (see
        _given_name_forms), or None."""
        return next((f for f in _given_name_forms(word, self.not_given_names) if f in self.first_names), None)

    def name_after_title(self, word: str) -> str | None:
        """The given name a word is where a name is expected (right after a title or an office):
        also one of the names that are common words ("صالح", "تركي"); None otherwise."""
        return self.given_name(word) or next((f for f in _given_name_forms(word, self.not_given_names) if f in self.title_names), None)

    def adjective(self, word: str) -> str | None:
        """The state a nationality adjective names, if `word` is one (clitics allowed)."""
        for form in stems(word):
            if form in self.adjectives:
                return self.adjectives[form]
        return None

