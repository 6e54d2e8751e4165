"""Knowledge bases 10 and 100 times today's, for ``gcmbot bench ingest|answer --scale``.

Built in a temporary folder from the documents of the knowledge base, never committed:
each document is there ``factor`` times, the copies renamed (their own file, id and
manifest entry, titled as the original) with the original's text. Copies keep the text
so that the model embeds nothing new (the embedding cache already holds every passage):
at 100x that would be hours of model time on two cores, and that cost is known and linear
(the 1x run's chunks per second). What grows is everything else: reading and chunking,
the store's writes, the answer engine's in-memory index, BM25 and the memory they take.
Cards, the timeline and the glossary are today's.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from bot.knowledge.yaml_files import read_yaml

KEPT = ("cards", "glossary.yaml", "timeline.yaml", "not_covered.yaml")


def scaled_knowledge(source: Path, factor: int, dest: Path) -> Path:
    """``dest``: a copy of the knowledge base ``source`` with each document ``factor`` times."""
    source, dest = Path(source), Path(dest)
    (dest / "documents").mkdir(parents=True)
    for name in KEPT:
        if (source / name).is_dir():
            shutil.copytree(source / name, dest / name)
        elif (source / name).exists():
            shutil.copy(source / name, dest / name)
    entries = (read_yaml(source / "manifest.yaml") or {}).get("documents") or []
    out = []
    for entry in entries:
        original = source / "documents" / entry["file"]
        if not original.exists():
            continue
        for k in range(factor):
            if k == 0:
                name, doc_id = entry["file"], entry["id"]
            else:
                name, doc_id = f"{original.stem}--copy{k:03d}{original.suffix}", f"{entry['id']}--copy{k:03d}"
            shutil.copy(original, dest / "documents" / name)
            out.append({**entry, "id": doc_id, "file": name, **({"events": []} if k else {})})
    (dest / "manifest.yaml").write_text(yaml.safe_dump({"documents": out}, allow_unicode=True, sort_keys=False),
                                        encoding="utf-8")
    return dest


def parse_scales(text: str) -> list[int]:
    """"1,10,100" -> [1, 10, 100]; a clear message for anything else."""
    try:
        scales = sorted({int(s) for s in text.split(",") if s.strip()})
    except ValueError:
        raise SystemExit(f"--scale {text!r}: give factors separated by commas, e.g. 1,10,100") from None
    if not scales or scales[0] < 1:
        raise SystemExit(f"--scale {text!r}: factors are whole numbers from 1, e.g. 1,10,100")
    return scales


# --------------------------------------------------------------------------- running gcmbot on it


def gcmbot_path() -> str:
    """The `gcmbot` of this interpreter's environment (else the one on PATH)."""
    import sys

    here = Path(sys.executable).parent / "gcmbot"
    return str(here) if here.exists() else (shutil.which("gcmbot") or str(here))


def child_env(data_dir: Path, knowledge_dir: Path) -> dict:
    """The environment of a benchmark's child: a data dir and knowledge base of its own, an
    embedded store (these override a .env too), everything else as configured."""
    import os

    env = dict(os.environ)
    env.update(GCMBOT_DATA_DIR=str(data_dir), GCMBOT_KNOWLEDGE_DIR=str(knowledge_dir), GCMBOT_CHROMA_URL="",
               PYTHONUNBUFFERED="1")
    return env


def timed(cmd: list[str], env: dict, cwd=None) -> tuple[float, int, str, str, object]:
    """(wall seconds, exit code, stdout, stderr, rusage) of one child process."""
    import os
    import subprocess
    import tempfile
    import time

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)        # this child's own rusage
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return wall, code, out.read(), err.read(), usage


def ingest(env: dict, *args: str) -> tuple[dict, float, object]:
    """`gcmbot ingest --json ARGS` in a child: (its summary, wall seconds, rusage)."""
    import json

    wall, code, out, err, usage = timed([gcmbot_path(), "ingest", "--json", *args], env)
    try:
        summary = json.loads(out)
    except ValueError:
        raise SystemExit(f"gcmbot bench: `gcmbot ingest` failed (exit {code}):\n{err[-2000:]}") from None
    if code != 0:
        print(f"note: gcmbot ingest exited {code}: " + "; ".join(summary.get("errors", []))[:500])
    return summary, wall, usage


def seed_cache(from_data_dir: Path, to_data_dir: Path) -> bool:
    """Copy an embedding cache into a data dir (what a text costs the model was paid once)."""
    from ingest.embedders import CACHE_FILE

    source = Path(from_data_dir) / CACHE_FILE
    if not source.exists():
        return False
    Path(to_data_dir).mkdir(parents=True, exist_ok=True)
    shutil.copy(source, Path(to_data_dir) / CACHE_FILE)
    return True


def scaled_index(factor: int, knowledge_dir: Path, workdir: Path, cache_from: Path) -> tuple[dict, dict, float, object]:
    """A knowledge base ``factor`` times today's under ``workdir`` and its index, built by
    `gcmbot ingest` with the embedding cache of ``cache_from``: (child env, summary, wall, rusage)."""
    kb = scaled_knowledge(knowledge_dir, factor, Path(workdir) / f"knowledge-x{factor}")
    data = Path(workdir) / f"data-x{factor}"
    seed_cache(cache_from, data)
    env = child_env(data, kb)
    summary, wall, usage = ingest(env)
    return env, summary, wall, usage
