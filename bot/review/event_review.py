"""The secretariat's review of the dates found in the documents: list them, hide one, correct
one (dates, name, kind), or undo. Used by ``gcmbot timeline`` and the dashboard's Dates page.

Decisions are stored by :mod:`bot.storage.event_overrides` (question-log database) and applied
by :func:`bot.knowledge.events.merge`, so they hold after any re-ingest and for every process.
Only extracted events are reviewed here: a curated event is changed in ``timeline.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.knowledge.events import load_events, read_index
from bot.knowledge.timeline import Event
from bot.storage import event_overrides

KINDS = ("event", "deadline", "registration", "publication")
LANGS = ("ar", "en", "fr")


class ReviewError(ValueError):
    """A request the secretariat must change; the message says what to do."""


@dataclass
class Row:
    event: Event
    status: str                    # shown | hidden | superseded
    override: object | None = None

    @property
    def dates(self) -> str:
        e = self.event
        if e.precision == "month":
            text = e.start.strftime("%Y-%m")
            return f"{text}..{e.end.strftime('%Y-%m')}" if e.end else text
        return f"{e.start.isoformat()}..{e.end.isoformat()}" if e.end else e.start.isoformat()


@dataclass
class Listing:
    rows: list[Row]
    orphans: list                  # decisions on events no longer in the documents
    problem: str = ""              # why the index could not be read, if it could not


def listing(settings, overrides: dict | None = None) -> Listing:
    """Every extracted event (shown, hidden, or superseded by a curated one), by date."""
    extracted, problem = read_index(settings)
    if overrides is None:
        overrides = event_overrides.read_from_settings(settings)
    merged = load_events(settings, extracted=extracted, overrides=overrides, include_hidden=True)
    rows = [Row(e, "superseded" if e.superseded_by else "hidden" if e.hidden else "shown", overrides.get(e.id))
            for e in merged if e.origin == "extracted"]
    known = {e.id for e in extracted}
    orphans = [o for o in overrides.values() if o.event_id not in known]
    return Listing(rows, orphans, problem)


def parse_dates(text: str) -> tuple[date, date | None, str]:
    """"2027-03-15" (a day), "2027-03" (a month), "2027-03-15..2027-03-18" (days), "2027-03..2027-05"
    (months) -> (start, end, precision)."""
    raw = (text or "").strip()
    parts = [p.strip() for p in re.split(r"\s*\.\.\s*", raw)]
    try:
        if len(parts) in (1, 2) and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) for p in parts):
            start = date.fromisoformat(parts[0])
            end = date.fromisoformat(parts[1]) if len(parts) == 2 else None
            precision = "day"
        elif len(parts) in (1, 2) and all(re.fullmatch(r"\d{4}-\d{2}", p) for p in parts):
            start = date.fromisoformat(parts[0] + "-01")
            end = None
            if len(parts) == 2:
                y, m = map(int, parts[1].split("-"))
                nxt = date(y + (m == 12), m % 12 + 1, 1)
                end = date.fromordinal(nxt.toordinal() - 1)
            precision = "month"
        else:
            raise ValueError
    except ValueError:
        raise ReviewError(f"date {raw!r}: write YYYY-MM-DD (a day), YYYY-MM (a month), or two of them "
                          "joined by .. for a range, e.g. 2027-03-15..2027-03-18") from None
    if end is not None and end <= start:
        raise ReviewError(f"date {raw!r}: the range must end after it starts")
    return start, end, precision


def _extracted(settings, event_id: str) -> Event:
    rows = listing(settings).rows
    for r in rows:
        if r.event.id == event_id:
            return r.event
    from bot.knowledge.timeline import load_timeline

    if any(e.id == event_id for e in load_timeline(settings.knowledge_dir)):
        raise ReviewError(f"{event_id} is a curated event of timeline.yaml: change it in that file")
    raise ReviewError(f"no event {event_id!r} was found in the documents: `gcmbot timeline` lists them "
                      "(re-ingest first if a document changed)")


def hide(settings, engine, event_id: str, hidden: bool = True) -> Event:
    e = _extracted(settings, event_id)
    event_overrides.set_hidden(engine, event_id, hidden, document=e.document, sentence=e.quote)
    return e


def correct(settings, engine, event_id: str, *, dates: str = "", name: str = "", names: dict | None = None,
            kind: str = "") -> Event:
    """Correct an event's dates (see :func:`parse_dates`), name (in its document's language, or
    ``names`` {lang: name}) and/or kind."""
    names = {lang: n.strip() for lang, n in (names or {}).items() if n and n.strip()}
    if not (dates.strip() or name.strip() or names or kind):
        raise ReviewError("give what to correct: a date, a name or a kind")
    if kind and kind not in KINDS:
        raise ReviewError(f"kind {kind!r}: choose one of {', '.join(KINDS)}")
    bad = [lang for lang in names if lang not in LANGS]
    if bad:
        raise ReviewError(f"name language {bad[0]!r}: choose ar, en or fr")
    start = end = precision = None
    if dates.strip():
        start, end, precision = parse_dates(dates)
    e = _extracted(settings, event_id)
    if name.strip():
        names.setdefault(next(iter(e.name), "en"), name.strip())
    event_overrides.correct(engine, event_id, start=start, end=end, precision=precision, kind=kind or None,
                            names=names or None, document=e.document, sentence=e.quote)
    return e


def reset(settings, engine, event_id: str) -> bool:
    """Undo every decision on an event."""
    return event_overrides.reset(engine, event_id)
