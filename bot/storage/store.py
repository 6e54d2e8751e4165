"""The store: users (pseudonymous), the question log, subscriptions and sent reminders.

SQLite in the data dir by default (WAL, ``synchronous=NORMAL``, a busy timeout),
PostgreSQL through ``GCMBOT_DATABASE_URL`` (``postgresql+psycopg://...``). The
schema is created, or migrated forward, when the store is first reached
(``schema_info.version``; the steps are listed in :data:`MIGRATIONS`).

People are known only by ``user_key``: HMAC-SHA256 of their Telegram id under a
key (``GCMBOT_PSEUDONYM_KEY``, or a random key kept in ``data_dir/pseudonym.key``).
No names or usernames are ever stored.

If the database is briefly unreachable, or another process holds SQLite's write
lock, the user still gets an answer without waiting for the log:
:meth:`Store.log_question` waits at most :data:`LOG_BUSY_TIMEOUT` and never raises.
The entry goes to an *outbox* (in memory and appended to ``data_dir/outbox.jsonl``,
so a restart does not lose it); for a while after such a failure further entries go
straight there, and a background thread writes them, in order and once, as soon as
the database answers again (retrying with backoff). If even the outbox file cannot
be written, an ERROR line says that entries were lost — never silently.
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
import sqlite3
import threading
from time import monotonic, sleep
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

from bot.storage.coordination import SharedState
from bot.storage import groups
from bot.storage.schema import (SCHEMA_VERSION, metadata, questions, schema_info, sent_reminders,
                        subscriptions, users)
from bot.settings import mask_url_password, url_password
from bot.text.sanitize import clean_text

if TYPE_CHECKING:  # pragma: no cover
    from bot.answering.types import Answer
    from bot.settings import Settings

log = logging.getLogger(__name__)

OUTBOX_FILE = "outbox.jsonl"
KEY_FILE = "pseudonym.key"

#: How long SQLite waits for another connection's write lock before giving up, for everything
#: but the question log (a language choice, /forget, retention, the dashboard's grouping):
#: those are rare and worth a wait.
BUSY_TIMEOUT = 10.0
#: The same wait for question-log writes (the entry, the outbox, the user's last visit), which
#: a reply may wait on: long enough for any ordinary write by another process to finish
#: (measured here, WAL and synchronous=NORMAL, load average 15: a log insert 1.7 ms median,
#: 18 ms p95; a retention purge of 10,000 rows 0.12 s), short enough that nobody notices;
#: after it the entry goes to the outbox. With 10 s, 8 users asking while another process
#: held the lock got their replies one per 10 s (issue 12).
LOG_BUSY_TIMEOUT = 0.5
#: After a question-log write failed, entries go straight to the outbox (no wait) until a
#: background retry has written them: first after this many seconds, then twice as long
#: each time, up to OUTBOX_RETRY_MAX (a long outage costs one connection attempt a half-minute).
OUTBOX_RETRY_FIRST = 1.0
OUTBOX_RETRY_MAX = 30.0
#: ids are INTEGER columns (32 bits on PostgreSQL): a larger id cannot exist (forged buttons)
MAX_ID = 2**31 - 1


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
    if not path.exists():
        _create_key_file(path)
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise StoreUnavailable(f"{path} is empty: delete it to create a new key, or set GCMBOT_PSEUDONYM_KEY")
    return key.encode("utf-8")


def _create_key_file(path: Path) -> None:
    """Write a new key where no process can see it half-written: into a file of our own, then
    hard-linked to its name, which fails if another process (several started at once on a new
    data dir) got there first - theirs is kept, and every process uses the same key."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return
        log.info("created a new pseudonym key in %s (keep it: user ids depend on it)", path)
    finally:
        tmp.unlink(missing_ok=True)


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


#: PostgreSQL advisory lock held while migrating (any constant no other program on the database uses)
MIGRATION_LOCK_KEY = 0x67636D626F74     # "gcmbot"

# (version reached, step). A step must be idempotent: a fresh database is created
# by ``create_all`` at the latest version and still runs through them.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (2, _v2_question_entry_uid),
    (3, _v3_question_generation),
]


def migrate(engine: Engine) -> int:
    """Create missing tables, run the forward steps above the stored version; returns the version.

    One process at a time (several started at once on a new database would each find the
    tables missing and create them twice): SQLite's write lock is taken before looking
    (``BEGIN IMMEDIATE``), PostgreSQL's migration advisory lock likewise."""
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":       # the driver begins lazily; DDL is transactional in SQLite
            conn.connection.dbapi_connection.execute("BEGIN IMMEDIATE")
        elif conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
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
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            # a new database is switched to WAL by whichever process opens it first; several opening it at once
            # may be told it is locked rather than made to wait: retried within the busy timeout (a store's first
            # ping failed once in CI with six processes opening new databases together; not reproduced since)
            deadline = monotonic() + BUSY_TIMEOUT
            while True:
                try:
                    cur.execute("PRAGMA journal_mode=WAL")
                    break
                except sqlite3.OperationalError as err:      # "database is locked"
                    if "locked" not in str(err) or monotonic() > deadline:
                        raise
                    sleep(0.05)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    connect_args = {"connect_timeout": 3} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, pool_recycle=1800, connect_args=connect_args)


#: errors that mean "the database cannot be reached now" (worth retrying later)
_UNAVAILABLE = (sa_exc.OperationalError, sa_exc.InterfaceError)


class Store(SharedState):
    """Everything the bot keeps (what replicas share: :mod:`bot.storage.coordination`). Thread-safe; every method is synchronous (call it off the event loop)."""

    def __init__(self, url: str, pseudonym_key: bytes, *, outbox_path: Path | str | None = None):
        if not pseudonym_key:
            raise ValueError("pseudonym_key must not be empty")
        self.url = url
        self.safe_url = mask_url_password(url)
        self._password = url_password(url)
        self._key = pseudonym_key
        self._engine = _make_engine(url)
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        self._outbox_lock = threading.RLock()
        self._outbox_path = Path(outbox_path) if outbox_path else None
        self._outbox: list[dict] = self._read_outbox()
        self._log_retry_at = 0.0              # monotonic time before which log writes skip the database
        self._retry_delay = OUTBOX_RETRY_FIRST
        self._flusher: threading.Thread | None = None
        self._closed = threading.Event()
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
        self._closed.set()
        flusher = self._flusher
        if flusher is not None and flusher is not threading.current_thread():
            flusher.join(LOG_BUSY_TIMEOUT + 5)
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
        return mask_url_password(f"{type(orig).__name__}: {first}")[:300]

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
    def _tx(self, wait: float = BUSY_TIMEOUT) -> Iterator[Connection]:
        """A transaction waiting at most ``wait`` seconds for another one's lock (SQLite's write
        lock, PostgreSQL row and table locks); database unreachable or still locked ->
        StoreUnavailable (message without password)."""
        self._ensure_schema()
        try:
            with self._engine.connect() as conn:
                sqlite_wait = wait != BUSY_TIMEOUT and self.dialect == "sqlite"
                if sqlite_wait:     # per connection: set on the driver's connection, reset after
                    conn.connection.dbapi_connection.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
                try:
                    with conn.begin():
                        if wait != BUSY_TIMEOUT and self.dialect == "postgresql":
                            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait * 1000)}")
                        yield conn
                finally:
                    if sqlite_wait and not conn.invalidated:
                        conn.connection.dbapi_connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}")
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
        if not self._flush_quietly():
            return                                # the log is failing now: the visit is not worth a wait
        try:
            with self._tx(LOG_BUSY_TIMEOUT) as conn:
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
        entry_uid: str | None = None,
    ) -> int | None:
        """Log one answered question; its id, or None when it went to the outbox. Never raises, and
        waits at most LOG_BUSY_TIMEOUT (nothing while a recent failure is being retried).
        ``entry_uid`` (at most 32 characters) makes it idempotent: a question answered again
        (its update taken over after a crash) keeps its one row and id."""
        try:
            entry = _entry(user_key, chat_type, channel, answer, _utc(asked_at), embedding)
            if entry_uid:
                entry["entry_uid"] = entry_uid[:32]
        except Exception:  # a malformed answer must not break the reply
            log.exception("could not log a question (bad answer object); entry lost")
            return None
        with self._outbox_lock:
            if self._outbox and not self._flush_quietly():
                self._to_outbox(entry, None)
                return None
            try:
                with self._tx(LOG_BUSY_TIMEOUT) as conn:
                    return self._insert_entry(conn, entry)
            except StoreUnavailable as err:
                self._log_retry_at = monotonic() + self._retry_delay
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
        self._start_flusher()
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
                        with self._tx(LOG_BUSY_TIMEOUT) as conn:
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
        """Try the outbox (unless a recent failure is being retried in the background);
        True when it is empty afterwards."""
        if not self._outbox:
            return True
        if monotonic() < self._log_retry_at:
            return False
        try:
            self.flush_outbox()
        except StoreUnavailable:
            with self._outbox_lock:
                self._log_retry_at = monotonic() + self._retry_delay
                self._start_flusher()
            return False
        return not self._outbox

    def _start_flusher(self) -> None:
        """Make sure a background thread writes the outbox once the database answers (call with
        the outbox lock held: the thread ends under it, when the outbox is empty)."""
        if self._flusher is None and not self._closed.is_set():
            self._flusher = threading.Thread(target=self._flush_in_background, name="outbox-flusher", daemon=True)
            self._flusher.start()

    def _flush_in_background(self) -> None:
        """Retry the outbox with backoff (OUTBOX_RETRY_FIRST, doubling, up to OUTBOX_RETRY_MAX)."""
        while not self._closed.wait(max(0.0, self._log_retry_at - monotonic())):
            try:
                self.flush_outbox()
            except StoreUnavailable:
                self._retry_delay = min(self._retry_delay * 2, OUTBOX_RETRY_MAX)
                self._log_retry_at = monotonic() + self._retry_delay
            except Exception:                     # never die with entries waiting: log, retry later
                log.exception("writing the question-log outbox failed; retrying")
                self._log_retry_at = monotonic() + OUTBOX_RETRY_MAX
            with self._outbox_lock:
                if not self._outbox:
                    self._retry_delay = OUTBOX_RETRY_FIRST
                    self._log_retry_at = 0.0
                    self._flusher = None
                    return
        with self._outbox_lock:
            self._flusher = None

    # ------------------------------------------------------------------ feedback
    def set_feedback(self, question_id: int, user_key: str, value: int) -> bool:
        """Record 👍 (+1) / 👎 (-1) on the asker's own question; False if it is not theirs or unknown."""
        if value not in (-1, 1):
            raise ValueError("feedback must be -1 or 1")
        if not 0 < int(question_id) <= MAX_ID:
            return False                          # no such question can exist
        with self._tx() as conn:
            done = conn.execute(
                update(questions)
                .where(questions.c.id == int(question_id), questions.c.user_key == user_key)
                .values(feedback=value)
            ).rowcount
        return bool(done)

    def get_question(self, question_id: int) -> dict | None:
        if not 0 < int(question_id) <= MAX_ID:
            return None
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
            self._secure_delete(conn)
            touched = self._groups_of(conn, questions.c.user_key == user_key)
            deleted = {
                "subscriptions": conn.execute(delete(subscriptions).where(subscriptions.c.user_key == user_key)).rowcount,
                "reminders": conn.execute(delete(sent_reminders).where(sent_reminders.c.user_key == user_key)).rowcount,
                "questions": conn.execute(delete(questions).where(questions.c.user_key == user_key)).rowcount,
                "profile": conn.execute(delete(users).where(users.c.user_key == user_key)).rowcount,
            }
            self._forget_in_groups(conn, touched)
            self._forget_shared_state(conn, user_key)
        self._checkpoint()
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
        """Groups derived from deleted questions: emptied ones go; the others get their centroid,
        size, label and examples recomputed from the questions that remain (bot/storage/groups.py),
        so nothing derived from a deleted question is kept."""
        groups.delete_orphan_points(conn)
        groups.recompute(conn, group_ids)

    def _checkpoint(self) -> None:
        """SQLite: copy the write-ahead log into the database and empty it, so that deleted text
        does not linger in the ``-wal`` file (the deletions themselves overwrite the rows:
        ``secure_delete``). A reader holding an old snapshot can keep it from completing: logged."""
        if self.dialect != "sqlite":
            return
        try:
            with self._engine.connect() as conn:
                busy, _log_pages, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        except _UNAVAILABLE as err:
            log.warning("could not checkpoint the question log after a deletion (%s)", self._clean(err))
            return
        if busy:
            log.warning("the question log's write-ahead log could not be emptied after a deletion (a reader was "
                        "busy); it will be on the next checkpoint")

    @staticmethod
    def _secure_delete(conn) -> None:
        """SQLite overwrites what this connection deletes (the question text is not left in free pages)."""
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA secure_delete=ON")

    # ------------------------------------------------------------------ the secretariat's group corrections
    def _correct(self, fn, *args):
        with self._tx() as conn:
            return fn(conn, *args)

    def move_questions(self, question_ids: list[int], to_group: int) -> int:
        """Move logged questions into a group, where later grouping runs leave them; the group's id.
        Raises groups.CorrectionError (a message for the secretariat) for an unknown group or question."""
        return self._correct(groups.move, question_ids, to_group)

    def split_group(self, group_id: int, question_ids: list[int], label: str | None = None) -> int:
        """Split questions off a group into a new group (both kept apart from then on); the new id."""
        return self._correct(groups.split, group_id, question_ids, label)

    def merge_groups(self, group_id: int, into_group: int) -> int:
        """Merge a group into another; the remaining id (the old one leads to it)."""
        return self._correct(groups.merge, group_id, into_group)

    def rename_group(self, group_id: int, label: str | None) -> int:
        """Give a group the secretariat's label (empty: its most typical question again)."""
        return self._correct(groups.rename, group_id, label)

    # ------------------------------------------------------------------ retention
    def purge_older_than(self, days: int, now: datetime | None = None) -> int:
        """Delete logged questions asked more than ``days`` days before ``now``; 0 days keeps everything."""
        if days <= 0:
            return 0
        cutoff = _utc(now) - timedelta(days=days)
        with self._tx() as conn:
            self._secure_delete(conn)
            touched = self._groups_of(conn, questions.c.asked_at < cutoff)
            purged = conn.execute(delete(questions).where(questions.c.asked_at < cutoff)).rowcount
            self._forget_in_groups(conn, touched)
            # reminders of events long past are of no use either
            conn.execute(delete(sent_reminders).where(sent_reminders.c.event_date < cutoff.date()))
        if purged:
            self._checkpoint()
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
        # what a column can hold (no NUL on PostgreSQL, no lone surrogate in UTF-8), whoever asked
        "question": clean_text(answer.question or ""),
        "answer": clean_text(answer.answer or ""),
        "kind": (answer.kind or "")[:16],
        "answered": bool(answer.answered),
        "confidence": float(answer.confidence or 0.0),
        "topic": clean_text(answer.topic or "")[:200],
        "sources": sources,
        "latency_ms": float(answer.latency_ms or 0.0),
        "feedback": 0,
        "embedding": base64.b64encode(embedding).decode("ascii") if embedding is not None else None,
        "generation": getattr(answer, "generation", None),
    }


__all__ = ["Store", "StoreUnavailable", "Subscription", "load_pseudonym_key", "migrate", "MIGRATIONS"]
