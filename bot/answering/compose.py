"""Step 4, compose: a choice -> :class:`Answer` in the user's language, with its sources.

Nothing is generated: an event's dates written the language's way, a card's vetted answer,
or the document's sentences quoted « » and framed in the reader's language; a refusal
says where to ask, with questions the cards answer as suggestions. Every source is the
chunk cited, titled in the reader's language when the manifest gives one.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

import numpy as np

from bot.answering.cards import CardChoice, ChooseCard
from bot.answering.events import EventChoice
from bot.answering.facts import EMAIL
from bot.answering.passages import PassageChoice, sentences_of, speaker_heading
from bot.answering.retrieve import DENSE_IN_SCOPE, TOP_K, ChunkRec, Retrieval, Retrieve
from bot.answering.types import Answer, Source
from bot.answering.understand import Understanding
from bot.knowledge.timeline import format_date, format_event_dates, relative_phrase
from bot.messages import t
from bot.text.places import place_parts
from ingest.dates import find_dates

GIST_ITEMS = 8
GIST_DATES = 3          # (at most: a paragraph of dates leaves no room for what it is about)
SUGGESTIONS = 3


def _inner_quotes(text: str) -> str:
    """Quotation marks inside a quoted text as single ones (‘ ’): « » and “ ” would close the quotation around it."""
    return re.sub(r"[«“]\s*", "‘", re.sub(r"\s*[»”]", "’", text)).replace('"', "'")


# words saying an address is for enquiries ("Registration and general enquiries:", "Pour toute information
# complémentaire", "للاستفسار"), and a section heading of contacts ("4. Contacts", "Nous contacter", "جهات الاتصال")
ENQUIRIES = re.compile(r"\b(?:enquir(?:y|ies)|inquir(?:y|ies)|questions?|further information|more information|information|"
                       r"renseignements?|toute information|informations? complémentaires?)\b"
                       r"|للاستفسار|الاستفسارات|استفسار|للاستعلام|لمزيد من المعلومات")
CONTACTS_HEAD = re.compile(r"\bcontacts?\b|\bnous contacter\b|\bpoints? focaux?\b|\bfocal points?\b|جهات الاتصال|للتواصل|"
                           r"الاتصال|التواصل")


class Compose:
    def __init__(self, retrieve: Retrieve, manifest: dict, glossary, cards: ChooseCard | None,
                 today: Callable[[], date], max_chars: int):
        self.retrieve = retrieve
        self.max_chars = max_chars
        self.manifest = manifest
        self.glossary = glossary
        self.cards = cards            # for suggestions; None when cards are off
        self.today = today
        self._contacts: dict[str, str] = {}    # a document's id -> the address it gives for enquiries (or "")

    # what the question itself gets ------------------------------------------------
    def problem(self, u: Understanding) -> Answer:
        """An empty or too long message."""
        if u.problem == "too_long":
            return Answer(u.question, u.language, False,
                          t("engine.too_long", u.language, limit=self.max_chars, length=len(u.q)), "too_long", 0.0)
        return Answer(u.question, u.language, False, t("engine.empty", u.language), "empty", 0.0)

    def no_index(self, u: Understanding) -> Answer:
        return Answer(u.question, u.language, False, t("engine.no_index", u.language), "refusal", 0.0)

    def refusal(self, u: Understanding, r: Retrieval | None = None) -> Answer:
        """"I don't know", and where to ask: the contact of the one document the question names, if any."""
        placed = r.titled or (next(iter(r.place_docs)) if len(r.place_docs) == 1 else "") if r is not None else ""
        return Answer(u.question, u.language, False,
                      t("engine.refusal", u.language, ask=self._ask(u.language, placed)), "refusal", 0.0, [])

    def _ask(self, lang: str, doc_id: str = "") -> str:
        """Where to ask a person: the contact the document answering gives for enquiries, when it gives one (a Suva
        corrigendum's "Registration and general enquiries: suva2040@pmmn.example", a Lubumbashi letter's "Pour toute
        information complémentaire ... courriel : ..."), then the secretariat's channels."""
        contact = self._contact_of(doc_id) if doc_id else ""
        ask = t("engine.ask_people", lang)
        return t("engine.ask_document", lang, contact=contact) + "\n" + ask if contact and contact not in ask else ask

    def _contact_of(self, doc_id: str) -> str:
        """The e-mail address a document gives for enquiries: said with words of enquiry, else the first of its
        contacts' section; "" when it gives none so (not any address it names: a form's, a speaker's)."""
        if doc_id not in self._contacts:
            said, listed = "", ""
            for chunk in self.retrieve.chunks_of(doc_id):
                heading = str(chunk.meta.get("section", "")).rsplit(" > ", 1)[-1]
                for sentence in sentences_of(chunk.text):
                    found = EMAIL.search(sentence)
                    if found and not said and ENQUIRIES.search(sentence.lower()):
                        said = found.group(0).rstrip(".")
                    if found and not listed and CONTACTS_HEAD.search(heading.lower()):
                        listed = found.group(0).rstrip(".")
            self._contacts[doc_id] = said or listed
        return self._contacts[doc_id]

    def with_suggestions(self, answer: Answer, qv: np.ndarray) -> Answer:
        """Questions the vetted cards answer, nearest first, in the user's language: what to ask next."""
        if self.cards:
            answer.suggestions = self.cards.suggestions(qv, answer.language, SUGGESTIONS)
        return answer

    # the choices ----------------------------------------------------------------------
    def event(self, u: Understanding, choice: EventChoice) -> Answer:
        """The event's dates (and place), past or upcoming, quoted from its source."""
        if not choice.answered:
            return self._unknown_facet(u, choice)
        question, lang, ev, score = u.question, u.language, choice.event, choice.score
        today = self.today()
        place = ev.place_in(lang)
        key = {"upcoming": "engine.timeline_upcoming", "ongoing": "engine.timeline_ongoing"}.get(
            ev.status(today), "engine.timeline_past")
        text = t(key, lang, name=ev.name_in(lang), dates=format_event_dates(ev, lang),
                 place=(t("engine.timeline_place", lang, place=place) if place else ""),
                 relative=relative_phrase(ev, today, lang))
        chunk = self.retrieve.chunk_with(ev.document, ev.quote)
        src = self._source(chunk, ev.document, ev.quote, min(1.0, score / 3), lang)
        text += "\n\n" + self._quote_line(lang, ev.quote, src)
        sources = [src]
        venue, vchunk = self._venue_sentence(ev) if u.asks_where and ev.place else ("", None)
        if venue:                                  # where: the sentence that says so, when the dates' does not
            vsrc = self._source(vchunk, ev.document, venue, min(1.0, score / 3), lang)
            text += "\n" + self._quote_line(lang, venue, vsrc)
            sources.append(vsrc)
        return Answer(question, lang, True, text, "timeline", min(0.95, 0.6 + score / 10), sources,
                      topic=f"event:{ev.id}")

    def _venue_sentence(self, ev) -> tuple[str, ChunkRec | None]:
        """The sentence of the event's document naming its venue, when its quotation does not ("The
        consultation took place at the UN House in Beirut" beside "Beirut, Lebanon, 5-6 November 2025"),
        with its chunk; ("", None) when there is none."""
        venue = next(iter(place_parts(ev.place.get("en") or next(iter(ev.place.values()), ""))), "")
        if not venue or venue.casefold() in ev.quote.casefold():
            return "", None
        chunk = self.retrieve.chunk_with(ev.document, venue)
        if chunk is None or venue not in chunk.text:
            return "", None
        sentence = next((s for s in sentences_of(chunk.text) if venue in s), "")
        return sentence, chunk if sentence else None

    def _unknown_facet(self, u: Understanding, choice: EventChoice) -> Answer:
        """What the documents say of an event, that they do not give what was asked, and where to ask."""
        question, lang, key, ev, score = u.question, u.language, choice.facet, choice.event, choice.score
        text = t(key, lang, name=ev.name_in(lang), dates=format_event_dates(ev, lang), place=ev.place_in(lang))
        chunk = self.retrieve.chunk_with(ev.document, ev.quote)
        src = self._source(chunk, ev.document, ev.quote, min(1.0, score / 3), lang)
        text += "\n" + self._ask(lang, ev.document)
        # (the facet is part of the topic: "when is the IMRF" and "the IMRF's registration deadline?" are two needs,
        # though one event answers both -- the question log groups by what answered)
        facet = key.rsplit(".", 1)[-1]
        return Answer(question, lang, False, text, "refusal", 0.0, [src], topic=f"event:{ev.id}:{facet}")

    def card(self, u: Understanding, choice: CardChoice, r: Retrieval) -> Answer:
        """The card's answer; its quotations first among the sources, then the passages retrieval found."""
        question, lang, card, score = u.question, u.language, choice.card, choice.score
        related = [(i, float(r.dense[i])) for i in r.ranked]
        sources, seen = [], set()
        # the card's quotations, those retrieval ranks first for this question leading
        order = {self.retrieve.chunks[idx].id: rank for rank, (idx, _) in enumerate(related)}
        quoted = [(src, self.retrieve.chunk_with(src["document"], src["quote"])) for src in card.sources]
        quoted.sort(key=lambda sc: order.get(sc[1].id, len(order)) if sc[1] is not None else len(order) + 1)
        for src, chunk in quoted:
            if chunk is not None and chunk.id in seen:
                continue
            seen.add(chunk.id if chunk else src["quote"])
            sources.append(self._source(chunk, src["document"], src["quote"], score, lang))
        for idx, sim in related:
            if len(sources) >= TOP_K:
                break
            c = self.retrieve.chunks[idx]
            if c.id not in seen:
                seen.add(c.id)
                sources.append(self._source(c, c.meta.get("doc_id", ""), "", sim, lang))
        return Answer(question, lang, True, card.answer[lang], "card", choice.confidence, sources,
                      topic=f"card:{card.id}")

    def passage(self, u: Understanding, choice: PassageChoice, r: Retrieval) -> Answer:
        """The chosen sentences quoted « », each run under its own document and section, framed in the
        reader's language, with a gist of their dates and terms for an Arabic or French reader; the
        chunks they come from cited first. When they do not hold the kind of fact asked for, the
        reply says so, quotes what the documents do say and where to ask, and is not an answer."""
        lang, ranked, dense = u.language, r.ranked, r.dense
        sources, seen = [], set()
        for idx in [choice.top] + [p[0] for p in choice.picked] + list(ranked[:TOP_K]):
            if idx in seen or len(sources) >= TOP_K:
                continue
            seen.add(idx)
            c = self.retrieve.chunks[idx]
            sources.append(self._source(c, c.meta.get("doc_id", ""), "", float(dense[idx]), lang))
        # consecutive runs of one document and section are quoted together, under that document's title
        groups: list[tuple[tuple[str, str], int, list[str]]] = []
        for idx, quoted in choice.runs:
            c = self.retrieve.chunks[idx]
            key = (c.meta.get("doc_id", ""), c.meta.get("section", ""))
            if groups and groups[-1][0] == key:
                groups[-1][2].append(quoted)
            else:
                groups.append((key, idx, [quoted]))
        if not choice.holds:
            groups = groups[:1]               # what the documents do say: the best passage alone
        parts, foreign = [], False
        for (doc_id, _), idx, quoted in groups:
            chunk = self.retrieve.chunks[idx]
            src = self._source(chunk, doc_id, "", 0.0, lang)
            # the quotation's language is named when it is not the reader's
            quoted_in = chunk.meta.get("language") or "en"
            foreign = foreign or quoted_in != lang
            key = f"engine.passage_intro_{quoted_in}" if quoted_in in ("en", "fr", "ar") else "engine.passage_intro"
            parts.append(t(key, lang, title=self._title(doc_id, lang, src.title),
                           where=self._where(src, lang, with_section=True)) + "\n" + self._q(lang, " […] ".join(quoted)))
        text = "\n\n".join(parts)
        gist = self._gist(choice.quotes, lang) if foreign else []
        if gist:
            text += "\n" + t("engine.key_points", lang, items={"ar": "؛ ", "fr": " ; "}.get(lang, "; ").join(gist))
        head = sources[0]
        topic = f"section:{head.document}:{head.section}"[:200]
        if not choice.holds:
            # (a day or session named is the likelier miss; then a person named; else no answer, not "the year you name")
            # (an exact last day asked: "the exact date", not "a deadline" the passage gives a month of)
            what = choice.missing or ("reason" if u.wanted.reason else
                                      "day" if u.wanted.exact and u.wanted.kind == "deadline" else u.wanted.kind) or (
                "part" if u.wanted.labels else "years" if u.wanted.years or u.days else
                "names" if r.entity_names else "answer")
            names = ", ".join(dict.fromkeys(r.entity_names))
            missing = t("engine.fact_unset", lang) if what == "unset" else \
                t("engine.fact_missing", lang, what=t(f"engine.fact_{what}", lang, word=choice.word or u.wanted.attribute,
                                                      names=names))
            return Answer(u.question, lang, False, missing + "\n\n" + text + "\n" + self._ask(lang, head.document),
                          "refusal", 0.0, sources, topic=topic)
        confidence = float(np.clip((float(dense[ranked[0]]) - DENSE_IN_SCOPE) / (0.9 - DENSE_IN_SCOPE), 0.2, 0.9))
        return Answer(u.question, lang, True, text, "passage", confidence, sources, topic=topic)

    # writing ---------------------------------------------------------------------
    def _gist(self, quote: str, lang: str) -> list[str]:
        """What a reader needs from a quotation in another language, in theirs: its dates written their way (as the
        documents' dates are found in every language) and its domain terms as the glossary translates them."""
        items: list[str] = []
        for m in find_dates(quote):
            written = format_date(m.start, lang, m.precision)
            if m.end and m.end != m.start:             # "17 to 20 May 2022": the first day, then the rest
                last = format_date(m.end, lang, m.precision)
                same = (m.start.year, m.start.month) == (m.end.year, m.end.month) and m.precision == "day"
                written = f"{written.split(' ', 1)[0] if same else written}–{last}"
            if written not in items and len(items) < GIST_DATES:
                items.append(written)
        for term, _, matched in self.glossary.find(quote):
            if term.id.startswith(("q-", "number-", "month-", "lex-")) or term.id in ("date", "next"):
                continue
            # glossary forms serve search; as a translation only a phrase, an acronym or a language's name is safe
            # ("باللغتين العربية والكردية": "kurde")
            if len(matched.split()) < 2 and not re.search(rf"\b{re.escape(matched.upper())}\b", quote) \
                    and term.type != "language":
                continue
            form = (term.forms.get(lang) or [""])[0]
            if form and form not in items:
                items.append(form)
        return items[:GIST_ITEMS]

    def _source(self, chunk: ChunkRec | None, doc_id: str, quote: str, score: float, lang: str = "en") -> Source:
        """A cited chunk; its title in the reader's language when the manifest gives one."""
        info = self.manifest.get(doc_id)
        meta = chunk.meta if chunk else {}
        # a speaker's heading ("Ms. Ingrid Solberg, Senior ... Specialist, ILO") is quoted as the chunk's first
        # line: the text cited holds it
        heading = speaker_heading(meta.get("section", "")) if chunk else ""
        return Source(
            document=doc_id,
            title=(info.title_in(lang) if info else meta.get("title", doc_id)),
            section=meta.get("section", ""),
            date=(info.date if info else meta.get("date", "")),
            url=(info.url if info else meta.get("url", "")),
            text=(f"{heading}\n{chunk.text}" if heading else chunk.text) if chunk else quote,
            score=float(score),
        )

    def _title(self, doc_id: str, lang: str, default: str) -> str:
        """A document's title, to be quoted: quotation marks inside it become single ones ("... à distance (« nomades
        numériques ») ..." in “...”: the reader -- and a screen reader -- sees where the title ends)."""
        info = self.manifest.get(doc_id)
        return _inner_quotes(info.title_in(lang) if info else default)

    def _where(self, src: Source, lang: str, with_section: bool = False) -> str:
        """The document's date (and the section quoted: its own heading), the reader's way."""
        bits = []
        if src.date:
            try:
                bits.append(format_date(date.fromisoformat(src.date), lang))
            except ValueError:
                bits.append(src.date)
        heading = src.section.split(" > ")[-1].strip() if with_section and src.section else ""
        if heading:
            bits.append(t("engine.section", lang, name=self._q(lang, heading)))
        return ", ".join(bits)

    @staticmethod
    def _q(lang: str, text: str) -> str:
        """Quoted as the language quotes; quotation marks inside become single ones (‘ ’)."""
        text = _inner_quotes(text.strip().strip("«»“”\""))
        return f"« {text} »" if lang in ("fr", "ar") else f"“{text}”"

    def _quote_line(self, lang: str, quote: str, src: Source) -> str:
        info = self.manifest.get(src.document)
        title = self._title(src.document, lang, src.title)
        translated = bool(info and info.titles.get(lang))
        quoted_in = self.retrieve.language_of(src.document)
        if not translated and (lang != "en" or quoted_in != lang):
            title = self._q(lang, title)          # a title in another language is quoted, like the passage it names
        # (a quotation in another language than the asker's says which: "Source, “...”, quoted in Arabic: “...”")
        key = f"engine.source_quote_{quoted_in}" if quoted_in in ("en", "fr", "ar") else "engine.source_quote"
        return t(key, lang, quote=self._q(lang, quote), title=title)
