"""Chunks that follow the documents' own sections.

Text comes in clean (see :mod:`ingest.cleaning`), with Markdown ``#`` headings
where the source had them. Plain-text reports also carry structure that has no
markup: numbered sections ("1. Background and objective", "II. Dialogue session
II on 3 November 2020", "A. Opening Session"), short title lines ("Opening
Remarks") and speaker paragraphs ("Mr. William Gois, Regional Coordinator, ...").
:func:`to_markdown` turns those into headings, LangChain's
``MarkdownHeaderTextSplitter`` cuts the text into sections, and a
``RecursiveCharacterTextSplitter`` cuts long sections at paragraph and sentence
boundaries to a size multilingual-e5-small reads whole (512 tokens). A chunk never
crosses documents.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

CHUNK_CHARS = 1100      # ~250-300 e5 tokens of English: well under the 512-token window
CHUNK_OVERLAP = 150

_ROMAN = r"(?:I{1,3}|IV|V|VI{0,3}|IX|X)"
NUMBERED_HEADING = re.compile(
    rf"^(?:{_ROMAN}\.|\d{{1,2}}\.|[A-H]\.)\s+[A-Z][^\n]{{2,160}}$"
)
SPEAKER_LINE = re.compile(r"^(?:by\s+)?(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?|M\.|Mme|Mlle|Pr\.?|S\.\s?E\.)\s+[A-ZÀ-Ý][^\n]{3,200}$")
# a role's line ("Moderator: Ms. ...", "Modératrice : Mme ...", "مدير الجلسة: ..."): what it heads is read under the
# session above it, not as a section of its own
ROLE_LINE = re.compile(r"^(?:Moderator|Moderated by|Chair|Chaired by|Facilitator|Presenters?|Presented by|"
                       r"Pr[ée]sentat(?:eur|rice)s?|Mod[ée]rat(?:eur|rice)|Mod[ée]r[ée]e? par|"
                       r"Anim[ée]e? par|Animat(?:eur|rice)|Pr[ée]sid[ée]e? par|Panell?ists?|Speakers?|Intervenant(?:e)?s|"
                       r"المقدم(?:ة)?|مقدم(?:ة)? العرض|مدير(?:ة)? الجلسة|ميسر(?:ة)? الجلسة|أدار(?:ت)? الجلسة|المتحدثون)\s*:", re.IGNORECASE)
DAY_HEADING = re.compile(r"^(?:\*\*)?DAY\s+\d+\b[^\n]{0,80}$", re.IGNORECASE)
# a time of day as programmes write it ("09:30-12:00", "14 h 00", "9h30")
SCHEDULE_TIME = re.compile(r"\b\d{1,2}(?::\d{2}|\s?h\s?\d{2})\b")
# a numbered part of a programme that opens a block: "Session 2 (Wednesday, 7 October, 14:00-15:30)", "Séance 2
# (mardi 20 octobre, 14 h 00 – 16 h 30) : Assistance consulaire ...", "Panel III: ...", "الجلسة الثانية: ..." --
# its moderator and speakers below are that session's, not the one before
SESSION_HEADING = re.compile(
    r"^(?:\*\*)?(?:(?:Plenary |Parallel |Thematic )?Session|S[ée]ance|Panel|Round[- ]?table|Table ronde|Working group|"
    r"Groupe de travail)\s+(?:n[o°]\.?\s*)?(?:\d{1,2}|[IVX]{1,4}|[A-H])\b(?![.,]\d)[^\n]{0,150}$"
    r"|^(?:ال)?جلسة\s+(?:ال(?:أولى|اولى|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ختامية|افتتاحية)|رقم\s*\d|\d)[^\n]{0,150}$",
    re.IGNORECASE)


def holds_a_day(line: str) -> bool:
    """Is the line a dateline: a day or days it ends with, after nothing or a place ("Agadir (Maroc), 20-21
    octobre 2026", "20-21 October 2026")? A session's line ("Séance 2 (mardi 20 octobre, 14 h 00) : ...") is not."""
    from bot.text.places import dateline_place
    from ingest.dates import find_dates

    found = [m for m in find_dates(line) if m.precision == "day"]
    if not found or line[found[-1].stop:].strip(" .)"):
        return False
    before = line[:found[0].begin]
    return not before.strip(" ,،") or bool(dateline_place(before))


# a sentence ending inside a line (after a lower-case word, not a title or an initial: "... to farm workers. She")
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z]")


def _runs_on(line: str, following: str) -> bool:
    """Is the line the first of a paragraph wrapped over several lines rather than a line of its own ("Ms. Saleh said
    that ... farm workers. She recommended" / "written contracts ...")? A sentence ends inside it, or the next line
    goes on in lower case."""
    nxt = following.strip()
    return bool(_SENTENCE_INSIDE.search(line)) or bool(nxt) and nxt[0].islower()


def _is_title_line(line: str, prev_blank: bool, next_blank: bool) -> bool:
    """A short stand-alone line with no final punctuation reads as a heading."""
    s = line.strip()
    if not (prev_blank and next_blank) or not (3 <= len(s) <= 110):
        return False
    if s[-1] in ".;,:)،؛" or s.startswith(("-", "*", "•", "|", "<")) or "\t" in s:
        return False
    if "@" in s or "http" in s or "www." in s:     # a contact's line ("..., البريد الإلكتروني: a@b.org") says, not heads
        return False
    if re.search(r"\d{1,2}:\d{2}", s) or ROLE_LINE.match(s):      # schedule lines, a role's line
        return False
    if holds_a_day(s):                          # a dateline ("Agadir (Maroc), 20-21 octobre 2026"): the document's
        return False                             # dates, read as text (a heading with no body is dropped)
    if _DATED_FIELD.match(s):                   # a field giving a date ("Published: Monday, 2 March 2037"): text
        return False
    words = s.split()
    # an upper-case first letter, or a letter of a script without case (an Arabic heading: "ثانياً: أهداف الاجتماع")
    if len(words) > 14 or not (s[0].isupper() or s[0].isalpha() and not s[0].islower() and not re.search(r"\d", s)):
        return False                            # (... without a number: "الدوحة، قطر، ١٤-١٥ حزيران/يونيو" is a dateline)
    return True


# a label of one to three words, a colon, and a date after it ("Published: Monday, 2 March 2037", "Date de diffusion :
# mercredi 7 mai 2036", "تاريخ الإصدار: الاثنين 14 نيسان/أبريل 2036")
_DATED_FIELD = re.compile(r"^(?:[^\W\d_][\w'’-]*\s?){1,3}\s?:\s*(?=\S)(?=.*\d)")
RULE_LINE = re.compile(r"^\s*([=\-_*─━])\1{2,}\s*$")


def to_markdown(text: str) -> str:
    """Mark the implicit headings of a plain-text report as Markdown headings."""
    lines = text.split("\n")
    if sum(1 for ln in lines if ln.startswith("#")) >= 3:
        return text          # already structured
    out: list[str] = []
    made: dict[int, str] = {}            # the lines made headings here (index in out -> the line as it was)
    speakers: list[int] = []
    # (a rule of "=" or "-" framing or underlining a heading is a blank line: "=====" / "تاسعًا — للتواصل" / "=====")
    lines = ["" if RULE_LINE.match(ln) else ln for ln in lines]
    for i, line in enumerate(lines):
        s = line.strip()
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        if not s or s.startswith("#"):
            out.append(line)
            continue
        m = NUMBERED_HEADING.match(s)
        heading, quotable = "", False          # quotable: the line stays in the text below its heading too
        # (a long one -- "4. Session 2: Portability of ... (Wednesday, 20 May, 14:00-16:30)" -- stands alone)
        if m and prev_blank and (len(s) <= 110 or next_blank and len(s) <= 160) and s[-1] not in ".;,:":
            marker = s.split(".", 1)[0]
            level = 2 if re.fullmatch(_ROMAN, marker) or marker.isdigit() else 3
            heading = "#" * level + " " + s
            quotable = bool(SCHEDULE_TIME.search(s))   # "5. Session 3: ... (Thursday, 21 May, 09:30-12:00)": its times
        elif (SPEAKER_LINE.match(s) and prev_blank and len(s) <= 200 and not s.endswith((".", ":"))
              and not _runs_on(s, lines[i + 1] if i + 1 < len(lines) else "")):
            heading = "#### " + s
            speakers.append(len(out))
        elif SESSION_HEADING.match(s) and prev_blank and not s.endswith("."):
            # (its day, time and title are what is asked of the session)
            heading, quotable = "### " + s.replace("**", ""), True
        elif DAY_HEADING.match(s):
            heading = "### " + s.replace("**", "")
        elif _is_title_line(s, prev_blank, next_blank):
            heading = "### " + s
        if heading:
            made[len(out)] = line
        out.append(heading or line)
        if heading and quotable:
            out.append(line)
    # a line made a heading at the very end heads nothing: it stays text (the splitter drops an empty section)
    last = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
    if last in made:
        out[last] = made[last]
    # a speaker's line right above another heading ("Mme A, directrice ..." then "M. B, chef ..." then what they
    # said) heads nothing: it stays a line of the section above, not a section the splitter drops with its name
    for k in speakers:
        following = next((ln for ln in out[k + 1:] if ln.strip()), "#")
        if following.startswith("#"):
            out[k] = made[k]
    return "\n".join(out)


@dataclass
class Chunk:
    doc_id: str
    title: str
    section: str            # section path, " > " separated
    date: str               # document date, ISO
    language: str
    position: int           # order within the document
    text: str               # the chunk as cited
    embed_text: str         # what is embedded: title and section as context, then the text
    content_hash: str = ""  # hash of embed_text: same hash, same vector
    metadata: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.doc_id}::{self.position:04d}::{self.content_hash[:16]}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_sections(markdown: str) -> list[tuple[list[str], str]]:
    """[(heading path, body)] in order, using LangChain's Markdown header splitter."""
    from langchain_text_splitters import MarkdownHeaderTextSplitter

    headers = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
    splitter = MarkdownHeaderTextSplitter(headers_to_split_on=headers, strip_headers=True)
    sections = []
    for doc in splitter.split_text(markdown):
        path = [doc.metadata[k] for _, k in headers if doc.metadata.get(k)]
        body = doc.page_content.strip()
        if body:
            sections.append((path, body))
    return sections


def _overlap(before: str, piece: str, least: int = 20) -> int:
    """How many characters a piece opens with that end the piece before it (the overlap the splitter repeats), or 0.
    (A piece opening with the last 120 characters of a long one used to replace it whole: the letter of invitation's
    body, a summary's recommendations were lost.)"""
    for k in range(min(len(before), len(piece), 2 * CHUNK_OVERLAP), least - 1, -1):
        if before.endswith(piece[:k]):
            return k
    return 0


def _merge_small(pieces: list[str], limit: int, small: int = 350) -> list[str]:
    """Join a short piece (a lead-in line, a short list) with its neighbour."""
    out: list[str] = []
    for piece in (p.strip() for p in pieces):
        if len(piece) < 3:
            continue
        if out and (len(out[-1]) < small or len(piece) < small) and len(out[-1]) + len(piece) + 2 <= limit * 1.3:
            if piece.startswith(out[-1]):             # the piece repeats all of the one before
                out[-1] = piece
            elif (k := _overlap(out[-1], piece)):     # ... or its end (the splitter's overlap): said once
                out[-1] = out[-1] + piece[k:]
            else:
                out[-1] = out[-1] + "\n\n" + piece
        else:
            out.append(piece)
    return out


# a table's row as the text reads it: cells parted by " | " (three cells or more)
_ROW = re.compile(r"^[^|\n]*(?:\|[^|\n]*){2,}$")


def _cells(line: str) -> int:
    return line.strip().strip("|").count("|") + 1


def _with_table_headers(pieces: list[str]) -> list[str]:
    """Each piece that goes on with a table begun in the piece before it opens with that table's header row: "3 |
    Wed 12:00–14:30 | 16:00–18:30 | ..." says which column is which city's time only under "Slot | UTC | Port Louis
    (UTC+4) | ...", for its embedding and for its quotation."""
    out, header = [], None
    for piece in pieces:
        lines = piece.split("\n")
        first = lines[0].strip()
        if header and _ROW.match(first) and _cells(first) == _cells(header) and first != header:
            piece = f"{header}\n{piece}"
        else:
            header = None
        prev_row = bool(header)
        for line in lines:
            row = bool(_ROW.match(line.strip()))
            if row and not prev_row:
                header = line.strip()          # a table's first row: its header
            elif not row:
                header = None
            prev_row = row
        out.append(piece)
    return out


def chunk_document(
    text: str,
    *,
    doc_id: str,
    title: str,
    date: str = "",
    language: str = "en",
    extra_metadata: dict | None = None,
    title_aliases: tuple[str, ...] = (),
    chunk_chars: int = CHUNK_CHARS,
    overlap: int = CHUNK_OVERLAP,
) -> list[Chunk]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_chars,
        chunk_overlap=overlap,
        separators=["\n\n", "\n- ", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
    )
    chunks: list[Chunk] = []
    for path, body in split_sections(to_markdown(text)):
        # the document's own title heading is context, not a section
        titles = {x.strip().casefold() for x in (title, *title_aliases) if x}
        path = [p for p in path if p.strip().casefold() not in titles] or path
        section = " > ".join(path)
        for piece in _with_table_headers(_merge_small(splitter.split_text(body), chunk_chars)):
            context = title if not section else f"{title} — {section}"
            embed_text = f"{context}\n{piece}"
            chunks.append(
                Chunk(
                    doc_id=doc_id,
                    title=title,
                    section=section,
                    date=date,
                    language=language,
                    position=len(chunks),
                    text=piece,
                    embed_text=embed_text,
                    content_hash=content_hash(embed_text),
                    metadata=dict(extra_metadata or {}),
                )
            )
    return chunks
