"""Text that comes from outside (a message, a line of standard input), made safe for every step after it.

Removed: lone UTF-16 surrogates - JSON may carry ``"\\ud800"``, and no UTF-8 encoder takes one
(the embedder, SQLite and httpx all raised on it) - and the control characters other than tab,
newline, vertical tab, form feed and carriage return: NUL, which a PostgreSQL ``text`` column
refuses, and the rest, which carry nothing a reader sees. A surrogate *pair* written as two code
points becomes the one character it encodes.
"""
from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile("[\ud800-\udfff\x00-\x08\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` without lone surrogates and control characters (``""`` and None pass through)."""
    if not text:
        return text
    if _SURROGATE.search(text):       # pairs become characters; what is left alone is removed below
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return _UNSAFE.sub("", text)


__all__ = ["clean_text"]
