"""What the secretariat reads from the question log: groups, gaps, overview, exports.

Everything here is computed from the *live* rows of ``questions`` at the time
of the call (SQLAlchemy Core, SQLite or PostgreSQL), so questions deleted by
retention or /forget disappear from every figure, group and export at once.
Nothing here returns or shows ``user_key``: the secretariat never sees who asked.

Periods are in UTC: ``since`` and ``until`` are dates, both included.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable, Sequence

from sqlalchemy import and_, case, func, or_, select

from bot.storage.schema import group_examples, group_names, question_groups, questions

LANGS = ("ar", "en", "fr")
#: an answer below this confidence counts as a gap (with refusals and 👎)
LOW_CONFIDENCE = 0.5
#: representative questions kept per language
REPRESENTATIVES = 3


# --------------------------------------------------------------------------- periods
@dataclass(frozen=True)
class Period:
    since: date | None = None
    until: date | None = None

    @classmethod
    def parse(cls, since: str | None = None, until: str | None = None, days: int | None = None,
              today: date | None = None) -> "Period":
        """From ``--since``/``--until`` (YYYY-MM-DD) or ``--days N`` (the last N days, today included)."""
        def as_date(value: str | None, name: str) -> date | None:
            if not value:
                return None
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"--{name} {value!r}: use a date like 2024-07-03") from None

        start, end = as_date(since, "since"), as_date(until, "until")
        if days is not None:
            if days < 1:
                raise ValueError("--days must be 1 or more")
            today = today or datetime.now(timezone.utc).date()
            start = today - timedelta(days=days - 1)
        if start and end and start > end:
            raise ValueError(f"--since {start} is after --until {end}")
        return cls(start, end)

    def conditions(self) -> list:
        cond = []
        if self.since:
            cond.append(questions.c.asked_at >= datetime.combine(self.since, time(0), tzinfo=timezone.utc))
        if self.until:
            cond.append(questions.c.asked_at < datetime.combine(self.until + timedelta(days=1), time(0), tzinfo=timezone.utc))
        return cond

    def describe(self) -> str:
        if not self.since and not self.until:
            return "all time"
        return f"{self.since or 'the start'} to {self.until or 'today'}"


def _filters(period: Period, lang: str | None) -> list:
    cond = period.conditions()
    if lang:
        cond.append(questions.c.language == lang)
    return cond


def _aware(value):
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


#: a connected language model's text the grounding guard rejected (bot/answering/guard.py)
MODEL_REJECTED = questions.c.generation["rejected"].as_string().is_not(None)

#: a question the help desk did not serve well: refused, low confidence, 👎, or the
#: language model's text rejected (a message too long or empty is not a gap in the documents)
GAP = and_(
    questions.c.kind.not_in(("too_long", "empty")),
    or_(questions.c.answered.is_(False), questions.c.kind == "refusal",
        questions.c.confidence < LOW_CONFIDENCE, questions.c.feedback < 0, MODEL_REJECTED),
)


# --------------------------------------------------------------------------- groups
@dataclass
class AnswerKind:
    kind: str
    count: int
    mean_confidence: float


@dataclass
class Representative:
    language: str
    question: str
    count: int


@dataclass
class GroupSummary:
    id: int
    size: int = 0
    by_language: dict = field(default_factory=lambda: {lang: 0 for lang in LANGS})
    answered: int = 0
    refused: int = 0
    low_confidence: int = 0
    feedback_up: int = 0
    feedback_down: int = 0
    gaps: int = 0
    first_asked: datetime | None = None
    last_asked: datetime | None = None
    mean_confidence: float = 0.0
    answers: list[AnswerKind] = field(default_factory=list)
    representatives: list[Representative] = field(default_factory=list)
    card_id: str | None = None          # the card written for the group
    answering_cards: list[str] = field(default_factory=list)   # cards that answered its questions
    typical: str = ""                   # its most typical question (English when it has English)
    name: str = ""                      # the label the secretariat gave it, if any
    examples: dict = field(default_factory=dict)   # language -> its most typical question in that language

    @property
    def covered(self) -> bool:
        return bool(self.card_id or self.answering_cards)

    @property
    def label(self) -> str:
        """What the group is called: the secretariat's name, else its most typical question."""
        if self.name or self.typical:
            return self.name or self.typical
        return self.representatives[0].question if self.representatives else f"group {self.id}"

    @property
    def label_language(self) -> str:
        """The language of the label ("en" for a name the secretariat gave)."""
        if self.name:
            return "en"
        for lang, text in self.examples.items():
            if text == self.typical:
                return lang
        return self.representatives[0].language if self.representatives else "en"

    def representatives_in(self, lang: str) -> list[Representative]:
        return [r for r in self.representatives if r.language == lang]

    def to_json(self) -> dict:
        data = asdict(self)
        data["label"] = self.label
        data["covered"] = self.covered
        data["first_asked"] = self.first_asked.isoformat() if self.first_asked else None
        data["last_asked"] = self.last_asked.isoformat() if self.last_asked else None
        data["mean_confidence"] = round(self.mean_confidence, 3)
        for a in data["answers"]:
            a["mean_confidence"] = round(a["mean_confidence"], 3)
        return data


def group_summaries(
    conn,
    period: Period = Period(),
    lang: str | None = None,
    *,
    gaps_only: bool = False,
    limit: int | None = None,
    offset: int = 0,
    group_ids: Sequence[int] | None = None,
) -> tuple[list[GroupSummary], int]:
    """(the groups, largest first, and how many groups there are in all) for the period.

    ``gaps_only``: only refused, low-confidence and 👎 questions count, groups
    sorted by those. Sizes are counts of the live questions that match.
    """
    cond = [questions.c.group_id.is_not(None), *_filters(period, lang)]
    if gaps_only:
        cond.append(GAP)
    if group_ids is not None:
        cond.append(questions.c.group_id.in_(list(group_ids)))
    is_gap = case((GAP, 1), else_=0)
    stmt = (
        select(
            questions.c.group_id, questions.c.language, func.count(),
            func.sum(case((questions.c.answered.is_(True), 1), else_=0)),
            func.sum(case((or_(questions.c.answered.is_(False), questions.c.kind == "refusal"), 1), else_=0)),
            func.sum(case((and_(questions.c.answered.is_(True), questions.c.confidence < LOW_CONFIDENCE), 1), else_=0)),
            func.sum(case((questions.c.feedback > 0, 1), else_=0)),
            func.sum(case((questions.c.feedback < 0, 1), else_=0)),
            func.sum(is_gap),
            func.min(questions.c.asked_at), func.max(questions.c.asked_at),
            func.sum(questions.c.confidence),
        )
        .where(*cond)
        .group_by(questions.c.group_id, questions.c.language)
    )
    groups: dict[int, GroupSummary] = {}
    conf_sum: dict[int, float] = {}
    for gid, lang_, n, answered, refused, low, up, down, gaps, first, last, csum in conn.execute(stmt):
        g = groups.setdefault(gid, GroupSummary(id=gid))
        g.size += n
        g.by_language[lang_] = g.by_language.get(lang_, 0) + n
        g.answered += int(answered or 0)
        g.refused += int(refused or 0)
        g.low_confidence += int(low or 0)
        g.feedback_up += int(up or 0)
        g.feedback_down += int(down or 0)
        g.gaps += int(gaps or 0)
        first, last = _aware(first), _aware(last)
        g.first_asked = min(filter(None, (g.first_asked, first)), default=None)
        g.last_asked = max(filter(None, (g.last_asked, last)), default=None)
        conf_sum[gid] = conf_sum.get(gid, 0.0) + float(csum or 0.0)
    total = len(groups)
    key = (lambda g: (-g.gaps, -g.size, -(g.last_asked or datetime.min.replace(tzinfo=timezone.utc)).timestamp(), g.id)) if gaps_only \
        else (lambda g: (-g.size, -(g.last_asked or datetime.min.replace(tzinfo=timezone.utc)).timestamp(), g.id))
    ordered = sorted(groups.values(), key=key)
    chosen = ordered[offset:offset + limit] if limit is not None else ordered[offset:]
    for g in chosen:
        g.mean_confidence = conf_sum[g.id] / g.size if g.size else 0.0
    _details(conn, chosen, cond)
    return chosen, total


def _details(conn, chosen: list[GroupSummary], cond: list) -> None:
    if not chosen:
        return
    by_id = {g.id: g for g in chosen}
    ids = list(by_id)
    cond = [c for c in cond] + [questions.c.group_id.in_(ids)]
    # one pass over the groups' questions (each query of the chosen groups' rows costs ~30 ms at
    # 10,000 questions): the answers by kind, the cards that answered, the most asked phrasings
    kinds: dict[tuple[int, str], list] = {}
    cards: dict[int, set[str]] = {}
    reps: dict[tuple[int, str], dict[str, list]] = {}
    for gid, lang_, text, kind, topic, n, conf, last in conn.execute(
        select(questions.c.group_id, questions.c.language, questions.c.question, questions.c.kind, questions.c.topic,
               func.count(), func.sum(questions.c.confidence), func.max(questions.c.asked_at))
        .where(*cond).group_by(questions.c.group_id, questions.c.language, questions.c.question, questions.c.kind,
                               questions.c.topic)
    ):
        n = int(n)
        held = kinds.setdefault((gid, kind), [0, 0.0])
        held[0] += n
        held[1] += float(conf or 0.0)
        if kind == "card" and topic:
            cards.setdefault(gid, set()).add(topic)
        phrasing = reps.setdefault((gid, lang_), {}).setdefault(text, [0, None])
        phrasing[0] += n
        last = _aware(last)
        if last is not None and (phrasing[1] is None or last > phrasing[1]):
            phrasing[1] = last
    for (gid, kind), (n, conf) in sorted(kinds.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        by_id[gid].answers.append(AnswerKind(kind, n, conf / n if n else 0.0))
    for g in chosen:
        g.answers.sort(key=lambda a: (-a.count, a.kind))
    for gid, topics in sorted(cards.items()):
        by_id[gid].answering_cards += [topic.removeprefix("card:") for topic in sorted(topics)]
    for gid, card, typical in conn.execute(select(question_groups.c.id, question_groups.c.card_id, question_groups.c.label)
                                           .where(question_groups.c.id.in_(ids))):
        by_id[gid].card_id = card
        by_id[gid].typical = typical or ""
    for gid, name in conn.execute(select(group_names.c.group_id, group_names.c.label).where(group_names.c.group_id.in_(ids))):
        by_id[gid].name = name
    order_ = {lang: i for i, lang in enumerate(LANGS)}
    for gid, lang_, text in sorted(conn.execute(
        select(group_examples.c.group_id, group_examples.c.language, questions.c.question)
        .select_from(group_examples.join(questions, questions.c.id == group_examples.c.question_id))
        .where(group_examples.c.group_id.in_(ids))
    ), key=lambda r: (r[0], order_.get(r[1], 9))):
        by_id[gid].examples[lang_] = text
    reps = {key: [(n, str(last), text) for text, (n, last) in phrasings.items()] for key, phrasings in reps.items()}
    for (gid, lang_), items in reps.items():
        items.sort(key=lambda x: (-x[0], x[1]), reverse=False)
        items.sort(key=lambda x: -x[0])
        by_id[gid].representatives += [Representative(lang_, text, n) for n, _last, text in items[:REPRESENTATIVES]]
    order = {lang: i for i, lang in enumerate(LANGS)}
    for g in chosen:
        # the most asked phrasing first, then by language
        top = max(g.representatives, key=lambda r: r.count, default=None)
        g.representatives.sort(key=lambda r: (r is not top, order.get(r.language, 9), -r.count))


def group_summary(conn, group_id: int, period: Period = Period(), lang: str | None = None) -> GroupSummary | None:
    found, _ = group_summaries(conn, period, lang, group_ids=[group_id])
    return found[0] if found else None


def group_members(conn, group_id: int, limit: int = 200, gaps_only: bool = False) -> list[dict]:
    """The group's questions, newest first (no user ids); ``pinned``: placed by the secretariat."""
    from bot.storage.schema import group_pins

    cond = [questions.c.group_id == group_id]
    if gaps_only:
        cond.append(GAP)
    rows = conn.execute(
        select(questions.c.id, questions.c.asked_at, questions.c.language, questions.c.question, questions.c.kind,
               questions.c.answered, questions.c.confidence, questions.c.feedback, questions.c.topic,
               group_pins.c.group_id.is_not(None).label("pinned"))
        .select_from(questions.outerjoin(group_pins, group_pins.c.question_id == questions.c.id))
        .where(*cond).order_by(questions.c.asked_at.desc(), questions.c.id.desc()).limit(limit)
    ).mappings().all()
    return [dict(r, asked_at=_aware(r["asked_at"]), pinned=bool(r["pinned"])) for r in rows]


def group_choices(conn, limit: int = 100) -> list[GroupSummary]:
    """The largest groups with their labels only (to pick a target group from)."""
    rows = conn.execute(select(question_groups.c.id, question_groups.c.size)
                        .order_by(question_groups.c.size.desc(), question_groups.c.id).limit(limit)).all()
    chosen = [GroupSummary(id=gid, size=max(int(size), 0)) for gid, size in rows]
    _labels(conn, chosen)
    return chosen


def ungrouped_count(conn, period: Period = Period(), lang: str | None = None) -> int:
    return conn.execute(select(func.count()).select_from(questions).where(questions.c.group_id.is_(None), *_filters(period, lang))).scalar_one()


def set_group_card(conn, group_id: int, card_id: str | None) -> bool:
    from sqlalchemy import update

    return bool(conn.execute(update(question_groups).where(question_groups.c.id == group_id).values(card_id=card_id)).rowcount)


# --------------------------------------------------------------------------- one question
def question_detail(conn, question_id: int) -> dict | None:
    """A logged question with the answer it got and its sources (never who asked)."""
    row = conn.execute(
        select(questions.c.id, questions.c.asked_at, questions.c.channel, questions.c.chat_type, questions.c.language,
               questions.c.question, questions.c.answer, questions.c.kind, questions.c.answered,
               questions.c.confidence, questions.c.topic, questions.c.sources, questions.c.latency_ms,
               questions.c.feedback, questions.c.group_id, questions.c.generation)
        .where(questions.c.id == question_id)
    ).mappings().first()
    if row is None:
        return None
    data = dict(row)
    data["asked_at"] = _aware(data["asked_at"])
    sources = data.get("sources") or []
    if isinstance(sources, str):
        sources = json.loads(sources)
    data["sources"] = sources
    if isinstance(data.get("generation"), str):
        data["generation"] = json.loads(data["generation"])
    return data


def _labels(conn, chosen: list[GroupSummary]) -> None:
    """Label, name and examples of the groups (without their other figures)."""
    ids = [g.id for g in chosen]
    if not ids:
        return
    by_id = {g.id: g for g in chosen}
    for gid, typical in conn.execute(select(question_groups.c.id, question_groups.c.label).where(question_groups.c.id.in_(ids))):
        by_id[gid].typical = typical or ""
    for gid, name in conn.execute(select(group_names.c.group_id, group_names.c.label).where(group_names.c.group_id.in_(ids))):
        by_id[gid].name = name
    for gid, lang_, text in conn.execute(
        select(group_examples.c.group_id, group_examples.c.language, questions.c.question)
        .select_from(group_examples.join(questions, questions.c.id == group_examples.c.question_id))
        .where(group_examples.c.group_id.in_(ids))
    ):
        by_id[gid].examples[lang_] = text


# --------------------------------------------------------------------------- topic titles
class TopicTitles:
    """What an answer's topic is called, for people: a card's topic, an event's name, a document's
    title and section (in English; the id when the knowledge does not know it)."""

    def __init__(self, knowledge_dir):
        from pathlib import Path

        self.knowledge_dir = Path(knowledge_dir)
        self._stamp = None
        self._names: dict[str, str] = {}

    def _load(self) -> None:
        files = [self.knowledge_dir / "manifest.yaml", self.knowledge_dir / "timeline.yaml", self.knowledge_dir / "cards"]
        stamp = tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in files)
        if stamp == self._stamp:
            return
        names: dict[str, str] = {}
        try:
            from bot.knowledge.cards import load_cards

            for card in load_cards(self.knowledge_dir, validate=False)[0]:
                names[f"card:{card.id}"] = (card.topic or {}).get("en") or card.id
        except Exception:  # a broken card file: ids are shown
            pass
        try:
            from bot.knowledge.timeline import load_timeline

            for ev in load_timeline(self.knowledge_dir):
                names[f"event:{ev.id}"] = ev.name.get("en") or ev.id
        except Exception:
            pass
        try:
            from ingest.manifest import load_manifest

            for info in load_manifest(self.knowledge_dir).values():
                names[f"doc:{info.id}"] = info.title
        except Exception:
            pass
        self._names, self._stamp = names, stamp

    def __call__(self, topic: str) -> str:
        self._load()
        if topic in self._names:
            return self._names[topic]
        if topic.startswith("event:") and topic.count(":") == 2:      # "event:<id>:deadline_unknown"
            event, _, facet = topic.rpartition(":")
            return f"{self._names.get(event, event[len('event:'):])} — {facet.replace('_', ' ')}"
        if topic.startswith("section:"):
            doc, _, section = topic[len("section:"):].partition(":")
            title = self._names.get(f"doc:{doc}", doc)
            last = section.split(" > ")[-1].strip() if section else ""
            return f"{title} — {last}" if last else title
        return topic


# --------------------------------------------------------------------------- overview
def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def overview(conn, period: Period = Period(), weeks: int = 12, today: date | None = None,
             titles: "TopicTitles | None" = None) -> dict:
    """Questions per week by language, answered/refused shares, feedback, busiest topics and groups.

    ``titles`` names each topic (card topic, event name, document title and section);
    without it topics are shown as their ids."""
    cond = period.conditions()
    today = today or datetime.now(timezone.utc).date()
    end = min(period.until or today, today) if period.until else today
    first_week = _week_start(end) - timedelta(weeks=weeks - 1)
    if period.since and _week_start(period.since) > first_week:
        first_week = _week_start(period.since)
    day = func.date(questions.c.asked_at)
    week_keys = []
    w = first_week
    while w <= _week_start(end):
        week_keys.append(w)
        w += timedelta(weeks=1)
    per_week = {w: {"ar": 0, "en": 0, "fr": 0, "answered": 0, "refused": 0, "total": 0} for w in week_keys}
    totals = {"questions": 0, "answered": 0, "refused": 0, "up": 0, "down": 0, "by_language": {l: 0 for l in LANGS}}
    kinds: dict[str, int] = {}
    # one pass over the period: by day, language, answered, feedback and kind
    fb_sign = case((questions.c.feedback > 0, 1), (questions.c.feedback < 0, -1), else_=0)
    for d, lang_, answered, fb, kind, n in conn.execute(
        select(day, questions.c.language, questions.c.answered, fb_sign, questions.c.kind, func.count())
        .where(*cond).group_by(day, questions.c.language, questions.c.answered, fb_sign, questions.c.kind)
    ):
        totals["questions"] += n
        totals["by_language"][lang_] = totals["by_language"].get(lang_, 0) + n
        totals["answered" if answered else "refused"] += n
        if fb and fb > 0:
            totals["up"] += n
        elif fb and fb < 0:
            totals["down"] += n
        kinds[kind] = kinds.get(kind, 0) + n
        d = d if isinstance(d, date) else date.fromisoformat(str(d)[:10])
        bucket = per_week.get(_week_start(d))
        if bucket is None:
            continue
        bucket[lang_] = bucket.get(lang_, 0) + n
        bucket["answered" if answered else "refused"] += n
        bucket["total"] += n
    topics = conn.execute(
        select(questions.c.topic, func.count().label("n")).where(*cond, questions.c.topic != "")
        .group_by(questions.c.topic).order_by(func.count().desc(), questions.c.topic).limit(10)
    ).all()
    # the largest groups: sizes and labels (the full summaries are on /groups)
    sized = conn.execute(
        select(questions.c.group_id, func.count()).where(*cond, questions.c.group_id.is_not(None))
        .group_by(questions.c.group_id).order_by(func.count().desc(), questions.c.group_id)
    ).all()
    top_groups = [GroupSummary(id=gid, size=int(n)) for gid, n in sized[:5]]
    _labels(conn, top_groups)
    n_groups = len(sized)
    name = titles or (lambda topic: topic)
    return {
        "period": period,
        "weeks": [{"week": w, **per_week[w]} for w in week_keys],
        "totals": totals,
        "kinds": kinds,
        "topics": [(name(t), int(n), t) for t, n in topics],
        "top_groups": top_groups,
        "groups": n_groups,
        "ungrouped": ungrouped_count(conn, period),
    }


# --------------------------------------------------------------------------- exports
CSV_COLUMNS = [
    "group_id", "label", "size", "ar", "en", "fr", "answered", "refused", "low_confidence", "thumbs_up", "thumbs_down",
    "first_asked", "last_asked", "mean_confidence", "answers", "covered_by_card",
    "representative_ar", "representative_en", "representative_fr",
]


def _cell(value) -> str:
    """A CSV cell that a spreadsheet shows as text (no formula injection)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def _csv(header: list[str], rows: Iterable[list]) -> bytes:
    """A CSV file of text cells, UTF-8 with a byte-order mark, so spreadsheets read the Arabic correctly."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def export_csv(groups: Iterable[GroupSummary]) -> bytes:
    """One row per group."""
    return _csv(CSV_COLUMNS, (_group_row(g) for g in groups))


def _group_row(g: GroupSummary) -> list:
    cards = ", ".join(sorted({c for c in [g.card_id, *g.answering_cards] if c}))
    return [
        g.id, g.label, g.size, g.by_language.get("ar", 0), g.by_language.get("en", 0), g.by_language.get("fr", 0),
        g.answered, g.refused, g.low_confidence, g.feedback_up, g.feedback_down,
        g.first_asked.isoformat(timespec="seconds") if g.first_asked else "",
        g.last_asked.isoformat(timespec="seconds") if g.last_asked else "",
        f"{g.mean_confidence:.2f}",
        "; ".join(f"{a.kind}: {a.count} (confidence {a.mean_confidence:.2f})" for a in g.answers),
        cards,
        " | ".join(r.question for r in g.representatives_in("ar")),
        " | ".join(r.question for r in g.representatives_in("en")),
        " | ".join(r.question for r in g.representatives_in("fr")),
    ]


QUESTION_COLUMNS = ["question_id", "asked_at", "language", "question", "group_id", "kind", "answered", "confidence",
                    "topic", "feedback"]


def logged_questions(conn, period: Period = Period(), lang: str | None = None) -> list[dict]:
    """Every logged question of the period with its group id (None: not grouped yet); never who asked."""
    rows = conn.execute(
        select(questions.c.id, questions.c.asked_at, questions.c.language, questions.c.question, questions.c.group_id,
               questions.c.kind, questions.c.answered, questions.c.confidence, questions.c.topic, questions.c.feedback)
        .where(*_filters(period, lang)).order_by(questions.c.asked_at, questions.c.id)
    ).all()
    out = []
    for r in rows:
        row = dict(zip(QUESTION_COLUMNS, r))
        row["asked_at"] = _aware(r[1]).isoformat(timespec="seconds")
        row["answered"], row["confidence"] = bool(r[6]), round(float(r[7] or 0.0), 3)
        out.append(row)
    return out


def export_questions_csv(rows: Iterable[dict]) -> bytes:
    """One row per logged question, with its group id."""
    return _csv(QUESTION_COLUMNS, ([r[c] for c in QUESTION_COLUMNS] for r in rows))


def export_json(groups: Iterable[GroupSummary], period: Period, lang: str | None,
                logged: list[dict] | None = None) -> bytes:
    data = {
        "period": {"since": period.since.isoformat() if period.since else None,
                   "until": period.until.isoformat() if period.until else None},
        "language": lang,
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "groups": [g.to_json() for g in groups],
        "questions": [],
    }
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if logged:       # one question a line (an indented list of 10,000 questions takes a second to write)
        rows = ",\n    ".join(json.dumps(q, ensure_ascii=False) for q in logged)
        text = text[:text.rindex('"questions": []')] + '"questions": [\n    ' + rows + "\n  ]\n}"
    return text.encode("utf-8")


def export(conn, fmt: str, period: Period = Period(), lang: str | None = None, *, per_question: bool = False) -> bytes:
    """The groups of the period as CSV (one row per group; ``per_question``: one row per logged
    question with its group id) or JSON (the groups, and every question with its group id)."""
    if fmt == "csv" and per_question:
        return export_questions_csv(logged_questions(conn, period, lang))
    groups, _ = group_summaries(conn, period, lang)
    if fmt == "csv":
        return export_csv(groups)
    if fmt == "json":
        return export_json(groups, period, lang, logged_questions(conn, period, lang))
    raise ValueError(f"unknown export format {fmt!r}: use csv or json")


__all__ = [
    "Period", "GroupSummary", "group_summaries", "group_summary", "group_members", "question_detail",
    "overview", "export", "export_csv", "export_json", "export_questions_csv", "logged_questions", "ungrouped_count",
    "set_group_card", "TopicTitles", "LOW_CONFIDENCE",
]
