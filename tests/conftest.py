"""Shared fixtures: one real index of the knowledge base for the whole test session."""
from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

pytest_plugins = ["tests.pg_server"]      # one PostgreSQL server for the whole session

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
FIXED_NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)

# the tests never read the developer's .env or environment settings
for _name in list(os.environ):
    if _name.startswith("GCMBOT_"):
        del os.environ[_name]


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """A data dir holding a real Chroma index of knowledge/ (built once per session)."""
    from bot.settings import Settings
    from ingest.pipeline import run_ingest

    data = tmp_path_factory.mktemp("index")
    summary = run_ingest(Settings(data_dir=data, knowledge_dir=KNOWLEDGE), quiet=True)
    assert summary.ok, summary.lines()
    return data


@pytest.fixture(scope="session")
def indexed_env(index_dir) -> dict:
    """Environment for a `gcmbot` subprocess using the prepared index (copy it if you write to it)."""
    return {
        "GCMBOT_DATA_DIR": str(index_dir),
        "GCMBOT_KNOWLEDGE_DIR": str(KNOWLEDGE),
        "GCMBOT_LOG_LEVEL": "INFO",
    }


@pytest.fixture
def fresh_data_dir(index_dir, tmp_path) -> Path:
    """A private copy of the prepared data dir, for tests that write (question log, feedback)."""
    dest = tmp_path / "data"
    shutil.copytree(index_dir, dest)
    return dest


@pytest.fixture(scope="session")
def settings(index_dir):
    from bot.settings import Settings

    return Settings(data_dir=index_dir, knowledge_dir=KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(settings):
    """The real answer engine on the prepared index, with the clock fixed at FIXED_NOW."""
    from bot.answering.engine import Engine

    return Engine.from_settings(settings, clock=lambda: FIXED_NOW)
