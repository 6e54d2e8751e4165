"""The kind of fact a logged question asks: when, where, how often, how many, how much
(cost, fees), what about (objectives, agenda, key messages), what form (format, template,
length), where or how to send something, who, contact, how.

Two questions about one event ("when is the regional conference?" / "where is the
regional conference?") are two needs; the words that say so are few and the same in
every phrasing, so small patterns find them in Arabic (Modern Standard, Levantine,
Egyptian, Gulf), English and French, typed with or without accents.

Patterns run on :func:`bot.text.language.normalize` text: lower case, no accents, Arabic
alef/hamza/ya/ta-marbuta folded (so "متى" is "متي", "ة" is "ه"). A question gets the first
kind that matches in the order of :data:`KINDS` (the more specific first: "until when"
is *when*, not *how*; "how often" is not *how*). Used by the grouping
(:mod:`bot.review.grouping`) as one of its signals; the answer engine has its own
patterns for what it must answer, these are for telling needs apart.

*What about* (what a meeting discusses or aims at, the messages it gave) tells the
content of an event from its date, place or attendance, which a question without a kind
could otherwise join. Development log, one run: precision 0.91 -> 0.96 at the same recall
(0.74 -> 0.75); the held-out log 0.81 / 0.63 -> 0.82 / 0.63. *Form* and *send* tell what
a report must look like from where it goes ("where do we send it" is *send*, not *where*:
that kind comes first): development log 0.96 / 0.75 -> 0.99 / 0.81, held-out 0.82 / 0.63 ->
0.83 / 0.64. *Cost* (fees, paying) tells the price of taking part from its deadline or
procedure: development log unchanged in one run (3 batches 0.96 / 0.82 -> 0.98 / 0.81),
held-out 0.83 / 0.64 -> 0.84 / 0.65. Deadlines asked as "still open?", "آخر أجل", "c'est fini ?",
length limits ("max pages", "حد أقصى") and a report sent ("نبعته", "envoi"): development log A
unchanged (0.99 / 0.88), log C 0.62 / 0.48 -> 0.61 / 0.53, held-out 0.83 / 0.69 -> 0.83 / 0.72.
The last date or day, "ferment", "jusqu'à quelle date" (deadlines asked as a date): logs A and B unchanged, log C
0.74 / 0.56 -> 0.67 / 0.58 in one run, 0.67 / 0.50 -> 0.74 / 0.53 in 3 batches.
Tried and left out: "what month / quel mois" as *when* (log C precision 0.61 -> 0.55) and an
optional Arabic article before every form (log A precision 0.99 -> 0.90).
"""
from __future__ import annotations

import re

from bot.text.language import normalize

_AR = r"(?:^|(?<=[\s،؟?!.,:;\"'«(]))"          # an Arabic word starts (clitics are spelt out)
_END = r"(?=$|[\s،؟?!.,:;\"'»)])"

# (kind, pattern); the first that matches decides
KINDS: list[tuple[str, re.Pattern]] = [
    ("how-often", re.compile(
        r"\b(how often|how frequently|how regularly|frequency|every (?:year|two years|four years|4 years)|each year|"
        r"(?:is|are) (?:held|organi[sz]ed|convened) (?:every|each)|cycle|"
        r"frequence|tous les (?:combien|ans|deux ans|quatre ans|4 ans)|chaque annee|a quel rythme|periodicite|rythme)\b|"
        + _AR + r"(?:كم مره|كل كم|كل قديش|كل قد ايه|كل كام|دوريه|كل سنه|كل عام|كل اربع|كل 4|تواتر)")),
    # a deadline is not an event's date: "registration deadline imrf?" and "when is the next IMRF?" are two needs
    ("deadline", re.compile(
        r"\b(deadlines?|until when|until what date|by when|closing date|last (?:day|date)|final date|latest date|too late|still open|due|"
        r"close[sd]?|closing|date limite|dates limites|date butoir|jusqu'?a (?:quand|quelle date)|derniere date|dernier jour|"
        r"ferme(?:nt|ra|ront)?|echeance|delai|dernier delai|avant quelle date|"
        r"cloture|trop tard|encore ouvertes?|encore possible|c'?est fini|fermeture|se termine)\b|"
        + _AR + r"(?:اخر يوم|لغايه متي|حتي متي|لامتي|لحد امتي|اخر موعد|اخر ميعاد|الموعد النهايي|موعد نهايي|يغلق|بيسكر|"
        r"ينتهي|فات|اجل|الاجل|اخر اجل|مهله|المهله|(?:لسه|لسا|لساته|لا يزال|لازال|مازال|ما زال) مفتوح\w*|سكر|قفل)"
        + _END)),
    ("when", re.compile(
        r"\b(when(?:'s)?|what dates?|which dates?|what day|what year|date|dates|"
        r"quand|quelle date|quelles dates|quel jour|quelle annee|c quand)\b|"
        + _AR + r"(?:[وف]?متي|امتي|ايمتي|إمتي|موعد|ميعاد|مواعيد|تاريخ|تواريخ|"
        r"باي سنه|في اي سنه|في اي يوم|في اي شهر|بالزبط)" + _END)),
    ("cost", re.compile(
        r"\b(how much|cost|costs|fee|fees|pay|paid|price|free of charge|for free|charge|"
        r"combien (?:ca|ça) coute|cout|couts|coute|frais|payer|payant|payante|gratuit|gratuite|prix|tarif)\b|"
        + _AR + r"(?:رسوم|الرسوم|تكلفه|التكلفه|تكاليف|بتكلف|يكلف|كم يكلف|ندفع|يدفع|بندفع|بفلوس|ببلاش|مجاني|مجانا|مجانيه|سعر)" + _END)),
    ("form", re.compile(
        r"\b(format|template|length|how long (?:should|must|can) (?:it|the|our|my|a)|how many pages|how many words|page limit|word limit|"
        r"max(?:imum)? (?:pages|words|length)|pdf|structure|outline|"
        r"modele|forme|longueur|combien de pages|combien de mots|nombre de pages|nombre de mots|limite de mots|canevas|gabarit|plan type)\b|"
        + _AR + r"(?:نموذج|النموذج|قالب|القالب|الشكل|شكل|طول|صفحات|كلمات|عدد الصفحات|هيكل|حد اقصي)" + _END)),
    ("send", re.compile(
        r"\b(send|submit|upload|deposit|deliver|"
        r"envoyer|envoie|envoi|soumettre|deposer|transmettre|adresser)\b|"
        + _AR + r"(?:[و]?نرسل|ارسل|ارسال|نبعت|منبعت|ابعت|نبعث|نقدم|تقديم)(?:ه|ها|هم)?" + _END)),
    ("where", re.compile(
        r"\b(where(?:'s)?|which city|what city|in which city|venue|location|in (?:cairo|beirut|amman|new york)|"
        r"dans quelle ville|quel lieu|lieu|ou (?:se|a lieu|aura lieu|est|sera)|a beyrouth|au caire)\b|"
        + _AR + r"(?:اين|وين|فين|مكان|في اي مدينه|مقر|في القاهره|في بيروت)" + _END)),
    ("contact", re.compile(
        r"\b(contact\w*|get in touch|reach|focal point|talk to someone|write to|phone|"
        r"contacter|joindre|coordonnees|point focal|parler a quelqu'?un|ecrire|telephone)\b|"
        + _AR + r"(?:[وبل]?تواصل|اتواصل|نتواصل|الاتصال|اتصال|جهه اتصال|اكلم|احكي مع|رقم|ارقام)")),
    ("how-many", re.compile(
        r"\b(how many|number of|attendance|combien de (?:personnes|participants)|nombre de|"
        r"participation au dialogue)\b|"
        + _AR + r"(?:كم عدد|عدد|كم شخص|قديش كان عدد|كم كان عدد)")),
    ("what-about", re.compile(
        r"\b(objectives?|aims?|goals?|purpose|supposed to achieve|agenda|themes?|topics?|key messages|main messages|"
        r"recommendations|outcomes?|what (?:will|was|were|did|does|do) (?:be )?(?:discussed|discuss|said|say|ask(?:ed)? for|cover)|"
        r"discuss(?:ed)?|about what|"
        r"objectifs?|buts?|a quoi sert|ordre du jour|themes?|sujets?|messages cles|principaux messages|recommandations|"
        r"parle de quoi|de quoi|qu'?ont demande|discute)\b|"
        + _AR + r"(?:[وال]*اهداف|هدف|الهدف|موضوع|مواضيع|محاور|جدول الاعمال|الرسا[يئ]ل|رسا[يئ]ل|توصيات|التوصيات|اهم التوصيات|"
        r"[يتبه]*ناقش|هيناقش|بتناقش|بيناقش|بتتكلم عن|عن ايه|عن شو)" + _END)),
    ("who", re.compile(
        r"\b(who|whom|which agency|which organi[sz]ation|qui|quelle agence|quel organisme)\b|"
        + _AR + r"(?:من هو|من هي|من هم|مين|منو|من ينسق|من يحق|من منسق)" + _END)),
    ("how", re.compile(
        r"\b(how|steps|procedure|process|apply|comment|procedure|demarches?|etapes)\b|"
        + _AR + r"(?:كيف|كيفيه|ازاي|شلون|طريقه|الطريقه|خطوات|الخطوات|اجراءات|الاجراءات)" + _END)),
]

#: kinds that tell needs apart (two questions asking different ones of these are two needs);
#: *who* and *how* are too loose for that ("who can take part" / "how do we take part")
DISTINCT = ("how-often", "deadline", "when", "cost", "form", "send", "where", "contact", "how-many", "what-about")


def fact_kind(text: str) -> str | None:
    """The kind of fact the question asks, or None when it does not say (a fragment, "what is ...")."""
    return kind_of_normalised(normalize(text))


# each kind's pattern as its Latin-script and its Arabic-script halves, searched in the order of
# KINDS and only in a text that has letters of that script: the first kind found decides.
# Measured on 3,698 texts (the generated bench set and both labelled logs), the same kinds:
# one expression of every kind 0.31 s, the kinds one by one 0.21 s, by script 0.07 s.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_LATIN_LETTER = re.compile(r"[a-z]")


def _halves(pattern: re.Pattern) -> tuple[re.Pattern, re.Pattern]:
    latin, arabic = pattern.pattern.split("|" + _AR, 1)
    return re.compile(latin), re.compile(_AR + arabic)


_BY_SCRIPT = [(kind, *_halves(pattern)) for kind, pattern in KINDS]


def kind_of_normalised(norm: str) -> str | None:
    """:func:`fact_kind` of a text already normalised (``bot.text.language.normalize``)."""
    latin = _LATIN_LETTER.search(norm) is not None
    arabic = _ARABIC_LETTER.search(norm) is not None
    for kind, latin_pattern, arabic_pattern in _BY_SCRIPT:
        if (latin and latin_pattern.search(norm)) or (arabic and arabic_pattern.search(norm)):
            return kind
    return None


__all__ = ["KINDS", "DISTINCT", "fact_kind", "kind_of_normalised"]
