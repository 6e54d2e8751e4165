"""What the answer engine returns, shared by every channel (the JSON contract)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Kind = Literal["card", "timeline", "passage", "refusal", "too_long", "empty"]


@dataclass
class Source:
    document: str            # document id (manifest id)
    title: str
    section: str             # section path, " > " separated
    date: str                # ISO date of the document, "" when unknown
    url: str                 # public address, "" when unknown
    text: str                # the whole chunk (or card quotation) cited
    score: float = 0.0


@dataclass
class Answer:
    question: str
    language: str            # ar | en | fr
    answered: bool
    answer: str              # plain text (channels escape/format it)
    kind: Kind
    confidence: float        # 0..1
    sources: list[Source] = field(default_factory=list)
    latency_ms: float = 0.0
    topic: str = ""          # card id, timeline event id or the retrieved section: what was answered
    suggestions: list[str] = field(default_factory=list)   # related questions, in the user's language
    vector: object = field(default=None, repr=False, compare=False)   # the question's embedding (not in JSON)
    # what the language model did, when one is connected (GCMBOT_LLM_URL; absent from JSON otherwise):
    # {"used": bool, "mode": "translate"|"compose", "rejected"|"error": reason, "latency_ms": float}
    generation: dict | None = None

    def to_json(self) -> dict:
        vector, self.vector = self.vector, None
        try:
            data = asdict(self)
        finally:
            self.vector = vector
        data.pop("vector", None)
        if data.get("generation") is None:
            data.pop("generation", None)
        data["confidence"] = round(float(self.confidence), 3)
        data["latency_ms"] = round(float(self.latency_ms), 1)
        for s in data["sources"]:
            s["score"] = round(float(s["score"]), 4)
        return data


@dataclass
class Turn:
    """The previous turn of a conversation, passed back to the engine for follow-ups."""
    question: str
    language: str
    topic: str = ""
    kind: str = ""

    @classmethod
    def of(cls, answer: Answer) -> "Turn":
        return cls(question=answer.question, language=answer.language, topic=answer.topic, kind=answer.kind)
