"""Group the logged questions by need, across Arabic, English and French.

Input: rows of ``questions`` (text, language, what the bot answered with, and the
question's vector, logged by the bot or computed here once). Output:
``questions.group_id``, each question's point (``question_points``) and each group's
centroid, size, label and per-language examples (``question_groups``,
``group_examples``; recomputed by ``bot/storage/groups.py``).

How
---
1. **Vectors, cached.** Each question is embedded once (multilingual e5 by default, as
   a *query*) — usually by the bot as it answers (``Store.log_question(embedding=)``),
   else here, once per normalised text.
2. **A point per question** (:mod:`bot.review.signals`): its vector with its language's
   centre subtracted, plus what it was answered with (card, event, document section, and
   the sections its answer drew on),
   its glossary terms, an uncovered subject (visas, fees ...) and the kind of fact it
   asks (when, where, how often, how many, contact). Similarity is bilinear in the
   points, so a group's mean point compares a question with the whole group.
   The space also holds the log's main directions (:data:`KIND_AXES` principal axes of its
   language-normalised vectors), on which each question's vector is given to its kind of fact.
   A language's **centre** is the mean vector of the log's questions in that language,
   pulled toward the mean of :data:`REFERENCE` (parallel questions) while the log is
   small: multilingual-e5-small places a question closer to other questions in its
   language than to its translation; subtracting the centres removes that pull.
   Measured on the development log (pairs of one need vs. two needs, ROC AUC of the
   cosine): raw vectors 0.82, reference offsets 0.90, the log's own centres 0.92.
3. **Placing new questions, group ids stable.** Only questions without a group are
   placed; existing groups keep their ids. A question whose text is one the secretariat
   placed (a pinned question) joins that group. Otherwise it joins the group whose
   average similarity to it (``point . centroid``) is highest, when that reaches
   :data:`THRESHOLD`; the rest are clustered among themselves (average linkage, the same
   threshold) and each cluster joins a group it resembles as a whole or founds one.
4. **The secretariat's corrections** (split, move, merge, rename:
   ``bot/storage/groups.py``) are kept; ``regroup=True`` groups everything again while
   keeping every pinned question where it was put and reusing each old group's id for
   the new group that holds most of its questions.
4b. **A log grown by half is grouped again.** The language centres and the terms' weights are
   measured again when a language's questions grew by half (:data:`CENTRE_GROWTH`); the
   placements made in the smaller log's space are then made again (``regroup``, corrections
   and ids kept), so a log grouped as it arrives ends close to the same log grouped at once.
   Labelled logs in 10 batches (precision / recall): development 0.87 / 0.84 -> 0.94 / 0.86,
   held out 0.77 / 0.64 -> 0.87 / 0.71, log C 0.69 / 0.49 -> 0.77 / 0.56; at once 0.99 / 0.88,
   0.91 / 0.72, 0.67 / 0.58. A question may change group at such a run; a run between two
   growths moves nobody.
5. **Deletion.** ``/forget`` and retention recompute the groups that lost members from
   the points that remain (``Store._forget_in_groups``); a grouping run also recomputes
   any group whose stored size differs from its live members (rows deleted otherwise).
   When the knowledge (glossary), the weights, the embedder or the language centres
   change, every point and group is recomputed; group ids stay.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence

import numpy as np
from sqlalchemy import Engine, bindparam, delete, func, insert, select, update

from bot.review.signals import Signals, compared
from bot.storage import groups as stored_groups
from bot.storage import points as P
from bot.storage.labels import normalise
from bot.storage.schema import (from_bytes, group_examples, group_pins, grouping_state, question_groups, question_points,
                                questions, to_bytes)

log = logging.getLogger(__name__)

#: average similarity (see bot/review/signals.py) a question or cluster needs to join a group.
#: Development log, one run: 0.45 -> precision 0.86 / recall 0.72; 0.5 -> 0.91 / 0.71; 0.55 -> 0.95 / 0.70
THRESHOLD = 0.5
#: new questions are clustered in chunks of at most this many distinct items
CHUNK = 2000
#: texts embedded per call to the embedder
EMBED_BATCH = 64
#: a language's centre counts the reference questions' mean as this many logged questions
CENTRE_PRIOR = 30
#: the centres are measured again when a language's logged questions grew this much (x, and at least +20)
CENTRE_GROWTH = 1.5
#: the log's main directions (principal axes of its language-normalised vectors) on which a question's vector is
#: given to its kind of fact (``Signals.point``): 64 of 384 hold three quarters of a log's variance
KIND_AXES = 64

#: Parallel questions (en, fr, ar): each language's mean is the prior of its centre (see
#: :data:`CENTRE_PRIOR`). Changing them changes the space: the next grouping run
#: recomputes every point and group (group ids stay).
REFERENCE: list[tuple[str, str, str]] = [
    ("What is objective 23 of the Global Compact for Migration?", "Qu'est-ce que l'objectif 23 du Pacte mondial pour les migrations ?", "ما هو الهدف 23 من الاتفاق العالمي من أجل الهجرة؟"),
    ("Who can speak at the multi-stakeholder hearing?", "Qui peut prendre la parole lors de l'audition multipartite ?", "من يمكنه التحدث في جلسة الاستماع لأصحاب المصلحة المتعددين؟"),
    ("What is the workplan of the UN Network on Migration?", "Quel est le plan de travail du Réseau des Nations Unies sur les migrations ?", "ما هي خطة عمل شبكة الأمم المتحدة المعنية بالهجرة؟"),
    ("What did the progress declaration say about climate change?", "Que dit la déclaration sur les progrès à propos du changement climatique ?", "ماذا قال إعلان التقدم عن تغير المناخ؟"),
    ("How are trade unions involved in the regional review?", "Comment les syndicats sont-ils associés à l'examen régional ?", "كيف تشارك النقابات العمالية في الاستعراض الإقليمي؟"),
    ("Is there a side event on migrant children?", "Y a-t-il un événement parallèle sur les enfants migrants ?", "هل هناك فعالية جانبية حول الأطفال المهاجرين؟"),
    ("What is the Migration Multi-Partner Trust Fund?", "Qu'est-ce que le Fonds d'affectation spéciale pluripartenaires pour les migrations ?", "ما هو الصندوق الاستئماني متعدد الشركاء للهجرة؟"),
    ("Which UN agencies are members of the regional network?", "Quelles agences des Nations Unies sont membres du réseau régional ?", "ما هي وكالات الأمم المتحدة الأعضاء في الشبكة الإقليمية؟"),
    ("What is the theme of the policy debate?", "Quel est le thème du débat politique ?", "ما هو موضوع النقاش السياسي؟"),
    ("How were the recommendations of the dialogue used?", "Comment les recommandations du dialogue ont-elles été utilisées ?", "كيف استخدمت توصيات الحوار؟"),
    ("Can diaspora organisations contribute to the review?", "Les organisations de la diaspora peuvent-elles contribuer à l'examen ?", "هل يمكن لمنظمات المغتربين المساهمة في الاستعراض؟"),
    ("Who chairs the opening session?", "Qui préside la séance d'ouverture ?", "من يرأس الجلسة الافتتاحية؟"),
    ("What does the whole-of-society approach mean?", "Que signifie l'approche mobilisant l'ensemble de la société ?", "ماذا يعني نهج المجتمع ككل؟"),
    ("How does the GCM address labour migration in the Gulf?", "Comment le Pacte traite-t-il la migration de main-d'œuvre dans le Golfe ?", "كيف يتناول الاتفاق العالمي هجرة العمالة في الخليج؟"),
    ("Where can I read the final report of the conference?", "Où puis-je lire le rapport final de la conférence ?", "أين يمكنني قراءة التقرير النهائي للمؤتمر؟"),
    ("Is the GCM legally binding?", "Le Pacte mondial est-il juridiquement contraignant ?", "هل الاتفاق العالمي ملزم قانونيا؟"),
    ("What are the champion countries?", "Que sont les pays champions ?", "ما هي البلدان الرائدة؟"),
    ("How can academics take part in the process?", "Comment les universitaires peuvent-ils participer au processus ?", "كيف يمكن للأكاديميين المشاركة في العملية؟"),
    ("What is ESCWA's role in the regional review?", "Quel est le rôle de la CESAO dans l'examen régional ?", "ما هو دور الإسكوا في الاستعراض الإقليمي؟"),
    ("Are there data on migrant deaths in the Mediterranean?", "Existe-t-il des données sur les décès de migrants en Méditerranée ?", "هل توجد بيانات عن وفيات المهاجرين في البحر المتوسط؟"),
    ("How is the regional review funded?", "Comment l'examen régional est-il financé ?", "كيف يتم تمويل الاستعراض الإقليمي؟"),
    ("What was discussed about return and reintegration?", "Qu'a-t-on dit sur le retour et la réintégration ?", "ما الذي نوقش بشأن العودة وإعادة الإدماج؟"),
    ("Who are the stakeholders of the GCM?", "Qui sont les parties prenantes du Pacte ?", "من هم أصحاب المصلحة في الاتفاق العالمي؟"),
    ("How does the GCM relate to the 2030 Agenda?", "Quel est le lien entre le Pacte et le Programme 2030 ?", "ما علاقة الاتفاق العالمي بخطة عام 2030؟"),
    ("What is the next step after the regional review?", "Quelle est la prochaine étape après l'examen régional ?", "ما هي الخطوة التالية بعد الاستعراض الإقليمي؟"),
    ("Can I get the slides of the presentations?", "Puis-je obtenir les diapositives des présentations ?", "هل يمكنني الحصول على شرائح العروض التقديمية؟"),
    ("What about regular pathways for migration?", "Qu'en est-il des voies de migration régulières ?", "ماذا عن مسارات الهجرة النظامية؟"),
    ("How were the participants selected?", "Comment les participants ont-ils été sélectionnés ?", "كيف تم اختيار المشاركين؟"),
    ("Is the session broadcast on UN Web TV?", "La séance est-elle retransmise sur UN Web TV ?", "هل تبث الجلسة على تلفزيون الأمم المتحدة على الإنترنت؟"),
    ("Which language should the written submission be in?", "Dans quelle langue la contribution écrite doit-elle être rédigée ?", "بأي لغة يجب أن تكون المساهمة المكتوبة؟"),
]
REFERENCE_LANGS = ("en", "fr", "ar")


# --------------------------------------------------------------------------- texts and vectors
def embed_questions(embedder, texts: Sequence[str], batch: int = EMBED_BATCH) -> np.ndarray:
    """Normalised query vectors (n, d) for the texts, in batches."""
    out = []
    for i in range(0, len(texts), batch):
        chunk = list(texts[i:i + batch])
        if hasattr(embedder, "queries"):
            vecs = np.asarray(embedder.queries(chunk), dtype=np.float32)
        else:  # any LangChain Embeddings
            vecs = np.asarray([embedder.embed_query(t) for t in chunk], dtype=np.float32)
        out.append(vecs.reshape(len(chunk), -1))
    if not out:
        return np.zeros((0, 0), dtype=np.float32)
    X = np.concatenate(out)
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(norms == 0, 1, norms)


def embedder_id(embedder) -> str:
    return str(getattr(embedder, "name", None) or type(embedder).__name__)


# --------------------------------------------------------------------------- the shared space
_reference: dict[str, dict[str, np.ndarray]] = {}


def reference_centres(embedder, conn=None) -> dict[str, np.ndarray]:
    """The mean vector of :data:`REFERENCE` in each language: 90 short embeddings, once per
    process, kept in the store (``conn``) for the next processes."""
    name = embedder_id(embedder)
    key = "reference:" + hashlib.sha256(("\n".join("|".join(r) for r in REFERENCE) + "|" + name).encode()).hexdigest()[:16]
    if name not in _reference and conn is not None:
        held = _state(conn, key)
        if held:
            _reference[name] = {lang: np.frombuffer(base64.b64decode(v), dtype=np.float32) for lang, v in json.loads(held).items()}
    if name not in _reference:
        _reference[name] = {lang: embed_questions(embedder, [row[i] for row in REFERENCE]).mean(axis=0)
                            for i, lang in enumerate(REFERENCE_LANGS)}
    if conn is not None and _state(conn, key) is None:
        _set_state(conn, key, json.dumps({lang: base64.b64encode(np.asarray(v, dtype=np.float32).tobytes()).decode("ascii")
                                          for lang, v in _reference[name].items()}))
    return _reference[name]


@dataclass
class Space:
    """Each language's centre, subtracted from its questions' vectors, and each glossary term's
    weight (its inverse document frequency in the log), both measured on the log as it grows."""

    centres: dict[str, np.ndarray]
    counts: dict[str, int]
    idf: dict[str, float] = field(default_factory=dict)
    unseen_idf: float = 1.0
    axes: np.ndarray | None = None          # (KIND_AXES, d): the log's main directions, see KIND_AXES

    def apply(self, X: np.ndarray, languages: Sequence[str]) -> np.ndarray:
        Y = np.array(X, dtype=np.float32, copy=True)
        if len(Y) == 0:
            return Y
        langs = np.asarray(languages)
        fallback = np.mean(list(self.centres.values()), axis=0) if self.centres else np.zeros(Y.shape[1])
        for lang in set(langs.tolist()):
            Y[langs == lang] -= self.centres.get(lang, fallback)
        norms = np.linalg.norm(Y, axis=1, keepdims=True)
        return Y / np.where(norms == 0, 1, norms)

    def digest(self) -> str:
        h = hashlib.sha256()
        for lang in sorted(self.centres):
            h.update(lang.encode() + np.asarray(self.centres[lang], dtype=np.float32).tobytes())
        h.update(json.dumps([sorted(self.idf.items()), self.unseen_idf]).encode())
        if self.axes is not None:
            h.update(np.asarray(self.axes, dtype=np.float32).tobytes())
        return h.hexdigest()[:16]

    def to_json(self) -> str:
        axes = None
        if self.axes is not None:
            axes = {"shape": list(self.axes.shape),
                    "data": base64.b64encode(np.asarray(self.axes, dtype=np.float32).tobytes()).decode("ascii")}
        return json.dumps({"counts": self.counts, "idf": self.idf, "unseen_idf": self.unseen_idf, "axes": axes, "centres": {
            lang: base64.b64encode(np.asarray(v, dtype=np.float32).tobytes()).decode("ascii") for lang, v in self.centres.items()}})

    @classmethod
    def from_json(cls, text: str | None) -> "Space | None":
        if not text:
            return None
        data = json.loads(text)
        axes = data.get("axes")
        if axes:
            axes = np.frombuffer(base64.b64decode(axes["data"]), dtype=np.float32).reshape(axes["shape"])
        return cls({lang: np.frombuffer(base64.b64decode(v), dtype=np.float32) for lang, v in data["centres"].items()},
                   {lang: int(n) for lang, n in data["counts"].items()},
                   {t: float(w) for t, w in (data.get("idf") or {}).items()}, float(data.get("unseen_idf", 1.0)),
                   axes if axes is not None and len(axes) else None)

    def point(self, signals: Signals, dense: np.ndarray, text: str, topic: str, sources=()) -> P.Point:
        return signals.point(dense, text, topic, self.idf, self.unseen_idf, sources, self.axes)


def _stale(stored: Space | None, counts: dict[str, int]) -> bool:
    if stored is None or (KIND_AXES and stored.axes is None and counts):
        return True
    for lang, n in counts.items():
        had = stored.counts.get(lang, 0)
        if n >= max(had * CENTRE_GROWTH, had + 20):
            return True
    return False


def measure_space(conn, embedder, signals: Signals, stored: Space | None = None,
                  fresh: Sequence = (), vectors: dict[int, np.ndarray] | None = None) -> tuple[Space, bool]:
    """The space for the log as it is: (space, whether it differs from ``stored``).

    ``fresh``: the ungrouped rows (id, text, language, topic, blob) whose ``vectors`` the run
    already holds (the others are read from the store)."""
    counts = {lang: int(n) for lang, n in conn.execute(
        select(questions.c.language, func.count()).where(questions.c.embedding.is_not(None)).group_by(questions.c.language))}
    if not _stale(stored, counts):
        return stored, False
    reference = reference_centres(embedder, conn)
    sums: dict[str, np.ndarray] = {}
    texts = []
    held: list[np.ndarray] = []
    langs: list[str] = []

    def add(lang: str, v: np.ndarray) -> None:
        sums[lang] = sums[lang] + v if lang in sums else v.astype(np.float64)
        held.append(v)
        langs.append(lang)

    for rid, text, lang, _topic, _blob in fresh:
        texts.append(text)
        if rid in (vectors or {}):
            add(lang, vectors[rid])
    for text, lang, blob in conn.execute(select(questions.c.question, questions.c.language, questions.c.embedding)
                                         .where(questions.c.group_id.is_not(None))):
        texts.append(text)
        if blob:
            add(lang, from_bytes(blob))
    centres = {}
    for lang in sorted(set(reference) | set(sums)):
        prior = reference.get(lang)
        if prior is None:
            prior = np.mean(list(reference.values()), axis=0)
        total = sums.get(lang, 0) + CENTRE_PRIOR * prior
        centres[lang] = (total / (counts.get(lang, 0) + CENTRE_PRIOR)).astype(np.float32)
    idf, unseen = signals.idf(texts)
    space = Space(centres, counts, idf, unseen)
    space.axes = main_axes(space.apply(np.stack(held), langs)) if held and KIND_AXES else None
    return space, True


def main_axes(Y: np.ndarray, k: int | None = None) -> np.ndarray:
    """The ``k`` directions along which the rows of ``Y`` vary most (rows of the result, unit length):
    the eigenvectors of ``Y.T @ Y`` with the largest eigenvalues (the rows are already centred, per language)."""
    Y = np.asarray(Y, dtype=np.float64)
    values, vectors = np.linalg.eigh(Y.T @ Y)
    order = np.argsort(values)[::-1][:min(KIND_AXES if k is None else k, len(Y), Y.shape[1])]
    return np.ascontiguousarray(vectors[:, order].T, dtype=np.float32)


# --------------------------------------------------------------------------- clustering
def average_linkage(X: np.ndarray, weights: np.ndarray, threshold: float,
                    signature: np.ndarray | None = None) -> np.ndarray:
    """Cluster labels (0..k-1, in order of first member) by weighted average linkage.

    ``X`` rows are points (``bot/storage/points.stack``), ``signature`` the sign of each
    column (penalty features count negatively; default all +1). Two clusters merge while
    the weighted mean of their pairwise similarities reaches ``threshold``.
    """
    if len(X) <= 1:
        return np.zeros(len(X), dtype=int)
    return linkage((X * signature) @ X.T if signature is not None else X @ X.T, weights, threshold)


def linkage(S: np.ndarray, weights: np.ndarray, threshold: float) -> np.ndarray:
    """Average linkage on a similarity matrix (weighted nodes; -inf: never in one cluster, which the
    Lance-Williams updates carry over to every cluster holding the two). A cached best partner per
    row keeps it near O(n^2)."""
    n = len(S)
    if n <= 1:
        return np.zeros(n, dtype=int)
    S = np.array(S, dtype=np.float32, copy=True)
    np.fill_diagonal(S, -np.inf)
    w = weights.astype(np.float64).copy()
    alive = np.ones(n, dtype=bool)
    parent = np.arange(n)
    best = S.argmax(axis=1)
    best_val = S[np.arange(n), best]
    while True:
        cand = np.where(alive, best_val, -np.inf)
        i = int(cand.argmax())
        if cand[i] < threshold:
            break
        j = int(best[i])
        # merge j into i
        row = (w[i] * S[i] + w[j] * S[j]) / (w[i] + w[j])
        S[i, :] = row
        S[:, i] = row
        S[i, i] = -np.inf
        S[j, :] = -np.inf
        S[:, j] = -np.inf
        w[i] += w[j]
        alive[j] = False
        parent[j] = i           # resolved at the end (a scan of every node per merge cost a fifth of the run)
        best_val[j] = -np.inf
        # rows whose best partner was i or j, and row i itself, need a new best
        for r in (*np.flatnonzero(alive & ((best == i) | (best == j))).tolist(), i):
            b = int(S[r].argmax())
            best[r], best_val[r] = b, S[r, b]
        # other rows: the new row i may now be their best
        better = alive & (row > best_val)
        better[i] = False
        best[better] = i
        best_val[better] = row[better]
    for k in range(n):          # each node's root: a merged node points at the node it joined
        root = k
        while parent[root] != root:
            root = parent[root]
        parent[k] = root
    labels = np.empty(n, dtype=int)
    seen: dict[int, int] = {}
    for k in range(n):
        labels[k] = seen.setdefault(int(parent[k]), len(seen))
    return labels


# --------------------------------------------------------------------------- the run
@dataclass
class GroupingReport:
    questions: int = 0            # questions placed in this run
    distinct_texts: int = 0       # distinct normalised texts among them
    embedded: int = 0             # texts embedded in this run (others reused a cached vector)
    joined_existing: int = 0      # questions that joined a group that existed before the run
    pinned: int = 0               # questions placed by the secretariat's corrections (same text as a pinned one)
    new_groups: int = 0
    groups: int = 0               # groups with live members after the run
    removed_groups: int = 0       # groups emptied by deletions and removed
    recomputed_points: int = 0    # points recomputed (the space or the signals changed)
    regrouped: bool = False       # every question placed again (asked, or the log grew: see ``group_new_questions``)
    embed_seconds: float = 0.0
    seconds: float = 0.0          # the whole run, embedding included
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        pinned = f", {self.pinned} by the secretariat's corrections" if self.pinned else ""
        again = "grouped every question again: " if self.regrouped else ""
        return (
            f"{again}placed {self.questions} questions ({self.distinct_texts} distinct texts, {self.embedded} embedded "
            f"in {self.embed_seconds:.1f} s): {self.joined_existing} joined existing groups{pinned}, "
            f"{self.new_groups} new groups; {self.groups} groups in all; {self.seconds:.1f} s"
        )


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _state(conn, key: str) -> str | None:
    row = conn.execute(select(grouping_state.c.value).where(grouping_state.c.key == key)).first()
    return row[0] if row else None


def _set_state(conn, key: str, value: str) -> None:
    if conn.execute(update(grouping_state).where(grouping_state.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(grouping_state).values(key=key, value=value))


def _chunks(seq: list, size: int = 500) -> Iterable[list]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def _fill_embeddings(conn, embedder, rows: list, report: GroupingReport) -> dict[int, np.ndarray]:
    """Vectors for the rows (id, question, language, topic, embedding): cached, shared, or embedded now."""
    vectors: dict[int, np.ndarray] = {}
    missing: dict[str, list[int]] = {}
    for rid, text, _lang, _topic, blob in rows:
        if blob:
            vectors[rid] = from_bytes(blob)
        else:
            missing.setdefault(compared(text), []).append(rid)
    if not missing:
        return vectors
    # reuse the vector of any other row with the same normalised text
    known: dict[str, int] = {}
    for rid, text in conn.execute(select(questions.c.id, questions.c.question).where(questions.c.embedding.is_not(None))):
        known.setdefault(compared(text), rid)
    reuse = {norm: known[norm] for norm in missing if norm in known}
    if reuse:
        ids = list(set(reuse.values()))
        blobs: dict[int, bytes] = {}
        for part in _chunks(ids):
            blobs.update(conn.execute(select(questions.c.id, questions.c.embedding).where(questions.c.id.in_(part))).all())
        for norm, src in reuse.items():
            vec = from_bytes(blobs[src])
            for rid in missing[norm]:
                vectors[rid] = vec
    todo = [norm for norm in missing if norm not in reuse]
    if todo:
        t0 = time.perf_counter()
        X = embed_questions(embedder, todo)
        report.embed_seconds += time.perf_counter() - t0
        report.embedded += len(todo)
        for norm, vec in zip(todo, X):
            for rid in missing[norm]:
                vectors[rid] = vec
    new_ids = [rid for ids in missing.values() for rid in ids]
    stmt = update(questions).where(questions.c.id == bindparam("rid")).values(embedding=bindparam("emb"))
    for part in _chunks(new_ids, 1000):
        conn.execute(stmt, [{"rid": rid, "emb": to_bytes(vectors[rid])} for rid in part])
    return vectors


_ROW = (questions.c.id, questions.c.question, questions.c.language, questions.c.topic, questions.c.embedding)


class _Items:
    """Distinct (normalised text, language, topic) items of some rows, with their points."""

    def __init__(self, conn, rows, vectors: dict[int, np.ndarray], space: Space, signals: Signals):
        self.rows: dict[tuple, list[int]] = {}
        first: dict[tuple, tuple] = {}
        for rid, text, lang, topic, _blob in rows:
            key = (compared(text), lang, topic or "")
            self.rows.setdefault(key, []).append(rid)
            first.setdefault(key, (rid, text, lang, topic or ""))
        # the answer's sources, read for one question of each item only (a log repeats its questions;
        # reading the JSON of every row cost a fifth of a 10,000-question run)
        sources: dict[int, list] = {}
        for part in _chunks([f[0] for f in first.values()], 900):
            sources.update(conn.execute(select(questions.c.id, questions.c.sources).where(questions.c.id.in_(part))).all())
        self.keys = list(self.rows)
        self.weights = np.array([len(self.rows[k]) for k in self.keys], dtype=np.float64)
        if self.keys:
            dense = space.apply(np.stack([vectors[first[k][0]] for k in self.keys]), [k[1] for k in self.keys])
        else:
            dense = np.zeros((0, 0), dtype=np.float32)
        self.texts = [first[k][1] for k in self.keys]
        self.points = [space.point(signals, dense[i], first[k][1], first[k][3], sources.get(first[k][0]) or ())
                       for i, k in enumerate(self.keys)]

    def write_points(self, conn) -> int:
        rows = [{"question_id": rid, "point": blob} for k, p in zip(self.keys, self.points)
                for blob in (P.to_bytes(p),) for rid in self.rows[k]]
        stale = select(question_points.c.question_id)
        for part in _chunks(rows, 1000):
            ids = [r["question_id"] for r in part]
            if conn.execute(stale.where(question_points.c.question_id.in_(ids)).limit(1)).first():
                conn.execute(delete(question_points).where(question_points.c.question_id.in_(ids)))
            conn.execute(insert(question_points), part)
        return len(rows)


def _recompute_points(conn, embedder, space: Space, signals: Signals, report: GroupingReport) -> None:
    """Every grouped question's point, then every group, again (ids and assignments kept)."""
    rows = conn.execute(select(*_ROW).where(questions.c.group_id.is_not(None))).all()
    if rows:
        vectors = _fill_embeddings(conn, embedder, rows, report)
        report.recomputed_points = _Items(conn, rows, vectors, space, signals).write_points(conn)
    stored_groups.delete_orphan_points(conn)
    stored_groups.recompute(conn, [gid for (gid,) in conn.execute(select(question_groups.c.id))])


def _pinned_texts(conn) -> dict[str, int]:
    """The compared text of each pinned question -> its group (the latest pin wins)."""
    out: dict[str, int] = {}
    for text, gid in conn.execute(
        select(questions.c.question, group_pins.c.group_id)
        .select_from(group_pins.join(questions, questions.c.id == group_pins.c.question_id))
        .order_by(group_pins.c.pinned_at, group_pins.c.question_id)
    ):
        out[compared(text)] = gid
    return out


def _unplace(conn) -> dict[int, int]:
    """For a regroup: every question that is not pinned leaves its group; {question id: its old group}."""
    pinned = select(group_pins.c.question_id)
    old = dict(conn.execute(select(questions.c.id, questions.c.group_id)
                            .where(questions.c.group_id.is_not(None), questions.c.id.not_in(pinned))).all())
    conn.execute(update(questions).where(questions.c.group_id.is_not(None), questions.c.id.not_in(pinned)).values(group_id=None))
    return old


def group_new_questions(
    engine: Engine,
    embedder,
    *,
    knowledge_dir=None,
    signals: Signals | None = None,
    threshold: float = THRESHOLD,
    chunk: int = CHUNK,
    regroup: bool = False,
    progress: Callable[[str], None] | None = None,
) -> GroupingReport:
    """Place every question without a group (see the module's docstring). Idempotent.

    ``regroup``: group every question again, keeping the secretariat's corrections.
    """
    t_start = time.perf_counter()
    report = GroupingReport(regrouped=regroup)
    say = progress or (lambda _msg: None)
    signals = signals or Signals.load(knowledge_dir)
    with engine.begin() as conn:
        # the vectors of another embedder do not mix
        emb_name = embedder_id(embedder)
        held = _state(conn, "embedder")
        if held is not None and held != emb_name:
            report.notes.append(f"embedder changed ({held} -> {emb_name}): re-embedding every question, group ids kept")
            conn.execute(update(questions).values(embedding=None))
        _set_state(conn, "embedder", emb_name)
        rows = conn.execute(select(*_ROW).where(questions.c.group_id.is_(None)).order_by(questions.c.id)).all()
        vectors = _fill_embeddings(conn, embedder, rows, report) if rows else {}
        # the space: language centres (re-measured as the log grows), the signals, the embedder
        space, moved = measure_space(conn, embedder, signals, Space.from_json(_state(conn, "centres")), rows, vectors)
        fingerprint = hashlib.sha256(f"{emb_name}|{signals.fingerprint}|{space.digest()}".encode()).hexdigest()[:16]
        if moved:
            _set_state(conn, "centres", space.to_json())
        if _state(conn, "points") != fingerprint:
            say("recomputing every question's point (the space or the knowledge changed)")
            _recompute_points(conn, embedder, space, signals, report)
            _set_state(conn, "points", fingerprint)
        if moved and not regroup and conn.execute(select(questions.c.id).where(questions.c.group_id.is_not(None)).limit(1)).first():
            # the log grew by half since its centres were measured: the groups were placed in a space measured
            # on a smaller log (its language centres, its terms' weights); they are placed again in this one,
            # the secretariat's corrections and the group ids kept (see ``regroup``)
            regroup = True
            report.regrouped = True
            say("the log grew by half since it was last measured: grouping every question again (corrections kept)")
        # deletions since the last run that did not recompute their groups (and groups marked stale)
        live = dict(conn.execute(select(questions.c.group_id, func.count()).where(questions.c.group_id.is_not(None))
                                 .group_by(questions.c.group_id)).all())
        stale = [gid for gid, size in conn.execute(select(question_groups.c.id, question_groups.c.size)) if live.get(gid, 0) != size]
        if stale:
            missing = conn.execute(select(*_ROW).where(questions.c.group_id.in_(stale), questions.c.id.not_in(
                select(question_points.c.question_id)))).all()
            if missing:
                _Items(conn, missing, _fill_embeddings(conn, embedder, missing, report), space, signals).write_points(conn)
            _done, report.removed_groups = stored_groups.recompute(conn, stale)
        previous: dict[int, int] = {}
        if regroup:
            previous = _unplace(conn)
            vacant = set(previous.values())
            occupied = {gid for (gid,) in conn.execute(select(questions.c.group_id).where(questions.c.group_id.is_not(None)).distinct())}
            stored_groups.recompute(conn, vacant & occupied)
            rows = conn.execute(select(*_ROW).where(questions.c.group_id.is_(None)).order_by(questions.c.id)).all()
            vectors = _fill_embeddings(conn, embedder, rows, report)
        report.questions = len(rows)
        if rows:
            say(f"{len(rows)} questions to place")
            items = _Items(conn, rows, vectors, space, signals)
            items.write_points(conn)
            report.distinct_texts = len({k[0] for k in items.keys})
            _place(conn, items, threshold, chunk, report, previous, regroup)
        if regroup:
            # old groups that no new group took over
            stored_groups.recompute(conn, set(previous.values()))
        report.groups = conn.execute(select(func.count()).select_from(question_groups)).scalar_one()
    report.seconds = time.perf_counter() - t_start
    say(report.summary())
    return report


def _load_groups(conn, vacant: set[int]) -> tuple[list[int], list[P.Point], np.ndarray]:
    rows = conn.execute(select(question_groups.c.id, question_groups.c.centroid, question_groups.c.size)
                        .order_by(question_groups.c.id)).all()
    ids, centres, sizes = [], [], []
    for gid, blob, size in rows:
        point = P.from_bytes(blob)
        if point is None or gid in vacant or size <= 0:
            continue
        ids.append(gid)
        centres.append(point)
        sizes.append(float(size))
    return ids, centres, np.array(sizes, dtype=np.float64)


def _place(conn, items: _Items, threshold: float, chunk: int, report: GroupingReport,
           previous: dict[int, int], regroup: bool = False) -> None:
    """Place the items. ``regroup``: everything is being grouped again; ``previous`` holds each
    question's old group. Then clusters are formed among the items alone and each takes the old
    id most of its questions had (groups holding pinned questions included), so ids and the
    secretariat's groups stay; a pinned question never draws other questions to itself."""
    occupied = {gid for (gid,) in conn.execute(select(questions.c.group_id).where(questions.c.group_id.is_not(None)).distinct())}
    vacant = set(previous.values()) - occupied
    gids, centres, sizes = _load_groups(conn, vacant)
    pos = {gid: i for i, gid in enumerate(gids)}
    existing_before = len(gids)
    joinable = np.full(len(gids), not regroup)          # groups new questions may join by resemblance
    taken: set[int] = set()                             # old ids a cluster of this regroup took
    M, signature, keys = P.stack([*items.points, *centres])
    X = M[:len(items.points)]                                                 # float32: the similarities
    sums = M[len(items.points):].astype(np.float64) * sizes[:, None]          # float64: sums of many points
    weights = items.weights
    assigned = np.full(len(items.keys), -1, dtype=int)        # index into gids

    def attach(idx: np.ndarray, g: int) -> None:
        sums[g] += (X[idx] * weights[idx, None]).sum(axis=0)
        sizes[g] += weights[idx].sum()
        assigned[idx] = g

    def new_group(reuse: int | None = None) -> int:
        nonlocal sums, sizes, joinable
        now = _now()
        if reuse is not None:
            gid = reuse
            conn.execute(update(question_groups).where(question_groups.c.id == gid).values(size=0, updated_at=now))
        else:
            gid = conn.execute(insert(question_groups).values(centroid=b"", size=0, label="", created_at=now, updated_at=now)
                               .returning(question_groups.c.id)).scalar_one()
            report.new_groups += 1
        gids.append(gid)
        sums = np.vstack([sums, np.zeros((1, X.shape[1]))])
        sizes = np.append(sizes, 0.0)
        joinable = np.append(joinable, True)
        return len(gids) - 1

    def old_id(members: np.ndarray) -> int | None:
        """Regroup: the old group most of these questions were in, unless another cluster took it."""
        olds = Counter(previous.get(rid) for i in members for rid in items.rows[items.keys[i]])
        for gid, _n in olds.most_common():
            if gid is None or gid in taken:
                continue
            taken.add(gid)
            if gid in pos:
                joinable[pos[gid]] = True
                return pos[gid]
            if gid in vacant:
                vacant.discard(gid)
                return new_group(reuse=gid)
        return None

    # 1. the secretariat's decisions: a text it placed goes where it placed it
    pinned = _pinned_texts(conn)
    if pinned:
        for i, key in enumerate(items.keys):
            gid = pinned.get(key[0])
            if gid is not None and gid in pos:
                attach(np.array([i]), pos[gid])
                report.pinned += int(weights[i])
    free = np.where(assigned < 0)[0]
    for start in range(0, len(free), chunk):
        part = free[start:start + chunk]
        # 2. the new questions and the groups that any of them could join, linked together: a new
        # question joins a group or other new questions, whichever it resembles most; two groups
        # never merge (their ids stay)
        cand = np.zeros(0, dtype=int)
        if len(gids):
            means = (sums / np.maximum(sizes, 1)[:, None]).astype(np.float32)
            cand = np.where(joinable & (((X[part] * signature) @ means.T).max(axis=0) >= threshold))[0]
        nodes = np.vstack([means[cand], X[part]]) if len(cand) else X[part]
        S = (nodes * signature) @ nodes.T
        S[:len(cand), :len(cand)] = -np.inf
        labels = linkage(S, np.concatenate([sizes[cand], weights[part]]), threshold)
        clusters = [(labels == lab) for lab in range(labels.max() + 1)]
        clusters.sort(key=lambda c: -weights[part[c[len(cand):]]].sum())       # the largest choose old ids first
        for in_cluster in clusters:
            held = cand[in_cluster[:len(cand)]]
            members = part[in_cluster[len(cand):]]
            if not len(members):
                continue
            g = int(held[0]) if len(held) else (old_id(members) if regroup else None)
            attach(members, new_group() if g is None else g)

    joined = (assigned >= 0) & (assigned < existing_before)
    report.joined_existing = int(weights[joined].sum())
    members: dict[int, list[int]] = {}
    for i, k in enumerate(items.keys):
        members.setdefault(gids[assigned[i]], []).extend(items.rows[k])
    for gid, ids in members.items():          # one statement per group (and 900 ids), not one per question
        for part in _chunks(ids, 900):
            conn.execute(update(questions).where(questions.c.id.in_(part)).values(group_id=gid))
    _write_groups(conn, items, assigned, gids, sums, sizes, M.shape[1] - len(keys), keys)


def _write_groups(conn, items: _Items, assigned: np.ndarray, gids: list[int], sums: np.ndarray, sizes: np.ndarray,
                  width: int, keys: list[int]) -> None:
    """Centroid, size, label and examples of the groups that got questions, from what this run holds:
    the centroids are exact; the most typical member is chosen among the questions placed now and
    the group's examples so far (``Store`` recomputes from every member after a deletion)."""
    touched = sorted({int(a) for a in assigned})
    if not touched:
        return
    held = {g: gids[g] for g in touched}
    examples: dict[int, list[tuple[int, str, str, P.Point]]] = {}
    for gid, qid, lang, text, blob in conn.execute(
        select(group_examples.c.group_id, questions.c.id, questions.c.language, questions.c.question, question_points.c.point)
        .select_from(group_examples.join(questions, questions.c.id == group_examples.c.question_id)
                     .join(question_points, question_points.c.question_id == questions.c.id))
        .where(group_examples.c.group_id.in_(list(held.values())))
    ):
        point = P.from_bytes(blob)
        if point is not None:
            examples.setdefault(gid, []).append((qid, lang, text, point))
    by_group: dict[int, list[int]] = {}
    for i, a in enumerate(assigned):
        by_group.setdefault(int(a), []).append(i)
    for g in touched:
        row = sums[g] / max(sizes[g], 1)
        centre = P.Point(row[:width].astype(np.float32), {k: float(v) for k, v in zip(keys, row[width:]) if v})
        candidates = list(examples.get(gids[g], []))
        for i in by_group[g]:
            key = items.keys[i]
            candidates.append((items.rows[key][0], key[1], items.texts[i], items.points[i]))
        label_i, best = P.typical([c[3] for c in candidates], [c[1] for c in candidates], centre)
        stored_groups.write_derived(conn, gids[g], centre, int(round(sizes[g])), candidates[label_i][2],
                                    {lang: candidates[i][0] for lang, i in best.items()})


def group_questions_with_settings(settings, progress=None, regroup: bool = False) -> GroupingReport:
    """Convenience: the store, the embedder and the knowledge that the settings name."""
    from bot.storage.store import Store
    from ingest.embedders import get_embedder

    store = Store.from_settings(settings)
    try:
        return group_new_questions(store.engine, get_embedder(settings), knowledge_dir=settings.knowledge_dir,
                                   progress=progress, regroup=regroup)
    finally:
        store.close()


__all__ = [
    "THRESHOLD", "REFERENCE", "GroupingReport", "Space", "normalise", "to_bytes", "from_bytes",
    "embed_questions", "reference_centres", "measure_space", "average_linkage", "group_new_questions",
    "group_questions_with_settings",
]
