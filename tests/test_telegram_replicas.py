"""Several real `gcmbot serve` replicas on one store and one Chroma server (issue 11, item 4):

- webhook mode on PostgreSQL, behind a proxy spreading updates over two replicas: each update
  answered once (also when Telegram sends it to both), language choice, follow-up context,
  per-user limits and /forget shared;
- polling mode on SQLite: one replica polls and sends reminders, the other stands by and
  takes both over when the first is killed; the reminder goes out once.
"""
from __future__ import annotations

import secrets
import shutil
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from bot.storage.schema import conversation_turns, rate_limits
from bot.storage.store import Store
from tests.botapi_server import BotAPIServer, ServeProcess, free_port, new_user, open_store, says, visible
from tests.chroma_server import ChromaServer
from tests.test_reminders import REMINDER_TIMELINE

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SECRET = "replica-secret"
PUBLIC = "https://bot.example.org/tg-hook"       # what Telegram is told; the proxy forwards to the replicas
LIMIT = 4


@pytest.fixture(scope="module")
def chroma(index_dir, tmp_path_factory):
    server = ChromaServer(tmp_path_factory.mktemp("chroma") / "index", index=index_dir / "chroma").start()
    yield server
    server.stop()


def replica_env(indexed_env, base: Path, name: str, **extra) -> dict:
    data = base / name
    data.mkdir(parents=True, exist_ok=True)
    return dict(indexed_env, GCMBOT_DATA_DIR=data, **extra)


def start_all(processes: list[ServeProcess], ready: str) -> None:
    """Launch together (a replica's start-up is mostly loading the index), then wait for each."""
    for proc in processes:
        proc.launch()
    for proc in processes:
        proc.wait_ready(180, ready)


# --------------------------------------------------------------------------- webhook mode, PostgreSQL
@pytest.fixture(scope="module")
def webhook_pair(indexed_env, chroma, postgres_server, tmp_path_factory):
    base = tmp_path_factory.mktemp("replicas-webhook")
    url = postgres_server.url(postgres_server.create_database())
    server = BotAPIServer().start()
    server.webhook_connections = 8
    ports = [free_port(), free_port()]
    common = dict(GCMBOT_DATABASE_URL=url, GCMBOT_CHROMA_URL=chroma.url, GCMBOT_PSEUDONYM_KEY=secrets.token_hex(32),
                  GCMBOT_WEBHOOK_URL=PUBLIC, GCMBOT_WEBHOOK_SECRET=SECRET, GCMBOT_RATE_LIMIT_PER_MINUTE=LIMIT)
    procs = [ServeProcess(server, replica_env(indexed_env, base, f"r{i}", GCMBOT_WEBHOOK_PORT=port, **common),
                          base / f"r{i}.log") for i, port in enumerate(ports)]
    server.webhook_backends = [f"http://127.0.0.1:{port}/tg-hook" for port in ports]
    store = open_store(base / "r0", url)                 # the schema exists before the replicas start
    try:
        start_all(procs, "log:webhook mode")
        server.wait_until(lambda: len(server.find("setWebhook")) >= 2, timeout=60)
        yield type("Pair", (), {"server": server, "procs": procs, "store": store, "ports": ports})
    finally:
        for proc in procs:
            proc.stop()
        store.close()
        server.close()


def ask(pair, replica: int, user: int, text: str, lang: str = "en"):
    """``user`` writes to the bot; the proxy hands it to ``replica``; the reply."""
    with pair.server.routed_to(replica):
        pair.server.send_text(user, text, language_code=lang)
    return pair.server.wait_for_sync("sendMessage", chat_id=user, timeout=60)


def test_each_update_is_answered_once_by_one_of_the_replicas(webhook_pair):
    server, store = webhook_pair.server, webhook_pair.store
    users = [new_user() for _ in range(12)]
    for user in users:
        server.send_text(user, "How often does the International Migration Review Forum take place?")
    for user in users:
        server.wait_for_sync("sendMessage", chat_id=user, timeout=90)
    time.sleep(1.0)
    assert all(len(server.find("sendMessage", chat_id=u)) == 1 for u in users)
    answered_by = {r["owner"] for r in store.journal_rows() if r["state"] == "done"}
    assert len(answered_by) == 2                                   # both replicas did work

    # Telegram (or a retrying proxy) sends one update to both replicas: one answer
    user = new_user()
    update = {"update_id": 990_000 + user % 1000, "message": server.message(user, "/help")}
    for port in webhook_pair.ports:
        response = httpx.post(f"http://127.0.0.1:{port}/tg-hook", json=update, timeout=30,
                              headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert response.status_code == 200
    server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    time.sleep(1.0)
    assert len(server.find("sendMessage", chat_id=user)) == 1
    assert any("not answered again" in p.log for p in webhook_pair.procs)


def test_language_context_limits_and_forget_are_shared(webhook_pair):
    pair, server = webhook_pair, webhook_pair.server
    # follow-up context: the question on one replica, the follow-up on the other
    user = new_user()
    first = ask(pair, 0, user, "Which GCM objectives does round table one cover?")
    assert "2, 5, 6, 12 and 18" in visible(first)
    follow = ask(pair, 1, user, "and round table two?")
    assert "4, 8, 9, 10, 11, 13 and 21" in visible(follow)

    # the language chosen on one replica is the reply language on the other
    picker = ask(pair, 0, user, "/language")
    with server.routed_to(1):
        server.press_button(user, picker, "lang:fr")
    server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    assert visible(ask(pair, 0, user, "/help")).startswith(says("tg.help", "fr")[:20])

    # one limit across the replicas (2 questions already asked): 2 more, then one notice, then silence
    for replica in (1, 0):
        assert ask(pair, replica, user, "How often does the IMRF take place?").buttons
    notice = ask(pair, 1, user, "How often does the IMRF take place?")
    assert says("tg.rate_limited", "fr") in visible(notice)
    with server.routed_to(0):
        server.send_text(user, "How often does the IMRF take place?")
    server.assert_no_call("sendMessage", within=2.0, after=notice.index + 1, chat_id=user)

    # /forget on one replica: the other no longer knows the language, nor the conversation
    confirm = ask(pair, 1, user, "/forget")
    with server.routed_to(0):
        server.press_button(user, confirm, confirm.buttons[0]["callback_data"])
    server.wait_for_sync("editMessageText", chat_id=user, timeout=30)
    key = pair.store.user_key(user)
    with pair.store.engine.connect() as conn:
        for table in (conversation_turns, rate_limits):
            assert conn.execute(select(func.count()).select_from(table).where(table.c.user_key == key)).scalar_one() == 0
    assert visible(ask(pair, 1, user, "/help", lang="en")).startswith(says("tg.help", "en")[:20])


# --------------------------------------------------------------------------- polling mode, SQLite
def test_one_replica_polls_and_schedules_the_other_takes_over(indexed_env, chroma, tmp_path):
    """Two replicas start together after a reminder's moment: one polls and sends the reminder
    (once), the other stands by. A third subscriber appears; the sender is killed: the other
    polls (a new message is answered) and sends what is due (to the third only). On one host the
    survivor sees that the other's process is gone and takes over at once; on another host it
    would when the leases expire (tests/test_coordination.py)."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    (knowledge / "timeline.yaml").write_text(REMINDER_TIMELINE, encoding="utf-8")
    moment = datetime(2030, 5, 2, 6, 0, tzinfo=timezone.utc)     # 30 days before the hearing, 09:00 in Beirut
    server = BotAPIServer().start()
    url, key = f"sqlite:///{tmp_path / 'shared.sqlite3'}", secrets.token_hex(32)
    common = dict(GCMBOT_DATABASE_URL=url, GCMBOT_CHROMA_URL=chroma.url, GCMBOT_PSEUDONYM_KEY=key,
                  GCMBOT_KNOWLEDGE_DIR=knowledge, GCMBOT_TIMEZONE="Asia/Beirut", GCMBOT_REMINDER_HOUR=9,
                  GCMBOT_FAKE_NOW=(moment + timedelta(seconds=30)).isoformat())
    store = Store(url, key.encode())                     # the replicas' store (same pseudonym key)
    first, second, third = new_user(), new_user(), new_user()
    for user in (first, second):
        store.subscribe(store.user_key(user), user, "en", moment - timedelta(days=1))
    procs = [ServeProcess(server, replica_env(indexed_env, tmp_path, name, **common), tmp_path / f"{name}.log")
             for name in ("a", "b")]

    def reminders_to(user):
        return [c for c in server.find("sendMessage", chat_id=user) if "Reminder" in c.text]

    try:
        for proc in procs:
            proc.launch()
        for proc in procs:
            proc.wait_ready(180, "log:reminders: ")
        server.wait_until(lambda: reminders_to(first) and reminders_to(second), timeout=60)
        holder = store.lease_holder("scheduler", time.time())
        sender = next(p for p in procs if f":{p.proc.pid}:" in holder)
        survivor = next(p for p in procs if p is not sender)
        assert "another replica sends the reminders" in survivor.log

        store.subscribe(store.user_key(third), third, "en", moment - timedelta(days=1))
        time.sleep(1.0)
        assert not reminders_to(third)                           # nobody's turn to look: the holder's next check
        sender.kill()
        late = new_user()
        server.send_text(late, "/help")
        assert server.wait_for_sync("sendMessage", chat_id=late, timeout=60)      # the survivor polls
        reminder = server.wait_for_sync("sendMessage", chat_id=third, timeout=60)  # and sends what is due
        assert "Reminder" in reminder.text and "Stakeholder hearing" in reminder.text
        time.sleep(1.0)
        assert [len(reminders_to(u)) for u in (first, second, third)] == [1, 1, 1]
        assert "polls Telegram for updates" in survivor.log
        assert "sends the reminders and runs the retention purge" in survivor.log
    finally:
        for proc in procs:
            proc.stop()
        store.close()
        server.close()
