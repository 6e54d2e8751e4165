"""A fake Telegram Bot API server on 127.0.0.1, for tests and ``gcmbot bench telegram``.

It speaks enough of the Bot API for python-telegram-bot (polling and webhook mode)
and records every call the bot makes, with its parameters, so a test can drive a
real ``gcmbot serve`` process the way Telegram would::

    server = BotAPIServer(token="123:TEST").start()      # its own thread and event loop
    env["GCMBOT_TELEGRAM_API_URL"] = server.base_url        # http://127.0.0.1:PORT/bot
    server.send_text(user_id=42, text="When is the IMRF?", language_code="en")
    call = server.wait_for_sync("sendMessage", chat_id=42, timeout=10)
    # or, in async tests:  call = await server.wait_for("sendMessage", chat_id=42)

What it models, as Telegram does it:

* ``getUpdates``: long polling with ``timeout``; ``offset`` confirms every update
  with a smaller ``update_id`` (they are forgotten), a negative offset keeps only
  the last ``-offset`` updates; ``limit``; 409 Conflict while a webhook is set.
* ``setWebhook`` / ``deleteWebhook`` / ``getWebhookInfo``: while a webhook is set,
  queued updates are POSTed to it with the ``X-Telegram-Bot-Api-Secret-Token``
  header, and retried until the bot answers 200.
* ``sendMessage``, ``editMessageText``, ``editMessageReplyMarkup``, ``sendDocument``
  (multipart) ... return proper ``Message`` objects with increasing ids per chat.
* ``setMyCommands`` / ``getMyCommands`` keyed by scope and language_code.
* A chat can be made to answer 403 "Forbidden: bot was blocked by the user"
  (:meth:`block`), any method can be made to fail (:meth:`fail_next`, optionally for one
  chat only: a 429 with ``retry_after`` for one chat), to fail at random
  (:meth:`fail_randomly`: "5% of sends answer 502"), to answer late (:meth:`delay_next`:
  done at once, answered after a delay; or held before being done, and not done at all
  if the bot has gone away meanwhile), or to drop the connection without doing anything
  (:meth:`disconnect_next`). :meth:`clear_faults` removes what is still armed. Every
  request can be refused as Telegram refuses a revoked token (:meth:`reject_token`).
* :meth:`stop` and :meth:`start` again on the same port: the queue, the offsets and
  the record survive, as they do when the real Bot API server is briefly unreachable.
* Webhook delivery to several replicas behind a proxy: set :attr:`webhook_backends`
  (the proxy's upstreams: round robin, the next one when one does not answer) and
  :attr:`webhook_connections` (requests in flight at once, as Telegram's
  ``max_connections``).

Timings for the benchmark: ``served_at[update_id]`` (when getUpdates first returned
the update, ``time.perf_counter``), ``served_count[update_id]``, and ``Call.at``.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import ClientSession, ClientTimeout, web

BOT_ID = 123
BOT_USERNAME = "gcm_helpdesk_bot"

# parameters that are text and must not be decoded as JSON ("123" stays "123")
_TEXT_FIELDS = {
    "text", "caption", "description", "short_description", "title", "url", "secret_token",
    "parse_mode", "action", "callback_query_id", "inline_message_id", "ip_address",
    "language_code", "emoji", "name", "file_name", "query", "business_connection_id",
}
_CALLABLE = (type(lambda: None), type(len))


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: how Telegram counts entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_and_mention_entities(text: str) -> list[dict]:
    """Entities Telegram would attach: a leading /command[@bot], and @mentions."""
    entities = []
    m = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
    if m:
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group(0))})
    for m in re.finditer(r"(?<![\w/])@[A-Za-z][A-Za-z0-9_]{3,}", text):
        if entities and m.start() < entities[0]["length"] and entities[0]["type"] == "bot_command":
            continue
        entities.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
    return entities


@dataclass
class Call:
    """One request the bot made."""
    method: str
    params: dict[str, Any]
    at: float                                   # time.perf_counter() when received
    files: dict[str, dict] = field(default_factory=dict)   # multipart uploads: {field: {filename, content_type, data}}
    result: Any = None                          # what the server answered ("ok": true results)
    status: int = 200
    index: int = 0

    def get(self, key, default=None):
        return self.params.get(key, default)

    @property
    def text(self) -> str:
        return str(self.params.get("text", self.params.get("caption", "")))

    @property
    def chat_id(self):
        return self.params.get("chat_id")

    @property
    def buttons(self) -> list[dict]:
        """Inline keyboard buttons, flattened (each {text, callback_data|url})."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    def __repr__(self) -> str:  # short, for assertion messages
        shown = {k: (v if len(str(v)) < 120 else str(v)[:117] + "...") for k, v in self.params.items()}
        return f"Call#{self.index}({self.method}, {shown})"


def _same(value, expected) -> bool:
    if isinstance(expected, _CALLABLE):
        return bool(expected(value))
    if value is None:
        return expected is None
    if isinstance(expected, (int, str)) and not isinstance(expected, bool):
        return str(value) == str(expected)
    return value == expected


class BotAPIServer:
    """A Bot API server on 127.0.0.1 running in its own thread and event loop."""

    def __init__(self, token: str = "123:TEST", host: str = "127.0.0.1", port: int = 0,
                 bot_username: str = BOT_USERNAME, bot_name: str = "GCM Help Desk"):
        self.token = token
        self.host = host
        self.port = port
        self.bot_user = {
            "id": int(token.split(":")[0]) if token.split(":")[0].isdigit() else BOT_ID,
            "is_bot": True, "first_name": bot_name, "username": bot_username,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        self.pending: list[dict] = []                 # updates not yet confirmed
        self.served_at: dict[int, float] = {}         # update_id -> first time getUpdates returned it
        self.served_count: dict[int, int] = {}
        self.enqueued_at: dict[int, float] = {}
        self.updates: dict[int, dict] = {}            # every update ever enqueued
        self.blocked: set[int] = set()
        self.commands: dict[tuple[str, str], list[dict]] = {}   # (scope type[:chat], language_code) -> commands
        self.webhook: dict[str, Any] = {}
        self.get_updates_delay = 0.0                  # seconds added before answering getUpdates
        self.rejecting: tuple[int, str] | None = None   # (status, description) every request gets
        self._faults: list[_Fault] = []
        self._random_failures: dict[str, tuple[float, int]] = {}   # method -> (rate, status)
        self._rng = random.Random(0)
        self.held = 0                                 # requests held by delay_next(..., done_first=False) right now
        self.webhook_backends: list[str] = []         # a proxy's upstreams (empty: the registered URL)
        self.webhook_connections = 1                  # webhook requests in flight at once
        self._route: int | None = None
        self._routes: dict[int, int] = {}             # update_id -> upstream it goes to first
        self._consumed: set[int] = set()
        self._update_ids = itertools.count(10_000)
        self._message_ids: dict[int, itertools.count] = {}
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._new_update: asyncio.Event | None = None
        self._webhook_task: asyncio.Task | None = None
        self._session: ClientSession | None = None
        self.running = False
        self.listeners: list[Callable[[Call], None]] = []   # called (in the server's thread) with each call
        self.polls_started = 0                        # getUpdates requests received (counted on arrival)
        self.polling_now = 0                          # getUpdates requests being answered right now

    # -- lifecycle -----------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """What GCMBOT_TELEGRAM_API_URL should be: http://127.0.0.1:PORT/bot"""
        return f"http://{self.host}:{self.port}/bot"

    def start(self) -> "BotAPIServer":
        """Start serving (again, on the same port after :meth:`stop`)."""
        if self._thread is None:
            ready = threading.Event()
            self._thread = threading.Thread(target=self._run_loop, args=(ready,), name="fake-bot-api", daemon=True)
            self._thread.start()
            ready.wait()
        self._call_in_loop(self._start_site())
        return self

    def stop(self) -> None:
        """Stop serving: open connections are cut, like a Bot API server going away.
        What was queued and recorded is kept for :meth:`start`."""
        if self._loop and self.running:
            self._call_in_loop(self._stop_site())

    def close(self) -> None:
        """Stop serving and end the server's thread."""
        self.stop()
        if self._loop:
            if self._session:
                self._call_in_loop(self._session.close())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
            self._loop = self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()

    async def __aenter__(self):
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc):
        await asyncio.to_thread(self.close)

    def _run_loop(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._new_update = asyncio.Event()
        ready.set()
        self._loop.run_forever()
        self._loop.close()

    def _call_in_loop(self, coro, timeout: float = 15):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    async def _start_site(self) -> None:
        if self.running:
            return
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, reuse_address=True)
        await site.start()
        if not self.port:
            self.port = site._server.sockets[0].getsockname()[1]
        self.running = True
        if self.webhook.get("url"):
            self._ensure_webhook_pusher()

    async def _stop_site(self) -> None:
        self.running = False
        if self._webhook_task:
            self._webhook_task.cancel()
            self._webhook_task = None
        self._new_update.set()          # wake long polls so they end
        await self._runner.cleanup()
        self._runner = None
        self._new_update.clear()

    # -- what a test does: users write to the bot ---------------------------------
    def enqueue(self, update: dict) -> dict:
        """Queue a raw update (``update_id`` is assigned) and return it."""
        with self._lock:
            update = dict(update)
            update["update_id"] = next(self._update_ids)
            self.pending.append(update)
            self.updates[update["update_id"]] = update
            if self._route is not None:
                self._routes[update["update_id"]] = self._route
            self.enqueued_at[update["update_id"]] = time.perf_counter()
        if self._loop:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return update

    @contextlib.contextmanager
    def routed_to(self, backend: int):
        """Updates enqueued inside go to upstream ``backend`` of :attr:`webhook_backends` first
        (to drive one replica, as a sticky proxy would)."""
        self._route = backend
        try:
            yield
        finally:
            self._route = None

    def _next_message_id(self, chat_id: int) -> int:
        with self._lock:
            counter = self._message_ids.setdefault(int(chat_id), itertools.count(1))
            return next(counter)

    @staticmethod
    def user(user_id: int, language_code: str | None = "en", first_name: str = "Test", username: str | None = None) -> dict:
        u = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            u["language_code"] = language_code
        if username:
            u["username"] = username
        return u

    @staticmethod
    def chat(chat_id: int, chat_type: str = "private", title: str = "GCM stakeholders") -> dict:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": "Test"}
        return {"id": chat_id, "type": chat_type, "title": title}

    def message(self, user_id: int, text: str | None = None, *, language_code: str | None = "en",
                chat_id: int | None = None, chat_type: str = "private", reply_to: dict | None = None,
                entities: list[dict] | None = None, **content) -> dict:
        """A Message object as Telegram would send it (not queued)."""
        chat_id = user_id if chat_id is None else chat_id
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chat(chat_id, chat_type),
            "from": self.user(user_id, language_code),
        }
        if text is not None:
            msg["text"] = text
            ents = command_and_mention_entities(text) if entities is None else entities
            if ents:
                msg["entities"] = ents
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        msg.update(content)
        return msg

    def send_text(self, user_id: int, text: str, **kw) -> dict:
        """A user writes ``text`` (a private chat unless chat_id/chat_type say a group)."""
        return self.enqueue({"message": self.message(user_id, text, **kw)})

    def send_photo(self, user_id: int, caption: str | None = None, **kw) -> dict:
        photo = [{"file_id": "AgACphoto", "file_unique_id": "uphoto", "width": 320, "height": 240, "file_size": 9000}]
        extra = {"caption": caption} if caption else {}
        return self.enqueue({"message": self.message(user_id, None, photo=photo, **extra, **kw)})

    def send_voice(self, user_id: int, **kw) -> dict:
        voice = {"file_id": "AwACvoice", "file_unique_id": "uvoice", "duration": 4, "mime_type": "audio/ogg"}
        return self.enqueue({"message": self.message(user_id, None, voice=voice, **kw)})

    def send_sticker(self, user_id: int, **kw) -> dict:
        sticker = {"file_id": "CAACsticker", "file_unique_id": "usticker", "type": "regular", "width": 512,
                   "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"}
        return self.enqueue({"message": self.message(user_id, None, sticker=sticker, **kw)})

    def send_document(self, user_id: int, file_name: str = "report.pdf", **kw) -> dict:
        document = {"file_id": "BQACdoc", "file_unique_id": "udoc", "file_name": file_name, "mime_type": "application/pdf"}
        return self.enqueue({"message": self.message(user_id, None, document=document, **kw)})

    def send_location(self, user_id: int, **kw) -> dict:
        return self.enqueue({"message": self.message(user_id, None, location={"latitude": 33.89, "longitude": 35.5}, **kw)})

    def edit_text(self, message: dict, new_text: str) -> dict:
        """The user edits one of their earlier messages (an ``edited_message`` update)."""
        edited = dict(message, text=new_text, edit_date=int(time.time()))
        ents = command_and_mention_entities(new_text)
        edited.pop("entities", None)
        if ents:
            edited["entities"] = ents
        return self.enqueue({"edited_message": edited})

    def press_button(self, user_id: int, bot_message: dict | Call, data: str, language_code: str | None = "en") -> dict:
        """The user presses an inline button of a message the bot sent (a Call or its result)."""
        if isinstance(bot_message, Call):
            bot_message = bot_message.result
        query = {
            "id": str(next(self._update_ids)) + "cb",
            "from": self.user(user_id, language_code),
            "chat_instance": str(bot_message["chat"]["id"]),
            "message": bot_message,
            "data": data,
        }
        return self.enqueue({"callback_query": query})

    def block(self, chat_id: int) -> None:
        """From now on, sending to ``chat_id`` fails with 403 "bot was blocked by the user"."""
        self.blocked.add(int(chat_id))

    def unblock(self, chat_id: int) -> None:
        self.blocked.discard(int(chat_id))

    def fail_next(self, method: str, error_code: int = 500, description: str = "Internal Server Error",
                  parameters: dict | None = None, times: int = 1, chat_id: int | None = None) -> None:
        """The next ``times`` calls of ``method`` (to ``chat_id`` only, if given) fail, e.g. a 429
        with parameters={"retry_after": 1}."""
        with self._lock:
            self._faults.append(_Fault(method, "fail", times, chat_id, code=error_code, description=description,
                                       parameters=parameters or {}))

    def fail_randomly(self, method: str, rate: float, error_code: int = 502, seed: int = 0) -> None:
        """From now on each call of ``method`` fails with ``error_code`` with probability ``rate`` (0 stops it)."""
        with self._lock:
            self._rng = random.Random(seed)
            if rate > 0:
                self._random_failures[method] = (rate, error_code)
            else:
                self._random_failures.pop(method, None)

    def delay_next(self, method: str, seconds: float, times: int = 1, *, done_first: bool = True,
                   chat_id: int | None = None) -> None:
        """The next ``times`` calls of ``method`` are slow. ``done_first``: done (recorded, the
        message "sent") at once, answered after ``seconds`` (a reply after the bot's timeout);
        else held ``seconds`` before being done, and never done if the bot has gone away."""
        with self._lock:
            self._faults.append(_Fault(method, "delay" if done_first else "hold", times, chat_id, seconds=seconds))

    def disconnect_next(self, method: str, times: int = 1, chat_id: int | None = None) -> None:
        """The next ``times`` calls of ``method`` get their connection closed, nothing done, no answer."""
        with self._lock:
            self._faults.append(_Fault(method, "disconnect", times, chat_id))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._random_failures.clear()

    def reject_token(self, error_code: int = 401, description: str = "Unauthorized") -> None:
        """From now on every request fails as with a revoked token (401 Unauthorized), or with
        ``error_code``/``description`` (404 "Not Found" is Telegram's answer to a malformed token)."""
        self.rejecting = (error_code, description)

    def accept_token(self) -> None:
        self.rejecting = None

    # -- what a test checks: the calls the bot made ---------------------------------
    def mark(self) -> int:
        """The number of calls so far (pass it as ``after=`` to look only at newer calls)."""
        with self._lock:
            return len(self.calls)

    def _match(self, method: str, after: int, match: dict, consume: bool):
        for call in self.calls[after:]:
            if call.method != method or call.status != 200 or (consume and call.index in self._consumed):
                continue
            if all(_same(call.params.get(k), v) for k, v in match.items()):
                if consume:
                    self._consumed.add(call.index)
                return call
        return None

    def find(self, method: str, *, after: int = 0, **match) -> list[Call]:
        """Every recorded successful call of ``method`` whose parameters match (no waiting)."""
        with self._lock:
            return [c for c in self.calls[after:] if c.method == method and c.status == 200
                    and all(_same(c.params.get(k), v) for k, v in match.items())]

    def wait_for_sync(self, method: str, *, timeout: float = 10, after: int = 0, consume: bool = True, **match) -> Call:
        """Wait for a call of ``method`` with these parameters (values may be predicates).

        Each call is returned once (``consume``): waiting twice for the same match
        waits for a second call. Raises AssertionError on timeout, listing the calls seen.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                call = self._match(method, after, match, consume)
                if call is not None:
                    return call
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c for c in self.calls[after:] if c.method == method][-8:]
                    raise AssertionError(f"no {method} call matching {match} within {timeout}s; last seen: {seen}")
                self._cond.wait(left)

    async def wait_for(self, method: str, *, timeout: float = 10, after: int = 0, consume: bool = True, **match) -> Call:
        """Async :meth:`wait_for_sync` (polls, so it works from any event loop)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                call = self._match(method, after, match, consume)
            if call is not None:
                return call
            if time.monotonic() > deadline:
                return await asyncio.to_thread(self.wait_for_sync, method, timeout=0, after=after, consume=consume, **match)
            await asyncio.sleep(0.005)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10) -> None:
        """Wait until ``predicate()`` (checked whenever a call arrives) is true."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError("condition not met within %ss" % timeout)
                self._cond.wait(min(left, 0.1))

    def wait_polling(self, timeout: float = 60, after: int | None = None) -> None:
        """Wait until the bot is long polling (a getUpdates request has arrived, beyond ``after`` of them)."""
        start = self.polls_started if after is None else after
        self.wait_until(lambda: self.polls_started > start and self.polling_now > 0, timeout)

    def assert_no_call(self, method: str, *, within: float = 0.5, after: int = 0, **match) -> None:
        """Fail if a matching call arrives (or has arrived since ``after``) within ``within`` seconds."""
        time.sleep(within)
        found = self.find(method, after=after, **match)
        assert not found, f"unexpected {method}: {found}"

    # -- HTTP ---------------------------------------------------------------------------
    async def _params(self, request: web.Request) -> tuple[dict, dict]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, dict] = {}
        ctype = request.content_type
        if request.method == "POST" and request.can_read_body:
            if ctype == "application/json":
                body = await request.json()
                params.update(body or {})
                return params, files
            if ctype.startswith("multipart/"):
                reader = await request.multipart()
                async for part in reader:
                    if part.filename is not None:
                        files[part.name] = {"filename": part.filename, "content_type": part.headers.get("Content-Type", ""),
                                            "data": await part.read()}
                        params[part.name] = "attach://" + part.name
                    else:
                        params[part.name] = await part.text()
            else:
                params.update(await request.post())
        decoded = {}
        for key, value in params.items():
            if isinstance(value, str) and key not in _TEXT_FIELDS:
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            decoded[key] = value
        return decoded, files

    def _record(self, call: Call) -> None:
        with self._cond:
            call.index = len(self.calls)
            self.calls.append(call)
            self._cond.notify_all()
        for listener in list(self.listeners):
            listener(call)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        if self.rejecting is not None:
            code, description = self.rejecting
            self._record(Call(method=method, params={}, at=time.perf_counter(), status=code))
            return web.json_response({"ok": False, "error_code": code, "description": description}, status=code)
        params, files = await self._params(request)
        call = Call(method=method, params=params, at=time.perf_counter(), files=files)
        fault = self._take_fault(method, params)
        failure = (fault.code, fault.description, fault.parameters) if fault is not None and fault.kind == "fail" else None
        if fault is not None and fault.kind == "disconnect":
            call.status = 0
            self._record(call)
            return await _drop(request)
        if fault is not None and fault.kind == "hold":
            with self._cond:
                self.held += 1
                self._cond.notify_all()
            try:
                until = time.monotonic() + fault.seconds
                while time.monotonic() < until and request.transport is not None and not request.transport.is_closing():
                    await asyncio.sleep(0.05)
            finally:
                with self._cond:
                    self.held -= 1
            if request.transport is None or request.transport.is_closing():
                call.status = 0                        # the bot went away meanwhile: nothing was done
                self._record(call)
                return await _drop(request)
        if failure is None and method not in ("getUpdates",) and params.get("chat_id") is not None:
            try:
                if int(params["chat_id"]) in self.blocked:
                    failure = (403, "Forbidden: bot was blocked by the user", {})
            except (TypeError, ValueError):
                pass
        if failure is not None:
            code, description, parameters = failure
            call.status = code
            self._record(call)
            body = {"ok": False, "error_code": code, "description": description}
            if parameters:
                body["parameters"] = parameters
            return web.json_response(body, status=code)
        handler = getattr(self, "_m_" + method, None)
        if handler is None:
            call.status = 404
            self._record(call)
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found: method not found"}, status=404)
        if method == "getUpdates":
            if self.webhook.get("url"):
                call.status = 409
                self._record(call)
                return web.json_response({"ok": False, "error_code": 409, "description":
                                          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}, status=409)
            with self._cond:
                self.polls_started += 1
                self.polling_now += 1
                self._cond.notify_all()
            try:
                result = await self._m_getUpdates(params, request)
            finally:
                with self._cond:
                    self.polling_now -= 1
            call.result = result
            self._record(call)
            return web.json_response({"ok": True, "result": result})
        try:
            result = handler(params, files)
        except _BadRequest as err:
            call.status = 400
            self._record(call)
            return web.json_response({"ok": False, "error_code": 400, "description": f"Bad Request: {err}"}, status=400)
        call.result = result
        self._record(call)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)         # done; the answer comes late (maybe to nobody)
        return web.json_response({"ok": True, "result": result})

    def _take_fault(self, method: str, params: dict) -> "_Fault | None":
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.method == method and (fault.chat_id is None or str(params.get("chat_id")) == str(fault.chat_id)):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.pop(i)
                    return fault
            if method in self._random_failures:
                rate, code = self._random_failures[method]
                if self._rng.random() < rate:
                    return _Fault(method, "fail", 1, None, code=code, description=_REASONS.get(code, "Server Error"))
        return None

    # -- methods ---------------------------------------------------------------------------
    async def _m_getUpdates(self, params: dict, request: web.Request | None = None) -> list[dict]:
        offset = params.get("offset")
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = float(params.get("timeout") or 0)
        with self._lock:
            if offset is not None:
                offset = int(offset)
                if offset < 0:
                    self.pending = self.pending[offset:]
                else:
                    self.pending = [u for u in self.pending if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                batch = self.pending[:limit]
            if batch or not self.running:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._new_update.clear()
            with self._lock:
                if self.pending:
                    continue
            try:
                await asyncio.wait_for(self._new_update.wait(), left)
            except asyncio.TimeoutError:
                pass
        if not self.running:
            return []
        if request is not None and (request.transport is None or request.transport.is_closing()):
            return []                                  # the bot went away while polling: nothing delivered
        if self.get_updates_delay:
            await asyncio.sleep(self.get_updates_delay)
        now = time.perf_counter()
        with self._lock:
            for u in batch:
                self.served_at.setdefault(u["update_id"], now)
                self.served_count[u["update_id"]] = self.served_count.get(u["update_id"], 0) + 1
        return batch

    def _m_getMe(self, params, files):
        return self.bot_user

    def _m_logOut(self, params, files):
        return True

    def _m_close(self, params, files):
        return True

    def _bot_message(self, params: dict, **content) -> dict:
        chat_id = params.get("chat_id")
        if chat_id is None:
            raise _BadRequest("chat_id is empty")
        chat_id = int(chat_id)
        msg = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chat(chat_id, "private" if chat_id > 0 else ("supergroup" if str(chat_id).startswith("-100") else "group")),
            "from": self.bot_user,
        }
        msg.update(content)
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            if isinstance(markup, dict) and "inline_keyboard" in markup:
                msg["reply_markup"] = markup
        return msg

    def _m_sendMessage(self, params, files):
        text = params.get("text")
        if not text:
            raise _BadRequest("message text is empty")
        if utf16_len(str(text)) > 4096 * 2:     # after entity parsing Telegram allows 4096; raw HTML is checked by tests
            raise _BadRequest("message is too long")
        return self._bot_message(params, text=str(text))

    def _m_sendChatAction(self, params, files):
        if not params.get("action"):
            raise _BadRequest("action is empty")
        return True

    def _m_answerCallbackQuery(self, params, files):
        return True

    def _m_editMessageText(self, params, files):
        msg = self._bot_message(params, text=str(params.get("text", "")))
        msg["message_id"] = int(params.get("message_id", msg["message_id"]))
        msg["edit_date"] = int(time.time())
        return msg

    def _m_editMessageReplyMarkup(self, params, files):
        msg = self._bot_message(params, text="")
        msg["message_id"] = int(params.get("message_id", msg["message_id"]))
        msg["edit_date"] = int(time.time())
        return msg

    def _m_deleteMessage(self, params, files):
        return True

    def _m_sendDocument(self, params, files):
        upload = files.get("document") or {}
        document = {
            "file_id": "BQACsent%d" % len(self.calls), "file_unique_id": "usent%d" % len(self.calls),
            "file_name": upload.get("filename", "file"), "mime_type": upload.get("content_type", ""),
            "file_size": len(upload.get("data", b"")),
        }
        extra = {"caption": params["caption"]} if params.get("caption") else {}
        return self._bot_message(params, document=document, **extra)

    @staticmethod
    def _scope_key(params) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if isinstance(scope, str):
            scope = json.loads(scope)
        key = scope.get("type", "default") + (f":{scope['chat_id']}" if "chat_id" in scope else "")
        return key, params.get("language_code") or ""

    def _m_setMyCommands(self, params, files):
        self.commands[self._scope_key(params)] = list(params.get("commands") or [])
        return True

    def _m_getMyCommands(self, params, files):
        return self.commands.get(self._scope_key(params), [])

    def _m_deleteMyCommands(self, params, files):
        self.commands.pop(self._scope_key(params), None)
        return True

    def _m_setWebhook(self, params, files):
        url = params.get("url") or ""
        if url and not url.startswith(("http://", "https://")):
            raise _BadRequest("bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates"):
            with self._lock:
                self.pending.clear()
        self.webhook = {"url": url, "secret_token": params.get("secret_token") or "",
                        "allowed_updates": params.get("allowed_updates")} if url else {}
        if url:
            self._ensure_webhook_pusher()
        return True

    def _m_deleteWebhook(self, params, files):
        if params.get("drop_pending_updates"):
            with self._lock:
                self.pending.clear()
        self.webhook = {}
        if self._webhook_task:
            self._webhook_task.cancel()
            self._webhook_task = None
        return True

    def _m_getWebhookInfo(self, params, files):
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self.pending)}

    # -- webhook delivery ---------------------------------------------------------------
    def _ensure_webhook_pusher(self) -> None:
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.get_running_loop().create_task(self._push_webhook())

    async def _push_webhook(self) -> None:
        """Deliver pending updates to the webhook (or the proxy's upstreams), at most
        :attr:`webhook_connections` at once, each until an upstream answers 200."""
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=10))
        in_flight: set[int] = set()
        slots = asyncio.Semaphore(max(1, self.webhook_connections))
        turn = itertools.count()
        while self.webhook.get("url"):
            with self._lock:
                update = next((u for u in self.pending if u["update_id"] not in in_flight), None)
            if update is None:
                self._new_update.clear()
                with self._lock:
                    if any(u["update_id"] not in in_flight for u in self.pending):
                        continue
                await self._new_update.wait()
                continue
            await slots.acquire()
            in_flight.add(update["update_id"])
            asyncio.get_running_loop().create_task(self._push_one(update, in_flight, slots, next(turn)))

    async def _push_one(self, update: dict, in_flight: set, slots: asyncio.Semaphore, turn: int) -> None:
        headers = {"Content-Type": "application/json"}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        try:
            while self.webhook.get("url"):
                targets = list(self.webhook_backends) or [self.webhook["url"]]
                first = self._routes.get(update["update_id"], turn)
                ok = False
                for i in range(len(targets)):              # round robin; the next upstream if one fails
                    try:
                        now = time.perf_counter()
                        async with self._session.post(targets[(first + i) % len(targets)], data=json.dumps(update),
                                                      headers=headers) as resp:
                            ok = resp.status == 200
                    except (OSError, asyncio.TimeoutError, Exception):   # that replica is not listening
                        ok = False
                    if ok:
                        break
                if ok:
                    with self._lock:
                        self.served_at.setdefault(update["update_id"], now)
                        self.served_count[update["update_id"]] = self.served_count.get(update["update_id"], 0) + 1
                        self.pending = [u for u in self.pending if u["update_id"] != update["update_id"]]
                    return
                await asyncio.sleep(0.2)
        finally:
            in_flight.discard(update["update_id"])
            slots.release()
            self._new_update.set()


class _BadRequest(Exception):
    pass


_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


@dataclass
class _Fault:
    method: str
    kind: str                       # fail | delay | hold | disconnect
    times: int
    chat_id: int | None = None
    code: int = 500
    description: str = "Internal Server Error"
    parameters: dict = field(default_factory=dict)
    seconds: float = 0.0


async def _drop(request: web.Request) -> web.StreamResponse:
    """Close the connection without an answer (the client sees the server disconnect)."""
    if request.transport is not None:
        request.transport.abort()
    raise asyncio.CancelledError()


class ServeProcess:
    """The real ``gcmbot serve`` in a subprocess, pointed at a :class:`BotAPIServer`.

    ``env`` is added to a clean copy of the environment (no GCMBOT_* from outside), with
    GCMBOT_TELEGRAM_TOKEN and GCMBOT_TELEGRAM_API_URL set for ``server``. Its stderr goes
    to ``log_path`` (read it with :attr:`log`). :meth:`start` returns once the bot is long
    polling (or, with ``ready="setWebhook"``, once it has registered its webhook; with
    ``ready="log:TEXT"``, once its log says TEXT: a standby replica does not poll).
    """

    def __init__(self, server: BotAPIServer, env: dict, log_path, *, args: tuple[str, ...] = ()):
        import os
        import sys
        from pathlib import Path

        self.server = server
        self.log_path = Path(log_path)
        self.args = args
        base = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
        base.update({"GCMBOT_TELEGRAM_TOKEN": server.token, "GCMBOT_TELEGRAM_API_URL": server.base_url,
                     "PYTHONUNBUFFERED": "1"})
        base.update({k: str(v) for k, v in env.items()})
        self.env = base
        script = Path(sys.executable).with_name("gcmbot")
        self.command = [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]
        self.proc = None
        self._log = None

    def start(self, timeout: float = 90, ready: str = "polling") -> "ServeProcess":
        return self.launch().wait_ready(timeout, ready)

    def launch(self) -> "ServeProcess":
        """Start the process without waiting (several replicas start together: see :meth:`wait_ready`)."""
        import subprocess

        self._mark, self._polls, self._logged = self.server.mark(), self.server.polls_started, len(self.log)
        self._log = open(self.log_path, "a", encoding="utf-8")
        self.proc = subprocess.Popen(self.command + ["serve", *self.args], env=self.env,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        return self

    def wait_ready(self, timeout: float = 90, ready: str = "polling") -> "ServeProcess":
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise AssertionError(f"gcmbot serve exited with {self.proc.returncode}:\n{self.log[-4000:]}")
            try:
                if ready == "polling":
                    self.server.wait_polling(timeout=0.5, after=self._polls)
                elif ready.startswith("log:"):
                    if ready[4:] not in self.log[self._logged:]:
                        time.sleep(0.2)
                        raise AssertionError(ready)
                else:
                    self.server.wait_for_sync(ready, timeout=0.5, after=self._mark, consume=False)
                return self
            except AssertionError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"gcmbot serve not ready after {timeout}s:\n{self.log[-4000:]}") from None

    def stop(self, timeout: float = 30) -> int | None:
        """SIGTERM (a graceful stop, as systemd or docker would do it); its exit code."""
        import signal
        import subprocess

        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        code = self.proc.returncode
        self.proc = None
        if self._log:
            self._log.close()
            self._log = None
        return code

    def restart(self, timeout: float = 90) -> "ServeProcess":
        self.stop()
        return self.start(timeout)

    def kill(self) -> None:
        """SIGKILL: no chance to finish anything (a crash, the OOM killer, a pulled plug)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None
        if self._log:
            self._log.close()
            self._log = None

    @property
    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""


# --------------------------------------------------------------------------- helpers for the tests
import html as _html
from pathlib import Path

_ids = itertools.count(7_000_001)
_groups = itertools.count(1)
BIDI_MARKS = re.compile("[\u200e\u200f]")


def new_user() -> int:
    """A Telegram user id no other test uses (so replies are easy to tell apart)."""
    return next(_ids)


def new_group() -> int:
    """A supergroup chat id no other test uses."""
    return -1001000000000 - next(_groups)


def visible(text) -> str:
    """What the user reads: tags removed, entities decoded, direction marks removed."""
    text = getattr(text, "text", text)
    return BIDI_MARKS.sub("", _html.unescape(re.sub(r"<[^>]+>", "", str(text))))


def says(key: str, lang: str) -> str:
    """The start of a locale text as the user reads it (up to its first placeholder, 40 characters)."""
    from bot.messages import t

    return visible(t(key, lang)).split("{")[0][:40]


def copy_index(indexed_env: dict, dest: Path) -> Path:
    """A private copy of the prepared data dir (the bot writes its question log there)."""
    import shutil

    shutil.copytree(indexed_env["GCMBOT_DATA_DIR"], dest)
    return Path(dest)


def open_store(data_dir, database_url: str = ""):
    """The store the bot writes to, opened the way the bot opens it."""
    from bot.settings import Settings
    from bot.storage.store import Store

    return Store.from_settings(Settings(data_dir=data_dir, database_url=database_url))


def questions_of(store, user_id: int) -> list[dict]:
    """The question-log rows of a Telegram user, oldest first."""
    from sqlalchemy import select

    from bot.storage.schema import questions

    key = store.user_key(user_id)
    with store.engine.connect() as conn:
        rows = conn.execute(select(questions).where(questions.c.user_key == key).order_by(questions.c.id)).mappings().all()
    return [dict(r) for r in rows]


@contextlib.contextmanager
def running_bot(indexed_env: dict, base: Path, database_url: str = "", **env):
    """A Bot API server and the real ``gcmbot serve`` on a private copy of the index (in
    ``base``), with the store the bot writes to; stopped after (it must exit 0)."""
    data = copy_index(indexed_env, base / "data")
    server = BotAPIServer().start()
    proc = ServeProcess(server, dict(indexed_env, GCMBOT_DATA_DIR=data, GCMBOT_DATABASE_URL=database_url, **env),
                        base / "serve.log").start()
    store = open_store(data, database_url)
    try:
        yield type("Bot", (), {"server": server, "proc": proc, "store": store, "data": data})
    finally:
        code = proc.stop()
        store.close()
        server.close()
        assert code == 0, proc.log[-3000:]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


__all__ = ["BotAPIServer", "ServeProcess", "Call", "BOT_ID", "BOT_USERNAME", "free_port", "utf16_len",
           "command_and_mention_entities", "new_user", "new_group", "visible", "says", "copy_index", "open_store",
           "questions_of", "running_bot"]
