"""Faults and attacks against the real `gcmbot serve` (issue 12), through the Bot API fake:
a refused token or a wrong Bot API URL, forged buttons, hostile characters in messages, and
another process holding the question log's write lock. Each test checks what the user sees,
what the secretariat sees (the log) and what the store holds. docs/faults.md lists them."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.messages import t
from tests.botapi_server import (
    BotAPIServer,
    ServeProcess,
    copy_index,
    new_user,
    open_store,
    questions_of,
    says,
    visible,
)
from tests.write_lock import WriteLock

pytestmark = pytest.mark.slow

GCMBOT = str(Path(sys.executable).with_name("gcmbot"))
TOKEN = "123:AAsecretPartOfTheTokenThatMustNeverBePrinted"
SECRET_PART = TOKEN.split(":", 1)[1]
QUESTION = "When and where was the first International Migration Review Forum held?"


def wait_until(predicate, timeout: float, message: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, message or f"not true within {timeout}s"
        time.sleep(0.1)


def is_an_answer(call) -> bool:
    """A real answer: not an error notice, and long enough to hold a sourced sentence."""
    text = visible(call)
    return len(text) > 40 and says("tg.error", "en") not in text


# --------------------------------------------------------------------------- the token refused (row 1)
def serve_once(server: BotAPIServer, tmp_path: Path, api_url: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update(GCMBOT_TELEGRAM_TOKEN=TOKEN, GCMBOT_TELEGRAM_API_URL=api_url or server.base_url,
               GCMBOT_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([GCMBOT, "serve"], env=env, capture_output=True, text=True, timeout=120)


def test_a_revoked_token_or_a_wrong_url_stops_serve_with_one_line_and_never_prints_the_token(tmp_path):
    with BotAPIServer(token=TOKEN) as server:
        server.reject_token(401, "Unauthorized")                       # revoked
        revoked = serve_once(server, tmp_path)
        server.reject_token(404, "Not Found")                          # what Telegram says to a malformed token
        malformed = serve_once(server, tmp_path)
        server.accept_token()
        wrong_url = serve_once(server, tmp_path,                       # a plain 404 page, credentials in the URL
                               api_url=server.base_url.replace("http://", "http://proxy:proxypass@").replace("/bot", "/v1/bot"))

    for done in (revoked, malformed, wrong_url):
        output = done.stdout + done.stderr
        assert done.returncode == 2, output
        assert TOKEN not in output and SECRET_PART not in output
        assert "Traceback" not in output and len(output.strip().splitlines()) == 1, output
        assert output.startswith("gcmbot serve: ")
    assert "rejected GCMBOT_TELEGRAM_TOKEN (401 Unauthorized)" in revoked.stderr and "@BotFather" in revoked.stderr
    for done in (malformed, wrong_url):
        assert "404 Not Found" in done.stderr and "GCMBOT_TELEGRAM_API_URL" in done.stderr and "/bot" in done.stderr
    assert "http://proxy:***@127.0.0.1" in wrong_url.stderr and "proxypass" not in wrong_url.stderr
    assert not (tmp_path / "data").exists()                            # said before loading or creating anything


def test_a_token_revoked_while_serving_stops_serve_instead_of_leaving_it_deaf(indexed_env, tmp_path):
    data = copy_index(indexed_env, tmp_path / "data")
    with BotAPIServer(token=TOKEN) as server:
        proc = ServeProcess(server, dict(indexed_env, GCMBOT_DATA_DIR=data), tmp_path / "serve.log").start()
        try:
            server.reject_token()                                      # the next getUpdates gets 401
            proc.proc.wait(60)
            code = proc.proc.returncode
        finally:
            proc.stop()
    log = proc.log
    assert code == 2, log[-3000:]
    assert "rejected GCMBOT_TELEGRAM_TOKEN (401 Unauthorized)" in log
    assert TOKEN not in log and SECRET_PART not in log and "Traceback" not in log


# --------------------------------------------------------------------------- a running bot
@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def bot(request, indexed_env, tmp_path_factory):
    base = tmp_path_factory.mktemp(f"faults-{request.param}")
    data = copy_index(indexed_env, base / "data")
    url = ""
    if request.param == "postgresql":
        pg = request.getfixturevalue("postgres_server")
        url = pg.url(pg.create_database())
    server = BotAPIServer(token=TOKEN).start()
    proc = ServeProcess(server, dict(indexed_env, GCMBOT_DATA_DIR=data, GCMBOT_DATABASE_URL=url), base / "serve.log").start()
    store = open_store(data, url)
    try:
        yield type("Bot", (), {"server": server, "proc": proc, "store": store, "dialect": request.param,
                               "url": store.url})
    finally:
        code = proc.stop()
        store.close()
        server.close()
        assert code == 0, proc.log[-3000:]
        assert TOKEN not in proc.log and SECRET_PART not in proc.log


def log_since(bot, start: int) -> str:
    return bot.proc.log[start:]


def test_forged_feedback_buttons_are_answered_quietly(bot):
    """Row 10: an ERROR traceback and "something went wrong" before."""
    server, user = bot.server, new_user()
    server.send_text(user, QUESTION)
    answer = server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    [row] = questions_of(bot.store, user)
    log_start, mark = len(bot.proc.log), server.mark()
    forged = ["fb:1:5", "fb:1:0", f"fb:{row['id']}:2", "fb:99999999999999999999:1", "fb:-3:1", "fb:1:-1:1",
              "fb:x:y", "fb:", "fb:\u00b2:1", "lang:xx", "ics:en:../../etc", "garbage"]
    for data in forged:
        server.press_button(user, answer, data)
        ack = server.wait_for_sync("answerCallbackQuery", after=mark, timeout=15)
        assert not ack.get("text"), (data, ack)                         # quiet: no notice
    server.press_button(user, answer, "fb:2147483648:1")               # well formed, but no such question
    ack = server.wait_for_sync("answerCallbackQuery", after=mark, timeout=15)
    assert ack.get("text") == t("tg.feedback_not_yours", "en")
    server.assert_no_call("sendMessage", chat_id=user, after=mark, within=1.0)   # no "something went wrong"
    log = log_since(bot, log_start)
    assert " ERROR " not in log and "Traceback" not in log, log[-3000:]
    assert bot.store.get_question(row["id"])["feedback"] == 0


def test_a_lone_surrogate_is_cleaned_answered_and_logged(bot):
    """Row 11: the embedder crashed, "something went wrong", nothing logged."""
    server, user = bot.server, new_user()
    log_start = len(bot.proc.log)
    server.send_text(user, "When is the International Migration \ud800Review Forum?\udfff")
    reply = server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    assert is_an_answer(reply) and reply.buttons, reply              # rated like any answer: it was logged
    [row] = questions_of(bot.store, user)
    assert row["question"] == "When is the International Migration Review Forum?"
    assert row["answered"] and row["sources"]
    assert " ERROR " not in log_since(bot, log_start)


def test_a_nul_byte_is_stripped_and_the_question_logged(bot):
    """Row 15: on PostgreSQL the question was answered but not logged ("entry lost")."""
    server, user = bot.server, new_user()
    log_start = len(bot.proc.log)
    server.send_text(user, "How often does the International\x00 Migration Review Forum take place?\x00")
    reply = server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    assert is_an_answer(reply) and reply.buttons, reply
    [row] = questions_of(bot.store, user)
    assert row["question"] == "How often does the International Migration Review Forum take place?"
    log = log_since(bot, log_start)
    assert "entry lost" not in log and " ERROR " not in log, log[-3000:]


EIGHT = [
    "When is the next International Migration Review Forum?",
    "How can civil society take part in the IMRF?",
    "What is the Global Compact for Migration?",
    "Quand a lieu le Forum d'examen des migrations internationales ?",
    "Comment les organisations de la société civile peuvent-elles participer ?",
    "متى يُعقد المنتدى الدولي لاستعراض الهجرة؟",
    "Where was the first International Migration Review Forum held?",
    "Which objectives does the Global Compact for Migration have?",
]


def test_a_held_sqlite_write_lock_does_not_delay_replies(bot):
    """Row 6: another process holds SQLite's write lock while 8 users ask. Before, replies came
    one per 10 s busy timeout; now all 8 come while the lock is still held, and the questions
    reach the log once it is released (from the outbox, or from a write that waited its busy timeout),
    with nobody asking anything more."""
    if bot.dialect != "sqlite":
        pytest.skip("SQLite's write lock; the PostgreSQL lock is in tests/test_store.py")
    server, users = bot.server, [new_user() for _ in EIGHT]
    log_start = len(bot.proc.log)
    with WriteLock(bot.url) as lock:
        mark = server.mark()
        for user, question in zip(users, EIGHT):
            server.send_text(user, question)
        deadline = time.monotonic() + 30                                 # the 8 replies took 10-80 s before
        replies = [server.wait_for_sync("sendMessage", chat_id=u, after=mark,
                                        timeout=max(0.1, deadline - time.monotonic())) for u in users]
        assert all(is_an_answer(r) for r in replies), replies
        assert lock.holding                                              # answered while the log was locked
        assert all(questions_of(bot.store, u) == [] for u in users)      # readers are not blocked by the lock
    wait_until(lambda: all(len(questions_of(bot.store, u)) == 1 for u in users), timeout=60,
               message="the questions did not reach the log after the lock was released:\n" + bot.proc.log[-3000:])
    assert sorted(questions_of(bot.store, u)[0]["question"] for u in users) == sorted(EIGHT)
    log = log_since(bot, log_start)
    assert "database is locked" in log                                   # the secretariat is told
    if "kept in the outbox" in log:                                      # entries that went to the outbox are written back
        assert "waiting question-log entries written" in log
    assert "entry lost" not in log and "Traceback" not in log
