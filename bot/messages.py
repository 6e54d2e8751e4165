"""Every user-facing string, in Arabic, English and French.

Strings live in ``bot/locales/*.yaml`` (one file per area: engine, telegram,
reminders, dashboard ...), each key mapping to ``{ar: ..., en: ..., fr: ...}``.
A key missing a language fails loudly at load time (tests check all files).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.knowledge.yaml_files import read_yaml

LANGUAGES = ("ar", "en", "fr")
LOCALES_DIR = Path(__file__).with_name("locales")


class MissingTranslation(KeyError):
    pass


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for path in sorted(LOCALES_DIR.glob("*.yaml")):
        data = read_yaml(path) or {}      # (libyaml's loader: the first answer waited 0.1 s for Python's)
        for key, texts in data.items():
            if key in table:
                raise MissingTranslation(f"{path.name}: key {key!r} is defined twice")
            missing = [lang for lang in LANGUAGES if not (isinstance(texts, dict) and texts.get(lang))]
            if missing:
                raise MissingTranslation(f"{path.name}: key {key!r} lacks {', '.join(missing)}")
            table[key] = {lang: str(texts[lang]) for lang in LANGUAGES}
    return table


def t(key: str, lang: str, /, **values) -> str:
    """The text for ``key`` in ``lang`` (en when lang is unknown), formatted with values."""
    texts = catalogue().get(key)
    if texts is None:
        raise MissingTranslation(key)
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text
