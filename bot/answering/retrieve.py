"""Step 2, retrieve: :class:`Understanding` + query vector -> :class:`Retrieval`.

The index is mirrored in memory at load (the chunks' vectors, a BM25 index of their
headings and text). A question's chunks are ranked by dense similarity and BM25 fused,
with the user's own language, a heading the question names and the question's year
preferred; the top dense similarity and the question's domain words decide whether the
documents speak of it at all.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from bot.answering.events import TitledMeetings, heads_its_section
from bot.answering.facts import (AR_NAME_JOINS, SPECIFIC_KINDS, arabic_name_pairs, arabic_person_names, codes, day_months,
                                 heads_who_takes_part, holds, parts_named, person_names, who_clause)
from bot.answering.understand import Understanding, years_in
from bot.text.language import ARABIC_CHAR, normalize
from bot.text.lexical import LexicalIndex, tokens
from ingest.dates import names_title
from bot.text.places import (place_forms, event_places_asked, gazetteer_spans, meeting_places_asked, places_in, origins_asked, place_pattern,
                              places_asked)

# Calibrated on the public set and tests/questions/*.yaml (see `gcmbot bench answer`).
DENSE_IN_SCOPE = 0.80     # top chunk cosine under which a question is out of the documents' scope
DENSE_STRONG = 0.845      # top chunk cosine that is in scope even without domain words
DENSE_WITH_TERMS = 0.74   # ... and the bar when the question names terms of the domain (IMRF, accreditation ...)
#: the best-ranked chunks the passage step reads
PASSAGE_CHUNKS = 5
#: the best-ranked chunks that may name a subject ``not_covered.yaml`` lists (a document added later):
#: those the passage step reads, which then needs a sentence naming it to answer
SPEAKS_OF = PASSAGE_CHUNKS
DENSE_WEIGHT = 0.55       # fusion: weight of the dense score (the rest is BM25)
SAME_LANGUAGE_BONUS = 0.05   # documents in the user's language are preferred when the base has them
HEADING_BONUS = 0.2           # a chunk whose own heading the question names ("Participants", "Outcome document")
TITLE_BONUS = 0.2             # the chunks of a document whose title holds the question's words ("the data workshop")
SAME_YEAR_BONUS = 0.2        # "the 2021 conference": the documents of that year first
PLACED_BONUS = 1.0           # "l'atelier de Tunis": the chunks of the documents of the meeting held there before any other
TOP_K = 5
RANKED = max(TOP_K, 8)       # how many chunks the later steps may look at
HEADING_STEM = 6             # heading words compared by their first letters (participate ~ participants)
RARE_IDF = 3.7               # a word this rare names something (BM25 idf: in 2 of the 107 chunks or fewer)
# a question using this many glossary entries the documents use is about them (measured on the
# public, own and realistic dev sets and a held-out dev document: every out-of-scope question
# uses at most one -- "weather in Beirut", "couscous marocain" -- in-scope French and Arabic
# questions about a new document two or more)
SCOPE_ENTRIES = 2
KIND_BONUS = 0.1             # a chunk holding the kind of fact asked (an address, a time, a count of ...) first
KIND_REACH = 64              # chunks read for the kind-of-fact bonus, at most
COGNATE = 6                 # letters an English word and its French cognate share ("certificate", "certificat")
RARE_KINDS = ("email", "send", "phone", "link", "access", "download", "format", "hotel")   # facts a document gives once, often apart from the
                                                            # words asked ("held in person only")
HOLDING_CHUNKS = 2           # how many chunks holding such a fact are offered


@dataclass
class ChunkRec:
    id: str
    text: str
    meta: dict


@dataclass
class Retrieval:
    ranked: list[int]          # chunk indexes, best first (fused score)
    dense: np.ndarray          # every chunk's cosine to the query
    in_scope: bool             # do the documents speak of this at all?
    holding: list[int] = field(default_factory=list)   # for an address, a phone, a link: the chunks that hold
                                                        # one, those of the best-ranked documents first
    entities: list[frozenset] = field(default_factory=list)   # the person the question names (one the
                                                        # documents name): the words naming them, lower case
    entity_names: list[str] = field(default_factory=list)   # ... as the reader's language writes them
    place_docs: set = field(default_factory=set)   # "l'atelier de Tunis", "مؤتمر عمان": the documents of the
                                                   # events held where the question says its meeting is, or
                                                   # the document whose title names the meeting asked
    titled: str = ""                               # ... that document, when its title named it (its title's words
                                                   # then tell none of its sentences apart)
    origins: list = field(default_factory=list)    # a count or a price narrowed to places ("participants from
                                                   # Lebanon", "the cost of sending money to Egypt"):
                                                   # each the English names (normalised) a place asked stands for
    placed_at: list = field(default_factory=list)  # where the question holds its meeting ("the Rabat meeting"):
                                                   # each the English names (normalised) the place stands for

    @property
    def top_dense(self) -> float:
        return float(self.dense.max()) if len(self.dense) else 0.0


def _and_above(section: str) -> list[str]:
    """A section's path and the paths of the sections above it, nearest first ("A > B > C", "A > B", "A")."""
    return [section, *(section.rsplit(" > ", k)[0] for k in range(1, section.count(" > ") + 1))] if section else []


def in_english(text: str, glossary, language: str) -> str:
    """What a French or Arabic chunk is about, in English words, for the lexical index: the English forms of
    the glossary terms it uses and the English names of the places it names ("المنامة": Manama). Words are
    matched across languages only through these: there is no translation model here. "" for English."""
    if language == "en" or glossary is None:
        return ""
    forms = glossary.english_of(text, skip=("q-", "number-", "ordinal-"))
    forms += [name for _, _, name in gazetteer_spans(normalize(text))]
    return "\n" + " ".join(dict.fromkeys(forms))


class Retrieve:
    """The in-memory mirror of the index, and the ranking of its chunks for a question."""

    def __init__(self, chunks: list[ChunkRec], matrix: np.ndarray, glossary=None):
        self.chunks = chunks
        self.matrix = matrix
        self.glossary = glossary
        self._langs = np.asarray([c.meta.get("language", "en") for c in chunks])
        self._years = np.asarray([int(d[:4]) if (d := str(c.meta.get("date") or ""))[:4].isdigit() else 0
                                  for c in chunks])
        self.lexical = LexicalIndex([f"{c.meta.get('section', '')}\n{c.text}" + in_english(
            f"{c.meta.get('section', '')}\n{c.text}", glossary, c.meta.get("language", "en")) for c in chunks])
        # what the documents name: people (after a title), days, document symbols -- a question naming
        # one of them is about the documents even when it shares few other words with them
        self._people, self._codes = set(), set()
        self._people_pairs: set[tuple[str, str]] = set()     # consecutive words of the people Arabic texts name
        self._doc_ids = np.asarray([c.meta.get("doc_id", "") for c in chunks])
        # the chunks under a heading on who takes part ("3. Participants", "Who can apply?", "من يمكنه المشاركة")
        self._who_heads = np.asarray([heads_who_takes_part(c.meta.get("section", "")) for c in chunks], dtype=bool)
        self._kind_masks: dict[tuple, np.ndarray] = {}     # rare kind of fact asked -> the chunks holding one
        self._doc_days: dict[str, set] = {}
        for c in chunks:
            self._doc_days.setdefault(c.meta.get("doc_id", ""), set()).update(
                day_months(f"{c.meta.get('section', '')}\n{c.text}"))
        self._days = set().union(*self._doc_days.values()) if chunks else set()
        lower_words = {w for c in chunks for w in re.findall(r"\b[a-z][\w'’-]+", c.text)}
        self._lower_words = frozenset(lower_words)         # (a name that is also a word: "field", "hope", "may")
        for c in chunks:
            body = f"{c.meta.get('section', '')}\n{c.text}"
            self._people |= person_names(body)
            if ARABIC_CHAR.search(body):
                self._people_pairs |= arabic_name_pairs(normalize(body))
            self._codes |= codes(body)
            # the rare proper nouns of a speaker's heading (never written in lower case): their
            # organisation ("... at Fragomen", "UCLG-MEWA") -- not a city or a country ("American University of
            # Beirut": "the Beirut hearing" is not about that speaker)
            head = c.meta.get("section", "").split(" > ")[-1]
            if person_names(head):
                self._people |= {normalize(w) for w in re.findall(r"\b[A-Z][\w'’-]{2,}", head)
                                 if w.lower() not in lower_words and not gazetteer_spans(normalize(w))
                                 and self.lexical.idf(tokens(w)[0] if tokens(w) else "") >= RARE_IDF}
        # each chunk's own heading (the last level of its section, numbering dropped), word stems
        # cut to HEADING_STEM letters, with their weights: as postings (stem -> chunks, weights)
        # and each heading's total weight, so that a question costs the chunks whose heading
        # shares a stem with it, not a pass over every chunk (~0.3 s a question at 10,700 chunks)
        # (a French or Arabic heading's terms also in English, weighing what the words they translate weigh: an
        # English question names "ثانياً – الأهداف" by "objectives")
        postings: dict[str, tuple[list[int], list[float]]] = {}
        self._heading_totals = np.zeros(len(chunks))
        for i, c in enumerate(chunks):
            heading = re.sub(r"^[\dIVXA-H]{1,4}[.)]\s*", "", c.meta.get("section", "").split(" > ")[-1])
            for tk in tokens(heading):
                if tk.isdigit():
                    continue
                weight = self.lexical.idf(tk)
                ids, weights = postings.setdefault(tk[:HEADING_STEM], ([], []))
                ids.append(i)
                weights.append(weight)
                self._heading_totals[i] += weight
            if glossary is None or c.meta.get("language", "en") == "en":
                continue
            for term, _, matched in glossary.find(heading):
                if term.id.startswith(("q-", "number-", "ordinal-", "month-")):
                    continue
                weight = sum(self.lexical.idf(tk) for tk in tokens(matched) if not tk.isdigit())
                for stem in {tk[:HEADING_STEM] for form in term.english[:3] for tk in tokens(form)} - \
                        {tk[:HEADING_STEM] for tk in tokens(heading)}:
                    ids, weights = postings.setdefault(stem, ([], []))
                    ids.append(i)
                    weights.append(weight)
        self._heading_postings = {stem: (np.asarray(ids, dtype=np.int64), np.asarray(weights))
                                  for stem, (ids, weights) in postings.items()}
        # chunk -> the numbered parts and editions it names ("Session 2: ...", "Second Regional Review
        # Conference"), read when a question first needs them
        self._parts: dict[int, set] = {}
        self._doc_place_words: dict[str, set] = {}            # document id -> its words and gazetteer places
        self._doc_chunks: dict[str, list[int]] = {}          # document id -> its chunks, in order
        for i, c in enumerate(chunks):
            self._doc_chunks.setdefault(c.meta.get("doc_id", ""), []).append(i)
        # each document's title, as word stems -> the documents whose title has them; each chunk's document
        doc_ids = list(self._doc_chunks)
        self._chunk_doc = np.zeros(len(chunks), dtype=np.int64)
        self._title_postings: dict = {}                       # stem -> the documents whose title has it
        for d, doc_id in enumerate(doc_ids):
            idx = self._doc_chunks[doc_id]
            self._chunk_doc[idx] = d
            for stem in {tk[:HEADING_STEM] for tk in tokens(str(chunks[idx[0]].meta.get("title", ""))) if not tk.isdigit()}:
                self._title_postings.setdefault(stem, []).append(d)
        self._title_postings = {stem: np.asarray(ds, dtype=np.int64) for stem, ds in self._title_postings.items()}
        self._n_docs = len(doc_ids)
        # the places events are held in and the documents that give them (know_places)
        self._doc_places: dict[str, set] = {}
        self._section_places: dict[tuple, set] = {}          # ... by section, for a document of several meetings
        self._title_places: dict[str, set] = {}               # the places a document's title names
        self._place_re = None
        self._prefixes: set[str] | None = None   # the first 1-6 letters of the documents' words (_mentions, says_like)
        self._titled = None                                   # the meetings new documents' titles name

    def know_places(self, events, titled: TitledMeetings | None = None) -> None:
        """The places events are held in, by name, and the documents that give them (the engine
        tells, once the timeline and the dates found in the documents are loaded)."""
        self._doc_places, self._section_places = {}, {}
        for ev in events:
            # (a name with a hyphen as typed without: "bobo dioulasso", "port gentil")
            names = {form for p in ev.named_places() for form in place_forms(p)}
            if ev.document and names:
                self._doc_places.setdefault(ev.document, set()).update(names)
            if ev.document and ev.section and ev.kind == "event" and heads_its_section(ev):
                self._section_places.setdefault((ev.document, ev.section), set()).update(names)   # (none, online)
        self._place_re = place_pattern(p for held in self._doc_places.values() for p in held)
        self._titled = titled or TitledMeetings(events)      # the engine's ChooseEvent already built it
        # the documents that announce their meeting: each meeting their title names is later than they are dated (an
        # information note, a call: what it says of recommendations is what the meeting is to agree on)
        dated = {c.meta.get("doc_id"): (str(c.meta.get("date") or ""), str(c.meta.get("title") or "")) for c in self.chunks}
        self._title_places = {doc: places_in(normalize(title))
                              for doc, (_, title) in dated.items() if title}
        own: dict[str, list[bool]] = {}
        self._meeting_days: dict[str, set[tuple[int, int]]] = {}
        self._section_days: dict[tuple[str, str], set[tuple[int, int]]] = {}
        titled_days: dict[str, set[tuple[int, int]]] = {}
        meetings: Counter = Counter()
        for ev in events:
            issued, title = dated.get(ev.document, ("", ""))
            names_it = bool(title) and any(names_title(n, title) for n in ev.name.values())
            if ev.kind == "event" and ev.precision == "day" and (ev.last_day - ev.start).days < 14:
                # (the days of its meetings: "مشاورة ١٦ أكتوبر في الرباط" names one by them)
                days = [ev.start + timedelta(k) for k in range((ev.last_day - ev.start).days + 1)]
                self._meeting_days.setdefault(ev.document, set()).update((d.day, d.month) for d in days)
                self._section_days.setdefault((ev.document, ev.section), set()).update((d.day, d.month) for d in days)
                meetings[ev.document] += 1
                if names_it:
                    titled_days.setdefault(ev.document, set()).update((d.day, d.month) for d in days)
            if ev.kind == "event" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued) and names_it:
                # (more than a day later: a summary dated its meeting's first day reports its second)
                own.setdefault(ev.document, []).append((ev.start - date.fromisoformat(issued)).days > 1)
        self._announcing = {doc for doc, later in own.items() if all(later)}
        # (only of a document about one meeting: a report of several dialogues names each by its day; or of the
        # meeting its title names, whatever later ones it announces: "Compte rendu du webinaire ..." of 6 January,
        # with its next steps in February and March)
        self._meeting_days = {doc: own_days for doc, days in self._meeting_days.items()
                              if (own_days := days if meetings[doc] == 1 else titled_days.get(doc))}

    def meeting_days(self, doc_id: str) -> set[tuple[int, int]]:
        """(day, month) of each day of the one meeting a document gives the days of, or of the meeting its title names
        when it gives several (none when its title names none of them)."""
        return getattr(self, "_meeting_days", {}).get(doc_id, set())

    def section_days(self, doc_id: str, section: str) -> set[tuple[int, int]]:
        """(day, month) of each day of the meetings a section, or a section above it, gives the days of ("١. المشاورة
        الوطنية ..." > "اللغات والوثائق" is the consultation's of 23-24 November)."""
        held = getattr(self, "_section_days", {})
        return set().union(*(held.get((doc_id, key), set()) for key in _and_above(section)))

    def announces(self, doc_id: str) -> bool:
        """Is the document dated before every meeting its title names (it announces them; it reports none)?"""
        return doc_id in getattr(self, "_announcing", ())

    def _doc_names_place(self, doc_id: str, names: frozenset) -> bool:
        """Does the document name this place (its English names, normalised) anywhere, in any language?"""
        held = self._doc_place_words.get(doc_id)
        if held is None:
            text = normalize(" ".join(f"{c.meta.get('section', '')} {c.text}" for c in self.chunks_of(doc_id)))
            held = self._doc_place_words[doc_id] = set(tokens(text)) | places_in(text)
        return any(name in held or all(tk in held for tk in tokens(name)) for name in names)

    def chunk_ids_of(self, doc_id: str) -> list[int]:
        """The indexes of a document's chunks, in order."""
        return self._doc_chunks.get(doc_id, [])

    def chunks_of(self, doc_id: str) -> list[ChunkRec]:
        """A document's chunks, in order."""
        return [self.chunks[i] for i in self.chunk_ids_of(doc_id)]

    def language_of(self, doc_id: str) -> str:
        """The language a document is written in (its chunks'), "en" when it has none here."""
        held = self._doc_chunks.get(doc_id)
        return self.chunks[held[0]].meta.get("language", "en") if held else "en"

    def places_of(self, doc_id: str, section: str | None = None) -> set[str] | None:
        """The places (normalised) a document's events are held in; with ``section``, of the meeting the section is
        about when it heads one (a calendar's "3. Consultation sous-régionale du Maghreb": Rabat, not the Amman
        workshop's; none for its online webinar's), else None."""
        if section is None:
            return self._doc_places.get(doc_id, set())
        for key in _and_above(section):
            if (doc_id, key) in self._section_places:
                return self._section_places[(doc_id, key)]
        return None

    def places_named(self, question: str) -> set[str]:
        """The places events are held in that a question names ("Tunis", "New York"; in Arabic or French
        too: "عمان", "Beyrouth")."""
        return places_asked(self._place_re, normalize(question))

    @classmethod
    def from_data(cls, data: dict, glossary=None) -> "Retrieve":
        """From the index's chunks as ``VectorStore.get_all(embeddings=True)`` gives them."""
        order = sorted(range(len(data["ids"])), key=lambda i: (data["metadatas"][i].get("doc_id", ""),
                                                                data["metadatas"][i].get("position", 0)))
        chunks = [ChunkRec(data["ids"][i], data["documents"][i], data["metadatas"][i]) for i in order]
        matrix = (np.asarray([data["embeddings"][i] for i in order], dtype=np.float32)
                  if order else np.zeros((0, 384), dtype=np.float32))
        return cls(chunks, matrix, glossary)

    def __call__(self, u: Understanding, qv: np.ndarray) -> Retrieval:
        """Chunk indexes best first (dense and BM25 fused), with the raw dense scores."""
        dense = self.matrix @ qv
        qtok = list(dict.fromkeys(tokens(u.query) + tokens(" ".join(u.expansion))))
        lex = np.asarray(self.lexical.scores(qtok), dtype=np.float32)
        d = (dense - dense.min()) / max(1e-6, float(dense.max() - dense.min()))
        lx = lex / float(lex.max()) if lex.max() > 0 else lex
        fused = DENSE_WEIGHT * d + (1 - DENSE_WEIGHT) * lx
        fused = fused + SAME_LANGUAGE_BONUS * (self._langs == u.language)   # the user's own language first
        fused = fused + HEADING_BONUS * self._heading_match(qtok)
        fused = fused + TITLE_BONUS * self._title_match(qtok)
        years = years_in(u.query)
        if years:
            fused = fused + SAME_YEAR_BONUS * np.isin(self._years, years)
        places = self.places_named(u.q)
        if places:                           # "l'atelier de Tunis": the documents of the events held there first
            naming = [doc for doc, held in self._doc_places.items() if places & held]
            fused = fused + SAME_YEAR_BONUS * np.isin(self._doc_ids, naming)
        norm = normalize(u.q)
        held_at = event_places_asked(self._place_re, norm) if places else set()
        place_docs = {doc for doc, held in self._doc_places.items() if held_at & held}
        titled, named_at = "", held_at         # (the places the question names: not its titled meeting's own)
        if not place_docs and self._titled is not None:      # "the expert meeting on migrant children's education":
            titled = self._titled.named_document(u) or ""    # the meeting a new document's title names
            place_docs = {titled} if titled else set()
            held_at = held_at | self._doc_places.get(titled, set()) | self._title_places.get(titled, set())
            # (its place is where it is, not where they come from: its events' or, when none gives one, its title's --
            # "بسلايدات لوساكا ..., وكام عيادة قانونية؟" of a deck titled "... briefing for civil society, Lusaka, ...")
        if not place_docs and places:        # (else a meeting named further on in its clause: "la consultation sur la
            held_at = held_at | event_places_asked(self._place_re, norm, wide=True)   # route de l'Est a Djibouti")
            place_docs = {doc for doc, held in self._doc_places.items() if held_at & held}
            named_at = held_at
        if place_docs:                       # ... and the meeting held there is answered from its documents only
            fused = fused + PLACED_BONUS * np.isin(self._doc_ids, list(place_docs))
        if u.wanted.labels and len(fused):   # "session 2", "the second conference": the chunks that name it first
                                             # (of the meeting's documents, when it is placed)
            reach = self._near_top(fused, SAME_YEAR_BONUS)
            bonus = np.zeros(len(fused), dtype=fused.dtype)
            bonus[reach] = [set(u.wanted.labels) <= self._parts_of(i) for i in reach]
            fused = fused + SAME_YEAR_BONUS * bonus
        if u.days:                           # "the 3 November session": the documents that name that day first
            naming = [doc for doc, days in self._doc_days.items() if set(u.days) & days]
            fused = fused + SAME_YEAR_BONUS * np.isin(self._doc_ids, naming)
        if u.wanted.kind == "eligible":      # "who can apply", "مين المدعوين": a section on who takes part is named
            fused = fused + HEADING_BONUS * self._who_heads
        if u.wanted.kind in SPECIFIC_KINDS and len(fused):
            # a chunk holding the kind of fact asked first; only the chunks the bonus could bring into
            # the top RANKED are read (the rest stay below it anyway): checking every chunk's text cost
            # ~1 ms a chunk, 10 s a question at 100x today's knowledge base
            reach = self._near_top(fused, KIND_BONUS)
            bonus = np.zeros(len(fused), dtype=fused.dtype)
            bonus[reach] = [holds(u.wanted, self.chunks[i].text, u.q, context=self.chunks[i].meta.get("section", ""))
                            for i in reach]
            fused = fused + KIND_BONUS * bonus
        order = np.argsort(-fused)
        ranked = list(order[:RANKED])
        holding = self._holding(u, order) if u.wanted.kind in RARE_KINDS else []
        top_dense = float(dense.max()) if len(dense) else 0.0
        # (or a meeting held where a document's meeting is: "امتى ورشة مسقط؟")
        named = (bool(u.terms) or bool(place_docs) or self._names_entity(u) or self._speaks_of(u)
                 or self._says_subject(u, order))
        entities = self._entities(u)
        # "the meeting in Muscat": where the question says a meeting is held (and no document need hold it)
        placed_at = meeting_places_asked(norm)
        # (nor a count's place where the question's meeting is held, though the documents give it no place there: "le
        # marathon 24h de port louis : faut suivre combien de créneaux" of an online marathon hosted from Port Louis)
        origins = (origins_asked(self._place_re, norm, held_at.union(*placed_at), asker=False)
                   if u.wanted.kind in ("number", "share", "cost") else
                   origins_asked(self._place_re, who_clause(norm), held_at, adjectives=True, bodies=False)
                   if u.wanted.kind == "person" else
                   # the countries a date is asked for ("the consultation of Comoros, Djibouti and Sudan, when?"),
                   # not where a meeting is held ("... (reunoin travailleuses domestiques beyrouth)")
                   [o for o in origins_asked(self._place_re, norm, held_at)
                    if not (self._place_re and any(self._place_re.search(name) for name in o))]
                   # (and what a thing is in a country: "le salaire minimum ... au Bahreïn"; not any question naming a
                   # country, which may be where the asker lives: "j'habite au Maroc, je peux postuler ?")
                   if u.wanted.kind in ("date", "day", "deadline", "attribute") else [])
        # "the meeting in Muscat" when no document names Muscat: whatever they say is about another meeting
        unplaced = [names for names in placed_at if not any(map(self._mentions, names))]
        # ... nor "the birth registration workshop in Tunis" what a new document says of its workshop in Oran
        # (a document that names the place asked anywhere may be about a meeting there)
        if titled:
            unplaced += [names for names in placed_at if not self._doc_names_place(titled, names)]
        in_scope = self._in_scope(u.query, top_dense, named, u.language) and not unplaced
        return Retrieval(ranked, dense, in_scope, holding,
                         [forms for forms, _ in entities],
                         [name for _, name in entities] + [p.title() for p in sorted(named_at) if place_docs], place_docs,
                         titled, origins, placed_at)

    def _entities(self, u: Understanding) -> list[tuple[frozenset, str]]:
        """The person a question names among those the documents name ("Zohry", "william gois"): an
        answer about them must name them. (Not a country: "I run an association in Jordan, who do I
        contact?" is answered by the text for every country.)"""
        people = self._people_in(u.q)
        if not people:
            return []
        return [(frozenset(people), " ".join(w.title() for w in people))]    # named by any of its words ("Mr. Gois")

    @staticmethod
    def _near_top(fused: np.ndarray, bonus: float) -> np.ndarray:
        """The chunks a bonus this large could bring into the top RANKED (at most KIND_REACH of them,
        the best: copies of one text tie by the hundred); the rest stay below it anyway."""
        k = min(RANKED, len(fused))
        reach = np.flatnonzero(fused >= np.partition(fused, -k)[-k] - bonus)
        if len(reach) > KIND_REACH:
            reach = reach[np.argpartition(-fused[reach], KIND_REACH)[:KIND_REACH]]
        return reach

    def _parts_of(self, i: int) -> set:
        parts = self._parts.get(i)
        if parts is None:
            c = self.chunks[i]
            parts = self._parts[i] = parts_named(f"{c.meta.get('title', '')}\n{c.meta.get('section', '')}\n{c.text}")
        return parts

    def _holding(self, u: Understanding, order: np.ndarray) -> list[int]:
        """The chunks holding the rare kind of fact asked (an e-mail address, a phone number, a link),
        those of the documents the question is about (their best chunk's rank) first: the address a
        document gives in its last lines is its own, whatever the question's words. Which chunks
        hold one does not depend on the question: found once per kind, then a mask."""
        key = (u.wanted.kind, u.wanted.platform)
        mask = self._kind_masks.get(key)
        if mask is None:
            mask = self._kind_masks[key] = np.asarray(
                [holds(u.wanted, c.text) for c in self.chunks], dtype=bool)
        found = order[mask[order]]
        if not len(found):
            return []
        docs = self._doc_ids[order]
        names, first = np.unique(docs, return_index=True)
        doc_rank = dict(zip(names.tolist(), first.tolist()))
        found = sorted(found.tolist(), key=lambda i: doc_rank[self._doc_ids[i]])   # stable: rank within a document
        return found[:HOLDING_CHUNKS]

    def _speaks_of(self, u: Understanding) -> bool:
        """Does the question use, in any language, at least SCOPE_ENTRIES of the glossary's entries
        whose English the documents use ("date limite des candidatures pour l'atelier sur les
        données": deadline, workshop, data)?"""
        used = {t.id for t in u.vocabulary
                if any(tk in self.lexical.vocab for form in t.english[:3] for tk in tokens(form))}
        return len(used) >= SCOPE_ENTRIES

    def _says_subject(self, u: Understanding, order) -> bool:
        """Does the question name a subject ``not_covered.yaml`` lists that the best-ranked chunks name in
        the words asked, or answer as the subject says ("tarif de l'hôtel ?" of a note giving "a rate of 95 US
        dollars per night" at the hotel): a document added later covers it."""
        if self.glossary is None or not self.glossary.subject_asked(u.q)[0]:
            return False
        return self.glossary.uncovered_subject(u.q, [self.chunks[i].text for i in order[:SPEAKS_OF]]) is None

    def _names_entity(self, u: Understanding) -> bool:
        """Does the question name a person, a day or a document symbol the documents name?"""
        return bool(self._people_in(u.query) or set(u.days) & self._days or codes(u.query) & self._codes)

    def _people_in(self, text: str) -> list[str]:
        """The words of a text that name people the documents name (after a title), in the text's order. An
        Arabic name's word counts when the text writes it after a title or beside another word of that name
        ("شو قال الدكتور سامي بن عمار"): alone, it may be any word ("دراسة", "أمل")."""
        norm = normalize(text)
        words = set(re.findall(r"[^\W\d_]+", norm)) & self._people
        # (a word the documents also write in lower case, or a word of a term of the glossary, written so: "day 3 field
        # visit" names no Ms. Field)
        termed = {w for _, _, matched in self.glossary.find(text) for w in re.findall(r"[^\W\d_]+", normalize(matched))} \
            if self.glossary is not None and words else set()
        words = {w for w in words if w not in self._lower_words and w not in termed or any(
            m.group(0)[:1].isupper() for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE))}
        if words and ARABIC_CHAR.search(norm):
            arabic = {w for w in words if ARABIC_CHAR.search(w)}
            said = {w for name in arabic_person_names(norm) for w in name}
            seq = [w for w in re.findall(r"[^\W\d_]+", norm) if w not in AR_NAME_JOINS]
            paired = {w for pair in zip(seq, seq[1:]) if pair in self._people_pairs for w in pair}
            words -= arabic - said - paired
        return sorted(words, key=norm.find)

    def _heading_match(self, qtok: list[str]) -> np.ndarray:
        """Per chunk, the share of its own heading ("Participants", "Outcome document") that the
        question names."""
        named = np.zeros(len(self.chunks))
        for stem in {tk[:HEADING_STEM] for tk in qtok}:
            posting = self._heading_postings.get(stem)
            if posting is not None:
                np.add.at(named, posting[0], posting[1])
        share = np.divide(named, self._heading_totals, out=np.zeros_like(named), where=self._heading_totals > 0)
        return np.minimum(share, 1.0).astype(np.float32)     # (a heading named in two languages is named once)

    def _title_match(self, qtok: list[str]) -> np.ndarray:
        """Per chunk, the share of the question's words (weighted by rarity, the documents' words
        only) that its document's title holds: "the migration data workshop" is the workshop's note."""
        weights: dict[str, float] = {}
        for tk in qtok:
            if not tk.isdigit() and tk in self.lexical.vocab:
                weights[tk[:HEADING_STEM]] = max(weights.get(tk[:HEADING_STEM], 0.0), self.lexical.idf(tk))
        total = sum(weights.values())
        per_doc = np.zeros(self._n_docs, dtype=np.float32)
        if not total:
            return per_doc[self._chunk_doc]
        for stem, w in weights.items():
            docs = self._title_postings.get(stem)
            if docs is not None:
                per_doc[docs] += w / total            # a stem counts once per title
        return per_doc[self._chunk_doc]

    def _in_scope(self, query: str, top_dense: float, terms, language: str = "en") -> bool:
        """Does the knowledge base speak of this? Domain words and dense similarity together. The
        documents' own words can only be counted in an English question: an Arabic or French one
        with no glossary term is in scope on the strong dense bar alone."""
        if terms:
            return top_dense >= DENSE_WITH_TERMS       # short questions ("Quand a lieu le FEMI ?") sit low
        if top_dense >= DENSE_STRONG and (language != "en" or self._english_overlap(query) >= 0.5):
            return True
        return top_dense >= DENSE_IN_SCOPE and self._english_overlap(query) >= 0.6

    def says_like(self, word: str) -> bool:
        """Does a document use a word that starts as this one does (its first six letters: "certificate" and
        "certificat", "recording" and "recorded")? The cognates an English word may have in a French document."""
        return len(word) < COGNATE or word[:COGNATE] in self._prefixes_of_words()

    def _prefixes_of_words(self) -> set[str]:
        """The first one to six letters of every word of the documents (built once)."""
        if self._prefixes is None:
            self._prefixes = {w[:n] for w in self.lexical.vocab for n in range(1, min(COGNATE, len(w)) + 1)}
        return self._prefixes

    def _mentions(self, place: str) -> bool:
        """Does any document name this place (English, normalised), or its people ("Oman": "Omani")?
        Each word is looked up by its first five letters among the documents' words."""
        prefixes = self._prefixes_of_words()
        words = tokens(place)
        return all(tk[:5] in prefixes for tk in words) if words else True

    def _english_overlap(self, text: str) -> float:
        """Share of the question's content words that the documents use."""
        toks = [tk for tk in tokens(text) if not tk.isdigit()]
        if not toks:
            return 0.0
        return sum(1 for tk in toks if tk in self.lexical.vocab) / len(toks)

    def chunk_with(self, doc_id: str, quote: str) -> ChunkRec | None:
        """The chunk of a document that holds a quotation (a card's or an event's)."""
        want = re.sub(r"\s+", " ", quote).strip()
        candidates = self.chunks_of(doc_id)
        for c in candidates:      # a speaker's "by ..." line is the chunk's section heading, not its text
            if want and want in re.sub(r"\s+", " ", f"{c.meta.get('section', '')}\n{c.text}"):
                return c
        # a quotation spanning a chunk boundary: the chunk sharing most of its words
        qt = set(tokens(quote))
        return max(candidates, key=lambda c: len(qt & set(tokens(c.text))), default=None)
