"""``gcmbot serve``: the Telegram bot.

Long polling by default; webhook mode when ``GCMBOT_WEBHOOK_URL`` is set (PTB's
webhook server on ``GCMBOT_WEBHOOK_LISTEN``:``GCMBOT_WEBHOOK_PORT``, requests
without ``GCMBOT_WEBHOOK_SECRET`` in ``X-Telegram-Bot-Api-Secret-Token`` refused).
Several replicas may run on one store: see :mod:`bot.telegram_channel.replicas`.
``GCMBOT_TELEGRAM_API_URL`` points the bot at a self-hosted Bot API server.
At start the index is brought in step with the knowledge base (incremental ingest).
"""
from __future__ import annotations

import asyncio
import logging
import re
import sys

HELP = "run the Telegram bot (long polling; a webhook when GCMBOT_WEBHOOK_URL is set)"
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def add_arguments(parser) -> None:
    parser.add_argument("--explain-chat", action="store_true",
                        help="only say (in Arabic, English and French) that no Telegram token is set, how to "
                             "connect Telegram, and that the terminal chat starts (used by `make run`)")


def explain_chat() -> str:
    from bot.messages import t

    return "\n\n".join(t("tg.explain_chat", lang) for lang in ("en", "fr", "ar"))


def sync_index(settings) -> None:
    """Bring the index in step with the knowledge base before going online: a first start builds
    it, a new image (or a `git pull`) with changed documents re-ingests what changed, an unchanged
    one costs a second. Problems are logged; the bot still starts on what could be indexed."""
    import logging

    log = logging.getLogger("gcmbot.serve")
    from ingest.pipeline import run_ingest

    log.info("checking the index against %s", settings.knowledge_dir)
    summary = run_ingest(settings, quiet=not sys.stderr.isatty())
    for line in summary.lines():
        if line.startswith(("error:", "warning:")):
            log.warning("ingest: %s", line)
    log.info("%s", summary.headline())


def rejected(err, settings) -> str:
    """One line for a Bot API server that refused the token (401) or does not know the path (404),
    naming the URL (credentials masked, never the token) and what to do."""
    from bot.settings import mask_url_password

    where = mask_url_password(settings.telegram_api_url)
    # the server's reason; PTB's own wrapper of it ("The token `...` was rejected") holds the token
    reason = str(err.__cause__ if err.__cause__ is not None else err)
    if "unauthorized" in reason.lower():        # 401: Telegram's answer to a revoked or mistyped token
        return (f"gcmbot serve: the Bot API server at {where} rejected GCMBOT_TELEGRAM_TOKEN (401 Unauthorized): "
                "the token was revoked or mistyped. Get the current one from @BotFather (/token), put it in .env "
                "as GCMBOT_TELEGRAM_TOKEN, then start again.")
    # 404: Telegram's answer to a token that is not one, and any web server's to a wrong path
    return (f"gcmbot serve: {where} answered 404 Not Found: GCMBOT_TELEGRAM_API_URL is wrong (it must "
            "end in /bot, e.g. https://api.telegram.org/bot) or GCMBOT_TELEGRAM_TOKEN is not a bot token "
            "(123456789:AA...). Check both in .env, then start again.")


class TokenRefusedWatch(logging.Filter):
    """A filter on PTB's ``telegram.ext`` logger for the token being refused while running.

    PTB's polling loop ends on ``InvalidToken`` (it does not retry, and does not call the
    polling error callback): all that is left of it is a log record. Without this the bot
    would stay up, deaf. The record is dropped (``serve`` says it in one line), and the
    application is stopped, so that ``serve`` exits non-zero and a supervisor notices.
    """

    def __init__(self, invalid_token: type[Exception]):
        super().__init__()
        self.invalid_token = invalid_token
        self.error: Exception | None = None
        self.app = None

    def filter(self, record: logging.LogRecord) -> bool:
        if not (record.exc_info and isinstance(record.exc_info[1], self.invalid_token)):
            return True
        self.error = record.exc_info[1]
        try:
            asyncio.get_running_loop().call_soon(self._stop)
        except RuntimeError:                      # not in the event loop: run_polling raises it itself
            pass
        return False

    def _stop(self) -> None:
        if self.app is None:
            return
        if self.app.running:
            self.app.stop_running()
        else:                                     # refused while starting: stop once started
            asyncio.get_running_loop().call_later(0.2, self._stop)


def check_token(settings) -> str | None:
    """Ask the Bot API server who we are before loading anything: a rejected token or a wrong URL
    is reported at once (one line, see :func:`rejected`). None when accepted, or when the server
    cannot be reached now (polling retries until it can)."""
    from telegram import Bot
    from telegram.error import InvalidToken, TelegramError

    async def ask() -> None:
        async with Bot(settings.telegram_token.get_secret_value(), base_url=settings.telegram_api_url.rstrip("/")):
            pass                                 # entering calls getMe

    ptb = logging.getLogger("telegram")          # its lines about this one request would repeat ours
    level = ptb.level
    ptb.setLevel(logging.CRITICAL)
    try:
        asyncio.run(ask())
    except InvalidToken as err:
        return rejected(err, settings)
    except TelegramError:
        return None
    finally:
        ptb.setLevel(level)
    return None


def warm_up(engine) -> None:
    """Answer one question per language before going online, so that the first user does not
    wait for what loads lazily (the embedder, language models)."""
    for question, lang in (("When is the International Migration Review Forum?", "en"),
                           ("Quand a lieu le Forum d'examen des migrations internationales ?", "fr"),
                           ("متى يُعقد المنتدى الدولي لاستعراض الهجرة؟", "ar")):
        engine.answer(question, language=lang)


def run(args) -> int:
    if args.explain_chat:
        print(explain_chat(), flush=True)
        return 0

    import os

    # One OpenMP thread per query: the bot answers several users at once from worker threads
    # (ctypes releases the GIL), and a multi-threaded embedder on a busy 2-core machine spins
    # (measured: 20 ms a query with 1 thread, 0.3-3 s with 2 under load).
    os.environ.setdefault("OMP_NUM_THREADS", "1")

    from bot.settings import get_settings

    settings = get_settings()
    token = settings.telegram_token.get_secret_value()
    if not token:
        print("gcmbot serve: GCMBOT_TELEGRAM_TOKEN is not set. Create a bot with @BotFather and put "
              "GCMBOT_TELEGRAM_TOKEN=<token> in .env (or use `gcmbot chat` in the terminal).", file=sys.stderr)
        return 2
    secret = settings.webhook_secret.get_secret_value()
    if settings.webhook_url:
        if not secret:
            print("gcmbot serve: webhook mode (GCMBOT_WEBHOOK_URL is set) needs GCMBOT_WEBHOOK_SECRET, so that "
                  "requests not coming from Telegram are refused. Set it to 1-256 characters from A-Z, a-z, 0-9, "
                  "_ and -, or unset GCMBOT_WEBHOOK_URL to use long polling.", file=sys.stderr)
            return 2
        if not SECRET_RE.match(secret):
            print("gcmbot serve: GCMBOT_WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1-256 characters), "
                  "as Telegram requires.", file=sys.stderr)
            return 2

    problem = check_token(settings)
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from telegram import Update
    from telegram.error import InvalidToken

    from bot.answering.engine import Engine
    from bot.settings import mask_url_password
    from bot.storage.store import Store
    from bot.telegram_channel.app import build_application, make_clock

    log = logging.getLogger("gcmbot.serve")
    refused = TokenRefusedWatch(InvalidToken)
    logging.getLogger("telegram.ext").addFilter(refused)
    try:
        clock = make_clock(settings)
    except ValueError as err:
        print(f"gcmbot serve: {err}", file=sys.stderr)
        return 2
    sync_index(settings)
    from bot.text.language import detect_language

    detect_language("warm up the language identifier")
    engine = Engine.from_settings(settings, clock=clock)
    warm_up(engine)
    store = Store.from_settings(settings)
    app = build_application(settings, engine, store, clock)
    refused.app = app
    from bot.telegram_channel import replicas

    try:
        if settings.webhook_url:
            from urllib.parse import urlsplit

            path = urlsplit(settings.webhook_url).path.strip("/")
            log.info("webhook mode: listening on %s:%d/%s for %s", settings.webhook_listen, settings.webhook_port,
                     path, mask_url_password(settings.webhook_url))
            replicas.run(app, webhook=dict(listen=settings.webhook_listen, port=settings.webhook_port, url_path=path,
                                           webhook_url=settings.webhook_url, secret_token=secret,
                                           allowed_updates=Update.ALL_TYPES, drop_pending_updates=False,
                                           bootstrap_retries=-1))
        else:
            log.info("long polling %s (one replica at a time polls)", mask_url_password(settings.telegram_api_url))
            replicas.run(app, polling=dict(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False,
                                           poll_interval=0.0, timeout=10, bootstrap_retries=-1))
    except InvalidToken as err:                   # refused after the check above (revoked meanwhile)
        print(rejected(err, settings), file=sys.stderr)
        return 2
    finally:
        store.close()
    if refused.error is not None:                 # revoked while polling: stopped rather than deaf
        print(rejected(refused.error, settings), file=sys.stderr)
        return 2
    log.info("stopped")
    return 0
