"""Talking to the Bot API: flood limits, retries, and every message sent once.

Every request the bot makes goes through :class:`DeliveryLimiter` (PTB's rate-limiter
hook, ``ApplicationBuilder.rate_limiter``):

- **flood limits**: PTB's :class:`~telegram.ext.AIORateLimiter` throttles (30 messages a
  second overall, 20 a minute per group); the typing indicator and callback answers are
  not messages and do not spend that budget;
- **429 Too Many Requests** pauses *the chat it was for* for ``retry_after`` seconds, then
  the request is retried: other chats go on. (AIORateLimiter halts every request of the
  bot while one chat waits, which delayed other users by seconds.)
- **5xx answers, connection failures, and timeouts before the request reached the server**
  are retried after :data:`RETRY_DELAYS` (with jitter): an outage of a few seconds is
  bridged. When it lasts longer the error reaches the handler, and the update goes back
  to the journal (:mod:`bot.telegram_channel.journal`), to be answered when the Bot API
  is back;
- **a message whose confirmation did not come back in time** (a read timeout on
  sendMessage / sendDocument) is taken as delivered, not resent: the server had the whole
  request, and sending it again would show the answer twice. ("TimedOut does not mean
  the request failed", PTB's wiki on network errors.) Other requests are retried;
- **exactly once across attempts**: while an update is being answered (:data:`CURRENT`),
  its messages are numbered and the result of each is recorded in the journal; when
  the update is answered again (its replica died mid-answer, or the Bot API stayed
  down), the messages already delivered are not sent again — the recorded result is
  returned instead.
"""
from __future__ import annotations

import asyncio
import logging
import random
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

# Seconds between tries of a request that failed with a 5xx or a network error: 5 tries over
# ~7.5 s (the "outage of a few seconds" of a Bot API restart); a longer outage is the journal's.
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)
RETRY_AFTER_TRIES = 3        # 429s in a row for one request before giving up (PTB's default)

UNMETERED = frozenset({"sendChatAction", "answerCallbackQuery"})
NOT_RETRIED = frozenset({"sendChatAction"})     # a late "typing…" is worse than none (the answer waits for it)
# What changes what the user sees: numbered per update, never repeated by a second attempt.
TRACKED = frozenset({"sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup",
                     "answerCallbackQuery", "deleteMessage"})
# Not idempotent: a second request would be a second message.
SENDS = frozenset({"sendMessage", "sendDocument", "sendPhoto"})


@dataclass
class Delivery:
    """One update being answered: what it has delivered so far, across attempts."""
    update_id: int
    attempt: int = 1
    results: list = field(default_factory=list)     # Bot API results of the tracked requests already made
    journaled: bool = True                          # False: the store was down when it arrived
    on_delivered: Callable[["Delivery"], Awaitable[None]] | None = None
    failure: BaseException | None = None            # the Bot API stayed unreachable: answer it again later
    made: int = 0                                    # tracked requests made (or skipped) in this attempt
    untracked: int = 0

    @property
    def retrying(self) -> bool:
        """Answered before, at least in part (the per-user limit was already counted)."""
        return self.attempt > 1

    @property
    def delivered(self) -> int:
        return len(self.results)


CURRENT: ContextVar[Delivery | None] = ContextVar("gcm_delivery", default=None)


@contextmanager
def untracked():
    """Requests made inside are neither numbered nor skipped (a "still looking" note: it
    depends on how long the answer takes, so a second attempt may or may not send one)."""
    delivery = CURRENT.get()
    if delivery is None:
        yield
        return
    delivery.untracked += 1
    try:
        yield
    finally:
        delivery.untracked -= 1


def read_timed_out(err: BaseException) -> bool:
    """The request was sent and its answer did not come in time (it may well have been done)."""
    import httpx

    return isinstance(err, TimedOut) and isinstance(err.__cause__, httpx.ReadTimeout)


def transient(err: BaseException) -> bool:
    """Worth trying again later: the Bot API answered 5xx or 429, or could not be reached."""
    return isinstance(err, (NetworkError, RetryAfter)) and not isinstance(err, BadRequest)


def _assumed_result(endpoint: str, data: dict) -> dict:
    """What a send whose confirmation was lost is taken to have returned."""
    chat_id: Any = data.get("chat_id")
    try:
        chat = {"id": int(chat_id), "type": "private" if int(chat_id) > 0 else "supergroup"}
    except (TypeError, ValueError):
        chat = {"id": 0, "type": "channel", "username": str(chat_id)}
    result = {"message_id": 0, "date": int(time.time()), "chat": chat}
    if endpoint == "sendMessage":
        result["text"] = str(data.get("text") or "")
    return result


class DeliveryLimiter(AIORateLimiter):
    """Flood limits, per-chat 429 pauses, bounded retries and once-only sends (see the module)."""

    def __init__(self, retry_delays: tuple[float, ...] = RETRY_DELAYS, **kwargs):
        kwargs.setdefault("max_retries", RETRY_AFTER_TRIES)
        super().__init__(**kwargs)
        self.retry_delays = tuple(retry_delays)
        self._paused: dict[str | None, float] = {}     # chat id (None: requests without one) -> loop time

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        delivery = CURRENT.get()
        tracked = delivery is not None and not delivery.untracked and endpoint in TRACKED
        if tracked:
            index, delivery.made = delivery.made, delivery.made + 1
            if index < len(delivery.results):
                log.info("update %s: %s #%d was delivered by an earlier attempt; not sent again",
                         delivery.update_id, endpoint, index + 1)
                return delivery.results[index]
        result = await self._with_retries(callback, args, kwargs, endpoint, data, rate_limit_args)
        if tracked:
            delivery.results.append(result)
            if delivery.on_delivered is not None:
                await delivery.on_delivered(delivery)
        return result

    async def _with_retries(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        chat_id = data.get("chat_id")
        chat_key = None if chat_id is None else str(chat_id)
        paused = failed = 0
        max_paused = rate_limit_args or self._max_retries
        while True:
            await self._wait_while_paused(chat_key)
            try:
                if endpoint in UNMETERED:
                    return await callback(*args, **kwargs)
                return await self._run_request(chat=chat_id is not None, group=_group(chat_id),
                                               allow_paid_broadcast=bool(data.get("allow_paid_broadcast")),
                                               callback=callback, args=args, kwargs=kwargs)
            except RetryAfter as err:
                wait = _retry_after_seconds(err)
                self._pause(chat_key, wait + 0.1)
                paused += 1
                if paused > max_paused:
                    log.warning("%s: still flood-limited after %d waits; giving up", endpoint, max_paused)
                    raise
                log.info("%s: flood limit for chat %s, waiting %.1f s (other chats go on)", endpoint,
                         chat_key or "-", wait)
            except BadRequest:
                raise
            except NetworkError as err:
                if read_timed_out(err) and endpoint in SENDS:
                    log.warning("%s to chat %s: no confirmation within the read timeout; taken as delivered "
                                "(sending it again would show it twice)", endpoint, chat_key or "-")
                    return _assumed_result(endpoint, data)
                if failed >= len(self.retry_delays) or endpoint in NOT_RETRIED:
                    raise
                delay = self.retry_delays[failed] * random.uniform(0.8, 1.2)
                failed += 1
                log.warning("%s: %s; trying again in %.1f s (%d of %d)", endpoint, err.message or type(err).__name__,
                            delay, failed, len(self.retry_delays))
                await asyncio.sleep(delay)

    def _pause(self, chat_key: str | None, seconds: float) -> None:
        until = asyncio.get_running_loop().time() + seconds
        self._paused[chat_key] = max(self._paused.get(chat_key, 0.0), until)

    async def _wait_while_paused(self, chat_key: str | None) -> None:
        loop = asyncio.get_running_loop()
        while chat_key in self._paused:
            left = self._paused[chat_key] - loop.time()
            if left <= 0:
                self._paused.pop(chat_key, None)
                return
            await asyncio.sleep(left)


def _retry_after_seconds(err: RetryAfter) -> float:
    value = getattr(err, "_retry_after", None)       # a timedelta in PTB 22 (the public property may warn)
    if value is None:
        value = err.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


def _group(chat_id) -> int | str | bool:
    """What AIORateLimiter limits per group: negative ids and @channel names."""
    try:
        value = int(chat_id)
    except (TypeError, ValueError):
        return chat_id if isinstance(chat_id, str) else False
    return value if value < 0 else False


__all__ = ["DeliveryLimiter", "Delivery", "CURRENT", "untracked", "transient", "read_timed_out", "RETRY_DELAYS"]
