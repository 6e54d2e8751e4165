"""Dated mentions in a document's text, and the events they make (run at ingest).

Why hand-written rules and not ``dateparser.search.search_dates`` (1.5.0, measured on the five
documents in ``knowledge/documents``, 84 KB of English, each with its own date as the
relative base): it took 1.5 s of wall time (0.66 s for the 40 KB report) against 46 ms of CPU
here (0.5 ms per KB), and of its 67 mentions 21 were not dates ("four years", "one of the
five", "nine (9)", "12 and 18", "5](#)", "now"), 8 had a wrong day or year ("on October 27,
and 76" -> 1976, "Wednesday, 3" -> 3 March, "28 Jan" -> 2022 in a sentence that says 2021),
every range was cut to one of its ends, and a month came back as a day ("in December 2018"
-> 27 December). On Arabic UN-style dates it found only years ("17 أيار/مايو 2022" -> 30
November 2022). These rules find all 47 dated mentions of the five documents (30 events once merged), none wrong
(checked by hand), and leave out what has no day or month with a year ("in May", "in 2026").

What is a dated mention here: a day ("4 July 2024", "Thursday, 10th February
2022", "October 27", "le 1er juillet 2024", "١٥ آذار/مارس ٢٠٢٧"), a range of days
("17 to 20 May 2022", "du 17 au 20 mai 2022", "من 17 إلى 20 أيار/مايو 2022",
"from Wednesday, 3 July to Thursday, 4 July 2024"), a list of days sharing a year
("27 Oct and 3 Nov 2020"), a month with its year ("by September 2024", "in June
and August 2020"), a range of months ("between Oct 2020 and Feb 2021"), an ISO
date, and an unambiguous day/month/year. A year alone is never one ("in 2026",
"2020-2021", "the 2030 Agenda"): it says too little to remind anyone of. A day
without a year takes the year of another date in the same sentence, else the
one that puts it within [-60, +305] days of the document's date; it is dropped
when the document has no date. A number after "page", "p.", "No.", "para." ...
is not a day; a table-of-contents line (ending in a page number) is skipped.

Each mention becomes an event: its sentence as the quotation, the document and
section, a short name from the sentence (its subject) or, when the sentence is
only a date, from the heading or the document's title, and a kind that matters
to users (registration, deadline, publication, event) from trigger words in the
sentence, in Arabic, English and French. Event ids are a hash of the document
id, the normalised sentence and the dates, so re-ingesting an unchanged
document keeps them (reminders already sent are not sent again).
"""
from __future__ import annotations

import calendar
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache

from bot.text.sentences import unwrap
from bot.text.language import ARABIC_CHAR, ARABIC_DIACRITICS, normalize
from bot.text.places import EVENT_NOUNS, REGIONS as REGION_NAMES, VENUE_VERBS, dateline_place, gazetteer_spans, named_place, place_parts, venue_line, venue_named
from ingest.loaders import SENT_WORD, is_mail_subject, only_a_kind, only_kinds_of_document, sent_heading, signs_for_a_body

VERSION = "39"              # bump when the rules change what is extracted (re-writes the chunks' events)

YEAR_WINDOW = (-60, 305)    # days around the document's date a year-less day is placed in
MAX_RANGE_DAYS = 366        # a longer "range" is two unrelated dates, not one event
NAME_CHARS = 90             # longest name taken from a sentence
TITLE_CHARS = 160           # ... and of one named by its document's title (the meeting the document is about)

# --------------------------------------------------------------------------- names of months and days
# Matched on text normalised by :func:`_normalise` (Arabic alef forms -> ا, digits -> ASCII), case-folded.
# (Arabic: the Levantine names, the Egyptian and Gulf ones, and the Maghreb's -- Algeria and Tunisia's "جانفي", "جوان",
# "أوت", Morocco's "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر")
_MONTHS = {
    1: ["january", "jan", "janvier", "janv", "كانون الثاني", "يناير", "جانفي"],
    2: ["february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "شباط", "فبراير", "فيفري"],
    3: ["march", "mar", "mars", "اذار", "مارس"],
    4: ["april", "apr", "avril", "avr", "نيسان", "ابريل", "افريل"],
    5: ["may", "mai", "ايار", "مايو", "مايس", "ماي"],
    6: ["june", "jun", "juin", "حزيران", "يونيو", "يونيه", "جوان"],
    7: ["july", "jul", "juillet", "juil", "تموز", "يوليو", "يوليه", "جويلية", "يوليوز"],
    8: ["august", "aug", "août", "aout", "اب", "اغسطس", "اوت", "غشت"],
    9: ["september", "sept", "sep", "septembre", "ايلول", "سبتمبر", "شتنبر"],
    10: ["october", "oct", "octobre", "تشرين الاول", "اكتوبر"],
    11: ["november", "nov", "novembre", "تشرين الثاني", "نوفمبر", "نونبر"],
    12: ["december", "dec", "décembre", "decembre", "déc", "كانون الاول", "ديسمبر", "دجنبر"],
}
MONTH_OF = {name: n for n, names in _MONTHS.items() for name in names}
_ENGLISH_FULL = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
             "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد"]


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Month and weekday names are found once per sentence by these two (slow, ~80 alternatives) and
# replaced by same-length markers, so that the date patterns below stay small and fast:
# a month name becomes "\x01\x02\x02...", a weekday "\x03\x04\x04...". Measured: 3 ms -> 0.3 ms a sentence.
MONTH_NAME = re.compile(rf"(?<!\w)(?:{_alternation(MONTH_OF)})(?!\w)", re.IGNORECASE)
# (an Arabic weekday may carry "and": "يومي الثلاثاء 16 والأربعاء 17 تشرين الأول/أكتوبر")
WEEKDAY_NAME = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)و))(?:{_alternation(_WEEKDAYS)})(?!\w)", re.IGNORECASE)
_M1 = r"\x01\x02*\.?"
# UN Arabic writes both names: "أيار/مايو", "أيار (مايو)"
MONTH = rf"(?:{_M1})(?:\s*/\s*{_M1}|\s*\(\s*{_M1}\s*\))?"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|er|ère|e)?(?!\w)"
DAY_START = r"(?<![\d/:.,\-–])"          # "A/RES/73/195", "10.7", "09:30" are no days
YEAR = r"(?:19|20)\d\d(?!\d)(?:\s*م(?!\w))?"
WEEKDAY = r"(?:(?:يوم\s+)?\x03\x04*\s*,?\s*)"
OF = r"(?:\s+(?:of|de|من)\b)?\s+"
TO = r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bau\b|\bà\b|\bjusqu['’]au\b|الى|حتى|ولغاية|لغاية)\s*"
AND = r"\s*(?:,|\band\b|&|\bet\b|و)\s*"
YSEP = r"(?:\s*,\s*|\s+)(?:(?:of|de|من|عام|سنة)\s+)?"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


# weekdays shortened, as slides, tables and e-mail headers write them ("Tue 31/01", "ven. 27/01", "Le ven. 18 nov."),
# each as its weekday's number (Monday 0)
SHORT_WEEKDAYS_EN = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SHORT_WEEKDAYS_FR = {"lun": 0, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
_SHORT_WEEKDAYS = {**SHORT_WEEKDAYS_EN, **SHORT_WEEKDAYS_FR}
_SHORT_WEEKDAY = "|".join(sorted(_SHORT_WEEKDAYS, key=len, reverse=True))

_PATTERNS: list[tuple[str, re.Pattern]] = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in [
    # from Wednesday, 3 July to Thursday, 4 July 2024 / 3 July 2024 - 5 January 2025
    ("day_range", rf"{DAY_START}(?:{WEEKDAY})?{_g('d1', DAY)}{OF}{_g('m1', MONTH)}(?:{YSEP}{_g('y1', YEAR)})?"
                  rf"{TO}(?:{WEEKDAY})?{_g('d2', DAY)}{OF}{_g('m2', MONTH)}(?:{YSEP}{_g('y2', YEAR)})?"),
    # 17 to 20 May 2022 / 24-25 February 2021 / du 17 au 20 mai / من 17 إلى 20 أيار/مايو 2022
    ("day_range", rf"{DAY_START}(?:{WEEKDAY})?{_g('d1', DAY)}{TO}(?:{WEEKDAY})?{_g('d2', DAY)}{OF}{_g('m2', MONTH)}"
                  rf"(?:{YSEP}{_g('y2', YEAR)})?"),
    # between 8 and 11 May 2028 / entre le 8 et le 11 mai / بين 8 و11 أيار/مايو: one span, not its two ends
    ("day_range", rf"(?<!\w)(?:between|entre|بين)\s+(?:the\s+|le\s+)?(?:{WEEKDAY})?{_g('d1', DAY)}"
                  rf"(?:{OF}{_g('m1', MONTH)}(?:{YSEP}{_g('y1', YEAR)})?)?{AND}(?:the\s+|le\s+)?(?:{WEEKDAY})?"
                  rf"{_g('d2', DAY)}{OF}{_g('m2', MONTH)}(?:{YSEP}{_g('y2', YEAR)})?"),
    # 24 and 25 February 2021 (consecutive: a range; else two days) / 27 Oct and 3 Nov 2020
    # (a weekday after "and" with its article: "le mardi 21 et le mercredi 22 février 2040")
    ("day_list", rf"{DAY_START}(?:{WEEKDAY})?{DAY}(?:{OF}{MONTH})?(?:{AND}(?:(?:the|le)\s+(?={WEEKDAY}))?(?:{WEEKDAY})?{DAY}(?:{OF}{MONTH})?)*"
                 rf"{AND}(?:(?:the|le)\s+(?={WEEKDAY}))?(?:{WEEKDAY})?{DAY}{OF}{MONTH}(?:{YSEP}{_g('y', YEAR)})?"),
    # Thursday, 10th February 2022 / the 15th of February 2021 / 17 أيار/مايو 2022
    ("day", rf"{DAY_START}(?:{WEEKDAY})?{_g('d', DAY)}{OF}{_g('m', MONTH)}(?:{YSEP}{_g('y', YEAR)})?"),
    # October 27, 2020 / May 16th (English order)
    ("month_day", rf"(?:{WEEKDAY})?{_g('m', MONTH)}\s+{_g('d', DAY)}(?:\s*,?\s*{_g('y', YEAR)})?"),
    # between Oct 2020 and Feb 2021 / from June to August 2020 / entre octobre 2020 et février 2021
    ("month_range", rf"(?<!\w)(?:between|from|entre|de|d['’]|بين|من)\s*{_g('m1', MONTH)}(?:{YSEP}{_g('y1', YEAR)})?"
                    rf"(?:{TO}|{AND}){_g('m2', MONTH)}{YSEP}{_g('y2', YEAR)}"),
    # in June and August 2020 / November 2023 and April 2024
    ("month_list", rf"{MONTH}(?:{YSEP}{YEAR})?(?:{AND}{MONTH}(?:{YSEP}{YEAR})?)*{AND}{MONTH}{YSEP}{_g('y', YEAR)}"),
    ("month", rf"{_g('m', MONTH)}{YSEP}{_g('y', YEAR)}"),
    ("iso", r"(?<![\d/\-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d\-])"),
    ("numeric", r"(?<![\d/.\-])(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d\d)(?![\d/.]\d)"),
    # a weekday and a day given in figures without its year, as slides and messages write them: "Tue 31/01", "mar.
    # 31/01" (the weekday tells the day from the month: "Tue 1/31" is read so too)
    ("numeric_dm", rf"(?:{WEEKDAY}|(?<!\w)(?P<wd>{_SHORT_WEEKDAY})\.?\s*,?\s*)(?<![\d/])(?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)"
                   r"(?![\d/]|\.\d)"),
]]
_ATOM_DM = re.compile(rf"(?<!\d)(?:{WEEKDAY})?{_g('d', DAY)}(?:{OF}{_g('m', MONTH)})?", re.IGNORECASE)
_ATOM_M = re.compile(rf"{_g('m', MONTH)}(?:{YSEP}{_g('y', YEAR)})?", re.IGNORECASE)
DAY_KINDS = ("day", "day_range", "day_list", "month_day")
_NOT_A_DAY = re.compile(r"(?:\bpages?|\bp|\bpp|\bno|\bnos|n°|#|§|\bpara|\bparas|\bparagraphs?|\barticles?|\bart"
                        r"|\bobjectives?|\bsessions?|\bitems?|\bpoints?|\bsections?|\bchapters?|\btarget|\bgoal"
                        r"|\bresolution|\bannex|\bday|\bjour|\bnum[ée]ro|\bnumber|\bissue|\bvolume|العدد|رقم)\.?\s*$",
                        re.IGNORECASE)
_NOT_AN_EVENT = re.compile(
    r"(?:\bsince|\bdepuis|منذ)\s*$"
    # ... nor the day a count or a state is given at ("As of 5 December 2039, the Secretariat had received 37 requests",
    # "à la date du 5 décembre")
    r"|(?:^|[\s(])(?:as\s+of|as\s+at|à\s+la\s+date\s+du|a\s+la\s+date\s+du)(?:\s+(?:the|le))?\s*$"
    # ... nor the day an age is counted on: "aged 16 to 35 on 30 November", "âgées de 16 à 35 ans au 30 novembre",
    # "لا يتجاوز عمره 35 عامًا في 30 تشرين الثاني"
    r"|\b(?:aged?|âgée?s?|agee?s?)\s+(?:de\s+|between\s+|entre\s+|under\s+|over\s+)?\d+(?:\s*(?:-|–|to|à|and|et)\s*\d+)?"
    r"(?:\s*(?:years?(?:\s+old|\s+of\s+age)?|ans(?:\s+révolus)?))?\s+(?:on|as\s+of|as\s+at|at|by|au|à\s+la\s+date\s+du)"
    r"(?:\s+(?:the|le))?\s*$"
    r"|\b\d+\s*(?:years\s+old|years\s+of\s+age|ans(?:\s+révolus)?)\s+(?:on|as\s+of|as\s+at|at|by|au|à\s+la\s+date\s+du)"
    r"(?:\s+(?:the|le))?\s*$"
    r"|(?:عمر|سن|العمر|السن)[^.؛،]{0,40}?(?:عاما|عامًا|عاماً|سنه|سنة|سنوات)\s+(?:في|حتى|بتاريخ|كما\s+في)\s*$",
    re.IGNORECASE)
# a date a change replaced: "initially scheduled for 13-14 April", "initialement prévue le", "كان من المقرر عقدها في"
# (the date it has now stands elsewhere in the text), and "postponed from 5 May": no longer the event's date
_SUPERSEDED = re.compile(
    r"(?:\b(?:initially|originally|previously|formerly)\s+(?:\w+\s+){0,2}(?:scheduled|planned|set|foreseen|"
    r"announced|expected|due)|\b(?:initialement|originellement|précédemment|precedemment|à l['’]origine|"
    r"a l['’]origine)\s+(?:\w+\s+){0,2}(?:prévue?s?|prevue?s?|programmée?s?|programmee?s?|fixée?s?|fixee?s?|annoncée?s?)|"
    r"كان\s+(?:من\s+)?(?:المقرر|مقررا|مقرراً|مقرر|المفترض|مخططا|مخططاً)|المقرر\s+سابقا|المقرر\s+اصلا|"
    r"\b(?:postponed|moved|deferred|rescheduled|shifted|pushed\s+back|brought\s+forward|reportée?s?|repoussée?s?|"
    r"déplacée?s?|deplacee?s?|décalée?s?|decalee?s?|avancée?s?)\s+from|"
    # (and the date a new one is given instead of: "... before Monday 9 January 2040 (instead of 6 January)", "(au lieu du
    # 6 janvier)", "(عوض 6 يناير)", "بدلا من")
    r"\b(?:instead\s+of|rather\s+than|au\s+lieu\s+d[ue]s?|au\s+lieu\s+de\s+la|en\s+lieu\s+et\s+place\s+d[ue]s?)|"
    # (and what an earlier version said: "(para. 10 of the original note said Friday 13 April 2040)", "la note initiale
    # indiquait le 13 avril")
    r"\b(?:original|first|earlier|previous|initial)\s+(?:note|version|notice|programme|program|announcement|invitation|"
    r"letter|draft|circular)\s+(?:said|gave|had|stated|read|announced|indicated)|"
    r"\b(?:initiale|originale|pr[ée]c[ée]dente|premi[èe]re|ancienne)\s+(?:disait|indiquait|annon[çc]ait|mentionnait|"
    r"donnait|pr[ée]voyait)|"
    r"(?<!\w)(?:بدلا\s+من|بدلا\s+عن|بدل|عوضا\s+عن|عوض|مكان))"
    r"[^.;:,،\d]{0,40}$", re.IGNORECASE)      # (not "as previously announced, the meeting will take place on")
# ... and the date a meeting was to be held on, when the same sentence says it is postponed to the next date it gives
# ("La réunion préparatoire annoncée pour le lundi 16 avril 2040 dans notre communiqué ... est reportée au mercredi 18
# avril 2040", "the webinar of 3 May is postponed to 10 May", "تم تأجيل ورشة ٣ مايو إلى ١٠ مايو"): what stands between them
_POSTPONED_TO = re.compile(
    r"(?:\b(?:postponed|moved|deferred|rescheduled|shifted|pushed\s+back|brought\s+forward)\s+(?:to|until|till)"
    r"|\b(?:report[ée]e?s?|repouss[ée]e?s?|d[ée]plac[ée]e?s?|d[ée]cal[ée]e?s?|avanc[ée]e?s?|renvoy[ée]e?s?)\s+(?:au|à|a|jusqu['’]au)"
    r"|(?<!\w)(?:تم\s+)?(?:تاجيل|تأجيل|اجلت|أجلت|تاجيلها|تأجيلها|تاجيله|تأجيله|نقلت|نقل|تقديم)(?!\w)[^.;:\d]{0,40}?"
    r"(?<!\w)(?:الي|الى|إلى|ل))"
    r"\s*(?:le\s+|the\s+|يوم\s+)?$", re.IGNORECASE)
# a date a correction says was wrong, the right one said after it ("ورد في الإعلان الأول تاريخ 28 فبراير 2040، والصحيح هو
# 8 مارس", "gave 19 April, the correct date being 26 April", "le 12 mai (lire : le 19 mai)"), or said in a correction's
# own line as what an earlier text gave ("Correction: the draft ... gave 19 April for the presentation."): not a date
_CORRECTED = re.compile(r"^[^.;:\n]{0,30}?(?:[،,;(]\s*)?(?:والصحيح|و الصحيح|الصحيح هو|الصواب|the correct (?:date )?(?:is|being)|"
                        r"the right (?:date )?(?:is|being)|la (?:bonne )?date (?:correcte )?est|lire\s*:|read\s*:|"
                        r"la bonne date|the correct one)", re.IGNORECASE)
_CORRECTION_OF = re.compile(r"^\W*(?:correction|rectificatif|erratum|corrigendum|تصحيح|تنويه)\s*[:：]"
                            r"[^.\n]*\b(?:gave|said|stated|showed|listed|indicated|indiquait|mentionnait|donnait|annon[cç]ait)"
                            r"[^.\n\d]{0,40}$|^\W*(?:تصحيح|تنويه)\s*[:：][^.\n]*(?:ورد|ذكر|جاء)[^.\n\d]{0,40}$",
                            re.IGNORECASE)
# "extended from 20 March 2032 to 15 May 2032", "reportée du 5 au 12 mai", "مُدِّد من 20 آذار إلى 15 أيار": not a span of
# days but a date changed, the second the one that holds
_CHANGED_FROM = re.compile(
    # (participles, not "the report covers the period from ...", "climate change from 3 to 5 May")
    r"(?:\b(?:extended|extension|postponed|moved|deferred|rescheduled|shifted|pushed back|brought forward|delayed|"
    r"advanced|changed|prolong[ée]e?s?|prolongation|report[ée]e?s?|repouss[ée]e?s?|d[ée]cal[ée]e?s?|d[ée]plac[ée]e?s?|"
    r"avanc[ée]e?s?|modifi[ée]e?s?)\b|تمديد|مدد|تاجيل|اجل|ارجاء|ارجئ|تغيير|تعديل)"
    r"[^.;:\d]{0,60}?(?:\bfrom|\bdu|\bde|\bd['’]|من)\s*(?:the\s+|le\s+)?$", re.IGNORECASE)
_CHANGED_TO = re.compile(r"(?:\bto|\bau|\bà|\bjusqu['’]au|الى|حتى|-|–)\s*(?:the\s+|le\s+)?(?=\S*\d)", re.IGNORECASE)
_LIST_GAP = re.compile(rf"{AND}|{TO}|\s*(?:(?:19|20)\d\d)?\s*(?:,|and|&|et|و)?\s*", re.IGNORECASE)
_TOC_LINE = re.compile(r"(?:\t|\s{2,}|\.{3,}|…)\s*\d{1,3}\s*$")


# --------------------------------------------------------------------------- text normalisation
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ALEF = str.maketrans("أإآٱ", "اااا")


def _normalise(text: str) -> str:
    """Same length as ``text`` (offsets stay valid): Arabic-Indic digits -> ASCII, alef forms -> ا."""
    return text.translate(_DIGITS).translate(_ALEF)


def _mark(text: str) -> str:
    """``text`` with month and weekday names replaced by same-length markers (see MONTH_NAME)."""
    text = MONTH_NAME.sub(lambda m: "\x01" + "\x02" * (len(m.group()) - 1), text)
    return WEEKDAY_NAME.sub(lambda m: "\x03" + "\x04" * (len(m.group()) - 1), text)


def _month(token: str) -> int | None:
    """The month a matched month name means ("أيار/مايو" -> 5); None when its two names disagree."""
    names = [w for w in re.split(r"[/()]", token) if w.strip()]
    found = {MONTH_OF.get(re.sub(r"\s+", " ", w.strip().rstrip(".").casefold())) for w in names}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# a month's name standing alone, not a word of another meaning too ("may", "mar", "اب")
_MONTH_ALONE = re.compile(rf"(?<!\w)(?:{_alternation(n for n in MONTH_OF if len(n) >= 4 or n == 'mai')})(?!\w)",
                          re.IGNORECASE)


def months_named(text: str) -> frozenset[int]:
    """The months a text names, with or without a day or a year ("في آذار/مارس", "en mars", "in March")."""
    return frozenset(MONTH_OF[re.sub(r"\s+", " ", t.group(0).casefold())] for t in _MONTH_ALONE.finditer(_normalise(text)))


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


# --------------------------------------------------------------------------- mentions
@dataclass(frozen=True)
class Mention:
    start: date
    end: date | None            # last day of a range (None: a single day or month)
    precision: str              # day | month
    begin: int                  # offsets in the sentence
    stop: int
    year_inferred: bool = False
    weekday_checked: bool = True

    @property
    def last_day(self) -> date:
        if self.end:
            return self.end
        if self.precision == "month":
            return self.start.replace(day=calendar.monthrange(self.start.year, self.start.month)[1])
        return self.start


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _place_year(month: int, day: int, near_years: list[int], doc_date: date | None) -> tuple[int | None, bool]:
    """The year of a day written without one: another date's in the sentence, else the document's window."""
    if near_years:
        return near_years[0], True
    if doc_date is None:
        return None, True
    for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        d = _safe_date(y, month, day)
        if d and YEAR_WINDOW[0] <= (d - doc_date).days < YEAR_WINDOW[1]:
            return y, True
    return None, True


def _weekday_ok(text: str, d: date) -> bool:
    """A weekday written before the day must be that day's."""
    m = re.match(rf"\s*(?:يوم\s+)?({WEEKDAY_NAME.pattern})", text, re.IGNORECASE)
    if not m:
        return True
    return _WEEKDAYS.index(m.group(1).casefold()) % 7 == d.weekday()


_MONTH_WORDS = {name.split()[0] for name in MONTH_OF}
_NUMERIC_DATE = re.compile(r"\d[/.\-]\d{1,2}[/.\-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")


def may_hold_date(text: str) -> bool:
    """A cheap test (a word set, no big alternation) that the rules below can skip ``text``:
    every date they find has a digit and a month name, or is numeric."""
    if not re.search(r"\d", text):
        return False
    norm = _normalise(text).casefold()
    return bool(_MONTH_WORDS.intersection(re.findall(r"[^\W\d_]+", norm))) or bool(_NUMERIC_DATE.search(norm))


def find_dates(sentence: str, doc_date: date | None = None) -> list[Mention]:
    """The dated mentions in one sentence, in order (see the module docstring)."""
    if not may_hold_date(sentence):
        return []
    text = _normalise(sentence)
    marked = _mark(text)
    found: list[tuple[int, int, str, re.Match]] = []
    rejected: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(marked):
            if kind in DAY_KINDS and _NOT_A_DAY.search(text[:m.start()]):
                rejected.append((m.start(), m.end()))  # "page 12 May ..." / "No. 5 ..." / "Day 1 — Tuesday, 17 ..."
                continue
            found.append((m.start(), m.end(), kind, m))
    # inside a number that is not a day, only a day of its own counts ("Day 1 — Tuesday, 17 February"; not the
    # "May 2020" of "page 12 May 2020")
    found = [f for f in found if f[2] in DAY_KINDS or not any(a <= f[0] and f[1] <= b for a, b in rejected)]
    # longest first; a mention inside a longer one does not count again
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, str, re.Match]] = []
    for f in found:
        if all(f[1] <= t[0] or f[0] >= t[1] for t in taken):
            taken.append(f)
    taken.sort(key=lambda f: f[0])
    explicit_years = [(begin + y.start(), int(y.group())) for begin, _, _, m in taken
                      for y in re.finditer(r"(?:19|20)\d\d", m.group())]
    out: list[Mention] = []
    for begin, stop, kind, m in taken:
        out += _mentions(kind, m, begin, stop, text, doc_date, explicit_years)
    return out


def _mentions(kind: str, m: re.Match, begin: int, stop: int, text: str, doc_date: date | None,
              years: list[tuple[int, int]]) -> list[Mention]:
    # month and weekday names are read in ``text``, at the offsets the marked text matched
    g = {k: (text[m.start(k):m.end(k)] if v is not None else None) for k, v in m.groupdict().items()}
    whole = text[begin:stop]
    # the years the sentence's other dates write, nearest first
    near = [y for _, y in sorted(years, key=lambda py: abs(py[0] - begin))]

    def year_of(raw: str | None, month: int, day: int) -> tuple[int | None, bool]:
        if raw:
            return int(raw[:4]), False
        return _place_year(month, day, near, doc_date)

    if kind in ("day", "month_day"):
        month = _month(g["m"])
        if month is None:
            return []
        if kind == "month_day":
            word = re.split(r"[/(.\s]", g["m"])[0]
            if word.capitalize() not in _ENGLISH_FULL or word[0].islower():
                return []                              # "may 5" in running text; "Oct 5": too risky
        day = _day(g["d"])
        year, inferred = year_of(g.get("y"), month, day)
        d = _safe_date(year, month, day) if year else None
        if d is None:
            return []
        return [Mention(d, None, "day", begin, stop, inferred, _weekday_ok(whole, d))]
    if kind == "day_range":
        m2 = _month(g["m2"])
        m1 = _month(g["m1"]) if g.get("m1") else m2
        if m1 is None or m2 is None:
            return []
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        y2, inferred = year_of(g.get("y2"), m2, d2)
        if y2 is None:
            return []
        y1 = int(g["y1"][:4]) if g.get("y1") else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        start, end = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
        if not start or not end or not 0 < (end - start).days <= MAX_RANGE_DAYS:
            return []
        return [Mention(start, end, "day", begin, stop, inferred, _weekday_ok(whole, start))]
    if kind == "day_list":
        year_raw = g.get("y")
        body = m.group()[:m.start("y") - m.start()] if year_raw else m.group()
        atoms = [(a.start(), a) for a in _ATOM_DM.finditer(body) if a.group("d")]

        def month_at(a: re.Match) -> int | None:
            return _month(whole[a.start("m"):a.end("m")])
        # a day takes the month written after it ("24 and 25 February": both February)
        days, month = [], None
        for _, a in reversed(atoms):
            if a.group("m"):
                month = month_at(a)
            if month is None:
                return []
            days.append((month, _day(a.group("d")), a))
        days.reverse()
        year, inferred = year_of(year_raw, days[-1][0], days[-1][1])
        if year is None:
            return []
        dates = [_safe_date(year, mo, da) for mo, da, _ in days]
        if any(d is None for d in dates) or dates != sorted(dates):
            return []
        if len(dates) == 2 and (dates[1] - dates[0]).days == 1:
            return [Mention(dates[0], dates[1], "day", begin, stop, inferred)]
        return [Mention(d, None, "day", begin + a.start(), begin + a.end(), inferred, _weekday_ok(whole[a.start():a.end()], d))
                for d, (_, _, a) in zip(dates, days)]
    if kind == "month_range":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if m1 is None or m2 is None:
            return []
        y2 = int(g["y2"][:4])
        y1 = int(g["y1"][:4]) if g.get("y1") else (y2 if m1 < m2 else y2 - 1)
        start = date(y1, m1, 1)
        end = date(y2, m2, calendar.monthrange(y2, m2)[1])
        if not 0 < (end - start).days <= MAX_RANGE_DAYS:
            return []
        return [Mention(start, end, "month", begin, stop)]
    if kind == "month_list":
        out = []
        atoms = list(_ATOM_M.finditer(m.group()))
        year = int(g["y"][:4])
        for a in reversed(atoms):                      # "June and August 2020": the year written after
            if a.group("y"):
                year = int(a.group("y")[:4])
            month = _month(whole[a.start("m"):a.end("m")])
            if month is None:
                return []
            out.append(Mention(date(year, month, 1), None, "month", begin + a.start(), begin + a.end()))
        return sorted(out, key=lambda x: x.begin)
    if kind == "month":
        month = _month(g["m"])
        if month is None:
            return []
        return [Mention(date(int(g["y"][:4]), month, 1), None, "month", begin, stop)]
    if kind == "numeric_dm":
        a, b = int(g["d"]), int(g["m"])
        short = _SHORT_WEEKDAYS.get((g.get("wd") or "").casefold())
        for day, month in ((a, b), (b, a)):
            if 1 <= month <= 12:
                year, inferred = year_of(None, month, day)
                d = _safe_date(year, month, day) if year else None
                if d is not None and _weekday_ok(whole, d) and short in (None, d.weekday()):
                    return [Mention(d, None, "day", begin, stop, inferred)]
        return []
    if kind in ("iso", "numeric"):
        y, mo, da = int(g["y"]), int(g["m"]), int(g["d"])
        if kind == "numeric" and mo != da and mo <= 12 and da <= 12:
            return []                                  # 03/04/2027: 3 April or 4 March? Not guessed.
        d = _safe_date(y, mo, da)
        return [Mention(d, None, "day", begin, stop)] if d else []
    return []


# the words an earlier message's heading gives its sending day after ("(envoyé le ...", "(sent ...", "(أُرسلت في ...")
_SENT_ON = re.compile(rf"\((?:{SENT_WORD})\s+(?:\S+\s+){{0,2}}$")

# --------------------------------------------------------------------------- sentences
_ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "prof", "h.e", "e", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "para", "paras",
    "art", "p", "pp", "vol", "ch", "fig", "cf", "approx", "ref", "rev", "gen", "hon", "amb", "jr", "sr", "inc",
    "ltd", "co", "corp", "u.s", "u.n", "m", "mme", "mlle", "me", "pr", "mgr", "n°", "max", "tel", "tél",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "janv", "févr", "fevr", "avr", "juil", "déc",
    # (and weekdays, as e-mail headers shorten them: "Le ven. 18 nov. 2039 à 16:47", "Mon. 3 March")
    *_SHORT_WEEKDAYS,
}
_SENTENCE_END = re.compile(r"[.!?؟](?:[\"'”»)\]]*)\s+(?=[\"'“«(\[]?[A-ZÀ-ÖØ-Þ\u0600-\u06FF0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines are joined only where a sentence is wrapped; a period after a title or an
    initial ("Ms.", "Dr.", "H.E.", "No.", "J.") does not end one."""
    spans = []
    # a line wrapped inside a sentence goes on on the next line (the same length: offsets are the text's)
    flat = unwrap(text)
    for line in re.finditer(r"[^\n]+", flat):
        start = line.start()
        for end_mark in _SENTENCE_END.finditer(line.group()):
            stop = line.start() + end_mark.start() + 1
            word = re.search(r"([\w.°]+)\.?$", text[start:stop - 1] + ".")
            token = (word.group(1) if word else "").rstrip(".").casefold()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            spans.append((start, line.start() + end_mark.end()))
            start = line.start() + end_mark.end()
        if line.end() > start:
            spans.append((start, line.end()))
    return [(s, e) for s, e in ((s, e) for s, e in spans) if text[s:e].strip()]


def _dateline_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, a dateline that opens a line of fields set apart from them: "Sfax, le mardi 11 octobre 2039 |
    Rubrique : Appels et concours | Réf. AJMC/CONC/2039/02" is the page's dateline, then what it is filed under (not a
    table's row, which opens with its bar). Only the first line that holds a date: a document's dateline."""
    out = list(spans)
    for i, (s, e) in enumerate(out):
        raw = text[s:e]
        if not find_dates(raw):
            continue
        bar = raw.find(" | ")
        if bar > 0 and not raw.lstrip().startswith("|") and is_dateline(raw[:bar]) and find_dates(raw[:bar]):
            out[i:i + 1] = [(s, s + bar), (s + bar + 3, e)]
        break
    return out


# --------------------------------------------------------------------------- kinds
_KIND_WORDS = [
    ("registration", re.compile(
        # (not "a register", "the pledge register": a list kept, the noun)
        r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!public )(?<!pledge )(?<!online )(?<!national )\bregisters?\b|"
        r"\bregist(?:ered|ering|ration|rations)\b|\bsign(?:\s|-)?up\b|\benrol|"
        r"\binscri(?:re|ption|ptions|vez|t|ts|te|tes)\b|التسجيل|للتسجيل|تسجيل|التسجّل",
        re.IGNORECASE)),
    ("deadline", re.compile(
        r"\bdeadlines?\b|\bdue\b|\bno later than\b|\bnot later than\b|\bat the latest\b|\bcut-?off\b|"
        # a call that closes ("Applications close on Friday, 17 July", "clôture des inscriptions le", "يغلق باب الترشيح")
        r"\b(?:applications?|registrations?|nominations?|submissions?|entries|the call|candidatures?|inscriptions?)\s+"
        r"(?:will\s+)?(?:close|closes|closed|sont closes)\b|\bclosing date\b|\bcl[ôo]ture des (?:inscriptions|candidatures)\b|"
        r"(?:يغلق|يُغلق|اغلاق|إغلاق|يقفل) باب|"
        r"\bdate limite\b|\bdélai\b|\béchéance\b|\bau plus tard\b|"
        r"اخر موعد|الموعد النهائي|الموعد الاخير|موعد اقصاه|كحد اقصى|اخر اجل|الاجل النهائي|اخر ميعاد",
        re.IGNORECASE)),
    ("publication", re.compile(
        r"\bpublish(?:ed|es|ing)?\b|\bpublication\b|\breleased?\b|\bposted\b|\bissued\b|\bdate of issue\b|"
        r"\bdate d['’]émission\b|تاريخ الاصدار|"
        # a document's own version and distribution ("Provisional programme (version of 20 February 2029)", "Réf. : ...
        # — Version du 15 décembre 2027", "Distr.: Limited 19 November 2027 Original: English")
        r"\bversion (?:of|du|de)\b|\bdistr\.|\boriginal\s*:|\b(?:last )?updated\b|\bmis(?:e)? à jour\b|اخر تحديث|"
        # (in French and Arabic: "Diffusion : restreinte", "التوزيع: محدود – ... – الأصل: بالعربية")
        r"\bdiffusion\s*:|التوزيع\s*:|الاصل\s*:|"
        # (and its reference, on its dateline: "عمّان، الثلاثاء ٢٥ كانون الثاني/يناير ٢٠٣٩ — المرجع: روافد/ف ج/2039/01")
        r"\bref(?:erence)?\.?\s*:|\bréf(?:érence)?\.?\s*:|المرجع\s*:|"
        r"\bpubli(?:é|ée|és|ées|era|eront)\b|\bparution\b|\bmis en ligne\b|"
        # (a message, by the day it was sent: "Message transféré : ... (envoyé le vendredi 19 mars 2038 16:05)")
        r"\(sent\b|\benvoyé le\b|أُرسلت في|أرسلت في|ارسلت في|"
        # (and a thread's export: "5 messages – exporté le 22/11/2039 à 11:05 par ...", "exported on")
        r"\bexport(?:é|ée|ed)\b|تاريخ التصدير|"
        # (and the earlier version a revision replaces: "This Rev.1 replaces the note of 22 November 2039")
        r"\b(?:replaces|supersedes|remplace)\s+(?:the|la|le|l['’])\s*(?:note|version|circular|letter|notice|"
        r"circulaire|lettre|avis)\b|"
        # (in Arabic: "تحلّ محلّ النسخة الأولى الصادرة في ١٩ كانون الأول/ديسمبر")
        r"تح[لّ]+ مح[لّ]+|(?<!\w)[وف]?الصادر[ةه]? (?:في|بتاريخ)|"
        r"\bسينشر|\bينشر|\bنشر(?!ح)|\bصدر|\bسيصدر|\bاصدار",      # (not "نشرح": we explain)
        re.IGNORECASE)),
    # (French "enregistrement" is a registration or a recording: "L'enregistrement ... sera publié le 29 juin" is published)
    ("registration", re.compile(r"\benregistrement", re.IGNORECASE)),
]
_DEADLINE_WORDS = dict(_KIND_WORDS)["deadline"]
# words just before the date that make it the end of a period: "by September 2024", "d'ici septembre"
_BY_DATE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bno later than|\bnot later than|\bd['’]ici(?:\s+le)?|"
                      r"\bavant(?:\s+le)?|\bau plus tard(?:\s+le)?|\bjusqu['’]au|بحلول|قبل|حتى|في موعد اقصاه|موعد اقصاه)"
                      # "by the end of January", "avant fin janvier", "avant la mi-mars", "قبل نهاية كانون الثاني"
                      r"\s*(?:(?:the\s+)?(?:end|beginning|middle)\s+of\s+|(?:la\s+)?(?:fin|debut|début|mi)[\s-]*(?:de\s+|d['’])?"
                      r"|(?:نهايه|نهاية|بدايه|بداية|منتصف)\s+)?"
                      r"(?:the\s+|le\s+|l['’])?(?:\w+\s*,\s*)?$", re.IGNORECASE)

# ... with the time of day between: "until 23:59 Amman time on", "jusqu'à 23 h 59 (heure de Dakar) le", "حتى الساعة 23:59
# بتوقيت عمّان من يوم"
_HH_MM = r"\d{1,2}\s?[:h.]\s?\d{2}"          # a time of day: "23:59", "23 h 59", "9.30"
_BY_TIME_DATE = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bno later than|\bnot later than|\bjusqu['’](?:à|a|au)|\bavant|"
                           r"\bau plus tard|بحلول|قبل|حتى|في موعد اقصاه|موعد اقصاه)\s*(?:at\s+|à\s+|a\s+|الساعة\s+)?"
                           rf"{_HH_MM}[^.;\d]{{0,40}}?(?:\bon|\ble|\bdu|من يوم|يوم|من|في)?\s*$", re.IGNORECASE)
_ENDS_WITH_TIME = re.compile(rf"{_HH_MM}\s*$")
# a time limit extended to a later day ("Registration is extended to 9 March", "تم تمديد التسجيل إلى الثلاثاء ٧ شباط",
# "l'appel est prorogé au 12 mai"): the limit that now holds (a meeting is postponed or moved, not extended)
_EXTENSION = (r"(?:\bextend(?:ed|s)?\b|\bextension\b|\bprolong[ée]e?s?\b|\bprolongation\b|\bprorog[ée]e?s?\b|"
              r"\bprorogation\b|(?<!\w)(?:تمديد|تم تمديد|مدد|مددنا|يمدد|تمدد|مددت|ستمدد|نمدد|نمددو|مددو|مددوا|اتمدد)(?!\w))")
_EXTENDS = re.compile(rf"{_EXTENSION}|\bnous avons prolong", re.IGNORECASE)
_EXTENDED_TO = re.compile(rf"{_EXTENSION}[^.;:\d]{{0,60}}?(?:\bto|\buntil|\btill|\bau|\bjusqu['’]au|"
                          r"(?<!\w)(?:الى|حتى|لغاية|لغايه|ل))\s*(?:the\s+|le\s+)?(?:[^\W\d_]+\s*,?\s*)?$", re.IGNORECASE)


def extended_to(sentence: str, doc_date: date | None = None) -> tuple[date, str] | None:
    """The day a time limit is extended to, when the sentence says so ("La date limite est prolongée jusqu'au 12 mai
    2040", "تم تمديد التسجيل إلى الثلاثاء ٧ شباط"), and the words of its clause that say what is extended
    ("registration is extended to", "تم تمديد التسجيل إلى"). ``doc_date``: the document's, for a day said without its
    year ("extended to Monday 7 April")."""
    if not _EXTENDS.search(ARABIC_DIACRITICS.sub("", _normalise(sentence))):
        return None                                    # (no word extending anything: no date to read)
    found = []
    for m in in_force(sentence, doc_date):
        before = ARABIC_DIACRITICS.sub("", _normalise(sentence[:m.begin]))
        # (or a limit said after the words extending it: "مدّدنا الأجل الأسبوع الماضي: آخر أجل للتسجيل هو الأحد 1
        # أفريل", "The deadline has been extended: applications now close on 9 May")
        extended = _EXTENDED_TO.search(before) or is_deadline(sentence, m) and _extends_it(before)
        if extended:
            start = max((b.end() for b in re.finditer(r"[,،:;!؟?\n]", before[:extended.start()])), default=0)
            found.append((m.start, before[start:]))
    # (the first day after the words extending it: "قررنا نمددو التسجيل حتى الجمعة 17 يناير 2040، ورسائل التأكيد غادي
    # توصل قبل 31 يناير" extends registration to 17 January; the 31st is another limit)
    return found[0] if found else None


# a clause giving a reason ("Because the registration deadline is extended, confirmations ... will be sent by 27
# April", "Comme la date limite est prolongée, ...", "بما أن الأجل مُدّد، ..."): what it says extended is its cause
_REASON = re.compile(r"\b(?:because|as|since|given that|now that|comme|puisque|parce que|[ée]tant donn[ée] que|vu que)\b"
                     r"|(?<!\w)(?:لان|بما ان|نظرا ل|نظرا لان)", re.IGNORECASE)


def _extends_it(before: str) -> re.Match | None:
    """The words extending a limit said after them ("The deadline has been extended: applications now close on ..."),
    unless they stand in a clause giving the reason for another's limit, before its comma."""
    ext = None
    for ext in _EXTENDS.finditer(before):
        pass
    if ext is None:
        return None
    start = max((b.end() for b in re.finditer(r"[.:;!؟?\n]", before[:ext.start()])), default=0)
    if _REASON.search(before[start:ext.start()]) and re.search(r"[,،]", before[ext.end():]):
        return None
    return ext


def _by(before_date: str) -> bool:
    """Do the words just before a date make it the end of a period (:data:`_BY_DATE`, :data:`_BY_TIME_DATE`)?"""
    if _BY_DATE.search(before_date) or _EXTENDED_TO.search(before_date):
        return True
    m = _BY_TIME_DATE.search(before_date)
    # (not a meeting's hours: "open from 09:00 until 17:00 on Monday 4 May")
    return m is not None and not _ENDS_WITH_TIME.search(before_date[:m.start()])


def kind_of(sentence: str, before_date: str, heading: str = "") -> str:
    """registration | deadline | publication | event, from the sentence's words (then the heading's; an Arabic word
    read without its vowel marks: "نُشر في" is "نشر في")."""
    text = ARABIC_DIACRITICS.sub("", _normalise(sentence))
    for kind, words in _KIND_WORDS:
        if words.search(text):
            return kind
    if _by(_normalise(before_date)):
        return "deadline"
    if _HELD.search(text) or _HOLDS.search(text):
        return "event"                  # (a meeting held or organised on its days, whatever its heading's words: "١.
                                        # المشاورة الوطنية ...: التسجيل مفتوح" > "تنظّم شبكة نماء ... «المشاورة الوطنية ...»
                                        # يومي الأربعاء 23 والخميس 24 تشرين الثاني")
    head = ARABIC_DIACRITICS.sub("", _normalise(heading))
    for kind, words in _KIND_WORDS[:2]:
        if words.search(head):
            return kind
    return "event"


def is_deadline(sentence: str, mention: Mention) -> bool:
    """Is this date of the sentence a time limit: a deadline's words in the sentence, or a "by" just before
    the date ("au plus tard le 15 février", "في موعد أقصاه 1 آذار/مارس")?"""
    text = _normalise(sentence)
    return bool(_DEADLINE_WORDS.search(text) or _by(_normalise(sentence[:mention.begin])))


# --------------------------------------------------------------------------- names
_CLAUSE_BREAK = re.compile(r"[,;:()|]|\s[-–—]\s|\s(?:that|which|who|where|whereby|while|including|such as|qui|que|"
                           r"qu['’]|où|dont|notamment|y compris|الذي|التي|حيث|بما في ذلك|منها)\s", re.IGNORECASE)
_VERB = re.compile(
    r"\s(?:will|would|shall|should|must|can|is|are|was|were|has|have|had|to be|took place|takes place|"
    r"take place|opens|closes|starts|begins|ends|aura|sera|seront|se tiendra|se tiendront|s['’]est|a eu|ont eu|"
    r"doit|doivent|est|sont|ouvre|ferme|commence|débute|a été|ont été)\b", re.IGNORECASE)
_FILLER = re.compile(r"^(?:and|or|but|et|ou|mais|finally|then|also|in addition|there (?:was|were|is|are|will be)|"
                     r"il y a(?: eu)?|(?:(?:will be|was|were|is|are|to be)\s+)?(?:preceded|followed|organi[sz]ed|"
                     r"held|hosted|convened) by|(?:sera|seront|a été|ont été)?\s*(?:précédée?s?|suivie?s?) (?:de|par)|"
                     r"on|in|at|du|au|en|و|ثم|كما|ست?عقد|ت?عقد|يعقد|سي?عقد|عقدت|ست?نظم|سي?نظم|نظمت|تنظم|ينظم)\s+",
                     re.IGNORECASE)
# a heading's numbering ("3.", "IV.", "B)")
_NUMBERING = r"(?:[IVX]{1,4}|\d{1,2}|[A-H])[.)]"
NUMBERED = re.compile(rf"\s*{_NUMBERING}\s")
_LEAD = re.compile(rf"^[\s\-–•*#|>]*(?:{_NUMBERING}\s+)?(?:DAY\s+\d+\s*:?\s*)?", re.IGNORECASE)
_DANGLING = re.compile(r"(?:\s*[,;:(\-–|]|\s+(?:on|in|from|between|by|at|the|of|and|to|until|since|before|is|are|"
                       r"will be|was|were|est|sont|sera|هو|هي|"
                       r"no later than|le|les|du|au|en|dès|entre|d['’]ici|avant|à|et|de|jusqu['’]au|jusqu['’]à|jusqu['’]a|"
                       r"في موعد [اأ]قصاه|موعد [اأ]قصاه|في|من|الى|حتى|بين|بحلول|"
                       r"قبل|يوم|يومي|و|"
                       # (a weekday shortened before the day, which the date does not take in: "First report due Fri 29
                       # March 2041", "online by Fri 6 Jan"; a French one with its period)
                       + "|".join([*SHORT_WEEKDAYS_EN, *(rf"{w}\." for w in SHORT_WEEKDAYS_FR)]) + r"))+\s*$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:it|this|that|they|these|she|he|we|il|elle|ils|elles|ce|cela|on|nous)\b", re.IGNORECASE)
_SINGULAR_PRONOUN = re.compile(r"^\s*(?:it|il|elle)\s", re.IGNORECASE)
_HELD = re.compile(r"\b(?:(?:be|is|was) held|takes? place|took place|will run|se tiendra|se tient|s['’]est tenue?|aura lieu|a eu lieu|"
                   r"se d[ée]roulera|se d[ée]roule|s['’]est d[ée]roul[ée]e?)\b", re.IGNORECASE)
# organised a meeting, its noun after the date ("ont organisé le 11 septembre ... un webinaire", "organized on 3 May a
# workshop", "نظمت ... ورشة")
_ORGANISED = re.compile(r"(?:\b(?:organi[sz]ed|convened|hosted|ont organis[ée]|a organis[ée]|ont tenu|a tenu|ont convoqu[ée])|"
                        r"(?<!\w)(?:نظمت|نظم|نظموا|عقدت|عقد|عقدوا))(?:\s+\S+){0,3}\s*$", re.IGNORECASE)
# ... or organises, hosts, holds it, in the present or to come ("IOM organises ...", "تنظّم الشبكة ...", "تُعقد الورشة")
_HOLDS = re.compile(r"\b(?:organi[sz]es|hosts|convenes|will (?:organi[sz]e|host|convene|hold)|organisera|organisent|"
                    r"accueillera|accueille)\b|(?<!\w)[وف]?(?:ست|سي|ت|ي)(?:نظم|عقد|نعقد|قام)(?!\w)", re.IGNORECASE)
_SPEAKER = re.compile(r"^(?:by\s+)?(?:Mr|Ms|Mrs|Dr|Prof|H\.E|M|Mme)\.?\s", re.IGNORECASE)
_MARKUP = re.compile(r"</?\w+>|\*\*|__|\[|\]\([^)]*\)|\]")
# an address on the web: never part of a name ("register through the online form at https://.../register no later than")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# a heading that names an event ("3. Consultation sous-régionale du Maghreb", "Webinar on ..."), not a page's part
# ("Informations pratiques", "Practical information", "Dates, venue and format")
_EVENT_WORDS = EVENT_NOUNS + ["session", "sessions", "training", "trainings", "review", "launch", "panel", "round table",
                              "séance", "seance", "formation", "examen", "revue", "journée", "journee", "table ronde", "جلسة", "دورة"]
_EVENT_NOUN = re.compile(rf"(?:(?<!\w)|(?<=ال)|(?<=لل))(?:{_alternation(_EVENT_WORDS)})(?!\w)", re.IGNORECASE)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", _URL.sub("", text))).strip()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text))


def _shorten(text: str, limit: int = NAME_CHARS) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:-– ") + "…"


def _tidy(text: str) -> str:
    text = _clean(text)
    for _ in range(3):
        text = _FILLER.sub("", _DANGLING.sub("", text).strip()).strip()
    return text.rstrip(" .;:,")


# "The Conference", "the workshop", "La réunion": the event the document's title names
_BACK_REFERENCE = re.compile(r"(?:the|this|le|la|l['’]|cette|ce)\s*[^\W\d_]+", re.IGNORECASE)
# (normalised: the verb "يعقد / تعقد / ستعقد / تنظم ...", with its diacritics, then the noun with its article)
_AR_BACK_REFERENCE = re.compile(r"^\s*[وف]?(?:س?[تي]?(?:عقد|نظم|قام|جري|نعقد|نطلق)\S*)\s+ال(\S{3,})")
_DETERMINER = re.compile(r"\b(?:a|an|the|two|three|one|le|la|les|un|une|des|deux|trois)\s", re.IGNORECASE)


# a clause that is no subject ("whether attending in person or online, must register ...")
_SUBORDINATE = re.compile(r"(?:whether|if|when|once|unless|si|lorsque|quand|une fois|sauf|سواء|اذا|إذا)\b", re.IGNORECASE)
# a phrase set off by commas that opens with a preposition or a participle: no subject of its own (", including the
# additional contributions,", ", in English and Russian,", ", y compris les contributions,", "، بما في ذلك ...،")
_ADJUNCT = re.compile(r"(?:including|in|with|without|for|from|by|after|before|like|such as|as well as|together with|"
                      r"y compris|notamment|en|avec|sans|pour|dans|après|avant|ainsi que|"
                      r"بما في ذلك|بما فيها|مع|في|ب|باللغتين|بالعربية)\b", re.IGNORECASE)
# a clause that only says by what means ("..., par le même formulaire, jusqu'au 16 mai": what is sent comes before)
_MEANS = re.compile(r"(?:by means of|by the same|through|via|using|by e-?mail|par courriel|par e-?mail|à l['’]adresse|"
                    r"par|(?:au )?moyen d[eu]|à l['’]aide d[eu]|avec le même|over (?:two|three|four|\d)|"
                    r"عبر|بواسطة|من خلال|(?:الى|إلى|على) (?:ال)?بريد (?:ال)?[اإ]لكتروني|(?:الى|إلى|على) العنوان|على مدى)"
                    r"(?!\w)", re.IGNORECASE)
# what a verb leads to, when it is named: "... presented at the Fourth Regional Review of the GCM in the Arab Region"
_AT_NAMED = re.compile(r"\s(?:at|to|during|before|au|à|lors d[eu]|pendant|devant)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?"
                       r"((?:\d+(?:st|nd|rd|th|e|ème)?\s+)?[A-ZÉÈ].*)$")

# a rank among its kind set off by commas after the subject ("Cette consultation, la deuxième du genre après celle tenue à
# Likasi en 2038, se tiendra les ...", "The forum, the third of its kind, will be held"): no subject of its own
_APPOSITION = re.compile(r"(?:the|la|le|l['’])\s*(?:first|second|third|fourth|fifth|premi[èe]re?|deuxi[èe]me|seconde?|"
                         r"troisi[èe]me|quatri[èe]me|cinqui[èe]me|\d+(?:st|nd|rd|th|e|[èe]me))\b", re.IGNORECASE)

#: the colon after a label (not a time's: "at 8:00")
_LABEL_COLON = re.compile(r"(?<!\d):")


def _colon_label(before: str) -> str:
    """The label before a text's last colon when at most three words follow it ("Contributions écrites : à envoyer",
    "Follow-up webinar: will be held"), else ""."""
    colon = next((m.start() for m in reversed(list(_LABEL_COLON.finditer(before)))), -1)
    if colon > 0 and _words(_tidy(before[:colon])) >= 2 and _words(_tidy(before[colon + 1:])) <= 3:
        return _tidy(before[:colon])
    return ""


def _clause_before(before: str) -> str:
    """The clause that leads to the date: from the last break that leaves at least three words.
    A relative clause ("... a report on the Middle East that will be ready in January 2021")
    takes the words it refers to ("a report on the Middle East")."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    means = None
    for brk in reversed(breaks):
        part = _tidy(before[brk.end():])
        if _MEANS.match(part):
            means = brk
        elif _words(part) >= 3 and part.count(")") <= part.count("("):
            break                           # (not from inside brackets: "ندوة المتابعة (webinar): تُعقد يوم ...")
    else:
        # (a date in brackets after what it dates: "الاستعراض الإقليمي الرابع ... (القاهرة، تشرين الأول/أكتوبر ٢٠٣٣)")
        opened = before.rfind("(")
        if opened > 0 and ")" not in before[opened:] and _words(before[:opened]) >= 3:
            return _tidy(before[:opened])
        # (a label, then only how it is held: "ندوة المتابعة عبر الإنترنت (webinar): تُعقد يوم ...", "Follow-up webinar:
        # will be held on ...": the label)
        label = _colon_label(before)
        if label and not means:
            return label
        return _tidy(before[:means.start()] if means else before)
    if brk.group() == "," and _APPOSITION.match(part) and (i := breaks.index(brk)) + 1 < len(breaks) \
            and breaks[i + 1].group() == "," and _VERB.match(" " + _tidy(before[breaks[i + 1].end():])) \
            and _words(_tidy(before[:brk.start()])) >= 2:
        return _clause_before(before[:brk.start()])     # the subject before the rank set off
    if (_LABEL_COLON.match(before, brk.start()) and _words(part) <= 3 and _VERB.match(" " + part)
            and _words(_tidy(before[:brk.start()])) >= 2):
        return _clause_before(before[:brk.start()])     # "Follow-up webinar: will be held on ...": the label
    if _VERB.match(" " + part) and brk.group().strip() == ")" and (opened := before.rfind("(", 0, brk.start())) > 0 \
            and _words(before[:opened]) >= 2:
        # "The International Migration Review Forum 2036 (IMRF 2036) will take place ... from": the verb's subject is
        # before its aside
        return _clause_before(before[:opened])
    if _VERB.match(" " + part) and brk.group().strip().casefold() in ("that", "which", "who", "qui", "que", "الذي", "التي"):
        tail = " ".join(before[:brk.start()].split()[-6:])
        det = _DETERMINER.search(tail)
        return _tidy(tail[det.start():] if det else tail)
    if _VERB.match(" " + part) and brk.group() == ",":
        # "The next event in the series, a regional workshop on access to justice, will take place in Beirut": the
        # clause has no subject of its own; the one set off before it is the event
        i = breaks.index(brk)
        while (i >= 2 and breaks[i - 1].group() == ")" and breaks[i - 2].group() == "("
               and re.fullmatch(r"\(\s*[A-Z][\w.-]*\s*\)\s*", before[breaks[i - 2].start():brk.start()])):
            i -= 2                          # "... at the International Migration Review Forum (IMRF), to be held ..."
        subject = _tidy(before[breaks[i - 1].end() if i else 0:brk.start()])
        # ("The recommendations will be presented at the Fourth Regional Review ..., to be held in Cairo on": the
        # meeting the clause's verb leads to is the one held then)
        verb = _VERB.search(" " + subject)
        at = _AT_NAMED.search(" " + subject, verb.end()) if verb else None
        if at and _EVENT_NOUN.search(at.group(1)):
            return at.group(1)
        # ("A summary report of the discussions, in English and Russian, to be circulated ... by 31 May": a phrase set
        # off that opens with a preposition says how; the noun before it is what is circulated)
        k = i - 1
        if i and (_ADJUNCT.match(set_off := before[breaks[k].start():brk.start()].lstrip(" ,;")) or _APPOSITION.match(set_off)):
            while k and not before[breaks[k - 1].end():breaks[k].start()].strip():
                k -= 1                      # (", including ...": two breaks, nothing between them)
            subject = _tidy(before[breaks[k - 1].end() if k else 0:breaks[k].start()])
        if _words(subject) >= 2 and not _SUBORDINATE.match(subject):
            return subject
    return part


# what a title says its document (or meeting) is for, after its own name: "... in preparation for the regional review",
# "... en vue de l'examen régional", "... تحضيراً للاستعراض الإقليمي", "... as an input to the regional review", "Fonds ...
# pour la participation de la société civile à l'examen régional"
PREPARES_RAW = re.compile(
    r"\b(?:in preparation for|in the run-up to|ahead of|en pr[ée]paration d[eu'’]|en vue d[eu'’]|as an? (?:input|contribution) to"
    r"|(?:for|pour) (?:the |la )?participation (?:of|de)\b)|(?<!\w)(?:تحضيرا|تحضيراً|استعدادا|استعداداً|في إطار التحضير|في اطار التحضير)"
    r"\s*(?:ل|لل)", re.IGNORECASE)


def own_part(title: str) -> str:
    """A title's own part, before what it says it prepares ("Appel à propositions – Petites subventions", not "... à
    l'examen régional"): a meeting named after it is another one."""
    return PREPARES_RAW.split(title, 1)[0]


# a press release's dateline before its date, at the start of a paragraph: "COLOMBO, ", "GENEVA (IOM), ", "Dakar, le ",
# "عمّان، " -- and the dash after the date
_PRESS_DATELINE = re.compile(r"\s*[^\W\d_][\w'’. ()/-]{1,40}[,،]\s*(?:le\s+)?")
_DASH_AFTER = re.compile(r"\s*[–—-]+\s")
# ... which announces what is to come ("will hold", "today announced that ... will take place", "se tiendra", "ستعقد"),
# not what happened that day ("أطلقت ... اليوم ... تقرير", "launched today")
_ANNOUNCES = re.compile(r"\b(?:will|shall|is to|are to|to be held|announced?|announces|se tiendra|se tiendront|aura lieu|"
                        r"auront lieu|annoncent|annonce|organisera|organiseront|accueillera)\b"
                        r"|(?<!\w)(?:ستعقد|سيعقد|ستنظم|سينظم|ستستضيف|سيستضيف|أعلن|أعلنت|اعلن|اعلنت|تعلن|يعلن)(?!\w)")

#: the most words of a dateline (a place and the dates, or the dates, a time and the format, on one line)
DATELINE_WORDS = 16


def is_dateline(sentence: str) -> bool:
    """A line that gives the document's dates and little else, not a sentence ("Nouakchott (Mauritanie) et en
    ligne, du mardi 16 au jeudi 18 mars 2027", "Wednesday, 16 June 2027 · 11:00–12:30 Beirut time · Online")."""
    s = sentence.strip()
    return bool(s) and "\n" not in s and s[-1] not in ".!?؟;:" and len(s.split()) <= DATELINE_WORDS


# a time of day right after a date, with its time zone: "at 23:59 (Muscat time)", "de 13 h 00 à 15 h 00 (heure de
# Beyrouth)", "from 10:00 to 12:30 Beirut time", "الساعة 10:00"
_CLOCK = r"\d{1,2}(?:\s?[:h.]\s?\d{2}|\s?h\b|\s?[ap]\.?m\b)"
_AT_TIME = re.compile(rf"^(?:at|à|a|from|de|du|between|entre|من|في|الساعة|,)?\s*{_CLOCK}(?:\s*(?:[-–]|to|à|a|and|et|إلى|الى|حتى)"
                      rf"\s*{_CLOCK})?\s*(?:\([^)]*\)|[A-Z][a-z]+ time|GMT[+-]?\d*|UTC[+-]?\d*)?[\s,;.]*", re.IGNORECASE)
# a label that only says what the date is, before it: "Deadline:", "Date limite :", "آخر موعد:", "Dates -"
_LABEL = re.compile(r"\s*(?:[^\W\d_][\w'’]*\s*){1,3}[:\-–]\s*")
# a day of a meeting's programme ("Day 2 –", "اليوم الثاني –"): the meeting's day, not an item of its own
_DAY_LABEL = re.compile(r"(?i)(?:day|jour|journée|journee|اليوم|يوم)\b")
# a word saying that what follows is a date or a limit ("Candidacy deadline", "آخر أجل للتسجيل", "Date limite")
_DATE_WORD = re.compile(r"(?i)\b(?:dates?|deadlines?|due|limite|échéance|echeance|délai|delai)\b|موعد|مواعيد|اجل|أجل|تاريخ")
# a field that only says its value is a date or a time ("Dates :", "Deadline:", "آخر موعد:"), or what kind of remark
# it is ("Note:"): not what the date is for
# a heading over a page's key facts ("Event details", "Practical information", "En bref", "تفاصيل الفعالية")
_DETAILS_HEAD = re.compile(r"\b(?:details|détails|details pratiques|information|informations|info|infos|key facts|"
                           r"at a glance|en bref|fiche)\b|تفاصيل|معلومات", re.IGNORECASE)
_DATE_LABEL = re.compile(r"dates?|deadlines?|date limite|dates limites|échéances?|echeances?|délais?|delais?|when|quand|"
                         r"time|times|heure|horaires?|calendrier|timeline|schedule|key dates|dates clés|dates cles|"
                         r"note|nb|n\.b|important|reminder|rappel|remarque|update|mise à jour|"
                         r"(?:ال)?(?:موعد|مواعيد|تاريخ|توقيت)(?: (?:ال)?(?:نهائي|اخير))?|اخر موعد|ملاحظة|ملاحظه|تنبيه",
                         re.IGNORECASE)
# ... a field's name before its value ("Accréditation :", "Travel support -"; not "Self-funded")
_FIELD = re.compile(r"\s*(?:[^\W\d_][\w'’]*\s*){1,5}(?::|(?<=\s)[-–](?=\s))\s*")
# a field that only says what kind of item follows ("Action : ...", "Décision : ...", "Action point: ...", "إجراء: ...")
_ITEM_LABEL = re.compile(r"actions?|action points?|action items?|points? d'action|decisions?|décisions?|follow-up|suivi|"
                         r"(?:ال)?(?:اجراء|اجراءات|قرار)", re.IGNORECASE)
# ... and where what it is ends: a dash before who does it, or a semicolon
_ITEM_END = re.compile(r"\s[—–-]\s|;|\s(?:responsables?|responsible|lead|échéance|echeance|deadline|due)\s*:", re.IGNORECASE)
# a field that says who does it ("Responsable : Mme X", "Lead: ILO", "المسؤول:"), not what
_WHO_FIELD = re.compile(r"\s*(?:responsables?|responsible|lead|focal point|owner|in charge|المسؤول|المسؤولة|الجهة المسؤولة)"
                        r"\s*[:\-–]", re.IGNORECASE)
# a table's cell that names who does something, not what: a person by their title, all members, a secretariat
_WHO_CELL = re.compile(r"(?:M|Mme|Mlle|Dr|Pr|Prof|Mr|Ms|Mrs|Mx|H\.E|S\.E)\.?\s+[A-ZÀ-Ý]|(?:السيد|السيدة|الدكتور|الدكتورة|د\.)\s"
                       r"|(?:tous les membres|toutes les membres|all members|each member|chaque membre|le secrétariat|"
                       r"secrétariat|the secretariat|secretariat|جميع الأعضاء|الأمانة)\b", re.IGNORECASE)
# an aside in brackets of three words or more (not one giving a date: "(17-18 May)")
_ASIDE = re.compile(r"\s*\((?:[^()]*?\s){2,}[^()]*\)")


# the formula a document is signed with, before its day: "Fait à Bangui, le", "Done at Nairobi on", "حرر في بنغازي بتاريخ"
_SIGNED_AT = re.compile(r"(?:^|\n)\s*(?:(?:fait|établi|etabli|signé|signe)\s+à\s+(?P<fr>[^,\n\d]{2,40}?),?\s*(?:le\s+)?"
                        r"|done\s+(?:at|in)\s+(?P<en>[^,\n\d]{2,40}?),?\s*(?:on\s+)?(?:the\s+)?"
                        r"|(?:حرر|حررت|صدر|صدرت)\s+(?:في|ب)\s*(?P<ar>[^،,\n\d]{2,40}?)[،,]?\s*(?:في|بتاريخ|يوم)?\s*)$",
                        re.IGNORECASE)

# ... or dated where it is written, as a French letter is at its head ("« Justice – Paix – Travail » | Lubumbashi, le 27
# mars 2040"): a place of three words at most, ", le", on a line or in a cell of its own
_LETTER_DATELINE = re.compile(r"(?:^|\n|[|;])\s*(?P<fr>[A-ZÀ-Ý][^\W\d_]*(?:[\s'’-][^\W\d_]+){0,2}),\s*le\s+"
                              r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$", re.IGNORECASE)

# the fields of a line ("Ref.: ... · Bangkok, 15 November 2039", "Réf. ... | Sfax, le mardi 11 octobre 2039")
_LINE_FIELDS = re.compile(r"\s+[·|]\s+")


def _drop_asides(text: str) -> str:
    return _ASIDE.sub(lambda m: m.group() if find_dates(m.group()) else "", text)


def section_name(section: str) -> str:
    """What a section's heading names, as an event is named by it (shortened): its last heading without its numbering
    ("Calendrier ... > 3. Consultation sous-régionale du Maghreb" -> "Consultation sous-régionale du Maghreb")."""
    return _clean(_LEAD.sub("", (section or "").rsplit(" > ", 1)[-1]))


def _clause_of(sentence: str, mention: Mention) -> str:
    """The part of a sentence between the semicolons around a date (or the middle dots between a line's fields:
    "Kuala Lumpur, 28–29 June 2039 · Page published on Tuesday, 10 May 2039" -- the meeting's days, and the page's)."""
    start, stop = _clause_span(sentence, mention)
    return sentence[start:stop]


def _clause_span(sentence: str, mention: Mention, seps: tuple[str, ...] = (";", " · ")) -> tuple[int, int]:
    """Where the part of a sentence around a date, between the separators ``seps``, starts and stops."""
    start = max(sentence.rfind(sep, 0, mention.begin) + len(sep) if sentence.rfind(sep, 0, mention.begin) >= 0 else 0
                for sep in seps)
    stops = [i for i in (sentence.find(sep, mention.stop) for sep in seps) if i >= 0]
    # (and a dash before a field saying what the document is: "Bangui, le mardi 24 janvier 2040 – Distribution : tous les
    # participants inscrits")
    stops += [m.start() for m in _FIELD_DASH.finditer(sentence, mention.stop)][:1]
    start = max([start] + [m.end() for m in _FIELD_DASH.finditer(sentence, 0, mention.begin)])
    return start, min(stops) if stops else len(sentence)


# a field of a dateline saying who the document is for or what it is ("Distribution : tous les participants inscrits",
# "Original : français", "التوزيع: محدود"): the document's own
_ISSUE_FIELD = re.compile(r"\s*(?:distribution|distr\.|diffusion|original|r[ée]f(?:[ée]rence)?\.?|reference|"
                          r"(?:ال)?مرجع|(?:ال)?توزيع|(?:ال)?[اأ]صل)\s*:", re.IGNORECASE)
_FIELD_DASH = re.compile(r"\s[–—]\s(?=" + _ISSUE_FIELD.pattern + ")", re.IGNORECASE)


# what a second verb of the same subject follows an earlier date with ("... arrives in Bangkok on Monday, 20 February and
# leaves on ...", "... arrive à Dakar le lundi 3 mars et repart le ...")
_AND_VERB = re.compile(r"^\s*,?\s*(?:and|et|puis|then|ثم|و)\s*(?=[^\W\d_])", re.IGNORECASE)
_DATE_PREPOSITION = re.compile(r"\s*(?:\b(?:on|from|le|du|dès|des)|في|يوم)?\s*$", re.IGNORECASE)


def _without_earlier_date(before: str) -> str:
    """The words before a date without an earlier date of the same subject and its preposition, when a second verb
    follows it ("The standard itinerary arrives in Bangkok on Monday, 20 February and leaves on" -> "The standard
    itinerary arrives in Bangkok and leaves on"): the clause is the subject's, not the earlier date's."""
    found = find_dates(before, date(2000, 1, 1))         # (a day without its year is a date too: "20 February")
    if not found:
        return before
    last = found[-1]
    if not _AND_VERB.match(before[last.stop:]):
        return before
    head = _DATE_PREPOSITION.sub("", before[:last.begin])
    return f"{head}{before[last.stop:]}" if _words(head) >= 2 else before


def name_for(sentence: str, mention: Mention, heading: str, title: str, kind: str = "event",
             begin: int | None = None, own: bool = False, opening: bool = False) -> str:
    """A short name for the event: the clause that leads to the date (its subject, for an event),
    else the clause after it; the heading (or the document's title) when the sentence is little
    more than the date -- the title when the dates are the document's own (``own``: "Cairo, Egypt,
    17-18 February 2026" under "Meeting report" is the meeting the title names), the heading or the title when a
    page opens with them (``opening``: "Muscat, Oman, and online — 14-15 April 2031"). ``begin``: where the
    list the date belongs to starts ("27 Oct and 3 Nov")."""
    cells = _LEAD.sub("", sentence[:mention.begin if begin is None else begin]).split("|")
    # (or only what makes it a deadline: "| Written submissions | No later than Monday 14 February 2039 |")
    if len(cells) > 1 and (_words(cells[-1]) <= 2 or _BY_DATE.fullmatch(_normalise(cells[-1]).strip())):
        # a table's row: the cell before the date's names it ("| Results announced | by Thursday 1 December 2033 |",
        # "| Call opens | Thursday 15 September 2033 |")
        # (not a cell saying who is responsible for it: "Transmettre les études de cas | Tous les membres | vendredi 31
        # juillet 2037" is the case studies' deadline)
        label = next((_clean(c) for c in reversed(cells[:-1]) if _words(c) >= 1 and not find_dates(c)
                      and not _WHO_CELL.match(c.strip())), "")
        if label and not _DATE_LABEL.fullmatch(_normalise(label).casefold()):
            return _shorten(label[:1].upper() + label[1:])
        # "| Date | Thursday, 15 June 2034 |" in a page's box of key facts ("Event details"): the page's own meeting
        # (a heading that names another event names it: "| Date |" under "Side event")
        head = _clean(_LEAD.sub("", heading))
        if label and kind == "event" and title and (not _EVENT_NOUN.search(head) or _DETAILS_HEAD.search(head)) \
                and _words(cells[-1]) == 0 \
                and _normalise(label).casefold() in ("date", "dates", "date(s)", "التاريخ", "تاريخ"):
            return _shorten(_clean(title), TITLE_CHARS)
    if own and title and is_dateline(sentence) or title and is_mail_subject(sentence):
        return _shorten(_clean(title), TITLE_CHARS)     # (an e-mail's subject is its title: "Subject: ..., 13 February")
    before = _URL.sub("", _LEAD.sub("", sentence[:mention.begin if begin is None else begin]))
    before = _without_earlier_date(before)
    if kind == "publication" and title and _words(_tidy(before)) <= 2:
        return _shorten(_clean(title), TITLE_CHARS)     # "Publié le 22 avril 2033 | Cycle ...": the document itself
    # "The consultation will take place in a hybrid format, in Rabat, ... on 3 and 4 December": the subject
    # is the event, and "the consultation" the one the document's title names
    subject = _BACK_REFERENCE.match(before)
    # (its rank set off after it: "Cette consultation, la deuxième du genre après celle tenue à Likasi en 2038, se tiendra")
    set_off = re.match(r"\s*,([^,]{1,120}),", before[subject.end():]) if subject else None
    verb_at = subject.end() + set_off.end() if set_off and _APPOSITION.match(set_off.group(1).strip()) else \
        subject.end() if subject else 0
    if (kind == "event" and subject and title and _VERB.match(before, verb_at)
            and subject.group().split()[-1].casefold() in title.casefold()):
        return _shorten(_clean(title), TITLE_CHARS)
    # "Le Réseau ... et le RUAM ont organisé le mardi 11 septembre 2035, de 10 h 00 à 12 h 30 GMT, un webinaire sur la
    # plateforme Microsoft Teams", "IOM and ESCWA organized on 3 May a workshop ...": what was organised, named after its
    # date, is the meeting the title names when the title names one of its kind ("Compte rendu du webinaire « ... »")
    organised = _ORGANISED.search(before)
    noun = _EVENT_NOUN.search(sentence[mention.stop:].split(";")[0][:200]) if organised else None
    if kind == "event" and noun and title and re.search(rf"(?<!\w){re.escape(noun.group())}(?!\w)", title, re.IGNORECASE):
        return _shorten(_clean(title), TITLE_CHARS)
    # "It keeps the name "IMRF 2034" and will be held at United Nations Headquarters ... from 8 to 11 May 2035",
    # "Elle se tiendra à Dakar les 13 et 14 juin": held, and by what the document is about (a pronoun names nothing
    # itself; the one the sentence before spoke of is the title's meeting, when the title names one)
    if kind == "event" and title and _SINGULAR_PRONOUN.match(before) and _HELD.search(before) \
            and _EVENT_NOUN.search(title):
        # (... unless the section's heading names a meeting of another kind: under "1. REPORT DE LA CONSULTATION
        # SOUS-RÉGIONALE", "Elle se tiendra du mardi 22 au jeudi 24 juillet" is the consultation, not the minutes' meeting)
        head = _clean(_LEAD.sub("", heading))
        noun = _EVENT_NOUN.search(head)
        if noun and not re.search(rf"(?<!\w){re.escape(noun.group())}(?!\w)", title, re.IGNORECASE) \
                and not _SPEAKER.match(head) and not find_dates(head):
            return _shorten(head)
        return _shorten(_clean(title), TITLE_CHARS)
    # ... and in Arabic, the verb first: "تُعقد الورشة على مدى ثلاثة أيام" is the workshop the title names
    # (a title that opens with that meeting's noun: "ورشة العمل الإقليمية ...", not a notice about it, "إشعار بتعديل
    # موعد ومكان انعقاد المنتدى")
    subject = _AR_BACK_REFERENCE.match(ARABIC_DIACRITICS.sub("", _normalise(before)))   # (and past: "عُقد الاجتماع")
    opening_words = [w.removeprefix("ال") for w in _normalise(title).replace("ـ", "").split()[:2]]
    if kind == "event" and subject and title and any(w.startswith(subject.group(1)[:4]) for w in opening_words):
        return _shorten(_clean(title), TITLE_CHARS)
    head = _clean(_LEAD.sub("", heading))
    # (not a heading that only says what the document is: "CONCEPT NOTE" above the title names no meeting)
    use_head = head and not _SPEAKER.match(head) and not find_dates(head) and not only_a_kind(head)
    # (nor the title's own first line saying what kind of document it is: "NOTE CONCEPTUELLE ET PROGRAMME PROVISOIRE"
    # above "Atelier national de validation ...", the title's both)
    if use_head and title and only_kinds_of_document(head) and _clean(title).startswith(head):
        use_head = False
    if opening and is_dateline(sentence) and (use_head or title):
        # the dates a page opens with: its meeting's (the title's, when the heading above them names no meeting and the
        # title does: "Latin America and the Caribbean – Summary of proceedings" under "Regional ... Hearing ...")
        if use_head and title and (not _EVENT_NOUN.search(head) or _DETAILS_HEAD.search(head)) and _EVENT_NOUN.search(title):
            use_head = False
        return _shorten(head if use_head else _clean(title), TITLE_CHARS)
    if use_head and _LABEL.fullmatch(before):
        said = _clean(_LEAD.sub("", before)).rstrip(":-– ").strip()
        if kind != "publication" and _words(said) >= 2 and not _DAY_LABEL.match(said) \
                and not _DATE_LABEL.fullmatch(_normalise(said).casefold()) and not _DETAILS_HEAD.search(head) \
                and (not _DATE_WORD.search(said)
                     or _DATE_LABEL.fullmatch(_normalise(re.sub(r"^[\dIVX.\s]+", "", head)).casefold())):
            # a label that names the item, not only its date ("- Online voting: Monday, 13 October to Friday, 24
            # October"), or a deadline's under a heading that only says it lists dates ("- Candidacy deadline: Friday, 12
            # September" under "6. TIMELINE"): the item (a deadline's under a heading on something, "Travel support" >
            # "Deadline for applications: ...", is that heading's, below)
            return _shorten(said[:1].upper() + said[1:])
        # "Date limite : 15 janvier 2031, à l'adresse ...": the item its heading names; an event's dates under a
        # heading that names no event ("Informations pratiques" > "Date et heure : jeudi 19 mai 2033") are the
        # meeting's the title names
        # (or a box of key facts: "SIDE EVENT AT A GLANCE" > "Date: Wednesday, 13 February 2036")
        if kind == "event" and title and (not _EVENT_NOUN.search(head) or _DETAILS_HEAD.search(head)) \
                and _EVENT_NOUN.search(title):
            return _shorten(_clean(title), TITLE_CHARS)
        return _shorten(head)
    label = _FIELD.match(before)
    if label and ";" not in before[label.end():] and (kind != "event" or _words(before[label.end():]) >= 6):
        # (an event's field too, when what follows it is a long description: "- Training: a 3-day online training on
        # the GCM, the regional review process, advocacy and public speaking, from Tuesday 17 to ...")
        # "- Accréditation : les organisations qui ... doivent demander une accréditation avant le 1er novembre": the
        # field says what the date is for (not a field that only says it is a date: "Deadline:", "Dates :")
        what = _clean(label.group()).rstrip(":-– ").strip()
        if _ITEM_LABEL.fullmatch(_normalise(what)):
            # "Action : diffuser une note d'information ... — responsable : Mme X — échéance : vendredi 9 mai 2036": the
            # label says it is an action; what it is follows, up to who does it
            what = _tidy(_ITEM_END.split(before[label.end():], 1)[0])
            if _words(what) >= 2:
                return _shorten(what[:1].upper() + what[1:])
        elif not _DATE_LABEL.fullmatch(_normalise(what)):
            return _shorten(what[:1].upper() + what[1:])
    # (an aside of several words is no part of a name: "Les contributions écrites (cinq pages au maximum) sont à
    # envoyer avant le ...")
    before = _drop_asides(before)
    name = _clause_before(before)
    if _words(name) < 3:
        after = re.sub(r"^[\s,;:.)|]+", "", _URL.sub("", sentence[mention.stop:]))
        brk = _CLAUSE_BREAK.search(after)
        # (not a time after the date when the clause before says what it is: "Registration closes on 20 March 2031 at
        # 23:59 (Muscat time)" is registration's)
        # (nor where it is, after a dash: "Lundi 5 et mardi 6 mars 2040 — Hôtel Corniche Mwangaza, salle ..., Moroni")
        if not (_words(name) >= 2 and _AT_TIME.match(after)) and not venue_after_dash(sentence[mention.stop:]):
            said_after = _tidy(after[:brk.start()] if brk and _words(after[:brk.start()]) >= 3 else after)
            # (what a sentence says after its date, unless it says nothing after a label: "- Contributions écrites
            # : à envoyer avant le vendredi 26 février 2038.")
            name = name if _words(said_after) < 2 and name and name == _colon_label(before) else said_after
    if _words(name) < 2 and own and title:
        return _shorten(_clean(title), TITLE_CHARS)
    # the day alone under a heading that only says it is when ("WHEN" > "Thursday, 8 September 2039", "Quand ?", "الموعد"):
    # the meeting the document is about
    if _words(name) < 2 and kind == "event" and title and use_head \
            and _DATE_LABEL.fullmatch(_normalise(re.sub(r"^[\dIVX.\s]+", "", head)).strip(" ?؟:").casefold()):
        return _shorten(_clean(title), TITLE_CHARS)
    if _words(name) < 2:
        return _shorten(head if use_head else _clean(title) or name)
    verb = _VERB.search(name)
    if kind == "event" and verb and _words(name[:verb.start()]) >= 1 and not _PRONOUN.match(name):
        # (and the reflexive pronoun of a French verb: "Les travaux se sont tenus du ..." is "Les travaux")
        name = re.sub(r"\s+(?:se|s['’])$", "", name[:verb.start()].rstrip(" ,"), flags=re.IGNORECASE)
    if _BACK_REFERENCE.fullmatch(name) and title and name.split()[-1].casefold() in title.casefold():
        name = _clean(title)                   # "The Conference": the one the document is about
    # a meeting's name in quotation marks in a longer clause is its name: "تنظّم شبكة نماء، بالتعاون مع ...، «المشاورة
    # الوطنية لأصحاب المصلحة ...» يومي ..." is the national consultation, not who organises it
    quoted = _QUOTED_NAME.search(name)
    if kind == "event" and quoted and _EVENT_NOUN.search(quoted.group(1)) and _words(quoted.group(1)) >= 2 \
            and _words(name) > _words(quoted.group(1)) + 2:
        name = quoted.group(1)
    return _shorten(name[:1].upper() + name[1:])


_QUOTED_NAME = re.compile(r"[«“\"]\s*([^«»“”\"]{6,200}?)\s*[»”\"]")


# --------------------------------------------------------------------------- events
@dataclass
class ExtractedEvent:
    id: str
    document: str
    section: str
    sentence: str               # the quotation: the sentence as the document writes it
    name: str
    language: str
    start: str                  # ISO
    end: str = ""               # ISO, for ranges
    precision: str = "day"      # day | month
    kind: str = "event"         # event | deadline | registration | publication
    place: str = ""             # an event's named place, when its sentence gives one
    activity: str = ""          # a date's activity: the event its section is about ("Accréditation" under "5. Réunion
                                # préparatoire de l'examen régional"), when the section gives that event's dates
    activity_place: str = ""    # ... and where that activity is held
    notes: list[str] = field(default_factory=list)   # what the secretariat should check
    position: int = 0           # the chunk the sentence is in

    def as_dict(self) -> dict:
        d = asdict(self)
        d.pop("position")
        return d


METADATA_KEY = "events"       # chunk metadata: JSON list of the events whose sentence is in the chunk


def events_metadata(events: list[ExtractedEvent], position: int) -> str:
    """The chunk's events as stored in its Chroma metadata ("" when it has none).
    Kept with the chunks, the events are written, replaced and removed with their document's
    chunks, in the same store every process reads (embedded Chroma or a Chroma server)."""
    mine = [e.as_dict() for e in events if e.position == position]
    return json.dumps(mine, ensure_ascii=False, sort_keys=True) if mine else ""


def normalise_sentence(sentence: str) -> str:
    return re.sub(r"\s+", " ", _clean(_normalise(sentence))).strip().casefold()


def event_id(document: str, sentence: str, start: date, end: date | None, precision: str) -> str:
    key = "\n".join([document, normalise_sentence(sentence), start.isoformat(), end.isoformat() if end else "",
                     precision])
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def _pieces(chunks) -> list[tuple[int, str, str, str]]:
    """(chunk position, section, heading, text) to read: each section heading once, then each chunk."""
    out, seen = [], set()
    for c in chunks:
        path = [p for p in (c.section or "").split(" > ") if p]
        for i, head in enumerate(path):
            key = " > ".join(path[:i + 1])
            if key not in seen:
                seen.add(key)
                out.append((c.position, key, path[i - 1] if i else "", head))
        out.append((c.position, c.section, path[-1] if path else "", c.text))
    return out


def _venues_said(sentence: str):
    """The places a sentence names after "took place" / "is held" / "venue", in order."""
    verbs = list(VENUE_VERBS.finditer(sentence))
    for verb, following in zip(verbs, verbs[1:] + [None]):
        # (each verb's own words: "hosted by the Ministry ... and held in person at the Gulf Convention Centre in
        # Manama" -- the venue is the second verb's, whole)
        reach = verb.end() + 160
        # (past the meeting's name and days said first: "عُقد الاجتماع التحضيري الإقليمي الأول ... يومي الثلاثاء ٨
        # والأربعاء ٩ كانون الثاني/يناير 2036 في قاعة «البتراء» ...")
        # (a date that starts within reach, read whole: "... في العراق» يومي الأربعاء 23 والخميس 24 تشرين الثاني/نوفمبر 2039")
        days = [m for m in find_dates(sentence[verb.end():]) if m.stop > m.begin and m.begin < reach - verb.end()]
        if days:
            reach = max(reach, verb.end() + days[-1].stop + 120)
        stop = min(reach, following.start() if following else len(sentence))
        after = sentence[verb.end():stop]
        if len(sentence) > stop and following is None:
            after = after.rsplit(" ", 1)[0]            # whole words: "Tunisia" is not "Tunis"
        place = venue_named(after)
        if not place:
            # (or right after its days, however long the meeting's name before them: "يعقد المنتدى ... الاجتماع الإقليمي
            # لأصحاب المصلحة لاستعراض تنفيذ الاتفاق العالمي ... في المشرق العربي، يومي الثلاثاء 6 والأربعاء 7 ديسمبر
            # 2039 في مركز المؤتمرات بفندق المرجان بالاس، ...")
            end = following.start() if following else len(sentence)
            later = [m for m in find_dates(sentence[verb.end():end]) if m.stop > m.begin]
            if later and verb.end() + later[0].begin >= reach:
                run = [m for m in later if m.begin - later[0].begin < 80]
                place = venue_named(sentence[verb.end() + run[-1].stop:min(end, verb.end() + run[-1].stop + 160)]
                                    .rsplit(" ", 1)[0])
                place = place if place and (_BUILDING.search(place) or ARABIC_CHAR.search(place)) else ""
        if place:
            yield place


def venues_said(sentence: str) -> list[str]:
    """The buildings and places a sentence says a meeting is held in, in order (:func:`_venues_said`)."""
    return list(_venues_said(sentence)) if VENUE_VERBS.search(sentence) else []


_TOWN_LAST = re.compile(r"^,[^.;:()\n]{0,80},\s*([A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý]?[\w'’]+)*(?: [A-ZÀ-Ý][\w'’]+)?)\s*[.;]?\s*$")


def _with_city(place: str, sentence: str) -> str:
    """"Medeu Conference Hall of the Alatau Grand Hotel" said in "... in the Medeu Conference Hall of the Alatau Grand
    Hotel, 105 Dostyk Avenue, Almaty 050051, Kazakhstan": the building, in the city (and country) the rest of the
    sentence names (an English or French sentence's: its names are the gazetteer's; an Arabic one's as it writes it:
    "قاعة زاغروس بفندق نيشتمان بالاس، شارع 60 متري، أربيل" -> "قاعة زاغروس بفندق نيشتمان بالاس، أربيل")."""
    if place not in sentence:
        return place
    if re.search(r"[\u0600-\u06FF]", place):
        if gazetteer_spans(normalize(place)):
            return place
        # (its name in another script in brackets aside: "مركز المرجان للمؤتمرات (Centre de conférences Al-Marjane)، جادة
        # البحر الأحمر، حي هيرون، مدينة جيبوتي")
        tail = re.sub(r"\([^()]*\)", " ", sentence[sentence.index(place) + len(place):])
        cities = [w for w in re.findall(r"[^\W\d_]+", tail)[:8]
                  if any(name not in REGION_NAMES for _, _, name in gazetteer_spans(normalize(w)))]
        return f"{place}، {cities[0]}" if cities else place
    if gazetteer_spans(_normalise(place).casefold()):
        return place
    rest = _normalise(sentence[sentence.index(place) + len(place):]).casefold()
    spans = [(s, e, name) for s, e, name in sorted(gazetteer_spans(rest)) if name not in REGION_NAMES]
    if not spans:
        # (a town no gazetteer knows, ending the sentence after the building's street: "à l'Hôtel Ogooué Palace,
        # boulevard du Bord de Mer, Port-Gentil.")
        last = _TOWN_LAST.search(sentence[sentence.index(place) + len(place):])
        return f"{place}, {last.group(1)}" if last else place
    # (the city, and its country when it follows it: "..., Almaty 050051, Kazakhstan"; not a river further on, "Bamako,
    # sur la rive droite du fleuve Niger")
    named = [spans[0][2]] + [name for (_, end, _), (start, _, name) in zip(spans, spans[1:2])
                             if re.fullmatch(r"[\s,\d()-]*", rest[end:start])] if spans else []
    return ", ".join([place, *(n.title() for n in dict.fromkeys(named))])


# a section heading that only says where ("WHERE", "Venue", "Lieu", "المكان")
_WHERE_HEAD = re.compile(r"(?i)(?:where|venue|location|place|lieu|où|ou|المكان|مكان الانعقاد|مكان الاجتماع|مكان)\s*[?؟:]?")


def _venue(chunks, anchor: date | None, last: date | None = None, skip=frozenset(), with_city: bool = False) -> str:
    """Where the document's own event (``anchor`` to ``last``) is held, when a sentence with no other date
    says it: "The consultation took place at the UN House in Beirut" -> "UN House in Beirut"; "Le dialogue
    s'est tenu le mardi 25 et le mercredi 26 mai 2027 au centre de conférences ..." (its days, one by one);
    or "". (Not in the sections of ``skip``: their venue is the one of the event they give the dates of.)
    The first sentence that names its city too, when one does: "All sessions are held at the Wisma Cahaya Conference
    Centre, ..., Kuala Lumpur", not "The session is held in the Anggerik Room (Level 2)" of a part of it said before."""
    found = ""
    for _, section, _, text in _pieces(chunks):
        if section in skip:
            continue
        if text.strip() != section.rsplit(" > ", 1)[-1].strip() and _WHERE_HEAD.fullmatch(section_name(section)) \
                and not find_dates(text, anchor):
            # a section that only says where, its address block first ("WHERE" > "Nelum Hall, ground floor /
            # Deshodaya Memorial Auditorium / 42 Dharmapala Mawatha, Colombo 07, Sri Lanka")
            block = []
            for line in text.strip().splitlines():
                line = line.strip(" -•*")
                if not line or len(line.split()) > 10 or line.endswith("."):
                    break                              # (its lines up to the first sentence)
                block.append(line)
            if 0 < len(block) <= 4:
                return ", ".join(block)
        for s, e in sentence_spans(text):
            sentence = text[s:e]
            place = next(_venues_said(sentence), "")
            # (nor a sentence giving another year: "... the Fourth Asia-Pacific Regional Review ..., to be held in
            # Bangkok in 2040" in a note on a hearing of 2039)
            years = {int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", sentence)}
            if place and anchor and years - {anchor.year, (last or anchor).year}:
                continue
            if place and all(anchor and anchor <= m.start and (m.end or m.start) <= (last or anchor)
                             for m in find_dates(sentence, anchor)):
                place = _with_city(place, sentence) if with_city else place
                if any(name not in REGION_NAMES for _, _, name in gazetteer_spans(_normalise(sentence).casefold())):
                    return place
                found = found or place
    return found


# a region is where a meeting is about, not where it is held ("... for Migrant Workers in the Arab Region was held in
# Tunis")
# (a place named "Regional Training Centre" or "Gulf Hotel" is a venue: only a region itself is not)
_REGION = re.compile(r"\b(?:region|région|middle east|mena)\b|المنطق", re.IGNORECASE)


# an aside giving a time in another zone, with the cities that keep it: "(15:00 to 16:30 West Africa Time, WAT/UTC+1,
# for Lagos, Abuja, Douala and Kinshasa)", "(heure de Dakar, UTC+0)"
_ZONE_ASIDE = re.compile(r"\([^()]*(?:\b(?:UTC|GMT|WAT|CAT|EAT|CET|CEST|[Tt]ime|heure)\b|توقيت)[^()]*\)")


# a dash between a meeting's days and its venue, on a line of their own
_DASH = re.compile(r"\s*[—–|·]\s*")


def venue_after_dash(text: str) -> str:
    """The building a line's days are followed by, after a dash ("— Hôtel Corniche Mwangaza, salle « Ylang-Ylang »,
    boulevard de la Corniche, Moroni" after "Lundi 5 et mardi 6 mars 2040"): a field of the line that names a building
    and no date, up to the next dash; or ""."""
    dash = _DASH.match(text)
    if not dash:
        return ""
    field = _DASH.split(text[dash.end():], 1)[0].strip(" .;")
    return field if _BUILDING.search(field.split(",")[0]) and not find_dates(field) and _words(field) <= 20 else ""


def _venue_after_days(sentence: str) -> str:
    """:func:`venue_after_dash` after a sentence's last date, or ""."""
    mentions = find_dates(sentence)
    return venue_after_dash(sentence[mentions[-1].stop:]) if mentions else ""


def _held_at(sentence: str) -> str:
    """Where a sentence says its event is held: the place after "was held" / "took place" first ("The Regional
    Workshop ... in the Arab Region was held in Tunis, Tunisia, on 20 May" -> "Tunis, Tunisia"), else the first
    place it names that is not a region (not the cities of a time zone it gives the hours in: "... from 14:00 to 15:30
    GMT (15:00 to 16:30 West Africa Time, ..., for Lagos, Abuja, Douala and Kinshasa)"); or ""."""
    sentence = _ZONE_ASIDE.sub(" ", sentence)
    place = next((p for p in _venues_said(sentence) if not _REGION.search(p) and not _a_meeting(p)), "") \
        or _venue_after_days(sentence) or named_place(sentence)
    return "" if _REGION.search(place) or _a_meeting(place) else place


_AT_CITY_FR = re.compile(r"(?:^|[\s,;(])[àÀ]\s+([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}(?:\s*\([A-Z][^)]{1,30}\))?)")


def _city_after_a(sentence: str) -> str:
    """A French line's "à <city>" after its dates ("Du mardi 23 au jeudi 25 juin 2037, à N'Djamena (Tchad)"), when the
    gazetteer knows the city: where it is held."""
    for m in _AT_CITY_FR.finditer(sentence):
        found = gazetteer_spans(normalize(m.group(1)))
        if found and not any(name in REGION_NAMES for _, _, name in found):
            return m.group(1).strip()
    return ""


_BUILDING = re.compile(r"\b(?:centre|center|hall|room|building|house|hotel|palais|palace|salle|maison|h[ôo]tel)\b|قاعة|مركز|فندق|دار",
                       re.IGNORECASE)


def _a_meeting(phrase: str) -> bool:
    """Is what follows "at" a meeting, not a place ("at the Fifth Africa Regional Review"; not "at the UN Conference
    Centre")?"""
    return bool(_EVENT_NOUN.search(phrase)) and not _BUILDING.search(phrase)


def _bare_date(sentence: str, mention) -> bool:
    """Is a sentence only its date ("Thursday, 15 December 2039.", "Le jeudi 15 décembre 2039.")?"""
    rest = _normalise(sentence[:mention.begin] + " " + sentence[mention.stop:])
    return not re.sub(r"\b(?:le|la|on|the|في|يوم)\b", " ", rest, flags=re.IGNORECASE).strip(" .,;:!-–—()")


# a day said in words before the date said alone ("... at midnight on Thursday the 14th", "... le jeudi 14")
_SAID_DAY = re.compile(r"\s+(?:(?:on|le|du)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|"
                       r"mercredi|jeudi|vendredi|samedi|dimanche)\b|the\s+\d{1,2}(?:st|nd|rd|th)\b)", re.IGNORECASE)
# how far back a date said alone may look for what it is of: two sentences, in its paragraph
_SAID_BEFORE = 2


def _said_before(text: str, start: int) -> str:
    """The sentences before ``start`` in its paragraph that say what a date said alone is of, from the nearest one saying
    what kind of date it is (a deadline's, a registration's: :data:`_KIND_WORDS`), at most two back; or ""."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    spans = sentence_spans(line)[-_SAID_BEFORE:]
    for a, b in reversed(spans):
        if any(words.search(ARABIC_DIACRITICS.sub("", _normalise(line[a:b]))) for _, words in _KIND_WORDS):
            return line[a:spans[-1][1]].strip()
    return ""


def _joined_place(venue: str, dateline: str) -> str:
    """The venue a sentence names and the dateline's place, once: "UN House in Beirut" + "Beirut, Lebanon"
    -> "UN House in Beirut, Lebanon"."""
    if not venue or not dateline:
        return venue or dateline
    parts = place_parts(dateline)
    rest = []
    for part in parts:
        town = part.split(" (")[0].strip().casefold()
        if part.casefold() in venue.casefold():
            continue
        trimmed = venue.rstrip(" .")
        last = re.split(r"[,،]", trimmed)[-1]
        if "(" in part and town and last.strip().casefold() == town and len(last) < len(trimmed):
            # (the venue's town with the dateline's country: "..., route de la Corniche Ouest, Dakar" + "Dakar
            # (Sénégal)" -> "..., Dakar (Sénégal)", not "Dakar, Dakar (Sénégal)")
            venue = trimmed[:len(trimmed) - len(last.lstrip())] + part
            continue
        rest.append(part)
    comma = "، " if ARABIC_CHAR.search(venue + dateline) else ", "
    return comma.join([venue] + rest) if len(rest) < len(parts) else f"{venue}{comma}{dateline}"


_CHANGE_HINT = re.compile(r"initial|original|previous|formerly|first|postpon|moved|defer|resched|shift|pushed|brought|"
                          r"report|repouss|d[ée]plac|d[ée]cal|avanc|كان|المقرر", re.IGNORECASE)


def only_replaced(text: str) -> bool:
    """Does the text give dates, and only ones a change replaced ("initialement prévu les 5 et 6 mai 2032 à Tunis,
    est reporté")? Then it says no date a "when" question can be answered with."""
    return bool(_CHANGE_HINT.search(text or "")) and bool(find_dates(text)) and not in_force(text)


def in_force(sentence: str, doc_date: date | None = None, corrected: bool = False) -> list[Mention]:
    """The sentence's dates that still hold: not one a change replaced ("initially scheduled for 13-14 April"), and
    of "extended from 20 March 2032 to 15 May 2032" the second alone. ``corrected``: nor one a correction says was
    wrong (an event's date; an answer still reads it, what the sentence is about: "saw 10 jan somewhere" is answered
    by "... 10 يناير، والصحيح هو ... 11 يناير")."""
    out = []
    found = find_dates(sentence, doc_date)
    for i, mention in enumerate(found):
        before = _normalise(sentence[:mention.begin])
        if i + 1 < len(found) and _POSTPONED_TO.search(_normalise(sentence[mention.stop:found[i + 1].begin])):
            continue
        if _SUPERSEDED.search(before) or corrected and (_CORRECTED.match(_normalise(sentence[mention.stop:]))
                                                        or _CORRECTION_OF.search(before)):
            continue
        out.append(_changed_to(sentence, mention) if mention.end and _CHANGED_FROM.search(before) else mention)
    return out


def _changed_to(sentence: str, mention: Mention) -> Mention:
    """The date a change gives (the second of "from 20 March 2032 to 15 May 2032"), where the text names it."""
    shown = _normalise(sentence[mention.begin:mention.stop])
    cuts = list(_CHANGED_TO.finditer(shown))
    if not cuts:
        return mention
    start = mention.end.replace(day=1) if mention.precision == "month" else mention.end
    return replace(mention, start=start, end=None)      # (named from before the change: "The deadline is extended")


def table_cells(line: str) -> list[str]:
    """The cells of a table's row ("| Step | Deadline |", "Step | Deadline"), stripped."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table_header(line: str, columns: list[str]) -> list[str]:
    """The header of the table a line belongs to: the line itself when it is one (cells of a few words, no date:
    "Step | Deadline"), the one before for a row of the same table, none after the table."""
    if "|" not in line:
        return []
    cells = table_cells(line)
    if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
        return columns                                 # "|---|---|" under the header
    if len(cells) >= 2 and all(c and _words(c) <= 6 for c in cells) and not find_dates(line):
        return cells
    return columns


_ROW_HEAD_END = re.compile(r"\s(?:for|of|to|at|in|on|from|with|by|de|du|des|d['’]|pour|à|au|aux|sur|par)\s|[,(:–—]",
                           re.IGNORECASE)


def _column_of(row: str, mention: Mention) -> tuple[int, str]:
    """The column a table row's date stands in (0 first), and the row without its leading bar."""
    lead = row.strip().lstrip("|")
    return lead[:max(0, mention.begin - (len(row) - len(lead)))].count("|"), lead


def _in_deadline_column(row: str, mention: Mention, columns: list[str], language: str = "en") -> bool:
    """Is a table row's date under a column headed as a deadline ("Step | Deadline", "Étape | Date limite"), for a step
    (not a meeting the row names: "Informal multi-stakeholder hearing", "IMRF 2034, United Nations Headquarters")?
    The row's label is read by its head noun: the last word of its first phrase in English ("Side event proposals"),
    the first in French and Arabic ("Audition multipartite")."""
    if not columns:
        return False
    column, lead = _column_of(row, mention)
    if column >= len(columns) or not _DEADLINE_WORDS.search(_normalise(columns[column])):
        return False
    label = table_cells(lead)[0] if column else ""
    words = re.findall(r"[^\W\d_][\w'’-]*", _ROW_HEAD_END.split(label)[0])
    if not words:
        return True
    head = words[-1] if language == "en" else words[0]
    return not (_EVENT_NOUN.fullmatch(head) or head.isupper() and len(head) >= 3)


# a table's column of what a correction replaces ("Item | Was | Now reads", "Rubrique | Ancienne date | Nouvelle date",
# "البند | كان | أصبح"): its dates no longer hold
_OLD_COLUMN = re.compile(r"^\W*(?:was|previously|before|old|original|initially|formerly|(?:old|previous|original|initial) "
                         r"(?:date|dates|text|version|deadline)|anciens?|anciennes?|ancienne date|avant|initialement|"
                         r"pr[ée]c[ée]demment|au lieu de|كان|سابقا|سابقاً|السابق|القديم|التاريخ السابق|الموعد السابق)\W*$",
                         re.IGNORECASE)


def _in_old_column(row: str, mention: Mention, columns: list[str]) -> bool:
    """Is a table row's date under a column headed as what a correction replaces (:data:`_OLD_COLUMN`)?"""
    if not columns:
        return False
    column, _ = _column_of(row, mention)
    return column < len(columns) and bool(_OLD_COLUMN.match(_normalise(columns[column]).strip()))


def extract_events(chunks, *, document: str, language: str = "en", doc_date: str = "", title: str = "") -> list[ExtractedEvent]:
    """The document's dated events, one per (dates, kind), from its chunks (``ingest.chunking.Chunk``)."""
    try:
        anchor = date.fromisoformat(doc_date) if doc_date else None
    except ValueError:
        anchor = None
    best: dict[tuple, ExtractedEvent] = {}
    venues: dict[str, str] = {}                        # a section's venue, said in a sentence with no date of its own
    datelines: dict[tuple, str] = {}
    buildings: dict[tuple, str] = {}
    opening = True                                     # no dated line read yet
    for position, section, heading, text in _pieces(chunks):
        if not may_hold_date(text):
            continue
        prev_end = 0
        columns: list[str] = []                        # the header of the table being read ("Step | Deadline")
        for s, e in _dateline_apart(text, sentence_spans(text)) if opening else sentence_spans(text):
            raw = text[s:e].strip()
            columns = _table_header(raw, columns)
            # the sentence before, on the same line ("- Rédiger le projet de déclaration. Responsable : Mme X — Échéance
            # : 25 juillet 2033": what the deadline is for)
            previous, prev_end = (text[prev_start:prev_end] if prev_end and "\n" not in text[prev_end:s] else ""), e
            prev_start = s
            if _TOC_LINE.search(raw):
                continue                               # a table-of-contents line: the heading says it again
            sentence = raw
            mentions = in_force(sentence, anchor, corrected=True)
            mentions = [m for m in mentions if not _in_old_column(sentence, m, columns)]    # ("| Was | Now reads |")
            if sentence.rstrip(" )»\"”").endswith(("?", "؟")):
                mentions = []                          # a question says no date ("المذيعة: ٢٩ مارس؟", "Is it still
                                                       # Friday 5 May?"): what answers it does
            if sent_heading(sentence):     # an earlier message's heading: the day it was sent, not the dates its
                mentions = [m for m in mentions    # subject names ("Message précédent : TR: ... l'atelier du 14-15
                            if _SENT_ON.search(sentence[:m.begin])]     # décembre (envoyé le lundi 21 novembre ...)")
            # a page that announces its meeting opens with the meeting's dates on a line of their own, whatever date
            # the page bears ("Muscat, Oman, and online — Monday 14 and Tuesday 15 April 2031" on a page of February):
            # the document's own event (not "Published on 3 May 2026", which says what it is)
            # (under the title, not in a section: "8. Timeline | Online information session | 16 March 2026" is not it)
            # (or under its own line as a heading, under the title: "# Asia-Pacific Regional Review ..." > "#### Manila,
            # Philippines, and online - Tuesday, 16 March and Wednesday, 17 March 2038")
            path = section.split(" > ") if section else []
            heads = [h for h in path if _clean(h) != _clean(sentence)]
            first = (opening and bool(mentions) and is_dateline(sentence) and kind_of(sentence, "") == "event"
                     and (not heads or position == 0 or _clean(heads[-1]).casefold() == _clean(title).casefold()
                          or len(heads) < len(path) and _clean(heads[-1]).casefold() in _clean(title).casefold()))
            if not mentions and section not in venues and not find_dates(sentence):
                # "- Lieu : Rabat (Maroc), en format hybride" under the dates of "3. Consultation sous-régionale ..."
                held = next((p for p in _venues_said(sentence) if not _REGION.search(p)), "")
                if held:
                    venues[section] = held
            # (the day the document was issued, on a line of the letterhead above, is no meeting's: "Issued: Monday,
            # 7 December 2037")
            opening = opening and all(kind_of(_clause_of(sentence, m), sentence[:m.begin]) == "publication"
                                      for m in mentions)
            for i, mention in enumerate(mentions):
                before = sentence[:mention.begin]
                # a date in a list ("27 Oct and 3 Nov 2020") is named from where the list starts
                begin = mention.begin
                for prev in reversed(mentions[:i]):
                    if not _LIST_GAP.fullmatch(_normalise(sentence[prev.stop:begin])):
                        break
                    begin = prev.begin
                if _NOT_AN_EVENT.search(_normalise(before)):
                    continue                           # "since June 2019": a state, not an occurrence
                dated_own = anchor is not None and mention.start <= anchor <= (mention.end or mention.start)
                own = first or dated_own
                # the document's own dates on a line of their own are its event, whatever its heading says
                # ("Atelier sur l'enregistrement des naissances" is not a registration)
                # (unless the line itself says what the date is: "Published on 3 May 2026")
                # (of its own clause, when ";" joins two: "Candidatures : au plus tard le 12 septembre ; les résultats
                # seront communiqués le 20 septembre" -- the results' day is no deadline)
                clause = _clause_of(sentence, mention)
                kind = "event" if own and is_dateline(sentence) and not _DEADLINE_WORDS.search(_normalise(sentence)) \
                    and kind_of(sentence, before) == "event" else kind_of(clause, before, heading)
                # a date said alone after what it is of, in the same paragraph ("Registration closes at midnight ... on
                # Thursday the 14th... Sorry, I said the 14th, it is the 15th. Thursday, 15 December 2039."): of what the
                # sentences before say, quoted with them
                lead = _said_before(text, s) if len(mentions) == 1 and not first and _bare_date(sentence, mention) else ""
                if lead:
                    kind = kind_of(lead, lead, heading)
                if kind == "event" and dated_own and not first and not sentence[mention.stop:].strip() \
                        and len(sentence.split()) <= 2 * DATELINE_WORDS and "\n" not in sentence.strip() \
                        and signs_for_a_body(before):
                    kind = "publication"               # the body issuing it, on the day it is dated, closing the
                                                       # document ("Bureau de coordination régionale ..., Abidjan –
                                                       # 3 février 2037"): not a meeting
                issued_in = ""
                signed = _SIGNED_AT.search(before) or _LETTER_DATELINE.search(before) if kind == "event" and dated_own \
                    else None
                if signed and not sentence[mention.stop:].strip(" .\n"):
                    # signed where and when it was issued, closing the document ("Fait à Bangui, le 24 janvier 2040",
                    # "Done at Nairobi on ...", "حرر في بنغازي بتاريخ ..."): not a meeting held there that day
                    kind = "publication"
                    issued_in = (signed.group("fr") or signed.group("en") or signed.group("ar") or "").strip()
                if kind == "event" and dated_own and _PRESS_DATELINE.fullmatch(before.rsplit("\n", 1)[-1]) \
                        and _DASH_AFTER.match(sentence, mention.stop) and _ANNOUNCES.search(sentence[mention.stop:]):
                    kind = "publication"               # a press release's dateline opening its first paragraph, on the
                    issued_in = dateline_place(before.rsplit("\n", 1)[-1])    # day it is dated ("COLOMBO, 3 August
                                                       # 2039 – The network ... will hold a public hearing"): where and
                                                       # when it was issued, not the hearing's day
                if kind == "event" and first and dated_own and not mention.end and mention.precision == "day" \
                        and title and is_dateline(sentence) \
                        and not _EVENT_NOUN.search(own_part(title)) and not _EVENT_NOUN.search(sentence):
                    kind = "publication"               # the dateline of one day under a title that names no meeting ("دعوة لتقديم
                                                       # الطلبات: زمالة بغداد ..." > "بغداد، الثلاثاء ٣ آب/أغسطس ٢٠٣٨",
                                                       # "Stakeholder Bulletin" > "Bangkok, 7 September"): the day it
                                                       # was issued, not a meeting's (where it was issued is
                                                       # kept: the document's city, "a call from Doha")
                    issued_in = dateline_place(before.rsplit("\n", 1)[-1])
                a, b = _clause_span(sentence, mention, (" · ",))    # (its own field of a line of fields)
                if kind == "event" and own and not mention.end and mention.precision == "day" \
                        and (is_dateline(sentence) or is_dateline(sentence[a:b].strip())) \
                        and any(not find_dates(field) and (kind_of(field, field) == "publication" or _ISSUE_FIELD.match(field))
                                for field in (*_LINE_FIELDS.split(sentence), *_FIELD_DASH.split(sentence)[1:],
                                              text[:s].rstrip().rsplit("\n", 1)[-1].strip())):
                    kind = "publication"               # a line of fields, one of them the document's reference or
                                                       # distribution, the other its day ("Ref.: ACMF/BKK40/GN-02 ·
                                                       # Bangkok, Tuesday, 15 November 2039"), or the dateline under
                                                       # its reference's line ("Ref.: RUNM-EAH/RR2040/INF/03 Rev.1" >
                                                       # "Nairobi, 6 December 2039"): the day it was issued, not a
                                                       # meeting's (whatever meeting its title names) -- the dateline
                                                       # one field of the line, another field dated too ("المرجع: ... ·
                                                       # جيبوتي، ١٠ كانون الثاني/يناير ٢٠٤٠ · تحلّ محلّ النسخة الأولى
                                                       # الصادرة في ١٩ كانون الأول/ديسمبر ٢٠٣٩")
                if kind == "publication" and dated_own and not issued_in and is_dateline(sentence):
                    issued_in = dateline_place(before.rsplit("\n", 1)[-1])    # (where it was issued: "الدوحة، ...")
                if kind == "event" and _in_deadline_column(sentence, mention, columns, language):
                    kind = "deadline"                  # "| Side event proposals | Friday, 16 February 2035" under
                                                       # "Step | Deadline" (not "| Informal ... hearing | 7 May 2035")
                key = (mention.start, mention.end, mention.precision, kind)
                place = _held_at(sentence) if kind == "event" else issued_in
                if kind == "event" and place:       # (a building, in the city the sentence names after it: "à l'Hôtel
                    place = _with_city(place, sentence)   # Badala Plaza, rue 136, Badalabougou-Est, Bamako")
                if kind == "event" and not place and is_dateline(sentence):
                    place = _city_after_a(sentence[mention.stop:])     # "Du ... au jeudi 25 juin 2037, à N'Djamena"
                if kind == "event" and not place:     # "Beirut, Lebanon, 5-6 November 2025": kept for when no
                    datelines.setdefault(key, dateline_place(before.rsplit("\n", 1)[-1]))   # sentence says where
                    if is_dateline(sentence):        # and the building on the line under it ("قاعة الفسطاط، ...")
                        buildings.setdefault(key, venue_line(text[e:].lstrip().split("\n", 1)[0]))
                if key in best and (best[key].place or not place):
                    continue                           # the first mention of these dates names them ...
                # ... unless a later one also says where ("Amman, Jordan, 2-4 June 2026" under the title,
                # then "The Conference will be held from ... at the Zahran Grand Hotel, Amman, Jordan")
                notes = []
                if mention.year_inferred:
                    notes.append("year not written: inferred")
                if not mention.weekday_checked:
                    notes.append("the weekday written does not match the date")
                # (a field of a line of fields is named alone: "Kuala Lumpur, 28–29 June 2039 · Page published on ...")
                name = name_for(sentence[a:b], replace(mention, begin=mention.begin - a, stop=mention.stop - a),
                                heading if heading != sentence else "", title, kind,
                                begin - a if begin is not None and begin >= a else None,
                                own=kind == "event" and dated_own, opening=kind == "event" and first)
                if sent_heading(sentence):    # an earlier message: named by its heading, not its sending words
                    name = _shorten(_clean(sentence[:sentence.rfind(" (")] if " (" in sentence else sentence))
                if key in best and _PRONOUN.match(name):
                    name = best[key].name              # "It was held at ...": what the first mention named
                if lead:                               # (without the day it first gave: "... on Thursday the 14th")
                    name = _shorten(_tidy(_SAID_DAY.split(lead[:sentence_spans(lead)[0][1]], 1)[0]))
                if _WHO_FIELD.match(sentence) and previous.strip():
                    # a field that says who is responsible, not for what: the action the sentence before states
                    name = _shorten(_tidy(re.sub(r"^[\-–•*|>]+\s+", "", previous.strip())))
                quoted = f"{lead} {sentence}" if lead else sentence
                best[key] = ExtractedEvent(
                    id=event_id(document, quoted, mention.start, mention.end, mention.precision),
                    document=document, section=section, language=language,
                    sentence=re.sub(r"\s+", " ", re.sub(r"^[\-–•*|>]+\s+", "", quoted)),
                    name=name,
                    start=mention.start.isoformat(), end=mention.end.isoformat() if mention.end else "",
                    precision=mention.precision, kind=kind, place=place, notes=notes, position=position,
                )
    events = list(best.values())
    # a section that gives an event's dates and, in a sentence of its own, its venue ("3. Consultation sous-régionale du
    # Maghreb" > "- Dates : mardi 2 et mercredi 3 novembre 2032" / "- Lieu : Rabat (Maroc)"): that is where it is held
    # (a section of a calendar, a programme's day; not the document's own event when its venue is another section's)
    placed = set()
    for key, ev in best.items():
        if (ev.kind == "event" and not ev.place and venues.get(ev.section) and not (anchor and ev.start == anchor.isoformat())
                and ev.name == _shorten(section_name(ev.section))):
            ev.place = _joined_place(venues[ev.section], datelines.get(key, ""))
            placed.add(ev.section)
    venue: dict[tuple, str] = {}                       # read only when an event of the document's own dates needs it
    issued_on_anchor = anchor is not None and any(ev.kind == "publication" and ev.start == anchor.isoformat()
                                                  and not ev.end for ev in best.values())
    # the town the document is dated from, which the gazetteer may not know ("Sfax, le mardi 11 octobre 2039"): a venue
    # said with it after it is in it ("à l'Espace culturel El Manara, 14, rue de la Kasbah, médina de Sfax")
    issued = next((place_parts(ev.place)[0] for ev in best.values() if ev.kind == "publication" and ev.place), "")
    for key, ev in best.items():
        if ev.kind != "event":
            continue
        if ev.place and issued and issued.casefold() not in ev.place.casefold() and ev.place in ev.sentence \
                and re.search(rf"(?<!\w){re.escape(issued)}(?!\w)", ev.sentence[ev.sentence.index(ev.place) + len(ev.place):]):
            ev.place = f"{ev.place}{'، ' if ARABIC_CHAR.search(ev.place) else ', '}{issued}"
        if ev.place:
            # "... at the United Nations Office at Nairobi (UNON)" said of the days the title's line gives as "Nairobi,
            # Kenya, 14-15 February 2034": a building named without its city is in the dateline's (not a table row's
            # label, "IMRF 2034"; a venue that names its city is left as it is: "Gulf Convention Centre in Manama")
            named = ", ".join(p for p in place_parts(datelines.get(key, "")) if gazetteer_spans(_normalise(p).casefold()))
            # (nor one given its city after it, the dateline's: "United Nations Office, Nairobi" + "Nairobi, Kenya")
            last = ev.place.rsplit(", ", 1)[-1] if ", " in ev.place else ""
            if named and (not gazetteer_spans(_normalise(ev.place).casefold())
                          or last and _normalise(last).casefold() == _normalise(named.split(", ")[0]).casefold()):
                ev.place = _joined_place(ev.place, named)
            continue
        # the document's own event, or the meeting its title names ("CONCEPT NOTE" > "REGIONAL ... CONSULTATION ..." >
        # "Wednesday, 18 and Thursday, 19 April 2035" in a note of 12 February): the venue a sentence names
        # (not the day the document was issued, on its dateline: "إطلاق الدعوة | ٢٥ كانون الثاني", the call's launch)
        if anchor and ev.start == anchor.isoformat() and not issued_on_anchor or names_title(ev.name, title):
            first, last = date.fromisoformat(ev.start), date.fromisoformat(ev.end or ev.start)
            if (first, last) not in venue:      # (with its city, when no dateline gives one)
                venue[first, last] = _venue(chunks, first, last, placed, with_city=not datelines.get(key))
            ev.place = _joined_place(venue[first, last] or buildings.get(key, ""), datelines.get(key, ""))
        elif datelines.get(key):
            ev.place = _joined_place(buildings.get(key, ""), datelines[key])
    # the other dates of a section about one event are that event's ("- Accréditation : ... avant le lundi 1er novembre
    # 2032" under "5. Réunion préparatoire de l'examen régional", whose dates the section gives): named with it
    for section in {ev.section for ev in events if ev.section}:
        named = _shorten(section_name(section))
        own = [ev for ev in events if ev.section == section and ev.kind == "event" and ev.name == named]
        if len(own) != 1:
            continue
        for ev in events:
            if ev.section == section and ev.kind != "event":
                ev.activity, ev.activity_place = own[0].name, own[0].place
                if own[0].name.rstrip("…").casefold() not in ev.name.casefold():   # (its name cut short: its start)
                    ev.name = f"{ev.name} — {own[0].name}"
    # a day of a multi-day event the same document also gives whole ("DAY 2: Thursday, 4 July 2024")
    ranges = [(date.fromisoformat(e.start), date.fromisoformat(e.end)) for e in events
              if e.end and e.kind == "event" and e.precision == "day"]
    # (not the days of a period of separate meetings, two of them at least between its first and last day and not one
    # after the other: "Tuesday 22 February to Friday 4 March", the five regional consultations of 22 and 24 February,
    # 28 February, 2 and 4 March, each its own; a meeting's opening and closing days are its own)
    singles = sorted({date.fromisoformat(e.start) for e in events
                      if e.kind == "event" and e.precision == "day" and not e.end})

    def separate(a: date, b: date) -> bool:
        inside = [d for d in singles if a < d < b]
        # (or three of them from its first day to its last, days apart: "regional consultations | 16 to 26 April" over
        # Misrata on the 16th, Sabha on the 23rd, Tobruk on the 26th)
        held = [d for d in singles if a <= d <= b]
        return (len(inside) >= 2 and any((y - x).days > 1 for x, y in zip(inside, inside[1:]))
                or len(held) >= 3 and any((y - x).days > 2 for x, y in zip(held, held[1:])))
    ranges = [(a, b) for a, b in ranges if not separate(a, b)]
    # (not the document's own meeting, held on a day of a larger one: "Beyond the Corridor", a side event on 13 February
    # of the Regional Review of 12-14 February)
    whole = [e for e in events if e.end and e.kind == "event" and e.precision == "day" and names_title(e.name, title)]
    kept = [e for e in events if not (
        e.kind == "event" and e.precision == "day" and not e.end
        and any(a <= date.fromisoformat(e.start) <= b for a, b in ranges)
        and (whole or not names_title(e.name, title)))]
    # (the document's meeting, whole, keeps the venue its days give, when it has only their city: "الرياض، ٢٣–٢٤ فبراير"
    # on the dateline,
    # "اليوم الأول: الثلاثاء 23 فبراير ..." in a section that says the hall)
    for ev in kept:
        if ev.kind == "event" and ev.end and ev.precision == "day" and names_title(ev.name, title):
            a, b = date.fromisoformat(ev.start), date.fromisoformat(ev.end)
            held = {e.place for e in events if e not in kept and e.place and a <= date.fromisoformat(e.start) <= b}
            if len(held) == 1 and (not ev.place or _normalise(ev.place).casefold() in _normalise(next(iter(held))).casefold()):
                ev.place = held.pop()
    # a note's dateline ("Beirut, 14 February 2033" under "Information Note") is the day it was issued, not its
    # meeting's, when the document gives the meeting the title names other dates
    # (not when another of its dates is the day before or after: a meeting's days are consecutive, "8 et 9 juin")
    titled = [e for e in kept if e.kind == "event" and names_title(e.name, title)]
    others = [e for e in titled if not (anchor and e.start == anchor.isoformat() and not e.end)]
    if anchor and others and len(others) < len(titled) and not any(
            abs((date.fromisoformat(e.start) - anchor).days) <= 1 for e in others):
        kept = [e for e in kept if not (e in titled and e.start == anchor.isoformat() and not e.end
                                        and is_dateline(e.sentence))]
    kept = _without_extended(kept, chunks, anchor)
    return sorted(kept, key=lambda e: (e.start, e.end, e.id))


@lru_cache(maxsize=1)
def limit_words() -> frozenset:
    """The words that say a time limit is extended, whatever it is the limit of, as tokens."""
    from bot.text.lexical import tokens
    return frozenset(tokens(
        "the deadline closing date cut-off time limit has been was is are will be extended extension to until "
        "la date limite délai est a été sont prolongée prolongées prolongé prolongation prorogée prorogé prorogation "
        "jusqu'au au الموعد النهائي آخر موعد الأجل أجل تم تمديد مدد مددنا يمدد تمدد مددت ستمدد نمدد نمددو مددو مددوا "
        "اتمدد قررنا الى إلى حتى لغاية هو"))


def extends(extension: tuple[date, str], later_than: date, about: str) -> bool:
    """Does an extension (:func:`extended_to`) replace a limit of an earlier day, one said in ``about`` (its sentence
    and what surrounds it)? The words saying what is extended ("registration", "التسجيل"), but for a limit's own ("the
    deadline is extended"), are found in it."""
    from bot.text.lexical import tokens
    if extension[0] <= later_than:
        return False
    what = set(tokens(extension[1])) - limit_words()
    return not what or bool(what & set(tokens(about)))


def _without_extended(events: list[ExtractedEvent], chunks, anchor: date | None = None) -> list[ExtractedEvent]:
    """The events but the time limits a later sentence of the document extends ("آخر موعد: الأحد 5 شباط" in the post
    opening registration, "تم تمديد التسجيل إلى الثلاثاء ٧ شباط" in a later one): the extension is the limit now, and
    names the day it replaced in a note. A limit is replaced by an extension of what its section is about; one said of
    no subject ("the deadline is extended") replaces a limit only when the document gives one alone before it."""
    from bot.text.lexical import tokens
    texts: dict[str, list[str]] = {}
    order = {}
    for position, section, _, text in _pieces(chunks):
        texts.setdefault(section, []).append(text)
        order[position] = text                         # (the chunk's own text, after its headings)

    def place(e: ExtractedEvent) -> tuple[int, int]:
        found = order.get(e.position, "").find(e.sentence)
        return e.position, found if found >= 0 else 0

    limits = [e for e in events if e.kind in ("deadline", "registration") and (
        e.kind == "deadline" or _DEADLINE_WORDS.search(ARABIC_DIACRITICS.sub("", _normalise(e.sentence)))
        or any(is_deadline(e.sentence, m) for m in find_dates(e.sentence, anchor) if m.start.isoformat() == e.start))]
    gone: set[str] = set()
    for x in events:
        extension = extended_to(x.sentence, anchor)
        if extension is None or extension[0].isoformat() != x.start:
            continue
        before = [y for y in limits if y is not x and y.id not in gone and place(y) < place(x)
                  and date.fromisoformat(y.end or y.start) < extension[0]]
        generic = not set(tokens(extension[1])) - limit_words()
        replaced = [y for y in before if extends(extension, date.fromisoformat(y.end or y.start),
                                                 f"{y.sentence} {y.section} {' '.join(texts.get(y.section, []))}")]
        if generic and len(before) != 1:
            continue
        for y in replaced:
            gone.add(y.id)
            x.notes.append(f"extends the limit of {y.start}: {y.sentence.strip()[:80]}")
    return [e for e in events if e.id not in gone]


def names_title(name: str, title: str) -> bool:
    """Is an event's name the document's title, or the start of it ("The Regional Expert Group Meeting on ...…")?"""
    def bare(text: str) -> str:
        return re.sub(r"^(?:the|la|le|l['’])\s*", "", _clean(text).rstrip("…").strip(), flags=re.IGNORECASE).casefold()
    a, b = bare(name), bare(title)
    return bool(a and b) and _words(min(a, b, key=len)) >= 3 and (a.startswith(b) or b.startswith(a))
