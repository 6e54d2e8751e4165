"""Tables of the store (SQLAlchemy Core), shared by the bot, reminders and the dashboard.

Privacy: people are known only by ``user_key``, a keyed hash (HMAC) of their
Telegram id. No names or usernames are ever stored. The only raw Telegram id
kept is a subscription's ``chat_id``, which is needed to send the reminder and
is deleted with the subscription.
"""
from __future__ import annotations

import numpy as np
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    BigInteger,
)

SCHEMA_VERSION = 3   # 2: questions.entry_uid (outbox entries written once); 3: questions.generation

metadata = MetaData()

schema_info = Table(
    "schema_info",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("user_key", String(64), primary_key=True),        # HMAC-SHA256 hex of the Telegram user id
    Column("language", String(2), nullable=True),           # chosen language: ar | en | fr (None: follow messages)
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
)

questions = Table(
    "questions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("asked_at", DateTime(timezone=True), nullable=False, index=True),
    Column("user_key", String(64), nullable=True, index=True),
    Column("chat_type", String(16), nullable=False, default="private"),   # private | group | supergroup | cli
    Column("channel", String(16), nullable=False, default="telegram"),
    Column("language", String(2), nullable=False, index=True),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False, default=""),
    Column("kind", String(16), nullable=False),        # card | timeline | passage | refusal | too_long ...
    Column("answered", Boolean, nullable=False),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("topic", String(200), nullable=False, default=""),
    Column("sources", JSON, nullable=False, default=list),   # [{document, title, section, date, url, score}]
    Column("latency_ms", Float, nullable=False, default=0.0),
    Column("feedback", Integer, nullable=False, default=0),   # -1 👎, 0 none, +1 👍
    Column("embedding", LargeBinary, nullable=True),          # float32 vector of the question (grouping)
    Column("group_id", Integer, nullable=True, index=True),
    Column("entry_uid", String(32), nullable=True, unique=True, index=True),  # id of the log entry (outbox dedup)
    # what a connected language model did (bot/answering/generate.py): {"used", "mode", "rejected"|"error",
    # "latency_ms"}; NULL when none is connected. A "rejected" text counts among the gaps.
    Column("generation", JSON(none_as_null=True), nullable=True),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("user_key", String(64), ForeignKey("users.user_key", ondelete="CASCADE"), primary_key=True),
    Column("chat_id", BigInteger, nullable=False),
    Column("language", String(2), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

sent_reminders = Table(
    "sent_reminders",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(64), nullable=False, index=True),
    Column("event_id", String(100), nullable=False),
    Column("event_date", Date, nullable=False),
    Column("days_before", Integer, nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("user_key", "event_id", "event_date", "days_before", name="uq_reminder_once"),
)

question_groups = Table(
    "question_groups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("centroid", LargeBinary, nullable=False),          # float32 mean of the members' vectors in the grouping space (bot/review/grouping.py); its length is the group's cohesion
    Column("size", Integer, nullable=False, default=0),
    Column("label", Text, nullable=False, default=""),        # a representative question
    Column("card_id", String(100), nullable=True),            # card that covers the group, if any
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# What the question groups were computed with (bot/review/grouping.py): "embedder" (its
# name) and "space" (fingerprint of the reference set). A change makes the next
# grouping run re-embed / recompute the group means, keeping group ids.
grouping_state = Table(
    "grouping_state",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False, default=""),
)


# questions.embedding and question_groups.centroid hold float32 vectors as bytes
def to_bytes(vector) -> bytes:
    """A vector as stored in ``questions.embedding`` (float32)."""
    return np.asarray(vector, dtype=np.float32).reshape(-1).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)
