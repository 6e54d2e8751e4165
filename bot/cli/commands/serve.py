"""``gcmbot serve``: the Telegram bot.

Long polling by default; webhook mode when ``GCMBOT_WEBHOOK_URL`` is set (PTB's
webhook server on ``GCMBOT_WEBHOOK_LISTEN``:``GCMBOT_WEBHOOK_PORT``, requests
without ``GCMBOT_WEBHOOK_SECRET`` in ``X-Telegram-Bot-Api-Secret-Token`` refused).
``GCMBOT_TELEGRAM_API_URL`` points the bot at a self-hosted Bot API server.
The index is built first when it is empty.
"""
from __future__ import annotations

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


def ensure_index(settings) -> None:
    """Build the index when the vector store holds nothing yet (a first `make run`)."""
    import logging

    log = logging.getLogger("gcmbot.serve")
    from ingest.embedders import embedder_name
    from ingest.pipeline import run_ingest
    from ingest.vectorstore import VectorStore

    if VectorStore(settings, embedder_name(settings)).count() > 0:
        return
    log.info("the index is empty: indexing %s first (once)", settings.documents_dir)
    summary = run_ingest(settings, quiet=True)
    for line in summary.lines():
        if line.startswith(("error:", "warning:")):
            log.warning("ingest: %s", line)
    log.info("index ready")


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

    import logging
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

    from telegram import Update

    from bot.answering.engine import Engine
    from bot.storage.store import Store
    from bot.telegram_channel.app import build_application, make_clock, mask_secrets_in_logs

    mask_secrets_in_logs(token, secret, settings.llm_api_key.get_secret_value())
    log = logging.getLogger("gcmbot.serve")
    try:
        clock = make_clock(settings)
    except ValueError as err:
        print(f"gcmbot serve: {err}", file=sys.stderr)
        return 2
    ensure_index(settings)
    from bot.text.language import detect_language

    detect_language("warm up the language identifier")
    engine = Engine.from_settings(settings, clock=clock)
    warm_up(engine)
    store = Store.from_settings(settings)
    app = build_application(settings, engine, store, clock)
    try:
        if settings.webhook_url:
            from urllib.parse import urlsplit

            path = urlsplit(settings.webhook_url).path.strip("/")
            log.info("webhook mode: listening on %s:%d/%s for %s", settings.webhook_listen, settings.webhook_port,
                     path, settings.webhook_url)
            app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port, url_path=path,
                            webhook_url=settings.webhook_url, secret_token=secret,
                            allowed_updates=Update.ALL_TYPES, drop_pending_updates=False, bootstrap_retries=-1)
        else:
            log.info("long polling %s", settings.telegram_api_url.split("://")[-1].split("/")[0])
            app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False, poll_interval=0.0,
                            timeout=10, bootstrap_retries=-1)
    finally:
        store.close()
    log.info("stopped")
    return 0
