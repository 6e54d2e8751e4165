"""Step 3 (choose), the sentences that answer: :class:`Understanding` + :class:`Retrieval`
-> :class:`PassageChoice`.

The sentences of the top chunks are scored by the question's words they share (weighted by
rarity; a follow-up's own words weigh more, a date the question already gives less), the
chunk's dense similarity and its rank; the best few are quoted, in document order, with the
list a sentence introduces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answering.retrieve import Retrieval
from bot.answering.understand import Understanding
from bot.text.language import to_ascii_digits
from bot.text.lexical import LexicalIndex, tokens

PASSAGE_CHUNKS = 5
DATE_WORD_WEIGHT = 0.3      # a passage's sentences: weight of the words of a date the question gives
# a passage answer quotes up to this many sentences scoring at least this share of the best one;
# French readers get fewer (an English quotation crowds out the French around it), measured
PASSAGE_SENTENCES = {"en": 4, "fr": 3, "ar": 4}
PASSAGE_SENTENCE_SHARE = {"en": 0.4, "fr": 0.5, "ar": 0.4}
LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)]|[ivx]{1,4}[.)]|[a-h][.)])\s*\S", re.IGNORECASE)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"“(])|\n+")


@dataclass
class PassageChoice:
    quotes: str                        # the quoted sentences, "[…]" between runs
    picked: list[tuple[int, int]]      # (chunk index, sentence index), in the order quoted
    top: int                           # the chunk of the best sentence


def sentences_of(text: str) -> list[str]:
    """A chunk's sentences and list items."""
    parts = []
    for block in SENTENCE_SPLIT.split(text):
        block = block.strip(" \t")
        if block.strip(" -•*"):
            parts.append(block)
    return parts


class ChoosePassage:
    def __init__(self, chunks: list, lexical: LexicalIndex, glossary):
        self.chunks = chunks
        self.lexical = lexical
        self.glossary = glossary

    def __call__(self, u: Understanding, r: Retrieval) -> PassageChoice | None:
        """The sentences that answer, with the lists they introduce."""
        lang, q, query, ranked, dense = u.language, u.q, u.query, r.ranked, r.dense
        qtok = set(tokens(query)) | set(tokens(" ".join(u.expansion)))
        if not qtok:
            return None
        # in a follow-up, the words of the new question decide which sentence answers
        own = set(tokens(q)) | set(tokens(" ".join(self.glossary.expand(q)))) if query != q else qtok
        wants_number = u.asks_number
        given_numbers = set(re.findall(r"\d+", to_ascii_digits(query)))
        # the question's own dates ("on 4 July 2024, what is session 5 about?") place it; they do not answer it
        dated = {tk for t_, _, matched in self.glossary.find(q) if t_.id.startswith("month-")
                 for tk in tokens(matched) + tokens(" ".join(t_.english))}
        if dated:                                       # a month: its day and year with it
            dated |= {n for n in given_numbers if len(n) == 4 or int(n) <= 31}
        scored = []                                      # (score, rank, chunk index, sentence index)
        sentences: dict[int, list[str]] = {}
        for rank, idx in enumerate(ranked[:PASSAGE_CHUNKS]):
            sentences[idx] = sentences_of(self.chunks[idx].text)
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
        return PassageChoice(" ".join(parts), order, top[2])
