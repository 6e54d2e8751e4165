"""Reminders before each upcoming date, by PTB's job queue.

Which reminders exist (pure functions, tested without Telegram):
an event with a known day gets reminders 30, 7 and 1 days before its start, an
event known only by its month one reminder 30 days before that month; events
known only by their year get none. Each fires at ``settings.reminder_hour``
local time in ``settings.timezone``.

How they are sent: one ``run_once`` job per future reminder moment, a catch-up
at start (a reminder whose moment passed while the bot was down, for an event
still ahead, is sent once: only the latest of the passed ones), an hourly check
as a safety net, and a watch on the dates (every minute: an edit of ``timeline.yaml``, an
ingest that found other dates in the documents, or the secretariat hiding or correcting one
reschedules). :func:`reschedule` is what ``/reload`` calls. Every send is first
claimed in ``sent_reminders`` (unique per user, event, date and reminder), so
nobody gets the same reminder twice, across restarts and workers. A user who
blocked the bot is unsubscribed. Logged questions older than
``GCMBOT_RETENTION_DAYS`` are purged at start and daily (with the journal's old
update ids and stale conversation turns).

Several replicas: every replica schedules the jobs, but only the holder of the
``scheduler`` lease (:class:`bot.telegram_channel.replicas.Replica`, renewed every
few seconds) sends reminders and purges. When the holder dies another replica takes
the lease once it has expired, and catches up at once (purge, due reminders); the
claims in ``sent_reminders`` still guard against a reminder sent twice.

Time is read from ``application.bot_data["clock"]`` (a callable returning an
aware datetime); jobs are scheduled by their delay from that clock, so a test
clock set just before a moment sees the job fire.
"""
from __future__ import annotations

import asyncio
import html
import logging
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable
from zoneinfo import ZoneInfo

from bot.messages import t
from bot.knowledge.timeline import Event

log = logging.getLogger(__name__)

DAYS_BEFORE_DAY = (30, 7, 1)
DAYS_BEFORE_MONTH = (30,)
JOB_PREFIX = "gcm-reminder"
CHECK_EVERY = 3600          # seconds: the safety-net check
WATCH_EVERY = 60            # seconds: have the dates changed?
PURGE_AT = time(3, 30)      # local time of the daily retention purge
SCHEDULER = "scheduler"     # the lease of the replica that sends reminders and purges
TURNS_KEPT = timedelta(days=1)   # conversation turns (follow-ups look back 30 minutes) kept at most this long


# --------------------------------------------------------------------------- the clock
def clock_from_env() -> Callable[[], datetime]:
    """Real time, or, when ``GCMBOT_FAKE_NOW`` is set (ISO datetime; naive means UTC), a clock
    that starts at that instant and advances with real time (so scheduled jobs still fire).
    The same rule as ``bot.telegram_channel.app.make_clock``, without importing Telegram."""
    raw = os.environ.get("GCMBOT_FAKE_NOW", "").strip()
    if not raw:
        return lambda: datetime.now(timezone.utc)
    start = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    import time as _time

    t0 = _time.monotonic()
    return lambda: start + timedelta(seconds=_time.monotonic() - t0)


def now_of(application) -> datetime:
    clock = application.bot_data.get("clock")
    if clock is None:
        clock = application.bot_data["clock"] = clock_from_env()
    return clock()


# --------------------------------------------------------------------------- which reminders
@dataclass(frozen=True)
class Moment:
    event: Event
    days_before: int
    at: datetime            # aware

    @property
    def key(self) -> tuple[str, date, int]:
        return (self.event.id, self.event.start, self.days_before)


def reminder_days(event: Event) -> tuple[int, ...]:
    if event.precision == "day":
        return DAYS_BEFORE_DAY
    if event.precision == "month":
        return DAYS_BEFORE_MONTH
    return ()


def moments(events: list[Event], tz: str, hour: int) -> list[Moment]:
    zone = ZoneInfo(tz)
    out = [
        Moment(e, d, datetime.combine(e.start - timedelta(days=d), time(hour), tzinfo=zone))
        for e in events
        for d in reminder_days(e)
    ]
    return sorted(out, key=lambda m: (m.at, m.event.id))


def _ahead(event: Event, now: datetime, tz: str) -> bool:
    return event.start > now.astimezone(ZoneInfo(tz)).date()


def future_moments(events: list[Event], now: datetime, tz: str, hour: int) -> list[Moment]:
    return [m for m in moments(events, tz, hour) if m.at > now and _ahead(m.event, now, tz)]


def due_moments(events: list[Event], now: datetime, tz: str, hour: int) -> list[Moment]:
    """Per event still ahead, the latest reminder whose moment has passed (one, not three)."""
    latest: dict[str, Moment] = {}
    for m in moments(events, tz, hour):
        if m.at <= now and _ahead(m.event, now, tz):
            if m.event.id not in latest or m.at > latest[m.event.id].at:
                latest[m.event.id] = m
    return sorted(latest.values(), key=lambda m: (m.at, m.event.id))


def reminder_text(m: Moment, lang: str, today: date, docs: dict | None = None) -> str:
    """The reminder message (HTML)."""
    from bot.knowledge.deadlines import event_lines

    lines = [f"<b>{html.escape(t('reminder.title', lang))}</b>"]
    lines += [line.strip() for line in event_lines(m.event, today, lang, docs or {}, html_mode=True)]
    lines += ["", html.escape(t("reminder.footer", lang))]
    return "\n".join(lines)


# --------------------------------------------------------------------------- the dates held by the bot
def _read(settings) -> list[Event]:
    """timeline.yaml and the dates found in the documents, with the secretariat's decisions."""
    from bot.knowledge.events import load_events

    return load_events(settings)


def _signature(events: list[Event]) -> tuple:
    return tuple((e.id, e.start, e.end, e.precision, e.kind, tuple(sorted(e.name.items()))) for e in events)


def current_events(application) -> list[Event]:
    """The dates the bot uses (loaded once, refreshed by :func:`reschedule` and the watch)."""
    events = application.bot_data.get("timeline")
    if events is None:
        events = _load(application)
    return events


def _keep(application, events: list[Event]) -> list[Event]:
    application.bot_data["timeline"] = events
    application.bot_data["timeline_signature"] = _signature(events)
    return events


def _load(application) -> list[Event]:
    settings = application.bot_data["settings"]
    try:
        events = _read(settings)
    except Exception as err:  # a broken edit keeps the previous dates
        log.error("reminders: cannot read the dates (%s); keeping the previous ones", err)
        return application.bot_data.get("timeline") or []
    return _keep(application, events)


# --------------------------------------------------------------------------- sending
async def send_due_reminders(application) -> int:
    """Send every due reminder not yet sent; returns how many were delivered."""
    from telegram.constants import ParseMode
    from telegram.error import BadRequest, Forbidden, TelegramError

    from bot.knowledge.deadlines import document_refs, local_today
    from bot.storage.store import StoreUnavailable
    from bot.telegram_channel.formatting import finish

    settings = application.bot_data["settings"]
    store = application.bot_data["store"]
    now = now_of(application)
    due = due_moments(current_events(application), now, settings.timezone, settings.reminder_hour)
    if not due:
        return 0
    if not is_scheduler(application):
        log.info("reminders: %d due; the replica holding the scheduler lease sends them", len(due))
        return 0
    try:
        subs = await asyncio.to_thread(store.subscriptions)
    except StoreUnavailable as err:
        log.warning("reminders: store unavailable (%s); will retry at the next check", err)
        return 0
    today = local_today(now, settings.timezone)
    docs = document_refs(settings.knowledge_dir)
    delivered = 0
    lock = application.bot_data.setdefault("reminder_lock", asyncio.Lock())
    async with lock:
        for sub in subs:
            for m in due:
                if sub.created_at and sub.created_at > m.at:
                    continue  # subscribed after this reminder's moment: they saw the dates then
                try:
                    claimed = await asyncio.to_thread(
                        store.mark_reminder_sent, sub.user_key, m.event.id, m.event.start, m.days_before, now)
                except StoreUnavailable as err:
                    log.warning("reminders: store unavailable (%s); will retry at the next check", err)
                    return delivered
                if not claimed:
                    continue
                lang = sub.language if sub.language in ("ar", "en", "fr") else "en"
                try:
                    for part in finish(reminder_text(m, lang, today, docs), lang):
                        await application.bot.send_message(
                            chat_id=sub.chat_id, text=part, parse_mode=ParseMode.HTML, disable_web_page_preview=True,
                        )
                except (Forbidden, BadRequest) as err:
                    if isinstance(err, BadRequest) and "chat not found" not in str(err).lower():
                        await asyncio.to_thread(
                            store.unmark_reminder_sent, sub.user_key, m.event.id, m.event.start, m.days_before)
                        log.warning("reminders: Telegram refused a reminder (%s); will retry", err)
                        continue
                    await asyncio.to_thread(store.unsubscribe, sub.user_key)
                    log.info("reminders: a subscriber blocked the bot or left (%s); unsubscribed", err)
                    break
                except TelegramError as err:
                    await asyncio.to_thread(
                        store.unmark_reminder_sent, sub.user_key, m.event.id, m.event.start, m.days_before)
                    log.warning("reminders: could not send a reminder (%s); will retry at the next check", err)
                    continue
                delivered += 1
    if delivered:
        log.info("reminders: %d sent", delivered)
    return delivered


# --------------------------------------------------------------------------- the scheduler lease
def is_scheduler(application) -> bool:
    """Whether this replica sends reminders now (an application without a replica is the only one)."""
    replica = application.bot_data.get("replica")
    return replica is None or SCHEDULER in replica.held


async def hold_scheduler(application) -> bool:
    """Take or renew the scheduler lease; on taking it, purge and send what is due at once."""
    replica = application.bot_data.get("replica")
    if replica is None:
        return True
    was = SCHEDULER in replica.held
    held = await replica.hold(SCHEDULER)
    if held is None:                               # the store is down: nothing to send with anyway
        return was
    if held and not was:
        log.info("reminders: this replica (%s) sends the reminders and runs the retention purge", replica.id)
        await purge(application)
        await send_due_reminders(application)
    elif was and not held:
        log.warning("reminders: another replica took over the reminders")
    elif not held and not application.bot_data.get("scheduler_elsewhere"):
        log.info("reminders: another replica sends the reminders; this one (%s) takes over if it stops", replica.id)
    application.bot_data["scheduler_elsewhere"] = not held
    return held


async def _job_lease(context) -> None:
    await hold_scheduler(context.application)


# --------------------------------------------------------------------------- jobs
async def _job_send(context) -> None:
    await send_due_reminders(context.application)


async def _job_watch(context) -> None:
    app = context.application
    try:
        events = await asyncio.to_thread(_read, app.bot_data["settings"])
    except Exception as err:
        log.error("reminders: cannot read the dates (%s); keeping the previous ones", err)
        return
    if _signature(events) != app.bot_data.get("timeline_signature"):
        log.info("reminders: the dates changed (timeline.yaml, an ingest or the secretariat's decisions); rescheduling")
        _keep(app, events)
        reschedule(app, reload=False)
        await send_due_reminders(app)


async def _job_purge(context) -> None:
    await purge(context.application)


async def purge(application) -> int:
    """Retention (the scheduler's job): old logged questions, old update ids, stale conversation turns."""
    import time as _time

    from bot.storage.store import StoreUnavailable

    if not is_scheduler(application):
        return 0
    settings = application.bot_data["settings"]
    store = application.bot_data["store"]
    now = now_of(application)
    try:
        await asyncio.to_thread(store.purge_shared_state, _time.time(), now - TURNS_KEPT)
        if not settings.retention_days:
            return 0
        return await asyncio.to_thread(store.purge_older_than, settings.retention_days, now)
    except StoreUnavailable as err:
        log.warning("retention: store unavailable (%s); the purge runs again tomorrow", err)
        return 0


async def _job_start(context) -> None:
    """At start: schedule; if this replica holds the scheduler lease (it takes it if free),
    purge and catch up on reminders missed while down."""
    app = context.application
    if app.bot_data.get("replica") is None:        # an application built by hand: the only one
        await purge(app)
        await send_due_reminders(app)
    else:
        await hold_scheduler(app)                  # purges and catches up when it takes the lease
    reschedule(app, reload=False)


def reschedule(application, reload: bool = True) -> int:
    """Re-read the timeline (when ``reload``) and put one job per future reminder moment.
    Returns how many were scheduled. Call it after ``/reload`` or an ingest."""
    jq = application.job_queue
    if jq is None:
        log.error("reminders: no job queue (install python-telegram-bot[job-queue]); reminders are off")
        return 0
    settings = application.bot_data["settings"]
    events = _load(application) if reload else current_events(application)
    for job in jq.jobs():
        if job.name and job.name.startswith(JOB_PREFIX + ":"):
            job.schedule_removal()
    now = now_of(application)
    count = 0
    for m in future_moments(events, now, settings.timezone, settings.reminder_hour):
        delay = (m.at - now).total_seconds()
        jq.run_once(_job_send, when=delay, name=f"{JOB_PREFIX}:{m.event.id}:{m.days_before}")
        count += 1
    log.info("reminders: %d scheduled for %d events", count, len({m.event.id for m in moments(events, settings.timezone, settings.reminder_hour)}))
    return count


def scheduled(application) -> list[str]:
    """Names of the scheduled reminder jobs (for tests and /reload's report)."""
    jq = application.job_queue
    return sorted(j.name for j in jq.jobs() if j.name and j.name.startswith(JOB_PREFIX + ":")) if jq else []


def setup(application) -> None:
    """Register the jobs: start-up catch-up, hourly check, watch on the dates, daily purge."""
    jq = application.job_queue
    if jq is None:
        log.error("reminders: no job queue (install python-telegram-bot[job-queue]); reminders are off")
        return
    from bot.telegram_channel.replicas import RENEW_EVERY

    settings = application.bot_data["settings"]
    jq.run_once(_job_start, when=0, name="gcm-startup")
    jq.run_repeating(_job_lease, interval=RENEW_EVERY, first=RENEW_EVERY, name="gcm-scheduler-lease",
                     job_kwargs={"coalesce": True, "misfire_grace_time": None})
    jq.run_repeating(_job_send, interval=CHECK_EVERY, first=CHECK_EVERY, name="gcm-reminder-check")
    jq.run_repeating(_job_watch, interval=WATCH_EVERY, first=WATCH_EVERY, name="gcm-timeline-watch")
    jq.run_daily(_job_purge, time=PURGE_AT.replace(tzinfo=ZoneInfo(settings.timezone)), name="gcm-retention")
