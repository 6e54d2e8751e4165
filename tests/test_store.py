"""The store on SQLite and on a real PostgreSQL: schema, users, question log, outbox, user data."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import stat
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from bot.answering.types import Answer, Source
from bot.storage.schema import SCHEMA_VERSION, questions, schema_info, users
from bot.settings import load_settings
from bot.storage.store import Store, StoreUnavailable, load_pseudonym_key, migrate

KEY = b"test-key"


def answer(question: str = "When is the IMRF?", language: str = "en", kind: str = "passage") -> Answer:
    return Answer(
        question=question, language=language, answered=kind != "refusal", answer="In May 2022.", kind=kind,
        confidence=0.8, latency_ms=12.5, topic="imrf",
        sources=[Source("imrf-summary", "IMRF summary", "Dates", "2022-02-10", "https://example.org", "the chunk", 0.71)],
    )


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def wait_until(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"not true within {timeout}s"
        time.sleep(0.05)


def logged_questions(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(questions.c.question).order_by(questions.c.id))]


# ----------------------------------------------------------------------------- schema
def test_schema_created_then_reopened(store_url):
    store = Store(store_url, KEY)
    with store.engine.connect() as conn:
        assert conn.execute(select(schema_info.c.version)).scalar_one() == SCHEMA_VERSION
        tables = set(inspect(conn).get_table_names())
    assert {"users", "questions", "subscriptions", "sent_reminders", "question_groups", "schema_info"} <= tables
    store.set_language(store.user_key(1), "ar")
    store.close()

    again = Store(store_url, KEY)  # re-open: nothing recreated, nothing lost
    assert migrate(again.engine) == SCHEMA_VERSION
    with again.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema_info)).scalar_one() == 1
    assert again.get_language(again.user_key(1)) == "ar"
    again.close()


def test_version_1_database_is_migrated(store_url):
    store = Store(store_url, KEY)
    first = store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer("old question"))
    with store.engine.begin() as conn:  # turn it back into a version 1 database
        conn.execute(text("DROP INDEX ix_questions_entry_uid"))
        conn.execute(text("ALTER TABLE questions DROP COLUMN entry_uid"))
        conn.execute(text("UPDATE schema_info SET version = 1"))
    store.close()

    store = Store(store_url, KEY)
    with store.engine.connect() as conn:
        assert conn.execute(select(schema_info.c.version)).scalar_one() == SCHEMA_VERSION
        assert "entry_uid" in {c["name"] for c in inspect(conn).get_columns("questions")}
    second = store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer("new question"))
    assert second and second > first
    assert logged_questions(store) == ["old question", "new question"]
    store.close()


def test_version_2_database_gets_the_generation_column(store_url):
    """What a connected language model did is kept (NULL before, and when none is connected); a text the
    guard rejected counts among the gaps, on SQLite and PostgreSQL alike."""
    from bot.review.faq import GAP, MODEL_REJECTED

    store = Store(store_url, KEY)
    store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer("old question"))
    with store.engine.begin() as conn:  # turn it back into a version 2 database
        conn.execute(text("ALTER TABLE questions DROP COLUMN generation"))
        conn.execute(text("UPDATE schema_info SET version = 2"))
    store.close()

    store = Store(store_url, KEY)
    shown, rejected = answer("shown"), answer("rejected")
    shown.generation = {"used": True, "mode": "translate", "latency_ms": 120.0}
    rejected.generation = {"used": False, "mode": "compose", "rejected": "date: 1 march 2027", "latency_ms": 95.0}
    for a in (shown, rejected):
        store.log_question(user_key="u", chat_type="private", channel="telegram", answer=a)
    with store.engine.connect() as conn:
        assert conn.execute(select(schema_info.c.version)).scalar_one() == SCHEMA_VERSION
        rows = conn.execute(select(questions.c.question, questions.c.generation).order_by(questions.c.id)).all()
        gaps = [r[0] for r in conn.execute(select(questions.c.question).where(GAP))]
        model = [r[0] for r in conn.execute(select(questions.c.question).where(MODEL_REJECTED))]
    assert [r[1] for r in rows] == [None, shown.generation, rejected.generation]
    assert gaps == model == ["rejected"]
    store.close()


# ----------------------------------------------------------------------------- users
def test_user_key_is_a_keyed_hash(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite3'}", KEY)
    expected = hmac.new(KEY, b"123456789", hashlib.sha256).hexdigest()
    assert store.user_key(123456789) == expected
    assert Store(f"sqlite:///{tmp_path / 'db.sqlite3'}", b"other").user_key(123456789) != expected
    store.set_language(store.user_key(123456789), "fr")
    with store.engine.connect() as conn:
        row = conn.execute(select(users)).mappings().one()
    assert "123456789" not in json.dumps({k: str(v) for k, v in row.items()})


def test_pseudonym_key_file_created_once(tmp_path, monkeypatch):
    monkeypatch.delenv("GCMBOT_PSEUDONYM_KEY", raising=False)
    settings = load_settings(data_dir=tmp_path / "data")
    key = load_pseudonym_key(settings)
    path = tmp_path / "data" / "pseudonym.key"
    assert len(bytes.fromhex(key.decode())) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_pseudonym_key(settings) == key  # the same key on the next start
    configured = load_settings(data_dir=tmp_path / "data", pseudonym_key="from-env")
    assert load_pseudonym_key(configured) == b"from-env"
    store = Store.from_settings(settings)
    assert store.user_key(7) == hmac.new(key, b"7", hashlib.sha256).hexdigest()
    assert (tmp_path / "data" / "gcmbot.sqlite3").exists()
    store.close()


def test_language_survives_a_restart(store_url):
    store = Store(store_url, KEY)
    alice, bob = store.user_key(1), store.user_key(2)
    assert store.get_language(alice) is None
    store.touch_user(bob)
    store.set_language(alice, "fr")
    store.set_language(alice, "ar")
    with pytest.raises(ValueError):
        store.set_language(alice, "de")
    store.close()

    store = Store(store_url, KEY)
    assert store.get_language(alice) == "ar"
    assert store.get_language(bob) is None
    assert store.user_count() == 2
    store.close()


# ----------------------------------------------------------------------------- question log
def test_log_question_and_own_feedback(store_url):
    store = Store(store_url, KEY)
    asker, other = store.user_key(10), store.user_key(11)
    asked = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    qid = store.log_question(
        user_key=asker, chat_type="private", channel="telegram", answer=answer("متى المنتدى؟", "ar", "timeline"),
        asked_at=asked, embedding=b"\x00\x01\x02\x03",
    )
    assert isinstance(qid, int)
    row = store.get_question(qid)
    assert row["question"] == "متى المنتدى؟" and row["language"] == "ar" and row["kind"] == "timeline"
    assert row["asked_at"] == asked and row["embedding"] == b"\x00\x01\x02\x03"
    assert row["sources"][0]["document"] == "imrf-summary" and "text" not in row["sources"][0]
    assert row["answered"] is True and row["chat_type"] == "private" and row["feedback"] == 0

    assert store.set_feedback(qid, other, 1) is False  # not their question
    assert store.get_question(qid)["feedback"] == 0
    assert store.set_feedback(qid, asker, -1) is True
    assert store.set_feedback(qid, asker, 1) is True
    assert store.get_question(qid)["feedback"] == 1
    assert store.set_feedback(qid + 1000, asker, 1) is False
    with pytest.raises(ValueError):
        store.set_feedback(qid, asker, 5)
    anonymous = store.log_question(user_key=None, chat_type="cli", channel="cli", answer=answer())
    assert anonymous == qid + 1
    store.close()


# ----------------------------------------------------------------------------- outbox
class Outage:
    """A database that is really unreachable, then back: SQLite whose directory does not exist
    yet, or a PostgreSQL server of the test's own that is stopped and started."""

    def __init__(self, kind: str, tmp_path: Path, server=None):
        self.kind, self.server = kind, server
        self.dbdir = tmp_path / "db"
        self.url = server.url() if server else f"sqlite:///{self.dbdir / 'gcmbot.sqlite3'}"

    def down(self) -> None:
        if self.server:
            self.server.stop("fast")

    def up(self) -> None:
        if self.server:
            self.server.start()
        else:
            self.dbdir.mkdir()


@pytest.fixture(params=["sqlite", "postgresql"])
def outage(request, tmp_path):
    if request.param == "sqlite":
        return Outage("sqlite", tmp_path)
    return Outage("postgresql", tmp_path, request.getfixturevalue("own_postgres"))


def test_outbox_keeps_entries_while_down_and_writes_them_once(outage, tmp_path, caplog):
    outbox = tmp_path / "outbox.jsonl"
    if outage.server:  # PostgreSQL: up first, then it goes away
        store = Store(outage.url, KEY, outbox_path=outbox)
        assert store.log_question(user_key="u1", chat_type="private", channel="telegram", answer=answer("q0"))
        outage.down()
    else:  # SQLite: its directory is missing when the bot starts
        store = Store(outage.url, KEY, outbox_path=outbox)
        with pytest.raises(StoreUnavailable):
            store.get_language("u1")

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.storage.store"):
        assert store.log_question(user_key="u1", chat_type="private", channel="telegram", answer=answer("q1")) is None
    assert any(r.levelno == logging.WARNING and "outbox" in r.getMessage() for r in caplog.records)
    assert len(outbox.read_text().splitlines()) == 1
    assert store.outbox_size == 1
    store.close()

    # the bot restarts while the database is still down: the outbox is read back
    store = Store(outage.url, KEY, outbox_path=outbox)
    assert store.outbox_size == 1
    assert store.log_question(user_key="u1", chat_type="private", channel="telegram", answer=answer("q2")) is None
    assert store.outbox_size == 2 and len(outbox.read_text().splitlines()) == 2
    with pytest.raises(StoreUnavailable):
        store.flush_outbox()

    outage.up()            # nobody asks anything: the store's own retries write the outbox
    wait_until(lambda: store.outbox_size == 0, timeout=15)
    assert not outbox.exists()
    q3 = store.log_question(user_key="u1", chat_type="private", channel="telegram", answer=answer("q3"))
    assert isinstance(q3, int)
    expected = (["q0"] if outage.server else []) + ["q1", "q2", "q3"]
    assert logged_questions(store) == expected
    assert store.flush_outbox() == 0
    assert logged_questions(store) == expected  # written once
    store.close()

    if outage.server:
        assert outage.server.password not in caplog.text
        assert "***" in caplog.text


def test_outbox_replayed_after_a_crash_writes_nothing_twice(store_url, tmp_path):
    """A crash between writing an entry and rewriting the outbox file must not duplicate it."""
    outbox = tmp_path / "outbox.jsonl"
    saved = "".join(json.dumps(_entry_for(q)) + "\n" for q in ("a", "b"))   # left by a bot that stopped
    outbox.write_text(saved)
    store = Store(store_url, KEY, outbox_path=outbox)
    assert store.outbox_size == 2
    assert store.flush_outbox() == 2
    outbox.write_text(saved)  # as if the process died before the file was emptied
    store.close()

    store = Store(store_url, KEY, outbox_path=outbox)
    assert store.outbox_size == 2
    store.flush_outbox()
    assert logged_questions(store) == ["a", "b"]
    assert not outbox.exists()
    store.close()


def _entry_for(question: str) -> dict:
    from bot.storage.store import _entry

    return _entry("u", "private", "telegram", answer(question), datetime.now(timezone.utc), None)


def test_unwritable_outbox_is_reported_as_lost(tmp_path, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    store = Store(f"sqlite:///{tmp_path / 'missing' / 'db.sqlite3'}", KEY, outbox_path=blocker / "outbox.jsonl")
    with caplog.at_level(logging.WARNING, logger="bot.storage.store"):
        assert store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer()) is None
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and "lost" in errors[0]


# ----------------------------------------------------------------------------- subscriptions and reminders
def test_subscriptions_and_reminders_once(store_url):
    store = Store(store_url, KEY)
    u = store.user_key(5)
    assert store.subscribe(u, 5, "fr") is True
    assert store.subscribe(u, 5, "ar") is False  # already subscribed: language updated
    assert [(s.chat_id, s.language) for s in store.subscriptions()] == [(5, "ar")]
    assert store.is_subscribed(u)
    day = date(2026, 5, 4)
    assert store.mark_reminder_sent(u, "imrf-2026", day, 7) is True
    assert store.mark_reminder_sent(u, "imrf-2026", day, 7) is False
    assert store.mark_reminder_sent(u, "imrf-2026", day, 1) is True
    store.unmark_reminder_sent(u, "imrf-2026", day, 1)
    assert store.sent_reminders_of(u) == [("imrf-2026", day, 7)]
    store.close()

    store = Store(store_url, KEY)  # across a restart
    assert store.mark_reminder_sent(u, "imrf-2026", day, 7) is False
    assert store.unsubscribe(u) is True and store.unsubscribe(u) is False
    assert store.subscriptions() == [] and not store.is_subscribed(u)
    store.close()


def test_forget_user_deletes_every_row(store_url):
    store = Store(store_url, KEY)
    me, other = store.user_key(1), store.user_key(2)
    for who in (me, other):
        store.set_language(who, "en")
        store.subscribe(who, 1, "en")
        store.mark_reminder_sent(who, "ev", date(2026, 1, 1), 30)
        store.log_question(user_key=who, chat_type="private", channel="telegram", answer=answer("one"))
        store.log_question(user_key=who, chat_type="private", channel="telegram", answer=answer("two"))
    assert store.user_data_counts(me) == {"profile": 1, "subscriptions": 1, "reminders": 1, "questions": 2}
    assert store.forget_user(me) == {"profile": 1, "subscriptions": 1, "reminders": 1, "questions": 2}
    assert store.user_data_counts(me) == {"profile": 0, "subscriptions": 0, "reminders": 0, "questions": 0}
    assert store.user_data_counts(other) == {"profile": 1, "subscriptions": 1, "reminders": 1, "questions": 2}
    assert store.forget_user(me) == {"profile": 0, "subscriptions": 0, "reminders": 0, "questions": 0}
    assert store.get_language(me) is None
    store.close()


def test_retention_purge(store_url):
    store = Store(store_url, KEY)
    now = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
    for days in (400, 366, 364, 1):
        store.log_question(user_key="u", chat_type="private", channel="telegram",
                           answer=answer(f"{days} days"), asked_at=now - timedelta(days=days))
    assert store.purge_older_than(0, now) == 0  # 0 keeps everything
    assert store.purge_older_than(365, now) == 2
    assert logged_questions(store) == ["364 days", "1 days"]
    assert store.purge_older_than(365, now) == 0
    store.close()


def test_stats(store_url):
    store = Store(store_url, KEY)
    # Wednesday 3 June 2026, 10:00 in Beirut (07:00 UTC)
    now = datetime(2026, 6, 3, 7, 0, tzinfo=timezone.utc)
    rows = [
        (timedelta(hours=1), "en", "card", 1),       # today
        (timedelta(hours=9), "ar", "timeline", -1),   # today in Beirut (01:00 local, UTC+3)
        (timedelta(hours=11), "fr", "passage", 0),    # yesterday 23:00 local: this week
        (timedelta(days=2), "fr", "refusal", 0),      # Monday: this week
        (timedelta(days=3), "en", "passage", 1),      # Sunday: last week
    ]
    for ago, lang, kind, fb in rows:
        qid = store.log_question(user_key="u", chat_type="private", channel="telegram",
                                 answer=answer("q", lang, kind), asked_at=now - ago)
        if fb:
            store.set_feedback(qid, "u", fb)
    store.subscribe(store.user_key(9), 9, "en")
    stats = store.stats(now, "Asia/Beirut")
    assert stats["today"]["questions"] == 2
    assert stats["today"]["by_language"] == {"ar": 1, "en": 1, "fr": 0}
    assert stats["week"]["questions"] == 4
    assert stats["week"]["by_kind"] == {"card": 1, "timeline": 1, "passage": 1, "refusal": 1}
    assert stats["week"]["feedback"] == {"up": 1, "down": 1}
    assert stats["all"]["questions"] == 5 and stats["all"]["feedback"] == {"up": 2, "down": 1}
    assert stats["subscribers"] == 1 and stats["users"] == 1
    store.close()


# ----------------------------------------------------------------------------- faults (issue 12)
def test_a_held_write_lock_sends_entries_to_the_outbox_without_waiting(store_url, tmp_path):
    """Another process holds the write lock: log writes give up after LOG_BUSY_TIMEOUT (the
    first) or at once (the rest), the entries wait in the outbox, and are written, in order and
    once, when the lock is released, with nobody asking anything more."""
    from bot.storage.store import BUSY_TIMEOUT
    from tests.write_lock import WriteLock

    outbox = tmp_path / "outbox.jsonl"
    store = Store(store_url, KEY, outbox_path=outbox)
    assert store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer("before"))
    with WriteLock(store_url) as lock:
        started = time.monotonic()
        ids = [store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer(f"q{i}"))
               for i in range(8)]
        took = time.monotonic() - started
        assert ids == [None] * 8 and store.outbox_size == 8 and len(outbox.read_text().splitlines()) == 8
        assert took < BUSY_TIMEOUT, f"8 log writes took {took:.1f}s: they waited for the lock"
        assert store.get_language("u") is None            # reading is not blocked by a writer
        assert lock.holding
    wait_until(lambda: store.outbox_size == 0, timeout=20)
    assert logged_questions(store) == ["before"] + [f"q{i}" for i in range(8)]
    assert not outbox.exists()
    store.close()


def test_nul_bytes_and_lone_surrogates_are_stripped_and_the_question_logged(store_url):
    """PostgreSQL text refuses NUL (the entry used to be lost); UTF-8 refuses lone surrogates."""
    store = Store(store_url, KEY)
    asked = answer("When is\x00 the IMRF?\ud800")
    asked.answer, asked.topic = "In May\x00 2022.", "imrf\x00"
    qid = store.log_question(user_key="u", chat_type="private", channel="telegram", answer=asked)
    assert isinstance(qid, int)
    row = store.get_question(qid)
    assert (row["question"], row["answer"], row["topic"]) == ("When is the IMRF?", "In May 2022.", "imrf")
    assert store.outbox_size == 0
    store.close()


def test_question_ids_that_cannot_exist_are_unknown(store_url):
    """Forged feedback buttons (fb:99999999999999999999:1) used to end in a database error."""
    store = Store(store_url, KEY)
    qid = store.log_question(user_key="u", chat_type="private", channel="telegram", answer=answer())
    for forged in (0, -1, 2**31, 10**20):
        assert store.set_feedback(forged, "u", 1) is False
        assert store.get_question(forged) is None
    assert store.set_feedback(qid, "u", 1) is True
    store.close()


_START_TOGETHER = """
import sys, time
from pathlib import Path
from bot.settings import Settings
from bot.storage.store import Store, load_pseudonym_key

def at(instant):                 # every process begins each step at the same instant
    while time.time() < instant:
        pass

root, start = Path(sys.argv[1]), float(sys.argv[2])
dirs = sorted(root.iterdir())
for i, data in enumerate(dirs):                  # the key alone, many times: the race is short
    at(start + i * 0.01)
    print(data.name, load_pseudonym_key(Settings(data_dir=data)).decode(), flush=True)
for i, data in enumerate(dirs[:4]):              # the whole store: key, schema, first use
    at(start + len(dirs) * 0.01 + 0.5 + i * 0.5)
    store = Store.from_settings(Settings(data_dir=root / (data.name + "-store")))
    print(data.name + "-store", store.user_key(42), store.ping(), flush=True)
    store.close()
"""


def test_processes_started_together_on_new_data_dirs_share_one_key(tmp_path):
    """Six processes start at the same instant on each of 150 new data dirs: the pseudonym key
    is created once per dir, no process reads it half-written (15 of 300 did before), and every
    process gets the same key; then they open the whole store (schema created once) at once."""
    import os
    import subprocess
    import sys

    root = tmp_path / "dirs"
    for i in range(150):
        (root / f"d{i:03d}").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    start = time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", _START_TOGETHER, str(root), str(start)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0 and "Traceback" not in err, err[-2000:]
    seen: dict[str, set[str]] = {}
    for out, _ in results:
        for line in out.splitlines():
            name, key, *reachable = line.split()
            seen.setdefault(name, set()).add(key)
            assert reachable in ([], ["True"]), line
    assert len(seen) == 150 + 4 and all(len(keys) == 1 for keys in seen.values()), seen
    for data in root.iterdir():
        assert [p.name for p in data.iterdir() if "pseudonym" in p.name] == ["pseudonym.key"]   # no temp file left
        assert len((data / "pseudonym.key").read_text().strip()) == 64
