"""Signed-in dashboard sessions, kept in the question log's database.

The session cookie (signed by Starlette's SessionMiddleware) carries a random
token; the database holds the token's SHA-256 and when it expires. A page is
served only while that row exists, so signing out (which deletes it) ends the
session at once in every dashboard process on the same database, and a cookie
copied before signing out is worth nothing after.

The cookie's signing key is derived from the pseudonym key, which every process
of one deployment shares (``GCMBOT_PSEUDONYM_KEY`` or ``data_dir/pseudonym.key``),
so a session opened in one process is good in the others.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, insert, select

from bot.storage.schema import dashboard_sessions

#: how long a session lasts without signing in again (a working day)
SESSION_HOURS = 8


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Sessions:
    def __init__(self, engine, hours: float = SESSION_HOURS):
        self.engine = engine
        self.lifetime = timedelta(hours=hours)

    def open(self) -> str:
        """A new session; returns the token for the cookie. Expired rows are cleared on the way."""
        token = secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc)
        with self.engine.begin() as conn:
            conn.execute(delete(dashboard_sessions).where(dashboard_sessions.c.expires_at <= now))
            conn.execute(insert(dashboard_sessions).values(token_hash=_hash(token), created_at=now,
                                                           expires_at=now + self.lifetime))
        return token

    def valid(self, token: str) -> bool:
        if not token or not isinstance(token, str):
            return False
        with self.engine.connect() as conn:
            row = conn.execute(select(dashboard_sessions.c.expires_at)
                               .where(dashboard_sessions.c.token_hash == _hash(token))).first()
        if row is None:
            return False
        expires = row[0] if row[0].tzinfo else row[0].replace(tzinfo=timezone.utc)
        return expires > datetime.now(timezone.utc)

    def close(self, token: str) -> None:
        if token and isinstance(token, str):
            with self.engine.begin() as conn:
                conn.execute(delete(dashboard_sessions).where(dashboard_sessions.c.token_hash == _hash(token)))


def cookie_key(settings) -> str:
    """The session cookie's signing key, the same in every process of a deployment."""
    from bot.storage.store import load_pseudonym_key

    return hmac.new(load_pseudonym_key(settings), b"gcmbot dashboard session cookie", hashlib.sha256).hexdigest()


__all__ = ["Sessions", "cookie_key", "SESSION_HOURS"]
