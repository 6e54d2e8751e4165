"""Greetings, thanks and "please answer" around a question: words that do not change what it asks.

"Hello, when is the IMRF? Thanks." and "when is the IMRF" are one question. A log compares
questions without these edges (:func:`strip_courtesy`), so both share one vector and one group.

A leading or trailing segment (text between punctuation marks) is dropped when every word of it
is a courtesy word of one of the three languages; a greeting word that opens the question with
no punctuation after it ("hi when is …", "bonjour quand …", "مرحبا متى …") is dropped too, and so
is a closing plea with no punctuation before it ("… please answer quickly", "… merci"). The
question itself is never dropped: a text made only of courtesy ("merci !") is returned as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.text.language import normalize

#: greeting words that may open a question without punctuation after them
GREETINGS = frozenset(normalize(w) for w in (
    "hello hi hey hii helo dear greetings bonjour bonsoir salut coucou allo "
    "مرحبا مرحباً اهلا أهلا هلا هلو سلام السلام عليكم صباح مساء الخير النور"
).split())

#: words a whole courtesy segment is made of ("Good morning.", "Quick question:", "Merci beaucoup !",
#: "Please answer quickly.", "شكرا جزيلا", "أرجو الرد بسرعة")
COURTESY = GREETINGS | frozenset(normalize(w) for w in (
    # English
    "good morning afternoon evening day all everyone team there sir madam friends "
    "thanks thank you thx ty so much very many a lot in advance please pls plz kindly "
    "quick question small short answer reply respond quickly fast asap urgent urgently soon "
    "regards best cheers "
    # French
    "bonne journée soirée bon matin à tous toutes madame monsieur mesdames messieurs équipe "
    "merci beaucoup bcp d'avance davance par avance svp stp s'il vous te plaît plait "
    "petite question rapide répondez répondre réponse vite rapidement urgent urgente cordialement "
    "une "
    # Arabic (written and spoken)
    "شكرا شكراً جزيلا جزيلاً كتير كثيرا مشكورين مشكور يعطيكم العافيه العافية "
    "من فضلك فضلكم لو سمحت سمحتم ارجو أرجو رجاء الرد ردوا بسرعة بسرعه سريع سؤال ضروري عاجل "
    "تحياتي تحية مع"
).split())

#: words that open a closing plea with no punctuation before it ("… accreditation please answer quickly")
CLOSINGS = frozenset(normalize(w) for w in (
    "please pls plz kindly thanks thank thx merci svp stp شكرا شكراً ارجو أرجو رجاء"
).split())

_SEGMENT = re.compile(r"([.,!?؟،:;…\n]+)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _courtesy(segment: str) -> bool:
    words = _words(segment)
    return bool(words) and all(w in COURTESY or w.replace("'", "") in COURTESY for w in words)


@lru_cache(maxsize=65536)
def strip_courtesy(text: str) -> str:
    """``text`` without the greetings, thanks and pleas around the question it asks."""
    parts = _SEGMENT.split(text or "")          # text, punctuation, text, punctuation, ...
    segments = parts[0::2]
    lo, hi = 0, len(segments)
    while lo < hi and (not segments[lo].strip() or _courtesy(segments[lo])):
        lo += 1
    while hi > lo and (not segments[hi - 1].strip() or _courtesy(segments[hi - 1])):
        hi -= 1
    if lo >= hi:
        return text                             # nothing but courtesy: keep what was written
    kept = "".join(parts[2 * lo: 2 * hi - 1]).strip()
    # a greeting with no punctuation after it: "hi when is the forum", "مرحبا متى المؤتمر"
    words = kept.split()
    while len(words) > 1 and all(w in GREETINGS for w in _words(words[0])) and _words(words[0]):
        words = words[1:]
    # a closing plea with no punctuation before it: "… accreditation please answer quickly"
    folded = [_words(w) for w in words]
    for i in range(len(words) - 1, 0, -1):
        if folded[i] and folded[i][0] in CLOSINGS and all(_courtesy(w) for w in words[i:]):
            words = words[:i]
            break
    return " ".join(words) if words else text
