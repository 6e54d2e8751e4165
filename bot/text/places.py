"""Named places in English text: "in Beirut", "at the Hotel Africa Conference Hall, Tunis",
"at the Zahran Grand Hotel, Amman, Jordan". Shared by the answer checks (a "which city" question
needs one) and by ingest (the place of an event found in a document)."""
from __future__ import annotations

import re

# capitalised words after "in" / "at" that are not places: months, weekdays, languages, agenda words
_NOT_PLACE = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
              r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Arabic|English|French|Member|Annex|Session|Line)\b)")
PLACE_NAME = re.compile(rf"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?{_NOT_PLACE}[A-Z][a-z]+(?:[\s,]+[A-Z][a-z]+)*")
_LEAD = re.compile(r"^(?:[Ii]n|[Aa]t)\s+(?:the\s+)?")


def named_place(text: str) -> str:
    """The first named place of an English text ("the Zahran Grand Hotel, Amman, Jordan"), or ""."""
    m = PLACE_NAME.search(text or "")
    return _LEAD.sub("", m.group()).strip(" ,") if m else ""


def place_names(place: str) -> list[str]:
    """The names a place is asked by: its comma-separated parts ("Zahran Grand Hotel", "Amman",
    "Jordan")."""
    return [p.strip() for p in (place or "").split(",") if p.strip()]


def place_pattern(names) -> re.Pattern | None:
    """One pattern finding any of these (normalised) place names as whole words, longest first."""
    vocab = sorted({n for n in names if n}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, vocab)) + r")(?!\w)") if vocab else None
