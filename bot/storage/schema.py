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
    Index,
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
    Column("centroid", LargeBinary, nullable=False),          # mean of the members' points (bot/storage/points.py)
    Column("size", Integer, nullable=False, default=0),
    Column("label", Text, nullable=False, default=""),        # its most typical question (English when it has English)
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


# Signed-in dashboard sessions, kept server-side so that signing out ends a session in every
# dashboard process (bot/review/dashboard/sessions.py). The cookie holds a random token;
# only its SHA-256 is stored here.
dashboard_sessions = Table(
    "dashboard_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)


# The secretariat's decisions on events found in the documents at ingest (bot/knowledge/events.py):
# hidden, or corrected (dates, name, kind). Keyed by the event's stable id (a hash of its
# document, sentence and dates), so they outlive a re-ingest and hold for every replica.
event_overrides = Table(
    "event_overrides",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("document", String(200), nullable=False, default=""),
    Column("sentence", Text, nullable=False, default=""),     # what was extracted, to show it after a document change
    Column("hidden", Boolean, nullable=False, default=False),
    Column("start", Date, nullable=True),                     # a correction: the new dates ...
    Column("end", Date, nullable=True),
    Column("precision", String(8), nullable=True),
    Column("kind", String(16), nullable=True),
    Column("names", JSON, nullable=True),                     # {ar|en|fr: name}
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


# --------------------------------------------------------------------------- what replicas share
# (bot/storage/coordination.py). Times here are seconds since the epoch (time.time()), the
# wall clock every replica reads, not the bot's GCMBOT_FAKE_NOW clock.

# Every update the bot received, written before Telegram is told it arrived (the polling
# offset, the webhook's 200): a replica that dies mid-answer leaves it "pending", and another
# replica (or the restarted one) answers it once its lease has run out.
update_journal = Table(
    "update_journal",
    metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("received_at", Float, nullable=False),
    Column("state", String(8), nullable=False, default="pending"),    # pending | done | dropped
    Column("owner", String(80), nullable=True),                       # the replica answering it now
    Column("lease_until", Float, nullable=False, default=0.0),        # pending and past this: anyone may take it
    Column("attempts", Integer, nullable=False, default=1),
    Column("payload", Text, nullable=True),          # the update (JSON, names removed) while pending; then NULL
    Column("deliveries", Text, nullable=True),       # JSON list of the Bot API results of the messages already sent
    Column("finished_at", Float, nullable=True),
    Index("ix_update_journal_pending", "state", "lease_until"),
)

# Named leases: "poller" (the one replica that long-polls Telegram), "scheduler" (the one
# that sends reminders and purges). Held while renewed; taken over once expired.
leases = Table(
    "leases",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("holder", String(80), nullable=False),
    Column("expires_at", Float, nullable=False),
)

# Per-user limits shared by the replicas: the accepted hits of the sliding window (a JSON
# list of times) and until when the user has been told to wait (one notice per window).
rate_limits = Table(
    "rate_limits",
    metadata,
    Column("user_key", String(64), primary_key=True),
    Column("bucket", String(16), primary_key=True),                   # questions | actions
    Column("hits", Text, nullable=False, default="[]"),
    Column("notice_until", Float, nullable=False, default=0.0),
    Column("version", Integer, nullable=False, default=0),            # compare-and-set
    Column("updated_at", Float, nullable=False, default=0.0),
)

# The previous turn of each conversation (a follow-up question is read with it).
conversation_turns = Table(
    "conversation_turns",
    metadata,
    Column("user_key", String(64), primary_key=True),
    Column("chat_key", String(64), primary_key=True),                 # keyed hash of the chat id
    Column("turn", JSON, nullable=False),                             # answering.types.Turn as a dict
    Column("at", DateTime(timezone=True), nullable=False),            # the bot's clock
)

# Where each logged question sits in the grouping space (bot/storage/points.py), so that a
# group's centroid can be recomputed from the members that remain when questions are
# deleted. Deleted with the question.
question_points = Table(
    "question_points",
    metadata,
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
    Column("point", LargeBinary, nullable=False),
)

# The most typical question of a group in each language (shown beside the group's label).
group_examples = Table(
    "group_examples",
    metadata,
    Column("group_id", Integer, ForeignKey("question_groups.id", ondelete="CASCADE"), primary_key=True),
    Column("language", String(2), primary_key=True),
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), nullable=False),
)

# --- the secretariat's corrections, respected by every later grouping run
# a label the secretariat gave a group (instead of its most typical question)
group_names = Table(
    "group_names",
    metadata,
    Column("group_id", Integer, ForeignKey("question_groups.id", ondelete="CASCADE"), primary_key=True),
    Column("label", Text, nullable=False),
    Column("named_at", DateTime(timezone=True), nullable=False),
)

# questions the secretariat placed (moved, split off, merged): they stay in their group
# when everything is grouped again, and a new question with the same text joins it
group_pins = Table(
    "group_pins",
    metadata,
    Column("question_id", Integer, ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", Integer, ForeignKey("question_groups.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("pinned_at", DateTime(timezone=True), nullable=False),
)

# a group merged into another: links to the old id lead to the new one
group_aliases = Table(
    "group_aliases",
    metadata,
    Column("old_id", Integer, primary_key=True),
    Column("new_id", Integer, nullable=False),
)

# what the secretariat did, newest last (no question text: ids and counts)
group_corrections = Table(
    "group_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(16), nullable=False),          # split | move | merge | rename
    Column("group_id", Integer, nullable=False),           # the group acted on (split: the one split)
    Column("other_group_id", Integer, nullable=True),      # split: the new group; move / merge: the target
    Column("questions", Integer, nullable=False, default=0),
    Column("label", Text, nullable=True),                  # rename: the new label
)


# questions.embedding and question_groups.centroid hold float32 vectors as bytes
def to_bytes(vector) -> bytes:
    """A vector as stored in ``questions.embedding`` (float32)."""
    return np.asarray(vector, dtype=np.float32).reshape(-1).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)
