"""The real `gcmbot serve` (long polling) against the tests' Bot API server on 127.0.0.1.

One bot process for the module (SQLite question log); each test talks to it as new
Telegram users. The store-dependent behaviour on PostgreSQL too is in
test_telegram_persistence.py, webhook mode in test_telegram_webhook.py.
"""
from __future__ import annotations

import re
import time

import pytest

from bot.messages import t
from tests.botapi_server import (
    BOT_USERNAME,
    new_group,
    new_user,
    questions_of,
    running_bot,
    says,
    visible,
)

pytestmark = pytest.mark.slow

ARABIC = re.compile(r"[\u0600-\u06FF]")
QUESTION = {
    "en": "When and where was the first International Migration Review Forum held?",
    "fr": "Quelle est la date de l'audition multipartite qui précède le Forum d'examen des migrations internationales de 2022 ?",
    "ar": "متى يُعقد المؤتمر الإقليمي الثاني لاستعراض الاتفاق العالمي للهجرة في المنطقة العربية؟",
}
RATE_LIMIT = 5


@pytest.fixture(scope="module")
def bot(indexed_env, tmp_path_factory):
    with running_bot(indexed_env, tmp_path_factory.mktemp("telegram-bot"), GCMBOT_RATE_LIMIT_PER_MINUTE=RATE_LIMIT,
                     GCMBOT_LOG_LEVEL="DEBUG") as running:
        yield running


def ask(bot, user, text, lang="en", **kw):
    """A user writes; the bot's (first) reply to them."""
    bot.server.send_text(user, text, language_code=lang, **kw)
    return bot.server.wait_for_sync("sendMessage", chat_id=kw.get("chat_id", user), timeout=20)


# --------------------------------------------------------------------------- commands in each language
@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_start_welcomes_with_examples_and_language_picker(bot, lang):
    user = new_user()
    reply = ask(bot, user, "/start", lang)
    assert says("tg.welcome", lang) in visible(reply)
    assert visible(reply).count("•") >= 3                      # three example questions
    assert [b["callback_data"] for b in reply.buttons] == ["lang:ar", "lang:en", "lang:fr"]
    assert reply.get("parse_mode") == "HTML"
    if lang == "ar":
        assert reply.text.startswith("\u200f")                  # laid out right to left


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_help_and_sources_in_each_language(bot, lang):
    user = new_user()
    reply = ask(bot, user, "/help", lang)
    assert says("tg.help", lang) in visible(reply)
    assert "@" + BOT_USERNAME in visible(reply)
    reply = ask(bot, user, "/sources", lang)
    assert visible(t("tg.documents_header", lang)) in visible(reply)
    assert visible(reply).count("•") >= 3                      # the documents, with dates
    assert re.search(r"20\d\d", visible(reply))


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_unknown_command_in_each_language(bot, lang):
    from bot.telegram_channel.app import unknown_command_reply

    reply = ask(bot, new_user(), "/nosuchcommand", lang)
    assert reply.text == unknown_command_reply(lang)


def test_language_command_and_picker_change_the_reply_language(bot):
    user = new_user()
    reply = ask(bot, user, "/language", "en")
    assert says("tg.language_prompt", "en") in visible(reply)
    bot.server.press_button(user, reply, "lang:fr")
    ack = bot.server.wait_for_sync("answerCallbackQuery", timeout=10, text=lambda v: v and "français" in v)
    assert ack.text == t("tg.language_set", "fr")
    done = bot.server.wait_for_sync("sendMessage", chat_id=user)
    assert visible(done) == visible(t("tg.language_set", "fr"))
    assert ask(bot, user, "/help", "en").text.startswith("<b>Comment utiliser")    # chosen beats Telegram's en
    answer = ask(bot, user, QUESTION["en"], "en")                                  # ... and the message's language
    assert answer.buttons and "mai" in visible(answer)
    assert questions_of(bot.store, user)[-1]["language"] == "fr"


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_menu_commands_registered_per_language(bot, lang):
    calls = bot.server.find("setMyCommands", language_code=lang)
    assert calls, [c for c in bot.server.calls if c.method == "setMyCommands"]
    commands = {c["command"]: c["description"] for c in calls[-1].params["commands"]}
    assert {"start", "help", "ask", "sources", "language"} <= set(commands)
    assert commands["ask"] == t("tg.cmd.ask", lang)
    default = bot.server.find("setMyCommands", language_code=None)
    assert default and {c["command"] for c in default[-1].params["commands"]} == set(commands)


# --------------------------------------------------------------------------- questions
def test_question_answered_with_sources_feedback_and_typing(bot):
    user = new_user()
    mark = bot.server.mark()
    answer = ask(bot, user, QUESTION["en"])
    text = visible(answer)
    assert "2022" in text and "New York" in text
    assert says("tg.sources_header", "en") in text
    assert [b["text"] for b in answer.buttons] == ["👍", "👎"]
    typing = bot.server.find("sendChatAction", after=mark, chat_id=user)
    assert typing and typing[0].params["action"] == "typing" and typing[0].index < answer.index
    assert len(answer.text) <= 4096


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_ask_command_and_its_usage_in_each_language(bot, lang):
    user = new_user()
    answer = ask(bot, user, "/ask " + QUESTION[lang], lang)
    assert re.search(r"20\d\d", visible(answer)) and answer.buttons
    assert says("tg.sources_header", lang) in visible(answer)
    usage = ask(bot, user, "/ask", lang)
    assert says("tg.ask_usage", lang) in visible(usage)


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_language_command_in_each_language(bot, lang):
    reply = ask(bot, new_user(), "/language", lang)
    assert visible(reply) == visible(t("tg.language_prompt", lang))
    assert [b["text"] for b in reply.buttons] == ["العربية", "English", "Français"]


def test_arabic_question_is_answered_in_arabic(bot):
    user = new_user()
    answer = ask(bot, user, QUESTION["ar"], lang="en")          # Telegram in English, question in Arabic
    body = visible(answer)
    assert len(ARABIC.findall(body)) > 40
    assert "2024" in body
    assert answer.text.startswith("\u200f")
    for line in answer.text.split("\n"):
        assert not line or line.startswith("\u200f")             # every line laid out right to left
    assert says("tg.sources_header", "ar") in body
    row = questions_of(bot.store, user)[-1]
    assert row["language"] == "ar" and row["chat_type"] == "private" and row["channel"] == "telegram"


def test_french_question_is_answered_in_french(bot):
    answer = ask(bot, new_user(), QUESTION["fr"], lang="ar")
    assert "16" in visible(answer) and "mai" in visible(answer)
    assert says("tg.sources_header", "fr") in visible(answer)


def test_html_in_questions_is_escaped(bot):
    answer = ask(bot, new_user(), "<b>When</b> is the IMRF & where? <script>")
    assert "<script>" not in answer.text and "<b>When</b>" not in answer.text


# --------------------------------------------------------------------------- groups
def test_group_answers_only_when_mentioned_replied_to_or_asked(bot):
    group, quiet, loud = new_group(), new_user(), new_user()
    server = bot.server
    ignored = server.send_text(quiet, QUESTION["en"], chat_id=group, chat_type="supergroup")
    server.send_text(quiet, "/ask@another_bot " + QUESTION["en"], chat_id=group, chat_type="supergroup")
    server.send_text(quiet, "/nosuchcommand", chat_id=group, chat_type="supergroup")
    mention = server.send_text(loud, f"@{BOT_USERNAME} {QUESTION['en']}", chat_id=group, chat_type="supergroup")
    reply = server.wait_for_sync("sendMessage", chat_id=group, timeout=20)
    # updates of one chat are handled in order: the three before were seen and left alone
    assert reply.params["reply_parameters"]["message_id"] == mention["message"]["message_id"]
    assert "2022" in visible(reply)
    assert questions_of(bot.store, quiet) == []                       # neither answered nor logged
    assert questions_of(bot.store, loud)[-1]["chat_type"] == "supergroup"
    assert not any(c.params.get("reply_parameters", {}).get("message_id") == ignored["message"]["message_id"]
                   for c in server.find("sendMessage", chat_id=group))

    # a reply to the bot's message, and /ask, are for the bot too
    server.send_text(quiet, "And how often does it take place?", chat_id=group, chat_type="supergroup",
                     reply_to=reply.result)
    assert server.wait_for_sync("sendMessage", chat_id=group, timeout=20).buttons
    server.send_text(quiet, f"/ask@{BOT_USERNAME} How often does the IMRF take place?", chat_id=group, chat_type="supergroup")
    assert "four" in visible(server.wait_for_sync("sendMessage", chat_id=group, timeout=20)).lower()
    assert len(questions_of(bot.store, quiet)) == 2
    time.sleep(0.3)
    assert len(server.find("sendMessage", chat_id=group)) == 3


# --------------------------------------------------------------------------- limits and faults
def test_per_user_rate_limit_is_answered_politely(bot):
    user, other = new_user(), new_user()
    for _ in range(RATE_LIMIT + 1):
        bot.server.send_text(user, "Tous les combien d'années le Forum d'examen des migrations internationales a-t-il lieu ?",
                             language_code="en")
    replies = [bot.server.wait_for_sync("sendMessage", chat_id=user, timeout=30) for _ in range(RATE_LIMIT + 1)]
    assert all(r.buttons for r in replies[:RATE_LIMIT])
    assert says("tg.rate_limited", "fr") in visible(replies[-1]) and "seconde" in visible(replies[-1])
    assert len(questions_of(bot.store, user)) == RATE_LIMIT
    assert ask(bot, other, "How often does the IMRF take place?").buttons   # others are not affected


@pytest.mark.parametrize("kind,send", [("photo", "send_photo"), ("voice", "send_voice"),
                                       ("sticker", "send_sticker"), ("document", "send_document")])
def test_unsupported_messages_get_a_helpful_reply(bot, kind, send):
    user = new_user()
    getattr(bot.server, send)(user, language_code="fr")
    reply = bot.server.wait_for_sync("sendMessage", chat_id=user)
    assert visible(reply) == visible(t(f"tg.unsupported.{kind}", "fr"))


def test_very_long_message(bot):
    user = new_user()
    reply = ask(bot, user, "Dites-moi tout sur le Forum d'examen des migrations internationales. " * 40, lang="fr")
    assert says("tg.too_long", "fr") in visible(reply)
    assert "1000" in visible(reply) and not reply.buttons


def test_edited_message_gets_a_short_reply(bot):
    user = new_user()
    bot.server.send_text(user, QUESTION["ar"], language_code="ar")
    first = bot.server.wait_for_sync("sendMessage", chat_id=user, timeout=20)
    original = bot.server.updates[max(bot.server.updates)]["message"]
    bot.server.edit_text(original, "متى يُعقد المنتدى الدولي لاستعراض الهجرة؟")
    reply = bot.server.wait_for_sync("sendMessage", chat_id=user)
    assert visible(reply) == visible(t("tg.edited", "ar")) and reply.index > first.index


def test_failed_send_reaches_the_error_handler_and_the_user_is_told(bot):
    user = new_user()
    bot.server.fail_next("sendMessage", 400, "Bad Request: can't parse entities")
    reply = ask(bot, user, "/help", "fr")
    assert visible(reply) == visible(t("tg.error", "fr"))
    assert "error while handling update" in bot.proc.log


def test_bot_api_server_going_away_and_coming_back(bot):
    """No update lost, none answered twice."""
    server, user = bot.server, new_user()
    assert ask(bot, user, "/help").buttons == []
    server.stop()
    sent = [server.send_text(user, f"/ask How often does the IMRF take place? ({i})")["update_id"] for i in range(3)]
    time.sleep(1.5)
    server.start()
    replies = [server.wait_for_sync("sendMessage", chat_id=user, timeout=40) for _ in sent]
    assert all(r.buttons for r in replies)
    time.sleep(0.5)
    assert [server.served_count[u] for u in sent] == [1, 1, 1]
    assert len(server.find("sendMessage", chat_id=user)) == 1 + len(sent)
    assert len(questions_of(bot.store, user)) == len(sent)


def test_token_is_never_logged(bot):
    log = bot.proc.log
    assert "getUpdates" in log                      # DEBUG logging was on ...
    assert bot.server.token not in log              # ... and the token never appeared
