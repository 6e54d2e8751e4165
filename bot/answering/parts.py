"""The questions one message asks: "when exactly and which venue?", "is there a fee? and the last day to
register?", "الساعة كم ومين أدارها؟", "c quand et a quelle heure ?".

A message is cut where a new question starts: after a question mark (when what follows asks something: "in
usd" after one says more of the question before), or at "and" / "et" / "و" (or a comma) before a question
word. The first part keeps the subject; the others are read with the whole message around them
(``Understand(..., context=...)``), as a follow-up is read with the question before it.
"""
from __future__ import annotations

import re

# question words a second question starts with (English and French, accents folded; Arabic, normalised:
# alef and hamza unified)
_WH_EN = (r"by when|until when|till when|when|where|which|whats|what|wats|wat|who|whom|whose|how|is|are|was|were|will|would|"
          r"can|could|do|does|did|should|shall|may|must|has|have|any")
_WH_FR = (r"qu['’]est[- ]ce|avant quand|jusqu['’ ]?[aà] quand|d['’ ]?ici quand|pour quand|quand|ou|où|qui|quel|quelle|quels|quelles|"
          r"combien|comment|pourquoi|quoi|a quelle|à quelle|c'est|c|est-ce|y a|y a-t-il|il y a|faut-il|faut|peut-on|"
          r"peut|dois-je|doit-on")
_WH_AR = (r"مين|منو|من هو|من هي|وين|فين|اين|أين|لوين|لمين|قديش|قدّيش|كم|ايش|إيش|أيش|شو|ماذا|ما هو|ما هي|"
          r"لامتى|لإمتى|لايمتى|لإيمتى|لمتى|لحد امتى|لحد إمتى|لغاية متى|حتى متى|إلى متى|الى متى|"
          r"امتى|إمتى|ايمتى|إيمتى|متى|هل|اي|أي|انهي|كيف|ليش|لماذا|الساعة كم|الساعه كم")
# after a comma alone, only the words that cannot go on a list ("online, or in person" is one question)
_WH_COMMA = r"when|where|which|what|who|how|quand|où|qui|quel|quelle|quels|quelles|combien|comment"
# what a fragment asks by naming it ("how many get funded and deadline to apply??", "et lien d'inscription ?")
_FACT_NOUNS = (r"(?:the |a |la |le |les |l['’])?(?:deadline|last day|closing date|link|e-?mail|contact|"
               r"date limite|dernier (?:jour|delai|délai)|lien|adresse|courriel)")
# "... when exactly and which venue", "..., what time", "c quand et a quelle heure", "lien pour suivre + le code
# on le reçoit quand" (a plus sign or an ampersand between two questions)
# "combien d'orateurs seront sélectionnés et ils ont combien de temps de parole": a question whose subject comes first,
# as spoken French and English put it, asks its own
_SUBJECT_FIRST = (r"(?:ils|elles|il|elle|on|nous|vous|ça|ca|cela|they|we|you|i|it)\s+[^?,;]*?\b(?:combien|quand|où|quel|"
                  r"quelle|quels|quelles|quoi|how many|how much|how long|when|where|which)\b")
# "who is the contact person for the training, whatsapp number?": a fact named last, after a comma, asks its own
_FACT_LAST = (r"(?:the |a |la |le |l['’])?(?:whats ?app|phone|telephone|téléphone|tel|deadline|link|e-?mail|lien|"
              r"adresse|courriel)(?: number| numero| numéro| address| de contact)?\s*[?!.]*\s*$")
# "..., et si on a pas une bonne connexion on envoie le dossier a quelle adresse ?", "and if we can't come, who do we
# tell?": a condition, then what it asks
_IF_THEN = (r"(?:if|si|sinon|otherwise)\b[^?]*?\b(?:which|what|where|when|who|how|quel|quelle|quels|quelles|où|quand|"
            r"qui|combien|comment)\b")
# "et en quelles langues", "and in which languages", "and for whom": a preposition before the question word
_PREP = r"(?:(?:in|at|to|for|from|with|on|by|en|à|a|de|du|des|dans|pour|par|avec|sur|chez)\s+)?"
# "la subvention est de combien ?", "the fee is how much": a noun's question word last, as spoken French puts it
_NOUN_FIRST = (r"(?:le|la|les|l['’]|the|son|sa|ses|leur|leurs|its|their)\s*[^?,;]*?\b(?:combien|quand|où|how much|"
               r"how many)\s*[?!.]*\s*$")
# "and", "et", "&", and "n" as a phone types it ("how many pages n in which languages")
_JOIN_LATIN = re.compile(rf"(?:,\s*|\s+)(?:and|et|&|n)\s+(?={_PREP}(?:{_WH_EN}|{_WH_FR}|{_FACT_NOUNS})\b|{_SUBJECT_FIRST}|"
                         rf"{_IF_THEN}|{_NOUN_FIRST})|"
                         rf",\s+(?=(?:{_WH_COMMA})\b|{_FACT_LAST})|\s+[+&]\s+", re.IGNORECASE)
# "أي يوم والساعة كم", "الساعة كم ومين أدارها", "في رسوم؟ وايش آخر يوم"
_JOIN_AR = re.compile(rf"(?:[،,]\s*|\s+)و\s?(?=(?:{_WH_AR})(?!\w))|[،,]\s*(?=(?:{_WH_AR})(?!\w))")
_MARK = re.compile(r"(?<=[?؟])\s+")
_WORD = re.compile(r"\w{2,}")             # a part has a word ("?" left alone by a cut is not a part)

# a piece after a question mark asks something when it ends with one, starts with a question word or ends with
# one as spoken French and Arabic put it ("et on s'inscrit ou", "le code on le reçoit quand", "والرابط وين"; "in
# usd", "we are a small org" say more of the question before)
_WH_LAST = r"quand|ou|où|combien|comment|when|where|امتى|إمتى|متى|وين|فين|اين|أين|كيف|ازاي|شلون|قديش|كم"
_ASKS = re.compile(rf"^(?:(?:and|et|so|donc|also|aussi)\s+|و\s?)?"
                   # ("is there a phone number? if not which email do i write to", "sinon, quel mail ?", "وإلا شو الإيميل")
                   rf"(?:(?:if not|otherwise|sinon|si non|وإلا|والا|وإذا لا|وإذا لأ|وإذا مش|وإلا لا)[\s,،]+)?"
                   rf"(?:(?:{_WH_EN}|{_WH_FR})\b|(?:{_WH_AR})(?!\w))|"
                   rf"(?<!\w)(?:{_WH_LAST})\s*$", re.IGNORECASE)


def question_parts(question: str) -> list[str]:
    """The questions a message asks, in order (one element when it asks one)."""
    pieces: list[str] = []
    for piece in _MARK.split(question.strip()):
        if pieces and not (piece.rstrip().endswith(("?", "؟")) or _ASKS.search(piece.strip())):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    parts: list[str] = []
    for piece in pieces:
        for sub in _JOIN_LATIN.split(piece):
            parts.extend(_JOIN_AR.split(sub))
    parts = [p.strip(" ,،-–—:;") for p in parts]
    return [p for p in parts if _WORD.search(p)] or [question.strip()]
