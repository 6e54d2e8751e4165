"""Telegram: /deadlines (with its .ics button), /subscribe, /unsubscribe and /forget.

Handlers stay thin: the list and the calendar come from :mod:`bot.knowledge.deadlines`, the
reminders from :mod:`bot.telegram_channel.reminders`, the rows from :class:`bot.storage.store.Store`.
``bot.telegram_channel.app`` builds the application, puts ``store``, ``engine``,
``settings`` (and ``clock``) in ``bot_data`` and calls :func:`register`.

In a group, /subscribe subscribes the group itself (its key is the keyed hash of
the group's chat id, so no member is identified); /forget always concerns the
person who sends it, and only they can press its confirmation button.
"""
from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot.telegram_channel import reminders
from bot.knowledge.deadlines import (
    calendar_events, document_refs, ics_filename, local_today, render, select_events, to_ics,
)
from bot.messages import t
from bot.storage.store import StoreUnavailable
from bot.telegram_channel.app import plain, reply, user_language
from bot.telegram_channel.formatting import esc
from bot.knowledge.timeline import format_event_dates, relative_phrase

log = logging.getLogger(__name__)

LANGS = ("ar", "en", "fr")


# --------------------------------------------------------------------------- shared helpers
def settings_of(context):
    return context.application.bot_data["settings"]


def store_of(context):
    return context.application.bot_data["store"]


def now_of(context):
    return reminders.now_of(context.application)


async def language_of(update: Update, context) -> str:
    """The user's language, as the rest of the bot decides it (bot.telegram_channel.app.user_language)."""
    return await user_language(update, context)


async def reply_html(update: Update, context, html_text: str, lang: str, reply_markup=None) -> None:
    await reply(update, context, html_text, lang, reply_markup=reply_markup)


async def reply_plain(update: Update, context, text: str, lang: str, reply_markup=None) -> None:
    await reply(update, context, esc(text), lang, reply_markup=reply_markup)


def _is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def subscription_key(update: Update, store) -> str:
    """The key a subscription is kept under: the person's in a private chat, the group's in a group."""
    if _is_group(update):
        return store.user_key(update.effective_chat.id)
    return store.user_key(update.effective_user.id)


# --------------------------------------------------------------------------- /deadlines
async def deadlines_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await language_of(update, context)
    settings = settings_of(context)
    now = now_of(context)
    events = reminders.current_events(context.application)
    listing = select_events(events, local_today(now, settings.timezone))
    text = render(listing, lang, document_refs(settings.knowledge_dir), html_mode=True)
    markup = None
    if calendar_events(listing.events):
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(t("deadlines.ics_button", lang), callback_data=f"ics:{lang}")]])
    await reply_html(update, context, text, lang, reply_markup=markup)


async def ics_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The calendar file of the dates the list shows, names in the language of the list."""
    query = update.callback_query
    lang = (query.data or "").partition(":")[2]
    if lang not in LANGS:
        lang = await language_of(update, context)
    settings = settings_of(context)
    now = now_of(context)
    listing = select_events(reminders.current_events(context.application), local_today(now, settings.timezone))
    events = calendar_events(listing.events)
    await query.answer()
    if not events:
        await reply_plain(update, context, t("deadlines.ics_empty", lang), lang)
        return
    data = to_ics(events, lang, now, document_refs(settings.knowledge_dir))
    await context.bot.send_document(
        chat_id=update.effective_chat.id,
        document=InputFile(data, filename=ics_filename(lang)),
        caption=plain(t("deadlines.ics_caption", lang, count=len(events)), lang),
        parse_mode=None,
    )


# --------------------------------------------------------------------------- /subscribe /unsubscribe
def _hour(settings) -> str:
    return f"{settings.reminder_hour:02d}:00"


async def subscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await language_of(update, context)
    settings, store = settings_of(context), store_of(context)
    key = subscription_key(update, store)
    now = now_of(context)
    try:
        new = await asyncio.to_thread(store.subscribe, key, update.effective_chat.id, lang, now)
    except StoreUnavailable as err:
        log.warning("/subscribe: %s", err)
        await reply_plain(update, context, t("userdata.store_unavailable", lang), lang)
        return
    if not new:
        lines = [esc(t("subscribe.already", lang))]
    else:
        done = "subscribe.done_group" if _is_group(update) else "subscribe.done"
        lines = [esc(t(done, lang, hour=_hour(settings), tz=settings.timezone))]
    today = local_today(now, settings.timezone)
    ahead = [e for e in reminders.current_events(context.application)
             if e.status(today) == "upcoming" and reminders.reminder_days(e)]
    if ahead:
        e = ahead[0]
        lines.append(esc(t("subscribe.next", lang, name=e.name_in(lang), dates=format_event_dates(e, lang),
                           relative=relative_phrase(e, today, lang))))
    else:
        lines.append(esc(t("subscribe.nothing_ahead", lang)))
    await reply_html(update, context, "\n\n".join(lines), lang)


async def unsubscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await language_of(update, context)
    store = store_of(context)
    try:
        removed = await asyncio.to_thread(store.unsubscribe, subscription_key(update, store))
    except StoreUnavailable as err:
        log.warning("/unsubscribe: %s", err)
        await reply_plain(update, context, t("userdata.store_unavailable", lang), lang)
        return
    await reply_plain(update, context, t("unsubscribe.done" if removed else "unsubscribe.not_subscribed", lang), lang)


# --------------------------------------------------------------------------- /forget
def _tag(user_key: str) -> str:
    return user_key[:16]


async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await language_of(update, context)
    store = store_of(context)
    key = store.user_key(update.effective_user.id)
    try:
        counts = await asyncio.to_thread(store.user_data_counts, key)
    except StoreUnavailable as err:
        log.warning("/forget: %s", err)
        await reply_plain(update, context, t("userdata.store_unavailable", lang), lang)
        return
    markup = InlineKeyboardMarkup([[
        InlineKeyboardButton(t("forget.yes", lang), callback_data=f"forget:yes:{_tag(key)}"),
        InlineKeyboardButton(t("forget.no", lang), callback_data=f"forget:no:{_tag(key)}"),
    ]])
    await reply_plain(update, context, t("forget.confirm", lang, questions=counts["questions"]), lang, reply_markup=markup)


async def _edit(query, text: str, lang: str) -> None:
    from bot.telegram_channel.formatting import bidi

    with suppress(BadRequest):
        await query.edit_message_text(bidi(esc(text), lang), reply_markup=None)


async def forget_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    store = store_of(context)
    _, action, tag = ((query.data or "") + "::").split(":")[:3]
    user_id = update.effective_user.id
    key = store.user_key(user_id)
    lang = await language_of(update, context)
    if tag != _tag(key):
        await query.answer(plain(t("forget.not_yours", lang), lang), show_alert=True)
        return
    await query.answer()
    if action != "yes":
        await _edit(query, t("forget.cancelled", lang), lang)
        return
    try:
        deleted = await asyncio.to_thread(store.forget_user, key)
    except StoreUnavailable as err:
        log.warning("/forget: %s", err)
        await _edit(query, t("userdata.store_unavailable", lang), lang)
        return
    desk = context.bot_data.get("desk")
    if desk is not None:
        desk.forget(user_id)          # the cached language and the conversation memory go too
    context.user_data.clear()
    log.info("/forget: deleted %s", deleted)
    text = t("forget.done", lang, **deleted) if any(deleted.values()) else t("forget.nothing", lang)
    await _edit(query, text, lang)


# --------------------------------------------------------------------------- registration
COMMANDS = {
    "deadlines": deadlines_command,
    "subscribe": subscribe_command,
    "unsubscribe": unsubscribe_command,
    "forget": forget_command,
}
MENU = [("deadlines", "menu.deadlines"), ("subscribe", "menu.subscribe"),
        ("unsubscribe", "menu.unsubscribe"), ("forget", "menu.forget")]


def register(application) -> None:
    """Add the handlers, the command menu entries and the reminder jobs to ``application``."""
    for name, callback in COMMANDS.items():
        application.add_handler(CommandHandler(name, callback))
    application.add_handler(CallbackQueryHandler(ics_button, pattern=r"^ics:"))
    application.add_handler(CallbackQueryHandler(forget_button, pattern=r"^forget:"))
    application.bot_data.setdefault("menu_commands", []).extend(MENU)
    application.bot_data.setdefault("help_keys", []).append("help.deadlines")
    reminders.setup(application)
