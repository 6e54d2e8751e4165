"""Faults of the Bot API and of the bot process, through the real `gcmbot serve` (SQLite):
every received question is answered once, the flood limits hold, one chat's 429 does not
stall another (issue 12, rows 5 and 7; docs/faults.md, "Delivery")."""
from __future__ import annotations

import json
import time

import pytest

from bot.messages import t
from bot.storage.schema import update_journal
from tests.botapi_server import new_user, questions_of, running_bot, visible

pytestmark = pytest.mark.slow

QUESTION = "When and where was the first International Migration Review Forum held?"
RATE_LIMIT = 5
ERRORS = {visible(t("tg.error", lang)) for lang in ("ar", "en", "fr")}


@pytest.fixture(scope="module")
def bot(indexed_env, tmp_path_factory):
    with running_bot(indexed_env, tmp_path_factory.mktemp("telegram-delivery"),
                     GCMBOT_RATE_LIMIT_PER_MINUTE=RATE_LIMIT) as running:
        yield running


def sent_to(server, chat_id: int) -> list:
    """What the user received (successful sendMessage calls), errors included."""
    return server.find("sendMessage", chat_id=chat_id)


def answers_to(server, chat_id: int) -> list:
    return [c for c in sent_to(server, chat_id) if c.buttons]       # an answer carries 👍/👎


def assert_answered_once(server, chat_id: int, quiet: float = 1.0) -> None:
    time.sleep(quiet)                                     # let a late duplicate land, if there is one
    received = sent_to(server, chat_id)
    assert len(answers_to(server, chat_id)) == 1, received
    assert not [c for c in received if visible(c) in ERRORS], received


# --------------------------------------------------------------------------- row 5: Bot API faults
def test_a_500_and_two_502s_are_retried_the_answer_goes_out_once(bot):
    server, one, two = bot.server, new_user(), new_user()
    server.fail_next("sendMessage", 500, "Internal Server Error", chat_id=one)
    server.fail_next("sendMessage", 502, "Bad Gateway", times=2, chat_id=two)
    server.send_text(one, QUESTION)
    server.send_text(two, QUESTION)
    server.wait_for_sync("sendMessage", chat_id=one, timeout=30)
    server.wait_for_sync("sendMessage", chat_id=two, timeout=30)
    assert_answered_once(server, one)
    assert_answered_once(server, two)
    failed = [c for c in server.calls if c.method == "sendMessage" and c.status >= 500]
    assert {str(c.chat_id) for c in failed} >= {str(one), str(two)}
    assert "trying again" in bot.proc.log


def test_connection_dropped_without_an_answer_is_retried_once(bot):
    server, user = bot.server, new_user()
    server.disconnect_next("sendMessage", chat_id=user)
    server.send_text(user, QUESTION)
    server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    assert_answered_once(server, user)
    assert [c.status for c in server.calls if c.method == "sendMessage" and str(c.chat_id) == str(user)] == [0, 200]


def test_a_reply_after_the_timeout_is_one_answer_and_no_error(bot):
    """The Bot API sends the message but confirms it after the bot's 5 s read timeout."""
    server, user = bot.server, new_user()
    server.delay_next("sendMessage", 6.5, chat_id=user)
    server.send_text(user, QUESTION)
    server.wait_for_sync("sendMessage", chat_id=user, timeout=30)
    time.sleep(6.5)                                      # the late confirmation, and anything after it
    assert_answered_once(server, user)
    assert len(sent_to(server, user)) == 1
    assert "taken as delivered" in bot.proc.log


def test_bot_api_failing_longer_than_the_retries_answers_when_it_is_back(bot):
    """Six 502s in a row: the five tries of one round fail, the update goes back to the journal
    and is answered at the next round — once, logged once."""
    server, user = bot.server, new_user()
    server.fail_next("sendMessage", 502, "Bad Gateway", times=6, chat_id=user)
    server.send_text(user, QUESTION)
    server.wait_for_sync("sendMessage", chat_id=user, timeout=60)
    assert_answered_once(server, user)
    assert len([c for c in server.calls if c.method == "sendMessage" and c.status == 502
                and str(c.chat_id) == str(user)]) == 6
    assert len(questions_of(bot.store, user)) == 1
    assert "it is answered when it is back" in bot.proc.log


def test_killed_mid_answer_every_update_is_answered_once_after_restart(bot):
    """SIGKILL while the answers of 12 users are being sent: after the restart each gets one
    answer (the updates were in the journal before Telegram was told they arrived). An
    update left unanswered for over an hour is dropped, with a log line."""
    server, store = bot.server, bot.store
    users = [new_user() for _ in range(12)]
    stale_user = new_user()
    stale = {"update_id": 1, "message": server.message(stale_user, QUESTION)}
    with store.engine.begin() as conn:                   # a question received 2 h ago and never answered
        conn.execute(update_journal.insert().values(update_id=1, received_at=time.time() - 7200, state="pending",
                                                    lease_until=0.0, attempts=1, payload=json.dumps(stale)))
    server.delay_next("sendMessage", 30, times=len(users), done_first=False)   # answers held: the bot is mid-answer
    for user in users:
        server.send_text(user, QUESTION)
    server.wait_until(lambda: server.held == len(users), timeout=60)
    bot.proc.kill()
    server.clear_faults()
    assert not any(answers_to(server, u) for u in users)
    bot.proc.start()
    for user in users:
        server.wait_for_sync("sendMessage", chat_id=user, timeout=60)
    for user in users:
        assert_answered_once(server, user, quiet=0.1)
        assert len(questions_of(store, user)) == 1
    assert not sent_to(server, stale_user)
    assert "was never answered; dropped" in bot.proc.log
    assert {r["update_id"]: r["state"] for r in store.journal_rows()}[1] == "dropped"


# --------------------------------------------------------------------------- row 7: floods and 429s
def test_a_flood_gets_one_notice_and_others_are_not_delayed(bot):
    server, flooder, other = bot.server, new_user(), new_user()
    flood = [server.send_text(flooder, f"{QUESTION} ({i})")["update_id"] for i in range(150)]
    sent_at = time.perf_counter()
    server.send_text(other, QUESTION)
    flood += [server.send_text(flooder, f"{QUESTION} ({i})")["update_id"] for i in range(150, 300)]
    reply = server.wait_for_sync("sendMessage", chat_id=other, timeout=30)
    assert reply.buttons and reply.at - sent_at < 4.0       # not queued behind the flood's notices
    server.wait_until(lambda: all(u in server.served_count for u in flood), timeout=60)
    deadline = time.monotonic() + 60
    while bot.store.journal_rows() and any(r["state"] == "pending" for r in bot.store.journal_rows()):
        assert time.monotonic() < deadline
        time.sleep(0.5)
    received = sent_to(server, flooder)
    notices = [c for c in received if visible(t("tg.rate_limited", "en")).split("{")[0][:30] in visible(c)]
    assert len(answers_to(server, flooder)) == RATE_LIMIT and len(notices) == 1, [visible(c)[:60] for c in received]
    assert len(received) == RATE_LIMIT + 1


def test_commands_and_buttons_are_limited_too(bot):
    server, user = bot.server, new_user()
    forged = {"message_id": 1, "date": int(time.time()), "chat": server.chat(user), "from": server.bot_user,
              "text": "forged"}
    for _ in range(30):
        server.send_text(user, "/deadlines")
    for _ in range(30):
        server.send_text(user, "/sources")
    for _ in range(30):
        server.press_button(user, forged, "ics:en")
    server.wait_until(lambda: len(server.find("answerCallbackQuery")) >= 30
                      and not any(r["state"] == "pending" for r in bot.store.journal_rows()), timeout=60)
    time.sleep(0.5)
    received = sent_to(server, user)
    notice = visible(t("tg.rate_limited_actions", "en")).split("{")[0][:30]
    assert len([c for c in received if notice in visible(c)]) == 1
    assert len(received) == 2 * RATE_LIMIT + 1                # the allowance, then one notice
    assert not server.find("sendDocument", chat_id=user)      # no calendar file for the refused buttons


def test_a_429_for_one_chat_does_not_stall_another(bot):
    server, slowed, other = bot.server, new_user(), new_user()
    server.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", parameters={"retry_after": 3},
                     chat_id=slowed)
    server.send_text(slowed, QUESTION)
    server.wait_until(lambda: any(c.status == 429 for c in server.calls if str(c.chat_id) == str(slowed)), timeout=30)
    asked = time.perf_counter()
    server.send_text(other, QUESTION)
    quick = server.wait_for_sync("sendMessage", chat_id=other, timeout=30)
    late = server.wait_for_sync("sendMessage", chat_id=slowed, timeout=30)
    refused = next(c for c in server.calls if c.status == 429 and str(c.chat_id) == str(slowed))
    assert quick.at < late.at and quick.at - asked < 2.5
    assert late.at - refused.at >= 3.0
    assert_answered_once(server, slowed)
    assert_answered_once(server, other)
