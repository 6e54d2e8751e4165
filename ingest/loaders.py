"""Document loaders: one file in, one :class:`LoadedDocument` out.

Every loader turns its format into the same light Markdown-style text, so the
rest of the pipeline handles one shape only:

- headings are ``# Title`` / ``## Section`` lines;
- paragraphs are separated by blank lines;
- list items are ``- item`` lines;
- table rows are lines whose cells are joined by `` | ``.

The text is passed through :func:`ingest.cleaning.clean` before it is returned
(``clean`` is idempotent, so cleaning it again later is harmless).

The parsing libraries (pypdfium2, python-docx, BeautifulSoup + lxml) are imported
inside the loader that needs them, so importing this module costs nothing and
the CLI starts fast.

Anything that cannot be loaded raises :class:`LoadError`, whose message names
the file and says what to do; the caller reports it and goes on with the other
documents.
"""

from __future__ import annotations

import bisect
import codecs
import io
import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from bot.text.language import to_ascii_digits
from ingest.cleaning import clean
from ingest.limits import DocumentLimits, megabytes

__all__ = ["LoadedDocument", "LoadError", "SUPPORTED_SUFFIXES", "load", "decode_text", "text_encoding"]

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}

_FORMAT_OF = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


@dataclass
class LoadedDocument:
    path: Path
    text: str  # Markdown-style: "# Heading" lines, blank-line paragraphs, "- item" lists
    format: str  # "txt" | "md" | "html" | "pdf" | "docx"
    title: str | None  # the title found in the file itself, else None
    encoding: str | None = None  # text formats: the encoding the bytes were read in ("utf-8", "cp1252", ...)
    headings: tuple[str, ...] = ()  # the headings the text opens with, before any body text (title and letterhead)


class LoadError(Exception):
    """A document that cannot be loaded. ``str(err) == f"{path}: {reason}"``."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # keep it picklable (process pools, logging handlers)
        return (type(self), (self.path, self.reason))


def load(path: Path, limits: DocumentLimits | None = None) -> LoadedDocument:
    """Load one document and return its cleaned, Markdown-style text.

    Raises :class:`LoadError` when the file is missing, unreadable, empty,
    corrupt, of an unsupported type, over a size limit (:mod:`ingest.limits`:
    bytes checked before reading, characters once extracted, a DOCX's unpacked
    size from its zip directory before unpacking), or text whose encoding
    cannot be told (UTF-8 with or without BOM, UTF-16 with BOM, and the
    Western-European and Arabic legacy encodings found by charset-normalizer
    are read).
    """
    limits = limits or DocumentLimits()
    path = Path(path)
    if not path.exists():
        raise LoadError(path, "file not found; check the path and the file name")
    if path.is_dir():
        raise LoadError(path, "is a directory, not a file; give the documents inside it one by one")
    suffix = path.suffix.lower()
    fmt = _FORMAT_OF.get(suffix)
    if fmt is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        kind = f"'{suffix}'" if suffix else "without an extension"
        raise LoadError(
            path,
            f"unsupported file type {kind}; supported formats are {supported} "
            "- convert the document to one of them (e.g. save it as PDF or DOCX)",
        )
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise LoadError(path, f"the file is {megabytes(size)}, over the limit of {megabytes(limits.max_bytes)} "
                            f"(GCMBOT_MAX_DOCUMENT_BYTES); {_SPLIT_OR_RAISE}")
        if fmt in _PLAIN_TEXT and size > 4 * limits.max_chars:   # 1 to 4 bytes a character
            raise _too_many_chars(path, size // 4, limits, at_least=True)
        with path.open("rb") as fh:
            data = fh.read(limits.max_bytes + 1)                 # never more than the limit, even if it grew
        if len(data) > limits.max_bytes:
            raise LoadError(path, f"the file grew over the limit of {megabytes(limits.max_bytes)} while it was read "
                            f"(GCMBOT_MAX_DOCUMENT_BYTES); {_SPLIT_OR_RAISE}")
    except PermissionError:
        raise LoadError(path, "permission denied; make the file readable (e.g. chmod a+r)") from None
    except OSError as exc:
        raise LoadError(
            path, f"cannot read the file ({exc.strerror or exc}); check that it is a readable regular file"
        ) from None
    if not data.strip():
        raise LoadError(path, "the file is empty; add its text or remove it from the documents folder")

    encoding = None
    if fmt in _TEXT_PARSERS:
        encoding = _html_encoding(path, data) if fmt == "html" else text_encoding(path, data)
        raw_text, title = _TEXT_PARSERS[fmt](path, data.decode(encoding))
    else:
        if fmt == "docx":
            _check_docx_package(path, data, limits)
        raw_text, title = _PARSERS[fmt](path, data)
    if len(raw_text) > limits.max_chars:
        raise _too_many_chars(path, len(raw_text), limits)
    text = clean(raw_text, fmt)
    if not text.strip():
        if fmt == "pdf":
            reason = (
                "the PDF has no extractable text (a scanned image?); run OCR on it "
                "(e.g. ocrmypdf) or load a text version of the document"
            )
        elif not raw_text.strip():
            reason = "the file is empty (only white space); add its text or remove it from the documents folder"
        else:
            reason = "no text left after cleaning (only markup or boilerplate); check the file's content"
        raise LoadError(path, reason)
    headings = leading_headings(text)
    if fmt == "md" and not title:
        title = opening_title(headings) or next((line[2:] for line in text.splitlines() if line.startswith("# ")), None)
    if fmt == "txt" and not title:      # an e-mail's subject, else the first opening line, unless it is a letterhead
        title = mail_subject(text)
    if fmt in _PLAIN_TEXT and not title:    # a title given as a field of the header ("Title: \"Your seat at the table:
        title = title_field(text)             # ...\"" under "Online information webinar - TRANSCRIPT")
    if fmt == "txt" and not title:      # a line underlined with "=" as long as itself, the text's first-level heading
        title = underlined_title(text)
    if fmt == "txt" and not title:
        opening = [line for line in opening_lines(text) if len(line) > 8]
        heads = letterheads(opening)
        titles = [line for line in opening if line not in heads]
        # (not the kind of document above its title: "APPEL À CANDIDATURES", then "Programme des jeunes délégués ...")
        titles = [line for line in titles if not is_document_kind(line)] or titles
        # (a press release's headline, under "PRESS RELEASE" and the body that issues it: "KIGALI TO HOST ... FORUM ON
        # ...", not "EAST AND HORN OF AFRICA MIGRATION DIALOGUE (EHAMD)" above it)
        kind = next((k for k, line in enumerate(opening) if only_a_kind(line)), -1)
        below = [line for line in opening[kind + 1:] if line in titles and len(line.split()) >= 4] if kind > 0 else []
        title = next(iter(below or titles), opening[0] if opening else None)
        # ... with the name in quotation marks on the line under it ("RAPPORT DE L'ATELIER NATIONAL", then "« Inspection
        # du travail et protection des droits des travailleurs migrants »")
        after = opening[opening.index(title) + 1:opening.index(title) + 2] if title in opening else []
        # or carried on to the next line ("ملخص الاجتماع التحضيري الإقليمي الأول لأصحاب المصلحة", then "استعدادًا لمنتدى
        # استعراض الهجرة الدولية 2036"; "Regional Consultation", then "on Climate Mobility")
        if after and (re.fullmatch(r"[«“\"].+[»”\"]", after[0]) or _CARRIED_ON.match(after[0])):
            title = f"{title} {after[0]}"
        # ... or a headline in quotation marks, a slogan, over the line saying what it is ("\"WE CLEANED THEIR HOMES,
        # NOW HEAR OUR VOICES\"", then "Public hearing of migrant domestic workers' testimonies in Colombo as an input to
        # ..."), however long that line
        elif title and re.fullmatch(r"[«“\"].+[»”\"]", title.strip()) and (said := _line_below(text, title)) \
                and not said.endswith((".", ";", "?", "!")) and len(said.split()) <= 2 * _OPENING_WORDS:
            title = f"{title} {said}"
        # a title that only says what kind of document it is ("TERMS OF REFERENCE AND CALL FOR CANDIDATES") is of the
        # body named in the block of lines right above it, under the organisation's name ("REGIONAL CIVIL SOCIETY
        # STEERING GROUP FOR THE REVIEW OF THE GLOBAL COMPACT / FOR SAFE, ORDERLY AND REGULAR MIGRATION IN ASIA AND THE
        # PACIFIC"): both
        if title in opening and only_kinds_of_document(title) and (block := _block_above(text, title)) \
                and block[0] in opening and opening.index(block[0]) > 0:
            title = f"{title} — {' '.join(block)}"
    return LoadedDocument(path=path, text=text, format=fmt, title=_clean_title(title), encoding=encoding,
                          headings=tuple(headings))


_UNDERLINE = re.compile(r"\s*=(?:\s*=){2,}\s*")
_UNDERLINED_WITHIN = 40        # lines of a plain text its title may be underlined in
_NUMBERED_PART = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s")      # "2. PRISE EN CHARGE", "II. CONTEXTE"


def underlined_title(text: str) -> str | None:
    """A plain text's title written as a heading of the first level: the line over the text's first rule of "=",
    above its first paragraph, when the rule is as long as the line (within a fifth) and the line is no numbered part
    nor framed by rules above and below ("NOTE CONCEPTUELLE ET PROGRAMME PROVISOIRE", then "=========", under a
    state's letterhead and motto). A title that only says what kind of document it is has the line below for what it is of:
    "NOTE CONCEPTUELLE ET PROGRAMME PROVISOIRE — Atelier national de validation du rapport d'examen volontaire
    national ..."."""
    lines = [line.strip() for line in text.splitlines()[:_UNDERLINED_WITHIN + 1]]
    # (the text's first rule of "=", above its first paragraph: one under a section further on, "أولاً: معلومات عامة",
    # "2. PRISE EN CHARGE", is not its title)
    body = next((k for k, line in enumerate(lines) if line.endswith(".") and len(line.split()) > 8), len(lines))
    k = next((k for k in range(1, body) if _UNDERLINE.fullmatch(lines[k])), 0) - 1
    if k > 0:
        line, rule = lines[k], lines[k + 1]
        if not line or _UNDERLINE.fullmatch(lines[k - 1]) or abs(len(rule) - len(line)) > max(3, len(line) // 5) \
                or not any(ch.isalpha() for ch in line) or _NUMBERED_PART.match(line):
            return None
        below = next((x for x in lines[k + 2:] if x), "")
        if only_kinds_of_document(line) and below and not below.endswith((".", ";", ":", "?", "!")) \
                and len(below.split()) <= 2 * _OPENING_WORDS and not _UNDERLINE.fullmatch(below):
            return f"{line} — {below}"
        return line
    return None


def leading_headings(text: str, most: int = 3) -> list[str]:
    """The headings a Markdown-style text opens with that hold the whole document: the first, and below it,
    before any body text, a heading that is the only one of its level ("# United Nations Network on
    Migration", then "## Call for Inputs: ..." above "### 1. Purpose", "### 2. Who can submit"). A heading
    with siblings ("## Overview", then "## Registration") is a section."""
    lines = text.splitlines()
    level = lambda s: len(s) - len(s.lstrip("#"))
    per_level: dict[int, int] = {}
    for line in lines:
        s = line.strip()
        if s.startswith("#"):
            per_level[level(s)] = per_level.get(level(s), 0) + 1
    out = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        # (a heading with siblings, unless all above it only says the kind of document: "# مذكرة مفاهيمية" then
        # "## ورشة العمل الإقليمية حول ..." above "## أولاً: الخلفية")
        if not s.startswith("#") or len(out) == most or (out and per_level[level(s)] > 1
                                                         and not all(is_document_kind(h) for h in out)):
            break
        out.append(s.lstrip("#").strip())
    return [h for h in out if h]


# the fields of an e-mail's header, in the three languages: "From:", "Objet :", "الموضوع:"
_MAIL_FIELD = re.compile(r"(?i)^\s*(?:from|to|cc|bcc|date|sent|subject|reply-to|de|à|a|envoyé|objet|répondre à|"
                         r"من|إلى|الى|نسخة(?: (?:إلى|الى|مخفية))?|المرسل|التاريخ|تاريخ الإرسال|الموضوع)\s*:\s*(.*)$")
_MAIL_SUBJECT = re.compile(r"(?i)^\s*(?:subject|objet|الموضوع)\s*:")


def is_mail_field(line: str) -> bool:
    """A line that is a field of an e-mail's header ("From: ...", "Cc : ...", "نسخة إلى: ...")."""
    return bool(_MAIL_FIELD.match(line))


def is_mail_subject(line: str) -> bool:
    """A line that is an e-mail's subject field ("Subject: ...", "Objet : ...", "الموضوع: ...")."""
    return bool(_MAIL_SUBJECT.match(line))


def _mail_fields(lines) -> list[tuple[str, str]]:
    """(line, value) of the e-mail header's fields the lines open with (blank lines before it skipped)."""
    fields = []
    for line in lines:
        if not line.strip():
            if fields:
                break
            continue
        m = _MAIL_FIELD.match(line)
        if not m:
            break
        fields.append((line, m.group(1).strip()))
    return fields


def _field(fields: list[tuple[str, str]], names: tuple[str, ...]) -> str:
    """The value of the first of these fields ("subject", "objet", "الموضوع") a header gives, or ""."""
    return next((value for line, value in fields if line.split(":", 1)[0].strip().casefold() in names), "")


# a header's field giving the title: "Title: ...", "Titre : ...", "العنوان: ..." (a line of its own among the first)
_TITLE_FIELD = re.compile(r"^\s*(?:\*\*)?(?:title|titre|intitul[ée]|العنوان|عنوان)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.{8,250}?)\s*$",
                          re.IGNORECASE)
_TITLE_FIELD_LINES = 12


def title_field(text: str) -> str | None:
    """The title a plain text's header gives as a field ("Title: \"Your seat at the table: ...\""), without its
    quotation marks, when one of its first lines does (before the body's first paragraph)."""
    for line in [line for line in text.splitlines() if line.strip()][:_TITLE_FIELD_LINES]:
        if len(line.split()) > 2 * _OPENING_WORDS:
            break                       # (the header's fields only: not a line of the body)
        m = _TITLE_FIELD.match(line)
        if m:
            return re.sub(r"^[\"“«'‘]\s*|\s*[\"”»'’]$", "", m.group(1).strip()) or None
    return None


def mail_subject(text: str) -> str | None:
    """The subject of a text that opens with an e-mail's header ("From: ...", "To: ...", "Subject: ..."; "De :",
    "Objet :"; "من:", "الموضوع:"): the e-mail's title, not its first line ("To: Civil society partners")."""
    fields = _mail_fields(text.splitlines())
    if len(fields) < 2:
        return None
    return next((value for line, value in fields if _MAIL_SUBJECT.match(line) and value), None)


# a line that ends with its date: "Amman, Jordan, 7-8 October 2026", "Tunis, 20-21 May 2026"
_DATELINE_END = re.compile(r"\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+\s+\d{4}\s*$")
# a reference number on a line of its own: "Ref.: RNM-EHA/SE/2035/041", "Réf. : 2035/17", "الرقم المرجعي: WANA-MO/2036/004"
_REFERENCE = re.compile(r"(?i)^\s*(?:ref|réf|reference|référence|our ref|notre réf|n°|no|الرقم المرجعي|المرجع|الرقم)\.?"
                        r"\s*:?\s*\S*\d\S*\s*$")


def is_dateline_line(line: str) -> bool:
    """A line that is a place and the day it was written, in any of the three languages ("Amman, Jordan, 7-8
    October 2026", "Dakar, le 3 novembre 2035", "عمّان، 12 كانون الثاني/يناير 2036"): not a title."""
    from ingest.chunking import holds_a_day      # (the chunker reads a plain text's datelines so too)
    return bool(_DATELINE_END.search(line)) or holds_a_day(line.strip())


# an organisation's name above the title, in capitals ("REGIONAL UN NETWORK ON MIGRATION FOR THE ARAB REGION")
# or in a language without them ("الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة في المنطقة العربية"): it names a
# body and no meeting or document
_LETTERHEAD = re.compile(r"^(?=[^a-z]*$).*\b(?:NETWORK|ORGANI[SZ]ATION|UNITED NATIONS|COMMISSION|MINISTRY|OFFICE|"
                         r"SECRETARIAT|AGENCY|PROGRAMME|COUNCIL|LEAGUE|GROUPE?|COMMITTEE|COMITÉ|COALITION|ALLIANCE|"
                         r"PLATFORM|PLATEFORME|CIVIL SOCIETY|SOCIÉTÉ CIVILE|RÉSEAU|REPUBLIC|RÉPUBLIQUE|KINGDOM|ROYAUME|"
                         r"GOVERNMENT|GOUVERNEMENT)\b")
_BODY = re.compile(r"(?i)\b(?:network|organi[sz]ation|united nations|commission|ministry|office|secretariat|agency|"
                   r"programme|council|league|réseau|nations unies|ministère|bureau|secrétariat|agence|conseil|ligue|"
                   r"republic|république|kingdom|royaume|government|gouvernement)\b"
                   r"|(?:^|\s)(?:[وبل]?ال)?(?:شبكة|منظمة|الأمم المتحدة|لجنة|وزارة|مكتب|أمانة|وكالة|برنامج|مجلس|جامعة الدول|"
                   r"جمهورية|مملكة|حكومة)")
_NAMES_A_MEETING = re.compile(
    r"(?i)\b(?:meeting|conference|consultation|workshop|webinar|dialogues?|forum|briefing|seminar|session|report|"
    r"note|summary|call|event|review|newsletter|bulletin|digest|update|press release|réunion|conférence|atelier|"
    r"webinaire|séminaire|rapport|compte rendu|appel|événement|examen|lettre d'information|communiqué)\b"
    r"|(?:اجتماع|مؤتمر|ورشة|حوار|منتدى|ندوة|مشاور|جلسة|تقرير|مذكرة|دعوة|استعراض|نشرة|بيان صحفي)")


def signs_for_a_body(line: str) -> bool:
    """A line naming a body and no meeting nor document ("Bureau de coordination régionale du Réseau des Nations Unies
    sur les migrations, Abidjan – 3 février 2037" closing a note): who issues it, and when."""
    return bool(_BODY.search(line)) and not _NAMES_A_MEETING.search(line)


def is_letterhead(line: str) -> bool:
    """An organisation's name set above a document's title (see :data:`_LETTERHEAD`)."""
    return bool(_LETTERHEAD.search(line)) or signs_for_a_body(line)


# a line in capitals that carries the one above on: "GROUPE DE TRAVAIL DE LA SOCIÉTÉ CIVILE ...", then "SUR L'EXAMEN DU
# PACTE MONDIAL ..."
_CAPITALS_CARRIED_ON = re.compile(r"^(?=[^a-z]*$)(?:ON|OF|FOR|IN|AND|SUR|DE|DU|DES|POUR|ET|EN)\b")


# a line of the letterhead giving where the body is or how to reach it: "Secretariat: UN Conference Centre, ...,
# Bangkok", "Adresse : ...", "Tel: ...", "العنوان: ..."
_ADDRESS_FIELD = re.compile(r"(?i)^\s*(?:secretariat|secrétariat|address|adresse|headquarters|siège|tel|tél|phone|"
                            r"téléphone|fax|e-?mail|courriel|website|site web|العنوان|المقر|الهاتف|الأمانة|الامانة)\s*:")


# a line that is only where to find the body: its website or its e-mail ("www.example.org/samdwn")
_WEB_ONLY = re.compile(r"\s*(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+)(?:\s*[|·•,]\s*(?:(?:https?://|www\.)\S+|"
                       r"[\w.+-]+@[\w-]+\.[\w.-]+))*\s*")


def letterheads(opening: list[str]) -> set[str]:
    """The opening lines that are an organisation's name above the title (:func:`is_letterhead`), with the lines in
    capitals that carry one on and the lines giving its address."""
    out: set[str] = set()
    for prev, line in zip([""] + opening, opening):
        if is_letterhead(line) or prev in out and _CAPITALS_CARRIED_ON.match(line) or _ADDRESS_FIELD.match(line) \
                or _WEB_ONLY.fullmatch(line):
            out.add(line)
    return out


# a line that is only the kind of document, however written ("Press release", "Communiqué de presse", "بيان صحفي")
_NOTE_KINDS = r"concept note|note conceptuelle|information note|note d'information|مذكرة مفاهيمية|مذكرة معلومات"
_KIND_ONLY = re.compile(rf"(?i)^\W*(?:press release|news release|media advisory|communiqué(?: de presse)?|{_NOTE_KINDS}|"
                        r"for immediate release|embargoed until[^\n]*|pour diffusion immédiate|pour publication immédiate|"
                        r"بيان صحفي|بيان إعلامي|بيان|نشرة صحفية|للنشر الفوري)\W*$")


# the words that say what kind of document a text is, and nothing about what it is of
_DOCUMENT_KIND_WORDS = frozenset("""terms of reference and call calls for candidates candidacies applications nominations
inputs proposals submissions expressions interest concept information note notes press release announcement notice
invitation appel appels à a candidatures propositions contributions termes de référence mandat et avis d'information
conceptuelle communiqué programme provisional provisoire""".split())


def only_kinds_of_document(line: str) -> bool:
    """A line whose words only say what kind of document it is ("TERMS OF REFERENCE AND CALL FOR CANDIDATES",
    "Appel à candidatures"), at least two of them."""
    words = re.findall(r"[^\W\d_][\w'’]*", line.casefold())
    return len(words) >= 2 and all(w in _DOCUMENT_KIND_WORDS for w in words)


def _block_above(text: str, line: str) -> list[str]:
    """The lines of the text right above ``line``, up to the blank line before them (in the text's order)."""
    lines = [ln.strip() for ln in text.splitlines()]
    try:
        k = lines.index(line.strip())
    except ValueError:
        return []
    j = k - 1
    while j >= 0 and not lines[j]:
        j -= 1
    block = []
    while j >= 0 and lines[j]:
        block.insert(0, lines[j])
        j -= 1
    return block


def _line_below(text: str, line: str) -> str:
    """The line right below ``line`` in a text, stripped ("" when a blank line or nothing follows)."""
    lines = [x.strip() for x in text.splitlines()]
    try:
        k = lines.index(line.strip())
    except ValueError:
        return ""
    return lines[k + 1] if k + 1 < len(lines) else ""


def only_a_kind(line: str) -> bool:
    """A line that is one of the usual kinds of document and nothing else ("CONCEPT NOTE", "Note d'information",
    "بيان صحفي"): it names no meeting."""
    return bool(_KIND_ONLY.match(line))


def is_document_kind(line: str) -> bool:
    """A line naming only the kind of document, in capitals, of at most three words ("CALL FOR APPLICATIONS",
    "APPEL À CANDIDATURES", "PRESS RELEASE", "CONCEPT NOTE"), or one of the usual kinds however written ("بيان
    صحفي", "Communiqué de presse"): not its title, when a line below names it."""
    words = line.split()
    return 0 < len(words) <= 3 and (line.upper() == line and any(ch.isalpha() and ch.isascii() for ch in line)
                                    or only_a_kind(line))


# a line that carries a title on: it opens with a preposition or a link, or in lower case
_CARRIED_ON = re.compile(r"(?:[a-zà-ÿ]|(?:استعداد|تحضير|حول|بشأن|من أجل|نحو)[\w\u064b-\u0652]*\s)")

_OPENING_WORDS = 20        # an opening line of a plain text is a heading when it has at most this many words


def opening_lines(text: str, most: int = 6) -> list[str]:
    """The lines a plain text opens with before its first paragraph, its dateline aside: a letterhead, the
    title, the kind of document ("REGIONAL UN NETWORK ON MIGRATION ...", "Regional Expert Meeting on ...",
    "SUMMARY OF DISCUSSIONS"). A line ended like a sentence, or longer than a heading, is body text. The
    title is the first of them that is not an organisation's name in capitals (a letterhead)."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or not any(ch.isalnum() for ch in s):
            continue            # (nor a rule drawn with dashes or equal signs between the letterhead and the title)
        if not out and len(s.split()) > _OPENING_WORDS and is_letterhead(s):
            continue            # a long letterhead above everything ("شبكة الأمم المتحدة ... | بالشراكة مع ...")
        # (a line in capitals is a heading however long: "WEBINAIRE RÉGIONAL : « PROTÉGER LES ENFANTS EN MOBILITÉ EN
        # AFRIQUE DE L'OUEST – DE L'IDENTIFICATION À LA PRISE EN CHARGE TRANSFRONTALIÈRE »")
        if len(out) == most or s.endswith((".", ";", "?", "!")) or len(s.split()) > _OPENING_WORDS * (
                2 if s.upper() == s and s.lower() != s else 1):
            break
        # (a line naming a meeting on its day is no dateline: "Réunion de coordination en ligne (Zoom) du lundi 5 mai 2036")
        if (not is_dateline_line(s) or _NAMES_A_MEETING.match(s)) and not _REFERENCE.match(s):
            out.append(s)
    return out


def opening_title(headings: list[str]) -> str | None:
    """The title among the headings a document opens with (see :func:`leading_headings`): the longest. A
    letterhead above the title ("# United Nations Network on Migration" then "## Call for Inputs:
    Multi-stakeholder Consultation on ...") or the kind of document below it ("# Regional Workshop on ..."
    then "## Summary") is not the title."""
    # (a heading that says what kind of document it is about a meeting, "Information note on stakeholder
    # participation", is not the meeting's name above it: "International Migration Review Forum 2030")
    named = [h for h in headings if not _KIND_OF.match(h)]
    return max(named or headings, key=len) if headings else None


_KIND_OF = re.compile(rf"(?i)^\W*(?:{_NOTE_KINDS})\b")


_SPLIT_OR_RAISE = "split it into smaller documents, or raise the limit if it really is one document"
_PLAIN_TEXT = {"txt", "md"}


def _too_many_chars(path: Path, chars: int, limits: DocumentLimits, at_least: bool = False) -> LoadError:
    return LoadError(path, f"its text is {'at least ' if at_least else ''}{chars:,} characters long, over the limit of "
                     f"{limits.max_chars:,} (GCMBOT_MAX_DOCUMENT_CHARS); {_SPLIT_OR_RAISE}")


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    cleaned = clean(title)
    first = next((line for line in cleaned.splitlines() if line.strip()), "")
    first = first.lstrip("#").strip()
    return first or None


# --------------------------------------------------------------------------- text


#: The legacy encodings a document of this help desk may come in when it is not UTF-8:
#: Western European (French, English) and Arabic, from Windows and older Unix.
#: charset-normalizer judges among these only: left open, it read French Latin-1 as
#: Central European cp1250, which turns "è" into "č" and "à" into "ŕ"; Mac Roman is
#: left out because it read "été à Genève" as "ÈtÈ ‡ GenËve" with less "mess" than
#: Windows-1252 did (short texts fool the mess detector).
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "cp1256", "iso8859_6")
_ENCODING_NAMES = {"cp1252": "Windows-1252 (Western European)", "iso8859_15": "ISO-8859-15 (Western European)",
                   "latin_1": "ISO-8859-1 (Latin-1)", "cp1256": "Windows-1256 (Arabic)",
                   "iso8859_6": "ISO-8859-6 (Arabic)"}
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_MIXED_WORD = re.compile(r"(?=\w*[\u0600-\u06FF])(?=\w*[A-Za-z\u00C0-\u024F])\w+")


def encoding_name(encoding: str) -> str:
    """A codec name as the secretariat knows it ("cp1252" -> "Windows-1252 (Western European)")."""
    return _ENCODING_NAMES.get(encoding, encoding)


def text_encoding(path: Path, data: bytes) -> str:
    """The codec to read a text file with: UTF-8 (with or without BOM), UTF-16 with BOM,
    else the legacy encoding charset-normalizer finds (:data:`LEGACY_ENCODINGS`).

    Raises :class:`LoadError` rather than guess: binary data, no plausible
    encoding, or two plausible readings in different scripts (a short text
    that reads as well in Windows-1252 as in Windows-1256).
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            data.decode("utf-8-sig")
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data.decode("utf-16")
            return "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise LoadError(
            path, "looks like a binary file, not text (it contains NUL bytes); save it as UTF-8 text"
        )
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    readings = _legacy_readings(data)
    line = data[: utf8_error.start].count(b"\n") + 1
    where = f"not UTF-8: invalid byte 0x{data[utf8_error.start]:02x} on line {line}"
    if not readings:
        raise LoadError(path, f"cannot decode the text ({where}, and no Western-European or Arabic encoding "
                        "reads it as text); re-save the file as UTF-8")
    best = readings[0]
    rival = next((r for r in readings[1:] if r.arabic != best.arabic), None)
    if rival is not None and rival.mixed_words == best.mixed_words and rival.mess - best.mess < _MESS_MARGIN:
        raise LoadError(path, f"cannot tell the text's encoding ({where}; it reads as well in "
                        f"{encoding_name(best.encoding)} as in {encoding_name(rival.encoding)}); re-save the file as UTF-8")
    return best.encoding


@dataclass(order=True)
class _Reading:
    mixed_words: int            # words mixing Arabic and Latin letters: a wrong reading ("Ça" read as Arabic: "اa")
    mess: float                 # charset-normalizer's mess ratio (0 = reads like text)
    rank: int                   # the order of LEGACY_ENCODINGS breaks ties
    encoding: str = field(compare=False)
    arabic: bool = field(compare=False)


#: what the encodings are judged on: the start, middle and end of the file, so a large file
#: costs what a small one does (mess_ratio is pure Python: ~1 s for 200,000 characters)
_SAMPLE_BYTES = 16_384
#: two readings in different scripts closer than this are too close to choose between
_MESS_MARGIN = 0.05


def _legacy_readings(data: bytes) -> list[_Reading]:
    """The legacy encodings that read ``data`` as text, best first (charset-normalizer's mess
    detector; chosen by hand because its own ranking drops candidates on short texts:
    it offered only ISO-8859-6 for "été à Genève")."""
    from charset_normalizer.md import mess_ratio

    n = _SAMPLE_BYTES
    sample = data if len(data) <= 3 * n else b"\n".join((data[:n], data[len(data) // 2:len(data) // 2 + n], data[-n:]))
    readings = []
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = sample.decode(encoding)
        if not _looks_like_text(text):
            continue
        readings.append(_Reading(len(_MIXED_WORD.findall(text)), round(mess_ratio(text, 1.0), 3), rank, encoding,
                                 bool(_ARABIC_LETTER.search(text))))
    return sorted(readings)


def _looks_like_text(text: str) -> bool:
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    return bad <= max(1, len(text) // 1000)


def decode_text(path: Path, data: bytes) -> str:
    """A text file's content, read in :func:`text_encoding`'s encoding."""
    return data.decode(text_encoding(path, data))


def _parse_txt(path: Path, text: str) -> tuple[str, str | None]:
    text, title = _chat_as_sections(text)
    return _forwarded_as_sections(text), title


# a chat's message line in an export, its sending day and time, its sender, and maybe its text: Telegram's "[04/11/2039
# 10:05] Channel name", WhatsApp's "12/11/2039, 18:30 - Salma: ..." (day first, or month first when a day is over 12)
# (Arabic-Indic digits and the Arabic comma too: "[١٥/٢/٢٠٤٠ ، ٠٩:١٥] شبكة جسور:")
_CHAT_STAMP = re.compile(r"^[ \t]*\[?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4}|\d{2})[ \t]*[,،]?[ \t]+"
                         r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)\]?[ \t]*(?:[-–][ \t]*)?"
                         r"(?P<sender>[^:\n]{0,60}?)[ \t]*(?::[ \t]*(?P<text>.*))?$", re.M)
_CHAT_NAME = re.compile(r"(?im)^[ \t]*(?:channel|chat|group|canal|groupe|cha[îi]ne|القناة|القناه|المجموعة|المجموعه)[ \t]*:[ \t]*(.+)$")
_CHAT_LABEL = {"en": "Message from", "fr": "Message de", "ar": "رسالة من"}
# the words a message's heading gives the day it was sent after (sent on its date: a message's, not a meeting's --
# "envoyé le" / "sent" / "أُرسلت في" say it is published then)
SENT_WORDS = {"en": "sent", "fr": "envoyé le", "ar": "أُرسلت في"}
SENT_WORD = "|".join(SENT_WORDS.values())
_MONTH_WORDS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}


def _chat_as_sections(text: str) -> tuple[str, str | None]:
    """A chat's exported messages (three or more lines stamped with a day and a time) as sections, each headed by its
    sender and the day it was sent, in words ("## رسالة من ضفاف – مشاورة طنجة 2040 (أُرسلت في 4 نوفمبر 2039 10:05)"):
    its stamp says when it was posted, no meeting's day, and is no sentence of what it says. The chat's name is the
    title (its export's "Channel:" field, or the one sender of all its messages), or None."""
    stamps = [m for m in _CHAT_STAMP.finditer(text) if 1 <= int(m["a"]) <= 31 and 1 <= int(m["b"]) <= 31]
    if len(stamps) < 3:
        return text, None
    field = _CHAT_NAME.search(text[:stamps[0].start()])
    senders = {m["sender"].strip() for m in stamps}
    name = field.group(1) if field else next(iter(senders)) if len(senders) == 1 else ""
    # (or the export's first line, when it names the one sender and more: "تصدير سجل القناة: «شبكة جسور | المشاورة
    # الوطنية – الموصل 2040» ..." over posts all sent by "شبكة جسور")
    first = next((line.strip() for line in text[:stamps[0].start()].splitlines() if line.strip()), "")
    if not field and name and name in first and len(first) > len(name):
        name = first
    title = re.sub(r"\s+", " ", re.sub(r"\(@\w+\)|[^\w\s|–—\-:'’.,()&/]", " ", name)).strip(" |–-") or None
    month_first = any(int(m["b"]) > 12 for m in stamps) and not any(int(m["a"]) > 12 for m in stamps)
    lang = _label_language(text)
    label = _CHAT_LABEL[lang]
    out, at = [], 0
    for m in stamps:
        day, month = (int(m["b"]), int(m["a"])) if month_first else (int(m["a"]), int(m["b"]))
        if not 1 <= month <= 12:
            continue
        year = int(m["year"]) if len(m["year"]) == 4 else 2000 + int(m["year"])
        sender = re.sub(r"\s*\|\s*", " – ", m["sender"].strip())
        out.append(text[at:m.start()])
        out.append(f"## {label} {sender}".rstrip() + f" ({SENT_WORDS[lang]} {day} {_MONTH_WORDS[lang][month - 1]} "
                   f"{year} {to_ascii_digits(m['time'].strip())})\n\n" + (m["text"] or "").strip())
        at = m.end()
    return "".join(out) + text[at:], title


# the line that opens an earlier message quoted in an e-mail ("-------- Message transféré --------", "---------- Forwarded
# message ---------", "-----Original Message-----", "Begin forwarded message:", "----- رسالة محولة -----")
_FORWARDED_LABELS = (r"forwarded message|original message|begin forwarded message|message transf[ée]r[ée]|message d'origine|"
                     r"message original|رسالة محولة|رسالة مُحوَّلة|الرسالة الأصلية|رسالة معاد توجيهها|"
                     # (an earlier message of a thread, and one a reply quotes: see _forwarded_as_sections)
                     r"earlier message|message précédent|message precedent|رسالة سابقة|"
                     r"quoted message|message cité|message cite|رسالة مقتبسة")
_FORWARDED = re.compile(rf"(?im)^[ \t]*(?:[-=_]{{2,}}[ \t]*)?(?P<label>{_FORWARDED_LABELS})[ \t]*:?[ \t]*(?:[-=_]{{2,}})?[ \t]*$")


def sent_heading(heading: str) -> bool:
    """Does a section's heading open a message, forwarded, quoted or posted in a chat, whose date is the day it was sent
    (:func:`is_forwarded_heading`, :func:`_chat_as_sections`)?"""
    return is_forwarded_heading(heading) or bool(_CHAT_HEAD.match(heading))


_CHAT_HEAD = re.compile(rf"^\s*(?:{'|'.join(_CHAT_LABEL.values())})\s.*\((?:{SENT_WORD})\s")


def is_forwarded_heading(heading: str) -> bool:
    """Does a section's heading open an earlier message an e-mail forwards or quotes ("Message transféré : ...", "الرسالة
    الأصلية : ...", as :func:`_forwarded_as_sections` heads it)?"""
    return bool(_FORWARDED_HEAD.match(heading))


_FORWARDED_HEAD = re.compile(rf"(?i)^\s*(?:{_FORWARDED_LABELS})(?!\w)")


def _forwarded_as_sections(text: str) -> str:
    """An e-mail's forwarded (or quoted original) message as a section of its own, headed by what it is, its subject
    and its date ("## Message transféré : Réservez la date – ... (vendredi 19 mars 2038 16:05)"), its header's fields
    read into that heading: what it says is an earlier message's, and its sending date no meeting's."""
    lines = text.split("\n")
    if not _FORWARDED.search(text) and not _WROTE.search(text) \
            and sum(_opens_message(lines, k) for k in range(len(lines))) < 2:
        return text
    out: list[str] = []
    i, seen, current = 0, False, ""
    while i < len(lines):
        m = _FORWARDED.match(lines[i])
        earlier = not m and seen and _opens_message(lines, i)     # (an earlier message of a thread, under the first)
        seen = seen or bool(not m and _MAIL_SENDER.match(lines[i]))
        wrote = not m and not earlier and _WROTE.match(lines[i])
        if wrote and i + 1 < len(lines) and lines[i + 1].lstrip().startswith(">"):
            # a reply quoting the message it answers ("Le ven. 18 nov. 2039 à 16:47, X a écrit :" and "> ..." lines):
            # what the quoted lines say is that earlier message's; what follows them, the reply's again
            label = _QUOTED_LABEL[_label_language(lines[i])]
            out += ["", f"## {label} ({_sent_word(label)} {wrote.group('when').strip(' ,')})", ""]
            i += 1
            while i < len(lines) and (lines[i].lstrip().startswith(">") or not lines[i].strip()):
                out.append(re.sub(r"^\s*(?:>\s?)+", "", lines[i]))
                i += 1
            if current and i < len(lines) and lines[i].strip() and not _SEPARATOR.match(lines[i]) \
                    and not _MAIL_SENDER.match(lines[i]):
                out += ["", f"## {current}", ""]
            continue
        if not m and not earlier:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _MAIL_FIELD.match(lines[j]):      # (the forwarded header, right under the line)
            j += 1
        fields = _mail_fields(lines[i + (0 if earlier else 1):j])
        subject = _field(fields, ("subject", "objet", "الموضوع"))
        sent = _field(fields, ("date", "sent", "envoyé", "التاريخ", "تاريخ الإرسال"))
        sender = _field(fields, ("from", "de", "من"))
        label = m.group("label").strip() if m else _EARLIER_LABEL[_label_language(" ".join(lines[i:j]))]
        head = f"{label[:1].upper()}{label[1:]}" + (f" : {subject}" if subject else "") + (
            f" ({_sent_word(label)} {sent})" if sent else "")
        out += ["", f"## {head}", ""] + ([sender] if sender else [])
        current = head
        i = j
    return "\n".join(out)


# a thread's message header: its sender's field opens it ("De : ...", "From: ...", "من: ..."), a date and a subject among
# the fields under it
_MAIL_SENDER = re.compile(r"(?i)^\s*(?:from|de|من|المرسل)\s*:\s*\S")
# the line a reply quotes the message it answers under ("On Fri, 18 Nov 2039 at 16:47, X wrote:", "Le ven. 18 nov. 2039 à
# 16:47, X a écrit :", "في ... كتب ...:")
_WROTE = re.compile(r"(?im)^\s*(?:on|le|في)\s+(?P<when>.{4,60}?\d{4}(?:[^,\n]{0,20})?),.{2,120}?"
                    r"(?:wrote|a écrit|a ecrit|كتب|كتبت)\s*:?\s*$")
_SEPARATOR = re.compile(r"^\s*[-=_*]{5,}\s*$")
_EARLIER_LABEL = {"en": "Earlier message", "fr": "Message précédent", "ar": "رسالة سابقة"}
_QUOTED_LABEL = {"en": "Quoted message", "fr": "Message cité", "ar": "رسالة مقتبسة"}


def _label_language(text: str) -> str:
    """The language of a header's words, for the label heading it: Arabic by its script, French by its field names."""
    if re.search(r"[\u0600-\u06FF]", text):
        return "ar"
    return "fr" if re.search(r"(?im)^\s*(?:de|objet|à|envoyé)\s*:|\ba écrit\b|\ba ecrit\b|^\s*le\s", text) else "en"


def _sent_word(label: str) -> str:
    """The words a message's heading gives its sending day after (:data:`SENT_WORDS`), in its label's language."""
    return SENT_WORDS["ar" if re.search(r"[\u0600-\u06FF]", label) else "en" if label.isascii() else "fr"]


def _opens_message(lines: list[str], i: int) -> bool:
    """Does a message's header open at line ``i``: a sender's field, a date and a subject among the fields under it?"""
    if not _MAIL_SENDER.match(lines[i]):
        return False
    fields = _mail_fields(lines[i:i + 8])
    return bool(_field(fields, ("date", "sent", "envoyé", "التاريخ", "تاريخ الإرسال"))
                and _field(fields, ("subject", "objet", "الموضوع")))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SETEXT = re.compile(r"^(?P<text>[^\n#>\-*|][^\n]*)\n(?P<bar>=+|-+)[ \t]*$", re.M)


def _parse_md(path: Path, text: str) -> tuple[str, str | None]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = None
    front = _FRONT_MATTER.match(text)
    if front:  # YAML front matter: keep its title, drop the block
        m = re.search(r"^title:[ \t]*(.+?)[ \t]*$", front.group(1), re.M)
        if m:
            title = m.group(1).strip().strip("'\"") or None
        text = text[front.end():]

    def setext(m: re.Match) -> str:  # "Title\n=====" -> "# Title"
        level = "#" if m.group("bar").startswith("=") else "##"
        return f"{level} {m.group('text').strip()}"

    text = _SETEXT.sub(setext, text)
    return text, title


# --------------------------------------------------------------------------- HTML

_HTML_DROP = {
    "script", "style", "nav", "header", "footer", "aside", "form", "button", "noscript",
    "template", "svg", "canvas", "iframe", "object", "embed", "select", "input", "textarea",
    "head", "title", "meta", "link",
}
_HTML_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary"}
_HTML_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HTML_BLOCKS = {
    "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "hgroup", "hr", "html", "legend", "main",
    "ol", "p", "section", "summary", "ul", "caption",
}
_BLOCKS_IN_CELL = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6")


def _html_encoding(path: Path, data: bytes) -> str:
    """The page's declared charset when it reads the page, else :func:`text_encoding`."""
    head = data[:4096]
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", head, re.I)
    if m and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = m.group(1).decode("ascii", "replace")
        try:
            codecs.lookup(declared)
            data.decode(declared)
            return declared
        except (LookupError, UnicodeDecodeError):
            pass  # wrong declaration: fall back to the usual chain
    return text_encoding(path, data)


_EMAIL_IN_TEXT = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[٠-٩]{4}")


def _gives_contacts(tag) -> bool:
    """Does the element give an e-mail address or a mailto:/tel: link?"""
    return tag.find("a", href=_CONTACT_LINK) is not None or bool(_EMAIL_IN_TEXT.search(tag.get_text(" ")))


_CONTACT_LINK = re.compile(r"^(?:mailto|tel):", re.I)


def _key_facts_box(tag) -> bool:
    """An aside of the page's own article that gives its key facts ("<aside class="event-details"><table><tr><th>Date
    ..."), or a sidebar giving its contacts: part of what the page says (a sidebar outside the article, of links or
    other news, is not)."""
    if tag.name != "aside" and (tag.get("role") or "").lower() != "complementary":
        return False
    if tag.find_parent(["main", "article"]) is None:
        # (but a sidebar giving the page's contacts is: "Contacts -- Presse et médias: Mme ..., Courriel : presse@...")
        return _gives_contacts(tag)
    return tag.find(["table", "dl"]) is not None or bool(_YEAR_IN_TEXT.search(tag.get_text(" ")))


# a copyright line of a page's footer: "© 2039 CCMH", "Copyright 2036 ..."
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)", re.I)
_LINK_TEXT_KEPT = re.compile(r"(?i)\bwww\.|https?://|@")
_A_WORD = re.compile(r"[^\W_]")             # a letter or digit: a text saying something, not separators alone


def _kept_footer(tag) -> bool:
    """A footer that is part of what the page says: a quotation's attribution ("<blockquote>... <footer>— Mme ...,
    coordinatrice régionale</footer>"), or the page's footer giving its issuer's contacts ("CCMH – Secrétariat
    régional : 19, impasse des Flamboyants, Pétion-Ville, Haïti · Courriel : info@ccmh.example"), which
    :func:`_prune_footer` reduces to them (a footer of links and copyright alone is boilerplate)."""
    if tag.name != "footer" and (tag.get("role") or "").lower() != "contentinfo":
        return False
    return tag.find_parent(["blockquote", "figure"]) is not None or _gives_contacts(tag)


def _prune_footer(tag) -> None:
    """Drop a page footer's links to other pages ("Mentions légales", "Privacy policy", "Facebook") and its copyright
    lines, keeping the issuer's name, address and contacts; a line left with no word ("· ·") goes too."""
    if tag.find_parent(["blockquote", "figure"]) is not None:
        return
    from bs4 import NavigableString

    for link in tag.find_all("a"):
        if not _CONTACT_LINK.match(link.get("href") or "") and not _LINK_TEXT_KEPT.search(link.get_text(" ")):
            link.decompose()
    for piece in tag.find_all(string=True):
        if isinstance(piece, NavigableString) and not _A_WORD.search(piece):
            piece.replace_with(" ")      # the separators between the links gone ("Mentions légales | Cookies")
    for block in reversed(tag.find_all(["p", "div", "li", "span", "small", "ul", "ol", *_HTML_HEADINGS])):
        text = block.get_text(" ", strip=True)
        if (not _A_WORD.search(text) or (_COPYRIGHT.match(text) and not _gives_contacts(block))
                or (re.search(r"[:：]$", text) and len(text.split()) <= 3)):     # a label left alone: "Suivez-nous :"
            block.decompose()
        elif block.name in _HTML_HEADINGS and not any(
                _A_WORD.search(sibling.get_text(" ") if hasattr(sibling, "get_text") else str(sibling))
                for sibling in block.next_siblings):
            block.decompose()            # a heading left over nothing ("تابعونا" over its social links)


def _parse_html(path: Path, html: str) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception as exc:  # lxml copes with almost anything; be safe anyway
        raise LoadError(path, f"cannot parse the HTML ({exc}); check that the file is a web page") from None

    title = None
    h1 = soup.find("h1")
    if h1 is not None and h1.get_text(strip=True):
        title = h1.get_text(" ", strip=True)
    elif soup.title is not None and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)

    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        if _key_facts_box(tag):
            continue
        if _kept_footer(tag):
            _prune_footer(tag)
            continue
        if (
            tag.name in _HTML_DROP
            or (tag.get("role") or "").lower() in _HTML_DROP_ROLES
            or tag.has_attr("hidden")
            or (tag.get("aria-hidden") or "").lower() == "true"
            or re.search(r"display\s*:\s*none", tag.get("style") or "", re.I)
        ):
            tag.decompose()

    renderer = _HtmlRenderer()
    renderer.walk(soup)
    renderer.flush()
    return renderer.text(), title


class _HtmlRenderer:
    """Walk the tree, emitting ('para'|'li'|'row', text) blocks."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.buf: list[str] = []
        self.level = 1          # the level of the last heading emitted (a collapsible's summary is one below it)

    def text(self) -> str:
        out: list[str] = []
        prev = None
        for kind, text in self.blocks:
            if out:
                out.append("\n" if kind == prev and kind in ("li", "row") else "\n\n")
            out.append(text)
            prev = kind
        return "".join(out)

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(("para", text))

    def walk(self, node) -> None:
        from bs4 import NavigableString
        from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

        for child in node.children:
            if isinstance(child, NavigableString):
                if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                    continue
                self.buf.append(re.sub(r"\s+", " ", str(child)))
                continue
            name = child.name
            if name == "br":
                self.buf.append("\n")
            elif name in _HTML_HEADINGS:
                self.flush()
                text = _inline_text(child)
                if text:
                    self.blocks.append(("para", "#" * _HTML_HEADINGS[name] + " " + text))
                    self.level = _HTML_HEADINGS[name]
            elif name == "summary" and child.find_parent("details") is not None:
                # a collapsible's summary heads what it folds ("<details><summary>My internet connection is weak. Can
                # I follow by phone?</summary><p>For participants in Madagascar only, ...</p></details>"): an FAQ's
                # question is the section its answer is in
                self.flush()
                text = _inline_text(child)
                if text:
                    self.blocks.append(("para", "#" * min(6, self.level + 1) + " " + text))
            elif name == "li":
                self.flush()
                self._list_item(child)
            elif name == "table":
                self.flush()
                self._table(child)
            elif name == "dl" and self._definitions(child):
                pass
            elif name == "pre":
                self.flush()
                text = child.get_text().strip("\n")
                if text.strip():
                    self.blocks.append(("para", text))
            elif name == "a":
                self.walk(child)
                href = (child.get("href") or "").strip()
                label = child.get_text(" ", strip=True)
                if href.startswith("mailto:"):
                    href = href[len("mailto:"):].split("?")[0]
                if re.match(r"(?i)^(https?://|[^@\s/]+@[^@\s/]+\.\w+$)", href) and href not in label:
                    self.buf.append(f" ({href})" if label else href)
            elif name in _HTML_BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)

    def _list_item(self, li) -> None:
        sub = _HtmlRenderer()
        sub.walk(li)
        sub.flush()
        own = [text.replace("\n", " ") for kind, text in sub.blocks if kind == "para"]
        nested = [(kind, text) for kind, text in sub.blocks if kind != "para"]
        if own:
            self.blocks.append(("li", "- " + " ".join(own)))
        for kind, text in nested:  # nested lists are flattened
            self.blocks.append(("li" if kind == "li" else kind, text))

    def _definitions(self, dl) -> bool:
        """A definition list of key facts ("<dt>Lieu</dt><dd>Centre de conférences ...</dd>"), a field a line: "- Lieu:
        Centre de conférences ..." (each term apart from its value, "Lieu" alone on a line said nothing of where). A
        list whose values hold blocks (paragraphs, lists) is walked as any other block: False."""
        items = [tag for tag in dl.find_all(["dt", "dd"]) if tag.find_parent("dl") is dl]
        if not items or any(tag.find(_BLOCKS_IN_CELL) for tag in items):
            return False
        self.flush()
        term = ""
        for tag in items:
            text = _inline_text(tag)
            if tag.name == "dt":
                if term:
                    self.blocks.append(("li", "- " + term))
                term = text.rstrip(" :：")
            elif text:
                self.blocks.append(("li", f"- {term}: {text}" if term else "- " + text))
                term = ""
        if term:
            self.blocks.append(("li", "- " + term))
        return True

    def _table(self, table) -> None:
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        layout = any(cell.find(_BLOCKS_IN_CELL) for tr in rows for cell in tr.find_all(["td", "th"], recursive=False))
        if layout:  # a table used for page layout: render its cells as blocks
            for tr in rows:
                for cell in tr.find_all(["td", "th"], recursive=False):
                    self.walk(cell)
                    self.flush()
            return
        caption = table.find("caption")
        if caption is not None and caption.get_text(strip=True):
            self.blocks.append(("para", caption.get_text(" ", strip=True)))
        for tr in rows:
            cells = [_inline_text(cell) for cell in tr.find_all(["td", "th"], recursive=False)]
            if any(cells):
                self.blocks.append(("row", " | ".join(cells)))


def _inline_text(tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text(" ")).strip()


# --------------------------------------------------------------------------- DOCX

#: Bytes of word/document.xml per character of text. Measured: 1.8 for short plain
#: paragraphs written by python-docx, 3-15 in Word's own files (each run and paragraph
#: carries its properties); 16 lets any document under the character limit through
#: and refuses, from the zip directory alone, a package that cannot be under it.
DOCX_XML_BYTES_PER_CHAR = 16
_W_TEXT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def _check_docx_package(path: Path, data: bytes, limits: DocumentLimits) -> None:
    """Refuse a DOCX too big to read before unpacking it (a zip bomb: 135 KB that unpack to
    27 M characters): first the sizes the zip directory declares (Python's zipfile never
    unpacks more than that), then the body's text counted while unpacking, up to the limit."""
    import zipfile

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return                                     # not a zip: the parser says so
    with package:
        members = package.infolist()
        unpacked = sum(m.file_size for m in members)
        if unpacked > limits.max_bytes:
            raise LoadError(path, f"the Word package unpacks to {megabytes(unpacked)}, over the limit of "
                            f"{megabytes(limits.max_bytes)} (GCMBOT_MAX_DOCUMENT_BYTES); {_SPLIT_OR_RAISE}")
        body = next((m for m in members if m.filename == "word/document.xml"), None)
        if body is None:
            return
        if body.file_size > limits.max_chars * DOCX_XML_BYTES_PER_CHAR:
            raise LoadError(path, f"its text unpacks to {megabytes(body.file_size)} of XML, more than a document of "
                            f"{limits.max_chars:,} characters holds (GCMBOT_MAX_DOCUMENT_CHARS); {_SPLIT_OR_RAISE}")
        from lxml import etree

        chars = 0
        try:
            with package.open(body) as xml:
                for _event, element in etree.iterparse(xml, events=("end",), tag=_W_TEXT, resolve_entities=False,
                                                       no_network=True, huge_tree=False):
                    chars += len(element.text or "")
                    element.clear()
                    if chars > limits.max_chars:
                        raise _too_many_chars(path, chars, limits, at_least=True)
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
            return                                 # damaged: python-docx reports it with its reason



def _parse_docx(path: Path, data: bytes) -> tuple[str, str | None]:
    import zipfile

    if not zipfile.is_zipfile(io.BytesIO(data)):
        reason = "not a valid .docx file (it is not a zip package)"
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            reason = "is an old Word .doc file renamed .docx"
        raise LoadError(path, f"{reason}; open it in Word or LibreOffice and save it as .docx")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise LoadError(
            path, f"cannot open the Word document ({exc}); open it in Word or LibreOffice and save it again as .docx"
        ) from None

    title = (document.core_properties.title or "").strip() or None
    blocks: list[tuple[str, str]] = []
    style_kinds: dict[str | None, tuple[int | None, bool]] = {}
    try:
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                block = _docx_paragraph(item, style_kinds)
                if block is None:
                    continue
                if title is None and block[0] == "heading":
                    title = block[1].lstrip("#").strip()
                blocks.append(block)
            elif isinstance(item, Table):
                blocks.extend(("row", row) for row in _docx_table_rows(item))
                blocks.append(("end", ""))
    except Exception as exc:
        raise LoadError(path, f"cannot read the Word document's body ({exc}); save it again as .docx") from None

    out: list[str] = []
    prev = None
    for kind, text in blocks:
        if kind == "end":
            prev = None
            continue
        if out:
            out.append("\n" if kind == prev and kind in ("li", "row") else "\n\n")
        out.append(text)
        prev = kind
    return "".join(out), title


def _docx_style_chain(paragraph):
    style = paragraph.style
    seen = 0
    while style is not None and seen < 10:
        yield style
        style = style.base_style
        seen += 1


def _docx_style_kind(paragraph) -> tuple[int | None, bool]:
    """(heading level, is a list) from the paragraph's style and the styles it is based on."""
    is_list = False
    for style in _docx_style_chain(paragraph):
        name = (style.name or "").strip().lower()
        m = re.fullmatch(r"heading\s*(\d)", name)
        if m:
            return int(m.group(1)), is_list
        if name == "title":
            return 1, is_list
        if name.startswith("list") or _has_numbering(style.element):
            is_list = True
    return None, is_list


def _docx_paragraph(paragraph, style_kinds: dict) -> tuple[str, str] | None:
    text = paragraph.text.replace("\t", " ").strip()
    if not text:
        return None
    # per style id: python-docx looks the default style up by scanning every style (5 ms a
    # paragraph in a 22,000-paragraph document: 106 s; with this cache under 10 s)
    style_id = paragraph._p.style
    if style_id not in style_kinds:
        style_kinds[style_id] = _docx_style_kind(paragraph)
    level, is_list = style_kinds[style_id]
    if level is None:
        pPr = paragraph._p.pPr
        outline = pPr.find(_qn("w:outlineLvl")) if pPr is not None else None
        if outline is not None and (val := outline.get(_qn("w:val"))) and val.isdigit() and int(val) < 9:
            level = int(val) + 1
    if level is not None:
        return ("heading", "#" * min(level, 6) + " " + " ".join(text.split()))
    if is_list or _has_numbering(paragraph._p):
        return ("li", "- " + text)
    return ("para", text)


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _has_numbering(element) -> bool:
    if element is None:
        return False
    pPr = element.find(_qn("w:pPr"))
    if pPr is None:
        return False
    num = pPr.find(_qn("w:numPr"))
    if num is None:
        return False
    num_id = num.find(_qn("w:numId"))
    return num_id is None or num_id.get(_qn("w:val")) != "0"


def _docx_table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is repeated by python-docx
                continue
            last = cell._tc
            cells.append(_cell_paragraphs(p.text for p in cell.paragraphs))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _cell_paragraphs(texts) -> str:
    """A table cell's paragraphs on one line, each ended as a clause ("S.E. M. Adil Benchekroun, Ambassadeur (Maroc);
    Mme Hélène Mbaye-Roussel, Coordinatrice régionale; Modération : Mme Nadia Cherkaoui"): a programme's cell lists
    its speakers, its working groups and its moderator a paragraph each, which run into one another when joined by a
    space ("... PRSCM-AN Modération : ..."). A paragraph that already ends with punctuation keeps it."""
    out = ""
    for text in (" ".join(t.split()) for t in texts):
        if not text:
            continue
        out = f"{out}{'' if out[-1] in '.;:,!?،؛' else ';'} {text}" if out else text
    return out


# --------------------------------------------------------------------------- PDF

_JUNK_PDF_TITLE = re.compile(r"(?i)^(untitled|microsoft word - .*|.*\.(docx?|pdf|indd|rtf|odt|qxd))$")
_PAGE_NUMBER = re.compile(r"(?i)^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$")
# a list's item starts its own line: a bullet, or a number ("2.", "(3)", "٢."), when the PDF draws one
# a line that opens with a field's label of one to three words and a colon ("Venue: ...", "Lieu :", "التوقيت: ...")
_FIELD_START = re.compile(r"^\s*(?!https?:|www\.)[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}\s?[:：]\s*\S")
_BULLET_START = re.compile(r"^(?:[•◦▪▫●○■□‣⁃∙·\uf0b7\uf0a7]\s*|\(?[0-9٠-٩]{1,2}[.)]\s)")


@dataclass
class _PdfLine:
    """One visual line of a PDF page (segments on the same baseline joined)."""

    text: str
    size: float
    bold: bool
    page: int
    block: int
    top: float
    bottom: float
    left: float = 0.0
    right: float = 0.0
    base: float = 0.0          # the baseline (the glyphs' origin), from the page's top
    table: int = 0             # a row of a ruled table (its cells joined by " | "): the table's number on its page, 1...
    columns: bool = False      # its words leave a column's gap somewhere (a table's cells read as one line)


def _parse_pdf(path: Path, data: bytes) -> tuple[str, str | None]:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise LoadError(path, "the PDF is password-protected; save an unprotected copy and load that") from None
        raise LoadError(
            path, f"not a readable PDF (damaged or not a PDF: {exc}); re-export it from the source application"
        ) from None
    try:
        try:
            rules = [_pdf_rules(doc[number]) for number in range(len(doc))]
            rules = [(across, down + _cell_edges(across)) for across, down in rules]
            pages = [_pdf_page_lines(doc[number], number, rules[number][1]) for number in range(len(doc))]
        except Exception as exc:
            raise LoadError(path, f"cannot extract text from the PDF ({exc}); re-export it as PDF") from None
        meta_title = " ".join((doc.get_metadata_dict(skip_empty=True).get("Title") or "").split())
    finally:
        doc.close()

    pages = _drop_running_lines(pages)
    lines = [line for page in pages for line in page]
    whole = "\n".join(line.text for line in lines)
    rtl, ltr = _letters(whole)
    if _arabic_is_reversed(whole):
        for line in lines:
            line.text = visual_to_logical(line.text, rtl > ltr)
    for line in lines:
        line.text = fix_mirrored_brackets(" ".join(line.text.split()))
        if rtl and _RTL.search(line.text):
            line.text = _VISUAL_NUMBER.sub(_number_in_order, line.text)
    # (a ruled table's rows, each line read first; an Arabic table's first column is on the right)
    lines = [row for page, page_rules in zip(pages, rules) for row in _ruled_rows(page, *page_rules, rtl > ltr)]

    text, first_heading = _pdf_markdown(lines)
    title = meta_title if meta_title and not _JUNK_PDF_TITLE.match(meta_title) else first_heading
    return text, title


# a new block (paragraph) starts after a vertical gap larger than this share of the line height (or of the font size:
# a line without descenders is shorter), a change of font size, or a line above the last: 0.6 gives the paragraphs of the test PDFs
# (tests/fixture_docs.py) as the heading and paragraph rules below expect them
_PDF_BLOCK_GAP = 0.6
# the next line of a paragraph set solid or single-spaced starts at most this many font sizes below the line above
# (or at the document's own paragraph pitch: :func:`_paragraph_pitch`)
_PDF_LINE_PITCH = 1.3
# a line as wide as this share of the widest line of its size on its page is a full line (its paragraph wraps after it)
_PDF_FULL_LINE = 0.9


def _pdf_page_lines(page, number: int, down: list = ()) -> list[_PdfLine]:
    """The page's visual lines, from PDFium's characters: PDFium ends each line with a generated
    line break. Each line's characters are put in visual order (left to right on the page, as
    drawn: PDFium gives right-to-left runs in an order of its own), with the font size (weighted
    by characters), boldness (weight or font name) and vertical extent. Vertical text (margins,
    stamps) is skipped."""
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    height = page.get_height()
    try:
        tp = textpage.raw
        font_name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        lines: list[_PdfLine] = []
        chars: list[list] = []        # [char, x, size, bold, top, bottom, angle, generated, left, right, baseline]
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        previous: list[list] = []     # the last line's characters ...
        box: list[float] = []         # ... and their left and right edges

        def end_one(chars: list) -> None:
            visible = [c for c in chars if not c[0].isspace()]
            if not visible or all(abs(math.sin(c[6])) >= 0.5 for c in visible):
                return
            # a space PDFium made up between two characters it read one after the other stands for
            # the gap between them only when nothing is drawn between them (in a right-to-left line
            # PDFium reads runs in an order of its own, and its made-up spaces land anywhere)
            drawn = sorted(c[1] for c in chars if not c[7])
            for k in range(len(chars) - 1, -1, -1):
                if chars[k][7]:
                    near = [n[1] for n in (chars[k - 1] if k else None, chars[k + 1] if k + 1 < len(chars) else None)
                            if n is not None and not n[7]]
                    lo, hi = (min(near), max(near)) if len(near) == 2 else (0.0, 0.0)
                    if len(near) < 2 or bisect.bisect_right(drawn, lo) < bisect.bisect_left(drawn, hi):
                        del chars[k]
            size = sum(c[2] for c in visible) / len(visible)
            top, bottom = min(c[4] for c in visible), max(c[5] for c in visible)
            bold = all(c[3] for c in visible)
            prev = lines[-1] if lines else None
            left, right = min(c[8] for c in visible), max(c[9] for c in visible)
            if (prev is not None and _same_baseline(prev, top, bottom) and abs(size - prev.size) <= 0.6
                    and max(left - box[1], box[0] - right) <= _PDF_SEGMENT_GAP * size):
                # a piece of the line before, on its baseline and a word's space away: PDFium ends a line
                # where a right-to-left line's runs change order ("لتقديرات المفوضية، بلغ" read before the
                # start of its line); the pieces are one line, read together
                previous.extend([[" ", left, size, bold, top, bottom, 0.0, True, left, left, bottom], *chars])
                prev.text = _line_text(previous)
                prev.top, prev.bottom = min(prev.top, top), max(prev.bottom, bottom)
                box[:] = [min(box[0], left), max(box[1], right)]
                prev.left, prev.right = box
                prev.columns = prev.columns or _column_gap(visible, size)
                return
            text = _line_text(chars)
            previous[:], box[:] = chars, [left, right]
            block = 0 if prev is None else prev.block
            if prev is not None and (top - prev.bottom > _PDF_BLOCK_GAP * max(prev.bottom - prev.top, prev.size, 1.0)
                                     or abs(size - prev.size) > 0.6 or top < prev.top):
                block += 1
            base = statistics.median(c[10] for c in visible)
            lines.append(_PdfLine(text, size, bold, number, block, top, bottom, left, right, base,
                                  columns=_column_gap(visible, size)))

        def end_line() -> None:
            # (a ruled table's cells on one baseline are lines of their own: "Tous les membres" | "vendredi 31 juillet")
            for cell in _split_at_rules(chars, down):
                end_one(cell)
            chars.clear()

        for index in range(textpage.count_chars()):
            code = raw.FPDFText_GetUnicode(tp, index)
            char = chr(code) if code else ""
            generated = raw.FPDFText_IsGenerated(tp, index) == 1
            if char in "\r\n" and generated:
                if char == "\n":
                    end_line()
                continue
            if not char:
                continue
            left, bottom, right, top = textpage.get_charbox(index)
            if char in "\x02\ufffe":
                # PDFium's mark for a hyphen ending a line ("arrange-" above "ments"): it reads the next
                # line on as the same one, whose letters would then be interleaved with these; the line
                # ends with the hyphen here (and the word is joined again with the paragraph's lines)
                if chars:
                    chars.append(["-", (left + right) / 2, chars[-1][2], chars[-1][3], chars[-1][4], chars[-1][5],
                                  chars[-1][6], False, left, right, chars[-1][10]])
                end_line()
                continue
            raw.FPDFText_GetFontInfo(tp, index, font_name, len(font_name), ctypes.byref(flags))
            bold = (raw.FPDFText_GetFontWeight(tp, index) >= 600
                    or b"bold" in font_name.value.lower() or bool(flags.value & (1 << 18)))   # ForceBold
            raw.FPDFText_GetCharOrigin(tp, index, ctypes.byref(origin_x), ctypes.byref(origin_y))
            chars.append([char, (left + right) / 2, raw.FPDFText_GetFontSize(tp, index), bold,
                          height - top, height - bottom, raw.FPDFText_GetCharAngle(tp, index), generated, left, right,
                          height - origin_y.value])
        end_line()
        return lines
    finally:
        textpage.close()


def _line_text(chars: list[list]) -> str:
    """A PDF line's characters as text, in visual order (left to right)."""
    if any(_RTL.match(c[0]) for c in chars):
        return _rtl_line_text(chars)
    # (a glyph that stands for several letters gives them one box, in logical order)
    order = sorted(range(len(chars)), key=lambda k: (round(chars[k][1], 1), k))
    return "".join(chars[k][0] for k in order)


# pieces of one line a reader ended apart are at most this share of the font size apart (a word's space, not
# a table's next column)
_PDF_SEGMENT_GAP = 0.8
# words further apart than this many font sizes on one baseline are in two columns (a justified line's widest
# space is about one)
_PDF_COLUMN_GAP = 2.0
# in a line with Arabic, letters further apart than this share of the font size are two words
_PDF_WORD_GAP = 0.25
# ... an Arabic letter and a digit or a Latin letter further apart than this, other neighbours (Latin letters,
# punctuation: "العربية.", "(مهم)") than this
# the letters a lam-alef ligature joins to its lam
_ALEFS = frozenset("اأإآ")
_PDF_SCRIPT_GAP = 0.15
_PDF_LATIN_GAP = 0.4
# a "space" drawn smaller than this share of the line's type is not one (browsers and MuPDF draw such marks at
# made-up places inside Arabic words: "يش كّل", "ألفش خص")
_PDF_TINY = 0.5


def _rtl_line_text(chars: list[list]) -> str:
    """A PDF line holding Arabic, left to right on the page, from its glyphs' boxes alone: the order in which
    a PDF draws an Arabic line's pieces, and where it puts their spaces, are its own. A glyph that stands for
    several letters (the lam-alef ligature) gives them one box, in logical order: visually a right-to-left
    cluster runs the other way. A combining mark (shadda, tanween) goes with the letter it is drawn over
    (before it when the letter is Arabic: the line is put in reading order later). Words are apart where a
    space of the line's size stands between two glyphs, or a gap wider than a letter's."""
    sizes = sorted(c[2] for c in chars if not c[0].isspace())
    size = max(1.0, sizes[len(sizes) // 2]) if sizes else 1.0
    bases = [k for k, c in enumerate(chars) if not c[0].isspace() and not unicodedata.combining(c[0])]
    if not bases:
        return ""
    # (the two letters of a lam-alef ligature are lam then alef, whichever order the PDF's map gives them: MuPDF and
    # Chromium write "لا", another producer "ال")
    bases.sort(key=lambda k: (round(chars[k][1], 1), -(chars[k][0] in _ALEFS), -k if _RTL.match(chars[k][0]) else k))
    marks: dict[int, list[str]] = {}
    for c in chars:
        if unicodedata.combining(c[0]):
            on = min(bases, key=lambda k: (not chars[k][8] <= c[1] <= chars[k][9], abs(chars[k][1] - c[1])))
            marks.setdefault(on, []).append(c[0])
    spaces = sorted(c[1] for c in chars if c[0].isspace() and c[2] >= _PDF_TINY * size and c[9] - c[8] > 0.05 * size)
    # (a space the PDF writes between two digits, however narrow it is drawn, parts two numbers: "+20 100 555 0192"
    # is four groups, set right to left in an Arabic line)
    written = sorted(c[1] for c in chars if c[0].isspace() and not c[7])
    out = []
    for n, k in enumerate(bases):
        c = chars[k]
        if n:
            p = chars[bases[n - 1]]
            spaced = bisect.bisect_right(spaces, p[1]) < bisect.bisect_left(spaces, c[1]) or (
                p[0].isdigit() and c[0].isdigit() and bisect.bisect_left(written, p[9] - 0.1) < bisect.bisect_right(
                    written, c[8] + 0.1))
            # (the digits of a number are one word however narrow their glyphs: "٢٠٢٦"; an Arabic word's
            # letters may stand apart after one that does not join the next)
            rtl = bool(_RTL.match(p[0])) + bool(_RTL.match(c[0]))
            gap = (math.inf if p[0].isdigit() and c[0].isdigit() else
                   _PDF_WORD_GAP if rtl == 2 else
                   _PDF_SCRIPT_GAP if rtl == 1 and p[0].isalnum() and c[0].isalnum() else _PDF_LATIN_GAP)
            if spaced or c[8] - p[9] > gap * size:
                out.append(" ")
        over = "".join(marks.get(k, []))
        out.append(over + c[0] if _RTL.match(c[0]) else c[0] + over)
    return "".join(out)


# a numbering label a heading's words may stand apart from
_LIST_LABEL = re.compile(r"^(?:[IVXLC]+|[A-Za-z]|\d+(?:\.\d+)*)[.)]?$")


def _column_gap(chars: list, size: float) -> bool:
    """Do these characters (``[char, x, size, bold, top, bottom, angle, generated, left, right, ...]``) leave a gap
    wider than :data:`_PDF_COLUMN_GAP` font sizes between two of them: a table's columns, not a line's words?"""
    ordered = sorted(chars, key=lambda c: c[8])
    if not ordered:
        return False
    reach, piece = ordered[0][9], ordered[0][0]
    for c in ordered[1:]:
        if c[8] - reach > _PDF_COLUMN_GAP * size:
            if not _LIST_LABEL.match(piece.strip()):   # ("A.", "III." or "2.1" set apart from its heading's words)
                return True
            piece = ""
        reach, piece = max(reach, c[9]), piece + c[0]
    return False


def _same_baseline(prev: _PdfLine, top: float, bottom: float) -> bool:
    overlap = min(prev.bottom, bottom) - max(prev.top, top)
    return overlap > 0.5 * min(prev.bottom - prev.top, bottom - top)


# a table's rule: a line (or a rectangle this thin) drawn along a cell's edge, at least this long
_RULE_THICKNESS = 2.5
_RULE_LENGTH = 8.0


def _pdf_rules(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The page's table rules, from its path objects, from the page's top: the horizontal ones as (y, left, right),
    the vertical ones as (x, top, bottom)."""
    import pypdfium2.raw as raw

    height = page.get_height()
    across, down = [], []
    for obj, matrix in _page_paths(page, None, None):
        left, bottom, right, top = obj.get_bounds()
        if matrix is not None:     # (a path inside a form is bounded in the form's space: placed by its matrices)
            corners = [matrix.on_point(x, y) for x in (left, right) for y in (bottom, top)]
            left, right = min(x for x, _ in corners), max(x for x, _ in corners)
            bottom, top = min(y for _, y in corners), max(y for _, y in corners)
        width, tall = right - left, top - bottom
        if tall <= _RULE_THICKNESS and width >= _RULE_LENGTH:
            across.append((height - (top + bottom) / 2, left, right))
        elif width <= _RULE_THICKNESS and tall >= _RULE_LENGTH:
            down.append(((left + right) / 2, height - top, height - bottom))
    return across, down


def _page_paths(page, form, matrix, depth: int = 0):
    """The page's path objects, each with the matrix placing it on the page (None: drawn on the page itself), those
    drawn inside forms too (a form placed by its matrix, itself maybe inside another: MuPDF's HTML boxes, a page
    imported into another), whose bounds PDFium gives in the form's own space."""
    import pypdfium2.raw as raw

    for obj in page.get_objects(max_depth=0, form=form):
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            yield obj, matrix
        elif obj.type == raw.FPDF_PAGEOBJ_FORM and depth < 15:
            placed = obj.get_matrix()
            yield from _page_paths(page, obj, placed if matrix is None else placed.multiply(matrix), depth + 1)


def _cell_edges(across: list) -> list[tuple[float, float, float]]:
    """The column edges of a table drawn with each cell's borders across only (no vertical rules): a row whose rule
    below is cut into abutting segments (a cell's border each, "67-193 | 193-293 | 293-421 | 421-528") has a vertical
    rule at each cut, from the rule above it; two rows of the same cuts at least make a table (a heading's single
    border does not, nor does its rule start one: the paragraph under a heading's border stays a paragraph); a row
    spanning the table ("Day 1: Wednesday, 18 March 2037" in one cell), no taller than its rows, has none, and the rows
    under it go on."""
    by_y: dict[float, list[tuple[float, float]]] = {}
    for y, left, right in across:
        by_y.setdefault(round(y, 1), []).append((left, right))
    joints: dict[float, tuple] = {}
    for y, pieces in by_y.items():
        pieces.sort()
        if len(pieces) >= 2 and all(abs(b[0] - a[1]) <= 1.0 for a, b in zip(pieces, pieces[1:])):
            joints[y] = tuple(round(x) for x in [pieces[0][0], *(b[0] for b in pieces[1:]), pieces[-1][1]])
    ys = sorted(by_y)
    tables: list[list[tuple]] = []                    # each table's rows: (cuts, top, bottom)
    current, spanned = None, False
    for top, bottom in zip(ys, ys[1:]):
        if top in joints and joints[top] != current:
            current, spanned = joints[top], False     # a row of cells' borders starts a table
            tables.append([])
        if current is None:
            continue
        tallest = max((b - t for _, t, b in tables[-1]), default=0.0)
        if joints.get(bottom) == current and (not spanned or bottom - top <= tallest):
            tables[-1].append((current, top, bottom))
            spanned = False
        elif not spanned and bottom - top <= tallest and any(
                abs(left - current[0]) <= 1.0 and abs(right - current[-1]) <= 1.0 for left, right in by_y[bottom]):
            spanned = True                            # a row spanning the table, as tall as a row: the table goes on
        else:
            current = None                            # (not past a heading's border and the paragraph under it to
                                                      # another table of the same columns)
    return [(float(x), top, bottom) for rows in tables if len(rows) >= 2 for cuts, top, bottom in rows for x in cuts]


def _split_at_rules(chars: list, down: list) -> list[list]:
    """A visual line's characters (``[char, x, size, bold, top, bottom, ...]``, from the page's top), split where a table's
    vertical rules cross it (three of them at least at its height: a table of two columns or more), else whole."""
    visible = [c for c in chars if not c[0].isspace()]
    if not visible or not down:
        return [chars]
    mid = (min(c[4] for c in visible) + max(c[5] for c in visible)) / 2
    xs = sorted(x for x, top, bottom in down if top - 1 <= mid <= bottom + 1)
    if len(xs) < 3:
        return [chars]
    cells: dict[int, list] = {}
    for c in chars:
        cells.setdefault(bisect.bisect_right(xs, c[1]), []).append(c)
    return [cells[k] for k in sorted(cells)]


def _ruled_rows(lines: list[_PdfLine], across: list, down: list, rtl: bool = False) -> list[_PdfLine]:
    """A page's lines with those inside the cells of a ruled table (vertical rules on both sides, two columns at
    least) read as the table's rows: each row one line, its cells in order joined by " | ", a cell's wrapped lines
    joined in it ("Transmettre les études de cas (800 mots au" / "maximum)" beside "Tous les membres" and "vendredi 31
    juillet 2037"), as a Word table's rows are read; ``rtl``: the columns read from the right (an Arabic table). A
    table without vertical rules is left as its lines."""
    if not down:
        return lines

    def cell(line: _PdfLine):
        mid = (line.top + line.bottom) / 2
        xs = sorted({round(x, 0) for x, top, bottom in down if top - 1 <= mid <= bottom + 1})
        lefts = [x for x in xs if x <= line.left + 1]
        rights = [x for x in xs if x >= line.right - 1]
        if len(xs) < 3 or not lefts or not rights:
            return None
        centre = (line.left + line.right) / 2
        above = [y for y, l, r in across if y <= line.top + 1 and l - 1 <= centre <= r + 1]
        below = [y for y, l, r in across if y >= line.bottom - 1 and l - 1 <= centre <= r + 1]
        if not above and below:
            # (the first row of a table going on from the page before, whose border above was drawn there: its cell's
            # vertical rules, one row tall down to the rule below, say where it starts)
            ends = [(top, bottom) for x, top, bottom in down
                    if top - 1 <= mid <= bottom + 1 and round(x, 0) in (lefts[-1], rights[0])]
            above = [top for top, bottom in ends if abs(bottom - min(below)) <= 2 and len(ends) >= 2]
        if not above or not below:
            return None
        return (xs[0], xs[-1]), round(max(above), 0), lefts[-1]       # the table (its outer rules), the row, the column

    out: list[_PdfLine] = []
    tables: dict[tuple, int] = {}
    rows: dict[tuple, dict] = {}          # (table, row) -> {column: [lines]}
    firsts: dict[tuple, int] = {}         # (table, row) -> where in ``out`` the row stands
    for line in lines:
        where = cell(line)
        if where is None:
            out.append(line)
            continue
        table, row, column = where
        number = tables.setdefault(table, len(tables) + 1)
        if (number, row) not in rows:
            rows[(number, row)] = {}
            firsts[(number, row)] = len(out)
            out.append(line)              # (its place; replaced by the row below)
        rows[(number, row)].setdefault(column, []).append(line)
    for (number, row), columns in rows.items():
        cells = [sorted(columns[c], key=lambda l: (l.top, -l.right if rtl else l.left))
                 for c in sorted(columns, reverse=rtl)]
        first = min((l for c in cells for l in c), key=lambda l: (l.top, l.left))
        text = " | ".join(_join_pdf_lines([l.text for l in c]) for c in cells)
        out[firsts[(number, row)]] = _PdfLine(text, first.size, False, first.page, first.block, first.top,
                                              max(l.bottom for c in cells for l in c), first.left,
                                              max(l.right for c in cells for l in c), first.base, number)
    return out


def _drop_running_lines(pages: list[list[_PdfLine]]) -> list[list[_PdfLine]]:
    """Drop page numbers and running headers/footers repeated on most pages."""

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", text.strip().lower())

    def edges(page: list[_PdfLine]) -> set[int]:
        """The two lines read first and last, and the two highest and lowest on the page (a header a
        PDF draws after the body is read last)."""
        by_height = sorted(range(len(page)), key=lambda i: page[i].top)
        return {*range(min(2, len(page))), *range(max(0, len(page) - 2), len(page)), *by_height[:2], *by_height[-2:]}

    page_edges = [edges(page) for page in pages]
    edge_counts: Counter[str] = Counter()
    for page, at_edges in zip(pages, page_edges):
        edge_counts.update({key(page[i].text) for i in at_edges})
    repeated = {k for k, n in edge_counts.items() if len(pages) >= 3 and n >= max(3, len(pages) * 0.6)}
    result = []
    for page, at_edges in zip(pages, page_edges):
        keep = []
        for i, line in enumerate(page):
            at_edge = i in at_edges
            if at_edge and (_PAGE_NUMBER.match(line.text.strip()) or key(line.text) in repeated):
                continue
            keep.append(line)
        result.append(keep)
    return result


def _paragraph_pitch(lines: list[_PdfLine]) -> tuple[float, set[int]]:
    """How far below a full line the next line of its paragraph starts, in font sizes, as this document sets
    its text, and which lines are full (the ``id`` of each). A full line is as wide as its page's widest line of
    its size: its paragraph wraps into the next line, whatever the spacing (Arabic is often set at one and a half
    lines: "... وتتوفر الترجمة" / "الفورية إلى الفرنسية ..."), while what follows a short line (a paragraph's last
    line, a table's cell, a label) may be another paragraph or row. The pitch is the most common distance (baseline to
    baseline) from a full line to the line below it; :data:`_PDF_LINE_PITCH` when the document has too few to tell."""
    widest: dict[tuple[int, float], float] = {}
    for line in lines:
        key = (line.page, round(line.size * 2) / 2)
        widest[key] = max(widest.get(key, 0.0), line.right - line.left)
    full = {id(line) for line in lines
            if line.right - line.left >= _PDF_FULL_LINE * widest[(line.page, round(line.size * 2) / 2)] > 0}
    pitches: Counter[float] = Counter()
    for prev, line in zip(lines, lines[1:]):
        step = (line.base - prev.base) / max(prev.size, 1.0)
        if id(prev) in full and line.page == prev.page and abs(line.size - prev.size) <= 0.6 and 0 < step <= 2:
            pitches[round(step, 1)] += 1
    pitch, n = pitches.most_common(1)[0] if pitches else (0.0, 0)
    return (max(_PDF_LINE_PITCH, pitch + 0.05) if n >= 3 else _PDF_LINE_PITCH), full


def _pdf_markdown(lines: list[_PdfLine]) -> tuple[str, str | None]:
    """Group visual lines into headings (by font size, or bold) and paragraphs."""
    pitch, full = _paragraph_pitch(lines)
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0

    # lines set side by side on one baseline are a row (a table's column labels "Time", "Session", "Speakers"),
    # not a heading each, whatever their weight
    beside = _side_by_side(lines)

    def a_row_or_an_address(line: _PdfLine) -> bool:    # (never a heading, however it is set)
        return id(line) in beside or line.columns or bool(_ADDRESS_LINE.match(line.text))

    def sized_heading(line: _PdfLine) -> bool:
        text = line.text
        return (
            body > 0 and line.size >= body * 1.15 and 1 < len(text) <= 150
            and not text.endswith((".", ",", ";")) and any(ch.isalpha() for ch in text) and not a_row_or_an_address(line)
        )

    def bold_heading(line: _PdfLine) -> bool:  # a short bold line at body size on its own
        return (
            line.bold and len(line.text) < 120 and not line.text.endswith((".", ":", ";", ","))
            and any(ch.isalpha() for ch in line.text) and not a_row_or_an_address(line)
        )

    heading_sizes = sorted({round(l.size * 2) / 2 for l in lines if sized_heading(l)}, reverse=True)
    level_of = {size: min(i + 1, 3) for i, size in enumerate(heading_sizes)}
    bold_level = min(len(heading_sizes) + 1, 4)

    # a bold line is a heading only when the paragraph around it is not bold too
    bold_blocks: Counter[tuple[int, int]] = Counter()
    for line in lines:
        bold_blocks[(line.page, line.block)] += 0 if line.bold else 1

    out: list[str] = []
    first_heading = None
    previous_table = None
    para: list[_PdfLine] = []
    heading: tuple[int, list[_PdfLine]] | None = None

    def flush() -> None:
        nonlocal heading
        if para:
            out.append(_join_pdf_lines([line.text for line in para]))
            para.clear()
        if heading:
            out.append("#" * heading[0] + " " + " ".join(line.text for line in heading[1]))
            heading = None

    for line in lines:
        if line.table:                    # a ruled table's row: one line of its table's block
            same = bool(out) and not para and not heading and previous_table == (line.page, line.table)
            flush()
            if same:
                out[-1] += "\n" + line.text
            else:
                out.append(line.text)
            previous_table = (line.page, line.table)
            continue
        previous_table = None
        level = None
        if sized_heading(line):
            level = level_of[round(line.size * 2) / 2]
        elif bold_heading(line) and bold_blocks[(line.page, line.block)] == 0:
            level = bold_level
        if level is not None:
            if heading and heading[0] == level and _continues_pdf(heading[1][-1], line, pitch):
                heading[1].append(line)  # a heading wrapped over two lines
                continue
            flush()
            heading = (level, [line])
            if first_heading is None and level == 1:
                first_heading = line.text
            continue
        if heading:
            flush()
        if para:
            # (the document's own pitch after a full line; after a short one, a line set solid or single-spaced)
            reach = pitch if id(para[-1]) in full else _PDF_LINE_PITCH
            # (a field's line under a field ended by a short line is a line of its own: "اليوم: الأربعاء 7 ديسمبر 2039،
            # ..." then "التوقيت: من 11:00 إلى 12:30 ...", "Date: ..." then "Venue: ..."; not a dateline's "Original:
            # English" under "12 January 2037")
            if not _continues_pdf(para[-1], line, reach) or _BULLET_START.match(line.text) \
                    or id(para[-1]) not in full and _FIELD_START.match(line.text) and _FIELD_START.match(para[0].text):
                flush()
        para.append(line)
    flush()
    if first_heading is None and heading_sizes:
        first_heading = next((l[2:] for l in out if l.startswith("# ")), None)
    return "\n\n".join(out), first_heading


#: a line that is only a web address or an e-mail address: what a link says, never a section's name
_ADDRESS_LINE = re.compile(r"^\s*(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$", re.I)


def _side_by_side(lines: list[_PdfLine]) -> set[int]:
    """The ``id`` of each line that shares its baseline with another line of its page, apart from it on the
    left or right and set as it is: the cells of one row (but not a numbering label and the words it numbers, nor a
    heading beside the body text of the next column)."""
    out: set[int] = set()
    by_page: dict[int, list[_PdfLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    for page in by_page.values():
        page = sorted(page, key=lambda l: l.base)
        for i, line in enumerate(page):
            for other in page[i + 1:]:
                if other.base - line.base > 0.3 * max(line.size, 1.0):
                    break
                if ((other.left >= line.right or line.left >= other.right)
                        and other.bold == line.bold and abs(other.size - line.size) <= 0.6):
                    first = line if line.left < other.left else other
                    if not _LIST_LABEL.match(first.text.strip()):   # ("A." and its heading "Key messages")
                        out.update((id(line), id(other)))
    return out


def _continues_pdf(prev: _PdfLine, line: _PdfLine, pitch: float = _PDF_LINE_PITCH) -> bool:
    """Is ``line`` the next line of the same paragraph (or heading) as ``prev``? ``pitch``: how far below ``prev``,
    in font sizes, its paragraph's next line may start (the document's own pitch after a full line, and between the
    lines of a heading: :func:`_paragraph_pitch`)."""
    if line.page != prev.page or abs(line.size - prev.size) > 0.6:
        return False
    height = max(prev.bottom - prev.top, 1.0)
    gap = line.top - prev.bottom
    # (or one line's pitch below it: a line without descenders, "the work of the tri-", is shorter than its type)
    return -0.2 * height <= gap <= 0.45 * height or 0 < line.base - prev.base <= pitch * prev.size


def _join_pdf_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if not out:
            out = line
        elif _BULLET_START.match(line):
            out += "\n" + line
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            # a word hyphenated at the end of the line (but "end-" above "of-service" is a compound's own hyphen)
            out = out[:-1] + line if "-" not in line.split(" ", 1)[0] else out + line
        else:
            out += " " + line
    return out


# ---------------------------------------------------------------- Arabic in PDFs
#
# A PDF draws text where it appears on the page; the loader reads each line's characters
# left to right (visual order). For Arabic shaped and placed right to left, as PDFs that
# render it correctly do, that is each word backwards and the words in reverse order; it is
# detected from the text itself (presentation forms, the article, common words read
# backwards) and each line is put back in logical order (:func:`visual_to_logical`). A PDF
# that drew logical-order Arabic left to right (some generators do) reads right as it is.
# Brackets in right-to-left text may come back unmirrored: "(مهم)" reads ")مهم(" and is
# balanced again (:func:`fix_mirrored_brackets`).

_RTL = re.compile(r"[\u0590-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFE]{2,}")
_LOGICAL_MARKERS = {"في", "من", "على", "إلى", "الى", "عن", "التي", "الذي", "هذا", "هذه", "أن", "ان", "مع"}
_REVERSED_MARKERS = {w[::-1] for w in _LOGICAL_MARKERS}
_MIRROR = str.maketrans("()[]{}", ")(][}{")
# a left-to-right run inside right-to-left text: Latin letters and digits, with the spaces and
# punctuation between them ("IMRF", "15", "2026", "ECOSOC status", "10:30")
# (Arabic-Indic digits and their separators too: a number runs left to right in Arabic, "٢٠٢٦", "٣٫٥")
_RTL_LETTERS = r"\u0590-\u065F\u066A\u066D-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE"
_LTR_RUN = re.compile(rf"[^\W{_RTL_LETTERS}](?:[^{_RTL_LETTERS}]*[^\W{_RTL_LETTERS}])?")
_RTL_RUN = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE](?:[^A-Za-z0-9]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE])?")


def visual_to_logical(line: str, arabic_document: bool = False) -> str:
    """One line read left to right on the page, in logical (reading) order.

    A line mostly in a right-to-left script is reversed whole, then its left-to-right runs
    (Latin words, numbers) are turned back; a mostly left-to-right line keeps its order and
    only its right-to-left runs are reversed."""
    rtl, ltr = _letters(line)
    if not rtl:
        return line
    # (a line of a document mostly in Arabic is part of an Arabic paragraph, whatever Latin it holds: the line
    # "lic@network.example قبل ١٩ كانون الأول" wrapped from "وترسل المساهمات إلى")
    if rtl >= ltr or arabic_document:
        flipped = line[::-1]
        return _LTR_RUN.sub(lambda m: _ltr_run(m.group(0)), flipped)
    # (a number in an Arabic run still reads left to right)
    return _RTL_RUN.sub(lambda m: _LTR_RUN.sub(lambda d: d.group(0)[::-1], m.group(0)[::-1]), line)


# a telephone number set left to right in an Arabic line (embedded, so that it reads as dialled), read with its groups
# turned as the line's words are and its "+" after the last ("واتساب ...: 0163 555 92 218+"): no one writes a "+" after
# a number
_VISUAL_NUMBER = re.compile(r"(?<![\d+])(\d{1,5}(?: \d{1,5}){1,5})\+(?![\d+])")


def _number_in_order(m: re.Match) -> str:
    """A number :data:`_VISUAL_NUMBER` reads in its drawn order, as written: "+218 92 555 0163"."""
    return "+" + " ".join(reversed(m.group(1).split()))


def _ltr_run(run: str) -> str:
    """A left-to-right run of a reversed right-to-left line, turned back. Numbers with only spaces between them (no
    Latin letter) are set right to left in an Arabic line, each number left to right (the Unicode bidirectional
    algorithm: a space between two numbers takes the line's direction): "+20 100 555 0192" is drawn "0192 555 100
    20+", and its groups are kept in the order the reversed line reads them."""
    if re.search(r"[^\W\d_]", run) or " " not in run.strip():
        return run[::-1]
    return re.sub(r"\S+", lambda m: m.group(0)[::-1], run)


def _letters(text: str) -> tuple[int, int]:
    """How many right-to-left characters a text holds, and how many other letters."""
    rtl = len(_RTL.findall(text))
    return rtl, sum(1 for ch in text if ch.isalpha() and not _RTL.match(ch))


def _form_of(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    for form in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if name.endswith(form + " FORM"):
            return form
    return None


def _arabic_is_reversed(text: str) -> bool:
    """True when the Arabic in ``text`` reads backwards (visual order)."""
    logical = reversed_ = 0
    for word in _ARABIC_WORD.findall(text):
        first, last = _form_of(word[0]), _form_of(word[-1])
        if first or last:  # presentation forms tell the order for sure
            logical += first == "INITIAL" or last == "FINAL"
            reversed_ += first == "FINAL" or last == "INITIAL"
            continue
        base = unicodedata.normalize("NFKC", word)
        logical += base.startswith("ال") or base in _LOGICAL_MARKERS
        reversed_ += base.endswith("لا") or base in _REVERSED_MARKERS
    return reversed_ >= 3 and reversed_ > 2 * logical


def fix_mirrored_brackets(line: str) -> str:
    """")مهم(" or "(مهم(" -> "(مهم)": brackets of an Arabic line put the right way round when that
    balances them: all swapped, else each one read from where it stands (before a word it opens,
    after one it closes)."""
    if not _RTL.search(line) or not any(ch in line for ch in "()[]{}"):
        return line
    if _brackets_balanced(line):
        return line
    swapped = line.translate(_MIRROR)
    if _brackets_balanced(swapped):
        return swapped
    placed = _BRACKET_OPENS.sub(lambda m: _OPENING[m.group(0)], line)
    placed = _BRACKET_CLOSES.sub(lambda m: _CLOSING[m.group(0)], placed)
    return placed if _brackets_balanced(placed) else line


_OPENING = {"(": "(", ")": "(", "[": "[", "]": "[", "{": "{", "}": "{"}
_CLOSING = {"(": ")", ")": ")", "[": "]", "]": "]", "{": "}", "}": "}"}
_BRACKET_OPENS = re.compile(r"(?:^|(?<=\s))[()\[\]{}](?=\w)")
_BRACKET_CLOSES = re.compile(r"(?<=\w)[()\[\]{}](?=\W|$)")


def _brackets_balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_TEXT_PARSERS: dict[str, Callable[[Path, str], tuple[str, str | None]]] = {
    "txt": _parse_txt,
    "md": _parse_md,
    "html": _parse_html,
}

_PARSERS: dict[str, Callable[[Path, bytes], tuple[str, str | None]]] = {
    "docx": _parse_docx,
    "pdf": _parse_pdf,
}
