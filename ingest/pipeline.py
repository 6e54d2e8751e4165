"""Incremental ingestion: documents -> clean text -> chunks -> embeddings -> Chroma.

Reads top to bottom: :func:`discover` finds files, :func:`prepare` loads, cleans
and chunks one document, :func:`run_ingest` compares with what the store holds
and writes only the difference.

State lives in the store itself, so it is right after any interruption: each
chunk's metadata carries its document's hash and chunk count. A document is
unchanged when every chunk it has in the store carries the current hash and the
count matches; anything else (half written, stale chunks left) is redone.
Chunk ids are deterministic (document, position, content hash), so redoing is an
idempotent upsert followed by deleting what is no longer wanted: no duplicates,
no orphans. Vectors are reused by content hash, so a chunk is never embedded twice
by the same embedder.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest import dates
from ingest.chunking import Chunk, chunk_document
from ingest.limits import DocumentLimits
from ingest.manifest import DocumentInfo, infer_info, load_manifest

log = logging.getLogger(__name__)

PIPELINE_VERSION = "66"          # bump when cleaning, chunking or event extraction change the output (66: a short piece merged with the one before keeps both, their overlap said once (a piece opening with the last 120 characters of a long one replaced it whole: text was lost); 65: a range over three separate days of its own is a period of meetings, each kept; 64: a French letter dated "Lubumbashi, le ..." is issued that day; a date a sentence postpones to its next date, a "Was" column's, what "the original note said" are no dates; a rank set off after a meeting's noun names nothing; a limit extended in a reason clause ("Because the deadline is extended, confirmations ... by 27 April") extends nothing after its comma; a table header's cells have up to six words; an Arabic PDF line's phone number drawn right to left is read in order; 63: a limit extended to a day said without its year, read with the document's; 62: a limit is extended to the first day after the words extending it; 61: a town no gazetteer knows, ending a venue sentence, is the venue's city; 60: a venue named with a small word inside ("Centro de Convenciones Miraflores", "Centre for Migration Studies"); 59: a time limit a later sentence of the same document extends is no event, the extension notes it; 58: a question says no date ("٢٩ مارس؟"); "نشرح" is no publication, "ننشره" one; 57: a chunk going on with a table begun in the chunk before opens with its header row; 56: a chat stamp in Arabic-Indic digits and with the Arabic comma; a chat export's first line naming its one sender and more is its title; 55: a web page's collapsible summary is a heading over what it folds; a marathon is a meeting; 54: a plain text's title underlined with "=" as long as itself, its kind line with the line below; a venue after a dash on its days' line; 53: a footnote read in brackets, without an English "note:"; 52: "a register", "the pledge register" is no registration; 51: a date a correction says was wrong ("..., والصحيح هو ...", "Correction: the draft gave 19 April") is no date; 50: a Markdown footnote is read where it is referred to; "le mardi 21 et le mercredi 22 février" is two days; "Fait à Bangui, le ..." signs the document's issue; a dash before a field ("– Distribution : ...") parts a dateline's fields; 49: a table row whose first cell is "#" is no heading; 48: a weekday shortened before a date ends no event's name ("First report due Fri"); 47: an Arabic venue's city is read past its name in brackets; "تحلّ محلّ النسخة الأولى الصادرة في" is a publication; a dateline that is one field of a line of fields with another date is the issue; 46: a web page's footer giving its issuer's contacts is kept, its links and copyright aside, and a quotation's attribution footer; a PDF's rules drawn inside forms are placed by the forms' matrices; a day in figures after a weekday ("Tue 31/01") is a date; 45: a French chat's message heading says "envoyé le", not "sent"; 44: a dateline under its reference line is the issue; the day a count is given "as of" is no event; the note a revision replaces is a publication; 43: the Maghreb's Arabic month names date an event ("15 دجنبر", "4 جانفي"); 42: an earlier message's heading gives only the day it was sent, named by the heading; a thread's export line is its issue; shortened weekdays end no sentence; 41: a second verb after an earlier date names its own event by the subject, not by that date; 40: "max." and "Tel." end no sentence; 39: a PDF field line under a short line is its own line; a plain text header's "Title:" field is its title; a dateline with a distribution or original-language field is the issue; a venue right after the days of a long meeting name; the town the document is dated from, said after its venue, is the venue's; 38: the day an age is counted on is no event; a dateline opening a line of fields is read alone; a meeting given whole keeps the venue its days give; 37: a PDF table going on from the page before reads its first row as a row, though its border above was drawn there; 36: a plain text's title is not its letterhead's website under rules and "For immediate release", and a headline in quotation marks takes the line saying what it is; a press release's dateline announcing what is to come is its issue, not a meeting; a day alone under "WHEN" is the title's meeting, held at the address block of a "WHERE" section; a venue said with another year is not the document's meeting's; 35: a document's own meeting is held at the first venue said with its city (a building in the city its sentence names after it), a line's fields apart a middle dot are dated and named each alone, "last updated" and a reference date a page, its launch day is not held at its meeting's venue; 34: (an intermediate state); 33: a web page's sidebar giving its contacts is kept; 32: a chunking tried and dropped; 31: an Arabic e-mail header's "نسخة إلى:" line is one of its fields; 30: a PDF table drawn with its cells' borders across only is read a row a line; 29: a PDF's lam-alef ligature reads lam first; 28: a PDF line of table cells, a web or e-mail address alone is no heading; 27: a PDF's ruled table read a row a line, its cells joined by " | "; 26: a press release's headline under "PRESS RELEASE" is its title; 25: a long letterhead above the title, a web page's definition list a field a line; 24: a title line in capitals may be long; 23: a Word table cell's paragraphs are clauses; 22: a lettered item under a numbered heading, a letterhead carried on in capitals or giving its address, a field giving a date is no heading, a title that only says the kind of document; 21: a rule line ("=====") framing a heading is blank, an e-mail's subject or a line under a dateline is the title; 20: a state's letterhead, a quoted name under the title line; 19: "Information note on ..." is no title under a meeting's name; 18: an article's aside of key facts is kept; 17: a weekday wrapped before its date; 16: a venue after "held in person at"; a wrapped paragraph opening with "Ms. X said" is no speaker heading)


@dataclass
class Problem:
    path: str
    reason: str
    refused: bool = False      # refused on principle (a link leaving the folder): its old chunks go too

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Summary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    chunks_total: int = 0
    chunks_embedded: int = 0      # by the model, this run
    chunks_cached: int = 0        # vectors from the embedding cache (embedded by an earlier run)
    chunks_reused: int = 0        # vectors already in the store
    cards: int = 0
    card_questions_embedded: int = 0
    embedded_by_model: int = 0    # texts (chunks and card questions) the model embedded this run
    timeline_events: int = 0
    document_events: int = 0                      # dated events found in the documents (ingest/dates.py)
    seconds: dict = field(default_factory=dict)   # load_clean_chunk, embed, write, total
    embedder: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        d = asdict(self)
        d["errors"] = [str(p) for p in self.errors]
        d["ok"] = self.ok
        return d

    def headline(self) -> str:
        """The run in one line (what `make run` prints after the progress bar)."""
        docs = len(self.added) + len(self.updated) + len(self.unchanged)
        changes = ", ".join(f"{len(v)} {k}" for k, v in (("added", self.added), ("updated", self.updated),
                                                         ("removed", self.removed)) if v) or "unchanged"
        problems = f"; {len(self.errors)} problem(s), see above" if self.errors else ""
        return (f"index ready: {docs} documents ({changes}), {self.chunks_total} chunks, {self.cards} cards; "
                f"{self.embedded_by_model} texts embedded in {self.seconds.get('total', 0):.1f} s "
                f"with {self.embedder}{problems}")

    def lines(self) -> list[str]:
        s = self.seconds
        out = [
            f"documents: {len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged",
            f"chunks: {self.chunks_total} in the index, {self.chunks_embedded} embedded, "
            f"{self.chunks_cached} from the embedding cache, {self.chunks_reused} reused",
            f"cards: {self.cards} ({self.card_questions_embedded} questions embedded); timeline: {self.timeline_events} events; "
            f"dates found in the documents: {self.document_events} in {s.get('dates', 0):.2f} s "
            "(`gcmbot timeline` lists them)",
            f"time: {s.get('total', 0):.2f} s (load/clean/chunk {s.get('load_clean_chunk', 0):.2f} s, "
            f"embed {s.get('embed', 0):.2f} s, write {s.get('write', 0):.2f} s) with {self.embedder}",
        ]
        out += [f"warning: {w}" for w in self.warnings]
        out += [f"error: {p}" for p in self.errors]
        return out


@dataclass
class Prepared:
    path: Path
    source: str
    info: DocumentInfo
    text: str
    doc_hash: str
    chunks: list[Chunk]
    events: list[dates.ExtractedEvent] = field(default_factory=list)   # dated mentions (ingest/dates.py)
    dates_seconds: float = 0.0


def discover(paths: list[Path]) -> tuple[list[Path], list[Problem], list[Path]]:
    """(files to ingest, problems, directories scanned). Unsupported files are problems.

    In a scanned folder a symbolic link is followed only when it stays inside the
    folder: a link to a file elsewhere (which would be quoted to users) is refused.
    A file named on the command line is read wherever it is.
    """
    from ingest.loaders import SUPPORTED_SUFFIXES

    files: list[Path] = []
    problems: list[Problem] = []
    dirs: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            root = p.resolve()
            dirs.append(root)
            for f in sorted(p.rglob("*")):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.is_symlink() and (problem := _link_problem(f, root)):
                    problems.append(problem)
                    continue
                if f.is_file():
                    if f.suffix.lower() in SUPPORTED_SUFFIXES:
                        files.append(f)
                    else:
                        problems.append(Problem(str(f), f"unsupported format {f.suffix or '(none)'}; "
                                                f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"))
        elif p.exists():
            if p.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(p)
            else:
                problems.append(Problem(str(p), f"unsupported format {p.suffix or '(none)'}; "
                                        f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"))
        else:
            problems.append(Problem(str(p), "no such file or directory"))
    return files, problems, dirs


def _link_problem(link: Path, root: Path) -> Problem | None:
    """A link leaving the folder, or pointing nowhere, as a problem; None for a link inside."""
    target = link.resolve()
    if not target.is_relative_to(root):
        return Problem(str(link), f"is a symbolic link to {target}, outside {root}; links leaving the documents "
                       "folder are not followed: copy the document into the folder instead", refused=True)
    if not target.exists():
        return Problem(str(link), f"is a symbolic link to {target}, which does not exist; remove the link or "
                       "put the document there", refused=True)
    return None


def source_key(path: Path) -> str:
    """Where a chunk came from: the file's own path (a link's, not its target's), so that a
    deleted or refused link is seen as gone."""
    path = Path(path).absolute()
    return str(path.parent.resolve() / path.name)


def prepare(path: Path, manifest: dict[str, DocumentInfo], warnings: list[str],
            limits: DocumentLimits | None = None) -> Prepared:
    """Load, clean and chunk one document (raises LoadError)."""
    from bot.text.language import detect_language
    from ingest.cleaning import clean
    from ingest.loaders import LEGACY_ENCODINGS, LoadError, encoding_name, load

    loaded = load(path, limits)
    if loaded.encoding in LEGACY_ENCODINGS:                 # guessed, not UTF-8 (a page's declared charset is not guessed)
        warnings.append(f"{path}: not UTF-8; read as {encoding_name(loaded.encoding)}. Check that its accented or "
                        "Arabic letters show right (gcmbot search), and save it as UTF-8 to be sure")
    text = clean(loaded.text, loaded.format)
    if not text.strip():
        raise LoadError(path, "no text left after cleaning; check that the file is not empty or only images")
    info = manifest.get(path.name)
    if info is None:
        info = infer_info(path, text, loaded.title, detect_language(text[:4000], default="en"))
        warnings.append(
            f"{path}: no entry in manifest.yaml; ingested as id {info.id!r}, title {info.title!r}, "
            f"date {info.date or 'unknown'} — add an entry to set them"
        )
    meta_json = json.dumps(info.as_dict(), sort_keys=True, ensure_ascii=False)
    doc_hash = hashlib.sha256(f"{PIPELINE_VERSION}.{dates.VERSION}\n{meta_json}\n{text}".encode()).hexdigest()
    chunks = chunk_document(
        text, doc_id=info.id, title=info.title, date=info.date, language=info.language,
        extra_metadata={"url": info.url, "kind": info.kind},
        title_aliases=tuple(t for t in (loaded.title, *loaded.headings) if t),
    )
    t0 = time.perf_counter()
    events = dates.extract_events(chunks, document=info.id, language=info.language, doc_date=info.date, title=info.title)
    return Prepared(path, source_key(path), info, text, doc_hash, chunks, events, time.perf_counter() - t0)


def _chunk_metadata(p: Prepared, c: Chunk) -> dict:
    return {
        "doc_id": c.doc_id, "title": c.title, "section": c.section, "date": c.date,
        "language": c.language, "position": c.position, "content_hash": c.content_hash,
        "doc_hash": p.doc_hash, "doc_chunks": len(p.chunks), "source": p.source,
        "url": p.info.url, "kind": p.info.kind, "embed_text": c.embed_text,
        dates.METADATA_KEY: dates.events_metadata(p.events, c.position),
    }


def prepare_one(path: Path, manifest: dict[str, DocumentInfo],
                limits: DocumentLimits | None = None) -> tuple[Path, "Prepared | Problem", list[str]]:
    """:func:`prepare` for one file, its failure as a :class:`Problem` (one broken document is
    reported and the others go on), with its warnings."""
    from ingest.loaders import LoadError

    warnings: list[str] = []
    try:
        return path, prepare(path, manifest, warnings, limits), warnings
    except LoadError as err:
        return path, Problem(str(path), getattr(err, "reason", str(err))), warnings
    except Exception as err:                               # a bug or a library failure: report, go on
        log.exception("cannot ingest %s", path)
        return path, Problem(str(path), f"{type(err).__name__}: {err}"), warnings


# Reading, cleaning and chunking take ~0.06 s of CPU a document here (the five of knowledge/:
# 0.3 s); a worker process costs ~0.5 s to start (imports). From this many documents on, they
# are read by one worker per core.
PARALLEL_MIN_FILES = 24


def prepare_all(files: list[Path], manifest: dict[str, DocumentInfo], limits: DocumentLimits | None = None):
    """(path, Prepared | Problem, warnings) for each file, in order; on every core when there are
    many (processes from a fork server: the parent may hold Chroma's threads, which fork would copy)."""
    workers = min(len(files) // (PARALLEL_MIN_FILES // 2) or 1, os.cpu_count() or 1)
    if len(files) < PARALLEL_MIN_FILES or workers < 2:
        for f in files:
            yield prepare_one(f, manifest, limits)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        yield from pool.map(partial(prepare_one, manifest=manifest, limits=limits), files, chunksize=4)


def keep_vectors(store, emb) -> int:
    """Before a rebuild drops the index, its vectors go to the embedding cache (an index built
    before the cache existed loses nothing to a rebuild). Not when another embedder built it."""
    from ingest.embedders import text_hash
    from ingest.vectorstore import EmbedderMismatch

    try:
        chunks = store.get_all(embeddings=True)
        cards = store.get_all("__cards", embeddings=True)
    except EmbedderMismatch:
        return 0
    passages = [(m["content_hash"], v) for m, v in zip(chunks["metadatas"], chunks["embeddings"]) if m.get("content_hash")]
    questions = [(text_hash(q), v) for q, v in zip(cards["documents"], cards["embeddings"])]
    emb.cache.put_many(emb.name, "passage", passages)
    emb.cache.put_many(emb.name, "query", questions)
    return len(passages) + len(questions)


class Progress:
    """Progress bars on the terminal (tqdm, on standard error): the documents being read, then
    each batch of texts the model embeds. Nothing when quiet or when standard error is not a
    terminal (logs, pipes, tests)."""

    LABELS = {"passage": ("embedding passages", "chunk"), "query": ("embedding card questions", "question")}

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self._bar = None
        self._key = None

    def over(self, items, label: str, unit: str, total: int | None = None):
        if not self.enabled or not total:
            return items
        from tqdm import tqdm

        return tqdm(items, desc=label, unit=unit, total=total, file=sys.stderr, leave=False)

    def embedding(self, kind: str, done: int, total: int) -> None:
        """Called by the embedder after each batch: ``done`` texts of ``total`` in this call."""
        if not self.enabled:
            return
        from tqdm import tqdm

        if self._bar is None or self._key != (kind, total) or self._bar.n >= total:
            self.close()
            label, unit = self.LABELS.get(kind, (f"embedding {kind}s", "text"))
            self._bar = tqdm(total=total, desc=label, unit=unit, file=sys.stderr, leave=False)
            self._key = (kind, total)
        self._bar.update(done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def run_ingest(settings, paths: list[Path] | None = None, rebuild: bool = False, quiet: bool = False,
               embedder=None) -> Summary:
    from bot.knowledge import cards as cards_mod
    from bot.knowledge import timeline as timeline_mod
    from ingest.embedders import CachedEmbedder, embedder_name
    from ingest.vectorstore import VectorStore

    t0 = time.perf_counter()
    summary = Summary()
    progress = Progress(enabled=not quiet)
    paths = [Path(p) for p in (paths or [settings.documents_dir])]
    name = embedder.name if embedder is not None else embedder_name(settings)
    summary.embedder = name
    store = VectorStore(settings, name)
    emb = CachedEmbedder.for_settings(settings, embedder)
    if rebuild:
        keep_vectors(store, emb)
        store.drop()
    store.collection()                         # refuses a mismatched embedder early
    emb.progress = progress.embedding
    cached_before = 0

    files, problems, scanned_dirs = discover(paths)
    summary.errors += problems
    try:
        manifest = load_manifest(settings.knowledge_dir)
    except ValueError as err:
        summary.errors.append(Problem(str(settings.knowledge_dir / "manifest.yaml"), str(err)))
        manifest = {}

    prepared: list[Prepared] = []
    seen_ids: dict[str, Path] = {}
    limits = DocumentLimits.from_settings(settings)
    for f, outcome, warnings in progress.over(prepare_all(files, manifest, limits), "reading documents", "doc", len(files)):
        summary.warnings += warnings
        if isinstance(outcome, Problem):
            summary.errors.append(outcome)
            continue
        p = outcome
        if p.info.id in seen_ids:
            summary.errors.append(Problem(str(f), f"document id {p.info.id!r} is also used by {seen_ids[p.info.id]}; "
                                          "give each document its own id in manifest.yaml"))
            continue
        seen_ids[p.info.id] = f
        prepared.append(p)
    t_prepared = time.perf_counter()
    summary.document_events = sum(len(p.events) for p in prepared)
    dates_seconds = sum(p.dates_seconds for p in prepared)

    # what the store holds, per document
    held = store.get_metadata()
    by_doc: dict[str, list[tuple[str, dict]]] = {}
    hash_to_id: dict[str, str] = {}
    for id_, meta in zip(held["ids"], held["metadatas"]):
        by_doc.setdefault(meta.get("doc_id", ""), []).append((id_, meta))
        hash_to_id.setdefault(meta.get("content_hash", ""), id_)

    todo: list[tuple[Prepared, bool]] = []
    for p in prepared:
        have = by_doc.get(p.info.id, [])
        complete = (
            have
            and all(m.get("doc_hash") == p.doc_hash for _, m in have)
            and len(have) == len(p.chunks)
        )
        if complete:
            summary.unchanged.append(p.info.id)
        else:
            todo.append((p, bool(have)))

    # embed what has no vector yet (by content hash), reuse the rest: from the store, then from
    # the embedding cache; the model sees only texts it never embedded
    needed = [c for p, _ in todo for c in p.chunks]
    reuse_ids = {c.content_hash: hash_to_id[c.content_hash] for c in needed if c.content_hash in hash_to_id}
    reused = store.embeddings_for(sorted(set(reuse_ids.values())))
    vectors: dict[str, list[float]] = {h: reused[i] for h, i in reuse_ids.items() if i in reused}
    to_embed: dict[str, str] = {}
    for c in needed:
        if c.content_hash not in vectors:
            to_embed.setdefault(c.content_hash, c.embed_text)
    t_embed0 = time.perf_counter()
    if to_embed:
        for h, v in zip(to_embed, emb.passages(list(to_embed.values()))):
            vectors[h] = v
    summary.chunks_embedded = len(to_embed) - (emb.cached - cached_before)
    summary.chunks_cached = emb.cached - cached_before
    summary.chunks_reused = len(needed) - len(to_embed)
    t_embed1 = time.perf_counter()

    # write: upsert the new chunks, then remove what the document no longer has
    for p, existed in todo:
        ids = [c.id for c in p.chunks]
        store.upsert(ids, [vectors[c.content_hash] for c in p.chunks], [c.text for c in p.chunks],
                     [_chunk_metadata(p, c) for c in p.chunks])
        stale = [i for i, _ in by_doc.get(p.info.id, []) if i not in set(ids)]
        store.delete(stale)
        (summary.updated if existed else summary.added).append(p.info.id)

    # documents gone from a scanned directory, or refused there (a link leaving it; an index
    # built before links were refused holds the link's target as the source)
    current = {p.info.id for p in prepared}
    refused = {k for e in summary.errors if e.refused for k in (source_key(Path(e.path)), str(Path(e.path).resolve()))}
    failed_sources = {source_key(Path(e.path)) for e in summary.errors if Path(e.path).exists() and not e.refused}
    for doc_id, entries in by_doc.items():
        if doc_id in current:
            continue
        source = entries[0][1].get("source", "")
        if source in refused:
            store.delete([i for i, _ in entries])
            summary.removed.append(doc_id)
            continue
        if source in failed_sources:
            continue                               # a broken file is reported, its old chunks kept
        inside = any(source.startswith(str(d) + "/") for d in scanned_dirs) or source in {source_key(f) for f in files}
        if inside and not Path(source).exists():
            store.delete([i for i, _ in entries])
            summary.removed.append(doc_id)
    t_written = time.perf_counter()

    # vetted cards and the timeline: validated against the documents, cards embedded
    try:
        cached_before = emb.cached
        card_result = cards_mod.sync_cards(settings, store, emb, quiet=quiet)
        summary.cards = card_result.count
        summary.card_questions_embedded = card_result.embedded - (emb.cached - cached_before)
        summary.errors += [Problem(path, reason) for path, reason in card_result.problems]
    except Exception as err:
        log.exception("cards")
        summary.errors.append(Problem(str(settings.knowledge_dir / "cards"), f"{type(err).__name__}: {err}"))
    try:
        events, tl_problems = timeline_mod.validate_timeline(settings.knowledge_dir)
        summary.timeline_events = len(events)
        summary.errors += [Problem(path, reason) for path, reason in tl_problems]
    except Exception as err:
        summary.errors.append(Problem(str(settings.knowledge_dir / "timeline.yaml"), f"{type(err).__name__}: {err}"))

    progress.close()
    emb.close()
    summary.chunks_total = store.count()
    try:
        store.read_all()                       # the copy the engine starts from (ingest/vectorstore.py)
    except Exception as err:                   # the next start reads the index instead
        log.warning("could not keep a copy of the index for the engine: %s", err)
    summary.embedded_by_model = emb.embedded
    t_end = time.perf_counter()
    summary.seconds = {
        "load_clean_chunk": round(t_prepared - t0, 3),
        "embed": round(t_embed1 - t_embed0, 3),
        "write": round((t_written - t_embed1) + (t_embed0 - t_prepared), 3),
        "cards_timeline": round(t_end - t_written, 3),
        "dates": round(dates_seconds, 3),           # part of load_clean_chunk
        "total": round(t_end - t0, 3),
    }
    return summary
