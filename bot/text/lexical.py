"""Lexical search: BM25 (rank_bm25) over tokens normalised per language.

Arabic: diacritics, tatweel and alef/hamza variants folded, clitic prefixes
(و ف ب ك ل ال) and common suffixes stripped; French/English: accents folded,
plurals reduced; stop words of all three languages dropped; numbers kept (dates
and objective numbers are what people ask about).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.text.language import normalize

STOP = frozenset(
    # English
    "a an the of and or to in on at for by with from as is are was were be been being it its this that these those "
    "which what who whom whose when where why how do does did can could will would shall should may might must "
    "there their they them he she his her we our you your i me my not no yes about into than then so such any all "
    "some each other also more most has have had if but up out over under between during before after again "
    "please tell know want need "
    # everyday verbs: they carry no subject of their own ("make their voices heard")
    "make makes made get gets got give gives gave given take takes took find finds hear hears heard "
    "say says said see sees seen go goes went come comes help use used like".split()
    # French
    + "le la les l un une des du de d et ou au aux a à en dans sur par pour avec sans est sont etait ete etre "
    "ce cet cette ces il elle ils elles on nous vous je j me te se sa son ses leur leurs qui que qu quoi quel quelle "
    "quels quelles quand comment combien pourquoi ou y ne pas plus peut peuvent faut doit il-t-il t "
    "s c n mon ma mes votre vos notre nos lui eux "
    "faire fait font avoir etre aller dire dit voir trouver donner prendre entendre".split()
    # Arabic (normalised)
    + "في من الي علي عن مع هل ما ماذا متي اين كيف كم لماذا من هو هي هم هذا هذه ذلك تلك التي الذي الذين "
    "او و ثم قد كان كانت يكون تكون لقد ان انه انها اي كل بعض عند لدي بين حول خلال بعد قبل لا لم لن "
    "يمكن يجب نحن انا انت انتم".split()
    # spoken Arabic that people type (Levantine, Gulf, Egyptian), normalised
    + "شو ايش وش مين اللي الي رح راح بدي بدنا عم هيك ليش قديش كام ايه ازاي فين امتي وين لازم ممكن "
    "هاد هادا هاي هذي يعني بس كمان شي اشي منيح تبع تبعت بتاع احنا انتو لو سمحت مرحبا شكرا "
    "صار صارت يصير تصير بصير بتصير بيصير بلش بلشت بلشو بيبلش بتبلش "   # happen, start
    "منو يقدر بيقدر بقدر نقدر منقدر تقدر بتقدر فيني فينا "   # who (Gulf), can
    "فيه فيها فيش مافي".split()   # there is / is there not
)

WORD = re.compile(r"[^\W_]+", re.UNICODE)
# (a word whose own first letters are "ال" takes the article as "الال": "الإلكترونية" is "إلكترونية", as the bare word
# loses "ال" too)
AR_PREFIX = re.compile(r"^(?:وال|فال|بال|كال|ال)ال(?=\w{3,})|^(?:وال|فال|بال|كال|ولل|لل|ال)(?=\w{2,})|^و(?=\w{3,})|^ل(?=\w{4,})|^ب(?=ا\w{3,})")
# a word ending in ة takes ت before a possessive (جمعيتنا = جمعية + نا): both fold to the stem
AR_POSSESSIVE = re.compile(r"(?:تنا|تكم|تهم|تها|ته|نا|كم)$")
AR_SUFFIX = re.compile(r"(?:ات|ون|ين|ان|يه|ها|هم|ه|ي|ت)$")   # ت: a verb's feminine past (نسقت، شاركت)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if "\u0600" <= word[:1] <= "\u06FF":
        w = AR_PREFIX.sub("", word)
        if len(w) > 5:
            w = AR_POSSESSIVE.sub("", w)
        if len(w) > 4:
            w = AR_SUFFIX.sub("", w)
        elif len(w) == 4 and w.endswith("ت"):
            w = w[:-1]
        return w
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("s", "x")):
        return word[:-1]
    return word


def _normalized(text: str) -> str:
    """``normalize(text)``, line by line, a plain-ASCII line only lower-cased (what normalize does
    to it): most lines of English documents are, and the index tokenises every chunk at load."""
    return "\n".join(line.casefold() if line.isascii() else normalize(line) for line in text.split("\n"))


def tokens(text: str) -> list[str]:
    return [stem(w) for w in WORD.findall(_normalized(text)) if w not in STOP and (len(w) > 1 or w.isdigit())]


K1 = 1.2
B = 0.6


class LexicalIndex:
    """BM25 over a fixed list of texts.

    The statistics are rank_bm25's ``BM25Okapi`` (its idf, floored for words in most
    documents, the document lengths); the scores come from postings built once: a question
    costs the documents that hold its words, where ``BM25Okapi.get_scores`` looks up every
    word in every document (measured at 100x today's knowledge base, 10,700 chunks: ~45 ms
    a question that way). The scores are the same."""

    def __init__(self, texts: list[str]):
        import numpy as np
        from rank_bm25 import BM25Okapi

        docs = [tokens(t) for t in texts]
        self.size = len(docs)
        bm25 = BM25Okapi(docs or [["_"]], k1=K1, b=B)
        self._idf = bm25.idf if docs else {}
        self.vocab = set(self._idf)
        norm = K1 * (1 - B + B * np.asarray(bm25.doc_len, dtype=np.float64) / bm25.avgdl)
        ids: dict[str, list[int]] = {}
        weights: dict[str, list[float]] = {}
        for i, freqs in enumerate(bm25.doc_freqs if docs else []):
            for tok, tf in freqs.items():
                ids.setdefault(tok, []).append(i)
                weights.setdefault(tok, []).append(tf * (K1 + 1) / (tf + norm[i]))
        self._postings = {tok: (np.asarray(ids[tok], dtype=np.int32), np.asarray(weights[tok], dtype=np.float64))
                          for tok in ids}

    def scores(self, query_tokens: list[str]):
        """BM25 of every text for these tokens (a token given twice counts twice, as in rank_bm25)."""
        import numpy as np

        out = np.zeros(self.size)
        for tok in query_tokens:
            posting = self._postings.get(tok)
            if posting is not None:
                out[posting[0]] += self._idf[tok] * posting[1]
        return out

    def idf(self, token: str) -> float:
        return float(self._idf.get(token, 0.0))
