"""Every dated event the help desk knows: the curated ``timeline.yaml`` and the events found in
the documents at ingest (``ingest/dates.py``), with the secretariat's decisions applied.

:func:`load_events` is the one function ``/deadlines``, ``gcmbot deadlines``, the .ics file,
reminders and the engine's "when / where / deadline" answers read.

Where the extracted events are: in the Chroma collection, each chunk's metadata ``events``
holds (as JSON) the events whose sentence is in that chunk. They are written, replaced and
removed with their document's chunks, so they are always the current documents' events, and
every process reads them where it reads the index (embedded Chroma, or a Chroma server shared
by several replicas). The secretariat's hides and corrections live in the question-log
database (``bot/storage/event_overrides.py``), which ingestion never touches.

Curated wins: an extracted event is left out when a ``timeline.yaml`` entry of the same kind
family (a happening: event, milestone; a date to meet: deadline, registration, publication,
milestone) already says it: from the same document, when the extracted dates lie within the
curated ones (a day of a curated range; a month that holds a curated day); from any
document, when the dates are the same.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from datetime import date
from typing import Iterable

from bot.knowledge.timeline import Event, load_timeline
from ingest.dates import METADATA_KEY, NUMBERED, section_name

log = logging.getLogger(__name__)

# an extracted name is matched without its leading article ("The Regional Stakeholder Consultation"
# is also "la Regional Stakeholder Consultation" in a French question)
LEADING_ARTICLE = re.compile(r"^(?:(?:the|a|an|le|la|les|un|une|des)\s+|l['’]\s*)", re.IGNORECASE)
HAPPENINGS = {"event", "milestone"}
DATES_TO_MEET = {"deadline", "registration", "publication", "milestone"}


# --------------------------------------------------------------------------- extracted events
def from_metadata(metadatas: Iterable[dict]) -> list[Event]:
    """The extracted events held in chunk metadata, once each (overlapping chunks may repeat one)."""
    events: dict[str, Event] = {}
    for meta in metadatas:
        raw = (meta or {}).get(METADATA_KEY)
        if not raw:
            continue
        try:
            items = json.loads(raw)
        except ValueError:
            log.warning("chunk of %s: unreadable events metadata; run `gcmbot ingest --rebuild`", meta.get("doc_id"))
            continue
        for item in items:
            if item.get("id") in events:
                continue
            try:
                lang = item.get("language") or "en"
                bare = LEADING_ARTICLE.sub("", item["name"]).rstrip("…").strip()
                # (a date of an activity is known by the activity's name too: "Accréditation — Réunion préparatoire")
                # (and by its section's name: "Préparer et déposer la demande d'accréditation" under "3. Accréditation
                # au Forum d'examen des migrations internationales (IMRF) 2034")
                # (a numbered section of the document's body: "6. Sélection", not a subtitle under its title)
                last = (item.get("section") or "").rsplit(" > ", 1)[-1]
                heading = section_name(last) if NUMBERED.match(last) else ""
                known = [k for k in (bare if len(bare.split()) >= 2 and bare != item["name"] else "",
                                     item.get("activity", ""),
                                     heading if re.search(r"[^\W\d_]{2}", heading) and heading != item["name"] else "")
                         if k]
                events[item["id"]] = Event(
                    id=item["id"], name={lang: item["name"]},
                    keywords={lang: known} if known else {},
                    activity_place={lang: item["activity_place"]} if item.get("activity_place") else {},
                    start=date.fromisoformat(item["start"]),
                    end=date.fromisoformat(item["end"]) if item.get("end") else None,
                    precision=item.get("precision", "day"), kind=item.get("kind", "event"),
                    document=item.get("document") or meta.get("doc_id", ""), quote=item.get("sentence", ""),
                    place={lang: item["place"]} if item.get("place") else {},
                    origin="extracted", section=item.get("section", ""), doc_title=meta.get("title", ""),
                    notes=list(item.get("notes") or []),
                )
            except (KeyError, ValueError) as err:
                log.warning("chunk of %s: skipping a malformed event (%s)", meta.get("doc_id"), err)
    return list(events.values())


def read_index(settings) -> tuple[list[Event], str]:
    """(extracted events, problem) read from the Chroma collection; no index yet: ([], reason)."""
    from ingest.vectorstore import make_client

    no_index = "no index yet: run `gcmbot ingest` to add the dates found in the documents"
    if not settings.chroma_url and not settings.chroma_dir.exists():
        return [], no_index                          # nothing to read, and nothing created by reading
    try:
        client = make_client(settings)
        try:
            col = client.get_collection(settings.collection, embedding_function=None)
        except Exception:
            return [], no_index
        data = col.get(where={METADATA_KEY: {"$ne": ""}}, include=["metadatas"])
        return from_metadata(data.get("metadatas") or []), ""
    except Exception as err:   # the dates of timeline.yaml are still worth listing
        log.warning("cannot read the events found in the documents (%s)", err)
        return [], f"cannot read the index ({type(err).__name__}: {err})"


# --------------------------------------------------------------------------- merging
def _family_overlap(a: str, b: str) -> bool:
    return (a in HAPPENINGS and b in HAPPENINGS) or (a in DATES_TO_MEET and b in DATES_TO_MEET)


def curated_covers(c: Event, e: Event) -> bool:
    """Does curated ``c`` already say extracted ``e``? (see the module docstring)"""
    if not _family_overlap(c.kind, e.kind):
        return False
    if (c.start, c.last_day, c.precision) == (e.start, e.last_day, e.precision):
        return True
    if c.document != e.document:
        return False
    if e.precision == "day":
        return c.precision == "day" and c.start <= e.start and e.last_day <= c.last_day
    if e.precision == "month":
        if c.precision == "month":
            return c.start <= e.start and e.last_day <= c.last_day
        return c.precision == "day" and not e.end and (c.start.year, c.start.month) == (e.start.year, e.start.month)
    return False


def apply_override(e: Event, o) -> Event:
    """``e`` with the secretariat's decision ``o`` (bot.storage.event_overrides.Override) applied."""
    changes: dict = {"hidden": bool(o.hidden)}
    if o.start:
        changes.update(start=o.start, end=o.end, precision=o.precision or "day")
    if o.kind:
        changes["kind"] = o.kind
    if o.names:
        changes["name"] = {**e.name, **o.names}
    changes["corrected"] = bool(o.start or o.kind or o.names)
    return replace(e, **changes)


def merge(curated: list[Event], extracted: list[Event], overrides: dict | None = None,
          include_hidden: bool = False) -> list[Event]:
    """Curated events, then the extracted ones curated does not already say, decisions applied,
    sorted by date. ``include_hidden``: also the hidden and superseded ones (marked), for review."""
    overrides = overrides or {}
    out = list(curated)
    for e in extracted:
        cover = next((c for c in curated if curated_covers(c, e)), None)
        if e.id in overrides:
            e = apply_override(e, overrides[e.id])
        if cover is not None:
            e = replace(e, superseded_by=cover.id)
        if include_hidden or not (e.hidden or e.superseded_by):
            out.append(e)
    out.sort(key=lambda ev: (ev.start, ev.id))
    return out


def load_events(settings, *, metadatas: Iterable[dict] | None = None, extracted: list[Event] | None = None,
                overrides: dict | None = None, include_hidden: bool = False) -> list[Event]:
    """Curated + extracted events with the secretariat's decisions: what every channel lists.
    ``metadatas``: chunk metadata already read (the engine's), or ``extracted``: events already
    read; else they are read from the index. Raises ValueError when timeline.yaml is malformed
    (the message names the entry)."""
    curated = load_timeline(settings.knowledge_dir)
    if extracted is None:
        extracted = from_metadata(metadatas) if metadatas is not None else read_index(settings)[0]
    if overrides is None:
        from bot.storage.event_overrides import read_from_settings

        overrides = read_from_settings(settings) if extracted else {}
    return merge(curated, extracted, overrides, include_hidden=include_hidden)
