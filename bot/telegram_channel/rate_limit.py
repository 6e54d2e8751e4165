"""Per-user limits: at most N accepted requests in any sliding window of W seconds.

Only accepted requests count, so a user who is told to wait is not punished further
for asking again too early; and they are told once per refusal period (the time until
their oldest accepted request leaves the window), not once per message: a flood of 300
messages gets one notice per window.

Two buckets per user: ``questions`` (``GCMBOT_RATE_LIMIT_PER_MINUTE``) and ``actions``
(commands, buttons, other messages the bot replies to: :data:`ACTION_ALLOWANCE` times
as many, since a question often comes with a button press or a command).

:class:`UserLimits` keeps the windows in the store, so that every replica counts the
same requests; while the store is down each process falls back to its own
:class:`SlidingWindowLimiter` (the limit then applies per replica).
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Hashable

log = logging.getLogger(__name__)

ACTION_ALLOWANCE = 2          # actions per question allowed (a /language and its button, /deadlines and its .ics)
BUCKETS = ("questions", "actions")


def decide(hits: list[float], now: float, limit: int, window: float) -> tuple[list[float], float]:
    """The window after a request at ``now``: (hits kept, 0.0) if accepted (``now`` appended),
    else (hits kept, seconds until a slot frees)."""
    kept = [h for h in hits if h > now - window]
    if len(kept) >= limit:
        return kept, max(kept[0] + window - now, 0.001)
    kept.append(now)
    return kept, 0.0


class SlidingWindowLimiter:
    """One process's limiter (thread-safe; the clock is injectable for tests)."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = float(window)
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._lock = threading.Lock()
        self._checks = 0

    def hit(self, key: Hashable) -> float:
        """Count a request for ``key`` if allowed: 0.0, else the seconds to wait (nothing counted)."""
        now = self._clock()
        with self._lock:
            self._checks += 1
            if self._checks % 1024 == 0:
                self._forget_idle(now)
            kept, wait = decide(list(self._hits.get(key, ())), now, self.limit, self.window)
            self._hits[key] = deque(kept)
            return wait

    def allow(self, key: Hashable) -> bool:
        return self.hit(key) == 0.0

    def remaining(self, key: Hashable) -> int:
        now = self._clock()
        with self._lock:
            return self.limit - len([h for h in self._hits.get(key, ()) if h > now - self.window])

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[key]

    def __len__(self) -> int:
        return len(self._hits)


@dataclass(frozen=True)
class Verdict:
    wait: float               # 0.0: accepted; else seconds until the user may ask again
    notify: bool = False      # refused, and the user has not been told yet in this refusal period

    @property
    def accepted(self) -> bool:
        return self.wait == 0.0


class UserLimits:
    """The per-user limits of every replica, kept in the store (synchronous: call it off the event loop)."""

    def __init__(self, store, per_minute: int, window: float = 60.0, clock: Callable[[], float] = time.time,
                 store_failed: Callable[[], None] | None = None):
        self.store = store
        self.store_failed = store_failed
        self.window = float(window)
        self.limits = {"questions": per_minute, "actions": per_minute * ACTION_ALLOWANCE}
        self._clock = clock
        self._local = {bucket: SlidingWindowLimiter(n, window, clock) for bucket, n in self.limits.items()}
        self._local_notice: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()

    def check(self, user_key: str, bucket: str, shared: bool = True) -> Verdict:
        """Count a request of ``user_key`` in ``bucket`` if allowed (``shared=False``: the store is
        known to be down, count in this process only)."""
        from bot.storage.store import StoreUnavailable

        limit, now = self.limits[bucket], self._clock()

        def step(hits: list[float], notice_until: float):
            kept, wait = decide(hits, now, limit, self.window)
            if not wait:
                return kept, notice_until, Verdict(0.0)
            notify = now >= notice_until
            return kept, (now + wait if notify else notice_until), Verdict(wait, notify)

        if shared:
            try:
                return self.store.update_rate_row(user_key, bucket, step)
            except StoreUnavailable as err:
                if self.store_failed is not None:
                    self.store_failed()
                log.warning("per-user limits are counted by each replica while the store is unavailable (%s)", err)
        wait = self._local[bucket].hit(user_key)
        if not wait:
            return Verdict(0.0)
        with self._lock:
            notify = now >= self._local_notice.get((user_key, bucket), 0.0)
            if notify:
                if len(self._local_notice) > 100_000:
                    self._local_notice.clear()
                self._local_notice[(user_key, bucket)] = now + wait
        return Verdict(wait, notify)


__all__ = ["SlidingWindowLimiter", "UserLimits", "Verdict", "decide", "ACTION_ALLOWANCE", "BUCKETS"]
