"""Plain-text rendering of an answer for terminals (the CLI and `gcmbot chat`)."""
from __future__ import annotations

from bot.answering.types import Answer
from bot.messages import t
from bot.knowledge.timeline import format_iso_date as format_date


def source_line(source, lang: str) -> str:
    bits = [source.title]
    if source.section:
        bits.append(source.section)
    if source.date:
        bits.append(format_date(source.date, lang))
    line = " — ".join(bits)
    return f"{line} {source.url}".rstrip() if source.url else line


def render_text(answer: Answer, max_sources: int = 3) -> str:
    lines = [answer.answer]
    if answer.sources:
        lines.append("")
        lines.append(t("render.sources", answer.language))
        seen = set()
        for s in answer.sources:
            key = (s.document, s.section)
            if key in seen:
                continue
            seen.add(key)
            lines.append(f"  • {source_line(s, answer.language)}")
            if len(seen) >= max_sources:
                break
    if answer.suggestions:
        lines += ["", t("tg.suggestions_header", answer.language)]
        lines += [f"  • {s}" for s in answer.suggestions]
    return "\n".join(lines)
