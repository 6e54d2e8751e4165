"""Question groups as the store keeps them: a group recomputed from the members it has now,
and the secretariat's corrections (split, move, merge, rename).

Everything a group shows is derived from its live members: its centroid (the mean of
their points, ``bot/storage/points.py``), its size, its label (the most typical member,
in English when it has English) and one example per language. :func:`recompute` is run
whenever members leave or arrive outside a grouping run — deletion by ``/forget`` or
retention, a correction — so nothing derived from a deleted question remains.

Corrections are stored (``group_pins``, ``group_names``, ``group_aliases``,
``group_corrections``) and respected by every later grouping run
(``bot/review/grouping.py``): pinned questions stay where the secretariat put them when
everything is grouped again, a new question whose text is a pinned question's joins its
group, and a name given to a group replaces its automatic label.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update

from bot.storage import points as P
from bot.storage.labels import label_of
from bot.storage.schema import (group_aliases, group_corrections, group_examples, group_names, group_pins,
                                question_groups, question_points, questions)

LABEL_CHARS = 300


class CorrectionError(ValueError):
    """A correction that cannot be made (unknown group or question ...): the message says why."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _chunks(seq: list, size: int = 500):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


# --------------------------------------------------------------------------- derived state
def recompute(conn, group_ids: Iterable[int]) -> tuple[int, int]:
    """Centroid, size, label and examples of each group from its live members; groups with no
    member left are deleted. Returns (recomputed, deleted).

    A member without a point (grouped before points existed) leaves the group marked for the
    next grouping run (size -1), which computes the points and recomputes it.
    """
    ids = sorted(set(int(g) for g in group_ids))
    done = gone = 0
    for part in _chunks(ids, 200):
        rows = conn.execute(
            select(questions.c.group_id, questions.c.id, questions.c.language, questions.c.question, question_points.c.point)
            .select_from(questions.outerjoin(question_points, question_points.c.question_id == questions.c.id))
            .where(questions.c.group_id.in_(part))
        ).all()
        members: dict[int, list] = {}
        for gid, qid, lang, text, blob in rows:
            members.setdefault(gid, []).append((qid, lang, text, P.from_bytes(blob) if blob else None))
        empty = [gid for gid in part if gid not in members]
        if empty:
            conn.execute(delete(group_examples).where(group_examples.c.group_id.in_(empty)))
            conn.execute(delete(group_names).where(group_names.c.group_id.in_(empty)))
            conn.execute(delete(question_groups).where(question_groups.c.id.in_(empty)))
            gone += len(empty)
        for gid, mem in members.items():
            write_group(conn, gid, mem)
            done += 1
    return done, gone


def write_group(conn, gid: int, members: Sequence[tuple]) -> None:
    """Store a group's derived state from its members [(question id, language, text, point or None)]."""
    with_points = [m for m in members if m[3] is not None]
    if not with_points:
        write_derived(conn, gid, None, -1, label_of([m[2] for m in members]), {})
        return
    centre = P.mean([m[3] for m in with_points])
    label_i, best = P.typical([m[3] for m in with_points], [m[1] for m in with_points], centre)
    # a member without a point: the next grouping run computes it (size -1 marks the group)
    size = len(members) if len(with_points) == len(members) else -1
    write_derived(conn, gid, centre, size, with_points[label_i][2], {lang: with_points[i][0] for lang, i in best.items()})


def write_derived(conn, gid: int, centre: P.Point | None, size: int, label: str, examples: dict[str, int]) -> None:
    """Store what a group shows: centroid (None: unchanged), size, label, an example question per language."""
    values = {"size": size, "label": label[:LABEL_CHARS], "updated_at": _now()}
    if centre is not None:
        values["centroid"] = P.to_bytes(centre)
    conn.execute(update(question_groups).where(question_groups.c.id == gid).values(**values))
    conn.execute(delete(group_examples).where(group_examples.c.group_id == gid))
    if examples:
        conn.execute(insert(group_examples), [{"group_id": gid, "language": lang, "question_id": qid}
                                              for lang, qid in sorted(examples.items())])


def delete_orphan_points(conn) -> None:
    """Points of questions that no longer exist (where the database does not cascade)."""
    conn.execute(delete(question_points).where(question_points.c.question_id.not_in(select(questions.c.id))))


# --------------------------------------------------------------------------- corrections
def resolve(conn, group_id: int) -> int | None:
    """The group's id now (following merges), or None when there is no such group."""
    seen = set()
    gid = int(group_id)
    while gid not in seen:
        seen.add(gid)
        if conn.execute(select(question_groups.c.id).where(question_groups.c.id == gid)).first():
            return gid
        row = conn.execute(select(group_aliases.c.new_id).where(group_aliases.c.old_id == gid)).first()
        if row is None:
            return None
        gid = int(row[0])
    return None


def _group(conn, group_id: int) -> int:
    gid = resolve(conn, group_id)
    if gid is None:
        raise CorrectionError(f"there is no group {group_id} (see `gcmbot faq top` or the dashboard's groups)")
    return gid


def _questions_of(conn, ids: Sequence[int]) -> dict[int, int | None]:
    ids = sorted(set(int(i) for i in ids))
    if not ids:
        raise CorrectionError("no question given")
    found = dict(conn.execute(select(questions.c.id, questions.c.group_id).where(questions.c.id.in_(ids))).all())
    missing = [i for i in ids if i not in found]
    if missing:
        raise CorrectionError(f"no logged question {', '.join(map(str, missing[:10]))} (deleted, or a wrong number)")
    return found


def _pin(conn, qids: Iterable[int], gid: int) -> None:
    qids = sorted(set(qids))
    now = _now()
    for part in _chunks(qids):
        conn.execute(delete(group_pins).where(group_pins.c.question_id.in_(part)))
        conn.execute(insert(group_pins), [{"question_id": q, "group_id": gid, "pinned_at": now} for q in part])


def _members(conn, gid: int) -> list[int]:
    return [r[0] for r in conn.execute(select(questions.c.id).where(questions.c.group_id == gid))]


def _log(conn, action: str, gid: int, other: int | None, n: int, label: str | None = None) -> None:
    conn.execute(insert(group_corrections).values(at=_now(), action=action, group_id=gid, other_group_id=other,
                                                  questions=n, label=label))


def move(conn, question_ids: Sequence[int], to_group: int) -> int:
    """Move questions into a group (they stay there); returns the group's id."""
    target = _group(conn, to_group)
    found = _questions_of(conn, question_ids)
    sources = {g for g in found.values() if g is not None and g != target}
    conn.execute(update(questions).where(questions.c.id.in_(list(found))).values(group_id=target))
    _pin(conn, found, target)
    for src in sorted(sources):
        _log(conn, "move", src, target, sum(1 for g in found.values() if g == src))
    if not sources:
        _log(conn, "move", target, target, len(found))
    recompute(conn, [target, *sources])
    return target


def split(conn, group_id: int, question_ids: Sequence[int], label: str | None = None) -> int:
    """Split questions of a group off into a new group; both sides stay as decided. The new id."""
    gid = _group(conn, group_id)
    found = _questions_of(conn, question_ids)
    strangers = [q for q, g in found.items() if g != gid]
    if strangers:
        raise CorrectionError(f"question {strangers[0]} is not in group {gid}: move it instead")
    rest = [q for q in _members(conn, gid) if q not in found]
    if not rest:
        raise CorrectionError(f"these are all the questions of group {gid}: leave at least one (or rename the group)")
    now = _now()
    new_id = conn.execute(insert(question_groups).values(centroid=b"", size=0, label="", created_at=now, updated_at=now)
                          .returning(question_groups.c.id)).scalar_one()
    conn.execute(update(questions).where(questions.c.id.in_(list(found))).values(group_id=new_id))
    _pin(conn, found, new_id)
    _pin(conn, rest, gid)
    if label and label.strip():
        _name(conn, new_id, label)
    _log(conn, "split", gid, new_id, len(found), label.strip() if label and label.strip() else None)
    recompute(conn, [gid, new_id])
    return new_id


def merge(conn, group_id: int, into_group: int) -> int:
    """Merge a group into another (its questions stay together); the remaining group's id."""
    src, dst = _group(conn, group_id), _group(conn, into_group)
    if src == dst:
        raise CorrectionError(f"group {group_id} is group {into_group}: nothing to merge")
    moved = _members(conn, src)
    conn.execute(update(questions).where(questions.c.group_id == src).values(group_id=dst))
    _pin(conn, moved + _members(conn, dst), dst)
    card = conn.execute(select(question_groups.c.card_id).where(question_groups.c.id == src)).scalar()
    if card and not conn.execute(select(question_groups.c.card_id).where(question_groups.c.id == dst)).scalar():
        conn.execute(update(question_groups).where(question_groups.c.id == dst).values(card_id=card))
    conn.execute(update(group_aliases).where(group_aliases.c.new_id == src).values(new_id=dst))
    conn.execute(insert(group_aliases).values(old_id=src, new_id=dst))
    _log(conn, "merge", src, dst, len(moved))
    recompute(conn, [src, dst])
    return dst


def _name(conn, gid: int, label: str) -> None:
    conn.execute(delete(group_names).where(group_names.c.group_id == gid))
    conn.execute(insert(group_names).values(group_id=gid, label=label.strip()[:LABEL_CHARS], named_at=_now()))


def rename(conn, group_id: int, label: str | None) -> int:
    """Give a group a label (empty: back to its most typical question); the group's id."""
    gid = _group(conn, group_id)
    text = (label or "").strip()
    if text:
        _name(conn, gid, text)
    else:
        conn.execute(delete(group_names).where(group_names.c.group_id == gid))
    _log(conn, "rename", gid, None, 0, text or None)
    return gid


def corrections(conn, limit: int = 200) -> list[dict]:
    """The secretariat's corrections, newest first."""
    rows = conn.execute(select(group_corrections).order_by(group_corrections.c.id.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]


def pinned_count(conn) -> int:
    return conn.execute(select(func.count()).select_from(group_pins)).scalar_one()


__all__ = ["CorrectionError", "recompute", "write_group", "write_derived", "resolve", "move", "split", "merge", "rename",
           "corrections", "delete_orphan_points", "pinned_count"]
