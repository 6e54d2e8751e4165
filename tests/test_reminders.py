"""Reminders: which are due (pure), and through the real `gcmbot serve` across restarts:
sent at the right time, never twice, a blocked user unsubscribed, old questions purged."""
from __future__ import annotations

import time
from datetime import date, datetime, timezone

from sqlalchemy import select

from bot.answering.types import Answer
from bot.telegram_channel.reminders import due_moments, future_moments, moments, reminder_days, reminder_text
from bot.storage.schema import questions, sent_reminders
from bot.knowledge.timeline import Event
from tests.test_telegram_user_data import backend, bot, bot_api, make_bot  # noqa: F401 (fixtures)

TZ = "Asia/Beirut"   # UTC+3 in summer: 09:00 local is 06:00 UTC

HEARING = Event(id="hearing", name={"en": "Stakeholder hearing", "fr": "Audition des parties prenantes",
                                    "ar": "جلسة استماع لأصحاب المصلحة"}, start=date(2030, 6, 1))
CONSULT = Event(id="consult", name={"en": "Consultation", "fr": "Consultation", "ar": "مشاورة"},
                start=date(2030, 9, 1), precision="month")
FORUM = Event(id="forum", name={"en": "Forum", "fr": "Forum", "ar": "منتدى"}, start=date(2031, 1, 1), precision="year")


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# ----------------------------------------------------------------------------- which reminders
def test_reminder_moments():
    assert reminder_days(HEARING) == (30, 7, 1) and reminder_days(CONSULT) == (30,) and reminder_days(FORUM) == ()
    got = [(m.event.id, m.days_before, m.at.astimezone(timezone.utc)) for m in moments([HEARING, CONSULT, FORUM], TZ, 9)]
    assert got == [
        ("hearing", 30, utc(2030, 5, 2, 6)), ("hearing", 7, utc(2030, 5, 25, 6)), ("hearing", 1, utc(2030, 5, 31, 6)),
        ("consult", 30, utc(2030, 8, 2, 6)),
    ]
    assert [m.days_before for m in future_moments([HEARING], utc(2030, 5, 2, 6, 0, 1), TZ, 9)] == [7, 1]


def test_due_is_the_latest_passed_reminder_only():
    events = [HEARING, CONSULT]
    assert due_moments(events, utc(2030, 5, 2, 5, 59), TZ, 9) == []
    assert [(m.event.id, m.days_before) for m in due_moments(events, utc(2030, 5, 2, 6), TZ, 9)] == [("hearing", 30)]
    # down from before the 30-day reminder until after the 7-day one: one reminder, not two
    assert [(m.event.id, m.days_before) for m in due_moments(events, utc(2030, 5, 29), TZ, 9)] == [("hearing", 7)]
    assert [m.days_before for m in due_moments(events, utc(2030, 5, 31, 20), TZ, 9)] == [1]
    # on the day itself (local time) nothing more is due
    assert [m.event.id for m in due_moments(events, utc(2030, 5, 31, 21, 30), TZ, 9)] == []


def test_reminder_text_in_three_languages():
    (m,) = [m for m in moments([HEARING], TZ, 9) if m.days_before == 7]
    today = date(2030, 5, 25)
    assert "Reminder" in reminder_text(m, "en", today) and "in 7 days" in reminder_text(m, "en", today)
    assert "Rappel" in reminder_text(m, "fr", today) and "dans 7 jours" in reminder_text(m, "fr", today)
    assert "تذكير" in reminder_text(m, "ar", today) and "جلسة استماع" in reminder_text(m, "ar", today)


# ----------------------------------------------------------------------------- through gcmbot serve
REMINDER_TIMELINE = """
events:
  - id: hearing
    start: 2030-06-01
    name: {en: "Stakeholder hearing", fr: "Audition des parties prenantes", ar: "جلسة استماع لأصحاب المصلحة"}
    place: {en: "Beirut", fr: "Beyrouth", ar: "بيروت"}
    document: imrf-dialogue-2022-summary
"""


def _answer(q: str) -> Answer:
    return Answer(question=q, language="en", answered=True, answer="a", kind="passage", confidence=0.5)


def test_reminders_across_restarts_once_each_blocked_user_unsubscribed(bot_api, fresh_data_dir, tmp_path, backend):
    bot = make_bot(bot_api, fresh_data_dir, tmp_path, backend, timeline=REMINDER_TIMELINE, GCMBOT_RETENTION_DAYS="365")
    try:
        _run(bot)
    finally:
        bot.stop()


def _run(bot):
    server = bot.server
    # 1 April: three people subscribe; one of them then blocks the bot
    bot.start("2030-04-01T06:00:00+00:00")
    for user, lang in ((42, "en"), (43, "fr"), (44, "en")):
        bot.send(user, "/subscribe", lang)
        bot.reply(user)
    server.block(44)
    store = bot.store()
    store.log_question(user_key="x", chat_type="private", channel="telegram", answer=_answer("old"),
                       asked_at=utc(2029, 1, 1))
    store.log_question(user_key="x", chat_type="private", channel="telegram", answer=_answer("recent"),
                       asked_at=utc(2030, 3, 30))
    bot.stop()

    # 2 May, a few seconds before the 30-day reminder (09:00 in Beirut): it comes once to each
    # (the bot loads its engine first: on a busy machine that alone has taken more than 40 s)
    mark = bot.start("2030-05-02T05:59:55+00:00")
    first = bot.reply(42, after=mark, timeout=120)
    assert "Reminder" in first.text and "Stakeholder hearing" in first.text and "in 30 days" in first.text
    fr = bot.reply(43, after=mark, timeout=20)
    assert "Rappel" in fr.text and "dans 30 jours" in fr.text
    server.wait_until(lambda: not store.is_subscribed(store.user_key(44)), timeout=20)   # blocked: unsubscribed
    assert {s.user_key for s in store.subscriptions()} == {store.user_key(42), store.user_key(43)}
    with store.engine.connect() as conn:   # the retention purge ran at start
        assert [r[0] for r in conn.execute(select(questions.c.question))] == ["recent"]
    bot.stop()

    # restarted the same day: nothing is sent again
    mark = bot.start("2030-05-02T07:00:00+00:00")
    server.assert_no_call("sendMessage", within=2.0, after=mark)
    bot.stop()

    # down over the 7-day reminder (25 May), back on 30 May: one catch-up each, not two
    mark = bot.start("2030-05-30T12:00:00+00:00")
    late = bot.reply(42, after=mark, timeout=120)
    assert "in 2 days" in late.text
    bot.reply(43, after=mark, timeout=20)
    time.sleep(1.5)
    assert len(server.find("sendMessage", after=mark, chat_id=42)) == 1
    refused = [c for c in server.calls if c.method == "sendMessage" and str(c.chat_id) == "44" and c.status == 403]
    assert len(refused) == 1   # the blocked user was tried once, then unsubscribed, never retried
    with store.engine.connect() as conn:
        rows = conn.execute(select(sent_reminders.c.days_before).where(
            sent_reminders.c.user_key == store.user_key(42)).order_by(sent_reminders.c.days_before)).all()
    assert [r[0] for r in rows] == [7, 30]
    bot.stop()
    store.close()
