"""The application in-process (``build_application``) against the tests' Bot API server:
a slow answer does not block other users, one chat's updates keep their order, and the
typing indicator is repeated while an answer takes long."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bot.answering.types import Answer, Source
from bot.settings import Settings
from tests.botapi_server import BotAPIServer, new_user, visible


class SlowEngine:
    """Answers "slow ..." questions after ``delay`` seconds (CPU-bound work would block the same way)."""

    def __init__(self, delay: float):
        self.delay = delay
        self.started: list[str] = []
        self.lock = threading.Lock()

    def answer(self, question, language=None, previous=None):
        with self.lock:
            self.started.append(question)
        if question.startswith("slow"):
            time.sleep(self.delay)
        return Answer(question, language or "en", True, f"Answer to: {question}", "passage", 0.9,
                      [Source("d", "Doc", "S", "2024-01-01", "", "x", 0.9)])

    def documents(self):
        return []


@pytest.fixture
async def app_and_server(tmp_path, monkeypatch):
    from bot.telegram_channel import app as telegram_app
    from bot.storage.store import Store
    from bot.telegram_channel.app import build_application

    from bot.text.language import detect_language

    detect_language("warm up the language identifier")           # as `gcmbot serve` does (a 3 s model load)
    monkeypatch.setattr(telegram_app, "TYPING_EVERY", 0.5)       # seconds, instead of Telegram's 4.5
    monkeypatch.setattr(telegram_app, "WORKING_NOTE_AFTER", 1.0)

    server = await asyncio.to_thread(BotAPIServer().start)
    settings = Settings(data_dir=tmp_path, telegram_token="123:TEST", telegram_api_url=server.base_url)
    store = Store.from_settings(settings)
    engine = SlowEngine(delay=2.5)
    app = build_application(settings, engine, store)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=5)
        try:
            yield app, server, engine
        finally:
            await app.updater.stop()
            await app.stop()
    store.close()
    await asyncio.to_thread(server.close)


async def test_a_slow_answer_does_not_block_other_users(app_and_server):
    app, server, engine = app_and_server
    slow_user, quick_user = new_user(), new_user()
    server.send_text(slow_user, "slow question about the IMRF")
    await asyncio.sleep(0.3)
    t0 = time.perf_counter()
    server.send_text(quick_user, "quick question")
    quick = await server.wait_for("sendMessage", chat_id=quick_user, timeout=5)
    assert time.perf_counter() - t0 < 2.0 and "Answer to: quick question" in visible(quick)
    assert not server.find("sendMessage", chat_id=slow_user)           # still being answered
    # while it is slow, "typing…" is repeated and a short note says the bot is still looking
    note = await server.wait_for("sendMessage", chat_id=slow_user, timeout=5)
    assert "Still looking" in visible(note)
    assert len(server.find("sendChatAction", chat_id=slow_user)) >= 2
    answer = await server.wait_for("sendMessage", chat_id=slow_user, timeout=10)
    assert "Answer to: slow" in visible(answer) and answer.buttons


async def test_updates_of_one_chat_keep_their_order(app_and_server, monkeypatch):
    from bot.telegram_channel import app as telegram_app

    app, server, engine = app_and_server
    monkeypatch.setattr(telegram_app, "WORKING_NOTE_AFTER", 30.0)   # no "still looking" note in between
    engine.delay = 1.0
    user = new_user()
    server.send_text(user, "slow first")
    server.send_text(user, "second")
    first = await server.wait_for("sendMessage", chat_id=user, timeout=10)
    second = await server.wait_for("sendMessage", chat_id=user, timeout=10)
    assert "first" in visible(first) and "second" in visible(second)
    assert engine.started.index("slow first") < engine.started.index("second")
