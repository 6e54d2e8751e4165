"""``knowledge/manifest.yaml``: what each document is (title, kind, date, events ...).

A document without an entry is still ingested, with what can be inferred from the
file (title, date, language) and a warning.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from bot.knowledge.yaml_files import read_yaml

log = logging.getLogger(__name__)

KINDS = ("meeting report", "concept note", "event page", "report", "document")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
DATE_IN_TEXT = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b",
    re.IGNORECASE,
)


class ManifestError(ValueError):
    pass


@dataclass
class DocumentInfo:
    id: str
    file: str
    title: str
    kind: str = "document"
    date: str = ""                 # ISO
    language: str = "en"
    publisher: str = ""
    url: str = ""
    titles: dict = field(default_factory=dict)     # {ar: ..., fr: ...}
    events: list = field(default_factory=list)
    inferred: bool = False         # True when there was no manifest entry

    def title_in(self, lang: str) -> str:
        return self.titles.get(lang) or self.title

    def as_dict(self) -> dict:
        return {
            "id": self.id, "file": self.file, "title": self.title, "titles": dict(self.titles),
            "kind": self.kind, "date": self.date, "language": self.language,
            "publisher": self.publisher, "url": self.url,
        }


def load_manifest(knowledge_dir: Path) -> dict[str, DocumentInfo]:
    """Entries keyed by file name. A malformed manifest raises ManifestError naming the entry."""
    path = Path(knowledge_dir) / "manifest.yaml"
    if not path.exists():
        return {}
    try:
        data = read_yaml(path) or {}
    except yaml.YAMLError as err:
        raise ManifestError(f"{path}: not valid YAML: {err}") from err
    entries: dict[str, DocumentInfo] = {}
    seen_ids: set[str] = set()
    for i, raw in enumerate(data.get("documents") or [], 1):
        where = f"{path}: documents[{i}]"
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("file"):
            raise ManifestError(f"{where}: every entry needs at least 'id' and 'file'")
        if raw["id"] in seen_ids:
            raise ManifestError(f"{where}: id {raw['id']!r} is used twice")
        seen_ids.add(raw["id"])
        kind = raw.get("kind", "document")
        if kind not in KINDS:
            raise ManifestError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        d = raw.get("date", "")
        entries[raw["file"]] = DocumentInfo(
            id=str(raw["id"]),
            file=str(raw["file"]),
            title=str(raw.get("title") or raw["id"]),
            kind=kind,
            date=d.isoformat() if isinstance(d, date) else str(d or ""),
            language=str(raw.get("language", "en")),
            publisher=str(raw.get("publisher", "")),
            url=str(raw.get("url", "") or ""),
            titles=dict(raw.get("titles") or {}),
            events=list(raw.get("events") or []),
        )
    return entries


def slug(text: str) -> str:
    s = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return s[:80] or "document"


def infer_info(path: Path, text: str, title: str | None, language: str) -> DocumentInfo:
    """What can be said of a document that has no manifest entry."""
    first = next((ln.strip("# ").strip() for ln in text.splitlines() if len(ln.strip("# ").strip()) > 8), path.stem)
    m = re.match(r"(\d{4}-\d{2}-\d{2})", path.name)
    found = DATE_IN_TEXT.search(text[:3000])
    if m:
        iso = m.group(1)
    elif found:
        iso = date(int(found.group(3)), MONTHS[found.group(2).lower()], int(found.group(1))).isoformat()
    else:
        iso = ""
    return DocumentInfo(
        id=slug(path.stem), file=path.name, title=(title or first)[:200], date=iso,
        language=language, inferred=True,
    )
