"""Question text as the log compares it: the normalised form identical questions share, and
a group's label chosen from its members' texts. Kept in storage so that the store can
relabel groups after a deletion without importing the review layer."""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable, Sequence

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")   # harakat, superscript alef, tatweel
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n.?!؟،,;:…\"'«»“”()"



def normalise(text: str) -> str:
    """The form under which identical questions share one embedding."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _ARABIC_MARKS.sub("", text)
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT)
    return text.casefold()


def tally(texts: Iterable[str], key: Callable[[str], str] = normalise) -> tuple[dict[str, int], dict[str, str]]:
    """How many texts share each normalised form, and the first text written in it."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for t in texts:
        k = key(t)
        counts[k] = counts.get(k, 0) + 1
        first.setdefault(k, t)
    return counts, first


def label_of(texts: Sequence[str]) -> str:
    """A group's label: its most frequent question (normalised), the shortest among ties."""
    counts, first = tally(texts)
    best = max(counts, key=lambda k: (counts[k], -len(k)))
    return first[best][:300]
