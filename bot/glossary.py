"""The domain glossary (``knowledge/glossary.yaml``): terms in three languages.

Used to expand a question with the English words the documents use, so that
lexical search works for Arabic and French questions too, and to tell whether a
question is about the domain at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.language import normalize

# ordinal / number words people use for "round table two", "table ronde deux", "المائدة الثانية"
NUMBER_WORDS = {
    "one": ["one", "first", "1", "un", "une", "premier", "premiere", "1er", "الاولي", "الاول", "واحد"],
    "two": ["two", "second", "2", "deux", "deuxieme", "seconde", "الثانيه", "الثاني", "اثنين", "اثنان"],
    "three": ["three", "third", "3", "trois", "troisieme", "الثالثه", "الثالث", "ثلاثه"],
    "four": ["four", "fourth", "4", "quatre", "quatrieme", "الرابعه", "الرابع", "اربعه"],
}


# glossary entries that help matching but do not make a question about the domain
NON_DOMAIN_PREFIXES = ("number-", "month-", "q-", "ordinal-", "lex-")
NON_DOMAIN = {"date", "deadline", "next", "online", "in-person", "venue", "email", "website", "contact",
              "languages", "arabic", "english", "french", "session", "meeting", "summary", "report", "participants",
              "submit", "data", "women", "children-youth", "media", "new-york"}


@dataclass
class Term:
    id: str
    forms: dict                    # lang -> [forms]
    canonical: str                 # the first English form

    @property
    def english(self) -> list[str]:
        return self.forms.get("en", [])


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    months: dict = field(default_factory=dict)            # month number -> {lang: [names]}
    _patterns: list = field(default_factory=list)          # (regex on normalised text, term, lang)

    not_covered: list = field(default_factory=list)       # [(regex on normalised text, subject id)]

    def uncovered_subject(self, text: str) -> str | None:
        """The id of a subject the documents do not cover that the text asks about, if any."""
        norm = normalize(text)
        for pat, subject in self.not_covered:
            if pat.search(norm):
                return subject
        return None

    @classmethod
    def load(cls, knowledge_dir: Path) -> "Glossary":
        path = Path(knowledge_dir) / "glossary.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
        data = data or {}
        g = cls()
        # terms: the domain's vocabulary; lexicon: everyday words of the documents (matching only)
        for raw in (data.get("terms") or []) + (data.get("lexicon") or []):
            forms = {lang: [str(f) for f in raw.get(lang) or []] for lang in ("ar", "en", "fr")}
            if not forms["en"]:
                continue
            g.terms.append(Term(id=str(raw.get("id") or forms["en"][0]), forms=forms, canonical=forms["en"][0]))
        for num, names in (data.get("months") or {}).items():
            g.months[int(num)] = {lang: [str(n) for n in (names.get(lang) or [])] for lang in ("ar", "en", "fr")}
        nc_path = Path(knowledge_dir) / "not_covered.yaml"
        nc = (yaml.safe_load(nc_path.read_text(encoding="utf-8")) or {}) if nc_path.exists() else {}
        for subject in nc.get("subjects") or []:
            for lang in ("ar", "en", "fr"):
                for form in subject.get(lang) or []:
                    f = normalize(str(form))
                    if f:
                        g.not_covered.append((re.compile(r"(?<![\w])(?:[وفبلك]?(?:ال)?)?" + re.escape(f) + r"(?![\w])"), subject["id"]))
        g._compile()
        return g

    def _compile(self) -> None:
        entries = []
        for term in self.terms:
            for lang, forms in term.forms.items():
                for form in forms:
                    entries.append((normalize(form), term, lang))
        for num, names in self.months.items():
            month_term = Term(id=f"month-{num}", forms={"en": names.get("en", [])}, canonical=(names.get("en") or [""])[0])
            for lang, forms in names.items():
                for form in forms:
                    entries.append((normalize(form), month_term, lang))
        for canon, words in NUMBER_WORDS.items():
            t = Term(id=f"number-{canon}", forms={"en": [canon]}, canonical=canon)
            for w in words:
                entries.append((normalize(w), t, "xx"))
        entries = [e for e in entries if e[0]]
        entries.sort(key=lambda e: -len(e[0]))
        self._patterns = []
        for form, term, lang in entries:
            # Arabic forms may carry a clitic prefix (و ب ل ك ف ال) in a question
            if re.search(r"[\u0600-\u06FF]", form):
                pat = re.compile(r"(?<![\w])(?:[وفبلك]?(?:ال|لل)?)" + re.escape(form.removeprefix("ال")) + r"(?![\w])")
            else:
                pat = re.compile(r"(?<![\w])" + re.escape(form) + r"(?![\w])")
            self._patterns.append((pat, term, lang))

    def find(self, text: str) -> list[tuple[Term, str, str]]:
        """[(term, language of the form, matched text)] longest first, without overlaps."""
        norm = normalize(text)
        taken = [False] * (len(norm) + 1)
        found = []
        for pat, term, lang in self._patterns:
            for m in pat.finditer(norm):
                if any(taken[m.start():m.end()]):
                    continue
                for i in range(m.start(), m.end()):
                    taken[i] = True
                found.append((term, lang, m.group(0)))
        return found

    def expand(self, text: str) -> list[str]:
        """English forms of the domain terms found in the text (what the documents say)."""
        out: list[str] = []
        for term, _, _ in self.find(text):
            if term.id.startswith("q-"):
                continue                      # question words are not in the documents' vocabulary
            for form in term.english[:3]:
                if form not in out:
                    out.append(form)
        return out

    def domain_terms(self, text: str) -> list[Term]:
        return [t for t, _, _ in self.find(text) if not t.id.startswith(NON_DOMAIN_PREFIXES) and t.id not in NON_DOMAIN]
