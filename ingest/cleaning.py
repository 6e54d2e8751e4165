"""Text cleaner: loader text in, clean Markdown-style text out.

``clean(text, format)`` makes every document look the same to the splitter:

- Unicode NFC; soft hyphens, zero-width and bidi control characters removed;
  Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF, what PDFs often give)
  folded to ordinary letters with NFKC, for those ranges only; tatweel removed;
- whitespace: tabs, NBSP and other spaces, runs of spaces, trailing spaces; one
  blank line between paragraphs; a tab between two cells becomes `` | ``, and so does a
  Markdown table's ``|`` (its outer bars and its ``|---|`` rule line dropped);
- web-page leftovers removed as whole lines ("arrow-up icon", "Share", ...);
- table-of-contents blocks ("Introduction<TAB>3", dot leaders, and their
  "Contents" / "Page" header lines) removed;
- Markdown and HTML leftovers: ``[text](#)`` -> ``text``,
  ``[text](https://x)`` -> ``text (https://x)``, ``<https://x>`` -> ``https://x``,
  ``\\(`` -> ``(``, ``**bold**`` -> ``bold``, ``<b>x</b>`` -> ``x``, footnote
  markers (``<sup>1</sup>``, ``¹``) removed inside sentences, footnote lines
  kept as ``[1] ...``;
- bullets ("•", "*", "+", "") -> ``- ``; ``#`` heading lines kept as they are;
- a sentence cut by a page break (a paragraph ending without punctuation, then
  one starting in lower case) joined again; footnotes that were printed in
  between are moved after the joined paragraph.

It is conservative: it only removes whole lines it recognises as boilerplate
and never drops a sentence with content. ``clean(clean(t)) == clean(t)``.
"""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = ["clean", "BOILERPLATE_LINES"]

# Whole lines (compared case-insensitively, trailing ':' ignored) that web pages
# and PDF covers leave behind. "Beirut time" is NOT boilerplate (it says which
# time zone the event's hours are in).
BOILERPLATE_LINES = frozenset(
    s.lower()
    for s in (
        "arrow-up icon", "arrow-down icon", "arrow icon", "Share", "Share this page", "Share this",
        "Feedback", "Related news", "Related content", "Related events", "Contact information",
        "Location", "Print", "Print this page", "Back to top", "Skip to main content",
        "Skip to content", "Read more", "Toggle navigation", "Menu", "Close", "Search",
        # slogans printed on the covers of ESCWA / UN Network on Migration documents
        "Shared Prosperity Dignified Life", "Working Better Together",
    )
)

_TOC_HEADERS = {
    "contents", "table of contents", "content", "page", "pages", "sommaire", "table des matières",
    "المحتويات", "الفهرس", "المحتوى", "الصفحة",
}

# characters removed outright: soft hyphen, zero-width space/no-break, BOM, word joiner,
# bidi marks and embeddings/isolates (they break matching and carry no text)
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"),
    None,
)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]")
_ARABIC_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]+")
_TATWEEL = re.compile(r"(?<=[\u0620-\u064a])\u0640+(?=[\u0620-\u064a])")

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789")

# --- HTML leftovers
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_BR = re.compile(r"<br\s*/?>", re.I)
_SUP_NOTE = re.compile(r"<sup>\s*\[?\s*([0-9*†‡§]{1,4}(?:\s*[,\-–]\s*[0-9]{1,4})*)\s*\]?\s*</sup>", re.I)
_INLINE_TAG = re.compile(
    r"</?(?:b|strong|i|em|u|s|strike|del|ins|mark|small|big|span|font|sup|sub|code|tt|abbr|cite|q|a|"
    r"kbd|var|samp|dfn|time|bdi|bdo|wbr|nobr|p|div|center)(?:\s[^<>]*)?/?>",
    re.I,
)

# --- Markdown leftovers
_MD_LINK = re.compile(
    r"(?P<img>!?)\[(?P<text>(?:[^\[\]\\]|\\.)*)\]"
    r"\((?P<url>(?:[^()\s\\]|\\.|\([^()\s]*\))*)(?:\s+\"[^\"]*\")?\)"
)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>", re.I)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8]|[*+](?=\s))\s*")

# --- tables of contents
_TOC_TAB = re.compile(r"^\S.*?\t+\s*(?:\d{1,4}|[ivxlc]{1,6})$", re.I)
_TOC_LEADERS = re.compile(r"^\S.*?(?:\.\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})$|^\S.*?[…_·]{3,}\s*\d{1,4}$", re.I)
_TOC_PLAIN = re.compile(r"^\S.{0,150}?\s(?:\d{1,4})$")

# --- paragraphs
_FOOTNOTE_LINE = re.compile(r"^\[\d{1,3}\] ")
_BYLINE = re.compile(r"^by (?:Mr|Ms|Mrs|Dr|Prof|H\.E\.|Mme|M)\b\.?", re.I)
# (a lettered item too: "1. REPORT DE LA CONSULTATION", then "a) Le groupe de travail ..." is the item below a heading)
_NOT_PROSE = re.compile(r"^(?:#|- |\d{1,2}[.)] |\(?[a-h]\) |\[\d{1,3}\] |\||[A-Z]{2,}\b[^a-z]*$)")


def clean(text: str, format: str = "txt") -> str:
    """Return ``text`` cleaned; see the module docstring for the rules.

    ``format`` is the loader's format ("txt", "md", "html", "pdf", "docx"). The
    rules are the same for every format today: Markdown and HTML leftovers turn
    up in plain-text exports too, and the loaders' own output passes unchanged.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _ARABIC_PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    text = _TATWEEL.sub("", text)
    text = _SPACES.sub(" ", text)

    text = _html_leftovers(text)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _drop_toc(lines)
    lines = _markdown_footnotes(lines)

    out = []
    for line in lines:
        line = _clean_line(line)
        if line is None:
            continue
        out.append(line)
    paragraphs = _paragraphs(out)
    paragraphs = _join_broken(paragraphs)
    return "\n\n".join(paragraphs)


def _html_leftovers(text: str) -> str:
    if "&" in text:
        text = _HTML_ENTITY.sub(lambda m: _unescape_entity(m.group(0)), text)
    if "<" not in text:
        return text
    text = _BR.sub("\n", text)

    def sup(m: re.Match) -> str:  # a footnote marker: dropped inside a sentence, "[n] " at a line start
        start = m.start() == 0 or text[m.start() - 1] == "\n"
        return f"[{m.group(1)}] " if start and m.group(1).isdigit() else ""

    text = _SUP_NOTE.sub(sup, text)
    return _INLINE_TAG.sub("", text)


def _unescape_entity(entity: str) -> str:
    value = html.unescape(entity)
    if value == entity:
        return entity
    value = value.translate(_INVISIBLE)
    return _SPACES.sub(" ", value)


def _clean_line(line: str) -> str | None:
    """Clean one line; None drops it. Blank lines come back as ''."""
    line = line.strip()
    if not line:
        return ""
    line = re.sub(r"[ \t]*\t[ \t]*", "\t", line)
    line = line.replace("\t", " | ")
    if len(line) > 1 and line.startswith("|") and line.endswith("|"):      # a Markdown table row
        if re.fullmatch(r"[|:\-\s]+", line):
            return None                                                     # its rule line
        line = " | ".join(cell.strip() for cell in line[1:-1].split("|"))  # cells as other tables give them
    if line.startswith("#") and re.match(r"#{1,6}\s*\|", line):
        line = "№" + line.lstrip("#")     # a table's row whose first cell is "#" (its rows' number) is no heading
    line = re.sub(r" {2,}", " ", line)
    if _is_boilerplate(line):
        return None

    # footnote definition at the start of the line: "¹ text" / "1 text" after <sup>
    m = re.match(rf"^([{_SUPERSCRIPT_DIGITS}]{{1,3}})\s+(?=\S)", line)
    if m:
        line = f"[{m.group(1).translate(_SUP_TO_DIGIT)}] " + line[m.end():]
    # footnote markers inside the text (not units such as m² / km³)
    line = re.sub(rf"(?<!\b[kcdm]m)(?<!\bm)(?<=[^\s\d{_SUPERSCRIPT_DIGITS}])[{_SUPERSCRIPT_DIGITS}]+", "", line)
    line = re.sub(rf"(?<=\d)[{_SUPERSCRIPT_DIGITS}]+(?=[\s.,;:)]|$)", "", line)

    if "](" in line:
        line = _MD_LINK.sub(_link, line)
    if "<" in line:
        line = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), line)
    if "**" in line or "__" in line:
        line = _BOLD.sub(r"\2", line)
    if "*" in line and not line.startswith(("* ", "+ ")):
        line = _ITALIC.sub(r"\1", line)
    elif line.startswith(("* ", "+ ")):
        line = line[:2] + _ITALIC.sub(r"\1", line[2:])
    if "\\" in line:
        line = _MD_ESCAPE.sub(r"\1", line)

    line = _BULLET.sub("- ", line) if _BULLET.match(line) else line
    if line.startswith("#"):  # "#  Title" -> "# Title"; "#hashtag" is not a heading
        m = re.match(r"^(#{1,6})\s+(\S.*)$", line)
        if m:
            line = f"{m.group(1)} {m.group(2)}"
    line = re.sub(r" {2,}", " ", line).strip()
    if line in ("-", "|", "- |") or re.fullmatch(r"[|\s]+", line):
        return None
    if _is_boilerplate(line):
        return None
    return line


def _link(m: re.Match) -> str:
    label = m.group("text").strip()
    url = m.group("url").strip()
    if not url or url.startswith("#") or url.lower().startswith("javascript:"):
        return label
    if not label:
        return url
    if url.lower().startswith("mailto:"):
        url = url[len("mailto:"):]
    if url in label:
        return label
    if m.group("img"):
        return label
    return f"{label} ({url})"


def _is_boilerplate(line: str) -> bool:
    key = line.strip().rstrip(":").strip().lower()
    return key in BOILERPLATE_LINES


_MD_FOOTNOTE_DEF = re.compile(r"^\[\^([\w-]{1,20})\]:\s*(\S.*)$")
_MD_FOOTNOTE_REF = re.compile(r"([.!?؟]?)\[\^([\w-]{1,20})\](?!:)")


def _markdown_footnotes(lines: list[str]) -> list[str]:
    """A Markdown footnote ("Delayed[^2]" ... "[^2]: A7 - new date: 30 September 2040. ...") read where it is
    referred to: its text in brackets after the reference ("Delayed (A7 - new date: 30 September 2040. ...)"), in no
    language's word for a note; its definition (with its indented lines) then dropped -- what a delayed action's row
    says is its new date. A definition no line refers to stays a line of its own ("[2] ...")."""
    if not any(line.startswith("[^") for line in lines):
        return lines
    notes: dict[str, str] = {}
    kept: list[str] = []
    last = None                         # the footnote whose definition the lines read go on
    for line in lines:
        m = _MD_FOOTNOTE_DEF.match(line)
        if m:
            last = m.group(1)
            notes[last] = m.group(2).strip()
        elif last and line.startswith(("    ", "\t")) and line.strip():
            notes[last] += " " + line.strip()
        else:
            last = None
            kept.append(line)
    used = {m.group(2) for line in kept for m in _MD_FOOTNOTE_REF.finditer(line) if m.group(2) in notes}
    # (a note referred to after a sentence's full stop goes before it: the note is of that sentence, quoted with it)
    out = [_MD_FOOTNOTE_REF.sub(lambda r: f" ({notes[r.group(2)]}){r.group(1)}" if r.group(2) in notes else r.group(1), line)
           for line in kept]
    return out + [f"[{key}] {text}" for key, text in notes.items() if key not in used]


def _drop_toc(lines: list[str]) -> list[str]:
    """Remove table-of-contents blocks and their "Contents"/"Page" header lines."""
    n = len(lines)
    stripped = [line.strip() for line in lines]
    entry = [bool(_TOC_TAB.match(s) or _TOC_LEADERS.match(_SPACES.sub(" ", s))) for s in stripped]
    drop = [False] * n

    # blocks of >= 3 tab/dot-leader entries (blank lines allowed in between)
    i = 0
    while i < n:
        if not entry[i]:
            i += 1
            continue
        j, count, last = i, 0, i
        while j < n and (entry[j] or not stripped[j]):
            if entry[j]:
                count += 1
                last = j
            j += 1
        if count >= 3:
            for k in range(i, last + 1):
                drop[k] = True
            _drop_toc_headers(stripped, drop, i)
        i = last + 1

    # "Contents" header followed by entries ending in a page number, without tabs
    for i, s in enumerate(stripped):
        if s.lower().rstrip(":") in ("contents", "table of contents", "sommaire", "table des matières",
                                     "المحتويات", "الفهرس") and not drop[i]:
            j, count, last = i + 1, 0, i
            while j < n and (not stripped[j] or stripped[j].lower() in _TOC_HEADERS or _TOC_PLAIN.match(stripped[j])):
                if stripped[j] and stripped[j].lower() not in _TOC_HEADERS:
                    count += 1
                    last = j
                j += 1
            if count >= 3:
                for k in range(i, last + 1):
                    drop[k] = True
    return [line for line, d in zip(lines, drop) if not d]


def _drop_toc_headers(stripped: list[str], drop: list[bool], start: int) -> None:
    k, seen = start - 1, 0
    while k >= 0 and seen < 3:
        s = stripped[k]
        if s:
            if s.lower().rstrip(":") in _TOC_HEADERS:
                drop[k] = True
                seen += 1
            else:
                break
        k -= 1


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def _is_open(paragraph: str) -> bool:
    """Does the paragraph stop mid-sentence (no closing punctuation)?"""
    last = paragraph.rsplit("\n", 1)[-1]
    if last.startswith("#") or _FOOTNOTE_LINE.match(last) or "|" in last:
        return False
    body = last.rstrip("\"'”’»)]}")  # look through closing quotes and brackets
    return bool(body) and (body[-1].isalnum() or body[-1] in ",-–")


def _continues(prev: str, nxt: str) -> bool:
    """Is ``nxt`` the rest of the sentence that ``prev`` left open?"""
    first = nxt.lstrip()[:1]
    if not first or _NOT_PROSE.match(nxt) or _BYLINE.match(nxt):
        return False
    last = prev.rsplit("\n", 1)[-1]
    if first.islower():
        return True
    if last.endswith("-") and last[-2:-1].isalpha() and first.isalpha():
        return True  # "... between Africa-" / "MENA regions ..."
    # A long prose paragraph cut after a word, continued by a capitalised word
    # ("... which involved Civil Society" / "Organizations (CSOs), the ...").
    head = nxt.split("\n", 1)[0]
    return (
        first.isupper()
        and len(last) >= 200
        and len(last.split()) >= 35
        and last[-1].isalpha()
        and len(head) >= 80
        and not re.match(r"^(?:[IVX]+|[A-Z]|\d+)\.\s", nxt)
    )


def _join_broken(paragraphs: list[str]) -> list[str]:
    """Join sentences split by a page break; footnotes found in between move after."""
    out: list[str] = []
    i, n = 0, len(paragraphs)
    while i < n:
        current = paragraphs[i]
        i += 1
        notes: list[str] = []
        while _is_open(current):
            j = i
            while j < n and _FOOTNOTE_LINE.match(paragraphs[j]):
                j += 1
            if j >= n or not _continues(current, paragraphs[j]):
                break
            notes.extend(paragraphs[i:j])
            current = _glue(current, paragraphs[j])
            i = j + 1
        out.append(current)
        out.extend(notes)
    return out


def _glue(prev: str, nxt: str) -> str:
    hyphenated = prev.endswith("-") and prev[-2:-1].isalpha() and nxt[:1].isalpha()
    return prev + ("" if hyphenated else " ") + nxt
