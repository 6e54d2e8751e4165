"""The store: users (pseudonymous), the question log, subscriptions and sent reminders.

SQLite in the data dir by default (WAL, ``synchronous=NORMAL``, a busy timeout),
PostgreSQL through ``GCMBOT_DATABASE_URL`` (``postgresql+psycopg://...``). The
schema is created, or migrated forward, when the store is first reached
(``schema_info.version``; the steps are listed in :data:`MIGRATIONS`).

People are known only by ``user_key``: HMAC-SHA256 of their Telegram id under a
key (``GCMBOT_PSEUDONYM_KEY``, or a random key kept in ``data_dir/pseudonym.key``).
No names or usernames are ever stored.

If the database is briefly unreachable the user still gets an answer:
:meth:`Store.log_question` never raises. The entry goes to an *outbox* (in
memory and appended to ``data_dir/outbox.jsonl``, so a restart does not lose it)
and is written, in order and once, as soon as the database answers again. If
even the outbox file cannot be written, an ERROR line says that entries were
lost — never silently.
"""
from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy import exc as sa_exc

from bot.storage.labels import label_of
from bot.storage.schema import (SCHEMA_VERSION, metadata, question_groups, questions, schema_info, sent_reminders,
                        subscriptions, users)
from bot.settings import mask_url_password

if TYPE_CHECKING:  # pragma: no cover
    from bot.answering.types import Answer
    from bot.settings import Settings

log = logging.getLogger(__name__)

OUTBOX_FILE = "outbox.jsonl"
KEY_FILE = "pseudonym.key"


class StoreUnavailable(Exception):
    """The database cannot be reached right now (the message never holds a password)."""


@dataclass(frozen=True)
class Subscription:
    user_key: str
    chat_id: int
    language: str
    created_at: datetime


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _utc(value: datetime | None) -> datetime:
    """Aware UTC (naive values are taken as UTC): what every DateTime column holds."""
    if value is None:
        return utcnow()
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _aware(value: datetime | None) -> datetime | None:
    """A datetime read back from the database as aware UTC (SQLite returns naive UTC)."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# --------------------------------------------------------------------------- keys
def load_pseudonym_key(settings: "Settings") -> bytes:
    """The HMAC key: ``GCMBOT_PSEUDONYM_KEY``, else ``data_dir/pseudonym.key`` (created once, 0600).

    The file holds 64 hex characters; the key is that text, so copying the file's
    content into ``GCMBOT_PSEUDONYM_KEY`` keeps every user's id unchanged.
    """
    configured = settings.pseudonym_key.get_secret_value()
    if configured:
        return configured.encode("utf-8")
    path = Path(settings.data_dir) / KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
        log.info("created a new pseudonym key in %s (keep it: user ids depend on it)", path)
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise StoreUnavailable(f"{path} is empty: delete it to create a new key, or set GCMBOT_PSEUDONYM_KEY")
    return key.encode("utf-8")


# --------------------------------------------------------------------------- migrations
def _columns(conn: Connection, table: str) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns(table)}


def _indexes(conn: Connection, table: str) -> set[str]:
    return {i["name"] for i in inspect(conn).get_indexes(table)}


def _v2_question_entry_uid(conn: Connection) -> None:
    """questions.entry_uid: a unique id per log entry, so an outbox flush never writes one twice."""
    if "entry_uid" not in _columns(conn, "questions"):
        conn.execute(text("ALTER TABLE questions ADD COLUMN entry_uid VARCHAR(32)"))
    if "ix_questions_entry_uid" not in _indexes(conn, "questions"):
        conn.execute(text("CREATE UNIQUE INDEX ix_questions_entry_uid ON questions (entry_uid)"))


def _v3_question_generation(conn: Connection) -> None:
    """questions.generation: what a connected language model did with the answer (NULL: none connected)."""
    if "generation" not in _columns(conn, "questions"):
        conn.execute(text("ALTER TABLE questions ADD COLUMN generation JSON"))


# (version reached, step). A step must be idempotent: a fresh database is created
# by ``create_all`` at the latest version and still runs through them.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (2, _v2_question_entry_uid),
    (3, _v3_question_generation),
]


def migrate(engine: Engine) -> int:
    """Create missing tables, run the forward steps above the stored version; returns the version."""
    with engine.begin() as conn:
        metadata.create_all(conn, checkfirst=True)
        row = conn.execute(select(schema_info.c.version).where(schema_info.c.id == 1)).first()
        current = row[0] if row else 0
        for version, step in MIGRATIONS:
            if version > current:
                (log.info if row is not None else log.debug)("migrating the store to schema version %d (%s)", version, step.__doc__ or step.__name__)
                step(conn)
        if row is None:
            conn.execute(insert(schema_info).values(id=1, version=SCHEMA_VERSION))
        elif current < SCHEMA_VERSION:
            conn.execute(update(schema_info).where(schema_info.c.id == 1).values(version=SCHEMA_VERSION))
        elif current > SCHEMA_VERSION:
            log.warning(
                "the store has schema version %d, newer than this program's %d: update gcmbot", current, SCHEMA_VERSION
            )
            return current
    return SCHEMA_VERSION


def _insert_ignore(conn: Connection, table, values: dict, keys: list[str]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL); True when a row was inserted."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:  # pragma: no cover - other databases: plain insert, a duplicate raises
        conn.execute(insert(table).values(**values))
        return True
    stmt = dialect_insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    # rowcount is -1 here with psycopg 3: RETURNING says whether a row was inserted
    stmt = stmt.returning(*table.primary_key.columns)
    return conn.execute(stmt).first() is not None


# --------------------------------------------------------------------------- engine
def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    connect_args = {"connect_timeout": 3} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, pool_recycle=1800, connect_args=connect_args)


#: errors that mean "the database cannot be reached now" (worth retrying later)
_UNAVAILABLE = (sa_exc.OperationalError, sa_exc.InterfaceError)


class Store:
    """Everything the bot keeps. Thread-safe; every method is synchronous (call it off the event loop)."""

    def __init__(self, url: str, pseudonym_key: bytes, *, outbox_path: Path | str | None = None):
        if not pseudonym_key:
            raise ValueError("pseudonym_key must not be empty")
        self.url = url
        self.safe_url = mask_url_password(url)
        self._password = _url_password(url)
        self._key = pseudonym_key
        self._engine = _make_engine(url)
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        self._outbox_lock = threading.RLock()
        self._outbox_path = Path(outbox_path) if outbox_path else None
        self._outbox: list[dict] = self._read_outbox()
        try:
            self._ensure_schema()
        except StoreUnavailable as err:
            log.warning("the store is not reachable at start (%s); will retry on use", err)

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_settings(cls, settings: "Settings") -> "Store":
        data_dir = Path(settings.data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        return cls(settings.sqlalchemy_url, load_pseudonym_key(settings), outbox_path=data_dir / OUTBOX_FILE)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def close(self) -> None:
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"Store({self.safe_url!r})"

    # ------------------------------------------------------------------ plumbing
    def _clean(self, err: BaseException) -> str:
        """One line describing a database error, without SQL, parameters or password."""
        orig = getattr(err, "orig", None) or err
        first = (str(orig).strip().splitlines() or [""])[0]
        if self._password:
            first = first.replace(self._password, "***")
        return f"{type(orig).__name__}: {first}"[:300]

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._schema_lock:
            if self._schema_ready:
                return
            try:
                migrate(self._engine)
            except _UNAVAILABLE as err:
                raise StoreUnavailable(f"{self.safe_url}: {self._clean(err)}") from None
            self._schema_ready = True

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        """A transaction; database unreachable -> StoreUnavailable (message without password)."""
        self._ensure_schema()
        try:
            with self._engine.begin() as conn:
                yield conn
        except _UNAVAILABLE as err:
            raise StoreUnavailable(f"{self.safe_url}: {self._clean(err)}") from None

    def ping(self) -> bool:
        try:
            with self._tx() as conn:
                conn.execute(select(1))
            return True
        except StoreUnavailable:
            return False

    # ------------------------------------------------------------------ users
    def user_key(self, telegram_user_id: int) -> str:
        return hmac.new(self._key, str(int(telegram_user_id)).encode("ascii"), hashlib.sha256).hexdigest()

    def get_language(self, user_key: str) -> str | None:
        with self._tx() as conn:
            row = conn.execute(select(users.c.language).where(users.c.user_key == user_key)).first()
        self._flush_quietly()
        return row[0] if row else None

    def set_language(self, user_key: str, language: str) -> None:
        if language not in ("ar", "en", "fr"):
            raise ValueError(f"language must be ar, en or fr, not {language!r}")
        self._flush_quietly()
        with self._tx() as conn:
            self._upsert_user(conn, user_key, language=language)

    def touch_user(self, user_key: str) -> None:
        """Record that the user was seen (creates the row). Never raises: a warning when the store is down."""
        self._flush_quietly()
        try:
            with self._tx() as conn:
                self._upsert_user(conn, user_key)
        except StoreUnavailable as err:
            log.warning("could not record a user visit: %s", err)

    def _upsert_user(self, conn: Connection, user_key: str, *, language: str | None = None, now: datetime | None = None) -> None:
        now = _utc(now)
        values = {"last_seen": now}
        if language is not None:
            values["language"] = language
        done = conn.execute(update(users).where(users.c.user_key == user_key).values(**values)).rowcount
        if done:
            return
        inserted = _insert_ignore(
            conn, users, {"user_key": user_key, "language": language, "created_at": now, "last_seen": now}, ["user_key"]
        )
        if not inserted:  # created meanwhile by another worker
            conn.execute(update(users).where(users.c.user_key == user_key).values(**values))

    def user_count(self) -> int:
        with self._tx() as conn:
            return conn.execute(select(func.count()).select_from(users)).scalar_one()

    # ------------------------------------------------------------------ question log
    def log_question(
        self,
        *,
        user_key: str | None,
        chat_type: str,
        channel: str,
        answer: "Answer",
        asked_at: datetime | None = None,
        embedding: bytes | None = None,
    ) -> int | None:
        """Log one answered question; its id, or None when it went to the outbox. Never raises."""
        try:
            entry = _entry(user_key, chat_type, channel, answer, _utc(asked_at), embedding)
        except Exception:  # a malformed answer must not break the reply
            log.exception("could not log a question (bad answer object); entry lost")
            return None
        with self._outbox_lock:
            if self._outbox and not self._flush_quietly():
                self._to_outbox(entry, None)
                return None
            try:
                with self._tx() as conn:
                    return self._insert_entry(conn, entry)
            except StoreUnavailable as err:
                self._to_outbox(entry, err)
                return None
            except Exception as err:  # not an outage: writing it later would fail the same way
                log.error("could not log a question (%s); entry lost", self._clean(err))
                return None

    def _insert_entry(self, conn: Connection, entry: dict) -> int | None:
        """Insert once: an entry already written (same entry_uid) is not written again."""
        existing = conn.execute(select(questions.c.id).where(questions.c.entry_uid == entry["entry_uid"])).first()
        if existing:
            return existing[0]
        values = dict(entry)
        values["asked_at"] = datetime.fromisoformat(values["asked_at"])
        if values.get("embedding") is not None:
            values["embedding"] = base64.b64decode(values["embedding"])
        return conn.execute(insert(questions).values(**values).returning(questions.c.id)).scalar_one()

    # ------------------------------------------------------------------ outbox
    @property
    def outbox_size(self) -> int:
        return len(self._outbox)

    def _read_outbox(self) -> list[dict]:
        path = self._outbox_path
        if not path or not path.exists():
            return []
        entries: list[dict] = []
        with path.open("r", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    entries.append(json.loads(line))
                except json.JSONDecodeError:
                    log.error("%s line %d is not valid JSON; that question-log entry is lost", path, lineno)
        if entries:
            log.warning("%d question-log entries wait in %s; they are written when the store answers", len(entries), path)
        return entries

    def _to_outbox(self, entry: dict, err: StoreUnavailable | None) -> None:
        self._outbox.append(entry)
        reason = str(err) if err else "earlier entries are still waiting"
        path = self._outbox_path
        if path is None:
            log.warning("question log unavailable (%s); entry kept in memory (%d waiting)", reason, len(self._outbox))
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX)
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as os_err:
            log.error(
                "question log unavailable (%s) and the outbox %s cannot be written (%s): "
                "%d entries are kept in memory only and will be lost if the bot stops",
                reason, path, os_err.strerror or os_err, len(self._outbox),
            )
            return
        log.warning("question log unavailable (%s); entry kept in the outbox %s (%d waiting)", reason, path, len(self._outbox))

    def _rewrite_outbox(self) -> None:
        path = self._outbox_path
        if path is None:
            return
        try:
            if not self._outbox:
                path.unlink(missing_ok=True)
                return
            tmp = path.with_suffix(".jsonl.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for entry in self._outbox:
                    fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as err:
            # entries already written carry an entry_uid, so a stale file cannot cause duplicates
            log.error("could not rewrite the outbox %s (%s)", path, err.strerror or err)

    def flush_outbox(self) -> int:
        """Write waiting entries, oldest first; returns how many were written. Raises StoreUnavailable."""
        with self._outbox_lock:
            if not self._outbox:
                return 0
            written = 0
            try:
                while self._outbox:
                    entry = self._outbox[0]
                    try:
                        with self._tx() as conn:
                            self._insert_entry(conn, entry)
                    except StoreUnavailable:
                        raise
                    except Exception as err:
                        log.error("question-log entry from %s cannot be written (%s); dropped",
                                  entry.get("asked_at"), self._clean(err))
                    else:
                        written += 1
                    self._outbox.pop(0)
            finally:
                if written or not self._outbox:
                    self._rewrite_outbox()
                if written:
                    log.warning("the store is back: %d waiting question-log entries written (%d left)",
                                written, len(self._outbox))
            return written

    def _flush_quietly(self) -> bool:
        """Try the outbox; True when it is empty afterwards."""
        if not self._outbox:
            return True
        try:
            self.flush_outbox()
        except StoreUnavailable:
            return False
        return not self._outbox

    # ------------------------------------------------------------------ feedback
    def set_feedback(self, question_id: int, user_key: str, value: int) -> bool:
        """Record 👍 (+1) / 👎 (-1) on the asker's own question; False if it is not theirs or unknown."""
        if value not in (-1, 1):
            raise ValueError("feedback must be -1 or 1")
        with self._tx() as conn:
            done = conn.execute(
                update(questions)
                .where(questions.c.id == int(question_id), questions.c.user_key == user_key)
                .values(feedback=value)
            ).rowcount
        return bool(done)

    def get_question(self, question_id: int) -> dict | None:
        with self._tx() as conn:
            row = conn.execute(select(questions).where(questions.c.id == int(question_id))).mappings().first()
        if row is None:
            return None
        out = dict(row)
        out["asked_at"] = _aware(out["asked_at"])
        return out

    # ------------------------------------------------------------------ subscriptions
    def subscribe(self, user_key: str, chat_id: int, language: str, now: datetime | None = None) -> bool:
        """Subscribe to reminders (or update chat and language); True when newly subscribed."""
        now = _utc(now)
        with self._tx() as conn:
            self._upsert_user(conn, user_key, now=now)
            done = conn.execute(
                update(subscriptions).where(subscriptions.c.user_key == user_key).values(chat_id=int(chat_id), language=language)
            ).rowcount
            if done:
                return False
            conn.execute(insert(subscriptions).values(user_key=user_key, chat_id=int(chat_id), language=language, created_at=now))
            return True

    def unsubscribe(self, user_key: str) -> bool:
        with self._tx() as conn:
            return bool(conn.execute(delete(subscriptions).where(subscriptions.c.user_key == user_key)).rowcount)

    def is_subscribed(self, user_key: str) -> bool:
        with self._tx() as conn:
            return conn.execute(select(subscriptions.c.user_key).where(subscriptions.c.user_key == user_key)).first() is not None

    def subscriptions(self) -> list[Subscription]:
        """Every subscription, in the language the person chose last (else the one they subscribed in)."""
        query = (
            select(subscriptions.c.user_key, subscriptions.c.chat_id,
                   func.coalesce(users.c.language, subscriptions.c.language).label("language"),
                   subscriptions.c.created_at)
            .select_from(subscriptions.outerjoin(users, users.c.user_key == subscriptions.c.user_key))
            .order_by(subscriptions.c.created_at, subscriptions.c.user_key)
        )
        with self._tx() as conn:
            rows = conn.execute(query).all()
        return [Subscription(r.user_key, int(r.chat_id), r.language, _aware(r.created_at)) for r in rows]

    def set_subscription_language(self, user_key: str, language: str) -> None:
        with self._tx() as conn:
            conn.execute(update(subscriptions).where(subscriptions.c.user_key == user_key).values(language=language))

    # ------------------------------------------------------------------ reminders
    def mark_reminder_sent(
        self, user_key: str, event_id: str, event_date: date, days_before: int, sent_at: datetime | None = None
    ) -> bool:
        """Claim a reminder before sending it: False if it was already sent (or claimed by another worker)."""
        values = {
            "user_key": user_key, "event_id": event_id, "event_date": event_date,
            "days_before": int(days_before), "sent_at": _utc(sent_at),
        }
        with self._tx() as conn:
            return _insert_ignore(conn, sent_reminders, values, ["user_key", "event_id", "event_date", "days_before"])

    def unmark_reminder_sent(self, user_key: str, event_id: str, event_date: date, days_before: int) -> None:
        """Release a claim whose message could not be delivered (a later run retries it)."""
        with self._tx() as conn:
            conn.execute(
                delete(sent_reminders).where(
                    sent_reminders.c.user_key == user_key, sent_reminders.c.event_id == event_id,
                    sent_reminders.c.event_date == event_date, sent_reminders.c.days_before == int(days_before),
                )
            )

    def sent_reminders_of(self, user_key: str) -> list[tuple[str, date, int]]:
        with self._tx() as conn:
            rows = conn.execute(
                select(sent_reminders.c.event_id, sent_reminders.c.event_date, sent_reminders.c.days_before)
                .where(sent_reminders.c.user_key == user_key)
                .order_by(sent_reminders.c.event_date, sent_reminders.c.days_before.desc())
            ).all()
        return [(r[0], r[1], int(r[2])) for r in rows]

    # ------------------------------------------------------------------ the user's own data
    def user_data_counts(self, user_key: str) -> dict[str, int]:
        """What is stored about a user (what /forget would delete)."""
        with self._tx() as conn:
            return self._counts(conn, user_key)

    @staticmethod
    def _counts(conn: Connection, user_key: str) -> dict[str, int]:
        def count(table) -> int:
            return conn.execute(select(func.count()).select_from(table).where(table.c.user_key == user_key)).scalar_one()

        return {
            "profile": count(users),
            "subscriptions": count(subscriptions),
            "reminders": count(sent_reminders),
            "questions": count(questions),
        }

    def forget_user(self, user_key: str) -> dict[str, int]:
        """Delete every row about the user; returns how many rows of each kind were deleted."""
        with self._tx() as conn:
            groups = self._groups_of(conn, questions.c.user_key == user_key)
            deleted = {
                "subscriptions": conn.execute(delete(subscriptions).where(subscriptions.c.user_key == user_key)).rowcount,
                "reminders": conn.execute(delete(sent_reminders).where(sent_reminders.c.user_key == user_key)).rowcount,
                "questions": conn.execute(delete(questions).where(questions.c.user_key == user_key)).rowcount,
                "profile": conn.execute(delete(users).where(users.c.user_key == user_key)).rowcount,
            }
            self._forget_in_groups(conn, groups)
        with self._outbox_lock:  # entries still waiting in the outbox are the user's data too
            before = len(self._outbox)
            self._outbox = [e for e in self._outbox if e.get("user_key") != user_key]
            if len(self._outbox) != before:
                deleted["questions"] += before - len(self._outbox)
                self._rewrite_outbox()
        return deleted

    @staticmethod
    def _groups_of(conn, condition) -> list[int]:
        rows = conn.execute(select(questions.c.group_id).where(condition, questions.c.group_id.is_not(None)).distinct())
        return [r[0] for r in rows]

    @staticmethod
    def _forget_in_groups(conn, group_ids: list[int]) -> None:
        """Groups derived from deleted questions: emptied ones go, the others get a label and size
        from the questions that remain (a label is a logged question's text)."""
        for gid in group_ids:
            texts = [r[0] for r in conn.execute(select(questions.c.question).where(questions.c.group_id == gid))]
            if not texts:
                conn.execute(delete(question_groups).where(question_groups.c.id == gid))
            else:
                conn.execute(update(question_groups).where(question_groups.c.id == gid)
                             .values(label=label_of(texts), size=len(texts)))

    # ------------------------------------------------------------------ retention
    def purge_older_than(self, days: int, now: datetime | None = None) -> int:
        """Delete logged questions asked more than ``days`` days before ``now``; 0 days keeps everything."""
        if days <= 0:
            return 0
        cutoff = _utc(now) - timedelta(days=days)
        with self._tx() as conn:
            groups = self._groups_of(conn, questions.c.asked_at < cutoff)
            purged = conn.execute(delete(questions).where(questions.c.asked_at < cutoff)).rowcount
            self._forget_in_groups(conn, groups)
            # reminders of events long past are of no use either
            conn.execute(delete(sent_reminders).where(sent_reminders.c.event_date < cutoff.date()))
        if purged:
            log.info("retention: purged %d logged questions older than %d days", purged, days)
        return purged

    # ------------------------------------------------------------------ statistics
    def stats(self, now: datetime | None = None, tz: str | ZoneInfo = "UTC") -> dict:
        """Counts for /stats: today, this week (since Monday, local time), everything."""
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        local_now = _utc(now).astimezone(zone)
        today_start = datetime.combine(local_now.date(), time(0), tzinfo=zone)
        week_start = today_start - timedelta(days=local_now.weekday())
        periods = {"today": today_start, "week": week_start, "all": None}
        out: dict = {}
        with self._tx() as conn:
            for name, since in periods.items():
                cond = [questions.c.asked_at >= _utc(since)] if since is not None else []

                def grouped(column):
                    rows = conn.execute(select(column, func.count()).where(*cond).group_by(column)).all()
                    return {k: int(n) for k, n in rows}

                by_lang = grouped(questions.c.language)
                by_kind = grouped(questions.c.kind)
                feedback = grouped(questions.c.feedback)
                out[name] = {
                    "questions": sum(by_lang.values()),
                    "by_language": {lang: by_lang.get(lang, 0) for lang in ("ar", "en", "fr")},
                    "by_kind": by_kind,
                    "feedback": {"up": feedback.get(1, 0), "down": feedback.get(-1, 0)},
                }
            out["users"] = conn.execute(select(func.count()).select_from(users)).scalar_one()
            out["subscribers"] = conn.execute(select(func.count()).select_from(subscriptions)).scalar_one()
        return out


def _entry(user_key, chat_type, channel, answer, asked_at: datetime, embedding) -> dict:
    sources = [
        {
            "document": s.document, "title": s.title, "section": s.section,
            "date": s.date, "url": s.url, "score": round(float(s.score), 4),
        }
        for s in (answer.sources or [])
    ]
    return {
        "entry_uid": uuid.uuid4().hex,
        "asked_at": asked_at.isoformat(),
        "user_key": user_key,
        "chat_type": (chat_type or "private")[:16],
        "channel": (channel or "telegram")[:16],
        "language": (answer.language or "en")[:2],
        "question": answer.question or "",
        "answer": answer.answer or "",
        "kind": (answer.kind or "")[:16],
        "answered": bool(answer.answered),
        "confidence": float(answer.confidence or 0.0),
        "topic": (answer.topic or "")[:200],
        "sources": sources,
        "latency_ms": float(answer.latency_ms or 0.0),
        "feedback": 0,
        "embedding": base64.b64encode(embedding).decode("ascii") if embedding is not None else None,
        "generation": getattr(answer, "generation", None),
    }


def _url_password(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).password or ""
    except ValueError:
        return ""


__all__ = ["Store", "StoreUnavailable", "Subscription", "load_pseudonym_key", "migrate", "MIGRATIONS"]
