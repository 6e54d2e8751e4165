"""Writing a vetted card from a group of questions.

The secretariat starts from a group (its questions, in each language, become the
card's example questions), writes the answer in Arabic, English and French and
picks source quotations from the documents (:func:`search_documents` finds
sentences to quote). :func:`create_card` validates with :func:`bot.knowledge.cards.validate_card`
(every quotation must be found in its document), writes ``knowledge/cards/<id>.yaml``
with :func:`bot.knowledge.cards.save_card` and marks the group as covered. The bot answers
from the card after ``/reload`` or ``gcmbot ingest``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from bot.knowledge.cards import CARD_ID, LANGS, document_texts, validate_card

#: source rows offered by the editor
SOURCE_ROWS = 3
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")


@dataclass
class CardDraft:
    """What the editor shows: the card's fields as text, and the problems by field."""

    id: str = ""
    topic: dict = field(default_factory=lambda: {lang: "" for lang in LANGS})
    questions: dict = field(default_factory=lambda: {lang: "" for lang in LANGS})   # one per line
    answer: dict = field(default_factory=lambda: {lang: "" for lang in LANGS})
    sources: list = field(default_factory=list)          # [{document, quote}]
    group_id: int | None = None
    problems: dict = field(default_factory=dict)          # field -> [message]

    def rows(self, n: int = SOURCE_ROWS) -> list[dict]:
        rows = [dict(s) for s in self.sources]
        while len(rows) < max(n, len(self.sources) + 1):
            rows.append({"document": "", "quote": ""})
        return rows

    def to_card(self) -> dict:
        return {
            "id": self.id.strip(),
            "topic": {lang: self.topic.get(lang, "").strip() for lang in LANGS},
            "questions": {lang: [q.strip() for q in self.questions.get(lang, "").splitlines() if q.strip()] for lang in LANGS},
            "answer": {lang: self.answer.get(lang, "").strip() for lang in LANGS},
            "sources": [{"document": s["document"].strip(), "quote": s["quote"].strip()}
                        for s in self.sources if s.get("document", "").strip() or s.get("quote", "").strip()],
        }


def slug(text: str, limit: int = 60) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", text)
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            break
        out = f"{out}-{w}" if out else w
    return out


def suggest_id(text: str, knowledge_dir: Path, fallback: str = "card") -> str:
    base = slug(text) or fallback
    if not CARD_ID.match(base):
        base = fallback
    taken = {p.stem for p in (Path(knowledge_dir) / "cards").glob("*.y*ml")}
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def draft_from_group(conn, group_id: int, knowledge_dir: Path) -> CardDraft | None:
    """A draft whose example questions are the group's most asked phrasings."""
    from bot.review.faq import group_summary

    g = group_summary(conn, group_id)
    if g is None:
        return None
    draft = CardDraft(group_id=group_id)
    for lang in LANGS:
        draft.questions[lang] = "\n".join(r.question for r in g.representatives_in(lang))
    english = g.representatives_in("en")
    draft.id = suggest_id(english[0].question if english else "", knowledge_dir, fallback=f"group-{group_id}")
    return draft


def draft_from_form(form: Mapping[str, str]) -> CardDraft:
    """Fields named id, topic_<lang>, questions_<lang>, answer_<lang>, source_document_<i>, source_quote_<i>."""
    draft = CardDraft(id=str(form.get("id", "")).strip())
    for lang in LANGS:
        draft.topic[lang] = str(form.get(f"topic_{lang}", ""))
        draft.questions[lang] = str(form.get(f"questions_{lang}", ""))
        draft.answer[lang] = str(form.get(f"answer_{lang}", ""))
    i = 0
    while f"source_document_{i}" in form or f"source_quote_{i}" in form:
        doc, quote = str(form.get(f"source_document_{i}", "")), str(form.get(f"source_quote_{i}", ""))
        if doc.strip() or quote.strip():
            draft.sources.append({"document": doc.strip(), "quote": quote.strip()})
        i += 1
    group = str(form.get("group_id", "")).strip()
    draft.group_id = int(group) if group.isdigit() else None
    return draft


def _field_name(problem_field: str, kept_rows: list[int]) -> str:
    """A validator field ("sources[1].quote") -> the editor's field ("source_quote_<row>")."""
    m = re.match(r"sources\[(\d+)\]\.(document|quote)", problem_field)
    if m:
        idx = int(m.group(1))
        row = kept_rows[idx] if idx < len(kept_rows) else idx
        return f"source_{m.group(2)}_{row}"
    m = re.match(r"(topic|questions|answer)\.(ar|en|fr)", problem_field)
    if m:
        return f"{m.group(1)}_{m.group(2)}"
    if problem_field.startswith("sources"):
        return "source_quote_0"
    return problem_field


def create_card(draft: CardDraft, knowledge_dir: Path, conn=None, overwrite: bool = False) -> Path | None:
    """Validate and save; problems go to ``draft.problems`` (by editor field) and None is returned."""
    from bot.knowledge.cards import save_card

    data = draft.to_card()
    draft.sources = data["sources"]
    kept_rows = list(range(len(data["sources"])))
    problems: dict[str, list[str]] = {}
    for p in validate_card(data, Path(knowledge_dir)):
        problems.setdefault(_field_name(p.field, kept_rows), []).append(p.message)
    path = Path(knowledge_dir) / "cards" / f"{data['id']}.yaml"
    if not overwrite and data["id"] and path.exists() and "id" not in problems:
        problems.setdefault("id", []).append(f"a card with this id already exists ({path.name}): choose another id")
    draft.problems = problems
    if problems:
        return None
    saved = save_card(data, Path(knowledge_dir))
    if conn is not None and draft.group_id is not None:
        from bot.review.faq import set_group_card

        set_group_card(conn, draft.group_id, data["id"])
    return saved


# --------------------------------------------------------------------------- documents
def list_documents(knowledge_dir: Path) -> list[tuple[str, str]]:
    """(document id, title) of the documents a card may quote."""
    try:
        from ingest.manifest import load_manifest

        titles = {info.id: info.title for info in load_manifest(Path(knowledge_dir)).values()}
    except Exception:
        titles = {}
    return [(doc, titles.get(doc, doc)) for doc in sorted(document_texts(Path(knowledge_dir)))]


def _sentences(text: str) -> list[str]:
    out = []
    for part in _SENTENCE.split(text):
        part = part.strip().strip("#*>-| ").strip()
        if 20 <= len(part) <= 600:
            out.append(part)
    return out


def search_documents(knowledge_dir: Path, query: str, limit: int = 20, document: str | None = None) -> list[dict]:
    """Sentences of the documents containing every word of the query (case ignored).

    Each hit's ``quote`` is an exact passage of its document, ready to be a card source.
    """
    words = [w for w in re.findall(r"\w+", query.casefold()) if len(w) > 1]
    if not words:
        return []
    titles = dict(list_documents(knowledge_dir))
    hits: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for doc, text in document_texts(Path(knowledge_dir)).items():
        if document and doc != document:
            continue
        for sentence in _sentences(text):
            low = sentence.casefold()
            if all(w in low for w in words) and (doc, sentence) not in seen:
                seen.add((doc, sentence))
                hits.append({"document": doc, "title": titles.get(doc, doc), "quote": sentence})
    hits.sort(key=lambda h: (len(h["quote"]), h["document"]))
    return hits[:limit]


__all__ = ["CardDraft", "draft_from_group", "draft_from_form", "create_card", "search_documents", "list_documents", "suggest_id", "slug"]
