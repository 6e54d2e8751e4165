"""The Chroma store: embedded (``PersistentClient`` in the data dir) or a server.

Always our own embeddings (``embedding_function=None``, ``query_embeddings``),
cosine space, telemetry off. The collection records which embedder built it;
using it with another embedder is refused (:class:`EmbedderMismatch`).
"""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

BATCH = 256


class StoreError(RuntimeError):
    """The store cannot be reached or used; the message says what to do."""


class EmbedderMismatch(StoreError):
    pass


def make_client(settings):
    """A Chroma client for the settings (imports chromadb: ~1 s)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if settings.chroma_url:
        parts = urlsplit(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=parts.hostname or "127.0.0.1",
                port=parts.port or (443 if parts.scheme == "https" else 8000),
                ssl=parts.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as err:
            from bot.settings import mask_url_password

            raise StoreError(mask_url_password(
                f"cannot reach the Chroma server at GCMBOT_CHROMA_URL={settings.chroma_url}: {err}. "
                "Start it (`chroma run --path DIR --host 127.0.0.1 --port 8000`) or unset GCMBOT_CHROMA_URL "
                "to use the embedded store.")
            ) from err
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class VectorStore:
    """One Chroma collection of chunks (and one of card questions) for one embedder."""

    def __init__(self, settings, embedder_name: str, client=None):
        self.settings = settings
        self.embedder_name = embedder_name
        self._client = client
        self._collections: dict[str, object] = {}

    @property
    def client(self):
        if self._client is None:
            self._client = make_client(self.settings)
        return self._client

    def _name(self, suffix: str = "") -> str:
        return self.settings.collection + suffix

    def collection(self, suffix: str = "", create: bool = True):
        """The collection; refuses one built by another embedder."""
        name = self._name(suffix)
        if name in self._collections:
            return self._collections[name]
        try:
            if create:
                col = self.client.get_or_create_collection(
                    name,
                    metadata={"embedder": self.embedder_name},
                    configuration={"hnsw": {"space": "cosine"}},
                    embedding_function=None,
                )
            else:
                col = self.client.get_collection(name, embedding_function=None)
        except StoreError:
            raise
        except Exception as err:
            if not create and ("does not exist" in str(err) or "NotFound" in type(err).__name__):
                return None
            raise StoreError(f"cannot open the Chroma collection {name!r}: {err}") from err
        built_by = (col.metadata or {}).get("embedder")
        if built_by and built_by != self.embedder_name:
            raise EmbedderMismatch(
                f"the index {name!r} was built with the embedder {built_by!r}, but the settings choose "
                f"{self.embedder_name!r}. Run `gcmbot ingest --rebuild` to rebuild it with the current "
                "embedder (or set GCMBOT_EMBEDDER / GCMBOT_EMBEDDING_MODEL back)."
            )
        self._collections[name] = col
        return col

    def drop(self) -> None:
        """Delete the collections (for --rebuild)."""
        for suffix in ("", "__cards"):
            try:
                self.client.delete_collection(self._name(suffix))
            except Exception:
                pass
        self._collections.clear()

    # --- reading -------------------------------------------------------------
    def count(self, suffix: str = "") -> int:
        col = self.collection(suffix, create=False)
        return col.count() if col is not None else 0

    def get_all(self, suffix: str = "", embeddings: bool = False, where: dict | None = None) -> dict:
        col = self.collection(suffix, create=False)
        empty = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
        if col is None:
            return empty
        include = ["documents", "metadatas"] + (["embeddings"] if embeddings else [])
        out = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
        total = col.count()
        for offset in range(0, total, 1000):
            part = col.get(include=include, limit=1000, offset=offset, where=where)
            out["ids"] += part["ids"]
            out["documents"] += part["documents"] or []
            out["metadatas"] += part["metadatas"] or []
            if embeddings:
                out["embeddings"] += list(part["embeddings"]) if part["embeddings"] is not None else []
        return out

    def get_metadata(self, suffix: str = "") -> dict:
        col = self.collection(suffix, create=False)
        if col is None:
            return {"ids": [], "metadatas": []}
        return col.get(include=["metadatas"])

    def embeddings_for(self, ids: list[str], suffix: str = "") -> dict[str, list[float]]:
        if not ids:
            return {}
        col = self.collection(suffix)
        found = {}
        for i in range(0, len(ids), BATCH):
            part = col.get(ids=ids[i:i + BATCH], include=["embeddings"])
            for id_, emb in zip(part["ids"], part["embeddings"]):
                found[id_] = list(emb)
        return found

    def query(self, vector, k: int = 5, suffix: str = "") -> list[tuple[str, str, dict, float]]:
        """[(id, text, metadata, cosine similarity)] best first."""
        col = self.collection(suffix, create=False)
        if col is None or col.count() == 0:
            return []
        res = col.query(query_embeddings=[list(map(float, vector))], n_results=min(k, col.count()),
                        include=["documents", "metadatas", "distances"])
        return [
            (i, d, m, 1.0 - float(dist))
            for i, d, m, dist in zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0])
        ]

    # --- writing -------------------------------------------------------------
    def upsert(self, ids, embeddings, documents, metadatas, suffix: str = "") -> None:
        col = self.collection(suffix)
        for i in range(0, len(ids), BATCH):
            col.upsert(
                ids=ids[i:i + BATCH],
                embeddings=[list(map(float, e)) for e in embeddings[i:i + BATCH]],
                documents=documents[i:i + BATCH],
                metadatas=metadatas[i:i + BATCH],
            )

    def delete(self, ids: list[str], suffix: str = "") -> None:
        if not ids:
            return
        col = self.collection(suffix)
        for i in range(0, len(ids), BATCH):
            col.delete(ids=ids[i:i + BATCH])
