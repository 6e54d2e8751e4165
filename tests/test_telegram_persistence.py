"""What the bot keeps, on SQLite and on a real PostgreSQL: the question log (private and
group), 👍/👎 feedback, and the user's language across a restart of `gcmbot serve`."""
from __future__ import annotations

import time

import pytest

from bot.messages import t
from tests.botapi_server import (
    BOT_USERNAME,
    BotAPIServer,
    ServeProcess,
    copy_index,
    new_group,
    new_user,
    open_store,
    questions_of,
    running_bot,
    says,
    visible,
)

pytestmark = pytest.mark.slow

QUESTION = "When and where was the first International Migration Review Forum held?"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def bot(request, indexed_env, tmp_path_factory):
    url = ""
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_server").url(request.getfixturevalue("postgres_server").create_database())
    with running_bot(indexed_env, tmp_path_factory.mktemp(f"telegram-{request.param}"), url) as running:
        assert running.store.dialect == request.param
        yield running


def test_questions_are_logged_and_feedback_recorded(bot):
    server, user, other = bot.server, new_user(), new_user()
    server.send_text(user, QUESTION)
    answer = server.wait_for_sync("sendMessage", chat_id=user, timeout=20)
    [row] = questions_of(bot.store, user)
    assert row["question"] == QUESTION and row["language"] == "en" and row["chat_type"] == "private"
    assert row["kind"] in ("card", "timeline", "passage") and row["answered"] and row["feedback"] == 0
    assert row["sources"] and row["latency_ms"] > 0
    up, down = (b["callback_data"] for b in answer.buttons)
    assert up == f"fb:{row['id']}:1" and down == f"fb:{row['id']}:-1"

    server.press_button(user, answer, up)
    ack = server.wait_for_sync("answerCallbackQuery", text=t("tg.feedback_thanks", "en"))
    edit = server.wait_for_sync("editMessageReplyMarkup", chat_id=user)
    assert [b["text"] for b in edit.buttons] == ["✓ 👍", "👎"]
    assert bot.store.get_question(row["id"])["feedback"] == 1

    server.press_button(other, answer, down, language_code="fr")       # not the asker
    ack = server.wait_for_sync("answerCallbackQuery", text=lambda v: v and "Seule" in v)
    assert ack.text == t("tg.feedback_not_yours", "fr")
    assert bot.store.get_question(row["id"])["feedback"] == 1

    server.press_button(user, answer, down)                              # the asker changes their mind
    server.wait_for_sync("answerCallbackQuery", text=t("tg.feedback_thanks", "en"))
    assert bot.store.get_question(row["id"])["feedback"] == -1


def test_group_questions_logged_only_when_for_the_bot(bot):
    server, group, a, b = bot.server, new_group(), new_user(), new_user()
    server.send_text(a, QUESTION, chat_id=group, chat_type="group")
    server.send_text(b, f"{QUESTION} @{BOT_USERNAME}", chat_id=group, chat_type="group")
    server.wait_for_sync("sendMessage", chat_id=group, timeout=20)
    assert questions_of(bot.store, a) == []
    [row] = questions_of(bot.store, b)
    assert row["chat_type"] == "group" and row["question"] == QUESTION


def test_restart_keeps_the_language_and_repeats_nothing(bot):
    server, user = bot.server, new_user()
    server.send_text(user, "/language", language_code="en")
    picker = server.wait_for_sync("sendMessage", chat_id=user)
    server.press_button(user, picker, "lang:ar")
    server.wait_for_sync("sendMessage", chat_id=user, text=lambda v: "العربية" in v)
    assert bot.store.get_language(bot.store.user_key(user)) == "ar"

    assert bot.proc.stop() == 0                                  # SIGTERM: graceful, offsets confirmed
    waiting = server.send_text(user, "/help", language_code="en")  # sent while the bot is down
    bot.proc.start()
    reply = server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    assert visible(reply).startswith(says("tg.help", "ar")[:20])
    assert reply.text.startswith("\u200f")
    time.sleep(0.5)
    assert server.served_count[waiting["update_id"]] == 1
    assert all(n == 1 for n in server.served_count.values()), "an update was delivered twice"
    assert len(server.find("sendMessage", chat_id=user)) == 3     # picker, confirmation, help: nothing repeated


@pytest.mark.postgres
def test_store_briefly_down_answers_still_go_out_and_the_log_catches_up(own_postgres, indexed_env, tmp_path):
    data = copy_index(indexed_env, tmp_path / "data")
    url = own_postgres.url()
    server = BotAPIServer().start()
    proc = ServeProcess(server, dict(indexed_env, GCMBOT_DATA_DIR=data, GCMBOT_DATABASE_URL=url), tmp_path / "serve.log").start()
    store = open_store(data, url)
    user = new_user()
    asked = [QUESTION, "How often does the International Migration Review Forum take place?",
             "Which GCM objectives are covered by round table one at the IMRF?"]
    try:
        server.send_text(user, asked[0])
        assert server.wait_for_sync("sendMessage", chat_id=user, timeout=20).buttons

        own_postgres.stop()
        server.send_text(user, asked[1])
        down = server.wait_for_sync("sendMessage", chat_id=user, timeout=20)
        assert len(visible(down)) > 40 and not down.buttons              # answered; nothing to rate yet

        own_postgres.start()
        server.send_text(user, asked[2])
        server.wait_for_sync("sendMessage", chat_id=user, timeout=20)
        deadline = time.monotonic() + 30
        while len(questions_of(store, user)) < 3:
            assert time.monotonic() < deadline, proc.log[-3000:]
            time.sleep(0.2)
        assert [r["question"] for r in questions_of(store, user)] == asked   # in order, once each
        assert "question log unavailable" in proc.log                         # reported, not silent
    finally:
        proc.stop()
        store.close()
        server.close()
