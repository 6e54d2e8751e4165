"""The Telegram bot (python-telegram-bot v22): handlers, and the application that holds them.

Reading order: :class:`HelpDesk` is what the bot does (language, answer, log,
feedback) with no Telegram object in sight; the handlers below it are thin:
they pick what a message asks for, call the desk off the event loop, and send
the HTML that :mod:`bot.telegram_channel.formatting` builds. :func:`build_application`
wires them, in the style of PTB's examples: ``Defaults(parse_mode=HTML)``,
``post_init`` for the command menus, one error handler.

For the modules that add commands (``bot.telegram_channel.user_data``,
``bot.telegram_channel.admin``): ``register(app)`` is called after the core handlers
and before the unknown-command fallback; ``app.bot_data`` holds ``"store"``,
``"engine"``, ``"settings"``, ``"clock"`` and ``"desk"``. To appear in the command
menu and in /help, a module appends to ``app.bot_data["menu_commands"]``
(``(command, locale key of its description)``) and ``app.bot_data["help_keys"]``
(locale keys of extra /help paragraphs). :func:`user_language`, :func:`reply`
and :func:`unknown_command_reply` are meant for them too.
"""
from __future__ import annotations

import asyncio
import html
import importlib
import logging
import os
import re
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Callable
from zoneinfo import ZoneInfo

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.answering.types import Answer, Turn
from bot.logging_setup import mask_secrets_in_logs
from bot.storage.schema import to_bytes
from bot.messages import LANGUAGES, t
from bot.telegram_channel.delivery import CURRENT, DeliveryLimiter, transient, untracked
from bot.telegram_channel.journal import TICK, JournalingQueue, UpdateJournal, tick_job
from bot.telegram_channel.rate_limit import UserLimits, Verdict
from bot.telegram_channel.replicas import Replica
from bot.telegram_channel.formatting import LANGUAGE_NAMES, answer_html, bidi, documents_html, esc, finish, wait_text

log = logging.getLogger(__name__)

EXTENSION_MODULES = ("bot.telegram_channel.user_data", "bot.telegram_channel.admin")
CORE_MENU = [("ask", "tg.cmd.ask"), ("sources", "tg.cmd.sources"), ("language", "tg.cmd.language"),
             ("help", "tg.cmd.help"), ("start", "tg.cmd.start")]
FEEDBACK_KINDS = {"card", "timeline", "passage", "refusal"}
FEEDBACK_DATA = re.compile(r"fb:([1-9][0-9]{0,9}):(-1|1)")   # what feedback_keyboard writes (ids < 10^10)
TURN_TTL = timedelta(minutes=30)
TYPING_EVERY = 4.5          # Telegram shows "typing…" for 5 s
WORKING_NOTE_AFTER = 8.0    # a slow answer gets a "still looking" note once


# =========================================================================== clock
def make_clock(settings) -> Callable[[], datetime]:
    """Now, aware, in the settings' time zone. ``GCMBOT_FAKE_NOW`` (ISO datetime; naive means
    UTC, as in :func:`bot.telegram_channel.reminders.clock_from_env`) moves the start of time there; it then
    runs at normal speed, so scheduled jobs still fire."""
    tz = ZoneInfo(settings.timezone)
    fake = os.environ.get("GCMBOT_FAKE_NOW", "").strip()
    if not fake:
        return lambda: datetime.now(tz)
    try:
        start = datetime.fromisoformat(fake.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"GCMBOT_FAKE_NOW={fake!r} is not an ISO datetime such as 2024-06-01T09:00:00+03:00") from None
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    t0 = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - t0)


# =========================================================================== the desk (no Telegram objects)
STORE_RETRY_AFTER = 15.0    # seconds without touching a store that just failed, before the reply


@dataclass
class Asked:
    answer: Answer
    question_id: int | None
    language: str
    log_later: Callable[[], None] | None = None    # the store is down: log after replying


class HelpDesk:
    """Language choice, answers, the question log and feedback for Telegram users.

    Synchronous (the engine and the store are): call it with ``asyncio.to_thread``.
    """

    def __init__(self, settings, engine, store, clock: Callable[[], datetime]):
        self.settings = settings
        self.engine = engine
        self.store = store
        self.clock = clock
        self.limits = UserLimits(store, settings.rate_limit_per_minute, store_failed=self.store_failed)
        # Shared state (language, conversation turn) lives in the store, for every replica; these
        # dicts hold what was last read (for menus and error messages) and what could not be
        # written while the store was down.
        self._chosen: dict[int, str | None] = {}        # telegram user id -> chosen language (None: none chosen)
        self._turns: dict[tuple[int, int], tuple[Turn, datetime]] = {}
        self._touched: dict[int, float] = {}
        self._store_down_until = 0.0

    # -- the store, when it is down ---------------------------------------------------
    def store_ok(self) -> bool:
        """False for a short while after the store failed: replies do not wait for it then
        (a connection timeout per question), and the log entry is written after the reply."""
        return time.monotonic() >= self._store_down_until

    def store_failed(self) -> None:
        self._store_down_until = time.monotonic() + STORE_RETRY_AFTER

    _store_failed = store_failed

    def limit(self, user_id: int, bucket: str) -> Verdict:
        """Count a request of the user in ``bucket`` (questions | actions) against the limit every replica shares."""
        return self.limits.check(self.key(user_id), bucket, shared=self.store_ok())

    # -- users ------------------------------------------------------------------------
    def key(self, user_id: int) -> str:
        return self.store.user_key(user_id)

    def chosen_language(self, user_id: int) -> str | None:
        """Read from the store each time (another replica may have changed it, or /forget erased it)."""
        if not self.store_ok():
            return self._chosen.get(user_id)
        from bot.storage.store import StoreUnavailable

        try:
            lang = self.store.get_language(self.key(user_id))
        except StoreUnavailable as err:
            self._store_failed()
            log.warning("could not read a user's language (%s); following their message", err)
            return self._chosen.get(user_id)
        if len(self._chosen) > 200_000:
            self._chosen.clear()
        self._chosen[user_id] = lang
        return lang

    def cached_language(self, user_id: int | None) -> str | None:
        return self._chosen.get(user_id) if user_id is not None else None

    def reply_language(self, user_id: int | None, text: str | None = None, language_code: str | None = None) -> str:
        """The user's chosen language, else the message's, else their Telegram language, else English."""
        if user_id is not None:
            chosen = self.chosen_language(user_id)
            if chosen in LANGUAGES:
                return chosen
        if text:
            from bot.text.language import detect_language

            detected = detect_language(text, default=None)
            if detected in LANGUAGES:
                return detected
        code = (language_code or "").split("-")[0].lower()
        return code if code in LANGUAGES else "en"

    def set_language(self, user_id: int, lang: str) -> bool:
        """Remember the choice (in memory at once, in the store when it answers); True when stored."""
        from bot.storage.store import StoreUnavailable

        self._chosen[user_id] = lang
        try:
            self.store.set_language(self.key(user_id), lang)
            return True
        except StoreUnavailable as err:
            self._store_failed()
            log.warning("could not store a language choice (%s); kept in memory until restart", err)
            return False

    def forget(self, user_id: int) -> None:
        """Drop what is cached about a user (call it after deleting their data)."""
        self._chosen.pop(user_id, None)
        self._touched.pop(user_id, None)
        for key in [k for k in self._turns if k[1] == user_id]:
            del self._turns[key]

    # -- questions --------------------------------------------------------------------
    def ask(self, *, user_id: int, chat_id: int, chat_type: str, text: str, language_code: str | None,
            entry_uid: str | None = None) -> Asked:
        """Answer and log a question. ``entry_uid`` names its log entry, so that a question
        answered again (its update taken over after a crash) keeps one row."""
        lang = self.reply_language(user_id, text, language_code)
        now = self.clock()
        found = self._previous_turn(user_id, chat_id)
        previous = found[0] if found and now - found[1] <= TURN_TTL else None
        answer = self.engine.answer(text, language=lang, previous=previous)
        if answer.kind not in ("too_long", "empty"):
            self._keep_turn(user_id, chat_id, Turn.of(answer), now)
        log_it = lambda: self._log(user_id, chat_type, answer, now, entry_uid)    # noqa: E731
        if not self.store_ok():
            return Asked(answer, None, lang, log_later=log_it)
        return Asked(answer, log_it(), lang)

    # -- the conversation's previous turn, shared by the replicas -------------------------
    def _previous_turn(self, user_id: int, chat_id: int) -> tuple[Turn, datetime] | None:
        from bot.storage.store import StoreUnavailable

        if self.store_ok():
            try:
                found = self.store.get_turn(self.key(user_id), self.key(chat_id))
                return (Turn(**found[0]), found[1]) if found else None
            except StoreUnavailable as err:
                self._store_failed()
                log.warning("could not read the previous question (%s); this one is read on its own", err)
            except TypeError:                     # a turn written by another version
                return None
        return self._turns.get((chat_id, user_id))

    def _keep_turn(self, user_id: int, chat_id: int, turn: Turn, now: datetime) -> None:
        from dataclasses import asdict

        from bot.storage.store import StoreUnavailable

        if self.store_ok():
            try:
                self.store.set_turn(self.key(user_id), self.key(chat_id), asdict(turn), now)
                self._turns.pop((chat_id, user_id), None)
                return
            except StoreUnavailable as err:
                self._store_failed()
                log.warning("could not keep the question for follow-ups (%s); kept in this process", err)
        self._turns[(chat_id, user_id)] = (turn, now)
        if len(self._turns) > 100_000:
            self._turns.pop(next(iter(self._turns)))

    def _log(self, user_id: int, chat_type: str, answer: Answer, asked_at: datetime,
             entry_uid: str | None = None) -> int | None:
        """Log a question (the store keeps it in its outbox while it is down); its id or None."""
        key = self.key(user_id)
        embedding = to_bytes(answer.vector) if answer.vector is not None else None
        question_id = self.store.log_question(user_key=key, chat_type=chat_type, channel="telegram",
                                              answer=answer, asked_at=asked_at, embedding=embedding,
                                              entry_uid=entry_uid)
        if question_id is None:
            self._store_failed()
            return None
        if time.monotonic() - self._touched.get(user_id, -1e9) > 600:
            self.store.touch_user(key)
            self._touched[user_id] = time.monotonic()
        return question_id

    def feedback(self, user_id: int, question_id: int, value: int) -> bool | None:
        """True recorded, False not this user's question, None the store is down."""
        from bot.storage.store import StoreUnavailable

        try:
            return self.store.set_feedback(question_id, self.key(user_id), value)
        except StoreUnavailable as err:
            self._store_failed()
            log.warning("could not record feedback (%s)", err)
            return None

    def documents(self) -> list[dict]:
        return list(self.engine.documents())


# =========================================================================== update processing, flood limits
class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates run concurrently (one slow answer never blocks the others), except that
    updates of the same chat run in the order they came, so a follow-up question
    always sees the answer before it."""

    journal: UpdateJournal | None = None

    def __init__(self, max_concurrent_updates: int = 64):
        super().__init__(max_concurrent_updates)
        self._locks: dict[Any, asyncio.Lock] = {}

    async def do_process_update(self, update: object, coroutine) -> None:
        """Handle ``update`` as this replica's :class:`~bot.telegram_channel.delivery.Delivery`
        of it, then mark it answered in the journal (or given back, if the Bot API stayed down)."""
        delivery = self.journal.begin(update) if self.journal is not None else None
        token = CURRENT.set(delivery)
        try:
            await self._in_chat_order(update, coroutine)
        finally:
            CURRENT.reset(token)
            if delivery is not None:
                await self.journal.finish(delivery)

    async def _in_chat_order(self, update: object, coroutine) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        try:
            async with lock:
                await coroutine
        finally:
            if not lock.locked() and not getattr(lock, "_waiters", None):
                self._locks.pop(chat.id, None)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


FloodLimiter = DeliveryLimiter        # the name other modules knew it by


# =========================================================================== helpers for handlers
def desk_of(context: ContextTypes.DEFAULT_TYPE) -> HelpDesk:
    return context.bot_data["desk"]


def unknown_command_reply(lang: str) -> str:
    """The reply to a command the bot does not know (HTML, right-to-left marks for Arabic)."""
    return bidi(t("tg.unknown_command", lang), lang)


async def reply_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send exactly what an unknown command gets (admin commands use it for non-admins)."""
    lang = await user_language(update, context)
    await reply(update, context, unknown_command_reply(lang), lang)


async def user_language(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | None = None) -> str:
    """The language to answer ``update`` in (chosen, else ``text``'s, else Telegram's, else English)."""
    user = update.effective_user
    return await asyncio.to_thread(desk_of(context).reply_language, user.id if user else None, text,
                                   user.language_code if user else None)


async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE, html_text: str, lang: str, *,
                reply_markup=None, quote: bool | None = None) -> list[Message]:
    """Send HTML to the update's chat, split under 4096 characters, Arabic marked RTL.
    In groups the first message quotes the one it answers; the markup goes on the last."""
    chat = update.effective_chat
    message = update.effective_message
    if quote is None:
        quote = chat.type != ChatType.PRIVATE
    thread_id = message.message_thread_id if message is not None and message.is_topic_message else None
    chunks = finish(html_text, lang) or [esc("…")]
    sent = []
    for i, chunk in enumerate(chunks):
        params = {}
        if i == 0 and quote and message is not None and update.callback_query is None:
            params["reply_parameters"] = ReplyParameters(message_id=message.message_id, allow_sending_without_reply=True)
        if i == len(chunks) - 1 and reply_markup is not None:
            params["reply_markup"] = reply_markup
        sent.append(await context.bot.send_message(chat.id, chunk, message_thread_id=thread_id, **params))
    return sent


def plain(text: str, lang: str) -> str:
    """A plain-text notice (callback answers have no HTML), RTL-marked for Arabic."""
    return html.unescape(bidi(esc(text), lang))


def language_keyboard(current: str | None = None) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(("✓ " if code == current else "") + LANGUAGE_NAMES[code], callback_data=f"lang:{code}")
               for code in ("ar", "en", "fr")]
    return InlineKeyboardMarkup([buttons])


def feedback_keyboard(question_id: int, chosen: int = 0) -> InlineKeyboardMarkup:
    up = ("✓ " if chosen == 1 else "") + "👍"
    down = ("✓ " if chosen == -1 else "") + "👎"
    return InlineKeyboardMarkup([[InlineKeyboardButton(up, callback_data=f"fb:{question_id}:1"),
                                  InlineKeyboardButton(down, callback_data=f"fb:{question_id}:-1")]])


def addressed_text(message: Message, bot) -> str | None:
    """In a group: the question if the message is for the bot (mentions it or replies to it), else None."""
    text = message.text or message.caption or ""
    entities = message.parse_entities() if message.text else message.parse_caption_entities()
    username = (bot.username or "").lower()
    for entity, value in entities.items():
        mentioned = (entity.type == MessageEntity.MENTION and username and value.lower() == "@" + username) or (
            entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id)
        if mentioned:
            return " ".join(text.replace(value, " ").split()) if entity.type == MessageEntity.MENTION else text.strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return text.strip()
    return None


def command_argument(message: Message) -> str:
    """The text after ``/command[@bot]`` (newlines kept)."""
    text = message.text or ""
    for entity in message.entities or ():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[len(message.parse_entity(entity)):].strip()
    return text.strip()


async def _typing(bot, chat_id: int, thread_id: int | None) -> None:
    with suppress(TelegramError):
        await bot.send_chat_action(chat_id, ChatAction.TYPING, message_thread_id=thread_id)


# =========================================================================== handlers
async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await user_language(update, context)
    current = desk_of(context).cached_language(update.effective_user.id)
    await reply(update, context, t("tg.welcome", lang), lang, reply_markup=language_keyboard(current))


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await user_language(update, context)
    parts = [t("tg.help", lang, bot=esc("@" + (context.bot.username or "")))]
    parts += [t(key, lang) for key in context.bot_data.get("help_keys", [])]
    await reply(update, context, "\n\n".join(parts), lang)


async def on_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await user_language(update, context)
    current = desk_of(context).cached_language(update.effective_user.id)
    await reply(update, context, esc(t("tg.language_prompt", lang)), lang, reply_markup=language_keyboard(current))


async def on_language_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    lang = query.data.split(":", 1)[1]
    if lang not in LANGUAGES:
        await query.answer()
        return
    await asyncio.to_thread(desk_of(context).set_language, query.from_user.id, lang)
    await query.answer(plain(t("tg.language_set", lang), lang))
    with suppress(BadRequest):
        await query.edit_message_reply_markup(reply_markup=None)
    await reply(update, context, esc(t("tg.language_set", lang)), lang)


async def on_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await user_language(update, context)
    documents = await asyncio.to_thread(desk_of(context).documents)
    await reply(update, context, documents_html(documents, lang), lang)


async def on_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = command_argument(update.effective_message)
    if not question:
        lang = await user_language(update, context)
        await reply(update, context, esc(t("tg.ask_usage", lang)), lang)
        return
    await answer_question(update, context, question)


async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, update.effective_message.text)


async def on_group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = addressed_text(update.effective_message, context.bot)
    if question is None:
        return                                    # not for the bot: neither answered nor logged
    if not question:
        lang = await user_language(update, context)
        await reply(update, context, esc(t("tg.ask_usage", lang)), lang)
        return
    await answer_question(update, context, question)


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Typing indicator, per-user limit, the engine's answer (off the event loop), sources, 👍/👎."""
    desk = desk_of(context)
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    if user is None or user.is_bot:
        return
    delivery = CURRENT.get()
    if delivery is None or not delivery.retrying:      # a second attempt was counted the first time
        verdict = await asyncio.to_thread(desk.limit, user.id, "questions")
        if not verdict.accepted:
            if verdict.notify:                         # once per refusal period, not once per message
                lang = await user_language(update, context, question)
                await reply(update, context, esc(t("tg.rate_limited", lang, wait=wait_text(verdict.wait, lang))), lang)
            return
    entry_uid = f"tg-{context.bot.id}-{update.update_id}" if delivery is not None and delivery.journaled else None
    thread_id = message.message_thread_id if message.is_topic_message else None
    typing = asyncio.create_task(_typing(context.bot, chat.id, thread_id))
    work = asyncio.ensure_future(asyncio.to_thread(
        desk.ask, user_id=user.id, chat_id=chat.id, chat_type=chat.type, text=question, language_code=user.language_code,
        entry_uid=entry_uid))
    await typing                                  # "typing…" is shown before the answer lands
    waited, noted = 0.0, False
    while not work.done():
        done, _ = await asyncio.wait({work}, timeout=TYPING_EVERY)
        if done:
            break
        waited += TYPING_EVERY
        await _typing(context.bot, chat.id, thread_id)
        if waited >= WORKING_NOTE_AFTER and not noted:
            noted = True
            lang = await user_language(update, context, question)
            with suppress(TelegramError), untracked():
                await reply(update, context, esc(t("tg.working", lang)), lang)
    asked: Asked = work.result()
    answer = asked.answer
    try:
        if answer.kind == "too_long":
            text = esc(t("tg.too_long", answer.language, length=len(question), limit=desk.settings.max_question_chars))
            await reply(update, context, text, answer.language)
            return
        markup = feedback_keyboard(asked.question_id) if asked.question_id and answer.kind in FEEDBACK_KINDS else None
        await reply(update, context, answer_html(answer), answer.language, reply_markup=markup)
    finally:
        if asked.log_later is not None:           # the store was down: the user did not wait for it
            await asyncio.to_thread(asked.log_later)


def _is_action(update: Update, bot) -> bool:
    """Counts in the ``actions`` limit: a button, a command for this bot, or (in a private chat)
    an edit or a message that is not text. Text is a question (its own limit); group chatter
    not meant for the bot costs nothing."""
    if update.callback_query is not None:
        return True
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return False
    text = message.text or ""
    if text.startswith("/") and any(e.type == MessageEntity.BOT_COMMAND and e.offset == 0 for e in message.entities or ()):
        target = text.split()[0].partition("@")[2]
        return not target or target.lower() == (bot.username or "").lower()
    if update.effective_chat.type != ChatType.PRIVATE:
        return False
    return update.edited_message is not None or not message.text


async def limit_actions(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Before every handler: commands, buttons and other messages have a per-user limit too
    (:data:`bot.telegram_channel.rate_limit.ACTION_ALLOWANCE` times the question limit). A
    refused one gets one notice per refusal period; a refused button stops spinning."""
    if not isinstance(update, Update) or update.effective_user is None or update.effective_user.is_bot:
        return
    delivery = CURRENT.get()
    if (delivery is not None and delivery.retrying) or not _is_action(update, context.bot):
        return
    verdict = await asyncio.to_thread(desk_of(context).limit, update.effective_user.id, "actions")
    if verdict.accepted:
        return
    log.debug("update %s refused by the per-user limit (%.0f s to wait)", update.update_id, verdict.wait)
    lang = await user_language(update, context)
    notice = t("tg.rate_limited_actions", lang, wait=wait_text(verdict.wait, lang))
    with suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(plain(notice, lang) if verdict.notify else None)
        elif verdict.notify:
            await reply(update, context, esc(notice), lang)
    raise ApplicationHandlerStop


async def on_feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    match = FEEDBACK_DATA.fullmatch(query.data or "")
    if match is None:                             # not a button this bot made: forged, or garbage
        log.debug("ignored feedback button data %r", (query.data or "")[:64])
        with suppress(TelegramError):
            await query.answer()
        return
    question_id, value = int(match[1]), int(match[2])
    desk = desk_of(context)
    done = await asyncio.to_thread(desk.feedback, query.from_user.id, question_id, value)
    lang = await user_language(update, context)
    if done is None:
        await query.answer(plain(t("tg.feedback_failed", lang), lang))
    elif not done:
        await query.answer(plain(t("tg.feedback_not_yours", lang), lang))
    else:
        await query.answer(plain(t("tg.feedback_thanks", lang), lang))
        with suppress(BadRequest):
            await query.edit_message_reply_markup(reply_markup=feedback_keyboard(question_id, chosen=value))


async def on_stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no handler knows (an old keyboard): stop the client's spinner."""
    with suppress(TelegramError):
        await update.callback_query.answer()


UNSUPPORTED = (("photo", "photo"), ("voice", "voice"), ("audio", "voice"), ("video_note", "video"), ("video", "video"),
               ("animation", "video"), ("sticker", "sticker"), ("document", "document"))


async def on_unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if update.effective_chat.type != ChatType.PRIVATE and addressed_text(message, context.bot) is None:
        return
    kind = next((key for attr, key in UNSUPPORTED if getattr(message, attr, None)), "other")
    lang = await user_language(update, context, message.caption)
    await reply(update, context, esc(t(f"tg.unsupported.{kind}", lang)), lang)


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.edited_message
    if message is None or (update.effective_chat.type != ChatType.PRIVATE and addressed_text(message, context.bot) is None):
        return
    lang = await user_language(update, context, message.text)
    await reply(update, context, esc(t("tg.edited", lang)), lang)


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    command, _, target = message.text.split()[0][1:].partition("@")
    if target and target.lower() != (context.bot.username or "").lower():
        return                                    # meant for another bot
    if update.effective_chat.type != ChatType.PRIVATE and not target:
        return                                    # in groups, only commands addressed to us
    known = {c.lower() for handlers in context.application.handlers.values() for h in handlers
             if isinstance(h, CommandHandler) for c in h.commands}
    if command.lower() in known:
        return                                    # handled in another handler group
    await reply_unknown_command(update, context)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The one error handler: log (the token is masked), tell the user something went wrong."""
    error = context.error
    if isinstance(error, (NetworkError, TimedOut)) and update is None:
        log.warning("the Bot API server is unreachable (%s); retrying", error)
        return
    if isinstance(error, Forbidden):
        log.info("a user blocked the bot or left the chat: %s", error)
        return
    kind = "unknown"
    if isinstance(update, Update):
        kind = next((k for k in ("message", "edited_message", "callback_query") if getattr(update, k, None)), "other")
    delivery = CURRENT.get()
    if delivery is not None and delivery.journaled and transient(error):
        delivery.failure = error                  # the journal gives the update back: answered when the API is back
        return
    log.error("error while handling update %s (%s)", getattr(update, "update_id", "-"), kind, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if delivery is not None and delivery.delivered:
        return                                    # the answer (or part of it) went out: no "something went wrong"
    user = update.effective_user
    desk = context.bot_data.get("desk")
    lang = (desk.cached_language(user.id) if desk and user else None) or (
        (user.language_code or "en").split("-")[0] if user else "en")
    lang = lang if lang in LANGUAGES else "en"
    with suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(plain(t("tg.error", lang), lang))
        else:
            await context.bot.send_message(update.effective_chat.id, bidi(esc(t("tg.error", lang)), lang))


# =========================================================================== the application
async def _post_init(app: Application) -> None:
    """Command menus per language (Telegram shows the one matching the user's app language)."""
    menu = list(CORE_MENU) + list(app.bot_data.get("menu_commands", []))
    try:
        for lang in (None, "en", "ar", "fr"):
            commands = [BotCommand(name, t(key, lang or "en")[:256]) for name, key in menu]
            await app.bot.set_my_commands(commands, language_code=lang)
    except TelegramError as err:
        log.warning("could not register the command menus (%s); the commands still work", err)
    log.info("GCM Help Desk is connected to Telegram as @%s", app.bot.username)


def _file_url(base_url: str) -> str:
    base = base_url.rstrip("/")
    return (base[: -len("/bot")] if base.endswith("/bot") else base) + "/file/bot"


def build_application(settings, engine, store, clock: Callable[[], datetime] | None = None) -> Application:
    """The bot, ready for ``run_polling`` / ``run_webhook`` (or ``async with app`` in tests)."""
    token = settings.telegram_token.get_secret_value()
    if not token:
        raise ValueError("GCMBOT_TELEGRAM_TOKEN is not set: get a token from @BotFather and put it in .env")
    mask_secrets_in_logs(token, settings.webhook_secret.get_secret_value(), settings.llm_api_key.get_secret_value())
    clock = clock or make_clock(settings)
    queue = JournalingQueue()
    app = (
        ApplicationBuilder()
        .token(token)
        .update_queue(queue)
        .base_url(settings.telegram_api_url.rstrip("/"))
        .base_file_url(_file_url(settings.telegram_api_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
                           tzinfo=ZoneInfo(settings.timezone)))
        .rate_limiter(DeliveryLimiter())
        .concurrent_updates(PerChatUpdateProcessor(64))
        .connection_pool_size(64)
        .pool_timeout(10.0)
        .post_init(_post_init)
        .build()
    )
    desk = HelpDesk(settings, engine, store, clock)
    replica = Replica(store)
    journal = UpdateJournal(store, replica, desk.store_ok, desk.store_failed)
    queue.journal = app.update_processor.journal = journal
    app.bot_data.update(settings=settings, engine=engine, store=store, clock=clock, desk=desk, replica=replica,
                        journal=journal)
    app.bot_data.setdefault("menu_commands", [])
    app.bot_data.setdefault("help_keys", [])
    if app.job_queue is not None:
        app.job_queue.run_once(tick_job, when=TICK, name="gcm-update-journal")

    app.add_handler(TypeHandler(Update, limit_actions), group=-1)

    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edited))
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(CommandHandler("help", on_help))
    app.add_handler(CommandHandler("language", on_language))
    app.add_handler(CommandHandler("ask", on_ask))
    app.add_handler(CommandHandler("sources", on_sources))
    app.add_handler(CallbackQueryHandler(on_language_chosen, pattern=r"^lang:"))
    app.add_handler(CallbackQueryHandler(on_feedback, pattern=r"^fb:"))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE,
                                   on_private_text))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & filters.ChatType.GROUPS,
                                   on_group_text))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, on_unsupported))

    for name in EXTENSION_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                continue
            raise
        module.register(app)

    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, on_unknown_command))
    app.add_handler(CallbackQueryHandler(on_stale_button))
    app.add_error_handler(on_error)
    return app


__all__ = [
    "HelpDesk", "Asked", "build_application", "unknown_command_reply", "reply_unknown_command", "user_language", "reply",
    "make_clock", "mask_secrets_in_logs", "language_keyboard", "feedback_keyboard", "PerChatUpdateProcessor",
    "FloodLimiter", "DeliveryLimiter", "limit_actions",
]
