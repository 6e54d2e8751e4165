"""Step 3 (choose), a vetted card: :class:`Understanding` + question vector -> :class:`CardChoice`.

A card answers when one of its example questions is close to the question, the card
(its answer, topic and example questions) covers the question's words, and it holds the kind
of fact asked for (a date for "when", a count for "how many" ...) and the years the question names. Also: the cards'
questions nearest to a question, offered as suggestions after a refusal.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from bot.answering.facts import counts_in, holds, names_all, names_speakers, speakers_asked, years_hold
from bot.answering.passages import SENTENCE_HEAD, sentences_of
from bot.answering.understand import Understanding
from bot.text.language import normalize
from bot.text.lexical import LexicalIndex, tokens
from bot.text.places import counts_origin

# cosine of the question to a card's closest example question; Arabic questions sit lower in
# multilingual-e5-small's space (measured on the question sets), so their bar is lower
CARD_MIN = {"en": 0.905, "fr": 0.905, "ar": 0.885}
CARD_MARGIN = 0.035       # cards this close to the best one are near ties, decided by word coverage:
CARD_UNCOVERED_WEIGHT = 0.2   # similarity, less this times the share of the question the card leaves out,
CARD_TOPIC_WEIGHT = 0.1       # plus this times the share of its distinctive words the card is about
# share of the question's content a card may leave unmentioned (English weighted by rarity)
CARD_UNCOVERED_SHARE = {"en": 0.45, "fr": 0.4, "ar": 0.35}
RARE_WORD_FLOOR = 0.3     # weight of an English word the documents use often or never


@dataclass
class CardChoice:
    card: object               # bot.knowledge.cards.Card
    score: float               # cosine to its closest example question
    bar: float                 # the language's CARD_MIN

    @property
    def confidence(self) -> float:
        return max(min(1.0, 0.5 + (self.score - self.bar) * 5), 0.6)


class ChooseCard:
    def __init__(self, cards: dict, card_ids: list[str], card_matrix: np.ndarray, lexical: LexicalIndex,
                 doc_dates: dict | None = None, glossary=None):
        self.cards = cards
        self.glossary = glossary
        self.doc_dates = doc_dates or {}              # document id -> its ISO date (the manifest's)
        self.card_ids = card_ids
        self.card_matrix = card_matrix
        self.lexical = lexical
        self._vocab: dict = {}                        # (card id, language[, "topic"]) -> its words
        self._df: dict[str, dict[str, int]] = {}     # per language: how many cards use a word
        self._sents: dict[str, list[str]] = {}      # card id -> its sentences (English answer, quotations)

    def __bool__(self) -> bool:
        return bool(len(self.card_ids))

    def __call__(self, u: Understanding, qv: np.ndarray, entities: list = (), place_docs=frozenset(),
                 origins=()) -> CardChoice | None:
        """The card whose example questions are closest; among near ties, the one that covers most of the
        question. A meeting the question places ("مؤتمر عمان": ``place_docs``, the documents of the events
        held there) is answered only by a card quoting one of them; a count narrowed to places ("how many
        participants from Morocco": ``origins``, as the passages read them) only by a card giving one for them."""
        lang = u.language
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
        qtok = [tk for tk in tokens(u.part or u.q) if len(tk) >= 3 or tk.isdigit()]   # (a part: what it asks)
        # the closest card, less what it leaves of the question unmentioned
        cid = max(near, key=lambda c: best[c] - CARD_UNCOVERED_WEIGHT * self._missing(self.cards[c], qtok, lang)
                  + CARD_TOPIC_WEIGHT * self._topic_hits(self.cards[c], qtok, lang))
        if self._missing(self.cards[cid], qtok, lang) > CARD_UNCOVERED_SHARE[lang]:
            return None
        if not self._holds_fact(self.cards[cid], u, entities):
            return None                       # a card on the subject that lacks what was asked does not answer
        speakers = speakers_asked(u.q, self.glossary)
        if speakers and not any(names_speakers(speakers, SENTENCE_HEAD.match(sent).group(), self.glossary)
                                for sent in self._sentences(self.cards[cid])):
            return None                       # "what did the trade unions say": a card none of whose sentences they
                                              # are the subject of (a list of who took part names them)
        if u.asks_if and not self._says_it_of(self.cards[cid], u):
            return None                       # "is the outcome document available in French?": French is the meeting's
        if origins and u.wanted.kind in ("number", "cost", "share") and not self._counts_for(self.cards[cid], u, origins):
            return None                       # "87 participants from 21 countries: ..., Morocco, ..." is no count of Morocco's
        if place_docs and not {s["document"] for s in self.cards[cid].sources} & set(place_docs):
            return None                       # a card on another meeting, held elsewhere
        return CardChoice(self.cards[cid], best[cid], CARD_MIN[lang])

    def _holds_fact(self, card, u: Understanding, entities: list = ()) -> bool:
        """Does the card (its English answer and its quotations) hold the kind of fact asked for,
        and the years and days the question names (in it or as its documents' dates)? ("how many
        networks in 2024" is not "15 in February 2022")"""
        text = " ".join([card.answer.get("en", ""), *(s["quote"] for s in card.sources)])
        dates = " ".join(str(self.doc_dates.get(s["document"], "")) for s in card.sources)
        topic = card.topic.get("en", "")
        counting = [sent for sent in self._sentences(card) if holds(u.wanted, sent, u.q, about=topic)] if (
            u.wanted.kind == "number" and u.wanted.years) else []
        if counting and not any(years_hold(u.wanted, sent, topic, dates) for sent in counting):
            return False          # a count for another year: "four round tables" at the 2022 Forum, for the 2026 one
                                  # (a count the card's list makes, in no one sentence, is read on the whole card)
        if u.wanted.kind and u.wanted.meeting_years and not years_hold(
                replace(u.wanted, years=u.wanted.meeting_years, thing_years=[], labels=[], months=[], days=[]),
                topic, dates):
            return False          # what "the 2026 IMRF" is (its theme, who organises it): a card on another meeting
                                  # that names it ("... to inform the 2026 IMRF") says nothing of it
        return (holds(u.wanted, text, u.q, about=topic) and years_hold(u.wanted, text, topic, dates)
                and names_all(entities, text, topic, " ".join(card.questions.get("en", []))))

    def _says_it_of(self, card, u: Understanding) -> bool:
        """A yes/no question asking of a language is answered by a card one of whose sentences names it with what
        the question asks it of (the question's other subjects, not the meeting it names): "the conference was
        interpreted into Arabic, English and French" says nothing of the outcome document's French. (As the passages
        read languages; an organisation may be named by its role, "the secretariat", and a card's list of who takes
        part is its meeting's, whichever sentence names the meeting.)"""
        if self.glossary is None:
            return True
        asked = {t.id for t, _ in self.glossary.of_types(u.q, ("language",))}
        if not asked:
            return True
        subject = {t.id for t in self.glossary.domain_terms(u.q) if not t.type}
        return any(asked | subject <= {t.id for t, _, _ in self.glossary.find(sent)} for sent in self._sentences(card))

    def _counts_for(self, card, u: Understanding, origins) -> bool:
        """Does one sentence of the card (its English answer, its quotations) give the count asked for the places
        the question narrows it to: it names them, and no more places than it has counts (see
        :func:`bot.text.places.counts_origin`)?"""
        return any(holds(u.wanted, sent, u.q) and all(
            counts_origin(o, normalize(sent), max(counts_in(sent, u.q), len(origins))) for o in origins)
            for sent in self._sentences(card))

    def _sentences(self, card) -> list[str]:
        """The sentences of a card's English answer and of its quotations (split once per card)."""
        sents = self._sents.get(card.id)
        if sents is None:
            sents = self._sents[card.id] = [sent for text in (card.answer.get("en", ""), *(s["quote"] for s in card.sources))
                                            for sent in sentences_of(text)]
        return sents

    def suggestions(self, qv: np.ndarray, lang: str, n: int = 3) -> list[str]:
        """Questions the vetted cards answer, nearest first, in the user's language: what to ask next."""
        seen: list[str] = []
        for i in np.argsort(-(self.card_matrix @ qv)):
            cid = self.card_ids[i]
            if cid not in seen:
                seen.append(cid)
            if len(seen) >= n:
                break
        return [self.cards[c].questions[lang][0] for c in seen if self.cards[c].questions.get(lang)]

    def _missing(self, card, qtok: list[str], lang: str) -> float:
        """Share of the question's content the card (answer, topic, example questions) lacks.

        English words weigh by how rare they are in the documents (a missing "closing" matters,
        a missing "gave" hardly); Arabic and French words count one each.
        """
        vocab = self._vocab.get((card.id, lang))
        if vocab is None:
            text = " ".join([card.answer[lang], card.topic.get(lang, ""), *card.questions[lang]])
            vocab = self._vocab[(card.id, lang)] = set(tokens(text))
        weights = [self._word_weight(tk, lang) for tk in qtok]
        total = sum(weights)
        if not total:
            return 0.0
        return sum(w for tk, w in zip(qtok, weights) if tk not in vocab) / total

    def _word_weight(self, tk: str, lang: str) -> float:
        if lang != "en":
            return 1.0
        return max(self.lexical.idf(tk), RARE_WORD_FLOOR) if tk in self.lexical.vocab else RARE_WORD_FLOOR

    def _topic_vocab(self, card, lang: str) -> set:
        vocab = self._vocab.get((card.id, lang, "topic"))
        if vocab is None:
            text = " ".join([card.topic.get(lang, ""), *card.questions[lang]])
            vocab = self._vocab[(card.id, lang, "topic")] = set(tokens(text))
        return vocab

    def _topic_hits(self, card, qtok: list[str], lang: str) -> float:
        """Share of the question's words found in what the card is about (its topic and example
        questions), each word weighted by how few cards speak of it: "coordinated" tells cards
        apart, "Arab region" does not."""
        df = self._df.get(lang)
        if df is None:
            df = self._df[lang] = {}
            for c in self.cards.values():
                for tk in self._topic_vocab(c, lang):
                    df[tk] = df.get(tk, 0) + 1
        n = len(self.cards)
        weights = {tk: np.log((n + 1) / (df[tk] + 0.5)) for tk in set(qtok) if tk in df}
        total = sum(weights.values())
        if not total:
            return 0.0
        vocab = self._topic_vocab(card, lang)
        return sum(w for tk, w in weights.items() if tk in vocab) / total
