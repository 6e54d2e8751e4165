"""The update journal: every received update is answered once, by any replica, across crashes.

1. **Recorded before confirmed.** Updates reach the application through
   :class:`JournalingQueue` (PTB's ``update_queue``): polling puts each update there
   *before* its next ``getUpdates`` confirms the offset, and the webhook server before
   it answers Telegram's request with 200. ``put`` writes the update to the journal
   first (names removed: see :func:`scrub`), held by this replica for :data:`LEASE`
   seconds (renewed while it is being answered).
2. **Once.** An update already in the journal (Telegram redelivered it, or sent it to
   another replica) is not put in the queue again.
3. **Answered, then marked.** When the handlers are done the row keeps only the id
   (to recognise a redelivery) and who answered it. If the Bot API stayed unreachable
   (the retries of :mod:`bot.telegram_channel.delivery` ran out) the update is given back
   with a delay (:data:`RETRY_BACKOFF`) instead: any replica answers it when the Bot API
   is back.
4. **Taken over.** Every :data:`TICK` seconds each replica looks for pending updates whose
   lease has run out (their replica died: SIGKILL, power loss) — at once when their replica
   is known to be gone (:meth:`bot.telegram_channel.replicas.Replica.is_dead`: the
   restarted process finds its predecessor's updates) — takes them one by one
   (compare-and-set) and answers them; messages that went out before the crash are not
   sent again (:class:`bot.telegram_channel.delivery.Delivery`). An update older than
   :data:`MAX_AGE` is not answered any more: it is dropped with a log line.

While the store is down updates are answered without the journal (a warning says so):
a crash in that window loses the updates being answered, and a redelivered one may be
answered twice.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Callable

from telegram import Update

from bot.telegram_channel.delivery import Delivery

log = logging.getLogger(__name__)

LEASE = 15.0                 # seconds an update stays with its replica without renewal (renewed every TICK)
TICK = 2.0                   # seconds between renewals / looks for abandoned updates
MAX_AGE = 3600.0             # an update not answered within an hour is dropped: a reply that late confuses more than it helps
RETRY_BACKOFF = (2.0, 5.0, 15.0, 30.0, 60.0)   # seconds before an update whose answer could not be sent is tried again
TAKE_AT_ONCE = 20            # abandoned updates taken per tick
PERSONAL_FIELDS = ("last_name", "username", "phone_number", "vcard")


def scrub(value: Any) -> Any:
    """The update without names, usernames or phone numbers (``first_name`` is required by the
    Bot API types: emptied). What the bot needs to answer (ids, text, entities) is kept."""
    if isinstance(value, dict):
        return {k: ("" if k == "first_name" else scrub(v)) for k, v in value.items() if k not in PERSONAL_FIELDS}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


class JournalingQueue(asyncio.Queue):
    """PTB's update queue, writing each update to the journal before it is accepted."""

    journal: "UpdateJournal | None" = None

    async def put(self, item) -> None:
        if self.journal is not None and isinstance(item, Update):
            if not await self.journal.receive(item):
                return
        await super().put(item)

    async def requeue(self, item) -> None:
        """An update taken from the journal (already recorded)."""
        await super().put(item)


class UpdateJournal:
    """The journal of one replica (see the module). ``store_ok``/``store_failed`` share the
    desk's view of whether the store is reachable."""

    def __init__(self, store, replica, store_ok: Callable[[], bool], store_failed: Callable[[], None]):
        self.store = store
        self.replica = replica
        self.store_ok = store_ok
        self.store_failed = store_failed
        self.inflight: dict[int, Delivery] = {}
        self._unwritten: list[tuple[Callable, tuple]] = []     # journal writes that met a store outage

    # -- arrival ---------------------------------------------------------------------
    async def receive(self, update: Update) -> bool:
        """Record ``update``; False when it was already received (do not answer it again)."""
        from bot.storage.store import StoreUnavailable

        uid = update.update_id
        if uid in self.inflight:
            return False                                  # being answered here already
        if not self.store_ok():
            return self._without_journal(uid, "the store is unavailable")
        payload = json.dumps(scrub(update.to_dict()), ensure_ascii=True)   # ASCII: a lone surrogate or NUL in a message is stored escaped (cleaned when answered)
        now = time.time()
        try:
            if await self.replica.call(self.store.journal_update, uid, payload, self.replica.id, now, LEASE):
                self.inflight[uid] = self._delivery(uid)
                return True
            row = await self.replica.call(self.store.claim_update, uid, self.replica.id, now, LEASE,
                                          await self._dead_owners(now))
        except StoreUnavailable as err:
            self.store_failed()
            return self._without_journal(uid, str(err))
        if row is None:
            log.info("update %s was received before (redelivered, or by another replica); not answered again", uid)
            return False
        self.inflight[uid] = self._delivery(uid, row)    # redelivered after its replica died: ours now
        log.info("update %s redelivered, unanswered by the replica that had it; answering it (try %d)", uid,
                 row["attempts"])
        return True

    def _without_journal(self, uid: int, why: str) -> bool:
        log.warning("update %s is answered without the journal (%s): it is lost if this process stops first", uid, why)
        self.inflight[uid] = Delivery(uid, journaled=False)
        return True

    def _delivery(self, uid: int, row: dict | None = None) -> Delivery:
        if row is None:
            return Delivery(uid, on_delivered=self._record)
        return Delivery(uid, attempt=int(row["attempts"]), results=json.loads(row["deliveries"] or "[]"),
                        on_delivered=self._record)

    def begin(self, update: object) -> Delivery | None:
        """The delivery record of an update about to be handled (None: not a journaled update)."""
        return self.inflight.get(update.update_id) if isinstance(update, Update) else None

    # -- while answering and after ------------------------------------------------------
    async def _record(self, delivery: Delivery) -> None:
        if delivery.journaled:
            await self._write(self.store.record_deliveries, delivery.update_id, self.replica.id, list(delivery.results))

    async def finish(self, delivery: Delivery) -> None:
        """Answered (the id stays, to recognise a redelivery), or given back for later if the
        Bot API could not be reached."""
        self.inflight.pop(delivery.update_id, None)
        if not delivery.journaled:
            return
        if delivery.failure is None:
            await self._write(self.store.finish_update, delivery.update_id, self.replica.id, time.time())
            return
        delay = RETRY_BACKOFF[min(delivery.attempt, len(RETRY_BACKOFF)) - 1]
        log.warning("update %s: the Bot API could not be reached (%s); it is answered when it is back (next try in "
                    "%.0f s)", delivery.update_id, delivery.failure, delay)
        await self._write(self.store.release_update, delivery.update_id, self.replica.id, time.time() + delay)

    async def _dead_owners(self, now: float) -> list[str]:
        """Replicas holding pending updates that are known to be gone (a crashed predecessor on
        this host): their updates are taken at once, not when their lease runs out."""
        owners = await self.replica.call_urgent(self.store.pending_owners, now)
        return [o for o in owners if self.replica.is_dead(o)]

    async def _write(self, fn: Callable, *args) -> None:
        from bot.storage.store import StoreUnavailable

        try:
            await self.replica.call(fn, *args)
        except StoreUnavailable as err:
            self.store_failed()
            log.warning("the update journal could not be written (%s); retried in %.0f s", err, TICK)
            self._unwritten.append((fn, args))

    # -- every TICK seconds ---------------------------------------------------------------
    async def tick(self, app) -> int:
        """Renew what is being answered here, drop what is too old, take over abandoned updates;
        returns how many were taken."""
        from bot.storage.store import StoreUnavailable

        now = time.time()
        try:
            while self._unwritten:
                fn, args = self._unwritten[0]
                await self.replica.call(fn, *args)
                self._unwritten.pop(0)
            mine = [uid for uid, d in self.inflight.items() if d.journaled]
            await self.replica.call_urgent(self.store.renew_updates, self.replica.id, mine, now + LEASE)
            for uid, received in await self.replica.call_urgent(self.store.drop_stale_updates, now, MAX_AGE):
                log.warning("update %s, received %.0f min ago, was never answered; dropped (updates are answered "
                            "within %.0f min)", uid, (now - received) / 60, MAX_AGE / 60)
            taken = 0
            dead = await self._dead_owners(now)
            for uid in await self.replica.call_urgent(self.store.stale_update_ids, now, TAKE_AT_ONCE, dead):
                row = await self.replica.call_urgent(self.store.claim_update, uid, self.replica.id, now, LEASE, dead)
                if row is None or uid in self.inflight:
                    continue
                try:
                    update = Update.de_json(json.loads(row["payload"]), app.bot)
                except (TypeError, ValueError, KeyError) as err:
                    log.error("update %s in the journal cannot be read (%s); dropped", uid, err)
                    await self.replica.call(self.store.finish_update, uid, self.replica.id, now)
                    continue
                self.inflight[uid] = self._delivery(uid, row)
                log.info("update %s, received %.0f s ago and not answered, is answered by this replica (try %d)",
                         uid, now - row["received_at"], row["attempts"])
                await app.update_queue.requeue(update)
                taken += 1
            return taken
        except StoreUnavailable as err:
            self.store_failed()
            log.debug("update journal: store unavailable (%s)", err)
            return 0


async def tick_job(context) -> None:
    """Every :data:`TICK` seconds while the application runs, :meth:`UpdateJournal.tick` (one job
    started at start-up rather than a repeating one: a slow tick delays the next, never overlaps it)."""
    app = context.application
    journal = app.bot_data.get("journal")
    while journal is not None and app.running:
        started = time.monotonic()
        try:
            await journal.tick(app)
        except Exception:  # a bug must not end the loop: the next tick tries again
            log.exception("update journal: tick failed")
        await asyncio.sleep(max(0.1, TICK - (time.monotonic() - started)))


__all__ = ["JournalingQueue", "UpdateJournal", "scrub", "tick_job", "LEASE", "TICK", "MAX_AGE"]
