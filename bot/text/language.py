"""Which language a question is in (ar | en | fr), and text normalised for matching.

Arabic script is checked first, word by word, so a mixed "What is the IMRF? شكرا"
stays English and "ما هو IMRF؟" is Arabic. Acronyms (IMRF, GCM, IOM) and, beside
Arabic words, capitalised Latin words (names: "مين Amy Muedin؟", "شو ايميل GCM
Regional Review Arab States؟") say nothing about the language and are set aside: the
answer's language follows the question's main script and words, not its names.
Latin text goes to py3langid restricted to en/fr, helped by French cues (accents,
function words, the space French puts before ? ! : ;) and, when the caller passes a
lexicon, the words only one language's glossary forms use ("limite", "juillet",
"regionale" typed without accents) -- cues that matter on short questions.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LANGS = ("ar", "en", "fr")

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
ARABIC_CHAR = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
ARABIC_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
TATWEEL = "\u0640"
# what may stand before an Arabic word (matched normalised): a conjunction or preposition, then the
# article, or "لل" (ل + ال: "للفيزا", "للتسجيل")
CLITICS = r"(?<![\w])(?:[وفبلك]?(?:ال|لل)?)?"
_SINGULAR = re.compile(r"[a-z]{3,}[a-rt-wy]")


def plural_of(form: str) -> str | None:
    """The English or French plural of a one-word form a text may use instead ("bourse": "bourses", "diaspora":
    "diasporas", "reseau": "reseaux"), normalised; None for a form of several words, of fewer than four letters
    ("new" is not "news"), or not in Latin letters."""
    f = normalize(form)
    if not _SINGULAR.fullmatch(f):
        return None
    return f + "x" if f.endswith(("eau", "au", "eu")) else f + "s"


# the pronouns an Arabic noun takes (its, her, their, our)
_POSSESSIVES = ("ه", "ها", "هم", "نا")


def possessives_of(form: str) -> list[str]:
    """An Arabic one-word noun ending in ta marbuta with a possessive pronoun, normalised: "منحة" -> "منحته",
    "منحتها", "منحتهم", "منحتنا" (the ta is written open before the pronoun); none for a form of several words, of
    fewer than three letters before the ta, or not ending in ta marbuta."""
    f = normalize(form)
    if " " in f or not form.endswith("ة") or not re.search(r"[\u0600-\u06FF]", f):
        return []
    stem = f.removeprefix("ال")[:-1]
    return [f"{stem}ت{p}" for p in _POSSESSIVES] if len(stem) >= 3 else []


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

FR_WORDS = frozenset(
    "le la les des du de est et pour une un au aux sur dans qui que quoi quel quelle quels quelles "
    "avec sont été à ce cette ces il elle ils ont peut être par où quand comment combien pourquoi "
    "puis-je peux faut-il je nous vous mon ma mes leur leurs se sa son ne pas plus bonjour merci "
    "lieu aura sera était y a-t-il".split()
)
EN_WORDS = frozenset(
    "the is of and to in for are was be on with by which that an it this these they has have can "
    "will from what when where who how does do did i my we our you your there their please thanks "
    "hello hi about".split()
)
FR_ACCENTS = set("àâçéèêëîïôûùüÿœæ")


def to_ascii_digits(text: str) -> str:
    return text.translate(ARABIC_DIGITS)


def normalize_arabic(text: str) -> str:
    """Diacritics and tatweel removed; alef/hamza/ya/ta-marbuta variants folded; Western digits."""
    text = unicodedata.normalize("NFKC", text)     # presentation forms -> letters
    text = ARABIC_DIACRITICS.sub("", text).replace(TATWEEL, "")
    text = re.sub("[إأآٱ]", "ا", text)
    text = text.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return to_ascii_digits(text)


def fold_latin(text: str) -> str:
    """Lower case without accents (é -> e, œ -> oe) for matching French and English."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def normalize(text: str) -> str:
    """Normalised for matching in any of the three languages."""
    if text.isascii():          # nothing to fold but the case (a third of a log; 4x faster)
        return text.lower()
    return fold_latin(normalize_arabic(text))


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isascii()


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["en", "fr"])
    return ident


def detect_language(text: str, default: str | None = "en", lexicon: dict | None = None) -> str | None:
    """ar | en | fr, or ``default`` when the text gives no clue (e.g. "IMRF?").

    ``lexicon``: {"en": words, "fr": words} (accents folded) that only that language uses.
    """
    text = text or ""
    words = WORD.findall(text)
    arabic = [w for w in words if ARABIC_CHAR.search(w)]
    latin = [w for w in words if not ARABIC_CHAR.search(w) and not _is_acronym(w)]
    if arabic:
        # beside Arabic words, capitalised Latin words are names, not the question's language
        plain = [w for w in latin if not w[:1].isupper()]
        if len(arabic) + ("؟" in text) >= len(plain):
            return "ar"
    if arabic and not latin:
        return "ar"
    if not latin:
        if re.search(r"\S\s[?!:;»]", text) or "«" in text:
            return "fr"                            # French typography: "IMRF ?"
        if arabic or "؟" in text:
            return "ar"
        return default
    lowered = [w.casefold() for w in latin]
    fr_cues = sum(w in FR_WORDS for w in lowered) + 2 * sum(any(c in FR_ACCENTS for c in w) for w in lowered)
    fr_cues += sum(1 for w in lowered if re.match(r"^(?:l|d|qu|s|n|j|c)['’]", w)) * 2
    en_cues = sum(w in EN_WORDS for w in lowered)
    if lexicon:
        folded = [fold_latin(w) for w in lowered]
        fr_cues += sum(w in lexicon.get("fr", ()) for w in folded)
        en_cues += sum(w in lexicon.get("en", ()) for w in folded)
    if re.search(r"\w\s[?!:;]", text):
        fr_cues += 1
    if len(lowered) <= 4 and fr_cues != en_cues:
        return "fr" if fr_cues > en_cues else "en"
    if abs(fr_cues - en_cues) >= 2 or not (fr_cues and en_cues) and fr_cues != en_cues:
        # (or the cues of one language only: "muscat digital remittances consultation - dates?" has an English word
        # and no French one, whatever the model makes of "muscat" and "consultation")
        return "fr" if fr_cues > en_cues else "en"
    lang, _ = _identifier().classify(" ".join(latin))        # the model only when the cues disagree
    return lang if lang in ("en", "fr") else (default or "en")


# ordinals and Roman numerals (normalised: no accents, Arabic letters folded) -> their number:
# "Second Regional Review Conference", "Session II", "الجلسة الثالثة", "troisième séance"
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "premier": 1, "premiere": 1, "deuxieme": 2, "seconde": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "الاول": 1, "الاولي": 1, "الثاني": 2, "الثانيه": 2,
    "الثالث": 3, "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5,
    "السادس": 6, "السادسه": 6, "السابع": 7, "السابعه": 7, "septieme": 7,
    "التاني": 2, "التانيه": 2, "التالت": 3, "التالته": 3,                 # spoken: ت for ث
    "ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "xi": 11, "xii": 12,
}
# shorthand people type on a phone, spelled out before a question is matched (whole words, any case)
SHORTHAND = {
    "doc": "document", "docs": "documents", "conf": "conference", "confs": "conferences", "ppl": "people",
    "mtg": "meeting", "mtgs": "meetings", "govt": "government",
    "govts": "governments", "info": "information", "reg": "registration", "regs": "registration",
    "recs": "recommendations", "rec": "recommendation", "hw": "how", "wat": "what", "wht": "what", "whn": "when",
    "whats": "what is", "wheres": "where is", "whos": "who is", "pls": "please", "plz": "please", "thx": "thanks",
    "ur": "your", "abt": "about", "2nd": "second", "1st": "first", "3rd": "third",
    "2e": "deuxième", "2eme": "deuxième", "1ere": "première", "3e": "troisième",
    # spoken Arabic says ت for ث in these: "المؤتمر التاني", "تشرين التاني", "الجلسة التالتة"
    "التاني": "الثاني", "التانية": "الثانية", "تاني": "ثاني", "تانية": "ثانية", "التالت": "الثالث",
    "التالتة": "الثالثة", "تالت": "ثالث", "تلات": "ثلاث", "تلاتة": "ثلاثة", "تلاتين": "ثلاثين",
}
SHORTHAND_RE = re.compile(r"(?<![\w/@.-])(" + "|".join(sorted(map(re.escape, SHORTHAND), key=len, reverse=True)) + r")(?![\w@-])",
                          re.IGNORECASE)


def spell_out(text: str) -> str:
    """Shorthand spelled out: "deadline outcome doc?" -> "deadline outcome document?", "2nd conf" -> "second conference"."""
    return SHORTHAND_RE.sub(lambda m: SHORTHAND[m.group(1).casefold()], text or "")
