"""Telegram commands of the secretariat: /stats and /reload, for ``GCMBOT_ADMIN_IDS`` only.

Anyone else gets exactly the reply an unknown command gets (from
``bot.telegram_channel.app.unknown_command_reply``), so nothing reveals that these
commands exist.
"""
from __future__ import annotations

import asyncio
import logging
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import CommandHandler, ContextTypes

from bot.telegram_channel import reminders
from bot.knowledge.deadlines import local_today
from bot.messages import t
from bot.storage.store import StoreUnavailable
from bot.telegram_channel.app import reply, unknown_command_reply
from bot.telegram_channel.formatting import esc
from bot.telegram_channel.user_data import language_of, reply_html, reply_plain, settings_of, store_of
from bot.knowledge.events import load_events
from bot.knowledge.timeline import format_date

log = logging.getLogger(__name__)

KINDS = ("card", "timeline", "passage", "refusal")


def is_admin(update: Update, settings) -> bool:
    user = update.effective_user
    return user is not None and user.id in set(settings.admin_ids or ())


async def _refuse(update: Update, context, lang: str) -> None:
    """Exactly what an unknown command gets (bot.telegram_channel.app.on_unknown_command): in a
    group, silence unless the command names the bot; otherwise the same reply."""
    message = update.effective_message
    if message is None or not message.text:
        return
    target = message.text.split()[0][1:].partition("@")[2]
    if update.effective_chat.type != ChatType.PRIVATE and not target:
        return
    await reply(update, context, unknown_command_reply(lang), lang)


# --------------------------------------------------------------------------- /stats
def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def stats_html(stats: dict, lang: str, now, tz: str) -> str:
    """The /stats message (HTML) from :meth:`bot.storage.store.Store.stats`."""
    week, total = stats["week"], stats["all"]
    lines = [f"<b>{esc(t('admin.stats_title', lang, date=format_date(local_today(now, tz), lang), tz=tz))}</b>", ""]
    lines.append(esc(t("admin.stats_questions", lang, today=stats["today"]["questions"], week=week["questions"],
                       total=total["questions"])))
    for label, period in (("admin.stats_week", week), ("admin.stats_all", total)):
        n = period["questions"]
        lines += ["", f"<b>{esc(t(label, lang))}</b>"]
        if not n:
            lines.append(esc(t("admin.stats_none", lang)))
            continue
        by = period["by_language"]
        lines.append(esc(t("admin.stats_languages", lang, ar=by.get("ar", 0), en=by.get("en", 0), fr=by.get("fr", 0))))
        kinds = period["by_kind"]
        other = n - sum(kinds.get(k, 0) for k in KINDS)
        lines.append(esc(t("admin.stats_kinds", lang, card=_pct(kinds.get("card", 0), n),
                           timeline=_pct(kinds.get("timeline", 0), n), passage=_pct(kinds.get("passage", 0), n),
                           refusal=_pct(kinds.get("refusal", 0), n), other=_pct(other, n))))
        lines.append(esc(t("admin.stats_feedback", lang, up=period["feedback"]["up"], down=period["feedback"]["down"])))
    lines += ["", esc(t("admin.stats_people", lang, users=stats["users"], subscribers=stats["subscribers"]))]
    return "\n".join(lines)


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await language_of(update, context)
    settings = settings_of(context)
    if not is_admin(update, settings):
        await _refuse(update, context, lang)
        return
    now = reminders.now_of(context.application)
    try:
        stats = await asyncio.to_thread(store_of(context).stats, now, settings.timezone)
    except StoreUnavailable as err:
        log.warning("/stats: %s", err)
        await reply_plain(update, context, t("userdata.store_unavailable", lang), lang)
        return
    await reply_html(update, context, stats_html(stats, lang, now, settings.timezone), lang)


# --------------------------------------------------------------------------- /reload
def _timeline_diff(before: list, after: list) -> tuple[list, list, list]:
    old = {e.id: e for e in before}
    new = {e.id: e for e in after}
    added = [new[i] for i in new if i not in old]
    removed = [old[i] for i in old if i not in new]
    changed = [new[i] for i in new if i in old and new[i] != old[i]]
    return added, removed, changed


def reload_knowledge(application) -> dict:
    """Re-ingest the knowledge base, reload the engine; what changed. Runs in a worker thread."""
    from ingest.pipeline import run_ingest

    settings = application.bot_data["settings"]
    before = list(application.bot_data.get("timeline") or [])
    t0 = time.perf_counter()
    summary = run_ingest(settings, quiet=True)
    engine = application.bot_data.get("engine")
    if engine is not None and hasattr(engine, "reload"):
        engine.reload()
    try:
        after = load_events(settings)
    except Exception as err:  # reported with the ingest problems
        summary.errors.append(f"timeline.yaml: {err}")
        after = before
    return {"summary": summary, "before": before, "after": after, "seconds": time.perf_counter() - t0}


def reload_html(result: dict, scheduled: int, lang: str) -> str:
    s = result["summary"]
    added, removed, changed = _timeline_diff(result["before"], result["after"])
    seconds = f"{result['seconds']:.1f}"
    lines = [f"<b>{esc(t('admin.reload_done', lang, seconds=seconds))}</b>", ""]
    lines.append(esc(t("admin.reload_documents", lang, added=len(s.added), updated=len(s.updated),
                       removed=len(s.removed), unchanged=len(s.unchanged))))
    for key, names in (("admin.reload_docs_added", s.added), ("admin.reload_docs_updated", s.updated),
                       ("admin.reload_docs_removed", s.removed)):
        if names:
            lines.append(esc(t(key, lang, names=", ".join(map(str, names)))))
    lines.append(esc(t("admin.reload_cards", lang, cards=s.cards, events=len(result["after"]))))
    if added or removed or changed:
        for key, events in (("admin.reload_events_added", added), ("admin.reload_events_changed", changed),
                            ("admin.reload_events_removed", removed)):
            if events:
                lines.append(esc(t(key, lang, names="; ".join(e.name_in(lang) for e in events))))
    else:
        lines.append(esc(t("admin.reload_timeline_same", lang)))
    lines.append(esc(t("admin.reload_reminders", lang, count=scheduled)))
    problems = [str(p) for p in s.errors] + [str(w) for w in s.warnings]
    if problems:
        lines += ["", f"<b>{esc(t('admin.reload_problems', lang))}</b>"]
        lines += [f"• {esc(p)}" for p in problems[:15]]
    return "\n".join(lines)


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await language_of(update, context)
    app = context.application
    if not is_admin(update, settings_of(context)):
        await _refuse(update, context, lang)
        return
    lock = app.bot_data.setdefault("reload_lock", asyncio.Lock())
    if lock.locked():
        await reply_plain(update, context, t("admin.reload_busy", lang), lang)
        return
    async with lock:
        await reply_plain(update, context, t("admin.reload_started", lang), lang)
        try:
            result = await asyncio.to_thread(reload_knowledge, app)
        except Exception as err:
            log.exception("/reload failed")
            await reply_plain(update, context,
                              t("admin.reload_failed", lang, error=f"{type(err).__name__}: {err}"[:300]), lang)
            return
        count = reminders.reschedule(app)
        await reminders.send_due_reminders(app)
    await reply_html(update, context, reload_html(result, count, lang), lang)


def register(application) -> None:
    application.add_handler(CommandHandler("stats", stats_command))
    application.add_handler(CommandHandler("reload", reload_command))
