"""Another process holding the question log's write lock, as a backup, a migration or a stuck
dashboard request would: SQLite ``BEGIN IMMEDIATE`` in a second Python process, or PostgreSQL
``LOCK TABLE questions`` in a second server session.

    with WriteLock(url) as lock:      # returns once the lock is held
        ...                           # writers wait; lock.holding is True until release()
"""
from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlsplit

_SQLITE_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


class WriteLock:
    def __init__(self, url: str):
        self.url = url
        self._proc: subprocess.Popen | None = None
        self._pg = None

    def acquire(self) -> "WriteLock":
        if self.url.startswith("sqlite"):
            path = self.url.split("sqlite:///", 1)[1]
            self._proc = subprocess.Popen([sys.executable, "-c", _SQLITE_HOLDER, path], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, text=True)
            line = self._proc.stdout.readline().strip()
            assert line == "locked", f"the lock holder did not get the lock: {line!r}"
        else:
            import psycopg

            parts = urlsplit(self.url)
            self._pg = psycopg.connect(host=parts.hostname, port=parts.port, user=parts.username,
                                       password=parts.password, dbname=parts.path.lstrip("/"))
            self._pg.execute("LOCK TABLE questions IN EXCLUSIVE MODE")   # writers wait, readers do not
        return self

    @property
    def holding(self) -> bool:
        if self._proc is not None:
            return self._proc.poll() is None
        return self._pg is not None

    def release(self) -> None:
        if self._proc is not None:
            out, _ = self._proc.communicate("\n", timeout=30)
            assert "released" in out and self._proc.returncode == 0
            self._proc = None
        if self._pg is not None:
            self._pg.commit()
            self._pg.close()
            self._pg = None

    def __enter__(self) -> "WriteLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        if self._proc is not None and self._proc.poll() is None and exc[0] is not None:
            self._proc.kill()
            self._proc.wait()
            self._proc = None
        self.release()
