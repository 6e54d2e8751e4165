"""What the product knows about a logged question, as the features of its grouping point.

A question's need shows in more than its wording. For each logged question the
grouping uses (``bot/storage/points.py`` keeps the result):

- **its vector**, with its language's centre subtracted (``grouping.Space``), so that
  questions do not cluster by language;
- **what it was answered with** (``questions.topic``: ``card:<id>``, ``event:<id>``,
  ``section:<document>:<section>``) — language independent. Two questions answered by
  one card are likely one need, by two different cards likely two; events and document
  sections say less (the engine answers one need from several sections);
- **where its answer came from** (``questions.sources``: the document sections the engine
  retrieved, best first, each weighted 1/rank): two questions whose answers draw on the same
  sections ask for the same thing, whatever their language, even when the engine answered
  them with different topics or refused one. Weight 0.3 (cosine of the two bags), chosen on
  the development log (one run / 3 batches, adjusted Rand: 0 -> 0.90 / 0.90, 0.2 -> 0.91 / 0.91,
  0.3 -> 0.92 / 0.91, 0.4 -> 0.92 / 0.88); held-out log 0.73 / 0.71 -> 0.74 / 0.72 (recall
  0.66 -> 0.68 and 0.65 -> 0.68, precision 0.85 -> 0.83 and 0.81 -> 0.81);
- **its glossary terms** (``knowledge/glossary.yaml`` maps the Arabic, French and English
  forms of a term to one id), as a bag weighted by each term's rarity in the log (inverse
  document frequency: "IMRF" says less than "registration"); question words and numbers
  are left out. A term naming *what* the question is about -- a meeting, an organisation, a kind of
  stakeholder, stakeholders in general (glossary types ``meeting``, ``organisation``, ``actor``, ``stakeholders``)
  -- weighs half
  (:data:`OBJECT_WEIGHT`): many needs are asked of one meeting ("when is the regional conference", "last date
  to register for the regional conference", "panelists of the regional conference"), so sharing it says less
  than sharing what is asked of it. Precision / recall, one run | 10 batches: log A 0.99 / 0.93 | 0.98 / 0.91
  -> 0.99 / 0.93 | 0.96 / 0.91, log C 0.81 / 0.63 | 0.81 / 0.63 -> 0.85 / 0.65 | 0.85 / 0.66, held-out log B
  0.92 / 0.73 | 0.90 / 0.71 -> 0.92 / 0.73 | 0.91 / 0.73 (weight 0.25: log A 0.97 / 0.93 | 0.93 / 0.94, log C
  0.85 / 0.65; 0: log C recall 0.62);
- **a subject the documents do not cover** (``not_covered.yaml``: visas, fees ...), which
  refused questions share when nothing else does; the words that say it are not read as terms too
  ("enregistrement de la séance", "تسجيل لجلسة": a recording, not registration and a session -- log C precision
  0.85 -> 0.87, logs A and B unchanged);
- **the kind of fact asked** (``fact_kinds``: when / where / how often / how many /
  contact / what about): same kind is evidence for one need, two different kinds strong evidence
  against ("when is the conference" / "where is the conference");
- **the vector, again, under its kind** (``kind-cosine:<kind>:<axis>``): the vector's coordinates on
  the log's main directions (``grouping.KIND_AXES``), weighted by :data:`KIND_COSINE` for a question
  of a distinct kind, :data:`NO_KIND_COSINE` for one of none: two questions of one kind, or two of
  none, add that much of their cosine to their similarity, a question of a kind and one of another
  (or of none) nothing. Asking the same kind of fact is evidence for one need in proportion to how
  close the two questions are otherwise ("registration closes when?" / "deadline inputs?" share
  their kind, not their subject: the fixed same-kind bonus alone joined them), and two questions
  asking no distinct kind ("can I join online?" / "will it be livestreamed?") had only their cosine,
  terms and answer to meet the threshold that a shared kind helps others reach. In a logistic
  regression of "same need" on the pairs of log A, of log C and of both, "same kind x cosine" and
  "neither kind x cosine" come out positive every time (0.25 to 6 times the cosine's weight: their
  size is unstable, their sign is not); "one kind and none x cosine" is small (0.1 to 0.26, left out).
  With it the fixed same-kind bonus is 0.3 (was 0.45). Precision / recall, one run | 10 batches:
  log A 0.99 / 0.86 | 0.95 / 0.86 -> 0.99 / 0.93 | 0.98 / 0.91, log C 0.68 / 0.59 | 0.75 / 0.56 ->
  0.82 / 0.61 | 0.78 / 0.60, held-out log B 0.91 / 0.73 | 0.88 / 0.71 -> 0.92 / 0.73 | 0.90 / 0.71.
  The same with the whole vector (384 axes) or 128; 32 axes: log C 0.81 / 0.61 | 0.77 / 0.60. Tried and
  left out: the same kind only (bonus 0.2, cosine x 1.0 more, nothing for two questions of no kind):
  log C 0.81 / 0.58 but held-out recall 0.73 -> 0.70; no-kind pairs only (bonus 0.45, x 0.3 more):
  log C precision unchanged (0.68); the term bags' cosine under the kind as well (log A 0.99 / 0.93 ->
  0.97 / 0.91).

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
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.review.fact_kinds import DISTINCT, kind_of_normalised
from bot.storage.labels import normalise, tally
from bot.storage.points import Point, feature_key
from bot.text.courtesy import strip_courtesy
from bot.knowledge.glossary import matched_form
from bot.text.language import CLITICS, normalize, plural_of

#: bonus of two questions answered with the same topic, by the topic's kind
SAME_TOPIC = {"card": 0.5, "event": 0.1, "section": 0.05}
#: penalty of two questions answered with different topics of this kind
OTHER_TOPIC = {"card": 0.3, "event": 0.25}
#: weight of the cosine of the two questions' glossary-term bags (IDF-weighted)
TERMS = 0.8
#: weight of the cosine of the two answers' sources (document sections, each weighted 1/rank)
SOURCES = 0.3
#: bonus of two questions about the same subject the documents do not cover
SUBJECT = 0.9
#: bonus of two questions asking the same kind of fact, penalty of two different kinds
SAME_KIND, OTHER_KIND = 0.3, 0.75
#: weight added to the cosine of two questions asking the same kind of fact, and of two questions that ask none
#: of the distinct kinds (see the module docstring): the cosine of "registration closes when?" and "deadline inputs?"
#: counts once, that of two ways of asking "can I join online?" 1.5 times
KIND_COSINE, NO_KIND_COSINE = 0.7, 0.5
#: glossary entries that do not say what a question is about (the everyday "lex-" words do:
#: pair ROC AUC of the term bags 0.82 without them, 0.84 with them, development log)
SKIP_TERMS = ("q-", "number-", "ordinal-")
#: ... nor those that say which fact is asked, which the kind of fact tells (a deadline, a date): "registration
#: deadline?" and "deadline for inputs?" share the way they ask, not their subject
FACET_TERMS = frozenset({"deadline", "lex-deadline-more", "date"})
#: kinds of fact that are close to another: asked of one thing, they may be one need
RELATED_KINDS = {"deadline": "when"}
#: glossary types of the terms that name what a question is about -- a meeting, an organisation, a kind of
#: stakeholder or stakeholders in general ("civil society") -- rather than what it asks of it, and the weight of such
#: a term in the question's term bag (see the module docstring)
OBJECT_TYPES = frozenset({"meeting", "organisation", "actor", "stakeholders"})
OBJECT_WEIGHT = 0.5
VERSION = "signals-11"
#: texts whose reading (terms, subject, kind) is kept in memory
READ_CACHE = 50_000


@lru_cache(maxsize=65536)
def compared(text: str) -> str:
    """The form under which the log compares texts: case, spacing, final punctuation and the
    greetings and thanks around the question aside ("Hello, when is the IMRF? Thanks." is "when
    is the imrf"). A log repeats its texts: computed once each."""
    return normalise(strip_courtesy(text))
_loaded: dict[Path, "Signals"] = {}
# the shape of the glossary's uncovered-subject patterns (bot/knowledge/glossary.py)
_SUBJECT_PREFIX = CLITICS
_SUBJECT_SUFFIX = r"(?![\w])"


_WORD = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_CLITIC = "وفبلك"


class _TermIndex:
    """The glossary's forms as token sequences, looked up word by word: the same terms as
    ``Glossary.find`` (its forms, normalised; an Arabic word may carry a clitic and the article),
    found leftmost and longest first, in a dictionary rather than one expression of every form.
    Measured on 3,000 generated questions (a busy machine): 0.12 ms a question instead of 1.0 ms,
    and the same terms for all of them and for both labelled logs."""

    def __init__(self, glossary):
        self.forms: dict[tuple[str, ...], str] = {}
        entries = [(term.id, form) for term in glossary.terms for forms in term.forms.values() for form in forms]
        entries += [(f"month-{num}", form) for num, names in glossary.months.items() for forms in names.values() for form in forms]
        # (a one-word form's plural after every form, as the glossary reads it: "bourses" is "bourse")
        entries += [(term.id, plural) for term in glossary.terms for lang in ("en", "fr")
                    for form in term.forms.get(lang, []) if (plural := plural_of(form))]
        for term_id, form in entries:
            words = tuple(_WORD.findall(matched_form(form)))
            if words:
                self.forms.setdefault(words, term_id)
        self.longest: dict[str, int] = {}       # first word of a form -> the most words a form starting so has
        for words in self.forms:
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))
        self._starts: dict[str, tuple[tuple[str, ...], int]] = {}   # a word -> (its variants that start a form, the most words)

    @staticmethod
    def _variants(word: str) -> list[str]:
        out = [word]
        if len(word) > 2 and word[0] in _CLITIC and _ARABIC.match(word):
            out.append(word[1:])
        for w in list(out):
            if len(w) > 3 and w.startswith(("ال", "لل")):
                out.append(w[2:])
        return out

    def find(self, norm: str) -> list[str]:
        """Term ids in a normalised text, left to right."""
        words = _WORD.findall(norm)
        out, i = [], 0
        while i < len(words):
            held = self._starts.get(words[i])
            if held is None:          # a log repeats its words: each word's variants are looked at once
                firsts = tuple(v for v in self._variants(words[i]) if v in self.longest)
                held = (firsts, max((self.longest[v] for v in firsts), default=0))
                if len(self._starts) < READ_CACHE:
                    self._starts[words[i]] = held
            firsts, most = held
            best = None
            for n in range(min(most, len(words) - i), 0, -1):
                rest = tuple(words[i + 1:i + n])
                best = next((self.forms[k] for v in firsts if (k := (v, *rest)) in self.forms), None)
                if best is not None:
                    out.append(best)
                    i += n
                    break
            if best is None:
                i += 1
        return out


def concepts(glossary) -> dict[str, str]:
    """Entries that are more forms of an earlier entry, mapped to it: an entry whose first English
    form is the earlier one's ("lex-deadline-more" and "deadline": "deadline") is the same thing
    asked, however a language words it ("آخر يوم للتسجيل" and "deadline to register" share "deadline")."""
    first: dict[str, str] = {}
    for term in glossary.terms:
        first.setdefault(normalize(term.canonical), term.id)
    out = {}
    for term in glossary.terms:
        earlier = first.get(normalize(term.canonical))
        if earlier and earlier != term.id:
            out[term.id] = earlier
    return out


@dataclass(frozen=True)
class Reading:
    """What a question's text says, independently of its answer."""

    terms: tuple[str, ...]
    subject: str | None
    kind: str | None


@dataclass
class Signals:
    """The knowledge the features are read with (the glossary and the uncovered subjects)."""

    glossary: object
    fingerprint: str
    _subjects: object = None
    _cache: dict = field(default_factory=dict)
    _keys: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._terms = _TermIndex(self.glossary)
        self._objects = frozenset(t.id for t in self.glossary.terms if t.type in OBJECT_TYPES)
        self._concept = concepts(self.glossary)
        # the glossary's uncovered-subject forms as one expression (one search per text, not one per form)
        forms: dict[str, str] = {}
        for pat, subject in self.glossary.not_covered:
            p = pat.pattern
            if not (p.startswith(_SUBJECT_PREFIX) and p.endswith(_SUBJECT_SUFFIX)):
                forms = {}          # another pattern shape: search them one by one
                break
            forms.setdefault(p[len(_SUBJECT_PREFIX):-len(_SUBJECT_SUFFIX)], subject)
        self._subject_of = {re.sub(r"\\(.)", r"\1", f): subject for f, subject in forms.items()}
        self._subjects = (re.compile(_SUBJECT_PREFIX + "(" + "|".join(sorted(forms, key=len, reverse=True)) + ")"
                                     + _SUBJECT_SUFFIX) if forms else None)

    def _subject(self, norm: str) -> tuple[str | None, str]:
        """(the uncovered subject a normalised text asks about, the words that say it) or (None, "")."""
        if self._subjects is None:
            for pat, subject in self.glossary.not_covered:
                if m := pat.search(norm):
                    return subject, m.group(0)
            return None, ""
        m = self._subjects.search(norm)
        return (self._subject_of.get(m.group(1)), m.group(1)) if m else (None, "")

    def read(self, text: str) -> Reading:
        """The text's glossary terms, uncovered subject and kind of fact asked (cached per text as the
        log compares texts: case, spacing and final punctuation aside)."""
        key = compared(text)
        held = self._cache.get(key)
        if held is not None:
            return held
        norm = normalize(text)
        subject, said = self._subject(norm)
        # (the words that say the uncovered subject are not also its terms: "enregistrement de la séance d'hier", "تسجيل
        # لجلسة الأمس" ask for a recording, not for registration and a session)
        theirs = set(self._terms.find(said)) if said else set()
        terms = []
        for term in self._terms.find(norm):
            if term in theirs:
                continue
            term = self._concept.get(term, term)
            if not term.startswith(SKIP_TERMS) and term not in FACET_TERMS and term not in terms:
                terms.append(term)
        reading = Reading(tuple(terms), subject, kind_of_normalised(norm))
        if len(self._cache) >= READ_CACHE:
            self._cache.clear()
        self._cache[key] = reading
        return reading

    @classmethod
    def load(cls, knowledge_dir: Path | str | None) -> "Signals":
        """The signals of a knowledge base (kept while its glossary files are unchanged)."""
        from bot.knowledge.glossary import Glossary

        if knowledge_dir is None:
            from bot.settings import Settings

            knowledge_dir = Settings().knowledge_dir
        knowledge_dir = Path(knowledge_dir).resolve()
        digest = hashlib.sha256(VERSION.encode())
        for name in ("glossary.yaml", "not_covered.yaml"):
            path = knowledge_dir / name
            digest.update(path.read_bytes() if path.exists() else b"-")
        for value in (SAME_TOPIC, OTHER_TOPIC, TERMS, OBJECT_WEIGHT, sorted(OBJECT_TYPES), SOURCES, SUBJECT, SAME_KIND, OTHER_KIND,
                      KIND_COSINE, NO_KIND_COSINE):
            digest.update(repr(value).encode())
        fingerprint = digest.hexdigest()[:16]
        held = _loaded.get(knowledge_dir)
        if held is None or held.fingerprint != fingerprint:
            held = _loaded[knowledge_dir] = cls(Glossary.load(knowledge_dir), fingerprint)
        return held

    def features(self, text: str, topic: str, idf: dict[str, float] | None = None,
                 unseen_idf: float = 1.0, sources=()) -> dict[int, float]:
        """The sparse features of a question answered with ``topic`` from ``sources`` (the logged
        ``[{document, section, ...}]``, best first; see the module docstring); ``idf``: each term's
        weight (a term it does not have gets ``unseen_idf``)."""
        out: dict[int, float] = {}
        bag: dict[str, float] = {}
        for rank, source in enumerate(sources or ()):
            if isinstance(source, dict) and source.get("document"):
                key = f"{source['document']}:{source.get('section') or ''}"
                bag[key] = max(bag.get(key, 0.0), 1.0 / (rank + 1))
        if bag:
            norm = math.sqrt(sum(v * v for v in bag.values()))
            for key, v in bag.items():
                out[feature_key("source:" + key)] = math.sqrt(SOURCES) * v / norm
        kind_of_topic = topic.split(":", 1)[0] if topic else ""
        if kind_of_topic in SAME_TOPIC:
            out[feature_key("topic:" + topic)] = math.sqrt(SAME_TOPIC[kind_of_topic] + OTHER_TOPIC.get(kind_of_topic, 0.0))
            if kind_of_topic in OTHER_TOPIC:
                out[feature_key("answered-by:" + kind_of_topic, penalty=True)] = math.sqrt(OTHER_TOPIC[kind_of_topic])
        reading = self.read(text)
        weights = {term: (idf or {}).get(term, unseen_idf) * (OBJECT_WEIGHT if term in self._objects else 1.0)
                   for term in reading.terms}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm > 0:
            for term, w in weights.items():
                if w > 0:
                    out[feature_key("term:" + term)] = math.sqrt(TERMS) * w / norm
        if reading.subject:
            out[feature_key("subject:" + reading.subject)] = math.sqrt(SUBJECT)
        kind = reading.kind
        if kind in DISTINCT:
            out[feature_key("asks-a-kind", penalty=True)] = math.sqrt(OTHER_KIND)
            if kind in RELATED_KINDS:
                # a deadline and a date are neither one need nor two ("when must the outcome document be final?"
                # / "deadline for the outcome document?"): no bonus and no penalty between them, the same bonus as
                # any kind between two deadlines
                near = RELATED_KINDS[kind]
                shared = OTHER_KIND / math.sqrt(SAME_KIND + OTHER_KIND)
                out[feature_key("kind:" + near)] = shared
                out[feature_key("kind:" + kind)] = math.sqrt(SAME_KIND + OTHER_KIND - shared * shared)
            else:
                out[feature_key("kind:" + kind)] = math.sqrt(SAME_KIND + OTHER_KIND)
        return out

    def point(self, vector: np.ndarray, text: str, topic: str, idf: dict[str, float] | None = None,
              unseen_idf: float = 1.0, sources=(), basis: np.ndarray | None = None) -> Point:
        """A question's point: its language-normalised unit vector and its features; with ``basis`` (the log's
        main directions, rows), the vector's coordinates on them as features of its kind of fact (``kind-cosine:``):
        two questions of one kind, or of none, add their product to their cosine."""
        vector = np.asarray(vector, dtype=np.float32)
        out = self.features(text, topic, idf, unseen_idf, sources)
        if basis is not None and len(basis):
            kind = self.read(text).kind
            if kind not in DISTINCT:
                kind = None
            weight = KIND_COSINE if kind else NO_KIND_COSINE
            if weight > 0:
                keys = self._kind_keys(kind or "", len(basis))
                coords = (basis[:, :len(vector)] @ vector[:basis.shape[1]]) * math.sqrt(weight)
                for key, v in zip(keys, coords.tolist()):
                    if v:
                        out[key] = v
        return Point(vector, out)

    def _kind_keys(self, kind: str, n: int) -> list[int]:
        held = self._keys.get((kind, n))
        if held is None:
            held = self._keys[(kind, n)] = [feature_key(f"kind-cosine:{kind}:{i}") for i in range(n)]
        return held

    def idf(self, texts) -> tuple[dict[str, float], float]:
        """(each term's inverse document frequency over the texts, the weight of a term none has)."""
        counts, first = tally(texts, compared)
        df: dict[str, int] = {}
        n = sum(counts.values())
        for key, k in counts.items():
            for term in self.read(first[key]).terms:
                df[term] = df.get(term, 0) + k
        return {term: math.log((n + 1) / (k + 1)) for term, k in df.items()}, math.log(n + 1)


__all__ = ["Signals", "SAME_TOPIC", "OTHER_TOPIC", "TERMS", "SOURCES", "SUBJECT", "SAME_KIND", "OTHER_KIND",
           "KIND_COSINE", "NO_KIND_COSINE"]
