"""``gcmbot bench llm``: what a connected language model costs, and what the guard did.

Needs ``GCMBOT_LLM_URL`` (and ``GCMBOT_LLM_MODEL``): a secretariat's endpoint, or the
tests' scripted server (``python -m tests.llm_server --port 8765``, then
``GCMBOT_LLM_URL=http://127.0.0.1:8765/v1 GCMBOT_LLM_MODEL=scripted``). In one process,
each question is answered by the same engine without the model and with it, in each mode
(translate, compose); printed: how many answers went to the model, per-question latency
without and with it (p50/p95) and the ratio, the model call's own latency, and the
guard's decisions (shown / rejected, by reason / endpoint errors). Acceptance with the
scripted server says nothing about a real model's quality.
"""
from __future__ import annotations

import statistics
import sys
import time
from collections import Counter

HELP = "latency overhead of a connected language model (GCMBOT_LLM_URL) and the guard's decisions"


def add_arguments(parser) -> None:
    parser.add_argument("--questions", action="append", default=[],
                        help="question set(s) in the eval format (default: tests/questions/own.yaml and ../shared/eval/questions.yaml)")
    parser.add_argument("--rounds", type=int, default=1, help="times each question set is asked (default 1)")
    parser.add_argument("--mode", choices=["translate", "compose"], action="append",
                        help="mode(s) to measure (default: both)")


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[max(0, int(round(q * len(values))) - 1)] if values else float("nan")


def run(args) -> int:
    from bot.answering.engine import Engine
    from bot.answering.generate import Generator
    from bot.cli.benchmarks.answer import _question_sets
    from bot.settings import get_settings

    settings = get_settings()
    if not settings.llm_url:
        print("gcmbot bench llm: set GCMBOT_LLM_URL and GCMBOT_LLM_MODEL (an endpoint, or the tests' scripted server: "
              "python -m tests.llm_server --port 8765, then GCMBOT_LLM_URL=http://127.0.0.1:8765/v1 "
              "GCMBOT_LLM_MODEL=scripted)", file=sys.stderr)
        return 2
    questions = [it["question"] for it in _question_sets(args.questions)] * max(1, args.rounds)
    if not questions:
        print("no questions found; pass --questions FILE", file=sys.stderr)
        return 2
    engine = Engine.from_settings(settings)
    start = time.perf_counter()
    ready = engine.generator.wait_ready(300)
    print(f"client ready in {time.perf_counter() - start:.1f} s (built off the answer path at start-up)"
          + ("" if ready else "; NOT READY: see the log"))
    if not ready:
        return 1
    original = engine.generator
    client = original._client
    print(f"{len(questions)} questions; endpoint {engine.generator.endpoint}\n")
    for mode in args.mode or ["translate", "compose"]:
        generator = Generator(settings.model_copy(update={"llm_mode": mode}), client=client)
        generator.wait_ready(60)
        plain, with_model, calls, outcomes = [], [], [], Counter()
        for q in questions:
            engine.generator = None
            a = engine.answer(q)
            plain.append(a.latency_ms)
            engine.generator = generator
            b = engine.answer(q)
            with_model.append(b.latency_ms)
            g = b.generation
            if g is None:
                continue
            calls.append(g["latency_ms"])
            outcomes["shown" if g["used"] else
                     (f"rejected: {g['rejected'].split(':')[0]}" if "rejected" in g else f"error: {g['error']}")] += 1
        generator.close()
        print(f"mode {mode}: {len(calls)} of {len(questions)} answers went to the model")
        print(f"  {'':<34}{'p50 ms':>10}{'p95 ms':>10}")
        for label, values in (("answer without the model", plain), ("answer with the model", with_model),
                              ("model call + guard", calls)):
            print(f"  {label:<34}{statistics.median(values) if values else float('nan'):>10.1f}{_p(values, 0.95):>10.1f}")
        ratio = statistics.median(with_model) / statistics.median(plain) if plain else float("nan")
        print(f"  ratio with/without (p50): {ratio:.2f}")
        print("  " + ("; ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "no calls") + "\n")
    engine.generator = original
    original.close()
    return 0
