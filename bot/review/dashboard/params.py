"""What the dashboard accepts in a URL or a form, checked in one place.

Each route declares its parameters as ``{name: parser}``; :func:`parse` returns the
typed values or raises :class:`BadParameter` naming the parameter and what it
accepts, which the app turns into a 400 page (404 for a path: the page does not
exist). Nothing a visitor types reaches the database or the date arithmetic
unchecked: ``?days=99999999999``, ``?until=9999-12-31``, ``?group=²`` and ids of
10^20 used to end in a 500.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Mapping

from starlette.convertors import Convertor

#: ids the question log can hold: SQLite and PostgreSQL integers; 18 digits stay below 2^63
MAX_ID_DIGITS = 18
#: dates the log can be asked about (date arithmetic on 9999-12-31 overflows)
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)
#: ?days=N: up to the whole range above
MAX_DAYS = (LAST_DAY - FIRST_DAY).days + 1

Parser = Callable[[str], object]


class BadParameter(ValueError):
    """``name`` has a value the dashboard cannot use; ``in_path``: the page itself does not exist."""

    def __init__(self, name: str, message: str, in_path: bool = False):
        self.name, self.message, self.in_path = name, message, in_path
        super().__init__(f"{name}: {message}")


def number(low: int, high: int) -> Parser:
    """A whole number from ``low`` to ``high``, in ASCII digits ("²" and "٣" are not numbers here)."""
    def parse(value: str) -> int:
        if not re.fullmatch(r"[0-9]{1,%d}" % len(str(high)), value.strip()) or not low <= int(value) <= high:
            raise ValueError(f"{value!r} is not a number from {low} to {high:,}")
        return int(value)
    return parse


def record_id(value: str) -> int:
    """An id of a group or a question."""
    if not re.fullmatch(r"[0-9]{1,%d}" % MAX_ID_DIGITS, value.strip()) or int(value) < 1:
        raise ValueError(f"{value!r} is not a group or question number")
    return int(value)


def day(value: str) -> date:
    """A date written YYYY-MM-DD between :data:`FIRST_DAY` and :data:`LAST_DAY`."""
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r}: use a date like 2024-07-03") from None
    if not FIRST_DAY <= parsed <= LAST_DAY:
        raise ValueError(f"{value}: use a date between {FIRST_DAY} and {LAST_DAY}")
    return parsed


def one_of(*options: str) -> Parser:
    def parse(value: str) -> str:
        if value not in options:
            raise ValueError(f"{value!r}: use {' or '.join(options)}")
        return value
    return parse


def text(max_chars: int) -> Parser:
    """Free text, cut to ``max_chars`` (a search box, a document id)."""
    return lambda value: value[:max_chars]


def local_path(value: str) -> str:
    """Where to go after signing in: a path of this site, never another site."""
    return value if value.startswith("/") and not value.startswith(("//", "/\\")) else "/"


def parse(values: Mapping[str, str], spec: Mapping[str, Parser], *, in_path: bool = False) -> dict:
    """The parameters of ``spec`` found in ``values`` (empty ones left out), checked and typed."""
    out: dict = {}
    for name, parser in spec.items():
        raw = values.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if not isinstance(raw, str):                      # a file sent where text was expected
            raise BadParameter(name, "expected text", in_path)
        try:
            out[name] = parser(raw)
        except ValueError as err:
            raise BadParameter(name, str(err), in_path) from None
    return out


class IdConvertor(Convertor):
    """``{name:id}`` in a route: 1 to 18 digits, so a longer number finds no page (404)."""

    regex = "[0-9]{1,%d}" % MAX_ID_DIGITS

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(int(value))


__all__ = ["BadParameter", "parse", "number", "record_id", "day", "one_of", "text", "local_path", "IdConvertor",
           "FIRST_DAY", "LAST_DAY", "MAX_DAYS"]
