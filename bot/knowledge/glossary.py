"""The domain glossary (``knowledge/glossary.yaml``): terms in three languages.

Used to expand a question with the English words the documents use, so that
lexical search works for Arabic and French questions too, and to tell whether a
question is about the domain at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from bot.knowledge.yaml_files import read_yaml

from bot.text.language import CLITICS, normalize, plural_of, possessives_of
from bot.text.lexical import STOP
from bot.text.money import MONEY


def _meeting_nouns() -> str:
    """The words for a meeting, in English and French (normalised), as one alternation."""
    from bot.text.places import EVENT_NOUNS
    return "|".join(sorted({re.escape(normalize(n)) for n in EVENT_NOUNS if n.isascii() or normalize(n).isascii()},
                           key=len, reverse=True))


# Arabic, the language, in a list of languages (normalised): "العربيه او الانجليزيه", "الانجليزيه والعربيه"
_OTHER_LANGUAGE = r"(?:ال)?(?:انجليزي|انكليزي|فرنسي|اسباني|روسي|صيني|برتغالي|كردي|فارسي|تركي|امازيغي)(?:ه)?"
ARABIC_LISTED = re.compile(rf"(?<!\w)(?:ال)?عربيه\s+(?:او|و)\s*{_OTHER_LANGUAGE}(?!\w)"
                           rf"|(?<!\w){_OTHER_LANGUAGE}\s*[،,]?\s+(?:او|و)\s*(?:ال)?عربيه(?!\w)")
_NOT_A_NAME_WORD = r"(?:for|pour|to|at|in|of|on|de|du|des|a|au|aux|the|la|le|les|l|and|et|or|ou)\b"


@lru_cache(maxsize=1)
def _meeting_name_patterns() -> tuple[re.Pattern, re.Pattern]:
    nouns = _meeting_nouns()
    return (re.compile(rf"\s+(?:(?!{_NOT_A_NAME_WORD})[^\W\d_]+\s+)?(?:{nouns})\b"),
            re.compile(rf"\b(?:{nouns})\s+(?:on|about|regarding|sur|concernant|relative (?:a|aux))\s+"
                       rf"(?:[^\W\d_]+\s+){{0,4}}$"))


def _names_a_meeting(norm: str, m: re.Match) -> bool:
    """Is a word the text uses part of a meeting's name: a meeting noun after it ("visas consultation", "visa policy
    webinar"), or it after "<meeting> on|sur ..." ("consultation sur les visas nomades")?"""
    after, before = _meeting_name_patterns()
    return bool(after.match(norm, m.end()) or before.search(norm[:m.start()]))


# ordinal / number words people use for "round table two", "table ronde deux", "المائدة الثانية"
NUMBER_WORDS = {
    "one": ["one", "first", "1", "un", "une", "premier", "premiere", "1er", "الاولي", "الاول", "واحد"],
    "two": ["two", "second", "2", "deux", "deuxieme", "seconde", "الثانيه", "الثاني", "اثنين", "اثنان"],
    "three": ["three", "third", "3", "trois", "troisieme", "الثالثه", "الثالث", "ثلاثه"],
    "four": ["four", "fourth", "4", "quatre", "quatrieme", "الرابعه", "الرابع", "اربعه"],
}


def matched_form(form: str) -> str:
    """A glossary form as it is matched: normalised, an Arabic one without its article (the article is part of the
    optional clitic prefix, :data:`CLITICS`) -- unless the word without it is one the lexical search sets aside as
    saying nothing: folded, "الفئة" (the category) would be "فيه" (there is), asked in every other spoken question."""
    f = normalize(form)
    if not re.search(r"[\u0600-\u06FF]", f):
        return f
    bare = f.removeprefix("ال") or f
    return f if bare in STOP else bare


# entries that say how a question asks or what number or month it names, not a subject
ASKING_PREFIXES = ("q-", "number-", "month-")
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
    type: str = ""                 # what it names, when the glossary says: "organisation" (IOM, UNHCR ...)

    @property
    def english(self) -> list[str]:
        return self.forms.get("en", [])


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    months: dict = field(default_factory=dict)            # month number -> {lang: [names]}
    _regex: object = None
    _nc_forms: dict = field(default_factory=dict)         # a not-covered form's regex -> the form (normalised)
    _term_patterns: dict = field(default_factory=dict)    # a term's id -> the regex of its forms (names_term)

    not_covered: list = field(default_factory=list)       # [(regex on normalised text, subject id)]
    subject_answers: dict = field(default_factory=dict)   # a form's regex -> that form or what answers it
    priced_subjects: set = field(default_factory=set)     # subjects an amount of money answers (fees: a price)
    _nc_said: dict = field(default_factory=dict)          # a not-covered form's regex -> (its language, as written)
    _nc_by_language: dict = field(default_factory=dict)   # (subject id, language) -> {form normalised: as written}
    # (form, candidates) -> the candidate nearest in meaning (the engine's embedder: "bourse" -> "منح", "visa" ->
    # "تأشيرة"): a not-covered form asked in one language is said in another's words by an added document
    nearest: object = None

    def uncovered_subject(self, text: str, documents: list[str] = ()) -> str | None:
        """The id of a subject the documents do not cover that the text asks about, if any.

        ``not_covered.yaml`` is written for the documents the secretariat had; a document added
        later may cover one of its subjects (a call for proposals naming the hotel, saying travel
        is not funded). With ``documents`` (the texts that answer best), a subject that they name
        in the words the question used ("hotel", "flights") is not refused."""
        named = self._subjects_named(normalize(text))
        if not named:
            return None
        if documents:
            held = [normalize(d) for d in documents]
            norm = normalize(text)
            said = [self._said_as(norm, pat, subject) for pat, subject in named]     # (compiled once, read in each)
            if all(any(s.search(d) for d in held) for s in said):
                return None
        return named[0][1]

    def _said_as(self, norm: str, pat: re.Pattern, subject: str) -> re.Pattern:
        """What a document says to answer a not-covered form a question uses (:meth:`answering`), or the forms,
        in the three languages, of a glossary term the question uses that holds all of it ("travel grant":
        "منح السفر"; "visa fees": "رسوم التأشيرة"; not "حضور" of "شهادة حضور") and that name the subject: a
        French or Arabic document names it in its own words."""
        m = pat.search(norm)
        holding = [t for t in (self._regex.finditer(norm) if m is not None and self._regex is not None else ())
                   if t.start(1) <= (m.start() + m.end()) // 2 and t.end(1) >= m.end()]
        forms = {normalize(form) for t in holding
                 for term, _ in self._meanings[t.group(1)][:1] if not term.id.startswith(ASKING_PREFIXES)
                 for forms in term.forms.values() for form in forms} - {""}
        # (a form naming the subject itself: "منح السفر" names grants, "resources" does not name a budget; unless the
        # question's words are a longer term that holds the subject's: "travel grant" is travel support, however a
        # document says it)
        if not any(len(t.group(1).strip()) > len(m.group(0).strip()) for t in holding):
            forms = {form for form in forms if any(p.search(form) for p, s in self.not_covered if s == subject)}
        # ... and the subject's forms, in any language, that name what the form asked names ("how many migrants":
        # "عدد المهاجرين", "nombre de migrants"; not "hotel" for "visa")
        asked = ({t.id for t, _, _ in self.find(m.group(0)) if not t.id.startswith(ASKING_PREFIXES)}
                 if m is not None else set())
        if asked:
            forms |= {form for p, s in self.not_covered if s == subject and p is not pat
                      for form in [self._nc_forms[p]] if asked <= {t.id for t, _, _ in self.find(form)}}
        # (a document names in the plural what a question asks in the singular: "bourses" answers "bourse"; and in full
        # what it asks shortened, a form of the subject starting as it does: "diapositives" answers "diapos")
        asked_form = self._nc_forms.get(pat, "")
        forms |= {p for p in [plural_of(asked_form)] if p}
        forms |= self._translations(pat, subject)
        forms |= {g for p, s in self.not_covered if s == subject for g in [self._nc_forms[p]]
                  if len(asked_form) >= 5 and len(g) > len(asked_form) and g.startswith(asked_form.rstrip("s"))}
        if not forms:
            return self.answering(pat)
        said = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
        return re.compile(rf"{self.answering(pat).pattern}|{CLITICS}(?:{said})(?![\w])")

    def _translations(self, pat: re.Pattern, subject: str) -> set[str]:
        """The subject's forms in the other two languages nearest in meaning to the form asked (with :attr:`nearest`),
        and those starting as each does ("منح": "منحة"): an Arabic question on "الفيزا" is answered by a French note's
        "visa", a French one on "la bourse" by an Arabic call's "منحة" -- not by its "فندق" (a hotel is no visa)."""
        if self.nearest is None or pat not in self._nc_said:
            return set()
        language, written = self._nc_said[pat]
        found = set()
        for other in {"ar", "en", "fr"} - {language}:
            candidates = self._nc_by_language.get((subject, other), {})
            if not candidates:
                continue
            best = self.nearest(written, list(candidates.values()))
            near = next((f for f, w in candidates.items() if w == best), "")
            found |= {f for f in candidates if near and (f == near or f.startswith(near))}
        return found

    def answering(self, pat: re.Pattern) -> re.Pattern:
        """What a document says to answer a not-covered form: the form itself, or what answers its
        subject without naming it ("answered_by": "free of charge" answers "fee")."""
        return self.subject_answers.get(pat, pat)

    def subject_asked(self, text: str, priced: bool = True) -> tuple[list[re.Pattern], str]:
        """The not-covered subjects the text names, as the forms it used (a passage answering it must
        name one of them: "is there a hotel for the 2024 conference" is not answered by a sentence on
        its outputs), and the first of those words ("hotel"). ``priced=False``: not the subjects a price answers
        (a fee)."""
        norm = normalize(text)
        found = [(p, s) for p, s in self._subjects_named(norm) if priced or s not in self.priced_subjects]
        return ([self._said_as(norm, p, subject) for p, subject in found],
                found[0][0].search(norm).group(0).strip() if found else "")

    def subjects_of_things(self, text: str) -> set[str]:
        """The not-covered subjects a text names that are things, not a price (visas, hotels: not "cost", "tarif",
        which ask what something costs)."""
        return {subject for _, subject in self._subjects_named(normalize(text))} - self.priced_subjects

    def _subjects_named(self, norm: str) -> list[tuple[re.Pattern, str]]:
        """(form, subject id) of every not-covered form a normalised text names -- as what is asked, not in a
        meeting's name ("the remote work visas consultation", "la consultation sur les visas nomades": a meeting
        about visas, which its documents may call so; not "a visa letter for the consultation")."""
        return [(pat, subject) for pat, subject in self.not_covered
                if any(not _names_a_meeting(norm, m) for m in pat.finditer(norm))]

    @classmethod
    def load(cls, knowledge_dir: Path) -> "Glossary":
        path = Path(knowledge_dir) / "glossary.yaml"
        data = read_yaml(path) if path.exists() else {}
        data = data or {}
        g = cls()
        # terms: the domain's vocabulary; lexicon: everyday words of the documents (matching only)
        for raw in (data.get("terms") or []) + (data.get("lexicon") or []):
            forms = {lang: [str(f) for f in raw.get(lang) or []] for lang in ("ar", "en", "fr")}
            if not forms["en"]:
                continue
            g.terms.append(Term(id=str(raw.get("id") or forms["en"][0]), forms=forms, canonical=forms["en"][0],
                                type=str(raw.get("type") or "")))
        for num, names in (data.get("months") or {}).items():
            g.months[int(num)] = {lang: [str(n) for n in (names.get(lang) or [])] for lang in ("ar", "en", "fr")}
        nc_path = Path(knowledge_dir) / "not_covered.yaml"
        nc = (read_yaml(nc_path) or {}) if nc_path.exists() else {}
        for subject in nc.get("subjects") or []:
            # what answers the subject without naming it, in a document: a list for every form of the
            # subject ("free of charge" answers a fee), or entries for some forms ("funding for travel"
            # answers a flight, not a visa)
            answered_by = subject.get("answered_by") or []
            entries = [e for e in answered_by if isinstance(e, dict)]
            every = [a for a in answered_by if not isinstance(a, dict)]
            for lang in ("ar", "en", "fr"):
                for form in subject.get(lang) or []:
                    f = normalize(str(form))
                    if not f:
                        continue
                    # (and its plural: "bourse" asks what "bourses" does)
                    listed = {normalize(str(x)) for x in subject.get(lang) or []}
                    plural = plural_of(f) if lang != "ar" else None
                    for variant in [f] + ([plural] if plural and plural not in listed else []):
                        g._not_covered_form(subject, str(form), variant, every, entries)
                        g._nc_said[g.not_covered[-1][0]] = (lang, str(form))
                    g._nc_by_language.setdefault((subject["id"], lang), {}).setdefault(f, str(form))
        g._compile()
        return g

    def _not_covered_form(self, subject: dict, form: str, f: str, every: list, entries: list) -> None:
        """One form (``f``, normalised: the form or its plural) of a subject the documents do not cover, and what
        answers it in a document."""
        asked = CLITICS + re.escape(f) + r"(?![\w])"
        pat = re.compile(asked)
        self.not_covered.append((pat, subject["id"]))
        self._nc_forms[pat] = f
        answers = every + [a for e in entries if form in (e.get("forms") or []) for a in e.get("by") or []]
        answers = sorted({normalize(str(a)) for a in answers} - {""}, key=len, reverse=True)
        said = [rf"(?<!\w)(?:{'|'.join(map(re.escape, answers))})(?![\w])"] if answers else []
        if subject.get("answered_by_amount"):     # "95 US dollars per night" answers "the hotel's rate"
            said.append(f"(?i:{MONEY.pattern})")
            self.priced_subjects.add(subject["id"])
        if said:
            self.subject_answers[pat] = re.compile("|".join([asked, *said]))

    def _compile(self) -> None:
        """One regular expression for every form (longest first), and what each form means."""
        meanings: dict[str, list[tuple[Term, str]]] = {}
        # (form as matched, term id) of the French forms written with an accent: unaccented, they are English words
        # too ("présents" is "presents", "animé" "anime"), and are not matched in an English text unless the English
        # word is the same one (:meth:`_find`)
        self._accented: set[tuple[str, str]] = set()
        # (Arabic the language, read where a text lists it: :meth:`_arabic_listed`)
        self._arabic = next((t for t in self.terms if t.id == "arabic" and t.type == "language"), None)

        def add(form: str, term: Term, lang: str) -> None:
            f = matched_form(form)
            # (a hyphen typed as a space too: "main d'oeuvre" is "main-d'œuvre", "multi stakeholder" "multi-stakeholder")
            for v in dict.fromkeys((f, f.replace("-", " ") if f and re.search(r"[a-z]-[a-z]", f) else "")):
                if v and (v == f or v not in meanings):
                    meanings.setdefault(v, []).append((term, lang))
                    if lang == "fr" and re.search(r"[à-öø-ÿ]", form.lower()):
                        self._accented.add((v, term.id))

        for term in self.terms:
            for lang, forms in term.forms.items():
                for form in forms:
                    add(form, term, lang)
        # an Arabic name of two words says the second with the article ("تمويل السفر") or with "li-" before it
        # ("تمويل للسفر", "funding for travel"): the same term (each form's own meaning first)
        for term in self.terms:
            for form in term.forms.get("ar", []):
                words = matched_form(form).split()
                for i in range(1, len(words)):
                    if words[i].startswith("ال") and len(words[i]) > 3:
                        variant = " ".join([*words[:i], "لل" + words[i][2:], *words[i + 1:]])
                        if variant not in meanings:
                            add(variant, term, "ar")
        # an Arabic noun ending in ta marbuta takes a possessive pronoun with its ta written open ("منحة": "على
        # منحته البالغة ..." (its grant), "مشاركتنا", "ميزانيتها"): the same term (each form's own meaning first)
        for term in self.terms:
            for form in term.forms.get("ar", []):
                for variant in possessives_of(form):
                    if variant not in meanings:
                        add(variant, term, "ar")
        for num, names in self.months.items():
            month_term = Term(id=f"month-{num}", forms={"en": names.get("en", [])}, canonical=(names.get("en") or [""])[0])
            for lang, forms in names.items():
                for form in forms:
                    add(form, month_term, lang)
        for canon, words in NUMBER_WORDS.items():
            number_term = Term(id=f"number-{canon}", forms={"en": [canon]}, canonical=canon)
            for w in words:
                add(w, number_term, "xx")
        # a one-word form names its plural too ("bourse": "bourses", "diaspora": "diasporas"), unless the plural is a
        # form of its own (each form's own meaning first)
        for term in self.terms:
            for lang in ("en", "fr"):
                for form in term.forms.get(lang, []):
                    plural = plural_of(form)
                    if plural and plural not in meanings:
                        add(plural, term, lang)
        self._meanings = meanings
        alternatives = "|".join(re.escape(f) for f in sorted(meanings, key=len, reverse=True))
        # Arabic words may carry a clitic prefix (و ف ب ل ك, the article) in a question
        self._regex = re.compile(CLITICS + "(" + alternatives + r")(?![\w])") if meanings else None
        self._find_cached = lru_cache(maxsize=2048)(self._find)

    def english_of(self, text: str, forms: int = 3, skip: tuple[str, ...] = ("q-", "number-", "ordinal-", "month-"),
                   skip_ids=frozenset(), every: bool = False) -> list[str]:
        """The English forms (the first ``forms`` of each) of the terms a text uses, in any language: what a French
        or Arabic text is about in the words an English one would use ("ورشة العمل": "workshops", "workshop").
        ``every``: a word of two meanings in all of them ("candidature": a nomination, an application)."""
        return [f for term, _, _ in self.find(text, every=every) if not term.id.startswith(skip) and term.id not in skip_ids
                for f in term.english[:forms]]

    def find(self, text: str, language: str | None = None, every: bool = False) -> list[tuple[Term, str, str]]:
        """[(term, language of the form, matched text)] left to right, longest form at each place. ``language``: the
        text's, when known; an English text's words are not read as French forms written with an accent ("who
        presents the timeline": not "présents", participants). ``every``: each meaning of a form (:meth:`english_of`)."""
        return list(self._find_cached(normalize(text), language == "en", every)) if self._regex is not None else []

    def of_types(self, text: str, types) -> list[tuple[Term, str]]:
        """[(term, matched text)] of the terms of these types (``language``, ``organisation``, ``actor``) the text
        names: the kindred terms a yes/no question asks of ("in French?", "will ESCWA pay?")."""
        return [(t, matched) for t, _, matched in self.find(text) if t.type in types]

    def _find(self, norm: str, english: bool = False, every: bool = False) -> tuple:
        found = []
        listed = self._arabic_listed(norm) if "عربي" in norm else []
        for m in self._regex.finditer(norm):
            while listed and listed[0][0] < m.start():
                found.append(listed.pop(0)[1])
            meanings = self._meanings[m.group(1)]
            if english:                     # (but a cognate's: "invite" is "invité", invited)
                meanings = [(term, lang) for term, lang in meanings
                            if not (lang == "fr" and (m.group(1), term.id) in self._accented)
                            or any(normalize(form).startswith(m.group(1)[:5]) for form in term.english)]
                # (a word both languages write means in English what it says in English: "application deadline" is
                # applying's, not the French "application", implementation)
                meanings.sort(key=lambda meaning: meaning[1] != "en")
            for term, lang in (meanings if every else meanings[:1]):
                found.append((term, lang, m.group(0)))
        return tuple(found + [item for _, item in listed])

    def _arabic_listed(self, norm: str) -> list[tuple[int, tuple]]:
        """Arabic, the language, where a text lists it with another language ("العربية أو الإنجليزية", "الإنجليزية
        والعربية"): "العربية" alone is as often the Arab region's ("المنطقة العربية"), so no form of the term."""
        term = self._arabic
        if term is None:
            return []
        out = []
        for m in ARABIC_LISTED.finditer(norm):
            word = re.search(r"(?:ال)?عربيه", m.group(0))
            out.append((m.start() + word.start(), (term, "ar", word.group(0))))
        return out

    def expand(self, text: str, language: str | None = None) -> list[str]:
        """English forms of the domain terms found in the text (what the documents say)."""
        out: list[str] = []
        for term, _, _ in self.find(text, language):
            if term.id.startswith("q-"):
                continue                      # question words are not in the documents' vocabulary
            for form in term.english[:3]:
                if form not in out:
                    out.append(form)
        return out

    def translations(self, text: str) -> list[str]:
        """Every form, in the three languages, of the terms found in the text ("pages": "صفحات", "صفحة" ...):
        how a French or Arabic document may write what an English question names, and the other way round."""
        out: list[str] = []
        for term, _, _ in self.find(text):
            if term.id.startswith("q-"):
                continue
            for forms in term.forms.values():
                out += [form for form in forms if form not in out]
        return out

    def organisations(self, text: str) -> list[Term]:
        """The organisations a text names (the terms of type "organisation": "unhcr", "المفوضية", "l'OIM")."""
        return [t for t, _, _ in self.find(text) if t.type == "organisation"]

    def names_term(self, term: Term, text: str) -> bool:
        """Does a text name this term, in one of its forms in any of the three languages?"""
        pattern = self._term_patterns.get(term.id)
        if pattern is None:
            forms = {matched_form(f) for fs in term.forms.values() for f in fs} - {""}
            forms |= {p for fs in (term.forms.get("en", []), term.forms.get("fr", [])) for f in fs if (p := plural_of(f))}
            pattern = self._term_patterns[term.id] = re.compile(
                CLITICS + "(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w])")
        return bool(pattern.search(normalize(text)))

    def ordinals(self, text: str) -> set[str]:
        """The editions a text numbers ("second", "الأول", "troisième"), as the ids of the glossary's ordinals."""
        return {t.id for t, _, _ in self.find(text) if t.id.startswith("ordinal-")}

    def domain_terms(self, text: str, language: str | None = None) -> list[Term]:
        return [t for t, _, _ in self.find(text, language) if not t.id.startswith(NON_DOMAIN_PREFIXES) and t.id not in NON_DOMAIN]
