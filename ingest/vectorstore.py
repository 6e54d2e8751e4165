"""The Chroma store: embedded (``PersistentClient`` in the data dir) or a server.

Always our own embeddings (``embedding_function=None``, ``query_embeddings``),
cosine space, telemetry off. The collection records which embedder built it;
using it with another embedder is refused (:class:`EmbedderMismatch`).

The answer engine holds the whole index in memory (:meth:`VectorStore.read_all`). An embedded
store's copy is also kept beside it (``<data dir>/mirror/``): a process that starts while the
index is unchanged reads that copy and does not import chromadb (about 1 s of the first answer:
0.66 s of imports, 0.3 s of reading). Chroma rewrites its own files when it is only read, so
their times and contents cannot tell a change; instead every write made here first stores a new
*generation* token beside the copy, and the copy is used only when its token, the embedder, the
collection's segments and the size of Chroma's database are those of now. The token is renewed
before and after each write, so that neither a crash in the middle of a write nor a copy another
process took while a write was under way is ever used. Anything else (a rebuilt or replaced
index) reads Chroma and keeps a new copy. A Chroma server is always read.
"""
from __future__ import annotations

import json
import logging
import os
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

BATCH = 256
MIRROR_VERSION = 1
MIRRORED = ("", "__cards")      # the collections the engine reads: chunks, card questions


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
                with self._writing():
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
        with self._writing():
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
        # in the ids' order (document, then position), not the order Chroma was written in: the same documents
        # give the same index, and the same answers where two chunks score alike, however the ingest ran
        order = sorted(range(len(out["ids"])), key=out["ids"].__getitem__)
        return {key: [values[k] for k in order] if len(values) == len(order) else values for key, values in out.items()}

    # --- the engine's copy ------------------------------------------------------
    @property
    def mirror_path(self) -> Path:
        return Path(self.settings.data_dir) / "mirror" / f"{self.settings.collection}.npz"

    @property
    def _generation_path(self) -> Path:
        return self.mirror_path.with_name(f"{self.settings.collection}.generation")

    @contextmanager
    def _writing(self):
        """Around a write: a new generation before it (a crash in the middle leaves the copy stale) and
        after it (a copy another process took while the write was under way is stale too)."""
        self._new_generation()
        try:
            yield
        finally:
            self._new_generation()

    def _new_generation(self) -> None:
        """Before a write to the embedded store: the copy kept for the engine is no longer the index."""
        if self.settings.chroma_url:
            return
        import uuid

        path = self._generation_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
            tmp.write_text(uuid.uuid4().hex, encoding="ascii")
            os.replace(tmp, path)
        except OSError as err:                  # then no copy can be trusted: remove it
            log.warning("could not mark the index as changed (%s); its copy is removed", err)
            self.mirror_path.unlink(missing_ok=True)

    def _stamp(self) -> dict | None:
        """What the embedded index is now (None for a server, or no index yet)."""
        if self.settings.chroma_url:
            return None
        root = Path(self.settings.chroma_dir)
        db = root / "chroma.sqlite3"
        if not db.is_file():
            return None
        try:
            generation = self._generation_path.read_text(encoding="ascii").strip()
        except OSError:
            generation = ""
        return {"version": MIRROR_VERSION, "collection": self.settings.collection, "embedder": self.embedder_name,
                "generation": generation, "database": db.stat().st_size,
                "segments": sorted(p.name for p in root.iterdir() if p.is_dir())}

    def read_all(self) -> dict[str, dict]:
        """Every chunk and card question with its vector (``get_all`` of :data:`MIRRORED`): from the
        copy kept beside the index while the index's files are unchanged, else from Chroma (and the
        copy is kept for the next start)."""
        stamp = self._stamp()                  # taken before reading: a write meanwhile makes the copy stale
        if stamp is not None:
            held = self._read_mirror(stamp)
            if held is not None:
                return held
        data = {suffix: self.get_all(suffix, embeddings=True) for suffix in MIRRORED}
        if stamp is not None:
            self._write_mirror(data, stamp)
        return data

    def _read_mirror(self, stamp: dict) -> dict | None:
        import numpy as np

        path = self.mirror_path
        try:
            with np.load(path, allow_pickle=False) as z:
                head = json.loads(str(z["head"]))
                if head.get("stamp") != stamp:
                    return None
                return {suffix: {**head["data"][suffix], "embeddings": z[f"v{k}"]} for k, suffix in enumerate(MIRRORED)}
        except FileNotFoundError:
            return None
        except Exception as err:                # a damaged copy: Chroma is read instead, and the copy rewritten
            log.warning("the index copy %s cannot be read (%s); reading the index", path, type(err).__name__)
            return None

    def _write_mirror(self, data: dict, stamp: dict) -> None:
        import numpy as np

        path = self.mirror_path
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            head = {"stamp": stamp, "data": {s: {k: data[s][k] for k in ("ids", "documents", "metadatas")} for s in MIRRORED}}
            vectors = {f"v{k}": (np.asarray(data[s]["embeddings"], dtype=np.float32).reshape(len(data[s]["ids"]), -1)
                                 if data[s]["ids"] else np.zeros((0, 0), dtype=np.float32)) for k, s in enumerate(MIRRORED)}
            np.savez(tmp, head=np.array(json.dumps(head, ensure_ascii=False)), **vectors)
            os.replace(tmp, path)
        except Exception as err:                # a read-only data dir: every start reads Chroma
            log.warning("could not keep a copy of the index in %s (%s)", path, err)
            tmp.unlink(missing_ok=True)

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
        with self._writing():
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
        with self._writing():
            for i in range(0, len(ids), BATCH):
                col.delete(ids=ids[i:i + BATCH])
