"""/stats and /reload through the real `gcmbot serve`: admins get them, anyone else gets
exactly what an unknown command gets. On SQLite and on PostgreSQL."""
from __future__ import annotations

from tests.test_deadlines import TIMELINE
from tests.test_telegram_user_data import ADMIN, BETWEEN, backend, bot, bot_api  # noqa: F401 (fixtures)

EXTRA_EVENT = """
  - id: extra-consultation
    start: 2030-07-15
    name: {en: "Extra consultation", fr: "Consultation supplémentaire", ar: "مشاورة إضافية"}
    document: rrc-2024-concept-note
"""


def test_admin_commands_and_the_rest_of_the_world(bot):
    bot.start(BETWEEN)
    stranger = 7

    # not an admin: the same reply as a command that does not exist, in each language
    for lang in ("en", "fr", "ar"):
        replies = []
        for command in ("/nosuchcommand", "/stats", "/reload"):
            bot.send(stranger, command, lang)
            replies.append(bot.reply(stranger))
        unknown = replies[0]
        for got in replies[1:]:
            assert got.text == unknown.text
            assert got.get("parse_mode") == unknown.get("parse_mode") and got.buttons == unknown.buttons
    assert "/help" in unknown.text
    # in a group, a command not addressed to the bot by name gets no reply at all, admin command or not
    mark = bot.server.mark()
    for command in ("/nosuchcommand", "/stats"):
        bot.send(stranger, command, chat_id=-100, chat_type="supergroup")
    bot.server.assert_no_call("sendMessage", within=1.0, after=mark)

    # an admin
    bot.send(ADMIN, "When is the International Migration Review Forum?")
    bot.reply(ADMIN, timeout=30)
    bot.send(ADMIN, "/stats")
    stats = bot.reply(ADMIN).text
    assert "Questions: today 1 · this week (since Monday) 1 · in total 1" in stats
    assert "By language: Arabic 0 · English 1 · French 0" in stats
    assert "People who wrote: 1" in stats

    (bot.knowledge / "timeline.yaml").write_text(TIMELINE + EXTRA_EVENT, encoding="utf-8")
    bot.send(ADMIN, "/reload")
    assert "Reloading" in bot.reply(ADMIN).text
    report = bot.reply(ADMIN, timeout=120).text
    assert "Knowledge base reloaded" in report
    assert "New dates: Extra consultation" in report
    assert "Reminders scheduled: 6" in report    # deadline-b 7 and 1, month-c 30, extra 30, 7 and 1 days before
    bot.send(stranger, "/deadlines")
    assert "Extra consultation" in bot.reply(stranger).text
