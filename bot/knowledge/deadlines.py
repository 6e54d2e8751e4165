"""The dates people ask for: what is coming, what has passed, and an .ics calendar file.

One list for every channel (``/deadlines`` on Telegram, ``gcmbot deadlines``):
upcoming (and ongoing) events first, soonest first, then the most recent past
ones, each marked upcoming / past with how many days away or ago, its place and
its source document, dates written the way the user's language writes them.
"today" is always passed in (the clock is injected), never read here.
"""
from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.messages import t
from bot.knowledge.timeline import Event, format_date, format_event_dates, relative_phrase

log = logging.getLogger(__name__)

PAST_SHOWN = 5            # how many past events the list shows (most recent first)
QUOTE_CHARS = 220         # an extracted event's sentence, shown under its name, is cut at this length
KIND_MARKS = {"deadline": "⏳", "registration": "📝", "publication": "📰"}
STAY_INFORMED_URL = "https://migrationnetwork.un.org/country-regional-network/arab-states"
RLM = "\u200f"            # keeps Arabic lines right-to-left when they start with digits or Latin text


@dataclass
class DocRef:
    title: str
    date: str = ""
    url: str = ""


@dataclass
class Listing:
    today: date
    upcoming: list[Event] = field(default_factory=list)     # upcoming and ongoing, soonest first
    past: list[Event] = field(default_factory=list)         # most recent first, at most PAST_SHOWN
    past_hidden: int = 0                                     # older past events not shown

    @property
    def events(self) -> list[Event]:
        return self.upcoming + self.past


def select_events(events: list[Event], today: date, past_shown: int = PAST_SHOWN) -> Listing:
    ahead = [e for e in events if e.status(today) != "past"]
    ahead.sort(key=lambda e: (e.start, e.id))
    gone = [e for e in events if e.status(today) == "past"]
    gone.sort(key=lambda e: (e.last_day, e.start, e.id), reverse=True)
    return Listing(today=today, upcoming=ahead, past=gone[:past_shown], past_hidden=max(0, len(gone) - past_shown))


def local_today(now: datetime, tz: str) -> date:
    return now.astimezone(ZoneInfo(tz)).date()


# --------------------------------------------------------------------------- sources
def document_refs(knowledge_dir: Path) -> dict[str, DocRef]:
    """Document id -> its title (per language), date and address, from manifest.yaml."""
    try:
        from ingest.manifest import load_manifest

        manifest = load_manifest(Path(knowledge_dir))
    except Exception as err:  # a broken manifest must not break the dates
        log.warning("deadlines: cannot read the manifest (%s); sources shown by id", err)
        return {}
    return {info.id: info for info in manifest.values()}  # DocumentInfo has title_in(lang), date, url


def _source(event: Event, lang: str, docs: dict) -> tuple[str, str, str]:
    """(title, date as the language writes it, url) of the event's source document."""
    info = docs.get(event.document)
    if info is None:                 # a document without a manifest entry: the title it was indexed with
        return (event.doc_title or event.document, "", "")
    title = info.title_in(lang) if hasattr(info, "title_in") else getattr(info, "title", event.document)
    when = ""
    if getattr(info, "date", ""):
        try:
            when = format_date(date.fromisoformat(info.date), lang)
        except ValueError:
            when = info.date
    return (title, when, getattr(info, "url", "") or "")


# --------------------------------------------------------------------------- phrases
def display_name(event: Event, lang: str, *, mark: bool = True) -> str:
    """The event's name; an extracted deadline, registration or publication says which it is."""
    name = event.name_in(lang)
    if event.origin == "extracted" and event.kind in KIND_MARKS:   # curated names say what they are
        label = t("deadlines.kind_" + event.kind, lang)
        name = f"{KIND_MARKS[event.kind] + ' ' if mark else ''}{label}: {name}"
    return name


def _quote(event: Event) -> str:
    q = event.quote
    return q if len(q) <= QUOTE_CHARS else q[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"


def event_lines(event: Event, today: date, lang: str, docs: dict, *, html_mode: bool) -> list[str]:
    esc = html.escape if html_mode else (lambda s: s)
    status = event.status(today)
    mark = {"upcoming": "🔜", "ongoing": "🟢", "past": "✔️"}[status]
    name = esc(display_name(event, lang))
    lines = [f"{mark} <b>{name}</b>" if html_mode else f"{mark} {name}"]
    lines.append(f"   {esc(format_event_dates(event, lang))} · {esc(relative_phrase(event, today, lang))}")
    if event.origin == "extracted" and event.quote:
        # found in a document, not curated: the sentence that gives the date, as the document writes it
        lines.append("   " + esc(t("deadlines.quote", lang, quote=_quote(event))))
    place = event.place_in(lang)
    if place:
        lines.append("   " + esc(t("deadlines.place", lang, place=place)))
    title, when, url = _source(event, lang, docs)
    if title:
        src = t("deadlines.source", lang, title=title) + (f" ({when})" if when else "")
        if html_mode and url:
            lines.append(f'   <a href="{html.escape(url, quote=True)}">{esc(src)}</a>')
        else:
            lines.append("   " + esc(src))
    return lines


def render(listing: Listing, lang: str, docs: dict | None = None, *, html_mode: bool = False,
           commands: bool = True) -> str:
    """The whole list as text (HTML for Telegram, plain for the terminal)."""
    docs = docs or {}
    esc = html.escape if html_mode else (lambda s: s)
    bold = (lambda s: f"<b>{s}</b>") if html_mode else (lambda s: s)
    today_text = format_date(listing.today, lang)
    out = [bold(esc(t("deadlines.title", lang, today=today_text)))]
    if not listing.upcoming and not listing.past:
        out += ["", esc(t("deadlines.empty", lang))]
    if listing.upcoming:
        out += ["", bold(esc(t("deadlines.upcoming_header", lang)))]
        for e in listing.upcoming:
            out += event_lines(e, listing.today, lang, docs, html_mode=html_mode) + [""]
        out.pop()
    else:
        out += ["", esc(t("deadlines.none_upcoming", lang, url=STAY_INFORMED_URL))]
    if listing.past:
        out += ["", bold(esc(t("deadlines.past_header", lang)))]
        for e in listing.past:
            out += event_lines(e, listing.today, lang, docs, html_mode=html_mode) + [""]
        out.pop()
        if listing.past_hidden:
            out += ["", esc(t("deadlines.past_hidden", lang, count=listing.past_hidden))]
    if commands:
        out += ["", esc(t("deadlines.footer", lang))]
    text = "\n".join(out)
    if lang == "ar" and not html_mode:  # Telegram HTML gets its marks from telegram_format.finish
        text = "\n".join(RLM + line if line.strip() else line for line in text.split("\n"))
    return text


# --------------------------------------------------------------------------- iCalendar
def _timed_start(event: Event) -> datetime | None:
    """An event with a time of day: attributes ``start_time`` (datetime.time) and ``tz`` (IANA name)."""
    start_time = getattr(event, "start_time", None)
    if not start_time:
        return None
    if isinstance(start_time, str):
        start_time = time.fromisoformat(start_time)
    zone = ZoneInfo(getattr(event, "tz", None) or "UTC")
    return datetime.combine(event.start, start_time, tzinfo=zone)


def calendar_events(events: list[Event]) -> list[Event]:
    """Events that belong in a calendar: a known day, or a known month (shown across that month).
    Events known only by their year are left out (a year-long entry helps no one)."""
    return [e for e in events if e.precision in ("day", "month")]


def to_ics(events: list[Event], lang: str, now: datetime, docs: dict | None = None) -> bytes:
    """A valid iCalendar file of ``events``, names in ``lang``; parsed back before it is returned."""
    from icalendar import Calendar
    from icalendar import Event as VEvent

    docs = docs or {}
    stamp = now.astimezone(timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//GCM Help Desk//gcm-helpdesk//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", t("deadlines.calendar_name", lang))
    for e in calendar_events(events):
        ve = VEvent()
        ve.add("uid", f"{e.id}-{e.start.isoformat()}@gcm-helpdesk")
        ve.add("dtstamp", stamp)
        ve.add("summary", display_name(e, lang, mark=False))
        timed = _timed_start(e)
        if timed is not None:
            duration = getattr(e, "duration", None) or timedelta(hours=2)
            ve.add("dtstart", timed)
            ve.add("dtend", timed + duration)
        else:
            ve.add("dtstart", e.start)                                  # VALUE=DATE: all day
            ve.add("dtend", e.last_day + timedelta(days=1))             # exclusive end
            ve.add("transp", "TRANSPARENT")
        place = e.place_in(lang)
        if place:
            ve.add("location", place)
        title, when, url = _source(e, lang, docs)
        description = [format_event_dates(e, lang)]
        if e.precision == "month":
            description.append(t("deadlines.ics_month_note", lang))
        if e.origin == "extracted" and e.quote:
            description.append(t("deadlines.quote", lang, quote=_quote(e)))
        if title:
            source = t("deadlines.source", lang, title=title).removeprefix("📄").strip()
            description.append(source + (f" ({when})" if when else ""))
        ve.add("description", "\n".join(description))
        if url:
            ve.add("url", url)
        ve.add("categories", [e.kind])
        cal.add_component(ve)
    data = cal.to_ical()
    parsed = Calendar.from_ical(data)  # validated by parsing it back
    if len(parsed.walk("VEVENT")) != len(calendar_events(events)):
        raise ValueError("the calendar file did not parse back with every event")
    return data


def ics_filename(lang: str) -> str:
    return f"gcm-dates-{lang}.ics"
