"""How well the product groups a question log by need: labelled logs and their scores.

A labelled log (``tests/faq_logs/*.yaml``) lists needs, each with the questions that
express it in Arabic, English and French, written as people type them. The questions
are sent through the bot's own path — the answer engine, then the question log with
the vector the engine computed (what the Telegram channel does) — in a fixed arrival
order, grouped by the product, and the grouping is scored against the labels:

- **pair precision / recall**: of the pairs of questions that share a group, the share
  that express one need; of the pairs that express one need, the share in one group;
- **adjusted Rand index** (Hubert and Arabie): agreement of the two partitions, 0 for chance;
- **cross-language recall**: recall over the pairs of one need asked in two languages;
- the **largest group** against the **largest need**, and whether the five largest
  groups are five different needs (the top of what the secretariat reads).

Used by ``gcmbot bench faq`` and ``tests/test_faq_quality.py``.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Sequence

from bot.knowledge.yaml_files import read_yaml

LANGS = ("ar", "en", "fr")
#: the labelled logs kept with the tests: the development log, the held-out one (only scored), and a
#: second development log written later with other wording and more close needs
LOGS_DIR = Path(__file__).resolve().parents[2] / "tests" / "faq_logs"
LOG_FILES = ("log_a.yaml", "log_b.yaml", "log_c.yaml")
#: arrival order of a log's questions (a shuffle with this seed: the same on every run)
ARRIVAL_SEED = 15
#: the questions arrive over this many days, one user per few questions
ARRIVAL_DAYS = 42


@dataclass(frozen=True)
class LabelledQuestion:
    need: str
    language: str        # the language it is written in (the label, not the detector's guess)
    text: str


def load_log(path: Path | str) -> list[LabelledQuestion]:
    """The log's questions in their arrival order. A question listed twice is asked twice."""
    data = read_yaml(Path(path)) or {}
    items = []
    for need in data.get("needs") or []:
        for lang in LANGS:
            for text in need.get(lang) or []:
                items.append(LabelledQuestion(str(need["id"]), lang, str(text)))
    random.Random(ARRIVAL_SEED).shuffle(items)
    return items


def answer_all(engine, items: Sequence[LabelledQuestion]) -> list:
    """The engine's answer to each question (each carries the question's vector)."""
    return [engine.answer(item.text) for item in items]


def log_answers(store, answers: Sequence, *, start: datetime | None = None, offset: int = 0,
                total: int | None = None) -> list[int]:
    """Log answers as the Telegram channel does (with the question's vector); their ids, in order.
    Question ``offset + i`` of ``total`` is asked at its place in the arrival period, four per user."""
    from bot.storage.schema import to_bytes

    total = total or len(answers)
    start = start or datetime.now(timezone.utc) - timedelta(days=ARRIVAL_DAYS)
    step = timedelta(days=ARRIVAL_DAYS) / max(total, 1)
    ids = []
    for k, answer in enumerate(answers):
        i = offset + k
        embedding = to_bytes(answer.vector) if answer.vector is not None else None
        qid = store.log_question(user_key=store.user_key(1 + i // 4), chat_type="private", channel="telegram",
                                 answer=answer, asked_at=start + i * step, embedding=embedding)
        if qid is None:
            raise RuntimeError(f"question {i} could not be logged (is the store reachable?)")
        ids.append(qid)
    return ids


# --------------------------------------------------------------------------- scores
def _pairs(n: int) -> int:
    return n * (n - 1) // 2


@dataclass
class Scores:
    questions: int
    needs: int
    groups: int
    precision: float
    recall: float
    f1: float
    ari: float
    cross_language_recall: float
    largest_group: int
    largest_need: int
    top5_needs: list[str]                      # the majority need of each of the five largest groups
    merged: list[tuple[str, str, int]] = field(default_factory=list)   # needs sharing a group (pairs of questions)
    scattered: list[tuple[str, int, int]] = field(default_factory=list)  # (need, groups it is in, its size)

    @property
    def top5_distinct(self) -> bool:
        return len(set(self.top5_needs)) == len(self.top5_needs)

    def line(self) -> str:
        return (f"precision {self.precision:.2f}, recall {self.recall:.2f} (F1 {self.f1:.2f}), adjusted Rand {self.ari:.2f}, "
                f"cross-language recall {self.cross_language_recall:.2f}; {self.groups} groups for {self.needs} needs; "
                f"largest group {self.largest_group} (largest need {self.largest_need}); five largest groups "
                f"{'= five different needs' if self.top5_distinct else 'repeat a need: ' + ', '.join(self.top5_needs)}")

    def meets_targets(self) -> bool:
        return (self.precision >= 0.90 and self.recall >= 0.85 and self.cross_language_recall >= 0.85
                and self.largest_group <= self.largest_need and self.top5_distinct)

    def confusions(self, limit: int = 8) -> list[str]:
        out = [f"merged: {a} + {b} ({n} pairs)" for a, b, n in self.merged[:limit]]
        out += [f"scattered: {need} over {k} groups ({size} questions)" for need, k, size in self.scattered[:limit]]
        return out


def score(needs: Sequence[str], groups: Sequence[int], languages: Sequence[str]) -> Scores:
    """Scores of a grouping (``groups[i]`` the group of question i) against the labels."""
    n = len(needs)
    cells = Counter(zip(needs, groups))
    by_need = Counter(needs)
    by_group = Counter(groups)
    same_both = sum(_pairs(c) for c in cells.values())
    same_need = sum(_pairs(c) for c in by_need.values())
    same_group = sum(_pairs(c) for c in by_group.values())
    precision = same_both / same_group if same_group else 1.0
    recall = same_both / same_need if same_need else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    expected = same_need * same_group / _pairs(n) if n > 1 else 0.0
    top = (same_need + same_group) / 2
    ari = (same_both - expected) / (top - expected) if top != expected else 1.0
    # cross-language: pairs of one need in two languages
    cl_cells = Counter(zip(needs, groups, languages))
    cl_need = Counter(zip(needs, languages))
    cross_total = sum(_pairs(c) for c in by_need.values()) - sum(_pairs(c) for c in cl_need.values())
    cross_same = same_both - sum(_pairs(c) for c in cl_cells.values())
    cross = cross_same / cross_total if cross_total else 1.0
    largest = by_group.most_common()
    top5 = []
    for gid, _size in largest[:5]:
        members = Counter(nd for nd, g in zip(needs, groups) if g == gid)
        top5.append(members.most_common(1)[0][0])
    merged: Counter = Counter()
    group_needs: dict[int, Counter] = {}
    for (nd, g), c in cells.items():
        group_needs.setdefault(g, Counter())[nd] = c
    for counts in group_needs.values():
        names = sorted(counts)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                merged[(a, b)] += counts[a] * counts[b]
    scattered = []
    for nd, size in by_need.items():
        k = len({g for (m, g) in cells if m == nd})
        if k > 1:
            scattered.append((nd, k, size))
    scattered.sort(key=lambda x: (-x[1], -x[2], x[0]))
    return Scores(
        questions=n, needs=len(by_need), groups=len(by_group), precision=precision, recall=recall, f1=f1, ari=ari,
        cross_language_recall=cross, largest_group=largest[0][1] if largest else 0,
        largest_need=by_need.most_common(1)[0][1] if by_need else 0, top5_needs=top5,
        merged=[(a, b, c) for (a, b), c in merged.most_common()], scattered=scattered,
    )


# --------------------------------------------------------------------------- one log, grouped as it arrives
def groups_of(store, ids: Sequence[int]) -> list[int]:
    from sqlalchemy import select

    from bot.storage.schema import questions

    with store.engine.connect() as conn:
        got = dict(conn.execute(select(questions.c.id, questions.c.group_id)).all())
    return [got[i] for i in ids]


def measure(new_store: Callable[[], object], group: Callable[[object], object], items: Sequence[LabelledQuestion],
            answers: Sequence, batches: int = 10) -> tuple[Scores, Scores]:
    """Scores of the product's grouping of a labelled log: logged and grouped at once, then
    logged in ``batches`` parts as they arrive, grouped after each (two fresh stores)."""
    needs = [it.need for it in items]
    langs = [it.language for it in items]
    store = new_store()
    try:
        ids = log_answers(store, answers)
        group(store)
        one = score(needs, groups_of(store, ids), langs)
    finally:
        store.close()
    store = new_store()
    try:
        ids, size = [], -(-len(answers) // batches)
        for b in range(0, len(answers), size):
            ids += log_answers(store, answers[b:b + size], offset=b, total=len(answers))
            group(store)
        inc = score(needs, groups_of(store, ids), langs)
    finally:
        store.close()
    return one, inc
