"""Vetted answer cards (``knowledge/cards/*.yaml``): the secretariat's own answers.

A card holds example questions and an answer in Arabic, English and French, and
its sources as exact quotations of the documents. A quotation that is not found
in its document is an error that fails ingestion loudly. Card questions are
embedded at ingest time (Chroma collection ``<collection>__cards``) so that the
engine matches a new question against them without embedding anything at start.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.knowledge.yaml_files import read_yaml

LANGS = ("ar", "en", "fr")
CARD_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,80}$")


@dataclass
class CardProblem:
    field: str        # e.g. "answer.ar", "sources[1].quote"
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass
class Card:
    id: str
    topic: dict
    questions: dict           # lang -> [questions]
    answer: dict              # lang -> text
    sources: list             # [{document, quote}]
    path: str = ""
    hash: str = ""
    extra: dict = field(default_factory=dict)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quote_found(quote: str, text: str) -> bool:
    """The quotation appears in the text (runs of white space count as one space)."""
    q = _collapse(quote)
    return bool(q) and q in _collapsed_document(text)


@lru_cache(maxsize=64)
def _collapsed_document(text: str) -> str:
    """A document's text collapsed once for all the quotations checked in it (0.4 s of a 0.7 s
    unchanged ingest was collapsing the same documents for each of 209 quotations)."""
    return _collapse(text)


def document_texts(knowledge_dir: Path) -> "DocumentTexts":
    """{document id: text} for the documents named in manifest.yaml (raw and cleaned text), each
    read when first asked for: validating cards and the timeline reads the documents they quote,
    not every document (at 100x today's knowledge base, reading all took ~110 s)."""
    return DocumentTexts(Path(knowledge_dir))


class DocumentTexts(Mapping):
    def __init__(self, knowledge_dir: Path):
        from ingest.manifest import load_manifest

        docs = Path(knowledge_dir).resolve() / "documents"
        self._paths = {info.id: docs / file for file, info in load_manifest(Path(knowledge_dir)).items()
                       if (docs / file).exists()}

    def __getitem__(self, doc_id: str) -> str:
        path = self._paths[doc_id]
        stat = path.stat()
        return _document_text(str(path), stat.st_mtime_ns, stat.st_size)

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


@lru_cache(maxsize=256)
def _document_text(path: str, _mtime_ns: int, _size: int) -> str:
    """A document's raw text (text formats) and its cleaned text, as a quotation may follow either."""
    file = Path(path)
    raw = ""
    if file.suffix.lower() in (".txt", ".md", ".markdown"):
        raw = file.read_text(encoding="utf-8", errors="replace")
    try:
        from ingest.cleaning import clean
        from ingest.loaders import load

        loaded = load(file)
        cleaned = clean(loaded.text, loaded.format)
    except Exception:
        cleaned = ""
    return raw + "\n\n" + cleaned


def validate_card(data: dict, knowledge_dir: Path, texts: dict[str, str] | None = None) -> list[CardProblem]:
    """Everything wrong with a card, each problem naming its field."""
    problems: list[CardProblem] = []
    if not isinstance(data, dict):
        return [CardProblem("card", "a card is a mapping with id, topic, questions, answer, sources")]
    cid = str(data.get("id") or "")
    if not CARD_ID.match(cid):
        problems.append(CardProblem("id", "use lower-case letters, digits and hyphens (2-80 characters), e.g. accreditation-imrf"))
    for key in ("topic", "answer"):
        value = data.get(key) or {}
        for lang in LANGS:
            if not isinstance(value, dict) or not str(value.get(lang) or "").strip():
                problems.append(CardProblem(f"{key}.{lang}", "missing: write it in this language"))
    questions = data.get("questions") or {}
    for lang in LANGS:
        qs = questions.get(lang) if isinstance(questions, dict) else None
        if not qs or not isinstance(qs, list) or not any(str(q).strip() for q in qs):
            problems.append(CardProblem(f"questions.{lang}", "give at least one example question in this language"))
    sources = data.get("sources") or []
    if not sources:
        problems.append(CardProblem("sources", "give at least one source quotation from the documents"))
    texts = document_texts(knowledge_dir) if texts is None else texts
    for i, src in enumerate(sources):
        doc = str((src or {}).get("document") or "")
        quote = str((src or {}).get("quote") or "")
        if doc not in texts:
            known = ", ".join(sorted(texts)) or "(none)"
            problems.append(CardProblem(f"sources[{i}].document", f"unknown document {doc!r}; known: {known}"))
        elif not quote.strip():
            problems.append(CardProblem(f"sources[{i}].quote", "empty quotation"))
        elif not quote_found(quote, texts[doc]):
            problems.append(CardProblem(f"sources[{i}].quote",
                                        f"not found in {doc}: copy the words exactly as the document has them"))
    return problems


def card_hash(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _to_card(data: dict, path: str = "") -> Card:
    return Card(
        id=str(data["id"]), topic=dict(data.get("topic") or {}),
        questions={lang: [str(q).strip() for q in (data["questions"].get(lang) or []) if str(q).strip()] for lang in LANGS},
        answer={lang: str(data["answer"][lang]).strip() for lang in LANGS},
        sources=[{"document": str(s["document"]), "quote": str(s["quote"])} for s in data.get("sources") or []],
        path=path, hash=card_hash(data),
        extra={k: v for k, v in data.items() if k not in ("id", "topic", "questions", "answer", "sources")},
    )


def load_cards(knowledge_dir: Path, validate: bool = True) -> tuple[list[Card], list[tuple[str, str]]]:
    """(valid cards, [(path, problem)]). A card with a problem is left out and reported."""
    cards_dir = Path(knowledge_dir) / "cards"
    cards: list[Card] = []
    problems: list[tuple[str, str]] = []
    texts = document_texts(knowledge_dir) if validate else {}
    seen: dict[str, str] = {}
    for path in sorted(cards_dir.glob("*.y*ml")):
        try:
            data = read_yaml(path)
        except (yaml.YAMLError, UnicodeDecodeError) as err:
            problems.append((str(path), f"not valid YAML: {err}"))
            continue
        found = validate_card(data, knowledge_dir, texts) if validate else []
        if found:
            problems += [(str(path), str(p)) for p in found]
            continue
        if data["id"] in seen:
            problems.append((str(path), f"card id {data['id']!r} is also used by {seen[data['id']]}"))
            continue
        seen[data["id"]] = str(path)
        cards.append(_to_card(data, str(path)))
    return cards, problems


def save_card(data: dict, knowledge_dir: Path) -> Path:
    """Validate and write a card to knowledge/cards/<id>.yaml. Raises ValueError with the problems."""
    problems = validate_card(data, knowledge_dir)
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    cards_dir = Path(knowledge_dir) / "cards"
    cards_dir.mkdir(parents=True, exist_ok=True)
    path = cards_dir / f"{data['id']}.yaml"
    ordered = {k: data[k] for k in ("id", "topic", "questions", "answer", "sources") if k in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    tmp.replace(path)
    return path


@dataclass
class SyncResult:
    count: int = 0
    embedded: int = 0
    problems: list = field(default_factory=list)


def _question_records(cards: list[Card]) -> list[tuple[str, str, dict]]:
    out = []
    for card in cards:
        for lang in LANGS:
            for q in card.questions[lang]:
                h = hashlib.sha256(f"{card.id}\n{lang}\n{q}".encode()).hexdigest()
                out.append((f"{card.id}::{lang}::{h[:20]}", q, {"card_id": card.id, "lang": lang, "qhash": h}))
    return out


def sync_cards(settings, store, embedder=None, quiet: bool = False) -> SyncResult:
    """Validate the cards and bring their embedded questions in the store up to date."""
    cards, problems = load_cards(settings.knowledge_dir)
    result = SyncResult(count=len(cards), problems=problems)
    records = _question_records(cards)
    held = store.get_metadata("__cards")
    held_ids = set(held["ids"])
    wanted = {r[0] for r in records}
    new = [r for r in records if r[0] not in held_ids]
    if new:
        if embedder is None:
            from ingest.embedders import get_embedder

            embedder = get_embedder(settings)
        vectors = _embed_queries(embedder, [q for _, q, _ in new])
        store.upsert([r[0] for r in new], vectors, [r[1] for r in new], [r[2] for r in new], suffix="__cards")
        result.embedded = len(new)
    store.delete(sorted(held_ids - wanted), suffix="__cards")
    return result


def _embed_queries(embedder, texts: list[str]):
    """Card questions are questions: embed them as queries (e5 'query: ' prefix)."""
    if hasattr(embedder, "queries"):
        return embedder.queries(texts).tolist()
    return [embedder.embed_query(t) for t in texts]
