"""The answer engine: one for every channel (Telegram, CLI, dashboard).

question -> language -> (follow-up context) -> glossary expansion
         -> vetted card? -> timeline fact? -> hybrid retrieval (dense + BM25, fused)
         -> answer in the user's language with sources | refusal with where to ask

Nothing here generates text: answers are the secretariat's cards, dates from the
timeline written in the user's language, or the sentences of the documents that
answer, quoted in « » and framed in the user's language.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable

import numpy as np

from bot.answering.types import Answer, Source, Turn
from bot.text.language import detect_language, normalize, to_ascii_digits
from bot.text.lexical import LexicalIndex, tokens
from bot.messages import t

log = logging.getLogger(__name__)

# Calibrated on the public set and tests/questions/*.yaml (see `gcmbot bench answer`).
# cosine of the question to a card's closest example question; Arabic questions sit lower in
# multilingual-e5-small's space (measured on the question sets), so their bar is lower
CARD_MIN = {"en": 0.905, "fr": 0.905, "ar": 0.885}
CARD_MARGIN = 0.035       # cards this close to the best one are near ties, decided by word coverage:
CARD_UNCOVERED_WEIGHT = 0.2   # similarity, less this times the share of the question the card leaves out,
CARD_TOPIC_WEIGHT = 0.1       # plus this times the share of its distinctive words the card is about
# share of the question's content a card may leave unmentioned (English weighted by rarity)
CARD_UNCOVERED_SHARE = {"en": 0.45, "fr": 0.4, "ar": 0.35}
DENSE_IN_SCOPE = 0.80     # top chunk cosine under which a question is out of the documents' scope
DENSE_STRONG = 0.845      # top chunk cosine that is in scope even without domain words
DENSE_WITH_TERMS = 0.74   # ... and the bar when the question names terms of the domain (IMRF, accreditation ...)
DENSE_WEIGHT = 0.55       # fusion: weight of the dense score (the rest is BM25)
EVENT_TERM_SKIP = ("q-", "lex-", "number-", "month-")   # glossary entries that do not name an event
SAME_LANGUAGE_BONUS = 0.05   # documents in the user's language are preferred when the base has them
HEADING_BONUS = 0.2           # a chunk whose own heading the question names ("Participants", "Outcome document")
SAME_YEAR_BONUS = 0.2        # "the 2021 conference": the documents of that year first
TOP_K = 5

WHEN_WORDS = re.compile(
    r"\b(when|what date|which date|what day|date of|dates of|until when|deadline|how long|"
    r"quand|quelle date|quel jour|date|dates|jusqu'a quand|echeance|delai)\b|"
    r"(متي|موعد|تاريخ|مواعيد|اي يوم|في اي شهر|الموعد النهايي)"
)
# "where" questions (on normalised text: no accents, alef/hamza and ta marbuta unified)
WHERE_WORDS = re.compile(
    r"\b(where(?:'s| is| was| will| are| were| does| did)|which city|what city|which country|venue|"
    r"ou (?:se tient|se tiendra|se tenait|aura lieu|a lieu|a eu lieu|se deroule|se deroulera|se passe|est|etait|sera)|"
    r"quelle ville|quel pays|quel lieu|lieu (?:du|de la|de l))\b|"
    r"(?:اين|وين|فين) (?:يعقد|سيعقد|ستعقد|تعقد|عقد|عقدت|انعقد|انعقدت|ينعقد|سينعقد|يقام|تقام|ستقام|سيقام|اقيم|اقيمت|"
    r"كان|كانت|يكون|سيكون|ستكون|هو|هي)|في اي (?:مدينه|بلد|دوله)|مكان (?:انعقاد|عقد|اقامه)"
)
DEADLINE_WORDS = re.compile(
    r"\b(deadline|due date|last day|until when|by when|date limite|dernier delai|jusqu'a quand|echeance)\b|"
    r"(اخر موعد|الموعد النهايي|موعد نهايي|اخر يوم|لغايه متي|حتي متي)"
)
CITY_WORDS = re.compile(r"\b(city|town|ville)\b|(مدينه|بلد)")
FOLLOWUP_START = re.compile(
    r"^\s*(and|what about|how about|also|et|et pour|et la|et le|et les|qu'en est-il|quid|"
    r"و|وماذا|ماذا عن|وكذلك)\b|^\s*و(?=ال)",
    re.IGNORECASE,
)
NUMBER_QUESTION = re.compile(r"\b(how many|how much|number of|combien|nombre)\b|(كم|عدد)")
LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)]|[ivx]{1,4}[.)]|[a-h][.)])\s*\S", re.IGNORECASE)
PASSAGE_CHUNKS = 5
DATE_WORD_WEIGHT = 0.3      # a passage's sentences: weight of the words of a date the question gives
# a passage answer quotes up to this many sentences scoring at least this share of the best one;
# French readers get fewer (an English quotation crowds out the French around it), measured
PASSAGE_SENTENCES = {"en": 4, "fr": 3, "ar": 4}
PASSAGE_SENTENCE_SHARE = {"en": 0.4, "fr": 0.5, "ar": 0.4}
MONTH_NUMBERS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december"], 1)}
DATE_IN_TEXT = re.compile(
    r"\b(?:(?P<first>\d{1,2})\s*(?:to|-|–|and)\s*)?(?P<day>\d{1,2})?\s*(?P<month>January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\s+(?P<year>\d{4})\b")
YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"“(])|\n+")


def years_in(text: str) -> list[int]:
    """The years a text names ("2021", "٢٠٢١")."""
    return [int(y) for y in YEAR.findall(to_ascii_digits(text))]


@dataclass
class ChunkRec:
    id: str
    text: str
    meta: dict


class Engine:
    def __init__(self, settings, clock: Callable[[], datetime] | None = None, embedder=None, vectorstore=None):
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._embedder = embedder
        self._vectorstore = vectorstore
        self._lock = threading.RLock()
        self._local = threading.local()       # per-thread scratch: channels answer from worker threads
        self.loaded = False
        self.chunks: list[ChunkRec] = []
        self.matrix = np.zeros((0, 384), dtype=np.float32)
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
        """Mirror the index in memory (vectors, BM25), load cards, timeline, glossary."""
        from bot.knowledge.cards import load_cards
        from bot.knowledge.glossary import Glossary
        from bot.knowledge.timeline import load_timeline
        from ingest.embedders import embedder_name
        from ingest.manifest import load_manifest
        from ingest.vectorstore import VectorStore

        with self._lock:
            store = self._vectorstore or VectorStore(
                self.settings, self._embedder.name if self._embedder is not None else embedder_name(self.settings))
            self._vectorstore = store
            data = store.get_all(embeddings=True)
            order = sorted(range(len(data["ids"])), key=lambda i: (data["metadatas"][i].get("doc_id", ""),
                                                                    data["metadatas"][i].get("position", 0)))
            self.chunks = [ChunkRec(data["ids"][i], data["documents"][i], data["metadatas"][i]) for i in order]
            self.matrix = (np.asarray([data["embeddings"][i] for i in order], dtype=np.float32)
                           if order else np.zeros((0, 384), dtype=np.float32))
            self._chunk_langs = np.asarray([c.meta.get("language", "en") for c in self.chunks])
            self._chunk_years = np.asarray([int(d[:4]) if (d := str(c.meta.get("date") or ""))[:4].isdigit() else 0
                                            for c in self.chunks])
            self.lexical = LexicalIndex([f"{c.meta.get('section', '')}\n{c.text}" for c in self.chunks])
            # each chunk's own heading (the last level of its section, numbering dropped), word stems
            # cut to six letters, with their weights
            self._heading_tokens = [
                [(tk[:6], self.lexical.idf(tk))
                 for tk in tokens(re.sub(r"^[\dIVXA-H]{1,4}[.)]\s*", "", c.meta.get("section", "").split(" > ")[-1]))
                 if not tk.isdigit()] for c in self.chunks]
            cards, _ = load_cards(self.settings.knowledge_dir, validate=False)
            self.cards = {c.id: c for c in cards}
            self._card_vocab: dict = {}
            self._card_df: dict[str, dict[str, int]] = {}     # per language: how many cards use a word
            card_data = store.get_all("__cards", embeddings=True)
            keep = [i for i, m in enumerate(card_data["metadatas"]) if m.get("card_id") in self.cards]
            self.card_ids = [card_data["metadatas"][i]["card_id"] for i in keep]
            self.card_questions = [card_data["documents"][i] for i in keep]
            self.card_matrix = (np.asarray([card_data["embeddings"][i] for i in keep], dtype=np.float32)
                                if keep else np.zeros((0, self.matrix.shape[1] or 384), dtype=np.float32))
            self.events = load_timeline(self.settings.knowledge_dir)
            self.glossary = Glossary.load(self.settings.knowledge_dir)
            self._event_index = self._index_events()
            self.manifest = {info.id: info for info in load_manifest(self.settings.knowledge_dir).values()}
            self.loaded = True

    def reload(self) -> None:
        self.load()

    def documents(self) -> list[dict]:
        """The documents the index holds, newest first (for /sources)."""
        held = {}
        for c in self.chunks:
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
        self._local.vector = None
        result = self._answer(question or "", language, previous)
        if self.generator is not None:
            result = self.generator.augment(result, self.glossary)
        result.vector = getattr(self._local, "vector", None)
        result.latency_ms = (time.perf_counter() - start) * 1000
        return result

    def _answer(self, question: str, language: str | None, previous: Turn | None) -> Answer:
        q = re.sub(r"\s+", " ", question).strip()
        fallback = previous.language if previous else "en"
        lang = language if language in ("ar", "en", "fr") else (detect_language(q, default=None) or fallback)
        if not q or not re.search(r"\w", q):
            return Answer(question, lang, False, t("engine.empty", lang), "empty", 0.0)
        if len(q) > self.settings.max_question_chars:
            return Answer(question, lang, False,
                          t("engine.too_long", lang, limit=self.settings.max_question_chars, length=len(q)),
                          "too_long", 0.0)
        if not self.loaded:
            self.load()
        if not self.chunks:
            return Answer(question, lang, False, t("engine.no_index", lang), "refusal", 0.0)

        query = q
        if previous and self._is_followup(q, previous):
            query = f"{previous.question} {q}"
        terms = self.glossary.domain_terms(query)
        expansion = self.glossary.expand(query)

        qv = self.embedder.query_vector(query)
        own_qv = qv if query == q else self.embedder.query_vector(q)
        self._local.vector = own_qv          # the question's own vector: the question log groups by it
        ranked, dense, _ = self._retrieve(query, qv, expansion, lang)
        top_dense = float(dense.max()) if len(dense) else 0.0
        in_scope = self._in_scope(query, top_dense, terms)

        if not in_scope or self.glossary.uncovered_subject(q):
            return self._with_suggestions(self._refusal(question, lang), own_qv)
        # a "when" or "where" question about a dated event: the timeline knows it best
        ev = self._match_event(query, q, lang)
        if ev is not None:
            answer = self._event_answer(question, lang, q, *ev)
            return answer if answer.answered else self._with_suggestions(answer, own_qv)
        if self.settings.use_cards and len(self.card_ids):
            card = self._match_card(own_qv, q, lang)
            if card is not None:
                return self._card_answer(question, lang, *card, related=[(i, float(dense[i])) for i in ranked])
        passage = self._passage_answer(question, lang, q, query, expansion, ranked, dense)
        return self._with_suggestions(passage if passage is not None else self._refusal(question, lang), own_qv)

    # follow-ups ------------------------------------------------------------------
    def _is_followup(self, q: str, previous: Turn) -> bool:
        if FOLLOWUP_START.search(q) or FOLLOWUP_START.search(normalize(q)):
            return True
        content = tokens(q)
        return len(content) <= 3 and not self.glossary.domain_terms(q) and bool(previous.question)

    # retrieval ---------------------------------------------------------------
    def _retrieve(self, query: str, qv: np.ndarray, expansion: list[str], lang: str = "en"):
        """Chunk indexes best first (dense and BM25 fused), with the raw dense and BM25 scores."""
        dense = self.matrix @ qv
        qtok = list(dict.fromkeys(tokens(query) + tokens(" ".join(expansion))))
        lex = np.asarray(self.lexical.scores(qtok), dtype=np.float32)
        d = (dense - dense.min()) / max(1e-6, float(dense.max() - dense.min()))
        lx = lex / float(lex.max()) if lex.max() > 0 else lex
        fused = DENSE_WEIGHT * d + (1 - DENSE_WEIGHT) * lx
        fused = fused + SAME_LANGUAGE_BONUS * (self._chunk_langs == lang)   # the user's own language first
        fused = fused + HEADING_BONUS * self._heading_match(qtok)
        years = years_in(query)
        if years:
            fused = fused + SAME_YEAR_BONUS * np.isin(self._chunk_years, years)
        ranked = list(np.argsort(-fused)[: max(TOP_K, 8)])
        return ranked, dense, lex

    def _heading_match(self, qtok: list[str]) -> np.ndarray:
        """Per chunk, the share of its own heading ("Participants", "Outcome document") that the
        question names; words compared by their first six letters (participate ~ participants)."""
        asked = {tk[:6] for tk in qtok}
        out = np.zeros(len(self.chunks), dtype=np.float32)
        for i, head in enumerate(self._heading_tokens):
            total = sum(w for _, w in head)
            if total > 0:
                out[i] = sum(w for tk, w in head if tk in asked) / total
        return out

    def _in_scope(self, query: str, top_dense: float, terms) -> bool:
        """Does the knowledge base speak of this? Domain words and dense similarity together."""
        if terms:
            return top_dense >= DENSE_WITH_TERMS       # short questions ("Quand a lieu le FEMI ?") sit low
        if top_dense >= DENSE_STRONG and self._english_overlap(query) >= 0.5:
            return True
        return top_dense >= DENSE_IN_SCOPE and self._english_overlap(query) >= 0.6

    def _english_overlap(self, text: str) -> float:
        """Share of the question's content words that the documents use."""
        toks = [tk for tk in tokens(text) if not tk.isdigit()]
        if not toks:
            return 0.0
        return sum(1 for tk in toks if tk in self.lexical.vocab) / len(toks)

    # cards -------------------------------------------------------------------
    def _card_missing(self, card, qtok: list[str], lang: str) -> float:
        """Share of the question's content the card (answer, topic, example questions) lacks.

        English words weigh by how rare they are in the documents (a missing "closing" matters,
        a missing "gave" hardly); Arabic and French words count one each.
        """
        vocab = self._card_vocab.get((card.id, lang))
        if vocab is None:
            text = " ".join([card.answer[lang], card.topic.get(lang, ""), *card.questions[lang]])
            vocab = self._card_vocab[(card.id, lang)] = set(tokens(text))
        weights = [self._word_weight(tk, lang) for tk in qtok]
        total = sum(weights)
        if not total:
            return 0.0
        return sum(w for tk, w in zip(qtok, weights) if tk not in vocab) / total

    def _word_weight(self, tk: str, lang: str) -> float:
        if lang != "en":
            return 1.0
        return max(self.lexical.idf(tk), 0.3) if tk in self.lexical.vocab else 0.3

    def _card_topic_vocab(self, card, lang: str) -> set:
        vocab = self._card_vocab.get((card.id, lang, "topic"))
        if vocab is None:
            text = " ".join([card.topic.get(lang, ""), *card.questions[lang]])
            vocab = self._card_vocab[(card.id, lang, "topic")] = set(tokens(text))
        return vocab

    def _card_topic_hits(self, card, qtok: list[str], lang: str) -> float:
        """Share of the question's words found in what the card is about (its topic and example
        questions), each word weighted by how few cards speak of it: "coordinated" tells cards
        apart, "Arab region" does not."""
        df = self._card_df.get(lang)
        if df is None:
            df = self._card_df[lang] = {}
            for c in self.cards.values():
                for tk in self._card_topic_vocab(c, lang):
                    df[tk] = df.get(tk, 0) + 1
        n = len(self.cards)
        weights = {tk: np.log((n + 1) / (df[tk] + 0.5)) for tk in set(qtok) if tk in df}
        total = sum(weights.values())
        if not total:
            return 0.0
        vocab = self._card_topic_vocab(card, lang)
        return sum(w for tk, w in weights.items() if tk in vocab) / total

    def _match_card(self, qv: np.ndarray, q: str, lang: str):
        """The card whose example questions are closest; among near ties, the one that covers most of the question."""
        sims = self.card_matrix @ qv
        best: dict[str, float] = {}
        for cid, s in zip(self.card_ids, sims):
            if s > best.get(cid, -1):
                best[cid] = float(s)
        if not best:
            return None
        top = max(best.values())
        if top < CARD_MIN[lang]:
            return None
        near = [cid for cid, s in best.items() if s >= top - CARD_MARGIN]
        qtok = [tk for tk in tokens(q) if len(tk) >= 3 or tk.isdigit()]
        # the closest card, less what it leaves of the question unmentioned
        cid = max(near, key=lambda c: best[c] - CARD_UNCOVERED_WEIGHT * self._card_missing(self.cards[c], qtok, lang)
                  + CARD_TOPIC_WEIGHT * self._card_topic_hits(self.cards[c], qtok, lang))
        if self._card_missing(self.cards[cid], qtok, lang) > CARD_UNCOVERED_SHARE[lang]:
            return None
        return self.cards[cid], best[cid]

    def _card_answer(self, question: str, lang: str, card, score: float, related=()) -> Answer:
        """The card's answer; its quotations first among the sources, then the passages retrieval found."""
        sources, seen = [], set()
        # the card's quotations, those retrieval ranks first for this question leading
        order = {self.chunks[idx].id: rank for rank, (idx, _) in enumerate(related)}
        quoted = [(src, self._chunk_with(src["document"], src["quote"])) for src in card.sources]
        quoted.sort(key=lambda sc: order.get(sc[1].id, len(order)) if sc[1] is not None else len(order) + 1)
        for src, chunk in quoted:
            if chunk is not None and chunk.id in seen:
                continue
            seen.add(chunk.id if chunk else src["quote"])
            sources.append(self._source(chunk, src["document"], src["quote"], score, lang))
        for idx, sim in related:
            if len(sources) >= TOP_K:
                break
            c = self.chunks[idx]
            if c.id not in seen:
                seen.add(c.id)
                sources.append(self._source(c, c.meta.get("doc_id", ""), "", sim, lang))
        confidence = min(1.0, 0.5 + (score - CARD_MIN[lang]) * 5)
        return Answer(question, lang, True, card.answer[lang], "card", max(confidence, 0.6), sources,
                      topic=f"card:{card.id}")

    # timeline ----------------------------------------------------------------
    def _match_event(self, query: str, q: str, lang: str):
        """The event a "when" (or "where") question is about: specific keywords, the earliest mention,
        the year."""
        if not (WHEN_WORDS.search(normalize(q)) or WHERE_WORDS.search(normalize(q))):
            return None
        norm = normalize(query)
        index = self._event_index
        spans: list[tuple[int, int, str, str]] = []           # (start, end, phrase, event id)
        for pattern, p, ev_id in index["patterns"]:
            m = pattern.search(norm)
            if m:
                spans.append((m.start(), m.end(), p, ev_id))
        # longest phrases claim their words first; a shorter phrase inside them does not count again
        spans.sort(key=lambda sp: -(sp[1] - sp[0]))
        claimed: list[tuple[int, int, str]] = []
        matches: dict[str, list[tuple[str, int]]] = {}
        for start, end, p, ev_id in spans:
            if any(start < ce and cs < end and cp != p for cs, ce, cp in claimed):
                continue
            claimed.append((start, end, p))
            matches.setdefault(ev_id, []).append((p, start))
        # the glossary's terms (IMRF, regional review conference, hearing ...) match across languages
        # and synonyms; a term shared by fewer events says more
        qterms = {t.id for t, _, _ in self.glossary.find(query) if not t.id.startswith(EVENT_TERM_SKIP)}
        ev_terms, name_terms, term_events = index["terms"], index["name_terms"], index["term_events"]
        by_terms = {ev.id: sum(1.0 / term_events[tid] for tid in qterms & ev_terms[ev.id])
                    + (len(qterms & name_terms[ev.id]) / len(name_terms[ev.id]) if name_terms[ev.id] else 0.0)
                    for ev in self.events}
        if not matches and not any(by_terms.values()):
            return None
        shared: dict[str, int] = {}
        for found in matches.values():
            for p, _ in found:
                shared[p] = shared.get(p, 0) + 1
        earliest = min((pos for found in matches.values() for _, pos in found), default=-1)
        years = years_in(norm)
        months = {int(t.id.split("-")[1]) for t, _, _ in self.glossary.find(query) if t.id.startswith("month-")}
        scored = []
        for ev in self.events:
            found = matches.get(ev.id)
            if found:
                weights = sorted(((1 + 0.05 * len(p.split())) / shared[p] for p, _ in found), reverse=True)
                score = weights[0] + 0.25 * sum(weights[1:]) + 0.5 * by_terms[ev.id]
                if min(pos for _, pos in found) == earliest:
                    score += 0.4
            elif by_terms[ev.id]:
                score = by_terms[ev.id] + (0.4 if not matches else 0.0)   # terms alone: a lower bar
            else:
                continue
            if years and not any(y in (ev.start.year, ev.last_day.year) for y in years):
                continue                         # "the 2026 IMRF" is not the 2022 one
            score += 0.75 * len(years)             # ... and it is this one's year
            for mo in months:
                score += 0.5 if mo in (ev.start.month, ev.last_day.month) and ev.precision != "year" else -0.5
            scored.append((score, ev))
        scored.sort(key=lambda s: -s[0])
        if not scored or scored[0][0] < 1.0:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < 0.25:
            return None
        return (scored[0][1], scored[0][0])

    def _index_events(self) -> dict:
        """What "when" questions are matched against, built once per load: each event's phrases
        (compiled), the glossary terms of its names and keywords, and how many events share a term."""
        patterns, terms, name_terms = [], {}, {}

        def terms_in(words) -> set[str]:
            return {t.id for w in words for t, _, _ in self.glossary.find(w) if not t.id.startswith(EVENT_TERM_SKIP)}

        for ev in self.events:
            keywords = [str(p) for forms in (ev.keywords or {}).values() for p in forms]
            names = list(ev.name.values())
            for p in sorted({normalize(w) for w in keywords + names} - {""}):
                patterns.append((re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)"), p, ev.id))
            terms[ev.id] = terms_in(names + keywords)
            name_terms[ev.id] = terms_in(names)
        # terms in many events' names (migrants, review) tell them apart from none
        in_names: dict[str, int] = {}
        for found in name_terms.values():
            for tid in found:
                in_names[tid] = in_names.get(tid, 0) + 1
        for ev_id in name_terms:
            name_terms[ev_id] = {tid for tid in name_terms[ev_id] if in_names[tid] <= max(2, len(self.events) // 4)}
        term_events: dict[str, int] = {}
        for found in terms.values():
            for tid in found:
                term_events[tid] = term_events.get(tid, 0) + 1
        return {"patterns": patterns, "terms": terms, "name_terms": name_terms, "term_events": term_events}

    def _timeline_answer(self, question: str, lang: str, ev, score: float) -> Answer:
        from bot.knowledge.timeline import format_event_dates, relative_phrase

        today = self.today()
        place = ev.place_in(lang)
        key = {"upcoming": "engine.timeline_upcoming", "ongoing": "engine.timeline_ongoing"}.get(
            ev.status(today), "engine.timeline_past")
        text = t(key, lang, name=ev.name_in(lang), dates=format_event_dates(ev, lang),
                 place=(t("engine.timeline_place", lang, place=place) if place else ""),
                 relative=relative_phrase(ev, today, lang))
        chunk = self._chunk_with(ev.document, ev.quote)
        src = self._source(chunk, ev.document, ev.quote, min(1.0, score / 3), lang)
        text += "\n\n" + self._quote_line(lang, ev.quote, src)
        return Answer(question, lang, True, text, "timeline", min(0.95, 0.6 + score / 10), [src],
                      topic=f"event:{ev.id}")

    def _event_answer(self, question: str, lang: str, q: str, ev, score: float) -> Answer:
        """The event's dates (and place), past or upcoming; or, when the question asks where it is
        held (which city) or its deadline and the documents do not say, that they do not."""
        norm = normalize(q)
        if WHERE_WORDS.search(norm) and not WHEN_WORDS.search(norm):
            if not ev.place:
                return self._unknown_facet(question, lang, "engine.place_unknown", ev, score)
            if CITY_WORDS.search(norm) and not ev.city:
                return self._unknown_facet(question, lang, "engine.place_no_city", ev, score)
        elif DEADLINE_WORDS.search(norm) and ev.kind == "event":
            return self._unknown_facet(question, lang, "engine.deadline_unknown", ev, score)
        return self._timeline_answer(question, lang, ev, score)

    def _unknown_facet(self, question: str, lang: str, key: str, ev, score: float) -> Answer:
        """What the documents say of an event, that they do not give what was asked, and where to ask."""
        from bot.knowledge.timeline import format_event_dates

        text = t(key, lang, name=ev.name_in(lang), dates=format_event_dates(ev, lang), place=ev.place_in(lang))
        chunk = self._chunk_with(ev.document, ev.quote)
        src = self._source(chunk, ev.document, ev.quote, min(1.0, score / 3), lang)
        text += "\n" + t("engine.ask_people", lang)
        return Answer(question, lang, False, text, "refusal", 0.0, [src], topic=f"event:{ev.id}")

    # passages ----------------------------------------------------------------
    def _passage_answer(self, question, lang, q, query, expansion, ranked, dense) -> Answer | None:
        """The sentences that answer, quoted, with the lists they introduce."""
        qtok = set(tokens(query)) | set(tokens(" ".join(expansion)))
        if not qtok:
            return None
        # in a follow-up, the words of the new question decide which sentence answers
        own = set(tokens(q)) | set(tokens(" ".join(self.glossary.expand(q)))) if query != q else qtok
        wants_number = bool(NUMBER_QUESTION.search(normalize(q)))
        given_numbers = set(re.findall(r"\d+", to_ascii_digits(query)))
        # the question's own dates ("on 4 July 2024, what is session 5 about?") place it; they do not answer it
        dated = {tk for t_, _, matched in self.glossary.find(q) if t_.id.startswith("month-")
                 for tk in tokens(matched) + tokens(" ".join(t_.english))}
        if dated:                                       # a month: its day and year with it
            dated |= {n for n in given_numbers if len(n) == 4 or int(n) <= 31}
        scored = []                                      # (score, rank, chunk index, sentence index)
        sentences: dict[int, list[str]] = {}
        for rank, idx in enumerate(ranked[:PASSAGE_CHUNKS]):
            sentences[idx] = self._sentences(self.chunks[idx].text)
            for j, sent in enumerate(sentences[idx]):
                stoks = tokens(sent)
                if len(stoks) < 2:
                    continue
                common = set(stoks) & qtok
                hit = sum(self.lexical.idf(tk) * (1.0 if tk in own else 0.4) * (DATE_WORD_WEIGHT if tk in dated else 1.0)
                          for tk in common)
                score = hit + 2.0 * float(dense[idx]) - 0.3 * rank
                if wants_number and set(re.findall(r"\d+", sent)) - given_numbers:
                    score += 1.0                         # a number the question does not already give
                scored.append((score, rank, idx, j))
        if not scored:
            return None
        scored.sort(key=lambda b: -b[0])
        top = scored[0]
        picked = {(top[2], top[3])}
        for b in scored[1:]:
            if len(picked) >= PASSAGE_SENTENCES[lang] or b[0] < PASSAGE_SENTENCE_SHARE[lang] * top[0]:
                break
            picked.add((b[2], b[3]))
        # a sentence that introduces a list ("... includes:") brings the list with it
        for idx, j in list(picked):
            sents = sentences[idx]
            if sents[j].rstrip().endswith(":") or (j + 1 < len(sents) and LIST_ITEM.match(sents[j + 1])):
                k = j + 1
                while k < len(sents) and k - j <= 8 and (LIST_ITEM.match(sents[k]) or sents[j].rstrip().endswith(":")):
                    picked.add((idx, k))
                    if not LIST_ITEM.match(sents[k]):
                        break
                    k += 1
        order = sorted(picked, key=lambda p: (ranked.index(p[0]) if p[0] == top[2] else 1 + ranked.index(p[0]), p[1]))
        parts, last = [], None
        for idx, j in order:
            if last is not None and (idx != last[0] or j != last[1] + 1):
                parts.append("[…]")
            parts.append(sentences[idx][j].strip())
            last = (idx, j)
        quotes = " ".join(parts)
        sources, seen = [], set()
        for idx in [top[2]] + [p[0] for p in order] + list(ranked[:TOP_K]):
            if idx in seen or len(sources) >= TOP_K:
                continue
            seen.add(idx)
            c = self.chunks[idx]
            sources.append(self._source(c, c.meta.get("doc_id", ""), "", float(dense[idx]), lang))
        head = sources[0]
        text = t("engine.passage_intro", lang, title=self._title(head.document, lang, head.title),
                 where=self._where(head, lang)) + "\n" + self._q(lang, quotes)
        gist = self._gist(quotes, lang) if lang != "en" else []
        if gist:
            text += "\n" + t("engine.key_points", lang, items="؛ ".join(gist) if lang == "ar" else " ; ".join(gist))
        confidence = float(np.clip((float(dense[ranked[0]]) - DENSE_IN_SCOPE) / (0.9 - DENSE_IN_SCOPE), 0.2, 0.9))
        return Answer(question, lang, True, text, "passage", confidence, sources,
                      topic=f"section:{head.document}:{head.section}"[:200])

    def _gist(self, quote: str, lang: str) -> list[str]:
        """What an Arabic or French reader needs from an English quotation, in their language:
        its dates written their way and its domain terms as the glossary translates them."""
        from bot.knowledge.timeline import format_date

        items: list[str] = []
        for m in DATE_IN_TEXT.finditer(quote):
            day, month, year = m.group("day"), MONTH_NUMBERS[m.group("month").lower()], int(m.group("year"))
            try:
                written = format_date(date(year, month, int(day or 1)), lang, "day" if day else "month")
            except ValueError:
                continue
            if m.group("first"):                       # "17 to 20 May 2022": the first day, then the rest
                written = f"{m.group('first')}–{written}"
            if written not in items:
                items.append(written)
        for term, _, matched in self.glossary.find(quote):
            if term.id.startswith(("q-", "number-", "month-", "lex-")) or term.id in ("date", "next"):
                continue
            # glossary forms serve search; as a translation only a phrase or an acronym is safe
            if len(matched.split()) < 2 and not re.search(rf"\b{re.escape(matched.upper())}\b", quote):
                continue
            form = (term.forms.get(lang) or [""])[0]
            if form and form not in items:
                items.append(form)
        return items[:8]

    @staticmethod
    def _sentences(text: str) -> list[str]:
        parts = []
        for block in SENTENCE_SPLIT.split(text):
            block = block.strip(" \t")
            if block.strip(" -•*"):
                parts.append(block)
        return parts

    # refusal -----------------------------------------------------------------
    def _refusal(self, question: str, lang: str) -> Answer:
        return Answer(question, lang, False, t("engine.refusal", lang, ask=t("engine.ask_people", lang)), "refusal", 0.0, [])

    def _with_suggestions(self, answer: Answer, qv: np.ndarray, n: int = 3) -> Answer:
        """Questions the vetted cards answer, nearest first, in the user's language: what to ask next."""
        if not self.settings.use_cards or not len(self.card_ids):
            return answer
        seen: list[str] = []
        for i in np.argsort(-(self.card_matrix @ qv)):
            cid = self.card_ids[i]
            if cid not in seen:
                seen.append(cid)
            if len(seen) >= n:
                break
        answer.suggestions = [self.cards[c].questions[answer.language][0] for c in seen
                              if self.cards[c].questions.get(answer.language)]
        return answer

    # helpers -----------------------------------------------------------------
    def _chunk_with(self, doc_id: str, quote: str) -> ChunkRec | None:
        want = re.sub(r"\s+", " ", quote).strip()
        candidates = [c for c in self.chunks if c.meta.get("doc_id") == doc_id]
        for c in candidates:      # a speaker's "by ..." line is the chunk's section heading, not its text
            if want and want in re.sub(r"\s+", " ", f"{c.meta.get('section', '')}\n{c.text}"):
                return c
        # a quotation spanning a chunk boundary: the chunk sharing most of its words
        qt = set(tokens(quote))
        return max(candidates, key=lambda c: len(qt & set(tokens(c.text))), default=None)

    def _source(self, chunk: ChunkRec | None, doc_id: str, quote: str, score: float, lang: str = "en") -> Source:
        """A cited chunk; its title in the reader's language when the manifest gives one."""
        info = self.manifest.get(doc_id)
        meta = chunk.meta if chunk else {}
        return Source(
            document=doc_id,
            title=(info.title_in(lang) if info else meta.get("title", doc_id)),
            section=meta.get("section", ""),
            date=(info.date if info else meta.get("date", "")),
            url=(info.url if info else meta.get("url", "")),
            text=chunk.text if chunk else quote,
            score=float(score),
        )

    def _title(self, doc_id: str, lang: str, default: str) -> str:
        info = self.manifest.get(doc_id)
        return info.title_in(lang) if info else default

    def _where(self, src: Source, lang: str) -> str:
        from bot.knowledge.timeline import format_date

        bits = []
        if src.date:
            try:
                bits.append(format_date(date.fromisoformat(src.date), lang))
            except ValueError:
                bits.append(src.date)
        return ", ".join(bits)

    @staticmethod
    def _q(lang: str, text: str) -> str:
        """Quoted as the language quotes; quotation marks inside become single ones (‘ ’)."""
        text = text.strip().strip("«»“”\"")
        text = re.sub(r"[«“]\s*", "‘", re.sub(r"\s*[»”]", "’", text)).replace('"', "'")
        return f"« {text} »" if lang in ("fr", "ar") else f"“{text}”"

    def _quote_line(self, lang: str, quote: str, src: Source) -> str:
        return t("engine.source_quote", lang, quote=self._q(lang, quote),
                 title=self._title(src.document, lang, src.title))
