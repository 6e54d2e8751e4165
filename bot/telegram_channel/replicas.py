"""Several ``gcmbot serve`` processes on one store (PostgreSQL) and one Chroma server.

What each replica is (:class:`Replica`: an id, a small thread pool for the store calls
that keep replicas in step, leases) and how ``serve`` runs (:func:`run`):

- **webhook mode** (``GCMBOT_WEBHOOK_URL``): every replica listens; a proxy in front
  spreads Telegram's requests over them, and any replica answers any update. Each
  update is recorded in the journal before the replica answers Telegram's request with
  200, so an update Telegram sends twice, or to two replicas, is answered once;
- **polling mode**: Telegram allows one ``getUpdates`` caller per bot (a second gets 409
  Conflict), so the replicas share the ``poller`` lease: its holder polls, the others
  wait and take over within :data:`LEASE_TTL` seconds of the holder dying (at once when it
  stops gracefully). In this mode the other replicas are standbys: to answer with
  several processes at once, use webhook mode.

Reminders and the retention purge follow the ``scheduler`` lease in either mode
(:mod:`bot.telegram_channel.reminders`).
"""
from __future__ import annotations

import asyncio
import functools
import logging
import os
import secrets
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

log = logging.getLogger(__name__)

LEASE_TTL = 15.0        # seconds a lease lasts without renewal: how long a dead holder blocks a takeover
RENEW_EVERY = 4.0       # seconds between renewals (three chances before the lease runs out)


class Replica:
    """This process among the replicas: its id (host~pid-namespace:pid:random), and the store calls that
    keep replicas in step, on threads of their own: :meth:`call` for the journal writes of each
    update, :meth:`call_urgent` (one thread, nothing else queued there) for lease renewals, so
    that neither a busy answer pool nor a burst of journal writes delays a renewal past its expiry."""

    def __init__(self, store):
        self.store = store
        self.host = f"{socket.gethostname()[:40]}~{_pid_namespace()}"
        self.id = f"{self.host}:{os.getpid()}:{secrets.token_hex(3)}"
        self._executor = ThreadPoolExecutor(4, thread_name_prefix="gcm-journal")
        self._urgent = ThreadPoolExecutor(1, thread_name_prefix="gcm-leases")
        self.held: set[str] = set()

    async def call(self, fn: Callable[..., Any], *args) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._executor, functools.partial(fn, *args))

    async def call_urgent(self, fn: Callable[..., Any], *args) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._urgent, functools.partial(fn, *args))

    def is_dead(self, other: str) -> bool:
        """Whether replica ``other`` is known to be gone: it ran on this host, in this process
        namespace, and its process is gone, or it is an earlier life of this very process id (a
        container restarted with the same pid). A replica elsewhere is only known dead when its
        leases expire."""
        parts = other.rsplit(":", 2)
        if len(parts) != 3 or parts[0] != self.host or other == self.id or not parts[1].isdigit():
            return False
        pid = int(parts[1])
        if pid == os.getpid():
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    async def hold(self, name: str) -> bool | None:
        """Take or renew the lease ``name``: True held, False another replica holds it, None the store is down.
        A lease held by a replica known to be dead (:meth:`is_dead`) is taken over at once."""
        from bot.storage.store import StoreUnavailable

        try:
            now = time.time()
            held = await self.call_urgent(self.store.acquire_lease, name, self.id, now, LEASE_TTL)
            if not held:
                holder = await self.call_urgent(self.store.lease_holder, name, now)
                if holder and self.is_dead(holder):
                    log.info("the %s lease is held by %s, which is no longer running; taken over", name, holder)
                    held = await self.call_urgent(self.store.acquire_lease, name, self.id, now, LEASE_TTL, holder)
        except StoreUnavailable as err:
            log.warning("cannot renew the %s lease (%s)", name, err)
            return None
        (self.held.add if held else self.held.discard)(name)
        return held

    async def let_go(self) -> None:
        """Release every lease this replica holds (a graceful stop: others take over at once)."""
        from bot.storage.store import StoreUnavailable

        for name in sorted(self.held):
            try:
                await self.call_urgent(self.store.release_lease, name, self.id)
            except StoreUnavailable as err:
                log.warning("could not release the %s lease (%s); another replica takes it in %.0f s", name, err,
                            LEASE_TTL)
        self.held.clear()

    def close(self) -> None:
        self._executor.shutdown(wait=False)
        self._urgent.shutdown(wait=False)


def _pid_namespace() -> int:
    """Processes can see each other's pids only within one pid namespace (one container)."""
    try:
        return os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return 0


# --------------------------------------------------------------------------- running serve
async def _poll_while_leased(app, polling: dict) -> None:
    """Poll Telegram while this replica holds the ``poller`` lease; wait (a standby) while another does."""
    replica: Replica = app.bot_data["replica"]
    told_waiting = False
    while True:
        held = await replica.hold("poller")
        if held is None:
            held = app.updater.running         # the store is down: whoever polls goes on (nobody can take over)
        if held and not app.updater.running:
            log.info("this replica (%s) polls Telegram for updates", replica.id)
            await app.updater.start_polling(**polling)
            told_waiting = False
        elif not held and app.updater.running:
            log.warning("another replica took over polling; this one (%s) stops polling and stands by", replica.id)
            await app.updater.stop()
        elif not held and not told_waiting:
            log.info("another replica polls Telegram; this one (%s) stands by to take over", replica.id)
            told_waiting = True
        await asyncio.sleep(RENEW_EVERY)


def run(app, *, webhook: dict | None = None, polling: dict | None = None) -> None:
    """Run ``app`` until SIGINT/SIGTERM/SIGABRT or ``app.stop_running()``, as PTB's ``run_polling`` /
    ``run_webhook`` do (``post_init``, ``post_stop`` and ``post_shutdown`` included): webhook mode
    when ``webhook`` (the arguments of ``Updater.start_webhook``), else polling under the
    ``poller`` lease (``polling``: the arguments of ``Updater.start_polling``). On stopping: no
    more updates taken, the ones received answered, the leases released."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGABRT):
        loop.add_signal_handler(sig, loop.stop)
    replica: Replica = app.bot_data["replica"]
    poller = None
    try:
        loop.run_until_complete(app.initialize())
        if app.post_init:
            loop.run_until_complete(app.post_init(app))
        loop.run_until_complete(app.start())
        if webhook is not None:
            loop.run_until_complete(app.updater.start_webhook(**webhook))
        else:
            poller = loop.create_task(_poll_while_leased(app, dict(polling or {})))
        loop.run_forever()                     # until a signal or app.stop_running() stops the loop
        log.info("stopping: answering the updates already received, then releasing the leases")
    finally:
        try:
            if poller is not None:
                poller.cancel()
                loop.run_until_complete(asyncio.gather(poller, return_exceptions=True))
            if app.updater.running:
                loop.run_until_complete(app.updater.stop())
            if app.running:
                loop.run_until_complete(app.stop())
            if app.post_stop:
                loop.run_until_complete(app.post_stop(app))
            loop.run_until_complete(replica.let_go())
            loop.run_until_complete(app.shutdown())
            if app.post_shutdown:
                loop.run_until_complete(app.post_shutdown(app))
        finally:
            replica.close()
            loop.close()


__all__ = ["Replica", "run", "LEASE_TTL", "RENEW_EVERY"]
