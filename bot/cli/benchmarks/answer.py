"""``gcmbot bench answer``: the engine against a naive baseline, in one run.

For each of the two (the engine; LangChain's Chroma similarity search with the same
embedder, top chunk as the answer) a worker process is started and timed: process
start to first answer, then per-question latency (p50/p95) over the question sets,
peak resident memory, and how often the evidence is in the top source. Ratios
engine/baseline are printed last.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HELP = "time to first answer, per-question latency and memory: engine vs a naive LangChain baseline"

ROOT = Path(__file__).resolve().parents[3]      # the project (bot/cli/benchmarks/answer.py)


def add_arguments(parser) -> None:
    parser.add_argument("--questions", action="append", default=[],
                        help="question set(s) in the eval format (default: tests/questions/own.yaml and ../shared/eval/questions.yaml)")
    parser.add_argument("--worker", choices=["engine", "baseline"], help=argparse_hidden())
    parser.add_argument("--rounds", type=int, default=3, help="times each question set is asked (default 3)")


def argparse_hidden():
    import argparse

    return argparse.SUPPRESS


def _question_sets(paths: list[str]) -> list[dict]:
    import yaml

    if not paths:
        paths = [str(ROOT / "tests" / "questions" / "own.yaml"), str(ROOT.parent / "shared" / "eval" / "questions.yaml")]
    items = []
    for p in paths:
        if Path(p).exists():
            items += yaml.safe_load(Path(p).read_text(encoding="utf-8"))
    return items


def _worker(kind: str) -> int:
    """Read questions on stdin, write {"answer", "top", "ms"} lines (the first as soon as possible)."""
    from bot.settings import get_settings

    settings = get_settings()
    if kind == "engine":
        from bot.answering.engine import Engine

        engine = Engine.from_settings(settings)

        def ask(q):
            a = engine.answer(q)
            return a.answer, (a.sources[0].text if a.sources else "")
    else:
        from langchain_chroma import Chroma

        from ingest.embedders import get_embedder
        from ingest.vectorstore import make_client

        store = Chroma(client=make_client(settings), collection_name=settings.collection,
                       embedding_function=get_embedder(settings))

        def ask(q):
            docs = store.similarity_search(q, k=1)
            return (docs[0].page_content, docs[0].page_content) if docs else ("", "")
    for line in sys.stdin:
        q = line.rstrip("\n")
        t0 = time.perf_counter()
        answer, top = ask(q)
        ms = (time.perf_counter() - t0) * 1000
        sys.stdout.write(json.dumps({"answer": answer, "top": top, "ms": ms}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def _measure(kind: str, questions: list[str], rounds: int) -> dict:
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "bench", "answer", "--worker", kind],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    peak = [0]
    done = threading.Event()

    def watch():
        p = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                peak[0] = max(peak[0], p.memory_info().rss)
            except psutil.Error:
                break
            time.sleep(0.01)

    threading.Thread(target=watch, daemon=True).start()
    proc.stdin.write(questions[0] + "\n")
    proc.stdin.flush()
    first = json.loads(proc.stdout.readline())
    first_answer_s = time.perf_counter() - start
    rows = []
    for _ in range(rounds):
        for q in questions:
            proc.stdin.write(q.replace("\n", " ") + "\n")
            proc.stdin.flush()
            rows.append(json.loads(proc.stdout.readline()))
    proc.stdin.close()
    proc.wait(timeout=60)
    done.set()
    lat = sorted(r["ms"] for r in rows)
    return {"first_answer_s": first_answer_s, "first_ms": first["ms"], "p50_ms": statistics.median(lat),
            "p95_ms": lat[max(0, int(round(0.95 * len(lat))) - 1)], "peak_mb": peak[0] / 2**20,
            "rows": rows[: len(questions)]}


def _evidence_hit(items: list[dict], rows: list[dict]) -> float:
    import re

    def norm(s):
        return re.sub(r"\s+", " ", s).casefold()

    inscope = [(it, r) for it, r in zip(items, rows) if it.get("expect") != "refuse"]
    hits = sum(1 for it, r in inscope if any(norm(e) in norm(r["top"]) for e in it.get("evidence", [])))
    return hits / max(1, len(inscope))


def run(args) -> int:
    if args.worker:
        return _worker(args.worker)
    items = _question_sets(args.questions)
    if not items:
        print("no questions found; pass --questions FILE", file=sys.stderr)
        return 2
    questions = [it["question"] for it in items]
    print(f"{len(questions)} questions x {args.rounds} rounds\n")
    results = {kind: _measure(kind, questions, args.rounds) for kind in ("engine", "baseline")}
    print(f"{'':<28}{'engine':>12}{'baseline':>12}{'ratio':>9}   target (engine)")
    lines = [
        ("start to first answer (s)", "first_answer_s", "<= 2 s"),
        ("p50 per question (ms)", "p50_ms", ""),
        ("p95 per question (ms)", "p95_ms", "<= 50 ms"),
        ("peak memory (MB)", "peak_mb", "<= 500 MB"),
    ]
    for label, key, target in lines:
        e, b = results["engine"][key], results["baseline"][key]
        print(f"{label:<28}{e:>12.2f}{b:>12.2f}{e / b if b else float('nan'):>9.2f}   {target}")
    eh = _evidence_hit(items, results["engine"]["rows"])
    bh = _evidence_hit(items, results["baseline"]["rows"])
    print(f"{'evidence in top source':<28}{eh:>12.2f}{bh:>12.2f}{eh / bh if bh else float('nan'):>9.2f}")
    return 0
