"""Sentences of a text, for quotation: a cut never falls after a title, an initial or an abbreviation.

"Ms. Amy Muedin, Deputy Head ..." stays one sentence; so do "Dr. Zohry", "H.E. Ambassador
Fahmy", "Mr. J. K. Mensah", "ILO Convention No. 181", "M. Dupont", "S.E. l'Ambassadeur".
Lines (list items, headings) are kept apart, an agenda row's time joined to its item ("11:00 -
13:00 Plenary Session 1: ..."), and the parts of a long enumeration separated by ";" are apart too.

Measured against pysbd 0.3.4 (a maintained rule-based segmenter) on the 107 chunks of the
knowledge base and the three held-out documents (166 texts, 91 kB): pysbd 2.2 s, this
splitter 21 ms (100 times faster, which matters at answer time: the top chunks of every
question are split); the splitter this replaced cut after a title or an initial 68 times,
this one and pysbd none (pysbd's four cuts after "etc." end real sentences). `gcmbot`
therefore keeps this splitter; `tests/test_sentences.py` holds the cases.
"""
from __future__ import annotations

import re

# titles and abbreviations after which a period does not end the sentence (English and French),
# compared without case and without their final period
ABBREVIATIONS = frozenset(
    "mr ms mrs mx dr prof sr jr st no nos vol p pp para paras art fig ed eds approx dept est "
    "e.g i.e cf vs viz al h.e s.e u.s u.k u.n mme mmes mlle mlles me pr dr ste n° "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# where a sentence may end: . ! ? ; (or a closing quote/bracket after them) then space, then the
# start of a new sentence
BOUNDARY = re.compile(r"([.!?;…]+[\"”’»)\]]*)\s+(?=[\"“«(\[]?[A-Z0-9ÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ\u0600-\u06FF])"
                      # an inline enumeration: "aimed to: 1) Allow ...; 2) Highlight ..." , "a) the importance"
                      r"|([:;])\s+(?=\(?(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)\s)")
LIST_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-•*]\s*)?\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$")   # (quoted too: "> 1.")
LAST_WORD = re.compile(r"(\S+)$")
TIME_ONLY = re.compile(r"^\s*\d{1,2}[:.h]\d{2}(?:\s*[-–]\s*\d{1,2}[:.h]\d{2})?\s*$")


def _ends_abbreviation(before: str, punct: str) -> bool:
    """Does the text before a "." end with a title, an initial, an abbreviation or a list marker ("1.")?"""
    if not punct.startswith(".") or len(punct.rstrip("\"”’»)]")) > 1:
        return False
    if LIST_MARKER.match(before):
        return True
    m = LAST_WORD.search(before)
    if not m:
        return False
    word = m.group(1).lstrip("(\"“«[").casefold()
    if len(word) == 1 and word.isalpha():
        return True                                # an initial: "J. K. Mensah", "M. Dupont"
    return word in ABBREVIATIONS


# a line wrapped inside a sentence: no end punctuation and the next line goes on in lower case, or a comma and the
# next line goes on with a word ("at the Crowne Plaza Hotel & Convention Centre,\nAl Qurum Street, Muscat"), or a
# day and its month ("between 4 and 7\nOctober 2027")
MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
           "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
           "كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين|"
           "جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|يوليوز|أوت|اوت|غشت|شتنبر|نونبر|دجنبر")   # (the three languages')
# ... or a line ending on a word no sentence ends with ("comments ... until\nFriday 3 May 2030", "envoyées au\nplus tard"),
# unless the next line starts an item of a list or a heading
_CONTINUED = ("until|by|to|the|and|of|on|from|before|at|in|for|with|or|an|"
              "jusqu'au|jusqu’au|le|la|les|de|du|des|au|aux|et|à|par|avant|pour|avec|sur|dans|ou|"
              "حتى|في|من|إلى|الى|على|قبل|بعد|عن")
# ... or a weekday and its date ("jusqu'au vendredi\n31 octobre 2031", "le jeudi\n4 décembre")
_WEEKDAYS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
             "dimanche|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد")
SOFT_WRAP = re.compile("(?:" + "|".join(rf"(?<=(?<!\w)(?i:{w}))" for w in _WEEKDAYS.split("|")) + ")"
                       r"[ \t]*\n(?=[ \t]*[\d٠-٩]{1,2}(?![\d.)]))|"
                       r"(?<=[^\W_])[ \t]*\n(?=[ \t]*[a-zà-ÿ])|(?<=[^\W_][,،])[ \t]*\n(?=[ \t]*[^\W\d_])"
                       rf"|(?<=\d)[ \t]*\n(?=[ \t]*(?i:{MONTH_NAMES})(?!\w))"
                       "|(?:" + "|".join(rf"(?<=(?<!\w)(?i:{re.escape(w)}))" for w in _CONTINUED.split("|")) + ")"
                       r"[ \t]*\n(?=[ \t]*(?![-•*#|]|\d{1,2}[.)]\s)\w)")


# a paragraph hard-wrapped at a width: a line as long as the paragraph's longest (at least WRAP_WIDTH characters) that
# ends with no sentence's end goes on on the next line, whatever that line starts with ("initially scheduled for
# 13-14 April\n2032 in Nairobi", "the Subregional\nConsultation on ...") -- unless the next line starts an item of a
# list, a heading, a table's row, a time or a field of its own ("Date of issue: 1 March 2032"), and only where a
# sentence ends further down the paragraph
WRAP_WIDTH, WRAP_SHARE = 60, 0.8
_ENDS_LINE = re.compile(r"[.!?;:…|][\"”’»)\]*]*$")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’»)\]*]*$")      # (a title and its dateline, a table's rows: no sentence ends)
_STARTS_LINE = re.compile(r"^(?:[-•*#|>]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s|\d{1,2}[:.h]\d{2}|"
                          r"[^\s:]+(?:\s+[^\s:]+){0,3}\s*:(?!//))")


_HARD_BREAK = re.compile(r"  +\n")


def unwrap(text: str) -> str:
    """The text with each line break inside a wrapped sentence made a space (same length, same offsets)."""
    text = text or ""
    # (not at a hard break: a line that ends with two spaces -- Markdown's, and how the Markdown splitter joins a list
    # to the paragraph after it: "- Accréditation : ... au moyen du formulaire en ligne  \nLa réunion examinera ...")
    out = list(SOFT_WRAP.sub(lambda m: m.group() if _HARD_BREAK.match(m.group()) else " " * len(m.group()), text))
    for block in re.finditer(r"[^\n]+(?:\n[^\n]+)+", text):        # the paragraphs of two lines or more
        lines = block.group().split("\n")
        width = max(len(ln.rstrip()) for ln in lines)
        if width < WRAP_WIDTH:
            continue
        at = block.start()
        for k, (line, following) in enumerate(zip(lines, lines[1:])):
            at += len(line)
            kept = line.strip()
            if (len(line.rstrip()) >= WRAP_SHARE * width and not kept.startswith("#") and not _ENDS_LINE.search(kept)
                    and not line.endswith("  ")
                    and not _STARTS_LINE.match(following.strip()) and "|" not in following and "|" not in kept
                    and any(_ENDS_SENTENCE.search(ln.strip()) for ln in lines[k + 1:])):
                out[at] = " "
            at += 1
    return "".join(out)


def _rows(text: str) -> list[str]:
    """The text's lines, an agenda row's time ("11:00 - 13:00" alone on its line) joined to its item."""
    lines, pending = [], ""
    # a line wrapped inside a sentence (no end punctuation, the next line goes on in lower case) is one line
    for line in re.split(r"\n+", unwrap(text)):
        if TIME_ONLY.match(line):
            pending = f"{pending} {line.strip()}".strip()
            continue
        lines.append(f"{pending} {line.strip()}" if pending else line)
        pending = ""
    return lines + ([pending] if pending else [])


# a table's row as the documents' text keeps it, two cells at least: "Academia | 8", "| Date | 3 May 2026 |"
TABLE_ROW = re.compile(r"\S\s\|\s\S")


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, lines (list items, headings, agenda rows) apart, in order, stripped."""
    out: list[str] = []
    for line in _rows(text):
        start = 0
        row = bool(TABLE_ROW.search(line))
        for m in BOUNDARY.finditer(line):
            group = 1 if m.group(1) else 2
            if _ends_abbreviation(line[start:m.start(group)], m.group(group)):
                continue
            if m.group(group).startswith(";") and "|" in line:
                continue                                 # a table cell's list ("Mr. A; Dr. B; Mr. C") is one cell
            if (row or m.group(group).startswith(";")) \
                    and line.count("(", start, m.start(group)) > line.count(")", start, m.start(group)):
                continue                                 # ... nor a list in brackets ("Gulf Standard Time (GST, UTC+4;
                                                         # Dubai, Abu Dhabi, Muscat)"), nor a table cell's note in them
                                                         # ("A7 | ... | Delayed (A7 - new date: 30 September 2040. The
                                                         # partner withdrew.)")
            if row and m.group(group).startswith(("?", "!", "؟")):
                continue                                 # a session's title asking a question goes on in its row
                                                         # ("10:45-12:30 | Plenary 1: Where does the region stand?
                                                         # Presentation of ... | ... Moderator: Dr. ...")
            part = line[start:m.end(group)].strip(" \t")
            if part:
                out.append(part)
            start = m.end()
        rest = line[start:].strip(" \t")
        if rest:
            out.append(rest)
    return out
