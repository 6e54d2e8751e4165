"""Per-user question limit: at most N questions in any sliding window of W seconds.

Only accepted questions count, so a user who is told to wait is not punished
further for asking again too early. Thread-safe; the clock is injectable for tests.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from typing import Callable, Hashable


class SlidingWindowLimiter:
    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = float(window)
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._lock = threading.Lock()
        self._checks = 0

    def _prune(self, hits: deque[float], now: float) -> None:
        edge = now - self.window
        while hits and hits[0] <= edge:
            hits.popleft()

    def hit(self, key: Hashable) -> float:
        """Count a question for ``key`` if allowed: 0.0, else the seconds to wait (nothing counted)."""
        now = self._clock()
        with self._lock:
            self._checks += 1
            if self._checks % 1024 == 0:
                self._forget_idle(now)
            hits = self._hits.setdefault(key, deque())
            self._prune(hits, now)
            if len(hits) >= self.limit:
                return max(hits[0] + self.window - now, 0.001)
            hits.append(now)
            return 0.0

    def allow(self, key: Hashable) -> bool:
        return self.hit(key) == 0.0

    def remaining(self, key: Hashable) -> int:
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if not hits:
                return self.limit
            self._prune(hits, now)
            return self.limit - len(hits)

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[key]

    def __len__(self) -> int:
        return len(self._hits)
