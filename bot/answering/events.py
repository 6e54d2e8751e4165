"""Step 3 (choose), the event a question names: :class:`Understanding` -> :class:`EventChoice`.

A "when" or "where" question about a dated event is answered from the timeline: the
event whose phrases (names, keywords, in three languages) or glossary terms the question
names, the earliest mention first, a year or month in the question ruling out other
events. The choice also says which facet is answered: the dates (and place), or that the
documents do not give the place, the city or the deadline asked for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from bot.answering.facts import CREATED, PUBLICATIONS, Q_LINK, editions
from bot.answering.understand import WHEN_WORDS, WHERE_WORDS, Understanding, vocabulary_of, years_in
from bot.knowledge.glossary import NON_DOMAIN
from bot.text.language import normalize
from bot.text.lexical import tokens
from bot.text.places import EVENT_NOUNS, gazetteer_spans, meeting_asked_besides, places_in, place_forms, meeting_places, names_origin, origins_asked, place_pattern, places_asked, previous_meeting_asked
from ingest.dates import section_name

EVENT_TERM_SKIP = ("q-", "lex-", "number-", "month-")   # glossary entries that do not name an event ...
# ... nor do the generic words every event shares (date, deadline, data, session, participants, IMRF
# 2026 is not the 2024 conference because both speak of "data")
# domain terms that ask for an event's facet rather than name another subject
EVENT_FACET_TERMS = {"registration", "deadline", "date", "venue", "online", "in-person", "next", "first", "second"}
# the nouns naming a meeting, as tokens (:data:`bot.text.places.EVENT_NOUNS`)
MEETING_TOKENS = frozenset(tk for noun in EVENT_NOUNS for tk in tokens(normalize(noun)))
# a question asking which building (normalised): a town does not answer it
BUILDING_ASKED = re.compile(r"\b(?:venue|hotel|building|room|hall|salle|batiment|address|adresse)\b|(?:فندق|قاعه|مبني|عنوان)")
# a question on when something comes out (normalised): the publications first ("quand sera publié le résumé" is
# the publication, not the meeting it sums up). (A bonus for registration and deadline events too was measured:
# near misses on another meeting's registration were then answered. So was choosing every event by the words of
# its name: the development question log's groups merged, precision 0.99 -> 0.90; only a meeting named by its
# document's title is, below, and that moves no group.)
# (spoken: "le guide, il sort quand ?", "when does the report come out", "إمتى بيطلع الدليل", "رح ينزل البرنامج")
Q_PUBLISHED = re.compile(r"\bpublish|\bpublication|\breleas|\bpubli(?:e|ee|es|ees|era|eront)\b|\bparution\b|"
                         r"\bmis en ligne|\bsort(?:ira|iront|ent)?\b|\bsortie\b|\bcom(?:e|es|ing) out\b|\bbe out\b|"
                         r"(?<!\w)(?:سي|ي|ت|سيت|هي|هت|حي|حت)?(?:نشر|صدر)|اصدار|(?<!\w)(?:ب|ه|رح |ح )?[يت](?:طلع|نزل)(?!\w)")
PUBLISHED_BONUS = 1.0     # what a publication asked adds to a publication's score
# a question in the past tense ("when was the IMRF", "ou s'est tenu le FEMI", "وين انعقد"): about a meeting held
Q_PAST = re.compile(r"\b(?:was|were|did|took place|happened|held in)\b|\b(?:a eu lieu|s'est (?:tenu|tenue|deroule|deroulee)|"
                    r"etait|a ete|ont eu lieu)\b|(?<!\w)(?:انعقد|انعقدت|عقد|عقدت|كان|كانت|جرى|جرت|اتعمل|اتعملت)(?!\w)")
# registering asked (normalised): "when does registration open", "quand ouvrent les inscriptions", "إمتى بيفتح التسجيل"
# (not a birth's or a civil registration: "the consultation on birth registration", "تسجيل المواليد")
REGISTERS = re.compile(r"\b(?<!birth )(?<!civil )(?:regist(?!\w* of births?)\w*|sign(?:ing)? up|inscri\w*)\b"
                       r"|(?<!\w)(?:ال)?تسجيل(?!\w)(?!\s+(?:ال)?(?:مواليد|ولادات|ولاده|مدني))|(?<!\w)[اني]?سجل(?!\w)")
# an event that is an opening (normalised names and quote): "Registration opens ...", "Ouverture des inscriptions",
# "فتح باب التسجيل"
OPENS = re.compile(r"\b(?:opens?|opening of|launch(?:es|ed)?|ouverture|s'ouvre|ouvre)\b|(?<!\w)(?:فتح|يفتح|افتتاح باب)(?!\w)")
NAME_STEM = 5             # a titled meeting's name words compared by their first letters
NAME_WORDS_WEIGHT = 1.0   # each question word in its name counts as a phrase would, divided by the events naming it
EVENT_MIN_SCORE = 1.0     # an event needs at least this much evidence ...
EVENT_MARGIN = 0.25       # ... and this much more than the next one


def _bare(name: str) -> str:
    """A name without its leading article, normalised ("The Regional Workshop ..." is "regional workshop ...")."""
    return re.sub(r"^(?:(?:the|an?|la|le|les)\s+|l')", "", normalize(name).replace("’", "'"))


def _names_events(term_id: str) -> bool:
    """Can this glossary entry tell events apart?"""
    return not term_id.startswith(EVENT_TERM_SKIP) and term_id not in NON_DOMAIN


def _a_building(place: str) -> bool:
    """Does an event's place name more than its city and country ("Maison des Nations Unies, Almadies, Dakar", not
    "Dakar (Sénégal) et en ligne")?"""
    norm = normalize(place)
    for start, end, _ in sorted(gazetteer_spans(norm), reverse=True):
        norm = norm[:start] + " " + norm[end:]
    rest = re.sub(r"\b(?:et en ligne|en ligne|and online|online|hybrid|hybride)\b|وعبر الانترنت|عبر الانترنت|[^\w]+", " ", norm)
    return bool(rest.split())


def heads_its_section(ev) -> bool:
    """Is an event the one its section is about, named by the section's heading as ingest names it ("3. Consultation
    sous-régionale du Maghreb ..." of a calendar of several activities)?"""
    head = section_name(ev.section)
    return any(n.rstrip("…") and head.startswith(n.rstrip("…")) for n in ev.name.values())


class TitledMeetings:
    """The meetings documents are about, named by their documents' titles, and the words of those titles
    (by their first letters): an event found in a new document has no keywords, only that name ("Expert
    Group Meeting on Access to Education for Migrant ... Children"). A name taken from a sentence does not
    count: it holds the sentence's other words (measured: the own set's "endorsed by the General Assembly"
    went to "Endorsed by ... in December 2018"). Words in many events' names (any event's: migration,
    regional, conference) tell them apart from none."""

    def __init__(self, events: list, glossary=None):
        # a name or title in French or Arabic is named by the glossary's English for its terms too ("ورشة العمل":
        # workshop), as a question is (:meth:`_qwords`)
        def words(text: str, forms: int) -> set[str]:
            english = "" if glossary is None or text.isascii() else " ".join(glossary.english_of(text, forms))
            return {tk[:NAME_STEM] for tk in tokens(text) + tokens(english)}

        # (a sentence's subject is the title with its article: "The Regional Workshop on Social Protection ... was held")
        # (or its section's heading: each activity of a calendar, each meeting of a roadmap, by its own name)
        self.names = {ev.id: {lang: words(n, 1) for lang, n in ev.name.items()}
                      for ev in events if ev.origin == "extracted" and ev.doc_title
                      and (_bare(ev.doc_title) in {_bare(n) for n in ev.name.values()}
                           or ev.kind == "event" and heads_its_section(ev))}
        # each name's words, with the glossary terms each is part of (a question that names every one of them, in its
        # words or the same terms in another language, names the meeting: "where is the preparatory meeting of the
        # regional review" -- "Réunion préparatoire de l'examen régional")
        self.parts = {ev.id: [self._parts(n, glossary) for n in ev.name.values()] for ev in events if ev.id in self.names}
        self.documents = {ev.id: ev.document for ev in events if ev.id in self.names}
        # each meeting's publications (its summary, its brief) share its name when a publication is asked
        self.publications = {ev_id: [pub.id for pub in events if pub.kind == "publication" and pub.origin == "extracted"
                                     and pub.document == doc] for ev_id, doc in self.documents.items()}
        self.word_events: dict[str, int] = {}            # how many events' names hold a word
        for ev in events:
            for w in {w for n in ev.name.values() for w in words(n, 1)}:
                self.word_events[w] = self.word_events.get(w, 0) + 1
        self.common = {w for w, n in self.word_events.items() if n > max(2, len(events) // 4)}
        # every new document by the words of its title, whether or not one of its events bears it (a call for
        # inputs has a deadline and a consultation, none named "Call for Inputs: ... Follow-up to the IMRF"); a
        # document timeline.yaml knows is named by its curated events' keywords (measured: by its title too, "الحوار
        # مع أصحاب المصلحة في 10 فبراير 2022" went to the 2020 dialogues' report, whose title says "stakeholder dialogues")
        curated = {ev.document for ev in events if ev.origin == "curated"}
        self.titles = {ev.document: words(ev.doc_title, 3)
                       for ev in events if ev.origin == "extracted" and ev.doc_title and ev.document not in curated}
        self.title_docs: dict[str, int] = {}             # how many titles hold a word
        for words in self.titles.values():
            for w in words:
                self.title_docs[w] = self.title_docs.get(w, 0) + 1
        self.common_titles = {w for w, n in self.title_docs.items() if n > max(2, len(self.titles) // 4)}

    @staticmethod
    def _parts(name: str, glossary) -> list[tuple[str, frozenset]]:
        """(word, the ids of the glossary terms of the name it is part of) for each word of a name."""
        found = [] if glossary is None else glossary.find(name)
        return [(tk, frozenset(t_.id for t_, _, matched in found if tk in tokens(matched))) for tk in tokens(name)]

    def scores(self, u: Understanding, published: bool = False) -> dict[str, float]:
        """Each titled meeting's share of the question: its words (and the glossary's English for them) in
        the name, each divided by the events naming it, in the language of the name that says most; and a whole
        point for a name of two words or more the question says every word of (or its term, in any language)."""
        if not self.names:
            return {}
        qwords = self._qwords(u) - self.common
        out = {ev_id: max((sum(1.0 / self.word_events[w] for w in qwords & words) for words in by_lang.values()),
                          default=0.0) for ev_id, by_lang in self.names.items()}
        stems, ids = {tk[:NAME_STEM] for tk in tokens(u.query)}, {t_.id for t_ in u.vocabulary}
        for ev_id, names in self.parts.items():
            if any(len(parts) >= 2 and all(tk[:NAME_STEM] in stems or terms & ids for tk, terms in parts)
                   for parts in names):
                out[ev_id] += 1.0
        if published:
            for ev_id, pubs in self.publications.items():
                for pub in pubs:
                    out[pub] = max(out.get(pub, 0.0), out[ev_id])
        return out

    @staticmethod
    def _qwords(u: Understanding, forms: int = 1) -> set[str]:
        """The question's words and the glossary's English for its terms (``forms``: how many of each)."""
        english = " ".join(f for t_ in u.vocabulary for f in t_.english[:forms])
        return {tk[:NAME_STEM] for tk in tokens(u.query) + tokens(english)}

    def title_scores(self, u: Understanding, besides: frozenset = frozenset()) -> dict[str, float]:
        """Each new document's share of the question by the words of its title (``besides``: words that
        do not count, those the event otherwise chosen is named by), each divided by the titles holding it; the
        question's own words, and the English forms of its glossary terms (see below)."""
        # (a term's English form counts by its head, its last word, or whole: a question's "IMRF" is not
        # "International Migration Review Forum" to a title that says "migrations" of something else -- "how do I
        # apply for accreditation to the IMRF?" is not about the "Lettre d'information du Réseau ... sur les
        # migrations"; "جلسة الاستماع" is a "multi-stakeholder hearing" to a "Regional Hearing on ...")
        english = [[tk[:NAME_STEM] for tk in tokens(f)] for t_ in u.vocabulary for f in t_.english[:3]]
        own = {tk[:NAME_STEM] for tk in tokens(u.query)} | {form[-1] for form in english if form}
        out = {}
        for doc, words in self.titles.items():
            qwords = own.union(*(set(form) for form in english if form and set(form) <= words))
            out[doc] = sum(1.0 / self.title_docs[w] for w in (qwords - besides - self.common_titles) & words)
        return out

    def named_document(self, u: Understanding, besides: frozenset = frozenset()) -> str | None:
        """The new document whose title (or titled meeting) the question names clearly (as
        :class:`ChooseEvent` would choose a meeting on these words alone), if any."""
        best: dict[str, float] = {}
        # (against an event already chosen, ``besides``, only the titles' words beyond its own name count)
        for ev_id, v in self.scores(u).items() if not besides else ():
            best[self.documents[ev_id]] = max(best.get(self.documents[ev_id], 0.0), v)
        for doc, v in self.title_scores(u, besides).items():
            best[doc] = max(best.get(doc, 0.0), v)
        scored = sorted(((v, doc) for doc, v in best.items()), reverse=True)
        if not scored or scored[0][0] < EVENT_MIN_SCORE or (len(scored) > 1 and scored[0][0] - scored[1][0] < EVENT_MARGIN):
            return None
        return scored[0][1]


@dataclass
class EventChoice:
    event: object              # bot.knowledge.timeline.Event
    score: float
    facet: str = "dates"       # "dates" | a locale key saying what the documents do not give

    @property
    def answered(self) -> bool:
        return self.facet == "dates"


class ChooseEvent:
    def __init__(self, events: list, glossary, today=None, written: dict | None = None):
        self.events = events
        self.glossary = glossary
        self.today = today               # () -> date: "the next ..." is not one already past
        self.written = written or {}     # each document's own date ("2031-06-20"): a meeting it reports is past
        self._index = self._build_index()
        self.titled = TitledMeetings(events, glossary)
        # the words each event is named by (its names and keywords, and the English of their glossary terms)
        phrases = {ev.id: self._phrases(ev) for ev in events}
        self._words = {ev.id: frozenset(tk[:NAME_STEM] for text in phrases[ev.id] for tk in tokens(text))
                       for ev in events}
        # ... whole, with its document's title's ("regional" is not "region"): the meetings it can be of
        self._meeting_words = {ev.id: frozenset(tk.removesuffix("s") for text in phrases[ev.id] + self._titled(ev)
                                                for tk in tokens(text)) for ev in events}

    def __call__(self, u: Understanding) -> EventChoice | None:
        if not u.asks_event:
            return None
        # (a question's sentences that ask, when they name the meeting: "when does registration close for the
        # johannesburg regional review? in the webinar he said 14 dec i think?" is read without what was said)
        query = self._asking_clause(u.query)
        if query != u.query and u.q == u.query:
            u = replace(u, q=query, query=query, terms=self.glossary.domain_terms(query),
                        vocabulary=vocabulary_of(self.glossary, query))
        found = self._match(u, query)
        if found is None:
            return None
        ev, score = found
        if self._named_in_a_relative_clause(u, query, ev):
            return None
        if self._about_something_else(u, ev) or self._a_part_of(u, ev) or self._another_edition(u, ev):
            return None
        asks_next = "next" in {t.id for t, _, _ in self.glossary.find(u.q)}
        if asks_next and self.passed(ev):
            return EventChoice(ev, score, "engine.next_unknown")   # "the next expert meeting": none later is known
        if self.today is not None and ev.status(self.today()) == "upcoming" and previous_meeting_asked(normalize(u.q)):
            return EventChoice(ev, score, "engine.previous_unknown")   # "when was the last one": none earlier is known
        facet = self._facet(u, ev)
        if facet != "dates" and ev.origin == "extracted":
            return None          # what the dates found in a document do not hold, its passages may say
        return EventChoice(ev, score, facet)

    def past_meeting(self, documents) -> object | None:
        """The last meeting these documents are about, when it has passed (a question on the next one is not
        answered by what they say of it)."""
        last = max(self._meetings_of(documents), key=lambda ev: ev.last_day, default=None)
        return last if last is not None and self.passed(last) else None

    def passed(self, ev) -> bool:
        """Has the event taken place: before today, or before the day of its own document (a summary written after
        the meeting it reports: "the next expert meeting on heat stress" is not the one reported)?"""
        if self.today is not None and ev.status(self.today()) == "past":
            return True
        written = str(self.written.get(ev.document) or "")
        try:
            return bool(written) and ev.last_day < date.fromisoformat(written[:10])
        except ValueError:
            return False

    def _meetings_of(self, documents) -> list:
        """The meetings (events of kind "event") these documents give the dates of."""
        return [ev for ev in self.events if ev.document in documents and ev.kind == "event"]

    def coming_meeting(self, documents) -> object | None:
        """The first meeting these documents are about, when none of theirs has passed yet (a question on an earlier
        edition is not answered by what they say of this one)."""
        held = self._meetings_of(documents)
        if not held or self.today is None or any(self.passed(ev) for ev in held):
            return None
        return min(held, key=lambda ev: ev.start)

    def _about_something_else(self, u: Understanding, ev) -> bool:
        """Does the question name a subject of the domain the event's names and keywords do not
        ("where will written inputs for the second conference be posted?" is about the inputs,
        not the conference's venue)? Then the passages answer it, not the event's date or place."""
        if Q_LINK.search(normalize(u.q)):
            return True                          # "when do we get the zoom link": the link's, not the event's date
        if u.wanted.kind in ("email", "phone", "send"):
            return True                          # "which e-mail and by when": an address, and the date of what is sent
        if u.wanted.within and not _a_building(" ".join((ev.place or {}).values())):
            return True                          # "c'est où à Dakar": the building in Dakar, not "Dakar (Sénégal)"
        if ev.kind != "event" and u.asks_when and not u.asks_deadline and self._meeting_asked(u) \
                and not self._meeting_asked(self._index["said"][ev.id]):
            return True                          # "la 1re réunion du sous-groupe, c'est quand": a meeting's day, not the
                                                 # deadline to propose the sub-group's mandate
        if u.wanted.created and not CREATED.search(" ".join([*ev.name.values(), ev.quote or ""])):
            return True                          # "when was the network created": not the day it met stakeholders
        if u.asks_when and not u.asks_where and self.glossary.subject_asked(u.q)[0]:
            return True                          # "when do they send the plane tickets": the tickets', not the event's
        if ev.kind == "publication" and u.wanted.published_what and not any(
                PUBLICATIONS[k].search(self._index["said"][ev.id]) for k in u.wanted.published_what):
            return True                          # "when will the final report be published": not the notice's own date
        if ev.kind == "publication" and ev.doc_title in ev.name.values() \
                and self._unsaid(u, ev, {t.id for t in u.vocabulary}):
            return True                          # ... nor is a document's own date of publication ("Published: Sunday,
                                                 # 9 March 2036") when "they will publish the names of the selected
                                                 # speakers on the website"
        others = {t.id for t in u.terms} - self._index["terms"][ev.id] - EVENT_FACET_TERMS
        if others - self._index["event_terms"]:
            return True                          # a subject no dated event is about
        # "when do we get the summary of the skills meeting": a word the event does not say, and another dated
        # sentence of its document does ("A summary ... will be shared with participants by 30 June")
        # (not the words naming the meeting: "the deadline of the outcome document of the regional conference")
        vocab = self._index["vocab"]
        same = [o for o in self.events if o.id != ev.id and o.document == ev.document]
        # (nor how it is asked or numbered: "the second", a month -- the editions and dates decide those)
        unsaid = ({t.id for t in u.vocabulary if not t.id.startswith(("q-", "number-", "ordinal-", "month-"))}
                  - vocab[ev.id] - EVENT_FACET_TERMS
                  - {tid for o in same if o.kind == "event" for tid in vocab[o.id]})
        unsaid = self._unsaid(u, ev, unsaid)
        if unsaid and any(o.kind != "event" and unsaid & vocab[o.id] for o in same):
            return True
        # ... or a word of the question the glossary does not know, that names another dated item of the document and
        # not the event ("إمتى بيخبروا اللي انقبلوا بالـ shortlist" of the Forum's days, and "Shortlisted candidates
        # notified by e-mail | By Friday, 23 May 2036")
        # (not a word of its document's title: "consultation corne de l'afrique" names the meeting whose deadline it is;
        # nor a glossary term's, which the terms above weigh: "the registration deadline for the 2026 IMRF")
        known = {tk for _, _, matched in self.glossary.find(u.q) for tk in tokens(matched)}
        words = ({tk[:NAME_STEM] for tk in tokens(u.q) if len(tk) >= 4 and not tk.isdigit() and tk not in known}
                 - self._words[ev.id] - {w[:NAME_STEM] for w in self._meeting_words[ev.id]})
        return any(o.kind != "event" and words & self._words[o.id] for o in same)

    def _named_in_a_relative_clause(self, u: Understanding, query: str, ev) -> bool:
        """Does the question name the event's meeting only in a relative clause saying what another meeting, the one it
        asks of, is to it ("when and where is the regional review that the kuwait consultation feeds into?", "le Forum
        2038 où les messages de Manille seront transmis, c'est à quelles dates ?", "امتى المراجعة الإقليمية اللي مشاورة
        دوالا بتحضرلها؟")? Then the consultation's own days are no answer: what the documents say of the other one is."""
        head = meeting_asked_besides(normalize(query), self.glossary)
        if not head:
            return False
        found = self._match(replace(u, q=head, query=head, terms=self.glossary.domain_terms(head),
                                    vocabulary=vocabulary_of(self.glossary, head)), head)
        if found is None or found[0].id != ev.id:
            return True
        # (nor when the event is held where the clause's meeting is: "the IMRF 2036 itself that the amman meeting was
        # preparing for" of the Amman meeting's summary, titled "... in preparation for the IMRF 2036")
        aside = places_in(normalize(query)) - places_in(head)
        held = places_in(normalize(" ".join(str(v) for v in (*ev.city.values(), *ev.place.values()))))
        return bool(aside & held)

    @staticmethod
    def _meeting_asked(said) -> bool:
        """Does a question (or an event's sentence and names, normalised) name a meeting ("réunion", "meeting",
        "اجتماع", ...)?"""
        text = normalize(said.q) if isinstance(said, Understanding) else said
        return bool(set(tokens(text)) & MEETING_TOKENS)

    def _unsaid(self, u: Understanding, ev, ids: set) -> set:
        """The question's glossary terms (of ``ids``) that the event's names, keywords and sentence do not say in any
        of their forms (a term said inside a longer one is said: "pathways" in "Safe and Regular Pathways for ...")."""
        said = self._index["said"][ev.id]
        return {t.id for t in u.vocabulary if t.id in ids and t.id not in self._index["vocab"][ev.id]
                and not t.id.startswith(("q-", "number-", "ordinal-", "month-")) and t.id not in EVENT_FACET_TERMS
                and not any(re.search(r"(?<!\w)" + re.escape(normalize(f)) + r"(?!\w)", said)
                            for forms in t.forms.values() for f in forms if normalize(f))}

    def _another_edition(self, u: Understanding, ev) -> bool:
        """Does the question ask another edition than the one the event's name numbers ("الاجتماع التحضيري التاني" of
        "... الاجتماع التحضيري الإقليمي الأول ...", "the second meeting" of "the first meeting")? Then what the
        documents say of that one, if anything, answers, not this one's dates."""
        asked = self.glossary.ordinals(u.q)
        if not asked:
            return False
        said = self.glossary.ordinals(" ".join(ev.name.values()))
        return bool(said) and not asked & said

    @staticmethod
    def _a_part_of(u: Understanding, ev) -> bool:
        """Does the question ask about one session of a meeting that lasts several days ("جلسة أصوات المهاجرين ...
        إمتى بالزبط؟", "when is the panel on data")? Its programme's line says when; the meeting's days do not."""
        return (ev.kind == "event" and ev.last_day != ev.start
                and u.asks_session and not u.asks_where)

    @staticmethod
    def _facet(u: Understanding, ev) -> str:
        """The event's dates (and place); or, when the question asks where it is held (which city)
        or its deadline and the documents do not say, that they do not."""
        if u.asks_where and not u.asks_when:
            if not ev.place:
                return "engine.place_unknown"
            if u.asks_city and not (ev.city or (ev.origin == "extracted" and ev.named_places()
                                                and (ev.building or not BUILDING_ASKED.search(normalize(u.q))))):
                return "engine.place_no_city"     # a place found in a document is one it names ("Tunis (Tunisie)"),
                # a building when one is asked ("which hotel": "قاعة الفسطاط، مركز الزمالك للمؤتمرات، القاهرة")
        elif u.asks_deadline and (ev.kind == "event" or ev.kind != "deadline" and OPENS.search(
                normalize(" ".join([*ev.name.values(), ev.quote or ""])))):
            return "engine.deadline_unknown"     # (nor is the day registration opens when it closes)
        elif (ev.kind == "event" and not u.asks_deadline and REGISTERS.search(normalize(u.q))
              and not OPENS.search(normalize(" ".join([*ev.name.values(), ev.quote or ""])))):
            return "engine.registration_unknown"   # "when does registration open for IMRF 2026": not the Forum's year
        elif ev.kind == "event" and Q_PUBLISHED.search(normalize(u.q)):
            return "engine.publication_unknown"  # "when will the outcome of the Rabat consultation be published"
        elif u.wanted.kind == "day" and ev.precision != "day":
            return "engine.date_not_exact"      # "the exact date of the 2026 IMRF?": only its year is known
        elif u.wanted.kind == "duration" and ev.kind == "event" and ev.last_day == ev.start:
            return "engine.duration_unknown"    # "how long did the 27 October session last": one day, no hours given
        return "dates"

    def _match(self, u: Understanding, query: str):
        """The event a "when" (or "where") question is about: specific keywords, the earliest mention,
        the year. ``query``: the sentences of the question that ask (:meth:`_asking_clause`, read once)."""
        if query != u.query:                     # (what the asking sentences name, and only that)
            u = replace(u, query=query, terms=self.glossary.domain_terms(query),
                        vocabulary=vocabulary_of(self.glossary, query))
        norm = normalize(query)
        index = self._index
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
        qterms = {t.id for t, _, _ in self.glossary.find(query) if _names_events(t.id)}
        ev_terms, name_terms, term_events = index["terms"], index["name_terms"], index["term_events"]
        by_terms = {ev.id: sum(1.0 / term_events[tid] for tid in qterms & ev_terms[ev.id])
                    + (len(qterms & name_terms[ev.id]) / len(name_terms[ev.id]) if name_terms[ev.id] else 0.0)
                    for ev in self.events}
        published = bool(Q_PUBLISHED.search(norm))
        by_words = self.titled.scores(u, published)
        if not matches and not any(by_terms.values()) and not any(v >= EVENT_MIN_SCORE for v in by_words.values()):
            return None
        shared: dict[str, int] = {}
        for found in matches.values():
            for p, _ in found:
                shared[p] = shared.get(p, 0) + 1
        earliest = min((pos for found in matches.values() for _, pos in found), default=-1)
        years = years_in(norm)
        months = {int(t.id.split("-")[1]) for t, _, _ in self.glossary.find(query) if t.id.startswith("month-")}
        asked_editions = editions(query)         # "the third regional conference": only a third one answers
        asked_places = places_asked(index["place_re"], norm)
        # the countries or cities the question narrows it to, other than where a meeting is held ("the virtual
        # consultation of the least developed countries (Comoros, Djibouti, Sudan)"): an event that names none of
        # them is not the one asked
        origins = origins_asked(index["place_re"], norm, asked_places)
        # ... and a place no event is known to be held in, given as the meeting's ("new registration deadline gulf
        # forum?"): an event that does not name it is not the one asked (not the IMRF's registration)
        held_in = [names for names in meeting_places(norm) if not names & asked_places]
        # the meetings the question names ("the regional review", "le FEMI", "الورشة"): a date of another meeting
        # (the Forum's registration, for "deadline to register for the regional review") is not the one asked
        meetings = [t for t, _, _ in self.glossary.find(query) if t.type == "meeting"]
        scored = []
        for ev in self.events:
            if asked_editions and not asked_editions <= index["editions"][ev.id]:
                continue
            if ev.kind == "publication" and not published:
                continue                         # the day a notice was issued is not its meeting's
            if meetings and not any(self._of_meeting(ev, t) for t in meetings):
                continue
            if asked_places and not asked_places & index["places"][ev.id] and not (
                    not index["places"][ev.id] and asked_places & index["title_places"].get(ev.document, set())
                    or not index["places"][ev.id] and asked_places & index["doc_places"].get(ev.document, set())
                    and ((index["kinds"][ev.id] & {t.id for t in meetings}) - index["doc_kinds"].get(ev.document, set())
                         or ev.kind in ("deadline", "registration"))):
                continue                         # "the conference in Amman" is not one held elsewhere (but a date
                                                 # without a place of its own is of a document whose title names the
                                                 # place: "the participant survey of the Harare consultation" in
                                                 # "Harare ... Consultation: Report on the Participant Survey"; and a
                                                 # meeting of another kind, without a place, that the question names is
                                                 # of its document's meeting's: "the webinar of the Kuwait
                                                 # consultation", online, in the consultation's summary; and a
                                                 # deadline of a document whose meeting is held there: "when does
                                                 # registration close for the johannesburg regional review")
            if origins and not all(names_origin(o, index["said"][ev.id]) for o in origins):
                continue
            if held_in and not all(names_origin(h, f"{index['said'][ev.id]} {normalize(ev.doc_title or '')}")
                                   for h in held_in):
                continue                         # (its document's title may name it: "... in the Horn of Africa")
            found = matches.get(ev.id)
            if found:
                weights = sorted(((1 + 0.05 * len(p.split())) / shared[p] for p, _ in found), reverse=True)
                score = weights[0] + 0.25 * sum(weights[1:]) + 0.5 * by_terms[ev.id]
                if min(pos for _, pos in found) == earliest:
                    score += 0.4
            elif by_terms[ev.id]:
                score = by_terms[ev.id] + (0.4 if not matches else 0.0)   # terms alone: a lower bar
            elif by_words.get(ev.id, 0.0) >= EVENT_MIN_SCORE:
                score = 0.0
            else:
                continue
            score += NAME_WORDS_WEIGHT * by_words.get(ev.id, 0.0)
            if published and ev.kind == "publication":
                score += PUBLISHED_BONUS
            if years and not any(y in (ev.start.year, ev.last_day.year) for y in years):
                continue                         # "the 2026 IMRF" is not the 2022 one
            score += 0.75 * len(years)             # ... and it is this one's year
            for mo in months:
                score += 0.5 if mo in (ev.start.month, ev.last_day.month) and ev.precision != "year" else -0.5
            scored.append((score, ev))
        scored.sort(key=lambda s: -s[0])
        if not scored or scored[0][0] < EVENT_MIN_SCORE:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < EVENT_MARGIN:
            return None
        ev = scored[0][1]
        if not (years or months or asked_editions or asked_places or published or Q_PAST.search(norm)):
            ev = self._the_current_one(ev, qterms, matches.get(ev.id, []))
        # "deadline inputs imrf follow up call?": "imrf" names the first IMRF, but "inputs", "follow up" and "call"
        # name a new document's call for inputs, not it; its passages answer
        named = self.titled.named_document(u, besides=self._words[ev.id])
        if named and named != ev.document:
            return None
        return (ev, scored[0][0])

    def _asking_clause(self, query: str) -> str:
        """The sentences of a question that ask when or where, when they name a meeting themselves: "imrf 2038 when
        exactly n where? thinking of proposing a side event" asks the Forum's days, not the side events' ("thinking of
        proposing a side event" says why)."""
        sentences = [s for s in re.split(r"(?<=[.?!؟])\s+|\n+", query) if s.strip()]
        asking = [s for s in sentences if WHEN_WORDS.search(normalize(s)) or WHERE_WORDS.search(normalize(s))]
        if not asking or len(asking) == len(sentences):
            return query
        said = " ".join(asking)
        return said if any(t.type == "meeting" for t, _, _ in self.glossary.find(said)) else query

    def _the_current_one(self, ev, qterms: set[str], found: list[tuple[str, int]]):
        """A meeting that recurs, asked without saying which ("when is the IMRF?", "FEMI c'est ou ?"): the one
        being held or to come, not one already past that a keyword happened to name. Only when every phrase the
        past one matched names the later one too (its glossary terms are the later one's): "IMRF" names both
        forums, "Progress Declaration" only the first."""
        if self.today is None or not qterms:
            return ev
        today = self.today()
        if ev.status(today) != "past":
            return ev
        name_terms, terms = self._index["name_terms"], self._index["terms"]
        # (a step of a meeting too -- its registration, a deadline -- for the next one's: "registration for the forum
        # opens when?" of the IMRF 2022's once a note gives the next forum's; its meeting named by its document's title)
        event = ev.kind == "event"
        later = [o for o in self.events
                 if (o.kind == "event") == event and o.id != ev.id and o.status(today) != "past"
                 and (qterms <= name_terms[o.id] or qterms <= terms[o.id]
                      and (not event or qterms & name_terms[ev.id] <= name_terms[o.id]))]
        phrase_terms = [{t.id for t, _, _ in self.glossary.find(p) if _names_events(t.id)} for p, _ in found]
        for o in sorted(later, key=lambda o: o.start):
            if all(pt and pt <= terms[o.id] for pt in phrase_terms):
                return o
        return ev

    def _titled(self, ev) -> list[str]:
        """An event's document's title, and the English forms of its glossary terms."""
        title = ev.doc_title or ""
        return [title, *(form for t_, _, _ in self.glossary.find(title) for form in t_.english)] if title else []

    def _of_meeting(self, ev, term) -> bool:
        """Is an event of the meeting a term names (the term is among its names' and keywords', or one of the
        term's English forms is in its words or its document's title, whole)?"""
        words = self._meeting_words[ev.id]
        return term.id in self._index["terms"][ev.id] or any(
            tokens(form) and all(tk.removesuffix("s") in words for tk in tokens(form)) for form in term.english)

    def _phrases(self, ev) -> list[str]:
        """What an event is named by: its keywords and names, and the English forms of their glossary terms."""
        phrases = [str(p) for forms in (ev.keywords or {}).values() for p in forms] + list(ev.name.values())
        return phrases + [form for p in phrases for t_, _, _ in self.glossary.find(p) for form in t_.english]

    def _build_index(self) -> dict:
        """What "when" questions are matched against, built once per load: each event's phrases
        (compiled), the glossary terms of its names and keywords, and how many events share a term."""
        patterns, terms, name_terms, numbered, places, said, vocab = [], {}, {}, {}, {}, {}, {}

        entries: dict[str, set[str]] = {}          # a name's or keyword's glossary entries (found once each)

        def found_in(words) -> set[str]:
            for w in words:
                if w not in entries:
                    entries[w] = {t.id for t, _, _ in self.glossary.find(w)}
            return set().union(*(entries[w] for w in words))

        def terms_in(words) -> set[str]:
            return {tid for tid in found_in(words) if _names_events(tid)}

        for ev in self.events:
            keywords = [str(p) for forms in (ev.keywords or {}).values() for p in forms]
            names = list(ev.name.values())
            for p in sorted({normalize(w) for w in keywords + names} - {""}):
                patterns.append((re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)"), p, ev.id))
            terms[ev.id] = terms_in(names + keywords)
            if ev.id.startswith("ev-") and ev.doc_title:
                # a date a document gives is of the meeting its title names, whatever its sentence calls it ("Registration
                # of representatives opens on ..." in a note titled "International Migration Review Forum 2034")
                terms[ev.id] |= {t.id for t, _, _ in self.glossary.find(ev.doc_title)
                                 if t.type == "meeting" and _names_events(t.id)}
            numbered[ev.id] = set().union(*(editions(n) for n in names + keywords))
            name_terms[ev.id] = terms_in(names)
            # (a date of a meeting is of the place it is held in: "accreditation deadline for the Cairo meeting")
            places[ev.id] = {form for p in ev.named_places() + ev.activity_places() for form in place_forms(p)}
            said[ev.id] = normalize(" ".join([*names, *keywords, ev.quote, *(ev.place or {}).values(),
                                              *(ev.activity_place or {}).values()]))
            vocab[ev.id] = found_in(names + keywords) | {t.id for t, _, _ in self.glossary.find(ev.quote or "")}
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
        # the kinds of meeting each event's name says, and where and of which kinds its document's placed meetings are
        kinds = {ev.id: {t.id for t, _, _ in self.glossary.find(" ".join(ev.name.values())) if t.type == "meeting"}
                 for ev in self.events}
        doc_places: dict[str, set[str]] = {}
        doc_kinds: dict[str, set[str]] = {}
        for ev in self.events:
            if ev.kind == "event" and ev.origin == "extracted" and places[ev.id]:
                doc_places.setdefault(ev.document, set()).update(places[ev.id])
                doc_kinds.setdefault(ev.document, set()).update(kinds[ev.id])
        place_re = place_pattern(p for found in places.values() for p in found)
        # (each document's title read once, not once per event)
        titles = {ev.document: ev.doc_title for ev in self.events if ev.doc_title}
        title_places = {doc: places_asked(place_re, normalize(title)) for doc, title in titles.items()}
        return {"title_places": title_places, "patterns": patterns, "terms": terms, "name_terms": name_terms, "term_events": term_events,
                "event_terms": set(term_events), "editions": numbered, "places": places, "doc_places": doc_places, "kinds": kinds,
                "doc_kinds": doc_kinds, "place_re": place_re,
                "said": said, "vocab": vocab}
