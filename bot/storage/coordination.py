"""What several bot replicas share through the store (a mixin of :class:`bot.storage.store.Store`).

- the **update journal**: every update is recorded before Telegram is told it arrived, so
  an update is answered once even when the replica answering it dies (another one, or
  the restarted one, takes it once its lease has run out) and a redelivered update is
  recognised (its ``update_id`` is kept, without content, for :data:`JOURNAL_KEEP`);
- **leases** by name (``poller``, ``scheduler``): one holder at a time, taken over when
  the holder stops renewing it. A row lease rather than a PostgreSQL advisory lock: the
  same code on SQLite and PostgreSQL, and no session pinned to one pooled connection;
- **per-user limits**: a row per user and bucket, updated by compare-and-set;
- **conversation turns**: the previous answer a follow-up question is read with.

Lease and journal times are wall-clock seconds (``time.time()``), the clock every replica
shares; the bot's ``GCMBOT_FAKE_NOW`` clock is for dates shown to users and reminders.
Every method is synchronous and raises :class:`bot.storage.store.StoreUnavailable` when
the database cannot be reached.
"""
from __future__ import annotations

import json
import time
from datetime import datetime
from typing import Callable, Sequence, TypeVar

from sqlalchemy import delete, select, update

from bot.storage.schema import conversation_turns, leases, rate_limits, update_journal

T = TypeVar("T")

JOURNAL_KEEP = 2 * 24 * 3600     # seconds an answered update's id is kept: Telegram keeps unconfirmed updates 24 h
CAS_TRIES = 8                    # compare-and-set attempts on one rate row before giving up (contention)

J = update_journal


class SharedState:
    """Journal, leases, limits and turns. Expects ``self._tx()`` (a transaction) from Store."""

    # ------------------------------------------------------------------ the update journal
    def journal_update(self, update_id: int, payload: str, owner: str, now: float, lease: float) -> bool:
        """Record a received update, held by ``owner`` for ``lease`` seconds; False when it was
        already recorded (Telegram redelivered it, or another replica received it)."""
        from bot.storage.store import _insert_ignore

        values = {"update_id": int(update_id), "received_at": now, "state": "pending", "owner": owner,
                  "lease_until": now + lease, "attempts": 1, "payload": payload, "deliveries": "[]"}
        with self._tx() as conn:
            return _insert_ignore(conn, J, values, ["update_id"])

    def claim_update(self, update_id: int, owner: str, now: float, lease: float,
                     take_from: Sequence[str] = ()) -> dict | None:
        """Take a pending update whose lease has run out (its replica died or gave it back), or held
        by one of ``take_from`` (replicas known to be dead): its row, or None."""
        with self._tx() as conn:
            taken = conn.execute(
                update(J).where(J.c.update_id == int(update_id), J.c.state == "pending", _free(now, take_from))
                .values(owner=owner, lease_until=now + lease, attempts=J.c.attempts + 1)
            ).rowcount
            if not taken:
                return None
            return dict(conn.execute(select(J).where(J.c.update_id == int(update_id))).mappings().one())

    def drop_stale_updates(self, now: float, max_age: float) -> list[tuple[int, float]]:
        """Pending updates nobody holds that were received more than ``max_age`` seconds ago are
        not answered any more: marked dropped; their (update_id, received_at)."""
        cond = (J.c.state == "pending", J.c.lease_until < now, J.c.received_at < now - max_age)
        with self._tx() as conn:
            rows = conn.execute(select(J.c.update_id, J.c.received_at).where(*cond)).all()
            if rows:
                conn.execute(update(J).where(J.c.update_id.in_([r[0] for r in rows]), *cond)
                             .values(state="dropped", payload=None, deliveries=None, owner=None, finished_at=now))
        return [(int(r[0]), float(r[1])) for r in rows]

    def stale_update_ids(self, now: float, limit: int = 20, take_from: Sequence[str] = ()) -> list[int]:
        """Pending updates whose lease has run out (or held by ``take_from``), oldest first."""
        with self._tx() as conn:
            rows = conn.execute(select(J.c.update_id).where(J.c.state == "pending", _free(now, take_from))
                                .order_by(J.c.update_id).limit(limit)).all()
        return [int(r[0]) for r in rows]

    def pending_owners(self, now: float) -> list[str]:
        """The replicas holding pending updates (a replica checks whether they are still alive)."""
        with self._tx() as conn:
            rows = conn.execute(select(J.c.owner).where(J.c.state == "pending", J.c.lease_until >= now,
                                                        J.c.owner.is_not(None)).distinct()).all()
        return [r[0] for r in rows]

    def record_deliveries(self, update_id: int, owner: str, deliveries: list) -> None:
        """What was sent so far while answering the update (not sent again if it is answered again)."""
        with self._tx() as conn:
            conn.execute(update(J).where(J.c.update_id == int(update_id), J.c.state == "pending")
                         .values(deliveries=json.dumps(deliveries, ensure_ascii=False)))

    def finish_update(self, update_id: int, owner: str, now: float) -> None:
        """Answered: only the id is kept (to recognise a redelivery), with who answered it."""
        with self._tx() as conn:
            conn.execute(update(J).where(J.c.update_id == int(update_id), J.c.state == "pending")
                         .values(state="done", owner=owner, payload=None, deliveries=None, lease_until=0.0,
                                 finished_at=now))

    def release_update(self, update_id: int, owner: str, retry_at: float) -> None:
        """Give an unanswered update back (the Bot API stayed unreachable): any replica retries it after ``retry_at``."""
        with self._tx() as conn:
            conn.execute(update(J).where(J.c.update_id == int(update_id), J.c.state == "pending", J.c.owner == owner)
                         .values(owner=None, lease_until=retry_at))

    def renew_updates(self, owner: str, update_ids: list[int], until: float) -> int:
        """Extend the lease on the updates ``owner`` is answering now."""
        if not update_ids:
            return 0
        with self._tx() as conn:
            return conn.execute(update(J).where(J.c.owner == owner, J.c.state == "pending",
                                                J.c.update_id.in_([int(u) for u in update_ids]))
                                .values(lease_until=until)).rowcount

    def journal_rows(self) -> list[dict]:
        """Every journal row (tests, benchmarks)."""
        with self._tx() as conn:
            return [dict(r) for r in conn.execute(select(J).order_by(J.c.update_id)).mappings()]

    # ------------------------------------------------------------------ leases
    def acquire_lease(self, name: str, holder: str, now: float, ttl: float, take_from: str | None = None) -> bool:
        """Take or renew the lease ``name`` for ``ttl`` seconds; False while another holder's lease
        runs (unless that holder is ``take_from``, known to be dead)."""
        from bot.storage.store import _insert_ignore

        free = (leases.c.holder == holder) | (leases.c.expires_at < now)
        if take_from:
            free = free | (leases.c.holder == take_from)
        with self._tx() as conn:
            renewed = conn.execute(
                update(leases).where(leases.c.name == name, free).values(holder=holder, expires_at=now + ttl)
            ).rowcount
            if renewed:
                return True
            return _insert_ignore(conn, leases, {"name": name, "holder": holder, "expires_at": now + ttl}, ["name"])

    def release_lease(self, name: str, holder: str) -> None:
        """Let the lease go at once (a graceful stop): another replica takes it at its next try."""
        with self._tx() as conn:
            conn.execute(update(leases).where(leases.c.name == name, leases.c.holder == holder).values(expires_at=0.0))

    def lease_holder(self, name: str, now: float) -> str | None:
        with self._tx() as conn:
            row = conn.execute(select(leases.c.holder).where(leases.c.name == name, leases.c.expires_at >= now)).first()
        return row[0] if row else None

    # ------------------------------------------------------------------ per-user limits
    def update_rate_row(self, user_key: str, bucket: str,
                        decide: Callable[[list[float], float], tuple[list[float], float, T]]) -> T:
        """Read the user's (hits, notice_until) for ``bucket``, let ``decide`` return the new
        (hits, notice_until, result), write it unless another replica wrote in between (then
        again); ``result``."""
        from bot.storage.store import StoreUnavailable, _insert_ignore

        key = (rate_limits.c.user_key == user_key, rate_limits.c.bucket == bucket)
        for _ in range(CAS_TRIES):
            with self._tx() as conn:
                row = conn.execute(select(rate_limits.c.hits, rate_limits.c.notice_until, rate_limits.c.version)
                                   .where(*key)).first()
                if row is None:
                    hits, notice, result = decide([], 0.0)
                    if _insert_ignore(conn, rate_limits, {"user_key": user_key, "bucket": bucket, "version": 0,
                                                          "hits": json.dumps(hits), "notice_until": notice,
                                                          "updated_at": time.time()},
                                      ["user_key", "bucket"]):
                        return result
                    continue
                hits, notice, result = decide(json.loads(row.hits or "[]"), float(row.notice_until))
                written = conn.execute(update(rate_limits).where(*key, rate_limits.c.version == row.version)
                                       .values(hits=json.dumps(hits), notice_until=notice,
                                               version=row.version + 1, updated_at=time.time())).rowcount
                if written:
                    return result
        raise StoreUnavailable(f"the rate limit of one user changed {CAS_TRIES} times while being read")

    # ------------------------------------------------------------------ conversation turns
    def get_turn(self, user_key: str, chat_key: str) -> tuple[dict, datetime] | None:
        from bot.storage.store import _aware

        with self._tx() as conn:
            row = conn.execute(select(conversation_turns.c.turn, conversation_turns.c.at).where(
                conversation_turns.c.user_key == user_key, conversation_turns.c.chat_key == chat_key)).first()
        return (dict(row[0]), _aware(row[1])) if row else None

    def set_turn(self, user_key: str, chat_key: str, turn: dict, at: datetime) -> None:
        from bot.storage.store import _insert_ignore, _utc

        key = (conversation_turns.c.user_key == user_key, conversation_turns.c.chat_key == chat_key)
        with self._tx() as conn:
            if conn.execute(update(conversation_turns).where(*key).values(turn=turn, at=_utc(at))).rowcount:
                return
            if not _insert_ignore(conn, conversation_turns, {"user_key": user_key, "chat_key": chat_key, "turn": turn,
                                                            "at": _utc(at)}, ["user_key", "chat_key"]):
                conn.execute(update(conversation_turns).where(*key).values(turn=turn, at=_utc(at)))

    # ------------------------------------------------------------------ forgetting, purging
    @staticmethod
    def _forget_shared_state(conn, user_key: str) -> None:
        """/forget: the user's limits and conversation memory (the journal keeps no user key)."""
        conn.execute(delete(rate_limits).where(rate_limits.c.user_key == user_key))
        conn.execute(delete(conversation_turns).where(conversation_turns.c.user_key == user_key))

    def purge_shared_state(self, now: float, turns_before: datetime) -> dict[str, int]:
        """Answered update ids older than :data:`JOURNAL_KEEP`, conversation turns older than
        ``turns_before``, limit rows idle for a day."""
        from bot.storage.store import _utc

        with self._tx() as conn:
            return {
                "journal": conn.execute(delete(J).where(J.c.state != "pending",
                                                        J.c.finished_at < now - JOURNAL_KEEP)).rowcount,
                "turns": conn.execute(delete(conversation_turns).where(conversation_turns.c.at < _utc(turns_before))).rowcount,
                "limits": conn.execute(delete(rate_limits).where(rate_limits.c.updated_at < now - 86400)).rowcount,
            }


def _free(now: float, take_from: Sequence[str]):
    """A pending row nobody holds any more."""
    expired = J.c.lease_until < now
    return expired | J.c.owner.in_(list(take_from)) if take_from else expired


__all__ = ["SharedState", "JOURNAL_KEEP"]
