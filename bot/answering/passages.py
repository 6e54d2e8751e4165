"""Step 3 (choose), the sentences that answer: :class:`Understanding` + :class:`Retrieval`
-> :class:`PassageChoice`.

The sentences of the top chunks -- and their section headings when a heading names a
speaker (name, role, organisation) -- are scored by the question's words they share
(weighted by rarity; a follow-up's own words weigh more, a date the question already gives
less), the chunk's dense similarity and its rank; the best few are quoted, each with its own
document and section, with the list a sentence introduces. The best sentence must hold the
kind of fact the question asks for (a person, a date, a count of what is counted, an
address ...; bot/answering/facts.py) and the years it names -- a role may stand in the lines
that head it in a programme ("Opening session" above the speaker's line); it must name the
subject of ``not_covered.yaml`` the question asks about ("hotel") when a new document covers
it; and a meeting the question places ("l'atelier de Tunis") is answered from the documents of
the events held there only. When none of the top sentences does, the choice says so (``holds``
false): the documents are quoted for what they do say, and the question is not counted as
answered.
"""
from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass, field, replace
from functools import lru_cache

from bot.answering.facts import (ADDRESS, AIMED, ANY_DATE, EMAIL, ENDING, LINK, HAPPENED, LANGUAGE_NAMED, Q_LANGUAGES, OF_ANOTHER, OUTCOME_STEMS, PLACE_LABEL_WORDS, SUPPOSED, Q_AGE, Q_DURATION, Q_EXACT, Q_WHO_CAN, NOT_SET, UNSET_HEAD, PERSON, PERSON_FR_AR, TIME, TO_BE_ANNOUNCED, counts_in, day_months, heads_who_takes_part,
                                 holds, named_in_brackets, names_all, names_speakers, names_thing, parts_named, person_names, plays, said_by, said_on,
                                 speakers_asked, who_clause, years_hold)
from bot.answering.retrieve import PASSAGE_CHUNKS, Retrieval
from ingest.dates import PREPARES_RAW, extended_to, extends, find_dates, in_force, is_dateline, table_cells, venues_said
from ingest.loaders import is_forwarded_heading, is_mail_field, sent_heading
from bot.answering.understand import CHANGE_ASKED, SESSION_WORDS, Understanding
from bot.knowledge.glossary import ASKING_PREFIXES, NON_DOMAIN_PREFIXES
from bot.text.language import ARABIC_CHAR, normalize, to_ascii_digits
from bot.text.lexical import LexicalIndex, tokens
from bot.text.places import (CITIES, EVENT_NOUNS, REGIONS, counts_origin, from_phrase_start, gazetteer_spans, meeting_asked_besides, places_in,
                              names_a_document,
                              names_origin, opens_with_building, said_to_come_from)
from bot.text.sentences import TABLE_ROW, split_sentences

DATE_WORD_WEIGHT = 0.3      # a passage's sentences: weight of the words of a date the question gives
# a passage answer quotes up to this many sentences scoring at least this share of the best one;
# French readers get fewer (an English quotation crowds out the French around it), measured
PASSAGE_SENTENCES = {"en": 4, "fr": 3, "ar": 4}
PASSAGE_SENTENCE_SHARE = {"en": 0.4, "fr": 0.5, "ar": 0.4}
# The best sentence of the top chunks that holds the kind of fact asked (and the question's years
# and days, and one of its topic words) answers, however far below the best sentence it scores:
# measured on the realistic dev half, requiring 0.5 (then 0.3) of the best score missed counts one
# chunk further down (facts .86, then .92) and refused no more near misses than no bar (.94, oos 1.0).
# a compound that names the other side of its last word: "self-funded" participants are not the "funded" ones,
# "non-ECOSOC" organisations not the "ECOSOC" ones (unless the question says it so)
OPPOSITE_HEADS = ("self", "non")
OPPOSITE = re.compile(r"\b(?:self|non)-[^\W\d_]+", re.IGNORECASE)
#: the types of glossary terms that a text names as a closed set ("in Arabic and English", "by IOM and ESCWA", "for
#: representatives of migrant associations"): one it does not name, of those, is not said to be so -- languages and
#: organisations in the passage that answers, kinds of actors in its sentence (a page names who is invited in one
#: section and who is funded in another: "can trade unions register?" is not refused by the registration section's
#: "ten representatives of migrant associations"). (The umbrella words -- civil society, NGOs -- have no type: "can
#: NGOs attend?" is not refused by "open to civil society".)
KINDRED_TYPES = {"language": "passage", "organisation": "passage", "actor": "sentence"}
# the first words of a sentence, where its subject stands (up to a colon: "38 participants: labour inspectors, trade
# unions ..." names no one who spoke)
SENTENCE_HEAD = re.compile(r"[^:]{0,90}(?<=\S)(?=\s|:|$)|")
# glossary entries that say how a question asks (a date, a deadline, a place, an address), not what about
FACET_ENTRIES = {"date", "deadline", "lex-deadline-more", "lex-time", "venue", "email", "contact", "next",
                 "lex-apply"}     # ("deadline to apply", "how do we apply": how one takes part, not what about)
# ... and of a time asked, its start or end (the glossary's, and the words of any language for them)
TIME_FACETS = {"lex-begin"}
TIME_ASKING = re.compile(r"^(?:start|begin|began|beginning|end|ending|finish|commenc|debut|termin|fini|يبدا|تبدا|بيبدا|"
                         r"بتبدا|يبتدي|بيبتدي|تبتدي|بتبتدي|ينتهي|تنتهي|بيخلص|بتخلص|يخلص|تخلص)")
# kinds of fact that a meeting's own document gives once, whatever words say them ("avoir au moins 18 ans révolus"
# for "quel âge minimum"): each of its chunks holding one is read when the question places the meeting
PLACED_KINDS = ("age",)
# facts about what a section is about, said without naming it ("Participation is free" under "5. Online
# consultation"; "To be eligible, applicants must: - represent ..." under "8. Travel support")
SECTION_KINDS = ("cost", "time", "zone", "eligible", "format")
# facts a document gives for several things of one meeting (the deadline for registration, for inputs, for the
# outcome document; the link to register, to watch, to the network's page): the thing asked must be named
DATED_KINDS = ("date", "day", "deadline")
# the words before a meeting another one prepares, normalised: "in preparation for the IMRF", "en vue de l'examen",
# "استعدادًا لمنتدى ...", "تحضيرًا للاستعراض ..."
PREPARED_FOR = re.compile(r"(?:(?:in preparation|preparing|prepare) for|ahead of|towards|en vue d[eu']|en preparation d[eu']"
                          r"|preparatoire a|(?<!\w)(?:استعدادا|تحضيرا|التحضير|للتحضير))\s*(?:the|la|le|l'|des?|du)?\s*(?:ل|لل)?$")
#: the glossary's ways of taking part (a count of one is not a count of the other)
FORMATS = ("online", "in-person")
# a date said to be not set yet, in an item that says other things ("April 2039 (exact date to be announced)", "date à
# confirmer", "الموعد يحدد لاحقا") (normalised)
DATE_UNSET = re.compile(r"\b(?:the )?(?:exact |precise )?(?:dates?|days?|times?|hours?|jours?|heures?|horaires?)"
                        r"(?: (?:and|et) (?:dates?|times?|venue|lieu|heures?))?\s+"
                        r"(?:(?:will be|are to be|is to be|to be|remains? to be|est|sont|sera|seront|reste|restent) )?"
                        r"(?:announced|confirmed|determined|decided|fixed|a confirmer|a preciser|a determiner|a fixer|"
                        r"annoncee?s? ulterieurement|communiquee?s? ulterieurement)\b"
                        r"|(?<!\w)(?:ال)?(?:موعد|تاريخ|وقت)(?: \w+){0,2} (?:س?[يت]حدد|س?[يت]علن)\w* (?:لاحقا|في وقت لاحق)")


# the verbs of applying or taking part, as who may do it is asked (normalised): "who can apply", "qui peut postuler",
# "مين بيقدر يقدم" ("أن تكون الجهة المتقدمة ..." says who applies without the question's verb)
APPLYING = re.compile(r"\b(?:apply|applying|participate|take part|attend|join|submit|register|postuler|candidater|participer|"
                      r"soumettre|s'inscrire|inscrire)\b|(?<!\w)(?:يقدم|يتقدم|تقدم|اقدم|نقدم|يشارك|تشارك|اشارك|نشارك|يسجل|"
                      r"يترشح|اترشح|نترشح)(?!\w)")


# what was said first, asked as such: "the old date", "la date initiale", "الموعد القديم" (normalised)
# the place a meeting is held in, asked by name (normalised): "venue address", "l'adresse du lieu", "عنوان المكان"
VENUE_ASKED = re.compile(r"\b(?:venue|lieu|location|emplacement)\b|(?<!\w)(?:مكان|المكان|القاعه|الفندق)(?!\w)")
EARLIER_ASKED = re.compile(r"\b(?:old|previous|original|initial|earlier|ancienne?s?|initiale?s?|precedente?s?|d'origine)\b"
                           r"|(?<!\w)(?:القديم|القديمه|السابق|السابقه|الاصلي|الاصليه)(?!\w)")


def unset_item(item: str) -> bool:
    """Does an item of a list say it is not decided yet ("- Lieu : à confirmer", "- The themes, to be announced")? Not
    one saying only that its date is ("9. Zero draft | April 2039 (exact date to be announced) | Send written comments
    within two weeks of its circulation": how long there is to comment is given)."""
    rest = DATE_UNSET.sub(" ", normalize(item))
    return _not_set(rest) or bool(UNSET_HEAD.search(rest))


# what a place is called, in a sentence saying it is not set yet ("its venue will be announced later", "lieu à
# confirmer", "وسيحدد مكانه وتاريخه لاحقا") (normalised)
PLACE_WORD = re.compile(r"\b(?:venue|location|place|city|host|lieu|ville|endroit)\b|(?<!\w)(?:[وب]?(?:ال)?(?:مكان|مدينه|مقر)\w*)")


# kinds of a text each the other's opposite, normalised: an oral statement is not a written one, nor a draft the final
# version ("whats the max word count for the oral statement" -- "Written statements: no more than 700 words")
OPPOSED_KINDS = (
    (re.compile(r"\boral(?:e|es|ly|ement)?\b|(?<!\w)(?:ال)?(?:شفهي|شفوي)\w*"),
     re.compile(r"\bwritten\b|\becrite?s?\b|\bpar ecrit\b|(?<!\w)(?:ال)?(?:مكتوب|خطي|كتابي)\w*")),
    (re.compile(r"\bfinal(?:e|es|s)?\b|\bdefinitive?s?\b|(?<!\w)(?:ال)?نهائي\w*"),
     re.compile(r"\bdrafts?\b|\bbrouillons?\b|\bavant-projets?\b|(?<!\w)(?:ال)?مسود\w*")),
)


# ... not a deadline's "final": "الموعد النهائي", "الأجل النهائي" (normalised)
FINAL_DATE = re.compile(r"(?<!\w)(?:ال)?(?:موعد|اجل|تاريخ|ميعاد|مهله)\s+(?:ال)?نهائي\w*")


def opposed_kind(question: str, text: str) -> bool:
    """Does a normalised text name only the opposite kind of a text the normalised question names ("oral" / "written",
    "final" / "draft"), so what it says is of another text?"""
    question, text = FINAL_DATE.sub(" ", question), FINAL_DATE.sub(" ", text)
    return any(asked.search(question) and not other.search(question) and other.search(text) and not asked.search(text)
               for one, two in OPPOSED_KINDS for asked, other in ((one, two), (two, one)))


def _not_set(norm: str, of_place: bool = False) -> bool:
    """Does a normalised sentence say a date is not set yet, in its own words ("has not yet been fixed", "reste à
    fixer", "لم يتحدد") or as a date to be announced is said ("(date à confirmer)", "to be announced")? ``of_place``:
    a place, named so (not "the programme will be communicated later")."""
    return bool(NOT_SET.search(norm) or TO_BE_ANNOUNCED.search(norm)) and (not of_place or bool(PLACE_WORD.search(norm)))


SAYS_MORE = 2              # a sentence saying this many more of a date question's words is what it asks the date of
OBJECT_KINDS = ("deadline", "link", "access", "download", "email", "phone", "send", "date", "day",   # (and the date of one of
                "time", "zone", "age", "eligible")         # its meetings, its hours, the age it asks of, who may apply to it)
# (not how long a part lasts: a French question on an English page has none of its words -- "combien de temps dure ...")
OWN_OBJECT_KINDS = ("deadline", "link", "access", "download", "email", "phone", "send")    # (a meeting's date: see _about)
# a meeting's nouns and its parts', as tokens: "when is the online preparatory session" is not answered by the opening
# session's day
# kinds of fact whose places asked ("how many from Egypt", "who spoke for Libya", the price in Jordan) a sentence's
# count, speaker or price is checked against (``ChoosePassage._counts_from``); another kind's, by the list item
# holding it (``ChoosePassage._one_item_holds``)
COUNTED_KINDS = ("number", "person", "cost")
MEETING_WORDS = frozenset(tk for w in [*EVENT_NOUNS, "session", "sessions", "séance", "séances", "جلسة", "الجلسة"]
                          for tk in tokens(w))
NAMED_THING_WORDS = 3       # a thing the question names by a name this long: a passage giving its date names it
TOPIC_STEM = 5              # topic words compared by their first letters (Tunis ~ Tunisia, indicateurs ~ indicators)
LOCAL_HEADING_WORDS = 16    # a line of at most this many words, not ended like a sentence, heads the lines below it
# a sentence about what the one before it names ("It will be held in person only", "Elle se tiendra ...")
PRONOUN_START = re.compile(r"^\W*(?:it|they|this|these|its|their|il|elle|ils|elles|celle-ci|celui-ci|cette réunion|"
                           r"cet atelier|ce webinaire)\b", re.IGNORECASE)
# the thing a deadline is asked for (normalised question): its head noun, last in English ("deadline for written
# statements to the forum"), first in French ("date limite pour envoyer une déclaration écrite")
DEADLINE_OF_EN = re.compile(r"\b(?:deadline|due date|last day|closing date)\s+(?:(?:for|of)\s+(?:(?:sending|submitting|submission of|"
                            r"delivering|applying for|registering for)\s+)?|to\s+(?:send|submit|deliver|hand in|apply for|register for)\s+)"
                            r"(?:the |a |an |our |my |their |your )?"
                            r"(?P<x>[a-z][a-z' -]*?)(?=\s+(?:to|for|at|of|in|on|by|before|after|with)\b|\s*[?,.!]|$)")
DEADLINE_OF_FR = re.compile(r"\b(?:date limite|dernier delai|echeance)\s+(?:pour|de|des|du|d')\s*(?:(?:envoyer|soumettre|deposer|"
                            r"transmettre|presenter|proposer|remettre)\s+)?(?:une |un |la |le |les |nos |notre |l'|des |d')?"
                            r"(?P<x>[a-z][\w-]*)")


def deadline_object(q: str, language: str) -> str:
    """The head noun of what a deadline is asked for, in English or French; "" when none is named ("deadline to
    apply?", "date limite d'inscription" names registration)."""
    pat = DEADLINE_OF_EN if language == "en" else DEADLINE_OF_FR if language == "fr" else None
    m = pat.search(normalize(q)) if pat else None
    words = [w for w in tokens(m.group("x")) if len(w) >= 4 and not w.isdigit()] if m else []
    return (words[-1] if language == "en" else words[0]) if words else ""


def _said_in(term, heard: set) -> bool:
    """Does what the passages say (``heard``: their words' first letters) name a glossary term in any English form,
    every word of it ("remote participation" is not said by "94 participants")?"""
    return any(all(topic_keys(tk) & heard for tk in tokens(f)) for f in term.english if tokens(f))


def _keys_of(terms) -> set:
    """The first letters of the words of the terms' first three English forms: a topic only a sentence naming one
    of them has."""
    return {k for t_ in terms for f in t_.english[:3] for tk in tokens(f) for k in topic_keys(tk)}


# the kinds of fact an address gives: its words may be what the question names ("the email for the grants":
# "subventions@...")
ADDRESS_KINDS = ("email", "link", "send", "download", "phone")


def without_addresses(text: str, mailboxes: bool = False) -> str:
    """A text without its links and e-mail addresses, whose words do not say what it is about ("...@roscam-ac.example"
    names no topic of the sentence); with ``mailboxes``, an address's mailbox kept, which may say what it is for
    ("kl2039-childcare@...")."""
    return LINK.sub(" ", EMAIL.sub(lambda m: m.group(0).split("@")[0] if mailboxes else " ", text))


#: a line giving an address or a number as a field ("Courriel : ...", "Email:", "Tél. :", "البريد الإلكتروني:")
CONTACT_FIELD = re.compile(r"\s*(?:e-?mail|courriel|mail|adresse (?:é|e)lectronique|t[ée]l(?:[ée]phone)?\.?|phone|mobile|"
                           r"whatsapp|(?:ال)?بريد(?: ال[إا]لكتروني)?|(?:ال)?هاتف|(?:ال)?جوال|واتساب)\s*[:：]", re.IGNORECASE)


def without_venues(text: str) -> str:
    """A text without the buildings it says a meeting is held in ("تُعقد ... في قاعة زاغروس بفندق نيشتمان بالاس", "held at
    the Hilton Hotel"): where it is, not what it says of hotels."""
    for venue in venues_said(text):
        text = text.replace(venue, " ")
    return text


def asking_words(glossary, text: str, facets=FACET_ENTRIES) -> set[str]:
    """The words of a text that say how it asks (a date, a deadline, a place, an address: the glossary's facet
    and question entries), not what about."""
    return {tk for t_, _, matched in glossary.find(text) if t_.id in facets or t_.id.startswith("q-")
            for tk in tokens(matched)}


def leans_on(sentence: str, before: str) -> bool:
    """Is a sentence about what the one before it says: it opens with a pronoun ("It will be held in person only"),
    or the one before asks the question it answers ("Questions about the application form? Write to ...")?"""
    return bool(PRONOUN_START.match(sentence)) or asked_before(before)


# the parts a section lists in a table, one a row numbered in its first cell ("3. The roundtables" > "4 | Climate
# mobility | Thursday, 19 April, 10:00–12:00 | ... | Sala Pacífico"): the part's noun, as :func:`parts_named` reads it
_SECTION_PARTS = re.compile(r"\b(round\s?tables?|tables? rondes?|sessions?|s[ée]ances?|panels?|working groups?|"
                            r"groupes? de travail)\b", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"\s*\|?\s*(?:n[o°]\.?\s*)?(\d{1,2})\s*\|")


def _row_part(sentence: str, section: str) -> str:
    """The part a table row is, numbered in its first cell under a section naming the parts ("roundtable 4"), or ""."""
    number, parts = _ROW_NUMBER.match(sentence), _SECTION_PARTS.search(section or "")
    if not (number and parts):
        return ""
    noun = parts.group(1).lower()
    noun = "table" if "table" in noun else "session" if noun.startswith(("séance", "seance", "session")) else \
        "group" if "group" in noun else "panel"
    return f"{noun} {number.group(1)}"


def is_venue(sentence: str) -> bool:
    """Does a sentence say where a meeting is held: a venue after "held at" / "se tiendra à" / "تُعقد في", or a line
    that opens with a building's name, whatever marks it ("📍 دار الضفتين للمؤتمرات ...", "Lieu : Centre Ineza ...")?"""
    return bool(venues_said(sentence)) or opens_with_building(FIELD_LABEL["place"].sub("", sentence, count=1))


def asked_before(before: str) -> bool:
    """Does a sentence ask a question, which the one after it answers?"""
    return before.rstrip().endswith(("?", "؟"))


def answers_before(sentence: str, before: str) -> bool:
    """Is a sentence the answer to the question before it, quoted in a reply ("> 1. Pouvons-nous venir à deux ?" --
    "Oui, exceptionnellement une deuxième personne ...") or answered yes or no ("Can we bring a colleague? No, ...");
    not what its asker goes on to say ("1. Pouvons-nous venir à deux ? Notre point focal jeunesse ...")?"""
    return asked_before(before) and (before.lstrip().startswith(">") or bool(YES_OR_NO.match(sentence)))


# the word "year" said of the year a question gives (normalised, ASCII digits): "سنة 2040", "the year 2040", "l'annee 2040"
YEAR_NAMED = re.compile(r"\b(?:year|annee|an)\s+(?:19|20)\d\d\b|(?<!\w)(?:ال)?(?:سنه|سنة|عام)\s+(?:19|20)\d\d(?!\d)")
# ... those words as a question's topic words (and "year", their glossary English)
YEAR_WORDS = frozenset(tokens("year years annee annees an ans سنه سنة السنه عام العام"))
# what a document says an earlier version (or an earlier message) said wrongly (normalised): "indiquait par erreur",
# "stated in error", "was incorrectly given", "ذكرت خطا", "عن طريق الخطا"
IN_ERROR = re.compile(r"\b(?:par erreur|erronee?ment|a tort|in error|by mistake|mistakenly|erroneously|wrongly|incorrectly)\b"
                      r"|(?<!\w)(?:خطا|بالخطا|سهوا)(?!\w)")
#: what a sentence asking a question weighs of its words (its answer, after it, weighs them whole)
ASKED_SHARE = 0.5
QUOTED_MARKS = re.compile(r"^\s*(?:>\s*)+")
#: a reply's first word saying yes or no
YES_OR_NO = re.compile(r"^\W*(?:yes|no|oui|non|si|نعم|لا|أجل|اجل|كلا)(?!\w)", re.IGNORECASE)


#: the endings an English word takes that leave it the same word ("shortlist" / "shortlisted", "register" / "registering")
INFLECTIONS = frozenset({"ed", "d", "ing", "s", "es", "er", "ers"})
LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)]|[ivx]{1,4}[.)]|[a-h][.)])\s*\S", re.IGNORECASE)
LIST_MARK = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)]|[ivx]{1,4}[.)]|[a-h][.)])\s*", re.IGNORECASE)


# where what a person said starts, after their name and role: a verb of speech or the auxiliary before one
PREDICATE = re.compile(r"\s(?:said|says|noted|stressed|highlighted|explained|presented|spoke|called|underlined|emphasi[sz]ed|"
                       r"recalled|shared|described|welcomed|thanked|opened|gave|has|have|had|was|were|is|are|will|"
                       r"a|ont|avait|est|sont|sera|dit|souligne|soulign[ée]|rappel[ée]|indiqu[ée]|"
                       r"قال|قالت|أكد|أكدت|اكد|اكدت|أشار|أشارت|اشار|اشارت|تحدث|تحدثت|عرض|عرضت|شدد|شددت|دعا|دعت|قدم|قدمت)\b")


@dataclass
class PassageChoice:
    picked: list[tuple[int, int]]      # (chunk index, sentence index), in the order quoted
    top: int                           # the chunk of the best sentence
    runs: list[tuple[int, str]] = field(default_factory=list)   # (chunk index, its quoted sentences, "[…]" between)
    holds: bool = True                 # does the best sentence hold the kind of fact asked for?
    missing: str = ""                  # when not: "names" if no text names the question's names, "subject" if
                                       # none names the not-covered subject asked about (``word``)
    word: str = ""

    @property
    def quotes(self) -> str:
        return " […] ".join(text for _, text in self.runs)


# a place named as where something is: "in Egypt", "à Dakar", "au Maroc", "dans", "في مصر", "بمصر"
_LOCATIVE = re.compile(r"(?:\b(?:in|at|à|a|au|aux|en|dans)\s+(?:the\s+)?|(?<!\w)في\s+|(?<!\w)[وف]?ب)$")


def located_in(norm: str, names: frozenset) -> bool:
    """Does a normalised question name one of these places as where something is ("... بمصر", "in Egypt"), not as a
    meeting's name ("the dakar consultation", "contribution ecrite dakar") nor as the city a review is held in, which
    says which review it is ("the regional review in Abuja", "للمراجعة الإقليمية بأبوجا"; not "الاستعراض الإقليمي
    لأفريقيا", the review of a region; "الاجتماع ببيروت متى" asks of a meeting in Beirut)?"""
    def prefixed(start: int, end: int, name: str) -> bool:     # "بمصر": the place with "in" written on it
        return norm[start] in "بو" and any(n == name and e - s == end - start - 1
                                          for s, e, n in gazetteer_spans(norm[start + 1:end]))
    return any(name in names and (_LOCATIVE.search(norm[max(0, start - 12):start]) or prefixed(start, end, name))
               and not (name in CITIES and _A_REVIEW_BEFORE.search(norm[max(0, start - 40):start]))
               for start, end, name in gazetteer_spans(norm))


# a review named before a city, as a meeting held there (normalised): "the regional review in Abuja", "للمراجعة الإقليمية
# بأبوجا", "l'examen régional à Dakar"
_A_REVIEW_BEFORE = re.compile(r"(?:\breview|\bexamen|(?<!\w)(?:لل|ال|ل)?(?:استعراض|مراجعه))(?:\s+\S+){0,2}\s+\S{0,2}$")


def _day_of(value) -> date | None:
    """A chunk's document date ("2041-03-27"), or None."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@lru_cache(maxsize=1 << 14)
def topic_keys(token: str) -> frozenset:
    """How topic words are compared: by their first letters, with and without their ending ("Tunis" ~
    "Tunisia", "indicateurs" ~ "indicators", "opened" ~ "opening", "apply" ~ "application")."""
    cut = ENDING.sub("", token) if len(token) > 5 else token
    if token.endswith("y") and len(token) > 3:
        cut = token[:-1] + "i"         # "apply" ~ "applicants", "application"; "study" ~ "studies"
    return frozenset({token[:TOPIC_STEM], cut[:TOPIC_STEM]})


def sentences_of(text: str) -> list[str]:
    """A chunk's sentences and list items (never cut after "Ms.", "Dr.", "H.E.", "No.", an initial)."""
    return [s for s in split_sentences(text) if s.strip(" -•*")]


def introduced_items(sents: list[str], j: int, most: int = 8) -> list[str]:
    """The items of the list sentence ``j`` introduces ("Sont invités :" over "- les représentants des ministères
    ..."), their list marks aside; [] when it introduces none."""
    if not sents[j].rstrip().endswith(":"):
        return []
    items = []
    for k in range(j + 1, min(len(sents), j + 1 + most)):
        if not LIST_ITEM.match(sents[k]):
            break
        items.append(LIST_MARK.sub("", sents[k]))        # "1." numbers an item, it counts nothing
    return items


def introduced(sents: list[str], j: int, most: int = 8) -> str:
    """The list sentence ``j`` introduces, as one text (with a leading space), or "" (:func:`introduced_items`)."""
    items = introduced_items(sents, j, most)
    return " " + " ".join(items) if items else ""


# what runs a list's items together in one sentence: semicolons (Latin or Arabic), and list marks ("- ", "• ") before
# a word when the sentence holds two or more of them ("10:00 - 12:00" is a time, "Tunis - 25 May" a dateline)
SEMICOLON = re.compile(r"\s*[;؛]\s*")
RUN_MARK = re.compile(r"(?:^|\s)[-•*]\s+(?=[^\W\d_])")
# the colon that ends a list's lead-in ("who: - are aged ..."), not a time's ("09:30") nor a link's ("https://")
LEAD_COLON = re.compile(r"(?<!\d):(?!/)|:(?=\s)")


def run_items(text: str) -> tuple[str, list[str]]:
    """A sentence that runs a list together, as its lead-in and its items: "The call is open to young people who:
    - are aged ... (19 October 2027); - are available to attend ... an online preparatory session" -> ("The call is
    open to young people who:", ["are aged ...", "are available ..."]); a table row's cells before its first
    semicolon lead its last cell's items ("09:30–10:30 | Opening session | Representative of ... (tbc); Mr. ...").
    A sentence of one item: ("", [text])."""
    parts = (RUN_MARK if len(RUN_MARK.findall(text)) >= 2 else SEMICOLON).split(text)
    parts = [p.strip() for p in SEMICOLON.split(" ; ".join(parts)) if p.strip()]   # (an item's own semicolons too)
    if len(parts) < 2:
        return "", [text]
    first = parts[0]
    cut = max([m.end() for m in LEAD_COLON.finditer(first)] + [first.rfind("|") + 1])
    lead, parts[0] = first[:cut].strip(), first[cut:].strip()
    items = [p for p in parts if p]
    return (lead, items) if len(items) >= 2 else ("", [text])


def as_typed(question: str, matched: str) -> str:
    """The question's own words for a normalised match ("francais" -> "français", "oim" -> "OIM"), else the match."""
    want = matched.strip()
    spans = [m.span() for m in re.finditer(r"\w+", question)]
    for i, (start, _) in enumerate(spans):
        for _, end in spans[i:i + 8]:
            if normalize(question[start:end]).strip() == want:
                return question[start:end]
    return want


def heading_like(sentence: str) -> bool:
    """A line of a programme or agenda that heads what follows ("Opening session", "Day 2: Wednesday,
    11 March 2026", "Mr. Youssef Trabelsi, Director-General, ..."): short, not ended like a sentence."""
    text = sentence.strip()
    return bool(text) and not text.endswith((".", "!", "?", ";", ":")) and len(text.split()) <= LOCAL_HEADING_WORDS \
        and not LIST_ITEM.match(text)


def one_paragraph(text: str, first: str, second: str) -> bool:
    """Do two sentences of a chunk's text, the first before the second, stand in one paragraph (no line break between
    them)? True when either is not found as written (a table's reading, a heading)."""
    i = text.find(first)
    k = text.find(second, i + len(first)) if i >= 0 else -1
    return i < 0 or k < 0 or "\n" not in text[i + len(first):k]


def local_headings(sents: list[str], j: int, people: bool = True) -> str:
    """The heading-like lines just above sentence ``j`` of a chunk (at most two), nearest last: where
    a programme names the session and the role of the person below them. Without ``people``, a line
    naming a person is left out: "Moderator: Ms. Leila Benali" is her role, not the speaker's below it."""
    out: list[str] = []
    k = j - 1
    row = " | " in sents[j]                      # (a table's rows above a row are its siblings, not its headings:
    while k >= 0 and len(out) < 2 and heading_like(sents[k]) and not OWN_DATE_LINE.match(sents[k].strip()) \
            and not (row and " | " in sents[k]):  # "Annonce des résultats | octobre 2039" heads no workshop below)
        out.insert(0, sents[k].strip())
        k -= 1
    return " ".join(line for line in out if people or not PERSON.search(line))


#: words at most of a run-in heading (:func:`run_in_heading`)
RUN_IN_WORDS = 8
# a paragraph's number before its run-in heading ("2.3 Site visit cancelled.")
PARAGRAPH_NUMBER = re.compile(r"^\s*(?:[-•*]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-h][.)])?\s*")


def _introduces(text: str, first: str, second: str) -> bool:
    """Does ``first`` end in a colon on the line before ``second`` ("... through the same link as before:" over
    "https://...")? What it introduces goes on its paragraph."""
    i = text.find(first)
    k = text.find(second, i + len(first)) if i >= 0 else -1
    return k >= 0 and first.rstrip().endswith(":") and text[i + len(first):k].count("\n") == 1


def run_in_heading(sents: list[str], j: int, text: str) -> str:
    """The run-in heading of the paragraph or list item sentence ``j`` stands in: its first sentence when that is
    short and ends in a full stop or a colon, before more of the paragraph ("- Hybrid participation. The plenary
    sessions will be streamed ... through the same link as before: https://...", "2.3 Site visit cancelled. Session 3
    ... is cancelled"): what the sentences after it are about. "" when the sentence opens its paragraph."""
    k = j
    while k > 0 and j - k < 8 and not LIST_ITEM.match(sents[k]) and sents[k - 1] in text and sents[k] in text \
            and (one_paragraph(text, sents[k - 1], sents[k]) or _introduces(text, sents[k - 1], sents[k])):
        k -= 1
    if k == j:
        return ""
    head = sents[k].strip()
    words = PARAGRAPH_NUMBER.sub("", head, count=1).split()
    # (a heading opens with a capital, or in a script without one: not the end of a sentence the chunk before began,
    # "self sponsored for multi-employer scenarios, remote work.")
    return head if head.endswith((".", ":")) and 0 < len(words) <= RUN_IN_WORDS \
        and (words[0][:1].isupper() or not words[0][:1].isascii()) else ""


# the line giving the day a document was published ("Published: Monday, 2 March 2037 · Category: ...", "Date de
# diffusion : mercredi 7 mai 2036", "تاريخ الإصدار: الاثنين 14 نيسان/أبريل 2036"): it heads nothing below it
OWN_DATE_LINE = re.compile(r"(?i)^(?:published(?: on)?|date of (?:issue|publication)|issue date|posted(?: on)?|publié(?:e)? le|"
                           r"date de (?:diffusion|publication|parution)|تاريخ (?:الإصدار|الاصدار|النشر)|نُشر في|نشر في)\s*:?\s*\S")


def day_above(sents: list[str], j: int) -> int:
    """The line of a programme's day above a line holding only a time ("اليوم الثاني، الثلاثاء 27 نيسان/أبريل 2027"
    over "9:30-11:30 الجلسة الثالثة: ..."): its index, or -1 when the line says its own day or holds no time."""
    line = to_ascii_digits(sents[j])
    if not TIME.search(line) or day_months(line):
        return -1
    for k in range(j - 1, max(-1, j - 13), -1):
        if len(sents[k]) <= 120 and not TIME.search(to_ascii_digits(sents[k])) and day_months(sents[k]):
            return k
    return -1


def _asks_a_sessions_day(u: Understanding) -> bool:
    """"When is session 3", "جلسة أصوات المهاجرين إمتى": the day of one session of a programme is asked."""
    return u.wanted.kind in ("day", "date") and bool(u.wanted.labels or u.asks_session)


def list_head(sents: list[str], j: int, section: str = "") -> str:
    """The line that introduces the list sentence ``j`` is an item of ("Speakers:", "Registration"): the
    line above its first item, or the chunk's ``section`` when the list opens the chunk; "" for no list."""
    if not LIST_ITEM.match(sents[j]):
        return ""
    k = j - 1
    while k >= 0 and j - k <= 12 and LIST_ITEM.match(sents[k]):
        k -= 1
    return section if k < 0 else sents[k] if not LIST_ITEM.match(sents[k]) else ""


# a table's row of totals ("Total | 64"): the count asked when the question names none of the other rows
TOTAL_ROW = re.compile(r"^\W*(?:grand )?(?:total|overall|all|sum|ensemble|tous|المجموع|الإجمالي|الاجمالي|مجموع)\W*\|", re.I)
TOTAL_ROW_BONUS = 0.5
# a line whose label names the kind of fact asked ("- Format : en présentiel uniquement", "Venue: UNCC", "المكان:"):
# what a page gives as that fact, before a sentence that only mentions it ("la séance d'information en ligne")
FIELD_LABELS = {
    "format": r"format|modalit[ée]s?|mode|participation|الصيغة|صيغة الانعقاد|شكل الانعقاد|طريقة المشاركة",
    "place": PLACE_LABEL_WORDS,
    "time": r"times?|hours?|horaires?|heures?|الوقت|التوقيت|الساعة",
    # ("Date limite : le mercredi 30 novembre 2039 à 23 h 59", "Deadline: ...", "آخر موعد: ..."; a deadline's hour too)
    "deadline": r"deadlines?|closing date|date limite|date-limite|d[ée]lai|آخر موعد|اخر موعد|الموعد النهائي|آخر أجل|اخر اجل",
}
# (a venue's row of a table too: "Lieu | Centre de conférences ..."; not a header naming a column "Time | Session")
FIELD_LABEL = {kind: re.compile(rf"^\W*(?:{words})\W*?\s*{'[:|：]' if kind == 'place' else '[:：]'}", re.IGNORECASE)
               for kind, words in FIELD_LABELS.items()}


def table_header(sents: list[str], j: int) -> int:
    """The index of the row naming the columns of the table row ``j`` (it holds no digit), or -1."""
    if not TABLE_ROW.search(sents[j]):
        return -1
    k = j
    while k > 0 and TABLE_ROW.search(sents[k - 1]):
        k -= 1
    # (a header may hold a digit in brackets, "Horaires (heure de Yaoundé, UTC+1)"; not a time, a count or a date --
    # unless its columns are days, over rows giving none: "Service | Lundi 20 février | Mardi 21 février | Mercredi 22
    # février" over "Guichet d'accréditation | 14 h – 18 h | 7 h 30 – 16 h | 7 h 45 – 12 h")
    if k == j:
        return -1
    if re.search(r"\d", re.sub(r"\([^()]*\)", "", sents[k])):
        days = table_cells(sents[k])[1:]
        if not (len(days) >= 2 and all(len(c.split()) <= 5 and _a_day(c) for c in days)
                and not any(_a_day(row) for row in sents[k + 1:j + 1])):
            return -1
    return k


# a sentence sending the reader to the address given above (normalised): "(the address above)", "à l'adresse ci-dessus",
# "(العنوان أعلاه)"
ADDRESS_ABOVE = re.compile(r"\b(?:the )?address (?:given |shown |mentioned )?above\b|\b(?:a l')?adresse (?:indiquee |mentionnee "
                           r"|figurant )?ci-dessus\b|(?<!\w)(?:ب|في |على )?العنوان (?:المذكور |المبين )?اعلاه(?!\w)")


def other_rows_named(sents: list[str], j: int, asked: set[str]) -> bool:
    """Does the question name another row of the table row ``j`` stands in, by its label (the first cell: a city, a
    session's name), and not this one ("وين مكان مشاورة سبها؟" of "مصراتة | الاثنين 16 أبريل 2040 | قاعة المنارة ..."
    beside "سبها | الاثنين 23 أبريل 2040 * | يُعلن لاحقًا")? ``asked``: the question's tokens. A label is named when all
    its words (of three letters at least, not a number) are asked."""
    if not TABLE_ROW.search(sents[j]):
        return False
    first, last = j, j
    while first > 0 and TABLE_ROW.search(sents[first - 1]):
        first -= 1
    while last + 1 < len(sents) and TABLE_ROW.search(sents[last + 1]):
        last += 1
    header = table_header(sents, j)

    def named(k: int) -> bool:
        label = tokens(table_cells(sents[k])[0])
        return bool(label) and all(len(tk) >= 3 and not tk.isdigit() for tk in label) and set(label) <= asked

    return not named(j) and any(named(k) for k in range(first, last + 1) if k not in (j, header))


def _joined(parts: list[str]) -> str:
    """A run of quoted sentences as one text: a table's rows each on its line ("Service | Lundi 20 février | ..." then
    "Guichet d'accréditation | 14 h – 18 h | ..."), other sentences after one another."""
    out = ""
    for k, part in enumerate(parts):
        row = bool(TABLE_ROW.search(part)) or k > 0 and bool(TABLE_ROW.search(parts[k - 1]))
        out += ("\n" if row else " ") + part if out else part
    return out


def _a_day(text: str) -> bool:
    """Does a text give a day, in any of the three languages, with or without its year ("Lundi 20 février")?"""
    return any(m.precision == "day" for m in find_dates(text, _ANY_YEAR))


_ANY_YEAR = date(2000, 1, 1)


def table_reading(sents: list[str], j: int) -> str:
    """A table row read with its column names, each value before its column's name, a number before its row's
    label too ("Civil society | 27" under "Group | Participants" -> "Civil society Group 27 Civil society
    Participants"): what the row counts or names.
    "" for a line that is not a row under a header (a header names columns: it holds no digit)."""
    k = table_header(sents, j)
    if k < 0:
        return ""
    row = table_cells(sents[j])
    # a number counts its row's label too ("Syndicats | 7 | 3" under "Catégorie | Participants | dont femmes":
    # 7 trade unionists, 3 of them women)
    label = row[0] if row and not re.search(r"\d", row[0]) else ""
    # (a date after its column's name, as one is said: "Deadline Friday, 13 October 2034" under "Step | Deadline")
    # (cells apart as in the row: what one cell says of itself, "يُعلن لاحقًا", is not said of the row's time)
    return " | ".join(f"{name} {value}" if ANY_DATE.search(value) else
                    f"{value} {label} {name}" if label and i and re.search(r"\d", value) else f"{value} {name}"
                    for i, (value, name) in enumerate(zip(row, table_cells(sents[k]))))


def speaker_heading(section: str) -> str:
    """A chunk's own heading when it names a speaker ("Mr. Salim Korkmaz, UCLG-MEWA"), with the
    title of the talk when the speaker line is its byline ("Summary and lessons learned ... — by
    Ms. Harsheth Virk, Regional Programme Coordinator, ..."): quotable like a sentence."""
    levels = [s.strip() for s in section.split(" > ")] if section else []
    head = levels[-1] if levels else ""
    if not head or not PERSON.search(head):
        return ""
    if head.lower().startswith("by ") and len(levels) > 1:
        return f"{levels[-2]} — {head}"
    return head


class ChoosePassage:
    def __init__(self, chunks: list, lexical: LexicalIndex, glossary, places_of=None, chunk_ids_of=None, announces=None,
                 meeting_days=None, section_days=None):
        self.chunks = chunks
        self.lexical = lexical
        self.glossary = glossary
        # the places a document's events are held in (or its section's meeting's: see Retrieve.places_of)
        self.places_of = places_of or (lambda doc_id, section=None: None if section is not None else set())
        self.chunk_ids_of = chunk_ids_of or (lambda doc_id: [i for i, c in enumerate(chunks) if c.meta.get("doc_id") == doc_id])
        # does a document announce its meeting (dated before it: Retrieve.announces)
        self.announces = announces or (lambda doc_id: False)
        # the days of the meetings a document gives the days of (Retrieve.meeting_days)
        self.meeting_days = meeting_days or (lambda doc_id: set())
        # ... and of the meetings a section, or one above it, gives the days of (Retrieve.section_days)
        self.section_days = section_days or (lambda doc_id, section: set())
        self._titles: dict[str, frozenset] = {}                 # a title's topic keys (see _about)
        self._doc_days: dict[str, set[tuple[int, int]]] = {}    # the days each document writes (see doc_days)
        self._issuers: dict[str, frozenset] = {}                # a document's opening acronyms (see _about)
        self._held_in: dict[str, frozenset] = {}                # the cities a document's meetings are held in
        self._doc_texts: dict[str, str] = {}                    # a document's headings and text, normalised
        self._doc_keys: dict[str, frozenset] = {}               # a document's words (and its terms' English), by first letters
        self._contact_heads: dict[str, bool] = {}               # a section heading names the contact (_heads_contact)
        self._forwarded_at: dict[int, bool] = {}                # a chunk is in a forwarded message (_forwarded)
        self._sent_at: dict[int, int] = {}                      # the day a chunk's message was sent (_sent_on)
        self._doc_titles = {c.meta.get("doc_id"): str(c.meta.get("title", "")) for c in chunks}

    def __call__(self, u: Understanding, r: Retrieval) -> PassageChoice | None:
        """The sentences that answer, with the lists they introduce."""
        lang, q, query, ranked, dense = u.language, u.q, u.query, r.ranked, r.dense
        qtok = set(tokens(query)) | set(tokens(" ".join(u.expansion)))
        if not qtok:
            return None
        # the places it names, as the documents write them ("انا بنيروبي، الحوار الساعة كم عندي؟": "à Nairobi"), other
        # than where its meeting is held (a sentence naming Addis Ababa does not answer "the languages of the Addis
        # Ababa consultation")
        held = {name for names in r.placed_at for name in names} | {
            name for doc in r.place_docs for name in self.places_of(doc)}
        nq = normalize(q)
        q_places = gazetteer_spans(nq)                  # (read once: a time question drops them from its topic)
        qtok |= set(tokens(" ".join(name for _, _, name in q_places if name not in held)))
        # in a follow-up, the words of the new question decide which sentence answers
        # (and in a later part of a message, the part's own words and the domain's things the whole names: "... كم مقعد
        # للمجتمع المدني؟ وكم واحد نقدر نسجل من المنظمة" asks of what an organisation may register, not the seats again;
        # "... les contributions écrites ..., et on peut écrire en quelle langue ?" asks the contributions' languages)
        asking = u.part or q
        own = set(tokens(asking)) | set(tokens(" ".join(self.glossary.expand(asking)))) if query != q else qtok
        if u.part:
            own |= {tk for t_ in u.terms for f in t_.english for tk in tokens(f)}
        # a glossary form's words share one weight: "Global Compact for Safe, Orderly and Regular Migration" is
        # one thing asked ("GCM"), not six words that each score a sentence spelling it out
        share: dict[str, float] = {}
        for form in u.expansion:
            ft = tokens(form)
            for tk in ft:
                share[tk] = max(share.get(tk, 0.0), min(1.0, 2.0 / len(ft)))
        share.update((tk, 1.0) for tk in tokens(query))
        # a question's word the documents never write as such, that they write inflected ("shortlist": "Shortlisted
        # candidates are notified ..."): the inflected word counts as the question's
        unseen = {tk for tk in qtok if tk.isascii() and tk.isalpha() and len(tk) >= 6 and tk not in self.lexical.vocab}
        unseen_heads = {tk[:6] for tk in unseen}
        wants_number = u.asks_number
        given_numbers = set(re.findall(r"\d+", to_ascii_digits(query)))
        # the question's own dates ("on 4 July 2024, what is session 5 about?") place it; they do not answer it
        dated = {tk for t_, _, matched in self.glossary.find(q) if t_.id.startswith("month-")
                 for tk in tokens(matched) + tokens(" ".join(t_.english))}
        if dated:                                       # a month: its day and year with it
            dated |= {n for n in given_numbers if len(n) == 4 or int(n) <= 31}
        scored = []                                      # (score, rank, chunk index, sentence index)
        sentences: dict[int, list[str]] = {}
        looked = list(ranked[:PASSAGE_CHUNKS]) + [i for i in r.holding if i not in ranked[:PASSAGE_CHUNKS]]
        # (a part of a message asks of its own subject, or of the whole's -- "how many travel grants ... and what's the
        # deadline to apply?" -- but not of a price another part asks: "... free or is there a fee? and where is the
        # form's link" is no link said with the fee)
        subject, word = self.glossary.subject_asked(u.part) if u.part else ([], "")
        if not subject:
            subject, word = self.glossary.subject_asked(q, priced=not u.part)
        if subject and r.place_docs:                    # "بسلايدات لوساكا ...": the deck the question reads from, named
            subject = [p_ for p_ in subject if not names_a_document(normalize(q), p_)]       # with its place, is not
            word = word if subject else ""                                                 # what it asks of
        if subject and r.place_docs:                    # "is there a fee for the webinar": the webinar's page's line
            looked += [i for doc in sorted(r.place_docs) for i in self.chunk_ids_of(doc)   # on fees, wherever it ranks
                       if i not in looked and any(p.search(normalize(self.chunks[i].text)) for p in subject)]
        if u.wanted.kind in PLACED_KINDS and r.place_docs:   # "quel age minimum pour etre benevole a la consultation
            looked += [i for doc in sorted(r.place_docs) for i in self.chunk_ids_of(doc)   # de yaounde": the line of its
                       if i not in looked and holds(u.wanted, self.chunks[i].text)]          # document giving an age
        titled = set(tokens(self._doc_titles.get(r.titled, ""))) if r.titled else set()
        label = FIELD_LABEL.get("deadline" if u.wanted.kind == "time" and u.asks_deadline else u.wanted.kind)
        for rank, idx in enumerate(looked):
            chunk = self.chunks[idx]
            # the words of the title that named this document found it: they tell none of its sentences apart
            mute = titled if titled and chunk.meta.get("doc_id") == r.titled else set()
            heading = speaker_heading(chunk.meta.get("section", ""))
            sentences[idx] = ([heading] if heading else []) + sentences_of(chunk.text)
            foreign = chunk.meta.get("language", "en") not in ("en", lang)
            for j, sent in enumerate(sentences[idx]):
                row = self._table_reading(idx, j, sentences[idx])
                stoks = tokens(row or sent + introduced(sentences[idx], j))   # a table row says what its columns
                # name, a line introducing a list ("Sont invités :") what its items say
                if foreign:                              # a French or Arabic sentence's terms, in English too
                    stoks = stoks + tokens(self._in_english(row or sent))
                if len(stoks) < 2 and not set(stoks) & qtok:
                    continue                             # a one-word line counts only when asked for ("- Online")
                common = (set(stoks) & qtok) - mute
                if unseen:
                    common |= {st for st in stoks if st[:6] in unseen_heads and st not in common
                               and any(st.startswith(tk) and st[len(tk):] in INFLECTIONS for tk in unseen)} - mute
                if not row and j > 0 and (not common and leans_on(sent, sentences[idx][j - 1])
                                          or answers_before(sent, sentences[idx][j - 1])):
                    # a sentence that says nothing of the question itself, and a pronoun for what it is about: what the
                    # sentence before says ("la consultation est reportée. Elle se tiendra du mardi 19 au jeudi 21 mai");
                    # the answer to a question the document asks, what it asks ("> 1. Pouvons-nous venir à deux ?" --
                    # "Oui, exceptionnellement une deuxième personne par organisation si elle a moins de 30 ans")
                    prev = sentences[idx][j - 1]
                    common |= (set(tokens(prev) + (tokens(self._in_english(prev)) if foreign else [])) & qtok) - mute
                hit = sum(self.lexical.idf(tk) * (1.0 if tk in own else 0.4) * (DATE_WORD_WEIGHT if tk in dated else 1.0)
                          * share.get(tk, 1.0) for tk in common)
                if asked_before(row or sent + introduced(sentences[idx], j)):
                    hit *= ASKED_SHARE                   # a question the document asks answers nothing itself
                score = hit + 2.0 * float(dense[idx]) - 0.3 * rank
                if wants_number and set(re.findall(r"\d+", sent)) - given_numbers:
                    score += 1.0                         # a number the question does not already give
                    if row and TOTAL_ROW.match(sent):
                        score += TOTAL_ROW_BONUS         # ... the whole count, not one row's
                scored.append((score, rank, idx, j))
        if not scored:
            return None
        scored.sort(key=lambda b: -b[0])
        if subject and not u.wanted.kind:                # "a certificate of attendance?": what its own section says
            # ("ATTESTATION DE PARTICIPATION" > "Une attestation sera délivrée ..."), before a contact line naming it
            # (not in a document its title says is about it: every section of a call for small grants is on grants)
            heads = {idx: self._heads_subject(idx, subject) for idx in sentences}     # (read once a chunk)
            scored.sort(key=lambda b: not heads[b[2]])
        if label:                                        # "Format : en présentiel uniquement" for "online or on site?"
            scored.sort(key=lambda b: not label.match(sentences[b[2]][b[3]]))
        # the words of what the question is about (not how it asks: a date, a deadline, a place -- the question's
        # own words for them too: "deadline inputs?" is answered by "inputs must be received no later than ...")
        # (and of a time, when it starts: "séance 2 ça commence quand, heure de Niamey" asks the session's hour)
        facets = FACET_ENTRIES | (TIME_FACETS if u.wanted.kind == "time" else set())
        asking = asking_words(self.glossary, q, facets)
        # (a term's English: its first form and its one-word synonyms, not the modifiers of its longer forms: "online
        # survey" is a survey, and "en ligne" does not say what the survey is)
        # (a lexicon entry's phrase that has the question's own word adds no word it means: "questions" is not
        # about "guiding questions"; "a ouvert" is about "opening remarks")
        own_words = set(tokens(q))
        topic = (own_words - asking | set(tokens(" ".join(
            form for t_ in u.vocabulary if t_.id not in facets for k, form in enumerate(t_.english[:3])
            if len(tokens(form)) == 1 or k == 0 and not (t_.id.startswith("lex-") and own_words & set(tokens(form))))))) - dated
        if u.wanted.kind == "time":                   # "when does session 2 start": its hour, whatever it starts
            topic = {tk for tk in topic if not TIME_ASKING.match(tk)}
            # (and where the asker follows it from says which zone, not what: "قديش الساعة بتوقيت دبي؟ بدي تابعها من
            # الإمارات" of "... 08:00 to 11:30 Gulf Standard Time (GST, UTC+4; Dubai, Abu Dhabi, Muscat)")
            topic -= {tk for start, end, name in q_places for tk in tokens(f"{nq[start:end]} {name}")}
        # ("exactly", "بالضبط" say how precisely it is asked: "deadline?? what time exactly")
        topic -= {tk for m in Q_EXACT.finditer(normalize(q)) for tk in tokens(m.group(0))}
        # (and "year" said with the year it names: "سنة 2040", "the year 2040", "l'année 2040")
        if YEAR_NAMED.search(to_ascii_digits(nq)):
            topic -= YEAR_WORDS
        if u.aside:                                   # what the asker heard or believes is no topic ("the first
            # version of the note had a different date i think"), unless what they ask names it too
            rest = q
            for clause in u.aside.split("\n"):
                rest = rest.replace(clause, " ")
            topic -= set(tokens(u.aside)) - set(tokens(rest))
        if u.wanted.kind == "eligible":               # "who can apply", "qui peut postuler", "مين بيقدر يقدم": how it asks
            # (with the glossary's English for those words: "criteres d'eligibilite" is no "requirement" asked of)
            how = " ".join(m.group(0) for m in (*Q_WHO_CAN.finditer(nq), *APPLYING.finditer(nq)))
            topic -= set(tokens(how)) | {tk for t_, _, _ in self.glossary.find(how) for form in t_.english
                                         for tk in tokens(form)}
        if u.wanted.kind == "duration":               # "قديش مدة ..." , "quelle durée": how it asks, not what ("المدة:
            topic -= {tk for m in Q_DURATION.finditer(normalize(q)) for tk in tokens(m.group(0))}   # ثلاث ساعات")
        if u.wanted.kind == "age":                    # "age limit", "quel âge": how it asks ("be aged 21 to 35")
            topic -= {tk for m in Q_AGE.finditer(normalize(q)) for tk in tokens(m.group(0))}
        if u.wanted.kind == "languages":              # "en français ? c quoi les langues acceptées": the languages
            # named are what answers, and "c quoi les langues" how it asks (not "interpretation", what they are of)
            topic -= {tk for m in LANGUAGE_NAMED.finditer(q) for tk in tokens(m.group(0))} | {
                tk for t_ in u.vocabulary if t_.type == "language" for form in t_.english[:3] for tk in tokens(form)} | {
                tk for m in Q_LANGUAGES.finditer(normalize(q)) for tk in tokens(m.group(0))
                if tk.startswith(("lang", "لغ", "اللغ"))}          # (not "which interpretation languages": interpretation)
        # who the question asks said or decided it ("what did the employers' representative say", "what threshold did
        # Bahrain adopt"): named by what answers, and not what it is about (the threshold is)
        speakers = speakers_asked(q, self.glossary, cities=True)
        if speakers:
            who, verb = said_by(normalize(q))
            topic = topic - set(tokens(f"{who} {verb}")) - {tk for t_, _, _ in self.glossary.find(who)
                                                           for form in t_.english[:3] for tk in tokens(form)}
        # what someone is asked to have said it about ("what did dr X say about climate displacement"): each of its words
        said_about = self._said_about(u)
        nq_ = normalize(u.q)
        if not (CHANGE_ASKED.search(nq_) or EARLIER_ASKED.search(nq_) or IN_ERROR.search(nq_)):
            # what an earlier version said wrongly ("La version 1 indiquait par erreur que chaque organisation pouvait
            # inscrire trois personnes") is neither the rule nor quoted beside it, unless what changed is asked (all
            # the sentences, when no other is left)
            scored = [b for b in scored if not IN_ERROR.search(normalize(sentences[b[2]][b[3]]))] or scored
        top, fact_held, missing = self._answering(u, scored, sentences, topic, r.entities, subject, r.place_docs,
                                                  r.origins, r.placed_at, speakers, said_about)
        if fact_held and self._said_unset(u, sentences, top):
            fact_held, missing = False, "unset"          # "the themes of the four round tables": listed as still
                                                         # to be announced, which is no answer
        if not fact_held and not missing and speakers:
            missing = "speaker"                           # "the documents do not give anything said by those you name"
        elif not fact_held and not missing and said_about:
            # "the documents do not give anything on “climate displacement”": what they said was on something else
            missing, word = "subject", said_on(normalize(q))
        elif not fact_held and not missing and u.asks_if and not u.wanted.kind:
            # "is there an online training ...?": the documents say nothing of "training" (not "of the year you name")
            word = self._never_said(u, sentences, r.place_docs)
            missing = "subject" if word else ""
        elif fact_held and u.asks_if and not u.wanted.kind:
            # "le guide sera traduit en anglais ?": the document quoted never names English (its meeting had French
            # and Arabic interpretation): what it says is about something else
            word = self._unsaid_in_document(u, self.chunks[top[2]].meta.get("doc_id", ""))
            fact_held, missing = not word, "subject" if word else ""
        if fact_held and u.asks_if:
            # ... or the passage quoted names others of its kind, not it (whatever fact is asked besides): "l'étude
            # sur le coût des transferts existe en français ?" -- "L'étude est disponible en arabe et en anglais"
            word = self._others_of_its_kind(u, " ".join(sentences[top[2]]), sentences[top[2]][top[3]]
                                            + " ".join(introduced_items(sentences[top[2]], top[3])))
            fact_held, missing = not word, "subject" if word else ""
        picked = {(top[2], top[3])}
        # the sentences extending a time limit, and to what (ingest.dates.extended_to), read once
        extensions = self._extensions(scored, sentences) if fact_held and u.wanted.kind == "deadline" else []
        if extensions and not EARLIER_ASKED.search(normalize(q)):
            # a limit the same document extends later ("آخر موعد: الأحد 5 شباط" in the post opening registration,
            # "تم تمديد التسجيل إلى الثلاثاء ٧ شباط" in a later one): the extended one answers, the one it replaced
            # quoted beside it (the form still says the first)
            chunk = self.chunks[top[2]]         # (of what the question, or the top sentence's passage, is about)
            later = self._extended_later(f"{q} {chunk.meta.get('section', '')} {chunk.text}", top, extensions, sentences)
            if later is not None:
                top = later
                picked.add((top[2], top[3]))
        if top[3] > 0 and (leans_on(sentences[top[2]][top[3]], sentences[top[2]][top[3] - 1])
                           or sentences[top[2]][top[3] - 1].rstrip().endswith((":", "："))):
            picked.add((top[2], top[3] - 1))             # what "it" is: "The workshop will take place ... It will be ..."
        if fact_held and _asks_a_sessions_day(u) and (k := day_above(sentences[top[2]], top[3])) >= 0:
            picked.add((top[2], k))                      # the day a session's time line is under
        if fact_held and u.wanted.kind in ("date", "day") and u.asks_where and not is_venue(sentences[top[2]][top[3]]):
            # "what are the dates and where exactly is it held?": the venue its own line gives beside the days ("📍 دار
            # الضفتين للمؤتمرات ...، طنجة" under "... يومي الثلاثاء 31 يناير والأربعاء 1 فبراير 2040 بمدينة طنجة"), the
            # nearest in the same part of the document
            near = sorted(range(len(sentences[top[2]])), key=lambda k: abs(k - top[3]))
            k = next((k for k in near if is_venue(sentences[top[2]][k])), -1)
            if k >= 0:
                picked.add((top[2], k))
        if fact_held and u.wanted.kind == "address" and (u.asks_when or VENUE_ASKED.search(normalize(q))) \
                and not is_venue(sentences[top[2]][top[3]]):
            # "exact dates and venue address": the address of the building the meeting is held in, of the same
            # document, not the secretariat's on its contact line ("Secretariat | Avenida Los Conquistadores 1720 ...")
            venue = self._venue_beside(top, scored, sentences, lambda s_: holds(u.wanted, s_, u.q))
            if venue is not None:
                picked.discard((top[2], top[3]))
                top = venue
                picked.add((top[2], top[3]))
        if fact_held and u.wanted.kind == "place" and not is_venue(sentences[top[2]][top[3]]):
            # "where exactly is the meeting in Lomé": a sentence naming the building it is held in, of the same document,
            # beside one naming only its city ("La réunion se tiendra en format hybride, à Lomé et en ligne, ...")
            venue = self._venue_beside(top, scored, sentences)
            if venue is not None:
                picked.add((venue[2], venue[3]))
        replaced = not self._forwarded(top[2]) and not EARLIER_ASKED.search(normalize(q))
        for b in scored:
            if len(picked) >= PASSAGE_SENTENCES[lang] or b[0] < PASSAGE_SENTENCE_SHARE[lang] * top[0]:
                break
            if fact_held and r.place_docs and self.chunks[b[2]].meta.get("doc_id") not in r.place_docs:
                continue                                 # beside the answer, nothing on a meeting held elsewhere
            if fact_held and replaced and self._forwarded(b[2]):
                continue                                 # ... nor what the message it replaced said
            if speakers and not names_speakers(self._speakers_of(speakers, self.chunks[b[2]]),
                                               f"{self.chunks[b[2]].meta.get('section', '')} {self.chunks[b[2]].text}",
                                               self.glossary):
                continue                                 # ... nor what others said
            if fact_held and u.wanted.kind and not holds(u.wanted, sentences[b[2]][b[3]], u.q,
                                                         context=self._context(b[2], b[3], sentences)):
                continue                                 # beside the answer, only sentences holding the same kind of fact
            if fact_held and u.wanted.labels and not self._years_hold(u, b[2], sentences[b[2]][b[3]]):
                continue                                 # ... and of the session asked ("session 2", not session 1)
            if extensions and (b[2], b[3]) not in picked and self._extended_later(
                    f"{self.chunks[b[2]].meta.get('section', '')} {sentences[b[2]][b[3]]}", b, extensions, sentences):
                continue                                 # ... nor a limit a later sentence extends
            picked.add((b[2], b[3]))
        # a clause cut at ";" goes on in the next one ("Interpretation: English and French as announced;" + "Arabic
        # interpretation has been added ..."), where that one ends a sentence (not the next name of a list of people)
        for idx, j in sorted(picked):
            sents = sentences[idx]
            if (u.wanted.kind != "person" and sents[j].rstrip().endswith(";") and j + 1 < len(sents)
                    and not LIST_ITEM.match(sents[j + 1]) and sents[j + 1].rstrip().endswith(".")):
                picked.add((idx, j + 1))
        # a speaker's heading, unless the question asks who, brings what the speaker said with it
        heads = {idx: bool(speaker_heading(self.chunks[idx].meta.get("section", ""))) for idx in sentences}
        for idx, j in list(picked):
            if j == 0 and heads[idx] and u.wanted.kind != "person" and len(sentences[idx]) > 1:
                picked.add((idx, 1))
        # a sentence that introduces a list ("... includes:") brings the list with it; an item of a list
        # that answers brings the items above it ("Speakers": the first one too)
        for idx, j in list(picked):
            sents = sentences[idx]
            header = table_header(sents, j)
            if header >= 0:                              # a table row with the row naming its columns
                picked.add((idx, header))
            k = j - 1
            while fact_held and LIST_ITEM.match(sents[j]) and k >= 0 and j - k <= 8 and LIST_ITEM.match(sents[k]):
                picked.add((idx, k))
                k -= 1
            if sents[j].rstrip().endswith(":") or (j + 1 < len(sents) and LIST_ITEM.match(sents[j + 1])):
                k = j + 1
                while k < len(sents) and k - j <= 8 and (LIST_ITEM.match(sents[k]) or sents[j].rstrip().endswith(":")):
                    picked.add((idx, k))
                    if not LIST_ITEM.match(sents[k]):
                        break
                    k += 1
        # "handed in at the network's office (the address above)": the address its letterhead gives, quoted with it
        for idx, j in list(picked):
            if ADDRESS_ABOVE.search(normalize(sentences[idx][j])):
                held = self._address_of(self.chunks[idx].meta.get("doc_id", ""), idx)
                if held:                                 # (a heading: read after its chunk's sentences, which keep
                    read = sentences.setdefault(held[0], sentences_of(self.chunks[held[0]].text))   # their places)
                    if held[1] not in read:
                        read.append(held[1])
                    picked.add((held[0], read.index(held[1])))
        # the chunk of the sentence that answers first, then the others in rank order (when none answers, the
        # best-ranked chunk first, or the best sentence of the meeting the question places); each chunk's
        # sentences in their order
        first = top[2] if fact_held or r.place_docs else looked[0]
        order = sorted(picked, key=lambda p: (-1 if p[0] == first else looked.index(p[0]) if p[0] in looked
                                              else len(looked), p[1]))
        runs: list[tuple[int, list[str]]] = []
        last, seen = None, set()
        for idx, j in order:
            text = QUOTED_MARKS.sub("", sentences[idx][j]).strip()     # (a reply's quoting marks: "> 1. Pouvons-nous ...")
            if text in seen:                              # a speaker heading shared by several chunks
                continue
            seen.add(text)
            if not runs or runs[-1][0] != idx:
                runs.append((idx, []))
            elif last is not None and j != last[1] + 1:
                runs[-1][1].append("[…]")
            runs[-1][1].append(text)
            last = (idx, j)
        return PassageChoice(order, top[2], [(idx, _joined(parts)) for idx, parts in runs], fact_held, missing,
                             as_typed(u.q, word) if missing == "subject" else "")

    def _prices(self, priced: list[str], priced_terms: set, about: str) -> bool:
        """Does a text name the thing a cost question prices (its stems, ``priced``, or a glossary term for it,
        ``priced_terms``)? In a text of another script, by its term only, when the glossary knows it ("e-visa" is not
        named by "الفرنك الجيبوتي ... شريحة الهاتف ... بنحو 1,000 فرنك"); else by its stems, as the text writes them."""
        def by_term() -> bool:
            return bool(priced_terms) and bool(priced_terms & {t_.id for t_, _, _ in self.glossary.find(about)})

        if priced_terms and not any(bool(ARABIC_CHAR.search(stem)) == bool(ARABIC_CHAR.search(about)) for stem in priced):
            return by_term()
        return names_thing(priced, about) or by_term()      # (the glossary read only when the stems do not say it)

    def _address_of(self, doc_id: str, before: int) -> tuple[int, str] | None:
        """(chunk, text) of the first postal address a document gives above chunk ``before``'s text: a sentence, or its
        letterhead's line read as a heading ("عمارة الصفصاف، الطابق الثالث، شارع الخليج، ..."); or None."""
        for i in self.chunk_ids_of(doc_id):
            if i > before:
                break
            heads = [h for h in self.chunks[i].meta.get("section", "").split(" > ") if ADDRESS.search(h)]
            if heads:
                return i, heads[0]
            found = next((sent for sent in sentences_of(self.chunks[i].text)
                          if ADDRESS.search(sent) and not ADDRESS_ABOVE.search(normalize(sent))), None)
            if found:
                return i, found
        return None

    def _sent_on(self, idx: int) -> int:
        """The day chunk ``idx``'s message was sent (an ordinal), from its section's heading ("رسالة من ... (أُرسلت في
        14 ديسمبر 2039 11:00)", "Message précédent : ... (envoyé le lundi 14 novembre 2039 11:20)"); 0 when it is no
        message's."""
        if idx not in self._sent_at:
            heads = [h for h in self.chunks[idx].meta.get("section", "").split(" > ") if sent_heading(h)]
            days = find_dates(heads[-1][heads[-1].rfind("("):]) if heads else []
            self._sent_at[idx] = days[-1].start.toordinal() if days and days[-1].start else 0
        return self._sent_at[idx]

    def _dated_of_another(self, read: str, meetings: list) -> bool:
        """Is each date a sentence gives one of another meeting than those asked -- the last one it names before the
        date ("... a regional consultation on 16 and 17 June 2038 in Tunis, as part of preparing for the regional
        review", "after the consultation we publish the report on 29 May 2040, then send it to the regional review")?
        Not when no meeting is named before a date ("On 5 May 2040 the regional review opens ...")."""
        norm = to_ascii_digits(normalize(read))
        asked = {t_.id for t_ in meetings}
        dates = [m.start() for m in ANY_DATE.finditer(norm)]
        if not dates:
            return False
        for start in dates:
            named, at, end = [], 0, -2
            for t_, _, matched in self.glossary.find(norm[:start]):
                at = max(norm.find(matched, at), at)
                # (a meeting's plain noun too -- "الاجتماع", "meeting", "réunion" -- unless it is the head of the
                # meeting named just before it: "the regional review conference")
                # (not the meeting the one dated prepares: "... الاجتماع التحضيري ... استعدادًا لمنتدى استعراض الهجرة
                # الدولية لعام 2036 يومي ٨ و٩ كانون الثاني", "a meeting in preparation for the IMRF, on 8 January")
                if (t_.type == "meeting" or t_.id == "meeting" and at > end + 1) and not PREPARED_FOR.search(norm[:at]):
                    named.append(t_)
                    end = at + len(matched)
                at += len(matched)
            if not named or named[-1].id in asked:
                return False
        return True

    def _forwarded(self, idx: int) -> bool:
        """Is chunk ``idx`` in an earlier message its e-mail forwards or quotes?"""
        if idx not in self._forwarded_at:
            self._forwarded_at[idx] = any(is_forwarded_heading(h) for h in self.chunks[idx].meta.get("section", "").split(" > "))
        return self._forwarded_at[idx]

    def _only_one_holding(self, u: Understanding, idx: int, sentences: dict, seen: dict[int, bool]) -> bool:
        """Does one sentence only of chunk ``idx`` hold the kind of fact asked -- of the numbered part asked, when one is
        ("Deadlines: - session 1: 23 June; - session 2: 4 July; ..." under "Questions in advance")? (``seen``: the
        question's answers so far, by chunk: each chunk's sentences are read once.)"""
        if idx not in seen:
            seen[idx] = sum(1 for sent in sentences[idx] if holds(u.wanted, sent)
                            and (not u.wanted.labels or self._years_hold(u, idx, sent))) == 1
        return seen[idx]

    def _said_unset(self, u: Understanding, sentences: dict, top: tuple) -> bool:
        """Is the item that answers one of a list of what is not decided yet ("9. Still to be announced" > "- The themes
        of the four round tables of the Forum.", "المعلومات التالية لم تُحدَّد بعد ...:" > "- اسم ميسّر مجموعة العمل 3"),
        or an item saying so itself ("- Lieu : à confirmer")? Not for a date or a time (what a date to be announced
        gives, its month, is checked as any date), nor when the question asks what is still to be decided."""
        q = normalize(u.q)
        if u.wanted.kind in DATED_KINDS + ("time", "zone", "duration") or _not_set(q) or UNSET_HEAD.search(q):
            return False
        sents, j = sentences[top[2]], top[3]
        if not LIST_ITEM.match(sents[j]):
            return False
        head = list_head(sents, j, self.chunks[top[2]].meta.get("section", "").rsplit(" > ", 1)[-1])
        return unset_item(sents[j]) or bool(head and UNSET_HEAD.search(normalize(head)))

    def _said_about(self, u: Understanding) -> list[tuple[set, bool]]:
        """What a question asks someone said something about, a group of topic keys for each of its words: the word's
        own, and the English of a glossary term it is part of ("الدعم النفسي": psychosocial support); each with whether
        only an Arabic text can name it (an Arabic word the glossary does not know)."""
        phrase = said_on(normalize(u.q))
        if not phrase:
            return []
        found = [(t_, tokens(matched)) for t_, _, matched in self.glossary.find(phrase)
                 if t_.id not in FACET_ENTRIES and not t_.id.startswith(ASKING_PREFIXES)]
        groups = []
        for tk in tokens(phrase):
            if len(tk) < 3 or tk.isdigit():
                continue
            english = {k for t_, words in found if tk in words for f in t_.english[:3] for w in tokens(f)
                       for k in topic_keys(w)}
            groups.append((set(topic_keys(tk)) | english, bool(ARABIC_CHAR.search(tk)) and not english))
        return groups

    def _says_on(self, said_about: list, b: tuple, about: str) -> bool:
        """Does the sentence ``b`` (``about``: it, what heads it and, for a French or Arabic one, its terms' English) name
        every word of what someone is asked to have said it about (:meth:`_said_about`; an Arabic word the glossary
        does not know only in an Arabic text)?"""
        language = self.chunks[b[2]].meta.get("language", "en")
        return all(self._names_topic(about, keys) for keys, arabic in said_about if not arabic or language == "ar")

    def _table_reading(self, idx: int, j: int, sents: list[str]) -> str:
        """:func:`table_reading` of the row ``j`` of chunk ``idx``, with the header of a table that began in the chunk
        before (a long programme's rows go on into the next chunk: "الندوة الثانية ... | الدكتورة نورة ..." is read
        under "الندوة والموضوع | التاريخ | التوقيت | المتحدثون | الميسّر", its moderator's column)."""
        read = table_reading(sents, j)
        if read or not all(TABLE_ROW.search(s) for s in sents[:j + 1]) or idx == 0:
            return read
        here, before = self.chunks[idx], self.chunks[idx - 1]
        if (before.meta.get("doc_id"), before.meta.get("section")) != (here.meta.get("doc_id"), here.meta.get("section")):
            return ""
        # (the rows it holds go on from the chunk before's last lines: table_header walks back through both)
        joined = [line for line in before.text.split("\n") if line.strip()] + sents[:j + 1]
        return table_reading(joined, len(joined) - 1)

    def _years_hold(self, u: Understanding, idx: int, sent: str) -> bool:
        """Does the sentence (with its chunk, section, date and title) hold the years, days and parts asked?"""
        meta = self.chunks[idx].meta
        text = self.chunks[idx].text
        # a sentence is in the session its section or a heading above it in its chunk names, not one the chunk
        # goes on to ("Moderator: Ms. ..." under "Session 1" is not session 2's moderator)
        end = text.find(sent)
        above = text[:end] if end >= 0 else text
        # ... the nearest one: "Closing of Day 1 / DAY 2: Thursday / 12:15 - 13:30 | Lunch" is day 2's lunch
        kinds = {noun for noun, _ in u.wanted.labels if noun != "edition"}
        # (a sentence naming its own part is in that one: "11:30-13:00 Session 4: ..." under "Session 3: ...")
        own = {noun for noun, _ in parts_named(sent)}
        if kinds and kinds <= own:
            above, kinds = "", set()
        kinds = kinds - own if end >= 0 else set()
        if kinds:                          # (for each kind asked: "session 2 on day 1" under "Day 1", "Session 2")
            # (from the start of its section: a programme's session row may end the chunk before its moderator's line)
            before = self.chunks[idx - 1] if idx > 0 else None
            if before is not None and before.meta.get("doc_id") == meta.get("doc_id") \
                    and before.meta.get("section") == meta.get("section"):
                above = f"{before.text}\n{above}"
            lines = above.split("\n")
            nearest = {kind: next((k for k in range(len(lines) - 1, -1, -1)
                                   if kind in {noun for noun, _ in parts_named(lines[k])}), -1) for kind in kinds}
            if nearest.get("day", 0) < 0:
                # (a programme's days headed by their dates, not numbered: "Vendredi 27 avril 2040" over "11 h 30 – 13 h
                # 00 | Examen et adoption des recommandations" is day 2 of a meeting held on 26 and 27 April)
                held = sorted(self.meeting_days(meta.get("doc_id", "")), key=lambda dm: (dm[1], dm[0]))
                k = next((k for k in range(len(lines) - 1, -1, -1)
                          if day_months(lines[k]) and not TIME.search(to_ascii_digits(lines[k]))), -1)
                on = day_months(lines[k]) if k >= 0 else set()
                if len(held) > 1 and len(on) == 1 and (day := next(iter(on))) in held:
                    nearest["day"] = k
                    lines[k] = f"Day {held.index(day) + 1}: {lines[k]}"
            above = " ".join(lines[k] for k in sorted(set(nearest.values())) if k >= 0) if -1 not in nearest.values() else above
        section, title = meta.get("section", ""), str(meta.get("title", ""))
        # a day that names the document's meeting ("مشاورة ١٦ أكتوبر في الرباط: كم عدد المشاركين ...") is said by the
        # whole document, when what is asked is no date nor a part of a day's programme
        # (and of a part of it, when the meeting is of one day: "who moderated panel 2 at the 6 jan webinar" -- not a
        # day of a longer one's programme, "session 2 on 3 November")
        days, held = set(u.wanted.days), self.meeting_days(meta.get("doc_id", ""))
        if days and u.wanted.kind not in DATED_KINDS + ("time", "duration", "zone") and days <= held \
                and (not u.wanted.labels or len(held) == 1 and all(noun != "day" for noun, _ in u.wanted.labels)):
            days = set()
        # (and a day a change is asked of, that the document gives -- its earlier day, maybe: "roundtable 3 - the first
        # note said thursday 19 april at 2pm, is that still right?" of a revision moving it to 18 April)
        if days and CHANGE_ASKED.search(normalize(u.q)) and days <= self.doc_days(meta.get("doc_id", "")):
            days = set()
        # (and a month the document's meeting is held in names that meeting: "date limite pour la lettre d'invitation
        # (réunion régionale de Bamako, juin 2039)" asks a deadline in May)
        months = set(u.wanted.months)
        if months and held and months <= {month for _, month in held}:
            months = set()
        # (... and so does the month of the meeting the sentence's section is about, in a document giving several: "la
        # consultation d'Erbil en novembre, les sessions se font en quelle langue ?" of a newsletter's item on it -- not
        # a day, which may say which day of a programme is asked: "who gives the closing speech on 18 october")
        if months and u.wanted.kind not in DATED_KINDS + ("time", "duration", "zone"):
            here = self.section_days(meta.get("doc_id", ""), meta.get("section", ""))
            months = set() if months <= {month for _, month in here} else months
        wanted = u.wanted if days == set(u.wanted.days) and months == set(u.wanted.months) else replace(
            u.wanted, days=sorted(days), months=sorted(months))
        # a time asked of one day is that day's, not a time the sentence gives of another day ("Webinaire d'information
        # | Jeudi 22 octobre 2037, 14 h 00" for "what time does the meeting start on tuesday 23 february"; the day is
        # in the document's title, "Santiago, 17–19 April 2040", for a table of other days' times); a range's days
        # are between its ends ("17–19 April, 09:00")
        if days and u.wanted.kind in ("time", "duration", "zone") and (own := day_months(to_ascii_digits(sent))) \
                and not any(min(d for d, m in own if m == month) <= day <= max(d for d, m in own if m == month)
                            for day, month in days if month in {m for _, m in own}):
            return False
        return years_hold(wanted, sent, text, section, str(meta.get("date") or ""), title,
                          parts=f"{section} {above} {sent} {_row_part(sent, section)} {title}")

    def _about(self, u: Understanding, asked: set, chunk, heard: set, placed: bool = False,
               said: bool = False) -> set | None:
        """The question's topic words a sentence of this chunk must share, by first letters. For a fact that
        belongs to one thing of a meeting (a deadline, a link, an address: ``OBJECT_KINDS``), those its
        document's title and its meeting's place do not already name (in their words or the glossary terms'
        English): "the deadline for written inputs to the second conference" is not answered by the same
        document's deadline for its outcome document, which shares only the conference's name ("meeting")
        with it, nor "the link to watch the conference" by a link to the network's page. When the title
        names every word asked (of those the passages say at all), the meeting itself is the topic: for a chunk
        of the meeting the question places or names (``placed``), None (no word is required of its sentences).
        ``said``: the question asks what someone said at a meeting ("what did Jordan's delegation say at the Mashreq
        consultation"): what they said is the topic, the meeting's name is not."""
        if u.wanted.kind not in OBJECT_KINDS and not (u.asks_if and not u.wanted.kind) and not said:
            return {k for tk in asked for k in topic_keys(tk)}
        titled = self._titled(str(chunk.meta.get("title", ""))) | {
            k for place in self.places_of(chunk.meta.get("doc_id", "")) for tk in tokens(place) for k in topic_keys(tk)}
        # a term of the question the title names in one of its forms, whole ("conference": meeting, event), is named
        named = {t_.id for t_ in u.vocabulary
                 if any(tokens(f) and all(topic_keys(tk) & titled for tk in tokens(f)) for f in t_.english)}
        titled = titled | {k for t_ in u.vocabulary if t_.id in named
                           for f in t_.english for tk in tokens(f) for k in topic_keys(tk)}
        # ... and the question's own word for it ("formation" is the training of the title, not a "form")
        titled = titled | {k for t_, _, matched in self.glossary.find(u.q) if t_.id in named
                           for tk in tokens(matched) for k in topic_keys(tk)}
        # a thing of the domain asked ("written inputs") that the passages never name: they give no deadline of it,
        # whatever other sentence of the meeting's has one
        # (not who takes part, a constituency, unsaid: "when are the names of the speakers from civil society announced"
        # of a note saying "stakeholder speakers" -- civil society is the asker's, not a thing the date is of; said, it
        # says which one is asked: "last day to apply for the civil society seats")
        things = [t_ for t_ in u.terms if t_.id not in FACET_ENTRIES and t_.id not in named]
        things = [t_ for t_ in things if t_.type != "stakeholders" or _said_in(t_, heard)]
        if u.own:                                     # (nor the asker's own: "مشاركة جمعيتنا", "our NGO")
            things = [t_ for t_ in things if t_.id not in u.own]
            mine = {k for t_, _, matched in self.glossary.find(u.q) if t_.id in u.own
                    for f in [matched, *t_.english] for tk in tokens(f) for k in topic_keys(tk)}
            asked = {tk for tk in asked if not topic_keys(tk) <= mine}
        if things and not any(_said_in(t_, heard) for t_ in things):
            return _keys_of(things)
        # ... and a deadline, a link or an address of a thing (not a meeting: "deadline to announce pledges for the
        # IMRF") is one said of that thing, not the outcome document's date that names the IMRF too
        # (in an English text: a French or Arabic one names the thing in its own words -- unless the passages never
        # name the things asked, though they name the meeting: "the registration deadline for the third regional review
        # in amman" of a note on the review that gives only the written inputs' date)
        objects = [t_ for t_ in things if t_.type != "meeting"]
        if objects and u.wanted.kind in OWN_OBJECT_KINDS and (
                chunk.meta.get("language", "en") == "en" or not any(_said_in(t_, heard) for t_ in objects)):
            return _keys_of(objects)
        if u.wanted.kind not in OBJECT_KINDS and not said:
            # ... and "is there an online training before the forum?" is not answered by what the forum's documents
            # say of anything else: each thing it asks of is named somewhere ("online" is, "training" is not)
            unheard = [t_ for t_ in things if not _said_in(t_, heard)]
            return _keys_of(unheard) if unheard else {k for tk in asked for k in topic_keys(tk)}
        # ... nor a thing asked in the document's own language that it never names ("date limite pour envoyer une
        # déclaration écrite" to a French page that only gives the side events' deadline)
        head = deadline_object(u.q, u.language) if u.wanted.kind == "deadline" else ""
        if (head and chunk.meta.get("language", "en") == u.language and not topic_keys(head) & heard
                and not topic_keys(head) & titled):
            return topic_keys(head)
        # (a number is no topic word: a text's numbers never name one, :meth:`_names_topic`; "session 2" is asked by
        # the part named, :attr:`Wanted.labels`)
        # (and the question's words for the document's place, however it writes it: "KL" is Kuala Lumpur)
        norm = normalize(u.q)
        here = self.places_of(chunk.meta.get("doc_id", "")) or set()
        placed_words = {tk for start, end, name in gazetteer_spans(norm) if name in here for tk in tokens(norm[start:end])}
        own = [tk for tk in asked if not tk.isdigit() and not topic_keys(tk) & titled and topic_keys(tk) & heard
               and tk not in placed_words]
        # (nor the acronyms its opening lines name it by, its issuer's -- "(PTM)", "PSSM-NE/TDR/2039/07" -- unless
        # they are all it names: "إمتى هينشروا أسماء المتحدثين ... للـ RMF 2037" still asks of the RMF)
        acronyms = self._issuer_acronyms(chunk.meta.get("doc_id", ""))
        own = [tk for tk in own if tk not in acronyms] or own
        # "when is the executive committee meeting?": the word for a meeting does not say which of its things
        rest = [tk for tk in own if tk not in MEETING_WORDS]
        if not rest and placed and u.wanted.kind in ("zone", "time"):
            return None          # "border deaths webinar: what time, which time zone?" of the webinar's own page
        own = rest or own
        if not own and placed:
            return None          # the meeting placed or named is the topic: any sentence of its documents is about it
        return {k for tk in own for k in topic_keys(tk)} or {k for tk in asked for k in topic_keys(tk)}

    def _says_more(self, u: Understanding, asked: set, b: tuple, scored: list, sentences: dict,
                   not_set_only: bool = False) -> tuple | None:
        """A sentence of another section of the same document that says at least SAYS_MORE more of what the question
        names (its glossary terms, in any of their forms, and its other topic words; not what its document's title
        says) than the dated sentence ``b`` and all that ``b`` says: then the date asked is of what that sentence is
        about, and ``b``'s is another's ("exact date of the first meeting of the working group on labour migration
        data?" -- "Participants agreed to set up a subregional working group on labour migration data, which will meet
        for the first time in early 2032", not the consultation's own days). (In its own section a date is of what the
        section is about: "Existe-t-il un soutien financier pour le voyage ?" -- "40 bourses de voyage", then "Les
        candidatures sont ouvertes jusqu'au 15 décembre 2029".) ``not_set_only``: only a sentence saying a place is not
        set yet ("the next in-person meeting ...; its venue will be announced later"), for a place asked."""
        # (the role a "who" question asks is how it asks, not what about: "who moderated the session on ...")
        role = tuple(u.wanted.relation) if u.wanted.kind == "person" else ()
        # (the lexicon's terms too: "financement" is what "financing" says, not the "funded" of its English forms)
        # (nor which edition: "the third regional review" is said by its deadline's sentence "... للاستعراض حتى ...")
        terms = [t_ for t_ in u.vocabulary if t_.id not in FACET_ENTRIES and not t_.id.startswith(ASKING_PREFIXES)
                 and not t_.id.startswith("ordinal-")
                 and not (role and any(tk.startswith(role) for f in t_.english for tk in tokens(f)))]
        # (a term counts once, whatever its forms: "IMRF" is "International Migration Review Forum")
        term_keys = {k for t_ in terms for f in t_.english for tk in tokens(f) for k in topic_keys(tk)} | {
            k for t_, _, matched in self.glossary.find(u.q) for tk in tokens(matched) for k in topic_keys(tk)}
        words = {tk for tk in asked if not topic_keys(tk) & term_keys and not (role and tk.startswith(role))}

        def says(text: str, idx: int | None = None) -> set:
            keys = {k for tk in tokens(self._said(idx, text) if idx is not None else text) for k in topic_keys(tk)}
            return ({t_.id for t_ in terms if self.glossary.names_term(t_, text)}
                    | {tk for tk in words if topic_keys(tk) & keys})

        meta = self.chunks[b[2]].meta
        # (nor where its meeting is held, which the whole document is about like its title: "la revue de Manille ... on
        # s'inscrit ou" is not asked of the heading "Manila, Philippines, and online - 16 and 17 March", nor "hotel rate
        # for the bamako meeting ... until when can i book" of the line "Lieu | ... Bamako (Mali)")
        titled = says(" ".join([str(meta.get("title", "")), *sorted(self.places_of(meta.get("doc_id", "")) or ())]))

        def of(c: tuple) -> set:
            # (its headings, all of them: "Session 2: Skills ... > Moderator: Mr. ..." is the skills session's moderator)
            head = self.chunks[c[2]].meta.get("section", "").replace(" > ", " ")
            return says(f"{sentences[c[2]][c[3]]} {head}", c[2]) - titled

        mine = of(b)
        # (in any section, a sentence saying the date asked is not set yet, if it says as much of the question and more:
        # "La date d'adoption de la version finale n'a pas non plus été fixée")
        return next((c for c in scored if c is not b and self.chunks[c[2]].meta.get("doc_id") == meta.get("doc_id")
                     and ((not not_set_only and self.chunks[c[2]].meta.get("section") != meta.get("section")
                           and (theirs := of(c)) > mine and len(theirs - mine) >= SAYS_MORE)
                          or _not_set(normalize(sentences[c[2]][c[3]]), of_place=not_set_only)
                          and len(theirs := of(c)) >= len(mine) and theirs - mine)), None)

    @staticmethod
    def _names_topic(text: str, need: set) -> bool:
        if not any(k.startswith(OPPOSITE_HEADS) for k in need):
            text = OPPOSITE.sub(" ", text)       # "self-funded participants" are not the funded ones asked
        return bool({k for tk in tokens(text) if not tk.isdigit() for k in topic_keys(tk)} & need)

    def _formats(self, text: str) -> set[str]:
        """The ways of taking part a text names: online, in person."""
        return {t_.id for t_, _, _ in self.glossary.find(text) if t_.id in FORMATS}

    def _one_item_holds(self, u: Understanding, read: str, outside: str, need: set | None, context: str,
                        foreign: bool, origins=frozenset(), bodies=(), title: str = "", section: str = "") -> bool:
        """Does one item of a sentence that runs a list together (:func:`run_items`) hold both the kind of fact
        asked and, when one is required (``need``), a topic word of the question -- with the list's lead-in and what
        heads the sentence (``outside``)? "The call is open to young people who: - are aged between 18 and 30 on
        the opening day of the Forum (19 October 2027); ... - are available to attend ... an online preparatory
        session" gives no date for the preparatory session. The places the question narrows it to (``origins``:
        "the consultation of Comoros, Djibouti and Sudan") are named by that item too (or by its section's heading: "3.
        Training (Rabat)" places its items in Rabat), and so are the organisations
        a "who" question names the person by (``bodies``: "the IOM regional director" is not answered by "- Ms. P,
        head of the IOM mission; - Dr S, director-general of the Office": the one of IOM is no director), with
        what heads the list and the document's title."""
        lead, items = run_items(read)
        if len(items) < 2 and not origins:
            return True
        for item in items:
            text = f"{lead} {item}"
            if not holds(u.wanted, text, u.q, context=context):
                continue
            said = f"{text} {outside}"
            if origins and not all(names_origin(o, normalize(f"{said} {section}")) for o in origins):
                continue
            if bodies and not all(self.glossary.names_term(t_, f"{said} {context} {title}") for t_ in bodies):
                continue
            if need is None or self._names_topic(f"{said} {self._in_english(said)}" if foreign else said, need):
                return True
        return False

    def _never_said(self, u: Understanding, sentences: dict, place_docs=frozenset()) -> str:
        """The question's own words for the first domain term it asks of that the passages read never name."""
        heard = self._heard(sentences, place_docs)
        terms = {t_.id for t_ in u.terms if t_.id not in FACET_ENTRIES}
        return next((matched.strip() for t_, _, matched in self.glossary.find(u.q) if t_.id in terms
                     and not _said_in(t_, heard)), "")

    def _unsaid_in_document(self, u: Understanding, doc_id: str) -> str:
        """The question's own words for a glossary term a yes/no question asks of that its answering document
        never names, in any form ("anglais" of "le guide sera traduit en anglais ?" to a French summary that names
        French and Arabic only): what is quoted is about something else of the same meeting. (Not the lexicon's
        words, nor plain ones: "is there a mandatory format?" is answered by "stakeholders have the freedom to
        decide on the format", "will they pay the flights?" by "no funding for travel".)"""
        if doc_id not in self._doc_keys:
            ids = self.chunk_ids_of(doc_id)
            said = " ".join(self._said(i, f"{self.chunks[i].meta.get('section', '')} {self.chunks[i].text}") for i in ids)
            title = str(self.chunks[ids[0]].meta.get("title", "")) if ids else ""
            self._doc_keys[doc_id] = frozenset(k for tk in tokens(f"{title} {said}") for k in topic_keys(tk))
        return next((matched.strip() for t_, _, matched in self.glossary.find(u.q)
                     if t_.id not in FACET_ENTRIES and not t_.id.startswith(NON_DOMAIN_PREFIXES)
                     and not _said_in(t_, self._doc_keys[doc_id])), "")

    def _others_of_its_kind(self, u: Understanding, passage: str, sentence: str) -> str:
        """The question's own words for a language, an organisation or a kind of actor (a glossary term of a type in
        :data:`KINDRED_TYPES`) a yes/no question asks of, when the passage that answers (or its sentence, for
        actors) names others of that type and not it, or (a language) does not name it: it says which ones
        ("available in Arabic and English" does not say French; "moderated by an ILO specialist" does not say
        UNICEF; "travel funded for migrant associations" does not say trade unions)."""
        asked = self.glossary.of_types(u.q, KINDRED_TYPES)
        if not asked:
            return ""
        named = {scope: {t_.id: t_.type for t_, _, _ in self.glossary.find(text)}
                 for scope, text in (("passage", passage), ("sentence", sentence))}
        # (a language its passage does not name at all is not what it says either: "the Outcome Document should be
        # finalized by September 2024" says nothing of its French; an organisation or a kind of actor, only when
        # others are named: "the secretariat does not fund travel" is ESCWA's, "open to all stakeholders" includes
        # trade unions)
        return next((matched.strip() for t_, matched in asked
                     for said in (named[KINDRED_TYPES[t_.type]],) if t_.id not in said
                     and (t_.type == "language" or any(kind == t_.type for other, kind in said.items() if other != t_.id))),
                    "")

    def _doc_text(self, doc_id: str) -> str:
        """A document's title, headings and text, normalised."""
        if doc_id not in self._doc_texts:
            chunks = [self.chunks[i] for i in self.chunk_ids_of(doc_id)]
            self._doc_texts[doc_id] = normalize(" ".join(
                [str(chunks[0].meta.get("title", "")) if chunks else ""]
                + [f"{c.meta.get('section', '')} {c.text}" for c in chunks]))
        return self._doc_texts[doc_id]

    def _subject_words(self, question: str, subject: list, language: str = "en") -> set[str]:
        """The words of the not-covered subject a question asks of, with the word qualifying it -- before it in English
        ("small grants"; not the noun after it, what is asked of the subject: "small grants application"), after it in
        Arabic ("المنح الصغيرة"; not "طلبات المنح", the applications), on either side in French ("petites subventions",
        "subventions PTM") -- and their terms' English."""
        before, after = {"en": (1, 0), "ar": (0, 1)}.get(language, (1, 1))
        norm = normalize(question)
        spans = [w.span() for w in re.finditer(r"\S+", norm)]
        phrase = []
        for p in subject:
            for m in p.finditer(norm):
                at = [k for k, (a, z) in enumerate(spans) if a < m.end() and z > m.start()]
                if at:
                    phrase += [norm[a:z] for a, z in spans[max(0, at[0] - before):at[-1] + 1 + after]]
        text = " ".join(phrase)
        return set(tokens(text)) | {tk for t_, _, _ in self.glossary.find(text) for f in t_.english[:3] for tk in tokens(f)}

    def _issuer_acronyms(self, doc_id: str) -> frozenset:
        """The acronyms of a document's opening chunk (its issuer's name, its reference: "(PTM)", "PSSM-NE/TDR/2039/07"),
        normalised: a question naming the document by them asks nothing of one of its sentences."""
        if doc_id not in self._issuers:
            first = self.chunk_ids_of(doc_id)[:1]
            self._issuers[doc_id] = frozenset(
                normalize(w) for i in first for w in re.findall(r"(?<![\w-])[A-Z]{2,8}(?![\w])", self.chunks[i].text))
        return self._issuers[doc_id]

    def _issue_line(self, idx: int, sentence: str) -> bool:
        """Is a sentence of a document's opening lines its dateline, a line giving little else: its only day the day
        the document was issued, which is no day of its meeting ("PSSM-NE/TDR/2039/07 – Niamey, le mardi 13 septembre
        2039"; not "بيروت، 4 حزيران 2029 – أطلقت الإسكوا اليوم ... التقرير", what happened that day)?"""
        meta = self.chunks[idx].meta
        doc_id, issued = meta.get("doc_id", ""), str(meta.get("date") or "")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued) or idx not in self.chunk_ids_of(doc_id)[:2]:
            return False
        day = (int(issued[8:]), int(issued[5:7]))
        return is_dateline(sentence) and day_months(sentence) == {day} and day not in self.meeting_days(doc_id)

    def _heads_subject(self, idx: int, subject: list) -> bool:
        """Does the heading of chunk ``idx``'s section name the not-covered subject asked (its patterns, ``subject``),
        in a document whose title does not?"""
        meta = self.chunks[idx].meta
        heading = normalize(meta.get("section", "").rsplit(" > ", 1)[-1])
        title = normalize(str(meta.get("title", "")))
        return any(p.search(heading) for p in subject) and not any(p.search(title) for p in subject)

    def _speakers_of(self, speakers: list, chunk) -> list:
        """The speakers asked whom a chunk's sentences must name: not the city its document's meeting is held in ("what
        did the Tunis workshop recommend" is asked of the whole of the Tunis workshop's summary; of another
        document, only what it says the Tunis workshop recommended answers)."""
        doc_id = chunk.meta.get("doc_id", "")
        held = self._held_in.get(doc_id)
        if held is None:
            held = self._held_in[doc_id] = frozenset(
                name for place in self.places_of(doc_id) for _, _, name in gazetteer_spans(normalize(place))) & CITIES
        return [names for names in speakers if not names & held]

    def _heard(self, sentences: dict, place_docs=frozenset()) -> set:
        """The words (by first letters) the passages read say somewhere, of the meeting's documents when the question
        places it; a French or Arabic document's in its terms' English too, as its sentences' topics are read."""
        return {k for idx, sents in sentences.items()
                if not place_docs or self.chunks[idx].meta.get("doc_id") in place_docs
                for tk in tokens(self._said(idx, " ".join(sents) + " " + self.chunks[idx].meta.get("section", "")))
                for k in topic_keys(tk)}

    def _titled(self, title: str) -> frozenset:
        """The topic keys of a document's title: what it is about (not the meeting it prepares: "Consultation ... en
        préparation de l'examen régional du Pacte mondial" is about the consultation, and a sentence of it answers for
        the regional review only when it names the review)."""
        if title not in self._titles:
            words = tokens(title) + [tk for t_, _, _ in self.glossary.find(title) for form in t_.english
                                     for tk in tokens(form)]
            keys = {k for tk in words for k in topic_keys(tk)}
            own, prepared = (PREPARES_RAW.split(normalize(title), 1) + [""])[:2]
            if prepared:                    # (the meeting it prepares, by the words naming that meeting only)
                mine = {t_.id for t_, _, _ in self.glossary.find(own)}
                other = {k for t_, _, matched in self.glossary.find(prepared) if t_.type == "meeting" and t_.id not in mine
                         for tk in tokens(matched) + [tk for form in t_.english for tk in tokens(form)]
                         for k in topic_keys(tk)}
                keys -= other - {k for tk in tokens(own) for k in topic_keys(tk)}
            self._titles[title] = frozenset(keys)
        return self._titles[title]

    def _in_english(self, text: str) -> str:
        """The English forms of the glossary terms a French or Arabic text uses (what it is about, in the words
        the question's topic is also given in; a word of two meanings in both: "Date limite de candidature" is an
        application's deadline as well as a nomination's)."""
        return " ".join(self.glossary.english_of(text, skip_ids=FACET_ENTRIES, every=True))

    def _heads_contact(self, section: str) -> bool:
        """Is a section's own heading the contact's ("6. Contact", "للتواصل", "تاسعاً: جهة الاتصال")?"""
        head = section.rsplit(" > ", 1)[-1]
        if head not in self._contact_heads:
            self._contact_heads[head] = bool(head) and any(t_.id == "contact" for t_, _, _ in self.glossary.find(head))
        return self._contact_heads[head]

    def _said(self, idx: int, text: str) -> str:
        """A chunk's text, with its glossary terms' English when the chunk is in French or Arabic."""
        return text if self.chunks[idx].meta.get("language", "en") == "en" else f"{text} {self._in_english(text)}"

    def _counts_from(self, origins, read: str, u: Understanding, b, sentences: dict, come_from=frozenset()) -> bool:
        """Does a sentence give a count (a person) for the places asked ("how many from Egypt", "who spoke for
        Libya")? It names the place, and not among more places than it has counts or people ("87 participants
        from Algeria, Egypt, Libya ..." is everyone's count; "Ms. R said 12 400 returned from Algeria, Libya,
        Morocco" did not speak for Libya); or it names no place and its passage does (a person, or a table's row,
        whose label says what it counts, only when the headings above it name the place: a speaker's heading
        "Mr. X, Ministry of Interior, Libya", a "Lebanon" section's "Total | 45"). ``come_from``: the places the
        question says people come from (not where the meeting is), which a passage naming them does not count for."""
        norm = normalize(read)
        if gazetteer_spans(norm):
            if u.wanted.kind == "person":
                # a person's place stands in what names them, before what they said ("M. Sangaré (Mali) a témoigné
                # ... des migrants rentrés de Libye" speaks for Mali, not Libya)
                people = [m.start() for pat in (PERSON, PERSON_FR_AR) for m in pat.finditer(read)]
                if not people and named_in_brackets(read):
                    # a programme's item and who presents it, in brackets: the place it names is what it is about
                    return all(names_origin(o, norm) for o in origins)
                named = " ".join(read[k:m.start() if (m := PREDICATE.search(read, k + 3)) else len(read)]
                                 for k in people)
                norm = normalize(named)
                many = len(people)
            else:
                many = counts_in(read, u.q)
            return all(counts_origin(o, norm, max(many, len(origins))) for o in origins)
        if u.wanted.kind == "number" and "|" not in sentences[b[2]][b[3]] and not any(o in come_from for o in origins):
            return True                   # its passage names the place, where what is counted is ("combien de
                                          # participants à l'atelier de Dakar"; a table's row names what it counts:
                                          # its label) -- not where they come from: "how many participants from
                                          # Senegal" is not answered by a passage naming it among 16 countries
        heads = normalize(self._context(b[2], b[3], sentences))
        return all(names_origin(o, heads) for o in origins)

    def _actors_counted(self, u: Understanding) -> list:
        """The kinds of actors (glossary type ``actor``) a count is narrowed to by "from" / "de" / "من" after the noun
        counted ("how many participants from trade unions", "combien de participants des syndicats", "كم مشارك من
        النقابات العمالية"; not "combien de sessions ... au forum des autorités locales", the forum's name)."""
        norm = normalize(u.q)
        want = {c[:5] for c in u.wanted.counted}
        out = []
        for t_, _, matched in self.glossary.find(u.q):
            k = norm.find(matched) if t_.type == "actor" else -1
            k = k + len(matched) - len(matched.lstrip()) if k >= 0 else -1     # (where its words start)
            if k < 0 or (at := from_phrase_start(norm, k)) is None:
                continue
            words = re.findall(r"[^\W\d_]+", norm[:at])
            if words and any(tk.startswith(c) for tk in tokens(words[-1]) for c in want):
                out.append(t_)
        return out

    def _counts_actors(self, actors: list, read: str, u: Understanding) -> bool:
        """Does a sentence give a count of these kinds of actors: it names them, and no more kinds of actors than it
        has counts (a list of who took part, after everyone's count, gives none of theirs)?"""
        named = {t_.id for t_, _, _ in self.glossary.find(read) if t_.type == "actor"}
        return {t_.id for t_ in actors} <= named and len(named) <= max(1, counts_in(read, u.q))

    def _context(self, idx: int, j: int, sentences: dict) -> str:
        """What heads sentence ``j`` of chunk ``idx``: its section headings and the heading-like lines above it (not
        a section that is the document's title: it heads the whole document -- "اختتام المشاورة ..." says the
        consultation closed, not that the opening speakers under it closed it)."""
        chunk = self.chunks[idx]
        section = str(chunk.meta.get("section", ""))
        section = "" if section == str(chunk.meta.get("title", "")) else section
        context = f"{section} {local_headings(sentences[idx], j, people=False)}"
        header = table_header(sentences[idx], j)
        if header >= 0:                                   # a table row's columns say what its cells are ("Co-chairs
            context += f" {sentences[idx][header]}"      # (Member State; stakeholder organisation)" over "Ecuador; ...")
        if chunk.meta.get("language", "en") != "en":      # a French or Arabic heading says its role in English too
            # (not the role a person serves: "secrétaire d'État auprès du ministre" says no minister's name)
            read = self._table_reading(idx, j, sentences[idx]) or sentences[idx][j]
            context += " " + self._roles_in_english(OF_ANOTHER.sub(" ", f"{context} {read}"))
        return context

    def _roles_in_english(self, text: str) -> str:
        """:meth:`_in_english`, a role's second said with each of its forms ("maire adjointe d'Oran" -> "Deputy mayor
        ...", "نائب المدير"): the deputy is not the one who holds the role."""
        norm, out = normalize(text), []
        found = [f for f in self.glossary.find(text) if f[0].id not in FACET_ENTRIES
                 and not f[0].id.startswith(("q-", "number-", "ordinal-", "month-"))]
        for k, (term, _, matched) in enumerate(found):
            second = any(0 <= j < len(found) and found[j][0].id == "lex-deputy" and (
                f"{matched} {found[j][2]}" if j > k else f"{found[j][2]} {matched}") in norm for j in (k - 1, k + 1))
            out += [f"Deputy {f}" if second else f for f in term.english[:3]]
        return " ".join(out)

    def _venue_beside(self, top: tuple, scored: list, sentences: dict, also=None) -> tuple | None:
        """The best sentence of the top one's document naming the building a meeting is held in (and ``also``
        holding), if any."""
        doc = self.chunks[top[2]].meta.get("doc_id")
        return next((b for b in scored if self.chunks[b[2]].meta.get("doc_id") == doc and is_venue(sentences[b[2]][b[3]])
                     and (also is None or also(sentences[b[2]][b[3]]))), None)

    def doc_days(self, doc_id: str) -> set[tuple[int, int]]:
        """(day, month) of every date a document writes, anywhere."""
        if doc_id not in self._doc_days:
            self._doc_days[doc_id] = day_months(" ".join(f"{self.chunks[i].meta.get('section', '')} {self.chunks[i].text}"
                                                         for i in self.chunk_ids_of(doc_id)))
        return self._doc_days[doc_id]

    def _extensions(self, scored: list, sentences: dict) -> list[tuple[tuple, tuple]]:
        """(candidate, (day, what is extended)) of the candidate sentences that extend a time limit."""
        out = []
        for b in scored:
            extension = extended_to(sentences[b[2]][b[3]], _day_of(self.chunks[b[2]].meta.get("date")))
            if extension is not None:
                out.append((b, extension))
        return out

    def _extended_later(self, about: str, top: tuple, extensions: list, sentences: dict) -> tuple | None:
        """The sentence of the top one's document that extends a time limit to a day after the top one's dates, if
        any, of what ``about`` is about (:func:`ingest.dates.extends`: not "registration is extended to 7 April" for
        the deadline of written inputs, 5 April); ``extensions``: :meth:`_extensions`."""
        doc = self.chunks[top[2]].meta.get("doc_id")
        said = [m.end or m.start for m in in_force(to_ascii_digits(sentences[top[2]][top[3]]))]
        if not said:
            return None
        return next((b for b, extension in extensions if self.chunks[b[2]].meta.get("doc_id") == doc
                     and (b[2], b[3]) != (top[2], top[3]) and extends(extension, max(said), about)), None)

    def _answering(self, u: Understanding, scored: list, sentences: dict, asked: set,
                   entities: list = (), subject: list = (), place_docs=frozenset(),
                   origins=frozenset(), held_at: list = (), speakers: list = (),
                   said_about: list = ()) -> tuple[tuple, bool, str]:
        """The best sentence that holds the kind of fact asked for (and the years, days, parts and
        names the question gives, and the not-covered subject it asks about: ``subject``, its
        patterns) and shares a word with the question; else the best one, marked as not holding it,
        with what is missing ("names" when no text names the question's names, "subject" when no
        sentence names the subject). A meeting the question places ("l'atelier de Tunis": ``place_docs``,
        the documents of the events held there) is answered from those documents only; a meeting held elsewhere
        than a document's own (``held_at``: the places the question holds meetings in), which it only mentions
        ("the Rabat 2025 meeting's recommendations", of the Tunis dialogue's report), by its sentences naming it."""
        wanted = u.wanted
        asked_tokens = set(tokens(u.q))                   # (a table's row named by its label: :func:`other_rows_named`)
        # (an earlier message an e-mail forwards says what the e-mail has replaced: its sentences answer only when the
        # e-mail's own do not -- "got moved?? new date": not the date the original message gave -- unless the earlier
        # one is asked, "شو كان الموعد القديم"; and an e-mail's header gives who sent and received it, not whom to
        # write to: the body's contact line answers "which email do i contact" first)
        old = bool(EARLIER_ASKED.search(normalize(u.q)))
        # (and of messages, the last one sent first when a change is asked of: "registration closes 15 dec right?? or did
        # they change it", "سمعت انو القاعة تغيرت" -- what a later message extended or corrected holds)
        changed = not old and bool(CHANGE_ASKED.search(normalize(u.q)))
        scored = sorted(scored, key=lambda b: (self._forwarded(b[2]) and not old,
                                               -self._sent_on(b[2]) if changed else 0,
                                               wanted.kind in ("email", "phone") and is_mail_field(sentences[b[2]][b[3]])))
        if not (wanted.kind or wanted.years or wanted.days or wanted.labels or entities or subject or place_docs
                or origins or held_at or speakers):
            return scored[0], True, ""
        contact = wanted.kind in ("email", "phone") and any(t_.id == "contact" for t_ in u.vocabulary)
        # "when is the session on migrant voices": a programme's time line under its day's line says that day
        session = _asks_a_sessions_day(u)
        if contact:
            # "contact and mail please": the address of the section that gives the contact first (not the one
            # given for registration or submissions, unless the question names that); the meeting's contact
            # section is about the meeting, whatever words of its name the question uses
            scored = sorted(scored, key=lambda b: not self._heads_contact(self.chunks[b[2]].meta.get("section", "")))
        elif wanted.kind == "eligible":
            # "who is invited", "ouvert à qui", "مين المدعوين": what the section on who takes part says first (not
            # "participants are invited to share written inputs" under "6. Inputs")
            scored = sorted(scored, key=lambda b: not heads_who_takes_part(self.chunks[b[2]].meta.get("section", "")))
        named = on_subject = False
        subject_words = self._subject_words(u.q, subject, u.language) if subject else set()
        # (the subject's own words, as the question writes it and in the glossary's English: "grant" of "acmf grant")
        named_as = " ".join(m.group(0) for p in subject for m in p.finditer(normalize(u.q)))
        subject_named = set(tokens(named_as)) | {tk for t_, _, _ in self.glossary.find(named_as)
                                                 for f in t_.english[:3] for tk in tokens(f)} if subject else set()
        asks_address = wanted.kind in ADDRESS_KINDS         # (an address's words are then what the question names)
        where = wanted.kind in ("place", "city", "hotel", "room", "address")   # (a venue's words, then: see below)
        # (what a meeting produced; not what it is to produce: "expected outcomes", "what's supposed to come out of it",
        # "les résultats attendus", "المخرجات المتوقعة" are what a note written before it says)
        outcome = wanted.kind == "attribute" and any(st.startswith(OUTCOME_STEMS) for st in wanted.relation) \
            and not AIMED.search(normalize(u.q)) and not SUPPOSED.search(normalize(u.q))
        shown = None                                      # a sentence saying more of the question than a dated one
        # the words the passages read say somewhere (a word they never say cannot tell their sentences apart)
        # (of the meeting's documents, when the question places it: another meeting's words tell none of its apart)
        # (a French or Arabic document's in its terms' English too, as its sentences' topics are read)
        heard = (self._heard(sentences, place_docs) if wanted.kind in OBJECT_KINDS or u.asks_if and not wanted.kind or speakers
                 else set())
        topic_of: dict[int, set] = {}                     # each chunk's topic words (its title's set aside)
        only_one: dict[int, bool] = {}                    # a chunk has one sentence only holding the kind asked
        in_role = None
        # the edition asked by its ordinal ("الاجتماع التحضيري التاني", "the second preparatory meeting") of a document
        # whose title numbers its own meeting otherwise ("... الاجتماع التحضيري الإقليمي الأول"): only a sentence
        # numbering it so gives its date or place, not the document's own meeting's nor its dateline
        editions = (self.glossary.ordinals(u.q)
                    if wanted.kind in DATED_KINDS + ("place", "city", "time") and not wanted.labels else set())
        # the organisations a "who" question names the person by ("who speaks for UNHCR", "the IOM regional director",
        # "مين ممثل اليونيسف"): a person of another one, or of none the passage names, is not the one asked
        # (the whole question when it asks a name without a who-word: "شو اسم رئيس الهلال الأحمر الموريتاني")
        bodies = self.glossary.organisations(who_clause(normalize(u.q)) or u.q) if wanted.kind == "person" else []
        # the places the question says someone comes from ("participants from the Gulf"), once
        come_from = {o for o in origins if said_to_come_from(o, normalize(u.q))}
        # ... or as where something is ("بمصر", "in Egypt"), not as its meeting's name ("contribution ecrite dakar")
        located = {o for o in origins if located_in(normalize(u.q), o)}
        # a meeting asked of as moved or postponed ("... got postponed?? whats the new date and where")
        moved = bool(HAPPENED.search(normalize(u.q)))
        # what a person the question names said ("شو قال Ibrahim Moussa Garba عن الهجرة المناخية")
        speaker = said_by(normalize(u.q))[0].split()
        said_of_person = bool(speaker) and any(w in speaker for words in entities for w in words)
        # ... and the kinds of actors a count is of ("how many participants from trade unions", "كم مشارك من النقابات")
        actors = self._actors_counted(u) if wanted.kind == "number" else []
        # ... and the one way of taking part a count is asked of ("how many places online", "كم مقعد حضوري")
        fmt = self._formats(u.q) if wanted.kind == "number" else set()
        fmt = fmt if len(fmt) == 1 else set()
        # (the topic keys of the English of the glossary's terms the question uses: what a French or Arabic text can say)
        glossed = {k for t_ in u.vocabulary for f in t_.english for tk in tokens(f) for k in topic_keys(tk)}
        # the things of the domain whose day is asked ("la Global Knowledge Platform ... sera lancée quand ?"): a
        # sentence giving a day is of a passage naming one of them (in any of its forms, or its headings), not one
        # sharing a word of it ("February Migration Week launch of ..." is no launch of the platform)
        # (a thing named by a name of three words at least, that some passage read names: not one a document calls
        # otherwise than the glossary -- "votre candidature" of a call saying "طلبها", "plan d'action national" -- nor a
        # common noun a sentence may leave unsaid; measured, any term, or any the passages name, lost two to four
        # held-out questions of those kinds)
        domain = {t_.id for t_ in u.terms}
        dated_things = [t_ for t_, _, matched in self.glossary.find(u.q) if t_.id in domain and t_.id not in FACET_ENTRIES
                        and not t_.type and t_.id not in u.own and len(matched.split()) >= NAMED_THING_WORDS
                        and any(self.glossary.names_term(t_, self.chunks[idx].text) for idx in sentences)
                        ] if wanted.kind in ("date", "day") and not (wanted.labels or wanted.days) else []
        # ... and so do a date or a place asked of a meeting by what another is to it ("when and where is the regional
        # review that the kuwait consultation feeds into?"): named, not the consultation's own days and hall
        # (by the sentence itself or what heads it: not the paragraph around it, which tells what the consultation feeds)
        # (or, when it is named by no meeting's name, by the plain noun: "the online follow-up meeting after the rabat
        # consultation" is not the consultation's title line, "Rabat et en ligne – mardi 9 et mercredi 10 décembre")
        head_terms = [t_ for t_, _, _ in self.glossary.find(head)] if wanted.kind in (
            "date", "day", "time", "place", "city", "address") and (
            head := meeting_asked_besides(normalize(u.q), self.glossary)) else []
        besides = [t_ for t_ in head_terms if t_.type == "meeting"] or [t_ for t_ in head_terms if t_.id == "meeting"]
        # (where the other one is held is no answer: "في الكويت" of "رئيس بعثة IOM في الكويت ... الاستعراض الإقليمي")
        besides_places = places_in(normalize(u.q)) - places_in(head) if besides else set()
        # (the glossary's terms for the thing a cost question prices: "per diem" is also written "DSA")
        priced_terms = {t_.id for t_, _, matched in self.glossary.find(u.q) if any(
            tk.startswith(stem) for tk in tokens(matched) for stem in wanted.priced)} if wanted.priced else set()
        q_norm = normalize(u.q)
        for b in scored:
            chunk = self.chunks[b[2]]
            sent = sentences[b[2]][b[3]]
            section = chunk.meta.get("section", "")
            if place_docs and chunk.meta.get("doc_id") not in place_docs:
                continue                                  # another meeting, held elsewhere
            if b[3] + 1 < len(sentences[b[2]]) and table_header(sentences[b[2]], b[3] + 1) == b[3]:
                continue                                  # a table's header row names its columns, it gives no fact
                                                          # ("Rôle | Nombre de bénévoles | ... (heure de Yaoundé, UTC+1)")
            if wanted.kind in DATED_KINDS and not (wanted.published or wanted.published_what) \
                    and self._issue_line(b[2], sent):
                continue                                  # "Plateforme ... (PTM) – N'Djamena, le lundi 6 février 2040":
                                                          # the day the document was issued, not the results' day
            if outcome and self.announces(chunk.meta.get("doc_id", "")):
                continue                                  # "what were the recommendations": not a note written before
                                                          # its meeting ("its key messages will feed into ...")
            if editions and (own_ordinals := self.glossary.ordinals(str(chunk.meta.get("title", "")))) \
                    and not editions & own_ordinals \
                    and not editions & self.glossary.ordinals(f"{sent} {local_headings(sentences[b[2]], b[3])}"):
                continue                                  # the document's own edition, or another one
            if not names_all(entities, chunk.text, section, str(chunk.meta.get("title", ""))):
                continue                                  # about another person
            if entities and person_names(sent) and not names_all(entities, sent) and not wanted.others_than:
                continue                                  # ... in this sentence: "Moderated by Dr. Ibrahim Awad, ..., the
                                                          # American University in Cairo" under Dr. Zohry's heading
                                                          # (unless asked besides them: "who else spoke besides X")
            if said_of_person and LIST_ITEM.match(sent) and not PREDICATE.search(" " + sent):
                continue                                  # what they said: not a list naming them ("- M. Ibrahim Moussa
                                                          # Garba, coordinateur, Alternative Mobilités Sahel, Niamey")
            named = True
            # (or the sentence before it: "Travel support is available ... Requests must be sent by 31 January")
            # (not the item above an item of a list: "- a return air ticket ...; - accommodation (arrival 18 October)"
            # gives no date for the ticket)
            before = sentences[b[2]][b[3] - 1] if b[3] > 0 and not (
                LIST_ITEM.match(sent) and LIST_ITEM.match(sentences[b[2]][b[3] - 1])) else ""
            # (not who played a role in a session named, whatever it is on: "qui a modéré la session 2 sur les frais")
            # (or the document's title: every sentence of a call for small grants is about the grants, "The application
            # deadline is Friday 15 May 2036" too)
            # (a subject the title only names is the whole document's: what the sentence is about is still read, "the
            # exact day the grants' results are announced" is not the information session's; and so is a subject only an
            # address names, unless one is asked: "subventions@..." does not make a sentence on written questions the
            # grants')
            # (nor one only the paragraph before says: "Ses frais ... hors subvention." does not make the projects'
            # dates, in the next paragraph, the grants' results; the sentence before in its paragraph says it of this
            # one too: "... 40 bourses de voyage ... Les candidatures sont ouvertes jusqu'au 15 décembre")
            # (nor the building a meeting is held in: "... يومي ... في قاعة زاغروس بفندق نيشتمان بالاس" says nothing of
            # hotels, "will the network cover our travel and hotel?" -- unless where it is is asked)
            # (each text read once, not once per pattern: a venue is found by reading the sentence's dates)
            if subject:
                unplaced = sent if where else without_venues(sent)
                unplaced_before = before if where or not before else without_venues(before)
                plain_sent = normalize(sent if asks_address else without_addresses(unplaced))
                plain_before = normalize(before if asks_address else without_addresses(unplaced_before))
            said_here = bool(subject) and any(p.search(plain_sent) or before and p.search(plain_before)
                                              and one_paragraph(chunk.text, before, sent) for p in subject)
            if subject and not said_here and not (wanted.kind == "person" and wanted.relation and wanted.labels) and not any(
                    p.search(normalize(unplaced)) or before and p.search(normalize(unplaced_before))
                    or p.search(normalize(str(chunk.meta.get("title", "")))) for p in subject) \
                    and not subject_named & set(tokens(section)):
                continue                                  # "flights", "hotel": a sentence that does not say (nor its
                                                          # section's heading, in the question's own words for it: "4.
                                                          # What the grant covers" of its table, for "acmf grant ...";
                                                          # not "Travel and accommodation" for "تذاكر الطيارة")
            on_subject = True
            # (a region the document names is its meeting's: "the Asia-Pacific review's registration deadline"; and one
            # its title names, whatever is asked, unless they come from there: "il faut payer pour participer à la
            # consultation sur la mobilité de la main-d'œuvre dans le Golfe ?" of "... Labour Mobility in the Gulf")
            titled = normalize(str(chunk.meta.get("title", "")))
            # (nor the place its meeting is held in, named as the meeting's, not as where something is: "contribution
            # ecrite dakar max combien de mots" of the Dakar consultation's note; not "كم طفل ... بمصر", "children in Egypt";
            # a person the question names is asked of as of the meeting held there: "who is X, the keynote in lima?")
            # (and a city its title names, as the thing's own: "the monthly stipend for the fellowship in baghdad" of
            # "زمالة بغداد لبيانات الهجرة")
            origins_here = [o for o in origins if not (
                o <= REGIONS and wanted.kind not in COUNTED_KINDS
                and names_origin(o, self._doc_text(chunk.meta.get("doc_id", "")))
                or o not in come_from and names_origin(o, titled)
                or o not in come_from and (o not in located or wanted.kind == "person" and entities)
                and o & (self.places_of(chunk.meta.get("doc_id", "")) or set()))]
            if origins_here and not all(names_origin(o, normalize(f"{section} {chunk.text}")) for o in origins_here):
                continue                                  # a count of everyone, asked for those from one country
            # (the meeting of the sentence's section, when the section is about one: a calendar's activities)
            meeting = self.places_of(chunk.meta.get("doc_id", ""), section) if held_at else None
            own = meeting if meeting is not None else self.places_of(chunk.meta.get("doc_id", "")) if held_at else set()
            # (not where the document's title says its meeting is about: "the central asia consultation", of a
            # "Consultation on Labour Migration in Central Asia" held in Almaty)
            elsewhere = [names for names in held_at if (own or meeting is not None) and names <= CITIES and not names & own
                         and not names_origin(names, titled)]
            # (why a meeting was moved: the sentences before the reason name where it was to be held)
            two_before = " ".join(sentences[b[2]][max(0, b[3] - 2):b[3]]) if wanted.reason or moved else ""
            lead = two_before if wanted.reason else ""
            # (... and where a meeting asked as moved was to be held: "the abidjan consultation got postponed?? whats the
            # new date" -- "... prévue ... à Abidjan ... Décision : la consultation est reportée. Elle se tiendra ...")
            near = lead or (two_before if moved else before)
            if elsewhere and not all(names & places_in(normalize(f"{near} {sent}"))
                                     for names in elsewhere):
                continue                                  # what the document's own meeting did, not the other's
            # what a sentence is about may stand in the lines heading it ("14:00 - 15:30" under the webinar's title)
            # ... and an item of a list in the line that introduces the list ("Speakers:")
            # (its section's heading when the list opens the chunk: "Speakers")
            # (not its section's heading: measured, "4. Submission deadline" answered a near miss as well as the
            # deadline it heads) -- except for what the meeting of its section costs or when it starts: "Participation
            # is free" under "5. Online consultation" says the consultation is free
            items = introduced_items(sentences[b[2]], b[3])   # "Sont invités :" says what its list says
            listed = " " + " ".join(items) if items else ""
            # (what heads the sentence, said of each of its items: ``outside``)
            outside = (f" {list_head(sentences[b[2]], b[3], section)}" if not heading_like(sent)
                       else f" {section} {local_headings(sentences[b[2]], b[3])}")
            if before and (leans_on(sent, before) or before.rstrip().endswith((":", "："))
                           or CONTACT_FIELD.match(sent) and person_names(before)):
                outside += " " + before                   # "It will be held in person only": what "it" is; what a
                                                          # line ending in a colon introduces ("لجميع الاستفسارات
                                                          # وإرسال المساهمات:", then the address); whose address a
                                                          # field under a person's line gives ("Coordinatrice du
                                                          # concours : Mme Ines Chakroun ..." / "Courriel : ines...")
            if head := run_in_heading(sentences[b[2]], b[3], chunk.text):
                outside += " " + head                     # "- Hybrid participation. The plenary sessions ... through
                                                          # the same link": the participation's link
            if wanted.kind in SECTION_KINDS or section.rstrip().endswith(("?", "؟")):
                # (and a question its section answers, in a page of questions and answers: "ما هو الاستعراض الإقليمي
                # للمنطقة العربية، ومتى وأين يُعقد؟" > "يُعقد الاستعراض يومي ...")
                outside += " " + section.rsplit(" > ", 1)[-1]
            elif speakers:                                # what someone said at the opening: "2. Opening remarks > Mr. ..."
                outside += " " + " ".join(section.split(" > ")[-2:])
            elif wanted.kind in OWN_OBJECT_KINDS and section and self._only_one_holding(u, b[2], sentences, only_one):
                # (and the section's heading, over the one sentence of its section giving that kind of fact: "1.
                # Accreditation of organisations without ECOSOC status" > "Applications must be submitted no later
                # than Friday 28 January 2039" is the accreditation's deadline)
                outside += " " + section.rsplit(" > ", 1)[-1]
            about = f"{sent}{listed}{outside}"
            leaning = SENTENCE_HEAD.match(before).group() if before and leans_on(sent, before) else ""
            here = self._speakers_of(speakers, chunk) if speakers else []
            if here and (heading_like(sent) or not names_speakers(
                    here, f"{SENTENCE_HEAD.match(sent).group()} {leaning} {section} {local_headings(sentences[b[2]], b[3])}",
                    self.glossary)):
                continue                                  # "what did the employers say": a sentence whose subject they
                                                          # are (in its first words, what "he" is, its headings), not a
                                                          # list naming them, what others said beside them, nor a
                                                          # heading or a dateline ("Beirut, Lebanon, 3-4 November")
            foreign = chunk.meta.get("language", "en") != "en"
            if foreign:
                about += " " + self._in_english(about)     # a French or Arabic document's terms, as the question's are
            if asked and not said_here and b[2] not in topic_of:
                # (the subject's own words are what the title or the paragraph before says: the rest of the question is
                # what the sentence must be about -- "date limite pour les petites subventions ?" asks nothing more of a
                # call titled "Small Grants"; "the results of the ... small grants call" still asks the results, "which
                # languages can i write my small grants application in" the application)
                rest = asked - subject_words if subject else asked
                topic_of[b[2]] = (self._about(u, rest, chunk, heard, chunk.meta.get("doc_id") in place_docs,
                                              bool(speakers)) if rest else None)
            need = (topic_of[b[2]] if asked and not said_here and topic_of[b[2]] is not None
                    and not (contact and chunk.meta.get("doc_id") in place_docs and self._heads_contact(section))
                    else None)
            if need is not None and chunk.meta.get("language") == "ar" and all(k.isascii() for k in need) \
                    and not need & glossed:
                need = None                               # (words an Arabic text cannot say: no glossary term
                                                          # translates them -- "fellowship" of "زمالة بغداد")
            # (an address's mailbox may say what it is for, "kl2039-childcare@...", not its domain, whose the address
            # is: "...@roscam-ac.example" does not say what a sentence is about)
            if need is not None and not self._names_topic(about if asks_address else without_addresses(
                    about if where else without_venues(about), mailboxes=True), need):
                continue                                  # a date or a count about something else (a subject
                                                          # asked, named by the sentence, is what it is about)
            if said_about and not self._says_on(said_about, b, about):
                continue                                  # what they said, on something else than what is asked
            if said_about and entities and not names_all(entities, f"{sent} {before} {section}"):
                continue                                  # ... and said by the person named: their sentence, the one
                                                          # before it ("..., said Ms. X. 'We want ...'") or their heading
            if (subject and wanted.kind == "cost" and wanted.priced and self.glossary.subjects_of_things(u.q)
                    and not self._prices(wanted.priced, priced_terms, about)):
                continue                                  # the hotel's rate is not what the taxi or the visa costs
                                                          # (a text naming it by another of its glossary forms does:
                                                          # "Meals and incidentals (DSA balance) | USD 62 per night")
                                                          # (a price asked alone, "the average cost of sending 200
                                                          # usd", is checked as any cost question: an amount)
            if other_rows_named(sentences[b[2]], b[3], asked_tokens):
                continue                                  # "وين مكان مشاورة سبها": Sabha's row, not Misrata's
            row = self._table_reading(b[2], b[3], sentences[b[2]])
            read = row or sent + listed                   # a table row with its column names
            if wanted.kind in ("place", "city", "address") and ADDRESS_ABOVE.search(normalize(sent)):
                held = self._address_of(chunk.meta.get("doc_id", ""), b[2])
                if held:                                  # "(العنوان أعلاه)": where the address above is
                    read += " " + held[1]
            if session and (k := day_above(sentences[b[2]], b[3])) >= 0:
                read = f"{sentences[b[2]][k]} {read}"     # a session's time under its day's line: that day
            if origins_here and wanted.kind in COUNTED_KINDS and not self._counts_from(origins_here, read, u, b, sentences,
                                                                                                   come_from):
                continue                                  # the sentence's count is of everyone from several places,
                                                          # its speaker one who spoke of several, its price the
                                                          # region's, not the country's asked
            if opposed_kind(q_norm, normalize(f"{read} {outside}")):
                continue                                  # "the oral statement's word limit": not the written ones'
            if fmt and (said := self._formats(f"{read} {outside}")) and not said & fmt:
                continue                                  # "combien de places en ligne": not the 120 seats in person
            if actors and not self._counts_actors(actors, read, u):
                continue                                  # "94 participants, among them governments, trade unions,
                                                          # migrant associations ...": no count of trade unions
            context = self._context(b[2], b[3], sentences)
            if lead:                                      # "... has been postponed. It will now take place on ...
                context += " " + lead                     # The change follows a request"
            if besides and (not any(self.glossary.names_term(t_, f"{read} {outside}") for t_ in besides)
                            or wanted.kind in DATED_KINDS and self._dated_of_another(read, besides)
                            or besides_places and wanted.kind in ("place", "city", "address")
                            and (here_ := places_in(normalize(read))) and here_ <= besides_places):
                continue
            if dated_things and not any(self.glossary.names_term(t_, f"{read} {context} {outside} {section} "
                                                                       f"{chunk.meta.get('title', '')}")
                                        for t_ in dated_things):
                continue
            if bodies and not all(self.glossary.names_term(t_, f"{read} {context} {outside} {chunk.meta.get('title', '')}")
                                  for t_ in bodies):
                continue
            if (holds(wanted, read, u.q, context=context) and self._years_hold(u, b[2], sent)
                    and self._one_item_holds(u, row or sent + (" " + "; ".join(items) if items else ""),
                                             outside, need, context, foreign,
                                             origins_here if wanted.kind not in COUNTED_KINDS else (),
                                             bodies, str(chunk.meta.get("title", "")), section)):
                # (and who moderated, chaired or spoke at the session named: "qui a modéré la session sur ...")
                # (of a place, only a sentence saying its place is not set yet: "the next in-person meeting ...; its
                # venue will be announced later" for "which city will host the next meeting")
                if changed and self._sent_on(b[2]):
                    fuller = None                         # (the last message's, whatever an earlier one says)
                elif wanted.kind in DATED_KINDS or wanted.kind == "person" and SESSION_WORDS.search(normalize(u.q)):
                    fuller = self._says_more(u, asked, b, scored, sentences)
                elif wanted.kind in ("place", "city"):
                    fuller = self._says_more(u, asked, b, scored, sentences, not_set_only=True)
                else:
                    fuller = None
                if fuller is not None:
                    shown = shown or fuller               # "the first meeting of the working group": the sentence
                    continue                              # saying it ("... which will meet for the first time in early
                                                          # 2032"), not the consultation's days sharing "labour"
                if wanted.kind != "person" or not wanted.relation or plays(wanted.relation, read,
                                                                           principal=not wanted.deputy,
                                                                           rank=wanted.rank):
                    return b, True, ""
                # the role asked only in what heads it ("Moderator: Mr. Omar Zayed" above a panellist's sentence):
                # the line that names the role first, if any
                in_role = in_role or b
        if in_role:
            return in_role, True, ""
        # what the documents do say: the best sentence on the edition asked ("الاجتماع التحضيري الثاني: يُعلن لاحقًا عن
        # موعده ومكانه"), else of the meeting the question places, if any
        shown = shown or next((b for b in scored if editions and editions & self.glossary.ordinals(sentences[b[2]][b[3]])),
                              None) \
            or next((b for b in scored if self.chunks[b[2]].meta.get("doc_id") in place_docs), scored[0])
        return shown, False, ("names" if not named else "subject" if not on_subject else "")

