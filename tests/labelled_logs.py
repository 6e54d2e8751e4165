"""The labelled question logs (tests/faq_logs/), answered once per test session by the real engine."""
from __future__ import annotations

from bot.review.grouping_quality import LOG_FILES, LOGS_DIR, answer_all, load_log

_answered: dict[str, tuple[list, list]] = {}


def answered(name: str, engine) -> tuple[list, list]:
    """(the log's questions in arrival order, the engine's answer to each), computed once per session."""
    if name not in _answered:
        items = load_log(LOGS_DIR / name)
        _answered[name] = (items, answer_all(engine, items))
    return _answered[name]


__all__ = ["answered", "LOG_FILES"]
