"""HTML for Telegram: answers with their sources, the document list, and the rules
every message follows.

* Every piece of text that is not ours (answers, titles, sections, URLs) goes
  through :func:`esc`; texts from ``bot/locales/telegram.yaml`` are trusted HTML.
* Arabic reads right to left: :func:`bidi` starts each line with a RIGHT-TO-LEFT
  MARK and puts one after Latin words, digits and the punctuation that follows
  them, so "IMRF)." or "2024." stay at the end where an Arabic reader expects them.
* Nothing goes over Telegram's 4096 characters: :func:`split_html` cuts at
  paragraph boundaries first, then lines, then words, never inside a tag or an
  entity, closing the tags open at the cut and opening them again after it.

No python-telegram-bot import here: this module is plain text in, strings out.
"""
from __future__ import annotations

import html
import re
from datetime import date
from typing import Iterable

from bot.answering.types import Answer, Source
from bot.messages import t

RLM = "\u200f"
LIMIT = 4096
MAX_SOURCES = 3

LANGUAGE_NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}

_RTL_CHAR = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
LRM = "\u200e"
_RTL = "\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF"
# punctuation ending a Latin word or a number, then Arabic or the end of the line: it belongs
# to the Arabic sentence (RLM after it keeps it at the left end, where Arabic ends)
_LTR_THEN_RTL = re.compile(r"(?<=[A-Za-z0-9\u00C0-\u024F])([.,;:!?)\]}%]+)(?=[ \t]*(?:[" + _RTL + r"]|$))", re.M)
# punctuation ending a Latin sentence quoted in Arabic, before the closing quotation mark: it
# belongs to the Latin sentence (LRM after it keeps it beside the last Latin word)
_LTR_THEN_QUOTE = re.compile(r"(?<=[A-Za-z0-9\u00C0-\u024F])([.,;:!?)\]}%]+)(?=[ \t]*[”»\"’'])")
_UNITS = re.compile(r"&#?\w+;|\s+|[^\s&]+|&")


def esc(text) -> str:
    """Escape text for Telegram's HTML parse mode (also safe inside attributes)."""
    return html.escape("" if text is None else str(text), quote=True)


def size(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------- words
from bot.knowledge.timeline import format_iso_date as format_date  # noqa: E402  (one date writer)


def wait_text(seconds: float, lang: str) -> str:
    """A number of seconds, grammatical in each language (Arabic has dual and plural forms)."""
    n = max(1, int(round(seconds)))
    if lang == "ar":
        if n == 1:
            return "ثانية واحدة"
        if n == 2:
            return "ثانيتين"
        if 3 <= n <= 10:
            return f"{n} ثوانٍ"
        return f"{n} ثانية"
    if lang == "fr":
        return "1 seconde" if n == 1 else f"{n} secondes"
    return "1 second" if n == 1 else f"{n} seconds"


# --------------------------------------------------------------------------- right to left
def _bidi_text(text: str) -> str:
    text = _LTR_THEN_QUOTE.sub(lambda m: m.group(1) + LRM, text)
    return _LTR_THEN_RTL.sub(lambda m: m.group(1) + RLM, text)


def bidi(html_text: str, lang: str) -> str:
    """Right-to-left marks for an Arabic message (other languages are returned unchanged).

    Each line starts with RLM (so a line that begins with a Latin word or a number
    is still laid out right to left) and ends with one when its last visible
    character is not Arabic. Punctuation after a Latin word or a number gets an RLM
    when Arabic (or the line's end) follows, so "IMRF)." ends the Arabic sentence on
    the left, and an LRM when a closing quotation mark follows, so a quoted English
    sentence keeps its full stop; punctuation inside Latin phrases is left alone.
    Only text between tags is touched: URLs in ``href`` stay intact.
    """
    if lang != "ar" or not html_text:
        return html_text
    pieces = []
    for token in _TAG_SPLIT.split(html_text):
        if token.startswith("<") and token.endswith(">"):
            pieces.append(token)
        elif token:
            pieces.append(html.escape(_bidi_text(html.unescape(token)), quote=False))
    lines = []
    for line in "".join(pieces).split("\n"):
        visible = html.unescape(_TAG_SPLIT.sub("", line)).strip().strip(RLM)
        if visible:
            if not line.startswith(RLM):
                line = RLM + line
            if not _RTL_CHAR.match(visible[-1]) and not line.endswith(RLM):
                line = line + RLM
        lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- splitting
def split_html(text: str, limit: int = LIMIT) -> list[str]:
    """Cut Telegram HTML into messages of at most ``limit`` characters.

    Paragraphs ("\\n\\n") are kept whole when they fit, then lines, then words;
    a cut never falls inside a tag or an entity, and tags open at a cut are
    closed before it and opened again after it.
    """
    text = text.strip()
    if not text:
        return []
    if size(text) <= limit:
        return [text]
    for sep in ("\n\n", "\n", " "):
        parts = _split_top(text, sep)
        if len(parts) > 1:
            return _pack(parts, sep, limit)
    return _hard_split(text, limit)


def _split_top(text: str, sep: str) -> list[str]:
    """Split at ``sep`` where no tag is open."""
    parts, current, depth = [], [], 0
    for token in _TAG_SPLIT.split(text):
        if token.startswith("<") and token.endswith(">"):
            m = _TAG.match(token)
            if m:
                depth += -1 if m.group(1) else 1
            current.append(token)
        elif depth == 0 and sep in token:
            pieces = token.split(sep)
            current.append(pieces[0])
            for piece in pieces[1:]:
                parts.append("".join(current))
                current = [piece]
        else:
            current.append(token)
    parts.append("".join(current))
    return parts


def _pack(parts: list[str], sep: str, limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for part in parts:
        if not part.strip() and sep != " ":
            continue
        candidate = current + sep + part if current else part
        if size(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            chunks.append(current)
        current = ""
        if size(part) <= limit:
            current = part
        else:
            pieces = split_html(part, limit)
            chunks.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
    if current.strip():
        chunks.append(current)
    return [c.strip() for c in chunks if c.strip()]


def _hard_split(text: str, limit: int) -> list[str]:
    """Word by word (a too long word character by character), tags closed and reopened."""
    chunks: list[str] = []
    stack: list[tuple[str, str]] = []            # (tag name, opening tag as written)
    current = ""

    def closing() -> str:
        return "".join(f"</{name}>" for name, _ in reversed(stack))

    def reopen() -> str:
        return "".join(tag for _, tag in stack)

    def flush() -> None:
        nonlocal current
        if _TAG_SPLIT.sub("", current).strip():
            chunks.append((current + closing()).strip())
        current = reopen()

    for token in _TAG_SPLIT.split(text):
        if not token:
            continue
        if token.startswith("<") and token.endswith(">"):
            m = _TAG.match(token)
            if m and m.group(1):                   # closing tag
                current += token
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == m.group(2).lower():
                        del stack[i]
                        break
                continue
            if size(current + token) + size(closing()) + 16 > limit:
                flush()
            current += token
            if m:
                stack.append((m.group(2).lower(), token))
            continue
        for unit in _UNITS.findall(token):
            pieces = [unit]
            if size(unit) + size(reopen()) + size(closing()) > limit:
                pieces = list(unit)               # an enormous "word": character by character
            for piece in pieces:
                if size(current + piece) + size(closing()) > limit:
                    flush()
                current += piece
    if _TAG_SPLIT.sub("", current).strip():
        chunks.append((current + closing()).strip())
    return chunks


def finish(html_text: str, lang: str, limit: int = LIMIT) -> list[str]:
    """Right-to-left marks for Arabic, then messages of at most ``limit`` characters."""
    if lang != "ar":
        return split_html(html_text, limit)
    chunks = split_html(bidi(html_text, lang), limit - 1)     # room for the RLM that starts each message
    return [c if c.startswith(RLM) else RLM + c for c in chunks]


# --------------------------------------------------------------------------- answers
def _paragraphs(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    return esc(text)


def _link(url: str, lang: str) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{esc(url)}">{esc(t("tg.link", lang))}</a>'
    return ""


def unique_sources(sources: Iterable[Source], limit: int = MAX_SOURCES) -> list[Source]:
    """The first source of each (document, section), at most ``limit``."""
    seen, out = set(), []
    for s in sources:
        key = (s.document or s.title, s.section)
        if key in seen:
            continue
        seen.add(key)
        out.append(s)
        if len(out) >= limit:
            break
    return out


def source_line(source: Source, lang: str) -> str:
    """• <b>title</b> — section · date · link (the parts that are known)."""
    title = source.title or source.document or "?"
    details = []
    if source.section and source.section.strip() != title.strip():
        section = source.section if len(source.section) <= 160 else source.section[:157] + "…"
        details.append(esc(section))
    if source.date:
        details.append(esc(format_date(source.date, lang)))
    link = _link(source.url, lang)
    if link:
        details.append(link)
    line = f"• <b>{esc(title)}</b>"
    if details:
        line += " — " + " · ".join(details)
    return line


def sources_html(sources: Iterable[Source], lang: str) -> str:
    lines = [source_line(s, lang) for s in unique_sources(sources)]
    if not lines:
        return ""
    return f"📚 <b>{esc(t('tg.sources_header', lang))}</b>\n" + "\n".join(lines)


def answer_html(answer: Answer) -> str:
    """The whole reply to a question, as one HTML text (before splitting)."""
    lang = answer.language if answer.language in LANGUAGE_NAMES else "en"
    parts = [_paragraphs(answer.answer)]
    if answer.answered and answer.sources:
        parts.append(sources_html(answer.sources, lang))
    if answer.suggestions:
        lines = "\n".join("• " + esc(s) for s in answer.suggestions[:3])
        parts.append(f"<i>{esc(t('tg.suggestions_header', lang))}</i>\n{lines}")
    return "\n\n".join(p for p in parts if p)


def format_answer(answer: Answer, limit: int = LIMIT) -> list[str]:
    """The messages that carry an answer (usually one)."""
    lang = answer.language if answer.language in LANGUAGE_NAMES else "en"
    return finish(answer_html(answer), lang, limit)


def documents_html(documents: list[dict], lang: str) -> str:
    """/sources: each document the bot knows, newest first, with its date and link."""
    if not documents:
        return esc(t("tg.documents_empty", lang))
    def key(d):
        return str(d.get("date") or "")
    lines = []
    for d in sorted(documents, key=key, reverse=True):
        titles = d.get("titles") or {}
        title = (titles.get(lang) if isinstance(titles, dict) else None) or d.get("title") or d.get("id") or "?"
        details = [esc(format_date(d.get("date"), lang))] if d.get("date") else []
        link = _link(d.get("url") or "", lang)
        if link:
            details.append(link)
        line = f"• <b>{esc(title)}</b>"
        if details:
            line += " — " + " · ".join(details)
        lines.append(line)
    return t("tg.documents_header", lang) + "\n\n" + "\n".join(lines) + "\n\n" + esc(t("tg.documents_footer", lang))


__all__ = [
    "RLM", "LRM", "LIMIT", "LANGUAGE_NAMES", "esc", "size", "format_date", "wait_text", "bidi", "split_html",
    "finish", "answer_html", "format_answer", "sources_html", "source_line", "documents_html", "unique_sources",
]
