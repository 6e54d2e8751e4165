"""A logged question's point in the grouping space, as the store keeps it; group means and
the most typical member of a group.

The grouping (``bot/review/grouping.py``) turns each question into a point: a dense part
(its vector, language-normalised) and a sparse part (what it was answered with, its
glossary terms, the kind of fact it asks ...), each feature under a 31-bit key. Two
points' similarity is their dot product, except for *penalty* features (key with the
top bit set), which count negatively: two questions answered by two different cards
each carry the "answered by a card" penalty, and the product of the two is subtracted.
Because the similarity is bilinear, the mean of a group's points is all that is needed
to compare a question with the whole group (average linkage): a group's centroid is
that mean, and it can be recomputed here, from the members that remain, when questions
are deleted — without the review layer or the embedder.

Stored form (``question_points.point``, ``question_groups.centroid``): ``b"GP1"``, the
dense length and the sparse count (uint32 each), the dense part (float16: a tenth of a
percent of a similarity, and half the bytes to write for every logged question), the
keys (uint32) and the values (float32).
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

MAGIC = b"GP1"
NEGATIVE = 1 << 31          # keys with this bit are penalty features


def feature_key(name: str, penalty: bool = False) -> int:
    """A feature's 31-bit key (plus the penalty bit)."""
    key = int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=4).digest(), "big") & (NEGATIVE - 1)
    return key | NEGATIVE if penalty else key


@dataclass
class Point:
    dense: np.ndarray
    sparse: dict[int, float] = field(default_factory=dict)

    def dot(self, other: "Point") -> float:
        """Similarity: dense dot product, plus positive sparse products, minus penalty products."""
        n = min(len(self.dense), len(other.dense))
        total = float(np.dot(self.dense[:n], other.dense[:n]))
        small, large = (self.sparse, other.sparse) if len(self.sparse) <= len(other.sparse) else (other.sparse, self.sparse)
        for k, v in small.items():
            w = large.get(k)
            if w is not None:
                total += -v * w if k & NEGATIVE else v * w
        return total


def to_bytes(point: Point) -> bytes:
    dense = np.asarray(point.dense, dtype=np.float16).reshape(-1)
    keys = np.fromiter(point.sparse.keys(), dtype=np.uint32, count=len(point.sparse))
    vals = np.fromiter(point.sparse.values(), dtype=np.float32, count=len(point.sparse))
    return MAGIC + struct.pack("<II", len(dense), len(keys)) + dense.tobytes() + keys.tobytes() + vals.tobytes()


def from_bytes(blob: bytes) -> Point | None:
    """The point, or None for anything else (e.g. a centroid from before points existed)."""
    if not blob or blob[:3] != MAGIC or len(blob) < 11:
        return None
    n_dense, n_sparse = struct.unpack("<II", blob[3:11])
    off = 11
    dense = np.frombuffer(blob, dtype=np.float16, count=n_dense, offset=off).astype(np.float32)
    off += 2 * n_dense
    keys = np.frombuffer(blob, dtype=np.uint32, count=n_sparse, offset=off)
    off += 4 * n_sparse
    vals = np.frombuffer(blob, dtype=np.float32, count=n_sparse, offset=off)
    return Point(dense, dict(zip(keys.tolist(), vals.tolist())))


def mean(points: Sequence[Point], weights: Sequence[float] | None = None) -> Point:
    """The weighted mean of points (a group's centroid)."""
    if not points:
        raise ValueError("the mean of no points")
    w = np.ones(len(points)) if weights is None else np.asarray(weights, dtype=np.float64)
    total = float(w.sum())
    width = max(len(p.dense) for p in points)
    dense = np.zeros(width, dtype=np.float64)
    sparse: dict[int, float] = {}
    for p, wi in zip(points, w):
        dense[:len(p.dense)] += wi * p.dense
        for k, v in p.sparse.items():
            sparse[k] = sparse.get(k, 0.0) + wi * v
    return Point((dense / total).astype(np.float32), {k: v / total for k, v in sparse.items()})


def typical(points: Sequence[Point], languages: Sequence[str], centre: Point | None = None,
            prefer: str = "en") -> tuple[int, dict[str, int]]:
    """(index of the group's label, {language: index of its most typical member in that language}).

    The most typical member is the one closest to the group's centroid (the highest
    average similarity to the others); the label is the most typical member in
    ``prefer`` when the group has one, else the most typical of all.
    """
    centre = centre or mean(points)
    scores = [p.dot(centre) for p in points]
    best: dict[str, int] = {}
    for i, lang in enumerate(languages):
        if lang not in best or scores[i] > scores[best[lang]]:
            best[lang] = i
    label = best.get(prefer)
    if label is None:
        label = max(range(len(points)), key=scores.__getitem__)
    return label, best


def stack(points: Iterable[Point]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Points as one matrix: (rows, signature of the columns (+1 / -1), the sparse keys in column order).

    ``rows @ diag(signature) @ rows.T`` are the points' pairwise similarities.
    """
    points = list(points)
    width = max((len(p.dense) for p in points), default=0)
    keys = sorted({k for p in points for k in p.sparse})
    col = {k: width + i for i, k in enumerate(keys)}
    M = np.zeros((len(points), width + len(keys)), dtype=np.float32)
    for r, p in enumerate(points):
        M[r, :len(p.dense)] = p.dense
        for k, v in p.sparse.items():
            M[r, col[k]] = v
    signature = np.ones(M.shape[1], dtype=np.float32)
    signature[[col[k] for k in keys if k & NEGATIVE]] = -1.0
    return M, signature, keys


__all__ = ["Point", "feature_key", "to_bytes", "from_bytes", "mean", "typical", "stack", "NEGATIVE"]
