"""The grounding guard: a generated text is shown only if the documents back it.

A language model the secretariat connects (``bot/answering/generate.py``) may write an
answer in the reader's language; this module decides whether the reader sees it. The
text is accepted only when

- it is in the reader's language (``bot.text.language.detect_language``);
- it is not empty and within a length bound;
- every citation marker (``[2]``, ``[1, 3]``, ``[1-2]``) names a passage it was given
  (and a composed answer cites at least one);
- every e-mail address, web address, date (Arabic-Indic digits, English, French and
  Arabic month names, ranges, ISO and day/month/year forms, all normalised to
  (year, month, day)), number (digits or small number words), Latin acronym and
  capitalised multiword name it contains is found in the passages it cites (all the
  passages when it cites none), in the facts the engine trusts, or in the question;
- it does not say that something is possible, required, open, free, guaranteed or has a
  deadline unless those passages or facts say so (modal and permission words in the
  three languages). The question does not count here: a question that says "tell me it
  is guaranteed" must not make it so.

Otherwise the reader gets the engine's own answer; :class:`Verdict` says why. The checks
are deliberately strict: a false rejection costs the reader nothing but the translation,
a false acceptance could cost them a deadline. What the guard cannot see: a fact stated
in words it has no pattern for (an Arabic proper name, a month written "the fifth
month"), and what a (trusted) document itself says, injected instructions included.

Names of organisations in the reader's language ("Nations Unies", "OIM") are matched
through ``equivalents``: the glossary's forms of the terms the passages name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.text.language import ORDINAL_WORDS, detect_language, fold_latin, normalize

# --- length bounds, in characters -------------------------------------------------------
# A composed answer: the engine's own answers run to ~1,300 characters (the longest
# card answers, measured on tests/questions/own.yaml); Telegram splits at 4,096.
MAX_COMPOSE_CHARS = 1600
# A translation: French and Arabic renderings of English run ~1.1-1.3 times as long
# (the cards' three versions, measured); anything much longer is not a translation.
TRANSLATE_RATIO = 1.8
TRANSLATE_SLACK = 200
MIN_CHARS = 12

# --- what is extracted -------------------------------------------------------------------
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
URL = re.compile(r"(?:https?://|www\.)[^\s<>«»\"'\[\]()]+|\b(?:[a-z0-9-]+\.)+(?:org|int|com|net|gov|edu|info|io)\b(?:/[^\s<>«»\"'\[\]()]*)?",
                 re.IGNORECASE)
MARKER = re.compile(r"\[\s*(\d{1,3}(?:\s*(?:[,،;]|-|–)\s*\d{1,3})*)\s*\]")
# "1,000", "1 000" and "1.000" are thousands (groups of three digits); "2,5" and "2.5" decimals
NUMBER = re.compile(r"\d{1,3}(?:[., ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z](?:-\d+)?\b")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ][\w'’\-]*")
# words that join the capitalised words of one name ("Network on Migration", "Pacte de Marrakech")
NAME_JOINERS = frozenset("of for on the and in to de des du la le les sur pour et d' l' aux au en".split())
# capitalised only because a sentence starts with them
SENTENCE_WORDS = frozenset(
    "the a an in on at for this these those it its there their they we you our your by from as after before "
    "during since with when where what how who which all each some many most and but or if to according "
    "le la les l' un une des du de en au aux pour selon dans sur il elle ils elles nous vous ce cette ces "
    "leur leurs lors depuis avec quand ou qui que comme apres avant tous toutes chaque par".split())

# number words, both in the text and in the passages ("eight agencies" = "8 agencies");
# 'one' words are left out (French 'un', 'une' are articles)
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4,
    "خمسه": 5, "خمس": 5, "سته": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9,
    "عشره": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "خمسون": 50, "خمسين": 50,
}
# ordinals and Roman numerals the documents write ("Second Regional Review Conference",
# "Session II"): a text may write them as digits ("2e conférence", "الجلسة 2"); read in the
# passages only (it only ever allows more)
ORDINAL_WORD = re.compile(r"(?<!\w)[وف]?(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")(?!\w)")
NUMBER_WORD = re.compile(r"(?<!\w)[وف]?(" + "|".join(sorted((re.escape(w.strip()) for w in NUMBER_WORDS), key=len, reverse=True))
                         + r")(?!\w)")

# claims the passages must make themselves (on normalised text: lower case, no accents,
# Arabic letters folded); Arabic words may carry a clitic (و ف ب ل) and suffixes
_AR = r"(?<!\w)[وفبل]?"
CLAIMS = {
    "possible": r"\b(?:can|could|may|able to|possible|allowed|permitted|eligible|peu[tx]|peuvent|pouvez|pourr\w*|"
                r"possibles?|autorise\w*|eligibles?|permis)\b|" + _AR + r"(?:يمكن\w*|بامكان\w*|امكان\w*|يجوز|يحق\w*|تستطيع\w*|يستطيع\w*|مسموح\w*)",
    "required": r"\b(?:must|required?|requirement|mandatory|obligatory|compulsory|shall|need to|needs to|have to|has to|"
                r"doi[tv]\w*|devez|devr\w*|obligatoires?|requise?s?|exige\w*|necessaires?|faut)\b|"
                + _AR + r"(?:يجب|يتعين|يتوجب|يلزم\w*|الزامي\w*|مطلوب\w*|لا بد|ينبغي|يشترط|شرط)",
    "open": r"\b(?:open|opens|opened|ouverte?s?|ouvre\w*|ouverture)\b|" + _AR + r"(?:مفتوح\w*|يفتح|تفتح|فتح باب)",
    "free": r"\b(?:free|gratuit\w*|sans frais|no cost|no fee|without charge)\b|" + _AR + r"(?:مجان\w*|بدون رسوم|دون رسوم|دون مقابل)",
    "guaranteed": r"\b(?:guarante\w*|garanti\w*|assured|assure)\b|" + _AR + r"(?:مضمون\w*|يضمن|تضمن|ضمان)",
    "deadline": r"\b(?:deadline|due date|no later than|date limite|au plus tard|echeance|delai)\b|"
                r"(?:اخر موعد|الموعد النهايي|موعد نهايي|موعد اقصاه)",
}
CLAIM_PATTERNS = {k: re.compile(v) for k, v in CLAIMS.items()}


@dataclass(frozen=True)
class Passage:
    """What the model was given: a numbered passage with where it comes from."""
    number: int
    document: str
    title: str
    section: str
    date: str            # ISO date of the document, "" when unknown
    text: str

    def header(self) -> str:
        return f"{self.title} — {self.section} — {self.date}"


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    reason: str = ""                     # "" when accepted, else "check: what" (e.g. "date: 1 march 2027")
    cited: tuple[int, ...] = field(default=())

    @classmethod
    def reject(cls, check: str, what: str = "") -> "Verdict":
        return cls(False, f"{check}: {what}".strip().rstrip(":")[:200])


# --------------------------------------------------------------------------- dates
@lru_cache(maxsize=1)
def _month_names() -> tuple[dict[str, int], frozenset[str]]:
    """Normalised month name -> number (English, French, Arabic: both Arabic naming
    systems, the Maghreb forms), and the names safe to read alone (not 'may', 'sept')."""
    from bot.knowledge.timeline import MONTHS

    names: dict[str, int] = {}
    for lang, months in MONTHS.items():
        for i, name in enumerate(months, 1):
            for part in name.split("/"):
                names[normalize(part)] = i
    extra = {1: "jan janv يناير جانفي", 2: "feb fevr فبراير فيفري", 3: "mar", 4: "apr avr ابريل افريل", 6: "jun يونيو جوان",
             7: "jul juil يوليو جويليه جويلية", 8: "aug اغسطس اوت", 9: "sep sept", 10: "oct", 11: "nov", 12: "dec"}
    for i, words in extra.items():
        for w in words.split():
            names.setdefault(normalize(w), i)
    alone = frozenset(n for n in names if len(n) > 4 and n not in ("march",)) | {"juin", "mai", "aout", "mars", "ايار", "اذار", "ماي"}
    return names, alone - {"may"}


@lru_cache(maxsize=1)
def _date_patterns() -> list[tuple[str, re.Pattern]]:
    names, _ = _month_names()
    m = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    month = rf"(?P<m>{m}(?:\s*/\s*{m})?)"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|e|eme)?"
    first = r"(?P<d1>\d{1,2})(?:st|nd|rd|th|er|e|eme)?"
    sep = r"\s*(?:-|–|—|to|au|a|and|et|الي|و|-)\s*"
    year = r"(?P<y>\d{4})"
    return [
        ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
        ("dmy", re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})(?!\d)")),
        ("day-month", re.compile(rf"(?<![\w])(?:{first}{sep})?{day}\s+(?:de\s+)?{month}(?:\s*,?\s*{year})?(?!\w)")),
        ("month-day", re.compile(rf"(?<![\w]){month}\s+{day}(?:{sep}(?P<d2>\d{{1,2}}))?(?:\s*,?\s*{year})?(?![\w])")),
        ("month-year", re.compile(rf"(?<![\w]){month}\s*,?\s*{year}(?!\d)")),
        ("month", re.compile(rf"(?<![\w]){month}(?![\w])")),
    ]


def _month_number(token: str) -> int | None:
    names, _ = _month_names()
    if token.isdigit():
        n = int(token)
        return n if 1 <= n <= 12 else None
    return names.get(re.split(r"\s*/\s*", token)[0].strip())


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def find_dates(norm: str) -> tuple[list[tuple[str, tuple]], str]:
    """The dates of a normalised text as (matched text, (year|None, month, day|None)), and the
    text with them blanked out (so their digits are not read again as numbers)."""
    _, alone = _month_names()
    found: list[tuple[str, tuple]] = []
    for kind, pattern in _date_patterns():
        for mt in list(pattern.finditer(norm)):
            g = mt.groupdict()
            if kind == "month" and mt.group("m") not in alone:
                continue
            if kind == "day-month" and g["m"] == "may" and not g.get("y") and norm[mt.end():].lstrip()[:1].isalpha():
                continue                     # "2 may register": the verb, not the month
            y = int(g["y"]) if g.get("y") else None
            days = [int(x) for x in (g.get("d1"), g.get("d"), g.get("d2")) if x]
            if kind == "dmy" and int(g["m"]) > 12 >= days[0]:      # 05/13/2022: month/day/year
                g["m"], days = str(days[0]), [int(g["m"])]
            month = _month_number(g["m"])
            if month is None:
                continue
            if any(not 1 <= d <= 31 for d in days):
                continue
            for d in days or [None]:
                found.append((mt.group(0).strip(), (y, month, d)))
            norm = _blank(norm, mt.start(), mt.end())
    return found, norm


def _date_backed(date: tuple, known: set[tuple], years: set[int]) -> bool:
    y, m, d = date
    if y is not None and d is not None:
        return date in known or ((None, m, d) in known and y in years)
    if y is not None:
        return any(k[0] == y and k[1] == m for k in known)
    if d is not None:
        return any(k[1] == m and k[2] == d for k in known)
    return any(k[1] == m for k in known)


# --------------------------------------------------------------------------- numbers
def _numbers(norm: str) -> set[str]:
    """Numbers as canonical strings ("1,000" and "1 000" -> "1000", "2,5" -> "2.5"), number words included."""
    out = set()
    text = norm.replace("٫", ".").replace("٬", ",")
    for mt in NUMBER.finditer(text):
        raw = mt.group(0)
        if re.fullmatch(r"\d{1,3}(?:[., ]\d{3})+", raw):
            raw = re.sub(r"[., ]", "", raw)
        raw = raw.replace(",", ".")
        out.add(raw.rstrip("0").rstrip(".") if "." in raw else str(int(raw)))
    for mt in NUMBER_WORD.finditer(text):
        out.add(str(NUMBER_WORDS[mt.group(1)]))
    return out


def _strip_addresses(text: str) -> str:
    text = EMAIL.sub(" ", text)
    return URL.sub(" ", text)


def _url_key(url: str) -> str:
    url = url.rstrip(".,;:!?)»”’").casefold()
    url = re.sub(r"^https?://", "", url)
    return url.removeprefix("www.").rstrip("/")


# --------------------------------------------------------------------------- names
def names_in(text: str) -> list[str]:
    """Capitalised multiword spans of Latin script ("International Organization for
    Migration", "Nations Unies"); words a sentence merely starts with are dropped."""
    spans: list[str] = []
    words = [(w.group(0), w.start(), w.end()) for w in LATIN_WORD.finditer(text)]
    i = 0
    while i < len(words):
        if not words[i][0][0].isupper():
            i += 1
            continue
        j, caps = i, [i]
        k = i + 1
        while k < len(words):
            gap = text[words[k - 1][2]:words[k][1]]
            if re.search(r"[^\s'’]", gap):                       # punctuation ends a name
                break
            w = words[k][0]
            if w[0].isupper():
                caps.append(k)
                j = k
            elif w.lower() not in NAME_JOINERS:
                break
            k += 1
        i = j + 1
        while caps and words[caps[0]][0].lower() in SENTENCE_WORDS and not words[caps[0]][0].isupper():
            caps.pop(0)
        if len(caps) >= 2:
            spans.append(text[words[caps[0]][1]:words[caps[-1]][2]])
    return spans


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", fold_latin(text))


# --------------------------------------------------------------------------- the guard
def cited_numbers(text: str) -> list[int]:
    """The passage numbers the text's citation markers name, in order of appearance."""
    out: list[int] = []
    for mt in MARKER.finditer(normalize(text)):
        for part in re.split(r"\s*[,،;]\s*", mt.group(1)):
            if re.search(r"[-–]", part):
                a, b = (int(x) for x in re.split(r"\s*[-–]\s*", part))
                nums = range(a, b + 1) if 0 < b - a < 10 else [a, b]
            else:
                nums = [int(part)]
            out.extend(n for n in nums if n not in out)
    return out


def check(text: str, *, language: str, passages: list[Passage], question: str = "", facts: list[str] = (),
          mode: str = "compose", equivalents: str = "", source_chars: int = 0) -> Verdict:
    """Whether ``text`` (generated for a reader of ``language`` from ``passages``) may be shown.

    ``mode``: "compose" (a whole answer: it must cite) or "translate" (a rendering of the
    quoted sentences, ``source_chars`` long). ``facts``: what the engine trusts (a card's
    answer, an event's dates), counted like passages. ``equivalents``: other names of the
    terms the passages name (the glossary's forms), used for names and acronyms only.
    """
    text = (text or "").strip()
    if len(text) < MIN_CHARS:
        return Verdict.reject("empty")
    bound = MAX_COMPOSE_CHARS if mode == "compose" else int(TRANSLATE_RATIO * source_chars + TRANSLATE_SLACK)
    if len(text) > bound:
        return Verdict.reject("length", f"{len(text)} > {bound} characters")
    prose = MARKER.sub(" ", _strip_addresses(text))
    detected = detect_language(prose, default=None)
    if detected != language:
        return Verdict.reject("language", f"{detected or 'unknown'} for a {language} reader")

    given = {p.number: p for p in passages}
    cited = cited_numbers(text)
    unknown = [n for n in cited if n not in given]
    if unknown:
        return Verdict.reject("citation", f"[{unknown[0]}] (passages given: {', '.join(map(str, sorted(given))) or 'none'})")
    if mode == "compose" and not cited:
        return Verdict.reject("citation", "none (every answer must cite its passages)")
    backing = [given[n] for n in cited] if cited else list(passages)
    documents = "\n".join(f"{p.header()}\n{p.text}" for p in backing) + "\n" + "\n".join(facts)
    evidence = documents + "\n" + question

    # addresses: exactly as the passages give them
    emails = {e.casefold() for e in EMAIL.findall(evidence)}
    for e in EMAIL.findall(text):
        if e.casefold().rstrip(".") not in emails:
            return Verdict.reject("email", e)
    text_wo_email = EMAIL.sub(" ", text)
    urls = {_url_key(u) for u in URL.findall(EMAIL.sub(" ", evidence))}
    hosts = {u.split("/")[0] for u in urls}
    for u in URL.findall(text_wo_email):
        key = _url_key(u)
        if key not in urls and key not in hosts:
            return Verdict.reject("url", u.rstrip(".,;:!?)»”’"))

    # dates, then the numbers left over
    norm_text = normalize(MARKER.sub(" ", _strip_addresses(text)))
    norm_evidence = normalize(_strip_addresses(evidence))
    text_dates, text_rest = find_dates(norm_text)
    known_dates, evidence_rest = find_dates(norm_evidence)
    known = {d for _, d in known_dates}
    for p in backing:                                    # each passage's own date (its header gives it too)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.date or ""):
            y, m, d = (int(x) for x in p.date.split("-"))
            known.add((y, m, d))
    years = {d[0] for d in known if d[0]} | {int(n) for n in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", norm_evidence)}
    for written, date in text_dates:
        if not _date_backed(date, known, years):
            return Verdict.reject("date", written)
    numbers = _numbers(evidence_rest) | _numbers(norm_evidence) | {str(y) for y in years}
    numbers |= {str(ORDINAL_WORDS[m.group(1)]) for m in ORDINAL_WORD.finditer(norm_evidence)}
    numbers |= {str(part) for d in known for part in d if part}
    for n in sorted(_numbers(text_rest)):
        if n not in numbers:
            return Verdict.reject("number", n)

    # names and acronyms: in the passages, the question, or the glossary's other names for them
    names_evidence = evidence + "\n" + equivalents
    folded = _folded(names_evidence)
    for name in names_in(_strip_addresses(text)):
        if _folded(name) not in folded:
            return Verdict.reject("name", name)
    acronyms = set(ACRONYM.findall(names_evidence))
    for acr in ACRONYM.findall(_strip_addresses(text)):
        if acr not in acronyms and not re.fullmatch(r"[IVXLC]+", acr):
            return Verdict.reject("name", acr)

    # what is possible, required, open, free, guaranteed, due: only what the documents say
    norm_docs = normalize(documents)
    for claim, pattern in CLAIM_PATTERNS.items():
        if pattern.search(norm_text) and not pattern.search(norm_docs):
            return Verdict.reject("claim", claim)
    return Verdict(True, "", tuple(cited))


__all__ = ["Passage", "Verdict", "check", "cited_numbers", "find_dates", "names_in",
           "MAX_COMPOSE_CHARS", "TRANSLATE_RATIO"]
