"""What the product knows about a logged question, as the features of its grouping point.

A question's need shows in more than its wording. For each logged question the
grouping uses (``bot/storage/points.py`` keeps the result):

- **its vector**, with its language's centre subtracted (``grouping.Space``), so that
  questions do not cluster by language;
- **what it was answered with** (``questions.topic``: ``card:<id>``, ``event:<id>``,
  ``section:<document>:<section>``) — language independent. Two questions answered by
  one card are likely one need, by two different cards likely two; events and document
  sections say less (the engine answers one need from several sections);
- **its glossary terms** (``knowledge/glossary.yaml`` maps the Arabic, French and English
  forms of a term to one id), as a bag weighted by each term's rarity in the log (inverse
  document frequency: "IMRF" says less than "registration"); question words and numbers
  are left out;
- **a subject the documents do not cover** (``not_covered.yaml``: visas, fees ...), which
  refused questions share when nothing else does;
- **the kind of fact asked** (``fact_kinds``: when / where / how often / how many /
  contact): same kind is evidence for one need, two different kinds strong evidence
  against ("when is the conference" / "where is the conference").

Similarity of two questions = their vectors' cosine + the weighted agreements below −
the penalties. The weights are those of a logistic regression of "same need" on these
pair features, fitted on the pairs of the development log ``tests/faq_logs/log_a.yaml``
(52,000 pairs), relative to the cosine's, rounded: cosine 1, same card 0.5 (two cards
−0.3), same event 0.1 (two events −0.25), same section 0.05, same uncovered subject 0.9,
same kind 0.45 (two kinds −0.75); the terms' weight (0.55 by the regression) was raised
to 0.8 on the same log's clustering (mean F1 over thresholds 0.4-0.6: 0.55 -> 0.78,
0.8 -> 0.81, 1.0 -> 0.77). Pair ROC AUC on that log: cosine alone 0.92, all 0.97.
``gcmbot bench faq`` reports the result on that log and on the held-out one.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.review.fact_kinds import DISTINCT, fact_kind
from bot.storage.points import Point, feature_key

#: bonus of two questions answered with the same topic, by the topic's kind
SAME_TOPIC = {"card": 0.5, "event": 0.1, "section": 0.05}
#: penalty of two questions answered with different topics of this kind
OTHER_TOPIC = {"card": 0.3, "event": 0.25}
#: weight of the cosine of the two questions' glossary-term bags (IDF-weighted)
TERMS = 0.8
#: bonus of two questions about the same subject the documents do not cover
SUBJECT = 0.9
#: bonus of two questions asking the same kind of fact, penalty of two different kinds
SAME_KIND, OTHER_KIND = 0.45, 0.75
#: glossary entries that do not say what a question is about (the everyday "lex-" words do:
#: pair ROC AUC of the term bags 0.82 without them, 0.84 with them, development log)
SKIP_TERMS = ("q-", "number-", "ordinal-")
VERSION = "signals-2"


@dataclass
class Signals:
    """The knowledge the features are read with (the glossary and the uncovered subjects)."""

    glossary: object
    fingerprint: str

    @classmethod
    def load(cls, knowledge_dir: Path | str | None) -> "Signals":
        from bot.knowledge.glossary import Glossary

        if knowledge_dir is None:
            from bot.settings import Settings

            knowledge_dir = Settings().knowledge_dir
        knowledge_dir = Path(knowledge_dir)
        digest = hashlib.sha256(VERSION.encode())
        for name in ("glossary.yaml", "not_covered.yaml"):
            path = knowledge_dir / name
            digest.update(path.read_bytes() if path.exists() else b"-")
        for value in (SAME_TOPIC, OTHER_TOPIC, TERMS, SUBJECT, SAME_KIND, OTHER_KIND):
            digest.update(repr(value).encode())
        return cls(Glossary.load(knowledge_dir), digest.hexdigest()[:16])

    def terms(self, text: str) -> list[str]:
        seen = []
        for term, _lang, _form in self.glossary.find(text):
            if not term.id.startswith(SKIP_TERMS) and term.id not in seen:
                seen.append(term.id)
        return seen

    def features(self, text: str, topic: str, idf: dict[str, float] | None = None,
                 unseen_idf: float = 1.0) -> dict[int, float]:
        """The sparse features of a question answered with ``topic`` (see the module docstring);
        ``idf``: each term's weight (a term it does not have gets ``unseen_idf``)."""
        out: dict[int, float] = {}
        kind_of_topic = topic.split(":", 1)[0] if topic else ""
        if kind_of_topic in SAME_TOPIC:
            out[feature_key("topic:" + topic)] = math.sqrt(SAME_TOPIC[kind_of_topic] + OTHER_TOPIC.get(kind_of_topic, 0.0))
            if kind_of_topic in OTHER_TOPIC:
                out[feature_key("answered-by:" + kind_of_topic, penalty=True)] = math.sqrt(OTHER_TOPIC[kind_of_topic])
        weights = {term: (idf or {}).get(term, unseen_idf) for term in self.terms(text)}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm > 0:
            for term, w in weights.items():
                if w > 0:
                    out[feature_key("term:" + term)] = math.sqrt(TERMS) * w / norm
        subject = self.glossary.uncovered_subject(text)
        if subject:
            out[feature_key("subject:" + subject)] = math.sqrt(SUBJECT)
        kind = fact_kind(text)
        if kind in DISTINCT:
            out[feature_key("kind:" + kind)] = math.sqrt(SAME_KIND + OTHER_KIND)
            out[feature_key("asks-a-kind", penalty=True)] = math.sqrt(OTHER_KIND)
        return out

    def point(self, vector: np.ndarray, text: str, topic: str, idf: dict[str, float] | None = None,
              unseen_idf: float = 1.0) -> Point:
        """A question's point: its language-normalised unit vector and its features."""
        return Point(np.asarray(vector, dtype=np.float32), self.features(text, topic, idf, unseen_idf))

    def idf(self, texts) -> tuple[dict[str, float], float]:
        """(each term's inverse document frequency over the texts, the weight of a term none has)."""
        df: dict[str, int] = {}
        n = 0
        for text in texts:
            n += 1
            for term in self.terms(text):
                df[term] = df.get(term, 0) + 1
        return {term: math.log((n + 1) / (k + 1)) for term, k in df.items()}, math.log(n + 1)


__all__ = ["Signals", "SAME_TOPIC", "OTHER_TOPIC", "TERMS", "SUBJECT", "SAME_KIND", "OTHER_KIND"]
