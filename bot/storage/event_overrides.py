"""The secretariat's decisions on events found in the documents: hide one, or correct its dates,
name or kind (table ``event_overrides``, in the question-log database).

Why the question-log database: it is the one place every process shares (SQLite in the data
dir for one host, PostgreSQL for several replicas), and it is not touched by ingestion, so a
decision outlives any re-ingest or ``--rebuild``. Rows are keyed by the event's stable id
(``ingest.dates.event_id``); a row whose event no longer exists (its sentence changed) is kept
and shown as such, never applied to another event.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine

from bot.storage.schema import event_overrides

log = logging.getLogger(__name__)


@dataclass
class Override:
    event_id: str
    hidden: bool = False
    start: date | None = None
    end: date | None = None
    precision: str | None = None
    kind: str | None = None
    names: dict = field(default_factory=dict)
    document: str = ""
    sentence: str = ""
    updated_at: datetime | None = None

    @property
    def corrected(self) -> bool:
        return bool(self.start or self.kind or self.names)


def read(engine: Engine) -> dict[str, Override]:
    with engine.connect() as conn:
        rows = conn.execute(select(event_overrides)).mappings().all()
    return {r["event_id"]: Override(
        event_id=r["event_id"], hidden=bool(r["hidden"]), start=r["start"], end=r["end"], precision=r["precision"],
        kind=r["kind"], names=dict(r["names"] or {}), document=r["document"] or "", sentence=r["sentence"] or "",
        updated_at=r["updated_at"]) for r in rows}


def _save(engine: Engine, event_id: str, values: dict, document: str, sentence: str, now: datetime | None) -> None:
    values = {**values, "updated_at": now or datetime.now(timezone.utc)}
    with engine.begin() as conn:
        found = conn.execute(select(event_overrides.c.event_id).where(event_overrides.c.event_id == event_id)).first()
        if found:
            conn.execute(update(event_overrides).where(event_overrides.c.event_id == event_id).values(**values))
        else:
            conn.execute(insert(event_overrides).values(event_id=event_id, document=document, sentence=sentence,
                                                        **{"hidden": False, **values}))


def set_hidden(engine: Engine, event_id: str, hidden: bool = True, *, document: str = "", sentence: str = "",
               now: datetime | None = None) -> None:
    _save(engine, event_id, {"hidden": hidden}, document, sentence, now)


def correct(engine: Engine, event_id: str, *, start: date | None = None, end: date | None = None,
            precision: str | None = None, kind: str | None = None, names: dict | None = None,
            document: str = "", sentence: str = "", now: datetime | None = None) -> None:
    """Record a correction; only what is given changes (dates are given together: start, end, precision)."""
    values: dict = {}
    if start is not None:
        values.update(start=start, end=end, precision=precision or "day")
    if kind is not None:
        values["kind"] = kind
    if names:
        values["names"] = dict(names)
    if values:
        _save(engine, event_id, values, document, sentence, now)


def reset(engine: Engine, event_id: str) -> bool:
    """Forget every decision on an event (shown as extracted again). True when there was one."""
    with engine.begin() as conn:
        return conn.execute(delete(event_overrides).where(event_overrides.c.event_id == event_id)).rowcount > 0


def read_from_settings(settings) -> dict[str, Override]:
    """The decisions, read without creating anything (no database yet: none). A database that
    cannot be reached is logged and read as none: dates are still listed, unfiltered."""
    from bot.settings import mask_url_password
    from bot.storage.store import _make_engine

    url = settings.sqlalchemy_url
    if url.startswith("sqlite") and not Path(url.split("///", 1)[-1]).exists():
        return {}
    engine = _make_engine(url)
    try:
        if not inspect(engine).has_table(event_overrides.name):
            return {}
        return read(engine)
    except sa_exc.SQLAlchemyError as err:
        log.warning("cannot read the secretariat's event decisions from %s (%s); events are shown as extracted",
                    mask_url_password(url), type(err).__name__)
        return {}
    finally:
        engine.dispose()
