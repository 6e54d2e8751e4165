"""The answer engine: one for every channel (Telegram, CLI, dashboard).

``Engine.answer`` runs the steps of this package in order (README, "How it answers"):

    understand (understand.py)  -> language, follow-up, glossary expansion, kind of fact asked
    retrieve   (retrieve.py)    -> chunks ranked by dense + BM25 fusion; in scope or not
    choose     events.py        -> the event a "when / where" question names
               cards.py         -> a vetted card
               passages.py      -> the sentences that answer
    compose    (compose.py)     -> the answer in the user's language, with its sources,
                                   or "the documents do not say" and where to ask

Nothing here generates text: answers are the secretariat's cards, dates from the
timeline written in the user's language, or the sentences of the documents that
answer, quoted in « » and framed in the user's language. Only when the secretariat
connects a language model (``GCMBOT_LLM_URL``) does one hook after compose
(generate.py) have it translate the quotation or write the answer from the same
passages, shown only if the grounding guard (guard.py) accepts it.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Callable

import numpy as np

from bot.answering.cards import ChooseCard
from bot.answering.compose import Compose
from bot.answering.events import ChooseEvent, EventChoice
from bot.answering.facts import holds
from bot.answering.parts import question_parts
from bot.answering.passages import ChoosePassage, asking_words
from bot.answering.retrieve import SPEAKS_OF, Retrieve
from bot.answering.types import Answer, Turn
from bot.answering.understand import Understand, Understanding
from bot.text.courtesy import strip_courtesy
from bot.text.language import normalize
from bot.text.lexical import tokens
from bot.text.places import next_meeting_asked, previous_meeting_asked
from bot.text.sanitize import clean_text


#: what an answer quotes: « ... », “ ... ” (a timeline answer's source line too)
QUOTED = re.compile(r"«\s?([^»]+?)\s?»|“([^”]+)”")


def _unsaid_removed(text: str, lang: str, kind: str) -> str:
    """An answer without a refusal's words for the kind of fact it lacks ("التكلفة (رسومًا أو سعرًا أو أنه مجاني)" says
    no cost is given, though it has the word "free")."""
    from bot.messages import catalogue

    phrase = catalogue().get(f"engine.fact_{kind}", {}).get(lang, "") if kind else ""
    return text.replace(phrase, " ") if phrase and "{" not in phrase else text


def _family(kind: str) -> str:
    """Kinds of fact that answer one another's question less precisely: a day and a date."""
    return "date" if kind == "day" else kind


class NearestInMeaning:
    """Which of some words or phrases is nearest in meaning to another, by the embedder's vectors (multilingual-e5:
    "bourse" -> "منح", "الفيزا" -> "visa"): how a not-covered subject asked in one language is found in another's
    words (:meth:`bot.knowledge.glossary.Glossary._translations`). Each phrase is embedded once."""

    def __init__(self, embedder: Callable[[], object]):
        self.embedder = embedder         # () -> the embedder (loaded when first needed)
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __call__(self, phrase: str, candidates: list[str]) -> str:
        with self._lock:
            missing = [p for p in dict.fromkeys([phrase, *candidates]) if p not in self._vectors]
            if missing:
                self._vectors.update(zip(missing, self.embedder().queries(missing)))
            asked = self._vectors[phrase]
            return max(candidates, key=lambda c: float(np.dot(self._vectors[c], asked)))


class Engine:
    def __init__(self, settings, clock: Callable[[], datetime] | None = None, embedder=None, vectorstore=None):
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._embedder = embedder
        self._vectorstore = vectorstore
        self._lock = threading.RLock()
        self._local = threading.local()       # per-thread scratch: channels answer from worker threads
        self.loaded = False
        self.retrieve = Retrieve([], np.zeros((0, 384), dtype=np.float32))
        self.generator = None
        if settings.llm_url:                   # a language model the secretariat connects (off by default)
            from bot.answering.generate import Generator

            self.generator = Generator(settings)

    @classmethod
    def from_settings(cls, settings=None, **kwargs) -> "Engine":
        if settings is None:
            from bot.settings import get_settings

            settings = get_settings()
        engine = cls(settings, **kwargs)
        engine.load()
        return engine

    # --- loading -------------------------------------------------------------
    @property
    def embedder(self):
        if self._embedder is None:
            from ingest.embedders import get_embedder

            self._embedder = get_embedder(self.settings)
        return self._embedder

    def load(self) -> None:
        """Mirror the index in memory (vectors, BM25), load cards, timeline, glossary; build the steps."""
        from bot.knowledge.cards import load_cards
        from bot.knowledge.glossary import Glossary
        from bot.knowledge.events import load_events
        from ingest.embedders import embedder_name
        from ingest.manifest import load_manifest
        from ingest.vectorstore import VectorStore

        with self._lock:
            store = self._vectorstore or VectorStore(
                self.settings, self._embedder.name if self._embedder is not None else embedder_name(self.settings))
            self._vectorstore = store
            held = store.read_all()                # Chroma, or its copy while the index is unchanged
            glossary = Glossary.load(self.settings.knowledge_dir)
            glossary.nearest = NearestInMeaning(lambda: self.embedder)
            retrieve = Retrieve.from_data(held[""], glossary)
            cards, _ = load_cards(self.settings.knowledge_dir, validate=False)
            cards = {c.id: c for c in cards}
            card_data = held["__cards"]
            keep = [i for i, m in enumerate(card_data["metadatas"]) if m.get("card_id") in cards]
            card_matrix = (np.asarray([card_data["embeddings"][i] for i in keep], dtype=np.float32)
                           if keep else np.zeros((0, retrieve.matrix.shape[1] or 384), dtype=np.float32))
            manifest = {info.id: info for info in load_manifest(self.settings.knowledge_dir).values()}
            choose_card = ChooseCard(cards, [card_data["metadatas"][i]["card_id"] for i in keep], card_matrix,
                                     retrieve.lexical, {doc_id: info.date for doc_id, info in manifest.items()}, glossary)
            self.glossary = glossary
            # the cards' words are known too: a yes/no question a card answers is not about "nothing known"
            heard = {tk for c in cards.values() for text in [*c.questions.values(), *c.answer.values()]
                     for item in ([text] if isinstance(text, str) else text) for tk in tokens(item)}
            self.understand = Understand(glossary, self.settings.max_question_chars, retrieve.lexical.vocab, heard)
            self.retrieve = retrieve
            # timeline.yaml and the dates found in the documents (held in the chunks' metadata)
            events = load_events(self.settings, metadatas=[c.meta for c in retrieve.chunks])
            self.choose_event = ChooseEvent(events, glossary, self.today,
                                            {c.meta.get("doc_id"): c.meta.get("date") for c in retrieve.chunks
                                             if c.meta.get("date")})
            retrieve.know_places(events, self.choose_event.titled)
            self.choose_card = choose_card if self.settings.use_cards and choose_card else None
            self.choose_passage = ChoosePassage(retrieve.chunks, retrieve.lexical, glossary, retrieve.places_of,
                                               retrieve.chunk_ids_of, retrieve.announces, retrieve.meeting_days,
                                               retrieve.section_days)
            self.manifest = manifest
            self.compose = Compose(retrieve, self.manifest, glossary, self.choose_card, self.today,
                                   self.settings.max_question_chars)
            self.loaded = True

    def reload(self) -> None:
        self.load()

    def documents(self) -> list[dict]:
        """The documents the index holds, newest first (for /sources)."""
        held = {}
        for c in self.retrieve.chunks:
            held.setdefault(c.meta.get("doc_id"), c.meta)
        out = []
        for doc_id, meta in held.items():
            info = self.manifest.get(doc_id)
            d = info.as_dict() if info else {"id": doc_id, "title": meta.get("title", doc_id), "titles": {},
                                              "date": meta.get("date", ""), "kind": meta.get("kind", ""),
                                              "url": meta.get("url", "")}
            out.append(d)
        return sorted(out, key=lambda d: d.get("date", ""), reverse=True)

    def today(self) -> date:
        from zoneinfo import ZoneInfo

        return self.clock().astimezone(ZoneInfo(self.settings.timezone)).date()

    # --- answering -----------------------------------------------------------
    def answer(self, question: str, language: str | None = None, previous: Turn | None = None) -> Answer:
        """The answer to a question (in ``language`` if given, else the question's), with its sources."""
        start = time.perf_counter()
        self._local.vector = self._local.searched = None
        text = clean_text(question or "")            # text from outside: made safe once
        result = self._answer(text, language, previous)
        vector = getattr(self._local, "vector", None)     # the whole message's, not a part's
        result = self._other_parts(text, result)
        self._local.vector = vector
        if self.generator is not None:        # the model's text, when the guard accepts it (never for a refusal)
            result = self.generator.augment(result, self.glossary)
        result.vector = getattr(self._local, "vector", None)
        result.latency_ms = (time.perf_counter() - start) * 1000
        return result

    def _other_parts(self, question: str, whole: Answer) -> Answer:
        """A message asking two things ("when exactly and which venue?", "الساعة كم ومين أدارها؟"): the answer to
        the whole, then what each part asking a kind of fact finds on its own, read with the whole message around
        it, when it holds that kind of fact and quotes what is not said already. The first part of a refused message
        is answered on its own only when the refusal lacks its kind; a later part that names nothing of its own
        ("when is it?") only when the answer so far lacks its kind. A refused message gets
        only its parts asking another kind of fact (or, when another part's subject made the refusal, its part of the
        same kind, whose answer then replaces it); a message out of the documents' scope, nothing."""
        if not whole.answered and not whole.sources:
            return whole                     # out of the documents' scope
        parts = question_parts(question)
        if len(parts) < 2:
            return whole
        said, sources, topics, answered = [whole.answer], list(whole.sources), {whole.topic}, whole.answered
        confidence, replaced, kind, topic = whole.confidence, False, whole.kind, whole.topic
        # (what a refused whole asked, its subject the documents do not cover: read once, and only for a refusal)
        asked_kind = "" if whole.answered else self.understand(question, whole.language).wanted.kind
        refused = _family(asked_kind) if asked_kind else ""
        subject_asked = bool(refused) and bool(self.glossary.subject_asked(question)[0])
        # (the first part names its subject itself: the later parts' words are other questions, not its topic --
        # "written inputs deadline?? and whats the word limit" asks no word limit of the deadline's sentence)
        read = [(k, part, self.understand(part, whole.language, context=question if k else ""))
                for k, part in enumerate(parts)]
        # (a refused message's part of the kind refused first: what it finds replaces the refusal, and the other parts
        # are then read against that -- "... free or is there a fee? and where is the form's link")
        read.sort(key=lambda item: not (refused and _family(item[2].wanted.kind) == refused))
        for k, part, understood in read:
            wanted = understood.wanted
            # (the first part of an answered message is answered on its own too: the whole's answer may hold its kind
            # of fact from what the other parts asked -- "the word limit and which email": the 800 words of another
            # e-mail's comments, not the submissions' 1,500)
            # (a part asking no kind of fact -- "do we need ecosoc status? also is there any fee" -- is answered on its
            # own too when the whole is: what it finds is said beside the other part's answer, when not said already)
            # (a part asking what the whole was refused, read without what the others ask: "faut avoir quel age minimum
            # ..., et il faut parler quelles langues ?" -- no sentence giving the age speaks of languages)
            # (only the first part, which names its subject itself, and when another part asks another kind of fact:
            # "of the 1,240 people surveyed ..., how many live in canada?" is refused whole, its count of everyone not
            # being Canada's)
            alone = bool(refused) and k == 0 and _family(wanted.kind) == refused \
                and sum(_family(o.wanted.kind) == refused for _, _, o in read) == 1 \
                and any(o.wanted.kind and _family(o.wanted.kind) != refused for _, _, o in read) \
                and bool(set(tokens(question)) - set(tokens(part)) - asking_words(self.glossary, question))
            if not wanted.kind and not (whole.answered and self._names_its_own(part)) \
                    or wanted.kind and not alone and (k == 0 and not whole.answered or k and not self._names_its_own(part)) \
                    and holds(wanted, _unsaid_removed("\n".join(said), whole.language, asked_kind)):
                continue                     # (not a refusal's words for what it lacks: "... (... أو أنه مجاني)")
            if refused and _family(wanted.kind) == refused and not (
                    subject_asked and not self.glossary.subject_asked(part)[0]) and not alone:
                continue                     # "the exact date? what's the date?": not the year the documents give
                                             # (but "is taking part free? any travel grants?" refused as no sentence on
                                             # travel grants says a cost: the first part, on its own, asks none)
            if refused == "cost" and wanted.kind == "number" and not self._names_its_own(part):
                continue                     # "ont eu des per diem ? combien": how much they are, not a count
            found = self._answer_understood(understood, frozenset(topics))
            if not found.answered:
                continue
            # what the documents say holds the fact (not the reply's own words: "upcoming: in 15 months" is no
            # length; a card was chosen holding it), and is not said already
            quoted = [m.group(1) or m.group(2) for m in QUOTED.finditer(found.answer)] or [found.answer.strip()]
            so_far = "\n".join(said)
            # (what replaces the whole's refusal may quote what the refusal showed: "... free or is there a fee? and
            # where is the form's link" -- the sentence with the link, shown as "the documents give no link")
            replacing = not answered and refused and _family(wanted.kind) == refused
            if (found.kind != "card" and not holds(wanted, "\n".join(quoted))) \
                    or not replacing and all(q in so_far for q in quoted):
                continue
            if not wanted.kind:              # (asking no kind, its best passage not said already: not every one found)
                found = replace(found, answer=next((block for block in found.answer.split("\n\n") if any(
                    (m.group(1) or m.group(2)) not in so_far for m in QUOTED.finditer(block))), found.answer))
            if replacing:
                said[0] = found.answer       # (what the part finds, instead of the whole's refusal of the same kind)
                sources, replaced, kind, topic = [], True, found.kind, found.topic
            else:
                said.append(found.answer)
            topics.add(found.topic)
            answered, confidence = True, max(confidence, found.confidence)
            sources += [s for s in found.sources if (s.document, s.section) not in
                        {(o.document, o.section) for o in sources}]
        if len(said) == 1 and not replaced:
            return whole
        return replace(whole, answer="\n\n".join(said), sources=sources[:max(len(whole.sources), 5)], answered=answered,
                       confidence=confidence, kind=kind, topic=topic)

    def _names_its_own(self, part: str) -> bool:
        """Does a part of a message name something beyond how it asks ("and when is the connection test?", not
        "when is it?", "what time?")?"""
        return bool(set(tokens(strip_courtesy(part))) - asking_words(self.glossary, part))

    def _answer(self, question: str, language: str | None, previous: Turn | None) -> Answer:
        if not self.loaded:
            self.load()
        return self._answer_understood(self.understand(question, language, previous))

    def _answer_understood(self, u: Understanding, said: frozenset = frozenset()) -> Answer:
        if u.problem:
            return self.compose.problem(u)
        if not self.retrieve.chunks:
            return self.compose.no_index(u)
        # (a part of a message is searched with the whole message's vector: its own words add little to it, and
        # embedding is most of a question's time)
        qv = self._local.searched if u.part and getattr(self._local, "searched", None) is not None else \
            self.embedder.query_vector(u.query)
        self._local.searched = qv
        # (a part of a message: the whole with its own words again, as it is searched)
        own_qv = qv if not u.is_followup or u.part else self.embedder.query_vector(u.q)
        self._local.vector = own_qv          # the question's own vector: the question log groups by it
        r = self.retrieve(u, qv)
        return self._choose_and_compose(u, r, own_qv, said)

    def _choose_and_compose(self, u: Understanding, r, own_qv: np.ndarray, said: frozenset = frozenset()) -> Answer:
        """The first step that can answer: the event the question names, a vetted card, the
        sentences that answer; otherwise "the documents do not say" and where to ask. (``said``: the
        topics a message's other parts were answered with; a part goes on to the next step rather than
        repeat one: "the workshop: can I attend online? and when is the connection test?")"""
        # (with their sections' headings: "ثانيًا — الجلسة الثانية: رسوم الاستقدام" names what its text is on)
        best = [f"{self.retrieve.chunks[i].meta.get('section', '')}\n{self.retrieve.chunks[i].text}"
                for i in r.ranked[:SPEAKS_OF]]
        # (and all of what the documents of the meeting asked about say: "is there a fee for the webinar")
        best += [c.text for doc in sorted(r.place_docs) for c in self.retrieve.chunks_of(doc)]
        # (an English word no document uses says nothing when the question is about a French or Arabic document:
        # "can I follow the birth registration workshop online?" of a note that says "naissances")
        # (a French question's words are looked for in every language the documents and the glossary use)
        # (... unless no word of theirs starts as it does: "certificate" of a French page that never says "certificat")
        top_language = self.retrieve.chunks[r.ranked[0]].meta.get("language", "en") if r.ranked else "en"
        unheard = u.unheard if u.language != "en" or top_language == "en" else \
            [w for w in u.unheard if not self.retrieve.says_like(w)] if top_language == "fr" else []
        if not r.in_scope or unheard or self.glossary.uncovered_subject(u.q, best):
            return self.compose.with_suggestions(self.compose.refusal(u, r), own_qv)
        event = self.choose_event(u)
        if event is not None:
            answer = self.compose.event(u, event)
            if answer.topic not in said:
                return answer if answer.answered else self.compose.with_suggestions(answer, own_qv)
        if r.place_docs and next_meeting_asked(normalize(u.q)):
            past = self.choose_event.past_meeting(r.place_docs)
            if past is not None:     # "who speaks at the next meeting on education?": the one they tell of has passed
                return self.compose.with_suggestions(
                    self.compose.event(u, EventChoice(past, 0.0, "engine.next_unknown")), own_qv)
        if r.place_docs and previous_meeting_asked(normalize(u.q)):
            coming = self.choose_event.coming_meeting(r.place_docs)
            if coming is not None:   # "how many came to the consultation last year?": they tell only of this one
                return self.compose.with_suggestions(
                    self.compose.event(u, EventChoice(coming, 0.0, "engine.previous_unknown")), own_qv)
        card = self.choose_card(u, own_qv, r.entities, r.place_docs, r.origins) if self.choose_card else None
        if card is not None:
            return self.compose.card(u, card, r)
        passage = self.choose_passage(u, r)
        answer = self.compose.passage(u, passage, r) if passage is not None else self.compose.refusal(u, r)
        return self.compose.with_suggestions(answer, own_qv)
