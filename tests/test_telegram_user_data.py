"""/deadlines (and its .ics), /subscribe, /unsubscribe and /forget through the real
`gcmbot serve` against the tests' Bot API server, on SQLite and on PostgreSQL.

:class:`BotProcess` and the ``bot`` fixture are shared with test_reminders.py and
test_telegram_admin.py.
"""
from __future__ import annotations

import os
from datetime import date
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from icalendar import Calendar
from sqlalchemy import func, select

from bot.storage.schema import questions, sent_reminders, subscriptions, users
from bot.settings import Settings
from bot.storage.store import Store, load_pseudonym_key
from tests.botapi_server import BotAPIServer
from tests.test_deadlines import TIMELINE

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123:TEST"
ADMIN = 1
BETWEEN = "2030-05-20T06:00:00+00:00"     # conf-a past (10-12 May), deadline-b upcoming (1 June)
AFTER = "2032-01-01T06:00:00+00:00"       # nothing upcoming


class BotProcess:
    """The real ``gcmbot serve`` (a subprocess), started and stopped at will, on one data dir."""

    def __init__(self, server: BotAPIServer, env: dict, data_dir: Path, knowledge: Path, database_url: str, log: Path):
        self.server, self.env, self.data_dir, self.knowledge = server, env, data_dir, knowledge
        self.database_url = database_url or f"sqlite:///{data_dir / 'gcmbot.sqlite3'}"
        self.log = log
        self.proc: subprocess.Popen | None = None

    def start(self, fake_now: str, **extra_env) -> int:
        """Start at ``fake_now``; returns the server's call mark taken just before."""
        env = dict(self.env, GCMBOT_FAKE_NOW=fake_now, **extra_env)
        mark = self.server.mark()
        with self.log.open("a") as out:
            out.write(f"\n===== start at {fake_now}\n")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], env=env, cwd=ROOT,
                                     stdout=self.log.open("a"), stderr=subprocess.STDOUT)
        try:
            # polling starts with deleteWebhook (getUpdates is recorded only when its long poll ends)
            self.server.wait_for_sync("deleteWebhook", after=mark, timeout=90, consume=False)
        except AssertionError:
            self.stop()
            raise AssertionError("gcmbot serve did not start:\n" + self.log.read_text()[-4000:]) from None
        return mark

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def send(self, user_id: int, text: str, lang: str = "en", **kw) -> None:
        self.server.send_text(user_id, text, language_code=lang, **kw)

    def reply(self, chat_id: int, after: int = 0, timeout: float = 20, **match):
        return self.server.wait_for_sync("sendMessage", chat_id=chat_id, after=after, timeout=timeout, **match)

    def store(self) -> Store:
        """The bot's store, opened by the test (same pseudonym key) to check rows."""
        key = load_pseudonym_key(Settings(data_dir=self.data_dir))
        return Store(self.database_url, key)

    def logs(self) -> str:
        return self.log.read_text()


def make_knowledge_copy(tmp: Path, timeline: str = TIMELINE) -> Path:
    dest = tmp / "knowledge"
    shutil.copytree(ROOT / "knowledge", dest)
    (dest / "timeline.yaml").write_text(timeline, encoding="utf-8")
    return dest


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    """The database of the bot under test: "" (SQLite in the data dir) or a fresh PostgreSQL database."""
    return "" if request.param == "sqlite" else request.getfixturevalue("pg_database")


@pytest.fixture
def bot_api():
    server = BotAPIServer(token=TOKEN).start()
    yield server
    server.close()


def make_bot(bot_api, fresh_data_dir, tmp_path, database_url: str, timeline: str = TIMELINE, **env_extra) -> BotProcess:
    knowledge = make_knowledge_copy(tmp_path, timeline)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update({
        "GCMBOT_TELEGRAM_TOKEN": TOKEN, "GCMBOT_TELEGRAM_API_URL": bot_api.base_url,
        "GCMBOT_DATA_DIR": str(fresh_data_dir), "GCMBOT_KNOWLEDGE_DIR": str(knowledge),
        "GCMBOT_ADMIN_IDS": str(ADMIN), "GCMBOT_TIMEZONE": "Asia/Beirut", "GCMBOT_REMINDER_HOUR": "9",
        "GCMBOT_LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1",
    })
    if database_url:
        env["GCMBOT_DATABASE_URL"] = database_url
    env.update(env_extra)
    return BotProcess(bot_api, env, fresh_data_dir, knowledge, database_url, tmp_path / "serve.log")


@pytest.fixture
def bot(bot_api, fresh_data_dir, tmp_path, backend):
    process = make_bot(bot_api, fresh_data_dir, tmp_path, backend)
    yield process
    process.stop()


@pytest.fixture
def sqlite_bot(bot_api, fresh_data_dir, tmp_path):
    process = make_bot(bot_api, fresh_data_dir, tmp_path, "")
    yield process
    process.stop()


def count(store: Store, table, user_key: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(table.c.user_key == user_key)).scalar_one()


# ----------------------------------------------------------------------------- /deadlines
def test_deadlines_in_three_languages_with_calendar_file(sqlite_bot):
    bot = sqlite_bot
    bot.start(BETWEEN)
    expected = {
        "en": ("Upcoming", "on 1 June 2030 · upcoming: in 12 days", "10–12 May 2030 · past: 8 days ago",
               "Deadline for written contributions"),
        "fr": ("À venir", "le 1er juin 2030 · à venir : dans 12 jours", "du 10 au 12 mai 2030 · passé : il y a 8 jours",
               "Date limite des contributions écrites"),
        "ar": ("المواعيد القادمة", "في 1 حزيران/يونيه 2030", "من 10 إلى 12 أيار/مايو 2030",
               "الموعد النهائي للمساهمات المكتوبة"),
    }
    for i, (lang, (header, upcoming, past, summary)) in enumerate(expected.items()):
        user = 100 + i
        bot.send(user, "/deadlines", lang)
        msg = bot.reply(user)
        text = msg.text
        assert header in text and upcoming in text and past in text, text
        assert text.index(upcoming) < text.index(past)            # upcoming first
        assert lang != "en" or "&lt;Review&gt; &amp;" in text   # names escaped (HTML)
        assert msg.get("parse_mode") == "HTML"
        if lang == "ar":
            assert text.startswith("\u200f")
        (button,) = msg.buttons
        assert button["callback_data"] == f"ics:{lang}"
        bot.server.press_button(user, msg, button["callback_data"], language_code=lang)
        doc = bot.server.wait_for_sync("sendDocument", chat_id=user, timeout=20)
        upload = doc.files["document"]
        assert upload["filename"] == f"gcm-dates-{lang}.ics"
        cal = Calendar.from_ical(bytes(upload["data"]))
        summaries = {str(v["SUMMARY"]) for v in cal.walk("VEVENT")}
        names = {e["id"]: e["name"][lang] for e in yaml.safe_load(TIMELINE)["events"]}
        assert summary in summaries and {names[i] for i in ("conf-a", "deadline-b", "month-c", "past-e")} <= summaries
        assert names["year-d"] not in summaries                    # the year-only event is left out
        # the dates found in the documents are there too (the real documents, which this timeline does not cover)
        assert len(summaries) > 4
        assert all(v.get("UID") and v.get("DTSTAMP") for v in cal.walk("VEVENT"))
    bot.stop()

    bot.start(AFTER)  # nothing upcoming any more
    bot.send(200, "/deadlines", "en")
    text = bot.reply(200).text
    assert "No upcoming date is announced" in text and "/subscribe" in text
    assert "migrationnetwork.un.org" in text and "Recently past" in text


# ----------------------------------------------------------------------------- /subscribe /forget
def test_subscribe_unsubscribe_and_forget_every_row(bot):
    bot.start(BETWEEN)
    me, other = 42, 43
    for user in (me, other):
        bot.send(user, "/subscribe")
        assert "Subscribed" in bot.reply(user).text
        bot.send(user, "When is the International Migration Review Forum?")
        bot.reply(user, timeout=30)
    bot.send(me, "/subscribe")
    assert "already subscribed" in bot.reply(me).text
    bot.send(me, "/unsubscribe", "fr")
    assert "Désabonnement effectué" in bot.reply(me).text
    bot.send(me, "/subscribe", "fr")
    done = bot.reply(me).text
    assert "Abonnement enregistré" in done and "Date limite des contributions écrites" in done

    store = bot.store()
    mine, theirs = store.user_key(me), store.user_key(other)
    store.mark_reminder_sent(mine, "deadline-b", date(2030, 6, 1), 30)
    assert count(store, users, mine) == 1 and count(store, subscriptions, mine) == 1
    assert count(store, questions, mine) == 1 and count(store, sent_reminders, mine) == 1

    bot.send(me, "/forget")
    confirm = bot.reply(me)
    assert "(kept now: 1)" in confirm.text
    yes, no = confirm.buttons
    bot.server.press_button(other, confirm, yes["callback_data"])          # someone else's button
    alert = bot.server.wait_for_sync("answerCallbackQuery", timeout=20)
    assert "someone else" in alert.get("text", "")
    assert count(store, users, mine) == 1

    bot.server.press_button(me, confirm, yes["callback_data"])
    edited = bot.server.wait_for_sync("editMessageText", chat_id=me, timeout=20)
    assert "Profile (language choice): 1 · subscriptions: 1 · reminders sent: 1 · logged questions: 1" in edited.text
    for table in (users, subscriptions, sent_reminders, questions):
        assert count(store, table, mine) == 0, table.name
        if table is not sent_reminders:
            assert count(store, table, theirs) == 1, table.name     # nobody else's rows

    bot.send(me, "/forget")
    again = bot.reply(me)
    bot.server.press_button(me, again, again.buttons[1]["callback_data"])   # cancel
    assert "nothing was deleted" in bot.server.wait_for_sync("editMessageText", chat_id=me, timeout=20).text
    store.close()
