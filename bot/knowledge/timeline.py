"""Dated events (``knowledge/timeline.yaml``) and dates written the way each language writes them.

English "17–20 May 2022", French "du 17 au 20 mai 2022", Arabic (UN style)
"من 17 إلى 20 أيار/مايو 2022"; whether an event is past or upcoming is always
said relative to an injected "today".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from bot.knowledge.yaml_files import read_yaml
from bot.text.places import is_building, place_names, place_parts

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    # UN Arabic style: Levantine/Iraqi name / Egyptian-Gulf name
    "ar": ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه",
           "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر",
           "كانون الأول/ديسمبر"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}


@dataclass
class Event:
    id: str
    name: dict
    start: date
    end: date | None = None
    precision: str = "day"          # day | month | year
    kind: str = "event"             # event | deadline | milestone
    place: dict = field(default_factory=dict)
    city: dict = field(default_factory=dict)      # set only when the documents name the city
    keywords: dict = field(default_factory=dict)
    document: str = ""
    quote: str = ""
    # events found in the documents at ingest (bot/knowledge/events.py) carry these too
    origin: str = "curated"                       # curated (timeline.yaml) | extracted
    section: str = ""
    doc_title: str = ""                           # the document's title when the manifest has none
    notes: list = field(default_factory=list)     # what the secretariat should check
    hidden: bool = False                          # hidden by the secretariat
    corrected: bool = False                       # dates, name or kind corrected by the secretariat
    superseded_by: str = ""                       # the curated event that says the same
    activity_place: dict = field(default_factory=dict)   # a date's activity's place (the meeting whose accreditation
                                                         # deadline it is), by language

    @property
    def last_day(self) -> date:
        """The last day the event covers (end of month/year for coarse dates)."""
        if self.end:
            return self.end
        if self.precision == "month":
            nxt = date(self.start.year + (self.start.month == 12), self.start.month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        if self.precision == "year":
            return date(self.start.year, 12, 31)
        return self.start

    def status(self, today: date) -> str:
        """upcoming | ongoing | past"""
        if today < self.start:
            return "upcoming"
        if today <= self.last_day:
            return "ongoing"
        return "past"

    def name_in(self, lang: str) -> str:
        """The name in ``lang``; an extracted event's name, in its document's language, goes in
        quotation marks when shown in another language."""
        if self.name.get(lang):
            return self.name[lang]
        if self.origin == "extracted" and self.name:
            other = next(iter(self.name.values()))
            return {"fr": f"« {other} »", "ar": f"«{other}»"}.get(lang, f"“{other}”")
        return self.name.get("en") or self.id

    def place_in(self, lang: str) -> str:
        """The place in ``lang``. A place a document gives in another language: in another script ("المنامة، مملكة
        البحرين" to an English or French reader) by the gazetteer's names ("Manama, Bahrain"); in French to an
        English reader without its building ("Centre de conférences Atlas, Agadir (Maroc)" -> "Agadir (Maroc)"; the
        answer quotes the building from its sentence), or by the gazetteer's names; else as the document writes it,
        in quotation marks («Tunis (Tunisie)», «Landmark Amman Hotel, Amman, Jordan» to an Arabic reader: a run of
        Latin script in a right-to-left line), as an extracted event's name in another language is (a curated
        entry's English place is shown as it is, and to a French reader)."""
        held = self.place.get(lang) or (self.place.get("en") if self.origin != "extracted" or lang != "ar" else "")
        if held or not self.place:
            return held or ""
        written, other = next(iter(self.place.items()))
        from bot.text.language import ARABIC_CHAR, normalize
        from bot.text.places import gazetteer_spans, names_a_locality

        if lang != "ar" and (ARABIC_CHAR.search(other) or (lang == "en" and written == "fr")):
            parts = place_parts(other)
            if not ARABIC_CHAR.search(other) and is_building(parts[0]) and len(parts) > 1:
                # (its town, not the hall and the street after the building: "salle Gorée, route de la Corniche
                # Ouest, Dakar (Sénégal)" -> "Dakar (Sénégal)")
                towns = [p for p in parts[1:] if gazetteer_spans(normalize(p))]
                return ", ".join(towns or parts[1:])
            names = dict.fromkeys(name.title() for part in parts if not names_a_locality(part)
                                  for name in _one_name_a_span(gazetteer_spans(normalize(part))))
            if names:
                # (and the building an Arabic place opens with, as it is written: "Rabat (“مركز أبي رقراق ...”)")
                hall = parts[0] if ARABIC_CHAR.search(other) and is_building(parts[0]) else ""
                quoted = {"fr": " (« {} »)"}.get(lang, " (“{}”)").format(hall) if hall else ""
                return ", ".join(names) + quoted
        return {"fr": "« {} »", "ar": "«{}»"}.get(lang, "“{}”").format(other)    # as a name in another language is

    @property
    def building(self) -> str:
        """The building a place found in a document starts with ("Zahran Grand Hotel", "قاعة الفسطاط"), or ""."""
        parts = place_parts(next(iter(self.place.values()), ""))
        return parts[0] if parts and is_building(parts[0]) else ""

    def named_places(self) -> list[str]:
        """The places it is held in, by name: a curated entry's city ("New York", "نيويورك"); the parts
        of a place found in a document ("Zahran Grand Hotel", "Amman", "Jordan"). Not "online"."""
        if self.city:
            return [c for c in self.city.values() if c]
        if self.origin != "extracted":
            return []
        return [p for place in self.place.values() for p in place_names(place)]

    def activity_places(self) -> list[str]:
        """The places, by name, of the activity a date is of (where the meeting is held whose deadline it is)."""
        return [p for place in self.activity_place.values() for p in place_names(place)]


def _one_name_a_span(spans) -> list[str]:
    """The gazetteer's names of a place's words, one for each run of words: the city when the words may name a city
    or a country ("عمّان" of a venue line is Amman, not Amman and Oman)."""
    from bot.text.places import CITIES

    by_span: dict[tuple[int, int], list[str]] = {}
    for start, end, name in sorted(spans):
        by_span.setdefault((start, end), []).append(name)
    return [next((n for n in names if n in CITIES), names[0]) for names in by_span.values()]


def _day(n: int, lang: str) -> str:
    return "1er" if lang == "fr" and n == 1 else str(n)


def format_date(d: date, lang: str, precision: str = "day") -> str:
    m = MONTHS[lang][d.month - 1]
    if precision == "year":
        return str(d.year)
    if precision == "month":
        return f"{m} {d.year}"
    return f"{_day(d.day, lang)} {m} {d.year}"


def format_iso_date(value: str | date | None, lang: str) -> str:
    """"2022-05-17" -> "17 May 2022" / "17 mai 2022" / "17 أيار/مايو 2022"; "2022-05" -> "May 2022"."""
    if not value:
        return ""
    if isinstance(value, date):
        value = value.isoformat()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", str(value).strip())
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return str(value) if not m else m.group(1)
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    precision = "day" if m.group(3) else "month" if m.group(2) else "year"
    return format_date(date(year, month, day), lang if lang in ("ar", "en", "fr") else "en", precision)


def format_event_dates(event: Event, lang: str) -> str:
    """The event's dates as the language writes them, with its preposition in fr/ar."""
    s, e, p = event.start, event.end, event.precision
    if p == "year":
        return {"en": f"in {s.year}", "fr": f"en {s.year}", "ar": f"في عام {s.year}"}[lang]
    if p == "month" and e and (e.year, e.month) != (s.year, s.month):      # months found in a document
        a, b = format_date(s, lang, "month"), format_date(e, lang, "month")
        return {"en": f"between {a} and {b}", "fr": f"entre {a} et {b}", "ar": f"من {a} إلى {b}"}[lang]
    if p == "month":
        text = format_date(s, lang, "month")
        return {"en": f"in {text}", "fr": f"en {text}", "ar": f"في {text}"}[lang]
    if not e or e == s:
        text = format_date(s, lang)
        return {"en": f"on {text}", "fr": f"le {text}", "ar": f"في {text}"}[lang]
    if lang == "en":
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.day}–{e.day} {MONTHS['en'][s.month - 1]} {s.year}"
        if s.year == e.year:
            return f"{s.day} {MONTHS['en'][s.month - 1]} – {e.day} {MONTHS['en'][e.month - 1]} {s.year}"
        return f"{format_date(s, 'en')} – {format_date(e, 'en')}"
    if lang == "fr":
        if (s.year, s.month) == (e.year, e.month):
            return f"du {_day(s.day, 'fr')} au {e.day} {MONTHS['fr'][s.month - 1]} {s.year}"
        if s.year == e.year:
            return f"du {_day(s.day, 'fr')} {MONTHS['fr'][s.month - 1]} au {_day(e.day, 'fr')} {MONTHS['fr'][e.month - 1]} {s.year}"
        return f"du {format_date(s, 'fr')} au {format_date(e, 'fr')}"
    if (s.year, s.month) == (e.year, e.month):
        return f"من {s.day} إلى {e.day} {MONTHS['ar'][s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"من {s.day} {MONTHS['ar'][s.month - 1]} إلى {e.day} {MONTHS['ar'][e.month - 1]} {s.year}"
    return f"من {format_date(s, 'ar')} إلى {format_date(e, 'ar')}"


def arabic_count(n: int, one: str, two: str, few: str, many: str) -> str:
    """Arabic number agreement: يوم واحد، يومان، 3 أيام، 11 يومًا، 100 يوم."""
    if n == 1:
        return one
    if n == 2:
        return two
    r = n % 100
    if 3 <= r <= 10:
        return f"{n} {few}"
    if 11 <= r <= 99:
        return f"{n} {many}"
    return f"{n} {one.split()[0]}"


def _span(days: int, lang: str) -> str:
    """A human span: days up to 60, then months (rounded), then whole years (two and a half years ago is
    "2 years ago", as people say it, not "3")."""
    if days <= 60:
        n, unit = days, "day"
    elif round(days / 30.44) < 24:
        n, unit = round(days / 30.44), "month"
    else:
        n, unit = max(2, int(days // 365.25)), "year"
    if lang == "en":
        return f"{n} {unit}{'s' if n != 1 else ''}"
    if lang == "fr":
        word = {"day": "jour", "month": "mois", "year": "an"}[unit]
        return f"{n} {word}{'s' if n > 1 and unit != 'month' else ''}"
    forms = {
        # genitive: the span always follows بعد / منذ
        "day": ("يوم واحد", "يومين", "أيام", "يومًا"),
        "month": ("شهر واحد", "شهرين", "أشهر", "شهرًا"),
        "year": ("سنة واحدة", "سنتين", "سنوات", "سنة"),
    }[unit]
    return arabic_count(n, *forms)


def relative_phrase(event: Event, today: date, lang: str) -> str:
    """"upcoming, in 12 days" / "ongoing" / "past, 2 years ago" in the language."""
    status = event.status(today)
    if status == "ongoing" and event.precision != "day":
        # "in 2026" while in 2026: the documents give no exact date, so say no more than that
        from bot.messages import t

        return t(f"timeline.ongoing_{event.precision}", lang)
    if status == "ongoing":
        return {"en": "taking place now", "fr": "en cours", "ar": "جارٍ حاليًا"}[lang]
    if status == "upcoming":
        days = (event.start - today).days
        if days == 1:
            return {"en": "upcoming: tomorrow", "fr": "à venir : demain", "ar": "قادم: غدًا"}[lang]
        span = _span(days, lang)
        return {"en": f"upcoming: in {span}", "fr": f"à venir : dans {span}", "ar": f"قادم: بعد {span}"}[lang]
    days = (today - event.last_day).days
    if days == 1:
        return {"en": "past: yesterday", "fr": "passé : hier", "ar": "مضى: أمس"}[lang]
    span = _span(days, lang)
    return {"en": f"past: {span} ago", "fr": f"passé : il y a {span}", "ar": f"مضى: منذ {span}"}[lang]


def _as_date(value, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise ValueError(f"{where}: {value!r} is not a date (write YYYY-MM-DD)") from err


def load_timeline(knowledge_dir: Path) -> list[Event]:
    """The events, sorted by date. Raises ValueError naming the entry when one is malformed."""
    path = Path(knowledge_dir) / "timeline.yaml"
    if not path.exists():
        return []
    data = read_yaml(path) or {}
    events = []
    for i, raw in enumerate(data.get("events") or [], 1):
        where = f"{path}: events[{i}] ({raw.get('id', '?') if isinstance(raw, dict) else '?'})"
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("start") or not raw.get("name"):
            raise ValueError(f"{where}: needs id, start and name")
        name = raw["name"] if isinstance(raw["name"], dict) else {"en": str(raw["name"])}
        missing = [lang for lang in ("ar", "en", "fr") if not name.get(lang)]
        if missing:
            raise ValueError(f"{where}: name lacks {', '.join(missing)}")
        precision = raw.get("precision", "day")
        if precision not in ("day", "month", "year"):
            raise ValueError(f"{where}: precision must be day, month or year")
        events.append(Event(
            id=str(raw["id"]), name=name,
            start=_as_date(raw["start"], where),
            end=_as_date(raw["end"], where) if raw.get("end") else None,
            precision=precision, kind=str(raw.get("kind", "event")),
            place=dict(raw.get("place") or {}), city=dict(raw.get("city") or {}), keywords=dict(raw.get("keywords") or {}),
            document=str(raw.get("document", "")), quote=str(raw.get("quote", "")),
        ))
    events.sort(key=lambda e: (e.start, e.id))
    return events


def validate_timeline(knowledge_dir: Path) -> tuple[list[Event], list[tuple[str, str]]]:
    """(events, problems): every event's quotation must be found in its document."""
    from bot.knowledge.cards import document_texts, quote_found

    path = str(Path(knowledge_dir) / "timeline.yaml")
    try:
        events = load_timeline(knowledge_dir)
    except (ValueError, yaml.YAMLError) as err:
        return [], [(path, str(err))]
    texts = document_texts(knowledge_dir)
    problems = []
    seen = set()
    for e in events:
        if e.id in seen:
            problems.append((path, f"event id {e.id!r} is used twice"))
        seen.add(e.id)
        if e.document and e.document not in texts:
            problems.append((path, f"event {e.id!r}: document {e.document!r} is not in manifest.yaml"))
        elif e.quote and not quote_found(e.quote, texts.get(e.document, "")):
            problems.append((path, f"event {e.id!r}: quotation not found in {e.document}: {e.quote[:80]!r}"))
    return events, problems
